"""Word tokens: a private jieba tokenizer with the domain dictionary.

jieba is wrapped, not imitated (see docs/style.md): we build our own ``jieba.Tokenizer`` instead
of the global one, hand it its dictionary read on demand (``_jieba_dict``: milliseconds instead of
about a second, no cache file) or else point its cache at a per-user cache folder (never the
package, never a read-only home), silence its DEBUG logger, and keep figures whole — ``195人次``
is cut out before jieba sees the text, so it can never become ``19`` + ``5人次``.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from ._jieba_dict import load_prefix_dictionary
from ._lexicon import measure_words, resource_text
from ._patterns import REGEX_TIMEOUT

if TYPE_CHECKING:
    import jieba

__all__ = ["Token", "WordTokenizer", "word_tokenizer"]


@dataclass(frozen=True, slots=True)
class Token:
    """A word token; ``start``/``end`` are offsets in the text that was tokenized."""

    text: str
    start: int
    end: int
    is_figure: bool = False


def _figure_pattern() -> regex.Pattern[str]:
    units = "|".join(regex.escape(word) for word in measure_words())
    # A figure: digits with optional decimal part, optional scale, then %/‰/个百分点 or a unit.
    return regex.compile(
        r"""
        (?<![\p{Latin}\d.])
        \d++(?:\.\d++)?+
        (?:[万亿千百]{1,2}+)?+
        (?:%|‰|个百分点|(?:"""
        + units
        + r"""))?+
        """,
        regex.VERBOSE,
    )


def cache_dir() -> Path:
    """A private, writable folder for jieba's prefix-dictionary cache."""
    candidates = []
    if os.environ.get("XDG_CACHE_HOME"):
        candidates.append(Path(os.environ["XDG_CACHE_HOME"]) / "xinfang-nlp")
    candidates.append(Path.home() / ".cache" / "xinfang-nlp")
    uid = os.getuid() if hasattr(os, "getuid") else 0
    candidates.append(Path(tempfile.gettempdir()) / f"xinfang-nlp-{uid}")
    for folder in candidates:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            probe = folder / ".write-probe"
            probe.write_bytes(b"")
            probe.unlink()
            return folder
        except OSError:
            continue
    # Nowhere writable: jieba will log (silenced) and run without a cache.
    return Path(tempfile.gettempdir())


class WordTokenizer:
    """One jieba tokenizer with the domain dictionary; build it through :func:`word_tokenizer`."""

    def __init__(self) -> None:
        import jieba  # heavy: imported only when tokens are needed

        jieba.setLogLevel(logging.WARNING)
        self._jieba: jieba.Tokenizer = jieba.Tokenizer()
        self._jieba.tmp_dir = str(cache_dir())
        self._lock = threading.Lock()
        self._figures = _figure_pattern()
        with self._lock:
            # jieba's dictionary read on demand (milliseconds) instead of built whole (~1 s)
            # when it is the dictionary checked for that; otherwise jieba's own way
            prefix_dictionary = load_prefix_dictionary(self._jieba)
            if prefix_dictionary is None:
                self._jieba.initialize()
            else:
                self._jieba.FREQ, self._jieba.total = prefix_dictionary
                self._jieba.initialized = True
            for line in resource_text("userdict.txt").splitlines():
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                parts = line.split()
                freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
                tag = parts[2] if len(parts) > 2 else None
                self._jieba.add_word(parts[0], freq, tag)

    def tokens(self, text: str, *, offset: int = 0) -> list[Token]:
        """Tokens of ``text`` with offsets (shifted by ``offset``); whitespace is dropped."""
        out: list[Token] = []
        position = 0
        for match in self._figures.finditer(text, timeout=REGEX_TIMEOUT):
            self._cut_into(out, text, position, match.start(), offset)
            out.append(Token(match.group(), match.start() + offset, match.end() + offset, True))
            position = match.end()
        self._cut_into(out, text, position, len(text), offset)
        return out

    def words(self, text: str) -> list[str]:
        """Just the token strings."""
        return [token.text for token in self.tokens(text)]

    def _cut_into(self, out: list[Token], text: str, start: int, end: int, offset: int) -> None:
        if start >= end:
            return
        position = start
        for word in self._jieba.cut(text[start:end], HMM=True):
            word_start = position
            position += len(word)
            if word.strip():
                out.append(Token(word, word_start + offset, position + offset))


_LOCK = threading.Lock()


@cache
def _build() -> WordTokenizer:
    return WordTokenizer()


def word_tokenizer() -> WordTokenizer:
    """The process-wide tokenizer (built on first use, ~1 s)."""
    with _LOCK:
        return _build()
