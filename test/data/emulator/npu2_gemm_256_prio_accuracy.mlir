module {
  aie.device(npu2) {
    func.func private @zero_f32(memref<32x32xf32>) attributes {link_with = "mm_32x32x32.o"}
    func.func private @matmul_bf16_f32(memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) attributes {link_with = "mm_32x32x32.o"}
    func.func private @convert_copy_f32_to_bf16(memref<32x32xf32>, memref<32x32xbf16>, i32) attributes {link_with = "convert_copy.o"}
    %shim_noc_tile_0_0 = aie.tile(0, 0)
    %shim_noc_tile_1_0 = aie.tile(1, 0)
    %shim_noc_tile_2_0 = aie.tile(2, 0)
    %shim_noc_tile_3_0 = aie.tile(3, 0)
    %shim_noc_tile_4_0 = aie.tile(4, 0)
    %shim_noc_tile_5_0 = aie.tile(5, 0)
    %shim_noc_tile_6_0 = aie.tile(6, 0)
    %shim_noc_tile_7_0 = aie.tile(7, 0)
    %mem_tile_0_1 = aie.tile(0, 1)
    %mem_tile_1_1 = aie.tile(1, 1)
    %mem_tile_2_1 = aie.tile(2, 1)
    %mem_tile_3_1 = aie.tile(3, 1)
    %mem_tile_4_1 = aie.tile(4, 1)
    %mem_tile_5_1 = aie.tile(5, 1)
    %mem_tile_6_1 = aie.tile(6, 1)
    %mem_tile_7_1 = aie.tile(7, 1)
    %tile_0_2 = aie.tile(0, 2)
    %tile_1_2 = aie.tile(1, 2)
    %tile_2_2 = aie.tile(2, 2)
    %tile_3_2 = aie.tile(3, 2)
    %tile_4_2 = aie.tile(4, 2)
    %tile_5_2 = aie.tile(5, 2)
    %tile_6_2 = aie.tile(6, 2)
    %tile_7_2 = aie.tile(7, 2)
    %tile_0_3 = aie.tile(0, 3)
    %tile_1_3 = aie.tile(1, 3)
    %tile_2_3 = aie.tile(2, 3)
    %tile_3_3 = aie.tile(3, 3)
    %tile_4_3 = aie.tile(4, 3)
    %tile_5_3 = aie.tile(5, 3)
    %tile_6_3 = aie.tile(6, 3)
    %tile_7_3 = aie.tile(7, 3)
    %tile_0_4 = aie.tile(0, 4)
    %tile_1_4 = aie.tile(1, 4)
    %tile_2_4 = aie.tile(2, 4)
    %tile_3_4 = aie.tile(3, 4)
    %tile_4_4 = aie.tile(4, 4)
    %tile_5_4 = aie.tile(5, 4)
    %tile_6_4 = aie.tile(6, 4)
    %tile_7_4 = aie.tile(7, 4)
    %tile_0_5 = aie.tile(0, 5)
    %tile_1_5 = aie.tile(1, 5)
    %tile_2_5 = aie.tile(2, 5)
    %tile_3_5 = aie.tile(3, 5)
    %tile_4_5 = aie.tile(4, 5)
    %tile_5_5 = aie.tile(5, 5)
    %tile_6_5 = aie.tile(6, 5)
    %tile_7_5 = aie.tile(7, 5)
    aie.objectfifo @A_L3L2_0(%shim_noc_tile_0_0, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @A_L2L1_0(%mem_tile_0_1 dimensionsToStream [<size = 4, stride = 256>, <size = 4, stride = 8>, <size = 8, stride = 32>, <size = 8, stride = 1>], {%tile_0_2, %tile_1_2, %tile_2_2, %tile_3_2, %tile_4_2, %tile_5_2, %tile_6_2, %tile_7_2}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@A_L3L2_0] -> [@A_L2L1_0] ([] [0])
    aie.objectfifo @A_L3L2_1(%shim_noc_tile_2_0, {%mem_tile_2_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @A_L2L1_1(%mem_tile_2_1 dimensionsToStream [<size = 4, stride = 256>, <size = 4, stride = 8>, <size = 8, stride = 32>, <size = 8, stride = 1>], {%tile_0_3, %tile_1_3, %tile_2_3, %tile_3_3, %tile_4_3, %tile_5_3, %tile_6_3, %tile_7_3}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@A_L3L2_1] -> [@A_L2L1_1] ([] [0])
    aie.objectfifo @A_L3L2_2(%shim_noc_tile_4_0, {%mem_tile_4_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @A_L2L1_2(%mem_tile_4_1 dimensionsToStream [<size = 4, stride = 256>, <size = 4, stride = 8>, <size = 8, stride = 32>, <size = 8, stride = 1>], {%tile_0_4, %tile_1_4, %tile_2_4, %tile_3_4, %tile_4_4, %tile_5_4, %tile_6_4, %tile_7_4}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@A_L3L2_2] -> [@A_L2L1_2] ([] [0])
    aie.objectfifo @A_L3L2_3(%shim_noc_tile_6_0, {%mem_tile_6_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @A_L2L1_3(%mem_tile_6_1 dimensionsToStream [<size = 4, stride = 256>, <size = 4, stride = 8>, <size = 8, stride = 32>, <size = 8, stride = 1>], {%tile_0_5, %tile_1_5, %tile_2_5, %tile_3_5, %tile_4_5, %tile_5_5, %tile_6_5, %tile_7_5}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@A_L3L2_3] -> [@A_L2L1_3] ([] [0])
    aie.objectfifo @B_L3L2_0(%shim_noc_tile_0_0, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @B_L2L1_0(%mem_tile_0_1 dimensionsToStream [<size = 4, stride = 256>, <size = 4, stride = 8>, <size = 8, stride = 32>, <size = 8, stride = 1>], {%tile_0_2, %tile_0_3, %tile_0_4, %tile_0_5}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@B_L3L2_0] -> [@B_L2L1_0] ([] [0])
    aie.objectfifo @C_L2L3_0(%mem_tile_0_1 dimensionsToStream [<size = 4, stride = 256>, <size = 8, stride = 8>, <size = 4, stride = 64>, <size = 8, stride = 1>], {%shim_noc_tile_0_0}, 2 : i32) : !aie.objectfifo<memref<4096xbf16>>
    aie.objectfifo @C_L1L2_0_0(%tile_0_2, {%mem_tile_0_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_0_1(%tile_0_3, {%mem_tile_0_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_0_2(%tile_0_4, {%mem_tile_0_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_0_3(%tile_0_5, {%mem_tile_0_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@C_L1L2_0_0, @C_L1L2_0_1, @C_L1L2_0_2, @C_L1L2_0_3] -> [@C_L2L3_0] ([0, 1024, 2048, 3072] [])
    aie.objectfifo @B_L3L2_1(%shim_noc_tile_1_0, {%mem_tile_1_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @B_L2L1_1(%mem_tile_1_1 dimensionsToStream [<size = 4, stride = 256>, <size = 4, stride = 8>, <size = 8, stride = 32>, <size = 8, stride = 1>], {%tile_1_2, %tile_1_3, %tile_1_4, %tile_1_5}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@B_L3L2_1] -> [@B_L2L1_1] ([] [0])
    aie.objectfifo @C_L2L3_1(%mem_tile_1_1 dimensionsToStream [<size = 4, stride = 256>, <size = 8, stride = 8>, <size = 4, stride = 64>, <size = 8, stride = 1>], {%shim_noc_tile_1_0}, 2 : i32) : !aie.objectfifo<memref<4096xbf16>>
    aie.objectfifo @C_L1L2_1_0(%tile_1_2, {%mem_tile_1_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_1_1(%tile_1_3, {%mem_tile_1_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_1_2(%tile_1_4, {%mem_tile_1_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_1_3(%tile_1_5, {%mem_tile_1_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@C_L1L2_1_0, @C_L1L2_1_1, @C_L1L2_1_2, @C_L1L2_1_3] -> [@C_L2L3_1] ([0, 1024, 2048, 3072] [])
    aie.objectfifo @B_L3L2_2(%shim_noc_tile_2_0, {%mem_tile_2_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @B_L2L1_2(%mem_tile_2_1 dimensionsToStream [<size = 4, stride = 256>, <size = 4, stride = 8>, <size = 8, stride = 32>, <size = 8, stride = 1>], {%tile_2_2, %tile_2_3, %tile_2_4, %tile_2_5}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@B_L3L2_2] -> [@B_L2L1_2] ([] [0])
    aie.objectfifo @C_L2L3_2(%mem_tile_2_1 dimensionsToStream [<size = 4, stride = 256>, <size = 8, stride = 8>, <size = 4, stride = 64>, <size = 8, stride = 1>], {%shim_noc_tile_2_0}, 2 : i32) : !aie.objectfifo<memref<4096xbf16>>
    aie.objectfifo @C_L1L2_2_0(%tile_2_2, {%mem_tile_2_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_2_1(%tile_2_3, {%mem_tile_2_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_2_2(%tile_2_4, {%mem_tile_2_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_2_3(%tile_2_5, {%mem_tile_2_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@C_L1L2_2_0, @C_L1L2_2_1, @C_L1L2_2_2, @C_L1L2_2_3] -> [@C_L2L3_2] ([0, 1024, 2048, 3072] [])
    aie.objectfifo @B_L3L2_3(%shim_noc_tile_3_0, {%mem_tile_3_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @B_L2L1_3(%mem_tile_3_1 dimensionsToStream [<size = 4, stride = 256>, <size = 4, stride = 8>, <size = 8, stride = 32>, <size = 8, stride = 1>], {%tile_3_2, %tile_3_3, %tile_3_4, %tile_3_5}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@B_L3L2_3] -> [@B_L2L1_3] ([] [0])
    aie.objectfifo @C_L2L3_3(%mem_tile_3_1 dimensionsToStream [<size = 4, stride = 256>, <size = 8, stride = 8>, <size = 4, stride = 64>, <size = 8, stride = 1>], {%shim_noc_tile_3_0}, 2 : i32) : !aie.objectfifo<memref<4096xbf16>>
    aie.objectfifo @C_L1L2_3_0(%tile_3_2, {%mem_tile_3_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_3_1(%tile_3_3, {%mem_tile_3_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_3_2(%tile_3_4, {%mem_tile_3_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_3_3(%tile_3_5, {%mem_tile_3_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@C_L1L2_3_0, @C_L1L2_3_1, @C_L1L2_3_2, @C_L1L2_3_3] -> [@C_L2L3_3] ([0, 1024, 2048, 3072] [])
    aie.objectfifo @B_L3L2_4(%shim_noc_tile_4_0, {%mem_tile_4_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @B_L2L1_4(%mem_tile_4_1 dimensionsToStream [<size = 4, stride = 256>, <size = 4, stride = 8>, <size = 8, stride = 32>, <size = 8, stride = 1>], {%tile_4_2, %tile_4_3, %tile_4_4, %tile_4_5}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@B_L3L2_4] -> [@B_L2L1_4] ([] [0])
    aie.objectfifo @C_L2L3_4(%mem_tile_4_1 dimensionsToStream [<size = 4, stride = 256>, <size = 8, stride = 8>, <size = 4, stride = 64>, <size = 8, stride = 1>], {%shim_noc_tile_4_0}, 2 : i32) : !aie.objectfifo<memref<4096xbf16>>
    aie.objectfifo @C_L1L2_4_0(%tile_4_2, {%mem_tile_4_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_4_1(%tile_4_3, {%mem_tile_4_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_4_2(%tile_4_4, {%mem_tile_4_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_4_3(%tile_4_5, {%mem_tile_4_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@C_L1L2_4_0, @C_L1L2_4_1, @C_L1L2_4_2, @C_L1L2_4_3] -> [@C_L2L3_4] ([0, 1024, 2048, 3072] [])
    aie.objectfifo @B_L3L2_5(%shim_noc_tile_5_0, {%mem_tile_5_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @B_L2L1_5(%mem_tile_5_1 dimensionsToStream [<size = 4, stride = 256>, <size = 4, stride = 8>, <size = 8, stride = 32>, <size = 8, stride = 1>], {%tile_5_2, %tile_5_3, %tile_5_4, %tile_5_5}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@B_L3L2_5] -> [@B_L2L1_5] ([] [0])
    aie.objectfifo @C_L2L3_5(%mem_tile_5_1 dimensionsToStream [<size = 4, stride = 256>, <size = 8, stride = 8>, <size = 4, stride = 64>, <size = 8, stride = 1>], {%shim_noc_tile_5_0}, 2 : i32) : !aie.objectfifo<memref<4096xbf16>>
    aie.objectfifo @C_L1L2_5_0(%tile_5_2, {%mem_tile_5_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_5_1(%tile_5_3, {%mem_tile_5_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_5_2(%tile_5_4, {%mem_tile_5_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_5_3(%tile_5_5, {%mem_tile_5_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@C_L1L2_5_0, @C_L1L2_5_1, @C_L1L2_5_2, @C_L1L2_5_3] -> [@C_L2L3_5] ([0, 1024, 2048, 3072] [])
    aie.objectfifo @B_L3L2_6(%shim_noc_tile_6_0, {%mem_tile_6_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @B_L2L1_6(%mem_tile_6_1 dimensionsToStream [<size = 4, stride = 256>, <size = 4, stride = 8>, <size = 8, stride = 32>, <size = 8, stride = 1>], {%tile_6_2, %tile_6_3, %tile_6_4, %tile_6_5}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@B_L3L2_6] -> [@B_L2L1_6] ([] [0])
    aie.objectfifo @C_L2L3_6(%mem_tile_6_1 dimensionsToStream [<size = 4, stride = 256>, <size = 8, stride = 8>, <size = 4, stride = 64>, <size = 8, stride = 1>], {%shim_noc_tile_6_0}, 2 : i32) : !aie.objectfifo<memref<4096xbf16>>
    aie.objectfifo @C_L1L2_6_0(%tile_6_2, {%mem_tile_6_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_6_1(%tile_6_3, {%mem_tile_6_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_6_2(%tile_6_4, {%mem_tile_6_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_6_3(%tile_6_5, {%mem_tile_6_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@C_L1L2_6_0, @C_L1L2_6_1, @C_L1L2_6_2, @C_L1L2_6_3] -> [@C_L2L3_6] ([0, 1024, 2048, 3072] [])
    aie.objectfifo @B_L3L2_7(%shim_noc_tile_7_0, {%mem_tile_7_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @B_L2L1_7(%mem_tile_7_1 dimensionsToStream [<size = 4, stride = 256>, <size = 4, stride = 8>, <size = 8, stride = 32>, <size = 8, stride = 1>], {%tile_7_2, %tile_7_3, %tile_7_4, %tile_7_5}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@B_L3L2_7] -> [@B_L2L1_7] ([] [0])
    aie.objectfifo @C_L2L3_7(%mem_tile_7_1 dimensionsToStream [<size = 4, stride = 256>, <size = 8, stride = 8>, <size = 4, stride = 64>, <size = 8, stride = 1>], {%shim_noc_tile_7_0}, 2 : i32) : !aie.objectfifo<memref<4096xbf16>>
    aie.objectfifo @C_L1L2_7_0(%tile_7_2, {%mem_tile_7_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_7_1(%tile_7_3, {%mem_tile_7_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_7_2(%tile_7_4, {%mem_tile_7_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_7_3(%tile_7_5, {%mem_tile_7_1}, 1 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@C_L1L2_7_0, @C_L1L2_7_1, @C_L1L2_7_2, @C_L1L2_7_3] -> [@C_L2L3_7] ([0, 1024, 2048, 3072] [])
    %rtp0_0 = aie.buffer(%tile_0_2) {sym_name = "rtp0_0"} : memref<2xi32> = dense<0>
    %barrier_0_2 = aie.lock(%tile_0_2) {init = 0 : i32, sym_name = "barrier_0_2"}
    %acc_0_2 = aie.buffer(%tile_0_2) {sym_name = "acc_0_2"} : memref<32x32xf32>
    %rtp0_1 = aie.buffer(%tile_1_2) {sym_name = "rtp0_1"} : memref<2xi32> = dense<0>
    %barrier_1_2 = aie.lock(%tile_1_2) {init = 0 : i32, sym_name = "barrier_1_2"}
    %acc_1_2 = aie.buffer(%tile_1_2) {sym_name = "acc_1_2"} : memref<32x32xf32>
    %rtp0_2 = aie.buffer(%tile_2_2) {sym_name = "rtp0_2"} : memref<2xi32> = dense<0>
    %barrier_2_2 = aie.lock(%tile_2_2) {init = 0 : i32, sym_name = "barrier_2_2"}
    %acc_2_2 = aie.buffer(%tile_2_2) {sym_name = "acc_2_2"} : memref<32x32xf32>
    %rtp0_3 = aie.buffer(%tile_3_2) {sym_name = "rtp0_3"} : memref<2xi32> = dense<0>
    %barrier_3_2 = aie.lock(%tile_3_2) {init = 0 : i32, sym_name = "barrier_3_2"}
    %acc_3_2 = aie.buffer(%tile_3_2) {sym_name = "acc_3_2"} : memref<32x32xf32>
    %rtp0_4 = aie.buffer(%tile_4_2) {sym_name = "rtp0_4"} : memref<2xi32> = dense<0>
    %barrier_4_2 = aie.lock(%tile_4_2) {init = 0 : i32, sym_name = "barrier_4_2"}
    %acc_4_2 = aie.buffer(%tile_4_2) {sym_name = "acc_4_2"} : memref<32x32xf32>
    %rtp0_5 = aie.buffer(%tile_5_2) {sym_name = "rtp0_5"} : memref<2xi32> = dense<0>
    %barrier_5_2 = aie.lock(%tile_5_2) {init = 0 : i32, sym_name = "barrier_5_2"}
    %acc_5_2 = aie.buffer(%tile_5_2) {sym_name = "acc_5_2"} : memref<32x32xf32>
    %rtp0_6 = aie.buffer(%tile_6_2) {sym_name = "rtp0_6"} : memref<2xi32> = dense<0>
    %barrier_6_2 = aie.lock(%tile_6_2) {init = 0 : i32, sym_name = "barrier_6_2"}
    %acc_6_2 = aie.buffer(%tile_6_2) {sym_name = "acc_6_2"} : memref<32x32xf32>
    %rtp0_7 = aie.buffer(%tile_7_2) {sym_name = "rtp0_7"} : memref<2xi32> = dense<0>
    %barrier_7_2 = aie.lock(%tile_7_2) {init = 0 : i32, sym_name = "barrier_7_2"}
    %acc_7_2 = aie.buffer(%tile_7_2) {sym_name = "acc_7_2"} : memref<32x32xf32>
    %rtp1_0 = aie.buffer(%tile_0_3) {sym_name = "rtp1_0"} : memref<2xi32> = dense<0>
    %barrier_0_3 = aie.lock(%tile_0_3) {init = 0 : i32, sym_name = "barrier_0_3"}
    %acc_0_3 = aie.buffer(%tile_0_3) {sym_name = "acc_0_3"} : memref<32x32xf32>
    %rtp1_1 = aie.buffer(%tile_1_3) {sym_name = "rtp1_1"} : memref<2xi32> = dense<0>
    %barrier_1_3 = aie.lock(%tile_1_3) {init = 0 : i32, sym_name = "barrier_1_3"}
    %acc_1_3 = aie.buffer(%tile_1_3) {sym_name = "acc_1_3"} : memref<32x32xf32>
    %rtp1_2 = aie.buffer(%tile_2_3) {sym_name = "rtp1_2"} : memref<2xi32> = dense<0>
    %barrier_2_3 = aie.lock(%tile_2_3) {init = 0 : i32, sym_name = "barrier_2_3"}
    %acc_2_3 = aie.buffer(%tile_2_3) {sym_name = "acc_2_3"} : memref<32x32xf32>
    %rtp1_3 = aie.buffer(%tile_3_3) {sym_name = "rtp1_3"} : memref<2xi32> = dense<0>
    %barrier_3_3 = aie.lock(%tile_3_3) {init = 0 : i32, sym_name = "barrier_3_3"}
    %acc_3_3 = aie.buffer(%tile_3_3) {sym_name = "acc_3_3"} : memref<32x32xf32>
    %rtp1_4 = aie.buffer(%tile_4_3) {sym_name = "rtp1_4"} : memref<2xi32> = dense<0>
    %barrier_4_3 = aie.lock(%tile_4_3) {init = 0 : i32, sym_name = "barrier_4_3"}
    %acc_4_3 = aie.buffer(%tile_4_3) {sym_name = "acc_4_3"} : memref<32x32xf32>
    %rtp1_5 = aie.buffer(%tile_5_3) {sym_name = "rtp1_5"} : memref<2xi32> = dense<0>
    %barrier_5_3 = aie.lock(%tile_5_3) {init = 0 : i32, sym_name = "barrier_5_3"}
    %acc_5_3 = aie.buffer(%tile_5_3) {sym_name = "acc_5_3"} : memref<32x32xf32>
    %rtp1_6 = aie.buffer(%tile_6_3) {sym_name = "rtp1_6"} : memref<2xi32> = dense<0>
    %barrier_6_3 = aie.lock(%tile_6_3) {init = 0 : i32, sym_name = "barrier_6_3"}
    %acc_6_3 = aie.buffer(%tile_6_3) {sym_name = "acc_6_3"} : memref<32x32xf32>
    %rtp1_7 = aie.buffer(%tile_7_3) {sym_name = "rtp1_7"} : memref<2xi32> = dense<0>
    %barrier_7_3 = aie.lock(%tile_7_3) {init = 0 : i32, sym_name = "barrier_7_3"}
    %acc_7_3 = aie.buffer(%tile_7_3) {sym_name = "acc_7_3"} : memref<32x32xf32>
    %rtp2_0 = aie.buffer(%tile_0_4) {sym_name = "rtp2_0"} : memref<2xi32> = dense<0>
    %barrier_0_4 = aie.lock(%tile_0_4) {init = 0 : i32, sym_name = "barrier_0_4"}
    %acc_0_4 = aie.buffer(%tile_0_4) {sym_name = "acc_0_4"} : memref<32x32xf32>
    %rtp2_1 = aie.buffer(%tile_1_4) {sym_name = "rtp2_1"} : memref<2xi32> = dense<0>
    %barrier_1_4 = aie.lock(%tile_1_4) {init = 0 : i32, sym_name = "barrier_1_4"}
    %acc_1_4 = aie.buffer(%tile_1_4) {sym_name = "acc_1_4"} : memref<32x32xf32>
    %rtp2_2 = aie.buffer(%tile_2_4) {sym_name = "rtp2_2"} : memref<2xi32> = dense<0>
    %barrier_2_4 = aie.lock(%tile_2_4) {init = 0 : i32, sym_name = "barrier_2_4"}
    %acc_2_4 = aie.buffer(%tile_2_4) {sym_name = "acc_2_4"} : memref<32x32xf32>
    %rtp2_3 = aie.buffer(%tile_3_4) {sym_name = "rtp2_3"} : memref<2xi32> = dense<0>
    %barrier_3_4 = aie.lock(%tile_3_4) {init = 0 : i32, sym_name = "barrier_3_4"}
    %acc_3_4 = aie.buffer(%tile_3_4) {sym_name = "acc_3_4"} : memref<32x32xf32>
    %rtp2_4 = aie.buffer(%tile_4_4) {sym_name = "rtp2_4"} : memref<2xi32> = dense<0>
    %barrier_4_4 = aie.lock(%tile_4_4) {init = 0 : i32, sym_name = "barrier_4_4"}
    %acc_4_4 = aie.buffer(%tile_4_4) {sym_name = "acc_4_4"} : memref<32x32xf32>
    %rtp2_5 = aie.buffer(%tile_5_4) {sym_name = "rtp2_5"} : memref<2xi32> = dense<0>
    %barrier_5_4 = aie.lock(%tile_5_4) {init = 0 : i32, sym_name = "barrier_5_4"}
    %acc_5_4 = aie.buffer(%tile_5_4) {sym_name = "acc_5_4"} : memref<32x32xf32>
    %rtp2_6 = aie.buffer(%tile_6_4) {sym_name = "rtp2_6"} : memref<2xi32> = dense<0>
    %barrier_6_4 = aie.lock(%tile_6_4) {init = 0 : i32, sym_name = "barrier_6_4"}
    %acc_6_4 = aie.buffer(%tile_6_4) {sym_name = "acc_6_4"} : memref<32x32xf32>
    %rtp2_7 = aie.buffer(%tile_7_4) {sym_name = "rtp2_7"} : memref<2xi32> = dense<0>
    %barrier_7_4 = aie.lock(%tile_7_4) {init = 0 : i32, sym_name = "barrier_7_4"}
    %acc_7_4 = aie.buffer(%tile_7_4) {sym_name = "acc_7_4"} : memref<32x32xf32>
    %rtp3_0 = aie.buffer(%tile_0_5) {sym_name = "rtp3_0"} : memref<2xi32> = dense<0>
    %barrier_0_5 = aie.lock(%tile_0_5) {init = 0 : i32, sym_name = "barrier_0_5"}
    %acc_0_5 = aie.buffer(%tile_0_5) {sym_name = "acc_0_5"} : memref<32x32xf32>
    %rtp3_1 = aie.buffer(%tile_1_5) {sym_name = "rtp3_1"} : memref<2xi32> = dense<0>
    %barrier_1_5 = aie.lock(%tile_1_5) {init = 0 : i32, sym_name = "barrier_1_5"}
    %acc_1_5 = aie.buffer(%tile_1_5) {sym_name = "acc_1_5"} : memref<32x32xf32>
    %rtp3_2 = aie.buffer(%tile_2_5) {sym_name = "rtp3_2"} : memref<2xi32> = dense<0>
    %barrier_2_5 = aie.lock(%tile_2_5) {init = 0 : i32, sym_name = "barrier_2_5"}
    %acc_2_5 = aie.buffer(%tile_2_5) {sym_name = "acc_2_5"} : memref<32x32xf32>
    %rtp3_3 = aie.buffer(%tile_3_5) {sym_name = "rtp3_3"} : memref<2xi32> = dense<0>
    %barrier_3_5 = aie.lock(%tile_3_5) {init = 0 : i32, sym_name = "barrier_3_5"}
    %acc_3_5 = aie.buffer(%tile_3_5) {sym_name = "acc_3_5"} : memref<32x32xf32>
    %rtp3_4 = aie.buffer(%tile_4_5) {sym_name = "rtp3_4"} : memref<2xi32> = dense<0>
    %barrier_4_5 = aie.lock(%tile_4_5) {init = 0 : i32, sym_name = "barrier_4_5"}
    %acc_4_5 = aie.buffer(%tile_4_5) {sym_name = "acc_4_5"} : memref<32x32xf32>
    %rtp3_5 = aie.buffer(%tile_5_5) {sym_name = "rtp3_5"} : memref<2xi32> = dense<0>
    %barrier_5_5 = aie.lock(%tile_5_5) {init = 0 : i32, sym_name = "barrier_5_5"}
    %acc_5_5 = aie.buffer(%tile_5_5) {sym_name = "acc_5_5"} : memref<32x32xf32>
    %rtp3_6 = aie.buffer(%tile_6_5) {sym_name = "rtp3_6"} : memref<2xi32> = dense<0>
    %barrier_6_5 = aie.lock(%tile_6_5) {init = 0 : i32, sym_name = "barrier_6_5"}
    %acc_6_5 = aie.buffer(%tile_6_5) {sym_name = "acc_6_5"} : memref<32x32xf32>
    %rtp3_7 = aie.buffer(%tile_7_5) {sym_name = "rtp3_7"} : memref<2xi32> = dense<0>
    %barrier_7_5 = aie.lock(%tile_7_5) {init = 0 : i32, sym_name = "barrier_7_5"}
    %acc_7_5 = aie.buffer(%tile_7_5) {sym_name = "acc_7_5"} : memref<32x32xf32>
    %core_0_2 = aie.core(%tile_0_2) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_0_2, Acquire, 1)
        %0 = memref.load %rtp0_0[%c0] : memref<2xi32>
        %1 = memref.load %rtp0_0[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_0_2) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_0_2) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_0(Consume, 1)
            aie.objectfifo.release @B_L2L1_0(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_0_0(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_0_2, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_0_0(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_1_2 = aie.core(%tile_1_2) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_1_2, Acquire, 1)
        %0 = memref.load %rtp0_1[%c0] : memref<2xi32>
        %1 = memref.load %rtp0_1[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_1_2) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_1_2) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_0(Consume, 1)
            aie.objectfifo.release @B_L2L1_1(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_1_0(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_1_2, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_1_0(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_2_2 = aie.core(%tile_2_2) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_2_2, Acquire, 1)
        %0 = memref.load %rtp0_2[%c0] : memref<2xi32>
        %1 = memref.load %rtp0_2[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_2_2) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_2_2) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_0(Consume, 1)
            aie.objectfifo.release @B_L2L1_2(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_2_0(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_2_2, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_2_0(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_3_2 = aie.core(%tile_3_2) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_3_2, Acquire, 1)
        %0 = memref.load %rtp0_3[%c0] : memref<2xi32>
        %1 = memref.load %rtp0_3[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_3_2) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_3_2) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_0(Consume, 1)
            aie.objectfifo.release @B_L2L1_3(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_3_0(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_3_2, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_3_0(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_4_2 = aie.core(%tile_4_2) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_4_2, Acquire, 1)
        %0 = memref.load %rtp0_4[%c0] : memref<2xi32>
        %1 = memref.load %rtp0_4[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_4_2) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_4(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_4_2) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_0(Consume, 1)
            aie.objectfifo.release @B_L2L1_4(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_4_0(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_4_2, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_4_0(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_5_2 = aie.core(%tile_5_2) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_5_2, Acquire, 1)
        %0 = memref.load %rtp0_5[%c0] : memref<2xi32>
        %1 = memref.load %rtp0_5[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_5_2) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_5(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_5_2) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_0(Consume, 1)
            aie.objectfifo.release @B_L2L1_5(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_5_0(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_5_2, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_5_0(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_6_2 = aie.core(%tile_6_2) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_6_2, Acquire, 1)
        %0 = memref.load %rtp0_6[%c0] : memref<2xi32>
        %1 = memref.load %rtp0_6[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_6_2) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_6(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_6_2) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_0(Consume, 1)
            aie.objectfifo.release @B_L2L1_6(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_6_0(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_6_2, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_6_0(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_7_2 = aie.core(%tile_7_2) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_7_2, Acquire, 1)
        %0 = memref.load %rtp0_7[%c0] : memref<2xi32>
        %1 = memref.load %rtp0_7[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_7_2) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_7(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_7_2) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_0(Consume, 1)
            aie.objectfifo.release @B_L2L1_7(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_7_0(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_7_2, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_7_0(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_0_3 = aie.core(%tile_0_3) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_0_3, Acquire, 1)
        %0 = memref.load %rtp1_0[%c0] : memref<2xi32>
        %1 = memref.load %rtp1_0[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_0_3) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_0_3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_1(Consume, 1)
            aie.objectfifo.release @B_L2L1_0(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_0_1(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_0_3, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_0_1(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_1_3 = aie.core(%tile_1_3) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_1_3, Acquire, 1)
        %0 = memref.load %rtp1_1[%c0] : memref<2xi32>
        %1 = memref.load %rtp1_1[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_1_3) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_1_3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_1(Consume, 1)
            aie.objectfifo.release @B_L2L1_1(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_1_1(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_1_3, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_1_1(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_2_3 = aie.core(%tile_2_3) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_2_3, Acquire, 1)
        %0 = memref.load %rtp1_2[%c0] : memref<2xi32>
        %1 = memref.load %rtp1_2[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_2_3) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_2_3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_1(Consume, 1)
            aie.objectfifo.release @B_L2L1_2(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_2_1(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_2_3, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_2_1(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_3_3 = aie.core(%tile_3_3) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_3_3, Acquire, 1)
        %0 = memref.load %rtp1_3[%c0] : memref<2xi32>
        %1 = memref.load %rtp1_3[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_3_3) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_3_3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_1(Consume, 1)
            aie.objectfifo.release @B_L2L1_3(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_3_1(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_3_3, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_3_1(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_4_3 = aie.core(%tile_4_3) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_4_3, Acquire, 1)
        %0 = memref.load %rtp1_4[%c0] : memref<2xi32>
        %1 = memref.load %rtp1_4[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_4_3) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_4(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_4_3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_1(Consume, 1)
            aie.objectfifo.release @B_L2L1_4(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_4_1(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_4_3, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_4_1(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_5_3 = aie.core(%tile_5_3) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_5_3, Acquire, 1)
        %0 = memref.load %rtp1_5[%c0] : memref<2xi32>
        %1 = memref.load %rtp1_5[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_5_3) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_5(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_5_3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_1(Consume, 1)
            aie.objectfifo.release @B_L2L1_5(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_5_1(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_5_3, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_5_1(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_6_3 = aie.core(%tile_6_3) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_6_3, Acquire, 1)
        %0 = memref.load %rtp1_6[%c0] : memref<2xi32>
        %1 = memref.load %rtp1_6[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_6_3) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_6(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_6_3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_1(Consume, 1)
            aie.objectfifo.release @B_L2L1_6(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_6_1(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_6_3, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_6_1(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_7_3 = aie.core(%tile_7_3) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_7_3, Acquire, 1)
        %0 = memref.load %rtp1_7[%c0] : memref<2xi32>
        %1 = memref.load %rtp1_7[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_7_3) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_7(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_7_3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_1(Consume, 1)
            aie.objectfifo.release @B_L2L1_7(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_7_1(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_7_3, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_7_1(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_0_4 = aie.core(%tile_0_4) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_0_4, Acquire, 1)
        %0 = memref.load %rtp2_0[%c0] : memref<2xi32>
        %1 = memref.load %rtp2_0[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_0_4) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_0_4) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_2(Consume, 1)
            aie.objectfifo.release @B_L2L1_0(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_0_2(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_0_4, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_0_2(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_1_4 = aie.core(%tile_1_4) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_1_4, Acquire, 1)
        %0 = memref.load %rtp2_1[%c0] : memref<2xi32>
        %1 = memref.load %rtp2_1[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_1_4) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_1_4) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_2(Consume, 1)
            aie.objectfifo.release @B_L2L1_1(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_1_2(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_1_4, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_1_2(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_2_4 = aie.core(%tile_2_4) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_2_4, Acquire, 1)
        %0 = memref.load %rtp2_2[%c0] : memref<2xi32>
        %1 = memref.load %rtp2_2[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_2_4) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_2_4) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_2(Consume, 1)
            aie.objectfifo.release @B_L2L1_2(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_2_2(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_2_4, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_2_2(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_3_4 = aie.core(%tile_3_4) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_3_4, Acquire, 1)
        %0 = memref.load %rtp2_3[%c0] : memref<2xi32>
        %1 = memref.load %rtp2_3[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_3_4) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_3_4) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_2(Consume, 1)
            aie.objectfifo.release @B_L2L1_3(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_3_2(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_3_4, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_3_2(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_4_4 = aie.core(%tile_4_4) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_4_4, Acquire, 1)
        %0 = memref.load %rtp2_4[%c0] : memref<2xi32>
        %1 = memref.load %rtp2_4[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_4_4) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_4(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_4_4) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_2(Consume, 1)
            aie.objectfifo.release @B_L2L1_4(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_4_2(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_4_4, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_4_2(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_5_4 = aie.core(%tile_5_4) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_5_4, Acquire, 1)
        %0 = memref.load %rtp2_5[%c0] : memref<2xi32>
        %1 = memref.load %rtp2_5[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_5_4) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_5(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_5_4) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_2(Consume, 1)
            aie.objectfifo.release @B_L2L1_5(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_5_2(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_5_4, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_5_2(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_6_4 = aie.core(%tile_6_4) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_6_4, Acquire, 1)
        %0 = memref.load %rtp2_6[%c0] : memref<2xi32>
        %1 = memref.load %rtp2_6[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_6_4) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_6(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_6_4) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_2(Consume, 1)
            aie.objectfifo.release @B_L2L1_6(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_6_2(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_6_4, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_6_2(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_7_4 = aie.core(%tile_7_4) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_7_4, Acquire, 1)
        %0 = memref.load %rtp2_7[%c0] : memref<2xi32>
        %1 = memref.load %rtp2_7[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_7_4) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_7(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_7_4) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_2(Consume, 1)
            aie.objectfifo.release @B_L2L1_7(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_7_2(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_7_4, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_7_2(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_0_5 = aie.core(%tile_0_5) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_0_5, Acquire, 1)
        %0 = memref.load %rtp3_0[%c0] : memref<2xi32>
        %1 = memref.load %rtp3_0[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_0_5) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_0_5) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_3(Consume, 1)
            aie.objectfifo.release @B_L2L1_0(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_0_3(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_0_5, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_0_3(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_1_5 = aie.core(%tile_1_5) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_1_5, Acquire, 1)
        %0 = memref.load %rtp3_1[%c0] : memref<2xi32>
        %1 = memref.load %rtp3_1[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_1_5) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_1_5) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_3(Consume, 1)
            aie.objectfifo.release @B_L2L1_1(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_1_3(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_1_5, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_1_3(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_2_5 = aie.core(%tile_2_5) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_2_5, Acquire, 1)
        %0 = memref.load %rtp3_2[%c0] : memref<2xi32>
        %1 = memref.load %rtp3_2[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_2_5) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_2_5) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_3(Consume, 1)
            aie.objectfifo.release @B_L2L1_2(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_2_3(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_2_5, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_2_3(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_3_5 = aie.core(%tile_3_5) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_3_5, Acquire, 1)
        %0 = memref.load %rtp3_3[%c0] : memref<2xi32>
        %1 = memref.load %rtp3_3[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_3_5) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_3_5) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_3(Consume, 1)
            aie.objectfifo.release @B_L2L1_3(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_3_3(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_3_5, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_3_3(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_4_5 = aie.core(%tile_4_5) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_4_5, Acquire, 1)
        %0 = memref.load %rtp3_4[%c0] : memref<2xi32>
        %1 = memref.load %rtp3_4[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_4_5) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_4(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_4_5) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_3(Consume, 1)
            aie.objectfifo.release @B_L2L1_4(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_4_3(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_4_5, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_4_3(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_5_5 = aie.core(%tile_5_5) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_5_5, Acquire, 1)
        %0 = memref.load %rtp3_5[%c0] : memref<2xi32>
        %1 = memref.load %rtp3_5[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_5_5) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_5(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_5_5) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_3(Consume, 1)
            aie.objectfifo.release @B_L2L1_5(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_5_3(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_5_5, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_5_3(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_6_5 = aie.core(%tile_6_5) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_6_5, Acquire, 1)
        %0 = memref.load %rtp3_6[%c0] : memref<2xi32>
        %1 = memref.load %rtp3_6[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_6_5) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_6(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_6_5) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_3(Consume, 1)
            aie.objectfifo.release @B_L2L1_6(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_6_3(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_6_5, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_6_3(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    %core_7_5 = aie.core(%tile_7_5) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c_forever = arith.constant 9223372036854775807 : index
      scf.for %arg0 = %c0 to %c_forever step %c1 {
        aie.use_lock(%barrier_7_5, Acquire, 1)
        %0 = memref.load %rtp3_7[%c0] : memref<2xi32>
        %1 = memref.load %rtp3_7[%c1] : memref<2xi32>
        %kt = arith.index_cast %0 : i32 to index
        %nt = arith.index_cast %1 : i32 to index
        %c1_i32 = arith.constant 1 : i32
        %cmp = arith.cmpi sgt, %1, %c1_i32 : i32
        scf.for %arg1 = %c0 to %nt step %c1 {
          func.call @zero_f32(%acc_7_5) : (memref<32x32xf32>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_7(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_f32(%5, %7, %acc_7_5) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xf32>) -> ()
            aie.objectfifo.release @A_L2L1_3(Consume, 1)
            aie.objectfifo.release @B_L2L1_7(Consume, 1)
          }
          %8 = aie.objectfifo.acquire @C_L1L2_7_3(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          %cnt = arith.constant 1024 : i32
          func.call @convert_copy_f32_to_bf16(%acc_7_5, %9, %cnt) : (memref<32x32xf32>, memref<32x32xbf16>, i32) -> ()
          aie.objectfifo.release @C_L1L2_7_3(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    aie.runtime_sequence @sequence(%A: memref<32768xbf16>, %B0: memref<32768xbf16>, %C0: memref<65536xbf16>) {
      aiex.npu.rtp_write(@rtp0_0, 0, 4)
      aiex.npu.rtp_write(@rtp0_0, 1, 2)
      aiex.npu.rtp_write(@rtp0_1, 0, 4)
      aiex.npu.rtp_write(@rtp0_1, 1, 2)
      aiex.npu.rtp_write(@rtp0_2, 0, 4)
      aiex.npu.rtp_write(@rtp0_2, 1, 2)
      aiex.npu.rtp_write(@rtp0_3, 0, 4)
      aiex.npu.rtp_write(@rtp0_3, 1, 2)
      aiex.npu.rtp_write(@rtp0_4, 0, 4)
      aiex.npu.rtp_write(@rtp0_4, 1, 2)
      aiex.npu.rtp_write(@rtp0_5, 0, 4)
      aiex.npu.rtp_write(@rtp0_5, 1, 2)
      aiex.npu.rtp_write(@rtp0_6, 0, 4)
      aiex.npu.rtp_write(@rtp0_6, 1, 2)
      aiex.npu.rtp_write(@rtp0_7, 0, 4)
      aiex.npu.rtp_write(@rtp0_7, 1, 2)
      aiex.npu.rtp_write(@rtp1_0, 0, 4)
      aiex.npu.rtp_write(@rtp1_0, 1, 2)
      aiex.npu.rtp_write(@rtp1_1, 0, 4)
      aiex.npu.rtp_write(@rtp1_1, 1, 2)
      aiex.npu.rtp_write(@rtp1_2, 0, 4)
      aiex.npu.rtp_write(@rtp1_2, 1, 2)
      aiex.npu.rtp_write(@rtp1_3, 0, 4)
      aiex.npu.rtp_write(@rtp1_3, 1, 2)
      aiex.npu.rtp_write(@rtp1_4, 0, 4)
      aiex.npu.rtp_write(@rtp1_4, 1, 2)
      aiex.npu.rtp_write(@rtp1_5, 0, 4)
      aiex.npu.rtp_write(@rtp1_5, 1, 2)
      aiex.npu.rtp_write(@rtp1_6, 0, 4)
      aiex.npu.rtp_write(@rtp1_6, 1, 2)
      aiex.npu.rtp_write(@rtp1_7, 0, 4)
      aiex.npu.rtp_write(@rtp1_7, 1, 2)
      aiex.npu.rtp_write(@rtp2_0, 0, 4)
      aiex.npu.rtp_write(@rtp2_0, 1, 2)
      aiex.npu.rtp_write(@rtp2_1, 0, 4)
      aiex.npu.rtp_write(@rtp2_1, 1, 2)
      aiex.npu.rtp_write(@rtp2_2, 0, 4)
      aiex.npu.rtp_write(@rtp2_2, 1, 2)
      aiex.npu.rtp_write(@rtp2_3, 0, 4)
      aiex.npu.rtp_write(@rtp2_3, 1, 2)
      aiex.npu.rtp_write(@rtp2_4, 0, 4)
      aiex.npu.rtp_write(@rtp2_4, 1, 2)
      aiex.npu.rtp_write(@rtp2_5, 0, 4)
      aiex.npu.rtp_write(@rtp2_5, 1, 2)
      aiex.npu.rtp_write(@rtp2_6, 0, 4)
      aiex.npu.rtp_write(@rtp2_6, 1, 2)
      aiex.npu.rtp_write(@rtp2_7, 0, 4)
      aiex.npu.rtp_write(@rtp2_7, 1, 2)
      aiex.npu.rtp_write(@rtp3_0, 0, 4)
      aiex.npu.rtp_write(@rtp3_0, 1, 2)
      aiex.npu.rtp_write(@rtp3_1, 0, 4)
      aiex.npu.rtp_write(@rtp3_1, 1, 2)
      aiex.npu.rtp_write(@rtp3_2, 0, 4)
      aiex.npu.rtp_write(@rtp3_2, 1, 2)
      aiex.npu.rtp_write(@rtp3_3, 0, 4)
      aiex.npu.rtp_write(@rtp3_3, 1, 2)
      aiex.npu.rtp_write(@rtp3_4, 0, 4)
      aiex.npu.rtp_write(@rtp3_4, 1, 2)
      aiex.npu.rtp_write(@rtp3_5, 0, 4)
      aiex.npu.rtp_write(@rtp3_5, 1, 2)
      aiex.npu.rtp_write(@rtp3_6, 0, 4)
      aiex.npu.rtp_write(@rtp3_6, 1, 2)
      aiex.npu.rtp_write(@rtp3_7, 0, 4)
      aiex.npu.rtp_write(@rtp3_7, 1, 2)
      aiex.set_lock(%barrier_0_2, 1)
      aiex.set_lock(%barrier_1_2, 1)
      aiex.set_lock(%barrier_2_2, 1)
      aiex.set_lock(%barrier_3_2, 1)
      aiex.set_lock(%barrier_4_2, 1)
      aiex.set_lock(%barrier_5_2, 1)
      aiex.set_lock(%barrier_6_2, 1)
      aiex.set_lock(%barrier_7_2, 1)
      aiex.set_lock(%barrier_0_3, 1)
      aiex.set_lock(%barrier_1_3, 1)
      aiex.set_lock(%barrier_2_3, 1)
      aiex.set_lock(%barrier_3_3, 1)
      aiex.set_lock(%barrier_4_3, 1)
      aiex.set_lock(%barrier_5_3, 1)
      aiex.set_lock(%barrier_6_3, 1)
      aiex.set_lock(%barrier_7_3, 1)
      aiex.set_lock(%barrier_0_4, 1)
      aiex.set_lock(%barrier_1_4, 1)
      aiex.set_lock(%barrier_2_4, 1)
      aiex.set_lock(%barrier_3_4, 1)
      aiex.set_lock(%barrier_4_4, 1)
      aiex.set_lock(%barrier_5_4, 1)
      aiex.set_lock(%barrier_6_4, 1)
      aiex.set_lock(%barrier_7_4, 1)
      aiex.set_lock(%barrier_0_5, 1)
      aiex.set_lock(%barrier_1_5, 1)
      aiex.set_lock(%barrier_2_5, 1)
      aiex.set_lock(%barrier_3_5, 1)
      aiex.set_lock(%barrier_4_5, 1)
      aiex.set_lock(%barrier_5_5, 1)
      aiex.set_lock(%barrier_6_5, 1)
      aiex.set_lock(%barrier_7_5, 1)
      %t0 = aiex.dma_configure_task_for @C_L2L3_0 {
        aie.dma_bd(%C0 : memref<65536xbf16>, 0, 4096, [<size = 2, stride = 32768>, <size = 1, stride = 0>, <size = 128, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 1 : i32, issue_token = true}
      aiex.dma_start_task(%t0)
      %t1 = aiex.dma_configure_task_for @A_L3L2_0 {
        aie.dma_bd(%A : memref<32768xbf16>, 0, 4096, [<size = 1, stride = 0>, <size = 4, stride = 32>, <size = 32, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t1)
      %t2 = aiex.dma_configure_task_for @B_L3L2_0 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 0, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t2)
      %t3 = aiex.dma_configure_task_for @A_L3L2_0 {
        aie.dma_bd(%A : memref<32768xbf16>, 16384, 4096, [<size = 1, stride = 0>, <size = 4, stride = 32>, <size = 32, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t3)
      %t4 = aiex.dma_configure_task_for @B_L3L2_0 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 0, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t4)
      %t5 = aiex.dma_configure_task_for @C_L2L3_1 {
        aie.dma_bd(%C0 : memref<65536xbf16>, 32, 4096, [<size = 2, stride = 32768>, <size = 1, stride = 0>, <size = 128, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 1 : i32, issue_token = true}
      aiex.dma_start_task(%t5)
      %t6 = aiex.dma_configure_task_for @A_L3L2_1 {
        aie.dma_bd(%A : memref<32768xbf16>, 4096, 4096, [<size = 1, stride = 0>, <size = 4, stride = 32>, <size = 32, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t6)
      %t7 = aiex.dma_configure_task_for @B_L3L2_1 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 32, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t7)
      %t8 = aiex.dma_configure_task_for @A_L3L2_1 {
        aie.dma_bd(%A : memref<32768xbf16>, 20480, 4096, [<size = 1, stride = 0>, <size = 4, stride = 32>, <size = 32, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t8)
      %t9 = aiex.dma_configure_task_for @B_L3L2_1 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 32, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t9)
      %t10 = aiex.dma_configure_task_for @C_L2L3_2 {
        aie.dma_bd(%C0 : memref<65536xbf16>, 64, 4096, [<size = 2, stride = 32768>, <size = 1, stride = 0>, <size = 128, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 1 : i32, issue_token = true}
      aiex.dma_start_task(%t10)
      %t11 = aiex.dma_configure_task_for @A_L3L2_2 {
        aie.dma_bd(%A : memref<32768xbf16>, 8192, 4096, [<size = 1, stride = 0>, <size = 4, stride = 32>, <size = 32, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t11)
      %t12 = aiex.dma_configure_task_for @B_L3L2_2 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 64, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t12)
      %t13 = aiex.dma_configure_task_for @A_L3L2_2 {
        aie.dma_bd(%A : memref<32768xbf16>, 24576, 4096, [<size = 1, stride = 0>, <size = 4, stride = 32>, <size = 32, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t13)
      %t14 = aiex.dma_configure_task_for @B_L3L2_2 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 64, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t14)
      %t15 = aiex.dma_configure_task_for @C_L2L3_3 {
        aie.dma_bd(%C0 : memref<65536xbf16>, 96, 4096, [<size = 2, stride = 32768>, <size = 1, stride = 0>, <size = 128, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 1 : i32, issue_token = true}
      aiex.dma_start_task(%t15)
      %t16 = aiex.dma_configure_task_for @A_L3L2_3 {
        aie.dma_bd(%A : memref<32768xbf16>, 12288, 4096, [<size = 1, stride = 0>, <size = 4, stride = 32>, <size = 32, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t16)
      %t17 = aiex.dma_configure_task_for @B_L3L2_3 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 96, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t17)
      %t18 = aiex.dma_configure_task_for @A_L3L2_3 {
        aie.dma_bd(%A : memref<32768xbf16>, 28672, 4096, [<size = 1, stride = 0>, <size = 4, stride = 32>, <size = 32, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t18)
      %t19 = aiex.dma_configure_task_for @B_L3L2_3 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 96, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t19)
      %t20 = aiex.dma_configure_task_for @C_L2L3_4 {
        aie.dma_bd(%C0 : memref<65536xbf16>, 128, 4096, [<size = 2, stride = 32768>, <size = 1, stride = 0>, <size = 128, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 1 : i32, issue_token = true}
      aiex.dma_start_task(%t20)
      %t21 = aiex.dma_configure_task_for @B_L3L2_4 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 128, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t21)
      %t22 = aiex.dma_configure_task_for @B_L3L2_4 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 128, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t22)
      %t23 = aiex.dma_configure_task_for @C_L2L3_5 {
        aie.dma_bd(%C0 : memref<65536xbf16>, 160, 4096, [<size = 2, stride = 32768>, <size = 1, stride = 0>, <size = 128, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 1 : i32, issue_token = true}
      aiex.dma_start_task(%t23)
      %t24 = aiex.dma_configure_task_for @B_L3L2_5 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 160, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t24)
      %t25 = aiex.dma_configure_task_for @B_L3L2_5 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 160, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t25)
      %t26 = aiex.dma_configure_task_for @C_L2L3_6 {
        aie.dma_bd(%C0 : memref<65536xbf16>, 192, 4096, [<size = 2, stride = 32768>, <size = 1, stride = 0>, <size = 128, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 1 : i32, issue_token = true}
      aiex.dma_start_task(%t26)
      %t27 = aiex.dma_configure_task_for @B_L3L2_6 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 192, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t27)
      %t28 = aiex.dma_configure_task_for @B_L3L2_6 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 192, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t28)
      %t29 = aiex.dma_configure_task_for @C_L2L3_7 {
        aie.dma_bd(%C0 : memref<65536xbf16>, 224, 4096, [<size = 2, stride = 32768>, <size = 1, stride = 0>, <size = 128, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 1 : i32, issue_token = true}
      aiex.dma_start_task(%t29)
      %t30 = aiex.dma_configure_task_for @B_L3L2_7 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 224, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t30)
      %t31 = aiex.dma_configure_task_for @B_L3L2_7 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 224, 4096, [<size = 1, stride = 0>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      }
      aiex.dma_start_task(%t31)
      aiex.dma_await_task(%t0)
      aiex.dma_await_task(%t5)
      aiex.dma_await_task(%t10)
      aiex.dma_await_task(%t15)
      aiex.dma_await_task(%t20)
      aiex.dma_await_task(%t23)
      aiex.dma_await_task(%t26)
      aiex.dma_await_task(%t29)
      aiex.dma_free_task(%t1)
      aiex.dma_free_task(%t2)
      aiex.dma_free_task(%t3)
      aiex.dma_free_task(%t4)
      aiex.dma_free_task(%t6)
      aiex.dma_free_task(%t7)
      aiex.dma_free_task(%t8)
      aiex.dma_free_task(%t9)
      aiex.dma_free_task(%t11)
      aiex.dma_free_task(%t12)
      aiex.dma_free_task(%t13)
      aiex.dma_free_task(%t14)
      aiex.dma_free_task(%t16)
      aiex.dma_free_task(%t17)
      aiex.dma_free_task(%t18)
      aiex.dma_free_task(%t19)
      aiex.dma_free_task(%t21)
      aiex.dma_free_task(%t22)
      aiex.dma_free_task(%t24)
      aiex.dma_free_task(%t25)
      aiex.dma_free_task(%t27)
      aiex.dma_free_task(%t28)
      aiex.dma_free_task(%t30)
      aiex.dma_free_task(%t31)
    }
  }
}
