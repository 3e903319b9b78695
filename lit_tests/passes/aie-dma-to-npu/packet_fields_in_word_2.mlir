// A dma_memcpy_nd packet sets Enable_Packet, Packet_ID and Packet_Type in BD word 2 (spec §4.3 step 1, §5).
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --match-full-lines

// BD 15 of column 0 at 0x1D000 + 0x20·15 = 0x0001D1E0.
// CHECK:      0001D1E0
// CHECK-NEXT: 00000030
// word 0 = W(16) = 0x10; word 1 = 0
// CHECK-NEXT: 00000010
// CHECK-NEXT: 00000000
// word 2 = Enable_Packet 1<<30 | Packet_ID 19<<19 (0x980000) | Packet_Type 5<<16 (0x50000) = 0x409D0000
// CHECK-NEXT: 409D0000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000000
// Queue MM2S1 of column 0 = 0x0001D21C, bd 15 = 0xF, no token.
// CHECK:      0001D21C
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0000000F

module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 1)
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1], packet = <pkt_id = 19, pkt_type = 5>) {id = 15 : i64, metadata = @in} : memref<64xi32>
    }
  }
}
