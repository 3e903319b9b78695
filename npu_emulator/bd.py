"""Shim buffer descriptors: the emulator's OWN decoder and address generator.

Written from npu-runtime-sequence.md §5 (BD word layout) and §9 (address formula)
on purpose, without passes/bd_layout.py: if the compiler packs a field wrongly, the
emulator decodes what the hardware would see and the bug shows up as wrong data.

Addresses here are byte addresses in the emulator's 48-bit virtual host space
(see `hostmem.py`); a pattern is described in 32-bit WORDS relative to the BD base.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BD_WORDS = 8


def _bits(word: int, hi: int, lo: int) -> int:
    return (word >> lo) & ((1 << (hi - lo + 1)) - 1)


@dataclass(frozen=True)
class ShimBd:
    """The fields of one 8-word shim BD (spec §5 table)."""

    words: tuple[int, ...]
    buffer_length: int  # words
    base_address: int  # 48-bit byte address: word2[15:0] << 32 | word1[31:2] << 2
    enable_packet: int
    out_of_order_bd_id: int
    packet_id: int
    packet_type: int
    d0_wrap: int
    d0_stepsize: int  # encoded (step - 1)
    burst: int
    d1_wrap: int
    d1_stepsize: int
    axcache: int
    d2_stepsize: int
    iteration_current: int
    iteration_wrap: int  # encoded (wrap - 1)
    iteration_stepsize: int  # encoded (step - 1)
    tlast_suppress: int
    next_bd: int
    use_next_bd: int
    valid_bd: int
    lock_rel_value: int
    lock_rel_id: int
    lock_acq_enable: int
    lock_acq_value: int
    lock_acq_id: int

    # -- derived -------------------------------------------------------------
    @property
    def linear(self) -> bool:
        return self.d0_wrap == 0

    @property
    def iterations(self) -> int:
        """Number of distinct iteration offsets (Iteration_Wrap + 1)."""
        return self.iteration_wrap + 1

    @property
    def iteration_step_words(self) -> int:
        return self.iteration_stepsize + 1

    def pattern_error(self) -> str | None:
        """Why the hardware could not run this BD as a pattern (spec §9 PD), or None."""
        if not self.linear and self.d1_wrap == 0:
            return f"D0_Wrap = {self.d0_wrap} with D1_Wrap = 0 (spec §9: an error)"
        return None

    def word_dims(self, iteration: int = 0) -> tuple[int, list[tuple[int, int]]]:
        """(base word offset, [(size, stride) ...] outer->inner) of one execution.

        Spec §9: word k -> off + 4*(i0*S0 + i1*S1 + i2*S2 + cur*Sit) with
        i0 = k mod D0, i1 = (k div D0) mod D1, i2 = k div (D0*D1); linear (D0 = 0):
        off + 4*(k + cur*Sit). The d2 extent is length / (D0*D1), rounded up; a
        partial last d2 row is expressed by `word_runs`.
        """
        base = iteration * self.iteration_step_words
        n = self.buffer_length
        if self.linear:
            return base, [(n, 1)]
        d0, d1 = self.d0_wrap, self.d1_wrap
        s0, s1, s2 = self.d0_stepsize + 1, self.d1_stepsize + 1, self.d2_stepsize + 1
        plane = d0 * d1
        d2 = -(-n // plane) if n else 0
        return base, [(d2, s2), (d1, s1), (d0, s0)]

    def word_runs(self, iteration: int = 0) -> list[tuple[int, list[tuple[int, int]]]]:
        """The execution as affine runs [(base word offset, dims)], covering exactly
        `buffer_length` words in order (a partial last row/plane becomes extra runs)."""
        base, dims = self.word_dims(iteration)
        n = self.buffer_length
        if n == 0:
            return []
        if self.linear:
            return [(base, dims)]
        (d2, s2), (d1, s1), (d0, s0) = dims
        plane = d0 * d1
        runs = []
        full = n // plane
        if full:
            runs.append((base, [(full, s2), (d1, s1), (d0, s0)]))
        rest = n - full * plane
        if rest:
            b = base + full * s2
            rows = rest // d0
            if rows:
                runs.append((b, [(rows, s1), (d0, s0)]))
            tail = rest - rows * d0
            if tail:
                runs.append((b + rows * s1, [(tail, s0)]))
        return runs

    def word_offsets(self, iteration: int = 0) -> np.ndarray:
        """Word offsets (relative to the base address) of every word, in order.

        The reference path uses this literal form of the §9 formula.
        """
        n = self.buffer_length
        k = np.arange(n, dtype=np.int64)
        off = iteration * self.iteration_step_words
        if self.linear:
            return off + k
        d0, d1 = self.d0_wrap, self.d1_wrap
        s0, s1, s2 = self.d0_stepsize + 1, self.d1_stepsize + 1, self.d2_stepsize + 1
        i0 = k % d0
        i1 = (k // d0) % d1
        i2 = k // (d0 * d1)
        return off + i0 * s0 + i1 * s1 + i2 * s2


def decode_shim_bd(words) -> ShimBd:
    w = [int(x) & 0xFFFFFFFF for x in words]
    if len(w) != BD_WORDS:
        raise ValueError(f"a shim BD has {BD_WORDS} words, got {len(w)}")
    return ShimBd(
        words=tuple(w),
        buffer_length=w[0],
        base_address=(_bits(w[2], 15, 0) << 32) | (w[1] & 0xFFFFFFFC),
        enable_packet=_bits(w[2], 30, 30),
        out_of_order_bd_id=_bits(w[2], 29, 24),
        packet_id=_bits(w[2], 23, 19),
        packet_type=_bits(w[2], 18, 16),
        d0_wrap=_bits(w[3], 29, 20),
        d0_stepsize=_bits(w[3], 19, 0),
        burst=_bits(w[4], 31, 30),
        d1_wrap=_bits(w[4], 29, 20),
        d1_stepsize=_bits(w[4], 19, 0),
        axcache=_bits(w[5], 27, 24),
        d2_stepsize=_bits(w[5], 19, 0),
        iteration_current=_bits(w[6], 31, 26),
        iteration_wrap=_bits(w[6], 25, 20),
        iteration_stepsize=_bits(w[6], 19, 0),
        tlast_suppress=_bits(w[7], 31, 31),
        next_bd=_bits(w[7], 30, 27),
        use_next_bd=_bits(w[7], 26, 26),
        valid_bd=_bits(w[7], 25, 25),
        lock_rel_value=_bits(w[7], 24, 18),
        lock_rel_id=_bits(w[7], 16, 13),
        lock_acq_enable=_bits(w[7], 12, 12),
        lock_acq_value=_bits(w[7], 11, 5),
        lock_acq_id=_bits(w[7], 3, 0),
    )


def with_iteration_current(words: tuple[int, ...], current: int) -> tuple[int, ...]:
    """The BD words with Iteration_Current [31:26] of word 6 replaced."""
    w = list(words)
    w[6] = (w[6] & ~(0x3F << 26) & 0xFFFFFFFF) | ((current & 0x3F) << 26)
    return tuple(w)
