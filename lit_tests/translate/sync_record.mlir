// sync is [0x80, 16, dir | row<<8 | col<<16, row_num<<8 | col_num<<16 | channel<<24] (spec §6), attribute and SSA forms alike.
// RUN: gemm-translate %s --npu-to-hex | FileCheck %s --match-full-lines

// Header: npu2; 3 records of 4 words; 4·(4 + 12) = 64 = 0x40 bytes.
// CHECK:      06040100
// CHECK-NEXT: 00000108
// CHECK-NEXT: 00000003
// CHECK-NEXT: 00000040

// §11 op 3, sync(5, 0, 0, 0, 1, 1): word 2 = 0 | 0<<8 | 5<<16 = 0x00050000; word 3 = 1<<8 | 1<<16 | 0<<24 = 0x00010100.
// CHECK-NEXT: 00000080
// CHECK-NEXT: 00000010
// CHECK-NEXT: 00050000
// CHECK-NEXT: 00010100

// column 7, row 1, MM2S (1), channel 5, 8 columns x 4 rows:
// word 2 = 1 | 1<<8 | 7<<16 = 0x00070101; word 3 = 4<<8 | 8<<16 | 5<<24 = 0x05080400.
// CHECK-NEXT: 00000080
// CHECK-NEXT: 00000010
// CHECK-NEXT: 00070101
// CHECK-NEXT: 05080400

// SSA form (§2), operands (column 3, row 0, direction 1, channel 1, column_num 2, row_num 1):
// word 2 = 1 | 0<<8 | 3<<16 = 0x00030001; word 3 = 1<<8 | 2<<16 | 1<<24 = 0x01020100.
// CHECK-NEXT: 00000080
// CHECK-NEXT: 00000010
// CHECK-NEXT: 00030001
// CHECK-NEXT: 01020100
// CHECK-NOT: {{.}}

module {
  aie.device(npu2) {
    aie.runtime_sequence @seq() {
      aiex.npu.sync {column = 5 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
      aiex.npu.sync {column = 7 : i32, row = 1 : i32, direction = 1 : i32, channel = 5 : i32, column_num = 8 : i32, row_num = 4 : i32}
      %c3 = arith.constant 3 : i32
      %c0 = arith.constant 0 : i32
      %c1 = arith.constant 1 : i32
      %c2 = arith.constant 2 : i32
      aiex.npu.sync(%c3, %c0, %c1, %c1, %c2, %c1) : i32, i32, i32, i32, i32, i32
    }
  }
}
