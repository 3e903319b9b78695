// SSA operands of the 2026 forms (write32, maskwrite32, maskpoll, sync, address_patch, push_queue, rtp_write) must be i32 (arg_plus i32 or i64) arith.constant values defined before the use; anything else is a one-line error (spec §2).
// RUN: gemm-opt --split-input-file --verify-diagnostics %s | FileCheck %s --match-full-lines

// A runtime-sequence scalar is a runtime value, not a constant (the dynamic path is out of scope, spec §1).
// CHECK:      {{.*}}: error: aiex.npu.write32 operand 'value' must be an arith.constant integer defined before this use
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    aiex.npu.write32(%c0, %n) : i32, i32
  }
}

// -----
// A computed value is not folded.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32 operand 'address' must be an arith.constant integer defined before this use
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    %s = arith.addi %c0, %c1 : i32
    aiex.npu.write32(%s, %c1) : i32, i32
  }
}

// -----
// A constant defined after its use.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32 operand 'value' must be an arith.constant integer defined before this use
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %c0 = arith.constant 0 : i32
    aiex.npu.write32(%c0, %late) : i32, i32
    %late = arith.constant 1 : i32
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.maskwrite32 operand 'mask' must be an arith.constant integer defined before this use
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    aiex.npu.maskwrite32(%c0, %c1, %n) : i32, i32, i32
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.maskpoll operand 'address' must be an arith.constant integer defined before this use
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    aiex.npu.maskpoll(%n, %c1, %c1) : i32, i32, i32
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.sync operand 'channel' must be an arith.constant integer defined before this use
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    aiex.npu.sync(%c0, %c0, %c0, %n, %c1, %c1) : i32, i32, i32, i32, i32, i32
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.address_patch arg_plus must be an arith.constant integer defined before this use
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    aiex.npu.address_patch(%n : i32) {addr = 118788 : ui32, arg_idx = 0 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.push_queue operand 'bd_id' must be an arith.constant integer defined before this use
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    aiex.npu.push_queue(0, 0, MM2S : 0) bd_id %n repeat %c0 {issue_token = false} : i32, i32
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.rtp_write value must be an arith.constant integer defined before this use
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    aiex.npu.rtp_write(@rtp, 0, %n) : i32
  }
}

// -----
// Operand types: i32 as mlir-aie declares them.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: operand address must be i32, got i64
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %a = arith.constant 0 : i64
    %v = arith.constant 1 : i64
    aiex.npu.write32(%a, %v) : i64, i64
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: operand address must be i32, got index
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %a = arith.constant 0 : index
    aiex.npu.write32(%a, %a) : index, index
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: operand address must be i32, got f32
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %f = arith.constant 1.0 : f32
    aiex.npu.write32(%f, %f) : f32, f32
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.address_patch: arg_plus must be i32 or i64, got index
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %p = arith.constant 0 : index
    aiex.npu.address_patch(%p : index) {addr = 118788 : ui32, arg_idx = 0 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.address_patch: arg_plus must be i32 or i64, got i16
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %p = arith.constant 0 : i16
    aiex.npu.address_patch(%p : i16) {addr = 118788 : ui32, arg_idx = 0 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.rtp_write: value must be i32, got i64
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %v = arith.constant 1 : i64
    aiex.npu.rtp_write(@rtp, 0, %v) : i64
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.push_queue: operand bd_id must be i32, got i64
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %b = arith.constant 1 : i64
    aiex.npu.push_queue(0, 0, MM2S : 0) bd_id %b repeat %b {issue_token = false} : i64, i64
  }
}

// -----
// Operand and type counts.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32 takes 2 operands (address, value), got 1
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    aiex.npu.write32(%c0) : i32
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.maskwrite32: expected 3 operand types, got 2
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    aiex.npu.maskwrite32(%c0, %c1, %c1) : i32, i32
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.sync takes 6 operands (column, row, direction, channel, column_num, row_num), got 5
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    aiex.npu.sync(%c0, %c0, %c0, %c0, %c1) : i32, i32, i32, i32, i32
  }
}

// -----
// A field is an operand or an attribute, never both.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: value given both as operand and as attribute
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    aiex.npu.write32(%c0, %c1) {value = 2 : ui32} : i32, i32
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.sync: row given both as operand and as attribute
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    aiex.npu.sync(%c0, %c0, %c0, %c0, %c1, %c1) {row = 1 : i32} : i32, i32, i32, i32, i32, i32
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.address_patch: arg_plus given both as operand and as attribute
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %p = arith.constant 0 : i32
    aiex.npu.address_patch(%p : i32) {addr = 118788 : ui32, arg_idx = 0 : i32, arg_plus = 4 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.push_queue: bd_id given both as operand and as attribute
aie.device(npu1) {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<4xi32>
  aie.runtime_sequence(%buf: memref<16xi32>, %n: i32) {
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    aiex.npu.push_queue(0, 0, MM2S : 0) bd_id %c0 repeat %c0 {issue_token = false, bd_id = 1 : i32} : i32, i32
  }
}
