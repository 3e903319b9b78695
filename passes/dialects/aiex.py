"""The `aiex` dialect subset: runtime-sequence instructions (npu.*), DMA tasks, locks.

Spec: npu-runtime-sequence.md §2-§3. For write32, maskwrite32, maskpoll, sync and
address_patch both the attribute form and the 2026 SSA-operand form parse; SSA
operands must be `arith.constant` values and are folded into attributes at parse time,
so only the attribute form prints (spec §2, PD). push_queue prints its attribute form.
"""

from __future__ import annotations

from typing import ClassVar

from collections.abc import Sequence

from xdsl.dialects.builtin import ArrayAttr, IndexType, IntAttr, IntegerAttr, IntegerType, MemRefType, StringAttr, SymbolRefAttr
from xdsl.ir import Attribute, Dialect, Region, SSAValue
from xdsl.irdl import IRDLOperation, irdl_op_definition, operand_def, region_def, result_def
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException

from passes import bd_layout
from passes import target_model as tm
from passes.dialects import aie
from passes.dialects import syntax as sx
from passes.dialects.base import SchemaOp

ADDRESS_SCHEMA = {"address": sx.KUI32, "column": sx.KI32, "row": sx.KI32, "buffer": "symbol"}


def _absolute_address(op: SchemaOp) -> int | None:
    """Spec §3 write-address rule; None when it needs a buffer address (`buffer = @b`)."""
    if op.has("buffer"):
        return None
    address = op.get_int("address")
    if op.has("column") and op.has("row"):
        return tm.tile_address(op.get_int("column"), op.get_int("row"), address)
    return address


class _AddressedOp(SchemaOp):
    """write32/maskwrite32/maskpoll: attribute form or `(%a, %v[, %m]) : i32, ...`."""

    OPERANDS: ClassVar[tuple[str, ...]] = ()

    @property
    def absolute_address(self) -> int | None:
        return _absolute_address(self)

    @classmethod
    def parse(cls, parser: Parser):
        if parser._current_token.text == "(":
            unresolved = sx.parse_constant_operands(parser, cls.OPERANDS, cls.name)
            attrs = sx.parse_attr_dict(parser)
            folded = sx.finish_constant_operands(parser, unresolved, cls.name, attrs)
            attrs.update({k: sx.KUI32.make(v) for k, v in folded.items()})
            return cls.create(attributes=cls.normalized(parser, attrs))
        return super().parse(parser)

    def verify_limits(self) -> None:
        if self.has("column") != self.has("row"):
            raise VerifyException(f"{self.name}: column and row must be given together")


@irdl_op_definition
class NpuWrite32Op(_AddressedOp):
    name = "aiex.npu.write32"
    SCHEMA: ClassVar = {**ADDRESS_SCHEMA, "value": sx.KUI32}
    REQUIRED: ClassVar = ("address", "value")
    OPERANDS: ClassVar = ("address", "value")


@irdl_op_definition
class NpuMaskWrite32Op(_AddressedOp):
    name = "aiex.npu.maskwrite32"
    SCHEMA: ClassVar = {**ADDRESS_SCHEMA, "value": sx.KUI32, "mask": sx.KUI32}
    REQUIRED: ClassVar = ("address", "value", "mask")
    OPERANDS: ClassVar = ("address", "value", "mask")


@irdl_op_definition
class NpuMaskPollOp(_AddressedOp):
    """Block until `(reg & mask) == value` (TXN MASKPOLL)."""

    name = "aiex.npu.maskpoll"
    SCHEMA: ClassVar = {**ADDRESS_SCHEMA, "value": sx.KUI32, "mask": sx.KUI32}
    REQUIRED: ClassVar = ("address", "value", "mask")
    OPERANDS: ClassVar = ("address", "value", "mask")


SYNC_FIELDS = ("column", "row", "direction", "channel", "column_num", "row_num")


@irdl_op_definition
class NpuSyncOp(SchemaOp):
    """Wait for a task-completion token on (col, row, dir, ch) over a col×row range."""

    name = "aiex.npu.sync"
    SCHEMA: ClassVar = {f: sx.KI32 for f in SYNC_FIELDS}
    REQUIRED: ClassVar = SYNC_FIELDS

    @classmethod
    def parse(cls, parser: Parser):
        if parser._current_token.text == "(":
            unresolved = sx.parse_constant_operands(parser, SYNC_FIELDS, cls.name)
            attrs = sx.parse_attr_dict(parser)
            folded = sx.finish_constant_operands(parser, unresolved, cls.name, attrs)
            attrs.update({k: sx.KI32.make(v) for k, v in folded.items()})
            return cls.create(attributes=cls.normalized(parser, attrs))
        return super().parse(parser)

    def verify_limits(self) -> None:
        for f in SYNC_FIELDS:
            if not 0 <= self.get_int(f) <= 0xFF:
                raise VerifyException(f"aiex.npu.sync: {f} = {self.get_int(f)} does not fit the 8-bit TCT field")
        if self.get_int("direction") not in (0, 1):
            raise VerifyException("aiex.npu.sync: direction must be 0 (S2MM) or 1 (MM2S)")


