"""TXN 0.1 (insts.bin) encoder and decoder (spec npu-runtime-sequence.md §6).

One frozen dataclass per record kind, one small pure function per record and
direction, and an opcode table that drives the decoder. Pure Python on purpose (no
xdsl): the emulator, the disassembler and host-side tools load insts.bin without
building IR.

Decoding is strict: it either returns a `Txn` whose re-encoding is byte-identical
to its input, or raises `TxnDecodeError` naming the word (and byte) offset. Every
field the encoder writes as a constant is checked, because a stream we would
silently "normalise" on a round trip is not a stream we understand.

`DdrPatch.arg_plus` is always the logical byte offset into the host buffer. With
`fold_ddr_offset` (mlir-aie's `--aie-npu-fold-ddr-addr-offset`, default on) the wire
value for arg_idx >= FIRMWARE_TRANSLATED_BUFFERS has DDR_FOLD_OFFSET added, because
the firmware only translates the first five buffers (spec §6 "Fold", §7).
"""

from __future__ import annotations

import operator
import re
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from passes import target_model as tm

WORD_BYTES = 4
U8_MAX = 0xFF
U16_MAX = 0xFFFF
U32_MAX = 0xFFFFFFFF
U64_MAX = (1 << 64) - 1
HIGH_HALF = U32_MAX & ~U16_MAX  # bits 31:16, undefined in several word 0/1 layouts

TXN_MAJOR = 0
TXN_MINOR = 1
HEADER_WORDS = 4
SUPPORTED_DEV_GENS = tuple(sorted({d.dev_gen for d in tm.DEVICES.values()}))

# The 2023 `--aie-npu-instgen` stream starts with this prolog word (spec §6).
INSTGEN_PROLOG = 0x00000011

# Opcodes (mlir-aie include/aie/Runtime/TxnEncoding.h, not aie-rt's older xaie_txn.h).
OPC_WRITE32 = 0x00
OPC_BLOCKWRITE = 0x01
OPC_MASKWRITE32 = 0x03
OPC_MASKPOLL = 0x04
OPC_PREEMPT = 0x06
OPC_LOAD_PDI = 0x08
OPC_CREATE_SCRATCHPAD = 0x0A
OPC_UPDATE_FROM_SCRATCHPAD = 0x0C  # TXN_OPC_UPDATE_REG
OPC_SYNC = 0x80  # TXN_OPC_TCT, first custom op
OPC_DDR_PATCH = 0x81

# Opcodes TxnEncoding.h names but this codec has no layout for: named in errors only.
_UNSUPPORTED_OPCODES = {
    0x02: "BLOCKSET",
    0x05: "NOOP",
    0x07: "MASKPOLL_BUSY",
    0x09: "LOAD_PM_START",
    0x0B: "UPDATE_STATE_TABLE",
    0x0D: "UPDATE_SCRATCH",
    0x0E: "CONFIG_SHIMDMA_BD",
    0x0F: "CONFIG_SHIMDMA_DMABUF_BD",
    0x82: "READ_REGS",
    0x83: "RECORD_TIMER",
    0x84: "MERGE_SYNC",
}

# Record lengths in words (spec §6 table); blockwrite is BLOCKWRITE_HEADER_WORDS + N.
WRITE32_WORDS = 6
BLOCKWRITE_HEADER_WORDS = 4
MASKWRITE32_WORDS = 7
MASKPOLL_WORDS = 7
PREEMPT_WORDS = 1
LOAD_PDI_WORDS = 4
CREATE_SCRATCHPAD_WORDS = 4
UPDATE_FROM_SCRATCHPAD_WORDS = 3
SYNC_WORDS = 4
DDR_PATCH_WORDS = 12

# update_from_scratchpad `func` (aie-rt XAie_StateTableFuncType), as printed in MLIR.
SCRATCHPAD_FUNCS = ("mul", "incr", "decr")


class TxnDecodeError(ValueError):
    """A byte stream that is not a TXN 0.1 stream this codec can reproduce exactly."""


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Write32:
    addr: int
    value: int


@dataclass(frozen=True)
class BlockWrite:
    """`column`/`row` mirror the op's optional attributes; both or neither.

    The wire cannot tell column = row = 0 from "not given" (both write word 1 = 0),
    so such a record decodes with column = row = None.
    """

    addr: int
    data: tuple[int, ...]
    column: int | None = None
    row: int | None = None

    def __post_init__(self) -> None:
        # A list would make the frozen dataclass unhashable and unequal to a decoded op.
        object.__setattr__(self, "data", tuple(self.data))


