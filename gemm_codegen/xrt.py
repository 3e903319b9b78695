"""Run a built design on a real NPU through pyxrt (XRT's Python binding).

The host ABI (npu-runtime-sequence.md §7): kernel "MLIR_AIE"; the instruction BO is
cacheable in group_id(1); host buffer i is host-only in group_id(3 + i), in manifest
order; ONE call `kernel(3, bo_instr, ninstr, bo0, ...)` (opcode 3, ninstr = words
including the header). Nothing here is exercised without hardware; tests drive it
with a recording stand-in for pyxrt.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from passes import npu_binary as nb
from passes.diagnostics import UserError

KERNEL_NAME = "MLIR_AIE"
OPCODE = 3
INSTR_GROUP = 1
FIRST_BUFFER_GROUP = 3


@dataclass
class XrtReport:
    ok: bool
    state: str
    hazards: list = field(default_factory=list)


def load_pyxrt(module: str = "pyxrt"):
    try:
        return importlib.import_module(module)
    except ImportError:
        raise UserError(
            "the xrt backend needs pyxrt (XRT's Python binding, installed with the amdxdna driver); "
            "it is not importable here — use --backend emulator"
        ) from None


def run_on_npu(outdir: Path, insts: bytes, buffers: list[np.ndarray], *, xrt=None, device_index: int = 0) -> XrtReport:
    """Dispatch once; output buffers are synced back into `buffers` in place."""
    xrt = xrt or load_pyxrt()
    xclbin_path = Path(outdir) / "final.xclbin"
    if not xclbin_path.exists():
        raise UserError(f"{xclbin_path} does not exist: building it needs aiecc.py (see the build output)")
    try:
        device = xrt.device(device_index)
    except Exception as e:  # the binding raises its own runtime errors
        raise UserError(f"no NPU device {device_index} available through XRT: {e}") from None
    xclbin = xrt.xclbin(str(xclbin_path))
    names = [k.get_name() for k in xclbin.get_kernels()]
    if KERNEL_NAME not in names:
        raise UserError(f"{xclbin_path} has no kernel {KERNEL_NAME} (has: {', '.join(names)})")
    device.register_xclbin(xclbin)
    context = xrt.hw_context(device, xclbin.get_uuid())
    kernel = xrt.kernel(context, KERNEL_NAME)

    words = nb.bytes_to_words(insts)
    bo_instr = xrt.bo(device, len(insts), xrt.bo.cacheable, kernel.group_id(INSTR_GROUP))
    bo_instr.write(np.frombuffer(insts, dtype=np.uint32), 0)
    bo_instr.sync(xrt.xclBOSyncDirection.XCL_BO_SYNC_BO_TO_DEVICE)
    bos = []
    for i, buf in enumerate(buffers):
        raw = np.ascontiguousarray(buf).view(np.uint8)
        bo = xrt.bo(device, raw.nbytes, xrt.bo.host_only, kernel.group_id(FIRST_BUFFER_GROUP + i))
        bo.write(raw, 0)
        bo.sync(xrt.xclBOSyncDirection.XCL_BO_SYNC_BO_TO_DEVICE)
        bos.append(bo)

    run = kernel(OPCODE, bo_instr, len(words), *bos)
    state = run.wait()
    completed = xrt.ert_cmd_state.ERT_CMD_STATE_COMPLETED
    if state != completed:
        raise UserError(f"NPU run ended in state {state}, not {completed}")
    for buf, bo in zip(buffers, bos):
        bo.sync(xrt.xclBOSyncDirection.XCL_BO_SYNC_BO_FROM_DEVICE)
        raw = np.ascontiguousarray(buf).view(np.uint8)
        raw[...] = np.asarray(bo.read(raw.nbytes, 0), dtype=np.uint8)
    return XrtReport(True, str(state))
