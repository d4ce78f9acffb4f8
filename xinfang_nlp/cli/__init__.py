"""The ``xinfang`` command line. Each command lives in its own module of this package and
registers itself on :data:`app`; heavy libraries are imported inside the commands."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="xinfang",
    help="信访工作报告数字核查工具 / Audit the figures in Chinese petition work reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """信访工作报告数字核查工具 / Audit the figures in Chinese petition work reports."""


# Exit codes (documented in README.md).
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

from . import (  # noqa: E402,F401  (register the commands)
    audit_cmd,
    classify_cmd,
    extract_cmd,
    inspect_cmd,
    segment_cmd,
)


def main() -> None:
    app()


if __name__ == "__main__":  # python -m xinfang_nlp.cli
    main()
