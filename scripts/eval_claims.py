"""Score a claim extractor against the annotated report corpus (``corpora/reports``).

``predict(path) -> list[dict]`` returns the claims found in one corpus file, as dicts in the JSON
contract of ``docs/design.md`` (``kind``, ``value``, ``unit``, ``bound``, ``direction``,
``period``, ``modality``, ``subject``, ``span`` = [s, e] in the decoded raw text, ``text``);
unfilled template figures come as ``kind == "placeholder"`` and broken numbers as
``kind == "malformed"``.

Matching is value-level and one-to-one per file: a predicted figure matches a gold figure when
their spans overlap and their values are equal as ``Decimal`` (values with six or more decimals,
such as 三分之一 = 33.333333, are compared after rounding both to six places); a predicted
placeholder/malformed item matches a gold one of the same kind when the spans overlap. Among
several candidates the pairing that matches the most items wins (augmenting paths), ties going to
the larger overlap.

Reported: precision, recall and F1 for all items, for figures, for placeholders and for malformed
numbers; attribute accuracy over matched figure pairs (kind, unit, bound, direction, period,
modality, subject); the misses and false positives with context; and the same per split
(``corpora/reports/split.tsv``: dev / eval).

``subject`` is scored leniently: right when either string contains the other (the gold often
names a thing more fully than the report's words). That flatters short predictions (人均 inside
每万人人均受理量), so ``subject_exact`` is reported beside it: right only when the two are equal
after removing whitespace.

    python scripts/eval_claims.py --self-test            # gold against itself: all 1.0
    python scripts/eval_claims.py --predict pkg.mod:func # score a predictor
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "corpora" / "reports"

ATTRIBUTES = ("kind", "unit", "bound", "direction", "period", "modality", "subject")
NON_FIGURE_KINDS = ("placeholder", "malformed")
GROUPS = ("all", "figures", "placeholder", "malformed")
CONTEXT_CHARS = 15

Predictor = Callable[[Path], list[dict[str, Any]]]


@dataclass(frozen=True)
class GoldDoc:
    """One corpus file with its gold annotations."""

    path: Path
    header: dict[str, Any]
    text: str
    claims: tuple[dict[str, Any], ...]
    checks: tuple[dict[str, Any], ...]
    split: str = "dev"

    @property
    def name(self) -> str:
        return self.path.name


def decode(path: Path, encoding: str) -> str:
    """Decoded text of a corpus file: BOM removed, newlines untouched."""
    return path.read_bytes().decode(encoding)


def read_split(corpus_dir: Path) -> dict[str, str]:
    """Map ``src/NN_name.txt`` → split, from ``split.tsv`` (missing file: everything dev)."""
    split_path = corpus_dir / "split.tsv"
    splits: dict[str, str] = {}
    if not split_path.exists():
        return splits
    for line in split_path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, _, split = line.partition("\t")
        if source == "source":  # header row
            continue
        splits[source.strip()] = split.strip()
    return splits


def load_gold(corpus_dir: Path | str = CORPUS_DIR) -> list[GoldDoc]:
    """Every ``*.gold.jsonl`` in ``corpus_dir`` with its decoded text, sorted by file name."""
    corpus_dir = Path(corpus_dir)
    splits = read_split(corpus_dir)
    docs: list[GoldDoc] = []
    for gold_path in sorted(corpus_dir.glob("*.gold.jsonl")):
        rows = [
            json.loads(line)
            for line in gold_path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        header = rows[0]
        if header.get("type") != "doc":
            raise ValueError(f"{gold_path.name}: first line must be the doc header")
        path = corpus_dir / header["file"]
        text = decode(path, header["encoding"])
        docs.append(
            GoldDoc(
                path=path,
                header=header,
                text=text,
                claims=tuple(r for r in rows if r["type"] == "claim"),
                checks=tuple(r for r in rows if r["type"] == "check"),
                split=splits.get(header["source"], "dev"),
            )
        )
    return docs


# -- matching ----------------------------------------------------------------------------------


def as_decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def values_equal(a: Any, b: Any) -> bool:
    x, y = as_decimal(a), as_decimal(b)
    if x is None or y is None:
        return False
    if x == y:
        return True
    places = max(-x.as_tuple().exponent, -y.as_tuple().exponent)  # type: ignore[operator]
    if places >= 6:
        q = Decimal("0.000001")
        return x.quantize(q) == y.quantize(q)
    return False


def overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    try:
        (s1, e1), (s2, e2) = a["span"], b["span"]
    except (KeyError, TypeError, ValueError):
        return 0
    return max(0, min(e1, e2) - max(s1, s2))


def is_figure(item: dict[str, Any]) -> bool:
    return item.get("kind") not in NON_FIGURE_KINDS


def compatible(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if overlap(gold, pred) <= 0:
        return False
    if is_figure(gold):
        return is_figure(pred) and values_equal(gold.get("value"), pred.get("value"))
    return pred.get("kind") == gold.get("kind")


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching (gold index, predicted index)."""
    candidates = [
        sorted(
            (j for j, p in enumerate(pred) if compatible(g, p)),
            key=lambda j, g=g: -overlap(g, pred[j]),
        )
        for g in gold
    ]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


