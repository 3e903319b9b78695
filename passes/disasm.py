"""Human listing and MLIR reconstruction of a decoded TXN stream.

`listing` is for people reading an insts.bin: every record with its word offset and
the register it touches named from the target model ("col 2 shim BD 3 word 1").
`to_mlir` rebuilds the canonical `aie.runtime_sequence` text whose translation with
gemm-translate (fold on, as in `npu_binary.decode`'s default) gives the same bytes.
Both are pure functions of the Txn.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from passes import npu_binary as nb
from passes import target_model as tm
from passes.bd_layout import ShimBd

# ---------------------------------------------------------------------------
# Register names
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    """What a tile-local offset is: `label` reads as "MM2S0 queue" or "BD 3 word 1"."""

    label: str
    role: str  # "bd", "ctrl", "queue", "status" or "lock"
    bd: int | None = None
    word: int | None = None


@lru_cache(maxsize=None)
def _register_table(regs: tm.TileRegisters) -> dict[int, Register]:
    table: dict[int, Register] = {}
    for direction in tm.DmaDir:
        for ch in range(regs.channels_per_dir):
            channel = f"{direction.name}{ch}"
            table[regs.ctrl_offset(direction, ch)] = Register(f"{channel} ctrl", "ctrl")
            table[regs.queue_offset(direction, ch)] = Register(f"{channel} queue", "queue")
            table[regs.status_offset(direction, ch)] = Register(f"{channel} status", "status")
    for lock in range(regs.lock_count):
        table[regs.lock_offset(lock)] = Register(f"lock {lock}", "lock")
    for bd in range(regs.bd_count):
        for word in range(regs.bd_words):
            # The BD base reads as "BD n": that is where blockwrites land.
            label = f"BD {bd}" if word == 0 else f"BD {bd} word {word}"
            table[regs.bd_offset(bd) + nb.WORD_BYTES * word] = Register(label, "bd", bd, word)
    return table


def _tile_label(row: int) -> str:
    regs = tm.registers_for_row(row)
    if regs is tm.SHIM:
        return "shim"
    if regs is tm.MEMTILE:
        return "memtile"
    return f"core({row})"


def lookup_register(addr: int) -> tuple[int, int, Register | None]:
    """(col, row, register or None) of an absolute address."""
    col, row, offset = tm.split_address(addr)
    return col, row, _register_table(tm.registers_for_row(row)).get(offset)


def register_name(addr: int) -> str:
    col, row, reg = lookup_register(addr)
    if reg is None:
        return f"col {col} row {row} +0x{tm.split_address(addr)[2]:05X}"
    return f"col {col} {_tile_label(row)} {reg.label}"


def _queue_fields(row: int, value: int) -> str:
    """Queue word (spec §5): Start_BD_ID, Repeat_Count, Enable_Token_Issue."""
    bd_mask = tm.registers_for_row(row).queue_bd_mask
    repeat_mask = tm.QUEUE_REPEAT_MASK << tm.QUEUE_REPEAT_SHIFT
    token_bit = 1 << tm.QUEUE_TOKEN_BIT
    bd, repeat, token = tm.decode_queue_word(value, bd_mask)
    text = f"bd {bd} repeat {repeat}" + (" token" if token else "")
    other = value & ~(bd_mask | repeat_mask | token_bit)
    if other:
        text += f" (undefined bits 0x{other:08X})"
    return text


def _write_comment(addr: int, value: int) -> str:
    _, row, reg = lookup_register(addr)
    name = register_name(addr)
    if reg is not None and reg.role == "queue":
        return f"{name}: {_queue_fields(row, value)}"
    return name


# ---------------------------------------------------------------------------
# Listing
# ---------------------------------------------------------------------------


def record_offsets(txn: nb.Txn) -> list[int]:
    """Word offset of each record in the encoded stream (the header is words 0-3)."""
    offsets = []
    pos = nb.HEADER_WORDS
    for op in txn.ops:
        offsets.append(pos)
        pos += len(nb.encode_op(op))
    return offsets


def _device_label(header: nb.TxnHeader) -> str:
    try:
        return header.device_name()
    except ValueError:
        return f"devGen {header.dev_gen} with {header.num_cols} columns (no known device)"


def _burst_text(burst: int, header: nb.TxnHeader) -> str:
    try:
        return f"burst {tm.get_device(header.device_name()).decode_burst(burst)}B"
    except ValueError:
        return f"burst field {burst}"


def _bd_dims(bd: ShimBd) -> list[str]:
    """Sizes and real steps (stride field + 1, in words); D0_Wrap = 0 is linear (spec §9)."""
    if bd.d0_size == 0 and not (bd.d0_stride or bd.d1_size or bd.d1_stride or bd.d2_stride):
        dims = ["linear"]
    else:
        dims = [
            f"d0 {bd.d0_size} step {bd.d0_stride + 1}",
            f"d1 {bd.d1_size} step {bd.d1_stride + 1}",
            f"d2 step {bd.d2_stride + 1}",
        ]
    if bd.iteration_size or bd.iteration_stride or bd.iteration_current:
        dims.append(
            f"iter {bd.iteration_size + 1} step {bd.iteration_stride + 1} (current {bd.iteration_current})"
        )
    return dims


def shim_bd_summary(words: tuple[int, ...], header: nb.TxnHeader) -> str:
    """The BD's fields on one line."""
    bd = ShimBd.unpack(words)
    parts = [
        f"len {bd.buffer_length}",
        f"off 0x{bd.buffer_offset:X}",
        *_bd_dims(bd),
        _burst_text(bd.burst, header),
        f"packet id {bd.packet_id} type {bd.packet_type}" if bd.enable_packet else "packet off",
        f"next_bd {bd.next_bd}" if bd.use_next_bd else "next_bd none",
        f"valid {bd.valid_bd}",
    ]
    if bd.axcache:
        parts.append(f"axcache {bd.axcache}")
    if bd.lock_acq_enable or bd.lock_acq_id or bd.lock_acq_val or bd.lock_rel_id or bd.lock_rel_val:
        parts.append(
            f"lock acq {bd.lock_acq_id}:{bd.lock_acq_val} (enable {bd.lock_acq_enable}) "
            f"rel {bd.lock_rel_id}:{bd.lock_rel_val}"
        )
    if bd.out_of_order_id or bd.tlast_suppress:
        parts.append(f"ooo_id {bd.out_of_order_id} tlast_suppress {bd.tlast_suppress}")
    return ", ".join(parts)