@dataclass(frozen=True)
class MaskWrite32:
    addr: int
    value: int
    mask: int


@dataclass(frozen=True)
class MaskPoll32:
    addr: int
    value: int
    mask: int


@dataclass(frozen=True)
class Preempt:
    level: int


@dataclass(frozen=True)
class LoadPdi:
    id: int
    size: int
    address: int


@dataclass(frozen=True)
class CreateScratchpad:
    size: int
    usage_type: int = 0


@dataclass(frozen=True)
class UpdateFromScratchpad:
    state_table_idx: int
    func: int  # index into SCRATCHPAD_FUNCS: 0 = mul, 1 = incr, 2 = decr
    func_arg: int
    addr: int


@dataclass(frozen=True)
class Sync:
    column: int
    row: int
    direction: int
    channel: int
    column_num: int
    row_num: int


@dataclass(frozen=True)
class DdrPatch:
    addr: int
    arg_idx: int
    arg_plus: int  # logical byte offset, never folded


TxnOp = (
    Write32
    | BlockWrite
    | MaskWrite32
    | MaskPoll32
    | Preempt
    | LoadPdi
    | CreateScratchpad
    | UpdateFromScratchpad
    | Sync
    | DdrPatch
)


@dataclass(frozen=True)
class TxnHeader:
    num_rows: int
    dev_gen: int
    num_cols: int
    num_memtile_rows: int = 1
    major: int = TXN_MAJOR
    minor: int = TXN_MINOR

    @staticmethod
    def for_device(name: str) -> TxnHeader:
        dev = tm.get_device(name)
        return TxnHeader(
            num_rows=dev.rows, dev_gen=dev.dev_gen, num_cols=dev.columns, num_memtile_rows=dev.memtile_rows
        )

    def device_name(self) -> str:
        """Inverse of `for_device`: the device whose header is exactly this one."""
        for name in tm.DEVICES:
            if TxnHeader.for_device(name) == self:
                return name
        raise ValueError(
            f"no known device has TXN header devGen {self.dev_gen}, {self.num_cols} columns, "
            f"{self.num_rows} rows, {self.num_memtile_rows} memtile rows, version {self.major}.{self.minor}"
        )


@dataclass(frozen=True)
class Txn:
    header: TxnHeader
    ops: tuple[TxnOp, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "ops", tuple(self.ops))


# ---------------------------------------------------------------------------
# Encoding: one function per record, each validating its field ranges
# ---------------------------------------------------------------------------
def _as_int(value: object) -> int | None:
    """`value` as a Python int if it is an integer (numpy scalars included), else None."""
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        return None


def _check(value: object, maximum: int, what: str) -> int:
    number = _as_int(value)
    if number is None or not 0 <= number <= maximum:
        raise ValueError(f"{what} = {value!r} is out of range 0..0x{maximum:X}")
    return number


def _size_bytes(words: int) -> int:
    return words * WORD_BYTES


def encode_write32(op: Write32) -> list[int]:
    addr = _check(op.addr, U32_MAX, "write32 addr")
    value = _check(op.value, U32_MAX, "write32 value")
    # [opcode, reserved, addr, addr high (always 0), value, size in bytes]
    return [OPC_WRITE32, 0, addr, 0, value, _size_bytes(WRITE32_WORDS)]


def _blockwrite_tile_word(op: BlockWrite) -> int:
    if (op.column is None) != (op.row is None):
        raise ValueError(f"blockwrite at {op.addr!r}: give both column and row, or neither")
    if op.column is None:
        return 0
    return _check(op.column, U8_MAX, "blockwrite column") | _check(op.row, U8_MAX, "blockwrite row") << 8


def encode_blockwrite(op: BlockWrite) -> list[int]:
    addr = _check(op.addr, U32_MAX, "blockwrite addr")
    if not op.data:
        # mlir-aie never emits one and to_mlir could not print it; keep the codec honest.
        raise ValueError(f"blockwrite at 0x{addr:08X} has no data words")
    data = [_check(word, U32_MAX, f"blockwrite data[{i}]") for i, word in enumerate(op.data)]
    size = _size_bytes(BLOCKWRITE_HEADER_WORDS + len(data))
    return [OPC_BLOCKWRITE, _blockwrite_tile_word(op), addr, size, *data]


