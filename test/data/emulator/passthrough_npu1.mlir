// Hand-written: host -> shim (0,0) MM2S -> mem tile (0,1) -> shim (0,0) S2MM -> host.
// 256 x i32 objects (1 KiB), depth 2 on both sides. Used by the emulator's unit tests
// with hand-built TXN streams (test/emulator_txn.py).
module {
  aie.device(npu1) {
    %shim_0_0 = aie.tile(0, 0)
    %mem_0_1 = aie.tile(0, 1)
    aie.objectfifo @in(%shim_0_0, {%mem_0_1}, 2 : i32) : !aie.objectfifo<memref<256xi32>>
    aie.objectfifo @out(%mem_0_1, {%shim_0_0}, 2 : i32) : !aie.objectfifo<memref<256xi32>>
    aie.objectfifo.link [@in] -> [@out] ([] [0])
  }
}
