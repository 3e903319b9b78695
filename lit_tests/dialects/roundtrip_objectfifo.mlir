// aie.objectfifo, objectfifo.link (forward, distribute, join) and acquire/release/subview.access print in IRON's syntax (gemm-dataflow.md §1.1, §2).
// RUN: gemm-opt %s | gemm-opt | FileCheck %s --match-full-lines
// RUN: gemm-opt %s > %t.1 && gemm-opt %t.1 > %t.2 && diff %t.1 %t.2
// RUN: gemm-opt %s --print-op-generic | gemm-opt > %t.3 && diff %t.1 %t.3

// CHECK:      aie.device(npu2) {
// CHECK-NEXT:   %shim_noc_tile_0_0 = aie.tile(0, 0)
// CHECK-NEXT:   %mem_tile_0_1 = aie.tile(0, 1)
// CHECK-NEXT:   %tile_0_2 = aie.tile(0, 2)
// CHECK-NEXT:   %tile_0_3 = aie.tile(0, 3)
// CHECK-NEXT:   %tile_1_2 = aie.tile(1, 2)

// Shim -> memtile, no transform, one depth for every endpoint.
// CHECK-NEXT:   aie.objectfifo @A_L3L2(%shim_noc_tile_0_0, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<2048xbf16>>

// dimensionsToStream on the producer (a 4-level A tiling, highest dimension first).
// CHECK-NEXT:   aie.objectfifo @A_L2L1(%mem_tile_0_1 dimensionsToStream [<size = 8, stride = 256>, <size = 8, stride = 8>, <size = 4, stride = 64>, <size = 8, stride = 1>], {%tile_0_2}, 2 : i32) : !aie.objectfifo<memref<64x32xbf16>>

// Broadcast: per-consumer dimensionsFromStream (absent on the second), per-endpoint depths [prod, cons0, cons1].
// CHECK-NEXT:   aie.objectfifo @B(%mem_tile_0_1, {%tile_0_2 dimensionsFromStream [<size = 4, stride = 8>, <size = 8, stride = 1>], %tile_1_2}, [2 : i32, 3 : i32, 4 : i32]) : !aie.objectfifo<memref<32xbf16>>

// Other attributes (§1.4) are kept and sorted.
// CHECK-NEXT:   aie.objectfifo @C(%tile_0_2, {%mem_tile_0_1}, 1 : i32) {disable_synchronization = true, repeat_count = 2 : i32, via_DMA = true} : !aie.objectfifo<memref<16x16xf32>>

// Two objectfifos for each link shape.
// CHECK-NEXT:   aie.objectfifo @D0(%mem_tile_0_1, {%tile_0_2}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
// CHECK-NEXT:   aie.objectfifo @D1(%mem_tile_0_1, {%tile_0_3}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
// CHECK-NEXT:   aie.objectfifo @J0(%tile_0_2, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<512xbf16>>
// CHECK-NEXT:   aie.objectfifo @J1(%tile_0_3, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<512xbf16>>
// CHECK-NEXT:   aie.objectfifo @J(%mem_tile_0_1, {%shim_noc_tile_0_0}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>

// Forward as IRON prints it, ([] [0]), and with no offsets at all.
// CHECK-NEXT:   aie.objectfifo.link [@A_L3L2] -> [@A_L2L1] ([] [0])
// CHECK-NEXT:   aie.objectfifo.link [@A_L3L2] -> [@B] ([] [])
// Distribute: one destination offset per output; join: one source offset per input.
// CHECK-NEXT:   aie.objectfifo.link [@A_L3L2] -> [@D0, @D1] ([] [0, 1024])
// CHECK-NEXT:   aie.objectfifo.link [@J0, @J1] -> [@J] ([0, 512] [])

