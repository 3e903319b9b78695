"""The `aie` dialect subset: device, tiles, objectfifos, cores, buffers, locks,
runtime sequences and BDs, in the current (2026) mlir-aie custom syntax.

Spec: npu-runtime-sequence.md §2-§3 (syntax), gemm-dataflow.md §1-§3 (objectfifos).
"""

from __future__ import annotations

from typing import ClassVar

from collections.abc import Iterator, Sequence

from xdsl.dialects.builtin import (
    ArrayAttr,
    IndexType,
    IntAttr,
    MemRefType,
    StringAttr,
    SymbolRefAttr,
)
from xdsl.ir import Attribute, Block, Dialect, Operation, ParametrizedAttribute, Region, SSAValue, TypeAttribute
from xdsl.irdl import (
    IRDLOperation,
    irdl_attr_definition,
    irdl_op_definition,
    operand_def,
    opt_operand_def,
    region_def,
    result_def,
    successor_def,
    traits_def,
    var_operand_def,
)
from xdsl.parser import AttrParser, Parser
from xdsl.printer import Printer
from xdsl.traits import IsolatedFromAbove, IsTerminator, NoTerminator, SymbolTable
from xdsl.utils.exceptions import VerifyException

from passes import target_model as tm
from passes.diagnostics import UserError
from passes.dialects import memref_ext
from passes.dialects import syntax as sx
from passes.dialects.base import SchemaOp

# ---------------------------------------------------------------------------
# Attributes and types
# ---------------------------------------------------------------------------


@irdl_attr_definition
class BDDimLayoutAttr(ParametrizedAttribute):
    """One (size, stride) pair of a data-layout transform, `<size = S, stride = T>`."""

    name = "aie.bd_dim_layout"
    size: IntAttr
    stride: IntAttr

    def __init__(self, size: int, stride: int):
        super().__init__(IntAttr(size), IntAttr(stride))

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> tuple[IntAttr, IntAttr]:
        return parse_dim_body(parser)

    def print_parameters(self, printer: Printer) -> None:
        printer.print_string(f"<size = {self.size.data}, stride = {self.stride.data}>")


def parse_dim_body(parser: AttrParser) -> tuple[IntAttr, IntAttr]:
    parser.parse_punctuation("<")
    parser.parse_keyword("size")
    parser.parse_punctuation("=")
    size = parser.parse_integer()
    parser.parse_punctuation(",")
    parser.parse_keyword("stride")
    parser.parse_punctuation("=")
    stride = parser.parse_integer()
    parser.parse_punctuation(">")
    return IntAttr(size), IntAttr(stride)


def parse_dims(parser: AttrParser) -> ArrayAttr:
    """`[<size = S, stride = T>, ...]` (the short form mlir-aie prints in ops)."""

    def one() -> BDDimLayoutAttr:
        size, stride = parse_dim_body(parser)
        return BDDimLayoutAttr(size.data, stride.data)

    return ArrayAttr(parser.parse_comma_separated_list(Parser.Delimiter.SQUARE, one))


def print_dims(printer: Printer, dims: ArrayAttr) -> None:
    printer.print_string(
        "[" + ", ".join(f"<size = {d.size.data}, stride = {d.stride.data}>" for d in dims.data) + "]"
    )


def dims_of(attr: Attribute | None) -> list[tuple[int, int]]:
    if attr is None:
        return []
    assert isinstance(attr, ArrayAttr)
    return [(d.size.data, d.stride.data) for d in attr.data]


@irdl_attr_definition
class PacketInfoAttr(ParametrizedAttribute):
    """`#aie.packet_info<pkt_type = T, pkt_id = P>`."""

    name = "aie.packet_info"
    pkt_type: IntAttr
    pkt_id: IntAttr

    def __init__(self, pkt_type: int, pkt_id: int):
        super().__init__(IntAttr(pkt_type), IntAttr(pkt_id))

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> tuple[IntAttr, IntAttr]:
        return parse_packet_body(parser)

    def print_parameters(self, printer: Printer) -> None:
        printer.print_string(packet_body(self))


def parse_packet_body(parser: AttrParser) -> tuple[IntAttr, IntAttr]:
    """`<pkt_type = T, pkt_id = P>` in either order."""
    values: dict[str, int] = {}

    def entry() -> None:
        key = parser.parse_identifier(" (pkt_type or pkt_id)")
        if key not in ("pkt_type", "pkt_id") or key in values:
            parser.raise_error(f"packet info expects pkt_type and pkt_id once each, got '{key}'")
        parser.parse_punctuation("=")
        values[key] = parser.parse_integer()

    parser.parse_comma_separated_list(Parser.Delimiter.ANGLE, entry)
    if set(values) != {"pkt_type", "pkt_id"}:
        parser.raise_error("packet info needs both pkt_type and pkt_id")
    return IntAttr(values["pkt_type"]), IntAttr(values["pkt_id"])


def packet_body(p: PacketInfoAttr) -> str:
    return f"<pkt_type = {p.pkt_type.data}, pkt_id = {p.pkt_id.data}>"


def verify_packet(op_name: str, p: PacketInfoAttr) -> None:
    if not 0 <= p.pkt_id.data <= tm.MAX_PACKET_ID:
        raise VerifyException(f"{op_name}: pkt_id {p.pkt_id.data} exceeds the 5-bit limit ({tm.MAX_PACKET_ID})")
    if not 0 <= p.pkt_type.data <= tm.MAX_PACKET_TYPE:
        raise VerifyException(f"{op_name}: pkt_type {p.pkt_type.data} exceeds the 3-bit limit ({tm.MAX_PACKET_TYPE})")


