// DMA tasks: dma_configure_task(_for) with multi-block BD chains, both aie.dma_bd forms (printed positional), aie.next_bd/aie.end, start/await/free (spec §3 "DMA tasks").
// RUN: gemm-opt %s | gemm-opt | FileCheck %s --match-full-lines
// RUN: gemm-opt %s > %t.1 && gemm-opt %t.1 > %t.2 && diff %t.1 %t.2
// RUN: gemm-opt %s --print-op-generic | gemm-opt > %t.3 && diff %t.1 %t.3

// CHECK:      aie.runtime_sequence @seq(%arg0: memref<4096xbf16>, %arg1: memref<4096xbf16>) {

// IRON's fill (gemm-dataflow.md §3.3): one positional BD with 4 dims, then aie.end.
// CHECK-NEXT:   %t0 = aiex.dma_configure_task_for @A_L3L2 {
// CHECK-NEXT:     aie.dma_bd(%arg0 : memref<4096xbf16>, 0, 2048, [<size = 2, stride = 0>, <size = 4, stride = 32>, <size = 64, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
// CHECK-NEXT:     aie.end
// CHECK-NEXT:   } {issue_token = true, repeat_count = 1 : i32}
// CHECK-NEXT:   aiex.dma_start_task(%t0)

// A three-BD chain; the 2026 keyword form `offset = O len = L [sizes = [..] strides = [..]]`
// prints positionally, each (size, stride) pair zipped highest dimension first.
// CHECK-NEXT:   %t1 = aiex.dma_configure_task(%tile_0_0, S2MM, 1) {
// CHECK-NEXT:     aie.dma_bd(%arg1 : memref<4096xbf16>, 0, 1024) {bd_id = 4 : i32}
// CHECK-NEXT:     aie.next_bd ^bb1
// CHECK-NEXT:   ^bb1:
// CHECK-NEXT:     aie.dma_bd(%arg1 : memref<4096xbf16>, 1024, 1024, [<size = 16, stride = 64>, <size = 64, stride = 1>])
// CHECK-NEXT:     aie.next_bd ^bb2
// CHECK-NEXT:   ^bb2:
// CHECK-NEXT:     aie.dma_bd(%arg1 : memref<4096xbf16>, 2048, 2048)
// CHECK-NEXT:     aie.end
// CHECK-NEXT:   } {issue_token = true}
// CHECK-NEXT:   aiex.dma_start_task(%t1)
// CHECK-NEXT:   aiex.dma_await_task(%t1)
// CHECK-NEXT:   aiex.dma_free_task(%t0)

// Task-level packet header (printed stripped, as mlir-aie prints it), a BD-level one
// (full #aie.packet_info in the attribute dictionary), and a lock pair around a BD.
// CHECK-NEXT:   %t2 = aiex.dma_configure_task(%tile_0_0, MM2S, 0, <pkt_type = 1, pkt_id = 2>) {
// CHECK-NEXT:     aie.use_lock(%lock_0_0, AcquireGreaterEqual, 1)
// CHECK-NEXT:     aie.dma_bd(%arg0 : memref<4096xbf16>, 4, 16) {bd_id = 0 : i32, packet = #aie.packet_info<pkt_type = 1, pkt_id = 3>}
// CHECK-NEXT:     aie.use_lock(%lock_0_0, Release, 1)
// CHECK-NEXT:     aie.end
// CHECK-NEXT:   }
// CHECK-NEXT:   aiex.dma_start_task(%t2)
// CHECK-NEXT:   aiex.dma_free_task(%t2)
// CHECK-NEXT: }

aie.device(npu1) {
  %tile_0_0 = aie.tile(0, 0)
  %tile_0_1 = aie.tile(0, 1)
  %lock_0_0 = aie.lock(%tile_0_0, 0) {init = 1 : i32}
  aie.objectfifo @A_L3L2(%tile_0_0, {%tile_0_1}, 2 : i32) : !aie.objectfifo<memref<2048xbf16>>
  aie.runtime_sequence @seq(%arg0: memref<4096xbf16>, %arg1: memref<4096xbf16>) {
    %t0 = aiex.dma_configure_task_for @A_L3L2 {
      aie.dma_bd(%arg0 : memref<4096xbf16>, 0, 2048, [<size = 2, stride = 0>, <size = 4, stride = 32>, <size = 64, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
      aie.end
    } {repeat_count = 1 : i32, issue_token = true}
    aiex.dma_start_task(%t0)
    %t1 = aiex.dma_configure_task(%tile_0_0, S2MM, 1) {
      aie.dma_bd(%arg1 : memref<4096xbf16> offset = 0 len = 1024) {bd_id = 4 : i32}
      aie.next_bd ^bb1
    ^bb1:
      aie.dma_bd(%arg1 : memref<4096xbf16> offset = 1024 len = 1024 sizes = [16, 64] strides = [64, 1])
      aie.next_bd ^bb2
    ^bb2:
      aie.dma_bd(%arg1 : memref<4096xbf16>, 2048, 2048)
      aie.end
    } {issue_token = true}
    aiex.dma_start_task(%t1)
    aiex.dma_await_task(%t1)
    aiex.dma_free_task(%t0)
    %t2 = aiex.dma_configure_task(%tile_0_0, MM2S, 0, <pkt_type = 1, pkt_id = 2>) {
      aie.use_lock(%lock_0_0, AcquireGreaterEqual, 1)
      aie.dma_bd(%arg0 : memref<4096xbf16>, 4, 16) {packet = #aie.packet_info<pkt_type = 1, pkt_id = 3>, bd_id = 0 : i32}
      aie.use_lock(%lock_0_0, Release, 1)
      aie.end
    }
    aiex.dma_start_task(%t2)
    aiex.dma_free_task(%t2)
  }
}
