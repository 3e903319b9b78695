// sync, address_patch and push_queue parse in both forms and print the attribute form; address_patch's arg_plus prints as i32 below 2^31, else i64; writebd is attribute-only (spec §2, §3).
// RUN: gemm-opt %s | gemm-opt | FileCheck %s --match-full-lines
// RUN: gemm-opt %s > %t.1 && gemm-opt %t.1 > %t.2 && diff %t.1 %t.2
// RUN: gemm-opt %s --print-op-generic | gemm-opt > %t.3 && diff %t.1 %t.3

// CHECK:      aie.runtime_sequence(%arg0: memref<8192xbf16>) {

// sync: attribute form in any order and SSA form (six i32 operands, same order) -> one sorted form.
// Spec §11 op 3: dma_wait on @out0 becomes sync(5, 0, 0, 0, 1, 1).
// CHECK-NEXT:   aiex.npu.sync {channel = 0 : i32, column = 5 : i32, column_num = 1 : i32, direction = 0 : i32, row = 0 : i32, row_num = 1 : i32}
// CHECK-NEXT:   %c0 = arith.constant 0 : i32
// CHECK-NEXT:   %c1 = arith.constant 1 : i32
// CHECK-NEXT:   %c3 = arith.constant 3 : i32
// CHECK-NEXT:   %c255 = arith.constant 255 : i32
// (column, row, direction, channel, column_num, row_num) = (3, 0, 1, 1, 1, 1)
// CHECK-NEXT:   aiex.npu.sync {channel = 1 : i32, column = 3 : i32, column_num = 1 : i32, direction = 1 : i32, row = 0 : i32, row_num = 1 : i32}
// 8-bit fields at their maximum, 255.
// CHECK-NEXT:   aiex.npu.sync {channel = 255 : i32, column = 255 : i32, column_num = 255 : i32, direction = 1 : i32, row = 255 : i32, row_num = 255 : i32}

// address_patch, attribute form. Spec §11 op 1: addr = (3<<25)|0x1D0C0 + 4 = 0x0601D0C4 = 100782276, arg_plus 4112.
// An i64 arg_plus below 2^31 prints as i32.
// CHECK-NEXT:   aiex.npu.address_patch {addr = 100782276 : ui32, arg_idx = 1 : i32, arg_plus = 4112 : i32}
// 2^31 - 1 = 2147483647 stays i32; 2^31 = 2147483648 and 2^32 = 4294967296 print as i64.
// CHECK-NEXT:   aiex.npu.address_patch {addr = 118788 : ui32, arg_idx = 0 : i32, arg_plus = 2147483647 : i32}
// CHECK-NEXT:   aiex.npu.address_patch {addr = 118788 : ui32, arg_idx = 0 : i32, arg_plus = 2147483648 : i64}
// CHECK-NEXT:   aiex.npu.address_patch {addr = 118788 : ui32, arg_idx = 15 : i32, arg_plus = 4294967296 : i64}
// SSA form `(%p : i32|i64) {addr, arg_idx}`: 1024 : i32 -> i32; -2147483648 : i32 has bits 2^31 -> i64;
// 6442450944 = 6 GiB : i64 -> i64. 0x1D044 = 118852.
// CHECK-NEXT:   %p1024 = arith.constant 1024 : i32
// CHECK-NEXT:   %pmin = arith.constant -2147483648 : i32
// CHECK-NEXT:   %p6g = arith.constant 6442450944 : i64
// CHECK-NEXT:   aiex.npu.address_patch {addr = 118852 : ui32, arg_idx = 6 : i32, arg_plus = 1024 : i32}
// CHECK-NEXT:   aiex.npu.address_patch {addr = 118852 : ui32, arg_idx = 6 : i32, arg_plus = 2147483648 : i64}
// CHECK-NEXT:   aiex.npu.address_patch {addr = 118852 : ui32, arg_idx = 6 : i32, arg_plus = 6442450944 : i64}

// push_queue, attribute form (spec §11 op 1 queue: bd 6, repeat 3 on MM2S1 of column 3) and the 2026
// SSA form `bd_id %b repeat %r {issue_token}` (a bare issue_token is true, spec §2).
// CHECK-NEXT:   aiex.npu.push_queue(3, 0, MM2S : 1) {bd_id = 6 : i32, issue_token = false, repeat_count = 3 : i32}
// CHECK-NEXT:   aiex.npu.push_queue(5, 0, S2MM : 0) {bd_id = 3 : i32, issue_token = true, repeat_count = 255 : i32}
// CHECK-NEXT:   aiex.npu.push_queue(0, 0, MM2S : 0) {bd_id = 0 : i32, issue_token = false, repeat_count = 1 : i32}

