"""aie-fuse-partitions: one runtime sequence for P partitions of any sequence.

    aie-fuse-partitions{partitions=P shared=A partitioned=B,C layout=per-partition|packed overlap=true}

The body is replicated once per partition. Shared arguments stay once; each
partitioned argument X becomes X_0..X_{P-1} (per-partition) or one X_all holding the
partitions back to back (packed; partition p starts p·size(X) elements in). Argument
order follows the original: A, B_0..B_{P-1}, C_0..C_{P-1}.

Overlap (task form only): partition p+1's leading issues may run before partition p's
trailing awaits/frees, within the shim budgets (≤ 16 BDs per tile, ≤ 4 queued pushes
per channel). A deferred wait is emitted just before the first issue that would
exceed a budget, and all are emitted before partition p+1's own first wait. BD ids are
assigned after fusion, so partitions cannot collide on an id. Sequences using
dma_memcpy_nd (fixed BD ids) or raw npu ops are concatenated without overlap.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from xdsl.context import Context
from xdsl.dialects.builtin import MemRefType, ModuleOp, StridedLayoutAttr
from xdsl.dialects.memref import ReinterpretCastOp
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass

from passes import target_model as tm
from passes.diagnostics import PassFailure
from passes.dialects import aie, aiex
from passes.dialects import syntax as sx
from passes.objectfifo_alloc import ShimAllocationError, ShimAllocations

WAIT_OPS = (aiex.DMAAwaitTaskOp, aiex.DMAFreeTaskOp, aiex.NpuDmaWaitOp, aiex.NpuSyncOp)
TASK_OPS = (aiex.DMAConfigureTaskOp, aiex.DMAConfigureTaskForOp)
FIXED_BD_OPS = (aiex.NpuDmaMemcpyNdOp, aiex.NpuWriteBdOp, aiex.NpuPushQueueOp, aiex.NpuBlockWriteOp)


def _numel(t: MemRefType) -> int:
    n = 1
    for d in t.get_shape():
        n *= d
    return n


@dataclass
class Budget:
    """Shim resources held by issued, not yet retired tasks."""

    allocations: ShimAllocations
    bds: Counter = field(default_factory=Counter)  # tile -> BDs
    queued: Counter = field(default_factory=Counter)  # channel -> pushes
    task_tile: dict = field(default_factory=dict)  # task value -> (tile, channel, bds)
    started: set = field(default_factory=set)

    def locate(self, task: Operation) -> tuple[object, object, int]:
        nbds = len(task.bds)
        if isinstance(task, aiex.DMAConfigureTaskOp):
            t = task.tile_op
            return (t.col, t.row), (t.col, t.row, task.direction, task.channel), nbds
        try:
            ep = self.allocations.resolve(task.alloc, "aie-fuse-partitions")
        except ShimAllocationError as e:
            raise PassFailure(str(e)) from None
        return (ep.column, ep.row), (ep.column, ep.row, ep.direction, ep.channel), nbds

    def fits(self, op: Operation) -> bool:
        if isinstance(op, TASK_OPS):
            tile, _, nbds = self.locate(op)
            return self.bds[tile] + nbds <= tm.SHIM_BD_COUNT
        if isinstance(op, aiex.DMAStartTaskOp):
            _, channel, _ = self.task_tile[op.task]
            return self.queued[channel] + 1 <= tm.TASK_QUEUE_DEPTH
        return True

    def apply(self, op: Operation) -> None:
        if isinstance(op, TASK_OPS):
            loc = self.locate(op)
            self.task_tile[op.result] = loc
            self.bds[loc[0]] += loc[2]
        elif isinstance(op, aiex.DMAStartTaskOp):
            self.queued[self.task_tile[op.task][1]] += 1
            self.started.add(op.task)
        elif isinstance(op, (aiex.DMAAwaitTaskOp, aiex.DMAFreeTaskOp)) and op.task in self.task_tile:
            tile, channel, nbds = self.task_tile.pop(op.task)
            self.bds[tile] -= nbds
            if op.task in self.started:
                self.started.discard(op.task)
                self.queued[channel] -= 1


def _split_waits(ops: list[Operation]) -> tuple[list[Operation], list[Operation], list[Operation]]:
    """(leading issues before the first wait, middle, trailing waits)."""
    first_wait = next((i for i, op in enumerate(ops) if isinstance(op, WAIT_OPS)), len(ops))
    last_issue = max((i for i, op in enumerate(ops) if not isinstance(op, WAIT_OPS)), default=-1)
    tail_start = max(last_issue + 1, first_wait)
    return ops[:first_wait], ops[first_wait:tail_start], ops[tail_start:]


@dataclass(frozen=True)
class FusePartitions(ModulePass):
    name = "aie-fuse-partitions"

    partitions: int = 1
    shared: tuple[str, ...] = ()
    partitioned: tuple[str, ...] = ()
    layout: str = "per-partition"
    overlap: bool = True
    sequence: str | None = None

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if self.partitions < 1:
            raise PassFailure(f"aie-fuse-partitions: partitions must be >= 1, got {self.partitions}")
        if self.layout not in ("per-partition", "packed"):
            raise PassFailure(f"aie-fuse-partitions: layout must be per-partition or packed, got '{self.layout}'")
        seqs = [s for s in op.walk() if isinstance(s, aie.RuntimeSequenceOp)]
        if self.sequence is not None:
            seqs = [s for s in seqs if s.sym_name == self.sequence]
        if len(seqs) != 1:
            raise PassFailure("aie-fuse-partitions: expected exactly one runtime sequence (use sequence=NAME)")
        fuse_sequence(seqs[0], self)


def _arg_roles(seq: aie.RuntimeSequenceOp, opts: FusePartitions) -> list[tuple[SSAValue, str]]:
    names = {arg.name_hint: arg for arg in seq.body.block.args}

    def resolve(key: str) -> SSAValue:
        key = key.lstrip("%")
        if key.isdigit() and int(key) < len(seq.body.block.args):
            return seq.body.block.args[int(key)]
        if key in names:
            return names[key]
        raise PassFailure(f"aie-fuse-partitions: no runtime-sequence argument '{key}' (have: {', '.join('%' + n for n in names if n)})")

    shared = {resolve(k) for k in opts.shared}
    partitioned = {resolve(k) for k in opts.partitioned}
    if shared & partitioned:
        raise PassFailure("aie-fuse-partitions: an argument cannot be both shared and partitioned")
    roles = []
    for arg in seq.body.block.args:
        if arg in partitioned:
            if not isinstance(arg.type, MemRefType):
                raise PassFailure(f"aie-fuse-partitions: partitioned argument %{arg.name_hint} must be a memref")
            roles.append((arg, "partitioned"))
        elif arg in shared or not isinstance(arg.type, MemRefType):
            roles.append((arg, "shared"))
        else:
            raise PassFailure(f"aie-fuse-partitions: argument %{arg.name_hint} is neither shared nor partitioned")
    return roles


def fuse_sequence(seq: aie.RuntimeSequenceOp, opts: FusePartitions) -> None:
    P = opts.partitions
    roles = _arg_roles(seq, opts)
    new_types, new_names, mapping = [], [], []  # mapping: per old arg, per partition -> new arg index
    for arg, role in roles:
        base = arg.name_hint or f"arg{len(new_types)}"
        if role == "shared":
            mapping.append([len(new_types)] * P)
            new_types.append(arg.type)
            new_names.append(base)
        elif opts.layout == "per-partition":
            mapping.append(list(range(len(new_types), len(new_types) + P)))
            new_types.extend([arg.type] * P)
            new_names.extend(f"{base}_{p}" for p in range(P))
        else:
            mapping.append([len(new_types)] * P)
            new_types.append(MemRefType(arg.type.element_type, [P * _numel(arg.type)]))
            new_names.append(f"{base}_all")
    block = Block(arg_types=new_types)
    for value, n in zip(block.args, new_names):
        sx.set_name(value, n)

    body = list(seq.body.block.ops)
    fixed_ids = any(isinstance(o, FIXED_BD_OPS) for o in body)
    bodies: list[list[Operation]] = []
    for p in range(P):
        mapper: dict[SSAValue, SSAValue] = {}
        prologue: list[Operation] = []
        for (arg, role), idx in zip(roles, mapping):
            new = block.args[idx[p]]
            if role == "partitioned" and opts.layout == "packed":
                mapper[arg] = _packed_view(new, arg.type, p, prologue)
            else:
                mapper[arg] = new
        cloned = prologue + [o.clone(value_mapper=mapper) for o in body]
        if opts.layout == "packed":
            _fold_packed_bds(cloned)
            cloned = [o for o in cloned if not (o in prologue and not o.results[0].uses)]
        bodies.append(cloned)

    device = aie.enclosing(seq, aie.DeviceOp)
    ordered = _order(bodies, device, overlap=opts.overlap and not fixed_ids)
    block.add_ops(ordered)
    new_seq = aie.RuntimeSequenceOp.create(regions=[Region(block)], attributes=dict(seq.attributes))
    seq.parent_block().insert_op_after(new_seq, seq)
    seq.detach()
    seq.erase()


def _packed_view(packed: SSAValue, part_type: MemRefType, p: int, prologue: list[Operation]) -> SSAValue:
    """Partition p of a packed argument: a reinterpret_cast the lowering traces."""
    offset = p * _numel(part_type)
    size = _numel(part_type)
    view = ReinterpretCastOp(
        packed, [], [], [], [offset], [size], [1],
        MemRefType(part_type.element_type, [size], StridedLayoutAttr([1], offset)),
    )
    prologue.append(view)
    return view.results[0]


def _fold_packed_bds(ops: list[Operation]) -> None:
    """A BD on a packed view points at the packed argument plus the view's offset."""
    for top in ops:
        for o in top.walk():
            if isinstance(o, aie.DmaBdOp) and isinstance(o.buffer.owner, ReinterpretCastOp):
                cast = o.buffer.owner
                offset = cast.properties["static_offsets"].get_values()[0]
                o.operands[0] = cast.operands[0]
                o.attributes["offset"] = sx.KI32.make(o.offset + offset)


def _order(bodies: list[list[Operation]], device: aie.DeviceOp | None, overlap: bool) -> list[Operation]:
    if not overlap or device is None or len(bodies) == 1:
        return [o for body in bodies for o in body]
    budget = Budget(ShimAllocations(device))
    out: list[Operation] = []

    def emit(op: Operation) -> None:
        budget.apply(op)
        out.append(op)

    pending: list[Operation] = []
    for body in bodies:
        lead, middle, tail = _split_waits(body)
        for op in lead:
            while pending and not budget.fits(op):
                emit(pending.pop(0))
            emit(op)
        for op in pending + middle:
            emit(op)
        pending = tail
    for op in pending:
        emit(op)
    return out