def _is_whole_shim_bd(op: nb.BlockWrite) -> bool:
    _, row, reg = lookup_register(op.addr)
    return (
        tm.registers_for_row(row) is tm.SHIM
        and reg is not None
        and reg.role == "bd"
        and reg.word == 0
        and len(op.data) == tm.SHIM.bd_words
    )


def _blockwrite_line(op: nb.BlockWrite, header: nb.TxnHeader) -> str:
    tile = "" if op.column is None else f" (col/row field {op.column},{op.row})"
    text = f"blockwrite  0x{op.addr:08X} {len(op.data)} words{tile}  ; {register_name(op.addr)}"
    if _is_whole_shim_bd(op):
        text += f": {shim_bd_summary(op.data, header)}"
    else:
        text += ": " + " ".join(f"{w:08X}" for w in op.data)
    return text


_DIRECTION_NAMES = {d.value: d.name for d in tm.DmaDir}


def _op_text(op: nb.TxnOp, header: nb.TxnHeader) -> str:
    if isinstance(op, nb.Write32):
        return f"write32     0x{op.addr:08X} = 0x{op.value:08X}  ; {_write_comment(op.addr, op.value)}"
    if isinstance(op, nb.BlockWrite):
        return _blockwrite_line(op, header)
    if isinstance(op, nb.MaskWrite32):
        return (
            f"maskwrite32 0x{op.addr:08X} = 0x{op.value:08X} mask 0x{op.mask:08X}  ; {register_name(op.addr)}"
        )
    if isinstance(op, nb.MaskPoll32):
        return (
            f"maskpoll    0x{op.addr:08X} & 0x{op.mask:08X} == 0x{op.value:08X}  ; {register_name(op.addr)}"
        )
    if isinstance(op, nb.Sync):
        direction = _DIRECTION_NAMES.get(op.direction, f"dir {op.direction}")
        return (
            f"sync        col {op.column} row {op.row} {direction} ch {op.channel} "
            f"({op.column_num} cols x {op.row_num} rows)"
        )
    if isinstance(op, nb.DdrPatch):
        return (
            f"ddr_patch   0x{op.addr:08X} arg_idx {op.arg_idx} arg_plus {op.arg_plus} (0x{op.arg_plus:X})"
            f"  ; {register_name(op.addr)}"
        )
    if isinstance(op, nb.Preempt):
        return f"preempt     level {op.level}"
    if isinstance(op, nb.LoadPdi):
        return f"load_pdi    id {op.id} size {op.size} address 0x{op.address:X}"
    if isinstance(op, nb.CreateScratchpad):
        return f"create_scratchpad size {op.size} usage_type {op.usage_type}"
    if isinstance(op, nb.UpdateFromScratchpad):
        return (
            f"update_from_scratchpad<{nb.SCRATCHPAD_FUNCS[op.func]}> idx {op.state_table_idx} "
            f"func_arg {op.func_arg} addr 0x{op.addr:08X}  ; {register_name(op.addr)}"
        )
    raise ValueError(f"{op!r} is not a TXN record")


