// --npu-to-binary -o writes the --npu-to-hex words as little-endian u32 bytes (spec §6), from a file or stdin, fold on or off.
// RUN: rm -rf %t && mkdir -p %t
// RUN: gemm-translate %s --npu-to-hex > %t/insts.txt
// RUN: gemm-translate %s --npu-to-binary -o %t/insts.bin
// RUN: %python -c "import struct, sys; w = [int(x, 16) for x in open(sys.argv[1]).read().split()]; b = open(sys.argv[2], 'rb').read(); sys.exit(b != struct.pack('<' + str(len(w)) + 'I', *w))" %t/insts.txt %t/insts.bin
// RUN: od -An -tx1 -v %t/insts.bin | FileCheck %s --check-prefix=BYTES

// Same bytes from stdin, and again over an existing output file.
// RUN: gemm-translate - --npu-to-binary -o %t/stdin.bin < %s
// RUN: cmp %t/insts.bin %t/stdin.bin
// RUN: gemm-translate %s --npu-to-binary -o %t/stdin.bin
// RUN: cmp %t/insts.bin %t/stdin.bin

// --npu-to-hex -o writes what --npu-to-hex prints.
// RUN: gemm-translate %s --npu-to-hex -o %t/hex-o.txt
// RUN: diff %t/insts.txt %t/hex-o.txt

// Without the fold the two outputs still agree, and differ from the folded stream only in the patch's arg_plus.
// RUN: gemm-translate %s --npu-to-hex --no-fold-ddr-offset > %t/nofold.txt
// RUN: gemm-translate %s --npu-to-binary --no-fold-ddr-offset -o %t/nofold.bin
// RUN: %python -c "import struct, sys; w = [int(x, 16) for x in open(sys.argv[1]).read().split()]; b = open(sys.argv[2], 'rb').read(); sys.exit(b != struct.pack('<' + str(len(w)) + 'I', *w))" %t/nofold.txt %t/nofold.bin
// RUN: od -An -tx1 -v %t/nofold.bin | FileCheck %s --check-prefix=NOFOLD

// Words (§6): header 06030100 00000104 00000003, 4·(4 + 6 + 12 + 4) = 104 = 0x68 bytes;
// write32 0 0 0001D214 0 80030003 00000018; DDR_PATCH 81 30 0 0 0 0 0001D004 0 5 0 (64 + 0x80000000 = 80000040) 0;
// sync 80 10 (dir 1) 00000001 (1<<8 | 1<<16 | 1<<24) 01010100. Little-endian: each word's low byte first.
// BYTES:      00 01 03 06 04 01 00 00 03 00 00 00 68 00 00 00
// BYTES-NEXT: 00 00 00 00 00 00 00 00 14 d2 01 00 00 00 00 00
// BYTES-NEXT: 03 00 03 80 18 00 00 00 81 00 00 00 30 00 00 00
// BYTES-NEXT: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
// BYTES-NEXT: 04 d0 01 00 00 00 00 00 05 00 00 00 00 00 00 00
// BYTES-NEXT: 40 00 00 80 00 00 00 00 80 00 00 00 10 00 00 00
// BYTES-NEXT: 01 00 00 00 00 01 01 01
// BYTES-NOT: {{.}}

// Unfolded arg_plus 64 = 0x00000040 -> bytes 40 00 00 00.
// NOFOLD:      00 01 03 06 04 01 00 00 03 00 00 00 68 00 00 00
// NOFOLD:      40 00 00 00 00 00 00 00 80 00 00 00 10 00 00 00
// NOFOLD-NEXT: 01 00 00 00 00 01 01 01

module {
  aie.device(npu1) {
    aie.runtime_sequence @seq() {
      aiex.npu.write32 {address = 0x0001D214 : ui32, value = 0x80030003 : ui32}
      aiex.npu.address_patch {addr = 0x0001D004 : ui32, arg_idx = 5 : i32, arg_plus = 64 : i32}
      aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 1 : i32, column_num = 1 : i32, row_num = 1 : i32}
    }
  }
}
