"""The pipeline end to end: ``analyze(path)`` → :class:`Report`.

``analyze_document`` is the one pure per-document entry point (no shared state, picklable
arguments and results), so batch runners can call it in worker processes.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from .categorize import CategoryRow, categorize
from .checks import Check, CheckOptions, check
from .extract import Anomaly, Claim, Extraction, extract
from .normalize import normalize
from .read import DEFAULT_MAX_BYTES, Document, read_document

__all__ = ["SCHEMA", "Report", "Source", "analyze", "analyze_document", "analyze_text"]

SCHEMA = "xinfang.report/1"


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    encoding: str
    chars: int
    script: str
    format: str
    size_bytes: int
    normalization: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Report:
    source: Source
    claims: tuple[Claim, ...]
    anomalies: tuple[Anomaly, ...]
    checks: tuple[Check, ...] = ()
    categories: tuple[CategoryRow, ...] = ()
    extraction: Extraction | None = field(default=None, repr=False, compare=False)

    @cached_property
    def _line_starts(self) -> list[int]:
        return _line_starts(self.extraction.normalized.raw) if self.extraction else [0]

    def line_of(self, raw_offset: int) -> int:
        """1-based line number of a raw offset (for file:line in findings)."""
        if self.extraction is None:
            return 0
        return bisect_right(self._line_starts, raw_offset)

    def sentence_text(self, index: int) -> str:
        if self.extraction is None or not self.extraction.segmentation.sentences:
            return ""
        return self.extraction.segmentation.sentences[index].text


def _line_starts(raw: str) -> list[int]:
    starts = [0]
    position = raw.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = raw.find("\n", position + 1)
    return starts


def analyze_document(document: Document, *, options: CheckOptions | None = None) -> Report:
    """Run every stage on a decoded document."""
    normalized = normalize(document.text)
    extraction = extract(normalized)
    claims, categories = categorize(extraction)
    extraction = replace(extraction, claims=claims)
    checks = check(extraction, options=options or CheckOptions())
    source = Source(
        path=document.path,
        encoding=document.encoding,
        chars=document.chars,
        script=normalized.script,
        format=document.format,
        size_bytes=document.size_bytes,
        normalization=tuple((step.name, step.count) for step in normalized.steps),
    )
    return Report(
        source, extraction.claims, extraction.anomalies, checks, categories, extraction=extraction
    )


def analyze(
    path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, options: CheckOptions | None = None
) -> Report:
    """Read and analyze one file. Raises :class:`~xinfang_nlp.errors.DocumentError` if the file
    cannot be read."""
    return analyze_document(read_document(path, max_bytes=max_bytes), options=options)


def analyze_text(text: str, *, path: str = "<text>") -> Report:
    """Analyze a string as if it were a UTF-8 file.

    >>> report = analyze_text("共受理来信来访50批195人次。")
    >>> [claim.text for claim in report.claims]
    ['50批', '195人次']
    """
    return analyze_document(Document(path, text, "utf-8", "text", len(text.encode("utf-8"))))
