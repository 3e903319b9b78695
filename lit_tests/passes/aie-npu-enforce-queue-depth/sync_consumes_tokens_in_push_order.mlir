// A sync consumes the TCT of the oldest token push whose token is unconsumed, even if a poll already counted that push as started; it never retires a later token push.
// RUN: gemm-opt -p aie-npu-enforce-queue-depth %s | FileCheck %s

// Column 0 MM2S1 (status 0x1D22C = 119340). Pushes: P0 (token), P1, P2, P3 -> full.
// P4 (token) needs poll #1 (P0 has started; P1-P4 may be queued). The sync consumes
// P0's TCT, which retires only P0: P1-P4 may still be queued, so P5 needs poll #2.
// (Retiring "the newest token push", P4, would have skipped poll #2.)

// CHECK-LABEL: aie.runtime_sequence @tokens_in_order
// CHECK:      aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 3 : i32
// CHECK-NEXT: aiex.npu.maskpoll {address = 119340 : ui32, mask = 4194304 : ui32, value = 0 : ui32}
// CHECK-NEXT: aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 4 : i32
// CHECK-NEXT: aiex.npu.sync
// CHECK-NEXT: aiex.npu.maskpoll {address = 119340 : ui32, mask = 4194304 : ui32, value = 0 : ui32}
// CHECK-NEXT: aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 5 : i32
module {
  aie.device(npu1) {
    aie.runtime_sequence @tokens_in_order() {
      aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 0 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 1 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 2 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 3 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 4 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 1 : i32, column_num = 1 : i32, row_num = 1 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 1) {bd_id = 5 : i32, issue_token = false, repeat_count = 0 : i32}
    }
  }
}
