"""User-facing errors: every bad input ends in one clear line and a non-zero exit."""

from __future__ import annotations


class UserError(Exception):
    """An error caused by the input, reported as one line without a traceback."""


class PassFailure(UserError):
    """A pass found the IR violates a rule (a hardware limit, a binding, ...)."""
