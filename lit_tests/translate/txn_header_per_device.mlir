// Every TXN stream starts with the 4-word header of its device (spec §6 "Header").
// RUN: gemm-translate %s --npu-to-hex --sequence-name=a | FileCheck %s --check-prefix=NPU1
// RUN: gemm-translate %s --npu-to-hex --sequence-name=b | FileCheck %s --check-prefix=NPU2
// RUN: gemm-translate %s --npu-to-hex --sequence-name=c | FileCheck %s --check-prefix=ONECOL

// Word 0 = numRows(6)<<24 | devGen<<16 | minor(1)<<8 | major(0); word 1 = memtile rows(1)<<8 | cols.
// Empty sequences: op count 0, size 4 words * 4 = 16 = 0x10 bytes.
// NPU1: 06030100
// NPU1-NEXT: 00000104
// NPU1-NEXT: 00000000
// NPU1-NEXT: 00000010
// NPU2: 06040100
// NPU2-NEXT: 00000108
// NPU2-NEXT: 00000000
// NPU2-NEXT: 00000010
// ONECOL: 06030100
// ONECOL-NEXT: 00000101
module {
  aie.device(npu1) {
    aie.runtime_sequence @a() {
    }
  }
  aie.device(npu2) {
    aie.runtime_sequence @b() {
    }
  }
  aie.device(npu1_1col) {
    aie.runtime_sequence @c() {
    }
  }
}
