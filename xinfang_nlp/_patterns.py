"""Shared regex settings. Every pattern that runs on document text uses the ``regex`` module
with this timeout (seconds), so a pathological input cannot hang a batch."""

from __future__ import annotations

import regex

REGEX_TIMEOUT = 5.0

_DIGIT = regex.compile(r"\d")


def has_digit(text: str, start: int = 0) -> bool:
    """``regex.search(r"\\d", text, start)`` without the call, which costs microseconds under the
    timeout (it reads the process clock twice): str.isdecimal is the regex's ``\\d`` on the BMP
    (tests/test_prefilters.py), so only a text with a character past it goes to the regex."""
    rest = text[start:]
    if rest and max(rest) > "\uffff":
        return _DIGIT.search(rest, timeout=REGEX_TIMEOUT) is not None
    return any(map(str.isdecimal, rest))