@irdl_attr_definition
class ObjectFifoType(ParametrizedAttribute, TypeAttribute):
    """`!aie.objectfifo<memref<...>>`."""

    name = "aie.objectfifo"
    element_type: MemRefType

    def __init__(self, element_type: MemRefType):
        super().__init__(element_type)

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> tuple[MemRefType]:
        parser.parse_punctuation("<")
        t = parser.parse_type()
        parser.parse_punctuation(">")
        if not isinstance(t, MemRefType):
            parser.raise_error("objectfifo element type must be a memref")
        return (t,)

    def print_parameters(self, printer: Printer) -> None:
        printer.print_string("<")
        printer.print_attribute(self.element_type)
        printer.print_string(">")


@irdl_attr_definition
class ObjectFifoSubviewType(ParametrizedAttribute, TypeAttribute):
    """`!aie.objectfifosubview<memref<...>>`."""

    name = "aie.objectfifosubview"
    element_type: MemRefType

    def __init__(self, element_type: MemRefType):
        super().__init__(element_type)

    parse_parameters = ObjectFifoType.parse_parameters
    print_parameters = ObjectFifoType.print_parameters


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def parse_symbol(parser: Parser) -> str:
    return parser.parse_symbol_name().data


def enclosing(op: Operation, cls: type) -> Operation | None:
    parent = op.parent_op()
    while parent is not None and not isinstance(parent, cls):
        parent = parent.parent_op()
    return parent


def device_of(op: Operation) -> tm.Device | None:
    dev = op if isinstance(op, DeviceOp) else enclosing(op, DeviceOp)
    return dev.device if isinstance(dev, DeviceOp) else None


def value_name(value: SSAValue) -> str:
    return f"%{value.name_hint}" if value.name_hint else "%<unnamed>"


# ---------------------------------------------------------------------------
# Structure: device, tile, end
# ---------------------------------------------------------------------------


@irdl_op_definition
class DeviceOp(IRDLOperation):
    """`aie.device(npu1) [@name] { ... }`."""

    name = "aie.device"
    body = region_def("single_block")
    traits = traits_def(NoTerminator(), SymbolTable(), IsolatedFromAbove())  # as mlir-aie: names restart per device

    def __init__(self, device: str, ops: Sequence[Operation] = (), sym_name: str | None = None):
        attrs: dict[str, Attribute] = {"device": StringAttr(device)}
        if sym_name:
            attrs["sym_name"] = StringAttr(sym_name)
        super().__init__(regions=[Region(Block(ops))], attributes=attrs)

    @property
    def device_name(self) -> str:
        return self.attributes["device"].data

    @property
    def device(self) -> tm.Device:
        return tm.get_device(self.device_name)

    @property
    def sym_name(self) -> str | None:
        attr = self.attributes.get("sym_name")
        return attr.data if isinstance(attr, StringAttr) else None

    @classmethod
    def parse(cls, parser: Parser) -> DeviceOp:
        parser.parse_punctuation("(")
        pos = parser.pos
        name = parser.parse_identifier(" (device name)")
        if name not in tm.DEVICES:
            parser.raise_error(f"unknown device '{name}' (expected one of: {', '.join(tm.DEVICES)})", pos, parser.pos)
        parser.parse_punctuation(")")
        sym = parser.parse_optional_symbol_name()
        region = parser.parse_region()
        if not region.blocks:
            region.add_block(Block())
        extra = sx.parse_attr_dict(parser)
        op = cls.create(regions=[region], attributes={"device": StringAttr(name), **extra})
        if sym is not None:
            op.attributes["sym_name"] = sym
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(f"({self.device_name})")
        if self.sym_name:
            printer.print_string(" ")
            printer.print_symbol_name(self.sym_name)
        printer.print_string(" ")
        printer.print_region(self.body, print_empty_block=False)
        sx.print_attr_dict(printer, self.attributes, skip=("device", "sym_name"))

    def verify_(self) -> None:
        if not isinstance(self.attributes.get("device"), StringAttr) or self.device_name not in tm.DEVICES:
            raise VerifyException(f"aie.device: unknown device (expected one of: {', '.join(tm.DEVICES)})")

    def walk_type(self, cls: type) -> Iterator:
        """Top-level ops of the device body of type `cls`, in order."""
        return (op for op in self.body.block.ops if isinstance(op, cls))

    @property
    def sequences(self) -> list[RuntimeSequenceOp]:
        return [op for op in self.body.block.ops if isinstance(op, RuntimeSequenceOp)]

    def symbol_map(self) -> dict[str, Operation]:
        """Every symbol defined at the top of the device body (build once per walk)."""
        out: dict[str, Operation] = {}
        for op in self.body.block.ops:
            attr = op.attributes.get("sym_name") or op.properties.get("sym_name")
            if isinstance(attr, StringAttr):
                out.setdefault(attr.data, op)
        return out


@irdl_op_definition
class TileOp(IRDLOperation):
    """`%t = aie.tile(col, row) [{attrs}]`."""

    name = "aie.tile"
    result = result_def(IndexType)

    def __init__(self, col: int, row: int):
        super().__init__(
            result_types=[IndexType()],
            attributes={"col": sx.KI32.make(col), "row": sx.KI32.make(row)},
        )
        sx.set_name(self.result, f"tile_{col}_{row}")

    @property
    def col(self) -> int:
        return sx.int_of(self.attributes["col"])

    @property
    def row(self) -> int:
        return sx.int_of(self.attributes["row"])

    @classmethod
    def parse(cls, parser: Parser) -> TileOp:
        coords = parser.parse_comma_separated_list(Parser.Delimiter.PAREN, parser.parse_integer)
        if len(coords) != 2:
            parser.raise_error(f"aie.tile takes (col, row), got {len(coords)} value(s)")
        col, row = coords
        extra = sx.parse_attr_dict(parser)
        return cls.create(
            result_types=[IndexType()],
            attributes={"col": sx.KI32.make(col), "row": sx.KI32.make(row), **extra},
        )

    def print(self, printer: Printer) -> None:
        printer.print_string(f"({self.col}, {self.row})")
        sx.print_attr_dict(printer, self.attributes, skip=("col", "row"))

    def verify_(self) -> None:
        dev = device_of(self)
        if dev is not None:
            if not 0 <= self.col < dev.columns:
                raise VerifyException(f"aie.tile({self.col}, {self.row}): column out of range for {dev.name} (0..{dev.columns - 1})")
            if not 0 <= self.row < dev.rows:
                raise VerifyException(f"aie.tile({self.col}, {self.row}): row out of range for {dev.name} (0..{dev.rows - 1})")
        controller = self.attributes.get("controller_id")
        if isinstance(controller, PacketInfoAttr):  # lands in Controller_ID [12:8] (spec §5)
            verify_packet(f"aie.tile({self.col}, {self.row}) controller_id", controller)


