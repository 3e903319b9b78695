"""design.mlir -> the array the emulator runs: objectfifos, links, cores, buffers,
locks, kernels, and which shim channel each fifo with a shim end uses.

Only design.mlir is read (gemm-dataflow.md §1-§3, §6). The shim channel of a fifo is
mlir-aie's objectfifo allocation rule, implemented in passes/objectfifo_alloc.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from xdsl.dialects.builtin import (
    ArrayAttr,
    BFloat16Type,
    DenseIntOrFPElementsAttr,
    Float16Type,
    Float32Type,
    IntegerAttr,
    IntegerType,
    MemRefType,
    StringAttr,
)
from xdsl.dialects.func import FuncOp

from npu_emulator.kernels import BF16, KernelConfig
from passes import target_model as tm
from passes.dialects import aie, aiex, parse_mlir
from passes.objectfifo_alloc import device_shim_channels

S2MM, MM2S = int(tm.DmaDir.S2MM), int(tm.DmaDir.MM2S)


class DesignError(ValueError):
    """design.mlir uses something the emulator does not model."""


def element_dtype(t) -> tuple[np.dtype, int]:
    if isinstance(t, BFloat16Type):
        return BF16, 16
    if isinstance(t, Float32Type):
        return np.dtype(np.float32), 32
    if isinstance(t, Float16Type):
        return np.dtype(np.float16), 16
    if isinstance(t, IntegerType):
        w = t.width.data
        dt = {8: np.int8, 16: np.int16, 32: np.int32, 64: np.int64}.get(w)
        if dt is None:
            raise DesignError(f"unsupported integer width i{w}")
        return np.dtype(dt), w
    raise DesignError(f"unsupported element type {t}")


def memref_info(t: MemRefType) -> tuple[tuple[int, ...], np.dtype, int]:
    shape = tuple(int(d) for d in t.get_shape())
    dt, bits = element_dtype(t.element_type)
    return shape, dt, bits


@dataclass(frozen=True)
class Endpoint:
    kind: str  # "shim", "mem", "core"
    col: int
    row: int

    @property
    def tile(self) -> tuple[int, int]:
        return (self.col, self.row)

    def __str__(self) -> str:
        return f"{self.kind}({self.col},{self.row})"


@dataclass
class Fifo:
    name: str
    producer: Endpoint
    consumers: list[Endpoint]
    shape: tuple[int, ...]
    dtype: np.dtype
    bits: int
    depths: list[int]  # [producer, consumer 0, ...]
    dims_to: list[tuple[int, int]]
    dims_from: list[list[tuple[int, int]]]
    fed_by: Link | None = None  # link whose output this fifo is (producer = mem tile)
    feeds: Link | None = None  # link whose input this fifo is (consumer = mem tile)
    shim_channel: tuple[int, int, int] | None = None  # (col, dir, ch)

    def __post_init__(self) -> None:
        self.size = int(np.prod(self.shape, dtype=np.int64))

    @property
    def producer_depth(self) -> int:
        return self.depths[0]

    def consumer_depth(self, j: int) -> int:
        return self.depths[1 + j]

    def consumer_index(self, tile: tuple[int, int]) -> int:
        for j, c in enumerate(self.consumers):
            if c.tile == tile:
                return j
        raise DesignError(f"tile {tile} is not a consumer of @{self.name}")


@dataclass
class Link:
    inputs: list[str]
    outputs: list[str]
    kind: str  # "forward", "distribute", "join"
    tile: tuple[int, int]
    l2_size: int  # elements per L2 object
    depth: int  # L2 buffers
    # slices[i] = (offset, length) in the L2 object, for the many side (join inputs /
    # distribute outputs); one slice (0, size) for a forward.
    slices: list[tuple[int, int]]

    def __repr__(self) -> str:
        return f"Link({self.inputs}->{self.outputs})"


@dataclass
class Buffer:
    name: str | None
    tile: tuple[int, int]
    shape: tuple[int, ...]
    dtype: np.dtype
    address: int | None
    data: np.ndarray  # current contents (flat)
    value: object = None  # the SSA value


@dataclass
class Lock:
    name: str | None
    tile: tuple[int, int]
    lock_id: int | None
    init: int
    value: object = None


@dataclass
class CoreDef:
    tile: tuple[int, int]
    op: aie.CoreOp


@dataclass
class SeqInfo:
    name: str | None
    arg_bytes: list[int]  # memref argument sizes in bytes, in arg_idx order
    rtp_writes: list[tuple[str, int, int]] = field(default_factory=list)  # (buffer, index, value)
    set_locks: list[tuple[object, int]] = field(default_factory=list)  # (lock SSA value, value)


@dataclass
class Design:
    device: tm.Device
    device_name: str
    fifos: dict[str, Fifo]
    links: list[Link]
    cores: dict[tuple[int, int], CoreDef]
    buffers: list[Buffer]
    locks: list[Lock]
    kernels: dict[str, FuncOp]
    channels: dict[tuple[int, int, int], str]  # (col, dir, ch) -> fifo
    sequence: SeqInfo | None
    kernel_config: KernelConfig
    notes: list[str] = field(default_factory=list)

    def buffer_by_value(self, value) -> Buffer | None:
        for b in self.buffers:
            if b.value is value:
                return b
        return None

    def buffer_by_name(self, name: str) -> Buffer | None:
        for b in self.buffers:
            if b.name == name:
                return b
        return None

    def lock_by_value(self, value) -> Lock | None:
        for lk in self.locks:
            if lk.value is value:
                return lk
        return None


def _tile_of(value) -> tuple[int, int]:
    owner = value.owner
    if not isinstance(owner, aie.TileOp):
        raise DesignError("objectfifo endpoint is not an aie.tile")
    return owner.col, owner.row


def _endpoint(dev: tm.Device, value) -> Endpoint:
    col, row = _tile_of(value)
    kind = {tm.TileKind.SHIM: "shim", tm.TileKind.MEMTILE: "mem", tm.TileKind.CORE: "core"}[dev.tile_kind(row)]
    return Endpoint(kind, col, row)


def _str_list(attr) -> list[str]:
    if attr is None:
        return []
    if isinstance(attr, StringAttr):
        return [t for t in re.split(r"[\s,]+", attr.data) if t]
    if isinstance(attr, ArrayAttr):
        out = []
        for a in attr.data:
            out.extend(_str_list(a))
        return out
    return []


_BCOL = re.compile(r"b_?col(_?maj(or)?)?", re.I)
_CCOL = re.compile(r"c_?col(_?maj(or)?)?", re.I)


def kernel_defines_from(kernels: dict[str, FuncOp], cores: dict) -> list[str]:
    """Kernel build flags named by the design (PD, docs/emulator.md):
    a `defines`/`kernel_defines`/`compile_flags` attribute on a kernel declaration or
    a core, and B_COL_MAJ / C_COL_MAJ tokens in a `link_with` object name."""
    defines: list[str] = []
    holders = [f.attributes for f in kernels.values()] + [c.op.attributes for c in cores.values()]
    for attrs in holders:
        for key in ("defines", "kernel_defines", "compile_flags"):
            defines += _str_list(attrs.get(key))
        link = attrs.get("link_with")
        if isinstance(link, StringAttr):
            stem = link.data.rsplit("/", 1)[-1]
            if _BCOL.search(stem):
                defines.append("B_COL_MAJ")
            if _CCOL.search(stem):
                defines.append("C_COL_MAJ")
    return defines


def _dense_values(attr, shape, dtype) -> np.ndarray:
    n = int(np.prod(shape, dtype=np.int64))
    if attr is None:
        return np.zeros(n, dtype=dtype)
    if isinstance(attr, DenseIntOrFPElementsAttr):
        vals = list(attr.get_values())
        if len(vals) == 1 and n > 1:
            vals = vals * n
        return np.array(vals, dtype=np.float64 if dtype.kind == "f" or dtype == BF16 else np.int64).astype(dtype)
    return np.zeros(n, dtype=dtype)


def _int_attr(attr, default=None):
    if isinstance(attr, IntegerAttr):
        return attr.value.data
    return default


_SEQ_START = re.compile(r"^[ \t]*(?:aie|aiex)\.runtime_sequence\b[^\n]*\{[ \t]*$", re.M)
_KEEP_IN_SEQ = re.compile(r"aiex\.npu\.rtp_write|aiex\.set_lock|arith\.constant")


def strip_sequence_bodies(text: str) -> str:
    """Drop the runtime sequences' DMA ops before parsing (insts.bin is what runs; only
    rtp_write / set_lock and the constants they use matter here). A large fused
    sequence is most of a design's text and most of its parse time."""
    out = []
    pos = 0
    for m in _SEQ_START.finditer(text):
        if m.start() < pos:
            continue
        body_start = m.end()
        depth = 1
        i = body_start
        n = len(text)
        while i < n and depth:
            c = text[i]
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            elif c == '"':
                j = text.find('"', i + 1)
                i = j if j >= 0 else n
            i += 1
        if depth:
            return text
        body_end = i - 1  # the closing brace
        kept = [ln for ln in text[body_start:body_end].splitlines() if _KEEP_IN_SEQ.search(ln)]
        out.append(text[pos:body_start])
        out.append("\n" + "\n".join(kept) + "\n")
        pos = body_end
    out.append(text[pos:])
    return "".join(out)


