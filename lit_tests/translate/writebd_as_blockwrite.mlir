// writebd is one 8-word blockwrite at the shim BD base col<<25 | (0x1D000 + 0x20·bd), word 1 = 0, fields per spec §5 (§4.5).
// RUN: gemm-translate %s --npu-to-hex --sequence-name=on_npu2 | FileCheck %s --match-full-lines --check-prefix=NPU2
// RUN: gemm-translate %s --npu-to-hex --sequence-name=on_npu1 | FileCheck %s --match-full-lines --check-prefix=NPU1

// Each sequence: 2 records of 4+8 = 12 words; 4·(4 + 24) = 112 = 0x70 bytes.
// NPU2:      06040100
// NPU2-NEXT: 00000108
// NPU2-NEXT: 00000002
// NPU2-NEXT: 00000070

// Spec §11 op 1 (npu2, column 3, bd 6): base 3<<25 | (0x1D000 + 0x20·6 = 0x1D0C0) = 0x0601D0C0; size 12·4 = 0x30.
// w0 buffer_length 512 = 0x200; w1 buffer_offset 0; w2 no packet = 0;
// w3 D0_Wrap 16<<20 = 0x01000000 | D0_Stepsize 0;
// w4 Burst: burst_length absent = 0 = largest = 512 B -> 3 on npu2 (§5), 3<<30 = 0xC0000000 | 16<<20 | 31 = 0xC100001F;
// w5 AxCache absent -> 2 (§5 PD), 2<<24 | D2_Stepsize 255 = 0x020000FF;
// w6 Iteration_Wrap 3<<20 | Iteration_Stepsize 511 = 0x003001FF; w7 Valid_BD 1<<25 = 0x02000000 (§11 lists these words).
// NPU2-NEXT: 00000001
// NPU2-NEXT: 00000000
// NPU2-NEXT: 0601D0C0
// NPU2-NEXT: 00000030
// NPU2-NEXT: 00000200
// NPU2-NEXT: 00000000
// NPU2-NEXT: 00000000
// NPU2-NEXT: 01000000
// NPU2-NEXT: C100001F
// NPU2-NEXT: 020000FF
// NPU2-NEXT: 003001FF
// NPU2-NEXT: 02000000

// npu2, column 0, bd 0, linear: base 0x1D000; w0 = 16; burst_length 512 -> 3, w4 = 3<<30 = 0xC0000000;
// axcache 0 given -> w5 = 0; w7 = valid 1<<25.
// NPU2-NEXT: 00000001
// NPU2-NEXT: 00000000
// NPU2-NEXT: 0001D000
// NPU2-NEXT: 00000030
// NPU2-NEXT: 00000010
// NPU2-NEXT: 00000000
// NPU2-NEXT: 00000000
// NPU2-NEXT: 00000000
// NPU2-NEXT: C0000000
// NPU2-NEXT: 00000000
// NPU2-NEXT: 00000000
// NPU2-NEXT: 02000000
// NPU2-NOT: {{.}}

// NPU1:      06030100
// NPU1-NEXT: 00000104
// NPU1-NEXT: 00000002
// NPU1-NEXT: 00000070

// npu1, column 1, bd 15, every field set: base 1<<25 | (0x1D000 + 0x20·15 = 0x1D1E0) = 0x0201D1E0.
// w0 buffer_length 0x100; w1 buffer_offset 0x40;
// w2 Enable_Packet 1<<30 = 0x40000000 | Out_Of_Order_BD_ID 5<<24 = 0x05000000 | Packet_ID 31<<19 = 0x00F80000
//    | Packet_Type 7<<16 = 0x00070000 -> 0x45FF0000;
// w3 D0_Wrap 8<<20 = 0x00800000 | D0_Stepsize 1 -> 0x00800001;
// w4 Burst 128 B -> 1 on npu1 (§5), 1<<30 = 0x40000000 | D1_Wrap 4<<20 = 0x00400000 | D1_Stepsize 63 = 0x3F -> 0x4040003F;
// w5 AxCache 15<<24 = 0x0F000000 | D2_Stepsize 1023 = 0x3FF -> 0x0F0003FF;
// w6 Iteration_Current 2<<26 = 0x08000000 | Iteration_Wrap 63<<20 = 0x03F00000 | Iteration_Stepsize 0xFFFFF -> 0x0BFFFFFF;
// w7 Next_BD 14<<27 = 0x70000000 | Use_Next_BD 1<<26 = 0x04000000 | Valid_BD 1<<25 = 0x02000000
//    | Lock_Rel_Value -1 (7 bits 0x7F)<<18 = 0x01FC0000 | Lock_Rel_ID 15<<13 = 0x0001E000 | Lock_Acq_Enable 1<<12 = 0x1000
//    | Lock_Acq_Value -2 (7 bits 0x7E)<<5 = 0xFC0 | Lock_Acq_ID 3 -> 0x77FDFFC3.
// NPU1-NEXT: 00000001
// NPU1-NEXT: 00000000
// NPU1-NEXT: 0201D1E0
// NPU1-NEXT: 00000030
// NPU1-NEXT: 00000100
// NPU1-NEXT: 00000040
// NPU1-NEXT: 45FF0000
// NPU1-NEXT: 00800001
// NPU1-NEXT: 4040003F
// NPU1-NEXT: 0F0003FF
// NPU1-NEXT: 0BFFFFFF
// NPU1-NEXT: 77FDFFC3

