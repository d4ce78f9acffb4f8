"""Stage 4 — statistical claims: every figure in the normalized text, typed, with its relations.

One pass of a composed ``regex`` grammar finds figure candidates (number + unit, Chinese-numeral
forms, placeholders, malformed numbers); small, local rules then read the words around each
figure — the clause before it for the governing verb or noun, the words right before/after it
for bounds — and decide kind, direction, period, modality and subject. Spans are mapped back to
the raw text, so ``raw[span[0]:span[1]] == claim.text`` always holds.

Nothing here runs jieba: extraction must stay far faster than word segmentation.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache, partial
from itertools import pairwise

import regex

from ._construct import frozen_constructor
from ._gc_pause import collection_paused
from ._lexicon import data_lines, measure_words
from ._patterns import (
    REGEX_TIMEOUT,
    REMEMBERED,
    YEAR,
    first_digit,
    has_digit,
    may_hold_table,
    remembered,
)
from .normalize import NormalizedText, normalize
from .numbers import SCALES, Number, parse_number
from .segment import Segmentation, Sentence, segment

__all__ = ["Anomaly", "Claim", "Extraction", "extract"]

CLAIM_KINDS = (
    "count",
    "amount",
    "change",
    "difference",
    "share",
    "rate",
    "ratio",
    "progress",
    "other",
)


@dataclass(frozen=True, slots=True)
class Claim:
    """One statistical claim. ``span`` is in the raw text; ``norm_span`` in the normalized one.

    (``_finish`` passes every field positionally: keep it in step with the field order.)"""

    id: str
    kind: str
    value: Decimal
    unit: str
    bound: str
    direction: str | None
    period: str | None
    modality: str
    subject: str | None
    span: tuple[int, int]
    text: str
    sentence: int
    norm_span: tuple[int, int]
    decimals: int
    scale: Decimal
    category: str | None = None
    # claims this one is paired with by 分别 (its base count), when known
    paired_with: str | None = None
    # normalized clause text right before and right after the figure (for the linker/checker)
    lead: str = ""
    trail: str = ""

    @property
    def number(self) -> Number:
        return Number(self.value, self.decimals, self.scale)


@dataclass(frozen=True, slots=True)
class Anomaly:
    """A figure that is not a number: an unfilled template field or a malformed number."""

    id: str
    kind: str  # "placeholder", "malformed", or "skipped" (a stretch the regex timeout cut off)
    unit: str | None
    span: tuple[int, int]
    text: str
    sentence: int
    norm_span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Extraction:
    normalized: NormalizedText
    segmentation: Segmentation
    claims: tuple[Claim, ...]
    anomalies: tuple[Anomaly, ...] = field(default=())


# ---------------------------------------------------------------------------------------------
# lexicons


@dataclass(frozen=True)
class _Lexicon:
    units: dict[str, str]  # measure word → kind (count, money, area, duration, length)
    change_verbs: dict[str, str]  # verb → direction
    bounds_before: dict[str, str]
    bounds_after: dict[str, str]
    figure: _FigureGrammar
    # the numbers of the figure's groups digits, unit, scale, inner1 and inner2: a group asked
    # for by name costs the regex module a formatted TypeError (it tries the name as a number)
    figure_parts: tuple[int, ...]
    cue: regex.Pattern[str]
    target: regex.Pattern[str]
    bound_before: regex.Pattern[str]
    bound_before_last_chars: frozenset[str]
    bound_after_first_chars: frozenset[str]
    cue_last_chars: frozenset[str]  # every match of ``cue`` ends with one of these


# The rare forms of the figure grammar, each with the strings one of which every match of it
# holds: a stretch of text that holds none of them is scanned without the form. The scan tries
# every alternative at every digit and numeral that does not start a figure, so each form left
# out makes it cheaper: these two took a fifth of the scan (tests/test_extract.py checks the
# grammar, scanned this way, against the plain reading on random text).
_RARE_FIGURE_FORMS: dict[str, tuple[str, ...]] = {
    "fraction": ("分之",),  # 三分之一
    "slipped_decimal": ("。.", ".."),  # 2。.14亿元, 3..5 (malformed)
}


class _FigureGrammar:
    """The figure grammar as one pattern (``finditer`` and ``search`` of a compiled pattern),
    scanning each stretch of text with the variant that leaves out the rare forms
    (``rare``: form → strings, one of which every match of the form holds) the stretch cannot
    hold. The same matches as the whole grammar: a form left out matches nowhere in the
    stretch. Variants are compiled on first use; with ``variants=False`` every stretch is
    scanned with the whole grammar (``compose(every rare form)``)."""

    def __init__(
        self,
        compose: Callable[[frozenset[str]], str],
        rare: dict[str, tuple[str, ...]],
        *,
        variants: bool = True,
    ) -> None:
        self._compose = compose
        self._rare = tuple(rare.items()) if variants else ()
        self._variants: dict[frozenset[str], regex.Pattern[str]] = {}
        self._every = frozenset(rare)
        # the variant most stretches are scanned with (compiled now, the others when needed)
        self._common = self.variant(frozenset() if self._rare else self._every)

    def variant(self, forms: frozenset[str]) -> regex.Pattern[str]:
        """The grammar with only the rare forms ``forms``."""
        found = self._variants.get(forms)
        if found is None:
            found = self._variants[forms] = regex.compile(self._compose(forms), regex.VERBOSE)
        return found

    def for_stretch(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Pattern[str]:
        """The variant for ``string[pos:endpos]`` (a match lies inside the stretch)."""
        if not self._rare:
            return self._common
        end = len(string) if endpos is None else endpos
        held = frozenset(
            form
            for form, needs in self._rare
            if any(string.find(need, pos, end) >= 0 for need in needs)
        )
        return self.variant(held)

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None, *, timeout: float | None = None
    ) -> Iterator[regex.Match[str]]:
        pattern = self.for_stretch(string, pos, endpos)
        if endpos is None:
            return pattern.finditer(string, pos, timeout=timeout)
        return pattern.finditer(string, pos, endpos, timeout=timeout)

    def search(
        self, string: str, pos: int = 0, endpos: int | None = None, *, timeout: float | None = None
    ) -> regex.Match[str] | None:
        pattern = self.for_stretch(string, pos, endpos)
        if endpos is None:
            return pattern.search(string, pos, timeout=timeout)
        return pattern.search(string, pos, endpos, timeout=timeout)

    @property
    def pattern(self) -> str:
        """The whole grammar's pattern text."""
        return self.variant(self._every).pattern

    def group_numbers(self, names: Iterable[str]) -> tuple[int, ...]:
        """The numbers of groups that every variant numbers alike (those before the first rare
        form: the general figure's, when it goes first)."""
        return tuple(self._common.groupindex[name] for name in names)


