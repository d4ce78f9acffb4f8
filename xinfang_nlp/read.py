"""Stage 1 — read a file into a :class:`Document` (decoded text, detected encoding, source facts).

Detection is evidence-based, not "try UTF-8 then GBK": Big5 bytes also decode as GB18030 without
error, so every candidate that decodes is scored by how much of it is ordinary Chinese text
(see :mod:`xinfang_nlp._charset`) and the best one wins; if none is plausible the file is refused
with a :class:`~xinfang_nlp.errors.DocumentError` — nothing is guessed silently.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ._charset import plausibility
from .errors import DocumentError

__all__ = ["DEFAULT_MAX_BYTES", "Document", "decode_bytes", "is_symlink_loop", "read_document"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Largest input file accepted by default (a real report is well under 1 MB)."""

# Compression-bomb guards for .docx parts and PDF streams: the most a file may expand to, and
# the largest expanded/packed ratio (real documents stay far below both).
_MAX_EXPANDED = 200 * 1024 * 1024
_MAX_RATIO = 200
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
    unsupported files, for pipes and devices, and for symbolic-link loops. The size limit is
    checked before anything is read, and never more than ``max_bytes + 1`` bytes are read.
    """
    file = Path(path)
    name = str(path)
    if is_symlink_loop(file):
        raise DocumentError("symlink_loop", path=name)
    if file.is_dir():
        raise DocumentError("is_directory", path=name)
    try:
        # Non-blocking, so that opening a named pipe cannot hang the batch (it is refused below
        # as soon as fstat shows it is not a regular file); no effect on regular files.
        descriptor = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise DocumentError("not_found", path=name) from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise DocumentError("symlink_loop", path=name) from None
        raise DocumentError(
            "unreadable", path=name, reason=err.strerror or type(err).__name__
        ) from None
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError("is_directory", path=name)
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError("special_file", path=name)
        if info.st_size > max_bytes:
            raise DocumentError("too_large", path=name, size=info.st_size, limit=max_bytes)
        try:
            data = handle.read(max_bytes + 1)
        except OSError as err:
            raise DocumentError(
                "unreadable", path=name, reason=err.strerror or type(err).__name__
            ) from None
    if len(data) > max_bytes:  # grew while we looked
        raise DocumentError("too_large", path=name, size=len(data), limit=max_bytes)
    if not data:
        raise DocumentError("empty", path=name)

    suffix = file.suffix.lower()
    if data.startswith(b"%PDF-") or suffix == ".pdf":
        text = _read_pdf(data, name)
        return Document(name, text, "pdf", "pdf", len(data))
    if data.startswith(b"PK\x03\x04") or suffix == ".docx":
        text = _read_docx(data, name, max_bytes)
        return Document(name, text, "docx", "docx", len(data))
    if suffix in _UNSUPPORTED:
        raise DocumentError("unsupported_format", path=name, fmt=suffix)
    text, encoding = decode_bytes(data, name=name)
    return Document(name, text, encoding, "text", len(data))


def is_symlink_loop(file: Path) -> bool:
    """A link that cannot be resolved because it leads back to itself, or a link to a folder
    that contains it (walking into it would never end)."""
    if not file.is_symlink():
        return False
    try:
        target = file.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 reports a loop this way
        return True
    except OSError as err:
        return err.errno == errno.ELOOP
    folder = file.parent.resolve()
    return target.is_dir() and (target == folder or target in folder.parents)


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
# Characters each encoding must account for before a file is called a mix of encodings.
_MIXED_MIN_CHARS = 8


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
            except UnicodeDecodeError as err:
                if _cut_short(err, len(data) - len(bom)):
                    raise DocumentError("truncated", path=name, encoding=label) from None
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
        raise _undecodable(data, name)
    return _checked(best[1], name), _label(best[2])


def _label(codec: str) -> str:
    return "big5" if codec == "big5hkscs" else codec


def _cut_short(err: UnicodeDecodeError, length: int) -> bool:
    """The only decoding error is an incomplete character at the very end of the data."""
    return err.end == length and err.reason in ("unexpected end of data", "truncated data")


# ASCII bytes that never occur inside a multi-byte UTF-8, GB18030 or Big5 character (controls,
# space, punctuation up to "?"; not digits, which GB18030 uses in its four-byte forms): cutting
# the data at them splits it into runs that each decode on their own.
_RUN_BREAKS = bytes.maketrans(
    bytes([*range(0x00, 0x30), *range(0x3A, 0x40)]), b"\n" * (0x30 + 0x40 - 0x3A)
)


def _undecodable(data: bytes, name: str) -> DocumentError:
    """Why no single encoding reads ``data``: a UTF-8 file cut in the middle of a character,
    UTF-8 text mixed with GB18030/Big5 text, or (otherwise) an unknown encoding."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        prefix = data[: err.start].decode()
        if _cut_short(err, len(data)) and plausibility(prefix) >= _MIN_PLAUSIBILITY:
            return DocumentError("truncated", path=name, encoding="utf-8")
    utf8: list[str] = []
    legacy: list[bytes] = []
    for run in data.translate(_RUN_BREAKS).split(b"\n"):
        if run.isascii():
            continue
        try:
            utf8.append(run.decode("utf-8"))
        except UnicodeDecodeError:
            legacy.append(run)
    utf8_text = "".join(utf8)
    if len(utf8_text) >= _MIXED_MIN_CHARS and plausibility(utf8_text) >= _MIN_PLAUSIBILITY:
        for codec in _LEGACY:
            # a run where the two encodings meet decodes badly either way: replace, not fail
            text = "\n".join(run.decode(codec, errors="replace") for run in legacy)
            if len(text) >= _MIXED_MIN_CHARS and plausibility(text) >= _MIN_PLAUSIBILITY:
                encodings = f"UTF-8 + {_label(codec).upper()}"
                return DocumentError("mixed_encoding", path=name, encodings=encodings)
    return DocumentError("unknown_encoding", path=name)


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
        controls = sum(map(sample.count, _CONTROL_CHARS))
        score = plausibility(text) - controls / max(1, len(sample))
        if best is None or score > best[0]:
            best = (score, text, codec)
    return best


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(map(sample.count, _CONTROL_BYTES))
    return controls > 0.05 * len(sample)


