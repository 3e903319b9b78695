// A sync retires the oldest token-issuing push and every push before it on its channel, so the freed slots need no poll.
// RUN: gemm-opt -p aie-npu-enforce-queue-depth %s | FileCheck %s

// Column 1 S2MM0. Pushes 0-3 fill the queue; push 1 issues a token. The sync on
// (1, 0, S2MM = 0, ch 0) consumes push 1's token: pushes 0 and 1 are retired, 2 remain,
// so pushes 4 and 5 bring the count back to 4 without a poll.

// CHECK-LABEL: aie.runtime_sequence @sync_room
// CHECK-NOT:  aiex.npu.maskpoll
// CHECK:      aiex.npu.sync
// CHECK-NOT:  aiex.npu.maskpoll
// CHECK:      aiex.npu.push_queue(1, 0, S2MM : 0) {bd_id = 5 : i32
// CHECK-NOT:  aiex.npu.maskpoll
module {
  aie.device(npu1) {
    aie.runtime_sequence @sync_room() {
      aiex.npu.push_queue(1, 0, S2MM : 0) {bd_id = 0 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(1, 0, S2MM : 0) {bd_id = 1 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.push_queue(1, 0, S2MM : 0) {bd_id = 2 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(1, 0, S2MM : 0) {bd_id = 3 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.sync {column = 1 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
      aiex.npu.push_queue(1, 0, S2MM : 0) {bd_id = 4 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(1, 0, S2MM : 0) {bd_id = 5 : i32, issue_token = false, repeat_count = 0 : i32}
    }
  }
}
