"""The claim scorer (scripts/eval_claims.py) on small hand-made gold and prediction lists."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import eval_claims  # noqa: E402
from eval_claims import GoldDoc, score_claims  # noqa: E402

TEXT = "共接待来信来访50批195人次,同比上升92%,共办理来信 件。"


def gold_claim(
    cid: str, text: str, kind: str, value: str | None, unit: str, **extra: Any
) -> dict[str, Any]:
    start = TEXT.index(text)
    claim = {
        "type": "claim",
        "id": cid,
        "span": [start, start + len(text)],
        "text": text,
        "kind": kind,
        "value": value,
        "unit": unit,
        "bound": "exact",
        "direction": None,
        "period": "current",
        "modality": "actual",
        "subject": "来信来访",
    }
    if kind in ("placeholder", "malformed"):
        claim.update(bound=None, period=None, modality=None)
    claim.update(extra)
    return claim


GOLD = (
    gold_claim("c1", "50批", "count", "50", "批"),
    gold_claim("c2", "195人次", "count", "195", "人次"),
    gold_claim("c3", "92%", "change", "92", "%", direction="up", period=None),
    gold_claim("c4", " 件", "placeholder", None, "件", subject="来信"),
)


def make_doc(tmp_path: Path, split: str = "dev", name: str = "a.txt") -> GoldDoc:
    path = tmp_path / name
    path.write_text(TEXT, encoding="utf-8")
    header = {"type": "doc", "file": name, "encoding": "utf-8", "source": f"src/{name}"}
    return GoldDoc(path=path, header=header, text=TEXT, claims=GOLD, checks=(), split=split)


def as_prediction(claim: dict[str, Any], **changes: Any) -> dict[str, Any]:
    pred = {k: v for k, v in claim.items() if k not in ("type", "id")}
    if pred["value"] is not None:
        pred["value"] = float(pred["value"])
    pred.update(changes)
    return pred


def test_perfect_prediction_scores_one(tmp_path: Path) -> None:
    doc = make_doc(tmp_path)
    result = score_claims([doc], lambda path: [as_prediction(c) for c in GOLD])
    for group in eval_claims.GROUPS:
        if group == "malformed":  # no gold, no predictions: vacuously perfect
            assert result[group]["tp"] == 0
        assert result[group]["f1"] == 1.0
    assert all(v == 1.0 for v in result["attributes"].values())
    assert not result["misses"] and not result["false_positives"]


def test_a_miss_lowers_recall_only(tmp_path: Path) -> None:
    doc = make_doc(tmp_path)
    result = score_claims([doc], lambda path: [as_prediction(c) for c in GOLD[1:]])
    assert result["figures"]["recall"] == pytest.approx(2 / 3)
    assert result["figures"]["precision"] == 1.0
    assert result["all"]["recall"] == pytest.approx(3 / 4)
    assert [m["text"] for m in result["misses"]] == ["50批"]
    assert "【50批】" in result["misses"][0]["context"]


def test_a_spurious_claim_lowers_precision_only(tmp_path: Path) -> None:
    doc = make_doc(tmp_path)
    extra = {"kind": "count", "value": 2, "unit": "个", "span": [0, 1], "text": "共"}
    result = score_claims([doc], lambda path: [as_prediction(c) for c in GOLD] + [extra])
    assert result["figures"]["precision"] == pytest.approx(3 / 4)
    assert result["figures"]["recall"] == 1.0
    assert len(result["false_positives"]) == 1


def test_wrong_value_is_both_a_miss_and_a_false_positive(tmp_path: Path) -> None:
    doc = make_doc(tmp_path)
    preds = [as_prediction(GOLD[0], value=5)] + [as_prediction(c) for c in GOLD[1:]]
    result = score_claims([doc], lambda path: preds)
    assert result["figures"]["tp"] == 2
    assert result["figures"]["fp"] == 1 and result["figures"]["fn"] == 1


def test_wrong_attribute_lowers_that_attribute_only(tmp_path: Path) -> None:
    doc = make_doc(tmp_path)
    preds = [as_prediction(GOLD[0], period="previous")] + [as_prediction(c) for c in GOLD[1:]]
    result = score_claims([doc], lambda path: preds)
    assert result["figures"]["f1"] == 1.0
    assert result["attributes"]["period"] == pytest.approx(2 / 3)
    others = {k: v for k, v in result["attributes"].items() if k != "period"}
    assert all(v == 1.0 for v in others.values())
    assert result["attribute_errors"][0]["attribute"] == "period"


def test_subject_containment_rule() -> None:
    correct = eval_claims.attribute_correct
    assert correct("subject", "来访批次", "来访")
    assert correct("subject", "来访", " 来访批次 ")
    assert correct("subject", None, "")
    assert not correct("subject", "来访", None)
    assert not correct("subject", "来信", "来访")


def test_placeholders_match_by_kind_and_overlap(tmp_path: Path) -> None:
    doc = make_doc(tmp_path)
    figures = [as_prediction(c) for c in GOLD[:3]]
    blank = {"kind": "placeholder", "span": [GOLD[3]["span"][0] + 1, GOLD[3]["span"][1]]}
    result = score_claims([doc], lambda path: [*figures, blank])
    assert result["placeholder"]["f1"] == 1.0
    wrong_kind = dict(blank, kind="malformed")
    result = score_claims([doc], lambda path: [*figures, wrong_kind])
    assert result["placeholder"]["recall"] == 0.0
    assert result["malformed"]["precision"] == 0.0


def test_values_compare_as_decimals() -> None:
    assert eval_claims.values_equal("24000", 2.4e4)
    assert eval_claims.values_equal("3.50", 3.5)
    assert eval_claims.values_equal("33.333333", "33.33333333333")
    assert not eval_claims.values_equal("33.3", "33.333333")
    assert not eval_claims.values_equal("92", None)


def test_one_to_one_matching_prefers_a_full_assignment() -> None:
    gold = [
        {"kind": "count", "value": "5", "span": [0, 4]},
        {"kind": "count", "value": "5", "span": [3, 6]},
    ]
    pred = [
        {"kind": "count", "value": 5, "span": [3, 5]},
        {"kind": "count", "value": 5, "span": [0, 2]},
    ]
    assert eval_claims.match(gold, pred) == [(0, 1), (1, 0)]


def test_per_split_breakdown(tmp_path: Path) -> None:
    (tmp_path / "dev").mkdir()
    (tmp_path / "eval").mkdir()
    dev = make_doc(tmp_path / "dev", split="dev")
    held_out = make_doc(tmp_path / "eval", split="eval")

    def predict(path: Path) -> list[dict[str, Any]]:
        claims = GOLD if path == dev.path else GOLD[1:]
        return [as_prediction(c) for c in claims]

    result = score_claims([dev, held_out], predict)
    assert result["splits"]["dev"]["all"]["recall"] == 1.0
    assert result["splits"]["eval"]["all"]["recall"] == pytest.approx(3 / 4)


def test_load_gold_reads_files_and_split(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(TEXT.encode("gb18030"))
    header = {"type": "doc", "file": "x.txt", "encoding": "gb18030", "source": "src/x.txt"}
    rows = [
        header,
        *GOLD,
        {
            "type": "check",
            "kind": "placeholder",
            "verdict": "incomplete",
            "reported": "c4",
            "operands": [],
            "note": "[] 留空",
        },
    ]
    (tmp_path / "x.gold.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    (tmp_path / "split.tsv").write_text("source\tsplit\nsrc/x.txt\teval\n", encoding="utf-8")
    (doc,) = eval_claims.load_gold(tmp_path)
    assert doc.split == "eval" and doc.text == TEXT
    assert len(doc.claims) == 4 and len(doc.checks) == 1


def test_self_test_on_the_corpus_is_perfect(capsys: pytest.CaptureFixture[str]) -> None:
    assert eval_claims.main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "P=1.000 R=1.000 F1=1.000" in out


def test_the_strict_subject_score_needs_equal_names():
    assert eval_claims.subject_exact("网上 信访", "网上信访")
    assert eval_claims.subject_exact(None, None)
    assert not eval_claims.subject_exact("每万人信访量", "人均")
    assert eval_claims.attribute_correct("subject", "每万人信访量", "信访量")  # the lenient one


def test_a_planted_error_is_written_right_at_its_own_precision():
    import eval_corrected  # (it puts tests/ on the path for _gold_arith itself)

    claims = {
        "p": {"id": "p", "text": "173件", "value": "173", "unit": "件", "kind": "count"},
        "w": {"id": "w", "text": "1,486件", "value": "1486", "unit": "件", "kind": "count"},
        "s": {"id": "s", "text": "12.6%", "value": "12.6", "unit": "%", "kind": "share"},
        "c": {"id": "c", "text": "18.8%", "value": "18.8", "unit": "%", "kind": "change"},
    }
    share = {"kind": "share", "reported": "s", "note": "[p/w*100] 173/1486=11.64%"}
    assert eval_corrected.corrected_text(share, claims) == "11.6%"
    # a change the corrected value would turn the other way is skipped
    down = dict(claims["c"], direction="down")
    change = {"kind": "change", "reported": "c", "note": "[w/p*100-100] 1486/173-1"}
    assert eval_corrected.corrected_text(change, {**claims, "c": down}) is None
    # a granularity formula has no one right value
    free = {"kind": "share", "reported": "s", "note": "[k/w*100] no integer"}
    assert eval_corrected.corrected_text(free, claims) is None
