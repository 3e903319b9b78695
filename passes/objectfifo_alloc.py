"""Which shim DMA channel an objectfifo gets, and the symbol -> shim endpoint lookup.

IRON-generated designs name an `aie.objectfifo` directly in `dma_memcpy_nd`'s
`metadata`, `dma_wait`'s `symbol` and `dma_configure_task_for`'s alloc. mlir-aie
resolves such a name only after its objectfifo lowering has published an
`aie.shim_dma_allocation` for the fifo. We compute that allocation ourselves, from the
same rule, so the runtime-sequence lowering, the emulator and the generator agree
without running the objectfifo lowering.

Source: Xilinx/mlir-aie lib/Dialect/AIE/Transforms/AIEObjectFifoStatefulTransform.cpp
(`requiresDMAs`/`isSharedMemory`, the split loop of `runOnOperation`,
`DMAChannelAnalysis::getDMAChannelIndex`, `reservePinnedChannels`,
`assignDMAChannelIndices`, `createObjectFifoAllocationInfo`). The rule, restricted to
shim endpoints:

1. A shim tile never shares memory with another tile, so every fifo with a shim
   producer or a shim consumer is lowered through DMAs and takes a channel there.
2. Channels are granted per (tile, direction): an MM2S channel at the producer tile,
   an S2MM channel at each consumer tile. A shim tile has 2 channels per direction.
3. Pinned channels are reserved first: `prod_dma_channel = N` pins the producer's
   MM2S channel, `cons_dma_channels = array<i32: ...>` pins consumer i's S2MM channel
   (-1 = not pinned). A pin that is out of range or already taken is an error.
4. Then the fifos are visited in IR order (the device's `aie.objectfifo` ops as
   written); for each fifo the producer end is served before its consumers, consumers
   in the order listed. Each unpinned end takes the LOWEST channel index still free on
   its (tile, direction). No free channel: "number of output/input DMA channel
   exceeded". (mlir-aie runs a first round for fifos whose buffers spilled to a
   neighbouring mem tile; a shim end owns no buffers, so that round never touches a
   shim channel and the order above is exact for shim tiles.)
5. `aie.objectfifo.link` does not change this: the shim-side fifo of a forward,
   distribute or join is an ordinary fifo with a shim endpoint, allocated in IR order.
6. The allocation is published under the ORIGINAL fifo's name for both directions
   (older releases: `@fifo`, 2026: `@fifo_shim_alloc`), so a symbol naming a fifo means
   that fifo's single shim endpoint.

Not modelled (PD): channels claimed by hand-written `aie.shim_dma` programs (mlir-aie
reserves those first; our designs have none) and `aie_stream` fifos (no shim end).
A fifo with two shim endpoints is ambiguous and rejected.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.dialects.builtin import ArrayAttr, DenseArrayBase, IntegerAttr
from xdsl.ir import Attribute

from passes import target_model as tm
from passes.diagnostics import PassFailure
from passes.dialects import aie

SHIM_ALLOC_SUFFIX = "_shim_alloc"  # 2026 name of the published allocation


class ShimAllocationError(PassFailure):
    """A symbol does not resolve to one shim DMA channel."""


@dataclass(frozen=True)
class ShimEndpoint:
    """A shim DMA channel bound to a symbol (an allocation or an objectfifo)."""

    symbol: str
    column: int
    row: int
    direction: tm.DmaDir
    channel: int


def _tile(value, what: str) -> aie.TileOp:
    owner = value.owner
    if not isinstance(owner, aie.TileOp):
        raise ShimAllocationError(f"{what} is not an aie.tile")
    return owner


def _int_list(attr: Attribute | None) -> list[int] | None:
    if attr is None:
        return None
    if isinstance(attr, DenseArrayBase):
        return [int(v) for v in attr.get_values()]
    if isinstance(attr, ArrayAttr):
        return [a.value.data for a in attr.data if isinstance(a, IntegerAttr)]
    if isinstance(attr, IntegerAttr):
        return [attr.value.data]
    raise ShimAllocationError(f"expected an integer array, got {attr}")


def _pin(attr: Attribute | None) -> int | None:
    if attr is None:
        return None
    if isinstance(attr, IntegerAttr):
        return attr.value.data
    raise ShimAllocationError(f"prod_dma_channel must be an integer, got {attr}")


def shim_channel_grants(fifos: list[aie.ObjectFifoOp]) -> list[ShimEndpoint]:
    """Every shim DMA channel the objectfifo lowering grants, in grant order (rule:
    module doc). `fifos` are one device's `aie.objectfifo` ops in IR order. A fifo
    with several shim endpoints appears once per endpoint."""
    shim = tm.SHIM.channels_per_dir
    taken: dict[tuple[int, int, tm.DmaDir], set[int]] = {}
    # (fifo, tile, direction, pin) for every DMA end on a shim tile, in grant order.
    ends: list[tuple[aie.ObjectFifoOp, aie.TileOp, tm.DmaDir, int | None]] = []
    for fifo in fifos:
        prod = _tile(fifo.producer, f"aie.objectfifo @{fifo.sym_name}: producer")
        if prod.row == 0:
            ends.append((fifo, prod, tm.DmaDir.MM2S, _pin(fifo.attributes.get("prod_dma_channel"))))
        cons_pins = _int_list(fifo.attributes.get("cons_dma_channels")) or []
        for i, value in enumerate(fifo.consumers):
            cons = _tile(value, f"aie.objectfifo @{fifo.sym_name}: consumer {i}")
            if cons.row == 0:
                pin = cons_pins[i] if i < len(cons_pins) and cons_pins[i] >= 0 else None
                ends.append((fifo, cons, tm.DmaDir.S2MM, pin))

    # Step 3: pins first.
    for fifo, tile, direction, pin in ends:
        if pin is None:
            continue
        used = taken.setdefault((tile.col, tile.row, direction), set())
        if not 0 <= pin < shim or pin in used:
            raise ShimAllocationError(
                f"aie.objectfifo @{fifo.sym_name}: pinned {direction.name} DMA channel {pin} is out of range "
                f"or already in use on tile ({tile.col}, {tile.row})"
            )
        used.add(pin)

    # Step 4: lowest free channel, IR order, producer before consumers.
    grants: list[ShimEndpoint] = []
    for fifo, tile, direction, pin in ends:
        used = taken.setdefault((tile.col, tile.row, direction), set())
        if pin is None:
            free = [c for c in range(shim) if c not in used]
            if not free:
                side = "output" if direction == tm.DmaDir.MM2S else "input"
                raise ShimAllocationError(
                    f"aie.objectfifo @{fifo.sym_name}: number of {side} DMA channels exceeded on shim tile "
                    f"({tile.col}, {tile.row}) ({shim} {direction.name} channels)"
                )
            pin = free[0]
            used.add(pin)
        grants.append(ShimEndpoint(fifo.sym_name, tile.col, tile.row, direction, pin))
    return grants


def allocate_shim_channels(fifos: list[aie.ObjectFifoOp]) -> dict[str, ShimEndpoint | None]:
    """Fifo name -> its shim endpoint; None for a fifo with several shim endpoints
    (ambiguous as a symbol). Fifos without a shim endpoint are absent."""
    result: dict[str, ShimEndpoint | None] = {}
    for grant in shim_channel_grants(fifos):
        result[grant.symbol] = None if grant.symbol in result else grant
    return result


class ShimAllocations:
    """Resolves a symbol to its shim endpoint within one `aie.device`.

    Order: an `aie.shim_dma_allocation` of that name; else an `aie.objectfifo` of that
    name (rule above); else, for `@X_shim_alloc`, the objectfifo `@X` (2026 naming).
    Built once per device; each lookup is O(1).
    """

    def __init__(self, device: aie.DeviceOp):
        self.device = device
        self._allocs: dict[str, aie.ShimDmaAllocationOp] = {}
        self._fifos: list[aie.ObjectFifoOp] = []
        self._fifo_names: set[str] = set()
        for op in device.body.block.ops:
            if isinstance(op, aie.ShimDmaAllocationOp):
                self._allocs.setdefault(op.sym_name, op)
            elif isinstance(op, aie.ObjectFifoOp):
                self._fifos.append(op)
                self._fifo_names.add(op.sym_name)
        self._fifo_channels: dict[str, ShimEndpoint] | None = None
        self._cache: dict[str, ShimEndpoint] = {}

    def fifo_channels(self) -> dict[str, ShimEndpoint | None]:
        if self._fifo_channels is None:
            self._fifo_channels = allocate_shim_channels(self._fifos)
        return self._fifo_channels

    def resolve(self, symbol: str, user: str = "") -> ShimEndpoint:
        hit = self._cache.get(symbol)
        if hit is not None:
            return hit
        ep = self._resolve(symbol, user)
        self._cache[symbol] = ep
        return ep

    def _resolve(self, symbol: str, user: str) -> ShimEndpoint:
        prefix = f"{user}: " if user else ""
        alloc = self._allocs.get(symbol)
        if alloc is not None:
            return ShimEndpoint(symbol, alloc.column, alloc.row, alloc.direction, alloc.channel)
        name = symbol
        if name not in self._fifo_names and name.endswith(SHIM_ALLOC_SUFFIX):
            name = name[: -len(SHIM_ALLOC_SUFFIX)]
        if name in self._fifo_names:
            channels = self.fifo_channels()
            if name not in channels:
                raise ShimAllocationError(f"{prefix}aie.objectfifo @{name} has no shim tile endpoint")
            ep = channels[name]
            if ep is None:
                raise ShimAllocationError(
                    f"{prefix}aie.objectfifo @{name} has more than one shim tile endpoint; name an explicit "
                    "aie.shim_dma_allocation instead"
                )
            return ep
        raise ShimAllocationError(f"{prefix}no aie.shim_dma_allocation or aie.objectfifo named @{symbol}")


def shim_endpoint(device: aie.DeviceOp, symbol: str) -> ShimEndpoint:
    """One-off lookup (builds the tables; use ShimAllocations for many lookups)."""
    return ShimAllocations(device).resolve(symbol)


def device_shim_channels(device: aie.DeviceOp) -> list[ShimEndpoint]:
    """Every shim channel the objectfifos of `device` take, in grant order."""
    return shim_channel_grants([op for op in device.body.block.ops if isinstance(op, aie.ObjectFifoOp)])


__all__ = [
    "ShimAllocationError",
    "ShimAllocations",
    "ShimEndpoint",
    "allocate_shim_channels",
    "device_shim_channels",
    "shim_channel_grants",
    "shim_endpoint",
]
