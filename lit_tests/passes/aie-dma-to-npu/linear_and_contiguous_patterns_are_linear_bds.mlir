// A linear or contiguous row-major dma_memcpy_nd becomes a linear shim BD: d-fields 0 and buffer_length = W(s0)·s1·s2, even when W(s0) > 1023 (spec §3, §4.1).
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --match-full-lines

// npu1 header (§6): 6 records, 4 + 2·(12 + 12 + 6) = 64 words = 0x100 bytes.
// CHECK:      06030100
// CHECK-NEXT: 00000104
// CHECK-NEXT: 00000006
// CHECK-NEXT: 00000100

// Op 1: i32 [1,1,1,300][0,0,0,1], BD 0 of column 1 at (1<<25)|0x1D000 = 0x0201D000.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0201D000
// CHECK-NEXT: 00000030
// word 0 = W(300) = 300 = 0x12C; words 1-3 = 0
// CHECK-NEXT: 0000012C
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// word 4 = npu1 burst 0 = 256 B = code 2, 2<<30 = 0x80000000 (§5 Burst); word 5 = AxCache 2<<24; word 6 = 0; word 7 = Valid_BD
// CHECK-NEXT: 80000000
// CHECK-NEXT: 02000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 02000000
// DDR_PATCH 0x0201D004, arg_idx 0, arg_plus 0
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0201D004
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// Queue: MM2S0 of column 1 = 0x0201D214, value bd 0, repeat 0, no token = 0
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0201D214
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000018

// Op 2: i32 [1,1,2,1536][0,0,1536,1] is contiguous (t1 = s0): BD 7 at 0x1D000 + 0x20·7 = 0x1D0E0.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0201D0E0
// CHECK-NEXT: 00000030
// word 0 = W(1536)·2·1 = 3072 = 0xC00; d0/d1 wraps stay 0 although W(s0) = 1536 > 1023
// CHECK-NEXT: 00000C00
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000000
// CHECK-NEXT: 02000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 02000000
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0201D0E4
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// Queue value: bd 7
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0201D214
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000007
// CHECK-NEXT: 00000018
// CHECK-EMPTY:

module {
  aie.device(npu1) {
    %tile_1_0 = aie.tile(1, 0)
    aie.shim_dma_allocation @in (%tile_1_0, MM2S, 0)
    aie.runtime_sequence @seq(%a: memref<4096xi32>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 300][0, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 2, 1536][0, 0, 1536, 1]) {id = 7 : i64, metadata = @in} : memref<4096xi32>
    }
  }
}
