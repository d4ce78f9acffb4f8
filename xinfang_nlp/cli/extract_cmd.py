"""``xinfang extract PATH…`` — claims as tables (table, JSON, JSONL, CSV, XLSX)."""

from __future__ import annotations

import sys
import tempfile
from enum import Enum
from pathlib import Path

import typer

from ..i18n import message
from . import EXIT_OK, EXIT_USAGE, app
from ._common import LangOption, check_lang
from ._io import collect_paths, write_atomic

_MESSAGES = {
    "unreadable": {"zh": "跳过:{error}", "en": "Skipped: {error}"},
    "xlsx_needs_output": {
        "zh": "xlsx 格式需要用 -o 指定输出文件",
        "en": "the xlsx format needs an output file (-o)",
    },
    "no_input": {"zh": "没有找到可读取的文件", "en": "No input files found"},
    "source": {
        "zh": "{path}  编码 {encoding} · {chars} 字 · {script} · {claims} 个数字 · "
        "{anomalies} 处空缺/异常",
        "en": "{path}  {encoding} · {chars} chars · {script} · {claims} claims · "
        "{anomalies} blanks/malformed",
    },
    "wrote": {"zh": "已写入 {path}", "en": "Wrote {path}"},
}

KIND_STYLE = {
    "count": "bold cyan",
    "amount": "bold blue",
    "change": "bold magenta",
    "difference": "bold magenta",
    "share": "bold green",
    "rate": "bold green",
    "ratio": "bold yellow",
    "progress": "bold yellow",
    "other": "bold white",
}
KIND_LABELS = {
    "count": ("计数", "count"),
    "amount": ("金额/数量", "amount"),
    "change": ("增减幅", "change"),
    "difference": ("增减量", "difference"),
    "share": ("占比", "share"),
    "rate": ("比率", "rate"),
    "ratio": ("倍数/人均", "ratio"),
    "progress": ("进度", "progress"),
    "other": ("其他", "other"),
    "placeholder": ("未填空缺", "placeholder"),
    "malformed": ("数字残缺", "malformed"),
}


class ExtractFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"


@app.command("extract")
def extract_command(
    paths: list[Path] = typer.Argument(..., help="报告文件或文件夹 / report files or folders"),
    output_format: ExtractFormat = typer.Option(ExtractFormat.table, "--format", "-f"),
    output: Path | None = typer.Option(None, "-o", "--output", help="输出文件 / output file"),
    recursive: bool = typer.Option(False, "-r", "--recursive", help="递归子文件夹 / recurse"),
    lang: LangOption = "zh",
) -> None:
    """提取报告中的全部统计数字 / Extract every statistical claim."""
    from ..errors import DocumentError
    from ..render import to_csv, to_json, to_jsonl, write_xlsx
    from ..report import analyze

    check_lang(lang)
    if output_format is ExtractFormat.xlsx and output is None:
        sys.stderr.write(message(_MESSAGES, "xlsx_needs_output", lang) + "\n")
        raise typer.Exit(EXIT_USAGE)
    reports = []
    failed = False
    for path in collect_paths(paths, recursive=recursive):
        try:
            reports.append(analyze(path))
        except DocumentError as err:
            failed = True
            sys.stderr.write(message(_MESSAGES, "unreadable", lang, error=err.message(lang)) + "\n")
    if not reports and not failed:
        sys.stderr.write(message(_MESSAGES, "no_input", lang) + "\n")
        raise typer.Exit(EXIT_USAGE)

    if output_format is ExtractFormat.table:
        if reports:
            _print_tables(reports, lang)
    elif output_format is ExtractFormat.xlsx:
        assert output is not None
        with tempfile.NamedTemporaryFile(
            suffix=".xlsx", dir=output.parent or ".", delete=False
        ) as tmp:
            temporary = Path(tmp.name)
        write_xlsx(reports, str(temporary))
        temporary.replace(output)
    else:
        renderers = {
            ExtractFormat.json: to_json,
            ExtractFormat.jsonl: to_jsonl,
            ExtractFormat.csv: to_csv,
        }
        if reports or output_format is not ExtractFormat.json:
            text = renderers[output_format](reports)
        else:
            text = "[]\n"
        if output is None:
            sys.stdout.write(text)
        else:
            write_atomic(output, text)
    if output is not None:
        sys.stderr.write(message(_MESSAGES, "wrote", lang, path=output) + "\n")
    raise typer.Exit(EXIT_USAGE if failed else EXIT_OK)


def _print_tables(reports: list, lang: str) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False)
    english = lang == "en"
    for report in reports:
        source = report.source
        console.rule(
            message(
                _MESSAGES,
                "source",
                lang,
                path=escape(source.path),
                encoding=source.encoding,
                chars=source.chars,
                script=source.script,
                claims=len(report.claims),
                anomalies=len(report.anomalies),
            )
        )
        by_sentence: dict[int, list] = {}
        for item in (*report.claims, *report.anomalies):
            by_sentence.setdefault(item.sentence, []).append(item)
        sentences = report.extraction.segmentation.sentences if report.extraction else ()
        for index in sorted(by_sentence):
            items = sorted(by_sentence[index], key=lambda item: item.norm_span[0])
            sentence = sentences[index] if index < len(sentences) else None
            if sentence is not None:
                line = Text(f"[{report.line_of(items[0].span[0])}] ", style="dim")
                body = Text(sentence.text)
                for item in items:
                    style = KIND_STYLE.get(item.kind, "bold red reverse")
                    body.stylize(
                        style,
                        item.norm_span[0] - sentence.start,
                        item.norm_span[1] - sentence.start,
                    )
                console.print(line + body)
            table = Table(show_header=False, box=None, pad_edge=False, padding=(0, 1))
            for item in items:
                label = KIND_LABELS.get(item.kind, (item.kind, item.kind))[1 if english else 0]
                if hasattr(item, "value"):
                    value = f"{item.value.normalize():f} {item.unit}"
                    details = " ".join(
                        part
                        for part in (
                            item.subject or "",
                            item.direction or "",
                            item.bound if item.bound != "exact" else "",
                            item.period if item.period == "previous" else "",
                            item.modality if item.modality == "target" else "",
                        )
                        if part
                    )
                else:
                    value, details = item.text, item.unit or ""
                table.add_row(
                    f"  {item.id}",
                    Text(label, style=KIND_STYLE.get(item.kind, "red")),
                    Text(value),
                    Text(details, style="dim"),
                )
            console.print(table)
