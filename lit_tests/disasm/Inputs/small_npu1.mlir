// A 4-record npu1 stream whose words the corrupt-input test pokes at (word indices in that test).
module {
  aie.device(npu1) {
    memref.global "private" constant @pair : memref<2xi32> = dense<[1, 2]>
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 0x80000003 : ui32}
      %0 = memref.get_global @pair : memref<2xi32>
      aiex.npu.blockwrite(%0) {address = 0x0001D000 : ui32} : memref<2xi32>
      aiex.npu.address_patch {addr = 0x0001D004 : ui32, arg_idx = 5 : i32, arg_plus = 64 : i32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}
