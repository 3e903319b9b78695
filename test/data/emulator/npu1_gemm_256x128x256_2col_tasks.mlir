module {
  aie.device(npu1) {
    func.func private @zero_bf16(memref<32x32xbf16>) attributes {link_with = "mm_32x32x32.o"}
    func.func private @matmul_bf16_bf16(memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xbf16>) attributes {link_with = "mm_32x32x32.o"}
    %shim_noc_tile_0_0 = aie.tile(0, 0)
    %shim_noc_tile_1_0 = aie.tile(1, 0)
    %mem_tile_0_1 = aie.tile(0, 1)
    %mem_tile_1_1 = aie.tile(1, 1)
    %tile_0_2 = aie.tile(0, 2)
    %tile_1_2 = aie.tile(1, 2)
    %tile_0_3 = aie.tile(0, 3)
    %tile_1_3 = aie.tile(1, 3)
    %tile_0_4 = aie.tile(0, 4)
    %tile_1_4 = aie.tile(1, 4)
    %tile_0_5 = aie.tile(0, 5)
    %tile_1_5 = aie.tile(1, 5)
    aie.objectfifo @A_L3L2_0(%shim_noc_tile_0_0, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<2048xbf16>>
    aie.objectfifo @A_L2L1_0(%mem_tile_0_1 dimensionsToStream [<size = 8, stride = 128>, <size = 4, stride = 8>, <size = 4, stride = 32>, <size = 8, stride = 1>], {%tile_0_2, %tile_1_2}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @A_L2L1_1(%mem_tile_0_1 dimensionsToStream [<size = 8, stride = 128>, <size = 4, stride = 8>, <size = 4, stride = 32>, <size = 8, stride = 1>], {%tile_0_3, %tile_1_3}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@A_L3L2_0] -> [@A_L2L1_0, @A_L2L1_1] ([] [0, 1024])
    aie.objectfifo @A_L3L2_1(%shim_noc_tile_1_0, {%mem_tile_1_1}, 2 : i32) : !aie.objectfifo<memref<2048xbf16>>
    aie.objectfifo @A_L2L1_2(%mem_tile_1_1 dimensionsToStream [<size = 8, stride = 128>, <size = 4, stride = 8>, <size = 4, stride = 32>, <size = 8, stride = 1>], {%tile_0_4, %tile_1_4}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @A_L2L1_3(%mem_tile_1_1 dimensionsToStream [<size = 8, stride = 128>, <size = 4, stride = 8>, <size = 4, stride = 32>, <size = 8, stride = 1>], {%tile_0_5, %tile_1_5}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@A_L3L2_1] -> [@A_L2L1_2, @A_L2L1_3] ([] [0, 1024])
    aie.objectfifo @B_L3L2_0(%shim_noc_tile_0_0, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @B_L2L1_0(%mem_tile_0_1 dimensionsToStream [<size = 4, stride = 256>, <size = 8, stride = 4>, <size = 8, stride = 32>, <size = 4, stride = 1>], {%tile_0_2, %tile_0_3, %tile_0_4, %tile_0_5}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@B_L3L2_0] -> [@B_L2L1_0] ([] [0])
    aie.objectfifo @C_L2L3_0(%mem_tile_0_1 dimensionsToStream [<size = 8, stride = 128>, <size = 4, stride = 4>, <size = 8, stride = 16>, <size = 4, stride = 1>], {%shim_noc_tile_0_0}, 2 : i32) : !aie.objectfifo<memref<4096xbf16>>
    aie.objectfifo @C_L1L2_0_0(%tile_0_2, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_0_1(%tile_0_3, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_0_2(%tile_0_4, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_0_3(%tile_0_5, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@C_L1L2_0_0, @C_L1L2_0_1, @C_L1L2_0_2, @C_L1L2_0_3] -> [@C_L2L3_0] ([0, 1024, 2048, 3072] [])
    aie.objectfifo @B_L3L2_1(%shim_noc_tile_1_0, {%mem_tile_1_1}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
    aie.objectfifo @B_L2L1_1(%mem_tile_1_1 dimensionsToStream [<size = 4, stride = 256>, <size = 8, stride = 4>, <size = 8, stride = 32>, <size = 4, stride = 1>], {%tile_1_2, %tile_1_3, %tile_1_4, %tile_1_5}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@B_L3L2_1] -> [@B_L2L1_1] ([] [0])
    aie.objectfifo @C_L2L3_1(%mem_tile_1_1 dimensionsToStream [<size = 8, stride = 128>, <size = 4, stride = 4>, <size = 8, stride = 16>, <size = 4, stride = 1>], {%shim_noc_tile_1_0}, 2 : i32) : !aie.objectfifo<memref<4096xbf16>>
    aie.objectfifo @C_L1L2_1_0(%tile_1_2, {%mem_tile_1_1}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_1_1(%tile_1_3, {%mem_tile_1_1}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_1_2(%tile_1_4, {%mem_tile_1_1}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo @C_L1L2_1_3(%tile_1_5, {%mem_tile_1_1}, 2 : i32) : !aie.objectfifo<memref<32x32xbf16>>
    aie.objectfifo.link [@C_L1L2_1_0, @C_L1L2_1_1, @C_L1L2_1_2, @C_L1L2_1_3] -> [@C_L2L3_1] ([0, 1024, 2048, 3072] [])
    %rtp0_0 = aie.buffer(%tile_0_2) {sym_name = "rtp0_0"} : memref<2xi32> = dense<0>
    %barrier_0_2 = aie.lock(%tile_0_2) {init = 0 : i32, sym_name = "barrier_0_2"}
    %rtp0_1 = aie.buffer(%tile_1_2) {sym_name = "rtp0_1"} : memref<2xi32> = dense<0>
    %barrier_1_2 = aie.lock(%tile_1_2) {init = 0 : i32, sym_name = "barrier_1_2"}
    %rtp1_0 = aie.buffer(%tile_0_3) {sym_name = "rtp1_0"} : memref<2xi32> = dense<0>
    %barrier_0_3 = aie.lock(%tile_0_3) {init = 0 : i32, sym_name = "barrier_0_3"}
    %rtp1_1 = aie.buffer(%tile_1_3) {sym_name = "rtp1_1"} : memref<2xi32> = dense<0>
    %barrier_1_3 = aie.lock(%tile_1_3) {init = 0 : i32, sym_name = "barrier_1_3"}
    %rtp2_0 = aie.buffer(%tile_0_4) {sym_name = "rtp2_0"} : memref<2xi32> = dense<0>
    %barrier_0_4 = aie.lock(%tile_0_4) {init = 0 : i32, sym_name = "barrier_0_4"}
    %rtp2_1 = aie.buffer(%tile_1_4) {sym_name = "rtp2_1"} : memref<2xi32> = dense<0>
    %barrier_1_4 = aie.lock(%tile_1_4) {init = 0 : i32, sym_name = "barrier_1_4"}
    %rtp3_0 = aie.buffer(%tile_0_5) {sym_name = "rtp3_0"} : memref<2xi32> = dense<0>
    %barrier_0_5 = aie.lock(%tile_0_5) {init = 0 : i32, sym_name = "barrier_0_5"}
    %rtp3_1 = aie.buffer(%tile_1_5) {sym_name = "rtp3_1"} : memref<2xi32> = dense<0>
    %barrier_1_5 = aie.lock(%tile_1_5) {init = 0 : i32, sym_name = "barrier_1_5"}
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
          %2 = aie.objectfifo.acquire @C_L1L2_0_0(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %3 = aie.objectfifo.subview.access %2[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          func.call @zero_bf16(%3) : (memref<32x32xbf16>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_bf16(%5, %7, %3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xbf16>) -> ()
            aie.objectfifo.release @A_L2L1_0(Consume, 1)
            aie.objectfifo.release @B_L2L1_0(Consume, 1)
          }
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
          %2 = aie.objectfifo.acquire @C_L1L2_1_0(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %3 = aie.objectfifo.subview.access %2[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          func.call @zero_bf16(%3) : (memref<32x32xbf16>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_bf16(%5, %7, %3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xbf16>) -> ()
            aie.objectfifo.release @A_L2L1_0(Consume, 1)
            aie.objectfifo.release @B_L2L1_1(Consume, 1)
          }
          aie.objectfifo.release @C_L1L2_1_0(Produce, 1)
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
          %2 = aie.objectfifo.acquire @C_L1L2_0_1(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %3 = aie.objectfifo.subview.access %2[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          func.call @zero_bf16(%3) : (memref<32x32xbf16>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_bf16(%5, %7, %3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xbf16>) -> ()
            aie.objectfifo.release @A_L2L1_1(Consume, 1)
            aie.objectfifo.release @B_L2L1_0(Consume, 1)
          }
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
          %2 = aie.objectfifo.acquire @C_L1L2_1_1(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %3 = aie.objectfifo.subview.access %2[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          func.call @zero_bf16(%3) : (memref<32x32xbf16>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_bf16(%5, %7, %3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xbf16>) -> ()
            aie.objectfifo.release @A_L2L1_1(Consume, 1)
            aie.objectfifo.release @B_L2L1_1(Consume, 1)
          }
          aie.objectfifo.release @C_L1L2_1_1(Produce, 1)
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
          %2 = aie.objectfifo.acquire @C_L1L2_0_2(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %3 = aie.objectfifo.subview.access %2[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          func.call @zero_bf16(%3) : (memref<32x32xbf16>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_bf16(%5, %7, %3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xbf16>) -> ()
            aie.objectfifo.release @A_L2L1_2(Consume, 1)
            aie.objectfifo.release @B_L2L1_0(Consume, 1)
          }
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
          %2 = aie.objectfifo.acquire @C_L1L2_1_2(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %3 = aie.objectfifo.subview.access %2[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          func.call @zero_bf16(%3) : (memref<32x32xbf16>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_2(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_bf16(%5, %7, %3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xbf16>) -> ()
            aie.objectfifo.release @A_L2L1_2(Consume, 1)
            aie.objectfifo.release @B_L2L1_1(Consume, 1)
          }
          aie.objectfifo.release @C_L1L2_1_2(Produce, 1)
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
          %2 = aie.objectfifo.acquire @C_L1L2_0_3(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %3 = aie.objectfifo.subview.access %2[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          func.call @zero_bf16(%3) : (memref<32x32xbf16>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_0(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_bf16(%5, %7, %3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xbf16>) -> ()
            aie.objectfifo.release @A_L2L1_3(Consume, 1)
            aie.objectfifo.release @B_L2L1_0(Consume, 1)
          }
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
          %2 = aie.objectfifo.acquire @C_L1L2_1_3(Produce, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
          %3 = aie.objectfifo.subview.access %2[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
          func.call @zero_bf16(%3) : (memref<32x32xbf16>) -> ()
          scf.for %arg2 = %c0 to %kt step %c1 {
            %4 = aie.objectfifo.acquire @A_L2L1_3(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            %6 = aie.objectfifo.acquire @B_L2L1_1(Consume, 1) : !aie.objectfifosubview<memref<32x32xbf16>>
            %7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<memref<32x32xbf16>> -> memref<32x32xbf16>
            func.call @matmul_bf16_bf16(%5, %7, %3) : (memref<32x32xbf16>, memref<32x32xbf16>, memref<32x32xbf16>) -> ()
            aie.objectfifo.release @A_L2L1_3(Consume, 1)
            aie.objectfifo.release @B_L2L1_1(Consume, 1)
          }
          aie.objectfifo.release @C_L1L2_1_3(Produce, 1)
        }
      }
      aie.end
    } {stack_size = 3328 : i32}
    aie.runtime_sequence @sequence(%A: memref<32768xbf16>, %B0: memref<32768xbf16>, %C0: memref<65536xbf16>) {
      aiex.npu.rtp_write(@rtp0_0, 0, 4)
      aiex.npu.rtp_write(@rtp0_0, 1, 8)
      aiex.npu.rtp_write(@rtp0_1, 0, 4)
      aiex.npu.rtp_write(@rtp0_1, 1, 8)
      aiex.npu.rtp_write(@rtp1_0, 0, 4)
      aiex.npu.rtp_write(@rtp1_0, 1, 8)
      aiex.npu.rtp_write(@rtp1_1, 0, 4)
      aiex.npu.rtp_write(@rtp1_1, 1, 8)
      aiex.npu.rtp_write(@rtp2_0, 0, 4)
      aiex.npu.rtp_write(@rtp2_0, 1, 8)
      aiex.npu.rtp_write(@rtp2_1, 0, 4)
      aiex.npu.rtp_write(@rtp2_1, 1, 8)
      aiex.npu.rtp_write(@rtp3_0, 0, 4)
      aiex.npu.rtp_write(@rtp3_0, 1, 8)
      aiex.npu.rtp_write(@rtp3_1, 0, 4)
      aiex.npu.rtp_write(@rtp3_1, 1, 8)
      aiex.set_lock(%barrier_0_2, 1)
      aiex.set_lock(%barrier_1_2, 1)
      aiex.set_lock(%barrier_0_3, 1)
      aiex.set_lock(%barrier_1_3, 1)
      aiex.set_lock(%barrier_0_4, 1)
      aiex.set_lock(%barrier_1_4, 1)
      aiex.set_lock(%barrier_0_5, 1)
      aiex.set_lock(%barrier_1_5, 1)
      %t0 = aiex.dma_configure_task_for @C_L2L3_0 {
        aie.dma_bd(%C0 : memref<65536xbf16>, 0, 16384, [<size = 2, stride = 32768>, <size = 4, stride = 64>, <size = 128, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 1 : i32, issue_token = true}
      aiex.dma_start_task(%t0)
      %t1 = aiex.dma_configure_task_for @A_L3L2_0 {
        aie.dma_bd(%A : memref<32768xbf16>, 0, 8192, [<size = 4, stride = 0>, <size = 4, stride = 32>, <size = 64, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 3 : i32}
      aiex.dma_start_task(%t1)
      %t2 = aiex.dma_configure_task_for @B_L3L2_0 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 0, 4096, [<size = 4, stride = 64>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 3 : i32}
      aiex.dma_start_task(%t2)
      %t3 = aiex.dma_configure_task_for @A_L3L2_0 {
        aie.dma_bd(%A : memref<32768xbf16>, 16384, 8192, [<size = 4, stride = 0>, <size = 4, stride = 32>, <size = 64, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 3 : i32}
      aiex.dma_start_task(%t3)
      %t4 = aiex.dma_configure_task_for @B_L3L2_0 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 0, 4096, [<size = 4, stride = 64>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 3 : i32}
      aiex.dma_start_task(%t4)
      %t5 = aiex.dma_configure_task_for @C_L2L3_1 {
        aie.dma_bd(%C0 : memref<65536xbf16>, 32, 16384, [<size = 2, stride = 32768>, <size = 4, stride = 64>, <size = 128, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 1 : i32, issue_token = true}
      aiex.dma_start_task(%t5)
      %t6 = aiex.dma_configure_task_for @A_L3L2_1 {
        aie.dma_bd(%A : memref<32768xbf16>, 8192, 8192, [<size = 4, stride = 0>, <size = 4, stride = 32>, <size = 64, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 3 : i32}
      aiex.dma_start_task(%t6)
      %t7 = aiex.dma_configure_task_for @B_L3L2_1 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 32, 4096, [<size = 4, stride = 64>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 3 : i32}
      aiex.dma_start_task(%t7)
      %t8 = aiex.dma_configure_task_for @A_L3L2_1 {
        aie.dma_bd(%A : memref<32768xbf16>, 24576, 8192, [<size = 4, stride = 0>, <size = 4, stride = 32>, <size = 64, stride = 128>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 3 : i32}
      aiex.dma_start_task(%t8)
      %t9 = aiex.dma_configure_task_for @B_L3L2_1 {
        aie.dma_bd(%B0 : memref<32768xbf16>, 32, 4096, [<size = 4, stride = 64>, <size = 4, stride = 8192>, <size = 32, stride = 256>, <size = 32, stride = 1>]) {burst_length = 0 : i32}
        aie.end
      } {repeat_count = 3 : i32}
      aiex.dma_start_task(%t9)
      aiex.dma_await_task(%t0)
      aiex.dma_await_task(%t5)
      aiex.dma_free_task(%t1)
      aiex.dma_free_task(%t2)
      aiex.dma_free_task(%t3)
      aiex.dma_free_task(%t4)
      aiex.dma_free_task(%t6)
      aiex.dma_free_task(%t7)
      aiex.dma_free_task(%t8)
      aiex.dma_free_task(%t9)
    }
  }
}
