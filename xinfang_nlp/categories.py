"""Petition-issue categories: the fixed taxonomy and the trained classifier that maps text onto it.

The taxonomy is data (``resources/taxonomy.tsv``); the classifier is a scikit-learn pipeline
trained by ``scripts/train_classifier.py`` on ``corpora/categories/train.tsv`` and saved with
skops (never pickle) next to a JSON sidecar that records the file's sha256, the class list and the
library versions. Loading refuses a missing, tampered or corrupted file, and any type in the file
outside :data:`ALLOWED_TYPES`, with a :class:`ModelError`.

Text is turned into features *outside* the saved pipeline (:func:`feature_rows`), so the model file
holds only scikit-learn, NumPy and SciPy objects and never needs to trust our own code.

>>> [c.id for c in taxonomy()][:3]
['urban_construction', 'land_resources', 'agriculture_rural']
>>> category("discipline").label_zh, category("discipline").label_en
('纪检监察', 'Discipline inspection')
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import threading
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import regex

from ._lexicon import data_lines
from ._patterns import REGEX_TIMEOUT
from .errors import CodedError
from .i18n import message

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "ALLOWED_TYPES",
    "MODEL_ENV_VAR",
    "SIDECAR_SCHEMA",
    "Category",
    "CategoryClassifier",
    "ModelError",
    "ModelVersionWarning",
    "Prediction",
    "category",
    "default_model_path",
    "feature_rows",
    "load_classifier",
    "normalize_for_features",
    "read_examples",
    "sidecar_path",
    "taxonomy",
]

#: Environment variable that points at another ``.skops`` model file.
MODEL_ENV_VAR = "XINFANG_CATEGORY_MODEL"
#: The ``schema`` value of the JSON sidecar written by ``scripts/train_classifier.py``.
SIDECAR_SCHEMA = "xinfang.category_model/1"

#: Every type a category model file may contain. Loading walks the whole object tree stored in
#: the file (not only the types skops itself distrusts) and refuses anything not listed here, so
#: a file that passes the checksum but was built from other objects still cannot be loaded.
#: Keep this list explicit and short: it is the security boundary of model loading.
ALLOWED_TYPES: frozenset[str] = frozenset(
    {
        "builtins.bool",
        "builtins.dict",
        "builtins.float",
        "builtins.int",
        "builtins.list",
        "builtins.slice",
        "builtins.str",
        "builtins.tuple",
        "numpy.float64",
        "numpy.int64",
        "numpy.ndarray",
        "sklearn.compose._column_transformer.ColumnTransformer",
        "sklearn.feature_extraction.text.TfidfTransformer",
        "sklearn.feature_extraction.text.TfidfVectorizer",
        "sklearn.linear_model._logistic.LogisticRegression",
        "sklearn.pipeline.Pipeline",
    }
)

_MESSAGES = {
    "missing": {
        "zh": "找不到分类模型文件:{path}(请先运行 python scripts/train_classifier.py 训练模型)",
        "en": "Category model not found: {path} (train it with python scripts/train_classifier.py)",
    },
    "sidecar_missing": {
        "zh": "找不到分类模型的说明文件:{path}(模型文件无法校验,已拒绝加载)",
        "en": "Category model sidecar not found: {path} (the model cannot be verified; refused)",
    },
    "sidecar_invalid": {
        "zh": "分类模型的说明文件无效:{path}({reason})",
        "en": "Invalid category model sidecar: {path} ({reason})",
    },
    "tampered": {
        "zh": "分类模型文件校验失败,文件已被修改或损坏,已拒绝加载:{path}"
        "(sha256 应为 {expected},实际为 {actual})",
        "en": "Category model checksum mismatch; the file was modified or damaged and was refused: "
        "{path} (expected sha256 {expected}, got {actual})",
    },
    "corrupted": {
        "zh": "分类模型文件已损坏,无法读取:{path}({reason})",
        "en": "Category model file is corrupted and cannot be read: {path} ({reason})",
    },
    "untrusted": {
        "zh": "分类模型文件含有不受信任的类型,已拒绝加载:{path}({types})",
        "en": "Category model file contains untrusted types and was refused: {path} ({types})",
    },
    "incompatible": {
        "zh": "分类模型与本程序不匹配:{path}({reason})",
        "en": "Category model does not match this program: {path} ({reason})",
    },
    "version_mismatch": {
        "zh": "分类模型用 scikit-learn {trained} 训练,当前为 {installed},结果可能不同;"
        "建议重新运行 python scripts/train_classifier.py",
        "en": "The category model was trained with scikit-learn {trained} but {installed} is "
        "installed; results may differ. Retrain with python scripts/train_classifier.py",
    },
    "unknown_category": {
        "zh": "未知的类别编号:{id}",
        "en": "Unknown category id: {id}",
    },
}


class ModelError(CodedError):
    """A category model that cannot be used. ``code`` is stable; ``str(err)`` is Chinese.

    >>> err = ModelError("missing", path="m.skops")
    >>> err.code
    'missing'
    >>> err.message("en")
    'Category model not found: m.skops (train it with python scripts/train_classifier.py)'
    """

    catalogue = _MESSAGES


class ModelVersionWarning(UserWarning):
    """The model was trained with another scikit-learn version than the one installed."""


# ---------------------------------------------------------------------------------------------
# Taxonomy


@dataclass(frozen=True, slots=True)
class Category:
    """One category of the fixed taxonomy; ``id`` is the stable key used in JSON output."""

    id: str
    label_zh: str
    label_en: str
    description: str = ""

    def label(self, lang: str = "zh") -> str:
        """The display label in ``lang`` (Chinese unless ``lang == "en"``)."""
        return self.label_en if lang == "en" else self.label_zh


@cache
def _taxonomy() -> tuple[Category, ...]:
    categories = []
    for line in data_lines("taxonomy.tsv"):
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) < 3:
            raise ValueError(f"taxonomy.tsv: expected id, label_zh, label_en: {line!r}")
        description = fields[3] if len(fields) > 3 else ""
        categories.append(Category(fields[0], fields[1], fields[2], description))
    return tuple(categories)


def taxonomy() -> tuple[Category, ...]:
    """All categories, in display order (read once from ``resources/taxonomy.tsv``)."""
    return _taxonomy()


@cache
def _by_id() -> Mapping[str, Category]:
    return MappingProxyType({item.id: item for item in _taxonomy()})


def category(category_id: str) -> Category:
    """The category with this id; ``KeyError`` (with a Chinese message) when there is none."""
    try:
        return _by_id()[category_id]
    except KeyError:
        raise KeyError(message(_MESSAGES, "unknown_category", "zh", id=category_id)) from None


# ---------------------------------------------------------------------------------------------
# Features (computed outside the persisted pipeline)

_DIGITS = regex.compile(r"\d+(?:[.,]\d+)*")
_SPACES = regex.compile(r"\s+")


@cache
def _t2s() -> Any:
    import opencc  # heavy C++ extension: imported on first use

    return opencc.OpenCC("t2s")


def normalize_for_features(text: str) -> str:
    """The text the classifier sees: NFKC, simplified script, digit runs as ``0``, one space.

    Figures carry no category information, and folding them keeps ``17批`` and ``4批`` alike.

    >>> normalize_for_features("勞資糾紛問題來訪１７批 147人次")
    '劳资纠纷问题来访0批 0人次'
    """
    text = unicodedata.normalize("NFKC", text)
    text = _t2s().convert(text)
    text = _DIGITS.sub("0", text, timeout=REGEX_TIMEOUT)
    return _SPACES.sub(" ", text, timeout=REGEX_TIMEOUT).strip()


def feature_rows(texts: Sequence[str]) -> np.ndarray:
    """An ``(n, 2)`` object array: normalized text (for character n-grams) and its jieba words
    joined by spaces (for word n-grams). This is the input format of the saved pipeline."""
    import numpy as np

    from .tokenize import word_tokenizer

    tokenizer = word_tokenizer()
    rows = np.empty((len(texts), 2), dtype=object)
    for index, text in enumerate(texts):
        normalized = normalize_for_features(text)
        rows[index, 0] = normalized
        rows[index, 1] = " ".join(tokenizer.words(normalized))
    return rows


# ---------------------------------------------------------------------------------------------
# Corpus files


def read_examples(path: str | Path) -> list[tuple[str, str]]:
    """``(category_id, text)`` pairs of a labelled TSV corpus file (``#`` comments and the
    ``category<TAB>text`` header are skipped); an unknown id raises ``ValueError``."""
    known = _by_id()
    examples = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, sep, text = line.partition("\t")
        if not sep or not text.strip():
            raise ValueError(f"{path}:{number}: expected 'category<TAB>text': {line!r}")
        if label == "category" and text == "text":
            continue
        if label not in known:
            raise ValueError(f"{path}:{number}: unknown category id {label!r}")
        examples.append((label, text.strip()))
    return examples


# ---------------------------------------------------------------------------------------------
# Model files


def default_model_path() -> Path:
    """``$XINFANG_CATEGORY_MODEL`` if set, else ``models/category_model.skops`` of the project."""
    override = os.environ.get(MODEL_ENV_VAR)
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "models" / "category_model.skops"


def sidecar_path(model_path: str | Path) -> Path:
    """The JSON sidecar that belongs to a ``.skops`` model file."""
    return Path(model_path).with_suffix(".json")


@dataclass(frozen=True, slots=True)
class Prediction:
    """The category of one text: the top class, its probability and the (up to) three best
    classes, best first. Blank text is ``other`` with score 1.0 by rule."""

    text: str
    category: str
    label: str
    score: float
    top: tuple[tuple[str, float], ...]


class CategoryClassifier:
    """A verified, loaded category model; build it through :func:`load_classifier`."""

    def __init__(self, pipeline: Any, metadata: Mapping[str, Any], path: Path) -> None:
        self._pipeline = pipeline
        self._classes: tuple[str, ...] = tuple(str(name) for name in pipeline.classes_)
        self.metadata: Mapping[str, Any] = MappingProxyType(dict(metadata))
        self.path = path
        # A fitted pipeline is not documented as thread-safe; serialize predict_proba calls.
        self._lock = threading.Lock()

    @property
    def classes(self) -> tuple[str, ...]:
        """Category ids in the model's column order."""
        return self._classes

    def predict(self, texts: Iterable[str]) -> list[Prediction]:
        """One :class:`Prediction` per text, in order."""
        items = list(texts)
        if not items:
            return []
        rows = feature_rows(items)
        with self._lock:
            probabilities = self._pipeline.predict_proba(rows)
        return ranked_predictions(items, rows, probabilities, self._classes)


