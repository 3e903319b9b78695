// S2MM transfers always issue a task-completion token; MM2S only with issue_token (spec §3, §4.3 step 3, §5 queue word).
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --match-full-lines

// S2MM1 of column 2 = (2<<25)|0x1D208+4 = 0x0401D20C; no issue_token, still Enable_Token_Issue 1<<31 | bd 3.
// CHECK:      0401D20C
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000003
// MM2S1 of column 2 = 0x0401D21C; issue_token = true -> 0x80000000 | bd 4.
// CHECK:      0401D21C
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000004
// MM2S without issue_token: bd 5 alone.
// CHECK:      0401D21C
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000005

module {
  aie.device(npu1) {
    %tile_2_0 = aie.tile(2, 0)
    aie.shim_dma_allocation @out (%tile_2_0, S2MM, 1)
    aie.shim_dma_allocation @in (%tile_2_0, MM2S, 1)
    aie.runtime_sequence @seq(%c: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%c[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 3 : i64, metadata = @out} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%c[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 4 : i64, metadata = @in, issue_token = true} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%c[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 5 : i64, metadata = @in} : memref<64xi32>
    }
  }
}
