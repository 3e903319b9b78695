// No argument may be both read by an MM2S task and written by an S2MM task of the same sequence (in-place aliasing, spec §8).
// RUN: not gemm-opt -p aie-verify-buffer-bindings %s 2>&1 | FileCheck %s

// %X is read by task 0 (col 0 MM2S0 BD 0) and written by task 1 (col 0 S2MM0 BD 1);
// the byte ranges do not even overlap ([0, 64) and [64, 128)): the rule is per buffer.
// CHECK: gemm-opt: error: aie-verify-buffer-bindings: task 1 (col 0 S2MM0 BD 1, %X) writes %X (arg_idx 0), which task 0 (col 0 MM2S0 BD 0, %X) reads: in-place aliasing is unsafe, use distinct buffers (spec §8)
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%X: memref<64xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0 : ui32}
      %1 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%1) {address = 0x1D020 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D024 : ui32, arg_idx = 0 : i32, arg_plus = 64 : i32}
      aiex.npu.write32 {address = 0x1D204 : ui32, value = 0x80000001 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}
