"""Evaluate the saved category classifier.

    python scripts/eval_categories.py           # summary
    python scripts/eval_categories.py --json    # the dict, as JSON

Held-out accuracy and macro-F1 are computed now, with the saved (and verified) model in
``models/``, on ``corpora/categories/heldout.tsv``. The cross-validated macro-F1 on the training
corpus is read from the model's sidecar (recomputing it means retraining: run
``scripts/train_classifier.py``); ``train_corpus_matches`` says whether ``train.tsv`` is still the
file that number was measured on. ``scripts/evaluate.py`` calls :func:`evaluate_categories`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xinfang_nlp.categories import load_classifier, read_examples  # noqa: E402

TRAIN_PATH = ROOT / "corpora" / "categories" / "train.tsv"
HELDOUT_PATH = ROOT / "corpora" / "categories" / "heldout.tsv"
SHOW_WRONG = 10


def evaluate_categories(model_path: str | Path | None = None) -> dict[str, Any]:
    """CV macro-F1 (from the sidecar) and held-out accuracy/macro-F1 (computed now)."""
    from sklearn.metrics import accuracy_score, f1_score

    classifier = load_classifier(model_path)
    metadata = classifier.metadata
    examples = read_examples(HELDOUT_PATH)
    gold = [label for label, _ in examples]
    predictions = classifier.predict([text for _, text in examples])
    guess = [prediction.category for prediction in predictions]
    wrong = [
        f"{label}→{prediction.category} ({prediction.score:.2f}): {prediction.text}"
        for label, prediction in zip(gold, predictions, strict=True)
        if label != prediction.category
    ]
    train_sha = hashlib.sha256(TRAIN_PATH.read_bytes()).hexdigest()
    return {
        "cv_macro_f1": metadata["cv"]["macro_f1"],
        "cv_folds": metadata["cv"]["folds"],
        "train_examples": metadata["corpus"]["train"]["examples"],
        "train_corpus_matches": train_sha == metadata["corpus"]["train"]["sha256"],
        "heldout_examples": len(examples),
        "heldout_accuracy": round(accuracy_score(gold, guess), 4),
        "heldout_macro_f1": round(f1_score(gold, guess, average="macro"), 4),
        "heldout_wrong": wrong[:SHOW_WRONG],
        "sklearn_version": metadata["sklearn_version"],
        "model_sha256": metadata["sha256"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = evaluate_categories()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(
        f"cross-validated macro-F1 {result['cv_macro_f1']:.4f} ({result['cv_folds']} folds, "
        f"{result['train_examples']} training examples"
        f"{'' if result['train_corpus_matches'] else '; train.tsv changed since training'})"
    )
    print(
        f"held-out accuracy {result['heldout_accuracy']:.4f}, macro-F1 "
        f"{result['heldout_macro_f1']:.4f} ({result['heldout_examples']} examples)"
    )
    if result["heldout_wrong"]:
        print("held-out errors (gold→predicted):")
        for line in result["heldout_wrong"]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
