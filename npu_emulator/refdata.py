"""Reference data path: every object materialised, every core op interpreted.

Slow and literal, for small designs and for cross-checking the fast path. Given the
control model's plan (which tasks ran, with which BD snapshots, how far each shim
channel got) it computes every byte the DMAs move:

  shim MM2S: the §9 address formula word by word over the host buffer
  objectfifo: producer dimensionsToStream gather, consumer dimensionsFromStream scatter
  links: distribute slices / join slices with the L2-side transform per slice
  cores: the program interpreted op by op on real L1 buffers (rotating producer
         buffers, so a kernel that forgets to zero sees stale data as hardware would)
  shim S2MM: the stream written word by word through the drain BDs
"""

from __future__ import annotations

import numpy as np

from npu_emulator import kernels as K
from npu_emulator.control import Control, chan_name
from npu_emulator.design import Design, DesignError, Fifo
from npu_emulator.hostmem import HostMemory, SPAN
from npu_emulator.program import (
    Access,
    Acquire,
    Arith,
    Call,
    Const,
    End,
    For,
    Load,
    Release,
    Store,
    UseLock,
    eval_arith,
    trip_count,
)


def dims_index(dims: list[tuple[int, int]], total: int) -> np.ndarray:
    """addr(p) for p < total (gemm-dataflow §1.3): mixed radix digits of p with the
    outermost digit unbounded, addr = sum(i_j * T_j)."""
    p = np.arange(total, dtype=np.int64)
    if not dims:
        return p
    addr = np.zeros(total, dtype=np.int64)
    rem = p
    for j in range(len(dims) - 1, 0, -1):
        s, t = dims[j]
        addr += (rem % s) * t
        rem = rem // s
    addr += rem * dims[0][1]
    return addr


class Blocked(Exception):
    pass