def encode_maskwrite32(op: MaskWrite32) -> list[int]:
    addr = _check(op.addr, U32_MAX, "maskwrite32 addr")
    value = _check(op.value, U32_MAX, "maskwrite32 value")
    mask = _check(op.mask, U32_MAX, "maskwrite32 mask")
    return [OPC_MASKWRITE32, 0, addr, 0, value, mask, _size_bytes(MASKWRITE32_WORDS)]


def encode_maskpoll32(op: MaskPoll32) -> list[int]:
    # Inferred from aie-rt's XAie_MaskPoll32Hdr {OpHdr, u64 RegOff, Value, Mask, Size}:
    # the same 7-word layout as maskwrite32 (TxnEncoding.h has no maskpoll helper).
    addr = _check(op.addr, U32_MAX, "maskpoll addr")
    value = _check(op.value, U32_MAX, "maskpoll value")
    mask = _check(op.mask, U32_MAX, "maskpoll mask")
    return [OPC_MASKPOLL, 0, addr, 0, value, mask, _size_bytes(MASKPOLL_WORDS)]


def encode_preempt(op: Preempt) -> list[int]:
    return [OPC_PREEMPT | _check(op.level, U8_MAX, "preempt level") << 8]


def encode_load_pdi(op: LoadPdi) -> list[int]:
    pdi_id = _check(op.id, U16_MAX, "load_pdi id")
    size = _check(op.size, U32_MAX, "load_pdi size")
    address = _check(op.address, U64_MAX, "load_pdi address")
    return [OPC_LOAD_PDI | pdi_id << 16, size, address & U32_MAX, address >> 32]


def encode_create_scratchpad(op: CreateScratchpad) -> list[int]:
    size = _check(op.size, U32_MAX, "create_scratchpad size")
    usage = _check(op.usage_type, U8_MAX, "create_scratchpad usage_type")
    return [OPC_CREATE_SCRATCHPAD | usage << 8, size, 0, 0]


def encode_update_from_scratchpad(op: UpdateFromScratchpad) -> list[int]:
    idx = _check(op.state_table_idx, U8_MAX, "update_from_scratchpad state_table_idx")
    func = _check(op.func, len(SCRATCHPAD_FUNCS) - 1, "update_from_scratchpad func")
    func_arg = _check(op.func_arg, U32_MAX, "update_from_scratchpad func_arg")
    addr = _check(op.addr, U32_MAX, "update_from_scratchpad addr")
    return [OPC_UPDATE_FROM_SCRATCHPAD | idx << 8 | func << 16, func_arg, addr]


def encode_sync(op: Sync) -> list[int]:
    f = {name: _check(getattr(op, name), U8_MAX, f"sync {name}") for name in
         ("column", "row", "direction", "channel", "column_num", "row_num")}  # fmt: skip
    return [
        OPC_SYNC,
        _size_bytes(SYNC_WORDS),
        f["direction"] | f["row"] << 8 | f["column"] << 16,
        f["row_num"] << 8 | f["column_num"] << 16 | f["channel"] << 24,
    ]


def _is_folded(arg_idx: int, fold_ddr_offset: bool) -> bool:
    return fold_ddr_offset and arg_idx >= tm.FIRMWARE_TRANSLATED_BUFFERS


def encode_ddr_patch(op: DdrPatch, fold_ddr_offset: bool = True) -> list[int]:
    addr = _check(op.addr, U32_MAX, "DDR_PATCH addr")
    arg_idx = _check(op.arg_idx, U32_MAX, "DDR_PATCH arg_idx")
    arg_plus = _check(op.arg_plus, U64_MAX, "DDR_PATCH arg_plus")
    wire = arg_plus + (tm.DDR_FOLD_OFFSET if _is_folded(arg_idx, fold_ddr_offset) else 0)
    if wire > U64_MAX:
        raise ValueError(
            f"DDR_PATCH arg_plus 0x{arg_plus:X} for arg_idx {arg_idx} overflows 64 bits "
            f"after adding the fold offset 0x{tm.DDR_FOLD_OFFSET:X}"
        )
    # [opcode, size, 4 reserved words (word 5 = action 0 = patch), reg addr, 0, arg_idx, 0, plus lo, plus hi]
    return [
        OPC_DDR_PATCH, _size_bytes(DDR_PATCH_WORDS), 0, 0, 0, 0,
        addr, 0, arg_idx, 0, wire & U32_MAX, wire >> 32,
    ]  # fmt: skip


