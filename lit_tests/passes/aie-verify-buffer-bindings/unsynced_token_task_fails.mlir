// Every task-completion token must be consumed by a sync before the sequence ends, otherwise the host returns before the task is done.
// RUN: not gemm-opt -p aie-verify-buffer-bindings %s 2>&1 | FileCheck %s

// Two S2MM0 drains with tokens (queue words 0x80000000, 0x80000001) and one sync:
// the sync consumes task 0's TCT, task 1's token is never waited for.
// CHECK: gemm-opt: error: aie-verify-buffer-bindings: task 1 (col 0 S2MM0 BD 1, %C) issues a task-completion token that no sync consumes before the sequence ends
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%C: memref<32xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D204 : ui32, value = 0x80000000 : ui32}
      aiex.npu.blockwrite(%0) {address = 0x1D020 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D024 : ui32, arg_idx = 0 : i32, arg_plus = 64 : i32}
      aiex.npu.write32 {address = 0x1D204 : ui32, value = 0x80000001 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}
