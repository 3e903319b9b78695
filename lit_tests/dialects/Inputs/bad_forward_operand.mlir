aie.device(npu1) {
  aie.runtime_sequence() {
    %c0 = arith.constant 0 : i32
    aiex.npu.sync(%c0, %c0, %c0, %c0, %c0, %later) : i32, i32, i32, i32, i32, i32
    %later = arith.constant 1 : i32
  }
}
