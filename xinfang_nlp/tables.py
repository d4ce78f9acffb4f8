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

The shapes of real .docx tables:

* a first column ``序号`` (1, 2, 3 or 一、二; also ordinals under an empty header cell) is
  neither a figure nor the label: the label is the next column (合计 may stand in either);
* a two-line header, merged cells read as their text followed by empty cells
  (``单位 来信 ∅ 来访 ∅`` over ``∅ 本期 同期 本期 同期``): each column gets its group and
  period (来信·本期, 来信·同期), a change compares the levels of its own group, a rate those
  of its own period, and a group named 合计 is checked against the other groups in each row;
  a second line of units only (``(件)``) just gives the units;
* a rate's denominator is what was due (应办结 for 按期办结率) when a column says so; with
  several candidate columns, the first that gives the rate is taken, and an alarm is raised
  only when none does;
* ``小计`` rows add up the rows above them (back to the previous 小计); when the first row is a
  小计 — or, in a 序号 column mixing 一、二 and 1, 2, the rows numbered 一、二 — each heads
  the rows below it; the 合计 row is then checked against the item rows (not the 小计 rows, so
  that a wrong 小计 is one error, found once);
* ``其中:X`` rows are parts of the row above: left out of sums and of share sums; the rows after
  one may go on listing its parts, so a sum is also tried without them and the verdict is
  consistent when either fits (the layout cannot tell; no alarm rests on a guess);
* a unit written in a cell (``35件``, ``1.2万元``, ``-8.3%``, ``↑12%``/``↓5%``) gives the cell's
  unit, and a % makes a 同比 column (no % in its header) a change; a unit that does not fit
  the column is no table figure. Such a cell is read by the table, in place of the prose
  extractor's reading.

* a transposed table — every row labelled as a header would be (本年, 上年, 2024年, 增减%,
  two at least with a period), no column header so (places, and a 合计 column) — is read column
  by column, and its messages speak of rows where the others speak of columns. Years as rows
  closed by a 合计 row stay as written (their column sums are the checks).

Not handled: transposed tables whose rows are measures without periods (受理, 办结 over
places), headers of three lines or more, row labels split over two columns (a group label merged
down beside the item labels), a ≤ check of a 其中 row against its parent.

Everything is skipped at the cost of one ``in`` test when the raw text holds no tab.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING

import regex

from ._patterns import REGEX_TIMEOUT, SPACED_ROW, YEAR, may_hold_table
from .i18n import message
from .numbers import Number

if TYPE_CHECKING:
    from .checks import Check, _Checker
    from .extract import Claim, Extraction, _Draft
    from .normalize import NormalizedText

__all__ = ["Table", "find_tables", "table_checks", "with_table_drafts"]

MIN_LINES = 3  # header and at least two rows
_CONTEXT_LINES = 3  # lines before the header read for the title and the unit
_MAX_CELL = 40  # a longer "cell" is prose, not a table cell

# a cell's figure: a sign or an arrow (↑12%), the digits, and the unit written in the cell (35件,
# 1.2万元, -8.3%); the unit alternatives put the longer word first (件次 before 件)
_NUMBER = regex.compile(
    r"([+\-−↑↓▲▼]?)(\d++(?:\.\d++)?)"
    r"(%|‰|万元|亿元|元|件次|件|批次|批|人次|人|户|起|个|次)?"
)
_DOWN = frozenset("-−↓▼")
_ARROWS = frozenset("↑↓▲▼")
_MEASURE_WORDS = frozenset({"件次", "件", "批次", "批", "人次", "人", "户", "起", "个", "次"})
_CURRENT_HEAD = regex.compile(r"本年|今年|当年|本期|当期|本月|当月|本季度?|本年度|今年度")
_NAMED_PERIOD = regex.compile(r"[一二三四1-4]季度|\d{1,2}月份?|[上下]半年|第[一二三四]季度")
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
    r"^(?:全[市县区镇乡省]|总|[两二三四五六七八九十]年|全年)?(?:合计|总计|共计|总数|总量)$"
    r"|^全[市县区镇乡省](?:总体)?$"
)
# rows that are periods in order (2022年, 2023年; 1月, 2月): a change column compares each row
# with the row before
# a list of last year's figures after a table: …上年同期投诉件数依次为207件、…
_LISTED_BASES = regex.compile(r"(?:上年|去年|同期|上期)\p{Han}{0,12}(?:依次|分别)(?:为|是)$")
_PERIOD_ROW = regex.compile(r"^(?:(?P<year>(?:19|20)\d{2})年?|(?P<month>1[0-2]|[1-9])月份?)$")
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
# the first column numbers the rows (序号 1, 2, 3 or 一、二、): the label is the next column
_INDEX_HEAD = regex.compile(r"^(?:序号|编号|序|No\.?)$", regex.IGNORECASE)
_ORDINAL = regex.compile(r"^\(?(?:\d{1,3}|[一二三四五六七八九十]{1,3})\)?[、.]?$")
_HAN_ORDINAL = regex.compile(r"^\(?[一二三四五六七八九十]{1,3}\)?[、.]?$")
_SUBTOTAL_LABEL = regex.compile(r"小计$")
_PART_LABEL = regex.compile(r"^其中[:,、]?")
_UNIT_ONLY = regex.compile(r"^\([^()]{1,8}\)$")  # a second header line of units: (件) (%)


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
    kind: str  # count, amount, change, difference, share, rate, ratio
    period: str | None
    unit: str
    scale: Decimal
    name: str  # the act (交办, 化解) for a count, the rate's name (化解率) for a rate, else ""
    # under a two-line header, the measure the column belongs to (来信 for 来信·本期, 来信·同期
    # and 来信·增减%, and for 2024年·来信): a change is computed within its group
    group: str = ""


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    unit: str | None  # 来访(批): the row's own unit
    total: bool
    cells: tuple[Cell, ...]  # every cell, the label's included
    subtotal: bool = False  # 小计: the sum of its group's rows
    part: bool = False  # 其中:X, a part of the row above it (never in a column's sum)
    label_at: int = 0  # the label's column (1 after a 序号 column)
    after_part: int = 0  # the k-th row after a 其中 row: may continue its list of parts


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
    transposed: bool = False  # read column by column (periods as rows, places as columns)

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

    @property
    def grouped(self) -> bool:
        return any(column.group for column in self.columns)


def find_tables(normalized: NormalizedText) -> list[Table]:
    """The tables of the document (none, at the cost of one test, when no line of it is cut
    into cells by tabs, spaces or ｜: see may_hold_table)."""
    raw = normalized.raw
    if not may_hold_table(raw):
        return []
    try:
        return _find_tables(normalized)
    except TimeoutError:
        return []


def _find_tables(normalized: NormalizedText) -> list[Table]:
    raw = normalized.raw
    lines: list[_Line] = []  # raw (start, end) of each line without its line break, separators
    position = 0
    for line in raw.splitlines(keepends=True):
        content = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        lines.append((position, position + len(content), _separators(raw, position, content)))
        position += len(line)
    widths = [len(seps) + 1 if start < end else 0 for start, end, seps in lines]
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


# a line of the raw text: start, end, and the (start, end) of each separator between its cells
_Line = tuple[int, int, tuple[tuple[int, int], ...]]
_SPACED_SEPARATOR = regex.compile(r"[ \u3000]*[｜|][ \u3000]*|[ \u3000]+")
_EDGE_BARS = regex.compile(r"^[ \u3000]*[｜|]|[｜|][ \u3000]*$")


def _separators(raw: str, start: int, content: str) -> tuple[tuple[int, int], ...]:
    """The separators of a line: its tabs, else (a line of short cells between spaces or ｜,
    see SPACED_ROW) the runs of spaces and bars between its cells."""
    if "\t" in content:
        return tuple((start + k, start + k + 1) for k, ch in enumerate(content) if ch == "\t")
    if not SPACED_ROW.fullmatch(content, timeout=REGEX_TIMEOUT):
        return ()
    inner = _EDGE_BARS.sub(lambda m: " " * len(m.group()), content, timeout=REGEX_TIMEOUT)
    left = len(inner) - len(inner.lstrip(" \u3000"))
    right = len(inner.rstrip(" \u3000"))
    return tuple(
        (start + m.start(), start + m.end())
        for m in _SPACED_SEPARATOR.finditer(inner, left, right, timeout=REGEX_TIMEOUT)
    )


def _cells(
    normalized: NormalizedText, start: int, end: int, separators: tuple[tuple[int, int], ...]
) -> tuple[Cell, ...]:
    raw, text = normalized.raw, normalized.text
    cells: list[Cell] = []
    cell_start = start
    for at in range(len(separators) + 1):
        cell_end = separators[at][0] if at < len(separators) else end
        a, b = cell_start, cell_end
        while a < b and raw[a].isspace():
            a += 1
        while b > a and raw[b - 1].isspace():
            b -= 1
        n_start = _raw_to_norm(normalized, a)
        n_end = max(n_start, _raw_to_norm(normalized, b)) if b > a else n_start
        cells.append(Cell(n_start, n_end, text[n_start:n_end].strip().strip("｜|").strip()))
        if at < len(separators):
            cell_start = separators[at][1]
    return tuple(cells)