def tile_of(value: SSAValue, what: str) -> TileOp:
    if not isinstance(value.owner, TileOp):
        raise VerifyException(f"{what} must be an aie.tile value")
    return value.owner


@irdl_op_definition
class EndOp(IRDLOperation):
    name = "aie.end"
    traits = traits_def(IsTerminator())

    @classmethod
    def parse(cls, parser: Parser) -> EndOp:
        return cls.create(attributes=sx.parse_attr_dict(parser))

    def print(self, printer: Printer) -> None:
        sx.print_attr_dict(printer, self.attributes)


# ---------------------------------------------------------------------------
# Runtime sequence and shim DMA allocations
# ---------------------------------------------------------------------------


@irdl_op_definition
class RuntimeSequenceOp(IRDLOperation):
    """`aie.runtime_sequence [@name](%a: memref<...>, %n: i32) { ... }`.

    The older `aiex.runtime_sequence` spelling parses to this op as an alias.
    """

    name = "aie.runtime_sequence"
    body = region_def("single_block")
    traits = traits_def(NoTerminator())

    def __init__(self, sym_name: str | None, arg_types: Sequence[Attribute], arg_names: Sequence[str] = ()):
        block = Block(arg_types=arg_types)
        for arg, n in zip(block.args, arg_names):
            sx.set_name(arg, n)
        super().__init__(regions=[Region(block)])
        if sym_name:
            self.attributes["sym_name"] = StringAttr(sym_name)

    @property
    def sym_name(self) -> str | None:
        attr = self.attributes.get("sym_name")
        return attr.data if isinstance(attr, StringAttr) else None

    @property
    def memref_args(self) -> list[SSAValue]:
        """Host buffers: memref arguments in order (scalars take no buffer slot)."""
        return [a for a in self.body.block.args if isinstance(a.type, MemRefType)]

    def host_buffer_index(self, arg: SSAValue) -> int:
        """arg_idx of a root argument: its index among memref arguments (2026)."""
        return self.memref_args.index(arg)

    @classmethod
    def parse(cls, parser: Parser) -> RuntimeSequenceOp:
        sym = parser.parse_optional_symbol_name()
        args = parser.parse_comma_separated_list(Parser.Delimiter.PAREN, parser.parse_argument)
        region = parser.parse_region(args)
        if not region.blocks:
            region.add_block(Block())
        extra = sx.parse_attr_dict(parser)
        op = cls.create(regions=[region], attributes=extra)
        if sym is not None:
            op.attributes["sym_name"] = sym
        return op

    def print(self, printer: Printer) -> None:
        if self.sym_name:
            printer.print_string(" ")
            printer.print_symbol_name(self.sym_name)
        printer.print_string("(")
        printer.print_list(self.body.block.args, printer.print_block_argument)
        printer.print_string(") ")
        printer.print_region(self.body, print_entry_block_args=False, print_empty_block=False)
        sx.print_attr_dict(printer, self.attributes, skip=("sym_name",))


class SequenceChoiceError(UserError):
    """No runtime sequence, or no single one, matches the request."""


def devices(module: Operation) -> list[DeviceOp]:
    """Every aie.device of a module, in order (also inside nested builtin.modules)."""
    out: list[DeviceOp] = []
    stack = [module]
    while stack:
        op = stack.pop(0)
        for region in op.regions:
            for block in region.blocks:
                for inner in block.ops:
                    if isinstance(inner, DeviceOp):
                        out.append(inner)
                    elif isinstance(inner, RuntimeSequenceOp):
                        raise SequenceChoiceError("aie.runtime_sequence must be inside an aie.device")
                    elif inner.name == "builtin.module":
                        stack.append(inner)
    return out


def runtime_sequences(module: Operation) -> list[tuple[DeviceOp, RuntimeSequenceOp]]:
    """Every (device, runtime sequence) pair of a module, in order."""
    return [(dev, seq) for dev in devices(module) for seq in dev.sequences]


def select_sequence(
    module: Operation, name: str | None, choose_hint: str = "with --sequence-name"
) -> tuple[DeviceOp, RuntimeSequenceOp]:
    """The module's sequence named `name`; without a name the unnamed one, else the only one."""
    return choose_sequence(runtime_sequences(module), name, choose_hint)


def choose_sequence(
    found: list[tuple[DeviceOp, RuntimeSequenceOp]], name: str | None, choose_hint: str = "with --sequence-name"
) -> tuple[DeviceOp, RuntimeSequenceOp]:
    """The one rule every tool uses to pick a runtime sequence (see select_sequence)."""
    if not found:
        raise SequenceChoiceError("no aie.runtime_sequence in the input")
    have = ", ".join("@" + (s.sym_name or "<unnamed>") for _, s in found)
    if name is not None:
        named = [f for f in found if f[1].sym_name == name]
        if not named:
            raise SequenceChoiceError(f"no runtime sequence named @{name} (have: {have})")
        return named[0]
    unnamed = [f for f in found if f[1].sym_name is None]
    if len(unnamed) == 1:
        return unnamed[0]
    if len(found) == 1:
        return found[0]
    raise SequenceChoiceError(f"several runtime sequences ({have}); choose one {choose_hint}")


