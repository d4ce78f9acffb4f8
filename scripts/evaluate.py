"""Evaluate xinfang-nlp on the project's own annotated corpora.

    python scripts/evaluate.py                 # everything, dev and eval splits
    python scripts/evaluate.py --split dev     # only the development files
    python scripts/evaluate.py --only claims,checks --show 30
    python scripts/evaluate.py --only phrasings   # kind accuracy on corpora/phrasings

Claims (corpora/reports, gold written independently of the extractor): value-level recall,
precision and attribute accuracy (scripts/eval_claims.py). Checks: for every gold check the
verdict the engine gives to the same reported figure and kind (a missing check counts as wrong),
verdict accuracy per kind, the false-alarm count (inconsistent verdicts on figures the gold does
not flag), and — because accuracy hides poor detection when few items are wrong — the recall of
planted errors and the share of raised flags that are real. Categories (corpora/categories):
cross-validated macro-F1 from the model card and accuracy on the held-out phrasings.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_claims  # noqa: E402
import eval_phrasings  # noqa: E402

from xinfang_nlp.render import report_to_dict  # noqa: E402
from xinfang_nlp.report import Report, analyze  # noqa: E402

_CACHE: dict[Path, Report] = {}


def report_for(path: Path) -> Report:
    if path not in _CACHE:
        _CACHE[path] = analyze(path)
    return _CACHE[path]


def predict_claims(path: Path) -> list[dict[str, Any]]:
    payload = report_to_dict(report_for(path))
    return payload["claims"] + payload["anomalies"]


def _overlaps(a: list[int], b: list[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_checks(docs: list[eval_claims.GoldDoc], show: int = 20) -> dict[str, Any]:
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: Counter[tuple[str, str]] = Counter()
    by_kind: Counter[tuple[str, str, str]] = Counter()  # (kind, gold verdict, engine verdict)
    false_alarms: list[str] = []
    wrong: list[str] = []
    planted = caught = flags = real_flags = 0
    for doc in docs:
        report = report_for(doc.path)
        spans = {claim["id"]: claim["span"] for claim in doc.claims}

        def gold_spans(gold: dict[str, Any], spans: dict[str, list[int]] = spans) -> list:
            # a check without a reported figure (share_sum) is located by its operands
            if gold.get("reported") in spans:
                return [spans[gold["reported"]]]
            return [spans[o] for o in gold.get("operands", []) if o in spans]

        gold_flagged = [
            located
            for c in doc.checks
            if c["verdict"] in ("inconsistent", "incomplete")
            for located in gold_spans(c)
        ]
        for gold in doc.checks:
            located = gold_spans(gold)
            if not located:
                continue
            span = located[0]
            found = [
                k
                for k in report.checks
                if k.kind == gold["kind"] and any(_overlaps(list(k.span), s) for s in located)
            ]
            if gold["kind"] in ("change", "unit"):  # a unit error is also a failed share
                found += [
                    k
                    for k in report.checks
                    if k.kind in ("unit", "share")
                    and gold["kind"] == "unit"
                    and _overlaps(list(k.span), span)
                ]
            verdict = found[0].verdict if found else "missing"
            if gold["kind"] == "sum" and found:
                # several sums may share a total: take the one with the gold's operands
                operand_spans = [spans[o] for o in gold.get("operands", []) if o in spans]
                shared = [
                    sum(
                        1
                        for cid in k.claims
                        for claim in report.claims
                        if claim.id == cid
                        and any(_overlaps(list(claim.span), s) for s in operand_spans)
                    )
                    for k in found
                ]
                # (a sum of the same total over none of the gold's parts is another relation:
                # this one is missing)
                most = max(shared)
                verdict = found[shared.index(most)].verdict if most else "missing"
            per_kind[gold["kind"]]["total"] += 1
            if verdict == gold["verdict"]:
                per_kind[gold["kind"]]["correct"] += 1
            else:
                wrong.append(
                    f"{doc.name}: {gold['kind']} gold={gold['verdict']} got={verdict} "
                    f"{doc.text[span[0] : span[1]]!r} {gold.get('note', '')[:90]}"
                )
            confusion[(gold["verdict"], verdict)] += 1
            by_kind[(gold["kind"], gold["verdict"], verdict)] += 1
            if gold["verdict"] in ("inconsistent", "incomplete"):
                planted += 1
                caught += verdict == gold["verdict"]
        for check in report.checks:
            if check.verdict not in ("inconsistent", "incomplete"):
                continue
            flags += 1
            if any(_overlaps(list(check.span), s) for s in gold_flagged):
                real_flags += 1
            elif check.verdict == "inconsistent":
                false_alarms.append(
                    f"{doc.name}: {check.kind} "
                    f"{doc.text[check.span[0] : check.span[1]]!r} {check.message()}"
                )
    total = sum(c["total"] for c in per_kind.values())
    correct = sum(c["correct"] for c in per_kind.values())
    return {
        "verdict_accuracy": correct / total if total else 0.0,
        "gold_checks": total,
        "per_kind": {
            k: {"accuracy": v["correct"] / v["total"], "n": v["total"]}
            for k, v in sorted(per_kind.items())
        },
        "false_alarms": len(false_alarms),
        "planted_error_recall": caught / planted if planted else 0.0,
        "flag_precision": real_flags / flags if flags else 0.0,
        "confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())},
        # where each kind's errors go (no item text: safe to print for the eval split)
        "confusion_by_kind": {
            kind: {
                f"{g}->{p}": n for (k, g, p), n in sorted(by_kind.items()) if k == kind and g != p
            }
            for kind in sorted(per_kind)
        },
        "false_alarm_list": false_alarms[:show],
        "wrong_list": wrong[:show],
    }


def evaluate_categories() -> dict[str, Any] | None:
    try:
        import eval_categories
    except ImportError:
        return None
    return eval_categories.evaluate_categories()


def _hide_eval_items(results: dict[str, Any], eval_files: set[str]) -> None:
    """Drop the held-out documents' items (misses, wrong verdicts …) from the listings; their
    counts stay in every score."""
    claims = results.get("claims")
    if claims:
        for title in ("misses", "false_positives", "attribute_errors"):
            if title in claims:
                claims[title] = [i for i in claims[title] if i.get("file") not in eval_files]
    checks = results.get("checks")
    if checks:
        for title in ("wrong_list", "false_alarm_list"):
            checks[title] = [i for i in checks[title] if i.split(":", 1)[0] not in eval_files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=("dev", "eval"))
    parser.add_argument("--only", default="claims,checks,categories")
    parser.add_argument("--show", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--show-eval-items",
        action="store_true",
        help="also list the wrong items of the held-out eval split (by default only its "
        "scores are shown, so that tuning never reads them)",
    )
    args = parser.parse_args(argv)
    parts = set(args.only.split(","))
    docs = eval_claims.load_gold()
    if args.split:
        docs = [d for d in docs if d.split == args.split]
    results: dict[str, Any] = {}
    if "claims" in parts:
        results["claims"] = eval_claims.score_claims(docs, predict_claims)
    if "checks" in parts:
        results["checks"] = score_checks(docs, args.show)
    if "categories" in parts:
        results["categories"] = evaluate_categories()
    if "phrasings" in parts:
        # kind accuracy on corpora/phrasings (not part of the default run); only set A's wrong
        # items are kept (set B is held out: scripts/eval_phrasings.py --show-b lists them)
        phrasings = eval_phrasings.score()
        phrasings["wrong"] = {
            s: [f"{i.figure}: {i.kind}->{got}  {i.sentence}" for i, got in wrong]
            for s, wrong in phrasings["wrong"].items()
            if s == "A"
        }
        results["phrasings"] = phrasings
    claims = results.get("claims")
    if claims:
        # which kinds are read as which (counts only: safe to show for the eval split)
        kinds = Counter(
            f"{e['gold']}->{e['predicted']}"
            for e in claims.get("attribute_errors", [])
            if e["attribute"] == "kind"
        )
        claims["kind_confusion"] = dict(kinds.most_common())
    if not args.show_eval_items:
        _hide_eval_items(results, {d.path.name for d in docs if d.split == "eval"})
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1, default=str))
        return 0
    if "claims" in results:
        claims = results["claims"]
        print("== claims ==")
        print(eval_claims.format_summary(claims))
        print("  kind errors (gold->got):", claims["kind_confusion"])
        for title in ("misses", "false_positives"):
            items = claims[title]
            print(f"{title} ({len(items)}):")
            for item in items[: args.show]:
                print(f"  {item['file']}: {item['text']!r} {item['context']}")
    if "checks" in results:
        checks = results["checks"]
        print("== checks ==")
        print(
            f"verdict accuracy {checks['verdict_accuracy']:.3f} on {checks['gold_checks']} gold "
            f"checks; false alarms {checks['false_alarms']}; planted-error recall "
            f"{checks['planted_error_recall']:.3f}; flag precision {checks['flag_precision']:.3f}"
        )
        for kind, row in checks["per_kind"].items():
            print(f"  {kind:12s} {row['accuracy']:.3f}  (n={row['n']})")
        print("  confusion (gold->got):", checks["confusion"])
        for kind, errors in checks["confusion_by_kind"].items():
            if errors:
                print(f"    {kind:<12} errors: {errors}")
        for title in ("wrong_list", "false_alarm_list"):
            if checks[title]:
                print(f"{title}:")
                for line in checks[title]:
                    print("  " + line)
    if "phrasings" in results:
        phrasings = results["phrasings"]
        print("== phrasings (kind accuracy) ==")
        for s, acc in phrasings["accuracy"].items():
            confusion = phrasings["confusion"].get(s, {})
            print(f"  set {s}: {acc:.3f}  (n={phrasings['n'][s]})  gold->got {confusion}")
        for line in phrasings["wrong"].get("A", []):
            print("  " + line)
    if results.get("categories"):
        print("== categories ==")
        for key, value in results["categories"].items():
            print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
