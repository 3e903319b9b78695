module {
  aie.device(npu1) {
    aie.runtime_sequence() {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 7 : ui32}
    }
  }
  aie.device(npu2) {
    aie.runtime_sequence() {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 8 : ui32}
    }
  }
}
