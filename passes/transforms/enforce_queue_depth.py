"""aie-npu-enforce-queue-depth: never more than TASK_QUEUE_DEPTH pushes outstanding
on a DMA channel.

A shim task queue holds 4 tasks; a push onto a full queue is silently dropped
(spec §8, §10). Per channel (col, row, dir, ch), in program order:

- every push (`aiex.npu.push_queue`, or `aiex.npu.write32` to a task-queue register)
  takes a queue slot;
- a sync on the channel consumes the TCT of the oldest token-issuing push whose token
  is still unconsumed, which retires that push and every push before it on the channel
  (in-order execution);
- a retired shim S2MM push D also retires every push made before D on the shim MM2S
  channels that feed D's channel (the completion rule of aie-verify-buffer-bindings,
  so the two passes agree: after this pass the verifier finds no 5th push);
- a mask-poll of the channel's status register that proves Task_Queue_Size < 4 leaves
  at most 3 pushes queued (the oldest ones have started).

Before a push that would be the 5th outstanding one, the pass inserts
`aiex.npu.maskpoll {address = <status register of the channel>, mask = 4 << 20,
value = 0}`: it returns once Task_Queue_Size bit 22 (set only when 4 tasks are queued)
clears, which is the poll mlir-aie inserts. The rule and the register are documented
in docs/verification.md. Runtime scf.for/scf.if is rejected (straight-line only).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from passes import target_model as tm
from passes.dialects import aie, aiex
from passes.sequence_events import (
    Channel,
    CompletionModel,
    Poll,
    Push,
    SequenceDecoder,
    Sync,
    dataflow_feeds,
)

PASS_NAME = "aie-npu-enforce-queue-depth"

# Poll "Task_Queue_Size bit 22 == 0": the 3-bit field [22:20] reads 4 only when the
# queue is full, so this is "there is space" (mlir-aie: address 0x1D228 for MM2S0,
# mask 4194304, value 0).
QUEUE_FULL_MASK = tm.TASK_QUEUE_DEPTH << tm.STATUS_TASK_QUEUE_SIZE_SHIFT
assert QUEUE_FULL_MASK & tm.STATUS_TASK_QUEUE_SIZE_MASK == QUEUE_FULL_MASK


def queue_space_poll(channel: Channel) -> aiex.NpuMaskPollOp:
    """The maskpoll that blocks until `channel`'s task queue has a free slot."""
    return aiex.NpuMaskPollOp.make(address=channel.status_address, value=0, mask=QUEUE_FULL_MASK)


def enforce_sequence(device: aie.DeviceOp, seq: aie.RuntimeSequenceOp) -> int:
    """Insert polls into one runtime sequence; returns how many were inserted."""
    decoder = SequenceDecoder(device, PASS_NAME)
    model = CompletionModel(dataflow_feeds(device))
    block = seq.body.block
    inserted = 0
    for op in list(block.ops):
        polled: set[Channel] = set()
        for ev in decoder.events(op):
            if isinstance(ev, Push):
                if model.queued(ev.channel) >= tm.TASK_QUEUE_DEPTH:
                    if ev.channel in polled:
                        raise decoder.fail(
                            f"'{op.name}' pushes more than {tm.TASK_QUEUE_DEPTH} tasks onto {ev.channel.label} "
                            "at once: no poll can be inserted between them"
                        )
                    block.insert_op_before(queue_space_poll(ev.channel), op)
                    polled.add(ev.channel)
                    inserted += 1
                    model.poll(ev.channel, tm.TASK_QUEUE_DEPTH - 1)
                model.push(ev.channel, ev.token)
            elif isinstance(ev, Sync):
                for ch in ev.channels:
                    model.sync(ch)  # a hanging sync is the verifier's business
            elif isinstance(ev, Poll):
                if ev.max_queued is not None:
                    model.poll(ev.channel, ev.max_queued)
    return inserted


@dataclass(frozen=True)
class EnforceQueueDepth(ModulePass):
    """Insert a queue-space maskpoll before any push that could overflow a task queue."""

    name = "aie-npu-enforce-queue-depth"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for device, seq in aie.runtime_sequences(op):
            enforce_sequence(device, seq)
