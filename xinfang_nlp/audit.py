"""Batch auditing: one pure per-document entry point and an order-preserving runner.

``audit_document(path, settings)`` takes and returns only plain, picklable data, so the same
function runs in this process, in worker processes (``--workers``) or on a cluster, and the
output never depends on how the work was spread. A file that cannot be read is one result
with ``error`` set — never an exception that stops the batch.
"""

from __future__ import annotations

import pickle
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ._gc_pause import collection_paused

if TYPE_CHECKING:
    from .report import Report

__all__ = [
    "FAIL_ON",
    "SUMMARY_KEYS",
    "AuditSettings",
    "BatchSummary",
    "audit_document",
    "exit_code",
    "in_order",
    "result_from_report",
    "run_batch",
    "summarize",
]

FAIL_ON = ("inconsistent", "incomplete", "never")
# The columns of a batch summary, in display order (table, JSON, HTML).
SUMMARY_KEYS = (
    "files",
    "unreadable",
    "claims",
    "consistent",
    "inconsistent",
    "unverifiable",
    "incomplete",
)
FINDING_VERDICTS = ("inconsistent", "incomplete")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class AuditSettings:
    tolerance: str = "0"  # Decimal as text, so the settings pickle and print the same
    lang: str = "zh"
    max_bytes: int | None = None
    keep_text: bool = False  # include the decoded text (for the HTML report)


def audit_document(path: str, settings: AuditSettings = AuditSettings()) -> dict[str, Any]:
    """Analyze one file; return ``{"path", "error", "report", "findings", "counts"}``.

    ``report`` is the JSON contract (``xinfang.report/1``); ``findings`` the checks whose
    verdict is inconsistent or incomplete, with file, line and sentence for a reader.
    """
    from .checks import CheckOptions
    from .errors import DocumentError
    from .read import DEFAULT_MAX_BYTES
    from .report import analyze

    try:
        report = analyze(
            path,
            max_bytes=settings.max_bytes or DEFAULT_MAX_BYTES,
            options=CheckOptions(tolerance=Decimal(settings.tolerance)),
        )
    except DocumentError as err:
        return _error(path, err.code, err.message(settings.lang))
    except Exception as err:  # one bad file must never stop a batch
        text = _INTERNAL[settings.lang if settings.lang in _INTERNAL else "zh"]
        return _error(path, "internal_error", text.format(error=f"{type(err).__name__}: {err}"))
    return result_from_report(report, settings)


_INTERNAL = {
    "zh": "处理该文件时出现内部错误,已跳过({error})",
    "en": "Internal error while processing this file; skipped ({error})",
}


def _error(path: str, code: str, text: str) -> dict[str, Any]:
    return {
        "path": path,
        "error": {"code": code, "message": text},
        "report": None,
        "findings": [],
        "counts": {},
    }


def result_from_report(report: Report, settings: AuditSettings = AuditSettings()) -> dict[str, Any]:
    """The audit result of an analyzed report (what :func:`audit_document` returns)."""
    from .render import report_to_dict

    path = report.source.path
    payload = report_to_dict(report, settings.lang)
    raw = report.extraction.normalized.raw if report.extraction else ""
    findings = []
    for check in report.checks:
        if check.verdict not in FINDING_VERDICTS and check.kind != "skipped":
            continue
        findings.append(
            {
                "file": path,
                "line": report.line_of(check.span[0]),
                "check": check.id,
                "kind": check.kind,
                "verdict": check.verdict,
                "severity": check.severity,
                "text": raw[check.span[0] : check.span[1]],
                "message": check.message(settings.lang),
                "sentence": report.sentence_text(check.sentence),
                "span": list(check.span),
            }
        )
    counts = Counter(check.verdict for check in report.checks)
    result = {
        "path": path,
        "error": None,
        "report": payload,
        "findings": findings,
        "counts": {
            "claims": len(report.claims),
            **{
                v: counts.get(v, 0)
                for v in ("consistent", "inconsistent", "unverifiable", "incomplete")
            },
        },
    }
    if settings.keep_text:
        result["raw"] = raw
    return result