@irdl_op_definition
class ShimDmaAllocationOp(IRDLOperation):
    """`aie.shim_dma_allocation @sym (%tile, MM2S|S2MM, ch)`.

    The pre-2026 form `@sym(MM2S, ch, col)` also parses (lowered files carry it); it
    keeps a `column` attribute instead of a tile operand and prints back unchanged.
    """

    name = "aie.shim_dma_allocation"
    tile = opt_operand_def(IndexType)

    def __init__(self, sym_name: str, tile: SSAValue, direction: tm.DmaDir, channel: int):
        super().__init__(
            operands=[[tile]],
            attributes={
                "sym_name": StringAttr(sym_name),
                "channel_dir": StringAttr(direction.name),
                "channel_index": sx.KI32.make(channel),
            },
        )

    @property
    def sym_name(self) -> str:
        return self.attributes["sym_name"].data

    @property
    def direction(self) -> tm.DmaDir:
        return tm.DmaDir[self.attributes["channel_dir"].data]

    @property
    def channel(self) -> int:
        return sx.int_of(self.attributes["channel_index"])

    @property
    def column(self) -> int:
        if self.tile is not None:
            return tile_of(self.tile, "aie.shim_dma_allocation tile").col
        return sx.int_of(self.attributes["column"])

    @property
    def row(self) -> int:
        return tile_of(self.tile, "tile").row if self.tile is not None else 0

    @classmethod
    def parse(cls, parser: Parser) -> ShimDmaAllocationOp:
        sym = parser.parse_symbol_name()
        parser.parse_punctuation("(")
        operand = parser.parse_optional_operand()
        if operand is not None:
            parser.parse_punctuation(",")
        direction = parser.parse_keyword_in(("MM2S", "S2MM"), " (DMA direction)")
        parser.parse_punctuation(",")
        channel = parser.parse_integer()
        column = None
        if operand is None:
            parser.parse_punctuation(",")
            column = parser.parse_integer()
        parser.parse_punctuation(")")
        extra = sx.parse_attr_dict(parser)
        attrs = {
            "sym_name": sym,
            "channel_dir": StringAttr(direction),
            "channel_index": sx.KI32.make(channel),
            **extra,
        }
        if column is not None:
            attrs["column"] = sx.KI32.make(column)
        return cls.create(operands=[operand] if operand is not None else [], attributes=attrs)

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name)
        if self.tile is not None:
            printer.print_string("(")
            printer.print_ssa_value(self.tile)
            printer.print_string(f", {self.direction.name}, {self.channel})")
        else:
            printer.print_string(f"({self.direction.name}, {self.channel}, {self.column})")
        sx.print_attr_dict(printer, self.attributes, skip=("sym_name", "channel_dir", "channel_index", "column"))

    def verify_(self) -> None:
        if self.tile is not None:
            t = tile_of(self.tile, f"aie.shim_dma_allocation @{self.sym_name}: tile")
            if t.row != 0:
                raise VerifyException(f"aie.shim_dma_allocation @{self.sym_name}: tile ({t.col}, {t.row}) is not a shim tile (row 0)")
        elif (dev := device_of(self)) is not None and not 0 <= self.column < dev.columns:
            raise VerifyException(
                f"aie.shim_dma_allocation @{self.sym_name}: column {self.column} out of range for {dev.name} (0..{dev.columns - 1})"
            )
        if not 0 <= self.channel < tm.SHIM.channels_per_dir:
            raise VerifyException(
                f"aie.shim_dma_allocation @{self.sym_name}: channel {self.channel} out of range (shim has 0..{tm.SHIM.channels_per_dir - 1})"
            )


# ---------------------------------------------------------------------------
# Objectfifos
# ---------------------------------------------------------------------------