_ENCODERS: dict[type, Callable[[TxnOp], list[int]]] = {
    Write32: encode_write32,
    BlockWrite: encode_blockwrite,
    MaskWrite32: encode_maskwrite32,
    MaskPoll32: encode_maskpoll32,
    Preempt: encode_preempt,
    LoadPdi: encode_load_pdi,
    CreateScratchpad: encode_create_scratchpad,
    UpdateFromScratchpad: encode_update_from_scratchpad,
    Sync: encode_sync,
}


def encode_op(op: TxnOp, fold_ddr_offset: bool = True) -> list[int]:
    """The words of one record."""
    if isinstance(op, DdrPatch):
        return encode_ddr_patch(op, fold_ddr_offset)
    encoder = _ENCODERS.get(type(op))
    if encoder is None:
        raise ValueError(f"{op!r} is not a TXN record")
    return encoder(op)


def encode_header(header: TxnHeader, op_count: int, total_words: int) -> list[int]:
    h = {name: _check(getattr(header, name), U8_MAX, f"header {name}") for name in
         ("num_rows", "dev_gen", "num_cols", "num_memtile_rows", "major", "minor")}  # fmt: skip
    total_bytes = _check(_size_bytes(total_words), U32_MAX, "header total bytes")
    return [
        h["num_rows"] << 24 | h["dev_gen"] << 16 | h["minor"] << 8 | h["major"],
        h["num_memtile_rows"] << 8 | h["num_cols"],
        _check(op_count, U32_MAX, "header op count"),
        total_bytes,
    ]


def encode_words(txn: Txn, fold_ddr_offset: bool = True) -> list[int]:
    body: list[int] = []
    for op in txn.ops:
        body.extend(encode_op(op, fold_ddr_offset))
    return encode_header(txn.header, len(txn.ops), HEADER_WORDS + len(body)) + body


def encode(txn: Txn, fold_ddr_offset: bool = True) -> bytes:
    return words_to_bytes(encode_words(txn, fold_ddr_offset))


def words_to_bytes(words: Sequence[int]) -> bytes:
    return struct.pack(f"<{len(words)}I", *words)


# ---------------------------------------------------------------------------
# Decoding: one function per record, (words, pos) -> (op, record length in words)
# ---------------------------------------------------------------------------
def _at(index: int, message: str) -> str:
    return f"word {index} (byte 0x{index * WORD_BYTES:X}): {message}"


def _record(words: Sequence[int], pos: int, length: int, name: str) -> Sequence[int]:
    """The record's words, or an error if it runs past the end of the stream."""
    if pos + length > len(words):
        raise TxnDecodeError(
            _at(pos, f"{name} record needs {length} words but only {len(words) - pos} remain")
        )
    return words[pos : pos + length]


def _expect(rec: Sequence[int], pos: int, index: int, expected: int, name: str, what: str) -> None:
    if rec[index] != expected:
        raise TxnDecodeError(
            _at(pos + index, f"{name} {what} is 0x{rec[index]:08X}, the encoder writes 0x{expected:08X}")
        )


def _expect_clear(rec: Sequence[int], pos: int, index: int, mask: int, name: str, what: str) -> None:
    if rec[index] & mask:
        raise TxnDecodeError(
            _at(pos + index, f"{name} {what}: bits 0x{rec[index] & mask:08X} are set but undefined")
        )


def decode_write32(words: Sequence[int], pos: int) -> tuple[Write32, int]:
    rec = _record(words, pos, WRITE32_WORDS, "write32")
    _expect(rec, pos, 0, OPC_WRITE32, "write32", "word 0 (opcode, no col/row bytes)")
    _expect(rec, pos, 1, 0, "write32", "reserved word 1")
    _expect(rec, pos, 3, 0, "write32", "address high word")
    _expect(rec, pos, 5, _size_bytes(WRITE32_WORDS), "write32", "size word")
    return Write32(addr=rec[2], value=rec[4]), WRITE32_WORDS


