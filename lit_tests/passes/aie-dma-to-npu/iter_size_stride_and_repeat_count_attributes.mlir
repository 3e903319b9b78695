// The 2026 attributes iter_size / iter_stride / repeat_count set Iteration_Wrap = iter_size-1, Iteration_Stepsize = W(iter_stride)-1 and the queue Repeat_Count, and cannot be combined with sizes[0] > 1 (spec §4.3 step 4, inferred + PD).
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --match-full-lines

// BD 0 at 0x0001D000: linear i32 len 64 -> word 0 = 0x40 ... word 6 = (4-1)<<20 | (W(128)-1 = 127) = 0x0030007F.
// CHECK:      0001D000
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000040
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000000
// CHECK-NEXT: 02000000
// CHECK-NEXT: 0030007F
// CHECK-NEXT: 02000000
// Queue MM2S0: repeat_count 3 <<16 | bd 0 = 0x00030000
// CHECK:      0001D214
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00030000

module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%a: memref<1024xi32>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 64][0, 0, 0, 1]) {id = 0 : i64, metadata = @in, iter_size = 4 : i64, iter_stride = 128 : i64, repeat_count = 3 : i64} : memref<1024xi32>
    }
  }
}
