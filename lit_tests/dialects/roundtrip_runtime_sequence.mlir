// aie.runtime_sequence parses named, unnamed and with i32 scalars; the legacy aiex.runtime_sequence is an alias that prints as aie.runtime_sequence (spec §2 PD).
// RUN: gemm-opt %s | gemm-opt | FileCheck %s --match-full-lines
// RUN: gemm-opt %s > %t.1 && gemm-opt %t.1 > %t.2 && diff %t.1 %t.2
// RUN: gemm-opt %s --print-op-generic | gemm-opt > %t.3 && diff %t.1 %t.3

// CHECK:      aie.device(npu1) {
// CHECK-NEXT:   aie.runtime_sequence @seq(%a: memref<1024xbf16>, %b: memref<1024xbf16>, %c: memref<1024xbf16>) {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.runtime_sequence(%arg0: memref<16xi32>) {
// CHECK-NEXT:   }
// Scalars (2026) are kept as block arguments of type i32, in position.
// CHECK-NEXT:   aie.runtime_sequence @scalars(%A: memref<8192xbf16>, %n: i32, %C: memref<4096xi8>, %m: i32) {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.runtime_sequence @empty() {
// CHECK-NEXT:   }
// The legacy spelling, named and unnamed, becomes the new one.
// CHECK-NEXT:   aie.runtime_sequence @legacy(%x: memref<64xi32>) {
// CHECK-NEXT:     aiex.npu.write32 {address = 119300 : ui32, value = 1 : ui32}
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.runtime_sequence(%y: memref<64xi32>, %z: memref<64xi32>) {
// CHECK-NEXT:   }
// CHECK-NEXT: }
// CHECK-NOT:  aiex.runtime_sequence

aie.device(npu1) {
  aie.runtime_sequence @seq(%a: memref<1024xbf16>, %b: memref<1024xbf16>, %c: memref<1024xbf16>) {
  }
  aie.runtime_sequence(%arg0: memref<16xi32>) {
  }
  aie.runtime_sequence @scalars(%A: memref<8192xbf16>, %n: i32, %C: memref<4096xi8>, %m: i32) {
  }
  aie.runtime_sequence @empty() {
  }
  aiex.runtime_sequence @legacy(%x: memref<64xi32>) {
    // 119300 = 0x1D204, the shim S2MM0 queue (spec §5).
    aiex.npu.write32 {address = 0x1D204 : ui32, value = 1 : ui32}
  }
  aiex.runtime_sequence(%y: memref<64xi32>, %z: memref<64xi32>) {
  }
}
