// Per-partition layout: shared args stay once, each partitioned arg X becomes X_0..X_{P-1}, and clone p uses only its own.
// RUN: gemm-opt -p 'aie-fuse-partitions{partitions=3 shared=A partitioned=B,C overlap=false}' %s | FileCheck %s

// CHECK: aie.runtime_sequence @seq(%A: memref<64xi32>, %B_0: memref<128xi32>, %B_1: memref<128xi32>, %B_2: memref<128xi32>, %C_0: memref<32xi32>, %C_1: memref<32xi32>, %C_2: memref<32xi32>)
// CHECK: aie.dma_bd(%A : memref<64xi32>, 0, 64)
// CHECK: aie.dma_bd(%B_0 : memref<128xi32>, 16, 64)
// CHECK: aie.dma_bd(%C_0 : memref<32xi32>, 0, 32)
// CHECK: aie.dma_bd(%A : memref<64xi32>, 0, 64)
// CHECK: aie.dma_bd(%B_1 : memref<128xi32>, 16, 64)
// CHECK: aie.dma_bd(%C_1 : memref<32xi32>, 0, 32)
// CHECK: aie.dma_bd(%A : memref<64xi32>, 0, 64)
// CHECK: aie.dma_bd(%B_2 : memref<128xi32>, 16, 64)
// CHECK: aie.dma_bd(%C_2 : memref<32xi32>, 0, 32)
// CHECK-NOT: aie.dma_bd
module {
  aie.device(npu1) {
    %t00 = aie.tile(0, 0)
    aie.shim_dma_allocation @a (%t00, MM2S, 0)
    aie.shim_dma_allocation @b (%t00, MM2S, 1)
    aie.shim_dma_allocation @c (%t00, S2MM, 0)
    aie.runtime_sequence @seq(%A: memref<64xi32>, %B: memref<128xi32>, %C: memref<32xi32>) {
      %0 = aiex.dma_configure_task_for @a {
        aie.dma_bd(%A : memref<64xi32>, 0, 64)
        aie.end
      }
      aiex.dma_start_task(%0)
      %1 = aiex.dma_configure_task_for @b {
        aie.dma_bd(%B : memref<128xi32>, 16, 64)
        aie.end
      }
      aiex.dma_start_task(%1)
      %2 = aiex.dma_configure_task_for @c {
        aie.dma_bd(%C : memref<32xi32>, 0, 32)
        aie.end
      } {issue_token = true}
      aiex.dma_start_task(%2)
      aiex.dma_await_task(%2)
      aiex.dma_free_task(%0)
      aiex.dma_free_task(%1)
    }
  }
}
