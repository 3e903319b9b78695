"""The README's main job: build the Llama 3.2 1B vocab head and run it on the virtual NPU
with IRON's inputs; every partition must match the full reference at its unpadded columns."""

from gemm_codegen.build import build
from gemm_codegen.problem import GemmProblem
from gemm_codegen.run import run


def test_llama_lm_head_runs_correctly_on_the_virtual_npu(tmp_path):
    build(GemmProblem.preset("llama-3.2-1b-lm-head"), tmp_path)
    checks, report, _ = run(tmp_path, backend="emulator", seed=0)
    assert report.ok, report.summary()
    assert [c.columns for c in checks] == [(0, 32064), (32064, 64128), (64128, 96192), (96192, 128256)]
    assert all(c.ok for c in checks), [(c.partition, c.corr, c.max_abs_err, c.bound) for c in checks]
