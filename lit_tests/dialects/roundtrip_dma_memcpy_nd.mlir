// aiex.npu.dma_memcpy_nd keeps 4 static entries per list (3-entry lists padded outside with offset 0, size 1, stride 0), a stripped packet, and sorted attributes.
// RUN: gemm-opt %s | gemm-opt | FileCheck %s --match-full-lines
// RUN: gemm-opt %s > %t.1 && gemm-opt %t.1 > %t.2 && diff %t.1 %t.2
// RUN: gemm-opt %s --print-op-generic | gemm-opt > %t.3 && diff %t.1 %t.3

// CHECK:      aie.device(npu2) {
// CHECK:        aie.runtime_sequence @seq(%A: memref<8192xbf16>, %B: memref<8192xbf16>, %n: i32, %C: memref<4096xi8>) {

// Spec §11 op 1, as written.
// CHECK-NEXT:     aiex.npu.dma_memcpy_nd(%B[2, 0, 0, 8][4, 2, 16, 32][1024, 512, 64, 1]) {id = 6 : i64, metadata = @in1} : memref<8192xbf16>
// Spec §11 op 2 (linear, 2048 > 1023 elements is legal), attributes given out of order.
// CHECK-NEXT:     aiex.npu.dma_memcpy_nd(%C[0, 0, 0, 1024][1, 1, 1, 2048][0, 0, 0, 1]) {id = 2 : i64, issue_token = true, metadata = @out0} : memref<4096xi8>
// 3-entry lists [0,0,8][2,16,32][512,64,1] -> padded with o=0, s=1, t=0 on the outer side (spec §3).
// CHECK-NEXT:     aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 8][1, 2, 16, 32][0, 512, 64, 1]) {id = 0 : i64, metadata = @in1} : memref<8192xbf16>
// Packet written pkt_id first prints pkt_type first (mlir-aie's #aie.packet_info order); hex id 0xF = 15.
// CHECK-NEXT:     aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1], packet = <pkt_type = 7, pkt_id = 31>) {id = 15 : i64, metadata = @in1} : memref<8192xbf16>
// Burst lengths of spec §3: 0 (largest), 64, 128, 256 and, on npu2, 512.
// CHECK-NEXT:     aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {burst_length = 0 : i64, id = 1 : i64, metadata = @in1} : memref<8192xbf16>
// CHECK-NEXT:     aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {burst_length = 64 : i64, id = 1 : i64, metadata = @in1} : memref<8192xbf16>
// CHECK-NEXT:     aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {burst_length = 128 : i64, id = 1 : i64, metadata = @in1} : memref<8192xbf16>
// CHECK-NEXT:     aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {burst_length = 256 : i64, id = 1 : i64, metadata = @in1} : memref<8192xbf16>
// CHECK-NEXT:     aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {burst_length = 512 : i64, id = 1 : i64, metadata = @in1} : memref<8192xbf16>
// metadata may name an objectfifo directly (spec §2); issue_token = false is kept as written.
// CHECK-NEXT:     aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 3 : i64, issue_token = false, metadata = @fifo} : memref<8192xbf16>
// CHECK-NEXT:     aiex.npu.dma_wait {symbol = @out0}
// CHECK-NEXT:     aiex.npu.dma_wait {symbol = @fifo}
// CHECK-NEXT:   }
// CHECK-NEXT: }

aie.device(npu2) {
  %tile_0_0 = aie.tile(0, 0)
  %tile_0_1 = aie.tile(0, 1)
  %tile_3_0 = aie.tile(3, 0)
  %tile_5_0 = aie.tile(5, 0)
  aie.shim_dma_allocation @in1(%tile_3_0, MM2S, 1)
  aie.shim_dma_allocation @out0(%tile_5_0, S2MM, 0)
  aie.objectfifo @fifo(%tile_0_0, {%tile_0_1}, 2 : i32) : !aie.objectfifo<memref<64xbf16>>
  aie.runtime_sequence @seq(%A: memref<8192xbf16>, %B: memref<8192xbf16>, %n: i32, %C: memref<4096xi8>) {
    aiex.npu.dma_memcpy_nd(%B[2, 0, 0, 8][4, 2, 16, 32][1024, 512, 64, 1]) {id = 6 : i64, metadata = @in1} : memref<8192xbf16>
    aiex.npu.dma_memcpy_nd(%C[0,0,0,1024][1,1,1,2048][0,0,0,1]) {metadata = @out0, issue_token = true, id = 2 : i64} : memref<4096xi8>
    aiex.npu.dma_memcpy_nd(%A[0, 0, 8][2, 16, 32][512, 64, 1]) {id = 0 : i64, metadata = @in1} : memref<8192xbf16>
    aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1], packet = <pkt_id = 31, pkt_type = 7>) {id = 0xF : i64, metadata = @in1} : memref<8192xbf16>
    aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 1 : i64, metadata = @in1, burst_length = 0 : i64} : memref<8192xbf16>
    aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 1 : i64, metadata = @in1, burst_length = 64 : i64} : memref<8192xbf16>
    aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 1 : i64, metadata = @in1, burst_length = 128} : memref<8192xbf16>
    aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 1 : i64, metadata = @in1, burst_length = 256 : i32} : memref<8192xbf16>
    aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 1 : i64, metadata = @in1, burst_length = 512 : i64} : memref<8192xbf16>
    aiex.npu.dma_memcpy_nd(%A[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 3 : i64, issue_token = false, metadata = @fifo} : memref<8192xbf16>
    aiex.npu.dma_wait {symbol = @out0}
    aiex.npu.dma_wait {symbol = @fifo}
  }
}
