// `gemm-codegen disasm` lists every record at its word offset, names the register it touches (spec §5 map), decodes queue words and shim BDs, and sums up the DDR patches with logical offsets.
// RUN: rm -rf %t && mkdir -p %t
// RUN: gemm-translate %s --npu-to-binary -o %t/insts.bin
// RUN: gemm-codegen disasm %t/insts.bin | FileCheck %s --match-full-lines
// The same stream written and read without the fold lists the same logical offsets.
// RUN: gemm-translate %s --npu-to-binary --no-fold-ddr-offset -o %t/nofold.bin
// RUN: gemm-codegen disasm %t/nofold.bin --no-fold-ddr-offset | FileCheck %s --match-full-lines
// Reading the folded stream as unfolded shows the wire value 256 + 0x80000000 = 2147483904 instead.
// RUN: gemm-codegen disasm %t/insts.bin --no-fold-ddr-offset | FileCheck %s --check-prefix=WIRE

// Header: npu2, 17 records, 112 words (offsets below) = 448 bytes; ninstr counts the header words too (§7).
// CHECK: TXN 0.1 npu2: 17 ops, 448 bytes, ninstr 112 words
// CHECK-NEXT: # word op

// Word offsets: 4 + record lengths (§6): blockwrite 4+8, DDR_PATCH 12, write32 6, maskwrite32/maskpoll 7,
// sync 4, load_pdi 4, preempt 1, create_scratchpad 4, update_from_scratchpad 3.
// BD 3 of column 2 is at 2<<25 | (0x1D000 + 0x20·3) = 0x0401D060. Its words (§5):
// w0 len 256; w1 offset 0; w2 Enable_Packet, Packet_ID 0x80000>>19 = 1, type 0; w3 D0_Wrap 8, stepsize field 0 -> step 1;
// w4 Burst 3 = 512 B on npu2, D1_Wrap 2, field 7 -> step 8; w5 AxCache 2, D2 field 3 -> step 4;
// w6 Iteration_Wrap field 1 -> 2 iterations, field 1 -> step 2; w7 Next_BD 1, Use_Next_BD, Valid_BD.
// CHECK-NEXT: 0 4 blockwrite 0x0401D060 8 words ; col 2 shim BD 3: len 256, off 0x0, d0 8 step 1, d1 2 step 8, d2 step 4, iter 2 step 2 (current 0), burst 512B, packet id 1 type 0, next_bd 1, valid 1, axcache 2
// The patch targets BD 3's base-address word (+4, §5): 0x0401D064; arg_plus is shown unfolded.
// CHECK-NEXT: 1 16 ddr_patch 0x0401D064 arg_idx 5 arg_plus 256 (0x100) ; col 2 shim BD 3 word 1
// Queue words (§5): Start_BD_ID [3:0], Repeat_Count [23:16], Enable_Token_Issue [31].
// 0x1D214 = shim MM2S0 queue; 0x80000003 = token | bd 3.
// CHECK-NEXT: 2 28 write32 0x0401D214 = 0x80000003 ; col 2 shim MM2S0 queue: bd 3 repeat 0 token
// 0x1D20C = shim S2MM1 queue; 0x00FF0101 = repeat 0xFF, bd 1, and bit 8 which no field defines.
// CHECK-NEXT: 3 34 write32 0x0201D20C = 0x00FF0101 ; col 1 shim S2MM1 queue: bd 1 repeat 255 (undefined bits 0x00000100)
// Memtile (row 1) MM2S5 queue: ctrl 0xA0630 + 8·5 = 0xA0658, queue +4 = 0xA065C; 6-bit Start_BD_ID 47.
// CHECK-NEXT: 4 40 write32 0x001A065C = 0x0000002F ; col 0 memtile MM2S5 queue: bd 47 repeat 0
// Core (row 2) S2MM0 queue: 0x1DE00 + 4 = 0x1DE04; 1<<25 | 2<<20 | 0x1DE04 = 0x0221DE04.
// CHECK-NEXT: 5 46 write32 0x0221DE04 = 0x8001000F ; col 1 core(2) S2MM0 queue: bd 15 repeat 1 token
// CHECK-NEXT: 6 52 maskwrite32 0x0401D210 = 0x00000300 mask 0x00001F00 ; col 2 shim MM2S0 ctrl
// Shim MM2S1 status: 0x1D220 + 4·1 + 8 = 0x1D22C.
// CHECK-NEXT: 7 59 maskpoll 0x0601D22C & 0x00400000 == 0x00000000 ; col 3 shim MM2S1 status
// Shim lock 2: 0x14000 + 0x10·2 = 0x14020.
// CHECK-NEXT: 8 66 write32 0x00014020 = 0x00000001 ; col 0 shim lock 2
// An offset no register of the map has.
// CHECK-NEXT: 9 72 write32 0x02012344 = 0x00000005 ; col 1 row 0 +0x12344
// CHECK-NEXT: 10 78 ddr_patch 0x0001D210 arg_idx 0 arg_plus 0 (0x0) ; col 0 shim MM2S0 ctrl
// CHECK-NEXT: 11 90 sync col 2 row 0 S2MM ch 1 (1 cols x 1 rows)
// Memtile lock 0 at 0xC0000; 1<<25 | 1<<20 | 0xC0000 = 0x021C0000; record word 1 = 1 | 1<<8.
// CHECK-NEXT: 12 94 blockwrite 0x021C0000 2 words (col/row field 1,1) ; col 1 memtile lock 0: 00000001 00000002
// CHECK-NEXT: 13 100 load_pdi id 2 size 64 address 0x1000
// CHECK-NEXT: 14 104 preempt level 1
// CHECK-NEXT: 15 105 create_scratchpad size 32 usage_type 0
// CHECK-NEXT: 16 109 update_from_scratchpad<decr> idx 1 func_arg 4 addr 0x0401D064 ; col 2 shim BD 3 word 1
// Summary: one row per DDR_PATCH; a patch that is not a shim BD base word is flagged.
// CHECK-NEXT: DDR patches (2), byte offsets are logical (unfolded):
// CHECK-NEXT: col bd arg_idx byte offset
// CHECK-NEXT: 2 3 5 256
// CHECK-NEXT: 0 ? 0 0 (not a shim BD base word: col 0 shim MM2S0 ctrl)
// CHECK-NOT: {{.}}

