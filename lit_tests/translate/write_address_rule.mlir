// write32/maskwrite32/maskpoll addresses follow spec §3: absolute as given, or (col&0xFF)<<25 | (row&0xFF)<<20 | (address&0xFFFFF).
// RUN: gemm-translate %s --npu-to-hex | FileCheck %s --match-full-lines

// Header: npu2 0x06040100 / 0x108 (§6); 7 records; 4·(4 + 4·6 + 7 + 2·7) = 4·49 = 196 = 0xC4 bytes.
// CHECK:      06040100
// CHECK-NEXT: 00000108
// CHECK-NEXT: 00000007
// CHECK-NEXT: 000000C4

// write32, no column/row: the address is used as is, all 32 bits (0xABC00DEF).
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: ABC00DEF
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000314
// CHECK-NEXT: 00000018

// write32 column 3, row 4, address 0xABC00DEF: 3<<25 = 0x06000000 | 4<<20 = 0x00400000 | 0xABC00DEF&0xFFFFF = 0x00DEF
// -> 0x06400DEF (the bits of the address above 20 are dropped).
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 06400DEF
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000042
// CHECK-NEXT: 00000018

// write32 column 7, row 5, address 0x1DE14: 7<<25 = 0x0E000000 | 5<<20 = 0x00500000 | 0x1DE14 -> 0x0E51DE14.
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0E51DE14
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000018

// write32, SSA form (§2): operands are arith.constant bits; -2147483643 : i32 is 0x80000005, and the
// constants emit no record. Column 2, row 0: 2<<25 | 0x1D214 = 0x0401D214.
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0401D214
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000005
// CHECK-NEXT: 00000018

// maskwrite32 column 2, row 0, address 0x1D210: 2<<25 | 0x1D210 = 0x0401D210; [3, 0, addr, 0, value, mask, 0x1C].
// CHECK-NEXT: 00000003
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0401D210
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000F00
// CHECK-NEXT: 00001F00
// CHECK-NEXT: 0000001C

// maskpoll (opcode 4, §6 "Other opcodes"): the spec gives no word layout; the codec uses maskwrite32's
// 7-word layout (aie-rt XAie_MaskPoll32Hdr = {op, u64 RegOff, Value, Mask, Size}), size 7·4 = 0x1C.
// Absolute: 0x0E01D228 is col 7 shim MM2S0 status; value 0, mask 0x400000 (Task_Queue_Size bit 22).
// CHECK-NEXT: 00000004
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0E01D228
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00400000
// CHECK-NEXT: 0000001C

// maskpoll column 1, row 1, address 0xA0660: 1<<25 | 1<<20 | 0xA0660 = 0x02000000 | 0x00100000 | 0xA0660 = 0x021A0660.
// CHECK-NEXT: 00000004
// CHECK-NEXT: 00000000
// CHECK-NEXT: 021A0660
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000001
// CHECK-NEXT: 0000001C
// CHECK-NOT: {{.}}

module {
  aie.device(npu2) {
    aie.runtime_sequence @seq() {
      aiex.npu.write32 {address = 0xABC00DEF : ui32, value = 0x314 : ui32}
      aiex.npu.write32 {column = 3 : i32, row = 4 : i32, address = 0xABC00DEF : ui32, value = 0x42 : ui32}
      aiex.npu.write32 {column = 7 : i32, row = 5 : i32, address = 0x1DE14 : ui32, value = 1 : ui32}
      %addr = arith.constant 0x1D214 : i32
      %val = arith.constant -2147483643 : i32
      aiex.npu.write32(%addr, %val) {column = 2 : i32, row = 0 : i32} : i32, i32
      aiex.npu.maskwrite32 {column = 2 : i32, row = 0 : i32, address = 0x1D210 : ui32, value = 0xF00 : ui32, mask = 0x1F00 : ui32}
      aiex.npu.maskpoll {address = 0x0E01D228 : ui32, value = 0 : ui32, mask = 0x400000 : ui32}
      aiex.npu.maskpoll {column = 1 : i32, row = 1 : i32, address = 0xA0660 : ui32, value = 1 : ui32, mask = 1 : ui32}
    }
  }
}
