"""aie-dma-tasks-to-npu (mlir-aie AIEDMATasksToNPU.cpp, spec §4.4).

- `aiex.dma_configure_task` -> per BD block, in region order: `aiex.npu.writebd`, then
  `aiex.npu.address_patch` for the BD's base-address word. The ops take the place of
  the configure op.
- `aiex.dma_start_task` -> `aiex.npu.push_queue(col, row, dir : ch)` with the task's
  issue_token / repeat_count and the chain's first bd_id.
- `aiex.dma_await_task` -> `aiex.npu.sync(col, row, dir, ch, 1, 1)`; the task must
  issue a token.
- `aiex.dma_free_task` -> nothing.

Each BD: buffer_length = W(len); buffer_offset = By(offset) (kept in word 1 even though
the patch also carries it, spec §7); dims per §4.1 with the §8 checks and
W(s0)·s1·s2 = W(len); a d3 with stride 0 gives no iteration (the task's repeat_count
repeats); next_bd / use_next_bd from `aie.next_bd` (or a `next_bd_id` attribute);
packet from the BD, else from the task; locks from a use_lock pair (an
AcquireGreaterEqual value is negated). The BD's buffer must trace back to a runtime
argument: address_patch(BD base + 4, arg_idx, trace offset + By(offset)).
Only shim tiles are supported; memtile and core BDs (aie.buffer bases) are rejected.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, Operation
from xdsl.passes import ModulePass

from passes import bd_layout
from passes import target_model as tm
from passes.dialects import aie, aiex
from passes.dialects import syntax as sx
from passes.transforms.lowering_common import (
    LOC,
    AttrCache,
    DeviceTables,
    HostBuffers,
    element_bits,
    fail,
    trace_to_argument,
    walk_sequence,
)

TASK_OPS = (aiex.DMAConfigureTaskOp, aiex.DMAConfigureTaskForOp)
ZERO_PADDING = tuple(f"d{i}_zero_{w}" for i in range(3) for w in ("before", "after"))


@dataclass(frozen=True)
class _Task:
    col: int
    row: int
    direction: tm.DmaDir
    channel: int
    issue_token: bool
    repeat_count: int
    first_bd: int


def _skippable(block: Block) -> bool:
    """An entry block holding nothing but `aie.next_bd` (mlir-aie shouldSkipBlock)."""
    return block.first_op is block.last_op and isinstance(block.last_op, aie.NextBdOp)


def _block_bd(block: Block, who: str) -> tuple[aie.DmaBdOp, list[aie.UseLockOp]]:
    bds: list[aie.DmaBdOp] = []
    locks: list[aie.UseLockOp] = []
    for op in block.ops:
        if isinstance(op, aie.DmaBdOp):
            bds.append(op)
        elif isinstance(op, aie.UseLockOp):
            locks.append(op)
        elif not isinstance(op, (aie.NextBdOp, aie.EndOp)):
            fail(f"{who}: '{op.name}' cannot be lowered inside a BD block (allowed: aie.dma_bd, aie.use_lock, aie.next_bd, aie.end)")
    if len(bds) != 1:
        fail(f"{who}: each BD block must hold exactly one aie.dma_bd, found {len(bds)}")
    if bds[0].bd_id is None:
        fail(f"{who}: aie.dma_bd({aie.value_name(bds[0].buffer)}) has no bd_id; run aie-assign-runtime-sequence-bd-ids first")
    if len(locks) not in (0, 2):
        fail(f"{who}: a BD block takes 0 or 2 aie.use_lock ops (acquire and release), found {len(locks)}")
    return bds[0], locks


def _lock_fields(locks: list[aie.UseLockOp], col: int, row: int, who: str) -> dict[str, int]:
    if not locks:
        return {"lock_rel_val": 0, "lock_rel_id": 0, "lock_acq_enable": 0, "lock_acq_val": 0, "lock_acq_id": 0}
    acquire = [u for u in locks if u.action in ("Acquire", "AcquireGreaterEqual")]
    release = [u for u in locks if u.action == "Release"]
    if len(acquire) != 1 or len(release) != 1:
        fail(f"{who}: the two aie.use_lock ops of a BD must be one acquire and one release")
    ids = []
    for use in (acquire[0], release[0]):
        lock = use.lock.owner
        if not isinstance(lock, aie.LockOp):
            fail(f"{who}: aie.use_lock operand is not an aie.lock")
        if lock.lock_id is None:
            fail(f"{who}: aie.lock has no lock id; give it one (aie.lock(%tile, id))")
        tile = lock.tile.owner
        if isinstance(tile, aie.TileOp) and (tile.col, tile.row) != (col, row):
            fail(f"{who}: lock on tile ({tile.col}, {tile.row}) used by a BD of tile ({col}, {row}) (PD: a shim BD uses its own tile's locks)")
        ids.append(lock.lock_id)
    acq_val = acquire[0].value
    if acquire[0].action == "AcquireGreaterEqual":
        acq_val = -acq_val  # the hardware reads a negative value as ">="
    return {
        "lock_rel_val": release[0].value,
        "lock_rel_id": ids[1],
        "lock_acq_enable": 1,
        "lock_acq_val": acq_val,
        "lock_acq_id": ids[0],
    }


class _Lowering:
    def __init__(self, device: aie.DeviceOp, tables: DeviceTables, seq: aie.RuntimeSequenceOp):
        self.device = device
        self.target = tables.target
        self.seq = seq
        self.hosts = HostBuffers(seq)
        self.attrs = AttrCache()

    def bd_ops(self, task: aiex.DMAConfigureTaskOp, tile: aie.TileOp, bd: aie.DmaBdOp, locks, next_bd: int | None) -> list[Operation]:
        col, row = tile.col, tile.row
        who = f"aie.dma_bd({aie.value_name(bd.buffer)})"
        eb = element_bits(bd.buffer, who)
        offset, length = bd.offset, bd.length
        if (offset * eb) % 32:
            fail(f"{who}: offset {offset} elements ({offset * eb / 8:g} bytes) is not 4-byte aligned")
        if (length * eb) % 32:
            fail(f"{who}: len {length} elements ({length * eb / 8:g} bytes) is not a multiple of 4 bytes")
        length_words = length * eb // 32
        fields = {k: 0 for k in ("d0_size", "d0_stride", "d1_size", "d1_stride", "d2_stride", "iteration_size", "iteration_stride")}
        dims = bd.dims
        if len(dims) > 4:
            fail(f"{who}: at most 4 dimensions, got {len(dims)}")
        if dims:
            padded = [(1, 0)] * (4 - len(dims)) + list(dims)
            sizes = [s for s, _ in padded]
            strides = [t for _, t in padded]
            errors = bd_layout.pattern_errors(sizes, strides, eb)
            if errors:
                fail(f"{who}: {errors[0]}")
            hw = bd_layout.hardware_dims(sizes, strides, eb)
            pattern_words = bd_layout.words(sizes[3], eb) * sizes[2] * sizes[1]
            if pattern_words != length_words:
                fail(
                    f"{who}: len {length} elements ({length_words * 4} bytes) does not match the lowest three "
                    f"dimensions {sizes[1:]} ({pattern_words * 4} bytes); the highest dimension is the "
                    "iteration count and is not part of len"
                )
            if not hw.linear:
                fields.update(
                    d0_size=hw.d0_size, d0_stride=hw.d0_stride, d1_size=hw.d1_size,
                    d1_stride=hw.d1_stride, d2_stride=hw.d2_stride,
                )  # fmt: skip
            fields.update(iteration_size=hw.iteration_size, iteration_stride=hw.iteration_stride)
        packet = bd.packet or task.packet
        burst = sx.int_of(bd.attributes.get("burst_length"), 0)
        try:
            self.target.encode_burst(burst)
        except ValueError as e:
            fail(f"{who}: {e}")
        for name in ZERO_PADDING:
            if sx.int_of(bd.attributes.get(name), 0):
                fail(f"{who}: {name}: zero padding exists on memtile BDs only")
        bd_id = bd.bd_id
        values = {
            "column": col, "row": row, "bd_id": bd_id,
            "buffer_length": length_words, "buffer_offset": offset * eb // 8,
            "enable_packet": int(packet is not None), "out_of_order_id": 0,
            "packet_id": packet.pkt_id.data if packet else 0, "packet_type": packet.pkt_type.data if packet else 0,
            "d2_size": 0, "iteration_current": 0,
            "next_bd": next_bd or 0, "use_next_bd": int(next_bd is not None), "valid_bd": 1,
            "burst_length": burst,
            **fields, **_lock_fields(locks, col, row, who),
            **{name: 0 for name in ZERO_PADDING},
        }  # fmt: skip
        i32 = self.attrs.i32
        write = aiex.NpuWriteBdOp.create(attributes={k: i32(v) for k, v in values.items()}, location=LOC)
        root, trace_bytes = trace_to_argument(bd.buffer, who)
        arg_idx = self.hosts.arg_idx(root, who)
        regs = tm.registers_for_row(row)
        patch = aiex.NpuAddressPatchOp.create(
            attributes={
                "addr": self.attrs.ui32(tm.tile_address(col, row, regs.bd_offset(bd_id)) + 4 * regs.base_address_word),
                "arg_idx": i32(arg_idx),
                "arg_plus": self.attrs.arg_plus(trace_bytes + offset * eb // 8),
            },
            location=LOC,
        )
        return [write, patch]

    def configure(self, task: aiex.DMAConfigureTaskOp) -> _Task:
        tile = task.tile_op
        col, row = tile.col, tile.row
        who = f"aiex.dma_configure_task(tile ({col}, {row}), {task.direction.name}, {task.channel})"
        if self.target.tile_kind(row) != tm.TileKind.SHIM:
            fail(
                f"{who}: only shim tiles are supported; BDs of memtile and core tiles (aie.buffer bases) "
                "are not lowered by this project"
            )
        if not 0 <= task.channel < tm.SHIM.channels_per_dir:
            fail(f"{who}: channel {task.channel} out of range (shim has 0..{tm.SHIM.channels_per_dir - 1})")
        blocks = list(task.body.blocks)
        if not blocks:
            fail(f"{who}: the task has no BD")
        parts: dict[Block, tuple[aie.DmaBdOp, list[aie.UseLockOp]]] = {}
        for i, block in enumerate(blocks):
            if i == 0 and _skippable(block):
                continue
            parts[block] = _block_bd(block, who)
        if not parts:
            fail(f"{who}: the task has no BD")
        first = blocks[0]
        if first not in parts:
            first = first.last_op.dest
            if first not in parts:
                fail(f"{who}: the entry aie.next_bd does not lead to a BD block")
        new_ops: list[Operation] = []
        for block, (bd, locks) in parts.items():
            next_bd = None
            term = block.last_op
            if isinstance(term, aie.NextBdOp):
                if "next_bd_id" in bd.attributes:
                    fail(f"{who}: aie.dma_bd has both a next_bd_id attribute and an aie.next_bd terminator")
                dest = parts.get(term.dest)
                if dest is None:
                    fail(f"{who}: aie.next_bd must lead to a block holding an aie.dma_bd")
                next_bd = dest[0].bd_id
            elif "next_bd_id" in bd.attributes:
                next_bd = sx.int_of(bd.attributes["next_bd_id"])
            new_ops += self.bd_ops(task, tile, bd, locks, next_bd)
        task.parent_block().insert_ops_before(new_ops, task)
        return _Task(col, row, task.direction, task.channel, task.issue_token, task.repeat_count, parts[first][0].bd_id)

    def run(self) -> None:
        lowered: dict[aiex.DMAConfigureTaskOp, _Task] = {}
        configures: list[aiex.DMAConfigureTaskOp] = []

        def task_info(op: Operation, what: str) -> _Task:
            owner = op.task.owner
            info = lowered.get(owner)
            if info is None:
                if isinstance(owner, aiex.DMAConfigureTaskForOp):
                    fail(f"{what}: task @{owner.alloc} is a dma_configure_task_for; run aie-substitute-shim-dma-allocations first")
                fail(f"{what}: operand is not a lowered aiex.dma_configure_task")
            return info

        for op in list(walk_sequence(self.seq, skip_into=TASK_OPS)):
            if isinstance(op, aiex.DMAConfigureTaskForOp):
                fail(f"aiex.dma_configure_task_for @{op.alloc}: run aie-substitute-shim-dma-allocations first")
            if isinstance(op, aiex.DMAConfigureTaskOp):
                lowered[op] = self.configure(op)
                configures.append(op)
            elif isinstance(op, aiex.DMAStartTaskOp):
                t = task_info(op, "aiex.dma_start_task")
                a = self.attrs
                new = aiex.NpuPushQueueOp.create(
                    attributes={
                        "column": a.i32(t.col), "row": a.i32(t.row), "direction": a.string(t.direction.name),
                        "channel": a.i32(t.channel), "issue_token": a.boolean(t.issue_token),
                        "repeat_count": a.i32(t.repeat_count), "bd_id": a.i32(t.first_bd),
                    },
                    location=LOC,
                )  # fmt: skip
                _replace(op, [new])
            elif isinstance(op, aiex.DMAAwaitTaskOp):
                t = task_info(op, "aiex.dma_await_task")
                if not t.issue_token:
                    fail("aiex.dma_await_task: cannot wait on a task that does not issue a token (set issue_token = true)")
                a = self.attrs
                new = aiex.NpuSyncOp.create(
                    attributes={
                        "column": a.i32(t.col), "row": a.i32(t.row), "direction": a.i32(int(t.direction)),
                        "channel": a.i32(t.channel), "column_num": a.i32(1), "row_num": a.i32(1),
                    },
                    location=LOC,
                )  # fmt: skip
                _replace(op, [new])
            elif isinstance(op, aiex.DMAFreeTaskOp):
                task_info(op, "aiex.dma_free_task")
                _replace(op, [])
        for task in configures:
            if task.result.uses:
                user = next(iter(task.result.uses)).operation
                fail(f"aiex.dma_configure_task: result still used by '{user.name}' after lowering")
            task.parent_block().erase_op(task)


def _replace(op: Operation, new: list[Operation]) -> None:
    block = op.parent_block()
    if new:
        block.insert_ops_before(new, op)
    block.erase_op(op)


def lower_device(device: aie.DeviceOp) -> None:
    tables = DeviceTables(device)
    for seq in device.sequences:
        _Lowering(device, tables, seq).run()


@dataclass(frozen=True)
class DmaTasksToNpu(ModulePass):
    name = "aie-dma-tasks-to-npu"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for device in aie.devices(op):
            lower_device(device)
