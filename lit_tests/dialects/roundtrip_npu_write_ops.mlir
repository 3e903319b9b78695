// write32/maskwrite32/maskpoll parse in attribute and SSA form (constants read as two's-complement bits) and print one sorted attribute form; blockwrite takes a memref.get_global.
// RUN: gemm-opt %s | gemm-opt | FileCheck %s --match-full-lines
// RUN: gemm-opt %s > %t.1 && gemm-opt %t.1 > %t.2 && diff %t.1 %t.2
// RUN: gemm-opt %s --print-op-generic | gemm-opt > %t.3 && diff %t.1 %t.3

// CHECK:      aie.device(npu2) {
// CHECK-NEXT:   %tile_2_3 = aie.tile(2, 3)
// CHECK-NEXT:   %rtp = aie.buffer(%tile_2_3) {sym_name = "rtp"} : memref<16xi32>
// The BD words of spec §11 op 1, given in hex, print as signed i32 decimals:
// 0x200 = 512, 0x01000000 = 16777216, 0xC100001F = 3238002719 - 2^32 = -1056964577,
// 0x020000FF = 33554432 + 255 = 33554687, 0x003001FF = 3145728 + 511 = 3146239, 0x02000000 = 33554432.
// CHECK-NEXT:   memref.global "private" constant @blockwrite_data_0 : memref<8xi32> = dense<[512, 0, 0, 16777216, -1056964577, 33554687, 3146239, 33554432]>
// CHECK-NEXT:   aie.runtime_sequence @seq() {

// Attribute form: hex or decimal, any order -> decimal, sorted. 0x1D204 = 119300, 0x80000001 = 2147483649.
// CHECK-NEXT:     aiex.npu.write32 {address = 119300 : ui32, value = 2147483649 : ui32}
// CHECK-NEXT:     aiex.npu.write32 {address = 119300 : ui32, column = 3 : i32, row = 0 : i32, value = 6 : ui32}
// CHECK-NEXT:     aiex.npu.write32 {address = 5 : ui32, buffer = @rtp, value = 42 : ui32}
// 0x1F00 = 7936, 0xF00 = 3840.
// CHECK-NEXT:     aiex.npu.maskwrite32 {address = 119296 : ui32, mask = 7936 : ui32, value = 3840 : ui32}
// Spec §10 poll: status 0x1D228, mask 4<<20 = 0x400000 = 4194304.
// CHECK-NEXT:     aiex.npu.maskpoll {address = 119336 : ui32, mask = 4194304 : ui32, value = 0 : ui32}

// SSA form (2026): the arith.constant ops stay; the op folds their bits.
// -2147483643 : i32 has bits 2^32 - 2147483643 = 2147483653 = 0x80000005; 0x80000005 reads the same.
// CHECK-NEXT:     %neg = arith.constant -2147483643 : i32
// CHECK-NEXT:     %hex = arith.constant -2147483643 : i32
// CHECK-NEXT:     %addr = arith.constant 119300 : i32
// CHECK-NEXT:     %all = arith.constant -1 : i32
// CHECK-NEXT:     aiex.npu.write32 {address = 119300 : ui32, value = 2147483653 : ui32}
// CHECK-NEXT:     aiex.npu.write32 {address = 2147483653 : ui32, value = 2147483653 : ui32}
// Extra attributes of the SSA form (column, row) are kept; -1 : i32 -> 4294967295.
// CHECK-NEXT:     aiex.npu.write32 {address = 119300 : ui32, column = 2 : i32, row = 3 : i32, value = 4294967295 : ui32}
// CHECK-NEXT:     aiex.npu.maskwrite32 {address = 119300 : ui32, mask = 4294967295 : ui32, value = 2147483653 : ui32}
// CHECK-NEXT:     aiex.npu.maskpoll {address = 119300 : ui32, mask = 2147483653 : ui32, value = 4294967295 : ui32}

// blockwrite at the spec §11 BD base 0x0601D0C0 = 0x06000000 + 0x1D0C0 = 100663296 + 118976 = 100782272.
// CHECK-NEXT:     %bw = memref.get_global @blockwrite_data_0 : memref<8xi32>
// CHECK-NEXT:     aiex.npu.blockwrite(%bw) {address = 100782272 : ui32} : memref<8xi32>
// Tile-relative form: 0x1D0C0 = 118976 on tile (3, 0).
// CHECK-NEXT:     aiex.npu.blockwrite(%bw) {address = 118976 : ui32, column = 3 : i32, row = 0 : i32} : memref<8xi32>
// CHECK-NEXT:   }
// CHECK-NEXT: }

aie.device(npu2) {
  %tile_2_3 = aie.tile(2, 3)
  %rtp = aie.buffer(%tile_2_3) {sym_name = "rtp"} : memref<16xi32>
  memref.global "private" constant @blockwrite_data_0 : memref<8xi32> = dense<[0x200, 0, 0, 0x01000000, 0xC100001F, 0x020000FF, 0x003001FF, 0x02000000]>
  aie.runtime_sequence @seq() {
    aiex.npu.write32 {value = 0x80000001 : ui32, address = 0x1D204 : ui32}
    aiex.npu.write32 {row = 0 : i32, column = 3 : i32, address = 119300 : ui32, value = 6 : ui32}
    aiex.npu.write32 {address = 5 : ui32, value = 42 : ui32, buffer = @rtp}
    aiex.npu.maskwrite32 {address = 0x1D200 : ui32, value = 0xF00 : ui32, mask = 0x1F00 : ui32}
    aiex.npu.maskpoll {address = 0x1D228 : ui32, value = 0 : ui32, mask = 0x400000 : ui32}
    %neg = arith.constant -2147483643 : i32
    %hex = arith.constant 0x80000005 : i32
    %addr = arith.constant 0x1D204 : i32
    %all = arith.constant -1 : i32
    aiex.npu.write32(%addr, %neg) : i32, i32
    aiex.npu.write32(%hex, %neg) : i32, i32
    aiex.npu.write32(%addr, %all) {column = 2 : i32, row = 3 : i32} : i32, i32
    aiex.npu.maskwrite32(%addr, %hex, %all) : i32, i32, i32
    aiex.npu.maskpoll(%addr, %all, %hex) : i32, i32, i32
    %bw = memref.get_global @blockwrite_data_0 : memref<8xi32>
    aiex.npu.blockwrite(%bw) {address = 0x0601D0C0 : ui32} : memref<8xi32>
    aiex.npu.blockwrite(%bw) {row = 0 : i32, address = 0x1D0C0 : ui32, column = 3 : i32} : memref<8xi32>
  }
}
