// A token-issuing push on a tile with controller_id first writes Controller_ID (pktId<<8, mask 0x1F00) into the channel's ctrl register; the order is blockwrite, address_patch, maskwrite32, write32 (spec §4.3, §4.5).
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --match-full-lines

// npu1, 7 records: 2·(blockwrite 12 + patch 12) + maskwrite 7 + 2·write32 6 + 1 push (maskwrite 7 + write32 6)
// = 48 + 7 + 12 + 13 = 80 words + 4 header = 84 words = 0x150 bytes; records = 2+2+1+2+1+1 = 9.
// CHECK:      06030100
// CHECK-NEXT: 00000104
// CHECK-NEXT: 00000009
// CHECK-NEXT: 00000150

// Op 1 (S2MM, token forced): blockwrite of BD 1 at 0x1D020 ... then DDR_PATCH at 0x1D024 ...
// CHECK:      0001D020
// CHECK:      0001D024
// ... then maskwrite32: opcode 3, addr S2MM0 ctrl 0x0001D200, value 27<<8 = 0x1B00, mask 0x1F00, size 28 = 0x1C
// CHECK:      00000003
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D200
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00001B00
// CHECK-NEXT: 00001F00
// CHECK-NEXT: 0000001C
// ... then the queue write32 at ctrl+4 = 0x0001D204, value 0x80000000 | bd 1.
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D204
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000001
// CHECK-NEXT: 00000018

// Op 2 (MM2S, no token): no maskwrite, the DDR_PATCH is followed directly by the queue write32 (MM2S0 0x0001D214, bd 2).
// CHECK:      0001D044
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D214
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000002
// CHECK-NEXT: 00000018

// A user push_queue with issue_token on MM2S1 (ctrl 0x0001D218) gets the maskwrite too; queue 0x0001D21C value 0x80000000 | 2<<16 | bd 2.
// CHECK-NEXT: 00000003
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D218
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00001B00
// CHECK-NEXT: 00001F00
// CHECK-NEXT: 0000001C
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D21C
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80020002
// CHECK-NEXT: 00000018
// CHECK-EMPTY:

module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0) {controller_id = #aie.packet_info<pkt_type = 0, pkt_id = 27>}
    aie.shim_dma_allocation @out (%tile_0_0, S2MM, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%a: memref<64xi32>, %c: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%c[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 1 : i64, metadata = @out} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 2 : i64, metadata = @in} : memref<64xi32>
      aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 2 : i32, issue_token = true, repeat_count = 2 : i32}
    }
  }
}
