// Every queue push is reported with its argument and the exact byte range [lo, hi) its BD touches over all executions (spec §9 address generation).
// RUN: gemm-opt -p 'aie-verify-buffer-bindings{bindings=true}' %s | FileCheck %s

// Arguments (arg_idx = index among memrefs; %n takes no slot):
//   0 %A   memref<4096xbf16>   8192 bytes
//   1 %B_1 memref<2048xi32>    8192 bytes
//   2 %C   memref<64x64xbf16>  8192 bytes
// Byte of word k = off + 4*(i0*S0 + i1*S1 + i2*S2 + cur*Sit), S = stride field + 1;
// linear (D0 = 0): off + 4*(k + cur*Sit). hi = last word's byte + 4.
//
// task 0: blockwrite BD 0 of col 0, linear, 1024 words; patch %A + 4096; MM2S0 push 0x0
//   (BD 0, repeat 0): [4096, 4096 + 4*1024) = [4096, 8192); elems 1024*32/16 = 2048.
// task 1: writebd BD 3 of col 1: length 64, D0 = 4 (S0 1), D1 = 4 (S1 16), S2 = 64,
//   Iteration_Wrap field 2 (W = 3), Sit = 4; patch %B_1 + 256; push MM2S1 repeat 3 = 4 runs.
//   64 words = 4 blocks of 4x4: max step = 3*1 + 3*16 + 3*64 = 243.
//   cur over the 4 runs: 0, 1, 2, 0 -> max 2.  lo = 256;
//   hi = 256 + 4*(243 + 2*4) + 4 = 256 + 1004 + 4 = 1264.  elems 64*4*32/32 = 256.
// task 2: blockwrite BD 5 of col 0, linear 2048 words; patch %C + 0; S2MM0 push 0x80000005
//   (token): [0, 8192); elems 2048*32/16 = 4096.
// task 3: chain on col 2 MM2S0: BD 6 (Use_Next_BD, Next_BD 7; 16 words, %A + 0) then
//   BD 7 (16 words, %B_1 + 4096): rows [0, 64) and [4096, 4160); elems 32 and 16.
// task 4: BD 3 of col 1 again, repeat 0, not rewritten: binding kept, and the iteration
//   counter continues from (0 + 4) mod 3 = 1: lo = 256 + 4*1*4 = 272,
//   hi = 256 + 4*(243 + 1*4) + 4 = 1248.  elems 64.

