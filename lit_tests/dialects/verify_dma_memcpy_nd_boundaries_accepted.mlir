// Every dma_memcpy_nd limit of spec §3/§8 is inclusive: the largest legal value of each field verifies and prints unchanged.
// RUN: gemm-opt %s | FileCheck %s
// RUN: gemm-opt %s > %t.1 && gemm-opt %t.1 > %t.2 && diff %t.1 %t.2

// CHECK-LABEL: aie.runtime_sequence @limits
// Last BD id: 15.
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 15 : i64, metadata = @in}
// d0 wrap W(1023 i32) = 1023 words, non-contiguous (t1 = 2048 != 1023).
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 2, 1023][0, 0, 2048, 1])
// d0 wrap in i8: 4092 i8 = 4092·8/32 = 1023 words.
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%b[0, 0, 0, 0][1, 1, 2, 4092][0, 0, 8192, 1])
// d1 wrap 1023.
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1023, 2][0, 0, 4, 1])
// Steps of exactly 2^20 = 1048576 words in d1, d2 and d3.
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 2, 4][0, 0, 1048576, 1])
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 2, 2, 4][0, 1048576, 8, 1])
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][2, 1, 2, 4][1048576, 0, 8, 1])
// Iteration wrap 64 with t3 > 0.
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][64, 1, 2, 4][8, 0, 8, 1])
// Repeat: s3 = 256 -> repeat_count 255; with t3 = 0 the iteration limit of 64 does not apply.
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][256, 1, 1, 4][0, 0, 0, 1])
// Linear transfers skip the wrap limits: [1,1,1,len][0,0,0,1] and any contiguous row-major pattern (t1 = s0, t2 = s0·s1).
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 4096][0, 0, 0, 1])
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%c[0, 0, 0, 0][1, 4, 2, 1024][0, 2048, 1024, 1])
// 4-byte granularity met exactly: d0 of 4 i8 at offset 4 i8; a d2 stride of 2 bf16 = 4 bytes
// (t2 = 2 != s0·s1 = 4, so the ND checks apply) at offset 2 bf16 = 4 bytes.
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%b[0, 0, 0, 4][1, 1, 2, 4][0, 0, 8, 1])
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%h[0, 0, 0, 2][1, 2, 2, 2][0, 2, 4, 1])
// Zero strides: fine where the size is 1, and in dimension 3 (repeat).
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][4, 1, 1, 8][0, 0, 0, 1])
// Largest packet header (pkt_id 31, pkt_type 7); the largest burst of npu2 (512); 32-bit elements.
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1], packet = <pkt_type = 7, pkt_id = 31>) {burst_length = 512 : i64, id = 0 : i64, metadata = @in}
// CHECK-NEXT: aiex.npu.dma_memcpy_nd(%f[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 0 : i64, metadata = @in}

aie.device(npu2) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence @limits(%a: memref<4194304xi32>, %b: memref<16384xi8>, %c: memref<8192xi32>, %h: memref<64xbf16>, %f: memref<16xf32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,16][0,0,0,1]) {id = 15 : i64, metadata = @in} : memref<4194304xi32>
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,2,1023][0,0,2048,1]) {id = 0 : i64, metadata = @in} : memref<4194304xi32>
    aiex.npu.dma_memcpy_nd(%b[0,0,0,0][1,1,2,4092][0,0,8192,1]) {id = 0 : i64, metadata = @in} : memref<16384xi8>
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1023,2][0,0,4,1]) {id = 0 : i64, metadata = @in} : memref<4194304xi32>
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,2,4][0,0,1048576,1]) {id = 0 : i64, metadata = @in} : memref<4194304xi32>
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,2,2,4][0,1048576,8,1]) {id = 0 : i64, metadata = @in} : memref<4194304xi32>
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][2,1,2,4][1048576,0,8,1]) {id = 0 : i64, metadata = @in} : memref<4194304xi32>
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][64,1,2,4][8,0,8,1]) {id = 0 : i64, metadata = @in} : memref<4194304xi32>
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][256,1,1,4][0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<4194304xi32>
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,4096][0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<4194304xi32>
    aiex.npu.dma_memcpy_nd(%c[0,0,0,0][1,4,2,1024][0,2048,1024,1]) {id = 0 : i64, metadata = @in} : memref<8192xi32>
    aiex.npu.dma_memcpy_nd(%b[0,0,0,4][1,1,2,4][0,0,8,1]) {id = 0 : i64, metadata = @in} : memref<16384xi8>
    aiex.npu.dma_memcpy_nd(%h[0,0,0,2][1,2,2,2][0,2,4,1]) {id = 0 : i64, metadata = @in} : memref<64xbf16>
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][4,1,1,8][0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<4194304xi32>
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,16][0,0,0,1], packet = <pkt_id = 31, pkt_type = 7>) {id = 0 : i64, metadata = @in, burst_length = 512 : i64} : memref<4194304xi32>
    aiex.npu.dma_memcpy_nd(%f[0,0,0,0][1,1,1,16][0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<16xf32>
  }
}
