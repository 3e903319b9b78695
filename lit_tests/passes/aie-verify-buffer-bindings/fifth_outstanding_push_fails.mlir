// A channel never has more than 4 pushes outstanding (syncs and queue-space polls count, as in aie-npu-enforce-queue-depth): the 5th is dropped by the hardware.
// RUN: not gemm-opt -p aie-verify-buffer-bindings %s 2>&1 | FileCheck %s
// RUN: gemm-opt -p aie-npu-enforce-queue-depth,aie-verify-buffer-bindings %s | FileCheck %s --check-prefix=FIXED

// Five MM2S0 pushes of BDs 0-4 (each bound to a distinct 64-byte slice of %A),
// no sync in between. The last one carries the token; one sync at the end.
// CHECK: gemm-opt: error: aie-verify-buffer-bindings: task 4 (col 0 MM2S0 BD 4): push 5 outstanding on col 0 MM2S0, but the task queue is 4 deep and a further push is dropped (add a sync, or run aie-npu-enforce-queue-depth)
// After the queue-depth pass the poll proves space and the sequence verifies:
// FIXED: aiex.npu.maskpoll {address = 119336 : ui32, mask = 4194304 : ui32, value = 0 : ui32}
// FIXED-NEXT: aiex.npu.write32 {address = 119316 : ui32, value = 2147483652 : ui32}
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%A: memref<320xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0 : ui32}
      aiex.npu.blockwrite(%0) {address = 0x1D020 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D024 : ui32, arg_idx = 0 : i32, arg_plus = 64 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 1 : ui32}
      aiex.npu.blockwrite(%0) {address = 0x1D040 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D044 : ui32, arg_idx = 0 : i32, arg_plus = 128 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 2 : ui32}
      aiex.npu.blockwrite(%0) {address = 0x1D060 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D064 : ui32, arg_idx = 0 : i32, arg_plus = 192 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 3 : ui32}
      aiex.npu.blockwrite(%0) {address = 0x1D080 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D084 : ui32, arg_idx = 0 : i32, arg_plus = 256 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0x80000004 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}