// WIRE: 1 16 ddr_patch 0x0401D064 arg_idx 5 arg_plus 2147483904 (0x80000100) ; col 2 shim BD 3 word 1
// WIRE: DDR patches (2)
// WIRE-NEXT: col bd arg_idx byte offset
// WIRE-NEXT: 2 3 5 2147483904

module {
  aie.device(npu2) {
    memref.global "private" constant @bd3 : memref<8xi32> = dense<[256, 0, 1074266112, 8388608, -1071644665, 33554435, 1048577, 234881024]>
    memref.global "private" constant @pair : memref<2xi32> = dense<[1, 2]>
    aie.runtime_sequence @seq(%a: memref<64xi32>) {
      %0 = memref.get_global @bd3 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 0x0401D060 : ui32} : memref<8xi32>
      aiex.npu.address_patch {addr = 0x0401D064 : ui32, arg_idx = 5 : i32, arg_plus = 256 : i32}
      aiex.npu.write32 {address = 0x0401D214 : ui32, value = 0x80000003 : ui32}
      aiex.npu.write32 {address = 0x0201D20C : ui32, value = 0x00FF0101 : ui32}
      aiex.npu.write32 {address = 0x001A065C : ui32, value = 47 : ui32}
      aiex.npu.write32 {address = 0x0221DE04 : ui32, value = 0x8001000F : ui32}
      aiex.npu.maskwrite32 {address = 0x0401D210 : ui32, value = 0x300 : ui32, mask = 0x1F00 : ui32}
      aiex.npu.maskpoll {address = 0x0601D22C : ui32, value = 0 : ui32, mask = 0x400000 : ui32}
      aiex.npu.write32 {address = 0x00014020 : ui32, value = 1 : ui32}
      aiex.npu.write32 {address = 0x02012344 : ui32, value = 5 : ui32}
      aiex.npu.address_patch {addr = 0x0001D210 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
      aiex.npu.sync {column = 2 : i32, row = 0 : i32, direction = 0 : i32, channel = 1 : i32, column_num = 1 : i32, row_num = 1 : i32}
      %1 = memref.get_global @pair : memref<2xi32>
      aiex.npu.blockwrite(%1) {column = 1 : i32, row = 1 : i32, address = 0xC0000 : ui32} : memref<2xi32>
      aiex.npu.load_pdi {id = 2 : i32, size = 64 : i32, address = 0x1000 : ui64}
      aiex.npu.preempt {level = 1 : ui8}
      aiex.npu.create_scratchpad {size = 32 : ui32}
      aiex.npu.update_from_scratchpad<decr> {state_table_idx = 1 : ui8, func_arg = 4 : ui32, address = 0x0401D064 : ui32}
    }
  }
}
