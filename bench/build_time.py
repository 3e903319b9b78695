"""Build-time benchmark: the LM-head preset, and the time per partition for P in {1, 2, 4, 8, 16}.

Goal (issue 4): preset < 2 s wall, per-partition cost flat. Prints a table; the cost per
task group (one row block of one ≤ 64-block column panel) shows the cost is linear in
the schedule, whatever P.
    python bench/build_time.py [--repeat R]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gemm_codegen.build import build  # noqa: E402
from gemm_codegen.design import groups  # noqa: E402
from gemm_codegen.problem import GemmProblem  # noqa: E402


def timed(problem: GemmProblem, repeat: int) -> tuple[float, dict[str, float], int]:
    times, stages, words = [], {}, 0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as out:
            t = time.perf_counter()
            result = build(problem, out)
            times.append(time.perf_counter() - t)
            stages, words = result.timings, len(result.words)
    return statistics.median(times), stages, words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    preset = GemmProblem.preset("llama-3.2-1b-lm-head")
    rows = []
    total, stages, words = timed(preset, args.repeat)
    rows.append(("preset (P=4)", 4, total, total / 4, len(groups(preset)) * 4, words, stages))
    for P in (1, 2, 4, 8, 16):
        p = preset.with_(partitions=P, arg_layout="per-partition" if P <= 7 else "packed")
        total, stages, words = timed(p, args.repeat)
        rows.append((f"LM head, P={P}", P, total, total / P, len(groups(p)) * P, words, stages))
    print(f"{'problem':<16} {'P':>3} {'build (s)':>10} {'per partition (s)':>18} {'groups':>7} {'ms/group':>9} {'words':>8}  stages (s)")
    for name, P, total, per, ngroups, words, stages in rows:
        st = " ".join(f"{k}={v:.2f}" for k, v in stages.items() if v >= 0.005)
        print(f"{name:<16} {P:>3} {total:>10.3f} {per:>18.3f} {ngroups:>7} {1000 * total / ngroups:>9.1f} {words:>8}  {st}")
    goal = rows[0][2]  # the preset's median wall time
    print(f"\npreset build {goal:.2f} s (goal < 2 s): {'met' if goal < 2 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
