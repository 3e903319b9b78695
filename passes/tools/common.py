"""Shared plumbing for the command-line tools: input, atomic output, one-line errors."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import NoReturn


def read_text(path: str) -> tuple[str, str]:
    """(text, display name) of FILE or '-' (stdin)."""
    if path == "-":
        return sys.stdin.read(), "<stdin>"
    try:
        return Path(path).read_text(), path
    except OSError as e:
        fail(Path(sys.argv[0]).name, f"cannot read {path}: {e.strerror}")


def write_atomic(path: str | os.PathLike, data: bytes | str) -> None:
    """Write to a temp file in the same directory, then rename: never a partial file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_output(path: str | None, text: str) -> None:
    """`-o FILE` (atomically) or stdout."""
    if path:
        write_atomic(path, text)
    else:
        sys.stdout.write(text)


def fail(tool: str, message: str, code: int = 1) -> NoReturn:
    first = message.strip().splitlines()[0] if message.strip() else "failed"
    print(f"{tool}: error: {first}", file=sys.stderr)
    sys.exit(code)


class ArgumentParser(argparse.ArgumentParser):
    """argparse with usage errors reduced to one line (`tool: error: ...`, exit 2)."""

    def error(self, message: str):
        fail(self.prog, f"{message} (see --help)", 2)
