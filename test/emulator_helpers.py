"""Helpers for the emulator tests: lower a hand-written design to insts.bin with the
project's passes, make inputs, compute the numpy reference."""

from __future__ import annotations

import ml_dtypes
import numpy as np

from passes import npu_binary as nb
from passes.dialects import aiex, parse_mlir
from passes.pipeline import lower_runtime_sequence
from passes.translate import translate_sequence

BF16 = ml_dtypes.bfloat16


def build_insts(design_text: str, *, rtp_as_write32: bool = False, fold: bool = True) -> bytes:
    """insts.bin for a design: its runtime sequence lowered by passes/pipeline.py and
    translated by passes/translate.py. rtp_write/set_lock ops are not translated by the
    project; they are dropped (the emulator reads them from design.mlir) or, with
    rtp_as_write32, lowered here to write32s (needs buffer addresses and lock ids)."""
    from passes import target_model as tm
    from passes.dialects import aie

    mod = parse_mlir(design_text)
    for op in list(mod.walk()):
        if isinstance(op, (aiex.NpuRtpWriteOp, aiex.SetLockOp)):
            if rtp_as_write32:
                dev = next(o for o in mod.walk() if isinstance(o, aie.DeviceOp))
                if isinstance(op, aiex.NpuRtpWriteOp):
                    buf = next(b for b in dev.walk() if isinstance(b, aie.BufferOp) and b.sym_name == op.buffer)
                    tile = buf.tile.owner
                    addr = buf.attributes["address"].value.data + 4 * op.index
                    new = aiex.NpuWrite32Op.make(address=tm.tile_address(tile.col, tile.row, addr), value=op.value & 0xFFFFFFFF)
                else:
                    lk = op.lock.owner
                    tile = lk.tile.owner
                    new = aiex.NpuWrite32Op.make(
                        address=tm.tile_address(tile.col, tile.row, tm.CORE.lock_offset(lk.lock_id)), value=op.value
                    )
                op.parent_block().insert_op_before(new, op)
            op.detach()
            op.erase()
    lower_runtime_sequence(mod)
    txn = translate_sequence(mod)
    return nb.encode(txn, fold_ddr_offset=fold)


def int_inputs(M, K, N, seed=0, lo=-3, hi=4, b_col_major=False):
    rng = np.random.default_rng(seed)
    A = rng.integers(lo, hi, size=(M, K)).astype(np.float32)
    B = rng.integers(lo, hi, size=(K, N)).astype(np.float32)
    a = A.astype(BF16).reshape(-1)
    b = (B.T if b_col_major else B).astype(BF16).reshape(-1).copy()
    return A, B, a, b


def randn_inputs(M, K, N, seed=0, b_col_major=False):
    rng = np.random.default_rng(seed)
    A = rng.standard_normal((M, K)).astype(BF16).astype(np.float32)
    B = rng.standard_normal((K, N)).astype(BF16).astype(np.float32)
    a = A.astype(BF16).reshape(-1)
    b = (B.T if b_col_major else B).astype(BF16).reshape(-1).copy()
    return A, B, a, b


def reference_blocked(A, B, k):
    """C with mm.cc's numerics: f32 accumulation per k-block, bf16 RNE after each."""
    M, K = A.shape
    N = B.shape[1]
    C = np.zeros((M, N), np.float32)
    for kk in range(0, K, k):
        C = (C + A[:, kk : kk + k] @ B[kk : kk + k, :]).astype(BF16).astype(np.float32)
    return C
