// A lowered `*.mlir.prj/npu_insts.mlir` (several named devices, physical ops, load_pdi by device_ref) parses, prints its physical ops verbatim, and gemm-translate picks the sequence named by --sequence-name.
// RUN: gemm-opt %s | gemm-opt | FileCheck %s --check-prefix=RT --match-full-lines
// RUN: gemm-opt %s > %t.1 && gemm-opt %t.1 > %t.2 && diff %t.1 %t.2
// RUN: gemm-opt %s --print-op-generic | gemm-opt > %t.3 && diff %t.1 %t.3
// RUN: gemm-translate %s --npu-to-hex --sequence-name=configure | FileCheck %s --check-prefix=CONF --match-full-lines
// RUN: gemm-translate %s --npu-to-hex --sequence-name run | FileCheck %s --check-prefix=SEQ --match-full-lines
// RUN: not gemm-translate %s --npu-to-hex 2>&1 | %one-line | FileCheck %s --check-prefix=AMBIG
// RUN: not gemm-translate %s --npu-to-hex --sequence-name=nope 2>&1 | %one-line | FileCheck %s --check-prefix=MISSING

// Registered ops print canonically; unmodelled aie.* ops (opaque.py) come back as written,
// regions, block labels, comments and trailing attribute dictionaries included. SSA names
// restart in each device (aie.device is IsolatedFromAbove, as in mlir-aie), so the second
// device's %shim_noc_tile_0_0 is not renamed and its opaque text still refers to it.
// RT:      module {
// RT-NEXT:   aie.device(npu1_1col) @add_one {
// RT-NEXT:     %shim_noc_tile_0_0 = aie.tile(0, 0) {controller_id = #aie.packet_info<pkt_type = 0, pkt_id = 15>}
// RT:          %switchbox_0_0 = aie.switchbox(%shim_noc_tile_0_0) {
// RT-NEXT:       aie.connect<South : 3, North : 0>
// RT-NEXT:       aie.connect<North : 0, South : 2>
// RT-NEXT:     }
// RT-NEXT:     %shim_mux_0_0 = aie.shim_mux(%shim_noc_tile_0_0) {
// RT:          } {elf_file = "core_0_2.elf", link_with = "kernel.o"}
// RT-NEXT:     aie.shim_dma_allocation @in(MM2S, 0, 0)
// RT-NEXT:     %mem_0_2 = aie.mem(%tile_0_2) {
// RT-NEXT:       %0 = aie.dma_start(S2MM, 0, ^bb1, ^bb3)
// RT-NEXT:     ^bb1:  // 2 preds: ^bb0, ^bb2
// RT-NEXT:       aie.use_lock(%in_cons_prod_lock_0, AcquireGreaterEqual, 1)
// RT-NEXT:       aie.dma_bd(%in_cons_buff_0 : memref<16xi32>, 0, 16) {bd_id = 0 : i32, next_bd_id = 1 : i32}
// RT:          %memtile_dma_0_1 = aie.memtile_dma(%mem_tile_0_1) {
// RT:            aie.dma_bd(%mt_buff_0 : memref<16xi32>, 0, 16, [<size = 4, stride = 4>, <size = 4, stride = 1>]) {bd_id = 0 : i32, next_bd_id = 0 : i32}
// RT:          %shim_dma_0_0 = aie.shim_dma(%shim_noc_tile_0_0) {
// RT-NEXT:       aie.end
// RT-NEXT:     }
// RT-NEXT:     aie.flow(%shim_noc_tile_0_0, DMA : 0, %mem_tile_0_1, DMA : 0)
// RT-NEXT:     aie.flow(%mem_tile_0_1, DMA : 0, %tile_0_2, DMA : 0)
// RT-NEXT:     aie.packet_flow(15) {
// RT-NEXT:       aie.packet_source<%shim_noc_tile_0_0, DMA : 0>
// RT-NEXT:       aie.packet_dest<%tile_0_2, TileControl : 0>
// RT-NEXT:     } {keep_pkt_header = true, priority_route = true}
// RT-NEXT:     aie.wire(%shim_mux_0_0 : North, %switchbox_0_0 : South)
// RT-NEXT:     aie.wire(%switchbox_0_0 : North, %switchbox_0_1 : South)
// RT:          aie.runtime_sequence @configure(%arg0: memref<16xi32>) {
// RT:        aie.device(npu1_1col) @main {
// RT-NEXT:     %shim_noc_tile_0_0 = aie.tile(0, 0)
// RT-NEXT:     aie.flow(%shim_noc_tile_0_0, DMA : 1, %shim_noc_tile_0_0, DMA : 1)
// RT-NEXT:     aie.runtime_sequence @run(%arg0: memref<16xi32>) {
// RT-NEXT:       aiex.npu.load_pdi {device_ref = @add_one}

