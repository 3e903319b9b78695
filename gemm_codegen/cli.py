"""gemm-codegen: build fused GEMM designs, run them, and inspect insts.bin.

    gemm-codegen disasm insts.bin [--mlir] [--no-fold-ddr-offset]
    gemm-codegen build ...   (see `gemm-codegen build -h`)
    gemm-codegen run OUTDIR  (see `gemm-codegen run -h`)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gemm_codegen.build import register_cli as build_cli
from gemm_codegen.run import register_cli as run_cli
from passes import disasm, npu_binary
from passes.diagnostics import UserError
from passes.tools.common import ArgumentParser, fail

TOOL = "gemm-codegen"


def cmd_disasm(args: argparse.Namespace) -> int:
    try:
        data = Path(args.insts).read_bytes()
    except OSError as e:
        fail(TOOL, f"cannot read {args.insts}: {e.strerror}")
    try:
        txn = npu_binary.decode(data, fold_ddr_offset=not args.no_fold_ddr_offset)
        text = disasm.to_mlir(txn) if args.mlir else disasm.listing(txn)
    except (npu_binary.TxnDecodeError, ValueError) as e:
        fail(TOOL, f"{args.insts}: {e}")
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def make_parser() -> argparse.ArgumentParser:
    ap = ArgumentParser(prog=TOOL, description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)

    d = sub.add_parser("disasm", help="decode an insts.bin into a readable listing")
    d.add_argument("insts", help="TXN 0.1 instruction file (insts.bin)")
    d.add_argument("--mlir", action="store_true", help="print aiex.npu.* ops that re-encode to the same bytes")
    d.add_argument("--no-fold-ddr-offset", action="store_true", help="the file was written without the DDR fold")
    d.set_defaults(func=cmd_disasm)

    build_cli(sub)
    run_cli(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except UserError as e:
        fail(TOOL, str(e))


if __name__ == "__main__":
    sys.exit(main())