# -- scoring -----------------------------------------------------------------------------------


def norm_attr(name: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def attribute_correct(name: str, gold: Any, pred: Any) -> bool:
    g, p = norm_attr(name, gold), norm_attr(name, pred)
    if name == "subject":
        if g is None or p is None:
            return g is None and p is None
        g, p = "".join(str(g).split()), "".join(str(p).split())
        return g in p or p in g
    return g == p


def subject_exact(gold: Any, pred: Any) -> bool:
    """The strict subject score: both absent, or equal after removing whitespace."""
    g, p = norm_attr("subject", gold), norm_attr("subject", pred)
    if g is None or p is None:
        return g is None and p is None
    return "".join(str(g).split()) == "".join(str(p).split())


def group_of(item: dict[str, Any]) -> str:
    kind = item.get("kind")
    return kind if kind in NON_FIGURE_KINDS else "figures"


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def context(text: str, span: Any) -> str:
    try:
        s, e = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return ""
    left = text[max(0, s - CONTEXT_CHARS) : s]
    right = text[e : e + CONTEXT_CHARS]
    return (left + "【" + text[s:e] + "】" + right).replace("\r", "").replace("\n", "⏎")


@dataclass
class _Tally:
    counts: dict[str, list[int]] = field(default_factory=lambda: {g: [0, 0, 0] for g in GROUPS})
    attr_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ATTRIBUTES, 0))
    matched_figures: int = 0
    subject_exact: int = 0

    def add(self, group: str, slot: int) -> None:  # slot 0 tp, 1 fp, 2 fn
        self.counts[group][slot] += 1
        self.counts["all"][slot] += 1

    def result(self) -> dict[str, Any]:
        out: dict[str, Any] = {g: prf(*self.counts[g]) for g in GROUPS}
        out["attributes"] = {
            a: (self.attr_right[a] / self.matched_figures if self.matched_figures else 1.0)
            for a in ATTRIBUTES
        }
        out["attributes"]["subject_exact"] = (
            self.subject_exact / self.matched_figures if self.matched_figures else 1.0
        )
        out["matched_figures"] = self.matched_figures
        return out