// @configure (TXN 0.1, spec §6). npu1_1col header: 0x06030100 and memtile rows 1<<8 | 1 column = 0x101.
// 5 records: blockwrite 4+8, DDR_PATCH 12, maskwrite32 7, write32 6, sync 4 -> 4 + 41 = 45 words = 180 = 0xB4 bytes.
// CONF:      06030100
// CONF-NEXT: 00000101
// CONF-NEXT: 00000005
// CONF-NEXT: 000000B4
// blockwrite (no column/row -> word 1 = 0) at 118784 = 0x1D000 (shim BD 0), (4+8)·4 = 48 = 0x30 bytes;
// data [16, 0, 0, 0, -2^31, 2^25, 0, 2^25] = 0x10, 0, 0, 0, 0x80000000, 0x02000000, 0, 0x02000000.
// CONF-NEXT: 00000001
// CONF-NEXT: 00000000
// CONF-NEXT: 0001D000
// CONF-NEXT: 00000030
// CONF-NEXT: 00000010
// CONF-NEXT: 00000000
// CONF-NEXT: 00000000
// CONF-NEXT: 00000000
// CONF-NEXT: 80000000
// CONF-NEXT: 02000000
// CONF-NEXT: 00000000
// CONF-NEXT: 02000000
// DDR_PATCH: 0x81, 48, four zero words, reg 118788 = 0x1D004, 0, arg_idx 0, 0, arg_plus lo 0, hi 0.
// CONF-NEXT: 00000081
// CONF-NEXT: 00000030
// CONF-NEXT: 00000000
// CONF-NEXT: 00000000
// CONF-NEXT: 00000000
// CONF-NEXT: 00000000
// CONF-NEXT: 0001D004
// CONF-NEXT: 00000000
// CONF-NEXT: 00000000
// CONF-NEXT: 00000000
// CONF-NEXT: 00000000
// CONF-NEXT: 00000000
// maskwrite32 of the MM2S0 ctrl 119312 = 0x1D210: value 3840 = 15<<8 = 0xF00 (controller_id 15), mask 0x1F00, 28 bytes.
// CONF-NEXT: 00000003
// CONF-NEXT: 00000000
// CONF-NEXT: 0001D210
// CONF-NEXT: 00000000
// CONF-NEXT: 00000F00
// CONF-NEXT: 00001F00
// CONF-NEXT: 0000001C
// write32 of the MM2S0 queue 119316 = 0x1D214: bd 0, repeat 0, token bit 31 = 0x80000000, 24 bytes.
// CONF-NEXT: 00000000
// CONF-NEXT: 00000000
// CONF-NEXT: 0001D214
// CONF-NEXT: 00000000
// CONF-NEXT: 80000000
// CONF-NEXT: 00000018
// sync(col 0, row 0, dir 1, ch 0, 1, 1): 0x80, 16, dir|row<<8|col<<16 = 1, row_num<<8|col_num<<16|ch<<24 = 0x10100.
// CONF-NEXT: 00000080
// CONF-NEXT: 00000010
// CONF-NEXT: 00000001
// CONF-NEXT: 00010100
// CONF-EMPTY:

