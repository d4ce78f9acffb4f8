"""Cheap tests that skip a regex call (a call under the timeout costs microseconds) must never
skip a match: every string a guarded pattern matches passes its guard. The strings come from the
patterns themselves (hypothesis ``from_regex``), so a new alternative without a guard update
fails here."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xinfang_nlp import categorize as categorize_module
from xinfang_nlp import extract as extract_module
from xinfang_nlp import segment as segment_module

E = extract_module
C = categorize_module

GUARDS = {
    "previous_words": (E._PREVIOUS_WORDS, lambda s: s[:1] in E._PREVIOUS_FIRST_CHARS),
    "target_after": (E._TARGET_AFTER, lambda s: "目标" in s),
    "plan_figure": (E._PLAN_FIGURE, lambda s: "计划" in s or "目标" in s or "任务" in s),
    "of_after": (E._OF_AFTER, lambda s: "的" in s),
    "rhetoric_after": (E._RHETORIC_AFTER, lambda s: s.startswith("的")),
    "paren_base": (E._PAREN_BASE, lambda s: "(" in s),
    "from_to": (E._FROM_TO, lambda s: "由" in s),
    "difference_verb": (E._DIFFERENCE_VERB, lambda s: s[-1:] in E._DIFFERENCE_LAST_CHARS),
    "quote_open": (E._LAST_QUOTE_OPEN, lambda s: not E._QUOTE_OPEN_CHARS.isdisjoint(s)),
    "breakdown": (C._BREAKDOWN, lambda s: C._may_contain(s, C._BREAKDOWN_WORDS)),
    "category_name": (C._CATEGORY_NAME, lambda s: C._may_contain(s, C._CATEGORY_WORDS)),
}
GUARDS.update(
    {
        f"heading_{i}": (pattern, may_match)
        for i, (_level, pattern, may_match) in enumerate(segment_module._LINE_HEADINGS)
    }
)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_every_match_passes_the_guard(name):
    pattern, guard = GUARDS[name]
    source = pattern.pattern
    assert "\\p{" not in source  # from_regex speaks re, which has no \p{...}

    @settings(max_examples=300, deadline=None)
    @given(st.from_regex(source, fullmatch=True))
    def check(text):
        if pattern.fullmatch(text, timeout=1.0):  # the pattern agrees it matches
            assert guard(text), text

    check()
