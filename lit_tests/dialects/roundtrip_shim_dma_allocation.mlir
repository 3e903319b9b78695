// aie.shim_dma_allocation prints `@sym(%tile, DIR, ch)` (2026, spec §2) and keeps the pre-2026 `@sym(DIR, ch, col)` of lowered files unchanged.
// RUN: gemm-opt %s | gemm-opt | FileCheck %s --match-full-lines
// RUN: gemm-opt %s > %t.1 && gemm-opt %t.1 > %t.2 && diff %t.1 %t.2
// RUN: gemm-opt %s --print-op-generic | gemm-opt > %t.3 && diff %t.1 %t.3

// mlir-aie's printer puts no space between the symbol and `(` (its lit tests check
// `aie.shim_dma_allocation @airMemcpyId29(%shim_noc_tile_0_0, S2MM, 0)`); both
// spellings parse. Channels 0 and 1 are the shim's two per direction (spec §5).
// CHECK:      aie.device(npu2) {
// CHECK-NEXT:   %tile_0_0 = aie.tile(0, 0)
// CHECK-NEXT:   %tile_7_0 = aie.tile(7, 0)
// CHECK-NEXT:   aie.shim_dma_allocation @in0(%tile_0_0, MM2S, 0)
// CHECK-NEXT:   aie.shim_dma_allocation @in1(%tile_7_0, MM2S, 1)
// CHECK-NEXT:   aie.shim_dma_allocation @out0(%tile_0_0, S2MM, 0)
// CHECK-NEXT:   aie.shim_dma_allocation @out1(%tile_7_0, S2MM, 1)
// Pre-2026: (direction, channel, column).
// CHECK-NEXT:   aie.shim_dma_allocation @old_in(MM2S, 1, 3)
// CHECK-NEXT:   aie.shim_dma_allocation @old_out(S2MM, 0, 7)
// CHECK-NEXT: }

aie.device(npu2) {
  %tile_0_0 = aie.tile(0, 0)
  %tile_7_0 = aie.tile(7, 0)
  aie.shim_dma_allocation @in0 (%tile_0_0, MM2S, 0)
  aie.shim_dma_allocation @in1(%tile_7_0, MM2S, 1)
  aie.shim_dma_allocation @out0 (%tile_0_0, S2MM, 0)
  aie.shim_dma_allocation @out1(%tile_7_0,S2MM,1)
  aie.shim_dma_allocation @old_in(MM2S, 1, 3)
  aie.shim_dma_allocation @old_out (S2MM, 0, 7)
}
