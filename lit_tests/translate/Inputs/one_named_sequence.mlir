module {
  aie.device(npu2) {
    aie.runtime_sequence @only(%a: memref<16xi32>) {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 4 : ui32}
    }
  }
}
