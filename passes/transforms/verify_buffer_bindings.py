"""aie-verify-buffer-bindings: which host bytes each DMA task touches, and whether the
runtime sequence is safe to run (an analysis; the IR is not changed).

For every queue push of a shim channel the verifier follows the BD chain the push
starts, and for each BD computes the argument it is bound to (address_patch arg_idx
-> the arg_idx-th memref argument of the runtime sequence) and the byte range
[lo, hi) it touches over all repeat_count + 1 executions, with spec §9's address
generation: word k -> byte off + 4·(i0·S0 + i1·S1 + i2·S2 + cur·Sit), linear when
D0_Wrap = 0, the iteration counter `cur` advancing after every execution. lo/hi come
from the smallest/largest word address, computed arithmetically (no enumeration), so
the pass is linear in the number of ops.

It fails (PassFailure, one line) when
- a transfer touches bytes outside its memref;
- an S2MM writes an argument that some MM2S reads (in-place aliasing, spec §8);
- a BD is rewritten (blockwrite/writebd/write32/patch) while a task that uses it has
  not been completed by a sync (completion rule below and in docs/verification.md);
- a channel gets a 5th outstanding push (queue model of aie-npu-enforce-queue-depth);
- the sequence ends with a token-issuing task whose TCT no sync consumed, or a sync has
  no token-issuing task to wait for (it would hang);
- a push starts a BD that was never written, or was not patched since it was last
  written (unbound), or is not valid;
- an address_patch names an arg_idx with no memref argument.

Completion rule. A sync on channel X consumes the TCT of X's oldest token-issuing task
whose token is unconsumed, which completes that task and every task pushed on X before
it. A completed S2MM task D also completes every MM2S task pushed before D on a shim
channel that feeds X. "Feeds" comes from the design's objectfifo graph when the module
still has it (shim MM2S fifo -> links -> cores that Consume it -> fifos those cores
Produce -> links -> shim S2MM fifo); without dataflow information every MM2S channel
feeds every S2MM channel. docs/verification.md explains why this is sound for in-order
designs such as the GEMM.

`analyze_bindings(module)` is the same analysis as a function; `BindingReport.format_table()`
prints the table that `aie-verify-buffer-bindings{bindings=true}` writes to stdout.
"""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass, field, replace

import numpy as np
from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation
from xdsl.passes import ModulePass
from xdsl.utils.exceptions import VerifyException

from passes import target_model as tm
from passes.bd_layout import ShimBd
from passes.diagnostics import PassFailure
from passes.dialects import aie, aiex
from passes.sequence_events import (
    BdKey,
    BdWrite,
    Channel,
    CompletionModel,
    Feeds,
    Patch,
    Poll,
    Push,
    SequenceDecoder,
    Sync,
    dataflow_feeds,
    memref_bytes,
)

PASS_NAME = "aie-verify-buffer-bindings"

# Shim BD word 6: Iteration_Current [31:26] (spec §5), kept in step with ShimBd.pack.
ITERATION_WORD = 6
ITERATION_CURRENT_SHIFT = 26
ITERATION_CURRENT_MASK = 0x3F
assert ShimBd(iteration_current=ITERATION_CURRENT_MASK).pack()[ITERATION_WORD] == ITERATION_CURRENT_MASK << ITERATION_CURRENT_SHIFT

# ---------------------------------------------------------------------------
# Address generation (spec §9), closed form
# ---------------------------------------------------------------------------


def max_word_step(length: int, d0: int, s0: int, d1: int, s1: int, s2: int) -> int:
    """max over k < length of i0·s0 + i1·s1 + i2·s2 with i0 = k mod d0,
    i1 = (k div d0) mod d1, i2 = k div (d0·d1); steps s ≥ 1. d0 = 0 is linear (k).

    The index digits are a mixed-radix count, so the largest value is either in the
    last, possibly partial, d2 block or at the all-maximal digits of the block before.
    """
    if length <= 0:
        raise ValueError("empty transfer")
    if d0 == 0:
        return length - 1
    q2, r2 = divmod(length - 1, d0 * d1)  # the last word sits in block q2 at position r2
    q1, r1 = divmod(r2, d0)
    best_last = r1 * s0 + q1 * s1  # partial row q1 of the last block
    if q1 > 0:
        best_last = max(best_last, (d0 - 1) * s0 + (q1 - 1) * s1)
    best = q2 * s2 + best_last
    if q2 > 0:
        best = max(best, (q2 - 1) * s2 + (d0 - 1) * s0 + (d1 - 1) * s1)
    return best