def load_design(text: str, *, kernel_defines=None, mmul=None, sequence_name: str | None = None) -> Design:
    try:
        module = parse_mlir(strip_sequence_bodies(text), "design.mlir")
    except Exception:
        module = parse_mlir(text, "design.mlir")
    devices = [op for op in module.walk() if isinstance(op, aie.DeviceOp)]
    if not devices:
        raise DesignError("design.mlir has no aie.device")
    if len(devices) > 1:
        raise DesignError("design.mlir has several aie.device ops; the emulator runs one")
    devop = devices[0]
    dev = devop.device
    block = devop.body.block

    fifos: dict[str, Fifo] = {}
    fifo_ops = []
    links_ops = []
    cores: dict[tuple[int, int], CoreDef] = {}
    buffers: list[Buffer] = []
    locks: list[Lock] = []
    kernels: dict[str, FuncOp] = {}
    sequences: list[aie.RuntimeSequenceOp] = []
    notes: list[str] = []
    for op in block.ops:
        if isinstance(op, aie.ObjectFifoOp):
            fifo_ops.append(op)
            shape, dt, bits = memref_info(op.element_type)
            prod = _endpoint(dev, op.producer)
            cons = [_endpoint(dev, c) for c in op.consumers]
            for attr in ("repeat_count", "iter_count", "padDimensions", "init_values"):
                if attr in op.attributes:
                    raise DesignError(f"aie.objectfifo @{op.sym_name}: attribute `{attr}` is not modelled")
            fifos[op.sym_name] = Fifo(
                op.sym_name, prod, cons, shape, dt, bits, op.depths, op.dims_to_stream,
                [op.dims_from_stream(i) for i in range(len(cons))],
            )  # fmt: skip
        elif isinstance(op, aie.ObjectFifoLinkOp):
            links_ops.append(op)
        elif isinstance(op, aie.CoreOp):
            t = _tile_of(op.tile)
            cores[t] = CoreDef(t, op)
        elif isinstance(op, aie.BufferOp):
            shape, dt, _ = memref_info(op.buffer.type)
            addr = _int_attr(op.attributes.get("address"))
            data = _dense_values(op.attributes.get("initial_value"), shape, dt)
            buffers.append(Buffer(op.sym_name, _tile_of(op.tile), shape, dt, addr, data, op.buffer))
        elif isinstance(op, aie.LockOp):
            locks.append(
                Lock(
                    op.attributes["sym_name"].data if "sym_name" in op.attributes else None,
                    _tile_of(op.tile), op.lock_id, _int_attr(op.attributes.get("init"), 0) or 0, op.result,
                )
            )  # fmt: skip
        elif isinstance(op, FuncOp):
            kernels[op.sym_name.data] = op
        elif isinstance(op, aie.RuntimeSequenceOp):
            sequences.append(op)

    # Links.
    links: list[Link] = []
    for op in links_ops:
        ins, outs = op.inputs, op.outputs
        for nm in ins + outs:
            if nm not in fifos:
                raise DesignError(f"aie.objectfifo.link names unknown fifo @{nm}")
        if len(outs) > 1 or (len(ins) == 1 and len(outs) == 1):
            src = fifos[ins[0]]
            size = src.size
            offs = op.dst_offsets or [0]
            if len(outs) > 1 and len(offs) != len(outs):
                raise DesignError(f"link [@{ins[0]}] -> {outs}: need one offset per output")
            ends = list(offs[1:]) + [size]
            slices = [(o, e - o) for o, e in zip(offs, ends)]
            for (o, ln), nm in zip(slices, outs):
                if ln != fifos[nm].size:
                    raise DesignError(
                        f"link [@{ins[0]}] -> @{nm}: slice [{o}, {o + ln}) has {ln} elements but @{nm} objects have {fifos[nm].size}"
                    )
            tile = src.consumers[0].tile
            depth = src.consumer_depth(0)
            kind = "forward" if len(outs) == 1 else "distribute"
            ln = Link(ins, outs, kind, tile, size, depth, slices)
            src.feeds = ln
            for nm in outs:
                fifos[nm].fed_by = ln
        else:
            dst = fifos[outs[0]]
            size = dst.size
            offs = op.src_offsets
            if len(offs) != len(ins):
                raise DesignError(f"join link {ins} -> [@{outs[0]}]: need one offset per input")
            order = sorted(range(len(ins)), key=lambda i: offs[i])
            ends = {}
            for a, b in zip(order, order[1:] + [None]):
                ends[a] = offs[b] if b is not None else size
            slices = [(offs[i], ends[i] - offs[i]) for i in range(len(ins))]
            for (o, ln_), nm in zip(slices, ins):
                if ln_ != fifos[nm].size:
                    raise DesignError(
                        f"join link @{nm} -> [@{outs[0]}]: slice [{o}, {o + ln_}) has {ln_} elements but @{nm} objects have {fifos[nm].size}"
                    )
            tile = dst.producer.tile
            ln = Link(ins, outs, "join", tile, size, dst.producer_depth, slices)
            dst.fed_by = ln
            for nm in ins:
                fifos[nm].feeds = ln
        links.append(ln)

    # Sanity: mem-tile endpoints must be part of a link.
    for f in fifos.values():
        if f.producer.kind == "mem" and f.fed_by is None:
            raise DesignError(f"@{f.name}: produced by mem tile {f.producer.tile} without an objectfifo.link")
        if any(c.kind == "mem" for c in f.consumers) and f.feeds is None:
            raise DesignError(f"@{f.name}: consumed by a mem tile without an objectfifo.link")

    # Shim channels (mlir-aie allocation rule).
    channels: dict[tuple[int, int, int], str] = {}
    for ep in device_shim_channels(devop):
        name = ep.symbol
        key = (ep.column, int(ep.direction), ep.channel)
        f = fifos[name]
        if f.shim_channel is not None and f.shim_channel != key:
            raise DesignError(f"@{name} has two shim endpoints; not modelled")
        f.shim_channel = key
        channels[key] = name

    # Runtime sequence: RTP writes and barrier sets it carries.
    seq_info = None
    if sequences:
        try:
            _, seq = aie.choose_sequence([(devop, s) for s in sequences], sequence_name, "with sequence_name")
        except aie.SequenceChoiceError as e:
            raise DesignError(str(e)) from None
        arg_bytes = []
        for a in seq.memref_args:
            shape, dt, bits = memref_info(a.type)
            arg_bytes.append(int(np.prod(shape, dtype=np.int64)) * bits // 8)
        seq_info = SeqInfo(seq.sym_name, arg_bytes)
        for op in seq.body.block.ops:
            if isinstance(op, aiex.NpuRtpWriteOp):
                seq_info.rtp_writes.append((op.buffer, op.index, op.value))
            elif isinstance(op, aiex.SetLockOp):
                seq_info.set_locks.append((op.lock, op.value))

    defines = list(kernel_defines) if kernel_defines is not None else kernel_defines_from(kernels, cores)
    cfg = KernelConfig.make(dev.generation, defines, mmul)
    return Design(dev, devop.device_name, fifos, links, cores, buffers, locks, kernels, channels, seq_info, cfg, notes)