def ranked_predictions(
    items: Sequence[str], rows: Any, probabilities: Any, classes: Sequence[str]
) -> list[Prediction]:
    """Predictions from class probabilities (``rows`` are :func:`feature_rows`)."""
    predictions = []
    for text, features, row in zip(items, rows, probabilities, strict=True):
        if not features[0]:
            predictions.append(_blank(text))
            continue
        # Highest probability first; ties broken by taxonomy order for determinism.
        ranked = sorted(
            zip(classes, (float(p) for p in row), strict=True),
            key=lambda pair: (-pair[1], _rank(pair[0])),
        )
        best_id, best_score = ranked[0]
        predictions.append(
            Prediction(
                text=text,
                category=best_id,
                label=category(best_id).label_zh,
                score=best_score,
                top=tuple(ranked[:3]),
            )
        )
    return predictions


def _blank(text: str) -> Prediction:
    # Text without a single character to go on names no issue: that is "other" by rule, not a
    # model guess (the model would only return its class priors).
    return Prediction(text, "other", category("other").label_zh, 1.0, (("other", 1.0),))


def _rank(category_id: str) -> int:
    return _order().get(category_id, len(_order()))


@cache
def _order() -> Mapping[str, int]:
    return MappingProxyType({item.id: index for index, item in enumerate(_taxonomy())})


