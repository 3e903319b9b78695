// arg_idx is the root buffer's index among memref arguments (i32 scalars take no slot), and for arg_idx >= 5 the stream folds 0x80000000 into arg_plus unless --no-fold-ddr-offset (spec §3, §4.3 step 2, §6 Fold).
// RUN: gemm-opt -p aie-dma-to-npu %s | FileCheck %s --check-prefix=IR
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex - | FileCheck %s --check-prefix=FOLD --match-full-lines
// RUN: gemm-opt -p aie-dma-to-npu %s | gemm-translate --npu-to-hex --no-fold-ddr-offset - | FileCheck %s --check-prefix=RAW --match-full-lines

// Arguments: %n (i32, no slot), %a0 = 0, %m (i32), %a1..%a4 = 1..4, %a5 = 5 (block argument 7).
// The address_patch keeps the unfolded byte offset: %a0 at 0, %a4 at 4 elements = 16 bytes, %a5 at 4 elements = 16 bytes.
// IR: aiex.npu.address_patch {addr = 118788 : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}
// IR: aiex.npu.address_patch {addr = 118820 : ui32, arg_idx = 4 : i32, arg_plus = 16 : i32}
// IR: aiex.npu.address_patch {addr = 118852 : ui32, arg_idx = 5 : i32, arg_plus = 16 : i32}

// DDR_PATCH of BD 2 (addr 0x1D040 + 4 = 0x1D044): arg_idx 5 -> 16 + 0x80000000 = 0x80000010 on the wire.
// FOLD:      0001D024
// FOLD-NEXT: 00000000
// FOLD-NEXT: 00000004
// FOLD-NEXT: 00000000
// FOLD-NEXT: 00000010
// FOLD:      0001D044
// FOLD-NEXT: 00000000
// FOLD-NEXT: 00000005
// FOLD-NEXT: 00000000
// FOLD-NEXT: 80000010
// FOLD-NEXT: 00000000
// RAW:      0001D044
// RAW-NEXT: 00000000
// RAW-NEXT: 00000005
// RAW-NEXT: 00000000
// RAW-NEXT: 00000010
// RAW-NEXT: 00000000

module {
  aie.device(npu2) {
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%n: i32, %a0: memref<64xi32>, %m: i32, %a1: memref<64xi32>, %a2: memref<64xi32>, %a3: memref<64xi32>, %a4: memref<64xi32>, %a5: memref<64xi32>) {
      aiex.npu.dma_memcpy_nd(%a0[0, 0, 0, 0][1, 1, 1, 16][0, 0, 0, 1]) {id = 0 : i64, metadata = @in} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a4[0, 0, 0, 4][1, 1, 1, 16][0, 0, 0, 1]) {id = 1 : i64, metadata = @in} : memref<64xi32>
      aiex.npu.dma_memcpy_nd(%a5[0, 0, 0, 4][1, 1, 1, 16][0, 0, 0, 1]) {id = 2 : i64, metadata = @in} : memref<64xi32>
    }
  }
}
