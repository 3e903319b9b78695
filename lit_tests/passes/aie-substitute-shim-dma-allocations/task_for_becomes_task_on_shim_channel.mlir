// dma_configure_task_for @alloc becomes dma_configure_task(tile(col, 0), dir, ch) with the same body and attributes; @alloc is an aie.shim_dma_allocation (new or pre-2026 form) or an objectfifo; the column's tile is reused or created (spec §4).
// RUN: gemm-opt -p aie-substitute-shim-dma-allocations %s | FileCheck %s

// The missing shim tile of column 3 is created after the device's last tile.
// CHECK:      %tile_0_0 = aie.tile(0, 0)
// CHECK-NEXT: %tile_0_2 = aie.tile(0, 2)
// CHECK-NEXT: %tile_3_0 = aie.tile(3, 0)
// @in1 is an allocation on (0,0) MM2S 1: the existing %tile_0_0 is reused; attributes are kept.
// CHECK:      %t0 = aiex.dma_configure_task(%tile_0_0, MM2S, 1) {
// CHECK-NEXT:   aie.dma_bd(%a : memref<64xi32>, 0, 16) {bd_id = 5 : i32}
// CHECK-NEXT:   aie.end
// CHECK-NEXT: } {issue_token = true, repeat_count = 3 : i32}
// @far is a pre-2026 allocation `(S2MM, 0, 3)` = column 3, S2MM 0.
// CHECK:      %t1 = aiex.dma_configure_task(%tile_3_0, S2MM, 0) {
// @fifo names an objectfifo from (0,0): its shim end is MM2S 0 (objectfifo rule).
// CHECK:      %t2 = aiex.dma_configure_task(%tile_0_0, MM2S, 0) {
// @out_shim_alloc is the 2026 allocation name of objectfifo @out, whose shim end is S2MM 0.
// CHECK:      %t3 = aiex.dma_configure_task(%tile_0_0, S2MM, 0) {
// Uses of the task value follow the new op.
// CHECK:      aiex.dma_start_task(%t0)
// CHECK-NEXT: aiex.dma_start_task(%t3)
// CHECK-NOT:  aiex.dma_configure_task_for

module {
  aie.device(npu2) {
    %tile_0_0 = aie.tile(0, 0)
    %tile_0_2 = aie.tile(0, 2)
    aie.shim_dma_allocation @in1 (%tile_0_0, MM2S, 1)
    aie.shim_dma_allocation @far (S2MM, 0, 3)
    aie.objectfifo @fifo(%tile_0_0, {%tile_0_2}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
    aie.objectfifo @out(%tile_0_2, {%tile_0_0}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      %t0 = aiex.dma_configure_task_for @in1 {
        aie.dma_bd(%a : memref<64xi32>, 0, 16) {bd_id = 5 : i32}
        aie.end
      } {issue_token = true, repeat_count = 3 : i32}
      %t1 = aiex.dma_configure_task_for @far {
        aie.dma_bd(%a : memref<64xi32>, 0, 16)
        aie.end
      }
      %t2 = aiex.dma_configure_task_for @fifo {
        aie.dma_bd(%a : memref<64xi32>, 0, 16)
        aie.end
      }
      %t3 = aiex.dma_configure_task_for @out_shim_alloc {
        aie.dma_bd(%a : memref<64xi32>, 0, 16)
        aie.end
      }
      aiex.dma_start_task(%t0)
      aiex.dma_start_task(%t3)
    }
  }
}