def _patch_rows(txn: nb.Txn) -> list[str]:
    rows = [f"  {'col':>4} {'bd':>4} {'arg_idx':>8} {'byte offset':>12}"]
    for op in txn.ops:
        if not isinstance(op, nb.DdrPatch):
            continue
        col, row, reg = lookup_register(op.addr)
        is_shim_base = (
            tm.registers_for_row(row) is tm.SHIM
            and reg is not None
            and reg.role == "bd"
            and reg.word == tm.SHIM.base_address_word
        )
        bd = str(reg.bd) if is_shim_base else "?"
        note = "" if is_shim_base else f"  (not a shim BD base word: {register_name(op.addr)})"
        rows.append(f"  {col:>4} {bd:>4} {op.arg_idx:>8} {op.arg_plus:>12}{note}")
    return rows


def listing(txn: nb.Txn) -> str:
    offsets = record_offsets(txn)
    total_words = len(nb.encode_words(txn))
    h = txn.header
    lines = [
        f"TXN {h.major}.{h.minor} {_device_label(h)}: {len(txn.ops)} ops, "
        f"{total_words * nb.WORD_BYTES} bytes, ninstr {total_words} words",
        f"{'#':>5} {'word':>6}  op",
    ]
    for index, (op, offset) in enumerate(zip(txn.ops, offsets)):
        lines.append(f"{index:>5} {offset:>6}  {_op_text(op, h)}")
    patches = _patch_rows(txn)
    if len(patches) > 1:
        lines.append(f"DDR patches ({len(patches) - 1}), byte offsets are logical (unfolded):")
        lines.extend(patches)
    else:
        lines.append("DDR patches: none")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# MLIR
# ---------------------------------------------------------------------------


def _signed(value: int, bits: int) -> int:
    """Signless integers print as two's complement, as MLIR (and xdsl) print them."""
    return value - (1 << bits) if value >> (bits - 1) else value


def _attr(value: int, ty: str) -> str:
    if ty.startswith("i"):
        value = _signed(value, int(ty[1:]))
    return f"{value} : {ty}"


def _attr_dict(attrs: dict[str, tuple[int, str]]) -> str:
    return "{" + ", ".join(f"{name} = {_attr(*attrs[name])}" for name in sorted(attrs)) + "}"


