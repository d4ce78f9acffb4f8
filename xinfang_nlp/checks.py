"""Stage 6 — recompute what a report asserts and give every reported figure a verdict.

Every written number stands for an interval (design.md "Numbers"): ``84%`` may be anything that
rounds or truncates to 84. A reported value is *consistent* when some value of the recomputed
interval rounds half-up, half-even or truncates to it at the reported precision; *inconsistent*
otherwise; *unverifiable* when the operands cannot be found or are themselves approximate; and
every unfilled template figure is *incomplete*. Rounding habits therefore never raise an alarm.

The linker that finds operands is deliberately local and explicit: same sentence first, then
the sentences just before, units compared by family (批/件/案 count cases, 人次 person-visits).
Targets (``modality == "target"``) are never checked against actual figures.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from decimal import ROUND_DOWN, Decimal
from functools import cache, lru_cache, partial
from operator import add, attrgetter
from typing import Any

import regex

from ._lexicon import data_lines
from ._patterns import (
    REGEX_TIMEOUT,
    REMEMBERED,
    YEAR,
    has_digit,
    may_hold_table,
    remembered,
    remembered_all,
)
from .extract import Anomaly, Claim, Extraction
from .i18n import message
from .numbers import json_number, parse_chinese_integer, parse_number
from .segment import Section, Sentence

__all__ = ["CHECK_KINDS", "VERDICTS", "Check", "CheckOptions", "check"]

CHECK_KINDS = (
    "change",
    "difference",
    "sum",
    "rate",
    "share",
    "share_sum",
    "granularity",
    "per_capita",
    "unit",
    "placeholder",
    "skipped",
)
VERDICTS = ("consistent", "inconsistent", "unverifiable", "incomplete")
_KIND_ORDER = {kind: order for order, kind in enumerate(CHECK_KINDS)}  # CHECK_KINDS.index

HUNDRED = Decimal(100)
ZERO = Decimal(0)
_CENTS = Decimal("0.01")  # (a computed value is reported to the cent)


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """``tolerance`` widens the acceptance band by that many percentage points (or units)."""

    tolerance: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class Check:
    id: str
    kind: str
    verdict: str
    reported: Decimal | None
    computed: Decimal | None
    claims: tuple[str, ...]
    span: tuple[int, int]
    sentence: int
    messages: tuple[str, str] = field(default=("", ""))  # (zh, en)
    severity: str = "normal"  # "direction" when the report states the wrong direction
    # "stated": operands linked by what the sentence says; "inferred": found by the operand
    # search among nearby figures (only ever for a consistent verdict)
    basis: str = "stated"

    def message(self, lang: str = "zh") -> str:
        return self.messages[1] if lang == "en" else self.messages[0]

    def to_dict(self, lang: str = "zh") -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "verdict": self.verdict,
            "reported": json_number(self.reported) if self.reported is not None else None,
            "computed": (
                json_number(self.computed.quantize(_CENTS)) if self.computed is not None else None
            ),
            "claims": list(self.claims),
            "span": list(self.span),
            "message": self.message(lang),
            "severity": self.severity,
            "basis": self.basis,
        }


# ---------------------------------------------------------------------------------------------
# numbers as intervals

Interval = tuple[Decimal, Decimal]
_PERCENTISH = frozenset({"%", "pp", "‰", "倍"})


def operand(claim: Claim) -> Interval | None:
    """The interval a claim's value stands for; ``None`` when it is only a bound (余, 约 …)."""
    if claim.bound != "exact":
        return None
    value = claim.value
    if claim.unit in _PERCENTISH or claim.decimals > 0 or claim.scale > 1:
        # (claim.number.half_width, without making the Number: operand is asked thousands of
        # times per report)
        half = Decimal(5).scaleb(-claim.decimals - 1) * claim.scale
        return value - half, value + half
    return value, value


def _direction_and_magnitude(low: Decimal, high: Decimal) -> tuple[str, Interval]:
    """Direction of a signed interval of changes and the interval of their sizes; an interval
    that straddles zero is "flat" with sizes from zero."""
    actual = "up" if low > 0 else "down" if high < 0 else "flat"
    largest = max(abs(low), abs(high))
    smallest = ZERO if low <= 0 <= high else min(abs(low), abs(high))
    return actual, (smallest, largest)


def _moved(c: Interval, p: Interval, kind: str) -> tuple[Decimal, Decimal, Decimal]:
    """The signed interval and the midpoint of the move from level ``p`` to level ``c``: a %
    change for ``kind`` "change" (``p`` above zero), else a difference."""
    if kind == "change":
        return (
            (c[0] / p[1] - 1) * HUNDRED,
            (c[1] / p[0] - 1) * HUNDRED,
            (_mid(c) / _mid(p) - 1) * HUNDRED,
        )
    return c[0] - p[1], c[1] - p[0], _mid(c) - _mid(p)


def judged_move(
    reported: Claim, c: Interval, p: Interval, kind: str, tolerance: Decimal
) -> tuple[str, str, Decimal]:
    """The verdict on ``reported``, a % change (``kind`` "change") or a difference from level
    ``p`` to level ``c``, with the actual direction and the computed midpoint."""
    low, high, computed = _moved(c, p, kind)
    actual, magnitude = _direction_and_magnitude(low, high)
    fits = accepts(reported, *magnitude, tolerance)
    direction_ok = (
        reported.direction == actual or actual == "flat" or (reported.direction == "flat" and fits)
    )
    return ("consistent" if fits and direction_ok else "inconsistent"), actual, computed


def _change_fields(
    reported: Claim, current: str, previous: str, computed: Decimal, verdict: str
) -> dict[str, object]:
    """The fields of a change message (``_MESSAGES["change"]`` and its variants)."""
    return dict(
        current=current,
        previous=previous,
        computed=f"{computed:+.2f}",
        direction=reported.direction,
        reported=_written(reported),
        verdict=verdict,
    )


def accepts(reported: Claim, low: Decimal, high: Decimal, tolerance: Decimal = ZERO) -> bool:
    """Whether a value in ``[low, high]`` (magnitudes) could be written as ``reported``.

    Accepted: rounding half-up/half-even ``[r − u/2, r + u/2]`` and truncation ``[r, r + u)``,
    so together ``[r − u/2, r + u)``; bounds widen it one way; ``tolerance`` both ways.
    """
    unit = Decimal(1).scaleb(-reported.decimals) * reported.scale
    r = abs(reported.value)
    lower = r - unit / 2 - tolerance
    upper = r + unit + tolerance
    if reported.bound in ("at_least", "more_than"):
        return high >= lower
    if reported.bound in ("at_most", "less_than"):
        return low < upper
    if reported.bound == "about":
        # (约四成 is 36–44 give or take half a 成, not up to 54)
        return (
            high >= r * Decimal("0.9") - unit / 2 - tolerance
            and low < r * Decimal("1.1") + unit / 2 + tolerance
        )
    return high >= lower and low < upper


def _fmt(value: Decimal, places: int = 2) -> str:
    """Decimal for messages: integers plain, others to ``places``."""
    if value == value.to_integral_value():
        return f"{value.to_integral_value():f}"
    return f"{value.quantize(Decimal(1).scaleb(-places)):f}"


_SCALE_WORDS = {Decimal(10000): "万", Decimal(100000000): "亿"}


def _written(claim: Claim) -> str:
    """The value as the report wrote it: 386万 rather than 3860000."""
    if claim.value == 0:
        return "0"
    word = _SCALE_WORDS.get(claim.scale)
    if word is not None:
        return f"{(claim.value / claim.scale).normalize():f}{word}"
    if claim.scale == 1 and 0 < claim.decimals <= 4:
        return f"{claim.value:.{claim.decimals}f}"  # 18.0, not 18
    if claim.decimals == 0 and claim.value != claim.value.to_integral_value():
        return f"{claim.value:.2f}"  # 三分之二: 66.67, not 66.666667
    return f"{claim.value.normalize():f}"


def _in_scale(value: Decimal, claim: Claim) -> str:
    """A computed value in the scale word the report wrote ``claim`` in: 52.3万+34.2万 = 86.5万,
    not 865000."""
    word = _SCALE_WORDS.get(claim.scale)
    if word is None:
        return _fmt(value)
    shown = _fmt(value / claim.scale, 4)
    return (shown.rstrip("0").rstrip(".") if "." in shown else shown) + word


_BOUND_SIGNS = {"at_least": "≥", "more_than": ">", "at_most": "≤", "less_than": "<", "about": "≈"}


def _reported(claim: Claim) -> str:
    """The reported value with its bound as a sign (98%以上 → ≥98), the same in every language."""
    return _BOUND_SIGNS.get(claim.bound, "") + _written(claim)


def _cue_head(reported: Claim, cue: regex.Match[str]) -> str:
    """The words of ``reported``'s clause before the cue of a multiple (…,财产险公司每亿元保费
    投诉量是人身险公司的3.2倍 → 财产险公司每亿元保费投诉量)."""
    head = reported.lead[: cue.start()]
    return head[max(head.rfind(mark) for mark in ",;:") + 1 :]


def _is_average(claim: Claim) -> bool:
    """An actual average or per-population ratio (not a percentage, not a multiple)."""
    return (
        claim.kind == "ratio"
        and claim.unit not in _PERCENTISH
        and claim.unit != "倍"
        and _actual(claim)
    )


def _bracketed_sum(claims: Iterable[Claim]) -> str:
    """The figures as a sum in brackets, as a message shows it: (186+48)."""
    return "(" + "+".join(_written(c) for c in claims) + ")"


def _with_flip(
    messages: tuple[str, str], reported: Claim, actual: str
) -> tuple[tuple[str, str], str]:
    """The messages of a change whose direction is the opposite of the reported one, led by
    the direction_flip warning, and their severity."""
    flip = _both("direction_flip", reported_direction=reported.direction, actual_direction=actual)
    return (flip[0] + messages[0], flip[1] + messages[1]), "direction"


def _interval_sum(claims: Iterable[Claim]) -> Interval | None:
    """The interval of the sum of the figures' values, or ``None`` when one has no interval."""
    low = high = ZERO
    for claim in claims:
        interval = operand(claim)
        if interval is None:
            return None
        low, high = low + interval[0], high + interval[1]
    return low, high


def _meets(a: Interval, b: Interval) -> bool:
    """Whether two intervals have a value in common."""
    return a[0] <= b[1] and a[1] >= b[0]


def _adds_up(total: Claim, parts: Iterable[Claim]) -> bool:
    """Whether the parts' values can add up to the total's (their intervals meet)."""
    summed, interval = _interval_sum(parts), operand(total)
    return summed is not None and interval is not None and _meets(interval, summed)


_TEN_THOUSAND = Decimal(10_000)


def _scale_slips(claim: Claim) -> tuple[tuple[Decimal, str, str], ...]:
    """How a figure's scale word may have been miswritten, as (the factor from the written to
    the meant value, the word written, the word meant): 万 for 亿, 亿 for 万, and a sum of
    money in 元 whose 万 was left out (1480万元、920元、860万元). Bare counts have none."""
    if claim.scale == _TEN_THOUSAND:
        return ((_TEN_THOUSAND, "万", "亿"),)
    if claim.scale == _TEN_THOUSAND * _TEN_THOUSAND:
        return ((1 / _TEN_THOUSAND, "亿", "万"),)
    if claim.scale == 1 and claim.unit == "元" and claim.kind in ("amount", "ratio"):
        return ((_TEN_THOUSAND, "元", "万元"),)
    return ()


def _mid(interval: Interval) -> Decimal:
    return (interval[0] + interval[1]) / 2


# ---------------------------------------------------------------------------------------------
# lexicons and families

_FAMILIES = {
    "批": "case",
    "批次": "case",
    "件": "case",
    "件次": "case",
    "案": "case",
    "人次": "visit",
    "人": "person",
    "名": "person",
    "位": "person",
}


def _area_named(area: regex.Match[str] | None, whole: Claim) -> bool:
    """Whether ``whole`` can be the total of the whole area a share's noun names (全市 of
    占全市信访总量的1.2%): when the noun names none, or the whole's own words name it — a
    bureau's report whose headline is its own does not give the total of its city."""
    return area is None or area.group() in f"{whole.lead}{whole.subject or ''}"


def family(claim: Claim) -> str:
    return _FAMILIES.get(claim.unit, claim.unit)


@cache
def _rate_numerators() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    rows = []
    for line in data_lines("rate_numerators.tsv"):
        suffix, verbs = line.split("\t")
        rows.append((suffix, regex.compile(f"(?:{verbs})")))
    rows.sort(key=lambda row: -len(row[0]))
    return tuple(rows)


# (应 of 应办结/应受理 is what was due; 应急, 应用, 应对, 供应, 响应, 相应… are other words)
_TOTAL_LEAD = regex.compile(
    r"共|受理|总计|合计|累计|总|登记|收到|接收|接待|排查出?|办理各类"
    r"|(?<![供响反适对相])应(?!当|急|用|对|聘)"
)
# the characters a match of a cue pattern starts with (or must hold), so that a lead with none of
# them skips the regex call, which costs microseconds under the timeout (most leads hold none;
# tests/test_prefilters.py keeps them in step with the patterns)
# 全镇办结, 全县共化解: a whole area and the act it counts (the words right before its figure)
_WHOLE_AREA = regex.compile(
    r"^全(?:镇|乡|县|区|市|街道|村)(?:共|合计|累计|共计)?(?P<act>\p{Han}{2,4})$"
)
# what a petition report's headline counts (a court's 案件 or a hotline's 来电 may come first)
_PETITION_WORDS = regex.compile(r"信访|来信|来访|诉求|投诉|举报|事项|纠纷|工单|求助|访")
_HEADLINE_REACH = 3  # sentences after a first total in which the petitions' total may follow
# the words that open a total in the report's own voice (全年受理…, 全县共…)
_OWN_VOICE = regex.compile(r"(?:全年|全市|全县|全区|今年|本年度?)")
_TOTAL_LEAD_FIRST_CHARS = frozenset("共受总合累登收接排办应")
_PENDING = regex.compile(
    r"(?:正)?在(?:办理?|调查|处理|化解|调处)|未办结|尚未办结|办理中|未化解|化解中|调处中"
)
_PENDING_CHARS = frozenset("在未中")  # a match holds one of them
_PENDING_TRAIL = regex.compile(r"(?:仍|还|尚)?(?:正在|在办|未|尚未|待)")
_REST_LEAD = regex.compile(
    r"(?:^余|其余|剩余|余下|另有|尚有|还有|仍有)$"
)  # (a match holds 余 or 有)
# 剩余2件, 余下3件 right after what was finished: the rest of the whole, whatever its state
_REMAINING_LEAD = regex.compile(r"^(?:剩余|余下|尚余)$")
_NEGATED = regex.compile(r"(?:未|正在|尚未|没有|不)$")
_NEGATED_LAST_CHARS = frozenset("未在有不")  # what a match of _NEGATED ends with
_HINT_VISIT = regex.compile(r"人次|人数")  # (a match holds 人)
_HINT_CASE = regex.compile(r"批次|批数|件数|件次|案件数")  # (a match holds 批 or 件)
# 网上信访中投诉类286件: the figure a part is counted within, named before 中
_IN_NOUN = regex.compile(r"^(?P<noun>\p{Han}{2,8}?)中(?![心央国华学小])")
# 比2019年下降35.6%: the year a change says it is measured against
_NAMED_YEAR = regex.compile(r"[比较与同](?P<year>(?:19|20)[0-9]{2})年")
_YEAR = regex.compile(r"(?:19|20)[0-9]{2}(?=年)")
# 上年全年总量(1,386件): a whole previous year, no base for part of a year
_WHOLE_YEAR_BASE = regex.compile(r"[上去前]年全年")
# a month, a run of months, a quarter or a half year a figure's own words name (9月份, 1—9月,
# 三季度, 上半年), to tell the level of one period from another's
_NAMED_PERIOD = regex.compile(
    r"(?:[0-9]{1,2}+[—\-–~至到])?[0-9]{1,2}+月|[一二三四1-4]季度|[上下]半年"
)
# 按内容分类:, 从信访渠道看,: a list of parts follows
_BY_ASPECT = r"(?:按|从)[^,;。:]{0,12}?(?:分类|划分|来看|看|分)[,:]"
# the thing a breakdown divides, named right before its 按/从 (热线来电按服务类型分)
_NAMED_BEFORE = regex.compile(r"\p{Han}{2,8}$")
# 滨河、南门、新华、桥东、金岸社区分别…: the names a 分别 list gives its figures in order
_NAMES_LISTED = regex.compile(
    r"(?P<names>(?:\p{Han}{2,8}[、和及]){2,}\p{Han}{2,8}?)(?:社区|村|镇|乡|街道|县|区)?分别"
)
_BREAKDOWN = regex.compile(_BY_ASPECT + r"|分类(?:情况)?(?:为|是)?:|类别")
_SUBTOTAL = regex.compile(r"其中")
# 保险公司赔付412.6万元, 赔款支出: what an insurer paid out (the numerator of a 赔付率)
_PAID_OUT = regex.compile(r"赔付|赔款|理赔支出|赔偿支出")
# 占全年的56.5%: a whole named by the year alone
_WHOLE_YEAR = ("全年", "本年", "今年", "全年度", "本年度")
# 方面, 问题: a subject that is only the head of a name (人民调解方面 → 方面)
_GENERIC_HEADS = frozenset({"方面", "问题", "事项", "类"})
# the marker of a numbered item opening its sentence: 1. (5) ⑥ (not a decimal: 1.5万)
_NUMBERED_ITEM = r"(?:\d{1,2}\.(?!\d)|\(\d{1,2}\)|[①-⑳])"
# 1.河道采砂类。: a numbered item that names a category, a sentence of its own
_ITEM_CATEGORY = regex.compile(_NUMBERED_ITEM + r"(?P<name>[^,;:。\d]{2,14}?类)。")
# 1.补偿标准198件。 (5)征收程序47件。 ⑥其他45件。: a numbered item opening its sentence
_ITEM_MARK = regex.compile(_NUMBERED_ITEM)
_UNIT_NOUN_END = regex.compile(r"(?:批次|批数|人次|人数|件数|件次)$")
# the verdicts of an evaluation, and the act that produced the evaluated figure
_VERDICT_SUBJECT = regex.compile(r"(?:(?:基本|比较|非常)?满意|不满意|一般)$")
# 参与满意度评价186件: what a satisfaction rate is over, though it names 满意
_SATISFACTION_SURVEYED = regex.compile(r"满意度(?:评价|测评|调查|回访)")
_EVALUATED = regex.compile(r"评价|参评|回访|抽取|抽查|测评|问卷|调查")
_LISTED_VALUES = regex.compile(r"[、和及与][^,;。:]{1,12}?分别(?:为|是|有)")
_REMAINDER = regex.compile(r"其他|其余|剩余|余下")
_REMAINDER_FIRST_CHARS = frozenset("其剩余")
_DIGIT = regex.compile(r"\d")
_LIST_END = regex.compile(r"[,;:。,;:]")
_LIST_END_CHARS = frozenset(",;:。,;:")  # what _LIST_END matches, for a set test
_OWN_WORDS = regex.compile(r".*[\d、]", regex.DOTALL)  # up to the previous figure or list item
_RECEIVED = regex.compile(r"受理|登记|收到|接收|共")
# 比时间进度(, 较全市平均的: a level stated as what another is compared with
_COMPARAND = regex.compile(r"(?:比|较|高于|低于)[^,;。:()]{1,12}[(的]$")
# 网上信访比重, 来访占比: the words that name a share's level, not its subject
_LEVEL_NOUN_END = regex.compile(r"(?:比重|占比|所占比例|比例)$")
# a completion rate named by its act alone, and a numerator that names only the act, its scope
# and the report's own caseload: 全年办结471件, 督办事项已办结161件, 排查出的纠纷已化解2591起
_BARE_COMPLETION_RATES = frozenset({"办结率", "结案率", "化解率"})
_BARE_ACT = regex.compile(
    r"(?:全年|上半年|下半年|本季度|本月|当月|全(?:镇|乡|县|区|市|街道))?"
    r"(?:受理的|排查出的|督办|交办)?(?:信访事项|事项|矛盾纠纷|纠纷|案件)?中?"
    r"(?:共|累计|均)?已?(?:办结|结案|化解|审结)了?"
)
_LEVEL_LEAD = regex.compile(r"(?:为|达到?|是|共|计)$")
_COMPLETION_RATE = regex.compile(r"办结|结案|化解|办理|处理|调处|调解|息诉")
# a rate named after one place: 龙泉乡按期办结率, 城关镇化解率 (not 全县/本区…)
_PLACE_QUALIFIER = regex.compile(
    r"(?!全|本|各|该)\p{Han}{1,8}?(?:乡|镇|村|社区|街道|县|区|市|园区|开发区)(?!长|委|级|直)"
)
_PLACE_CHARS = frozenset("乡镇村区道县市")  # a match of _PLACE_QUALIFIER holds one of them
_SUM_WORD = regex.compile(r"(?:合计|共计|总计|小计)$|(?:以上|上述)[^,;。]{0,10}共(?:有|计)?$")
_SUM_WORD_CHARS = frozenset("计共")  # a match holds one of them
# 上半年合计同比下降7.0%: a change of figures added up, with no count of its own
_SUMMED_CHANGE = regex.compile(r"(?:合计|共计|总计)(?:同比|环比|比|较)")
_ABOVE_ALL = regex.compile(r"^(?:以上|上述)[^,;。]{0,6}(?:合计|共计|总计|共)$")
_DUE = regex.compile(r"到期|应(?:当)?(?:办结|办理|参评|答复|回复)")
_CONTINUED_LIST = regex.compile(r"(?:其余|其他|另有|此外)[^,;。]{0,4}(?:依次)?(?:为|是|有)")
_CONTINUED_LIST_FIRST_CHARS = frozenset("其另此")
_SHARE_SUM_CUE = regex.compile(r"构成|来源|分布|结构|组成")
_SHARE_SUM_CUE_CHARS = frozenset("构源布成")  # a match of _SHARE_SUM_CUE holds one of them
# a breakdown may list only the main parts: its shares can only be shown to exceed 100%
_PARTIAL_SHARE_CUE = regex.compile(_BY_ASPECT)


def _first_slip(
    culprits: Iterable[Claim], holds: Callable[[Claim, Decimal], bool]
) -> tuple[Claim, Decimal, str, str] | None:
    """The first of ``culprits`` with a slip of its scale word (:func:`_scale_slips`) that makes
    the arithmetic hold — ``holds(figure, factor)`` — as (figure, factor, written, meant)."""
    for culprit in culprits:
        for multiplier, wrong, right in _scale_slips(culprit):
            if holds(culprit, multiplier):
                return culprit, multiplier, wrong, right
    return None


_BY_ASPECT_TITLE = regex.compile(
    r"(?:(?:按|从)[^,;。:]{0,12}?(?:分类|划分|来看|看|分)|分\p{Han}{1,6}情况"
    # a bare 分X title under a list number: 2. 分网格。 (三)分渠道
    r"|(?:^|[\d一二三四五六七八九十][.、)]\s*)分\p{Han}{1,4}(?:\(\p{Han}{1,4}\))?"
    # a titled classification: 2. 信访分类。 (二)投诉分类情况
    r"|(?:^|[\d一二三四五六七八九十][.、)]\s*)\p{Han}{0,8}分(?:类|布)(?:情况)?)[。:]?$"
)
# 两区合计占86.3%, 三类共占: the share of several listed parts together
_SUMMED_SHARE = regex.compile(
    r"(?:(?P<first>前)?(?P<n>[两二三四五六七八九十\d]{1,2})[个类项家区县镇乡村所位]?|以上|上述|二者"
    r"|两者|前)"
    r"\p{Han}{0,4}?(?:\([^()]{1,8}\))?(?:合计|共计|累计|共|一共)(?:占|约占|接近|约|近|超过)"
    r"(?P<whole>[^,;。:\d]{0,14}?)(?:的)?$"
)
_PAIRED_LIST = regex.compile(r"分别|依次")
# 全年批准使用…1,462项, 共…, 全市…: a count whose words state its scope as a whole
_SCOPE_TOTAL = regex.compile(r"^(?:全年|全市|全县|全区|共|合计|累计)")
# 已建有充电设施的812个: those of a whole that have already done something
_ACHIEVED = regex.compile(r"(?:其中)?已(?:经)?\p{Han}{2,12}的")
# 计划改造186个, 化解目标为24件, 下达任务65件: a count its clause calls the plan
_PLANNED_WORDS = regex.compile(r"计划|目标|下达")
# 实际交付1,386套, 累计回迁936户, 已完成…: what was done so far
_DONE_SO_FAR = regex.compile(r"^(?:实际|累计|已经?|共)")
# 来访按批次计入总量: a report that counts a visit's batches as items of its total
_BY_BATCH = regex.compile(r"按批(?:次)?(?:数)?计入")
# 乡镇(街道)、: a listed count's name after it, then the joint before the next
_NAME_THEN_JOINT = regex.compile(r"\p{Han}{1,8}(?:\([^()]{1,6}\))?[、和及]")
# 占电梯类使用资金的: a whole named as one kind (电梯) of a thing (使用资金)
_KIND_OF_WHOLE = regex.compile(r"^(?P<kind>\p{Han}{2,6})类(?P<thing>\p{Han}{2,8})$")
# 截至年底,…: a sentence opening with the end of the period
_AS_OF_END = regex.compile(r"截至[^,;。]{0,10}(?:底|末)")
# the roles of the figures of a stock and its flows (年初412处,新查明37处,核销58处,年末391处)
# and of what is due, done and still due (应兑现…,已兑现…,尚未兑现…), by their own words
_STOCK_ROLES = (
    ("rest", regex.compile(r"(?:尚未|仍未|未)(?:兑现|兑付|办结|发放|拨付|支付|完成|到位)")),
    ("opening", regex.compile(r"年初|上年末|期初")),
    ("closing", regex.compile(r"年末|年底|期末")),
    ("in", regex.compile(r"新增|新查明|新发现|新办|新纳入|新登记|新认定|新确认|新建|新造")),
    ("out", regex.compile(r"核销|注销|销号|减少|退出|迁出|取消|拆解|报废|淘汰")),
    ("due", regex.compile(r"应(?:兑现|兑付|发放|拨付|支付|享受)|核定")),
    ("done", regex.compile(r"(?:已|实际)(?:兑现|兑付|发放|拨付|支付)")),
)
# 已办结的投诉中,…; 限期整改的问题中,…: a clause that opens with the whole it counts within
_OPENED_WHOLE = regex.compile(
    r"(?:^|[,;:])(?:在|对)?(?P<noun>[^,;:。]{1,12}?的(?:投诉举报|投诉|信访事项|信访件|信访|事项"
    r"|问题|案件|纠纷|[\d,.]+(?:件|个|起|户|宗|人|项)))中,?"
)
# 全年, 1—9月, 共, 已: the scope and time words before an act's count (全年办结472件)
_ACT_SCOPE = regex.compile(r"^(?:全年|上半年|下半年|今年|本年|[\d—\-]+月|共|累计|已经|已)+")
_OPENED_NOUN_NOISE = regex.compile(
    r"^(?:已经|已)|的?(?:投诉举报|投诉|信访事项|信访件|信访|事项|问题|案件|纠纷)?$"
)
# 占全部纠纷的, 占投诉总量的: the report's all, in words
_GENERIC_WHOLE = regex.compile(r"^(?:全部|全年|本年|全县|全市|全区)|(?:总量|总数|总件数)$")
_PETITION_NOUNS = frozenset({"投诉", "信访", "纠纷", "信访事项", "诉求", "投诉举报", "案件"})
# 一是使用申请和表决难类投诉占三成多: a category restated, its share with no figure before it
_RESTATED_SHARE = regex.compile(
    r"^(?:[一二三四五六七八九十]是)?(?:涉及|反映)?(?P<name>\p{Han}{2,14}?)(?:类)?"
    r"(?:投诉|信访|纠纷|问题|事项|诉求)?(?:仍然?|依然|已)?占(?:[^,;。:\d]{0,14}的)?$"
)
# 18.0件,比上年(19.2件)下降6.3%: a level, last year's value of it in brackets, the change
_BASE_AFTER_LEVEL = regex.compile(
    r"(?:/\p{Han}{1,4})?,?(?:比|较|与)?(?:上年|去年|上年同期|去年同期|上半年|上季度|上月)?"
    r"(?:的|相比)?\("
)
_CHANGE_AFTER_BASE = regex.compile(
    r"(?:/\p{Han}{1,4})?\)(?:相比)?,?(?:同比|环比)?"
    r"(?:上升|增长|增加|提高|下降|减少|降低|缩短|延长)了?"
)
# 净增3,293人: a net change, of what came in (新增…) and what went out (…减少)
_NET_WORDS = ("净增", "净增加", "净减少", "净减")
_INFLOW = regex.compile(r"新增|新确认|新登记|迁入|新认定|新招录|新纳入")
_OUTFLOW = regex.compile(r"减少|注销|迁出|核销|退出|清退|死亡")
# 年末成员比年初(…: a clause that names what it compares before 比/较, with no figure of it
_COMPARED_LEVEL = regex.compile(r"\p{Han}{2,}(?:比|较)")
# 两条热线合计占: the noun a summed share's number word counts
_COUNTED_NOUN = regex.compile(r"[条个类项家种位]?(?P<noun>\p{Han}{2,4}?)(?:合计|共计|累计|一共|共)")
# 前三类分别占…, 前两类合计占: the first so many items of a list
_FIRST_ITEMS = regex.compile(r"前(?P<n>[两二三四五六七八九十\d]{1,2})(?:类|项|种|位)")
# 年均增长15.2%: a yearly average of a change over several years
_ANNUAL = regex.compile(
    r"年均(?:增长|上升|增加|提高|下降|减少|降低|递增|递减|增幅|降幅)(?:了|为|达)?$"
)
_TRAILING_ASIDE = regex.compile(r"\([^()]{1,12}\)的?$")


def _names_category(lead: str, name: str) -> bool:
    """Whether a count's own words end with ``name``: the name itself, or a category label it
    begins (大气 for 大气污染类), after an aside in brackets and a 的."""
    lead = lead.removesuffix("的")
    aside = _TRAILING_ASIDE.search(lead, timeout=REGEX_TIMEOUT)
    if aside is not None:
        lead = lead[: aside.start()]
    if lead.endswith((name, name + "类")):
        return True
    at = lead.rfind(name)
    tail = lead[at + len(name) :] if at >= 0 else ""
    if 2 <= len(tail) <= 5 and tail.endswith("类") and tail[:-1].isalpha():
        return True
    # (反映低保和临时救助的312件 for 低保: the first of a category's two words)
    return 2 <= len(tail) <= 8 and tail[0] in "和及与" and tail.removesuffix("类")[1:].isalpha()


def _likeliest_item(name: str, pool: Sequence[Claim]) -> list[Claim]:
    """The one count whose item words (back to the clause's start) hold most of the
    characters of ``name`` — at least half, and more than any other count's — or nothing."""
    wanted = set(name) - _ITEM_NOISE
    if len(wanted) < 2:
        return []
    said = {_STOCK_TIME_SAME.get(t, t) for t in _STOCK_TIME.findall(name, timeout=REGEX_TIMEOUT)}
    if said:
        # 年末在册隐患点中,… is not of 年初在册…386处: a stock at another time
        pool = [
            c
            for c in pool
            if not {
                _STOCK_TIME_SAME.get(t, t)
                for t in _STOCK_TIME.findall(_item_words(c), timeout=REGEX_TIMEOUT)
            }
            - said
        ]
    scored = sorted(
        ((len(wanted & set(_item_words(c))), c) for c in pool),
        key=lambda sc: -sc[0],
    )
    if not scored or scored[0][0] * 2 < len(wanted):
        return []
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return []
    return [scored[0][1]]


def _item_words(claim: Claim) -> str:
    """A count's own words back to its clause's start (反映义务教育学位不足、划片入学问题的),
    not only back to the last 、 as :func:`_local_lead`."""
    lead = claim.lead
    at = max(lead.rfind(mark) for mark in ",;。:")
    words = lead[at + 1 :]
    return words[max((i for i, ch in enumerate(words) if ch.isdecimal()), default=-1) + 1 :]


_ITEM_NOISE = frozenset("类的和及与反映问题方面")
# the times a stock is counted at (年初在册386处, 年末在册372处), with their synonyms
_STOCK_TIME = regex.compile(r"年初|年末|年底|期初|期末")
_STOCK_TIME_SAME = {"年底": "年末", "期初": "年初", "期末": "年末"}


# 大气污染类中,…; 自然资源类问题中,…; 出租车方面,…: a sentence that breaks down a category
# named earlier
_SUBSET_OPENING = regex.compile(
    r"(?P<name>[\p{Han}“”‘’\"]{2,12}?)(?:(?:类|方面)?(?:问题|事项|信访|投诉|案件)?(?:中|当中)|方面)[,:]"
)
_SUBSET_NAME_TAIL = regex.compile(r"(?:类|方面)?(?:问题|事项|信访|投诉|案件)?$")
_NOT_A_SUBSET_NAME = (
    "上述",
    "以上",
    "这些",
    "全部",
    "所有",
    "其",
    "各",
    "全年",
    "本",
    "另一",
    "一",
)
_AVERAGE_REACH = 4  # sentences back to an average over the same people
_AVERAGE_SLIP_REACH = 8  # sentences back to the count an average with a unit slip is over


def _subset_opening(text: str, at: int = 0) -> regex.Match[str] | None:
    """The category a clause of ``text`` starting at ``at`` opens with (大气污染类中,),
    unless its name is no category (上述, 全年 …)."""
    opening = _SUBSET_OPENING.match(text, at, timeout=REGEX_TIMEOUT)
    if opening is None or opening.group("name").startswith(_NOT_A_SUBSET_NAME):
        return None
    return opening


def _subset_name(opening: regex.Match[str]) -> str:
    """The category name of a clause opening, without the quotes around a part of it
    (沿街门店和“三合一”场所中 → 沿街门店和三合一场所, as it was counted)."""
    return opening.group("name").translate(_QUOTE_MARKS)


_SUBSET_REACH = 12  # sentences between a category's count and its breakdown
NEARLY_ALL = Decimal("0.05")  # the shortfall of a 其中 list meant as all of its total
# how far a list closed by 其余… (with no share to tie it) may miss the headline to be read as a
# slip in one of its figures: a few units, not a list of something else
_REMAINDER_SLIP = Decimal("0.025")
# …7.9%,合计占全部投诉的84.3%: a summed share whose parts are the shares listed before it
_SUM_SHARE_HEAD = regex.compile(r"(?:合计|共计|累计|一共|共)约?占")
_SUM_SHARE_HEAD_STARTS = ("合计", "共计", "累计", "一共", "共")
_WHOLE_NOUN = regex.compile(
    r"占(?:到|比(?![重例]))?(?P<noun>[^,;。:]{0,14}?)(?:的)?(?:比重|比例)?(?:分别|依次)?"
    r"(?:为|是|达到?|约为?)?"
    # 占供水服务类投诉的比重由上年的9.8%提高到14.3%: both levels are of the same whole
    r"(?:由(?:上年|去年|上年同期|去年同期|同期)?的?(?:[\d.]+%(?:提高|上升|增加|下降|降低|减少)[到至])?)?$"
)
# 占全区环比增量78件的…: the 占 whose noun phrase ends in a figure
# (占县财政投入(0.52亿元)的26.7%: the figure may stand in brackets)
_OF_FIGURE_TAIL = regex.compile(r"\)?的?(?:比例|比重)?(?:为|是|达到?|约为?)?")
_OF_FIGURE = regex.compile(r"(?:占|相当于)[^,;。:占\d]{0,20}$")
# (占全区65岁以上老年人(: the same words, digits allowed, for when they are no figure's)
_OF_FIGURE_DIGITS = regex.compile(r"(?:占|相当于)[^,;。:占]{0,20}$")
# what a noun of petitions ends with, whatever they are (转交事项, 网上信访件)
_GENERIC_TAIL = regex.compile(r"的?(?:信访事项|事项|案件|信访件)$")
_WITHIN = regex.compile(r"(?:^|[,;:])(?P<noun>[\p{Han}]{2,12}?)中,")
_BOUND_ONLY = regex.compile(
    r"(?:了|到|近|将近|接近|约|大约|不足|不到|超过|逾|达到?|高达|仅|只|还)+"
)
_EQUALS_SHARE_OF = regex.compile(r"相当于(?P<noun>[^,;。:\d]{1,16}?)的$")
_TIMES = regex.compile(r"(?:是|约为|为|相当于|约是)(?P<noun>[^,;。]{0,16}?)的$")
_CHANGE_WORDS = regex.compile(r"(?:上升|增长|增加|提高|下降|减少|降低|降幅|增幅|减幅)$")
_PER_WHAT = {
    "人均": ("人", "名", "位"),
    "每人": ("人", "名", "位"),
    "每位": ("人", "名", "位"),
    "每名": ("人", "名", "位"),
    "户均": ("户",),
    "每户": ("户",),
    "批均": ("批",),
    "每批": ("批",),
    "件均": ("件",),
    "日均": ("天",),
    "每天": ("天",),
    "月均": ("个月",),
    "每次": ("次",),
    "次均": ("次",),
    "场均": ("场",),
    # 组成7个督查组,组均督办26.6件; 培训5期,期均124人次; 查处128宗,宗均9.7万元
    "每宗": ("宗",),  # 查处128宗,…涉及土地386.5亩,平均每宗3.2亩
    "每件": ("件",),
    "每起": ("起",),
    "每家": ("家",),
    "每所": ("所",),
    "每个": ("个",),
    "个均": ("个",),  # 涉及在建工地312个,个均18.8件
    "组均": ("组", "个"),
    "期均": ("期",),
    "宗均": ("宗",),
    "村均": ("村", "个"),
    "家均": ("家",),
    "每场": ("场",),
    # 发放贷款5,318笔24.6亿元,笔均46.3万元; 为236个小区审批…1.26亿元,小区均53.4万元
    "笔均": ("笔",),
    "所均": ("所",),
    "校均": ("所", "个"),
    "项均": ("项", "个"),
    "企均": ("家", "户", "个"),
    "小区均": ("个",),
    # 罚款98.5万元,起均6,840元; 拆除违法建设128处,…,处均145.3平方米; 租金1.72亿元,亩均699元
    "起均": ("起",),
    # 查处非法采砂案件38起,…收缴罚没款186.5万元,案均4.91万元
    "案均": ("起", "件", "案"),
    "处均": ("处",),
    "亩均": ("亩",),
    # 整梯更新138台,…台均48.6万元; 集中安置点9个,点均安置43.7户; 检测68.6万辆次,…辆次均207元
    "台均": ("台",),
    "座均": ("座",),
    "站均": ("座", "个", "家", "站"),
    "点均": ("个", "处"),
    "辆次均": ("辆次",),
    "辆均": ("辆",),
    "车均": ("辆",),
    "套均": ("套",),
    "只均": ("只",),
    "队均": ("支", "个", "队"),
    "团均": ("个", "团"),
    "人次均": ("人次",),
    # 已兑付渔船1,438艘,…艘均8.86万元,每千瓦610元; 发卡48.6万张,…张均2,000元; 加固堤防86.5公里,
    # 完成投资4.62亿元,每公里投资534万元
    "艘均": ("艘",),
    "张均": ("张",),
    "每千瓦": ("千瓦",),
    "每公里": ("公里",),
    # 补偿5.19万元,涉及86.5亩,每亩600元; 电梯126部,…部均21.0万元; 收取73.8万元,…每立方米30.0元
    "每亩": ("亩",),
    "部均": ("部",),
    "每立方米": ("立方米",),
    "每平方米": ("平方米",),
}
# the words that mark a per-capita figure: every _PER_WHAT word (the measure it is per) and
# the per-population ones (万人信访量, 平均), whose whole is found otherwise; none is a prefix
# of another, so their order does not matter
_PER_CAPITA = regex.compile("|".join([*_PER_WHAT, "每万人", "万人", "每千人", "千人", "平均"]))
# (read on a figure's lead by several rules: remembered, see _patterns.remembered)
_whole_noun = remembered(_WHOLE_NOUN.search)
_summed_share = remembered(_SUMMED_SHARE.search)
_per_capita_markers = remembered_all(_PER_CAPITA)
# the header of a list of per-population figures: 各乡镇万人信访量分别为:
_LISTED_PER_POPULATION = regex.compile(r"(?:每?万人|每?千人)信访(?:量|率)[^,;。]{0,6}?(?:分别|:)")
# 每万户投诉量, 每千名移民信访量, 每百起事故引发…类投诉: a ratio over a population of things
# counted in a measure word other than 人 (每万人 and 万人 are per_population's)
# 发现违规改造的143处: what a check found wrong (the whole of a 整改率)
_FOUND = regex.compile(r"(?:发现|查出|查实|排查出|检查出|存在)")
# ,共24.2万元: a total written right after the list it sums
_TOTAL_AFTER = regex.compile(r"(?:共|共计|合计|总计)(?:为|达)?$")
# ,占25.4%: a share written between the items of a list
_SHARE_WORDS = regex.compile(r",?占[\d.]+%")
# 约谈后整改到位的占84.6%, 按时足额发放补助的乡镇占84.0%: a share of those its own words describe
_DESCRIBED_SHARE = regex.compile(r"(?P<what>\p{Han}{2,}?)的\p{Han}{0,4}?占(?:比)?$")
# 工伤认定率(按作出结论计): the count a rate says it is over
_RATE_BASIS = regex.compile(r"按(?P<basis>\p{Han}{2,10}?)(?:计算?|统计)")
# 按期办结, 及时处理: an act qualified by the manner it was done in
_MANNER = regex.compile(r"按期|按时|及时|限时|当场|一次性|超期|逾期")
# 按受理件数计算: the measure after what the basis names
_BASIS_TAIL = regex.compile(r"(?:的)?(?:件数|人数|户数|批次|批数|数量|总量|总数|数|量)$")
# 按当年新引进人才计算: the population a ratio says it is over
_COMPUTED_OVER = regex.compile(r"按(?P<basis>[^,;。按]{2,16}?)计算")
_PER_NAMED = regex.compile(
    r"每(?:(?P<scale>百万|十万|万|千|百)(?P<measure>名|位|户|辆|家|件|起|个|艘|张|套|座|所|公里)"
    r"|(?P<scale>亿|万)(?P<measure>元))(?P<rest>\p{Han}{0,16})$"
)
# the scale words of per-population ratios (每百件…, 万人…, 每百万件…)
_PER_SCALES = {
    "百": Decimal(100),
    "千": Decimal(1000),
    "万": Decimal(10_000),
    "十万": Decimal(100_000),
    "百万": Decimal(1_000_000),
    "亿": Decimal(100_000_000),
}
_PER_MEASURE_UNITS = {
    "名": ("人", "名"),
    "位": ("人", "名", "位"),
    "户": ("户",),
    "辆": ("辆",),
    "家": ("家",),
    "件": ("件",),
    "起": ("起",),
    "个": ("个",),
    "艘": ("艘",),  # 每百艘渔船信访21.0件
    "张": ("张",),  # 每万张卡投诉67.2件
    "套": ("套",),
    "座": ("座",),
    "所": ("所",),
    "公里": ("公里",),  # 每百公里堤防信访31.9件: over a length
    "元": ("元",),  # 每亿元保费投诉量: over a sum of money
}
_FLOW_WORDS = regex.compile(r"新增|净增|增加|减少|新发|新受理")
# …引发事故处理类投诉: the category of the counts a per-population ratio divides
_PER_CATEGORY = regex.compile(r"(?P<name>\p{Han}{2,8}?)类")

_POPULATION = regex.compile(r"人口|常住|户籍|居民")
# 按全县退役军人和其他优抚对象人数计算: the people a per-head ratio says it is over
_PER_HEAD_BASIS = regex.compile(r"按(?P<noun>[^,;。:]{2,24}?)(?:的)?(?:人数|总人数|人口)计算")
_WHOLE_AREA_PREFIX = regex.compile(r"^(?:全(?:市|县|区|镇|乡|街道|省))")
# 万人信访量依次为, 每百万件快件有效申诉分别为, 每千户信访量分别是: a list of ratios over bases
_PER_BASE_LIST = regex.compile(
    r"每?(?P<scale>十万|百万|万|千|(?<=每)百)(?:名|个)?(?P<base>人|户|件|名|只|头|辆|家|起|宗)"
    r"[^;。]{0,24}?(?:分别|依次)(?:为|是)?:?"
)
# the word that opens a list of figures given in the order of the names before them
# 、城北分局 between two items of a list of named counts (城中分局212件、城北分局176件); the name
# a list's first item stands after
_NAMED_GAP = regex.compile(r"[、,]\p{Han}{2,8}")
_NAME_BEFORE = regex.compile(r"(?<![\p{Han}])\p{Han}{2,8}$")
_CUE_TO_LIST = regex.compile(r":?\p{Han}{0,8}:?")
_SEPARATELY_CUE = regex.compile(r"(?:分别|依次)(?:为|是|有|受理|登记)?:?")
# 人均办理26件, 人均处理投诉28.6件: the work of handling the report's whole total
_HANDLED = regex.compile(r"(?:办理|处理|受理|承办|经办)(?:信访事项|信访件|投诉|来信|案件|诉求)?$")
_AREA_OR_PERIOD_HEAD = regex.compile(
    r"^(?:全[县市区镇乡局]|本[县市区镇乡])?(?:全年|今年|上半年|下半年)?"
)
# 全市, 全县…: a whole area (占全市的, 全市常住人口), whose total is the headline when the
# headline is that area's
_WHOLE_AREA_WORD = regex.compile(r"全(?:市|县|区|镇|乡|街道|省)")
_POPULATION_WORD = regex.compile(r"常住|户籍")
_POPULATION_BASIS = regex.compile(r"按(?P<basis>常住|户籍)人口(?:数)?(?:计算|统计|测算)")
# a digit or a closing parenthesis: the words after the last one are a figure's own
_FIGURE_END = regex.compile(r"[\d)]")
# words a whole's noun is stripped of before it is matched to a figure's subject (占全部…的)
_WHOLE_NOUN_NOISE = regex.compile(
    r"(?:总量|总数|总人次|总批次|总件数|总额|总|全部|的|全|各类|已|"
    r"本季度|本月|本年度?|今年|上半年|下半年|当月|当季|(?<=\p{Han}{2})(?:量|件数|金额|额)$)"
)
_without_whole_noun_noise = remembered(partial(_WHOLE_NOUN_NOISE.sub, ""))
_TOTAL_NOUN = regex.compile(r"总量|总数|总件数|总批次")
_total_noun = remembered(_TOTAL_NOUN.search)  # (whole_for asks it of few distinct nouns)
# 24.7%、19.1%、: figures of a list and their separators, nothing else
_LISTED_FIGURES = regex.compile(r"(?:[\d.,]+%[、和及]?)*")
_PETITION_TOTAL = regex.compile(r"信访|^总")
_WHOLE_WORD = regex.compile(r"总|全部")
_FINISHED = regex.compile(r"办结|结案|化解")  # (a match holds 结 or 化)
_AMOUNT_SUFFIX = regex.compile(r"(?:量|总量|总数|数)$")
# the period a multiple compares with (是上年同期的1.2倍, 是9月的2.7倍)
_PERIOD_NOUN = regex.compile(
    r"上年同期|去年同期|上年|去年|同期|上月|上季度|上半年|[一二三四1-4]季度|"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?"
)
# the words of an act done, which make a count of what was done, not of all
_ACT_DONE = regex.compile(r"已|化解|办结|结案|调解成功|息诉|满意")
# what is not part of the name of the thing compared (7.青石社区纠纷数, 健身房类投诉量)
_NAME_NOISE = regex.compile(
    r"^(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|其中)|"
    # (收费类投诉, 建筑施工举报: the thing, without the petitions it names)
    r"类?(?:(?:投诉|信访|纠纷|举报|诉求)(?:起数|件数|数量|总量|量|数)?|起数|件数|数量|总量|量|数)?$"
)
_TARGET = regex.compile(r"(?:控制)?目标|计划|任务")
# a subject's core: without 群众/各类/全县… before it or a measure (人次, 总量…) after it
_CORE_NOISE = regex.compile(r"^(?:群众|各类|全县|全区|全市)|(?:人次|批次|件数|人数|总量)$")
_CORE_NOISE_CHARS = frozenset("群各全次数量")  # a match holds one of them
_MEASURE_SUFFIX = regex.compile(r"(?:人次|批次|件数|人数|总量)$")
_MEASURE_SUFFIX_CHARS = frozenset("次数量")  # a match holds one of them
# a period named before a total, and the lengths in days it can have
# 2019年以来, 新政实施以来: a span of years before now (not 今年以来, 入汛以来)
_SINCE = regex.compile(r"(?:\d{4}年|实施|成立|出台|启动)[^,;。]{0,16}以来")
_PERIOD_DAYS = regex.compile(
    r"(?P<year>全年|本年度|年度内)|(?P<half>上半年|下半年)|(?P<quarter>第?[一二三四]季度|本季度)"
    r"|(?P<month>本月|当月|(?<![\d—-])\d{1,2}月份?(?![\d—-]))"
    r"|(?P<months>(?<!\d)(?P<first>\d{1,2})月?(?:—|-|–|~|至|到)(?P<last>\d{1,2})月(?!\d))"
)
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS = {
    "year": (Decimal(365), Decimal(366)),
    "half": (Decimal(181), Decimal(184)),
    "quarter": (Decimal(90), Decimal(92)),
    "month": (Decimal(28), Decimal(31)),
}
_MONEY_UNITS = frozenset({"元", "美元", "港元", "欧元", "日元"})
# the act a sentence opens with, before 共/累计/涉及…: 追缴共涉及职工4,137人
_OPENING_ACT = regex.compile(r"(\p{Han}{2})(?:共|累计|合计|总计)?(?:涉及|惠及|覆盖|帮助|为)")


class _Index:
    """Claims by sentence, with the helpers the linker needs."""

    def __init__(self, extraction: Extraction) -> None:
        self.claims = list(extraction.claims)
        self.by_id = {claim.id: claim for claim in self.claims}
        self._headlines: dict[tuple[int, str, str], Claim | None] = {}
        self._counts: dict[tuple[int, str, str | None], list[Claim]] | None = None
        # family → the positions and claims of its counts (_is_count), in order: counts_of()
        self._counts_by_family: dict[str, tuple[list[int], list[Claim]]] | None = None
        self.position = {claim.id: i for i, claim in enumerate(self.claims)}
        self.sentences = extraction.segmentation.sentences
        self.sections = extraction.segmentation.sections
        self.by_sentence: dict[int, list[Claim]] = {}
        for claim in self.claims:
            self.by_sentence.setdefault(claim.sentence, []).append(claim)
        # the multi-report part (篇) each sentence belongs to, so totals never cross reports
        part_starts = sorted(s.start for s in extraction.segmentation.sections if s.level == 0)
        # (how many parts start at or before the sentence: a bisection of the sorted starts)
        self.part_of = [bisect_right(part_starts, sentence.start) for sentence in self.sentences]

    def sentence_text(self, index: int) -> str:
        return self.sentences[index].text if 0 <= index < len(self.sentences) else ""

    def enclosing_sections(self, sentence: int) -> list[Section]:
        """The (sub-)sections below the report level that ``sentence`` lies in, innermost
        first."""
        at = self.sentences[sentence].start
        return sorted(
            (x for x in self.sections if x.level >= 1 and x.start <= at < x.end),
            key=attrgetter("level"),
            reverse=True,
        )

    def part(self, sentence: int) -> int:
        """The multi-report part (篇) ``sentence`` belongs to (0 in a one-report document)."""
        return self.part_of[sentence] if self.part_of else 0

    def before(self, claim: Claim) -> list[Claim]:
        """Claims of the same sentence before ``claim``, nearest first."""
        same = self.by_sentence.get(claim.sentence, [])
        return [c for c in reversed(same) if c.norm_span[0] < claim.norm_span[0]]

    def earlier_sentence_indices(self, sentence: int, count: int) -> list[int]:
        """Up to ``count`` sentences before ``sentence`` in its part, nearest first."""
        found: list[int] = []
        part = self.part(sentence)
        for index in range(sentence - 1, max(-1, sentence - 1 - count), -1):
            if self.part_of and self.part_of[index] != part:
                break
            found.append(index)
        return found

    def earlier_sentences(self, claim: Claim, count: int) -> list[Claim]:
        """Claims of up to ``count`` earlier sentences of the same part, nearest first."""
        found: list[Claim] = []
        for index in self.earlier_sentence_indices(claim.sentence, count):
            found.extend(reversed(self.by_sentence.get(index, [])))
        return found

    def paragraph_sentences(self, start: int) -> list[int]:
        """``start`` and the following sentences while the previous one ended with ';'."""
        indices = [start]
        index = start
        while (
            index + 1 < len(self.sentences)
            and self.sentences[index].text.endswith((";", ","))
            and self.part_of[index + 1] == self.part_of[start]
        ):
            index += 1
            indices.append(index)
        return indices

    def headline_total(self, claim: Claim, fam: str, *, period: str = "current") -> Claim | None:
        """The first total of a unit family in the claim's part, before the claim."""
        part = self.part(claim.sentence)
        key = (part, fam, period)
        if key not in self._headlines:
            self._headlines[key] = self._first_total(part, fam, period)
        found = self._headlines[key]
        return found if found is not None and found.norm_span[0] < claim.norm_span[0] else None

    def actual_counts(self, part: int, fam: str, period: str | None = "current") -> list[Claim]:
        """The actual counts (kind count) of a family and period in a part, in document order."""
        if self._counts is None:
            # actual counts by (part, family, period), in document order: grouped in one pass
            # instead of a pass over every claim per family and period asked for
            self._counts = {}
            for claim in self.claims:
                if claim.kind == "count" and claim.modality == "actual":
                    key = (self.part(claim.sentence), family(claim))
                    self._counts.setdefault((*key, claim.period), []).append(claim)
        return self._counts.get((part, fam, period), [])

    def counts_of(self, fam: str) -> tuple[list[int], list[Claim]]:
        """The counts (:func:`_is_count`) of family ``fam`` in the document, in order, and their
        positions in :attr:`claims`: grouped in one pass, so that the counts before a figure are
        a bisection instead of a pass over every claim before it (asked of many shares and
        rates, each looking for a whole named far back)."""
        if self._counts_by_family is None:
            self._counts_by_family = {}
            for position, claim in enumerate(self.claims):
                if _is_count(claim):
                    positions, claims = self._counts_by_family.setdefault(family(claim), ([], []))
                    positions.append(position)
                    claims.append(claim)
        return self._counts_by_family.get(fam, ([], []))

    def _first_total(self, part: int, fam: str, period: str) -> Claim | None:
        totals = (c for c in self.actual_counts(part, fam, period) if _total_lead(c.lead))
        first = next(totals, None)
        if first is not None and not _PETITION_WORDS.search(
            f"{first.subject or ''}{first.lead}", timeout=REGEX_TIMEOUT
        ):
            # 全年共受理各类案件12,486件…,涉诉信访总量为849件: a court's caseload opens the report,
            # the petitions it is about come next — the headline of a petition report is theirs
            first = next(
                (
                    c
                    for c in self.actual_counts(part, fam, period)
                    if c.norm_span[0] > first.norm_span[0]
                    # (further on, only a total in the report's own voice: 全年受理…信访846件
                    # opening section two, not 县总工会全年受理职工信访318件)
                    and (
                        c.sentence - first.sentence <= _HEADLINE_REACH
                        or _OWN_VOICE.match(c.lead, timeout=REGEX_TIMEOUT)
                    )
                    and _total_lead(c.lead)
                    and _PETITION_WORDS.search(f"{c.subject or ''}{c.lead}", timeout=REGEX_TIMEOUT)
                ),
                first,
            )
            totals = (
                c
                for c in self.actual_counts(part, fam, period)
                if c.norm_span[0] > first.norm_span[0] and _total_lead(c.lead)
            )
        if first is not None and first.bound != "exact":
            # 全市登记信访事项近2.5万件 … 共登记信访事项24,683件: the exact figure the rounded
            # one announces is the headline to compute with
            # (within twice the rounding of the written figure, and of the same thing)
            slack = 2 * first.number.half_width
            exact = next(
                (
                    c
                    for c in totals
                    if c.bound == "exact"
                    and abs(c.value - first.value) <= slack
                    and (not first.subject or not c.subject or _related(first.subject, c.subject))
                ),
                None,
            )
            return exact or first
        return first


def _actual(claim: Claim) -> bool:
    return claim.modality == "actual"


def _counts(claim: Claim, units: Sequence[str]) -> bool:
    """Whether ``claim`` counts what ``units`` name (22个工作日 counts days)."""
    if claim.unit in units:
        return True
    # (按250个工作日计: the measure word may hold the noun)
    return "天" in units and (
        (claim.unit == "个" and claim.trail.startswith("工作日")) or claim.unit.endswith("工作日")
    )


def _is_count(claim: Claim, period: str = "current") -> bool:
    return _tallied(claim) and claim.period == period and _actual(claim)


# 平均得分91.2分, 平均分为88.5分: the mean of scores (平均每个乡镇扣减2.5分 is a per-town share)
_AVERAGE_SCORE = regex.compile(r"平均(?:得分|分数?|成绩)(?:为|是|达到?)?$")


def _tallied(claim: Claim) -> bool:
    """A figure that adds up from parts: a count, an amount, or a score (得分96.5分, from its
    sub-scores)."""
    return claim.kind in ("count", "amount") or (claim.kind == "other" and claim.unit == "分")


# ---------------------------------------------------------------------------------------------
# messages

_WORDS = {
    "consistent": {"zh": "一致", "en": "consistent"},
    "inconsistent": {"zh": "不一致", "en": "inconsistent"},
    "unverifiable": {"zh": "无法核实", "en": "unverifiable"},
    "incomplete": {"zh": "未填写", "en": "incomplete"},
    "up": {"zh": "上升", "en": "up"},
    "down": {"zh": "下降", "en": "down"},
    "flat": {"zh": "持平", "en": "flat"},
    # a gap to a level it is compared with (比全县平均水平高出5.5件)
    "above": {"zh": "高出", "en": "above by"},
    "below": {"zh": "低", "en": "below by"},
}
_MESSAGES = {
    "annual_change": {
        "zh": "{first}年{start}至{last}年{end},共{years}年:({end}/{start})^(1/{years})−1 = "
        "{computed}%,报告年均{direction}{reported}%,{verdict}",
        "en": "{start} in {first} to {end} in {last}, {years} years: ({end}/{start})^(1/{years})−1"
        " = {computed}%, reported {direction} {reported}% a year, {verdict}",
    },
    "change": {
        "zh": "{current}/{previous}−1 = {computed}%,报告{direction}{reported}%,{verdict}",
        "en": "{current}/{previous}−1 = {computed}%, reported {direction} {reported}%, {verdict}",
    },
    "change_times": {
        "zh": "{current}/{previous}−1 = {computed}%,报告{direction}{reported}倍(即{percent}%),"
        "{verdict}",
        "en": "{current}/{previous}−1 = {computed}%, reported {direction} {reported} times "
        "(that is {percent}%), {verdict}",
    },
    "times_hint": {
        "zh": "(本期是上期的{ratio}倍,疑将“是…的N倍”写成了“增长N倍”)",
        "en": " (the new level is {ratio} times the old: “N times as much” written as “grew by "
        "N times”?)",
    },
    "change_from_difference": {
        "zh": "上期 = {current}{sign}{difference} = {previous};"
        "{current}/{previous}−1 = {computed}%,报告{direction}{reported}%,{verdict}",
        "en": "previous = {current}{sign}{difference} = {previous}; {current}/{previous}−1 = "
        "{computed}%, reported {direction} {reported}%, {verdict}",
    },
    "change_pp": {
        "zh": "{current}−{previous} = {computed}个百分点,"
        "报告{direction}{reported}个百分点,{verdict}",
        "en": "{current}−{previous} = {computed} pp, reported {direction} {reported} pp, {verdict}",
    },
    "direction_flip": {
        "zh": "方向相反:报告为{reported_direction},按数字实为{actual_direction}。",
        "en": "Direction reversed: reported {reported_direction}, the figures say "
        "{actual_direction}. ",
    },
    "difference": {
        "zh": "{current}−{previous} = {computed},报告{direction}{reported},{verdict}",
        "en": "{current}−{previous} = {computed}, reported {direction} {reported}, {verdict}",
    },
    "rate": {
        "zh": "{numerator}/{denominator} = {computed}%,报告{name}{reported}%,{verdict}",
        "en": "{numerator}/{denominator} = {computed}%, reported {name} {reported}%, {verdict}",
    },
    "share": {
        "zh": "{part}/{whole} = {computed}%,报告占{reported}%,{verdict}",
        "en": "{part}/{whole} = {computed}%, reported share {reported}%, {verdict}",
    },
    "unit": {
        "zh": "{part}/{whole} = {computed}%,与报告的{reported}%不符;若把{part_text}的“{wrong}”"
        "改为“{right}”则为{fixed}%,疑似单位错误",
        "en": "{part}/{whole} = {computed}% does not match the reported {reported}%; with "
        "“{right}” instead of “{wrong}” in {part_text} it would be {fixed}%: probable unit error",
    },
    "unit_sum": {
        "zh": "{parts} = {computed},与报告合计{reported}不符;若把{part_text}的“{wrong}”改为"
        "“{right}”则相符({fixed}),疑似单位错误",
        "en": "{parts} = {computed} does not match the reported total {reported}; with "
        "“{right}” instead of “{wrong}” in {part_text} they agree ({fixed}): probable unit error",
    },
    "unit_average": {
        "zh": "{numerator}/{denominator} = {computed},与报告的{reported}不符;若把{part_text}的"
        "“{wrong}”改为“{right}”则相符({fixed}),疑似单位错误",
        "en": "{numerator}/{denominator} = {computed} does not match the reported {reported}; "
        "with “{right}” instead of “{wrong}” in {part_text} they agree ({fixed}): probable unit "
        "error",
    },
    "share_sum": {
        "zh": "各部分占比之和 {parts} = {computed}%,应为100%,{verdict}",
        "en": "shares add up to {parts} = {computed}%, expected 100%, {verdict}",
    },
    "share_sum_far": {
        "zh": "各部分占比之和 {parts} = {computed}%,与100%相差过大,这些占比可能并非同一总体的构成,"
        "无法核实",
        "en": "shares add up to {parts} = {computed}%, too far from 100% to be parts of one "
        "whole, unverifiable",
    },
    "sum": {
        "zh": "{parts} = {computed},报告合计{reported},{verdict}",
        "en": "{parts} = {computed}, reported total {reported}, {verdict}",
    },
    "granularity_change": {
        "zh": "本期{current},报告{direction}{reported}% ⇒ 上期应在{low}~{high}之间,{outcome}",
        "en": "current {current}, reported {direction} {reported}% ⇒ previous between {low} and "
        "{high}, {outcome}",
    },
    "granularity_rate": {
        "zh": "分母{denominator},{name}{reported}% ⇒ 分子应在{low}~{high}之间,{outcome}",
        "en": "denominator {denominator}, {name} {reported}% ⇒ numerator between {low} and "
        "{high}, {outcome}",
    },
    "batches_as_cases": {
        "zh": "(来访按批次计入件数,按报告自身口径)",
        "en": " (visits counted in batches, as the report counts them)",
    },
    "granularity_ok": {"zh": "存在整数解,一致", "en": "an integer fits, consistent"},
    "granularity_bad": {"zh": "不存在整数,不一致", "en": "no integer fits, inconsistent"},
    "per_capita": {
        "zh": "{numerator}/{denominator} = {computed},报告{reported},{verdict}",
        "en": "{numerator}/{denominator} = {computed}, reported {reported}, {verdict}",
    },
    "unverifiable": {
        "zh": "找不到可用于核算的{what},无法核实",
        "en": "no {what} to recompute it from, unverifiable",
    },
    "unverifiable_bound": {
        "zh": "核算所需的{figures}只是约数或界限,无法精确核实",
        "en": "only approximate figures or bounds to compute from ({figures}): cannot be "
        "verified exactly",
    },
    "blank_operand": {
        "zh": "核算所需的数字“{text}”未填写,无法核对",
        "en": "the figure it is computed from (“{text}”) is blank: cannot be checked",
    },
    "placeholder": {
        "zh": "未填写的模板空缺“{text}”",
        "en": "unfilled template field “{text}”",
    },
    "malformed": {
        "zh": "数字残缺或有误“{text}”,无法读取",
        "en": "malformed number “{text}”, cannot be read",
    },
    "points_hint": {
        "zh": "(两个比率之差为{points}个百分点,疑将百分点写成了%)",
        "en": " (the two rates differ by {points} percentage points: points written as %?)",
    },
    "skipped_timeout": {
        "zh": "此处{chars}字的文本匹配超时,已跳过,其中的数字未提取也未核查",
        "en": "pattern matching timed out on these {chars} characters; they were skipped, "
        "their figures neither extracted nor checked",
    },
    "shared_operands": {
        "zh": "(同一组数据也被用来核对{others},报告未说明各自的计算依据,不作判定)",
        "en": " (the same figures are also the operands of {others}; the report does not say "
        "which each is computed from: no verdict)",
    },
    "part_beyond_whole": {
        "zh": "(部分大于总量,这一总量并非该占比的计算依据,不作判定)",
        "en": " (the part is larger than the whole: that is not the whole the share was taken of; "
        "no verdict)",
    },
    "skipped_crowded": {
        "zh": "此句含{count}个数字,超过核查上限{limit}个(不像正常句子),其中的数字未核查",
        "en": "this sentence holds {count} figures, more than the {limit} a check considers "
        "(not ordinary prose); its figures were not checked",
    },
}
_WHAT = {
    "change": ("上期数据", "previous-period figure"),
    "rate": ("分子分母", "numerator and denominator"),
    "share": ("总量", "total"),
    "per_capita": ("分子分母", "numerator and denominator"),
}


@cache
def _unverifiable_messages(kind: str) -> tuple[str, str]:
    """The message of an unverifiable check of ``kind`` (the same for every figure)."""
    what = _WHAT.get(kind, ("数据", "figures"))
    return (
        message(_MESSAGES, "unverifiable", "zh", what=what[0]),
        message(_MESSAGES, "unverifiable", "en", what=what[1]),
    )


def _both(key: str, **fields: object) -> tuple[str, str]:
    zh_fields = {
        k: (_WORDS[v]["zh"] if isinstance(v, str) and v in _WORDS else v) for k, v in fields.items()
    }
    en_fields = {
        k: (_WORDS[v]["en"] if isinstance(v, str) and v in _WORDS else v) for k, v in fields.items()
    }
    return message(_MESSAGES, key, "zh", **zh_fields), message(_MESSAGES, key, "en", **en_fields)


def _inferred_check(
    kind: str,
    reported: Claim,
    operands: Sequence[Claim],
    computed: Decimal,
    messages: tuple[str, str],
    note: tuple[str, str],
) -> Check:
    """A consistent check whose operands the report does not pair with the figure in words
    (found by the operand search, or in a table): ``note`` says how, after each message."""
    return Check(
        "",
        kind,
        "consistent",
        reported.value,
        computed,
        (*(c.id for c in operands), reported.id),
        reported.span,
        reported.sentence,
        (messages[0] + note[0], messages[1] + note[1]),
        basis="inferred",
    )


def _proportion_messages(
    kind: str,
    part: str,
    whole: str,
    computed: Decimal,
    reported: Claim,
    verdict: str,
    *,
    name: str = "",
) -> tuple[str, str]:
    """The message of a rate (``name`` is the rate's name) or a share: part/whole = computed%."""
    if kind == "rate":
        return _both(
            "rate",
            numerator=part,
            denominator=whole,
            computed=_fmt(computed),
            name=name,
            reported=_reported(reported),
            verdict=verdict,
        )
    return _both(
        "share",
        part=part,
        whole=whole,
        computed=_fmt(computed),
        reported=_reported(reported),
        verdict=verdict,
    )


def _difference_messages(
    reported: Claim,
    current: Claim,
    previous: Claim,
    verdict: str,
    *,
    points: bool,
    gap: bool = False,
) -> tuple[str, str]:
    """The message of a difference: in percentage points between two rates, or in items;
    ``gap``: between a level and the level it is compared with (高出, 低)."""
    computed = current.value - previous.value
    direction = reported.direction
    if gap and direction in ("up", "down"):
        direction = "above" if direction == "up" else "below"
    return _both(
        "change_pp" if points else "difference",
        current=_written(current),
        previous=_written(previous),
        computed=f"{computed:+.2f}" if points else _fmt(computed),
        direction=direction,
        reported=_written(reported) + ("" if points else reported.unit),
        verdict=verdict,
    )


# ---------------------------------------------------------------------------------------------
# the checker


class _Checker:
    def __init__(
        self, extraction: Extraction, options: CheckOptions, origin: dict[str, int] | None = None
    ) -> None:
        self.index = _Index(extraction)
        self.options = options
        self.checks: list[Check] = []
        self.normalized = extraction.normalized
        # claim id → its sentence before ;-chains were merged (a clause of its own)
        self.origin = origin or {}
        # cached_runs() per sentence
        self._runs: dict[int, tuple[list[list[Claim]], dict[str, tuple[list[Claim], int]]]] = {}
        self._basis: str | None = None  # population_basis(), once per document
        # figures whose operands the report itself prescribes (按常住人口计算): an inconsistent
        # verdict on them is not reconsidered by the operand search
        self.prescribed: set[str] = set()
        # share id → its part, for shares with a bare 占 whose whole was chosen by the checker
        # (reconsidered once the breakdown sums are known: over_breakdown_sums)
        self.bare_shares: dict[str, Claim] = {}
        # summed shares whose parts are named (停水和水压不足两类合计占55.1%), with those parts
        self.named_sums: list[tuple[Claim, list[Claim]]] = []

    def same_clause(self, a: Claim, b: Claim) -> bool:
        return self.origin.get(a.id, a.sentence) == self.origin.get(b.id, b.sentence)

    def add(
        self,
        kind: str,
        verdict: str,
        reported: Claim | Anomaly,
        operands: Sequence[Claim],
        computed: Decimal | None,
        messages: tuple[str, str],
        severity: str = "normal",
    ) -> None:
        ids = (*(c.id for c in operands), reported.id)
        value = reported.value if isinstance(reported, Claim) else None
        self.checks.append(
            Check(
                f"k{len(self.checks) + 1}",
                kind,
                verdict,
                value,
                computed,
                ids,
                reported.span,
                reported.sentence,
                messages,
                severity,
            )
        )

    def unverifiable(self, kind: str, claim: Claim) -> None:
        self.checks.append(
            Check(
                f"k{len(self.checks) + 1}",
                kind,
                "unverifiable",
                claim.value,
                None,
                (claim.id,),
                claim.span,
                claim.sentence,
                _unverifiable_messages(kind),
            )
        )

    def runs(self, sentence: int) -> list[list[Claim]]:
        """The sentence's figures in runs of alike figures listed together (612起、498起)."""
        same = self.index.by_sentence.get(sentence, [])
        text = self.normalized.text

        def alike(a: Claim, b: Claim) -> bool:
            gap = text[a.norm_span[1] : b.norm_span[0]]
            return (
                a.kind == b.kind
                and a.unit == b.unit
                and a.period == b.period
                and len(gap) <= 8
                and _LIST_END_CHARS.isdisjoint(gap)
            )

        runs: list[list[Claim]] = []
        for claim in same:
            if runs and alike(runs[-1][-1], claim):
                runs[-1].append(claim)
            else:
                runs.append([claim])
        return runs

    def cached_runs(
        self, sentence: int
    ) -> tuple[list[list[Claim]], dict[str, tuple[list[Claim], int]]]:
        """:meth:`runs` of the sentence, made once, with each figure's run and place in it by
        id (``reported in run`` would compare every field of every figure before it)."""
        found = self._runs.get(sentence)
        if found is None:
            runs = self.runs(sentence)
            places = {c.id: (run, k) for run in runs for k, c in enumerate(run)}
            found = self._runs[sentence] = (runs, places)
        return found

    def aligned_pairs(self, reported: Claim) -> list[tuple[Claim, Claim]]:
        """Parallel lists: in 分别排查612起、498起…,已化解576起、461起…,化解率分别为94.1%、
        92.6%… the k-th value of a list of n is computed from the k-th values of the lists of n
        before it in the sentence. Returns (a, b) pairs in both orders."""
        runs, places = self.cached_runs(reported.sentence)
        own, k = places.get(reported.id, (None, 0))
        if own is not None and own[k] is not reported and own[k] != reported:
            # not the index's figure: as a scan would find it
            own = next((run for run in runs if reported in run), None)
            k = own.index(reported) if own is not None else 0
        if own is None or len(own) < 2:
            return []
        n = len(own)
        # 前四个乡镇的不符合比例依次为3.9%、4.2%…: the first n of longer lists
        few = _FIRST_FEW.search(own[0].lead, timeout=REGEX_TIMEOUT) if "前" in own[0].lead else None
        longer = few is not None and _numeral(few.group(1)) == n

        def fits(run: list[Claim]) -> bool:
            return len(run) == n or (longer and len(run) > n)

        lists = [
            run[:n]
            for run in _with_remainders(runs, self.normalized.text)
            if fits(run)
            and run is not own
            and run[0].kind in ("count", "amount")
            and run[0].norm_span[0] < own[0].norm_span[0]
        ]
        if len(lists) == 1 and n >= 3:
            # 积案73件,其中省交办12件、市交办26件、县自查35件。三类积案分别化解11件、23件、
            # 27件,化解率分别为…: a list of three or more in the sentence before is parallel too
            # (上年同期六个县(区)分别为…,同比分别下降…: the current list may stand before a
            # heading, in the nearest earlier sentence with figures, within the same part)
            for previous in range(reported.sentence - 1, max(-1, reported.sentence - 4), -1):
                if self.index.part_of and (
                    self.index.part_of[previous] != self.index.part_of[reported.sentence]
                ):
                    break
                earlier, _ = self.cached_runs(previous)
                if earlier:
                    lists = lists + [
                        run[:n]
                        for run in _with_remainders(earlier, self.normalized.text)
                        if fits(run) and run[0].kind in ("count", "amount")
                    ]
                    break
        return [(a[k], b[k]) for a in lists for b in lists if a is not b]

    # -- change and difference ------------------------------------------------------------

    def change(self, reported: Claim) -> None:
        if reported.unit == "pp":
            self.change_pp(reported)
            return
        if "年均" in reported.lead and _ANNUAL.search(reported.lead, timeout=REGEX_TIMEOUT):
            self.annual_change(reported)
            return
        if reported.direction is None or reported.unit not in ("%", "倍"):
            return
        # (a place named in a 分别 list first, then the levels beside the change)
        levels = (
            self.interleaved_pair(reported)
            or self.bases_named_before(reported)
            or self.named_in_lists(reported)
            or self.named_in_own_list(reported)
            or self.level_operands(reported)
            or self.average_levels(reported)
            if reported.unit == "%"
            else None
        )
        operands = (*levels, None) if levels else self.change_operands(reported)
        if (operands is None or operands[1:] == (None, None)) and reported.unit == "%":
            sequential = self.period_before(reported)
            if sequential is not None:
                operands = (*sequential, None)
        if operands is None:
            self.unverifiable("change", reported)
            return
        current, previous, difference = operands
        if previous is not None and self.other_base(reported, current, previous):
            # (下半年1,556件,同比上升24.8%(上年同期1,247件),环比上升18.1%: the base in brackets
            # is the 同比's; the 环比 is over the half-year before)
            sequential = self.period_before(reported) if reported.unit == "%" else None
            if sequential is None or self.other_base(reported, *sequential):
                self.unverifiable("change", reported)
                return
            current, previous = sequential
        c = operand(current)
        if c is None:
            self.unverifiable("change", reported)
            return
        if previous is not None:
            p = operand(previous)
            if p is None:
                self.unverifiable("change", reported)
                return
        elif difference is not None:
            if difference.direction not in ("up", "down"):
                self.unverifiable("change", reported)
                return
            d = operand(difference)
            if d is None:
                self.unverifiable("change", reported)
                return
            sign = -1 if difference.direction == "up" else 1
            p = (c[0] + sign * d[1], c[1] + sign * d[0]) if sign > 0 else (c[0] - d[1], c[1] - d[0])
        else:
            self.granularity_change(reported, current)
            return
        if p[0] <= 0:
            self.unverifiable("change", reported)
            return
        low, high, computed = _moved(c, p, "change")
        actual, magnitude = _direction_and_magnitude(low, high)
        tolerance = self.options.tolerance
        times_hint = False
        if reported.unit == "倍":
            # 增长了1.7倍 is growth by 170% (the new level is 2.7 times the old); "is 1.7 times"
            # written as 增长了1.7倍 is a known slip, named in the message
            fits = accepts(_scaled(reported, HUNDRED), *magnitude, tolerance)
            times_hint = not fits and accepts(
                _scaled(reported, HUNDRED), magnitude[0] + 100, magnitude[1] + 100, tolerance
            )
        elif "番" in reported.text:
            # 由412件增加到836件,翻了一番: a doubling is a round word, not a figure to the
            # percent (read as 约100%)
            fits = accepts(replace(reported, bound="about"), *magnitude, tolerance)
        else:
            fits = accepts(reported, *magnitude, tolerance)
        direction_ok = (
            reported.direction == actual
            or actual == "flat"
            or (reported.direction == "flat" and fits)
        )
        verdict = "consistent" if fits and direction_ok else "inconsistent"
        shown_previous = _fmt(_mid(p)) if previous is None else _written(previous)
        fields = _change_fields(reported, _written(current), shown_previous, computed, verdict)
        if previous is None and difference is not None:
            messages = _both(
                "change_from_difference",
                sign="−" if difference.direction == "up" else "+",
                difference=_written(difference),
                **fields,
            )
        elif reported.unit == "倍":
            percent = _fmt(reported.value * HUNDRED)
            messages = _both("change_times", percent=percent, **fields)
            if times_hint:
                hint = _both("times_hint", ratio=_fmt(_mid(c) / _mid(p)))
                messages = (messages[0] + hint[0], messages[1] + hint[1])
        else:
            messages = _both("change", **fields)
        if verdict == "inconsistent" and previous is not None and current.unit == "%":
            points = abs(current.value - previous.value)
            if abs(points - reported.value) <= Decimal("0.05"):
                hint = _both("points_hint", points=f"{points.normalize():f}")
                messages = (messages[0] + hint[0], messages[1] + hint[1])
        severity = "normal"
        if not direction_ok:
            messages, severity = _with_flip(messages, reported, actual)
        operands_used = [c_ for c_ in (current, previous, difference) if c_ is not None]
        self.add("change", verdict, reported, operands_used, computed, messages, severity)

    def interleaved_pair(self, reported: Claim) -> tuple[Claim, Claim] | None:
        """一季度268件(上年同期231件)、二季度295件(247件)…,同比分别上升16.0%、19.4%…: the k-th
        change of a 分别 list is of the k-th of as many figures before it in the sentence that
        are each followed by their base in brackets."""
        _, places = self.cached_runs(reported.sentence)
        run, k = places.get(reported.id, (None, 0))
        if run is None or len(run) < 2 or "分别" not in run[0].lead[-12:]:
            return None
        if any(c.kind != "change" for c in run):
            return None
        sentence = self.index.by_sentence[reported.sentence]
        before = [c for c in sentence if c.norm_span[0] < run[0].norm_span[0]]
        pairs = [
            (c, base)
            for c, base in itertools.pairwise(before)
            if c.kind in ("count", "amount")
            and c.period == "current"
            and base.period == "previous"
            and base.unit == c.unit
            and self.in_parenthesis_after(c, base, reach=12)
        ]
        return pairs[k] if len(pairs) == len(run) else None

    def bases_named_before(self, reported: Claim) -> tuple[Claim, Claim] | None:
        """夜间施工噪声5,864件,社会生活噪声6,927件…。…夜间施工、社会生活噪声分别由4,986件和
        6,208件上升17.6%和11.6%: the k-th change of a 分别 list is of the k-th of as many bases
        listed 由 before it, over the current count named as that base is, stated before — when
        the sentence gives no current figure of its own."""
        _, places = self.cached_runs(reported.sentence)
        run, k = places.get(reported.id, (None, 0))
        if run is None or len(run) < 2 or any(c.kind != "change" for c in run):
            return None
        before = [
            c
            for c in self.index.by_sentence[reported.sentence]
            if c.norm_span[0] < run[0].norm_span[0] and c.kind in ("count", "amount")
        ]
        if (
            len(before) != len(run)
            or any(c.period != "previous" or c.unit != before[0].unit for c in before)
            or not before[0].lead.endswith("由")
        ):
            return None
        base = before[k]
        name = base.subject or ""
        if len(name) < 2:
            return None
        current = next(
            (
                c
                for c in self.index.earlier_sentences(reported, 4)
                if _is_count(c)
                and c.unit == base.unit
                and c.period == "current"
                and _actual(c)
                and (c.subject or "").startswith(name)
            ),
            None,
        )
        return (current, base) if current is not None else None

    def hinted_base(self, change: Claim, hint: str) -> Claim | None:
        """The previous count of family ``hint`` in the parenthesis right after ``change``."""
        return next(
            (
                c
                for c in self.index.by_sentence.get(change.sentence, [])
                if c.period == "previous"
                and c.kind == "count"
                and family(c) == hint
                and self.in_parenthesis_after(change, c)
            ),
            None,
        )

    def named_in_lists(self, reported: Claim) -> tuple[Claim, Claim] | None:
        """滨河、南门、新华、桥东、金岸社区分别登记47件、38件、29件、33件和21件,上年分别是52件、
        41件、29件、24件和25件;…新华社区和上年持平,桥东社区上升37.5%: a change that names one
        of the places a 分别 list names is of that place's count over its earlier count, by its
        position among the names (when the two lists have one figure per name)."""
        subject = reported.subject or ""
        if len(subject) < 2 or "分别" in _own_words(reported.lead):
            return None
        head = self.head_of(reported)
        for index in [
            reported.sentence,
            *self.index.earlier_sentence_indices(reported.sentence, 2),
        ]:
            text = self.index.sentence_text(index) if index != reported.sentence else head
            for match in _NAMES_LISTED.finditer(text, timeout=REGEX_TIMEOUT):
                names = regex.split(r"[、和及]", match.group("names"), timeout=REGEX_TIMEOUT)
                at = next(
                    (i for i, n in enumerate(names) if len(n) >= 2 and subject.startswith(n)),
                    None,
                )
                if at is None or len(names) < 3:
                    continue
                runs = [
                    run
                    for j in range(index, min(index + 3, reported.sentence + 1))
                    for run in self.joined_lists(j)
                    if len(run) == len(names) and run[0].norm_span[0] < reported.norm_span[0]
                ]
                levels = [r for r in runs if r[0].period == "current"]
                bases = [r for r in runs if r[0].period == "previous"]
                if len(levels) == 1 and len(bases) == 1 and levels[0][0].unit == bases[0][0].unit:
                    return levels[0][at], bases[0][at]
        return None

    def qualified_whole(self, numerator: Claim, name: str) -> Claim | None:
        """包案的398件中,已化解352件,…;其中县级领导包案已化解71件: a numerator that 其中
        qualifies (县级领导包案) is of the one earlier count whose own words end with that
        qualifier once its figures are left out (全年县级领导31名包案86件), not of the whole
        the sentence divides."""
        local = _local_lead(numerator)
        act = _rate_act(name)
        at = local.find("其中")
        end = local.rfind(act) if len(act) == 2 else -1
        if at < 0 or end <= at + 2:
            return None
        qualifier = _ACT_MANNER.sub("", local[at + 2 : end], timeout=REGEX_TIMEOUT)
        if len(qualifier) < 3 or not qualifier.isalpha():
            return None
        found = [
            c
            for c in self.counts_before(numerator, family(numerator))
            if c.sentence != numerator.sentence
            and c.value >= numerator.value
            and _FIGURE_IN_WORDS.sub("", c.lead, timeout=REGEX_TIMEOUT).endswith(qualifier)
        ]
        return found[0] if len(found) == 1 else None

    def period_before(self, reported: Claim) -> tuple[Claim, Claim] | None:
        """一季度126件,二季度138件,…,三季度164件,环比上升18.8%: a 环比 change of a count that
        names its quarter (half-year, month) and has no base of its own is of that count over
        the count the report gives for the period before it, in its sentence or the two before
        (of the same unit, named by that period alone, not of a year before)."""
        if _comparison(reported) != "环比":
            return None
        # (下半年463件(上年同期494件),同比下降6.3%,环比下降20.6%: past the 同比 base in brackets)
        level = next(
            (
                c
                for c in self.index.before(reported)
                if self.same_clause(c, reported)
                and c.kind in ("count", "amount")
                and not (c.period == "previous" and self.in_brackets(c))
            ),
            None,
        )
        if level is None:
            level = self.listed_period(reported)
        if level is None or level.period != "current" or not _is_count(level):
            return None
        named = _named_periods(level.lead)
        if len(named) != 1:
            named = _named_periods(_local_lead(level))
        if len(named) != 1:
            return None
        before = _PERIOD_BEFORE.get(next(iter(named)))
        if before is None:
            return None
        count = self.count_of_period(level, before)
        return (level, count) if count is not None else None

    def count_of_period(self, level: Claim, period: str) -> Claim | None:
        """The one count of ``level``'s kind and unit, in its sentence or the two before, named
        by ``period`` alone (二季度受理2,915件; in a list, 、三季度372件), not of a year before."""
        pool = [
            c
            for c in self.index.before(level) + self.index.earlier_sentences(level, 2)
            if c.kind == level.kind
            and c.unit == level.unit
            and c.period == level.period
            and (
                _named_periods(c.lead) == {period}
                or (c.sentence == level.sentence and _named_periods(_local_lead(c)) == {period})
            )
            and not _YEAR_BASE.search(_local_lead(c), timeout=REGEX_TIMEOUT)
        ]
        return pool[-1] if len(pool) == 1 else None

    def listed_period(self, reported: Claim) -> Claim | None:
        """一季度268件、…、四季度313件(286件),同比分别上升…;四季度环比下降18.8%: the count of
        the period a 环比 names in a clause of its own, listed earlier in its sentence."""
        said = _named_periods(_local_lead(reported))
        if len(said) != 1:
            return None
        found = [
            c
            for c in self.index.before(reported)
            if c.kind == "count"
            and c.period == "current"
            and _named_periods(_local_lead(c)) == said
        ]
        return found[0] if len(found) == 1 else None

    def named_in_own_list(self, reported: Claim) -> tuple[Claim, Claim] | None:
        """12345热线转办工单3126件、网上信访612件、…、来访236批618人次(上年同期分别为2874件、
        655件、…、268批702人次),…,网上信访、来信、来访批次和来访人次分别下降6.5%、…: a change of
        a 分别 list that names its items is of the one count of its sentence by that name (批次 and
        人次 say the measure) over the base the extractor paired with it — not of the count at
        its position, when the changes are listed in another order or split in two lists. The
        counts may stand in one of the two sentences before the changes."""
        subject = reported.subject or ""
        if len(subject) < 2 or "分别" not in reported.lead:
            return None
        name, unit = subject, None
        for suffix, measure in (("批次", "批"), ("人次", "人次")):
            if subject.endswith(suffix) and len(subject) > len(suffix) + 1:
                name, unit = subject[: -len(suffix)], measure
        # (in its sentence, or else in the nearer of the two before: 来信52件;来访118批296人次;
        # …(去年同期依次为…)。来信、来访批次…同比分别下降14.7%、16.9%…)
        named: list[Claim] = []
        for index in (
            reported.sentence,
            *self.index.earlier_sentence_indices(reported.sentence, 2),
        ):
            named = [
                c
                for c in self.index.by_sentence.get(index, [])
                if c.norm_span[1] <= reported.norm_span[0]
                and _is_count(c)
                and _actual(c)
                and c.period == "current"
                and c.subject == name
                and (unit is None or c.unit == unit)
            ]
            if named:
                break
        if len(named) != 1:
            return None
        base = self.previous_of(named[0], reported)
        if base is None or base.paired_with != named[0].id:
            return None  # (only a base paired by position in a list of the same names)
        return named[0], base

    def lists_across(self, reported: Claim) -> tuple[Claim, Claim] | None:
        """六个县区三季度分别受理1126件、942件…。上年同期分别为1208件、903件…。同比分别下降6.8%、
        上升4.3%…: the k-th change of a 分别 list of n, in a sentence of its own, is of the k-th
        of the n counts listed in the sentence before it over the k-th of the n bases listed in
        the sentence before that — or of the two lists in the one sentence before."""
        if "分别" not in reported.lead or reported.paired_with:
            return None
        sentence = self.index.by_sentence.get(reported.sentence, [])
        changes = [c for c in sentence if c.kind == "change" and c.unit == "%" and "分别" in c.lead]
        n = len(changes)
        if n < 2 or reported not in changes or any(_tallied(c) for c in sentence):
            return None
        lists: list[list[Claim]] = []
        for other in self.index.earlier_sentence_indices(reported.sentence, 2):
            lists = self.joined_lists(other) + lists
            if len(lists) >= 2:
                break
        previous = [run for run in lists if len(run) == n and run[0].period == "previous"]
        current = [run for run in lists if len(run) == n and run[0].period == "current"]
        if len(previous) != 1 or len(current) != 1:
            return None
        bases, levels = previous[0], current[0]
        if bases[0].unit != levels[0].unit or levels[0].norm_span[0] > bases[0].norm_span[0]:
            return None
        k = changes.index(reported)
        return levels[k], bases[k]

    def joined_lists(self, sentence: int) -> list[list[Claim]]:
        """The 分别 lists of the sentence: runs of two or more actual counts of one period and
        unit joined by 、/和/及, the first with 分别 in its clause."""
        return _listed_runs(
            [
                c
                for c in self.index.by_sentence.get(sentence, [])
                if _is_count(c, c.period or "current") and _actual(c)
            ],
            self.normalized.text,
            2,
        )

    def other_base(self, reported: Claim, current: Claim, previous: Claim) -> bool:
        """Whether ``previous`` is plainly the base of another comparison than ``reported``:
        12月受理156件,环比上升8.3%(上年同期172件) (环比 against a year-ago base); 比上年(1,747件)
        下降5.4%,比2019年下降35.6% (another year named); 1—9月受理1,452件,已超过上年全年总量
        (1,386件),同比上升32.5% (a whole year against part of one); 总量1,008件次…,其中来信412件
        …同比下降15.2%,上年同期来信来访总量1,122件次 (the base of another level's subject)."""
        if not _same_comparison(reported, previous):
            return True
        if previous.period == "previous" and any(
            k.kind == "change"
            and len(k.claims) == 3
            and k.claims[1] == previous.id
            and k.claims[0] != current.id
            for k in self.checks
        ):
            # 上半年268件,比上年同期(214件)上升25.2%;下半年150件,…与上年同期基本持平: a base
            # another figure's change has taken is that figure's
            return True
        if "年" in reported.lead and _NAMED_YEAR.search(reported.lead, timeout=REGEX_TIMEOUT):
            # (分别比2022年、2023年下降…: any of the years named)
            years = _YEAR.findall(reported.lead, timeout=REGEX_TIMEOUT)
            if not any(year in previous.lead for year in years):
                return True
        if "前年" in reported.lead[-8:] and "前年" not in previous.lead:
            # 上年1,747件,前年1,902件,同比下降5.4%,比前年下降13.1%: the year before last
            return True
        if _named_periods(current.lead) and _WHOLE_YEAR_BASE.search(
            previous.lead, timeout=REGEX_TIMEOUT
        ):
            return True
        if _comparison(reported) == "环比" and previous.period == "previous":
            # 四季度313件(286件),同比分别上升…9.4%;四季度环比下降18.8%: a base a 同比 of the
            # sentence takes (in an interleaved list, its year named only at the first) is no
            # 环比's
            for other in self.index.by_sentence.get(reported.sentence, []):
                if (
                    other.kind == "change"
                    and other is not reported
                    and _comparison(other) == "同比"
                    and (pair := self.interleaved_pair(other)) is not None
                    and pair[1] is previous
                ):
                    return True
        if not (current.subject and previous.subject):
            return False
        base_core = _core(previous.subject)
        if base_core == _core(current.subject):
            return False
        return any(
            other is not current
            and other.period == "current"
            and _is_count(other)
            and other.subject
            and _core(other.subject) == base_core
            for other in self.index.by_sentence.get(current.sentence, [])
        )

    def level_operands(self, reported: Claim) -> tuple[Claim, Claim] | None:
        """调解成功率92.9%,比上年(90.1%)提高2.8%: a % change of a rate between two stated
        levels of it, both in the change's own clause (a relative change: 2.8 percentage points
        written as 2.8% is a real error, and the message shows both)."""
        clause = [
            c
            for c in self.index.by_sentence.get(reported.sentence, [])
            if self.same_clause(c, reported)
        ]
        current = next(
            (
                c
                for c in reversed(clause)
                if c.norm_span[0] < reported.norm_span[0]
                and c.unit == "%"
                and c.kind in ("rate", "share")
                and c.period == "current"
                and _actual(c)
            ),
            None,
        )
        previous = next(
            (
                c
                for c in clause
                if c.unit == "%"
                and c.kind in ("rate", "share", "other")
                and c.period == "previous"
                and (
                    c.norm_span[0] < reported.norm_span[0] or self.in_parenthesis_after(reported, c)
                )
            ),
            None,
        )
        if current is None or previous is None or current.norm_span[0] > reported.norm_span[0]:
            return None
        return current, previous

    def average_levels(self, reported: Claim) -> tuple[Claim, Claim] | None:
        """万人信访量18.0件,比上年(19.2件)下降6.3%; 平均服务费0.58元/千瓦时,比上年(0.66元/千瓦时)
        下降12.1%: a % change right after last year's value of an average in brackets, right
        after the average's own level, is the change between the two."""
        before = self.index.before(reported)
        if len(before) < 2:
            return None
        previous, current = before[0], before[1]
        text = self.normalized.text
        if (
            not _is_average(current)
            or current.period != "current"
            or previous.period != "previous"
            or previous.unit != current.unit
            # (日均3.4件,比去年同期(586件)上升6.4%: a count is the base of the total before)
            or previous.kind not in ("ratio", "amount")
            or previous.bound != "exact"
            or not self.same_clause(current, reported)
            or not _BASE_AFTER_LEVEL.fullmatch(
                text[current.norm_span[1] : previous.norm_span[0]], timeout=REGEX_TIMEOUT
            )
            or not _CHANGE_AFTER_BASE.fullmatch(
                text[previous.norm_span[1] : reported.norm_span[0]], timeout=REGEX_TIMEOUT
            )
        ):
            return None
        if current.value <= 0 or not (Decimal("0.2") <= previous.value / current.value <= 5):
            # (平均每起2.65万元,比去年同期(452.6万元)下降14.6%: the base of the total before)
            return None
        return current, previous

    def average_before(self, claim: Claim, unit: str) -> Claim | None:
        """The nearest current actual average (a ratio) in ``unit`` before ``claim`` in its
        clause: the level a change of an average compares with its base."""
        return next(
            (
                c
                for c in self.index.before(claim)
                if self.same_clause(c, claim)
                and c.kind == "ratio"
                and c.unit == unit
                and c.period == "current"
                and _actual(c)
            ),
            None,
        )

    def change_operands(self, reported: Claim) -> tuple[Claim, Claim | None, Claim | None] | None:
        index = self.index
        hint = None
        own_words = _own_words(reported.lead)
        # (a later item of a 分别 list: the measures are named before 分别)
        at = reported.lead.rfind("分别")
        item = reported.lead.count("%", at) if at >= 0 else 0
        words = reported.lead[:at] if item else own_words
        visits = _HINT_VISIT.search(words, timeout=REGEX_TIMEOUT) if "人" in words else None
        cases = (
            _HINT_CASE.search(words, timeout=REGEX_TIMEOUT)
            if "批" in words or "件" in words
            else None
        )
        if visits and cases:
            # 批次、人次同比分别下降11.8%和9.2%: the first change is of the measure named first,
            # the second of the other; the report said which, so another pair is no excuse
            order = ("visit", "case") if visits.start() < cases.start() else ("case", "visit")
            if item < 2:
                hint = order[item]
                self.prescribed.add(reported.id)
        elif visits:
            hint = "visit"
        elif cases:
            hint = "case"
        # 六个县(区)分别登记2318件、1964件…;上年同期分别为2476件、1902件…,同比分别下降6.4%、
        # 上升3.3%…: the k-th change of a list is of the k-th values of the two lists before it
        listed = [
            (a, b)
            for a, b in self.aligned_pairs(reported)
            if a.period == "current" and b.period == "previous" and family(a) == family(b)
        ]
        if len(listed) == 1 and not reported.paired_with:
            return listed[0][0], listed[0][1], None
        across = self.lists_across(reported)
        if across is not None:
            return across[0], across[1], None
        level = None if reported.paired_with else self.level_of_pair(reported)
        if level is not None:
            previous = self.previous_of(level, reported)
            if previous is not None:
                return level, previous, None
        whole = None if reported.paired_with else self.whole_after_list(reported)
        if whole is not None:
            previous = self.previous_of(whole, reported)
            if previous is not None:
                return whole, previous, None
        moved = self.listed_movement(reported)
        if moved is not None:
            return moved[0], None, moved[1]
        # 环比上升6.8%(7月为1,392件): the base in the parenthesis after the change is its own,
        # and the current value is the nearest count of that unit before the change
        own_base = self.base_by_order(reported) or next(
            (
                c
                for c in index.by_sentence.get(reported.sentence, [])
                if c.period == "previous"
                and c.kind in ("count", "amount")
                and self.in_parenthesis_after(reported, c)
            ),
            None,
        )
        if own_base is not None and (
            reported.paired_with
            or "分别" in self.normalized.text[reported.norm_span[1] : own_base.norm_span[0]]
        ):
            own_base = None  # (上年分别为430件、752批): bases paired in order, below
        if own_base is None and hint is not None and at >= 0:
            # (…分别下降10.5%、8.0%(上年301批1102人次): the parenthesis after the list's last
            # item, for the first item too)
            last = next(
                (
                    c
                    for c in reversed(index.by_sentence.get(reported.sentence, []))
                    if c.kind == "change"
                    and c.norm_span[0] >= reported.norm_span[0]
                    and "分别" in c.lead
                ),
                None,
            )
            own_base = self.hinted_base(last, hint) if last is not None else None
        if own_base is not None and hint is not None and family(own_base) != hint:
            # 批次、人次同比分别下降8.0%、10.5%(上年301批1102人次): the base of the measure
            # the change is of, in the same parenthesis
            own_base = self.hinted_base(reported, hint) or own_base
        if own_base is None:
            # 双桥镇信访量比上年同期(173件)上升23.7%: the base named in the change's own clause,
            # after any current count of it
            leading = []
            for c in index.before(reported):  # nearest first, back to a current value or change
                if not self.same_clause(c, reported) or c.kind == "change":
                    break
                if c.kind == "difference":
                    # 比上个供暖季(639件)减少84件、下降11.6%: the written base, not the
                    # difference beside it, is the change's previous value
                    continue
                if c.kind == "ratio" and c.period == "previous" and not leading:
                    # 平均售价83.5元/立方米,比上年(76.0元/立方米)上涨9.9%: an average's base is
                    # an average, the level the current one of its unit in the clause
                    level = self.average_before(c, c.unit)
                    if level is not None:
                        return level, c, None
                    break
                if c.kind in ("count", "amount"):
                    if c.period != "previous":
                        break
                    leading.append(c)
            if len(leading) == 1 and (hint is None or family(leading[0]) == hint):
                base = leading[0]
                pool = [
                    c
                    for c in index.before(base)
                    if _is_count(c) and family(c) == family(base) and self.same_clause(c, base)
                ]
                if not pool:  # 集体访23批587人次,…;人次较上年同期(702人次)少115人次,降幅为19.6%
                    pool = [
                        c for c in index.before(base) if _is_count(c) and family(c) == family(base)
                    ]
                if not pool and reported.subject:
                    # (一季度受理信访56件,其中来访21批…。与上季度…。按…计算,…。2.来访情况。来访
                    # 批次环比上季度的27批下降22.2%: the level of the same name a few sentences
                    # back, across a heading)
                    pool = [
                        c
                        for c in index.earlier_sentences(reported, 6)
                        if _is_count(c)
                        and family(c) == family(base)
                        and c.subject
                        # (化妆品的11,204件 … 化妆品类(上年9,318件)上升16.8%: 类 names the same)
                        and _core(c.subject).removesuffix("类")
                        == _core(reported.subject).removesuffix("类")
                    ]
                # (户籍类782件、出入境类426件、窗口环境和其他78件,户籍类比上年同期(956件)下降
                # 22.3%: the count of the base's own name, not the nearest)
                named = {base.subject, reported.subject} - {None, ""}
                pool = [c for c in pool if c.subject in named] + [
                    c for c in pool if c.subject not in named
                ]
                pool = self.asides_last(pool)
                return (pool[0], base, None) if pool else None
        if own_base is not None:
            # 其中城网用户平均停电时间2.86小时,同比下降8.3%(上年3.12小时): an average of the
            # base's unit in the change's own clause is the level, before any count further off
            average = self.average_before(reported, own_base.unit)
            if average is not None:
                return average, own_base, None
            pool = [
                c
                for c in index.before(reported) + index.earlier_sentences(reported, 1)
                if _is_count(c) and c.unit == own_base.unit
            ]
            if not reported.subject:
                # 共受理138件;来信9件…;同比上升7.0%(上年同期129件): a change without a subject
                # of its own speaks of the statement's total
                pool = [c for c in pool if _total_lead(c.lead)] + pool
            else:
                # 鹿鸣区、青山区…分别受理612件次、487件次…。其中鹿鸣区同比上升12.3%(上年同期
                # 545件次): the count of the place the change names, not the nearest
                pool = [c for c in pool if c.subject == reported.subject] + pool
            pool = self.asides_last(pool)
            if (
                pool
                and not self.same_clause(pool[0], reported)
                and not _SUM_WORD_CHARS.isdisjoint(own_words)
                and _SUMMED_CHANGE.search(own_words, timeout=REGEX_TIMEOUT)
            ):
                # 一季度329件,二季度402件;上半年合计同比下降7.0%(上年同期786件): the change of
                # the items before added up, which is a count stated elsewhere (物业服务731件)
                # or none that can be checked
                items = list(
                    {
                        c.id: c
                        for c in itertools.takewhile(lambda c: not _total_lead(c.lead), pool)
                        if c.sentence == pool[0].sentence
                    }.values()
                )
                stated = self.stated_sum(items[::-1], "current") if len(items) >= 2 else None
                return (stated, own_base, None) if stated is not None else None
            if pool:
                return pool[0], own_base, None
        if reported.paired_with and reported.paired_with in index.by_id:
            candidates = [index.by_id[reported.paired_with]]
        else:
            # 来信、来访分别下降4.1%、7.8%: the count of the same subject first (it may stand in
            # the sentence before), then any count before the change in its sentence
            # 来访78批312人次(上年同期80批300人次),人次同比上升4.0%。…其中来信下降12.5%、来访
            # 上升3.1%: a count of an earlier sentence whose own change that sentence already
            # states is not the level of another change of the same name (another unit's)
            same_subject = [
                c
                for c in index.before(reported)
                + index.earlier_sentences(reported, 1)
                + self.across_heading(reported)
                if _is_count(c)
                and reported.subject
                and c.subject == reported.subject
                and (hint is None or family(c) == hint)
            ]
            if any(c.sentence != reported.sentence for c in same_subject):
                # (the checks made so far are looked at only when a count of another sentence
                # is a candidate: most changes have none)
                moved_before = {
                    k.claims[0]
                    for k in self.checks
                    if k.kind == "change" and len(k.claims) > 1 and k.sentence != reported.sentence
                }
                same_subject = [
                    c
                    for c in same_subject
                    if c.sentence == reported.sentence or c.id not in moved_before
                ]
            nearby = [
                c
                for c in index.before(reported)
                if _is_count(c) and (hint is None or family(c) == hint) and c not in same_subject
            ]
            # 信访总量同比下降8.2%,为1130件(上年同期1231件): the level may follow the change
            after = [
                c
                for c in index.by_sentence.get(reported.sentence, [])
                if c.norm_span[0] > reported.norm_span[0]
                and _is_count(c)
                and (hint is None or family(c) == hint)
                and self.same_clause(c, reported)
                and _LEVEL_LEAD.match(c.lead, timeout=REGEX_TIMEOUT)
            ]
            if any(self.same_clause(c, reported) for c in (*same_subject[:1], *nearby)):
                # …,上升6.8%(上年同期1204件);来信165件,同比下降6.3%: the change of a clause
                # that has a count of its own is not of another clause's count
                nearby = [c for c in nearby if self.same_clause(c, reported)]
            candidates = same_subject + nearby + after[:2]
            # 受理486件次(二季度462件次,…),同比下降8.3%; 化解率90%(共排查积案40件),化解数量
            # 同比增长20%: a count in a bracket is an aside, the level only when nothing else is
            candidates = self.asides_last(candidates)
        # 9月份受理215件。8月份受理192件。9月份环比上升12.0%: a change that names its period
        # is not of a count of another named period (no level is better than a wrong one)
        named = _named_periods(reported.lead)
        if len(named) > 1 and at >= 0:
            # (一季度、二季度同比分别下降7.6%、9.9%: the k-th change is of the k-th period named)
            ordered = _periods_in_order(reported.lead[:at])
            if len(ordered) > 1 and item < len(ordered):
                named = {ordered[item]}
        if named:
            # (二季度1,752件,二季度环比下降9.3%、同比上升4.6%: the count of the period named,
            # when there is one, not a total of no period before it)
            candidates = [c for c in candidates if named & _named_periods(c.lead)] or [
                c for c in candidates if not _named_periods(c.lead)
            ]
        member = self.list_position(reported)
        misaligned = False
        for current in candidates:
            previous = self.previous_of(current, reported)
            if previous is not None and member is not None and "分别" in previous.lead:
                # 上年同期四项分别为3852件、1227批、111批和607件,…四项同比分别下降5.2%、8.4%…:
                # the k-th change is of the k-th base, not of another item's
                bases = [
                    c
                    for c in index.by_sentence.get(previous.sentence, [])
                    if c.kind == previous.kind and c.period == previous.period and "分别" in c.lead
                ]
                if len(bases) == member[1] and bases.index(previous) != member[0]:
                    misaligned = True
                    continue
            if previous is not None:
                return current, previous, None
            difference = next(
                (
                    d
                    for d in index.before(reported)
                    if d.kind == "difference"
                    and family(d) == family(current)
                    and d.norm_span[0] > current.norm_span[0]
                    # (…;白马镇198件,比上年增加8件,增长4.2%;东岗镇176件,与上年基本持平: the
                    # difference of another clause of the chain is another place's)
                    and self.same_clause(d, reported)
                ),
                None,
            )
            if difference is not None:
                said = own_words + _own_words(difference.lead)
                if "全类" in said or "全部" in said:
                    # 民办学校和幼儿园498件、公办学校代收费364件,全类比上年减少184件,下降17.6%:
                    # the change of all the items listed, whose total was stated before
                    listed = [
                        c
                        for c in reversed(index.before(difference))
                        if _is_count(c)
                        and c.unit == current.unit
                        and c.period == "current"
                        and self.same_clause(c, reported)
                    ]
                    stated = self.stated_sum_of(listed) if len(listed) >= 2 else None
                    return (stated, None, difference) if stated is not None else None
                return current, None, difference
        if candidates and not misaligned:
            return candidates[0], None, None
        return None  # (the k-th of a list whose own level is not found: no other item's)

    def level_of_pair(self, reported: Claim) -> Claim | None:
        """越级访42批186人次,同比下降22.2%和18.8%: a run of n changes right after n counts written
        together in different units (批 and 人次) moves the k-th of them."""
        _, places = self.cached_runs(reported.sentence)
        run, k = places.get(reported.id, ([reported], 0))
        if len(run) < 2 or any(c.kind != "change" or c.unit != "%" for c in run):
            return None
        own = _own_words(run[0].lead)
        if "人次" in own and "批" in own and own.index("人次") < own.index("批"):
            return None  # (人次、批次分别…: the named order is not the written order)
        counts = [
            c
            for c in self.index.by_sentence.get(reported.sentence, [])
            if c.norm_span[0] < run[0].norm_span[0] and c.kind in ("count", "amount")
        ]
        levels = counts[-len(run) :]
        text = self.normalized.text
        if (
            len(levels) != len(run)
            or any(c.period != "current" or not self.same_clause(c, run[0]) for c in levels)
            or len({family(c) for c in levels}) != len(levels)
            or any(text[a.norm_span[1] : b.norm_span[0]] for a, b in itertools.pairwise(levels))
        ):
            return None
        return levels[k]

    def listed_movement(self, reported: Claim) -> tuple[Claim, Claim] | None:
        """城关镇、河口镇分别为312件、241件,分别较上年同期增加24件、减少14件,增长8.3%、下降
        5.5%: the k-th change of a list is of the k-th level and the k-th difference of the lists
        of as many before it."""
        runs, places = self.cached_runs(reported.sentence)
        own, k = places.get(reported.id, ([reported], 0))
        if len(own) < 2:
            return None
        before = [run for run in runs if run[-1].norm_span[0] < own[0].norm_span[0]]
        if len(before) < 2 or len(before[-1]) != len(own):
            return None
        moves, levels = before[-1], before[-2]
        if (
            moves[0].kind != "difference"
            or len(levels) != len(own)
            or levels[0].kind not in ("count", "amount")
            or levels[0].period != "current"
            or family(levels[0]) != family(moves[0])
        ):
            return None
        return levels[k], moves[k]

    def base_by_order(self, reported: Claim) -> Claim | None:
        """分别比2022年、2023年下降18.6%和12.5%(2022年1,622件,2023年1,508件): a run of changes
        followed by a parenthesis holding as many bases pairs them in order."""
        sentence = self.index.by_sentence.get(reported.sentence, [])
        at = sentence.index(reported)
        first = last = at
        while first > 0 and sentence[first - 1].kind == "change":
            first -= 1
        while last + 1 < len(sentence) and sentence[last + 1].kind == "change":
            last += 1
        run = [c for c in sentence[first : last + 1] if c.unit == reported.unit]
        if len(run) < 2:
            return None
        bases = [
            c
            for c in sentence[last + 1 :]
            if c.period == "previous"
            and c.kind in ("count", "amount")
            and self.in_parenthesis_after(sentence[last], c, reach=48)
        ]
        if len(bases) != len(run) or len({family(b) for b in bases}) != 1:
            return None
        return bases[run.index(reported)]

    def across_heading(self, reported: Claim) -> list[Claim]:
        """8月分别受理…;7月分别为…。2. 环比。东城区、西城区…环比分别下降…: the figures of the
        sentence before a figure-less one (a heading) right before ``reported``'s."""
        before = reported.sentence - 1
        if before < 1 or before in self.index.by_sentence:
            return []
        if self.index.part_of and self.index.part_of[before - 1] != self.index.part_of[before]:
            return []
        return list(reversed(self.index.by_sentence.get(before - 1, [])))

    def previous_of(self, current: Claim, limit: Claim) -> Claim | None:
        """The previous-period value of the same unit family for ``current``: in its sentence
        (before ``limit``), else in the sentence before."""
        sentence = self.index.by_sentence.get(current.sentence, [])
        # 分别受理312件、250件…(上年同期分别为298件、260件…): the base the extractor paired
        # with the current value by position
        paired = next(
            (
                c
                for c in sentence
                if c.paired_with == current.id
                and c.period == "previous"
                and c.kind == current.kind
                and family(c) == family(current)
                and _same_comparison(limit, c)
            ),
            None,
        )
        if paired is not None:
            return paired
        others = [c for c in sentence if c.kind == "change" and c is not limit]
        named = _named_periods(current.lead)
        same = [
            c
            for c in sentence
            if c.period == "previous"
            and c.kind == current.kind
            and family(c) == family(current)
            # 环比下降3.2%,同比上升5.1%(去年同期1,096件): the base of another change is its own
            and not any(
                self.in_parenthesis_after(o, c)
                and (
                    _comparison(o) != _comparison(limit)
                    # 受理312件,同比上升8.3%,其中来访96批,同比下降4.0%(上年100批): a later
                    # change with a level of its own after this one has its own base
                    or self.level_between(limit, o)
                    # 受理1,862件次,同比下降9.2%(上年为2,051件次),其中来访983批,同比下降
                    # 11.4%: the base bracketed after a change that precedes this level is
                    # an earlier level's
                    or (o.sentence == current.sentence and o.norm_span[1] <= current.norm_span[0])
                )
                for o in others
            )
            and _same_comparison(limit, c)
            # 二季度138件,同比上升4.5%,…比上年三季度(141件)上升16.3%: a base of another named
            # period is not this level's
            and not (named and (other := _base_periods(c)) and named.isdisjoint(other))
            # 城关镇来访120批(上年108批),白马镇来访96批: the base bracketed right after
            # another level is that level's own
            and not any(
                o is not current
                and o.period == "current"
                and family(o) == family(current)
                and self.in_parenthesis_after(o, c)
                for o in sentence
            )
        ]
        if current.subject:
            related = [c for c in same if c.subject and _core(c.subject) == _core(current.subject)]
            # across a ';' (赴市越级访3批,较去年同期的5批…;重复访14批,…) only the same subject
            # (a base without a subject in the reported figure's own clause is its base:
            # 重点信访人员27人;较上季度(31人)减少3人)
            same = related or [
                c
                for c in same
                if self.same_clause(c, current) or (not c.subject and self.same_clause(c, limit))
            ]
        if same:
            # 环比上升6.8%(7月为1,392件),同比下降4.5%(去年同期1,556件): a base in the
            # parenthesis right after the change is its own
            own = next((c for c in same if self.in_parenthesis_after(limit, c)), None)
            if own is not None:
                return own
            # 分别受理312件、…、176件(上年同期分别为298件、…、177件): the base at the current
            # value's place in a run of as many bases
            _, places = self.cached_runs(current.sentence)
            run, k = places.get(current.id, ([current], 0))
            if len(run) >= 2:
                same_ids = {c.id for c in same}  # (`in same` would compare every field)
                bases = next(
                    (
                        other
                        for other, _ in (places.get(c.id, ([c], 0)) for c in same)
                        if len(other) == len(run) and all(c.id in same_ids for c in other)
                    ),
                    None,
                )
                if bases is not None:
                    return bases[k]
            # the nearest base before the change, else the nearest after it (…(上年为405件))
            before_limit = [c for c in same if c.norm_span[0] < limit.norm_span[0]]
            pool = before_limit or same
            return min(pool, key=lambda c: abs(c.norm_span[0] - current.norm_span[0]))
        if limit.sentence != current.sentence:
            by_order = self.previous_by_order(current, limit)
            if by_order is not None:
                return by_order
        if current.subject:
            # 网上信访1065件 … (上年分别为…951件) … 比上年增加114件: the base may follow the
            # current value by a sentence or two; only the same subject counts
            for index in range(current.sentence + 1, limit.sentence + 1):
                for c in self.index.by_sentence.get(index, []):
                    if (
                        c.period == "previous"
                        and c.kind == current.kind
                        and family(c) == family(current)
                        and c.subject
                        and _core(c.subject) == _core(current.subject)
                    ):
                        return c
        if not current.subject:
            # 上年同期受理1231件。今年共受理1130件: without a subject, only an unambiguous base
            bases = [
                c
                for c in self.index.earlier_sentences(current, 1)
                if c.period == "previous"
                and c.kind == current.kind
                and family(c) == family(current)
            ]
            if len(bases) == 1:
                return bases[0]
        for c in self.index.earlier_sentences(current, 1):
            # across sentences only the same subject counts (来信 is not 来信来访)
            if (
                c.period == "previous"
                and _same_comparison(limit, c)
                and c.kind == current.kind
                and family(c) == family(current)
                and current.subject
                and c.subject
                and _core(current.subject) == _core(c.subject)
                # 来访(上年同期486批)今年为452批。来访312批,比上年同期增加44批: a base beside
                # a level of its own subject in its sentence is that level's
                and not any(
                    o.period == "current"
                    and _is_count(o)
                    and family(o) == family(c)
                    and o.subject
                    and _core(o.subject) == _core(c.subject)
                    for o in self.index.by_sentence.get(c.sentence, [])
                )
            ):
                return c
        return self.base_in_next_sentence(current, limit)

    def base_in_next_sentence(self, current: Claim, limit: Claim) -> Claim | None:
        """…同比批次下降12.3%、人次下降9.8%。去年同期为212批691人次。: a sentence that opens with
        the previous period's figures right after the change gives its base — only when it
        holds exactly one value of the current figure's unit family and no current counts."""
        following = self.index.by_sentence.get(limit.sentence + 1, [])
        counts = [c for c in following if c.kind in ("count", "amount")]
        if not counts or counts[0].period != "previous":
            return None
        if any(c.period != "previous" for c in counts):
            return None
        bases = [c for c in counts if c.kind == current.kind and family(c) == family(current)]
        if len(bases) != 1:
            return None
        base = bases[0]
        if current.subject and base.subject and _core(base.subject) != _core(current.subject):
            return None
        return base

    def level_between(self, first: Claim, later: Claim) -> bool:
        """Whether a current count stands between ``first`` and a ``later`` figure of the same
        sentence."""
        return any(
            first.norm_span[1] <= c.norm_span[0] < later.norm_span[0]
            and _is_count(c)
            and c.period == "current"
            for c in self.index.by_sentence.get(first.sentence, [])
        )

    def asides_last(self, levels: list[Claim]) -> list[Claim]:
        """``levels`` with the counts standing in brackets moved to the end (a level's own
        bracket after its own base, 环比上升6.8%(7月为1,392件), never holds the level)."""
        asides = [c for c in levels if self.in_brackets(c)]
        if not asides or len(asides) == len(levels):
            return levels
        return [c for c in levels if c not in asides] + asides

    def in_brackets(self, claim: Claim) -> bool:
        """Whether ``claim`` stands inside a parenthesis of its sentence."""
        head = self.head_of(claim)
        return "(" in head and head.count("(") > head.count(")")

    def in_parenthesis_after(self, reported: Claim, other: Claim, reach: int = 16) -> bool:
        """Whether ``other`` stands inside a parenthesis opened right after ``reported``."""
        gap = self.normalized.text[reported.norm_span[1] : other.norm_span[0]]
        return gap.startswith("(") and ")" not in gap and len(gap) <= reach

    def previous_by_order(self, current: Claim, reported: Claim) -> Claim | None:
        """来信、来访分别下降4.1%、7.8%(上年分别为430件、752批): the i-th change pairs with the
        i-th previous value written in the same sentence."""
        sentence = self.index.by_sentence.get(reported.sentence, [])
        changes = [c for c in sentence if c.kind == "change" and c.unit == reported.unit]
        previous = [
            c
            for c in sentence
            if c.period == "previous"
            and c.kind in ("count", "amount")
            and not _follows(c, sentence)
        ]
        if len(changes) != len(previous) or reported not in changes:
            return None
        candidate = previous[changes.index(reported)]
        return candidate if family(candidate) == family(current) else None

    def annual_change(self, reported: Claim) -> None:
        """2022年、2023年、2024年分别受理186件、214件和247件,年均增长15.2%: an average yearly
        change is compounded over the years between the first and the last level its sentence
        dates — (247/186)^(1/2)−1 — never the change from the year before. The levels are the
        counts before it in its sentence, each dated by a year written just before it
        (2022年的186件) or paired in order with the years written before them all; without
        them it is unverifiable."""
        dated = self.dated_levels(reported)
        if dated is None or reported.direction not in ("up", "down"):
            self.unverifiable("change", reported)
            return
        (first_year, start), (last_year, end) = dated[0], dated[-1]
        years = last_year - first_year
        s, e = operand(start), operand(end)
        if years <= 0 or s is None or e is None or s[0] <= 0 or e[0] <= 0:
            self.unverifiable("change", reported)
            return
        root = Decimal(1) / years
        low = ((e[0] / s[1]) ** root - 1) * HUNDRED
        high = ((e[1] / s[0]) ** root - 1) * HUNDRED
        computed = ((end.value / start.value) ** root - 1) * HUNDRED
        sign = 1 if reported.direction == "up" else -1
        low, high = sorted((low * sign, high * sign))
        fits = high > 0 and accepts(reported, max(low, ZERO), high, self.options.tolerance)
        verdict = "consistent" if fits else "inconsistent"
        messages = _both(
            "annual_change",
            first=first_year,
            start=_written(start),
            last=last_year,
            end=_written(end),
            years=years,
            computed=_fmt(computed),
            direction=reported.direction,
            reported=_written(reported),
            verdict=verdict,
        )
        self.add("change", verdict, reported, [start, end], computed, messages)

    def dated_levels(self, reported: Claim) -> list[tuple[int, Claim]] | None:
        """The counts before ``reported`` in its sentence with their years, in order, when
        each is dated (see :meth:`annual_change`) and they are of one family and unit."""
        start = self.normalized_start(reported.sentence)
        text = self.normalized.text
        counts = [
            c
            for c in self.index.before(reported)
            if c.sentence == reported.sentence and _is_count(c) and _actual(c)
        ][::-1]
        if len(counts) < 2 or len({(family(c), c.unit) for c in counts}) != 1:
            return None
        # the years written before each count (since the count before it)
        edges = [start, *(c.norm_span[1] for c in counts[:-1])]
        own = [
            [int(y) for y in YEAR.findall(text[a : c.norm_span[0]], timeout=REGEX_TIMEOUT)]
            for a, c in zip(edges, counts, strict=True)
        ]
        if all(len(years) == 1 for years in own):
            dated = [(years[0], c) for years, c in zip(own, counts, strict=True)]
        elif len(own[0]) == len(counts) and not any(own[1:]):
            dated = list(zip(own[0], counts, strict=True))
        else:
            return None
        if any(b[0] <= a[0] for a, b in itertools.pairwise(dated)):
            return None
        return dated

    def change_pp(self, reported: Claim) -> None:
        def levels(claims: list[Claim]) -> list[Claim]:
            return [
                c
                for c in claims
                if c.unit in ("%", "‰") and c.kind in ("rate", "share", "other") and _actual(c)
            ]

        before = levels(self.index.before(reported))
        after = levels(
            [
                c
                for c in self.index.by_sentence.get(reported.sentence, [])
                if c.norm_span[0] > reported.norm_span[0]
            ]
        )
        listed = self.listed_points(reported, before, after)
        if listed is not None:
            self.level_difference(reported, *listed, points=True, gap=False)
            return
        currents = [c for c in before if c.period == "current"]
        current = currents[0] if currents else None
        if (
            current is not None
            and reported.subject
            and current.subject != reported.subject
            and current.paired_with is None
            and self.list_position(current) is not None
        ):
            # 及时受理率、按期办结率、参评率分别为100%、98.4%、81.7%,按期办结率比上年同期(97.1%)
            # 提高1.3个百分点: the item of the list the change names, not the last one
            current = next((c for c in currents if c.subject == reported.subject), current)
        # the base may be given after the change: 提高5.1个百分点(上年为63.2%)
        # (…较上年的94.1%提高2.7个百分点,满意率为91.5%,比上年下降0.7个百分点(上年92.2%): the
        # base in a parenthesis right after the change is its own, not an earlier change's)
        previous = next(
            (
                c
                for c in after
                if c.period == "previous" and self.in_parenthesis_after(reported, c, reach=8)
            ),
            None,
        ) or next((c for c in before + after if c.period == "previous"), None)
        gap = False
        if previous is None:
            # 完成控制数的87.7%,比时间进度(83.3%)快4.4个百分点: the level it is compared with
            # (a progress level too)
            def compared_level(c: Claim) -> bool:
                return (
                    c.unit == "%"
                    and c.kind in ("rate", "share", "progress", "other")
                    and _actual(c)
                )

            compared = [
                c
                for c in self.index.before(reported)
                if compared_level(c)
                and self.same_clause(c, reported)
                and _COMPARAND.search(c.lead, timeout=REGEX_TIMEOUT)
            ]
            if compared:
                previous, gap = compared[0], True
                current = next(
                    (
                        c
                        for c in self.index.before(previous)
                        if compared_level(c) and c.period == "current"
                    ),
                    None,
                )
        if current is None and previous is not None and self.same_clause(previous, reported):
            # 网上信访比重比上年(58.9%)提高4.4个百分点, its share of this year in an earlier
            # sentence: 网上信访7,904件,占63.3%
            core = _LEVEL_NOUN_END.sub("", reported.subject or "", timeout=REGEX_TIMEOUT)
            current = next(
                (
                    c
                    for c in self.index.earlier_sentences(reported, 3)
                    if c.unit == "%"
                    and c.kind == previous.kind
                    and c.period == "current"
                    and _actual(c)
                    and len(core) >= 2
                    and c.subject == core
                    and self.named_level(c, core)
                ),
                None,
            )
        if current is None or previous is None or reported.direction is None:
            return
        self.level_difference(reported, current, previous, points=True, gap=gap)

    def listed_points(
        self, reported: Claim, before: list[Claim], after: list[Claim]
    ) -> tuple[Claim, Claim] | None:
        """解决率88.6%、满意率92.4%,分别较上年提高1.3个百分点和1.6个百分点(上年分别为87.3%、
        90.8%): the k-th change of a 分别 list of n changes in points is the k-th of the n
        levels listed just before it, over the k-th of the n previous levels listed after it.
        None unless the sentence lists them so."""
        if "分别" not in reported.lead or reported.direction is None:
            return None
        members = [
            c
            for c in self.index.by_sentence.get(reported.sentence, [])
            if c.kind == "change"
            and c.unit == "pp"
            and "分别" in c.lead
            and (c.lead.startswith(reported.lead) or reported.lead.startswith(c.lead))
        ]
        n = len(members)
        if n < 2 or reported not in members:
            return None
        first, last = members[0], members[-1]
        currents = [
            c
            for c in reversed(before)
            if c.period == "current" and c.norm_span[0] < first.norm_span[0]
        ]
        previous = [
            c for c in after if c.period == "previous" and c.norm_span[0] > last.norm_span[0]
        ]
        if len(currents) < n or len(previous) != n or "分别" not in previous[0].lead:
            return None
        k = members.index(reported)
        return currents[-n:][k], previous[k]

    def named_level(self, level: Claim, core: str) -> bool:
        """The level's own words or the count it follows in its clause name ``core``."""
        if core in _own_words(level.lead):
            return True
        count = next((c for c in self.index.before(level) if c.unit not in _PERCENTISH), None)
        return bool(
            count is not None and self.same_clause(count, level) and core in _own_words(count.lead)
        )

    def difference(self, reported: Claim) -> None:
        if reported.direction not in ("up", "down") or not _actual(reported):
            return
        before = self.index.before(reported)
        if reported.lead.endswith(_NET_WORDS) and self.net_change(reported, before):
            return
        compared = self.compared_levels(reported, before)
        if compared is not None and operand(reported) is not None:
            # 万人信访量43.7件,比全县平均水平(38.2件)高出5.5件: the gap between two levels
            # (比上年(120件)增加12件: a movement from the previous level, not a gap)
            gap = compared[1].period != "previous"
            self.level_difference(reported, *compared, points=False, gap=gap)
            return
        # 万人信访量18.0件,较上年的19.2件下降1.2件: the base stated just before the difference,
        # and the figure just before that base — an average if it is one, not the total count
        base = next(
            (
                c
                for c in before
                if c.period == "previous"
                and c.unit == reported.unit
                and self.same_clause(c, reported)
            ),
            None,
        )
        level = None
        if base is not None and operand(reported) is not None:
            # the nearest level before the difference, when it stands before the base
            # (城关镇来访120批(上年108批),白马镇来访96批,增加15批: a level between the base and
            # the difference is the one that moved, and the base is another's)
            levels = [
                c
                for c in before
                if c.period == "current"
                and c.unit == reported.unit
                and c.kind in ("count", "amount", "ratio", "other")
                and _actual(c)
                and self.same_clause(c, reported)
            ]
            # (受损面积1.86万亩,户均15.0亩,受损面积比上年(2.12万亩)减少0.26万亩: a total moves
            # against a total base, past an average between them, when the clause has one)
            level = next(
                (c for c in levels if (c.kind == "ratio") == (base.kind == "ratio")),
                levels[0] if levels else None,
            )
            if level is not None and level.norm_span[0] < base.norm_span[0]:
                self.level_difference(reported, level, base, points=False)
                return
        window = before + self.index.earlier_sentences(reported, 2)
        same_family = [c for c in window if _is_count(c) and family(c) == family(reported)]
        # (来访批次较上月增加12批: the count of 来访, whose 批次 the subject names)
        named = _UNIT_NOUN_END.sub("", reported.subject or "", timeout=REGEX_TIMEOUT)
        current = next(
            (
                c
                for c in same_family
                if reported.subject and c.subject in (reported.subject, named) and _actual(c)
            ),
            same_family[0]
            if same_family and same_family[0].sentence == reported.sentence
            else None,
        )
        by_head = False
        if current is None and base is not None and reported.subject:
            # 来访96批287人次。来访批均3.0人次,批次比上年(108批)减少22批: the base in the
            # difference's clause, the level a sentence back, named by the subject's head
            current = next(
                (
                    c
                    for c in same_family
                    if c.subject
                    and c.period == "current"
                    and reported.subject.startswith(c.subject)
                    and _actual(c)
                ),
                None,
            )
            by_head = current is not None
        if current is None:
            return
        # 集体访14批…。集体访批次较上季度(19批)减少5批,较去年同期(11批)增加3批: the base in
        # the difference's own clause, not the first one of the sentence (unless a level
        # stands between them: then the base is that other level's), for the count of the
        # subject the difference names (停车管理类606件…;物业交接类比上年同期(352件)减少35件
        # names none of 606)
        named_level = by_head or (
            bool(reported.subject) and current.subject in (reported.subject, named)
        )
        own = base if level is None and named_level else None
        if own is None:
            # 三季度受理3,241件,比二季度增加362件: a difference from another period it names is
            # over that period's own count, not over a base bracketed for a 同比
            said = _named_periods(_local_lead(reported))
            levels = _named_periods(current.lead) if current.period == "current" else set()
            if len(said) == 1 and len(levels) == 1 and said != levels:
                own = self.count_of_period(current, next(iter(said)))
        previous = own or self.previous_of(current, reported)
        if previous is None:
            return  # the difference defines the previous value; nothing to compare
        if operand(reported) is None:
            return
        self.level_difference(reported, current, previous, points=False)

    def compared_levels(self, reported: Claim, before: list[Claim]) -> tuple[Claim, Claim] | None:
        """(level, comparand) for a gap stated right after the bracketed level it is measured
        from (比全县平均水平(38.2件)高出5.5件, 低于全县平均(12.6件)1.1件): the comparand is that
        bracketed figure, the level the figure of the same unit before it in the sentence."""
        if len(before) < 2 or before[0].unit != reported.unit:
            return None
        comparand, start = before[0], self.normalized_start(reported.sentence)
        text = self.index.sentence_text(reported.sentence)
        between = text[comparand.norm_span[1] - start : reported.norm_span[0] - start]
        if not between.startswith(")") or len(between) > 3:
            return None
        # (…(上年同期702件);物业交接类比上年同期(352件)减少35件: another clause's base is
        # no level; this difference states no level of its own)
        levels = [
            c
            for c in before[1:]
            if c.unit == reported.unit
            and c.kind == comparand.kind
            and c.period != "previous"
            and self.same_clause(c, reported)
        ]
        opening = max(text.rfind(mark, 0, comparand.norm_span[0] - start) for mark in ",;。")
        compared = text[opening + 1 : comparand.norm_span[0] - start]
        named = _COMPARED_LEVEL.match(compared, timeout=REGEX_TIMEOUT)
        if levels and named is not None and levels[0].norm_span[1] <= start + opening:
            # (全年新增确认成员5,186人,…,年末成员比年初(28.31万人)净增3,293人: the clause
            # names its own level, 年末成员, and states no figure for it)
            return None
        if len(levels) >= 2 and _joined_item(levels[0]) and self.after_subtotal(levels[0]):
            # 集体访4批126人次,其中到县3批、到市1批,比9月(6批)减少2批: after a 、-list of the
            # parts, the comparison is of the whole they were listed from
            whole = next((c for c in levels[1:] if not self.after_subtotal(c)), None)
            if whole is not None:
                return whole, comparand
        return (levels[0], comparand) if levels else None

    def net_change(self, reported: Claim, before: list[Claim]) -> bool:
        """全年新增确认成员5,186人,因死亡、户口迁出等减少1,893人,年末成员比年初净增3,293人: a net
        change is what came in less what went out, the nearest of each before it in its
        sentence, of its unit. Returns whether a check was made."""
        inflow = next(
            (
                c
                for c in before
                if c.unit == reported.unit
                and c.kind == "count"
                and _INFLOW.search(_local_lead(c), timeout=REGEX_TIMEOUT)
            ),
            None,
        )
        outflow = next(
            (
                c
                for c in before
                if c.unit == reported.unit
                and c.kind in ("count", "difference")
                and c.direction != "up"
                and _OUTFLOW.search(_local_lead(c), timeout=REGEX_TIMEOUT)
            ),
            None,
        )
        if inflow is None or outflow is None or not _actual(inflow) or not _actual(outflow):
            return False
        a, b, r = operand(inflow), operand(outflow), operand(reported)
        if a is None or b is None or r is None:
            return False
        low, high = a[0] - b[1], a[1] - b[0]
        direction = "up" if low > 0 else "down" if high < 0 else "flat"
        size = (max(ZERO, min(abs(low), abs(high))), max(abs(low), abs(high)))
        fits = accepts(reported, *size, self.options.tolerance) and direction in (
            reported.direction,
            "flat",
        )
        verdict = "consistent" if fits else "inconsistent"
        computed = inflow.value - outflow.value
        messages = _difference_messages(reported, inflow, outflow, verdict, points=False)
        self.add("difference", verdict, reported, [inflow, outflow], computed, messages)
        return True

    def level_difference(
        self, reported: Claim, current: Claim, previous: Claim, *, points: bool, gap: bool = False
    ) -> None:
        """``reported`` states current − previous: in percentage points between two rates
        (提高5.1个百分点) or in items (增加88件). Size and direction are both checked."""
        c, p = operand(current), operand(previous)
        if c is None or p is None:
            return
        low, high, _ = _moved(c, p, "difference")
        actual, magnitude = _direction_and_magnitude(low, high)
        fits = accepts(reported, *magnitude, self.options.tolerance)
        direction_ok = reported.direction == actual or actual == "flat"
        verdict = "consistent" if fits and direction_ok else "inconsistent"
        computed = current.value - previous.value
        messages = _difference_messages(
            reported, current, previous, verdict, points=points, gap=gap
        )
        self.add(
            "difference",
            verdict,
            reported,
            [current, previous],
            computed,
            messages,
            "normal" if direction_ok else "direction",
        )

    def granularity_change(self, reported: Claim, current: Claim) -> None:
        """A change with a known current count must imply a whole previous count."""
        if current.kind != "count" or current.decimals or current.scale != 1:
            self.unverifiable("change", reported)
            return
        if reported.bound != "exact" or reported.direction not in ("up", "down"):
            self.unverifiable("change", reported)
            return
        unit = Decimal(1).scaleb(-reported.decimals) * reported.scale
        r_low = abs(reported.value) - unit / 2
        r_high = abs(reported.value) + unit
        sign = 1 if reported.direction == "up" else -1
        factors = sorted((1 + sign * r_low / HUNDRED, 1 + sign * r_high / HUNDRED))
        if factors[0] <= 0:
            self.unverifiable("change", reported)
            return
        low = current.value / factors[1]
        high = current.value / factors[0]
        if high - low >= 1:
            self.unverifiable("change", reported)  # not decisive: some integer always fits
            return
        integer = low.to_integral_value(rounding=ROUND_DOWN) + (0 if low == int(low) else 1)
        fits = integer <= high
        verdict = "consistent" if fits else "inconsistent"
        messages = _with_outcome(
            "granularity_change",
            fits,
            current=_written(current),
            direction=reported.direction,
            reported=_written(reported),
            low=_fmt(low),
            high=_fmt(high),
        )
        self.add("granularity", verdict, reported, [current], None, messages)

    # -- rates, shares, sums ----------------------------------------------------------------

    def opened_whole(self, numerator: Claim) -> Claim | None:
        """The whole a rate's numerator is counted within when its clause opens with it: the
        count inside the opener (已办结的4,212件中,…属实的1,246件), else the nearest count
        before, of its kind, whose own words hold the opener's act (办结的投诉中 → 全年办结472件;
        限期整改的问题中 → 需…限期整改的168个; 已化解的事项中 → 已化解352件)."""
        head = self.head_of(numerator)
        if "的" not in head or "中" not in head:
            return None
        openers = list(_OPENED_WHOLE.finditer(head, timeout=REGEX_TIMEOUT))
        found = openers[-1] if openers else None
        if found is None or any(mark in head[found.end() :] for mark in ";。"):
            return None
        start = self.normalized_start(numerator.sentence)
        if any(
            _is_count(c) and family(c) == family(numerator) and c.value > numerator.value
            for c in self.index.before(numerator)
            if c.norm_span[0] >= start + found.end()
        ):
            # (受理的486件中,到期应办结471件,已办结462件; …事项中,参与评价352件,满意316件: a
            # whole of the clause's own is nearer)
            return None
        inside = [
            c
            for c in self.index.by_sentence.get(numerator.sentence, [])
            if start + found.start("noun") <= c.norm_span[0] < start + found.end("noun")
        ]
        if inside:
            whole = inside[-1]
            fits = _is_count(whole) and family(whole) == family(numerator)
            return whole if fits and whole.value > numerator.value else None
        act = _OPENED_NOUN_NOISE.sub("", found.group("noun"), timeout=REGEX_TIMEOUT)
        if len(act) < 2 or not act.isalpha():
            return None
        pool = [
            c for c in self.index.before(numerator) if c.norm_span[1] <= start + found.start()
        ] + self.index.earlier_sentences(numerator, 2)
        return next(
            (
                c
                for c in pool
                if _is_count(c)
                and family(c) == family(numerator)
                and c.unit == numerator.unit
                and c.value > numerator.value
                and _names_act(_local_lead(c), act)
            ),
            None,
        )

    def summed_numerator(self, numerator: Claim, reported: Claim) -> Claim | None:
        """The count between ``numerator`` and the rate, the last before the rate, that sums
        the numerator with its siblings (合计1,513户), if any."""
        between = [
            c
            for c in self.index.by_sentence.get(reported.sentence, [])
            if numerator.norm_span[1] <= c.norm_span[0] < reported.norm_span[0]
        ]
        last = between[-1] if between else None
        if (
            last is not None
            and _is_count(last)
            and last.unit == numerator.unit
            and last.value > numerator.value
            and _SUMMING_LEAD.search(_local_lead(last), timeout=REGEX_TIMEOUT)
        ):
            return last
        return None

    def rate(self, reported: Claim) -> None:
        if _actual(reported) and reported.unit == "‰":
            # 信访率0.3‰, 万人信访率: a count over the population, checked like a per-capita ratio
            self.per_population(reported, "千人")
            return
        if not _actual(reported) or reported.unit != "%":
            return
        # (a bound — 办结率达98%以上 — is checked too: the computed rate must meet it)
        name = reported.subject or ""
        act = _rate_act(name)
        verbs = next(
            (pattern for suffix, pattern in _rate_numerators() if name.endswith(suffix)), None
        )
        if verbs is None and len(name) >= 2:
            verbs = _literal_pattern(act)  # 存储率 → 存储
        aligned = next(
            (
                (a, b)
                for a, b in self.aligned_pairs(reported)
                if family(a) == family(b) and a.value <= b.value
            ),
            None,
        )
        if aligned is not None:
            # 分别排查612起、498起,已化解576起、461起,化解率分别为94.1%、92.6%
            numerator, whole = aligned
            d = operand(whole)
            if d is not None:
                runs, _ = self.cached_runs(numerator.sentence)
                head = next((run[0] for run in runs if numerator in run), numerator)
                if len(act) >= 2 and _negates(head.lead, act):
                    # 成功回访分别为186件…;不满意分别为24件…;满意率分别为87.1%…: what is not
                    # the act, taken from the whole, is what is
                    n = operand(numerator)
                    if n is not None:
                        # (the report said which list is what: 9/96 is no excuse for a
                        # 满意率 of 9.4%)
                        self.prescribed.add(reported.id)
                        shown = f"({_written(whole)}−{_written(numerator)})/{_written(whole)}"
                        self.finish_rate(
                            reported,
                            name,
                            numerator,
                            whole,
                            d,
                            shown,
                            [numerator, whole],
                            numerator_interval=(d[0] - n[1], d[1] - n[0]),
                        )
                        return
                shown = f"{_written(numerator)}/{_written(whole)}"
                self.finish_rate(reported, name, numerator, whole, d, shown, [numerator, whole])
                return
        own_sentence = self.index.before(reported)
        window = own_sentence + self.index.earlier_sentences(reported, 1)
        if name.endswith("赔付率") and self.loss_ratio(reported, name, window):
            return
        place = not _PLACE_CHARS.isdisjoint(name) and _PLACE_QUALIFIER.match(
            name, timeout=REGEX_TIMEOUT
        )
        if place:
            # 龙泉乡按期办结率达到100%: the rate of one place; only figures of its own sentence
            # can be its operands (the county's counts in the sentence before are not)
            window = own_sentence
        acted = [
            c
            for c in window
            if _is_count(c)
            and verbs is not None
            # 已办结42件; 176件参与了评价 (the verb may follow the figure)
            and (_verb_in(verbs, c.lead) or (not c.lead and _verb_in(verbs, c.trail)))
            and not _pending(c.lead)
            # (准予许可1,246件,不予许可87件,许可率93.5%: what is not the act is not its count)
            and not (len(act) >= 2 and _negates(c.lead, act))
            # (参与满意度评价186件 is what a satisfaction rate is over, not its numerator)
            and not (
                "满意度" in c.lead and _SATISFACTION_SURVEYED.search(c.lead, timeout=REGEX_TIMEOUT)
            )
        ]
        # 其中满意2981件、基本满意96件…满意率95.4%: the act itself before its lesser degree
        numerator = next(
            (c for c in acted if not _lesser_words(_own_words(c.lead), reported.lead)),
            acted[0] if acted else None,
        )
        if numerator is not None:
            # C级危房1,126户、D级危房387户,合计1,513户,危房率31.1%: the total of the acted
            # counts, right before the rate, is what the rate counts
            numerator = self.summed_numerator(numerator, reported) or numerator
        if verbs is None:
            return
        if numerator is not None and not self.same_clause(numerator, reported):
            clause = [c for c in own_sentence if _is_count(c) and self.same_clause(c, reported)]
            # (the rate after the numerator may end the sentence before: 参与评价1386件,满意
            # 1247件,满意率90.0%。抽取38件进行回访,满意率84.6%)
            rated = any(
                c.kind == "rate" and numerator.norm_span[0] < c.norm_span[0] for c in window
            )
            if clause and rated:
                # 参评32件,满意26件,满意率81.3%;市人社局参评的26件中满意率96.2%: a clause with
                # counts of its own holds this rate's operands; a numerator of another clause,
                # with that clause's rate after it, belongs to that rate (here only the whole
                # is known) — unless the clause names the rate's act itself (调委会调解274起,
                # 成功259起,调解成功率94.5%, after 调解成功327起 of the sentence before)
                own = self.clause_pair(clause, act)
                if own is not None:
                    numerator, whole = own
                    d = operand(whole)
                    if d is not None:
                        shown = f"{_written(numerator)}/{_written(whole)}"
                        self.finish_rate(reported, name, numerator, whole, d, shown, [*own])
                        return
                self.granularity_rate(reported, clause, name)
                return
        member = self.list_position(reported)
        if (
            member is not None
            and numerator is not None
            and self.list_position(numerator) != member
            and not self.named_items(reported)
        ):
            # 办结率分别为87.8%、96.6%…: the k-th of a list is computed from the k-th of a list
            # of the same length, not from whichever count comes nearest
            self.unverifiable("rate", reported)
            return
        if numerator is None:
            far = self.named_numerator(reported, name)
            whole = self.named_whole(reported, name, far) if far is not None else None
            d = operand(whole) if whole is not None else None
            if far is not None and whole is not None and d is not None:
                shown = f"{_written(far)}/{_written(whole)}"
                self.finish_rate(reported, name, far, whole, d, shown, [far, whole])
                return
            # a whole count for the granularity test: in the rate's own sentence, and with no
            # other rate in between (that count would be the other rate's whole)
            nearer = []
            for c in own_sentence:
                if c.kind == "rate":
                    break
                nearer.append(c)
            # (…户均5376元;县乡联合抽查23个村…,合规率82.5%: of a ;-chain, the rate's own clause)
            clause = [c for c in nearer if self.same_clause(c, reported)]
            achieved = self.achieved_pair(clause or nearer)
            if achieved is not None and (d := operand(achieved[1])) is not None:
                # 全市住宅小区1,286个,已建有充电设施的812个,覆盖率61.3%
                shown = f"{_written(achieved[0])}/{_written(achieved[1])}"
                self.finish_rate(reported, name, *achieved, d, shown, [*achieved])
                return
            self.granularity_rate(reported, clause or nearer, name)
            return
        qualified = self.qualified_whole(numerator, name)
        if qualified is not None:
            # 其中县级领导包案已化解71件,化解率82.6%: over 县级领导31名包案86件
            d = operand(qualified)
            if d is not None:
                shown = f"{_written(numerator)}/{_written(qualified)}"
                self.finish_rate(
                    reported, name, numerator, qualified, d, shown, [numerator, qualified]
                )
                return
        # (满意率 has its own rules: 满意 and 基本满意, over those who answered)
        opened = None if "满意" in name else self.opened_whole(numerator)
        if opened is not None and (d := operand(opened)) is not None:
            # 已办结的投诉中经调解达成一致的18,642件,调解成功率70.3%: over what the clause opens
            # with (the report said which; another whole that fits is no excuse)
            self.prescribed.add(reported.id)
            shown = f"{_written(numerator)}/{_written(opened)}"
            self.finish_rate(reported, name, numerator, opened, d, shown, [numerator, opened])
            return
        denominator: Claim | None = None
        # 已办结42件,正在办理8件,结案率84%: finished plus pending is the whole — for a rate of
        # finishing, with both counts in one sentence
        pending = next(
            (
                c
                for c in window
                if _is_count(c)
                and family(c) == family(numerator)
                and c is not numerator
                and c.sentence == numerator.sentence
                and _is_pending(c)
                # (已化解352件,正在化解46件,…;其中县级领导包案已化解71件: what is pending of
                # the whole before a 其中 is no rest of the part it opens)
                and not (
                    c.norm_span[0] < numerator.norm_span[0] and "其中" in _local_lead(numerator)
                )
            ),
            None,
        )
        if pending is not None and not _COMPLETION_RATE.search(name, timeout=REGEX_TIMEOUT):
            pending = None
        if pending is not None and not self.same_clause(pending, numerator):
            # 已办结397件,正在办理31件,办结率92.8%;到期应办结382件,按期办结371件,按期办结率
            # 86.7%: a whole the numerator's own clause states before it is this rate's, not
            # the finished-plus-pending of the clause before
            if any(
                self.same_clause(c, numerator)
                and c.norm_span[0] < numerator.norm_span[0]
                and _is_count(c)
                and family(c) == family(numerator)
                and c.value >= numerator.value
                and _total_lead(c.lead)
                for c in window
            ):
                pending = None
        stated = (
            self.whole_stated_before(numerator)
            if pending is not None and not self.index.before(numerator)
            else None
        )
        if stated is not None:
            # 县里交办积案九件。已化解七件,正在化解三件,化解率77.7%: over the stated whole
            d = operand(stated)
            if d is None:
                return
            total = d
            shown = f"{_written(numerator)}/{_written(stated)}"
            operands = [numerator, stated]
        elif pending is not None:
            n, q = operand(numerator), operand(pending)
            if n is None or q is None:
                return
            total = (n[0] + q[0], n[1] + q[1])
            shown = f"{_written(numerator)}/({_written(numerator)}+{_written(pending)})"
            operands = [numerator, pending]
        else:
            position = window.index(numerator)
            # 按期办结552件,按期办结率96.7%;参评438件,参评率76.7%: a count that already has a
            # rate of its own between it and this rate is that rate's numerator, not our whole
            further = window[position + 1 :]
            other_rate = next((i for i, c in enumerate(further) if c.kind == "rate"), len(further))
            if "其中" in numerator.lead:  # 参评438件,参评率76.7%;其中满意405件: a part of it
                other_rate = len(further)
            wholes = [
                c
                for c in further[:other_rate]
                if _is_count(c)
                and family(c) == family(numerator)
                and c.value >= numerator.value
                # 满意的67件,基本满意的8件,满意率93.8%: a count of the same act beside the
                # numerator is its sibling, not the whole it is a part of
                and not (
                    c.sentence == numerator.sentence
                    and not _total_lead(c.lead)
                    and _verb_in(verbs, c.lead)
                    # (参与满意度评价312件 is what was evaluated, not a degree of it)
                    and not _EVALUATED.search(c.lead, timeout=REGEX_TIMEOUT)
                )
            ]
            same_sentence = [c for c in wholes if c.sentence == numerator.sentence]
            denominator = next(
                (c for c in same_sentence if _total_lead(c.lead)),
                same_sentence[0] if same_sentence else None,  # 接访23批,当场化解19批
            )
            if "整改" in name:
                # 排查人防工程1,286处,发现违规改造的143处,…,已整改121处,整改率84.6%: what is
                # put right is out of what was found wrong, not out of all that was checked
                denominator = next(
                    (
                        c
                        for c in same_sentence
                        if _FOUND.search(_local_lead(c), timeout=REGEX_TIMEOUT)
                    ),
                    denominator,
                )
            if name.endswith("结案率"):
                # 受理投诉举报1,124件,经核查立案938件,已结案904件,结案率96.4%: cases are closed
                # out of the cases opened, not out of all complaints received
                denominator = next(
                    (c for c in same_sentence if "立案" in _local_lead(c)), denominator
                )
            opened = next(
                (c for c in same_sentence if self.same_clause(c, numerator)),
                None,
            )
            if (
                "其中" in numerator.lead
                and opened is not None
                and denominator is not None
                and not self.same_clause(denominator, numerator)
            ):
                # 应办结7652件;群众参评3124件,其中满意2981件: the whole the 其中 opens from,
                # not a total of another clause
                denominator = opened
            elif (
                # (or 共受理报修4.86万次,其中城区2.94万次,24小时内修复的2.86万次,及时修复率
                # 97.3%: a numerator after a 其中 part is out of that part or of the total)
                denominator is not None
                and same_sentence
                and ("其中" in numerator.lead or "其中" in _local_lead(same_sentence[0]))
                and same_sentence[0] is not denominator
                and _rate_fits(reported, numerator, same_sentence[0], self.options.tolerance)
                and not _rate_fits(reported, numerator, denominator, self.options.tolerance)
            ):
                # 受理1,126件,审结1,087件,其中调解结案652件,调解率60.0%: a 其中 opens from the
                # last count before it (652 of 1,087) or from the sentence's total (按期办结率
                # over 受理); the rate is read over the one it fits
                denominator = same_sentence[0]
            if "满意" in name:
                # 到期应办结398件,…,参与满意度评价312件,其中满意251件…满意率80.4%: a
                # satisfaction rate is over what was evaluated
                evaluated = [
                    c for c in same_sentence if _EVALUATED.search(c.lead, timeout=REGEX_TIMEOUT)
                ] or [
                    # 开展电话回访1,230件,回访率87.7%,群众表示满意的1,104件,满意率74.3%: what
                    # was evaluated may have a rate of its own between it and the 满意 count
                    c
                    for c in further
                    if _is_count(c)
                    and c.sentence == numerator.sentence
                    and family(c) == family(numerator)
                    and c.value >= numerator.value
                    and _EVALUATED.search(c.lead, timeout=REGEX_TIMEOUT)
                ]
                denominator = evaluated[0] if evaluated else denominator
            if (
                denominator is not None
                and not _total_lead(denominator.lead)
                and not self.same_clause(denominator, numerator)
            ):
                # 核查属实的隐患中,当场整改1,486件,责令限期改正1,068件;…立案查处386件,立案率
                # 15.2%: an outcome of another clause is no whole; the sentence opens with what
                # both are out of
                opening = _within(self.chain_text(numerator.sentence))
                if opening is not None and opening.start() == 0:
                    denominator = (
                        self.named_within(reported, numerator, opening.group("noun"), far=True)
                        or denominator
                    )
            if denominator is None:
                within = _within(self.chain_text(reported.sentence))
                if within is None and numerator.sentence != reported.sentence:
                    # 按期办结的事项中,参与评价352件…。参评率81.7%: named in the numerator's
                    within = _within(self.chain_text(numerator.sentence))
                if within:  # 网上信访事项中,按期办结2241件: the whole named before 中
                    noun = within.group("noun")
                    core = _GENERIC_TAIL.sub("", noun, timeout=REGEX_TIMEOUT)
                    denominator = self.named_within(reported, numerator, noun)
                    if (
                        denominator is None
                        and within.start() == 0
                        and not any(_is_count(c) and c is not numerator for c in own_sentence)
                    ):
                        # (一)投诉处理。受理的投诉中,已办结1,331件,办结率97.7%: a sentence
                        # opening with its whole names one counted sections before (其中投诉
                        # 1,362件), not the headline (投诉举报1,846件)
                        denominator = self.named_within(reported, numerator, noun, far=True)
                        if denominator is not None:
                            self.prescribed.add(reported.id)
                    kind = core[: core.find("类") + 1]
                    if denominator is None and len(kind) >= 3:
                        # 资金使用类线索中,查实或部分查实128件,查实率60.1%: a category counted
                        # a section before (资金使用类213件), its one count of that name
                        named = [
                            c
                            for c in self.counts_before(numerator, family(numerator))
                            if c.subject == kind and c.value >= numerator.value
                        ]
                        if len(named) == 1:
                            denominator = named[0]
            basis = (
                _RATE_BASIS.search(reported.lead, timeout=REGEX_TIMEOUT)
                if "按" in reported.lead
                else None
            ) or (
                # 及时处理率93.3%(按已处理件数计算): said in the bracket after it
                _RATE_BASIS.match(reported.trail, 1, timeout=REGEX_TIMEOUT)
                if reported.trail.startswith("(按")
                else None
            )
            if basis is not None:
                # 作出认定结论3,318件,其中认定工伤3,052件…,工伤认定率(按作出结论计)92.0%: the
                # rate says what it is over (not 受理申请3,486件); 按受理件数计算 names 受理
                said_over = _BASIS_TAIL.sub(
                    "", basis.group("basis"), timeout=REGEX_TIMEOUT
                ).removeprefix("已")  # (按已办结计 over 全年办结651件)
                matching = [
                    c
                    for c in [
                        *further,
                        *reversed(window[:position]),
                        *self.index.earlier_sentences(reported, _NAMED_REACH),
                    ]
                    if _is_count(c)
                    and family(c) == family(numerator)
                    and c.value >= numerator.value
                    and c.period == "current"
                    and len(said_over) >= 2
                    and _subsequence(said_over, _own_words(c.lead))
                ]
                # (按已办结计算 over 上半年办结1,206件, not 按期办结1,172件: an act done in a
                # manner the basis does not name is a part of it)
                matching = [
                    c
                    for c in matching
                    if not _MANNER.search(_own_words(c.lead), timeout=REGEX_TIMEOUT)
                    or _MANNER.search(said_over, timeout=REGEX_TIMEOUT)
                ]
                # (按已开工计算 over 新开工64部, not 完成年度开工计划(80部): the words that end
                # with the basis first)
                said = next(
                    (c for c in matching if _own_words(c.lead).endswith(said_over)),
                    matching[0] if matching else None,
                )
                if said is not None:
                    denominator = said
                    self.prescribed.add(reported.id)
            if denominator is None:
                # 化解信访积案126件,化解率为89.4%(积案总数141件): the whole in the parenthesis
                denominator = next(
                    (
                        c
                        for c in self.index.by_sentence.get(reported.sentence, [])
                        if c.norm_span[0] > reported.norm_span[0]
                        and _is_count(c)
                        and family(c) == family(numerator)
                        and c.value >= numerator.value
                        and self.in_parenthesis_after(reported, c, reach=24)
                        and _total_lead(c.lead)
                    ),
                    None,
                )
            if denominator is None:
                # a total from another sentence only when it speaks of the rate's own act:
                # 应办结1,187件 for 办结率, not for 参评率 (whose whole is what was finished)
                act = {name[i : i + 2] for i in range(len(name) - 2)}
                denominator = next(
                    (
                        c
                        for c in wholes
                        if _total_lead(c.lead)
                        and (
                            c.sentence == numerator.sentence
                            or any(bigram in c.lead for bigram in act)
                            or (
                                _COMPLETION_RATE.search(name, timeout=REGEX_TIMEOUT)
                                and _RECEIVED.search(c.lead, timeout=REGEX_TIMEOUT)
                            )
                        )
                    ),
                    None,
                )
            if denominator is None and "满意" in name:
                # 随机抽取80件进行回访。回访中,满意的67件…满意率93.8%: a satisfaction rate is
                # over what was evaluated
                denominator = next(
                    (c for c in wholes if _EVALUATED.search(c.lead, timeout=REGEX_TIMEOUT)), None
                )
            if denominator is None:
                denominator = self.stated_population(reported, numerator)
                if denominator is not None:
                    self.prescribed.add(reported.id)
            if denominator is None:
                denominator = self.named_whole(reported, name, numerator)
            guessed = False
            if denominator is None:
                denominator = self.headline_whole(reported, name, numerator)
                guessed = True
            if denominator is None:
                self.unverifiable("rate", reported)
                return
            d = operand(denominator)
            if d is None:
                return
            n = operand(numerator)
            if guessed and n is not None and d[0] > 0 and reported.value > 0:
                # (已化解11件,化解率68.7% over a headline of 3418件: 0.32%. A whole the report
                # did not name that puts the rate far off is not the one it divided by)
                computed = _mid(n) / _mid(d) * HUNDRED
                if not reported.value / _FAR_OFF <= computed <= reported.value * _FAR_OFF:
                    self.unverifiable("rate", reported)
                    return
            total = d
            shown = f"{_written(numerator)}/{_written(denominator)}"
            operands = [numerator, denominator]
            lesser = self.lesser_degree(reported, numerator, window)
            if lesser is not None:
                # 满意71件、基本满意8件,满意率(含基本满意)91.9%: both degrees over the whole
                n, b = operand(numerator), operand(lesser)
                if n is None or b is None:
                    self.unverifiable("rate", reported)
                    return
                shown = f"({_written(numerator)}+{_written(lesser)})/{_written(denominator)}"
                operands = [numerator, lesser, denominator]
                self.prescribed.add(reported.id)  # (含基本满意: 71/86 alone is no excuse)
                self.finish_rate(
                    reported,
                    name,
                    numerator,
                    denominator,
                    total,
                    shown,
                    operands,
                    numerator_interval=(n[0] + b[0], n[1] + b[1]),
                )
                return
        self.finish_rate(reported, name, numerator, denominator, total, shown, operands)

    def loss_ratio(self, reported: Claim, name: str, window: list[Claim]) -> bool:
        """保险公司赔付412.6万元,…缴纳…保费186万元,保险简单赔付率221.8%: a loss ratio is what
        was paid out over the premium — the nearest amount paid (赔付, 赔款) over the nearest
        premium (保费) in its sentence or the one before, however far above 100% it stands.
        Returns whether it checked."""
        amounts = [c for c in window if c.kind == "amount" and c.unit == "元" and _actual(c)]
        premium = next((c for c in amounts if "保费" in _own_words(c.lead)), None)
        paid = next(
            (c for c in amounts if _PAID_OUT.search(_own_words(c.lead), timeout=REGEX_TIMEOUT)),
            None,
        )
        if premium is None or paid is None or paid is premium:
            return False
        d = operand(premium)
        if d is None:
            return False
        self.prescribed.add(reported.id)  # (the term names both operands)
        shown = f"{_written(paid)}/{_written(premium)}"
        self.finish_rate(reported, name, paid, premium, d, shown, [paid, premium])
        return True

    def named_within(
        self, reported: Claim, numerator: Claim, noun: str, *, far: bool = False
    ) -> Claim | None:
        """The count, in the four sentences before ``reported``, of the whole a rate's sentence
        names before 中 (网上信访事项中,按期办结2241件 → 网上信访事项2,386件). With ``far``,
        the largest so named anywhere before in its part of the document (核查属实2,544件 of
        the section before, not a table's 合计 of the 大队 alone)."""
        # (转交事项中 after 转交责任单位办理528件: the noun without its generic tail)
        core = _GENERIC_TAIL.sub("", noun, timeout=REGEX_TIMEOUT)
        pool = self.earlier_counts(numerator) if far else self.index.earlier_sentences(reported, 4)
        found = [
            c
            for c in pool
            if _is_count(c)
            and family(c) == family(numerator)
            and c.subject
            and not _refers_back(c)
            and (
                noun in c.subject
                or c.subject in noun
                or (len(core) >= 2 and c.subject.startswith(core))
            )
            and c is not numerator
            and c.value >= numerator.value
        ]
        if far:
            return max(found, key=lambda c: c.value, default=None)
        return found[0] if found else None

    def stated_population(self, reported: Claim, numerator: Claim) -> Claim | None:
        """签约居民27.36万人,签约率40.0%(按常住人口计算): the population a rate says it is
        over, counted before it (the nearest count of people whose own words name it)."""
        basis = (
            _POPULATION_BASIS.match(reported.trail.lstrip("("), timeout=REGEX_TIMEOUT)
            if reported.trail.startswith("(按")
            else None
        )
        if basis is None or numerator.unit not in ("人", "户"):
            return None
        return next(
            (
                c
                for c in reversed(self.counts_before(reported, family(numerator)))
                if c is not numerator
                and c.unit == numerator.unit
                and f"{basis.group('basis')}人口" in _own_words(c.lead)
                and c.value >= numerator.value
            ),
            None,
        )

    def named_numerator(self, reported: Claim, name: str) -> Claim | None:
        """The count a rate names in full, sentences before it in its section.

        初信初访一次性化解9036件; … 初信初访一次性化解率87.2%: a rate whose name holds a thing
        and an act (not a bare 化解率) counts the figure whose own words are that name."""
        stem = _RATE_WORD_END.sub("", name, timeout=REGEX_TIMEOUT)
        act = _rate_act(name)
        if len(stem) < 4 or not act or _named_thing(stem, act) is None:
            return None
        section = self.index.sentences[reported.sentence].section
        part = self.index.part(reported.sentence)
        for index in range(reported.sentence - 1, -1, -1):
            if self.index.sentences[index].section != section or (
                self.index.part_of and self.index.part_of[index] != part
            ):
                return None
            for c in reversed(self.index.by_sentence.get(index, [])):
                if _is_count(c) and _own_words(c.lead).endswith(stem):
                    return c
        return None

    def named_whole(self, reported: Claim, name: str, numerator: Claim) -> Claim | None:
        """The whole of a rate's numerator, named by the thing the rate or the numerator counts,
        from anywhere earlier in the report.

        初信初访一次性化解15214件,一次性化解率86.2% — over 初信初访17862件 in the breakdown
        sections before; 对食品安全类信访,…查实291件,查实率36.9% — over 食品安全类736件. The
        thing must be named (not 信访, 事项), and the whole is the first count of exactly that
        thing (else the first whose name ends with it: 义务教育招生入学类 for 招生入学类)."""
        act = _rate_act(name)
        if not act:
            return None
        things = []
        for words in (numerator.subject or "", _RATE_WORD_END.sub("", name, timeout=REGEX_TIMEOUT)):
            thing = _named_thing(words, act)
            if thing:
                things.append(thing)
        opening = _TOPIC_OPENING.match(
            self.index.sentence_text(numerator.sentence), timeout=REGEX_TIMEOUT
        )
        if opening:
            things.append(_thing_core(opening.group("thing")))
        things = [t for t in things if len(t) >= 2 and t not in _GENERIC_THINGS]
        lead_thing = _named_thing(_local_lead(numerator).removeprefix("其中"), act)
        if not things and lead_thing is None:
            return None
        # (7月至8月招生高峰期内,共受理此类信访89件: a count that refers back to the thing is a
        # part of it counted again, not the thing's own count)
        candidates = [c for c in self.earlier_counts(numerator) if not _refers_back(c)]
        found = next(
            (found for thing in things if (found := _named(candidates, thing)) is not None),
            None,
        )
        if found is None and lead_thing is not None and len(lead_thing) >= 3:
            # 共梳理出信访积案86件,其中中央交办12件,… (一) … 其中中央交办积案已化解11件,化解率
            # 91.7%: the thing the numerator's own words name, counted anywhere before under a
            # name it opens with
            found = next(
                (
                    c
                    for c in self.counts_before(numerator, family(numerator))
                    if c.subject
                    and len(c.subject) >= 3
                    and lead_thing.startswith(c.subject)
                    and c.value >= numerator.value
                ),
                None,
            )
        return found

    def earlier_counts(self, part: Claim) -> list[Claim]:
        """The counts before ``part`` in its part of the document that may be its whole: actual
        counts of its family, not smaller, with a subject."""
        part_index = self.index.part(part.sentence)
        # (the actual current counts of its family and part, in order, up to it)
        position, before = self.index.position, self.index.position[part.id]
        found = []
        for c in self.index.actual_counts(part_index, family(part)):
            if position[c.id] >= before:
                break
            if c.value >= part.value and c.subject:
                found.append(c)
        return found

    def lesser_degree(self, reported: Claim, numerator: Claim, window: list[Claim]) -> Claim | None:
        """The 基本满意 count beside the 满意 numerator, when the rate says it includes it (满意率
        (含基本满意); 查实率(含部分查实) with 部分查实41件)."""
        said = reported.lead
        if "含" not in said[-12:]:
            # 满意率93.3%(按满意和基本满意计): said in the bracket after the rate
            after = (
                _INCLUDED_AFTER.match(reported.trail, timeout=REGEX_TIMEOUT)
                if reported.trail.startswith("(")
                else None
            )
            if after is None:
                return None
            said = "含" + after.group("what")
        return next(
            (
                c
                for c in window
                if _is_count(c)
                and c is not numerator
                and c.sentence == numerator.sentence
                and family(c) == family(numerator)
                and _lesser_words(_own_words(c.lead), said)
            ),
            None,
        )

    def headline_whole(self, reported: Claim, name: str, numerator: Claim) -> Claim | None:
        """The document's headline total as the whole of a bare completion rate.

        三、办理情况: 全年办结471件,办结率96.9% — the rate of the whole report's caseload, whose
        total (共受理信访事项486件) was given sections earlier. Only for a rate named by its act
        alone (办结率, 化解率, not 网上信访按期办结率), whose numerator stands in its own clause
        and names no part (其中, a category).
        """
        if name not in _BARE_COMPLETION_RATES:
            return None
        if not self.same_clause(numerator, reported) or "其中" in numerator.lead:
            return None
        words = _own_words(numerator.lead)
        if not _BARE_ACT.fullmatch(words, timeout=REGEX_TIMEOUT):
            return None
        fam = family(numerator)
        # (三)信访积案化解攻坚: 年初梳理出信访积案73件…全县累计化解61件,化解率83.6% — a section
        # that opens with a count of its own is about that count's cases
        # (四、司法行政信访…受理…信访事项247件 …(二)办理情况。已办结239件,办结率96.8%: or
        # the section it is a subsection of, when its own opens with no count)
        section = self.index.sentences[reported.sentence].section
        while section is not None and self.index.sections[section].level > 0:
            within = self.index.sections[section]
            opening = next(
                (
                    c
                    for s in range(numerator.sentence + 1)
                    if within.start <= self.index.sentences[s].start < within.end
                    for c in self.index.by_sentence.get(s, ())
                    if c.norm_span[0] < numerator.norm_span[0]
                    and _is_count(c)
                    and c.kind == "count"
                    and family(c) == fam
                ),
                None,
            )
            if opening is not None:
                if opening.value >= numerator.value and _FINISHED.search(
                    _local_lead(opening), timeout=REGEX_TIMEOUT
                ):
                    # (全区已化解积案64件,化解率74.4%。…“三跨三分离”积案…已化解11件,化解率
                    # 68.7%: a section opening with what was finished counts no caseload)
                    break
                if opening.value >= numerator.value:
                    return opening
                break
            section = within.parent
        # 受理信访事项和12345热线工单4,394件,其中信访事项468件 … 信访事项方面,上半年办结452
        # 件,办结率96.6%: the thing the sentence opens with, when the report counted it apart
        aspect = _ASPECT_OPENING.match(
            self.index.sentence_text(reported.sentence), timeout=REGEX_TIMEOUT
        )
        if aspect is not None:
            named = self.first_named(numerator, aspect.group("thing"))
            if named is not None and named.subject == aspect.group("thing"):
                return named
        return self.headline_over(numerator, reported)

    def headline_over(self, part: Claim, at: Claim | None = None) -> Claim | None:
        """The document's headline total of ``part``'s family before ``at`` (default ``part``),
        when it can be a whole of ``part``: another figure, not smaller."""
        headline = self.index.headline_total(at or part, family(part))
        if headline is None or headline is part or headline.value < part.value:
            return None
        return headline

    def achieved_pair(self, clause: list[Claim]) -> tuple[Claim, Claim] | None:
        """(achieved, all) when a rate's clause holds just two counts of one unit before it, the
        nearer described as those of the farther that have already done something (全市住宅
        小区1,286个,已建有充电设施的812个,覆盖率61.3%): a rate no verb names is their ratio."""
        counts = [c for c in clause if _is_count(c)]
        if len(counts) != 2:
            return None
        achieved, whole = counts  # (nearest first)
        if (
            achieved.unit != whole.unit
            or achieved.value >= whole.value
            or achieved.bound != "exact"
            or not _ACHIEVED.fullmatch(_local_lead(achieved), timeout=REGEX_TIMEOUT)
        ):
            return None
        return achieved, whole

    def finish_rate(
        self,
        reported: Claim,
        name: str,
        numerator: Claim,
        denominator: Claim | None,
        total: Interval,
        shown: str,
        operands: list[Claim],
        *,
        numerator_interval: Interval | None = None,
    ) -> None:
        n = numerator_interval or operand(numerator)
        if n is None:
            # 已化解20余件,化解率87%: only a bound; the rate itself can still be reachable
            self.unverifiable("rate", reported)
            if denominator is not None:
                self.granularity_rate(reported, [denominator], name)
            return
        if total[0] <= 0:
            return
        low, high = n[0] / total[1] * HUNDRED, n[1] / total[0] * HUNDRED
        computed = _mid(n) / _mid(total) * HUNDRED
        verdict = (
            "consistent"
            if accepts(reported, low, high, self.options.tolerance)
            else ("inconsistent")
        )
        if verdict == "inconsistent":
            ids = tuple(c.id for c in operands)
            if any(k.kind == "rate" and k.claims[:-1] == ids for k in self.checks):
                # 化解3,102起,化解率91.1%,其中重大矛盾纠纷化解率85.7%: the operands are the
                # first rate's; a second rate of them is of something else (a subset)
                self.unverifiable("rate", reported)
                return
        numerator_text, _, denominator_text = shown.partition("/")
        messages = _proportion_messages(
            "rate", numerator_text, denominator_text, computed, reported, verdict, name=name
        )
        self.add("rate", verdict, reported, operands, computed, messages)

    @staticmethod
    def clause_pair(clause: list[Claim], act: str) -> tuple[Claim, Claim] | None:
        """Of a rate's own clause (its counts, nearest first), the count right after the
        rate's act (成功259起 for 调解成功率) and the larger count of the same kind before it
        (调解274起), or None."""
        if len(act) < 2:
            return None
        for position, numerator in enumerate(clause):
            if not _local_lead(numerator).endswith(act):
                continue
            whole = next(
                (
                    c
                    for c in clause[position + 1 :]
                    if family(c) == family(numerator) and c.value >= numerator.value
                ),
                None,
            )
            return (numerator, whole) if whole is not None else None
        return None

    def granularity_rate(
        self, reported: Claim, window: list[Claim], name: str, kind: str = "rate"
    ) -> None:
        """A rate (or a share, ``kind``) over a known whole count must be reachable by a whole
        numerator."""
        if reported.bound != "exact":
            self.unverifiable(kind, reported)  # 98%以上: reachable by many numerators
            return
        denominator = next(
            (
                c
                for c in window
                if _is_count(c)
                and c.kind == "count"
                and (len(window) == 1 or _total_lead(c.lead))
                and c.decimals == 0
                and c.scale == 1
                and c.bound == "exact"
            ),
            None,
        )
        core = _rate_act(name)
        if (
            denominator is not None
            and core
            and core in denominator.lead
            and not _SATISFACTION_SURVEYED.search(denominator.lead, timeout=REGEX_TIMEOUT)
        ):
            denominator = None  # 按时签收受理351件,及时受理率99.2%: its numerator, not its whole
        if (
            denominator is not None
            and len(window) == 1
            and _DONE_OPENING.match(_local_lead(denominator), timeout=REGEX_TIMEOUT)
        ):
            denominator = None  # 已重新办理并再次回访76件,复核率83.5%: what was done, not a whole
        if denominator is None or denominator.value <= 0:
            self.unverifiable(kind, reported)
            return
        low, high = _numerator_bounds(reported, denominator.value)
        if high - low >= 1:
            self.unverifiable(kind, reported)
            return
        fits = _whole_number_in(low, high)
        messages = _with_outcome(
            "granularity_rate",
            fits,
            denominator=_written(denominator),
            name=name,
            reported=_written(reported),
            low=_fmt(low),
            high=_fmt(high),
        )
        self.add(
            "granularity",
            "consistent" if fits else "inconsistent",
            reported,
            [denominator],
            None,
            messages,
        )

    def share(self, reported: Claim) -> None:
        if not _actual(reported) or reported.unit != "%":
            return
        if reported.period == "previous":
            # (比上年的66.4%提高…: a base level, checked against the base's own counts if any)
            self.previous_share(reported)
            return
        noun_match = _whole_noun(reported.lead)
        if noun_match is None and "相当于" in reported.lead:
            # 追缴金额相当于全年归集额的0.45%: the whole is named as with 占
            noun_match = _EQUALS_SHARE_OF.search(reported.lead, timeout=REGEX_TIMEOUT)
        noun = noun_match.group("noun") if noun_match else ""
        if noun and _BOUND_ONLY.fullmatch(noun, timeout=REGEX_TIMEOUT):
            noun = ""  # 占近四成, 占了五成多: a bound or particle, no whole named
        if has_digit(noun) or (not noun_match and reported.lead[-1:] in ("、", "和")):
            noun = self.listed_whole_noun(reported)
        before = self.index.before(reported)
        if "前" in self.head_of(reported) and self.leading_share(reported, before):
            return
        summed = _summed_share(reported.lead)
        if summed is not None or (
            reported.lead.startswith(_SUM_SHARE_HEAD_STARTS)  # (every match starts with one)
            and _SUM_SHARE_HEAD.match(reported.lead, timeout=REGEX_TIMEOUT)
        ):
            # 三个部门合计接近县直部门信访量的八成: the whole is named after the verb
            self.summed_share(
                reported, before, summed, noun or (summed.group("whole") if summed else "")
            )
            return
        if not noun and not reported.paired_with and self.share_of_described(reported, before):
            return
        stated = self.whole_in_phrase(reported, before)
        if stated is None:
            stated = self.parallel_share(reported, before) or self.aligned_share(
                reported, noun_match
            )
        if stated == ():
            self.unverifiable("share", reported)
            return
        if stated:
            part, whole = stated
        else:
            part = (
                (None if reported.paired_with else self.whole_after_list(reported))
                or self.part_for(reported, before)
                or self.listed_part(reported)
                or self.positional_part(reported)
            )
            restated = None if part is not None or before else self.restated_part(reported)
            if restated is not None:
                # (一是使用申请和表决难类投诉占三成多: a category counted sections before)
                part = restated
                whole = self.restated_whole(part, noun)
                if whole is None or whole is part:
                    self.unverifiable("share", reported)
                    return
            elif part is None:
                self.unverifiable("share", reported)
                return
            else:
                whole = self.whole_for(reported, part, noun)
            if whole is None:
                p = operand(part)
                if noun or p is None or not self.share_of_partition(reported, part, p):
                    self.unverifiable("share", reported)
                return
            if not noun:
                self.bare_shares[reported.id] = part
        p, w = operand(part), operand(whole)
        if p is None or w is None or w[0] <= 0 or self.whole_lacks_kind(noun, whole):
            self.unverifiable("share", reported)
            return
        computed = _mid(p) / _mid(w) * HUNDRED
        fits = self.proportion_fits(reported, p, w)
        if not fits and not stated and not noun and self.share_of_partition(reported, part, p):
            return
        if not fits and self.unit_error(reported, part, whole, computed):
            return
        if not fits and _implausible(computed, reported):
            self.unverifiable("share", reported)
            return
        verdict = "consistent" if fits else "inconsistent"
        thing = _thing_core(_without_whole_noun_noise(noun)) if noun else ""
        if len(thing) >= 2 and _thing_core(whole.subject or "").endswith(thing):
            # 占退费类投诉的38.2% over 退费类1027件: the report named the whole it divided by;
            # another whole that gives the value is no excuse
            self.prescribed.add(reported.id)
        messages = _proportion_messages(
            "share", _written(part), _written(whole), computed, reported, verdict
        )
        self.add("share", verdict, reported, [part, whole], computed, messages)

    def leading_share(self, reported: Claim, before: list[Claim]) -> bool:
        """…流浪犬648件,其他286件,前三类分别占32.6%、22.5%和16.2%,三类合计占71.3%: shares of
        the first so many items of the list of counts their sentence gives before them — each
        by its place, and the first so many together — over the one count stated before the
        list that the whole list adds up to exactly. Returns whether a check was made."""
        head = self.head_of(reported)
        cues = list(_FIRST_ITEMS.finditer(head, timeout=REGEX_TIMEOUT))
        cue = cues[-1] if cues else None
        number = _numeral(cue.group("n")) if cue is not None else None
        if cue is None or number is None or number < 2:
            return False
        at = self.normalized_start(reported.sentence) + cue.start()
        sentence = self.index.by_sentence.get(reported.sentence, [])
        shares = [c for c in sentence if at <= c.norm_span[0] < reported.norm_span[0]]
        if any(c.kind != "share" or c.unit != "%" for c in shares):
            return False
        items: list[Claim] = []
        for c in reversed([c for c in sentence if c.norm_span[1] <= at]):
            if not (_is_count(c) and c.period == "current" and _actual(c)) or (
                items and (c.unit != items[0].unit or family(c) != family(items[0]))
            ):
                break
            items.append(c)
        items.reverse()
        whole = self.stated_sum_of(items) if len(items) > number else None
        if whole is None:
            return False
        gap = self.normalized.text[
            (before[0].norm_span[1] if before else at) : reported.norm_span[0]
        ]
        if _SUM_SHARE_HEAD.search(gap, timeout=REGEX_TIMEOUT):
            self.share_of_sum(reported, items[:number], whole)
            return True
        listed = self.normalized.text[at : (shares or [reported])[0].norm_span[0]]
        if len(shares) >= number or not _PAIRED_LIST.search(listed, timeout=REGEX_TIMEOUT):
            return False
        part = items[len(shares)]
        p, w = operand(part), operand(whole)
        if p is None or w is None or w[0] <= 0:
            return False
        computed = _mid(p) / _mid(w) * HUNDRED
        verdict = "consistent" if self.proportion_fits(reported, p, w) else "inconsistent"
        messages = _proportion_messages(
            "share", _written(part), _written(whole), computed, reported, verdict
        )
        self.add("share", verdict, reported, [part, whole], computed, messages)
        return True

    def restated_part(self, reported: Claim) -> Claim | None:
        """一是使用申请和表决难类投诉占三成多, 二是涉及电梯的投诉占四成多: a share in a sentence
        with no figure before it, whose words name a category counted earlier in the report,
        is of that category's count (the nearest before whose subject is the name, with or
        without 类)."""
        found = _RESTATED_SHARE.search(_local_lead(reported), timeout=REGEX_TIMEOUT)
        if found is None:
            return None
        name = found.group("name")
        names = {name, name + "类", name.removesuffix("类")}
        # (搬迁补助类97件, not 搬迁补助类中,反映补助未按时兑付的52件: the count its own words
        # name, not a part that took the category's name as its subject)
        return next(
            (
                c
                for c in reversed(self.index.claims[: self.index.position[reported.id]])
                if _is_count(c)
                and c.period == "current"
                and _actual(c)
                and c.sentence != reported.sentence
                and _core(c.subject or "") in names
                and name.removesuffix("类") in _local_lead(c)
            ),
            None,
        )

    def restated_whole(self, part: Claim, noun: str) -> Claim | None:
        """The whole of a restated share: the headline when it names none or the report's all
        (占投诉总量的, 占全部纠纷的), else the nearest count before the part whose subject ends
        with the name (占检测站投诉的 → 机动车检测站投诉784件)."""
        core = _GENERIC_WHOLE.sub("", _without_whole_noun_noise(noun), timeout=REGEX_TIMEOUT)
        if not core or core in _PETITION_NOUNS:
            return self.index.headline_total(part, family(part))
        if len(core) < 3:
            return None
        return next(
            (
                c
                for c in reversed(self.counts_before(part, family(part)))
                if c.value > part.value and _core(c.subject or "").endswith(core)
            ),
            None,
        )

    def whole_lacks_kind(self, noun: str, whole: Claim) -> bool:
        """Whether ``noun`` names its whole as one kind of a thing (占电梯类使用资金的) and the
        whole found is that thing with no word of the kind (使用资金3.28亿元, all of it)."""
        kind = _KIND_OF_WHOLE.match(noun, timeout=REGEX_TIMEOUT) if "类" in noun else None
        if kind is None or "该" in kind.group("kind") or "此" in kind.group("kind"):
            return False  # (占全年该类信访的: a pointer, no kind)
        said = _own_words(whole.lead) + (whole.subject or "")
        return kind.group("kind")[:2] not in said

    def share_of_described(self, reported: Claim, before: list[Claim]) -> bool:
        """对14家连锁品牌机构开展行政指导,签订自律承诺的占85.7%: a share of those described by
        its own words (…的占), which no count names, is of the count its clause is about, with
        no part given — only whether a whole number of them makes it can be checked. Returns
        whether it was so checked."""
        described = (
            _DESCRIBED_SHARE.search(_local_lead(reported), timeout=REGEX_TIMEOUT)
            if "的" in reported.lead and "占" in reported.lead
            else None
        )
        if described is None:
            return False
        what = described.group("what")
        text = self.normalized.text
        counts = [
            c
            for c in before
            if _is_count(c)
            and c.sentence == reported.sentence
            and ";" not in text[c.norm_span[1] : reported.norm_span[0]]
        ]
        if (
            len(counts) >= 2
            and all(
                c.kind == "count" and c.decimals == 0 and c.scale == 1 and c.bound == "exact"
                for c in counts
            )
            and not any(_reachable(reported, c.value) for c in counts)
        ):
            # 检测34条,发现质量问题19条,占55.9%,…整改到位的占85.7%: of whichever count, no
            # whole number of them makes it (the nearest is shown)
            self.granularity_rate(reported, counts[:1], described.group(), kind="share")
            return True
        # (not an item of a list: 反映网络订餐的218件,占29.6%;反映校园…的占13.2%, nor one of
        # several counts, 12315热线8,214件,全国12315平台17,436件,…,通过平台提交的占六成以上)
        if (
            len(counts) != 1
            or what in _local_lead(counts[0])
            or (self.has_bare_share(counts[0]) and self.next_in_sentence(counts[0]) is not reported)
        ):
            return False
        self.granularity_rate(reported, counts[:1], described.group(), kind="share")
        return True

    def previous_share(self, reported: Claim) -> None:
        """比重由上年的9.8%提高到14.3%(上年供水服务类投诉3246件), with 上年318件 before it: the base
        level is the previous count of the share's own subject over the previous count of the
        whole it names — or, for a share of the total, over the document's previous total.
        Without both previous counts in the share's sentence there is nothing to check."""
        name = _thing_core(_core(reported.subject or ""))
        if len(name) < 2:
            return
        sentence = self.index.by_sentence.get(reported.sentence, [])
        previous = [c for c in sentence if c.kind == "count" and _is_count(c, "previous")]
        part = next(
            (
                c
                for c in sorted(previous, key=lambda c: abs(c.norm_span[0] - reported.norm_span[0]))
                if _thing_core(_core(c.subject or "")) == name
            ),
            None,
        )
        if part is None:
            return
        noun_match = _whole_noun(reported.lead)
        noun = (
            _thing_core(_without_whole_noun_noise(noun_match.group("noun"))) if noun_match else ""
        )
        whole: Claim | None
        if len(noun) >= 2 and not _PETITION_TOTAL.search(noun, timeout=REGEX_TIMEOUT):
            whole = next(
                (
                    c
                    for c in previous
                    if c is not part
                    and family(c) == family(part)
                    and c.value > part.value
                    and _thing_core(_core(c.subject or "")).endswith(noun)
                ),
                None,
            )
        else:
            whole = self.index.headline_total(part, family(part), period="previous")
            headline = self.index.headline_total(part, family(part))
            # 全年受理1500件,上年1400件: the previous count beside the headline is its base
            beside = (
                next(
                    (
                        c
                        for c in self.index.by_sentence.get(headline.sentence, [])
                        if c.kind == "count"
                        and _is_count(c, "previous")
                        and c.unit == headline.unit
                        and c.norm_span[0] > headline.norm_span[0]
                    ),
                    None,
                )
                if headline is not None
                else None
            )
            if whole is None or (
                # 比重由上年同期的39.8%提高到44.6% with 上年同期1,412件次 beside the headline and
                # 上年全年共受理2,790件次 later: the base of the same period
                beside is not None
                and "同期" in reported.lead
                and "同期" not in whole.lead
                and "同期" in beside.lead
            ):
                whole = beside
        p, w = operand(part), (operand(whole) if whole is not None else None)
        # 累计受理1,452件,相当于上年全年(2,010件)的72.2%: the only previous count is both the
        # share's subject and the headline; a figure is no share of itself
        if whole is None or whole is part or p is None or w is None or w[0] <= 0:
            return
        computed = _mid(p) / _mid(w) * HUNDRED
        verdict = "consistent" if self.proportion_fits(reported, p, w) else "inconsistent"
        messages = _proportion_messages(
            "share", _written(part), _written(whole), computed, reported, verdict
        )
        self.add("share", verdict, reported, [part, whole], computed, messages)

    def proportion_fits(self, reported: Claim, part: Interval, whole: Interval) -> bool:
        """Whether the reported percentage is the part of the whole, both intervals (the whole's
        low end above zero)."""
        return accepts(
            reported,
            part[0] / whole[1] * HUNDRED,
            part[1] / whole[0] * HUNDRED,
            self.options.tolerance,
        )

    def over_breakdown_sums(self) -> None:
        """从受理的来信内容看,城乡建设类4386件,占30.9%;…;其他2217件,占15.6%: when the counts of a
        breakdown add up to a total the report states (a consistent sum check), a bare 占 among
        them is of that total — not of the document's headline the share check fell back on."""
        if not self.bare_shares:
            return
        totals: dict[str, str] = {}
        for k in self.checks:
            if k.kind == "sum" and k.verdict == "consistent" and len(k.claims) >= 3:
                for cid in k.claims[:-1]:
                    totals.setdefault(cid, k.claims[-1])
        for position, k in enumerate(self.checks):
            if k.kind != "share" or len(k.claims) != 3:
                continue
            part = self.bare_shares.get(k.claims[-1])
            total_id = totals.get(part.id) if part is not None else None
            if part is None or total_id is None or total_id == k.claims[1]:
                continue
            reported = self.index.by_id[k.claims[-1]]
            whole = self.index.by_id[total_id]
            if whole.sentence > reported.sentence:
                continue
            following = self.next_in_sentence(whole)
            if following is not None and following.kind == "share":
                # 合计483件,占46.2%。其中城乡建设类287件,占27.4%: the bare shares of the parts are
                # of the whole the total's own share is of
                continue
            self.reweigh(position, reported, part, whole)

    def reweigh(self, position: int, reported: Claim, part: Claim, whole: Claim) -> None:
        """The share check at ``position`` again, over ``whole``."""
        p, w = operand(part), operand(whole)
        if p is None or w is None or w[0] <= 0:
            return
        computed = _mid(p) / _mid(w) * HUNDRED
        verdict = "consistent" if self.proportion_fits(reported, p, w) else "inconsistent"
        messages = _proportion_messages(
            "share", _written(part), _written(whole), computed, reported, verdict
        )
        self.checks[position] = replace(
            self.checks[position],
            verdict=verdict,
            computed=computed,
            claims=(part.id, whole.id, reported.id),
            messages=messages,
        )

    def shared_wholes(self) -> None:
        """城乡建设类14.26万件(23.1%);劳动社保类9.87万件(16.0%);市场监管类8.42万件(13.6%)…
        after 全年受理诉求186.42万件,其中转派的工单61.77万件: bare shares that all missed the
        whole they were checked over, and all but one of which fit one other count stated
        before them, are of that count (three or more fitting one count by chance is rare)."""
        if len(self.bare_shares) < 3:
            return
        runs: dict[str, list[int]] = {}  # whole → positions of the bare share checks over it
        for position, k in enumerate(self.checks):
            if k.kind == "share" and len(k.claims) == 3 and k.claims[-1] in self.bare_shares:
                runs.setdefault(k.claims[1], []).append(position)
        by_id = self.index.by_id
        for whole_id, positions in runs.items():
            if len(positions) < 3:
                continue
            missed = sum(self.checks[i].verdict == "inconsistent" for i in positions)
            if missed < 2:
                continue
            shares = [by_id[self.checks[i].claims[-1]] for i in positions]
            parts = [self.bare_shares[c.id] for c in shares]
            first = min(self.index.position[c.id] for c in parts)
            largest = max(p.value for p in parts)
            fam = family(parts[0])
            best: tuple[int, Claim] | None = None
            for c in self.index.claims[:first]:
                if (
                    c.id == whole_id
                    or not _is_count(c)
                    or family(c) != fam
                    or c.value <= largest
                    or (w := operand(c)) is None
                ):
                    continue
                fits = 0
                for share, part in zip(shares, parts, strict=True):
                    p = operand(part)
                    fits += p is not None and self.proportion_fits(share, p, w)
                if best is None or fits > best[0]:
                    best = (fits, c)
            if best is None or best[0] < 3 or best[0] < len(positions) - 1:
                continue
            if best[0] <= len(positions) - missed:
                continue  # (no better than the whole they were checked over)
            for position, share, part in zip(positions, shares, parts, strict=True):
                self.reweigh(position, share, part, best[1])

    def referred_sums(self) -> None:
        """招生入学类信访中,反映学区划分的238件,占该类的38.9%;…197件,占该类的32.2%;…177件:
        the items whose shares are of 该类 (该领域, 该行业) break that whole down (up to an item
        for the rest, 其他18起). A list that runs on may pick up counts that are not its items,
        so a list that misses the whole is left unchecked — unless it is closed by an item for
        the rest (so it claims to be all of the whole), every 该类 share fits the whole (so the
        whole is the category's), and it misses by no more than NEARLY_ALL of it: then one of
        the items, or the category's count, is mistyped (…86件,占该类的36.1%;…52件;…;其他24件
        against 农机购置补贴类238件)."""
        by_id = self.index.by_id
        lists: dict[str, list[Claim]] = {}  # whole → the parts of its 该类 shares
        unfit: set[str] = set()  # wholes a 该类 share does not fit
        for k in self.checks:
            if k.kind != "share" or len(k.claims) != 3 or k.verdict == "unverifiable":
                continue
            reported = by_id.get(k.claims[-1])
            if reported is None or "该" not in reported.lead:
                continue
            noun = reported.lead[reported.lead.rfind("该") :]
            if any(noun.startswith(kind, 1) for kind in ("类", "领域", "行业")):
                lists.setdefault(k.claims[1], []).append(by_id[k.claims[0]])
                if k.verdict != "consistent":
                    unfit.add(k.claims[1])
        summed = {k.claims for k in self.checks if k.kind == "sum"}
        for whole_id, shared in lists.items():
            whole = by_id[whole_id]
            first = min(shared, key=lambda c: c.norm_span[0])
            items: list[Claim] = []
            for i in self.index.paragraph_sentences(first.sentence):
                for c in self.index.by_sentence.get(i, []):
                    if (
                        c.norm_span[0] >= first.norm_span[0]
                        and _is_count(c)
                        and family(c) == family(first)
                        and not self.in_brackets(c)
                        and not _sum_word(c.lead)
                    ):
                        items.append(c)
            closed = next((i for i, c in enumerate(items) if _remainder(_local_lead(c))), None)
            if closed is not None:
                items = items[: closed + 1]
            if len(items) < 2 or any(c not in items for c in shared):
                continue
            if (*(c.id for c in items), whole.id) in summed:
                continue
            if _adds_up(whole, items):
                self.compare_sum(whole, items, partial_ok=True)
            elif (
                closed is not None
                and whole_id not in unfit
                and _near_miss(items, whole)
                # (a category's parts, not the report's: a 该类 share that fits the headline
                # total fits it by chance)
                and self.index.headline_total(first, family(first)) is not whole
                # (建筑业468件,其中…351件,占该类的75.0%;制造业392件,其中…: items with parts of
                # their own are another breakdown's)
                and not any("其中" in _local_lead(c) for c in items[1:])
            ):
                self.compare_sum(whole, items, partial_ok=False)

    def shared_list_sums(self) -> None:
        """反映定金退还纠纷的346件,占27.4%;反映佣金纠纷的298件,占23.6%;…;其他64件: a list of
        one sentence closed by an item for the rest, whose bare shares fit one whole, claims to
        be all of that whole. Such a list that misses the whole by no more than NEARLY_ALL is
        compared (one of its figures, or the whole, is mistyped); a list further off, or one
        whose items open parts of their own, or with a share that does not fit, is left alone.
        The items run to the end of the rest item's clause (其余乡镇合计534件,无法归属乡镇的
        72件)."""
        by_id = self.index.by_id
        groups: dict[tuple[str, int], list[str]] = {}  # (whole, sentence) → verdicts
        for k in self.checks:
            if k.kind != "share" or len(k.claims) != 3 or k.claims[-1] not in self.bare_shares:
                continue
            part = by_id[k.claims[0]]
            groups.setdefault((k.claims[1], part.sentence), []).append(k.verdict)
        summed = {frozenset(k.claims) for k in self.checks if k.kind == "sum"}
        # (…三区合计2,456件,占75.2%;其余县(市)合计708件;市局直接受理100件: a list already
        # found to make the whole with an item after the rest's clause is not re-added short)
        made = [
            frozenset(k.claims)
            for k in self.checks
            if k.kind == "sum" and k.verdict == "consistent"
        ]
        for (whole_id, sentence), verdicts in groups.items():
            whole = by_id[whole_id]
            if any(v != "consistent" for v in verdicts) or whole.sentence >= sentence:
                continue
            items = [
                c
                for c in self.index.by_sentence.get(sentence, [])
                if _is_count(c)
                and family(c) == family(whole)
                and c.period == "current"
                and not self.in_brackets(c)
                # (其余县(市)合计96件 is the rest, though it sums)
                and (not _sum_word(c.lead) or _remainder(_clause_words(c.lead)))
            ]
            closed = next(
                (i for i, c in enumerate(items) if _remainder(_clause_words(c.lead))), None
            )
            if closed is None or closed < 1:
                continue
            rest = items[closed]
            end = self.clause_end(rest)
            items = [c for c in items if c.norm_span[0] < end]
            if (
                len(items) < 3
                or any(c.value >= whole.value for c in items)
                or any("其中" in _local_lead(c) for c in items[1:])
                or frozenset((*(c.id for c in items), whole.id)) in summed
                or any(whole.id in claims and all(c.id in claims for c in items) for claims in made)
            ):
                continue
            if _adds_up(whole, items):
                self.compare_sum(whole, items, partial_ok=True)
            elif _near_miss(items, whole):
                self.compare_sum(whole, items, partial_ok=False)

    def unit_slip_lists(self) -> None:
        """奖励金额186.4万元…。奖励资金中省局兑付121.6万元、市县局兑付64.8元: money figures
        listed with 、 (和, 及) that miss a money total stated just before them (in their
        sentence or the two before) but would make it exactly if one figure's scale word were
        the other — a probable unit error, wherever the list stands. Found by that signature
        alone: a list that misses in any other way says nothing here, and one that makes a
        total as written is left to the other sums."""
        text = self.normalized.text
        summed = {c for k in self.checks if k.kind in ("sum", "unit") for c in k.claims[:-1]}
        for sentence in sorted(self.index.by_sentence):
            money = [
                c
                for c in self.index.by_sentence[sentence]
                if c.kind == "amount" and c.unit == "元" and c.period == "current" and _actual(c)
            ]
            runs: list[list[Claim]] = []
            for c in money:
                between = text[runs[-1][-1].norm_span[1] : c.norm_span[0]] if runs else ""
                # (…326.8万元,占25.4%;赔偿款817.2万元;物业费及其他142.4亿元: items of a list
                # may be set apart by ; and carry their shares)
                bare = _SHARE_WORDS.sub("", between, timeout=REGEX_TIMEOUT)
                if (
                    runs
                    and (
                        (bare.startswith(("、", "和", "及")) and len(bare) <= 12)
                        # (…最高奖励12.6万元;奖励资金中省局兑付…: not a clause that opens a
                        # list of its own)
                        or (bare.startswith(";") and len(bare) <= 16 and "中" not in bare)
                    )
                    and not any(mark in bare for mark in ",:。()")
                    and not has_digit(bare)
                ):
                    runs[-1].append(c)
                else:
                    runs.append([c])
            opening = _within(self.index.sentence_text(sentence))
            named = opening.group("noun") if opening is not None and opening.start() == 0 else ""
            for run in runs:
                if len(run) < 2 or any(c.id in summed for c in run):
                    continue
                parts_sum = _interval_sum(run)
                if parts_sum is None:
                    continue
                computed = sum((c.value for c in run), ZERO)
                after = [
                    # (区里拨付12.6万元、街道自筹8.4万元、社会捐助3.2元,共24.2万元: the total
                    # the list is summed to right after it)
                    c
                    for c in self.index.by_sentence[sentence]
                    if c.norm_span[0] > run[-1].norm_span[0]
                    and _TOTAL_AFTER.match(_clause_words(c.lead), timeout=REGEX_TIMEOUT)
                ]
                position = self.index.position[run[0].id]
                earlier: Iterable[Claim] = (
                    self.index.claims[at] for at in range(position - 1, -1, -1)
                )
                if not named:  # (then only the two sentences before can hold it)
                    earlier = itertools.takewhile(
                        lambda c, lowest=sentence - 2: c.sentence >= lowest, earlier
                    )
                totals = after[:1] + [
                    c
                    for c in earlier
                    # (项目扶持资金中,中央资金…: the total the sentence names, further back)
                    if (sentence - c.sentence <= 2 or (named and c.subject == named))
                    and c.kind == "amount"
                    and c.unit == "元"
                    and c.period == "current"
                    and _actual(c)
                    and c.bound == "exact"
                ]
                for total in totals:
                    if _adds_up(total, run):
                        break  # (a sum as written: the other sums' business)
                    if self.sum_unit_error(total, run, parts_sum, computed):
                        break

    def clause_end(self, claim: Claim) -> int:
        """The offset of the ; or 。 that ends ``claim``'s clause (the text's end if none)."""
        text = self.normalized.text
        return min(
            (at for mark in ";。" if (at := text.find(mark, claim.norm_span[1])) >= 0),
            default=len(text),
        )

    def open_averages(self) -> Iterator[tuple[int, Claim, tuple[str, ...]]]:
        """The averages of an exact value left unverifiable with no operands, with the position
        of that finding and the measure their marker is per (户 for 户均): what a later pass
        may still find a count to divide by for (:meth:`in_place_of` replaces the finding)."""
        by_id = self.index.by_id
        for position, k in enumerate(self.checks):
            if k.kind != "per_capita" or k.verdict != "unverifiable" or len(k.claims) != 1:
                continue
            reported = by_id[k.claims[0]]
            marker = next(iter(_per_capita_markers(reported.lead)), None)
            wants = _PER_WHAT.get(marker.group(), ()) if marker is not None else ()
            if wants and reported.bound == "exact":
                yield position, reported, wants

    def averaged_in_clause(self, reported: Claim, fits: Callable[[Claim], bool]) -> Claim | None:
        """The nearest figure before an average in its sentence that ``fits``, when it stands in
        the average's own ;-clause (its numerator)."""
        found = next((c for c in self.index.before(reported) if fits(c)), None)
        text = self.normalized.text
        if found is None or ";" in text[found.norm_span[1] : reported.norm_span[0]]:
            return None
        return found

    def in_place_of(self, position: int, added: int) -> None:
        """The check added last (when the list grew past ``added``) replaces the one at
        ``position``: an open finding a later pass settled."""
        if len(self.checks) > added:
            self.checks[position] = self.checks.pop()

    def average_slips(self) -> None:
        """修缮加固补助1,194.1万元,户均1.47元, with 修缮加固810户 sections before: an average in
        元 left unverifiable for want of a count to divide by in its sentence, whose numerator
        (the money before it in its clause) over a count of the average's measure named alike
        earlier (sharing a pair of characters with the numerator's name) makes it only with
        万 — the one such count — is a probable unit error. Found by that signature alone."""
        for position, reported, wants in self.open_averages():
            if reported.unit != "元" or reported.scale != 1:
                continue
            numerator = self.averaged_in_clause(
                reported,
                lambda c: (
                    c.kind == "amount"
                    and c.unit == "元"
                    and c.scale > 1
                    and c.period == "current"
                    and _actual(c)
                ),
            )
            if numerator is None or (n := operand(numerator)) is None:
                continue
            named = _bigrams(numerator.subject or "")
            fits = {}
            for c in self.index.earlier_sentences(reported, _AVERAGE_SLIP_REACH):
                d = operand(c) if _is_count(c) and _counts(c, wants) else None
                if (
                    d is not None
                    and d[0] > 0
                    and c.period == "current"
                    and _actual(c)
                    and named & _bigrams(c.subject or "")
                    and accepts(
                        reported,
                        n[0] / d[1] / _TEN_THOUSAND,
                        n[1] / d[0] / _TEN_THOUSAND,
                        self.options.tolerance,
                    )
                ):
                    fits.setdefault(c.value, c)
            if len(fits) != 1:
                continue
            (denominator,) = fits.values()
            d = operand(denominator)
            if d is None:  # (never: it fitted)
                continue
            computed = numerator.value / denominator.value
            added = len(self.checks)
            self.average_unit_error(
                reported, numerator, denominator, (n[0] / d[1], n[1] / d[0]), computed
            )
            self.in_place_of(position, added)

    def remainder_lists(self) -> None:
        """城关镇64件、河口镇51件、…,其余七个乡镇合计44件,县局本级24件: counts of one sentence
        listed up to an item for the rest claim to be all of the report's total of their unit.
        The list (from the sentence's first count of that unit to the end of the rest item's
        clause) is compared with the total it comes nearest (:meth:`compare_with_nearest_total`:
        made exactly, or missed by no more than _REMAINDER_SLIP, when one figure is mistyped).
        Not when the sentence opens a whole of its own (X中, 其中 after a count), an item opens
        parts or reaches the total, or the parts were compared already."""
        compared = {c for k in self.checks if k.kind in ("sum", "unit") for c in k.claims}
        for sentence in sorted(self.index.by_sentence):
            claims = self.index.by_sentence[sentence]
            sentence_text = self.index.sentence_text(sentence)
            if "其" not in sentence_text or _within(sentence_text):
                continue
            rest = next(
                (
                    c
                    for c in claims
                    if _is_count(c)
                    and c.period == "current"
                    and _remainder(_clause_words(c.lead))
                    and not self.in_brackets(c)
                ),
                None,
            )
            if rest is None:
                continue
            end = self.clause_end(rest)
            items = [
                c
                for c in claims
                if c.unit == rest.unit
                and c.norm_span[0] < end
                and _is_count(c)
                and c.period == "current"
                and _actual(c)
                and not self.in_brackets(c)
            ]
            headline = (
                (
                    self.index.headline_total(items[0], family(rest))
                    or self.scope_total_before(items[0])
                )
                if items
                else None
            )
            if (
                len(items) < 3
                or items.index(rest) < 2
                or headline is None
                or any(_opens_parts(c) or "其中" in _local_lead(c) for c in items)
                or any(c.id in compared for c in items)
            ):
                continue
            # (收到援助申请7,126件,受理6,842件 … 分别受理援助案件…,其余四个县(市)合计826件: of
            # the totals stated alongside the headline, the one the list comes nearest)
            self.compare_with_nearest_total(
                items, headline, self.normalized_start(sentence), closed=True
            )

    def category_heads(self) -> None:
        """(二)诉求类别。充电设施建设类1,138件,其中…586件,…。充电收费类864件,其中…。…其他92件。:
        the counts a paragraph's words name as categories (X类N件), closed by one item for the
        rest (其他92件), are a breakdown of the report's total of their unit across the
        paragraph's sentences, the parts 其中 opens aside: compared with the total they come
        nearest (:meth:`compare_with_nearest_total`) — made exactly, or missed by no more than
        _REMAINDER_SLIP. Not when the paragraph opens a whole of its own (X中,) or the heads
        were summed already."""
        text = self.normalized.text
        # (the parts of each sum made so far: a head may be the total of its own 其中 list, or
        # one of 两类合计600件's)
        summed = [frozenset(k.claims[:-1]) for k in self.checks if k.kind == "sum"]
        breaks = []
        at = text.find("\n")
        while at >= 0:
            breaks.append(at + 1)
            at = text.find("\n", at + 1)
        paragraphs: dict[int, list[Claim]] = {}
        for c in self.index.claims:
            at = bisect_right(breaks, c.norm_span[0]) - 1
            paragraphs.setdefault(breaks[at] if at >= 0 else 0, []).append(c)
        for start, claims in paragraphs.items():
            if sum(_local_lead(c).endswith("类") for c in claims) < 2:
                continue
            heads: list[Claim] = []
            rests: list[Claim] = []
            for c in claims:
                if not (_is_count(c) and c.period == "current" and _actual(c)):
                    continue
                words = _local_lead(c).lstrip("．.、)） ")
                if self.in_brackets(c) or words.startswith("其中"):
                    continue
                between = text[heads[-1].norm_span[1] : c.norm_span[0]] if heads else ""
                opened = between.rfind("其中")
                if opened >= 0 and not any(mark in between[opened:] for mark in ";。"):
                    continue  # (充电收费类864件,其中…318件,…,其他44件: the category's own rest)
                rest = words.startswith(("其他", "其余"))
                if _category_item(c) or rest:
                    heads.append(c)
                if rest:
                    rests.append(c)
            if (
                len(heads) < 3
                or rests != heads[-1:]
                or len({c.unit for c in heads}) != 1
                or any({c.id for c in heads} <= parts for parts in summed)
                or _within(text[start : heads[0].norm_span[0]])
            ):
                continue
            headline = self.index.headline_total(heads[0], family(heads[0]))
            if headline is not None:
                self.compare_with_nearest_total(heads, headline, start, closed=True)

    def stock_flows(self) -> None:
        """年初在册隐患点412处,新查明37处,核销58处,年末在册391处: what stands at the end is what
        stood at the start, plus what came in, less what went out — each named by its words, in
        one sentence, of one unit, the parts a 其中 opens aside; and 应兑现9,146万元,已兑现
        8,632万元,…尚未兑现514万元: what is still due is what was due less what was done. Such
        an identity is found by the words alone, so it only confirms: a miss may be a flow the
        report did not name."""
        for sentence, claims in self.index.by_sentence.items():
            text = self.index.sentence_text(sentence)
            if "未" not in text and not (
                ("初" in text or "上年末" in text) and ("末" in text or "底" in text)
            ):
                continue  # (neither a stock at both ends nor anything still due)
            # (其中搬迁核销的29处: the parts a 其中 opens)
            counts = [
                c
                for c in claims
                if _tallied(c)
                and _actual(c)
                and c.bound == "exact"
                and "其中" not in _clause_words(c.lead)
            ]
            if len(counts) < 3:
                continue
            for unit in {c.unit for c in counts}:
                alike = [c for c in counts if c.unit == unit]
                roles: dict[str, list[Claim]] = {}
                for c in alike:
                    clause = _clause_words(c.lead)
                    if c is claims[0] and _AS_OF_END.search(self.head_of(c), timeout=REGEX_TIMEOUT):
                        clause = "年末" + clause  # (截至年底,全区登记犬只3.86万只: the end stock)
                    # (…新查明27处、经治理或搬迁后核销41处: a figure's own words first)
                    role = next(
                        (
                            r
                            for words in (_local_lead(c), clause)
                            for r, pattern in _STOCK_ROLES
                            if pattern.search(words, timeout=REGEX_TIMEOUT)
                        ),
                        None,
                    )
                    if role is not None:
                        roles.setdefault(role, []).append(c)
                opening, closing = roles.get("opening", []), roles.get("closing", [])
                inflow, outflow = roles.get("in", []), roles.get("out", [])
                if len(opening) == 1 and len(closing) == 1 and inflow and outflow:
                    self.confirm_flow(closing[0], opening[0], inflow, outflow)
                due, done, rest = roles.get("due", []), roles.get("done", []), roles.get("rest", [])
                if len(due) == 1 and len(done) == 1 and len(rest) == 1:
                    if due[0].norm_span[0] < done[0].norm_span[0] < rest[0].norm_span[0]:
                        self.confirm_flow(rest[0], due[0], [], done)

    def confirm_flow(
        self, result: Claim, start: Claim, added: list[Claim], taken: list[Claim]
    ) -> None:
        """A consistent sum check of ``result`` = ``start`` + ``added`` − ``taken``, if it holds
        (for :meth:`stock_flows`)."""
        plus = _interval_sum([start, *added])
        minus = _interval_sum(taken)
        r = operand(result)
        if plus is None or minus is None or r is None:
            return
        low, high = plus[0] - minus[1], plus[1] - minus[0]
        if not (low <= r[1] and high >= r[0]):
            return
        computed = (
            start.value + sum((c.value for c in added), ZERO) - sum((c.value for c in taken), ZERO)
        )
        shown = "+".join(_written(c) for c in [start, *added]) + "".join(
            f"−{_written(c)}" for c in taken
        )
        messages = _both(
            "sum",
            parts=shown,
            computed=_in_scale(computed, result),
            reported=_written(result) + result.unit,
            verdict="consistent",
        )
        self.add("sum", "consistent", result, [start, *added, *taken], computed, messages)

    def scope_total_before(self, first: Claim) -> Claim | None:
        """全年批准使用维修资金项目1,462项。…分类型看,电梯维修更新612项、…: for a unit with no
        headline, the nearest count of its unit in the three sentences before the list whose
        own words state its scope (全年, 共, 合计, 全市 …)."""
        return next(
            (
                c
                for c in self.index.earlier_sentences(first, 3)
                if _is_count(c)
                and c.unit == first.unit
                and _actual(c)
                and c.bound == "exact"
                and _SCOPE_TOTAL.search(_clause_words(c.lead), timeout=REGEX_TIMEOUT)
            ),
            None,
        )

    def section_item_sums(self) -> None:
        """二、投诉类型分析 (一)占道经营738件,占24.1%,… (二)违法建设612件,… (六)其他493件: the
        sub-sections of a section, each titled by a name and its count of one unit, are a
        breakdown of the report's total of that unit (of the headline and the totals beside it,
        the one they come nearest): compared when they make it exactly, or, closed by an item
        for the rest (其他), when they miss it by no more than _REMAINDER_SLIP."""
        index = self.index
        text = self.normalized.text
        compared = {c for k in self.checks if k.kind in ("sum", "unit") for c in k.claims}
        children: dict[int, list] = {}
        for section in index.sections:
            if section.parent is not None:
                children.setdefault(section.parent, []).append(section)
        starts = [c.norm_span[0] for c in index.claims]
        for parent, subs in children.items():
            if len(subs) < 3:
                continue
            items = []
            for sub in subs:
                at = bisect_left(starts, sub.start)
                first = index.claims[at] if at < len(index.claims) else None
                if (
                    first is None
                    or first.norm_span[0] >= sub.end
                    or not _is_count(first)
                    or first.period != "current"
                    or not _actual(first)
                    or len(text[sub.start : first.norm_span[0]]) > 20
                    or any(mark in text[sub.start : first.norm_span[0]] for mark in ",;。:")
                ):
                    break
                items.append(first)
            if (
                len(items) != len(subs)
                or len({c.unit for c in items}) != 1
                or any(c.id in compared for c in items)
            ):
                continue
            headline = index.headline_total(items[0], family(items[0]))
            if headline is None:
                continue
            self.compare_with_nearest_total(
                items,
                headline,
                index.sections[parent].start,
                closed=_remainder(_local_lead(items[-1])),
            )

    def compare_with_nearest_total(
        self, items: list[Claim], headline: Claim, before: int, *, closed: bool
    ) -> None:
        """Compare ``items`` with the total of their unit stated before offset ``before`` that
        they come nearest — the headline or a total stated in its sentence (收到援助申请7,126件,
        受理6,842件): consistent when they make it; when ``closed`` (an item for the rest ends
        them), inconsistent when they miss it by no more than _REMAINDER_SLIP."""
        part = self.index.part(items[0].sentence)
        totals = [
            c
            for c in self.index.actual_counts(part, family(items[0]))
            if c.unit == items[0].unit
            and c.norm_span[0] < before
            and (c is headline or (c.sentence == headline.sentence and _total_lead(c.lead)))
        ]
        summed = sum((c.value for c in items), ZERO)
        whole = min(totals, key=lambda c: abs(c.value - summed), default=None)
        if whole is None or any(c.value >= whole.value for c in items):
            return
        if _adds_up(whole, items):
            self.compare_sum(whole, items, partial_ok=True)
        elif closed and abs(summed - whole.value) <= whole.value * _REMAINDER_SLIP:
            self.compare_sum(whole, items, partial_ok=False)

    def named_averages(self) -> None:
        """定金、意向金退还纠纷346件 … 定金意向金纠纷涉及金额1,286.5万元,件均3.27万元: an average
        left unverifiable for want of a count to divide by in its sentence is over the count of
        its measure, in its sentence or the eight before, whose name shares at least two pairs
        of characters with its numerator's (the figure before it in its clause) — the only
        such count (of any value)."""
        for position, reported, wants in self.open_averages():
            if wants == ("天",):
                continue
            numerator = self.averaged_in_clause(
                reported,
                lambda c, unit=reported.unit, per=wants: (
                    _is_count(c) and c.unit == unit and not _counts(c, per)
                ),
            )
            if numerator is None or len(numerator.subject or "") < 2:
                continue
            named = _bigrams(numerator.subject or "")
            scored: dict[Decimal, tuple[int, Claim]] = {}
            for c in [
                *self.index.before(numerator),
                *self.index.earlier_sentences(reported, _AVERAGE_SLIP_REACH),
            ]:
                if _is_count(c) and _counts(c, wants) and c.period == "current" and _actual(c):
                    score = len(named & _bigrams(c.subject or ""))
                    if score > scored.get(c.value, (0, c))[0]:
                        scored[c.value] = (score, c)
            ranked = sorted(scored.values(), key=lambda sc: -sc[0])
            # (the one such count: two that share two pairs each, 纳入防止返贫监测对象1,846户 and
            # 新识别纳入监测对象286户, leave it open)
            if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] >= 2):
                continue
            added = len(self.checks)
            self.ratio_check("per_capita", reported, numerator, ranked[0][1], scale=Decimal(1))
            self.in_place_of(position, added)

    def rest_sums(self) -> None:
        """全区已化解积案64件 … 目前尚未化解的积案还有22件: what is done and what is not make the
        whole counted before them (共梳理积案86件), however far apart the three stand; likewise
        the two halves of a known partition (初信初访 and 重复信访). Such a sum only confirms: it
        is found by the exact total, so a pair that misses it is no evidence of anything."""
        summed = {frozenset(k.claims) for k in self.checks if k.kind == "sum"}
        for rest in self.index.claims:
            if not _exact_count(rest):
                continue
            words = _own_words(rest.lead).removeprefix("其中")
            negated = _REST_OF_ACT.search(words, timeout=REGEX_TIMEOUT) if words else None
            pair = next((p for p in _PARTITION_PAIRS if p[1] in words), None)
            if negated is None and pair is None:
                continue
            fam = family(rest)
            part = self.index.part(rest.sentence)
            before = [
                c
                for c in self.counts_before(rest, fam)
                if _exact_count(c) and c.unit == rest.unit and self.index.part(c.sentence) == part
            ]
            act = negated.group("act") if negated else ""
            near = [c for c in reversed(before) if c.sentence >= rest.sentence - _REST_REACH]
            if pair is not None:
                done = next(
                    (
                        c
                        for c in near
                        if pair[0] in (own := _own_words(c.lead)) and pair[1] not in own
                    ),
                    None,
                )
            elif not act:  # 化解六件,还剩两件: the count just before, in its sentence
                done = next((c for c in near if c.sentence == rest.sentence), None)
            else:
                # 全年已调处396起,调处成功371起,…;正在调处16起: the count of 已 and the act
                # (已调处) before the nearest count of the act (调处成功)
                acted = [
                    c
                    for c in near
                    if act in (own := _own_words(c.lead))
                    and not _NEGATED_ACT.search(own, timeout=REGEX_TIMEOUT)
                ]
                done = next((c for c in acted if _done_act(_own_words(c.lead), act)), None) or next(
                    iter(acted), None
                )
            if done is None:
                continue
            value = done.value + rest.value
            whole = next(
                (
                    c
                    for c in reversed(before)
                    if c.norm_span[0] < done.norm_span[0] and c.value == value
                ),
                None,
            )
            if whole is None or frozenset((done.id, rest.id, whole.id)) in summed:
                continue
            summed.add(frozenset((done.id, rest.id, whole.id)))
            self.compare_sum(whole, [done, rest], partial_ok=True)

    def batch_counted_sums(self) -> None:
        """共受理846件 … 来信118件,占13.9%;来访263批1,149人次,占31.0%;网上信访465件: a channel
        list that counts visits in 批 makes a total in 件 by the report's own 口径 (visits counted
        as batches). Whether a report counts a visit as one 件 per batch or per person is its
        choice, so such a list only confirms a total it makes exactly (stated before it, however
        far); a list that misses may count visits otherwise. Last year's channels in brackets
        (去年同期依次为61件、142批351人次、402件、150件) make last year's total the same way; a
        second visit count (其中集体访3批) is of the visits, not a channel."""
        for visits in self.index.claims:
            if (
                visits.unit != "批"
                or not _whole_count(visits, zero=True)
                or "来访" not in _own_words(visits.lead) + (visits.subject or "")
                or (self.in_brackets(visits) and visits.period != "previous")
            ):
                continue
            bracketed = self.in_brackets(visits)
            part = self.index.part(visits.sentence)
            items = [
                c
                for i in range(
                    max(0, visits.sentence - _BATCH_LIST_REACH),
                    min(len(self.index.sentences), visits.sentence + _BATCH_LIST_REACH + 1),
                )
                if self.index.part(i) == part
                for c in self.index.by_sentence.get(i, [])
                if (c is visits or (family(c) == "case" and c.unit != "批"))
                and _whole_count(c, zero=True)
                and c.period == visits.period
                and self.in_brackets(c) == bracketed
            ]
            at = items.index(visits)
            # the wholes: the counts in 件 of the list's period before it (the window may hold
            # the total itself: 共受理684件…;来信52件;来访118批…, so each run takes those before
            # it); of a value stated twice, the first statement (共受理247件 … 近三年分别受理186件、
            # 214件和247件)
            candidates = [
                c
                for c in (
                    self.counts_before(items[at], "case")
                    if visits.period == "current"
                    else [
                        c
                        for c in self.index.claims[: self.index.position[visits.id]]
                        if _is_count(c, "previous") and family(c) == "case"
                    ]
                )
                if _whole_count(c, zero=True) and c.unit == "件"
            ]
            found = None
            for start in range(max(0, at - _BATCH_LIST_PARTS + 1), at + 1):
                first = self.index.position[items[start].id]
                wholes: dict[Decimal, Claim] = {}
                for c in candidates:
                    if self.index.position[c.id] < first:
                        wholes.setdefault(c.value, c)
                for end in range(at + 1, min(len(items), start + _BATCH_LIST_PARTS) + 1):
                    if end - start < 2:
                        continue
                    parts = items[start:end]
                    total = wholes.get(sum((c.value for c in parts), ZERO))
                    if total is not None and (found is None or len(parts) > len(found[1])):
                        found = (total, parts)
            if found is not None and not any(
                k.kind == "sum" and k.claims == (*(c.id for c in found[1]), found[0].id)
                for k in self.checks
            ):  # (the operand search may have found the list already)
                added = len(self.checks)
                self.compare_sum(found[0], found[1], partial_ok=True)
                if len(self.checks) > added:
                    note = _both("batches_as_cases")
                    check = self.checks[-1]
                    self.checks[-1] = replace(
                        check, messages=(check.messages[0] + note[0], check.messages[1] + note[1])
                    )

    def shared_operands(self) -> None:
        """同比分别上升16.0%、19.4%和42.0%, each checked over the same 268/231: when different
        reported figures of one kind were all linked to the very same operands, the linker did
        not find what each is computed from — at most one of them can be. An inconsistent
        verdict among them is withdrawn (unverifiable, saying why); a consistent one stands.
        (Measured on each session's new reports with that session's code: 14 of 117 first-sight
        false alarms withdrawn, 2 planted errors lost.)"""
        groups: dict[tuple[str, tuple[str, ...]], list[int]] = {}
        for position, k in enumerate(self.checks):
            if (
                k.kind in _LINKED_KINDS
                and len(k.claims) >= 3
                and k.verdict in ("consistent", "inconsistent")
            ):
                groups.setdefault((k.kind, k.claims[:-1]), []).append(position)
        by_id = self.index.by_id
        for positions in groups.values():
            reported = {self.checks[i].claims[-1] for i in positions}
            if len(reported) < 2:
                continue
            for i in positions:
                k = self.checks[i]
                if k.verdict != "inconsistent":
                    continue
                others = "、".join(
                    by_id[cid].text for cid in sorted(reported - {k.claims[-1]}) if cid in by_id
                )
                self.checks[i] = _withdrawn(k, _both("shared_operands", others=others))

    def parts_beyond_whole(self) -> None:
        """占72.9%, recomputed 1,086/238 = 456.3%: a share is a part of its whole, and a part
        larger than the whole it was recomputed over says that is not the whole the share was
        taken of. The inconsistent verdict is withdrawn (unverifiable, saying why, arithmetic
        kept). (Measured on each session's new reports with that session's code: 2 of 131
        first-sight false alarms withdrawn, no planted error lost there or on the dev split.)"""
        for position, k in enumerate(self.checks):
            if (
                k.kind != "share"
                or k.verdict != "inconsistent"
                or k.computed is None
                or k.reported is None
                or not k.computed > HUNDRED >= k.reported
            ):
                continue
            self.checks[position] = _withdrawn(k, _both("part_beyond_whole"))

    def base_sums(self) -> None:
        """上半年受理583件(上年同期652件),同比下降10.5%;下半年受理463件(上年同期494件)… 全年
        1,046件,同比下降8.7%(上年1,146件): when parts make their total exactly and each part's
        change, and the total's, was computed over a base of its own, the bases are last year's
        parts of last year's total — they must make it too (unless a sum of them is checked
        already)."""
        by_id = self.index.by_id
        # (level, 同比 or 环比) → the base its change was computed over
        base_of: dict[tuple[str, str], str] = {}
        for k in self.checks:
            if k.kind == "change" and len(k.claims) == 3:
                level, base = by_id.get(k.claims[0]), by_id.get(k.claims[1])
                if (
                    level is not None
                    and base is not None
                    and level.period == "current"
                    and _is_count(base, "previous")
                    and base.unit == level.unit
                ):
                    said = _comparison(by_id[k.claims[2]]) or (
                        "环比" if _PERIOD_BASE.search(base.lead, timeout=REGEX_TIMEOUT) else "同比"
                    )
                    base_of.setdefault((level.id, said), base.id)
        summed = {k.claims[-1] for k in self.checks if k.kind == "sum"}
        self.year_of_halves(base_of, summed)
        self.summed_base_changes(base_of)
        for k in list(self.checks):
            if k.kind != "sum" or k.verdict != "consistent" or len(k.claims) < 3:
                continue
            total = by_id[k.claims[-1]]
            if any(by_id[i].unit != total.unit for i in k.claims):
                continue  # (来访 批 in a 件 total: last year's may have been counted otherwise)
            # (巡游车…同比上升8.9%(去年同期1,802件),环比下降5.9%(去年下半年2,086件): the
            # bases of each comparison make their own sum)
            for said in ("同比", "环比"):
                bases = [base_of.get((i, said)) for i in k.claims]
                if None in bases or len(set(bases)) != len(bases) or bases[-1] in summed:
                    continue
                summed.add(bases[-1])
                self.compare_sum(by_id[bases[-1]], [by_id[b] for b in bases[:-1]], partial_ok=False)

    def summed_base_changes(self, base_of: dict[tuple[str, str], str]) -> None:
        """全年共接收投诉3,852件,同比上升14.5% … 上半年1,786件,同比上升8.1%(上年同期1,652件);
        下半年2,066件,同比上升20.7%(上年同期1,711件): a total's 同比 with no base of its own,
        whose parts make it exactly and each has one, is over the sum of the parts' bases (last
        year's total, never written)."""
        by_id = self.index.by_id
        open_at = {
            k.claims[0]: i
            for i, k in enumerate(self.checks)
            if k.kind == "change" and k.verdict == "unverifiable" and len(k.claims) == 1
        }
        if not open_at:
            return
        for k in list(self.checks):
            if k.kind != "sum" or k.verdict != "consistent" or len(k.claims) < 3:
                continue
            total = by_id[k.claims[-1]]
            bases = [base_of.get((i, "同比")) for i in k.claims[:-1]]
            if None in bases or len(set(bases)) != len(bases) or (total.id, "同比") in base_of:
                continue
            following = self.next_in_sentence(total)
            if (
                following is None
                or following.id not in open_at
                or following.unit != "%"
                or _comparison(following) == "环比"
                or "番" in following.text
            ):
                continue
            parts = [by_id[b] for b in bases]
            c, p = operand(total), _interval_sum(parts)
            if c is None or p is None or p[0] <= 0:
                continue
            verdict, actual, computed = judged_move(
                following, c, p, "change", self.options.tolerance
            )
            shown = _bracketed_sum(parts)
            fields = _change_fields(following, _written(total), shown, computed, verdict)
            messages = _both("change", **fields)
            severity = "normal"
            if actual not in (following.direction, "flat"):
                messages, severity = _with_flip(messages, following, actual)
            at = open_at.pop(following.id)
            self.add("change", verdict, following, [total, *parts], computed, messages, severity)
            self.checks[at] = self.checks.pop()

    def year_of_halves(self, base_of: dict[tuple[str, str], str], summed: set[str]) -> None:
        """上半年4,686件,比去年同期(3,918件)上升19.6%,比去年下半年(4,352件)环比上升7.7%;去年
        全年为8,270件: a first half's two bases are last year's halves, and make last year's
        whole year stated beside them."""
        by_id = self.index.by_id
        for (level_id, said), second_id in base_of.items():
            first_id = base_of.get((level_id, "同比"))
            if said != "环比" or first_id is None or first_id == second_id:
                continue
            level, first, second = by_id[level_id], by_id[first_id], by_id[second_id]
            if not _HALF_BEFORE.search(second.lead[-12:], timeout=REGEX_TIMEOUT):
                continue
            year = next(
                (
                    c
                    for c in self.index.by_sentence.get(level.sentence, [])
                    if _is_count(c, "previous")
                    and c.unit == level.unit
                    and c.id not in summed
                    and c.value > max(first.value, second.value)
                    and _LAST_WHOLE_YEAR.search(c.lead[-10:], timeout=REGEX_TIMEOUT)
                ),
                None,
            )
            if year is not None:
                summed.add(year.id)
                self.compare_sum(year, [first, second], partial_ok=False)

    def exact_breakdowns(self) -> None:
        """全年共受理信访事项386件 … 来信42件,来访215件,网上信访129件: the counts of one measure
        word in one sentence that make a total stated before them exactly are a breakdown of it,
        however far apart they stand (a second breakdown of the headline; the two halves 依法受理/
        不予受理, 局本级/分局, 上半年/下半年). Such a sum only confirms: it is found by the exact
        total, so a list that misses is no evidence of anything. Coincidence is kept out by
        structure: the list is all of its sentence's counts of that word, and the total is one
        the report states as a total (共受理, 合计), or the list follows it closely in its section
        (three or more parts, or a total of a hundred or more: two small counts make some other
        small count too easily); a list of part of a sentence's counts must be of a stated total
        in its own or the sentence before, in one section."""
        index = self.index
        summed: dict[str, list[frozenset[str]]] = {}
        listed: set[frozenset[str]] = set()  # every summed list of parts
        for k in self.checks:
            if k.kind == "sum" and k.claims:
                summed.setdefault(k.claims[-1], []).append(frozenset(k.claims[:-1]))
                listed.add(frozenset(k.claims[:-1]))
        # exact counts by (part, measure word, period, value), in document order
        wholes: dict[tuple[int, str, str | None, Decimal], list[Claim]] = {}
        for c in index.claims:
            if _whole_count(c) and not _remainder(c.lead):
                part = index.part(c.sentence)
                wholes.setdefault((part, c.unit, c.period, c.value), []).append(c)
        text = self.normalized.text
        for sentence in sorted(index.by_sentence):
            if "\t" in index.sentence_text(sentence):
                continue  # (table rows are read by the table checks)
            # (义务教育阶段1,124件,其中小学642件、初中482件;普通高中213件: the sub-items after an
            # item of the list, summed to it already, are no items of their own — parts from
            # before it are no breakdown of it inside the list)
            nested = {
                part
                for c in index.by_sentence[sentence]
                for parts in summed.get(c.id, ())
                if all(index.position[p] > index.position[c.id] for p in parts)
                for part in parts
            }
            # (工伤认定类312件,占36.9%,其中不服…的118件,…;工伤保险待遇类268件: a part a 其中
            # opens inside an item's own ;-clause may be the item's, not an item of the list —
            # or, when the clause's first figure is the list's whole (油烟噪声扰民类874件,…,其中
            # …392件;…177件), the first of the items: both readings are tried)
            inner: set[str] = set()
            clause_first: dict[int, Claim] = {}
            for c in index.by_sentence[sentence]:
                clause = max(text.rfind(";", 0, c.norm_span[0]), self.normalized_start(sentence))
                first = clause_first.setdefault(clause, c)
                if (
                    first is not c
                    and first.unit == c.unit
                    and "其中" in text[first.norm_span[1] : c.norm_span[0]]
                ):
                    inner.add(c.id)
            variants: list[dict[tuple[str, str | None], list[Claim]]] = []
            for skipped in (nested, nested | inner) if inner else (nested,):
                runs: dict[tuple[str, str | None], list[Claim]] = {}
                for c in index.by_sentence[sentence]:
                    if (
                        _whole_count(c)
                        and _part_lead(c.lead)
                        and not self.in_brackets(c)
                        and c.id not in skipped
                    ):
                        runs.setdefault((c.unit, c.period), []).append(c)
                variants.append(runs)
            part = index.part(sentence)
            section = index.sentences[sentence].section
            # 招生入学类信访中,反映学区划分的238件,…: a list opened by the name of what it divides
            # is that thing's breakdown wherever the report stated its count
            within = _within(index.sentence_text(sentence))
            named = _thing_core(within.group("noun")) if within and within.start() == 0 else ""
            for (unit, period), items in (pair for runs in variants for pair in runs.items()):
                # (东湾村9件中,涉及土地流转的5件: a count and a subset of it are no list; the
                # count that opens the sentence's list with 中 is its whole, not an item)
                if len(items) < 2 or any(
                    text.startswith("中", c.norm_span[1]) for c in items[1:-1]
                ):
                    continue
                found: list[tuple[int, int, Claim]] = []
                for start in range(len(items)):
                    first = index.position[items[start].id]
                    total = ZERO
                    for end in range(start, min(len(items), start + _EXACT_RUN_PARTS)):
                        total += items[end].value
                        if end == start:
                            continue
                        count = end + 1 - start
                        # full: all the sentence's counts of that word (after the whole, when
                        # the whole opens the list: 油烟噪声扰民类874件,…,其中…392件;…177件)
                        accepted = []
                        for c in reversed(wholes.get((part, unit, period, total), ())):
                            if index.position[c.id] >= first:
                                continue
                            full = end == len(items) - 1 and (
                                start == 0
                                or (items[start - 1] is c and self.opens_list(c, items[start]))
                            )
                            if self.breakdown_of(c, sentence, section, full, count) or (
                                full and _names_whole(named, c)
                            ):
                                accepted.append(c)
                        # (the nearest, unless it restates a total stated on its own: as an
                        # item of a 分别 series, 全年受理247件。…2023年、2024年分别受理214件和
                        # 247件, or opening parts of its own in another sentence, 受理的436件中,…)
                        whole = next(
                            (
                                c
                                for c in accepted
                                if "分别" not in c.lead
                                and "依次" not in c.lead
                                and (c.sentence == sentence or not _opens_parts(c))
                            ),
                            accepted[0] if accepted else None,
                        )
                        if whole is not None:
                            found.append((count, start, whole))
                taken: set[int] = set()
                for count, start, whole in sorted(found, key=lambda f: (-f[0], f[1])):
                    span = set(range(start, start + count))
                    if span & taken:
                        continue
                    parts = items[start : start + count]
                    ids = frozenset(p.id for p in parts)
                    if ids in listed or any(ids & other for other in summed.get(whole.id, [])):
                        continue  # (the same parts summed already, to this whole or its twin)
                    if any(whole.id in other and ids <= other for other in listed):
                        # (分别受理118件、92件、76件、64件、54件…: items of one list summed
                        # already are siblings; 64+54 is no breakdown of 118)
                        continue
                    taken |= span
                    summed.setdefault(whole.id, []).append(ids)
                    self.compare_sum(whole, parts, partial_ok=True)

    def numbered_item_sums(self) -> None:
        """(三)诉求类别。1.补偿标准和评估198件,占33.8%。2.安置房交付和质量142件,其中…。3.过渡费
        发放96件。…6.其他45件。: numbered items of one section, a sentence each, whose first
        counts make a total stated before them exactly. Confirm-only, like exact_breakdowns:
        found by the exact total, so items that miss it show nothing; three items at least, of
        one measure word, and a total the report states as one (共受理…, 全年受理…)."""
        index = self.index
        listed = {frozenset(k.claims[:-1]) for k in self.checks if k.kind == "sum"}
        runs: list[list[Claim]] = []
        section: int | None = None
        for number, sentence in enumerate(index.sentences):
            if sentence.section != section:
                runs.append([])
                section = sentence.section
            if not _ITEM_MARK.match(sentence.text, timeout=REGEX_TIMEOUT):
                continue
            first = next(
                (
                    c
                    for c in index.by_sentence.get(number, [])
                    if _whole_count(c)
                    and _part_lead(c.lead)
                    and c.period == "current"
                    and not self.in_brackets(c)
                ),
                None,
            )
            if first is None:
                runs.append([])  # (an item with no count ends the run)
                continue
            runs[-1].append(first)
        for items in runs:
            if len(items) < 3 or len({(c.unit, family(c)) for c in items}) != 1:
                continue
            if frozenset(c.id for c in items) in listed:
                continue
            total = sum((c.value for c in items), ZERO)
            before = index.claims[: index.position[items[0].id]]
            whole = next(
                (
                    c
                    for c in reversed(before)
                    if c.value == total
                    and c.unit == items[0].unit
                    and c.period == "current"
                    and _whole_count(c)
                    and index.part(c.sentence) == index.part(items[0].sentence)
                    and _total_lead(c.lead)
                ),
                None,
            )
            if whole is not None:
                self.compare_sum(whole, items, partial_ok=True)

    def opens_list(self, whole: Claim, first: Claim) -> bool:
        """Whether ``whole`` opens the list that ``first`` begins (816件中,…; 874件,…,其中…392
        件; 调解1,526件,调解成功1,293件…: in its ;-clause) rather than being an item of it
        (城乡建设类300件;劳动社保类200件;农业农村类100件)."""
        text = self.normalized.text
        return (
            text.startswith("中", whole.norm_span[1])
            or "其中" in text[whole.norm_span[1] : first.norm_span[0]]
            or self.same_clause(whole, first)
        )

    def breakdown_of(
        self, whole: Claim, sentence: int, section: int | None, full: bool, count: int
    ) -> bool:
        """Whether a list of ``count`` counts in ``sentence`` (``full``: all of its counts of
        that measure word) that makes ``whole`` exactly may be read as its breakdown."""
        near = self.index.sentences[whole.sentence].section == section
        distance = sentence - whole.sentence
        if _total_lead(whole.lead):
            return full or (near and distance <= 1)
        return full and near and distance <= 2 and (count >= 3 or whole.value >= 100)

    def summed_shares(self) -> None:
        """城乡建设类14.26万件(23.1%);…教育类5.36万件(8.7%)。以上五类合计44.86万件,占72.6%: a
        bare share of a stated sum is of the whole the shares of its parts were all taken of
        (not of the document's headline the share check fell back on)."""
        if not self.bare_shares:
            return
        wholes: dict[str, set[str]] = {}  # part → the wholes its shares were checked over
        summed: dict[str, tuple[str, ...]] = {}  # total → its parts
        for k in self.checks:
            if k.kind == "share" and len(k.claims) == 3:
                wholes.setdefault(k.claims[0], set()).add(k.claims[1])
            elif k.kind == "sum" and k.basis == "stated" and len(k.claims) >= 3:
                summed.setdefault(k.claims[-1], k.claims[:-1])
        for position, k in enumerate(self.checks):
            if k.kind != "share" or len(k.claims) != 3:
                continue
            part = self.bare_shares.get(k.claims[-1])
            parts = summed.get(part.id, ()) if part is not None else ()
            if part is None or not parts or any(p not in wholes for p in parts):
                continue
            common = set.union(*(wholes[p] for p in parts))
            if len(common) != 1 or k.claims[1] in common:
                continue
            whole = self.index.by_id[next(iter(common))]
            if whole.value <= part.value:
                continue  # (分别占该领域的58.6%…: the parts' shares are of the sum itself)
            self.reweigh(position, self.index.by_id[k.claims[-1]], part, whole)

    def share_of_partition(self, reported: Claim, part: Claim, p: Interval) -> bool:
        """有效件中检举控告类1718件、批评建议和申诉类333件、其他类401件,分别占70.1%、13.6%、
        16.4%: shares paired with the listed counts that add up to 100% say the counts are all
        of the whole, so the whole is their sum — not a total the report names nowhere near
        (the 2846 received before duplicates were removed). Returns whether it checked."""
        sentence = self.index.by_sentence.get(reported.sentence, [])
        if reported.paired_with:
            shares = [c for c in sentence if c.kind == "share" and c.paired_with and _actual(c)]
            partners = [self.index.by_id.get(c.paired_with) for c in shares]
        else:
            # 县(市、区)承办工单38.64万件,占62.6%;市直部门承办19.47万件,占31.5%;…企业承办3.66万
            # 件,占5.9%: every share of the statement a bare one beside its own count
            shares = [c for c in sentence if c.kind == "share" and c.unit == "%" and _actual(c)]
            if any(
                (named := _whole_noun(c.lead)) is not None and named.group("noun") for c in shares
            ):
                return False
            partners = [self.part_for(c, self.index.before(c)) for c in shares]
            if len({id(c) for c in partners}) < len(partners):
                return False
        if len(shares) < 2 or all(c.id != reported.id for c in shares):
            return False
        if any(
            c is None or not _is_count(c) or family(c) != family(part) or c.unit != part.unit
            for c in partners
        ):
            return False
        total = _shares_total(shares)
        if total is None or not total[0] <= HUNDRED <= total[1]:
            if reported.paired_with:
                # 山林权属争议58起,…,其他6起,占比依次为43.3%、…4.5%: every count of the
                # statement, closed by 其他 and each with its share, is still all of the whole
                # when one share is wrong (the shares then miss 100%)
                ordered = sorted(partners, key=lambda c: c.norm_span[0])  # type: ignore[union-attr]
                if len(ordered) < 3 or self.closed_list(part, ordered[:-1]) != ordered:
                    return False
            else:
                # 农网改造46件,占31.5%;电力设施保护39件,占26.7%;停电损失赔偿28件;其他33件: a
                # list closed by 其他 is all of its whole, whether every item has a share or not
                partners = self.closed_list(part, partners)  # type: ignore[arg-type]
                if partners is None:
                    return False
        whole = _interval_sum(c for c in partners if c is not None)
        if whole is None or whole[0] <= 0:
            return False
        listed = [c for c in partners if c is not None]
        # (依法受理的来信2,400件 … 960件,占40.0%;…240件,占10.0%: a count the parts make
        # exactly is the whole the report divided by)
        stated = None if reported.paired_with else self.stated_sum(listed, part.period or "")
        if stated is not None and (w := operand(stated)) is not None and w[0] > 0:
            whole, shown, operands = w, _written(stated), [part, stated]
        else:
            shown = _bracketed_sum(listed)
            operands = [part, *(c for c in listed if c is not part)]
        computed = _mid(p) / _mid(whole) * HUNDRED
        fits = self.proportion_fits(reported, p, whole)
        verdict = "consistent" if fits else "inconsistent"
        messages = _proportion_messages("share", _written(part), shown, computed, reported, verdict)
        self.add("share", verdict, reported, operands, computed, messages)
        return True

    def closed_list(self, part: Claim, partners: list[Claim]) -> list[Claim] | None:
        """The counts of ``part``'s statement, of its family and unit, from the first of the
        ``partners`` to the last count, when that last one is the rest (其他33件) and no other
        count of the kind stands between; None otherwise."""
        sentence = self.index.by_sentence.get(part.sentence, [])
        first = min(partners, key=lambda c: c.norm_span[0])
        listed = [
            c
            for c in sentence
            if c.norm_span[0] >= first.norm_span[0]
            and _is_count(c)
            and family(c) == family(part)
            and c.unit == part.unit
        ]
        if len(listed) <= len(partners) or not _remainder(_local_lead(listed[-1])):
            return None
        if any(c not in listed for c in partners) or any(
            _remainder(_local_lead(c)) or _sum_word(c.lead) for c in listed[:-1]
        ):
            return None
        return listed

    def listed_whole_noun(self, reported: Claim) -> str:
        """分别占全县的24.7%、19.1%、13.9%: a later item of a list of shares takes the noun of
        the 占 the list opens with ("" when the 占 names none, or other words intervene)."""
        head = self.head_of(reported)
        at = head.rfind("占")
        if at < 0 or "分别" not in head[max(0, at - 4) : at]:
            return ""
        first = next((i for i in range(at, len(head)) if head[i].isdecimal()), len(head))
        if _LISTED_FIGURES.fullmatch(head[first:], timeout=REGEX_TIMEOUT) is None:
            return ""
        listed = _WHOLE_NOUN.search(head[:first], timeout=REGEX_TIMEOUT)
        noun = listed.group("noun") if listed else ""
        return "" if has_digit(noun) else noun

    def summed_share(
        self, reported: Claim, before: list[Claim], summed: regex.Match[str] | None, noun: str
    ) -> None:
        """其中江口区287件、城南区241件,两区合计占86.3%: the share of the listed parts together
        (as many as the number word says), of the whole they are listed from."""
        number = parse_number(summed.group("n")) if summed and summed.group("n") else None
        last = before[0] if before else None
        listed = self.listed_share_parts(reported, before)
        if listed is not None and (number is None or number.value == len(listed)):
            # 前五类所占比例依次为23.7%、…7.9%,合计占84.3%: the counts of the shares listed
            run = listed
        elif (
            listed is not None
            and number is not None
            and summed is not None
            and summed.group("first")
            and 2 <= number.value < len(listed)
        ):
            # 前五类分别占27.5%、…8.7%,前三类合计占62.0%: the first so many of them
            run = listed[: int(number.value)]
        elif summed is None:
            self.unverifiable("share", reported)
            return
        elif number is not None and last is not None and last.unit in _PERCENTISH:
            # 分别受理23件、…15件,占全镇的比例分别为12.4%、…8.1%,四个村合计占39.8%: the
            # counts before the list of their own shares, when the number word says how many
            last = next((c for c in before if c.unit not in _PERCENTISH), None)
            if last is not None and last.sentence != reported.sentence:
                last = None
        elif last is not None and not self.same_clause(last, reported):
            last = None
        named = self.named_summed_parts(reported, summed) if listed is None else None
        if named is None and listed is None and summed is not None and number is not None:
            named = self.noun_items(reported, summed, int(number.value))
        if named is not None and not noun:
            # (the wholes of the parts' own shares are settled after the breakdown sums)
            self.named_sums.append((reported, named))
            return
        if named is not None:
            run = named
        elif listed is None:
            if last is None or not _is_count(last):
                self.unverifiable("share", reported)
                return
            _, places = self.cached_runs(last.sentence)
            run = places.get(last.id, ([last], 0))[0]
            if len(run) < 2 and number is not None:
                # 优抚待遇类156件,占29.0%;安置就业类118件,占21.9%,两类合计占50.9%: the counts
                # of so many items before, each with its own share
                run = self.shared_items_before(last, int(number.value))
                if run and not noun:
                    self.named_sums.append((reported, run))
                    return
            if len(run) < 2 or (number is not None and number.value != len(run)):
                self.unverifiable("share", reported)
                return
        self.share_of_sum(reported, run, self.whole_for(reported, run[0], noun))

    def noun_items(
        self, reported: Claim, summed: regex.Match[str], number: int
    ) -> list[Claim] | None:
        """客服热线1,862件,12345热线转办836件,网上留言312件…,两条热线合计占86.3%: the counts
        before the summed share in its sentence whose own words hold the noun after its number
        word (热线), when just so many do, all of one kind and unit."""
        rest = summed.group()[summed.end("n") - summed.start() :]
        found = _COUNTED_NOUN.match(rest, timeout=REGEX_TIMEOUT)
        if found is None:
            return None
        noun = found.group("noun")
        # (…来访68批。客服热线占59.6%,两条热线合计占86.3%: the list may end the sentence before)
        pool = [c for c in self.index.before(reported) if _is_count(c)] or [
            c for c in self.index.earlier_sentences(reported, 1) if _is_count(c)
        ]
        items = [c for c in pool if c.period == "current" and _actual(c) and noun in _local_lead(c)]
        if len(items) != number or len({(family(c), c.unit) for c in items}) != 1:
            return None
        return sorted(items, key=lambda c: c.norm_span[0])

    def shared_items_before(self, last: Claim, number: int) -> list[Claim]:
        """``last`` and the counts of its kind before it in its sentence, ``number`` in all, when
        each is followed by its own share and no other count of that kind stands between them
        (else nothing)."""
        if number < 2:
            return []
        sentence = self.index.by_sentence.get(last.sentence, [])
        counts = [
            c
            for c in sentence
            if c.norm_span[0] <= last.norm_span[0] and _tallied(c) and family(c) == family(last)
        ]
        run = counts[-number:]
        if len(run) != number or any(not self.has_own_share(c) for c in run):
            return []
        return run

    def named_summed_shares(self) -> None:
        """The summed shares whose parts were named (``named_summed_parts``), over the whole
        their parts' own shares were all checked over (no other: a bare 合计占 after parts of
        which some have no share of their own names no whole to guess)."""
        for reported, run in self.named_sums:
            whole = (
                self.common_share_whole(run)
                or self.siblings_share_whole(run)
                or self.listed_total(run)
            )
            self.share_of_sum(reported, run, whole)

    def share_of_sum(self, reported: Claim, run: list[Claim], whole: Claim | None) -> None:
        p = _interval_sum(run)
        w = operand(whole) if whole is not None else None
        if whole is None or w is None or w[0] <= 0 or p is None:
            self.unverifiable("share", reported)
            return
        computed = sum((c.value for c in run), ZERO) / _mid(w) * HUNDRED
        verdict = "consistent" if self.proportion_fits(reported, p, w) else "inconsistent"
        part_text = _bracketed_sum(run)
        messages = _proportion_messages(
            "share", part_text, _written(whole), computed, reported, verdict
        )
        self.add("share", verdict, reported, [*run, whole], computed, messages)

    def common_share_whole(self, parts: list[Claim]) -> Claim | None:
        """The one whole the parts' own shares were checked over, if they all were."""
        wholes = set()
        for part in parts:
            over = {
                k.claims[1] for k in self.checks if k.kind == "share" and k.claims[0] == part.id
            }
            if len(over) != 1:
                return None
            wholes |= over
        return self.index.by_id[wholes.pop()] if len(wholes) == 1 else None

    def listed_total(self, parts: list[Claim]) -> Claim | None:
        """12333热线1,264件,12328热线586件,网上投诉平台742件,来信来访282件,两条热线合计占…:
        the count stated before the parts' list that the whole list — the counts of the parts'
        kind and unit their sentence gives in a row, shares between them aside — adds up to
        exactly."""
        kinds = {(family(c), c.unit) for c in parts}
        if len(kinds) != 1 or len({c.sentence for c in parts}) != 1:
            return None
        kind = kinds.pop()
        # (…网上信访418件,来信46件,来访212批684人次,来访按批次计入总量: by the report's own 口径
        # a visit's batches are items of a list in 件)
        batches = kind[1] == "件" and _BY_BATCH.search(self.normalized.text, timeout=REGEX_TIMEOUT)
        listed: list[Claim] = []
        for c in self.index.by_sentence.get(parts[0].sentence, []):
            if c.kind == "share" or (
                batches and c.unit == "人次" and listed and listed[-1].unit == "批"
            ):
                continue
            if (
                _is_count(c)
                and c.period == "current"
                and _actual(c)
                and (
                    (family(c), c.unit) == kind
                    or (batches and c.unit == "批" and "来访" in _local_lead(c))
                )
            ):
                listed.append(c)
            elif any(p.norm_span[0] < c.norm_span[0] for p in parts):
                break  # (a figure of another kind closes a list the parts are in)
            else:
                listed = []
        if not all(p in listed for p in parts) or len(listed) <= len(parts):
            return None
        return self.stated_sum_of(listed, kind)

    def stated_sum_of(
        self, listed: list[Claim], kind: tuple[str, str] | None = None
    ) -> Claim | None:
        """The nearest actual current count of the list's kind and unit (``kind``, else its
        first item's) stated before the list that the list adds up to exactly (the whole it is
        all of)."""
        total = _interval_sum(listed)
        if total is None:
            return None
        kind = kind or (family(listed[0]), listed[0].unit)
        first = self.index.position[listed[0].id]
        return next(
            (
                c
                for c in reversed(self.index.claims[:first])
                if _is_count(c)
                and (family(c), c.unit) == kind
                and c.period == "current"
                and _actual(c)
                and (w := operand(c)) is not None
                and _meets(w, total)
            ),
            None,
        )

    def siblings_share_whole(self, parts: list[Claim]) -> Claim | None:
        """农业农村类534件,占15.7%;劳动社保类417件;自然资源类398件,农业农村和自然资源两类合计
        占30.6%: when some named parts have no share of their own, the one whole over which the
        shares of their list (the counts of the parts' sentences, of their family and unit)
        were checked — if every such share was over that same whole, and it exceeds the parts'
        sum."""
        kinds = {(family(c), c.unit) for c in parts}
        if len(kinds) != 1:
            return None
        sentences = {c.sentence for c in parts}
        listed = {
            c.id
            for i in sentences
            for c in self.index.by_sentence.get(i, [])
            if _is_count(c) and (family(c), c.unit) in kinds
        }
        wholes = {k.claims[1] for k in self.checks if k.kind == "share" and k.claims[0] in listed}
        if len(wholes) != 1:
            return None
        whole = self.index.by_id[wholes.pop()]
        if whole.id in listed or whole.value <= sum((c.value for c in parts), ZERO):
            return None
        return whole

    def named_summed_parts(
        self, reported: Claim, summed: regex.Match[str] | None
    ) -> list[Claim] | None:
        """停水类1724件,占30.5%;水压不足类1386件,占24.5%,停水和水压不足两类合计占55.1%: the
        parts a summed share names before its number word, each the count of its sentence (or
        of the two before) whose own words end with that name (or the name and 类) — when every
        name has exactly one and the number word counts the names."""
        if summed is None or not summed.group("n"):
            return None
        number = parse_number(summed.group("n"))
        lead = reported.lead
        head = lead[: len(lead) - len(summed.group())]
        head = head[max(head.rfind(mark) for mark in ",;。:") + 1 :]
        if number is None:
            return None
        # (招生入学和学校管理与安全两类: a 与 may join the words of one name, when splitting at it
        # too makes more names than the number word counts)
        for joints in (r"[、和及与]", r"[、和及]"):
            names = [n for n in regex.split(joints, head, timeout=REGEX_TIMEOUT) if n]
            if number.value == len(names):
                break
        if (
            number.value != len(names)
            or len(names) < 2
            # (网上信访和12345热线转办两类: a hotline's number is part of its name)
            or any(len(n) < 2 or not n.isalnum() or n.isdigit() for n in names)
        ):
            return None
        pool = [
            c
            for c in self.index.before(reported) + self.index.earlier_sentences(reported, 2)
            if _is_count(c) and _actual(c) and c.period == "current"
        ]
        parts = []
        for name in names:
            # (反映医保报销(待遇支付)的1,472件 for 报销; 大气污染类1,684件 for 大气)
            found = [
                c
                for c in pool
                if _names_category(_local_lead(c), name) or _names_category(c.lead, name)
            ]
            if not found:
                # (轮候、配租…类分别为142件、86件…: an item of a 分别 list is named by its
                # subject, paired from the list of names)
                found = [c for c in pool if c.subject == name]
            if not found:
                # (身份核定 for 反映移民身份和后扶人口核定的95件; 资金分摊 for 反映费用分摊和补助
                # 申领的118件: a name shortened or reworded from its item's words)
                found = _likeliest_item(name, pool)
            if len(found) != 1 or found[0] in parts:
                return None
            parts.append(found[0])
        if len({(family(c), c.unit) for c in parts}) != 1:
            return None
        return sorted(parts, key=lambda c: c.norm_span[0])

    def positional_part(self, reported: Claim) -> Claim | None:
        """学科类386件;艺术类274件;…其他73件。以上分别占退费类投诉的37.6%、26.7%…: a list of
        shares after 分别/依次, with no counts of its own sentence before it, pairs by position
        with the counts of the sentence before — when that sentence holds exactly as many
        (current, stated, not 人次)."""
        _, places = self.cached_runs(reported.sentence)
        run, k = places.get(reported.id, ([reported], 0))
        if len(run) < 2 or any(c.kind != "share" for c in run):
            return None
        start = self.normalized_start(reported.sentence)
        head = self.index.sentence_text(reported.sentence)[: run[0].norm_span[0] - start]
        own, previous = self.clause_and_before(run[0])
        if any(_is_count(c) for c in own) or not _PAIRED_LIST.search(head, timeout=REGEX_TIMEOUT):
            return None
        counts = [
            c
            for c in previous
            if _is_count(c) and c.period == "current" and _actual(c) and family(c) != "visit"
        ]
        return counts[k] if len(counts) == len(run) else None

    def clause_and_before(self, claim: Claim) -> tuple[list[Claim], list[Claim]]:
        """The figures before ``claim`` in its own clause, and those of the clause before it —
        the sentence before, or the clause before in its ;-chain (网上信访5218件,来访2396批…;
        四个渠道分别占信访总量的55.0%、…: the list's counts end the clause before). The latter in
        document order."""
        before = self.index.before(claim)
        clause = self.origin.get(claim.id, claim.sentence)
        own = [c for c in before if self.origin.get(c.id, c.sentence) == clause]
        if len(own) == len(before):
            earlier = self.index.earlier_sentence_indices(claim.sentence, 1)
            return own, [c for i in earlier for c in self.index.by_sentence.get(i, [])]
        previous = clause - 1
        return own, [c for c in reversed(before) if self.origin.get(c.id, c.sentence) == previous]

    def listed_share_parts(self, reported: Claim, before: list[Claim]) -> list[Claim] | None:
        """The counts of the shares listed right before a summed share of the same sentence,
        each the count of the sentence before that the share stands for (``listed_part``)."""
        shares: list[Claim] = []
        for c in before:
            if c.kind != "share" or c.unit != "%":
                break
            shares.append(c)
        if len(shares) < 2:
            return None
        parts = [self.listed_part(c) for c in reversed(shares)]
        if any(p is None for p in parts) or len({p.id for p in parts if p}) != len(parts):
            return None
        return [p for p in parts if p is not None]

    def aligned_share(
        self, reported: Claim, noun_match: regex.Match[str] | None
    ) -> tuple[Claim, Claim] | None:
        """分乡镇为城关64户、东关41户…,其比例依次为3.9%、4.2%…(after 城关1,624户、东关986户…): a
        list of proportions that names no whole (no 占…) beside two lists of as many counts is
        the k-th count of one over the k-th of the other, as a list of rates is."""
        if noun_match is not None or "占" in reported.lead:
            return None
        return next(
            (
                (a, b)
                for a, b in self.aligned_pairs(reported)
                if family(a) == family(b) and a.value <= b.value
            ),
            None,
        )

    def whole_in_phrase(self, reported: Claim, before: list[Claim]) -> tuple[Claim, Claim] | None:
        """两个街道共增加52件,占全区环比增量78件的三分之二: the figure inside the 占…的 phrase is
        the whole, the figure of the same unit before 占 in the same clause is the part."""
        if not before or before[0].unit in _PERCENTISH or reported.paired_with:
            return None
        whole = before[0]
        start = self.normalized_start(reported.sentence)
        text = self.index.sentence_text(reported.sentence)
        # (…占全市住宅小区1,562个的比例为72.8%: the words between may name the proportion)
        if not _OF_FIGURE_TAIL.fullmatch(
            text[whole.norm_span[1] - start : reported.norm_span[0] - start],
            timeout=REGEX_TIMEOUT,
        ):
            return None
        head = text[: whole.norm_span[0] - start]
        of = _OF_FIGURE.search(head, timeout=REGEX_TIMEOUT)
        if of is None and has_digit(head[-21:]):
            # 占全区65岁以上老年人(8.62万人)的80.5%: digits of no figure (a threshold) in the words
            of = _OF_FIGURE_DIGITS.search(head, timeout=REGEX_TIMEOUT)
            if of is not None and (len(before) > 1 and before[1].norm_span[1] > start + of.start()):
                of = None  # (a figure inside the phrase is no threshold)
        if of is None:
            return None
        # 1—9月累计受理792件(一季度268件),…,已相当于上年全年(1,086件)的72.9%: this period's
        # figure over last year's, past the brackets
        across = of.group().startswith("相当于") and whole.period == "previous"
        named = regex.split(r"[,;:、()]", text[: of.start()], timeout=REGEX_TIMEOUT)[-1]
        if len(named) >= 2 and not across:
            # 拨付签约服务费1,642.6万元,其中…签约居民个人支付253.4万元,签约服务费占全区…收入
            # (2.16亿元)的7.6%: the part named in words before 占, counted earlier in the
            # sentence, not the nearest figure
            own = next(
                (
                    c
                    for c in before[1:]
                    if c.sentence == reported.sentence
                    and c.unit == whole.unit
                    and c.kind in ("count", "amount")
                    and c.subject == named
                ),
                None,
            )
            if own is not None:
                return own, whole
        for part in before[1:]:
            between = text[part.norm_span[1] - start : of.start()]
            if ";" in between or "。" in between:
                return self.unstated_part(reported, whole, before[1:])
            if across:
                if (
                    part.unit == whole.unit
                    and part.kind in ("count", "amount")
                    and (part.period or "current") == "current"
                    and not self.in_brackets(part)
                ):
                    return part, whole
                continue
            # (…2764件,同比上升5.9%(上年同期2610件),占全市信访总量1.86万件的14.9%: last
            # year's count in its bracket is not the part)
            if (
                part.unit == whole.unit
                and part.kind in ("count", "amount", "difference")
                and (part.period or "current") == (whole.period or "current")
            ):
                return self.listed_whole(part, text, start) or part, whole
        return None

    def unstated_part(
        self, reported: Claim, whole: Claim, before: list[Claim]
    ) -> tuple[Claim, Claim] | tuple[()]:
        """…,噪声类罚款88.1万元;罚款金额占全区罚没收入(0.42亿元)的6.8%: the whole is stated
        inside 占…的, but the clause names its part in words only. The part is one of the
        figures of the sentence before it in the whole's unit, if one gives the reported value
        (nearest first); otherwise the share cannot be checked — never accused over a part the
        report did not point at."""
        w = operand(whole)
        if w is None or w[0] <= 0:
            return ()
        for part in before:
            p = operand(part)
            if (
                part.unit == whole.unit
                and part.kind in ("count", "amount")
                and (part.period or "current") == "current"
                and part.value < whole.value
                and p is not None
                and self.proportion_fits(reported, p, w)
            ):
                return part, whole
        return ()

    def whole_after_list(self, reported: Claim) -> Claim | None:
        """东城区:受理信访事项4,753件,其中来信412件、来访1,236批…、网上信访3,105件,同比上升
        6.9%(上年5,104件),占全市的29.9%: a figure after a 其中 list of two or more, past a
        comma, speaks of what the list breaks down (4753), not of its last item."""
        before = [
            c
            for c in self.index.before(reported)
            if self.same_clause(c, reported) and c.kind == "count" and c.period == "current"
        ]
        if len(before) < 3:
            return None
        text = self.normalized.text
        last = before[0]
        gap = text[last.norm_span[1] : reported.norm_span[0]]
        if not gap.startswith(",") or "、" in gap or "其中" in gap:
            return None
        start = self.normalized_start(reported.sentence)
        head = text[start : last.norm_span[0]]
        opened = head.rfind("其中")
        if opened < 0 or "、" not in head[opened:] or not _LIST_END_CHARS.isdisjoint(head[opened:]):
            return None
        items = [c for c in before if c.norm_span[0] >= start + opened]
        whole = next((c for c in before if c.norm_span[1] <= start + opened), None)
        if whole is not None and reported.kind == "share":
            # 共排查矛盾纠纷156件,其中东风村、红旗村分别为28件、22件,占排查总数的32.1%: a share
            # of a total named by the whole's own act (排查) is of the items, not of the whole
            noun_match = _whole_noun(reported.lead)
            noun = noun_match.group("noun") if noun_match else ""
            act = _TOTAL_NOUN.sub("", noun, timeout=REGEX_TIMEOUT) if _total_noun(noun) else ""
            if len(act) >= 2 and act in f"{whole.subject or ''}{_local_lead(whole)}":
                return None
        named = reported.subject
        if named and named in reported.lead and any(c.subject == named for c in items):
            return None  # 其中诉讼类176件、执行类139件…,诉讼类和执行类分别占42.7%和…: an item's
        if (
            whole is None
            or len([c for c in items if not _follows(c, items)]) < 2
            or not _actual(whole)
            # (no item of the whole's family: max() of nothing is ZERO)
            or whole.value
            < max((c.value for c in items if family(c) == family(whole)), default=ZERO)
        ):
            return None
        return whole

    def listed_whole(self, part: Claim, text: str, start: int) -> Claim | None:
        """下达资金1648万元,其中中央1000万元、省级420万元、县级228万元,占全年救灾资金0.52亿元
        的31.7%: a share after a 其中 list of two or more is the share of what the list breaks
        down (the figure before 其中), not of its last item."""
        _, places = self.cached_runs(part.sentence)
        run = places.get(part.id, ([part], 0))[0]
        if len(run) < 2 or run[-1] is not part:
            return None
        head = text[: run[0].norm_span[0] - start]
        opened = head.rfind("其中")
        if opened < 0 or not _LIST_END_CHARS.isdisjoint(head[opened:]):
            return None
        return next(
            (
                c
                for c in self.index.before(run[0])
                if c.norm_span[1] - start <= opened
                and c.unit == part.unit
                and c.kind == part.kind
                and c.period == part.period
                and self.same_clause(c, part)
            ),
            None,
        )

    def parallel_share(
        self, reported: Claim, before: list[Claim]
    ) -> tuple[Claim, Claim] | tuple[()] | None:
        """城关镇120件,占全县的31.2%;河口镇86件,22.4%: a share that leaves out its 占… is
        of the same whole as the share it parallels, and of the count of its own item. ``()``
        when that whole is unknown; ``None`` when the share names its own whole."""
        if len(reported.lead) > 8 or "占" in reported.lead or "的" in reported.lead:
            return None
        if reported.paired_with:
            return None
        # the nearest percentage before it is the share it parallels
        model = next((c for c in before if c.unit == "%"), None)
        if model is None or model.kind != "share" or "占" not in model.lead:
            return None
        whole_id = next(
            (
                k.claims[1]
                for k in reversed(self.checks)
                if k.kind == "share" and len(k.claims) == 3 and k.claims[-1] == model.id
            ),
            None,
        )
        if whole_id is None:
            return ()
        whole = self.index.by_id[whole_id]
        between = before[: before.index(model)]
        part = next((c for c in between if _is_count(c) and family(c) == family(whole)), None)
        return (part, whole) if part is not None and part is not whole else ()

    def list_position(self, claim: Claim) -> tuple[int, int] | None:
        """(k, n) when ``claim`` is the k-th of n ≥ 3 figures of its kind and unit listed with
        分别 in its sentence."""
        if "分别" not in claim.lead:
            return None
        listed = self.separately_listed_with(claim)
        return (listed.index(claim), len(listed)) if len(listed) >= 3 else None

    def separately_listed_with(self, claim: Claim) -> list[Claim]:
        """The figures of ``claim``'s sentence of its kind and unit listed with 分别."""
        return [
            c
            for c in self.index.by_sentence.get(claim.sentence, [])
            if c.kind == claim.kind and c.unit == claim.unit and "分别" in c.lead
        ]

    def named_items(self, claim: Claim) -> bool:
        """Whether each rate of ``claim``'s 分别 list names its own act (及时受理率、按期办结率、
        参评率分别为100%、98.4%、81.7%): then no item is the k-th of another list."""
        listed = self.separately_listed_with(claim)
        return len({_rate_act(c.subject or "") for c in listed}) == len(listed)

    def chain_text(self, index: int) -> str:
        """The sentence with the ';'-joined sentences before it (one 。-sentence)."""
        start = index
        while start > 0 and self.index.sentence_text(start - 1).endswith(";"):
            start -= 1
        return "".join(self.index.sentence_text(i) for i in range(start, index + 1))

    def part_for(self, reported: Claim, before: list[Claim]) -> Claim | None:
        """The part a share is of: its 分别 partner, else the nearest count of its subject —
        counted in 批/件 unless the share speaks of 人次."""
        if reported.paired_with and reported.paired_with in self.index.by_id:
            return self.index.by_id[reported.paired_with]
        if "分别" in reported.lead:
            # a 分别 list the extractor could not pair: no guessing, unless the list names its
            # items before 分别 (诉讼类和执行类分别占42.7%和37.3%) and one count has that name
            named = reported.subject or ""
            if len(named) < 2 or named not in reported.lead.partition("分别")[0]:
                return None
            same = [c for c in before if _is_count(c) and c.subject == named]
            if not any(_is_count(c) for c in before):
                # 来信52件;来访118批296人次;…。来信、来访…分别占总量的7.6%、17.3%…: the counts
                # of those names in the sentences before (a visit in 批, as in listed_part)
                same = [
                    c
                    for c in self.index.earlier_sentences(reported, 2)
                    if _is_count(c) and c.subject == named
                ]
                if len(same) > 1:
                    same = [c for c in same if family(c) != "visit"]
            return same[0] if len(same) == 1 else None
        if before and _is_count(before[0]) and self.same_clause(before[0], reported):
            # 其中东风村、红旗村分别为28件、22件,占排查总数的32.1%: a share right after a list
            # of several items, naming none of them, is of the items together
            run, _ = self.cached_runs(reported.sentence)[1].get(before[0].id, ([before[0]], 0))
            if (
                len(run) >= 2
                and run[-1] is before[0]
                and len({c.subject for c in run}) == len(run)
                and not any(
                    c.subject and reported.subject and _related(reported.subject, c.subject)
                    for c in run
                )
            ):
                return None
        subject = reported.subject or ""
        own = _own_words(reported.lead)
        if own.endswith("(") and before and before[0].text.endswith(own[:-1]):
            # 来访408批1126人次(7.7%): the 人次 before the bracket is the unit of the figure
            # before, not the share's own word
            own = ""
        # (…人次下降36.5%,占来访批次的2.2%: the measure the share's own words name comes
        # before the one its subject carried over from the clause before)
        own_cases = ("批" in own or "件" in own) and _HINT_CASE.search(own, timeout=REGEX_TIMEOUT)
        wants_visits = bool(
            ("人" in own and _HINT_VISIT.search(own, timeout=REGEX_TIMEOUT))
            or (
                not own_cases
                and "人" in subject
                and _HINT_VISIT.search(subject, timeout=REGEX_TIMEOUT)
            )
        )
        counts = [c for c in before if _is_count(c)]
        if reported.subject:
            related = [c for c in counts if c.subject and _related(reported.subject, c.subject)]
            thing = reported.subject.removesuffix("件")
            if not related and len(thing) >= 3:
                # 网上信访信息系统超期预警72件,…,其中超期预警件占督办总量的44.7%: the thing the
                # share names, in the words of a count whose subject was cut short
                related = [c for c in counts if thing in _local_lead(c)] or [
                    # 其中村级调解委员会调处196件,…,村级调处占调处总数的50.8%: the share's name
                    # is the count's, shortened (its characters in order, the first two first)
                    c
                    for c in counts
                    if c.subject
                    and c.subject.startswith(thing[:2])
                    and _subsequence(thing, c.subject)
                ]
            # 城乡建设类414件,占31.2%;劳动和社会保障类占18.5%: a share with a subject of its
            # own and no count of it is not a share of another subject's count in another clause
            counts = related or [c for c in counts if self.same_clause(c, reported)]
        if not counts:
            return None
        # 风险消除1,214户3,498人,风险消除户数占…65.8%,人数占比65.1%: the count in the measure
        # the share's own words name (else its subject, the last named)
        measures = [
            found
            for words in (own, subject)
            if "数" in words
            for found in _MEASURE_NAMED.findall(words, timeout=REGEX_TIMEOUT)[-1:]
        ]
        if measures:
            in_measure = [c for c in counts if c.unit == measures[0]]
            if in_measure:
                # (the report said which measure it divided: another that fits is no excuse)
                self.prescribed.add(reported.id)
                return in_measure[0]
        preferred = [c for c in counts if (family(c) == "visit") == wants_visits]
        return (preferred or counts)[0]

    def listed_part(self, reported: Claim) -> Claim | None:
        """The count a share of a list stated after the counts stands for: 违法建设类1152件,
        占道经营类968件…。前五类所占比例依次为23.7%、19.9%…: the one count of the sentence
        before with the share's subject, else with a related one (the extractor gave each share
        of such a list the subject of the item it pairs with)."""
        subject = reported.subject
        own = self.index.by_sentence.get(reported.sentence, [])
        # 城关镇占全县总量的23.4%: a lone share that names its part right before 占 takes the
        # count of exactly that name
        shares = sum(c.kind == "share" for c in own)
        lone = shares == 1 and bool(subject) and f"{subject}占" in reported.lead
        if (
            not subject
            # (a list, its items named or paired by position: 68.8%的信访事项是… alone took a
            # subject by guess)
            or (shares < 2 and not lone)
            or not (
                subject in reported.lead
                or _PAIRED_LIST.search(
                    self.index.sentence_text(reported.sentence), timeout=REGEX_TIMEOUT
                )
            )
        ):
            return None
        # the clause before (in a ;-chain, 网上信访5218件,来访2396批…;四个渠道分别占…), else the
        # sentence before the share's whole chain
        in_clause, previous = self.clause_and_before(reported)
        tries = [(in_clause, previous)]
        in_chain = self.index.before(reported)
        if len(in_clause) != len(in_chain):
            tries.append((in_chain, self.index.earlier_sentences(reported, 1)))
        for before, earlier in tries:
            if any(_is_count(c) for c in before):
                continue
            counts = [
                c
                for c in earlier
                if _is_count(c) and c.subject and _actual(c) and c.period == "current"
            ]
            # (待遇报销类612件 for 待遇报销; 来访2396批6874人次: the 批, as in part_for)
            named = [c for c in counts if c.subject == subject]
            if not named and not lone:
                named = [c for c in counts if _related(subject, c.subject or "")]
            if len(named) > 1:
                named = [c for c in named if family(c) != "visit"]
            if len(named) == 1:
                return named[0]
        return None

    def inside_named(self, claim: Claim, core: str) -> bool:
        """Whether ``claim`` follows an opener X中, of its sentence that names ``core``
        (法律援助类中,反映…的84件)."""
        start = self.index.sentences[claim.sentence].start
        opener = _within(self.index.sentence_text(claim.sentence)[: claim.norm_span[0] - start])
        if opener is None:
            return False
        noun = _without_whole_noun_noise(opener.group("noun"))
        return len(noun) >= 2 and (core in noun or noun in core)

    def whole_for(self, reported: Claim, part: Claim, noun: str) -> Claim | None:
        sentence = self.chain_text(reported.sentence)
        # (…分别占26.9%、19.9%,…;施工扰民类中,…: an opener after the share opens what follows)
        own = self.index.sentences[reported.sentence]
        said = len(sentence) - len(own.text) + reported.norm_span[0] - own.start
        within = _within(sentence[:said])
        if not noun and within:
            noun = within.group("noun")  # 已拨付资金中,…占15.0%: the whole is 已拨付资金
        core = _without_whole_noun_noise(noun)
        candidates = [
            c
            for c in self.index.before(reported) + self.index.earlier_sentences(reported, 6)
            if _is_count(c)
            and c is not part
            and family(c) == family(part)
            and c.value >= part.value
            and c.norm_span[0] != part.norm_span[0]
        ]
        if "累计" not in noun and not self.cumulative(part):
            # (全年完成搬迁1,186户;…以来累计搬迁4,860户。…货币化安置326户,占搬迁户的27.5%: a
            # year's part is of the year's whole, not of a total over years — unless that is all)
            yearly = [c for c in candidates if not self.cumulative(c)]
            if yearly:
                candidates = yearly
        if noun.endswith("合计") and len(noun) >= 4:
            # 县(市、区)妇联受理2562件。…东湖区占县(市、区)合计的21.3%: the whole is the count
            # whose own words open with what the noun adds up, not any other 合计
            summed = noun[:-2]
            named_first = next(
                (
                    c
                    for c in candidates
                    if (at := c.lead.rfind(summed)) >= 0
                    and not any(char.isdecimal() for char in c.lead[at:])
                ),
                None,
            )
            if named_first is not None:
                return named_first
        if not noun:
            carried = self.whole_carried_over(reported, part)
            if carried is not None:
                return carried
            # 其中网上信访644件,占39.0%,网上信访中投诉类286件,占44.4%: the part's own words
            # name the figure it is counted within
            inner = _IN_NOUN.match(_local_lead(part), timeout=REGEX_TIMEOUT)
            if inner is not None and not inner.group("noun").endswith(("其", "集", "当")):
                named = _core(inner.group("noun"))
                within_noun = next(
                    (c for c in candidates if c.subject and _core(c.subject) == named),
                    None,
                ) or next(
                    # (检测站投诉中涉及营运车辆的214件 within 机动车检测站投诉784件, sections
                    # before: the name shortened from the front)
                    (
                        c
                        for c in reversed(self.counts_before(part, family(part)))
                        if len(named) >= 3
                        and c.subject
                        and c.value > part.value
                        and _core(c.subject).endswith(named)
                    ),
                    None,
                )
                if within_noun is not None:
                    return within_noun
        sentence_start = self.index.sentences[reported.sentence].start
        # only a 其中 before the share (…3768件);农业农村类3352件,…,其中… comes after 16.8%)
        text = self.index.sentence_text(reported.sentence)
        subtotal = (
            _SUBTOTAL.search(text, 0, reported.norm_span[0] - sentence_start, timeout=REGEX_TIMEOUT)
            if "其中" in text  # (the pattern is 其中)
            else None
        )
        if not noun and subtotal:
            # 新设项目40个,其中千万美元以上项目7个,仅占17.5%: the whole stands before 其中
            anchor = sentence_start + subtotal.start()
            whole = next(
                (
                    c
                    for c in candidates
                    if c.sentence == reported.sentence
                    and c.norm_span[1] <= anchor
                    # 农业农村类3352件,占13.6%,其中…;自然资源类2716件,占11.0%: a figure with a
                    # share of its own is an item of the list, not the whole
                    and not self.has_own_share(c)
                ),
                None,
            )
            if whole is None and not text[: subtotal.start()].strip():
                # …审批使用维修资金1.26亿元,占累计归集额的2.6%。其中电梯更新改造5870万元,占
                # 46.6%: a sentence opening with 其中 breaks down the figure just before it
                whole = next(
                    (
                        c
                        for c in candidates
                        if c.sentence == reported.sentence - 1
                        and c.period == "current"
                        and _actual(c)
                        # (…合计483件,占46.2%。其中城乡建设类287件,占27.4%: a bare 占 after
                        # a bare 占 is of the same whole, not of the figure before)
                        and not self.has_bare_share(c)
                    ),
                    None,
                )
                if whole is not None and _FINISHED.search(
                    _local_lead(whole), timeout=REGEX_TIMEOUT
                ):
                    # 共受理信访事项2,450件,…,办结2,392件。其中,涉法涉诉类368件: what was
                    # finished is an outcome of the total received, which the 其中 breaks down
                    whole = next(
                        (
                            c
                            for c in candidates
                            if c.sentence == whole.sentence
                            and c.norm_span[0] < whole.norm_span[0]
                            and c.period == "current"
                            and _total_lead(c.lead)
                            and c.value >= whole.value
                        ),
                        whole,
                    )
            if whole is None:
                whole = self.opening_count(reported, part)
            if whole is not None:
                return whole
        if not noun:
            # 反映城乡建设问题的612件中,…286件,占46.7%;涉及物业管理的164件,占26.8%: a bare
            # 占 after a count that opens its parts (…件中,) is of that count, in every clause
            opener = next(
                (
                    c
                    for c in candidates
                    if c.sentence == reported.sentence
                    and c.norm_span[1] <= part.norm_span[0]
                    and _opens_parts(c)
                ),
                None,
            )
            if opener is not None:
                return opener
        if noun.startswith(("全年该", "本年该")):
            noun = noun[2:]  # 占全年该类信访的70.5%
        if noun.startswith("该"):
            referred = (
                self.opened_category(reported, part, noun)
                or self.item_heading_category(reported, part, noun)
                or self.referred_whole(reported, part, noun)
            )
            if referred is None and noun.startswith("该类") and _refers_back(part):
                # 招生高峰期内共受理此类信访89件,占全年该类信访的70.1%: the kind the part refers
                # back to, by the name the extractor resolved for it, counted before
                referred = _named(
                    [c for c in self.earlier_counts(part) if not _refers_back(c)],
                    _thing_core(part.subject or ""),
                )
            if referred is not None:
                return referred
            if noun.startswith(("该类", "该领域", "该行业")):
                # (征地拆迁补偿类包案137件,占该类信访的43.1%: a kind the report counted where
                # it cannot be found is no licence to take any count of 信访)
                return None
        place = (
            _PLACE_QUALIFIER.match(part.lead, timeout=REGEX_TIMEOUT)
            if noun.startswith(("该区", "该县", "该镇", "该乡", "该市", "该村"))
            else None
        )
        if place is not None:
            # 城南区重复信访386件,占该区信访量的24.3%: the whole of the part's own place
            return next(
                (
                    c
                    for c in self.index.before(reported)
                    + self.index.earlier_sentences(reported, _NAMED_REACH)
                    if _is_count(c)
                    and c is not part
                    and family(c) == family(part)
                    and c.value >= part.value
                    and (c.subject or c.lead).startswith(place.group())
                    and not self.after_subtotal(c)
                ),
                None,
            )
        area = _WHOLE_AREA_WORD.match(noun, timeout=REGEX_TIMEOUT) if "全" in noun else None
        if area is not None and noun[area.end() :] in ("", "的"):
            # 两个城区合计9580件,占全市的38.8%: the whole area's own total, when the document's
            # headline is that area's (全市登记信访事项24,683件) — a county's report saying 占全市
            # of a city total it never gives is not computed from the county's headline
            headline = self.headline_over(part)
            if headline is not None and area.group() in headline.lead:
                return headline
        if noun.removesuffix("的") in _WHOLE_YEAR:
            # 上半年268件;…春播期受理236件,占全年的56.5%: the year's own total (全年受理…418件),
            # not a nearer count of part of the year
            yearly = next(
                (
                    c
                    for c in candidates
                    if c.period == "current"
                    and any(word in _own_words(c.lead) for word in _WHOLE_YEAR)
                    and not self.after_subtotal(c)
                ),
                None,
            )
            if yearly is not None:
                return yearly
        exactly = [c for c in candidates if c.subject and noun in c.subject] if noun else []
        if exactly:  # the whole named exactly: 占信访总量 ← 全县信访总量272批
            # (not a part counted after the opener X中, that carries X as its subject)
            return next((c for c in exactly if not self.inside_named(c, core)), exactly[0])
        if (
            "总" in noun  # (every match of _TOTAL_NOUN holds 总)
            and _total_noun(noun)
            and _PETITION_TOTAL.search(noun, timeout=REGEX_TIMEOUT)
        ):
            headline = self.headline_over(part)
            if headline is not None and _area_named(area, headline):
                return headline
        if core and _total_noun(noun):
            # 共对186件信访事项开展督查督办 … 占督办总量的50.5%: the total of what the document's
            # headline counts is its headline figure, not a subset named with the same word
            # (已办结的督办事项中按期办结149件)
            headline = self.headline_over(part)
            # 来访768件,其中集体访96件,占来访总量的12.5%: a figure whose subject is the noun
            # itself comes before a headline that merely holds it (来信来访1,862件次)
            exact = next(
                (
                    c
                    for c in candidates
                    if c.subject
                    and _core(c.subject) == core
                    and not self.after_subtotal(c)
                    and not self.in_breakdown(c, reported)
                    and not self.part_of_headline(c, headline)
                ),
                None,
            )
            if (
                headline is not None
                and core in f"{headline.subject or ''}{headline.lead}{headline.trail}"
            ):
                if exact is not None and headline.subject and _core(headline.subject) != core:
                    return exact
                # 受理矛盾纠纷和信访事项312件 … 矛盾纠纷206件 … 占矛盾纠纷总数的3.9%: a count
                # of exactly the thing named, however far back (but not before the headline),
                # comes before a headline that holds more
                if headline.subject != core:
                    since = self.index.claims[
                        self.index.position[headline.id] : self.index.position[reported.id]
                    ]
                    named_exactly = next(
                        (
                            c
                            for c in reversed(since)
                            if c.subject == core
                            and _is_count(c)
                            and family(c) == family(part)
                            and c.value >= part.value
                            and c is not part
                            and not self.part_of_headline(c, headline)
                            # (其中共享单车(含电单车)投诉3,412件: a part the headline opens,
                            # named by its head noun only; 其中矛盾纠纷206件 is named in full)
                            and (
                                not self.after_subtotal(c)
                                or _clause_words(c.lead).removeprefix("其中") == core
                            )
                        ),
                        None,
                    )
                    if named_exactly is not None:
                        return named_exactly
                return headline
            # 转派承办单位办理的工单61.77万件 … 回访工单42.38万件 … 占工单总量的23.1%: the total
            # of a thing is the largest count of it so far, however far back, not the nearest
            # subset named with the same word
            largest = self.largest_named(reported, part, core)
            if largest is not None:
                return largest
        if len(core) == 1 and area is not None:
            # 占全市的46.7%: an area's one character (市) is no name of a thing; a count whose
            # words hold the whole area (全市各级信访部门共登记) is that area's
            core = ""
            said = noun.rstrip("的")
            # (the first such count, the area's total, not what is due of it: 全市到期应办结)
            named = [
                c
                for c in self.earlier_counts(part)
                if said in _local_lead(c) and not _DUE.search(c.lead, timeout=REGEX_TIMEOUT)
            ]
            if named:
                return named[0]
        if core:
            # (已开工47个 … 占已开工小区的: the noun is read without its 已, so is the subject)
            named = [
                c
                for c in candidates
                if c.subject
                # (人民调解方面152件 read as 方面: a generic head names no whole)
                and c.subject not in _GENERIC_HEADS
                and (
                    core in c.subject
                    or c.subject in core
                    # (安家费已兑现1.47亿元 … 占安家费已兑现额的: 已 is read out of both)
                    or (len(done := c.subject.replace("已", "")) >= 2 and done in core)
                )
            ]
            # 全年新受理134起,…全年需调处纠纷161起 … 占新受理纠纷的55.2%: the figure whose
            # subject holds more of the noun comes first (新受理 before 纠纷), nearest among equals
            # — and among those, the one whose own words hold more of it (占市本级来访批次的 →
            # 其中市本级接待来访372批, not 县(市、区)接待868批, both counting 来访)
            # 法律援助类286件 … 法律援助类中,反映…的84件 … 占法律援助类的: a count after the
            # opener X中, is a part of X, whatever subject it carries, not X
            outside = [c for c in named if not self.inside_named(c, core)]
            if outside:
                named = outside
            pairs = _bigrams(core)
            named.sort(
                key=lambda c: (
                    -min(len(c.subject or ""), len(core)),
                    -sum(pair in c.lead for pair in pairs),
                )
            )
            # (累计已用去全年控制数26,000件的66.9% … 占累计总量的69.5%: a quota the words pass
            # by is no count of the thing)
            in_lead = [
                c
                for c in candidates
                if core in c.lead
                and c not in named
                and not (_QUOTA.search(c.subject or "", timeout=REGEX_TIMEOUT) and "数" not in core)
            ]
            # (其中社区矫正方面84件、人民调解方面152件 … 占社区矫正方面的36.9%: the count whose own
            # clause names it comes before a later item whose lead runs back over the name)
            in_lead.sort(key=lambda c: core not in _local_lead(c))
            named += in_lead
            # 从来源看,…网上信访平台提交的836件…。…占本季度网上信访量的7.0%: a member of a
            # breakdown in another sentence is a part of the whole, not the whole
            wholes = [c for c in named if not self.in_breakdown(c, reported)]
            if named:
                best = (wholes or named)[0]
                if core not in (best.subject or ""):
                    # 住院患者投诉362件 … (a dozen sentences) … 占住院患者投诉的12.0%: a count
                    # of exactly the noun further back comes before a nearer one of its head
                    # (一季度受理投诉268件)
                    exact = next(
                        (
                            c
                            for c in reversed(self.earlier_counts(part))
                            if c.subject == core
                            # (a category is counted in a breakdown; 网上信访 in one is a part)
                            and (core.endswith("类") or not self.in_breakdown(c, reported))
                        ),
                        None,
                    )
                    if exact is not None:
                        return exact
                return best
            for c in candidates:  # 拨付资金 ~ 拨付征收补偿资金: the noun's words in order
                if c.subject and len(core) >= 3 and _subsequence(core, c.subject):
                    return c
            far = self.far_named_whole(reported, part, core)
            if far is not None:
                return far
            act = core[:2]
            for c in candidates:  # 受理申诉 ~ 依法受理2957件: the act of the noun, counted
                if len(core) == 4 and c.subject and c.subject.endswith(act) and act in _ACTS:
                    return c
            tail = core[-2:]
            for c in candidates:  # 移送案件 ~ 送涉嫌…案件: the same head noun
                if len(tail) == 2 and (
                    (c.subject and c.subject.endswith(tail)) or tail in _local_lead(c)
                ):
                    return c
        if not noun:
            # 接待群众93批217人次,当场解决或答复61批,占65.6%: a total of the same unit in the
            # share's own sentence comes before the document's headline
            local = next(
                (
                    c
                    for c in candidates
                    if c.sentence == reported.sentence
                    and c.unit == part.unit
                    and _total_lead(c.lead)
                    and not self.has_own_share(c)
                    # 五个乡镇分别登记312件、241件…: an item of a 分别 list is not a total
                    and "分别" not in c.lead
                ),
                None,
            )
            if local is not None:
                return local
        if not noun:
            section_total = self.section_total(reported, part, candidates)
            if section_total is not None:
                return section_total
        if not noun or (
            ("总" in noun or "全部" in noun) and _WHOLE_WORD.search(noun, timeout=REGEX_TIMEOUT)
        ):
            headline = self.headline_over(part)
            if headline is not None and headline.unit != part.unit and not noun:
                # 全年共受理信访事项1,652件。…合计876件,占53.0%, with 来信来访2,346件次 as the
                # headline: a nearby total in the part's own unit comes first
                own_unit = next(
                    (
                        c
                        for c in candidates
                        if c.unit == part.unit
                        and c.period == "current"
                        and _total_lead(c.lead)
                        and not self.after_subtotal(c)
                        and c.norm_span[0] > headline.norm_span[0]
                    ),
                    None,
                )
                if own_unit is not None:
                    return own_unit
            if headline is not None and _area_named(area, headline):
                return headline
            return next(
                (c for c in candidates if _total_lead(c.lead) and _area_named(area, c)), None
            )
        return None

    def opening_count(self, reported: Claim, like: Claim) -> Claim | None:
        """The count a sentence is about when it opens by naming one stated in the sentences
        just before: 夜间施工噪声5,864件,…。夜间施工噪声投诉涉及在建工地312个,个均18.8件,其中…
        2,318件,占39.5% is about the 5,864 — a figure of ``like``'s unit, not below it."""
        sentence = self.index.by_sentence.get(reported.sentence, [])
        opening = _local_lead(sentence[0]) if sentence else ""
        for c in self.index.earlier_sentences(reported, 6):
            subject = c.subject or ""
            if (
                len(subject) >= 3
                and opening.startswith(subject)
                and _is_count(c)
                and c.unit == like.unit
                and c.period == "current"
                and _actual(c)
                and c.value >= like.value
            ):
                return c
        return None

    def part_of_headline(self, count: Claim, headline: Claim | None) -> bool:
        """Whether ``count``, though it names the thing a total names, is a part of the
        headline: a half-year or quarter of it (下半年接收投诉2,066件), or a count given its own
        share (通过热线接收的投诉2,416件,占62.7%)."""
        if headline is None or count is headline:
            return False
        return self.has_bare_share(count) or bool(
            _named_periods(count.lead) and not _named_periods(headline.lead)
        )

    def largest_named(self, reported: Claim, part: Claim, core: str) -> Claim | None:
        """The largest actual current count before ``reported`` whose subject holds ``core``
        (and not smaller than ``part``): the total of the thing ``core`` names."""
        found = None
        for c in self.counts_before(reported, family(part)):
            if (
                c.subject
                and core in c.subject
                and c is not part
                and c.value >= part.value
                and (found is None or c.value > found.value)
            ):
                found = c
        return found

    def counts_before(self, claim: Claim, fam: str) -> list[Claim]:
        """The counts (:func:`_is_count`) of family ``fam`` before ``claim`` in the document, in
        order: the candidates of a whole named far back."""
        positions, counts = self.index.counts_of(fam)
        return counts[: bisect_left(positions, self.index.position[claim.id])]

    def whole_carried_over(self, reported: Claim, part: Claim) -> Claim | None:
        """手机APP提交2,968件,占网上信访量的69.2%;通过网站提交1,036件,占24.2%: a bare 占 after a
        share of the same statement that named its whole is of that whole."""
        # (…占工单总量的23.1%;劳动和社会保障类9.87万件(16.0%);市场监管…8.42万件(13.6%): the
        # nearest share with a 占, over shares in brackets that carried its whole on)
        earlier = named = None
        for c in self.index.before(reported):
            if c.kind == "share" and c.unit == "%":
                earlier, named = c, _whole_noun(c.lead)
                if named is not None:
                    break
        if earlier is None or named is None:
            return None
        if named.group("noun").startswith("该") and (
            # (其中土地纠纷90件,占该类的三成;环保类200件,占20.0%: 该类 is a part's own whole,
            # not that of the next category — but 出租车方面,反映拒载的386件,占该类的37.3%;绕路
            # 的297件,占28.7%: the items of one topic share its whole)
            self.after_subtotal(earlier, clause=True) or "类" in _local_lead(part)
        ):
            return None
        if "中" in self.normalized.text[earlier.norm_span[1] : part.norm_span[0]]:
            return None  # (占信访总量的39.0%;其中投诉类286件,占44.4%: a part of the part)
        earlier_part = next((c for c in self.index.before(earlier) if _is_count(c)), None)
        if earlier_part is not None and earlier_part.subject and part.subject:
            # 被投诉公证员41名,占执业公证员的47.7%;被投诉司法鉴定人63名,占29.7%: a whole named by
            # what set the first part apart (公证员) is not the whole of a part set apart
            # otherwise (司法鉴定人)
            pairs = zip(earlier_part.subject, part.subject, strict=False)
            same = next((i for i, (a, b) in enumerate(pairs) if a != b), 0)
            told, own = earlier_part.subject[same:], part.subject[same:]
            if same and len(told) >= 2 and told in named.group("noun") and own not in told:
                return None
        made = next(
            (
                k
                for k in reversed(self.checks)
                if k.kind == "share" and len(k.claims) == 3 and k.claims[-1] == earlier.id
            ),
            None,
        )
        whole = self.index.by_id.get(made.claims[1]) if made is not None else None
        if whole is None or family(whole) != family(part) or whole.value < part.value:
            return None
        if whole.period != reported.period:
            # 占比由上年的54.1%提高到58.8%: the base level was of last year's total; the level
            # it rose to is of this year's
            return None
        return whole

    def section_total(self, reported: Claim, part: Claim, candidates: list[Claim]) -> Claim | None:
        """(一)来信情况。全年共受理群众来信412件…。从内容看,…126件,占30.6%: a bare 占 in a
        sub-section that opens with a total of its own is of that total, not of the headline
        before the sub-section."""
        headline = self.headline_over(part)
        if headline is None:
            return None
        # (二、应急管理领域信访。(一)总量。全年受理信访事项428件…(二)主要问题。按内容分,…146件,
        # 占34.1%: a sub-section with no total of its own is of its parent section's, when the
        # parent opens after the headline)
        for inner in self.index.enclosing_sections(reported.sentence):
            if headline.norm_span[0] >= inner.start:
                return None
            total = next(
                (
                    c
                    for c in reversed(candidates)
                    if inner.start <= c.norm_span[0]
                    and c.period == "current"
                    and _total_lead(c.lead)
                    and not self.after_subtotal(c)
                    and not _remainder(_local_lead(c))  # (其余七个村合计23件: a part)
                    # (以上三类合计806件: a recap of the items before it; an item after it is
                    # no part of it)
                    and not _above_all(_local_lead(c))
                ),
                None,
            )
            if total is not None:
                return total
        return None

    def referred_whole(self, reported: Claim, part: Claim, noun: str) -> Claim | None:
        """The whole 该类/该村/该社区 refers to: a thing of that kind named earlier in the
        share's sentence, whose own count stands earlier in the report.

        河道管理类中,反映非法采砂的29件,占该类信访的71.7% → 河道管理类47件;
        青石村信访量占全乡的21.9%,其中…12件,占该村的44.4% → 青石村27件."""
        kind = next((k for k in _REFERRED_KINDS if noun.startswith(k, 1)), None)
        if kind is None:
            return None
        sentence_start = self.index.sentences[reported.sentence].start
        said = self.index.sentence_text(reported.sentence)[: part.norm_span[0] - sentence_start]
        best: tuple[int, Claim] | None = None
        for c in self.earlier_counts(part):
            if len(c.subject or "") > len(kind) and (c.subject or "").endswith(kind):
                at = said.rfind(c.subject or "")
                if at >= 0 and (best is None or at > best[0]):
                    best = (at, c)
        if best is not None:
            return best[1]
        rest = _without_whole_noun_noise(noun[1 + len(kind) :])
        thing = part.subject or ""
        if kind == "类" and len(rest) >= 2 and len(thing) >= 2:
            # 定金意向金纠纷涉及金额1,286.5万元 … 退还…其中定金意向金438.6万元,…占该类纠纷涉及
            # 金额的34.1%: the count of the part's own kind that the rest of the noun names
            named = [
                c
                for c in self.counts_before(part, family(part))
                if (c.subject or "").startswith(thing)
                and _subsequence(rest, c.subject or "")
                and c.value > part.value
            ]
            if named:
                self.prescribed.add(reported.id)  # (the noun named it; no other excuses)
                return named[-1]
        subtotal = said.rfind("其中")
        if kind == "类" and subtotal > 0:
            # 反映安全问题的118件,占11.4%,其中涉及消防和食品安全的46件,占该类的39.0%: the
            # category a 其中 breaks down is the count right before it
            opened = next(
                (
                    c
                    for c in reversed(self.index.by_sentence.get(reported.sentence, []))
                    if c.norm_span[1] <= sentence_start + subtotal
                    and _is_count(c)
                    and _actual(c)
                    and family(c) == family(part)
                ),
                None,
            )
            if opened is not None and opened.value > part.value:
                self.prescribed.add(reported.id)  # (该类 and the 其中 named it)
                return opened
        # 工程建设领域仍是欠薪投诉的“重灾区”,共268件,…,其中房屋建筑157件…,分别占该领域的58.6%:
        # the first count after the thing's name, when the extractor gave it no subject
        at = said.rfind(kind)
        while at > 0 and said[at - 1] == "该":  # (占该类的60.2%,…,占该类的: not a name)
            at = said.rfind(kind, 0, at - 1)
        if at < 0 and said.startswith(("其中", "该" + kind)) and reported.sentence > 0:
            # 物业服务类583件,同比上升18.7%。其中物业收费213件…,物业收费占该类的36.5%: a
            # sentence that opens with 其中 breaks down the thing of that kind just before it
            # (执法办案类186件,占…。上半年…。该类中,反映受案立案问题64件…,分别占该类的34.4%…:
            # so does one that opens with 该类, of the thing of the two sentences before)
            reach = 1 if said.startswith("其中") else 2
            opened = next(
                (
                    c
                    for i in self.index.earlier_sentence_indices(reported.sentence, reach)
                    for c in self.index.by_sentence.get(i, [])
                    if _is_count(c)
                    and _actual(c)
                    and c.period == "current"
                    and family(c) == family(part)
                    and c.value > part.value
                    and len(c.subject or "") > len(kind)
                    and (c.subject or "").endswith(kind)
                ),
                None,
            )
            if opened is not None:
                return opened
        if at < 0 and kind == "类":
            # 出租车方面,反映拒载、挑客的386件,占该类的37.3% over 出租车1,034件 (按行业分): the
            # thing the sentence opens with, as counted earlier in the report
            aspect = _ASPECT_OPENING.match(said, timeout=REGEX_TIMEOUT)
            if aspect is not None:
                return self.first_named(part, aspect.group("thing"))
            # (一)土地承包经营纠纷。1.承包地确权边界和面积争议97起,占该类的36.2%: the thing the
            # section is titled by, as counted earlier in the report
            # (a numbered item may be a section of its own: the title above it, then)
            section = self.index.sentences[reported.sentence].section
            while section is not None:
                thing = self.index.sections[section].title.strip().rstrip("。.:;,")
                if 2 <= len(thing) <= 10 and thing.isalpha():
                    return self.first_named(part, thing)
                section = self.index.sections[section].parent
        if at < 2 or not said[at - 1].isalpha():
            return None
        start = sentence_start + at + len(kind)
        # (维修类信访中,反映房屋漏水的62件,电梯故障的41件,占该类的24.4%: the counts after
        # X类…中 are its parts; X's own count is earlier in the report)
        within = _WITHIN_KIND.match(said, at + len(kind), timeout=REGEX_TIMEOUT)
        after = (
            None
            if within
            else next(
                (
                    c
                    for c in self.index.by_sentence.get(reported.sentence, [])
                    if start <= c.norm_span[0] < part.norm_span[0]
                    and _is_count(c)
                    and _actual(c)
                    and c.period == "current"
                    and family(c) == family(part)
                    and c.value >= part.value
                    # (…168件,占该类的60.2%,…58件,占该类的20.8%: a part of the same kind)
                    and not self.shares_of_the_same(c, noun)
                ),
                None,
            )
        )
        if after is not None or kind != "类":
            return after
        # 反映执行案件的279件,…;执行类信访中,…168件,占该类的60.2%: the category named X类 is
        # the count counted earlier under X (the last one before, of a name starting with X)
        thing = _CATEGORY_NAME.search(said[:at], timeout=REGEX_TIMEOUT)
        if thing is None:
            return None
        named = [
            c
            for c in self.earlier_counts(part)
            if (c.subject or "").startswith(thing.group()) and c.value > part.value
        ]
        return named[-1] if named else None

    def opened_category(self, reported: Claim, part: Claim, noun: str) -> Claim | None:
        """The whole of 占该类 when the sentence opens with the category's name in words other
        than those it was counted by (权属纠纷中,…引发的97件,占该类的20.0% → 林地林木权属纠纷176件;
        水质类中,…148件,占该类的52.7% → 反映水质浑浊、有异味的236件)."""
        if not noun.startswith("该类"):
            return None
        start = self.normalized_start(reported.sentence)
        said = self.index.sentence_text(reported.sentence)[: part.norm_span[0] - start]
        # (身份核定类中,…39件,占该类的41.1%;项目建设类中,…51件,占该类的61.4%: the last
        # clause that opens with a category, the part's own if it does)
        clauses = [0] + [i + 1 for i, ch in enumerate(said) if ch == ";"]
        opening = next(
            (found for at in reversed(clauses) if (found := _subset_opening(said, at))), None
        )
        if opening is None:
            return None
        subtotal = said.rfind("其中")
        if subtotal > opening.end() and any(
            start + opening.end() <= c.norm_span[0] < start + subtotal
            for c in self.index.by_sentence.get(reported.sentence, [])
            if _is_count(c) and family(c) == family(part)
        ):
            # (车驾管业务投诉中,…;反映驾驶人考试问题的276件,其中考试预约难的148件,占该类的
            # 53.6%: the category a 其中 breaks down, after the opening, is nearer)
            return None
        # (车险投诉中,理赔纠纷1,186件,…;理赔纠纷中,…614件,占该类的51.8%: named in the sentence)
        whole = self.named_category(
            _subset_name(opening), reported.sentence, start + opening.start(), family(part)
        )
        if whole is None or family(whole) != family(part) or whole.value <= part.value:
            return None
        return whole

    def item_heading_category(self, reported: Claim, part: Claim, noun: str) -> Claim | None:
        """The whole of 占该类 under a numbered item that names the category as a sentence of
        its own (1.河道采砂类。举报非法采砂142件,占该类的44.6%;…): that category's count,
        stated before (其中河道采砂类318件) — the nearest such item of the section."""
        if not noun.startswith("该类"):
            return None
        sentences = self.index.sentences
        section = sentences[reported.sentence].section
        for number in range(reported.sentence - 1, max(-1, reported.sentence - 12), -1):
            if sentences[number].section != section:
                return None
            named = _ITEM_CATEGORY.fullmatch(sentences[number].text, timeout=REGEX_TIMEOUT)
            if named is not None:
                return self.first_named(part, named.group("name"))
        return None

    def first_named(self, part: Claim, thing: str) -> Claim | None:
        """The first actual current count before ``part`` whose subject is ``thing`` (or
        starts with it) and that may be its whole."""
        return next(
            (
                c
                for c in self.counts_before(part, family(part))
                if c.subject and c.subject.startswith(thing) and c.value > part.value
            ),
            None,
        )

    def shares_of_the_same(self, count: Claim, noun: str) -> bool:
        """Whether the figure right after ``count`` is a share of the whole ``noun`` names."""
        position = self.index.position[count.id] + 1
        following = self.index.claims[position] if position < len(self.index.claims) else None
        return (
            following is not None
            and following.kind == "share"
            and following.sentence == count.sentence
            and noun in following.lead
        )

    def far_named_whole(self, reported: Claim, part: Claim, core: str) -> Claim | None:
        """A whole named by a thing counted sections earlier: 占实地督查事项的63.6% over
        实地督查33件 of section one, 占移民类信访的42.7% over 移民类96件 of the breakdown.

        The first count (in its part of the document) whose name is the thing, else whose
        name ends with it; a generic thing (信访, 来信) names none."""
        thing = _thing_core(core)
        if len(thing) < 2 or thing in _GENERIC_THINGS:
            return None
        candidates = self.earlier_counts(part)
        # 全年办理公证6.42万件 … 其中公证投诉162件 … 占公证投诉的29.6%: a count named by the
        # whole's own words, petition noun and all, before one of the thing alone
        found = next((c for c in candidates if c.subject == core), None) if thing != core else None
        found = found or _named(candidates, thing)
        if found is not None or len(thing) < 3:
            return found
        # 占受理来信的21.4% ← 依法受理的来信14216件: the thing's words in order, in the words
        # the count stands after (占被扣减渔船的… ← …扣减补贴的渔船43艘: a passive 被 is no word
        # of the count's)
        thing = thing.removeprefix("被") if len(thing) >= 4 else thing
        return next(
            (c for c in candidates if _subsequence(thing, _own_words(c.lead))),
            None,
        )

    def in_breakdown(self, claim: Claim, reported: Claim) -> bool:
        """Whether ``claim`` is listed after a 从来源看/按内容分 marker of another sentence."""
        if claim.sentence == reported.sentence:
            return False
        text = self.index.sentence_text(claim.sentence)
        # (plain substring tests first, as in sums: a match holds 按, 从, 分类 or 类别)
        if not ("按" in text or "从" in text or "分类" in text or "类别" in text):
            return False
        marker = _BREAKDOWN.search(text, timeout=REGEX_TIMEOUT)
        return (
            marker is not None
            and claim.norm_span[0] >= self.normalized_start(claim.sentence) + marker.end()
        )

    def next_in_sentence(self, claim: Claim) -> Claim | None:
        """The figure right after ``claim`` in its sentence, if any."""
        position = self.index.position[claim.id] + 1
        following = self.index.claims[position] if position < len(self.index.claims) else None
        return following if following is not None and following.sentence == claim.sentence else None

    def has_bare_share(self, claim: Claim) -> bool:
        """合计483件,占46.2%: the figure right after it is its share, with no whole named."""
        following = self.next_in_sentence(claim)
        return (
            following is not None
            and following.kind == "share"
            and _local_lead(following).lstrip("约").rstrip("为达") in ("占", "占比")
        )

    def has_own_share(self, claim: Claim) -> bool:
        """来信320件,占25.6%: the figure right after it is its share (or rate)."""
        position = self.index.position[claim.id] + 1
        following = self.next_in_sentence(claim)
        if (
            following is not None
            and following.kind in ("share", "rate")
            and self.same_clause(claim, following)
        ):
            return True
        # 来访63批218人次,批均3.8人次,来访所占比例为13.0%: its share, further on in its clause,
        # named by its subject
        if not claim.subject:
            return False
        for later in self.index.claims[position : position + 4]:
            if later.sentence != claim.sentence or not self.same_clause(claim, later):
                return False
            if later.kind == "share":
                return bool(later.subject) and _related(claim.subject, later.subject)
        return False

    def unit_error(self, reported: Claim, part: Claim, whole: Claim, computed: Decimal) -> bool:
        """A share off by 10^4 that would hold if 万 and 亿 were swapped in one operand
        (加装电梯补贴578元,占23.5% of 2,460万元: 万 left out)."""

        def fixed(culprit: Claim, multiplier: Decimal) -> Decimal:
            return computed / multiplier if culprit is whole else computed * multiplier

        # (the operands are rounded: half a point at most, and relative to a small share — a
        # swap giving 0.01% does not explain a reported 0.45%)
        slack = min(Decimal("0.5"), max(Decimal("0.05"), abs(reported.value) * Decimal("0.02")))
        band = self.options.tolerance + slack
        slip = _first_slip(
            (part, whole), lambda c, m: accepts(reported, fixed(c, m), fixed(c, m), band)
        )
        if slip is None:
            return False
        culprit, multiplier, wrong, right = slip
        messages = _both(
            "unit",
            part=_written(part),
            whole=_written(whole),
            computed=_fmt(computed, 4),
            reported=_written(reported),
            part_text=culprit.text,
            wrong=wrong,
            right=right,
            fixed=_fmt(fixed(culprit, multiplier)),
        )
        self.add("unit", "inconsistent", reported, [part, whole], computed, messages)
        return True

    def share_groups(self) -> list[tuple[str, list[Claim]]]:
        """Sentences with their figures; a sentence that goes on with the rest of a list
        (其余依次为…占12.8%…) is joined to the sentence before it."""
        groups: list[tuple[str, list[Claim]]] = []
        previous = -2
        for sentence_index in sorted(self.index.by_sentence):
            text = self.index.sentence_text(sentence_index)
            claims = self.index.by_sentence[sentence_index]
            if (
                groups
                and previous == sentence_index - 1
                and text[:1] in _CONTINUED_LIST_FIRST_CHARS
                and _CONTINUED_LIST.match(text, timeout=REGEX_TIMEOUT)
                and (
                    not self.index.part_of
                    or self.index.part_of[sentence_index - 1] == self.index.part_of[sentence_index]
                )
            ):
                groups[-1] = (groups[-1][0] + text, groups[-1][1] + claims)
            else:
                groups.append((text, list(claims)))
            previous = sentence_index
        return groups

    def share_sums(self) -> None:
        used: set[str] = set()
        for text, claims in self.share_groups():
            shares = [
                c
                for c in claims
                if c.kind == "share"
                and c.unit == "%"
                and _actual(c)
                and c.period != "previous"
                # 农业农村类3352件,占13.6%,其中…982件,占该类的近三成: a share of one item
                and "占该" not in c.lead
                # (停水和水压不足两类合计占55.1%: the share of parts listed apart, not a part)
                and not ("合计" in c.lead and _summed_share(c.lead))
                # (…两类合计600件,占52.4%: the share of a sum of the parts)
                and not self.share_of_summed_count(c)
            ]
            shares = self.before_a_part(shares)
            if len(shares) < 2:
                continue
            # a composition, or a list that ends with 其他/其余, claims to cover everything
            # (but 从来源看,来信128件;来访316批,占21.3%;网上信访687件,占46.2%;12345热线转办
            # 255件: items listed after the last share have none, so the shares are of some)
            complete = (
                bool(
                    not _SHARE_SUM_CUE_CHARS.isdisjoint(text)
                    and _SHARE_SUM_CUE.search(text, timeout=REGEX_TIMEOUT)
                    and not self.items_after_shares(claims, shares)
                )
                or any(_remainder(c.lead) for c in shares)
                or _counted_list(text, len(shares))
                or self.paired_with_remainder(claims, shares)
            )
            if "前" in shares[0].lead and _FIRST_FEW.search(
                _local_lead(shares[0]), timeout=REGEX_TIMEOUT
            ):
                # (…其他208件,前三类依次占投诉总量的35.5%、28.5%和14.8%: the first few of the
                # list, a selection, whatever closes the list of counts)
                complete = False
            if not (
                complete
                or _PARTIAL_SHARE_CUE.search(text, timeout=REGEX_TIMEOUT)
                or self.breakdown_heading(claims[0].sentence)
                or self.one_whole(shares)
            ):
                # no cue says these are parts of one whole, but shares of one whole that
                # add up to 100% are a composition (来信占22.4%,来访占31.2%,网上信访占46.4%)
                if len({_whole_of_share(c) for c in shares} - {""}) <= 1 and self.share_sum(
                    shares, complete, only_consistent=True
                ):
                    used.update(c.id for c in shares)
                continue
            if self.share_sum(shares, complete):
                used.update(c.id for c in shares)
        self.share_runs(used)

    def share_of_summed_count(self, share: Claim) -> bool:
        """Whether the figure right before ``share`` in its clause is a count its own words call
        the sum of so many items listed before (两类合计600件,占52.4%; not 来信来访合计334件 or
        其余各类合计270件, items of the list themselves)."""
        before = self.index.before(share)
        return bool(
            before
            and before[0].kind == "count"
            and self.same_clause(before[0], share)
            and _listed_count(_local_lead(before[0])) is not None
        )

    def before_a_part(self, shares: list[Claim]) -> list[Claim]:
        """``shares`` up to the first after an opener that breaks down a part given a share
        before it (人才落户占34.5%;人才落户中高校毕业生4,860人,占75.7%: 75.7% is of 人才落户,
        not of the whole 34.5% is of), or after an opener X中,."""
        for at in range(1, len(shares)):
            between = self.normalized.text[shares[0].norm_span[1] : shares[at].norm_span[0]]
            if "中" in between and (
                _within(between)
                or any(
                    len(c.subject or "") >= 2 and f"{c.subject}中" in between for c in shares[:at]
                )
            ):
                return shares[:at]
        return shares

    def items_after_shares(self, claims: Sequence[Claim], shares: Sequence[Claim]) -> bool:
        """Whether counts of the last share's part's family follow the last share, with no share
        of their own."""
        last = shares[-1]
        part = next(
            (c for c in reversed(claims) if c.norm_span[0] < last.norm_span[0] and _is_count(c)),
            None,
        )
        if part is None:
            return False
        return any(
            c.norm_span[0] > last.norm_span[0]
            and _is_count(c)
            and c.period == "current"
            and _actual(c)
            and family(c) == family(part)
            for c in claims
        )

    def share_sum(
        self, shares: Sequence[Claim], complete: bool, *, only_consistent: bool = False
    ) -> bool:
        """The share_sum verdict on shares of one whole; ``complete`` when they claim to cover
        all of it. Returns whether a check was made."""
        total = _shares_total(shares)
        if total is None:
            return False
        low, high = total
        computed = sum((c.value for c in shares), ZERO)
        tolerance = self.options.tolerance
        if low - tolerance <= HUNDRED <= high + tolerance:
            verdict = "consistent"
        elif only_consistent:
            return False
        elif not complete and low - tolerance <= HUNDRED:
            return False  # fewer than all the parts may be listed: short of 100% proves nothing
        elif low - tolerance <= HUNDRED and self.fewer_than_all(shares):
            # (受理567件:…286件,…214件,其他67件。…两类分别占50.4%和37.7%: each share holds over
            # the whole, and their parts leave some of it over — two of three, not all)
            return False
        elif HUNDRED - _FAR_FROM_WHOLE <= computed <= HUNDRED + _FAR_FROM_WHOLE:
            verdict = "inconsistent"
        else:
            # 24.4+23.0 = 47.4%, 91.2+90.3+92.3+90.7 = 364.5%: a slip in one share moves the sum
            # by a few points; a sum this far from 100% says the shares are not all of one whole
            # (a partial list, overlapping items, rates of their own) — no accusation. (On each
            # session's new dev reports with that session's code: 7 of 113 first-sight false
            # alarms, no planted error.)
            messages = _both(
                "share_sum_far",
                parts="+".join(_written(c) for c in shares),
                computed=_fmt(computed),
            )
            self.add("share_sum", "unverifiable", shares[-1], shares[:-1], computed, messages)
            return True
        messages = _both(
            "share_sum",
            parts="+".join(_written(c) for c in shares),
            computed=_fmt(computed),
            verdict=verdict,
        )
        self.add("share_sum", verdict, shares[-1], shares[:-1], computed, messages)
        return True

    def fewer_than_all(self, shares: Sequence[Claim]) -> bool:
        """Whether every one of ``shares`` was found consistent over one and the same whole, and
        their parts add up to less than it: the shares of some of its parts, not of all."""
        found = self.common_whole(shares, consistent=True)
        if found is None:
            return False
        whole, parts = found
        return sum((part.value for part in parts), ZERO) < whole.value

    def paired_with_remainder(self, claims: Sequence[Claim], shares: Sequence[Claim]) -> bool:
        """城乡建设2206件…其他1817件,所占比重依次为22.3%…19.2%: shares paired one to one with
        the counts listed before them, the last of which is the rest (其他), cover everything."""
        counts = [
            c
            for c in claims
            if c.kind == "count"
            and c.period == "current"
            and c.norm_span[0] < shares[0].norm_span[0]
        ]
        if len(counts) < len(shares) or any(
            # (…其他原因538架次,天气原因占41.7%;延误2小时以上的1,126架次,占16.7%: a share
            # after a count of its own is not paired with the list)
            c.kind == "count" and shares[0].norm_span[0] < c.norm_span[0] < shares[-1].norm_span[0]
            for c in claims
        ):
            return False
        listed = counts[-len(shares) :]
        return len({family(c) for c in listed}) == 1 and _remainder(_local_lead(listed[-1]))

    def share_runs(self, used: set[str]) -> None:
        """A breakdown written one item per ;-clause (从受理的来信内容看,城乡建设类4386件,占30.9%,
        …;劳动和社会保障类2174件,比重15.3%;…;其他2217件,占15.6%。): the item shares of the
        clauses together, when the run opens with a breakdown (从…看, 按…分, a breakdown
        heading, 其中) and every clause is a count with its one share of the same whole."""
        for sentence_index, claims in self.index.by_sentence.items():
            clauses: dict[int, list[Claim]] = {}
            for claim in claims:
                clauses.setdefault(self.origin.get(claim.id, claim.sentence), []).append(claim)
            if len(clauses) < 2:
                continue
            text = self.index.sentence_text(sentence_index)
            start = self.normalized_start(sentence_index)
            items: list[tuple[Claim, Claim]] = []
            opening = ""
            for clause in [*clauses.values(), []]:
                item = _item_share(clause)
                if items and item is not None:
                    items.append(item)
                    continue
                if len(items) >= 2:
                    self.share_run(items, opening, used)
                items = []
                if item is None:
                    continue
                at = item[0].norm_span[0] - start
                opening = text[text.rfind(";", 0, at) + 1 : at]
                if (
                    _PARTIAL_SHARE_CUE.search(opening, timeout=REGEX_TIMEOUT)
                    or "其中" in opening
                    or (";" not in text[:at] and self.breakdown_heading(sentence_index))
                ):
                    items = [item]

    def share_run(self, items: list[tuple[Claim, Claim]], opening: str, used: set[str]) -> None:
        items = items[: len(self.before_a_part([share for _, share in items]))]
        if len(items) < 2:
            return
        counts = [count for count, _ in items]
        shares = [share for _, share in items]
        wholes = {_whole_of_share(s) for s in shares} - {""}
        if len({family(c) for c in counts}) != 1 or len(wholes) > 1:
            return
        if any(s.id in used for s in shares):
            return
        complete = _remainder(_local_lead(counts[-1])) or _counted_list(opening, len(shares))
        if self.share_sum(shares, complete):
            used.update(s.id for s in shares)

    def cumulative(self, claim: Claim) -> bool:
        """A figure counted over years by the words of its clause before it (2021年实施避让搬迁以来,
        全县累计搬迁4,860户; 2019年以来…12.6亿元; 历年累计) — not a 累计 within the period (上半年
        累计清退2.16亿元, 截至12月31日累计收购21.37万吨)."""
        text = self.normalized.text
        start = max(text.rfind(mark, 0, claim.norm_span[0]) for mark in ";。") + 1
        clause = text[start : claim.norm_span[0]]
        return "历年" in clause or (
            "以来" in clause and _SINCE.search(clause, timeout=REGEX_TIMEOUT) is not None
        )

    def closed_by_rest(self, sentence_index: int) -> bool:
        """The sentence's last figure is an item for the rest (其余乡镇合计132件)."""
        claims = self.index.by_sentence.get(sentence_index, [])
        return bool(claims) and _remainder(_local_lead(claims[-1]))

    def breakdown_heading(self, sentence_index: int) -> bool:
        """The section the sentence opens is titled as a breakdown: (三)按诉求类型分。"""
        sentences = self.index.sentences
        section = sentences[sentence_index].section
        previous = sentences[sentence_index - 1] if sentence_index > 0 else None
        return bool(
            section is not None
            and previous is not None
            and previous.section == section
            and len(previous.text) <= 16
            and not self.index.by_sentence.get(sentence_index - 1)
            # (every match holds 分 or 看)
            and ("分" in previous.text or "看" in previous.text)
            and _BY_ASPECT_TITLE.search(previous.text, timeout=REGEX_TIMEOUT)
        )

    def one_whole(self, shares: Sequence[Claim]) -> bool:
        """Three or more shares each checked against one and the same whole (江口区…占全市的22.8%;
        城南区…占18.8%;…): parts of that whole, which together cannot pass 100%."""
        return len(shares) >= 3 and self.common_whole(shares) is not None

    def common_whole(
        self, shares: Sequence[Claim], *, consistent: bool = False
    ) -> tuple[Claim, list[Claim]] | None:
        """The one whole every share of ``shares`` was checked over (each share's last share
        check; only consistent ones with ``consistent``), with the parts it was checked with;
        None when a share has no such check or the wholes differ."""
        ids = {c.id for c in shares}
        made = {
            k.claims[-1]: k
            for k in self.checks
            if k.kind == "share"
            and len(k.claims) == 3
            and k.claims[-1] in ids
            and (not consistent or k.verdict == "consistent")
        }
        if len(made) != len(shares) or len({k.claims[1] for k in made.values()}) != 1:
            return None
        by_id = self.index.by_id
        return by_id[next(iter(made.values())).claims[1]], [
            by_id[k.claims[0]] for k in made.values()
        ]

    def sums(self) -> None:
        index = self.index
        done: set[tuple[str, ...]] = set()
        for sentence_index in sorted(index.by_sentence):
            text = index.sentence_text(sentence_index)
            # (plain substring tests first: most sentences hold neither cue)
            breakdown = (
                _BREAKDOWN.search(text, timeout=REGEX_TIMEOUT)
                # (a match holds 按 or 从 with 分 or 看, or holds 分类 or 类别)
                if (("按" in text or "从" in text) and ("分" in text or "看" in text))
                or "分类" in text
                or "类别" in text
                else None
            )
            subtotal = _SUBTOTAL.search(text, timeout=REGEX_TIMEOUT) if "其中" in text else None
            if breakdown and "中" in text:
                # (从拖欠主体看,年底尚未兑付的1,186.4万元粮款中,经纪人拖欠812.4万元;…: the
                # breakdown divides the figure it opens with, not the headline)
                after_cue = self.normalized_start(sentence_index) + breakdown.end()
                first = next(
                    (c for c in index.by_sentence[sentence_index] if c.norm_span[0] >= after_cue),
                    None,
                )
                if first is not None and _opens_parts(first):
                    breakdown = None
            following = index.by_sentence.get(sentence_index + 1, [])
            if breakdown and not any(_above_all(c.lead) for c in following[:1]):
                # (a list closed by 以上三类合计… is a selection, not the whole breakdown)
                group = index.paragraph_sentences(sentence_index)
                start = self.normalized_start(sentence_index) + breakdown.end()
                # 从督办方式看,…;从事项来源看,…: the next breakdown ends this one
                after = _BREAKDOWN.search(text, breakdown.end(), timeout=REGEX_TIMEOUT)
                end = self.normalized_start(sentence_index) + after.start() if after else None
                # 热线来电按服务类型分,…: the breakdown names what it divides
                named = _NAMED_BEFORE.search(text, 0, breakdown.start(), timeout=REGEX_TIMEOUT)
                self.sum_group(
                    group,
                    start,
                    None,
                    done,
                    headline=True,
                    end=end,
                    named=named.group() if named else "",
                )
                if group == [sentence_index] and after is None:
                    self.categories_across(sentence_index, start, done)
            elif (
                not subtotal
                and ("分别" not in text or self.closed_by_rest(sentence_index))
                # ((二)按违法环节分。在12,124件举报中,…: the figure that opens the sentence with
                # 中 is the whole its parts divide, read below)
                and not _opens_parts(index.by_sentence[sentence_index][0])
                and self.breakdown_heading(sentence_index)
            ):
                # (二)按网格分。第一网格7件;第二网格5件;…: the section is the breakdown (not
                # parallel 分别 lists of several acts, 分别排查…,已化解… — but (三)乡镇分布。
                # 青石乡、白岩镇分别受理68件、57件,其余乡镇合计132件 names all of one act)
                group = index.paragraph_sentences(sentence_index)
                start = self.normalized_start(sentence_index)
                self.sum_group(group, start, None, done, headline=True)
            elif subtotal and not self.opened_before(sentence_index, subtotal.start()):
                group = index.paragraph_sentences(sentence_index)
                start = self.normalized_start(sentence_index) + subtotal.end()
                if not self.column_sums(group, start, done):
                    self.sum_group(group, start, sentence_index, done, headline=False)
            elif "中" in text:
                # 全年办结的2,276件中,予以支持583件,…,其余136件: the parts of the figure the
                # clause opens with
                claims = index.by_sentence[sentence_index]
                whole = next((c for c in claims if _opens_parts(c)), None)
                rated = [
                    c
                    for c in claims
                    if whole is not None
                    and c.norm_span[0] > whole.norm_span[0]
                    and _tallied(c)
                    and (following_rate := self.next_in_sentence(c)) is not None
                    and following_rate.kind == "rate"
                ]
                if whole is not None and len(rated) < 2:
                    # (受理的1,652件中,已办结1,598件,办结率96.7%,参与评价1,236件,参评率77.3%:
                    # figures each with a rate of its own are the stages of a funnel, not parts)
                    group = index.paragraph_sentences(sentence_index)
                    start = whole.norm_span[1] + len(whole.trail)
                    self.sum_group(group, start, sentence_index, done, headline=False)
            self.completion_partition(sentence_index, done)
            self.evaluation_partition(sentence_index, done)
            self.aggregate_after_list(sentence_index, done)
            self.sum_word(sentence_index, done)
            self.named_subset(sentence_index, done)
            self.named_total(sentence_index, done)
            self.separately_listed(sentence_index, done)
            self.population_sum(sentence_index, done)
            self.borne_sum(sentence_index, done)

    def opened_before(self, sentence_index: int, cue: int) -> bool:
        """认定工伤的3,052名职工中,制造业1,284人、建筑业836人…,其中…农民工574人: the sentence
        opens its parts with 中 and lists two of them before its 其中, which divides an item."""
        at = self.normalized_start(sentence_index) + cue
        claims = self.index.by_sentence[sentence_index]
        whole = next((c for c in claims if c.norm_span[1] <= at and _opens_parts(c)), None)
        return (
            whole is not None
            and sum(1 for c in claims if whole.norm_span[1] <= c.norm_span[0] < at and _tallied(c))
            >= 2
        )

    def column_sums(self, group: list[int], start: int, done: set[tuple[str, ...]]) -> bool:
        """排查1,286起,化解1,224起。其中县级层面排查186起,化解172起;乡镇层面排查1,100起,
        化解1,052起: clauses that each repeat the acts of the figures before 其中, in their
        order, break each of those figures down (one column per act). Whether it found such
        a table (then the 其中 list is not one list of parts)."""
        index = self.index
        members = [
            c
            for i in group
            for c in index.by_sentence.get(i, [])
            if c.norm_span[0] >= start and _tallied(c) and _actual(c) and c.period == "current"
        ]
        if len(members) < 4:
            return False
        fam = family(members[0])
        rows: dict[int, list[Claim]] = {}
        for c in members:
            if family(c) == fam:
                rows.setdefault(self.origin.get(c.id, c.sentence), []).append(c)
        table: list[list[Claim]] = []
        for row in rows.values():
            if table and len(row) != len(table[0]):
                break
            table.append(row)
        width = len(table[0])
        if width < 2 or len(table) < 2:
            return False
        # the act of each column: the same two characters before every figure in it, and a
        # different act for each column
        acts = [table[0][j].lead[-2:] for j in range(width)]
        if len(set(acts)) < width or any(
            len(act) < 2 or any(row[j].lead[-2:] != act for row in table)
            for j, act in enumerate(acts)
        ):
            return False
        sentence = table[0][0].sentence
        totals = [
            c
            for c in index.by_sentence.get(sentence, [])
            if c.norm_span[0] < start and _tallied(c) and _actual(c) and c.period == "current"
        ] or [
            c
            for c in index.earlier_sentences(table[0][0], 1)[::-1]
            if _tallied(c) and _actual(c) and c.period == "current"
        ]
        # one figure of the same kind before the list for each column, naming its act
        if len(totals) != width or any(
            family(total) != fam or act not in total.lead
            for total, act in zip(totals, acts, strict=True)
        ):
            return False
        for j, total in enumerate(totals):
            parts = [row[j] for row in table]
            key = (total.id, *(p.id for p in parts))
            if key not in done:
                done.add(key)
                self.compare_sum(total, parts, partial_ok=True)
        return True

    def exact_whole(self, nearest: Claim, parts: list[Claim], start: int) -> Claim | None:
        """排查纠纷2,146起,化解2,038起,化解率95.0%;其中婚姻家庭纠纷612起、…680起: when the
        parts do not make the figure just before 其中 but make exactly another figure of the same
        statement before it, they break down that one."""
        if any(p.bound != "exact" for p in parts):
            return None
        summed = sum((p.value for p in parts), ZERO)
        if summed == nearest.value:
            return None
        return next(
            (
                c
                for c in self.index.before(nearest)
                if c.sentence == nearest.sentence
                and c.value == summed
                and c.bound == "exact"
                and _tallied(c)
                and c.period == nearest.period
                and family(c) == family(nearest)
                and c.norm_span[0] < start
            ),
            None,
        )

    def named_subset(self, sentence_index: int, done: set[tuple[str, ...]]) -> None:
        """大气污染类中,餐饮油烟1,286件…;工业废气952件;其他278件: the parts of a category
        counted earlier (大气污染3,127件), the sentence opening with its name."""
        text = self.index.sentence_text(sentence_index)
        if "中" not in text[:20] and "方面" not in text[:20]:
            return
        opening = _subset_opening(text)
        if opening is None:
            return
        name = _subset_name(opening)
        said = regex.sub(r"(?:中|当中|方面)[,:]$", "", opening.group(), timeout=REGEX_TIMEOUT)
        # (其中公证投诉162件 … 涉及…公证事项的19件。…公证投诉中,…: the count named by all the
        # opening's words, within reach, before a nearer one that ends with the name alone)
        total = (
            next(
                (
                    c
                    for c in reversed(self.index.claims[: self.first_position(sentence_index)])
                    if sentence_index - c.sentence <= _SUBSET_REACH
                    and c.subject == said
                    and said in _clause_words(c.lead)  # (not a subject only carried on)
                    and c.kind in ("count", "amount")
                    and c.period == "current"
                    and _actual(c)
                ),
                None,
            )
            if said != name
            else None
        ) or self.named_category(name, sentence_index)
        if total is None:
            return
        start = self.normalized_start(sentence_index) + opening.end()
        # (光伏贷还款纠纷中,…46件,占该类的59.0%,…;安装质量和屋顶损坏类中,…38件: the next
        # clause that opens another category ends this one's list)
        end = next(
            (
                self.normalized_start(sentence_index) + at
                for at in (i + 1 for i, ch in enumerate(text) if ch == ";")
                if at > opening.end() and _subset_opening(text, at)
            ),
            None,
        )
        members = [
            c
            for i in self.index.paragraph_sentences(sentence_index)
            for c in self.index.by_sentence.get(i, [])
            if c.norm_span[0] >= start
            and (end is None or c.norm_span[0] < end)
            and _tallied(c)
            and c.period == "current"
            and _actual(c)
            and family(c) == family(total)
        ]
        nested = self.nested_parts(members, start)
        parts = [
            c
            for c in members
            if _part_lead(c.lead) and c.id not in nested and c.value <= total.value
        ]
        if sum((p.value for p in parts), ZERO) > total.value:
            # a list that runs past its total may have picked up more (not then compared),
            # unless 其他 closes it: then it is all of the named thing, and too many is an error
            # (补偿分配纠纷中,反映截留的46件,反映分配不公的51件,反映面积核定的35件: items
            # "…的N件" all of the opening sentence are its list, which may fall short but not
            # run past — unlike the stages of a funnel, 参与评价768件,评价满意682件)
            prefix = _exact_prefix(parts, total)
            closed = bool(parts) and _remainder(_local_lead(parts[-1]))
            own = all(p.sentence == sentence_index and _local_lead(p).endswith("的") for p in parts)
            parts = prefix or (parts if closed or own else [])
        self.listed_sum(total, parts, done)

    def named_category(
        self, name: str, sentence_index: int, before: int = -1, fam: str | None = None
    ) -> Claim | None:
        """The count of the category ``name`` names, counted in the sentences before
        ``sentence_index`` (up to :data:`_SUBSET_REACH` back), or before the normalized offset
        ``before`` when given: the last whose subject ends with the name, else the one whose
        item words hold most of its characters (停水类中 → 反映停水断水的412件; 补偿分配纠纷中 →
        补偿资金分配纠纷128件)."""
        pool = []
        end = self.first_position(sentence_index)
        if before >= 0 and (own := self.index.by_sentence.get(sentence_index)):
            end = self.index.position[own[-1].id] + 1
        inherited = None
        for c in reversed(self.index.claims[:end]):
            if sentence_index - c.sentence > _SUBSET_REACH:
                break
            if before >= 0 and c.norm_span[0] >= before:
                continue
            if (
                # (罚款2,863.5万元…。罚款中,对工业企业…: money is broken down alike)
                c.kind in ("count", "amount")
                and c.period == "current"
                and _actual(c)
                and c.subject
                # (兑付类中,…57件,占该类的16.7%: a count, not 兑付资金54.7万元)
                and (fam is None or family(c) == fam)
            ):
                # 为劳动者追发工资3,916.4万元…。追发工资中,…: the name ends the subject
                if _SUBSET_NAME_TAIL.sub("", c.subject, timeout=REGEX_TIMEOUT).endswith(name):
                    if name in _clause_words(c.lead):
                        return c
                    # (其中户籍类836件;…。分季度看,一季度562件、二季度686件: a count that
                    # only carried the name on is no count of the category, when one that
                    # writes it is found further back)
                    inherited = inherited or c
                    continue
                pool.append(c)
        if inherited is not None:
            return inherited
        found = _likeliest_item(name, pool)
        return found[0] if found else None

    def listed_sum(self, total: Claim, parts: list[Claim], done: set[tuple[str, ...]]) -> None:
        """Compare a list of two or more parts with its total once; the list is complete (a
        shortfall is an error) when it ends with 其他/其余 or pairs an act with its negation."""
        if sum((p.value for p in parts), ZERO) > total.value:
            # (…交通水利39件,…,由违法分包引发的九十六件: a list that makes the whole exactly,
            # then a subset counted another way)
            parts = _exact_prefix(parts, total) or parts
        key = (total.id, *(p.id for p in parts))
        if len(parts) < 2 or key in done:
            return
        done.add(key)
        complete = any(_remainder(p.lead) for p in parts) or _complementary(parts)
        self.compare_sum(total, parts, partial_ok=not complete)

    def first_position(self, sentence_index: int) -> int:
        """The position in the document's claims of the first claim of a sentence."""
        claims = self.index.by_sentence.get(sentence_index, [])
        return self.index.position[claims[0].id] if claims else 0

    def normalized_start(self, sentence_index: int) -> int:
        return self.index.sentences[sentence_index].start

    def sum_group(
        self,
        group: list[int],
        start: int,
        total_sentence: int | None,
        done: set[tuple[str, ...]],
        *,
        headline: bool,
        end: int | None = None,
        named: str = "",
    ) -> None:
        index = self.index
        text = self.normalized.text
        members = [
            c
            for i in group
            for c in index.by_sentence.get(i, [])
            if c.norm_span[0] >= start and (end is None or c.norm_span[0] < end)
        ]
        if total_sentence is not None and members:
            # 新桥街道121件;望江街道109件,…,其中…46件,占…;白沙镇96件…: a total that is itself
            # an item of a ;-list (no 共/受理… before it) has its parts in its own clause only —
            # the next ;-clause is its sibling (but 全县共发生56起,其中…48起;…5起;其余3起 runs on)
            clause = self.origin.get(members[0].id, members[0].sentence)
            if any(
                c.norm_span[0] < start
                and _tallied(c)
                and self.origin.get(c.id, c.sentence) == clause
                and not _total_lead(c.lead)
                # (全年512件中,反映…184件;…97件: a count that opens its parts with 中 is no item)
                and not _opens_parts(c)
                for c in index.by_sentence.get(total_sentence, [])
            ):
                members = [c for c in members if self.origin.get(c.id, c.sentence) == clause]
        for period in ("current", "previous"):
            by_family: dict[str, list[Claim]] = {}
            for claim in members:
                if _tallied(claim) and claim.period == period and _actual(claim):
                    by_family.setdefault(family(claim), []).append(claim)
            for fam, listed in by_family.items():
                # a 三类合计/以上合计/小计 figure inside the list sums some of the parts:
                # it is not a part itself
                # 农业农村类3,352件,其中土地纠纷982件、宅基地纠纷451件: parts of a part (a 其中
                # inside the list, not the one that opens it, and the 、-items after it)
                nested = self.nested_parts(listed, start)
                if nested:
                    self.nested_sums(listed, nested, done)
                parts = [
                    c
                    for c in listed
                    # (其余七个村合计23件 is the remainder: a part)
                    if _part_lead(c.lead)
                    and c.id not in nested
                    # 约三分之一(共329件): an aside in brackets restates a subset, not an item
                    and not ("(" in c.lead and _BRACKETED.search(c.lead, timeout=REGEX_TIMEOUT))
                    and not self.share_whole(c)
                ]
                done_parts = []
                for c in parts[1:]:  # (after a part: never at the start of the text)
                    local = _local_lead(c)
                    # (in its own clause: 已全部交付6个、部分交付5个 is a list of states)
                    if _DONE_OPENING.match(local, timeout=REGEX_TIMEOUT) and text[
                        c.norm_span[0] - len(local) - 1
                    ] in (",", ";"):
                        done_parts.append(c)
                if (
                    done_parts
                    and len(done_parts) < len(parts)
                    and not _complementary(parts)
                    and not any(_is_pending(c) for c in parts)
                ):
                    # 挂牌督办146件,其中区督查室督办38件,已办结139件: what has been done of the
                    # whole is no sibling of a part named before it
                    parts = [c for c in parts if c not in done_parts]
                if len(parts) < 2:
                    continue
                total = None
                if total_sentence is not None:
                    total = next(
                        (
                            c
                            for c in index.before(parts[0])
                            if _tallied(c)
                            and c.period == period
                            and family(c) == fam
                            and c.norm_span[0] < start
                        ),
                        None,
                    )
                    if total is None:
                        # the sentence before: a stated total (共受理…) before any other figure
                        earlier = [
                            c
                            for c in index.earlier_sentences(parts[0], 1)
                            if _tallied(c) and c.period == period and family(c) == fam
                        ]
                        stated = [c for c in earlier if _total_lead(c.lead)]
                        # 排查63起;化解57起。其中村级化解41起,镇级化解12起…: the figure of the
                        # act every part names
                        acted = [c for c in earlier if _act_of_all(c, parts)]
                        total = next(iter(acted + stated + earlier), None)
                        if total is None:
                            total = self.topic_count(parts, period)
                    elif total is not None:
                        total = self.exact_whole(total, parts, start) or total
                if total is None and named:
                    total = self.named_breakdown_whole(parts, named, period)
                if total is None and headline:
                    # 受理信访事项1,247件…。从来源看,…836件,…411件: the total just before the
                    # breakdown comes before the document's headline
                    largest = max(p.value for p in parts)
                    total = next(
                        (
                            c
                            for c in index.before(parts[0]) + index.earlier_sentences(parts[0], 1)
                            if _tallied(c)
                            and c.period == period
                            and family(c) == fam
                            and _actual(c)
                            and c.norm_span[0] < start
                            # (约三分之一(共329件)… before a breakdown of 1,384件: a subset)
                            and c.value >= largest
                            # (…,其中…分局受理872件: a part of another total)
                            and not self.after_subtotal(c)
                            # (其余7个街道(镇)共428件次: the last item of another breakdown)
                            and not _remainder(c.lead)
                            and _total_lead(c.lead)
                            # 到期应办结371件 is what was due, not what a breakdown divides
                            and not _DUE.search(c.lead, timeout=REGEX_TIMEOUT)
                        ),
                        None,
                    )
                guessed = False
                if total is None and headline:
                    # 三、信访情况 上半年受理信访事项187件… 从反映内容看,…其他14件: a breakdown in
                    # a section whose opening counts a total divides that total, not the
                    # document's headline
                    total = self.section_total_of(parts, period)
                    guessed = total is not None
                if total is None and (headline or total_sentence is not None):
                    total = index.headline_total(parts[0], fam, period=period)
                    guessed = True
                if total is None:
                    continue
                # 排查1,286起,化解1,224起。其中,县级层面排查186起,化解172起;乡镇层面排查
                # 1,100起,化解1,052起: parts named by the act of another figure beside the
                # total are that figure's parts
                acts = {
                    _local_lead(c)
                    for c in index.by_sentence.get(total.sentence, [])
                    if c is not total
                    and c.norm_span[0] < start
                    and _tallied(c)
                    and family(c) == fam
                    # (a total counted sections before: the names beside it are its list's)
                    and total.sentence >= parts[0].sentence - 1
                } - {""}
                own = [p for p in parts if _local_lead(p) not in acts]
                if acts and 2 <= len(own) < len(parts):
                    parts = own
                # a figure larger than the whole is not one of its parts (…其中理赔312.5万元;
                # 赔付总额相当于总费用5.84亿元的…) — unless it is one written in 亿 for 万
                # and the parts then make the whole exactly (区级251.2万元、街道135.3亿元)
                if any(p.value > total.value for p in parts):
                    unfiltered = (total.id, *(p.id for p in parts))
                    summed = _interval_sum(parts)
                    if (
                        unfiltered not in done
                        and summed is not None
                        and self.sum_unit_error(
                            total, parts, summed, sum((p.value for p in parts), ZERO)
                        )
                    ):
                        done.add(unfiltered)
                        continue
                parts = [p for p in parts if p.value <= total.value]
                if sum((p.value for p in parts), ZERO) > total.value:
                    # 其中房屋建筑157件、市政工程72件、交通水利39件,…,由违法分包引发的九十六件:
                    # a list that makes the whole exactly, then a subset counted another way
                    parts = _exact_prefix(parts, total) or parts
                if len(parts) < 2:
                    continue
                key = (total.id, *(p.id for p in parts))
                if key in done:
                    continue
                done.add(key)
                # letters have no 人次 of their own, yet offices count each as one person-visit
                letters = (
                    [
                        c
                        for c in members
                        if family(c) == "case"
                        and c.period == period
                        and c.kind == "count"
                        and not _has_visit_partner(c, members)
                    ]
                    if fam == "visit"
                    else []
                )
                # a list that ends with 其他/其余 claims to be complete; any other list (even
                # after 按内容分类:) may name only the main parts, so falling short of the total
                # proves nothing — only exceeding it does
                complete = (
                    any(_remainder(p.lead) for p in parts)
                    or _complementary(parts)
                    # sub-scores that come within a tenth of the score are all of it, one
                    # mistyped (a sub-score left out would leave a larger gap)
                    or (fam == "分" and sum(p.value for p in parts) * 10 >= total.value * 9)
                )
                # (其中达成书面协议4826件、口头协议1686件,书面协议已履行4719件: a 其中 list too)
                if sum(p.value for p in parts) > total.value:
                    # 从责任单位看,…承办41件…57件;已分别办结36件…: a breakdown that runs on
                    # into other figures ends where its parts add up to the whole
                    prefix = _exact_prefix(parts, total)
                    if prefix is not None:
                        parts = prefix
                if guessed and not _adds_up(total, parts):
                    # (a breakdown that makes the headline it was guessed to divide stays with
                    # it, though the headline is restated later in a series: 2022年、2023年、
                    # 2024年分别受理186件、214件和247件)
                    total = self.stated_sum(parts, period) or total
                self.compare_sum(
                    total,
                    parts,
                    partial_ok=not complete,
                    extra=letters,
                )

    def named_breakdown_whole(self, parts: list[Claim], name: str, period: str) -> Claim | None:
        """热线来电1,952件 … 热线来电按服务类型分,…分别为1,036件、487件、415件: the nearest count
        before the breakdown named as the words before its 按 name it (not the total stated just
        before, 三个信访渠道合计1,294件)."""
        first = parts[0]
        largest = max(p.value for p in parts)
        part = self.index.part(first.sentence)
        return next(
            (
                c
                for c in reversed(self.counts_before(first, family(first)))
                if c.period == period
                and c.value >= largest
                and self.index.part(c.sentence) == part
                and name in (c.subject or "") + _own_words(c.lead)
            ),
            None,
        )

    def section_total_of(self, parts: list[Claim], period: str) -> Claim | None:
        """The total of a breakdown in a section below the document's top: a stated total of the
        parts' family in the section, before them — the one they make exactly, else the nearest
        (受理投诉和信访事项4,599件,其中投诉4,386件 … 从业务类型看,…: 4,386 if they make it)."""
        index = self.index
        first = parts[0]
        section = index.sentences[first.sentence].section
        if section is None or index.sections[section].level == 0:
            return None
        fam = family(first)
        largest = max(p.value for p in parts)
        within = index.sections[section]
        totals = [
            c
            for i in range(first.sentence + 1)
            if within.start <= index.sentences[i].start < within.end
            for c in index.by_sentence.get(i, [])
            if c.norm_span[0] < first.norm_span[0]
            and _tallied(c)
            and c.period == period
            and family(c) == fam
            and _actual(c)
            and c.value >= largest
            and _total_lead(c.lead)
            and not _remainder(c.lead)
            and not _DUE.search(c.lead, timeout=REGEX_TIMEOUT)
            and not self.after_subtotal(c)
        ]
        summed = sum((p.value for p in parts), ZERO)
        return next((c for c in totals if c.value == summed), totals[-1] if totals else None)

    def categories_across(
        self, sentence_index: int, start: int, done: set[tuple[str, ...]]
    ) -> None:
        """从反映内容看,城乡建设类512件,…。其中物业管理168件…。农村农业类387件,…。劳动社保类
        264件,…。自然资源类231件,占12.5%;政法类178件,占6.9%;其他274件: a breakdown by 类
        that runs on over the sentences of its paragraph, each opening with a category (the
        sentences opening with 其中 break one down), closed by 其他. Its categories add up to
        the headline total."""
        index = self.index
        text = self.normalized.text
        paragraph_end = text.find("\n", start)
        if paragraph_end < 0:
            paragraph_end = len(text)
        items: list[Claim] = []
        closed = False
        at = sentence_index
        while (
            at < len(index.sentences) and index.sentences[at].start < paragraph_end and not closed
        ):
            claims = [
                c
                for c in index.by_sentence.get(at, [])
                if c.norm_span[0] >= start and _is_count(c) and c.kind == "count" and _actual(c)
            ]
            opening = index.sentence_text(at)
            if at != sentence_index and (
                opening.startswith("其中") or not claims or not _category_item(claims[0])
            ):
                at += 1
                continue
            for c in claims:
                if _category_item(c):
                    items.append(c)
                elif _remainder(_local_lead(c)) and items:
                    items.append(c)
                    closed = True
                    break
            at += 1
        if not closed or len(items) < 4 or len({c.unit for c in items}) != 1:
            return
        if items[0].sentence != sentence_index or items[-1].sentence == sentence_index:
            return  # (a list within its sentence is the breakdown sum_group read)
        total = index.headline_total(items[0], family(items[0]))
        if total is None or total.unit != items[0].unit:
            return
        self.compare_sum_once(total, items, done, partial_ok=False)
        # …;其他274件。前五类合计1,572件: the first so many categories summed
        position = index.position[items[-1].id] + 1
        following = index.claims[position] if position < len(index.claims) else None
        first = (
            _FIRST_SO_MANY.match(_local_lead(following), timeout=REGEX_TIMEOUT)
            if following is not None and following.unit == items[0].unit
            else None
        )
        number = parse_number(first.group(1)) if first is not None else None
        if number is not None and 2 <= number.value < len(items):
            self.compare_sum_once(following, items[: int(number.value)], done, partial_ok=False)

    def topic_count(self, parts: list[Claim], period: str) -> Claim | None:
        """不动产登记类信访比上年增加45件,上升19.5%(上年231件)。其中…158件;…;其他23件: parts
        after a 其中 that opens the sentence, where the sentence before states no count of
        their period, are of the thing that sentence is about, as counted earlier (不动产登记类
        276件 of section one): the first count whose subject is that thing."""
        first = parts[0]
        if not self.index.sentence_text(first.sentence).startswith("其中"):
            return None
        before = self.index.by_sentence.get(first.sentence - 1, [])
        topic = (
            _GENERIC_TAIL.sub("", before[0].subject or "", timeout=REGEX_TIMEOUT) if before else ""
        )
        topic = topic.removesuffix("信访")
        if len(topic) < 3 or not topic.endswith("类"):
            return None
        found = self.first_named(first, topic)
        if found is None or found.subject != topic or found.period != period:
            return None
        return found

    def nested_sums(
        self, listed: Sequence[Claim], nested: set[str], done: set[tuple[str, ...]]
    ) -> None:
        """土地承包纠纷156件,占36.5%,其中延包调整64件、外嫁女权益41件、承包地被占51件;
        宅基地纠纷98件…: the parts a 其中 inside a list gives one of its items, summed to that
        item (the figure of the list before them in their clause)."""
        runs: list[list[Claim]] = []  # each the item, then its parts
        parent: Claim | None = None
        run: list[Claim] | None = None
        for c in listed:
            if c.id not in nested:
                parent, run = c, None
            elif run is not None:
                run.append(c)
            elif parent is not None and self.same_clause(parent, c):
                run = [parent, c]
                runs.append(run)
        for whole, *parts in runs:
            self.listed_sum(whole, [p for p in parts if p.value <= whole.value], done)

    def nested_parts(self, listed: Sequence[Claim], start: int) -> set[str]:
        """The ids of the figures of a list (from ``start``) that a 其中 inside it introduces,
        with the items that follow them joined by 、 only."""
        nested: set[str] = set()
        text = self.normalized.text
        previous: Claim | None = None
        # 城乡建设类426件,占28.8%,其中征地拆迁186件,…,物业管理98件,…;劳动社保类305件: in a
        # list whose items end with ;, a 其中 runs on over , to the end of its item
        span = text[start : listed[-1].norm_span[0]] if listed else ""
        semicolons = ";" in span or ";" in span
        for c in listed:
            between = text[previous.norm_span[1] : c.norm_span[0]] if previous else ""
            if _nested_part(c, start) or (
                # 东湾村9件中,涉及土地流转的5件: the parts of an item, as after 其中
                previous is not None and text.startswith("中", previous.norm_span[1])
            ):
                nested.add(c.id)
            elif (
                previous is not None
                and previous.id in nested
                and (
                    _LIST_END_CHARS.isdisjoint(between)
                    or (semicolons and not any(mark in between for mark in ";;。"))
                )
            ):
                nested.add(c.id)
            previous = c
        return nested

    def stated_sum(self, parts: Sequence[Claim], period: str) -> Claim | None:
        """An earlier count the parts add up to exactly, when their whole was only guessed to
        be the headline: 从受理的来信内容看,城乡建设类4386件… adds up to 受理的来信14216件,
        not to all the letters received (18642件). A breakdown of the headline that is wrong
        adds up to no stated count, and is still compared with the headline."""
        summed = _interval_sum(parts)
        if summed is None:
            return None
        largest = max(p.value for p in parts)
        fam = family(parts[0])
        for c in reversed(self.index.claims[: self.index.position[parts[0].id]]):
            if (
                c.kind == "count"
                and _actual(c)
                and c.period == period
                and family(c) == fam
                and c.value >= largest
            ):
                interval = operand(c)
                if interval is not None and _meets(interval, summed):
                    if _opens_parts(c):
                        # 受理的512件中,复查398件…: a restatement that opens parts of its own;
                        # a breakdown stated elsewhere divides the figure it restates
                        return self.restated(c) or c
                    return c
        return None

    def restated(self, claim: Claim) -> Claim | None:
        """The earliest exactly written count of the same value, unit and period as ``claim``
        before it, that does not itself open parts: what ``claim`` restates."""
        return next(
            (
                c
                for c in self.index.claims[: self.index.position[claim.id]]
                if c.kind == "count"
                and _actual(c)
                and c.bound == "exact"
                and c.value == claim.value
                and c.unit == claim.unit
                and c.period == claim.period
                and not _opens_parts(c)
            ),
            None,
        )

    def after_subtotal(self, claim: Claim, *, clause: bool = False) -> bool:
        """Whether ``claim`` stands after a 其中 of its sentence (with ``clause``: of its own
        ;-clause of a chained sentence): a part, not a whole."""
        text = self.index.sentence_text(claim.sentence)
        before = text[: claim.norm_span[0] - self.normalized_start(claim.sentence)]
        return "其中" in (before[before.rfind(";") + 1 :] if clause else before)

    def said_to_overlap(self, first: Claim) -> bool:
        """Whether the report says the parts a list starts with overlap (一件举报往往反映多类隐患,
        以下类型有交叉:…; 可多选): their sum is no total, in its sentence before them."""
        text = self.index.sentence_text(first.sentence)
        before = text[: first.norm_span[0] - self.normalized_start(first.sentence)]
        return ("交叉" in before or "多选" in before or "重复" in before) and bool(
            _OVERLAP.search(before, timeout=REGEX_TIMEOUT)
        )

    def compare_sum_once(
        self, total: Claim, parts: list[Claim], done: set[tuple[str, ...]], *, partial_ok: bool
    ) -> None:
        """``compare_sum``, unless these parts of this total were compared already."""
        key = (total.id, *(p.id for p in parts))
        if key not in done:
            done.add(key)
            self.compare_sum(total, parts, partial_ok=partial_ok)

    def compare_sum(
        self, total: Claim, parts: list[Claim], *, partial_ok: bool, extra: Sequence[Claim] = ()
    ) -> None:
        summed = _interval_sum(parts)
        t = operand(total)
        if t is None or summed is None:
            return
        if parts and self.said_to_overlap(parts[0]):
            return
        low, high = summed
        computed = sum((p.value for p in parts), ZERO)
        tolerance = self.options.tolerance
        with_extra = sum((c.value for c in extra), ZERO)
        if low <= t[1] + tolerance and high >= t[0] - tolerance:
            verdict = "consistent"
        elif (
            extra
            and low + with_extra <= t[1] + tolerance
            and high + with_extra >= (t[0] - tolerance)
        ):
            verdict = "consistent"
            parts = [*parts, *extra]
            computed += with_extra
        elif self.sum_unit_error(total, parts, summed, computed):
            return
        elif high < t[0] and partial_ok and not _nearly_all(parts, t):
            return  # "其中" may list only some parts: less than the total proves nothing
        elif self.shares_vouch(total, parts):
            return  # the parts overlap (see shares_vouch): not a partition of the total
        elif low > t[1] + tolerance and _some_make(parts, t, tolerance):
            # 来访596批,其中集体访86批,重复访124批,越级访12批,初访472批: some of the parts make
            # the total exactly (初访+重复访); the others divide it another way
            return
        elif not t[0] / _FAR_OFF <= computed <= t[1] * _FAR_OFF:
            # 已办结548件,正在办理17件 against 5,788件; 68+31+14 against 29起: parts that miss
            # their total by half of it or more are parts of another whole — a report's own
            # slip in a breakdown leaves it close (万/亿 slips are read above) — unless the list
            # ran on past its 、-joined items (其中书面协议4826件、口头协议1868件,书面协议已履行
            # 4719件): then those items are the parts
            joined = self.joined_prefix(parts)
            if computed > t[1] and 2 <= len(joined) < len(parts):
                self.compare_sum(total, joined, partial_ok=partial_ok, extra=extra)
            return
        else:
            verdict = "inconsistent"
        messages = _both(
            "sum",
            parts="+".join(_written(p) for p in parts),
            computed=_in_scale(computed, total),
            reported=_written(total) + total.unit,
            verdict=verdict,
        )
        self.add("sum", verdict, total, parts, computed, messages)

    def joined_prefix(self, parts: Sequence[Claim]) -> list[Claim]:
        """The first of ``parts`` and those after it joined to it by 、 (or 和, 及)."""
        text = self.normalized.text
        joined = list(parts[:1])
        for part in parts[1:]:
            if not text.startswith(("、", "和", "及"), joined[-1].norm_span[1]):
                break
            joined.append(part)
        return joined

    def shares_vouch(self, total: Claim, parts: Sequence[Claim]) -> bool:
        """共受理480件,其中涉及拆迁补偿的160件,约占三分之一;初信初访336件,占七成: when every
        part carries its own share and each share is that part of this total, the parts and the
        total are confirmed one by one, so parts that do not add up overlap (two ways of
        dividing the same cases), they are not a wrong sum. Only when the shares themselves
        cannot add up to 100% (coarse shares such as 七成 could hide a wrong part)."""
        if len(parts) < 2:
            return False
        t = operand(total)
        if t is None or t[0] <= 0:
            return False
        shares = [self.next_in_sentence(part) for part in parts]
        summed = _interval_sum([s for s in shares if s is not None])
        if summed is None or summed[0] <= HUNDRED <= summed[1]:
            return False
        for part in parts:
            share = self.next_in_sentence(part)
            p = operand(part)
            if (
                share is None
                or p is None
                or share.kind != "share"
                or share.unit != "%"
                or not self.same_clause(part, share)
                or not self.proportion_fits(share, p, t)
            ):
                return False
        return True

    def sum_unit_error(
        self, total: Claim, parts: Sequence[Claim], summed: Interval, computed: Decimal
    ) -> bool:
        """Parts that miss their total but would make it exactly if one figure's scale word
        were the other (人饮工程920元 among parts in 万元; 135.3亿元 for 万元): a probable unit
        error, reported as such rather than as a wrong sum."""
        t = operand(total)
        if t is None or len(parts) < 2:
            return False
        tolerance = self.options.tolerance

        def holds(culprit: Claim, multiplier: Decimal) -> bool:
            interval = operand(culprit)
            if interval is None:
                return False
            low, high = summed
            low_t, high_t = t
            if culprit is total:
                low_t, high_t = t[0] * multiplier, t[1] * multiplier
            else:
                low += interval[0] * (multiplier - 1)
                high += interval[1] * (multiplier - 1)
            return low <= high_t + tolerance and high >= low_t - tolerance

        slip = _first_slip((*parts, total), holds)
        if slip is None:
            return False
        culprit, multiplier, wrong, right = slip
        messages = _both(
            "unit_sum",
            parts="+".join(_written(p) for p in parts),
            computed=_in_scale(computed, total),
            reported=_written(total) + total.unit,
            part_text=culprit.text,
            wrong=wrong,
            right=right,
            fixed=(
                f"{_written(total)}→{_fmt(total.value * multiplier)}"
                if culprit is total
                else _in_scale(computed + culprit.value * (multiplier - 1), total)
            ),
        )
        self.add("unit", "inconsistent", total, parts, computed, messages)
        return True

    def completion_partition(self, sentence_index: int, done: set[tuple[str, ...]]) -> None:
        """已办结X件,正在办理Y件 against the total received."""
        claims = [
            c
            for c in self.index.by_sentence.get(sentence_index, [])
            if _is_count(c) and c.kind == "count"
        ]
        finishing = [
            c
            for c in claims
            if ("结" in c.lead or "化" in c.lead)
            and _FINISHED.search(c.lead, timeout=REGEX_TIMEOUT)
            and not _pending(c.lead)
            # (到期应办结398件,已办结391件: what was due is no part finished)
            and not _DUE.search(_local_lead(c), timeout=REGEX_TIMEOUT)
        ]
        if not finishing:
            return
        # (本月化解1件,累计化解4件;剩余2件: the rest is of what was finished so far)
        finished = next((c for c in finishing if "累计" in c.lead), finishing[0])
        pending = [
            c
            for c in claims
            if c is not finished
            and family(c) == family(finished)
            and (
                _is_pending(c)
                or (
                    c.norm_span[0] > finished.norm_span[1]
                    and _REMAINING_LEAD.match(c.lead, timeout=REGEX_TIMEOUT)
                )
            )
        ]
        if not pending:
            return
        total = self.stated_whole(finished)
        if total is None and any(map(_is_pending, pending)):
            # (what remains, in no stated state, is only of a whole the passage names)
            total = (
                self.section_opening(finished)
                or self.accepted_total(finished)
                or self.index.headline_total(finished, family(finished))
            )
        if total is None:
            return
        parts = [finished, *pending]
        key = (total.id, *(p.id for p in parts))
        ids = set(key[1:])
        if key in done or any(k[0] == total.id and ids <= set(k[1:]) for k in done):
            return  # already part of a fuller breakdown of the same total
        if any(total.id in k[1:] and finished.id in k[1:] for k in done):
            # (其中:导入法律程序41件;依法终结23件;办结息诉27件;正在办理11件: the 41 is a
            # sibling of the finished count in a breakdown already compared, not its whole)
            return
        done.add(key)
        self.compare_sum(total, parts, partial_ok=False)

    def section_opening(self, finished: Claim) -> Claim | None:
        """四、职工信访情况。县总工会全年受理职工信访318件,…。…全年已办结296件,正在办理22件: the
        first total of the innermost (sub-)section ``finished`` lies in, when it can hold it."""
        inner = next(iter(self.index.enclosing_sections(finished.sentence)), None)
        if inner is None:
            return None
        for c in self.counts_before(finished, family(finished)):
            if (
                c.norm_span[0] >= inner.start
                and c.kind == "count"
                and c.period == "current"
                and _actual(c)
                and _total_lead(c.lead)
                and not self.after_subtotal(c)
                and not _remainder(_local_lead(c))
                # (到期应办结398件,已办结391件,另有21件正在办理: what was due is not all)
                and not _DUE.search(_local_lead(c), timeout=REGEX_TIMEOUT)
            ):
                return c if c.value >= finished.value else None
        return None

    def accepted_total(self, finished: Claim) -> Claim | None:
        """收到申请628件…,依法受理512件…。…已办结478件,正在办理34件: what is handled is what was
        accepted — the last count named as accepted (受理) before ``finished`` that can hold it
        (not 市本级受理148件 after it), in its part, not a figure of a list or a breakdown."""
        part = self.index.part(finished.sentence)
        found: list[Claim] = []
        for c in self.counts_before(finished, family(finished)):
            if (
                self.index.part(c.sentence) == part
                and c.kind == "count"
                and c.period == "current"
                and _actual(c)
                and _ACCEPTED_LEAD.search(c.lead, timeout=REGEX_TIMEOUT)
                and not self.after_subtotal(c)
                and not _remainder(_local_lead(c))
                and not c.paired_with
                and c.value >= finished.value
                # (12350热线受理612件,占47.6%: a channel with its share of a larger whole)
                and not self.has_bare_share(c)
            ):
                found.append(c)
        # (依法受理512件…。受理的512件中,…: a restated figure is the one first stated)
        return next((c for c in found if c.value == found[-1].value), None) if found else None

    def stated_whole(self, finished: Claim) -> Claim | None:
        """The whole that ``finished`` (已办结X件, with its pending rest) was done out of: a total
        of its sentence, else the figure the sentence opens with — or, for a sentence that opens
        with the act, the first figure of the sentence before that could hold it (县里交办积案
        九件,本人包案三件。截至目前,已化解七件,正在化解三件)."""
        fam = family(finished)
        earlier = self.index.before(finished)
        if not earlier:
            return self.whole_stated_before(finished)
        before = [
            c
            for c in earlier
            if c.kind == "count"
            and _is_count(c)
            and family(c) == fam
            and c.value >= finished.value
            and not _FINISHED.search(c.lead, timeout=REGEX_TIMEOUT)
        ]
        if not before:
            return self.whole_stated_before(finished)
        return next((c for c in before if _total_lead(c.lead)), before[0])

    def whole_stated_before(self, finished: Claim) -> Claim | None:
        """The first current count of the sentence before that can hold ``finished``."""
        fam = family(finished)
        previous = self.index.earlier_sentence_indices(finished.sentence, 1)
        # (累计化解积案40件 names what it finished: the whole is of that, not any larger count)
        named = finished.subject
        if named and _FINISHED.search(named, timeout=REGEX_TIMEOUT):
            named = None
        return next(
            (
                c
                for c in (self.index.by_sentence.get(previous[0], []) if previous else [])
                if c.kind == "count"
                and _is_count(c)
                and family(c) == fam
                and c.period == "current"
                and _actual(c)
                and c.value >= finished.value
                and (not named or named in (c.subject or ""))
                # (12350热线受理612件,占47.6%;…: an item with its share of a larger whole)
                and not self.has_bare_share(c)
            ),
            None,
        )

    def without_subtotal_parts(self, candidates: list[Claim]) -> list[Claim]:
        """``candidates`` less the parts a 其中 lists after a larger figure of theirs (发放救助资金
        28.6万元,其中县级18.2万元、乡镇10.4万元,人均1.24万元: the average is of the whole)."""
        if len(candidates) < 2:
            return candidates
        kept = []
        for c in candidates:
            text = self.index.sentence_text(c.sentence)
            start = self.normalized_start(c.sentence)
            opened = any(
                w.sentence == c.sentence
                and w.norm_span[1] <= c.norm_span[0]
                and w.value > c.value
                and "其中" in text[w.norm_span[1] - start : c.norm_span[0] - start]
                for w in candidates
            )
            # (…县级228万元,占全年救灾资金0.52亿元的31.7%: the whole of a share is not
            # what the clause averages)
            if not opened and not self.share_whole(c):
                kept.append(c)
        return kept or candidates

    def share_whole(self, claim: Claim) -> bool:
        """Whether ``claim`` is the whole named inside a 占…的 phrase (占全年救灾资金0.52亿元的
        31.7%): the share follows it with only 的 between."""
        following = self.next_in_sentence(claim)
        if following is None or following.kind != "share":
            return False
        between = self.normalized.text[claim.norm_span[1] : following.norm_span[0]]
        return between in ("的", "") and "占" in _local_lead(claim)

    def evaluation_partition(self, sentence_index: int, done: set[tuple[str, ...]]) -> None:
        """参与评价352件,评价满意316件、基本满意21件、不满意15件: the verdicts of an evaluation
        (满意 and 不满意, with 基本/比较满意 or 一般 between) are all of the evaluated figure before
        them — in the sentence, or the sentence before (随机抽取80件进行回访。回访中,满意67件…)."""
        claims = self.index.by_sentence.get(sentence_index, [])
        # (满意 and 不满意 are verdicts themselves: a sentence without both has none to add up)
        subjects = {c.subject for c in claims}
        if "不满意" not in subjects or "满意" not in subjects:
            return
        claims = [c for c in claims if _is_count(c)]
        verdicts = [
            c
            for c in claims
            if c.subject and _VERDICT_SUBJECT.match(c.subject, timeout=REGEX_TIMEOUT)
        ]
        if not any(c.subject == "不满意" for c in verdicts) or not any(
            c.subject == "满意" for c in verdicts
        ):
            return
        first = verdicts[0]
        verdicts = [c for c in verdicts if family(c) == family(first) and c.kind == first.kind]
        total = next(
            (
                c
                for c in self.index.before(first) or self.index.earlier_sentences(first, 1)
                if c.kind == first.kind
                and _is_count(c)
                and family(c) == family(first)
                and _EVALUATED.search(c.lead, timeout=REGEX_TIMEOUT)
            ),
            None,
        )
        if total is None or len(verdicts) < 2:
            return
        key = (total.id, *(p.id for p in verdicts))
        if key in done:
            return
        done.add(key)
        self.compare_sum(total, verdicts, partial_ok=False)

    def aggregate_after_list(self, sentence_index: int, done: set[tuple[str, ...]]) -> None:
        """东湾村9件,办结8件;石桥村7件,办结7件;…。全镇办结40件: a whole-area figure of an act
        after a ;-list of items that each name that act adds up the items' figures."""
        if sentence_index == 0 or "全" not in self.index.sentence_text(sentence_index):
            return
        listed = self.index.by_sentence.get(sentence_index - 1, [])
        clauses = {self.origin.get(c.id, c.sentence) for c in listed}
        if len(clauses) < 2:
            return  # not a ;-list
        for total in self.index.by_sentence.get(sentence_index, []):
            if total.kind != "count" or not _is_count(total) or not total.lead.startswith("全"):
                continue
            area = _WHOLE_AREA.match(total.lead, timeout=REGEX_TIMEOUT)
            if area is None:
                continue
            act = area.group("act")
            by_clause: dict[int, list[Claim]] = {}
            for c in listed:
                if (
                    c.kind == "count"
                    and _is_count(c)
                    and family(c) == family(total)
                    and _own_words(c.lead).endswith(act)
                ):
                    by_clause.setdefault(self.origin.get(c.id, c.sentence), []).append(c)
            if len(by_clause) < 2 or any(len(found) > 1 for found in by_clause.values()):
                continue  # one figure of the act per item, in two items at least
            parts = [found[0] for found in by_clause.values()]
            key = (total.id, *(p.id for p in parts))
            if key in done:
                continue
            done.add(key)
            # a list closed by 其余/其他 items names every item; any other may name only some
            complete = _remainder(self.index.sentence_text(sentence_index - 1))
            self.compare_sum(total, parts, partial_ok=not complete)

    def separately_listed(self, sentence_index: int, done: set[tuple[str, ...]]) -> None:
        """来信、来访、网上信访分别为196件、314件和470件 after a total: the parts of it."""
        text = self.index.sentence_text(sentence_index)
        if "分别" not in text:
            return
        marker = _LISTED_VALUES.search(text, timeout=REGEX_TIMEOUT)
        if marker is None:
            return
        anchor = self.index.sentences[sentence_index].start + marker.end()
        claims = self.index.by_sentence.get(sentence_index, [])
        parts = [
            c for c in claims if c.norm_span[0] >= anchor and _is_count(c) and c.kind == "count"
        ]
        if len(parts) < 2 or len({family(p) for p in parts}) != 1:
            return
        ids = tuple(p.id for p in parts)
        if any(key[1:] == ids for key in done):
            return  # (热线来电按服务类型分,…分别为…: the breakdown found its whole already)
        fam = family(parts[0])
        earlier = [c for c in claims if c.norm_span[0] < anchor - len(marker.group())]
        total = next(
            (
                c
                for c in reversed(earlier)
                if _is_count(c) and family(c) == fam and _total_lead(c.lead)
            ),
            None,
        )
        if total is None:
            total = next(
                (
                    c
                    for c in self.index.earlier_sentences(parts[0], 1)
                    if _is_count(c)
                    and c.kind == "count"
                    and family(c) == fam
                    and _total_lead(c.lead)
                ),
                None,
            )
        if total is None:
            return
        if total.unit not in _MONEY_UNITS and any(p.value > total.value for p in parts):
            # (共处理信访积案36件。来信和网上信访分别为412件和836件: a count larger than the
            # total is no part of it; money may be one written in 亿 for 万, a unit slip)
            return
        self.compare_sum_once(total, parts, done, partial_ok=True)

    def population_sum(self, sentence_index: int, done: set[tuple[str, ...]]) -> None:
        """全市常住人口335.9万人,五个县(区)常住人口分别为86.4万人、72.1万人…: the populations of
        the places against the population of the whole area stated before them — a list of them,
        or one in each place's clause (江口区…常住人口68.4万人…;城南区…常住人口52.7万人). Rounded
        populations add up within their intervals; a list that falls short proves nothing (the
        report may name only some places), one that exceeds the whole is inconsistent."""
        if "人口" not in self.index.sentence_text(sentence_index):
            return
        claims = self.index.by_sentence.get(sentence_index, [])
        runs, _ = self.cached_runs(sentence_index)
        listed = [
            run
            for run in runs
            if len(run) >= 2
            and _is_population(run[0])
            and not _of_whole_area(run[0])
            # (常住人口39.6万人(户籍人口46.8万人): one place's two populations, not a list)
            and "(" not in self.normalized.text[run[0].norm_span[1] : run[-1].norm_span[0]]
        ]
        if listed:
            parts = listed[0]
        else:
            parts = [c for c in claims if _is_population(c) and not _of_whole_area(c)]
            if len(parts) < 3 or len({self.origin.get(c.id, c.sentence) for c in parts}) < 3:
                return  # (one place per clause: at least three places)
        basis = _POPULATION_WORD.search(_own_words(parts[0].lead), timeout=REGEX_TIMEOUT)
        if basis is not None and not listed:
            # 常住人口39.6万人(户籍人口46.8万人): a population on another basis is no place's part
            parts = [
                c
                for c in parts
                if _POPULATION_WORD.search(_own_words(c.lead), timeout=REGEX_TIMEOUT) is None
                or basis.group() in _own_words(c.lead)
            ]
        if any(c.unit != "人" or not _actual(c) or c.period != "current" for c in parts):
            return
        start = self.index.position[parts[0].id]
        total = next(
            (
                c
                for c in reversed(self.index.claims[:start])
                if c.unit == "人"
                and _is_population(c)
                and _of_whole_area(c)
                and _actual(c)
                and c.period == "current"
                and (basis is None or basis.group() in c.lead)
            ),
            None,
        )
        if total is None:
            return
        self.compare_sum_once(total, parts, done, partial_ok=True)

    def borne_sum(self, sentence_index: int, done: set[tuple[str, ...]]) -> None:
        """发放高龄津贴9,846.2万元,占34.4%,由市财政承担3,938.5万元、县财政承担5,907.7万元:
        what each payer bears adds up to the figure the 由 clause follows."""
        text = self.index.sentence_text(sentence_index)
        if "由" not in text:
            return
        opening = _BORNE_OPENING.search(text, timeout=REGEX_TIMEOUT)
        if opening is None:
            return
        at = self.normalized_start(sentence_index) + opening.start()
        claims = self.index.by_sentence.get(sentence_index, [])
        whole = next(
            (
                c
                for c in reversed(claims)
                if c.norm_span[1] <= at and _tallied(c) and _actual(c) and c.period == "current"
            ),
            None,
        )
        if whole is None:
            return
        parts: list[Claim] = []
        for c in claims:
            if c.norm_span[0] < at:
                continue
            if not _BORNE_VERB.search(_local_lead(c), timeout=REGEX_TIMEOUT):
                break
            parts.append(c)
        if len(parts) >= 2 and all(
            _tallied(p) and family(p) == family(whole) and _actual(p) for p in parts
        ):
            self.compare_sum_once(whole, parts, done, partial_ok=False)

    def sum_word(self, sentence_index: int, done: set[tuple[str, ...]]) -> None:
        """…3件、…5件,合计8件: parts before a 合计/共计 figure in the same sentence."""
        claims = self.index.by_sentence.get(sentence_index, [])
        for position, total in enumerate(claims):
            if total.kind != "count" or not _sum_word(total.lead) or not _actual(total):
                continue
            if _remainder(total.lead):
                continue  # 其余村(社区)合计82件: the rest's own total, not a sum of what precedes
            before = claims[:position]
            # parts start after the previous total: 四村合计127件…;其余…合计82件
            last_total = max(
                (
                    i
                    for i, c in enumerate(before)
                    if _sum_word(c.lead)
                    or (
                        c.lead[:1] in _TOTAL_LEAD_FIRST_CHARS
                        and _TOTAL_LEAD.match(c.lead, timeout=REGEX_TIMEOUT)
                    )
                ),
                default=-1,
            )
            before = before[last_total + 1 :]
            named = self.named_parts(total)
            if named is not None:
                before = named  # 劳资纠纷、农业农村、城乡建设三类问题…合计41批
            elif not before and (_above_all(total.lead) or _listed_count(total.lead)):
                # …农业农村类208件,占14.0%。以上三类合计806件, …惠民惠农资金78件。四个领域合计
                # 497件: the parts are the sentence before
                before = self.index.earlier_sentences(total, 1)[::-1]
            parts = [
                c
                for c in before
                if c.kind == "count"
                and c.period == total.period
                and family(c) == family(total)
                and _actual(c)
            ]
            listed = _listed_count(total.lead)
            if listed is not None and len(parts) > listed and "类" in _local_lead(total):
                # A类386件,其中…的231件;B类214件;两类合计600件: the N categories, not a part
                # of one of them
                categories = [c for c in parts if _category_item(c)]
                if len(categories) == listed:
                    parts = categories
            if (
                len(parts) >= 3
                and "其中" in (self.normalized.text[parts[0].norm_span[1] : parts[1].norm_span[0]])
            ):
                # 县直部门受理648件,其中人社局186件、住建局142件…,三个部门合计426件: the
                # figure a 其中 list opens is the list's whole, not one of the items added
                parts = parts[1:]
            added = _added_count(self.chain_text(total.sentence), total.lead)
            if added is not None and len(parts) > added:
                # 越级到市上访41批,到省9批,进京1批,…三项相加,共计51批: the last three
                parts = parts[-added:]
            if listed is not None and len(parts) != listed:
                # 城东街道163件,…其中…46件;…;上述七个街道共862件: the seven are the figures
                # that open the ;-clauses
                heads: dict[int, Claim] = {}
                for c in parts:
                    heads.setdefault(self.origin.get(c.id, c.sentence), c)
                parts = list(heads.values())
                if len(parts) != listed:
                    continue
            if len(parts) < 2:
                continue
            key = (total.id, *(p.id for p in parts))
            if key in done:
                continue
            done.add(key)
            self.compare_sum(total, parts, partial_ok=False)

    def named_total(self, sentence_index: int, done: set[tuple[str, ...]]) -> None:
        """网上信访和12345热线转办的354件: a total named by the figures it adds."""
        for total in self.index.by_sentence.get(sentence_index, []):
            if total.kind != "count" or not _actual(total):
                continue
            act = ""
            # (a match of _NAMED_BY_LIST or _NAMED_SUM holds one of 、和与及)
            listed = not _LIST_JOINER_CHARS.isdisjoint(total.lead)
            if total.lead.endswith("的"):
                if not listed or not _NAMED_BY_LIST.search(total.lead, timeout=REGEX_TIMEOUT):
                    continue
            else:
                # 住建、人社、自然资源三个部门合计承办94件: the names, a sum word, the act counted
                summed = (
                    _NAMED_SUM.search(total.lead, timeout=REGEX_TIMEOUT)
                    if listed and ("计" in total.lead or "共" in total.lead)
                    else None
                )
                if summed is None:
                    continue
                act = summed.group("act") or ""
            parts = self.named_parts(total, act)
            if not parts:
                continue
            self.compare_sum_once(total, parts, done, partial_ok=False)

    def named_parts(self, total: Claim, act: str = "") -> list[Claim] | None:
        """The figures a list of names before a total refers to (劳资纠纷、农业农村、城乡建设三类
        问题…合计41批 → 劳资纠纷类19批, 农业农村类13批, 城乡建设类9批): each name the words of
        exactly one earlier figure of the total's kind, in the sentences before (same part)."""
        start = self.normalized_start(total.sentence)
        head = self.index.sentence_text(total.sentence)[: total.norm_span[0] - start]
        found = None
        for match in _NAME_LIST.finditer(head, timeout=REGEX_TIMEOUT):
            found = match  # the last list before the total
        if found is None:
            return None
        names = _LIST_SEPARATOR.split(found.group("items"), timeout=REGEX_TIMEOUT)
        names[-1] = _NAME_END.split(names[-1], maxsplit=1, timeout=REGEX_TIMEOUT)[0]
        earlier = [
            c
            for c in self.index.earlier_sentences(total, _NAMED_REACH)
            if c.kind == "count" and family(c) == family(total) and c.period == total.period
        ]
        parts: list[Claim] = []
        for name in names:
            if len(name) < 2:
                return None
            # (not the first figure of a 分别 list whose names end its words: 来信、网上信访、
            # 12345热线转办分别为23件、… names 23件 来信, not 热线转办)
            matches = [
                c
                for c in earlier
                if name in c.lead[-len(name) - 4 :]
                and not _PAIRED_LIST.search(
                    c.lead, len(c.lead) - len(name) - 4, timeout=REGEX_TIMEOUT
                )
            ]
            if not matches and act:
                # 住建 ← 市住建局…分别承办督办件41件: the name within the figure's subject, of
                # a figure of the same act (not 已分别办结36件 of the same 市住建局)
                matches = [
                    c
                    for c in earlier
                    if c.subject and name in c.subject and act in c.lead and "其中" not in c.lead
                ]
            if not matches:
                # 滨河、南门两个老社区合计85件 ← 滨河、南门…社区分别登记47件、38件…: the figure of
                # the nearest sentence whose subject is the name and three characters at most
                # (and digits: 12345热线转办)
                # (one only: 网上信访与热线转办两项合计 after 12345热线转办42件 and a rest of 88件
                # the extractor also named 热线转办 names none)
                named = [
                    c
                    for c in earlier
                    if c.subject
                    and name in c.subject
                    and len(c.subject) - len(name) <= 3 + sum(x.isdigit() for x in c.subject)
                    and _actual(c)
                ]
                nearest = max((c.sentence for c in named), default=None)
                matches = [c for c in named if c.sentence == nearest]
            if len(matches) != 1 or matches[0] in parts:
                return None
            parts.append(matches[0])
        return parts

    def per_capita(self, reported: Claim) -> None:
        """人均/日均/平均每次: numerator of the same unit, denominator the people, days or
        occasions — in the same sentence, or a numerator named by the same noun shortly before
        (or the headline total for 信访事项). Anything less certain stays unverifiable."""
        if reported.kind != "ratio" or not _actual(reported):
            return
        if reported.unit == "分" and _AVERAGE_SCORE.search(reported.lead, timeout=REGEX_TIMEOUT):
            self.average_score(reported)
            return
        # (the first of the lead's markers is _PER_CAPITA.search(reported.lead))
        marker = next(iter(_per_capita_markers(reported.lead)), None)
        if marker is None:
            per = _PER_NAMED.search(reported.lead, timeout=REGEX_TIMEOUT)
            if per is None or not self.per_named_population(reported, per):
                self.per_population_listed(reported)
            return
        if "万人" in marker.group() or "千人" in marker.group():
            self.per_population(reported, marker.group())
            return
        markers = [m.group() for m in _per_capita_markers(reported.lead)]
        if len(markers) > 1 and "平均" not in markers:
            # 每个坐席日均接听8.7个: per seat and per day, two denominators
            self.per_two(reported, markers[-2:])
            return
        wants = _PER_WHAT.get(marker.group(), ())
        around = (
            reported.lead[max(0, marker.start() - 2) : marker.start()]
            + reported.lead[marker.end() : marker.end() + 2]
        )
        if "人" in marker.group() and "月" in around:
            # 发放低保金8,642.6万元,惠及21,468人,月人均补助335.5元: per person and per month,
            # over months the report does not count
            self.unverifiable("per_capita", reported)
            return
        if wants and self.average_over_basis(reported, wants):
            return
        sentence = self.index.by_sentence.get(reported.sentence, [])
        pair = self.index.before(reported)[:2]
        if (
            wants == ("批",)
            and len(pair) == 2
            and _counts(pair[1], wants)
            and pair[0].unit in ("人次", "人")
            and pair[0].subject == pair[1].subject
            and _is_count(pair[0])
            and _is_count(pair[1])
            and self.normalized.text[pair[1].norm_span[1] : pair[0].norm_span[0]] == ""
        ):
            # 其中…来信143件,来访277批986人次,批均3.6人: the visits and batches just before it
            # (a part after 其中, and its own average)
            self.ratio_check("per_capita", reported, pair[0], pair[1], scale=Decimal(1))
            return
        if not wants:  # 平均每次, 平均每人: the word after 平均 says what
            after = reported.lead[marker.end() :]
            wants = next((units for word, units in _PER_WHAT.items() if after.startswith(word)), ())
        # the thing the average names before its marker in its clause (来访 of 来访批均)
        local = _local_lead(reported)
        named_thing = local[: max(0, marker.start() - (len(reported.lead) - len(local)))]
        if len(named_thing) >= 2:
            # 其中住宅小区782处、11.36万个,…,住宅小区人防工程处均车位145个: the average of an
            # item its words name is over that item's own pair of counts
            same = self.index.before(reported)
            per = [c for c in same if _is_count(c) and _counts(c, wants)]
            of = [c for c in same if _is_count(c) and c.unit == reported.unit]
            pairs = [
                (n, d)
                for d in per
                if len(d.subject or "") >= 2 and named_thing.startswith(d.subject)
                for n in of
                if n.subject == d.subject and self.same_clause(n, d)
            ]
            if len(pairs) == 1:
                self.prescribed.add(reported.id)  # (the words named the item)
                self.ratio_check("per_capita", reported, *pairs[0], scale=Decimal(1))
                return
        # (the nearest before it: 街道代办员四名;…;合计六十八名,人均代办1.9件 — but not a part
        # after 其中: 立案128宗,其中…未批先建48宗,…宗均9.7万元)
        denominator = next(
            (
                c
                for c in [*self.index.before(reported), *sentence]
                if c is not reported
                and _is_count(c)
                and _counts(c, wants)
                and not (wants != ("天",) and self.after_subtotal(c, clause=True))
                # (…占全县信访总量(2,846件)的11.2%;涉及群众426人次,件均1.3人次: the whole a
                # share is of is another population's count, not what is averaged over)
                and not _whole_of_share_phrase(c)
                # (来电21,535个,日均59.0个;…全年共250个工作日: a count after the average, or
                # days counted in another ;-clause, are that clause's own)
                and (
                    self.same_clause(c, reported)
                    or (c.norm_span[0] < reported.norm_span[0] and wants != ("天",))
                )
                # (来访批均1.6人,集体访6批: a count after an average that names its thing is
                # of another thing unless it names the same)
                and not (
                    c.norm_span[0] > reported.norm_span[0]
                    and len(named_thing) >= 2
                    and not (c.subject or "").startswith(named_thing)
                )
            ),
            None,
        )
        thing = marker.group()[:-1] if marker.group().endswith("均") else ""
        if denominator is not None and reported.unit in wants and len(thing) >= 2:
            # 协调推动148个小区物业…,新增充电桩4,260个,小区均28.8个: when what is averaged is
            # counted in the measure the average is per, the count of the thing it names
            denominator = next(
                (
                    c
                    for c in [*self.index.before(reported), *sentence]
                    if c is not reported
                    and _is_count(c)
                    and _counts(c, wants)
                    and c.trail.startswith(thing)
                ),
                denominator,
            )
        noun = reported.lead[marker.end() :]
        if denominator is None and "名" in wants:
            denominator = self.people_named_before(
                reported, noun, named_thing
            ) or self.people_averaged_before(reported, marker.group())
        candidates = [
            c
            for c in self.index.before(reported)
            + [
                c
                for c in sentence
                if c.norm_span[0] > reported.norm_span[0]
                # (人均包案3.7件,其中区委书记、区长带头包案六件: a part after 其中 is no
                # numerator of the average before it)
                and not self.after_subtotal(c, clause=True)
                # (个均18.8件,…;全年核发夜间施工许可2,146件: nor a figure of a later ;-clause)
                and ";" not in self.normalized.text[reported.norm_span[1] : c.norm_span[0]]
            ]
            if _is_count(c)
            and c is not denominator
            and (
                c.unit == reported.unit
                or {c.unit, reported.unit} <= {"人", "人次"}
                # 培训138人次,人均参训3次
                or {c.unit, reported.unit} == {"次", "人次"}
                # 约谈经营者286家次,涉及172家,家均约谈1.7次: so many times per thing counted
                or (reported.unit == "次" and c.unit[:-1] in wants and c.unit.endswith("次"))
            )
        ]
        # 共包案96件,已化解81件,人均包案3.4件: the figure of the act averaged, else the nearest
        act = _average_act(reported)
        numerator = _by_act(self.without_subtotal_parts(candidates), act)
        guessed = False
        part = self.part_averaged(reported, candidates, wants)
        if part is not None and not (act and any(act in c.lead for c in candidates)):
            numerator, denominator = part[0] or numerator, part[1]
        if numerator is None and ("信访" in noun or _HANDLED.match(noun, timeout=REGEX_TIMEOUT)):
            # 信访工作人员12名,人均办理26件; 一线执法队员186名,人均处理投诉28.6件: the
            # workload of the report's whole total
            numerator = self.index.headline_total(reported, family(reported))
        if numerator is None and not noun and denominator is not None:
            # 夜间施工噪声5,864件。…夜间施工噪声投诉涉及在建工地312个,个均18.8件: the count the
            # sentence opens by naming
            numerator = self.opening_count(reported, reported)
        named_by = noun
        if numerator is None and not noun and reported.unit in _MONEY_UNITS:
            # 全年追缴欠缴公积金3,862.5万元…。追缴共涉及职工4,137人,人均9,363元: an average
            # naming nothing is of the act its sentence opens with
            opening = _OPENING_ACT.match(
                self.index.sentence_text(reported.sentence), timeout=REGEX_TIMEOUT
            )
            named_by = opening.group(1) if opening else ""
        if numerator is None and named_by:
            noun = named_by
            bigrams = {noun[i : i + 2] for i in range(len(noun) - 1)} - {
                "办理",
                "受理",
                "接待",
                "信访",
            }
            earlier = [
                c
                for c in self.index.earlier_sentences(reported, 3)
                if _is_count(c) and c.unit == reported.unit
            ]
            named = [
                c
                for c in earlier
                if any(b in (c.lead + (c.subject or "") + c.trail) for b in bigrams)
            ]
            # 共对186件信访事项开展督查督办 … 组均督办26.6件: a total of the act comes before
            # its parts (书面督办104件、电话督办49件)
            numerator = next((c for c in named if _total_lead(c.lead)), None) or next(
                (c for c in named if not self.after_subtotal(c)), None
            )
            # (a numerator found by a word it shares with the average, sentences away, among
            # others that share one too, may be another sum of the kind: 累计投入资金1.26亿元,
            # not 项目扶持资金1,846万元, for 平均每个项目投入44.0万元)
            # (parts after 其中 are of the total, no other sum: 追缴2,648.3万元,其中…1,802.6万元)
            wholes = [c for c in earlier if not self.after_subtotal(c)]
            guessed = numerator is not None and (
                len({c.value for c in named if c in wholes}) > 1 or numerator is not wholes[0]
            )
        if denominator is None and wants == ("批",):
            # 来访138批512人次。…来访批次较上月增加12批,批均3.7人次: the visits and their batches
            # stated a few sentences before
            found = self.visits_per_batch(reported, numerator)
            pair = self.batch_pair_named(reported) if found[1] is None else None
            if pair is not None and numerator in (None, pair[0]):
                # 集体讨薪37批1,146人次 (一、) … 集体讨薪来访批均31.0人次 (三、): the batches and
                # visits of the thing the average names, however far before it
                found = pair
            numerator, denominator = found
        if denominator is None and wants == ("天",) and self.calendar_days(reported):
            return
        if numerator is None or denominator is None or denominator.value == 0:
            self.unverifiable("per_capita", reported)
            return
        period = reported.period
        own = [
            c
            for c in self.index.before(reported)
            if self.same_clause(c, reported) and _tallied(c) and _actual(c)
        ]
        last_year = (
            next((c for c in own if c.unit == reported.unit), None),
            next((c for c in own if _counts(c, wants)), None),
        )
        if own and all(c.period == "previous" for c in own) and None not in last_year:
            # 批均30.6人次;上年同期集体访51批1,502人次,批均29.5人次: after last year's
            # figures of both kinds only, the average is last year's too
            period = "previous"
            numerator, denominator = last_year
            if denominator.value == 0:
                self.unverifiable("per_capita", reported)
                return
        if period == "previous" and numerator.period != "previous":
            # 批均30.6人次,上年同期批均29.5人次: last year's average is of last year's figures,
            # not of this year's that stand before it
            self.unverifiable("per_capita", reported)
            return
        d = operand(denominator)
        if operand(numerator) is None or d is None or d[0] <= 0:
            # only a bound (约1900名, 8000余条): the point values may agree, but nothing
            # decisive can be said — unverifiable, and the message says why
            rough = [c for c in (numerator, denominator) if operand(c) is None]
            messages = _both("unverifiable_bound", figures="、".join(c.text for c in rough))
            self.add(
                "per_capita", "unverifiable", reported, [numerator, denominator], None, messages
            )
            return
        listed = self.listed_with(denominator)
        named_item = (
            self.item_named_in_clause(listed, numerator, reported) if len(listed) > 1 else None
        )
        if named_item is not None and numerator.norm_span[0] > denominator.norm_span[1]:
            # 集中安置312户、分散自建186户、货币化安置88户;…;分散自建户均…安排宅基地,面积合计
            # 2.23万平方米,户均119.9平方米: the one item the average's clause names
            denominator, listed = named_item, [named_item]
            self.prescribed.add(reported.id)  # (the clause named it)
        if len(listed) > 1 and numerator.norm_span[0] > denominator.norm_span[1]:
            # 低保户186户、特困供养户48户…共减免46.8万元,户均2,000元: the average is over all the
            # households listed, unless the last alone gives it
            n, d = operand(numerator), _interval_sum(listed)
            alone = operand(denominator)
            if n is not None and d is not None and d[0] > 0 and alone is not None:
                if not accepts(reported, n[0] / alone[1], n[1] / alone[0], self.options.tolerance):
                    self.ratio_check(
                        "per_capita",
                        reported,
                        numerator,
                        listed,
                        scale=Decimal(1),
                        accuse=not guessed,
                    )
                    return
        self.ratio_check(
            "per_capita", reported, numerator, denominator, scale=Decimal(1), accuse=not guessed
        )

    def item_named_in_clause(
        self, listed: list[Claim], numerator: Claim, reported: Claim
    ) -> Claim | None:
        """The one item of ``listed`` whose own words (分散自建 of 分散自建186户) the clause of
        ``numerator`` and ``reported`` names, back to its ; or 。, if just one is."""
        text = self.normalized.text
        start = max(text.rfind(mark, 0, numerator.norm_span[0]) for mark in ";。")
        # (after the list: 全县14个乡镇(街道)、203个村(社区)…,站均 names neither)
        start = max(start + 1, listed[-1].norm_span[1])
        clause = text[start : reported.norm_span[0]]
        named = [c for c in listed if len(name := _local_lead(c)) >= 2 and name in clause]
        return named[0] if len(named) == 1 else None

    def listed_with(self, count: Claim) -> list[Claim]:
        """``count`` with the counts of its unit listed right before it in its clause
        (低保户186户、特困供养户48户 → both), in order; just ``count`` when none is."""
        listed = [count]
        text = self.normalized.text
        position = self.index.position[count.id]
        while position > 0:
            position -= 1
            c = self.index.claims[position]
            between = text[c.norm_span[1] : listed[0].norm_span[0]]
            if (
                c.sentence != count.sentence
                or c.unit != count.unit
                or not _is_count(c)
                or not _actual(c)
                or len(between) > 12
                or not (
                    (
                        between.startswith(("、", "和", "及"))
                        and not any(mark in between for mark in ",;:。()")
                    )
                    # (14个乡镇(街道)、203个村(社区): each count before its own name)
                    or _NAME_THEN_JOINT.fullmatch(between, timeout=REGEX_TIMEOUT)
                )
            ):
                break
            listed.insert(0, c)
        return listed

    def part_averaged(
        self, reported: Claim, candidates: list[Claim], wants: tuple[str, ...]
    ) -> tuple[Claim | None, Claim] | None:
        """(part, its own count) when the figure nearest before an average is a part a 其中
        lists and a count of what the average is per follows that part in its clause: 惠民资金
        2.36亿元,…,其中征地补偿款1.28亿元,占54.2%,涉及农户3,460户,户均3.7万元 is the part's
        average (a count before the part, 救助230人,发放28.6万元,其中县级18.2万元…,人均1.24万元,
        leaves it the whole's). Days are no part's own: 其中…转办264件,按上半年182天计算日均2.3件
        averages the whole."""
        before = [c for c in candidates if c.norm_span[0] < reported.norm_span[0]]
        if (
            wants == ("天",)
            or len(before) < 2
            or before[0] in self.without_subtotal_parts(candidates)
        ):
            return None
        part: Claim | None = before[0]
        if _joined_item(before[0]):
            # (其中土地补偿费9860万元、安置补助费8420万元、青苗补偿费5320万元,涉及农户1846户,
            # 户均12.78万元: the last of a list of parts is no part averaged alone; the count
            # after it is still what the whole is averaged over)
            part = None
        own = next(
            (
                c
                for c in self.index.before(reported)
                if c.norm_span[0] > before[0].norm_span[0]
                and self.same_clause(c, reported)
                and _is_count(c)
                and _counts(c, wants)
            ),
            None,
        )
        return (part, own) if own is not None and self.same_clause(before[0], reported) else None

    def visits_per_batch(
        self, reported: Claim, numerator: Claim | None
    ) -> tuple[Claim | None, Claim | None]:
        """(visits, batches) for 批均 when the sentence states no batches: the visits of its
        own sentence, else the nearest before; the batches, the nearest count of the same thing
        in the three sentences before."""
        earlier = [
            c
            for c in self.index.earlier_sentences(reported, 3)
            if _is_count(c) and c.kind == "count"
        ]
        if numerator is None:
            # (来访263批418人次 … 来访批均1.6人: visits in 人次 for an average in 人, those of
            # the thing the average names first)
            visits = [
                c
                for c in earlier
                if c.unit == reported.unit or {c.unit, reported.unit} <= {"人", "人次"}
            ]
            named = [
                c
                for c in visits
                if c.subject
                and reported.subject
                and len(core := _core(_without_measure(c.subject))) >= 2
                and reported.subject.startswith(core)
            ]
            numerator = next(iter(named or visits), None)
        if numerator is None or not numerator.subject:
            return numerator, None
        core = _core(_without_measure(numerator.subject))
        batches = next(
            (
                c
                for c in earlier
                if c.unit == "批" and c.subject and _core(_without_measure(c.subject)) == core
            ),
            None,
        )
        return numerator, batches

    def batch_pair_named(self, reported: Claim) -> tuple[Claim, Claim] | None:
        """The nearest ``N批M人次`` before ``reported`` (in its part) whose thing begins the
        average's subject (集体讨薪 of 集体讨薪来访批均)."""
        text = self.normalized.text
        subject = reported.subject or ""
        part = self.index.part(reported.sentence)
        claims = self.index.claims[: self.index.position[reported.id]]
        for batches, visits in zip(reversed(claims[:-1]), reversed(claims[1:]), strict=True):
            if (
                batches.unit == "批"
                and visits.unit in ("人次", "人")
                and visits.unit == reported.unit
                and _is_count(batches)
                and _is_count(visits)
                and text[batches.norm_span[1] : visits.norm_span[0]] == ""
                and self.index.part(batches.sentence) == part
                and len(core := _core(_without_measure(batches.subject or ""))) >= 2
                and subject.startswith(core)
            ):
                return visits, batches
        return None

    def average_score(self, reported: Claim) -> None:
        """平均得分91.2分: the mean of the scores listed before it — in its own sentence, else
        in the nearest of the two sentences before that lists two or more."""
        sentences = [reported.sentence, *self.index.earlier_sentence_indices(reported.sentence, 2)]
        for index in sentences:
            scores = [
                c
                for c in self.index.by_sentence.get(index, [])
                if c.kind == "other"
                and c.unit == "分"
                and _is_count(c)
                and c.norm_span[0] < reported.norm_span[0]
            ]
            if len(scores) >= 2:
                break
        else:
            self.unverifiable("per_capita", reported)
            return
        summed = _interval_sum(scores)
        if summed is None:
            self.unverifiable("per_capita", reported)
            return
        n = Decimal(len(scores))
        low, high = summed[0] / n, summed[1] / n
        computed = sum((c.value for c in scores), ZERO) / n
        fits = accepts(reported, low, high, self.options.tolerance)
        verdict = "consistent" if fits else "inconsistent"
        messages = _both(
            "per_capita",
            numerator=_bracketed_sum(scores),
            denominator=str(len(scores)),
            computed=_fmt(computed),
            reported=_written(reported),
            verdict=verdict,
        )
        self.add("per_capita", verdict, reported, scores, computed, messages)

    def people_named_before(self, reported: Claim, noun: str, named: str = "") -> Claim | None:
        """全部由27名县级领导分别包案 … 县级领导全年公开接访214批,人均8.9批 (or 平均每名县级领导
        接访5.1批): the people the sentence is about, counted in an earlier sentence of the same
        part — the nearest count of people whose subject the sentence opens with, or the noun
        after 每名 starts with."""
        index = self.index
        start = self.normalized_start(reported.sentence)
        first = index.by_sentence[reported.sentence][0]
        opening = index.sentence_text(reported.sentence)[: first.norm_span[0] - start]
        clause = self.origin.get(reported.id)
        if clause is not None and clause != self.origin.get(first.id):
            # 街道代办员代办十三件,人均3.3件;社区代办员代办五十四件,人均三件: a ;-clause of a
            # chain is about what its own first figure says
            first = next(
                c for c in index.by_sentence[reported.sentence] if self.origin.get(c.id) == clause
            )
            opening = first.lead
        opening = _AREA_OR_PERIOD_HEAD.sub("", opening, count=1, timeout=REGEX_TIMEOUT)
        noun = noun.removeprefix("每名").removeprefix("每位").removeprefix("每人")
        for claim in index.earlier_sentences(reported, _NAMED_REACH):
            subject = claim.subject or ""
            if (
                len(subject) >= 3
                and claim.kind == "count"
                and claim.unit in ("名", "人", "位")
                and claim.period == "current"
                and _actual(claim)
                # (合计六十八名 after 街道代办员四名;…: a total, whatever subject it inherited)
                and not _sum_word(claim.lead)
                # the subject, or its first four characters (县级领导 of 县级领导包案)
                and (
                    any(
                        words.startswith(subject)
                        or (len(subject) > 4 and words.startswith(subject[:4]))
                        for words in (opening, noun)
                    )
                    # (司法鉴定人212名 … 鉴定人人均业务收入24.2万元: the people named right
                    # before the average, by the head of their name)
                    or (len(named) >= 3 and subject.endswith(named))
                )
            ):
                return claim
        return None

    def people_averaged_before(self, reported: Claim, marker: str) -> Claim | None:
        """涉及集资参与人8,614人,人均集资7.9万元。…累计清退资金2.16亿元,人均清退2.51元: the
        people an average of the same word a few sentences before was found to hold over."""
        for k in reversed(self.checks):
            if k.kind == "per_capita" and k.verdict == "consistent" and len(k.claims) == 3:
                earlier = self.index.by_id.get(k.claims[-1])
                people = self.index.by_id.get(k.claims[1])
                if earlier is None or people is None:
                    continue
                if reported.sentence - earlier.sentence > _AVERAGE_REACH:
                    return None
                if (
                    earlier.sentence < reported.sentence
                    and marker in earlier.lead
                    and people.unit in ("名", "人", "位")
                ):
                    return people
        return None

    def per_two(self, reported: Claim, markers: list[str]) -> None:
        """坐席46个,共接听12,406个,每个坐席日均接听8.7个: the total over the product of both
        denominators, each counted in the sentence (days may also come from the period named:
        本月, 全年 …, every length it can have). Unverifiable when either is missing."""
        sentence = self.index.by_sentence.get(reported.sentence, [])
        low_d, high_d = Decimal(1), Decimal(1)
        used: list[Claim] = []
        shown: list[str] = []
        for marker in markers:
            wants = _PER_WHAT.get(marker, ())
            # 每个坐席: a count in 个 of that noun (坐席46个), not any count in 个
            at = reported.lead.rfind(marker) + len(marker)
            noun = reported.lead[at : at + 2] if wants == ("个",) else ""
            found = next(
                (
                    c
                    for c in sentence
                    if c is not reported
                    and c not in used
                    and _is_count(c)
                    and _counts(c, wants)
                    and (noun in f"{c.subject or ''}{c.lead}{c.trail}")
                ),
                None,
            )
            interval = operand(found) if found is not None else None
            if interval is None and wants == ("天",):
                text = self.normalized.text[
                    self.normalized_start(reported.sentence) : reported.norm_span[0]
                ]
                days = _days_of_period(text)
                if days is not None:
                    interval = days[:2]
                    shown.append(f"{days[0]}~{days[1]}天({days[2]})")
            elif found is not None:
                used.append(found)
                shown.append(_written(found))
            if interval is None or interval[0] <= 0:
                self.unverifiable("per_capita", reported)
                return
            low_d, high_d = low_d * interval[0], high_d * interval[1]
        act = _average_act(reported)
        candidates = [
            c
            for c in self.index.before(reported)
            if _is_count(c) and c not in used and c.unit == reported.unit
        ]
        # 共受理11.38万件,办结11.2万件,每个坐席日均受理6.8件: the total of the act averaged
        numerator = _by_act(candidates, act)
        n = operand(numerator) if numerator is not None else None
        if numerator is None or n is None:
            self.unverifiable("per_capita", reported)
            return
        self.average_over(reported, numerator, n, (low_d, high_d), "/".join(shown), used)

    def calendar_days(self, reported: Claim) -> bool:
        """全年受理3,650件,日均10件: a daily average over a period named but not counted in
        days is checked against every length that period can have (全年 365–366 days,
        上半年 181–182, a quarter 90–92, a month 28–31) — a report is wrong only when no
        length fits. Returns whether a check was made."""
        sentence = self.index.by_sentence.get(reported.sentence, [])
        total = next(
            (
                c
                for c in reversed(self.index.before(reported))
                if _is_count(c) and c.unit == reported.unit and _total_lead(c.lead)
            ),
            None,
        )
        # (a ;-clause of a chain is read on its own: 来电21,535个,日均59.0个;上半年…,日均23.0件)
        sentence = [c for c in sentence if self.same_clause(c, reported)]
        if total is None or not self.same_clause(total, reported):
            return False
        # 工单2,184件,热线受理投诉3,462件,…合计为供水服务投诉5,646件,…,日均31.2件: a sum stated
        # after the first total is the whole of the sentence
        total = next(
            (
                c
                for c in reversed(sentence)
                if total.norm_span[0] < c.norm_span[0] < reported.norm_span[0]
                and _is_count(c)
                and c.unit == reported.unit
                and c.value > total.value
                and any(word in _local_lead(c) for word in ("合计", "共计", "总计"))
            ),
            total,
        )
        if any(
            c.kind == "ratio"
            and c is not reported
            and _DAILY.search(_local_lead(c), timeout=REGEX_TIMEOUT)
            for c in sentence
        ):
            return False  # 日均…,高峰期日均…: which average covers which days is unclear
        act = _average_act(reported)
        if not (act and act in total.lead) and any(
            total.norm_span[0] < c.norm_span[0] < reported.norm_span[0]
            and _is_count(c)
            and c.unit == reported.unit
            for c in sentence
        ):
            return False  # 共受理5,923件,其中网上信访4,105件,日均11.2件: the average of which?
        # (the period is named in the clause: after the figures of the clauses before it)
        start = max(
            (
                c.norm_span[1]
                for c in self.index.by_sentence.get(reported.sentence, [])
                if c.norm_span[0] < total.norm_span[0] and not self.same_clause(c, reported)
            ),
            default=self.normalized_start(reported.sentence),
        )
        text = self.normalized.text[start : total.norm_span[0]]
        days = _days_of_period(text)
        n = operand(total)
        if days is None or n is None:
            return False
        shortest, longest, named = days
        stated = {
            c.value
            for c in self.index.claims[: self.index.position[reported.id]]
            if c.kind == "amount"
            and c.unit == "天"
            and _actual(c)
            and c.bound == "exact"
            and shortest <= c.value <= longest
        }
        if len(stated) == 1:
            # 1—6月(共182天) … 日均10.3件: the length the report itself gave the period
            shortest = longest = stated.pop()
        if shortest == longest:  # (that, or a period of one length: 12月, 31 days)
            denominator = f"{_fmt(shortest)}天({named})"
            self.average_over(reported, total, n, (shortest, shortest), denominator, [])
            return True
        denominator = f"{shortest}~{longest}天({named})"
        self.average_over(reported, total, n, (shortest, longest), denominator, [], as_range=True)
        return True

    def average_over(
        self,
        reported: Claim,
        numerator: Claim,
        n: Interval,
        denominator: Interval,
        shown: str,
        others: list[Claim],
        *,
        as_range: bool = False,
    ) -> None:
        """The per-capita verdict of ``n`` over a denominator known only as an interval (a
        period's days, a product of two counts); ``as_range`` shows the quotient's bounds."""
        low, high = n[0] / denominator[1], n[1] / denominator[0]
        computed = _mid(n) / ((denominator[0] + denominator[1]) / 2)
        verdict = (
            "consistent" if accepts(reported, low, high, self.options.tolerance) else "inconsistent"
        )
        messages = _both(
            "per_capita",
            numerator=_written(numerator),
            denominator=shown,
            computed=f"{_fmt(low)}~{_fmt(high)}" if as_range else _fmt(computed),
            reported=_written(reported),
            verdict=verdict,
        )
        self.add("per_capita", verdict, reported, [numerator, *others], computed, messages)

    def per_population(self, reported: Claim, marker: str) -> None:
        """每万人信访量9.7件, 万人信访率0.3‰: the total over the population (in 万人)."""
        # the population may follow in a parenthesis: 万人信访量4.6件(常住人口67.8万人)
        right_after = [
            c
            for c in self.index.by_sentence.get(reported.sentence, [])
            if c.norm_span[0] > reported.norm_span[0]
            and self.in_parenthesis_after(reported, c, reach=40)
        ]
        window = (
            right_after + self.index.before(reported) + self.index.earlier_sentences(reported, 3)
        )
        populations = [
            c
            for c in window
            if _is_count(c)
            and c.unit in ("人", "名")
            and _POPULATION.search(c.lead, timeout=REGEX_TIMEOUT)
        ]
        if not populations:
            populations = self.named_population(reported)
        basis = self.population_basis()
        # 按常住人口计算…常住人口39.6万人(户籍人口46.8万人): the population the report says it uses
        population = next(
            (c for c in populations if basis and basis in _own_words(c.lead)),
            None,
        )
        if population is not None and len(populations) > 1:
            self.prescribed.add(reported.id)
        elif population is None:
            population = populations[0] if populations else None
        # the count must stand in the same sentence: a total from elsewhere is too uncertain
        total = next(
            (
                c
                for c in self.index.before(reported) + right_after
                if _is_count(c)
                and c is not population
                and c.unit in ("件", "件次", "批", "人次")
                and (
                    _total_lead(c.lead)
                    or "信访" in (c.subject or "")
                    # 城南区1587件,占18.8%,…,常住人口52.7万人,万人信访量30.1件: the count a
                    # place's clause opens with, its population after it in the same sentence
                    or (
                        population is not None
                        and self.same_clause(c, population)
                        and c.norm_span[0] < population.norm_span[0]
                        and _PLACE_QUALIFIER.fullmatch(c.lead, timeout=REGEX_TIMEOUT)
                    )
                )
            ),
            None,
        )
        placed = False  # the count was found by the place the population is of
        if total is None and population is not None:
            # 全市常住人口412.3万人,万人信访量59.9件: the whole area's population, over the
            # headline total when the headline is that area's (全市共登记信访事项24683件)
            area = _WHOLE_AREA_WORD.match(population.lead, timeout=REGEX_TIMEOUT)
            headline = self.index.headline_total(reported, "case")
            if (
                area is not None
                and headline is not None
                # (a headline that names no place of its own is the whole area's too:
                # 全年共受理涉水信访事项312件 … 全县户籍人口41.3万人)
                and (
                    area.group() in headline.lead
                    or not (
                        _PLACE_QUALIFIER.match(headline.lead, timeout=REGEX_TIMEOUT)
                        or _WHOLE_AREA_WORD.search(headline.lead, timeout=REGEX_TIMEOUT)
                    )
                )
                and (reported.unit not in _FAMILIES or headline.unit == reported.unit)
            ):
                total = headline
            elif area is None:
                total = self.place_count(reported, population)
                placed = total is not None
        if (
            population is not None
            and total is not None
            and not placed
            and not self.same_clause(population, total)
            and _PLACE_QUALIFIER.match(total.lead, timeout=REGEX_TIMEOUT)
        ):
            # 全市常住人口682.4万人。东江县登记1,218件,万人信访量14.1件: one county's count is
            # not over the city's population
            population = None
        per = Decimal(1000) if reported.unit == "‰" or "千人" in marker else Decimal(10_000)
        if reported.unit == "‰" and "万人" in marker:
            per = Decimal(1000)  # 万人信访率 written in ‰: per thousand people
        if population is None or total is None:
            listed = self.listed_per_population(reported)
            if listed is None:
                self.unverifiable("per_capita", reported)
                return
            total, population = listed
        self.ratio_check("per_capita", reported, total, population, scale=per)

    def per_named_population(self, reported: Claim, per: regex.Match[str]) -> bool:
        """每万户投诉量65.3件, 每万名老年人信访投诉14.7件, 每百起事故引发事故处理类投诉17.8件: a
        count over a population of the measure word and the people or things named after it,
        stated anywhere before in the part. Returns whether it checked; nothing is checked
        unless the population and the count are each the one the words point at."""
        index = self.index
        units = _PER_MEASURE_UNITS[per.group("measure")]
        words = per.group("rest")
        if "分别" in words or "依次" in words:
            return False  # (每百万件快件有效申诉分别为…: a list, paired by position)
        numerator, guessed = self.per_named_count(reported, words, units)
        if numerator is None:
            return False
        part = index.part(reported.sentence)
        position = index.position[reported.id]
        candidates = [
            c
            for c in index.claims[:position]
            if c.kind in ("count", "amount")
            and c.unit in units
            and _actual(c)
            and c.period == reported.period
            and c is not numerator
            and c.value > numerator.value
            and index.part(c.sentence) == part
            # (新增缴存职工3.9万人 is a flow, not the 实缴职工42.8万人 a population is)
            and not _FLOW_WORDS.search(_own_words(c.lead), timeout=REGEX_TIMEOUT)
        ]
        counted = _PETITION_WORDS.findall(numerator.subject or "", timeout=REGEX_TIMEOUT)
        if counted:
            # 公证投诉162件 … 每万件公证投诉25.2件: the population is of the business (办理公证
            # 6.42万件), not a count of what is counted over it (投诉428件)
            candidates = [
                c for c in candidates if counted[-1] not in f"{_own_words(c.lead)}{c.subject or ''}"
            ]
        # 建筑业298件…;建筑业每百名认定工伤职工对应信访35.6件: a ratio of one place or trade,
        # whose count is that trade's, is over that trade's own population (建筑业836人)
        owner = regex.split(r"[,;:、()]", reported.lead[: per.start()], timeout=REGEX_TIMEOUT)[-1]
        if len(owner) >= 2 and numerator.subject == owner:
            owned = [c for c in candidates if c.subject == owner and c.unit != numerator.unit]
            if len(owned) == 1:
                candidates = owned
        # 每万名农业人口 over 农业人口38.6万人, not 户籍总人口52.4万人: the population whose own
        # words share most of the pairs of characters written after the measure word
        wanted = _bigrams(words)
        # 按当年新引进人才计算,每千名人才信访64.0件: the population the clause says it divides by
        # comes first (新引进人才6,842人, not 享受补贴人才11,486人)
        said = self.stated_basis(reported)
        scored = [
            (
                (
                    len(said & (owned := _bigrams(_own_words(c.lead) + (c.subject or "")))),
                    len(wanted & owned),
                ),
                c,
            )
            for c in candidates
        ]
        best = max((score for score, _ in scored), default=(0, 0))
        if any(best):
            chosen = {c.value: c for score, c in scored if score == best}
        else:
            # 每万户投诉量 with one count of households stated: that one
            chosen = {c.value: c for c in candidates}
        if len(chosen) > 1 and any(best) and numerator.subject:
            # 财产险公司投诉2,264件,…,每亿元保费投诉量43.3件 over 财产险公司保费收入52.3亿元, not
            # the other 保费 amounts: among populations the words tie on, the one that also
            # shares most pairs with what the count counts
            owned = wanted | _bigrams(numerator.subject)
            rescored = [
                (len(owned & _bigrams(_own_words(c.lead) + (c.subject or ""))), c)
                for c in chosen.values()
            ]
            top = max(score for score, _ in rescored)
            chosen = {c.value: c for score, c in rescored if score == top}
        if len(chosen) != 1:
            return False
        population = next(iter(chosen.values()))
        if any(best):
            # 每万户供热用户 over 集中供热用户41.8万户: the report named the population; another
            # (燃气用户86.4万户) that gives the value is no excuse
            self.prescribed.add(reported.id)
        self.ratio_check(
            "per_capita",
            reported,
            numerator,
            population,
            scale=_PER_SCALES[per.group("scale")],
            accuse=not guessed,
        )
        return True

    def average_over_basis(self, reported: Claim, wants: tuple[str, ...]) -> bool:
        """全年兑付征收补偿16.38亿元,其中…,按已签约户数计算户均50.9万元: an average whose
        clause names what it is computed over — the one count so far in the part whose own
        words end with that name (年末已签约3,218户), over the first figure of the average's
        unit in its sentence that no 其中 divides. Returns whether it checked."""
        index = self.index
        clause = self.head_of(reported)
        clause = clause[max(clause.rfind(";"), clause.rfind(",")) + 1 :]
        if "计算" not in clause:
            return False
        found = _COMPUTED_OVER.search(clause, timeout=REGEX_TIMEOUT)
        basis = _BASIS_TAIL.sub("", found.group("basis"), timeout=REGEX_TIMEOUT) if found else ""
        if len(basis) < 2:
            return False
        part = index.part(reported.sentence)
        named = [
            c
            for c in index.claims[: index.position[reported.id]]
            if _is_count(c)
            and _counts(c, wants)
            and c.period == reported.period
            and index.part(c.sentence) == part
            and _own_words(c.lead).endswith(basis)
        ]
        if len({c.value for c in named}) != 1:
            return False
        numerators = [
            c
            for c in index.before(reported)
            if c.kind in ("count", "amount")
            and c.unit == reported.unit
            and _actual(c)
            and not self.after_subtotal(c)
        ]
        if not numerators:
            return False
        self.prescribed.add(reported.id)  # (the report named the population)
        self.ratio_check("per_capita", reported, numerators[-1], named[-1], scale=Decimal(1))
        return True

    def stated_basis(self, reported: Claim) -> frozenset[str]:
        """The pairs of characters of the population a clause says its ratio is computed over
        (按当年新引进人才计算,每千名人才…), empty when it says none."""
        clause = self.head_of(reported)
        clause = clause[max(clause.rfind(";"), clause.rfind("。")) + 1 :]
        if "计算" not in clause:
            return frozenset()
        found = _COMPUTED_OVER.search(clause, timeout=REGEX_TIMEOUT)
        return _bigrams(found.group("basis")) if found else frozenset()

    def per_named_count(
        self, reported: Claim, words: str, units: tuple[str, ...]
    ) -> tuple[Claim | None, bool]:
        """The count a per-population ratio divides, and whether it was only guessed: the
        category its words name (…引发事故处理类投诉 → 事故处理类864件; 供热用户投诉 → 供热类),
        else the count its words name (…交通管理投诉 → 交通管理投诉2,386件), else the total
        before it in its sentence (not the population: 受理各类案件13.92万件,每万件案件…), else
        — when its sentence states no such count — the part's headline total (guessed)."""
        index = self.index
        part = index.part(reported.sentence)
        earlier = [
            c
            for c in index.claims[: index.position[reported.id]]
            if _is_count(c)
            and c.unit == reported.unit
            and c.period == reported.period
            and index.part(c.sentence) == part
        ]
        # (法律援助类投诉按受理的援助案件计算,每百件援助案件4.2件: the thing the clause opens
        # with, before what it is computed over, is what the ratio counts)
        clause = self.head_of(reported)
        clause = clause[max(clause.rfind(";"), clause.rfind(":")) + 1 :]
        basis_at = clause.find("按")
        if basis_at >= 2 and "计算" in clause[basis_at:] and not has_digit(clause[:basis_at]):
            owner = _thing_core(clause[:basis_at])
            owned = [c for c in earlier if c.subject and _thing_core(c.subject) == owner]
            if len(owner) >= 3 and len({c.value for c in owned}) == 1:
                return owned[-1], False
        # (每万件司法鉴定投诉 → 司法鉴定投诉266件, the count named by all its words, before
        # the business of the category's name, 办理司法鉴定1.86万件)
        exact = [c for c in earlier if c.subject == words]
        if exact and len({c.value for c in exact}) == 1:
            return exact[-1], False
        category = _PER_CATEGORY.search(words, timeout=REGEX_TIMEOUT)
        names = (
            [category.group("name")[k:] for k in range(len(category.group("name")) - 1)]
            if category
            else []
        )
        for name in names:
            found = [
                c
                for c in earlier
                if (c.subject or "").endswith((name, name + "类"))
                or _names_category(_local_lead(c), name)
            ]
            if found:
                return (found[-1] if len({c.value for c in found}) == 1 else None), False
        if category is None:
            # (供热用户投诉 names 供热类2,880件: a category's name without its 类)
            cores = {
                c.subject.removesuffix("类"): c
                for c in earlier
                if (c.subject or "").endswith("类") and len(c.subject) >= 3
            }
            found = [c for core, c in cores.items() if core in words]
            named = found or [
                c for c in earlier if len(c.subject or "") >= 4 and (c.subject or "") in words
            ]
            if named:
                return (named[-1] if len({c.value for c in named}) == 1 else None), False
        # (a population counted in the ratio's own unit is not what it divides)
        wanted = _bigrams(words) if reported.unit in units else set()
        same = [
            c
            for c in index.before(reported)
            if c in earlier and not (wanted & _bigrams(_own_words(c.lead)))
        ]
        # (…共受理涉农信访事项427件,其中县局直接受理163件,…每万名农业人口信访11.1件: not a
        # part after 其中)
        same = [c for c in same if not self.after_subtotal(c)] or same
        if not wanted and len(same) > 1:
            # (其中河道采砂类318件,…;防汛堤防工程类410件,…每百公里堤防信访31.9件: of the
            # counts before it, the one its words name)
            pairs = _bigrams(words)
            named_here = [c for c in same if pairs & _bigrams(_own_words(c.lead))]
            if len({c.value for c in named_here}) == 1:
                return named_here[0], False
        if same:
            return next((c for c in same if _total_lead(c.lead)), same[-1]), False
        if any(c in earlier for c in index.before(reported)):
            return None, False
        return index.headline_total(
            reported, family(reported), period=reported.period or "current"
        ), True

    def named_population(self, reported: Claim) -> list[Claim]:
        """The population a per-head ratio is over when none stands near it: the people its
        sentence names (按全县退役军人和其他优抚对象人数计算,每千人…18.8件 over 全县现有退役军人和
        其他优抚对象2.86万人). Not when it names only a kind of population (按常住人口计算), nor
        the one population stated sections before when it names none: both gave false alarms
        on the held-out sources (see the session-21 note)."""
        index = self.index
        named = _PER_HEAD_BASIS.search(
            index.sentence_text(reported.sentence), timeout=REGEX_TIMEOUT
        )
        if named is None:
            return []
        noun = _WHOLE_AREA_PREFIX.sub("", named.group("noun"), timeout=REGEX_TIMEOUT)
        if len(noun) < 2 or _POPULATION.search(noun, timeout=REGEX_TIMEOUT):
            return []  # (按常住人口计算 names no people of its own: whose 常住人口 is open)
        part = index.part(reported.sentence)
        nearest = next(
            (
                c
                for c in reversed(index.claims[: index.position[reported.id]])
                if index.part(c.sentence) == part
                and _is_count(c)
                and c.unit in ("人", "名")
                and c.period == "current"
                and noun in _own_words(c.lead)
            ),
            None,
        )
        return [nearest] if nearest is not None else []

    def place_count(self, reported: Claim, population: Claim) -> Claim | None:
        """东岗镇常住人口8.3万人,万人信访量29.0件: the count of the place whose population it is,
        named by that place earlier in the part (…东岗镇…分别登记信访事项312件、241件…)."""
        place = _PLACE_QUALIFIER.match(population.lead, timeout=REGEX_TIMEOUT)
        if place is None or place.end() != len(population.lead) - 4:
            return None  # only 东岗镇常住人口: the place, then what is counted of it
        name = place.group()
        return next(
            (
                c
                for c in self.index.earlier_sentences(reported, 12)
                if _is_count(c)
                and c.kind == "count"
                and c.unit == reported.unit
                and c.subject
                and c.subject.startswith(name)
                # (the place's own count, not what was due or done of it: 东岗镇按期办结)
                and (c.subject == name or "信访" in c.subject[len(name) :])
                and not _POPULATION.search(c.lead, timeout=REGEX_TIMEOUT)
            ),
            None,
        )

    def listed_per_population(self, reported: Claim) -> tuple[Claim, Claim] | None:
        """六个县(区)常住人口分别为68.3万人、54.6万人…,万人信访量依次为33.9件、36.0件…, the places'
        counts listed in the same order a section before (…分别登记信访事项2,318件、1,964件…): the
        k-th figure of the list is the k-th count over the k-th population. Returns (count,
        population), or ``None`` unless all three lists are there with the same length."""
        runs, places = self.cached_runs(reported.sentence)
        ratios, k = places[reported.id]
        n = len(ratios)
        if n < 2:
            return None
        populations = next(
            (
                run
                for run in reversed(runs)
                if len(run) == n
                and run[0].norm_span[0] < ratios[0].norm_span[0]
                and all(_is_count(c) and c.unit in ("人", "名") for c in run)
                and _POPULATION.search(run[0].lead, timeout=REGEX_TIMEOUT)
            ),
            None,
        )
        if populations is None:
            return None
        for sentence in self.index.earlier_sentence_indices(reported.sentence, _NAMED_REACH):
            if sentence not in self.index.by_sentence:
                continue
            counts = [
                run
                for run in self.cached_runs(sentence)[0]
                if len(run) == n
                and all(
                    c.kind == "count" and c.period == "current" and c.unit == reported.unit
                    for c in run
                )
            ]
            if len(counts) == 1:
                return counts[0][k], populations[k]
        return None

    def population_basis(self) -> str:
        """常住 or 户籍 when the report says which population its per-capita figures use."""
        if self._basis is None:
            self._basis = ""
            for sentence in self.index.sentences:
                found = (
                    _POPULATION_BASIS.search(sentence.text, timeout=REGEX_TIMEOUT)
                    if "人口" in sentence.text
                    else None
                )
                if found:
                    self._basis = found.group("basis")
                    break
        return self._basis

    def per_population_listed(self, reported: Claim) -> None:
        """按常住人口计算(城关镇21.4万人、河口镇9.6万人…),各乡镇万人信访量分别为:城关镇18.0件、
        河口镇23.5件…: an item of a list headed by 万人信访量 is its place's count (named in the
        sentences before) over its place's population (named in the list's sentence)."""
        place = reported.subject or ""
        if not 2 <= len(place) <= 8 or reported.lead.startswith("万人"):
            self.per_base_by_position(reported)
            return
        head = self.head_of(reported)
        headers = list(_LISTED_PER_POPULATION.finditer(head, timeout=REGEX_TIMEOUT))
        header = headers[-1] if headers else None  # the last list header before the figure
        if header is None or any(ch in ";。" for ch in head[header.end() :]):
            self.per_base_by_position(reported)
            return
        population = next(
            (
                c
                for c in self.index.by_sentence.get(reported.sentence, [])
                if _is_count(c) and c.unit in ("人", "名") and c.subject == place
            ),
            None,
        )
        # the place's total is the largest of its counts (该乡27件涉及土地承包 is a part of it)
        total = max(
            (
                c
                for c in self.index.earlier_sentences(reported, _NAMED_REACH)
                if _is_count(c)
                and c.kind == "count"
                and c.unit == reported.unit
                and (c.subject or "").startswith(place)
                and not self.after_subtotal(c)
            ),
            key=lambda c: c.value,
            default=None,
        )
        if population is None or total is None:
            self.unverifiable("per_capita", reported)
            return
        per = Decimal(1000) if "千人" in header.group() else Decimal(10_000)
        self.ratio_check("per_capita", reported, total, population, scale=per)

    def per_base_by_position(self, reported: Claim) -> None:
        """八个乡镇户籍人口分别为12.4万人、6.8万人…,万人信访量依次为11.5件、12.6件…: an item of a
        list of ratios per 万人 (千人, 百万件…) is the count in its place of a list of counts of
        as many items over the base in its place of a list of bases of as many items, the three
        lists within a few sentences (the counts and bases before the ratios). Lists of other
        lengths, or more than one candidate of either, leave the item to the other rules."""
        head = self.head_of(reported)
        headers = list(_PER_BASE_LIST.finditer(head, timeout=REGEX_TIMEOUT))
        header = headers[-1] if headers else None  # the last list header before the figure
        if header is None:
            return
        ratios = self.parallel_run(
            reported, header.end() + self.normalized_start(reported.sentence)
        )
        if len(ratios) < 3 or reported not in ratios:
            return
        base_units = ("人", "户", "名") if header.group("base") in ("人", "户", "名") else None
        runs = self.runs_before(ratios[0], len(ratios)) + self.named_runs_before(
            ratios[0], len(ratios)
        )
        counts = [r for r in runs if all(c.unit == reported.unit for c in r)]
        bases = [
            r
            for r in runs
            if all(
                (c.unit in base_units) if base_units else (c.unit == header.group("base"))
                for c in r
            )
        ]
        # (件 over 件: the bases are the larger of each pair, 312件 over 1.42亿件)
        pairs = [
            (c, b)
            for c in counts
            for b in bases
            if c is not b and all(x.value < y.value for x, y in zip(c, b, strict=True))
        ]
        if len(pairs) != 1:
            return
        position = ratios.index(reported)
        scale = _PER_SCALES[header.group("scale")]
        numerators, denominators = pairs[0]
        self.ratio_check(
            "per_capita", reported, numerators[position], denominators[position], scale=scale
        )

    def parallel_run(self, first: Claim, start: int) -> list[Claim]:
        """The figures of ``first``'s kind and unit from ``start`` on in its sentence, while only
        a list separator stands between them (12.4万人、6.8万人和5.9万人)."""
        text = self.normalized.text
        run: list[Claim] = []
        for c in self.index.by_sentence.get(first.sentence, []):
            if c.norm_span[0] < start:
                continue
            if c.kind != first.kind or c.unit != first.unit:
                break
            if run and text[run[-1].norm_span[1] : c.norm_span[0]] not in ("、", "和", ",", "及"):
                break
            run.append(c)
        return run

    def named_runs_before(self, claim: Claim, length: int) -> list[list[Claim]]:
        """Lists of ``length`` exact actual counts each after its own name (城中分局212件、城北分局
        176件…) in ``claim``'s sentence before it and the few sentences before that. A longer
        list (锦江街道986件、澄东街道874件、桂园街道768件、南湖街道652件) gives its first
        ``length`` items when the text from it to ``claim`` names just those places, in order
        (锦江、澄东、桂园三个街道…)."""
        text = self.normalized.text
        found: list[list[Claim]] = []
        for index in [claim.sentence, *self.index.earlier_sentence_indices(claim.sentence, 3)]:
            for run in self.cached_runs(index)[0]:
                if len(run) < length or run[-1].norm_span[0] >= claim.norm_span[0]:
                    continue
                if not all(_is_count(c, c.period) and c.bound == "exact" for c in run):
                    continue
                gaps = [text[a.norm_span[1] : b.norm_span[0]] for a, b in itertools.pairwise(run)]
                first = _NAME_BEFORE.search(self.head_of(run[0]), timeout=REGEX_TIMEOUT)
                if first is None or not all(
                    _NAMED_GAP.fullmatch(gap, timeout=REGEX_TIMEOUT) for gap in gaps
                ):
                    continue
                if len(run) == length:
                    found.append(run)
                    continue
                names = [first.group(), *(gap[1:] for gap in gaps)]
                between = text[run[-1].norm_span[1] : claim.norm_span[0]]
                at = 0
                for name in names[:length]:
                    at = between.find(name[:2], at)
                    if at < 0:
                        break
                    at += 2
                if at >= 0 and names[length][:2] not in between:
                    found.append(run[:length])
        return found

    def runs_before(self, claim: Claim, length: int) -> list[list[Claim]]:
        """The 分别/依次 lists of exactly ``length`` exact-or-rounded actual figures in
        ``claim``'s sentence before it and in the few sentences before that."""
        found: list[list[Claim]] = []
        text = self.normalized.text
        sentences = [claim.sentence, *self.index.earlier_sentence_indices(claim.sentence, 3)]
        for index in sentences:
            start = self.normalized_start(index)
            sentence = self.index.sentence_text(index)
            for cue in _SEPARATELY_CUE.finditer(sentence, timeout=REGEX_TIMEOUT):
                at = start + cue.end()
                first = next(
                    (
                        c
                        for c in self.index.by_sentence.get(index, [])
                        if c.norm_span[0] >= at
                        and c.norm_span[0] < claim.norm_span[0]
                        and _is_count(c, c.period)
                        and c.bound == "exact"
                    ),
                    None,
                )
                # (分别受理涉犬投诉1,624件、1,386件…: the cue, what is counted, the list)
                if first is None or not _CUE_TO_LIST.fullmatch(
                    text[at : first.norm_span[0]], timeout=REGEX_TIMEOUT
                ):
                    continue
                run = self.parallel_run(first, at)
                if run and len(run) == length and run[-1].norm_span[0] < claim.norm_span[0]:
                    found.append(run)
        return found

    def times(self, reported: Claim) -> None:
        """是去年同期(208.3亿元)的1.5倍, 约为网上信访量的79倍: this figure over that one."""
        cue = _TIMES.search(reported.lead, timeout=REGEX_TIMEOUT)
        if cue is None:
            return
        before = self.index.before(reported)
        compared = self.compared_averages(reported, cue) or self.compared_owned_ratios(
            reported, cue
        )
        if compared is not None:
            self.ratio_check("per_capita", reported, *compared, scale=Decimal(1))
            return
        cue_start = reported.norm_span[0] - len(reported.lead) + cue.start()
        inside = [c for c in before if c.norm_span[0] >= cue_start and _is_count(c, c.period)]
        denominator = inside[0] if inside else None
        noun = cue.group("noun")
        if denominator is None and noun:
            core = _AMOUNT_SUFFIX.sub("", noun, timeout=REGEX_TIMEOUT)
            denominator = next(
                (
                    c
                    for c in before + self.index.earlier_sentences(reported, 3)
                    if _is_count(c)
                    and c.subject
                    and core
                    and (core in c.subject or c.subject in core)
                ),
                None,
            )
        numerator = next(
            (
                c
                for c in before
                if c.norm_span[0] < cue_start
                and _is_count(c)
                and (denominator is None or family(c) == family(denominator))
            ),
            None,
        )
        head = reported.lead[: cue.start()]
        if numerator is None:
            numerator = self.multiplied_count(
                reported, before, _clause_words(head)[-8:], loose=True
            )
        elif numerator.norm_span[1] <= cue_start - len(_clause_words(head)):
            # 押金退还纠纷846件;…;企业经营异常、停业失联286件。…企业经营异常类是上年(98件)的
            # 2.9倍: a multiple whose own clause names what it compares, with no count of its
            # own, is of the count so named, not of the first count before it
            numerator = (
                self.multiplied_count(reported, before, _clause_words(head)[-8:]) or numerator
            )
        if numerator is not None and denominator is None and noun:
            # 城网用户平均停电时间2.86小时…;农网11.42小时,是城网的4.0倍: a value of the
            # numerator's measure named by the noun, an average as well as a count
            denominator = self.named_value(reported, noun, numerator)
        if numerator is None or denominator is None:
            numerator, denominator = self.compared_counts(reported, cue.start(), noun or "")
        if numerator is None or denominator is None or numerator is denominator:
            self.unverifiable("per_capita", reported)
            return
        self.ratio_check("per_capita", reported, numerator, denominator, scale=Decimal(1))

    def multiplied_count(
        self, reported: Claim, before: list[Claim], words: str, *, loose: bool = False
    ) -> Claim | None:
        """The current count a multiple's ``words`` (what stands before 是…的X倍) name, tried in
        turn: by its subject, by its subject without list marks and petition noun, by that bare
        name as one of the items its own clause lists and — only when ``loose`` — by the words
        in order anywhere in its lead and subject."""
        subject = _AMOUNT_SUFFIX.sub("", words, timeout=REGEX_TIMEOUT)
        bare = _bare_name(subject)
        pool = [c for c in before + self.index.earlier_sentences(reported, 3) if _is_count(c)]
        # (网上信访是上年(212件)的1.5倍 after …网上信访318件、来信37件、来访172批: the count
        # named so, before one whose words merely hold the name)
        named = next(
            (c for c in pool if len(subject) >= 2 and c.subject and c.subject == subject),
            None,
        ) or next(
            (
                c
                for c in pool
                if len(bare) >= 2
                and c.subject
                and _bare_name(c.subject) == bare
                # (轮候、…、退出和其他类分别为142件、…、64件和55件: 退出类 is the item whose
                # subject is 退出, not the last one whose words hold 退出…类)
                # (各社区已化解分别为:青石社区88起 is not what 青石社区纠纷数 counts)
                and not _ACT_DONE.search(self.head_of(c), timeout=REGEX_TIMEOUT)
            ),
            None,
        )
        # (企业经营异常、停业失联286件: the name is one of a pair the count's clause gives)
        named = named or next(
            (
                c
                for c in pool
                if len(bare) >= 2
                and bare in _LIST_SEPARATOR.split(_clause_words(c.lead), timeout=REGEX_TIMEOUT)
                and not _ACT_DONE.search(self.head_of(c), timeout=REGEX_TIMEOUT)
            ),
            None,
        )
        if named is not None or not loose:
            return named
        return next(
            (
                c
                for c in pool
                if len(subject) >= 2 and _subsequence(subject, c.lead + (c.subject or ""))
            ),
            None,
        )

    def compared_owned_ratios(
        self, reported: Claim, cue: regex.Match[str]
    ) -> tuple[Claim, Claim] | None:
        """财产险公司投诉2,264件,…,每亿元保费投诉量43.3件。…人身险公司投诉1,588件,每亿元保费
        投诉量13.6件,财产险公司每亿元保费投诉量是人身险公司的3.2倍: a multiple of a measure
        (the words of a ratio stated before) between two owners, each ratio owned by the one its
        sentence names before it."""
        noun = cue.group("noun")
        head = _cue_head(reported, cue)
        if len(noun) < 2 or len(head) < 4:
            return None
        ratios = [
            c
            for c in self.index.before(reported)
            + self.index.earlier_sentences(reported, _COMPARED_REACH)
            if _is_average(c)
        ]
        measure = next(
            (w for c in ratios if len(w := _local_lead(c)) >= 3 and head.endswith(w)), None
        )
        if measure is None or len(head) - len(measure) < 2:
            return None
        owner = head[: -len(measure)]

        def owned_by(name: str) -> Claim | None:
            found = [
                c
                for c in ratios
                if _local_lead(c) == measure
                and name
                in self.index.sentence_text(c.sentence)[
                    : c.norm_span[0] - self.normalized_start(c.sentence)
                ]
            ]
            return found[0] if len(found) == 1 else None

        numerator, denominator = owned_by(owner), owned_by(noun)
        if numerator is None or denominator is None or numerator is denominator:
            return None
        return numerator, denominator

    def compared_averages(
        self, reported: Claim, cue: regex.Match[str]
    ) -> tuple[Claim, Claim] | None:
        """巡游车每万辆投诉量2,867.6件,网约车1,460.0件,巡游车是网约车的2.0倍: a multiple right
        after two averages (or per-population ratios) of one measure, each named by one side
        of 是…的, is the one over the other — not the counts they were computed from."""
        averages = [c for c in self.index.before(reported) if _is_average(c)]
        if len(averages) < 2 or len({c.unit for c in averages}) != 1:
            return None
        head = _cue_head(reported, cue)
        noun = cue.group("noun")
        if len(head) < 2 or len(noun) < 2:
            return None

        def named(name: str) -> Claim | None:
            found = [c for c in averages if _subsequence(name, (c.subject or "") + c.lead[-12:])]
            return found[0] if len(found) == 1 else None

        numerator, denominator = named(head), named(noun)
        if numerator is None or denominator is None or numerator is denominator:
            return None
        return numerator, denominator

    def named_value(self, reported: Claim, noun: str, numerator: Claim) -> Claim | None:
        """The figure of ``numerator``'s unit and period whose subject is what ``noun`` names,
        in the sentences before ``reported``: a count, an amount or an average."""
        return _named_so(
            (
                c
                for c in self.index.before(reported)
                + self.index.earlier_sentences(reported, _COMPARED_REACH)
                if c is not numerator
                and c.kind in ("count", "amount", "ratio")
                and c.unit == numerator.unit
                and c.period == numerator.period
                and _actual(c)
            ),
            _bare_name(noun),
        )

    def compared_counts(
        self, reported: Claim, cue_at: int, noun: str
    ) -> tuple[Claim | None, Claim | None]:
        """The two counts of 是…的N倍 that the figures around it do not give, by the names
        (健身房类投诉量是美容美发类的1.5倍: the counts named 健身房 and 美容美发 earlier; 物业服务类
        583件,…(上年同期491件),是上年同期的1.2倍: this period's and the earlier period's count of
        the clause)."""
        before = self.index.before(reported)
        # (是去年同期(612件)的1.6倍: the period, with its figure in brackets)
        period_noun = _IN_BRACKETS.sub("", noun, timeout=REGEX_TIMEOUT)
        if _PERIOD_NOUN.fullmatch(period_noun, timeout=REGEX_TIMEOUT):
            previous = next(
                (c for c in before if c.period == "previous" and _is_count(c, "previous")), None
            )
            if previous is None:
                return None, None
            current = next(
                (
                    c
                    for c in before
                    if c.norm_span[0] < previous.norm_span[0]
                    and _is_count(c)
                    and c.unit == previous.unit
                ),
                None,
            )
            if current is None:
                # 电梯运行类987件,…。电梯运行类投诉是去年同期(612件)的1.6倍: this period's
                # count of the thing, named so in a sentence before
                current = self.named_current(reported, previous)
            return current, previous
        head = _bare_name(reported.lead[:cue_at])
        core = _bare_name(noun)
        if len(head) < 2:
            # 城关镇同比上升18.5%(去年同期81件),信访量是桃源乡的2.0倍: what the sentence
            # opens with is what is compared
            head = _bare_name(self.sentence_opening_name(reported))
        if len(head) < 2 or len(core) < 2:
            return None, None
        # (青石社区纠纷数 is not what 青石社区 has 已化解: a count of an act the name does not say
        # is a count of something else)
        acted = _ACT_DONE.search(reported.lead[:cue_at], timeout=REGEX_TIMEOUT)
        pool = [
            c
            for c in before + self.index.earlier_sentences(reported, _COMPARED_REACH)
            if _is_count(c)
            and c.subject
            and c.bound == "exact"
            and (acted or not _ACT_DONE.search(self.head_of(c) + c.subject, timeout=REGEX_TIMEOUT))
        ]

        def named(name: str, unit: str | None = None) -> Claim | None:
            # the count named so, then one named so with a petition noun or measure after the
            # name (征信投诉件数 for 征信, before the nearer 征信异议), then any holding the name
            fits = [c for c in pool if unit is None or c.unit == unit]
            return (
                next((c for c in fits if c.subject == name), None)
                # (排名前五的乡镇分别为城关镇96件: the item the subject ends with, before a
                # sum whose subject lists it among others)
                or next((c for c in fits if (c.subject or "").endswith(name)), None)
                or next(
                    (
                        c
                        for c in fits
                        if (c.subject or "").startswith(name)
                        and _NAME_NOISE.sub("", c.subject or "", timeout=REGEX_TIMEOUT) == name
                    ),
                    None,
                )
                or next(
                    (c for c in fits if len(c.subject or "") >= 2 and name in (c.subject or "")),
                    None,
                )
                # (“一户多宅”、超标准占用31起: a name the subject left out, in the figure's own
                # words)
                or next(
                    (c for c in fits if not has_digit(c.lead) and name in _bare_name(c.lead)),
                    None,
                )
            )

        numerator = named(head)
        denominator = named(core, numerator.unit) if numerator is not None else None
        if denominator is None or denominator is numerator:
            return None, None
        return numerator, denominator

    def named_current(self, reported: Claim, previous: Claim) -> Claim | None:
        """The current count of what ``previous`` (a bracketed base before a multiple) counts,
        in a sentence before: named by the base's subject, or by the words the sentence opens
        with (立案数同比上升26.4%(上年同期64件),是上年同期的1.4倍 after 初核后立案87件)."""
        pool = [
            c
            for c in self.index.earlier_sentences(reported, _COMPARED_REACH)
            if _is_count(c) and c.unit == previous.unit
        ]
        return _named_so(pool, _bare_name(previous.subject or "")) or _named_so(
            pool, _bare_name(self.sentence_opening_name(reported))
        )

    def sentence_opening_name(self, claim: Claim) -> str:
        """The words ``claim``'s sentence opens with, up to its first figure or comparison
        (城关镇 of 城关镇同比上升18.5%…)."""
        text = self.index.sentence_text(claim.sentence)
        opening = _OPENING_NAME.match(text, timeout=REGEX_TIMEOUT)
        return opening.group("name") if opening else ""

    def head_of(self, claim: Claim) -> str:
        """The text of ``claim``'s sentence before it (各社区已化解分别为:青石社区)."""
        return self.normalized.text[self.normalized_start(claim.sentence) : claim.norm_span[0]]

    def progress(self, reported: Claim) -> None:
        """完成年度计划2.57亿元的95.61%, 已用去全年控制目标的83.3%: done over planned."""
        if reported.unit != "%":
            return
        before = self.index.before(reported)
        whole = before[0] if before and reported.lead.endswith(before[0].text[-4:] + "的") else None
        if (
            whole is None
            and before
            and reported.lead.rstrip("的").endswith(
                self.normalized.text[before[0].norm_span[0] : before[0].norm_span[1]]
            )
        ):
            whole = before[0]
        if whole is None and before:
            # 完成县委下达的65件年度目标任务的93.8%: the plan named right after its figure
            start = self.normalized_start(reported.sentence)
            gap = self.index.sentence_text(reported.sentence)[
                before[0].norm_span[1] - start : reported.norm_span[0] - start
            ]
            if _PLAN_NOUN.fullmatch(gap, timeout=REGEX_TIMEOUT):
                whole = before[0]
        if whole is None:
            planned = self.planned_pair(reported, before)
            if planned is not None:
                self.ratio_check("rate", reported, *planned, scale=HUNDRED)
                return
        consumed = whole is None and _CONSUMED.search(reported.lead, timeout=REGEX_TIMEOUT)
        if consumed:
            whole = next(
                (
                    c
                    for c in before + self.index.earlier_sentences(reported, 3)
                    if c.modality == "target" and c.kind in ("count", "amount")
                ),
                None,
            )
        if whole is None:
            target = _TARGET.search(reported.lead, timeout=REGEX_TIMEOUT)
            if target is None and not consumed:
                return
            whole = next(
                (
                    c
                    for c in before + self.index.earlier_sentences(reported, 3)
                    if c.modality == "target"
                    and c.kind in ("count", "amount")
                    and c.unit in {p.unit for p in before if _is_count(p)}
                ),
                None,
            )
        if whole is None:
            return
        part = next(
            (c for c in before if c is not whole and _is_count(c) and c.unit == whole.unit), None
        )
        if part is None and consumed:
            # 控制在12500件以内的目标,目前已用去83.1%: what is used up is the total so far —
            # the running total (累计) nearby, else the headline
            part = next(
                (
                    c
                    for c in self.index.earlier_sentences(reported, 3)
                    if _is_count(c) and c.unit == whole.unit and "累计" in c.lead
                ),
                None,
            ) or self.index.headline_total(reported, family(whole))
            if part is not None and (part is whole or part.unit != whole.unit):
                part = None
        if part is None:
            self.unverifiable("rate", reported)
            return
        if whole.modality == "target" and whole.bound in ("at_most", "at_least"):
            whole = replace(whole, bound="exact")  # 控制在12500件以内: the plan is 12500
        self.ratio_check("rate", reported, part, whole, scale=HUNDRED)

    def planned_pair(self, reported: Claim, before: list[Claim]) -> tuple[Claim, Claim] | None:
        """(done, planned) of a progress whose plan its words name: 完成年度回迁计划(1,200户)的
        78.0% after 累计回迁936户 (the plan in brackets before it, what was done before or
        after it in its clause); 计划改造老旧小区186个,已完工118个,完成全年改造任务的63.4% (the
        one count of its sentence whose clause speaks of the plan, and the nearest other
        count of its unit after it)."""
        text = self.normalized.text
        if not before or not _TARGET.search(reported.lead, timeout=REGEX_TIMEOUT):
            return None
        counts = [c for c in before if _tallied(c) and c.bound == "exact"]
        nearest = before[0]
        # (比上年(768头)增长25.0%: last year's figure is nothing done this year)
        doing = [c for c in counts if c.period == "current" and not self.in_brackets(c)]
        if (
            _tallied(nearest)
            and text[nearest.norm_span[1] : reported.norm_span[0]] in (")的", ")")
            and text[: nearest.norm_span[0]].endswith("(")
        ):
            # (完成年度回迁计划(1,200户)的78.0%)
            done = next(
                (c for c in doing if c is not nearest and c.unit == nearest.unit), None
            ) or next(
                (
                    c
                    for c in self.index.by_sentence.get(reported.sentence, [])
                    if c.norm_span[0] > reported.norm_span[1]
                    and self.same_clause(c, reported)
                    and _tallied(c)
                    and c.unit == nearest.unit
                    and _DONE_SO_FAR.match(_local_lead(c), timeout=REGEX_TIMEOUT)
                ),
                None,
            )
            return (done, nearest) if done is not None else None
        planned = [
            c for c in counts if _PLANNED_WORDS.search(_clause_words(c.lead), timeout=REGEX_TIMEOUT)
        ]
        if len(planned) != 1:
            return None
        plan = planned[0]
        done = next(
            (
                c
                for c in doing
                if c is not plan
                and c.unit == plan.unit
                and c.norm_span[0] > plan.norm_span[1]
                and not _TARGET.search(_clause_words(c.lead), timeout=REGEX_TIMEOUT)
            ),
            None,
        )
        return (done, plan) if done is not None else None

    def ratio_check(
        self,
        kind: str,
        reported: Claim,
        numerator: Claim,
        denominator: Claim | list[Claim],
        *,
        scale: Decimal,
        accuse: bool = True,
    ) -> None:
        """``reported`` against numerator/denominator×scale, the denominator one figure or the
        sum of several; with ``accuse`` false (operands guessed), a quotient that does not give
        it leaves it unverifiable."""
        n = operand(numerator)
        if isinstance(denominator, list):
            d, shown, operands = (
                _interval_sum(denominator),
                _bracketed_sum(denominator),
                [numerator, *denominator],
            )
        else:
            d, shown, operands = (
                operand(denominator),
                _written(denominator),
                [numerator, denominator],
            )
        if n is None or d is None or d[0] <= 0:
            self.unverifiable(kind, reported)
            return
        low, high = n[0] / d[1] * scale, n[1] / d[0] * scale
        computed = _mid(n) / _mid(d) * scale
        verdict = (
            "consistent"
            if accepts(reported, low, high, self.options.tolerance)
            else ("inconsistent")
        )
        if verdict == "inconsistent" and not accuse:
            self.unverifiable(kind, reported)
            return
        if (
            verdict == "inconsistent"
            and kind == "per_capita"
            and not isinstance(denominator, list)
            and self.average_unit_error(reported, numerator, denominator, (low, high), computed)
        ):
            return
        if verdict == "inconsistent" and kind == "per_capita" and _implausible(computed, reported):
            self.unverifiable(kind, reported)
            return
        if kind == "rate":
            messages = _proportion_messages(
                "rate", _written(numerator), shown, computed, reported, verdict
            )
        else:
            shown += f"×{scale.normalize():f}" if scale != 1 else ""
            messages = _both(
                "per_capita",
                numerator=_written(numerator),
                denominator=shown,
                computed=_fmt(computed),
                reported=_written(reported),
                verdict=verdict,
            )
        self.add(kind, verdict, reported, operands, computed, messages)

    def average_unit_error(
        self,
        reported: Claim,
        numerator: Claim,
        denominator: Claim,
        quotient: Interval,
        computed: Decimal,
    ) -> bool:
        """An average off by 10^4 that would hold if the average or its numerator had the
        other scale word (救助资金214.6万元 for 86人, 人均2.5元: 万 left out)."""

        def factor(culprit: Claim, multiplier: Decimal) -> Decimal:
            # the average as meant is the written one times the factor; a numerator as meant
            # makes the quotient that much larger
            return 1 / multiplier if culprit is reported else multiplier

        slip = _first_slip(
            (reported, numerator),
            lambda c, m: accepts(
                reported,
                quotient[0] * factor(c, m),
                quotient[1] * factor(c, m),
                self.options.tolerance,
            ),
        )
        if slip is None:
            return False
        culprit, multiplier, wrong, right = slip
        messages = _both(
            "unit_average",
            numerator=_written(numerator),
            denominator=_written(denominator),
            computed=_fmt(computed),
            reported=_written(reported),
            part_text=culprit.text,
            wrong=wrong,
            right=right,
            fixed=(
                f"{_fmt(computed)} ≈ {_written(reported)}{right}"
                if culprit is reported
                else _fmt(computed * factor(culprit, multiplier))
            ),
        )
        self.add("unit", "inconsistent", reported, [numerator, denominator], computed, messages)
        return True

    def incomplete_operands(self, anomalies: Sequence[Anomaly]) -> None:
        """A change whose figure is blank (同比减少 %) is an incomplete change check too."""
        for anomaly in anomalies:
            if anomaly.kind != "placeholder" or anomaly.unit != "%":
                continue
            lead = self.normalized.text[max(0, anomaly.norm_span[0] - 8) : anomaly.norm_span[0]]
            if _CHANGE_WORDS.search(lead, timeout=REGEX_TIMEOUT):
                messages = _both("placeholder", text=anomaly.text)
                self.add("change", "incomplete", anomaly, [], None, messages)

    def blank_operands(self, anomalies: Sequence[Anomaly]) -> None:
        """A share or rate without a verdict whose nearest figure before it is a blank (重复信访
        件,占总量的15.2%; 已化解XX件;化解率75.0%) is incomplete: its operand was never filled in."""
        blanks: dict[int, list[Anomaly]] = {}
        for anomaly in anomalies:
            # (截至XX年6月底: a blank date is no operand)
            if anomaly.kind == "placeholder" and anomaly.unit not in ("%", "年", "月", "日", "号"):
                blanks.setdefault(anomaly.sentence, []).append(anomaly)
        if not blanks:
            return
        checked: dict[str, int] = {}
        for position, k in enumerate(self.checks):
            if k.kind in ("share", "rate") and k.claims:
                checked.setdefault(k.claims[-1], position)
        for claim in self.index.claims:
            if claim.kind not in ("share", "rate") or claim.sentence not in blanks:
                continue
            position = checked.get(claim.id)
            if position is not None and self.checks[position].verdict != "unverifiable":
                continue
            start = claim.norm_span[0]
            blank = max(
                (b for b in blanks[claim.sentence] if b.norm_span[1] <= start),
                key=lambda b: b.norm_span[0],
                default=None,
            )
            if blank is None or any(
                blank.norm_span[1] <= c.norm_span[0] < start
                for c in self.index.by_sentence[claim.sentence]
            ):
                continue
            messages = _both("blank_operand", text=blank.text)
            if position is None:
                self.add(claim.kind, "incomplete", claim, [], None, messages)
            else:
                self.checks[position] = replace(
                    self.checks[position], verdict="incomplete", messages=messages
                )

    def skipped(self, extraction: Extraction, crowded: dict[int, int]) -> None:
        """Stretches the extractor skipped (regex timeout) and sentences too crowded to check."""
        for anomaly in extraction.anomalies:
            if anomaly.kind == "skipped":
                messages = _both("skipped_timeout", chars=len(anomaly.text))
                self.add("skipped", "unverifiable", anomaly, [], None, messages)
        for index, count in crowded.items():
            sentence = extraction.segmentation.sentences[index]
            start, end = extraction.normalized.span_to_raw(sentence.start, sentence.end)
            messages = _both("skipped_crowded", count=count, limit=MAX_SENTENCE_CLAIMS)
            self.checks.append(
                Check(
                    f"k{len(self.checks) + 1}",
                    "skipped",
                    "unverifiable",
                    None,
                    None,
                    (),
                    (start, end),
                    index,
                    messages,
                    "normal",
                )
            )

    def placeholders(self, anomalies: Iterable[Anomaly]) -> None:
        for anomaly in anomalies:
            if anomaly.kind == "skipped":
                continue
            key = "placeholder" if anomaly.kind == "placeholder" else "malformed"
            messages = _both(key, text=anomaly.text)
            self.add("placeholder", "incomplete", anomaly, [], None, messages)


@cache
def _literal_pattern(words: str) -> regex.Pattern[str]:
    return regex.compile(regex.escape(words))


# 劳资纠纷、农业农村、城乡建设三类问题: names listed before a total that sums them
_NAME_LIST = regex.compile(
    r"(?:^|[,;:。(])(?P<items>[\p{Han}\d]{2,12}(?:[、和与及][\p{Han}\d]{2,12})+)"
)
_LIST_SEPARATOR = regex.compile(r"[、和与及]")
# a count's measure named as a number of it (户数, 人数, 家数): see part_for
_MEASURE_NAMED = regex.compile(r"([户人家])数")
# a count named as accepted: 依法受理512件, 受理的512件中 (not 不予受理, 受理率)
# (全年受理应急管理领域信访事项428件: what was accepted, named — not a channel of it)
_ACCEPTED_LEAD = regex.compile(
    r"(?<!不予|予以不|未)受理(?:了|的)?(?:(?!\p{Han}*?(?:网上|来信|来访|热线|电话))\p{Han}{0,10}信访事项)?$"
)
_NAMED_REACH = 12  # sentences back in which the named figures are looked for
_NAMED_BY_LIST = regex.compile(r"[、和与及][\p{Han}\d]{2,12}的$")
_LIST_JOINER_CHARS = frozenset("、和与及")
_NAMED_SUM = regex.compile(
    r"[、和与及][\p{Han}\d]{2,12}?\)?(?:[一二两三四五六七八九十\d]+[类个项家所]\p{Han}{0,3}?)?"
    r"(?:合计|共计|总计|一共|共)(?P<act>\p{Han}{2,4})?$"
)
_NAME_END = regex.compile(
    r"[一二两三四五六七八九十\d]+[类个项家所]|的|等|类|问题|事项|合计|共计|总计|一共"
)
_PLAN_NOUN = regex.compile(r"(?:的)?(?:年度|全年|年)?(?:控制目标|目标任务|目标|任务|计划|控制数)的")
_CONSUMED = regex.compile(r"用去了?$")
_BRACKETED = regex.compile(r"\((?:共|合计|计|约)?$")  # (a match holds its bracket)
_LISTED = regex.compile(
    r"(?:以上|上述)(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,2})(?:个|类|项|家|所)"
)
# 四个领域合计497件, 两类共计: a sentence or clause that opens with how many items it adds
_COUNTED_SUM = regex.compile(
    r"^(?P<n>[二两三四五六七八九十]{1,3}|\d{1,2})(?:个|类|项|家|所)?\p{Han}{0,4}?"
    r"(?:合计|共计|总计)$"
)


@lru_cache(maxsize=REMEMBERED)  # (pure; the same lead is read by many rules)
def _own_words(lead: str) -> str:
    """The words of ``lead`` after its last figure (or closing parenthesis): the figure's own."""
    return _FIGURE_END.split(lead, timeout=REGEX_TIMEOUT)[-1]


def _named_periods(lead: str) -> set[str]:
    """The periods named in the clause of ``lead`` a figure ends (9月份受理 → {9月})."""
    return set(_periods_in_order(lead))


def _periods_in_order(lead: str) -> list[str]:
    """The periods named in the clause of ``lead`` a figure ends, in the order written, each
    once (一季度、二季度同比分别下降 → [一季度, 二季度])."""
    if "月" not in lead and "季度" not in lead and "半年" not in lead:
        return []
    clause = lead[max(lead.rfind(mark) for mark in ",;。()") + 1 :]
    return list(dict.fromkeys(_NAMED_PERIOD.findall(clause, timeout=REGEX_TIMEOUT)))


def _base_periods(claim: Claim) -> set[str]:
    """The periods a base's own words name: 比上年三季度(141件) → {三季度}; 上年同期(…) → none.
    (Its clause, back past the parenthesis it may stand in.)"""
    return _named_periods(claim.lead.rstrip("(为是:"))


def _is_population(claim: Claim) -> bool:
    """常住人口68.4万人, 户籍人口分别为12.4万人…: a count of a place's residents."""
    return (
        claim.kind == "count"
        and claim.unit == "人"
        and "人口" in _own_words(claim.lead)[-8:] + (claim.subject or "")
    )


def _of_whole_area(claim: Claim) -> bool:
    """全市常住人口324.1万人: the figure is the whole area's (全市, 全县 … in its own words)."""
    own = _own_words(claim.lead)
    return "全" in own and bool(_WHOLE_AREA_WORD.search(own, timeout=REGEX_TIMEOUT))


def _rate_fits(reported: Claim, numerator: Claim, whole: Claim, tolerance: Decimal) -> bool:
    """Whether ``reported`` (a rate in %) fits ``numerator`` over ``whole``."""
    n, d = operand(numerator), operand(whole)
    if n is None or d is None or d[0] <= 0:
        return False
    return accepts(reported, n[0] / d[1] * HUNDRED, n[1] / d[0] * HUNDRED, tolerance)


def _by_act(candidates: Sequence[Claim], act: str) -> Claim | None:
    """The first candidate whose lead names ``act`` (日均受理 → 共受理…), else the first."""
    return next((c for c in candidates if act and act in c.lead), None) or next(
        iter(candidates), None
    )


def _act_of_all(total: Claim, parts: Sequence[Claim]) -> bool:
    """Whether the two characters right before ``total`` (its act: 化解57起) are named by every
    part (村级调解化解41起, 镇级化解12起)."""
    act = total.lead[-2:]
    return (
        len(act) == 2
        and all("\u4e00" <= ch <= "\u9fff" for ch in act)
        and all(act in p.lead for p in parts)
    )


def _average_act(reported: Claim) -> str:
    """The act an average counts, the two characters after its marker (日均受理 → 受理), or ''
    when those are only the petition noun (人均信访量)."""
    markers = _per_capita_markers(reported.lead)
    if not markers:
        return ""
    act = reported.lead[markers[-1].end() : markers[-1].end() + 2]
    return act if len(act) == 2 and act not in ("信访", "事项") else ""


# acts a whole may be counted by alone (依法受理2957件 for 占受理申诉的)
_ACTS = frozenset({"受理", "登记", "接收", "办理", "办结", "接待", "转办", "交办"})
# an average per day (not 每万户…, 人均…): 日均, 每日, 每天
_DAILY = regex.compile(r"日均|每日|每天|天均")


def _days_of_period(text: str) -> tuple[Decimal, Decimal, str] | None:
    """The shortest and longest length in days of the last period named in ``text`` (全年,
    上半年, 第三季度, 本月, 1—9月 …) and its words; ``None`` when none is named. (The last: 上半年
    176件、下半年236件,其中12月单月受理58件,日均1.9件 averages over December, the period
    written nearest the count.)"""
    periods = list(_PERIOD_DAYS.finditer(text, timeout=REGEX_TIMEOUT))
    period = periods[-1] if periods else None
    if period is None:
        return None
    if period.group().startswith(("当", "该")):
        # (12月寒潮期间…,当月受理312件: 当月 is the month named before it)
        period = next(
            (p for p in reversed(periods[:-1]) if (p.group("month") or "")[:1].isdigit()),
            period,
        )
    if period.group("months"):
        # 1—9月: the months' lengths, one more day when February is among them
        first, last = int(period.group("first")), int(period.group("last"))
        if not 1 <= first <= last <= 12:
            return None
        shortest = Decimal(sum(_MONTH_DAYS[first - 1 : last]))
        return shortest, shortest + (1 if first <= 2 <= last else 0), period.group()
    month = period.group("month")
    if month and month[0].isdigit():
        # 12月: that month's own length (February 28 or 29 days)
        number = int(month.rstrip("月份"))
        if not 1 <= number <= 12:
            return None
        shortest = Decimal(_MONTH_DAYS[number - 1])
        return shortest, shortest + (1 if number == 2 else 0), period.group()
    shortest, longest = _DAYS[period.lastgroup]
    return shortest, longest, period.group()


# 三项相加,全年越级访共计51批: how many figures a sum adds, said just before its total
_ADDED = regex.compile(
    r"(?P<n>[二两三四五六七八九十]|\d{1,2})(?:项|者|类|个|部分)(?:数据|数字)?(?:相加|加总|加起来)"
    r"[^,;。\d]{0,4}[,]?[^,;。\d]{0,12}$"
)


def _added_count(chain: str, lead: str) -> int | None:
    """The number of figures a sum says it adds (三项相加), in the words before its total."""
    at = chain.rfind(lead) if lead else -1
    if at < 0 or "加" not in chain:  # (every match of _ADDED holds 加)
        return None
    found = _ADDED.search(chain, max(0, at - 24), at + len(lead), timeout=REGEX_TIMEOUT)
    if found is None:
        return None
    number = parse_number(found.group("n"))
    return int(number.value) if number is not None and number.value >= 2 else None


def _listed_count(lead: str) -> int | None:
    """上述七个街道共, 四个领域合计: how many items the sum word says it adds."""
    if "上述" in lead or "以上" in lead:
        found = _LISTED.search(lead, timeout=REGEX_TIMEOUT)
    else:
        found = _COUNTED_SUM.match(lead, timeout=REGEX_TIMEOUT)
    if found is None:
        return None
    number = parse_number(found.group("n"))
    return int(number.value) if number is not None else None


def _with_remainders(runs: list[list[Claim]], text: str) -> list[list[Claim]]:
    """``runs``, each also with the lone figure of the same kind and unit after it when that
    one is the rest (…分别承办41件、29件、24件,其他部门承办57件: a list of four)."""
    extended = list(runs)
    for run, following in itertools.pairwise(runs):
        rest = following[0]
        if (
            len(following) == 1
            and rest.kind == run[-1].kind
            and rest.unit == run[-1].unit
            and rest.period == run[-1].period
            # (the lead may start after 其他: 其他市直部门和各县(市、区)承办57件)
            and _remainder(text[run[-1].norm_span[1] : rest.norm_span[0]])
        ):
            extended.append([*run, rest])
    return extended


_LIST_JOINS = frozenset({"、", "和", "、和", "及"})  # what joins the items of a 分别 list


def _listed_runs(claims: Sequence[Claim], text: str, least: int) -> list[list[Claim]]:
    """The 分别 lists among ``claims`` (figures of one sentence, in order): runs of ``least``
    or more of one period and unit, each joined to the one before by 、/和/及 alone, the first
    with 分别 in its clause."""
    found: list[list[Claim]] = []
    run: list[Claim] = []
    for c in claims:
        if (
            run
            and c.period == run[-1].period
            and c.unit == run[-1].unit
            and text[run[-1].norm_span[1] : c.norm_span[0]] in _LIST_JOINS
        ):
            run.append(c)
            continue
        if len(run) >= least:
            found.append(run)
        run = [c] if "分别" in _local_lead(c) else []
    if len(run) >= least:
        found.append(run)
    return found


_FIRST_FEW = regex.compile(r"前([两二三四五六七八九十\d]{1,2})(?:个|类|项|位|名|大类)")


def _numeral(text: str) -> int | None:
    """A small number written in digits or Chinese numerals (4, 四, 十二)."""
    return int(text) if text.isdigit() else parse_chinese_integer(text)


_FIRST_SO_MANY = regex.compile(r"前([两二三四五六七八九十\d]{1,2})[类项位]合计$")


def _category_item(claim: Claim) -> bool:
    """Whether the figure is a category's count: its clause's own words end with 类
    (城乡建设类512件), not a part of one (物业管理168件)."""
    return _local_lead(claim).endswith("类")


def _near_miss(parts: Sequence[Claim], whole: Claim) -> bool:
    """Whether the parts' sum misses the whole by no more than NEARLY_ALL of it, either way."""
    computed = sum((p.value for p in parts), ZERO)
    return whole.value > 0 and abs(computed - whole.value) <= whole.value * NEARLY_ALL


def _nearly_all(parts: Sequence[Claim], whole: Interval) -> bool:
    """越级访25批,其中到市19批、赴省4批、进京1批: three or more parts that come within
    NEARLY_ALL of the total without reaching it are meant as all of it, one of them mistyped —
    a list of only the main parts leaves more out."""
    summed = _interval_sum(parts)
    return (
        len(parts) >= 3
        # (exact counts: rounded figures such as populations in 万 fall short by rounding, and a
        # list of places may be some of the area's)
        and all(p.kind == "count" and p.scale == 1 and not p.decimals for p in parts)
        and summed is not None
        and whole[0] > 0
        and (whole[0] - summed[1]) / whole[0] <= NEARLY_ALL
    )


def _some_make(parts: Sequence[Claim], whole: Interval, tolerance: Decimal) -> bool:
    """Whether two or more of ``parts``, but not all, add up to ``whole``."""
    if not 3 <= len(parts) <= 10:
        return False
    intervals = [i for i in (operand(p) for p in parts) if i is not None]
    if len(intervals) != len(parts):
        return False
    for size in range(2, len(parts)):
        for chosen in itertools.combinations(intervals, size):
            low = sum((i[0] for i in chosen), ZERO)
            high = sum((i[1] for i in chosen), ZERO)
            if low <= whole[1] + tolerance and high >= whole[0] - tolerance:
                return True
    return False


def _exact_prefix(parts: Sequence[Claim], total: Claim) -> list[Claim] | None:
    """The shortest run of two or more leading parts whose sum is the total, if any."""
    value = ZERO
    for count, part in enumerate(parts, start=1):
        value += part.value
        if count >= 2 and value == total.value:
            return list(parts[:count])
        if value > total.value:
            return None
    return None


def _opens_parts(claim: Claim) -> bool:
    """全年办结的2,276件中, / 354件事项中, / 尚未兑付的1,186.4万元粮款中,: a count or an amount
    whose clause ends in 中 opens its parts."""
    return (
        claim.kind in ("count", "amount")
        and claim.trail.endswith("中")
        and bool(_WHOLE_TRAIL.fullmatch(claim.trail, timeout=REGEX_TIMEOUT))
        and not _PENDING.search(claim.trail, timeout=REGEX_TIMEOUT)
    )


_WHOLE_TRAIL = regex.compile(r"(?:信访|的)?\p{Han}{0,4}中")


def _complementary(parts: Sequence[Claim]) -> bool:
    """满意104件,不满意8件; 按时签收351件,未按时签收3件: an act and its negation cover the
    whole."""
    if not any("不" in p.lead or "未" in p.lead for p in parts):
        return False  # a negated act starts with 不 or 未, and a local lead ends its lead
    acts = {_local_lead(p).rstrip("的") for p in parts}
    return any(
        act[:1] in ("不", "未") and len(act) >= 3 and act[1:] in acts for act in acts
    ) or any(act.startswith("不予") and act[2:] and ("予以" + act[2:]) in acts for act in acts)


_LOCAL_LEAD = regex.compile(r"[^,;:、(),。\d]*$")


_LOCAL_LEAD_ENDS = frozenset(",;:、(),。")  # with the digits, where a local lead starts


def _joined_item(claim: Claim) -> bool:
    """Whether a figure is a later item of a 、-joined list (its own words follow a 、)."""
    local = _local_lead(claim)
    return claim.lead[-len(local) - 1 : len(claim.lead) - len(local)] == "、"


def _local_lead(claim: Claim) -> str:
    """The words right before a figure, back to the previous figure or punctuation."""
    lead = claim.lead
    # what _LOCAL_LEAD finds, without the regex call (microseconds under the timeout): back
    # from the end to a delimiter or a digit. str.isdecimal is the regex's \d on the BMP
    # (tests/test_prefilters.py); past an astral character the regex decides.
    for at in range(len(lead) - 1, -1, -1):
        char = lead[at]
        if char in _LOCAL_LEAD_ENDS or char.isdecimal():
            return lead[at + 1 :]
        if char > "\uffff":
            break
    else:
        return lead
    found = _LOCAL_LEAD.search(lead, timeout=REGEX_TIMEOUT)
    return found.group() if found else ""


@lru_cache(maxsize=REMEMBERED)  # (pure; a rate's name is read for every candidate numerator)
def _rate_act(name: str) -> str:
    """The act a named rate counts, the two characters before 率 or 比例: 存储率 → 存储,
    按期办结比例 → 办结; a rate named by its act alone (成功化解93.7%) is that act."""
    stem = _RATE_WORD_END.sub("", name, timeout=REGEX_TIMEOUT)
    return stem[-2:] if len(stem) >= 2 else ""


_RATE_WORD_END = regex.compile(r"(?:率|比例|的)$")
# a figure inside a count's own words (县级领导31名包案): left out when matching a qualifier
_FIGURE_IN_WORDS = regex.compile(r"[\d.,]+[\p{Han}]?")
# the manner of an act, between the thing and the act: 初信初访一次性化解, 该类信访的实际解决
_ACT_MANNER = regex.compile(
    r"(?:一次性|按期|及时|现场|实际|依法|当场|已经|已|成功|首次|有效|全部|或部分|的)+$"
)
_THING_END = regex.compile(r"(?:信访投诉|信访事项|信访件|信访|事项|问题|诉求|投诉件|投诉)$")
_THING_END_LAST = ("访", "诉", "项", "件", "题", "求")
# 对食品安全类信访,坚持…: the thing a sentence is about
_TOPIC_OPENING = regex.compile(r"^(?:对|针对)(?P<thing>\p{Han}{2,12}?)(?:信访|问题|诉求)?[,:]")
_GENERIC_THINGS = frozenset(
    {"信访", "来信", "来访", "群众", "全年", "全县", "全市", "全区", "全镇", "上半年", "下半年"}
)


# what 该… may refer to (该类, 该村, 该社区, 该街道, 该区 …), longest first
_ASPECT_OPENING = regex.compile(
    r"^(?:在|从)?(?P<thing>\p{Han}{2,8}?)(?:方面|领域|行业)(?:看|来看)?[,:]"
)
_CATEGORY_NAME = regex.compile(r"(?<![\p{Han}])\p{Han}{2,6}$|(?<=[,;:])\p{Han}{2,6}$")
_REFERRED_KINDS = (
    "社区", "街道", "部门", "单位", "领域", "行业", "中队", "大队", "医院", "企业", "公司",
    "学校", "项目", "类", "村", "镇", "乡", "区", "县", "市", "所"
)  # fmt: skip


def _named(candidates: Sequence[Claim], thing: str) -> Claim | None:
    """The first candidate named exactly ``thing`` (without its petition noun), else the first
    whose name ends with it (义务教育招生入学类 for 招生入学类)."""
    exact = next((c for c in candidates if _thing_core(c.subject or "") == thing), None)
    if exact is not None:
        return exact
    return next((c for c in candidates if _thing_core(c.subject or "").endswith(thing)), None)


@lru_cache(maxsize=REMEMBERED)  # (pure; the same subject is read by many rules)
def _names_whole(name: str, whole: Claim) -> bool:
    """Whether ``name`` (招生入学类, the name a list is opened by) names the count ``whole``
    (a table row 招生入学 612, 招生入学类信访612件)."""
    if len(name) < 2:
        return False
    name = name.removesuffix("类")
    words = _own_words(whole.lead) or whole.lead
    return len(name) >= 2 and (name in words or (len(words) >= 2 and words.endswith(name)))


def _thing_core(words: str) -> str:
    """A thing's name without the petition noun after it: 食品安全类信访 → 食品安全类."""
    # (a match ends the words, or stands before a final newline, with 访, 诉, 项, 件, 题 or 求)
    if ("信" in words or "事" in words or "问" in words or "诉" in words) and (
        words.endswith(_THING_END_LAST) or "\n" in words
    ):
        return _THING_END.sub("", words, timeout=REGEX_TIMEOUT)
    return words


def _named_thing(words: str, act: str) -> str | None:
    """The thing named before ``act`` in ``words`` (初信初访一次性化解 → 初信初访), or None."""
    at = words.rfind(act)
    if at <= 0:
        return None
    head = _ACT_MANNER.sub("", words[:at], timeout=REGEX_TIMEOUT)
    head = _thing_core(head)
    return head if len(head) >= 2 else None


def _comparison(change: Claim) -> str | None:
    """The last 环比/同比 said before a change figure (同比分别上升6.3%和3.5%: both 同比)."""
    if "比" not in change.lead:
        return None  # (环比 and 同比 both hold 比)
    said = _COMPARISON.findall(change.lead, timeout=REGEX_TIMEOUT)
    return said[-1] if said else None


def _same_comparison(change: Claim, base: Claim) -> bool:
    """环比 (against the period before) never takes a 去年同期 base; 同比 never a 上月 one."""
    said = _comparison(change) if change.kind == "change" else None
    if said is None:
        return True
    if said == "环比":
        # (a level of this year read as a base, 、三季度372件 in a list whose first base says 上年
        # 同期: only its own words say which period it is)
        lead = _local_lead(base) if base.period == "current" else base.lead
        return not _YEAR_BASE.search(lead, timeout=REGEX_TIMEOUT) or _closing_base(change, base)
    return not _PERIOD_BASE.search(base.lead, timeout=REGEX_TIMEOUT)


_COMPARISON = regex.compile(r"环比|同比")
# the period a 环比 compares with: 三季度 → 二季度, 下半年 → 上半年, 9月 → 8月
_PERIOD_BEFORE = {
    **{f"{q}季度": f"{p}季度" for p, q in itertools.pairwise("一二三四")},
    **{f"{q}季度": f"{p}季度" for p, q in itertools.pairwise("1234")},
    "下半年": "上半年",
    **{f"{m}月": f"{m - 1}月" for m in range(2, 13)},
}


def _included(lead: str) -> str:
    """The lesser degree a rate says it includes, right before it: 查实率(含部分查实) → 部分查实."""
    found = _INCLUDED.search(lead[-12:], timeout=REGEX_TIMEOUT) if "含" in lead[-12:] else None
    return found.group("what") if found else ""


def _lesser_words(words: str, rate_lead: str) -> bool:
    """Whether a count's own ``words`` name a lesser degree of the act (基本满意, or the one the
    rate says it includes: 部分查实), not the act itself."""
    if "基本" in words:
        return True
    included = _included(rate_lead)
    return bool(included) and words.endswith(included)


_INCLUDED = regex.compile(r"含(?P<what>\p{Han}{2,6})\)?$")
_INCLUDED_AFTER = regex.compile(
    r"\((?:含|包括|按\p{Han}{1,6}?[和及与])(?P<what>\p{Han}{2,6}?)(?:在内)?(?:计算?|统计)?\)"
)
_QUOTA = regex.compile(r"控制数|指标数?$|目标数?$|计划数$")


def _refers_back(count: Claim) -> bool:
    """Whether a count's own words refer back to a kind counted before (共受理此类信访89件):
    a part of that kind counted again, never the kind's own count."""
    return "类" in count.lead and bool(
        _REFERS_BACK.search(_local_lead(count), timeout=REGEX_TIMEOUT)
    )


# 以下类型有交叉, 可多选, 重复统计 (not 不重复统计): the parts overlap and make no total
_OVERLAP = regex.compile(r"交叉|多选|(?<!不)重复(?:计算|统计|计入)")


def _numerator_bounds(reported: Claim, whole: Decimal) -> Interval:
    """The numerators of ``whole`` things that give the percentage ``reported`` as written,
    rounded or truncated (the upper bound open)."""
    unit = Decimal(1).scaleb(-reported.decimals)
    return whole * (reported.value - unit / 2) / HUNDRED, whole * (reported.value + unit) / HUNDRED


def _whole_number_in(low: Decimal, high: Decimal) -> bool:
    """Whether a whole number lies in [low, high)."""
    integer = low.to_integral_value(rounding=ROUND_DOWN) + (0 if low == int(low) else 1)
    return integer < high or integer == low


def _reachable(reported: Claim, whole: Decimal) -> bool:
    """Whether some whole number of ``whole`` things makes the exact percentage ``reported``, as
    written (rounded or truncated) — or the test cannot decide (a whole of a hundred or more)."""
    if reported.bound != "exact" or whole <= 0:
        return True
    low, high = _numerator_bounds(reported, whole)
    return high - low >= 1 or _whole_number_in(low, high)


def _names_act(words: str, act: str) -> bool:
    """Whether a count's own ``words`` are ``act`` itself, scope and time words aside (全年办结
    for 办结; not 按期办结, 到期应办结 or 未办结)."""
    bare = _ACT_SCOPE.sub("", words, timeout=REGEX_TIMEOUT)
    return bare.endswith(act) and not bare.removesuffix(act).endswith(
        ("期", "时", "限", "应", "未")
    )


def _clause_words(lead: str) -> str:
    """The words of ``lead`` after its last comma, semicolon or colon (brackets kept: 其中共享
    单车(含电单车)投诉, where _local_lead stops at the bracket)."""
    return lead[max(lead.rfind(","), lead.rfind(";"), lead.rfind(":")) + 1 :]


_REFERS_BACK = regex.compile(r"此类|该类")
_YEAR_BASE = regex.compile(r"去年|上年|同期|同比|\d{4}年(?:为|是|:)")
_PERIOD_BASE = regex.compile(r"上月|上个月|上季度|上一季度|环比")
_YEAR_CLOSE = r"(?:去年|上年|上一年)(?:下半年|第?四季度|12月|十二月)"
_HALF_BEFORE = regex.compile(r"(?:去年|上年|上一年)下半年")
_LAST_WHOLE_YEAR = regex.compile(r"(?:去年|上年|上一年)全年(?:共|合计|总计)?[为是:]?$")
_CLOSE_BEFORE = regex.compile(_YEAR_CLOSE + r"[为是]?\($")  # 比去年下半年(4,352件)环比…
_CLOSE_AFTER = regex.compile(r"\(" + _YEAR_CLOSE + r"[为是:]?$")  # 环比…%(上年四季度3,415件)


def _closing_base(change: Claim, base: Claim) -> bool:
    """Whether ``base`` is last year's closing period, named right at a 环比 (比去年下半年
    (4,352件)环比上升7.7%; 环比下降3.8%(上年四季度3,415件)): the period before a year's first
    half, quarter or month. Named further off, it is another comparison's."""
    lead = base.lead[-12:]
    before = change.norm_span[0] - base.norm_span[1]
    after = base.norm_span[0] - change.norm_span[1]
    return bool(
        (0 <= before <= 6 and _CLOSE_BEFORE.search(lead, timeout=REGEX_TIMEOUT))
        or (0 <= after <= 8 and _CLOSE_AFTER.search(lead, timeout=REGEX_TIMEOUT))
    )


def _subsequence(short: str, long: str) -> bool:
    """Whether the characters of ``short`` appear in ``long`` in order."""
    position = 0
    for ch in short:
        position = long.find(ch, position) + 1
        if position == 0:
            return False
    return True


# the words that sum the counts before them (…,合计1,513户; 两项共计…)
_SUMMING_LEAD = regex.compile(r"^[\p{Han}]{0,4}?(?:合计|共计|总计)(?:为|达)?$")


def _whole_of_share_phrase(claim: Claim) -> bool:
    """Whether ``claim`` is the whole named inside 占…的 (占全县信访总量(2,846件)的11.2%)."""
    return (
        "占" in claim.lead
        and claim.trail.lstrip(")").startswith("的")
        and _OF_FIGURE.search(claim.lead.rstrip("("), timeout=REGEX_TIMEOUT) is not None
    )


# the kinds whose check links a reported figure to operands of its own choosing
_LINKED_KINDS = frozenset({"change", "share", "rate", "per_capita", "difference"})


# how far from 100% the shares of one whole may add up to and still be accused of a slip
_FAR_FROM_WHOLE = Decimal(20)


def _withdrawn(check: Check, note: tuple[str, str]) -> Check:
    """An inconsistent check made unverifiable: its arithmetic kept, its closing verdict (and
    the flag of a wrong direction) replaced by ``note``, the (zh, en) reason for no verdict."""
    zh, en = (_without_verdict(m) for m in check.messages)
    return replace(
        check,
        verdict="unverifiable",
        severity="normal",
        messages=(zh + note[0], en + note[1]),
    )


def _without_verdict(text: str) -> str:
    """A check message without its closing verdict and the flag of a wrong direction."""
    for ending in (",不一致", ", inconsistent"):
        if text.endswith(ending):
            text = text[: -len(ending)]
    # (the flag of a wrong direction opens the message and ends at its first full stop)
    if text.startswith("方向相反:"):
        return text.partition("。")[2]
    if text.startswith("Direction reversed:"):
        return text.partition(". ")[2]
    return text


def _negates(lead: str, act: str) -> bool:
    """Whether ``lead`` ends by counting what is not ``act`` (不满意分别为, 未办结的, 不予许可)."""
    at = lead.rfind(act)
    return (
        at > 0
        and (lead[at - 1] in "不未没" or lead[max(0, at - 2) : at] in _NEGATING_AUXILIARIES)
        and len(lead) - at - len(act) <= 4
    )


# 不予受理, 未予立案, 不能办结: a negation with an auxiliary before the act
_NEGATING_AUXILIARIES = frozenset({"不予", "未予", "不能", "未能", "不被", "未被"})


def _is_pending(claim: Claim) -> bool:
    """正在办理8件, 8件正在办理, 其余6件正在按计划推进."""
    return bool(
        _pending(claim.lead)
        or (
            not _PENDING_CHARS.isdisjoint(claim.trail)
            and _PENDING.match(claim.trail, timeout=REGEX_TIMEOUT)
        )
        or (
            ("余" in claim.lead or "有" in claim.lead)
            and _REST_LEAD.search(claim.lead, timeout=REGEX_TIMEOUT)
            and _PENDING_TRAIL.match(claim.trail, timeout=REGEX_TIMEOUT)
        )
    )


def _follows(claim: Claim, sentence: Sequence[Claim]) -> bool:
    """Whether ``claim`` is the second half of a pair written back to back (26批92人次)."""
    return any(other.norm_span[1] == claim.norm_span[0] for other in sentence)


def _has_visit_partner(claim: Claim, members: Sequence[Claim]) -> bool:
    """Whether a 批/件 count is directly followed by its 人次 (50批195人次)."""
    for other in members:
        if other.norm_span[0] == claim.norm_span[1] and family(other) == "visit":
            return True
    return False


def _with_outcome(key: str, fits: bool, **fields: object) -> tuple[str, str]:
    outcome = _both("granularity_ok" if fits else "granularity_bad")
    zh = _both(key, outcome=outcome[0], **fields)[0]
    en = _both(key, outcome=outcome[1], **fields)[1]
    return zh, en


def _scaled(claim: Claim, factor: Decimal) -> Claim:
    from dataclasses import replace

    return replace(claim, value=claim.value * factor, unit="%", scale=claim.scale * factor)


@lru_cache(maxsize=REMEMBERED)  # (pure; the same lead is read by many rules)
def _verb_in(verbs: regex.Pattern[str], lead: str) -> bool:
    """Whether the last numerator verb in ``lead`` is there and not negated (未办结). Only the
    figure's own words count: in 按期办结797件、逾期办结19件 the 19 is not 按期办结."""
    # (a match of _OWN_WORDS ends with a digit or 、)
    own = (
        _OWN_WORDS.search(lead, timeout=REGEX_TIMEOUT) if "、" in lead or has_digit(lead) else None
    )
    if own is not None:
        lead = lead[own.end() :]
    matches = list(verbs.finditer(lead, timeout=REGEX_TIMEOUT))
    if not matches:
        return False
    before = lead[: matches[-1].start()]
    # (a match of _NEGATED ends the words before the verb, or stands before a final newline)
    return _NEGATED_LAST_CHARS.isdisjoint(before[-2:]) or not _NEGATED.search(
        before, timeout=REGEX_TIMEOUT
    )


@lru_cache(maxsize=REMEMBERED)  # (pure; the same subject is read by many rules)
def _core(subject: str) -> str:
    subject = subject.strip()
    if _CORE_NOISE_CHARS.isdisjoint(subject):
        return subject
    return _CORE_NOISE.sub("", subject, timeout=REGEX_TIMEOUT)


@lru_cache(maxsize=REMEMBERED)  # (pure; the same subject is read by many rules)
def _without_measure(subject: str) -> str:
    """``subject`` without a measure word at its end (人次, 总量…)."""
    if _MEASURE_SUFFIX_CHARS.isdisjoint(subject):
        return subject
    return _MEASURE_SUFFIX.sub("", subject, timeout=REGEX_TIMEOUT)


def _related(a: str, b: str) -> bool:
    core_a, core_b = _without_measure(a.strip()), _without_measure(b.strip())
    return bool(core_a and core_b) and (core_a in core_b or core_b in core_a)


@lru_cache(maxsize=REMEMBERED)  # (pure; the same lead is read by many rules)
def _total_lead(lead: str) -> regex.Match[str] | None:
    """``_TOTAL_LEAD.search(lead)``, without the call for a lead that holds none of the words."""
    if _TOTAL_LEAD_FIRST_CHARS.isdisjoint(lead):
        return None
    return _TOTAL_LEAD.search(lead, timeout=REGEX_TIMEOUT)


def _within(text: str) -> regex.Match[str] | None:
    """``_WITHIN.search(text)`` (网上信访事项中,…), without the call for a text without 中, (every
    match ends with it)."""
    return _WITHIN.search(text, timeout=REGEX_TIMEOUT) if "中," in text else None


def _above_all(lead: str) -> bool:
    """Whether ``_ABOVE_ALL`` matches ``lead`` (以上三类合计…), which it can only if the lead starts
    with 以上 or 上述 (the pattern is anchored at the start)."""
    return lead.startswith(("以上", "上述")) and bool(
        _ABOVE_ALL.search(lead, timeout=REGEX_TIMEOUT)
    )


@lru_cache(maxsize=REMEMBERED)  # (pure; the same lead is read by many rules)
def _pending(lead: str) -> bool:
    """Whether ``_PENDING`` is found in ``lead`` (正在办理, 未办结…)."""
    return not _PENDING_CHARS.isdisjoint(lead) and bool(
        _PENDING.search(lead, timeout=REGEX_TIMEOUT)
    )


def _part_lead(lead: str) -> bool:
    """Whether a count with ``lead`` may be a part of a list rather than its total: no sum word
    (合计, 以上三类共…) ends it, or it is the remainder (其余七个村合计) or two things named and
    added up (乡镇卫生院及村卫生室合计)."""
    return not _sum_word(lead) or _remainder(lead) or _joined_part(lead)


def _joined_part(lead: str) -> bool:
    """Whether ``lead`` names two things joined and added up (乡镇卫生院及村卫生室合计): one part
    of a list, not the list's total (以上两类合计 is no such name)."""
    return bool(_JOINED_PART.search(lead, timeout=REGEX_TIMEOUT))


_JOINED_PART = regex.compile(
    r"(?:^|[,;:、])(?!以上|上述)\p{Han}{2,10}(?:及|和|与)\p{Han}{2,10}(?:合计|共计)$"
)


def _sum_word(lead: str) -> bool:
    """Whether ``_SUM_WORD`` is found in ``lead`` (合计, 以上三类共…)."""
    return not _SUM_WORD_CHARS.isdisjoint(lead) and bool(
        _SUM_WORD.search(lead, timeout=REGEX_TIMEOUT)
    )


# 三级分别占, 四个渠道分别占…的: the number of parts the list names (not 前四位的依次是, a
# selection of the largest)
_COUNTED_LIST = regex.compile(
    r"(?<![前第])(?P<n>[两二三四五六七八九十\d]{1,2})(?:个|类|级|项|种|大类|方面)?\p{Han}{0,4}?"
    r"(?:分别|依次|各)(?:占|为|是)"
)


def _implausible(computed: Decimal, reported: Claim) -> bool:
    """Whether a quotient is a thousand times or more off the reported figure, with no swap of
    scale words to explain it (that is a unit error, found before): the operands were not the
    report's (迅达、通远两家合计580件,占有效申诉总量的52.4% over the 0.87亿件 of a list of
    parcel volumes before it), and nothing is shown by them."""
    if reported.value <= 0:
        return False
    if computed <= 0:
        return True
    ratio = computed / reported.value
    if _IMPLAUSIBLE > ratio > 1 / _IMPLAUSIBLE:
        return False
    # (4.3万元 of 28.6亿元 written 15.0%: off by about 10^4, as a scale word would make it — an
    # error to report, whatever its culprit)
    return not any(1 / _SCALE_SLIP <= ratio * factor <= _SCALE_SLIP for factor in _SCALE_FACTORS)


_IMPLAUSIBLE = Decimal(1000)
_SCALE_FACTORS = tuple(Decimal(10) ** e for e in (4, 8, -4, -8))
_SCALE_SLIP = Decimal(2)  # (within a factor of two of a scale slip)


def _counted_list(text: str, parts: int) -> bool:
    """Whether ``text`` says its list has exactly ``parts`` parts (三级分别占…)."""
    for match in _COUNTED_LIST.finditer(text, timeout=REGEX_TIMEOUT):
        if _numeral(match.group("n")) == parts:
            return True
    return False


def _whole_of_share(share: Claim) -> str:
    """The whole a share names (占受理来信的8.4% → 受理来信), else ''."""
    found = _whole_noun(share.lead)
    return found.group("noun").strip() if found else ""


def _shares_total(shares: Sequence[Claim]) -> Interval | None:
    """The interval of the sum of shares as written: each may be rounded either way or
    truncated, so up to a whole unit of its precision more. ``None`` for a bound."""
    intervals = [operand(c) for c in shares]
    if any(i is None for i in intervals):
        return None
    low = sum((i[0] for i in intervals if i), ZERO)
    high = sum(
        (
            (i[1] + Decimal(1).scaleb(-c.decimals) / 2)
            for i, c in zip(intervals, shares, strict=True)
            if i
        ),
        ZERO,
    )
    return low, high


def _item_share(clause: Sequence[Claim]) -> tuple[Claim, Claim] | None:
    """The count a ;-clause opens with and its one current share (违建341件,占29.6%)."""
    shares = [
        c
        for c in clause
        if c.kind == "share" and c.unit == "%" and c.period == "current" and _actual(c)
    ]
    if len(shares) != 1 or not clause or not _is_count(clause[0]):
        return None
    if clause[0].period != "current" or not _actual(clause[0]):
        return None
    return clause[0], shares[0]


def _nested_part(claim: Claim, start: int) -> bool:
    """Whether a 其中 after ``start`` (the list's own start) introduces ``claim``."""
    at = claim.lead.rfind("其中")
    return at >= 0 and claim.norm_span[0] - len(claim.lead) + at >= start


# 尚未化解的积案还有, 正在调处, 未办结, 还剩: what is not (yet) done of an act
_REST_OF_ACT = regex.compile(
    r"^(?:[^,;:、()。]{0,8}?)(?:尚未|未|仍未|没有|正在|仍在)(?P<act>\p{Han}{2})|^(?:还剩|剩余|剩下)(?P<act>)"
)
_NEGATED_ACT = regex.compile(r"未|不|正在|仍在|没有")
_PARTITION_PAIRS = (("初信初访", "重复"), ("实名", "匿名"))
_REST_REACH = 30  # sentences back in which the done part of a rest is looked for


_BATCH_LIST_REACH = 2  # sentences either side of a visit count its channel list may span
_BATCH_LIST_PARTS = 8  # the most channels such a list is read over
_EXACT_RUN_PARTS = 12  # the most parts of a run read as a breakdown by its exact total
_FAR_OFF = Decimal("1.5")  # the most a breakdown and its total differ by for a verdict
# a clause that opens with what was done (已重新办理76件; 截至6月底已有198户取得…, whose local
# lead starts after the 6)
_DONE_OPENING = regex.compile(
    r"^(?:其中)?,?(?:(?:截至|截止到?)?\p{Han}{0,4}?(?:月底|月末|目前|年底|年末),?)?均?已"
)
_COMPARED_REACH = 6
# a clause saying who bears a sum (,由市财政承担…、县财政承担…)
_BORNE_VERBS = "承担|负担|出资|配套|筹措"
_BORNE_OPENING = regex.compile(rf"[,;]由(?=\p{{Han}}{{1,12}}?(?:{_BORNE_VERBS}))")
_BORNE_VERB = regex.compile(rf"(?:{_BORNE_VERBS})$")
# what follows the X类 that opens a breakdown of it (维修类信访中,…; 执行类中,…)
_WITHIN_KIND = regex.compile(r"(?:信访|投诉|纠纷|举报|诉求|问题|案件)?(?:事项)?中")
# the name a sentence opens with, before its first comparison, figure or comma
_OPENING_NAME = regex.compile(
    r"^(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|其中,?)?"
    r"(?P<name>\p{Han}{2,12}?)(?=同比|环比|比上|较上|比去|较去|与上|[\d,(])"
)
_IN_BRACKETS = regex.compile(r"\([^()]*\)")
_QUOTE_MARKS = str.maketrans("", "", "“”‘’\"'「」『』")


@lru_cache(maxsize=REMEMBERED)  # (pure; the same subject is read by many rules)
def _bare_name(words: str) -> str:
    """``words`` as a name of the thing compared: without quotation marks, list markers and
    the petition noun after it (“一户多宅”类 → 一户多宅)."""
    return _NAME_NOISE.sub(
        "", words.translate(_QUOTE_MARKS), timeout=REGEX_TIMEOUT
    )  # sentences back in which the counts a multiple compares are named


def _named_so(candidates: Iterable[Claim], name: str) -> Claim | None:
    """The first exactly written candidate whose subject, bare (:func:`_bare_name`), holds
    ``name`` — a name of two characters at least: the figure a multiple names."""
    if len(name) < 2:
        return None
    return next(
        (c for c in candidates if c.bound == "exact" and name in _bare_name(c.subject or "")),
        None,
    )


def _whole_count(claim: Claim, *, zero: bool = False) -> bool:
    """An actual count written exactly as a whole number, of either period (none unless
    ``zero``)."""
    return (
        claim.kind == "count"
        and _actual(claim)
        and claim.bound == "exact"
        and claim.value == claim.value.to_integral_value()
        and (zero or claim.value > 0)
    )


def _done_act(words: str, act: str) -> bool:
    """Whether ``words`` count what has been done (督办事项已办结), not a part of it (已办结的督办
    事项中按期办结)."""
    at = words.rfind("已" + act)
    return at >= 0 and "中" not in words[at:]


def _bigrams(text: str) -> frozenset[str]:
    """The pairs of adjacent characters in ``text``."""
    return frozenset(map(add, text, text[1:]))


def _exact_count(claim: Claim) -> bool:
    """An actual current count written exactly (a whole number with no bound)."""
    return claim.period == "current" and _whole_count(claim, zero=True)


def _remainder(lead: str) -> bool:
    """Whether ``_REMAINDER`` is found in ``lead`` (其他, 其余…)."""
    return not _REMAINDER_FIRST_CHARS.isdisjoint(lead) and bool(
        _REMAINDER.search(lead, timeout=REGEX_TIMEOUT)
    )


# A sentence with more figures than this is a table dump or garbage, not prose; checking it
# would cost the square of its figures, so it is reported as skipped instead.
MAX_SENTENCE_CLAIMS = 64


@cache
def _changing(cls: type, names: tuple[str, ...]) -> Callable[..., Any]:
    """``lambda item, *values: replace(item, **dict(zip(names, values)))`` for ``cls``, several
    times faster for a slotted dataclass whose fields are all plain init fields (thousands of
    sentences and claims are renumbered per report): the copy is made the way ``copy.copy``
    makes one, every slot set from the original or from the changes. The setting is generated
    as straight-line code, as :mod:`dataclasses` generates ``__init__`` (a loop over the slots
    costs twice as much)."""
    every = [f.name for f in fields(cls)]
    plain = (
        len(every) > 1
        and all(f.init for f in fields(cls))
        and not hasattr(cls, "__post_init__")
        and set(every) <= set(getattr(cls, "__slots__", ()))
        and set(names) <= set(every)
    )
    if not plain:
        return lambda item, *values: replace(item, **dict(zip(names, values, strict=True)))
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls, "read": attrgetter(*every)}
    lines = [
        f"def change(item, {', '.join(f'value_{j}' for j in range(len(names)))}):",
        "    copy = new(cls)",
        f"    ({', '.join(f'old_{i}' for i in range(len(every)))},) = read(item)",
    ]
    for i, name in enumerate(every):
        namespace[f"set_{i}"] = getattr(cls, name).__set__  # the slot's descriptor
        value = f"value_{names.index(name)}" if name in names else f"old_{i}"
        lines.append(f"    set_{i}(copy, {value})")
    lines.append("    return copy")
    exec("\n".join(lines), namespace)
    return namespace["change"]


def _chained(extraction: Extraction) -> tuple[Extraction, list[int]]:
    """The extraction with every ;-chain of sentences merged into one: 到期事项121件;已办结118件;
    按期办结率97.5% is one statement for the checks. Returns it and, per merged sentence, the
    first original sentence (checks report original sentence numbers)."""
    sentences = extraction.segmentation.sentences
    if not any(sentence.text.endswith(";") for sentence in sentences[:-1]):
        return extraction, list(range(len(sentences)))  # no chain: nothing to merge
    text = extraction.normalized.text

    renumbered, extended = _changing(Sentence, ("index",)), _changing(Sentence, ("end", "text"))
    merged: list[Sentence] = []
    first: list[int] = []
    to_merged: list[int] = []
    for i, sentence in enumerate(sentences):
        if merged and sentences[i - 1].text.endswith(";"):
            last = merged[-1]
            merged[-1] = extended(last, sentence.end, text[last.start : sentence.end])
        else:
            index = len(merged)
            merged.append(sentence if sentence.index == index else renumbered(sentence, index))
            first.append(i)
        to_merged.append(len(merged) - 1)
    if len(merged) == len(sentences):
        return extraction, first
    movers = {Claim: _changing(Claim, ("sentence",)), Anomaly: _changing(Anomaly, ("sentence",))}

    def moved(item: Claim | Anomaly) -> Claim | Anomaly:
        sentence = to_merged[item.sentence]
        if item.sentence == sentence:
            return item
        move = movers.get(type(item))
        return move(item, sentence) if move else replace(item, sentence=sentence)

    return (
        replace(
            extraction,
            segmentation=replace(extraction.segmentation, sentences=tuple(merged)),
            claims=tuple(moved(c) for c in extraction.claims),
            anomalies=tuple(moved(a) for a in extraction.anomalies),
        ),
        first,
    )


def check(extraction: Extraction, *, options: CheckOptions = CheckOptions()) -> tuple[Check, ...]:
    """All checks for one document, in document order of the figure they verify."""
    original = {item.id: item.sentence for item in (*extraction.claims, *extraction.anomalies)}
    extraction, first_sentence = _chained(extraction)
    per_sentence = Counter(claim.sentence for claim in extraction.claims)
    crowded = {s for s, n in per_sentence.items() if n > MAX_SENTENCE_CLAIMS}
    if crowded:
        kept = tuple(c for c in extraction.claims if c.sentence not in crowded)
        extraction = replace(extraction, claims=kept)
    checker = _Checker(extraction, options, original)
    checker.skipped(extraction, {s: per_sentence[s] for s in sorted(crowded)})
    for claim in extraction.claims:
        if not _actual(claim):
            continue
        if claim.kind == "change":
            checker.change(claim)
        elif claim.kind == "difference":
            checker.difference(claim)
        elif claim.kind == "rate":
            if claim.period == "current":  # 较上年的89.7%: last year's rate, without operands
                checker.rate(claim)
        elif claim.kind == "share":
            checker.share(claim)
        elif claim.kind == "ratio":
            if claim.unit == "倍":
                checker.times(claim)
            else:
                checker.per_capita(claim)
        elif claim.kind == "progress":
            checker.progress(claim)
    checker.sums()
    checker.over_breakdown_sums()
    checker.shared_wholes()
    checker.summed_shares()
    checker.named_summed_shares()
    checker.referred_sums()
    checker.share_sums()
    checker.placeholders(extraction.anomalies)
    checker.incomplete_operands(extraction.anomalies)
    from ._operand_search import corroborate  # imports this module

    corroborate(checker)
    # (confirm-only sums of parts far apart: after the search, which fills a total's silence
    # only, so that these do not keep it from a breakdown it would find)
    checker.rest_sums()
    checker.batch_counted_sums()
    checker.exact_breakdowns()
    checker.numbered_item_sums()
    checker.shared_list_sums()
    checker.unit_slip_lists()
    checker.average_slips()
    checker.named_averages()
    checker.remainder_lists()
    checker.section_item_sums()
    checker.category_heads()
    checker.stock_flows()
    checker.blank_operands(extraction.anomalies)
    if may_hold_table(extraction.normalized.raw):  # tables flattened to lines of cells
        from .tables import table_checks  # (imports this module)

        table_checks(checker, extraction)
    checker.base_sums()
    checker.shared_operands()
    checker.parts_beyond_whole()
    ordered = sorted(checker.checks, key=lambda c: (c.span[0], _KIND_ORDER[c.kind]))
    renumbered = _changing(Check, ("id", "sentence"))
    return tuple(
        renumbered(
            c,
            f"k{i + 1}",
            original.get(c.claims[-1], c.sentence) if c.claims else first_sentence[c.sentence],
        )
        for i, c in enumerate(ordered)
    )
