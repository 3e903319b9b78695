// metadata / dma_wait symbols must resolve to exactly one shim DMA channel: an aie.shim_dma_allocation, or an objectfifo with one shim endpoint whose channel fits the shim's 2 per direction.
// RUN: gemm-opt --split-input-file --verify-diagnostics -p aie-dma-to-npu %s | FileCheck %s

// CHECK: aiex.npu.dma_memcpy_nd(%a): no aie.shim_dma_allocation or aie.objectfifo named @nowhere
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 0 : i64, metadata = @nowhere} : memref<64xi32>
    }
  }
}

// -----

// CHECK: aiex.npu.dma_wait @gone: no aie.shim_dma_allocation or aie.objectfifo named @gone
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      aiex.npu.dma_wait {symbol = @gone}
    }
  }
}

// -----

// An objectfifo between a mem tile and a core has no shim endpoint.
// CHECK: aiex.npu.dma_memcpy_nd(%a): aie.objectfifo @l2l1 has no shim tile endpoint
module {
  aie.device(npu1) {
    %mem_0 = aie.tile(0, 1)
    %core_0 = aie.tile(0, 2)
    aie.objectfifo @l2l1(%mem_0, {%core_0}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 0 : i64, metadata = @l2l1} : memref<64xi32>
    }
  }
}

// -----

// A third MM2S fifo on one shim tile: a shim tile has 2 MM2S channels.
// CHECK: aie.objectfifo @x2: number of output DMA channels exceeded on shim tile (0, 0) (2 MM2S channels)
module {
  aie.device(npu1) {
    %shim = aie.tile(0, 0)
    %core = aie.tile(0, 2)
    aie.objectfifo @x0(%shim, {%core}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo @x1(%shim, {%core}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo @x2(%shim, {%core}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 0 : i64, metadata = @x0} : memref<64xi32>
    }
  }
}

// -----

// Two pins on the same channel collide.
// CHECK: aie.objectfifo @p1: pinned S2MM DMA channel 0 is out of range or already in use on tile (0, 0)
module {
  aie.device(npu1) {
    %shim = aie.tile(0, 0)
    %core = aie.tile(0, 2)
    aie.objectfifo @p0(%core, {%shim}, 2 : i32) {cons_dma_channels = array<i32: 0>} : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo @p1(%core, {%shim}, 2 : i32) {cons_dma_channels = array<i32: 0>} : !aie.objectfifo<memref<64xi32>>
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      aiex.npu.dma_wait {symbol = @p0}
    }
  }
}

// -----

// A fifo broadcast to two shim tiles has two shim endpoints: the symbol is ambiguous.
// CHECK: aiex.npu.dma_wait @both: aie.objectfifo @both has more than one shim tile endpoint; name an explicit aie.shim_dma_allocation instead
module {
  aie.device(npu1) {
    %shim_0 = aie.tile(0, 0)
    %shim_1 = aie.tile(1, 0)
    %core = aie.tile(0, 2)
    aie.objectfifo @both(%core, {%shim_0, %shim_1}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      aiex.npu.dma_wait {symbol = @both}
    }
  }
}
