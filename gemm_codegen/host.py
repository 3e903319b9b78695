"""Host-side data layout: logical A (M, K), B (K, N) and C (M, N) ↔ the padded
per-partition device buffers, plus inputs and the reference, as IRON's test makes them.

Pure functions of (arrays, problem). Partition p always reads and writes the
UNPADDED column range [start_p, start_p + width_p): the padding columns of a
partition's buffers are zeros on the way in and ignored on the way out.
"""

from __future__ import annotations

import ml_dtypes
import numpy as np

from gemm_codegen.problem import GemmProblem

BF16 = np.dtype(ml_dtypes.bfloat16)
NP_DTYPES = {"bf16": BF16, "f32": np.dtype(np.float32)}


def device_dtype(name: str) -> np.dtype:
    return NP_DTYPES[name]


def pad_a(A: np.ndarray, problem: GemmProblem) -> np.ndarray:
    """A (M, K) → the (Mp, Kp) row-major device buffer, flat."""
    p = problem
    if A.shape != (p.M, p.K):
        raise ValueError(f"A must have shape ({p.M}, {p.K}), got {A.shape}")
    out = np.zeros(p.a_shape, dtype=device_dtype(p.dtype))
    out[: p.M, : p.K] = A
    return out.reshape(-1)


def split_b(B: np.ndarray, problem: GemmProblem) -> list[np.ndarray]:
    """B (K, N), logical orientation → one flat padded device buffer per partition.

    Column-major storage holds Bᵀ: buffer p is (Np, Kp) with row j = column start_p + j.
    """
    p = problem
    if B.shape != (p.K, p.N):
        raise ValueError(f"B must have shape ({p.K}, {p.N}), got {B.shape}")
    parts = []
    for part in p.partition_list:
        cols = B[:, part.start : part.stop]
        buf = np.zeros(p.b_shape, dtype=device_dtype(p.dtype))
        if p.b_col_major:
            buf[: part.width, : p.K] = cols.T
        else:
            buf[: p.K, : part.width] = cols
        parts.append(buf.reshape(-1))
    return parts


def assemble_c(parts: list[np.ndarray], problem: GemmProblem) -> np.ndarray:
    """Per-partition padded C buffers → C (M, N): exactly N columns, padding dropped."""
    p = problem
    if len(parts) != p.partitions:
        raise ValueError(f"expected {p.partitions} C buffers, got {len(parts)}")
    C = np.empty((p.M, p.N), dtype=device_dtype(p.out_dtype))
    for part, buf in zip(p.partition_list, parts):
        C[:, part.start : part.stop] = np.asarray(buf).reshape(p.c_shape)[: p.M, : part.width]
    return C


def kernel_buffers(problem: GemmProblem, A: np.ndarray, B_parts: list[np.ndarray]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Host buffers in kernel-argument order, and views of the C_p outputs inside them."""
    p = problem
    c_parts = [np.zeros(p.c_shape[0] * p.c_shape[1], dtype=device_dtype(p.out_dtype)) for _ in range(p.partitions)]
    if p.arg_layout == "per-partition":
        return [A, *B_parts, *c_parts], c_parts
    b_all = np.concatenate(B_parts)
    c_all = np.concatenate(c_parts)
    size = c_parts[0].size
    return [A, b_all, c_all], [c_all[i * size : (i + 1) * size] for i in range(p.partitions)]


def make_inputs(problem: GemmProblem, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """IRON's reference inputs: A = randn·4, B = uniform[0, 4), both bf16."""
    rng = np.random.default_rng(seed)
    A = (rng.standard_normal((problem.M, problem.K), dtype=np.float32) * 4).astype(BF16)
    B = rng.uniform(0, 4, (problem.K, problem.N)).astype(np.float32).astype(BF16)
    return A, B


def reference(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """C = A @ B with f32 accumulation of the bf16 inputs."""
    return A.astype(np.float32) @ B.astype(np.float32)
