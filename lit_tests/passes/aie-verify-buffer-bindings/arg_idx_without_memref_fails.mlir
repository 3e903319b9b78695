// An address_patch's arg_idx must name a memref argument of the runtime sequence; i32 scalars take no host-buffer slot (spec §7).
// RUN: not gemm-opt -p aie-verify-buffer-bindings %s 2>&1 | FileCheck %s

// (%A, %n: i32, %B): host buffers are %A = 0 and %B = 1, so arg_idx 2 (the raw
// argument number of %B in pre-2026 releases) has no buffer.
// CHECK: gemm-opt: error: aie-verify-buffer-bindings: address_patch of BD 0 of col 0: arg_idx 2 has no memref argument (@seq has 2: %A, %B)
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%A: memref<16xi32>, %n: i32, %B: memref<16xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 2 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0x80000000 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}
