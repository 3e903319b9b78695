// An op that must be lowered first (dma_memcpy_nd, push_queue, dma_wait, DMA tasks, ...) is a one-line error, never silently skipped (spec §6 PD).
// RUN: rm -rf %t && mkdir -p %t
// RUN: not gemm-translate %s --npu-to-binary -o %t/out.bin --sequence-name=memcpy 2>&1 | %one-line | FileCheck %s --check-prefix=MEMCPY
// RUN: not gemm-translate %s --npu-to-binary -o %t/out.bin --sequence-name=push 2>&1 | %one-line | FileCheck %s --check-prefix=PUSH
// RUN: not gemm-translate %s --npu-to-binary -o %t/out.bin --sequence-name=wait 2>&1 | %one-line | FileCheck %s --check-prefix=WAIT
// RUN: not gemm-translate %s --npu-to-binary -o %t/out.bin --sequence-name=task 2>&1 | %one-line | FileCheck %s --check-prefix=TASK
// RUN: not gemm-translate %s --npu-to-binary -o %t/out.bin --sequence-name=lock 2>&1 | %one-line | FileCheck %s --check-prefix=LOCK
// RUN: not gemm-translate %s --npu-to-binary -o %t/out.bin --sequence-name=rtp 2>&1 | %one-line | FileCheck %s --check-prefix=RTP
// RUN: not gemm-translate %s --npu-to-binary -o %t/out.bin --sequence-name=loop 2>&1 | %one-line | FileCheck %s --check-prefix=LOOP
// The failing op comes after translatable ones: nothing is printed for them either.
// RUN: not gemm-translate %s --npu-to-hex --sequence-name=late 2>&1 | %one-line | FileCheck %s --check-prefix=PUSH
// RUN: %python -c "import os, sys; sys.exit(len(os.listdir(sys.argv[1])))" %t

// MEMCPY: gemm-translate: error: 'aiex.npu.dma_memcpy_nd' cannot be translated to TXN; lower it first (gemm-opt -p aie-dma-to-npu) or remove it
// PUSH: gemm-translate: error: 'aiex.npu.push_queue' cannot be translated to TXN; lower it first (gemm-opt -p aie-dma-to-npu) or remove it
// WAIT: gemm-translate: error: 'aiex.npu.dma_wait' cannot be translated to TXN; lower it first
// TASK: gemm-translate: error: 'aiex.dma_configure_task_for' with a region in a runtime sequence: runtime control flow cannot be encoded
// LOCK: gemm-translate: error: 'aiex.set_lock' cannot be translated to TXN; lower it first
// RTP: gemm-translate: error: 'aiex.npu.rtp_write' cannot be translated to TXN; lower it first
// LOOP: gemm-translate: error: 'scf.for' with a region in a runtime sequence: runtime control flow cannot be encoded

module {
  aie.device(npu1) {
    %t00 = aie.tile(0, 0)
    %t02 = aie.tile(0, 2)
    %buf = aie.buffer(%t02) {sym_name = "rtp_buf"} : memref<16xi32>
    %lk = aie.lock(%t02, 0) {init = 0 : i32}
    aie.shim_dma_allocation @alloc (%t00, MM2S, 0)
    aie.runtime_sequence @memcpy(%a: memref<16xi32>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 0 : i64, metadata = @alloc} : memref<16xi32>
    }
    aie.runtime_sequence @push() {
      aiex.npu.push_queue(0, 0, MM2S : 0) {issue_token = true, repeat_count = 0 : i32, bd_id = 0 : i32}
    }
    aie.runtime_sequence @wait() {
      aiex.npu.dma_wait {symbol = @alloc}
    }
    aie.runtime_sequence @task(%a: memref<16xi32>) {
      %t = aiex.dma_configure_task_for @alloc {
        aie.dma_bd(%a : memref<16xi32>, 0, 16)
        aie.end
      } {issue_token = true}
      aiex.dma_start_task(%t)
      aiex.dma_await_task(%t)
    }
    aie.runtime_sequence @lock() {
      aiex.set_lock(%lk, 1)
    }
    aie.runtime_sequence @rtp() {
      aiex.npu.rtp_write(@rtp_buf, 0, 5)
    }
    aie.runtime_sequence @loop() {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c4 = arith.constant 4 : index
      scf.for %i = %c0 to %c4 step %c1 {
        aiex.npu.write32 {address = 0x0001D214 : ui32, value = 1 : ui32}
      }
    }
    aie.runtime_sequence @late() {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 1 : ui32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
      aiex.npu.push_queue(0, 0, S2MM : 0) {issue_token = true, repeat_count = 0 : i32, bd_id = 1 : i32}
    }
  }
}
