// Hand-written aiex.npu.writebd becomes its 8 packed words at the absolute BD base, and aiex.npu.push_queue the queue write32 bd | repeat<<16 | token<<31 at ctrl+4 (spec §4.5, §5).
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --match-full-lines

// npu2: writebd (blockwrite 12 words) + address_patch (12) + push_queue (write32 6) = 30 words + 4 = 34 = 0x88 bytes.
// CHECK:      06040100
// CHECK-NEXT: 00000108
// CHECK-NEXT: 00000003
// CHECK-NEXT: 00000088
// BD 2 of column 4: (4<<25) | 0x1D040 = 0x0801D040, no column/row in the record.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0801D040
// CHECK-NEXT: 00000030
// word 0 = buffer_length 32 = 0x20
// CHECK-NEXT: 00000020
// word 1 = buffer_offset 64 = 0x40 (kept as written), word 2 = 0
// CHECK-NEXT: 00000040
// CHECK-NEXT: 00000000
// word 3 = d0_size 8<<20 | d0_stride 3 = 0x00800003
// CHECK-NEXT: 00800003
// word 4 = burst 128 B -> 1<<30 | d1_size 4<<20 | d1_stride 63 = 0x4040003F
// CHECK-NEXT: 4040003F
// word 5 = AxCache default 2<<24 (no axcache attribute) | d2_stride 0
// CHECK-NEXT: 02000000
// word 6 = iteration_size 1<<20 | iteration_stride 255 = 0x001000FF
// CHECK-NEXT: 001000FF
// word 7 = Next_BD 5<<27 (0x28000000) | Use_Next_BD 1<<26 | Valid_BD 1<<25 = 0x2E000000
// CHECK-NEXT: 2E000000
// the hand-written address_patch passes through unchanged
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0801D044
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000040
// CHECK-NEXT: 00000000
// push_queue(4, 0, S2MM : 1): ctrl S2MM1 0x1D208, queue +4 -> 0x0801D20C; value 1<<31 | 7<<16 | 2 = 0x80070002; no controller_id -> no maskwrite
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0801D20C
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80070002
// CHECK-NEXT: 00000018
// CHECK-EMPTY:

module {
  aie.device(npu2) {
    %tile_4_0 = aie.tile(4, 0)
    aie.runtime_sequence @seq(%a: memref<4096xi32>) {
      aiex.npu.writebd {bd_id = 2 : i32, buffer_length = 32 : i32, buffer_offset = 64 : i32, column = 4 : i32, row = 0 : i32, d0_size = 8 : i32, d0_stride = 3 : i32, d1_size = 4 : i32, d1_stride = 63 : i32, d2_size = 0 : i32, d2_stride = 0 : i32, enable_packet = 0 : i32, out_of_order_id = 0 : i32, packet_id = 0 : i32, packet_type = 0 : i32, iteration_current = 0 : i32, iteration_size = 1 : i32, iteration_stride = 255 : i32, next_bd = 5 : i32, use_next_bd = 1 : i32, valid_bd = 1 : i32, lock_rel_val = 0 : i32, lock_rel_id = 0 : i32, lock_acq_enable = 0 : i32, lock_acq_val = 0 : i32, lock_acq_id = 0 : i32, d0_zero_before = 0 : i32, d1_zero_before = 0 : i32, d2_zero_before = 0 : i32, d0_zero_after = 0 : i32, d1_zero_after = 0 : i32, d2_zero_after = 0 : i32, burst_length = 128 : i32}
      aiex.npu.address_patch {addr = 0x0801D044 : ui32, arg_idx = 0 : i32, arg_plus = 64 : i32}
      aiex.npu.push_queue(4, 0, S2MM : 1) {bd_id = 2 : i32, issue_token = true, repeat_count = 7 : i32}
    }
  }
}
