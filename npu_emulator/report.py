"""The emulation report: hazards, deadlock, per-channel statistics."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Hazard:
    kind: str  # bd-rewrite, queue-overflow, out-of-bounds, patch-argument, token-not-synced, incomplete, ...
    op: int  # index of the TXN record (0-based, header excluded); -1 = design runtime sequence
    location: str
    message: str

    def __str__(self) -> str:
        where = f" [{self.location}]" if self.location else ""
        return f"op {self.op}: {self.kind}{where}: {self.message}"


@dataclass(frozen=True)
class ChannelStats:
    channel: str
    fifo: str | None
    pushes: int
    dropped: int
    completed: int
    words: int
    bytes: int
    tokens_issued: int
    tokens_consumed: int


@dataclass(frozen=True)
class Deadlock:
    op: int
    chain: tuple[str, ...]  # innermost cause first
    stuck: tuple[str, ...]  # channels / cores that cannot move

    def __str__(self) -> str:
        return f"deadlock at op {self.op}: " + " <- ".join(self.chain)


@dataclass
class Report:
    device: str
    ops: int
    hazards: list[Hazard] = field(default_factory=list)
    deadlock: Deadlock | None = None
    channels: list[ChannelStats] = field(default_factory=list)
    fifos: dict[str, int] = field(default_factory=dict)  # objects delivered per fifo
    register_writes: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    engine: str = ""
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.hazards and self.deadlock is None

    def hazards_of(self, kind: str) -> list[Hazard]:
        return [h for h in self.hazards if h.kind == kind]

    def summary(self) -> str:
        lines = [f"virtual NPU ({self.device}, {self.ops} ops, {self.engine} engine): {'OK' if self.ok else 'PROBLEMS'}"]
        if self.deadlock:
            lines.append(f"  {self.deadlock}")
            lines.append(f"  stuck: {', '.join(self.deadlock.stuck)}")
        for h in self.hazards[:50]:
            lines.append(f"  {h}")
        if len(self.hazards) > 50:
            lines.append(f"  ... {len(self.hazards) - 50} more hazards")
        for c in self.channels:
            lines.append(
                f"  {c.channel:<22} {c.fifo or '-':<14} pushes {c.pushes:4d} dropped {c.dropped} completed {c.completed:4d} "
                f"bytes {c.bytes:12d} tokens {c.tokens_issued}/{c.tokens_consumed}"
            )
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()
