"""Normalization: every rule, the negatives it must leave alone, and the offset map."""

from __future__ import annotations

import importlib
import operator
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xinfang_nlp.normalize import NormalizeOptions, normalize
from xinfang_nlp.read import read_document

# the module (the package's ``normalize`` is the function)
norm = importlib.import_module("xinfang_nlp.normalize")
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # traditional → simplified
        ("群眾來信來訪", "群众来信来访"),
        # pinyin readings after converted characters, also inside a real parenthesis
        ("來訪(fǎng)", "来访"),
        ("經(jīng)濟發展", "经济发展"),
        ("(網(wǎng)上投訴12件)", "(网上投诉12件)"),
        ("網(wǎng)上(wǎng shàng)", "网上"),
        # full-width digits, letters and signs
        ("１２５件，占８４％：", "125件,占84%:"),
        ("（一）ＡＢＣ", "(一)ABC"),
        # ideographic / full-width full stop as a decimal point
        ("下降8。6%", "下降8.6%"),
        ("2。4万人次", "2.4万人次"),
        ("0。3‰", "0.3‰"),
        ("97．2%", "97.2%"),
        # thousands separators inside numbers
        ("受理2,170件5,302人次", "受理2170件5302人次"),
        ("共1,234,567元", "共1234567元"),
        # private-use characters and ?? mojibake
        ("信\ue123访局", "信访局"),
        ("来信??件", "来信件"),
        ("占信访总量?的24.6%", "占信访总量的24.6%"),  # a lone ? inside Han text asks nothing
        ("其中：?导入程序41件", "其中:导入程序41件"),  # nor one after a colon
        ("是否满意?请填写", "是否满意?请填写"),  # (a question is kept)
        ("乱\ufffd码", "乱码"),
        # whitespace folding (a blank keeps one space: it may mark an unfilled figure)
        ("来信   件", "来信 件"),
        ("第一段\r\n\r\n\n第二段", "第一段\n第二段"),
        ("甲\u3000\u3000乙", "甲 乙"),
    ],
)
def test_rules(raw: str, expected: str):
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    "raw",
    [
        "(2023年为2041件5118人次)",  # real bracketed content
        "(一)加强排查",  # list marker
        "国际标准(ISO)和应用(app)",  # Latin words in parentheses, no tone marks
        "分别为3,4,5件",  # not a thousands grouping
        "1,23件",
        "12,3456",
        "第一段。第二段",  # a full stop between non-digits is a full stop
        "共12件。3月份",  # …even right before a digit when not after one
        "2。.14亿元",  # malformed numbers are left for the extractor to report
        ".38亿元",
        "是否到位?",  # a single question mark is punctuation
        "如何破解?一是加强排查",  # …also between Han characters after a question word
    ],
)
def test_negatives_are_left_alone(raw: str):
    nt = normalize(raw)
    # nothing deleted and no decimal-point change
    assert len(nt.text) == len(raw)
    assert nt.text.replace("。", ".") == raw.replace("。", ".") or nt.text == raw


def test_full_stop_between_non_digits_stays():
    assert normalize("共12件。3月份").text == "共12件。3月份"


def test_script_detection():
    assert normalize("群众来信来访").script == "simplified"
    assert normalize("群眾來信來訪,與去年同期相比").script == "traditional"
    assert normalize("群众来信来访反映的问题,與去年同期相比變化").script == "mixed"
    assert normalize("ABC 123").script == "none"


def test_script_tables_resource_is_generated():
    """The script tables are generated data: regenerating them must give the committed file."""
    if not (_opencc_home() / "bin" / "opencc_dict").exists():
        pytest.skip("the opencc wheel has no opencc_dict tool here")
    if norm._script_tables() is None:
        # made for another OpenCC release than the one installed: unused (the conversions
        # decide), and regenerating here would only change the version line
        pytest.skip("the script tables were made for another OpenCC version")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_script_chars.py"), "--check"], check=False
    )
    assert result.returncode == 0, "run scripts/make_script_chars.py and commit the result"


def _opencc_home() -> Path:
    import opencc

    return Path(opencc.__file__).resolve().parent / "clib"


def _converted_script(text: str) -> str:
    """_script as it was decided before the tables: both conversions, always."""
    simplified, count = norm._t2s(text)
    if not count:
        return norm._script(text, text)
    sample = text[: norm._SCRIPT_SAMPLE]
    taiwan = norm._opencc("s2tw.json")(sample)
    hong_kong = norm._opencc("s2hk.json")(sample)
    if len(taiwan) != len(sample) or len(hong_kong) != len(sample):
        return "mixed"
    both = norm._changed_by_both(sample, taiwan, hong_kong)
    low, high = norm._simplified_bounds(sample) or (0, len(sample))
    assert low <= both <= high
    traditional = norm._changed_chars(sample, simplified[: norm._SCRIPT_SAMPLE])
    return norm._decided(traditional, both)


def test_script_tables_decide_as_the_conversions(seed_files: list[Path]):
    """Texts from simplified through mixed to traditional: the tables' decision (or the
    conversions', when the tables leave it open) is the one the conversions alone give."""
    to_traditional = norm._opencc("s2tw.json")
    for path in seed_files[:6]:
        text = read_document(path).text
        traditional = to_traditional(text)
        for percent in (0, 1, 5, 10, 30, 50, 70, 90, 95, 99, 100):
            cut = len(text) * percent // 100
            for mixed in (traditional[:cut] + text[cut:], text[:cut] + traditional[cut:]):
                assert normalize(mixed).script == _converted_script(mixed)