def _is_number(text: str) -> bool:
    return bool(_NUMBER.fullmatch(text, timeout=REGEX_TIMEOUT))


def _table(normalized: NormalizedText, lines: list[_Line], i: int, j: int) -> Table | None:
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
    label_at = _label_column(header, rows[header_at + 1 :])
    second = _second_header(header, rows[header_at + 1 :], label_at)
    first_body = header_at + (2 if second is not None else 1)
    body = [
        cells
        for cells in rows[first_body:]
        if any(_is_number(c.text) for c in cells[label_at + 1 :]) and _label(cells, label_at)
    ]
    if len(body) < MIN_LINES - 1 or any(len(c.text) > _MAX_CELL for c in header):
        return None
    transposed = second is None and label_at == 0 and _transposed(header, body)
    if transposed:  # read it column by column: the places become the rows
        grid = [header, *body]
        columns_of = [tuple(line[k] for line in grid) for k in range(len(header))]
        header = columns_of[0]
        body = [c for c in columns_of[1:] if c[0].text and any(_is_number(x.text) for x in c[1:])]
        if len(body) < MIN_LINES - 1:
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
    columns = _columns(header, unit, label_at, second)
    if not columns:
        return None
    first = header[label_at].text if label_at else header[0].text
    table_rows = _rows(body, label_at)
    places = bool(_PLACE_HEAD.search(first, timeout=REGEX_TIMEOUT)) or all(
        row.total
        or row.subtotal
        or row.part
        or _PLACE_LABEL.fullmatch(row.label, timeout=REGEX_TIMEOUT)
        for row in table_rows
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
        end=max(cells[-1].end for cells in body),
        transposed=transposed,
    )


def _transposed(header: tuple[Cell, ...], body: Sequence[tuple[Cell, ...]]) -> bool:
    """A table of periods as rows and places as columns: every row is labelled as a header
    would be (本年, 上年, 2024年, 增减%, 占比%), two at least with a period, and no column
    header is (a 合计 column may close them). A 合计 row (years added up) keeps the table as
    it is read: its column sums are checks already."""
    periods = 0
    for cells in body:
        column = _column(0, cells[0].text.replace(" ", ""), None)
        if column is None:
            return False
        if column.period is not None or YEAR.search(column.header, timeout=REGEX_TIMEOUT):
            periods += 1
        elif column.kind not in _PROPORTIONS:
            return False
    if periods < 2:
        return False
    for cell in header[1:]:
        text = cell.text.replace(" ", "")
        if not text:
            return False
        if _TOTAL_LABEL.match(text, timeout=REGEX_TIMEOUT):
            continue
        column = _column(0, text, None)
        if column is None or column.period is not None or column.kind in _PROPORTIONS:
            return False
        if YEAR.search(text, timeout=REGEX_TIMEOUT) or _MEASURE_HEAD.match(
            text, timeout=REGEX_TIMEOUT
        ):
            return False
    return True


def _label_column(header: tuple[Cell, ...], body: Sequence[tuple[Cell, ...]]) -> int:
    """1 when the first column numbers the rows (序号, or ordinals under an empty header) and
    the second holds the labels; else 0."""
    if len(header) < 3:
        return 0
    first = header[0].text.replace(" ", "")
    if _INDEX_HEAD.match(first, timeout=REGEX_TIMEOUT):
        return 1
    if first:
        return 0
    numbered = [cells for cells in body if any(_is_number(c.text) for c in cells[2:])]
    ordinals = 0
    for cells in numbered:
        head, label = cells[0].text, cells[1].text
        if _ORDINAL.match(head, timeout=REGEX_TIMEOUT) and label and not _is_number(label):
            ordinals += 1
        elif head and not _TOTAL_LABEL.match(head.replace(" ", ""), timeout=REGEX_TIMEOUT):
            return 0
    return 1 if ordinals >= 2 else 0


def _second_header(
    header: tuple[Cell, ...], following: Sequence[tuple[Cell, ...]], label_at: int
) -> tuple[Cell, ...] | None:
    """The second line of a two-line header: the line after the header when it holds no figure
    and no label of its own (its label cell is empty or repeats the header's, as a cell merged
    down both lines is read), and the header left a cell empty (merged across) or the line is
    one of units."""
    if not following:
        return None
    second = following[0]
    data = [c.text for c in second[label_at + 1 :]]
    if not any(data) or any(_is_number(text) for text in data):
        return None
    own = second[label_at].text
    if own and own != header[label_at].text:
        return None
    if label_at and second[0].text and second[0].text != header[0].text:
        return None
    units_only = all(not t or _UNIT_ONLY.match(t, timeout=REGEX_TIMEOUT) for t in data)
    merged = any(not c.text for c in header[label_at + 1 :])
    return second if merged or units_only else None


def _label(cells: tuple[Cell, ...], label_at: int) -> str:
    """The row's label: its label cell, or, after a 序号 column, the first cell when the label
    cell is empty and the first is no ordinal (合计 written across both)."""
    label = cells[label_at].text.replace(" ", "")
    if not label and label_at:
        first = cells[0].text.replace(" ", "")
        if not _ORDINAL.match(first, timeout=REGEX_TIMEOUT):
            label = first
    return label


def _rows(body: Sequence[tuple[Cell, ...]], label_at: int) -> tuple[Row, ...]:
    rows: list[Row] = []
    # a 序号 column mixing 一、二 and 1, 2: the rows numbered 一、二 head the groups that follow
    heads = label_at and (
        any(_HAN_ORDINAL.match(c[0].text, timeout=REGEX_TIMEOUT) for c in body)
        and any(c[0].text.isdigit() for c in body)
    )
    after_part = 0
    for cells in body:
        row = _row(cells, label_at)
        if heads and not row.total and _HAN_ORDINAL.match(cells[0].text, timeout=REGEX_TIMEOUT):
            row = _replace(row, subtotal=True)
        if row.part or row.total or row.subtotal:
            after_part = 0
            if row.part:
                after_part = 1
        elif after_part:
            row = _replace(row, after_part=after_part)
            after_part += 1
        rows.append(row)
    return tuple(rows)


def _replace(row: Row, **changes: object) -> Row:
    fields = {name: getattr(row, name) for name in Row.__slots__}
    fields.update(changes)
    return Row(**fields)  # type: ignore[arg-type]


def _context(normalized: NormalizedText, lines: list[_Line], header: int) -> list[str]:
    """The non-empty normalized lines just before the header, nearest first; a line that reads
    as prose (a sentence) ends them."""
    found: list[str] = []
    for k in range(header - 1, max(-1, header - 1 - _CONTEXT_LINES), -1):
        start, end, separators = lines[k]
        text = normalized.text[_raw_to_norm(normalized, start) : _raw_to_norm(normalized, end)]
        text = text.strip()
        if not text:
            if found:
                break
            continue
        if separators or len(text) > 60 or any(p in text for p in "。;,"):
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


def _row(cells: tuple[Cell, ...], label_at: int = 0) -> Row:
    label = _label(cells, label_at)
    unit = None
    found = _LABEL_UNIT.search(label, timeout=REGEX_TIMEOUT)
    if found:
        unit = found.group(1)
        label = label[: found.start()]
    total = bool(_TOTAL_LABEL.match(label, timeout=REGEX_TIMEOUT))
    subtotal = not total and bool(_SUBTOTAL_LABEL.search(label, timeout=REGEX_TIMEOUT))
    part = not total and not subtotal and bool(_PART_LABEL.match(label, timeout=REGEX_TIMEOUT))
    if part:
        label = _PART_LABEL.sub("", label, count=1, timeout=REGEX_TIMEOUT) or label
    return Row(label, unit, total, cells, subtotal, part, label_at)


def _columns(
    header: tuple[Cell, ...],
    unit: str | None,
    label_at: int = 0,
    second: tuple[Cell, ...] | None = None,
) -> tuple[Column, ...]:
    columns: list[Column] = []
    years: list[tuple[int, int]] = []  # (year, column position) of the year headers
    parent = ""  # under a two-line header, the header cell merged across this column
    for index, cell in enumerate(header[label_at + 1 :], start=label_at + 1):
        text = cell.text.replace(" ", "")
        if second is None:
            column = _column(index, text, unit)
        else:
            parent = text or parent
            child = second[index].text.replace(" ", "") if index < len(second) else ""
            column = _pair_column(index, parent, child, unit)
        if column is None:
            continue
        year = YEAR.search(column.header, timeout=REGEX_TIMEOUT)
        if year and column.kind in ("count", "amount") and column.period is None:
            years.append((int(year.group(1)), len(columns)))
        columns.append(column)
    if years:
        latest = max(year for year, _ in years)
        for year, k in years:
            period = "current" if year == latest else "previous"
            name = columns[k].name if columns[k].group else ""
            columns[k] = _with(columns[k], period=period, name=name)
    if any(c.period == "current" for c in columns):
        # 本季度(起) 二季度(起) 环比(%): beside a column of the current period, a column named
        # by another period is the base
        for k, column in enumerate(columns):
            if (
                column.period is None
                and column.kind in ("count", "amount")
                and _NAMED_PERIOD.search(column.header, timeout=REGEX_TIMEOUT)
            ):
                columns[k] = _with(column, period="previous")
    for k, column in enumerate(columns):
        if column.period is None and column.kind in ("count", "amount"):
            columns[k] = _with(column, period="current")
    return tuple(columns)