class RefData:
    def __init__(self, design: Design, ctl: Control, mem: HostMemory):
        self.d = design
        self.ctl = ctl
        self.mem = mem
        self.hazards = ctl.hazards
        self.notes = ctl.notes
        self._delivered: dict[str, np.ndarray] = {}
        self._produced: dict[str, list[np.ndarray]] = {}
        self._ran: set = set()
        self._visiting: set = set()
        self.fifo_objects: dict[str, int] = {}

    # ------------------------------------------------------------------
    def run(self) -> None:
        for key, ch in sorted(self.ctl.channels.items()):
            if key[1] == 0 and ch.fifo is not None and ch.live:
                self._drain(ch)
        for name in self.d.fifos:
            if name in self._delivered:
                self.fifo_objects[name] = self._delivered[name].shape[0]

    # ------------------------------------------------------------------
    # Host side
    # ------------------------------------------------------------------
    def _word_addresses(self, ch, t, e) -> tuple[int, np.ndarray, np.ndarray] | None:
        """(buffer, byte offsets, valid mask) of one execution's words."""
        base = e.bd.base_address
        offs = base + 4 * e.bd.word_offsets(e.iteration)
        hit = self.mem.resolve(base)
        if hit is None:
            self.ctl.hazard(
                "out-of-bounds",
                f"{t.label()}: BD {e.bd_id} points at {self.mem.describe(base)} (no host buffer is bound to it)",
                chan_name(ch.key), op=t.push_op,
            )  # fmt: skip
            return None
        k, _ = hit
        rel = offs - ((k + 1) * SPAN)
        size = self.mem.buffers[k].nbytes
        ok = (rel >= 0) & (rel + 4 <= size)
        if not ok.all():
            bad = rel[~ok]
            self.ctl.hazard(
                "out-of-bounds",
                f"{t.label()}: BD {e.bd_id} accesses bytes [{bad.min()}, {bad.max() + 4}) of buffer {k} "
                f"({size} bytes); {int((~ok).sum())} of {ok.size} words out of bounds",
                chan_name(ch.key), op=t.push_op,
            )  # fmt: skip
        return k, rel, ok

    def _fill_stream(self, ch) -> np.ndarray:
        """Elements a shim MM2S channel sends (up to the control model's position)."""
        f = ch.fifo
        pos = self.ctl.pos(ch)
        chunks = []
        for t in ch.live:
            if t.executions is None:
                break
            for e in t.executions:
                words = np.zeros((e.words, 4), dtype=np.uint8)
                got = self._word_addresses(ch, t, e)
                if got is not None:
                    k, rel, ok = got
                    raw = self.mem.buffers[k].raw
                    idx = rel[ok][:, None] + np.arange(4)
                    words[ok] = raw[idx]
                chunks.append(words.reshape(-1))
        data = np.concatenate(chunks) if chunks else np.zeros(0, np.uint8)
        nbytes = pos * f.bits // 8
        return data[:nbytes].view(f.dtype)

    def _drain(self, ch) -> None:
        f = ch.fifo
        pos = self.ctl.pos(ch)
        objs = self.delivered(f.name)
        stream = objs.reshape(-1)
        if stream.size < pos:
            self.notes.append(
                f"{chan_name(ch.key)}: the control model completed {pos} elements but the data path has {stream.size}"
            )
            pos = stream.size
        data = np.ascontiguousarray(stream[:pos]).view(np.uint8)
        cursor = 0
        for t in ch.live:
            if t.executions is None or cursor >= data.size:
                break
            for e in t.executions:
                if cursor >= data.size:
                    break
                nb = min(e.words * 4, data.size - cursor)
                chunk = data[cursor : cursor + nb]
                cursor += e.words * 4
                got = self._word_addresses(ch, t, e)
                if got is None:
                    continue
                k, rel, ok = got
                nw = nb // 4
                rel, ok = rel[:nw], ok[:nw]
                raw = self.mem.buffers[k].raw
                w = chunk[: nw * 4].reshape(nw, 4)
                idx = rel[ok][:, None] + np.arange(4)
                raw[idx] = w[ok]

    # ------------------------------------------------------------------
    # Fifo streams
    # ------------------------------------------------------------------
    def delivered(self, name: str) -> np.ndarray:
        """Objects of `name` in stream order (after the producer's transform): (n, S)."""
        if name in self._delivered:
            return self._delivered[name]
        if name in self._visiting:
            raise DesignError(f"cyclic dataflow through @{name} is not supported")
        self._visiting.add(name)
        f = self.d.fifos[name]
        S = f.size
        p = f.producer
        if p.kind == "shim":
            ch = self.ctl.channels.get(f.shim_channel)
            if ch is None or not ch.live:
                out = np.zeros((0, S), f.dtype)
            else:
                s = self._fill_stream(ch)
                n = s.size // S
                out = s[: n * S].reshape(n, S)
        elif p.kind == "core":
            self._run_core(p.tile)
            bufs = self._produced.get(name, [])
            idx = dims_index(f.dims_to, S)
            out = np.stack([b.reshape(-1)[idx] for b in bufs]) if bufs else np.zeros((0, S), f.dtype)
        else:
            out = self._link_output(f)
        self._visiting.discard(name)
        self._delivered[name] = out
        return out

    def consumer_view(self, f: Fifo, j: int) -> np.ndarray:
        """Objects as they land in consumer j's buffers (dimensionsFromStream scatter)."""
        objs = self.delivered(f.name)
        dims = f.dims_from[j]
        if not dims:
            return objs
        idx = dims_index(dims, f.size)
        out = np.zeros_like(objs)
        if np.unique(idx).size != idx.size or idx.min() < 0 or idx.max() >= f.size:
            self.notes.append(f"@{f.name}: dimensionsFromStream of consumer {j} is not a permutation of the object")
            keep = (idx >= 0) & (idx < f.size)
            out[:, idx[keep]] = objs[:, keep]
            return out
        out[:, idx] = objs
        return out

    def _link_output(self, f: Fifo) -> np.ndarray:
        ln = f.fed_by
        if ln.kind in ("forward", "distribute"):
            src = self.d.fifos[ln.inputs[0]]
            l2 = self.consumer_view(src, 0)
            j = ln.outputs.index(f.name)
            o, length = ln.slices[j]
            return l2[:, o + dims_index(f.dims_to, length)]
        parts = []
        n = None
        for i, nm in enumerate(ln.inputs):
            src = self.d.fifos[nm]
            v = self.consumer_view(src, src.consumer_index(ln.tile))
            parts.append(v)
            n = v.shape[0] if n is None else min(n, v.shape[0])
        l2 = np.zeros((n, ln.l2_size), dtype=f.dtype)
        for (o, length), v in zip(ln.slices, parts):
            l2[:, o : o + length] = v[:n]
        cols = np.concatenate([o + dims_index(f.dims_to, length) for o, length in ln.slices])
        return l2[:, cols]

    # ------------------------------------------------------------------
    # Cores
    # ------------------------------------------------------------------
    def _run_core(self, tile) -> None:
        if tile in self._ran:
            return
        self._ran.add(tile)
        prog = self.ctl.progs[tile]
        run = _CoreRun(self, tile, prog)
        run.execute()
        for name, bufs in run.produced.items():
            self._produced[name] = bufs


