// aie.buffer (with/without initial value), aie.lock, aie.use_lock, aie.core (scf.for, func.call, memref.load, aie.end) and private kernel declarations print as mlir-aie does.
// RUN: gemm-opt %s | gemm-opt | FileCheck %s --match-full-lines
// RUN: gemm-opt %s > %t.1 && gemm-opt %t.1 > %t.2 && diff %t.1 %t.2
// RUN: gemm-opt %s --print-op-generic | gemm-opt > %t.3 && diff %t.1 %t.3

// CHECK:      aie.device(npu1) {
// A kernel declaration prints without `-> ()`, as MLIR prints func.func; link_with stays (gemm-dataflow.md §3.2).
// CHECK-NEXT:   func.func private @matmul_bf16_bf16(memref<64x32xbf16>, memref<32x64xbf16>, memref<64x64xbf16>) attributes {link_with = "mm_64x32x64.o"}
// CHECK-NEXT:   func.func private @zero_bf16(memref<64x64xbf16>)
// CHECK-NEXT:   %tile_0_2 = aie.tile(0, 2)
// CHECK-NEXT:   %a = aie.buffer(%tile_0_2) : memref<64x32xbf16>
// CHECK-NEXT:   %b = aie.buffer(%tile_0_2) : memref<32x64xbf16>
// CHECK-NEXT:   %buf = aie.buffer(%tile_0_2) : memref<64x64xbf16>
// CHECK-NEXT:   %named = aie.buffer(%tile_0_2) {address = 1024 : i32, mem_bank = 0 : i32, sym_name = "named"} : memref<16xi32>
// A splat initial value prints as MLIR prints it, dense<0> (gemm-dataflow.md §3.4).
// CHECK-NEXT:   %rtp0_2 = aie.buffer(%tile_0_2) {sym_name = "rtp0_2"} : memref<2xi32> = dense<0>
// i32 payloads print signed: 0xFFFFFFFF = 2^32-1 -> -1; 0x10 = 16.
// CHECK-NEXT:   %init = aie.buffer(%tile_0_2) {sym_name = "init"} : memref<4xi32> = dense<[16, -1, 7, 2147483647]>
// A 2-D value keeps one bracket level per dimension, so it parses back.
// CHECK-NEXT:   %grid = aie.buffer(%tile_0_2) : memref<2x3xi32> = dense<{{\[\[}}1, 2, 3], [4, 5, 6{{\]\]}}>
// CHECK-NEXT:   %lock_0_2 = aie.lock(%tile_0_2) {init = 0 : i32}
// CHECK-NEXT:   %lock5 = aie.lock(%tile_0_2, 5) {init = 2 : i32, sym_name = "lock5"}
// CHECK-NEXT:   %core_0_2 = aie.core(%tile_0_2) {
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %c9223372036854775807 = arith.constant 9223372036854775807 : index
// CHECK-NEXT:     aie.use_lock(%lock_0_2, Acquire, 1)
// CHECK-NEXT:     scf.for %arg0 = %c0 to %c9223372036854775807 step %c1 {
// CHECK-NEXT:       %kt = memref.load %rtp0_2[%c0] : memref<2xi32>
// CHECK-NEXT:       aie.use_lock(%lock5, AcquireGreaterEqual, 1)
// CHECK-NEXT:       func.call @zero_bf16(%buf) : (memref<64x64xbf16>) -> ()
// CHECK-NEXT:       func.call @matmul_bf16_bf16(%a, %b, %buf) : (memref<64x32xbf16>, memref<32x64xbf16>, memref<64x64xbf16>) -> ()
// CHECK-NEXT:       aie.use_lock(%lock5, Release, 2)
// CHECK-NEXT:     }
// CHECK-NEXT:     aie.end
// stack_size 0xD00 = 13·256 = 3328 (IRON's Worker default, gemm-dataflow.md §3.2).
// CHECK-NEXT:   } {link_with = "old_style.o", stack_size = 3328 : i32}
// CHECK-NEXT:   %tile_0_3 = aie.tile(0, 3)
// CHECK-NEXT:   %core_0_3 = aie.core(%tile_0_3) {
// CHECK-NEXT:     aie.end
// CHECK-NEXT:   }
// CHECK-NEXT: }

aie.device(npu1) {
  func.func private @matmul_bf16_bf16(memref<64x32xbf16>, memref<32x64xbf16>, memref<64x64xbf16>) attributes {link_with = "mm_64x32x64.o"}
  func.func private @zero_bf16(memref<64x64xbf16>) -> ()
  %tile_0_2 = aie.tile(0, 2)
  %a = aie.buffer(%tile_0_2) : memref<64x32xbf16>
  %b = aie.buffer(%tile_0_2) : memref<32x64xbf16>
  %buf = aie.buffer(%tile_0_2) : memref<64x64xbf16>
  %named = aie.buffer(%tile_0_2) {sym_name = "named", mem_bank = 0 : i32, address = 0x400 : i32} : memref<16xi32>
  %rtp0_2 = aie.buffer(%tile_0_2) {sym_name = "rtp0_2"} : memref<2xi32> = dense<0>
  %init = aie.buffer(%tile_0_2) {sym_name = "init"} : memref<4xi32> = dense<[0x10, 0xFFFFFFFF, 7, 2147483647]>
  %grid = aie.buffer(%tile_0_2) : memref<2x3xi32> = dense<[[1, 2, 3], [4, 5, 6]]>
  %lock_0_2 = aie.lock(%tile_0_2) {init = 0 : i32}
  %lock5 = aie.lock(%tile_0_2, 5) {sym_name = "lock5", init = 2 : i32}
  %core_0_2 = aie.core(%tile_0_2) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c9223372036854775807 = arith.constant 9223372036854775807 : index
    aie.use_lock(%lock_0_2, Acquire, 1)
    scf.for %arg0 = %c0 to %c9223372036854775807 step %c1 {
      %kt = memref.load %rtp0_2[%c0] : memref<2xi32>
      aie.use_lock(%lock5, AcquireGreaterEqual, 1)
      func.call @zero_bf16(%buf) : (memref<64x64xbf16>) -> ()
      func.call @matmul_bf16_bf16(%a, %b, %buf) : (memref<64x32xbf16>, memref<32x64xbf16>, memref<64x64xbf16>) -> ()
      aie.use_lock(%lock5, Release, 2)
    }
    aie.end
  } {stack_size = 0xD00 : i32, link_with = "old_style.o"}
  %tile_0_3 = aie.tile(0, 3)
  %core_0_3 = aie.core(%tile_0_3) {
    aie.end
  }
}
