// With overlap, a deferred await is emitted before the first configure that would hold more than 16 BDs on one shim tile.
// RUN: gemm-opt -p 'aie-fuse-partitions{partitions=2 partitioned=C}' %s | FileCheck %s

// Each task chains 6 BDs on tile (0, 0). Partition 0 holds 6 BDs when partition 1
// starts; its first task brings 12; a second would be 18 > 16 (spec §8 "shim BDs 16"),
// but partition 1 has one task only, so the await of partition 0 stays after it.
// CHECK:      %[[T0:.*]] = aiex.dma_configure_task(%{{.*}}, S2MM, 0)
// CHECK:      aiex.dma_start_task(%[[T0]])
// CHECK:      %[[U0:.*]] = aiex.dma_configure_task(%{{.*}}, S2MM, 0)
// CHECK:      aiex.dma_start_task(%[[U0]])
// CHECK-NEXT: aiex.dma_await_task(%[[T0]])
// CHECK-NEXT: aiex.dma_await_task(%[[U0]])
module {
  aie.device(npu1) {
    %t00 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%C: memref<384xi32>) {
      %0 = aiex.dma_configure_task(%t00, S2MM, 0) {
        aie.dma_bd(%C : memref<384xi32>, 0, 64)
        aie.next_bd ^bb1
      ^bb1:
        aie.dma_bd(%C : memref<384xi32>, 64, 64)
        aie.next_bd ^bb2
      ^bb2:
        aie.dma_bd(%C : memref<384xi32>, 128, 64)
        aie.next_bd ^bb3
      ^bb3:
        aie.dma_bd(%C : memref<384xi32>, 192, 64)
        aie.next_bd ^bb4
      ^bb4:
        aie.dma_bd(%C : memref<384xi32>, 256, 64)
        aie.next_bd ^bb5
      ^bb5:
        aie.dma_bd(%C : memref<384xi32>, 320, 64)
        aie.end
      } {issue_token = true}
      aiex.dma_start_task(%0)
      aiex.dma_await_task(%0)
    }
  }
}
