// With 8-bit elements, d0 size and every step are converted to 32-bit words (W(x) = x·eb/32) and arg_plus to bytes (By(x) = x·eb/8) (spec §4.1, §4.3).
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --match-full-lines

// CHECK:      06030100
// CHECK-NEXT: 00000104
// CHECK-NEXT: 00000003
// CHECK-NEXT: 00000088

// i8 [0,0,1,16][2,3,4,32][8192,1024,256,1] on @in = (3, MM2S, 0), BD 9 at (3<<25)|(0x1D000+0x120) = 0x0601D120.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0601D120
// CHECK-NEXT: 00000030
// word 0 = W(32)·4·3 = 8·4·3 = 96 = 0x60
// CHECK-NEXT: 00000060
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// word 3 = d0 wrap W(32) = 8 <<20 = 0x00800000, d0 step 0 (t0 = 1)
// CHECK-NEXT: 00800000
// word 4 = burst 2<<30 | d1 wrap 4<<20 | d1 step W(256)-1 = 63 -> 0x8040003F
// CHECK-NEXT: 8040003F
// word 5 = AxCache 2<<24 | d2 step W(1024)-1 = 255 -> 0x020000FF
// CHECK-NEXT: 020000FF
// word 6 = iteration wrap s3-1 = 1 <<20 | step W(8192)-1 = 2047 = 0x7FF -> 0x001007FF
// CHECK-NEXT: 001007FF
// CHECK-NEXT: 02000000
// DDR_PATCH 0x0601D124, arg_idx 0, arg_plus = (1·256 + 16·1)·8/8 = 272 = 0x110
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0601D124
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000110
// CHECK-NEXT: 00000000
// Queue MM2S0 of column 3 = 0x0601D214: repeat s3-1 = 1 <<16 | bd 9 = 0x00010009
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0601D214
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00010009
// CHECK-NEXT: 00000018
// CHECK-EMPTY:

module {
  aie.device(npu1) {
    %tile_3_0 = aie.tile(3, 0)
    aie.shim_dma_allocation @in (%tile_3_0, MM2S, 0)
    aie.runtime_sequence @seq(%a: memref<65536xi8>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 1, 16][2, 3, 4, 32][8192, 1024, 256, 1]) {id = 9 : i64, metadata = @in} : memref<65536xi8>
    }
  }
}
