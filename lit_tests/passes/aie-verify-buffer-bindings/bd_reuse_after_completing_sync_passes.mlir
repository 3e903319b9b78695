// A BD may be rewritten once a sync has completed its task: by the task's own token, or by a later drain on an S2MM channel it feeds (completion rule, docs/verification.md).
// RUN: gemm-opt --split-input-file -p 'aie-verify-buffer-bindings{bindings=true}' %s | FileCheck %s

// Own token: task 0 (MM2S0, token) synced, then BD 0 rewritten and pushed again.
// CHECK-LABEL: // bindings of @own_token
// CHECK-NEXT: task
// CHECK-NEXT: 0 0 MM2S 0 0 0 %A [0, 64)
// CHECK-NEXT: 1 0 MM2S 0 0 0 %A [64, 128)
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @own_token(%A: memref<32xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0x80000000 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 64 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0x80000000 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}

// -----

// No dataflow in the module: the drain on col 3 S2MM1 (task 1, pushed after the fill,
// task 0 on col 2 MM2S1, no token) completes every earlier MM2S task, so BD 4 of
// column 2 can be reused. Column 2: BD 4 at 0x0401D080; column 3: BD 0 at 0x0601D000.
// CHECK-LABEL: // bindings of @drain_completes_fill
// CHECK-NEXT: task
// CHECK-NEXT: 0 2 MM2S 1 4 0 %In  [0, 64)
// CHECK-NEXT: 1 3 S2MM 1 0 1 %Out [0, 64)
// CHECK-NEXT: 2 2 MM2S 1 4 0 %In  [64, 128)
module {
  aie.device(npu1) {
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @drain_completes_fill(%In: memref<32xi32>, %Out: memref<16xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x0401D080 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x0401D084 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.push_queue(2, 0, MM2S : 1) {bd_id = 4 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.blockwrite(%0) {address = 0x0601D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x0601D004 : ui32, arg_idx = 1 : i32, arg_plus = 0 : i32}
      aiex.npu.push_queue(3, 0, S2MM : 1) {bd_id = 0 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.sync {column = 3 : i32, row = 0 : i32, direction = 0 : i32, channel = 1 : i32, column_num = 1 : i32, row_num = 1 : i32}
      aiex.npu.blockwrite(%0) {address = 0x0401D080 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x0401D084 : ui32, arg_idx = 0 : i32, arg_plus = 64 : i32}
      aiex.npu.push_queue(2, 0, MM2S : 1) {bd_id = 4 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.sync {column = 2 : i32, row = 0 : i32, direction = 1 : i32, channel = 1 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}

// -----

// With the objectfifo graph: @in0 (col 0 MM2S0) -> mem tile -> core (0, 2), which
// produces @out0_l1 -> mem tile -> @out0 (col 0 S2MM0). The drain's sync completes the
// fill, so BD 0 of column 0 may be reused. No shim_dma_allocation: the channels come
// from mlir-aie's allocation rule (each fifo takes the lowest free channel of its shim
// tile and direction: @in0 -> MM2S0, @out0 -> S2MM0).
// CHECK-LABEL: // bindings of @dataflow_feeds (npu1); completion rule: dataflow (objectfifo graph)
// CHECK-NEXT: task
// CHECK-NEXT: 0 0 MM2S 0 0 0 %In  [0, 64)
// CHECK-NEXT: 1 0 S2MM 0 1 1 %Out [0, 64)
// CHECK-NEXT: 2 0 MM2S 0 0 0 %In  [64, 128)
module {
  aie.device(npu1) {
    %t00 = aie.tile(0, 0)
    %m01 = aie.tile(0, 1)
    %c02 = aie.tile(0, 2)
    aie.objectfifo @in0(%t00, {%m01}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
    aie.objectfifo @in0_l1(%m01, {%c02}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
    aie.objectfifo.link [@in0] -> [@in0_l1] ([] [0])
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
    memref.global "private" constant @bd16 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @dataflow_feeds(%In: memref<32xi32>, %Out: memref<16xi32>) {
      %0 = memref.get_global @bd16 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0 : ui32}
      aiex.npu.blockwrite(%0) {address = 0x1D020 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D024 : ui32, arg_idx = 1 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D204 : ui32, value = 0x80000001 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 64 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0x80000000 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}