// CHECK: // bindings of @seq (npu1); completion rule: every MM2S channel feeds every S2MM channel (no dataflow in the module)
// CHECK-NEXT: // task col dir  ch bd arg name bytes        words execs elems
// CHECK-NEXT: //    0   0 MM2S  0  0   0 %A   [4096, 8192)  1024     1  2048
// CHECK-NEXT: //    1   1 MM2S  1  3   1 %B_1 [256, 1264)     64     4   256
// CHECK-NEXT: //    2   0 S2MM  0  5   2 %C   [0, 8192)     2048     1  4096
// CHECK-NEXT: //    3   2 MM2S  0  6   0 %A   [0, 64)         16     1    32
// CHECK-NEXT: //    3   2 MM2S  0  7   1 %B_1 [4096, 4160)    16     1    16
// CHECK-NEXT: //    4   1 MM2S  1  3   1 %B_1 [272, 1248)     64     1    64
// CHECK-NEXT: module
module {
  aie.device(npu1) {
    memref.global "private" constant @bd_lin1024 : memref<8xi32> = dense<[1024, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    memref.global "private" constant @bd_lin2048 : memref<8xi32> = dense<[2048, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%A: memref<4096xbf16>, %n: i32, %B_1: memref<2048xi32>, %C: memref<64x64xbf16>) {
      // task 0: col 0 BD 0 at 0x1D000, base-address word 0x1D004, queue MM2S0 0x1D214.
      %0 = memref.get_global @bd_lin1024 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 4096 : i32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0 : ui32}
      // task 1: col 1 BD 3 (base word (1 << 25) | 0x1D064).
      aiex.npu.writebd {bd_id = 3 : i32, buffer_length = 64 : i32, buffer_offset = 0 : i32, column = 1 : i32, d0_size = 4 : i32, d0_stride = 0 : i32, d0_zero_after = 0 : i32, d0_zero_before = 0 : i32, d1_size = 4 : i32, d1_stride = 15 : i32, d1_zero_after = 0 : i32, d1_zero_before = 0 : i32, d2_size = 0 : i32, d2_stride = 63 : i32, d2_zero_after = 0 : i32, d2_zero_before = 0 : i32, enable_packet = 0 : i32, iteration_current = 0 : i32, iteration_size = 2 : i32, iteration_stride = 3 : i32, lock_acq_enable = 0 : i32, lock_acq_id = 0 : i32, lock_acq_val = 0 : i32, lock_rel_id = 0 : i32, lock_rel_val = 0 : i32, next_bd = 0 : i32, out_of_order_id = 0 : i32, packet_id = 0 : i32, packet_type = 0 : i32, row = 0 : i32, use_next_bd = 0 : i32, valid_bd = 1 : i32}
      aiex.npu.address_patch {addr = 0x0201D064 : ui32, arg_idx = 1 : i32, arg_plus = 256 : i32}
      aiex.npu.push_queue(1, 0, MM2S : 1) {bd_id = 3 : i32, issue_token = true, repeat_count = 3 : i32}
      aiex.npu.sync {column = 1 : i32, row = 0 : i32, direction = 1 : i32, channel = 1 : i32, column_num = 1 : i32, row_num = 1 : i32}
      // task 2: col 0 BD 5 at 0x1D0A0, queue S2MM0 0x1D204.
      %1 = memref.get_global @bd_lin2048 : memref<8xi32>
      aiex.npu.blockwrite(%1) {address = 0x1D0A0 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x1D0A4 : ui32, arg_idx = 2 : i32, arg_plus = 0 : i32}
      aiex.npu.write32 {address = 0x1D204 : ui32, value = 0x80000005 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
      // task 3: col 2 BD 6 -> BD 7 (base words (2 << 25) | 0x1D0C4 and | 0x1D0E4).
      aiex.npu.writebd {bd_id = 6 : i32, buffer_length = 16 : i32, buffer_offset = 0 : i32, column = 2 : i32, d0_size = 0 : i32, d0_stride = 0 : i32, d0_zero_after = 0 : i32, d0_zero_before = 0 : i32, d1_size = 0 : i32, d1_stride = 0 : i32, d1_zero_after = 0 : i32, d1_zero_before = 0 : i32, d2_size = 0 : i32, d2_stride = 0 : i32, d2_zero_after = 0 : i32, d2_zero_before = 0 : i32, enable_packet = 0 : i32, iteration_current = 0 : i32, iteration_size = 0 : i32, iteration_stride = 0 : i32, lock_acq_enable = 0 : i32, lock_acq_id = 0 : i32, lock_acq_val = 0 : i32, lock_rel_id = 0 : i32, lock_rel_val = 0 : i32, next_bd = 7 : i32, out_of_order_id = 0 : i32, packet_id = 0 : i32, packet_type = 0 : i32, row = 0 : i32, use_next_bd = 1 : i32, valid_bd = 1 : i32}
      aiex.npu.address_patch {addr = 0x0401D0C4 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.writebd {bd_id = 7 : i32, buffer_length = 16 : i32, buffer_offset = 0 : i32, column = 2 : i32, d0_size = 0 : i32, d0_stride = 0 : i32, d0_zero_after = 0 : i32, d0_zero_before = 0 : i32, d1_size = 0 : i32, d1_stride = 0 : i32, d1_zero_after = 0 : i32, d1_zero_before = 0 : i32, d2_size = 0 : i32, d2_stride = 0 : i32, d2_zero_after = 0 : i32, d2_zero_before = 0 : i32, enable_packet = 0 : i32, iteration_current = 0 : i32, iteration_size = 0 : i32, iteration_stride = 0 : i32, lock_acq_enable = 0 : i32, lock_acq_id = 0 : i32, lock_acq_val = 0 : i32, lock_rel_id = 0 : i32, lock_rel_val = 0 : i32, next_bd = 0 : i32, out_of_order_id = 0 : i32, packet_id = 0 : i32, packet_type = 0 : i32, row = 0 : i32, use_next_bd = 0 : i32, valid_bd = 1 : i32}
      aiex.npu.address_patch {addr = 0x0401D0E4 : ui32, arg_idx = 1 : i32, arg_plus = 4096 : i32}
      aiex.npu.push_queue(2, 0, MM2S : 0) {bd_id = 6 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.sync {column = 2 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
      // task 4: BD 3 of col 1 once more, after task 1's sync.
      aiex.npu.push_queue(1, 0, MM2S : 1) {bd_id = 3 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.sync {column = 1 : i32, row = 0 : i32, direction = 1 : i32, channel = 1 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}
