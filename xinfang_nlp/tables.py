"""Tables flattened to tab-separated lines: their cells as claims, and the checks a table implies.

A report converted from .docx carries each table row as its cells joined by a tab
(:mod:`xinfang_nlp.read`); plain-text reports carry the same. Normalization turns the tabs into
spaces, so tables are found in the *raw* text (a block of three or more consecutive lines with
the same number, two or more, of tab-separated cells) and every cell is mapped to the normalized
text, where the prose extractor's figures live.

The header row (the first line whose cells after the first are not numbers) types each column:

* year or period headers (``2024年``/``2023年``, ``本年``/``上年``, ``本期``/``上年同期``) are
  counts of the current period (the latest, or 本…/今…) and of previous ones;
* ``增减%``, ``同比%``, ``增幅%``, ``同比增减(%)`` are changes (value the absolute value, the
  direction from the sign); without % they are differences in the table's unit;
* ``占比%``, ``比重%``, ``占…%`` are shares; a header ending in 率 is a rate;
* any other header (件数, 交办, 化解, 人次…) is a count of the current period, or an amount when
  it names 万元/亿元/元.

The unit comes from a ``单位:X`` line or ``(单位:X)`` just before the header, and is overridden
by a header such as ``件数(件)`` or a row label such as ``来访(批)``. Subjects follow the
corpus conventions: the row label, joined with the thing the table counts (from its title) for
rows of places, and the thing alone for the 合计/总计/全市 row.

Checks (:func:`table_checks`): each row's change against its current and previous counts, each
count column's item rows against the total row, each share against the total (or, without a
total row, against the sum of the items), the share column adding up to 100 %, and a rate
column against its act's column over the first count column — all with the interval arithmetic
of :mod:`xinfang_nlp.checks`, so rounding never raises an alarm.

Everything is skipped at the cost of one ``in`` test when the raw text holds no tab.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

import regex

from ._patterns import REGEX_TIMEOUT
from .numbers import Number

if TYPE_CHECKING:
    from .extract import _Draft
    from .normalize import NormalizedText

__all__ = ["Table", "find_tables", "with_table_drafts"]

MIN_LINES = 3  # header and at least two rows
_CONTEXT_LINES = 3  # lines before the header read for the title and the unit
_MAX_CELL = 40  # a longer "cell" is prose, not a table cell

_NUMBER = regex.compile(r"([+\-−]?)(\d+(?:\.\d+)?)(%?)")
_YEAR = regex.compile(r"((?:19|20)\d{2})年")
_CURRENT_HEAD = regex.compile(r"本年|今年|当年|本期|当期|本月|当月|本季度?|本年度|今年度")
_PREVIOUS_HEAD = regex.compile(r"上年|去年|同期|上期|上月|上季度?|前年|上一年|上年度")
_CHANGE_HEAD = regex.compile(r"增减|同比|环比|增幅|降幅|增长|减少|升降|变化|变动|比上年|比去年")
_SHARE_HEAD = regex.compile(r"占比|比重|构成比|所占比例|^占")
_SKIP_HEAD = regex.compile(r"排名|序号|名次|位次|排序|编号|备注|说明|年份|月份")
_PAREN = regex.compile(r"\((?:单位[:])?([^()]{1,8})\)$")
_UNIT_LINE = regex.compile(r"^\(?单位[:]\s*([^()\s]{1,6})\)?$")
_UNIT_IN_TITLE = regex.compile(r"\(单位[:]\s*([^()\s]{1,6})\)")
_TITLE_NUMBER = regex.compile(r"^(?:附)?表\s*[\d一二三四五六七八九十]+(?:[-.]\d+)?\s*")
_PERIOD_PREFIX = regex.compile(
    r"^(?:(?:19|20)\d{2}年度?)?"
    r"(?:\d{1,2}(?:[-—~至]\d{1,2})?月份?|第?[一二三四1-4]季度|[上下]半年|全年|前三季度)?"
)
_EACH_PREFIX = regex.compile(
    r"^(?:各\p{Han}{0,3}?(?:县|区|市|乡镇|乡|镇|街道|单位|部门|地)(?:\([^()]{1,8}\))?|全[市县区镇省])"
)
_TITLE_TAIL = regex.compile(
    r"(?:情况|统计表?|一览表|明细表?|汇总表?|对比表?|比较表?|表|构成|分类|分布|结构|"
    r"渠道|内容|类别|方式|来源|受理|办理|化解|登记|交办|办结|处理|调处|调解|排查|接待|回访)$"
)
_TOTAL_LABEL = regex.compile(
    r"^(?:全[市县区镇乡省]|总)?(?:合计|总计|共计|总数|总量)$|^全[市县区镇乡省](?:总体)?$"
)
_PLACE_HEAD = regex.compile(r"县|区|市|镇|乡|街道|单位|地区|部门|地方|园区")
_PLACE_LABEL = regex.compile(r"\p{Han}{1,8}(?:区|县|市|镇|乡|街道|开发区|园区|管委会)$")
_CATEGORY_HEAD = regex.compile(r"^(?:问题)?(?:类别|类型|分类|种类)$")
_REMAINDER_LABEL = regex.compile(r"^(?:其他|其它|其余)")
_WHOLE_CUE = regex.compile(r"构成|分布|结构|分类|组成|来源")
_LABEL_UNIT = regex.compile(r"\((批次|批|件次|件|人次|人|户|起|个|次|万元|亿元|元)\)$")
_MEASURE_HEAD = regex.compile(
    r"^(?:件数|件次|批次|批数|人次|人数|户数|数量|总数|总量|合计|小计|信访量|信访总量|件|批|人)$"
)
_MEASURE_UNIT = {"件数": "件", "件次": "件次", "批次": "批", "批数": "批", "人次": "人次"}
_MEASURE_UNIT.update({"人数": "人", "户数": "户", "件": "件", "批": "批", "人": "人"})
_MONEY = {"万元": Decimal(10_000), "亿元": Decimal(100_000_000), "元": Decimal(1)}
_SIGNS = {"-": "down", "−": "down", "+": "up"}


# ---------------------------------------------------------------------------------------------
# finding tables


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell's normalized span and text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Column:
    index: int  # position in the row (0 is the label column)
    header: str
    kind: str  # count, amount, change, difference, share, rate
    period: str | None
    unit: str
    scale: Decimal
    name: str  # the act (交办, 化解) for a count, the rate's name (化解率) for a rate, else ""


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    unit: str | None  # 来访(批): the row's own unit
    total: bool
    cells: tuple[Cell, ...]  # every cell, the label's included


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    thing: str | None  # what the table counts (信访事项, 积案), from its title
    unit: str | None
    places: bool  # rows are places (subjects join the thing)
    categories: bool  # rows are categories (城乡建设 → 城乡建设类)
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    start: int  # normalized offset of the header
    end: int  # normalized offset after the last row

    def subject(self, row: Row, column: Column) -> str | None:
        thing = self.thing or ""
        act = column.name if column.kind in ("count", "amount") else ""
        if row.total:
            if column.kind == "rate":
                return thing + column.name
            return (act + thing) or thing or row.label
        label = row.label
        if (
            self.categories
            and not label.endswith("类")
            and not _REMAINDER_LABEL.match(label, timeout=REGEX_TIMEOUT)
        ):
            label += "类"
        if column.kind == "rate":
            return label + (thing if self.places else "") + column.name
        if self.places:
            return label + act + thing
        return label + act

    def number_at(self, row: Row, column: Column) -> Cell | None:
        cell = row.cells[column.index]
        return cell if _NUMBER.fullmatch(cell.text, timeout=REGEX_TIMEOUT) else None


def find_tables(normalized: NormalizedText) -> list[Table]:
    """The tables of the document (none, at the cost of one test, when it holds no tab)."""
    raw = normalized.raw
    if "\t" not in raw:
        return []
    try:
        return _find_tables(normalized)
    except TimeoutError:
        return []


def _find_tables(normalized: NormalizedText) -> list[Table]:
    raw = normalized.raw
    lines: list[tuple[int, int]] = []  # raw (start, end) of each line without its line break
    position = 0
    for line in raw.splitlines(keepends=True):
        content = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        lines.append((position, position + len(content)))
        position += len(line)
    widths = [raw.count("\t", start, end) + 1 if start < end else 0 for start, end in lines]
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and widths[j + 1] == widths[i]:
            j += 1
        if widths[i] >= 2 and j - i + 1 >= MIN_LINES:
            table = _table(normalized, lines, i, j + 1)
            if table is not None:
                tables.append(table)
        i = j + 1
    return tables


def _raw_to_norm(normalized: NormalizedText, position: int) -> int:
    """The normalized offset of the raw character at ``position`` (of the next kept one when it
    was deleted)."""
    norm_starts, raw_starts = normalized.norm_starts, normalized.raw_starts
    piece = bisect_right(raw_starts, position) - 1
    if piece < 0:
        return 0
    following = norm_starts[piece + 1] if piece + 1 < len(norm_starts) else len(normalized.text)
    return min(norm_starts[piece] + (position - raw_starts[piece]), following)


def _cells(normalized: NormalizedText, start: int, end: int) -> tuple[Cell, ...]:
    raw, text = normalized.raw, normalized.text
    cells: list[Cell] = []
    cell_start = start
    while True:
        tab = raw.find("\t", cell_start, end)
        cell_end = end if tab < 0 else tab
        a, b = cell_start, cell_end
        while a < b and raw[a].isspace():
            a += 1
        while b > a and raw[b - 1].isspace():
            b -= 1
        n_start = _raw_to_norm(normalized, a)
        n_end = max(n_start, _raw_to_norm(normalized, b)) if b > a else n_start
        cells.append(Cell(n_start, n_end, text[n_start:n_end].strip()))
        if tab < 0:
            return tuple(cells)
        cell_start = tab + 1


def _is_number(text: str) -> bool:
    return bool(_NUMBER.fullmatch(text, timeout=REGEX_TIMEOUT))


def _table(
    normalized: NormalizedText, lines: list[tuple[int, int]], i: int, j: int
) -> Table | None:
    rows = [_cells(normalized, *lines[k]) for k in range(i, j)]
    header_at = next(
        (
            k
            for k, cells in enumerate(rows)
            if all(not _is_number(c.text) for c in cells[1:]) and any(c.text for c in cells[1:])
        ),
        None,
    )
    if header_at is None:
        return None
    header = rows[header_at]
    body = [
        cells
        for cells in rows[header_at + 1 :]
        if any(_is_number(c.text) for c in cells[1:]) and cells[0].text
    ]
    if len(body) < MIN_LINES - 1 or any(len(c.text) > _MAX_CELL for c in header):
        return None
    context = _context(normalized, lines, i + header_at)
    title = next(
        (line for line in context if not _UNIT_LINE.match(line, timeout=REGEX_TIMEOUT)), ""
    )
    unit = None
    for line in context:
        found = _UNIT_LINE.match(line, timeout=REGEX_TIMEOUT) or _UNIT_IN_TITLE.search(
            line, timeout=REGEX_TIMEOUT
        )
        if found:
            unit = found.group(1)
            break
    columns = _columns(header, unit)
    if not columns:
        return None
    first = header[0].text
    table_rows = tuple(_row(cells) for cells in body)
    places = bool(_PLACE_HEAD.search(first, timeout=REGEX_TIMEOUT)) or all(
        row.total or _PLACE_LABEL.fullmatch(row.label, timeout=REGEX_TIMEOUT) for row in table_rows
    )
    return Table(
        title=title,
        thing=_thing(title),
        unit=unit,
        places=places,
        categories=bool(_CATEGORY_HEAD.match(first, timeout=REGEX_TIMEOUT)),
        columns=columns,
        rows=table_rows,
        start=header[0].start,
        end=body[-1][-1].end,
    )


def _context(normalized: NormalizedText, lines: list[tuple[int, int]], header: int) -> list[str]:
    """The non-empty normalized lines just before the header, nearest first; a line that reads
    as prose (a sentence) ends them."""
    found: list[str] = []
    for k in range(header - 1, max(-1, header - 1 - _CONTEXT_LINES), -1):
        start, end = lines[k]
        text = normalized.text[_raw_to_norm(normalized, start) : _raw_to_norm(normalized, end)]
        text = text.strip()
        if not text:
            if found:
                break
            continue
        if "\t" in normalized.raw[start:end] or len(text) > 60 or any(p in text for p in "。;,"):
            break
        found.append(text)
        if _TITLE_NUMBER.match(text, timeout=REGEX_TIMEOUT):
            break
    return found


def _thing(title: str) -> str | None:
    """What a table counts, from its title: 表1 2024年各县(市、区)信访事项受理情况 → 信访事项."""
    thing = _UNIT_IN_TITLE.sub("", title, timeout=REGEX_TIMEOUT)
    thing = _TITLE_NUMBER.sub("", thing, timeout=REGEX_TIMEOUT).replace(" ", "")
    thing = _PERIOD_PREFIX.sub("", thing, count=1, timeout=REGEX_TIMEOUT)
    thing = _EACH_PREFIX.sub("", thing, count=1, timeout=REGEX_TIMEOUT)
    for _ in range(6):
        shorter = _TITLE_TAIL.sub("", thing, timeout=REGEX_TIMEOUT)
        if shorter == thing or len(shorter) < 2:
            break
        thing = shorter
    thing = thing.removesuffix("的")
    if thing.startswith("信访") and len(thing) > 3 and not thing.startswith("信访事项"):
        thing = thing[2:]  # 信访积案 → 积案
    if not regex.fullmatch(r"\p{Han}{2,10}", thing, timeout=REGEX_TIMEOUT):
        return None
    return thing


def _row(cells: tuple[Cell, ...]) -> Row:
    label = cells[0].text.replace(" ", "")
    unit = None
    found = _LABEL_UNIT.search(label, timeout=REGEX_TIMEOUT)
    if found:
        unit = found.group(1)
        label = label[: found.start()]
    total = bool(_TOTAL_LABEL.match(label, timeout=REGEX_TIMEOUT))
    return Row(label, unit, total, cells)


def _columns(header: tuple[Cell, ...], unit: str | None) -> tuple[Column, ...]:
    columns: list[Column] = []
    years: list[tuple[int, int]] = []  # (year, column position) of the year headers
    for index, cell in enumerate(header[1:], start=1):
        column = _column(index, cell.text.replace(" ", ""), unit)
        if column is None:
            continue
        year = _YEAR.search(column.header, timeout=REGEX_TIMEOUT)
        if year and column.kind in ("count", "amount") and column.period is None:
            years.append((int(year.group(1)), len(columns)))
        columns.append(column)
    if years:
        latest = max(year for year, _ in years)
        for year, k in years:
            period = "current" if year == latest else "previous"
            columns[k] = _with(columns[k], period=period, name="")
    for k, column in enumerate(columns):
        if column.period is None and column.kind in ("count", "amount"):
            columns[k] = _with(column, period="current")
    return tuple(columns)


def _with(column: Column, **changes: object) -> Column:
    fields = {name: getattr(column, name) for name in Column.__slots__}
    fields.update(changes)
    return Column(**fields)  # type: ignore[arg-type]


def _column(index: int, header: str, unit: str | None) -> Column | None:
    if not header or _SKIP_HEAD.search(header, timeout=REGEX_TIMEOUT):
        return None
    written_unit = None
    found = _PAREN.search(header, timeout=REGEX_TIMEOUT)
    bare = header
    if found:
        written_unit = found.group(1)
        bare = header[: found.start()]
    percent = "%" in header or written_unit == "%"
    bare = bare.replace("%", "")
    if _CHANGE_HEAD.search(bare, timeout=REGEX_TIMEOUT) and not _SHARE_HEAD.search(
        bare, timeout=REGEX_TIMEOUT
    ):
        if percent or "幅" in bare or bare.endswith("率"):
            return Column(index, header, "change", None, "%", Decimal(1), "")
        return Column(
            index, header, "difference", None, written_unit or unit or "件", Decimal(1), ""
        )
    if _SHARE_HEAD.search(bare, timeout=REGEX_TIMEOUT) or (bare.startswith("占") and percent):
        return Column(index, header, "share", "current", "%", Decimal(1), "")
    if bare.endswith("率"):
        return Column(index, header, "rate", "current", "%", Decimal(1), bare)
    if percent:
        return None  # a percentage of no known kind
    money = written_unit if written_unit in _MONEY else next((m for m in _MONEY if m in bare), None)
    if money is None and unit in _MONEY:
        money = unit
    period = None
    if _CURRENT_HEAD.search(bare, timeout=REGEX_TIMEOUT):
        period = "current"
    elif _PREVIOUS_HEAD.search(bare, timeout=REGEX_TIMEOUT):
        period = "previous"
    named = _MEASURE_HEAD.match(bare, timeout=REGEX_TIMEOUT) or _YEAR.search(
        bare, timeout=REGEX_TIMEOUT
    )
    name = "" if period or named else bare
    if money is not None:
        name = name.replace(money, "")
        return Column(index, header, "amount", period, "元", _MONEY[money], name)
    measure = _MEASURE_UNIT.get(bare)
    column_unit = written_unit or measure or unit or "件"
    return Column(index, header, "count", period, column_unit, Decimal(1), name)


# ---------------------------------------------------------------------------------------------
# claims


def _drafts(normalized: NormalizedText, sentence_starts: Sequence[int]) -> list[_Draft]:
    from .extract import _Draft  # (this module is imported by extract)

    drafts: list[_Draft] = []
    text = normalized.text
    for table in find_tables(normalized):
        for row in table.rows:
            for column in table.columns:
                cell = table.number_at(row, column)
                if cell is None:
                    continue
                found = _NUMBER.fullmatch(cell.text, timeout=REGEX_TIMEOUT)
                sign, digits, _ = found.groups()
                decimals = len(digits.partition(".")[2])
                value = Decimal(digits)
                direction = None
                unit = column.unit
                scale = column.scale
                period = column.period
                if column.kind in ("change", "difference"):
                    direction = "flat" if value == 0 else _SIGNS.get(sign, "up")
                    period = None
                elif column.kind == "count" and row.unit is not None:
                    unit = row.unit
                number = Number(value * scale, decimals, scale)
                drafts.append(
                    _Draft(
                        cell.start,
                        cell.end,
                        column.kind,
                        number,
                        unit,
                        direction=direction,
                        period=period,
                        subject=table.subject(row, column),
                        sentence=max(0, bisect_right(sentence_starts, cell.start) - 1),
                        lead=text[row.cells[0].start : cell.start].rstrip(),
                    )
                )
    return drafts


def with_table_drafts(
    drafts: list[_Draft], normalized: NormalizedText, sentence_starts: Sequence[int]
) -> list[_Draft]:
    """``drafts`` (the prose extractor's, in text order) with the table cells' drafts merged in
    text order; a cell the prose extractor already read is not read again. ``paired_with``
    indices are renumbered."""
    if "\t" not in normalized.raw:
        return drafts
    extra = _drafts(normalized, sentence_starts)
    if not extra:
        return drafts
    starts = [d.start for d in drafts]
    kept = []
    for draft in extra:
        k = bisect_left(starts, draft.start)
        overlaps = (k < len(drafts) and drafts[k].start < draft.end) or (
            k > 0 and drafts[k - 1].end > draft.start
        )
        if not overlaps:
            kept.append(draft)
    if not kept:
        return drafts
    merged = sorted(
        [(d.start, 0, i, d) for i, d in enumerate(drafts)]
        + [(d.start, 1, i, d) for i, d in enumerate(kept)],
        key=lambda item: item[:3],
    )
    new_index = {i: k for k, (_, table, i, _) in enumerate(merged) if not table}
    result = [d for *_, d in merged]
    for draft in drafts:
        if draft.paired_with is not None:
            draft.paired_with = new_index[draft.paired_with]
    return result
