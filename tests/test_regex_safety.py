"""Catastrophic regex: every pattern on document text runs under the ``regex`` timeout, a
pathological stretch costs only itself, and crowded sentences are skipped, not squared."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

import xinfang_nlp
from xinfang_nlp import extract as extract_module
from xinfang_nlp.checks import MAX_SENTENCE_CLAIMS, check
from xinfang_nlp.extract import extract
from xinfang_nlp.report import analyze_text

PACKAGE = Path(xinfang_nlp.__file__).parent
_MATCHING = {"search", "match", "fullmatch", "finditer", "findall", "sub", "subn"}


def _regex_calls_without_timeout(source: str) -> list[int]:
    """Lines calling a regex matching method (or ``regex.split``/``_PATTERN.split``) without a
    ``timeout=`` argument. ``str`` has none of these methods but ``split``, so any such call
    is a regex call."""
    missing = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, receiver = node.func.attr, node.func.value
        is_regex = method in _MATCHING or (
            method == "split"
            and isinstance(receiver, ast.Name)
            and (receiver.id == "regex" or receiver.id.startswith("_"))
        )
        if is_regex and not any(k.arg == "timeout" for k in node.keywords):
            missing.append(node.lineno)
    return missing


def test_every_regex_call_in_the_package_has_a_timeout():
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = _regex_calls_without_timeout(path.read_text(encoding="utf-8"))
        if lines:
            offenders[str(path.relative_to(PACKAGE))] = lines
    assert offenders == {}


def test_the_guard_itself_finds_a_missing_timeout():
    assert _regex_calls_without_timeout("_X.search(text)\nregex.split('a', b)\n") == [1, 2]
    assert _regex_calls_without_timeout("_X.search(text, timeout=1)\nline.split('\\t')\n") == []


def test_the_package_never_uses_the_re_module():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert all(alias.name != "re" for alias in node.names), path
            if isinstance(node, ast.ImportFrom):
                assert node.module != "re", path


# --- pathological input ---------------------------------------------------------------------


@pytest.mark.parametrize("run", ["1" * 200_000, "X" * 200_000, "*" * 200_000, "1." * 100_000])
def test_a_long_run_does_not_cost_the_rest_of_the_document(run):
    # Before the digit runs were anchored, scanning 200 000 digits took minutes (quadratic) and
    # the timeout threw the whole document away.
    text = run + "\n本季度受理来信来访86批,同比上升7.5%。"
    found = extract(text)
    assert [c.text for c in found.claims] == ["86批", "7.5%"]
    assert not [a for a in found.anomalies if a.kind == "skipped"]


def test_a_timed_out_block_is_skipped_and_reported(monkeypatch):
    poison = "毒" * 50
    paragraph = "全年受理来信120件,办结118件,办结率98.3%。\n"
    text = paragraph * 300 + poison + "。\n" + paragraph * 300
    real = extract_module._lexicon()

    class TimingOut:
        """The figure pattern, timing out on any block that holds the poison."""

        def finditer(self, string, pos, endpos, timeout):
            if poison in string[pos:endpos]:
                raise TimeoutError("regex timed out")
            return real.figure.finditer(string, pos, endpos, timeout=timeout)

    monkeypatch.setattr(
        extract_module, "_lexicon", lambda: dataclasses.replace(real, figure=TimingOut())
    )
    found = extract(text)
    skipped = [a for a in found.anomalies if a.kind == "skipped"]
    assert len(skipped) == 1
    start, end = skipped[0].span
    assert poison in text[start:end] and text[start:end] == skipped[0].text
    # only the block around the poison is lost; the rest of the document is extracted
    kept = [c for c in found.claims if c.text == "120件"]
    assert 300 < len(kept) < 600
    assert all(not (start <= c.span[0] < end) for c in found.claims)
    # and the check stage reports which part was skipped
    findings = [k for k in check(found) if k.kind == "skipped"]
    assert len(findings) == 1 and findings[0].span == (start, end)
    assert "跳过" in findings[0].message("zh") and "skipped" in findings[0].message("en")


def test_a_crowded_sentence_is_skipped_with_a_finding_and_the_rest_is_checked():
    crowded = "占1%" * (MAX_SENTENCE_CLAIMS + 1)
    report = analyze_text(
        "全年受理来信50件,其中办结40件,办结率为80%。"
        + crowded
        + "。全年来访30批,同比上升50%(上年20批)。"
    )
    kinds = [(k.kind, k.verdict) for k in report.checks]
    assert ("skipped", "unverifiable") in kinds
    assert ("rate", "consistent") in kinds and ("change", "consistent") in kinds
    skipped = next(k for k in report.checks if k.kind == "skipped")
    assert str(MAX_SENTENCE_CLAIMS + 1) in skipped.message("zh")
    assert crowded in report.extraction.normalized.raw[skipped.span[0] : skipped.span[1]]


def test_a_sentence_at_the_limit_is_still_checked():
    sentence = "其中" + "、".join(["来信1件"] * (MAX_SENTENCE_CLAIMS - 1)) + "。"
    report = analyze_text("全年受理来信63件。" + sentence)
    assert all(k.kind != "skipped" for k in report.checks)
