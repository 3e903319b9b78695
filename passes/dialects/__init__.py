"""Dialects, context, parser and printer for the mlir-aie subset we compile.

`parse_mlir(text)` and `print_mlir(module)` are the only entry points other packages
need; both use the same context, so every tool reads and writes one syntax.
"""

from __future__ import annotations

import io
import re

from xdsl.context import Context
from xdsl.dialects.arith import Arith
from xdsl.dialects.builtin import Builtin, ModuleOp
from xdsl.dialects.func import Func, FuncOp
from xdsl.dialects.utils.format import print_func_op_like
from xdsl.dialects.scf import Scf
from xdsl.ir import Operation, SSAValue
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.utils.exceptions import ParseError, VerifyException
from xdsl.utils.mlir_lexer import MLIRLexer, MLIRTokenKind

from passes.diagnostics import UserError
from passes.dialects.aie import AIE
from passes.dialects.aiex import AIEX
from passes.dialects.memref_ext import MEMREF
from passes.dialects.syntax import set_name
from passes.dialects.opaque import OPAQUE, OPAQUE_NAMESPACES, OpaqueOp


# xDSL 0.74's string-literal regex nests `+` inside `*`, so an unterminated string (a
# missing `"`) backtracks exponentially and the tool hangs. Same language, one
# character per step: linear.
MLIRLexer._unescaped_characters_regex = re.compile(r'"(?:[^"\\\n\v\f]|\\(?:["nt\\]|[0-9A-Fa-f]{2}))*"')


def make_context() -> Context:
    ctx = Context()
    for dialect in (Builtin, Func, Arith, Scf, MEMREF, AIE, AIEX, OPAQUE):
        ctx.load_dialect(dialect)
    return ctx


class DesignParser(Parser):
    """Parser that keeps unregistered aie/aiex ops as verbatim text (see opaque.py)."""

    _bound_results: int = 0

    def _register_ssa_definition(self, name, values, span):
        super()._register_ssa_definition(name, values, span)
        # xDSL drops a trailing `_<n>` from names; mlir-aie names such as
        # %tile_0_0 must survive a round trip unchanged.
        if len(values) == 1:
            set_name(values[0], name)

    def _parse_op_result_list(self):
        results = super()._parse_op_result_list()
        self._bound_results = sum(size for _, size in results)
        return results

    def _get_op_by_name(self, name: str) -> type[Operation]:
        op_type = self.ctx.get_optional_op(name, dialect_stack=self._parser_state.dialect_stack)
        if op_type is not None:
            return op_type
        if name.startswith(OPAQUE_NAMESPACES):
            return _opaque_class(name, self._bound_results)
        self.raise_error(f"unknown operation '{name}'")

    def capture_op_text(self) -> str:
        """Consume tokens up to the end of the current op: balanced (), [], {}
        and a line break at depth 0 (mlir-aie prints one op per line)."""
        content = self.lexer.input.content
        start = self.pos
        if content[:start].rstrip(" \t").endswith("\n"):
            return ""  # nothing follows the op name on its line (e.g. a bare `aie.foo`)
        end = start
        depth = 0
        first = True
        while True:
            tok = self._current_token
            if tok.kind == MLIRTokenKind.EOF:
                break
            if depth == 0 and not first and "\n" in content[end : tok.span.start]:
                break
            if tok.text in ("(", "[", "{"):
                depth += 1
            elif tok.text in (")", "]", "}"):
                if depth == 0:
                    break
                depth -= 1
            end = tok.span.end
            first = False
            self._consume_token()
        # Store continuation lines relative to the op's own indentation; the printer
        # re-indents them at the depth where the op is printed.
        line_begin = content.rfind("\n", 0, start) + 1
        indent = len(content[line_begin:start]) - len(content[line_begin:start].lstrip(" "))
        lines = content[start:end].split("\n")
        return "\n".join([lines[0]] + [ln[indent:] if ln[:indent].isspace() else ln.lstrip(" ") for ln in lines[1:]])


def _opaque_class(name: str, num_results: int) -> type:
    class _Opaque:
        @classmethod
        def parse(cls, parser: DesignParser) -> OpaqueOp:
            text = parser.capture_op_text()
            return OpaqueOp(name, f"{name}{' ' if text and text[0] not in '(<' else ''}{text}", num_results)

        @classmethod
        def dialect_name(cls) -> str:
            return name.split(".")[0]

        @classmethod
        def create(cls, **_: object) -> OpaqueOp:
            # The generic form `"aie.foo"(...)` has no source text to keep.
            raise VerifyException(f"unknown operation '{name}' (an unmodelled op must use its custom form)")

    return _Opaque


