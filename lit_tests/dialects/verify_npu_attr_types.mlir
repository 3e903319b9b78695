// Each npu op attribute has a declared type and range (address/value ui32, column/row i32, level ui8, ...); a wrong type, an out-of-range value, an unknown or a missing attribute is a one-line error.
// RUN: gemm-opt --split-input-file --verify-diagnostics %s | FileCheck %s --match-full-lines

// A negative ui32 is rejected by xDSL's own attribute check while parsing.
// CHECK:      {{.*}}: error: Integer value -1 is out of range for type ui32 which supports values in the range [0, 4294967296)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.write32 {address = -1 : ui32, value = 0 : ui32}
  }
}

// -----
// Typed otherwise, -1 is normalised to address's declared ui32 and fails the range 0..2^32-1.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: address = -1 does not fit ui32 (range 0..4294967295)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.write32 {address = -1, value = 0 : ui32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: address = -1 does not fit ui32 (range 0..4294967295)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.write32 {address = -1 : i32, value = 0 : ui32}
  }
}

// -----
// 2^32 = 4294967296 is one past the largest ui32.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: value = 4294967296 does not fit ui32 (range 0..4294967295)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.write32 {address = 0 : ui32, value = 4294967296}
  }
}

// -----
// Wrong attribute kinds.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: value must be an integer, got "one"
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.write32 {address = 0 : ui32, value = "one"}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: address must be an integer, got 1.500000e+00 : f32
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.write32 {address = 1.5 : f32, value = 0 : ui32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: buffer must be a symbol reference (@name), got "rtp"
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.write32 {address = 0 : ui32, value = 0 : ui32, buffer = "rtp"}
  }
}

// -----
// Unknown and missing attributes.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: unknown attribute 'mask' (expected: address, buffer, column, row, value)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.write32 {address = 0 : ui32, value = 0 : ui32, mask = 1 : ui32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: missing required attribute(s) value
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.write32 {address = 0 : ui32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.maskwrite32: missing required attribute(s) mask
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.maskwrite32 {address = 0 : ui32, value = 0 : ui32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.maskpoll: missing required attribute(s) address
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.maskpoll {value = 0 : ui32, mask = 1 : ui32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.sync: missing required attribute(s) direction, channel, column_num, row_num
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.sync {column = 0 : i32, row = 0 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.address_patch: missing required attribute(s) arg_idx
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.address_patch {addr = 118788 : ui32, arg_plus = 0 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.preempt: missing required attribute(s) level
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.preempt
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.create_scratchpad: missing required attribute(s) size
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.create_scratchpad {usage_type = 0 : ui8}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_wait: missing required attribute(s) symbol
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.dma_wait
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_wait: symbol must be a symbol reference (@name), got "out0"
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.dma_wait {symbol = "out0"}
  }
}

// -----
// A tile-relative address needs both column and row (spec §3 write addresses).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: column and row must be given together
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.write32 {address = 0 : ui32, value = 0 : ui32, column = 1 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.maskwrite32: column and row must be given together
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.maskwrite32 {address = 0 : ui32, value = 0 : ui32, mask = 1 : ui32, row = 1 : i32}
  }
}

// -----
// load_pdi: the TXN record holds id in 16 bits (8 | id<<16, spec §6); address is ui64.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.load_pdi: id 65536 does not fit 16 bits
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.load_pdi {id = 65536 : i32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.load_pdi: address = -1 does not fit ui64 (range 0..18446744073709551615)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.load_pdi {address = -1 : i64}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.load_pdi: device_ref must be a symbol reference (@name), got "main"
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.load_pdi {device_ref = "main"}
  }
}

// -----
// update_from_scratchpad: func is mul, incr or decr; state_table_idx is ui8.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: Expected one of 'decr', 'incr', 'mul' (mul, incr or decr)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.update_from_scratchpad<add> {state_table_idx = 0 : ui8, address = 0 : ui32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.update_from_scratchpad: state_table_idx = 256 does not fit ui8 (range 0..255)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.update_from_scratchpad<mul> {state_table_idx = 256 : i32, address = 0 : ui32}
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.update_from_scratchpad: missing required attribute(s) state_table_idx
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.update_from_scratchpad<mul> {address = 0 : ui32}
  }
}

// -----
// rtp_write: index is ui32, value i32 (-2^31..2^32-1 as bits).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: Integer value -1 is out of range for type ui32 which supports values in the range [0, 4294967296)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.rtp_write(@rtp, -1, 2)
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: Integer value 4294967296 is out of range for type i32 which supports values in the range [-2147483648, 4294967296)
aie.device(npu1) {
  aie.runtime_sequence(%arg0: memref<16xi32>) {
    aiex.npu.rtp_write(@rtp, 0, 4294967296)
  }
}
