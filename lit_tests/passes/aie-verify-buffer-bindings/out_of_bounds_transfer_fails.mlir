// A transfer must stay inside its memref: the highest byte over all executions (repeat and iteration stepping included) is checked against the argument's size.
// RUN: gemm-opt --split-input-file --verify-diagnostics -p aie-verify-buffer-bindings %s | FileCheck %s

// Linear 1024 words of %A (memref<1024xi32> = 4096 bytes) at arg_plus 4:
// [4, 4 + 4*1024) = [4, 4100), 4 bytes past the end.
// CHECK: aie-verify-buffer-bindings: task 0 (col 0 MM2S0 BD 0, %A) reads bytes [4, 4100) of %A (arg_idx 0), beyond its 4096 bytes
module {
  aie.device(npu1) {
    memref.global "private" constant @bd : memref<8xi32> = dense<[1024, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%A: memref<1024xi32>) {
      %0 = memref.get_global @bd : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 4 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0x80000000 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}

// -----

// One execution fits, the iteration stepping does not: S2MM of 256 linear words into
// %C (memref<1000xi32> = 4000 bytes), Iteration_Wrap field 3 (4 values), stepsize
// field 255 (Sit = 256 words), queue repeat 4 = 5 runs with cur = 0, 1, 2, 3, 0:
// hi = 4*(255 + 3*256) + 4 = 4096 > 4000. Word 6 = 3 << 20 | 255 = 0x003000FF = 3145983.
// Queue word 0x80040001: BD 1, repeat 4, token.
// CHECK: aie-verify-buffer-bindings: task 0 (col 0 S2MM0 BD 1, %C) writes bytes [0, 4096) of %C (arg_idx 0), beyond its 4000 bytes
module {
  aie.device(npu1) {
    memref.global "private" constant @bd : memref<8xi32> = dense<[256, 0, 0, 0, -2147483648, 33554432, 3145983, 33554432]>
    aie.runtime_sequence @seq(%C: memref<1000xi32>) {
      %0 = memref.get_global @bd : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D020 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D024 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D204 : ui32, value = 0x80040001 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}
