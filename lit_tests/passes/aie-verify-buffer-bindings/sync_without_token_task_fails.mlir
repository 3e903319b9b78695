// A sync needs an outstanding token-issuing task on its channel; otherwise no TCT ever arrives and the sync hangs until the watchdog fires.
// RUN: not gemm-opt -p aie-verify-buffer-bindings %s 2>&1 | FileCheck %s

// The MM2S0 push (queue word 0x0) issues no token; the sync waits for one.
// CHECK: gemm-opt: error: aie-verify-buffer-bindings: aiex.npu.sync on col 0 MM2S0: no token-issuing task is outstanding, so the sync would hang
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%A: memref<16xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}
