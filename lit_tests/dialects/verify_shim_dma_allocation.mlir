// aie.shim_dma_allocation needs a shim tile (row 0) or, pre-2026, a column of the device, channel 0..1 (two per direction, spec §5) and MM2S or S2MM; each violation is a one-line error.
// RUN: gemm-opt --split-input-file --verify-diagnostics %s | FileCheck %s --match-full-lines

// CHECK:      {{.*}}: error: aie.shim_dma_allocation @a: tile (0, 1) is not a shim tile (row 0)
aie.device(npu1) {
  %t = aie.tile(0, 1)
  aie.shim_dma_allocation @a(%t, MM2S, 0)
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.shim_dma_allocation @b: tile (3, 2) is not a shim tile (row 0)
aie.device(npu1) {
  %t = aie.tile(3, 2)
  aie.shim_dma_allocation @b(%t, S2MM, 1)
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.shim_dma_allocation @c: channel 2 out of range (shim has 0..1)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @c(%t, MM2S, 2)
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.shim_dma_allocation @d: channel -1 out of range (shim has 0..1)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @d(%t, S2MM, -1)
}

// -----
// The pre-2026 form (direction, channel, column) is checked the same way.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.shim_dma_allocation @e: channel 2 out of range (shim has 0..1)
aie.device(npu1) {
  aie.shim_dma_allocation @e(MM2S, 2, 0)
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: Expected one of 'MM2S', 'S2MM' (DMA direction)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @f(%t, MM2X, 0)
}

// -----
// The operand must be a tile, not another index value.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.shim_dma_allocation @g: tile must be an aie.tile value
aie.device(npu1) {
  %t = aie.tile(0, 0)
  %l = aie.lock(%t, 0)
  aie.shim_dma_allocation @g(%l, MM2S, 0)
}

// -----
// The pre-2026 form names a column: npu1_2col has columns 0..1.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.shim_dma_allocation @h: column 2 out of range for npu1_2col (0..1)
aie.device(npu1_2col) {
  aie.shim_dma_allocation @h(S2MM, 0, 2)
}
