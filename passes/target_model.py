"""Devices, register map and hardware limits of the NPU targets.

One table per device and one register map shared by AIE2 (npu1) and AIE2P (npu2):
the spec (npu-runtime-sequence.md §1, §5, §8) says NPU2's model derives from AIE2's,
so the shim register map is identical and only devGen, columns and bursts differ.
Every pass, the TXN codec, the disassembler and the emulator read addresses from here;
no other module spells a register offset.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class DmaDir(IntEnum):
    """Direction as encoded everywhere in TXN and sync records (spec §3)."""

    S2MM = 0
    MM2S = 1


class TileKind(IntEnum):
    SHIM = 0
    MEMTILE = 1
    CORE = 2


@dataclass(frozen=True)
class Device:
    name: str
    generation: str  # "aie2" (npu1) or "aie2p" (npu2)
    dev_gen: int  # TXN header devGen: 3 = NPU (PHX/HWK), 4 = NPU2 (STX/KRK)
    columns: int
    rows: int = 6  # row 0 shim, row 1 memtile, rows 2-5 cores
    memtile_rows: int = 1

    @property
    def max_burst_bytes(self) -> int:
        return 512 if self.generation == "aie2p" else 256

    @property
    def burst_encodings(self) -> dict[int, int]:
        """Shim burst length in bytes -> 2-bit Burst field (getShimBurstEncodingsAndLengths)."""
        enc = {64: 0, 128: 1, 256: 2}
        if self.generation == "aie2p":
            enc[512] = 3
        return enc

    def encode_burst(self, burst_length: int) -> int:
        """0 means the largest burst the device supports (spec §5 'Burst')."""
        if burst_length == 0:
            return self.burst_encodings[self.max_burst_bytes]
        try:
            return self.burst_encodings[burst_length]
        except KeyError:
            allowed = ", ".join(str(b) for b in (0, *self.burst_encodings))
            raise ValueError(
                f"burst_length {burst_length} is not supported on {self.name} "
                f"(allowed: {allowed} bytes)"
            ) from None

    def decode_burst(self, field: int) -> int:
        for length, code in self.burst_encodings.items():
            if code == field:
                return length
        raise ValueError(f"burst field {field} is not defined on {self.name}")

    def tile_kind(self, row: int) -> TileKind:
        if row == 0:
            return TileKind.SHIM
        if row <= self.memtile_rows:
            return TileKind.MEMTILE
        return TileKind.CORE

    @property
    def first_core_row(self) -> int:
        return 1 + self.memtile_rows


def _devices() -> dict[str, Device]:
    table: dict[str, Device] = {"npu1": Device("npu1", "aie2", 3, 4)}
    for n in (1, 2, 3):
        table[f"npu1_{n}col"] = Device(f"npu1_{n}col", "aie2", 3, n)
    table["npu2"] = Device("npu2", "aie2p", 4, 8)
    for n in range(1, 8):
        table[f"npu2_{n}col"] = Device(f"npu2_{n}col", "aie2p", 4, n)
    return table


DEVICES: dict[str, Device] = _devices()


class UnknownDeviceError(ValueError):
    pass


def get_device(name: str) -> Device:
    try:
        return DEVICES[name]
    except KeyError:
        raise UnknownDeviceError(
            f"unknown device '{name}' (expected one of: {', '.join(DEVICES)})"
        ) from None


# ---------------------------------------------------------------------------
# Addressing (AIETargetModel.cpp): absolute = col<<25 | row<<20 | offset
# ---------------------------------------------------------------------------
COLUMN_SHIFT = 25
ROW_SHIFT = 20
TILE_OFFSET_MASK = 0xFFFFF


def tile_address(col: int, row: int, offset: int) -> int:
    return ((col & 0xFF) << COLUMN_SHIFT) | ((row & 0xFF) << ROW_SHIFT) | (offset & TILE_OFFSET_MASK)


def split_address(address: int) -> tuple[int, int, int]:
    """Absolute address -> (col, row, tile-local offset)."""
    return (address >> COLUMN_SHIFT) & 0x7F, (address >> ROW_SHIFT) & 0x1F, address & TILE_OFFSET_MASK


@dataclass(frozen=True)
class TileRegisters:
    """Register offsets of one tile kind (spec §5 table)."""

    bd_base: int
    bd_stride: int
    bd_count: int
    bd_words: int
    base_address_word: int  # index of the BD word holding the base address
    s2mm_ctrl: int
    mm2s_ctrl: int
    channel_stride: int  # ctrl registers step by this per channel
    s2mm_status: int
    mm2s_status: int
    status_stride: int
    channels_per_dir: int
    lock_base: int
    lock_stride: int
    lock_count: int
    queue_bd_mask: int  # Start_BD_ID width in the queue word

    def bd_offset(self, bd_id: int) -> int:
        return self.bd_base + self.bd_stride * bd_id

    def ctrl_offset(self, direction: DmaDir, channel: int) -> int:
        base = self.mm2s_ctrl if direction == DmaDir.MM2S else self.s2mm_ctrl
        return base + self.channel_stride * channel

    def queue_offset(self, direction: DmaDir, channel: int) -> int:
        return self.ctrl_offset(direction, channel) + 4

    def status_offset(self, direction: DmaDir, channel: int) -> int:
        base = self.mm2s_status if direction == DmaDir.MM2S else self.s2mm_status
        return base + self.status_stride * channel

    def lock_offset(self, lock_id: int) -> int:
        return self.lock_base + self.lock_stride * lock_id


SHIM = TileRegisters(
    bd_base=0x1D000, bd_stride=0x20, bd_count=16, bd_words=8, base_address_word=1,
    s2mm_ctrl=0x1D200, mm2s_ctrl=0x1D210, channel_stride=8,
    s2mm_status=0x1D220, mm2s_status=0x1D228, status_stride=4,
    channels_per_dir=2, lock_base=0x14000, lock_stride=0x10, lock_count=16,
    queue_bd_mask=0xF,
)
MEMTILE = TileRegisters(
    bd_base=0xA0000, bd_stride=0x20, bd_count=48, bd_words=8, base_address_word=1,
    s2mm_ctrl=0xA0600, mm2s_ctrl=0xA0630, channel_stride=8,
    s2mm_status=0xA0660, mm2s_status=0xA0680, status_stride=4,
    channels_per_dir=6, lock_base=0xC0000, lock_stride=0x10, lock_count=64,
    queue_bd_mask=0x3F,
)
CORE = TileRegisters(
    bd_base=0x1D000, bd_stride=0x20, bd_count=16, bd_words=6, base_address_word=0,
    s2mm_ctrl=0x1DE00, mm2s_ctrl=0x1DE10, channel_stride=8,
    s2mm_status=0x1DF00, mm2s_status=0x1DF10, status_stride=4,
    channels_per_dir=2, lock_base=0x1F000, lock_stride=0x10, lock_count=16,
    queue_bd_mask=0xF,
)
REGISTERS: dict[TileKind, TileRegisters] = {
    TileKind.SHIM: SHIM,
    TileKind.MEMTILE: MEMTILE,
    TileKind.CORE: CORE,
}


def registers_for_row(row: int) -> TileRegisters:
    """Register map of the tile at `row` (all devices share rows 0/1/2+ layout)."""
    if row == 0:
        return SHIM
    if row == 1:
        return MEMTILE
    return CORE


def shim_bd_address(col: int, bd_id: int) -> int:
    return tile_address(col, 0, SHIM.bd_offset(bd_id))


def shim_queue_address(col: int, direction: DmaDir, channel: int) -> int:
    return tile_address(col, 0, SHIM.queue_offset(direction, channel))


def shim_status_address(col: int, direction: DmaDir, channel: int) -> int:
    return tile_address(col, 0, SHIM.status_offset(direction, channel))


# Queue word (spec §5): Start_BD_ID [3:0] (6 bits on a memtile), Repeat_Count [23:16],
# Enable_Token_Issue [31].
QUEUE_REPEAT_SHIFT = 16
QUEUE_REPEAT_MASK = 0xFF
QUEUE_TOKEN_BIT = 31


def queue_word(bd_id: int, repeat_count: int, issue_token: bool, bd_mask: int = 0xF) -> int:
    return (bd_id & bd_mask) | ((repeat_count & QUEUE_REPEAT_MASK) << QUEUE_REPEAT_SHIFT) | (
        int(bool(issue_token)) << QUEUE_TOKEN_BIT
    )


def decode_queue_word(value: int, bd_mask: int = 0xF) -> tuple[int, int, bool]:
    """Inverse of queue_word: (bd_id, repeat_count, issue_token)."""
    return value & bd_mask, (value >> QUEUE_REPEAT_SHIFT) & QUEUE_REPEAT_MASK, bool((value >> QUEUE_TOKEN_BIT) & 1)


# Ctrl register Controller_ID [12:8] (spec §5, §4.5).
CTRL_CONTROLLER_ID_SHIFT = 8
CTRL_CONTROLLER_ID_MASK = 0x1F00

# DMA channel status register: Task_Queue_Size [22:20]. A queue holding 4 tasks
# sets bit 22, so "poll bit 22 == 0" means "there is space" — the poll mlir-aie's
# enforce-queue-depth inserts (test/dialect/AIEX/.../enforce_queue_depth: address
# 0x1D228, value 0, mask 0x400000 = 4 << 20).
STATUS_TASK_QUEUE_SIZE_MASK = 0x00700000
STATUS_TASK_QUEUE_SIZE_SHIFT = 20

# ---------------------------------------------------------------------------
# Hardware limits (spec §8)
# ---------------------------------------------------------------------------
SHIM_BD_COUNT = SHIM.bd_count
TASK_QUEUE_DEPTH = 4
MAX_REPEAT_COUNT = 255
MAX_WRAP = 1023  # d0/d1 wrap, 10 bits
MAX_STEP_WORDS = 1 << 20  # stride field holds step-1 in 20 bits
MAX_ITERATION_WRAP = 64  # iteration field holds wrap-1 in 6 bits
MAX_HOST_BUFFERS = 16  # kMaxHostBOs (PR #3252)
MIN_HOST_BUFFERS = 5  # kMinHostBOs
FIRMWARE_TRANSLATED_BUFFERS = 5  # arg_idx < 5 is translated by the firmware
DDR_FOLD_OFFSET = 0x80000000  # added to arg_plus for arg_idx >= 5 (PR #3345)
ADDRESS_GRANULE_BYTES = 4
MAX_PACKET_ID = 31
MAX_PACKET_TYPE = 7
