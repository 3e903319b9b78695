"""A runtime sequence read as DMA events: BD writes, patches, queue pushes, syncs, polls.

Both the pre-lowering form (`aiex.npu.push_queue`, `aiex.npu.writebd`) and the lowered
form (`aiex.npu.blockwrite` of a `memref.global`, `aiex.npu.write32` to a task-queue
register) decode to the same events, by register address through target_model, so the
queue-depth pass and the buffer-binding verifier see one model of the sequence.

`CompletionModel` is the bookkeeping both passes share (docs/verification.md): which
pushes are known complete or known to have left their task queue, from syncs (TCTs
consumed in push order), from drains completing the fills that feed them
(`dataflow_feeds`, the design's objectfifo graph) and from queue-space polls.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import NamedTuple

from xdsl.dialects.arith import ConstantOp
from xdsl.dialects.builtin import MemRefType
from xdsl.dialects.memref import GetGlobalOp
from xdsl.ir import Operation

from passes import target_model as tm
from passes.diagnostics import PassFailure
from passes.dialects import aie, aiex
from passes.dialects.memref_ext import GlobalOp
from passes.objectfifo_alloc import SHIM_ALLOC_SUFFIX, ShimAllocationError, shim_channel_grants


class Channel(NamedTuple):
    """One DMA channel of one tile: (column, row, direction, channel index)."""

    col: int
    row: int
    direction: tm.DmaDir
    channel: int

    @property
    def label(self) -> str:
        where = f"col {self.col}" if self.row == 0 else f"tile ({self.col}, {self.row})"
        return f"{where} {self.direction.name}{self.channel}"

    @property
    def status_address(self) -> int:
        regs = tm.registers_for_row(self.row)
        return tm.tile_address(self.col, self.row, regs.status_offset(self.direction, self.channel))


BdKey = tuple[int, int, int]  # (col, row, bd_id)


# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Push:
    channel: Channel
    bd: int
    repeat: int
    token: bool


@dataclass(slots=True)
class Sync:
    channels: tuple[Channel, ...]


@dataclass(slots=True)
class Poll:
    """A mask-poll of a channel's status register; `max_queued` is what it proves
    about Task_Queue_Size once it returns (None: nothing about the queue)."""

    channel: Channel
    max_queued: int | None


@dataclass(slots=True)
class BdWrite:
    """Register writes into one BD: word index -> (value, mask). `words` is None when a
    whole BD is written whose layout is not modelled (memtile/core writebd)."""

    bd: BdKey
    words: dict[int, tuple[int, int]] | None


@dataclass(slots=True)
class Patch:
    """An address_patch; `bd` is None when `addr` is not a BD base-address word."""

    bd: BdKey | None
    addr: int
    arg_idx: int
    arg_plus: int


Event = Push | Sync | Poll | BdWrite | Patch


# ---------------------------------------------------------------------------
# Register decoding
# ---------------------------------------------------------------------------


def _register_tables() -> dict[int, tuple[tm.TileRegisters, dict[int, tuple[str, tm.DmaDir, int]]]]:
    """Row kind -> (register map, tile offset -> ("queue"|"status", dir, ch))."""
    tables = {}
    for kind, regs in tm.REGISTERS.items():
        table: dict[int, tuple[str, tm.DmaDir, int]] = {}
        for d in tm.DmaDir:
            for ch in range(regs.channels_per_dir):
                table[regs.queue_offset(d, ch)] = ("queue", d, ch)
                table[regs.status_offset(d, ch)] = ("status", d, ch)
        tables[kind] = (regs, table)
    return tables


_TABLES = _register_tables()


def _tile_regs(row: int) -> tuple[tm.TileRegisters, dict[int, tuple[str, tm.DmaDir, int]]]:
    if row == 0:
        return _TABLES[tm.TileKind.SHIM]
    if row == 1:
        return _TABLES[tm.TileKind.MEMTILE]
    return _TABLES[tm.TileKind.CORE]


def bd_word(address: int) -> tuple[BdKey, int] | None:
    """Absolute address -> ((col, row, bd), word index) when it lies in a BD."""
    col, row, off = tm.split_address(address)
    regs, _ = _tile_regs(row)
    rel = off - regs.bd_base
    if rel < 0 or rel >= regs.bd_stride * regs.bd_count:
        return None
    bd, byte = divmod(rel, regs.bd_stride)
    if byte % 4 or byte // 4 >= regs.bd_words:
        return None
    return (col, row, bd), byte // 4


def dma_register(address: int) -> tuple[str, Channel] | None:
    """Absolute address -> ("queue"|"status", channel) for task-queue/status registers."""
    col, row, off = tm.split_address(address)
    _, table = _tile_regs(row)
    hit = table.get(off)
    if hit is None:
        return None
    kind, d, ch = hit
    return kind, Channel(col, row, d, ch)


def queue_push(channel: Channel, value: int) -> Push:
    """Decode a task-queue word (spec §5 'Queue word')."""
    regs, _ = _tile_regs(channel.row)
    return Push(channel, *tm.decode_queue_word(value, regs.queue_bd_mask))


def poll_bound(value: int, mask: int) -> int | None:
    """Largest Task_Queue_Size consistent with `(status & mask) == value`, or None
    when the poll does not constrain the field (or can never succeed)."""
    field = tm.STATUS_TASK_QUEUE_SIZE_MASK
    shift = tm.STATUS_TASK_QUEUE_SIZE_SHIFT
    m = (mask & field) >> shift
    if m == 0:
        return None
    v = (value & field) >> shift
    fits = [f for f in range(field >> shift, -1, -1) if (f & m) == (v & m)]
    if not fits or (value & ~mask & field):
        return None
    return fits[0]


# Ops that emit DMA work but must be lowered before these passes can see it.
HIGH_LEVEL_OPS = (
    aiex.NpuDmaMemcpyNdOp,
    aiex.NpuDmaWaitOp,
    aiex.DMAConfigureTaskOp,
    aiex.DMAConfigureTaskForOp,
    aiex.DMAStartTaskOp,
    aiex.DMAAwaitTaskOp,
    aiex.DMAFreeTaskOp,
)

# Ops that neither touch DMA registers nor block.
INERT_OPS = (
    ConstantOp,
    GetGlobalOp,
    aiex.NpuRtpWriteOp,
    aiex.SetLockOp,
    aiex.NpuLoadPdiOp,
    aiex.NpuPreemptOp,
    aiex.NpuCreateScratchpadOp,
)


class SequenceDecoder:
    """Turns the ops of one runtime sequence into events, in program order."""

    def __init__(self, device: aie.DeviceOp, pass_name: str):
        self.device = device
        self.pass_name = pass_name
        self._globals: dict[str, GlobalOp] | None = None
        self._words_cache: dict[str, list[int]] = {}

    def fail(self, message: str) -> PassFailure:
        return PassFailure(f"{self.pass_name}: {message}")

    def _global_words(self, op: aiex.NpuBlockWriteOp) -> list[int]:
        src = op.data.owner
        if not isinstance(src, GetGlobalOp):
            raise self.fail("aiex.npu.blockwrite data must come from memref.get_global")
        sym = src.name_.string_value()
        words = self._words_cache.get(sym)
        if words is None:
            if self._globals is None:
                self._globals = {
                    g.sym_name.data: g for g in self.device.body.block.ops if isinstance(g, GlobalOp)
                }
            glob = self._globals.get(sym)
            if glob is None:
                raise self.fail(f"aiex.npu.blockwrite: global @{sym} not found in the device")
            try:
                words = glob.word_values()
            except ValueError as e:
                raise self.fail(str(e)) from None
            self._words_cache[sym] = words
        return words

    def _register_write(self, address: int, value: int, mask: int, op: Operation, out: list[Event]) -> None:
        hit = bd_word(address)
        if hit is not None:
            key, word = hit
            if out and isinstance(out[-1], BdWrite) and out[-1].bd == key and out[-1].words is not None:
                out[-1].words[word] = (value, mask)
            else:
                out.append(BdWrite(key, {word: (value, mask)}))
            return
        reg = dma_register(address)
        if reg is None:
            return
        kind, channel = reg
        if kind == "queue":
            if mask != 0xFFFFFFFF:
                raise self.fail(f"{op.name} to the task queue of {channel.label} at {address:#x}: only a full write32 can push a task")
            out.append(queue_push(channel, value))
        # A write to a status register changes nothing we model.

    # -- one handler per op type ----------------------------------------------
    def _push_queue(self, op: aiex.NpuPushQueueOp) -> list[Event]:
        g = op.get_int
        channel = Channel(g("column"), g("row"), op.direction, g("channel"))
        return [Push(channel, g("bd_id"), g("repeat_count"), op.get_bool("issue_token"))]

    def _write32(self, op: aiex.NpuWrite32Op) -> list[Event]:
        addr = op.absolute_address
        out: list[Event] = []
        if addr is not None:
            self._register_write(addr, op.get_int("value") & 0xFFFFFFFF, 0xFFFFFFFF, op, out)
        return out

    def _maskwrite32(self, op: aiex.NpuMaskWrite32Op) -> list[Event]:
        addr = op.absolute_address
        out: list[Event] = []
        if addr is not None:
            self._register_write(addr, op.get_int("value") & 0xFFFFFFFF, op.get_int("mask") & 0xFFFFFFFF, op, out)
        return out

    def _blockwrite(self, op: aiex.NpuBlockWriteOp) -> list[Event]:
        addr = op.absolute_address
        if addr is None:
            return []
        words = self._global_words(op)
        hit = bd_word(addr)
        if hit is not None and hit[1] == 0:
            regs, _ = _tile_regs(hit[0][1])
            if len(words) == regs.bd_words:  # the common case: exactly one whole BD
                return [BdWrite(hit[0], {i: (w, 0xFFFFFFFF) for i, w in enumerate(words)})]
        out: list[Event] = []
        for i, w in enumerate(words):
            self._register_write(addr + 4 * i, w, 0xFFFFFFFF, op, out)
        return out

    def _writebd(self, op: aiex.NpuWriteBdOp) -> list[Event]:
        col, row, bd = op.get_int("column"), op.get_int("row"), op.get_int("bd_id")
        if row != 0:
            return [BdWrite((col, row, bd), None)]
        packed = op.shim_bd(self.device.device).pack()
        return [BdWrite((col, row, bd), {i: (w, 0xFFFFFFFF) for i, w in enumerate(packed)})]

    def _address_patch(self, op: aiex.NpuAddressPatchOp) -> list[Event]:
        addr = op.get_int("addr")
        hit = bd_word(addr)
        key = None
        if hit is not None:
            regs, _ = _tile_regs(hit[0][1])
            if hit[1] == regs.base_address_word:
                key = hit[0]
        return [Patch(key, addr, op.get_int("arg_idx"), op.get_int("arg_plus"))]

    def _sync(self, op: aiex.NpuSyncOp) -> list[Event]:
        g = op.get_int
        col, row, d, ch = g("column"), g("row"), tm.DmaDir(g("direction")), g("channel")
        channels = tuple(
            Channel(c, r, d, ch) for c in range(col, col + g("column_num")) for r in range(row, row + g("row_num"))
        )
        return [Sync(channels)]

    def _maskpoll(self, op: aiex.NpuMaskPollOp) -> list[Event]:
        addr = op.absolute_address
        reg = dma_register(addr) if addr is not None else None
        if reg is None or reg[0] != "status":
            return []
        return [Poll(reg[1], poll_bound(op.get_int("value"), op.get_int("mask")))]

    def _update_from_scratchpad(self, op: aiex.NpuUpdateFromScratchpadOp) -> list[Event]:
        addr = op.absolute_address
        if addr is not None and (bd_word(addr) is not None or dma_register(addr) is not None):
            raise self.fail(
                f"aiex.npu.update_from_scratchpad writes DMA register {addr:#x} at run time: cannot be analysed"
            )
        return []

    def _inert(self, op: Operation) -> list[Event]:
        return []

    _HANDLERS = {
        aiex.NpuPushQueueOp: _push_queue,
        aiex.NpuWrite32Op: _write32,
        aiex.NpuMaskWrite32Op: _maskwrite32,
        aiex.NpuBlockWriteOp: _blockwrite,
        aiex.NpuWriteBdOp: _writebd,
        aiex.NpuAddressPatchOp: _address_patch,
        aiex.NpuSyncOp: _sync,
        aiex.NpuMaskPollOp: _maskpoll,
        aiex.NpuUpdateFromScratchpadOp: _update_from_scratchpad,
        **dict.fromkeys(INERT_OPS, _inert),
    }

    def events(self, op: Operation) -> list[Event]:
        """The DMA events of one op (empty for ops that do not touch DMA state)."""
        handler = self._HANDLERS.get(type(op))
        if handler is not None:
            return handler(self, op)
        if isinstance(op, HIGH_LEVEL_OPS):
            raise self.fail(
                f"'{op.name}' in a runtime sequence: lower it first "
                "(gemm-opt -p aie-dma-tasks-to-npu,aie-dma-to-npu)"
            )
        if op.regions:
            raise self.fail(
                f"runtime control flow ('{op.name}') in a runtime sequence is not supported: "
                "sequences must be straight-line"
            )
        raise self.fail(f"'{op.name}' in a runtime sequence cannot be analysed")


def memref_bytes(t: MemRefType) -> int | None:
    """Size of a memref in bytes, or None when a dimension is dynamic."""
    count = 1
    for d in t.get_shape():
        if d < 0:
            return None
        count *= d
    return count * aiex.element_bits(t) // 8


# ---------------------------------------------------------------------------
# Dataflow: which shim MM2S channels feed which shim S2MM channels
# ---------------------------------------------------------------------------


def fifo_shim_channels(device: aie.DeviceOp) -> dict[str, list[Channel]]:
    """Adapter: objectfifo symbol -> the shim channels it uses (one per shim endpoint).

    An explicit `aie.shim_dma_allocation` named after the fifo (or FIFO_shim_alloc)
    wins; every other fifo with a shim endpoint gets the channels mlir-aie's objectfifo
    lowering would grant (passes/objectfifo_alloc.py). Raises ShimAllocationError
    when that rule fails (e.g. more fifos than channels).
    """
    fifos = [op for op in device.body.block.ops if isinstance(op, aie.ObjectFifoOp)]
    out: dict[str, list[Channel]] = {}
    for ep in shim_channel_grants(fifos):
        out.setdefault(ep.symbol, []).append(Channel(ep.column, ep.row, ep.direction, ep.channel))
    explicit: dict[str, list[Channel]] = {}
    for op in device.walk_type(aie.ShimDmaAllocationOp):
        ch = [Channel(op.column, 0, op.direction, op.channel)]
        explicit[op.sym_name] = ch
        if op.sym_name.endswith(SHIM_ALLOC_SUFFIX):
            explicit.setdefault(op.sym_name[: -len(SHIM_ALLOC_SUFFIX)], ch)
    out.update({name: chans for name, chans in explicit.items() if name in out})
    return out


@dataclass(frozen=True)
class Feeds:
    """S2MM channel -> the MM2S channels whose data it depends on; table None = every
    MM2S channel feeds every S2MM channel. `rule` says which, for reports."""

    table: dict[Channel, frozenset[Channel]] | None
    rule: str


FALLBACK_RULE = "every MM2S channel feeds every S2MM channel"


def dataflow_feeds(device: aie.DeviceOp) -> Feeds:
    """Feeds from the objectfifo graph: shim MM2S fifo -> links -> cores that Consume
    it -> every fifo those cores Produce -> links -> shim S2MM fifo. A core connects
    every fifo it consumes to every fifo it produces. Without objectfifos (a lowered
    file with only physical ops), or when a shim fifo has no known channel, the
    fallback table None is returned."""
    fifos = {f.sym_name: f for f in device.walk_type(aie.ObjectFifoOp)}
    if not fifos:
        return Feeds(None, f"{FALLBACK_RULE} (no dataflow in the module)")

    def row_of(value) -> int | None:
        owner = value.owner
        return owner.row if isinstance(owner, aie.TileOp) else None

    succ: dict[str, set[str]] = {}
    for link in device.walk_type(aie.ObjectFifoLinkOp):
        for i in link.inputs:
            succ.setdefault(i, set()).update(link.outputs)
    for core in device.walk_type(aie.CoreOp):
        consumed: set[str] = set()
        produced: set[str] = set()
        for op in core.walk():
            if isinstance(op, (aie.ObjectFifoAcquireOp, aie.ObjectFifoReleaseOp)):
                (consumed if op.port == "Consume" else produced).add(op.fifo)
        for c in consumed:
            succ.setdefault(c, set()).update(produced)

    sources = [n for n, f in fifos.items() if row_of(f.producer) == 0]
    sinks = {n for n, f in fifos.items() if any(row_of(c) == 0 for c in f.consumers)}
    try:
        alloc = fifo_shim_channels(device)
    except ShimAllocationError as e:
        return Feeds(None, f"{FALLBACK_RULE} (shim allocation failed: {e})")

    def chans(fifo: str, direction: tm.DmaDir) -> list[Channel]:
        return [c for c in alloc.get(fifo, ()) if c.direction == direction]

    for name in (*sources, *sorted(sinks)):
        if not alloc.get(name):
            return Feeds(None, f"{FALLBACK_RULE} (no shim channel known for fifo @{name})")
    table: dict[Channel, set[Channel]] = {c: set() for s in sinks for c in chans(s, tm.DmaDir.S2MM)}
    for src in sources:
        feeders = chans(src, tm.DmaDir.MM2S)
        seen = {src}
        work = deque([src])
        while work:
            f = work.popleft()
            if f in sinks and f != src:
                for sink in chans(f, tm.DmaDir.S2MM):
                    table[sink].update(feeders)
            for g in succ.get(f, ()):
                if g not in seen:
                    seen.add(g)
                    work.append(g)
    return Feeds({k: frozenset(v) for k, v in table.items()}, "dataflow (objectfifo graph)")


# ---------------------------------------------------------------------------
# Queue and completion bookkeeping (shared by both passes)
# ---------------------------------------------------------------------------


class ChannelQueue:
    """The pushes of one channel and what is known about them.

    `tokens`/`seqs` list, in push order, whether each push issues a token and its
    sequence-wide push number. Indices below `done` are known complete; below
    `started` known to have left the queue (a completed task has left it too); `tct`
    is where the next sync starts looking for the push whose TCT it consumes.
    """

    __slots__ = ("tokens", "seqs", "done", "started", "tct")

    def __init__(self) -> None:
        self.tokens: list[bool] = []
        self.seqs: list[int] = []
        self.done = 0
        self.started = 0
        self.tct = 0

    def queued(self) -> int:
        """Pushes that may still occupy a queue slot."""
        return len(self.tokens) - max(self.done, self.started)

    def pending_token(self) -> int | None:
        """Index of the first token push whose TCT no sync consumed yet."""
        tokens = self.tokens
        for i in range(self.tct, len(tokens)):
            if tokens[i]:
                return i
        return None


class CompletionModel:
    """Which pushes are complete / have left their queue, per channel (docs/verification.md).

    - A push takes a queue slot on its channel.
    - A sync on channel X consumes the TCT of X's oldest token push whose TCT is still
      unconsumed; that push and every push before it on X are complete (in-order).
    - A completed shim S2MM push D also completes every push made before D on the shim
      MM2S channels that feed X (`feeds`).
    - A status poll proving Task_Queue_Size <= q leaves at most q pushes queued.
    """

    def __init__(self, feeds: Feeds):
        self.feeds = feeds
        self.queues: dict[Channel, ChannelQueue] = {}
        self.n_pushes = 0

    def queue(self, channel: Channel) -> ChannelQueue:
        q = self.queues.get(channel)
        if q is None:
            q = self.queues[channel] = ChannelQueue()
        return q

    def push(self, channel: Channel, token: bool) -> int:
        """Record a push; returns its index on the channel."""
        q = self.queue(channel)
        q.tokens.append(token)
        q.seqs.append(self.n_pushes)
        self.n_pushes += 1
        return len(q.tokens) - 1

    def sync(self, channel: Channel) -> int | None:
        """Consume one TCT on `channel`: index of the retired push, None if no token
        push is outstanding (the sync would hang)."""
        q = self.queues.get(channel)
        if q is None:
            return None
        tokens = q.tokens
        i, n = q.tct, len(tokens)
        while i < n and not tokens[i]:
            i += 1
        q.tct = i  # the non-token pushes skipped need no second look
        if i == n:
            return None
        q.tct = i + 1
        if i + 1 > q.done:
            q.done = i + 1
        if channel.direction == tm.DmaDir.S2MM and channel.row == 0:
            self._complete_feeders(channel, q.seqs[i])
        return i

    def _complete_feeders(self, s2mm: Channel, before: int) -> None:
        table = self.feeds.table
        if table is None:
            feeders = [c for c in self.queues if c.direction == tm.DmaDir.MM2S and c.row == 0]
        else:
            feeders = table.get(s2mm, ())
        for ch in feeders:
            q = self.queues.get(ch)
            if q is None:
                continue
            seqs = q.seqs
            n = len(seqs)
            while q.done < n and seqs[q.done] < before:
                q.done += 1

    def poll(self, channel: Channel, max_queued: int) -> None:
        """A status poll proved at most `max_queued` pushes are still queued; the
        oldest left first (in-order execution)."""
        q = self.queues.get(channel)
        if q is not None:
            q.started = max(q.started, len(q.tokens) - max_queued)

    def queued(self, channel: Channel) -> int:
        q = self.queues.get(channel)
        return q.queued() if q is not None else 0
