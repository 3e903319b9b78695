// arg_plus is the transfer's own byte offset plus the byte offset of the memref.subview / reinterpret_cast / view chain back to the root argument, and arg_idx is that root's (spec §4.3 step 2).
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --match-full-lines

// Each DDR_PATCH: 81, 30, 0, 0, 0, 0, addr, 0, arg_idx, 0, arg_plus lo, arg_plus hi.
// (1) subview %a[64] then offset 8: (64 + 8)·4 = 288 = 0x120; root %a = arg_idx 0.
// CHECK:      0001D004
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000120
// (2) subview of the subview, +16: layout offset 80 -> 80·4 = 320 = 0x140.
// CHECK:      0001D024
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000140
// (3) reinterpret_cast to offset 512, then offsets [0,0,1,0] with stride 32: (512 + 32)·4 = 2176 = 0x880.
//     PD: the cast's static offset counts (mlir-aie drops it); the layout offset is where the view starts.
// CHECK:      0001D044
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000880
// (4) memref.view of %b (memref argument 1) at byte 128, then offset 4 i32: 128 + 16 = 144 = 0x90.
// CHECK:      0001D064
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000090

module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%a: memref<1024xi32>, %b: memref<4096xi8>) {
      %s = memref.subview %a[64] [256] [1] : memref<1024xi32> to memref<256xi32, strided<[1], offset: 64>>
      aiex.npu.dma_memcpy_nd(%s[0, 0, 0, 8][1, 1, 1, 32][0, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<256xi32, strided<[1], offset: 64>>
      %s2 = memref.subview %s[16] [64] [1] : memref<256xi32, strided<[1], offset: 64>> to memref<64xi32, strided<[1], offset: 80>>
      aiex.npu.dma_memcpy_nd(%s2[0, 0, 0, 0][1, 1, 1, 32][0, 0, 0, 1]) {id = 1 : i64, metadata = @in} : memref<64xi32, strided<[1], offset: 80>>
      %r = memref.reinterpret_cast %a to offset: [512], sizes: [16, 32], strides: [32, 1] : memref<1024xi32> to memref<16x32xi32, strided<[32, 1], offset: 512>>
      aiex.npu.dma_memcpy_nd(%r[0, 0, 1, 0][1, 1, 4, 32][0, 0, 32, 1]) {id = 2 : i64, metadata = @in} : memref<16x32xi32, strided<[32, 1], offset: 512>>
      %c128 = arith.constant 128 : index
      %v = memref.view %b[%c128][] : memref<4096xi8> to memref<64xi32>
      aiex.npu.dma_memcpy_nd(%v[0, 0, 0, 4][1, 1, 1, 16][0, 0, 0, 1]) {id = 3 : i64, metadata = @in} : memref<64xi32>
    }
  }
}
