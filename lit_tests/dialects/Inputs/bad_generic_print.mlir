"aie.device"() ({
  %t = "aie.tile"() {col = 0 : i32, row = 2 : i32} : () -> index
  %l = "aie.lock"(%t) : (index) -> index
  "aie.use_lock"(%l) : (index) -> ()
}) {device = "npu1"} : () -> ()
