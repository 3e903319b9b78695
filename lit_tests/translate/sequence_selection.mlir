// The sequence translated is --sequence-name's, else the one unnamed sequence, else the only one; none or several is an error (spec §3).
// RUN: rm -rf %t && mkdir -p %t

// The unnamed sequence wins over named ones when no name is given.
// RUN: gemm-translate %s --npu-to-hex | FileCheck %s --match-full-lines --check-prefix=UNNAMED
// RUN: gemm-translate %s --npu-to-hex --sequence-name=second | FileCheck %s --match-full-lines --check-prefix=SECOND
// RUN: gemm-translate %s --npu-to-hex --sequence-name third | FileCheck %s --match-full-lines --check-prefix=THIRD
// The only sequence is the default even when it is named.
// RUN: gemm-translate %S/Inputs/one_named_sequence.mlir --npu-to-hex | FileCheck %s --match-full-lines --check-prefix=ONLY
// RUN: gemm-translate %S/Inputs/two_named_sequences.mlir --npu-to-hex --sequence-name=y | FileCheck %s --match-full-lines --check-prefix=PICKY

// Errors: one line on stderr, exit status non-zero, no output file.
// RUN: not gemm-translate %s --npu-to-binary -o %t/missing.bin --sequence-name=nope 2>&1 | %one-line | FileCheck %s --check-prefix=MISSING
// RUN: not gemm-translate %S/Inputs/two_named_sequences.mlir --npu-to-binary -o %t/ambiguous.bin 2>&1 | %one-line | FileCheck %s --check-prefix=AMBIGUOUS
// RUN: not gemm-translate %S/Inputs/two_unnamed_sequences.mlir --npu-to-binary -o %t/unnamed2.bin 2>&1 | %one-line | FileCheck %s --check-prefix=UNNAMED2
// RUN: not gemm-translate %S/Inputs/no_sequence.mlir --npu-to-binary -o %t/none.bin 2>&1 | %one-line | FileCheck %s --check-prefix=NONE
// RUN: not gemm-translate %S/Inputs/no_sequence.mlir --npu-to-hex 2>&1 | %one-line | FileCheck %s --check-prefix=NONE
// RUN: %python -c "import os, sys; sys.exit(len(os.listdir(sys.argv[1])))" %t

// Each result: header (§6) of its device, 1 record, 4·(4 + 6) = 40 = 0x28 bytes, then the write32 of that sequence.
// UNNAMED:      06030100
// UNNAMED-NEXT: 00000104
// UNNAMED-NEXT: 00000001
// UNNAMED-NEXT: 00000028
// UNNAMED-NEXT: 00000000
// UNNAMED-NEXT: 00000000
// UNNAMED-NEXT: 0001D214
// UNNAMED-NEXT: 00000000
// UNNAMED-NEXT: 00000001
// UNNAMED-NEXT: 00000018
// UNNAMED-NOT:  {{.}}

// SECOND:      06040100
// SECOND-NEXT: 00000108
// SECOND-NEXT: 00000001
// SECOND-NEXT: 00000028
// SECOND-NEXT: 00000000
// SECOND-NEXT: 00000000
// SECOND-NEXT: 0001D214
// SECOND-NEXT: 00000000
// SECOND-NEXT: 00000002
// SECOND-NEXT: 00000018
// SECOND-NOT:  {{.}}

// THIRD:      06030100
// THIRD-NEXT: 00000101
// THIRD-NEXT: 00000001
// THIRD-NEXT: 00000028
// THIRD:      00000003
// THIRD-NEXT: 00000018
// THIRD-NOT:  {{.}}

// ONLY:      06040100
// ONLY-NEXT: 00000108
// ONLY-NEXT: 00000001
// ONLY-NEXT: 00000028
// ONLY:      00000004
// ONLY-NEXT: 00000018
// ONLY-NOT:  {{.}}

// PICKY:      06030100
// PICKY-NEXT: 00000104
// PICKY-NEXT: 00000001
// PICKY-NEXT: 00000028
// PICKY:      00000006
// PICKY-NEXT: 00000018
// PICKY-NOT:  {{.}}

// MISSING: gemm-translate: error: no runtime sequence named @nope (have: @<unnamed>, @second, @third)
// AMBIGUOUS: gemm-translate: error: several runtime sequences (@x, @y); choose one with --sequence-name
// UNNAMED2: gemm-translate: error: several runtime sequences (@<unnamed>, @<unnamed>); choose one with --sequence-name
// NONE: gemm-translate: error: no aie.runtime_sequence in the input

module {
  aie.device(npu1) {
    aie.runtime_sequence() {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 1 : ui32}
    }
  }
  aie.device(npu2) {
    aie.runtime_sequence @second(%a: memref<16xi32>) {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 2 : ui32}
    }
  }
  aie.device(npu1_1col) {
    aie.runtime_sequence @third() {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 3 : ui32}
    }
  }
}