def decode_blockwrite(words: Sequence[int], pos: int) -> tuple[BlockWrite, int]:
    head = _record(words, pos, BLOCKWRITE_HEADER_WORDS, "blockwrite")
    _expect(head, pos, 0, OPC_BLOCKWRITE, "blockwrite", "word 0 (opcode)")
    _expect_clear(head, pos, 1, HIGH_HALF, "blockwrite", "col/row word 1")
    size = head[3]
    if size % WORD_BYTES or size < _size_bytes(BLOCKWRITE_HEADER_WORDS + 1):
        raise TxnDecodeError(
            _at(pos + 3, f"blockwrite size word is {size}, expected (4+N)*4 bytes with N >= 1 data words")
        )
    length = size // WORD_BYTES
    rec = _record(words, pos, length, "blockwrite")
    tile = rec[1]
    column, row = (None, None) if tile == 0 else (tile & U8_MAX, tile >> 8)
    return BlockWrite(addr=rec[2], data=tuple(rec[BLOCKWRITE_HEADER_WORDS:]), column=column, row=row), length


def decode_maskwrite32(words: Sequence[int], pos: int) -> tuple[MaskWrite32, int]:
    rec = _record(words, pos, MASKWRITE32_WORDS, "maskwrite32")
    _expect(rec, pos, 0, OPC_MASKWRITE32, "maskwrite32", "word 0 (opcode, no col/row bytes)")
    _expect(rec, pos, 1, 0, "maskwrite32", "reserved word 1")
    _expect(rec, pos, 3, 0, "maskwrite32", "address high word")
    _expect(rec, pos, 6, _size_bytes(MASKWRITE32_WORDS), "maskwrite32", "size word")
    return MaskWrite32(addr=rec[2], value=rec[4], mask=rec[5]), MASKWRITE32_WORDS


def decode_maskpoll32(words: Sequence[int], pos: int) -> tuple[MaskPoll32, int]:
    rec = _record(words, pos, MASKPOLL_WORDS, "maskpoll")
    _expect(rec, pos, 0, OPC_MASKPOLL, "maskpoll", "word 0 (opcode, no col/row bytes)")
    _expect(rec, pos, 1, 0, "maskpoll", "reserved word 1")
    _expect(rec, pos, 3, 0, "maskpoll", "address high word")
    _expect(rec, pos, 6, _size_bytes(MASKPOLL_WORDS), "maskpoll", "size word")
    return MaskPoll32(addr=rec[2], value=rec[4], mask=rec[5]), MASKPOLL_WORDS


def decode_preempt(words: Sequence[int], pos: int) -> tuple[Preempt, int]:
    rec = _record(words, pos, PREEMPT_WORDS, "preempt")
    _expect_clear(rec, pos, 0, HIGH_HALF, "preempt", "word 0 (reserved bits 31:16)")
    return Preempt(level=rec[0] >> 8 & U8_MAX), PREEMPT_WORDS


def decode_load_pdi(words: Sequence[int], pos: int) -> tuple[LoadPdi, int]:
    rec = _record(words, pos, LOAD_PDI_WORDS, "load_pdi")
    _expect_clear(rec, pos, 0, 0xFF00, "load_pdi", "word 0 (padding bits 15:8)")
    return LoadPdi(id=rec[0] >> 16, size=rec[1], address=rec[3] << 32 | rec[2]), LOAD_PDI_WORDS


def decode_create_scratchpad(words: Sequence[int], pos: int) -> tuple[CreateScratchpad, int]:
    rec = _record(words, pos, CREATE_SCRATCHPAD_WORDS, "create_scratchpad")
    _expect_clear(rec, pos, 0, HIGH_HALF, "create_scratchpad", "word 0 (bits 31:16)")
    _expect(rec, pos, 2, 0, "create_scratchpad", "reserved word 2")
    _expect(rec, pos, 3, 0, "create_scratchpad", "reserved word 3")
    return CreateScratchpad(size=rec[1], usage_type=rec[0] >> 8 & U8_MAX), CREATE_SCRATCHPAD_WORDS


