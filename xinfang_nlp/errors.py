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
    "truncated": {
        "zh": "文件在一个字符中间结束,可能不完整(被截断,{encoding}):{path}",
        "en": "The file ends in the middle of a character; it is probably cut short "
        "({encoding}): {path}",
    },
    "mixed_encoding": {
        "zh": "文件混用了多种编码({encodings}),请统一另存为 UTF-8:{path}",
        "en": "The file mixes text encodings ({encodings}); save it as UTF-8 throughout: {path}",
    },
    "special_file": {
        "zh": "不是普通文件(管道、设备或套接字),未读取:{path}",
        "en": "Not a regular file (a pipe, device or socket); not read: {path}",
    },
    "symlink_loop": {
        "zh": "符号链接形成循环(指向自身或上级文件夹),已跳过:{path}",
        "en": "Symbolic link loop (it points to itself or to a folder above it); skipped: {path}",
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
    "docx_too_large": {
        "zh": ".docx 正文解压后过大({size} 字节,上限 {limit} 字节):{path}",
        "en": "The .docx body is too large when unpacked ({size} bytes, limit {limit} bytes): "
        "{path}",
    },
    "bad_pdf": {
        "zh": "不是有效的 PDF 文件:{path}({reason})",
        "en": "Not a valid PDF file: {path} ({reason})",
    },
    "pdf_bomb": {
        "zh": "PDF 解压后过大,已拒绝(疑似压缩炸弹):{path}",
        "en": "The PDF expands to an excessive size and was refused (possible compression bomb): "
        "{path}",
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
