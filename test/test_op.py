"""FusedGemm on the virtual NPU: exactly N columns, batch dims, caching, static weights,
and the amd/IRON #83 slicing bug reproduced as a regression."""

import importlib.util

import numpy as np
import pytest

from gemm_codegen import FusedGemm, host
from gemm_codegen.problem import GemmProblem
from gemm_codegen.run import compare, execute

SMALL = dict(M=64, K=32, N=300, partitions=3, device="npu1", tile=(16, 16, 16), columns=1)


def ints(rng, shape):
    return rng.integers(-2, 3, shape).astype(host.BF16)


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("fused-gemm-cache")


def test_forward_returns_all_n_columns_exactly(cache):
    rng = np.random.default_rng(1)
    op = FusedGemm(**SMALL, build_dir=cache)
    A, B = ints(rng, (64, 32)), ints(rng, (32, 300))
    op.weight = B
    C = op.forward(A)
    assert C.shape == (64, 300)  # issue #83 bug 1 returned N/P columns
    np.testing.assert_array_equal(C.astype(np.float32), host.reference(A, B))


def test_batch_dims_flatten_into_m_and_pad(cache):
    rng = np.random.default_rng(2)
    op = FusedGemm(**SMALL, build_dir=cache)
    B = ints(rng, (32, 300))
    A = ints(rng, (2, 16, 32))  # 32 rows < M = 64: padded on the device side
    C = op.forward(A, B)
    assert C.shape == (2, 16, 300)
    np.testing.assert_array_equal(C.reshape(32, 300).astype(np.float32), host.reference(A.reshape(32, 32), B))


def test_same_problem_never_rebuilds(cache):
    a = FusedGemm(**SMALL, build_dir=cache)
    a.build()
    b = FusedGemm(**SMALL, build_dir=cache)
    b.build()
    assert b.builds == 0 and a.build_dir == b.build_dir
    c = FusedGemm(**{**SMALL, "N": 301}, build_dir=cache)
    assert c.build_dir != a.build_dir


def test_b_layout_is_internal(cache):
    rng = np.random.default_rng(3)
    A, B = ints(rng, (64, 32)), ints(rng, (32, 300))
    col = FusedGemm(**SMALL, b_col_major=True, build_dir=cache).forward(A, B)
    row = FusedGemm(**SMALL, b_col_major=False, build_dir=cache).forward(A, B)
    np.testing.assert_array_equal(col, row)


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch is optional and not installed")
def test_torch_tensors_in_and_out(cache):
    import torch

    op = FusedGemm(**SMALL, build_dir=cache)
    A = torch.randint(-2, 3, (64, 32)).to(torch.bfloat16)
    B = torch.randint(-2, 3, (32, 300)).to(torch.bfloat16)
    C = op.forward(A, B)
    assert isinstance(C, torch.Tensor) and C.shape == (64, 300)
    torch.testing.assert_close(C.float(), A.float() @ B.float())


def test_iron_slicing_bug_gives_corr_075(cache):
    """Slicing B at p·Np (IRON #83) shifts partitions ≥ 1 by Np − N/P columns: corr ≈ 0.75
    with IRON's inputs (A = randn·4, B = U[0,4)); slicing at the unpadded start is exact."""
    p = GemmProblem(M=128, K=64, N=300, partitions=3, device="npu1", columns=1, m=16, k=16, n=16)
    op = FusedGemm(M=128, K=64, N=300, partitions=3, device="npu1", tile=(16, 16, 16), columns=1, build_dir=cache)
    outdir = op.build()
    A, B = host.make_inputs(p, seed=0)
    B_wide = np.zeros((p.K, p.partitions * p.Np + p.Np), dtype=host.BF16)
    B_wide[:, : p.N] = B
    iron_parts = []
    for part in p.partition_list:  # IRON: partition i read at i·Np (p.Np = 112, widths 100)
        buf = np.zeros(p.b_shape, dtype=host.BF16)
        buf[: part.width, : p.K] = B_wide[:, part.index * p.Np : part.index * p.Np + part.width].T
        iron_parts.append(buf.reshape(-1))
    results = {}
    for name, parts in (("iron", iron_parts), ("ours", host.split_b(B, p))):
        buffers, views = host.kernel_buffers(p, host.pad_a(A, p), parts)
        report = execute(outdir, p, buffers, "emulator")
        assert report.ok
        C = host.assemble_c(views, p)
        results[name] = [
            compare(C[:, q.start : q.stop], host.reference(A, B[:, q.start : q.stop]), q.index, (q.start, q.stop), p.Kt)
            for q in p.partition_list
        ]
    assert all(c.ok for c in results["ours"])
    iron = results["iron"]
    assert iron[0].ok  # partition 0 starts at 0 either way
    assert 0.70 <= iron[1].corr <= 0.80 and not iron[1].ok
    assert iron[2].corr < 0.80 and not iron[2].ok
