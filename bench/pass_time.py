"""Pass-time benchmark: aie-dma-to-npu and the buffer-binding verifier on long sequences.

Goal (issue 3): linear in the number of ops; ~5,000 pushes well under a second.
    python bench/pass_time.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from passes.dialects import make_context, parse_mlir  # noqa: E402
from passes.transforms.dma_to_npu import DmaToNpu  # noqa: E402
from passes.transforms.verify_buffer_bindings import analyze_bindings  # noqa: E402


def memcpy_module(n: int) -> str:
    """n strided dma_memcpy_nd transfers over 4 shim channels."""
    body = "\n".join(
        f"      aiex.npu.dma_memcpy_nd(%a[0,0,0,{(i * 64) % 4096}][2,4,8,32][4096,256,64,1]) "
        f"{{id = {i % 16} : i64, metadata = @c{i % 4}}} : memref<65536xi32>"
        for i in range(n)
    )
    tiles = "\n".join(f"    %t{c} = aie.tile({c}, 0)\n    aie.shim_dma_allocation @c{c} (%t{c}, MM2S, 0)" for c in range(4))
    return f"module {{\n  aie.device(npu1) {{\n{tiles}\n    aie.runtime_sequence @seq(%a: memref<65536xi32>) {{\n{body}\n    }}\n  }}\n}}\n"


def lowered_module(pushes: int) -> str:
    """`pushes` already-lowered S2MM tasks (BD write, patch, push, sync) over 4 columns."""
    body = []
    for g in range(pushes):
        col, bd = g % 4, g % 16
        base = col << 25
        body.append(f"%g{g} = memref.get_global @bd64 : memref<8xi32>")
        body.append(f"aiex.npu.blockwrite(%g{g}) {{address = {base | (0x1D000 + 0x20 * bd)} : ui32}} : memref<8xi32>")
        body.append(f"aiex.npu.address_patch {{addr = {base | (0x1D004 + 0x20 * bd)} : ui32, arg_idx = 0 : i32, arg_plus = 0 : i32}}")
        body.append(f"aiex.npu.write32 {{address = {base | 0x1D204} : ui32, value = {0x80000000 | bd} : ui32}}")
        body.append(f"aiex.npu.sync {{column = {col} : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}}")
    return (
        "module {\n aie.device(npu2) {\n"
        ' memref.global "private" constant @bd64 : memref<8xi32> = dense<[64, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>\n'
        " aie.runtime_sequence @seq(%C: memref<4096xi32>) {\n" + "\n".join(body) + "\n }\n }\n}\n"
    )


def timed(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> int:
    print(f"{'pass':<28} {'size':>6} {'cpu (s)':>8} {'per 1000 (s)':>13}")
    for n in (1000, 2000, 4000):
        module = parse_mlir(memcpy_module(n), verify=False)
        t = timed(lambda: DmaToNpu().apply(make_context(), module))
        print(f"{'aie-dma-to-npu':<28} {n:>6} {t:>8.3f} {1000 * t / n:>13.3f}")
    for n in (1000, 5000):
        module = parse_mlir(lowered_module(n), verify=False)
        t = timed(lambda: analyze_bindings(module))
        print(f"{'aie-verify-buffer-bindings':<28} {n:>6} {t:>8.3f} {1000 * t / n:>13.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