@irdl_op_definition
class NpuAddressPatchOp(SchemaOp):
    """Patch host buffer `arg_idx` + `arg_plus` bytes into the register at `addr`."""

    name = "aiex.npu.address_patch"
    # arg_plus is a raw 64-bit pattern: i64 values read as two's complement (spec §2).
    SCHEMA: ClassVar = {"addr": sx.KUI32, "arg_idx": sx.KI32, "arg_plus": sx.IntKind(sx.I64, -(1 << 63), (1 << 64) - 1)}
    REQUIRED: ClassVar = ("addr", "arg_idx", "arg_plus")

    @classmethod
    def make(cls, **values):
        op = super().make(**values)
        op.attributes["arg_plus"] = cls.arg_plus_attr(sx.int_of(op.attributes["arg_plus"]))
        return op

    @staticmethod
    def arg_plus_attr(value: int) -> IntegerAttr:
        """Printed as i32 below 2^31, else as i64 (spec §2 PD); i64 holds the bits signed."""
        bits = value & ((1 << 64) - 1)
        if bits < 2**31:
            return IntegerAttr(bits, sx.I32)
        return IntegerAttr(bits - (1 << 64) if bits >= 1 << 63 else bits, sx.I64)

    @property
    def arg_plus(self) -> int:
        """The byte offset as an unsigned 64-bit value."""
        return self.get_int("arg_plus") & ((1 << 64) - 1)

    @classmethod
    def parse(cls, parser: Parser):
        if parser.parse_optional_punctuation("("):
            operand = parser.parse_unresolved_operand()
            parser.parse_punctuation(":")
            ty = parser.parse_type()
            parser.parse_punctuation(")")
            if not isinstance(ty, IntegerType) or ty.width.data not in (32, 64):
                parser.raise_error(f"aiex.npu.address_patch: arg_plus must be i32 or i64, got {ty}")
            value = parser.resolve_operand(operand, ty)
            plus = sx.constant_operand_bits(parser, value, "aiex.npu.address_patch arg_plus", ty.width.data)
            attrs = sx.parse_attr_dict(parser)
            if "arg_plus" in attrs:
                parser.raise_error("aiex.npu.address_patch: arg_plus given both as operand and as attribute")
            attrs["arg_plus"] = IntegerAttr(plus, sx.I64)
        else:
            attrs = sx.parse_attr_dict(parser)
        attrs = cls.normalized(parser, attrs)
        attrs["arg_plus"] = cls.arg_plus_attr(sx.int_of(attrs["arg_plus"]))
        return cls.create(attributes=attrs)

    def verify_limits(self) -> None:
        idx = self.get_int("arg_idx")
        if not 0 <= idx < tm.MAX_HOST_BUFFERS:
            raise VerifyException(
                f"aiex.npu.address_patch: arg_idx {idx} out of range (0..{tm.MAX_HOST_BUFFERS - 1}, kMaxHostBOs = {tm.MAX_HOST_BUFFERS})"
            )
        if self.get_int("addr") % 4:
            raise VerifyException(f"aiex.npu.address_patch: addr {self.get_int('addr'):#x} is not 4-byte aligned")


@irdl_op_definition
class NpuBlockWriteOp(IRDLOperation):
    """`aiex.npu.blockwrite(%g) {address [, column, row | buffer]} : memref<Nxi32>`."""

    name = "aiex.npu.blockwrite"
    data = operand_def(MemRefType)
    SCHEMA: ClassVar = ADDRESS_SCHEMA

    def __init__(self, data: SSAValue, address: int, column: int | None = None, row: int | None = None):
        attrs: dict[str, Attribute] = {"address": sx.KUI32.make(address)}
        if column is not None:
            attrs["column"] = sx.KI32.make(column)
            attrs["row"] = sx.KI32.make(row)
        super().__init__(operands=[data], attributes=attrs)

    get_int = SchemaOp.get_int
    has = SchemaOp.has

    @property
    def absolute_address(self) -> int | None:
        return _absolute_address(self)

    @classmethod
    def parse(cls, parser: Parser):
        parser.parse_punctuation("(")
        unresolved = parser.parse_unresolved_operand()
        parser.parse_punctuation(")")
        try:
            attrs = sx.normalize_attrs(cls.name, sx.parse_attr_dict(parser), cls.SCHEMA)
            sx.require(cls.name, attrs, ("address",))
        except VerifyException as e:
            parser.raise_error(str(e))
        parser.parse_punctuation(":")
        ty = parser.parse_type()
        data = parser.resolve_operand(unresolved, ty)
        return cls.create(operands=[data], attributes=attrs)

    def print(self, printer: Printer) -> None:
        printer.print_string("(")
        printer.print_ssa_value(self.data)
        printer.print_string(")")
        sx.print_attr_dict(printer, self.attributes)
        printer.print_string(" : ")
        printer.print_attribute(self.data.type)

    def verify_(self) -> None:
        t = self.data.type
        if not isinstance(t, MemRefType) or t.element_type != sx.I32 or len(t.shape) != 1:
            raise VerifyException("aiex.npu.blockwrite: data must be a 1-D memref of i32 (one word per element)")
        if self.has("column") != self.has("row"):
            raise VerifyException("aiex.npu.blockwrite: column and row must be given together")


