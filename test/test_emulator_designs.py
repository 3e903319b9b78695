"""Whole-array GEMM designs written IRON-style by hand (test/emulator_designs.py,
test/data/emulator/*.mlir), lowered with the project's passes, run on the virtual NPU
and compared with numpy. Also: the fast path against the reference path, and the bugs
the emulator exists to catch (a B read at the wrong offset, C written to the wrong
buffer, a missing barrier)."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from emulator_designs import CATALOG, Gemm, gemm_design  # noqa: E402
from emulator_helpers import BF16, build_insts, int_inputs, randn_inputs, reference_blocked  # noqa: E402

from npu_emulator import emulate  # noqa: E402
from passes import npu_binary as nb  # noqa: E402

DATA = Path(__file__).parent / "data" / "emulator"


@lru_cache(maxsize=None)
def built(name: str) -> tuple[str, bytes]:
    text = (DATA / name).read_text()
    return text, build_insts(text)


def run_gemm(g: Gemm, text: str, insts: bytes, engine: str, inputs="int", seed=0, **kw):
    P = g.partitions
    rng_inputs = int_inputs if inputs == "int" else randn_inputs
    As, Bs, bufs_b = None, [], []
    for p in range(P):
        A, B, a, b = rng_inputs(g.M, g.K, g.N, seed=seed, b_col_major=g.b_col_major)
        if p:
            rng = np.random.default_rng(seed + 100 + p)
            B = (rng.integers(-3, 4, size=B.shape) if inputs == "int" else rng.standard_normal(B.shape)).astype(BF16).astype(np.float32)
            b = (B.T if g.b_col_major else B).astype(BF16).reshape(-1).copy()
        As = A if As is None else As
        Bs.append(B)
        bufs_b.append(b)
    a = As.astype(BF16).reshape(-1)
    cs = [np.zeros(g.M * g.N, BF16) for _ in range(P)]
    rep = emulate(insts, text, [a] + bufs_b + cs, engine=engine, **kw)
    return rep, As, Bs, [c.astype(np.float32).reshape(g.M, g.N) for c in cs]


def expected(g: Gemm, A, B):
    if g.prio_accuracy:
        return (A @ B).astype(BF16).astype(np.float32)
    return reference_blocked(A, B, g.k)


@pytest.mark.parametrize("name", sorted(CATALOG))
@pytest.mark.parametrize("engine", ["reference", "fast"])
def test_catalog_design_exact(name, engine):
    g = CATALOG[name]
    text, insts = built(name)
    assert text == gemm_design(g), "test/data/emulator is stale: run python test/emulator_designs.py"
    rep, A, Bs, Cs = run_gemm(g, text, insts, engine)
    assert rep.ok, rep
    assert rep.engine == engine
    for B, C in zip(Bs, Cs):
        np.testing.assert_array_equal(C, expected(g, A, B))


@pytest.mark.parametrize("name", ["npu1_gemm_256_memcpy_bcol.mlir", "npu2_gemm_512x256x512_memcpy.mlir", "npu2_gemm_256_prio_accuracy.mlir"])
def test_fast_matches_reference_bitwise(name):
    g = CATALOG[name]
    text, insts = built(name)
    _, A, Bs, ref = run_gemm(g, text, insts, "reference", inputs="randn", seed=3)
    rep, _, _, fast = run_gemm(g, text, insts, "fast-strict", inputs="randn", seed=3)
    assert rep.engine == "fast" and rep.ok
    for r, f, B in zip(ref, fast, Bs):
        np.testing.assert_array_equal(r.view(np.uint32), f.view(np.uint32))
        # and both are a bf16 GEMM: close to the f32 product
        np.testing.assert_allclose(f, A @ B, rtol=0.05, atol=0.05 * np.abs(A @ B).max())


def test_statistics_of_a_fused_run():
    g = CATALOG["npu2_gemm_fused3_tasks.mlir"]
    text, insts = built("npu2_gemm_fused3_tasks.mlir")
    rep, *_ = run_gemm(g, text, insts, "fast")
    drains = [c for c in rep.channels if c.channel.endswith("S2MM0")]
    assert len(drains) == 8
    assert all(c.tokens_issued == c.tokens_consumed == c.completed for c in drains)
    assert sum(c.bytes for c in drains) == 3 * g.M * g.N * 2
    assert rep.fifos["C_L2L3_0"] == 3 * g.Tr * g.Tc


# ---------------------------------------------------------------------------
# The bugs the emulator must catch
# ---------------------------------------------------------------------------
def _patches(insts: bytes):
    txn = nb.decode(insts)
    return txn, [i for i, op in enumerate(txn.ops) if isinstance(op, nb.DdrPatch)]


def _reencode(txn: nb.Txn, ops) -> bytes:
    return nb.encode(nb.Txn(txn.header, tuple(ops)))


def test_catches_b_read_at_wrong_offset():
    name = "npu2_gemm_fused3_tasks.mlir"
    g = CATALOG[name]
    text, insts = built(name)
    txn, idx = _patches(insts)
    ops = list(txn.ops)
    # The first patch naming B_1 (arg 2): shift it by one column block of Bᵀ rows.
    j = next(i for i in idx if ops[i].arg_idx == 2)
    ops[j] = nb.DdrPatch(ops[j].addr, ops[j].arg_idx, ops[j].arg_plus + g.n * g.K * 2)
    rep, A, Bs, Cs = run_gemm(g, text, _reencode(txn, ops), "fast")
    good = [np.array_equal(C, expected(g, A, B)) for B, C in zip(Bs, Cs)]
    assert good == [True, False, True]


def test_catches_c_written_to_wrong_buffer():
    name = "npu2_gemm_fused3_tasks.mlir"
    g = CATALOG[name]
    text, insts = built(name)
    txn, idx = _patches(insts)
    ops = list(txn.ops)
    # Every drain patch of C_1 (arg 5) now names C_2 (arg 6): C_1 stays empty.
    for i in idx:
        if ops[i].arg_idx == 5:
            ops[i] = nb.DdrPatch(ops[i].addr, 6, ops[i].arg_plus)
    rep, A, Bs, Cs = run_gemm(g, text, _reencode(txn, ops), "fast")
    assert not Cs[1].any()  # partition 1's product never reaches C_1
    assert np.array_equal(Cs[0], expected(g, A, Bs[0]))
    # (C_2 is written twice, partition 2's tiles last, so it ends up right)
    assert np.array_equal(Cs[2], expected(g, A, Bs[2]))


def test_missing_barrier_deadlocks():
    g = Gemm("npu1", 128, 128, 128, 32, 32, 32, 4)
    text = "\n".join(ln for ln in gemm_design(g).splitlines() if "aiex.set_lock" not in ln)
    rep, *_ = run_gemm(g, text, build_insts(text), "fast")
    assert rep.deadlock is not None
    assert any("lock" in s for s in rep.deadlock.chain)
    assert any(s.startswith("core") for s in rep.deadlock.stuck)


def test_rtps_from_write32_in_insts():
    g = Gemm("npu2", 256, 128, 256, 32, 32, 32, 8, rtp_addresses=True)
    full = gemm_design(g)
    insts = build_insts(full, rtp_as_write32=True)
    # The emulator only sees the RTP values and the barrier through insts.bin here.
    text = "\n".join(ln for ln in full.splitlines() if "rtp_write" not in ln and "aiex.set_lock" not in ln)
    rep, A, Bs, Cs = run_gemm(g, text, insts, "fast")
    assert rep.ok, rep
    np.testing.assert_array_equal(Cs[0], expected(g, A, Bs[0]))


def test_constant_bounds_design():
    g = Gemm("npu1", 256, 128, 128, 32, 32, 32, 4, rtp=False, seq="tasks")
    text = gemm_design(g)
    rep, A, Bs, Cs = run_gemm(g, text, build_insts(text), "fast")
    assert rep.ok, rep
    np.testing.assert_array_equal(Cs[0], expected(g, A, Bs[0]))


def test_kernel_flags_come_from_the_design():
    g = Gemm("npu1", 128, 128, 128, 32, 32, 32, 4, b_col_major=True, defines_attr=True)
    text = gemm_design(g)
    insts = build_insts(text)
    rep, A, Bs, Cs = run_gemm(g, text, insts, "fast")
    assert rep.ok
    np.testing.assert_array_equal(Cs[0], expected(g, A, Bs[0]))
    # told the kernel was built row-major, the same bytes give a different product
    rep, A, Bs, Cs = run_gemm(g, text, insts, "fast", kernel_defines=[])
    assert not np.array_equal(Cs[0], expected(g, A, Bs[0]))


@pytest.mark.parametrize(
    "g",
    [
        Gemm("npu1", 128, 64, 64, 32, 32, 32, 1),  # one column: A split four ways (pA = 4)
        Gemm("npu2", 128, 64, 128, 32, 32, 32, 4, b_col_major=True, seq="memcpy"),
        Gemm("npu2", 256, 128, 256, 32, 32, 32, 2, rtp=False),
    ],
    ids=["npu1-1col", "npu2-4col-memcpy", "npu2-2col-const"],
)
def test_other_array_shapes(g):
    text = gemm_design(g)
    insts = build_insts(text)
    for engine in ("reference", "fast-strict"):
        rep, A, Bs, Cs = run_gemm(g, text, insts, engine)
        assert rep.ok, rep
        np.testing.assert_array_equal(Cs[0], expected(g, A, Bs[0]))
