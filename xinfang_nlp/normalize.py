"""Stage 2 — normalize report text and keep a map back to the raw offsets.

Every raw character is either kept, changed (one character for one) or deleted; nothing is
inserted. So the map from normalized to raw offsets is a short list of *pieces* — runs of
characters that moved together — and any span of the normalized text maps to a raw span.

The work is split in two kinds of named steps, each pure and counted in an explanation trail
(``NormalizedText.explain()``, shown by ``xinfang inspect``):

* substitutions — one character for one: full-width forms, traditional → simplified (OpenCC),
  the ideographic full stop used as a decimal point;
* deletions — pinyin readings a converter inserted (``來訪(fǎng)``), private-use characters and
  ``??`` mojibake, thousands separators inside numbers, runs of whitespace.

Only C-level operations touch every character (``str.translate``, OpenCC, ``regex``), so
simplified text normalizes at several million characters per second.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Literal

import regex

from ._patterns import REGEX_TIMEOUT

__all__ = [
    "DEFAULT_STEPS",
    "NormalizeOptions",
    "NormalizedText",
    "Step",
    "normalize",
]

Script = Literal["simplified", "traditional", "mixed", "none"]


@dataclass(frozen=True, slots=True)
class Step:
    """One entry of the explanation trail: what a step did and how often."""

    name: str
    count: int


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalized text plus everything needed to map it back to the raw text.

    >>> nt = normalize("來訪(fǎng)共１２件")
    >>> nt.text
    '来访共12件'
    >>> s, e = nt.span_to_raw(3, 6)
    >>> nt.raw[s:e]
    '１２件'
    """

    text: str
    raw: str
    script: Script
    steps: tuple[Step, ...]
    # piece i covers normalized [norm_starts[i], norm_starts[i+1]) and starts at raw_starts[i]
    norm_starts: tuple[int, ...] = field(repr=False)
    raw_starts: tuple[int, ...] = field(repr=False)

    def to_raw(self, position: int) -> int:
        """Raw offset of the normalized character at ``position`` (``len(text)`` → ``len(raw)``)."""
        if position >= len(self.text):
            return len(self.raw) if position == len(self.text) else _out_of_range(position)
        if position < 0:
            return _out_of_range(position)
        index = bisect_right(self.norm_starts, position) - 1
        return self.raw_starts[index] + (position - self.norm_starts[index])

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` of the normalized span ``[start, end)``.

        The raw span runs from the first to the last kept character, so anything deleted
        *inside* the span (a pinyin reading, a thousands separator) is part of it, and what the
        user sees in the file is exactly ``raw[start:end]``.
        """
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span [{start}, {end}) outside 0..{len(self.text)}")
        if start == end:
            point = self.to_raw(start)
            return point, point
        # what to_raw(start) and to_raw(end - 1) + 1 give, with one bisection when the span lies
        # inside one piece (nearly always: pieces break only where something was deleted)
        norm_starts, raw_starts = self.norm_starts, self.raw_starts
        index = bisect_right(norm_starts, start) - 1
        raw_start = raw_starts[index] + (start - norm_starts[index])
        last = end - 1
        if index + 1 < len(norm_starts) and last >= norm_starts[index + 1]:
            index = bisect_right(norm_starts, last) - 1
        return raw_start, raw_starts[index] + (last - norm_starts[index]) + 1

    def explain(self) -> str:
        """The explanation trail, e.g. ``t2s: 3, pinyin: 12, decimal_point: 2``."""
        done = [f"{step.name}: {step.count}" for step in self.steps if step.count]
        return ", ".join(done) if done else "unchanged"


def _out_of_range(position: int) -> int:
    raise IndexError(f"position {position} outside the normalized text")


# ---------------------------------------------------------------------------------------------
# substitutions (one character for one)

# Full-width ASCII variants → ASCII, ideographic space / NBSP / tab → space, lone CR → LF.
_FULLWIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH_TABLE.update({0x3000: 0x20, 0xA0: 0x20, 0x09: 0x20, 0x0D: 0x0A, 0xFE6A: 0x25})
_FULLWIDTH_CHARS = regex.compile(r"[\uFF01-\uFF5E\u3000\u00A0\t\r\uFE6A]")


_FULLWIDTH_STRINGS = {chr(code): chr(target) for code, target in _FULLWIDTH_TABLE.items()}


def _fullwidth(text: str) -> tuple[str, int]:
    # Every character of the class is changed by the table, so the count of matches is the count
    # of changed characters. str.translate looks up every character of the text (slow on Han
    # text); when the changed characters are few, each character among the matches is replaced
    # throughout by str.replace instead, several times faster (a substitution would call back
    # into Python for every match; no character of the table is the target of another, so
    # replacing one after another is the table's translation).
    found = _FULLWIDTH_CHARS.findall(text, timeout=REGEX_TIMEOUT)
    if len(found) * 4 < len(text):
        for char in set(found):
            text = text.replace(char, _FULLWIDTH_STRINGS[char])
        return text, len(found)
    return text.translate(_FULLWIDTH_TABLE), len(found)


@cache
def _opencc(config: str) -> Callable[[str], str]:
    import opencc  # heavy: loaded once per process, on first use

    return opencc.OpenCC(config).convert


def _t2s(text: str) -> tuple[str, int]:
    convert = _opencc("t2s.json")
    converted = convert(text)
    if converted == text:
        return text, 0
    if len(converted) != len(text):
        converted = _t2s_aligned(text, convert)
    return converted, _changed_chars(text, converted)


def _changed_chars(before: str, after: str) -> int:
    """How many positions differ between two strings (over the length of the shorter), like
    ``sum(map(operator.ne, before, after))`` but without a Python step per character. Counted
    per chunk, so the chunks that are equal (most, after a conversion) cost one comparison."""
    length = min(len(before), len(after))
    count = 0
    for start in range(0, length, _LANE_CHUNK):
        end = min(start + _LANE_CHUNK, length)
        if before[start:end] != after[start:end]:
            count += _changed_lanes(before[start:end], after[start:end]).bit_count()
    return count


def _changed_by_both(text: str, one: str, other: str) -> int:
    """How many positions of ``text`` both ``one`` and ``other`` (of the same length) change:
    ``(_changed_lanes(text, one) & _changed_lanes(text, other)).bit_count()``, chunk by chunk
    (the text's lanes made once per chunk)."""
    count = 0
    for start in range(0, len(text), _LANE_CHUNK):
        end = start + _LANE_CHUNK
        piece = text[start:end]
        one_piece, other_piece = one[start:end], other[start:end]
        if piece != one_piece and piece != other_piece:
            lanes = _as_lanes(piece)
            low, high = _lane_masks(len(piece))
            count += (
                ((lanes ^ _as_lanes(one_piece)) + low)
                & ((lanes ^ _as_lanes(other_piece)) + low)
                & high
            ).bit_count()
    return count


_LANE_CHUNK = 8192


def _changed_lanes(before: str, after: str) -> int:
    """A bit mask with bit 32·i + 31 set where ``before[i] != after[i]`` (up to the shorter
    length).

    Both strings become one big integer each (UTF-32, one 32-bit lane per character); their XOR
    is non-zero exactly in the lanes that differ, and below 2**21 in every lane (a code point
    is). Adding 2**31 - 1 to every lane sets the lane's top bit exactly where the lane is
    non-zero, and never carries into the next lane (the sum stays below 2**32); the top bits are
    then kept. Each step is one C-level pass over the integer."""
    length = min(len(before), len(after))
    if before[:length] == after[:length]:
        return 0
    low, high = _lane_masks(length)
    return ((_as_lanes(before[:length]) ^ _as_lanes(after[:length])) + low) & high


def _as_lanes(text: str) -> int:
    # surrogatepass: a lone surrogate (which a str may hold) is a code point like any other
    return int.from_bytes(text.encode("utf-32-le", "surrogatepass"), "little")


@lru_cache(maxsize=8)  # (nearly every chunk is _LANE_CHUNK long)
def _lane_masks(length: int) -> tuple[int, int]:
    """2**31 - 1 and 2**31 in each of ``length`` 32-bit lanes."""
    return (
        int.from_bytes(b"\xff\xff\xff\x7f" * length, "little"),
        int.from_bytes(b"\x00\x00\x00\x80" * length, "little"),
    )


def _t2s_aligned(text: str, convert: Callable[[str], str]) -> str:
    """Slow path for the rare conversion that changes length: keep line-level conversions that
    preserve length, fall back to character-by-character elsewhere."""
    out = []
    for line in text.splitlines(keepends=True):
        converted = convert(line)
        if len(converted) != len(line):
            chars = []
            for ch in line:
                single = convert(ch)
                chars.append(single if len(single) == 1 else ch)
            converted = "".join(chars)
        out.append(converted)
    return "".join(out)


# 8。6% / 97．2% — a full stop between digits is a decimal point ("．" is already "." here).
_DECIMAL_STOP = regex.compile(r"(?<=\d)。(?=\d)")


def _decimal_point(text: str) -> tuple[str, int]:
    if "。" not in text:
        return text, 0
    return _DECIMAL_STOP.subn(".", text, timeout=REGEX_TIMEOUT)


# ---------------------------------------------------------------------------------------------
# deletions (return raw-aligned ranges to drop)

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LETTER = f"[a-zü{_TONED}]"
# A pinyin reading right after a Han character: 1–4 syllables in ASCII parentheses, at least
# one tone mark (so "(ISO)", "(app)" and "(一)" are never touched).
_PINYIN_READING = regex.compile(
    rf"""
    (?<=\p{{Han}})
    \(
      (?=[^()]{{0,40}}[{_TONED}])
      {_PINYIN_LETTER}{{1,7}}+(?:[ '’]{_PINYIN_LETTER}{{1,7}}+){{0,3}}+
    \)
    """,
    regex.VERBOSE,
)
_JUNK = regex.compile(r"[\uE000-\uF8FF\uFFFD\u200B-\u200D\u2060\uFEFF]+")
_MOJIBAKE_QUESTION = regex.compile(r"\?{2,}+")
# (总量?的, and 其中:?导入…: after a colon, comma or enumeration comma a "?" asks nothing either)
_LONE_QUESTION = regex.compile(r"(?<=[\p{Han}:：,，;；、])\?(?=\p{Han})")
_QUESTION_WORDS = regex.compile(r"吗|呢|么|何|谁|哪|几|多少|是否|能否|可否|难道|怎")
# (?<![\d.]|\d,)\d{1,3}+(?:,\d{3})++(?![\d,]), written to consume the first digit before looking
# behind, so the regex engine turns down a digit inside a number without entering the pattern
_GROUPED_NUMBER = regex.compile(r"\d(?<![\d.]\d|\d,\d)\d{0,2}+(?:,\d{3})++(?![\d,])")
_WHITESPACE_RUN = regex.compile(r"[ \n\f\v]{2,}+")

Ranges = list[tuple[int, int]]


def _pinyin(text: str, raw: str) -> Ranges:
    if "(" not in text:
        return []
    return [m.span() for m in _PINYIN_READING.finditer(text, timeout=REGEX_TIMEOUT)]


def _junk(text: str, raw: str) -> Ranges:
    return [m.span() for m in _JUNK.finditer(text, timeout=REGEX_TIMEOUT)]


def _mojibake(text: str, raw: str) -> Ranges:
    # Judged on the raw text: only ASCII "?" is mojibake ("？" typed by a person is kept): runs
    # of two or more, and a lone "?" before Han text, after Han text or a mark, that asks nothing
    # (总量?的, 其中:?导入).
    if "?" not in raw:
        return []
    ranges = [m.span() for m in _MOJIBAKE_QUESTION.finditer(raw, timeout=REGEX_TIMEOUT)]
    for match in _LONE_QUESTION.finditer(raw, timeout=REGEX_TIMEOUT):
        if not _QUESTION_WORDS.search(
            raw, max(0, match.start() - 12), match.start(), timeout=REGEX_TIMEOUT
        ):
            ranges.append(match.span())
    return ranges


def _thousands(text: str, raw: str) -> Ranges:
    if "," not in text:
        return []
    ranges = []
    for match in _GROUPED_NUMBER.finditer(text, timeout=REGEX_TIMEOUT):
        base = match.start()
        ranges.extend((base + i, base + i + 1) for i, ch in enumerate(match.group()) if ch == ",")
    return ranges


def _whitespace(text: str, raw: str) -> Ranges:
    ranges = []
    for match in _WHITESPACE_RUN.finditer(text, timeout=REGEX_TIMEOUT):
        start, end = match.span()
        newline = match.group().find("\n")
        keep = start + newline if newline >= 0 else start
        if keep > start:
            ranges.append((start, keep))
        if keep + 1 < end:
            ranges.append((keep + 1, end))
    return ranges


# ---------------------------------------------------------------------------------------------
# the registry and the driver

Substitution = Callable[[str], tuple[str, int]]
Deletion = Callable[[str, str], Ranges]

SUBSTITUTIONS: dict[str, Substitution] = {
    "fullwidth": _fullwidth,
    "t2s": _t2s,
    "decimal_point": _decimal_point,
}
DELETIONS: dict[str, Deletion] = {
    "pinyin": _pinyin,
    "junk_chars": _junk,
    "mojibake_question_marks": _mojibake,
    "thousands_separator": _thousands,
    "whitespace": _whitespace,
}
DEFAULT_STEPS: tuple[str, ...] = (*SUBSTITUTIONS, *DELETIONS)


@dataclass(frozen=True, slots=True)
class NormalizeOptions:
    """Which named steps run (all by default), in registry order."""

    steps: tuple[str, ...] = DEFAULT_STEPS

    def __post_init__(self) -> None:
        unknown = set(self.steps) - set(DEFAULT_STEPS)
        if unknown:
            raise ValueError(f"unknown normalization steps: {sorted(unknown)}")


def normalize(raw: str, *, options: NormalizeOptions = NormalizeOptions()) -> NormalizedText:
    """Normalize ``raw`` (see module docstring). Never raises on any ``str``.

    >>> normalize("同比下降8。6%，共2,170件").text
    '同比下降8.6%,共2170件'
    >>> normalize("經(jīng)濟(一)").text
    '经济(一)'
    """
    text = raw
    trail: list[Step] = []
    script: Script | None = None
    for name, substitute in SUBSTITUTIONS.items():
        if name not in options.steps:
            continue
        before = text
        text, count = substitute(text)
        trail.append(Step(name, count))
        if name == "t2s":
            script = _script(before, text if count else before)
    if script is None:
        script = _script(text, text)

    deleted: list[tuple[int, int]] = []
    for name, find in DELETIONS.items():
        if name not in options.steps:
            continue
        ranges = find(text, raw)
        trail.append(Step(name, sum(end - start for start, end in ranges)))
        deleted.extend(ranges)
    normalized, norm_starts, raw_starts = _apply_deletions(text, deleted)
    return NormalizedText(normalized, raw, script, tuple(trail), norm_starts, raw_starts)


def _apply_deletions(
    text: str, deleted: Iterable[tuple[int, int]]
) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    pieces: list[str] = []
    norm_starts: list[int] = []
    raw_starts: list[int] = []
    position = 0  # next raw index not yet consumed
    length = 0  # normalized length so far
    for start, end in sorted(deleted):
        if end <= position:
            continue
        start = max(start, position)
        if start > position:
            pieces.append(text[position:start])
            norm_starts.append(length)
            raw_starts.append(position)
            length += start - position
        position = end
    if position < len(text) or not norm_starts:
        pieces.append(text[position:])
        norm_starts.append(length)
        raw_starts.append(position)
    return "".join(pieces), tuple(norm_starts), tuple(raw_starts)


_HAN = regex.compile(r"\p{Han}")
_SCRIPT_SAMPLE = 200_000


def _script(original: str, simplified: str) -> Script:
    """Which script the original used, from how many characters t2s changed and how many s2t
    would change (both converters leave characters common to both scripts alone)."""
    if original is simplified or original == simplified:
        return "simplified" if _HAN.search(original, timeout=REGEX_TIMEOUT) else "none"
    sample = original[:_SCRIPT_SAMPLE]
    traditional_chars = _changed_chars(sample, simplified[:_SCRIPT_SAMPLE])
    # The count of simplified characters lies between what the character tables say: when both
    # ends give one decision it is the conversions' decision, and they need not run (two
    # conversions cost half of normalizing a text that t2s changes).
    bounds = _simplified_bounds(sample)
    if bounds is not None:
        decided = _decided(traditional_chars, bounds[0])
        if decided == _decided(traditional_chars, bounds[1]):
            return decided
    # Evidence of simplified script: characters both Taiwan and Hong Kong conversions change
    # (s2t alone also "converts" variants such as 群 → 羣 that traditional texts use too).
    taiwan, hong_kong = _opencc("s2tw.json")(sample), _opencc("s2hk.json")(sample)
    if len(taiwan) != len(sample) or len(hong_kong) != len(sample):
        return "mixed"
    # characters both conversions change
    return _decided(traditional_chars, _changed_by_both(sample, taiwan, hong_kong))


def _decided(traditional_chars: int, simplified_chars: int) -> Script:
    """The script, from the characters t2s changed and those both s2tw and s2hk change (with
    ``traditional_chars`` fixed, "traditional", "mixed", "simplified" as the latter grows)."""
    if simplified_chars == 0:
        return "traditional"
    share = traditional_chars / (traditional_chars + simplified_chars)
    if share >= 0.9:
        return "traditional"
    if share <= 0.1:
        return "simplified"
    return "mixed"


def _simplified_bounds(sample: str) -> tuple[int, int] | None:
    """Bounds of the positions of ``sample`` both s2tw and s2hk change: those holding a character
    both always change, and those holding one either may change (the tables of
    scripts/make_script_chars.py). None when the tables were made for another OpenCC."""
    tables = _script_tables()
    if tables is None:
        return None
    changeable, always = tables
    low = high = 0
    for char, count in Counter(sample).items():
        if char in changeable:
            high += count
            if char in always:
                low += count
    return low, high


@cache
def _script_tables() -> tuple[frozenset[str], frozenset[str]] | None:
    """(changeable, always) from resources/script_chars.txt, if made for the installed OpenCC."""
    import importlib.metadata
    from importlib import resources

    resource = resources.files("xinfang_nlp").joinpath("resources").joinpath("script_chars.txt")
    text = resource.read_text(encoding="utf-8")
    blocks: dict[str, list[str]] = {}
    version = None
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("opencc "):
            version = line.split(" ", 1)[1]
        elif line.startswith("[") and line.endswith("]"):
            current = blocks.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    try:
        installed = importlib.metadata.version("opencc")
    except importlib.metadata.PackageNotFoundError:
        return None
    if version != installed:
        return None
    return frozenset("".join(blocks["changeable"])), frozenset("".join(blocks["always"]))
