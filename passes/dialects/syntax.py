"""Shared parsing/printing helpers for the aie/aiex custom syntax.

mlir-aie declares each integer attribute with a fixed type (`address : ui32`,
`column : i32`, `level : ui8`, ...). Users write hex or decimal and sometimes another
integer type; we normalise every attribute to its declared type at parse time (with a
range check) so one canonical form prints, and so a round trip is the identity.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from xdsl.dialects.arith import ConstantOp
from xdsl.dialects.builtin import (
    IntegerAttr,
    IntegerType,
    Signedness,
    StringAttr,
    SymbolRefAttr,
    UnitAttr,
)
from xdsl.ir import Attribute, SSAValue
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException

I1 = IntegerType(1)
I8 = IntegerType(8)
I32 = IntegerType(32)
I64 = IntegerType(64)
UI8 = IntegerType(8, Signedness.UNSIGNED)
UI32 = IntegerType(32, Signedness.UNSIGNED)
UI64 = IntegerType(64, Signedness.UNSIGNED)


@dataclass(frozen=True)
class IntKind:
    """The declared type of an integer attribute and its legal value range."""

    type: IntegerType
    lo: int
    hi: int

    def make(self, value: int) -> IntegerAttr:
        return IntegerAttr(value, self.type)


def _kind(t: IntegerType) -> IntKind:
    w = t.width.data
    if t.signedness.data == Signedness.UNSIGNED:
        return IntKind(t, 0, (1 << w) - 1)
    # Signless i32 attributes in mlir-aie hold bit patterns: accept both spellings.
    return IntKind(t, -(1 << (w - 1)), (1 << w) - 1)


KUI8, KUI32, KUI64 = _kind(UI8), _kind(UI32), _kind(UI64)
KI32, KI64 = _kind(I32), _kind(I64)

# A schema entry: an IntKind, "bool", "symbol", "unit", "string", or "any".
AttrKind = IntKind | str


def int_of(attr: Attribute | None, default: int | None = None) -> int:
    if attr is None:
        if default is None:
            raise KeyError("missing integer attribute")
        return default
    if isinstance(attr, IntegerAttr):  # BoolAttr (i1) included; it is an alias, not a class
        return attr.value.data
    raise TypeError(f"expected an integer attribute, got {attr}")


def bool_of(attr: Attribute | None, default: bool = False) -> bool:
    if attr is None:
        return default
    if isinstance(attr, IntegerAttr):
        return bool(attr.value.data)
    raise TypeError(f"expected a boolean attribute, got {attr}")


def symbol_of(attr: Attribute | None) -> str | None:
    if attr is None:
        return None
    if isinstance(attr, SymbolRefAttr):
        return attr.string_value()
    if isinstance(attr, StringAttr):
        return attr.data
    raise TypeError(f"expected a symbol reference, got {attr}")


def normalize_attr(op_name: str, name: str, attr: Attribute, kind: AttrKind) -> Attribute:
    """Coerce a parsed attribute to its declared kind, or raise a one-line error."""
    if isinstance(kind, IntKind):
        if isinstance(attr, IntegerAttr) and not isinstance(attr.type, type(None)):
            value = attr.value.data
            if not kind.lo <= value <= kind.hi:
                raise VerifyException(
                    f"{op_name}: {name} = {value} does not fit {kind.type} "
                    f"(range {kind.lo}..{kind.hi})"
                )
            return kind.make(value)
        raise VerifyException(f"{op_name}: {name} must be an integer, got {attr}")
    if kind == "bool":
        if isinstance(attr, IntegerAttr) and attr.type == I1:
            return attr
        if isinstance(attr, IntegerAttr) and attr.value.data in (0, 1):
            return IntegerAttr.from_bool(bool(attr.value.data))
        if isinstance(attr, UnitAttr):  # `{issue_token}` as spec §2 writes it: true
            return IntegerAttr.from_bool(True)
        raise VerifyException(f"{op_name}: {name} must be true or false, got {attr}")
    if kind == "symbol":
        if isinstance(attr, SymbolRefAttr):
            return attr
        raise VerifyException(f"{op_name}: {name} must be a symbol reference (@name), got {attr}")
    if kind == "unit":
        if isinstance(attr, UnitAttr):
            return attr
        raise VerifyException(f"{op_name}: {name} takes no value")
    if kind == "string":
        if isinstance(attr, StringAttr):
            return attr
        raise VerifyException(f"{op_name}: {name} must be a string, got {attr}")
    return attr


def normalize_attrs(
    op_name: str, attrs: Mapping[str, Attribute], schema: Mapping[str, AttrKind], *, open_schema: bool = False
) -> dict[str, Attribute]:
    out: dict[str, Attribute] = {}
    for name, attr in attrs.items():
        if name in schema:
            out[name] = normalize_attr(op_name, name, attr, schema[name])
        elif open_schema:
            out[name] = attr
        else:
            known = ", ".join(sorted(schema))
            raise VerifyException(f"{op_name}: unknown attribute '{name}' (expected: {known})")
    return out


def require(op_name: str, attrs: Mapping[str, Attribute], names: tuple[str, ...]) -> None:
    missing = [n for n in names if n not in attrs]
    if missing:
        raise VerifyException(f"{op_name}: missing required attribute(s) {', '.join(missing)}")


def print_attr_dict(printer: Printer, attrs: Mapping[str, Attribute], skip: tuple[str, ...] = ()) -> None:
    """Print ` {a = .., b = ..}` sorted by name, as MLIR prints a dictionary."""
    items = {k: attrs[k] for k in sorted(attrs) if k not in skip}
    if items:
        printer.print_string(" ")
        printer.print_attr_dict(items)


def parse_attr_dict(parser: Parser) -> dict[str, Attribute]:
    return dict(parser.parse_optional_attr_dict())


def constant_operand_bits(parser: Parser, value: SSAValue, what: str, width: int = 32) -> int:
    """Value of an SSA operand that must come from `arith.constant`, as raw bits.

    mlir-aie's translation also rejects non-constant operands (AIETargetNPU.cpp); we
    fold them into attributes at parse time so only the attribute form prints.
    """
    try:
        owner = value.owner
    except ValueError:  # a forward reference: not defined before this use
        owner = None
    if not isinstance(owner, ConstantOp) or not isinstance(owner.value, IntegerAttr):
        parser.raise_error(f"{what} must be an arith.constant integer defined before this use")
    return owner.value.value.data & ((1 << width) - 1)


def parse_constant_operands(
    parser: Parser, names: tuple[str, ...], op_name: str
) -> dict[str, int]:
    """Parse the `(%a, %b, ...)` of an SSA-operand form: name -> unresolved operand.

    The caller parses the attr-dict, then `finish_constant_operands` reads the types
    and folds each operand to its constant value.
    """
    unresolved = parser.parse_comma_separated_list(
        Parser.Delimiter.PAREN, parser.parse_unresolved_operand, f" in {op_name} operands"
    )
    if len(unresolved) != len(names):
        parser.raise_error(f"{op_name} takes {len(names)} operands ({', '.join(names)}), got {len(unresolved)}")
    return dict(zip(names, unresolved))  # resolved by finish_constant_operands


def finish_constant_operands(
    parser: Parser, unresolved: dict, op_name: str, attrs: Mapping[str, Attribute] = {}
) -> dict[str, int]:
    """`attrs` is the op's attr-dict: a field may not be both an operand and an attribute."""
    parser.parse_punctuation(":", f" before {op_name} operand types")
    types = parser.parse_comma_separated_list(Parser.Delimiter.NONE, parser.parse_type)
    if len(types) != len(unresolved):
        parser.raise_error(f"{op_name}: expected {len(unresolved)} operand types, got {len(types)}")
    both = [n for n in unresolved if n in attrs]
    if both:
        parser.raise_error(f"{op_name}: {', '.join(both)} given both as operand and as attribute")
    out: dict[str, int] = {}
    for (name, operand), ty in zip(unresolved.items(), types):
        if ty != I32:  # mlir-aie declares these operands I32
            parser.raise_error(f"{op_name}: operand {name} must be i32, got {ty}")
        val = parser.resolve_operand(operand, ty)
        out[name] = constant_operand_bits(parser, val, f"{op_name} operand '{name}'", ty.width.data)
    return out


def parse_int_list(parser: Parser, delimiter=Parser.Delimiter.SQUARE) -> list[int]:
    return parser.parse_comma_separated_list(delimiter, parser.parse_integer)


def print_int_list(printer: Printer, values, brackets: str = "[]") -> None:
    printer.print_string(brackets[0] + ", ".join(str(v) for v in values) + brackets[1])


def set_name(value: SSAValue, name: str | None) -> None:
    """Give a value an exact printed name (xDSL's setter would strip `_<n>`)."""
    value._name = name if name and SSAValue.is_valid_name(name) else None
