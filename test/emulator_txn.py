"""Hand-built TXN streams for the emulator's unit tests.

The BD packer here is written from npu-runtime-sequence.md §5 independently of
passes/bd_layout.py and npu_emulator/bd.py, so the tests check the emulator's decoder
against the spec rather than against another copy of itself.
"""

from __future__ import annotations

from passes import npu_binary as nb

BD_BASE = 0x1D000
QUEUE = {(0, 0): 0x1D204, (0, 1): 0x1D20C, (1, 0): 0x1D214, (1, 1): 0x1D21C}  # (dir, ch)
S2MM, MM2S = 0, 1


def tile(col: int, row: int, off: int) -> int:
    return (col << 25) | (row << 20) | off


def bd_words(length, *, d0=(0, 1), d1=(0, 1), d2_step=1, iteration=(1, 1), next_bd=None, valid=True, burst=2):
    """Shim BD words. d0/d1 = (wrap, step in words); iteration = (count, step in words);
    steps are encoded minus one; a wrap of 0 means linear (spec §5)."""
    w = [0] * 8
    w[0] = length
    w[3] = (d0[0] << 20) | (d0[1] - 1)
    w[4] = (burst << 30) | (d1[0] << 20) | (d1[1] - 1)
    w[5] = (2 << 24) | (d2_step - 1)
    w[6] = ((iteration[0] - 1) << 20) | (iteration[1] - 1)
    w[7] = ((next_bd or 0) << 27) | ((1 if next_bd is not None else 0) << 26) | ((1 if valid else 0) << 25)
    return w


def write_bd(col, bd, words):
    return nb.BlockWrite(tile(col, 0, BD_BASE + 0x20 * bd), tuple(words))


def patch(col, bd, arg, plus):
    return nb.DdrPatch(tile(col, 0, BD_BASE + 0x20 * bd + 4), arg, plus)


def push(col, direction, ch, bd, repeat=0, token=False):
    value = (bd & 0xF) | ((repeat & 0xFF) << 16) | ((1 << 31) if token else 0)
    return nb.Write32(tile(col, 0, QUEUE[(direction, ch)]), value)


def sync(col, direction, ch):
    return nb.Sync(col, 0, direction, ch, 1, 1)


def txn(ops, device="npu1", fold=True) -> bytes:
    return nb.encode(nb.Txn(nb.TxnHeader.for_device(device), tuple(ops)), fold_ddr_offset=fold)


def copy_ops(n_words, src_arg=0, dst_arg=1, src_plus=0, dst_plus=0, col=0, bd_in=0, bd_out=1):
    """A linear copy of n_words through the passthrough design, awaited."""
    return [
        write_bd(col, bd_out, bd_words(n_words)),
        patch(col, bd_out, dst_arg, dst_plus),
        push(col, S2MM, 0, bd_out, token=True),
        write_bd(col, bd_in, bd_words(n_words)),
        patch(col, bd_in, src_arg, src_plus),
        push(col, MM2S, 0, bd_in),
        sync(col, S2MM, 0),
    ]
