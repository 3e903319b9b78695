// A push may only start a BD that was written and then patched with a host buffer; writing BD word 1 or 2 unbinds it again (spec §9).
// RUN: gemm-opt --split-input-file --verify-diagnostics -p aie-verify-buffer-bindings %s | FileCheck %s

// BD 2 of column 0 was never written.
// CHECK: aie-verify-buffer-bindings: task 0 (col 0 MM2S0 BD 2): BD 2 of col 0 was never written
module {
  aie.device(npu1) {
    aie.runtime_sequence @seq(%A: memref<16xi32>) {
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 2 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}

// -----

// Written but never patched: the DMA would read from whatever address word 1 holds.
// CHECK: aie-verify-buffer-bindings: task 0 (col 0 MM2S0 BD 0): BD 0 of col 0 is unbound (no address_patch since it was last written)
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%A: memref<16xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0x80000000 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}

// -----

// Patched, then word 1 (0x1D004) rewritten by a write32: the binding is gone.
// CHECK: aie-verify-buffer-bindings: task 0 (col 0 MM2S0 BD 0): BD 0 of col 0 is unbound (no address_patch since it was last written)
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%A: memref<16xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D004 : ui32, value = 0 : ui32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0x80000000 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}

// -----

// A chain is checked BD by BD: BD 0 (Use_Next_BD, Next_BD 1: word 7 =
// 1 << 27 | 1 << 26 | 1 << 25 = 0x0E000000 = 234881024) is bound, BD 1 is not written.
// CHECK: aie-verify-buffer-bindings: task 0 (col 0 MM2S0 BD 0, %A): BD 1 of col 0 was never written
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16_next1 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 234881024]>
    aie.runtime_sequence @seq(%A: memref<16xi32>) {
      %0 = memref.get_global @bd16_next1 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0x80000000 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}
