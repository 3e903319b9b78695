// burst_length encodes into BD word 4 [31:30] per device: npu1 64/128/256 B = 0/1/2, npu2 adds 512 B = 3, and 0 means the device's largest (spec §5 Burst).
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex --sequence-name=n1 - | FileCheck %s --check-prefix=N1 --match-full-lines
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex --sequence-name=n2 - | FileCheck %s --check-prefix=N2 --match-full-lines

// Each BD is linear i32 len 16: words 0-3 = 0x10, 0, 0, 0, then word 4 holds only the burst field.
// npu1, BD 0 (0x1D000): burst 64 -> 0<<30
// N1:      0001D000
// N1-NEXT: 00000030
// N1-NEXT: 00000010
// N1-NEXT: 00000000
// N1-NEXT: 00000000
// N1-NEXT: 00000000
// N1-NEXT: 00000000
// npu1, BD 1 (0x1D020): burst 128 -> 1<<30
// N1:      0001D020
// N1-NEXT: 00000030
// N1-NEXT: 00000010
// N1-NEXT: 00000000
// N1-NEXT: 00000000
// N1-NEXT: 00000000
// N1-NEXT: 40000000
// npu1, BD 2 (0x1D040): burst 256 -> 2<<30
// N1:      0001D040
// N1-NEXT: 00000030
// N1-NEXT: 00000010
// N1-NEXT: 00000000
// N1-NEXT: 00000000
// N1-NEXT: 00000000
// N1-NEXT: 80000000
// npu1, BD 3 (0x1D060): burst 0 -> largest on npu1 = 256 B -> 2<<30
// N1:      0001D060
// N1-NEXT: 00000030
// N1-NEXT: 00000010
// N1-NEXT: 00000000
// N1-NEXT: 00000000
// N1-NEXT: 00000000
// N1-NEXT: 80000000

// npu2, BD 0: burst 512 -> 3<<30
// N2:      0001D000
// N2-NEXT: 00000030
// N2-NEXT: 00000010
// N2-NEXT: 00000000
// N2-NEXT: 00000000
// N2-NEXT: 00000000
// N2-NEXT: C0000000
// npu2, BD 1: burst 256 -> 2<<30
// N2:      0001D020
// N2-NEXT: 00000030
// N2-NEXT: 00000010
// N2-NEXT: 00000000
// N2-NEXT: 00000000
// N2-NEXT: 00000000
// N2-NEXT: 80000000
// npu2, BD 2: burst 0 -> largest on npu2 = 512 B -> 3<<30
// N2:      0001D040
// N2-NEXT: 00000030
// N2-NEXT: 00000010
// N2-NEXT: 00000000
// N2-NEXT: 00000000
// N2-NEXT: 00000000
// N2-NEXT: C0000000
// npu2, BD 3: burst 64 -> 0<<30
// N2:      0001D060
// N2-NEXT: 00000030
// N2-NEXT: 00000010
// N2-NEXT: 00000000
// N2-NEXT: 00000000
// N2-NEXT: 00000000
// N2-NEXT: 00000000

module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @n1(%a: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 0 : i64, metadata = @in, burst_length = 64 : i64} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 1 : i64, metadata = @in, burst_length = 128 : i64} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 2 : i64, metadata = @in, burst_length = 256 : i64} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 3 : i64, metadata = @in} : memref<64xi32>
    }
  }
  aie.device(npu2) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @n2(%a: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 0 : i64, metadata = @in, burst_length = 512 : i64} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 1 : i64, metadata = @in, burst_length = 256 : i64} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 2 : i64, metadata = @in, burst_length = 0 : i64} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 3 : i64, metadata = @in, burst_length = 64 : i64} : memref<64xi32>
    }
  }
}
