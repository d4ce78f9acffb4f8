"""Options and error handling shared by the commands."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from ..errors import DocumentError

LangOption = Annotated[
    str,
    typer.Option("--lang", help="输出语言 zh|en / output language", case_sensitive=False),
]


def check_lang(lang: str) -> str:
    if lang not in ("zh", "en"):
        sys.stderr.write(f"--lang: zh | en ({lang!r})\n")
        raise typer.Exit(2)
    return lang


@contextmanager
def fail_on_document_error(lang: str) -> Iterator[None]:
    """Turn an unreadable input into a clear message on stderr and exit code 2."""
    try:
        yield
    except DocumentError as err:
        sys.stderr.write(err.message(lang) + "\n")
        raise typer.Exit(2) from None
