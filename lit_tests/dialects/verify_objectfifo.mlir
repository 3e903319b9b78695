// aie.objectfifo needs depths >= 1 with one depth per endpoint when given as a list, and objectfifo.link lists several fifos on at most one side with one offset each (gemm-dataflow.md §1.1, §2).
// RUN: gemm-opt --split-input-file --verify-diagnostics %s | FileCheck %s --match-full-lines

// A depth list is [producer, consumer 0, consumer 1, ...]: 1 + 2 consumers = 3 entries.
// CHECK:      {{.*}}: error: aie.objectfifo @a: depth list needs 3 entries (producer + consumers)
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t1 = aie.tile(0, 1)
  %t2 = aie.tile(0, 2)
  %t3 = aie.tile(0, 3)
  aie.objectfifo @a(%t1, {%t2, %t3}, [2 : i32, 2 : i32]) : !aie.objectfifo<memref<16xi32>>
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.objectfifo @a: depth list needs 2 entries (producer + consumers)
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t1 = aie.tile(0, 1)
  %t2 = aie.tile(0, 2)
  %t3 = aie.tile(0, 3)
  aie.objectfifo @a(%t1, {%t2}, [2 : i32, 2 : i32, 2 : i32]) : !aie.objectfifo<memref<16xi32>>
}

// -----
// Each endpoint holds at least one object.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.objectfifo @b: depth must be >= 1
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t1 = aie.tile(0, 1)
  %t2 = aie.tile(0, 2)
  %t3 = aie.tile(0, 3)
  aie.objectfifo @b(%t1, {%t2}, 0 : i32) : !aie.objectfifo<memref<16xi32>>
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.objectfifo @b: depth must be >= 1
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t1 = aie.tile(0, 1)
  %t2 = aie.tile(0, 2)
  %t3 = aie.tile(0, 3)
  aie.objectfifo @b(%t1, {%t2}, [2 : i32, 0 : i32]) : !aie.objectfifo<memref<16xi32>>
}

// -----
// The depth is an integer.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.objectfifo: depth must be an integer, got "2"
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t1 = aie.tile(0, 1)
  %t2 = aie.tile(0, 2)
  %t3 = aie.tile(0, 3)
  aie.objectfifo @c(%t1, {%t2}, "2") : !aie.objectfifo<memref<16xi32>>
}

// -----
// The type is !aie.objectfifo of a memref.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.objectfifo type must be !aie.objectfifo<memref<...>>
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t1 = aie.tile(0, 1)
  %t2 = aie.tile(0, 2)
  %t3 = aie.tile(0, 3)
  aie.objectfifo @d(%t1, {%t2}, 2 : i32) : memref<16xi32>
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: objectfifo element type must be a memref
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t1 = aie.tile(0, 1)
  %t2 = aie.tile(0, 2)
  %t3 = aie.tile(0, 3)
  aie.objectfifo @d(%t1, {%t2}, 2 : i32) : !aie.objectfifo<i32>
}

// -----
// A link lists several fifos on at most one side (objectfifo.py ObjectFifoLink).
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.objectfifo.link: at most one side may list several fifos
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t1 = aie.tile(0, 1)
  %t2 = aie.tile(0, 2)
  %t3 = aie.tile(0, 3)
  aie.objectfifo @a(%t0, {%t1}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
  aie.objectfifo @b(%t0, {%t1}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
  aie.objectfifo @c(%t1, {%t2}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
  aie.objectfifo @d(%t1, {%t3}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
  aie.objectfifo.link [@a, @b] -> [@c, @d] ([0, 8] [0, 8])
}

// -----
// A distribute needs one destination offset per output, a join one source offset per input.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.objectfifo.link: a distribute needs one destination offset per output
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t1 = aie.tile(0, 1)
  %t2 = aie.tile(0, 2)
  %t3 = aie.tile(0, 3)
  aie.objectfifo @a(%t0, {%t1}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
  aie.objectfifo @c(%t1, {%t2}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
  aie.objectfifo @d(%t1, {%t3}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
  aie.objectfifo.link [@a] -> [@c, @d] ([] [0])
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.objectfifo.link: a join needs one source offset per input
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t1 = aie.tile(0, 1)
  %t2 = aie.tile(0, 2)
  %t3 = aie.tile(0, 3)
  aie.objectfifo @a(%t2, {%t1}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
  aie.objectfifo @b(%t3, {%t1}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
  aie.objectfifo @c(%t1, {%t0}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
  aie.objectfifo.link [@a, @b] -> [@c] ([] [])
}

// -----
// acquire returns a subview; the port is Produce or Consume.
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: aie.objectfifo.acquire type must be !aie.objectfifosubview<memref<...>>
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t1 = aie.tile(0, 1)
  %t2 = aie.tile(0, 2)
  %t3 = aie.tile(0, 3)
  aie.objectfifo @a(%t1, {%t2}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
  %core = aie.core(%t2) {
    %sv = aie.objectfifo.acquire @a(Consume, 1) : memref<16xi32>
    aie.end
  }
}

// -----
// CHECK-NEXT: // -----
// CHECK-NEXT: {{.*}}: error: Expected one of 'Consume', 'Produce' (objectfifo port)
aie.device(npu1) {
  %t0 = aie.tile(0, 0)
  %t1 = aie.tile(0, 1)
  %t2 = aie.tile(0, 2)
  %t3 = aie.tile(0, 3)
  aie.objectfifo @a(%t1, {%t2}, 2 : i32) : !aie.objectfifo<memref<16xi32>>
  %core = aie.core(%t2) {
    aie.objectfifo.release @a(Consumer, 1)
    aie.end
  }
}
