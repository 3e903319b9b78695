// load_pdi is [8 | id<<16, size, addr lo, addr hi] and preempt is [6 | level<<8] (spec §6), with 32-bit fields taken as raw bits.
// RUN: gemm-translate %s --npu-to-hex --sequence-name=pdi | FileCheck %s --match-full-lines --check-prefix=PDI
// RUN: gemm-translate %s --npu-to-hex --sequence-name=preempt | FileCheck %s --match-full-lines --check-prefix=PRE

// load_pdi on npu1: 3 records of 4 words; 4·(4 + 12) = 64 = 0x40 bytes.
// PDI:      06030100
// PDI-NEXT: 00000104
// PDI-NEXT: 00000003
// PDI-NEXT: 00000040

// id 1, size 4096, address 0x2_00001000: 8 | 1<<16 = 0x00010008; 0x1000; lo 0x00001000; hi 0x00000002.
// PDI-NEXT: 00010008
// PDI-NEXT: 00001000
// PDI-NEXT: 00001000
// PDI-NEXT: 00000002

// id 65535, size -1 : i32 (raw 0xFFFFFFFF), address 0xFFFFFFFF_00000000:
// 8 | 0xFFFF<<16 = 0xFFFF0008; 0xFFFFFFFF; lo 0; hi 0xFFFFFFFF.
// PDI-NEXT: FFFF0008
// PDI-NEXT: FFFFFFFF
// PDI-NEXT: 00000000
// PDI-NEXT: FFFFFFFF

// Only device_ref and id 3: size and address default to 0; device_ref does not change the bytes (PD).
// 8 | 3<<16 = 0x00030008.
// PDI-NEXT: 00030008
// PDI-NEXT: 00000000
// PDI-NEXT: 00000000
// PDI-NEXT: 00000000
// PDI-NOT: {{.}}

// preempt on npu2: 3 records of 1 word; 4·(4 + 3) = 28 = 0x1C bytes.
// PRE:      06040100
// PRE-NEXT: 00000108
// PRE-NEXT: 00000003
// PRE-NEXT: 0000001C
// level 0: 6 | 0<<8 = 0x006; level 3: 6 | 3<<8 = 0x306; level 255: 6 | 0xFF<<8 = 0xFF06.
// PRE-NEXT: 00000006
// PRE-NEXT: 00000306
// PRE-NEXT: 0000FF06
// PRE-NOT: {{.}}

module {
  aie.device(npu1) {
    aie.runtime_sequence @pdi() {
      aiex.npu.load_pdi {id = 1 : i32, size = 4096 : i32, address = 0x200001000 : ui64}
      aiex.npu.load_pdi {id = 65535 : i32, size = -1 : i32, address = 0xFFFFFFFF00000000 : ui64}
      aiex.npu.load_pdi {device_ref = @other, id = 3 : i32}
    }
  }
  aie.device(npu2) {
    aie.runtime_sequence @preempt() {
      aiex.npu.preempt {level = 0 : ui8}
      aiex.npu.preempt {level = 3 : ui8}
      aiex.npu.preempt {level = 255 : ui8}
    }
  }
}
