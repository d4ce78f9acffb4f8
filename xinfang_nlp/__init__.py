"""xinfang-nlp: read Chinese petition (信访) work reports, extract their figures and check them.

The public API is deliberately small; everything else lives in submodules.
"""

from __future__ import annotations

from .errors import DocumentError
from .normalize import NormalizedText, normalize
from .read import Document, read_document
from .report import Report, analyze

__all__ = [
    "Document",
    "DocumentError",
    "NormalizedText",
    "Report",
    "analyze",
    "load_spacy",
    "normalize",
    "read_document",
]


def load_spacy():  # type: ignore[no-untyped-def]
    """A ``spacy.blank("zh")`` pipeline with the domain jieba tokenizer and the
    ``xinfang_claims`` component (see :mod:`xinfang_nlp.spacy_adapter`)."""
    from .spacy_adapter import load_spacy as _load

    return _load()


__version__ = "0.1.0"
