"""Cheap tests that skip a regex call (a call under the timeout costs microseconds) must never
skip a match: every string a guarded pattern matches passes its guard. The strings come from the
patterns themselves (hypothesis ``from_regex``), so a new alternative without a guard update
fails here. Likewise, work done in one call instead of many (every delimiter of a block, every
sentence end, the full-width substitution) must give what the many calls gave."""

from __future__ import annotations

import importlib
import re as stdlib_re  # only to generate examples (the package uses regex)

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xinfang_nlp import _operand_search as search_module
from xinfang_nlp import categorize as categorize_module
from xinfang_nlp import checks as checks_module
from xinfang_nlp import extract as extract_module
from xinfang_nlp import segment as segment_module

E = extract_module
C = categorize_module
K = checks_module
S = search_module

GUARDS = {
    "previous_words": (E._PREVIOUS_WORDS, lambda s: s[:1] in E._PREVIOUS_FIRST_CHARS),
    "previous_chars": (E._PREVIOUS_WORDS, lambda s: not E._PREVIOUS_CHARS.isdisjoint(s)),
    "target_after": (E._TARGET_AFTER, lambda s: "目标" in s),
    "plan_figure": (E._PLAN_FIGURE, lambda s: "计划" in s or "目标" in s or "任务" in s),
    "of_after": (E._OF_AFTER, lambda s: "的" in s),
    "rhetoric_after": (E._RHETORIC_AFTER, lambda s: s.startswith("的")),
    "paren_base": (E._PAREN_BASE, lambda s: "(" in s),
    "from_to": (E._FROM_TO, lambda s: "由" in s),
    "difference_verb": (E._DIFFERENCE_VERB, lambda s: s[-1:] in E._DIFFERENCE_LAST_CHARS),
    "quote_open": (E._LAST_QUOTE_OPEN, lambda s: not E._QUOTE_OPEN_CHARS.isdisjoint(s)),
    "subject_verb": (E._SUBJECT_VERB, lambda s: s[:1] in E._SUBJECT_VERB_FIRST_CHARS),
    "enumeration_after": (
        E._ENUMERATION_AFTER,
        lambda s: s[:1] in E._ENUMERATION_AFTER_FIRST_CHARS,
    ),
    # (ends with $: a match ends the string, or stands before a final newline)
    "enumeration_before": (
        E._ENUMERATION_BEFORE,
        lambda s: not E._ENUMERATION_BEFORE_LAST_CHARS.isdisjoint(s[-2:]),
    ),
    # a subject never starts with a digit (it is a run of Han and Latin letters)
    "strip_head": (
        E._SUBJECT_STRIP_HEAD,
        lambda s: s[:1] in E._STRIP_HEAD_FIRST_CHARS or s[:1].isdecimal(),
    ),
    "strip_tail": (E._SUBJECT_STRIP_TAIL, lambda s: s[-1:] in E._STRIP_TAIL_LAST_CHARS),
    "strip_inside": (
        E._SUBJECT_STRIP_INSIDE,
        lambda s: "年" in s or "季度" in s or "同期" in s or "月" in s or "各类" in s,
    ),
    "function_only": (E._FUNCTION_ONLY, lambda s: E._FUNCTION_ONLY_CHARS.issuperset(s)),
    "current_words": (E._CURRENT_WORDS, lambda s: not E._CURRENT_CHARS.isdisjoint(s)),
    "compared": (E._COMPARED, lambda s: "比" in s or "较" in s),
    "previous_paren_head": (
        E._PREVIOUS_PAREN_HEAD,
        lambda s: s[:1] in E._PAREN_HEAD_FIRST_CHARS or s[:1].isdecimal() or s[:1] > "\uffff",
    ),
    # (patterns that end with $: a match ends the string, or stands before a final newline)
    "to_before": (E._TO_BEFORE, lambda s: not E._TO_CHARS.isdisjoint(s[-2:])),
    "plan_whole": (
        E._PLAN_WHOLE,
        lambda s: "的" in s[-2:] and not E._PLAN_CHARS.isdisjoint(s),
    ),
    "threshold_after_unit": (E._THRESHOLD_AFTER_UNIT, lambda s: s[:1] in ("以", "不")),
    "breakdown": (C._BREAKDOWN, lambda s: C._may_contain(s, C._BREAKDOWN_WORDS)),
    "category_name": (C._CATEGORY_NAME, lambda s: C._may_contain(s, C._CATEGORY_WORDS)),
    # checks and the operand search (a match starts with one of the first characters, so both a
    # search of a whole lead and a match at its start may be skipped without them)
    "total_lead": (K._TOTAL_LEAD, lambda s: s[:1] in K._TOTAL_LEAD_FIRST_CHARS),
    "sum_word": (K._SUM_WORD, lambda s: not K._SUM_WORD_CHARS.isdisjoint(s)),
    "remainder": (K._REMAINDER, lambda s: s[:1] in K._REMAINDER_FIRST_CHARS),
    "finished": (K._FINISHED, lambda s: "结" in s or "化" in s),
    "hint_visit": (K._HINT_VISIT, lambda s: "人" in s),
    "hint_case": (K._HINT_CASE, lambda s: "批" in s or "件" in s),
    "pending": (K._PENDING, lambda s: not K._PENDING_CHARS.isdisjoint(s)),
    "continued_list": (K._CONTINUED_LIST, lambda s: s[:1] in K._CONTINUED_LIST_FIRST_CHARS),
    "core_noise": (K._CORE_NOISE, lambda s: not K._CORE_NOISE_CHARS.isdisjoint(s)),
    "measure_suffix": (K._MEASURE_SUFFIX, lambda s: not K._MEASURE_SUFFIX_CHARS.isdisjoint(s)),
    "bracketed": (K._BRACKETED, lambda s: "(" in s),
    "rest_lead": (K._REST_LEAD, lambda s: "余" in s or "有" in s),
    "rest": (S._REST, lambda s: s[:1] in S._REST_FIRST_CHARS),
    "list_end": (K._LIST_END, lambda s: not K._LIST_END_CHARS.isdisjoint(s)),
    "share_sum_cue": (K._SHARE_SUM_CUE, lambda s: not K._SHARE_SUM_CUE_CHARS.isdisjoint(s)),
    "negated": (K._NEGATED, lambda s: not K._NEGATED_LAST_CHARS.isdisjoint(s[-2:])),
    "above_all": (K._ABOVE_ALL, lambda s: s.startswith(("以上", "上述"))),
    "subtotal": (K._SUBTOTAL, lambda s: "其中" in s),
    "total_noun": (K._TOTAL_NOUN, lambda s: "总" in s),
    "whole_word": (K._WHOLE_WORD, lambda s: "总" in s or "全部" in s),
    "comparison": (K._COMPARISON, lambda s: "比" in s),
    "own_words": (K._OWN_WORDS, lambda s: "、" in s or K.has_digit(s)),
    "per_ten_thousand": (S._PER_TEN_THOUSAND, lambda s: "万" in s),
    "per_thousand": (S._PER_THOUSAND, lambda s: "千" in s),
    "named_total": (S._NAMED_TOTAL, lambda s: "占" in s),
    "thing_end": (K._THING_END, lambda s: not frozenset("信事问诉").isdisjoint(s)),
    "added": (K._ADDED, lambda s: "加" in s),
    "level_named_after": (E._LEVEL_NAMED_AFTER, lambda s: s.startswith(")")),
    # (a comparative at the start of the clause needs no guard: the prefix is short)
    "comparative": (
        E._COMPARATIVE,
        lambda s: not E._COMPARATIVE_CHARS.isdisjoint(s) or len(s) <= 3,
    ),
    "other_side_bare": (
        E._OTHER_SIDE_BARE,
        lambda s: not E._COMPARATIVE_CHARS_OF_SIDE.isdisjoint(s[-14:]),
    ),
}
# guards of patterns written with \p{Han}, generated with the CJK block for Han
HAN_GUARDS = {
    "place_qualifier": (K._PLACE_QUALIFIER, lambda s: not K._PLACE_CHARS.isdisjoint(s)),
    "within": (K._WITHIN, lambda s: "中," in s),
    # (ends with $: a match ends the string, or stands before a final newline)
    "rate_act_before": (
        E._RATE_ACT_BEFORE,
        lambda s: not E._RATE_ACT_LAST_CHARS.isdisjoint(s[-2:]),
    ),
    # (a bare percentage: the whole before 的, a part said to be of a kind, a rate after 的; a
    # bar: what it qualifies; all matched from the figure's end or searched up to it)
    "whole_before_of": (E._WHOLE_BEFORE_OF, lambda s: "的" in s[-2:]),
    "part_after": (E._PART_AFTER, lambda s: s[:1] in E._PART_AFTER_FIRST_CHARS),
    "rate_after_of": (E._RATE_AFTER_OF, lambda s: not E._RATE_CHARS_AFTER.isdisjoint(s)),
    "qualifies_after": (E._QUALIFIES_AFTER, lambda s: "的" in s[:3]),
    # (a count after the names it counts, the items a list names or adds up, the categories
    # counted before a total)
    "named_list_before": (E._NAMED_LIST_BEFORE, lambda s: not E._NAMED_LIST_MARKS.isdisjoint(s)),
    "enumerator": (E._ENUMERATOR, lambda s: "分别" in s or "合计" in s or "共计" in s),
    "categories_counted": (
        E._CATEGORIES_COUNTED,
        lambda s: "类" in s and ("前" in s or "以上" in s or "上述" in s),
    ),
}
GUARDS.update(
    {
        f"heading_{i}": (pattern, may_match)
        for i, (_level, pattern, may_match) in enumerate(segment_module._LINE_HEADINGS)
    }
)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_every_match_passes_the_guard(name):
    pattern, guard = GUARDS[name]
    source = pattern.pattern
    assert "\\p{" not in source  # from_regex speaks re, which has no \p{...}

    @settings(max_examples=300, deadline=None)
    @given(st.from_regex(source, fullmatch=True))
    def check(text):
        if pattern.fullmatch(text, timeout=1.0):  # the pattern agrees it matches
            assert guard(text), text

    check()


