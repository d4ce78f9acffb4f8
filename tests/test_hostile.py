"""Hostile input and output safety: every bad file is one clear error row and the batch goes on;
document text can neither run in the HTML report nor start a spreadsheet formula; a model file
cannot bring its own code.

The report texts are written for this file (none is copied from the seed documents).
"""

from __future__ import annotations

import codecs
import csv
import errno
import hashlib
import html.parser
import io
import json
import os
import random
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests._browser import dump_dom, find_browser
from xinfang_nlp.cli import app
from xinfang_nlp.errors import DocumentError
from xinfang_nlp.read import decode_bytes, read_document

GOOD = (
    "三季度全乡共受理群众来信来访42批157人次,与去年同期(35批120人次)相比,"
    "批次上升20%,人次上升30.8%。其中越级访2批,较去年同期的4批下降60%。\n"
)
HUGE_BYTES = 50 * 1024 * 1024


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def _zip_bomb(path: Path) -> None:
    """A .docx whose word/document.xml inflates ~1000-fold (64 MiB from ~64 KiB)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            block = b"<w:p>" + b" " * (1024 * 1024 - 5)
            for _ in range(64):
                member.write(block)


def _pdf_without_text(path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.rect(40, 40, 200, 300, fill=1)
    pdf.save()


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict[str, str | None]]:
    """A folder with one good report and one file of every hostile kind, and
    ``{file name: expected error code}`` (the good report maps to ``None``)."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    expected: dict[str, str | None] = {"good.txt": None}

    def add(name: str, code: str | None, data: bytes | None = None) -> Path:
        path = folder / name
        if data is not None:
            path.write_bytes(data)
        expected[name] = code
        return path

    add("good.txt", None, GOOD.encode("gb18030"))
    add("empty.txt", "empty", b"")
    noise = random.Random(6).randbytes(4096)
    add("binary.txt", "binary", noise[:1000] + b"\x00" * 64 + noise[1000:])
    add("truncated.txt", "truncated", GOOD.strip().encode("utf-8")[:-1])  # 。 cut after 2 bytes
    mixed = GOOD.encode("gb18030") + GOOD.replace("三季度", "四季度").encode("utf-8")
    add("mixed.txt", "mixed_encoding", mixed)
    with add("huge.txt", "too_large").open("wb") as handle:
        handle.write(b"a" * HUGE_BYTES)  # one line, no newline
    _zip_bomb(add("bomb.docx", "docx_bomb"))
    _pdf_without_text(add("scan.pdf", "pdf_no_text"))
    os.symlink(folder, add("loop", "symlink_loop"))
    locked = add("locked.txt", "unreadable", GOOD.encode("utf-8"))
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        # Running as root: the kernel lets root read a mode-000 file, so make the open fail
        # exactly as it fails for everyone else (the same errno, through the same call).
        real_open = os.open

        def denying_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
            if Path(path) == locked:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", denying_open)
    os.mkfifo(add("pipe.txt", "special_file"))  # opening it for reading would block forever
    os.symlink("self.txt", add("self.txt", "symlink_loop"))
    return str(folder), expected


