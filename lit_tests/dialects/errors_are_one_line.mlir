// Without --verify-diagnostics a bad input exits 1 with exactly one line on stderr, `TOOL: error: ...`, never a Python traceback, for gemm-opt and gemm-translate alike.
// RUN: not gemm-opt %S/Inputs/bad_attr_type_range.mlir 2>&1 | %one-line | FileCheck %s --check-prefix=RANGE
// RUN: not gemm-translate %S/Inputs/bad_attr_type_range.mlir --npu-to-hex 2>&1 | %one-line | FileCheck %s --check-prefix=RANGE-TR
// RUN: not gemm-opt %S/Inputs/bad_forward_operand.mlir 2>&1 | %one-line | FileCheck %s --check-prefix=FWD
// RUN: not gemm-opt %S/Inputs/bad_generic_verify.mlir 2>&1 | %one-line | FileCheck %s --check-prefix=GENV
// RUN: not gemm-opt %S/Inputs/bad_generic_print.mlir 2>&1 | %one-line | FileCheck %s --check-prefix=GENP
// RUN: not gemm-opt %S/Inputs/bad_tile_range.mlir 2>&1 | %one-line | FileCheck %s --check-prefix=TILE
// RUN: not gemm-translate %S/Inputs/bad_tile_range.mlir --npu-to-hex 2>&1 | %one-line | FileCheck %s --check-prefix=TILE-TR
// RUN: not gemm-opt %S/Inputs/bad_memcpy_offset.mlir 2>&1 | %one-line | FileCheck %s --check-prefix=OFFSET
// RUN: not gemm-opt %S/Inputs/does_not_exist.mlir 2>&1 | %one-line | FileCheck %s --check-prefix=NOFILE
// RUN: not gemm-opt %S/Inputs/bad_duplicate_block_label.mlir 2>&1 | %one-line | FileCheck %s --check-prefix=DUPLABEL
// RUN: not timeout 60 gemm-opt %S/Inputs/bad_unterminated_string.mlir 2>&1 | %one-line | FileCheck %s --check-prefix=QUOTE

// A ui32 that xDSL itself rejects while parsing (line 3, column after the attribute).
// RANGE: gemm-opt: error: {{.*}}bad_attr_type_range.mlir:3:{{[0-9]+}}: error: Integer value -1 is out of range for type ui32 which supports values in the range [0, 4294967296)
// RANGE-TR: gemm-translate: error: {{.*}}bad_attr_type_range.mlir:3:{{[0-9]+}}: error: Integer value -1 is out of range for type ui32 which supports values in the range [0, 4294967296)
// An SSA operand used before its definition.
// FWD: gemm-opt: error: {{.*}}bad_forward_operand.mlir:{{[0-9]+:[0-9]+}}: error: aiex.npu.sync operand 'row_num' must be an arith.constant integer defined before this use
// Generic ops missing attributes, found while verifying and while printing.
// GENV: gemm-opt: error: {{.*}}bad_generic_verify.mlir: error: aie.tile: malformed op (missing attribute 'col')
// GENP: gemm-opt: error: aie.use_lock: malformed op (missing attribute 'action')
// npu2_1col has one column: 0..0.
// TILE: gemm-opt: error: {{.*}}bad_tile_range.mlir: error: aie.tile(1, 0): column out of range for npu2_1col (0..0)
// TILE-TR: gemm-translate: error: {{.*}}bad_tile_range.mlir: error: aie.tile(1, 0): column out of range for npu2_1col (0..0)
// mlir-aie's "Offset must be 4-byte-aligned" case: offsets [0,0,1]·strides [0,1,1] = byte 1 of an i8 buffer.
// OFFSET: gemm-opt: error: {{.*}}bad_memcpy_offset.mlir: error: aiex.npu.dma_memcpy_nd(%a): offset 1 elements is not 4-byte aligned
// NOFILE: gemm-opt: error: cannot read {{.*}}does_not_exist.mlir: No such file or directory
// A label defined twice makes xDSL's parser fail without a ParseError; the tool still reports one line at the second label.
// DUPLABEL: gemm-opt: error: {{.*}}bad_duplicate_block_label.mlir:7:{{[0-9]+}}: error: cannot parse this input (KeyError: 'bb1')
// A missing closing quote is reported promptly (xDSL's lexer regex backtracked exponentially on it; dialects/__init__.py replaces it).
// QUOTE: gemm-opt: error: {{.*}}bad_unterminated_string.mlir:3:33: error: End of file reached before closing string literal.