@pytest.mark.parametrize("name", sorted(HAN_GUARDS))
def test_every_match_of_a_han_pattern_passes_the_guard(name):
    pattern, guard = HAN_GUARDS[name]
    han = "[\u4e00-\u9fff]"
    source = pattern.pattern.replace("[\\p{Han}]", han).replace("\\p{Han}", han)
    assert "\\p{" not in source
    matched = []

    @settings(max_examples=300, deadline=None)
    @given(st.from_regex(stdlib_re.compile(source), fullmatch=True))
    def check(text):
        if pattern.fullmatch(text, timeout=1.0):
            matched.append(text)
            assert guard(text), text

    check()
    assert matched


def test_list_end_characters_are_what_the_pattern_matches():
    assert all(K._LIST_END.fullmatch(char, timeout=1.0) for char in K._LIST_END_CHARS)


def test_every_cue_ends_with_a_cue_last_char():
    lex = E._lexicon()
    # from_regex has no \p{Han} and no reverse matching: the same cue grammar, forwards, with
    # the CJK block for Han
    source = lex.cue.pattern.replace("\\p{Han}", "[\u4e00-\u9fff]")
    matched = []

    @settings(max_examples=500, deadline=None)
    @given(st.from_regex(stdlib_re.compile(source, stdlib_re.VERBOSE), fullmatch=True))
    def check(text):
        if lex.cue.fullmatch(text, timeout=1.0):
            matched.append(text)
            assert text[-1] in lex.cue_last_chars, text

    check()
    assert len(matched) > 100