class _CoreRun:
    MAX_IDLE_ITERATIONS = 1_000_000

    def __init__(self, ref: RefData, tile, prog):
        self.ref = ref
        self.d = ref.d
        self.tile = tile
        self.prog = prog
        self.env: dict[int, object] = {}
        for i, v in prog.values.items():
            self.env[i] = v
        self.inputs: dict[str, np.ndarray] = {}
        self.next_obj: dict[str, int] = {}
        self.held: dict[tuple[str, str], list] = {}
        self.bufs: dict[str, list[np.ndarray]] = {}
        self.acq_count: dict[str, int] = {}
        self.produced: dict[str, list[np.ndarray]] = {}
        stream = ref.ctl.streams[tile]
        self.loads = list(stream.loads)
        self.load_i = 0
        self.lock_supply = ref.ctl.lock_supply
        self.lock_acq: dict[int, int] = {}
        self.events = 0

    def execute(self) -> None:
        try:
            self.block(self.prog.body)
        except Blocked:
            pass

    def fifo_input(self, name: str) -> np.ndarray:
        if name not in self.inputs:
            f = self.d.fifos[name]
            self.inputs[name] = self.ref.consumer_view(f, f.consumer_index(self.tile)).copy()
            self.next_obj[name] = 0
        return self.inputs[name]

    def value(self, vid):
        return self.env[vid]

    def block(self, body) -> None:
        env = self.env
        for nd in body:
            if isinstance(nd, Const):
                env[nd.res] = nd.value
            elif isinstance(nd, Arith):
                env[nd.res] = eval_arith(nd, env)
            elif isinstance(nd, Load):
                if self.load_i < len(self.loads):
                    v = self.loads[self.load_i]
                else:
                    idx = [env[i] for i in nd.idx]
                    v = self.ref.ctl._read_buffer(nd.buffer, idx)
                self.load_i += 1
                env[nd.res] = v
            elif isinstance(nd, Store):
                idx = [env[i] for i in nd.idx]
                flat = 0
                for dd, i in zip(nd.buffer.shape, idx):
                    flat = flat * dd + i
                nd.buffer.data[flat] = env[nd.value]
            elif isinstance(nd, For):
                lb, ub, step = env[nd.lb], env[nd.ub], env[nd.step]
                n = trip_count(lb, ub, step)
                i = 0
                while i < n:
                    env[nd.iv] = lb + i * step
                    before = self.events
                    self.block(nd.body)
                    if self.events == before:
                        idle = getattr(self, "_idle", 0) + 1
                        self._idle = idle
                        if idle > self.MAX_IDLE_ITERATIONS:
                            raise DesignError(f"core {self.tile}: a loop spins without touching any fifo or lock")
                    i += 1
            elif isinstance(nd, Acquire):
                self.acquire(nd)
            elif isinstance(nd, Access):
                sv = env[nd.sv]
                f = self.d.fifos[sv[0]]
                if nd.index >= len(sv[1]):
                    raise DesignError(f"core {self.tile}: subview access [{nd.index}] beyond the {len(sv[1])} acquired objects")
                env[nd.res] = (sv[1][nd.index], f.shape)
            elif isinstance(nd, Release):
                self.release(nd)
            elif isinstance(nd, UseLock):
                if nd.action in ("Acquire", "AcquireGreaterEqual"):
                    li = self.ref.ctl._lock_index(nd.lock)
                    have = self.lock_supply.get(li, 0) - self.lock_acq.get(li, 0)
                    if have < nd.value:
                        raise Blocked()
                    self.lock_acq[li] = self.lock_acq.get(li, 0) + nd.value
                    self.events += 1
            elif isinstance(nd, Call):
                self.call(nd)
            elif isinstance(nd, End):
                raise Blocked()

    def acquire(self, nd: Acquire) -> None:
        key = (nd.fifo, nd.port)
        held = self.held.setdefault(key, [])
        new = max(0, nd.n - len(held))
        f = self.d.fifos[nd.fifo]
        if nd.port == "Consume":
            objs = self.fifo_input(nd.fifo)
            k = self.next_obj[nd.fifo]
            if k + new > objs.shape[0]:
                raise Blocked()
            for x in range(k, k + new):
                held.append(objs[x])
            self.next_obj[nd.fifo] = k + new
        else:
            bufs = self.bufs.setdefault(nd.fifo, [np.zeros(f.size, f.dtype) for _ in range(f.producer_depth)])
            for _ in range(new):
                c = self.acq_count.get(nd.fifo, 0)
                held.append(bufs[c % len(bufs)])
                self.acq_count[nd.fifo] = c + 1
        self.events += 1
        self.env[nd.res] = (nd.fifo, held[: nd.n])

    def release(self, nd: Release) -> None:
        key = (nd.fifo, nd.port)
        held = self.held.get(key, [])
        if nd.n > len(held):
            raise DesignError(f"core {self.tile}: releases {nd.n} objects of @{nd.fifo} but holds {len(held)}")
        done, self.held[key] = held[: nd.n], held[nd.n :]
        if nd.port == "Produce":
            out = self.produced.setdefault(nd.fifo, [])
            for b in done:
                out.append(b.copy())
        self.events += 1

    def memref(self, vid):
        v = self.env[vid]
        if isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], np.ndarray):
            return v
        if hasattr(v, "data") and hasattr(v, "shape") and hasattr(v, "tile"):
            if v.tile != self.tile:
                raise DesignError(f"core {self.tile}: uses buffer {v.name} of tile {v.tile}")
            return (v.data, v.shape)
        raise DesignError(f"core {self.tile}: kernel argument is not a memref")

    def call(self, nd: Call) -> None:
        kern = K.classify(nd.callee)
        cfg = self.d.kernel_config
        if kern.kind == "zero":
            buf, _ = self.memref(nd.args[0])
            K.kernel_zero(buf)
        elif kern.kind == "matmul":
            (a, sa), (b, sb), (c, sc) = (self.memref(x) for x in nd.args[:3])
            m, k = sa
            k2, n = sb
            if k2 != k or tuple(sc) != (m, n):
                raise DesignError(f"core {self.tile}: {nd.callee} shapes {sa} x {sb} -> {sc} do not match")
            err = K.check_layout_constraints(kern, m, k, n, cfg)
            if err:
                raise DesignError(err)
            K.kernel_matmul(kern, a, b, c, (m, k, n), cfg)
        else:
            (src, _), (dst, _) = self.memref(nd.args[0]), self.memref(nd.args[1])
            count = self.env[nd.args[2]]
            K.kernel_convert(src, dst, int(count))