_PROPORTIONS = ("change", "difference", "share", "rate")


def _pair_column(index: int, parent: str, child: str, unit: str | None) -> Column | None:
    """A column under a two-line header: ``parent`` (merged across its columns, carried to the
    right) over ``child``; ``None`` when the pair is no shape known here."""
    if not child:
        return _column(index, parent, unit) if parent else None
    if not parent:
        return _column(index, child, unit)
    if _UNIT_ONLY.match(child, timeout=REGEX_TIMEOUT):  # 本年 over (件)
        return _column(index, parent + child, unit)
    if _SKIP_HEAD.search(parent + child, timeout=REGEX_TIMEOUT):
        return None
    above, below = _column(index, parent, unit), _column(index, child, unit)
    if above is None or below is None:
        return None
    header = f"{parent}·{child}"
    if below.kind in _PROPORTIONS:  # 来信 over 增减%: the change of 来信
        if above.kind not in ("count", "amount") or above.period is not None:
            return None
        found = _with(below, header=header, group=_bare(parent))
        return _with(found, unit=above.unit) if below.kind == "difference" else found
    if above.kind in _PROPORTIONS:  # 增减% over 来信
        if below.period is not None or YEAR.search(child, timeout=REGEX_TIMEOUT):
            return None
        found = _with(above, header=header, group=_bare(child))
        return _with(found, unit=below.unit) if above.kind == "difference" else found
    amount = above if above.kind == "amount" else below if below.kind == "amount" else None
    kind, scale = ("amount", amount.scale) if amount is not None else ("count", Decimal(1))
    column_unit = (
        "元" if amount is not None else below.unit if below.unit != (unit or "件") else (above.unit)
    )
    if below.period is not None or YEAR.search(child, timeout=REGEX_TIMEOUT):
        # 来信 over 本期/同期 (or 2024年/2023年)
        if above.period is not None or YEAR.search(parent, timeout=REGEX_TIMEOUT):
            return None
        period, name, group = below.period, above.name, _bare(parent)
    elif above.period is not None or YEAR.search(parent, timeout=REGEX_TIMEOUT):
        # 本期/2024年 over 来信
        period, name, group = above.period, below.name, _bare(child)
    elif not below.name:  # 交办 over 件数
        period, name, group = None, above.name, _bare(parent)
    else:  # 信访总量 over 来信: counts of 来信, grouped under the parent
        period, name, group = None, below.name, _bare(parent)
    return Column(index, header, kind, period, column_unit, scale, name, group or header)


def _bare(header: str) -> str:
    """A header without its unit: 来信(件) → 来信."""
    found = _PAREN.search(header, timeout=REGEX_TIMEOUT)
    return (header[: found.start()] if found else header).replace("%", "")


def _with(column: Column, **changes: object) -> Column:
    fields = {name: getattr(column, name) for name in Column.__slots__}
    fields.update(changes)
    return Column(**fields)  # type: ignore[arg-type]


