"""Pass-over for mlir-aie's physical ops in lowered files (PD, see docs/design.md).

A `*.mlir.prj/npu_insts.mlir` holds the whole lowered device: `aie.mem`,
`aie.memtile_dma`, `aie.shim_dma`, `aie.switchbox`, `aie.flow`, `aie.packet_flow`,
`aie.dma_start`, ... None of them affects the runtime sequence's TXN bytes, so instead
of modelling each we keep any unregistered `aie.*`/`aiex.*` op OUTSIDE a runtime
sequence as its verbatim source text (balanced brackets, up to the end of its line),
with index-typed results so later ops may still name them. Inside a runtime sequence
an unknown op is an error: there every op must be understood.
"""

from __future__ import annotations

from xdsl.dialects.builtin import IndexType, StringAttr
from xdsl.ir import Dialect
from xdsl.irdl import IRDLOperation, irdl_op_definition, var_result_def
from xdsl.utils.exceptions import VerifyException

OPAQUE_NAMESPACES = ("aie.", "aiex.")


@irdl_op_definition
class OpaqueOp(IRDLOperation):
    """An unmodelled physical op, kept as text (`text` excludes result names)."""

    name = "aie.opaque"
    res = var_result_def(IndexType)

    def __init__(self, op_name: str, text: str, num_results: int):
        super().__init__(
            result_types=[[IndexType()] * num_results],
            attributes={"op_name": StringAttr(op_name), "text": StringAttr(text)},
        )

    @property
    def op_name(self) -> str:
        return self.attributes["op_name"].data

    @property
    def text(self) -> str:
        return self.attributes["text"].data

    def verify_(self) -> None:
        parent = self.parent_op()
        while parent is not None:
            if parent.name == "aie.runtime_sequence":
                raise VerifyException(f"unknown operation '{self.op_name}' inside a runtime sequence")
            parent = parent.parent_op()


OPAQUE = Dialect("aie_opaque", [OpaqueOp], [])
