"""Stage 1 — read a file into a :class:`Document` (decoded text, detected encoding, source facts).

Detection is evidence-based, not "try UTF-8 then GBK": Big5 bytes also decode as GB18030 without
error, so every candidate that decodes is scored by how much of it is ordinary Chinese text
(see :mod:`xinfang_nlp._charset`) and the best one wins; if none is plausible the file is refused
with a :class:`~xinfang_nlp.errors.DocumentError` — nothing is guessed silently.
"""

from __future__ import annotations

import codecs
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ._charset import plausibility
from .errors import DocumentError

__all__ = ["DEFAULT_MAX_BYTES", "Document", "decode_bytes", "read_document"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Largest input file accepted by default (a real report is well under 1 MB)."""

_DOCX_MAX_EXPANDED = 200 * 1024 * 1024
_DOCX_MAX_RATIO = 200
_UNSUPPORTED = {".doc", ".wps", ".rtf", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".html", ".htm"}


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded document. ``text`` is the text every offset in the output refers to."""

    path: str
    text: str
    encoding: str
    format: str  # "text", "docx" or "pdf"
    size_bytes: int

    @property
    def chars(self) -> int:
        return len(self.text)


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read ``.txt`` (any common Chinese encoding), ``.docx`` or text-layer ``.pdf``.

    Raises :class:`DocumentError` for missing, empty, oversized, binary, undecodable or
    unsupported files.
    """
    file = Path(path)
    name = str(path)
    try:
        if file.is_dir():
            raise DocumentError("is_directory", path=name)
        size = file.stat().st_size
    except FileNotFoundError:
        raise DocumentError("not_found", path=name) from None
    except OSError as err:
        raise DocumentError(
            "unreadable", path=name, reason=err.strerror or type(err).__name__
        ) from None
    if size > max_bytes:
        raise DocumentError("too_large", path=name, size=size, limit=max_bytes)
    try:
        with file.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise DocumentError(
            "unreadable", path=name, reason=err.strerror or type(err).__name__
        ) from None
    if len(data) > max_bytes:  # grew while we looked, or a special file
        raise DocumentError("too_large", path=name, size=len(data), limit=max_bytes)
    if not data:
        raise DocumentError("empty", path=name)

    suffix = file.suffix.lower()
    if data.startswith(b"%PDF-") or suffix == ".pdf":
        text = _read_pdf(file, data, name)
        return Document(name, text, "pdf", "pdf", len(data))
    if data.startswith(b"PK\x03\x04") or suffix == ".docx":
        text = _read_docx(file, name)
        return Document(name, text, "docx", "docx", len(data))
    if suffix in _UNSUPPORTED:
        raise DocumentError("unsupported_format", path=name, fmt=suffix)
    text, encoding = decode_bytes(data, name=name)
    return Document(name, text, encoding, "text", len(data))


# ---------------------------------------------------------------------------------------------
# plain text

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Candidates tried when there is no BOM and the bytes are not valid UTF-8, best guess first.
_LEGACY = ("gb18030", "big5hkscs")
_MIN_PLAUSIBILITY = 0.6


def decode_bytes(data: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes of a text file; return ``(text, encoding name)``.

    >>> decode_bytes("来信来访50批".encode("gb18030"))
    ('来信来访50批', 'gb18030')
    >>> decode_bytes("來信來訪50批".encode("big5"))
    ('來信來訪50批', 'big5')
    >>> decode_bytes(codecs.BOM_UTF8 + "信访".encode())
    ('信访', 'utf-8-sig')
    """
    if not data:
        raise DocumentError("empty", path=name)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise DocumentError("unknown_encoding", path=name) from None
            return _checked(text, name), label
    if b"\x00" in data:
        # UTF-16 without a BOM (ASCII and many CJK code points put NUL bytes in the stream);
        # otherwise NUL bytes mean a binary file.
        best = _best_decoding(data, ("utf-16-le", "utf-16-be"))
        if best is None or best[0] < _MIN_PLAUSIBILITY:
            raise DocumentError("binary", path=name)
        return _checked(best[1], name), best[2]
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = _LEGACY + (("utf-16-le", "utf-16-be") if len(data) % 2 == 0 else ())
    best = _best_decoding(data, candidates)
    if best is None or best[0] < _MIN_PLAUSIBILITY:
        if _looks_binary(data):
            raise DocumentError("binary", path=name)
        raise DocumentError("unknown_encoding", path=name)
    label = "big5" if best[2] == "big5hkscs" else best[2]
    return _checked(best[1], name), label


def _best_decoding(data: bytes, codecs_: tuple[str, ...]) -> tuple[float, str, str] | None:
    """The strict decoding that reads most like Chinese prose (see ``_charset.plausibility``);
    control characters count against a candidate."""
    best: tuple[float, str, str] | None = None
    for codec in codecs_:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:8192]
        controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
        score = plausibility(text) - controls / max(1, len(sample))
        if best is None or score > best[0]:
            best = (score, text, codec)
    return best


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > 0.05 * len(sample)


