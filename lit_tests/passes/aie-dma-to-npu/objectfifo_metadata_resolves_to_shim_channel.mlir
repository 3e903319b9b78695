// A metadata/symbol naming an aie.objectfifo uses the shim channel mlir-aie's objectfifo lowering allocates: pins first, then per (shim tile, direction) the lowest free channel in fifo IR order, producer before consumers; links change nothing (docs/lowering.md, AIEObjectFifoStatefulTransform.cpp).
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --match-full-lines

// Grants, in fifo IR order (no pin on column 0; @inD pins column 1 MM2S 1):
//   @inA  shim (0,0) MM2S 0   (a link forward into the mem tile; the link does not matter)
//   @inB  shim (0,0) MM2S 1
//   @outC shim (0,0) S2MM 0
//   @inD  shim (1,0) MM2S 1   (prod_dma_channel = 1, reserved before any first-free grant)
//   @inE  shim (1,0) MM2S 0   (lowest channel left on (1,0) MM2S)
//   @outF shim (1,0) S2MM 1   (cons_dma_channels pins consumer 0 to channel 1)
// Queue writes (address = col<<25 | ctrl + 4, §5):
// @inB -> MM2S1 of column 0 = 0x0001D21C, bd 0
// CHECK:      0001D21C
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// @outC -> S2MM0 of column 0 = 0x0001D204, token forced, bd 1
// CHECK:      0001D204
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000001
// @inE -> MM2S0 of column 1 = 0x0201D214, bd 2
// CHECK:      0201D214
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000002
// @inD -> MM2S1 of column 1 = 0x0201D21C, bd 3
// CHECK:      0201D21C
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000003
// @inA_shim_alloc (the 2026 allocation name of @inA) -> MM2S0 of column 0 = 0x0001D214, bd 4
// CHECK:      0001D214
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000004
// @outF -> S2MM1 of column 1 = 0x0201D20C, token, bd 5
// CHECK:      0201D20C
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000005
// dma_wait @outC -> sync(col 0, row 0, S2MM 0, ch 0, 1, 1)
// CHECK-NEXT: 00000018
// CHECK-NEXT: 00000080
// CHECK-NEXT: 00000010
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00010100
// dma_wait @outF -> sync(col 1, row 0, S2MM 0, ch 1): word 2 = 1<<16 = 0x00010000, word 3 = 1<<24 | 1<<16 | 1<<8 = 0x01010100
// CHECK-NEXT: 00000080
// CHECK-NEXT: 00000010
// CHECK-NEXT: 00010000
// CHECK-NEXT: 01010100
// CHECK-EMPTY:

module {
  aie.device(npu1) {
    %shim_0 = aie.tile(0, 0)
    %shim_1 = aie.tile(1, 0)
    %mem_0 = aie.tile(0, 1)
    %core_0_2 = aie.tile(0, 2)
    %core_1_2 = aie.tile(1, 2)
    aie.objectfifo @inA(%shim_0, {%mem_0}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo @inA_L1(%mem_0, {%core_0_2}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo.link [@inA] -> [@inA_L1] ([] [0])
    aie.objectfifo @inB(%shim_0, {%core_0_2}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo @outC(%core_0_2, {%shim_0}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo @inD(%shim_1, {%core_1_2}, 2 : i32) {prod_dma_channel = 1 : i32} : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo @inE(%shim_1, {%core_1_2}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo @outF(%core_1_2, {%shim_1}, 2 : i32) {cons_dma_channels = array<i32: 1>} : !aie.objectfifo<memref<64xi32>>
    aie.runtime_sequence @seq(%a: memref<64xi32>, %c: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 0 : i64, metadata = @inB} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%c[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 1 : i64, metadata = @outC} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 2 : i64, metadata = @inE} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 3 : i64, metadata = @inD} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 4 : i64, metadata = @inA_shim_alloc} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%c[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 5 : i64, metadata = @outF} : memref<64xi32>
      aiex.npu.dma_wait {symbol = @outC}
      aiex.npu.dma_wait {symbol = @outF}
    }
  }
}
