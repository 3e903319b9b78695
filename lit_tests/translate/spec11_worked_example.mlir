// The spec §11 worked example, written as already-lowered npu ops, translates to exactly the 68 words §11 lists.
// RUN: gemm-translate %s --npu-to-hex | FileCheck %s --match-full-lines

// §11 table "header": npu2 (§6: 0x06040100, 0x108), 7 records, 68 words = 0x110 bytes.
// CHECK:      06040100
// CHECK-NEXT: 00000108
// CHECK-NEXT: 00000007
// CHECK-NEXT: 00000110

// Op 1 blockwrite: BD 6 of column 3 at 3<<25 | (0x1D000 + 0x20·6) = 0x0601D0C0, no column/row, (4+8)·4 = 0x30;
// BD words as §11 lists them: 00000200 0 0 01000000 C100001F 020000FF 003001FF 02000000.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0601D0C0
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000200
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 01000000
// CHECK-NEXT: C100001F
// CHECK-NEXT: 020000FF
// CHECK-NEXT: 003001FF
// CHECK-NEXT: 02000000

// Op 1 DDR_PATCH: BD base word 0x0601D0C0 + 4 = 0x0601D0C4, %B = arg_idx 1 (not folded), arg_plus 2·1024·2 + 8·2 = 4112 = 0x1010.
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

// Op 1 queue write32: MM2S1 queue 3<<25 | 0x1D21C = 0x0601D21C; bd 6 | repeat 3<<16 = 0x00030006, no token.
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0601D21C
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00030006
// CHECK-NEXT: 00000018

// Op 2 blockwrite: BD 2 of column 5 at 5<<25 | (0x1D000 + 0x20·2) = 0x0A01D040;
// BD words (§11): 00000200 0 0 0 C0000000 02000000 0 02000000.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0A01D040
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000200
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: C0000000
// CHECK-NEXT: 02000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 02000000

// Op 2 DDR_PATCH: 0x0A01D044, %C = memref arg 6 (>= 5, folded): 0x400 + 0x80000000 = 0x80000400, hi 0.
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

// Op 2 queue write32: S2MM0 queue 5<<25 | 0x1D204 = 0x0A01D204; bd 2 | token 1<<31 = 0x80000002.
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0A01D204
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000002
// CHECK-NEXT: 00000018

// Op 3 sync(5, 0, 0, 0, 1, 1): 5<<16 = 0x00050000; 1<<8 | 1<<16 = 0x00010100.
// CHECK-NEXT: 00000080
// CHECK-NEXT: 00000010
// CHECK-NEXT: 00050000
// CHECK-NEXT: 00010100
// CHECK-NOT: {{.}}

module {
  aie.device(npu2) {
    memref.global "private" constant @blockwrite_data_0 : memref<8xi32> = dense<[512, 0, 0, 16777216, -1056964577, 33554687, 3146239, 33554432]>
    memref.global "private" constant @blockwrite_data_1 : memref<8xi32> = dense<[512, 0, 0, 0, -1073741824, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%A: memref<8192xbf16>, %B: memref<8192xbf16>, %n: i32, %D: memref<4096xi8>, %E: memref<4096xi8>, %F: memref<4096xi8>, %G: memref<4096xi8>, %C: memref<4096xi8>) {
      %0 = memref.get_global @blockwrite_data_0 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x0601D0C0 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x0601D0C4 : ui32, arg_idx = 1 : i32, arg_plus = 4112 : i32}
      aiex.npu.write32 {address = 0x0601D21C : ui32, value = 0x00030006 : ui32}
      %1 = memref.get_global @blockwrite_data_1 : memref<8xi32>
      aiex.npu.blockwrite(%1) {address = 0x0A01D040 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x0A01D044 : ui32, arg_idx = 6 : i32, arg_plus = 1024 : i32}
      aiex.npu.write32 {address = 0x0A01D204 : ui32, value = 0x80000002 : ui32}
      aiex.npu.sync {column = 5 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}
