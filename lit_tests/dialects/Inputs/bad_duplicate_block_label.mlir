aie.device(npu1) {
  aie.runtime_sequence(%a: memref<4xi32>) {
    %t = aiex.dma_configure_task_for @x {
      aie.dma_bd(%a : memref<4xi32>, 0, 4)
      aie.next_bd ^bb1
    ^bb1:
    ^bb1:
      aie.dma_bd(%a : memref<4xi32>, 0, 4)
      aie.end
    }
  }
}