// @run: load_pdi {device_ref} carries id 0, size 0, address 0 (PD, aiex.py NpuLoadPdiOp): 8|0<<16, 0, 0, 0;
// write32(0x1D204, 1) from the SSA form. 2 records, 4 + 4 + 6 = 14 words = 56 = 0x38 bytes.
// SEQ:      06030100
// SEQ-NEXT: 00000101
// SEQ-NEXT: 00000002
// SEQ-NEXT: 00000038
// SEQ-NEXT: 00000008
// SEQ-NEXT: 00000000
// SEQ-NEXT: 00000000
// SEQ-NEXT: 00000000
// SEQ-NEXT: 00000000
// SEQ-NEXT: 00000000
// SEQ-NEXT: 0001D204
// SEQ-NEXT: 00000000
// SEQ-NEXT: 00000001
// SEQ-NEXT: 00000018
// SEQ-EMPTY:

// AMBIG: gemm-translate: error: several runtime sequences (@configure, @run); choose one with --sequence-name
// MISSING: gemm-translate: error: no runtime sequence named @nope (have: @configure, @run)

module {
  aie.device(npu1_1col) @add_one {
    %shim_noc_tile_0_0 = aie.tile(0, 0) {controller_id = #aie.packet_info<pkt_type = 0, pkt_id = 15>}
    %mem_tile_0_1 = aie.tile(0, 1) {controller_id = #aie.packet_info<pkt_type = 0, pkt_id = 26>}
    %tile_0_2 = aie.tile(0, 2) {controller_id = #aie.packet_info<pkt_type = 0, pkt_id = 27>}
    %in_cons_prod_lock_0 = aie.lock(%tile_0_2, 0) {init = 2 : i32, sym_name = "in_cons_prod_lock_0"}
    %in_cons_cons_lock_0 = aie.lock(%tile_0_2, 1) {init = 0 : i32, sym_name = "in_cons_cons_lock_0"}
    %in_cons_buff_0 = aie.buffer(%tile_0_2) {address = 1024 : i32, mem_bank = 0 : i32, sym_name = "in_cons_buff_0"} : memref<16xi32>
    %in_cons_buff_1 = aie.buffer(%tile_0_2) {address = 16384 : i32, mem_bank = 1 : i32, sym_name = "in_cons_buff_1"} : memref<16xi32>
    %mt_buff_0 = aie.buffer(%mem_tile_0_1) {address = 0 : i32, mem_bank = 0 : i32, sym_name = "mt_buff_0"} : memref<16xi32>
    %mt_lock_0 = aie.lock(%mem_tile_0_1, 0) {init = 1 : i32, sym_name = "mt_lock_0"}
    %mt_lock_1 = aie.lock(%mem_tile_0_1, 1) {init = 0 : i32, sym_name = "mt_lock_1"}
    %switchbox_0_0 = aie.switchbox(%shim_noc_tile_0_0) {
      aie.connect<South : 3, North : 0>
      aie.connect<North : 0, South : 2>
    }
    %shim_mux_0_0 = aie.shim_mux(%shim_noc_tile_0_0) {
      aie.connect<DMA : 0, North : 3>
      aie.connect<North : 2, DMA : 0>
    }
    %switchbox_0_1 = aie.switchbox(%mem_tile_0_1) {
      aie.connect<South : 0, DMA : 0>
      aie.connect<DMA : 0, North : 0>
    }
    %core_0_2 = aie.core(%tile_0_2) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c16 = arith.constant 16 : index
      aie.use_lock(%in_cons_cons_lock_0, AcquireGreaterEqual, 1)
      scf.for %i = %c0 to %c16 step %c1 {
        %v = memref.load %in_cons_buff_0[%i] : memref<16xi32>
      }
      aie.use_lock(%in_cons_prod_lock_0, Release, 1)
      aie.end
    } {elf_file = "core_0_2.elf", link_with = "kernel.o"}
    aie.shim_dma_allocation @in(MM2S, 0, 0)
    %mem_0_2 = aie.mem(%tile_0_2) {
      %0 = aie.dma_start(S2MM, 0, ^bb1, ^bb3)
    ^bb1:  // 2 preds: ^bb0, ^bb2
      aie.use_lock(%in_cons_prod_lock_0, AcquireGreaterEqual, 1)
      aie.dma_bd(%in_cons_buff_0 : memref<16xi32>, 0, 16) {bd_id = 0 : i32, next_bd_id = 1 : i32}
      aie.use_lock(%in_cons_cons_lock_0, Release, 1)
      aie.next_bd ^bb2
    ^bb2:  // pred: ^bb1
      aie.use_lock(%in_cons_prod_lock_0, AcquireGreaterEqual, 1)
      aie.dma_bd(%in_cons_buff_1 : memref<16xi32>, 0, 16) {bd_id = 1 : i32, next_bd_id = 0 : i32}
      aie.use_lock(%in_cons_cons_lock_0, Release, 1)
      aie.next_bd ^bb1
    ^bb3:  // pred: ^bb0
      aie.end
    }
    %memtile_dma_0_1 = aie.memtile_dma(%mem_tile_0_1) {
      %0 = aie.dma_start(S2MM, 0, ^bb1, ^bb2)
    ^bb1:  // 2 preds: ^bb0, ^bb1
      aie.use_lock(%mt_lock_0, AcquireGreaterEqual, 1)
      aie.dma_bd(%mt_buff_0 : memref<16xi32>, 0, 16, [<size = 4, stride = 4>, <size = 4, stride = 1>]) {bd_id = 0 : i32, next_bd_id = 0 : i32}
      aie.use_lock(%mt_lock_1, Release, 1)
      aie.next_bd ^bb1
    ^bb2:  // pred: ^bb0
      %1 = aie.dma_start(MM2S, 0, ^bb3, ^bb4)
    ^bb3:  // 2 preds: ^bb2, ^bb3
      aie.use_lock(%mt_lock_1, AcquireGreaterEqual, 1)
      aie.dma_bd(%mt_buff_0 : memref<16xi32>, 0, 16) {bd_id = 24 : i32, next_bd_id = 24 : i32}
      aie.use_lock(%mt_lock_0, Release, 1)
      aie.next_bd ^bb3
    ^bb4:  // pred: ^bb2
      aie.end
    }
    %shim_dma_0_0 = aie.shim_dma(%shim_noc_tile_0_0) {
      aie.end
    }
    aie.flow(%shim_noc_tile_0_0, DMA : 0, %mem_tile_0_1, DMA : 0)
    aie.flow(%mem_tile_0_1, DMA : 0, %tile_0_2, DMA : 0)
    aie.packet_flow(15) {
      aie.packet_source<%shim_noc_tile_0_0, DMA : 0>
      aie.packet_dest<%tile_0_2, TileControl : 0>
    } {keep_pkt_header = true, priority_route = true}
    aie.wire(%shim_mux_0_0 : North, %switchbox_0_0 : South)
    aie.wire(%switchbox_0_0 : North, %switchbox_0_1 : South)
    memref.global "private" constant @blockwrite_data_0 : memref<8xi32> = dense<[16, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>
    aie.runtime_sequence @configure(%arg0: memref<16xi32>) {
      %0 = memref.get_global @blockwrite_data_0 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 118784 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 118788 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.maskwrite32 {address = 119312 : ui32, mask = 7936 : ui32, value = 3840 : ui32}
      aiex.npu.write32 {address = 119316 : ui32, value = 2147483648 : ui32}
      aiex.npu.sync {channel = 0 : i32, column = 0 : i32, column_num = 1 : i32, direction = 1 : i32, row = 0 : i32, row_num = 1 : i32}
    }
  }
  aie.device(npu1_1col) @main {
    %shim_noc_tile_0_0 = aie.tile(0, 0)
    aie.flow(%shim_noc_tile_0_0, DMA : 1, %shim_noc_tile_0_0, DMA : 1)
    aie.runtime_sequence @run(%arg0: memref<16xi32>) {
      aiex.npu.load_pdi {device_ref = @add_one}
      %c119300 = arith.constant 119300 : i32
      %c1 = arith.constant 1 : i32
      aiex.npu.write32(%c119300, %c1) : i32, i32
    }
  }
}
