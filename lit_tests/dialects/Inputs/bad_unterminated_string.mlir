aie.device(npu1) {
  aie.runtime_sequence() {
    aiex.npu.dma_wait {symbol = "an unterminated string literal that runs to the end of the line -> !aie.objectfifo}
  }
}