def load_classifier(path: str | Path | None = None) -> CategoryClassifier:
    """The verified classifier at ``path`` (default :func:`default_model_path`), loaded once per
    process and path. Raises :class:`ModelError` when it is missing, tampered or corrupted."""
    resolved = Path(path) if path is not None else default_model_path()
    return _load_verified(str(resolved.expanduser().resolve()))


@cache
def _load_verified(path_text: str) -> CategoryClassifier:
    path = Path(path_text)
    if not path.is_file():
        raise ModelError("missing", path=path)
    metadata = _read_sidecar(sidecar_path(path))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ModelError("corrupted", path=path, reason=error.strerror or error) from error

    actual = hashlib.sha256(data).hexdigest()
    if actual != metadata["sha256"]:
        raise ModelError("tampered", path=path, expected=metadata["sha256"], actual=actual)

    import skops.io

    try:
        stored = _stored_types(data)
        flagged = set(skops.io.get_untrusted_types(data=data))
    except Exception as error:  # a damaged zip or schema raises many different types
        raise ModelError("corrupted", path=path, reason=_reason(error)) from error
    refused = sorted((stored | flagged) - ALLOWED_TYPES)
    if refused:
        raise ModelError("untrusted", path=path, types=", ".join(refused))
    try:
        # ``flagged`` is a subset of ALLOWED_TYPES here: trust exactly what was audited.
        pipeline = skops.io.load(io.BytesIO(data), trusted=sorted(flagged))
    except Exception as error:
        raise ModelError("corrupted", path=path, reason=_reason(error)) from error

    _check_compatible(pipeline, metadata, path)
    _warn_on_version_mismatch(metadata)
    return CategoryClassifier(pipeline, metadata, path)