def _alternation(words: list[str] | tuple[str, ...] | dict[str, str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# the first characters of words that end in 约 (签约6.94万人 is exact: 签约 is to sign up)
_WORDS_ENDING_IN_YUE = "签履违解缔预合公条契节制邀相特盟爽毁践守续失赴应立定誓婚租"


@cache
def _lexicon() -> _Lexicon:
    units = {w: k for w, k in measure_words().items() if w not in _UNITS_NOT_CLAIMS}
    change_verbs = dict(line.split("\t")[:2] for line in data_lines("change_verbs.tsv"))
    bounds_before: dict[str, str] = {}
    bounds_after: dict[str, str] = {}
    for line in data_lines("bound_words.tsv"):
        word, position, bound = line.split("\t")
        if position == "before":
            bounds_before[word] = bound
        elif position == "after":
            bounds_after[word] = bound
    targets = "|".join(f"(?:{line})" for line in data_lines("target_cues.txt"))

    arabic = r"\d++(?:\.\d++)?+"
    cn_chars = "零〇一二两三四五六七八九十百千万亿"
    # 十二点五, 九十七点八: the digits of a Chinese decimal, one by one after 点
    cn_decimal = r"(?:点[零〇一二三四五六七八九]{1,3}+)?+"
    cn_num = rf"[{cn_chars}]{{1,12}}+{cn_decimal}"
    scale = _alternation(SCALES)
    unit = _alternation(units)
    # the first characters of what follows the digits of a general figure (a space, 余/多, a
    # scale or a unit): a lookahead for them turns a numeral inside a word down before the
    # optional parts and the long alternation of units are tried (the scan: -7 % instructions)
    follow = {"余", "多", "个", "百", "%", "‰", "成", "倍", "分"} | {
        w[0] for w in (*SCALES, *units)
    }
    after_digits = rf"[\x20{''.join(regex.escape(c) for c in sorted(follow))}]"
    # The figure grammar, composed from named parts. Order of alternatives matters where two
    # can match at the same place: the specific forms come before the general number + unit.
    #
    # Every alternative first consumes one character and only then looks behind it:
    # \d(?<![\d.]\d)\d*+ is (?<![\d.])\d++ written so that the regex engine can turn an
    # alternative down on its first character without entering it (a lookbehind written first
    # is tried at every candidate position, by every alternative: the scan was ~20 % slower).
    # tests/test_extract.py checks this grammar against the plain reading on random text.
    general = rf"""
        (?P<figure>
            # G20, A1 are codes; APP1,018件 is a figure
            (?P<digits>
                \d(?<![\d.]\d)(?<!(?<!\p{{Latin}})\p{{Latin}}{{1,2}}\d)\d*+(?:\.\d++)?+
              | [{cn_chars}](?<![\d.][{cn_chars}])
                (?<!(?<!\p{{Latin}})\p{{Latin}}{{1,2}}[{cn_chars}])[{cn_chars}]{{0,11}}+{cn_decimal}
            )
            (?={after_digits})  # (what can follow the digits: fails at once after 一 of 一些)
            \x20?+
            (?P<inner1>余|多)?+
            (?P<scale>{scale})?+
            (?P<inner2>余|多)?+
            (?P<unit>个百分点|百分点|%|‰|成(?![员立功效本果绩为了熟交就])|倍
              # 214部电梯 (not 3部门, 一部分, 三部委, 两部署)
              |(?:{unit})(?!(?<=部)[门分委署位长队属])
              # 近四成为重复访: a portion, then 为 (not 成为, become)
              |成(?=为)(?<=[近约逾有占过,、:;。\n][一二两三四五六七八九]成)
              # 得分96.5分: a score (not 三分之一, 5分钟, 9时30分, 二分局, 十分重要)
              |分(?![之钟秒类局院队校所站部会厂场组])(?<=\d分))
            (?![\p{{Latin}}])
        )
    """
    # the rare forms (_RARE_FIGURE_FORMS), each in its place among the specific forms below
    slipped_decimal = rf"""
          | \d(?<!\d\d)\d*+。\.\d++(?:{scale})?+(?:{unit}|%|‰)?+      # 2。.14亿元
          | \d(?<!\d\d)\d*+\.{{2,}}+\d++                               # 3..5
    """
    fraction = rf"""
      | (?P<fraction>
            (?P<den>
                \d(?<![\d{cn_chars}]\d)\d*+(?:\.\d++)?+
              | [{cn_chars}](?<![\d{cn_chars}][{cn_chars}])[{cn_chars}]{{0,11}}+
            )
            分之(?P<num>{arabic}|{cn_num})
        )
    """

    def specific(forms: frozenset[str]) -> str:
        return rf"""
        (?P<malformed>
            \.(?<![\d.]\.)\d++(?:{scale})?+(?:{unit}|%|‰)            # .38亿元, 、.45%
            {slipped_decimal if "slipped_decimal" in forms else ""}
        )
      | (?P<placeholder>
            (?:19|20)[xX×*_]{{2}}+(?:年)?                             # 20xx年, 20__
          | [xX×*_](?<![xX×*_][xX×*_])[xX×*_]++\d*+                  # **批
            (?:(?:{scale})?(?:{unit})|%|‰|周年|届|年|月|日)
          | [xX*](?<=[\p{{Han}},:;、(]\S)(?![xX×*_\d])                # 重复信访X件
            (?:(?:{scale})?(?:{unit})|%|‰)
          | \x20(?<=[\p{{Han}},:、]\x20)(?:{unit}|%)(?![\d\p{{Han}}])  # 来信 件, 减少 %
          | \x20(?<=[\p{{Han}},:、]\x20)(?:{unit})(?=[,;。:、减增上下降和与及])
        )
        {fraction if "fraction" in forms else ""}
      | (?P<double>翻(?:了)?(?P<times>[一两二三四五])番)
      | (?P<flat>持平)
    """

    # The general figure is tried first all the same, being by far the most frequent match
    # (the scan is ~8 % faster): it cannot match where a specific form does, since after its
    # digits come a space, 余/多, a scale or a unit, and the specific forms that start with a
    # digit or a numeral go on with 。., '..', 分之 or a placeholder mark. Unless a measure word
    # itself starts with one of those.
    general_first = not any(word[:1] in _SPECIFIC_AFTER_DIGITS for word in units)

    def figure(forms: frozenset[str]) -> str:
        return f"{general}|{specific(forms)}" if general_first else f"{specific(forms)}|{general}"

    # Cues searched backwards from a figure inside its clause.
    verbs = _alternation(change_verbs)
    cue = rf"""
        (?P<verb>{verbs})
      | (?P<share>占比|所占比[例重]|比重|比例|占)
      | (?P<rate>\p{{Han}}{{0,10}}?(?:率|满意度|满意程度))
      | (?P<progress>完成.{{0,16}}?(?:目标|任务|进度|计划)|(?:目标|任务|计划|进度)的|时间进度
                      |(?:已|只|仅)?用去了?
                      # 使用进度为83.6%: a level named …进度; 化解任务已完成80%: the plan, then
                      # what of it is done
                      |进度|(?:目标|任务|计划)(?:已经?|均已|已全部)?完成了?)
      | (?P<ratio>(?:是|约为|为|相当于).{{0,16}}?的)
      | (?P<average>人均|户均|批均|件均|起均|案均|日均|月均|场均|次均|组均|期均|宗均|村均|家均
                     |笔均|所均|校均|项均|企均|小区均|处均|亩均
                     # (per a thing counted in its measure word: 台均, 座均, 辆次均 …)
                     |台均|座均|(?<!各)站均|(?<!重)点均|辆次均|辆均|车均|套均|只均|队均|团均
                     |人次均|艘均|张均|部均|每千瓦|每公里|每亩|每立方米|每平方米
                     |每场|平均(?!水平|值|数)
                     |每人|每位|每名|每个|每户|每家|每批|每天|每月|每次|每万人|万人|每千人)
    """
    # (a stretch is scanned without the rare forms it cannot hold only when the general figure
    # goes first: then its groups, read by number, are numbered alike in every variant)
    figure_grammar = _FigureGrammar(figure, _RARE_FIGURE_FORMS, variants=general_first)
    return _Lexicon(
        units=units,
        change_verbs=change_verbs,
        bounds_before=bounds_before,
        bounds_after=bounds_after,
        figure=figure_grammar,
        figure_parts=figure_grammar.group_numbers(("digits", "unit", "scale", "inner1", "inner2")),
        cue=regex.compile(cue, regex.VERBOSE | regex.REVERSE),
        target=regex.compile(targets),
        bound_before_last_chars=frozenset(w[-1] for w in bounds_before) | frozenset("了达为"),
        bound_after_first_chars=frozenset(w[0] for w in bounds_after),
        cue_last_chars=frozenset(w[-1] for w in change_verbs) | _CUE_LAST_CHARS,
        bound_before=regex.compile(
            # (最近, 附近; 签约, 履约, 预约…: 约 closing a word is no bound)
            rf"(?<![最附])(?!(?<=[{_WORDS_ENDING_IN_YUE}])约)"
            rf"(?:{_alternation(bounds_before)})(?:了|达|为)?$"
        ),
    )


# what the specific figure forms that start like a number go on with (see _lexicon)
_SPECIFIC_AFTER_DIGITS = frozenset("。.分xX×*_")

# last characters of the cue alternatives besides the change verbs (share, rate, progress,
# ratio, average)
_CUE_LAST_CHARS = frozenset("比例重占率标务度划的均场人位批天月次名个户家去了成瓦里亩米")

# Measure words that are dates or durations in years — not statistical claims here.
_UNITS_NOT_CLAIMS = frozenset({"年"})

# ---------------------------------------------------------------------------------------------
# context rules

_CLAUSE_WINDOW = 40
_INHERIT_WINDOW = 12
_RANK_WORDS = ("第", "前", "后", "居", "排名", "列")
# 扣2分, 扣减1.5分, 加1分 (not 加分项目11分): points taken off a score or added to it
_SCORE_ADJUSTED = regex.compile(r"(?:扣减|扣除|倒扣|扣|(?<!追)加)$")
# 9时30分, 14:05分: the minutes of a clock time
_CLOCK_BEFORE = regex.compile(r"(?:\d[时点:]|[零〇一二两三四五六七八九十][时点])$")
_THRESHOLD_AFTER = regex.compile(r"^(?:以上|以下)(?:的)?\p{Han}")
# the rest of a time limit's clause up to the count it qualifies (内修复的2.86万次; not the
# money of 五天内足额发放工资62.7万元, a duration of what was done)
_LIMIT_BEFORE_FIGURE = regex.compile(
    r"内\p{Han}{0,12}?(?:\d[\d.,]*+(?![万亿千]?元)|[一二两三四五六七八九十百千]+[件批人起次个户宗项])"
)
_RHETORIC_AFTER = regex.compile(
    r"^的(?:决心|努力|热情|精力|信心|把握|诚意|责任心?|合理性|合理部分|希望|可能|力气|干劲)"
)
_PREVIOUS_WORDS = regex.compile(
    r"去年|上年|上一年|前年|(?:较|比|与|和)同期|同期(?:为|是|的)|上一?期|上一?季度|上个?月|上一月|"
    # (a season or term of a year before: 比上个供暖季(639件), 较上一学年)
    r"上一?个?(?:供暖季|采暖季|供热季|汛期|学年|学期|年度|周期)|"
    r"上半年同期|(?:较|比|与|和|同)(?:(?:\d{1,2}|十[一二]|[一二三四五六七八九十])月份?|第?[一二三四]季度|\d{4}年(?:同期)?)"
)
# every alternative of _PREVIOUS_WORDS starts with one of these, and holds one of the second
_PREVIOUS_FIRST_CHARS = frozenset("去上前较比与和同")
_PREVIOUS_CHARS = frozenset("年期季月")
_PREVIOUS_CHAR_STRINGS = tuple(sorted(_PREVIOUS_CHARS))
# what a previous period left to this one: 上年结转, 上月遗留 (a current figure)
_CARRIED_OVER = ("结转", "遗留", "转入", "滚存", "积存")
_CURRENT_WORDS = regex.compile(r"今年|本年|当年|本期|目前|截至|截止")
# 上年同期, / 去年, / 2023年同期,: a sentence opening with the previous period alone
_OPENING_PREVIOUS = regex.compile(
    r"(?:上年同期|去年同期|上年|去年|上一年度?|[0-9]{4}年同期)\s*[,:]"
)
_CURRENT_CHARS = frozenset("年期目截")  # every match of _CURRENT_WORDS holds one of these
_PREVIOUS_PAREN_HEAD = regex.compile(
    r"^(?:去年|上年|上一年|同期|前年|上一?期|上一?季度|上个?月|\d{4}年|[一二三四五六七八九〇零]{4}年|"
    r"\d{1,2}月份?(?:为|是|:)|第?[一二三四]季度(?:为|是|:))"
)
# what a match of _PREVIOUS_PAREN_HEAD starts with besides a digit
_PAREN_HEAD_FIRST_CHARS = frozenset("去上同前第一二三四五六七八九〇零")
# a parenthesis right after a change figure gives its base: 环比上升6.8%(7月为1,392件)
_AFTER_CHANGE = regex.compile(
    r"(?:上升|增长|增加|提高|下降|减少|降低|回落|增幅|降幅|同比|环比)[^,;。()]{0,8}?"
    r"(?:\d%|\d‰|百分点|\d倍)$|持平$"
)
# …and right after a difference, when it opens with the earlier period: 环比减少2批(9月5批)
_AFTER_DIFFERENCE = regex.compile(
    r"(?:上升|增长|增加|提高|下降|减少|降低|回落|多|少)了?\d+(?:\.\d+)?\p{Han}{1,2}$"
)
_PERIOD_HEAD = regex.compile(r"^(?:\d{1,2}月份?|第?[一二三四]季度|[上下]半年|\d{4}年)")
_FROM_TO = regex.compile(
    r"由(?:原来|去年|上年|过去|以前|(?:去年|上年)?同期|上一?个?季度|第?[一二三四]季度|上个?月"
    r"|\d{1,2}月份?|上半年|年初)?的?$"
)
_PAREN_BASE = regex.compile(
    r"\((?:去年|上年|上一年|同期|上一?季度|上个?月|\d{4}年)(?:同期)?(?:为|是)?[^()]*$"
)
_TO_AFTER = regex.compile(
    r"^(?:\p{Han}{0,4}?)(?:增加|上升|提高|下降|减少|降低|提升|增长|压降)?(?:到|至)"
)
# 分别由4986件、6208件和3862件上升17.6%、…: a level 由 which a change is reported, with no 到
_CHANGE_AFTER = regex.compile(
    r"^(?:[、和及][\d.]+\p{Han}{0,2}){0,8}?"
    r"(?:增加|上升|提高|下降|减少|降低|提升|增长|压降|回落)了?(?:[\d.]|百分之)"
)
_DIFFERENCE_VERB = regex.compile(
    # (短少111件, 缺少3件: a kind of loss named, not fewer)
    r"(?:增加|减少|增长|下降|上升|多|(?<![短缺])少|降低|提高|压减|净增|缩短|压缩|延长|新增了?)(?:了)?$"
)
# every match of _DIFFERENCE_VERB ends with one of these
_DIFFERENCE_LAST_CHARS = frozenset("加少长降升多低高减增了短缩")
_difference_verb = remembered(_DIFFERENCE_VERB.search)  # (of a prefix's last 4 characters)
_COMPARED_GAP = regex.compile(
    r"(?:(?:比|较)[^,;。:]{1,20}?(?P<way>高|低|多|少)出?"
    r"|(?P<way>高|低|多|少)于[^,;。:()]{1,16}\([^()]{1,16}\))$"
)
_TO_BEFORE = regex.compile(r"(?:到|至|为)了?$")  # (提高到了58.1%)
_TO_CHARS = frozenset("到至为")
# 由上月的48.6%提高到本月的51.8%: the new level, named by the current period
_TO_CURRENT = regex.compile(r"[到至]了?(?:本月|当月|本季度|本年度?|今年|本期)的?$")
_SUBJECT_STRIP_HEAD = regex.compile(
    r"^(?:其中|共计|累计|合计|总计|共|全年|全县|全区|全市|全镇|今年|上半年|下半年|各类|各级|"
    r"去年同期|上年同期|去年|上年|同期|同比|环比|相比|相较|比较|"
    # a share's name with no subject in it: 46件,比重为21.5% (the subject is the count's)
    r"比重|比例|占比|较|比|与|占|但|仍有|仍|个别|我们将?|力争|"
    r"年内|目前|距离|对照|参照|对|将|为|按照|按(?!期|时|月|季)|向|把|相关|相|全局|其余|剩余|只有|仅有|还有|另有|另|则|而|"
    # an aspect particle left by the verb before; 经 before a finding: 经核查查实 → 查实
    r"了|经(?:调查核实|现场核查|核查|核实|调查|审查)?(?=查实|属实)|"
    # a list marker: 二是对两件积案
    r"[一二三四五六七八九十]是|要把|要|(?:已|只|仅)?用去|实现|"
    # a month or quarter named as the period, not the subject: 上月为12批, 较第二季度的
    r"上月|本月|同月|上季度|本季度|第?[一二三四]季度|"
    r"我局|本局|实际|尚(?=未)|已经?+(?!受理|接待|登记|办理|办结|收到|接收|转送|交办|排查|化解|发生|反映|涉及|处理)(?=...)|针对|"
    # the people who petition are implied by the channel they use: 群众来信, 群众诉求
    r"群众(?=来信|来访|信访|诉求|网上)|"
    # the people a sum was recovered or an act done for: (协调为)群众追回欠薪 → 追回欠薪
    r"(?:协调|帮助)?为?群众(?=追回|挽回|解决|争取|兑现)|"
    r"(?:受理|接待|登记|办理|办结|收到|接收|转送|交办|排查出?|化解|发生|反映|涉及|处理)"
    r"(?!率|时长|时间|用时|周期|天数|量|人数|件数|金额|类)|"
    r"\d+[—\-至~]\d+月(?:份)?|\d+月(?:份)?|以来|期间|的|"
    # a verb that brings about, finds or holds the things counted (核查欠薪线索1,024条,
    # 召开议事会17场, 用于社会保障的资金): the things are the subject
    r"(?:核查|列管|落实|完成|用于|下达|梳理出|实施|召开|作出|收缴|给予|达成|现有|提出|建成|"
    r"认为|剔除|依次为|举办)(?=..))+"  # (a subject is a run of Han and Latin letters)
)
_MAIN_ITEMS = regex.compile(r"^(?:(?:主要|其中)(?:有|是|包括|包含)|包括|包含)(?=..)")
_SUBJECT_STRIP_TAIL = regex.compile(
    r"(?:同比|环比|分别|共计|累计|合计|总计|共|达到|达|为|是|有|计|约|近|超过|占|比|较|的|了|仅|"
    r"去年同期|上年同期|去年|上年|同期|不足|不到|不超过|不低于|不少于|超过|低于|高于|由|从|"
    r"基本|(?<![日月年人户件批宗期起案场])均|总体|总数|总量为|却|也|则|又|还|都|上月|本月|同月|上季度|本季度|"
    # a target's verb: 信访总量控制在360件以内; a postposition: 网上信访中
    r"控制在|控制|降到|降至|保持在|再|(?<!集)中|(?<=来访)群众|"
    # a conjunction, modal or adverb before the predicate: 柳林乡与上月(45件)持平, 信访总量要控制在,
    # 办证难的就有173件
    r"(?<!参)与|(?<![纪摘主需重必只概提])要|(?<![成造迁])就)+$"
)
_SUBJECT_VERB = regex.compile(
    r"(?:受理|接待|登记|办理|办结|收到|接收|转送|交办|排查出?|化解|发生|反映|涉及|处理|"
    r"共有|组织|开展|报送|督办|督查|复查|调处|调解|下访|接访|约访|参加|培训|走访|回访|移送|"
    r"按规定|收集|评估|形成|确定|新设|新增|立案|发放|惠及|兑付|拨付|挽回|补发|申请|争取)"
    # a verb that heads a noun is part of the subject: 办结率, 平均办理时长, 受理量
    r"(?!率|时长|时间|用时|周期|天数|量|人数|件数|金额|类)"
)
_KNOWN_SUBJECTS = regex.compile(
    r"(?:群众)?(?:来信来访|网上信访|初信初访|信访总量|信访事项|信访件|信访案件|集体访|集体上访|"
    r"个体访|越级访|越级上访|重复访|进京访|赴省访|来信|来访|网信|网访|矛盾纠纷|积案)"
    r"(?:批次|人次|件数|人数|总量)?",
    regex.REVERSE,
)
_RATE_NOISE = regex.compile(r"(?<=\p{Han}{2})的|实际(?=\p{Han}{2}率)")
_RATE_STRIP_HEAD = regex.compile(
    r"^(?:其中|全年|全县|全区|全市|今年|上半年|下半年|同时|使|的|但|仍有|仍|个别|县区|乡镇|我们将?|"
    r"力争|年内|目前|确保|保持|实现|推动|提高|提升|群众(?=满意率)|"
    # a list marker, a modal or a period before a target's rate (二是力争按期办结率, 我局将力争,
    # 第四季度按期办结率, 年底前组建率): the rate is named without them
    r"[一二三四五六七八九十]是|我局将?|将|第?[一二三四]季度|本季度|本月|当月|(?:年底|月底|春节|节)前|"
    # petitions in general are what every rate of the report is over: 信访事项按期办结率
    r"各类|信访事项(?=...))+"  # (a rate name is a run of Han letters)
)
# time words inside a subject carry no meaning for it: 区级领导全年下访接访 → 区级领导下访接访
_SUBJECT_STRIP_INSIDE = regex.compile(
    r"全年|上半年|下半年|今年|前三季度|第?[一二三四]季度|同期|本季度|本月|当月|(?<=.)各类"
)
# a total's adverb between the actor and the act: 公益律师共接待信访群众 → 公益律师接待信访群众
_TOTAL_INSIDE = regex.compile(
    r"(?<=\p{Han}{2})(?:共计|共|累计|合计|总计)"
    r"(?=接待|受理|办理|登记|收到|化解|排查|办结|发放|调解|接听|处理|解决|追回|兑付|回访|救助)"
)
# the last verb (or 占) before a change/share figure: its subject stands before it
_SUBJECT_CUT = regex.compile(
    r"(?:同比|环比|较|比|与|和)?(?:上升|增长|增加|提高|下降|减少|降低|回落|持平|增幅|降幅|占比|占|分别|"
    r"缩短|延长|压缩|高出|多出|低于|高于|落后于?|领先于?|(?<![减降提增较偏过最])(?:少|多|低|高|快|慢)了?$)",
    regex.REVERSE,
)
_COMPARATIVES = ("低", "高", "多", "少", "快", "慢")
# the whole a share is taken in, named before its level word: 在信访总量中(所占|的)比重
_IN_WHOLE = regex.compile(r"在[^在,;。:()]{1,14}?中$")
_LEVEL_IN_WHOLE = regex.compile(r"在\p{Han}{1,14}?中(?:所占)?的?(?:比重|比例)$")
_OTHER_SIDE_START = regex.compile(r"(?<![同环])[比较][^比较()]*\([^()]*\)$")
_OTHER_SIDE_BARE = regex.compile(r"(?<![同环])[比较][^比较()\d]{1,12}$")
_COMPARATIVE_CHARS_OF_SIDE = frozenset("比较")
_QUOTED_END = regex.compile(r"“([\p{Han}A-Za-z]{1,10})”(的?)$")
_OF_AFTER = regex.compile(r"(?:以上|以下|左右|多)?的")
_COMPARED = regex.compile(r"相比|比较|对比|相较")
_RATE_NAME = regex.compile(r"[\p{Han}]{0,12}?率(?=[^率]*$)")
_RATE_BEFORE_CLAUSE = regex.compile(r"(?:^|[,;:])(\p{Han}{1,12}?率)[^\d率,;:。]{0,6}[,;:]$")
# 网上信访占比首次超过一半,达到52.6%: the share named in the clause before, with no figure
_SHARE_BEFORE_CLAUSE = regex.compile(
    r"(?:^|[,;:])(\p{Han}{2,12}?)的?(?:所占)?(?:占比|比重|比例)[^\d,;:。]{0,8}[,;:]$"
)
# the same clause prefix is read for many figures (every figure of a clause, and a report repeats
# its phrasings): these calls are remembered (see _patterns.remembered)
_rate_name_in = remembered(_RATE_NAME.search)
_rate_strip_head = remembered(partial(_RATE_STRIP_HEAD.sub, ""))
_subject_cut = remembered(_SUBJECT_CUT.search)
_LIST_BREAK = regex.compile(r"[;。:()]")
_LIST_BREAK_CHARS = frozenset(";。:()")  # what _LIST_BREAK matches, for a set test
_LIST_SEPARATOR = regex.compile(r"[、和及与]")
_HAN_TAIL = regex.compile(r"[\p{Han}A-Za-z]+$")
_HAN_OR_LATIN = regex.compile(r"[\p{Han}A-Za-z]")
# the characters that start (or end) a match of the subject patterns, so that a subject with
# none of them skips the regex call (tests/test_prefilters.py keeps them in step); a subject is
# a run of Han and Latin letters, so the digit alternatives of _SUBJECT_STRIP_HEAD never apply
_SUBJECT_VERB_FIRST_CHARS = frozenset(
    "受接登办收转交排化发反涉处共组开报督复调下约参培走回移按评形新立确惠兑拨挽补申争"
)
_STRIP_HEAD_FIRST_CHARS = frozenset(
    "其共累合总全今上下各去同相比较与占但仍个我力年目距对将为按向把只仅还本受接登办收转交排化发"
    "反涉处以期的另则而月季一二三四第剩五六七八九十要参已用实群尚协帮环了经"
    "核列落完梳召作给达现提建认剔依举针"
)
_STRIP_TAIL_LAST_CHARS = frozenset(
    "比别计共到达为是有约近过占较的了仅期年足于由从本均体数却也则又还都月度制在至中再众与要就"
)
_FUNCTION_ONLY_CHARS = frozenset("对将为按向把有共约近其余全局县给帮替使")
_COORDINATORS = frozenset("和与及并、")
_SEPARATELY = "分别"
# 依次为 pairs by position as 分别 does (所占比重依次为22.3%、16.2%…)
_IN_TURN = "依次"
_SEPARATELY_MARK = regex.compile(r"分别|依次(?=为|是|占)")


@dataclass(slots=True)
class _Draft:
    """A claim under construction (mutable while the rules run)."""

    start: int
    end: int
    kind: str
    number: Number
    unit: str
    bound: str = "exact"
    direction: str | None = None
    period: str | None = None
    modality: str = "actual"
    subject: str | None = None
    sentence: int = 0
    paired_with: int | None = None
    lead: str = ""
    trail: str = ""


def extract(
    source: NormalizedText | str, *, segmentation: Segmentation | None = None
) -> Extraction:
    """Extract claims and anomalies from normalized text (a ``str`` is normalized first).

    >>> ex = extract("共接待来信来访50批195人次,同比上升9.2%。")
    >>> [(c.kind, str(c.value), c.unit) for c in ex.claims]
    [('count', '50', '批'), ('count', '195', '人次'), ('change', '9.2', '%')]
    >>> [c.subject for c in ex.claims]
    ['来信来访', '来信来访', '来信来访']
    """
    # Extraction makes an object or more per figure and no reference cycles: cyclic collection
    # during it finds nothing yet walks the growing heap (5 % of a 2M-character extraction).
    # The same pause as a batch's (shared, so nesting inside an audit costs nothing).
    with collection_paused():
        return _extract(source, segmentation=segmentation)


def _extract(source: NormalizedText | str, *, segmentation: Segmentation | None) -> Extraction:
    normalized = source if isinstance(source, NormalizedText) else normalize(source)
    segmentation = segmentation or segment(normalized)
    text = normalized.text
    lex = _lexicon()
    sentence_starts = [s.start for s in segmentation.sentences]
    chain_starts = _chain_starts(segmentation)

    drafts: list[_Draft] = []
    anomalies: list[Anomaly] = []
    for block_start, block_end in _blocks(text, segmentation):
        try:
            block_drafts, block_anomalies = _extract_block(
                text, block_start, block_end, sentence_starts, lex, normalized
            )
            _link(block_drafts, text, segmentation, lex, chain_starts, (block_start, block_end))
        except TimeoutError:
            # a pathological stretch: skip it, say so, and go on with the rest of the document
            first = _sentence_at(sentence_starts, block_start)
            block_drafts = []
            block_anomalies = [_anomaly(normalized, "skipped", None, block_start, block_end, first)]
        drafts.extend(block_drafts)
        anomalies.extend(block_anomalies)
    if may_hold_table(normalized.raw):  # tables flattened to tab- or space-separated lines
        from .tables import with_table_drafts  # (imports this module)

        drafts = with_table_drafts(drafts, normalized, sentence_starts)
    claims = tuple(_finish(drafts, normalized))
    numbered = tuple(replace(a, id=f"a{i + 1}") for i, a in enumerate(anomalies))
    return Extraction(normalized, segmentation, claims, numbered)


# Text is scanned in blocks of whole sentences (a ;-chain is never cut, since its sentences share
# their target cues), so a regex timeout costs one block, not the document.
_BLOCK_CHARS = 4096


def _chain_starts(segmentation: Segmentation) -> list[int]:
    """Per sentence, where its ;-chain starts (sentences joined by ';' read as one)."""
    sentences = segmentation.sentences
    starts: list[int] = []
    for i, sentence in enumerate(sentences):
        joined = i > 0 and sentences[i - 1].text.endswith(";")
        starts.append(starts[-1] if joined else sentence.start)
    return starts


def _blocks(text: str, segmentation: Segmentation) -> list[tuple[int, int]]:
    sentences = segmentation.sentences
    if not sentences:
        return [(0, len(text))] if text else []
    blocks: list[tuple[int, int]] = []
    start = 0
    for sentence, following in pairwise(sentences):
        if sentence.end - start >= _BLOCK_CHARS and not sentence.text.endswith(";"):
            blocks.append((start, following.start))
            start = following.start
    blocks.append((start, len(text)))
    return blocks


def _extract_block(
    text: str,
    block_start: int,
    block_end: int,
    sentence_starts: list[int],
    lex: _Lexicon,
    normalized: NormalizedText,
) -> tuple[list[_Draft], list[Anomaly]]:
    drafts: list[_Draft] = []
    anomalies: list[Anomaly] = []
    for match in lex.figure.finditer(text, block_start, block_end, timeout=REGEX_TIMEOUT):
        kind = match.lastgroup
        if kind in ("malformed", "placeholder"):
            sentence = _sentence_at(sentence_starts, match.start())
            unit = _anomaly_unit(match.group(), lex)
            anomalies.append(_anomaly(normalized, kind, unit, *match.span(), sentence))
            continue
        draft = _draft(match, kind, text, lex)
        if draft is None:
            continue
        draft.sentence = _sentence_at(sentence_starts, draft.start)
        if (
            kind == "figure"
            and text[draft.start - 1 : draft.start] in _SHARED_UNIT_JOINERS
            and draft.kind in ("count", "amount")
            and lex.units.get(draft.unit) in _SHARED_UNIT_KINDS
        ):
            for item in _shared_unit_items(match, draft, text, block_start, lex):
                item.sentence = draft.sentence
                drafts.append(item)
        drafts.append(draft)
    return drafts, anomalies


# 常住人口依次为86.4万、72.8万和58.6万人, 分别受理12、15和20件: bare numbers listed before the
# figure whose measure word closes the list share it
_SHARED_UNIT_JOINERS = frozenset("、和及与")
_SHARED_UNIT_KINDS = frozenset({"count", "money", "area"})
_SHARED_UNIT_LIST = regex.compile(
    r"(?<![\d.,A-Za-z\-—~～:/])(?:(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<s>万|亿)?"
    r"(?:、|和|及|与)){1,11}$"
)
_SHARED_UNIT_REACH = 96  # characters back to the first bare number of such a list


def _shared_unit_items(
    match: regex.Match[str], draft: _Draft, text: str, block_start: int, lex: _Lexicon
) -> list[_Draft]:
    """The drafts of the bare numbers listed right before ``draft`` that share its measure word
    (none when the list is not all bare numbers: 来信12件、来访15批 has its own words)."""
    start = max(block_start, draft.start - _SHARED_UNIT_REACH)
    found = _SHARED_UNIT_LIST.search(text, start, draft.start, timeout=REGEX_TIMEOUT)
    if found is None or text[found.start() - 1 : found.start()] == "第":
        return []
    unit = match.group(lex.figure_parts[1])
    scale = match.group(lex.figure_parts[2]) or ""
    items = []
    for (s, e), digits, own_scale in zip(
        found.spans("n"), found.captures("n"), _scales(found), strict=True
    ):
        # (86.4万、72.8万和58.6万人; 3、5和8万元 is 3万, 5万 and 8万 as written in one)
        word = own_scale or scale
        end = e + len(own_scale)
        before = text[max(0, s - 6) : s]
        item = _figure_value(s, end, digits, unit, word, before, text[end : end + 8], text, lex)
        if item is None:
            return []
        items.append(item)
    return items


def _scales(found: regex.Match[str]) -> list[str]:
    """The scale word after each number of a ``_SHARED_UNIT_LIST`` match ("" for none)."""
    scales = dict(zip(found.starts("s"), found.captures("s"), strict=True))
    return [scales.get(e, "") for e in found.ends("n")]


def _sentence_at(sentence_starts: list[int], position: int) -> int:
    return max(0, bisect_right(sentence_starts, position) - 1)


def _anomaly(
    normalized: NormalizedText, kind: str, unit: str | None, start: int, end: int, sentence: int
) -> Anomaly:
    """An anomaly over ``normalized.text[start:end]``, numbered later in document order."""
    raw_start, raw_end = normalized.span_to_raw(start, end)
    return Anomaly(
        "",
        kind,
        unit,
        (raw_start, raw_end),
        normalized.raw[raw_start:raw_end],
        sentence,
        (start, end),
    )


def _anomaly_unit(text: str, lex: _Lexicon) -> str | None:
    for unit in ("%", "‰", *lex.units):
        if text.endswith(unit):
            return unit
    if text.endswith("年") or text[:2] in ("19", "20"):
        return "年"
    return None


def _draft(match: regex.Match[str], kind: str, text: str, lex: _Lexicon) -> _Draft | None:
    """The draft of a figure match (``kind``: its ``lastgroup``, fraction, double, flat or
    figure), or ``None`` when the figure is not a statistic."""
    start, end = match.span()
    before = text[max(0, start - 6) : start]
    after = text[end : end + 8]
    if kind == "figure":
        # every group at once (one call instead of five), by number
        digits, unit, scale_word, inner1, inner2 = match.group(*lex.figure_parts)
        draft = _figure_value(start, end, digits, unit, scale_word or "", before, after, text, lex)
        if draft is None:
            return None
        # bounds: 余/多 inside the figure, words right before and right after it
        if inner1 or inner2:
            draft.bound = "more_than"
    else:
        if kind == "fraction" and before.endswith("双"):
            return None  # “双三分之二”: a voting rule (two thirds of two bodies), not a figure
        draft = _word_value(match, kind, start, end, after)
        if draft is None:
            return None
    bound_before = (
        lex.bound_before.search(before, timeout=REGEX_TIMEOUT)
        if before and before[-1] in lex.bound_before_last_chars
        else None
    )
    if bound_before:
        word = bound_before.group().rstrip("了达为")
        draft.bound = lex.bounds_before.get(word, draft.bound)
    for word, bound in lex.bounds_after.items() if after[:1] in lex.bound_after_first_chars else ():
        if after.startswith(word):
            draft.bound = bound
            break
    if (
        draft.bound == "exact"
        and draft.unit == "倍"
        and _ABOUT_RATIO.search(text[max(0, draft.start - 24) : draft.start], timeout=REGEX_TIMEOUT)
    ):
        draft.bound = "about"  # 约为网上信访量的79倍
    return draft


# 完成年度计划2.57亿元: the figure right after 计划/目标 is the plan itself
_PLAN_AFTER = ("定于", "计划于", "将于", "预计于", "拟于")
_PLAN_FIGURE = regex.compile(r"(?:计划|目标|任务)(?:数|值|总额)?(?:为|是)?$")
_TARGET_AFTER = regex.compile(r"(?:左右|以上|以内|以下)?的?(?:控制)?目标")
_ABOUT_RATIO = regex.compile(r"(?:约为|约是|大约是|大约为|约相当于)[^,;。]{0,20}的$")
_CASE_UNITS = frozenset({"件", "件次", "批", "批次", "起", "人次", "宗", "例"})
_CLAUSE_ENDS = frozenset(",;。:,;:")
_RESTATED_REACH = 30  # characters back to the figure a 两批均为… restates
# Chinese-numeral counts that enumerate the report's own points, not statistics
_ENUMERATION_AFTER_WORDS = (
    *("方面", "项工作", "工作", "措施", "环节", "重点", "任务", "原则", "机制", "意识", "自信"),
    *("维护", "全面", "到位", "责任", "关键", "结合", "层面", "阶段", "步骤", "步", "举措"),
    *("要求", "理念", "体系", "目标", "抓手", "问题上", "相加", "规定", "禁令"),
)
_ENUMERATION_AFTER = regex.compile(f"^(?:{_alternation(_ENUMERATION_AFTER_WORDS)})")
# (这四个村: a demonstrative points back at items already counted)
_ENUMERATION_BEFORE_WORDS = (
    *("连续", "每", "逐", "重点做好", "重点抓好", "抓好", "做好", "坚持", "突出", "实现"),
    *("上述", "以上", "前述", "这", "那", "此"),
)
_ENUMERATION_BEFORE = regex.compile(f"(?:{_alternation(_ENUMERATION_BEFORE_WORDS)})$")
# the first characters of the words after, the last of the words before: a text that does not
# start (end) with one of them needs no regex call (``$`` also matches before a final newline,
# so the last two characters are looked at)
_ENUMERATION_AFTER_FIRST_CHARS = frozenset(word[0] for word in _ENUMERATION_AFTER_WORDS)
_ENUMERATION_BEFORE_LAST_CHARS = frozenset(word[-1] for word in _ENUMERATION_BEFORE_WORDS)
# 城东、望江两个街道, 网上信访与热线转办两项: a Chinese-numeral count right after the names it
# counts is the size of the report's own list, not a statistic
# 三个渠道分别为…, 两个城区(东江、西岭)合计…, 三家单位工单合计: the number of the items a list
# names or adds up, not a statistic
# (三家合计2659件: the count right before 合计 adds up what was just listed; before 分别 it may
# be a figure, 五十二批一百五十八人次分别下降…)
_ENUMERATOR = regex.compile(
    r"\p{Han}{1,4}(?:\([^()]{1,12}\))?\p{Han}{0,4}?(?:分别|合计|共计)|合计|共计"
)
_ENUMERATOR_WINDOW = 20  # a match of _ENUMERATOR right after a figure ends within these
_ACTS_BEFORE_COUNT = (
    "申请",
    "解决",
    "收集",
    "办理",
    "受理",
    "化解",
    "接待",
    "登记",
    "调处",
    "排查",
    "回访",
    "会商",
    "协商",
    "约谈",
    "督办",
)
_NAMED_LIST_BEFORE = regex.compile(
    r"(?:、|(?<![参给])与|(?<![涉普危波顾触提])及)(?:(?![比较增减共为有是达占计升降各])\p{Han}){1,8}$"
)
_NAMED_LIST_MARKS = frozenset("、与及")


def _enumerator_after(text: str, end: int) -> bool:
    """``_ENUMERATOR.match(text, end, end + 20)``, without the call when the window holds none
    of 分别, 合计 and 共计 (every match ends with one)."""
    window = text[end : end + _ENUMERATOR_WINDOW]
    return ("分别" in window or "合计" in window or "共计" in window) and bool(
        _ENUMERATOR.match(text, end, end + _ENUMERATOR_WINDOW, timeout=REGEX_TIMEOUT)
    )


def _names_counted_before(text: str, start: int, lex: _Lexicon) -> bool:
    """城东、望江两个街道: the Chinese-numeral count at ``start`` follows the names it counts —
    unless the list before it is a list of figures (城关镇三批、白马镇两批, 物业纠纷四起、其他
    十四起), whose next item this count is."""
    window_start = max(0, start - 12)
    if _NAMED_LIST_MARKS.isdisjoint(text[window_start:start]):
        return False  # (every match of _NAMED_LIST_BEFORE starts with one of them)
    named = _NAMED_LIST_BEFORE.search(text, window_start, start, timeout=REGEX_TIMEOUT)
    if named is None or named.group().endswith(_ACTS_BEFORE_COUNT):
        # (街道、社区代办点申请五十三件, 现场协调、当场解决四十七件: what was done, counted)
        return False
    before = text[max(0, named.start() - 4) : named.start()]
    for size in (1, 2):  # the measure word (批, 人次) that ends the item before the separator
        if (
            len(before) > size
            and before[-size:] in lex.units
            and before[-size - 1] in _NUMERAL_CHARS
        ):
            return False
    return True


def _word_value(
    match: regex.Match[str], kind: str, start: int, end: int, after: str
) -> _Draft | None:
    """The draft of a fraction (三分之一), 翻一番 or 持平."""
    if kind == "fraction":
        if after.startswith("的") and _RHETORIC_AFTER.match(after, timeout=REGEX_TIMEOUT):
            return None  # 哪怕只有百分之一的合理性
        if (
            match.group("num") == "百"
            and "\u4e00" <= after[:1] <= "\u9fff"
            and after[0] not in "的以左"
        ):
            return None  # 坚持百分之百回访: a standard to keep (an adverb), not a figure
        # 百分之百: a bare 百 is a hundred here (parse_number reads no numeral without a digit)
        numerator = (
            parse_number("一百") if match.group("num") == "百" else parse_number(match.group("num"))
        )
        if numerator is None:
            return None
        if match.group("den") in ("百", "一百"):  # 百分之八十五
            number = Number(numerator.value, numerator.decimals, Decimal(1))
            return _Draft(start, end, "share", number, "%")
        denominator = parse_number(match.group("den"))
        if denominator is None or denominator.value == 0:
            return None
        value = (numerator.value * 100 / denominator.value).quantize(Decimal("0.000001"))
        # 五分之一 for 19.8%: a simple fraction is as precise as a whole percentage, no more
        return _Draft(start, end, "share", Number(value, 0, Decimal(1)), "%")
    if kind == "double":
        times = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}[match.group("times")]
        value = Decimal(2**times - 1) * 100
        return _Draft(start, end, "change", Number(value, 0, Decimal(1)), "%", direction="up")
    if kind == "flat":
        return _Draft(
            start, end, "change", Number(Decimal(0), 0, Decimal(1)), "%", direction="flat"
        )
    return None


_PAIR_HALF_AFTER = regex.compile(r"[一二三四五六七八九十两百千零〇万]{1,8}(?:人次|人|件次|件|户)")


def _figure_value(
    start: int,
    end: int,
    digits: str,
    unit: str,
    scale_word: str,
    before: str,
    after: str,
    text: str,
    lex: _Lexicon,
) -> _Draft | None:
    """The draft of a number + unit (``before``/``after``: the 6 and 8 characters around it),
    or ``None`` for a rank, a slogan, rhetoric and the like."""
    chinese = not digits[0].isdigit()
    number = parse_number(digits, scale_word)
    if number is None:
        return None
    if before.endswith(_RANK_WORDS):
        return None
    if chinese:
        if unit in lex.units and lex.units[unit] == "count":
            # 一件事, 一次会议, 两个维护, “四个一”, 重点做好三个方面: Chinese numerals with
            # measure words are rhetoric, slogans or the report's own list far more often
            # than statistics.
            if (
                number.value <= 1
                or (
                    after[:1] in "一二三四五六七八九十"
                    # 来访二十九批八十六人次: the other half of a pair, not 一批一批
                    and not _PAIR_HALF_AFTER.match(after, timeout=REGEX_TIMEOUT)
                )
                or _in_quotes(text, start)
                or (
                    after[:1] in _ENUMERATION_AFTER_FIRST_CHARS
                    and _ENUMERATION_AFTER.match(after, timeout=REGEX_TIMEOUT)
                )
                # 做法主要是三条:一是…: the size of the list of points that follows
                # 集体访两批,…,两批均为小区业主反映…: the figure named just before, restated
                or (
                    after[:1] in "均都"
                    and f"{digits}{unit}" in text[max(0, start - _RESTATED_REACH) : start]
                )
                # (共受理三件:一是… counts cases: only measures of points)
                or (
                    unit in ("条", "项", "点", "个")
                    and after[:1] in ":"
                    and after[1:3] in ("一是", "一、", "(一", "1.")
                )
                or (
                    not _ENUMERATION_BEFORE_LAST_CHARS.isdisjoint(before[-2:])
                    and _ENUMERATION_BEFORE.search(before, timeout=REGEX_TIMEOUT)
                )
                # (searched in a wider window than ``before``: 涉及 must still be seen whole)
                or (
                    # 土地及宅基地三十八件, 婚姻家庭及邻里纠纷二十七件;: a category of two names
                    # counted, not the size of a list (more than ten, or cases closing a clause)
                    number.value <= 10
                    and not (unit in _CASE_UNITS and after[:1] in _CLAUSE_ENDS)
                    and _names_counted_before(text, start, lex)
                )
                or _enumerator_after(text, end)
                or unit == "期"  # 二期扩区: a phase, not a count
                # 二次办理, 二次供水: "secondary", not a count (a count of two is 两次)
                or (digits == "二" and unit == "次" and "\u4e00" <= after[:1] <= "\u9fff")
            ):
                return None
        elif before.endswith("连续"):
            return None  # 连续三个月下降: a streak, not a duration of the period
        if unit == "成" and after.startswith("不变"):
            return None
    if (
        unit in ("%", "个百分点", "百分点", "‰")
        and after.startswith("的")
        and _RHETORIC_AFTER.match(after, timeout=REGEX_TIMEOUT)
    ):
        return None
    if unit in ("%", "‰") and before[-1:] in _BAR_LAST_CHARS and _is_bar(before, after):
        return None
    if unit not in ("%", "‰", "个百分点", "百分点", "成", "倍"):
        if (
            after.startswith(("以上", "以下"))
            and (
                _THRESHOLD_AFTER.match(after, timeout=REGEX_TIMEOUT)
                # (数量在500立方米以上、涉嫌犯罪的9起: one of the qualifiers of the noun after)
                or (before.endswith("在") and after[2:3] == "、")
            )
        ):
            return None
        # “1小时响应、5个工作日办结”, 7×24小时: service slogans, not statistics
        if before.endswith("×") or _in_quotes(text, start, slogan=True):
            return None
        # 在24小时内修复的2.86万次, 3个月内答复398件: a time limit qualifying the figure after
        # it in its clause (五天内足额发放, with no figure after it, is a duration)
        if (
            after.startswith("内")
            and lex.units.get(unit) == "duration"
            and _LIMIT_BEFORE_FIGURE.match(text, end, end + 16, timeout=REGEX_TIMEOUT)
        ):
            return None

    if unit == "分" and (
        _CLOCK_BEFORE.search(before, timeout=REGEX_TIMEOUT)
        or ("每" in before and "平均" not in text[max(0, start - 12) : start])
    ):
        return None  # 9时30分, 每件扣0.5分: a time of day, a scoring rule (平均每个… is no rule)
    if unit in ("个百分点", "百分点"):
        draft = _Draft(start, end, "change", number, "pp")
    elif unit == "分":
        draft = _Draft(start, end, "other", number, "分")  # a score
    elif unit == "成":  # 三成 = 30%, a portion unless a change verb governs it
        value = number.value * 10
        draft = _Draft(start, end, "share", Number(value, number.decimals, number.scale * 10), "%")
    elif unit in ("%", "‰", "倍"):
        draft = _Draft(start, end, "other", number, unit)
    else:
        measure_kind = lex.units[unit]
        if measure_kind == "money":
            draft = _Draft(start, end, "amount", number, unit)
        elif measure_kind == "count":
            draft = _Draft(start, end, "count", number, unit)
        else:
            draft = _Draft(start, end, "amount", number, unit)

    return draft


def _is_bar(before: str, after: str) -> bool:
    """A percentage that a rate is compared with, or that qualifies what reaches it, not a figure
    of the report: 办结率低于80%, 对满意率低于90%的单位, 满意率在90%以上的乡镇 (``before``,
    ``after``: the 6 and 8 characters around it)."""
    if before.endswith(("低于", "高于")):
        return before[:-2].endswith(_LEVEL_NAME_ENDS) or (
            "的" in after[:3] and bool(_QUALIFIES_AFTER.match(after, timeout=REGEX_TIMEOUT))
        )
    return (
        before.endswith("在")
        and not before.endswith(_STEADY_AT)
        and after.startswith(("以上的", "以下的"))
        and bool(_QUALIFIES_AFTER.match(after, timeout=REGEX_TIMEOUT))
    )


# what a bar qualifies: 低于90%的单位 (not 90%以上的目标, …的水平)
_QUALIFIES_AFTER = regex.compile(r"(?:以上|以下)?的(?!目标|要求|水平|标准|高位)\p{Han}")
_BAR_LAST_CHARS = frozenset("于在")
# 保持在95%以上的水平: a level held, not a bar
_STEADY_AT = ("保持在", "稳定在", "控制在", "维持在", "始终在", "均在", "都在")


def _in_quotes(text: str, position: int, *, slogan: bool = False) -> bool:
    """Inside “…”. With ``slogan``, only a short quote that closes soon after (a motto such as
    “1小时响应、5个工作日办结”), so a long quoted passage still yields its figures."""
    window = text[max(0, position - 12) : position]
    if _QUOTE_OPEN_CHARS.isdisjoint(window):
        return False  # the common case, decided without a regex call
    opened = _LAST_QUOTE_OPEN.search(window, timeout=REGEX_TIMEOUT)
    if opened is None:
        return False
    closed = _LAST_QUOTE_CLOSE.search(window, timeout=REGEX_TIMEOUT)
    if closed is not None and closed.start() > opened.start():
        return False
    return (
        not slogan
        or _QUOTE_CLOSE_SOON.match(text, position, position + 24, timeout=REGEX_TIMEOUT) is not None
    )


_QUOTE_OPEN_CHARS = frozenset('“‘「『《"')
_LAST_QUOTE_OPEN = regex.compile(r"[“‘「『《\"]", regex.REVERSE)
_LAST_QUOTE_CLOSE = regex.compile(r"[”’」』》]", regex.REVERSE)
_QUOTE_CLOSE_SOON = regex.compile(r"[^“”‘’「」『』]*[”’」』]")


def _clause_start(text: str, position: int, floor: int) -> int:
    start = max(floor, position - _CLAUSE_WINDOW)
    found = _LAST_DELIMITER.search(text, start, position, timeout=REGEX_TIMEOUT)
    return found.end() if found else start


_LAST_DELIMITER = regex.compile(r"[,;。!?:\n]", regex.REVERSE)
# every clause delimiter of a stretch in one match (group 1 captures each): one regex call
# instead of one per delimiter (each match of a call under a timeout reads the process clock)
_ALL_DELIMITERS = regex.compile(r"(?:[^,;。!?:\n]*+([,;。!?:\n]))*+")


def _delimiters(text: str, start: int, end: int) -> list[int]:
    """Offsets of the clause delimiters in ``text[start:end]``, in order."""
    found = _ALL_DELIMITERS.match(text, start, end, timeout=REGEX_TIMEOUT)
    return found.starts(1) if found else []


def _before_bracket(
    text: str, clause_start: int, position: int, delimiters: list[int], last: int, floor: int
) -> int:
    """秋收期(8—10月,共92天)152件: a clause that starts inside a bracket closed before the
    figure starts before the bracket (at the delimiter before its opening, or the sentence
    start ``floor``), so that the words the bracket explains stay the figure's. ``last`` indexes
    the delimiter ``clause_start`` follows."""
    head = text[clause_start:position]
    if head.count(")") <= head.count("("):
        return clause_start
    floor = max(floor, position - 2 * _CLAUSE_WINDOW)
    opening = text.rfind("(", floor, clause_start)
    if opening < 0 or ")" in text[opening:clause_start]:
        return clause_start
    while last >= 0 and delimiters[last] > opening:
        last -= 1
    return delimiters[last] + 1 if last >= 0 and delimiters[last] >= floor else floor


def _link(
    drafts: list[_Draft],
    text: str,
    segmentation: Segmentation,
    lex: _Lexicon,
    chain_starts: list[int],
    block: tuple[int, int],
) -> None:
    """Decide kind, direction, period, modality and subject from each figure's context
    (``drafts`` lie inside ``text[block[0]:block[1]]``, a run of whole sentences;
    ``chain_starts`` gives, per sentence, the start of its ;-chain)."""
    sentences = segmentation.sentences
    block_start, block_end = block
    current_sentence, sentence_drafts = -1, []  # drafts of the sentence so far, in order
    # the figures of the sentence before (for its topic) and its topics, once found
    topic_drafts: list[_Draft] = []
    current_chain, chain_drafts = -1, []  # the drafts of the ;-chain so far
    figure_sentence = -1
    topics: tuple[str | None, str | None] | None = None
    # figures that took the topic of the ;-clause before theirs (with their ;-clause's start
    # and their clause's start): see _name_openings
    reopened: list[tuple[_Draft, int, int]] = []
    # every target cue of the text, found once (starts and ends, in order)
    cue_matches = (
        list(lex.target.finditer(text, block_start, block_end, timeout=REGEX_TIMEOUT))
        if drafts
        else []
    )
    target_cues = [m.start() for m in cue_matches]
    target_cue_ends = [m.end() for m in cue_matches]
    # every clause delimiter of the block, found once: each figure's clause bounds are then two
    # bisections instead of two regex calls (same results as _clause_start / _clause_trail)
    delimiters = _delimiters(text, block_start, block_end) if drafts else []
    # the last rate or share of the current ;-chain: (chain start, draft)
    last_level: tuple[int, _Draft] | None = None
    paragraph: list[_Draft] = []  # the drafts of the paragraph so far
    for position, draft in enumerate(drafts):
        if paragraph and text.find("\n", paragraph[-1].end, draft.start) >= 0:
            paragraph = []
        sentence = sentences[draft.sentence] if sentences else None
        sentence_start = sentence.start if sentence else 0
        # _clause_start: just after the last delimiter of the 40 characters before the figure
        clause_start = max(sentence_start, draft.start - _CLAUSE_WINDOW)
        last = bisect_left(delimiters, draft.start) - 1
        if last >= 0 and delimiters[last] >= clause_start:
            clause_start = delimiters[last] + 1
            if ")" in text[clause_start : draft.start]:
                clause_start = _before_bracket(
                    text, clause_start, draft.start, delimiters, last, sentence_start
                )
        prefix = text[clause_start : draft.start]

        draft.lead = prefix
        # _clause_trail: up to the first delimiter of the 40 characters after the figure
        trail_end = min(sentence.end if sentence else len(text), draft.end + _CLAUSE_WINDOW)
        first = bisect_left(delimiters, draft.end)
        if first < len(delimiters) and delimiters[first] < trail_end:
            trail_end = delimiters[first]
        draft.trail = text[draft.end : trail_end]
        _classify(draft, prefix, text, lex, sentence_start)
        partner = (
            sentence_drafts[-1] if sentence_drafts and draft.sentence == current_sentence else None
        )
        if (
            partner is not None
            and partner.kind == "difference"
            and (draft.kind in ("count", "amount") or draft.unit == "分")
            and text[partner.end : draft.start] in ("", "、", "和")
            and (
                partner.unit != draft.unit
                or (text[partner.end : draft.start] and _SEPARATELY in prefix)
            )
        ):
            # 比上年减少5批21人次, 减少4批、86人次: the second half of a pair is a difference
            # too; so is every item of a list of them (分别比上年增加12件、15件、3件)
            draft.kind, draft.direction = "difference", partner.direction
            draft.period = None

        # modality: a target cue earlier in the sentence (a ;-chain counts as one sentence:
        # 力争…下降3%左右;化解率不低于90%), or "…的目标" right after the figure
        scope_start = chain_starts[draft.sentence] if chain_starts else sentence_start
        cue_index = bisect_right(target_cues, draft.start - 1) - 1
        if (
            (
                cue_index >= 0
                and target_cues[cue_index] >= scope_start
                and target_cue_ends[cue_index] <= draft.start
                # 控制在12500件以内的目标,目前已用去83.1%: progress made is no plan
                # (nor is the gap to the time elapsed: 比时间进度(75.0%)高1.0个百分点)
                and (
                    (draft.kind != "progress" and not (draft.unit == "pp" and "进度" in prefix))
                    or target_cues[cue_index] >= clause_start
                )
            )
            or (
                "目标" in text[draft.end : draft.end + 10]
                and _TARGET_AFTER.match(text, draft.end, draft.end + 10, timeout=REGEX_TIMEOUT)
            )
            # 第二批服务站68个定于明年3月底前建成: a date set for what is still to come (but
            # 其余226户计划于年底前交付 counts what is left now)
            or (
                text.startswith(_PLAN_AFTER, draft.end)
                and not prefix.endswith(("其余", "剩余", "尚有", "还有", "另有", "余下"))
            )
            or (
                ("计划" in prefix or "目标" in prefix or "任务" in prefix)
                and _PLAN_FIGURE.search(prefix, timeout=REGEX_TIMEOUT)
            )
        ):
            draft.modality = "target"

        # period
        if draft.kind == "progress":
            draft.period = "current"
        elif draft.kind == "ratio":
            # 平均办理时长由上年的21.6天缩短到17.3天: an average's earlier level
            draft.period = (
                "previous"
                if _from_level(draft, text, prefix)
                # 较上年的19.2件下降1.2件 (是去年同期的1.5倍 is a multiple of it, not it)
                or (draft.unit != "倍" and _is_previous(draft, text, prefix, clause_start))
                else "current"
            )
        elif draft.kind not in ("change", "difference"):
            draft.period = (
                "previous"
                if _is_previous(draft, text, prefix, clause_start)
                or _continues_previous(drafts[position - 1] if position else None, draft, text)
                else "current"
            )

        # subject
        if draft.sentence != current_sentence:
            if sentence_drafts:
                # a sentence without a subject of its own continues the topic of the ;-chain
                # before it (or of its own), within one paragraph (found when a figure needs it)
                same_paragraph = text.find("\n", sentence_drafts[-1].end, draft.start) < 0
                topic_drafts = chain_drafts if same_paragraph else []
                topics = None
            chain = scope_start
            if chain != current_chain:
                current_chain, chain_drafts = chain, []
            figure_sentence = current_sentence  # the last sentence with figures before this one
            current_sentence, sentence_drafts = draft.sentence, []
        # the figures just before, nearest first (a subject is not inherited from further back,
        # which also keeps a sentence of thousands of figures linear)
        earlier = sentence_drafts[: -_INHERIT_WINDOW - 1 : -1]
        subject = _subject(draft, prefix, earlier, clause_start)
        if subject and earlier and earlier[0].subject == subject:
            # 受理1200件,其中来信300件、网上信访500件,同比下降5%: the whole, not its last part
            subject = _whole_of_list(text, draft, earlier, delimiters, sentence_start) or subject
        if (
            (not subject or (not prefix and text[clause_start - 1] == ":"))
            and draft.kind == "rate"
            and "率" in text[sentence_start:clause_start]
        ):
            # 来信人参评率偏低,仅为46.7%: the rate named in the clause before, which has no
            # figure of its own (一次性化解率:84.2%: nor has the name before a colon)
            named = _RATE_BEFORE_CLAUSE.search(
                text[sentence_start:clause_start], timeout=REGEX_TIMEOUT
            )
            if named:
                subject = _rate_strip_head(named.group(1)) or None
        elif (
            not subject
            and draft.kind == "share"
            and not prefix.startswith("占")
            and (
                "占" in text[sentence_start:clause_start]
                or "比" in text[sentence_start:clause_start]
            )
        ):
            named = _SHARE_BEFORE_CLAUSE.search(
                text[sentence_start:clause_start], timeout=REGEX_TIMEOUT
            )
            if named:
                subject = named.group(1)
        if not subject or subject in _UNIT_SUBJECTS:
            if topics is None:
                topics = _topics(topic_drafts)
            carried = topics[0] if draft.unit in ("%", "‰", "pp") else topics[1]
            if subject:
                # 人次上升40.1% with nothing before it in the sentence: the topic's 人次
                subject = _with_unit_word(carried, subject) if carried else subject
            elif prefix.endswith("按") and lex.units.get(draft.unit) == "duration":
                # 上半年,…日均受理1,022件(按182天计算): the period the sentence opens with
                period = _OPENING_PERIOD.match(
                    text, sentence_start, draft.start, timeout=REGEX_TIMEOUT
                )
                subject = period.group(1) if period else None
            else:
                subject = _line_label(text, clause_start, sentence_start) or _opening_topic(
                    text, clause_start, sentence_start
                )
                if not subject and carried and sentence_start and text[sentence_start - 1] == ";":
                    reopened.append((draft, sentence_start, clause_start))
                subject = subject or carried
        if draft.kind in ("count", "share") and text.find("类", sentence_start, draft.start) >= 0:
            # 以上三类合计806件, 前三类合计超过六成: the categories listed before
            counted = _categories_counted(text, prefix, clause_start, sentence_start, paragraph)
            if counted:
                subject = counted
                if reopened and reopened[-1][0] is draft:
                    reopened.pop()  # (named here, not by the topic its ;-clause opens with)
        if subject in _PLACE_ANAPHORS:
            # 龙泉乡…下降25.3%;该乡27件: the place named last
            place = _PLACE_ANAPHORS[subject].search(
                text, text.rfind("\n", 0, draft.start) + 1, draft.start, timeout=REGEX_TIMEOUT
            )
            subject = place.group() if place else subject
        if subject and subject.startswith(_ANAPHORS) and len(subject) > 2:
            # 把土地流转纠纷化解在田间地头,上半年调处此类纠纷42起: the kind named before (该类信访
            # 解决率: the rate of that kind)
            rate = (
                _OWN_RATE_NAME.search(subject, timeout=REGEX_TIMEOUT)
                if subject[-1] == "率"
                else None
            )
            kind = subject[: rate.start()] if rate else subject
            named = _antecedent(text, kind, clause_start + prefix.rfind(subject[:2]))
            subject = named + (rate.group() if rate else "") if named else subject
        if (
            draft.kind == "count"
            and prefix.endswith(_REST_LAST)
            # (其余9个村(社区): the rest of something else, named after it)
            and not (draft.unit in _THING_CLASSIFIERS and _starts_with_han(draft.trail))
        ):
            # 已化解28件,其余6件: the rest of what was done is what was not; 以上五类共1,675件,
            # 其余643件: the rest of a list of categories is the other categories
            subject = _rest(prefix, chain_drafts) or subject
            if prefix.endswith(("计", "共")) and ("其余" in prefix or "剩余" in prefix):
                # 其余六个村合计41件, 其余村(社区)合计82件: the rest of the group named
                group = _REST_GROUP.search(prefix, timeout=REGEX_TIMEOUT)
                subject = group.group(1) + group.group(2) if group else subject
            if draft.trail[:1] in _IN_PROGRESS_FIRST_CHARS:
                # 已办结114件,其余9件正在办理: the rest is named by the work still under way
                going = _IN_PROGRESS.match(draft.trail, timeout=REGEX_TIMEOUT)
                if going and _REST_BEFORE.search(prefix, timeout=REGEX_TIMEOUT):
                    subject = going.group()
        if (
            subject in _RECEIVED_PEOPLE
            and draft.kind == "count"
            and "接待" in prefix[-9:]
            and text.rfind("接访", scope_start, draft.start) >= 0
        ):
            # 县级领导每周三公开接访,…,接待来访群众31批: the people received at the leaders'
            # reception days count the reception (by the leaders named, if any)
            subject = _reception(text, scope_start, draft.start)
        if subject:
            subject = _named_subject(draft, subject, text)
        draft.subject = subject
        if (
            draft.kind == "amount"
            and earlier
            and earlier[0].kind == "ratio"
            and earlier[0].period == "previous"
            and earlier[0].unit == draft.unit
            and _to_before(prefix)
        ):
            draft.kind = "ratio"  # 平均办理时长由21.6天缩短到17.3天: the new level of the average
        chain = scope_start  # the start of the draft's ;-chain
        if (
            draft.kind == "share"
            and draft.modality == "target"
            and "占" not in prefix
            and last_level is not None
            and last_level[0] == chain
            and last_level[1].kind == "rate"
            and _TARGET_AFTER.match(text, draft.end, draft.end + 10, timeout=REGEX_TIMEOUT)
        ):
            # 满意率89.7%,未达到县定90%的目标: the target of the rate just named, not a share
            # ("X%的…" reads as a share everywhere else)
            draft.kind = "rate"
        if (
            draft.kind == "other"
            and draft.period == "current"
            and draft.unit == "%"
            and not sentence_drafts
            and (last_level is None or last_level[0] != chain)
            and len(prefix) <= _ELLIPSIS_LEAD
            and draft.sentence > 0
            and figure_sentence != draft.sentence - 1
        ):
            # 各乡镇办结率差距较大。其中城关镇为98.6%: the level a sentence without figures names
            # just before (in the same paragraph) is the level of a bare percentage
            named = _level_named_in(
                sentences[draft.sentence - 1], text, lex, block_start, draft.start
            )
            if named is not None:
                draft.kind = named[0]
                if named[0] == "rate" and draft.subject and "率" not in draft.subject:
                    draft.subject += _rate_name(named[1])
        if (
            draft.kind == "other"
            and draft.period == "current"
            and draft.unit == "%"
            and last_level is not None
            and last_level[0] == chain
            and len(prefix) <= _ELLIPSIS_LEAD
        ):
            # 城关镇化解率95.2%,河口镇93.1%; 网上信访占58.5%,来信9.3%: a parallel item that
            # leaves out the name of the level is the same kind of level
            level = last_level[1]
            draft.kind = level.kind
            if level.kind == "rate" and draft.subject and "率" not in draft.subject:
                draft.subject += _rate_name(level.subject or "")
        elif (
            draft.kind == "ratio"
            and last_level is not None
            and last_level[0] == chain
            and last_level[1].kind == "ratio"
            and len(prefix) <= _ELLIPSIS_LEAD
            and draft.subject
            and "万人" not in draft.subject
        ):
            # 城关镇万人信访量7.2件,河口镇5.1件: the second is per 10 000 people too
            per = _PER_POPULATION.search(last_level[1].subject or "", timeout=REGEX_TIMEOUT)
            if per:
                draft.subject += (last_level[1].subject or "")[per.start() :]
        if draft.kind in ("rate", "share", "ratio") and draft.period == "current":
            last_level = (chain, draft)
        if draft.kind == "other" and draft.period == "previous" and draft.unit in ("%", "‰"):
            # 满意率92.5%,较上年的89.7%提高…: the base is the same kind of level as the figure
            # it is the base of
            level = next((d for d in earlier if d.unit == draft.unit), None)
            if level is not None and level.kind in ("rate", "share") and level.period == "current":
                draft.kind = level.kind
        sentence_drafts.append(draft)
        chain_drafts.append(draft)
        paragraph.append(draft)

    _pair_separately(drafts, text, segmentation)
    _name_aggregates(drafts, text)
    _name_openings(drafts, reopened, text)


# a clause that opens by counting the things just listed, as one: 两地占…, 三地合计…, 两区合计,
# 三家单位合计, 三个部门合计 (以上三类合计: see _categories_counted)
_AGGREGATE = regex.compile(
    r"([两二三四五六七八九])(?:地|区|县|镇|乡|村|家|个\p{Han}{1,3}?)\p{Han}{0,4}?(?:合计|共计|总计|共|占)"
)
_AGGREGATE_FIRST_CHARS = frozenset("两二三四五六七八九")


def _name_aggregates(drafts: list[_Draft], text: str) -> None:
    """A figure whose clause opens by counting the things just listed (城关镇68件、河口镇54件
    和白石乡41件,三地合计占52.2%) is of those things: their names joined by 、 (and so is every
    later figure of the sentence that took its subject)."""
    for index, draft in enumerate(drafts):
        lead = draft.lead
        if not lead or lead[0] not in _AGGREGATE_FIRST_CHARS:
            continue
        counted = _AGGREGATE.match(lead, timeout=REGEX_TIMEOUT)
        if counted is None:
            continue
        wanted = _NUMERAL_VALUE[counted.group(1)]
        start = draft.start - len(lead)  # the clause's start
        names: list[str] = []
        later = start
        for member in reversed(drafts[max(0, index - _INHERIT_WINDOW) : index]):
            if member.start >= start:
                continue  # (a figure of the same clause)
            if (
                member.kind not in ("count", "amount")
                or not member.subject
                or member.subject in names
                or _LIST_END_CHARS.intersection(text[member.end : later])
            ):
                break
            adjacent, later = member.end == later, member.start
            if adjacent and names:
                continue  # (来访38批126人次: one item in two measures)
            names.append(member.subject)
            if len(names) == wanted:
                break
        if len(names) != wanted:
            continue
        named, old = "、".join(names[::-1]), draft.subject
        for later_draft in drafts[index:]:
            if later_draft.sentence != draft.sentence:
                break
            if later_draft is draft or (old and later_draft.subject == old):
                later_draft.subject = named


_CATEGORIES_COUNTED = regex.compile(
    r"(以上|上述|前)([两二三四五六七八九])类\p{Han}{0,4}?(?:合计|共计|共)"
)
_CATEGORIES_NAMED = regex.compile(
    r"(?:((?:\p{Han}{2,10}、)+\p{Han}{2,10})[两二三四五六七八九]类|"
    # 以城乡建设类和劳动社会保障类为主,合计483件
    r"以((?:\p{Han}{2,10}类[、和])+\p{Han}{2,10}类)为主)[^。;]*?[,,]$"
)
# the class a clause puts the items it names in (…属于宠物扰民类,合计…; …归为其他类,共…)
_GROUPED_AS = regex.compile(
    r"(?:属于|归为|归入|归并为|合并为|并入|列入|列为)(\p{Han}{2,10}?类)[,,]$"
)


def _categories_counted(
    text: str, prefix: str, clause_start: int, sentence_start: int, paragraph: list[_Draft]
) -> str | None:
    """The categories a total of several counts adds up (以上三类合计, 前三类合计: the
    categories counted before; 劳资纠纷、农业农村、城乡建设三类问题…,合计41批: those named),
    joined by 、 without 类."""
    counted = (
        _CATEGORIES_COUNTED.search(prefix, timeout=REGEX_TIMEOUT)
        if "类" in prefix and ("前" in prefix or "以上" in prefix or "上述" in prefix)
        else None
    )  # (every match holds 类 and one of 前, 以上 and 上述)
    if counted is None:
        if clause_start <= sentence_start:
            return None
        if prefix.startswith(("合计", "共计")):
            named = _CATEGORIES_NAMED.search(
                text, sentence_start, clause_start, timeout=REGEX_TIMEOUT
            )
            if named:
                return named.group(1) or named.group(2)
        if prefix.startswith(("合计", "共", "总计")):
            # 犬吠、粪便和其他宠物扰民属于宠物扰民类,合计2,426件: the class the items are put in
            grouped = _GROUPED_AS.search(text, sentence_start, clause_start, timeout=REGEX_TIMEOUT)
            return grouped.group(1) if grouped else None
        return None
    wanted = _NUMERAL_VALUE[counted.group(2)]
    names: list[str] = []
    for draft in paragraph:
        if draft.kind == "count" and draft.subject and draft.subject.endswith("类"):
            if draft.subject not in names:
                names.append(draft.subject)
    if len(names) < wanted:
        return None
    chosen = names[:wanted] if counted.group(1) == "前" else names[-wanted:]
    return "、".join(name[:-1] for name in chosen)


_ANAPHORS = ("此类", "该类", "这类")
_PLACE_ANAPHORS = {
    "该" + kind: regex.compile(
        rf"(?<![该本全各一两三四五六七八九十])\p{{Han}}{{2}}{kind}", regex.REVERSE
    )
    for kind in ("乡", "镇", "县", "区", "村", "社区", "街道")
}


def _antecedent(text: str, subject: str, position: int) -> str | None:
    """The kind an anaphor (此类纠纷 at ``position``) refers to: the nearest name ending in the
    same noun before it in its paragraph."""
    noun = subject[2:]
    paragraph_start = text.rfind("\n", 0, position) + 1
    found = text.rfind(noun, paragraph_start, position)
    if found < 0:
        # 出租汽车及网约车问题上升明显。该类信访137件: the kind of problem named before
        kind = max(
            text.rfind("问题", paragraph_start, position),
            text.rfind("类", paragraph_start, position),
        )
        if kind < 0:
            return None
        start = kind
        while start > max(paragraph_start, kind - 12) and _is_han_or_latin(text[start - 1]):
            start -= 1
        named = _subject_words(text[start:kind]) if kind - start > 2 else None
        return named if named and not named.startswith(_ANAPHORS) else None
    start = end = found + len(noun)
    while start > max(paragraph_start, end - 12) and _is_han_or_latin(text[start - 1]):
        start -= 1
    words = text[start:end]
    # (群众把邻里噪音纠纷: the object of a preposition)
    named = _subject_words(words[max(words.rfind(p) for p in "把将对向") + 1 :])
    return named if named and len(named) > len(noun) and not named.startswith(_ANAPHORS) else None


# the work a rest (其余9件正在办理, 余两件在化解) is still under way with
_IN_PROGRESS = regex.compile(
    r"(?:正在|尚在|仍在|在)(?:办理|化解|调处|处理|核查|核实|调查|协调|督办|跟进|处置|"
    r"落实|整改|调解|审查|复核|审理)"
)
_IN_PROGRESS_FIRST_CHARS = frozenset("正尚仍在")
_REST_BEFORE = regex.compile(r"(?:^|[^\p{Han}])(?:其余|剩余|余|还有|另有|尚有)(?:的)?$")
# the rest of a group of things named as one (其余六个村合计, 其余村(社区)合计)
_REST_GROUP = regex.compile(
    r"(?:^|[^\p{Han}])(其余|剩余)(?:[\d一二两三四五六七八九十]{1,3}个)?"
    r"(\p{Han}{1,4}?(?:\([^()]{1,6}\))?)(?:合计|共计|共)$"
)
_REST = regex.compile(r"(?:其余|剩余|另有|尚有)(各类)?(?:合计|共)?$")
_REST_LAST = ("余", "有", "类", "计", "共")
_THING_CLASSIFIERS = frozenset("个家所项座处台辆张份篇")
_DONE_LEAD = regex.compile(
    r"(?:已经?|累计|本月|年内|全年|当场)?(化解|办结|解决|交付|处置|整改|兑付|结案)了?的?$"
)


def _rest(prefix: str, chain_drafts: list[_Draft]) -> str | None:
    """What the rest (其余, 剩余) counts after the figures of its ;-chain."""
    rest = _REST.search(prefix, timeout=REGEX_TIMEOUT)
    if rest is None or (rest.start() and _is_han_or_latin(prefix[rest.start() - 1])):
        return None
    if rest.group(1):
        return "其余各类"  # 其余各类合计4,311件
    # the nearest count before (a rate or a target between them does not count)
    earlier = next(
        (
            d
            for d in reversed(chain_drafts[-_INHERIT_WINDOW:])
            if d.kind in ("count", "amount") and d.modality == "actual"
        ),
        None,
    )
    if earlier is None:
        return None
    done = _DONE_LEAD.search(earlier.lead, timeout=REGEX_TIMEOUT)
    if done:
        noun = earlier.subject or ""
        # (已化解28件,其余6件 → 未化解; 排查矛盾纠纷63起;化解59起;其余4起 → 未化解矛盾纠纷)
        return "未" + done.group(1) + ("" if done.group(1) in noun else noun)
    categories = earlier.subject and earlier.subject.endswith("类")
    if categories or _CATEGORIES_COUNTED.search(earlier.lead, timeout=REGEX_TIMEOUT):
        return "其他"  # (以上五类共1,675件,其余643件)
    return None


# the generic people a reception receives, as a subject (接待来访群众31批)
_RECEIVED_PEOPLE = frozenset({"群众", "来访群众", "来访", "群众来访"})
_LEADERS = regex.compile(r"(?:县级|区级|市级|县|区|市|镇|乡|局|街道)领导", regex.REVERSE)


# a period's own name as a subject (本季度共92天 → 本季度): its days are counted
_PERIOD_SUBJECT = regex.compile(
    r"(?:本|上|同|当)月|(?:本|上)季度|第?[一二三四]季度|前三季度|[上下]半年|全年|"
    r"(?<!\d)\d{1,2}(?:[—\-~至]\d{1,2})?月份?"
)
# the one quarter or month a report covers, named in its title (2024年第三季度…分析, 11月…月报)
_TITLE_QUARTER = regex.compile(r"第([一二三四])季度")
_TITLE_MONTH = regex.compile(r"(?<![\d—\-~至])(\d{1,2})月份?(?![\d—\-~至])")
_TITLE_CHARS = 120  # the title and the addressee of a report stand in its first characters
# 领导接待来访群众64批: the leaders' reception of visitors is their 接访
_LEADERS_VISITORS = regex.compile(r"(领导)接待来访(?:群众)?(?=批次|人次|$)")


def _report_period(text: str, deictic: str) -> str | None:
    """The quarter or month the report's title names, for ``本季度`` / ``本月`` (``当月``):
    a report titled 2024年第三季度… counts 本季度's days as 第三季度's."""
    head = text[:_TITLE_CHARS]
    head = head[: head.find("\n\n")] if "\n\n" in head else head
    if deictic == "本季度":
        quarters = {m.group(1) for m in _TITLE_QUARTER.finditer(head, timeout=REGEX_TIMEOUT)}
        return "第" + quarters.pop() + "季度" if len(quarters) == 1 else None
    months = {int(m.group(1)) for m in _TITLE_MONTH.finditer(head, timeout=REGEX_TIMEOUT)}
    return f"{months.pop()}月" if len(months) == 1 else None


def _named_subject(draft: _Draft, subject: str, text: str) -> str:
    """``subject`` in the words the corpus names things with: a period's length is that period's
    days (本季度共92天 → 第三季度天数 in a third-quarter report, 上半年共182天 → 上半年天数), and
    the leaders' 接待来访 is their 接访."""
    if (
        draft.kind == "amount"
        and draft.unit == "天"
        and draft.period != "previous"
        and _PERIOD_SUBJECT.fullmatch(subject, timeout=REGEX_TIMEOUT)
    ):
        if subject in ("本季度", "本月", "当月"):
            subject = _report_period(text, subject) or subject
        return subject + "天数"
    if "领导接待来访" in subject:
        return _LEADERS_VISITORS.sub(r"\1接访", subject, timeout=REGEX_TIMEOUT)
    return subject


def _reception(text: str, start: int, end: int) -> str:
    """The leaders' reception (接访) the people received between ``start`` and ``end`` count."""
    leaders = _LEADERS.search(text, start, end, timeout=REGEX_TIMEOUT)
    return leaders.group() + "接访" if leaders else "接访"


_ELLIPSIS_LEAD = 8  # the most words a parallel item's own name takes (河口镇为)
_OWN_RATE_NAME = regex.compile(r"(?:按期|及时|一次性|群众|调解)?\p{Han}{2}率$")


def _rate_name(subject: str) -> str:
    """The rate's own name at the end of a subject: 城关镇化解率 → 化解率."""
    found = _OWN_RATE_NAME.search(subject, timeout=REGEX_TIMEOUT)
    return found.group() if found else ""


def _level_named_in(
    sentence: Sentence, text: str, lex: _Lexicon, block_start: int, until: int
) -> tuple[str, str] | None:
    """The kind of the last percentage level (a rate, or a share named 占比/比重) that a sentence
    names, and the sentence up to that name, when it lies in the block and its paragraph goes on
    to ``until``."""
    if sentence.start < block_start or "\n" in text[sentence.start : until]:
        return None
    words = sentence.text
    if lex.cue_last_chars.isdisjoint(words):
        return None
    for cue in lex.cue.finditer(words, timeout=REGEX_TIMEOUT):
        if cue.lastgroup == "rate" and not cue.group().endswith(("增长率", "下降率", "增幅率")):
            return "rate", words[: cue.end()]
        if cue.lastgroup == "share" and cue.group() in ("占比", "比重"):
            return "share", words[: cue.end()]
    return None


def _topics(drafts: list[_Draft]) -> tuple[str | None, str | None]:
    """The topic of a sentence (its first subject) and the topic a count continues (its first
    subject that is not a rate's: 化解率93.7%;其余4起 does not count a rate)."""
    topic = next((d.subject for d in drafts if d.subject), None)
    count_topic = next((d.subject for d in drafts if d.subject and d.kind != "rate"), None)
    return topic, count_topic


def _line_label(text: str, clause_start: int, sentence_start: int) -> str | None:
    """The label a line opens with, when the figure's clause follows it: 凤城区:登记312件."""
    colon = clause_start - 1
    if colon <= sentence_start or text[colon] != ":":
        return None
    line_start = text.rfind("\n", 0, colon) + 1
    label = text[line_start:colon]
    if label[:1] in _HEADING_FIRST_CHARS:
        # (二)按期办结率:97.7%: the heading's number is no part of the label
        heading = _HEADING_NUMBER.match(label, timeout=REGEX_TIMEOUT)
        label = label[heading.end() :] if heading else label
    if not 2 <= len(label) <= 12 or not _HAN_TAIL.fullmatch(label, timeout=REGEX_TIMEOUT):
        return None
    return _subject_words(label)


def _opening_topic(text: str, clause_start: int, sentence_start: int) -> str | None:
    """The thing a sentence opens by saying what it is, when the figure's clause follows with
    no name of its own and nothing before it is a figure: 工程建设领域仍是欠薪投诉的重灾区,
    共268件 → 工程建设领域."""
    if clause_start <= sentence_start or text[clause_start - 1] != ",":
        return None  # (a match ends with the comma that ends the clause before)
    if text.find("是", sentence_start, clause_start) < 0 or has_digit(
        text[sentence_start:clause_start]
    ):
        return None  # (a match holds 是)
    # (the clause right before the figure's: 从行业分布看,工程建设领域仍是…,共268件)
    before = max(text.rfind(",", sentence_start, clause_start - 1) + 1, sentence_start)
    opening = _OPENING_TOPIC.fullmatch(text, before, clause_start, timeout=REGEX_TIMEOUT)
    return _subject_words(opening.group(1)) if opening else None


def _name_openings(
    drafts: list[_Draft], reopened: list[tuple[_Draft, int, int]], text: str
) -> None:
    """A figure that took the topic of the ;-clause before its own is of the name its ;-clause opens
    with instead, when that is a name figures of the paragraph before it are of and nothing
    in the ;-clause before the figure's own clause is a figure: 芦湾社区、东圩村…分别登记52件、
    38件…;芦湾社区…同比上升10.6%;东圩村征地补偿问题基本解决,同比下降13.6% → 东圩村 (the
    names of a 分别 list are known only once the list is paired, hence after the pass)."""
    if not reopened:
        return
    starts = [d.start for d in drafts]  # (in order: the paragraph's drafts are a slice)
    for draft, opening, clause_start in reopened:
        if clause_start <= opening or text[clause_start - 1] != ",":
            continue
        if has_digit(text[opening:clause_start]):
            continue
        paragraph_start = text.rfind("\n", 0, opening) + 1
        names = {
            d.subject
            for d in drafts[bisect_left(starts, paragraph_start) : bisect_left(starts, opening)]
            if d.subject and len(d.subject) >= 2 and text.startswith(d.subject, opening)
        }
        if names:
            old, draft.subject = draft.subject, max(names, key=len)
            for later in drafts[bisect_right(starts, draft.start) :]:
                if later.sentence != draft.sentence:
                    break
                if later.subject != old or text.find(";", draft.end, later.start) >= 0:
                    break
                later.subject = draft.subject


# a clause that says what something is: 土地承包纠纷仍是第一大类,
_OPENING_TOPIC = regex.compile(r"(\p{Han}{2,12}?)(?:仍然|依然|仍|依旧|也|还)?是[^,;:]*,")

_HEADING_NUMBER = regex.compile(
    r"\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]"
)
_HEADING_FIRST_CHARS = frozenset("(一二三四五六七八九十0123456789")


@lru_cache(maxsize=REMEMBERED)
def _cues(prefix: str) -> tuple[regex.Match[str], ...]:
    """Every cue of ``prefix``, nearest first: ``lex.cue.finditer(prefix)``, remembered."""
    return tuple(_lexicon().cue.finditer(prefix, timeout=REGEX_TIMEOUT))


def _classify(
    draft: _Draft, prefix: str, text: str, lex: _Lexicon, sentence_start: int = 0
) -> None:
    unit = draft.unit
    cue = None
    # 提高5.1个百分点(上年为63.2%): 63.2% is a level
    in_base = _paren_base(prefix)
    has_cue = not lex.cue_last_chars.isdisjoint(prefix)
    for candidate in _cues(prefix) if has_cue else ():
        if in_base and candidate.start() < in_base.start():
            break
        if (
            candidate.lastgroup == "average"
            and candidate.start() > 0
            and candidate.group() in ("万人", "千人")
            and prefix[candidate.start() - 1] in _NUMERAL_CHARS
        ):
            continue  # (城关镇21.4万人、河口镇9.6万人): an earlier figure's own 万人
        if (
            candidate.lastgroup == "average"
            and candidate.group() == "平均"
            and (unit == "%" or prefix[: candidate.start()].endswith(_LEVEL_NAME_ENDS))
        ):
            # 化解率平均为88.6%, 县直部门平均为94.6%: the average of a percentage level is that
            # level, named (or left out) as any other
            continue
        if candidate.lastgroup == "share" and ")" in prefix[candidate.end() :]:
            opening = prefix.rfind("(", 0, candidate.start())
            if (
                opening > 0
                and ")" not in prefix[opening : candidate.start()]
                and prefix[:opening].endswith("率")
            ):
                # 改造完成率(竣工户数占鉴定危房户数)依次为91.2%…: the 占 explains the rate
                continue
        # 提高到92%: the figure after 到/至 is the new level, not the size of the change
        if (
            candidate.lastgroup == "verb"
            and prefix[candidate.end() : candidate.end() + 1] in "到至"
        ):
            if candidate.end() < len(prefix):
                continue
        cue = candidate
        break
    # the nearest cue must not be separated from the figure by another figure
    if cue and draft.unit not in ("%", "pp", "‰") and has_digit(prefix, cue.end()):
        cue = None
    name = cue.lastgroup if cue else None
    if unit in ("%", "‰", "pp", "倍") and draft.kind in ("other", "change", "share"):
        default = draft.kind if draft.kind == "share" else "other"
        if draft.direction == "flat" or (
            draft.kind == "change" and draft.direction == "up" and text[draft.start] == "翻"
        ):
            return
        if (
            name == "verb"
            and prefix.endswith("的")
            and "占" in prefix
            and _SHARE_OF.search(prefix, timeout=REGEX_TIMEOUT)
        ):
            draft.kind = "share"  # 占全区环比增量78件的三分之二: a share of an increase
        elif name == "verb":
            draft.kind = "change"
            draft.direction = lex.change_verbs[cue.group()]
            if cue.group() == "持平":
                draft.direction = "flat"
        elif unit == "pp":
            draft.kind = "change"
            draft.direction = _nearest_direction(prefix, lex) or _comparative_direction(prefix)
        elif name == "share":
            # 按期办结比例97.3%: the proportion of an act (a rate); 比例 of a kind is a share
            act = cue.group() == "比例" and _rate_act_before(prefix[: cue.start()])
            draft.kind = "rate" if act else "share"
            if cue.group() == "占" and _plan_whole(prefix, cue.end()):
                draft.kind = "progress"  # 占全年控制数480件的87.7%: done against a plan
        elif name == "rate":
            # (the cue may be the 率 alone: 城关镇312件,增长率8.3%)
            rate_name = prefix[: cue.end()]
            if rate_name.endswith(("增长率", "下降率", "增幅率")):
                draft.kind = "change"
                draft.direction = "down" if "下降" in rate_name else "up"
            else:
                draft.kind = "rate"  # also 万人信访率0.3‰ (the issue counts ‰ rates as rates)
        elif name == "progress":
            draft.kind = "progress"
        elif name == "ratio" and unit == "倍":
            draft.kind = "ratio"
        elif name == "ratio" and unit == "%":
            draft.kind = "share"  # 相当于总费用5.84亿元的0.83%: a part of that whole
        elif name == "average":
            draft.kind = "ratio"
        elif "的" in text[draft.end : draft.end + 3] and _OF_AFTER.match(
            text, draft.end, draft.end + 3, timeout=REGEX_TIMEOUT
        ):
            # 实现了96.7%的办结率: the rate named after its value; 52.6%的事项: a part of them
            draft.kind = (
                "rate"
                if not _RATE_CHARS_AFTER.isdisjoint(text[draft.end : draft.end + 14])
                and _RATE_AFTER_OF.match(text, draft.end, draft.end + 14, timeout=REGEX_TIMEOUT)
                else "share"
            )
        elif default == "other" and unit in ("%", "pp") and prefix[-1:] in _SIGNS:
            signed = _SIGNED_CHANGE.search(prefix, timeout=REGEX_TIMEOUT)
            draft.kind = "change" if signed else "other"
            if signed:
                # 同比+8.3%, (环比-12.5%): a change written with its sign
                draft.direction = "down" if prefix[-1] in "-−－" else "up"
        elif default == "other" and unit == "%" and _rate_act_before(prefix):
            draft.kind = "rate"  # 成功化解93.7%, 按期办结的达到91.9%: the share of an act done
        elif default == "other" and unit in ("%", "‰"):
            draft.kind = _kind_named_before(draft.start - len(prefix), text, lex, sentence_start)
            if draft.kind == "other" and unit == "%":
                draft.kind = _unnamed_level(draft, prefix, text)
        else:
            draft.kind = default
        return
    if draft.kind in ("count", "amount") or draft.unit == "分":
        tail = prefix[-4:]
        difference_verb = not _DIFFERENCE_LAST_CHARS.isdisjoint(tail) and _difference_verb(tail)
        gap = (
            _COMPARED_GAP.search(prefix, timeout=REGEX_TIMEOUT)
            if not difference_verb and ("于" in prefix or "比" in prefix or "较" in prefix)
            else None
        )
        adjusted = (
            _SCORE_ADJUSTED.search(tail, timeout=REGEX_TIMEOUT) if draft.unit == "分" else None
        )
        if adjusted:
            # 被扣2.0分, 加1.5分: points taken off or added, not a score
            draft.kind = "difference"
            draft.direction = "up" if adjusted.group() == "加" else "down"
        elif difference_verb and not _to_before(tail):
            verb = difference_verb.group().rstrip("了")
            direction = lex.change_verbs.get(verb)
            if direction is None:
                direction = "up" if verb in ("多", "净增", "新增") else "down"
            draft.kind = "difference"
            draft.direction = direction
        elif gap:
            # 比全县平均水平(38.2件)高出5.5件, 低于全县平均(12.6件)1.1件: the gap between two
            # levels, not a level
            draft.kind = "difference"
            draft.direction = "up" if gap.group("way") in "高多" else "down"
        elif name == "average" or (
            name == "rate"
            and _PER_POPULATION.search(
                prefix, max(0, cue.start() - 8), cue.end(), timeout=REGEX_TIMEOUT
            )
        ):
            # 人均2,772元; 万人信访率为20件 (a count per 10 000 people is a ratio, not a count)
            draft.kind = "ratio"
        elif draft.kind == "count" and draft.number.decimals > 0 and draft.number.scale == 1:
            # 河口镇5.1件, 每名网格员3.5人次: no count of items has a fraction; it is an average
            draft.kind = "ratio"
        elif draft.kind == "amount" and draft.unit == "元" and text.startswith("/", draft.end):
            # 0.66元/千瓦时, 1.42元/斤: money per a measure is a price, an average
            draft.kind = "ratio"


def _unnamed_level(draft: _Draft, prefix: str, text: str) -> str:
    """The kind of a percentage no word before it names: 信访总量的43.5%集中在城区 (a part of
    the whole named right before 的), 95%以上为首次信访 (a part said to be of a kind), and
    (93.2%) named by the level after its parenthesis."""
    after = text[draft.end : draft.end + 6]
    if "的" in prefix[-2:] and _WHOLE_BEFORE_OF.search(prefix, timeout=REGEX_TIMEOUT):
        return "share"
    if after[:1] in _PART_AFTER_FIRST_CHARS and _PART_AFTER.match(
        text, draft.end, draft.end + 6, timeout=REGEX_TIMEOUT
    ):
        return "share"
    if prefix.endswith("(") and after.startswith(")"):
        named = _LEVEL_NAMED_AFTER.match(text, draft.end, draft.end + 30, timeout=REGEX_TIMEOUT)
        if named:
            return "share" if named.group(1) in ("占比", "比重") else "rate"
        counted = _COUNTED_BEFORE_PAREN.search(prefix, timeout=REGEX_TIMEOUT)
        if counted and _lexicon().units.get(counted.group("unit")) in ("count", "money"):
            return "share"  # 12345热线转办3,917件(74.1%): the count's part of the whole
    return "other"


_SIGNS = frozenset("+-−＋－")
_SIGNED_CHANGE = regex.compile(
    r"(?:同比|环比|比上年同期|较上年同期|比上年|较上年|比上月|较上月|比上季度|较上季度|增减|增幅|"
    r"变化|变动)(?:为|是)?:?[+\-−＋－]$"
)
# 3,917件(, 1,126人次(: a count (or sum of money) right before the parenthesis
_COUNTED_BEFORE_PAREN = regex.compile(
    r"[\d零〇一二三四五六七八九十百两](?:万|千|亿)?(?P<unit>\p{Han}{1,2})\($"
)
# 信访总量的: a whole named right before 的 (not an earlier period's level: 较上年的, 由去年的)
_WHOLE_BEFORE_OF = regex.compile(
    r"^(?!.*(?:由|从|较|比|与|去年|上年|同期|前年|年初|季度|月份|以前|原来))"
    r"[^\d%,;。:]*\p{Han}{2}的$"
)
# 95%以上为首次信访, 37.9%为涉法涉诉类: a part said to be of a kind
_PART_AFTER = regex.compile(r"(?:以上|以下|左右)?(?:为|是|属于|系|来自)\p{Han}")
_PART_AFTER_FIRST_CHARS = frozenset("以左为是属系来")
# (93.2%)相比,我市满意率高出…: the first level named after the parenthesis, in its sentence
_LEVEL_NAMED_AFTER = regex.compile(r"\)[^。;!?()\d%]{0,20}?(率|满意度|占比|比重)")
# 实现了96.7%的办结率, 以93.5%的群众满意率位列…: a rate named after 的, not the rate of the
# part just named (80%的乡镇办结率达到95%)
_RATE_AFTER_OF = regex.compile(r"(?:以上|以下|左右|多)?的\p{Han}{0,8}?(?:率|满意度)(?!\p{Han}*\d)")
_RATE_CHARS_AFTER = frozenset("率度")


def _kind_named_before(clause_start: int, text: str, lex: _Lexicon, sentence_start: int) -> str:
    """The kind of a bare percentage whose level is named by the clause before it and has no
    figure of its own there: 按期办结率进一步提高,达到97.5% is a rate."""
    if clause_start - 1 <= sentence_start:
        return "other"
    before = text[max(sentence_start, clause_start - 17) : clause_start - 1]
    cut = max(before.rfind(c) for c in ",;:,;:。")
    before = before[cut + 1 :]
    digit = first_digit(before)
    if digit >= 0:
        # 按期办结率同比提高2.1个百分点,达到98.0%: the level's movement in points, then the
        # level itself — the name stands before the movement (also a movement written with %:
        # 满意率提高2.8%,达到94.1%)
        moved = before[:digit]
        if not (
            before.endswith("百分点")
            or (before.endswith("%") and moved.endswith(tuple(lex.change_verbs)))
        ):
            return "other"
        before = moved
    if not before or lex.cue_last_chars.isdisjoint(before):
        return "other"  # (every cue ends with one of cue_last_chars)
    # (a change verb there describes the level's movement: 进一步提高,达到97.5%)
    cue = next(
        (c for c in lex.cue.finditer(before, timeout=REGEX_TIMEOUT) if c.lastgroup != "verb"),
        None,
    )
    if cue is None:
        return "other"
    if cue.lastgroup == "rate" and not cue.group().endswith(("增长率", "下降率", "增幅率")):
        return "rate"
    if cue.lastgroup in ("share", "progress"):
        return cue.lastgroup
    return "other"


# the acts a rate counts (办结, 化解 …, resources/rate_numerators.tsv) right before a bare
# percentage or its 比例
_RATE_ACTS = {
    verb for line in data_lines("rate_numerators.tsv") for verb in line.split("\t")[1].split("|")
}
# (及时受理、按期办结分别达到99.1%…; 达到满意的事项为91.5%: the act, what it was done to, and
# the verb of the level)
_RATE_ACT_BEFORE = regex.compile(
    f"(?:{_alternation(tuple(_RATE_ACTS))})(?:的(?:事项|案件|信访件|信访事项)?)?"
    r"(?:分别|均)?(?:达到了?|达|为|占|是)?$"
    # 化解在基层的达92.1%, 化解成功的达87.6%: the act with a word of its own, then 的 and a verb
    f"|(?:{_alternation(tuple(_RATE_ACTS))})"
    r"\p{Han}{1,4}的(?:达到了?|达|为|占|是)$"
)
# the characters a match of _RATE_ACT_BEFORE can end with
_RATE_ACT_LAST_CHARS = frozenset(act[-1] for act in _RATE_ACTS) | frozenset(
    "的到达为占是了别均项件"
)
_PLAN_WHOLE = regex.compile(r"(?:控制数|控制目标|目标|计划|任务)[^,;。]{0,10}的$")
_PLAN_CHARS = frozenset("数标划务")  # a match of _PLAN_WHOLE holds one of these


def _rate_act_before(text: str) -> bool:
    """Whether ``text`` ends with the act a rate counts (_RATE_ACT_BEFORE), without the regex
    call when neither of its last two characters can end a match (``$`` also matches before a
    final newline)."""
    return not _RATE_ACT_LAST_CHARS.isdisjoint(text[-2:]) and bool(
        _RATE_ACT_BEFORE.search(text, timeout=REGEX_TIMEOUT)
    )


def _plan_whole(text: str, start: int) -> bool:
    """``_PLAN_WHOLE.search(text, start)``: a plan named before the 的 that ends ``text``;
    without the regex call when ``text`` does not end with 的 (or 的 and a newline) or the words
    from ``start`` hold no character of a plan's name."""
    return (
        "的" in text[-2:]
        and not _PLAN_CHARS.isdisjoint(text[start:])
        and bool(_PLAN_WHOLE.search(text, start, timeout=REGEX_TIMEOUT))
    )


# the ends of the name of a level that is itself a percentage (its average is one too)
_LEVEL_NAME_ENDS = ("率", "满意度", "占比", "比重", "比例")
_SHARE_OF = regex.compile(r"占[^,;。:,;:]{0,24}的$")
_PER_POPULATION = regex.compile(r"(?:每)?[万千]人")


# 比全市平均高2.3个百分点, 低于全市平均3.1个百分点, 比时间进度快4.4个百分点: a gap in points
# between two levels, said with a comparative instead of a change verb
_COMPARATIVE = regex.compile(
    r"(?:(?:^|(?:比|较)(?:[^,;。:\d()]|\([^()]{0,12}\)){0,20}?)"
    r"(?P<word>高出|高|低|快|慢|超出|超过|落后|领先|多|少)了?"
    r"|(?P<than>高于|低于|快于|慢于|落后于?|超过|超出|领先于?)"
    # (高于全市平均水平(95.8%)1.3个百分点: the level compared with in brackets)
    r"(?:[^,;。:\d()]|\([^()]{0,12}\)){0,20}?)$"
)
_COMPARATIVE_CHARS = frozenset("比较于超领落")
_COMPARATIVE_DOWN = frozenset(("低", "慢", "落后", "低于", "慢于", "落后于", "少"))


def _comparative_direction(prefix: str) -> str | None:
    if _COMPARATIVE_CHARS.isdisjoint(prefix) and len(prefix) > 3:
        return None
    match = _COMPARATIVE.search(prefix, timeout=REGEX_TIMEOUT)
    if match is None:
        return None
    word = match.group("word") or match.group("than")
    return "down" if word in _COMPARATIVE_DOWN else "up"


def _nearest_direction(prefix: str, lex: _Lexicon) -> str | None:
    for match in _cues(prefix):  # (remembered: _classify has just read the same prefix)
        if match.lastgroup == "verb":
            return lex.change_verbs[match.group()]
    return None


def _from_level(draft: _Draft, text: str, prefix: str) -> bool:
    """由原来的X提高到Y: X is the level the change starts from."""
    return bool(
        "由" in prefix[-8:]
        and _FROM_TO.search(prefix[-8:], timeout=REGEX_TIMEOUT)
        and (
            _TO_AFTER.search(text[draft.end : draft.end + 10], timeout=REGEX_TIMEOUT)
            or _CHANGE_AFTER.search(text[draft.end : draft.end + 60], timeout=REGEX_TIMEOUT)
        )
    )


def _continues_previous(prior: _Draft | None, draft: _Draft, text: str) -> bool:
    """上年同期分别为2476件、1902件、…、1275件: a later item of a list of values of the base
    period, whose cue has fallen out of its clause window."""
    if (
        prior is None
        or prior.period != "previous"
        or prior.kind != draft.kind
        or prior.unit != draft.unit
    ):
        return False
    gap = text[prior.end : draft.start]
    if gap in ("、", "和", "及", "、和"):
        return True
    # 上年同期分别为1208件、…、671件,市直部门623件: one more named item of the list, after a
    # comma, with no word of its own period or of a change
    return (
        len(gap) <= 9
        and _NAMED_ITEM.fullmatch(gap, timeout=REGEX_TIMEOUT) is not None
        and "分别" in text[max(0, prior.start - 80) : prior.start]
    )


_NAMED_ITEM = regex.compile(
    r",(?!.*(?:本期|本年|今年|当年|本月|当月|同比|环比|较|比|上升|下降|增|减|共|合计|其中))"
    r"\p{Han}{2,8}"
)
_PREVIOUS_OPENING_FIRST_CHARS = _PREVIOUS_FIRST_CHARS | frozenset("0123456789")
_CLAUSE_MONTH = regex.compile(r"(?<![\d—\-~至])(\d{1,2})月份?(?![\d—\-~至])")
# a clause that opens with a year and goes straight to its figures: 2023年依次为47件、…
_CLAUSE_YEAR = regex.compile(
    YEAR.pattern
    + r"(?:依次|分别)?(?:为|是)?(?:[\d.,、和]+(?:件|批|起|人次|人|户|个|次|宗)?[、和]?)*(?=\d)"
)


def _after_last_mark(text: str, marks: str, start: int, end: int) -> int:
    """Where the stretch after the last of ``marks`` in ``text[start:end]`` begins (``start``
    when none of them is there)."""
    # (a plain loop: a generator under max costs twice the three searches it runs)
    last = -1
    for mark in marks:
        found = text.rfind(mark, start, end)
        if found > last:
            last = found
    return max(last + 1, start)


def _earlier_month_clause(text: str, position: int) -> bool:
    """Whether the ;-clause before ``position`` opens with a month earlier than the first month
    the sentence names before that clause (a single month, not a range like 1—8月)."""
    sentence_start = _after_last_mark(text, "。\n", max(0, position - 300), position)
    clause_start = _after_last_mark(text, ";;", sentence_start, position)
    if clause_start <= sentence_start:
        return False
    opening = _CLAUSE_MONTH.match(text, clause_start, position, timeout=REGEX_TIMEOUT)
    if opening is None:
        return False
    first = _CLAUSE_MONTH.search(text, sentence_start, clause_start, timeout=REGEX_TIMEOUT)
    return first is not None and int(first.group(1)) > int(opening.group(1))


def _earlier_year_clause(text: str, position: int) -> bool:
    """Whether the clause (after , or ;) before ``position`` opens with a year and goes
    straight to its figures (2023年依次为47件、…; 2023年164起) and an earlier clause of the
    sentence names a later year: 2024年分别登记52件、38件…,2023年依次为47件、44件…."""
    sentence_start = _after_last_mark(text, "。\n", max(0, position - 300), position)
    clause_start = _after_last_mark(text, ",;", sentence_start, position)
    if clause_start <= sentence_start:
        return False
    opening = _CLAUSE_YEAR.match(text, clause_start, position + 1, timeout=REGEX_TIMEOUT)
    if opening is None:
        return False
    later = [
        int(y) for y in YEAR.findall(text, sentence_start, clause_start, timeout=REGEX_TIMEOUT)
    ]
    return bool(later) and max(later) > int(opening.group(1))


def _is_previous(draft: _Draft, text: str, prefix: str, clause_start: int) -> bool:
    if draft.unit == "%" and prefix.endswith("的") and ("占" in prefix or "相当于" in prefix):
        # 已相当于上年全年(1,086件)的72.9%: last year's is the whole, the share is this year's
        of = _SHARE_OF_PHRASE.search(prefix, timeout=REGEX_TIMEOUT)
        if of is not None and _previous_words(prefix[: of.start()]) is None:
            return False
    # inside a parenthesis that gives the comparison base: 与去年同期(26批92人次)相比, (上年405件)
    open_paren = text.rfind("(", max(0, draft.start - 30), draft.start)
    if open_paren >= 0 and text.find(")", open_paren, draft.start) < 0:
        head = text[open_paren + 1 : draft.start]
        before_paren = text[max(0, open_paren - 12) : open_paren]
        if (
            _previous_paren_head(head)
            or before_paren.endswith(("环比", "同比"))  # 环比(9月39件)增长20.5%
            or _previous_words(before_paren)
            or _AFTER_CHANGE.search(before_paren, timeout=REGEX_TIMEOUT)
            or (
                _PERIOD_HEAD.match(head, timeout=REGEX_TIMEOUT)
                and _AFTER_DIFFERENCE.search(before_paren, timeout=REGEX_TIMEOUT)
            )
            or _base_before_change(text, open_paren, draft)
            or _parallel_base(text, open_paren, draft)
        ):
            return True
    # 由原来的X提高到Y: X is the base
    if _from_level(draft, text, prefix):
        return True
    # 上年同期,来信、来访、网上信访分别为486件、649件、612件: a sentence that opens with the
    # previous period alone, before a comma, speaks of it throughout
    # (no mark in the window: its start, not the document's)
    head = text[
        _after_last_mark(text, "。;\n", max(0, draft.start - 120), draft.start) : draft.start
    ]
    if "," in head and head[:1] in _PREVIOUS_OPENING_FIRST_CHARS:
        lead = _OPENING_PREVIOUS.match(head, timeout=REGEX_TIMEOUT)
        rest = head[lead.end() :] if lead else ""
        if (
            lead is not None
            and "比" not in rest
            and "较" not in rest
            and not _CURRENT_WORDS.search(rest, timeout=REGEX_TIMEOUT)
        ):
            return True
    # 8月分别受理486件、412件…;7月分别为502件、398件…: a clause that opens with an earlier
    # month than the sentence's gives that month's (the base of a 环比) figures
    if head[:1].isdigit() and "月" in head[1:3] and _earlier_month_clause(text, draft.start):
        return True
    if "年" in prefix[-12:] and _earlier_year_clause(text, draft.start):
        return True
    # 由上年的25批下降到21批: the figure after 到/至 is the new level
    if "由" in prefix and (
        _to_before(prefix[-2:]) or _TO_CURRENT.search(prefix[-8:], timeout=REGEX_TIMEOUT)
    ):
        return False
    # 去年同期为8件, 较去年同期的40批, 上年同期受理120件
    words = _previous_words(prefix)
    while words is not None and ")" in prefix[words.end() :]:
        # 一季度268件(上年同期231件)、二季度295件: a period word in a bracket closed before the
        # figure is that bracket's
        close = prefix.index(")", words.end())
        if "(" in prefix[words.end() : close] or "(" not in prefix[: words.start()]:
            break
        prefix = prefix[close + 1 :]
        words = _previous_words(prefix)
    if words is None:
        return False
    rest = prefix[words.end() :]
    if rest.lstrip("的").startswith(_CARRIED_OVER):
        return False  # 上月结转代办事项21件: a stock carried into this period, counted now
    # (a match of _CURRENT_WORDS holds one of _CURRENT_CHARS, a match of _COMPARED 比 or 较: most
    # words after a previous-period word hold neither, and need no regex call)
    if not _CURRENT_CHARS.isdisjoint(rest) and _CURRENT_WORDS.search(rest, timeout=REGEX_TIMEOUT):
        return False
    return not (
        ("比" in rest or "较" in rest)
        and _COMPARED.search(prefix, words.end(), timeout=REGEX_TIMEOUT)
    )


def _parallel_base(text: str, open_paren: int, draft: _Draft) -> bool:
    """一季度268件(上年同期231件)、二季度295件(247件): a bare figure in brackets right after a
    figure is a base like the one of an earlier bracket of its sentence that named the base
    period — or, with no such bracket, when the sentence goes on to a 同比 change."""
    if (
        draft.kind not in ("count", "amount")
        or text[open_paren + 1 : draft.start]
        or not text.startswith(")", draft.end)
        # (of the same measure as the figure before the bracket: 6.95万件(11.3%) is a share)
        or not text.endswith(draft.unit, 0, open_paren)
        or not _FIGURE_BEFORE_PAREN.search(
            text, max(0, open_paren - 4), open_paren, timeout=REGEX_TIMEOUT
        )
    ):
        return False
    start = max(text.rfind("。", 0, open_paren), text.rfind("\n", 0, open_paren)) + 1
    for bracket in _BRACKETED_TEXT.finditer(text, start, open_paren, timeout=REGEX_TIMEOUT):
        if _previous_words(bracket.group(1)) is not None:
            return True
    end = text.find("。", draft.end)
    return "同比" in text[draft.end : end if end >= 0 else len(text)]


_FIGURE_BEFORE_PAREN = regex.compile(r"\d\p{Han}{0,2}$")
# (占比由上年同期的54.4%提高到…: a level 由… is the base, not the share of a previous whole)
_SHARE_OF_PHRASE = regex.compile(r"(?:占(?!比)|相当于)[^,;。占由比]{1,24}的$")
_BRACKETED_TEXT = regex.compile(r"\(([^()]{1,20})\)")


def _base_before_change(text: str, open_paren: int, draft: _Draft) -> bool:
    """与上年同期相比,城关镇(298件)上升4.7%,河口镇(260件)下降7.3%: a bracketed figure that a
    change follows, in a sentence that compared with a previous period before it, is that
    change's base."""
    close = text.find(")", draft.end, draft.end + 3)
    if close < 0 or not text.startswith(_CHANGE_AFTER_BASE, close + 1):
        return False
    start = max(text.rfind("。", 0, open_paren), open_paren - 80)
    return _previous_words(text[start + 1 : open_paren]) is not None


# the change a bracketed base is followed by (…(260件)下降7.3%, …(177件)基本持平)
_CHANGE_AFTER_BASE = (
    "上升",
    "增长",
    "增加",
    "提高",
    "下降",
    "减少",
    "降低",
    "回落",
    "持平",
    "基本持平",
)


def _previous_words(text: str) -> regex.Match[str] | None:
    """``_PREVIOUS_WORDS.search(text)``, without the call for a text that holds no character a
    previous-period word starts with, or none of 年, 期, 季 and 月 (every one holds one). The
    four are looked for first, as substrings: most texts hold none, and a set test would make a
    string of each of the text's characters (frozenset.isdisjoint over a CJK text)."""
    holds_period = any(map(text.__contains__, _PREVIOUS_CHAR_STRINGS))
    if not holds_period or _PREVIOUS_FIRST_CHARS.isdisjoint(text):
        return None
    return _PREVIOUS_WORDS.search(text, timeout=REGEX_TIMEOUT)


def _paren_base(prefix: str) -> regex.Match[str] | None:
    """``_PAREN_BASE.search(prefix)``: a parenthesis still open at the end of the prefix that
    names the comparison base. Without the call when the last ( is closed, or is not followed
    by the start of a base (去年, 上年, 同期, a year: 去, 上, 同 or a digit; str.isdecimal is the
    regex's \\d on the BMP, past it the regex decides): a match runs from a ( to the end with no
    parenthesis after it, so it can only start at the last (."""
    opening = prefix.rfind("(")
    if opening < 0 or ")" in prefix[opening:]:
        return None
    first = prefix[opening + 1 : opening + 2]
    if not (first in ("去", "上", "同") or first.isdecimal() or first > "\uffff"):
        return None
    return _PAREN_BASE.search(prefix, timeout=REGEX_TIMEOUT)


def _previous_paren_head(head: str) -> bool:
    """Whether the words opening a parenthesis name the previous period (_PREVIOUS_PAREN_HEAD),
    without the regex call when the first character starts no such name: a digit (str.isdecimal
    is the regex's \\d on the BMP, tests/test_prefilters.py; past it the regex decides) or one of
    _PAREN_HEAD_FIRST_CHARS (the pattern is anchored at the start)."""
    first = head[:1]
    if not (first in _PAREN_HEAD_FIRST_CHARS or first.isdecimal() or first > "\uffff"):
        return False
    return _PREVIOUS_PAREN_HEAD.search(head, timeout=REGEX_TIMEOUT) is not None


def _to_before(text: str) -> bool:
    """Whether ``text`` ends with 到, 至 or 为 (_TO_BEFORE), without the regex call when neither
    of its last two characters is one of them (``$`` also matches before a final newline)."""
    return not _TO_CHARS.isdisjoint(text[-2:]) and bool(
        _TO_BEFORE.search(text, timeout=REGEX_TIMEOUT)
    )


def _whole_of_list(
    text: str, draft: _Draft, earlier: list[_Draft], delimiters: list[int], sentence_start: int
) -> str | None:
    """The subject of the whole a ``其中`` list of parts divides, for a figure whose clause
    follows the list with no name of its own (受理信访事项1200件,其中来信300件、来访400批、网上
    信访500件,同比下降5.0%: the petitions fell, not the online ones); None otherwise. A part
    named again (…,网上信访同比下降5.0%) is that part's, and so is a clause after a part listed
    on its own (其中网上信访500件,同比下降5.0%)."""
    last_part = earlier[0]
    if last_part.subject is None or last_part.subject in text[last_part.end : draft.start]:
        return None
    between = text[last_part.end : draft.start]
    if "," not in between or "、" in between or "其中" in between:
        return None
    # the clause of the last part: it opens with 其中 and lists the parts with 、
    opening = bisect_left(delimiters, last_part.start) - 1
    list_start = delimiters[opening] + 1 if opening >= 0 else sentence_start
    if list_start < sentence_start or not text.startswith("其中", list_start):
        return None
    if "、" not in text[list_start : last_part.start] or not any(
        list_start <= part.start for part in earlier[1:2]
    ):
        return None  # (其中反映A、B的64件,占该类的29.5%: one part, named by a list)
    # the whole: the nearest figure before 其中 with a subject, in the same sentence
    for candidate in earlier[1:]:
        if candidate.end <= list_start:
            if candidate.start < sentence_start or candidate.kind not in ("count", "amount"):
                return None
            return candidate.subject
    return None


def _subject(draft: _Draft, prefix: str, earlier: list[_Draft], clause_start: int) -> str | None:
    """What the figure counts or measures, from the words before it (or, when those are only
    function words, the noun right after it: 对12家恶意欠薪企业)."""
    if draft.kind == "rate":
        rate = _rate_name_in(prefix)
        if rate:
            name = _rate_strip_head(rate.group())
            if rate.start() and prefix[rate.start() - 1].isdigit():
                # 参评的26件中满意率96.2%: the measure word of the figure before is no name
                name = name[_unit_length(name) :].lstrip("中的")
            if "的" in name or "实际" in name:
                # 该类信访的实际解决率 → 该类信访解决率
                name = _RATE_NOISE.sub("", name, timeout=REGEX_TIMEOUT)
            return name if len(name) > 1 else rate.group()
    level = earlier[0] if earlier else None
    if (
        draft.unit == "%"
        and level is not None
        and level.kind == "rate"
        and level.subject
        and "率" not in prefix
        and "占" not in prefix
        and draft.kind in ("rate", "share")
    ):
        # 满意率89.7%,未达到县定90%的目标: a level named by no word of its own is the rate
        # just before it
        return level.subject
    head = prefix
    cut_at = len(prefix)
    if draft.unit == "倍" and draft.kind == "ratio" and prefix.endswith("的"):
        times = _TIMES_OF.search(prefix, timeout=REGEX_TIMEOUT)
        if times and not _YEAR_BASE.search(times.group("other"), timeout=REGEX_TIMEOUT):
            ratio = _ratio_of_two(prefix, times, earlier)
            if ratio:
                return ratio
    if draft.kind in ("change", "difference", "share") or (
        prefix.endswith(_COMPARATIVES) and "比" in prefix
    ):
        # the subject stands before the verb or 占: 件数上升92%, 集体访人次占…的63.6%
        cut = _subject_cut(prefix)
        if cut:
            head = prefix[: cut.start()]
            cut_at = cut.start()
            if head.endswith("所") and prefix.startswith("占", cut.start()):
                # 来访所占比例为13.0%, 在城乡建设类中所占的比重: 所 belongs to 占, and the whole a
                # share is taken in is not its subject
                head = head[:-1]
                whole = _IN_WHOLE.search(head, max(0, len(head) - 16), timeout=REGEX_TIMEOUT)
                head = head[: whole.start()] if whole else head
            other = (
                _OTHER_SIDE_START.search(head, timeout=REGEX_TIMEOUT)
                if head.endswith(")")
                else None
            )
            if other is None and _COMPARATIVE_CHARS_OF_SIDE.intersection(head[-14:]):
                # 比全市平均高2.3个百分点: the other side, with no figure of its own
                other = _OTHER_SIDE_BARE.search(head, max(0, len(head) - 14), timeout=REGEX_TIMEOUT)
            if other:
                # 比全区平均水平(52.7件)低6.5件: the other side of a comparison is not the
                # subject, nor is its figure (同比(上年170件)下降 names no other side)
                head = head[: other.start()]
                cut_at = other.start()
    if head.endswith("("):
        # 集体访人次较上年同期(702人次): the words before the parenthesis
        head = head[:-1]
        average = (
            _AVERAGE_COMPARED.search(head, max(0, len(head) - 16), timeout=REGEX_TIMEOUT)
            if head.endswith(("平均", "水平", "值"))
            else None
        )
        if average and earlier and earlier[0].subject and earlier[0].unit == draft.unit:
            # 万人信访量46.2件,比全区平均水平(52.7件): the average of the whole the figure before
            # is compared with, of what that figure measures (without its own place)
            return average.group(1) + "平均" + _measure_of(earlier[0].subject)
    elif head.endswith((")", ")的")):
        # 城市管理(占道经营、施工噪音等)2306件: an explanation in parentheses, not a figure
        # (网上信访(含12345转办)19件: what is included, whatever digits a name holds; 反映噪声
        # 扰民(音量过大、时间过早)的86件: before the 的 that ends the name)
        opening = head.rfind("(")
        if opening > 0 and (
            not has_digit(head, opening)
            or head.startswith(("含", "包括"), opening + 1)
            # 秋收期(8—10月,共92天)152件: a period and its length explain the name; a figure of
            # the count's own unit there (来访(上年45批)52批) is a figure of its own
            or (
                not any(e.start >= clause_start + opening and e.unit == draft.unit for e in earlier)
                and not _PREVIOUS_WORDS.search(head, opening, timeout=REGEX_TIMEOUT)
            )
        ):
            head = head[:opening] + ("的" if head.endswith("的") else "")
    elif head.endswith(("”", "”的")):
        # a quoted word is a word of the subject: 开展“板凳议事”9场, 评价“满意”的377件
        quoted = _QUOTED_END.search(head, timeout=REGEX_TIMEOUT)
        if quoted:
            head = head[: quoted.start()] + quoted.group(1) + quoted.group(2)
    if earlier and earlier[0].start >= clause_start:
        # 来访二十九批八十六人次: a figure in Chinese numerals before this one ends the words
        # that may name it, as digits would (来访29批86人次)
        lo, hi = earlier[0].start - clause_start, earlier[0].end - clause_start
        if hi <= len(head) and not prefix[lo].isdigit():
            head = head[:lo] + "0" * (hi - lo) + head[hi:]
    tail = _han_tail(head)
    subject = _clean_subject(head, tail)
    if subject is None and tail and tail[0] > 0:
        if head[tail[0] - 1].isdigit() and earlier:
            subject = _after_figure(head, tail, earlier[0], clause_start)
        elif head[tail[0] - 1] == "(":
            # 网站渠道较二季度(二季度2594件): the period in the parenthesis names nothing
            subject = _clean_subject(head[: tail[0] - 1])
    if draft.kind == "count" and draft.unit in _NOUN_CLASSIFIERS and _starts_with_han(draft.trail):
        # number + classifier + noun: the figure counts that noun (全镇126名专兼职网格员,
        # 组成9个工作专班, 向86家承办单位派发工单), whatever stands before it
        noun = _TRAIL_NOUN.match(draft.trail, timeout=REGEX_TIMEOUT)
        relative = _RELATIVE_CLAUSE.match(draft.trail, timeout=REGEX_TIMEOUT) if noun else None
        if relative and relative.end(1) > noun.end(1):
            # 对57户生活确有困难的信访群众: the noun after a relative clause (a predicate
            # stopped the noun before its 的)
            noun = _TRAIL_NOUN.match(draft.trail, relative.end(), timeout=REGEX_TIMEOUT)
        if noun and noun.group(1) not in _lexicon().units:
            return noun.group(1)
    working = "工作日" in draft.unit or (draft.unit == "个" and draft.trail.startswith("工作日"))
    if (
        draft.kind not in ("ratio", "change", "difference")
        and draft.period != "previous"
        and (working or _lexicon().units.get(draft.unit) == "duration")
    ):
        # the days of a period are the period's own, wherever the period is named just before
        # (接待室上半年共182天, 第三季度(共92天)), and the working days a daily average is
        # reckoned over are working days (按全年工作日250天计算, 按22个工作日计)
        days = _DAYS_OF.search(head, max(0, len(head) - 12), timeout=REGEX_TIMEOUT)
        if days and (days.group(1) or days.group(2) or (working and days.group(3))):
            return (days.group(1) or "") + ("工作日" if working or days.group(2) else "")
    if subject is None and tail and _lexicon().units.get(draft.unit) == "duration":
        # the length of a period is the period's own: 本月共31天 → 本月
        period = _PERIOD_NAME.match(head, tail[0], tail[1], timeout=REGEX_TIMEOUT)
        if period:
            return period.group(1)
        if head[tail[0] : tail[1]] == "按":
            return None  # (按182天计算): the days a figure before is reckoned over
    # the subject of the nearest earlier figure of the sentence that stands before the cue
    cue_at = clause_start + cut_at
    inherited = None
    for earlier_draft in earlier:
        if (
            earlier_draft.start < cue_at
            and earlier_draft.subject
            # a count is not of the rate before it: 化解率93.7%;其余4起
            and (earlier_draft.kind != "rate" or draft.unit in ("%", "‰", "pp"))
            # nor of the days an average is reckoned over: 日均12件(按182天计算),同比上升5%
            and (
                draft.unit == earlier_draft.unit
                or _lexicon().units.get(earlier_draft.unit) != "duration"
            )
            # nor of a number of things named after it (信访64件,涉及7个楼盘,比7月(45件)增加
            # 19件: the petitions rose)
            # (but 其余9个村(社区)合计14件: the things counted in the same clause)
            and not (
                earlier_draft.unit in _THING_CLASSIFIERS
                and draft.kind in ("count", "difference")
                and draft.unit != earlier_draft.unit
                and earlier_draft.start < clause_start
            )
            # nor of a daily average (共受理1.2万件,日均66件,同比上升5%: the total rose), nor of
            # an average in another measure (集体访3批,批均15.5人次,较上季度(5批)减少2批)
            and not (
                earlier_draft.kind == "ratio"
                and draft.kind in ("count", "change", "share", "difference")
                and (
                    earlier_draft.subject.startswith(("日均", "月均"))
                    or (
                        earlier_draft.unit != draft.unit
                        and earlier_draft.subject.startswith(_AVERAGES_PER)
                    )
                )
            )
        ):
            inherited = earlier_draft.subject
            if earlier_draft.unit == "倍" and inherited.endswith("之比"):
                # 是二季度的1.6倍(二季度26件): a figure by a multiple is one of its sides
                inherited = inherited.partition("与")[0]
            break
    if subject in _UNIT_SUBJECTS and inherited:
        # 批次上升40% after 来信来访63批: the batches of the same subject
        named = _with_unit_word(inherited, subject)
        if _counts_in_own_measure(draft, named):
            return named[:-2]  # (批次比上年(31批): the count is of the visits, as below)
        return named
    if inherited and subject == "群众" and head.endswith("涉及群众"):
        # 受理信访事项96件,涉及群众310人次: the people of the figure before
        return inherited
    if subject and tail and head[tail[1] - 1] in "对向把给" and _starts_with_han(draft.trail):
        # 市联席办共对186件信访事项开展督查督办: the figure is the preposition's object, named
        # after it
        subject = None
    if subject:
        if (
            len(subject) > 3
            and subject.endswith("信访量")
            and not any(char in subject for char in "万千每均")
        ):
            # the volume of a place's or a kind's petitions is those petitions (青石村信访量 →
            # 青石村信访, as 青石村信访事项 and 青石村信访23件 are named); a per-population or
            # average measure keeps its measure word (万人信访量)
            subject = subject[:-1]
        if (
            draft.kind in ("count", "difference")
            and len(subject) > 3
            and subject[-1] == "数"
            and subject[-2:] in _UNIT_SUBJECTS
            and draft.unit == subject[-2]
        ):
            # 纠纷起数增加449起: a number of things in their own measure counts the things
            subject = subject[:-2]
        if _counts_in_own_measure(draft, subject):
            # 来访批次较上年(163批): the figure in the batches' own measure counts the visits
            # themselves, as a count inherited from 批次 does
            subject = subject[:-2]
        if subject.endswith(_MEASURES_OF) and "事项平均" in subject:
            # 网上信访事项平均办理用时: the average is of the items the words before 事项
            # name; 信访事项平均办理时长, 已办结事项平均办理用时: of the report's petitions,
            # named by the measure alone, as a rate is
            subject = subject.replace("事项平均", "平均")
            if subject.startswith("信访平均"):
                subject = subject[2:]
        if len(subject) > 10:  # a long run: keep the petition noun it ends with, if any
            known = _KNOWN_SUBJECTS.search(subject, timeout=REGEX_TIMEOUT)
            # (not one inside the name of a measure: 网上信访事项平均办理用时)
            return known.group() if known and not subject.endswith(_MEASURES_OF) else subject
        return subject
    if draft.kind in ("count", "amount") and _starts_with_han(draft.trail):
        # 对12家恶意欠薪企业, 共为3905名劳动者, 对排查出的13件信访积案: the noun follows
        noun = _TRAIL_NOUN.match(draft.trail, timeout=REGEX_TIMEOUT)
        if noun and noun.group(1) not in _lexicon().units:
            return noun.group(1)
    if inherited and draft.kind == "count" and inherited[-2:] in _UNIT_SUBJECTS:
        # 人次上升3.6%(上年为4,281人次): a count is of the thing, not of its measure
        return inherited[:-2] if len(inherited) > 2 else inherited
    return inherited


# the measures a name may end with after the petitions it is of (平均办理用时, 办理时长)
_MEASURES_OF = ("用时", "时长")


def _counts_in_own_measure(draft: _Draft, subject: str) -> bool:
    """Whether ``draft`` is a count of ``subject``'s batches or people in their own measure
    (来访批次较上年(163批)): it counts the visits themselves."""
    return (
        draft.kind == "count"
        and len(subject) > 3
        and subject[-2:] in ("批次", "人次")
        and draft.unit == ("人次" if subject[-2:] == "人次" else "批")
    )


# 是网站渠道的1.2倍, 约为网上信访量的79倍: the other side of a multiple (a year or the same
# period of a year before is a base of the same thing, not another thing: 是去年同期的1.5倍)
_TIMES_OF = regex.compile(r"(?:是|为|相当于)(?P<other>[^,;。:是为]{1,16})的$")
_YEAR_BASE = regex.compile(r"\d{4}年|去年|上年|前年|同期|上一年")
_OTHER_SIDE = regex.compile(r"[\p{Han}A-Za-z0-9]+")
_OTHER_SIDE_NOISE = regex.compile(r"\([^()]*\)|^\p{Han}{1,3}的|(?<=\p{Han}{2})(?:总量|总数)$")


def _ratio_of_two(prefix: str, times: regex.Match[str], earlier: list[_Draft]) -> str | None:
    """A与B之比 for a multiple of another thing (``times``: the match of _TIMES_OF in
    ``prefix``): 网上信访…,已是来信来访总量的4.9倍 → 网上信访与来信来访之比."""
    other = _OTHER_SIDE_NOISE.sub("", times.group("other"), timeout=REGEX_TIMEOUT)
    if not _OTHER_SIDE.fullmatch(other, timeout=REGEX_TIMEOUT):
        return None  # (是9月的2.7倍: a month is a side too)
    own = _clean_subject(prefix[: times.start()])
    if own is None or len(own) < 2:
        before = next((d for d in earlier if d.subject), None)
        own = before.subject if before else None
        if before and before.unit == "倍":
            # 是北山县的1.3倍,是高桥县的1.2倍: the same side as the multiple before
            own = own.partition("与")[0] if own.endswith("之比") else None
    # (西岭区…居首位,是最低的北山县的1.3倍: without a figure of its own side, the other side)
    return f"{own}与{other}之比" if own and len(own) > 1 else other


# the average of a whole a figure is compared with: 比全区平均水平(52.7件), 高于全市平均(92.4%)
_AVERAGE_COMPARED = regex.compile(
    r"(?:比|较|高于|低于|超过|超出|不及|优于|差于)(全\p{Han}{1,8}?)平均(?:水平|值|数)?$"
)


def _measure_of(subject: str) -> str:
    """What ``subject`` measures, without the place it is of: 城关镇万人信访量 → 万人信访量,
    城关镇群众满意率 → 群众满意率."""
    per = _PER_POPULATION.search(subject, timeout=REGEX_TIMEOUT)
    if per:
        return subject[per.start() :]
    place = _PLACE.match(subject, timeout=REGEX_TIMEOUT)
    return subject[place.end() :] if place and place.end() < len(subject) - 1 else subject


def _with_unit_word(subject: str, unit_word: str) -> str:
    """``subject`` counted in ``unit_word``: 来信来访 + 人次, and 来信来访批次 + 人次, give
    来信来访人次."""
    return _without_unit_word(subject) + unit_word


# classifiers that stand between a number and the noun it counts (a petition's own units, 件,
# 批, 人次, 起, mostly follow their noun: 初信初访23件出现反弹)
_NOUN_CLASSIFIERS = frozenset("个家名户所条项位座处台辆张份篇")
_PERIOD_NAME = regex.compile(
    r"(?:今年|本年)?按?((?:本|上|同)月|(?:本|上)季度|第?[一二三四]季度|上半年|下半年|全年)(?:共|为|有|按)*$"
)
# the period a sentence opens with (上半年,热线共受理…(按182天计算)): the days reckoned are its own
_OPENING_PERIOD = regex.compile(
    r"(?:今年|本年)?((?:本|上|同)月|(?:本|上)季度|第?[一二三四]季度|上半年|下半年|全年)"
)
# the period (and its working days) named right before a number of days (比第二季度(26.2天):
# a parenthesis after a period opens the base of a comparison, unless it opens with 共)
_DAYS_OF = regex.compile(
    r"((?:本|上|同)月|(?:本|上)季度|第?[一二三四]季度|前三季度|上半年|下半年|全年|"
    r"(?<!\d)\d{1,2}(?:[—\-~至]\d{1,2})?月份?)?(工作日)?"
    r"(?:\((?=共))?((?:按|共|为|计|有)*)$"
)
# the averages per item (批均15.5人次, 人均2.3件): a figure in another measure is not of them
_AVERAGES_PER = ("批均", "人均", "户均", "件均", "次均", "期均", "站均", "平均")
_UNIT_SUBJECTS = frozenset({"批次", "人次", "件数", "人数", "批数", "件次", "起数"})
_FUNCTION_ONLY = regex.compile(r"(?:对|将|为|按|向|把|有|共|约|近|其余|全局|全县|给|帮|替|使)+")
# words that begin the predicate after a figure's noun, or show that no noun follows it: a
# verb, adverb, preposition or particle (12家企业依法追回, 126名网格员全年走访, 38家单位立案查处,
# 147件网上信访中, 23件出现反弹)
_PREDICATE_START = (
    r"依法|追回|追讨|列入|人均|平均|日均|户均|已|获|被|正在|在|得到|作出|进行|实行|逐|建立|参加|"
    r"参与|受益|全部|均|的|反映|涉及|提出|实现|完成|全年|今年|上半年|下半年|当场|及时|通过|"
    r"全面|结合|立案|查处|派发|新成立|落实|开展|办理|集中|主要|因|由|从|经|为|是|系|有|共|"
    r"合计|累计|分别|同比|环比|相比|相较|比|较|占|以上|以下|左右|以内|仍|和|与|及|计|久拖|未|出现|达到|"
    r"增加|减少|增长|下降|上升|提高|降低|翻|中|内|里|等|存在|予以|给予|多次|拿到|领到|获得|"
    r"本月|当月|本季度|力争|确保|争取|申请"
)
# what follows a figure when the words after it are no name: a change, a level, a comparison
_PREDICATE_HEAD = regex.compile(
    r"增加|减少|增长|下降|上升|提高|降低|翻|至|到|缩短|延长|压缩|多|少|高出|低于|高于|相比|"
    r"环比|同比|比|较|为|是|占|分别|以上|以下|左右|以内|余|的|中|已|均|共|合计|累计"
)
# the counted noun right after a figure, up to its predicate or a punctuation mark (never up
# to a digit: in 来信21件来访57批 the letters before 57批 name that figure)
_TRAIL_NOUN = regex.compile(
    r"(?!" + _PREDICATE_START + r")(\p{Han}{1,10}?)(?=" + _PREDICATE_START + r"|走访|代办|"
    # (a verb that heads a noun is no predicate: 调解员, 接待室, 受理点)
    r"(?:受理|接待|登记|办理|办结|化解|调处|调解|排查|处理|收集|上报|发现)(?![员室点站处所人表])|"
    r"[,;。:、()“”《》]|$)"
)


# a relative clause right after a figure: up to its 的 (no punctuation, no figure inside)
_RELATIVE_CLAUSE = regex.compile(r"(\p{Han}{2,10}?)的(?=\p{Han})")


def _starts_with_han(trail: str) -> bool:
    """Whether ``trail`` starts with a Han letter (a noun can follow the figure)."""
    if not trail:
        return False
    letter = _HAN_OR_LATIN_CHARS.get(trail[0])
    if letter is None:
        letter = _is_han_or_latin(trail[0])
    return letter and not trail[0].isascii()


def _han_tail(head: str) -> tuple[int, int] | None:
    """The span of ``_HAN_TAIL.search(head)``: the run of Han and Latin letters ``head`` ends
    with, found by stepping back over the letters (a head holds a dozen characters on average;
    a regex call under a timeout costs more than the walk)."""
    end = len(head)
    if end and head[-1] == "\n":  # "$" also matches before a final newline: the regex decides
        found = _HAN_TAIL.search(head, timeout=REGEX_TIMEOUT)
        return found.span() if found else None
    start = end
    is_letter = _HAN_OR_LATIN_CHARS.get
    while start:
        letter = is_letter(head[start - 1])
        if letter is None:
            letter = _is_han_or_latin(head[start - 1])
        if not letter:
            break
        start -= 1
    return (start, end) if start < end else None


def _is_han_or_latin(char: str) -> bool:
    letter = _HAN_OR_LATIN.fullmatch(char, timeout=REGEX_TIMEOUT) is not None
    if len(_HAN_OR_LATIN_CHARS) < 100_000:
        _HAN_OR_LATIN_CHARS[char] = letter
    return letter


# character → whether it is a Han or Latin letter (filled as characters are met)
_HAN_OR_LATIN_CHARS: dict[str, bool] = {}


def _clean_subject(head: str, tail: tuple[int, int] | bool | None = True) -> str | None:
    """The subject named by the words at the end of ``head`` (``tail``: ``_han_tail(head)``,
    when the caller has it already)."""
    if tail is True:
        tail = _han_tail(head)
    if not tail:
        return None
    tail_start, tail_end = tail
    words = head[tail_start:tail_end]
    if tail_start > 0 and head[tail_start - 1].isdigit():
        if words[0] in "年月日号":
            # the end of a date: 截至9月30日已办结, 2024年信访总量
            date_end = _DATE_END.match(words, timeout=REGEX_TIMEOUT)
            return _subject_words(words[date_end.end() :]) if date_end.end() < len(words) else None
        hotline = _HOTLINE_NUMBER.search(head, 0, tail_start, timeout=REGEX_TIMEOUT)
        if hotline and not _unit_length(words):
            # 12345热线转办44件: a service number names the hotline, as its letters do
            named = _subject_words(words)
            if named and named[0] == words[0] and "热线" in named:
                return hotline.group() + named
            return named
        # (余 or 多 between a number and its measure word: 800余名农民工)
        unit_length = _unit_length(words)
        if not unit_length and words[0] in "余多" and _unit_length(words[1:]):
            unit_length = _unit_length(words[1:]) + 1
        if not (len(words) <= 3 or unit_length):
            return _subject_words(words)  # 12345热线转办 is a name
        # a threshold that qualifies the noun after it: 50人以上的集体访 → 集体访
        # (a threshold word starts with 以 or 不: other words need no regex call)
        threshold = (
            _THRESHOLD_AFTER_UNIT.match(words, unit_length, timeout=REGEX_TIMEOUT)
            if words[unit_length : unit_length + 1] in ("以", "不")
            else None
        )
        if threshold is None or threshold.end() == len(words):
            return None  # just the measure word of a figure before
        words = words[threshold.end() :]
    return _subject_words(words)


def _after_figure(
    head: str, tail: tuple[int, int], previous: _Draft, clause_start: int
) -> str | None:
    """The words between the figure before and this one, past the noun that figure counts:
    28名代办员代办群众事项517件 → 代办群众事项, 来信21件来访57批 → 来访."""
    rest_start = previous.end - clause_start
    if not tail[0] < rest_start < tail[1]:
        return None
    rest = head[rest_start : tail[1]]
    if rest.startswith("中") and len(rest) > 2:
        rest = rest[1:]  # 按期办结的36件中回访33件: of those, the ones visited again
    if rest.startswith("计"):
        rest = rest[2:] if rest.startswith("计算") else rest[1:]  # 按366天计算日均受理3.8件
    if previous.subject and rest.startswith(previous.subject):
        rest = rest[len(previous.subject) :]
    if len(rest) < 2 or _PREDICATE_HEAD.match(rest, timeout=REGEX_TIMEOUT):
        return None  # 由上年的3批下降到1批: a predicate, not a name
    return _subject_words(rest)


# a public service hotline's number (12345, 12320), right before the letters of a name (not
# the last of a list: 乡镇和12345热线转办 are counted together)
_HOTLINE_NUMBER = regex.compile(r"(?<![\d.,和与及、])12\d{3}$")
_DATE_END = regex.compile(r"年底|年末|年度?|月底|月末|月份?|日|号")


@lru_cache(maxsize=1024)
def _unit_length(words: str) -> int:
    """The length of the scale and longest measure word ``words`` starts with (万元: 2)."""
    scale = 1 if words[:1] in "万亿千百" else 0
    return scale + max(
        (len(unit) for unit in _lexicon().units if words.startswith(unit, scale)), default=0
    )


# the threshold words after a figure's measure word: 50人以上的集体访, 5万元以上的纠纷
_THRESHOLD_AFTER_UNIT = regex.compile(r"(?:以上|以下|不足|不到)的?")


# people received or visited, named so generically that the act is the subject
_GENERIC_OBJECTS = frozenset({"群众", "来访群众", "上访群众", "信访群众", "信访人", "来访人员"})


@lru_cache(maxsize=4096)
def _subject_words(words: str) -> str | None:
    """The subject a run of Han and Latin letters names, once its leading verb, function
    words and time words are stripped. Cached: a report names the same few subjects over and
    over (about two runs in three repeat within the bench corpus's distinct reports)."""
    # words is a run of Han and Latin letters (no digit, no newline), so each pattern below can
    # only match if the run holds one of the characters it starts (or ends) with: those tests
    # skip most regex calls
    if "已" in words[1:-2] and words.endswith(_DONE_VERBS) and words[-3] == "已":
        words = words[-3:]  # 督办事项已办结161件: the ones completed, as in 已办结118件
    if words.endswith("的") and words[:-1].endswith(_DONE_VERBS):
        words = words[:-1]  # 尚未办结的25件: the ones not completed
        source = max(words.rfind("从已"), words.rfind("从未"))
        if source >= 0:
            words = words[source + 1 :]  # 市联席办从已办结的161件中: the ones completed
    if "共" in words[2:] or "计" in words[3:]:
        words = _TOTAL_INSIDE.sub("", words, timeout=REGEX_TIMEOUT)
    if "督促" in words or "协调" in words or "组织" in words:
        # a verb that makes another act happen names who pushed it, not what is measured:
        # 已督促兑付917.5万元 → 已兑付, 联席办组织督查26次 → 联席办督查
        words = _LIGHT_VERB.sub("", words, timeout=REGEX_TIMEOUT)
    if not _SUBJECT_VERB_FIRST_CHARS.isdisjoint(words):
        # (overlapping: in 协调处理退费纠纷 the verb is 处理, not 调处)
        verbs = list(_SUBJECT_VERB.finditer(words, overlapped=True, timeout=REGEX_TIMEOUT))
        # (a verb before a bare measure word makes a noun with it: 重点督办件, 交办件)
        # (nor is a verb coordinated with the next one: 争取和筹集保交楼资金)
        while verbs and (
            words[verbs[-1].end() :] in _lexicon().units
            or words[verbs[-1].end() : verbs[-1].end() + 1] in _COORDINATORS
        ):
            verbs.pop()
        verb = verbs[-1] if verbs else None
        if (
            verb is not None
            and verb.end() < len(words)
            and _OF_THEM.fullmatch(words, verb.end(), timeout=REGEX_TIMEOUT)
        ):
            words = verb.group()  # 办结了其中的2,187件: those of them the act was done to
        elif (
            verb is not None
            and verb.end() < len(words)
            # 局领导接待群众96批: the reception is counted, not its generic object
            and words[verb.end() :] not in _GENERIC_OBJECTS
        ):
            words = words[verb.end() :]
    if words and words[0] in _STRIP_HEAD_FIRST_CHARS:
        stripped = _SUBJECT_STRIP_HEAD.sub("", words, timeout=REGEX_TIMEOUT)
        if not stripped and words.endswith(_DONE_VERBS):
            # nothing but the act is left: the figure counts what was done (全镇办结40件,
            # 实际办结811件 → 办结), not what the figure before counts
            stripped = next(verb for verb in _DONE_VERBS if words.endswith(verb))
        if stripped in _POPULATIONS and words.startswith(_WHOLE_PLACES):
            # 全县常住人口55.3万人: the whole place's population is named by its place
            stripped = words[:2] + stripped if words.endswith(stripped) else stripped
        words = stripped
    if words and words[-1] in _STRIP_TAIL_LAST_CHARS:
        words = _SUBJECT_STRIP_TAIL.sub("", words, timeout=REGEX_TIMEOUT)
    if "年" in words or "季度" in words or "同期" in words or "月" in words or "各类" in words:
        words = _SUBJECT_STRIP_INSIDE.sub("", words, timeout=REGEX_TIMEOUT)
        if words and words[-1] in _STRIP_TAIL_LAST_CHARS:
            # 时长由二季度 → 时长由 → 时长
            words = _SUBJECT_STRIP_TAIL.sub("", words, timeout=REGEX_TIMEOUT)
    if (words in _lexicon().units and words not in _UNIT_SUBJECTS) or (
        words
        and _FUNCTION_ONLY_CHARS.issuperset(words)
        and _FUNCTION_ONLY.fullmatch(words, timeout=REGEX_TIMEOUT)
    ):
        return None  # 正在办理件8件: only a measure word or a preposition is left
    if len(words) > 3 and words[-1] in "记理到收":
        # the office that registers is the subject: 经济开发区登记158件 → 经济开发区
        words = _REGISTERED_TAIL.sub("", words, timeout=REGEX_TIMEOUT)
    if words.endswith(("比重", "比例")) and "中" in words:
        # 网上信访在信访总量中的比重: the share of what stands before the whole it is taken in
        level = _LEVEL_IN_WHOLE.search(words, timeout=REGEX_TIMEOUT)
        if level and level.start() > 1:
            words = words[: level.start()]
    if "中" in words[2:-2]:
        # 已办结的督办事项中按期办结149件: of the set named before 中, the ones after it
        inside = _WITHIN.search(words, timeout=REGEX_TIMEOUT)
        if inside:
            words = words[inside.end() :]
            # (民事案件中主要有农民工讨薪1,486件: the opener of a list of the main items)
            # (the pattern leaves two letters at least)
            words = _MAIN_ITEMS.sub("", words, timeout=REGEX_TIMEOUT)
    if words.startswith("平均每") and len(words) == 4:
        words = words[3] + "均"  # 平均每批21.7人 → 批均, as 批均22.5人次 is written
    if "等" in words:
        # a list closed by 等 names its kind after it: 诉讼、复议等法定程序 → 法定程序
        kind = words.rpartition("等")[2]
        if len(kind) > 1:
            words = kind
    if "的" in words:
        # a modifier's 的 inside a compound name: 商品房逾期交房的信访 → 商品房逾期交房信访
        words = _INNER_OF.sub("", words, timeout=REGEX_TIMEOUT)
    if "评" in words or "满意" in words:
        # who took part in a satisfaction survey, and who was satisfied, are named by the
        # outcome, as in a terse list (参评29件;满意26件): 信访人参与满意度评价的806件 → 参评,
        # 评价为满意的772件 → 满意
        evaluation = _EVALUATION.search(words, timeout=REGEX_TIMEOUT)
        if evaluation:
            return "参评" if evaluation.group(1) or evaluation.group(2) else "满意"
    if words.endswith(("方面", "方面问题")):
        # a category named as a field is named as a category heading is: 城乡建设方面问题 →
        # 城乡建设类
        field = words[: words.rfind("方面")]
        if len(field) > 1:
            words = field + "类"
    if not words or len(words) > 14:
        return words[-14:] or None
    return words


_WHOLE_PLACES = ("全县", "全区", "全市", "全镇", "全乡")
_POPULATIONS = frozenset({"人口", "常住人口", "户籍人口"})
_OF_THEM = regex.compile(r"了?其中?的?")
_LIGHT_VERB = regex.compile(
    r"(?:督促|协调|组织)(?=兑付|退还|退费|整改|督查|督办|解决|开展|追回|落实)"
)
_EVALUATION = regex.compile(
    r"(?:^(?:群众|信访人)?(参)评|(参)与了?(?:满意度)?评价)$|"
    r"(?<!不|基本)(?:评价|表示)为?满意(?:和基本满意)?$"
)
# the acts that complete a petition or a dispute (an intake, 受理 or 登记, names no subject)
_DONE_VERBS = ("办结", "化解", "解决", "答复", "回访", "处置", "结案")
_WITHIN = regex.compile(
    r"(?<=\p{Han}{2})(?<![集其高初心])中(?![心小学国央间])(?=\p{Han}{2})", regex.REVERSE
)
_REGISTERED_TAIL = regex.compile(
    r"(?<=[区县市镇乡村局级办站所委]|街道|中心|部门|单位|社区|平台)(?:登记|受理|收到|接收)$"
)
_INNER_OF = regex.compile(r"(?<=\p{Han}{2})的(?=\p{Han}{2})")


def _pair_separately(drafts: list[_Draft], text: str, segmentation: Segmentation) -> None:
    """分别: pair a list of subjects, or the figures before, with the figures after in order."""
    sentences = segmentation.sentences
    if not drafts or not sentences:
        return
    stretch_start = sentences[drafts[0].sentence].start
    stretch_end = sentences[drafts[-1].sentence].end
    if (
        text.find(_SEPARATELY, stretch_start, stretch_end) < 0
        and text.find(_IN_TURN, stretch_start, stretch_end) < 0
    ):
        return  # no sentence of these figures holds 分别 or 依次 (most stretches)
    by_sentence: dict[int, list[int]] = {}
    for index, draft in enumerate(drafts):
        by_sentence.setdefault(draft.sentence, []).append(index)
    # the figures of the ;-chain before each sentence (sentences joined by ';' read as one)
    chained: dict[int, list[int]] = {}
    previous_members: list[int] = []
    for sentence_index, members in by_sentence.items():
        joined = sentence_index - 1 in by_sentence and sentences[sentence_index - 1].text.endswith(
            ";"
        )
        chained[sentence_index] = previous_members if joined else []
        previous_members = chained[sentence_index] + members
    for sentence_index, members in by_sentence.items():
        sentence = segmentation.sentences[sentence_index] if segmentation.sentences else None
        if sentence is None or (_SEPARATELY not in sentence.text and _IN_TURN not in sentence.text):
            continue
        last_listed: list[str] = []  # the names of the sentence's last named 分别 list
        last_places: list[str] = []  # the places of the sentence's last counted group
        for marker in _SEPARATELY_MARK.finditer(sentence.text, timeout=REGEX_TIMEOUT):
            position = sentence.start + marker.start()
            after = [i for i in members if drafts[i].start > position]
            before = chained[sentence_index] + [i for i in members if drafts[i].start < position]
            if not after:
                continue
            # the figures governed by this 分别: up to the next clause break that ends the list
            governed = [after[0]]
            for i in after[1:]:
                gap = text[drafts[governed[-1]].end : drafts[i].start]
                first = drafts[governed[0]]
                different = drafts[i].unit != first.unit and drafts[i].kind != first.kind
                if (
                    not _LIST_BREAK_CHARS.isdisjoint(gap)
                    or len(gap) > 8
                    or different
                    # (…分别为268件、209件,按期办结分别为262件: the next 分别 governs its own)
                    or _SEPARATELY in gap
                    # (…依次为22.1%、21.1%、17.6%,合计占60.9%: a total is no item of the list)
                    or "合计" in gap
                    or "共计" in gap
                ):
                    break
                governed.append(i)
            if marker.group() == _IN_TURN and _each_named(
                drafts, governed, text, sentence.start + marker.end()
            ):
                # 依次为:城关镇386件,河口镇243件…: every figure is named where it stands; only a
                # bare list (所占比重依次为22.3%、16.2%…) pairs by position
                continue
            lead_kind = drafts[governed[0]].kind
            if lead_kind in ("count", "amount") and _AVERAGE_HEAD.search(
                text,
                _clause_start(text, position, sentence.start),
                position + 4,
                timeout=REGEX_TIMEOUT,
            ):
                lead_kind = "ratio"  # 各乡镇万人信访量分别为:城关镇18.0件、河口镇23.5件
                drafts[governed[0]].kind = lead_kind
            if lead_kind in ("ratio", "rate", "share"):
                # 万人信访量分别为18.0件和25.3件: every value of the list is what the first is
                for i in governed[1:]:
                    if drafts[i].unit == drafts[governed[0]].unit and drafts[i].kind in (
                        "count",
                        "amount",
                        "other",
                    ):
                        drafts[i].kind = lead_kind
            clause_start = _clause_start(text, position, sentence.start)
            open_paren = text.rfind("(", clause_start, position)
            if open_paren >= 0 and ")" not in text[open_paren:position]:
                # …分别受理312件、…、176件(上年同期分别为298件、…): a list inside a parenthesis
                # names nothing before it
                clause_start = open_paren + 1
            if len(governed) > 1 and all(
                drafts[i].unit == "%" and drafts[i].kind in ("rate", "share", "other")
                for i in governed
            ):
                # 网上信访占比和按期办结率分别为63.2%和98.4%: each level is what its name says
                for kind, i in zip(
                    _listed_level_kinds(text[clause_start:position], len(governed)),
                    governed,
                    strict=False,
                ):
                    drafts[i].kind = kind
            listed = _listed_names(text[clause_start:position], len(governed))
            if len(listed) < 2 and len(governed) > 1:
                # 上年同期三个渠道分别为…, 三类积案分别化解…: the things named just before
                listed = _items_counted(drafts, text, clause_start, position, len(governed))
            if len(listed) < 2 and len(governed) > 1:
                # 四个街道到期应办结分别为…: the places the group counts, named before (as a
                # 分别 list of figures of their own), each with what is measured of it
                places = _places_counted(
                    drafts, governed[0], text, clause_start, position, len(governed)
                )
                if places:
                    measure, last_places = places
                    listed = [place + measure for place in last_places]
                elif len(last_places) == len(governed):
                    # …,按期办结分别为…: the same places again, with another measure
                    measure = _clean_subject(text[clause_start:position]) or ""
                    if measure and not measure.endswith(_PLACE_ENDS):
                        listed = [place + measure for place in last_places]
            if len(listed) < 2 and len(governed) > 1 and clause_start > sentence.start:
                # 东风村、桥头村、新塘村信访量居前三位,分别受理23件、19件、17件: the names listed
                # in the clause before, which holds no figure of its own
                previous_start = _clause_start(text, clause_start - 1, sentence.start)
                words = text[previous_start : clause_start - 1]
                if "、" in words and not any(drafts[i].start >= previous_start for i in before):
                    named_before = _listed_names(words, len(governed))
                    if len(named_before) == len(governed):
                        listed = named_before
            if (
                len(listed) < 2
                and len(governed) > 1
                and _LIST_ANAPHOR.fullmatch(text, clause_start, position, timeout=REGEX_TIMEOUT)
            ):
                # 甲类386件;乙类274件;其他73件。以上分别占…的37.6%、…: the things the stretch
                # before listed, one count each
                listed = _listed_before(drafts, text, clause_start, len(governed))
            if len(listed) >= 2:
                listed = _measures_of_one(listed)
                # (来信、来访分别比上年(251件、197批)减少37件和21批: the run after the
                # parenthesis is the list's too)
                for run in (governed, _run_after(drafts, governed, text)):
                    for subject, i in zip(listed, run, strict=False):
                        drafts[i].subject = subject
                # 来访批次、人次分别下降33.3%和14.8%(上年为579批1,236人次): the previous values
                # in the parenthesis after the list are the things the list names
                for subject, i in zip(listed, _bases_after(drafts, governed, text), strict=False):
                    drafts[i].subject = _without_unit_word(subject)
                last_listed = listed
                continue
            # one base per item: in "来访693批2611人次" the 人次 partner is not an item of its own,
            # unless the figures after 分别 pair units (2170件5302人次,同比分别上升6.3%和3.5%)
            bases = [
                i
                for i in before
                if (drafts[i].kind in ("count", "amount") or drafts[i].unit == "分")
                and drafts[i].period == "current"
            ]
            items = [i for i in bases if not _is_partner(drafts, i)]
            if (
                len(items) >= len(governed)
                and len(governed) > 1
                and (
                    len(bases) < len(governed)
                    or not _adjacent_pair(drafts, bases[-len(governed) :])
                )
            ):
                listed_items = items[-len(governed) :]
                # 总量1,086件次,其中来信128件、来访312批968人次、网上信访646件,同比分别下降
                # 15.8%、4.6%、6.1%和上升2.2%: items that reach back past the 其中 would take the
                # list's whole for its first item; then the 人次 partner is an item of its own
                if not (
                    len(listed_items) > 1
                    and len(bases) >= len(governed)
                    and "其中" in text[drafts[listed_items[0]].end : drafts[listed_items[1]].start]
                ):
                    bases = items
            bases = bases[-len(governed) :] if len(bases) >= len(governed) else []
            if not bases and len(last_listed) == len(governed):
                # 南湖县、北山县同比分别下降11.6%和14.3%(上年同期分别为4,382件、3,401件)
                for subject, i in zip(last_listed, governed, strict=False):
                    drafts[i].subject = subject
                continue
            # 分别为:城关镇18.0件、河口镇23.5件: each figure is named where it stands
            named = _each_named(drafts, governed, text, sentence.start + marker.end())
            for base, i in zip(bases, governed, strict=False):
                drafts[i].paired_with = base
                if drafts[base].subject and not named and not _named_rate(drafts[i]):
                    unit_word = _UNIT_WORD.get(drafts[base].unit, "")
                    if (
                        drafts[i].kind == "change"
                        and not _adjacent_pair(drafts, [base])
                        and (_is_partner(drafts, base) or _has_partner(drafts, base))
                    ):
                        drafts[i].subject = drafts[base].subject + unit_word
                    else:
                        drafts[i].subject = drafts[base].subject


# words that point back at the things just listed, before 分别/依次: 以上分别占…, 各渠道依次占…
_LIST_ANAPHOR = regex.compile(r"(?:以上|上述|前述|各渠道)\p{Han}{0,2}?(?:所占比[例重])?")
_STRETCH_END = regex.compile(r"[。!?\n]", regex.REVERSE)


def _listed_before(drafts: list[_Draft], text: str, clause_start: int, wanted: int) -> list[str]:
    """The subjects of the counts (or amounts) the stretch before ``clause_start`` lists, in order,
    when it lists exactly ``wanted`` of them: 来信八件;来访十四批三十八人次;网上信访29件。 gives
    来信, 来访, 网上信访 (a 人次 partner, a previous value or a change is no item)."""
    end = _STRETCH_END.search(text, 0, max(0, clause_start - 1), timeout=REGEX_TIMEOUT)
    start = end.end() if end else 0
    names: list[str] = []
    for index, draft in enumerate(drafts):
        if draft.start >= clause_start:
            break
        if (
            draft.start < start
            or draft.kind not in ("count", "amount")
            or draft.period != "current"
            or not draft.subject
            or _is_partner(drafts, index)
        ):
            continue
        if draft.subject not in names:
            names.append(draft.subject)
    return names if len(names) == wanted else []


def _run_after(drafts: list[_Draft], governed: list[int], text: str) -> list[int]:
    """The figures right after a 分别 list that closes a parenthesis, when they pair one by one
    with it (the same number, the same units): (251件、197批)减少37件和21批."""
    run: list[int] = []
    previous = governed[-1]
    for i in range(governed[-1] + 1, min(len(drafts), governed[-1] + 1 + len(governed))):
        gap = text[drafts[previous].end : drafts[i].start]
        pattern = _LIST_GAP if run else _AFTER_PARENTHESIS
        if drafts[i].unit != drafts[governed[len(run)]].unit or not pattern.fullmatch(
            gap, timeout=REGEX_TIMEOUT
        ):
            return []
        run.append(i)
        previous = i
    return run if len(run) == len(governed) else []


def _measures_of_one(names: list[str]) -> list[str]:
    """来访批次、人次: later names that are only a measure word measure the first name's thing
    (来访批次, 来访人次)."""
    first = names[0]
    if len(first) <= 2 or not first.endswith(tuple(_UNIT_SUBJECTS)):
        return names
    if not all(name in _UNIT_SUBJECTS for name in names[1:]):
        return names
    return [first] + [_with_unit_word(first, name) for name in names[1:]]


def _without_unit_word(subject: str) -> str:
    """来访批次 → 来访: the thing a measure word counts (a bare measure word stays)."""
    for word in _UNIT_SUBJECTS:
        if subject.endswith(word) and len(subject) > len(word):
            return subject[: -len(word)]
    return subject


def _bases_after(drafts: list[_Draft], governed: list[int], text: str) -> list[int]:
    """The previous values in a parenthesis right after a 分别 list, one per figure of the list
    (…分别下降33.3%和14.8%(上年为579批1,236人次), (上年同期230件、510批))."""
    first = governed[-1] + 1
    if first >= len(drafts) or not _BASE_PARENTHESIS.fullmatch(
        text, drafts[governed[-1]].end, drafts[first].start, timeout=REGEX_TIMEOUT
    ):
        return []
    run = [first]
    for i in range(first + 1, min(len(drafts), first + len(governed))):
        gap = text[drafts[i - 1].end : drafts[i].start]
        if gap and not _LIST_GAP.fullmatch(gap, timeout=REGEX_TIMEOUT):
            break
        run.append(i)
    if len(run) != len(governed) or any(drafts[i].period != "previous" for i in run):
        return []
    if text[drafts[run[-1]].end : drafts[run[-1]].end + 1] != ")":
        return []
    return run


_BASE_PARENTHESIS = regex.compile(r"\((?:上年|去年)(?:同期)?(?:为|是)?")
_AFTER_PARENTHESIS = regex.compile(r"\)\p{Han}{1,6}")
_LIST_GAP = regex.compile(r"[、和及与]")
_LIST_OPENING = regex.compile(r"(?:依次|分别|主要)(?:为|是)|包括", regex.REVERSE)


_NAME_QUOTES = str.maketrans("", "", '“”‘’「」『』"')


def _listed_names(words: str, wanted: int) -> list[str]:
    """The names a 分别 list gives before 分别 (``wanted``: how many figures it governs): split
    at 、 first, and at 和/及/与 only as far as needed (农民、企业职工和农民工、退役军人及其他群体
    names four), without an aside in parentheses or a count of the items (来信、来访三条渠道)."""
    words, items = _list_items(words, wanted)
    if len(items) < wanted:
        items = _LIST_SEPARATOR.split(words, timeout=REGEX_TIMEOUT)
    if len(items) > 1:
        items[-1] = _LIST_COUNT.sub("", items[-1], timeout=REGEX_TIMEOUT)
        # 排在前五位的问题依次为征地拆迁补偿、劳资纠纷…: the first name starts after the verb
        # that introduces the list
        opening = _LIST_OPENING.search(items[0], timeout=REGEX_TIMEOUT)
        if opening and opening.end() < len(items[0]):
            items[0] = items[0][opening.end() :]
        if all(item.endswith(_PLACE_ENDS) for item in items[:-1]):
            # 东城区、西城区、江北县8月分别受理…: the last place, before the period that follows it
            # (its words up to 分别 would lose the place at the month's digit)
            place = _PLACE.match(items[-1], timeout=REGEX_TIMEOUT)
            if place and has_digit(items[-1][place.end() :]):
                items[-1] = place.group()
    # (闭店“跑路”和拒绝或拖延退费两类: a name with a quoted word is named without the marks)
    names = [_clean_subject(item.translate(_NAME_QUOTES)) or "" for item in items]
    names = [name for name in names if name]
    if len(names) > 1 and all(name.endswith(_PLACE_ENDS) for name in names[:-1]):
        # 南湖县、北山县信访量分别下降…: the places are the names, the noun after the last is
        # what is measured of each
        place = _PLACE.match(names[-1], timeout=REGEX_TIMEOUT)
        if place and place.end() < len(names[-1]):
            names[-1] = place.group()
    return names


def _list_items(words: str, wanted: int) -> tuple[str, list[str]]:
    """The words of a list without asides in parentheses, and its items: split at 、, and the
    last item at 和/及/与 too when that gives fewer than ``wanted``."""
    if "(" in words:
        words = _PARENTHESES.sub("", words, timeout=REGEX_TIMEOUT)
    items = words.split("、")
    if len(items) < wanted:
        items[-1:] = _LIST_SEPARATOR.split(items[-1], timeout=REGEX_TIMEOUT)
    return words, items


def _listed_level_kinds(words: str, wanted: int) -> list[str]:
    """The kind each name of a 分别 list gives its level (a rate for …率, a share for …占比),
    when the list names ``wanted`` levels and every one of them so; else nothing."""
    if "率" not in words and "度" not in words:
        return []  # (a list of shares only, or of names that give no kind: nothing to change)
    _, items = _list_items(words, wanted)
    if len(items) != wanted:
        return []
    kinds = []
    for item in items:
        if item.endswith(("率", "满意度")):
            kinds.append("rate")
        elif item.endswith(("占比", "比重", "所占比例")):
            kinds.append("share")
        else:
            return []
    return kinds


_PLACE_ENDS = ("县", "区", "市", "镇", "乡", "村", "街道", "社区")
_PLACE = regex.compile(r"\p{Han}{1,6}?(?:街道|社区|县|区|市|镇|乡|村)")


def _items_counted(
    drafts: list[_Draft], text: str, clause_start: int, position: int, wanted: int
) -> list[str]:
    """When the words before 分别 only count the list's items (三个渠道, 三类积案) and the count is
    the number of figures governed, the items are the last ``wanted`` subjects named before, in
    the same paragraph: 网上信访上升6.1%,来信、来访分别下降…(上年同期三个渠道分别为…); after
    前 (前五类所占比例依次为…) the first ``wanted`` subjects of the paragraph."""
    counted = _ITEMS_COUNT.search(text, clause_start, position, timeout=REGEX_TIMEOUT)
    if counted is None or _NUMERAL_VALUE.get(counted.group()[0]) != wanted:
        return []
    paragraph_start = text.rfind("\n", 0, clause_start) + 1
    names: list[str] = []
    if counted.start() > paragraph_start and text[counted.start() - 1] == "前":
        # 前五类所占比例依次为…: the first of the things listed in the paragraph, in order —
        # in the last sentence before that lists as many (全年受理2,000件。按类型分:…)
        by_sentence: dict[int, list[str]] = {}
        for draft in drafts:
            if draft.start >= counted.start():
                break
            if draft.start < paragraph_start or not draft.subject or draft.kind != "count":
                continue
            listed = by_sentence.setdefault(draft.sentence, [])
            if draft.subject not in listed:
                listed.append(draft.subject)
        for listed in reversed(by_sentence.values()):
            if len(listed) >= wanted:
                return listed[:wanted]
        return []
    for draft in reversed(drafts):
        if draft.start >= counted.start() or not draft.subject or draft.subject in names:
            continue
        if draft.start < paragraph_start or len(names) == wanted:
            break
        if draft.kind == "ratio" or _after_qizhong(text, draft.start):
            # 来访245批613人次,批均2.5人次,其中…集体访3批。四个渠道分别占…: an average and a
            # part of an item are not items of the list
            continue
        names.append(draft.subject)
    return names[::-1] if len(names) == wanted else []


def _after_qizhong(text: str, position: int) -> bool:
    """Whether a 其中 stands in the ;-clause before ``position``."""
    return text.find("其中", _after_last_mark(text, ";;。\n", 0, position), position) >= 0


def _places_counted(
    drafts: list[_Draft], first: int, text: str, clause_start: int, position: int, wanted: int
) -> tuple[str, list[str]] | None:
    """When the words before 分别 count a group of places (五个乡镇, 六个县(区)) as many as the
    figures governed, what is measured of each (the words after the group, maybe none) and the
    places: those of the last run of ``wanted`` figures before (``first``: the first governed
    figure) in one sentence, each of another place, within the last ``_PLACES_BACK`` figures."""
    counted = _PLACES_COUNT.search(text, clause_start, position, timeout=REGEX_TIMEOUT)
    if counted is None or _NUMERAL_VALUE.get(counted.group(1)) != wanted:
        return None
    after = text[counted.end() : position]
    measure = (_clean_subject(after) or "") if after else ""
    if after and not measure:
        return None  # (五个乡镇同比分别…: the base figures pair as they are)
    places: list[str] = []  # the run of figures just before, each of another place
    later = counted.start()  # where the figure after the one read stands
    for draft in reversed(drafts[max(0, first - _PLACES_BACK) : first]):
        if draft.start >= counted.start():
            continue
        place = _PLACE.match(draft.subject, timeout=REGEX_TIMEOUT) if draft.subject else None
        if places and _LIST_END_CHARS.intersection(text[draft.end : later]):
            places = []  # (one list: no sentence ends between its figures)
        later = draft.start
        if place is None or len(place.group()) < 3 or place.group()[0] in "全各本该":
            places = []
        elif place.group() in places:
            places = [place.group()]
        else:
            places.append(place.group())
            if len(places) == wanted:
                return measure, places[::-1]
    return None


_LIST_END_CHARS = frozenset("。;")


_PLACES_BACK = 40
# a group of places counted before 分别: 五个乡镇, 六个县(区), 两个城区, 三地 (and what follows it)
_PLACES_COUNT = regex.compile(
    r"(?<![第\d])([两二三四五六七八九])(?:个\p{Han}?(?:乡镇|县区|县|区|镇|乡|村|街道|社区)"
    r"(?:\([^()]{1,6}\))?|地)"
    r"(?=\p{Han}{0,10}$)"
)
_NUMERAL_VALUE = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_PARENTHESES = regex.compile(r"\([^()]*\)")
# the count of a list's items after its last item: 来信、来访三条渠道, 城东、望江两个街道
_ITEMS_COUNT = regex.compile(r"(?<!第)[两二三四五六七八九十]+(?:个|条|类|家|项)\p{Han}{0,4}$")
_LIST_COUNT = regex.compile(r"(?<=\p{Han})" + _ITEMS_COUNT.pattern)
_AVERAGE_HEAD = regex.compile(r"人均|户均|批均|件均|起均|案均|日均|月均|万人|千人|平均")
_NUMERAL_CHARS = frozenset("0123456789.零〇一二两三四五六七八九十百千")
_UNIT_WORD = {"批": "批次", "件": "件数", "人次": "人次", "人": "人数", "案": "件数"}


def _named_rate(draft: _Draft) -> bool:
    """A rate keeps its own name when paired with its base: 化解率分别为94.1%、92.6%."""
    return draft.kind == "rate" and bool(draft.subject) and draft.subject.endswith("率")


def _each_named(drafts: list[_Draft], governed: list[int], text: str, start: int) -> bool:
    """Whether every figure of a 分别 list has a name of its own written just before it."""
    previous_end = start
    for i in governed:
        gap = text[previous_end : drafts[i].start]
        if _UNNAMED_GAP.fullmatch(gap, timeout=REGEX_TIMEOUT):
            return False
        previous_end = drafts[i].end
    return True


# the gap before a listed figure that names nothing: 分别为18件、23件; 分别上升4.3%、下降2.1%
_UNNAMED_GAP = regex.compile(
    r"(?:为|是|和|及|与|上升|下降|增长|减少|增加|提高|降低|持平|[^\p{Han}])*+"
)


def _is_partner(drafts: list[_Draft], index: int) -> bool:
    """The 人次 half of a pair such as 50批195人次."""
    return index > 0 and drafts[index - 1].end == drafts[index].start


def _has_partner(drafts: list[_Draft], index: int) -> bool:
    return index + 1 < len(drafts) and drafts[index + 1].start == drafts[index].end


# Claim(*fields), made a slot at a time (see _construct): the frozen dataclass's own __init__
# took more time than anything else in finishing a claim
_new_claim: Callable[..., Claim] = frozen_constructor(Claim)


def _adjacent_pair(drafts: list[_Draft], indices: list[int]) -> bool:
    """Whether the given figures are written back to back (2170件5302人次)."""
    return len(indices) > 1 and all(drafts[a].end == drafts[b].start for a, b in pairwise(indices))


def _finish(drafts: list[_Draft], normalized: NormalizedText) -> list[Claim]:
    claims: list[Claim] = []
    raw = normalized.raw
    span_to_raw = normalized.span_to_raw
    norm_starts, raw_starts = normalized.norm_starts, normalized.raw_starts
    pieces = len(norm_starts)
    for index, draft in enumerate(drafts):
        start, end = draft.start, draft.end
        # span_to_raw(start, end) for the common span inside one piece, with one bisection
        piece = bisect_right(norm_starts, start) - 1
        if start < end and (piece + 1 == pieces or end - 1 < norm_starts[piece + 1]):
            raw_start = raw_starts[piece] + (start - norm_starts[piece])
            raw_end = raw_start + (end - start)
        else:
            raw_start, raw_end = span_to_raw(start, end)
        number = draft.number
        paired_with = draft.paired_with
        # positional, in field order (a keyword call costs a microsecond more per claim)
        claims.append(
            _new_claim(
                f"c{index + 1}",  # id
                draft.kind,
                number.value,
                draft.unit,
                draft.bound,
                draft.direction,
                draft.period,
                draft.modality,
                draft.subject,
                (raw_start, raw_end),  # span
                raw[raw_start:raw_end],  # text
                draft.sentence,
                (start, end),  # norm_span
                number.decimals,
                number.scale,
                None,  # category
                f"c{paired_with + 1}" if paired_with is not None else None,
                draft.lead,
                draft.trail,
            )
        )
    return claims
