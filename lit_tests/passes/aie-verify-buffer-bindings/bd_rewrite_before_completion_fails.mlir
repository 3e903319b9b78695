// A BD may be rewritten (blockwrite, writebd, write32 or address_patch) only after a sync has completed every task that used it (spec §8 BD reuse).
// RUN: gemm-opt --split-input-file --verify-diagnostics -p aie-verify-buffer-bindings %s | FileCheck %s

// blockwrite over BD 0 while task 0 (no token, never synced) may still be reading it.
// CHECK: aie-verify-buffer-bindings: 'aiex.npu.blockwrite' rewrites BD 0 of col 0 while task 0 (col 0 MM2S0 BD 0, %A) may still be using it: reusing a BD needs a prior sync that completes the task (spec §8)
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%A: memref<32xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0 : ui32}
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 64 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0x80000000 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}

// -----

// Re-patching alone is a rewrite too: BD 3 of column 1 is pushed on MM2S1 with a token,
// then patched again before the sync.
// CHECK: aie-verify-buffer-bindings: aiex.npu.address_patch rewrites BD 3 of col 1 while task 0 (col 1 MM2S1 BD 3, %A) may still be using it: reusing a BD needs a prior sync that completes the task (spec §8)
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%A: memref<32xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x0201D060 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x0201D064 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.push_queue(1, 0, MM2S : 1) {bd_id = 3 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.address_patch {addr = 0x0201D064 : ui32, arg_idx = 0 : i32, arg_plus = 64 : i32}
      aiex.npu.sync {column = 1 : i32, row = 0 : i32, direction = 1 : i32, channel = 1 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}

// -----

// A sync on another channel completes nothing here: MM2S0's task is waited for on
// MM2S1's token. (Column 0, BD 0 on MM2S0, BD 1 on MM2S1.)
// CHECK: aie-verify-buffer-bindings: 'aiex.npu.blockwrite' rewrites BD 0 of col 0 while task 0 (col 0 MM2S0 BD 0, %A) may still be using it: reusing a BD needs a prior sync that completes the task (spec §8)
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%A: memref<32xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0 : ui32}
      aiex.npu.blockwrite(%0) {address = 0x1D020 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D024 : ui32, arg_idx = 0 : i32, arg_plus = 64 : i32}
      aiex.npu.write32 {address = 0x1D21C : ui32, value = 0x80000001 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 1 : i32, column_num = 1 : i32, row_num = 1 : i32}
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
    }
  }
}

// -----

// A drain completes only MM2S tasks pushed BEFORE it: task 1 (col 0 MM2S0, BD 1) is
// pushed after drain task 0 (col 0 S2MM0, BD 0), so the drain's sync does not complete
// it (no dataflow in the module: every MM2S channel feeds every S2MM channel).
// CHECK: aie-verify-buffer-bindings: 'aiex.npu.blockwrite' rewrites BD 1 of col 0 while task 1 (col 0 MM2S0 BD 1, %In) may still be using it: reusing a BD needs a prior sync that completes the task (spec §8)
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%In: memref<32xi32>, %Out: memref<16xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 1 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D204 : ui32, value = 0x80000000 : ui32}
      aiex.npu.blockwrite(%0) {address = 0x1D020 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D024 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 1 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
      aiex.npu.blockwrite(%0) {address = 0x1D020 : ui32} : memref<8xi32>
    }
  }
}

// -----

// With the design's objectfifos the drain completes only the MM2S channels that feed
// it. @side (col 1 MM2S1) goes to a core that produces nothing the drain @out0 (col 0
// S2MM0) receives, so the drain's sync leaves task 0 (BD 0 of col 1) running.
// CHECK: aie-verify-buffer-bindings: 'aiex.npu.blockwrite' rewrites BD 0 of col 1 while task 0 (col 1 MM2S1 BD 0, %In) may still be using it: reusing a BD needs a prior sync that completes the task (spec §8)
module {
  aie.device(npu1) {
    %t00 = aie.tile(0, 0)
    %t10 = aie.tile(1, 0)
    %m01 = aie.tile(0, 1)
    %c02 = aie.tile(0, 2)
    %c12 = aie.tile(1, 2)
    aie.objectfifo @in0(%t00, {%m01}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
    aie.objectfifo @in0_l1(%m01, {%c02}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
    aie.objectfifo.link [@in0] -> [@in0_l1] ([] [0])
    aie.objectfifo @side(%t10, {%c12}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
    aie.objectfifo @out0_l1(%c02, {%m01}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
    aie.objectfifo @out0(%m01, {%t00}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
    aie.objectfifo.link [@out0_l1] -> [@out0] ([] [])
    %core02 = aie.core(%c02) {
      %a = aie.objectfifo.acquire @in0_l1(Consume, 1) : !aie.objectfifosubview<memref<16xi32>>
      %o = aie.objectfifo.acquire @out0_l1(Produce, 1) : !aie.objectfifosubview<memref<16xi32>>
      aie.objectfifo.release @in0_l1(Consume, 1)
      aie.objectfifo.release @out0_l1(Produce, 1)
      aie.end
    }
    %core12 = aie.core(%c12) {
      %s = aie.objectfifo.acquire @side(Consume, 1) : !aie.objectfifosubview<memref<16xi32>>
      aie.objectfifo.release @side(Consume, 1)
      aie.end
    }
    aie.shim_dma_allocation @in0_shim_alloc (%t00, MM2S, 0)
    aie.shim_dma_allocation @side_shim_alloc (%t10, MM2S, 1)
    aie.shim_dma_allocation @out0_shim_alloc (%t00, S2MM, 0)
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%In: memref<32xi32>, %Out: memref<16xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x0201D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x0201D004 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x0201D21C : ui32, value = 0 : ui32}
      aiex.npu.blockwrite(%0) {address = 0x1D020 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D024 : ui32, arg_idx = 1 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D204 : ui32, value = 0x80000001 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
      aiex.npu.blockwrite(%0) {address = 0x0201D000 : ui32} : memref<8xi32>
    }
  }
}
