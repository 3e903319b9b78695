# lit configuration for gemm-codegen: tools come from the same environment as lit.
import os
import shutil
import sys

import lit.formats

config.name = "gemm-codegen"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir", ".test"]
config.excludes = ["Inputs", "lit.cfg.py"]
config.test_source_root = os.path.dirname(__file__)

bindir = os.path.dirname(sys.executable)
config.environment["PATH"] = os.pathsep.join([bindir, config.environment.get("PATH", os.environ.get("PATH", ""))])
config.environment["PYTHONHASHSEED"] = "0"

filecheck = shutil.which("filecheck", path=config.environment["PATH"])
if filecheck is None:
    lit_config.fatal("filecheck not found: install the test extra (pip install -e '.[test]')")
# %one-line: pipe a tool's diagnostics through it to require exactly one line (longest
# substitutions first, so %one-line is replaced before anything shorter could match).
config.substitutions.append(
    ("%one-line", f'"{sys.executable}" "{os.path.join(config.test_source_root, "Inputs", "expect_one_line.py")}"')
)
config.substitutions.append(("FileCheck", filecheck))
config.substitutions.append(("%python", sys.executable))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))
