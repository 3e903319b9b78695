// aiex.npu.dma_memcpy_nd enforces the shim limits of spec §3/§8 (BD id, wraps, steps, iteration, repeat, 4-byte granularity, zero strides, bursts, packet, element width, sizes); each violation is a one-line error.
// RUN: gemm-opt --split-input-file --verify-diagnostics %s | FileCheck %s --match-full-lines

// Patterns are [offsets][sizes][strides] in elements, highest dimension first; W(x) = x·eb/32 words (spec §1).
// Messages name the op by its buffer operand, %a.
// BD ids are 0..15 (16 shim BDs).
// CHECK:      {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): id 16 out of range (shim BDs 0..15)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,16][0,0,0,1]) {id = 16 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): id -1 out of range (shim BDs 0..15)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,16][0,0,0,1]) {id = -1 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// d0 wrap: W(1024) = 1024 words > 1023; not contiguous because t1 = 2048 != s0 = 1024.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d0 size 1024 words exceeds the 10-bit wrap limit (1023)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,2,1024][0,0,2048,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// The d0 limit counts words: 4096 i8 = 4096·8/32 = 1024 words.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d0 size 1024 words exceeds the 10-bit wrap limit (1023)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<16384xi8>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,2,4096][0,0,8192,1]) {id = 0 : i64, metadata = @in} : memref<16384xi8>
  }
}

// -----
// d1 wrap: s1 = 1024 > 1023 (t1 = 4 != s0 = 2, so not linear).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d1 size 1024 exceeds the 10-bit wrap limit (1023)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1024,2][0,0,4,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// Steps are at most 2^20 = 1048576 words: d1 stride 1048577.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d1 stride 1048577 words exceeds the 20-bit shim limit (max 1048576)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,2,4][0,0,1048577,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// In words: 2097154 bf16 = 2097154·16/32 = 1048577 words.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d1 stride 1048577 words exceeds the 20-bit shim limit (max 1048576)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xbf16>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,2,4][0,0,2097154,1]) {id = 0 : i64, metadata = @in} : memref<4096xbf16>
  }
}

// -----
// d2 stride.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d2 stride 1048577 words exceeds the 20-bit shim limit (max 1048576)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,2,2,4][0,1048577,8,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// Iteration (d3) stride, t3 > 0.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d3 (iteration) stride 1048577 words exceeds the 20-bit shim limit (max 1048576)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][2,1,2,4][1048577,0,8,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// Iteration wrap: s3 <= 64 when t3 > 0.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): iteration size 65 exceeds the 6-bit iteration wrap limit (64)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][65,1,2,4][8,0,8,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// Repeat: s3 - 1 = 256 > 255 (t3 = 0, a plain repeat).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): repeat count 256 (sizes[0] - 1) exceeds the 8-bit limit (255)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][257,1,1,4][0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// 4-byte granularity: d0 of 3 i8 = 3 bytes.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d0 size 3 elements (3 bytes) is not a multiple of 4 bytes
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi8>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,2,3][0,0,8,1]) {id = 0 : i64, metadata = @in} : memref<4096xi8>
  }
}

// -----
// d0 of 5 bf16 = 10 bytes.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d0 size 5 elements (10 bytes) is not a multiple of 4 bytes
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xbf16>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,5][0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<4096xbf16>
  }
}

// -----
// A stride of 6 i8 = 6 bytes.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d1 stride 6 elements is not a multiple of 4 bytes
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi8>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,2,4][0,0,6,1]) {id = 0 : i64, metadata = @in} : memref<4096xi8>
  }
}

// -----
// A non-unit d0 stride of 2 i8 = 2 bytes (a unit d0 stride is exempt).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d0 stride 2 elements is not a multiple of 4 bytes
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi8>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,4][0,0,0,2]) {id = 0 : i64, metadata = @in} : memref<4096xi8>
  }
}

// -----
// mlir-aie's own case: offsets [0,0,1] with strides [0,1,1] on i8 start at byte 1.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): offset 1 elements is not 4-byte aligned
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<8xi8>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,1][1,1,8][0,1,1]) {id = 0 : i64, metadata = @in} : memref<8xi8>
  }
}

