// Ops written in the generic form without the attributes their verifier or printer reads are a one-line error naming the op, never a Python traceback.
// RUN: gemm-opt --split-input-file --verify-diagnostics %s | FileCheck %s --match-full-lines

// Caught while verifying.
// CHECK:      {{.*}}: error: aie.tile: malformed op (missing attribute 'col')
"aie.device"() ({
  %t = "aie.tile"() : () -> index
}) {device = "npu1"} : () -> ()

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.tile: malformed op (expected an integer attribute, got "a")
"aie.device"() ({
  %t = "aie.tile"() {col = "a", row = 0 : i32} : () -> index
}) {device = "npu1"} : () -> ()

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.shim_dma_allocation: malformed op (missing attribute 'column')
"aie.device"() ({
  "aie.shim_dma_allocation"() {sym_name = "a"} : () -> ()
}) {device = "npu1"} : () -> ()

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.objectfifo: malformed op (missing attribute 'elemNumber')
"aie.device"() ({
  %t = "aie.tile"() {col = 0 : i32, row = 2 : i32} : () -> index
  "aie.objectfifo"(%t, %t) {sym_name = "f"} : (index, index) -> ()
}) {device = "npu1"} : () -> ()

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.dma_memcpy_nd: malformed op (missing attribute 'static_offsets')
"aie.device"() ({
  "aie.runtime_sequence"() ({
  ^bb0(%a: memref<16xi32>):
    "aiex.npu.dma_memcpy_nd"(%a) {id = 0 : i64, metadata = @x} : (memref<16xi32>) -> ()
  }) : () -> ()
}) {device = "npu1"} : () -> ()

// -----
// Schema ops (npu.*) report their attribute rules in the generic form too.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aiex.npu.write32: missing required attribute(s) value
"aie.device"() ({
  "aie.runtime_sequence"() ({
    "aiex.npu.write32"() {address = 1 : ui32} : () -> ()
  }) : () -> ()
}) {device = "npu1"} : () -> ()

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.device: unknown device (expected one of: npu1, npu1_1col, npu1_2col, npu1_3col, npu2, npu2_1col, npu2_2col, npu2_3col, npu2_4col, npu2_5col, npu2_6col, npu2_7col)
"aie.device"() ({
  "aie.end"() : () -> ()
}) {device = "npu9"} : () -> ()

// -----
// Caught while printing: the verifier does not read these attributes, the printer does.
// CHECK-NEXT: // -----
// CHECK-NEXT: aie.use_lock: malformed op (missing attribute 'action')
"aie.device"() ({
  %t = "aie.tile"() {col = 0 : i32, row = 2 : i32} : () -> index
  %l = "aie.lock"(%t) : (index) -> index
  "aie.use_lock"(%l) : (index) -> ()
}) {device = "npu1"} : () -> ()

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: aie.objectfifo.acquire: malformed op (missing attribute 'objFifo_name')
"aie.device"() ({
  %t = "aie.tile"() {col = 0 : i32, row = 2 : i32} : () -> index
  %s = "aie.objectfifo.acquire"() : () -> !aie.objectfifosubview<memref<4xi32>>
}) {device = "npu1"} : () -> ()