@irdl_op_definition
class NpuPushQueueOp(SchemaOp):
    """`aiex.npu.push_queue(col, row, MM2S : ch) {bd_id, issue_token, repeat_count}`.

    The SSA form `(c, r, DIR:ch) bd_id %b repeat %r {issue_token} : i32, i32` parses too.
    """

    name = "aiex.npu.push_queue"
    SCHEMA: ClassVar = {
        "column": sx.KI32,
        "row": sx.KI32,
        "direction": "string",
        "channel": sx.KI32,
        "issue_token": "bool",
        "repeat_count": sx.KI32,
        "bd_id": sx.KI32,
    }
    REQUIRED: ClassVar = tuple(SCHEMA)

    @property
    def direction(self) -> tm.DmaDir:
        return tm.DmaDir[self.attributes["direction"].data]

    @classmethod
    def parse(cls, parser: Parser):
        parser.parse_punctuation("(")
        col = parser.parse_integer()
        parser.parse_punctuation(",")
        row = parser.parse_integer()
        parser.parse_punctuation(",")
        direction = parser.parse_keyword_in(("MM2S", "S2MM"), " (DMA direction)")
        parser.parse_punctuation(":")
        channel = parser.parse_integer()
        parser.parse_punctuation(")")
        attrs: dict[str, Attribute] = {
            "column": sx.KI32.make(col),
            "row": sx.KI32.make(row),
            "direction": StringAttr(direction),
            "channel": sx.KI32.make(channel),
        }
        if parser.parse_optional_keyword("bd_id"):
            bd = parser.parse_unresolved_operand()
            parser.parse_keyword("repeat")
            rep = parser.parse_unresolved_operand()
            attrs.update(sx.parse_attr_dict(parser))
            folded = sx.finish_constant_operands(parser, {"bd_id": bd, "repeat_count": rep}, cls.name, attrs)
            attrs.update({k: sx.KI32.make(v) for k, v in folded.items()})
        else:
            attrs.update(sx.parse_attr_dict(parser))
        return cls.create(attributes=cls.normalized(parser, attrs))

    def print(self, printer: Printer) -> None:
        printer.print_string(
            f"({self.get_int('column')}, {self.get_int('row')}, {self.direction.name} : {self.get_int('channel')})"
        )
        sx.print_attr_dict(printer, self.attributes, skip=("column", "row", "direction", "channel"))

    def verify_limits(self) -> None:
        regs = tm.registers_for_row(self.get_int("row"))
        if not 0 <= self.get_int("bd_id") < regs.bd_count:
            raise VerifyException(f"aiex.npu.push_queue: bd_id {self.get_int('bd_id')} out of range (0..{regs.bd_count - 1})")
        if not 0 <= self.get_int("repeat_count") <= tm.MAX_REPEAT_COUNT:
            raise VerifyException(
                f"aiex.npu.push_queue: repeat_count {self.get_int('repeat_count')} exceeds the 8-bit limit ({tm.MAX_REPEAT_COUNT})"
            )
        if not 0 <= self.get_int("channel") < regs.channels_per_dir:
            raise VerifyException(f"aiex.npu.push_queue: channel {self.get_int('channel')} out of range")


WRITEBD_FIELDS = (
    "column", "row", "bd_id", "buffer_length", "buffer_offset", "enable_packet", "out_of_order_id",
    "packet_id", "packet_type", "d0_size", "d0_stride", "d1_size", "d1_stride", "d2_size", "d2_stride",
    "iteration_current", "iteration_size", "iteration_stride", "next_bd", "use_next_bd", "valid_bd",
    "lock_rel_val", "lock_rel_id", "lock_acq_enable", "lock_acq_val", "lock_acq_id",
    "d0_zero_before", "d1_zero_before", "d2_zero_before", "d0_zero_after", "d1_zero_after", "d2_zero_after",
)  # fmt: skip


