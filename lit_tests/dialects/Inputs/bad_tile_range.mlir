aie.device(npu2_1col) {
  %t = aie.tile(1, 0)
  aie.runtime_sequence() {
  }
}