def _checked(text: str, name: str) -> str:
    """Refuse decoded text that is mostly control characters (a binary file that happens to
    decode)."""
    sample = text[:8192]
    if not sample.strip():
        raise DocumentError("empty", path=name)
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > 0.05 * len(sample):
        raise DocumentError("binary", path=name)
    return text


# ---------------------------------------------------------------------------------------------
# .docx


def _read_docx(file: Path, name: str) -> str:
    try:
        with zipfile.ZipFile(file) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if "word/document.xml" not in names:
                raise DocumentError("bad_docx", path=name, reason="word/document.xml missing")
            expanded = sum(info.file_size for info in infos)
            packed = max(1, sum(info.compress_size for info in infos))
            if expanded > _DOCX_MAX_EXPANDED or expanded / packed > _DOCX_MAX_RATIO:
                raise DocumentError("docx_bomb", path=name)
    except zipfile.BadZipFile as err:
        raise DocumentError("bad_docx", path=name, reason=str(err)) from None
    except OSError as err:
        raise DocumentError("unreadable", path=name, reason=err.strerror or str(err)) from None

    import docx  # python-docx: heavy, imported on demand
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(file))
    except Exception as err:  # python-docx raises a variety of types on broken packages
        raise DocumentError("bad_docx", path=name, reason=type(err).__name__) from None

    lines: list[str] = []

    def walk(container: object) -> None:
        for block in container.iter_inner_content():  # type: ignore[attr-defined]
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                for row in block.rows:
                    seen: set[int] = set()
                    cells: list[str] = []
                    for cell in row.cells:
                        # merged cells repeat the same underlying element
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        before = len(lines)
                        walk(cell)
                        cells.append("\n".join(lines[before:]).strip())
                        del lines[before:]
                    lines.append("\t".join(cells))

    walk(document)
    text = "\n".join(lines)
    if not text.strip():
        raise DocumentError("empty", path=name)
    return text


# ---------------------------------------------------------------------------------------------
# .pdf

_PDF_GARBLED_SHARE = 0.05


def _read_pdf(file: Path, data: bytes, name: str) -> str:
    if not data.startswith(b"%PDF-"):
        raise DocumentError("bad_pdf", path=name, reason="no %PDF header")
    import logging

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pages: list[str] = []
    try:
        with pdfplumber.open(file) as pdf:
            for page in pdf.pages:
                pages.append(page.extract_text() or "")
    except Exception as err:  # pdfminer raises many unrelated types on damaged files
        raise DocumentError("bad_pdf", path=name, reason=type(err).__name__) from None
    text = "\n".join(pages)
    visible = "".join(text.split())
    if not visible:
        raise DocumentError("pdf_no_text", path=name)
    garbled = text.count("(cid:") * 6 + text.count("\ufffd")
    if garbled > _PDF_GARBLED_SHARE * len(visible):
        raise DocumentError("pdf_garbled", path=name)
    return text
