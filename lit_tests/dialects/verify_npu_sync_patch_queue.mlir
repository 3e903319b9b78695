// sync fields fit the 8-bit TCT fields with direction 0 or 1; address_patch needs arg_idx < 16 and a 4-byte-aligned addr; push_queue needs bd_id < 16, repeat <= 255, channel 0..1 (spec §5, §6, §7, §8).
// RUN: gemm-opt --split-input-file --verify-diagnostics %s | FileCheck %s --match-full-lines

// sync record word 2 = dir|row<<8|col<<16 and word 3 = row_num<<8|col_num<<16|ch<<24 (spec §6): 8 bits each.
// CHECK:      {{.*}}: error: aiex.npu.sync: column = 256 does not fit the 8-bit TCT field
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.sync {column = 256 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.sync: row = 256 does not fit the 8-bit TCT field
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.sync {column = 0 : i32, row = 256 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.sync: channel = 256 does not fit the 8-bit TCT field
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 0 : i32, channel = 256 : i32, column_num = 1 : i32, row_num = 1 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.sync: column_num = 256 does not fit the 8-bit TCT field
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 256 : i32, row_num = 1 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.sync: row_num = 256 does not fit the 8-bit TCT field
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 256 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.sync: column = -1 does not fit the 8-bit TCT field
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.sync {column = -1 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
  }
}

// -----
// Direction: S2MM = 0, MM2S = 1 (spec §3).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.sync: direction must be 0 (S2MM) or 1 (MM2S)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 2 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
  }
}

// -----
// The SSA form is checked the same way: 256 : i32.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.sync: row_num = 256 does not fit the 8-bit TCT field
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    %c256 = arith.constant 256 : i32
    aiex.npu.sync(%c0, %c0, %c0, %c0, %c1, %c256) : i32, i32, i32, i32, i32, i32
  }
}

// -----
// -1 : i32 (bits 0xFFFFFFFF) is kept as the signless i32 -1.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.sync: direction = -1 does not fit the 8-bit TCT field
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    %m1 = arith.constant -1 : i32
    aiex.npu.sync(%c0, %c0, %m1, %c0, %c1, %c1) : i32, i32, i32, i32, i32, i32
  }
}

// -----
// arg_idx: at most 16 host buffers (kMaxHostBOs, spec §7): 0..15.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.address_patch: arg_idx 16 out of range (0..15, kMaxHostBOs = 16)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.address_patch {addr = 118788 : ui32, arg_idx = 16 : i32, arg_plus = 0 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.address_patch: arg_idx -1 out of range (0..15, kMaxHostBOs = 16)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.address_patch {addr = 118788 : ui32, arg_idx = -1 : i32, arg_plus = 0 : i32}
  }
}

// -----
// addr is a register address: 0x1D006 = 118790 is not a multiple of 4.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.address_patch: addr 0x1d006 is not 4-byte aligned
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.address_patch {addr = 0x1D006 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.address_patch: addr 0x1d005 is not 4-byte aligned
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    %p = arith.constant 0 : i32
    aiex.npu.address_patch(%p : i32) {addr = 118789 : ui32, arg_idx = 0 : i32}
  }
}

// -----
// Queue word: Start_BD_ID 4 bits on the shim (16 BDs), Repeat_Count [23:16] 8 bits (spec §5).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.push_queue: bd_id 16 out of range (0..15)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 16 : i32, issue_token = false, repeat_count = 0 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.push_queue: repeat_count 256 exceeds the 8-bit limit (255)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 0 : i32, issue_token = false, repeat_count = 256 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.push_queue: bd_id 16 out of range (0..15)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    %bd = arith.constant 16 : i32
    %rep = arith.constant 0 : i32
    aiex.npu.push_queue(0, 0, S2MM : 1) bd_id %bd repeat %rep {issue_token = true} : i32, i32
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.push_queue: repeat_count 256 exceeds the 8-bit limit (255)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    %bd = arith.constant 0 : i32
    %rep = arith.constant 256 : i32
    aiex.npu.push_queue(0, 0, S2MM : 1) bd_id %bd repeat %rep {issue_token = true} : i32, i32
  }
}

// -----
// Two channels per direction on the shim.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.push_queue: channel 2 out of range
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.push_queue(0, 0, MM2S : 2) {bd_id = 0 : i32, issue_token = false, repeat_count = 0 : i32}
  }
}

// -----
// On a memtile (row 1) there are 48 BDs: 0..47.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.push_queue: bd_id 48 out of range (0..47)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.push_queue(0, 1, MM2S : 0) {bd_id = 48 : i32, issue_token = false, repeat_count = 0 : i32}
  }
}

// -----
// issue_token is required and boolean.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.push_queue: missing required attribute(s) issue_token
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 0 : i32, repeat_count = 0 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.push_queue: issue_token must be true or false, got 2 : i32
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 0 : i32, issue_token = 2 : i32, repeat_count = 0 : i32}
  }
}

// -----
// preempt level is ui8: <= 255.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.preempt: level = 256 does not fit ui8 (range 0..255)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.preempt {level = 256 : i32}
  }
}

// -----
// xDSL itself rejects 256 : ui8 while parsing; still one line.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: Integer value 256 is out of range for type ui8 which supports values in the range [0, 256)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.preempt {level = 256 : ui8}
  }
}