class DesignPrinter(Printer):
    """Prints `module` like MLIR, opaque ops as their source text, and SSA names
    exactly as hinted (uniqued with `_<n>` only on a clash)."""

    def print_ssa_value(self, value: SSAValue) -> str:
        if value not in self._ssa_values and value.name_hint:
            name, i = value.name_hint, 0
            while name in self.ssa_names:
                i += 1
                name = f"{value.name_hint}_{i}"
            self.ssa_names[name] = 1
            self._ssa_values[value] = name
        return super().print_ssa_value(value)

    def print_op(self, op: Operation) -> None:
        if isinstance(op, OpaqueOp):
            self._print_results(op)
            self.print_string(op.text)
            return
        if isinstance(op, FuncOp) and not op.body.blocks and not self.print_generic_format:
            # A declaration prints as MLIR does: `func.func private @k(memref<..>)`, no `-> ()`.
            self.print_string("func.func")
            if op.sym_visibility:
                self.print_string(f" {op.sym_visibility.data}")
            print_func_op_like(
                self, op.sym_name, op.function_type, op.body, op.attributes,
                arg_attrs=op.arg_attrs, res_attrs=op.res_attrs,
                reserved_attr_names=("sym_name", "function_type", "sym_visibility", "arg_attrs"),
                print_empty_outputs=False,
            )  # fmt: skip
            return
        if isinstance(op, ModuleOp) and not self.print_generic_format:
            self.print_string("module")
            if op.sym_name is not None:
                self.print_string(" ")
                self.print_symbol_name(op.sym_name.data)
            attrs = {k: v for k, v in op.attributes.items() if k != "sym_name"}
            if attrs:
                self.print_string(" attributes ")
                self.print_attr_dict(attrs)
            self.print_string(" ")
            self.print_region(op.body, print_empty_block=False)
            return
        super().print_op(op)


class MlirError(UserError):
    """A parse or verification error, as one line."""


def format_parse_error(e: ParseError) -> str:
    loc = e.span.get_location()
    return f"{loc.file}:{loc.line}:{loc.col}: error: {e.msg}"


def parse_mlir(text: str, name: str = "<stdin>", *, verify: bool = True) -> ModuleOp:
    """Parse (and verify) MLIR text; errors become MlirError with one clear line."""
    try:
        parser = DesignParser(make_context(), text, name)  # lexes the first token: may raise
        module = parser.parse_module()
    except ParseError as e:
        raise MlirError(format_parse_error(e)) from None
    except (VerifyException, MemoryError, OverflowError) as e:
        # An attribute or type xDSL itself rejects while parsing (e.g. `-1 : ui32`, `i99999999999`).
        loc = parser._current_token.span.get_location()
        msg = str(e).strip().splitlines()[0] if str(e).strip() else "value too large"
        raise MlirError(f"{loc.file}:{loc.line}:{loc.col}: error: {msg}") from None
    except (KeyError, ValueError, TypeError, AttributeError, IndexError, NotImplementedError) as e:
        # xDSL's parser fails on some malformed inputs without a ParseError (e.g. a block
        # label defined twice, a dense literal of an i1023 memref): still one line.
        loc = parser._current_token.span.get_location()
        raise MlirError(f"{loc.file}:{loc.line}:{loc.col}: error: cannot parse this input ({type(e).__name__}: {e})") from None
    if verify:
        verify_module(module, name)
    return module


def verify_module(module: ModuleOp, name: str = "<input>") -> None:
    try:
        module.verify()
    except VerifyException as e:
        msg = str(e).strip().splitlines()[0] if str(e).strip() else "verification failed"
        raise MlirError(f"{name}: error: {msg}") from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as e:
        # An op built without the attributes its verifier reads (e.g. from the
        # generic form `"aie.tile"() : () -> index`): name the op, not a traceback.
        raise MlirError(f"{name}: error: {_malformed_op(module, e)}") from None


def _malformed_op(module: ModuleOp, error: Exception) -> str:
    for op in module.walk():
        try:
            op.verify(verify_nested_ops=False)
        except Exception:
            return _malformed_op_message(op, error)
    return f"malformed IR ({_error_text(error)})"


def _error_text(error: Exception) -> str:
    key = str(error.args[0]) if error.args else ""
    if isinstance(error, KeyError):
        return key if " " in key else f"missing attribute '{key}'"
    return (str(error).strip().splitlines() or [""])[0]


def _malformed_op_message(op: Operation, error: Exception) -> str:
    return f"{op.name}: malformed op ({_error_text(error)})"


def print_mlir(op: Operation, *, generic: bool = False) -> str:
    out = io.StringIO()
    printer = DesignPrinter(stream=out, print_generic_format=generic)
    try:
        printer.print_op(op)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as e:
        # An op its verifier let through without the attributes its printer reads
        # (generic input): name the innermost such op instead of a traceback.
        for inner in op.walk(region_first=True):
            try:
                DesignPrinter(stream=io.StringIO(), print_generic_format=generic).print_op(inner)
            except Exception as inner_error:
                raise MlirError(_malformed_op_message(inner, inner_error)) from None
        raise MlirError(f"cannot print the IR ({e})") from None
    text = out.getvalue()
    return text if text.endswith("\n") else text + "\n"
