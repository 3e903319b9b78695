aie.device(npu1) {
  aie.runtime_sequence() {
    aiex.npu.write32 {address = -1 : ui32, value = 0 : ui32}
  }
}
