// A task BD that cannot be encoded fails with one line naming it: length vs dims, §8 pattern limits, alignment, missing ids, locks, non-shim tiles, unsubstituted tasks (spec §4.4, §8).
// RUN: gemm-opt --split-input-file --verify-diagnostics -p aie-dma-tasks-to-npu %s | FileCheck %s

// len must equal W(s0)·s1·s2 of the dims: 64 i32 vs 2·16 = 32 words.
// CHECK: aie.dma_bd(%a): len 64 elements (256 bytes) does not match the lowest three dimensions [1, 2, 16] (128 bytes); the highest dimension is the iteration count and is not part of len
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%a: memref<256xi32>) {
      %t = aiex.dma_configure_task(%tile_0_0, MM2S, 0) {
        aie.dma_bd(%a : memref<256xi32>, 0, 64, [<size = 2, stride = 32>, <size = 16, stride = 1>]) {bd_id = 0 : i32}
        aie.end
      }
    }
  }
}

// -----

// §8 step limit inside a task BD.
// CHECK: aie.dma_bd(%a): d1 stride 1048577 words exceeds the 20-bit shim limit (max 1048576)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%a: memref<256xi32>) {
      %t = aiex.dma_configure_task(%tile_0_0, MM2S, 0) {
        aie.dma_bd(%a : memref<256xi32>, 0, 32, [<size = 2, stride = 1048577>, <size = 16, stride = 1>]) {bd_id = 0 : i32}
        aie.end
      }
    }
  }
}

// -----

// §8 granularity: an i8 offset of 2 bytes.
// CHECK: aie.dma_bd(%b): offset 2 elements (2 bytes) is not 4-byte aligned
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%b: memref<256xi8>) {
      %t = aiex.dma_configure_task(%tile_0_0, S2MM, 0) {
        aie.dma_bd(%b : memref<256xi8>, 2, 64) {bd_id = 0 : i32}
        aie.end
      }
    }
  }
}

// -----

// Lowering before BD-id assignment.
// CHECK: aiex.dma_configure_task(tile (0, 0), MM2S, 0): aie.dma_bd(%a) has no bd_id; run aie-assign-runtime-sequence-bd-ids first
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.runtime_sequence @seq(%a: memref<256xi32>) {
      %t = aiex.dma_configure_task(%tile_0_0, MM2S, 0) {
        aie.dma_bd(%a : memref<256xi32>, 0, 64)
        aie.end
      }
    }
  }
}

// -----

// One use_lock alone: a BD takes an acquire/release pair or nothing.
// CHECK: aiex.dma_configure_task(tile (0, 0), MM2S, 0): a BD block takes 0 or 2 aie.use_lock ops (acquire and release), found 1
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    %lock = aie.lock(%tile_0_0, 0)
    aie.runtime_sequence @seq(%a: memref<256xi32>) {
      %t = aiex.dma_configure_task(%tile_0_0, MM2S, 0) {
        aie.use_lock(%lock, Acquire, 1)
        aie.dma_bd(%a : memref<256xi32>, 0, 64) {bd_id = 0 : i32}
        aie.end
      }
    }
  }
}

// -----

// Memtile (and core) BDs are not lowered by this project.
// CHECK: aiex.dma_configure_task(tile (0, 1), MM2S, 0): only shim tiles are supported; BDs of memtile and core tiles (aie.buffer bases) are not lowered by this project
module {
  aie.device(npu1) {
    %tile_0_1 = aie.tile(0, 1)
    aie.runtime_sequence @seq(%a: memref<256xi32>) {
      %t = aiex.dma_configure_task(%tile_0_1, MM2S, 0) {
        aie.dma_bd(%a : memref<256xi32>, 0, 64) {bd_id = 0 : i32}
        aie.end
      }
    }
  }
}

// -----

// dma_configure_task_for must be substituted first.
// CHECK: aiex.dma_configure_task_for @in: run aie-substitute-shim-dma-allocations first
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%a: memref<256xi32>) {
      %t = aiex.dma_configure_task_for @in {
        aie.dma_bd(%a : memref<256xi32>, 0, 64) {bd_id = 0 : i32}
        aie.end
      }
    }
  }
}
