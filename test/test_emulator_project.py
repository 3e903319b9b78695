"""The virtual NPU on the project's own builds (gemm-codegen build): fused partitions
with per-partition B_p/C_p buffers, padding inside each partition, both engines.

Everything, including the kernel's build flags (the kernel declarations' `kernel_defines`),
comes from design.mlir and insts.bin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from emulator_helpers import BF16, reference_blocked  # noqa: E402

from npu_emulator import emulate  # noqa: E402

EXE = Path(sys.executable).with_name("gemm-codegen")


def _build(tmp_path, *flags):
    out = tmp_path / "build"
    r = subprocess.run([str(EXE), "build", "-o", str(out), *flags], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.fail(f"gemm-codegen build failed: {r.stderr.strip() or r.stdout.strip()}")
    man = json.loads((out / "manifest.json").read_text())
    return man, (out / "design.mlir").read_text(), (out / "insts.bin").read_bytes()


def _inputs(man, seed=0):
    pr = man["problem"]
    M, K, N, P = pr["M"], pr["K"], pr["N"], pr["partitions"]
    Mp, Kp, Np = man["padded"]["M"], man["padded"]["K"], man["padded"]["N_per_partition"]
    widths = [N // P + (1 if p < N % P else 0) for p in range(P)]
    starts = np.concatenate([[0], np.cumsum(widths)])
    rng = np.random.default_rng(seed)
    A = rng.integers(-3, 4, (M, K)).astype(np.float32)
    B = rng.integers(-3, 4, (K, N)).astype(np.float32)
    a = np.zeros((Mp, Kp), BF16)
    a[:M, :K] = A
    bs, cs = [], []
    for p in range(P):
        blk = B[:, starts[p] : starts[p + 1]]
        if pr["b_col_major"]:
            bp = np.zeros((Np, Kp), BF16)
            bp[: widths[p], :K] = blk.T
        else:
            bp = np.zeros((Kp, Np), BF16)
            bp[:K, : widths[p]] = blk
        bs.append(bp.reshape(-1))
        cs.append(np.zeros(Mp * Np, BF16))
    return A, B, a.reshape(-1), bs, cs, widths, (Mp, Np)


@pytest.mark.skipif(not EXE.exists(), reason="gemm-codegen is not installed in this environment")
@pytest.mark.parametrize(
    "flags",
    [
        ("--M", "256", "--K", "256", "--N", "1000", "--partitions", "2", "--device", "npu2", "--tile", "32x32x32"),
        ("--M", "128", "--K", "128", "--N", "300", "--partitions", "3", "--device", "npu1", "--tile", "32x32x32"),
    ],
    ids=["npu2-P2", "npu1-P3"],
)
def test_project_build(tmp_path, flags):
    man, text, insts = _build(tmp_path, *flags)
    A, B, a, bs, cs, widths, (Mp, Np) = _inputs(man)
    k = man["problem"]["k"]
    want = reference_blocked(A, B, k)
    outs = {}
    for engine in ("fast", "reference"):
        for c in cs:
            c[:] = 0
        rep = emulate(insts, text, [a] + bs + cs, engine=engine)
        assert rep.ok, rep
        got = np.concatenate([c.astype(np.float32).reshape(Mp, Np)[: A.shape[0], :w] for c, w in zip(cs, widths)], axis=1)
        np.testing.assert_array_equal(got, want)
        # padding columns and rows stay zero
        for c, w in zip(cs, widths):
            full = c.astype(np.float32).reshape(Mp, Np)
            assert not full[:, w:].any()
        outs[engine] = [c.copy() for c in cs]
    assert all(np.array_equal(x.view(np.uint16), y.view(np.uint16)) for x, y in zip(outs["fast"], outs["reference"]))
