"""The HTML audit report: one self-contained file (inline CSS, no scripts, no network).

Every piece of document text goes through :func:`html.escape`; the page carries a
Content-Security-Policy that forbids scripts outright, so even a report containing
``<script>`` or ``onerror=`` can never run anything in the reader's browser.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from .audit import SUMMARY_KEYS
from .i18n import message

__all__ = ["render_html"]

_MESSAGES = {
    "title": {"zh": "信访工作报告数字核查", "en": "Petition report figure audit"},
    "summary": {"zh": "汇总", "en": "Summary"},
    "files": {"zh": "文件", "en": "Files"},
    "unreadable": {"zh": "无法读取", "en": "Unreadable"},
    "claims": {"zh": "数字", "en": "Claims"},
    "consistent": {"zh": "一致", "en": "Consistent"},
    "inconsistent": {"zh": "不一致", "en": "Inconsistent"},
    "unverifiable": {"zh": "无法核实", "en": "Unverifiable"},
    "incomplete": {"zh": "未填写", "en": "Incomplete"},
    "findings": {"zh": "问题", "en": "Findings"},
    "line": {"zh": "行", "en": "line"},
    "no_findings": {"zh": "未发现问题。", "en": "No findings."},
    "legend": {
        "zh": "底色表示数字类型;红框为有问题的数字,悬停可见核算过程。",
        "en": "Shading shows the kind of figure; red boxes mark problems "
        "(hover for the arithmetic).",
    },
    "encoding": {"zh": "编码", "en": "encoding"},
    "script": {"zh": "字形", "en": "script"},
    "chars": {"zh": "字数", "en": "chars"},
}

_CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;
line-height:1.7}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;padding:.3em .6em;
text-align:left;vertical-align:top}th{background:#f0f0f0}
.doc{white-space:pre-wrap;border:1px solid #ddd;padding:1em;background:#fcfcfc}
mark{padding:0 .1em;border-radius:2px}
.k-count{background:#d8ecff}.k-amount{background:#dde3ff}.k-change,.k-difference{background:#f3dcff}
.k-share,.k-rate{background:#dcf5dc}.k-ratio,.k-progress{background:#fff3c4}.k-other{background:#eee}
.bad{outline:2px solid #d00;background:#ffd6d6}.incomplete{outline:2px dashed #d80}
.finding{color:#b00}.error{color:#b00;font-weight:bold}.ok{color:#070}
"""


def render_html(
    results: Sequence[dict[str, Any]], summary: dict[str, int], lang: str = "zh"
) -> str:
    """A complete HTML page for audit results (see :mod:`xinfang_nlp.audit`)."""

    def t(key: str) -> str:
        return escape(message(_MESSAGES, key, lang))

    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"en" if lang == "en" else "zh-CN"}"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">",
        f"<title>{t('title')}</title><style>{_CSS}</style></head><body>",
        f"<h1>{t('title')}</h1>",
        f'<h2>{t("summary")}</h2><table id="summary"><tr>',
    ]
    parts.append("".join(f"<th>{t(k)}</th>" for k in SUMMARY_KEYS) + "</tr><tr>")
    parts.append(
        "".join(f"<td>{int(summary.get(k, 0))}</td>" for k in SUMMARY_KEYS) + "</tr></table>"
    )
    parts.append(f"<p>{t('legend')}</p>")
    for number, result in enumerate(results):
        parts.append(_document(number, result, t))
    parts.append("</body></html>")
    return "\n".join(parts)


def _document(number: int, result: dict[str, Any], t: Any) -> str:
    path = escape(str(result["path"]))
    if result["error"]:
        return (
            f'<section class="file" id="f{number}"><h2>{path}</h2>'
            f'<p class="error">{escape(result["error"]["message"])}</p></section>'
        )
    report = result["report"]
    source = report["source"]
    head = (
        f'<section class="file" id="f{number}"><h2>{path}</h2><p>{t("encoding")} '
        f"{escape(str(source['encoding']))} · {t('script')} {escape(str(source['script']))}"
        f" · {t('chars')} {int(source['chars'])}</p>"
    )
    findings = result["findings"]
    rows = []
    for finding in findings:
        css = "finding" if finding["verdict"] == "inconsistent" else "incomplete"
        rows.append(
            f'<tr class="{css}"><td>{t("line")} {int(finding["line"])}</td>'
            f"<td>{escape(finding['kind'])}</td><td>{t(finding['verdict'])}</td>"
            f"<td>{escape(finding['text'])}</td><td>{escape(finding['message'])}</td></tr>"
        )
    table = (
        f'<h3>{t("findings")}</h3><table class="findings">{"".join(rows)}</table>'
        if rows
        else f'<p class="ok">{t("no_findings")}</p>'
    )
    return head + table + _highlighted(result) + "</section>"


def _highlighted(result: dict[str, Any]) -> str:
    """The document text with every claim marked by kind and every finding in red."""
    report = result["report"]
    raw = result.get("raw")
    if raw is None:
        return ""
    flagged: dict[tuple[int, int], str] = {}
    for finding in result["findings"]:
        flagged[tuple(finding["span"])] = finding["message"]
    marks: list[tuple[int, int, str, str]] = []
    for claim in report["claims"]:
        start, end = claim["span"]
        note = flagged.get((start, end), "")
        css = f"k-{claim['kind']}" + (" bad" if note else "")
        title = note or f"{claim['kind']} {claim['value']} {claim['unit']}"
        marks.append((start, end, css, title))
    for anomaly in report.get("anomalies", []):
        start, end = anomaly["span"]
        marks.append((start, end, "incomplete", flagged.get((start, end), anomaly["kind"])))
    marks.sort()
    out = []
    position = 0
    for start, end, css, title in marks:
        if start < position:
            continue  # overlapping marks: keep the first
        out.append(escape(raw[position:start]))
        out.append(f'<mark class="{css}" title="{escape(title)}">{escape(raw[start:end])}</mark>')
        position = end
    out.append(escape(raw[position:]))
    return f'<div class="doc">{"".join(out)}</div>'