@irdl_op_definition
class NpuWriteBdOp(SchemaOp):
    """Write a whole BD. Attribute-only; field names as mlir-aie's `aiex.npu.writebd`."""

    name = "aiex.npu.writebd"
    SCHEMA: ClassVar = {**{f: sx.KI32 for f in WRITEBD_FIELDS}, "burst_length": sx.KI32, "axcache": sx.KI32}
    REQUIRED: ClassVar = WRITEBD_FIELDS

    def verify_limits(self) -> None:
        row = self.get_int("row")
        regs = tm.registers_for_row(row)
        bd = self.get_int("bd_id")
        if not 0 <= bd < regs.bd_count:
            raise VerifyException(f"aiex.npu.writebd: bd_id {bd} out of range (0..{regs.bd_count - 1})")
        if row != 0:
            return  # memtile/core BD layouts are not modelled; translation rejects them
        if self.get_int("d2_size") != 0:
            raise VerifyException("aiex.npu.writebd: d2_size must be 0 on a shim tile (the shim has no d2 wrap)")
        for f in ("d0_zero_before", "d1_zero_before", "d2_zero_before", "d0_zero_after", "d1_zero_after", "d2_zero_after"):
            if self.get_int(f) != 0:
                raise VerifyException(f"aiex.npu.writebd: {f} must be 0 on a shim tile (zero padding is memtile-only)")
        for f, bits in bd_layout.SHIM_BD_FIELD_BITS.items():
            if f in self.attributes and not 0 <= self.get_int(f) < (1 << bits):
                raise VerifyException(f"aiex.npu.writebd: {f} = {self.get_int(f)} does not fit its {bits}-bit field")
        for f in bd_layout.SIGNED_LOCK_FIELDS:
            if not -64 <= self.get_int(f) <= 63:
                raise VerifyException(f"aiex.npu.writebd: {f} = {self.get_int(f)} does not fit the 7-bit signed field")
        dev = aie.device_of(self)
        if dev is not None:
            try:
                dev.encode_burst(self.get_int("burst_length", 0))
            except ValueError as e:
                raise VerifyException(f"aiex.npu.writebd: {e}") from None

    def shim_bd(self, device: tm.Device) -> bd_layout.ShimBd:
        g = self.get_int
        return bd_layout.ShimBd(
            buffer_length=g("buffer_length"), buffer_offset=g("buffer_offset"),
            enable_packet=g("enable_packet"), out_of_order_id=g("out_of_order_id"),
            packet_id=g("packet_id"), packet_type=g("packet_type"),
            d0_size=g("d0_size"), d0_stride=g("d0_stride"), d1_size=g("d1_size"), d1_stride=g("d1_stride"),
            d2_stride=g("d2_stride"), iteration_current=g("iteration_current"),
            iteration_size=g("iteration_size"), iteration_stride=g("iteration_stride"),
            burst=device.encode_burst(g("burst_length", 0)), axcache=g("axcache", 2),
            next_bd=g("next_bd"), use_next_bd=g("use_next_bd"), valid_bd=g("valid_bd"),
            lock_rel_val=g("lock_rel_val"), lock_rel_id=g("lock_rel_id"),
            lock_acq_enable=g("lock_acq_enable"), lock_acq_val=g("lock_acq_val"), lock_acq_id=g("lock_acq_id"),
        )  # fmt: skip


@irdl_op_definition
class NpuLoadPdiOp(SchemaOp):
    """`aiex.npu.load_pdi {id, size, address [, device_ref = @dev]}`.

    `device_ref` is kept but does not change the bytes: the TXN record carries `id`
    (default 0), which aiecc assigns (PD)."""

    name = "aiex.npu.load_pdi"
    SCHEMA: ClassVar = {"id": sx.KI32, "size": sx.KI32, "address": sx.KUI64, "device_ref": "symbol", "expand_mode": "any"}

    def verify_limits(self) -> None:
        if not 0 <= self.get_int("id", 0) <= 0xFFFF:
            raise VerifyException(f"aiex.npu.load_pdi: id {self.get_int('id', 0)} does not fit 16 bits")


@irdl_op_definition
class NpuPreemptOp(SchemaOp):
    name = "aiex.npu.preempt"
    SCHEMA: ClassVar = {"level": sx.KUI8}
    REQUIRED: ClassVar = ("level",)


@irdl_op_definition
class NpuCreateScratchpadOp(SchemaOp):
    name = "aiex.npu.create_scratchpad"
    SCHEMA: ClassVar = {"size": sx.KUI32, "usage_type": sx.KUI8}
    REQUIRED: ClassVar = ("size",)


STATE_TABLE_FUNCS = ("mul", "incr", "decr")  # aie-rt XAie_StateTableFuncType order


@irdl_op_definition
class NpuUpdateFromScratchpadOp(SchemaOp):
    """`aiex.npu.update_from_scratchpad<incr> {state_table_idx, func_arg, address}`."""

    name = "aiex.npu.update_from_scratchpad"
    SCHEMA: ClassVar = {"state_table_idx": sx.KUI8, "func_arg": sx.KUI32, "func": "string", **ADDRESS_SCHEMA}
    REQUIRED: ClassVar = ("state_table_idx", "address")

    @property
    def func(self) -> str:
        attr = self.attributes.get("func")
        return attr.data if isinstance(attr, StringAttr) else "incr"

    @property
    def absolute_address(self) -> int | None:
        return _absolute_address(self)

    @classmethod
    def parse(cls, parser: Parser):
        func = None
        if parser.parse_optional_punctuation("<"):
            func = parser.parse_keyword_in(STATE_TABLE_FUNCS, " (mul, incr or decr)")
            parser.parse_punctuation(">")
        attrs = sx.parse_attr_dict(parser)
        if func is not None:
            attrs["func"] = StringAttr(func)
        return cls.create(attributes=cls.normalized(parser, attrs))

    def print(self, printer: Printer) -> None:
        printer.print_string(f"<{self.func}>")
        sx.print_attr_dict(printer, self.attributes, skip=("func",))