def test_explanation_trail_counts_each_step():
    nt = normalize("來訪(fǎng)共１２件,下降8。6%,2,170人??")
    counts = {step.name: step.count for step in nt.steps}
    assert counts["t2s"] == 2
    assert counts["pinyin"] == len("(fǎng)")
    assert counts["fullwidth"] == 2
    assert counts["decimal_point"] == 1
    assert counts["thousands_separator"] == 1
    assert counts["mojibake_question_marks"] == 2
    assert "t2s: 2" in nt.explain()


def test_steps_can_be_switched_off():
    nt = normalize("來訪１２", options=NormalizeOptions(steps=("fullwidth",)))
    assert nt.text == "來訪12"
    with pytest.raises(ValueError):
        NormalizeOptions(steps=("nope",))


def test_spans_map_back_to_what_the_user_sees():
    raw = "經(jīng)濟：共接待來信來訪５０批１,９５０人次，上升9。2%"
    nt = normalize(raw)
    for needle, seen in [
        ("经济", "經(jīng)濟"),
        ("50批", "５０批"),
        ("1950人次", "１,９５０人次"),
        ("9.2%", "9。2%"),
    ]:
        start = nt.text.index(needle)
        s, e = nt.span_to_raw(start, start + len(needle))
        assert raw[s:e] == seen


def test_seed_documents_normalize(seed_files: list[Path]):
    for path in seed_files:
        document = read_document(path)
        nt = normalize(document.text)
        assert nt.script == "simplified"
        assert 0.9 * len(document.text) < len(nt.text) <= len(document.text)
        assert nt.span_to_raw(0, len(nt.text))[1] <= len(document.text)


# --- properties -------------------------------------------------------------------------------

_report_alphabet = st.sampled_from(
    list(
        "来信访批件人次同比上升下降占率经濟來訪網(fǎng)jīng一二()（）"
        "０１２３４５６７８９0123456789,，。．.%％?？ \n\t\u3000\ue000\ufffd"
    )
)
_texts = st.one_of(st.text(), st.text(alphabet=_report_alphabet, max_size=200))


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_normalize_never_raises_and_offsets_stay_in_bounds(raw: str):
    nt = normalize(raw)
    assert nt.raw == raw
    assert len(nt.text) <= len(raw)
    previous = -1
    for i in range(len(nt.text)):
        r = nt.to_raw(i)
        assert 0 <= r < len(raw)
        assert r > previous  # strictly increasing: each normalized char has its own raw char
        previous = r
    assert nt.to_raw(len(nt.text)) == len(raw)


@settings(max_examples=200, deadline=None)
@given(_texts, st.data())
def test_every_span_maps_to_a_raw_span_inside_the_string(raw: str, data: st.DataObject):
    nt = normalize(raw)
    start = data.draw(st.integers(0, len(nt.text)))
    end = data.draw(st.integers(start, len(nt.text)))
    s, e = nt.span_to_raw(start, end)
    assert 0 <= s <= e <= len(raw)
    if end > start:
        # the raw span runs exactly from the first to the last character's raw position
        assert s == nt.to_raw(start)
        assert e == nt.to_raw(end - 1) + 1


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_kept_characters_correspond(raw: str):
    """A normalized character is its raw character, or a 1:1 substitute of it."""
    nt = normalize(raw)
    for i, ch in enumerate(nt.text):
        original = raw[nt.to_raw(i)]
        if ch != original:
            assert normalize(original).text in (ch, "", " ") or original in "。．" or ch in " \n"


@given(st.text(), st.text())
def test_changed_chars_counts_differing_positions(before, after):
    from xinfang_nlp.normalize import _changed_chars

    # the big-integer count (one 32-bit lane per character) equals the plain one
    assert _changed_chars(before, after) == sum(map(operator.ne, before, after))
    assert _changed_chars("\ud800😀甲" + before, "\udfff😀乙" + before) == 2


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="甲乙丙a", min_size=0, max_size=40),
    st.text(alphabet="甲乙丙b", min_size=0, max_size=40),
    st.integers(0, 3),
)
def test_changed_chars_counts_across_chunks(before, after, repeat):
    from xinfang_nlp.normalize import _changed_chars

    before, after = before * (1 + repeat * 700), after * (1 + repeat * 700)  # past one chunk
    assert _changed_chars(before, after) == sum(map(operator.ne, before, after))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from("甲乙"), st.sampled_from("甲丙"), st.sampled_from("甲丁")),
        max_size=30,
    ),
    st.integers(0, 3),
)
def test_changed_by_both_counts_positions_both_change(triples, repeat):
    from xinfang_nlp.normalize import _changed_by_both

    triples = triples * (1 + repeat * 1000)
    text, one, other = ("".join(t[i] for t in triples) for i in range(3))
    expected = sum(a != b and a != c for a, b, c in zip(text, one, other, strict=True))
    assert _changed_by_both(text, one, other) == expected
