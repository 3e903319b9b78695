// aiex.npu.blockwrite writes one 32-bit word per element, so its data is a 1-D memref of i32; it needs an address, and column with row (spec §3, §6); anything else is a one-line error.
// RUN: gemm-opt --split-input-file --verify-diagnostics %s | FileCheck %s --match-full-lines

// 16-bit elements are not words.
// CHECK:      {{.*}}: error: aiex.npu.blockwrite: data must be a 1-D memref of i32 (one word per element)
aie.device(npu1) {
  memref.global "private" constant @data : memref<2xi16> = dense<[1, 2]>
  aie.runtime_sequence() {
    %g = memref.get_global @data : memref<2xi16>
    aiex.npu.blockwrite(%g) {address = 0 : ui32} : memref<2xi16>
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.blockwrite: data must be a 1-D memref of i32 (one word per element)
aie.device(npu1) {
  memref.global "private" constant @data : memref<4xf32> = dense<1.0>
  aie.runtime_sequence() {
    %g = memref.get_global @data : memref<4xf32>
    aiex.npu.blockwrite(%g) {address = 0 : ui32} : memref<4xf32>
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.blockwrite: data must be a 1-D memref of i32 (one word per element)
aie.device(npu1) {
  memref.global "private" constant @data : memref<2xi64> = dense<[1, 2]>
  aie.runtime_sequence() {
    %g = memref.get_global @data : memref<2xi64>
    aiex.npu.blockwrite(%g) {address = 0 : ui32} : memref<2xi64>
  }
}

// -----
// Signless i32 only (an unsigned element type is another type).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.blockwrite: data must be a 1-D memref of i32 (one word per element)
aie.device(npu1) {
  memref.global "private" constant @data : memref<2xui32> = dense<[1, 2]>
  aie.runtime_sequence() {
    %g = memref.get_global @data : memref<2xui32>
    aiex.npu.blockwrite(%g) {address = 0 : ui32} : memref<2xui32>
  }
}

// -----
// One dimension.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.blockwrite: data must be a 1-D memref of i32 (one word per element)
aie.device(npu1) {
  memref.global "private" constant @data : memref<2x2xi32> = dense<[[1, 2], [3, 4]]>
  aie.runtime_sequence() {
    %g = memref.get_global @data : memref<2x2xi32>
    aiex.npu.blockwrite(%g) {address = 0 : ui32} : memref<2x2xi32>
  }
}

// -----
// Attributes: address (required), column with row, or buffer.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.blockwrite: missing required attribute(s) address
aie.device(npu1) {
  memref.global "private" constant @data : memref<2xi32> = dense<[1, 2]>
  aie.runtime_sequence() {
    %g = memref.get_global @data : memref<2xi32>
    aiex.npu.blockwrite(%g) {column = 0 : i32, row = 0 : i32} : memref<2xi32>
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.blockwrite: column and row must be given together
aie.device(npu1) {
  memref.global "private" constant @data : memref<2xi32> = dense<[1, 2]>
  aie.runtime_sequence() {
    %g = memref.get_global @data : memref<2xi32>
    aiex.npu.blockwrite(%g) {address = 0 : ui32, column = 0 : i32} : memref<2xi32>
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.blockwrite: unknown attribute 'value' (expected: address, buffer, column, row)
aie.device(npu1) {
  memref.global "private" constant @data : memref<2xi32> = dense<[1, 2]>
  aie.runtime_sequence() {
    %g = memref.get_global @data : memref<2xi32>
    aiex.npu.blockwrite(%g) {address = 0 : ui32, value = 1 : ui32} : memref<2xi32>
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.blockwrite: address = -4 does not fit ui32 (range 0..4294967295)
aie.device(npu1) {
  memref.global "private" constant @data : memref<2xi32> = dense<[1, 2]>
  aie.runtime_sequence() {
    %g = memref.get_global @data : memref<2xi32>
    aiex.npu.blockwrite(%g) {address = -4 : i32} : memref<2xi32>
  }
}
