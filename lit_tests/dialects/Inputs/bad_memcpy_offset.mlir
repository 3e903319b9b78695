aie.device(npu1) {
  %t = aie.tile(0, 0)
  aie.shim_dma_allocation @in(%t, MM2S, 0)
  aie.runtime_sequence(%a: memref<8xi8>) {
    aiex.npu.dma_memcpy_nd(%a[0, 0, 1][1, 1, 8][0, 1, 1]) {id = 0 : i64, metadata = @in} : memref<8xi8>
  }
}
