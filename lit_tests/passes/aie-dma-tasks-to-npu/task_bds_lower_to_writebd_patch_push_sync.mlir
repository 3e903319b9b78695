// A configured task becomes, in place, one writebd + address_patch per BD (buffer_offset By(offset) in word 1 AND in arg_plus); start -> push_queue of the first BD, await -> sync, free -> nothing (spec §4.4, §7).
// RUN: gemm-opt -p aie-dma-tasks-to-npu %s | FileCheck %s --check-prefix=IR
// RUN: gemm-opt -p aie-dma-tasks-to-npu,aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --check-prefix=HEX --match-full-lines

// IR:      aie.runtime_sequence @seq
// IR-NEXT: aiex.npu.writebd {bd_id = 4 : i32, {{.*}}}
// IR-NEXT: aiex.npu.address_patch {addr = 67227780 : ui32, arg_idx = 0 : i32, arg_plus = 128 : i32}
// IR-NEXT: aiex.npu.writebd {bd_id = 11 : i32, {{.*}}}
// IR-NEXT: aiex.npu.address_patch {addr = 67228004 : ui32, arg_idx = 1 : i32, arg_plus = 512 : i32}
// IR-NEXT: aiex.npu.push_queue(2, 0, MM2S : 1) {bd_id = 4 : i32, issue_token = true, repeat_count = 5 : i32}
// IR-NEXT: aiex.npu.sync {channel = 1 : i32, column = 2 : i32, column_num = 1 : i32, direction = 1 : i32, row = 0 : i32, row_num = 1 : i32}
// IR-NEXT: }
// IR-NOT:  aiex.dma_

