"""The control model: the TXN stream op by op against the array's dataflow.

Registers are kept by absolute address. Shim BD words are decoded by npu_emulator.bd;
DDR_PATCH overwrites a BD's address words with the device address of the named host
buffer (hostmem.py); queue writes push tasks; syncs consume task-completion tokens.

Timing model (docs/emulator.md): the instruction stream runs ahead of the array, and
the array makes only the progress the instruction stream *forces*: at a sync (or a
queue-space poll) the smallest dataflow state that delivers the awaited token is
computed by demand propagation over monotone counters:

  ('F', fifo)  elements of the fifo's stream delivered to all its consumers (for a fifo
               with a shim end this is the shim channel's position);
  ('K', tile)  resource events a core has executed (acquires, releases, lock waits).

Every counter value implies requirements on other counters (a consumer needs the
data, a producer needs buffer space, a mem-tile slice needs the other side of its
link). A requirement beyond what can ever exist (no pushed task covers it, a core's
program never gets there, a lock nobody set) is a deadlock, reported with the chain of
requirements that led to it. Between syncs nothing is assumed to progress, so a BD
rewrite or a push is checked against the *latest* completion the instruction stream
can rely on; this is what hardware guarantees and what the hazards need.

After the last op the array runs as far as it can (the maximal reachable state), which
determines what was written to the host buffers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from npu_emulator import bd as bdmod
from npu_emulator.design import Design, Fifo
from npu_emulator.hostmem import HostMemory
from npu_emulator.program import EventStream, parse_core
from npu_emulator.report import ChannelStats, Hazard
from passes import npu_binary as nb
from passes import target_model as tm

SHIM = tm.SHIM
CORE = tm.CORE
INF = 1 << 62
DIR_NAME = {0: "S2MM", 1: "MM2S"}


def chan_name(key) -> str:
    col, d, ch = key
    return f"shim col {col} {DIR_NAME[d]}{ch}"


@dataclass
class Execution:
    """One BD execution within a task: the decoded BD and its iteration value."""

    bd_id: int
    bd: bdmod.ShimBd
    iteration: int

    @property
    def words(self) -> int:
        return self.bd.buffer_length


@dataclass
class Task:
    channel: tuple[int, int, int]
    index: int  # per channel, counting dropped pushes too
    push_op: int
    bd_id: int
    repeat: int
    token: bool
    dropped: bool = False
    started_op: int | None = None
    executions: list[Execution] | None = None  # snapshot when started
    error: str | None = None  # chain problem (invalid BD, cycle)
    start: int = 0  # stream position (elements)
    end: int = 0
    completed_op: int | None = None
    token_op: int | None = None  # sync op that consumed its token
    length: int | None = None  # elements, once started

    def label(self) -> str:
        return f"task pushed at op {self.push_op} (BD {self.bd_id}, {chan_name(self.channel)})"


@dataclass
class ChannelState:
    key: tuple[int, int, int]
    fifo: Fifo | None
    tasks: list[Task] = field(default_factory=list)
    tokens_consumed: int = 0
    pushes: int = 0
    started: int = 0

    @property
    def elems_per_word(self) -> int:
        if self.fifo is None:
            return 1
        if 32 % self.fifo.bits:
            raise ValueError(f"@{self.fifo.name}: {self.fifo.bits}-bit elements do not pack into 32-bit words")
        return 32 // self.fifo.bits

    @property
    def live(self) -> list[Task]:
        return [t for t in self.tasks if not t.dropped]


class Failure(Exception):
    def __init__(self, chain: list[str], stuck: list[str]):
        super().__init__("; ".join(chain))
        self.chain = chain
        self.stuck = stuck


class Control:
    def __init__(self, design: Design, txn: nb.Txn, mem: HostMemory, fold_ddr_offset: bool = True):
        self.design = design
        self.txn = txn
        self.mem = mem
        self.fold = fold_ddr_offset
        self.regs: dict[int, int] = {}
        self.hazards: list[Hazard] = []
        self.notes: list[str] = []
        self.op_index = -1
        self.deadlock: Failure | None = None
        self.deadlock_op: int | None = None
        self.other_writes: dict[str, int] = {}
        self.channels: dict[tuple[int, int, int], ChannelState] = {}
        for key, fname in design.channels.items():
            self.channels[key] = ChannelState(key, design.fifos[fname])
        self.state: dict[tuple, int] = {}
        self.bd_gen: dict[int, int] = {}  # per shim column: bumped on every BD register write
        self._bd_cache: dict[tuple[int, int], tuple[int, bdmod.ShimBd]] = {}
        self._len_cache: dict[tuple, tuple[int, str | None]] = {}
        # Locks: supply in units, by index into design.locks.
        self.lock_supply: dict[int, int] = {i: lk.init for i, lk in enumerate(design.locks)}
        self.lock_bindings: dict[tuple[int, int, int], int] = {}
        for i, lk in enumerate(design.locks):
            if lk.lock_id is not None:
                self.lock_bindings[(lk.tile[0], lk.tile[1], lk.lock_id)] = i
        self.progs = {t: parse_core(design, t) for t in design.cores}
        self.streams: dict[tuple[int, int], EventStream] = {
            t: EventStream(p, self._read_buffer, self.lock_supply.__getitem__, self._lock_index) for t, p in self.progs.items()
        }

    # ------------------------------------------------------------------
    # helpers
    # ------------------------------------------------------------------
    def hazard(self, kind: str, message: str, location: str = "", op: int | None = None) -> None:
        self.hazards.append(Hazard(kind, self.op_index if op is None else op, location, message))

    def _lock_index(self, lk) -> int:
        for i, x in enumerate(self.design.locks):
            if x is lk:
                return i
        raise KeyError(lk)

    def _read_buffer(self, buf, idx) -> int:
        flat = 0
        for d, i in zip(buf.shape, idx):
            flat = flat * d + i
        if not 0 <= flat < buf.data.size:
            raise IndexError(f"memref.load out of bounds on {buf.name}")
        return int(buf.data[flat])

    def _channel(self, key) -> ChannelState:
        ch = self.channels.get(key)
        if ch is None:
            ch = ChannelState(key, None)
            self.channels[key] = ch
        return ch

    # ------------------------------------------------------------------
    # BD registers
    # ------------------------------------------------------------------
    def bd_words(self, col: int, bd_id: int) -> tuple[int, ...]:
        base = tm.shim_bd_address(col, bd_id)
        return tuple(self.regs.get(base + 4 * i, 0) for i in range(bdmod.BD_WORDS))

    def bd(self, col: int, bd_id: int) -> bdmod.ShimBd:
        gen = self.bd_gen.get(col, 0)
        hit = self._bd_cache.get((col, bd_id))
        if hit is not None and hit[0] == gen:
            return hit[1]
        d = bdmod.decode_shim_bd(self.bd_words(col, bd_id))
        self._bd_cache[(col, bd_id)] = (gen, d)
        return d

    def _bd_written(self, col: int) -> None:
        self.bd_gen[col] = self.bd_gen.get(col, 0) + 1

    def chain(self, col: int, bd_id: int, repeat: int, commit: bool) -> tuple[list[Execution], str | None]:
        """Executions of a task started now (repeat+1 passes over the BD chain).

        With commit, Iteration_Current is advanced in the BD registers as the hardware does.
        """
        order: list[int] = []
        seen = set()
        b = bd_id
        while True:
            if b in seen:
                return [], f"BD chain from BD {bd_id} loops back to BD {b} (the task would never end)"
            seen.add(b)
            order.append(b)
            d = self.bd(col, b)
            if not d.valid_bd:
                return [], f"BD {b} is not valid (Valid_BD = 0)"
            err = d.pattern_error()
            if err:
                return [], f"BD {b}: {err}"
            if not d.use_next_bd:
                break
            b = d.next_bd
        cur = {b: self.bd(col, b).iteration_current for b in order}
        execs = []
        for _ in range(repeat + 1):
            for b in order:
                d = self.bd(col, b)
                execs.append(Execution(b, d, cur[b]))
                cur[b] = (cur[b] + 1) % (d.iteration_wrap + 1)
        if commit:
            for b in order:
                base = tm.shim_bd_address(col, b)
                self.regs[base + 24] = bdmod.with_iteration_current(self.bd_words(col, b), cur[b])[6]
            self._bd_written(col)
        return execs, None

    def task_length(self, ch: ChannelState, task: Task) -> tuple[int, str | None]:
        if task.executions is not None:
            if task.length is None:
                task.length = sum(e.words for e in task.executions) * ch.elems_per_word
            return task.length, task.error
        col = ch.key[0]
        key = (col, task.bd_id, task.repeat, self.bd_gen.get(col, 0))
        hit = self._len_cache.get(key)
        if hit is None:
            words, err = 0, None
            seen: set[int] = set()
            b = task.bd_id
            while True:
                if b in seen:
                    err = f"BD chain from BD {task.bd_id} loops back to BD {b} (the task would never end)"
                    break
                seen.add(b)
                d = self.bd(col, b)
                if not d.valid_bd:
                    err = f"BD {b} is not valid (Valid_BD = 0)"
                    break
                perr = d.pattern_error()
                if perr:
                    err = f"BD {b}: {perr}"
                    break
                words += d.buffer_length
                if not d.use_next_bd:
                    break
                b = d.next_bd
            hit = (0, err) if err else (words * (task.repeat + 1), None)
            if len(self._len_cache) > 100000:
                self._len_cache.clear()
            self._len_cache[key] = hit
        return hit[0] * ch.elems_per_word, hit[1]

    def layout(self, ch: ChannelState) -> int:
        """Recompute start/end of the channel's live tasks; return coverage (elements
        up to the first task that cannot run)."""
        queued = ch.started < len(ch.tasks)
        key = (len(ch.tasks), self.bd_gen.get(ch.key[0], 0) if queued else -1, ch.started)
        if getattr(ch, "_layout_key", None) == key:
            return ch._coverage
        pos = 0
        cover = None
        for t in ch.live:
            length, err = self.task_length(ch, t)
            t.start = pos
            t.end = pos + length
            if err and cover is None:
                cover = pos
                t.error = err
            pos = t.end
        ch._layout_key = key
        ch._coverage = pos if cover is None else cover
        return ch._coverage

    def pos(self, ch: ChannelState) -> int:
        if ch.fifo is None:
            return 0
        return self.state.get(("F", ch.fifo.name), 0)

    # ------------------------------------------------------------------
    # Counters and requirements
    # ------------------------------------------------------------------
    def fifo_channel(self, f: Fifo) -> ChannelState | None:
        return self.channels.get(f.shim_channel) if f.shim_channel else None

    def limit(self, key) -> int:
        if key[0] == "F":
            f = self.design.fifos[key[1]]
            ch = self.fifo_channel(f)
            if ch is None:
                return INF
            return self.layout(ch)
        if key[0] == "K":
            s = self.streams[key[1]]
            return s.length
        return 0

    def _ensure(self, key, v) -> int:
        if key[0] == "K":
            s = self.streams[key[1]]
            s.extend(v)
            return s.length
        return self.limit(key)

    def describe(self, key, v) -> str:
        if key[0] == "F":
            f = self.design.fifos[key[1]]
            objs = f"{v // f.size} objects" + (f" + {v % f.size} elements" if v % f.size else "")
            return f"@{f.name} delivers {objs}"
        if v >= INF:
            return f"core {key[1]} reaches a release its program never executes"
        return f"core {key[1]} executes {v} fifo/lock events"

    def stuck_text(self, key, v, lim) -> tuple[str, str]:
        if key[0] == "F":
            f = self.design.fifos[key[1]]
            ch = self.fifo_channel(f)
            if ch is not None:
                live = ch.live
                err = next((t.error for t in live if t.error), None)
                why = f"its pushed tasks cover only {lim} elements" + (f" ({err})" if err else "")
                return f"{chan_name(ch.key)} (@{f.name}): needs {v} elements but {why}", chan_name(ch.key)
            return f"@{f.name} cannot deliver {v} elements", f"@{f.name}"
        s = self.streams[key[1]]
        if v >= INF:
            v = "more"
        if s.blocked_on is not None:
            why = f"waits on lock {s.blocked_on.name or s.blocked_on.lock_id} that nothing has set"
        elif s.ended:
            why = f"its program ends after {s.length} events"
        else:
            why = f"cannot get past event {lim}"
        return f"core {key[1]}: needs {v} events but {why}", f"core {key[1]}"

    def reqs(self, key, v) -> list:
        out = []
        if v <= 0:
            return out
        d = self.design
        if key[0] == "K":
            tile = key[1]
            counts = self.streams[tile].counts(v)
            for k, a in counts.items():
                if k[0] != "acq" or a <= 0:
                    continue
                f = d.fifos[k[1]]
                if k[2] == "Consume":
                    out.append((("F", f.name), a * f.size))
                else:
                    free = a - f.producer_depth
                    if free > 0:
                        out.append((("F", f.name), free * f.size))
            return out
        f = d.fifos[key[1]]
        S = f.size
        y, r = divmod(v - 1, S)
        # producer side: object y (or its element r) must exist
        p = f.producer
        if p.kind == "core":
            q = self.streams[p.tile].position(("rel", f.name, "Produce"), y + 1)
            out.append((("K", p.tile), INF if q is None else q))
        elif p.kind == "mem":
            ln = f.fed_by
            if ln.kind in ("forward", "distribute"):
                src = d.fifos[ln.inputs[0]]
                j = ln.outputs.index(f.name)
                o, length = ln.slices[j]
                if src.dims_from[0]:
                    out.append((("F", src.name), (y + 1) * src.size))
                else:
                    out.append((("F", src.name), y * src.size + o + length))
            else:  # join: slices in input order
                cum = 0
                istar = len(ln.inputs) - 1
                for i, (o, length) in enumerate(ln.slices):
                    if r < cum + length:
                        istar = i
                        break
                    cum += length
                for i, nm in enumerate(ln.inputs):
                    length = ln.slices[i][1]
                    need = (y + 1) * length if i <= istar else y * length
                    if need > 0:
                        out.append((("F", nm), need))
        # consumer side: space for object y in every consumer
        for j, c in enumerate(f.consumers):
            if c.kind == "core":
                need = y + 1 - f.consumer_depth(j)
                if need > 0:
                    q = self.streams[c.tile].position(("rel", f.name, "Consume"), need)
                    out.append((("K", c.tile), INF if q is None else q))
            elif c.kind == "mem":
                ln = f.feeds
                dd = ln.depth
                if ln.kind in ("forward", "distribute"):
                    whole = bool(f.dims_from[j])
                    jstar = len(ln.outputs) - 1
                    for jj, (o, length) in enumerate(ln.slices):
                        if r < o + length:
                            jstar = jj
                            break
                    for jj, nm in enumerate(ln.outputs):
                        obj = y - dd if (whole or jj <= jstar) else y - dd - 1
                        if obj >= 0:
                            out.append((("F", nm), (obj + 1) * ln.slices[jj][1]))
                else:
                    obj = y - dd
                    if obj >= 0:
                        i = ln.inputs.index(f.name)
                        cum = sum(ln.slices[x][1] for x in range(i))
                        o_name = ln.outputs[0]
                        out.append((("F", o_name), obj * d.fifos[o_name].size + cum + ln.slices[i][1]))
        return out

    def demand(self, key, v, reason: str, transactional: bool = False) -> Failure | None:
        saved = dict(self.state) if transactional else None
        work = [(key, v, None)]
        parents: dict[tuple, tuple] = {}
        steps = 0
        while work:
            k, val, parent = work.pop()
            if val <= self.state.get(k, 0):
                continue
            steps += 1
            if steps > 2_000_000:
                raise RuntimeError("demand propagation did not converge")
            lim = self._ensure(k, 0) if val >= INF else self._ensure(k, val)
            if val > lim:
                chain = [self.describe(k, val)]
                pk = parent
                while pk is not None:
                    chain.append(self.describe(*pk))
                    pk = parents.get(pk)
                chain.append(reason)
                text, stuck = self.stuck_text(k, val, lim)
                fail = Failure([text] + chain[1:], [stuck])
                if transactional:
                    self.state = saved
                return fail
            self.state[k] = val
            parents[(k, val)] = parent
            for k2, v2 in self.reqs(k, val):
                if v2 > self.state.get(k2, 0):
                    work.append((k2, v2, (k, val)))
        self._after_progress()
        return None

    def _after_progress(self) -> None:
        """Start tasks whose predecessors completed; record completions."""
        for ch in self.channels.values():
            self._advance(ch)

    def _advance(self, ch: ChannelState) -> None:
        """Tasks run in push order: each starts once every earlier one has completed."""
        p = self.pos(ch)
        for t in ch.live:
            if t.started_op is None:
                if t.error is not None or t.start > p:
                    return
                self._start(ch, t)
                if t.error is not None:
                    return
            if t.end > p:
                return
            if t.completed_op is None:
                t.completed_op = self.op_index

    def _start(self, ch: ChannelState, t: Task) -> None:
        execs, err = self.chain(ch.key[0], t.bd_id, t.repeat, commit=True)
        t.started_op = self.op_index
        ch.started += 1
        if err:
            t.error = err
            t.executions = []
            self.hazard("invalid-task", f"{t.label()} cannot run: {err}", chan_name(ch.key))
            return
        t.executions = execs
        if ch.fifo is None:
            self.hazard(
                "no-fifo", f"{t.label()} runs on a shim channel no objectfifo uses; its data goes nowhere",
                chan_name(ch.key),
            )  # fmt: skip

    # ------------------------------------------------------------------
    # Instruction processing
    # ------------------------------------------------------------------
    def run(self) -> None:
        self._apply_design_sequence()
        for i, op in enumerate(self.txn.ops):
            self.op_index = i
            if self.deadlock is not None:
                break
            if isinstance(op, nb.Write32):
                self.write(op.addr, op.value)
            elif isinstance(op, nb.BlockWrite):
                self.block_write(op.addr, op.data)
            elif isinstance(op, nb.MaskWrite32):
                old = self.regs.get(op.addr, 0)
                self.write(op.addr, (old & ~op.mask & 0xFFFFFFFF) | (op.value & op.mask))
            elif isinstance(op, nb.DdrPatch):
                self.ddr_patch(op)
            elif isinstance(op, nb.Sync):
                self.sync(op)
            elif isinstance(op, nb.MaskPoll32):
                self.maskpoll(op)
            else:
                self.notes.append(f"op {i}: {type(op).__name__} ignored (no effect on the array model)")
        self.op_index = len(self.txn.ops)
        self.finish()

    def _apply_design_sequence(self) -> None:
        seq = self.design.sequence
        if seq is None:
            return
        for name, index, value in seq.rtp_writes:
            buf = self.design.buffer_by_name(name)
            if buf is None:
                self.hazard("rtp", f"aiex.npu.rtp_write names unknown buffer @{name}", op=-1)
                continue
            if not 0 <= index < buf.data.size:
                self.hazard("rtp", f"aiex.npu.rtp_write(@{name}, {index}) is out of bounds", op=-1)
                continue
            buf.data[index] = value
        for lock_value, value in seq.set_locks:
            lk = self.design.lock_by_value(lock_value)
            if lk is not None:
                self.set_lock(self._lock_index(lk), value)
        if seq.rtp_writes or seq.set_locks:
            self.notes.append(
                f"applied {len(seq.rtp_writes)} rtp_write and {len(seq.set_locks)} set_lock ops of the design's "
                "runtime sequence before op 0"
            )

    def set_lock(self, li: int, value: int) -> None:
        acquired = sum(s.state.lock_acquired.get(li, 0) for s in self.streams.values())
        self.lock_supply[li] = acquired + value

    def block_write(self, addr: int, data) -> None:
        col, row, off = tm.split_address(addr)
        if row == 0 and SHIM.bd_base <= off < SHIM.bd_base + SHIM.bd_count * SHIM.bd_stride:
            touched = sorted({(off + 4 * i - SHIM.bd_base) // SHIM.bd_stride for i in range(len(data))})
            for b in touched:
                self._check_bd_rewrite(col, b, "blockwrite")
            for i, w in enumerate(data):
                self.regs[addr + 4 * i] = w
            self._bd_written(col)
            return
        for i, w in enumerate(data):
            self.write(addr + 4 * i, w)

    def _check_bd_rewrite(self, col: int, bd_id: int, how: str) -> None:
        for ch in self.channels.values():
            if ch.key[0] != col:
                continue
            p = self.pos(ch)
            for t in ch.live:
                if t.started_op is not None and t.end <= p:
                    continue
                ids = {e.bd_id for e in t.executions} if t.executions is not None else self._chain_ids(col, t.bd_id)
                if bd_id in ids:
                    state = "running" if t.started_op is not None else "queued"
                    self.hazard(
                        "bd-rewrite",
                        f"{how} rewrites BD {bd_id} of shim col {col} while the {t.label()} is {state} "
                        "(no sync has proven it complete)",
                        f"shim col {col} BD {bd_id}",
                    )
                    return

    def _chain_ids(self, col: int, bd_id: int) -> set[int]:
        ids = set()
        b = bd_id
        while b not in ids:
            ids.add(b)
            d = self.bd(col, b)
            if not d.use_next_bd:
                break
            b = d.next_bd
        return ids

    def write(self, addr: int, value: int) -> None:
        col, row, off = tm.split_address(addr)
        if row == 0:
            if SHIM.bd_base <= off < SHIM.bd_base + SHIM.bd_count * SHIM.bd_stride:
                self._check_bd_rewrite(col, (off - SHIM.bd_base) // SHIM.bd_stride, "write32")
                self.regs[addr] = value
                self._bd_written(col)
                return
            for d in (tm.DmaDir.S2MM, tm.DmaDir.MM2S):
                for chn in range(SHIM.channels_per_dir):
                    if off == SHIM.queue_offset(d, chn):
                        self.regs[addr] = value
                        self.push((col, int(d), chn), value)
                        return
            self.regs[addr] = value
            self._other("shim other")
            return
        self.regs[addr] = value
        if row >= self.design.device.first_core_row:
            if CORE.lock_base <= off < CORE.lock_base + CORE.lock_count * CORE.lock_stride and (off - CORE.lock_base) % CORE.lock_stride == 0:
                n = (off - CORE.lock_base) // CORE.lock_stride
                li = self._bind_lock(col, row, n)
                if li is None:
                    self.notes.append(f"op {self.op_index}: write to lock {n} of core ({col},{row}) that the design does not declare")
                else:
                    self.set_lock(li, value)
                return
            if off < 0x10000:
                if self._write_core_memory(col, row, off, value):
                    return
            self._other("core other")
            return
        self._other("memtile" if row == 1 else "other")

    def _other(self, what: str) -> None:
        self.other_writes[what] = self.other_writes.get(what, 0) + 1

    def _bind_lock(self, col: int, row: int, n: int) -> int | None:
        key = (col, row, n)
        if key in self.lock_bindings:
            return self.lock_bindings[key]
        free = [i for i, lk in enumerate(self.design.locks) if lk.tile == (col, row) and lk.lock_id is None
                and i not in self.lock_bindings.values()]  # fmt: skip
        if len(free) == 1:
            self.lock_bindings[key] = free[0]
            self.notes.append(f"lock {n} of core ({col},{row}) bound to the tile's only ID-less aie.lock (PD)")
            return free[0]
        return None

    def _write_core_memory(self, col: int, row: int, off: int, value: int) -> bool:
        for buf in self.design.buffers:
            if buf.tile != (col, row) or buf.address is None:
                continue
            raw = buf.data.view(np.uint8)
            if buf.address <= off and off + 4 <= buf.address + raw.size:
                o = off - buf.address
                raw[o : o + 4] = np.frombuffer(int(value).to_bytes(4, "little"), dtype=np.uint8)
                return True
        self.notes.append(f"op {self.op_index}: write32 to core ({col},{row}) memory 0x{off:X} matches no aie.buffer with an address")
        return False

    def ddr_patch(self, op: nb.DdrPatch) -> None:
        col, row, off = tm.split_address(op.addr)
        if row == 0 and SHIM.bd_base <= off - 4 < SHIM.bd_base + SHIM.bd_count * SHIM.bd_stride:
            self._check_bd_rewrite(col, (off - 4 - SHIM.bd_base) // SHIM.bd_stride, "DDR_PATCH")
        value = self.mem.patch_value(op.arg_idx, op.arg_plus, self.fold)
        if value is None:
            self.hazard(
                "patch-argument",
                f"DDR_PATCH at 0x{op.addr:08X} names argument {op.arg_idx} but only {len(self.mem)} buffers were passed",
                f"shim col {col} BD {(off - 4 - SHIM.bd_base) // SHIM.bd_stride}" if row == 0 else f"0x{op.addr:08X}",
            )
            value = 0  # unmapped: any DMA through this BD is reported
        self.regs[op.addr] = value & 0xFFFFFFFC
        hi = self.regs.get(op.addr + 4, 0)
        self.regs[op.addr + 4] = (hi & 0xFFFF0000) | ((value >> 32) & 0xFFFF)
        self._bd_written(col)

    def push(self, key, value: int) -> None:
        ch = self._channel(key)
        ch.pushes += 1
        t = Task(key, len(ch.tasks), self.op_index, value & 0xF, (value >> 16) & 0xFF, bool(value >> 31))
        pending = [x for x in ch.live if x.started_op is None]
        if len(pending) >= tm.TASK_QUEUE_DEPTH:
            t.dropped = True
            ch.tasks.append(t)
            self.hazard(
                "queue-overflow",
                f"push of BD {t.bd_id} onto {chan_name(key)} is dropped: its queue already holds "
                f"{len(pending)} tasks that have not started (pushed at ops {', '.join(str(x.push_op) for x in pending)})",
                chan_name(key),
            )
            return
        ch.tasks.append(t)
        self.layout(ch)
        self._advance(ch)

    def sync(self, op: nb.Sync) -> None:
        if op.row != 0 or op.row_num != 1:
            self.hazard("sync", f"sync on rows {op.row}..{op.row + op.row_num - 1}: only shim TCTs are modelled")
        for col in range(op.column, op.column + op.column_num):
            key = (col, op.direction, op.channel)
            ch = self._channel(key)
            self.layout(ch)
            token_tasks = [t for t in ch.live if t.token]
            k = ch.tokens_consumed
            if k >= len(token_tasks):
                self._deadlock(
                    Failure(
                        [f"sync at op {self.op_index} waits for token #{k + 1} of {chan_name(key)}, "
                         f"but only {len(token_tasks)} token-issuing tasks were pushed there"],
                        [chan_name(key)],
                    )  # fmt: skip
                )
                return
            t = token_tasks[k]
            if ch.fifo is None:
                self._deadlock(Failure([f"sync at op {self.op_index}: {chan_name(key)} carries no objectfifo"], [chan_name(key)]))
                return
            fail = self.demand(("F", ch.fifo.name), t.end, f"sync at op {self.op_index} waits for the token of the {t.label()}")
            if fail is not None:
                self._deadlock(fail)
                return
            ch.tokens_consumed += 1
            t.token_op = self.op_index

    def maskpoll(self, op: nb.MaskPoll32) -> None:
        col, row, off = tm.split_address(op.addr)
        if row == 0 and SHIM.s2mm_status <= off < SHIM.s2mm_status + 16 and off % 4 == 0:
            i = (off - SHIM.s2mm_status) // 4
            d, chn = (0, i) if i < 2 else (1, i - 2)
            ch = self._channel((col, d, chn))
            self.layout(ch)
            p = self.pos(ch)
            candidates = [p] + sorted({t.start for t in ch.live if t.start > p})
            for cand in candidates:
                pending = [t for t in ch.live if t.start > cand]
                status = min(len(pending), 7) << tm.STATUS_TASK_QUEUE_SIZE_SHIFT
                if (status & op.mask) == (op.value & op.mask):
                    if cand > p and ch.fifo is not None:
                        fail = self.demand(("F", ch.fifo.name), cand, f"maskpoll at op {self.op_index} on {chan_name(ch.key)} status")
                        if fail is not None:
                            self._deadlock(fail)
                    return
            self._deadlock(Failure([f"maskpoll at op {self.op_index} on {chan_name(ch.key)} status can never be satisfied"], [chan_name(ch.key)]))
            return
        if (self.regs.get(op.addr, 0) & op.mask) != (op.value & op.mask):
            self._deadlock(Failure([f"maskpoll at op {self.op_index} on register 0x{op.addr:08X} is never satisfied"], [f"0x{op.addr:08X}"]))

    def _deadlock(self, fail: Failure) -> None:
        self.deadlock = fail
        self.deadlock_op = self.op_index

    # ------------------------------------------------------------------
    # End of the stream: run the array as far as it goes
    # ------------------------------------------------------------------
    def finish(self) -> None:
        for ch in list(self.channels.values()):
            if ch.fifo is None or not ch.live:
                continue
            end = self.layout(ch)
            target = ch.live[-1].end
            if self.pos(ch) >= target:
                continue
            fail = self.demand(("F", ch.fifo.name), min(end, target), "the end of the instruction stream", transactional=True)
            if fail is None and end >= target:
                continue
            lo, hi = self.pos(ch), min(end, target)
            if fail is None:
                lo = hi
            else:
                hi -= 1
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if self.demand(("F", ch.fifo.name), mid, "end", transactional=True) is None:
                        lo = mid
                    else:
                        hi = mid - 1
                self.demand(("F", ch.fifo.name), lo, "end", transactional=True)
        self._after_progress()
        # Tasks that never completed, tokens never consumed.
        for ch in self.channels.values():
            p = self.pos(ch)
            for t in ch.live:
                if t.end > p or t.started_op is None:
                    state = "never started" if t.started_op is None else f"stopped after {p - t.start} of {t.end - t.start} elements"
                    self.hazard("incomplete", f"the {t.label()} never completes ({state})", chan_name(ch.key), op=t.push_op)
                elif t.token and t.token_op is None:
                    self.hazard(
                        "token-not-synced",
                        f"the {t.label()} issues a completion token that no sync consumes; the host may read its "
                        "output before it is written",
                        chan_name(ch.key), op=t.push_op,
                    )  # fmt: skip

    # ------------------------------------------------------------------
    def stats(self) -> list[ChannelStats]:
        out = []
        for key in sorted(self.channels):
            ch = self.channels[key]
            p = self.pos(ch)
            epw = ch.elems_per_word
            out.append(
                ChannelStats(
                    channel=chan_name(key),
                    fifo=ch.fifo.name if ch.fifo else None,
                    pushes=ch.pushes,
                    dropped=sum(1 for t in ch.tasks if t.dropped),
                    completed=sum(1 for t in ch.live if t.end <= p and t.started_op is not None),
                    words=p // epw,
                    bytes=p // epw * 4,
                    tokens_issued=sum(1 for t in ch.live if t.token and t.end <= p and t.started_op is not None),
                    tokens_consumed=ch.tokens_consumed,
                )
            )
        return out
