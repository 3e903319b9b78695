"""gemm-opt: parse, run a pass pipeline, verify and print (xdsl-opt style).

    gemm-opt [FILE|-] [-p PIPELINE] [-o OUT] [--print-op-generic]
             [--split-input-file] [--verify-diagnostics]

PIPELINE is comma-separated pass names with MLIR-style options, e.g.
`aie-dma-to-npu,aie-verify-buffer-bindings{bindings=true}`.
With --verify-diagnostics an error is printed to stdout (for FileCheck) and the exit
status is 0; without it the error goes to stderr and the status is 1.
"""

from __future__ import annotations

import sys

from xdsl.passes import PassPipeline
from xdsl.utils.exceptions import ArgSpecParseError, DiagnosticException, VerifyException

from passes.diagnostics import UserError
from passes.dialects import make_context, parse_mlir, print_mlir, verify_module
from passes.tools.common import ArgumentParser, fail, read_text, write_output
from passes.transforms import PASSES

TOOL = "gemm-opt"
SPLIT_MARKER = "// -----"


def build_pipeline(spec: str) -> PassPipeline:
    try:
        return PassPipeline.parse_spec(PASSES, spec)
    except (ValueError, ArgSpecParseError) as e:
        names = ", ".join(sorted(PASSES))
        raise UserError(f"bad pipeline '{spec}': {str(e).strip().splitlines()[-1]} (passes: {names})") from None


def run_chunk(text: str, name: str, pipeline: PassPipeline | None, generic: bool) -> str:
    module = parse_mlir(text, name)
    if pipeline is not None:
        try:
            pipeline.apply(make_context(), module)
        except (VerifyException, DiagnosticException) as e:
            raise UserError(str(e).strip().splitlines()[0]) from None
        verify_module(module, name)
    return print_mlir(module, generic=generic)


def split_chunks(text: str) -> list[str]:
    chunks, current = [], []
    for line in text.splitlines(keepends=True):
        if line.strip() == SPLIT_MARKER:
            chunks.append("".join(current))
            current = []
        else:
            current.append(line)
    chunks.append("".join(current))
    return chunks


def main(argv: list[str] | None = None) -> int:
    ap = ArgumentParser(prog=TOOL, description="Run gemm-codegen passes on aie/aiex MLIR.")
    ap.add_argument("input", nargs="?", default="-", help="input file, or - for stdin")
    ap.add_argument("-p", "--passes", default="", help="comma-separated pass pipeline")
    ap.add_argument("-o", "--output", help="output file (default stdout)")
    ap.add_argument("--print-op-generic", action="store_true", help="print the generic op form")
    ap.add_argument("--split-input-file", action="store_true", help=f"process chunks separated by '{SPLIT_MARKER}'")
    ap.add_argument("--verify-diagnostics", action="store_true", help="print errors to stdout and exit 0")
    args = ap.parse_args(argv)

    text, name = read_text(args.input)
    outputs: list[str] = []
    try:
        pipeline = build_pipeline(args.passes) if args.passes else None
        chunks = split_chunks(text) if args.split_input_file else [text]
        for chunk in chunks:
            try:
                outputs.append(run_chunk(chunk, name, pipeline, args.print_op_generic))
            except UserError as e:
                if not args.verify_diagnostics:
                    raise
                outputs.append(f"{e}\n")
    except UserError as e:
        fail(TOOL, str(e))
    write_output(args.output, f"{SPLIT_MARKER}\n".join(outputs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
