"""Benchmark the virtual NPU on the Llama 3.2 1B LM head and compare with numpy.

    python bench/emulate.py                    # build the preset with gemm-codegen, emulate, time numpy
    python bench/emulate.py --design-dir DIR   # an existing build (design.mlir, insts.bin, manifest.json)
    python bench/emulate.py --M 512 --K 512 --N 8192 --partitions 2   # a smaller shape

The shape (default): M=2048, K=2048, N=128256 in 4 partitions of 32064 columns, each
padded to 32256; npu2, 8 columns, 64x64x64 tiles, bf16, Bᵀ stored (col-major B).

Prints the emulation time (control model, data path), the time of numpy's float32
matmul of the same (unpadded) shape in the same process, and their ratio (goal <= 2).
With --check, a sample of output rows is compared with a numpy model of the kernel's
arithmetic (f32 accumulation, bf16 round-to-nearest-even after each k block).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import ml_dtypes
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from npu_emulator import emulate  # noqa: E402

BF16 = ml_dtypes.bfloat16


def build(args, out: Path) -> None:
    exe = Path(sys.executable).with_name("gemm-codegen")
    cmd = [str(exe) if exe.exists() else "gemm-codegen", "build", "-o", str(out)]
    if args.M is None:
        cmd += ["--preset", "llama-3.2-1b-lm-head"]
    else:
        cmd += ["--M", str(args.M), "--K", str(args.K), "--N", str(args.N), "--partitions", str(args.partitions),
                "--device", args.device, "--tile", args.tile, "--b-col-major"]  # fmt: skip
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, text=True)
    print(f"built {out} in {time.perf_counter() - t:.1f} s ({' '.join(cmd[1:])})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--design-dir", type=Path)
    ap.add_argument("--M", type=int)
    ap.add_argument("--K", type=int, default=2048)
    ap.add_argument("--N", type=int, default=128256)
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--device", default="npu2")
    ap.add_argument("--tile", default="64x64x64")
    ap.add_argument("--engine", default="fast", choices=["fast", "reference"])
    ap.add_argument("--kernel-defines", default=None,
                    help="override the kernel build flags the design names (comma list; '' for none)")  # fmt: skip
    ap.add_argument("--check", type=int, default=32, metavar="ROWS", help="compare this many output rows (0: skip)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        d = args.design_dir
        if d is None:
            d = Path(tmp) / "build"
            build(args, d)
        man = json.loads((d / "manifest.json").read_text())
        text = (d / "design.mlir").read_text()
        insts = (d / "insts.bin").read_bytes()

    pr = man["problem"]
    M, K, N, P = pr["M"], pr["K"], pr["N"], pr["partitions"]
    Mp, Kp, Np = man["padded"]["M"], man["padded"]["K"], man["padded"]["N_per_partition"]
    if not pr.get("b_col_major", True):
        print("this benchmark builds col-major B inputs; the design is row-major", file=sys.stderr)
        return 2
    widths = [N // P + (1 if p < N % P else 0) for p in range(P)]
    starts = np.concatenate([[0], np.cumsum(widths)])
    print(f"shape M={M} K={K} N={N}, {P} partitions of {widths[0]} columns padded to {Np}; "
          f"{len(insts)} bytes of instructions")  # fmt: skip

    rng = np.random.default_rng(args.seed)
    A = rng.standard_normal((M, K), dtype=np.float32)
    B = rng.standard_normal((K, N), dtype=np.float32)
    a = np.zeros((Mp, Kp), BF16)
    a[:M, :K] = A
    bs, cs = [], []
    for p in range(P):
        bp = np.zeros((Np, Kp), BF16)
        bp[: widths[p], :K] = B[:, starts[p] : starts[p + 1]].T
        bs.append(bp.reshape(-1))
        cs.append(np.zeros(Mp * Np, BF16))
    buffers = [a.reshape(-1)] + bs + cs
    defines = [x for x in args.kernel_defines.split(",") if x] if args.kernel_defines is not None else None

    t0 = time.perf_counter()
    rep = emulate(insts, text, buffers, engine=args.engine, kernel_defines=defines)
    t_emu = time.perf_counter() - t0
    print(f"emulate ({rep.engine}): {t_emu:.2f} s  [control {rep.timings.get('control', 0):.2f} s, "
          f"data {rep.timings.get('data', 0):.2f} s]  ok={rep.ok}")  # fmt: skip
    if not rep.ok:
        print(rep.summary())

    # numpy float32 matmul of the same shape, in this process
    Af = A
    Bf = B
    Cf = np.empty((M, N), np.float32)
    np.matmul(Af[:64], Bf, out=Cf[:64])  # warm up the BLAS threads
    t0 = time.perf_counter()
    np.matmul(Af, Bf, out=Cf)
    t_np = time.perf_counter() - t0
    print(f"numpy float32 matmul {M}x{K} @ {K}x{N}: {t_np:.2f} s ({2 * M * K * N / t_np / 1e9:.0f} GFLOP/s)")
    print(f"ratio emulate / numpy: {t_emu / t_np:.2f}  (goal <= 2)")

    if args.check:
        rows = np.sort(rng.choice(M, size=min(args.check, M), replace=False))
        Ab = A[rows].astype(BF16).astype(np.float32)
        Bb = B.astype(BF16).astype(np.float32)
        k = int(pr["k"])
        ref = np.zeros((rows.size, N), np.float32)
        for kk in range(0, K, k):
            ref = (ref + Ab[:, kk : kk + k] @ Bb[kk : kk + k]).astype(BF16).astype(np.float32)
        got = np.concatenate([cs[p].reshape(Mp, Np)[rows, : widths[p]].astype(np.float32) for p in range(P)], axis=1)
        same = np.array_equal(got.view(np.uint32), ref.view(np.uint32))
        diff = np.abs(got - ref)
        print(f"check {rows.size} rows x {N} columns: {'bit-identical' if same else 'differs'} to the kernel model; "
              f"max |diff| {diff.max():.3g}, {np.count_nonzero(diff)} elements differ; "
              f"max rel err vs f32 {np.abs(got - Cf[rows]).max() / np.abs(Cf[rows]).max():.3g}")  # fmt: skip
        if not same and np.count_nonzero(diff) > rows.size * N * 1e-3:
            return 1
    return 0 if rep.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