// npu1: 2·(blockwrite 12 + patch 12) + write32 6 + sync 4 = 58 words + 4 = 62 words = 0xF8 bytes, 6 records.
// HEX:      06030100
// HEX-NEXT: 00000104
// HEX-NEXT: 00000006
// HEX-NEXT: 000000F8
// BD 4 of column 2: (2<<25) | (0x1D000 + 0x80) = 0x0401D080.
// HEX-NEXT: 00000001
// HEX-NEXT: 00000000
// HEX-NEXT: 0401D080
// HEX-NEXT: 00000030
// word 0 = W(len 256 bf16) = 128 = 0x80; word 1 = By(offset 64 bf16) = 128 = 0x80
// HEX-NEXT: 00000080
// HEX-NEXT: 00000080
// word 2 = packet from the task: 1<<30 | pkt_id 7<<19 (0x380000) | pkt_type 2<<16 (0x20000) = 0x403A0000
// HEX-NEXT: 403A0000
// dims [<3,512>,<4,64>,<2,16>,<32,1>] (highest first); W(32)·2·4 = 128 words = len:
// word 3 = d0 wrap W(32) = 16 <<20, step 0 -> 0x01000000
// HEX-NEXT: 01000000
// word 4 = npu1 burst 2<<30 | d1 wrap 2<<20 | d1 step W(16)-1 = 7 -> 0x80200007
// HEX-NEXT: 80200007
// word 5 = AxCache 2<<24 | d2 step W(64)-1 = 31 -> 0x0200001F
// HEX-NEXT: 0200001F
// word 6 = iteration wrap 3-1 = 2 <<20 | step W(512)-1 = 255 -> 0x002000FF
// HEX-NEXT: 002000FF
// word 7 = Next_BD 11<<27 (0x58000000) | Use_Next_BD 1<<26 | Valid_BD 1<<25 = 0x5E000000
// HEX-NEXT: 5E000000
// DDR_PATCH at 0x0401D084: %x is memref argument 0 (%n takes no slot), arg_plus = By(64) = 0x80
// HEX-NEXT: 00000081
// HEX-NEXT: 00000030
// HEX-NEXT: 00000000
// HEX-NEXT: 00000000
// HEX-NEXT: 00000000
// HEX-NEXT: 00000000
// HEX-NEXT: 0401D084
// HEX-NEXT: 00000000
// HEX-NEXT: 00000000
// HEX-NEXT: 00000000
// HEX-NEXT: 00000080
// HEX-NEXT: 00000000
// BD 11: 0x1D000 + 0x20·11 = 0x1D160.
// HEX-NEXT: 00000001
// HEX-NEXT: 00000000
// HEX-NEXT: 0401D160
// HEX-NEXT: 00000030
// word 0 = W(256 i32) = 0x100; word 1 = By(128 i32) = 512 = 0x200; word 2 = task packet again
// HEX-NEXT: 00000100
// HEX-NEXT: 00000200
// HEX-NEXT: 403A0000
// word 3 = 0 (no dims); word 4 = burst 128 B -> 1<<30; word 5 = AxCache; word 6 = 0
// HEX-NEXT: 00000000
// HEX-NEXT: 40000000
// HEX-NEXT: 02000000
// HEX-NEXT: 00000000
// word 7 = Valid_BD 0x02000000 | Lock_Rel_Value 1<<18 (0x40000) | Lock_Rel_ID 9<<13 (0x12000)
//        | Lock_Acq_Enable 1<<12 (0x1000) | Lock_Acq_Value -2 (AcquireGreaterEqual 2) = 0x7E<<5 (0xFC0) | Lock_Acq_ID 4 = 0x02053FC4
// HEX-NEXT: 02053FC4
// DDR_PATCH at 0x0401D164: %y is memref argument 1, arg_plus = By(128 i32) = 0x200
// HEX-NEXT: 00000081
// HEX-NEXT: 00000030
// HEX-NEXT: 00000000
// HEX-NEXT: 00000000
// HEX-NEXT: 00000000
// HEX-NEXT: 00000000
// HEX-NEXT: 0401D164
// HEX-NEXT: 00000000
// HEX-NEXT: 00000001
// HEX-NEXT: 00000000
// HEX-NEXT: 00000200
// HEX-NEXT: 00000000
// start: MM2S1 of column 2 = 0x0401D21C; value token 1<<31 | repeat 5<<16 | first BD 4 = 0x80050004
// HEX-NEXT: 00000000
// HEX-NEXT: 00000000
// HEX-NEXT: 0401D21C
// HEX-NEXT: 00000000
// HEX-NEXT: 80050004
// HEX-NEXT: 00000018
// await: sync(2, 0, MM2S = 1, 1, 1, 1): word 2 = 1 | 2<<16 = 0x00020001, word 3 = 1<<24 | 1<<16 | 1<<8 = 0x01010100
// HEX-NEXT: 00000080
// HEX-NEXT: 00000010
// HEX-NEXT: 00020001
// HEX-NEXT: 01010100
// HEX-EMPTY:

module {
  aie.device(npu1) {
    %tile_2_0 = aie.tile(2, 0)
    %lock_a = aie.lock(%tile_2_0, 4)
    %lock_b = aie.lock(%tile_2_0, 9)
    aie.runtime_sequence @seq(%n: i32, %x: memref<2048xbf16>, %y: memref<512xi32>) {
      %t = aiex.dma_configure_task(%tile_2_0, MM2S, 1, <pkt_type = 2, pkt_id = 7>) {
        aie.dma_bd(%x : memref<2048xbf16>, 64, 256, [<size = 3, stride = 512>, <size = 4, stride = 64>, <size = 2, stride = 16>, <size = 32, stride = 1>]) {bd_id = 4 : i32}
        aie.next_bd ^bb1
      ^bb1:
        aie.use_lock(%lock_a, AcquireGreaterEqual, 2)
        aie.dma_bd(%y : memref<512xi32> offset = 128 len = 256) {bd_id = 11 : i32, burst_length = 128 : i32}
        aie.use_lock(%lock_b, Release, 1)
        aie.end
      } {issue_token = true, repeat_count = 5 : i32}
      aiex.dma_start_task(%t)
      aiex.dma_await_task(%t)
      aiex.dma_free_task(%t)
    }
  }
}
