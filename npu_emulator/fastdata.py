"""Fast data path: whole streams as index provenance, cores as batched GEMMs.

The same semantics as refdata.py, computed in bulk:

* A fifo stream is a list of `Batch`es. Object o of a batch, element q, is
  `part.src.flat[part.bases[o] + part.pat[q]]` for the part covering q: the exact host
  (or core-output) element the DMAs deliver there. Shim MM2S tasks become batches by
  cutting the BD's affine pattern into objects; links and dimensionsTo/FromStream
  transforms compose into `pat`; nothing is copied until a kernel reads it.
* A core's tile loop is executed once for a whole batch of iterations: each acquire
  yields a vector of object indices, each kernel call acts on all iterations. Chains
  of matmul calls on one accumulator are deferred and run as Kt sequential steps
  over blocks of tiles; when the provenance shows one operand is the same for a run
  of tiles (the A panel re-sent per column block, the B block per row block), the
  step is one GEMM over the whole block (m x k @ k x (tiles*n)), with the kernel's
  rounding (bf16 RNE per call) applied after every step, exactly as mm.cc does.
* Drains scatter the provenance of the drained stream through the S2MM BDs.

Anything outside this shape raises `Unsupported` before any host byte is written,
and the caller falls back to the reference path (or, per core, the reference
interpreter is used on materialised inputs).
"""

from __future__ import annotations

import ctypes
import glob
import os
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from npu_emulator import _native
from npu_emulator import kernels as K
from npu_emulator.blas import Mat, gemm_acc, gemm_acc_mat
from npu_emulator import strided as st
from npu_emulator.control import Control, chan_name
from npu_emulator.design import Design, DesignError, Fifo
from npu_emulator.hostmem import HostMemory
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
from npu_emulator.refdata import Blocked, RefData, _CoreRun, dims_index

CHUNK_ELEMS = int(os.environ.get("NPU_EMULATOR_CHUNK", 1 << 18))
MERGE_ROWS = int(os.environ.get("NPU_EMULATOR_MERGE_ROWS", 256))
NATIVE = _native.chain_isa() > 0
CACHE_BYTES = int(os.environ.get("NPU_EMULATOR_CACHE_MB", 1536)) << 20
WORKERS = int(os.environ.get("NPU_EMULATOR_THREADS", os.cpu_count() or 1))


_LITTLE = np.little_endian


class Unsupported(Exception):
    """The fast path does not vectorise this construct."""


# ---------------------------------------------------------------------------
# BLAS threads: workers run single-threaded BLAS side by side
# ---------------------------------------------------------------------------
_blas_local = None


def _blas_set_local():
    global _blas_local
    if _blas_local is None:
        _blas_local = False
        import numpy

        libs = glob.glob(os.path.join(os.path.dirname(numpy.__file__), os.pardir, "numpy.libs", "*openblas*"))
        for path in libs:
            try:
                lib = ctypes.CDLL(path)
                fn = getattr(lib, "openblas_set_num_threads_local", None)
                if fn is not None:
                    fn.restype = ctypes.c_int
                    fn.argtypes = [ctypes.c_int]
                    _blas_local = fn
                    break
            except OSError:
                continue
    return _blas_local or None


def _worker_init():
    fn = _blas_set_local()
    if fn is not None:
        fn(1)


# ---------------------------------------------------------------------------
# Provenance
# ---------------------------------------------------------------------------
@dataclass(eq=False)
class Source:
    name: str
    flat: np.ndarray
    ready: bool = True  # False for a core output store until its finalizer ran


@dataclass(eq=False)
class Part:
    src: Source
    bases: np.ndarray  # (n,)
    pat: np.ndarray  # (L,) or (n, L)
    start: int
    length: int

    def sliced(self, i0: int, i1: int) -> Part:
        pat = self.pat if self.pat.ndim == 1 else self.pat[i0:i1]
        return Part(self.src, self.bases[i0:i1], pat, self.start, self.length)


@dataclass(eq=False)
class Batch:
    n: int
    parts: list[Part]

    def sliced(self, i0: int, i1: int) -> Batch:
        return Batch(i1 - i0, [p.sliced(i0, i1) for p in self.parts])

    def elems(self, idx: np.ndarray) -> Batch:
        """New objects whose element q is old element idx[q]."""
        idx = np.asarray(idx, dtype=np.int64)
        starts = np.array([p.start for p in self.parts])
        which = np.searchsorted(starts, idx, side="right") - 1
        parts = []
        q = 0
        L = idx.size
        while q < L:
            w = which[q]
            e = q + 1
            while e < L and which[e] == w:
                e += 1
            p = self.parts[w]
            local = idx[q:e] - p.start
            if local.min() < 0 or local.max() >= p.length:
                raise Unsupported("a transform reads outside the object")
            pat = p.pat[local] if p.pat.ndim == 1 else p.pat[:, local]
            parts.append(Part(p.src, p.bases, pat, q, e - q))
            q = e
        return Batch(self.n, parts)


def stream_len(stream: list[Batch]) -> int:
    return sum(b.n for b in stream)


def stream_slice(stream: list[Batch], i0: int, i1: int) -> list[Batch]:
    out = []
    pos = 0
    for b in stream:
        a, e = max(i0, pos), min(i1, pos + b.n)
        if a < e:
            out.append(b if (a == pos and e == pos + b.n) else b.sliced(a - pos, e - pos))
        pos += b.n
        if pos >= i1:
            break
    return out


def stream_starts(stream: list[Batch]) -> np.ndarray:
    s = np.zeros(len(stream) + 1, dtype=np.int64)
    for i, b in enumerate(stream):
        s[i + 1] = s[i] + b.n
    return s


# ---------------------------------------------------------------------------
# Affine runs of elements
# ---------------------------------------------------------------------------
@dataclass
class Run:
    src: Source
    base: int
    dims: list[tuple[int, int]] | None  # None: explicit offsets
    offsets: np.ndarray | None = None

    @property
    def length(self) -> int:
        if self.dims is None:
            return int(self.offsets.size)
        n = 1
        for s, _ in self.dims:
            n *= s
        return n

    def explicit(self) -> np.ndarray:
        if self.dims is None:
            return self.offsets
        return st.dims_offsets(self.base, self.dims)


