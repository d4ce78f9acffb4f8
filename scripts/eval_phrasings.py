"""Kind accuracy of the extractor on the phrasing set (corpora/phrasings/kinds.tsv).

    python scripts/eval_phrasings.py              # accuracy per set, confusion, wrong set-A items
    python scripts/eval_phrasings.py --show-b     # also list the wrong set-B items

Each line of the set is one figure of one sentence with its gold kind; `none` means the figure
is not a statistical claim (a threshold, rhetoric) and no claim may be read there. The figure is
found by its position in the sentence (it occurs there once), and the claim whose raw span is
exactly that figure gives the kind; a claim that only overlaps it counts as a wrong span
(`got` is the claim's kind with `~`), no claim at all as `none`.

Set A is for development (its errors may guide rules); set B is held out: by default only its
scores are printed, so that tuning never reads its sentences.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xinfang_nlp.extract import extract  # noqa: E402

PHRASINGS = ROOT / "corpora" / "phrasings" / "kinds.tsv"


@dataclass(frozen=True)
class Item:
    set: str
    sentence: str
    figure: str
    kind: str


def load(path: Path = PHRASINGS) -> list[Item]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    items = [Item(r["set"], r["sentence"], r["figure"], r["kind"]) for r in rows]
    for item in items:
        if item.sentence.count(item.figure) != 1:
            raise ValueError(f"figure {item.figure!r} must occur once in {item.sentence!r}")
    return items


def predict(items: list[Item]) -> list[str]:
    """The kind read for each item's figure (``none``, or ``~kind`` for a wrong span)."""
    by_sentence: dict[str, list] = {}
    got = []
    for item in items:
        if item.sentence not in by_sentence:
            by_sentence[item.sentence] = extract(item.sentence).claims
        start = item.sentence.index(item.figure)
        end = start + len(item.figure)
        exact = [c for c in by_sentence[item.sentence] if tuple(c.span) == (start, end)]
        if exact:
            got.append(exact[0].kind)
            continue
        near = [c for c in by_sentence[item.sentence] if c.span[0] < end and start < c.span[1]]
        got.append("~" + near[0].kind if near else "none")
    return got


def score(items: list[Item] | None = None) -> dict[str, Any]:
    items = load() if items is None else items
    got = predict(items)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    wrong: dict[str, list[tuple[Item, str]]] = defaultdict(list)
    for item, kind in zip(items, got, strict=True):
        total[item.set] += 1
        if kind == item.kind:
            right[item.set] += 1
        else:
            confusion[item.set][f"{item.kind}->{kind}"] += 1
            wrong[item.set].append((item, kind))
    return {
        "accuracy": {s: right[s] / total[s] for s in sorted(total)},
        "n": dict(sorted(total.items())),
        "confusion": {s: dict(c.most_common()) for s, c in sorted(confusion.items())},
        "wrong": dict(wrong),
    }


def print_report(result: dict[str, Any], show_b: bool = False) -> None:
    print("== phrasings (kind accuracy) ==")
    for s, acc in result["accuracy"].items():
        print(f"  set {s}: {acc:.3f}  (n={result['n'][s]})")
        print(f"    confusion (gold->got): {result['confusion'].get(s, {})}")
    for s in sorted(result["wrong"]):
        if s != "A" and not show_b:
            continue
        print(f"wrong set-{s} items ({len(result['wrong'][s])}):")
        for item, kind in result["wrong"][s]:
            print(f"  {item.figure}: {item.kind}->{kind}  {item.sentence}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show-b", action="store_true", help="also list wrong set-B items")
    args = parser.parse_args(argv)
    print_report(score(), show_b=args.show_b)
    return 0


if __name__ == "__main__":
    sys.exit(main())
