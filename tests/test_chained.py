"""``checks._chained`` merges ;-chains of sentences and renumbers claims with its own fast copy;
the result must be what ``dataclasses.replace`` gives."""

from __future__ import annotations

from dataclasses import replace

import pytest

from xinfang_nlp.checks import _chained
from xinfang_nlp.extract import extract


def _reference(extraction):
    sentences = extraction.segmentation.sentences
    text = extraction.normalized.text
    merged, first, to_merged = [], [], []
    for i, sentence in enumerate(sentences):
        if merged and sentences[i - 1].text.endswith(";"):
            last = merged[-1]
            merged[-1] = replace(last, end=sentence.end, text=text[last.start : sentence.end])
        else:
            merged.append(replace(sentence, index=len(merged)))
            first.append(i)
        to_merged.append(len(merged) - 1)
    if len(merged) == len(sentences):
        return extraction, first
    return (
        replace(
            extraction,
            segmentation=replace(extraction.segmentation, sentences=tuple(merged)),
            claims=tuple(replace(c, sentence=to_merged[c.sentence]) for c in extraction.claims),
            anomalies=tuple(
                replace(a, sentence=to_merged[a.sentence]) for a in extraction.anomalies
            ),
        ),
        first,
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "共受理来信120件。办结118件。",
        "到期事项121件;已办结118件;按期办结率97.5%。全年来访30批,同比上升50%。",
        "上半年受理20xx件;办结**件。\n一、总体情况\n来信50件;来访40批;网信10件;",
        "来信50件;",
        "甲;乙;丙。来信50件,占20%;来访40批。丁;",
    ],
)
def test_chained_is_replace_based_merging(text):
    extraction = extract(text)
    got, first = _chained(extraction)
    expected, expected_first = _reference(extraction)
    assert first == expected_first
    assert got == expected
    assert [type(c) for c in got.claims] == [type(c) for c in expected.claims]
