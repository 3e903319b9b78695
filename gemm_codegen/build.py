"""Build step: GemmProblem → design.mlir, insts.bin, insts.txt, kernels.json, manifest.json
(and final.xclbin when aiecc.py and the mlir-aie kernel sources are available).

Data flows one way: problem → design IR → aie-fuse-partitions → lowering passes →
queue-depth check → buffer-binding verifier → TXN words → files. Every file is
written to a temporary name and renamed, and nothing is written unless the whole
build (including the binding verifier) succeeded.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from xdsl.dialects.builtin import ModuleOp

from gemm_codegen.design import build_design, kernel_defines, kernel_object
from gemm_codegen.problem import PRESETS, GemmProblem, ProblemError, host_args, host_buffers
from gemm_codegen.progress import Progress
from passes import npu_binary as nb
from passes import target_model as tm
from passes.diagnostics import UserError
from passes.dialects import make_context, print_mlir, verify_module
from passes.dialects.aie import runtime_sequences
from passes.pipeline import lower_runtime_sequence
from passes.tools.common import write_atomic
from passes.transforms.enforce_queue_depth import enforce_sequence
from passes.transforms.verify_buffer_bindings import analyze_bindings
from passes.transforms.fuse_partitions import FusePartitions
from passes.translate import translate_sequence

KERNEL_NAME = "MLIR_AIE"
KERNEL_ID = "0x901"
INSTANCE_NAME = "MLIRAIE"


@dataclass
class BuildResult:
    outdir: Path
    problem: GemmProblem
    words: list[int]
    manifest: dict
    bindings: object  # passes.transforms.verify_buffer_bindings.BindingReport
    timings: dict[str, float] = field(default_factory=dict)
    xclbin_note: str = ""


# ---------------------------------------------------------------------------
# Host buffers and manifest
# ---------------------------------------------------------------------------


def manifest(problem: GemmProblem, words: list[int]) -> dict:
    return {
        "device": problem.device_name,
        "problem": problem.as_dict(),
        "dispatches": 1,
        "instruction_words": len(words),
        "padded": {"M": problem.Mp, "K": problem.Kp, "N_per_partition": problem.Np},
        "buffers": host_buffers(problem),
        "args": host_args(problem),
    }


def kernels_json(num_buffers: int) -> dict:
    """mlir-aie's kernel signature (aiecc emit_design_kernel_json) with the real BO count."""
    arguments = [
        {"name": "opcode", "address-qualifier": "SCALAR", "type": "uint64_t", "offset": "0x00"},
        {"name": "instr", "memory-connection": "SRAM", "address-qualifier": "GLOBAL", "type": "char *", "offset": "0x08"},
        {"name": "ninstr", "address-qualifier": "SCALAR", "type": "uint32_t", "offset": "0x10"},
    ]
    for i in range(max(num_buffers, tm.MIN_HOST_BUFFERS)):
        arguments.append(
            {"name": f"bo{i}", "memory-connection": "HOST", "address-qualifier": "GLOBAL", "type": "void*",
             "offset": hex(0x14 + 8 * i)}
        )  # fmt: skip
    return {
        "ps-kernels": {
            "kernels": [
                {
                    "name": KERNEL_NAME,
                    "type": "dpu",
                    "extended-data": {"subtype": "DPU", "functional": "0", "dpu_kernel_id": KERNEL_ID},
                    "arguments": arguments,
                    "instances": [{"name": INSTANCE_NAME}],
                }
            ]
        }
    }


# ---------------------------------------------------------------------------
# The pipeline
# ---------------------------------------------------------------------------


def fused_design(problem: GemmProblem) -> ModuleOp:
    p = problem
    module = build_design(p, tiles_per_core=p.partitions * p.Tr * p.Tc)
    FusePartitions(partitions=p.partitions, shared=("A",), partitioned=("B", "C"), layout=p.arg_layout).apply(
        make_context(), module
    )
    verify_module(module, "design")
    return module


def lower(module: ModuleOp):
    """Lower the design's runtime sequence to npu ops (in place), check it needs no
    queue-space polls, and return the buffer-binding report (raises on violations)."""
    lower_runtime_sequence(module)
    # The schedule bounds its pushes by construction; a poll here would be a generator bug.
    polls = sum(enforce_sequence(device, seq) for device, seq in runtime_sequences(module))
    if polls:
        raise UserError(f"internal: the schedule needed {polls} queue-space poll(s); the generator must bound its pushes")
    return analyze_bindings(module)


def build(problem: GemmProblem, outdir: str | os.PathLike, *, progress: Progress | None = None) -> BuildResult:
    progress = progress or Progress.disabled()
    timings: dict[str, float] = {}
    t0 = time.perf_counter()

    def stage(name: str) -> None:
        nonlocal t0
        now = time.perf_counter()
        timings[name] = now - t0
        t0 = now

    progress.update("generating design")
    module = fused_design(problem)
    design_text = print_mlir(module)
    stage("design")
    progress.update(f"lowering {problem.partitions} partition(s)")
    report = lower(module)
    stage("lower+verify")
    progress.update("encoding instructions")
    txn = translate_sequence(module)
    words = nb.encode_words(txn)
    stage("encode")
    man = manifest(problem, words)
    out = Path(outdir)
    files = {
        "design.mlir": design_text,
        "insts.bin": nb.words_to_bytes(words),
        "insts.txt": nb.format_hex(words),
        "kernels.json": json.dumps(kernels_json(len(host_buffers(problem))), indent=2) + "\n",
        "manifest.json": json.dumps(man, indent=2) + "\n",
    }
    progress.update("writing files")
    for name, data in files.items():
        write_atomic(out / name, data)
    stage("write")
    note = build_xclbin(problem, out, progress)
    stage("xclbin")
    progress.done()
    return BuildResult(out, problem, words, man, report, timings, note)


