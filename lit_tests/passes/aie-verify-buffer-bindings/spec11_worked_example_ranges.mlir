// The binding table of spec §11's worked example reproduces its numbers: Op 1 runs 4 times at offsets 4112 + i*2048 and its last word is at byte 13260 of %B; C is arg_idx 6 because %n takes no slot.
// RUN: gemm-opt -p 'aie-verify-buffer-bindings{bindings=true}' %s | FileCheck %s

// Op 1 (col 3 MM2S1, BD 6, queue word 0x00030006: repeat 3 = 4 runs, no token):
//   D0 = 16 (S0 1), D1 = 16 (S1 32), S2 = 256, length 512 = 2 blocks of 16x16,
//   Iteration_Wrap field 3 (W 4), Sit 512; arg_plus 4112 (0x1010).
//   max step = 15*1 + 15*32 + 1*256 = 751; cur 0..3 -> last word at
//   4112 + 4*(751 + 3*512) = 4112 + 9148 = 13260, hi = 13264; lo = 4112.
//   elems = 512 words * 4 runs * 32 / 16 = 4096.
// Op 2 (col 5 S2MM0, BD 2, 0x80000002): linear 512 words of %C (i8) at 0x400:
//   [1024, 1024 + 2048) = [1024, 3072); elems = 512 * 32 / 8 = 2048.
// CHECK: // bindings of @seq (npu2)
// CHECK-NEXT: task col dir  ch bd arg name bytes
// CHECK-NEXT:    0   3 MM2S  1  6   1 %B   [4112, 13264)   512     4  4096
// CHECK-NEXT:    1   5 S2MM  0  2   6 %C   [1024, 3072)    512     1  2048
module {
  aie.device(npu2) {
    memref.global "private" constant @blockwrite_data_0 : memref<8xi32> = dense<[512, 0, 0, 16777216, -1056964577, 33554687, 3146239, 33554432]>
    memref.global "private" constant @blockwrite_data_1 : memref<8xi32> = dense<[512, 0, 0, 0, -1073741824, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%A: memref<8192xbf16>, %B: memref<8192xbf16>, %n: i32, %D: memref<16xi32>, %E: memref<16xi32>, %F: memref<16xi32>, %G: memref<16xi32>, %C: memref<4096xi8>) {
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