def merge_runs(runs: list[Run]) -> list[Run]:
    """Fold consecutive runs with the same shape and evenly spaced bases into one run
    with an extra outer dimension (repeats / iteration steps of one BD)."""
    out: list[Run] = []
    group: list[Run] = []

    def flush():
        if not group:
            return
        if len(group) == 1:
            out.append(group[0])
        else:
            delta = group[1].base - group[0].base
            out.append(Run(group[0].src, group[0].base, [(len(group), delta)] + list(group[0].dims)))
        group.clear()

    for r in runs:
        if r.dims is None:
            flush()
            out.append(r)
            continue
        if group and r.src is group[0].src and r.dims == group[0].dims:
            if len(group) == 1 or r.base - group[-1].base == group[1].base - group[0].base:
                group.append(r)
                continue
        flush()
        group.append(r)
    flush()
    return out


def truncate_runs(runs: list[Run], total: int) -> list[Run]:
    out = []
    left = total
    for r in runs:
        if left <= 0:
            break
        L = r.length
        if L <= left:
            out.append(r)
            left -= L
        else:
            out.append(Run(r.src, 0, None, r.explicit()[:left]))
            left = 0
    return out


def cut_runs(runs: list[Run], S: int) -> list[Batch]:
    """Objects of S elements from consecutive runs (complete objects only)."""
    out: list[Batch] = []
    carry: list[tuple[Source, np.ndarray]] = []
    carried = 0
    for r in runs:
        if carried == 0 and r.dims is not None and r.length % S == 0:
            sp = st.split_dims(r.dims, S)
            if sp is not None:
                outer, inner = sp
                bases = st.dims_offsets(r.base, outer)
                pat = st.dims_offsets(0, inner)
                out.append(Batch(bases.size, [Part(r.src, bases, pat, 0, S)]))
                continue
        offs = r.explicit()
        pos = 0
        if carried:
            need = S - carried
            take = offs[:need]
            carry.append((r.src, take))
            carried += take.size
            pos = take.size
            if carried == S:
                out.append(_explicit_object(carry, S))
                carry, carried = [], 0
        rest = offs[pos:]
        nfull = rest.size // S
        if nfull:
            body = rest[: nfull * S].reshape(nfull, S)
            out.append(Batch(nfull, [Part(r.src, np.zeros(nfull, np.int64), body, 0, S)]))
        tail = rest[nfull * S :]
        if tail.size:
            carry.append((r.src, tail))
            carried += tail.size
    return out


def _explicit_object(pieces, S) -> Batch:
    parts = []
    q = 0
    for src, offs in pieces:
        parts.append(Part(src, np.zeros(1, np.int64), offs.reshape(1, -1), q, offs.size))
        q += offs.size
    return Batch(1, parts)


# ---------------------------------------------------------------------------
# Accumulators of a batched tile loop
# ---------------------------------------------------------------------------
class Acc:
    """The per-iteration contents of one L1 buffer (a produced object or a private
    buffer) across a batch of k iterations: logical (k, m, n) float32 values."""

    def __init__(self, k: int, shape, dtype: np.dtype, what: str):
        self.k = k
        self.shape = tuple(shape)
        self.dtype = dtype
        self.what = what
        self.state = "undefined"  # "zero" | "values"
        self.values: np.ndarray | None = None
        self.layout = None  # layout key of the kernel that wrote the values
        self.pending: list = []
        self.specs: list = []  # deferred GEMM chains (state "deferred")
        self.dest: np.ndarray | None = None  # bf16 (k, m, n) store rows the jobs write directly

    def array_for_deferred(self) -> np.ndarray:
        """The float32 store of a deferred chain without a bf16 destination."""
        if self.values is None:
            self.values = np.zeros((self.k,) + self.shape, np.float32)
        return self.values

    def array(self) -> np.ndarray:
        if self.state == "values":
            return self.values
        if self.state == "zero":
            self.values = np.zeros((self.k,) + self.shape, np.float32)
            self.state = "values"
            return self.values
        if self.state == "deferred":
            raise Unsupported(f"{self.what} is read while its GEMM chain is deferred")
        raise Unsupported(f"{self.what} is read before a kernel writes it (stale buffer contents)")


