module {
  aie.device(npu1) {
    aie.runtime_sequence @s() {
      aiex.npu.address_patch {addr = 0x0001D004 : ui32, arg_idx = 16 : i32, arg_plus = 0 : i32}
    }
  }
}
