"""FusedGemm: the operator-library API.

    op = FusedGemm(M=2048, K=2048, N=128256, partitions=4, device="npu2")
    op.weight = B                 # (K, N), logical orientation; split once
    C = op.forward(A)             # (*batch, M, K) -> (*batch, M, N): exactly N columns

B and the weight are always given as (K, N) with C = A @ B; `b_col_major` only picks
the device storage layout. Builds are cached in `build_dir` by a hash of the problem,
so the same problem never rebuilds. Inputs are numpy arrays, or torch tensors when
torch is installed (outputs then come back as torch tensors).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

import numpy as np

from gemm_codegen import host
from gemm_codegen.problem import GemmProblem
from passes.diagnostics import UserError

BUILD_FILES = ("design.mlir", "insts.bin", "insts.txt", "kernels.json", "manifest.json")
BUILD_FORMAT = 1  # bump when the build output changes shape


def problem_key(problem: GemmProblem) -> str:
    blob = json.dumps({"format": BUILD_FORMAT, **problem.as_dict()}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _to_numpy(x) -> tuple[np.ndarray, bool]:
    """(array, came_from_torch)."""
    if type(x).__module__.startswith("torch"):
        import torch

        t = x.detach().to("cpu")
        if t.dtype == torch.bfloat16:
            return t.view(torch.int16).numpy().view(host.BF16), True
        return t.float().numpy(), True
    return np.asarray(x), False


def _to_torch(a: np.ndarray):
    import torch

    if a.dtype == host.BF16:
        return torch.from_numpy(a.view(np.int16).copy()).view(torch.bfloat16)
    return torch.from_numpy(np.ascontiguousarray(a))


class FusedGemm:
    def __init__(
        self,
        M: int,
        K: int,
        N: int,
        partitions: int = 1,
        device: str = "npu2",
        tile: tuple[int, int, int] = (64, 64, 64),
        columns: int | None = None,
        b_col_major: bool = True,
        arg_layout: str = "per-partition",
        backend: str = "emulator",
        build_dir: str | Path | None = None,
    ):
        if backend not in ("emulator", "xrt"):
            raise UserError(f"backend must be 'emulator' or 'xrt', got '{backend}'")
        m, k, n = tile
        self.problem = GemmProblem(
            M=M, K=K, N=N, partitions=partitions, m=m, k=k, n=n, columns=columns, device=device,
            b_col_major=b_col_major, arg_layout=arg_layout,
        )  # fmt: skip
        self.backend = backend
        root = Path(build_dir) if build_dir is not None else Path(tempfile.gettempdir()) / "gemm-codegen-cache"
        self.build_dir = root / problem_key(self.problem)
        self._b_parts: list[np.ndarray] | None = None
        self.builds = 0  # how many times this object actually ran the build step

    # -- build ---------------------------------------------------------------
    def is_built(self) -> bool:
        man = self.build_dir / "manifest.json"
        if not all((self.build_dir / f).exists() for f in BUILD_FILES):
            return False
        try:
            return json.loads(man.read_text())["problem"] == self.problem.as_dict()
        except (ValueError, KeyError):
            return False

    def build(self) -> Path:
        if not self.is_built():
            from gemm_codegen.build import build

            build(self.problem, self.build_dir)
            self.builds += 1
        return self.build_dir

    # -- weights -------------------------------------------------------------
    @property
    def weight(self):
        return self._weight

    @weight.setter
    def weight(self, B) -> None:
        arr, _ = _to_numpy(B)
        self._weight = B
        self._b_parts = host.split_b(arr.astype(host.BF16), self.problem)

    # -- compute -------------------------------------------------------------
    def forward(self, A, B=None):
        a, from_torch = _to_numpy(A)
        p = self.problem
        if a.ndim < 2 or a.shape[-1] != p.K:
            raise UserError(f"A must have shape (..., rows, {p.K}), got {tuple(a.shape)}")
        if B is not None:
            b, _ = _to_numpy(B)
            b_parts = host.split_b(b.astype(host.BF16), p)
        elif self._b_parts is not None:
            b_parts = self._b_parts
        else:
            raise UserError("no B given and no static weight set (assign op.weight first)")
        lead = a.shape[:-1]
        rows = a.reshape(-1, p.K).astype(host.BF16)
        out = np.empty((rows.shape[0], p.N), dtype=host.device_dtype(p.out_dtype))
        for start in range(0, rows.shape[0], p.M):  # more rows than M: one dispatch per M rows
            chunk = rows[start : start + p.M]
            padded = np.zeros((p.M, p.K), dtype=host.BF16)
            padded[: chunk.shape[0]] = chunk
            out[start : start + chunk.shape[0]] = self._dispatch(padded, b_parts)[: chunk.shape[0]]
        C = out.reshape(*lead, p.N)
        return _to_torch(C) if from_torch else C

    __call__ = forward

    def _dispatch(self, A: np.ndarray, b_parts: list[np.ndarray]) -> np.ndarray:
        from gemm_codegen.run import execute

        outdir = self.build()
        buffers, c_views = host.kernel_buffers(self.problem, host.pad_a(A, self.problem), b_parts)
        report = execute(outdir, self.problem, buffers, self.backend)
        if not getattr(report, "ok", True):
            raise UserError(f"{self.backend} run failed: {'; '.join(map(str, report.hazards)) or 'see report'}")
        return host.assemble_c(c_views, self.problem)
