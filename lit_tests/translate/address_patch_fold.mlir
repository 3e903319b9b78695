// DDR_PATCH puts arg_plus in words 10/11 as 64 bits; for arg_idx >= 5 it adds 0x80000000 as a 64-bit add, unless --no-fold-ddr-offset (spec §6 "Fold").
// RUN: gemm-translate %s --npu-to-hex | FileCheck %s --match-full-lines --check-prefixes=CHECK,FOLD
// RUN: gemm-translate %s --npu-to-hex --no-fold-ddr-offset | FileCheck %s --match-full-lines --check-prefixes=CHECK,NOFOLD

// Header: npu1; 7 records of 12 words; 4·(4 + 84) = 352 = 0x160 bytes (same with and without the fold).
// CHECK:      06030100
// CHECK-NEXT: 00000104
// CHECK-NEXT: 00000007
// CHECK-NEXT: 00000160

// Record layout (§6): [0x81, 48 = 0x30, 0, 0, 0, 0 (action), addr, 0, arg_idx, 0, plus lo, plus hi].
// arg_idx 0, arg_plus 0: the firmware translates buffers 0-4 itself, no fold -> 0 / 0.
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D004
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000

// arg_idx 4 (last translated buffer), arg_plus 0x7FFFFFFC: no fold in either mode.
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0201D024
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000004
// CHECK-NEXT: 00000000
// CHECK-NEXT: 7FFFFFFC
// CHECK-NEXT: 00000000

// arg_idx 5, arg_plus 0: fold 0 + 0x80000000 = 0x80000000; without the fold 0.
// CHECK-NEXT:  00000081
// CHECK-NEXT:  00000030
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000000
// CHECK-NEXT:  0401D044
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000005
// CHECK-NEXT:  00000000
// FOLD-NEXT:   80000000
// NOFOLD-NEXT: 00000000
// CHECK-NEXT:  00000000

// arg_idx 5, arg_plus 0x80000010: fold 0x80000010 + 0x80000000 = 0x1_00000010 (64-bit add, the carry goes to
// the high word) -> lo 0x00000010, hi 0x00000001; without the fold lo 0x80000010, hi 0.
// CHECK-NEXT:  00000081
// CHECK-NEXT:  00000030
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000000
// CHECK-NEXT:  0601D064
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000005
// CHECK-NEXT:  00000000
// FOLD-NEXT:   00000010
// FOLD-NEXT:   00000001
// NOFOLD-NEXT: 80000010
// NOFOLD-NEXT: 00000000

// arg_idx 15 (last BO, kMaxHostBOs = 16), arg_plus 0x1_80000004: fold 0x1_80000004 + 0x80000000 = 0x2_00000004
// -> lo 4, hi 2; without the fold lo 0x80000004, hi 1.
// CHECK-NEXT:  00000081
// CHECK-NEXT:  00000030
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000000
// CHECK-NEXT:  0001D1E4
// CHECK-NEXT:  00000000
// CHECK-NEXT:  0000000F
// CHECK-NEXT:  00000000
// FOLD-NEXT:   00000004
// FOLD-NEXT:   00000002
// NOFOLD-NEXT: 80000004
// NOFOLD-NEXT: 00000001

// arg_idx 4, arg_plus 0x1_00000008 (>= 4 GiB, no fold): lo 8, hi 1 in both modes.
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D0A4
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000004
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000008
// CHECK-NEXT: 00000001

// SSA form (§2) `(%p : i64)`, arg_idx 6, %p = 4112 = 0x1010: fold 0x80001010; without the fold 0x00001010.
// CHECK-NEXT:  00000081
// CHECK-NEXT:  00000030
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000000
// CHECK-NEXT:  0001D0C4
// CHECK-NEXT:  00000000
// CHECK-NEXT:  00000006
// CHECK-NEXT:  00000000
// FOLD-NEXT:   80001010
// NOFOLD-NEXT: 00001010
// CHECK-NEXT:  00000000
// CHECK-NOT: {{.}}

module {
  aie.device(npu1) {
    aie.runtime_sequence @seq() {
      aiex.npu.address_patch {addr = 0x0001D004 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.address_patch {addr = 0x0201D024 : ui32, arg_idx = 4 : i32, arg_plus = 2147483644 : i32}
      aiex.npu.address_patch {addr = 0x0401D044 : ui32, arg_idx = 5 : i32, arg_plus = 0 : i32}
      aiex.npu.address_patch {addr = 0x0601D064 : ui32, arg_idx = 5 : i32, arg_plus = 2147483664 : i64}
      aiex.npu.address_patch {addr = 0x0001D1E4 : ui32, arg_idx = 15 : i32, arg_plus = 6442450948 : i64}
      aiex.npu.address_patch {addr = 0x0001D0A4 : ui32, arg_idx = 4 : i32, arg_plus = 4294967304 : i64}
      %p = arith.constant 4112 : i64
      aiex.npu.address_patch(%p : i64) {addr = 0x0001D0C4 : ui32, arg_idx = 6 : i32}
    }
  }
}
