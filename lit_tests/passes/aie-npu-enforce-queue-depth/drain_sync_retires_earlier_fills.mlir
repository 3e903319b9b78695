// A sync on a shim S2MM drain also retires the pushes made BEFORE that drain on the MM2S channels feeding it (the verifier's completion rule), so those fills free their slots; fills pushed after the drain do not.
// RUN: gemm-opt --split-input-file -p aie-npu-enforce-queue-depth %s | FileCheck %s

// No objectfifos: every MM2S channel feeds every S2MM channel. Four MM2S0 fills (no
// token) fill the queue, then the drain (S2MM0, token) and its sync: the fills were
// pushed before the drain, so they are retired and four more fills need no poll.
// CHECK-LABEL: aie.runtime_sequence @fills_then_drain
// CHECK-NOT: aiex.npu.maskpoll
// CHECK: aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 7 : i32
module {
  aie.device(npu1) {
    aie.runtime_sequence @fills_then_drain() {
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 0 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 1 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 2 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 3 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, S2MM : 0) {bd_id = 8 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 4 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 5 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 6 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 7 : i32, issue_token = false, repeat_count = 0 : i32}
    }
  }
}

// -----

// The drain is pushed first: the four fills after it are not retired by its sync, so
// the 5th fill waits for queue space (col 0 MM2S0 status 0x1D228 = 119336).
// CHECK-LABEL: aie.runtime_sequence @drain_then_fills
// CHECK:      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 3 : i32
// CHECK-NEXT: aiex.npu.sync
// CHECK-NEXT: aiex.npu.maskpoll {address = 119336 : ui32, mask = 4194304 : ui32, value = 0 : ui32}
// CHECK-NEXT: aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 4 : i32
module {
  aie.device(npu1) {
    aie.runtime_sequence @drain_then_fills() {
      aiex.npu.push_queue(0, 0, S2MM : 0) {bd_id = 8 : i32, issue_token = true, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 0 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 1 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 2 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 3 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
      aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 4 : i32, issue_token = false, repeat_count = 0 : i32}
    }
  }
}
