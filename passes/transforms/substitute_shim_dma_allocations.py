"""aie-substitute-shim-dma-allocations (mlir-aie AIESubstituteShimDMAAllocations.cpp, spec §4).

`aiex.dma_configure_task_for @alloc {...}` becomes
`aiex.dma_configure_task(%tile_c_0, dir, ch) {...}` with the same body and attributes.
`@alloc` names an `aie.shim_dma_allocation` or an `aie.objectfifo` (channel rule:
passes/objectfifo_alloc.py). The `aie.tile(c, 0)` of the device is reused, or created
after the device's last tile.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import IndexType, ModuleOp
from xdsl.passes import ModulePass

from passes.dialects import aie, aiex
from passes.transforms.lowering_common import LOC, AttrCache, DeviceTables, walk_sequence


def _get_or_create_tile(device: aie.DeviceOp, tables: DeviceTables, col: int, row: int) -> aie.TileOp:
    tile = tables.tiles.get((col, row))
    if tile is not None:
        return tile
    tile = aie.TileOp(col, row)
    last = None
    for op in device.body.block.ops:
        if isinstance(op, aie.TileOp):
            last = op
    block = device.body.block
    if last is not None:
        block.insert_op_after(tile, last)
    elif block.first_op is not None:
        block.insert_op_before(tile, block.first_op)
    else:
        block.add_op(tile)
    tables.tiles[(col, row)] = tile
    return tile


def substitute_device(device: aie.DeviceOp) -> None:
    tables = DeviceTables(device)
    attrs_cache = AttrCache()
    for seq in device.sequences:
        for op in list(walk_sequence(seq, skip_into=(aiex.DMAConfigureTaskForOp, aiex.DMAConfigureTaskOp))):
            if not isinstance(op, aiex.DMAConfigureTaskForOp):
                continue
            ep = tables.allocations.resolve(op.alloc, f"aiex.dma_configure_task_for @{op.alloc}")
            tile = _get_or_create_tile(device, tables, ep.column, ep.row)
            attrs = {k: v for k, v in op.attributes.items() if k != "alloc"}
            body = op.detach_region(op.body)
            attrs.update(direction=attrs_cache.string(ep.direction.name), channel=attrs_cache.i32(ep.channel))
            new = aiex.DMAConfigureTaskOp.create(
                operands=[tile.result], result_types=[IndexType()], regions=[body], attributes=attrs, location=LOC
            )
            block = op.parent_block()
            block.insert_op_before(new, op)
            op.result.replace_all_uses_with(new.result)
            block.erase_op(op)


@dataclass(frozen=True)
class SubstituteShimDmaAllocations(ModulePass):
    name = "aie-substitute-shim-dma-allocations"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for device in aie.devices(op):
            substitute_device(device)
