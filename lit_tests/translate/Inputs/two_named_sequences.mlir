module {
  aie.device(npu1) {
    aie.runtime_sequence @x() {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 5 : ui32}
    }
    aie.runtime_sequence @y() {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 6 : ui32}
    }
  }
}
