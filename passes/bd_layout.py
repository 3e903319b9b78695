"""Shim buffer-descriptor words and the access-pattern -> BD-field conversion.

`ShimBd` holds the fields of `aiex.npu.writebd` (mlir-aie attribute names) and packs
them into the 8-word shim BD of spec §5; `hardware_dims` is spec §4.1
(`getHardwareStridesWraps`). Both are pure functions of their inputs.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from passes import target_model as tm


def _field(value: int, width: int, shift: int) -> int:
    return (value & ((1 << width) - 1)) << shift


def _get(word: int, width: int, shift: int) -> int:
    return (word >> shift) & ((1 << width) - 1)


def _signed(value: int, width: int) -> int:
    return value - (1 << width) if value & (1 << (width - 1)) else value


@dataclass(frozen=True)
class ShimBd:
    """One shim BD, field by field. Strides are stored encoded (value - 1)."""

    buffer_length: int = 0  # words
    buffer_offset: int = 0  # bytes; word 1 until DDR_PATCH replaces it
    enable_packet: int = 0
    out_of_order_id: int = 0
    packet_id: int = 0
    packet_type: int = 0
    d0_size: int = 0
    d0_stride: int = 0
    d1_size: int = 0
    d1_stride: int = 0
    d2_stride: int = 0
    iteration_current: int = 0
    iteration_size: int = 0
    iteration_stride: int = 0
    burst: int = 0  # encoded 2-bit field, see Device.encode_burst
    axcache: int = 2  # 2026 mlir-aie writes 2 ("enable upsizing in NoC"), spec §5
    tlast_suppress: int = 0
    next_bd: int = 0
    use_next_bd: int = 0
    valid_bd: int = 1
    lock_rel_val: int = 0  # 7-bit two's complement
    lock_rel_id: int = 0
    lock_acq_enable: int = 0
    lock_acq_val: int = 0  # 7-bit two's complement
    lock_acq_id: int = 0

    def pack(self) -> list[int]:
        w = [0] * 8
        w[0] = self.buffer_length & 0xFFFFFFFF
        w[1] = self.buffer_offset & 0xFFFFFFFC
        w[2] = (
            _field(self.enable_packet, 1, 30)
            | _field(self.out_of_order_id, 6, 24)
            | _field(self.packet_id, 5, 19)
            | _field(self.packet_type, 3, 16)
        )
        w[3] = _field(self.d0_size, 10, 20) | _field(self.d0_stride, 20, 0)
        w[4] = _field(self.burst, 2, 30) | _field(self.d1_size, 10, 20) | _field(self.d1_stride, 20, 0)
        w[5] = _field(self.axcache, 4, 24) | _field(self.d2_stride, 20, 0)
        w[6] = (
            _field(self.iteration_current, 6, 26)
            | _field(self.iteration_size, 6, 20)
            | _field(self.iteration_stride, 20, 0)
        )
        w[7] = (
            _field(self.tlast_suppress, 1, 31)
            | _field(self.next_bd, 4, 27)
            | _field(self.use_next_bd, 1, 26)
            | _field(self.valid_bd, 1, 25)
            | _field(self.lock_rel_val, 7, 18)
            | _field(self.lock_rel_id, 4, 13)
            | _field(self.lock_acq_enable, 1, 12)
            | _field(self.lock_acq_val, 7, 5)
            | _field(self.lock_acq_id, 4, 0)
        )
        return w

    @staticmethod
    def unpack(words: list[int] | tuple[int, ...]) -> "ShimBd":
        if len(words) != 8:
            raise ValueError(f"a shim BD has 8 words, got {len(words)}")
        w = list(words)
        return ShimBd(
            buffer_length=w[0],
            buffer_offset=w[1] & 0xFFFFFFFC,
            enable_packet=_get(w[2], 1, 30),
            out_of_order_id=_get(w[2], 6, 24),
            packet_id=_get(w[2], 5, 19),
            packet_type=_get(w[2], 3, 16),
            d0_size=_get(w[3], 10, 20),
            d0_stride=_get(w[3], 20, 0),
            burst=_get(w[4], 2, 30),
            d1_size=_get(w[4], 10, 20),
            d1_stride=_get(w[4], 20, 0),
            axcache=_get(w[5], 4, 24),
            d2_stride=_get(w[5], 20, 0),
            iteration_current=_get(w[6], 6, 26),
            iteration_size=_get(w[6], 6, 20),
            iteration_stride=_get(w[6], 20, 0),
            tlast_suppress=_get(w[7], 1, 31),
            next_bd=_get(w[7], 4, 27),
            use_next_bd=_get(w[7], 1, 26),
            valid_bd=_get(w[7], 1, 25),
            lock_rel_val=_signed(_get(w[7], 7, 18), 7),
            lock_rel_id=_get(w[7], 4, 13),
            lock_acq_enable=_get(w[7], 1, 12),
            lock_acq_val=_signed(_get(w[7], 7, 5), 7),
            lock_acq_id=_get(w[7], 4, 0),
        )

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


# Field widths a writebd verifier checks (bits); strides/steps hold value-1.
SHIM_BD_FIELD_BITS: dict[str, int] = {
    "buffer_length": 32,
    "enable_packet": 1,
    "out_of_order_id": 6,
    "packet_id": 5,
    "packet_type": 3,
    "d0_size": 10,
    "d0_stride": 20,
    "d1_size": 10,
    "d1_stride": 20,
    "d2_stride": 20,
    "iteration_current": 6,
    "iteration_size": 6,
    "iteration_stride": 20,
    "next_bd": 4,
    "use_next_bd": 1,
    "valid_bd": 1,
    "lock_rel_id": 4,
    "lock_acq_enable": 1,
    "lock_acq_id": 4,
    "axcache": 4,
}
SIGNED_LOCK_FIELDS = ("lock_rel_val", "lock_acq_val")  # 7-bit two's complement


@dataclass(frozen=True)
class HardwareDims:
    """Spec §4.1: BD fields for an element access pattern (all counts in words)."""

    buffer_length: int
    d0_size: int
    d0_stride: int
    d1_size: int
    d1_stride: int
    d2_size: int
    d2_stride: int
    iteration_size: int
    iteration_stride: int
    repeat_count: int
    linear: bool


def words(count: int, elem_bits: int) -> int:
    """W(x) = x * eb / 32."""
    return count * elem_bits // 32


def is_contiguous(sizes: list[int], strides: list[int]) -> bool:
    """A row-major scan of the inner three dims (mlir-aie `isContiguousTransfer`):
    unit d0 stride and each outer stride equal to the product of the inner sizes
    (dims of size 1 are exempt). The linear form `[s3,1,1,len][t3,0,0,1]` is one."""
    _, s2, s1, s0 = sizes
    _, t2, t1, t0 = strides
    if t0 != 1:
        return False
    if s1 != 1 and t1 != s0:
        return False
    return s2 == 1 or t2 == s0 * s1


def hardware_dims(sizes: list[int], strides: list[int], elem_bits: int) -> HardwareDims:
    """Sizes/strides are highest-first [s3, s2, s1, s0] / [t3, t2, t1, t0], in elements."""
    s3, s2, s1, s0 = sizes
    t3, t2, t1, t0 = strides
    repeat = s3 - 1
    if s3 > 1 and t3 > 0:
        it_size, it_stride = s3 - 1, words(t3, elem_bits) - 1
    else:
        it_size, it_stride = 0, 0
    if is_contiguous(sizes, strides):
        # Linear mode on the shim: d-fields zero, the whole scan in buffer_length.
        return HardwareDims(words(s0, elem_bits) * s1 * s2, 0, 0, 0, 0, 0, 0, it_size, it_stride, repeat, True)
    d0_size = words(s0, elem_bits)
    d0_stride = 0 if t0 == 1 else words(t0, elem_bits) - 1
    d1_size = s1
    d1_stride = words(t1, elem_bits) - 1 if s1 > 1 else 0
    d2_stride = words(t2, elem_bits) - 1 if s2 > 1 else 0
    length = d0_size * s1 * s2
    return HardwareDims(length, d0_size, d0_stride, d1_size, d1_stride, 0, d2_stride, it_size, it_stride, repeat, False)


def pattern_errors(sizes: list[int], strides: list[int], elem_bits: int, offset_elems: int | None = None) -> list[str]:
    """Spec §8 shim limits for an access pattern (elements, highest dim first).

    Returns human-readable violations, most fundamental first; empty when legal.
    """
    errors: list[str] = []
    if elem_bits > 32:
        return [f"element width {elem_bits} bits exceeds 32"]
    if any(s <= 0 for s in sizes):
        return [f"sizes must be > 0, got {list(sizes)}"]
    if any(t < 0 for t in strides):
        return [f"strides must be >= 0, got {list(strides)}"]
    s3, s2, s1, s0 = sizes
    t3, t2, t1, t0 = strides

    def byte_aligned(count: int) -> bool:
        return (count * elem_bits) % (8 * tm.ADDRESS_GRANULE_BYTES) == 0

    if not byte_aligned(s0):
        errors.append(
            f"d0 size {s0} elements ({s0 * elem_bits // 8} bytes) is not a multiple of {tm.ADDRESS_GRANULE_BYTES} bytes"
        )
    if offset_elems is not None and not byte_aligned(offset_elems):
        errors.append(f"offset {offset_elems} elements is not {tm.ADDRESS_GRANULE_BYTES}-byte aligned")
    if not is_contiguous(list(sizes), list(strides)):
        if words(s0, elem_bits) > tm.MAX_WRAP:
            errors.append(f"d0 size {words(s0, elem_bits)} words exceeds the 10-bit wrap limit ({tm.MAX_WRAP})")
        if s1 > tm.MAX_WRAP:
            errors.append(f"d1 size {s1} exceeds the 10-bit wrap limit ({tm.MAX_WRAP})")
        for dim, size, stride in (("d0", s0, t0), ("d1", s1, t1), ("d2", s2, t2)):
            if size <= 1 or (dim == "d0" and stride == 1):
                continue
            if stride == 0:
                errors.append(f"{dim} stride 0 with size {size}: a zero stride is only legal in dimension 3 (repeat)")
            elif not byte_aligned(stride):
                errors.append(f"{dim} stride {stride} elements is not a multiple of {tm.ADDRESS_GRANULE_BYTES} bytes")
            elif words(stride, elem_bits) > tm.MAX_STEP_WORDS:
                errors.append(
                    f"{dim} stride {words(stride, elem_bits)} words exceeds the 20-bit shim limit (max {tm.MAX_STEP_WORDS})"
                )
    if s3 > 1 and t3 > 0:
        if s3 > tm.MAX_ITERATION_WRAP:
            errors.append(f"iteration size {s3} exceeds the 6-bit iteration wrap limit ({tm.MAX_ITERATION_WRAP})")
        if not byte_aligned(t3):
            errors.append(f"d3 stride {t3} elements is not a multiple of {tm.ADDRESS_GRANULE_BYTES} bytes")
        elif words(t3, elem_bits) > tm.MAX_STEP_WORDS:
            errors.append(
                f"d3 (iteration) stride {words(t3, elem_bits)} words exceeds the 20-bit shim limit (max {tm.MAX_STEP_WORDS})"
            )
    if s3 - 1 > tm.MAX_REPEAT_COUNT:
        errors.append(f"repeat count {s3 - 1} (sizes[0] - 1) exceeds the 8-bit limit ({tm.MAX_REPEAT_COUNT})")
    return errors
