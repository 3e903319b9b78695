"""The virtual NPU: a functional emulator of insts.bin on a design's array.

    from npu_emulator import emulate
    report = emulate(insts_bytes, design_mlir_text, [A, B, C])   # outputs written in place
    assert report.ok, report

It reads ONLY the TXN instruction stream, design.mlir and the host buffers (in kernel
argument order), and computes every output byte from the bytes its DMAs move. It never
imports gemm_codegen. See docs/emulator.md.
"""

from __future__ import annotations

import time

import numpy as np

from npu_emulator.report import ChannelStats, Deadlock, Hazard, Report

__all__ = ["emulate", "Report", "Hazard", "Deadlock", "ChannelStats", "EmulatorError"]


class EmulatorError(ValueError):
    """The inputs cannot be emulated (malformed stream, unsupported design feature)."""


def emulate(
    insts: bytes,
    design_mlir: str,
    buffers: list[np.ndarray],
    *,
    engine: str = "auto",
    kernel_defines=None,
    mmul: tuple[int, int, int] | None = None,
    fold_ddr_offset: bool = True,
    sequence_name: str | None = None,
) -> Report:
    """Run `insts` (TXN 0.1 bytes) for `design_mlir` on `buffers`.

    engine: "reference" (per-object, literal) or "fast"/"auto" (vectorised; falls back
    to the reference path, with a note, for constructs it does not vectorise and for
    streams with hazards such as out-of-bounds accesses). "fast-strict" raises instead
    of falling back (for tests of the fast path itself).
    kernel_defines: kernel build flags (e.g. ["B_COL_MAJ"]); default: read from the
    design (see docs/emulator.md). mmul: MMUL shape (r, s, t); default per device.
    fold_ddr_offset: the firmware leaves arguments >= 5 untranslated (the default, and
    what mlir-aie's DDR-offset fold assumes).
    """
    from passes import npu_binary as nb
    from npu_emulator.control import Control
    from npu_emulator.design import DesignError, load_design
    from npu_emulator.hostmem import HostMemory
    from npu_emulator.kernels import KernelError

    t0 = time.perf_counter()
    try:
        txn = nb.decode(bytes(insts), fold_ddr_offset=False)
    except nb.TxnDecodeError as e:
        raise EmulatorError(f"insts.bin: {e}") from None
    try:
        design = load_design(design_mlir, kernel_defines=kernel_defines, mmul=mmul, sequence_name=sequence_name)
    except (DesignError, KernelError) as e:
        raise EmulatorError(f"design.mlir: {e}") from None
    try:
        header_dev = txn.header.device_name()
    except ValueError as e:
        raise EmulatorError(f"insts.bin: {e}") from None
    if header_dev != design.device_name and not (
        {header_dev, design.device_name} <= {"npu1", "npu1_4col"}
    ):
        raise EmulatorError(f"insts.bin is for {header_dev} but design.mlir targets {design.device_name}")
    mem = HostMemory(list(buffers))
    report = Report(device=design.device_name, ops=len(txn.ops))
    if design.sequence is not None:
        want = design.sequence.arg_bytes
        if len(buffers) < len(want):
            report.notes.append(f"the runtime sequence declares {len(want)} buffers but {len(buffers)} were passed")
        for i, (nbytes, b) in enumerate(zip(want, mem.buffers)):
            if b.nbytes < nbytes:
                report.notes.append(f"buffer {i} has {b.nbytes} bytes; the runtime sequence declares {nbytes}")
    try:
        ctl = Control(design, txn, mem, fold_ddr_offset)
        ctl.run()
        t1 = time.perf_counter()
        report.timings["control"] = t1 - t0
        _run_data(engine, design, ctl, mem, report)
        report.timings["data"] = time.perf_counter() - t1
    except (DesignError, KernelError) as e:
        raise EmulatorError(str(e)) from None
    report.hazards = list(ctl.hazards)
    if ctl.deadlock is not None:
        report.deadlock = Deadlock(ctl.deadlock_op, tuple(ctl.deadlock.chain), tuple(ctl.deadlock.stuck))
    report.channels = ctl.stats()
    report.register_writes = dict(ctl.other_writes)
    report.notes += ctl.notes
    report.fifos = {name: ctl.state.get(("F", name), 0) // f.size for name, f in design.fifos.items()}
    report.timings["total"] = time.perf_counter() - t0
    return report


def _run_data(engine: str, design, ctl, mem, report: Report):
    from npu_emulator.refdata import RefData

    if engine not in ("auto", "fast", "fast-strict", "reference"):
        raise EmulatorError(f"engine must be 'auto', 'fast', 'fast-strict' or 'reference', not {engine!r}")
    if engine != "reference":
        try:
            from npu_emulator.fastdata import FastData, Unsupported
        except ImportError:  # pragma: no cover
            FastData = None
        if FastData is not None:
            fast = FastData(design, ctl, mem)
            try:
                fast.run()
                report.engine = "fast"
                if fast.fallbacks:
                    report.notes += fast.fallbacks
                return fast
            except Unsupported as e:
                if engine == "fast-strict":
                    raise EmulatorError(f"fast engine: {e}") from None
                report.notes.append(f"fast engine not applicable ({e}); used the reference engine")
    ref = RefData(design, ctl, mem)
    ref.run()
    report.engine = "reference"
    return ref