def _stored_types(data: bytes) -> set[str]:
    """``module.class`` of every object recorded in a skops archive's ``schema.json``."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        schema = json.loads(archive.read("schema.json"))
    found: set[str] = set()
    pending: list[Any] = [schema]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            module, name = node.get("__module__"), node.get("__class__")
            if isinstance(module, str) and isinstance(name, str):
                found.add(f"{module}.{name}")
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    if not found:
        raise ValueError("schema.json records no objects")
    return found


def _reason(error: BaseException) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _read_sidecar(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise ModelError("sidecar_missing", path=path)
    try:
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelError("sidecar_invalid", path=path, reason=_reason(error)) from error
    if not isinstance(metadata, dict) or metadata.get("schema") != SIDECAR_SCHEMA:
        raise ModelError("sidecar_invalid", path=path, reason=f"schema ≠ {SIDECAR_SCHEMA}")
    for key, kind in (("sha256", str), ("classes", list), ("sklearn_version", str)):
        if not isinstance(metadata.get(key), kind):
            raise ModelError("sidecar_invalid", path=path, reason=f"{key}?")
    return metadata


def _check_compatible(pipeline: Any, metadata: Mapping[str, Any], path: Path) -> None:
    from sklearn.pipeline import Pipeline

    if not isinstance(pipeline, Pipeline) or not hasattr(pipeline, "predict_proba"):
        raise ModelError("incompatible", path=path, reason=type(pipeline).__name__)
    classes = [str(name) for name in getattr(pipeline, "classes_", [])]
    if classes != list(metadata["classes"]):
        raise ModelError("incompatible", path=path, reason="classes ≠ sidecar")
    unknown = sorted(set(classes) - set(_by_id()))
    if unknown:
        raise ModelError("incompatible", path=path, reason="unknown ids: " + ", ".join(unknown))


def _warn_on_version_mismatch(metadata: Mapping[str, Any]) -> None:
    import sklearn

    trained = metadata["sklearn_version"]
    if trained != sklearn.__version__:
        warnings.warn(
            message(
                _MESSAGES, "version_mismatch", "zh", trained=trained, installed=sklearn.__version__
            ),
            ModelVersionWarning,
            stacklevel=4,
        )
