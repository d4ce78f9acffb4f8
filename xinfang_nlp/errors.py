"""The one error type for input the toolkit cannot read."""

from __future__ import annotations

from typing import ClassVar

from .i18n import Catalogue, message

_MESSAGES = {
    "not_found": {"zh": "找不到文件:{path}", "en": "File not found: {path}"},
    "is_directory": {
        "zh": "这是一个文件夹,不是文件:{path}",
        "en": "This is a folder, not a file: {path}",
    },
    "unreadable": {
        "zh": "无法读取文件:{path}({reason})",
        "en": "Cannot read file: {path} ({reason})",
    },
    "empty": {"zh": "文件为空:{path}", "en": "The file is empty: {path}"},
    "too_large": {
        "zh": "文件过大:{path}({size} 字节,上限 {limit} 字节)",
        "en": "File too large: {path} ({size} bytes, limit {limit} bytes)",
    },
    "binary": {
        "zh": "不是文本文件(疑似二进制内容):{path}",
        "en": "Not a text file (looks binary): {path}",
    },
    "unknown_encoding": {
        "zh": "无法识别文件编码(已尝试 UTF-8/UTF-16/GB18030/Big5):{path}",
        "en": "Cannot determine the text encoding (tried UTF-8/UTF-16/GB18030/Big5): {path}",
    },
    "unsupported_format": {
        "zh": "不支持的文件格式 {fmt}:{path}(请另存为 .docx、.pdf 或 .txt)",
        "en": "Unsupported file format {fmt}: {path} (save it as .docx, .pdf or .txt)",
    },
    "bad_docx": {
        "zh": "不是有效的 .docx 文件:{path}({reason})",
        "en": "Not a valid .docx file: {path} ({reason})",
    },
    "docx_bomb": {
        "zh": ".docx 解压后过大,已拒绝(疑似压缩炸弹):{path}",
        "en": ".docx expands to an excessive size and was refused (possible zip bomb): {path}",
    },
    "bad_pdf": {
        "zh": "不是有效的 PDF 文件:{path}({reason})",
        "en": "Not a valid PDF file: {path} ({reason})",
    },
    "pdf_no_text": {
        "zh": "PDF 没有可提取的文字层(可能是扫描件):{path}",
        "en": "The PDF has no extractable text layer (probably a scan): {path}",
    },
    "pdf_garbled": {
        "zh": "PDF 文字层无法解码(字体缺少映射,提取结果为乱码):{path}",
        "en": "The PDF text layer cannot be decoded (fonts without a Unicode map): {path}",
    },
}


class CodedError(Exception):
    """An error with a stable ``code`` and messages from a zh/en catalogue (Chinese in
    ``str(err)``, English through ``err.message("en")``). Subclasses set ``catalogue``."""

    catalogue: ClassVar[Catalogue] = {}

    def __init__(self, code: str, /, **fields: object) -> None:
        self.code = code
        self.fields = fields
        super().__init__(self.message("zh"))

    def message(self, lang: str = "zh") -> str:
        return message(self.catalogue, self.code, lang, **self.fields)


class DocumentError(CodedError):
    """A document that cannot be read. ``code`` is stable; ``str(err)`` is the Chinese message.

    >>> err = DocumentError("empty", path="a.txt")
    >>> err.code, str(err)
    ('empty', '文件为空:a.txt')
    >>> err.message("en")
    'The file is empty: a.txt'
    """

    catalogue = _MESSAGES
