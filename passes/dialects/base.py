"""Base class for aie/aiex ops whose attributes follow a declared schema."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from xdsl.dialects.builtin import FlatSymbolRefAttr, IntegerAttr, StringAttr, SymbolRefAttr, UnitAttr
from xdsl.ir import Attribute
from xdsl.irdl import IRDLOperation
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException

from passes.dialects import syntax as sx


class SchemaOp(IRDLOperation):
    """An op with attributes only, printed as a sorted attr-dict.

    SCHEMA maps attribute names to their kind (see syntax.AttrKind); REQUIRED lists the
    names that must be present. `make(**values)` builds one from Python values.
    """

    SCHEMA: ClassVar[Mapping[str, sx.AttrKind]] = {}
    REQUIRED: ClassVar[tuple[str, ...]] = ()
    OPEN_SCHEMA: ClassVar[bool] = False

    @classmethod
    def typed_attrs(cls, values: Mapping[str, object]) -> dict[str, Attribute]:
        attrs: dict[str, Attribute] = {}
        for name, value in values.items():
            if value is None:
                continue
            kind = cls.SCHEMA.get(name, "any")
            if isinstance(value, Attribute):
                attrs[name] = value
            elif isinstance(kind, sx.IntKind):
                attrs[name] = sx.normalize_attr(cls.name, name, IntegerAttr(int(value), sx.I64 if int(value) < 2**63 else sx.UI64), kind)
            elif kind == "bool":
                attrs[name] = IntegerAttr.from_bool(bool(value))  # BoolAttr is an alias here, not a constructor
            elif kind == "symbol":
                attrs[name] = SymbolRefAttr(str(value))
            elif kind == "unit":
                if value:
                    attrs[name] = UnitAttr()
            elif kind == "string":
                attrs[name] = StringAttr(str(value))
            else:
                raise TypeError(f"{cls.name}: cannot convert {name}={value!r}")
        return attrs

    @classmethod
    def make(cls, **values: object):
        return cls.create(attributes=cls.typed_attrs(values))

    def get_int(self, name: str, default: int | None = None) -> int:
        return sx.int_of(self.attributes.get(name), default)

    def get_bool(self, name: str, default: bool = False) -> bool:
        return sx.bool_of(self.attributes.get(name), default)

    def get_symbol(self, name: str) -> str | None:
        return sx.symbol_of(self.attributes.get(name))

    def has(self, name: str) -> bool:
        return name in self.attributes

    @classmethod
    def normalized(cls, parser: Parser, attrs: Mapping[str, Attribute]) -> dict[str, Attribute]:
        try:
            out = sx.normalize_attrs(cls.name, attrs, cls.SCHEMA, open_schema=cls.OPEN_SCHEMA)
            sx.require(cls.name, out, cls.REQUIRED)
        except VerifyException as e:
            parser.raise_error(str(e))
        return out

    @classmethod
    def parse(cls, parser: Parser):
        attrs = cls.normalized(parser, sx.parse_attr_dict(parser))
        return cls.create(attributes=attrs)

    def print(self, printer: Printer) -> None:
        sx.print_attr_dict(printer, self.attributes)

    def verify_(self) -> None:
        sx.require(self.name, self.attributes, self.REQUIRED)
        sx.normalize_attrs(self.name, self.attributes, self.SCHEMA, open_schema=self.OPEN_SCHEMA)
        self.verify_limits()

    def verify_limits(self) -> None:
        """Hardware-limit checks; subclasses override."""


__all__ = ["SchemaOp", "FlatSymbolRefAttr"]
