// The spec §11 worked example as lowered npu ops (input of the disasm tests).
module {
  aie.device(npu2) {
    memref.global "private" constant @blockwrite_data_0 : memref<8xi32> = dense<[512, 0, 0, 16777216, -1056964577, 33554687, 3146239, 33554432]>
    memref.global "private" constant @blockwrite_data_1 : memref<8xi32> = dense<[512, 0, 0, 0, -1073741824, 33554432, 0, 33554432]>
    aie.runtime_sequence @seq(%A: memref<8192xbf16>, %B: memref<8192xbf16>, %n: i32, %D: memref<4096xi8>, %E: memref<4096xi8>, %F: memref<4096xi8>, %G: memref<4096xi8>, %C: memref<4096xi8>) {
      %0 = memref.get_global @blockwrite_data_0 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x0601D0C0 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x0601D0C4 : ui32, arg_idx = 1 : i32, arg_plus = 4112 : i32}
      aiex.npu.write32 {address = 0x0601D21C : ui32, value = 0x00030006 : ui32}
      %1 = memref.get_global @blockwrite_data_1 : memref<8xi32>
      aiex.npu.blockwrite(%1) {address = 0x0A01D040 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x0A01D044 : ui32, arg_idx = 6 : i32, arg_plus = 1024 : i32}
      aiex.npu.write32 {address = 0x0A01D204 : ui32, value = 0x80000002 : ui32}
      aiex.npu.sync {column = 5 : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}
