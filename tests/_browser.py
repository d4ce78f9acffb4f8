"""Headless Chromium for the HTML report tests: find it, and dump a page's DOM after it ran."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def find_browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        if found := shutil.which(name):
            return found
    return None


def dump_dom(browser: str, page: Path, profile: Path) -> str:
    """The serialized DOM of ``page`` once loaded, with event handlers given time to fire (had
    any injected ``onerror``/``onload`` run, its effect would be in the dump)."""
    result = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--virtual-time-budget=2000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "<body" in result.stdout, result.stderr[-2000:]
    return result.stdout