def iteration_span(cur: int, wrap: int, executions: int) -> tuple[int, int, int]:
    """(min, max) of the iteration counter over `executions` runs starting at `cur`,
    and its value afterwards. The first run uses `cur`; after each run
    cur = (cur + 1) mod wrap (spec §9), wrap = Iteration_Wrap + 1."""
    lo = hi = cur
    rest = executions - 1
    if rest > 0:
        start = (cur + 1) % wrap
        if rest >= wrap or start + rest - 1 >= wrap:
            lo, hi = 0, max(cur, wrap - 1)
        else:
            lo, hi = min(cur, start), max(cur, start + rest - 1)
    return lo, hi, (cur + executions) % wrap if executions > 0 else cur


def transfer_byte_range(bd: ShimBd, offset: int, executions: int) -> tuple[int, int]:
    """Bytes [lo, hi) of the host buffer that `executions` runs of `bd` touch when it is
    bound at byte `offset`, starting from bd.iteration_current. lo == hi: nothing."""
    if bd.buffer_length == 0 or executions <= 0:
        return offset, offset
    if bd.d0_size != 0 and bd.d1_size == 0:
        raise ValueError("D0_Wrap != 0 with D1_Wrap = 0 is not a valid shim BD (spec §9)")
    top = max_word_step(
        bd.buffer_length, bd.d0_size, bd.d0_stride + 1, bd.d1_size, bd.d1_stride + 1, bd.d2_stride + 1
    )
    c_lo, c_hi, _ = iteration_span(bd.iteration_current, bd.iteration_size + 1, executions)
    step = bd.iteration_stride + 1
    return offset + 4 * c_lo * step, offset + 4 * (top + c_hi * step) + 4


