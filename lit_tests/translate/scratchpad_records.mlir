// create_scratchpad is [10 | usage<<8, size, 0, 0] and update_from_scratchpad is [12 | idx<<8 | func<<16, func_arg, addr] (spec §6).
// RUN: gemm-translate %s --npu-to-hex | FileCheck %s --match-full-lines

// The spec gives no func numbers; they follow aie-rt's XAie_StateTableFuncType: mul = 0, incr = 1, decr = 2.
// Header: npu2; 2·4 + 3·3 = 17 record words; 4·(4 + 17) = 84 = 0x54 bytes; 5 records.
// CHECK:      06040100
// CHECK-NEXT: 00000108
// CHECK-NEXT: 00000005
// CHECK-NEXT: 00000054

// create_scratchpad size 256, usage_type absent (0): 10 | 0<<8 = 0x0A; 0x100; 0; 0.
// CHECK-NEXT: 0000000A
// CHECK-NEXT: 00000100
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000

// create_scratchpad size 0xFFFFFFFF, usage_type 1: 10 | 1<<8 = 0x10A.
// CHECK-NEXT: 0000010A
// CHECK-NEXT: FFFFFFFF
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000

// update_from_scratchpad<mul>, idx 2, func_arg 8, absolute address: 12 | 2<<8 | 0<<16 = 0x20C; 8; 0x0401D004.
// CHECK-NEXT: 0000020C
// CHECK-NEXT: 00000008
// CHECK-NEXT: 0401D004

// update_from_scratchpad<incr>, idx 0, func_arg 1, column 1 row 0 address 0x1D0C4 (§3 rule: 1<<25 | 0x1D0C4 = 0x0201D0C4):
// 12 | 0<<8 | 1<<16 = 0x0001000C.
// CHECK-NEXT: 0001000C
// CHECK-NEXT: 00000001
// CHECK-NEXT: 0201D0C4

// update_from_scratchpad<decr>, idx 255, func_arg 0xFFFFFFFF: 12 | 0xFF<<8 | 2<<16 = 0x0002FF0C.
// CHECK-NEXT: 0002FF0C
// CHECK-NEXT: FFFFFFFF
// CHECK-NEXT: 0001D000
// CHECK-NOT: {{.}}

module {
  aie.device(npu2) {
    aie.runtime_sequence @seq() {
      aiex.npu.create_scratchpad {size = 256 : ui32}
      aiex.npu.create_scratchpad {size = 0xFFFFFFFF : ui32, usage_type = 1 : ui8}
      aiex.npu.update_from_scratchpad<mul> {state_table_idx = 2 : ui8, func_arg = 8 : ui32, address = 0x0401D004 : ui32}
      aiex.npu.update_from_scratchpad<incr> {state_table_idx = 0 : ui8, func_arg = 1 : ui32, column = 1 : i32, row = 0 : i32, address = 0x1D0C4 : ui32}
      aiex.npu.update_from_scratchpad<decr> {state_table_idx = 255 : ui8, func_arg = 0xFFFFFFFF : ui32, address = 0x1D000 : ui32}
    }
  }
}
