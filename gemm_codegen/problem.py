"""The GEMM problem, its partitioning along N, and its device-side padding.

Partition p covers columns [start_p, start_p + width_p) of the full problem:
width_p = N // P, and the first N % P partitions get one extra column. Every partition
is padded on the device side to the same width Np (a multiple of n·columns), M to a
multiple of 4·m and K to a multiple of k. Padding lives INSIDE each partition's
buffers; host offsets always use the unpadded ranges. (amd/IRON issue #83 sliced B at
p·Np instead of start_p — exactly the mistake this module exists to rule out.)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from functools import cached_property

from passes import target_model as tm
from passes.diagnostics import UserError

CORE_ROWS = 4  # compute rows 2..5 of every column
ARG_LAYOUTS = ("per-partition", "packed")
DTYPES = {"bf16": 16}
OUT_DTYPES = {"bf16": 16}
# mm.cc MMUL shapes (r, s, t) per device (gemm-dataflow §5.1)
MMUL = {"npu1": (4, 8, 4), "npu2": (8, 8, 8)}
# Columns the whole-array design supports: 4 A-shims with pA = 4/cols (gemm-dataflow §6.3)
SUPPORTED_COLUMNS = {"npu1": (1, 2, 4), "npu2": (1, 2, 4, 8)}
L1_BYTES = 64 * 1024
CORE_STACK_BYTES = 0xD00  # IRON Worker default stack_size
L2_BYTES = 512 * 1024
PRESETS: dict[str, dict] = {
    "llama-3.2-1b-lm-head": dict(
        M=2048, K=2048, N=128256, partitions=4, device="npu2", columns=8, m=64, k=64, n=64,
        b_col_major=True, arg_layout="per-partition",
    ),
}  # fmt: skip


class ProblemError(UserError, ValueError):
    """An invalid problem, described in one line that names the limit."""


def round_up(x: int, multiple: int) -> int:
    return -(-x // multiple) * multiple


@dataclass(frozen=True)
class Partition:
    index: int
    start: int  # first column of the full problem
    width: int  # unpadded columns

    @property
    def stop(self) -> int:
        return self.start + self.width


@dataclass(frozen=True)
class GemmProblem:
    M: int
    K: int
    N: int
    partitions: int = 1
    m: int = 64
    k: int = 64
    n: int = 64
    columns: int | None = None  # default: all columns of the device
    device: str = "npu2"
    dtype: str = "bf16"
    out_dtype: str = "bf16"
    b_col_major: bool = True
    arg_layout: str = "per-partition"
    name: str = field(default="gemm", compare=False)

    # -- construction ----------------------------------------------------------
    @staticmethod
    def preset(name: str) -> GemmProblem:
        try:
            return GemmProblem(**PRESETS[name], name=name)
        except KeyError:
            raise ProblemError(f"unknown preset '{name}' (known: {', '.join(PRESETS)})") from None

    def with_(self, **changes) -> GemmProblem:
        return replace(self, **changes)

    def as_dict(self) -> dict:
        d = asdict(self)
        d.pop("name")
        d["columns"] = self.cols
        return d

    def __post_init__(self) -> None:
        self.validate()

    # -- derived sizes ---------------------------------------------------------
    @property
    def cols(self) -> int:
        return self.columns if self.columns is not None else tm.get_device(self.device).columns

    @property
    def device_name(self) -> str:
        """The aie.device the design targets (npu2 always uses the full device)."""
        if self.device == "npu1" and self.cols < 4:
            return f"npu1_{self.cols}col"
        return self.device

    @property
    def mmul(self) -> tuple[int, int, int]:
        return MMUL[self.device]

    @property
    def elem_bits(self) -> int:
        return DTYPES[self.dtype]

    @property
    def out_bits(self) -> int:
        return OUT_DTYPES[self.out_dtype]

    @property
    def n_a_shims(self) -> int:
        """nA: shim/mem tiles feeding A (gemm-dataflow notation)."""
        return min(self.cols, CORE_ROWS)

    @property
    def a_split(self) -> int:
        """pA: A_L2L1 fifos split out of one A L2 object."""
        return CORE_ROWS // self.cols if self.cols < CORE_ROWS else 1

    @property
    def mA(self) -> int:
        return self.m * self.a_split

    @property
    def Mp(self) -> int:
        return round_up(self.M, CORE_ROWS * self.m)

    @property
    def Kp(self) -> int:
        return round_up(self.K, self.k)

    @cached_property
    def partition_list(self) -> tuple[Partition, ...]:
        base, extra = divmod(self.N, self.partitions)
        parts, start = [], 0
        for p in range(self.partitions):
            width = base + (1 if p < extra else 0)
            parts.append(Partition(p, start, width))
            start += width
        return tuple(parts)

    @property
    def Np(self) -> int:
        """Padded width of every partition (all partitions share one shape)."""
        widest = max(p.width for p in self.partition_list)
        return round_up(widest, self.n * self.cols)

    @property
    def Tr(self) -> int:
        return self.Mp // (CORE_ROWS * self.m)

    @property
    def Tc(self) -> int:
        return self.Np // (self.n * self.cols)

    @property
    def Kt(self) -> int:
        return self.Kp // self.k

    # Host buffer shapes (device side, padded), in elements
    @property
    def a_shape(self) -> tuple[int, int]:
        return (self.Mp, self.Kp)

    @property
    def b_shape(self) -> tuple[int, int]:
        """B_p as stored: (Np, Kp) = Bᵀ when col-major, else (Kp, Np)."""
        return (self.Np, self.Kp) if self.b_col_major else (self.Kp, self.Np)

    @property
    def c_shape(self) -> tuple[int, int]:
        return (self.Mp, self.Np)

    @property
    def num_host_buffers(self) -> int:
        return 3 if self.arg_layout == "packed" else 1 + 2 * self.partitions

    # -- validation ------------------------------------------------------------
    def validate(self) -> None:
        for name in ("M", "K", "N", "partitions", "m", "k", "n"):
            value = getattr(self, name)
            if not isinstance(value, int) or value <= 0:
                raise ProblemError(f"{name} must be a positive integer, got {value!r}")
        if self.device not in MMUL:
            raise ProblemError(f"device must be npu1 or npu2, got '{self.device}'")
        dev = tm.get_device(self.device)
        if self.cols not in SUPPORTED_COLUMNS[self.device]:
            raise ProblemError(
                f"columns = {self.cols} is not supported on {self.device} "
                f"(the whole-array design uses {', '.join(map(str, SUPPORTED_COLUMNS[self.device]))}; the device has {dev.columns})"
            )
        if self.dtype not in DTYPES:
            raise ProblemError(f"dtype '{self.dtype}' is not supported (supported: {', '.join(DTYPES)})")
        if self.out_dtype not in OUT_DTYPES:
            raise ProblemError(f"out dtype '{self.out_dtype}' is not supported (supported: {', '.join(OUT_DTYPES)})")
        if self.arg_layout not in ARG_LAYOUTS:
            raise ProblemError(f"arg layout must be one of {', '.join(ARG_LAYOUTS)}, got '{self.arg_layout}'")
        if self.partitions > self.N:
            raise ProblemError(f"partitions = {self.partitions} exceeds N = {self.N}: a partition would be empty")
        r, s, t = self.mmul
        for dim, value, unit in (("m", self.m, 2 * r), ("k", self.k, s), ("n", self.n, 2 * t)):
            if value % unit:
                raise ProblemError(
                    f"tile {dim} = {value} must be a multiple of {unit} for mm.cc on {self.device} (MMUL {r}x{s}x{t})"
                )
        l1 = 2 * (self.m * self.k + self.k * self.n) * self.elem_bits // 8 + 2 * self.m * self.n * self.out_bits // 8
        if l1 > L1_BYTES - CORE_STACK_BYTES:
            raise ProblemError(
                f"tile {self.m}x{self.k}x{self.n} needs {l1} bytes of L1 for double-buffered A, B, C "
                f"(limit {L1_BYTES - CORE_STACK_BYTES} = 64 KiB minus the core stack)"
            )
        l2 = 2 * (self.mA * self.k + self.k * self.n) * self.elem_bits // 8 + 2 * CORE_ROWS * self.m * self.n * self.out_bits // 8
        if l2 > L2_BYTES:
            raise ProblemError(f"tile {self.m}x{self.k}x{self.n} needs {l2} bytes of mem-tile L2 (limit {L2_BYTES})")
        if self.mA > tm.MAX_WRAP:
            raise ProblemError(f"A rows per L2 object {self.mA} exceed the 10-bit d1 wrap limit ({tm.MAX_WRAP})")
        if self.arg_layout == "per-partition" and self.num_host_buffers > tm.MAX_HOST_BUFFERS:
            raise ProblemError(
                f"{self.partitions} partitions need {self.num_host_buffers} host buffers (A, B_0..B_{self.partitions - 1}, "
                f"C_0..C_{self.partitions - 1}) but an NPU kernel takes at most {tm.MAX_HOST_BUFFERS}; "
                f"use --arg-layout packed (3 buffers)"
            )


# ---------------------------------------------------------------------------
# Host buffers: the kernel-argument order shared by the design, the fused runtime
# sequence (aie-fuse-partitions keeps A, B_0.., C_0..), the manifest and the host side.
# ---------------------------------------------------------------------------


def host_args(problem: GemmProblem) -> list[dict]:
    """One entry per logical buffer (A, B_p, C_p), in kernel-argument order.

    In the packed layout B_p/C_p are slices of B_all/C_all: same `index`,
    `packed_offset` in bytes.
    """
    p = problem
    eb = p.elem_bits // 8
    ob = p.out_bits // 8
    b_bytes = p.b_shape[0] * p.b_shape[1] * eb
    c_bytes = p.c_shape[0] * p.c_shape[1] * ob
    args = [
        dict(index=0, name="A", role="input", dtype=p.dtype, shape=list(p.a_shape), bytes=p.Mp * p.Kp * eb,
             partition=None, columns=None),
    ]  # fmt: skip
    packed = p.arg_layout == "packed"
    for kind, role, dtype, shape, nbytes in (
        ("B", "input", p.dtype, p.b_shape, b_bytes),
        ("C", "output", p.out_dtype, p.c_shape, c_bytes),
    ):
        for part in p.partition_list:
            if packed:
                index = 1 if kind == "B" else 2
            else:
                index = (1 if kind == "B" else 1 + p.partitions) + part.index
            entry = dict(
                index=index, name=f"{kind}_{part.index}", role=role, dtype=dtype, shape=list(shape), bytes=nbytes,
                partition=part.index, columns=[part.start, part.stop],
            )  # fmt: skip
            if packed:
                entry["packed_offset"] = part.index * nbytes
            args.append(entry)
    return args


def host_buffers(problem: GemmProblem) -> list[dict]:
    """Kernel arguments as the runtime allocates them: index, name, role, bytes."""
    args = host_args(problem)
    if problem.arg_layout == "per-partition":
        return [dict(index=a["index"], name=a["name"], role=a["role"], bytes=a["bytes"]) for a in args]
    buffers = [dict(index=0, name="A", role="input", bytes=args[0]["bytes"])]
    for index, kind in ((1, "B"), (2, "C")):
        parts = [a for a in args if a["index"] == index]
        buffers.append(dict(index=index, name=f"{kind}_all", role=parts[0]["role"], bytes=sum(a["bytes"] for a in parts)))
    return buffers
