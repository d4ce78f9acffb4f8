"""Stage 3 — sections, headings and sentences of normalized text (word tokens: ``tokenize``).

Offsets here are in the *normalized* text; ``NormalizedText.span_to_raw`` maps them back.

Heading levels, outermost first:

====  ==========================================  ===========================
level marker                                      example
====  ==========================================  ===========================
0     a part of a multi-report file               ``…工作总结 篇2``, ``第二篇``
1     Chinese numeral + 、                         ``一、``
2     parenthesised Chinese numeral / 第N,         ``(一)``, ``第一,``
3     Arabic numeral + 、 or .                     ``1、``, ``2.``
4     parenthesised Arabic numeral                ``(1)``
5     inline enumeration inside a paragraph       ``一是…``, ``二是…``
====  ==========================================  ===========================
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from ._patterns import REGEX_TIMEOUT
from .normalize import NormalizedText

__all__ = ["Heading", "Section", "Segmentation", "Sentence", "segment"]

_CN_NUM_CHARS = "一二三四五六七八九十百零〇两"
_CN_NUM = f"[{_CN_NUM_CHARS}]"


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    marker: str
    title: str
    start: int  # of the marker
    end: int  # end of the title


@dataclass(frozen=True, slots=True)
class Section:
    index: int
    level: int
    title: str
    start: int
    end: int
    parent: int | None


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    section: int | None  # index of the innermost section containing it (levels 0–4)


@dataclass(frozen=True, slots=True)
class Segmentation:
    headings: tuple[Heading, ...]
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]

    def sentence_at(self, position: int) -> Sentence | None:
        """The sentence containing normalized offset ``position``."""
        from bisect import bisect_right

        starts = [s.start for s in self.sentences]
        index = bisect_right(starts, position) - 1
        if index >= 0 and position < self.sentences[index].end:
            return self.sentences[index]
        return None


def _starts_with(characters: str) -> Callable[[str], bool]:
    return lambda line: line[0] in characters


def _has_pian(line: str) -> bool:
    return "篇" in line


def _may_start_with_digit(line: str) -> bool:
    # \d is any decimal digit, not only 0-9, so only rule out characters that are surely not one
    return line[0] not in _NOT_DIGITS


_NOT_DIGITS = frozenset("第(" + _CN_NUM_CHARS)

# Line-initial heading markers, tried in order; group "marker" is the marker itself. The third
# item is a cheap test a line must pass for the pattern to have a chance (what it starts with,
# or holds), so most lines cost one regex call instead of seven.
_LINE_HEADINGS: tuple[tuple[int, regex.Pattern[str], Callable[[str], bool]], ...] = (
    (0, regex.compile(r"(?P<marker>第" + _CN_NUM + r"{1,3}+篇)"), _starts_with("第")),
    (
        0,
        regex.compile(
            r"(?P<title>[^\n]{0,60}?)\s?(?P<marker>篇\s?(?:\d{1,3}+|" + _CN_NUM + r"{1,3}+))\s*$"
        ),
        _has_pian,
    ),
    (1, regex.compile(r"(?P<marker>" + _CN_NUM + r"{1,3}+、)"), _starts_with(_CN_NUM_CHARS)),
    (2, regex.compile(r"(?P<marker>\(" + _CN_NUM + r"{1,3}+\))"), _starts_with("(")),
    (2, regex.compile(r"(?P<marker>第" + _CN_NUM + r"{1,3}+[,、:])"), _starts_with("第")),
    (3, regex.compile(r"(?P<marker>\d{1,2}+(?:、|\.(?!\d)))"), _may_start_with_digit),
    (4, regex.compile(r"(?P<marker>\(\d{1,2}+\))"), _starts_with("(")),
)
_MARKER_START = frozenset("第(一二三四五六七八九十百零〇两0123456789")
_INLINE_ITEM = regex.compile(
    r"(?:^|(?<=[。;:,\n]))\s*+(?P<marker>(?:" + _CN_NUM + r"{1,2}+|最后一?)是)(?![否的])"
)
_TITLE_END = regex.compile(r"[。!?;\n]|(?<=.{24,}),")
_SENTENCE_END = regex.compile(r"[。!?;]++[”’\"')」』]*+|\n")
# every _SENTENCE_END match of a text in one match (group 1 captures each): one regex call instead
# of one finditer step per sentence (each step under a timeout reads the process clock)
_SENTENCE_ENDS = regex.compile(r"(?:[^。!?;\n]*+([。!?;]++[”’\"')」』]*+|\n))*+")
_MAX_HEADING_LINE = 400


def segment(normalized: NormalizedText | str) -> Segmentation:
    """Headings, sections and sentences of a normalized text.

    >>> seg = segment("篇1\\n一、总体情况\\n共受理12件。已办结10件;一是加强排查\\n(一)来信")
    >>> [(h.level, h.marker, h.title) for h in seg.headings]
    [(0, '篇1', ''), (1, '一、', '总体情况'), (5, '一是', '加强排查'), (2, '(一)', '来信')]
    >>> [s.text for s in seg.sentences]
    ['篇1', '一、总体情况', '共受理12件。', '已办结10件;', '一是加强排查', '(一)来信']
    """
    text = normalized.text if isinstance(normalized, NormalizedText) else normalized
    headings = _headings(text)
    sections = _sections(headings, len(text))
    sentences = _sentences(text, sections)
    return Segmentation(tuple(headings), tuple(sections), tuple(sentences))


def _headings(text: str) -> list[Heading]:
    found: list[Heading] = []
    line_start = 0
    for line in text.split("\n"):
        offset = line_start + (len(line) - len(line.lstrip()))
        stripped = line.strip()
        line_start += len(line) + 1
        if not stripped:
            continue
        # cheap first look: a heading starts with a marker character or ends with 篇N
        if len(stripped) <= _MAX_HEADING_LINE and (
            stripped[0] in _MARKER_START or "篇" in stripped[-8:]
        ):
            heading = _line_heading(stripped, offset)
            if heading:
                found.append(heading)
        if "是" not in stripped:
            continue
        for match in _INLINE_ITEM.finditer(stripped, timeout=REGEX_TIMEOUT):
            title = _title(stripped, match.end())
            found.append(
                Heading(
                    5,
                    match.group("marker"),
                    title,
                    offset + match.start("marker"),
                    offset + match.end() + len(title),
                )
            )
    found.sort(key=lambda h: h.start)
    return found


def _line_heading(line: str, offset: int) -> Heading | None:
    for level, pattern, may_match in _LINE_HEADINGS:
        if not may_match(line):
            continue
        match = pattern.match(line, timeout=REGEX_TIMEOUT)
        if not match:
            continue
        marker = match.group("marker")
        if level == 0 and "title" in pattern.groupindex:
            # "…范文 篇2": the whole line announces a part; title is what precedes 篇
            return Heading(0, marker, match.group("title").strip(), offset, offset + len(line))
        title = _title(line, match.end())
        return Heading(level, marker, title, offset, offset + match.end() + len(title))
    return None


def _title(line: str, start: int) -> str:
    # where _TITLE_END.search(line, start) would end the title, found by str.find: the first
    # stop mark, or the first comma with 24 characters of its line before it
    end = len(line)
    for mark in _TITLE_END_MARKS:
        found = line.find(mark, start, end)
        if found >= 0:
            end = found
    line_start = line.rfind("\n", 0, start) + 1
    found = line.find(",", max(start, line_start + 24), end)
    if found >= 0:
        end = found
    return line[start:end].strip()


_TITLE_END_MARKS = "。!?;\n"


def _sections(headings: list[Heading], length: int) -> list[Section]:
    """Sections from line headings (levels 0–4): each runs to the next heading of the same or an
    outer level."""
    structural = [h for h in headings if h.level <= 4]
    sections: list[Section] = []
    stack: list[int] = []  # indices into sections, innermost last
    ends: list[int] = []
    for heading in structural:
        while stack and sections[stack[-1]].level >= heading.level:
            ends[stack.pop()] = heading.start
        parent = stack[-1] if stack else None
        sections.append(
            Section(
                len(sections),
                heading.level,
                heading.title or heading.marker,
                heading.start,
                length,
                parent,
            )
        )
        ends.append(length)
        stack.append(len(sections) - 1)
    return [Section(s.index, s.level, s.title, s.start, ends[s.index], s.parent) for s in sections]


def _sentences(text: str, sections: list[Section]) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    found = _SENTENCE_ENDS.match(text, timeout=REGEX_TIMEOUT)
    bounds = found.ends(1) if found else []
    if not bounds or bounds[-1] != len(text):
        bounds.append(len(text))
    # sweep: sections are sorted by start and nest, so the open ones form a stack
    next_section = 0
    open_sections: list[Section] = []
    for end in bounds:
        chunk = text[start:end]
        if chunk and not chunk[0].isspace() and not chunk[-1].isspace():
            s, e = start, end  # the common case: nothing to strip
        else:
            left = len(chunk) - len(chunk.lstrip())
            right = len(chunk.rstrip())
            if right <= left:  # whitespace only
                start = end
                continue
            s, e = start + left, start + right
            chunk = chunk[left:right]
        start = end
        while next_section < len(sections) and sections[next_section].start <= s:
            open_sections.append(sections[next_section])
            next_section += 1
        while open_sections and open_sections[-1].end <= s:
            open_sections.pop()
        inner = open_sections[-1].index if open_sections else None
        sentences.append(Sentence(len(sentences), s, e, chunk, inner))
    return sentences
