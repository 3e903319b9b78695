"""A one-line progress indicator for long work, shown only on a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, stream: TextIO | None):
        self.stream = stream
        self.start = time.perf_counter()
        self._width = 0

    @staticmethod
    def disabled() -> Progress:
        return Progress(None)

    @staticmethod
    def for_stream(stream: TextIO = sys.stderr) -> Progress:
        return Progress(stream if stream.isatty() else None)

    def update(self, message: str, fraction: float | None = None) -> None:
        if self.stream is None:
            return
        elapsed = time.perf_counter() - self.start
        bar = ""
        if fraction is not None:
            filled = int(20 * max(0.0, min(1.0, fraction)))
            bar = f"[{'#' * filled}{'.' * (20 - filled)}] {100 * fraction:3.0f}% "
        line = f"{bar}{message} ({elapsed:.1f}s)"
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def done(self) -> None:
        if self.stream is not None and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
