"""Optional native helpers, built on first use with the system C compiler.

* `round_fn`: bf16 round-to-nearest-even of a float32 buffer in one pass (numpy needs
  five: shift, and, add, add, mask).
* `chain_fn`: a whole matmul chain C <- rnd(C + A_kk @ B_kk), kk = 0..Kt-1, with the
  rounding fused into the GEMM's store (AVX-512 or AVX2 + FMA, chosen at run time;
  a portable loop otherwise). Per call, acc = sum_k A[i,k]*B[k,j] is accumulated with
  FMA in k order, then C = rnd(acc + C): the same float32 model as the numpy path
  (matmul, then + C, then round).

The library is cached per source hash in $XDG_CACHE_HOME/npu_emulator (or a temp
dir). Without a compiler, or with NPU_EMULATOR_NO_NATIVE=1, the numpy/BLAS path is
used: identical semantics, slower.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import subprocess
import tempfile

_SRC = r"""
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <immintrin.h>

static inline uint32_t rne32(uint32_t u) { return (u + 0x7FFFu + ((u >> 16) & 1u)) & 0xFFFF0000u; }

void npu_emu_round_bf16(uint32_t *x, int64_t n) {
    for (int64_t i = 0; i < n; i++) x[i] = rne32(x[i]);
}

/* ---------------- portable chain ---------------- */
static void chain_generic(float *C, int64_t M, int64_t N, int64_t ldc, const float *const *A, int64_t lda,
                          const float *const *B, int64_t ldb, int64_t Kt, int64_t K, int rnd) {
    float acc[256];
    for (int64_t kk = 0; kk < Kt; kk++) {
        const float *a = A[kk], *b = B[kk];
        for (int64_t i = 0; i < M; i++) {
            for (int64_t j0 = 0; j0 < N; j0 += 256) {
                int64_t nj = N - j0 < 256 ? N - j0 : 256;
                for (int64_t j = 0; j < nj; j++) acc[j] = 0.0f;
                for (int64_t k = 0; k < K; k++) {
                    float av = a[i * lda + k];
                    const float *br = b + k * ldb + j0;
                    for (int64_t j = 0; j < nj; j++) acc[j] = __builtin_fmaf(av, br[j], acc[j]);
                }
                float *c = C + i * ldc + j0;
                for (int64_t j = 0; j < nj; j++) {
                    float v = acc[j] + c[j];
                    if (rnd) { uint32_t u; memcpy(&u, &v, 4); u = rne32(u); memcpy(&v, &u, 4); }
                    c[j] = v;
                }
            }
        }
    }
}

/* ---------------- AVX-512: 6 rows x 32 columns per micro-tile ---------------- */
#define R5 8
__attribute__((target("avx512f,fma")))
static inline __m512 rnd512(__m512 v) {
    __m512i u = _mm512_castps_si512(v);
    __m512i t = _mm512_and_si512(_mm512_srli_epi32(u, 16), _mm512_set1_epi32(1));
    u = _mm512_add_epi32(u, _mm512_add_epi32(t, _mm512_set1_epi32(0x7FFF)));
    u = _mm512_and_si512(u, _mm512_set1_epi32((int)0xFFFF0000u));
    return _mm512_castsi512_ps(u);
}

__attribute__((target("avx512f,fma")))
static void tile512(float *C, int64_t ldc, const float *a, int64_t lda, const float *b, int64_t ldb,
                    int64_t K, int rows, __mmask16 m0, __mmask16 m1, int rnd) {
    __m512 acc[R5][2];
    for (int r = 0; r < R5; r++) { acc[r][0] = _mm512_setzero_ps(); acc[r][1] = _mm512_setzero_ps(); }
    for (int64_t k = 0; k < K; k++) {
        __m512 b0 = _mm512_maskz_loadu_ps(m0, b + k * ldb);
        __m512 b1 = _mm512_maskz_loadu_ps(m1, b + k * ldb + 16);
        for (int r = 0; r < rows; r++) {
            __m512 av = _mm512_set1_ps(a[r * lda + k]);
            acc[r][0] = _mm512_fmadd_ps(av, b0, acc[r][0]);
            acc[r][1] = _mm512_fmadd_ps(av, b1, acc[r][1]);
        }
    }
    for (int r = 0; r < rows; r++) {
        float *c = C + r * ldc;
        __m512 c0 = _mm512_add_ps(acc[r][0], _mm512_maskz_loadu_ps(m0, c));
        __m512 c1 = _mm512_add_ps(acc[r][1], _mm512_maskz_loadu_ps(m1, c + 16));
        if (rnd) { c0 = rnd512(c0); c1 = rnd512(c1); }
        _mm512_mask_storeu_ps(c, m0, c0);
        _mm512_mask_storeu_ps(c + 16, m1, c1);
    }
}

