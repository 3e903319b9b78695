// DMA tasks: await needs issue_token, task uses need a task, each block holds one aie.dma_bd and ends in next_bd/end, and channel, bd_id, repeat_count, packet and BD length stay in range (spec §3, §4.2, §8).
// RUN: gemm-opt --split-input-file --verify-diagnostics %s | FileCheck %s --match-full-lines

// dma_await_task waits for the task's completion token, so the task must issue one (spec §4.2).
// CHECK:      {{.*}}: error: aiex.dma_await_task: the task does not issue a token (set issue_token = true)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, MM2S, 0) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64)
      aie.end
    }
    aiex.dma_start_task(%task)
    aiex.dma_await_task(%task)
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_await_task: the task does not issue a token (set issue_token = true)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task_for @in {
      aie.dma_bd(%a : memref<64xi32>, 0, 64)
      aie.end
    } {issue_token = false}
    aiex.dma_start_task(%task)
    aiex.dma_await_task(%task)
  }
}

// -----
// start/await/free take a task, not any index value.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_start_task: the task operand must come from aiex.dma_configure_task(_for)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    aiex.dma_start_task(%t)
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_free_task: the task operand must come from aiex.dma_configure_task(_for)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    aiex.dma_free_task(%t)
  }
}

// -----
// A task has at least one BD, one aie.dma_bd per block.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_configure_task: a task needs at least one aie.dma_bd
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, MM2S, 0) {
    }
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_configure_task: each block of a task holds exactly one aie.dma_bd, found 0
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, MM2S, 0) {
      aie.end
    }
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_configure_task_for @in: each block of a task holds exactly one aie.dma_bd, found 2
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task_for @in {
      aie.dma_bd(%a : memref<64xi32>, 0, 64)
      aie.dma_bd(%a : memref<64xi32>, 0, 64)
      aie.end
    }
  }
}

// -----
// A BD block ends in aie.next_bd or aie.end (xDSL's terminator check words it).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: Operation aie.use_lock terminates block in multi-block region but is not a terminator
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  %l = aie.lock(%t, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, MM2S, 0) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64)
      aie.next_bd ^bb1
    ^bb1:
      aie.dma_bd(%a : memref<64xi32>, 0, 64)
      aie.use_lock(%l, Release, 1)
    }
  }
}

// -----
// repeat_count is the 8-bit queue Repeat_Count: <= 255.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_configure_task: repeat_count 256 exceeds the 8-bit limit (255)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, MM2S, 0) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64)
      aie.end
    } {repeat_count = 256 : i32}
  }
}

// -----
// Channels per direction: 2 on a shim (0..1), 6 on a memtile (0..5) (spec §5).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_configure_task: channel 2 out of range for tile (0, 0) (0..1)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, S2MM, 2) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64)
      aie.end
    }
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_configure_task: channel 6 out of range for tile (0, 1) (0..5)
aie.device(npu1) {
  %m = aie.tile(0, 1)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%m, MM2S, 6) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64)
      aie.end
    }
  }
}

// -----
// The tile operand must be an aie.tile.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_configure_task: the tile operand must be an aie.tile value
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  %l = aie.lock(%t, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%l, MM2S, 0) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64)
      aie.end
    }
  }
}

// -----
// A user bd_id names one of the tile's BDs: 16 on a shim (0..15), 48 on a memtile (0..47).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_configure_task: bd_id 16 out of range (0..15)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, MM2S, 0) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64) {bd_id = 16 : i32}
      aie.end
    }
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_configure_task_for @in: bd_id 16 out of range (0..15)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task_for @in {
      aie.dma_bd(%a : memref<64xi32>, 0, 64) {bd_id = 16 : i32}
      aie.end
    }
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_configure_task: bd_id 48 out of range (0..47)
aie.device(npu1) {
  %m = aie.tile(0, 1)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%m, MM2S, 5) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64) {bd_id = 48 : i32}
      aie.end
    }
  }
}

// -----
// Packet headers: pkt_id <= 31, pkt_type <= 7, on the task and on a BD.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_configure_task: pkt_type 8 exceeds the 3-bit limit (7)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, MM2S, 0, <pkt_type = 8, pkt_id = 1>) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64)
      aie.end
    }
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.dma_bd: pkt_id 32 exceeds the 5-bit limit (31)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, MM2S, 0) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64) {packet = #aie.packet_info<pkt_type = 0, pkt_id = 32>}
      aie.end
    }
  }
}

// -----
// A BD moves at least one element from a non-negative offset.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.dma_bd: len must be > 0, got 0
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, MM2S, 0) {
      aie.dma_bd(%a : memref<64xi32>, 0, 0)
      aie.end
    }
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.dma_bd: offset must be >= 0, got -4
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, MM2S, 0) {
      aie.dma_bd(%a : memref<64xi32> offset = -4 len = 4)
      aie.end
    }
  }
}

// -----
// The keyword form pairs sizes with strides.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.dma_bd: sizes and strides need the same length
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, MM2S, 0) {
      aie.dma_bd(%a : memref<64xi32> offset = 0 len = 64 sizes = [4, 16] strides = [16])
      aie.end
    }
  }
}

// -----
// Task attributes are issue_token and repeat_count only.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_configure_task: unknown attribute 'issue_tokens' (expected: issue_token, repeat_count)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, MM2S, 0) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64)
      aie.end
    } {issue_tokens = true}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.dma_configure_task: issue_token must be true or false, got 3 : i32
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%t, MM2S, 0) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64)
      aie.end
    } {issue_token = 3 : i32}
  }
}

// -----
// The largest legal values verify: memtile channel 5 with BD 47, shim BD 15, repeat_count 255.
// CHECK-NEXT: // -----
// CHECK-NEXT: module {
// CHECK:        %task = aiex.dma_configure_task(%m, MM2S, 5) {
// CHECK-NEXT:     aie.dma_bd(%a : memref<64xi32>, 0, 64) {bd_id = 47 : i32}
// CHECK:        } {issue_token = true, repeat_count = 255 : i32}
// CHECK:        %task2 = aiex.dma_configure_task(%t, S2MM, 1) {
// CHECK-NEXT:     aie.dma_bd(%a : memref<64xi32>, 0, 64) {bd_id = 15 : i32}
aie.device(npu1) {
  %t = aie.tile(0, 0)
  %m = aie.tile(0, 1)
  aie.runtime_sequence(%a: memref<64xi32>) {
    %task = aiex.dma_configure_task(%m, MM2S, 5) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64) {bd_id = 47 : i32}
      aie.end
    } {issue_token = true, repeat_count = 255 : i32}
    aiex.dma_start_task(%task)
    aiex.dma_await_task(%task)
    %task2 = aiex.dma_configure_task(%t, S2MM, 1) {
      aie.dma_bd(%a : memref<64xi32>, 0, 64) {bd_id = 15 : i32}
      aie.end
    }
  }
}
