"""The compute kernels the cores call (amd/IRON aie_kernels mm.cc, convert_copy.cc),
in numpy, on their L1 tile layouts (gemm-dataflow.md §5).

A kernel is identified by its callee name:
  zero[_scalar]_<ty>(C)                         C <- 0
  matmul[_scalar]_<in>_<out>(A, B, C)           C <- C + A.B (per call), blocked layouts
  convert_copy_f32_to_bf16(in, out, count)      out[:count] <- bf16(in[:count])

Numerics (§5.3): bf16 output rounds once per call, round-to-nearest-even, after an
f32 accumulation (C is loaded into f32, A.B added, stored back as bf16); f32 output
accumulates in f32; integer kernels accumulate exactly and wrap to the output width.
Layouts (§5.2) depend on the MMUL shape (r, s, t) of the device and on the
kernel's -DB_COL_MAJ / -DC_COL_MAJ build flags (`KernelConfig`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import ml_dtypes
import numpy as np

from npu_emulator._native import round_fn

BF16 = np.dtype(ml_dtypes.bfloat16)

DTYPES: dict[str, np.dtype] = {
    "bf16": BF16,
    "f32": np.dtype(np.float32),
    "i8": np.dtype(np.int8),
    "i16": np.dtype(np.int16),
    "i32": np.dtype(np.int32),
}

# MMUL shape (r, s, t) per device generation for bf16 (gemm-dataflow §5.1). npu2 uses
# the 8x8x8 shape of the bfp16-emulated build unless the config says otherwise.
DEFAULT_MMUL = {"aie2": (4, 8, 4), "aie2p": (8, 8, 8)}

_ZERO = re.compile(r"^(?:.*_)?zero(?P<scalar>_scalar)?_(?P<ty>bf16|f32|i8|i16|i32)$")
_MATMUL = re.compile(r"^(?:.*_)?matmul(?P<scalar>_scalar)?_(?P<a>bf16|i8|i16)_(?P<c>bf16|f32|i8|i16|i32)$")
_CONVERT = re.compile(r"^(?:.*_)?convert_copy_f32_to_bf16$")


class KernelError(ValueError):
    pass


@dataclass(frozen=True)
class KernelConfig:
    """What the emulator must know about how the kernels were built."""

    mmul: tuple[int, int, int]
    b_col_major: bool = False
    c_col_major: bool = False
    defines: frozenset[str] = field(default_factory=frozenset)

    @staticmethod
    def make(generation: str, defines=(), mmul: tuple[int, int, int] | None = None) -> KernelConfig:
        d = frozenset(str(x).strip().lstrip("-").removeprefix("D") for x in defines if str(x).strip())
        if mmul is None:
            mmul = DEFAULT_MMUL[generation]
            for token in d:
                m = re.fullmatch(r"MMUL_(\d+)x(\d+)x(\d+)", token)
                if m:
                    mmul = tuple(int(g) for g in m.groups())  # type: ignore[assignment]
        return KernelConfig(tuple(mmul), "B_COL_MAJ" in d, "C_COL_MAJ" in d, d)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Kernel:
    kind: str  # "zero", "matmul", "convert"
    name: str
    scalar: bool = False
    a_ty: str = ""
    c_ty: str = ""


def classify(name: str) -> Kernel:
    m = _ZERO.match(name)
    if m:
        return Kernel("zero", name, bool(m["scalar"]), c_ty=m["ty"])
    m = _MATMUL.match(name)
    if m:
        return Kernel("matmul", name, bool(m["scalar"]), a_ty=m["a"], c_ty=m["c"])
    if _CONVERT.match(name):
        return Kernel("convert", name, a_ty="f32", c_ty="bf16")
    raise KernelError(
        f"func.call @{name}: not a kernel the emulator knows (zero_*, matmul_*_*, convert_copy_f32_to_bf16)"
    )


# ---------------------------------------------------------------------------
# Layouts: L1 index of logical element (i, j), as (rows, cols) int64 arrays
# ---------------------------------------------------------------------------
@lru_cache(maxsize=None)
def layout_a(m: int, k: int, r: int, s: int, scalar: bool = False) -> np.ndarray:
    i, j = np.indices((m, k), dtype=np.int64)
    if scalar:
        return i * k + j
    return ((i // r) * (k // s) + j // s) * r * s + (i % r) * s + j % s


@lru_cache(maxsize=None)
def layout_b(k: int, n: int, s: int, t: int, col_major: bool, scalar: bool = False) -> np.ndarray:
    i, j = np.indices((k, n), dtype=np.int64)
    if scalar:
        return j * k + i if col_major else i * n + j
    if col_major:
        return ((j // t) * (k // s) + i // s) * s * t + (j % t) * s + i % s
    return ((i // s) * (n // t) + j // t) * s * t + (i % s) * t + j % t


@lru_cache(maxsize=None)
def layout_c(m: int, n: int, r: int, t: int, col_major: bool, scalar: bool = False) -> np.ndarray:
    i, j = np.indices((m, n), dtype=np.int64)
    if scalar:
        return j * m + i if col_major else i * n + j
    if col_major:
        return ((j // t) * (m // r) + i // r) * r * t + (j % t) * r + i % r
    return ((i // r) * (n // t) + j // t) * r * t + (i % r) * t + j % t


def invert(layout: np.ndarray) -> np.ndarray:
    """inv[L1 index] = logical flat index."""
    flat = layout.reshape(-1)
    inv = np.empty_like(flat)
    inv[flat] = np.arange(flat.size, dtype=np.int64)
    return inv


def check_layout_constraints(kernel: Kernel, m: int, k: int, n: int, cfg: KernelConfig) -> str | None:
    if kernel.scalar:
        return None
    r, s, t = cfg.mmul
    if m % r or k % s or n % t:
        return f"{kernel.name}: tile {m}x{k}x{n} is not a multiple of the MMUL shape {r}x{s}x{t}"
    return None


# ---------------------------------------------------------------------------
# Rounding
# ---------------------------------------------------------------------------
def round_bf16_inplace(x: np.ndarray, scratch: np.ndarray | None = None) -> np.ndarray:
    """Round float32 `x` in place to bf16 precision, round-to-nearest-even.

    Overflow rounds to infinity as RNE does. NaN inputs are not expected from the
    kernels' finite arithmetic (a NaN payload could round to infinity here).
    """
    if x.flags.c_contiguous and x.dtype == np.float32:
        fn = round_fn()
        if fn is not None:
            fn(x.ctypes.data, x.size)
            return x
    u = x.view(np.uint32)
    t = scratch if scratch is not None else np.empty_like(u)
    np.right_shift(u, 16, out=t)
    np.bitwise_and(t, 1, out=t)
    np.add(t, 0x7FFF, out=t)
    np.add(u, t, out=u)
    np.bitwise_and(u, 0xFFFF0000, out=u)
    return x


def to_bf16(x: np.ndarray) -> np.ndarray:
    """float32 -> bf16 (RNE) as an ml_dtypes array."""
    return np.asarray(x, dtype=np.float32).astype(BF16)


# ---------------------------------------------------------------------------
# Reference implementations on L1 buffers (flat 1-D arrays in the buffer's dtype)
# ---------------------------------------------------------------------------
def kernel_zero(c: np.ndarray) -> None:
    c[...] = 0


def logical(buf: np.ndarray, layout: np.ndarray) -> np.ndarray:
    return buf.reshape(-1)[layout]


def kernel_matmul(kernel: Kernel, a: np.ndarray, b: np.ndarray, c: np.ndarray, dims: tuple[int, int, int], cfg: KernelConfig) -> None:
    """One call on L1 buffers a (m*k), b (k*n), c (m*n) (flat views, any shape)."""
    m, k, n = dims
    r, s, t = cfg.mmul
    la = layout_a(m, k, r, s, kernel.scalar)
    lb = layout_b(k, n, s, t, cfg.b_col_major, kernel.scalar)
    lc = layout_c(m, n, r, t, cfg.c_col_major, kernel.scalar)
    cf = c.reshape(-1)
    if kernel.a_ty == "bf16":
        A = logical(a, la).astype(np.float32)
        B = logical(b, lb).astype(np.float32)
        acc = logical(cf, lc).astype(np.float32) + A @ B
        if kernel.c_ty == "bf16":
            cf[lc] = to_bf16(acc)
        elif kernel.c_ty == "f32":
            cf[lc] = acc
        else:
            raise KernelError(f"{kernel.name}: bf16 inputs with {kernel.c_ty} output are not supported")
        return
    A = logical(a, la).astype(np.int64)
    B = logical(b, lb).astype(np.int64)
    acc = logical(cf, lc).astype(np.int64) + A @ B
    cf[lc] = acc.astype(DTYPES[kernel.c_ty])  # wraps, like the accumulator's store


def kernel_convert(src: np.ndarray, dst: np.ndarray, count: int) -> None:
    s = src.reshape(-1)
    d = dst.reshape(-1)
    d[:count] = to_bf16(s[:count])