# ---------------------------------------------------------------------------
# The engine
# ---------------------------------------------------------------------------
class FastData:
    def __init__(self, design: Design, ctl: Control, mem: HostMemory):
        self.d = design
        self.ctl = ctl
        self.mem = mem
        self._streams: dict[str, list[Batch]] = {}
        self._consumer: dict[tuple[str, int], list[Batch]] = {}
        self._visiting: set[str] = set()
        self._sources: dict[tuple[int, str], Source] = {}
        self._core_done: set = set()
        self._core_streams: dict[str, list[Batch]] = {}
        self.fallbacks: list[str] = []
        self._ref: RefData | None = None
        self.cache = _GatherCache(CACHE_BYTES)
        self.pool = ThreadPoolExecutor(max(1, WORKERS), initializer=_worker_init) if WORKERS > 1 else None
        self.stats = {"gemm_steps": 0, "tiles": 0, "jobs": 0, "chains": 0}
        self.qcache: dict = {}
        self.bcache: dict = {}
        self.pending: list[Spec] = []
        self.finalizers: list = []

    def execute(self, specs: list[Spec]) -> None:
        jobs = plan_jobs(specs, self.cache)
        self.stats["jobs"] += len(jobs)
        self.stats["chains"] += len(specs)
        _run_jobs(self.pool, jobs)

    def settle(self) -> None:
        """Run the deferred GEMM chains and fill the core output stores."""
        if self.pending:
            specs, self.pending = self.pending, []
            self.execute(specs)
        fins, self.finalizers = self.finalizers, []
        for fin in fins:
            fin()

    # ------------------------------------------------------------------
    def run(self) -> None:
        setter = _blas_set_local()
        previous = setter(1) if setter is not None else None
        try:
            plans = []
            for key, ch in sorted(self.ctl.channels.items()):
                if key[1] == 0 and ch.fifo is not None and ch.live:
                    plans.append(self._drain_plan(ch))
            self.settle()
            for plan in plans:
                for fn in plan:
                    fn()
        finally:
            if self.pool is not None:
                self.pool.shutdown()
            if setter is not None and previous is not None and previous > 0:
                setter(previous)

    # ------------------------------------------------------------------
    # Host runs
    # ------------------------------------------------------------------
    def host_source(self, k: int, dtype: np.dtype) -> Source:
        key = (k, dtype.str)
        s = self._sources.get(key)
        if s is None:
            raw = self.mem.buffers[k].raw
            usable = raw.size - raw.size % dtype.itemsize
            s = Source(f"buffer {k}", raw[:usable].view(dtype))
            self._sources[key] = s
        return s

    def host_runs(self, ch) -> list[Run]:
        f = ch.fifo
        esize = f.dtype.itemsize
        epw = 4 // esize
        runs: list[Run] = []
        for t in ch.live:
            if t.executions is None:
                break
            for e in t.executions:
                base = e.bd.base_address
                hit = self.mem.resolve(base)
                if hit is None:
                    raise Unsupported(f"{t.label()}: BD {e.bd_id} is not bound to a host buffer")
                k, off = hit
                if off % esize:
                    raise Unsupported("unaligned base address")
                src = self.host_source(k, f.dtype)
                for wbase, wdims in e.bd.word_runs(e.iteration):
                    dims = [(s, t_ * epw) for s, t_ in wdims]
                    if epw > 1:
                        dims.append((epw, 1))
                    b = off // esize + wbase * epw
                    lo, hi = st.dims_extent(b, dims)
                    if lo < 0 or hi >= src.flat.size:
                        raise Unsupported(f"{t.label()} accesses buffer {k} out of bounds")
                    runs.append(Run(src, b, dims))
        return merge_runs(runs)

    # ------------------------------------------------------------------
    # Streams
    # ------------------------------------------------------------------
    def stream(self, name: str) -> list[Batch]:
        if name in self._streams:
            return self._streams[name]
        if name in self._visiting:
            raise Unsupported(f"cyclic dataflow through @{name}")
        self._visiting.add(name)
        f = self.d.fifos[name]
        p = f.producer
        if p.kind == "shim":
            ch = self.ctl.channels.get(f.shim_channel)
            if ch is None or not ch.live:
                out = []
            else:
                runs = truncate_runs(self.host_runs(ch), self.ctl.pos(ch))
                out = cut_runs(runs, f.size)
        elif p.kind == "core":
            self._run_core(p.tile)
            out = self._core_streams.get(name, [])
        else:
            out = self._link_output(f)
        self._visiting.discard(name)
        self._streams[name] = out
        return out

    def consumer_stream(self, f: Fifo, j: int) -> list[Batch]:
        key = (f.name, j)
        if key in self._consumer:
            return self._consumer[key]
        s = self.stream(f.name)
        dims = f.dims_from[j]
        if dims:
            idx = dims_index(dims, f.size)
            if idx.min() < 0 or idx.max() >= f.size or np.unique(idx).size != f.size:
                raise Unsupported(f"@{f.name}: dimensionsFromStream is not a permutation")
            inv = np.empty(f.size, np.int64)
            inv[idx] = np.arange(f.size)
            s = [b.elems(inv) for b in s]
        self._consumer[key] = s
        return s

    def _link_output(self, f: Fifo) -> list[Batch]:
        ln = f.fed_by
        if ln.kind in ("forward", "distribute"):
            src = self.d.fifos[ln.inputs[0]]
            l2 = self.consumer_stream(src, src.consumer_index(ln.tile))
            j = ln.outputs.index(f.name)
            o, length = ln.slices[j]
            idx = o + dims_index(f.dims_to, length)
            return [b.elems(idx) for b in l2]
        ins = []
        for nm in ln.inputs:
            src = self.d.fifos[nm]
            ins.append(self.consumer_stream(src, src.consumer_index(ln.tile)))
        n = min(stream_len(s) for s in ins)
        bounds = {0, n}
        for s in ins:
            for x in stream_starts(s):
                if x < n:
                    bounds.add(int(x))
        bounds = sorted(bounds)
        out = []
        for a, e in zip(bounds, bounds[1:]):
            parts = []
            cum = 0
            for (o, length), s in zip(ln.slices, ins):
                (b,) = stream_slice(s, a, e)
                sub = b.elems(dims_index(f.dims_to, length))
                for p in sub.parts:
                    parts.append(Part(p.src, p.bases, p.pat, p.start + cum, p.length))
                cum += length
            out.append(Batch(e - a, parts))
        return out

    # ------------------------------------------------------------------
    # Drains
    # ------------------------------------------------------------------
    def _drain_plan(self, ch) -> list:
        f = ch.fifo
        S = f.size
        pos = self.ctl.pos(ch)
        stream = self.stream(f.name)
        have = stream_len(stream) * S
        if have < pos:
            self.ctl.notes.append(f"{chan_name(ch.key)}: the control model completed {pos} elements but the data path has {have}")
            pos = have
        runs = truncate_runs(self.host_runs(ch), pos)
        actions = []
        e0 = 0
        for r in runs:
            L = r.length
            actions.append(self._write_action(r, stream, e0, L, S))
            e0 += L
        return actions

    def _write_action(self, r: Run, stream: list[Batch], e0: int, L: int, S: int):
        dst = r.src.flat
        if e0 % S == 0 and L % S == 0 and r.dims is not None:
            sp = st.split_dims(r.dims, S)
            if sp is not None:
                outer, inner = sp
                hb = st.dims_offsets(r.base, outer)
                hp = st.dims_offsets(0, inner)
                batches = stream_slice(stream, e0 // S, (e0 + L) // S)

                def act(hb=hb, hp=hp, batches=batches):
                    o = 0
                    for b in batches:
                        rows = hb[o : o + b.n]
                        for p in b.parts:
                            dpat = hp[p.start : p.start + p.length]
                            if p.pat.ndim == 1 and p.src.flat.dtype == dst.dtype and st.copy_pattern(dst, rows, dpat, p.src.flat, p.bases, p.pat):
                                continue
                            vals = st.gather(p.src.flat, p.bases, p.pat)
                            st.scatter(dst, rows, dpat, vals.astype(dst.dtype, copy=False))
                        o += b.n

                return act
        offs = r.explicit()

        def act_explicit(offs=offs):
            vals = self._explicit_values(stream, e0, L, S)
            dst[offs] = vals.astype(dst.dtype, copy=False)

        return act_explicit

    def _explicit_values(self, stream, e0, L, S) -> np.ndarray:
        o0, o1 = e0 // S, -(-(e0 + L) // S)
        chunks = []
        for b in stream_slice(stream, o0, o1):
            obj = np.empty((b.n, S), dtype=b.parts[0].src.flat.dtype)
            for p in b.parts:
                obj[:, p.start : p.start + p.length] = st.gather(p.src.flat, p.bases, p.pat)
            chunks.append(obj.reshape(-1))
        flat = np.concatenate(chunks) if chunks else np.zeros(0)
        a = e0 - o0 * S
        return flat[a : a + L]

    def materialise(self, stream: list[Batch], S: int, dtype) -> np.ndarray:
        if any(not p.src.ready for b in stream for p in b.parts):
            self.settle()
        out = np.empty((stream_len(stream), S), dtype=dtype)
        o = 0
        for b in stream:
            for p in b.parts:
                out[o : o + b.n, p.start : p.start + p.length] = st.gather(p.src.flat, p.bases, p.pat)
            o += b.n
        return out

    # ------------------------------------------------------------------
    # Cores
    # ------------------------------------------------------------------
    def _run_core(self, tile) -> None:
        if tile in self._core_done:
            return
        self._core_done.add(tile)
        prog = self.ctl.progs[tile]
        core = FastCore(self, tile, prog)
        try:
            core.execute()
            self._core_streams.update(core.streams())
        except Unsupported as e:
            self.fallbacks.append(f"core {tile}: reference interpreter ({e})")
            self._core_streams.update(self._reference_core(tile, prog))

    def _reference_core(self, tile, prog) -> dict[str, list[Batch]]:
        if self._ref is None:
            self._ref = RefData(self.d, self.ctl, self.mem)
            fast = self

            def consumer_view(f, j):
                return fast.materialise(fast.consumer_stream(f, j), f.size, f.dtype)

            self._ref.consumer_view = consumer_view  # type: ignore[method-assign]
        run = _CoreRun(self._ref, tile, prog)
        run.execute()
        out = {}
        for name, bufs in run.produced.items():
            f = self.d.fifos[name]
            store = np.stack(bufs).reshape(-1) if bufs else np.zeros(0, f.dtype)
            src = Source(f"core {tile} @{name}", store)
            n = len(bufs)
            out[name] = [Batch(n, [Part(src, np.arange(n, dtype=np.int64) * f.size, dims_index(f.dims_to, f.size), 0, f.size)])] if n else []
        return out


def _nbytes(v) -> int:
    return v.a.nbytes if isinstance(v, Mat) else v.nbytes


class _GatherCache:
    def __init__(self, cap: int):
        self.cap = cap
        self.bytes = 0
        self.d: OrderedDict = OrderedDict()
        self.lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key, make):
        with self.lock:
            v = self.d.get(key)
            if v is not None:
                self.d.move_to_end(key)
                self.hits += 1
                return v
        v = make()
        with self.lock:
            self.misses += 1
            if key not in self.d:
                self.d[key] = v
                self.bytes += _nbytes(v)
                while self.bytes > self.cap and self.d:
                    _, old = self.d.popitem(last=False)
                    self.bytes -= _nbytes(old)
        return v