// writebd with spec §11 op 1's fields (d0 16/0, d1 16/31, d2 stride 255, iteration 3/511, length 512), sorted.
// CHECK-NEXT:   aiex.npu.writebd {axcache = 2 : i32, bd_id = 6 : i32, buffer_length = 512 : i32, buffer_offset = 0 : i32, burst_length = 0 : i32, column = 3 : i32, d0_size = 16 : i32, d0_stride = 0 : i32, d0_zero_after = 0 : i32, d0_zero_before = 0 : i32, d1_size = 16 : i32, d1_stride = 31 : i32, d1_zero_after = 0 : i32, d1_zero_before = 0 : i32, d2_size = 0 : i32, d2_stride = 255 : i32, d2_zero_after = 0 : i32, d2_zero_before = 0 : i32, enable_packet = 0 : i32, iteration_current = 0 : i32, iteration_size = 3 : i32, iteration_stride = 511 : i32, lock_acq_enable = 0 : i32, lock_acq_id = 0 : i32, lock_acq_val = 0 : i32, lock_rel_id = 0 : i32, lock_rel_val = 0 : i32, next_bd = 0 : i32, out_of_order_id = 0 : i32, packet_id = 0 : i32, packet_type = 0 : i32, row = 0 : i32, use_next_bd = 0 : i32, valid_bd = 1 : i32}
// CHECK-NEXT: }

aie.device(npu2) {
  aie.runtime_sequence(%arg0: memref<8192xbf16>) {
    aiex.npu.sync {row_num = 1 : i32, column_num = 1 : i32, channel = 0 : i32, direction = 0 : i32, row = 0 : i32, column = 5 : i32}
    %c0 = arith.constant 0 : i32
    %c1 = arith.constant 1 : i32
    %c3 = arith.constant 3 : i32
    %c255 = arith.constant 255 : i32
    aiex.npu.sync(%c3, %c0, %c1, %c1, %c1, %c1) : i32, i32, i32, i32, i32, i32
    aiex.npu.sync(%c255, %c255, %c1, %c255, %c255, %c255) : i32, i32, i32, i32, i32, i32
    aiex.npu.address_patch {arg_plus = 4112 : i64, addr = 0x0601D0C4 : ui32, arg_idx = 1 : i32}
    aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 2147483647 : i32}
    aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = 2147483648 : i64}
    aiex.npu.address_patch {addr = 0x1D004 : ui32, arg_idx = 15 : i32, arg_plus = 0x100000000 : i64}
    %p1024 = arith.constant 1024 : i32
    %pmin = arith.constant -2147483648 : i32
    %p6g = arith.constant 6442450944 : i64
    aiex.npu.address_patch(%p1024 : i32) {addr = 0x1D044 : ui32, arg_idx = 6 : i32}
    aiex.npu.address_patch(%pmin : i32) {arg_idx = 6 : i32, addr = 0x1D044 : ui32}
    aiex.npu.address_patch(%p6g : i64) {addr = 0x1D044 : ui32, arg_idx = 6 : i32}
    aiex.npu.push_queue (3, 0, MM2S:1) {issue_token = false, repeat_count = 3 : i32, bd_id = 6 : i32}
    aiex.npu.push_queue(5, 0, S2MM : 0) bd_id %c3 repeat %c255 {issue_token} : i32, i32
    aiex.npu.push_queue(0, 0, MM2S : 0) bd_id %c0 repeat %c1 {issue_token = false} : i32, i32
    aiex.npu.writebd {column = 3 : i32, row = 0 : i32, bd_id = 6 : i32, buffer_length = 512 : i32, buffer_offset = 0 : i32, enable_packet = 0 : i32, out_of_order_id = 0 : i32, packet_id = 0 : i32, packet_type = 0 : i32, d0_size = 16 : i32, d0_stride = 0 : i32, d1_size = 16 : i32, d1_stride = 31 : i32, d2_size = 0 : i32, d2_stride = 255 : i32, iteration_current = 0 : i32, iteration_size = 3 : i32, iteration_stride = 511 : i32, next_bd = 0 : i32, use_next_bd = 0 : i32, valid_bd = 1 : i32, lock_rel_val = 0 : i32, lock_rel_id = 0 : i32, lock_acq_enable = 0 : i32, lock_acq_val = 0 : i32, lock_acq_id = 0 : i32, d0_zero_before = 0 : i32, d1_zero_before = 0 : i32, d2_zero_before = 0 : i32, d0_zero_after = 0 : i32, d1_zero_after = 0 : i32, d2_zero_after = 0 : i32, burst_length = 0 : i32, axcache = 2 : i32}
  }
}
