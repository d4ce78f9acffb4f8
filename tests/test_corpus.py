"""The annotated report corpus: reproducible, internally consistent, and covering what it claims.

See corpora/reports/README.md for the conventions these tests enforce.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpora" / "reports"
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _gold_arith  # noqa: E402
import eval_claims  # noqa: E402
import make_corpus  # noqa: E402

GENERATED_SUFFIXES = (".txt", ".gold.jsonl")


@pytest.fixture(scope="module")
def docs() -> list[eval_claims.GoldDoc]:
    return eval_claims.load_gold(CORPUS)


@pytest.fixture(scope="module")
def clean_docs(docs: list[eval_claims.GoldDoc]) -> list[eval_claims.GoldDoc]:
    return [d for d in docs if d.header["variant"] == "clean"]


def committed_files() -> set[str]:
    return {p.name for p in CORPUS.iterdir() if p.is_file() and p.name.endswith(GENERATED_SUFFIXES)}


@pytest.mark.slow
def test_generator_reproduces_committed_files(tmp_path: Path) -> None:
    pytest.importorskip("opencc")
    written = make_corpus.build(tmp_path)
    assert {p.name for p in written} == committed_files()
    for path in written:
        assert path.read_bytes() == (CORPUS / path.name).read_bytes(), path.name


def test_sources_parse_and_have_realistic_length() -> None:
    sources = [make_corpus.parse_source(p) for p in sorted(make_corpus.SRC_DIR.glob("*.txt"))]
    assert len(sources) >= 12
    for source in sources:
        assert 1500 <= len(source.text) <= 5000, (source.stem, len(source.text))
        assert source.claims and source.checks


def test_spans_map_to_text(docs: list[eval_claims.GoldDoc]) -> None:
    for doc in docs:
        assert doc.header["chars"] == len(doc.text), doc.name
        for claim in doc.claims:
            s, e = claim["span"]
            assert doc.text[s:e] == claim["text"], (doc.name, claim["id"])


def test_header_and_encodings(docs: list[eval_claims.GoldDoc]) -> None:
    encodings = Counter(d.header["encoding"] for d in docs)
    assert {"utf-8", "gb18030", "big5", "utf-16", "utf-8-sig"} <= set(encodings)
    for doc in docs:
        data = doc.path.read_bytes()
        if doc.header["encoding"] == "utf-16":
            assert data.startswith(b"\xff\xfe")
        if doc.header["encoding"] == "utf-8-sig":
            assert data.startswith(b"\xef\xbb\xbf")
        if doc.header["newline"] == "crlf":
            assert "\r\n" in doc.text
        else:
            assert "\r" not in doc.text
    sources = {d.header["source"] for d in docs}
    noisy_sources = {d.header["source"] for d in docs if d.header["variant"] != "clean"}
    assert len(noisy_sources) * 2 >= len(sources)
    assert any(d.header["script"] == "traditional" for d in docs)


def test_values_and_attribute_sets(docs: list[eval_claims.GoldDoc]) -> None:
    for doc in docs:
        ids = [c["id"] for c in doc.claims]
        assert len(ids) == len(set(ids)), doc.name
        for claim in doc.claims:
            where = (doc.name, claim["id"])
            assert claim["kind"] in make_corpus.KINDS, where
            if claim["kind"] in make_corpus.NON_CLAIM_KINDS:
                assert claim["value"] is None, where
                continue
            Decimal(claim["value"])  # parses
            assert claim["unit"], where
            assert claim["bound"] in make_corpus.BOUNDS, where
            assert claim["modality"] in make_corpus.MODALITIES, where
            if claim["kind"] in ("change", "difference"):
                assert claim["direction"] in make_corpus.DIRECTIONS, where
                assert claim["period"] is None, where
            else:
                assert claim["direction"] is None, where
                assert claim["period"] in make_corpus.PERIODS, where
            assert claim["subject"], where


def test_checks_reference_existing_ids(docs: list[eval_claims.GoldDoc]) -> None:
    for doc in docs:
        ids = {c["id"] for c in doc.claims}
        for check in doc.checks:
            assert check["kind"] in make_corpus.CHECK_KINDS
            assert check["verdict"] in make_corpus.VERDICTS
            refs = ([check["reported"]] if check["reported"] else []) + check["operands"]
            assert refs, (doc.name, check)
            assert set(refs) <= ids, (doc.name, check)
            assert _gold_arith.FORMULA.match(check["note"]), (doc.name, check["note"])


def test_gold_verdicts_recompute(clean_docs: list[eval_claims.GoldDoc]) -> None:
    """Every consistent/inconsistent verdict follows from its [formula] under interval rules."""
    for doc in clean_docs:
        claims = {c["id"]: c for c in doc.claims}
        for check in doc.checks:
            if check["verdict"] not in ("consistent", "inconsistent"):
                continue
            names = {
                t
                for k, t in _gold_arith._tokens(_gold_arith.FORMULA.match(check["note"])[1])
                if k == "name"
            } - {"k"}
            assert names == set(check["operands"]), (doc.name, check["note"])
            assert _gold_arith.recompute(check, claims) == check["verdict"], (
                doc.name,
                check["note"],
            )


def test_placeholder_checks(clean_docs: list[eval_claims.GoldDoc]) -> None:
    for doc in clean_docs:
        placeholder_ids = {c["id"] for c in doc.claims if c["kind"] == "placeholder"}
        checked = {k["reported"] for k in doc.checks if k["kind"] == "placeholder"}
        assert placeholder_ids == checked, doc.name
        for check in doc.checks:
            refs = {check["reported"], *check["operands"]}
            if refs & placeholder_ids:
                assert check["verdict"] == "incomplete", (doc.name, check)


def _digits(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if ch.isdigit())


def test_noise_only_in_deliberate_forms(docs: list[eval_claims.GoldDoc]) -> None:
    """Noisy figures differ from clean ones only by full-width forms, 。 and separators."""
    clean = {
        d.header["source"]: {c["id"]: c for c in d.claims}
        for d in docs
        if d.header["variant"] == "clean"
    }
    for doc in docs:
        if doc.header["variant"] == "clean":
            continue
        for claim in doc.claims:
            original = clean[doc.header["source"]][claim["id"]]
            text = claim["text"]
            assert "?" not in text.replace(original["text"], ""), (doc.name, text)
            assert not any("\ue000" <= ch <= "\uf8ff" for ch in text), (doc.name, text)
            assert "(" not in text or "(" in original["text"], (doc.name, text)
            assert _digits(text) == _digits(original["text"]), (doc.name, text)
            for key in (
                "kind",
                "value",
                "unit",
                "bound",
                "direction",
                "period",
                "modality",
                "subject",
            ):
                assert claim[key] == original[key], (doc.name, claim["id"], key)


def test_noisy_variants_contain_the_promised_noise(docs: list[eval_claims.GoldDoc]) -> None:
    noisy_text = "".join(d.text for d in docs if d.header["variant"] != "clean")
    assert "??" in noisy_text
    assert any("\ue000" <= ch <= "\uf8ff" for ch in noisy_text)
    assert any("０" <= ch <= "９" for ch in noisy_text)
    assert "％" in noisy_text and "，" in noisy_text
    assert "(fǎng)" in noisy_text
    # a pinyin reading inside a real parenthesis: "(網(wǎng)上投訴…)"
    assert re.search(r"\([^()\n]{1,40}?\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)", noisy_text)
    figures = [c["text"] for d in docs if d.header["variant"] != "clean" for c in d.claims]
    assert any("。" in t for t in figures)
    assert any("," in t for t in figures)


def test_coverage_minimums(clean_docs: list[eval_claims.GoldDoc]) -> None:
    claims = [c for d in clean_docs for c in d.claims]
    checks = [k for d in clean_docs for k in d.checks]
    kinds = Counter(c["kind"] for c in claims)
    units = Counter(c["unit"] for c in claims)
    bounds = Counter(c["bound"] for c in claims)
    verdicts = Counter(k["verdict"] for k in checks)
    inconsistent_kinds = Counter(k["kind"] for k in checks if k["verdict"] == "inconsistent")
    assert len(clean_docs) >= 12
    assert all(kinds[k] >= 1 for k in make_corpus.KINDS), kinds
    assert kinds["placeholder"] >= 4 and kinds["malformed"] >= 2
    assert {c["kind"] for c in claims if c["kind"] not in make_corpus.NON_CLAIM_KINDS} == set(
        make_corpus.CLAIM_KINDS
    )
    assert all(bounds[b] >= 2 for b in make_corpus.BOUNDS), bounds
    for unit in ("%", "pp", "‰", "倍", "元", "美元", "亩", "平方米", "天", "批", "人次", "件"):
        assert units[unit] >= 1, unit
    assert sum(c["period"] == "previous" for c in claims) >= 40
    assert sum(c["modality"] == "target" for c in claims) >= 25
    assert sum(c["direction"] == "flat" for c in claims) >= 1
    chinese = [c for c in claims if c["value"] is not None and not _digits(c["text"])]
    assert len(chinese) >= 10
    scaled = [c for c in claims if any(s in c["text"] for s in "万亿千")]
    assert len(scaled) >= 20
    assert {k["kind"] for k in checks} == set(make_corpus.CHECK_KINDS)
    assert verdicts["inconsistent"] >= 25
    assert set(inconsistent_kinds) == set(make_corpus.CHECK_KINDS) - {"placeholder"}
    assert all(n >= 2 for n in inconsistent_kinds.values()), inconsistent_kinds
    assert verdicts["consistent"] >= 60
    assert verdicts["unverifiable"] >= 2 and verdicts["incomplete"] >= 4
    traps = [k for k in checks if "陷阱" in k["note"]]
    assert len(traps) >= 10


def test_split_file_covers_every_source() -> None:
    splits = eval_claims.read_split(CORPUS)
    sources = {f"src/{p.name}" for p in make_corpus.SRC_DIR.glob("*.txt")}
    assert set(splits) == sources
    assert set(splits.values()) == {"dev", "eval"}
    n_eval = sum(v == "eval" for v in splits.values())
    # The held-out split is the fixed set of ten sources chosen when the corpus had 39 (a
    # quarter of it), kept unchanged so that eval figures stay comparable between sessions;
    # sources written later go to dev. It must stay at least ten sources and a fifth.
    assert max(10, len(sources) / 5) <= n_eval <= len(sources) / 2


def test_gold_files_are_json_lines() -> None:
    for path in CORPUS.glob("*.gold.jsonl"):
        lines = path.read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines]
        assert rows[0]["type"] == "doc"
        order = [r["type"] for r in rows[1:]]
        assert order == sorted(order, key=("claim", "check").index), path.name


def test_gold_arithmetic_divides_exactly_and_rounds_whole_averages():
    claims = {
        "a": {"text": "64批", "value": "64", "unit": "批", "kind": "count"},
        "b": {"text": "9名", "value": "9", "unit": "名", "kind": "count"},
        "r": {"text": "7批", "value": "7", "unit": "批", "kind": "ratio"},
    }
    assert (
        _gold_arith.recompute({"note": "[a/b] 64/9=7.11", "reported": "r"}, claims) == "consistent"
    )
    claims["a"] = {"text": "63批", "value": "63", "unit": "批", "kind": "count"}
    assert _gold_arith.recompute({"note": "[a/b] 63/9=7", "reported": "r"}, claims) == "consistent"
    claims["r"] = {"text": "8批", "value": "8", "unit": "批", "kind": "ratio"}
    assert (
        _gold_arith.recompute({"note": "[a/b] 63/9=7", "reported": "r"}, claims) == "inconsistent"
    )
