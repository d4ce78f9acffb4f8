"""``xinfang audit PATH…`` — a folder of reports in, a table of findings out."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ..i18n import message
from . import EXIT_USAGE, app
from ._common import LangOption, check_lang
from ._io import collect_paths, write_atomic

if TYPE_CHECKING:
    from ..audit import AuditSettings

_MESSAGES = {
    "bad_tolerance": {
        "zh": "--tolerance 需要一个非负数",
        "en": "--tolerance needs a non-negative number",
    },
    "no_input": {"zh": "没有找到可读取的文件", "en": "No input files found"},
    "progress": {"zh": "核查中", "en": "Auditing"},
    "summary": {"zh": "汇总", "en": "Summary"},
    "findings": {"zh": "问题清单", "en": "Findings"},
    "no_findings": {"zh": "未发现问题。", "en": "No findings."},
    "wrote": {"zh": "已写入 {path}", "en": "Wrote {path}"},
    "unreadable": {"zh": "无法读取", "en": "unreadable"},
    "resume_needs_jsonl": {
        "zh": "--resume 需要 --format jsonl 和 -o 输出文件",
        "en": "--resume needs --format jsonl and an -o output file",
    },
    "dask_only": {
        "zh": "--scheduler、--partitions 和 --partitions-dir 只用于 --engine dask",
        "en": "--scheduler, --partitions and --partitions-dir only apply to --engine dask",
    },
    "no_dask": {
        "zh": '--engine dask 需要安装 Dask:pip install "xinfang-nlp[dask]"({error})',
        "en": '--engine dask needs Dask: pip install "xinfang-nlp[dask]" ({error})',
    },
    "no_scheduler": {
        "zh": "无法连接 Dask 调度器 {address}:{error}",
        "en": "Cannot connect to the Dask scheduler {address}: {error}",
    },
    "missing_partition": {
        "zh": "找不到分区结果文件 {path}:--partitions-dir 须是 Dask 工作节点与本机共享的文件夹",
        "en": "Partition file {path} not found: --partitions-dir must be a folder the Dask "
        "workers and this machine share",
    },
}
_COLUMNS = {
    "files": ("文件数", "files"),
    "unreadable": ("无法读取", "unreadable"),
    "claims": ("数字", "claims"),
    "consistent": ("一致", "consistent"),
    "inconsistent": ("不一致", "inconsistent"),
    "unverifiable": ("无法核实", "unverifiable"),
    "incomplete": ("未填写", "incomplete"),
}
FINDING_COLUMNS = ("file", "line", "kind", "verdict", "severity", "text", "message", "sentence")


class AuditFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class FailOn(str, Enum):
    inconsistent = "inconsistent"
    incomplete = "incomplete"
    never = "never"


@app.command("audit")
def audit_command(
    paths: list[Path] = typer.Argument(..., help="报告文件或文件夹 / report files or folders"),
    recursive: bool = typer.Option(False, "-r", "--recursive", help="递归子文件夹 / recurse"),
    output_format: AuditFormat = typer.Option(AuditFormat.table, "--format", "-f"),
    output: Path | None = typer.Option(None, "-o", "--output", help="输出文件 / output file"),
    html: Path | None = typer.Option(None, "--html", help="HTML 报告 / HTML report file"),
    workers: int = typer.Option(1, "--workers", min=1, help="并行进程数 / worker processes"),
    fail_on: FailOn = typer.Option(FailOn.inconsistent, "--fail-on"),
    tolerance: str = typer.Option("0", "--tolerance", help="容差(百分点)/ extra tolerance (pp)"),
    resume: bool = typer.Option(
        False, "--resume", help="续跑:跳过 -o 的 JSONL 中已有结果的文件 / skip files already in -o"
    ),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local | dask"),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Dask 调度器地址 / Dask scheduler address (tcp://HOST:8786)"
    ),
    partitions: int | None = typer.Option(
        None, "--partitions", min=1, help="Dask 分区数 / number of Dask partitions"
    ),
    partitions_dir: Path | None = typer.Option(
        None,
        "--partitions-dir",
        help="Dask 工作节点写入 JSONL 分区的共享文件夹 / shared folder for JSONL partitions",
    ),
    lang: LangOption = "zh",
) -> None:
    """批量核查报告中的数字 / Audit the figures of many reports."""
    from decimal import Decimal, InvalidOperation

    from ..audit import AuditSettings, BatchSummary, exit_code, run_batch

    check_lang(lang)
    try:
        if Decimal(tolerance) < 0:
            raise InvalidOperation
    except InvalidOperation:
        sys.stderr.write(message(_MESSAGES, "bad_tolerance", lang) + "\n")
        raise typer.Exit(EXIT_USAGE) from None
    if engine is Engine.local and (scheduler or partitions or partitions_dir):
        sys.stderr.write(message(_MESSAGES, "dask_only", lang) + "\n")
        raise typer.Exit(EXIT_USAGE)
    files = [str(p) for p in collect_paths(paths, recursive=recursive)]
    if not files:
        sys.stderr.write(message(_MESSAGES, "no_input", lang) + "\n")
        raise typer.Exit(EXIT_USAGE)
    settings = AuditSettings(tolerance=tolerance, lang=lang, keep_text=html is not None)

    if resume and (output is None or output_format is not AuditFormat.jsonl):
        sys.stderr.write(message(_MESSAGES, "resume_needs_jsonl", lang) + "\n")
        raise typer.Exit(EXIT_USAGE)
    # JSONL is streamed and only the totals are kept, so memory stays flat however large the
    # batch; the other outputs need every result (the table and CSV only their findings).
    keep = html is not None or output_format is AuditFormat.json
    light = not keep and output_format is not AuditFormat.jsonl
    results: list[dict[str, Any]] = []
    summary = BatchSummary()

    def record(result: dict[str, Any]) -> None:
        summary.add(result)
        if keep:
            results.append(result)
        elif light:
            results.append({key: result[key] for key in ("path", "error", "findings")})

    if resume and output is not None and output.exists():
        seen: set[str] = set()
        for result in _recorded(output):
            seen.add(result["path"])
            record(result)
        files = [f for f in files if f not in seen]
    if engine is Engine.dask:
        batch = _dask_batch(files, settings, scheduler, workers, partitions, partitions_dir, lang)
    else:
        batch = run_batch(files, settings, workers=workers)
    stream = None
    if output_format is AuditFormat.jsonl:
        # written as results arrive: an interrupted batch leaves a valid file (whole lines
        # only), and --resume appends to it
        stream = output.open("a" if resume else "w", encoding="utf-8") if output else sys.stdout
    try:
        for result in _with_progress(batch, len(files), lang):
            if stream is not None:
                stream.write(json.dumps(_public(result), ensure_ascii=False) + "\n")
                stream.flush()
            record(result)
    finally:
        if stream is not None and stream is not sys.stdout:
            stream.close()
    totals = summary.as_dict()

    if output_format is AuditFormat.table:
        _print_table(results, totals, lang)
        if output is not None:
            write_atomic(output, _findings_csv(results))
    elif output_format is not AuditFormat.jsonl:
        if output_format is AuditFormat.json:
            payload = {"summary": totals, "files": [_public(r) for r in results]}
            text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
        else:
            text = _findings_csv(results)
        if output is None:
            sys.stdout.write(text)
        else:
            write_atomic(output, text)
    if html is not None:
        from ..html_report import render_html

        write_atomic(html, render_html(results, totals, lang))
        sys.stderr.write(message(_MESSAGES, "wrote", lang, path=html) + "\n")
    raise typer.Exit(exit_code(totals, fail_on.value))


def _dask_batch(
    files: list[str],
    settings: AuditSettings,
    scheduler: str | None,
    workers: int,
    partitions: int | None,
    partitions_dir: Path | None,
    lang: str,
) -> Iterator[dict[str, Any]]:
    """Results from a Dask cluster, in input order. Dask is imported and the cluster reached
    here, before any output is opened, so a missing extra or scheduler is a clean exit 2."""
    try:
        from ..dask_engine import connect
    except ImportError as err:
        sys.stderr.write(message(_MESSAGES, "no_dask", lang, error=err) + "\n")
        raise typer.Exit(EXIT_USAGE) from None
    try:
        client = connect(scheduler, workers=workers)
    except OSError as err:  # includes timeouts: no scheduler listening there
        text = message(_MESSAGES, "no_scheduler", lang, address=scheduler, error=err)
        sys.stderr.write(text + "\n")
        raise typer.Exit(EXIT_USAGE) from None
    return _dask_results(client, files, settings, partitions, partitions_dir, lang)


def _dask_results(  # type: ignore[no-untyped-def]
    client,
    files: list[str],
    settings: AuditSettings,
    partitions: int | None,
    partitions_dir: Path | None,
    lang: str,
) -> Iterator[dict[str, Any]]:
    from ..dask_engine import read_partitions, run_dask, write_partitions

    with client:
        if partitions_dir is None:
            yield from run_dask(files, settings, client=client, npartitions=partitions)
            return
        names = write_partitions(
            files, settings, partitions_dir, client=client, npartitions=partitions
        )
    try:
        yield from read_partitions(names)
    except FileNotFoundError as err:
        text = message(_MESSAGES, "missing_partition", lang, path=err.filename)
        sys.stderr.write(text + "\n")
        raise typer.Exit(EXIT_USAGE) from None


def _recorded(output: Path) -> Iterator[dict[str, Any]]:
    """Results already written to a JSONL output, one at a time; once read to the end, a torn
    last line (a killed run) is dropped and the file truncated to its last whole line."""
    good_bytes = 0
    with output.open("rb") as handle:
        for line in handle:
            try:
                item = json.loads(line)
            except ValueError:
                break
            if not line.endswith(b"\n") or not isinstance(item, dict) or "path" not in item:
                break
            yield item
            good_bytes += len(line)
    with output.open("r+b") as handle:
        handle.truncate(good_bytes)


def _public(result: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in result.items() if key != "raw"}


def _with_progress(results, total: int, lang: str):  # type: ignore[no-untyped-def]
    """A rich progress bar on stderr when it is a terminal and the batch is not tiny."""
    from rich.console import Console

    console = Console(stderr=True)
    if not console.is_terminal or total < 3:
        yield from results
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task(message(_MESSAGES, "progress", lang), total=total)
        for result in results:
            progress.advance(task)
            yield result


def _findings_csv(results: list[dict[str, Any]]) -> str:
    from ..render import safe_cell

    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=FINDING_COLUMNS, lineterminator="\n", extrasaction="ignore"
    )
    writer.writeheader()
    for result in results:
        rows = result["findings"]
        if result["error"]:
            rows = [
                {
                    "file": result["path"],
                    "line": 0,
                    "kind": "unreadable",
                    "verdict": "error",
                    "severity": "",
                    "text": "",
                    "message": result["error"]["message"],
                    "sentence": "",
                }
            ]
        for row in rows:
            writer.writerow({key: safe_cell(row.get(key, "")) for key in FINDING_COLUMNS})
    return buffer.getvalue()


def _print_table(results: list[dict[str, Any]], summary: dict[str, int], lang: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    english = lang == "en"
    console = Console(highlight=False)
    table = Table(title=message(_MESSAGES, "summary", lang))
    for key in summary:
        table.add_column(_COLUMNS[key][1 if english else 0], justify="right")
    table.add_row(*(str(value) for value in summary.values()))
    console.print(table)

    findings = Table(title=message(_MESSAGES, "findings", lang), show_lines=False)
    for column in (("位置", "where"), ("类型", "kind"), ("结论", "verdict"), ("说明", "message")):
        findings.add_column(column[1 if english else 0])
    rows = 0
    for result in results:
        if result["error"]:
            findings.add_row(
                Text(result["path"]),
                "",
                Text(message(_MESSAGES, "unreadable", lang), style="bold red"),
                Text(result["error"]["message"], style="red"),
            )
            rows += 1
            continue
        for finding in result["findings"]:
            style = "red" if finding["verdict"] == "inconsistent" else "yellow"
            verdict = _COLUMNS[finding["verdict"]][1 if english else 0]
            findings.add_row(
                Text(f"{finding['file']}:{finding['line']}"),
                finding["kind"],
                Text(verdict, style=style),
                Text(f"{finding['message']}\n{finding['sentence']}", style=style),
            )
            rows += 1
    if rows:
        console.print(findings)
    else:
        console.print(message(_MESSAGES, "no_findings", lang), style="green")