// -----
// Offset 1 bf16 = 2 bytes.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): offset 1 elements is not 4-byte aligned
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xbf16>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,1][1,1,1,4][0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<4096xbf16>
  }
}

// -----
// Offset via an outer dimension: o1·t1 = 3·3 = 9 i8 = 9 bytes (t1 = 3 itself is unaligned, but d1 has size 1 and is exempt).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): offset 9 elements is not 4-byte aligned
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi8>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,3,0][1,1,1,4][0,0,3,1]) {id = 0 : i64, metadata = @in} : memref<4096xi8>
  }
}

// -----
// A zero stride with size > 1 is only legal in dimension 3: d1.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d1 stride 0 with size 2: a zero stride is only legal in dimension 3 (repeat)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,2,4][0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// d2.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d2 stride 0 with size 2: a zero stride is only legal in dimension 3 (repeat)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,2,2,4][0,0,8,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// d0.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): d0 stride 0 with size 4: a zero stride is only legal in dimension 3 (repeat)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,4][0,0,0,0]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// Bursts: 512 B exists on npu2 only (spec §5).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): burst_length 512 is not supported on npu1 (allowed: 0, 64, 128, 256 bytes)
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,4][0,0,0,1]) {burst_length = 512 : i64, id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// Any other value is an error (PD).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): burst_length 100 is not supported on npu2 (allowed: 0, 64, 128, 256, 512 bytes)
aie.device(npu2) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,4][0,0,0,1]) {burst_length = 100 : i64, id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): burst_length 1024 is not supported on npu2 (allowed: 0, 64, 128, 256, 512 bytes)
aie.device(npu2) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,4][0,0,0,1]) {burst_length = 1024 : i64, id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// Packet header: pkt_id <= 31 (5 bits).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): pkt_id 32 exceeds the 5-bit limit (31)
aie.device(npu2) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,4][0,0,0,1], packet = <pkt_id = 32, pkt_type = 0>) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// pkt_type <= 7 (3 bits).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): pkt_type 8 exceeds the 3-bit limit (7)
aie.device(npu2) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,4][0,0,0,1], packet = <pkt_id = 0, pkt_type = 8>) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// Element width <= 32 bits.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): element width 64 bits exceeds 32
aie.device(npu2) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi64>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,4][0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<4096xi64>
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): element width 64 bits exceeds 32
aie.device(npu2) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xf64>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,4][0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<4096xf64>
  }
}

// -----
// Sizes > 0.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): sizes must be > 0, got [1, 1, 0, 4]
aie.device(npu2) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,0,4][0,0,4,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): sizes must be > 0, got [-1, 1, 1, 4]
aie.device(npu2) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][-1,1,1,4][0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// Offsets >= 0 (a negative byte offset has no host address).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): offsets must be >= 0, got [0, 0, 0, -4]
aie.device(npu2) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,-4][1,1,1,4][0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// Strides >= 0.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): strides must be >= 0, got [0, 0, -4, 1]
aie.device(npu2) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,2,4][0,0,-4,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// 2026 iteration attributes cannot be combined with s3 > 1 (PD, spec §4.3).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd(%a): iter_size/repeat_count cannot be combined with sizes[0] > 1 (PD)
aie.device(npu2) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][2,1,1,4][0,0,0,1]) {id = 0 : i64, iter_size = 2 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// Each list has 4 (or 3) static entries.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd: offsets need 4 (or 3) static entries, got 2
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0][1,1,1,4][0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd: sizes need 4 (or 3) static entries, got 5
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,1,4][0,0,0,0,1]) {id = 0 : i64, metadata = @in} : memref<4096xi32>
  }
}

// -----
// id and metadata are required.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd: missing required attribute(s) id
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,4][0,0,0,1]) {metadata = @in} : memref<4096xi32>
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd: missing required attribute(s) metadata
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,4][0,0,0,1]) {id = 0 : i64} : memref<4096xi32>
  }
}

// -----
// metadata is a symbol reference.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd: metadata must be a symbol reference (@name), got "in"
aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<4096xi32>) {
    aiex.npu.dma_memcpy_nd(%a[0,0,0,0][1,1,1,4][0,0,0,1]) {id = 0 : i64, metadata = "in"} : memref<4096xi32>
  }
}