@irdl_op_definition
class NpuRtpWriteOp(IRDLOperation):
    """`aiex.npu.rtp_write(@buf, index, value)`; the 2026 SSA form `(@buf, i, %v) : i32` parses too."""

    name = "aiex.npu.rtp_write"

    def __init__(self, buffer: str, index: int, value: int):
        super().__init__(
            attributes={"buffer": SymbolRefAttr(buffer), "index": sx.KUI32.make(index), "value": sx.KI32.make(value)}
        )

    @property
    def buffer(self) -> str:
        return self.attributes["buffer"].string_value()

    @property
    def index(self) -> int:
        return sx.int_of(self.attributes["index"])

    @property
    def value(self) -> int:
        return sx.int_of(self.attributes["value"])

    @classmethod
    def parse(cls, parser: Parser):
        parser.parse_punctuation("(")
        buf = aie.parse_symbol(parser)
        parser.parse_punctuation(",")
        index = parser.parse_integer()
        parser.parse_punctuation(",")
        operand = parser.parse_optional_unresolved_operand()
        value = None if operand is not None else parser.parse_integer()
        parser.parse_punctuation(")")
        extra = sx.parse_attr_dict(parser)
        if operand is not None:
            parser.parse_punctuation(":")
            ty = parser.parse_type()
            if ty != sx.I32:  # mlir-aie declares `I32:$value`
                parser.raise_error(f"aiex.npu.rtp_write: value must be i32, got {ty}")
            bits = sx.constant_operand_bits(parser, parser.resolve_operand(operand, ty), "aiex.npu.rtp_write value")
            value = bits - (1 << 32) if bits >= 1 << 31 else bits
        op = cls(buf, index, value)
        op.attributes.update(extra)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(f"(@{self.buffer}, {self.index}, {self.value})")
        sx.print_attr_dict(printer, self.attributes, skip=("buffer", "index", "value"))


@irdl_op_definition
class SetLockOp(IRDLOperation):
    """`aiex.set_lock(%lock, value)`: absolute set from the runtime sequence."""

    name = "aiex.set_lock"
    lock = operand_def(IndexType)

    def __init__(self, lock: SSAValue, value: int):
        super().__init__(operands=[lock], attributes={"value": sx.KI32.make(value)})

    @property
    def value(self) -> int:
        return sx.int_of(self.attributes["value"])

    @classmethod
    def parse(cls, parser: Parser):
        parser.parse_punctuation("(")
        lock = parser.parse_operand(IndexType())
        parser.parse_punctuation(",")
        value = parser.parse_integer()
        parser.parse_punctuation(")")
        op = cls(lock, value)
        op.attributes.update(sx.parse_attr_dict(parser))
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string("(")
        printer.print_ssa_value(self.lock)
        printer.print_string(f", {self.value})")
        sx.print_attr_dict(printer, self.attributes, skip=("value",))


# ---------------------------------------------------------------------------
# dma_memcpy_nd and dma_wait
# ---------------------------------------------------------------------------


