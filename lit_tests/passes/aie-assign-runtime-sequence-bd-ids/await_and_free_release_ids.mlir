// dma_await_task and dma_free_task return a task's ids to its tile's pool (a free after an await of the same task is allowed), and the free ops are erased (spec §4.2, §4.4).
// RUN: gemm-opt -p aie-assign-runtime-sequence-bd-ids %s | FileCheck %s

// t0 -> 0, t1 -> 1; awaiting t0 frees 0, so t2 -> 0; freeing t1 frees 1, so t3 -> 1; nothing freed for t4 -> 2.
// CHECK:     aie.dma_bd(%a : memref<64xi32>, 0, 16) {bd_id = 0 : i32}
// CHECK:     aie.dma_bd(%a : memref<64xi32>, 16, 16) {bd_id = 1 : i32}
// CHECK:     aiex.dma_await_task(%t0)
// CHECK:     aie.dma_bd(%a : memref<64xi32>, 32, 16) {bd_id = 0 : i32}
// CHECK:     aie.dma_bd(%a : memref<64xi32>, 48, 16) {bd_id = 1 : i32}
// CHECK:     aie.dma_bd(%a : memref<64xi32>, 0, 8) {bd_id = 2 : i32}
// CHECK-NOT: aiex.dma_free_task

module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      %t0 = aiex.dma_configure_task(%tile_0_0, S2MM, 0) {
        aie.dma_bd(%a : memref<64xi32>, 0, 16)
        aie.end
      } {issue_token = true}
      %t1 = aiex.dma_configure_task(%tile_0_0, MM2S, 0) {
        aie.dma_bd(%a : memref<64xi32>, 16, 16)
        aie.end
      }
      aiex.dma_start_task(%t0)
      aiex.dma_start_task(%t1)
      aiex.dma_await_task(%t0)
      aiex.dma_free_task(%t0)
      %t2 = aiex.dma_configure_task(%tile_0_0, S2MM, 0) {
        aie.dma_bd(%a : memref<64xi32>, 32, 16)
        aie.end
      }
      aiex.dma_free_task(%t1)
      %t3 = aiex.dma_configure_task(%tile_0_0, MM2S, 0) {
        aie.dma_bd(%a : memref<64xi32>, 48, 16)
        aie.end
      }
      %t4 = aiex.dma_configure_task(%tile_0_0, MM2S, 1) {
        aie.dma_bd(%a : memref<64xi32>, 0, 8)
        aie.end
      }
    }
  }
}
