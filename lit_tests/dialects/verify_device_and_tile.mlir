// An unknown device name, a tile outside its device's array (N columns, rows 0..5, spec §1) and a tile controller_id beyond Controller_ID's 5 bits are one-line errors.
// RUN: gemm-opt --split-input-file --verify-diagnostics %s | FileCheck %s --match-full-lines

// CHECK:      {{.*}}.mlir:5:12: error: unknown device 'npu3' (expected one of: npu1, npu1_1col, npu1_2col, npu1_3col, npu2, npu2_1col, npu2_2col, npu2_3col, npu2_4col, npu2_5col, npu2_6col, npu2_7col)
aie.device(npu3) {
}

// -----
// An AIE1 device of mlir-aie is not a target of this project.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: unknown device 'xcvc1902' (expected one of: npu1, npu1_1col, npu1_2col, npu1_3col, npu2, npu2_1col, npu2_2col, npu2_3col, npu2_4col, npu2_5col, npu2_6col, npu2_7col)
aie.device(xcvc1902) {
}

// -----
// npu1 has 4 columns: 0..3.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.tile(4, 0): column out of range for npu1 (0..3)
aie.device(npu1) {
  %t = aie.tile(4, 0)
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.tile(1, 2): column out of range for npu1_1col (0..0)
aie.device(npu1_1col) {
  %t = aie.tile(1, 2)
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.tile(3, 0): column out of range for npu1_3col (0..2)
aie.device(npu1_3col) {
  %t = aie.tile(3, 0)
}

// -----
// npu2 has 8 columns: 0..7.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.tile(8, 0): column out of range for npu2 (0..7)
aie.device(npu2) {
  %t = aie.tile(8, 0)
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.tile(7, 1): column out of range for npu2_7col (0..6)
aie.device(npu2_7col) {
  %t = aie.tile(7, 1)
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.tile(-1, 0): column out of range for npu2 (0..7)
aie.device(npu2) {
  %t = aie.tile(-1, 0)
}

// -----
// Row 0 shim, row 1 memtile, rows 2..5 cores: row 6 does not exist.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.tile(0, 6): row out of range for npu1 (0..5)
aie.device(npu1) {
  %t = aie.tile(0, 6)
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.tile(2, 6): row out of range for npu2_3col (0..5)
aie.device(npu2_3col) {
  %t = aie.tile(2, 6)
}

// -----
// controller_id becomes Controller_ID [12:8] of the DMA ctrl register (spec §5, §4.5): pkt_id <= 31.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.tile(0, 0) controller_id: pkt_id 32 exceeds the 5-bit limit (31)
aie.device(npu1) {
  %t = aie.tile(0, 0) {controller_id = #aie.packet_info<pkt_type = 0, pkt_id = 32>}
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.tile(0, 1) controller_id: pkt_type 8 exceeds the 3-bit limit (7)
aie.device(npu1) {
  %t = aie.tile(0, 1) {controller_id = #aie.packet_info<pkt_type = 8, pkt_id = 26>}
}

// -----
// A tile is exactly (col, row).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.tile takes (col, row), got 1 value(s)
aie.device(npu1) {
  %t = aie.tile(2)
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.tile takes (col, row), got 3 value(s)
aie.device(npu1) {
  %t = aie.tile(0, 2, 1)
}