/* the full 8 x 32 tile, fully unrolled so the 12 accumulators live in registers */
#define FMA_ROW(r) { __m512 av = _mm512_set1_ps(a[(r) * lda + k]); \
    a##r##0 = _mm512_fmadd_ps(av, b0, a##r##0); a##r##1 = _mm512_fmadd_ps(av, b1, a##r##1); }
#define STORE_ROW(r) { float *c = C + (r) * ldc; \
    __m512 c0 = _mm512_add_ps(a##r##0, _mm512_loadu_ps(c)); __m512 c1 = _mm512_add_ps(a##r##1, _mm512_loadu_ps(c + 16)); \
    if (rnd) { c0 = rnd512(c0); c1 = rnd512(c1); } _mm512_storeu_ps(c, c0); _mm512_storeu_ps(c + 16, c1); }

__attribute__((target("avx512f,fma")))
static void tile512_full(float *C, int64_t ldc, const float *a, int64_t lda, const float *b, int64_t ldb,
                         int64_t K, int rnd) {
    __m512 a00 = _mm512_setzero_ps(), a01 = _mm512_setzero_ps(), a10 = _mm512_setzero_ps(), a11 = _mm512_setzero_ps();
    __m512 a20 = _mm512_setzero_ps(), a21 = _mm512_setzero_ps(), a30 = _mm512_setzero_ps(), a31 = _mm512_setzero_ps();
    __m512 a40 = _mm512_setzero_ps(), a41 = _mm512_setzero_ps(), a50 = _mm512_setzero_ps(), a51 = _mm512_setzero_ps();
    __m512 a60 = _mm512_setzero_ps(), a61 = _mm512_setzero_ps(), a70 = _mm512_setzero_ps(), a71 = _mm512_setzero_ps();
    for (int64_t k = 0; k < K; k++) {
        __m512 b0 = _mm512_load_ps(b + k * ldb);
        __m512 b1 = _mm512_load_ps(b + k * ldb + 16);
        FMA_ROW(0) FMA_ROW(1) FMA_ROW(2) FMA_ROW(3) FMA_ROW(4) FMA_ROW(5) FMA_ROW(6) FMA_ROW(7)
    }
    STORE_ROW(0) STORE_ROW(1) STORE_ROW(2) STORE_ROW(3) STORE_ROW(4) STORE_ROW(5) STORE_ROW(6) STORE_ROW(7)
}

__attribute__((target("avx512f,fma")))
static void chain512(float *C, int64_t M, int64_t N, int64_t ldc, const float *const *A, int64_t lda,
                     const float *const *B, int64_t ldb, int64_t Kt, int64_t K, int rnd) {
    /* Column blocks of 32 outermost. The Kt B panels (K x 32 each) of a block are packed
       contiguously (rows of B are a power-of-two apart, which would thrash L1 sets) and
       stay in L2 while every row block uses them; a C tile (8 x 32) stays in L1 across
       the Kt steps. */
    float *pack = (float *)aligned_alloc(64, (size_t)(Kt * K * 32 * 4 + 64));
    if (!pack) { chain_generic(C, M, N, ldc, A, lda, B, ldb, Kt, K, rnd); return; }
    for (int64_t j = 0; j < N; j += 32) {
        int64_t nj = N - j < 32 ? N - j : 32;
        __mmask16 m0 = nj >= 16 ? 0xFFFF : (__mmask16)((1u << nj) - 1);
        __mmask16 m1 = nj >= 32 ? 0xFFFF : nj > 16 ? (__mmask16)((1u << (nj - 16)) - 1) : 0;
        for (int64_t kk = 0; kk < Kt; kk++)
            for (int64_t k = 0; k < K; k++) {
                float *dst = pack + (kk * K + k) * 32;
                const float *src = B[kk] + k * ldb + j;
                _mm512_store_ps(dst, _mm512_maskz_loadu_ps(m0, src));
                _mm512_store_ps(dst + 16, _mm512_maskz_loadu_ps(m1, src + 16));
            }
        for (int64_t i = 0; i < M; i += R5) {
            int rows = (int)(M - i < R5 ? M - i : R5);
            if (rows == R5 && nj == 32) {
                for (int64_t kk = 0; kk < Kt; kk++)
                    tile512_full(C + i * ldc + j, ldc, A[kk] + i * lda, lda, pack + kk * K * 32, 32, K, rnd);
            } else {
                for (int64_t kk = 0; kk < Kt; kk++)
                    tile512(C + i * ldc + j, ldc, A[kk] + i * lda, lda, pack + kk * K * 32, 32, K, rows, m0, m1, rnd);
            }
        }
    }
    free(pack);
}