def bd_word_indices(bd: ShimBd, offset: int, executions: int):
    """Word indices each execution of `bd` touches, in order (spec §9), one array per run."""
    inner = _inner_pattern(bd.buffer_length, bd.d0_size, bd.d0_stride, bd.d1_size, bd.d1_stride, bd.d2_stride)
    wrap = bd.iteration_size + 1
    cur = bd.iteration_current
    for _ in range(executions):
        yield inner + (offset // 4 + cur * (bd.iteration_stride + 1))
        cur = (cur + 1) % wrap


@functools.lru_cache(maxsize=64)
def _inner_pattern(n: int, d0: int, s0: int, d1: int, s1: int, s2: int) -> np.ndarray:
    """Word offsets of one BD execution: i0·S0 + i1·S1 + i2·S2 (linear when D0_Wrap = 0)."""
    k = np.arange(n, dtype=np.int64)
    if d0 == 0:
        return k
    return (k % d0) * (s0 + 1) + ((k // d0) % d1) * (s1 + 1) + (k // (d0 * d1)) * (s2 + 1)


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BindingRow:
    """One BD of one DMA task (a push starting a chain gives one row per BD)."""

    task: int  # index of the push among all pushes of the sequence
    column: int
    direction: tm.DmaDir
    channel: int
    bd_id: int
    arg_idx: int
    arg_name: str
    lo: int  # bytes [lo, hi) of the argument
    hi: int
    words: int  # per execution
    executions: int  # repeat_count + 1
    elements: int  # over all executions, in the argument's element type
    bd_fields: ShimBd | None = field(default=None, compare=False, repr=False)
    offset: int = field(default=0, compare=False)  # bound byte offset (arg_plus)

    @property
    def reads(self) -> bool:
        return self.direction == tm.DmaDir.MM2S


@dataclass
class BindingReport:
    sequence: str
    device: str
    completion_rule: str
    rows: list[BindingRow] = field(default_factory=list)
    arg_bytes: dict[str, int] = field(default_factory=dict)  # argument name -> size

    def write_coverage(self) -> dict[str, tuple[int, int, int]]:
        """Exact per-word write counts of every written argument: name -> (words, min, max).

        Enumerates the words of every S2MM BD with spec §9's address formula (numpy), so
        `min == max == 1` proves the buffer is written completely and exactly once.
        """
        runs: dict[str, list[np.ndarray]] = {}
        for r in self.rows:
            if r.reads or r.bd_fields is None or r.arg_name not in self.arg_bytes:
                continue
            runs.setdefault(r.arg_name, []).extend(bd_word_indices(r.bd_fields, r.offset, r.executions))
        out = {}
        for name, parts in runs.items():
            n = self.arg_bytes[name] // 4
            counts = np.bincount(np.concatenate(parts), minlength=n)[:n]
            out[name] = (n, int(counts.min()) if n else 0, int(counts.max()) if n else 0)
        return out

    def format_coverage(self) -> str:
        lines = []
        for name, (words, lo, hi) in sorted(self.write_coverage().items()):
            verdict = "every word written exactly once" if lo == hi == 1 else f"words written {lo}..{hi} times"
            lines.append(f"// {name}: {4 * words} bytes, {verdict}")
        return "\n".join(lines) + ("\n" if lines else "")

    def format_table(self) -> str:
        head = ("task", "col", "dir", "ch", "bd", "arg", "name", "bytes", "words", "execs", "elems")
        body = [
            (
                str(r.task), str(r.column), r.direction.name, str(r.channel), str(r.bd_id), str(r.arg_idx),
                r.arg_name, f"[{r.lo}, {r.hi})", str(r.words), str(r.executions), str(r.elements),
            )
            for r in self.rows
        ]  # fmt: skip
        widths = [max(len(x) for x in col) for col in zip(head, *body)]
        lines = [f"// bindings of {self.sequence} ({self.device}); completion rule: {self.completion_rule}"]
        for cells in (head, *body):
            parts = [c.ljust(w) if i in (2, 6, 7) else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))]
            lines.append("// " + "  ".join(parts).rstrip())
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# Analysis
# ---------------------------------------------------------------------------


class _Bd:
    __slots__ = ("words", "binding", "cur", "users")

    def __init__(self, n_words: int) -> None:
        self.words = [0] * n_words
        self.binding: tuple[int, int] | None = None
        self.cur = 0
        self.users: dict[Channel, int] = {}  # channel -> index of the last push using it


@dataclass(slots=True)
class _Task:
    seq: int
    channel: Channel
    bd: int
    token: bool
    arg: str = ""


class _Analysis:
    def __init__(self, device: aie.DeviceOp, seq: aie.RuntimeSequenceOp):
        self.device = device
        self.seq = seq
        self.decoder = SequenceDecoder(device, PASS_NAME)
        self.args = seq.memref_args
        self.arg_bits = [_element_bits(a.type) for a in self.args]
        self.arg_bytes = [memref_bytes(a.type) if b else None for a, b in zip(self.args, self.arg_bits)]
        self.feeds: Feeds = dataflow_feeds(device)
        self.model = CompletionModel(self.feeds)
        self.tasks: dict[Channel, list[_Task]] = {}
        self.bds: dict[BdKey, _Bd] = {}
        self.readers: dict[int, _Task] = {}
        self.writers: dict[int, _Task] = {}
        self._decoded: dict[tuple[int, ...], ShimBd] = {}
        self.report = BindingReport(
            f"@{seq.sym_name}" if seq.sym_name else "the runtime sequence",
            device.device_name,
            self.feeds.rule,
        )
        self.report.arg_bytes = {
            self.arg_label(i): size for i, size in enumerate(self.arg_bytes) if size is not None
        }

    # -- helpers -------------------------------------------------------------
    def decode(self, words: list[int]) -> ShimBd:
        """ShimBd.unpack, memoised: generated sequences reuse a few BD layouts."""
        key = tuple(words)
        bd = self._decoded.get(key)
        if bd is None:
            bd = self._decoded[key] = ShimBd.unpack(words)
        return bd

    def fail(self, message: str) -> PassFailure:
        return PassFailure(f"{PASS_NAME}: {message}")

    def arg_label(self, idx: int) -> str:
        return aie.value_name(self.args[idx]) if 0 <= idx < len(self.args) else f"arg_idx {idx}"

    def task_label(self, t: _Task) -> str:
        extra = f", {t.arg}" if t.arg else ""
        return f"task {t.seq} ({t.channel.label} BD {t.bd}{extra})"

    def bd_label(self, key: BdKey) -> str:
        col, row, bd = key
        return f"BD {bd} of col {col}" if row == 0 else f"BD {bd} of tile ({col}, {row})"

    def check_not_busy(self, key: BdKey, what: str) -> None:
        state = self.bds.get(key)
        if state is None:
            return
        queues = self.model.queues
        for ch, idx in state.users.items():
            if idx >= queues[ch].done:
                t = self.tasks[ch][idx]
                raise self.fail(
                    f"{what} rewrites {self.bd_label(key)} while {self.task_label(t)} may still be using it: "
                    "reusing a BD needs a prior sync that completes the task (spec §8)"
                )
        state.users.clear()

    # -- events --------------------------------------------------------------
    def on_bd_write(self, ev: BdWrite, op: Operation) -> None:
        self.check_not_busy(ev.bd, f"'{op.name}'")
        row = ev.bd[1]
        regs = tm.registers_for_row(row)
        state = self.bds.get(ev.bd)
        if state is None:
            state = self.bds[ev.bd] = _Bd(regs.bd_words)
        if ev.words is None:
            state.binding = None
            return
        base = regs.base_address_word
        for w, (value, mask) in ev.words.items():
            state.words[w] = (state.words[w] & ~mask) | (value & mask)
            if row == 0 and w in (base, base + 1):
                state.binding = None  # spec §9: writing word 1 or 2 unbinds the BD
            if row == 0 and w == ITERATION_WORD:
                state.cur = (state.words[w] >> ITERATION_CURRENT_SHIFT) & ITERATION_CURRENT_MASK

    def on_patch(self, ev: Patch) -> None:
        if ev.bd is None:
            raise self.fail(f"aiex.npu.address_patch addr {ev.addr:#x} is not the base-address word of a BD")
        if not 0 <= ev.arg_idx < len(self.args):
            names = ", ".join(aie.value_name(a) for a in self.args) or "none"
            raise self.fail(
                f"address_patch of {self.bd_label(ev.bd)}: arg_idx {ev.arg_idx} has no memref argument "
                f"({self.report.sequence} has {len(self.args)}: {names})"
            )
        self.check_not_busy(ev.bd, "aiex.npu.address_patch")
        state = self.bds.get(ev.bd)
        if state is None:
            state = self.bds[ev.bd] = _Bd(tm.registers_for_row(ev.bd[1]).bd_words)
        state.binding = (ev.arg_idx, ev.arg_plus)

    def on_push(self, ev: Push) -> None:
        ch = ev.channel
        model = self.model
        task = _Task(model.n_pushes, ch, ev.bd, ev.token)
        queued = model.queued(ch)
        if queued >= tm.TASK_QUEUE_DEPTH:
            raise self.fail(
                f"{self.task_label(task)}: push {queued + 1} outstanding on {ch.label}, but the task queue is "
                f"{tm.TASK_QUEUE_DEPTH} deep and a further push is dropped (add a sync, or run aie-npu-enforce-queue-depth)"
            )
        idx = model.push(ch, ev.token)
        self.tasks.setdefault(ch, []).append(task)
        col, row = ch.col, ch.row
        bd = ev.bd
        visited: set[int] = set()
        while True:
            key = (col, row, bd)
            if bd in visited:
                raise self.fail(f"{self.task_label(task)}: the BD chain loops back to BD {bd}; the task never ends")
            visited.add(bd)
            state = self.bds.get(key)
            if row != 0:
                if state is not None:
                    state.users[ch] = idx
                break  # memtile/core BDs address on-chip memory: no host binding
            if state is None:
                raise self.fail(f"{self.task_label(task)}: {self.bd_label(key)} was never written")
            if state.binding is None:
                raise self.fail(
                    f"{self.task_label(task)}: {self.bd_label(key)} is unbound (no address_patch since it was last written)"
                )
            fields = self.decode(state.words)
            if not fields.valid_bd:
                raise self.fail(f"{self.task_label(task)}: {self.bd_label(key)} is not valid (Valid_BD = 0)")
            arg_idx, arg_plus = state.binding
            task.arg = self.arg_label(arg_idx)
            state.users[ch] = idx
            self.add_row(task, bd, fields, state, arg_idx, arg_plus, ev.repeat + 1)
            if not fields.use_next_bd:
                break
            bd = fields.next_bd

    def add_row(self, task: _Task, bd: int, fields: ShimBd, state: _Bd, arg_idx: int, off: int, execs: int) -> None:
        fields_now = fields if fields.iteration_current == state.cur else _with_cur(fields, state.cur)
        try:
            lo, hi = transfer_byte_range(fields_now, off, execs)
        except ValueError as e:
            raise self.fail(f"{self.task_label(task)}: {e}") from None
        state.cur = iteration_span(state.cur, fields.iteration_size + 1, execs)[2]
        size = self.arg_bytes[arg_idx]
        name = self.arg_label(arg_idx)
        verb = "reads" if task.channel.direction == tm.DmaDir.MM2S else "writes"
        if size is not None and hi > size:
            raise self.fail(
                f"{self.task_label(task)} {verb} bytes [{lo}, {hi}) of {name} (arg_idx {arg_idx}), "
                f"beyond its {size} bytes"
            )
        if task.channel.direction == tm.DmaDir.MM2S:
            other = self.writers.get(arg_idx)
            self.readers.setdefault(arg_idx, task)
            if other is not None:
                self._alias(other, task, arg_idx)
        else:
            other = self.readers.get(arg_idx)
            self.writers.setdefault(arg_idx, task)
            if other is not None:
                self._alias(task, other, arg_idx)
        self.report.rows.append(
            BindingRow(
                task.seq, task.channel.col, task.channel.direction, task.channel.channel, bd, arg_idx, name,
                lo, hi, fields.buffer_length, execs, fields.buffer_length * execs * 32 // (self.arg_bits[arg_idx] or 32),
                fields_now, off,
            )
        )  # fmt: skip

    def _alias(self, writer: _Task, reader: _Task, arg_idx: int) -> None:
        raise self.fail(
            f"{self.task_label(writer)} writes {self.arg_label(arg_idx)} (arg_idx {arg_idx}), which "
            f"{self.task_label(reader)} reads: in-place aliasing is unsafe, use distinct buffers (spec §8)"
        )

    def on_sync(self, ev: Sync) -> None:
        for ch in ev.channels:
            if self.model.sync(ch) is None:
                raise self.fail(
                    f"aiex.npu.sync on {ch.label}: no token-issuing task is outstanding, so the sync would hang"
                )

    def on_poll(self, ev: Poll) -> None:
        if ev.max_queued is not None:
            self.model.poll(ev.channel, ev.max_queued)

    def finish(self) -> None:
        pending: list[_Task] = []
        for ch, q in self.model.queues.items():
            i = q.pending_token()
            if i is not None:
                pending.append(self.tasks[ch][i])
        if pending:
            t = min(pending, key=lambda t: t.seq)
            raise self.fail(
                f"{self.task_label(t)} issues a task-completion token that no sync consumes before the sequence ends"
            )

    def run(self) -> BindingReport:
        decoder = self.decoder
        for op in self.seq.body.block.ops:
            for ev in decoder.events(op):
                if isinstance(ev, Push):
                    self.on_push(ev)
                elif isinstance(ev, BdWrite):
                    self.on_bd_write(ev, op)
                elif isinstance(ev, Patch):
                    self.on_patch(ev)
                elif isinstance(ev, Sync):
                    self.on_sync(ev)
                elif isinstance(ev, Poll):
                    self.on_poll(ev)
        self.finish()
        return self.report


def _element_bits(t) -> int | None:
    """Element width of a memref argument; None when it has none (then sizes are unknown
    and elements are counted as 32-bit words)."""
    try:
        return aiex.element_bits(t)
    except VerifyException:
        return None


def _with_cur(bd: ShimBd, cur: int) -> ShimBd:
    return replace(bd, iteration_current=cur)


def analyze_sequence(device: aie.DeviceOp, seq: aie.RuntimeSequenceOp) -> BindingReport:
    """Verify one lowered (or push_queue/writebd) runtime sequence; raises PassFailure."""
    return _Analysis(device, seq).run()


def analyze_bindings(module: ModuleOp, sequence_name: str | None = None) -> BindingReport:
    """Verify the module's runtime sequence (`sequence_name`, else the unnamed one, else
    the only one) and return its bindings; raises PassFailure on the first violation."""
    try:
        device, seq = aie.select_sequence(module, sequence_name, choose_hint="by name")
    except aie.SequenceChoiceError as e:
        raise PassFailure(f"{PASS_NAME}: {e}") from None
    return analyze_sequence(device, seq)


@dataclass(frozen=True)
class VerifyBufferBindings(ModulePass):
    """Check host-buffer bindings, BD reuse and queue depth; `bindings=true` prints the table."""

    name = "aie-verify-buffer-bindings"

    bindings: bool = False

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for device, seq in aie.runtime_sequences(op):
            report = analyze_sequence(device, seq)
            if self.bindings:
                sys.stdout.write(report.format_table())
