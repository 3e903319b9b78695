// A dma_configure_task_for whose symbol is neither an aie.shim_dma_allocation nor an objectfifo with a shim endpoint fails with one line.
// RUN: gemm-opt --split-input-file --verify-diagnostics -p aie-substitute-shim-dma-allocations %s | FileCheck %s

// CHECK: aiex.dma_configure_task_for @missing: no aie.shim_dma_allocation or aie.objectfifo named @missing
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      %t = aiex.dma_configure_task_for @missing {
        aie.dma_bd(%a : memref<64xi32>, 0, 16)
        aie.end
      }
    }
  }
}

// -----

// CHECK: aiex.dma_configure_task_for @l1: aie.objectfifo @l1 has no shim tile endpoint
module {
  aie.device(npu1) {
    %tile_0_1 = aie.tile(0, 1)
    %tile_0_2 = aie.tile(0, 2)
    aie.objectfifo @l1(%tile_0_1, {%tile_0_2}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      %t = aiex.dma_configure_task_for @l1 {
        aie.dma_bd(%a : memref<64xi32>, 0, 16)
        aie.end
      }
    }
  }
}
