"""Host buffers in the emulator's virtual device address space, and DDR_PATCH.

Buffer k (kernel-argument order) is mapped at VBASE(k) = (k + 1) << 40, far from every
other buffer, so an address that is off by a missing fold (2^31) or any other large
error lands in unmapped space and is reported as an out-of-bounds access instead of
silently hitting a neighbour.

Firmware DDR_PATCH semantics (spec §7, inferred): the first 5 buffers are translated by
the firmware; arg_idx >= 5 are not, so the compiler folds 0x80000000 into arg_plus and
the firmware's raw add lands at the same place. The emulator models both halves: the
effective address is VBASE(k) + wire - (0x80000000 if the argument is untranslated).
The 48-bit result OVERWRITES BD word 1 (bits 31:2) and word 2 [15:0].
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SHIFT = 40
SPAN = 1 << SHIFT
FIRMWARE_TRANSLATED = 5
FOLD = 0x80000000


def vbase(k: int) -> int:
    return (k + 1) << SHIFT


@dataclass
class HostBuffer:
    index: int
    array: np.ndarray  # the caller's array (outputs are written into it)
    raw: np.ndarray  # uint8 view of the same memory

    @property
    def nbytes(self) -> int:
        return self.raw.size


class HostMemory:
    def __init__(self, buffers: list[np.ndarray]):
        self.buffers: list[HostBuffer] = []
        for i, arr in enumerate(buffers):
            if not isinstance(arr, np.ndarray):
                raise TypeError(f"buffer {i} is {type(arr).__name__}, expected a numpy array")
            if not arr.flags.c_contiguous:
                raise ValueError(f"buffer {i} must be C-contiguous (the emulator writes outputs in place)")
            raw = arr.reshape(-1).view(np.uint8)
            self.buffers.append(HostBuffer(i, arr, raw))
        self.written = [np.zeros(0, dtype=bool) for _ in self.buffers]  # lazily: per-byte written map

    def __len__(self) -> int:
        return len(self.buffers)

    def patch_value(self, arg_idx: int, wire: int, fold_ddr_offset: bool = True) -> int | None:
        """The 48-bit device address the firmware writes for (arg_idx, wire arg_plus)."""
        if not 0 <= arg_idx < len(self.buffers):
            return None
        untranslated = fold_ddr_offset and arg_idx >= FIRMWARE_TRANSLATED
        return (vbase(arg_idx) + wire - (FOLD if untranslated else 0)) & ((1 << 48) - 1)

    def resolve(self, address: int) -> tuple[int, int] | None:
        """(buffer index, byte offset) of a device address, or None if unmapped."""
        k = (address >> SHIFT) - 1
        if not 0 <= k < len(self.buffers):
            return None
        off = address & (SPAN - 1)
        if off >= self.buffers[k].nbytes:
            return None
        return k, off

    def describe(self, address: int) -> str:
        hit = self.resolve(address)
        if hit is None:
            k = (address >> SHIFT) - 1
            if 0 <= k < len(self.buffers):
                return f"0x{address & (SPAN - 1):X} bytes into buffer {k} ({self.buffers[k].nbytes} bytes): out of bounds"
            return f"unmapped address 0x{address:012X}"
        k, off = hit
        return f"buffer {k} + 0x{off:X}"
