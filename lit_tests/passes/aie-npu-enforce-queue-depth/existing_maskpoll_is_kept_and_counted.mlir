// A queue-space maskpoll already in the input counts (at most 3 queued after it), so running the pass twice adds nothing.
// RUN: gemm-opt -p aie-npu-enforce-queue-depth,aie-npu-enforce-queue-depth %s | FileCheck %s

// Column 1 S2MM1: status register (1 << 25) | (0x1D220 + 4) = 0x0201D224 = 33673764.
// Five pushes, the input already polls before the 5th: no new poll, and the second
// pass run leaves the result unchanged.

// CHECK-LABEL: aie.runtime_sequence @already_polled
// CHECK-COUNT-1: aiex.npu.maskpoll {address = 33673764 : ui32, mask = 4194304 : ui32, value = 0 : ui32}
// CHECK-NOT: aiex.npu.maskpoll
module {
  aie.device(npu1) {
    aie.runtime_sequence @already_polled() {
      aiex.npu.push_queue(1, 0, S2MM : 1) {bd_id = 0 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(1, 0, S2MM : 1) {bd_id = 1 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(1, 0, S2MM : 1) {bd_id = 2 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.push_queue(1, 0, S2MM : 1) {bd_id = 3 : i32, issue_token = false, repeat_count = 0 : i32}
      aiex.npu.maskpoll {address = 0x0201D224 : ui32, mask = 0x400000 : ui32, value = 0 : ui32}
      aiex.npu.push_queue(1, 0, S2MM : 1) {bd_id = 4 : i32, issue_token = false, repeat_count = 0 : i32}
    }
  }
}