def _mlir_op(op: nb.TxnOp) -> str:
    """One line for every record except blockwrite."""
    if isinstance(op, nb.Write32):
        return "aiex.npu.write32 " + _attr_dict({"address": (op.addr, "ui32"), "value": (op.value, "ui32")})
    if isinstance(op, (nb.MaskWrite32, nb.MaskPoll32)):
        name = "maskwrite32" if isinstance(op, nb.MaskWrite32) else "maskpoll"
        attrs = {"address": (op.addr, "ui32"), "mask": (op.mask, "ui32"), "value": (op.value, "ui32")}
        return f"aiex.npu.{name} " + _attr_dict(attrs)
    if isinstance(op, nb.Sync):
        names = ("channel", "column", "column_num", "direction", "row", "row_num")
        return "aiex.npu.sync " + _attr_dict({n: (getattr(op, n), "i32") for n in names})
    if isinstance(op, nb.DdrPatch):
        # Spec §2 PD: arg_plus prints as i32 below 2^31, otherwise as i64.
        plus_type = "i32" if op.arg_plus < 1 << 31 else "i64"
        attrs = {"addr": (op.addr, "ui32"), "arg_idx": (op.arg_idx, "i32"), "arg_plus": (op.arg_plus, plus_type)}
        return "aiex.npu.address_patch " + _attr_dict(attrs)
    if isinstance(op, nb.LoadPdi):
        attrs = {"address": (op.address, "ui64"), "id": (op.id, "i32"), "size": (op.size, "i32")}
        return "aiex.npu.load_pdi " + _attr_dict(attrs)
    if isinstance(op, nb.Preempt):
        return "aiex.npu.preempt " + _attr_dict({"level": (op.level, "ui8")})
    if isinstance(op, nb.CreateScratchpad):
        return "aiex.npu.create_scratchpad " + _attr_dict(
            {"size": (op.size, "ui32"), "usage_type": (op.usage_type, "ui8")}
        )
    if isinstance(op, nb.UpdateFromScratchpad):
        attrs = {
            "address": (op.addr, "ui32"),
            "func_arg": (op.func_arg, "ui32"),
            "state_table_idx": (op.state_table_idx, "ui8"),
        }
        return f"aiex.npu.update_from_scratchpad<{nb.SCRATCHPAD_FUNCS[op.func]}> " + _attr_dict(attrs)
    raise ValueError(f"{op!r} is not a TXN record")


def _blockwrite_attrs(op: nb.BlockWrite, offset: int) -> str:
    if op.column is None:
        return _attr_dict({"address": (op.addr, "ui32")})
    local = op.addr & tm.TILE_OFFSET_MASK
    # The MLIR op carries the tile only once, so the record's two copies must agree.
    if tm.tile_address(op.column, op.row, local) != op.addr:
        raise ValueError(
            f"blockwrite at word {offset}: column/row field disagrees with its address, not representable"
        )
    return _attr_dict({"address": (local, "ui32"), "column": (op.column, "i32"), "row": (op.row, "i32")})


def _memref_type(data: tuple[int, ...]) -> str:
    return f"memref<{len(data)}xi32>"


def to_mlir(txn: nb.Txn) -> str:
    device = txn.header.device_name()
    globals_: dict[tuple[int, ...], str] = {}  # data -> symbol; identical data shares one
    global_lines: list[str] = []
    body: list[str] = []
    ssa = 0
    for op, offset in zip(txn.ops, record_offsets(txn)):
        if not isinstance(op, nb.BlockWrite):
            body.append(_mlir_op(op))
            continue
        attrs = _blockwrite_attrs(op, offset)
        ty = _memref_type(op.data)
        symbol = globals_.get(op.data)
        if symbol is None:
            symbol = globals_[op.data] = f"blockwrite_data_{len(globals_)}"
            values = ", ".join(str(_signed(w, 32)) for w in op.data)
            global_lines.append(f'memref.global "private" constant @{symbol} : {ty} = dense<[{values}]>')
        body.append(f"%{ssa} = memref.get_global @{symbol} : {ty}")
        body.append(f"aiex.npu.blockwrite(%{ssa}) {attrs} : {ty}")
        ssa += 1
    lines = ["module {", f"  aie.device({device}) {{"]
    lines += [f"    {line}" for line in global_lines]
    lines.append("    aie.runtime_sequence @seq() {")
    lines += [f"      {line}" for line in body]
    lines += ["    }", "  }", "}"]
    return "\n".join(lines) + "\n"