@irdl_op_definition
class NpuDmaMemcpyNdOp(IRDLOperation):
    """`aiex.npu.dma_memcpy_nd(%buf[o3,o2,o1,o0][s3..s0][t3..t0] [, packet = <...>]) {id, metadata, ...} : memref<..>`.

    Offsets/sizes/strides are static, in elements, highest dimension first; 3-entry
    lists are padded on the outer side with offset 0, size 1, stride 0.
    """

    name = "aiex.npu.dma_memcpy_nd"
    memref = operand_def(MemRefType)
    SCHEMA: ClassVar = {
        "id": sx.KI64,
        "metadata": "symbol",
        "issue_token": "bool",
        "burst_length": sx.KI64,
        "packet": "any",
        "iter_size": sx.KI64,
        "iter_stride": sx.KI64,
        "repeat_count": sx.KI64,
        **{f"d{i}_zero_{w}": sx.KI64 for i in range(3) for w in ("before", "after")},
    }

    def __init__(
        self,
        memref: SSAValue,
        offsets: Sequence[int],
        sizes: Sequence[int],
        strides: Sequence[int],
        *,
        bd_id: int,
        metadata: str,
        issue_token: bool = False,
        burst_length: int | None = None,
        packet: aie.PacketInfoAttr | None = None,
    ):
        attrs: dict[str, Attribute] = {
            "static_offsets": _i64_array(offsets),
            "static_sizes": _i64_array(sizes),
            "static_strides": _i64_array(strides),
            "id": sx.KI64.make(bd_id),
            "metadata": SymbolRefAttr(metadata),
        }
        if issue_token:
            attrs["issue_token"] = IntegerAttr(1, sx.I1)
        if burst_length is not None:
            attrs["burst_length"] = sx.KI64.make(burst_length)
        if packet is not None:
            attrs["packet"] = packet
        super().__init__(operands=[memref], attributes=attrs)

    get_int = SchemaOp.get_int
    get_bool = SchemaOp.get_bool
    has = SchemaOp.has

    @property
    def offsets(self) -> list[int]:
        return [a.data for a in self.attributes["static_offsets"].data]

    @property
    def sizes(self) -> list[int]:
        return [a.data for a in self.attributes["static_sizes"].data]

    @property
    def strides(self) -> list[int]:
        return [a.data for a in self.attributes["static_strides"].data]

    @property
    def bd_id(self) -> int:
        return self.get_int("id")

    @property
    def metadata(self) -> str:
        return self.attributes["metadata"].string_value()

    @property
    def packet(self) -> aie.PacketInfoAttr | None:
        p = self.attributes.get("packet")
        return p if isinstance(p, aie.PacketInfoAttr) else None

    @property
    def element_bits(self) -> int:
        return element_bits(self.memref.type)

    @classmethod
    def parse(cls, parser: Parser):
        parser.parse_punctuation("(")
        unresolved = parser.parse_unresolved_operand()
        lists = [sx.parse_int_list(parser) for _ in range(3)]
        packet = None
        if parser.parse_optional_punctuation(","):
            parser.parse_keyword("packet")
            parser.parse_punctuation("=")
            packet = _parse_packet(parser)
        parser.parse_punctuation(")")
        attrs = sx.parse_attr_dict(parser)
        parser.parse_punctuation(":")
        ty = parser.parse_type()
        memref = parser.resolve_operand(unresolved, ty)
        for lst, name in zip(lists, ("offsets", "sizes", "strides")):
            if len(lst) == 3:
                lst.insert(0, {"offsets": 0, "sizes": 1, "strides": 0}[name])
            if len(lst) != 4:
                parser.raise_error(f"aiex.npu.dma_memcpy_nd: {name} need 4 (or 3) static entries, got {len(lst)}")
        try:
            attrs = sx.normalize_attrs(cls.name, attrs, cls.SCHEMA)
            sx.require(cls.name, attrs, ("id", "metadata"))
        except VerifyException as e:
            parser.raise_error(str(e))
        if packet is not None:
            attrs["packet"] = packet
        attrs.update(
            static_offsets=_i64_array(lists[0]), static_sizes=_i64_array(lists[1]), static_strides=_i64_array(lists[2])
        )
        return cls.create(operands=[memref], attributes=attrs)

    def print(self, printer: Printer) -> None:
        printer.print_string("(")
        printer.print_ssa_value(self.memref)
        for lst in (self.offsets, self.sizes, self.strides):
            sx.print_int_list(printer, lst)
        if self.packet is not None:
            printer.print_string(", packet = " + aie.packet_body(self.packet))
        printer.print_string(")")
        sx.print_attr_dict(
            printer, self.attributes, skip=("static_offsets", "static_sizes", "static_strides", "packet")
        )
        printer.print_string(" : ")
        printer.print_attribute(self.memref.type)

    def verify_(self) -> None:
        who = f"aiex.npu.dma_memcpy_nd({aie.value_name(self.memref)})"
        if not 0 <= self.bd_id < tm.SHIM_BD_COUNT:
            raise VerifyException(f"{who}: id {self.bd_id} out of range (shim BDs 0..{tm.SHIM_BD_COUNT - 1})")
        if self.packet is not None:
            aie.verify_packet(who, self.packet)
        dev = aie.device_of(self)
        if dev is not None:
            try:
                dev.encode_burst(self.get_int("burst_length", 0))
            except ValueError as e:
                raise VerifyException(f"{who}: {e}") from None
        if any(o < 0 for o in self.offsets):
            raise VerifyException(f"{who}: offsets must be >= 0, got {self.offsets}")
        offset_elems = sum(o * t for o, t in zip(self.offsets, self.strides))  # getOffsetInBytes in elements
        errors = bd_layout.pattern_errors(self.sizes, self.strides, self.element_bits, offset_elems=offset_elems)
        if self.has("iter_size") or self.has("repeat_count"):
            if self.sizes[0] > 1:
                errors.insert(0, "iter_size/repeat_count cannot be combined with sizes[0] > 1 (PD)")
        if errors:
            raise VerifyException(f"{who}: {errors[0]}")


def element_bits(t: Attribute) -> int:
    if not isinstance(t, MemRefType):
        raise VerifyException(f"expected a memref, got {t}")
    et = t.element_type
    width = getattr(et, "bitwidth", None) or getattr(getattr(et, "width", None), "data", None)
    if width is None:
        raise VerifyException(f"unsupported element type {et}")
    return width


def _i64_array(values: Sequence[int]) -> ArrayAttr:
    return ArrayAttr([IntAttr(int(v)) for v in values])


