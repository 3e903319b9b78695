module {
  aie.device(npu1) {
    aie.runtime_sequence @s() {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 1 : ui32}
  }
}
