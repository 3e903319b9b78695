// Runtime sequences must be straight-line: an scf.for in the sequence is rejected with one clear error.
// RUN: not gemm-opt -p aie-npu-enforce-queue-depth %s 2>&1 | FileCheck %s

// CHECK: gemm-opt: error: aie-npu-enforce-queue-depth: runtime control flow ('scf.for') in a runtime sequence is not supported: sequences must be straight-line
module {
  aie.device(npu1) {
    aie.runtime_sequence @loop() {
      %lb = arith.constant 0 : index
      %ub = arith.constant 8 : index
      %st = arith.constant 1 : index
      scf.for %i = %lb to %ub step %st {
        aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 0 : i32, issue_token = false, repeat_count = 0 : i32}
      }
    }
  }
}
