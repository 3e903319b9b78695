// A configure that would take a shim tile past 16 live BDs is preceded by the deferred awaits that make room.
// RUN: gemm-opt -p 'aie-fuse-partitions{partitions=2 partitioned=C}' %s | FileCheck %s

// Partition 0 ends with two 6-BD tasks live (12 BDs on tile (0, 0)). Partition 1's first
// task would make 18 > 16 (spec §8), so the first deferred await goes before it; after
// that, 6 + 6 = 12 and then 12 + 6 = 18 again needs the second await.
// CHECK:      %[[T0:.*]] = aiex.dma_configure_task(%{{.*}}, S2MM, 0)
// CHECK:      %[[T1:.*]] = aiex.dma_configure_task(%{{.*}}, S2MM, 1)
// CHECK:      aiex.dma_start_task(%[[T1]])
// CHECK-NEXT: aiex.dma_await_task(%[[T0]])
// CHECK-NEXT: %[[U0:.*]] = aiex.dma_configure_task(%{{.*}}, S2MM, 0)
// CHECK:      aiex.dma_start_task(%[[U0]])
// CHECK-NEXT: aiex.dma_await_task(%[[T1]])
// CHECK-NEXT: %[[U1:.*]] = aiex.dma_configure_task(%{{.*}}, S2MM, 1)
module {
  aie.device(npu1) {
    %t00 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%C: memref<768xi32>) {
      %0 = aiex.dma_configure_task(%t00, S2MM, 0) {
        aie.dma_bd(%C : memref<768xi32>, 0, 64)
        aie.next_bd ^bb1
      ^bb1:
        aie.dma_bd(%C : memref<768xi32>, 64, 64)
        aie.next_bd ^bb2
      ^bb2:
        aie.dma_bd(%C : memref<768xi32>, 128, 64)
        aie.next_bd ^bb3
      ^bb3:
        aie.dma_bd(%C : memref<768xi32>, 192, 64)
        aie.next_bd ^bb4
      ^bb4:
        aie.dma_bd(%C : memref<768xi32>, 256, 64)
        aie.next_bd ^bb5
      ^bb5:
        aie.dma_bd(%C : memref<768xi32>, 320, 64)
        aie.end
      } {issue_token = true}
      aiex.dma_start_task(%0)
      %1 = aiex.dma_configure_task(%t00, S2MM, 1) {
        aie.dma_bd(%C : memref<768xi32>, 384, 64)
        aie.next_bd ^bb1
      ^bb1:
        aie.dma_bd(%C : memref<768xi32>, 448, 64)
        aie.next_bd ^bb2
      ^bb2:
        aie.dma_bd(%C : memref<768xi32>, 512, 64)
        aie.next_bd ^bb3
      ^bb3:
        aie.dma_bd(%C : memref<768xi32>, 576, 64)
        aie.next_bd ^bb4
      ^bb4:
        aie.dma_bd(%C : memref<768xi32>, 640, 64)
        aie.next_bd ^bb5
      ^bb5:
        aie.dma_bd(%C : memref<768xi32>, 704, 64)
        aie.end
      } {issue_token = true}
      aiex.dma_start_task(%1)
      aiex.dma_await_task(%0)
      aiex.dma_await_task(%1)
    }
  }
}