@irdl_op_definition
class ObjectFifoOp(IRDLOperation):
    """`aie.objectfifo @N(%prod [dimensionsToStream [...]], {%c0 [dimensionsFromStream [...]], ...}, depth) [{attrs}] : !aie.objectfifo<memref<..>>`."""

    name = "aie.objectfifo"
    producer = operand_def(IndexType)
    consumers = var_operand_def(IndexType)

    def __init__(
        self,
        sym_name: str,
        producer: SSAValue,
        consumers: Sequence[SSAValue],
        depth: int | Sequence[int],
        element_type: MemRefType,
        dims_to_stream: Sequence[tuple[int, int]] = (),
        dims_from_stream: Sequence[Sequence[tuple[int, int]]] | None = None,
    ):
        depth_attr: Attribute = (
            sx.KI32.make(depth) if isinstance(depth, int) else ArrayAttr([sx.KI32.make(d) for d in depth])
        )
        from_stream = dims_from_stream or [[] for _ in consumers]
        super().__init__(
            operands=[producer, consumers],
            attributes={
                "sym_name": StringAttr(sym_name),
                "elemNumber": depth_attr,
                "elemType": ObjectFifoType(element_type),
                "dimensionsToStream": ArrayAttr([BDDimLayoutAttr(s, t) for s, t in dims_to_stream]),
                "dimensionsFromStreamPerConsumer": ArrayAttr(
                    [ArrayAttr([BDDimLayoutAttr(s, t) for s, t in dims]) for dims in from_stream]
                ),
            },
        )

    RESERVED: ClassVar = ("sym_name", "elemNumber", "elemType", "dimensionsToStream", "dimensionsFromStreamPerConsumer")

    @property
    def sym_name(self) -> str:
        return self.attributes["sym_name"].data

    @property
    def element_type(self) -> MemRefType:
        return self.attributes["elemType"].element_type

    @property
    def depths(self) -> list[int]:
        """[producer depth, consumer depths...]."""
        d = self.attributes["elemNumber"]
        if isinstance(d, ArrayAttr):
            return [sx.int_of(x) for x in d.data]
        return [sx.int_of(d)] * (1 + len(self.consumers))

    @property
    def dims_to_stream(self) -> list[tuple[int, int]]:
        return dims_of(self.attributes.get("dimensionsToStream"))

    def dims_from_stream(self, consumer_index: int) -> list[tuple[int, int]]:
        per = self.attributes.get("dimensionsFromStreamPerConsumer")
        if not isinstance(per, ArrayAttr) or consumer_index >= len(per.data):
            return []
        return dims_of(per.data[consumer_index])

    @classmethod
    def parse(cls, parser: Parser) -> ObjectFifoOp:
        sym = parser.parse_symbol_name()
        parser.parse_punctuation("(")
        producer = parser.parse_operand(IndexType())
        to_stream = ArrayAttr([])
        if parser.parse_optional_keyword("dimensionsToStream"):
            to_stream = parse_dims(parser)
        parser.parse_punctuation(",")
        consumers: list[SSAValue] = []
        from_stream: list[ArrayAttr] = []

        def consumer() -> None:
            consumers.append(parser.parse_operand(IndexType()))
            if parser.parse_optional_keyword("dimensionsFromStream"):
                from_stream.append(parse_dims(parser))
            else:
                from_stream.append(ArrayAttr([]))

        parser.parse_comma_separated_list(Parser.Delimiter.BRACES, consumer)
        parser.parse_punctuation(",")
        if parser.parse_optional_punctuation("["):
            depths = [parser.parse_attribute()]
            while parser.parse_optional_punctuation(","):
                depths.append(parser.parse_attribute())
            parser.parse_punctuation("]")
            depth: Attribute = ArrayAttr([sx.normalize_attr(cls.name, "depth", d, sx.KI32) for d in depths])
        else:
            depth = sx.normalize_attr(cls.name, "depth", parser.parse_attribute(), sx.KI32)
        parser.parse_punctuation(")")
        extra = sx.parse_attr_dict(parser)
        parser.parse_punctuation(":")
        fifo_type = parser.parse_type()
        if not isinstance(fifo_type, ObjectFifoType):
            parser.raise_error("aie.objectfifo type must be !aie.objectfifo<memref<...>>")
        return cls.create(
            operands=[producer, *consumers],
            attributes={
                "sym_name": sym,
                "elemNumber": depth,
                "elemType": fifo_type,
                "dimensionsToStream": to_stream,
                "dimensionsFromStreamPerConsumer": ArrayAttr(from_stream),
                **extra,
            },
        )

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name)
        printer.print_string("(")
        printer.print_ssa_value(self.producer)
        if self.dims_to_stream:
            printer.print_string(" dimensionsToStream ")
            print_dims(printer, self.attributes["dimensionsToStream"])
        printer.print_string(", {")
        for i, c in enumerate(self.consumers):
            if i:
                printer.print_string(", ")
            printer.print_ssa_value(c)
            if self.dims_from_stream(i):
                printer.print_string(" dimensionsFromStream ")
                print_dims(printer, self.attributes["dimensionsFromStreamPerConsumer"].data[i])
        printer.print_string("}, ")
        d = self.attributes["elemNumber"]
        if isinstance(d, ArrayAttr):
            printer.print_string("[" + ", ".join(f"{sx.int_of(x)} : i32" for x in d.data) + "]")
        else:
            printer.print_string(f"{sx.int_of(d)} : i32")
        printer.print_string(")")
        sx.print_attr_dict(printer, self.attributes, skip=self.RESERVED)
        printer.print_string(" : ")
        printer.print_attribute(self.attributes["elemType"])

    def verify_(self) -> None:
        depths = self.depths
        if any(d < 1 for d in depths):
            raise VerifyException(f"aie.objectfifo @{self.sym_name}: depth must be >= 1")
        if isinstance(self.attributes["elemNumber"], ArrayAttr) and len(depths) != 1 + len(self.consumers):
            raise VerifyException(
                f"aie.objectfifo @{self.sym_name}: depth list needs {1 + len(self.consumers)} entries (producer + consumers)"
            )


