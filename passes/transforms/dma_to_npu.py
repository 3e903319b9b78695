"""aie-dma-to-npu (mlir-aie AIEDmaToNpu.cpp, spec §4.3 and §4.5).

Lowers what remains of a runtime sequence to the ops gemm-translate encodes:

- `aiex.npu.dma_memcpy_nd` -> blockwrite of the BD, address_patch, optional controller
  maskwrite32, queue write32 (in that order; the patch must follow the BD write,
  which would otherwise clobber word 1). (col, dir, ch) come from the `metadata`
  allocation or objectfifo (passes/objectfifo_alloc.py); row 0.
  BD: dims per §4.1 (a contiguous row-major pattern is linear on the shim),
  buffer_offset 0, valid_bd 1, burst per device, AxCache 2 (spec §5 PD).
  Patch: BD base + 4, arg_idx = the root argument's index among memref arguments,
  arg_plus = Σ oᵢ·tᵢ·eb/8 + the byte offset of the subview/cast chain.
  Queue: bd | repeat<<16 | token<<31 with repeat = s3-1 (or `repeat_count`) and the
  token forced on for S2MM.
- `aiex.npu.dma_wait {symbol}` -> `aiex.npu.sync(col, 0, dir, ch, 1, 1)`.
- `aiex.npu.push_queue` -> [maskwrite32(ctrl, pktId<<8, 0x1F00) when it issues a token
  on a tile with `controller_id`] + write32(ctrl+4, queue word).
- Dead memref.subview/reinterpret_cast/cast/view and arith.constant ops left in the
  sequence body are erased (as mlir-aie's eraseDeadArith), so the result translates.
- `aiex.npu.writebd` -> `aiex.npu.blockwrite` at the absolute BD base (no column/row)
  of a `memref.global "private" constant @blockwrite_data_N`. Identical payloads
  share one global; N counts up from one past the largest existing
  `blockwrite_data_N`, in order of first appearance.

Every §8 limit that applies is checked; errors are one line naming the memref argument.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import memref
from xdsl.dialects.arith import ConstantOp
from xdsl.dialects.builtin import ModuleOp, SymbolRefAttr
from xdsl.ir import Operation
from xdsl.passes import ModulePass

from passes import bd_layout
from passes import target_model as tm
from passes.dialects import aie, aiex
from passes.dialects import syntax as sx
from passes.dialects.memref_ext import GlobalOp
from passes.transforms.lowering_common import (
    LOC as _LOC,
    AttrCache,
    DeviceTables,
    HostBuffers,
    element_bits,
    fail,
    trace_to_argument,
    walk_sequence,
)

BLOCKWRITE_PREFIX = "blockwrite_data_"
ZERO_PADDING = tuple(f"d{i}_zero_{w}" for i in range(3) for w in ("before", "after"))
_BLOCKWRITE_NAME = re.compile(r"blockwrite_data_(\d+)$")


class _Globals:
    """Blockwrite payload globals of one device: deduplicated, named deterministically."""

    def __init__(self, device: aie.DeviceOp):
        self.device = device
        self.by_words: dict[tuple[int, ...], tuple[GlobalOp, SymbolRefAttr]] = {}
        self.next_id = 0
        for op in device.body.block.ops:
            if not isinstance(op, GlobalOp):
                continue
            m = _BLOCKWRITE_NAME.match(op.sym_name.data)
            if m:
                self.next_id = max(self.next_id, int(m.group(1)) + 1)
            if op.constant is not None and op.type.element_type == sx.I32 and len(op.type.shape) == 1:
                try:
                    self.by_words.setdefault(tuple(op.word_values()), (op, SymbolRefAttr(op.sym_name.data)))
                except ValueError:
                    pass

    def get(self, words: list[int], before: Operation) -> tuple[GlobalOp, SymbolRefAttr]:
        key = tuple(words)
        hit = self.by_words.get(key)
        if hit is None:
            name = f"{BLOCKWRITE_PREFIX}{self.next_id}"
            self.next_id += 1
            glob = GlobalOp.words(name, words)
            self.device.body.block.insert_op_before(glob, before)
            hit = self.by_words[key] = (glob, SymbolRefAttr(name))
        return hit


class _Lowering:
    def __init__(self, device: aie.DeviceOp, tables: DeviceTables, globals_: _Globals, attrs: AttrCache):
        self.device = device
        self.tables = tables
        self.target = tables.target
        self.globals = globals_
        self.attrs = attrs
        self._bd_cache: dict[tuple, tuple[list[int], int]] = {}

    # -- emitted ops ---------------------------------------------------------------
    def write32(self, address: int, value: int) -> aiex.NpuWrite32Op:
        return aiex.NpuWrite32Op.create(
            attributes={"address": self.attrs.ui32(address), "value": self.attrs.ui32(value)}, location=_LOC
        )

    def maskwrite32(self, address: int, value: int, mask: int) -> aiex.NpuMaskWrite32Op:
        a = self.attrs
        return aiex.NpuMaskWrite32Op.create(
            attributes={"address": a.ui32(address), "value": a.ui32(value), "mask": a.ui32(mask)}, location=_LOC
        )

    def blockwrite(self, address: int, words: list[int], seq: aie.RuntimeSequenceOp) -> list[Operation]:
        glob, ref = self.globals.get(words, seq)
        get = memref.GetGlobalOp.create(result_types=[glob.type], properties={"name": ref}, location=_LOC)
        write = aiex.NpuBlockWriteOp.create(operands=[get.memref], attributes={"address": self.attrs.ui32(address)}, location=_LOC
        )
        return [get, write]

    def address_patch(self, addr: int, arg_idx: int, arg_plus: int) -> aiex.NpuAddressPatchOp:
        return aiex.NpuAddressPatchOp.create(
            attributes={
                "addr": self.attrs.ui32(addr),
                "arg_idx": self.attrs.i32(arg_idx),
                "arg_plus": self.attrs.arg_plus(arg_plus),
            },
            location=_LOC,
        )

    def queue_push(self, col: int, row: int, direction: tm.DmaDir, channel: int, bd_id: int, repeat: int, token: bool) -> list[Operation]:
        regs = tm.registers_for_row(row)
        ctrl = tm.tile_address(col, row, regs.ctrl_offset(direction, channel))
        ops: list[Operation] = []
        if token:
            pkt = self.tables.controller_id(col, row)
            if pkt is not None:
                ops.append(self.maskwrite32(ctrl, pkt << tm.CTRL_CONTROLLER_ID_SHIFT, tm.CTRL_CONTROLLER_ID_MASK))
        ops.append(self.write32(ctrl + 4, tm.queue_word(bd_id, repeat, token, regs.queue_bd_mask)))
        return ops

    # -- op lowerings -------------------------------------------------------------
    def bd_words(self, op: aiex.NpuDmaMemcpyNdOp, who: str, eb: int) -> tuple[list[int], int]:
        """(BD words, queue repeat_count) of a memcpy; memoised on everything they depend on."""
        sizes, strides = op.sizes, op.strides
        packet = op.packet
        extra = tuple(op.get_int(k) if op.has(k) else None for k in ("iter_size", "iter_stride", "repeat_count", "burst_length"))
        key = (tuple(sizes), tuple(strides), eb, extra, (packet.pkt_id.data, packet.pkt_type.data) if packet else None)
        hit = self._bd_cache.get(key)
        if hit is not None:
            return hit
        errors = bd_layout.pattern_errors(sizes, strides, eb)
        if errors:
            fail(f"{who}: {errors[0]}")
        dims = bd_layout.hardware_dims(sizes, strides, eb)
        it_size, it_stride, repeat = dims.iteration_size, dims.iteration_stride, dims.repeat_count
        iter_size, iter_stride, repeat_count, burst_length = extra
        if iter_size is not None or iter_stride is not None or repeat_count is not None:
            if sizes[0] > 1:
                fail(f"{who}: iter_size/iter_stride/repeat_count cannot be combined with sizes[0] > 1 (PD)")
            if iter_size is not None:
                if not 1 <= iter_size <= tm.MAX_ITERATION_WRAP:
                    fail(f"{who}: iter_size {iter_size} is outside 1..{tm.MAX_ITERATION_WRAP} (6-bit iteration wrap)")
                it_size = iter_size - 1
            if iter_stride is not None:
                if iter_stride < 0 or (iter_stride * eb) % 32:
                    fail(f"{who}: iter_stride {iter_stride} elements is not a non-negative multiple of 4 bytes")
                w = bd_layout.words(iter_stride, eb)
                if w > tm.MAX_STEP_WORDS:
                    fail(f"{who}: iter_stride {w} words exceeds the 20-bit shim limit (max {tm.MAX_STEP_WORDS})")
                it_stride = w - 1 if w > 0 else 0
            if repeat_count is not None:
                repeat = repeat_count
                if not 0 <= repeat <= tm.MAX_REPEAT_COUNT:
                    fail(f"{who}: repeat_count {repeat} exceeds the 8-bit limit ({tm.MAX_REPEAT_COUNT})")
        try:
            burst = self.target.encode_burst(burst_length or 0)
        except ValueError as e:
            fail(f"{who}: {e}")
        bd = bd_layout.ShimBd(
            buffer_length=dims.buffer_length,
            buffer_offset=0,
            enable_packet=int(packet is not None),
            packet_id=packet.pkt_id.data if packet else 0,
            packet_type=packet.pkt_type.data if packet else 0,
            d0_size=dims.d0_size,
            d0_stride=dims.d0_stride,
            d1_size=dims.d1_size,
            d1_stride=dims.d1_stride,
            d2_stride=dims.d2_stride,
            iteration_size=it_size,
            iteration_stride=it_stride,
            burst=burst,
            valid_bd=1,
        )
        hit = self._bd_cache[key] = (bd.pack(), repeat)
        return hit

    def memcpy(self, op: aiex.NpuDmaMemcpyNdOp, seq: aie.RuntimeSequenceOp, hosts: HostBuffers) -> list[Operation]:
        who = f"aiex.npu.dma_memcpy_nd({aie.value_name(op.memref)})"
        ep = self.tables.allocations.resolve(op.metadata, who)
        if ep.row != 0:
            fail(f"{who}: @{op.metadata} is on tile ({ep.column}, {ep.row}); dma_memcpy_nd drives shim tiles only")
        eb = element_bits(op.memref, who)
        if eb % 8:
            fail(f"{who}: {eb}-bit elements are not byte-addressable")
        bd_id = op.bd_id
        if not 0 <= bd_id < tm.SHIM.bd_count:
            fail(f"{who}: id {bd_id} out of range (shim BDs 0..{tm.SHIM.bd_count - 1})")
        for name in ZERO_PADDING:
            if name in op.attributes and op.get_int(name):
                fail(f"{who}: {name}: zero padding exists on memtile BDs only")
        words, repeat = self.bd_words(op, who, eb)
        root, trace_bytes = trace_to_argument(op.memref, who)
        arg_idx = hosts.arg_idx(root, who)
        offsets = op.offsets
        if any(o < 0 for o in offsets):
            fail(f"{who}: offsets must be >= 0, got {offsets}")
        arg_plus = sum(o * t for o, t in zip(offsets, op.strides)) * eb // 8 + trace_bytes
        if arg_plus % tm.ADDRESS_GRANULE_BYTES:
            fail(f"{who}: start offset {arg_plus} bytes is not {tm.ADDRESS_GRANULE_BYTES}-byte aligned")
        col = ep.column
        bd_addr = tm.shim_bd_address(col, bd_id)
        token = ep.direction == tm.DmaDir.S2MM or op.get_bool("issue_token")
        return [
            *self.blockwrite(bd_addr, words, seq),
            self.address_patch(bd_addr + 4 * tm.SHIM.base_address_word, arg_idx, arg_plus),
            *self.queue_push(col, 0, ep.direction, ep.channel, bd_id, repeat, token),
        ]

    def dma_wait(self, op: aiex.NpuDmaWaitOp) -> list[Operation]:
        symbol = op.get_symbol("symbol")
        ep = self.tables.allocations.resolve(symbol, f"aiex.npu.dma_wait @{symbol}")
        a = self.attrs
        return [
            aiex.NpuSyncOp.create(
                attributes={
                    "column": a.i32(ep.column), "row": a.i32(ep.row), "direction": a.i32(int(ep.direction)),
                    "channel": a.i32(ep.channel), "column_num": a.i32(1), "row_num": a.i32(1),
                },
                location=_LOC,
            )
        ]  # fmt: skip

    def push_queue(self, op: aiex.NpuPushQueueOp) -> list[Operation]:
        g = op.get_int
        return self.queue_push(
            g("column"), g("row"), op.direction, g("channel"), g("bd_id"), g("repeat_count"), op.get_bool("issue_token")
        )

    def writebd(self, op: aiex.NpuWriteBdOp, seq: aie.RuntimeSequenceOp) -> list[Operation]:
        col, row = op.get_int("column"), op.get_int("row")
        if self.target.tile_kind(row) != tm.TileKind.SHIM:
            fail(f"aiex.npu.writebd on tile ({col}, {row}): only shim BDs are supported (memtile/core BD layouts are not modelled)")
        try:
            words = op.shim_bd(self.target).pack()
        except ValueError as e:
            fail(f"aiex.npu.writebd on tile ({col}, {row}): {e}")
        return self.blockwrite(tm.shim_bd_address(col, op.get_int("bd_id")), words, seq)

    def run(self, seq: aie.RuntimeSequenceOp) -> None:
        hosts = HostBuffers(seq)
        for op in list(walk_sequence(seq)):
            if isinstance(op, aiex.NpuDmaMemcpyNdOp):
                new = self.memcpy(op, seq, hosts)
            elif isinstance(op, aiex.NpuDmaWaitOp):
                new = self.dma_wait(op)
            elif isinstance(op, aiex.NpuPushQueueOp):
                new = self.push_queue(op)
            elif isinstance(op, aiex.NpuWriteBdOp):
                new = self.writebd(op, seq)
            else:
                continue
            block = op.parent_block()
            block.insert_ops_before(new, op)
            block.erase_op(op)
        _erase_dead_views(seq)


# Ops that only name a host buffer (or a constant feeding one): once the transfers that
# used them are lowered they are dead, and gemm-translate encodes none of them. mlir-aie
# likewise erases dead arith ops at the end of this pass (eraseDeadArith).
_PURE = (memref.SubviewOp, memref.ReinterpretCastOp, memref.CastOp, memref.ViewOp, ConstantOp)


def _erase_dead_views(seq: aie.RuntimeSequenceOp) -> None:
    for op in reversed(list(seq.body.block.ops)):
        if isinstance(op, _PURE) and not any(r.uses for r in op.results):
            seq.body.block.erase_op(op)


def lower_device(device: aie.DeviceOp) -> None:
    tables = DeviceTables(device)
    lowering = _Lowering(device, tables, _Globals(device), AttrCache())
    for seq in device.sequences:
        lowering.run(seq)


@dataclass(frozen=True)
class DmaToNpu(ModulePass):
    name = "aie-dma-to-npu"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for device in aie.devices(op):
            lower_device(device)


__all__ = ["BLOCKWRITE_PREFIX", "DmaToNpu", "lower_device"]
