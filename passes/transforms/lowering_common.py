"""Helpers shared by the runtime-sequence lowering passes (spec §4).

Per-device lookup tables (tiles, shim allocations) are built once, so each pass is
linear in the number of ops; nothing here re-walks the module per op.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NoReturn

from xdsl.dialects import memref
from xdsl.dialects.arith import ConstantOp
from xdsl.dialects.builtin import DYNAMIC_INDEX, IntegerAttr, MemRefType, StringAttr, UnknownLoc
from xdsl.ir import BlockArgument, Operation, SSAValue

from passes import target_model as tm
from passes.diagnostics import PassFailure
from passes.dialects import aie, aiex
from passes.dialects import syntax as sx
from passes.objectfifo_alloc import ShimAllocations

# One shared location: building a fresh UnknownLoc per op doubles the cost of create().
LOC = UnknownLoc()


class AttrCache:
    """Interned attributes: a long sequence repeats the same few values, and building an
    IntegerAttr (with its range check) costs more than the op that holds it."""

    def __init__(self) -> None:
        self._ui32: dict[int, IntegerAttr] = {}
        self._i32: dict[int, IntegerAttr] = {}
        self._plus: dict[int, IntegerAttr] = {}
        self._str: dict[str, StringAttr] = {}
        self.true = IntegerAttr.from_bool(True)
        self.false = IntegerAttr.from_bool(False)

    def ui32(self, v: int) -> IntegerAttr:
        a = self._ui32.get(v)
        if a is None:
            a = self._ui32[v] = sx.KUI32.make(v)
        return a

    def i32(self, v: int) -> IntegerAttr:
        a = self._i32.get(v)
        if a is None:
            a = self._i32[v] = sx.KI32.make(v)
        return a

    def arg_plus(self, v: int) -> IntegerAttr:
        a = self._plus.get(v)
        if a is None:
            a = self._plus[v] = aiex.NpuAddressPatchOp.arg_plus_attr(v)
        return a

    def boolean(self, v: bool) -> IntegerAttr:
        return self.true if v else self.false

    def string(self, v: str) -> StringAttr:
        a = self._str.get(v)
        if a is None:
            a = self._str[v] = StringAttr(v)
        return a


def fail(message: str) -> NoReturn:
    raise PassFailure(message)


def sequence_label(seq: aie.RuntimeSequenceOp) -> str:
    return f"aie.runtime_sequence @{seq.sym_name}" if seq.sym_name else "aie.runtime_sequence"


class DeviceTables:
    """Tiles by (col, row) and the shim-allocation resolver of one device."""

    def __init__(self, device: aie.DeviceOp):
        self.device = device
        self.target = device.device
        self.tiles: dict[tuple[int, int], aie.TileOp] = {}
        for op in device.body.block.ops:
            if isinstance(op, aie.TileOp):
                self.tiles.setdefault((op.col, op.row), op)
        self.allocations = ShimAllocations(device)

    def controller_id(self, col: int, row: int) -> int | None:
        """pkt_id of the tile's `controller_id = #aie.packet_info<...>`, if any."""
        tile = self.tiles.get((col, row))
        if tile is None:
            return None
        attr = tile.attributes.get("controller_id")
        if isinstance(attr, aie.PacketInfoAttr):
            return attr.pkt_id.data
        return None


def element_bits(value: SSAValue, who: str) -> int:
    t = value.type
    if not isinstance(t, MemRefType):
        fail(f"{who}: expected a memref, got {t}")
    try:
        return aiex.element_bits(t)
    except Exception:
        fail(f"{who}: unsupported element type {t.element_type}")


def _static(values, what: str, who: str) -> list[int]:
    out = [int(v) for v in values.get_values()]
    if any(v == DYNAMIC_INDEX for v in out):
        fail(f"{who}: {what} with dynamic offsets, sizes or strides cannot be traced to a host buffer")
    return out


def _layout_offset(t: MemRefType) -> int:
    off = t.get_offset()
    return 0 if off is None else int(off)


def _is_row_major(t: MemRefType) -> bool:
    shape = list(t.get_shape())
    strides = list(t.get_strides())
    if not shape:
        return True
    if strides[-1] != 1:
        return False
    product = 1
    for d in range(len(shape) - 1, 0, -1):
        product *= shape[d]
        if shape[d - 1] > 1 and strides[d - 1] != product:
            return False
    return True


