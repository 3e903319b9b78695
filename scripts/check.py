"""Run every test suite (lit + pytest) and print one combined summary line.

Usage: python scripts/check.py [--lit-only | --pytest-only] [extra pytest args...]
The last line is `N passed, N failed` (CI reads it).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def junit_counts(path: Path) -> tuple[int, int, int]:
    """(passed, failed, skipped) from a JUnit XML report."""
    if not path.exists():
        return 0, 1, 0
    passed = failed = skipped = 0
    for case in ET.parse(path).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        elif case.find("skipped") is not None:
            skipped += 1
        else:
            passed += 1
    return passed, failed, skipped


def run(cmd: list[str]) -> int:
    print("+ " + " ".join(cmd), flush=True)
    return subprocess.call(cmd, cwd=ROOT, env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"})


def main(argv: list[str]) -> int:
    do_lit = "--pytest-only" not in argv
    do_pytest = "--lit-only" not in argv
    extra = [a for a in argv if a not in ("--lit-only", "--pytest-only")]
    totals = [0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        if do_lit:
            xml = Path(tmp) / "lit.xml"
            rc = run([str(BIN / "lit"), "-sv", "--xunit-xml-output", str(xml), "lit_tests"])
            p, f, s = junit_counts(xml)
            if rc != 0 and f == 0:
                f = 1  # the runner itself failed
            print(f"lit: {p} passed, {f} failed, {s} skipped")
            totals = [a + b for a, b in zip(totals, (p, f, s))]
        if do_pytest:
            xml = Path(tmp) / "pytest.xml"
            rc = run([sys.executable, "-m", "pytest", "-q", f"--junitxml={xml}", *extra])
            p, f, s = junit_counts(xml)
            if rc not in (0, 5) and f == 0:
                f = 1
            print(f"pytest: {p} passed, {f} failed, {s} skipped")
            totals = [a + b for a, b in zip(totals, (p, f, s))]
    print(f"{totals[0]} passed, {totals[1]} failed")
    return 1 if totals[1] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
