// In a task BD a d3 dimension with stride 0 adds no iteration (iteration fields 0) and does not set the queue repeat: only the task's repeat_count repeats it (mlir-aie AIEDMATasksToNPU.cpp, spec §4.4).
// RUN: gemm-opt -p aie-dma-tasks-to-npu %s | FileCheck %s

// dims [<4,0>,<1,0>,<2,128>,<64,1>] i32: d0 64 words / step 0, d1 2 / W(128)-1 = 127, d2 step 0 (s2 = 1), no iteration.
// CHECK: aiex.npu.writebd {bd_id = 1 : i32, {{.*}}d0_size = 64 : i32, d0_stride = 0 : i32, {{.*}}d1_size = 2 : i32, d1_stride = 127 : i32, {{.*}}iteration_current = 0 : i32, iteration_size = 0 : i32, iteration_stride = 0 : i32
// The push repeats by the task's repeat_count (2), not s3-1 (3).
// CHECK: aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 1 : i32, issue_token = false, repeat_count = 2 : i32}
// And with a d3 stride > 0 the iteration fields are set: wrap 4-1 = 3, step W(512)-1 = 511.
// CHECK: aiex.npu.writebd {bd_id = 2 : i32, {{.*}}iteration_size = 3 : i32, iteration_stride = 511 : i32
// CHECK: aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 2 : i32, issue_token = false, repeat_count = 0 : i32}

module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%a: memref<4096xi32>) {
      %t = aiex.dma_configure_task(%tile_0_0, MM2S, 0) {
        aie.dma_bd(%a : memref<4096xi32>, 0, 128, [<size = 4, stride = 0>, <size = 1, stride = 0>, <size = 2, stride = 128>, <size = 64, stride = 1>]) {bd_id = 1 : i32}
        aie.end
      } {repeat_count = 2 : i32}
      aiex.dma_start_task(%t)
      %u = aiex.dma_configure_task(%tile_0_0, MM2S, 0) {
        aie.dma_bd(%a : memref<4096xi32>, 0, 128, [<size = 4, stride = 512>, <size = 1, stride = 0>, <size = 2, stride = 128>, <size = 64, stride = 1>]) {bd_id = 2 : i32}
        aie.end
      }
      aiex.dma_start_task(%u)
    }
  }
}
