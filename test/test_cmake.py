"""The CMake path: the llama_lm_head example target and gemm_codegen_add_design()."""

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(shutil.which("cmake") is None, reason="cmake is not installed")
FILES = ("insts.bin", "insts.txt", "kernels.json", "manifest.json", "design.mlir")


def cmake(*args, cwd=None):
    proc = subprocess.run(["cmake", *args], cwd=cwd, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def test_llama_lm_head_target(tmp_path):
    build = tmp_path / "build"
    cmake("-S", str(ROOT), "-B", str(build), f"-DPython3_EXECUTABLE={sys.executable}")
    cmake("--build", str(build), "--target", "llama_lm_head")
    out = build / "llama_lm_head"
    for f in FILES:
        assert (out / f).exists(), f
    man = json.loads((out / "manifest.json").read_text())
    assert man["problem"]["N"] == 128256 and man["problem"]["partitions"] == 4
    # Up to date: a second build does not re-run the rule.
    stamp = (out / "insts.bin").stat().st_mtime_ns
    cmake("--build", str(build), "--target", "llama_lm_head")
    assert (out / "insts.bin").stat().st_mtime_ns == stamp


def test_add_design_function_in_a_user_project(tmp_path):
    project = tmp_path / "user"
    project.mkdir()
    (project / "CMakeLists.txt").write_text(textwrap.dedent(f"""\
        cmake_minimum_required(VERSION 3.20)
        project(user LANGUAGES NONE)
        add_subdirectory("{ROOT}" gemm_codegen)
        gemm_codegen_add_design(small_gemm M 128 K 64 N 300 PARTITIONS 3 DEVICE npu1 TILE 16x16x16
                                OUTPUT_DIR "${{CMAKE_BINARY_DIR}}/small")
        """))
    build = tmp_path / "b"
    cmake("-S", str(project), "-B", str(build), f"-DPython3_EXECUTABLE={sys.executable}")
    cmake("--build", str(build), "--target", "small_gemm")
    man = json.loads((build / "small" / "manifest.json").read_text())
    assert man["problem"]["partitions"] == 3 and man["device"] == "npu1"
    assert [a["name"] for a in man["args"]][:4] == ["A", "B_0", "B_1", "B_2"]