@irdl_op_definition
class ObjectFifoLinkOp(IRDLOperation):
    """`aie.objectfifo.link [@in...] -> [@out...] ([src offsets] [dst offsets])`."""

    name = "aie.objectfifo.link"

    def __init__(self, inputs: Sequence[str], outputs: Sequence[str], src_offsets: Sequence[int] = (), dst_offsets: Sequence[int] = ()):
        super().__init__(
            attributes={
                "fifoIns": ArrayAttr([SymbolRefAttr(s) for s in inputs]),
                "fifoOuts": ArrayAttr([SymbolRefAttr(s) for s in outputs]),
                "src_offsets": ArrayAttr([IntAttr(o) for o in src_offsets]),
                "dst_offsets": ArrayAttr([IntAttr(o) for o in dst_offsets]),
            }
        )

    @property
    def inputs(self) -> list[str]:
        return [s.string_value() for s in self.attributes["fifoIns"].data]

    @property
    def outputs(self) -> list[str]:
        return [s.string_value() for s in self.attributes["fifoOuts"].data]

    @property
    def src_offsets(self) -> list[int]:
        return [o.data for o in self.attributes["src_offsets"].data]

    @property
    def dst_offsets(self) -> list[int]:
        return [o.data for o in self.attributes["dst_offsets"].data]

    @classmethod
    def parse(cls, parser: Parser) -> ObjectFifoLinkOp:
        ins = parser.parse_comma_separated_list(Parser.Delimiter.SQUARE, lambda: parse_symbol(parser))
        parser.parse_punctuation("->")
        outs = parser.parse_comma_separated_list(Parser.Delimiter.SQUARE, lambda: parse_symbol(parser))
        parser.parse_punctuation("(")
        src = sx.parse_int_list(parser)
        dst = sx.parse_int_list(parser)
        parser.parse_punctuation(")")
        extra = sx.parse_attr_dict(parser)
        op = cls(ins, outs, src, dst)
        op.attributes.update(extra)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" [" + ", ".join("@" + s for s in self.inputs) + "] -> [")
        printer.print_string(", ".join("@" + s for s in self.outputs) + "] (")
        sx.print_int_list(printer, self.src_offsets)
        printer.print_string(" ")
        sx.print_int_list(printer, self.dst_offsets)
        printer.print_string(")")
        sx.print_attr_dict(printer, self.attributes, skip=("fifoIns", "fifoOuts", "src_offsets", "dst_offsets"))

    def verify_(self) -> None:
        if len(self.inputs) > 1 and len(self.outputs) > 1:
            raise VerifyException("aie.objectfifo.link: at most one side may list several fifos")
        if len(self.outputs) > 1 and len(self.dst_offsets) != len(self.outputs):
            raise VerifyException("aie.objectfifo.link: a distribute needs one destination offset per output")
        if len(self.inputs) > 1 and len(self.src_offsets) != len(self.inputs):
            raise VerifyException("aie.objectfifo.link: a join needs one source offset per input")


PORTS = ("Produce", "Consume")


@irdl_op_definition
class ObjectFifoAcquireOp(IRDLOperation):
    """`%sv = aie.objectfifo.acquire @N(Produce|Consume, n) : !aie.objectfifosubview<...>`."""

    name = "aie.objectfifo.acquire"
    subview = result_def(ObjectFifoSubviewType)

    def __init__(self, fifo: str, port: str, count: int, element_type: MemRefType):
        super().__init__(
            result_types=[ObjectFifoSubviewType(element_type)],
            attributes={"objFifo_name": SymbolRefAttr(fifo), "port": StringAttr(port), "size": sx.KI32.make(count)},
        )

    @property
    def fifo(self) -> str:
        return self.attributes["objFifo_name"].string_value()

    @property
    def port(self) -> str:
        return self.attributes["port"].data

    @property
    def count(self) -> int:
        return sx.int_of(self.attributes["size"])

    @classmethod
    def parse(cls, parser: Parser) -> ObjectFifoAcquireOp:
        fifo = parse_symbol(parser)
        parser.parse_punctuation("(")
        port = parser.parse_keyword_in(PORTS, " (objectfifo port)")
        parser.parse_punctuation(",")
        n = parser.parse_integer()
        parser.parse_punctuation(")")
        extra = sx.parse_attr_dict(parser)
        parser.parse_punctuation(":")
        t = parser.parse_type()
        if not isinstance(t, ObjectFifoSubviewType):
            parser.raise_error("aie.objectfifo.acquire type must be !aie.objectfifosubview<memref<...>>")
        op = cls(fifo, port, n, t.element_type)
        op.attributes.update(extra)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(f" @{self.fifo}({self.port}, {self.count})")
        sx.print_attr_dict(printer, self.attributes, skip=("objFifo_name", "port", "size"))
        printer.print_string(" : ")
        printer.print_attribute(self.subview.type)


@irdl_op_definition
class ObjectFifoReleaseOp(IRDLOperation):
    """`aie.objectfifo.release @N(Produce|Consume, n)`."""

    name = "aie.objectfifo.release"

    def __init__(self, fifo: str, port: str, count: int):
        super().__init__(
            attributes={"objFifo_name": SymbolRefAttr(fifo), "port": StringAttr(port), "size": sx.KI32.make(count)}
        )

    fifo = ObjectFifoAcquireOp.fifo
    port = ObjectFifoAcquireOp.port
    count = ObjectFifoAcquireOp.count

    @classmethod
    def parse(cls, parser: Parser) -> ObjectFifoReleaseOp:
        fifo = parse_symbol(parser)
        parser.parse_punctuation("(")
        port = parser.parse_keyword_in(PORTS, " (objectfifo port)")
        parser.parse_punctuation(",")
        n = parser.parse_integer()
        parser.parse_punctuation(")")
        op = cls(fifo, port, n)
        op.attributes.update(sx.parse_attr_dict(parser))
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(f" @{self.fifo}({self.port}, {self.count})")
        sx.print_attr_dict(printer, self.attributes, skip=("objFifo_name", "port", "size"))


@irdl_op_definition
class ObjectFifoSubviewAccessOp(IRDLOperation):
    """`%e = aie.objectfifo.subview.access %sv[i] : !aie.objectfifosubview<M> -> M`."""

    name = "aie.objectfifo.subview.access"
    subview = operand_def(ObjectFifoSubviewType)
    output = result_def(MemRefType)

    def __init__(self, subview: SSAValue, index: int):
        super().__init__(
            operands=[subview],
            result_types=[subview.type.element_type],
            attributes={"index": sx.KI32.make(index)},
        )

    @property
    def index(self) -> int:
        return sx.int_of(self.attributes["index"])

    @classmethod
    def parse(cls, parser: Parser) -> ObjectFifoSubviewAccessOp:
        unresolved = parser.parse_unresolved_operand()
        parser.parse_punctuation("[")
        index = parser.parse_integer()
        parser.parse_punctuation("]")
        extra = sx.parse_attr_dict(parser)
        parser.parse_punctuation(":")
        sv_type = parser.parse_type()
        parser.parse_punctuation("->")
        parser.parse_type()
        sv = parser.resolve_operand(unresolved, sv_type)
        op = cls(sv, index)
        op.attributes.update(extra)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_ssa_value(self.subview)
        printer.print_string(f"[{self.index}]")
        sx.print_attr_dict(printer, self.attributes, skip=("index",))
        printer.print_string(" : ")
        printer.print_attribute(self.subview.type)
        printer.print_string(" -> ")
        printer.print_attribute(self.output.type)


