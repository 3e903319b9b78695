"""Disassembler: register names, BD summaries, the DDR-patch table and MLIR output."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spec_examples import BD_OP1, SPEC_11_WORDS  # spec §11, worked example

from passes import npu_binary as nb
from passes.disasm import listing, register_name, to_mlir
from passes.npu_binary import (
    BlockWrite,
    CreateScratchpad,
    DdrPatch,
    LoadPdi,
    MaskPoll32,
    MaskWrite32,
    Preempt,
    Sync,
    Txn,
    TxnHeader,
    UpdateFromScratchpad,
    Write32,
)

NPU2 = TxnHeader.for_device("npu2")

SPEC_11 = nb.decode_words(SPEC_11_WORDS)


@pytest.mark.parametrize(
    "addr, name",
    [
        (0x0401D064, "col 2 shim BD 3 word 1"),  # 2<<25 | 0x1D000 + 3*0x20 + 4
        (0x0001D214, "col 0 shim MM2S0 queue"),  # 0x1D210 + 4
        (0x0201D208, "col 1 shim S2MM1 ctrl"),  # 1<<25 | 0x1D200 + 8
        (0x0001D228, "col 0 shim MM2S0 status"),  # 0x1D220 + 8
        (0x0001D224, "col 0 shim S2MM1 status"),  # 0x1D220 + 4
        (0x061A0220, "col 3 memtile BD 17"),  # 3<<25 | 1<<20 | 0xA0000 + 17*0x20
        (0x0021F030, "col 0 core(2) lock 3"),  # 2<<20 | 0x1F000 + 3*0x10
        (0x0A014020, "col 5 shim lock 2"),  # 5<<25 | 0x14000 + 2*0x10
        (0x0641DE14, "col 3 core(4) MM2S0 queue"),  # 3<<25 | 4<<20 | 0x1DE10 + 4
        (0x00112340, "col 0 row 1 +0x12340"),  # not a register we name
    ],
)
def test_register_names(addr, name):
    assert register_name(addr) == name


def test_listing_of_a_crafted_stream():
    txn = Txn(
        NPU2,
        (
            Write32(0x0401D064, 0x1000),
            Write32(0x0001D214, 0x80000003),  # bd 3 | repeat 0 | token
            MaskWrite32(0x0201D208, 0x0300, 0x1F00),
            MaskPoll32(0x0001D228, 0, 0x00400000),
            Write32(0x061A0220, 0),
            Write32(0x0021F030, 1),
            Write32(0x00112340, 5),
        ),
    )
    text = listing(txn)
    lines = text.splitlines()
    assert lines[0] == "TXN 0.1 npu2: 7 ops, 192 bytes, ninstr 48 words"  # 4 + 5*6 + 2*7 = 48 words
    assert "col 2 shim BD 3 word 1" in lines[2]
    assert lines[3].endswith("col 0 shim MM2S0 queue: bd 3 repeat 0 token")
    assert lines[3].split()[:2] == ["1", "10"]  # record 1 starts at word 4 + 6
    assert lines[4].endswith("col 1 shim S2MM1 ctrl")
    assert lines[5].endswith("col 0 shim MM2S0 status")
    assert lines[6].endswith("col 3 memtile BD 17")
    assert lines[7].endswith("col 0 core(2) lock 3")
    assert lines[8].endswith("col 0 row 1 +0x12340")
    assert lines[-1] == "DDR patches: none"
    assert text.endswith("\n")


def test_listing_of_spec_11():
    text = listing(SPEC_11)
    assert text.splitlines()[0] == "TXN 0.1 npu2: 7 ops, 272 bytes, ninstr 68 words"
    # Op 1 BD: d0 16 x step 1, d1 16 x step 32 (stride 31), d2 step 256, iteration 4 x step 512.
    assert "col 3 shim BD 6: len 512, off 0x0, d0 16 step 1, d1 16 step 32, d2 step 256, " in text
    assert "iter 4 step 512 (current 0), burst 512B, packet off, next_bd none, valid 1" in text
    assert "col 5 shim BD 2: len 512, off 0x0, linear, burst 512B" in text
    assert "col 3 shim MM2S1 queue: bd 6 repeat 3" in text
    assert "col 5 shim S2MM0 queue: bd 2 repeat 0 token" in text
    assert "sync        col 5 row 0 S2MM ch 0 (1 cols x 1 rows)" in text
    # The summary table holds logical offsets: arg_idx 6 shows 1024, not 0x80000400.
    table = text[text.index("DDR patches") :].splitlines()
    assert [row.split() for row in table[2:]] == [["3", "6", "1", "4112"], ["5", "2", "6", "1024"]]


def test_listing_unknown_device_and_odd_patch():
    txn = Txn(TxnHeader(6, 3, 9), (DdrPatch(0x0001D214, 0, 8),))
    text = listing(txn)
    assert "devGen 3 with 9 columns (no known device)" in text
    assert "not a shim BD base word: col 0 shim MM2S0 queue" in text


# ---------------------------------------------------------------------------
# to_mlir
# ---------------------------------------------------------------------------
# The brief's canonical example, written by hand.
EXPECTED_MLIR = """\
module {
  aie.device(npu2) {
    memref.global "private" constant @blockwrite_data_0 : memref<8xi32> = dense<[512, 0, 0, 16777216, -1056964577, 33554687, 3146239, 33554432]>
    aie.runtime_sequence @seq() {
      aiex.npu.write32 {address = 119300 : ui32, value = 7 : ui32}
      aiex.npu.maskwrite32 {address = 4096 : ui32, mask = 255 : ui32, value = 16 : ui32}
      aiex.npu.maskpoll {address = 119336 : ui32, mask = 4194304 : ui32, value = 0 : ui32}
      %0 = memref.get_global @blockwrite_data_0 : memref<8xi32>
      aiex.npu.blockwrite(%0) {address = 100782272 : ui32} : memref<8xi32>
      aiex.npu.sync {channel = 0 : i32, column = 5 : i32, column_num = 1 : i32, direction = 0 : i32, row = 0 : i32, row_num = 1 : i32}
      aiex.npu.address_patch {addr = 100782276 : ui32, arg_idx = 1 : i32, arg_plus = 4112 : i32}
      aiex.npu.load_pdi {address = 4096 : ui64, id = 1 : i32, size = 64 : i32}
      aiex.npu.preempt {level = 1 : ui8}
      aiex.npu.create_scratchpad {size = 128 : ui32, usage_type = 0 : ui8}
      aiex.npu.update_from_scratchpad<incr> {address = 0 : ui32, func_arg = 0 : ui32, state_table_idx = 0 : ui8}
    }
  }
}
"""  # noqa: E501


ALL_OPS = (
    Write32(0x1D204, 7),
    MaskWrite32(0x1000, 16, 0xFF),
    MaskPoll32(0x1D228, 0, 0x400000),
    BlockWrite(0x0601D0C0, BD_OP1),
    Sync(5, 0, 0, 0, 1, 1),
    DdrPatch(0x0601D0C4, 1, 4112),
    LoadPdi(1, 64, 4096),
    Preempt(1),
    CreateScratchpad(128),
    UpdateFromScratchpad(0, 1, 0, 0),
)


def test_to_mlir_all_ops():
    assert to_mlir(Txn(NPU2, ALL_OPS)) == EXPECTED_MLIR


def test_to_mlir_re_encodes_with_gemm_translate():
    # The contract of to_mlir: gemm-translate (fold on) turns it back into the same bytes.
    from passes.dialects import parse_mlir
    from passes.translate import translate_sequence

    examples = [
        SPEC_11,
        Txn(
            NPU2,
            (
                *ALL_OPS,
                BlockWrite(0x06300010, (1, 2), column=3, row=3),
                BlockWrite(0x0601D0C0, BD_OP1),  # reuses @blockwrite_data_0
                DdrPatch(0x1D004, 7, 1 << 31),  # i64, folded on the wire
                DdrPatch(0x1D004, 3, (1 << 40) + 4),
                UpdateFromScratchpad(3, 2, 0xFFFFFFFF, 5),
            ),
        ),
    ]
    for txn in examples:
        back = translate_sequence(parse_mlir(to_mlir(txn), "to_mlir"), None)
        assert nb.encode(back) == nb.encode(txn)


def test_to_mlir_of_spec_11():
    lines = [line.strip() for line in to_mlir(SPEC_11).splitlines()]
    # 0xC100001F as signed i32 is -1056964577; 0xC0000000 is -1073741824.
    assert (
        'memref.global "private" constant @blockwrite_data_1 : memref<8xi32> = '
        "dense<[512, 0, 0, 0, -1073741824, 33554432, 0, 33554432]>"
    ) in lines
    assert "%1 = memref.get_global @blockwrite_data_1 : memref<8xi32>" in lines
    # 0x0A01D040 = 167891008, 0x0A01D044 = 167891012
    assert "aiex.npu.blockwrite(%1) {address = 167891008 : ui32} : memref<8xi32>" in lines
    # arg_plus is logical: 0x80000400 on the wire is 1024 here.
    assert "aiex.npu.address_patch {addr = 167891012 : ui32, arg_idx = 6 : i32, arg_plus = 1024 : i32}" in lines
    # 0x0601D21C = 100782620, 0x00030006 = 196614
    assert "aiex.npu.write32 {address = 100782620 : ui32, value = 196614 : ui32}" in lines
    # 0x0A01D204 = 167891460, 0x80000002 = 2147483650 (ui32 prints unsigned)
    assert "aiex.npu.write32 {address = 167891460 : ui32, value = 2147483650 : ui32}" in lines
    assert lines[1] == "aie.device(npu2) {"


def test_to_mlir_blockwrite_with_tile_and_shared_global():
    txn = Txn(
        NPU2,
        (
            BlockWrite(0x06300010, (1, 2), column=3, row=3),  # 3<<25 | 3<<20 | 0x10
            BlockWrite(0x0A01D040, (1, 2)),
        ),
    )
    text = to_mlir(txn)
    assert text.count("memref.global") == 1
    assert "aiex.npu.blockwrite(%0) {address = 16 : ui32, column = 3 : i32, row = 3 : i32} : memref<2xi32>" in text
    assert "%1 = memref.get_global @blockwrite_data_0 : memref<2xi32>" in text


def test_to_mlir_rejects_disagreeing_tile():
    txn = Txn(NPU2, (Write32(0, 0), BlockWrite(0x06300010, (1,), column=2, row=3)))
    with pytest.raises(ValueError, match=r"blockwrite at word 10: column/row field disagrees with its address"):
        to_mlir(txn)


def test_to_mlir_wide_and_signless_values():
    txn = Txn(NPU2, (DdrPatch(0x1D004, 7, 1 << 31), DdrPatch(0x1D004, 0, 0x1_0000_0000), LoadPdi(2, 0xFFFFFFFF, 1 << 40)))
    text = to_mlir(txn)
    assert "arg_plus = 2147483648 : i64" in text
    assert "arg_plus = 4294967296 : i64" in text
    assert "aiex.npu.load_pdi {address = 1099511627776 : ui64, id = 2 : i32, size = -1 : i32}" in text


def test_to_mlir_needs_a_known_device():
    with pytest.raises(ValueError, match="no known device"):
        to_mlir(Txn(TxnHeader(6, 4, 9), ()))


# ---------------------------------------------------------------------------
# Robustness: anything the decoder accepts lists without error, deterministically
# ---------------------------------------------------------------------------
u32 = st.integers(0, nb.U32_MAX)
u8 = st.integers(0, nb.U8_MAX)
shim_bd_addr = st.builds(lambda col, bd: col << 25 | 0x1D000 + 0x20 * bd, st.integers(0, 7), st.integers(0, 15))
ops = st.one_of(
    st.builds(Write32, u32 | shim_bd_addr, u32),
    st.builds(lambda a, d: BlockWrite(a, tuple(d)), u32 | shim_bd_addr, st.lists(u32, min_size=1, max_size=9)),
    st.builds(MaskWrite32, u32, u32, u32),
    st.builds(Sync, u8, u8, u8, u8, u8, u8),
    st.builds(DdrPatch, u32 | shim_bd_addr.map(lambda a: a + 4), st.integers(0, 16), st.integers(0, 1 << 40)),
    st.builds(UpdateFromScratchpad, u8, st.integers(0, 2), u32, u32),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(ops, max_size=10))
def test_listing_and_mlir_never_crash(op_list):
    txn = nb.decode(nb.encode(Txn(NPU2, tuple(op_list))))
    text = listing(txn)
    assert text == listing(txn)
    ops_part = text.split("DDR patches")[0]
    assert len(re.findall(r"^\s+\d+\s+\d+\s", ops_part, flags=re.M)) == len(txn.ops)
    assert to_mlir(txn) == to_mlir(txn)
