// Every TXN record kind the codec knows, on npu1 (input of the disasm round-trip tests).
module {
  aie.device(npu1) {
    memref.global "private" constant @bd : memref<8xi32> = dense<[256, 64, 1074266112, 8388608, -1071644665, 33554435, 1048577, 234881024]>
    memref.global "private" constant @pair : memref<2xi32> = dense<[-1, 2147483647]>
    aie.runtime_sequence @seq(%a: memref<64xi32>, %b: memref<64xi32>) {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 0x80000003 : ui32}
      aiex.npu.write32 {column = 3 : i32, row = 2 : i32, address = 0x1DE04 : ui32, value = 0x8001000F : ui32}
      aiex.npu.maskwrite32 {address = 0x0001D210 : ui32, value = 0x300 : ui32, mask = 0x1F00 : ui32}
      aiex.npu.maskpoll {address = 0x0001D228 : ui32, value = 0 : ui32, mask = 0x400000 : ui32}
      %0 = memref.get_global @bd : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x0401D060 : ui32} : memref<8xi32>
      %1 = memref.get_global @pair : memref<2xi32>
      aiex.npu.blockwrite(%1) {column = 1 : i32, row = 1 : i32, address = 0xC0000 : ui32} : memref<2xi32>
      aiex.npu.blockwrite(%1) {column = 0 : i32, row = 0 : i32, address = 0x14000 : ui32} : memref<2xi32>
      aiex.npu.writebd {column = 1 : i32, row = 0 : i32, bd_id = 15 : i32, buffer_length = 256 : i32, buffer_offset = 64 : i32,
        enable_packet = 1 : i32, out_of_order_id = 5 : i32, packet_id = 31 : i32, packet_type = 7 : i32,
        d0_size = 8 : i32, d0_stride = 1 : i32, d1_size = 4 : i32, d1_stride = 63 : i32, d2_size = 0 : i32, d2_stride = 1023 : i32,
        iteration_current = 2 : i32, iteration_size = 63 : i32, iteration_stride = 1048575 : i32,
        next_bd = 14 : i32, use_next_bd = 1 : i32, valid_bd = 1 : i32,
        lock_rel_val = -1 : i32, lock_rel_id = 15 : i32, lock_acq_enable = 1 : i32, lock_acq_val = -2 : i32, lock_acq_id = 3 : i32,
        d0_zero_before = 0 : i32, d1_zero_before = 0 : i32, d2_zero_before = 0 : i32,
        d0_zero_after = 0 : i32, d1_zero_after = 0 : i32, d2_zero_after = 0 : i32,
        burst_length = 128 : i32, axcache = 15 : i32}
      aiex.npu.sync {column = 3 : i32, row = 0 : i32, direction = 1 : i32, channel = 1 : i32, column_num = 2 : i32, row_num = 1 : i32}
      aiex.npu.address_patch {addr = 0x0401D064 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.address_patch {addr = 0x0401D064 : ui32, arg_idx = 4 : i32, arg_plus = 2147483644 : i32}
      aiex.npu.address_patch {addr = 0x0401D064 : ui32, arg_idx = 5 : i32, arg_plus = 64 : i32}
      aiex.npu.address_patch {addr = 0x0401D064 : ui32, arg_idx = 6 : i32, arg_plus = 2147483664 : i64}
      aiex.npu.address_patch {addr = 0x0201D1E4 : ui32, arg_idx = 15 : i32, arg_plus = 6442450948 : i64}
      aiex.npu.address_patch {addr = 0x0001D210 : ui32, arg_idx = 1 : i32, arg_plus = 4294967304 : i64}
      aiex.npu.load_pdi {id = 65535 : i32, size = -1 : i32, address = 0xFFFFFFFF00000000 : ui64}
      aiex.npu.load_pdi {id = 1 : i32, size = 4096 : i32, address = 0x200001000 : ui64}
      aiex.npu.preempt {level = 255 : ui8}
      aiex.npu.create_scratchpad {size = 0xFFFFFFFF : ui32, usage_type = 1 : ui8}
      aiex.npu.update_from_scratchpad<mul> {state_table_idx = 2 : ui8, func_arg = 8 : ui32, address = 0x0401D064 : ui32}
      aiex.npu.update_from_scratchpad<incr> {state_table_idx = 0 : ui8, func_arg = 1 : ui32, address = 0x0201D0C4 : ui32}
      aiex.npu.update_from_scratchpad<decr> {state_table_idx = 255 : ui8, func_arg = 0xFFFFFFFF : ui32, address = 0x1D000 : ui32}
    }
  }
}
