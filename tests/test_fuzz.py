"""Property tests ("fuzzing") for read → normalize → extract → check on hostile input.

Two families of input: anything at all (arbitrary Unicode, arbitrary bytes in a file), and
*mutated reports* — report-like sentences written for this file, plus lines of the dev split of
``corpora/reports`` (never the eval split), broken by the edits a scanned, retyped or
half-converted report suffers: inserted digits, measure words, brackets, pinyin readings,
full-width forms, deleted or doubled characters, stray punctuation.

For every input: nothing raises; every claim, anomaly and check span lies inside the raw text and
``raw[start:end]`` is exactly the figure as written; the JSON output is the same on a second run.
Examples are derandomized and no example database is kept, so a CI run is reproducible.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xinfang_nlp.checks import CheckOptions, check
from xinfang_nlp.errors import DocumentError
from xinfang_nlp.extract import extract
from xinfang_nlp.normalize import normalize
from xinfang_nlp.read import decode_bytes, read_document
from xinfang_nlp.render import to_json
from xinfang_nlp.report import Report, analyze_document, analyze_text

REPORTS = Path(__file__).resolve().parent.parent / "corpora" / "reports"
VERDICTS = {"consistent", "inconsistent", "unverifiable", "incomplete"}


def fuzz_settings(examples: int) -> settings:
    """Deterministic (derandomized, no example database) and without per-example deadlines:
    the first example pays for loading the category model."""
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# --- the invariants ---------------------------------------------------------------------------


def assert_spans_exact(raw: str, report: Report) -> None:
    claim_ids = {claim.id for claim in report.claims}
    for item in (*report.claims, *report.anomalies):
        start, end = item.span
        assert 0 <= start <= end <= len(raw), (item, len(raw))
        assert raw[start:end] == item.text, (item, raw[start:end])
    for item in report.checks:
        start, end = item.span
        assert 0 <= start <= end <= len(raw), (item, len(raw))
        assert item.verdict in VERDICTS
        assert set(item.claims) <= claim_ids | {a.id for a in report.anomalies}
        assert item.message("zh") and item.message("en")


def assert_pipeline_holds(raw: str) -> Report:
    """Analyze ``raw`` twice: spans exact, output identical (zh and en) both times."""
    report = analyze_text(raw)
    assert_spans_exact(raw, report)
    again = analyze_text(raw)
    for lang in ("zh", "en"):
        assert to_json([report], lang) == to_json([again], lang)
    json.loads(to_json([report]))
    return report


# --- arbitrary input --------------------------------------------------------------------------


@fuzz_settings(150)
@given(st.text(max_size=300))
def test_arbitrary_unicode(raw: str):
    assert_pipeline_holds(raw)


_SUFFIXES = (".txt", ".txt", ".txt", ".md", ".docx", ".pdf")
_MAGIC = (b"", b"", b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@fuzz_settings(150)
@given(
    magic=st.sampled_from(_MAGIC),
    body=st.binary(max_size=600),
    suffix=st.sampled_from(_SUFFIXES),
)
def test_arbitrary_bytes_in_a_file(scratch: Path, magic: bytes, body: bytes, suffix: str):
    """Bytes (behind a BOM or a .docx/.pdf signature, sometimes) either read or give one
    DocumentError with a message in both languages — never any other exception."""
    path = scratch / f"input{suffix}"
    path.write_bytes(magic + body)
    try:
        document = read_document(path)
    except DocumentError as err:
        assert err.message("zh") and err.message("en") and err.code
        return
    assert document.text.strip()
    report = analyze_document(document)
    assert_spans_exact(document.text, report)


# --- mutated reports --------------------------------------------------------------------------

# Written for this file in the style of a county 信访 summary (not taken from the seeds).
_SENTENCES = (
    "一季度,全镇共受理群众来信来访37批129人次,同比下降11.9%。",
    "其中来信8件,来访29批121人次,去年同期为33批140人次,批次下降12.1%,人次下降13.6%。",
    "集体访4批86人次,占来访总人次的71.1%,较去年同期减少2批。",
    "网上信访21件,同比增长16.7%,占信访总量的36.2%。",
    "信访事项按期办结率为98.5%,群众满意率为91.2%,较上年提高3.4个百分点。",
    "反映征地拆迁问题的9批,劳资纠纷7批,涉法涉诉5批,分别占22.0%、17.1%和12.2%。",
    "全年化解信访积案14件,完成年度目标任务的87.5%。",
    "追回拖欠农民工工资1.36亿元,涉及务工人员2,418名。",
    "每万人信访量为4.2件,低于全市平均水平。",
    "接待越级访3批,比去年同期的6批下降50%;重复访持平。",
    "共办理来信 件,同比减少 %。",
    "(一)信访总量回落。1—9月共登记信访事项1.2万件次,同比下降三成。",
    "（二）领导接访：县级领导接访４２批１６８人次，同比上升５.０％。",
    "信訪總量為56批(pī)203人次,較去年同期上升9.8%。",
)

_MEASURE_WORDS = ("批", "人次", "件", "%", "万", "亿", "个百分点", "‰", "名", "元", "倍", "成")
_BRACKETS = tuple("（）()【】〔〕[]")
_PINYIN = ("(fǎng)", "(xìn)", "fang4", "(jīng)", "xin fang", "(wǎng shàng)", "pī", "(rén cì)")
_PUNCTUATION = tuple(",，。.、;；:：!！?？…—-－·/\\%％“”\"'『』《》~ \n\t\u3000\r")
_HIGH = ("𠀀", "\U0001f600", "\ufffd", "\ue000", "\u200b", "\u0301", "\x00", "\x1b")


def _full_width(text: str) -> str:
    """ASCII digits, letters and signs as their full-width forms."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