// CHECK-NEXT:   %core_0_2 = aie.core(%tile_0_2) {
// CHECK-NEXT:     %sv = aie.objectfifo.acquire @B(Consume, 2) : !aie.objectfifosubview<memref<32xbf16>>
// CHECK-NEXT:     %e0 = aie.objectfifo.subview.access %sv[0] : !aie.objectfifosubview<memref<32xbf16>> -> memref<32xbf16>
// CHECK-NEXT:     %e1 = aie.objectfifo.subview.access %sv[1] : !aie.objectfifosubview<memref<32xbf16>> -> memref<32xbf16>
// CHECK-NEXT:     %out = aie.objectfifo.acquire @C(Produce, 1) : !aie.objectfifosubview<memref<16x16xf32>>
// CHECK-NEXT:     aie.objectfifo.release @C(Produce, 1)
// CHECK-NEXT:     aie.objectfifo.release @B(Consume, 2)
// CHECK-NEXT:     aie.end
// CHECK-NEXT:   }
// CHECK-NEXT: }

aie.device(npu2) {
  %shim_noc_tile_0_0 = aie.tile(0, 0)
  %mem_tile_0_1 = aie.tile(0, 1)
  %tile_0_2 = aie.tile(0, 2)
  %tile_0_3 = aie.tile(0, 3)
  %tile_1_2 = aie.tile(1, 2)
  aie.objectfifo @A_L3L2(%shim_noc_tile_0_0, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<2048xbf16>>
  aie.objectfifo @A_L2L1(%mem_tile_0_1 dimensionsToStream [<size = 8, stride = 256>, <size = 8, stride = 8>, <size = 4, stride = 64>, <size = 8, stride = 1>], {%tile_0_2}, 2 : i32) : !aie.objectfifo<memref<64x32xbf16>>
  aie.objectfifo @B(%mem_tile_0_1, {%tile_0_2 dimensionsFromStream [<size = 4, stride = 8>, <size = 8, stride = 1>], %tile_1_2}, [2 : i32, 3 : i32, 4 : i32]) : !aie.objectfifo<memref<32xbf16>>
  aie.objectfifo @C(%tile_0_2, {%mem_tile_0_1}, 1 : i32) {via_DMA = true, repeat_count = 2 : i32, disable_synchronization = true} : !aie.objectfifo<memref<16x16xf32>>
  aie.objectfifo @D0(%mem_tile_0_1, {%tile_0_2}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
  aie.objectfifo @D1(%mem_tile_0_1, {%tile_0_3}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
  aie.objectfifo @J0(%tile_0_2, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<512xbf16>>
  aie.objectfifo @J1(%tile_0_3, {%mem_tile_0_1}, 2 : i32) : !aie.objectfifo<memref<512xbf16>>
  aie.objectfifo @J(%mem_tile_0_1, {%shim_noc_tile_0_0}, 2 : i32) : !aie.objectfifo<memref<1024xbf16>>
  aie.objectfifo.link [@A_L3L2] -> [@A_L2L1] ([] [0])
  aie.objectfifo.link [@A_L3L2] -> [@B] ([] [])
  aie.objectfifo.link [@A_L3L2] -> [@D0, @D1] ([] [0, 1024])
  aie.objectfifo.link [@J0, @J1] -> [@J] ([0, 512] [])
  %core_0_2 = aie.core(%tile_0_2) {
    %sv = aie.objectfifo.acquire @B(Consume, 2) : !aie.objectfifosubview<memref<32xbf16>>
    %e0 = aie.objectfifo.subview.access %sv[0] : !aie.objectfifosubview<memref<32xbf16>> -> memref<32xbf16>
    %e1 = aie.objectfifo.subview.access %sv[1] : !aie.objectfifosubview<memref<32xbf16>> -> memref<32xbf16>
    %out = aie.objectfifo.acquire @C(Produce, 1) : !aie.objectfifosubview<memref<16x16xf32>>
    aie.objectfifo.release @C(Produce, 1)
    aie.objectfifo.release @B(Consume, 2)
    aie.end
  }
}
