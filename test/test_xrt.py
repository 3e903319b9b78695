"""The XRT backend against a recording stand-in for pyxrt (no NPU here), and the real
thing when an NPU and pyxrt are present (marker `npu`)."""

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from gemm_codegen import xrt as backend
from passes.diagnostics import UserError


class RecordingPyxrt:
    """A stand-in for the pyxrt module that records every call (it runs nothing)."""

    def __init__(self, state="completed"):
        self.calls: list[tuple] = []
        rec = self.calls
        final_state = state

        class xclBOSyncDirection:
            XCL_BO_SYNC_BO_TO_DEVICE = "to_device"
            XCL_BO_SYNC_BO_FROM_DEVICE = "from_device"

        class ert_cmd_state:
            ERT_CMD_STATE_COMPLETED = "completed"

        class device:
            def __init__(self, index):
                rec.append(("device", index))

            def register_xclbin(self, xclbin):
                rec.append(("register_xclbin", xclbin.path))

        class _Kernel:
            def get_name(self):
                return "MLIR_AIE"

        class xclbin:
            def __init__(self, path):
                self.path = path
                rec.append(("xclbin", path))

            def get_kernels(self):
                return [_Kernel()]

            def get_uuid(self):
                return "uuid"

        class hw_context:
            def __init__(self, dev, uuid):
                rec.append(("hw_context", uuid))

        class _Run:
            def wait(self):
                rec.append(("wait",))
                return final_state

        class kernel:
            def __init__(self, ctx, name):
                rec.append(("kernel", name))

            def group_id(self, i):
                return ("group", i)

            def __call__(self, *args):
                rec.append(("call", args))
                return _Run()

        class bo:
            cacheable = "cacheable"
            host_only = "host_only"

            def __init__(self, dev, size, flags, group):
                self.size, self.flags, self.group = size, flags, group
                self.data = np.zeros(size, dtype=np.uint8)
                rec.append(("bo", size, flags, group))

            def write(self, data, offset):
                raw = np.asarray(data).view(np.uint8).ravel()
                self.data[offset : offset + raw.size] = raw
                rec.append(("write", self.group, raw.size))

            def sync(self, direction):
                rec.append(("sync", self.group, direction))
                if direction == "from_device" and self.group == ("group", 4):
                    self.data[:] = 7  # pretend the NPU wrote the output buffer

            def read(self, size, offset):
                return self.data[offset : offset + size]

        self.device, self.xclbin, self.hw_context, self.kernel, self.bo = device, xclbin, hw_context, kernel, bo
        self.xclBOSyncDirection, self.ert_cmd_state = xclBOSyncDirection, ert_cmd_state


@pytest.fixture
def outdir(tmp_path):
    (tmp_path / "final.xclbin").write_bytes(b"xclbin")
    return tmp_path


def test_one_dispatch_with_the_host_abi(outdir):
    fake = RecordingPyxrt()
    insts = np.arange(20, dtype=np.uint32).tobytes()
    bufs = [np.ones(8, np.uint16), np.ones(4, np.uint16), np.zeros(6, np.uint16)]
    report = backend.run_on_npu(outdir, insts, bufs, xrt=fake)
    assert report.ok
    calls = fake.calls
    names = [c[0] for c in calls]
    assert names.index("register_xclbin") < names.index("hw_context") < names.index("kernel")
    bos = [c for c in calls if c[0] == "bo"]
    # instructions: cacheable, group_id(1), size = bytes; buffer i: host_only, group_id(3 + i)
    assert bos[0] == ("bo", 80, "cacheable", ("group", 1))
    assert bos[1:] == [("bo", 16, "host_only", ("group", 3)), ("bo", 8, "host_only", ("group", 4)),
                       ("bo", 12, "host_only", ("group", 5))]  # fmt: skip
    (call,) = [c for c in calls if c[0] == "call"]
    opcode, instr_bo, ninstr, *data_bos = call[1]
    assert (opcode, ninstr, len(data_bos)) == (3, 20, 3)
    assert [b.group for b in data_bos] == [("group", 3), ("group", 4), ("group", 5)]
    i_call = calls.index(call)
    to_dev = [i for i, c in enumerate(calls) if c[0] == "sync" and c[2] == "to_device"]
    from_dev = [i for i, c in enumerate(calls) if c[0] == "sync" and c[2] == "from_device"]
    assert len(to_dev) == 4 and max(to_dev) < i_call < min(from_dev)
    assert calls[i_call + 1] == ("wait",)
    assert (bufs[1].view(np.uint8) == 7).all()  # synced back into the caller's buffer


def test_failed_run_state_is_an_error(outdir):
    with pytest.raises(UserError, match="state timeout"):
        backend.run_on_npu(outdir, b"\0" * 16, [np.zeros(2, np.uint16)], xrt=RecordingPyxrt(state="timeout"))


def test_missing_pyxrt_is_one_clear_error():
    with pytest.raises(UserError, match="needs pyxrt"):
        backend.load_pyxrt("pyxrt_that_does_not_exist")


def test_missing_xclbin_is_one_clear_error(tmp_path):
    with pytest.raises(UserError, match="final.xclbin does not exist"):
        backend.run_on_npu(tmp_path, b"", [], xrt=RecordingPyxrt())


HAVE_NPU = importlib.util.find_spec("pyxrt") is not None and Path("/dev/accel/accel0").exists()


@pytest.mark.npu
@pytest.mark.skipif(not HAVE_NPU, reason="no NPU here: needs pyxrt and /dev/accel/accel0 (amdxdna driver)")
@pytest.mark.parametrize("preset", [None, "llama-3.2-1b-lm-head"])
def test_runs_on_a_real_npu(tmp_path, preset):
    from gemm_codegen.build import build
    from gemm_codegen.problem import GemmProblem
    from gemm_codegen.run import run

    p = GemmProblem.preset(preset) if preset else GemmProblem(M=256, K=256, N=1000, partitions=2)
    result = build(p, tmp_path)
    if not (tmp_path / "final.xclbin").exists():
        pytest.skip(result.xclbin_note)
    checks, _, _ = run(tmp_path, backend="xrt")
    assert all(c.ok for c in checks), json.dumps([c.__dict__ for c in checks])
