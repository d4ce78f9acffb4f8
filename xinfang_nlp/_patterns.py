"""Shared regex settings. Every pattern that runs on document text uses the ``regex`` module
with this timeout (seconds), so a pathological input cannot hang a batch."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import regex

REGEX_TIMEOUT = 5.0
# a year as reports write it: 2024年 (group 1 the year)
YEAR = regex.compile(r"((?:19|20)\d{2})年")

_DIGIT = regex.compile(r"\d")


def has_digit(text: str, start: int = 0) -> bool:
    """``regex.search(r"\\d", text, start)`` without the call, which costs microseconds under the
    timeout (it reads the process clock twice): str.isdecimal is the regex's ``\\d`` on the BMP
    (tests/test_prefilters.py), so only a text with a character past it goes to the regex."""
    rest = text[start:]
    if rest and max(rest) > "\uffff":
        return _DIGIT.search(rest, timeout=REGEX_TIMEOUT) is not None
    return any(map(str.isdecimal, rest))


def first_digit(text: str) -> int:
    """Where ``regex.search(r"\\d", text)`` finds a digit, or -1 when it finds none: without the
    call (see :func:`has_digit`) unless the text holds a character past the BMP."""
    if text and max(text) > "\uffff":
        found = _DIGIT.search(text, timeout=REGEX_TIMEOUT)
        return found.start() if found else -1
    for index, char in enumerate(text):
        if char.isdecimal():
            return index
    return -1


# How many texts a remembered regex call keeps (most recent first): enough for the repeats within
# a stretch of a report (the same lead or clause prefix read by several figures and rules), small
# enough that memory stays bounded over any batch.
REMEMBERED = 256


def remembered(method: Callable[..., Any], size: int = REMEMBERED) -> Callable[[str], Any]:
    """``method(text, timeout=REGEX_TIMEOUT)`` for a compiled pattern's bound ``search`` or
    ``match`` (or ``functools.partial(pattern.sub, repl)``), remembered for the last ``size``
    texts (a string seen again is usually seen again soon): a call under
    the timeout reads the process clock (microseconds), a remembered result is a dict look-up.
    The result is a pure function of the text (a match object is immutable); an exception (a
    timeout) is not remembered."""

    @lru_cache(maxsize=size)
    def call(text: str) -> Any:
        return method(text, timeout=REGEX_TIMEOUT)

    return call


def remembered_all(
    pattern: regex.Pattern[str], size: int = REMEMBERED
) -> Callable[[str], tuple[Any, ...]]:
    """``tuple(pattern.finditer(text, timeout=REGEX_TIMEOUT))``, remembered as by
    :func:`remembered`."""

    @lru_cache(maxsize=size)
    def call(text: str) -> tuple[Any, ...]:
        return tuple(pattern.finditer(text, timeout=REGEX_TIMEOUT))

    return call


# a line of a table flattened with spaces or ｜ between its cells instead of tabs (城关镇 112 98
# +14 1,286.4 11.5; 县(市、区)｜受理｜…): three or more short cells, no sentence punctuation
SPACED_ROW = regex.compile(
    r"[ \u3000]*[｜|]?[ \u3000]*(?:[^\s。,;:，；：｜|]|(?<=\d)[,，。](?=\d)){1,24}"
    r"(?:(?:[ \u3000]*[｜|][ \u3000]*|[ \u3000]+)"
    r"(?:[^\s。,;:，；：｜|]|(?<=\d)[,，。](?=\d)){1,24}){2,}"
    r"[ \u3000]*[｜|]?[ \u3000]*"
)
_SPACED_ROW_IN_TEXT = regex.compile(
    r"(?m)^[^\S\n]*(?:[^\s。,;:，；：｜|]|(?<=\d)[,，。](?=\d)){1,24}"
    r"(?:[ \u3000｜|]+(?:[^\s。,;:，；：｜|]|(?<=\d)[,，。](?=\d)){1,24}){2,}[^\S\n]*$"
)


@lru_cache(maxsize=4)
def may_hold_table(raw: str) -> bool:
    """Whether ``raw`` may hold a flattened table: a tab, or a line of short cells between
    spaces or ｜ (most reports hold neither, at the cost of a few substring tests). Remembered:
    extraction, the table reader and the checks each ask it of the same text."""
    if "\t" in raw:
        return True
    if " " not in raw and "\u3000" not in raw and "｜" not in raw and "|" not in raw:
        return False
    return _SPACED_ROW_IN_TEXT.search(raw, timeout=REGEX_TIMEOUT) is not None
