"""Unit tests of the virtual NPU: BD decoding and address generation, DDR_PATCH and the
fold, queue and BD-reuse hazards, deadlocks, bounds checks — on hand-built TXN
streams through a hand-written passthrough design."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

sys.path.insert(0, str(Path(__file__).parent))

import emulator_txn as T  # noqa: E402

from npu_emulator import EmulatorError, emulate  # noqa: E402
from npu_emulator.bd import decode_shim_bd  # noqa: E402
from npu_emulator.hostmem import FOLD, HostMemory, vbase  # noqa: E402

PASS = (Path(__file__).parent / "data" / "emulator" / "passthrough_npu1.mlir").read_text()
ENGINES = ("reference", "fast")


def words_hex(s: str) -> list[int]:
    return [int(x, 16) for x in s.split()]


# ---------------------------------------------------------------------------
# BD decoding and the §9 address formula
# ---------------------------------------------------------------------------
def test_decode_spec_example_op1():
    """Spec §11 op 1: dma_memcpy_nd(%B[2,0,0,8][4,2,16,32][1024,512,64,1]), bf16."""
    bd = decode_shim_bd(words_hex("00000200 0 0 01000000 C100001F 020000FF 003001FF 02000000"))
    assert bd.buffer_length == 512
    assert (bd.d0_wrap, bd.d0_stepsize) == (16, 0)
    assert (bd.d1_wrap, bd.d1_stepsize) == (16, 31)
    assert bd.d2_stepsize == 255
    assert (bd.iteration_wrap, bd.iteration_stepsize) == (3, 511)
    assert bd.burst == 3 and bd.axcache == 2 and bd.valid_bd == 1 and not bd.use_next_bd
    # Hand-computed word offsets: d0 16 words step 1, d1 16 rows step 32 words,
    # d2 planes step 256 words; iteration i adds 512*i words.
    off = bd.word_offsets(0)
    assert list(off[:3]) == [0, 1, 2]
    assert off[15] == 15 and off[16] == 32 and off[17] == 33
    assert off[255] == 15 * 32 + 15 and off[256] == 256 and off[511] == 256 + 15 * 32 + 15
    assert list(bd.word_offsets(2)[:2]) == [1024, 1025]
    # "Op 1 runs 4 times, at offsets 4112 + i*2048, and its last word is at byte 13260."
    last = 4112 + 4 * int(bd.word_offsets(3)[-1])
    assert last == 13260


def test_decode_spec_example_op2_linear():
    bd = decode_shim_bd(words_hex("00000200 0 0 0 C0000000 02000000 0 02000000"))
    assert bd.linear and bd.buffer_length == 512
    assert list(bd.word_offsets(0)[:4]) == [0, 1, 2, 3] and bd.word_offsets(0)[-1] == 511


def test_decode_address_and_next_bd():
    w = T.bd_words(8, next_bd=5)
    w[1] = 0x12345678
    w[2] = 0x0000ABCD | (1 << 30) | (3 << 24) | (17 << 19) | (5 << 16)
    bd = decode_shim_bd(w)
    assert bd.base_address == (0xABCD << 32) | 0x12345678 & ~3
    assert (bd.enable_packet, bd.out_of_order_bd_id, bd.packet_id, bd.packet_type) == (1, 3, 17, 5)
    assert bd.use_next_bd == 1 and bd.next_bd == 5


def naive_offsets(length, d0, s0, d1, s1, s2, it, sit):
    """Spec §9, literally, one word at a time."""
    out = []
    for k in range(length):
        if d0 == 0:
            out.append(k + it * sit)
        else:
            i0, i1, i2 = k % d0, (k // d0) % d1, k // (d0 * d1)
            out.append(i0 * s0 + i1 * s1 + i2 * s2 + it * sit)
    return out


@settings(max_examples=150, deadline=None)
@given(
    d0=hs.integers(0, 9), d1=hs.integers(1, 6), s0=hs.integers(1, 5), s1=hs.integers(1, 70),
    s2=hs.integers(1, 300), planes=hs.integers(0, 4), extra=hs.integers(0, 30), it=hs.integers(0, 5),
    sit=hs.integers(1, 1000),
)  # fmt: skip
def test_address_generator_matches_formula(d0, d1, s0, s1, s2, planes, extra, it, sit):
    length = (d0 * d1 * planes + extra) if d0 else (planes * 7 + extra)
    if length == 0:
        length = 1
    w = T.bd_words(length, d0=(d0, s0), d1=(d1 if d0 else 0, s1), d2_step=s2, iteration=(8, sit))
    bd = decode_shim_bd(w)
    want = naive_offsets(length, d0, s0, d1, s1, s2, it, sit)
    assert bd.word_offsets(it).tolist() == want
    # the affine runs used by the fast path cover the same words in the same order
    from npu_emulator.strided import dims_offsets

    got = np.concatenate([dims_offsets(b, dims) for b, dims in bd.word_runs(it)])
    assert got.tolist() == want


def test_d0_without_d1_is_an_error():
    bd = decode_shim_bd(T.bd_words(16, d0=(4, 1), d1=(0, 1)))
    assert bd.pattern_error() is not None


# ---------------------------------------------------------------------------
# DDR_PATCH and the fold
# ---------------------------------------------------------------------------
def test_patch_value_translation_and_fold():
    mem = HostMemory([np.zeros(16, np.uint8) for _ in range(7)])
    assert mem.patch_value(1, 0x40) == vbase(1) + 0x40
    # arg_idx >= 5: the firmware does not translate; the compiler folded 0x80000000 in.
    assert mem.patch_value(6, FOLD + 0x40) == vbase(6) + 0x40
    # ... and without the fold the address is 2 GiB below the buffer: unmapped.
    assert mem.resolve(mem.patch_value(6, 0x40)) is None
    assert mem.patch_value(7, 0) is None


def _bufs(n_words, n_args=2, seed=0):
    rng = np.random.default_rng(seed)
    bufs = [rng.integers(0, 1 << 30, n_words, dtype=np.int32) for _ in range(n_args)]
    return bufs


@pytest.mark.parametrize("engine", ENGINES)
def test_copy_roundtrip(engine):
    src, dst = _bufs(1024)
    dst[:] = 0
    rep = emulate(T.txn(T.copy_ops(1024)), PASS, [src, dst], engine=engine)
    assert rep.ok, rep
    assert np.array_equal(src, dst)
    ch = {c.channel: c for c in rep.channels}
    assert ch["shim col 0 MM2S0"].bytes == 4096 and ch["shim col 0 S2MM0"].tokens_consumed == 1


@pytest.mark.parametrize("engine", ENGINES)
def test_patch_offsets_are_bytes(engine):
    src, dst = _bufs(1024)
    dst[:] = 0
    ops = T.copy_ops(512, src_plus=4 * 256, dst_plus=4 * 128)
    rep = emulate(T.txn(ops), PASS, [src, dst], engine=engine)
    assert rep.ok, rep
    assert np.array_equal(dst[128 : 128 + 512], src[256 : 256 + 512])
    assert not dst[:128].any() and not dst[640:].any()


@pytest.mark.parametrize("engine", ENGINES)
def test_fold_for_arguments_beyond_five(engine):
    bufs = _bufs(512, n_args=7)
    bufs[6][:] = 0
    ops = T.copy_ops(512, src_arg=5, dst_arg=6)
    rep = emulate(T.txn(ops, fold=True), PASS, bufs, engine=engine)
    assert rep.ok, rep
    assert np.array_equal(bufs[6], bufs[5])
    # The same stream encoded without the fold: the firmware leaves args >= 5
    # untranslated, so the address is off by 2 GiB and nothing valid is accessed.
    bufs[6][:] = 0
    rep = emulate(T.txn(ops, fold=False), PASS, bufs, engine=engine)
    assert not rep.ok
    assert rep.hazards_of("out-of-bounds")
    assert not bufs[6].any()


def test_fold_disabled_runtime():
    bufs = _bufs(512, n_args=7)
    bufs[6][:] = 0
    rep = emulate(T.txn(T.copy_ops(512, src_arg=5, dst_arg=6), fold=False), PASS, bufs, fold_ddr_offset=False)
    assert rep.ok, rep
    assert np.array_equal(bufs[6], bufs[5])


def test_patch_overwrites_buffer_offset():
    """The firmware overwrites BD word 1; an offset left there by the compiler does not add."""
    src, dst = _bufs(1024)
    dst[:] = 0
    ops = T.copy_ops(256, src_plus=4 * 100)
    w = T.bd_words(256)
    w[1] = 4 * 700  # buffer_offset left in word 1 (DMA-task lowering), overwritten by the patch
    ops[3] = T.write_bd(0, 0, w)
    rep = emulate(T.txn(ops), PASS, [src, dst])
    assert rep.ok, rep
    assert np.array_equal(dst[:256], src[100:356])


def test_patch_names_missing_argument():
    src, dst = _bufs(256)
    rep = emulate(T.txn(T.copy_ops(256, dst_arg=3)), PASS, [src, dst])
    kinds = {h.kind for h in rep.hazards}
    assert "patch-argument" in kinds and "out-of-bounds" in kinds
    h = rep.hazards_of("patch-argument")[0]
    assert h.op == 1 and "argument 3" in h.message


# ---------------------------------------------------------------------------
# Bounds, queue, BD reuse, tokens, deadlock
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("engine", ENGINES)
def test_out_of_bounds_read(engine):
    src, dst = _bufs(512)
    big = np.zeros(1024, np.int32)
    rep = emulate(T.txn(T.copy_ops(1024)), PASS, [src, big], engine=engine)
    oob = rep.hazards_of("out-of-bounds")
    assert oob and "buffer 0" in oob[0].message
    assert oob[0].op == 5  # the MM2S push


def test_out_of_bounds_write_is_dropped():
    src = np.arange(1024, dtype=np.int32)
    dst = np.zeros(512, np.int32)
    rep = emulate(T.txn(T.copy_ops(1024)), PASS, [src, dst])
    assert rep.hazards_of("out-of-bounds")
    assert np.array_equal(dst, src[:512])


def test_queue_overflow_drops_fifth_push():
    src, dst = _bufs(4096)
    ops = [T.write_bd(0, 0, T.bd_words(256)), T.patch(0, 0, 0, 0)]
    for _ in range(6):
        ops.append(T.push(0, T.MM2S, 0, 0))
    rep = emulate(T.txn(ops), PASS, [src, dst])
    drops = rep.hazards_of("queue-overflow")
    assert len(drops) == 1 and drops[0].op == 7
    assert "4 tasks that have not started" in drops[0].message
    mm2s = next(c for c in rep.channels if c.channel == "shim col 0 MM2S0")
    assert mm2s.pushes == 6 and mm2s.dropped == 1


def test_queue_space_freed_by_sync():
    src, dst = _bufs(4096)
    ops = []
    for i in range(6):
        ops += T.copy_ops(256, src_plus=1024 * i, dst_plus=1024 * i, bd_in=2 * i % 16, bd_out=(2 * i + 1) % 16)
    rep = emulate(T.txn(ops), PASS, [src, dst])
    assert rep.ok, rep
    assert np.array_equal(src[: 6 * 256], dst[: 6 * 256])


def test_bd_rewritten_while_queued():
    src, dst = _bufs(1024)
    ops = [
        T.write_bd(0, 0, T.bd_words(256)), T.patch(0, 0, 0, 0), T.push(0, T.MM2S, 0, 0),
        T.write_bd(0, 1, T.bd_words(256)), T.patch(0, 1, 0, 1024), T.push(0, T.MM2S, 0, 1),
        T.write_bd(0, 1, T.bd_words(256)),  # BD 1 is still queued behind BD 0
    ]  # fmt: skip
    rep = emulate(T.txn(ops), PASS, [src, dst])
    h = rep.hazards_of("bd-rewrite")
    assert len(h) == 1 and h[0].op == 6 and "queued" in h[0].message and "BD 1" in h[0].location


def test_bd_rewritten_while_running_then_safe_after_sync():
    src, dst = _bufs(2048)
    ops = T.copy_ops(256)
    ops.insert(6, T.write_bd(0, 0, T.bd_words(256)))  # before the sync: running
    ops += [T.write_bd(0, 0, T.bd_words(256)), T.write_bd(0, 1, T.bd_words(256))]  # after: complete
    rep = emulate(T.txn(ops), PASS, [src, dst])
    h = rep.hazards_of("bd-rewrite")
    assert len(h) == 1 and h[0].op == 6 and "running" in h[0].message


def test_token_never_synced():
    src, dst = _bufs(512)
    ops = T.copy_ops(256)[:-1]  # no sync
    rep = emulate(T.txn(ops), PASS, [src, dst])
    h = rep.hazards_of("token-not-synced")
    assert len(h) == 1 and h[0].op == 2
    # the array still ran to completion after the stream ended
    assert np.array_equal(dst[:256], src[:256])


def test_deadlock_names_the_stuck_channel():
    src, dst = _bufs(512)
    ops = [T.write_bd(0, 1, T.bd_words(256)), T.patch(0, 1, 1, 0), T.push(0, T.S2MM, 0, 1, token=True),
           T.sync(0, T.S2MM, 0)]  # fmt: skip
    rep = emulate(T.txn(ops), PASS, [src, dst])
    assert rep.deadlock is not None and rep.deadlock.op == 3
    assert rep.deadlock.stuck == ("shim col 0 MM2S0",)
    assert "@in" in str(rep.deadlock) and not rep.ok


def test_deadlock_when_no_token_task_was_pushed():
    src, dst = _bufs(512)
    rep = emulate(T.txn([T.sync(0, T.S2MM, 0)]), PASS, [src, dst])
    assert rep.deadlock is not None and "token" in rep.deadlock.chain[0]


def test_deadlock_from_missing_buffer_space():
    """The drain covers one object but the fill pushes three: the mem tile holds two,
    so the MM2S can never finish; a sync on an MM2S token deadlocks."""
    src, dst = _bufs(1024)
    ops = [
        T.write_bd(0, 1, T.bd_words(256)), T.patch(0, 1, 1, 0), T.push(0, T.S2MM, 0, 1, token=True),
        T.write_bd(0, 0, T.bd_words(1024)), T.patch(0, 0, 0, 0), T.push(0, T.MM2S, 0, 0, token=True),
        T.sync(0, T.S2MM, 0), T.sync(0, T.MM2S, 0),
    ]  # fmt: skip
    rep = emulate(T.txn(ops), PASS, [src, dst])
    assert rep.deadlock is not None and rep.deadlock.op == 7
    assert "shim col 0 S2MM0" in rep.deadlock.stuck
    assert np.array_equal(dst[:256], src[:256])


def test_iteration_and_repeat():
    """One BD, repeat 3, iteration step 64 words: four 64-word slices from the source."""
    src = np.arange(1024, dtype=np.int32)
    dst = np.zeros(256, np.int32)
    ops = [
        T.write_bd(0, 1, T.bd_words(256)), T.patch(0, 1, 1, 0), T.push(0, T.S2MM, 0, 1, token=True),
        T.write_bd(0, 0, T.bd_words(64, iteration=(4, 128))), T.patch(0, 0, 0, 0), T.push(0, T.MM2S, 0, 0, repeat=3),
        T.sync(0, T.S2MM, 0),
    ]  # fmt: skip
    for engine in ENGINES:
        dst[:] = 0
        rep = emulate(T.txn(ops), PASS, [src, dst], engine=engine)
        assert rep.ok, rep
        want = np.concatenate([src[128 * i : 128 * i + 64] for i in range(4)])
        assert np.array_equal(dst, want)


def test_bd_chain_and_strided_pattern():
    """BD 0 (2-D: 4 rows of 8 words, row step 16) chained to BD 2 (linear 32 words)."""
    src = np.arange(2048, dtype=np.int32)
    dst = np.zeros(256, np.int32)
    b0 = T.bd_words(32, d0=(8, 1), d1=(4, 16), next_bd=2)
    b2 = T.bd_words(224)
    ops = [
        T.write_bd(0, 1, T.bd_words(256)), T.patch(0, 1, 1, 0), T.push(0, T.S2MM, 0, 1, token=True),
        T.write_bd(0, 0, b0), T.patch(0, 0, 0, 0), T.write_bd(0, 2, b2), T.patch(0, 2, 0, 4 * 1000),
        T.push(0, T.MM2S, 0, 0), T.sync(0, T.S2MM, 0),
    ]  # fmt: skip
    for engine in ENGINES:
        dst[:] = 0
        rep = emulate(T.txn(ops), PASS, [src, dst], engine=engine)
        assert rep.ok, rep
        want = np.concatenate([src[16 * r : 16 * r + 8] for r in range(4)] + [src[1000:1224]])
        assert np.array_equal(dst, want)


def test_invalid_bd_pushed():
    src, dst = _bufs(512)
    ops = T.copy_ops(256)
    ops[3] = T.write_bd(0, 0, T.bd_words(256, valid=False))
    rep = emulate(T.txn(ops), PASS, [src, dst])
    assert rep.deadlock is not None
    assert rep.hazards_of("invalid-task") or "not valid" in str(rep.deadlock)


def test_device_mismatch_is_an_error():
    with pytest.raises(EmulatorError, match="npu2"):
        emulate(T.txn(T.copy_ops(8), device="npu2"), PASS, _bufs(8))


def test_other_register_writes_are_recorded():
    from passes import npu_binary as nb

    src, dst = _bufs(256)
    ops = T.copy_ops(256) + [nb.Write32(T.tile(0, 1, 0xA0000), 5), nb.MaskWrite32(T.tile(1, 0, 0x1D200), 0x100, 0x1F00)]
    rep = emulate(T.txn(ops), PASS, [src, dst])
    assert rep.ok and rep.register_writes == {"memtile": 1, "shim other": 1}


def test_maskpoll_on_queue_size_makes_room():
    """The poll mlir-aie's enforce-queue-depth inserts (MM2S0 status, bit 22 == 0)
    waits until a queued task starts, so the next push is not dropped."""
    from passes import npu_binary as nb

    src, dst = _bufs(4096)
    poll = nb.MaskPoll32(T.tile(0, 0, 0x1D228), 0, 0x400000)
    ops = [T.write_bd(0, 0, T.bd_words(256)), T.patch(0, 0, 0, 0)]
    ops += [T.push(0, T.MM2S, 0, 0) for _ in range(5)] + [poll, T.push(0, T.MM2S, 0, 0)]
    rep = emulate(T.txn(ops), PASS, [src, dst])
    assert not rep.hazards_of("queue-overflow")
    assert rep.deadlock is None
    # the same poll with nothing that can drain the mem tile: it can never be satisfied
    ops = [T.write_bd(0, 0, T.bd_words(1024)), T.patch(0, 0, 0, 0)]
    ops += [T.push(0, T.MM2S, 0, 0) for _ in range(5)] + [poll]
    rep = emulate(T.txn(ops), PASS, [src, dst])
    assert rep.deadlock is not None and rep.deadlock.op == 7
