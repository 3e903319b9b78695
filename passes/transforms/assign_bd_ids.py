"""aie-assign-runtime-sequence-bd-ids (mlir-aie AIEAssignRuntimeSequenceBDIDs.cpp, spec §4.2).

Gives every `aie.dma_bd` of every `aiex.dma_configure_task` a `bd_id`:
- straight-line sequences only: scf.for / scf.if / scf.while are rejected;
- ids are per tile; within one task the user's `bd_id`s are taken first, then each
  remaining BD gets the lowest id free on that tile;
- `aiex.dma_await_task` and `aiex.dma_free_task` return the task's ids to the pool
  (a free after an await of the same task is the usual "wait, then release" idiom);
  the free ops are erased, as in mlir-aie;
- an await needs `issue_token` and an earlier token-issuing start on its channel;
- running out of ids is an error ("Too many simultaneously active buffer descriptors").
`dma_memcpy_nd` carries its own `id` and is not considered (spec §4.2).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import scf
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation
from xdsl.passes import ModulePass

from passes import target_model as tm
from passes.dialects import aie, aiex
from passes.dialects import syntax as sx
from passes.transforms.lowering_common import fail, sequence_label, walk_sequence

CONTROL_FLOW = (scf.ForOp, scf.IfOp, scf.WhileOp)
TASK_OPS = (aiex.DMAConfigureTaskOp, aiex.DMAConfigureTaskForOp)


class _TilePool:
    """BD ids in use on one tile (BdIdGenerator: lowest free id first)."""

    def __init__(self, col: int, row: int):
        self.col, self.row = col, row
        self.count = tm.registers_for_row(row).bd_count
        self.used = [False] * self.count

    def take(self, bd: int) -> bool:
        if not 0 <= bd < self.count or self.used[bd]:
            return False
        self.used[bd] = True
        return True

    def next_free(self) -> int | None:
        for bd in range(self.count):
            if not self.used[bd]:
                self.used[bd] = True
                return bd
        return None

    def release(self, bd: int) -> bool:
        if 0 <= bd < self.count and self.used[bd]:
            self.used[bd] = False
            return True
        return False


_BD_ATTRS: dict[int, object] = {}


def _bd_attr(bd_id: int):
    attr = _BD_ATTRS.get(bd_id)
    if attr is None:
        attr = _BD_ATTRS[bd_id] = sx.KI32.make(bd_id)
    return attr


def _task_key(task: aiex.DMAConfigureTaskOp) -> tuple[int, int, int, int]:
    tile = task.tile_op
    return tile.col, tile.row, int(task.direction), task.channel


def _task_of(op: Operation, what: str) -> aiex.DMAConfigureTaskOp:
    owner = op.task.owner
    if isinstance(owner, aiex.DMAConfigureTaskForOp):
        fail(f"{what}: task @{owner.alloc} is still a dma_configure_task_for; run aie-substitute-shim-dma-allocations first")
    if not isinstance(owner, aiex.DMAConfigureTaskOp):
        fail(f"{what}: operand is not the result of an aiex.dma_configure_task")
    return owner


class _SequenceAllocator:
    def __init__(self, seq: aie.RuntimeSequenceOp):
        self.seq = seq
        self.pools: dict[tuple[int, int], _TilePool] = {}
        self.awaited: set[aiex.DMAConfigureTaskOp] = set()
        self.tokens: dict[tuple[int, int, int, int], int] = {}

    def pool(self, task: aiex.DMAConfigureTaskOp) -> _TilePool:
        tile = task.tile_op
        key = (tile.col, tile.row)
        pool = self.pools.get(key)
        if pool is None:
            pool = self.pools[key] = _TilePool(*key)
        return pool

    def allocate(self, task: aiex.DMAConfigureTaskOp) -> None:
        pool = self.pool(task)
        bds = task.bds
        for bd in bds:
            user = bd.bd_id
            if user is None:
                continue
            if not 0 <= user < pool.count:
                fail(
                    f"aiex.dma_configure_task on tile ({pool.col}, {pool.row}): bd_id {user} is out of range "
                    f"(0..{pool.count - 1})"
                )
            if not pool.take(user):
                fail(
                    f"aiex.dma_configure_task on tile ({pool.col}, {pool.row}): buffer descriptor ID {user} is "
                    "already in use; await or free the task holding it (aiex.dma_await_task / aiex.dma_free_task) "
                    "before reusing it"
                )
        for bd in bds:
            if bd.bd_id is not None:
                continue
            bd_id = pool.next_free()
            if bd_id is None:
                fail(
                    f"aiex.dma_configure_task: Too many simultaneously active buffer descriptors on tile "
                    f"({pool.col}, {pool.row}): up to {pool.count} can be in use at once; emit "
                    "aiex.dma_await_task or aiex.dma_free_task to reuse BDs"
                )
            bd.attributes["bd_id"] = _bd_attr(bd_id)

    def start(self, op: aiex.DMAStartTaskOp) -> None:
        task = _task_of(op, "aiex.dma_start_task")
        if task.issue_token:
            key = _task_key(task)
            self.tokens[key] = self.tokens.get(key, 0) + 1

    def recycle(self, task: aiex.DMAConfigureTaskOp, what: str, is_await: bool) -> None:
        pool = self.pool(task)
        after_await = task in self.awaited
        for bd in task.bds:
            if bd.bd_id is None:
                fail(f"{what}: the task's BDs have no bd_id")
            if not pool.release(bd.bd_id) and not after_await:
                fail(
                    f"{what}: buffer descriptor ID {bd.bd_id} on tile ({pool.col}, {pool.row}) is not in use; "
                    "it was already released by an earlier aiex.dma_free_task or aiex.dma_await_task"
                )
        if is_await:
            self.awaited.add(task)

    def await_(self, op: aiex.DMAAwaitTaskOp) -> None:
        task = _task_of(op, "aiex.dma_await_task")
        if not task.issue_token:
            fail("aiex.dma_await_task: the awaited task does not issue a token (set issue_token = true on its aiex.dma_configure_task)")
        key = _task_key(task)
        if self.tokens.get(key, 0) < 1:
            col, row, direction, ch = key
            fail(
                f"aiex.dma_await_task: no task-completion token can have been issued on tile ({col}, {row}) "
                f"{tm.DmaDir(direction).name}:{ch} before this await; the sequence would block forever "
                "(start an issue_token task on that channel first)"
            )
        self.tokens[key] -= 1
        self.recycle(task, "aiex.dma_await_task", True)

    def free(self, op: aiex.DMAFreeTaskOp) -> None:
        self.recycle(_task_of(op, "aiex.dma_free_task"), "aiex.dma_free_task", False)


def assign_sequence(seq: aie.RuntimeSequenceOp) -> None:
    ops = list(walk_sequence(seq, skip_into=TASK_OPS))
    for op in ops:
        if isinstance(op, CONTROL_FLOW):
            fail(
                f"{sequence_label(seq)}: '{op.name}' is runtime control flow, which a static instruction stream "
                "cannot encode; BD ids are assigned on straight-line sequences only (unroll loops and fold branches before lowering)"
            )
    alloc = _SequenceAllocator(seq)
    frees: list[aiex.DMAFreeTaskOp] = []
    for op in ops:
        if isinstance(op, aiex.DMAConfigureTaskOp):
            alloc.allocate(op)
        elif isinstance(op, aiex.DMAConfigureTaskForOp):
            fail(
                f"aiex.dma_configure_task_for @{op.alloc}: run aie-substitute-shim-dma-allocations before "
                "aie-assign-runtime-sequence-bd-ids"
            )
        elif isinstance(op, aiex.DMAStartTaskOp):
            alloc.start(op)
        elif isinstance(op, aiex.DMAAwaitTaskOp):
            alloc.await_(op)
        elif isinstance(op, aiex.DMAFreeTaskOp):
            alloc.free(op)
            frees.append(op)
    for op in frees:
        op.parent_block().erase_op(op)


@dataclass(frozen=True)
class AssignRuntimeSequenceBdIds(ModulePass):
    name = "aie-assign-runtime-sequence-bd-ids"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for device in aie.devices(op):
            for seq in device.sequences:
                assign_sequence(seq)
