"""Scoring candidate decodings: how much of a text looks like ordinary Chinese prose."""

from __future__ import annotations

from functools import cache

from ._lexicon import data_lines

# Punctuation and symbols normal in reports, in either width.
_ORDINARY_SYMBOLS = frozenset("，。、；：？！“”‘’（）《》〈〉【】—…·％＋－／０１２３４５６７８９　")


@cache
def common_chars() -> frozenset[str]:
    return frozenset("".join(data_lines("common_chars.txt")))


def plausibility(text: str, *, sample: int = 20000) -> float:
    """Share of the non-ASCII characters in ``text`` that are common Chinese characters or
    ordinary punctuation (1.0 for pure ASCII). A wrong legacy decoding scores far lower.

    >>> plausibility("共接待来信来访50批195人次。") > 0.9
    True
    >>> wrong = "來信來訪五十批".encode("big5").decode("gb18030")
    >>> plausibility(wrong) < 0.6
    True
    """
    common = common_chars()
    good = bad = 0
    for ch in text[:sample]:
        if ch < "\x80":
            continue
        if ch in common or ch in _ORDINARY_SYMBOLS:
            good += 1
        elif not ch.isspace():
            bad += 1
    total = good + bad
    return 1.0 if total == 0 else good / total