_NUMBER = st.one_of(
    st.integers(0, 10**9).map(str),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(str),
    st.sampled_from(
        ["2,170", "1,234,567", "8。6", "97．2", "0.3", "1e3", "0x1F", "三", "两", "十二"]
    ),
)

# One inserted fragment per mutation kind the brief names.
_FRAGMENT = st.one_of(
    _NUMBER,
    st.sampled_from(_MEASURE_WORDS),
    st.tuples(_NUMBER, st.sampled_from(_MEASURE_WORDS)).map("".join),
    st.sampled_from(_BRACKETS),
    st.sampled_from(_PINYIN),
    _NUMBER.map(_full_width),
    st.text(alphabet="ABCxyz0123456789%", min_size=1, max_size=4).map(_full_width),
    st.sampled_from(_PUNCTUATION),
    st.sampled_from(_HIGH),
    st.characters(),
)


@cache
def _dev_lines() -> tuple[str, ...]:
    """Non-blank lines of every dev-split report variant (clean, noisy, trad), decoded."""
    stems = []
    for row in (REPORTS / "split.tsv").read_text(encoding="utf-8").splitlines():
        if row.startswith("src/") and row.endswith("\tdev"):
            stems.append(Path(row.split("\t")[0]).stem)
    lines: list[str] = []
    for stem in stems:
        for path in sorted(REPORTS.glob(f"{stem}*.txt")):
            text = read_document(path).text
            lines.extend(line for line in text.splitlines() if line.strip())
    return tuple(lines)


@st.composite
def _base_report(draw: st.DrawFn) -> str:
    own = st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=5).map("".join)
    lines = _dev_lines()
    if not lines:
        return draw(own)
    corpus = st.lists(st.sampled_from(lines), min_size=1, max_size=3).map("\n".join)
    return draw(st.one_of(own, corpus))


@st.composite
def mutated_reports(draw: st.DrawFn) -> str:
    text = draw(_base_report())
    for _ in range(draw(st.integers(1, 10))):
        position = draw(st.integers(0, len(text)))
        operation = draw(st.sampled_from(("insert", "delete", "duplicate", "full_width")))
        if operation == "insert":
            text = text[:position] + draw(_FRAGMENT) + text[position:]
        else:
            end = draw(st.integers(position, min(len(text), position + 12)))
            piece = text[position:end]
            replacement = {"delete": "", "duplicate": piece * 2, "full_width": _full_width(piece)}
            text = text[:position] + replacement[operation] + text[end:]
    return text


@fuzz_settings(300)
@given(mutated_reports())
def test_mutated_reports(raw: str):
    assert_pipeline_holds(raw)


@fuzz_settings(100)
@given(
    mutated_reports(),
    st.sampled_from(["0", "0.05", "0.5", "3", "100"]),
)
def test_stages_one_by_one_with_any_tolerance(raw: str, tolerance: str):
    """The stages called directly (no categorizer in between) and checks under any tolerance."""
    normalized = normalize(raw)
    assert normalized.raw == raw
    extraction = extract(normalized)
    for claim in extraction.claims:
        start, end = claim.norm_span
        assert 0 <= start <= end <= len(normalized.text)
        assert raw[claim.span[0] : claim.span[1]] == claim.text
    checks = check(extraction, options=CheckOptions(tolerance=Decimal(tolerance)))
    assert checks == check(extraction, options=CheckOptions(tolerance=Decimal(tolerance)))
    for item in checks:
        assert 0 <= item.span[0] <= item.span[1] <= len(raw)
        assert item.verdict in VERDICTS


_ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "utf-16-le", "utf-32")


@fuzz_settings(150)
@given(mutated_reports(), st.sampled_from(_ENCODINGS), st.binary(max_size=8), st.data())
def test_mutated_reports_encoded_and_damaged(
    raw: str, encoding: str, junk: bytes, data: st.DataObject
):
    """An encoded report, sometimes cut at any byte or with junk bytes spliced in, decodes or
    is refused with a DocumentError; what decodes goes through the whole pipeline."""
    encoded = raw.encode(encoding, errors="replace")
    cut = data.draw(st.integers(0, len(encoded)))
    damaged = data.draw(st.sampled_from(["none", "truncate", "splice"]))
    if damaged == "truncate":
        encoded = encoded[:cut]
    elif damaged == "splice":
        encoded = encoded[:cut] + junk + encoded[cut:]
    try:
        text, _ = decode_bytes(encoded, name="fuzz.txt")
    except DocumentError as err:
        assert err.code in {"empty", "binary", "unknown_encoding", "truncated", "mixed_encoding"}
        return
    assert_pipeline_holds(text)