# ---------------------------------------------------------------------------
# Batched execution of a core program
# ---------------------------------------------------------------------------
class _BatchIV:
    """Marker for the batched induction variable."""


class FastCore:
    def __init__(self, fd: FastData, tile, prog):
        self.fd = fd
        self.d = fd.d
        self.tile = tile
        self.prog = prog
        self.env: dict[int, object] = dict(prog.values)
        self.next_obj: dict[str, int] = {}
        self.prod_count: dict[str, int] = {}
        self.commits: dict[str, list] = {}
        ctl = fd.ctl
        self.loads = list(ctl.streams[tile].loads)
        self.load_i = 0
        self.lock_acq: dict[int, int] = {}
        self.cfg = self.d.kernel_config
        self._inputs: dict[str, tuple[list[Batch], np.ndarray]] = {}

    # -- inputs ---------------------------------------------------------
    def input(self, name: str) -> tuple[list[Batch], np.ndarray]:
        got = self._inputs.get(name)
        if got is None:
            f = self.d.fifos[name]
            s = self.fd.consumer_stream(f, f.consumer_index(self.tile))
            got = (s, stream_starts(s))
            self._inputs[name] = got
            self.next_obj.setdefault(name, 0)
        return got

    # -- scalar interpretation -----------------------------------------------
    def execute(self) -> None:
        try:
            self.block(self.prog.body)
        except Blocked:
            pass

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
                    v = self.fd.ctl._read_buffer(nd.buffer, [env[i] for i in nd.idx])
                self.load_i += 1
                env[nd.res] = v
            elif isinstance(nd, UseLock):
                if nd.action in ("Acquire", "AcquireGreaterEqual"):
                    li = self.fd.ctl._lock_index(nd.lock)
                    have = self.fd.ctl.lock_supply.get(li, 0) - self.lock_acq.get(li, 0)
                    if have < nd.value:
                        raise Blocked()
                    self.lock_acq[li] = self.lock_acq.get(li, 0) + nd.value
            elif isinstance(nd, For):
                lb, ub, step = env[nd.lb], env[nd.ub], env[nd.step]
                n = trip_count(lb, ub, step)
                if nd.static and _produces(nd.body):
                    self.batch_loop(nd, lb, step, n)
                    continue
                idle = 0
                for i in range(n):
                    env[nd.iv] = lb + i * step
                    before = sum(self.next_obj.values()) + sum(self.prod_count.values())
                    self.block(nd.body)
                    if sum(self.next_obj.values()) + sum(self.prod_count.values()) == before:
                        idle += 1
                        if idle > 1000:
                            raise Unsupported("a loop makes no fifo progress")
            elif isinstance(nd, End):
                raise Blocked()
            elif isinstance(nd, Store):
                raise Unsupported("memref.store in a core")
            else:
                raise Unsupported(f"{type(nd).__name__} outside a batched tile loop")

    # -- batched tile loop ------------------------------------------------------
    def batch_loop(self, nd: For, lb: int, step: int, trip: int) -> None:
        per_cons, per_prod = self._per_iteration(nd)
        k = trip
        for name, c in per_cons.items():
            s, starts = self.input(name)
            avail = int(starts[-1]) - self.next_obj[name]
            k = min(k, avail // c)
        if k <= 0:
            raise Blocked()
        ctx = _Ctx(k, per_cons, per_prod, {n: self.next_obj.get(n, 0) for n in per_cons},
                   {n: self.prod_count.get(n, 0) for n in per_prod})  # fmt: skip
        self.env[nd.iv] = _BatchIV()
        self.batch_block(nd.body, ctx)
        for name, c in per_cons.items():
            if ctx.cnt.get(name, 0) != c:
                raise Unsupported("acquire counts differ between iterations")
            self.next_obj[name] += k * c
        for name, c in per_prod.items():
            self.prod_count[name] = self.prod_count.get(name, 0) + k * c
        self.fd.stats["tiles"] += k
        if k < trip:
            raise Blocked()

    def _per_iteration(self, nd: For) -> tuple[dict[str, int], dict[str, int]]:
        held: dict = {}
        cons: dict[str, int] = {}
        prod: dict[str, int] = {}
        env = dict(self.env)

        def walk(body, mult):
            for x in body:
                if isinstance(x, Const):
                    env[x.res] = x.value
                elif isinstance(x, Arith):
                    try:
                        env[x.res] = eval_arith(x, env)
                    except (KeyError, TypeError):
                        env[x.res] = None
                elif isinstance(x, Acquire):
                    key = (x.fifo, x.port)
                    new = max(0, x.n - held.get(key, 0))
                    held[key] = held.get(key, 0) + new
                    tgt = cons if x.port == "Consume" else prod
                    tgt[x.fifo] = tgt.get(x.fifo, 0) + new * mult
                elif isinstance(x, Release):
                    key = (x.fifo, x.port)
                    held[key] = held.get(key, 0) - x.n
                elif isinstance(x, For):
                    lb2, ub2, s2 = env.get(x.lb), env.get(x.ub), env.get(x.step)
                    if None in (lb2, ub2, s2) or not all(isinstance(v, int) for v in (lb2, ub2, s2)):
                        raise Unsupported("inner loop bounds depend on the tile index")
                    t2 = trip_count(lb2, ub2, s2)
                    if t2:
                        h0 = dict(held)
                        walk(x.body, mult * t2)
                        if {a: b for a, b in held.items() if b} != {a: b for a, b in h0.items() if b}:
                            raise Unsupported("inner loop changes held objects")
                elif isinstance(x, (Load, Store, UseLock, End)):
                    raise Unsupported(f"{type(x).__name__} in a tile loop")

        h_start = {}
        walk(nd.body, 1)
        if any(held.get(kk, 0) != h_start.get(kk, 0) for kk in held):
            raise Unsupported("tile loop body does not release what it acquires")
        return cons, prod

    def batch_block(self, body, ctx) -> None:
        env = self.env
        for nd in body:
            if isinstance(nd, Const):
                env[nd.res] = nd.value
            elif isinstance(nd, Arith):
                if any(isinstance(env.get(a), _BatchIV) for a in nd.args):
                    raise Unsupported("arithmetic on the tile index")
                env[nd.res] = eval_arith(nd, env)
            elif isinstance(nd, Acquire):
                key = (nd.fifo, nd.port)
                held = ctx.held.setdefault(key, [])
                new = max(0, nd.n - len(held))
                for _ in range(new):
                    if nd.port == "Consume":
                        c = ctx.cnt.get(nd.fifo, 0)
                        vec = ctx.cons_base[nd.fifo] + ctx.i * ctx.per_cons[nd.fifo] + c
                        ctx.cnt[nd.fifo] = c + 1
                        held.append(("cons", nd.fifo, vec))
                    else:
                        c = ctx.pcnt.get(nd.fifo, 0)
                        vec = ctx.prod_base[nd.fifo] + ctx.i * ctx.per_prod[nd.fifo] + c
                        ctx.pcnt[nd.fifo] = c + 1
                        f = self.d.fifos[nd.fifo]
                        acc = Acc(ctx.k, f.shape, f.dtype, f"an @{nd.fifo} object")
                        held.append(("prod", nd.fifo, vec, acc))
                env[nd.res] = ("sv", nd.fifo, list(held[: nd.n]))
            elif isinstance(nd, Access):
                sv = env[nd.sv]
                if nd.index >= len(sv[2]):
                    raise Unsupported("subview access beyond the acquired objects")
                env[nd.res] = sv[2][nd.index]
            elif isinstance(nd, Release):
                key = (nd.fifo, nd.port)
                held = ctx.held.get(key, [])
                done, ctx.held[key] = held[: nd.n], held[nd.n :]
                if nd.port == "Produce":
                    for h in done:
                        acc = h[3]
                        self.flush(acc, eager=False)
                        self.commits.setdefault(nd.fifo, []).append((h[2], acc))
            elif isinstance(nd, Call):
                self.batch_call(nd, ctx)
            elif isinstance(nd, For):
                lb, ub, step = env[nd.lb], env[nd.ub], env[nd.step]
                for i in range(trip_count(lb, ub, step)):
                    env[nd.iv] = lb + i * step
                    self.batch_block(nd.body, ctx)
            else:
                raise Unsupported(f"{type(nd).__name__} in a tile loop")

    def _acc_of(self, vid, ctx, write: bool) -> Acc:
        v = self.env[vid]
        if isinstance(v, tuple) and v and v[0] == "prod":
            return v[3]
        if hasattr(v, "tile") and hasattr(v, "data"):  # a core-local aie.buffer
            acc = ctx.private.get(id(v))
            if acc is None:
                if not write:
                    raise Unsupported(f"buffer {v.name} is read before it is written in the tile loop")
                acc = Acc(ctx.k, v.shape, v.dtype, f"buffer {v.name}")
                ctx.private[id(v)] = acc
            return acc
        raise Unsupported("kernel output is not a produced object or a core buffer")

    def _operand(self, vid) -> tuple[str, np.ndarray]:
        v = self.env[vid]
        if isinstance(v, tuple) and v and v[0] == "cons":
            return v[1], v[2]
        raise Unsupported("kernel input is not a consumed fifo object")

    def batch_call(self, nd: Call, ctx) -> None:
        kern = K.classify(nd.callee)
        if kern.kind == "zero":
            acc = self._acc_of(nd.args[0], ctx, write=True)
            acc.pending.clear()
            acc.state = "zero"
            acc.values = None
            return
        if kern.kind == "convert":
            src = self._acc_of(nd.args[0], ctx, write=False)
            dst = self._acc_of(nd.args[1], ctx, write=True)
            count = self.env[nd.args[2]]
            if count != int(np.prod(dst.shape)) or src.shape != dst.shape:
                raise Unsupported("partial convert_copy")
            self.flush(src)
            if src.state == "zero":
                dst.state, dst.values = "zero", None
            else:
                vals = src.array().copy()
                K.round_bf16_inplace(vals)
                dst.state, dst.values = "values", vals
            dst.layout = src.layout
            dst.pending.clear()
            return
        if kern.a_ty != "bf16" or kern.c_ty not in ("bf16", "f32"):
            raise Unsupported(f"{kern.name}: integer kernels use the reference path")
        acc = self._acc_of(nd.args[2], ctx, write=False)
        a = self._operand(nd.args[0])
        b = self._operand(nd.args[1])
        acc.pending.append((kern, a, b))

    # -- the matmul chain ---------------------------------------------------
    def flush(self, acc: Acc, eager: bool = True) -> None:
        """Turn the deferred matmul calls on `acc` into GEMM chain specs; run them now
        (eager) or leave them to FastData, which merges chains across cores."""
        if not acc.pending:
            return
        ops, acc.pending = acc.pending, []
        kern = ops[0][0]
        if any(o[0] != kern for o in ops):
            raise Unsupported("different matmul kernels on one accumulator")
        (fa, _), (fb, _) = ops[0][1], ops[0][2]
        m, n = acc.shape
        fA, fB = self.d.fifos[fa], self.d.fifos[fb]
        if fA.shape[0] != m or fB.shape[1] != n or fA.shape[1] != fB.shape[0]:
            raise Unsupported("matmul operand shapes")
        k = fA.shape[1]
        err = K.check_layout_constraints(kern, m, k, n, self.cfg)
        if err:
            raise DesignError(err)
        r, s, t = self.cfg.mmul
        LA = K.layout_a(m, k, r, s, kern.scalar)
        LB = K.layout_b(k, n, s, t, self.cfg.b_col_major, kern.scalar)
        rnd = kern.c_ty == "bf16"
        if np.dtype(K.DTYPES[kern.c_ty]) != acc.dtype:
            raise Unsupported(f"{kern.name} writes {kern.c_ty} into {acc.what} of type {acc.dtype}")
        if acc.state == "zero" and not eager:
            C = None  # starts from zero; the jobs write the final values to the store
        else:
            C = acc.array()
        acc.layout = ("c", m, n, r, t, self.cfg.c_col_major, kern.scalar)
        steps_a = [self._locate(o[1]) for o in ops]
        steps_b = [self._locate(o[2]) for o in ops]
        bounds = {0, acc.k}
        for loc in steps_a + steps_b:
            bounds.update(int(x) for x in loc[2])
        bounds = sorted(bounds)
        specs = []
        for g0, g1 in zip(bounds, bounds[1:]):
            descA = [self._desc(loc, g0, g1, LA) for loc in steps_a]
            descB = [self._desc(loc, g0, g1, LB) for loc in steps_b]
            for dd in descA + descB:
                if not dd.src.ready:
                    self.fd.settle()
            shA = all(dd.const for dd in descA)
            shB = all(dd.const for dd in descB)
            kind = "AB" if shA and shB else "A" if shA else "B" if shB else "X"
            specs.append(Spec(kind, rnd, m, k, n, descA, descB, acc, C, g0, g1))
        if eager:
            acc.state = "values"
            self.fd.execute(specs)
        else:
            acc.state = "deferred"
            acc.specs = specs
            self.fd.pending.extend(specs)

    def _locate(self, handle):
        """(stream, object indices, batch-boundary tile positions) of one operand."""
        name, vec = handle
        stream, starts = self.input(name)
        bidx = np.searchsorted(starts, vec, side="right") - 1
        change = np.flatnonzero(np.diff(bidx)) + 1
        return (stream, starts, change, bidx, vec)

    def _desc(self, loc, g0, g1, layout):
        stream, starts, _, bidx, vec = loc
        b = int(bidx[g0])
        batch = stream[b]
        if len(batch.parts) != 1 or batch.parts[0].pat.ndim != 1:
            raise Unsupported("an operand object is assembled from several sources")
        p = batch.parts[0]
        G = g1 - g0
        l0 = int(vec[g0] - starts[b])
        stride = int(vec[g0 + 1] - vec[g0]) if G > 1 else 1
        affine = stride > 0 and int(vec[g1 - 1] - vec[g0]) == stride * (G - 1)
        if affine:  # object indices of a batched acquire are affine in the tile
            bases = p.bases[l0 : l0 + stride * (G - 1) + 1 : stride]
        else:
            bases = p.bases[vec[g0:g1] - starts[b]]
        key = (id(p.pat), id(layout))
        hit = self.fd.qcache.get(key)
        if hit is None:
            Q = p.pat[layout]
            aff = _affine2(Q)
            qsig = aff + Q.shape if aff is not None else hash(Q.tobytes())
            hit = (p.pat, layout, (Q, aff), qsig)
            self.fd.qcache[key] = hit
        bkey = id(p.bases)
        bstep = self.fd.bcache.get(bkey)
        if bstep is None:
            bstep = (p.bases, _bases_step(p.bases))
            self.fd.bcache[bkey] = bstep
        step = (bstep[1] * stride if bstep[1] is not None else None) if affine else _bases_step(bases)
        return Desc(p.src, bases, hit[2], hit[3], step)

    # -- outputs -------------------------------------------------------------
    def streams(self) -> dict[str, list[Batch]]:
        """Streams of the produced fifos. Their stores are filled by a finalizer that
        FastData runs after the deferred GEMM chains."""
        out = {}
        for name, commits in self.commits.items():
            f = self.d.fifos[name]
            total = self.prod_count.get(name, 0)
            S = f.size
            layouts = {acc.layout for _, acc in commits if acc.state in ("values", "deferred")}
            for _, acc in commits:
                if acc.state == "undefined":
                    raise Unsupported(f"@{name}: an object is released without being written")
            if len(layouts) > 1:
                raise Unsupported(f"@{name}: objects written with different kernel layouts")
            if layouts:
                (_, m, n, r, t, cm, sc) = next(iter(layouts))
                inv = K.invert(K.layout_c(m, n, r, t, cm, sc))
            else:
                inv = np.arange(S, dtype=np.int64)
            store = np.empty((total, S), dtype=f.dtype)
            for vec, acc in commits:
                if acc.state == "deferred" and f.dtype == K.BF16 and _LITTLE and acc.k and int(vec[-1]) - int(vec[0]) == acc.k - 1:
                    acc.dest = store[int(vec[0]) : int(vec[0]) + acc.k].reshape(acc.k, *acc.shape)
            src = Source(f"core {self.tile} @{name}", store.reshape(-1), ready=False)
            self.fd.finalizers.append(_finalizer(store, commits, f.dtype, src))
            pat = inv[dims_index(f.dims_to, S)]
            out[name] = [Batch(total, [Part(src, np.arange(total, dtype=np.int64) * S, pat, 0, S)])] if total else []
        for name in self.prog.fifos_produced:
            out.setdefault(name, [])
        return out


def _finalizer(store, commits, dtype, src):
    def fin():
        S = store.shape[1]
        for vec, acc in commits:
            k = acc.k
            if acc.state == "deferred" and acc.dest is not None:
                continue  # the GEMM jobs wrote the bf16 values in place
            contiguous = k > 0 and int(vec[-1]) - int(vec[0]) == k - 1
            dst = store[int(vec[0]) : int(vec[0]) + k] if contiguous else None
            if acc.state == "zero":
                if dst is not None:
                    dst[...] = 0
                else:
                    store[vec] = 0
                continue
            vals = acc.values.reshape(k, S)
            conv = (vals.view(np.uint32) >> 16).astype(np.uint16).view(K.BF16) if dtype == K.BF16 else vals.astype(dtype)
            if dst is not None:
                dst[...] = conv
            else:
                store[vec] = conv
            acc.values = None  # free the float32 accumulator
        src.ready = True

    return fin


@dataclass
class _Ctx:
    k: int
    per_cons: dict
    per_prod: dict
    cons_base: dict
    prod_base: dict
    cnt: dict = field(default_factory=dict)
    pcnt: dict = field(default_factory=dict)
    held: dict = field(default_factory=dict)
    private: dict = field(default_factory=dict)

    def __post_init__(self):
        self.i = np.arange(self.k, dtype=np.int64)


def _produces(body) -> bool:
    return any(isinstance(x, (Acquire, Release)) and x.port == "Produce" for x in body)


def _affine2(Q: np.ndarray):
    """(q0, row step, col step) if Q[i, j] = q0 + i*rs + j*cs, else None."""
    r, c = Q.shape
    q0 = int(Q[0, 0])
    rs = int(Q[1, 0] - Q[0, 0]) if r > 1 else 0
    cs = int(Q[0, 1] - Q[0, 0]) if c > 1 else 0
    if np.array_equal(Q, q0 + np.arange(r)[:, None] * rs + np.arange(c)[None, :] * cs):
        return q0, rs, cs
    return None


def _bases_step(b: np.ndarray):
    if b.size <= 1:
        return 0
    d = int(b[1] - b[0])
    if np.array_equal(b, b[0] + np.arange(b.size) * d):
        return d
    return None


def _operand_view(src: Source, bases: np.ndarray, Qa):
    """flat[bases[:, None, None] + Q] as a strided view (w, r, c), or None."""
    Q, aff = Qa
    step = _bases_step(bases)
    if aff is None or step is None:
        return None
    q0, rs, cs = aff
    flat = src.flat
    return st.view(flat, int(bases[0]) + q0, [(bases.size, step), (Q.shape[0], rs), (Q.shape[1], cs)]), (step, rs, cs)


def _gather_ops(src: Source, bases: np.ndarray, Qa, order: str) -> np.ndarray:
    """Operand tiles as float32, laid out for a GEMM:
    order "cols": (r, w*c) (columns = (tile, c)); order "rows": (w*r, c)."""
    Q = Qa[0]
    w = bases.size
    r, c = Q.shape
    got = _operand_view(src, bases, Qa)
    if order in ("colsR", "rowsR"):  # C-contiguous, for the native chain kernel
        V = got[0] if got is not None else src.flat[bases[:, None, None] + Q[None]]
        rows_fast = got is not None and abs(got[1][1]) < abs(got[1][2])
        if order == "colsR":
            if rows_fast:  # read along the source's contiguous axis, then transpose in cache
                T = np.empty((w, c, r), np.float32)
                np.copyto(T, V.transpose(0, 2, 1), casting="unsafe")
                return np.ascontiguousarray(T.reshape(w * c, r).T)
            G = np.empty((r, w, c), np.float32)
            np.copyto(G, V.transpose(1, 0, 2), casting="unsafe")
            return G.reshape(r, w * c)
        if rows_fast:
            T = np.empty((w, c, r), np.float32)
            np.copyto(T, V.transpose(0, 2, 1), casting="unsafe")
            return np.ascontiguousarray(T.transpose(0, 2, 1)).reshape(w * r, c)
        G = np.empty((w, r, c), np.float32)
        np.copyto(G, V, casting="unsafe")
        return G.reshape(w * r, c)
    if got is None:
        V = src.flat[bases[:, None, None] + Q[None]]
        strides = None
    else:
        V, strides = got
    if order == "cols":
        # want M[i, (t, j)] = V[t, i, j]
        if strides is not None and abs(strides[1]) < abs(strides[2]):
            G = np.empty((w, c, r), np.float32)
            np.copyto(G, V.transpose(0, 2, 1), casting="unsafe")
            return G.reshape(w * c, r).T
        G = np.empty((r, w, c), np.float32)
        np.copyto(G, V.transpose(1, 0, 2), casting="unsafe")
        return G.reshape(r, w * c)
    # rows: M[(t, i), j] = V[t, i, j]
    if strides is not None and abs(strides[2]) > abs(strides[1]):
        G = np.empty((c, w, r), np.float32)
        np.copyto(G, V.transpose(2, 0, 1), casting="unsafe")
        return G.reshape(c, w * r).T
    G = np.empty((w, r, c), np.float32)
    np.copyto(G, V, casting="unsafe")
    return G.reshape(w * r, c)


def _gather_tile(src: Source, base: int, Qa) -> np.ndarray:
    return _gather_ops(src, np.array([base], np.int64), Qa, "rows")


class Desc:
    """An operand of one matmul step for tiles g0..g1: tile t reads
    src.flat[bases[t] + Q] (Q: the logical (rows, cols) offsets of the kernel's layout)."""

    __slots__ = ("src", "bases", "Qa", "qsig", "step", "b0", "const")

    def __init__(self, src, bases, Qa, qsig, step):
        self.src, self.bases, self.Qa, self.qsig, self.step = src, bases, Qa, qsig, step
        self.b0 = int(bases[0])
        self.const = bases.size <= 1 or step == 0 or (step is None and bool((bases == bases[0]).all()))

    def sig(self):
        b = (self.b0, self.step, self.bases.size) if self.step is not None else self.bases.tobytes()
        return (id(self.src), b, self.qsig)

    def chunk(self, cache, lo, hi, order):
        """The operand for tiles lo..hi as a prepared BLAS matrix (cached)."""
        if self.step is not None:
            key = (order, id(self.src), self.b0 + lo * self.step, self.step, hi - lo, self.qsig)
        else:
            key = (order, id(self.src), self.bases[lo:hi].tobytes(), self.qsig)
        return cache.get(key, lambda: Mat(_gather_ops(self.src, self.bases[lo:hi], self.Qa, order)))

    def tile(self, cache):
        return cache.get(("tile", id(self.src), self.b0, self.qsig), lambda: _gather_tile(self.src, self.b0, self.Qa))


@dataclass(eq=False)
class Spec:
    """One GEMM chain: for tiles g0..g1 of accumulator `acc` and kk = 0..Kt-1,
    C[t] = rnd(C[t] + A_kk[t] @ B_kk[t]). kind: "A" (A the same for every tile),
    "B" (B the same), "AB" (both), "X" (neither). C is the float32 accumulator, or
    None when the chain starts from zero (then the result goes straight to acc.dest,
    the bf16 store rows, when there is one)."""

    kind: str
    rnd: bool
    m: int
    k: int
    n: int
    descA: list
    descB: list
    acc: Acc
    C: np.ndarray | None
    g0: int
    g1: int

    @property
    def G(self) -> int:
        return self.g1 - self.g0

    def load(self, t0, t1, out) -> None:
        """Initial values of tiles t0..t1 into out (a (ww, m, n) view)."""
        if self.C is None:
            out[...] = 0
        else:
            out[...] = self.C[self.g0 + t0 : self.g0 + t1]

    def store(self, t0, t1, vals) -> None:
        """Final values of tiles t0..t1 from vals (a (ww, m, n) float32 view)."""
        a, b = self.g0 + t0, self.g0 + t1
        dest = self.acc.dest
        if dest is not None and self.rnd:
            dest[a:b].view(np.uint16)[...] = vals.view(np.uint16)[..., 1::2]
        else:
            if self.C is None:
                self.C = self.acc.array_for_deferred()
            self.C[a:b] = vals


def _bundle_jobs(specs: list[Spec], cache) -> list:
    """Jobs for specs that share one operand (kind A: the same B for every tile of
    every spec, stacked along rows; kind B: the same A, stacked along columns)."""
    s0 = specs[0]
    m, n, G = s0.m, s0.n, s0.G
    Kt = len(s0.descA)
    rnd = s0.rnd
    jobs = []
    if s0.kind == "A":
        rows = m * len(specs)
        A = [Mat(np.concatenate([sp.descA[kk].tile(cache) for sp in specs])) for kk in range(Kt)]
        Bops = s0.descB
        w = max(1, CHUNK_ELEMS // (rows * n))
        for t0 in range(0, G, w):
            t1 = min(G, t0 + w)

            def job(t0=t0, t1=t1):
                ww = t1 - t0
                if all(sp.C is None for sp in specs):
                    Cc = np.zeros((rows, ww * n), np.float32)
                else:
                    Cc = np.empty((rows, ww * n), np.float32)
                    for i, sp in enumerate(specs):
                        sp.load(t0, t1, Cc[i * m : (i + 1) * m].reshape(m, ww, n).transpose(1, 0, 2))
                done = False
                if NATIVE:
                    Bl = [Bops[kk].chunk(cache, t0, t1, "colsR").a for kk in range(Kt)]
                    done = _native.chain(Cc, [x.a for x in A], Bl, rnd)
                if not done:
                    Cm = Mat(Cc)
                    for kk in range(Kt):
                        gemm_acc_mat(A[kk], Bops[kk].chunk(cache, t0, t1, "cols"), Cm)
                        if rnd:
                            K.round_bf16_inplace(Cc)
                for i, sp in enumerate(specs):
                    sp.store(t0, t1, Cc[i * m : (i + 1) * m].reshape(m, ww, n).transpose(1, 0, 2))

            jobs.append(job)
        return jobs
    cols = n * len(specs)
    B = [Mat(np.concatenate([sp.descB[kk].tile(cache) for sp in specs], axis=1)) for kk in range(Kt)]
    Aops = s0.descA
    w = max(1, CHUNK_ELEMS // (cols * m))
    for t0 in range(0, G, w):
        t1 = min(G, t0 + w)

        def job(t0=t0, t1=t1):
            ww = t1 - t0
            if all(sp.C is None for sp in specs):
                Cc = np.zeros((ww * m, cols), np.float32)
            else:
                Cc = np.empty((ww * m, cols), np.float32)
                for i, sp in enumerate(specs):
                    sp.load(t0, t1, Cc[:, i * n : (i + 1) * n].reshape(ww, m, n))
            done = False
            if NATIVE:
                Al = [Aops[kk].chunk(cache, t0, t1, "rowsR").a for kk in range(Kt)]
                done = _native.chain(Cc, Al, [x.a for x in B], rnd)
            if not done:
                Cm = Mat(Cc)
                for kk in range(Kt):
                    gemm_acc_mat(Aops[kk].chunk(cache, t0, t1, "rows"), B[kk], Cm)
                    if rnd:
                        K.round_bf16_inplace(Cc)
            for i, sp in enumerate(specs):
                sp.store(t0, t1, Cc[:, i * n : (i + 1) * n].reshape(ww, m, n))

        jobs.append(job)
    return jobs


def _single_jobs(sp: Spec, cache) -> list:
    m, k, n = sp.m, sp.k, sp.n
    G = sp.G
    if sp.kind == "AB":
        c0 = np.empty((1, m, n), np.float32)
        sp.load(0, 1, c0)
        init = np.empty((G, m, n), np.float32)
        sp.load(0, G, init)
        if (init == c0).all():
            def job():
                c = c0[0].copy()
                for da, db in zip(sp.descA, sp.descB):
                    gemm_acc(da.tile(cache), db.tile(cache), c)
                    if sp.rnd:
                        K.round_bf16_inplace(c)
                sp.store(0, G, np.broadcast_to(c, (G, m, n)))

            return [job]
    jobs = []
    w = max(1, CHUNK_ELEMS // (m * n))
    for t0 in range(0, G, w):
        t1 = min(G, t0 + w)

        def job(t0=t0, t1=t1):
            ww = t1 - t0
            Cc = np.empty((ww, m, n), np.float32)
            sp.load(t0, t1, Cc)
            tmp = np.empty_like(Cc)
            for da, db in zip(sp.descA, sp.descB):
                A = _gather_ops(da.src, da.bases[t0:t1], da.Qa, "rows").reshape(ww, m, k)
                B = _gather_ops(db.src, db.bases[t0:t1], db.Qa, "rows").reshape(ww, k, n)
                np.matmul(A, B, out=tmp)
                Cc += tmp
                if sp.rnd:
                    K.round_bf16_inplace(Cc)
            sp.store(t0, t1, Cc)

        jobs.append(job)
    return jobs


def plan_jobs(specs: list[Spec], cache) -> list:
    """Jobs for a set of independent chains: chains that share their B (kind A) or
    their A (kind B) over the same tiles are stacked into one taller/wider GEMM."""
    groups: dict = {}
    jobs = []
    for sp in specs:
        if sp.kind == "A":
            key = ("A", sp.rnd, sp.m, sp.k, sp.n, sp.G, len(sp.descB), tuple(d.sig() for d in sp.descB))
        elif sp.kind == "B":
            key = ("B", sp.rnd, sp.m, sp.k, sp.n, sp.G, len(sp.descA), tuple(d.sig() for d in sp.descA))
        else:
            jobs += _single_jobs(sp, cache)
            continue
        groups.setdefault(key, []).append(sp)
    for key, members in groups.items():
        per = max(1, MERGE_ROWS // (members[0].m if key[0] == "A" else members[0].n))
        for i in range(0, len(members), per):
            jobs += _bundle_jobs(members[i : i + per], cache)
    return jobs


def _run_jobs(pool, jobs) -> None:
    if pool is None or len(jobs) < 2:
        for j in jobs:
            j()
        return
    for fut in [pool.submit(j) for j in jobs]:
        fut.result()
