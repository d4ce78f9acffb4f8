"""jieba's prefix dictionary, read on demand instead of built whole.

On first use jieba turns the 349 000 lines of its ``dict.txt`` into one Python dict — every word
with its frequency, every prefix of a word with frequency 0 — which takes most of a second, and
then writes a 9 MB ``marshal`` cache of it. Classifying the few category phrases of a report
needs a few hundred of those entries. :class:`PrefixDictionary` answers jieba's questions about
the dictionary (``in``, ``[]``, ``get``) from the lines of ``dict.txt`` sorted once (the file is
nearly sorted already, so that costs milliseconds) and keeps every answer it has given.

It is used only for the exact ``dict.txt`` it was checked against: ``resources/jieba_dict.txt``
records that file's sha256 and the sum of its frequencies (jieba's ``total``).
``scripts/make_jieba_dict_facts.py`` writes it, and its ``--check`` (run by the tests) also
compares every entry with jieba's own ``gen_pfdict``. For any other dictionary file,
:func:`load_prefix_dictionary` returns ``None`` and jieba loads it its own way.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from ._lexicon import data_lines

if TYPE_CHECKING:
    import jieba

FACTS_RESOURCE = "jieba_dict.txt"


def dictionary_bytes(tokenizer: jieba.Tokenizer) -> bytes:
    """The bytes of the dictionary file a jieba tokenizer would load."""
    with tokenizer.get_dict_file() as handle:
        return handle.read()


def dictionary_facts(data: bytes) -> dict[str, str]:
    """What ``resources/jieba_dict.txt`` records about a dictionary file."""
    text = data.decode("utf-8")
    total = sum(int(line.strip().split(" ")[1]) for line in text.split("\n") if line)
    return {"sha256": hashlib.sha256(data).hexdigest(), "total": str(total)}


def load_prefix_dictionary(tokenizer: jieba.Tokenizer) -> tuple[PrefixDictionary, int] | None:
    """The on-demand prefix dictionary and total frequency for ``tokenizer``'s dictionary file,
    or ``None`` when that file is not the one recorded in ``resources/jieba_dict.txt``."""
    facts = dict(line.split("\t", 1) for line in data_lines(FACTS_RESOURCE))
    try:
        data = dictionary_bytes(tokenizer)
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != facts.get("sha256"):
        return None
    return PrefixDictionary(data.decode("utf-8")), int(facts["total"])


class PrefixDictionary(dict[str, int]):
    """jieba's ``FREQ`` (word → frequency; a prefix of a word → 0; anything else absent), filled
    from the sorted lines of ``dict.txt`` as jieba asks. Words jieba adds (``add_word``) are set
    as in a plain dict."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text
        # "word freq tag" lines; a word's line sorts before the lines of longer words it begins
        self._lines = sorted(line for line in text.split("\n") if line)
        self._absent: set[str] = set()

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or self._fill(key) is not None

    def __missing__(self, key: str) -> int:
        value = self._fill(key)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        value = self._fill(key)
        return default if value is None else value

    def _fill(self, key: object) -> int | None:
        if not isinstance(key, str) or not key or key in self._absent:
            return None
        value = self._lookup(key)
        if value is None:
            self._absent.add(key)
        else:
            dict.__setitem__(self, key, value)
        return value

    def _lookup(self, key: str) -> int | None:
        lines = self._lines
        index = bisect_left(lines, key)
        if index == len(lines) or not lines[index].startswith(key):
            return None  # neither a word nor the beginning of one
        head = key + " "
        if not lines[index].startswith(head):
            return 0  # only the beginning of longer words
        line = lines[index]
        if index + 1 < len(lines) and lines[index + 1].startswith(head):
            line = self._last_line(head)  # listed twice: jieba keeps the later frequency
        return int(line.strip().split(" ")[1])

    def _last_line(self, head: str) -> str:
        text = self._text
        start = text.rfind("\n" + head) + 1  # 0 when the only match is the first line
        end = text.find("\n", start)
        return text[start : end if end >= 0 else len(text)]
