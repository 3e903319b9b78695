// Packed layout: partition p of X lives p·size(X) elements into X_all; BD offsets and memcpy views shift by exactly that.
// RUN: gemm-opt -p 'aie-fuse-partitions{partitions=2 shared=A partitioned=B,C layout=packed overlap=false}' %s | FileCheck %s

// size(B) = 128 elements, size(C) = 32 elements: partition 1 starts at 128 and 32.
// CHECK: aie.runtime_sequence @seq(%A: memref<64xi32>, %B_all: memref<256xi32>, %C_all: memref<64xi32>)
// CHECK: %[[C0:.*]] = memref.reinterpret_cast %C_all to offset: [0], sizes: [32], strides: [1]
// CHECK: aie.dma_bd(%B_all : memref<256xi32>, 16, 64)
// CHECK: aiex.npu.dma_memcpy_nd(%[[C0]][0, 0, 0, 0][1, 1, 1, 32][0, 0, 0, 1])
// CHECK: %[[C1:.*]] = memref.reinterpret_cast %C_all to offset: [32], sizes: [32], strides: [1]
// CHECK: aie.dma_bd(%B_all : memref<256xi32>, 144, 64)
// CHECK: aiex.npu.dma_memcpy_nd(%[[C1]][0, 0, 0, 0][1, 1, 1, 32][0, 0, 0, 1])
// CHECK-NOT: reinterpret_cast %B_all
module {
  aie.device(npu1) {
    %t00 = aie.tile(0, 0)
    aie.shim_dma_allocation @b (%t00, MM2S, 1)
    aie.shim_dma_allocation @c (%t00, S2MM, 0)
    aie.runtime_sequence @seq(%A: memref<64xi32>, %B: memref<128xi32>, %C: memref<32xi32>) {
      %1 = aiex.dma_configure_task_for @b {
        aie.dma_bd(%B : memref<128xi32>, 16, 64)
        aie.end
      }
      aiex.dma_start_task(%1)
      aiex.npu.dma_memcpy_nd(%C[0, 0, 0, 0][1, 1, 1, 32][0, 0, 0, 1]) {id = 3 : i64, metadata = @c} : memref<32xi32>
      aiex.npu.dma_wait {symbol = @c}
      aiex.dma_free_task(%1)
    }
  }
}