def _parse_packet(parser: Parser) -> aie.PacketInfoAttr:
    """`<pkt_id = P, pkt_type = T>` or `#aie.packet_info<...>`."""
    if parser._current_token.text == "<":
        t, i = aie.parse_packet_body(parser)
        return aie.PacketInfoAttr(t.data, i.data)
    attr = parser.parse_attribute()
    if not isinstance(attr, aie.PacketInfoAttr):
        parser.raise_error("expected packet info <pkt_type = T, pkt_id = P>")
    return attr


@irdl_op_definition
class NpuDmaWaitOp(SchemaOp):
    """`aiex.npu.dma_wait {symbol = @alloc}` -> sync on that channel."""

    name = "aiex.npu.dma_wait"
    SCHEMA: ClassVar = {"symbol": "symbol"}
    REQUIRED: ClassVar = ("symbol",)


# ---------------------------------------------------------------------------
# DMA tasks
# ---------------------------------------------------------------------------


class _TaskOpBase(IRDLOperation):
    TASK_SCHEMA: ClassVar = {"issue_token": "bool", "repeat_count": sx.KI32}

    get_int = SchemaOp.get_int
    get_bool = SchemaOp.get_bool

    @property
    def issue_token(self) -> bool:
        return self.get_bool("issue_token")

    @property
    def repeat_count(self) -> int:
        return self.get_int("repeat_count", 0)

    @property
    def bds(self) -> list[aie.DmaBdOp]:
        return [op for block in self.body.blocks for op in block.ops if isinstance(op, aie.DmaBdOp)]

    def _task_attrs(self, parser: Parser) -> dict[str, Attribute]:
        raise NotImplementedError

    def _verify_task(self, who: str, regs: tm.TileRegisters = tm.SHIM) -> None:
        if not 0 <= self.repeat_count <= tm.MAX_REPEAT_COUNT:
            raise VerifyException(f"{who}: repeat_count {self.repeat_count} exceeds the 8-bit limit ({tm.MAX_REPEAT_COUNT})")
        if not self.body.blocks:
            raise VerifyException(f"{who}: a task needs at least one aie.dma_bd")
        for block in self.body.blocks:
            bds = [op for op in block.ops if isinstance(op, aie.DmaBdOp)]
            if len(bds) != 1:
                raise VerifyException(f"{who}: each block of a task holds exactly one aie.dma_bd, found {len(bds)}")
            bd_id = bds[0].bd_id
            if bd_id is not None and not 0 <= bd_id < regs.bd_count:
                raise VerifyException(f"{who}: bd_id {bd_id} out of range (0..{regs.bd_count - 1})")
            term = block.last_op
            if not isinstance(term, (aie.NextBdOp, aie.EndOp)):
                raise VerifyException(f"{who}: each BD block must end with aie.next_bd or aie.end")


def _parse_task_attrs(parser: Parser, op_name: str) -> dict[str, Attribute]:
    attrs = sx.parse_attr_dict(parser)
    try:
        return sx.normalize_attrs(op_name, attrs, _TaskOpBase.TASK_SCHEMA)
    except VerifyException as e:
        parser.raise_error(str(e))


@irdl_op_definition
class DMAConfigureTaskOp(_TaskOpBase):
    """`%t = aiex.dma_configure_task(%tile, MM2S|S2MM, ch [, packet]) { bds } {issue_token, repeat_count}`."""

    name = "aiex.dma_configure_task"
    tile = operand_def(IndexType)
    result = result_def(IndexType)
    body = region_def()

    def __init__(self, tile: SSAValue, direction: tm.DmaDir, channel: int, body: Region, attributes: dict | None = None):
        attrs = {"direction": StringAttr(direction.name), "channel": sx.KI32.make(channel), **(attributes or {})}
        super().__init__(operands=[tile], result_types=[IndexType()], regions=[body], attributes=attrs)

    @property
    def direction(self) -> tm.DmaDir:
        return tm.DmaDir[self.attributes["direction"].data]

    @property
    def channel(self) -> int:
        return self.get_int("channel")

    @property
    def packet(self) -> aie.PacketInfoAttr | None:
        p = self.attributes.get("packet")
        return p if isinstance(p, aie.PacketInfoAttr) else None

    @property
    def tile_op(self) -> aie.TileOp:
        return aie.tile_of(self.tile, "aiex.dma_configure_task tile")

    @classmethod
    def parse(cls, parser: Parser):
        parser.parse_punctuation("(")
        tile = parser.parse_operand(IndexType())
        parser.parse_punctuation(",")
        direction = parser.parse_keyword_in(("MM2S", "S2MM"), " (DMA direction)")
        parser.parse_punctuation(",")
        channel = parser.parse_integer()
        packet = None
        if parser.parse_optional_punctuation(","):
            packet = _parse_packet(parser)
        parser.parse_punctuation(")")
        region = parser.parse_region()
        attrs = _parse_task_attrs(parser, cls.name)
        if packet is not None:
            attrs["packet"] = packet
        return cls(tile, tm.DmaDir[direction], channel, region, attrs)

    def print(self, printer: Printer) -> None:
        printer.print_string("(")
        printer.print_ssa_value(self.tile)
        printer.print_string(f", {self.direction.name}, {self.channel}")
        if self.packet is not None:
            printer.print_string(", " + aie.packet_body(self.packet))  # stripped, as MLIR prints it
        printer.print_string(") ")
        printer.print_region(self.body)
        sx.print_attr_dict(printer, self.attributes, skip=("direction", "channel", "packet"))

    def verify_(self) -> None:
        tile = aie.tile_of(self.tile, "aiex.dma_configure_task: the tile operand")
        regs = tm.registers_for_row(tile.row)
        if not 0 <= self.channel < regs.channels_per_dir:
            raise VerifyException(
                f"aiex.dma_configure_task: channel {self.channel} out of range for tile ({tile.col}, {tile.row}) (0..{regs.channels_per_dir - 1})"
            )
        if self.packet is not None:
            aie.verify_packet("aiex.dma_configure_task", self.packet)
        self._verify_task("aiex.dma_configure_task", regs)


