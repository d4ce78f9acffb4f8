"""Rendering reports: the JSON contract (``xinfang.report/1``), JSONL, CSV and XLSX rows.

The JSON contract of design.md is a promise to users: keys are only ever added. Additions so far
(documented in README.md): ``source.format``, ``source.normalization``, claim ``line``,
claim ``paired_with`` and the top-level ``anomalies`` list (placeholders and malformed numbers).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from .numbers import json_number
from .report import SCHEMA, Report

__all__ = [
    "CLAIM_COLUMNS",
    "claim_rows",
    "json_number",
    "report_to_dict",
    "to_csv",
    "to_json",
    "to_jsonl",
    "write_xlsx",
]

# Column names of the tabular claim export (CSV/XLSX) — a stable contract like the JSON keys.
CLAIM_COLUMNS = (
    "file",
    "id",
    "kind",
    "value",
    "unit",
    "bound",
    "direction",
    "period",
    "modality",
    "subject",
    "category",
    "start",
    "end",
    "line",
    "text",
    "sentence",
    "sentence_text",
)


def report_to_dict(report: Report, lang: str = "zh") -> dict[str, Any]:
    source = report.source
    claims = []
    for claim in report.claims:
        claims.append(
            {
                "id": claim.id,
                "kind": claim.kind,
                "value": json_number(claim.value),
                "unit": claim.unit,
                "bound": claim.bound,
                "direction": claim.direction,
                "period": claim.period,
                "modality": claim.modality,
                "subject": claim.subject,
                "category": claim.category,
                "span": list(claim.span),
                "text": claim.text,
                "sentence": claim.sentence,
                "line": report.line_of(claim.span[0]),
                "paired_with": claim.paired_with,
            }
        )
    anomalies = [
        {
            "id": anomaly.id,
            "kind": anomaly.kind,
            "unit": anomaly.unit,
            "span": list(anomaly.span),
            "text": anomaly.text,
            "sentence": anomaly.sentence,
            "line": report.line_of(anomaly.span[0]),
        }
        for anomaly in report.anomalies
    ]
    return {
        "schema": SCHEMA,
        "source": {
            "path": source.path,
            "encoding": source.encoding,
            "chars": source.chars,
            "script": source.script,
            "format": source.format,
            "normalization": dict(source.normalization),
        },
        "claims": claims,
        "checks": [check.to_dict(lang) for check in report.checks],
        "categories": [row.to_dict() for row in report.categories],
        "anomalies": anomalies,
    }


def to_json(reports: Sequence[Report], lang: str = "zh") -> str:
    """One object for one report, a list for several (design.md)."""
    payload: Any = (
        report_to_dict(reports[0], lang)
        if len(reports) == 1
        else [report_to_dict(r, lang) for r in reports]
    )
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(reports: Iterable[Report], lang: str = "zh") -> str:
    return "".join(json.dumps(report_to_dict(r, lang), ensure_ascii=False) + "\n" for r in reports)


def claim_rows(report: Report) -> list[dict[str, Any]]:
    rows = []
    for claim in report.claims:
        rows.append(
            {
                "file": report.source.path,
                "id": claim.id,
                "kind": claim.kind,
                "value": json_number(claim.value),
                "unit": claim.unit,
                "bound": claim.bound,
                "direction": claim.direction or "",
                "period": claim.period or "",
                "modality": claim.modality,
                "subject": claim.subject or "",
                "category": claim.category or "",
                "start": claim.span[0],
                "end": claim.span[1],
                "line": report.line_of(claim.span[0]),
                "text": claim.text,
                "sentence": claim.sentence,
                "sentence_text": report.sentence_text(claim.sentence),
            }
        )
    return rows


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in text cells (a document may contain ``=cmd|…``).

    A carriage return becomes a newline: the CSV writer quotes a cell that holds its line
    terminator (``\\n``) but not one with a bare CR, which spreadsheets read as the end of a row,
    so whatever followed it would start a new row unchecked.

    >>> safe_cell("=1+1"), safe_cell("-3件"), safe_cell(-3), safe_cell("信访")
    ("'=1+1", "'-3件", -3, '信访')
    >>> safe_cell("a.txt\\r=HYPERLINK(1)")
    'a.txt\\n=HYPERLINK(1)'
    """
    if isinstance(value, str):
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value


def to_csv(reports: Iterable[Report]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CLAIM_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for report in reports:
        for row in claim_rows(report):
            writer.writerow({key: safe_cell(value) for key, value in row.items()})
    return buffer.getvalue()


def write_xlsx(reports: Sequence[Report], path: str) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "claims"
    sheet.append(list(CLAIM_COLUMNS))
    for report in reports:
        for row in claim_rows(report):
            sheet.append([safe_cell(row[column]) for column in CLAIM_COLUMNS])
    anomalies = workbook.create_sheet("anomalies")
    anomalies.append(["file", "id", "kind", "unit", "start", "end", "line", "text"])
    for report in reports:
        for anomaly in report.anomalies:
            anomalies.append(
                [
                    safe_cell(report.source.path),
                    anomaly.id,
                    anomaly.kind,
                    anomaly.unit or "",
                    anomaly.span[0],
                    anomaly.span[1],
                    report.line_of(anomaly.span[0]),
                    safe_cell(anomaly.text),
                ]
            )
    workbook.save(path)