/* ---------------- AVX2: 4 rows x 16 columns per micro-tile ---------------- */
#define R2 4
__attribute__((target("avx2,fma")))
static inline __m256 rnd256(__m256 v) {
    __m256i u = _mm256_castps_si256(v);
    __m256i t = _mm256_and_si256(_mm256_srli_epi32(u, 16), _mm256_set1_epi32(1));
    u = _mm256_add_epi32(u, _mm256_add_epi32(t, _mm256_set1_epi32(0x7FFF)));
    u = _mm256_and_si256(u, _mm256_set1_epi32((int)0xFFFF0000u));
    return _mm256_castsi256_ps(u);
}

__attribute__((target("avx2,fma")))
static void chain256(float *C, int64_t M, int64_t N, int64_t ldc, const float *const *A, int64_t lda,
                     const float *const *B, int64_t ldb, int64_t Kt, int64_t K, int rnd) {
    int64_t N16 = N - N % 16;
    for (int64_t j = 0; j < N16; j += 16) {
        for (int64_t i = 0; i < M; i += R2) {
            int rows = (int)(M - i < R2 ? M - i : R2);
            for (int64_t kk = 0; kk < Kt; kk++) {
                const float *a = A[kk] + i * lda, *b = B[kk] + j;
                __m256 acc[R2][2];
                for (int r = 0; r < R2; r++) { acc[r][0] = _mm256_setzero_ps(); acc[r][1] = _mm256_setzero_ps(); }
                for (int64_t k = 0; k < K; k++) {
                    __m256 b0 = _mm256_loadu_ps(b + k * ldb), b1 = _mm256_loadu_ps(b + k * ldb + 8);
                    for (int r = 0; r < R2; r++) {
                        if (r < rows) {
                            __m256 av = _mm256_set1_ps(a[r * lda + k]);
                            acc[r][0] = _mm256_fmadd_ps(av, b0, acc[r][0]);
                            acc[r][1] = _mm256_fmadd_ps(av, b1, acc[r][1]);
                        }
                    }
                }
                for (int r = 0; r < rows; r++) {
                    float *c = C + (i + r) * ldc + j;
                    __m256 c0 = _mm256_add_ps(acc[r][0], _mm256_loadu_ps(c));
                    __m256 c1 = _mm256_add_ps(acc[r][1], _mm256_loadu_ps(c + 8));
                    if (rnd) { c0 = rnd256(c0); c1 = rnd256(c1); }
                    _mm256_storeu_ps(c, c0);
                    _mm256_storeu_ps(c + 8, c1);
                }
            }
        }
    }
    if (N16 < N) {
        const float *Ar[1024], *Br[1024];
        for (int64_t kk = 0; kk < Kt && kk < 1024; kk++) { Ar[kk] = A[kk]; Br[kk] = B[kk] + N16; }
        chain_generic(C + N16, M, N - N16, ldc, Ar, lda, Br, ldb, Kt, K, rnd);
    }
}

int npu_emu_chain_isa(void) {
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("fma")) return 512;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return 256;
    return 0;
}