def trace_to_argument(value: SSAValue, who: str) -> tuple[BlockArgument, int]:
    """Root block argument of `value` and the byte offset of `value` within it.

    Follows memref.subview (static, unit strides, row-major contiguous result),
    memref.reinterpret_cast (static offset), memref.cast and memref.view (constant
    byte shift). The offset of a subview or reinterpret_cast is the change of the
    layout offset, (result - source) elements, so a chain telescopes to the final
    view's position in the root buffer (spec §4.3 step 2; PD for reinterpret_cast,
    whose static offset mlir-aie drops).
    """
    offset = 0
    cur = value
    while True:
        if isinstance(cur, BlockArgument):
            return cur, offset
        owner = cur.owner
        if isinstance(owner, memref.CastOp):
            cur = owner.source
            continue
        if isinstance(owner, memref.SubviewOp):
            if owner.offsets or owner.sizes or owner.strides:
                fail(f"{who}: memref.subview with dynamic offsets, sizes or strides cannot be traced to a host buffer")
            strides = _static(owner.static_strides, "memref.subview", who)
            if any(s != 1 for s in strides):
                fail(f"{who}: memref.subview with non-unit strides {strides} is not a contiguous slice of the host buffer")
            src, res = owner.source.type, owner.result.type
            if not _is_row_major(res):
                fail(f"{who}: memref.subview result {res} is not row-major contiguous")
            src_off, res_off = _layout_offset(src), _layout_offset(res)
            if DYNAMIC_INDEX in (src_off, res_off):
                fail(f"{who}: memref.subview with a dynamic layout offset cannot be traced to a host buffer")
            offset += (res_off - src_off) * aiex.element_bits(src) // 8
            cur = owner.source
            continue
        if isinstance(owner, memref.ReinterpretCastOp):
            if owner.offsets:
                fail(f"{who}: memref.reinterpret_cast with a dynamic offset cannot be traced to a host buffer")
            res_off = _static(owner.static_offsets, "memref.reinterpret_cast", who)[0]
            src_off = _layout_offset(owner.source.type)
            if src_off == DYNAMIC_INDEX:
                fail(f"{who}: memref.reinterpret_cast of a dynamic-offset memref cannot be traced to a host buffer")
            offset += (res_off - src_off) * aiex.element_bits(owner.source.type) // 8
            cur = owner.source
            continue
        if isinstance(owner, memref.ViewOp):
            if owner.sizes:
                fail(f"{who}: memref.view with dynamic sizes cannot be traced to a host buffer")
            shift = owner.byte_shift.owner
            if not isinstance(shift, ConstantOp) or not isinstance(shift.value, IntegerAttr):
                fail(f"{who}: memref.view byte shift must be an arith.constant")
            offset += shift.value.value.data
            cur = owner.source
            continue
        name = owner.name if isinstance(owner, Operation) else "?"
        fail(
            f"{who}: buffer must be a runtime-sequence argument or a chain of memref.subview/"
            f"reinterpret_cast/cast/view of one (found '{name}')"
        )


class HostBuffers:
    """arg_idx of each runtime-sequence argument: its index among memref arguments (§7)."""

    def __init__(self, seq: aie.RuntimeSequenceOp):
        self.seq = seq
        self.index: dict[SSAValue, int] = {}
        for arg in seq.body.block.args:
            if isinstance(arg.type, MemRefType):
                self.index[arg] = len(self.index)

    def arg_idx(self, root: BlockArgument, who: str) -> int:
        idx = self.index.get(root)
        if idx is None:
            fail(f"{who}: buffer is not a memref argument of the enclosing {sequence_label(self.seq)}")
        if idx >= tm.MAX_HOST_BUFFERS:
            fail(
                f"{who}: host buffer {aie.value_name(root)} is memref argument {idx}; at most {tm.MAX_HOST_BUFFERS} "
                f"host buffers are supported (arg_idx 0..{tm.MAX_HOST_BUFFERS - 1}, kMaxHostBOs)"
            )
        return idx


def walk_sequence(seq: aie.RuntimeSequenceOp, skip_into: tuple[type, ...] = ()) -> Iterator[Operation]:
    """Pre-order walk of a sequence body that does not enter ops of `skip_into`."""
    stack: list[Iterator[Operation]] = [iter(list(seq.body.block.ops))]
    while stack:
        try:
            op = next(stack[-1])
        except StopIteration:
            stack.pop()
            continue
        yield op
        if op.regions and not isinstance(op, skip_into):
            inner = [o for r in op.regions for b in r.blocks for o in b.ops]
            stack.append(iter(inner))
