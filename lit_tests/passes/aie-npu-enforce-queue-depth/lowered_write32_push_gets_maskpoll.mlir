// Queue pushes written as write32 to the task-queue register (ctrl + 4) count like push_queue; the poll goes before the write32.
// RUN: gemm-opt -p aie-npu-enforce-queue-depth %s | FileCheck %s

// Column 0 MM2S0: queue register 0x1D214 (= 119316), status register 0x1D228 (= 119336),
// the address mlir-aie's own test uses. Queue words 0x00000000..0x00000004: BDs 0-4,
// repeat 0, no token. The controller-id maskwrite32 (0x1D210) is not a push.
// Six pushes: the 5th needs a poll; after it at most 3 older pushes are queued, the
// 5th makes 4, so the 6th is again a 5th outstanding push and needs another poll.

// CHECK-LABEL: aie.runtime_sequence @lowered
// CHECK:      aiex.npu.write32 {address = 119316 : ui32, value = 3 : ui32}
// CHECK-NEXT: aiex.npu.maskwrite32 {address = 119312 : ui32, mask = 7936 : ui32, value = 0 : ui32}
// CHECK-NEXT: aiex.npu.maskpoll {address = 119336 : ui32, mask = 4194304 : ui32, value = 0 : ui32}
// CHECK-NEXT: aiex.npu.write32 {address = 119316 : ui32, value = 4 : ui32}
// CHECK-NEXT: aiex.npu.maskpoll {address = 119336 : ui32, mask = 4194304 : ui32, value = 0 : ui32}
// CHECK-NEXT: aiex.npu.write32 {address = 119316 : ui32, value = 5 : ui32}
module {
  aie.device(npu1) {
    aie.runtime_sequence @lowered() {
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 0 : ui32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 1 : ui32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 2 : ui32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 3 : ui32}
      aiex.npu.maskwrite32 {address = 0x1D210 : ui32, value = 0 : ui32, mask = 0x1F00 : ui32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 4 : ui32}
      aiex.npu.write32 {address = 0x1D214 : ui32, value = 5 : ui32}
    }
  }
}
