"""Reading documents: encodings, .docx, .pdf, and clear errors for everything else."""

from __future__ import annotations

import codecs
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from xinfang_nlp.errors import DocumentError
from xinfang_nlp.read import decode_bytes, read_document

from .conftest import ROOT

SIMPLIFIED = "一、基本情况\n今年1至6月,共受理群众来信来访128批356人次,同比下降12.3%。\n"
TRADITIONAL = "一、基本情況\n今年1至6月,共受理群眾來信來訪128批356人次,同比下降12.3%。\n"


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (TRADITIONAL, "big5", "big5"),
        (TRADITIONAL, "gb18030", "gb18030"),
        (SIMPLIFIED, "utf-16", "utf-16"),
        (TRADITIONAL, "utf-16-le", "utf-16-le"),
        (SIMPLIFIED, "utf-16-be", "utf-16-be"),
    ],
)
def test_encodings_are_detected_and_reported(tmp_path: Path, text: str, codec: str, expected: str):
    path = tmp_path / f"report-{codec}.txt"
    path.write_bytes(text.encode(codec))
    document = read_document(path)
    assert document.text == text
    assert document.encoding == expected
    assert document.format == "text"
    assert document.chars == len(text)


def test_big5_is_not_mistaken_for_gb18030():
    # Big5 bytes decode as GB18030 without error; detection must still pick Big5.
    data = TRADITIONAL.encode("big5")
    data.decode("gb18030")  # the trap: this does not raise
    assert decode_bytes(data) == (TRADITIONAL, "big5")


def test_short_gbk_text_is_detected():
    assert decode_bytes("信访".encode("gbk")) == ("信访", "gb18030")


def test_docx_paragraphs_and_table_cells_in_document_order(tmp_path: Path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("一、来信来访情况")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "类别"
    table.cell(0, 1).text = "批次"
    table.cell(1, 0).text = "劳资纠纷"
    table.cell(1, 1).text = "17批"
    document.add_paragraph("二、下步打算")
    path = tmp_path / "report.docx"
    document.save(str(path))
    result = read_document(path)
    assert result.format == "docx"
    assert result.text.splitlines() == [
        "一、来信来访情况",
        "类别\t批次",
        "劳资纠纷\t17批",
        "二、下步打算",
    ]


def test_pdf_text_layer(tmp_path: Path):
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "report.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(50, 800, "共接待来信来访50批195人次")
    pdf.drawString(50, 780, "结案率为84%")
    pdf.save()
    result = read_document(path)
    assert result.format == "pdf"
    assert "50批195人次" in result.text
    assert "结案率为84%" in result.text


def test_pdf_without_text_layer_is_refused(tmp_path: Path):
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(40, 40, 200, 300, fill=1)
    pdf.save()
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert err.value.code == "pdf_no_text"
    assert "文字层" in str(err.value)


def test_pdf_with_cid_garbage_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A font without a Unicode map comes out of pdfminer as (cid:N) runs."""
    pytest.importorskip("reportlab")
    import pdfplumber.page
    from reportlab.pdfgen import canvas

    path = tmp_path / "garbled.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(50, 800, "placeholder")
    pdf.save()
    monkeypatch.setattr(
        pdfplumber.page.Page, "extract_text", lambda self, **kw: "(cid:12)(cid:345)(cid:77)" * 20
    )
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert err.value.code == "pdf_garbled"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n ", "empty"),
        ("binary.txt", bytes(range(256)) * 40, "binary"),
        ("elf", b"\x7fELF\x02\x01\x01\x00" + b"\x00\x01\x02\x03" * 500, "binary"),
        ("old.doc", "信访".encode("gbk") * 10, "unsupported_format"),
        ("fake.docx", b"this is not a zip file at all", "bad_docx"),
        ("fake.pdf", b"not a pdf", "bad_pdf"),
        ("latin.txt", "Ça coûte 12 €, très cher — déjà vu".encode("cp1252"), "unknown_encoding"),
    ],
)
def test_bad_files_raise_one_clear_error(tmp_path: Path, name: str, data: bytes, code: str):
    with pytest.raises(DocumentError) as err:
        read_document(_write(tmp_path, name, data))
    assert err.value.code == code
    assert name in str(err.value)
    assert err.value.message("en") != str(err.value)


def test_missing_file_and_directory(tmp_path: Path):
    with pytest.raises(DocumentError) as err:
        read_document(tmp_path / "nope.txt")
    assert err.value.code == "not_found"
    with pytest.raises(DocumentError) as err:
        read_document(tmp_path)
    assert err.value.code == "is_directory"


def test_size_limit(tmp_path: Path):
    path = _write(tmp_path, "big.txt", "信访".encode() * 1000)
    with pytest.raises(DocumentError) as err:
        read_document(path, max_bytes=1000)
    assert err.value.code == "too_large"
    assert "1000" in str(err.value)
    assert read_document(path, max_bytes=10_000).chars == 2000


def test_docx_without_document_part(tmp_path: Path):
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert err.value.code == "bad_docx"


def test_docx_zip_bomb_is_refused_before_expanding(tmp_path: Path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * (16 * 1024 * 1024))
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert err.value.code == "docx_bomb"


def test_seed_documents_read(seed_files: list[Path]):
    for path in seed_files:
        document = read_document(path)
        assert document.encoding == "utf-8"
        assert document.chars > 1000


def test_common_chars_resource_is_generated():
    """The character table is generated data: regenerating it must give the committed file."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_charset.py"), "--check"], check=False
    )
    assert result.returncode == 0, "run scripts/make_charset.py and commit the result"


def test_error_messages_are_chinese_by_default_and_english_on_request():
    err = DocumentError("too_large", path="a.txt", size=10, limit=5)
    assert str(err) == err.message("zh")
    assert "过大" in str(err)
    assert err.message("en").startswith("File too large")


def test_bom_variants_round_trip():
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        assert decode_bytes(bom + "信访".encode(codec))[0] == "信访"
