// BD ids are assigned on straight-line sequences only, a live user id cannot be taken twice, and an await needs an earlier token on its channel (spec §4.2).
// RUN: gemm-opt --split-input-file --verify-diagnostics -p aie-assign-runtime-sequence-bd-ids %s | FileCheck %s

// CHECK: aie.runtime_sequence @loop: 'scf.for' is runtime control flow, which a static instruction stream cannot encode; BD ids are assigned on straight-line sequences only (unroll loops and fold branches before lowering)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @loop(%a: memref<64xi32>) {
      %c0 = arith.constant 0 : index
      %c4 = arith.constant 4 : index
      %c1 = arith.constant 1 : index
      scf.for %i = %c0 to %c4 step %c1 {
        %t = aiex.dma_configure_task(%tile_0_0, MM2S, 0) {
          aie.dma_bd(%a : memref<64xi32>, 0, 16)
          aie.end
        }
      }
    }
  }
}

// -----

// CHECK: aie.runtime_sequence @branch: 'scf.if' is runtime control flow, which a static instruction stream cannot encode; BD ids are assigned on straight-line sequences only (unroll loops and fold branches before lowering)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @branch(%a: memref<64xi32>) {
      %true = arith.constant true
      scf.if %true {
      }
    }
  }
}

// -----

// CHECK: aiex.dma_configure_task on tile (0, 0): buffer descriptor ID 3 is already in use; await or free the task holding it (aiex.dma_await_task / aiex.dma_free_task) before reusing it
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      %t0 = aiex.dma_configure_task(%tile_0_0, MM2S, 0) {
        aie.dma_bd(%a : memref<64xi32>, 0, 16) {bd_id = 3 : i32}
        aie.end
      }
      %t1 = aiex.dma_configure_task(%tile_0_0, MM2S, 1) {
        aie.dma_bd(%a : memref<64xi32>, 16, 16) {bd_id = 3 : i32}
        aie.end
      }
    }
  }
}

// -----

// The await comes before any start: no token can have been issued on (0,0) S2MM:0.
// CHECK: aiex.dma_await_task: no task-completion token can have been issued on tile (0, 0) S2MM:0 before this await; the sequence would block forever (start an issue_token task on that channel first)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      %t0 = aiex.dma_configure_task(%tile_0_0, S2MM, 0) {
        aie.dma_bd(%a : memref<64xi32>, 0, 16)
        aie.end
      } {issue_token = true}
      aiex.dma_await_task(%t0)
      aiex.dma_start_task(%t0)
    }
  }
}

// -----

// An await of a task without issue_token is rejected (here already by the op verifier).
// CHECK: aiex.dma_await_task: the task does not issue a token (set issue_token = true)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      %t0 = aiex.dma_configure_task(%tile_0_0, S2MM, 0) {
        aie.dma_bd(%a : memref<64xi32>, 0, 16)
        aie.end
      }
      aiex.dma_start_task(%t0)
      aiex.dma_await_task(%t0)
    }
  }
}
