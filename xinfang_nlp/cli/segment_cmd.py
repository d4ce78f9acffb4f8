"""``xinfang segment FILE`` — sections, sentences and jieba tokens of one document."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer

from ..i18n import message
from . import app
from ._common import LangOption, fail_on_document_error

_MESSAGES = {
    "source": {
        "zh": "文件:{path}  编码:{encoding}  字数:{chars}  字形:{script}  规范化:{trail}",
        "en": (
            "File: {path}  encoding: {encoding}  chars: {chars}  script: {script}  "
            "normalized: {trail}"
        ),
    },
    "sections": {"zh": "章节", "en": "Sections"},
    "sentences": {"zh": "句子", "en": "Sentences"},
    "bad_format": {"zh": "未知的输出格式:{fmt}", "en": "Unknown output format: {fmt}"},
}


class SegmentFormat(str, Enum):
    text = "text"
    json = "json"


@app.command("segment")
def segment_command(
    file: Path = typer.Argument(..., help="报告文件 (.txt/.docx/.pdf) / report file"),
    output_format: SegmentFormat = typer.Option(SegmentFormat.text, "--format", "-f"),
    no_tokens: bool = typer.Option(False, "--no-tokens", help="不输出分词 / skip jieba tokens"),
    lang: LangOption = "zh",
) -> None:
    """分章节、分句并用 jieba(领域词典)分词 / Sections, sentences and jieba tokens."""
    from ..normalize import normalize
    from ..read import read_document
    from ..segment import segment
    from ..tokenize import word_tokenizer

    with fail_on_document_error(lang):
        document = read_document(file)
    normalized = normalize(document.text)
    segmentation = segment(normalized)
    tokenizer = None if no_tokens else word_tokenizer()

    if output_format is SegmentFormat.json:
        sentences = []
        for sentence in segmentation.sentences:
            raw_start, raw_end = normalized.span_to_raw(sentence.start, sentence.end)
            item: dict[str, object] = {
                "index": sentence.index,
                "span": [raw_start, raw_end],
                "text": sentence.text,
                "section": sentence.section,
            }
            if tokenizer:
                item["tokens"] = [
                    {"text": t.text, "span": list(normalized.span_to_raw(t.start, t.end))}
                    for t in tokenizer.tokens(sentence.text, offset=sentence.start)
                ]
            sentences.append(item)
        payload = {
            "source": {
                "path": document.path,
                "encoding": document.encoding,
                "chars": document.chars,
                "script": normalized.script,
                "normalization": {step.name: step.count for step in normalized.steps},
            },
            "sections": [
                {
                    "index": s.index,
                    "level": s.level,
                    "title": s.title,
                    "span": list(normalized.span_to_raw(s.start, s.end)),
                    "parent": s.parent,
                }
                for s in segmentation.sections
            ],
            "sentences": sentences,
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
        return

    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    console.print(
        message(
            _MESSAGES,
            "source",
            lang,
            path=escape(document.path),
            encoding=document.encoding,
            chars=document.chars,
            script=normalized.script,
            trail=normalized.explain(),
        )
    )
    console.rule(message(_MESSAGES, "sections", lang))
    for section in segmentation.sections:
        console.print("  " * section.level + f"[bold]{escape(section.title)}[/bold]")
    console.rule(message(_MESSAGES, "sentences", lang))
    for sentence in segmentation.sentences:
        line = f"[dim]{sentence.index:>4}[/dim] {escape(sentence.text)}"
        console.print(line)
        if tokenizer:
            words = " / ".join(t.text for t in tokenizer.tokens(sentence.text))
            console.print(f"     [cyan]{escape(words)}[/cyan]")


__all__ = ["segment_command"]
