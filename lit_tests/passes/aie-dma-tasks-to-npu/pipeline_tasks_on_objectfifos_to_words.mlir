// The whole lowering (substitute -> assign ids -> tasks -> dma-to-npu) turns IRON-style tasks on objectfifos into the exact TXN words: fifo channels, lowest-free ids reused after free, buffer_offset in word 1 and arg_plus (spec §4, §4.4).
// RUN: gemm-opt -p aie-substitute-shim-dma-allocations,aie-assign-runtime-sequence-bd-ids,aie-dma-tasks-to-npu,aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --match-full-lines

// Channels (objectfifo rule): @in = shim (6,0) MM2S 0, @out = shim (6,0) S2MM 0. BD ids on (6,0): t0 -> 0, t1 -> 1;
// free(t0) returns 0, so t2 -> 0. npu2, 11 records: 3·(12 + 12) + 3·6 + 2·4 = 98 words + 4 = 102 words = 0x198 bytes.
// CHECK:      06040100
// CHECK-NEXT: 00000108
// CHECK-NEXT: 0000000B
// CHECK-NEXT: 00000198

// t0: BD 0 of column 6 at (6<<25) | 0x1D000 = 0x0C01D000.
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0C01D000
// CHECK-NEXT: 00000030
// word 0 = W(len 4096 i8) = 1024 = 0x400; word 1 = By(offset 256 i8) = 0x100; word 2 = 0
// CHECK-NEXT: 00000400
// CHECK-NEXT: 00000100
// CHECK-NEXT: 00000000
// dims [<2,4096>,<16,256>,<128,1>] -> [1,2,16,128][0,4096,256,1]; W(128)·16·2 = 1024 = W(len).
// word 3 = d0 wrap W(128) = 32 <<20 = 0x02000000, step 0
// CHECK-NEXT: 02000000
// word 4 = npu2 burst 3<<30 | d1 wrap 16<<20 | d1 step W(256)-1 = 63 -> 0xC100003F
// CHECK-NEXT: C100003F
// word 5 = AxCache 2<<24 | d2 step W(4096)-1 = 1023 = 0x3FF -> 0x020003FF
// CHECK-NEXT: 020003FF
// CHECK-NEXT: 00000000
// CHECK-NEXT: 02000000
// DDR_PATCH 0x0C01D004, %a = arg_idx 0, arg_plus = By(256) = 0x100 (the same offset as word 1, §7)
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0C01D004
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000100
// CHECK-NEXT: 00000000
// t1: BD 1 at 0x0C01D020, linear i8 len 1024 -> 256 words = 0x100, offset 0
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0C01D020
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000100
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: C0000000
// CHECK-NEXT: 02000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 02000000
// DDR_PATCH 0x0C01D024, %c = arg_idx 1, arg_plus 0
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0C01D024
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// start t0: MM2S0 of column 6 = 0x0C01D214, token | bd 0 = 0x80000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0C01D214
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000000
// CHECK-NEXT: 00000018
// start t1: S2MM0 of column 6 = 0x0C01D204, token | bd 1 = 0x80000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0C01D204
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000001
// CHECK-NEXT: 00000018
// await t1: sync(6, 0, S2MM = 0, 0, 1, 1): word 2 = 6<<16 = 0x00060000, word 3 = 0x00010100
// CHECK-NEXT: 00000080
// CHECK-NEXT: 00000010
// CHECK-NEXT: 00060000
// CHECK-NEXT: 00010100
// free t0 emits nothing. t2: BD 0 again, linear len 512 i8 = 128 words, offset 4096 -> word 1 = 0x1000
// CHECK-NEXT: 00000001
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0C01D000
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000080
// CHECK-NEXT: 00001000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: C0000000
// CHECK-NEXT: 02000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 02000000
// CHECK-NEXT: 00000081
// CHECK-NEXT: 00000030
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0C01D004
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00001000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 00000000
// CHECK-NEXT: 0C01D214
// CHECK-NEXT: 00000000
// CHECK-NEXT: 80000000
// CHECK-NEXT: 00000018
// await t2: sync(6, 0, MM2S = 1, 0, 1, 1): word 2 = 1 | 6<<16 = 0x00060001
// CHECK-NEXT: 00000080
// CHECK-NEXT: 00000010
// CHECK-NEXT: 00060001
// CHECK-NEXT: 00010100
// CHECK-EMPTY:

module {
  aie.device(npu2) {
    %shim_noc_tile_6_0 = aie.tile(6, 0)
    %tile_6_2 = aie.tile(6, 2)
    aie.objectfifo @in(%shim_noc_tile_6_0, {%tile_6_2}, 2 : i32) : !aie.objectfifo<memref<1024xi8>>
    aie.objectfifo @out(%tile_6_2, {%shim_noc_tile_6_0}, 2 : i32) : !aie.objectfifo<memref<1024xi8>>
    aie.runtime_sequence(%a: memref<8192xi8>, %c: memref<1024xi8>) {
      %t0 = aiex.dma_configure_task_for @in {
        aie.dma_bd(%a : memref<8192xi8>, 256, 4096, [<size = 2, stride = 4096>, <size = 16, stride = 256>, <size = 128, stride = 1>])
        aie.end
      } {issue_token = true}
      %t1 = aiex.dma_configure_task_for @out {
        aie.dma_bd(%c : memref<1024xi8>, 0, 1024)
        aie.end
      } {issue_token = true}
      aiex.dma_start_task(%t0)
      aiex.dma_start_task(%t1)
      aiex.dma_await_task(%t1)
      aiex.dma_free_task(%t0)
      %t2 = aiex.dma_configure_task_for @in {
        aie.dma_bd(%a : memref<8192xi8>, 4096, 512)
        aie.end
      } {issue_token = true}
      aiex.dma_start_task(%t2)
      aiex.dma_await_task(%t2)
    }
  }
}
