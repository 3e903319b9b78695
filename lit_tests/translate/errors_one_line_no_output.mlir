// Every gemm-translate error is one line on stderr with a non-zero exit, and no output file (not even a partial one) is left behind.
// RUN: rm -rf %t && mkdir -p %t

// Translation errors (the module is valid, the selected sequence cannot be encoded).
// RUN: not gemm-translate %s --npu-to-binary -o %t/out.bin --sequence-name=symbolic 2>&1 | %one-line | FileCheck %s --check-prefix=SYMBOLIC
// RUN: not gemm-translate %s --npu-to-hex -o %t/out.txt --sequence-name=symbolic 2>&1 | %one-line | FileCheck %s --check-prefix=SYMBOLIC
// RUN: not gemm-translate %s --npu-to-binary -o %t/out.bin --sequence-name=core_bd 2>&1 | %one-line | FileCheck %s --check-prefix=CORE-BD
// RUN: not gemm-translate %s --npu-to-binary -o %t/out.bin --sequence-name=foreign_global 2>&1 | %one-line | FileCheck %s --check-prefix=GLOBAL
// Parse and verification errors: file:line:col where known, then the message.
// RUN: not gemm-translate %S/Inputs/address_patch_arg_idx_16.mlir --npu-to-binary -o %t/out.bin 2>&1 | %one-line | FileCheck %s --check-prefix=ARG-IDX
// RUN: not gemm-translate %S/Inputs/writebd_burst_512_on_npu1.mlir --npu-to-binary -o %t/out.bin 2>&1 | %one-line | FileCheck %s --check-prefix=BURST
// RUN: not gemm-translate %S/Inputs/write32_missing_value.mlir --npu-to-binary -o %t/out.bin 2>&1 | %one-line | FileCheck %s --check-prefix=MISSING-ATTR
// RUN: not gemm-translate %S/Inputs/unknown_device.mlir --npu-to-binary -o %t/out.bin 2>&1 | %one-line | FileCheck %s --check-prefix=DEVICE
// RUN: not gemm-translate %S/Inputs/unbalanced_braces.mlir --npu-to-binary -o %t/out.bin 2>&1 | %one-line | FileCheck %s --check-prefix=SYNTAX
// Tool errors.
// RUN: not gemm-translate %t/does-not-exist.mlir --npu-to-binary -o %t/out.bin 2>&1 | %one-line | FileCheck %s --check-prefix=NO-INPUT
// RUN: not gemm-translate %s --npu-to-binary --sequence-name=ok 2>&1 | %one-line | FileCheck %s --check-prefix=NO-O
// Nothing at all was written into %t: no out.bin, no out.txt, no temporary file.
// RUN: %python -c "import os, sys; sys.exit(len(os.listdir(sys.argv[1])))" %t
// A failing run leaves an earlier good output untouched rather than truncating it.
// RUN: gemm-translate %s --npu-to-binary -o %t/good.bin --sequence-name=ok
// RUN: cp %t/good.bin %t/good.orig
// RUN: not gemm-translate %s --npu-to-binary -o %t/good.bin --sequence-name=symbolic 2>&1 | %one-line | FileCheck %s --check-prefix=SYMBOLIC
// RUN: cmp %t/good.bin %t/good.orig

// SYMBOLIC: gemm-translate: error: aiex.npu.write32: symbolic address (buffer = @...) cannot be translated; lower it first
// CORE-BD: gemm-translate: error: aiex.npu.writebd on tile (0, 2): only shim BDs are supported
// GLOBAL: gemm-translate: error: aiex.npu.blockwrite: global @outside not found in the device
// ARG-IDX: gemm-translate: error: {{.*}}address_patch_arg_idx_16.mlir: error: aiex.npu.address_patch: arg_idx 16 out of range (0..15, kMaxHostBOs = 16)
// BURST: gemm-translate: error: {{.*}}writebd_burst_512_on_npu1.mlir: error: aiex.npu.writebd: burst_length 512 is not supported on npu1 (allowed: 0, 64, 128, 256 bytes)
// MISSING-ATTR: gemm-translate: error: {{.*}}write32_missing_value.mlir:{{[0-9]+}}:{{[0-9]+}}: error: aiex.npu.write32: missing required attribute(s) value
// DEVICE: gemm-translate: error: {{.*}}unknown_device.mlir:2:14: error: unknown device 'npu9'
// SYNTAX: gemm-translate: error: {{.*}}unbalanced_braces.mlir:7:1: error:
// NO-INPUT: gemm-translate: error: cannot read {{.*}}does-not-exist.mlir: No such file or directory
// NO-O: gemm-translate: error: --npu-to-binary needs -o FILE

module {
  memref.global "private" constant @outside : memref<1xi32> = dense<[1]>
  aie.device(npu1) {
    %t02 = aie.tile(0, 2)
    %buf = aie.buffer(%t02) {sym_name = "buf"} : memref<16xi32>
    aie.runtime_sequence @ok() {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 1 : ui32}
    }
    aie.runtime_sequence @symbolic() {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 1 : ui32}
      aiex.npu.write32 {buffer = @buf, address = 2 : ui32, value = 1 : ui32}
    }
    aie.runtime_sequence @core_bd() {
      aiex.npu.writebd {column = 0 : i32, row = 2 : i32, bd_id = 0 : i32, buffer_length = 16 : i32, buffer_offset = 0 : i32,
        enable_packet = 0 : i32, out_of_order_id = 0 : i32, packet_id = 0 : i32, packet_type = 0 : i32,
        d0_size = 0 : i32, d0_stride = 0 : i32, d1_size = 0 : i32, d1_stride = 0 : i32, d2_size = 0 : i32, d2_stride = 0 : i32,
        iteration_current = 0 : i32, iteration_size = 0 : i32, iteration_stride = 0 : i32,
        next_bd = 0 : i32, use_next_bd = 0 : i32, valid_bd = 1 : i32,
        lock_rel_val = 0 : i32, lock_rel_id = 0 : i32, lock_acq_enable = 0 : i32, lock_acq_val = 0 : i32, lock_acq_id = 0 : i32,
        d0_zero_before = 0 : i32, d1_zero_before = 0 : i32, d2_zero_before = 0 : i32,
        d0_zero_after = 0 : i32, d1_zero_after = 0 : i32, d2_zero_after = 0 : i32}
    }
    aie.runtime_sequence @foreign_global() {
      %0 = memref.get_global @outside : memref<1xi32>
      aiex.npu.blockwrite(%0) {address = 0x0001D000 : ui32} : memref<1xi32>
    }
  }
}
