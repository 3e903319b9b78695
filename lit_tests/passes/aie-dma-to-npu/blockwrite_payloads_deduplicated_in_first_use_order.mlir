// Each BD becomes a blockwrite of a private constant @blockwrite_data_N global placed before the sequence; identical payloads share one global and N counts up, in order of first use, from one past the largest existing N (spec §4.5).
// RUN: gemm-opt -p aie-dma-to-npu %s | FileCheck %s

// The input already holds @blockwrite_data_4 (another payload), so new names start at 5.
// Payload A: linear i32 len 16 on npu1 = [0x10, 0, 0, 0, 0x80000000, 0x02000000, 0, 0x02000000], printed as signed i32.
// Payload B: linear i32 len 32 = the same with word 0 = 0x20.
// CHECK:      memref.global "private" constant @blockwrite_data_4 : memref<8xi32> = dense<[1, 2, 3, 4, 5, 6, 7, 8]>
// CHECK-NEXT: memref.global "private" constant @blockwrite_data_5 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
// CHECK-NEXT: memref.global "private" constant @blockwrite_data_6 : memref<8xi32> = dense<[32, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
// CHECK-NEXT: aie.runtime_sequence @seq
// CHECK:      memref.get_global @blockwrite_data_5 : memref<8xi32>
// CHECK:      aiex.npu.blockwrite(%{{.*}}) {address = 118784 : ui32} : memref<8xi32>
// CHECK:      memref.get_global @blockwrite_data_6 : memref<8xi32>
// CHECK:      aiex.npu.blockwrite(%{{.*}}) {address = 118816 : ui32} : memref<8xi32>
// The third transfer and the hand-written writebd (same fields as payload A) reuse @blockwrite_data_5.
// CHECK:      memref.get_global @blockwrite_data_5 : memref<8xi32>
// CHECK:      aiex.npu.blockwrite(%{{.*}}) {address = 118848 : ui32} : memref<8xi32>
// CHECK:      memref.get_global @blockwrite_data_5 : memref<8xi32>
// CHECK:      aiex.npu.blockwrite(%{{.*}}) {address = 118880 : ui32} : memref<8xi32>
// CHECK-NOT:  blockwrite_data_7

module {
  aie.device(npu1) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    memref.global "private" constant @blockwrite_data_4 : memref<8xi32> = dense<[1, 2, 3, 4, 5, 6, 7, 8]>
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 0][1, 1, 1, 32][0, 0, 0, 1]) {id = 1 : i64, metadata = @in} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a[0, 0, 0, 16][1, 1, 1, 16][0, 0, 0, 1]) {id = 2 : i64, metadata = @in} : memref<64xi32>
      aiex.npu.writebd {bd_id = 3 : i32, buffer_length = 16 : i32, buffer_offset = 0 : i32, column = 0 : i32, row = 0 : i32, d0_size = 0 : i32, d0_stride = 0 : i32, d1_size = 0 : i32, d1_stride = 0 : i32, d2_size = 0 : i32, d2_stride = 0 : i32, enable_packet = 0 : i32, out_of_order_id = 0 : i32, packet_id = 0 : i32, packet_type = 0 : i32, iteration_current = 0 : i32, iteration_size = 0 : i32, iteration_stride = 0 : i32, next_bd = 0 : i32, use_next_bd = 0 : i32, valid_bd = 1 : i32, lock_rel_val = 0 : i32, lock_rel_id = 0 : i32, lock_acq_enable = 0 : i32, lock_acq_val = 0 : i32, lock_acq_id = 0 : i32, d0_zero_before = 0 : i32, d1_zero_before = 0 : i32, d2_zero_before = 0 : i32, d0_zero_after = 0 : i32, d1_zero_after = 0 : i32, d2_zero_after = 0 : i32}
    }
  }
}