# a column of figures per person, per case or per day: 万人信访量, 每千人, 人均, 件均, 日均, 平均
# (每十公里举报, 每百户: per so many of any unit)
_RATIO_HEAD = regex.compile(
    r"万人|千人|每万|每千|每百|每[一二三四五六七八九十两百千万\d]+\p{Han}{0,2}|[人件户日批次]均|平均"
)


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
    if _RATIO_HEAD.search(bare, timeout=REGEX_TIMEOUT):
        # 万人信访量(件), 件均金额(元): a figure per person or per case, not a count (a 合计
        # row's cell is no sum of the rows')
        return Column(
            index, header, "ratio", "current", written_unit or unit or "件", Decimal(1), ""
        )
    money = written_unit if written_unit in _MONEY else next((m for m in _MONEY if m in bare), None)
    if money is None and unit in _MONEY:
        money = unit
    period = None
    if _CURRENT_HEAD.search(bare, timeout=REGEX_TIMEOUT):
        period = "current"
    elif _PREVIOUS_HEAD.search(bare, timeout=REGEX_TIMEOUT):
        period = "previous"
    named = _MEASURE_HEAD.match(bare, timeout=REGEX_TIMEOUT) or YEAR.search(
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


@dataclass(frozen=True, slots=True)
class Reading:
    """What a cell says, given its column and row."""

    kind: str
    number: Number
    unit: str
    direction: str | None
    period: str | None
    written: bool  # the cell wrote a unit or an arrow (35件, -8.3%, ↑12%): the table reads it


def read_cell(row: Row, column: Column) -> Reading | None:
    """The figure of a cell: the column gives its kind, period and unit; a unit written in the
    cell overrides the unit (35件, 1.2万元) or makes a difference column's cell a % change
    (-8.3%); ``None`` when the cell is no figure or its unit does not fit the column (a % in a
    count column)."""
    found = _NUMBER.fullmatch(row.cells[column.index].text, timeout=REGEX_TIMEOUT)
    if found is None:
        return None
    sign, digits, written = found.groups()
    kind, unit, scale, period = column.kind, column.unit, column.scale, column.period
    if written in ("%", "‰"):
        if written == "‰" or kind not in ("change", "difference", "share", "rate"):
            return None
        kind, unit, scale = ("change" if kind == "difference" else kind), "%", Decimal(1)
    elif written in _MONEY:
        if kind not in ("count", "amount", "difference"):
            return None
        kind = "amount" if kind == "count" else kind
        unit, scale = "元", _MONEY[written]
    elif written:  # a measure word
        if kind not in ("count", "difference") or column.scale != 1:
            return None
        unit = written
    elif kind == "count" and row.unit is not None:
        unit = row.unit
    direction = None
    if kind in ("change", "difference"):
        value = Decimal(digits)
        direction = "flat" if value == 0 else ("down" if sign in _DOWN else "up")
        period = None
    elif sign in _ARROWS:
        return None  # an arrow on a level: no shape known here
    decimals = len(digits.partition(".")[2])
    number = Number(Decimal(digits) * scale, decimals, scale)
    return Reading(kind, number, unit, direction, period, bool(written or sign in _ARROWS))


def _drafts(
    normalized: NormalizedText, sentence_starts: Sequence[int]
) -> list[tuple[_Draft, bool]]:
    """The drafts of the tables' cells, each with whether the table's reading should replace
    the prose extractor's (the cell wrote its unit or an arrow)."""
    from .extract import _Draft  # (this module is imported by extract)

    drafts: list[tuple[_Draft, bool]] = []
    text = normalized.text
    for table in find_tables(normalized):
        for row in table.rows:
            for column in table.columns:
                reading = read_cell(row, column)
                if reading is None:
                    continue
                cell = row.cells[column.index]
                draft = _Draft(
                    cell.start,
                    cell.end,
                    reading.kind,
                    reading.number,
                    reading.unit,
                    direction=reading.direction,
                    period=reading.period,
                    subject=table.subject(row, column),
                    sentence=max(0, bisect_right(sentence_starts, cell.start) - 1),
                    lead=_lead(text, table, row, cell),
                )
                drafts.append((draft, reading.written))
    return drafts


def _lead(text: str, table: Table, row: Row, cell: Cell) -> str:
    """The words before a cell's figure: its row up to the cell (the label's column first);
    in a transposed table, where the row is a column, its label and the cell's row label."""
    if table.transposed:
        return row.label
    return text[row.cells[row.label_at].start : cell.start].rstrip()


def with_table_drafts(
    drafts: list[_Draft], normalized: NormalizedText, sentence_starts: Sequence[int]
) -> list[_Draft]:
    """``drafts`` (the prose extractor's, in text order) with the table cells' drafts merged in
    text order. A cell the prose extractor already read is not read again, unless the cell
    wrote its unit or an arrow (35件, -8.3%, ↑12%): then the table's reading, which knows the
    cell's column, replaces the prose drafts inside the cell. ``paired_with`` indices are
    renumbered (and dropped when they pointed to a replaced draft)."""
    if not may_hold_table(normalized.raw):
        return drafts
    extra = _drafts(normalized, sentence_starts)
    if not extra:
        return drafts
    starts = [d.start for d in drafts]
    replaced: set[int] = set()
    kept = []
    for draft, written in extra:
        first = bisect_left(starts, draft.start)
        inside = []  # the prose drafts that start inside the cell
        k = first
        while k < len(drafts) and drafts[k].start < draft.end:
            inside.append(k)
            k += 1
        straddles = first > 0 and drafts[first - 1].end > draft.start
        if written and not straddles and all(drafts[k].end <= draft.end for k in inside):
            replaced.update(inside)
            kept.append(draft)
        elif not inside and not straddles:
            kept.append(draft)
    if not kept:
        return drafts
    merged = sorted(
        [(d.start, 0, i, d) for i, d in enumerate(drafts) if i not in replaced]
        + [(d.start, 1, i, d) for i, d in enumerate(kept)],
        key=lambda item: item[:3],
    )
    new_index = {i: k for k, (_, table, i, _) in enumerate(merged) if not table}
    result = [d for *_, d in merged]
    for i, draft in enumerate(drafts):
        if i not in replaced and draft.paired_with is not None:
            draft.paired_with = new_index.get(draft.paired_with)
    return result


# ---------------------------------------------------------------------------------------------
# checks

_MESSAGES = {
    "from_table": {"zh": "(运算数取自表格)", "en": " (operands taken from the table)"},
    "change": {
        "zh": "表中{row}:{current}/{previous}−1 = {computed}%,表列{direction}{reported}%,{verdict}",
        "en": "table row {row}: {current}/{previous}−1 = {computed}%, the table says "
        "{direction} {reported}%, {verdict}",
    },
    "difference": {
        "zh": "表中{row}:{current}−{previous} = {computed},表列{direction}{reported},{verdict}",
        "en": "table row {row}: {current}−{previous} = {computed}, the table says {direction} "
        "{reported}, {verdict}",
    },
    "sum": {
        "zh": "表中“{column}”{line}{across}之和 {parts} = {computed},{total}{cross}为{reported},"
        "{verdict}",
        "en": "{line} “{column}”: the {across} add up to {parts} = {computed}, the {total} "
        "{cross} says {reported}, {verdict}",
    },
    "subtotal": {
        "zh": "表中“{column}”{line}{first}至{last}之和 {parts} = {computed},{total}{cross}为"
        "{reported},{verdict}",
        "en": "{line} “{column}”: the {across} {first} to {last} add up to {parts} = "
        "{computed}, the {total} {cross} says {reported}, {verdict}",
    },
    "sum_items": {
        "zh": "表中“{column}”{line}除小计外{across}之和 {parts} = {computed},{total}{cross}为"
        "{reported},{verdict}",
        "en": "{line} “{column}”: the {across} other than subtotals add up to {parts} = "
        "{computed}, the {total} {cross} says {reported}, {verdict}",
    },
    "row_sum": {
        "zh": "表中{total}:各项之和 {parts} = {computed},“{column}”列为{reported},{verdict}",
        "en": "table row {total}: the parts add up to {parts} = {computed}, column “{column}” "
        "says {reported}, {verdict}",
    },
    "sum_text": {
        "zh": "表中“{column}”{line}{across}之和 {parts} = {computed},与文中总数{reported}{verdict}",
        "en": "{line} “{column}”: the {across} add up to {parts} = {computed}, the total in "
        "the text is {reported}, {verdict}",
    },
    "share": {
        "zh": "表中{row}:{part}/{whole} = {computed}%,表列占比{reported}%,{verdict}",
        "en": "table row {row}: {part}/{whole} = {computed}%, the table's share is {reported}%, "
        "{verdict}",
    },
    "share_sum": {
        "zh": "表中“{column}”{line}{across}占比之和 {parts} = {computed}%,应为100%,{verdict}",
        "en": "{line} “{column}”: the shares add up to {parts} = {computed}%, expected 100%, "
        "{verdict}",
    },
    "ratio": {
        "zh": "表中{row}:{numerator}/{denominator} = {computed},表列{name}{reported},{verdict}",
        "en": "table row {row}: {numerator}/{denominator} = {computed}, the table's {name} is "
        "{reported}, {verdict}",
    },
    "rate": {
        "zh": "表中{row}:{part}/{whole} = {computed}%,表列{name}{reported}%,{verdict}",
        "en": "table row {row}: {part}/{whole} = {computed}%, the table's {name} is "
        "{reported}%, {verdict}",
    },
}
_HUNDRED = Decimal(100)


# the words for a table's lines: a transposed table's column is a row of the document
_LINES = {
    "@column": {"zh": "列", "en": "column"},
    "@row": {"zh": "行", "en": "row"},
    "@rows": {"zh": "各行", "en": "rows"},
    "@columns": {"zh": "各列", "en": "columns"},
}


def _lines(transposed: bool) -> dict[str, str]:
    """The ``line``, ``across`` and ``cross`` fields of the sum messages."""
    if transposed:
        return {"line": "@row", "across": "@columns", "cross": "@column"}
    return {"line": "@column", "across": "@rows", "cross": "@row"}


def _both(key: str, **fields: object) -> tuple[str, str]:
    from .checks import _WORDS

    def words(lang: str) -> dict[str, object]:
        return {
            k: (
                _LINES[v][lang]
                if isinstance(v, str) and v in _LINES
                else _WORDS[v][lang]
                if isinstance(v, str) and v in _WORDS
                else v
            )
            for k, v in fields.items()
        }

    return message(_MESSAGES, key, "zh", **words("zh")), message(
        _MESSAGES, key, "en", **words("en")
    )


def _sum_messages(
    key: str,
    column: Column,
    parts: Sequence[Claim],
    computed: Decimal,
    reported: Claim,
    verdict: str,
    total: str = "",
    first: str = "",
    last: str = "",
    transposed: bool = False,
) -> tuple[str, str]:
    from .checks import _fmt, _written

    return _both(
        key,
        **_lines(transposed),
        column=column.header,
        parts="+".join(_written(p) for p in parts),
        computed=_fmt(computed),
        total=total,
        first=first,
        last=last,
        reported=_written(reported),
        verdict=verdict,
    )


def _groups(rows: Sequence[Row]) -> tuple[list[tuple[Row, list[Row]]], list[Row]]:
    """The 小计 rows with the rows each adds up, and the rows of no group. A 小计 adds up the
    rows above it, back to the previous 小计 or the header; when the first row is a 小计 (a
    group's head, 一、城区 over 1, 2 …) each adds up the rows below it instead. 合计 and 其中
    rows belong to no group."""
    body = [row for row in rows if not row.total and not row.part]
    if not any(row.subtotal for row in body):
        return [], body
    groups: list[tuple[Row, list[Row]]] = []
    if body[0].subtotal:
        for row in body:
            if row.subtotal:
                groups.append((row, []))
            else:
                groups[-1][1].append(row)
        return groups, []
    pending: list[Row] = []
    for row in body:
        if row.subtotal:
            groups.append((row, pending))
            pending = []
        else:
            pending.append(row)
    return groups, pending


def table_checks(checker: _Checker, extraction: Extraction) -> None:
    """Replace the prose checks of table cells by the table's own checks (a hook of
    :func:`xinfang_nlp.checks.check`)."""
    if not may_hold_table(extraction.normalized.raw):
        return
    tables = find_tables(extraction.normalized)
    if not tables:
        return
    by_span = {claim.norm_span: claim for claim in extraction.claims}
    cells = {
        by_span[(cell.start, cell.end)].id
        for table in tables
        for row in table.rows
        for cell in row.cells
        if (cell.start, cell.end) in by_span
    }
    prose_sums = [
        k
        for k in checker.checks
        if k.kind == "sum"
        and k.verdict == "consistent"
        and k.claims[-1] in cells
        and not any(i in cells for i in k.claims[:-1])
    ]
    checker.checks[:] = [c for c in checker.checks if not c.claims or c.claims[-1] not in cells]
    _keep_prose_sums(checker, prose_sums, cells)
    for table in tables:
        _TableChecker(checker, table, by_span, extraction.claims, cells).run()
    _link_prose(checker, tables, by_span, extraction.claims, cells)


def _keep_prose_sums(checker: _Checker, sums: list[Check], cells: set[str]) -> None:
    """Prose parts that add up exactly to a table cell (the 合计 row, a category's row) are a
    breakdown of that figure, not a prose check of the cell the table replaces: the sum is kept,
    on the prose statement of the same total when the report made one before the parts (全街道共
    排查286起 … 合计 286 … 邻里纠纷97起,…其他58起), else on the cell."""
    from .checks import _whole_count

    index = checker.index
    done = {(k.claims[-1], frozenset(k.claims[:-1])) for k in checker.checks if k.kind == "sum"}
    for k in sums:
        cell = index.by_id[k.claims[-1]]
        parts = [index.by_id[i] for i in k.claims[:-1]]
        first = min(index.position[p.id] for p in parts)
        whole = next(
            (
                c
                for c in reversed(index.claims[:first])
                if c.id not in cells
                and c.value == cell.value
                and c.unit == cell.unit
                and c.period == cell.period
                and index.part(c.sentence) == index.part(parts[0].sentence)
                and _whole_count(c)
            ),
            None,
        )
        key = ((whole or cell).id, frozenset(k.claims[:-1]))
        if key in done:
            continue
        done.add(key)
        if whole is None:
            checker.checks.append(k)
        else:
            checker.compare_sum(whole, parts, partial_ok=True)


_TRIES = 6  # operand pairs tried per prose figure


def _judge_change(
    reported: Claim, now: Claim, before: Claim | list[Claim], kind: str, tolerance: Decimal
) -> tuple[str, str, Decimal] | None:
    """The verdict on ``reported``, a % change (``kind`` "change") or a difference from
    ``before`` (a level, or levels whose sum is the base) to ``now``, with the actual direction
    and the computed value; ``None`` when the operands are no exact levels."""
    from .checks import _interval_sum, judged_move, operand

    c = operand(now)
    p = _interval_sum(before) if isinstance(before, list) else operand(before)
    if c is None or p is None or (kind == "change" and p[0] <= 0):
        return None
    return judged_move(reported, c, p, kind, tolerance)


def _link_prose(
    checker: _Checker,
    tables: Sequence[Table],
    by_span: dict[tuple[int, int], Claim],
    claims: Sequence[Claim],
    cells: set[str],
) -> None:
    """Prose figures the linker could not verify, computed from the table that holds their
    operands (全年受理6225件,同比下降5.2% with last year's count only in 表1; 网上信访…比重65.5%
    with its count in 表2): an operand pair with a table cell in it, the same subject, that
    gives the reported value makes the figure consistent (``basis="inferred"``); nothing here
    ever accuses."""
    by_id = {claim.id: claim for claim in claims}
    for k, found in enumerate(checker.checks):
        if found.verdict != "unverifiable" or found.kind not in ("change", "share"):
            continue
        reported = by_id.get(found.claims[-1]) if found.claims else None
        if reported is None or reported.id in cells or not reported.subject:
            continue
        made = (
            _prose_change(checker, reported, claims, cells)
            if found.kind == "change"
            else _prose_share(checker, reported, tables, by_span)
        )
        if made is not None:
            checker.checks[k] = made


def _levels(claims: Sequence[Claim], subject: str, period: str) -> list[Claim]:
    return [
        c
        for c in claims
        if c.subject == subject
        and c.kind in ("count", "amount")
        and c.period == period
        and c.bound == "exact"
        and c.modality == "actual"
    ]


def _prose_change(
    checker: _Checker, reported: Claim, claims: Sequence[Claim], cells: set[str]
) -> Check | None:
    from .checks import _both as checks_both
    from .checks import _change_fields, _written, family

    if reported.unit != "%" or reported.direction not in ("up", "down", "flat"):
        return None
    currents = _levels(claims, reported.subject, "current")
    previouses = _levels(claims, reported.subject, "previous")
    pairs = [
        (c, p)
        for c in currents
        for p in previouses
        if (c.id in cells or p.id in cells) and family(c) == family(p)
    ]
    for now, before in pairs[:_TRIES]:
        judged = _judge_change(reported, now, before, "change", checker.options.tolerance)
        if judged is None or judged[0] != "consistent":
            continue
        computed = judged[2]
        messages = checks_both(
            "change",
            **_change_fields(reported, _written(now), _written(before), computed, "consistent"),
        )
        return _inferred("change", reported, [now, before], computed, messages)
    return None


def _prose_share(
    checker: _Checker,
    reported: Claim,
    tables: Sequence[Table],
    by_span: dict[tuple[int, int], Claim],
) -> Check | None:
    from .checks import _mid, _proportion_messages, _written, operand

    if reported.unit != "%" or reported.period != "current" or reported.bound != "exact":
        return None
    tried = 0
    for table in tables:
        totals = [row for row in table.rows if row.total]
        if len(totals) != 1:
            continue
        for row in table.rows:
            for column in table.columns:
                if row.total or column.kind != "count" or column.period != "current":
                    continue
                if table.subject(row, column) != reported.subject:
                    continue
                part = by_span.get(_span(row.cells[column.index]))
                whole = by_span.get(_span(totals[0].cells[column.index]))
                if part is None or whole is None or tried >= _TRIES:
                    continue
                tried += 1
                p, w = operand(part), operand(whole)
                if p is None or w is None or w[0] <= 0:
                    continue
                if not checker.proportion_fits(reported, p, w):
                    continue
                computed = _mid(p) / _mid(w) * _HUNDRED
                messages = _proportion_messages(
                    "share", _written(part), _written(whole), computed, reported, "consistent"
                )
                return _inferred("share", reported, [part, whole], computed, messages)
    return None


def _span(cell: Cell) -> tuple[int, int]:
    return cell.start, cell.end


def _inferred(
    kind: str,
    reported: Claim,
    operands: Sequence[Claim],
    computed: Decimal,
    messages: tuple[str, str],
) -> Check:
    """A consistent check whose operands were found in a table (the message says so)."""
    from .checks import _inferred_check

    return _inferred_check(kind, reported, operands, computed, messages, _both("from_table"))


class _TableChecker:
    def __init__(
        self,
        checker: _Checker,
        table: Table,
        by_span: dict[tuple[int, int], Claim],
        claims: Sequence[Claim],
        cells: set[str],
    ) -> None:
        self.cells = cells  # the ids of every table's cells
        self.checker = checker
        self.table = table
        self.by_span = by_span
        self.claims = claims

    def claim(self, row: Row, column: Column | None) -> Claim | None:
        if column is None:
            return None
        cell = row.cells[column.index]
        claim = self.by_span.get((cell.start, cell.end))
        if claim is None or claim.bound != "exact":
            return None
        return claim

    def run(self) -> None:
        table = self.table
        columns = table.columns
        counts = [c for c in columns if c.kind in ("count", "amount")]
        totals = [row for row in table.rows if row.total]
        total = totals[0] if len(totals) == 1 else None
        groups, ungrouped = _groups(table.rows)
        # the rows whose shares make up the whole: the 小计 rows and the rows of no group (其中
        # rows are parts of the row above them, never of a column's sum)
        loose = {id(row) for row in ungrouped}
        top = [row for row in table.rows if row.subtotal or id(row) in loose]
        # the rows whose share of the total is checked
        shared = [row for row in table.rows if not row.total and not row.part]
        for row in table.rows:
            for column in columns:
                if column.kind in ("change", "difference"):
                    pair = self.levels(column, counts)
                    if pair is not None:
                        self.change(row, column, *pair)
            for column in columns:
                if column.kind == "rate":
                    self.rate(row, column, counts)
        totals_column = self.total_column(counts)
        for column in columns:
            if column.kind in ("change", "difference") and self.levels(column, counts) is None:
                self.period_changes(column, counts, totals_column)
                if column.kind == "change":
                    self.listed_bases(column, counts)
        current = next((c for c in counts if c.period == "current"), None)
        # the 合计 row adds up the item rows, not the 小计 rows: a wrong 小计 is one error, found
        # once (a 小计 with no rows of its own stands for its rows)
        empty = {id(subtotal) for subtotal, members in groups if not members}
        items = [
            row
            for row in table.rows
            if not (row.total or row.part or (row.subtotal and id(row) not in empty))
        ]
        for column in counts:
            for subtotal, members in groups:
                if len(members) >= 2:
                    self.sum(column, members, subtotal, "subtotal")
            if total is not None and len(items) >= 2:
                self.sum(column, items, total, "sum_items" if groups else "sum")
            elif total is None and column is current and len(top) >= 2:
                self.sum_in_text(column, top)
        if table.grouped:
            for row in table.rows:
                self.row_sums(row, counts)
        for column in columns:
            if column.kind == "share":
                self.shares(column, counts, shared, top, total)
            elif column.kind == "ratio":
                self.ratios(column, counts)

    def levels(self, column: Column, counts: Sequence[Column]) -> tuple[Column, Column] | None:
        """The current and previous columns a change column compares: those of its group under
        a two-line header (来信·本期, 来信·同期 for 来信·增减%), else the first of each among
        the columns of no group. When the header repeats the periods (本期 同期 增减% 本期 同期
        增减%), a change compares the nearest pair to its left."""
        family = [c for c in counts if c.group == column.group]
        current = next((c for c in family if c.period == "current"), None)
        previous = next((c for c in family if c.period == "previous"), None)
        if current is None or previous is None:
            return None
        nameless = [c for c in family if not c.name and c.period == "current"]
        if len(nameless) > 1:
            left = [c for c in family if c.index < column.index and not c.name]
            current = next((c for c in reversed(left) if c.period == "current"), None)
            previous = next((c for c in reversed(left) if c.period == "previous"), None)
            if current is None or previous is None:
                return None  # no shape known here: no check rather than a guess
        else:
            # 本月 累计 上年同期 同比%: of several current columns, the base compares the one
            # right before it (the cumulative count, not the month's)
            before = [c for c in family if c.period == "current" and c.index < previous.index]
            if len(before) > 1:
                current = before[-1]
        if column.group and (current.group != column.group or previous.group != column.group):
            return None
        return current, previous

    # -- the checks ---------------------------------------------------------------------------

    def change(self, row: Row, column: Column, current: Column, previous: Column) -> None:
        reported, now, before = (
            self.claim(row, column),
            self.claim(row, current),
            self.claim(row, previous),
        )
        if reported is None or now is None or before is None:
            return
        self.judge_change(row, column, reported, now, before)

    def judge_change(
        self, row: Row, column: Column, reported: Claim, now: Claim, before: Claim | list[Claim]
    ) -> None:
        """Check a change cell over one base, or over the sum of several (the 合计 row's change
        over the item rows' listed bases)."""
        from .checks import _bracketed_sum, _fmt, _with_flip, _written

        # the cell's kind: -8.3% in a 同比 column (no % in its header) is a change
        kind = reported.kind if reported.kind in ("change", "difference") else column.kind
        judged = _judge_change(reported, now, before, kind, self.checker.options.tolerance)
        if judged is None:
            return
        verdict, actual, computed = judged
        messages = _both(
            kind,
            row=row.label,
            current=_written(now),
            previous=_bracketed_sum(before) if isinstance(before, list) else _written(before),
            computed=f"{computed:+.2f}" if kind == "change" else _fmt(computed),
            direction=reported.direction,
            reported=_written(reported),
            verdict=verdict,
        )
        severity = "normal"
        if verdict == "inconsistent" and actual not in (reported.direction, "flat"):
            messages, severity = _with_flip(messages, reported, actual)
        operands = [now, *before] if isinstance(before, list) else [now, before]
        self.checker.add(kind, verdict, reported, operands, computed, messages, severity)

    def period_changes(
        self, column: Column, counts: Sequence[Column], totals: Column | None
    ) -> None:
        """A change column of a table whose rows are periods in order (2022年, 2023年, 2024年;
        1月, 2月) and whose columns have no previous period: each row against the row before,
        on the table's total column (合计), else on its only count column."""
        if self.table.grouped:
            return
        base = totals or (counts[0] if len(counts) == 1 else None)
        if base is None:
            return
        periods = [
            (row, found)
            for row in self.table.rows
            if (found := _PERIOD_ROW.match(row.label, timeout=REGEX_TIMEOUT)) is not None
        ]
        for (before_row, a), (row, b) in pairwise(periods):
            (kind, then), (other, now_at) = _period_key(a), _period_key(b)
            if kind != other or now_at != then + 1:
                return
            reported = self.claim(row, column)
            now, before = self.claim(row, base), self.claim(before_row, base)
            if reported is not None and now is not None and before is not None:
                self.judge_change(row, column, reported, now, before)

    def listed_bases(self, column: Column, counts: Sequence[Column]) -> None:
        """A change column whose bases are not in the table but listed right after it, one per
        item row in order (表中增减为与上年同期相比,各水厂上年同期投诉件数依次为207件、144件、…和
        92件): each row's change over its listed base, on the count column of the list's unit."""
        items = [row for row in self.table.rows if not (row.total or row.part or row.subtotal)]
        after = [c for c in self.claims if c.norm_span[0] >= self.table.end]
        if len(items) < 2 or not after:
            return
        index = self.checker.index
        first = after[0].sentence
        opener = next(
            (
                i
                for i, c in enumerate(after)
                if c.sentence <= first + 1 and _LISTED_BASES.search(c.lead, timeout=REGEX_TIMEOUT)
            ),
            None,
        )
        if opener is None:
            return
        bases = after[opener : opener + len(items)]
        following = after[opener + len(items) : opener + len(items) + 1]
        if (
            len(bases) != len(items)
            or any(
                c.sentence != bases[0].sentence
                or c.kind != "count"
                or c.period != "previous"
                or c.bound != "exact"
                or c.unit != bases[0].unit
                for c in bases
            )
            or any(c.sentence == bases[0].sentence and c.unit == bases[0].unit for c in following)
        ):
            return  # (as many bases as item rows, of one measure, and no more)
        same_unit = [c for c in counts if c.period == "current" and c.unit == bases[0].unit]
        if len(same_unit) != 1 or index.sentences[bases[0].sentence].start < self.table.end:
            return
        for row, before in zip(items, bases, strict=True):
            reported, now = self.claim(row, column), self.claim(row, same_unit[0])
            if reported is not None and now is not None:
                self.judge_change(row, column, reported, now, before)
        # (合计|766|+11.8: the total's change over the sum of the listed bases)
        totals = [row for row in self.table.rows if row.total]
        if len(totals) == 1:
            reported, now = self.claim(totals[0], column), self.claim(totals[0], same_unit[0])
            if reported is not None and now is not None:
                self.judge_change(totals[0], column, reported, now, bases)

    def total_column(self, counts: Sequence[Column]) -> Column | None:
        """A column headed 合计 (总计, 小计…) adding up the count columns before it, checked on
        every row; the columns it adds are those the table bears out — all of them, else those
        of its unit, else all but the 人次 columns — on all rows but at most one in four.
        Returns the column (for the changes of a table of periods)."""
        from .checks import _fmt, _interval_sum, _mid, _written, accepts

        if self.table.grouped:
            return None
        column = next(
            (
                c
                for c in counts
                if c.kind == "count"
                and (_TOTAL_LABEL.match(c.name, timeout=REGEX_TIMEOUT) or _bare(c.header) in _SUMS)
            ),
            None,
        )
        if column is None:
            return None
        left = [c for c in counts if c.index < column.index and c.period == column.period]
        options = [
            left,
            [c for c in left if c.unit == column.unit],
            [c for c in left if c.unit != "人次"],
        ]
        tolerance = self.checker.options.tolerance
        for option in options:
            if len(option) < 2:
                continue
            judged = []
            for row in self.table.rows:
                reported = self.claim(row, column)
                parts = [self.claim(row, c) for c in option]
                if reported is None or any(p is None for p in parts):
                    continue
                listed = [p for p in parts if p is not None]
                summed = _interval_sum(listed)
                if summed is None:
                    continue
                judged.append(
                    (row, reported, listed, summed, accepts(reported, *summed, tolerance))
                )
            hits = sum(1 for *_, fits in judged if fits)
            if not _borne_out(hits, len(judged), least=2):
                continue
            for row, reported, listed, summed, fits in judged:
                verdict = "consistent" if fits else "inconsistent"
                messages = _both(
                    "row_sum",
                    total=row.label,
                    parts="+".join(_written(p) for p in listed),
                    computed=_fmt(_mid(summed)),
                    column=column.header,
                    reported=_written(reported),
                    verdict=verdict,
                )
                self.checker.add("sum", verdict, reported, listed, _mid(summed), messages)
            return column
        return None

    def column_sum(
        self, column: Column, items: Sequence[Row]
    ) -> tuple[list[Claim], tuple[Decimal, Decimal]] | None:
        """The column's item figures and the interval of their sum (``None`` when one is
        missing or not an exact figure)."""
        from .checks import _interval_sum

        parts = [self.claim(row, column) for row in items]
        if any(p is None for p in parts):
            return None
        interval = _interval_sum(parts)
        return None if interval is None else (parts, interval)  # type: ignore[return-value]

    def sum(self, column: Column, items: Sequence[Row], total: Row, key: str = "sum") -> None:
        """``total``'s figure against the sum of ``items``'. Rows after a 其中 row may go on
        listing its parts (其中:来信 …, 来访 …): when the sum with them does not fit, the sums
        without the first one, two … of them are tried, and the verdict is consistent when one
        fits (the layout cannot tell; an alarm must not rest on a guess)."""
        from .checks import _mid, accepts

        reported = self.claim(total, column)
        if reported is None:
            return
        tried = [list(items)]
        longest = max((row.after_part for row in items), default=0)
        for k in range(1, longest + 1):
            tried.append([row for row in items if not 1 <= row.after_part <= k])
        found = None
        for rows in tried:
            summed = self.column_sum(column, rows) if len(rows) >= 2 else None
            if summed is None:
                continue
            fits = accepts(reported, *summed[1], self.checker.options.tolerance)
            if found is None or fits:
                found = (summed, "consistent" if fits else "inconsistent", rows)
            if fits:
                break
        if found is None:
            return
        (parts, interval), verdict, rows = found
        computed = _mid(interval)
        messages = _sum_messages(
            key,
            column,
            parts,
            computed,
            reported,
            verdict,
            total.label,
            first=rows[0].label,
            last=rows[-1].label,
            transposed=self.table.transposed,
        )
        self.checker.add("sum", verdict, reported, parts, computed, messages)

    def row_sums(self, row: Row, counts: Sequence[Column]) -> None:
        """Under a two-line header whose last group is a total (来信, 来访, 合计 over 本期 and
        同期): each row's total cell against the sum of the other groups' cells of its
        period."""
        from .checks import _interval_sum, _mid, accepts

        for column in counts:
            if not _TOTAL_LABEL.match(column.group, timeout=REGEX_TIMEOUT):
                continue
            others = [
                c
                for c in counts
                if c.group != column.group
                and c.period == column.period
                and c.kind == column.kind
                and c.unit == column.unit
            ]
            if len(others) < 2 or len({c.group for c in others}) != len(others):
                continue
            if any(_PART_LABEL.match(c.group, timeout=REGEX_TIMEOUT) for c in others):
                continue
            reported = self.claim(row, column)
            found = [self.claim(row, c) for c in others]
            parts = [p for p in found if p is not None]
            if reported is None or len(parts) < len(found):
                continue
            summed = _interval_sum(parts)
            if summed is None:
                continue
            fits = accepts(reported, *summed, self.checker.options.tolerance)
            verdict = "consistent" if fits else "inconsistent"
            computed = _mid(summed)
            messages = _sum_messages(
                "row_sum", column, parts, computed, reported, verdict, row.label
            )
            self.checker.add("sum", verdict, reported, parts, computed, messages)

    def sum_in_text(self, column: Column, items: Sequence[Row]) -> None:
        """A table without a total row whose items add up to the total the text states before
        it (全年共受理信访事项6225件 … 表3 内容分类): a consistent sum on that figure, inferred
        (never a verdict against it: the text's figure may count something else)."""
        from .checks import _FAMILIES, _mid, accepts

        thing = self.table.thing
        if self.table.transposed and not self.table.places:
            return  # its rows may be measures (受理, 办结), not parts of one whole
        summed = self.column_sum(column, items)
        if not thing or summed is None:
            return
        parts, interval = summed
        family = _FAMILIES.get(column.unit, column.unit)
        for claim in reversed(self.claims):
            if claim.norm_span[0] >= self.table.start or claim.id in self.cells:
                continue
            if (
                claim.kind == column.kind
                and claim.period == "current"
                and claim.modality == "actual"
                and claim.bound == "exact"
                and _FAMILIES.get(claim.unit, claim.unit) == family
                and claim.subject == thing
                and accepts(claim, *interval, self.checker.options.tolerance)
            ):
                computed = _mid(interval)
                messages = _sum_messages(
                    "sum_text",
                    column,
                    parts,
                    computed,
                    claim,
                    "consistent",
                    transposed=self.table.transposed,
                )
                self.checker.checks.append(_inferred("sum", claim, parts, computed, messages))
                return

    def ratios(self, column: Column, counts: Sequence[Column]) -> None:
        """A column of figures per person, per case or per day (万人信访量, 件均面积, 日均):
        each row's cell against the quotient of two of the row's figures. The header does not
        say which, so the pair is the one the table itself bears out: of the count and amount
        columns, a list of populations written just before the table (one per row, in the
        rows' order) and, for a 日均 column, the days of each row's month, the numerator and
        denominator whose quotient gives the column's cells in at least three rows and in all
        but at most one in four. A cell off that quotient is inconsistent; with two such pairs
        that disagree on some row, nothing is said."""
        from .checks import _fmt, _mid, _written, accepts

        rows = [row for row in self.table.rows if not row.part]
        scale = _ratio_scale(column.header)
        unit_scale = _MONEY.get(column.unit, Decimal(1))
        sources = [_ColumnOperand(self, c) for c in counts]
        people = self.population_list(rows)
        days = _month_days(self.table, rows) if "日均" in column.header else None
        denominators: list[_Operand] = [*sources]
        if people is not None:
            denominators.append(people)
        numerators: list[_Operand] = [*sources]
        if days is not None:
            denominators = [days]
            own = [c for c in counts if c.kind == "count" and c.period != "previous"]
            if len(own) >= 2:
                numerators.append(_RowSum(self, own))
        best: list[tuple[int, list[tuple[Row, Claim, _Value, _Value, bool]]]] = []
        for numerator in numerators:
            for denominator in denominators:
                if numerator is denominator:
                    continue
                judged = []
                for row in rows:
                    reported = self.claim(row, column)
                    n, d = numerator.value(row), denominator.value(row)
                    if reported is None or n is None or d is None or d.interval[0] <= 0:
                        continue
                    low = n.interval[0] / d.interval[1] * scale / unit_scale
                    high = n.interval[1] / d.interval[0] * scale / unit_scale
                    fits = accepts(reported, low, high, self.checker.options.tolerance)
                    judged.append((row, reported, n, d, fits))
                hits = sum(1 for *_, fits in judged if fits)
                if _borne_out(hits, len(judged), least=3):
                    best.append((hits, judged))
        if not best:
            return
        top = max(hits for hits, _ in best)
        chosen = [judged for hits, judged in best if hits == top]
        verdicts = {tuple((id(r), fits) for r, *_, fits in judged) for judged in chosen}
        if len(verdicts) > 1:
            return  # two readings of the column that disagree: the table does not say which
        for row, reported, n, d, fits in chosen[0]:
            computed = _mid(n.interval) / _mid(d.interval) * scale / unit_scale
            verdict = "consistent" if fits else "inconsistent"
            shown = d.text + (f"×{scale.normalize():f}" if scale != 1 else "")
            messages = _both(
                "ratio",
                row=row.label,
                numerator=n.text,
                denominator=shown,
                computed=_fmt(computed),
                name=_bare(column.header),
                reported=_written(reported),
                verdict=verdict,
            )
            self.checker.add(
                "per_capita", verdict, reported, [*n.claims, *d.claims], computed, messages
            )

    def population_list(self, rows: Sequence[Row]) -> _Operand | None:
        """The people each row's figure is per, when the text just before the table lists
        them one per row (户籍人口依次为12.6万、6.8万……和3.6万人,合计39.2万人): the run of
        head counts in 人 or 户 as long as the table's item rows, paired in order; the total
        row takes the 合计 after the run, else the run's sum."""
        items = [row for row in rows if not row.total and not row.subtotal]
        if len(items) < 3:
            return None
        text = self.checker.normalized.text
        start = self.table.start
        window = max(0, start - _LIST_WINDOW)
        before = [
            claim
            for claim in self.claims
            if window <= claim.norm_span[0] and claim.norm_span[1] <= start
        ]
        runs: list[list[Claim]] = []
        for claim in before:
            if claim.kind not in ("count", "ratio") or claim.unit not in ("人", "户"):
                runs.append([])
                continue
            if runs and runs[-1]:
                gap = text[runs[-1][-1].norm_span[1] : claim.norm_span[0]]
                if len(gap) > _LIST_GAP or any(mark in gap for mark in "。;"):
                    runs.append([])
            else:
                runs.append([])
            runs[-1].append(claim)
        for run in reversed(runs):
            total = None
            if len(run) == len(items) + 1:
                gap = text[run[-2].norm_span[1] : run[-1].norm_span[0]]
                if not _TOTAL_GAP.search(gap, timeout=REGEX_TIMEOUT):
                    continue
                run, total = run[:-1], run[-1]
            if len(run) == len(items):
                return _ListOperand(dict(zip((id(r) for r in items), run, strict=True)), total, run)
        return None

    def rate(self, row: Row, column: Column, counts: Sequence[Column]) -> None:
        from .checks import _written, operand

        act = column.name.removesuffix("率")
        # under a two-line header, both operands are of the rate's period (本期, not 同期)
        same = [c for c in counts if not self.table.grouped or c.period == column.period]
        # the act's own column (办结 for 办结率, not 应办结), else one that names the act
        named = [c for c in same if act and c.name and act in c.name]
        numerator_column = next(
            (c for c in named if c.name == act),
            next((c for c in named if not c.name.startswith("应")), None),
        )
        if numerator_column is None:
            return
        # the denominator: what was due (应办结 for 按期办结率) when the table says so, else the
        # other count columns in order; with several, the first that gives the rate is taken
        # and an alarm is raised only when none does (the header cannot tell which is meant)
        others = [c for c in same if c is not numerator_column]
        due = [c for c in others if c.name.startswith("应")]
        reported = self.claim(row, column)
        numerator = self.claim(row, numerator_column)
        if reported is None or numerator is None:
            return
        found = None
        for denominator_column in due or others:
            denominator = self.claim(row, denominator_column)
            whole = operand(denominator) if denominator is not None else None
            if denominator is None or whole is None:
                continue
            fits = self.fits(reported, numerator, whole)
            if fits is None:
                continue
            if found is None or fits:
                found = (denominator, whole)
            if fits:
                break
        if found is not None:
            denominator, whole = found
            self.proportion(
                "rate",
                row,
                reported,
                numerator,
                whole,
                _written(denominator),
                [denominator],
                column.name,
            )

    def fits(self, reported: Claim, part: Claim, whole: tuple[Decimal, Decimal]) -> bool | None:
        """Whether ``part`` over ``whole`` gives ``reported`` (in %); ``None`` when it cannot
        be computed."""
        from .checks import accepts, operand

        p = operand(part)
        if p is None or whole[0] <= 0:
            return None
        low, high = p[0] / whole[1] * _HUNDRED, p[1] / whole[0] * _HUNDRED
        return accepts(reported, low, high, self.checker.options.tolerance)

    def proportion(
        self,
        kind: str,
        row: Row,
        reported: Claim,
        part: Claim,
        whole: tuple[Decimal, Decimal],
        whole_text: str,
        others: Sequence[Claim],
        name: str = "",
    ) -> None:
        """A rate or a share of ``row``: ``part`` over the interval ``whole``, in %."""
        from .checks import _fmt, _mid, _written, accepts, operand

        p = operand(part)
        if p is None or whole[0] <= 0:
            return
        low, high = p[0] / whole[1] * _HUNDRED, p[1] / whole[0] * _HUNDRED
        computed = _mid(p) / _mid(whole) * _HUNDRED
        fits = accepts(reported, low, high, self.checker.options.tolerance)
        verdict = "consistent" if fits else "inconsistent"
        messages = _both(
            kind,
            row=row.label,
            part=_written(part),
            whole=whole_text,
            computed=_fmt(computed),
            name=name,
            reported=_written(reported),
            verdict=verdict,
        )
        self.checker.add(kind, verdict, reported, [part, *others], computed, messages)

    def shares(
        self,
        column: Column,
        counts: Sequence[Column],
        shared: Sequence[Row],
        items: Sequence[Row],
        total: Row | None,
    ) -> None:
        """Each of ``shared``'s shares against the total (or the sum of ``items``, the rows
        that make it up), and ``items``' shares adding up to 100%."""
        from .checks import HUNDRED, _fmt, _interval_sum, _mid, _written, operand

        if not items:
            return
        before = [c for c in counts if c.index < column.index]
        if column.group:  # under a two-line header: the count of its group and period
            before = [c for c in before if c.group == column.group and c.period == "current"]
        count = before[-1] if before else (counts[0] if counts and not column.group else None)
        shares = [self.claim(row, column) for row in items]
        whole = self.claim(total, count) if total is not None and count is not None else None
        # the items are the whole when the total row says 100, when the last is 其他, or when the
        # title names a composition (构成, 分布, 分类)
        complete = (
            (total is not None and self.claim(total, column) is not None)
            or _REMAINDER_LABEL.match(items[-1].label, timeout=REGEX_TIMEOUT) is not None
            or _WHOLE_CUE.search(self.table.title, timeout=REGEX_TIMEOUT) is not None
        )
        parts = [self.claim(row, count) for row in items] if count is not None else []
        whole_interval = operand(whole) if whole is not None else None
        whole_text = _written(whole) if whole is not None else ""
        if whole is None and complete and parts and all(p is not None for p in parts):
            whole_interval = _interval_sum(parts)
            if whole_interval is not None:
                whole_text = _fmt(_mid(whole_interval))
        if whole_interval is not None and whole_interval[0] > 0:
            for row in shared:
                share = self.claim(row, column)
                part = self.claim(row, count) if count is not None else None
                if share is not None and part is not None:
                    others = [whole] if whole is not None else []
                    self.proportion("share", row, share, part, whole_interval, whole_text, others)
        listed = [s for s in shares if s is not None]
        if len(listed) < 2 or len(listed) < len(shares):
            return
        interval = _interval_sum(listed)
        if interval is None:
            return
        low, high = interval
        tolerance = self.checker.options.tolerance
        if low - tolerance <= HUNDRED <= high + tolerance:
            verdict = "consistent"
        elif complete or low - tolerance > HUNDRED:
            verdict = "inconsistent"
        else:
            return  # some of the whole may be left out: short of 100% proves nothing
        computed = sum((s.value for s in listed), Decimal(0))
        messages = _both(
            "share_sum",
            **_lines(self.table.transposed),
            column=column.header,
            parts="+".join(_written(s) for s in listed),
            computed=_fmt(computed),
            verdict=verdict,
        )
        self.checker.add("share_sum", verdict, listed[-1], listed[:-1], computed, messages)


# ---------------------------------------------------------------------------------------------
# the operands of a ratio column

_SUMS = frozenset({"合计", "总计", "小计", "总数", "总量", "合计数"})
_LIST_WINDOW = 400  # how far before a table its rows' populations may be listed
_LIST_GAP = 12  # the most text between two items of a list
_TOTAL_GAP = regex.compile(r"合计|共计|总计|共")


@dataclass(frozen=True, slots=True)
class _Value:
    interval: tuple[Decimal, Decimal]
    text: str
    claims: tuple[Claim, ...]


class _Operand:
    def value(self, row: Row) -> _Value | None:
        raise NotImplementedError


class _ColumnOperand(_Operand):
    def __init__(self, checker: _TableChecker, column: Column) -> None:
        self.checker, self.column = checker, column

    def value(self, row: Row) -> _Value | None:
        return _claim_value(self.checker.claim(row, self.column))


class _RowSum(_Operand):
    """The sum of a row's counts (来信+来访+网上 for a 日均 column of a table with no 合计
    column)."""

    def __init__(self, checker: _TableChecker, columns: Sequence[Column]) -> None:
        self.parts = [_ColumnOperand(checker, c) for c in columns]

    def value(self, row: Row) -> _Value | None:
        values = [part.value(row) for part in self.parts]
        if any(v is None for v in values):
            return None
        return _sum_values([v for v in values if v is not None])


class _ListOperand(_Operand):
    def __init__(self, by_row: dict[int, Claim], total: Claim | None, run: Sequence[Claim]) -> None:
        self.by_row, self.total, self.run = by_row, total, run

    def value(self, row: Row) -> _Value | None:
        if not row.total:
            return _claim_value(self.by_row.get(id(row)))
        if self.total is not None:
            return _claim_value(self.total)
        values = [_claim_value(claim) for claim in self.run]
        if any(v is None for v in values):
            return None
        return _sum_values([v for v in values if v is not None])


class _DaysOperand(_Operand):
    def __init__(self, days: dict[int, tuple[Decimal, Decimal]]) -> None:
        self.days = days

    def value(self, row: Row) -> _Value | None:
        interval = self.days.get(id(row))
        if interval is None:
            return None
        low, high = interval
        text = f"{low:f}天" if low == high else f"{low:f}~{high:f}天"
        return _Value(interval, text, ())


def _claim_value(claim: Claim | None) -> _Value | None:
    """A figure as an operand: its interval, as written, itself (None for no exact figure)."""
    from .checks import _written, operand

    interval = operand(claim) if claim is not None else None
    if claim is None or interval is None:
        return None
    return _Value(interval, _written(claim), (claim,))


def _borne_out(hits: int, judged: int, *, least: int) -> bool:
    """Whether a reading of a table (a pair of operand columns, the columns a 合计 adds) is
    borne out: it gives the reported cell in at least ``least`` rows and in all of the
    ``judged`` rows but at most one in four."""
    return hits >= least and 4 * (judged - hits) <= judged


def _period_key(found: regex.Match[str]) -> tuple[str, int]:
    """("year", 2023) or ("month", 5) for a match of ``_PERIOD_ROW``."""
    if found.group("year") is not None:
        return "year", int(found.group("year"))
    return "month", int(found.group("month"))


def _sum_values(values: Sequence[_Value]) -> _Value:
    return _Value(
        (
            sum((v.interval[0] for v in values), Decimal(0)),
            sum((v.interval[1] for v in values), Decimal(0)),
        ),
        "(" + "+".join(v.text for v in values) + ")",
        tuple(c for v in values for c in v.claims),
    )


def _ratio_scale(header: str) -> Decimal:
    """The per-how-many of a ratio column: 万人信访量 is per 10,000 people."""
    if "万" in header:
        return Decimal(10_000)
    if "千" in header:
        return Decimal(1_000)
    if "百" in header:
        return Decimal(100)
    return Decimal(1)


def _month_days(table: Table, rows: Sequence[Row]) -> _DaysOperand | None:
    """The days of each row's month when the rows are months (1月 … 12月), the total row
    taking their sum; February is 28 or 29 days unless the table's title gives the year."""
    year = YEAR.search(table.title, timeout=REGEX_TIMEOUT)
    days: dict[int, tuple[Decimal, Decimal]] = {}
    low_sum = high_sum = Decimal(0)
    for row in rows:
        if row.total:
            continue
        found = _PERIOD_ROW.match(row.label, timeout=REGEX_TIMEOUT)
        if found is None or found.group("month") is None:
            return None
        month = int(found.group("month"))
        if year is not None:
            low = high = Decimal(monthrange(int(year.group(1)), month)[1])
        elif month == 2:
            low, high = Decimal(28), Decimal(29)  # (a leap year or not: the title gives none)
        else:
            low = high = Decimal(monthrange(2001, month)[1])
        days[id(row)] = (low, high)
        low_sum, high_sum = low_sum + low, high_sum + high
    if len(days) < 3:
        return None
    for row in rows:
        if row.total:
            days[id(row)] = (low_sum, high_sum)
    return _DaysOperand(days)
