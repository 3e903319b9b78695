"""Pass registry: one module per pass, one registered name per pass (xdsl-opt style)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from xdsl.passes import ModulePass


def _lazy(module: str, cls: str) -> Callable[[], type[ModulePass]]:
    return lambda: getattr(importlib.import_module(f"passes.transforms.{module}"), cls)


PASSES: dict[str, Callable[[], type[ModulePass]]] = {
    "aie-substitute-shim-dma-allocations": _lazy("substitute_shim_dma_allocations", "SubstituteShimDmaAllocations"),
    "aie-assign-runtime-sequence-bd-ids": _lazy("assign_bd_ids", "AssignRuntimeSequenceBdIds"),
    "aie-dma-tasks-to-npu": _lazy("dma_tasks_to_npu", "DmaTasksToNpu"),
    "aie-dma-to-npu": _lazy("dma_to_npu", "DmaToNpu"),
    "aie-npu-enforce-queue-depth": _lazy("enforce_queue_depth", "EnforceQueueDepth"),
    "aie-verify-buffer-bindings": _lazy("verify_buffer_bindings", "VerifyBufferBindings"),
    "aie-fuse-partitions": _lazy("fuse_partitions", "FusePartitions"),
}
