"""`memref` with the custom syntax of `memref.global`, as mlir-aie prints it.

xDSL's memref.global has no custom format; blockwrite payloads live in
`memref.global "private" constant @blockwrite_data_N : memref<8xi32> = dense<[...]>`.
Integer payloads are kept as 32-bit patterns and printed signed, like MLIR prints i32.
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects import memref as xmemref
from xdsl.dialects.builtin import (
    DenseIntOrFPElementsAttr,
    IntegerAttr,
    IntegerType,
    MemRefType,
    StringAttr,
    SymbolNameConstraint,
    TensorType,
    UnitAttr,
)
from xdsl.ir import Dialect
from xdsl.irdl import IRDLOperation, irdl_op_definition, opt_prop_def, prop_def, traits_def
from xdsl.traits import SymbolOpInterface
from xdsl.parser import Parser
from xdsl.printer import Printer

from passes.dialects import syntax as sx


def _signed(value: int, width: int) -> int:
    value &= (1 << width) - 1
    return value - (1 << width) if value >> (width - 1) else value


def parse_dense_for(parser: Parser, ty: MemRefType) -> DenseIntOrFPElementsAttr:
    """`dense<...>` whose type is implied by a memref (as memref.global/aie.buffer print it)."""
    parser.parse_keyword("dense")
    elt = ty.element_type
    tensor = TensorType(elt, ty.get_shape())
    init = parser.parse_dense_int_or_fp_elements_attr(tensor)
    if isinstance(elt, IntegerType):
        raw = [int(v) for v in init.get_values()]
        vals = [_signed(v, elt.width.data) for v in raw]
        if vals != raw and len(vals) > 1:
            init = DenseIntOrFPElementsAttr.from_list(tensor, vals)
    return init


def print_dense(printer: Printer, init: DenseIntOrFPElementsAttr) -> None:
    values = list(init.get_values())
    if values and all(v == values[0] for v in values):  # a splat prints as MLIR does: dense<0>
        printer.print_string(f"dense<{values[0]}>")
        return

    def nested(vals: list, dims: list[int]) -> str:  # row-major, one bracket level per dimension
        if len(dims) <= 1:
            return "[" + ", ".join(str(v) for v in vals) + "]"
        step = len(vals) // dims[0]
        return "[" + ", ".join(nested(vals[i * step : (i + 1) * step], dims[1:]) for i in range(dims[0])) + "]"

    printer.print_string(f"dense<{nested(values, list(init.get_type().get_shape()))}>")


@irdl_op_definition
class GlobalOp(IRDLOperation):
    """`memref.global ["vis"] [constant] @name : memref<..> [= dense<..> | uninitialized]`."""

    name = "memref.global"
    sym_name = prop_def(SymbolNameConstraint())
    sym_visibility = prop_def(StringAttr)
    type = prop_def(MemRefType)
    initial_value = prop_def(UnitAttr | DenseIntOrFPElementsAttr)
    constant = opt_prop_def(UnitAttr)
    alignment = opt_prop_def(IntegerAttr)
    traits = traits_def(SymbolOpInterface())

    @staticmethod
    def words(name: str, data: Sequence[int], constant: bool = True) -> GlobalOp:
        """A private constant i32 global holding `data` (bit patterns)."""
        ty = MemRefType(sx.I32, [len(data)])
        init = DenseIntOrFPElementsAttr.from_list(TensorType(sx.I32, [len(data)]), [_signed(v, 32) for v in data])
        return GlobalOp.create(
            properties={
                "sym_name": StringAttr(name),
                "sym_visibility": StringAttr("private"),
                "type": ty,
                "initial_value": init,
                **({"constant": UnitAttr()} if constant else {}),
            }
        )

    def word_values(self) -> list[int]:
        """Payload as unsigned 32-bit words."""
        init = self.initial_value
        if not isinstance(init, DenseIntOrFPElementsAttr):
            raise ValueError(f"memref.global @{self.sym_name.data} has no dense integer initial value")
        values = list(init.get_values())
        shape = self.type.get_shape()
        count = 1
        for d in shape:
            count *= d
        if len(values) == 1 and count > 1:  # splat
            values = values * count
        return [int(v) & 0xFFFFFFFF for v in values]

    @classmethod
    def parse(cls, parser: Parser) -> GlobalOp:
        visibility = parser.parse_optional_str_literal() or "public"
        constant = parser.parse_optional_keyword("constant") is not None
        sym = parser.parse_symbol_name()
        parser.parse_punctuation(":")
        ty = parser.parse_type()
        if not isinstance(ty, MemRefType):
            parser.raise_error("memref.global type must be a memref")
        props = {"sym_name": sym, "sym_visibility": StringAttr(visibility), "type": ty}
        if constant:
            props["constant"] = UnitAttr()
        if parser.parse_optional_punctuation("="):
            if parser.parse_optional_keyword("uninitialized"):
                props["initial_value"] = UnitAttr()
            else:
                props["initial_value"] = parse_dense_for(parser, ty)
        else:
            props["initial_value"] = UnitAttr()
        attrs = sx.parse_attr_dict(parser)
        return cls.create(properties=props, attributes=attrs)

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_string_literal(self.sym_visibility.data)
        if self.constant is not None:
            printer.print_string(" constant")
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name.data)
        printer.print_string(" : ")
        printer.print_attribute(self.type)
        init = self.initial_value
        if isinstance(init, DenseIntOrFPElementsAttr):
            printer.print_string(" = ")
            print_dense(printer, init)
        sx.print_attr_dict(printer, self.attributes)


MEMREF = Dialect(
    "memref",
    [GlobalOp] + [op for op in xmemref.MemRef.operations if op.name != "memref.global"],
    list(xmemref.MemRef.attributes),
)
