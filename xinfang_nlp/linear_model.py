"""The category model as plain arrays, for prediction without importing scikit-learn.

Importing scikit-learn and skops costs seconds — more than everything else ``xinfang inspect``
does. The trained pipeline is linear (TF-IDF over character and word n-grams, then logistic
regression), so its prediction is a few lines of NumPy once the vocabularies, idf weights and
coefficients are written out. ``scripts/export_linear_model.py`` writes them from the verified
skops model into ``models/category_model.linear.npz`` (``allow_pickle=False``: arrays of numbers
and fixed-width strings only) with a sidecar naming the sha256 of both files; this module loads
that export only when both hashes match, so it always answers for the current model.
``tests/test_categories.py`` checks that both give the same probabilities.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import zipfile
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from ._patterns import REGEX_TIMEOUT
from .categories import (
    Prediction,
    default_model_path,
    feature_rows,
    ranked_predictions,
    sidecar_path,
)

if TYPE_CHECKING:
    import numpy as np

SCHEMA = "xinfang.category_model.linear/1"


def export_path(model_path: str | Path) -> Path:
    return Path(model_path).with_suffix(".linear.npz")


def export_sidecar_path(model_path: str | Path) -> Path:
    return Path(model_path).with_suffix(".linear.json")


def export_arrays(pipeline: Any) -> bytes:
    """The ``.npz`` bytes of a fitted pipeline (ColumnTransformer of two TfidfVectorizers, then
    LogisticRegression), deterministic for the same model."""
    import numpy as np

    features = pipeline.named_steps["features"]
    classifier = pipeline.named_steps["classifier"]
    chars = features.named_transformers_["chars"]
    words = features.named_transformers_["words"]
    weights = features.transformer_weights or {}

    def vocabulary(vectorizer: Any) -> np.ndarray:
        terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        return np.array(terms, dtype=str)

    arrays = {
        "classes": np.array([str(c) for c in classifier.classes_], dtype=str),
        "char_terms": vocabulary(chars),
        "char_idf": np.asarray(chars.idf_, dtype=np.float64),
        "char_ngram_range": np.array(chars.ngram_range, dtype=np.int64),
        "word_terms": vocabulary(words),
        "word_idf": np.asarray(words.idf_, dtype=np.float64),
        "word_ngram_range": np.array(words.ngram_range, dtype=np.int64),
        "weights": np.array(
            [weights.get("chars", 1.0), weights.get("words", 1.0)], dtype=np.float64
        ),
        "coef": np.asarray(classifier.coef_, dtype=np.float64),
        "intercept": np.asarray(classifier.intercept_, dtype=np.float64),
    }
    # np.savez stamps the current time into the zip; fixed entries keep the bytes reproducible
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            entry = zipfile.ZipInfo(f"{name}.npy", date_time=(2024, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            payload = io.BytesIO()
            np.lib.format.write_array(payload, array, allow_pickle=False)
            archive.writestr(entry, payload.getvalue())
    return buffer.getvalue()


class LinearClassifier:
    """Prediction from the exported arrays; same interface as ``CategoryClassifier.predict``."""

    def __init__(self, arrays: Any, path: Path) -> None:
        import numpy as np

        self.path = path
        self.classes: tuple[str, ...] = tuple(str(c) for c in arrays["classes"])
        self._char_index = {str(t): i for i, t in enumerate(arrays["char_terms"])}
        self._word_index = {str(t): i for i, t in enumerate(arrays["word_terms"])}
        self._char_idf = np.asarray(arrays["char_idf"])
        self._word_idf = np.asarray(arrays["word_idf"])
        self._char_range = tuple(int(n) for n in arrays["char_ngram_range"])
        self._word_range = tuple(int(n) for n in arrays["word_ngram_range"])
        self._weights = tuple(float(w) for w in arrays["weights"])
        self._coef = np.asarray(arrays["coef"])
        self._intercept = np.asarray(arrays["intercept"])

    def predict(self, texts: Iterable[str]) -> list[Prediction]:
        import numpy as np

        items = list(texts)
        if not items:
            return []
        rows = feature_rows(items)
        n_chars = len(self._char_index)
        scores = np.empty((len(items), len(self.classes)))
        for r, (chars, words) in enumerate(rows):
            vector = np.zeros(self._coef.shape[1])
            self._fill(
                vector,
                _char_ngrams(chars, self._char_range),
                self._char_index,
                self._char_idf,
                0,
                self._weights[0],
            )
            self._fill(
                vector,
                _word_ngrams(words, self._word_range),
                self._word_index,
                self._word_idf,
                n_chars,
                self._weights[1],
            )
            scores[r] = self._coef @ vector + self._intercept
        if len(self.classes) == 2:  # binary logistic regression: one column of scores
            positive = 1 / (1 + np.exp(-scores[:, -1]))
            probabilities = np.column_stack([1 - positive, positive])
        else:
            shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
            probabilities = shifted / shifted.sum(axis=1, keepdims=True)
        return ranked_predictions(items, rows, probabilities, self.classes)

    @staticmethod
    def _fill(
        vector: np.ndarray,
        terms: list[str],
        index: dict[str, int],
        idf: np.ndarray,
        offset: int,
        weight: float,
    ) -> None:
        """TF-IDF with sublinear tf and l2 norm (TfidfVectorizer's defaults as trained)."""
        counts = Counter(t for t in terms if t in index)
        if not counts:
            return
        columns = [index[t] for t in counts]
        values = [(1 + math.log(n)) * idf[c] for c, n in zip(columns, counts.values(), strict=True)]
        norm = math.sqrt(sum(v * v for v in values))
        for column, value in zip(columns, values, strict=True):
            vector[offset + column] = weight * value / norm


def _char_ngrams(text: str, ngram_range: tuple[int, int]) -> list[str]:
    # TfidfVectorizer(analyzer="char"): lowercase, runs of whitespace → one space, all n-grams
    text = _WHITESPACE_RUN.sub(" ", text.lower(), timeout=REGEX_TIMEOUT)
    low, high = ngram_range
    return [text[i : i + n] for n in range(low, high + 1) for i in range(len(text) - n + 1)]


_WHITESPACE_RUN = regex.compile(r"\s\s+")


def _word_ngrams(text: str, ngram_range: tuple[int, int]) -> list[str]:
    # TfidfVectorizer(analyzer="word", token_pattern=r"\S+", lowercase=False)
    tokens = text.split()
    low, high = ngram_range
    return [
        " ".join(tokens[i : i + n])
        for n in range(low, high + 1)
        for i in range(len(tokens) - n + 1)
    ]


def load_linear_classifier(model_path: str | Path | None = None) -> LinearClassifier | None:
    """The exported classifier for the model at ``model_path`` (default: the project's model),
    or ``None`` when there is no export or it does not belong to that exact model file."""
    resolved = Path(model_path) if model_path is not None else default_model_path()
    return _load(str(resolved.expanduser().resolve()))


@cache
def _load(model_path_text: str) -> LinearClassifier | None:
    import numpy as np

    model_path = Path(model_path_text)
    try:
        model_sidecar = json.loads(sidecar_path(model_path).read_text(encoding="utf-8"))
        export_sidecar = json.loads(export_sidecar_path(model_path).read_text(encoding="utf-8"))
        data = export_path(model_path).read_bytes()
    except (OSError, ValueError):
        return None
    if (
        not isinstance(export_sidecar, dict)
        or export_sidecar.get("schema") != SCHEMA
        or export_sidecar.get("model_sha256") != model_sidecar.get("sha256")
        or export_sidecar.get("sha256") != hashlib.sha256(data).hexdigest()
        or model_sidecar.get("sha256") != _file_sha256(model_path)
    ):
        return None
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            return LinearClassifier({key: arrays[key] for key in arrays.files}, model_path)
    except (OSError, ValueError, KeyError):
        return None


def _file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def export_sidecar(model_sha256: str, data: bytes) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "model_sha256": model_sha256,
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
    }
