"""The runtime-sequence lowering pipeline (spec §4, mlir-aie NPU_LOWERING_PIPELINE subset).

    substitute-shim-dma-allocations -> assign-runtime-sequence-bd-ids
    -> dma-tasks-to-npu -> dma-to-npu

After `lower_runtime_sequence(module)` every runtime sequence holds only ops that
gemm-translate encodes (write32, maskwrite32, blockwrite, address_patch, sync, ...).
"""

from __future__ import annotations

from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from passes.dialects import make_context
from passes.transforms.assign_bd_ids import AssignRuntimeSequenceBdIds
from passes.transforms.dma_tasks_to_npu import DmaTasksToNpu
from passes.transforms.dma_to_npu import DmaToNpu
from passes.transforms.substitute_shim_dma_allocations import SubstituteShimDmaAllocations

RUNTIME_SEQUENCE_PIPELINE: tuple[type[ModulePass], ...] = (
    SubstituteShimDmaAllocations,
    AssignRuntimeSequenceBdIds,
    DmaTasksToNpu,
    DmaToNpu,
)
PIPELINE_SPEC = ",".join(p.name for p in RUNTIME_SEQUENCE_PIPELINE)


def lower_runtime_sequence(module: ModuleOp) -> ModuleOp:
    """Run the whole lowering in place on `module` (and return it).

    Raises passes.diagnostics.PassFailure (a UserError) with a one-line message.
    """
    ctx = make_context()
    for cls in RUNTIME_SEQUENCE_PIPELINE:
        cls().apply(ctx, module)
    return module


__all__ = ["PIPELINE_SPEC", "RUNTIME_SEQUENCE_PIPELINE", "lower_runtime_sequence"]
