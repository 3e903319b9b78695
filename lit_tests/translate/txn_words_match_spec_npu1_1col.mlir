// On npu1_1col, every TXN record and the header are exactly the words of the spec §6 formulas (spec §3 addresses).
// RUN: gemm-translate %s --npu-to-hex | FileCheck %s --match-full-lines

// Header (§6 "Header"): word 0 = numRows(6)<<24 | devGen(3)<<16 | minor(1)<<8 | major(0) = 0x06030100;
// word 1 = memtile rows(1)<<8 | cols(1) = 0x101; word 2 = 10 records;
// word 3 = 4·(4 + 6+6 + 7 + 7+6 + 4 + 12+12 + 4 + 1) = 4·69 = 276 = 0x114 bytes.
// CHECK:      06030100
// CHECK-NEXT: 00000101
// CHECK-NEXT: 0000000A
// CHECK-NEXT: 00000114

// write32, absolute (§3 "neither"): [0, 0, addr, 0, value, 6·4 = 0x18].
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D214
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80030003
// CHECK-NEXT: 00000018

// write32, column/row (§3): (0&0xFF)<<25 | (2&0xFF)<<20 | (0x1D004&0xFFFFF) = 0x00200000 | 0x1D004 = 0x0021D004.
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0021D004
// CHECK-NEXT: 00000000
// CHECK-NEXT: 12345678
// CHECK-NEXT: 00000018

// maskwrite32 (§6): [3, 0, addr, 0, value, mask, 7·4 = 0x1C]; addr = 1<<20 | 0xA0630 = 0x001A0630 (§3).
// CHECK-NEXT: 00000003
// CHECK-NEXT: 00000000
// CHECK-NEXT: 001A0630
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000500
// CHECK-NEXT: 00001F00
// CHECK-NEXT: 0000001C

// blockwrite without column/row (§6): [1, 0, addr, (4+3)·4 = 0x1C, 16, 0, -1 = 0xFFFFFFFF].
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D020
// CHECK-NEXT: 0000001C
// CHECK-NEXT: 00000010
// CHECK-NEXT: 00000000
// CHECK-NEXT: FFFFFFFF

// blockwrite with column 0, row 1: word 1 = 0 | 1<<8 = 0x100; addr = 1<<20 | 0xA0000 = 0x001A0000; size (4+2)·4 = 0x18.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000100
// CHECK-NEXT: 001A0000
// CHECK-NEXT: 00000018
// CHECK-NEXT: 00000007
// CHECK-NEXT: 00000009

// sync (§6): [0x80, 16, dir(1) | row(0)<<8 | col(0)<<16 = 1, row_num(1)<<8 | col_num(1)<<16 | ch(1)<<24 = 0x01010100].
// CHECK-NEXT: 00000080
// CHECK-NEXT: 00000010
// CHECK-NEXT: 00000001
// CHECK-NEXT: 01010100

// address_patch arg_idx 4 (§6 DDR_PATCH, no fold below 5): [0x81, 48, 0,0,0,0, addr, 0, 4, 0, 256 = 0x100, 0].
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D024
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000004
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000100
// CHECK-NEXT: 00000000

// address_patch arg_idx 5 (§6 "Fold"): 64 + 0x80000000 = 0x80000040 -> lo 0x80000040, hi 0.
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D004
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000005
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000040
// CHECK-NEXT: 00000000

// load_pdi (§6): [8 | id(1)<<16 = 0x00010008, size 0x1000, addr lo 0x00001000, addr hi 0x2] for address 0x200001000.
// CHECK-NEXT: 00010008
// CHECK-NEXT: 00001000
// CHECK-NEXT: 00001000
// CHECK-NEXT: 00000002

// preempt (§6): 6 | level(2)<<8 = 0x206.
// CHECK-NEXT: 00000206
// CHECK-NOT: {{.}}

module {
  aie.device(npu1_1col) {
    memref.global "private" constant @bd_words : memref<3xi32> = dense<[16, 0, -1]>
    memref.global "private" constant @mem_words : memref<2xi32> = dense<[7, 9]>
    aie.runtime_sequence @seq(%in: memref<64xi32>, %out: memref<64xi32>) {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 0x80030003 : ui32}
      aiex.npu.write32 {column = 0 : i32, row = 2 : i32, address = 0x1D004 : ui32, value = 0x12345678 : ui32}
      aiex.npu.maskwrite32 {column = 0 : i32, row = 1 : i32, address = 0xA0630 : ui32, value = 0x500 : ui32, mask = 0x1F00 : ui32}
      %0 = memref.get_global @bd_words : memref<3xi32>
      aiex.npu.blockwrite(%0) {address = 0x0001D020 : ui32} : memref<3xi32>
      %1 = memref.get_global @mem_words : memref<2xi32>
      aiex.npu.blockwrite(%1) {address = 0xA0000 : ui32, column = 0 : i32, row = 1 : i32} : memref<2xi32>
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 1 : i32, column_num = 1 : i32, row_num = 1 : i32}
      aiex.npu.address_patch {addr = 0x0001D024 : ui32, arg_idx = 4 : i32, arg_plus = 256 : i32}
      aiex.npu.address_patch {addr = 0x0001D004 : ui32, arg_idx = 5 : i32, arg_plus = 64 : i32}
      aiex.npu.load_pdi {id = 1 : i32, size = 4096 : i32, address = 0x200001000 : ui64}
      aiex.npu.preempt {level = 2 : ui8}
    }
  }
}
