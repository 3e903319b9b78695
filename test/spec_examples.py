"""Spec §11's worked example as data, shared by the codec and disassembler tests.

Every word is from npu-runtime-sequence.md §11 (npu2; op 1: %B bf16 on shim (3,0) MM2S1,
BD 6; op 2: %C i8 on shim (5,0) S2MM0, BD 2; op 3: sync). Arithmetic in the comments.
"""

# ---------------------------------------------------------------------------
# Spec §11 worked example, word by word
# ---------------------------------------------------------------------------
# Op 1 BD (spec §11): length 512 words; d0 wrap 16 step 1 -> 16<<20 = 0x01000000;
# burst 3 (npu2 largest) | d1 wrap 16 | stride 31 -> 3<<30 | 16<<20 | 0x1F = 0xC100001F;
# AxCache 2 | d2 stride 255 -> 2<<24 | 0xFF = 0x020000FF; iteration wrap 3, stride 511
# -> 3<<20 | 0x1FF = 0x003001FF; Valid_BD bit 25 -> 0x02000000.
BD_OP1 = (0x00000200, 0, 0, 0x01000000, 0xC100001F, 0x020000FF, 0x003001FF, 0x02000000)
# Op 2 BD: linear 512 words; burst 3 only -> 0xC0000000; AxCache 2; valid.
BD_OP2 = (0x00000200, 0, 0, 0, 0xC0000000, 0x02000000, 0, 0x02000000)

SPEC_11_WORDS = [
    # header: 6<<24 | devGen 4<<16 | minor 1<<8 | major 0; memtile rows 1<<8 | 8 cols;
    # 7 ops; 68 words * 4 = 0x110 bytes
    0x06040100, 0x00000108, 0x00000007, 0x00000110,
    # blockwrite: opcode 1, no col/row, address, (4+8)*4 = 0x30 bytes, data
    0x00000001, 0x00000000, 0x0601D0C0, 0x00000030, *BD_OP1,
    # DDR_PATCH: 0x81, 12*4 = 0x30, 4 zero words (word 5 = action 0), addr, 0, arg_idx, 0, lo, hi
    0x00000081, 0x00000030, 0, 0, 0, 0, 0x0601D0C4, 0, 0x00000001, 0, 0x00001010, 0,
    # write32: 0, 0, addr, 0, value, 6*4 = 0x18
    0, 0, 0x0601D21C, 0, 0x00030006, 0x00000018,
    0x00000001, 0x00000000, 0x0A01D040, 0x00000030, *BD_OP2,
    # arg_idx 6 >= 5: wire arg_plus = 0x400 + 0x80000000
    0x00000081, 0x00000030, 0, 0, 0, 0, 0x0A01D044, 0, 0x00000006, 0, 0x80000400, 0,
    0, 0, 0x0A01D204, 0, 0x80000002, 0x00000018,
    # sync: 0x80, 4*4 = 0x10, dir 0 | row 0<<8 | col 5<<16, row_num 1<<8 | col_num 1<<16 | ch 0<<24
    0x00000080, 0x00000010, 0x00050000, 0x00010100,
]  # fmt: skip
