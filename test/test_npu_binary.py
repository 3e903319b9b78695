"""TXN 0.1 codec: hand-computed goldens (spec §6, §11), rejects, and round-trip properties."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spec_examples import BD_OP1, BD_OP2, SPEC_11_WORDS  # spec §11, worked example

from passes import npu_binary as nb
from passes import target_model as tm
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
    TxnDecodeError,
    TxnHeader,
    UpdateFromScratchpad,
    Write32,
)

NPU2 = TxnHeader.for_device("npu2")


def le_bytes(words: list[int]) -> bytes:
    return struct.pack(f"<{len(words)}I", *words)


def stream(*records: list[int], header0: int = 0x06040100, header1: int = 0x00000108,
           count: int | None = None, total: int | None = None) -> list[int]:
    """A stream with a correct header (npu2 unless told) unless count/total override it."""
    body = [w for rec in records for w in rec]
    n = len(records) if count is None else count
    size = 4 * (4 + len(body)) if total is None else total
    return [header0, header1, n, size, *body]



SPEC_11_TXN = Txn(
    NPU2,
    (
        BlockWrite(0x0601D0C0, BD_OP1),  # (3<<25) | 0x1D000 + 0x20*6
        DdrPatch(0x0601D0C4, arg_idx=1, arg_plus=0x1010),  # 2*1024*2 + 8*2 = 4112
        Write32(0x0601D21C, 0x00030006),  # MM2S1 queue: bd 6 | repeat 3 << 16
        BlockWrite(0x0A01D040, BD_OP2),  # (5<<25) | 0x1D000 + 0x20*2
        DdrPatch(0x0A01D044, arg_idx=6, arg_plus=0x400),
        Write32(0x0A01D204, 0x80000002),  # S2MM0 queue: bd 2 | token << 31
        Sync(column=5, row=0, direction=0, channel=0, column_num=1, row_num=1),
    ),
)

def test_spec_11_stream_is_exact():
    words = nb.encode_words(SPEC_11_TXN)
    assert len(words) == 68
    assert words == SPEC_11_WORDS
    assert nb.encode(SPEC_11_TXN) == le_bytes(SPEC_11_WORDS)


def test_spec_11_fold_of_arg_idx_6():
    words = nb.encode_words(SPEC_11_TXN)
    patch = words.index(0x0A01D044)  # DDR_PATCH word 6 (reg addr); arg_plus lo is 4 words later
    assert words[patch + 2] == 6
    assert words[patch + 4] == 0x80000400
    assert words[patch + 5] == 0
    # arg_idx 1 < 5 is not folded
    assert nb.encode_words(SPEC_11_TXN)[16 + 10] == 0x00001010
    # Without the fold, the wire carries the logical offset.
    assert nb.encode_words(SPEC_11_TXN, fold_ddr_offset=False)[patch + 4] == 0x400


def test_spec_11_decodes_to_the_dataclasses():
    assert nb.decode(le_bytes(SPEC_11_WORDS)) == SPEC_11_TXN
    assert nb.decode_words(SPEC_11_WORDS) == SPEC_11_TXN
    # With fold off the same bytes mean arg_plus 0x80000400 (that is exactly what the wire holds).
    unfolded = nb.decode_words(SPEC_11_WORDS, fold_ddr_offset=False)
    assert unfolded.ops[4] == DdrPatch(0x0A01D044, 6, 0x80000400)


# ---------------------------------------------------------------------------
# One golden record per op
# ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "op, words",
    [
        # [0, 0, addr, 0, value, 6*4]
        (Write32(0x0001D214, 0x80000003), [0, 0, 0x0001D214, 0, 0x80000003, 24]),
        # [3, 0, addr, 0, value, mask, 7*4]
        (MaskWrite32(0x0201D210, 0x00000300, 0x1F00), [3, 0, 0x0201D210, 0, 0x300, 0x1F00, 28]),
        # [4, 0, addr, 0, value, mask, 7*4] (aie-rt XAie_MaskPoll32Hdr)
        (MaskPoll32(0x0001D228, 0, 0x00400000), [4, 0, 0x0001D228, 0, 0, 0x00400000, 28]),
        # [1, col | row<<8, addr, (4+N)*4, data]: col 3 row 3 -> 0x303, N = 2 -> 24
        (BlockWrite(0x06300010, (1, 0xFFFFFFFF), column=3, row=3), [1, 0x303, 0x06300010, 24, 1, 0xFFFFFFFF]),
        (BlockWrite(0x0001D000, [7]), [1, 0, 0x0001D000, 20, 7]),
        # sync: dir 1 | row 1<<8 | col 2<<16 = 0x00020101; row_num 2<<8 | col_num 4<<16 | ch 3<<24 = 0x03040200
        (Sync(column=2, row=1, direction=1, channel=3, column_num=4, row_num=2), [0x80, 16, 0x00020101, 0x03040200]),
        # preempt: 6 | 3<<8
        (Preempt(3), [0x00000306]),
        # load_pdi: 8 | 0x1234<<16, size, address lo, address hi
        (LoadPdi(id=0x1234, size=0x40, address=0x1_2345_6780), [0x12340008, 0x40, 0x23456780, 0x1]),
        # create_scratchpad: 10 | usage 2<<8, size, 0, 0
        (CreateScratchpad(size=128, usage_type=2), [0x0000020A, 128, 0, 0]),
        # update_from_scratchpad: 12 | idx 3<<8 | func 2 (decr)<<16, func_arg, addr
        (UpdateFromScratchpad(state_table_idx=3, func=2, func_arg=7, addr=0x1D004), [0x0002030C, 7, 0x1D004]),
        # DDR_PATCH arg_idx 0 is never folded; 64-bit arg_plus 0x1_0000_0010 -> lo 0x10, hi 1
        (DdrPatch(0x0001D004, 0, 0x1_0000_0010), [0x81, 48, 0, 0, 0, 0, 0x0001D004, 0, 0, 0, 0x10, 1]),
    ],
)
def test_golden_record(op, words):
    assert nb.encode_op(op) == words
    txn = Txn(NPU2, (op,))
    assert nb.decode_words(nb.encode_words(txn)) == txn


def test_fold_is_a_64_bit_add():
    # 0x1_8000_0000 + 0x8000_0000 = 0x2_0000_0000: the carry reaches the high word.
    op = DdrPatch(0x0001D004, 7, 0x1_8000_0000)
    assert nb.encode_op(op)[10:] == [0, 2]
    assert nb.encode_op(op, fold_ddr_offset=False)[10:] == [0x80000000, 1]
    # arg_idx 5 is the first untranslated buffer (FIRMWARE_TRANSLATED_BUFFERS).
    assert nb.encode_op(DdrPatch(0, 5, 0))[10] == 0x80000000
    assert nb.encode_op(DdrPatch(0, 4, 0))[10] == 0


@pytest.mark.parametrize(
    "device, word0, word1",
    [
        ("npu1", 0x06030100, 0x00000104),
        ("npu2", 0x06040100, 0x00000108),
        ("npu2_1col", 0x06040100, 0x00000101),
        ("npu1_2col", 0x06030100, 0x00000102),
    ],
)
def test_header_words(device, word0, word1):
    words = nb.encode_words(Txn(TxnHeader.for_device(device), ()))
    assert words == [word0, word1, 0, 16]


@pytest.mark.parametrize("name", sorted(tm.DEVICES))
def test_device_name_inverts_for_device(name):
    assert TxnHeader.for_device(name).device_name() == name


def test_device_name_examples_and_unknown():
    assert TxnHeader(6, 3, 4).device_name() == "npu1"
    assert TxnHeader(6, 3, 3).device_name() == "npu1_3col"
    assert TxnHeader(6, 4, 8).device_name() == "npu2"
    assert TxnHeader(6, 4, 5).device_name() == "npu2_5col"
    with pytest.raises(ValueError, match="no known device"):
        TxnHeader(6, 3, 8).device_name()


def test_hex_round_trip():
    text = nb.format_hex(SPEC_11_WORDS)
    assert text.startswith("06040100\n00000108\n00000007\n00000110\n00000001\n")
    assert text.endswith("00010100\n")
    assert nb.parse_hex(text) == SPEC_11_WORDS
    assert nb.parse_hex("0x11\n\n  ff  \n") == [0x11, 0xFF]
    with pytest.raises(TxnDecodeError, match="line 2"):
        nb.parse_hex("00000000\nXYZ\n")


# ---------------------------------------------------------------------------
# Encoder range checks
# ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "op, message",
    [
        (Preempt(256), "preempt level"),
        (LoadPdi(0x10000, 0, 0), "load_pdi id"),
        (LoadPdi(0, 0, 1 << 64), "load_pdi address"),
        (Sync(256, 0, 0, 0, 1, 1), "sync column"),
        (Sync(0, 0, 0, 0, 1, -1), "sync row_num"),
        (Write32(1 << 32, 0), "write32 addr"),
        (MaskWrite32(0, 0, 1 << 32), "maskwrite32 mask"),
        (BlockWrite(0, ()), "no data words"),
        (BlockWrite(0, (1,), column=1), "both column and row"),
        (BlockWrite(0, (1,), column=1, row=256), "blockwrite row"),
        (BlockWrite(0, (1 << 32,)), r"data\[0\]"),
        (UpdateFromScratchpad(0, 3, 0, 0), "func"),
        (CreateScratchpad(0, 256), "usage_type"),
        (DdrPatch(0, 1 << 32, 0), "arg_idx"),
        (DdrPatch(0, 0, -1), "arg_plus"),
        (DdrPatch(0, 6, (1 << 64) - 1), "overflows 64 bits"),
    ],
)
def test_encoder_rejects_out_of_range(op, message):
    with pytest.raises(ValueError, match=message):
        nb.encode_op(op)


def test_unfolded_max_arg_plus_is_fine():
    assert nb.encode_op(DdrPatch(0, 6, (1 << 64) - 1), fold_ddr_offset=False)[10:] == [0xFFFFFFFF] * 2


# ---------------------------------------------------------------------------
# Decoder rejects: one message naming the offset and the problem
# ---------------------------------------------------------------------------
WRITE32 = [0, 0, 0x0001D214, 0, 3, 24]
DDR6 = [0x81, 48, 0, 0, 0, 0, 0x0A01D044, 0, 6, 0, 0x400, 0]


def rejects(words_or_bytes, pattern: str, fold: bool = True) -> None:
    data = words_or_bytes if isinstance(words_or_bytes, bytes) else le_bytes(words_or_bytes)
    with pytest.raises(TxnDecodeError, match=pattern):
        nb.decode(data, fold)


@pytest.mark.parametrize(
    "words, pattern",
    [
        ([0x06040100, 0x108, 0], r"word 3 .*fewer than the 4-word TXN header"),
        (stream(header0=0x00000011), "2023 --aie-npu-instgen"),
        (stream(header0=0x06040001), r"word 0 .*TXN version 1\.0 is not supported"),
        (stream(header0=0x06040200), r"TXN version 0\.2"),
        (stream(header0=0x06050100), "devGen 5"),
        (stream(header1=0x00010108), r"word 1 .*padding"),
        (stream(WRITE32, total=100), r"word 3 .*header says 100 bytes but the stream has 40"),
        (stream(WRITE32, count=2), r"word 10 .*header word 2 says 2 records but the stream ends after 1 of them"),
        (stream(WRITE32, WRITE32, count=1), r"word 10 .*6 words remain after the 1 records"),
        (stream(WRITE32, [0x05]), r"record 1: word 10 \(byte 0x28\): unknown opcode 0x05 \(NOOP"),
        (stream([0x42, 0, 0]), r"word 4 .*unknown opcode 0x42"),
        (stream(WRITE32[:5]), r"record 0: word 4 .*write32 record needs 6 words but only 5 remain"),
        (stream([0, 0, 1, 0, 2, 28]), r"word 9 .*write32 size word is 0x0000001C"),
        (stream([0, 1, 1, 0, 2, 24]), r"word 5 .*write32 reserved word 1"),
        (stream([0, 0, 1, 1, 2, 24]), r"word 7 .*address high word"),
        (stream([0x100, 0, 1, 0, 2, 24]), r"word 4 .*write32 word 0"),
        (stream([1, 0, 0, 0x30, 1, 2]), r"blockwrite record needs 12 words but only 6 remain"),
        (stream([1, 0, 0, 0x17, 1, 2]), r"word 7 .*blockwrite size word is 23"),
        (stream([1, 0, 0, 0x10]), r"blockwrite size word is 16"),
        (stream([1, 0x10000, 0, 0x14, 1]), r"word 5 .*col/row word 1"),
        (stream([3, 0, 1, 0, 2, 3, 24]), r"word 10 .*maskwrite32 size word"),
        (stream([4, 0, 1, 0, 2, 3, 24]), r"word 10 .*maskpoll size word"),
        (stream([0x10006]), r"word 4 .*preempt word 0"),
        (stream([0x1008, 0, 0, 0]), r"load_pdi word 0 \(padding"),
        (stream([0x1000A, 0, 0, 0]), "create_scratchpad word 0"),
        (stream([0x20A, 0, 1, 0]), "create_scratchpad reserved word 2"),
        (stream([0x0003000C, 0, 0]), "func 3 is not one of"),
        (stream([0x0100000C, 0, 0]), "update_from_scratchpad word 0"),
        (stream([0x80, 20, 0, 0]), r"word 5 .*sync size word"),
        (stream([0x80, 16, 0x01000000, 0]), r"word 6 .*sync word 2"),
        (stream([0x80, 16, 0, 0x01]), r"word 7 .*sync word 3"),
        (stream([0x81, 48, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]), r"word 9 .*DDR_PATCH action word 5"),
        (stream([0x81, 48, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]), r"word 11 .*DDR_PATCH reserved word 7"),
        (stream([0x81, 44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), r"word 5 .*DDR_PATCH size word"),
        (stream(DDR6), r"word 14 .*arg_idx 6 is folded .* below 0x80000000"),
    ],
)
def test_decoder_rejects(words, pattern):
    rejects(words, pattern)


def test_decoder_rejects_odd_length():
    rejects(le_bytes(SPEC_11_WORDS) + b"\x00", "not a multiple of 4")


def test_unfolded_ddr_patch_decodes_with_fold_off():
    words = stream(DDR6)
    txn = nb.decode_words(words, fold_ddr_offset=False)
    assert txn.ops == (DdrPatch(0x0A01D044, 6, 0x400),)
    assert nb.encode_words(txn, fold_ddr_offset=False) == words


def test_rejects_are_value_errors_with_one_line():
    with pytest.raises(ValueError) as info:
        nb.decode(le_bytes(stream([0x42])))
    assert "\n" not in str(info.value)


def test_blockwrite_tile_zero_decodes_as_no_tile():
    # col 0, row 0 writes word 1 = 0, indistinguishable from "no column/row".
    txn = Txn(NPU2, (BlockWrite(0x10, (1,), column=0, row=0),))
    decoded = nb.decode(nb.encode(txn))
    assert decoded.ops == (BlockWrite(0x10, (1,)),)
    assert nb.encode(decoded) == nb.encode(txn)


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------
u32 = st.integers(0, nb.U32_MAX)
u8 = st.integers(0, nb.U8_MAX)
tile_pair = st.tuples(u8, u8).filter(lambda cr: cr != (0, 0))  # (0, 0) reads back as None

blockwrites = st.builds(
    lambda addr, data, tile: BlockWrite(addr, tuple(data), *(tile or (None, None))),
    u32,
    st.lists(u32, min_size=1, max_size=10),
    st.none() | tile_pair,
)
ops = st.one_of(
    st.builds(Write32, u32, u32),
    blockwrites,
    st.builds(MaskWrite32, u32, u32, u32),
    st.builds(MaskPoll32, u32, u32, u32),
    st.builds(Preempt, u8),
    st.builds(LoadPdi, st.integers(0, nb.U16_MAX), u32, st.integers(0, nb.U64_MAX)),
    st.builds(CreateScratchpad, u32, u8),
    st.builds(UpdateFromScratchpad, u8, st.integers(0, 2), u32, u32),
    st.builds(Sync, u8, u8, u8, u8, u8, u8),
    st.builds(
        DdrPatch,
        u32,
        st.integers(0, 20) | u32,
        st.integers(0, 1 << 33) | st.integers(0, nb.U64_MAX - tm.DDR_FOLD_OFFSET),
    ),
)
txns = st.builds(
    lambda name, op_list: Txn(TxnHeader.for_device(name), tuple(op_list)),
    st.sampled_from(sorted(tm.DEVICES)),
    st.lists(ops, max_size=12),
)
SETTINGS = settings(max_examples=200, deadline=None)


@SETTINGS
@given(txns, st.booleans())
def test_decode_inverts_encode(txn, fold):
    data = nb.encode(txn, fold)
    assert nb.decode(data, fold) == txn
    words = nb.encode_words(txn, fold)
    assert words[2] == len(txn.ops) and words[3] == len(data)
    assert nb.parse_hex(nb.format_hex(words)) == words
    assert nb.decode(data, fold).header.device_name() == txn.header.device_name()


def decodes_exactly_or_rejects(data: bytes, fold: bool) -> None:
    """The decoder contract: an exact Txn, or TxnDecodeError; any other exception fails."""
    try:
        txn = nb.decode(data, fold)
    except TxnDecodeError as err:
        assert str(err)
        return
    assert nb.encode(txn, fold) == data


@SETTINGS
@given(st.binary(max_size=128), st.booleans())
def test_random_bytes(data, fold):
    decodes_exactly_or_rejects(data, fold)


@SETTINGS
@given(st.lists(u32 | st.sampled_from([0, 1, 3, 4, 6, 8, 10, 12, 0x80, 0x81, 24, 28, 48]), max_size=40),
       st.integers(0, 6), st.booleans())
def test_random_words_behind_a_valid_header(body, count, fold):
    # A correct header gets the fuzzing past the header checks and into the records.
    decodes_exactly_or_rejects(le_bytes(stream(body, count=count)), fold)


@SETTINGS
@given(txns, st.booleans(), st.data())
def test_mutated_streams(txn, fold, data):
    raw = bytearray(nb.encode(txn, fold))
    mutation = data.draw(st.sampled_from(["truncate", "flip", "word"]))
    if mutation == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    elif mutation == "flip":
        bit = data.draw(st.integers(0, 8 * len(raw) - 1))
        raw[bit // 8] ^= 1 << (bit % 8)
    else:
        index = data.draw(st.integers(0, len(raw) // 4 - 1))
        raw[4 * index : 4 * index + 4] = data.draw(u32).to_bytes(4, "little")
    decodes_exactly_or_rejects(bytes(raw), fold)
