"""xinfang-nlp: read Chinese petition (信访) work reports, extract their figures and check them.

The public API is deliberately small; everything else lives in submodules.
"""

from __future__ import annotations

from .errors import DocumentError
from .normalize import NormalizedText, normalize
from .read import Document, read_document

__all__ = ["Document", "DocumentError", "NormalizedText", "normalize", "read_document"]
__version__ = "0.1.0"
