"""Runtime-sequence lowering: the objectfifo channel rule, pass-level limit checks on IR the
verifier never saw, and linear cost (docs/lowering.md)."""

from __future__ import annotations


import pytest

from passes import target_model as tm
from passes.diagnostics import PassFailure
from passes.dialects import make_context, parse_mlir, print_mlir
from passes.objectfifo_alloc import ShimEndpoint, device_shim_channels
from passes.pipeline import PIPELINE_SPEC, lower_runtime_sequence
from passes.transforms.dma_to_npu import DmaToNpu
from passes.dialects.aie import devices
from passes.translate import translate_sequence
from passes import npu_binary as nb

MM2S, S2MM = tm.DmaDir.MM2S, tm.DmaDir.S2MM


def test_pipeline_spec_order() -> None:
    assert PIPELINE_SPEC == (
        "aie-substitute-shim-dma-allocations,aie-assign-runtime-sequence-bd-ids,"
        "aie-dma-tasks-to-npu,aie-dma-to-npu"
    )


def test_objectfifo_grants_pins_first_then_ir_order() -> None:
    module = parse_mlir(
        """
module {
  aie.device(npu2) {
    %s0 = aie.tile(0, 0)
    %s1 = aie.tile(1, 0)
    %m0 = aie.tile(0, 1)
    %c0 = aie.tile(0, 2)
    %c1 = aie.tile(1, 2)
    aie.objectfifo @A(%s0, {%m0}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo @A2(%m0, {%c0}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo.link [@A] -> [@A2] ([] [0])
    aie.objectfifo @B(%s0, {%c0}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo @C(%c0, {%s0}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo @D(%s1, {%c1}, 2 : i32) {prod_dma_channel = 1 : i32} : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo @E(%s1, {%c1}, 2 : i32) : !aie.objectfifo<memref<64xi32>>
    aie.objectfifo @F(%c1, {%s1, %s0}, 2 : i32) {cons_dma_channels = array<i32: -1, 1>} : !aie.objectfifo<memref<64xi32>>
  }
}
"""
    )
    grants = device_shim_channels(devices(module)[0])
    assert grants == [
        ShimEndpoint("A", 0, 0, MM2S, 0),
        ShimEndpoint("B", 0, 0, MM2S, 1),
        ShimEndpoint("C", 0, 0, S2MM, 0),
        ShimEndpoint("D", 1, 0, MM2S, 1),  # pinned, reserved before E asks
        ShimEndpoint("E", 1, 0, MM2S, 0),
        ShimEndpoint("F", 1, 0, S2MM, 0),
        ShimEndpoint("F", 0, 0, S2MM, 1),  # pinned; C took 0 after the pin was reserved
    ]


UNVERIFIED = """
module {{
  aie.device({device}) {{
    %tile_0_0 = aie.tile(0, 0)
    aie.shim_dma_allocation @in (%tile_0_0, MM2S, 0)
    aie.runtime_sequence @seq(%B_3: memref<4096x{elem}>) {{
      aiex.npu.dma_memcpy_nd(%B_3{pattern}) {{id = {bd} : i64, metadata = @in{extra}}} : memref<4096x{elem}>
    }}
  }}
}}
"""


@pytest.mark.parametrize(
    ("pattern", "elem", "bd", "extra", "device", "message"),
    [
        ("[0,0,0,0][1,1,2,8][0,0,1048577,1]", "i32", 0, "", "npu1",
         "%B_3): d1 stride 1048577 words exceeds the 20-bit shim limit (max 1048576)"),
        ("[0,0,0,0][1,1,2,1024][0,0,2048,1]", "i32", 0, "", "npu1", "d0 size 1024 words exceeds the 10-bit wrap limit"),
        ("[0,0,0,0][65,1,1,8][8,0,0,1]", "i32", 0, "", "npu1", "iteration size 65 exceeds"),
        ("[0,0,0,0][257,1,1,8][0,0,0,1]", "i32", 0, "", "npu1", "repeat count 256"),
        ("[0,0,0,0][1,1,1,6][0,0,0,1]", "i8", 0, "", "npu1", "d0 size 6 elements (6 bytes) is not a multiple of 4 bytes"),
        ("[0,0,0,2][1,1,1,8][0,0,0,1]", "i8", 0, "", "npu1", "start offset 2 bytes is not 4-byte aligned"),
        ("[0,0,0,0][1,1,1,8][0,0,0,1]", "i32", 16, "", "npu1", "id 16 out of range (shim BDs 0..15)"),
        ("[0,0,0,0][1,1,1,8][0,0,0,1]", "i32", 0, ", burst_length = 512 : i64", "npu1",
         "burst_length 512 is not supported on npu1"),
    ],
)
def test_pass_checks_limits_without_the_verifier(pattern, elem, bd, extra, device, message) -> None:
    """The pass re-checks every §8 limit, so IR built without verification cannot slip through."""
    module = parse_mlir(UNVERIFIED.format(device=device, elem=elem, pattern=pattern, bd=bd, extra=extra), verify=False)
    with pytest.raises(PassFailure) as err:
        DmaToNpu().apply(make_context(), module)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_pipeline_matches_spec_worked_example() -> None:
    """lower_runtime_sequence + translate reproduce the §11 stream (68 words)."""
    module = parse_mlir(
        """
module {
  aie.device(npu2) {
    %tile_3_0 = aie.tile(3, 0)
    %tile_5_0 = aie.tile(5, 0)
    aie.shim_dma_allocation @in1 (%tile_3_0, MM2S, 1)
    aie.shim_dma_allocation @out0 (%tile_5_0, S2MM, 0)
    aie.runtime_sequence @seq(%A: memref<8192xbf16>, %B: memref<8192xbf16>, %n: i32, %D: memref<16xi32>,
                              %E: memref<16xi32>, %F: memref<16xi32>, %G: memref<16xi32>, %C: memref<4096xi8>) {
      aiex.npu.dma_memcpy_nd(%B[2,0,0,8][4,2,16,32][1024,512,64,1]) {id = 6 : i64, metadata = @in1} : memref<8192xbf16>
      aiex.npu.dma_memcpy_nd(%C[0,0,0,1024][1,1,1,2048][0,0,0,1]) {id = 2 : i64, metadata = @out0} : memref<4096xi8>
      aiex.npu.dma_wait {symbol = @out0}
    }
  }
}
"""
    )
    lower_runtime_sequence(module)
    words = nb.encode_words(translate_sequence(parse_mlir(print_mlir(module))))
    assert len(words) == 68
    assert words[:4] == [0x06040100, 0x00000108, 7, 0x110]
    # §11 op 1 BD words, op 2 DDR_PATCH arg_plus folded, and the sync record.
    assert words[8:16] == [0x200, 0, 0, 0x01000000, 0xC100001F, 0x020000FF, 0x003001FF, 0x02000000]
    assert words[54] == 6 and words[56] == 0x80000400  # arg_idx 6, arg_plus 0x400 folded
    assert words[-4:] == [0x80, 0x10, 0x00050000, 0x00010100]
