// Bad fuse options are one-line errors naming the argument or option at fault.
// RUN: not gemm-opt -p 'aie-fuse-partitions{partitions=2 shared=A partitioned=Z}' %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not gemm-opt -p 'aie-fuse-partitions{partitions=2 shared=A,B partitioned=B}' %s 2>&1 | FileCheck %s --check-prefix=BOTH
// RUN: not gemm-opt -p 'aie-fuse-partitions{partitions=2 shared=A}' %s 2>&1 | FileCheck %s --check-prefix=UNLISTED
// RUN: not gemm-opt -p 'aie-fuse-partitions{partitions=2 partitioned=A,B,n}' %s 2>&1 | FileCheck %s --check-prefix=SCALAR
// RUN: not gemm-opt -p 'aie-fuse-partitions{partitions=2 partitioned=A,B layout=striped}' %s 2>&1 | FileCheck %s --check-prefix=LAYOUT
// RUN: not gemm-opt -p 'aie-fuse-partitions{partitions=0 partitioned=A,B}' %s 2>&1 | FileCheck %s --check-prefix=ZERO
// UNKNOWN: gemm-opt: error: aie-fuse-partitions: no runtime-sequence argument 'Z' (have: %A, %B, %n)
// BOTH: gemm-opt: error: aie-fuse-partitions: an argument cannot be both shared and partitioned
// UNLISTED: gemm-opt: error: aie-fuse-partitions: argument %B is neither shared nor partitioned
// SCALAR: gemm-opt: error: aie-fuse-partitions: partitioned argument %n must be a memref
// LAYOUT: gemm-opt: error: aie-fuse-partitions: layout must be per-partition or packed, got 'striped'
// ZERO: gemm-opt: error: aie-fuse-partitions: partitions must be >= 1, got 0
module {
  aie.device(npu1) {
    aie.runtime_sequence @seq(%A: memref<64xi32>, %B: memref<64xi32>, %n: i32) {
    }
  }
}
