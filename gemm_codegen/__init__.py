"""gemm-codegen: fused N-partition GEMM for AMD Ryzen AI NPUs.

    from gemm_codegen import FusedGemm, GemmProblem, split_b, assemble_c
"""

from gemm_codegen.host import assemble_c, split_b
from gemm_codegen.op import FusedGemm
from gemm_codegen.problem import GemmProblem, ProblemError

__all__ = ["FusedGemm", "GemmProblem", "ProblemError", "assemble_c", "split_b"]