_MIXED = st.text(alphabet="来信访件批年同比上升,;。:!?\n 12.%abXYéΩ〇\U00020000", max_size=30)


@settings(max_examples=500, deadline=None)
@given(_MIXED)
def test_han_tail_is_the_han_tail_pattern(text):
    expected = E._HAN_TAIL.search(text, timeout=1.0)
    assert E._han_tail(text) == (expected and expected.span())


@settings(max_examples=500, deadline=None)
@given(_MIXED, st.integers(0, 5), st.integers(0, 5))
def test_delimiters_in_one_call_are_every_delimiter(text, trim_start, trim_end):
    start, end = min(trim_start, len(text)), max(0, len(text) - trim_end)
    expected = [m.start() for m in E.regex.finditer(r"[,;。!?:\n]", text[:end], pos=start)]
    assert E._delimiters(text, start, end) == (expected if start <= end else [])


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="来信。!?;”’\"')」』\n 1,", max_size=40))
def test_sentence_ends_in_one_call_are_every_sentence_end(text):
    expected = [m.end() for m in segment_module._SENTENCE_END.finditer(text, timeout=1.0)]
    found = segment_module._SENTENCE_ENDS.match(text, timeout=1.0)
    assert (found.ends(1) if found else []) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="来信件１２％，\u3000\t\r a1", max_size=60), st.integers(0, 3))
