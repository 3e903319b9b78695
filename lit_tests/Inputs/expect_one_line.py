"""Echo stdin and fail unless it is exactly one non-empty line (a one-line error)."""

import sys

text = sys.stdin.read()
sys.stdout.write(text)
lines = text.splitlines()
if len(lines) != 1 or not lines[0].strip() or not text.endswith("\n"):
    sys.stderr.write(f"expected exactly one line of diagnostics, got {len(lines)}: {text!r}\n")
    sys.exit(1)
