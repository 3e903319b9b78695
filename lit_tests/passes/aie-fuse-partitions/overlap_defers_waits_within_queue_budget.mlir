// With overlap, partition p's trailing frees move past partition p+1's issues only until a channel would hold a 5th queued push.
// RUN: gemm-opt -p 'aie-fuse-partitions{partitions=2 shared=A partitioned=B}' %s | FileCheck %s
// RUN: gemm-opt -p 'aie-fuse-partitions{partitions=2 shared=A partitioned=B overlap=false}' %s | FileCheck %s --check-prefix=SERIAL

// Partition 0 leaves 3 pushes queued on @b. Partition 1's first push makes 4 (the limit,
// spec §8 "task queue 4 deep"); its second and third pushes each need one free first.
// CHECK:      %[[T0:.*]] = aiex.dma_configure_task_for @b
// CHECK:      %[[T1:.*]] = aiex.dma_configure_task_for @b
// CHECK:      %[[T2:.*]] = aiex.dma_configure_task_for @b
// CHECK:      %[[U0:.*]] = aiex.dma_configure_task_for @b
// CHECK:      aiex.dma_start_task(%[[U0]])
// CHECK:      %[[U1:.*]] = aiex.dma_configure_task_for @b
// CHECK:      aiex.dma_free_task(%[[T0]])
// CHECK-NEXT: aiex.dma_start_task(%[[U1]])
// CHECK:      %[[U2:.*]] = aiex.dma_configure_task_for @b
// CHECK:      aiex.dma_free_task(%[[T1]])
// CHECK-NEXT: aiex.dma_start_task(%[[U2]])
// CHECK-NEXT: aiex.dma_free_task(%[[T2]])
// CHECK-NEXT: aiex.dma_free_task(%[[U0]])
// CHECK-NEXT: aiex.dma_free_task(%[[U1]])
// CHECK-NEXT: aiex.dma_free_task(%[[U2]])

// Without overlap the partitions are simply concatenated.
// SERIAL-COUNT-3: aiex.dma_start_task
// SERIAL-COUNT-3: aiex.dma_free_task
// SERIAL-COUNT-3: aiex.dma_start_task
// SERIAL-COUNT-3: aiex.dma_free_task
module {
  aie.device(npu1) {
    %t00 = aie.tile(0, 0)
    aie.shim_dma_allocation @b (%t00, MM2S, 1)
    aie.runtime_sequence @seq(%A: memref<64xi32>, %B: memref<192xi32>) {
      %0 = aiex.dma_configure_task_for @b {
        aie.dma_bd(%B : memref<192xi32>, 0, 64)
        aie.end
      }
      aiex.dma_start_task(%0)
      %1 = aiex.dma_configure_task_for @b {
        aie.dma_bd(%B : memref<192xi32>, 64, 64)
        aie.end
      }
      aiex.dma_start_task(%1)
      %2 = aiex.dma_configure_task_for @b {
        aie.dma_bd(%B : memref<192xi32>, 128, 64)
        aie.end
      }
      aiex.dma_start_task(%2)
      aiex.dma_free_task(%0)
      aiex.dma_free_task(%1)
      aiex.dma_free_task(%2)
    }
  }
}