void npu_emu_chain(float *C, int64_t M, int64_t N, int64_t ldc, const float *const *A, int64_t lda,
                   const float *const *B, int64_t ldb, int64_t Kt, int64_t K, int rnd, int isa) {
    if (isa == 512) chain512(C, M, N, ldc, A, lda, B, ldb, Kt, K, rnd);
    else if (isa == 256 && Kt <= 1024) chain256(C, M, N, ldc, A, lda, B, ldb, Kt, K, rnd);
    else chain_generic(C, M, N, ldc, A, lda, B, ldb, Kt, K, rnd);
}
"""

_lib = None


def _cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    d = os.path.join(base, "npu_emulator")
    try:
        os.makedirs(d, exist_ok=True)
        return d
    except OSError:
        return tempfile.gettempdir()


def _library():
    global _lib
    if _lib is not None:
        return _lib or None
    _lib = False
    if os.environ.get("NPU_EMULATOR_NO_NATIVE"):
        return None
    cc = shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc") or shutil.which("clang")
    digest = hashlib.sha256((_SRC + "O3-v4").encode()).hexdigest()[:16]
    path = os.path.join(_cache_dir(), f"npu_emu_{digest}.so")
    try:
        if not os.path.exists(path):
            if cc is None:
                return None
            with tempfile.TemporaryDirectory() as tmp:
                src = os.path.join(tmp, "native.c")
                with open(src, "w") as f:
                    f.write(_SRC)
                out = os.path.join(tmp, "native.so")
                subprocess.run([cc, "-O3", "-shared", "-fPIC", "-o", out, src], check=True, capture_output=True, timeout=120)
                staged = f"{path}.{os.getpid()}.tmp"
                shutil.copyfile(out, staged)
                os.replace(staged, path)  # atomic: a concurrent build never exposes a partial file
        dll = ctypes.CDLL(path)
        dll.npu_emu_round_bf16.restype = None
        dll.npu_emu_round_bf16.argtypes = [ctypes.c_void_p, ctypes.c_int64]
        dll.npu_emu_chain.restype = None
        i64 = ctypes.c_int64
        dll.npu_emu_chain.argtypes = [ctypes.c_void_p, i64, i64, i64, ctypes.c_void_p, i64, ctypes.c_void_p, i64, i64, i64,
                                      ctypes.c_int, ctypes.c_int]  # fmt: skip
        dll.npu_emu_chain_isa.restype = ctypes.c_int
        dll.isa = dll.npu_emu_chain_isa()
        _lib = dll
        return dll
    except (OSError, subprocess.SubprocessError, AttributeError):
        return None


def round_fn():
    """The native rounding function (ptr, n), or None."""
    lib = _library()
    return lib.npu_emu_round_bf16 if lib else None


def chain_isa() -> int:
    lib = _library()
    return lib.isa if lib else -1


def chain(C, A_list, B_list, rnd: bool) -> bool:
    """C <- rnd(C + A_kk @ B_kk) for kk in order, natively. C (M, N) float32 row-major;
    every A_kk (M, K) and B_kk (K, N) float32 with unit column stride and common
    leading dimensions. Returns False (nothing done) if not applicable."""
    lib = _library()
    if not lib or lib.isa <= 0 or not A_list:
        return False
    import numpy as np

    M, N = C.shape
    K = A_list[0].shape[1]
    lda = A_list[0].strides[0] // 4
    ldb = B_list[0].strides[0] // 4
    for a in A_list:
        if a.dtype != np.float32 or a.shape != (M, K) or a.strides != (lda * 4, 4):
            return False
    for b in B_list:
        if b.dtype != np.float32 or b.shape != (K, N) or b.strides != (ldb * 4, 4):
            return False
    if C.dtype != np.float32 or C.strides[1] != 4:
        return False
    Kt = len(A_list)
    ap = (ctypes.c_void_p * Kt)(*[a.__array_interface__["data"][0] for a in A_list])
    bp = (ctypes.c_void_p * Kt)(*[b.__array_interface__["data"][0] for b in B_list])
    lib.npu_emu_chain(C.__array_interface__["data"][0], M, N, C.strides[0] // 4, ap, lda, bp, ldb, Kt, K,
                      1 if rnd else 0, lib.isa)  # fmt: skip
    return True
