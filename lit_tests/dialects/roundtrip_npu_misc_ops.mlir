// load_pdi, preempt, create_scratchpad, update_from_scratchpad<mul|incr|decr>, rtp_write (both forms) and set_lock round-trip with their declared attribute types.
// RUN: gemm-opt %s | gemm-opt | FileCheck %s --match-full-lines
// RUN: gemm-opt %s > %t.1 && gemm-opt %t.1 > %t.2 && diff %t.1 %t.2
// RUN: gemm-opt %s --print-op-generic | gemm-opt > %t.3 && diff %t.1 %t.3

// CHECK:      aie.device(npu1_1col) @main {
// CHECK-NEXT:   %tile_0_2 = aie.tile(0, 2)
// CHECK-NEXT:   %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<2xi32> = dense<0>
// CHECK-NEXT:   %lock_0_2 = aie.lock(%tile_0_2) {init = 0 : i32}
// CHECK-NEXT:   aie.runtime_sequence @seq() {

// load_pdi: id/size/address (address is ui64; 0x1_0000_0000 = 4294967296), or a device_ref.
// CHECK-NEXT:     aiex.npu.load_pdi {address = 4294967296 : ui64, id = 1 : i32, size = 1024 : i32}
// CHECK-NEXT:     aiex.npu.load_pdi {device_ref = @main}
// CHECK-NEXT:     aiex.npu.load_pdi {device_ref = @main, id = 65535 : i32}
// preempt level is ui8 (0 no-op .. 3 AIE registers); an i32-typed literal is normalised to ui8.
// CHECK-NEXT:     aiex.npu.preempt {level = 0 : ui8}
// CHECK-NEXT:     aiex.npu.preempt {level = 3 : ui8}
// CHECK-NEXT:     aiex.npu.create_scratchpad {size = 128 : ui32}
// CHECK-NEXT:     aiex.npu.create_scratchpad {size = 64 : ui32, usage_type = 0 : ui8}
// update_from_scratchpad: the <func> keyword; without one it is incr (mlir-aie's default), printed explicitly.
// CHECK-NEXT:     aiex.npu.update_from_scratchpad<mul> {address = 118788 : ui32, func_arg = 2 : ui32, state_table_idx = 1 : ui8}
// CHECK-NEXT:     aiex.npu.update_from_scratchpad<incr> {address = 118788 : ui32, state_table_idx = 0 : ui8}
// CHECK-NEXT:     aiex.npu.update_from_scratchpad<decr> {address = 4 : ui32, column = 0 : i32, func_arg = 8 : ui32, row = 0 : i32, state_table_idx = 31 : ui8}
// CHECK-NEXT:     aiex.npu.update_from_scratchpad<incr> {address = 118788 : ui32, state_table_idx = 2 : ui8}

// rtp_write: literal value, or the 2026 SSA value (an arith.constant, read as signed i32).
// CHECK-NEXT:     aiex.npu.rtp_write(@rtp, 0, 42)
// CHECK-NEXT:     %v = arith.constant -5 : i32
// CHECK-NEXT:     %big = arith.constant -1 : i32
// CHECK-NEXT:     aiex.npu.rtp_write(@rtp, 1, -5)
// CHECK-NEXT:     aiex.npu.rtp_write(@rtp, 1, -1)
// CHECK-NEXT:     aiex.set_lock(%lock_0_2, 1)
// CHECK-NEXT:   }
// CHECK-NEXT: }

aie.device(npu1_1col) @main {
  %tile_0_2 = aie.tile(0, 2)
  %rtp = aie.buffer(%tile_0_2) {sym_name = "rtp"} : memref<2xi32> = dense<[0, 0]>
  %lock_0_2 = aie.lock(%tile_0_2) {init = 0 : i32}
  aie.runtime_sequence @seq() {
    aiex.npu.load_pdi {id = 1 : i32, size = 1024 : i32, address = 0x100000000 : ui64}
    aiex.npu.load_pdi {device_ref = @main}
    aiex.npu.load_pdi {id = 0xFFFF : i32, device_ref = @main}
    aiex.npu.preempt {level = 0 : ui8}
    aiex.npu.preempt {level = 3 : i32}
    aiex.npu.create_scratchpad {size = 128 : ui32}
    aiex.npu.create_scratchpad {usage_type = 0 : ui8, size = 64 : ui32}
    aiex.npu.update_from_scratchpad<mul> {state_table_idx = 1 : ui8, func_arg = 2 : ui32, address = 0x1D004 : ui32}
    aiex.npu.update_from_scratchpad<incr> {state_table_idx = 0 : ui8, address = 0x1D004 : ui32}
    aiex.npu.update_from_scratchpad<decr> {state_table_idx = 31 : ui8, func_arg = 8 : ui32, address = 4 : ui32, column = 0 : i32, row = 0 : i32}
    aiex.npu.update_from_scratchpad {state_table_idx = 2 : ui8, address = 0x1D004 : ui32}
    aiex.npu.rtp_write(@rtp, 0, 42)
    %v = arith.constant -5 : i32
    %big = arith.constant 0xFFFFFFFF : i32
    aiex.npu.rtp_write(@rtp, 1, %v) : i32
    aiex.npu.rtp_write(@rtp, 1, %big) : i32
    aiex.set_lock(%lock_0_2, 1)
  }
}