def decode_update_from_scratchpad(words: Sequence[int], pos: int) -> tuple[UpdateFromScratchpad, int]:
    rec = _record(words, pos, UPDATE_FROM_SCRATCHPAD_WORDS, "update_from_scratchpad")
    _expect_clear(rec, pos, 0, 0xFF000000, "update_from_scratchpad", "word 0 (bits 31:24)")
    func = rec[0] >> 16 & U8_MAX
    if func >= len(SCRATCHPAD_FUNCS):
        raise TxnDecodeError(
            _at(pos, f"update_from_scratchpad func {func} is not one of 0=mul, 1=incr, 2=decr")
        )
    op = UpdateFromScratchpad(state_table_idx=rec[0] >> 8 & U8_MAX, func=func, func_arg=rec[1], addr=rec[2])
    return op, UPDATE_FROM_SCRATCHPAD_WORDS


def decode_sync(words: Sequence[int], pos: int) -> tuple[Sync, int]:
    rec = _record(words, pos, SYNC_WORDS, "sync")
    _expect(rec, pos, 0, OPC_SYNC, "sync", "word 0 (opcode)")
    _expect(rec, pos, 1, _size_bytes(SYNC_WORDS), "sync", "size word")
    _expect_clear(rec, pos, 2, 0xFF000000, "sync", "word 2 (bits 31:24)")
    _expect_clear(rec, pos, 3, U8_MAX, "sync", "word 3 (bits 7:0)")
    op = Sync(
        column=rec[2] >> 16 & U8_MAX,
        row=rec[2] >> 8 & U8_MAX,
        direction=rec[2] & U8_MAX,
        channel=rec[3] >> 24,
        column_num=rec[3] >> 16 & U8_MAX,
        row_num=rec[3] >> 8 & U8_MAX,
    )
    return op, SYNC_WORDS


def decode_ddr_patch(words: Sequence[int], pos: int, fold_ddr_offset: bool = True) -> tuple[DdrPatch, int]:
    rec = _record(words, pos, DDR_PATCH_WORDS, "DDR_PATCH")
    _expect(rec, pos, 0, OPC_DDR_PATCH, "DDR_PATCH", "word 0 (opcode)")
    _expect(rec, pos, 1, _size_bytes(DDR_PATCH_WORDS), "DDR_PATCH", "size word")
    for index in (2, 3, 4, 7, 9):
        _expect(rec, pos, index, 0, "DDR_PATCH", f"reserved word {index}")
    _expect(rec, pos, 5, 0, "DDR_PATCH", "action word 5 (0 = patch)")
    arg_idx = rec[8]
    wire = rec[11] << 32 | rec[10]
    arg_plus = wire
    if _is_folded(arg_idx, fold_ddr_offset):
        if wire < tm.DDR_FOLD_OFFSET:
            raise TxnDecodeError(
                _at(
                    pos + 10,
                    f"DDR_PATCH arg_idx {arg_idx} is folded (>= {tm.FIRMWARE_TRANSLATED_BUFFERS}) but its "
                    f"arg_plus 0x{wire:X} is below 0x{tm.DDR_FOLD_OFFSET:X}; "
                    "was the stream written without the fold (fold_ddr_offset=False)?",
                )
            )
        arg_plus = wire - tm.DDR_FOLD_OFFSET
    return DdrPatch(addr=rec[6], arg_idx=arg_idx, arg_plus=arg_plus), DDR_PATCH_WORDS


RecordDecoder = Callable[[Sequence[int], int], "tuple[TxnOp, int]"]

DECODERS: dict[int, RecordDecoder] = {
    OPC_WRITE32: decode_write32,
    OPC_BLOCKWRITE: decode_blockwrite,
    OPC_MASKWRITE32: decode_maskwrite32,
    OPC_MASKPOLL: decode_maskpoll32,
    OPC_PREEMPT: decode_preempt,
    OPC_LOAD_PDI: decode_load_pdi,
    OPC_CREATE_SCRATCHPAD: decode_create_scratchpad,
    OPC_UPDATE_FROM_SCRATCHPAD: decode_update_from_scratchpad,
    OPC_SYNC: decode_sync,
    OPC_DDR_PATCH: decode_ddr_patch,  # takes fold_ddr_offset, bound in decode_words
}


def _unknown_opcode(opcode: int) -> str:
    name = _UNSUPPORTED_OPCODES.get(opcode)
    kind = f" ({name}, which this codec has no layout for)" if name else ""
    return f"unknown opcode 0x{opcode:02X}{kind}"