def score_claims(gold_docs: Iterable[GoldDoc], predict: Predictor) -> dict[str, Any]:
    """Score ``predict`` on ``gold_docs``; see the module docstring for the rules."""
    overall = _Tally()
    per_split: dict[str, _Tally] = {}
    misses: list[dict[str, Any]] = []
    false_positives: list[dict[str, Any]] = []
    attribute_errors: list[dict[str, Any]] = []
    for doc in gold_docs:
        gold = list(doc.claims)
        pred = list(predict(doc.path) or [])
        pairs = match(gold, pred)
        tallies = (overall, per_split.setdefault(doc.split, _Tally()))
        matched_gold = {i for i, _ in pairs}
        matched_pred = {j for _, j in pairs}
        for i, j in pairs:
            g, p = gold[i], pred[j]
            for tally in tallies:
                tally.add(group_of(g), 0)
            if not is_figure(g):
                continue
            exact = subject_exact(g.get("subject"), p.get("subject"))
            for tally in tallies:
                tally.matched_figures += 1
                tally.subject_exact += exact
            for name in ATTRIBUTES:
                if attribute_correct(name, g.get(name), p.get(name)):
                    for tally in tallies:
                        tally.attr_right[name] += 1
                else:
                    attribute_errors.append(
                        {
                            "file": doc.name,
                            "attribute": name,
                            "text": g["text"],
                            "gold": g.get(name),
                            "predicted": p.get(name),
                            "context": context(doc.text, g["span"]),
                        }
                    )
        for i, g in enumerate(gold):
            if i not in matched_gold:
                for tally in tallies:
                    tally.add(group_of(g), 2)
                misses.append(
                    {
                        "file": doc.name,
                        "id": g["id"],
                        "kind": g["kind"],
                        "text": g["text"],
                        "value": g.get("value"),
                        "context": context(doc.text, g["span"]),
                    }
                )
        for j, p in enumerate(pred):
            if j not in matched_pred:
                for tally in tallies:
                    tally.add(group_of(p), 1)
                span = p.get("span")
                text = p.get("text")
                if text is None and span:
                    text = doc.text[span[0] : span[1]]
                false_positives.append(
                    {
                        "file": doc.name,
                        "kind": p.get("kind"),
                        "text": text,
                        "value": p.get("value"),
                        "context": context(doc.text, span),
                    }
                )
    result = overall.result()
    result["splits"] = {name: tally.result() for name, tally in sorted(per_split.items())}
    result["misses"] = misses
    result["false_positives"] = false_positives
    result["attribute_errors"] = attribute_errors
    return result


# -- command line ------------------------------------------------------------------------------


def gold_predictor(gold_docs: Iterable[GoldDoc]) -> Predictor:
    """A predictor that returns the gold claims in the design.md contract (for --self-test)."""
    by_path = {doc.path: doc for doc in gold_docs}

    def predict(path: Path) -> list[dict[str, Any]]:
        out = []
        for claim in by_path[path].claims:
            item = {
                k: claim[k]
                for k in (
                    "kind",
                    "unit",
                    "bound",
                    "direction",
                    "period",
                    "modality",
                    "subject",
                    "span",
                    "text",
                )
            }
            value = claim.get("value")
            item["value"] = (
                None
                if value is None
                else (int(value) if value.lstrip("-").isdigit() else float(value))
            )
            out.append(item)
        return out

    return predict


def load_predictor(spec: str) -> Predictor:
    module_name, _, func_name = spec.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, func_name or "predict")  # type: ignore[no-any-return]


def format_summary(result: dict[str, Any]) -> str:
    lines = []

    def block(title: str, res: dict[str, Any]) -> None:
        lines.append(title)
        for group in GROUPS:
            r = res[group]
            lines.append(
                f"  {group:<12} P={r['precision']:.3f} R={r['recall']:.3f} "
                f"F1={r['f1']:.3f}  (tp={r['tp']} fp={r['fp']} fn={r['fn']})"
            )
        attrs = "  ".join(f"{a}={v:.3f}" for a, v in res["attributes"].items())
        lines.append(f"  attributes over {res['matched_figures']} matched figures: {attrs}")

    block("overall", result)
    for name, res in result["splits"].items():
        block(f"split {name}", res)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score claim extraction on the report corpus")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    parser.add_argument("--self-test", action="store_true", help="score the gold against itself")
    parser.add_argument("--predict", metavar="MODULE:FUNC", help="predictor to score")
    parser.add_argument("--split", choices=("dev", "eval"), help="only files of this split")
    parser.add_argument("--show", type=int, default=20, help="misses/false positives to list")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = parser.parse_args(argv)
    docs = load_gold(args.corpus)
    if args.split:
        docs = [d for d in docs if d.split == args.split]
    if args.self_test:
        predict = gold_predictor(docs)
    elif args.predict:
        predict = load_predictor(args.predict)
    else:
        parser.error("give --self-test or --predict MODULE:FUNC")
    result = score_claims(docs, predict)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(format_summary(result))
    for title, items in (
        ("misses", result["misses"]),
        ("false positives", result["false_positives"]),
    ):
        if items:
            print(f"{title} ({len(items)}):")
            for item in items[: args.show]:
                print(f"  {item['file']}: {item['text']!r} {item['context']}")
    if args.self_test:
        perfect = all(result[g]["f1"] == 1.0 for g in GROUPS) and all(
            v == 1.0 for v in result["attributes"].values()
        )
        return 0 if perfect else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
