"""Data flows one way: the emulator never imports gemm_codegen (it cannot share the
generator's mistakes), and passes/ never reaches up into gemm_codegen either."""

import subprocess
import sys

import pytest

PROBE = """
import importlib, pkgutil, sys
root = importlib.import_module(sys.argv[1])
for mod in pkgutil.walk_packages(root.__path__, root.__name__ + "."):
    importlib.import_module(mod.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] == "gemm_codegen")
print(",".join(bad))
sys.exit(1 if bad else 0)
"""


@pytest.mark.parametrize("package", ["npu_emulator", "passes"])
def test_package_never_imports_gemm_codegen(package):
    proc = subprocess.run([sys.executable, "-c", PROBE, package], capture_output=True, text=True)
    assert proc.returncode == 0, f"{package} pulled in: {proc.stdout.strip()} {proc.stderr.strip()[-300:]}"
