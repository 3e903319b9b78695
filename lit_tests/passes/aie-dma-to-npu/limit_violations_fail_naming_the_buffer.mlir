// Every spec §8 shim limit a dma_memcpy_nd can break fails with one line that names the memref argument; nothing is lowered.
// RUN: gemm-opt --split-input-file --verify-diagnostics -p aie-dma-to-npu %s | FileCheck %s
// RUN: gemm-opt --split-input-file --verify-diagnostics -p aie-dma-to-npu %s | FileCheck %s --check-prefix=NONE
// NONE-NOT: aiex.npu.blockwrite
// d1 step (§8 step <= 2^20 words): W(1048577) = 1048577 words
// CHECK: aiex.npu.dma_memcpy_nd(%B_3): d1 stride 1048577 words exceeds the 20-bit shim limit (max 1048576)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B_3: memref<8xi32>) {
      aiex.npu.dma_memcpy_nd(%B_3[0, 0, 0, 0][1, 1, 2, 8][0, 0, 1048577, 1]) {id = 0 : i64, metadata = @in} : memref<8xi32>
    }
  }
}

// -----

// d0 wrap (§8 d0/d1 wrap <= 1023): W(1024) = 1024 words, not contiguous (t1 = 2048 != s0)
// CHECK: aiex.npu.dma_memcpy_nd(%B): d0 size 1024 words exceeds the 10-bit wrap limit (1023)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<8xi32>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][1, 1, 2, 1024][0, 0, 2048, 1]) {id = 0 : i64, metadata = @in} : memref<8xi32>
    }
  }
}

// -----

// d1 wrap (§8): s1 = 1024
// CHECK: aiex.npu.dma_memcpy_nd(%B): d1 size 1024 exceeds the 10-bit wrap limit (1023)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<8xi32>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][1, 1, 1024, 8][0, 0, 16, 1]) {id = 0 : i64, metadata = @in} : memref<8xi32>
    }
  }
}

// -----

// d2 step (§8 step): W(1048577)
// CHECK: aiex.npu.dma_memcpy_nd(%B): d2 stride 1048577 words exceeds the 20-bit shim limit (max 1048576)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<8xi32>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][1, 2, 2, 8][0, 1048577, 16, 1]) {id = 0 : i64, metadata = @in} : memref<8xi32>
    }
  }
}

// -----

// iteration wrap (§8 s3 <= 64 when t3 > 0): s3 = 65
// CHECK: aiex.npu.dma_memcpy_nd(%B): iteration size 65 exceeds the 6-bit iteration wrap limit (64)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<8xi32>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][65, 1, 1, 8][8, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<8xi32>
    }
  }
}

// -----

// iteration step (§8 step): W(1048577)
// CHECK: aiex.npu.dma_memcpy_nd(%B): d3 (iteration) stride 1048577 words exceeds the 20-bit shim limit (max 1048576)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<8xi32>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][2, 1, 1, 8][1048577, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<8xi32>
    }
  }
}

// -----

// repeat_count (§8 0..255): s3 = 257 with t3 = 0 gives repeat 256
// CHECK: aiex.npu.dma_memcpy_nd(%B): repeat count 256 (sizes[0] - 1) exceeds the 8-bit limit (255)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<8xi32>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][257, 1, 1, 8][0, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<8xi32>
    }
  }
}

// -----

// granularity (§8 4 bytes): d0 = 6 i8 = 6 bytes
// CHECK: aiex.npu.dma_memcpy_nd(%B): d0 size 6 elements (6 bytes) is not a multiple of 4 bytes
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<64xi8>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][1, 1, 1, 6][0, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<64xi8>
    }
  }
}

// -----

// granularity (§8): a bf16 d1 stride of 17 elements = 34 bytes
// CHECK: aiex.npu.dma_memcpy_nd(%B): d1 stride 17 elements is not a multiple of 4 bytes
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<64xbf16>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][1, 1, 2, 8][0, 0, 17, 1]) {id = 0 : i64, metadata = @in} : memref<64xbf16>
    }
  }
}

// -----

// granularity (§8): an i8 start offset of 2 bytes
// CHECK: aiex.npu.dma_memcpy_nd(%B): offset 2 elements is not 4-byte aligned
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<64xi8>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 2][1, 1, 1, 8][0, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<64xi8>
    }
  }
}

// -----