// npu1, column 0, bd 0, linear, burst_length absent -> largest = 256 B -> 2 on npu1, w4 = 2<<30 = 0x80000000;
// axcache absent -> 2, w5 = 0x02000000; w7 = valid 1<<25.
// NPU1-NEXT: 00000001
// NPU1-NEXT: 00000000
// NPU1-NEXT: 0001D000
// NPU1-NEXT: 00000030
// NPU1-NEXT: 00000010
// NPU1-NEXT: 00000000
// NPU1-NEXT: 00000000
// NPU1-NEXT: 00000000
// NPU1-NEXT: 80000000
// NPU1-NEXT: 02000000
// NPU1-NEXT: 00000000
// NPU1-NEXT: 02000000
// NPU1-NOT: {{.}}

module {
  aie.device(npu2) {
    aie.runtime_sequence @on_npu2() {
      aiex.npu.writebd {column = 3 : i32, row = 0 : i32, bd_id = 6 : i32, buffer_length = 512 : i32, buffer_offset = 0 : i32,
        enable_packet = 0 : i32, out_of_order_id = 0 : i32, packet_id = 0 : i32, packet_type = 0 : i32,
        d0_size = 16 : i32, d0_stride = 0 : i32, d1_size = 16 : i32, d1_stride = 31 : i32, d2_size = 0 : i32, d2_stride = 255 : i32,
        iteration_current = 0 : i32, iteration_size = 3 : i32, iteration_stride = 511 : i32,
        next_bd = 0 : i32, use_next_bd = 0 : i32, valid_bd = 1 : i32,
        lock_rel_val = 0 : i32, lock_rel_id = 0 : i32, lock_acq_enable = 0 : i32, lock_acq_val = 0 : i32, lock_acq_id = 0 : i32,
        d0_zero_before = 0 : i32, d1_zero_before = 0 : i32, d2_zero_before = 0 : i32,
        d0_zero_after = 0 : i32, d1_zero_after = 0 : i32, d2_zero_after = 0 : i32}
      aiex.npu.writebd {column = 0 : i32, row = 0 : i32, bd_id = 0 : i32, buffer_length = 16 : i32, buffer_offset = 0 : i32,
        enable_packet = 0 : i32, out_of_order_id = 0 : i32, packet_id = 0 : i32, packet_type = 0 : i32,
        d0_size = 0 : i32, d0_stride = 0 : i32, d1_size = 0 : i32, d1_stride = 0 : i32, d2_size = 0 : i32, d2_stride = 0 : i32,
        iteration_current = 0 : i32, iteration_size = 0 : i32, iteration_stride = 0 : i32,
        next_bd = 0 : i32, use_next_bd = 0 : i32, valid_bd = 1 : i32,
        lock_rel_val = 0 : i32, lock_rel_id = 0 : i32, lock_acq_enable = 0 : i32, lock_acq_val = 0 : i32, lock_acq_id = 0 : i32,
        d0_zero_before = 0 : i32, d1_zero_before = 0 : i32, d2_zero_before = 0 : i32,
        d0_zero_after = 0 : i32, d1_zero_after = 0 : i32, d2_zero_after = 0 : i32,
        burst_length = 512 : i32, axcache = 0 : i32}
    }
  }
  aie.device(npu1) {
    aie.runtime_sequence @on_npu1() {
      aiex.npu.writebd {column = 1 : i32, row = 0 : i32, bd_id = 15 : i32, buffer_length = 256 : i32, buffer_offset = 64 : i32,
        enable_packet = 1 : i32, out_of_order_id = 5 : i32, packet_id = 31 : i32, packet_type = 7 : i32,
        d0_size = 8 : i32, d0_stride = 1 : i32, d1_size = 4 : i32, d1_stride = 63 : i32, d2_size = 0 : i32, d2_stride = 1023 : i32,
        iteration_current = 2 : i32, iteration_size = 63 : i32, iteration_stride = 1048575 : i32,
        next_bd = 14 : i32, use_next_bd = 1 : i32, valid_bd = 1 : i32,
        lock_rel_val = -1 : i32, lock_rel_id = 15 : i32, lock_acq_enable = 1 : i32, lock_acq_val = -2 : i32, lock_acq_id = 3 : i32,
        d0_zero_before = 0 : i32, d1_zero_before = 0 : i32, d2_zero_before = 0 : i32,
        d0_zero_after = 0 : i32, d1_zero_after = 0 : i32, d2_zero_after = 0 : i32,
        burst_length = 128 : i32, axcache = 15 : i32}
      aiex.npu.writebd {column = 0 : i32, row = 0 : i32, bd_id = 0 : i32, buffer_length = 16 : i32, buffer_offset = 0 : i32,
        enable_packet = 0 : i32, out_of_order_id = 0 : i32, packet_id = 0 : i32, packet_type = 0 : i32,
        d0_size = 0 : i32, d0_stride = 0 : i32, d1_size = 0 : i32, d1_stride = 0 : i32, d2_size = 0 : i32, d2_stride = 0 : i32,
        iteration_current = 0 : i32, iteration_size = 0 : i32, iteration_stride = 0 : i32,
        next_bd = 0 : i32, use_next_bd = 0 : i32, valid_bd = 1 : i32,
        lock_rel_val = 0 : i32, lock_rel_id = 0 : i32, lock_acq_enable = 0 : i32, lock_acq_val = 0 : i32, lock_acq_id = 0 : i32,
        d0_zero_before = 0 : i32, d1_zero_before = 0 : i32, d2_zero_before = 0 : i32,
        d0_zero_after = 0 : i32, d1_zero_after = 0 : i32, d2_zero_after = 0 : i32}
    }
  }
}
