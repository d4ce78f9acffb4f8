"""``xinfang classify [FILE|-]`` — petition-issue categories with scores."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer

from ..i18n import message
from . import EXIT_USAGE, app
from ._common import LangOption, check_lang, fail_on_document_error

_MESSAGES = {
    "empty": {
        "zh": "没有可分类的文字(输入为空)",
        "en": "Nothing to classify (the input is empty)",
    },
    "number": {"zh": "序号", "en": "#"},
    "text": {"zh": "文字", "en": "Text"},
    "category": {"zh": "类别", "en": "Category"},
    "score": {"zh": "概率", "en": "Score"},
    "runners_up": {"zh": "其次", "en": "Runners-up"},
}

_STDIN = "-"
_TABLE_TEXT_WIDTH = 60


class ClassifyFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


@app.command("classify")
def classify_command(
    file: str = typer.Argument(
        _STDIN, metavar="[FILE|-]", help="文本文件,省略或 - 表示标准输入 / file, or - for stdin"
    ),
    per_line: bool = typer.Option(
        False, "--per-line", help="每个非空行单独分类 / classify each non-empty line"
    ),
    output_format: ClassifyFormat = typer.Option(ClassifyFormat.jsonl, "--format", "-f"),
    model: Path | None = typer.Option(
        None, "--model", help="分类模型文件 (.skops) / category model file"
    ),
    lang: LangOption = "zh",
) -> None:
    """判断信访问题类别并给出概率 / Petition-issue categories with scores.

    Each JSONL row has text, category (id), label (in --lang), score and the top three
    (id, score) pairs.
    """
    from ..categories import ModelError, category, load_classifier

    check_lang(lang)
    text = _read_input(file, lang)
    items = [line.strip() for line in text.splitlines()] if per_line else [text.strip()]
    items = [item for item in items if item]
    if not items:
        sys.stderr.write(message(_MESSAGES, "empty", lang) + "\n")
        raise typer.Exit(EXIT_USAGE)

    try:
        classifier = load_classifier(model)
    except ModelError as err:
        sys.stderr.write(err.message(lang) + "\n")
        raise typer.Exit(EXIT_USAGE) from None
    predictions = classifier.predict(items)

    if output_format is ClassifyFormat.jsonl:
        out = sys.stdout
        for prediction in predictions:
            row = {
                "text": prediction.text,
                "category": prediction.category,
                "label": category(prediction.category).label(lang),
                "score": round(prediction.score, 4),
                "top": [[name, round(score, 4)] for name, score in prediction.top],
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_lines=False)
    table.add_column(message(_MESSAGES, "number", lang), justify="right", style="dim")
    table.add_column(message(_MESSAGES, "text", lang), overflow="fold")
    table.add_column(message(_MESSAGES, "category", lang), style="bold cyan")
    table.add_column(message(_MESSAGES, "score", lang), justify="right")
    table.add_column(message(_MESSAGES, "runners_up", lang), style="dim")
    for number, prediction in enumerate(predictions, 1):
        shown = prediction.text
        if len(shown) > _TABLE_TEXT_WIDTH:
            shown = shown[: _TABLE_TEXT_WIDTH - 1] + "…"
        runners_up = "  ".join(
            f"{category(name).label(lang)} {score:.2f}" for name, score in prediction.top[1:]
        )
        table.add_row(
            str(number),
            escape(shown),
            escape(category(prediction.category).label(lang)),
            f"{prediction.score:.2f}",
            escape(runners_up),
        )
    Console(highlight=False).print(table)


def _read_input(file: str, lang: str) -> str:
    """The text of FILE (any format :func:`read_document` reads) or of stdin for ``-``."""
    from ..read import decode_bytes, read_document

    with fail_on_document_error(lang):
        if file == _STDIN:
            data = sys.stdin.buffer.read()
            if not data.strip():
                return ""
            text, _ = decode_bytes(data, name="<stdin>")
            return text
        return read_document(file).text


__all__ = ["classify_command"]