def _audit_one(item: tuple[str, AuditSettings]) -> dict[str, Any]:
    with collection_paused():
        return audit_document(*item)


def run_batch(
    paths: Iterable[str],
    settings: AuditSettings,
    *,
    workers: int = 1,
    on_result: Callable[[dict[str, Any]], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Audit files in order; with ``workers > 1`` over processes, results still in input order.

    Results are yielded as they complete (in order), so callers can write them as they go.
    """
    items = ((path, settings) for path in paths)
    if workers <= 1:
        yield from _delivered(map(_audit_one, items), on_result)
        return
    chunks = iter(lambda: list(islice(items, _CHUNK)), [])
    with ProcessPoolExecutor(max_workers=workers) as pool:
        submit = lambda chunk: _Unpickled(pool.submit(_audit_chunk, chunk))  # noqa: E731
        yield from _delivered(in_order(submit, chunks, workers * _CHUNKS_PER_WORKER), on_result)


_CHUNK = 4  # files per task sent to a worker process
_CHUNKS_PER_WORKER = 4  # tasks in flight per worker


class _Pending(Protocol):
    def result(self) -> list[dict[str, Any]]: ...


def in_order(
    submit: Callable[[T], _Pending], tasks: Iterable[T], window: int
) -> Iterator[dict[str, Any]]:
    """The results of ``submit(task)`` (each a future of a list) in task order, with at most
    ``window`` tasks in flight. Not ``Executor.map``, which submits the whole batch at once:
    memory would grow with the number of files and an interrupted run would wait for all."""
    pending: deque[_Pending] = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _audit_chunk(chunk: list[tuple[str, AuditSettings]]) -> bytes:
    """A worker's results for ``chunk``, pickled here and unpickled by :class:`_Unpickled`."""
    return pickle.dumps([_audit_one(item) for item in chunk], protocol=pickle.HIGHEST_PROTOCOL)


class _Unpickled:
    """A worker's future whose results are unpickled when asked for, in the caller's thread and
    with cyclic collection paused. Left to the pool, they are unpickled in its manager thread
    with collection on: a chunk's results are thousands of dicts and lists, and each collection
    their making set off walked every result the caller had kept (with the batch kept, as
    ``--format json`` and scripts/bench.py keep it, those collections made unpickling three
    times as slow, on a core the workers share). Paused, they are looked at once, young, as a
    document's objects are (:mod:`._gc_pause`)."""

    def __init__(self, future: Future[bytes]) -> None:
        self._future = future

    def result(self) -> list[dict[str, Any]]:
        pickled = self._future.result()
        with collection_paused():
            results: list[dict[str, Any]] = pickle.loads(pickled)
        return results


def _delivered(
    results: Iterable[dict[str, Any]], on_result: Callable[[dict[str, Any]], None] | None
) -> Iterator[dict[str, Any]]:
    for result in results:
        if on_result:
            on_result(result)
        yield result


class BatchSummary:
    """Batch totals added one result at a time, so a streamed batch need not be kept."""

    def __init__(self) -> None:
        self._total: Counter[str] = Counter()

    def add(self, result: dict[str, Any]) -> None:
        self._total["files"] += 1
        if result["error"]:
            self._total["unreadable"] += 1
            return
        for key, value in result["counts"].items():
            self._total[key] += value

    def as_dict(self) -> dict[str, int]:
        return {key: self._total.get(key, 0) for key in SUMMARY_KEYS}


def summarize(results: Iterable[dict[str, Any]]) -> dict[str, int]:
    summary = BatchSummary()
    for result in results:
        summary.add(result)
    return summary.as_dict()


def exit_code(summary: dict[str, int], fail_on: str) -> int:
    """0 clean, 1 findings (per ``fail_on``), 2 unreadable input (the batch still finished)."""
    if summary["unreadable"]:
        return 2
    if fail_on == "inconsistent" and summary["inconsistent"]:
        return 1
    if fail_on == "incomplete" and (summary["inconsistent"] or summary["incomplete"]):
        return 1
    return 0