def decode_header(words: Sequence[int]) -> tuple[TxnHeader, int]:
    """Header and declared op count; checks version, devGen and the byte count."""
    if len(words) < HEADER_WORDS:
        raise TxnDecodeError(_at(len(words), f"stream has {len(words)} words, fewer than the 4-word TXN header"))
    w0, w1, count, total = words[:HEADER_WORDS]
    if w0 == INSTGEN_PROLOG:
        raise TxnDecodeError(
            _at(0, "0x00000011 is the 2023 --aie-npu-instgen prolog; this is not a TXN stream (need TXN 0.1)")
        )
    major, minor = w0 & U8_MAX, w0 >> 8 & U8_MAX
    if (major, minor) != (TXN_MAJOR, TXN_MINOR):
        raise TxnDecodeError(_at(0, f"TXN version {major}.{minor} is not supported (only TXN 0.1)"))
    dev_gen = w0 >> 16 & U8_MAX
    if dev_gen not in SUPPORTED_DEV_GENS:
        raise TxnDecodeError(_at(0, f"devGen {dev_gen} is not an NPU (expected 3 = npu1 or 4 = npu2)"))
    _expect_clear(words, 0, 1, HIGH_HALF, "header", "word 1 (padding bits 31:16)")
    if total != _size_bytes(len(words)):
        raise TxnDecodeError(
            _at(3, f"header says {total} bytes but the stream has {_size_bytes(len(words))} bytes")
        )
    header = TxnHeader(
        num_rows=w0 >> 24, dev_gen=dev_gen, num_cols=w1 & U8_MAX, num_memtile_rows=w1 >> 8,
        major=major, minor=minor,
    )  # fmt: skip
    return header, count


def _checked_words(words: Sequence[int]) -> list[int]:
    out: list[int] = []
    for i, word in enumerate(words):
        number = _as_int(word)
        if number is None or not 0 <= number <= U32_MAX:
            raise TxnDecodeError(_at(i, f"{word!r} is not a 32-bit word"))
        out.append(number)
    return out


def decode_words(words: Sequence[int], fold_ddr_offset: bool = True) -> Txn:
    words = _checked_words(words)
    header, count = decode_header(words)
    decoders = {**DECODERS, OPC_DDR_PATCH: partial(decode_ddr_patch, fold_ddr_offset=fold_ddr_offset)}
    ops: list[TxnOp] = []
    pos = HEADER_WORDS
    for index in range(count):
        if pos >= len(words):
            raise TxnDecodeError(
                _at(pos, f"header word 2 says {count} records but the stream ends after {index} of them")
            )
        opcode = words[pos] & U8_MAX
        decoder = decoders.get(opcode)
        try:
            if decoder is None:
                raise TxnDecodeError(_at(pos, _unknown_opcode(opcode)))
            op, length = decoder(words, pos)
        except TxnDecodeError as err:
            raise TxnDecodeError(f"record {index}: {err}") from None
        ops.append(op)
        pos += length
    if pos != len(words):
        raise TxnDecodeError(
            _at(pos, f"{len(words) - pos} words remain after the {count} records header word 2 declares")
        )
    return Txn(header, tuple(ops))


def bytes_to_words(data: bytes) -> list[int]:
    if len(data) % WORD_BYTES:
        raise TxnDecodeError(f"byte {len(data)}: stream length {len(data)} is not a multiple of 4 bytes")
    return list(struct.unpack(f"<{len(data) // WORD_BYTES}I", data))


def decode(data: bytes, fold_ddr_offset: bool = True) -> Txn:
    return decode_words(bytes_to_words(data), fold_ddr_offset)


# ---------------------------------------------------------------------------
# insts.txt (mlir-aie `-aie-output-binary=false`): one %08X word per line
# ---------------------------------------------------------------------------
def format_hex(words: Sequence[int]) -> str:
    return "".join(f"{word:08X}\n" for word in words)


_HEX_WORD = re.compile(r"(?:0[xX])?([0-9A-Fa-f]{1,8})")


def parse_hex(text: str) -> list[int]:
    """Words of an insts.txt; blank lines are ignored, anything else is an error."""
    words: list[int] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        for token in line.split():
            match = _HEX_WORD.fullmatch(token)
            if match is None:
                raise TxnDecodeError(f"line {line_no}: {token!r} is not a 32-bit hex word")
            words.append(int(match.group(1), 16))
    return words
