"""aie-verify-buffer-bindings: the closed-form byte range equals an explicit enumeration
of spec §9's address generation, and the verifier is linear and fast.

The reference below is written from the spec text, independently of the pass:
word k of a BD maps to byte off + 4·(i0·S0 + i1·S1 + i2·S2 + cur·Sit) with
i0 = k mod D0, i1 = (k div D0) mod D1, i2 = k div (D0·D1), S = stepsize + 1; when
D0_Wrap = 0 (linear) word k maps to off + 4·(k + cur·Sit). After each execution
cur = (cur + 1) mod (Iteration_Wrap + 1).
"""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from passes.bd_layout import ShimBd
from passes.diagnostics import PassFailure
from passes.dialects import parse_mlir
from passes.transforms.verify_buffer_bindings import analyze_bindings, transfer_byte_range


def enumerate_bytes(bd: ShimBd, offset: int, executions: int) -> tuple[int, int] | None:
    """[min byte, max byte + 4) over every word of every execution; None if no word."""
    d0, d1 = bd.d0_size, bd.d1_size
    s0, s1, s2 = bd.d0_stride + 1, bd.d1_stride + 1, bd.d2_stride + 1
    sit = bd.iteration_stride + 1
    wrap = bd.iteration_size + 1
    cur = bd.iteration_current
    addrs = []
    for _ in range(executions):
        for k in range(bd.buffer_length):
            if d0 == 0:
                addrs.append(offset + 4 * (k + cur * sit))
            else:
                i0 = k % d0
                i1 = (k // d0) % d1
                i2 = k // (d0 * d1)
                addrs.append(offset + 4 * (i0 * s0 + i1 * s1 + i2 * s2 + cur * sit))
        cur = (cur + 1) % wrap
    if not addrs:
        return None
    return min(addrs), max(addrs) + 4


@st.composite
def small_bds(draw) -> ShimBd:
    linear = draw(st.booleans())
    d0 = 0 if linear else draw(st.integers(1, 6))
    d1 = 0 if linear else draw(st.integers(1, 6))
    return ShimBd(
        buffer_length=draw(st.integers(1, 120)),
        d0_size=d0,
        d0_stride=draw(st.integers(0, 9)),
        d1_size=d1,
        d1_stride=draw(st.integers(0, 40)),
        d2_stride=draw(st.integers(0, 200)),
        iteration_size=draw(st.integers(0, 5)),
        iteration_stride=draw(st.integers(0, 300)),
        iteration_current=draw(st.integers(0, 7)),  # may exceed the wrap: first run uses it as is
    )


@settings(max_examples=400, deadline=None)
@given(bd=small_bds(), offset=st.integers(0, 1024).map(lambda x: 4 * x), executions=st.integers(1, 12))
def test_closed_form_range_matches_enumeration(bd: ShimBd, offset: int, executions: int) -> None:
    assert transfer_byte_range(bd, offset, executions) == enumerate_bytes(bd, offset, executions)


def test_d0_without_d1_is_rejected() -> None:
    with pytest.raises(ValueError, match="D1_Wrap = 0"):
        transfer_byte_range(ShimBd(buffer_length=8, d0_size=4, d1_size=0), 0, 1)


# ---------------------------------------------------------------------------
# Through the pass: blockwrite words -> ShimBd.unpack -> range, with the iteration
# counter carried from one push of a BD to the next.
# ---------------------------------------------------------------------------


def _module(words: list[int], repeats: list[int], arg_plus: int, arg_bytes: int) -> str:
    dense = ", ".join(str(w - (1 << 32) if w >= 1 << 31 else w) for w in words)
    body = [
        "%0 = memref.get_global @bd : memref<8xi32>",
        "aiex.npu.blockwrite(%0) {address = 0x1D000 : ui32} : memref<8xi32>",
        f"aiex.npu.address_patch {{addr = 0x1D004 : ui32, arg_idx = 0 : i32, arg_plus = {arg_plus} : i32}}",
    ]
    for r in repeats:  # the same BD pushed again after each sync, without a rewrite
        body.append(f"aiex.npu.write32 {{address = 0x1D214 : ui32, value = {0x80000000 | r << 16} : ui32}}")
        body.append(
            "aiex.npu.sync {column = 0 : i32, row = 0 : i32, direction = 1 : i32, channel = 0 : i32, "
            "column_num = 1 : i32, row_num = 1 : i32}"
        )
    return (
        "module {\n  aie.device(npu1) {\n"
        f'    memref.global "private" constant @bd : memref<8xi32> = dense<[{dense}]>\n'
        f"    aie.runtime_sequence @seq(%A: memref<{arg_bytes // 4}xi32>) {{\n      "
        + "\n      ".join(body)
        + "\n    }\n  }\n}\n"
    )


@settings(max_examples=60, deadline=None)
@given(bd=small_bds(), offset=st.integers(0, 64).map(lambda x: 4 * x), repeats=st.lists(st.integers(0, 6), min_size=1, max_size=3))
def test_pass_rows_match_enumeration(bd: ShimBd, offset: int, repeats: list[int]) -> None:
    words = bd.pack()
    # Reference: run the pushes one after another, carrying cur between them.
    expected = []
    cur = bd.iteration_current
    hi_all = 0
    for r in repeats:
        rng = enumerate_bytes(ShimBd(**{**bd.as_dict(), "iteration_current": cur}), offset, r + 1)
        expected.append(rng)
        hi_all = max(hi_all, rng[1])
        cur = (cur + r + 1) % (bd.iteration_size + 1)
    report = analyze_bindings(parse_mlir(_module(words, repeats, offset, hi_all)))  # exactly fits
    assert [(row.lo, row.hi) for row in report.rows] == expected
    assert [row.executions for row in report.rows] == [r + 1 for r in repeats]
    # One byte less of buffer and the last word is out of bounds.
    with pytest.raises(PassFailure, match="beyond its"):
        analyze_bindings(parse_mlir(_module(words, repeats, offset, hi_all - 4)))


# ---------------------------------------------------------------------------
# Speed: the fused Llama LM-head build has ~5,000 pushes.
# ---------------------------------------------------------------------------


def _big_sequence(groups: int) -> tuple[str, int]:
    """Per group on column g % 4: four fills (MM2S0/1, no token) and one drain
    (S2MM0, token) with its sync, BD ids alternating between two sets."""
    body = ["%0 = memref.get_global @bd64 : memref<8xi32>"]
    pushes = 0
    for g in range(groups):
        col = g % 4
        base = col << 25
        bank = (g // 4) % 2 * 5
        for j in range(4):
            bd, ch = bank + j, j % 2
            body.append(f"aiex.npu.blockwrite(%0) {{address = {base | (0x1D000 + 0x20 * bd)} : ui32}} : memref<8xi32>")
            body.append(
                f"aiex.npu.address_patch {{addr = {base | (0x1D004 + 0x20 * bd)} : ui32, arg_idx = {ch} : i32, arg_plus = {256 * j} : i32}}"
            )
            body.append(f"aiex.npu.write32 {{address = {base | (0x1D214 + 8 * ch)} : ui32, value = {bd} : ui32}}")
            pushes += 1
        bd = bank + 4
        body.append(f"aiex.npu.blockwrite(%0) {{address = {base | (0x1D000 + 0x20 * bd)} : ui32}} : memref<8xi32>")
        body.append(
            f"aiex.npu.address_patch {{addr = {base | (0x1D004 + 0x20 * bd)} : ui32, arg_idx = 2 : i32, arg_plus = {256 * (g % 16)} : i32}}"
        )
        body.append(f"aiex.npu.write32 {{address = {base | 0x1D204} : ui32, value = {0x80000000 | bd} : ui32}}")
        body.append(
            f"aiex.npu.sync {{column = {col} : i32, row = 0 : i32, direction = 0 : i32, channel = 0 : i32, column_num = 1 : i32, row_num = 1 : i32}}"
        )
        pushes += 1
    text = (
        "module {\n aie.device(npu2) {\n"
        ' memref.global "private" constant @bd64 : memref<8xi32> = dense<[64, 0, 0, 0, -2147483648, 33554432, 0, 33554432]>\n'
        " aie.runtime_sequence @seq(%A: memref<4096xbf16>, %B: memref<4096xbf16>, %C: memref<4096xi32>) {\n"
        + "\n".join(body)
        + "\n }\n }\n}\n"
    )
    return text, pushes


def test_five_thousand_pushes_give_one_row_each() -> None:
    """Scale check (timing lives in bench/pass_time.py): every push of a long sequence
    is analysed, none merged or dropped."""
    text, pushes = _big_sequence(1000)
    assert pushes == 5000
    report = analyze_bindings(parse_mlir(text, verify=False))
    assert len(report.rows) == pushes
