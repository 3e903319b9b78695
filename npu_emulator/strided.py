"""Affine index patterns as strided numpy views.

Every DMA pattern and every layout transform in a design is affine in mixed-radix
digits, so the offsets the emulator composes (host BD pattern -> L2 object -> link
slice -> dimensionsToStream -> L1 layout of the kernel) are too, in practice. `factor`
recovers the (size, stride) dims of an explicit offset vector, and the views built
from them let numpy copy whole blocks of objects without index arrays.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from numpy.lib.stride_tricks import as_strided

Dims = list[tuple[int, int]]


@lru_cache(maxsize=4096)
def _divisors_desc(n: int, cap: int) -> tuple[int, ...]:
    out = set()
    i = 1
    while i * i <= n:
        if n % i == 0:
            out.add(i)
            out.add(n // i)
        i += 1
    return tuple(sorted((d for d in out if 2 <= d <= cap), reverse=True))


def _factor(rel: np.ndarray) -> Dims | None:
    L = rel.size
    if L == 1:
        return []
    s = int(rel[1])
    d = np.diff(rel)
    brk = np.flatnonzero(d != s)
    run = L if brk.size == 0 else int(brk[0]) + 1
    if run == L:
        return [(L, s)]
    for b in _divisors_desc(L, run):
        rows = rel.reshape(L // b, b)
        heads = rows[:, 0]
        if np.array_equal(rows - heads[:, None], np.broadcast_to(rel[:b], rows.shape)):
            outer = _factor(heads - heads[0])
            if outer is not None:
                return outer + [(b, s)]
    return None


def simplify(dims: Dims) -> Dims:
    out: Dims = []
    for s, t in dims:
        if s == 1:
            continue
        if out and out[-1][1] == s * t:
            ps, _ = out[-1]
            out[-1] = (ps * s, t)
        else:
            out.append((s, t))
    return out or [(1, 0)]


def factor(v: np.ndarray) -> Dims | None:
    """dims (outer -> inner) with v[p] = v[0] + sum(i_j * stride_j), or None."""
    v = np.asarray(v, dtype=np.int64).reshape(-1)
    if v.size == 0:
        return None
    if v.size == 1:
        return [(1, 0)]
    f = _factor(v - v[0])
    return None if f is None else simplify(f)


def view(flat: np.ndarray, base: int, dims: Dims) -> np.ndarray:
    shape = tuple(s for s, _ in dims)
    strides = tuple(t * flat.itemsize for _, t in dims)
    return as_strided(flat[base:], shape, strides, writeable=True)


def pattern_view(flat: np.ndarray, bases: np.ndarray, pat: np.ndarray) -> tuple[np.ndarray, tuple[int, ...], tuple[int, ...]] | None:
    """A view of flat[bases[:, None] + pat[None, :]] with shape bshape + pshape, or None."""
    fb = factor(bases)
    if fb is None:
        return None
    fp = factor(pat)
    if fp is None:
        return None
    base = int(bases[0]) + int(pat[0])
    v = view(flat, base, fb + fp)
    return v, tuple(s for s, _ in fb), tuple(s for s, _ in fp)


def gather(flat: np.ndarray, bases: np.ndarray, pat: np.ndarray, dtype=None) -> np.ndarray:
    """flat[bases[:, None] + pat] as a new (n, L) array (pat may be (L,) or (n, L))."""
    n = bases.size
    if pat.ndim == 1:
        got = pattern_view(flat, bases, pat)
        if got is not None:
            v, _, _ = got
            out = np.empty((n, pat.size), dtype=dtype or flat.dtype)
            np.copyto(out.reshape(v.shape), v, casting="unsafe")
            return out
        idx = bases[:, None] + pat[None, :]
    else:
        idx = bases[:, None] + pat
    out = flat[idx]
    return out if dtype is None else out.astype(dtype)


def scatter(flat: np.ndarray, bases: np.ndarray, pat: np.ndarray, values: np.ndarray) -> None:
    """flat[bases[:, None] + pat] = values (values shaped (n, L))."""
    if pat.ndim == 1:
        got = pattern_view(flat, bases, pat)
        if got is not None:
            v, _, _ = got
            np.copyto(v, values.reshape(v.shape), casting="unsafe")
            return
        idx = bases[:, None] + pat[None, :]
    else:
        idx = bases[:, None] + pat
    flat[idx] = values


def dims_offsets(base: int, dims: Dims) -> np.ndarray:
    """Explicit offsets of an affine pattern, in order."""
    out = np.full(1, base, dtype=np.int64)
    for s, t in dims:
        out = (out[:, None] + np.arange(s, dtype=np.int64)[None, :] * t).reshape(-1)
    return out


def dims_extent(base: int, dims: Dims) -> tuple[int, int]:
    lo = hi = base
    for s, t in dims:
        if s > 1:
            if t >= 0:
                hi += (s - 1) * t
            else:
                lo += (s - 1) * t
    return lo, hi


def split_dims(dims: Dims, S: int) -> tuple[Dims, Dims] | None:
    """Split dims (outer->inner, product L with L % S == 0) into (outer, inner) with
    prod(inner) == S, splitting one dimension if needed."""
    inner: Dims = []
    p = 1
    i = len(dims) - 1
    while i >= 0 and p < S:
        s, t = dims[i]
        if p * s <= S:
            inner.insert(0, (s, t))
            p *= s
            i -= 1
            continue
        need = S // p
        if S % p or s % need:
            return None
        inner.insert(0, (need, t))
        outer = list(dims[:i]) + [(s // need, t * need)]
        return outer, inner
    if p != S:
        return None
    return list(dims[: i + 1]), inner


def refine(d1: Dims, d2: Dims) -> tuple[Dims, Dims] | None:
    """Both factorisations of the same index range split at the union of their
    boundaries, so they have the same shape; None if the boundaries do not nest."""

    def cum(d):
        out, p = [], 1
        for s, _ in reversed(d):
            p *= s
            out.append(p)
        return out

    if not d1 or not d2 or cum(d1)[-1] != cum(d2)[-1]:
        return None
    bounds = sorted(set(cum(d1)) | set(cum(d2)))
    for x, y in zip(bounds, bounds[1:]):
        if y % x:
            return None

    def split(d):
        out = []
        p = 1
        for s, t in reversed(d):
            lo = p
            for b in bounds:
                if lo < b <= p * s:
                    out.append((b // lo, t * (lo // p)))
                    lo = b
            p *= s
        return list(reversed(out))

    return split(d1), split(d2)


def copy_pattern(dst: np.ndarray, dbases, dpat, src: np.ndarray, sbases, spat) -> bool:
    """dst[dbases[:, None] + dpat] = src[sbases[:, None] + spat] as one strided copy.
    Returns False (nothing copied) when the patterns are not affine or do not nest."""
    fdb, fdp = factor(dbases), factor(dpat)
    fsb, fsp = factor(sbases), factor(spat)
    if None in (fdb, fdp, fsb, fsp):
        return False
    rb = refine(fdb, fsb)
    rp = refine(fdp, fsp)
    if rb is None or rp is None:
        return False
    if dst.dtype == src.dtype and dst.itemsize in (1, 2, 4, 8):
        # same dtype: copy raw bits (numpy copies user dtypes such as bfloat16 slowly)
        raw = np.dtype(f"u{dst.itemsize}")
        dst, src = dst.view(raw), src.view(raw)
    dv = view(dst, int(dbases[0]) + int(dpat[0]), rb[0] + rp[0])
    sv = view(src, int(sbases[0]) + int(spat[0]), rb[1] + rp[1])
    np.copyto(dv, sv)
    return True