# ---------------------------------------------------------------------------
# Cores, buffers, locks
# ---------------------------------------------------------------------------


@irdl_op_definition
class CoreOp(IRDLOperation):
    """`%c = aie.core(%tile) { ... aie.end } [{attrs}]`."""

    name = "aie.core"
    tile = operand_def(IndexType)
    result = result_def(IndexType)
    body = region_def()

    def __init__(self, tile: SSAValue, body: Region, attributes: dict[str, Attribute] | None = None):
        super().__init__(operands=[tile], result_types=[IndexType()], regions=[body], attributes=attributes or {})

    @classmethod
    def parse(cls, parser: Parser) -> CoreOp:
        parser.parse_punctuation("(")
        tile = parser.parse_operand(IndexType())
        parser.parse_punctuation(")")
        region = parser.parse_region()
        extra = sx.parse_attr_dict(parser)
        return cls(tile, region, extra)

    def print(self, printer: Printer) -> None:
        printer.print_string("(")
        printer.print_ssa_value(self.tile)
        printer.print_string(") ")
        printer.print_region(self.body)
        sx.print_attr_dict(printer, self.attributes)


@irdl_op_definition
class BufferOp(IRDLOperation):
    """`%b = aie.buffer(%tile) [{attrs}] : memref<...> [= dense<...>]`."""

    name = "aie.buffer"
    tile = operand_def(IndexType)
    buffer = result_def(MemRefType)

    def __init__(self, tile: SSAValue, memref_type: MemRefType, sym_name: str | None = None, initial_value: Attribute | None = None):
        attrs: dict[str, Attribute] = {}
        if sym_name:
            attrs["sym_name"] = StringAttr(sym_name)
        if initial_value is not None:
            attrs["initial_value"] = initial_value
        super().__init__(operands=[tile], result_types=[memref_type], attributes=attrs)

    @property
    def sym_name(self) -> str | None:
        attr = self.attributes.get("sym_name")
        return attr.data if isinstance(attr, StringAttr) else None

    @classmethod
    def parse(cls, parser: Parser) -> BufferOp:
        parser.parse_punctuation("(")
        tile = parser.parse_operand(IndexType())
        parser.parse_punctuation(")")
        extra = sx.parse_attr_dict(parser)
        parser.parse_punctuation(":")
        t = parser.parse_type()
        if not isinstance(t, MemRefType):
            parser.raise_error("aie.buffer type must be a memref")
        init = None
        if parser.parse_optional_punctuation("="):
            init = memref_ext.parse_dense_for(parser, t)
        op = cls(tile, t, None, init)
        op.attributes.update(extra)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string("(")
        printer.print_ssa_value(self.tile)
        printer.print_string(")")
        sx.print_attr_dict(printer, self.attributes, skip=("initial_value",))
        printer.print_string(" : ")
        printer.print_attribute(self.buffer.type)
        if "initial_value" in self.attributes:
            printer.print_string(" = ")
            memref_ext.print_dense(printer, self.attributes["initial_value"])


@irdl_op_definition
class LockOp(IRDLOperation):
    """`%l = aie.lock(%tile[, id]) [{attrs}]`."""

    name = "aie.lock"
    tile = operand_def(IndexType)
    result = result_def(IndexType)

    def __init__(self, tile: SSAValue, lock_id: int | None = None, init: int | None = None, sym_name: str | None = None):
        attrs: dict[str, Attribute] = {}
        if lock_id is not None:
            attrs["lockID"] = sx.KI32.make(lock_id)
        if init is not None:
            attrs["init"] = sx.KI32.make(init)
        if sym_name:
            attrs["sym_name"] = StringAttr(sym_name)
        super().__init__(operands=[tile], result_types=[IndexType()], attributes=attrs)

    @property
    def lock_id(self) -> int | None:
        attr = self.attributes.get("lockID")
        return sx.int_of(attr) if attr is not None else None

    @classmethod
    def parse(cls, parser: Parser) -> LockOp:
        parser.parse_punctuation("(")
        tile = parser.parse_operand(IndexType())
        lock_id = None
        if parser.parse_optional_punctuation(","):
            lock_id = parser.parse_integer()
        parser.parse_punctuation(")")
        op = cls(tile, lock_id)
        op.attributes.update(sx.parse_attr_dict(parser))
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string("(")
        printer.print_ssa_value(self.tile)
        if self.lock_id is not None:
            printer.print_string(f", {self.lock_id}")
        printer.print_string(")")
        sx.print_attr_dict(printer, self.attributes, skip=("lockID",))


LOCK_ACTIONS = ("Acquire", "AcquireGreaterEqual", "Release")


@irdl_op_definition
class UseLockOp(IRDLOperation):
    """`aie.use_lock(%lock, Acquire|AcquireGreaterEqual|Release, value)`."""

    name = "aie.use_lock"
    lock = operand_def(IndexType)

    def __init__(self, lock: SSAValue, action: str, value: int):
        super().__init__(operands=[lock], attributes={"action": StringAttr(action), "value": sx.KI32.make(value)})

    @property
    def action(self) -> str:
        return self.attributes["action"].data

    @property
    def value(self) -> int:
        return sx.int_of(self.attributes["value"])

    @classmethod
    def parse(cls, parser: Parser) -> UseLockOp:
        parser.parse_punctuation("(")
        lock = parser.parse_operand(IndexType())
        parser.parse_punctuation(",")
        action = parser.parse_keyword_in(LOCK_ACTIONS, " (lock action)")
        value = 1
        if parser.parse_optional_punctuation(","):
            value = parser.parse_integer()
        parser.parse_punctuation(")")
        op = cls(lock, action, value)
        op.attributes.update(sx.parse_attr_dict(parser))
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string("(")
        printer.print_ssa_value(self.lock)
        printer.print_string(f", {self.action}, {self.value})")
        sx.print_attr_dict(printer, self.attributes, skip=("action", "value"))