@irdl_op_definition
class DMAConfigureTaskForOp(_TaskOpBase):
    """`%t = aiex.dma_configure_task_for @alloc { bds } {issue_token, repeat_count}`."""

    name = "aiex.dma_configure_task_for"
    result = result_def(IndexType)
    body = region_def()

    def __init__(self, alloc: str, body: Region, attributes: dict | None = None):
        attrs = {"alloc": SymbolRefAttr(alloc), **(attributes or {})}
        super().__init__(result_types=[IndexType()], regions=[body], attributes=attrs)

    @property
    def alloc(self) -> str:
        return self.attributes["alloc"].string_value()

    @classmethod
    def parse(cls, parser: Parser):
        alloc = aie.parse_symbol(parser)
        region = parser.parse_region()
        return cls(alloc, region, _parse_task_attrs(parser, cls.name))

    def print(self, printer: Printer) -> None:
        printer.print_string(f" @{self.alloc} ")
        printer.print_region(self.body)
        sx.print_attr_dict(printer, self.attributes, skip=("alloc",))

    def verify_(self) -> None:
        self._verify_task(f"aiex.dma_configure_task_for @{self.alloc}")


def task_of(value: SSAValue) -> DMAConfigureTaskOp | DMAConfigureTaskForOp:
    owner = value.owner
    if not isinstance(owner, (DMAConfigureTaskOp, DMAConfigureTaskForOp)):
        raise VerifyException("task operand must come from aiex.dma_configure_task(_for)")
    return owner


class _TaskUseOp(IRDLOperation):
    task = operand_def(IndexType)

    def __init__(self, task: SSAValue):
        super().__init__(operands=[task])

    @classmethod
    def parse(cls, parser: Parser):
        parser.parse_punctuation("(")
        task = parser.parse_operand(IndexType())
        parser.parse_punctuation(")")
        op = cls(task)
        op.attributes.update(sx.parse_attr_dict(parser))
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string("(")
        printer.print_ssa_value(self.task)
        printer.print_string(")")
        sx.print_attr_dict(printer, self.attributes)

    def verify_(self) -> None:
        if not isinstance(self.task.owner, _TaskOpBase):
            raise VerifyException(f"{self.name}: the task operand must come from aiex.dma_configure_task(_for)")


@irdl_op_definition
class DMAStartTaskOp(_TaskUseOp):
    name = "aiex.dma_start_task"


@irdl_op_definition
class DMAAwaitTaskOp(_TaskUseOp):
    name = "aiex.dma_await_task"

    def verify_(self) -> None:
        super().verify_()
        task = self.task.owner
        if isinstance(task, _TaskOpBase) and not task.issue_token:
            raise VerifyException("aiex.dma_await_task: the task does not issue a token (set issue_token = true)")


@irdl_op_definition
class DMAFreeTaskOp(_TaskUseOp):
    name = "aiex.dma_free_task"


class _LegacyRuntimeSequence(IRDLOperation):
    """`aiex.runtime_sequence` (pre-2026): parses as aie.runtime_sequence (spec §2 PD)."""

    name = "aiex.runtime_sequence"

    @classmethod
    def parse(cls, parser: Parser):
        return aie.RuntimeSequenceOp.parse(parser)


LegacyRuntimeSequenceOp = irdl_op_definition(_LegacyRuntimeSequence)


AIEX = Dialect(
    "aiex",
    [
        NpuWrite32Op,
        NpuMaskWrite32Op,
        NpuMaskPollOp,
        NpuSyncOp,
        NpuAddressPatchOp,
        NpuBlockWriteOp,
        NpuPushQueueOp,
        NpuWriteBdOp,
        NpuLoadPdiOp,
        NpuPreemptOp,
        NpuCreateScratchpadOp,
        NpuUpdateFromScratchpadOp,
        NpuRtpWriteOp,
        SetLockOp,
        NpuDmaMemcpyNdOp,
        NpuDmaWaitOp,
        DMAConfigureTaskOp,
        DMAConfigureTaskForOp,
        DMAStartTaskOp,
        DMAAwaitTaskOp,
        DMAFreeTaskOp,
        LegacyRuntimeSequenceOp,
    ],
    [],
)
