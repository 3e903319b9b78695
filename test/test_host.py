"""split_b / assemble_c: host offsets use the unpadded partition ranges (amd/IRON #83)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gemm_codegen import host
from gemm_codegen.problem import GemmProblem


def device_compute(problem: GemmProblem, A_buf: np.ndarray, b_parts: list[np.ndarray]) -> list[np.ndarray]:
    """What the device computes per partition on the padded buffers (no NPU involved)."""
    p = problem
    A = A_buf.reshape(p.a_shape).astype(np.float32)
    out = []
    for b in b_parts:
        B = b.reshape(p.b_shape).astype(np.float32)
        Bk = B.T if p.b_col_major else B  # (Kp, Np)
        out.append((A @ Bk).astype(host.BF16).reshape(-1))
    return out


@settings(max_examples=60, deadline=None)
@given(
    M=st.integers(1, 70),
    K=st.integers(1, 70),
    N=st.integers(1, 200),
    P=st.integers(1, 7),
    cols=st.sampled_from([1, 2, 4]),
    b_col_major=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_assemble_compute_split_is_the_reference(M, K, N, P, cols, b_col_major, seed):
    if P > N:
        return
    p = GemmProblem(M=M, K=K, N=N, partitions=P, device="npu1", columns=cols, m=16, k=16, n=16,
                    b_col_major=b_col_major)  # fmt: skip
    rng = np.random.default_rng(seed)
    # Small integers: every product and sum is exact in f32 and bf16.
    A = rng.integers(-3, 4, (M, K)).astype(host.BF16)
    B = rng.integers(-3, 4, (K, N)).astype(host.BF16)
    C = host.assemble_c(device_compute(p, host.pad_a(A, p), host.split_b(B, p)), p)
    assert C.shape == (M, N)
    np.testing.assert_array_equal(C.astype(np.float32), host.reference(A, B))


def test_padding_is_zero_and_partition_offsets_are_unpadded():
    p = GemmProblem(M=16, K=16, N=50, partitions=3, device="npu1", columns=1, m=16, k=16, n=16)
    B = np.arange(16 * 50, dtype=np.float32).reshape(16, 50).astype(host.BF16)
    parts = host.split_b(B, p)
    # widths 17, 17, 16 -> Np = 32; partition 1 starts at column 17, not at 1 * 32.
    assert [q.start for q in p.partition_list] == [0, 17, 34]
    b1 = parts[1].reshape(p.b_shape)  # (Np, Kp) = Bᵀ
    np.testing.assert_array_equal(b1[:17, :16], B[:, 17:34].T)
    assert not b1[17:].astype(np.float32).any()


def test_shape_errors_are_clear():
    p = GemmProblem(M=16, K=16, N=32, device="npu1", columns=1, m=16, k=16, n=16)
    with pytest.raises(ValueError, match=r"B must have shape \(16, 32\)"):
        host.split_b(np.zeros((32, 16)), p)
    with pytest.raises(ValueError, match="expected 1 C buffers"):
        host.assemble_c([], p)
