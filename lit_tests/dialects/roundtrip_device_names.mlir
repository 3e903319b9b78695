// Every device of spec §1 (npu1, npu1_1col..3col, npu2, npu2_1col..7col) parses, with or without @name, and prints as written.
// RUN: gemm-opt %s | gemm-opt | FileCheck %s --match-full-lines
// RUN: gemm-opt %s > %t.1 && gemm-opt %t.1 > %t.2 && diff %t.1 %t.2
// RUN: gemm-opt %s --print-op-generic | gemm-opt > %t.3 && diff %t.1 %t.3

// A bare top-level device is wrapped in the implicit module.
// CHECK:      module {
// CHECK-NEXT:   aie.device(npu1) {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.device(npu1) @named {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.device(npu1_1col) {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.device(npu1_2col) @two {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.device(npu1_3col) {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.device(npu2) @strix {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.device(npu2_1col) {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.device(npu2_2col) {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.device(npu2_3col) {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.device(npu2_4col) {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.device(npu2_5col) {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.device(npu2_6col) {
// CHECK-NEXT:   }
// CHECK-NEXT:   aie.device(npu2_7col) @seven {
// CHECK-NEXT:   }
// CHECK-NEXT: }

aie.device(npu1) {
}
aie.device(npu1) @named {
}
aie.device(npu1_1col) {}
aie.device(npu1_2col) @two {
}
aie.device(npu1_3col) {
}
aie.device(npu2) @strix {
}
aie.device(npu2_1col) {
}
aie.device(npu2_2col) {
}
aie.device(npu2_3col) {
}
aie.device(npu2_4col) {
}
aie.device(npu2_5col) {
}
aie.device(npu2_6col) {
}
aie.device(npu2_7col) @seven {
}
