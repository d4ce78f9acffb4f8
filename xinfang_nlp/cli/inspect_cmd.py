"""``xinfang inspect FILE`` — everything about one document on one screen."""

from __future__ import annotations

from pathlib import Path

import typer

from ..i18n import message
from . import app
from ._common import LangOption, check_lang, fail_on_document_error

_MESSAGES = {
    "source": {"zh": "来源", "en": "Source"},
    "path": {"zh": "文件", "en": "file"},
    "encoding": {"zh": "编码", "en": "encoding"},
    "format": {"zh": "格式", "en": "format"},
    "script": {"zh": "字形", "en": "script"},
    "size": {"zh": "大小", "en": "size"},
    "size_value": {"zh": "{chars} 字 / {bytes} 字节", "en": "{chars} chars / {bytes} bytes"},
    "normalization": {"zh": "规范化", "en": "normalized"},
    "headline": {"zh": "主要数字", "en": "Headline figures"},
    "categories": {"zh": "问题类别", "en": "Issue categories"},
    "checks": {"zh": "核算", "en": "Checks"},
    "problems": {"zh": "有问题的句子", "en": "Sentences with problems"},
    "none": {"zh": "(无)", "en": "(none)"},
    "counts": {
        "zh": "{claims} 个数字 · {checks} 项核算:{consistent} 一致 · {inconsistent} 不一致 · "
        "{unverifiable} 无法核实 · {incomplete} 未填写",
        "en": "{claims} claims · {checks} checks: {consistent} consistent · {inconsistent} "
        "inconsistent · {unverifiable} unverifiable · {incomplete} incomplete",
    },
}
_MARK = {
    "consistent": ("✓", "green"),
    "inconsistent": ("✗", "bold red"),
    "unverifiable": ("?", "dim"),
    "incomplete": ("…", "yellow"),
}


@app.command("inspect")
def inspect_command(
    file: Path = typer.Argument(..., help="报告文件 / report file"),
    html: Path | None = typer.Option(None, "--html", help="同时写出 HTML 报告 / also write HTML"),
    lang: LangOption = "zh",
) -> None:
    """单个文件一览:来源、主要数字、类别、每项核算 / One document at a glance."""
    from collections import Counter

    from rich.console import Console, Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from ..report import analyze

    check_lang(lang)
    english = lang == "en"

    def t(key: str, **fields: object) -> str:
        return message(_MESSAGES, key, lang, **fields)

    with fail_on_document_error(lang):
        report = analyze(file)
    console = Console(highlight=False)
    source = report.source

    info = Table.grid(padding=(0, 2))
    info.add_column(style="dim")
    info.add_column()
    info.add_row(t("path"), Text(source.path))
    info.add_row(t("encoding"), f"{source.encoding} ({source.format})")
    info.add_row(t("script"), source.script)
    info.add_row(t("size"), t("size_value", chars=source.chars, bytes=source.size_bytes))
    trail = ", ".join(f"{name}: {count}" for name, count in source.normalization if count)
    info.add_row(t("normalization"), trail or "—")
    verdicts = Counter(check.verdict for check in report.checks)
    info.add_row(
        "",
        t(
            "counts",
            claims=len(report.claims),
            checks=len(report.checks),
            **{v: verdicts.get(v, 0) for v in _MARK},
        ),
    )
    console.print(Panel(info, title=t("source"), expand=False))

    # headline figures: current counts/amounts that open a sentence's statistics, with the
    # change reported next to them
    headline = Table(title=t("headline"), title_justify="left")
    for column in (("数字", "figure"), ("对象", "subject"), ("变化", "change"), ("行", "line")):
        headline.add_column(column[1 if english else 0])
    shown = 0
    by_id = {claim.id: claim for claim in report.claims}
    for claim in report.claims:
        if shown >= 8:
            break
        if (
            claim.kind not in ("count", "amount")
            or claim.period != "current"
            or (claim.modality != "actual")
        ):
            continue
        # the change the checker tied to this figure (its first operand), if any
        change_check = next(
            (
                k
                for k in report.checks
                if k.kind in ("change", "granularity") and k.claims and k.claims[0] == claim.id
            ),
            None,
        )
        change = by_id.get(change_check.claims[-1]) if change_check else None
        change_text = ""
        if change is not None:
            sign = {"up": "+", "down": "−", "flat": "±"}.get(change.direction or "", "")
            change_text = f"{sign}{change.value.normalize():f}{change.unit}"
        headline.add_row(
            claim.text, claim.subject or "", change_text, str(report.line_of(claim.span[0]))
        )
        shown += 1
    console.print(headline if shown else Text(f"{t('headline')}: {t('none')}"))

    if report.categories:
        categories = Table(title=t("categories"), title_justify="left")
        for column in (("类别", "category"), ("数量", "count"), ("单位", "unit")):
            categories.add_column(column[1 if english else 0])
        from ..categories import category

        for row in report.categories:
            label = category(row.category).label(lang)
            categories.add_row(f"{label} ({row.category})", f"{row.count.normalize():f}", row.unit)
        console.print(categories)

    checks = Table(title=t("checks"), title_justify="left", show_lines=False)
    for column in (("", ""), ("类型", "kind"), ("行", "line"), ("核算", "arithmetic")):
        checks.add_column(column[1 if english else 0])
    for check in report.checks:
        mark, style = _MARK[check.verdict]
        checks.add_row(
            Text(mark, style=style),
            check.kind,
            str(report.line_of(check.span[0])),
            Text(
                check.message(lang),
                style=style if check.verdict in ("inconsistent", "incomplete") else "",
            ),
        )
    console.print(checks if report.checks else Text(f"{t('checks')}: {t('none')}"))

    problems = [c for c in report.checks if c.verdict in ("inconsistent", "incomplete")]
    if problems and report.extraction is not None:
        sentences = report.extraction.segmentation.sentences
        items = []
        for index in sorted({c.sentence for c in problems}):
            sentence = sentences[index]
            body = Text(sentence.text)
            for claim in report.claims:
                if claim.sentence == index:
                    body.stylize(
                        "bold cyan",
                        claim.norm_span[0] - sentence.start,
                        claim.norm_span[1] - sentence.start,
                    )
            for item in (*report.claims, *report.anomalies):
                if item.sentence == index and any(
                    c.span == item.span and c.sentence == index for c in problems
                ):
                    body.stylize(
                        "bold white on red",
                        item.norm_span[0] - sentence.start,
                        item.norm_span[1] - sentence.start,
                    )
            first = next(c for c in problems if c.sentence == index)
            items.append(Text(f"[{report.line_of(first.span[0])}] ", style="dim") + body)
        console.print(Panel(Group(*items), title=t("problems"), border_style="red"))

    if html is not None:
        from ..audit import AuditSettings, result_from_report, summarize
        from ..html_report import render_html
        from ._io import write_atomic

        result = result_from_report(report, AuditSettings(lang=lang, keep_text=True))
        write_atomic(html, render_html([result], summarize([result]), lang))
