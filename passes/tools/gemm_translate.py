"""gemm-translate: runtime sequence -> insts.bin / insts.txt (aie-translate style).

    gemm-translate [FILE|-] (--npu-to-binary -o insts.bin | --npu-to-hex)
                   [--sequence-name N] [--no-fold-ddr-offset]
"""

from __future__ import annotations

import sys

from passes import npu_binary as nb
from passes.diagnostics import UserError
from passes.dialects import parse_mlir
from passes.tools.common import ArgumentParser, fail, read_text, write_atomic, write_output
from passes.translate import translate_sequence

TOOL = "gemm-translate"


def main(argv: list[str] | None = None) -> int:
    ap = ArgumentParser(prog=TOOL, description="Translate a runtime sequence to TXN 0.1 instructions.")
    ap.add_argument("input", nargs="?", default="-", help="input MLIR file, or - for stdin")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--npu-to-binary", action="store_true", help="write little-endian words to -o")
    mode.add_argument("--npu-to-hex", action="store_true", help="print one %%08X word per line")
    ap.add_argument("-o", "--output", help="output file (required with --npu-to-binary)")
    ap.add_argument("--sequence-name", help="runtime sequence to translate (default: the unnamed or only one)")
    ap.add_argument(
        "--no-fold-ddr-offset",
        action="store_true",
        help="do not add 0x80000000 to arg_plus for arg_idx >= 5 (full-ELF/HRX runtimes)",
    )
    args = ap.parse_args(argv)
    if args.npu_to_binary and not args.output:
        fail(TOOL, "--npu-to-binary needs -o FILE")

    text, name = read_text(args.input)
    try:
        module = parse_mlir(text, name)
        txn = translate_sequence(module, args.sequence_name)
        words = nb.encode_words(txn, fold_ddr_offset=not args.no_fold_ddr_offset)
    except (UserError, ValueError) as e:
        fail(TOOL, str(e))
    if args.npu_to_binary:
        write_atomic(args.output, nb.words_to_bytes(words))
    else:
        write_output(args.output, nb.format_hex(words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
