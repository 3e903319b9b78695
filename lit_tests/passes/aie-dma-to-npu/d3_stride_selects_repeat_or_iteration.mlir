// A d3 stride of 0 repeats the BD through the queue only (iteration fields 0); a d3 stride > 0 also walks it with the iteration wrap/step; both push repeat_count = s3-1 (spec §4.1).
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --match-full-lines

// npu2, 6 records, 64 words = 0x100 bytes.
// CHECK:      06040100
// CHECK-NEXT: 00000108
// CHECK-NEXT: 00000006
// CHECK-NEXT: 00000100

// Op 1: i32 [4,1,2,64][0,0,128,1] -> BD 1 of column 0 at 0x1D020.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D020
// CHECK-NEXT: 00000030
// word 0 = W(64)·2·1 = 128 = 0x80; words 1, 2 = 0
// CHECK-NEXT: 00000080
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// word 3 = d0 wrap 64<<20 = 0x04000000, d0 step 0 (t0 = 1)
// CHECK-NEXT: 04000000
// word 4 = npu2 burst 3<<30 | d1 wrap 2<<20 | d1 step W(128)-1 = 127 -> 0xC020007F
// CHECK-NEXT: C020007F
// word 5 = AxCache 2<<24 | d2 step 0 (s2 = 1)
// CHECK-NEXT: 02000000
// word 6 = 0: t3 = 0 means a plain repeat, no iteration
// CHECK-NEXT: 00000000
// CHECK-NEXT: 02000000
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D024
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// Queue MM2S0 0x0001D214: repeat s3-1 = 3 <<16 | bd 1 = 0x00030001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D214
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00030001
// CHECK-NEXT: 00000018

// Op 2: i32 [4,1,2,64][512,0,128,1] -> BD 2 at 0x1D040; same words except word 6.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D040
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000080
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 04000000
// CHECK-NEXT: C020007F
// CHECK-NEXT: 02000000
// word 6 = iteration wrap s3-1 = 3 <<20 | iteration step W(512)-1 = 511 = 0x1FF -> 0x003001FF
// CHECK-NEXT: 003001FF
// CHECK-NEXT: 02000000
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D044
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// Queue: the same repeat 3, bd 2 -> 0x00030002
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D214
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00030002
// CHECK-NEXT: 00000018
// CHECK-EMPTY:

module {
  aie.device(npu2) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%a: memref<4096xi32>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][4, 1, 2, 64][0, 0, 128, 1]) {id = 1 : i64, metadata = @in} : memref<4096xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][4, 1, 2, 64][512, 0, 128, 1]) {id = 2 : i64, metadata = @in} : memref<4096xi32>
    }
  }
}