# ---------------------------------------------------------------------------
# BDs inside DMA tasks
# ---------------------------------------------------------------------------


@irdl_op_definition
class DmaBdOp(IRDLOperation):
    """A BD of a DMA task. Both forms parse; the positional form prints:

    positional: `aie.dma_bd(%buf : memref<..>, offset, len[, [<size = s, stride = t>, ...]]) [{attrs}]`
    keyword (2026): `aie.dma_bd(%buf : memref<..> offset = O len = L [sizes = [..] strides = [..]]) [{attrs}]`
    Offsets and lengths count elements; dims are highest first.
    """

    name = "aie.dma_bd"
    buffer = operand_def(MemRefType)

    def __init__(self, buffer: SSAValue, offset: int, length: int, dims: Sequence[tuple[int, int]] = (), attributes: dict | None = None):
        attrs = {"offset": sx.KI32.make(offset), "len": sx.KI32.make(length)}
        if dims:
            attrs["dimensions"] = ArrayAttr([BDDimLayoutAttr(s, t) for s, t in dims])
        attrs.update(attributes or {})
        super().__init__(operands=[buffer], attributes=attrs)

    @property
    def offset(self) -> int:
        return sx.int_of(self.attributes["offset"])

    @property
    def length(self) -> int:
        return sx.int_of(self.attributes["len"])

    @property
    def dims(self) -> list[tuple[int, int]]:
        return dims_of(self.attributes.get("dimensions"))

    @property
    def bd_id(self) -> int | None:
        attr = self.attributes.get("bd_id")
        return sx.int_of(attr) if attr is not None else None

    @property
    def packet(self) -> PacketInfoAttr | None:
        attr = self.attributes.get("packet")
        return attr if isinstance(attr, PacketInfoAttr) else None

    @classmethod
    def parse(cls, parser: Parser) -> DmaBdOp:
        parser.parse_punctuation("(")
        unresolved = parser.parse_unresolved_operand()
        parser.parse_punctuation(":")
        buf_type = parser.parse_type()
        buf = parser.resolve_operand(unresolved, buf_type)
        dims: list[tuple[int, int]] = []
        if parser.parse_optional_punctuation(","):
            offset = parser.parse_integer()
            parser.parse_punctuation(",")
            length = parser.parse_integer()
            if parser.parse_optional_punctuation(","):
                dims = [(d.size.data, d.stride.data) for d in parse_dims(parser).data]
        else:
            parser.parse_keyword("offset")
            parser.parse_punctuation("=")
            offset = parser.parse_integer()
            parser.parse_keyword("len")
            parser.parse_punctuation("=")
            length = parser.parse_integer()
            if parser.parse_optional_keyword("sizes"):
                parser.parse_punctuation("=")
                sizes = sx.parse_int_list(parser)
                parser.parse_keyword("strides")
                parser.parse_punctuation("=")
                strides = sx.parse_int_list(parser)
                if len(sizes) != len(strides):
                    parser.raise_error("aie.dma_bd: sizes and strides need the same length")
                dims = list(zip(sizes, strides))
        parser.parse_punctuation(")")
        extra = sx.parse_attr_dict(parser)
        return cls(buf, offset, length, dims, extra)

    def print(self, printer: Printer) -> None:
        printer.print_string("(")
        printer.print_ssa_value(self.buffer)
        printer.print_string(" : ")
        printer.print_attribute(self.buffer.type)
        printer.print_string(f", {self.offset}, {self.length}")
        if self.dims:
            printer.print_string(", ")
            print_dims(printer, self.attributes["dimensions"])
        printer.print_string(")")
        sx.print_attr_dict(printer, self.attributes, skip=("offset", "len", "dimensions"))

    def verify_(self) -> None:
        if self.length <= 0:
            raise VerifyException(f"aie.dma_bd: len must be > 0, got {self.length}")
        if self.offset < 0:
            raise VerifyException(f"aie.dma_bd: offset must be >= 0, got {self.offset}")
        if self.packet is not None:
            verify_packet("aie.dma_bd", self.packet)


@irdl_op_definition
class NextBdOp(IRDLOperation):
    """`aie.next_bd ^bb` chains a BD to the next block's BD."""

    name = "aie.next_bd"
    dest = successor_def()
    traits = traits_def(IsTerminator())

    def __init__(self, dest: Block):
        super().__init__(successors=[dest])

    @classmethod
    def parse(cls, parser: Parser) -> NextBdOp:
        return cls(parser.parse_successor())

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_block_name(self.dest)


AIE = Dialect(
    "aie",
    [
        DeviceOp,
        TileOp,
        EndOp,
        RuntimeSequenceOp,
        ShimDmaAllocationOp,
        ObjectFifoOp,
        ObjectFifoLinkOp,
        ObjectFifoAcquireOp,
        ObjectFifoReleaseOp,
        ObjectFifoSubviewAccessOp,
        CoreOp,
        BufferOp,
        LockOp,
        UseLockOp,
        DmaBdOp,
        NextBdOp,
    ],
    [BDDimLayoutAttr, PacketInfoAttr, ObjectFifoType, ObjectFifoSubviewType],
)

__all__ = [name for name in dir() if name.endswith(("Op", "Attr", "Type"))] + ["AIE", "SchemaOp"]