# ---------------------------------------------------------------------------
# xclbin via aiecc.py (only when the real toolchain is present)
# ---------------------------------------------------------------------------


def find_kernel_source(problem: GemmProblem) -> Path | None:
    """mm.cc from an mlir-aie install ($MLIR_AIE_INSTALL_DIR or next to aiecc.py)."""
    arch = "aie2p" if problem.device == "npu2" else "aie2"
    roots = [os.environ.get("MLIR_AIE_INSTALL_DIR")]
    aiecc = shutil.which("aiecc.py")
    if aiecc:
        roots.append(str(Path(aiecc).resolve().parent.parent))
    for root in filter(None, roots):
        for rel in (f"aie_kernels/{arch}/mm.cc", f"include/aie_kernels/{arch}/mm.cc"):
            cand = Path(root) / rel
            if cand.exists():
                return cand
    return None


def build_xclbin(problem: GemmProblem, out: Path, progress: Progress) -> str:
    aiecc = shutil.which("aiecc.py")
    if aiecc is None:
        return "final.xclbin skipped: aiecc.py is not on PATH (install mlir-aie to build it)"
    source = find_kernel_source(problem)
    peano = os.environ.get("PEANO_INSTALL_DIR")
    if source is None or peano is None:
        return "final.xclbin skipped: mlir-aie kernel sources (mm.cc) or PEANO_INSTALL_DIR not found"
    p = problem
    obj = out / kernel_object(p)
    target = "aie2p-none-unknown-elf" if p.device == "npu2" else "aie2-none-unknown-elf"
    defines = [f"-D{d}" for d in kernel_defines(p)]
    progress.update("compiling mm.cc")
    cmds = [
        [str(Path(peano) / "bin" / "clang++"), f"--target={target}", "-O2", "-std=c++20", *defines, "-c", str(source), "-o", str(obj)],
        [aiecc, "--aie-generate-xclbin", "--no-compile-host", "--xclbin-name=final.xclbin", "--no-xchesscc",
         "--no-xbridge", f"--peano={peano}", "design.mlir"],
    ]  # fmt: skip
    for cmd in cmds:
        proc = subprocess.run(cmd, cwd=out, capture_output=True, text=True)
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["(no output)"]
            raise UserError(f"{Path(cmd[0]).name} failed: {tail[0]}")
    return "final.xclbin built with aiecc.py"


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------


def problem_from_args(args: argparse.Namespace) -> GemmProblem:
    if args.preset:
        base = dict(PRESETS[args.preset], name=args.preset)
    else:
        missing = [f"--{k}" for k in ("M", "K", "N") if getattr(args, k) is None]
        if missing:
            raise ProblemError(f"give --preset or all of --M --K --N (missing {', '.join(missing)})")
        base = {}
    overrides = {
        "M": args.M, "K": args.K, "N": args.N, "partitions": args.partitions, "device": args.device,
        "columns": args.columns, "b_col_major": args.b_col_major, "arg_layout": args.arg_layout,
    }  # fmt: skip
    if args.tile:
        try:
            m, k, n = (int(x) for x in args.tile.lower().split("x"))
        except ValueError:
            raise ProblemError(f"--tile must look like 64x64x64, got '{args.tile}'") from None
        overrides.update(m=m, k=k, n=n)
    base.update({k: v for k, v in overrides.items() if v is not None})
    return GemmProblem(**base)


def summary_table(result: BuildResult) -> str:
    p = result.problem
    rows = [
        ("device", f"{p.device_name} ({p.cols} columns)"),
        ("problem", f"M={p.M} K={p.K} N={p.N}, {p.partitions} partition(s), tile {p.m}x{p.k}x{p.n}"),
        ("padded", f"M {p.Mp}, K {p.Kp}, N per partition {p.Np}"),
        ("host buffers", f"{len(host_buffers(p))} ({p.arg_layout})"),
        ("instructions", f"{len(result.words)} words ({4 * len(result.words)} bytes), 1 dispatch"),
        ("time", ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in result.timings.items())),
        ("output", str(result.outdir)),
    ]
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


def cmd_build(args: argparse.Namespace) -> int:
    problem = problem_from_args(args)
    result = build(problem, args.output, progress=Progress.for_stream(sys.stderr))
    print(summary_table(result))
    if args.bindings:
        print()
        print(result.bindings.format_table(), end="")
        print(result.bindings.format_coverage(), end="")
    print(result.xclbin_note)
    return 0


def register_cli(sub) -> None:
    b = sub.add_parser("build", help="generate the fused design and its insts.bin")
    b.add_argument("--preset", choices=sorted(PRESETS), help="a named problem (overridable by the flags below)")
    b.add_argument("--M", type=int)
    b.add_argument("--K", type=int)
    b.add_argument("--N", type=int)
    b.add_argument("--partitions", type=int, help="split N into this many partitions (default 1)")
    b.add_argument("--device", choices=("npu1", "npu2"))
    b.add_argument("--tile", help="m x k x n tile, e.g. 64x64x64")
    b.add_argument("--columns", type=int, help="array columns to use (default: all)")
    g = b.add_mutually_exclusive_group()
    g.add_argument("--b-col-major", dest="b_col_major", action="store_true", default=None, help="device stores Bᵀ (N, K) (default)")
    g.add_argument("--b-row-major", dest="b_col_major", action="store_false", help="device stores B (K, N)")
    b.add_argument("--arg-layout", choices=("per-partition", "packed"))
    b.add_argument("--bindings", action="store_true", help="also print the DMA buffer-binding table")
    b.add_argument("-o", "--output", required=True, help="output directory")
    b.set_defaults(func=cmd_build)
