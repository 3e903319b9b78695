// Within a task the user's bd_ids are taken first; every other BD gets the lowest id free on its tile, and each tile has its own ids (spec §4.2, AIEAssignRuntimeSequenceBDIDs.cpp).
// RUN: gemm-opt -p aie-assign-runtime-sequence-bd-ids %s | FileCheck %s

// Task 1 on (0,0): user ids 0 and 2 are reserved before the unnamed BDs, which then get 1 and 3 in block order.
// CHECK:      aie.dma_bd(%a : memref<64xi32>, 0, 16) {bd_id = 1 : i32}
// CHECK:      aie.dma_bd(%a : memref<64xi32>, 16, 16) {bd_id = 0 : i32}
// CHECK:      aie.dma_bd(%a : memref<64xi32>, 32, 16) {bd_id = 2 : i32}
// CHECK:      aie.dma_bd(%a : memref<64xi32>, 48, 16) {bd_id = 3 : i32}
// Task 2 on (0,0): 0-3 are still live, so 4.
// CHECK:      aie.dma_bd(%a : memref<64xi32>, 0, 8) {bd_id = 4 : i32}
// Task 3 on (1,0): a different tile starts again at 0.
// CHECK:      aie.dma_bd(%a : memref<64xi32>, 8, 8) {bd_id = 0 : i32}

module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    %tile_1_0 = aie.tile(1, 0)
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      %t1 = aiex.dma_configure_task(%tile_0_0, MM2S, 0) {
        aie.dma_bd(%a : memref<64xi32>, 0, 16)
        aie.next_bd ^bb1
      ^bb1:
        aie.dma_bd(%a : memref<64xi32>, 16, 16) {bd_id = 0 : i32}
        aie.next_bd ^bb2
      ^bb2:
        aie.dma_bd(%a : memref<64xi32>, 32, 16) {bd_id = 2 : i32}
        aie.next_bd ^bb3
      ^bb3:
        aie.dma_bd(%a : memref<64xi32>, 48, 16)
        aie.end
      }
      %t2 = aiex.dma_configure_task(%tile_0_0, S2MM, 0) {
        aie.dma_bd(%a : memref<64xi32>, 0, 8)
        aie.end
      }
      %t3 = aiex.dma_configure_task(%tile_1_0, MM2S, 1) {
        aie.dma_bd(%a : memref<64xi32>, 8, 8)
        aie.end
      }
    }
  }
}
