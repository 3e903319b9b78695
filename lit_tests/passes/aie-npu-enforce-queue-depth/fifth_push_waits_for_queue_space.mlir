// A 5th outstanding push on a channel is preceded by a maskpoll of that channel's status register until Task_Queue_Size bit 22 clears.
// RUN: gemm-opt -p aie-npu-enforce-queue-depth %s | FileCheck %s

// Column 2, MM2S channel 1. Status register = (2 << 25) | (0x1D228 + 4*1)
//   = 0x04000000 | 0x1D22C = 0x0401D22C = 67228204.
// mask = 4 << 20 = 0x400000 = 4194304 (bit 22 of Task_Queue_Size [22:20]), value = 0.
// Pushes 1-4 fill the 4-deep queue; only push 5 needs the poll.

// CHECK-LABEL: aie.runtime_sequence @five_pushes
// CHECK:      aiex.npu.push_queue(2, 0, MM2S : 1) {bd_id = 0 : i32
// CHECK-NEXT: aiex.npu.push_queue(2, 0, MM2S : 1) {bd_id = 1 : i32
// CHECK-NEXT: aiex.npu.push_queue(2, 0, MM2S : 1) {bd_id = 2 : i32
// CHECK-NEXT: aiex.npu.push_queue(2, 0, MM2S : 1) {bd_id = 3 : i32
// CHECK-NEXT: aiex.npu.maskpoll {address = 67228204 : ui32, mask = 4194304 : ui32, value = 0 : ui32}
// CHECK-NEXT: aiex.npu.push_queue(2, 0, MM2S : 1) {bd_id = 4 : i32
// CHECK-NOT:  aiex.npu.maskpoll
// CHECK:      }
module {
  aie.device(npu1) {
    aie.runtime_sequence @five_pushes() {
      aiex.npu.push_queue(2, 0, MM2S : 1) {bd_id = 0 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(2, 0, MM2S : 1) {bd_id = 1 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(2, 0, MM2S : 1) {bd_id = 2 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(2, 0, MM2S : 1) {bd_id = 3 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(2, 0, MM2S : 1) {bd_id = 4 : i32, issue_token = false, repeat_count = 0 : i32}
    }
  }
}
