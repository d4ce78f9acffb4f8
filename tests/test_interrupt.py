"""Interruption: a real ``xinfang audit`` process killed mid-batch leaves a JSONL file whose
complete lines are valid results, and ``--resume`` finishes the batch with every file exactly
once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

TEMPLATE = (
    "{name}信访局:本月共受理来信来访{n}件,同比上升{p}%(上年同期{m}件)。其中来信{a}件,来访{b}件。\n"
)


def _audit(*args: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", "from xinfang_nlp.cli import main; main()", "audit", *args]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL])
def test_a_killed_batch_leaves_valid_results_and_resume_completes_it(tmp_path: Path, how):
    folder = tmp_path / "reports"
    folder.mkdir()
    count = 400
    for i in range(count):
        text = TEMPLATE.format(name=f"第{i}号", n=100 + i, p=10, m=91 + i, a=40 + i, b=60)
        (folder / f"r{i:04d}.txt").write_text(text * 3, encoding="utf-8")
    out = tmp_path / "results.jsonl"

    process = _audit(str(folder), "--format", "jsonl", "-o", str(out))
    deadline = time.monotonic() + 60
    while len(_lines(out)) < 20 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if process.poll() is not None:
        pytest.skip("the batch finished before it could be interrupted")
    os.kill(process.pid, how)
    process.wait(timeout=30)

    lines = _lines(out)
    if len(lines) == count and process.returncode in (0, 1):
        pytest.skip("the batch finished between the last poll and the signal")
    assert 20 <= len(lines) < count
    complete = lines if out.read_text(encoding="utf-8").endswith("\n") else lines[:-1]
    for line in complete:  # everything written before the kill is a whole, valid result
        record = json.loads(line)
        assert record["path"].startswith(str(folder)) and "findings" in record

    resumed = _audit(str(folder), "--format", "jsonl", "-o", str(out), "--resume")
    assert resumed.wait(timeout=300) in (0, 1)
    paths = [json.loads(line)["path"] for line in _lines(out)]
    assert sorted(paths) == sorted(str(p) for p in folder.iterdir())  # each file exactly once
