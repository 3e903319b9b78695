module {
  aie.device(npu9) {
    aie.runtime_sequence @s() {
    }
  }
}
