"""Core programs (the body of an `aie.core`) as a small IR, and their event sequence.

`parse_core` turns the xDSL ops into nodes the emulator interprets: constants and
integer arithmetic, `memref.load`/`store` on core buffers (RTPs), `scf.for`, objectfifo
acquire/access/release, `aie.use_lock`, `func.call` of kernels and `aie.end`.

For the control model a core is a sequence of *resource events* (acquires of new
objects, releases, lock acquires). `EventStream` expands the program lazily into
static segments (`SLoop`s with constant trip counts), so counts such as "objects of
@A acquired after q events" and "position of the r-th release of @C" are arithmetic
even for loops of 2^63 iterations. Loops whose body reads a buffer (an RTP) or waits
on a lock are expanded one iteration at a time, when the core gets there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xdsl.dialects import arith, func, memref, scf
from xdsl.dialects.builtin import IntegerAttr, IntegerType

from npu_emulator.design import Buffer, Design, DesignError, Lock
from passes.dialects import aie

# ---------------------------------------------------------------------------
# IR
# ---------------------------------------------------------------------------


@dataclass
class Const:
    res: int
    value: int


@dataclass
class Arith:
    res: int
    op: str
    args: list[int]
    pred: str | None = None
    width: int | None = None


@dataclass
class Load:
    res: int
    buffer: Buffer
    idx: list[int]


@dataclass
class Store:
    buffer: Buffer
    idx: list[int]
    value: int


@dataclass
class For:
    iv: int
    lb: int
    ub: int
    step: int
    body: list
    static: bool = False  # body has fixed event structure (set by analyse)


@dataclass
class Acquire:
    res: int
    fifo: str
    port: str  # "Produce" | "Consume"
    n: int


@dataclass
class Access:
    res: int
    sv: int
    index: int


@dataclass
class Release:
    fifo: str
    port: str
    n: int


@dataclass
class UseLock:
    lock: Lock
    action: str
    value: int


@dataclass
class Call:
    callee: str
    args: list[int]


@dataclass
class End:
    pass


@dataclass
class Prog:
    tile: tuple[int, int]
    body: list
    values: dict[int, object]  # id -> Buffer (values defined outside the core)
    nvalues: int
    fifos_consumed: set[str] = field(default_factory=set)
    fifos_produced: set[str] = field(default_factory=set)


_ARITH = {
    arith.AddiOp: "add", arith.SubiOp: "sub", arith.MuliOp: "mul", arith.DivUIOp: "divu",
    arith.DivSIOp: "divs", arith.RemUIOp: "remu", arith.RemSIOp: "rems", arith.IndexCastOp: "cast",
    arith.CmpiOp: "cmp", arith.MinSIOp: "min", arith.MaxSIOp: "max", arith.MinUIOp: "min",
    arith.MaxUIOp: "max", arith.AndIOp: "and", arith.OrIOp: "or", arith.SelectOp: "select",
    arith.CeilDivSIOp: "ceildiv", arith.CeilDivUIOp: "ceildiv", arith.FloorDivSIOp: "divs",
    arith.ExtSIOp: "cast", arith.ExtUIOp: "cast", arith.TruncIOp: "cast", arith.ShLIOp: "shl",
    arith.ShRUIOp: "shr", arith.ShRSIOp: "shr", arith.XOrIOp: "xor",
}  # fmt: skip
_CMP = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"]


def parse_core(design: Design, tile: tuple[int, int]) -> Prog:
    core = design.cores[tile]
    ids: dict[object, int] = {}
    values: dict[int, object] = {}

    def vid(v) -> int:
        if v in ids:
            return ids[v]
        i = len(ids)
        ids[v] = i
        owner = v.owner
        if isinstance(owner, aie.BufferOp):
            buf = design.buffer_by_value(v)
            values[i] = buf
        elif isinstance(owner, aie.LockOp):
            values[i] = design.lock_by_value(v)
        elif isinstance(owner, aie.TileOp):
            values[i] = ("tile", owner.col, owner.row)
        return i

    prog = Prog(tile, [], values, 0)

    def block(ops) -> list:
        out = []
        for op in ops:
            out.extend(node(op))
        return out

    def node(op) -> list:
        if isinstance(op, arith.ConstantOp):
            v = op.value
            if not isinstance(v, IntegerAttr):
                raise DesignError(f"core {tile}: non-integer constant {v}")
            val = v.value.data
            return [Const(vid(op.result), int(val))]
        for cls, name in _ARITH.items():
            if isinstance(op, cls):
                pred = None
                if name == "cmp":
                    p = op.predicate.value.data
                    pred = _CMP[p]
                width = None
                t = op.results[0].type
                if isinstance(t, IntegerType):
                    width = t.width.data
                return [Arith(vid(op.results[0]), name, [vid(a) for a in op.operands], pred, width)]
        if isinstance(op, memref.LoadOp):
            buf = design.buffer_by_value(op.memref)
            if buf is None:
                raise DesignError(f"core {tile}: memref.load from something other than an aie.buffer")
            return [Load(vid(op.res), buf, [vid(i) for i in op.indices])]
        if isinstance(op, memref.StoreOp):
            buf = design.buffer_by_value(op.memref)
            if buf is None:
                raise DesignError(f"core {tile}: memref.store to something other than an aie.buffer")
            return [Store(buf, [vid(i) for i in op.indices], vid(op.value))]
        if isinstance(op, scf.ForOp):
            if op.iter_args:
                raise DesignError(f"core {tile}: scf.for with iter_args is not modelled")
            body = op.body.block
            iv = vid(body.args[0])
            return [For(iv, vid(op.lb), vid(op.ub), vid(op.step), block(body.ops))]
        if isinstance(op, scf.YieldOp):
            if op.operands:
                raise DesignError(f"core {tile}: scf.yield with values is not modelled")
            return []
        if isinstance(op, aie.ObjectFifoAcquireOp):
            _check_port(design, op.fifo, op.port, tile)
            (prog.fifos_consumed if op.port == "Consume" else prog.fifos_produced).add(op.fifo)
            return [Acquire(vid(op.subview), op.fifo, op.port, op.count)]
        if isinstance(op, aie.ObjectFifoSubviewAccessOp):
            return [Access(vid(op.output), vid(op.subview), op.index)]
        if isinstance(op, aie.ObjectFifoReleaseOp):
            _check_port(design, op.fifo, op.port, tile)
            return [Release(op.fifo, op.port, op.count)]
        if isinstance(op, aie.UseLockOp):
            lk = design.lock_by_value(op.lock)
            if lk is None:
                raise DesignError(f"core {tile}: aie.use_lock on something other than an aie.lock")
            return [UseLock(lk, op.action, op.value)]
        if isinstance(op, func.CallOp):
            return [Call(op.callee.string_value(), [vid(a) for a in op.arguments])]
        if isinstance(op, aie.EndOp):
            return [End()]
        raise DesignError(f"core {tile}: operation '{op.name}' is not modelled by the emulator")

    prog.body = block(core.op.body.block.ops)
    prog.nvalues = len(ids)
    _analyse(prog.body)
    return prog


def _check_port(design: Design, fifo: str, port: str, tile) -> None:
    f = design.fifos.get(fifo)
    if f is None:
        raise DesignError(f"core {tile}: unknown objectfifo @{fifo}")
    if port == "Produce" and f.producer.tile != tile:
        raise DesignError(f"core {tile}: acquires @{fifo} (Produce) but its producer is {f.producer}")
    if port == "Consume" and all(c.tile != tile for c in f.consumers):
        raise DesignError(f"core {tile}: acquires @{fifo} (Consume) but is not one of its consumers")


def _analyse(body: list, _unused=None) -> None:
    """Mark every For.static: its body reads no buffer, waits on no lock, and every
    inner loop bound is independent of the induction variables inside it (so each
    iteration has the same event structure)."""
    for nd in body:
        if isinstance(nd, For):
            nd.static = _static(nd.body, {nd.iv})
            _analyse(nd.body)


def _static(body: list, taint: set[int]) -> bool:
    taint = set(taint)
    for nd in body:
        if isinstance(nd, Arith):
            if any(a in taint for a in nd.args):
                taint.add(nd.res)
        elif isinstance(nd, (Load, UseLock)):
            return False
        elif isinstance(nd, For):
            if {nd.lb, nd.ub, nd.step} & taint:
                return False
            if not _static(nd.body, taint | {nd.iv}):
                return False
    return True


# ---------------------------------------------------------------------------
# Scalar evaluation
# ---------------------------------------------------------------------------
def eval_arith(nd: Arith, env: dict[int, int]) -> int:
    a = [env[x] for x in nd.args]
    op = nd.op
    if op == "add":
        r = a[0] + a[1]
    elif op == "sub":
        r = a[0] - a[1]
    elif op == "mul":
        r = a[0] * a[1]
    elif op in ("divu", "divs"):
        r = int(a[0] / a[1]) if op == "divs" else a[0] // a[1]
    elif op in ("remu", "rems"):
        r = a[0] % a[1] if op == "remu" else int(a[0] - a[1] * int(a[0] / a[1]))
    elif op == "ceildiv":
        r = -(-a[0] // a[1])
    elif op == "cast":
        r = a[0]
    elif op == "min":
        r = min(a)
    elif op == "max":
        r = max(a)
    elif op == "and":
        r = a[0] & a[1]
    elif op == "or":
        r = a[0] | a[1]
    elif op == "xor":
        r = a[0] ^ a[1]
    elif op == "shl":
        r = a[0] << a[1]
    elif op == "shr":
        r = a[0] >> a[1]
    elif op == "select":
        r = a[1] if a[0] else a[2]
    elif op == "cmp":
        x, y = a
        r = int({"eq": x == y, "ne": x != y, "slt": x < y, "sle": x <= y, "sgt": x > y, "sge": x >= y,
                 "ult": x < y, "ule": x <= y, "ugt": x > y, "uge": x >= y}[nd.pred])  # fmt: skip
    else:  # pragma: no cover
        raise DesignError(f"arith op {op}")
    if nd.width is not None and nd.width < 64 and op != "cmp":
        r &= (1 << nd.width) - 1
        if r >> (nd.width - 1):
            r -= 1 << nd.width
    return r


def trip_count(lb: int, ub: int, step: int) -> int:
    if step <= 0:
        raise DesignError(f"scf.for with step {step}")
    return max(0, -(-(ub - lb) // step))


# ---------------------------------------------------------------------------
# Event streams for the control model
# ---------------------------------------------------------------------------
class SEv:
    """One resource event: `key` gains `amount` (acq/rel of objects, lock units)."""

    __slots__ = ("key", "amount", "n", "eff")

    def __init__(self, key, amount: int):
        self.key = key
        self.amount = amount
        self.n = 1
        self.eff = {key: amount}


class SLoop:
    __slots__ = ("trip", "body", "n_body", "eff_body", "n", "eff")

    def __init__(self, trip: int, body: list):
        self.trip = trip
        self.body = body
        self.n_body = sum(x.n for x in body)
        eb: dict = {}
        for x in body:
            for k, v in x.eff.items():
                eb[k] = eb.get(k, 0) + v
        self.eff_body = eb
        self.n = trip * self.n_body
        self.eff = {k: v * trip for k, v in eb.items()}


def count_at(nodes: list, q: int, out: dict | None = None) -> dict:
    """Resource totals after the first q events of `nodes`."""
    res = {} if out is None else out
    for nd in nodes:
        if q <= 0:
            break
        if q >= nd.n:
            for k, v in nd.eff.items():
                res[k] = res.get(k, 0) + v
            q -= nd.n
        else:
            if isinstance(nd, SLoop):
                k_full = q // nd.n_body
                for k, v in nd.eff_body.items():
                    res[k] = res.get(k, 0) + v * k_full
                count_at(nd.body, q - k_full * nd.n_body, res)
            break
    return res


def pos_of(nodes: list, key, r: int) -> int | None:
    """Smallest q such that count_at(nodes, q)[key] >= r (r >= 1), or None."""
    q = 0
    for nd in nodes:
        c = nd.eff.get(key, 0)
        if c >= r:
            if isinstance(nd, SEv):
                return q + 1
            cb = nd.eff_body[key]
            k_full = (r - 1) // cb
            inner = pos_of(nd.body, key, r - k_full * cb)
            return q + k_full * nd.n_body + inner
        r -= c
        q += nd.n
    return None


class Blocked(Exception):
    """Expansion stops here: a lock acquire needs units nobody has supplied yet."""


@dataclass
class ExpansionState:
    env: dict
    held: dict
    lock_acquired: dict  # lock index -> units acquired by this core so far


class EventStream:
    """The lazily expanded event sequence of one core.

    `segments` holds expanded static segments; `length` is their total event count.
    `extend(limit)` expands until `length >= limit`, the program ends, or a lock
    acquire cannot be satisfied by `lock_supply(lock)` (then `blocked_on` is set).
    Buffer reads performed while expanding are logged in `loads` so the data path
    replays exactly the values the control model saw.
    """

    def __init__(self, prog: Prog, read_buffer, lock_supply, lock_index):
        self.prog = prog
        self.segments: list = []
        self.starts: list[int] = []  # event offset of each segment
        self.length = 0
        self.ended = False
        self.blocked_on: Lock | None = None
        self.loads: list[int] = []
        self._read = read_buffer
        self._supply = lock_supply
        self._lock_index = lock_index
        self.state = ExpansionState({}, {}, {})
        self._gen = self._gen_block(prog.body)
        self._pending = None  # a lock acquire waiting for supply

    # -- expansion ---------------------------------------------------------
    def _emit(self, seg) -> None:
        if seg.n == 0:
            return
        self.segments.append(seg)
        self.starts.append(self.length)
        self.length += seg.n

    def extend(self, limit: int) -> None:
        while self.length < limit and not self.ended:
            if self._pending is not None:
                lk, amount = self._pending
                li = self._lock_index(lk)
                have = self._supply(li) - self.state.lock_acquired.get(li, 0)
                if have < amount:
                    self.blocked_on = lk
                    return
                self.state.lock_acquired[li] = self.state.lock_acquired.get(li, 0) + amount
                self._pending = None
                self.blocked_on = None
                self._emit(SEv(("lock", li), amount))
                continue
            try:
                item = next(self._gen)
            except StopIteration:
                self.ended = True
                return
            if isinstance(item, tuple):  # ("lock", Lock, amount)
                self._pending = (item[1], item[2])
            else:
                self._emit(item)

    def _value(self, vid: int) -> int:
        env = self.state.env
        if vid not in env:
            raise DesignError(f"core {self.prog.tile}: value %{vid} used before it is defined")
        return env[vid]

    def _gen_block(self, body: list):
        st = self.state
        env = st.env
        for nd in body:
            if isinstance(nd, Const):
                env[nd.res] = nd.value
            elif isinstance(nd, Arith):
                env[nd.res] = eval_arith(nd, env)
            elif isinstance(nd, Load):
                idx = [self._value(i) for i in nd.idx]
                v = self._read(nd.buffer, idx)
                self.loads.append(v)
                env[nd.res] = v
            elif isinstance(nd, Store):
                pass
            elif isinstance(nd, Acquire):
                key = (nd.fifo, nd.port)
                held = st.held.get(key, 0)
                new = max(0, nd.n - held)
                st.held[key] = held + new
                if new:
                    yield SEv(("acq",) + key, new)
            elif isinstance(nd, Release):
                key = (nd.fifo, nd.port)
                st.held[key] = st.held.get(key, 0) - nd.n
                if st.held[key] < 0:
                    raise DesignError(f"core {self.prog.tile}: releases more @{nd.fifo} objects than it holds")
                yield SEv(("rel",) + key, nd.n)
            elif isinstance(nd, UseLock):
                if nd.action in ("Acquire", "AcquireGreaterEqual"):
                    yield ("lock", nd.lock, nd.value)
                # Releases by a core are not a supply the model tracks (PD).
            elif isinstance(nd, For):
                lb, ub, step = self._value(nd.lb), self._value(nd.ub), self._value(nd.step)
                trip = trip_count(lb, ub, step)
                if trip == 0:
                    continue
                if nd.static:
                    env[nd.iv] = lb
                    held0 = dict(st.held)
                    body = list(self._static_body(nd.body))
                    if {k: v for k, v in st.held.items() if v} != {k: v for k, v in held0.items() if v}:
                        raise DesignError(
                            f"core {self.prog.tile}: a loop body changes how many objects it holds; not modelled"
                        )
                    loop = SLoop(trip, body)
                    if loop.n:
                        yield loop
                else:
                    idle = 0
                    for i in range(trip):
                        env[nd.iv] = lb + i * step
                        emitted = False
                        for item in self._gen_block(nd.body):
                            emitted = True
                            yield item
                        idle = 0 if emitted else idle + 1
                        if idle > 100_000:
                            raise DesignError(f"core {self.prog.tile}: a loop runs without touching any fifo or lock")
            elif isinstance(nd, End):
                return
            # Access, Call: no resource events

    def _static_body(self, body: list) -> list:
        out = []
        for item in self._gen_block(body):
            if isinstance(item, tuple):  # pragma: no cover - static bodies have no locks
                raise DesignError("lock acquire in a static loop")
            out.append(item)
        return out

    # -- queries -------------------------------------------------------------
    def counts(self, q: int) -> dict:
        self.extend(q)
        res: dict = {}
        for seg, start in zip(self.segments, self.starts):
            if q <= start:
                break
            count_at([seg], q - start, res)
        return res

    def position(self, key, r: int) -> int | None:
        """Position right after the r-th unit of `key`; None if not reachable (yet)."""
        if r <= 0:
            return 0
        seen = 0
        i = 0
        while True:
            while i >= len(self.segments):
                before = len(self.segments)
                self.extend(self.length + 1)
                if len(self.segments) == before:
                    return None
            seg, start = self.segments[i], self.starts[i]
            c = seg.eff.get(key, 0)
            if seen + c >= r:
                return start + pos_of([seg], key, r - seen)
            seen += c
            i += 1
