"""spaCy adapter: a ``spacy.blank("zh")`` pipeline with our jieba segmenter and claim component.

Importing this module registers the ``xinfang_claims`` factory (spaCy imports it through the
``spacy_factories`` entry point when a pipeline is created); it is light — jieba and the rest
load on first use. The ``Doc._.xinfang_checks`` extension is added only when the component is
created, never as an import side effect on other users of spaCy.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

__all__ = ["JiebaDomainTokenizer", "XinfangClaims", "load_spacy", "make_claims_component"]

SPAN_KEY = "xinfang_claims"
CHECKS_ATTR = "xinfang_checks"


class JiebaDomainTokenizer:
    """Tokenizer for spaCy: jieba with the domain dictionary, figures kept whole; whitespace
    becomes its own tokens so the Doc text equals the input exactly."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from .tokenize import word_tokenizer

        words: list[str] = []
        position = 0
        for token in word_tokenizer().tokens(text):
            if token.start > position:
                words.append(text[position : token.start])
            words.append(token.text)
            position = token.end
        if position < len(text):
            words.append(text[position:])
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    # spaCy calls these when a pipeline is saved/loaded; the tokenizer has no state of its own.
    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> JiebaDomainTokenizer:
        return self

    def to_disk(self, _path: Any, **_: Any) -> None:
        return None

    def from_disk(self, _path: Any, **_: Any) -> JiebaDomainTokenizer:
        return self


class XinfangClaims:
    """Fills ``doc.spans["xinfang_claims"]`` (label = claim kind) and ``doc._.xinfang_checks``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension(CHECKS_ATTR):
            Doc.set_extension(CHECKS_ATTR, default=None)

    def __call__(self, doc: Doc) -> Doc:
        from .report import analyze_text

        report = analyze_text(doc.text)
        spans = []
        for claim in report.claims:
            span = doc.char_span(
                claim.span[0], claim.span[1], label=claim.kind, alignment_mode="expand"
            )
            if span is not None:
                spans.append(Span(doc, span.start, span.end, label=claim.kind, span_id=claim.id))
        doc.spans[SPAN_KEY] = spans
        doc._.set(CHECKS_ATTR, list(report.checks))
        return doc


@Language.factory("xinfang_claims")
def make_claims_component(nlp: Language, name: str) -> XinfangClaims:
    return XinfangClaims(nlp, name)


def load_spacy() -> Language:
    """``spacy.blank("zh")`` with the domain jieba tokenizer and the ``xinfang_claims`` component.

    Nothing is downloaded: the blank Chinese pipeline needs no model files.
    """
    import spacy

    nlp = spacy.blank("zh")
    nlp.tokenizer = JiebaDomainTokenizer(nlp.vocab)
    nlp.add_pipe("xinfang_claims")
    return nlp