def test_fullwidth_is_the_table(text, repeat):
    normalize_module = importlib.import_module("xinfang_nlp.normalize")  # the package exports
    # a function of the same name
    text = text * (1 + repeat * 2000)  # past the sample, both ways
    changed = sum(ch != ch.translate(normalize_module._FULLWIDTH_TABLE) for ch in text)
    assert normalize_module._fullwidth(text) == (
        text.translate(normalize_module._FULLWIDTH_TABLE),
        changed,
    )


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="来信一、。!?;\n,,x", max_size=60), st.integers(0, 60))
def test_title_ends_where_the_title_end_pattern_says(line, start):
    start = min(start, len(line))
    end = segment_module._TITLE_END.search(line, start, timeout=1.0)
    expected = line[start : end.start() if end else len(line)].strip()
    assert segment_module._title(line, start) == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="12,.3来45,678,9", max_size=40))
def test_grouped_numbers_are_the_plain_pattern(text):
    normalize_module = importlib.import_module("xinfang_nlp.normalize")
    plain = E.regex.compile(r"(?<![\d.]|\d,)\d{1,3}+(?:,\d{3})++(?![\d,])")
    assert [m.span() for m in normalize_module._GROUPED_NUMBER.finditer(text, timeout=1.0)] == [
        m.span() for m in plain.finditer(text, timeout=1.0)
    ]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="来信件同比,;:、(),。12１٣\U00011f50\U0001d7ce\n x", max_size=30))
def test_local_lead_is_the_local_lead_pattern(lead):
    from types import SimpleNamespace

    expected = K._LOCAL_LEAD.search(lead, timeout=1.0)
    assert K._local_lead(SimpleNamespace(lead=lead)) == (expected.group() if expected else "")


def test_decimal_is_the_regex_digit_on_the_bmp():
    # _local_lead tells digits with str.isdecimal below U+10000 and leaves the rest to \d
    digit = S.regex.compile(r"\d")
    differ = [
        hex(code)
        for code in range(0x10000)
        if not 0xD800 <= code <= 0xDFFF
        and bool(digit.match(chr(code), timeout=1.0)) != chr(code).isdecimal()
    ]
    assert differ == []


_LEAD_WORDS = st.text(alphabet="城关镇信访量万人件来访办", max_size=16)


@settings(max_examples=500, deadline=None)
@given(_LEAD_WORDS, _LEAD_WORDS)
def test_affinity_tried_where_shared_pairs_start_is_the_affinity(a, b):
    # the operand search tries a shared run only where a character pair both leads hold occurs
    shared = S._bigrams(a) & S._bigrams(b)
    assert S._affinity(a, b, shared) == S._affinity(a, b)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="来信件同比,12１٣\U00011f50\U0001d7ce\n x", max_size=20), st.integers(0, 8))
def test_has_digit_is_the_digit_pattern(text, start):
    from xinfang_nlp._patterns import first_digit, has_digit

    found = E.regex.compile(r"\d").search(text, start, timeout=1.0)
    assert has_digit(text, start) == (found is not None)
    found = E.regex.compile(r"\d").search(text[start:], timeout=1.0)
    assert first_digit(text[start:]) == (found.start() if found else -1)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.integers(-60, 60), max_size=12),
    st.lists(st.integers(-60, 60), max_size=12),
)
def test_pairs_by_rank_are_the_stable_sort_of_all_pairs(firsts, seconds):
    # the operand search merges per-first runs of pairs instead of sorting every pair
    pairs = [(i, j) for i in range(len(firsts)) for j in range(len(seconds))]
    expected = sorted(pairs, key=lambda ij: firsts[ij[0]] + seconds[ij[1]])
    assert list(S._by_rank(firsts, seconds)) == expected


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="(()去上同年一期季度月2024为是来信件\n𝟎", max_size=24))
def test_paren_base_is_the_paren_base_pattern(text):
    expected = E._PAREN_BASE.search(text, timeout=1.0)
    found = E._paren_base(text)
    assert (found and found.span()) == (expected and expected.span())
