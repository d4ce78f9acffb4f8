"""Batch audit, single-document inspection and the HTML report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests._browser import dump_dom, find_browser
from xinfang_nlp.audit import AuditSettings, audit_document, run_batch, summarize
from xinfang_nlp.cli import app

CLEAN = "上半年共受理来信来访64批230人次,与去年同期(51批188人次)相比,批次上升25.5%。"
WRONG = "赴市越级访3批,较去年同期的5批上升40%。各类信访事项已办结42件,正在办理8件,结案率为86%。"
BLANK = "共办理来信 件,同比减少 %。"
HOSTILE = (
    "共受理来信来访50批<script>document.title='pwned';document.body.insertAdjacentHTML("
    "'beforeend','<div id=\"pwned\"></div>')</script>,"
    "<img src=x onerror=\"document.body.insertAdjacentHTML('beforeend','<p id=pwned2></p>')\">"
    '<a href="javascript:alert(1)">链接</a>,同比上升9%。'
)


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_clean.txt").write_bytes(CLEAN.encode("gb18030"))
    (folder / "b_wrong.txt").write_text(WRONG, encoding="utf-8")
    (folder / "sub" / "c_blank.txt").write_text(BLANK, encoding="utf-8")
    (folder / "d_empty.txt").write_bytes(b"")
    return folder


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_audit_document_is_pure_data(tmp_path: Path):
    path = tmp_path / "r.txt"
    path.write_text(WRONG, encoding="utf-8")
    result = audit_document(str(path))
    assert result["error"] is None
    assert result["counts"]["inconsistent"] == 2
    kinds = sorted(f["kind"] for f in result["findings"])
    assert kinds == ["change", "rate"]
    assert all(f["line"] == 1 and f["sentence"] for f in result["findings"])
    json.dumps(result)  # plain data all the way down


def test_unreadable_file_is_one_row_and_the_batch_finishes(batch: Path):
    result = run("audit", str(batch), "-r", "--format", "json")
    assert result.exit_code == 2  # unreadable input outranks findings
    payload = json.loads(result.stdout)
    assert payload["summary"]["files"] == 4
    assert payload["summary"]["unreadable"] == 1
    errors = [f for f in payload["files"] if f["error"]]
    assert errors[0]["path"].endswith("d_empty.txt")
    assert errors[0]["error"]["code"] == "empty"


def test_recursion_is_opt_in(batch: Path):
    payload = json.loads(run("audit", str(batch), "--format", "json").stdout)
    assert payload["summary"]["files"] == 3


@pytest.mark.parametrize(
    ("files", "fail_on", "code"),
    [
        (["a_clean.txt"], "inconsistent", 0),
        (["b_wrong.txt"], "inconsistent", 1),
        (["b_wrong.txt"], "never", 0),
        (["sub/c_blank.txt"], "inconsistent", 0),
        (["sub/c_blank.txt"], "incomplete", 1),
    ],
)
def test_exit_codes(batch: Path, files: list[str], fail_on: str, code: int):
    result = run("audit", *(str(batch / f) for f in files), "--fail-on", fail_on)
    assert result.exit_code == code, result.output


def test_usage_errors_exit_2(batch: Path):
    assert run("audit", str(batch), "--tolerance", "-1").exit_code == 2
    assert run("audit", str(batch / "nothing-here")).exit_code == 2
    assert run("audit", str(batch), "--fail-on", "sometimes").exit_code == 2


def test_table_output_has_summary_and_findings(batch: Path):
    result = run("audit", str(batch), "-r")
    assert "汇总" in result.stdout and "问题清单" in result.stdout
    assert "方向相反" in result.stdout
    english = run("audit", str(batch), "-r", "--lang", "en")
    assert "Summary" in english.stdout and "Direction reversed" in english.stdout


def test_outputs_are_written_whole(batch: Path, tmp_path: Path):
    jsonl = tmp_path / "out.jsonl"
    run("audit", str(batch), "-r", "--format", "jsonl", "-o", str(jsonl))
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and all(json.loads(line)["path"] for line in lines)
    csv_out = tmp_path / "findings.csv"
    run("audit", str(batch), "-r", "--format", "csv", "-o", str(csv_out))
    rows = csv_out.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "file,line,kind,verdict,severity,text,message,sentence"
    assert any(",unreadable,error," in row for row in rows)
    assert not list(tmp_path.glob(".*.tmp"))


def test_workers_give_identical_output(batch: Path):
    files = sorted(str(p) for p in batch.rglob("*.txt"))
    one = list(run_batch(files, AuditSettings(), workers=1))
    two = list(run_batch(files, AuditSettings(), workers=2))
    assert json.dumps(one, ensure_ascii=False) == json.dumps(two, ensure_ascii=False)
    assert summarize(one)["files"] == 4


def test_inspect_shows_everything(tmp_path: Path):
    path = tmp_path / "r.txt"
    path.write_text(CLEAN + "\n" + WRONG + "\n" + BLANK, encoding="utf-8")
    result = run("inspect", str(path))
    assert result.exit_code == 0
    for heading in ("来源", "主要数字", "核算", "有问题的句子"):
        assert heading in result.stdout
    assert "✓" in result.stdout and "✗" in result.stdout
    assert "64/51−1 = +25.49%" in result.stdout
    english = run("inspect", str(path), "--lang", "en")
    assert "Headline figures" in english.stdout
    missing = run("inspect", str(tmp_path / "none.txt"))
    assert missing.exit_code == 2 and "找不到文件" in missing.stderr


def test_html_escapes_document_text(tmp_path: Path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "report.html"
    result = run("audit", str(path), "--html", str(out))
    assert result.exit_code in (0, 1)
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and 'href="javascript' not in page
    assert "&lt;script&gt;" in page
    assert "Content-Security-Policy" in page
    assert '<mark class="k-count' in page


def test_html_in_headless_chromium(tmp_path: Path):
    """Rendered DOM: highlights exist, injected markup stayed text and ran nothing."""
    browser = find_browser()
    if browser is None:
        pytest.skip("no Chromium on this machine")
    path = tmp_path / "hostile.txt"
    path.write_text(CLEAN + "\n" + HOSTILE + "\n" + WRONG, encoding="utf-8")
    out = tmp_path / "report.html"
    run("audit", str(path), "--html", str(out))
    dom = dump_dom(browser, out, tmp_path / "profile")
    assert "<mark" in dom
    assert 'class="k-count' in dom and "bad" in dom  # claims by kind, findings in red
    # had anything run, these would be real elements, not escaped text
    assert '<div id="pwned">' not in dom and '<p id="pwned2">' not in dom
    assert "pwned</title>" not in dom
    assert "&lt;script&gt;" in dom  # the injected tag is visible as text


def test_an_internal_error_is_one_row_not_a_crash(tmp_path: Path, monkeypatch):
    import xinfang_nlp.report

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(xinfang_nlp.report, "extract", broken)
    path = tmp_path / "r.txt"
    path.write_text(CLEAN, encoding="utf-8")
    result = audit_document(str(path))
    assert result["error"]["code"] == "internal_error"
    assert "boom" in result["error"]["message"]
    assert summarize([result])["unreadable"] == 1


def test_resume_skips_recorded_files_and_repairs_a_torn_line(batch: Path, tmp_path: Path):
    out = tmp_path / "results.jsonl"
    first = run("audit", str(batch / "a_clean.txt"), "--format", "jsonl", "-o", str(out))
    assert first.exit_code == 0
    with out.open("a", encoding="utf-8") as handle:
        handle.write('{"path": "half a li')  # a run killed mid-write
    result = run("audit", str(batch), "-r", "--format", "jsonl", "-o", str(out), "--resume")
    assert result.exit_code == 2  # d_empty.txt is unreadable
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    paths = [item["path"] for item in lines]
    assert len(paths) == 4 and len(set(paths)) == 4  # every file exactly once
    assert paths[0].endswith("a_clean.txt")
    assert run("audit", str(batch), "--resume").exit_code == 2  # needs -o and jsonl


def test_collection_is_paused_per_document_and_restored(batch: Path, monkeypatch):
    import gc
    import threading

    from xinfang_nlp import _gc_pause as gc_pause_module
    from xinfang_nlp import audit as audit_module

    seen = []
    real = audit_module.audit_document

    def spy(path, settings):
        seen.append(gc.isenabled())
        return real(path, settings)

    monkeypatch.setattr(audit_module, "audit_document", spy)
    files = sorted(str(p) for p in batch.glob("*.txt"))
    assert gc.isenabled()
    results = list(run_batch(files, AuditSettings(), workers=1))
    assert len(results) == len(files) and seen == [False] * len(files)
    assert gc.isenabled()  # on again between documents and after the batch
    gc.disable()
    try:
        list(run_batch(files[:1], AuditSettings(), workers=1))
        assert not gc.isenabled()  # a caller's choice is left alone
    finally:
        gc.enable()
    # threads share one pause: collection is back on only when the last document is done
    pause = gc_pause_module.CollectionPause()
    inside, release = threading.Event(), threading.Event()

    def hold():
        with pause():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=hold)
    thread.start()
    inside.wait(5)
    with pause():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's document is still under way
    release.set()
    thread.join()
    assert gc.isenabled()