# control characters other than \t \n \v \f \r: 0-8 and 14-31 (counted with C-level count()
# calls rather than a Python step per character)
_CONTROL_BYTES = tuple(bytes([code]) for code in (*range(9), *range(14, 32)))
_CONTROL_CHARS = tuple(chr(code) for code in (*range(9), *range(14, 32)))


def _checked(text: str, name: str) -> str:
    """Refuse decoded text that is mostly control characters (a binary file that happens to
    decode)."""
    sample = text[:8192]
    if not sample.strip():
        raise DocumentError("empty", path=name)
    controls = sum(map(sample.count, _CONTROL_CHARS))
    if controls > 0.05 * len(sample):
        raise DocumentError("binary", path=name)
    return text


# ---------------------------------------------------------------------------------------------
# .docx


def _read_docx(data: bytes, name: str, max_bytes: int) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if "word/document.xml" not in names:
                raise DocumentError("bad_docx", path=name, reason="word/document.xml missing")
            expanded = sum(info.file_size for info in infos)
            packed = sum(info.compress_size for info in infos)
            if _is_bomb(expanded, packed):
                raise DocumentError("docx_bomb", path=name)
            # Not a bomb, but a body far beyond any report: parsing it would take minutes.
            body = archive.getinfo("word/document.xml").file_size
            if body > max_bytes:
                raise DocumentError("docx_too_large", path=name, size=body, limit=max_bytes)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as err:
        raise DocumentError("bad_docx", path=name, reason=str(err) or type(err).__name__) from None

    import docx  # python-docx: heavy, imported on demand
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises a variety of types on broken packages
        raise DocumentError("bad_docx", path=name, reason=type(err).__name__) from None

    lines: list[str] = []

    def walk(container: object) -> None:
        for block in container.iter_inner_content():  # type: ignore[attr-defined]
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                for row in block.rows:
                    # One cell per column of the table's grid, so that the rows of a table
                    # keep one width: a merged cell is its text followed by an empty cell for
                    # each further column it spans, and the cells a vertical merge continues
                    # are empty (the text, and any figure, is read once, in the top cell).
                    cells: list[str] = [""] * row.grid_cols_before
                    for tc in row._tr.tc_lst:
                        span = tc.grid_span
                        if tc.vMerge == "continue":
                            cells.extend([""] * span)
                            continue
                        before = len(lines)
                        walk(_Cell(tc, block))
                        cells.append("\n".join(lines[before:]).strip())
                        del lines[before:]
                        cells.extend([""] * (span - 1))
                    cells.extend([""] * row.grid_cols_after)
                    lines.append("\t".join(cells))

    walk(document)
    text = "\n".join(lines)
    if not text.strip():
        raise DocumentError("empty", path=name)
    return text


# ---------------------------------------------------------------------------------------------
# .pdf

_PDF_GARBLED_SHARE = 0.05


def _read_pdf(data: bytes, name: str) -> str:
    if not data.startswith(b"%PDF-"):
        raise DocumentError("bad_pdf", path=name, reason="no %PDF header")
    if _is_bomb(_pdf_expanded_size(data), len(data)):
        raise DocumentError("pdf_bomb", path=name)
    import logging

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pages: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
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


def _is_bomb(expanded: int, packed: int) -> bool:
    return expanded > _MAX_EXPANDED or expanded > _MAX_RATIO * max(1, packed)


_INFLATE_CHUNK = 1024 * 1024


def _pdf_expanded_size(data: bytes) -> int:
    """What the Flate streams of a PDF inflate to, counted in chunks without keeping the output,
    and no further than the bomb limits (pdfminer would inflate each stream whole, so a small
    file could make it allocate gigabytes and then parse them for hours)."""
    total = 0
    budget = min(_MAX_EXPANDED, _MAX_RATIO * len(data)) + 1
    position = data.find(b"stream")
    while position >= 0 and total < budget:
        start = position + len(b"stream")
        newline = next((n for n in (b"\r\n", b"\n", b"\r") if data.startswith(n, start)), b"")
        if newline and not data.endswith(b"end", 0, position):  # a stream, not its endstream
            start += len(newline)
            end = data.find(b"endstream", start)
            end = len(data) if end < 0 else end
            total += _inflated_size(memoryview(data)[start:end], budget - total)
            start = end
        position = data.find(b"stream", start)
    return total


def _inflated_size(data: memoryview, budget: int) -> int:
    """Bytes a zlib stream at the start of ``data`` inflates to (0 if it is not zlib), counting
    stops once past ``budget``."""
    inflater = zlib.decompressobj()
    size = 0
    pending: bytes | memoryview = data
    try:
        while pending and size <= budget and not inflater.eof:
            size += len(inflater.decompress(pending, _INFLATE_CHUNK))
            pending = inflater.unconsumed_tail
    except zlib.error:
        pass  # not Flate, or damaged: pdfminer reports what it cannot read
    return size
