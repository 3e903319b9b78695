// aie.tile(col, row) accepts every tile of its device (cols 0..N-1, rows 0..5, spec §1) and keeps its attributes, sorted.
// RUN: gemm-opt %s | gemm-opt | FileCheck %s --match-full-lines
// RUN: gemm-opt %s > %t.1 && gemm-opt %t.1 > %t.2 && diff %t.1 %t.2
// RUN: gemm-opt %s --print-op-generic | gemm-opt > %t.3 && diff %t.1 %t.3

// Corners of each array: N columns -> last column N-1; 6 rows -> last row 5.
// CHECK:       aie.device(npu1) {
// CHECK-NEXT:    %tile_0_0 = aie.tile(0, 0) {controller_id = #aie.packet_info<pkt_type = 0, pkt_id = 15>}
// CHECK-NEXT:    %mem_tile_3_1 = aie.tile(3, 1) {controller_id = #aie.packet_info<pkt_type = 0, pkt_id = 26>}
// CHECK-NEXT:    %tile_3_5 = aie.tile(3, 5) {allocation_scheme = "basic-sequential", controller_id = #aie.packet_info<pkt_type = 7, pkt_id = 31>}
// CHECK-NEXT:  }
// CHECK-NEXT:  aie.device(npu1_1col) {
// CHECK-NEXT:    %tile_0_5 = aie.tile(0, 5)
// CHECK-NEXT:  }
// CHECK-NEXT:  aie.device(npu1_2col) {
// CHECK-NEXT:    %tile_1_5 = aie.tile(1, 5)
// CHECK-NEXT:  }
// CHECK-NEXT:  aie.device(npu1_3col) {
// CHECK-NEXT:    %tile_2_5 = aie.tile(2, 5)
// CHECK-NEXT:  }
// CHECK-NEXT:  aie.device(npu2) {
// CHECK-NEXT:    %tile_7_0 = aie.tile(7, 0)
// CHECK-NEXT:    %tile_7_5 = aie.tile(7, 5)
// CHECK-NEXT:  }
// CHECK-NEXT:  aie.device(npu2_1col) {
// CHECK-NEXT:    %tile_0_5 = aie.tile(0, 5)
// CHECK-NEXT:  }
// CHECK-NEXT:  aie.device(npu2_4col) {
// CHECK-NEXT:    %tile_3_5 = aie.tile(3, 5)
// CHECK-NEXT:  }
// CHECK-NEXT:  aie.device(npu2_7col) {
// CHECK-NEXT:    %tile_6_5 = aie.tile(6, 5)
// CHECK-NEXT:  }

aie.device(npu1) {
  %tile_0_0 = aie.tile(0, 0) {controller_id = #aie.packet_info<pkt_type = 0, pkt_id = 15>}
  %mem_tile_3_1 = aie.tile(3, 1) {controller_id = #aie.packet_info<pkt_id = 26, pkt_type = 0>}
  %tile_3_5 = aie.tile(3, 5) {controller_id = #aie.packet_info<pkt_type = 7, pkt_id = 31>, allocation_scheme = "basic-sequential"}
}
aie.device(npu1_1col) {
  %tile_0_5 = aie.tile(0, 5)
}
aie.device(npu1_2col) {
  %tile_1_5 = aie.tile(1, 5)
}
aie.device(npu1_3col) {
  %tile_2_5 = aie.tile(2, 5)
}
aie.device(npu2) {
  %tile_7_0 = aie.tile(7, 0)
  %tile_7_5 = aie.tile(7, 5)
}
aie.device(npu2_1col) {
  %tile_0_5 = aie.tile(0, 5)
}
aie.device(npu2_4col) {
  %tile_3_5 = aie.tile(3, 5)
}
aie.device(npu2_7col) {
  %tile_6_5 = aie.tile(6, 5)
}
