"""The whole-array GEMM design (IRON style) for one partition, as an xDSL module.

Array (gemm-dataflow §6): 4 compute rows × `cols` columns. A row panels go shim →
mem tile, are split into per-row A_L2L1 fifos and broadcast along each row; B column
blocks go shim → mem tile and are forwarded to the 4 cores of their column; each
core's C tile is joined on the mem tile and drained to the shim. The dims transforms
give mm.cc its blocked layouts (§5.4). Cores loop over `tiles_per_core` output tiles:
zero C, then Kt calls of matmul, with constant loop bounds.

Runtime sequence (task form, one partition, args A, B, C): the partition's columns
are cut into panels of at most 64 column blocks per core column (the shim BD
iteration wrap), and each (panel, row block R) is one *group* of tasks: the A fills (one per A shim), the B fills and
the C drains (one per column), fills first. Group g is issued, then group g - lag
is finished (drains awaited, fills freed), with lag the deepest pipelining the shim
budgets allow (≤ 16 BDs per shim tile, ≤ 4 queued pushes per channel).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.dialects import arith, func, scf
from xdsl.dialects.builtin import ArrayAttr, BFloat16Type, IndexType, MemRefType, ModuleOp, StringAttr
from xdsl.ir import Block, Region, SSAValue

from gemm_codegen.problem import CORE_ROWS, GemmProblem
from passes import target_model as tm
from passes.dialects import aie, aiex
from passes.dialects import syntax as sx

FOREVER = 2**63 - 1  # IRON Worker loops (scf.for 0 .. 2^63-1): cores are never reset
PANEL_BLOCKS = tm.MAX_ITERATION_WRAP  # column blocks per core column in one B fill


@dataclass(frozen=True)
class Tap:
    """A tensor access pattern on a flat host buffer (elements, highest dim first)."""

    offset: int
    dims: tuple[tuple[int, int], ...]  # 4 x (size, stride)

    @property
    def length(self) -> int:
        """Elements per BD execution (the highest dimension excluded)."""
        s = 1
        for size, _ in self.dims[1:]:
            s *= size
        return s

    @property
    def repeat(self) -> int:
        return self.dims[0][0]


@dataclass(frozen=True)
class Task:
    kind: str  # "A", "B" or "C": also the runtime-sequence argument it moves
    fifo: str
    shim_column: int
    tap: Tap


@dataclass(frozen=True)
class Group:
    panel: int
    row_block: int
    tasks: tuple[Task, ...]


def elem_type(problem: GemmProblem):
    return BFloat16Type()


# ---------------------------------------------------------------------------
# Naming (IRON's fifo names)
# ---------------------------------------------------------------------------


def a_shim_column(problem: GemmProblem, i: int) -> int:
    """Column of A shim/mem tile i: 2i on 8 columns, else i (gemm-dataflow §6.3)."""
    return 2 * i if problem.cols == 8 else i


def fifo_a_l3l2(i: int) -> str:
    return f"A_L3L2_{i}"


def fifo_a_l2l1(h: int) -> str:
    return f"A_L2L1_{h}"


def fifo_b_l3l2(c: int) -> str:
    return f"B_L3L2_{c}"


def fifo_b_l2l1(c: int) -> str:
    return f"B_L2L1_{c}"


def fifo_c_l1l2(c: int, h: int) -> str:
    return f"C_L1L2_{c}_{h}"


def fifo_c_l2l3(c: int) -> str:
    return f"C_L2L3_{c}"


# ---------------------------------------------------------------------------
# Tensor access patterns (gemm-dataflow §4.2, split per panel and row block)
# ---------------------------------------------------------------------------


def panels(problem: GemmProblem) -> list[tuple[int, int]]:
    """(first column block, block count) per panel; block count ≤ 64."""
    out, jb = [], 0
    while jb < problem.Tc:
        count = min(PANEL_BLOCKS, problem.Tc - jb)
        out.append((jb, count))
        jb += count
    return out


def a_tap(problem: GemmProblem, row_block: int, i: int, blocks: int) -> Tap:
    """A row panel g = R·nA + i, re-sent once per column block (stride-0 repeat)."""
    p = problem
    g = row_block * p.n_a_shims + i
    return Tap(g * p.mA * p.Kp, ((blocks, 0), (p.Kt, p.k), (p.mA, p.Kp), (p.k, 1)))


def b_tap(problem: GemmProblem, c: int, jb0: int, blocks: int) -> Tap:
    """Column blocks jb0.. of core column c, every k-block, in the order cores use them."""
    p = problem
    first = jb0 * p.cols + c
    if p.b_col_major:  # host holds Bᵀ (Np × Kp)
        return Tap(first * p.n * p.Kp, ((blocks, p.n * p.cols * p.Kp), (p.Kt, p.k), (p.n, p.Kp), (p.k, 1)))
    return Tap(first * p.n, ((blocks, p.n * p.cols), (p.Kt, p.k * p.Np), (p.k, p.Np), (p.n, 1)))


def c_tap(problem: GemmProblem, row_block: int, c: int, jb0: int, blocks: int) -> Tap:
    """The 4m×n C tiles of row block R, column blocks jb0.. of core column c."""
    p = problem
    rows = CORE_ROWS * p.m
    return Tap(row_block * rows * p.Np + (jb0 * p.cols + c) * p.n, ((1, 0), (blocks, p.n * p.cols), (rows, p.Np), (p.n, 1)))


def groups(problem: GemmProblem) -> list[Group]:
    """Fills before drains inside a group: a drain's completion then proves every fill
    of its group complete (its tiles needed them), which is the completion rule the
    queue-depth and binding checks use (docs/verification.md)."""
    out = []
    for pi, (jb0, blocks) in enumerate(panels(problem)):
        for r in range(problem.Tr):
            tasks = [
                Task("A", fifo_a_l3l2(i), a_shim_column(problem, i), a_tap(problem, r, i, blocks))
                for i in range(problem.n_a_shims)
            ]
            tasks += [Task("B", fifo_b_l3l2(c), c, b_tap(problem, c, jb0, blocks)) for c in range(problem.cols)]
            tasks += [Task("C", fifo_c_l2l3(c), c, c_tap(problem, r, c, jb0, blocks)) for c in range(problem.cols)]
            out.append(Group(pi, r, tuple(tasks)))
    return out


def pipeline_lag(problem: GemmProblem) -> int:
    """Groups left in flight after issuing the next: bounded by BDs per shim tile and
    queued pushes per channel (every task is one BD and one push)."""
    per_tile: dict[int, int] = {}
    for task in groups(problem)[0].tasks:
        per_tile[task.shim_column] = per_tile.get(task.shim_column, 0) + 1
    by_bds = tm.SHIM_BD_COUNT // max(per_tile.values())
    by_queue = tm.TASK_QUEUE_DEPTH  # one push per channel per group
    return max(0, min(by_bds, by_queue) - 1)


# ---------------------------------------------------------------------------
# IR construction
# ---------------------------------------------------------------------------


def _memref(shape: Sequence[int], problem: GemmProblem) -> MemRefType:
    return MemRefType(elem_type(problem), list(shape))


def _const(value: int, block: Block, ty=None) -> SSAValue:
    op = arith.ConstantOp.from_int_and_width(value, ty or IndexType())
    block.add_op(op)
    return op.result


def _for(block: Block, lb: SSAValue, ub: SSAValue, step: SSAValue) -> Block:
    body = Block(arg_types=[IndexType()])
    loop = scf.ForOp(lb, ub, step, [], Region(body))
    block.add_op(loop)
    return body


def _finish_for(body: Block) -> None:
    body.add_op(scf.YieldOp())


def core_body(problem: GemmProblem, c: int, h: int, tiles_per_core: int) -> Region:
    p = problem
    a_t, b_t, c_t = _memref((p.m, p.k), p), _memref((p.k, p.n), p), _memref((p.m, p.n), p)
    block = Block()
    c0 = _const(0, block)
    c1 = _const(1, block)
    forever = _const(FOREVER, block)
    ntiles = _const(tiles_per_core, block)
    kt = _const(p.Kt, block)
    outer = _for(block, c0, forever, c1)
    tile_loop = _for(outer, c0, ntiles, c1)
    acq_c = aie.ObjectFifoAcquireOp(fifo_c_l1l2(c, h), "Produce", 1, c_t)
    tile_loop.add_op(acq_c)
    elem_c = aie.ObjectFifoSubviewAccessOp(acq_c.subview, 0)
    tile_loop.add_op(elem_c)
    tile_loop.add_op(func.CallOp("zero_bf16", [elem_c.output], []))
    k_loop = _for(tile_loop, c0, kt, c1)
    acq_a = aie.ObjectFifoAcquireOp(fifo_a_l2l1(h), "Consume", 1, a_t)
    acq_b = aie.ObjectFifoAcquireOp(fifo_b_l2l1(c), "Consume", 1, b_t)
    elem_a = aie.ObjectFifoSubviewAccessOp(acq_a.subview, 0)
    elem_b = aie.ObjectFifoSubviewAccessOp(acq_b.subview, 0)
    k_loop.add_ops([acq_a, acq_b, elem_a, elem_b])
    k_loop.add_op(func.CallOp("matmul_bf16_bf16", [elem_a.output, elem_b.output, elem_c.output], []))
    k_loop.add_op(aie.ObjectFifoReleaseOp(fifo_a_l2l1(h), "Consume", 1))
    k_loop.add_op(aie.ObjectFifoReleaseOp(fifo_b_l2l1(c), "Consume", 1))
    _finish_for(k_loop)
    tile_loop.add_op(aie.ObjectFifoReleaseOp(fifo_c_l1l2(c, h), "Produce", 1))
    _finish_for(tile_loop)
    _finish_for(outer)
    block.add_op(aie.EndOp())
    return Region(block)


def kernel_defines(problem: GemmProblem) -> list[str]:
    """The -D flags mm.cc is built with: the one place the kernel variant is decided."""
    p = problem
    defines = [f"DIM_M={p.m}", f"DIM_K={p.k}", f"DIM_N={p.n}", "bf16_bf16_ONLY", "ROUND_CONV_EVEN"]
    if p.b_col_major:
        defines.append("B_COL_MAJ")
    return defines


def kernel_object(problem: GemmProblem) -> str:
    p = problem
    return f"mm_{p.m}x{p.k}x{p.n}{'_bcol' if p.b_col_major else ''}.o"


def _kernel_decl(name: str, arg_types: list, problem: GemmProblem) -> func.FuncOp:
    """A kernel declaration that says which object and which build of mm.cc it needs
    (`kernel_defines` is a discardable attribute; the emulator reads it)."""
    decl = func.FuncOp.external(name, arg_types, [])
    decl.attributes["link_with"] = StringAttr(kernel_object(problem))
    decl.attributes["kernel_defines"] = ArrayAttr([StringAttr(d) for d in kernel_defines(problem)])
    return decl


def _tile(block: Block, col: int, row: int, name: str) -> SSAValue:
    op = aie.TileOp(col, row)
    sx.set_name(op.result, name)
    block.add_op(op)
    return op.result


def build_array(problem: GemmProblem, block: Block, tiles_per_core: int) -> None:
    """Tiles, kernels, objectfifos, links and cores into the device block."""
    p = problem
    r, s, t = p.mmul
    a_t, b_t, c_t = _memref((p.m, p.k), p), _memref((p.k, p.n), p), _memref((p.m, p.n), p)
    block.add_op(_kernel_decl("zero_bf16", [c_t], p))
    block.add_op(_kernel_decl("matmul_bf16_bf16", [a_t, b_t, c_t], p))

    shims = {c: _tile(block, c, 0, f"shim_{c}_0") for c in range(p.cols)}
    mems = {c: _tile(block, c, 1, f"mem_{c}_1") for c in range(p.cols)}
    cores = {
        (c, h): _tile(block, c, tm.get_device(p.device).first_core_row + h, f"tile_{c}_{2 + h}")
        for h in range(CORE_ROWS)
        for c in range(p.cols)
    }
    depth = 2

    # A: shim → mem (mA×k rows), split into pA per-row fifos broadcast along each row.
    a_dims = [(p.m // r, r * p.k), (p.k // s, s), (r, p.k), (s, 1)]
    for i in range(p.n_a_shims):
        col = a_shim_column(p, i)
        block.add_op(aie.ObjectFifoOp(fifo_a_l3l2(i), shims[col], [mems[col]], depth, _memref((p.mA * p.k,), p)))
        outs = []
        for hp in range(p.a_split):
            h = i * p.a_split + hp
            consumers = [cores[(c, h)] for c in range(p.cols)]
            block.add_op(aie.ObjectFifoOp(fifo_a_l2l1(h), mems[col], consumers, depth, a_t, a_dims))
            outs.append(fifo_a_l2l1(h))
        block.add_op(aie.ObjectFifoLinkOp([fifo_a_l3l2(i)], outs, [], [hp * p.m * p.k for hp in range(p.a_split)]))

    # B: shim → mem (k×n block, or its n×k transpose), forwarded to the column's cores.
    if p.b_col_major:
        b_dims = [(p.n // t, t * p.k), (p.k // s, s), (t, p.k), (s, 1)]
    else:
        b_dims = [(p.k // s, s * p.n), (p.n // t, t), (s, p.n), (t, 1)]
    for c in range(p.cols):
        block.add_op(aie.ObjectFifoOp(fifo_b_l3l2(c), shims[c], [mems[c]], depth, _memref((p.k * p.n,), p)))
        consumers = [cores[(c, h)] for h in range(CORE_ROWS)]
        block.add_op(aie.ObjectFifoOp(fifo_b_l2l1(c), mems[c], consumers, depth, b_t, b_dims))
        block.add_op(aie.ObjectFifoLinkOp([fifo_b_l3l2(c)], [fifo_b_l2l1(c)], [], [0]))

    # C: each core's m×n tile joins into a 4m×n object, streamed out row-major.
    c_dims = [(p.m // r, r * p.n), (r, t), (p.n // t, r * t), (t, 1)]
    for c in range(p.cols):
        ins = []
        for h in range(CORE_ROWS):
            block.add_op(aie.ObjectFifoOp(fifo_c_l1l2(c, h), cores[(c, h)], [mems[c]], depth, c_t))
            ins.append(fifo_c_l1l2(c, h))
        block.add_op(
            aie.ObjectFifoOp(fifo_c_l2l3(c), mems[c], [shims[c]], depth, _memref((CORE_ROWS * p.m * p.n,), p), c_dims)
        )
        block.add_op(aie.ObjectFifoLinkOp(ins, [fifo_c_l2l3(c)], [h * p.m * p.n for h in range(CORE_ROWS)], []))

    for h in range(CORE_ROWS):
        for c in range(p.cols):
            core = aie.CoreOp(cores[(c, h)], core_body(p, c, h, tiles_per_core), {"stack_size": sx.KI32.make(0xD00)})
            sx.set_name(core.result, f"core_{c}_{2 + h}")
            block.add_op(core)


def _configure(task: Task, args: dict[str, SSAValue]) -> aiex.DMAConfigureTaskForOp:
    tap = task.tap
    bd = aie.DmaBdOp(args[task.kind], tap.offset, tap.length, list(tap.dims))
    body = Region(Block([bd, aie.EndOp()]))
    attrs = {}
    if tap.repeat > 1:
        attrs["repeat_count"] = sx.KI32.make(tap.repeat - 1)
    if task.kind == "C":
        attrs["issue_token"] = sx.IntegerAttr(1, sx.I1)
    return aiex.DMAConfigureTaskForOp(task.fifo, body, attrs)


def build_sequence(problem: GemmProblem, name: str = "gemm") -> aie.RuntimeSequenceOp:
    """Single-partition runtime sequence over args (A, B, C)."""
    p = problem
    seq = aie.RuntimeSequenceOp(
        name,
        [
            _memref((p.Mp * p.Kp,), p),
            _memref((p.b_shape[0] * p.b_shape[1],), p),
            _memref((p.Mp * p.Np,), p),
        ],
        ["A", "B", "C"],
    )
    block = seq.body.block
    args = dict(zip("ABC", block.args))
    lag = pipeline_lag(p)
    issued: list[list[tuple[Task, SSAValue]]] = []

    def finish(group_tasks: list[tuple[Task, SSAValue]]) -> None:
        for task, handle in group_tasks:
            if task.kind == "C":
                block.add_op(aiex.DMAAwaitTaskOp(handle))
        for task, handle in group_tasks:
            if task.kind != "C":
                block.add_op(aiex.DMAFreeTaskOp(handle))

    for g, group in enumerate(groups(p)):
        handles = []
        for task in group.tasks:
            cfg = _configure(task, args)
            block.add_op(cfg)
            block.add_op(aiex.DMAStartTaskOp(cfg.result))
            handles.append((task, cfg.result))
        issued.append(handles)
        if g - lag >= 0:
            finish(issued[g - lag])
    for g in range(max(0, len(issued) - lag), len(issued)):
        finish(issued[g])
    return seq


def build_design(problem: GemmProblem, tiles_per_core: int | None = None) -> ModuleOp:
    """The device with one single-partition runtime sequence.

    `tiles_per_core` is the core loop bound; the fused build passes P·Tr·Tc because
    every partition streams the same number of tiles through the same cores.
    """
    p = problem
    if tiles_per_core is None:
        tiles_per_core = p.Tr * p.Tc
    device = aie.DeviceOp(p.device_name)
    block = device.body.block
    build_array(p, block, tiles_per_core)
    block.add_op(build_sequence(p))
    return ModuleOp([device])