def _rows(out: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_name = {Path(row["path"]).name: row for row in rows}
    assert len(by_name) == len(rows), "a file has more than one row"
    return by_name


def test_every_hostile_file_is_one_clear_error_row(hostile, tmp_path: Path):
    folder, expected = hostile
    out = tmp_path / "out.jsonl"
    started = time.perf_counter()
    result = run("audit", folder, "--format", "jsonl", "-o", str(out))
    elapsed = time.perf_counter() - started
    assert result.exit_code == 2, result.output  # unreadable input; the batch still finished
    rows = _rows(out)
    assert sorted(rows) == sorted(expected)
    for name, code in expected.items():
        row = rows[name]
        if code is None:
            continue
        assert row["error"]["code"] == code, (name, row["error"])
        assert name in row["error"]["message"]
        assert row["report"] is None and row["findings"] == []
    # the good report, read as GB18030 between all of them, is audited normally
    good = rows["good.txt"]
    assert good["error"] is None
    assert good["report"]["source"]["encoding"] == "gb18030"
    assert good["counts"]["claims"] >= 8
    assert [f["kind"] for f in good["findings"]] == ["change"]  # 4→2 is -50%, not -60%
    # the messages say what is wrong, in Chinese by default
    messages = {name: rows[name]["error"]["message"] for name in expected if expected[name]}
    assert "文件为空" in messages["empty.txt"]
    assert "二进制" in messages["binary.txt"]
    assert "截断" in messages["truncated.txt"]
    assert "UTF-8 + GB18030" in messages["mixed.txt"]
    assert f"{HUGE_BYTES} 字节" in messages["huge.txt"] and "上限" in messages["huge.txt"]
    assert "压缩炸弹" in messages["bomb.docx"]
    assert "文字层" in messages["scan.pdf"]
    assert "循环" in messages["loop"] and "循环" in messages["self.txt"]
    assert "Permission denied" in messages["locked.txt"]
    assert "管道" in messages["pipe.txt"]
    assert elapsed < 30  # nothing hangs (the pipe) and nothing big is processed


def test_error_rows_in_english(hostile, tmp_path: Path):
    folder, _ = hostile
    out = tmp_path / "out.jsonl"
    result = run("audit", folder, "--format", "jsonl", "-o", str(out), "--lang", "en")
    assert result.exit_code == 2
    rows = _rows(out)
    assert "cut short" in rows["truncated.txt"]["error"]["message"]
    assert "mixes text encodings" in rows["mixed.txt"]["error"]["message"]
    assert "zip bomb" in rows["bomb.docx"]["error"]["message"]
    assert "Symbolic link loop" in rows["loop"]["error"]["message"]


def test_table_output_lists_each_unreadable_file(hostile):
    folder, expected = hostile
    result = run("audit", folder)
    assert result.exit_code == 2
    unreadable = sum(1 for code in expected.values() if code)
    summary = result.stdout.splitlines()[4]  # title, top rule, header, rule, values
    assert summary.split()[1:4:2] == [str(len(expected)), str(unreadable)], result.stdout


TRADITIONAL = "三季度全鄉共受理群眾來信來訪42批157人次,與去年同期(35批120人次)相比,批次上升20%。"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le")[:-1], "truncated"),
        (GOOD.encode("utf-8")[:-2], "truncated"),
        (GOOD.encode("utf-8") + TRADITIONAL.encode("big5"), "mixed_encoding"),
        (TRADITIONAL.encode("big5") + b"\n" + GOOD.encode("utf-8"), "mixed_encoding"),
        ("Ça coûte 12 €, très cher — déjà vu".encode("cp1252"), "unknown_encoding"),
    ],
)
def test_undecodable_text_says_why(data: bytes, code: str):
    with pytest.raises(DocumentError) as err:
        decode_bytes(data)
    assert err.value.code == code


@pytest.mark.parametrize("codec", ["gb18030", "big5", "utf-8"])
def test_one_encoding_is_not_called_a_mix(codec: str):
    text = TRADITIONAL if codec == "big5" else GOOD
    assert decode_bytes(text.encode(codec))[0] == text


