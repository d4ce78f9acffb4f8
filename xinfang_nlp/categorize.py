"""Stage 5 — petition-issue categories on claims, and the report's category table.

A claim gets a category when it is an item of a category breakdown (``按反映内容分类:劳资纠纷问题
来访17批…;民政救助类8件…``) or when what it counts is named as a category (``反映执法监督类问题
213件``). The name is classified by the trained model (:mod:`xinfang_nlp.categories`), never by
a hand list of phrases. The table sums the breakdown items per category and unit, per report
part (篇) so that several reports in one file are not mixed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import regex

from ._patterns import REGEX_TIMEOUT, remembered
from .extract import Claim, Extraction
from .numbers import json_number

__all__ = ["CategoryRow", "categorize"]

# A breakdown announces itself (按内容分类:, 从反映问题看,); its items run through the
# ;-joined sentences that follow. Category-like names end in 类/问题/纠纷.
_BREAKDOWN = regex.compile(
    r"(?:按|从)[^,;。:]{0,14}?(?:内容|问题|类别|性质|诉求|领域|类型)[^,;。:]{0,6}?"
    r"(?:分类|划分|来看|看|分)[,:]|分类(?:情况)?(?:为|是)?:"
)
_CATEGORY_NAME = regex.compile(r"(?:类|问题)(?:问题)?(?:的)?(?:来信|来访|信访)?$")
# (a sentence is asked twice, by _breakdown_claims and _breakdown_head: remembered)
_breakdown_in = remembered(_BREAKDOWN.search)
# What a text must hold for _BREAKDOWN / _CATEGORY_NAME to match, tested first because most
# sentences and subjects hold none of it and a regex call under a timeout costs microseconds.
# Keep in step with the patterns.
_BREAKDOWN_WORDS = ("按", "从", "分类")
_CATEGORY_WORDS = ("类", "问题")


def _may_contain(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


@dataclass(frozen=True, slots=True)
class CategoryRow:
    """One row of the category table: ``count`` items of ``category`` in ``unit``."""

    category: str
    label: str
    count: Decimal
    unit: str
    part: int
    claims: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "count": json_number(self.count),
            "unit": self.unit,
            "label": self.label,
            "part": self.part,
            "claims": list(self.claims),
        }


def categorize(
    extraction: Extraction, *, classifier: object | None = None
) -> tuple[tuple[Claim, ...], tuple[CategoryRow, ...]]:
    """Claims with ``category`` filled where they name one, and the category table.

    The classifier is loaded on first need only, so documents without breakdowns cost nothing.
    """
    claims = list(extraction.claims)
    in_breakdown = _breakdown_claims(extraction)
    wanted = [
        i
        for i, claim in enumerate(claims)
        if claim.subject
        and claim.kind in ("count", "amount", "share")
        and (
            i in in_breakdown
            or (
                _may_contain(claim.subject, _CATEGORY_WORDS)
                and _CATEGORY_NAME.search(claim.subject, timeout=REGEX_TIMEOUT)
            )
        )
    ]
    if not wanted:
        return tuple(claims), ()
    names = sorted({claims[i].subject or "" for i in wanted})
    predictions = _predict(names, classifier)
    for i in wanted:
        claims[i] = replace(claims[i], category=predictions[claims[i].subject or ""])
    rows = _table(extraction, claims, in_breakdown)
    return tuple(claims), rows


def _predict(names: list[str], classifier: object | None) -> dict[str, str]:
    """Category ids for names. Without an explicit classifier, answers come from a per-user
    cache keyed by the model's sha256 when possible (loading scikit-learn and the model costs
    seconds; category headings repeat from report to report), and the model is loaded only for
    names it has not seen."""
    if classifier is not None:
        return {p.text: p.category for p in classifier.predict(names)}  # type: ignore[attr-defined]
    cache = _PredictionCache.open()
    known = cache.lookup(names)
    missing = [name for name in names if name not in known]
    if missing:
        from .linear_model import load_linear_classifier

        # the exported arrays answer without importing scikit-learn (seconds); the skops model
        # itself is loaded only when the export is missing or belongs to another model file
        model: Any = load_linear_classifier()
        if model is None:
            from .categories import load_classifier

            model = load_classifier()
        fresh = {p.text: p.category for p in model.predict(missing)}
        cache.store(fresh)
        known.update(fresh)
    return known


class _PredictionCache:
    """JSON file ``category-predictions-<model sha>.json`` in the user's cache folder.

    Plain data only (never pickle); a damaged or foreign file is ignored and rewritten. Set
    ``XINFANG_NO_CACHE=1`` to bypass it.
    """

    _LIMIT = 50_000

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, str] = {}
        if path is not None and path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(data, dict) and all(
                    isinstance(k, str) and isinstance(v, str) for k, v in data.items()
                ):
                    self.entries = data
            except (OSError, ValueError):
                self.entries = {}

    @classmethod
    def open(cls) -> _PredictionCache:
        """The cache for the current model, read once per process (a batch of many documents
        must not re-read the sidecar and the cache file for each of them)."""
        if os.environ.get("XINFANG_NO_CACHE"):
            return cls(None)
        from .categories import default_model_path

        return _open_cache(
            str(default_model_path()), os.environ.get("XDG_CACHE_HOME", ""), str(Path.home())
        )

    def lookup(self, names: list[str]) -> dict[str, str]:
        return {name: self.entries[name] for name in names if name in self.entries}

    def store(self, fresh: dict[str, str]) -> None:
        if self.path is None or len(self.entries) + len(fresh) > self._LIMIT:
            return
        self.entries.update(fresh)
        try:
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps(self.entries, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            pass  # a cache that cannot be written only costs time


@cache
def _open_cache(model_path: str, xdg_cache_home: str, home: str) -> _PredictionCache:
    """One cache object per model and cache location (the arguments are the cache key)."""
    from .categories import sidecar_path
    from .tokenize import cache_dir

    try:
        sidecar = json.loads(sidecar_path(model_path).read_text(encoding="utf-8"))
        digest = str(sidecar["sha256"])[:16]
    except (OSError, ValueError, KeyError, TypeError):
        return _PredictionCache(None)  # no usable model description: the loader will report it
    return _PredictionCache(cache_dir() / f"category-predictions-{digest}.json")


def _breakdown_claims(extraction: Extraction) -> set[int]:
    """Indices of the claims that are items of a category breakdown (current period only)."""
    sentences = extraction.segmentation.sentences
    index_of = {claim.id: i for i, claim in enumerate(extraction.claims)}
    by_sentence: dict[int, list[Claim]] = {}
    for claim in extraction.claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    found: set[int] = set()
    for position, sentence in enumerate(sentences):
        if not _may_contain(sentence.text, _BREAKDOWN_WORDS):
            continue
        match = _breakdown_in(sentence.text)
        if not match:
            continue
        start = sentence.start + match.end()
        current = position
        while True:
            for claim in by_sentence.get(current, []):
                if (
                    claim.norm_span[0] >= start
                    and claim.period == "current"
                    and (claim.kind in ("count", "amount"))
                ):
                    found.add(index_of[claim.id])
            if current + 1 >= len(sentences) or not sentences[current].text.endswith(";"):
                break
            current += 1
    return found


def _table(
    extraction: Extraction, claims: Sequence[Claim], in_breakdown: set[int]
) -> tuple[CategoryRow, ...]:
    from .categories import category as category_info

    part_starts = [s.start for s in extraction.segmentation.sections if s.level == 0]
    sentences = extraction.segmentation.sentences
    totals: dict[tuple[int, str, str], list[Claim]] = {}
    seen_first: dict[int, int] = {}  # part → sentence of its first breakdown
    for i in sorted(in_breakdown):
        claim = claims[i]
        if claim.category is None or claim.modality != "actual":
            continue
        start = sentences[claim.sentence].start if sentences else 0
        part = sum(1 for s in part_starts if s <= start)
        # only the first breakdown of a part: later ones (集体访按内容分类) are subsets
        first = seen_first.setdefault(part, _breakdown_head(extraction, claim.sentence))
        if _breakdown_head(extraction, claim.sentence) != first:
            continue
        totals.setdefault((part, claim.category, claim.unit), []).append(claim)
    rows = []
    for (part, category_id, unit), members in totals.items():
        rows.append(
            CategoryRow(
                category=category_id,
                label=category_info(category_id).label_zh,
                count=sum((c.value for c in members), Decimal(0)),
                unit=unit,
                part=part,
                claims=tuple(c.id for c in members),
            )
        )
    return tuple(rows)


def _breakdown_head(extraction: Extraction, sentence_index: int) -> int:
    """The sentence that announced the breakdown a sentence belongs to."""
    sentences = extraction.segmentation.sentences
    index = sentence_index
    while (
        index > 0
        and not (
            _may_contain(sentences[index].text, _BREAKDOWN_WORDS)
            and _breakdown_in(sentences[index].text)
        )
        and sentences[index - 1].text.endswith(";")
    ):
        index -= 1
    return index
