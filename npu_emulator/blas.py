"""C += A @ B in one BLAS call (sgemm with beta = 1), when numpy's bundled OpenBLAS
exposes cblas; otherwise numpy matmul plus an add. Only a speed-up: both give the
float32 result of the same GEMM."""

from __future__ import annotations

import ctypes
import glob
import os

import numpy as np

_ROW_MAJOR, _NO_TRANS, _TRANS = 101, 111, 112
_sgemm = None


def _load():
    global _sgemm
    if _sgemm is not None:
        return _sgemm or None
    _sgemm = False
    if os.environ.get("NPU_EMULATOR_NO_CBLAS"):
        return None
    libdir = os.path.join(os.path.dirname(np.__file__), os.pardir, "numpy.libs")
    for path in glob.glob(os.path.join(libdir, "*openblas*")):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name, itype in (("scipy_cblas_sgemm64_", ctypes.c_int64), ("cblas_sgemm64_", ctypes.c_int64), ("cblas_sgemm", ctypes.c_int)):
            fn = getattr(lib, name, None)
            if fn is None:
                continue
            fn.restype = None
            fn.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int, itype, itype, itype, ctypes.c_float,
                           ctypes.c_void_p, itype, ctypes.c_void_p, itype, ctypes.c_float, ctypes.c_void_p, itype]  # fmt: skip
            _sgemm = fn
            return fn
    return None


def _operand(x: np.ndarray):
    """(trans flag, leading dimension) of a 2-D float32 array, or None."""
    isz = x.itemsize
    r, c = x.shape
    if x.strides[1] == isz and x.strides[0] % isz == 0 and x.strides[0] // isz >= max(1, c):
        return _NO_TRANS, x.strides[0] // isz
    if x.strides[0] == isz and x.strides[1] % isz == 0 and x.strides[1] // isz >= max(1, r):
        return _TRANS, x.strides[1] // isz
    return None


def gemm_acc(a: np.ndarray, b: np.ndarray, c: np.ndarray, tmp: np.ndarray | None = None) -> None:
    """c += a @ b (all float32, 2-D; c row-major)."""
    fn = _load()
    if fn is not None and a.dtype == b.dtype == c.dtype == np.float32:
        oa, ob = _operand(a), _operand(b)
        if oa is not None and ob is not None and c.strides[1] == 4 and c.strides[0] % 4 == 0:
            m, k = a.shape
            n = b.shape[1]
            fn(_ROW_MAJOR, oa[0], ob[0], m, n, k, 1.0, a.ctypes.data, oa[1], b.ctypes.data, ob[1], 1.0,
               c.ctypes.data, c.strides[0] // 4)  # fmt: skip
            return
    if tmp is None:
        tmp = np.empty(c.shape, np.float32)
    np.matmul(a, b, out=tmp)
    c += tmp


class Mat:
    """A 2-D float32 array with its BLAS parameters computed once."""

    __slots__ = ("a", "ptr", "trans", "ld", "ok")

    def __init__(self, a: np.ndarray):
        self.a = a
        op = _operand(a) if a.dtype == np.float32 else None
        self.ok = op is not None
        if self.ok:
            self.trans, self.ld = op
            self.ptr = a.__array_interface__["data"][0]


def gemm_acc_mat(A: Mat, B: Mat, C: Mat) -> None:
    """C += A @ B for prepared operands (C row-major)."""
    fn = _load()
    if fn is not None and A.ok and B.ok and C.ok and C.trans == _NO_TRANS:
        m, k = A.a.shape
        fn(_ROW_MAJOR, A.trans, B.trans, m, B.a.shape[1], k, 1.0, A.ptr, A.ld, B.ptr, B.ld, 1.0, C.ptr, C.ld)
        return
    gemm_acc(A.a, B.a, C.a)
