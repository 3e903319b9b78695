// Unmodelled aie/aiex ops are kept verbatim outside a runtime sequence (opaque.py) but are a one-line error inside one, at any depth: there every op must be understood.
// RUN: gemm-opt --split-input-file --verify-diagnostics %s | FileCheck %s --match-full-lines

// CHECK:      {{.*}}: error: unknown operation 'aiex.npu.frobnicate' inside a runtime sequence
aie.device(npu1) {
  aie.runtime_sequence @seq(%a: memref<16xi32>) {
    aiex.npu.frobnicate {address = 0 : ui32}
  }
}

// -----
// A physical op that is fine at device level is not fine in a sequence, legacy spelling included.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: unknown operation 'aie.flow' inside a runtime sequence
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t2 = aie.tile(0, 2)
  aiex.runtime_sequence(%a: memref<16xi32>) {
    aie.flow(%t0, DMA : 0, %t2, DMA : 0)
  }
}

// -----
// Nested inside a DMA task of a sequence.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: unknown operation 'aie.bd_marker' inside a runtime sequence
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  aie.runtime_sequence(%a: memref<16xi32>) {
    %task = aiex.dma_configure_task(%t0, MM2S, 0) {
      aie.bd_marker
      aie.dma_bd(%a : memref<16xi32>, 0, 16)
      aie.end
    }
  }
}

// -----
// The 2026 dynamic-path ops are out of scope (spec §1), hence unknown.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: unknown operation 'aiex.npu.assert_bd_field' inside a runtime sequence
aie.device(npu1) {
  aie.runtime_sequence(%a: memref<16xi32>, %n: i32) {
    aiex.npu.assert_bd_field(%n) {max = 1023 : i32} : i32
  }
}

// -----
// Ops of other dialects are never kept as text.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: unknown operation 'foo.bar'
aie.device(npu1) {
  aie.runtime_sequence(%a: memref<16xi32>) {
    foo.bar
  }
}

// -----
// Verbatim text needs the custom form: the generic form of an unmodelled op is unknown anywhere.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: unknown operation 'aie.switchbox' (an unmodelled op must use its custom form)
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %sb = "aie.switchbox"(%t0) ({
  }) : (index) -> index
}

// -----
// Outside a sequence the same kinds of op are kept as written, nested regions included.
// CHECK-NEXT: // -----
// CHECK-NEXT: module {
// CHECK-NEXT:   aie.device(npu1) {
// CHECK-NEXT:     %t0 = aie.tile(0, 0)
// CHECK-NEXT:     %t2 = aie.tile(0, 2)
// CHECK-NEXT:     aie.flow(%t0, DMA : 0, %t2, DMA : 0)
// CHECK-NEXT:     aiex.npu.frobnicate {address = 0 : ui32}
// CHECK-NEXT:     %ext = aie.external_buffer {sym_name = "ext"} : memref<64xi32>
// CHECK-NEXT:     %core = aie.core(%t2) {
// CHECK-NEXT:       aie.bd_marker
// CHECK-NEXT:       aie.end
// CHECK-NEXT:     }
// CHECK-NEXT:     aie.runtime_sequence(%a: memref<16xi32>) {
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT: }
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t2 = aie.tile(0, 2)
  aie.flow(%t0, DMA : 0, %t2, DMA : 0)
  aiex.npu.frobnicate {address = 0 : ui32}
  %ext = aie.external_buffer {sym_name = "ext"} : memref<64xi32>
  %core = aie.core(%t2) {
    aie.bd_marker
    aie.end
  }
  aie.runtime_sequence(%a: memref<16xi32>) {
  }
}
