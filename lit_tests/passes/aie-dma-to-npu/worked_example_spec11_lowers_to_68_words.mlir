// The spec §11 worked example, written as dma_memcpy_nd / dma_wait, lowers to exactly the 68 words §11 lists.
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --match-full-lines

// Header (§6, §11): npu2 = 0x06040100 / 0x00000108; 7 records; 68 words = 0x110 bytes.
// CHECK:      06040100
// CHECK-NEXT: 00000108
// CHECK-NEXT: 00000007
// CHECK-NEXT: 00000110

// Op 1, %B bf16 [2,0,0,8][4,2,16,32][1024,512,64,1] on @in1 = (3, MM2S, 1), BD 6.
// blockwrite at (3<<25)|(0x1D000+0x20·6) = 0x0601D0C0, no column/row, (4+8)·4 = 0x30 bytes (§6).
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0601D0C0
// CHECK-NEXT: 00000030
// word 0 = buffer_length W(32)·16·2 = 16·16·2 = 512 = 0x200 (§4.1)
// CHECK-NEXT: 00000200
// word 1 = buffer_offset 0 (§4.3 step 1), word 2 = no packet
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// word 3 = d0 wrap W(32)=16 <<20, d0 step 0 (t0 = 1) -> 0x01000000
// CHECK-NEXT: 01000000
// word 4 = burst 0 on npu2 = 512 B = 3<<30 | d1 wrap 16<<20 | d1 step W(64)-1 = 31 -> 0xC100001F (§5 Burst, §4.1)
// CHECK-NEXT: C100001F
// word 5 = AxCache 2<<24 | d2 step W(512)-1 = 255 -> 0x020000FF (§5 PD)
// CHECK-NEXT: 020000FF
// word 6 = iteration wrap s3-1 = 3 <<20 | iteration step W(1024)-1 = 511 -> 0x003001FF
// CHECK-NEXT: 003001FF
// word 7 = Valid_BD 1<<25
// CHECK-NEXT: 02000000
// DDR_PATCH: addr 0x0601D0C0+4, arg_idx 1 (%B is memref argument 1), arg_plus (2·1024 + 8)·2 = 4112 = 0x1010.
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0601D0C4
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00001010
// CHECK-NEXT: 00000000
// Queue write32: MM2S1 of column 3 = 0x0601D218+4 = 0x0601D21C; value bd 6 | repeat (s3-1 = 3)<<16, no token = 0x00030006.
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0601D21C
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00030006
// CHECK-NEXT: 00000018

// Op 2, %C i8 [0,0,0,1024][1,1,1,2048][0,0,0,1] on @out0 = (5, S2MM, 0), BD 2, linear.
// blockwrite at (5<<25)|(0x1D000+0x40) = 0x0A01D040.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0A01D040
// CHECK-NEXT: 00000030
// word 0 = W(2048) with eb = 8: 512 = 0x200; words 1-3 = 0 (linear: all d-fields 0)
// CHECK-NEXT: 00000200
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// word 4 = burst 3<<30 only; word 5 = AxCache 2; word 6 = 0; word 7 = Valid_BD
// CHECK-NEXT: C0000000
// CHECK-NEXT: 02000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 02000000
// DDR_PATCH: addr 0x0A01D044; arg_idx 6 (memref arguments A,B,D,E,F,G,C: %n takes no slot, §3);
// arg_plus 1024 bytes, folded on the wire to 0x80000400 because arg_idx >= 5 (§6 Fold).
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0A01D044
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000006
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000400
// CHECK-NEXT: 00000000
// Queue write32: S2MM0 of column 5 = 0x0A01D204; S2MM forces the token: 0x80000000 | bd 2.
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0A01D204
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000002
// CHECK-NEXT: 00000018

// Op 3, dma_wait @out0 -> sync(5, 0, S2MM = 0, 0, 1, 1): word 2 = dir | row<<8 | col<<16 = 0x00050000,
// word 3 = row_num<<8 | col_num<<16 | channel<<24 = 0x00010100 (§6 sync).
// CHECK-NEXT: 00000080
// CHECK-NEXT: 00000010
// CHECK-NEXT: 00050000
// CHECK-NEXT: 00010100
// CHECK-EMPTY:

module {
  aie.device(npu2) {
    %tile_3_0 = aie.tile(3, 0)
    %tile_5_0 = aie.tile(5, 0)
    aie.shim_dma_allocation @in1 (%tile_3_0, MM2S, 1)
    aie.shim_dma_allocation @out0 (%tile_5_0, S2MM, 0)
    aie.runtime_sequence @seq(%A: memref<8192xbf16>, %B: memref<8192xbf16>, %n: i32, %D: memref<16xi32>, %E: memref<16xi32>, %F: memref<16xi32>, %G: memref<16xi32>, %C: memref<4096xi8>) {
      aiex.npu.dma_memcpy_nd(%B[2, 0, 0, 8][4, 2, 16, 32][1024, 512, 64, 1]) {id = 6 : i64, metadata = @in1} : memref<8192xbf16>
      aiex.npu.dma_memcpy_nd(%C[0, 0, 0, 1024][1, 1, 1, 2048][0, 0, 0, 1]) {id = 2 : i64, metadata = @out0} : memref<4096xi8>
      aiex.npu.dma_wait {symbol = @out0}
    }
  }
}
