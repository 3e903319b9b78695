// arith.constant and memref.get_global emit no TXN record and do not count in header word 2 (spec §6 "Skipped ops", PD).
// RUN: gemm-translate %s --npu-to-hex --sequence-name=only_values | FileCheck %s --match-full-lines --check-prefix=EMPTY
// RUN: gemm-translate %s --npu-to-hex --sequence-name=mixed | FileCheck %s --match-full-lines --check-prefix=MIXED

// Only constants and get_globals: op count 0, 4 words = 16 = 0x10 bytes.
// EMPTY:      06030100
// EMPTY-NEXT: 00000104
// EMPTY-NEXT: 00000000
// EMPTY-NEXT: 00000010
// EMPTY-NOT:  {{.}}

// Interleaved with two real records (write32 from SSA constants, blockwrite of the global):
// 2 records, 4·(4 + 6 + 5) = 60 = 0x3C bytes.
// MIXED:      06030100
// MIXED-NEXT: 00000104
// MIXED-NEXT: 00000002
// MIXED-NEXT: 0000003C
// MIXED-NEXT: 00000000
// MIXED-NEXT: 00000000
// MIXED-NEXT: 0001D214
// MIXED-NEXT: 00000000
// MIXED-NEXT: 00000009
// MIXED-NEXT: 00000018
// MIXED-NEXT: 00000001
// MIXED-NEXT: 00000000
// MIXED-NEXT: 0001D000
// MIXED-NEXT: 00000014
// MIXED-NEXT: 0000002A
// MIXED-NOT:  {{.}}

module {
  aie.device(npu1) {
    memref.global "private" constant @word : memref<1xi32> = dense<[42]>
    aie.runtime_sequence @only_values() {
      %c0 = arith.constant 0 : i32
      %c1 = arith.constant 1 : i64
      %c2 = arith.constant 2 : index
      %g = memref.get_global @word : memref<1xi32>
    }
    aie.runtime_sequence @mixed() {
      %addr = arith.constant 0x1D214 : i32
      %unused = memref.get_global @word : memref<1xi32>
      %val = arith.constant 9 : i32
      aiex.npu.write32(%addr, %val) : i32, i32
      %g = memref.get_global @word : memref<1xi32>
      %also_unused = arith.constant 7 : i32
      aiex.npu.blockwrite(%g) {address = 0x0001D000 : ui32} : memref<1xi32>
    }
  }
}
