"""Loading of the data files in ``xinfang_nlp/resources/``.

Every lexicon is a small text file with a ``#`` header that says what it holds and where it came
from. They are read once per process through :func:`functools.cache`; the returned objects are
immutable (tuples, frozensets, mappings proxies) so the cache cannot be mutated by callers.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from types import MappingProxyType


def resource_text(name: str) -> str:
    """Return the text of ``xinfang_nlp/resources/<name>``."""
    folder = resources.files("xinfang_nlp").joinpath("resources")
    return folder.joinpath(name).read_text(encoding="utf-8")


def data_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a resource file, stripped of trailing whitespace."""
    lines = []
    for line in resource_text(name).splitlines():
        line = line.rstrip()
        if line and not line.lstrip().startswith("#"):
            lines.append(line)
    return tuple(lines)


@cache
def measure_words() -> MappingProxyType[str, str]:
    """Measure word → kind (count, money, area, duration, length, other), longest first."""
    table: dict[str, str] = {}
    for line in data_lines("measure_words.txt"):
        word, _, kind = line.partition("\t")
        table[word.strip()] = kind.strip() or "other"
    ordered = dict(sorted(table.items(), key=lambda item: (-len(item[0]), item[0])))
    return MappingProxyType(ordered)
