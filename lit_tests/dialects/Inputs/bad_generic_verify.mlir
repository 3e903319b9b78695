"aie.device"() ({
  %t = "aie.tile"() : () -> index
}) {device = "npu1"} : () -> ()
