"""GemmProblem: partition ranges use the UNPADDED widths; padding stays inside each partition."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gemm_codegen.problem import GemmProblem, ProblemError


def test_llama_head_partitions_use_unpadded_offsets():
    p = GemmProblem.preset("llama-3.2-1b-lm-head")
    # N/P = 128256/4 = 32064 exactly; n·cols = 64·8 = 512; 32064 -> 32256 (63 blocks), 192 pad columns.
    assert [(q.start, q.stop) for q in p.partition_list] == [(0, 32064), (32064, 64128), (64128, 96192), (96192, 128256)]
    assert p.Np == 32256 and p.Tc == 63
    # IRON's bug sliced partition i at i·Np: 32256, 64512, 96768 — never what we use.
    assert all(q.start != q.index * p.Np for q in p.partition_list[1:])
    assert (p.Mp, p.Kp, p.Tr, p.Kt) == (2048, 2048, 8, 32)
    assert p.num_host_buffers == 9


def test_uneven_split_gives_first_partitions_one_extra_column():
    p = GemmProblem(M=64, K=64, N=10, partitions=4, m=16, k=16, n=16, device="npu2", columns=1)
    assert [q.width for q in p.partition_list] == [3, 3, 2, 2]
    assert [q.start for q in p.partition_list] == [0, 3, 6, 8]
    assert p.Np == 16  # widest partition (3) rounded up to n·cols = 16


@settings(max_examples=200, deadline=None)
@given(
    N=st.integers(1, 5000),
    P=st.integers(1, 16),
    cols=st.sampled_from([1, 2, 4, 8]),
)
def test_partitions_tile_the_full_range(N, P, cols):
    if P > N:
        with pytest.raises(ProblemError, match="would be empty"):
            GemmProblem(M=64, K=64, N=N, partitions=P, columns=cols, arg_layout="packed")
        return
    p = GemmProblem(M=64, K=64, N=N, partitions=P, columns=cols, arg_layout="packed")
    parts = p.partition_list
    assert parts[0].start == 0 and parts[-1].stop == N
    assert all(a.stop == b.start for a, b in zip(parts, parts[1:]))
    assert max(q.width for q in parts) - min(q.width for q in parts) <= 1
    assert p.Np % (p.n * p.cols) == 0 and p.Np >= max(q.width for q in parts)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(M=0, K=64, N=64), "M must be a positive integer"),
        (dict(M=64, K=64, N=64, device="npu3"), "device must be npu1 or npu2"),
        (dict(M=64, K=64, N=64, device="npu1", columns=8), "columns = 8 is not supported on npu1"),
        (dict(M=64, K=64, N=64, columns=3), "columns = 3 is not supported on npu2"),
        (dict(M=64, K=64, N=64, m=12), "tile m = 12 must be a multiple of 16"),
        (dict(M=64, K=64, N=64, m=128, k=128, n=128), "bytes of L1"),
        (dict(M=64, K=64, N=64, dtype="f64"), "dtype 'f64' is not supported"),
        (dict(M=64, K=64, N=64, partitions=8), "use --arg-layout packed"),
        (dict(M=64, K=64, N=64, arg_layout="interleaved"), "arg layout must be one of"),
    ],
)
def test_invalid_problems_name_the_limit(kwargs, message):
    with pytest.raises(ProblemError, match=message):
        GemmProblem(**kwargs)


def test_seven_partitions_fit_sixteen_buffers_eight_do_not():
    assert GemmProblem(M=64, K=64, N=4096, partitions=7).num_host_buffers == 15
    with pytest.raises(ProblemError, match="17 host buffers"):
        GemmProblem(M=64, K=64, N=4096, partitions=8)
    assert GemmProblem(M=64, K=64, N=4096, partitions=16, arg_layout="packed").num_host_buffers == 3