def _refusal(path: Path) -> tuple[str, int]:
    """The error code reading ``path`` gives, and the peak memory Python allocated meanwhile."""
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError) as err:
            read_document(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return err.value.code, peak


def test_a_huge_file_is_refused_without_being_read(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(HUGE_BYTES)  # sparse: costs no disk and no time to write
    code, peak = _refusal(path)
    assert code == "too_large"
    assert peak < 1024 * 1024  # the 50 MB were never loaded


def test_docx_that_lies_about_its_size_is_refused(tmp_path: Path):
    """A bomb whose headers declare a tiny size passes the size guard, but zipfile stops
    inflating at the declared size and the CRC check fails: refused, memory stays small."""
    path = tmp_path / "liar.docx"
    _zip_bomb(path)
    data = bytearray(path.read_bytes())
    tiny = (1000).to_bytes(4, "little")
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local, central
        offset = 0
        while (offset := data.find(signature, offset)) >= 0:
            data[offset + size_at : offset + size_at + 4] = tiny
            offset += 4
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/document.xml").file_size == 1000  # the lie is in place
    code, peak = _refusal(path)
    assert code == "bad_docx"
    assert peak < 32 * 1024 * 1024


def test_docx_with_an_oversized_body_is_refused(tmp_path: Path):
    import docx

    path = tmp_path / "long.docx"
    document = docx.Document()
    for _ in range(500):
        document.add_paragraph(GOOD)
    document.save(str(path))
    with pytest.raises(DocumentError) as err:
        read_document(path, max_bytes=path.stat().st_size + 1)
    assert err.value.code == "docx_too_large"
    assert "字节" in str(err.value)


def _pdf_with_stream(path: Path, content: bytes) -> None:
    """A one-page PDF whose page content is ``content``, Flate-compressed."""
    import zlib

    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (5, xref))
    path.write_bytes(out.getvalue())


def test_pdf_compression_bomb_is_refused_before_parsing(tmp_path: Path):
    """A few KB of PDF whose page content inflates to 64 MB: pdfminer would hold it in memory
    and parse it for many minutes; it is refused after counting the inflated bytes."""
    bomb = tmp_path / "bomb.pdf"
    _pdf_with_stream(bomb, b"0 0 m\n" * (64 * 1024 * 1024 // 6))
    assert bomb.stat().st_size < 200 * 1024
    started = time.perf_counter()
    with pytest.raises(DocumentError) as err:
        read_document(bomb)
    assert err.value.code == "pdf_bomb"
    assert time.perf_counter() - started < 5
    # the same construction with ordinary page content passes the guard
    fine = tmp_path / "fine.pdf"
    _pdf_with_stream(fine, b"0 0 m 100 100 l S\n" * 100)
    with pytest.raises(DocumentError) as err:
        read_document(fine)
    assert err.value.code == "pdf_no_text"


def test_an_unexpected_internal_error_is_one_row_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import xinfang_nlp.report

    real_extract = xinfang_nlp.report.extract

    def fragile(normalized, **kwargs):  # type: ignore[no-untyped-def]
        if "炸" in normalized.text:
            raise ZeroDivisionError("injected fault")
        return real_extract(normalized, **kwargs)

    monkeypatch.setattr(xinfang_nlp.report, "extract", fragile)
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text("炸" + GOOD, encoding="utf-8")
    (folder / "c.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("audit", str(folder), "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 2
    rows = _rows(out)
    assert list(rows) == ["a.txt", "b.txt", "c.txt"]
    assert rows["b.txt"]["error"]["code"] == "internal_error"
    assert "ZeroDivisionError: injected fault" in rows["b.txt"]["error"]["message"]
    assert "内部错误" in rows["b.txt"]["error"]["message"]
    assert rows["a.txt"]["error"] is None and rows["c.txt"]["error"] is None
    assert rows["a.txt"]["report"] == {
        **rows["c.txt"]["report"],
        "source": {**rows["c.txt"]["report"]["source"], "path": rows["a.txt"]["path"]},
    }


# --- output safety: HTML ----------------------------------------------------------------------

# Each payload would, if it ran, mark the page: a body attribute, an element, the title.
INJECTED = (
    "本月受理来信来访31批<script>document.body.setAttribute('data-pwned','script');"
    "document.title='pwned'</script>,"
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"
    "<svg onload=\"document.body.setAttribute('data-pwned','svg')\"></svg>"
    "<a href=\"javascript:document.body.setAttribute('data-pwned','link')\">点此</a>,"
    "<iframe srcdoc=\"<script>parent.document.body.setAttribute('data-pwned','frame')"
    '</script>"></iframe>'
    "'\"><b id=pwned>同比上升9%。</b>\n"
    "越级访2批,较上月的4批下降60%。\n"
)
# A file name is document data too.
HOSTILE_NAME = "r<img src=x onerror=\"document.body.setAttribute('data-pwned','name')\">.txt"


class _Elements(html.parser.HTMLParser):
    """The real elements of a serialized DOM (escaped text is not an element)."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))


def _elements(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(page)
    return parser.elements


def _hostile_html(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / HOSTILE_NAME).write_text(INJECTED, encoding="utf-8")
    (folder / "empty<b onmouseover=alert(1)>.txt").write_bytes(b"")
    out = tmp_path / "report.html"
    result = run("audit", str(folder), "--html", str(out))
    assert result.exit_code == 2, result.output
    return out, out.read_text(encoding="utf-8")


def _assert_inert(elements: list[tuple[str, dict[str, str | None]]]) -> None:
    tags = [tag for tag, _ in elements]
    assert "script" not in tags and "img" not in tags and "svg" not in tags
    assert "iframe" not in tags
    for tag, attrs in elements:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        href = (attrs.get("href") or "").strip().lower()
        assert not href.startswith("javascript:"), (tag, attrs)
        assert attrs.get("id") != "pwned" and "data-pwned" not in attrs


def test_html_report_keeps_injected_markup_as_text(tmp_path: Path):
    _, page = _hostile_html(tmp_path)
    _assert_inert(_elements(page))
    assert "&lt;script&gt;document.body.setAttribute" in page
    assert "&lt;img src=x onerror=" in page  # the file name, shown as text
    assert '<mark class="k-change bad"' in page  # the -60% finding is still highlighted


def test_html_report_runs_nothing_in_headless_chromium(tmp_path: Path):
    browser = find_browser()
    if browser is None:
        pytest.skip("no Chromium on this machine")
    report, _ = _hostile_html(tmp_path)
    dom = dump_dom(browser, report, tmp_path / "profile")
    elements = _elements(dom)
    _assert_inert(elements)
    assert "pwned</title>" not in dom
    assert any(tag == "mark" for tag, _ in elements)
    # Control: the same payload outside our escaping does run in this browser, so the
    # markers above would have been set had anything in the report executed.
    control = tmp_path / "control.html"
    control.write_text(f"<!DOCTYPE html><html><body>{INJECTED}</body></html>", encoding="utf-8")
    body = next(
        attrs
        for tag, attrs in _elements(dump_dom(browser, control, tmp_path / "p2"))
        if tag == "body"
    )
    assert body.get("data-pwned") in ("script", "img", "svg")


# --- output safety: CSV -----------------------------------------------------------------------

FORMULAS = (
    '=HYPERLINK("http://x")越级访2批,较上月的4批下降60%。\n'
    "+SUM(A1)越级访3批,较上月的6批下降40%。\n"
    "-2+3越级访5批,较上月的10批下降40%。\n"
    "@SUM(A1)越级访3批,较上月的6批下降40%。\n"
    "\t=1+1越级访4批,较上月的8批下降40%。\n"
)
FORMULA_NAMES = ("=cmd.txt", "+a.txt", "-b.txt", "@c.txt")
CR_NAME = "\r=cr(1).txt"


def _assert_no_formula_cells(text: str) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) > 1
    for row in rows:
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                float(cell)  # only a plain number may start with a sign
    return rows


def test_audit_and_extract_csv_neutralise_formulas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)  # relative paths, so the file column starts with the name
    for name in FORMULA_NAMES:
        Path(name).write_text(FORMULAS, encoding="utf-8")
    # unreadable; a bare CR would end the CSV row and start a new one with the formula
    Path(CR_NAME).write_bytes(b"")
    audit = run("audit", "--format", "csv", "-o", "audit.csv", "--", *FORMULA_NAMES, CR_NAME)
    assert audit.exit_code == 2, audit.output
    rows = _assert_no_formula_cells(Path("audit.csv").read_text(encoding="utf-8"))
    cells = [cell for row in rows for cell in row]
    assert "'=cmd.txt" in cells and "'@c.txt" in cells and "'\n=cr(1).txt" in cells
    sentences = [row[-1] for row in rows[1:]]
    assert any(s.startswith("'=HYPERLINK") for s in sentences)
    assert any(s.startswith("'@SUM") for s in sentences)

    extract = run("extract", "--format", "csv", "-o", "claims.csv", "--", *FORMULA_NAMES)
    assert extract.exit_code == 0, extract.output
    rows = _assert_no_formula_cells(Path("claims.csv").read_text(encoding="utf-8"))
    cells = [cell for row in rows for cell in row]
    assert "'+a.txt" in cells and "'-b.txt" in cells
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)


# --- model files ------------------------------------------------------------------------------


class Tripwire:
    """Stands for attacker code: unpickling-style loaders run ``__setstate__``."""

    marker: Path | None = None

    def __setstate__(self, state: dict) -> None:
        Path(state["marker"]).write_text("code ran", encoding="utf-8")

    def __getstate__(self) -> dict:
        return {"marker": str(self.marker)}


def test_a_model_file_that_would_run_code_is_refused(tmp_path: Path):
    import skops.io
    from sklearn.pipeline import Pipeline

    from xinfang_nlp.categories import ModelError, load_classifier, sidecar_path

    root = Path(__file__).resolve().parent.parent / "models" / "category_model.skops"
    marker = tmp_path / "marker"
    trap = Tripwire()
    trap.marker = marker
    model = tmp_path / root.name
    skops.io.dump(Pipeline([("tripwire", trap)]), model)
    metadata = json.loads(sidecar_path(root).read_text(encoding="utf-8"))
    metadata["sha256"] = hashlib.sha256(model.read_bytes()).hexdigest()  # a consistent forgery
    sidecar_path(model).write_text(json.dumps(metadata), encoding="utf-8")

    with pytest.raises(ModelError) as err:
        load_classifier(model)
    assert err.value.code == "untrusted"
    assert "Tripwire" in str(err.value) and "不受信任" in str(err.value)
    assert not marker.exists()
    # Control: a loader that trusted the file would have run the attacker's code.
    skops.io.load(model, trusted=skops.io.get_untrusted_types(file=model))
    assert marker.read_text(encoding="utf-8") == "code ran"
