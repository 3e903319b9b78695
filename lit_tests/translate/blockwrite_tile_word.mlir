// blockwrite is [1, col | row<<8 (0 without column/row), address (spec §3 rule), (4+N)·4, data...] (spec §6).
// RUN: gemm-translate %s --npu-to-hex | FileCheck %s --match-full-lines

// Header: npu1 0x06030100 / 0x104; 5 records; 4·(4 + 9 + 6 + 5 + 5 + 5) = 4·34 = 136 = 0x88 bytes.
// CHECK:      06030100
// CHECK-NEXT: 00000104
// CHECK-NEXT: 00000005
// CHECK-NEXT: 00000088

// No column/row: word 1 = 0, the address as given; size (4+5)·4 = 36 = 0x24; i32 data as raw bits
// (-1 = 0xFFFFFFFF, 2147483647 = 0x7FFFFFFF, -2147483648 = 0x80000000).
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0601D0C0
// CHECK-NEXT: 00000024
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000001
// CHECK-NEXT: FFFFFFFF
// CHECK-NEXT: 7FFFFFFF
// CHECK-NEXT: 80000000

// column 1, row 1, address 0x64: word 1 = 1 | 1<<8 = 0x101; address 1<<25 | 1<<20 | 0x64 = 0x02100064; size (4+2)·4 = 0x18.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000101
// CHECK-NEXT: 02100064
// CHECK-NEXT: 00000018
// CHECK-NEXT: 00000064
// CHECK-NEXT: 00000065

// column 3, row 0, address 0xFFF1D000: word 1 = 3; address 3<<25 | 0 | (0xFFF1D000 & 0xFFFFF = 0x1D000) = 0x0601D000; size 0x14.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000003
// CHECK-NEXT: 0601D000
// CHECK-NEXT: 00000014
// CHECK-NEXT: 00000007

// column 0, row 0: word 1 = 0 | 0<<8 = 0 (the wire cannot tell it from "no column/row"); address 0x1D000.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0001D000
// CHECK-NEXT: 00000014
// CHECK-NEXT: 00000007

// column 2, row 5: word 1 = 2 | 5<<8 = 0x502; address 2<<25 | 5<<20 | 0x1D000 = 0x04000000 | 0x00500000 | 0x1D000 = 0x0451D000.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000502
// CHECK-NEXT: 0451D000
// CHECK-NEXT: 00000014
// CHECK-NEXT: 00000007
// CHECK-NOT: {{.}}

module {
  aie.device(npu1) {
    memref.global "private" constant @five : memref<5xi32> = dense<[0, 1, -1, 2147483647, -2147483648]>
    memref.global "private" constant @two : memref<2xi32> = dense<[100, 101]>
    memref.global "private" constant @one : memref<1xi32> = dense<[7]>
    aie.runtime_sequence @seq() {
      %0 = memref.get_global @five : memref<5xi32>
      aiex.npu.blockwrite(%0) {address = 0x0601D0C0 : ui32} : memref<5xi32>
      %1 = memref.get_global @two : memref<2xi32>
      aiex.npu.blockwrite(%1) {column = 1 : i32, row = 1 : i32, address = 0x64 : ui32} : memref<2xi32>
      %2 = memref.get_global @one : memref<1xi32>
      aiex.npu.blockwrite(%2) {column = 3 : i32, row = 0 : i32, address = 0xFFF1D000 : ui32} : memref<1xi32>
      aiex.npu.blockwrite(%2) {column = 0 : i32, row = 0 : i32, address = 0x1D000 : ui32} : memref<1xi32>
      aiex.npu.blockwrite(%2) {column = 2 : i32, row = 5 : i32, address = 0x1D000 : ui32} : memref<1xi32>
    }
  }
}
