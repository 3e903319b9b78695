// Queue depth is counted per (column, row, direction, channel): four pushes on each of several channels need no poll.
// RUN: gemm-opt -p aie-npu-enforce-queue-depth %s | FileCheck %s

// 4 pushes each on col 0 MM2S0, col 0 MM2S1, col 0 S2MM0 (the same BD ids on
// different channels) and col 3 MM2S0: 16 pushes, none is a channel's 5th.

// CHECK-LABEL: aie.runtime_sequence @independent
// CHECK-NOT: aiex.npu.maskpoll
module {
  aie.device(npu1) {
    aie.runtime_sequence @independent() {
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 0 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 4 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, S2MM : 0) {bd_id = 8 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.push_queue(3, 0, MM2S : 0) {bd_id = 0 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 1 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 5 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, S2MM : 0) {bd_id = 9 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.push_queue(3, 0, MM2S : 0) {bd_id = 1 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 2 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 6 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, S2MM : 0) {bd_id = 10 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.push_queue(3, 0, MM2S : 0) {bd_id = 2 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 3 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 7 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, S2MM : 0) {bd_id = 11 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.push_queue(3, 0, MM2S : 0) {bd_id = 3 : i32, issue_token = false, repeat_count = 0 : i32}
    }
  }
}
