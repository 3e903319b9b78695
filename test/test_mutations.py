"""Mutations of a small fused build, each caught by the virtual NPU with the right message.

The stream is decoded into TXN records, one record is changed, and it is re-encoded.
The emulator sees only the mutated insts.bin, design.mlir and the host buffers.
"""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from gemm_codegen import host
from gemm_codegen.build import build
from gemm_codegen.problem import GemmProblem
from gemm_codegen.run import compare
from npu_emulator import emulate
from passes import npu_binary as nb
from passes import target_model as tm

P = 3
PROBLEM = GemmProblem(M=64, K=32, N=300, partitions=P, device="npu1", columns=4, m=16, k=16, n=16)
A_ARG, B_ARG, C_ARG = 0, 1, 1 + P  # argument index of A, B_0 and C_0


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("mutations")
    build(PROBLEM, out)
    return out


def run(outdir: Path, records: list) -> tuple[object, list]:
    txn = nb.decode((outdir / "insts.bin").read_bytes())
    insts = nb.encode(nb.Txn(txn.header, tuple(records)))
    rng = np.random.default_rng(5)
    A = rng.integers(-2, 3, (PROBLEM.M, PROBLEM.K)).astype(host.BF16)
    B = rng.integers(-2, 3, (PROBLEM.K, PROBLEM.N)).astype(host.BF16)
    buffers, views = host.kernel_buffers(PROBLEM, host.pad_a(A, PROBLEM), host.split_b(B, PROBLEM))
    report = emulate(insts, (outdir / "design.mlir").read_text(), buffers)
    C = host.assemble_c(views, PROBLEM)
    checks = [
        compare(C[:, q.start : q.stop], host.reference(A, B[:, q.start : q.stop]), q.index, (q.start, q.stop))
        for q in PROBLEM.partition_list
    ]
    return report, checks


def records(outdir: Path) -> list:
    return list(nb.decode((outdir / "insts.bin").read_bytes()).ops)


def is_push(op) -> bool:
    if not isinstance(op, nb.Write32):
        return False
    _, row, off = tm.split_address(op.addr)
    return row == 0 and off in {tm.SHIM.queue_offset(d, c) for d in tm.DmaDir for c in range(2)}


def kinds(report) -> set[str]:
    return {h.kind for h in report.hazards}


def test_unmutated_build_is_clean_and_exact(built):
    report, checks = run(built, records(built))
    assert report.ok, report.summary()
    assert all(c.ok and c.max_abs_err == 0 for c in checks)


def test_c1_patch_pointing_at_c2_fails_partition_1(built):
    ops = [replace(op, arg_idx=C_ARG + 2) if isinstance(op, nb.DdrPatch) and op.arg_idx == C_ARG + 1 else op
           for op in records(built)]  # fmt: skip
    _, checks = run(built, ops)
    assert not checks[1].ok  # C_1 is never written
    assert checks[0].ok


def test_b2_read_shifted_192_columns_is_out_of_bounds(built):
    """IRON #83's slicing bug, moved into the patch: B_2 read 192 columns late (B is stored
    as Bᵀ, so 192 rows of Kp bf16 elements)."""
    shift = 192 * PROBLEM.Kp * 2
    ops = [replace(op, arg_plus=op.arg_plus + shift) if isinstance(op, nb.DdrPatch) and op.arg_idx == B_ARG + 2 else op
           for op in records(built)]  # fmt: skip
    report, _ = run(built, ops)
    oob = report.hazards_of("out-of-bounds")
    # The emulator knows buffers by kernel-argument position only: B_2 is buffer 3.
    assert oob and all(f"buffer {B_ARG + 2} " in h.message for h in oob), report.summary()


def test_changed_d1_stride_corrupts_the_output(built):
    ops = records(built)
    # The BD patched with B_0's argument: bump its D1_Stepsize (word 4, bits 19:0) by one.
    i = next(i for i, op in enumerate(ops) if isinstance(op, nb.DdrPatch) and op.arg_idx == B_ARG)
    bw = ops[i - 1]
    assert isinstance(bw, nb.BlockWrite) and bw.addr + 4 == ops[i].addr
    data = list(bw.data)
    data[4] = (data[4] & ~0xFFFFF) | ((data[4] & 0xFFFFF) + 1)
    ops[i - 1] = replace(bw, data=tuple(data))
    report, checks = run(built, ops)
    assert not checks[0].ok or report.hazards_of("out-of-bounds")


def test_dropped_sync_leaves_a_token_unsynced(built):
    ops = records(built)
    first = next(i for i, op in enumerate(ops) if isinstance(op, nb.Sync))
    del ops[first]
    report, _ = run(built, ops)
    assert kinds(report) & {"token-not-synced", "bd-rewrite"}, report.summary()


def test_bd_rewritten_in_flight(built):
    ops = records(built)
    push = next(i for i, op in enumerate(ops) if is_push(op))
    bd_write = next(op for op in reversed(ops[:push]) if isinstance(op, nb.BlockWrite))
    ops.insert(push + 1, bd_write)  # rewrite the BD right after it was queued
    report, _ = run(built, ops)
    assert report.hazards_of("bd-rewrite"), report.summary()


def test_fifth_queued_push_is_dropped(built):
    ops = records(built)
    push = next(i for i, op in enumerate(ops) if is_push(op))
    ops[push + 1 : push + 1] = [ops[push]] * 4  # the same push four more times: the 5th is dropped
    report, _ = run(built, ops)
    assert report.hazards_of("queue-overflow"), report.summary()
