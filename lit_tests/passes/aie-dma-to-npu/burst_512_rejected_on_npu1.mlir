// A burst length the device does not have (512 B on npu1, any size other than 0/64/128/256/512) is an error naming the transfer (spec §5 Burst PD).
// RUN: gemm-opt --split-input-file --verify-diagnostics -p aie-dma-to-npu %s | FileCheck %s

// CHECK: aiex.npu.dma_memcpy_nd(%a): burst_length 512 is not supported on npu1 (allowed: 0, 64, 128, 256 bytes)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 0 : i64, metadata = @in, burst_length = 512 : i64} : memref<64xi32>
    }
  }
}

// -----

// CHECK: aiex.npu.dma_memcpy_nd(%b): burst_length 96 is not supported on npu2 (allowed: 0, 64, 128, 256, 512 bytes)
module {
  aie.device(npu2) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%b: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%b[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 0 : i64, metadata = @in, burst_length = 96 : i64} : memref<64xi32>
    }
  }
}