// a zero stride is legal only in d3 (§4.1: strides are encoded minus one)
// CHECK: aiex.npu.dma_memcpy_nd(%B): d1 stride 0 with size 4: a zero stride is only legal in dimension 3 (repeat)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][1, 1, 4, 8][0, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<64xi32>
    }
  }
}

// -----

// sizes must be positive (§3)
// CHECK: aiex.npu.dma_memcpy_nd(%B): sizes must be > 0, got [1, 1, 0, 8]
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][1, 1, 0, 8][0, 0, 8, 1]) {id = 0 : i64, metadata = @in} : memref<64xi32>
    }
  }
}

// -----

// element width <= 32 bits (§3)
// CHECK: aiex.npu.dma_memcpy_nd(%B): element width 64 bits exceeds 32
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<64xi64>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][1, 1, 1, 8][0, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<64xi64>
    }
  }
}

// -----

// shim BD ids 0..15 (§8)
// CHECK: aiex.npu.dma_memcpy_nd(%B): id 16 out of range (shim BDs 0..15)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][1, 1, 1, 8][0, 0, 0, 1]) {id = 16 : i64, metadata = @in} : memref<64xi32>
    }
  }
}

// -----

// packet id <= 31 (§3)
// CHECK: aiex.npu.dma_memcpy_nd(%B): pkt_id 32 exceeds the 5-bit limit (31)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][1, 1, 1, 8][0, 0, 0, 1], packet = <pkt_id = 32, pkt_type = 0>) {id = 0 : i64, metadata = @in} : memref<64xi32>
    }
  }
}

// -----

// packet type <= 7 (§3)
// CHECK: aiex.npu.dma_memcpy_nd(%B): pkt_type 8 exceeds the 3-bit limit (7)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][1, 1, 1, 8][0, 0, 0, 1], packet = <pkt_id = 1, pkt_type = 8>) {id = 0 : i64, metadata = @in} : memref<64xi32>
    }
  }
}

// -----

// host buffers (§8 <= 16, kMaxHostBOs): the 17th memref argument would be arg_idx 16
// CHECK: aiex.npu.dma_memcpy_nd(%q): host buffer %q is memref argument 16; at most 16 host buffers are supported (arg_idx 0..15, kMaxHostBOs)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%b0: memref<8xi32>, %b1: memref<8xi32>, %b2: memref<8xi32>, %b3: memref<8xi32>, %b4: memref<8xi32>, %b5: memref<8xi32>, %b6: memref<8xi32>, %b7: memref<8xi32>, %b8: memref<8xi32>, %b9: memref<8xi32>, %b10: memref<8xi32>, %b11: memref<8xi32>, %b12: memref<8xi32>, %b13: memref<8xi32>, %b14: memref<8xi32>, %b15: memref<8xi32>, %q: memref<8xi32>) {
      aiex.npu.dma_memcpy_nd(%q[0, 0, 0, 0][1, 1, 1, 8][0, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<8xi32>
    }
  }
}

// -----

// granularity (§8): a subview start of 2 bytes makes arg_plus unaligned although the transfer's own offset is 0
// CHECK: aiex.npu.dma_memcpy_nd(%s): start offset 2 bytes is not 4-byte aligned
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%b: memref<64xi8>) {
      %s = memref.subview %b[2] [32] [1] : memref<64xi8> to memref<32xi8, strided<[1], offset: 2>>
      aiex.npu.dma_memcpy_nd(%s[0, 0, 0, 0][1, 1, 1, 8][0, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<32xi8, strided<[1], offset: 2>>
    }
  }
}

// -----

// a subview that is not a contiguous slice cannot be patched as one base address (§4.3 step 2)
// CHECK: aiex.npu.dma_memcpy_nd(%s): memref.subview with non-unit strides [2] is not a contiguous slice of the host buffer
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%b: memref<64xi32>) {
      %s = memref.subview %b[0] [16] [2] : memref<64xi32> to memref<16xi32, strided<[2]>>
      aiex.npu.dma_memcpy_nd(%s[0, 0, 0, 0][1, 1, 1, 8][0, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<16xi32, strided<[2]>>
    }
  }
}
// -----

// PD (spec §4.3 step 4): repeat_count / iter_size cannot be combined with a d3 size > 1
// CHECK: aiex.npu.dma_memcpy_nd(%B): iter_size/repeat_count cannot be combined with sizes[0] > 1 (PD)
module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%B[0, 0, 0, 0][2, 1, 1, 8][0, 0, 0, 1]) {id = 0 : i64, metadata = @in, repeat_count = 3 : i64} : memref<64xi32>
    }
  }
}
