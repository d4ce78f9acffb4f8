"""The operand search's shortcuts give what the plain search gives: the floating-point test that
turns a search down before its pairs are ranked never turns down a pair the exact arithmetic
accepts, and what is made once per sentence or per family (windows, the rest and negation marks
after a figure, the breakdown runs of later sentences) is what each figure's own reading gives."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xinfang_nlp import _operand_search as S
from xinfang_nlp.checks import (
    CheckOptions,
    _chained,
    _Checker,
    _is_count,
    accepts,
    family,
    operand,
)
from xinfang_nlp.extract import Claim, extract
from xinfang_nlp.read import read_document

REPORTS = Path(__file__).resolve().parents[1] / "corpora" / "reports"
BOUNDS = ("exact", "about", "at_least", "more_than", "at_most", "less_than")
SCALES = (Decimal(1), Decimal(10000), Decimal(100000000))


def _claim(value: Decimal, decimals: int, scale: Decimal, unit: str, bound: str = "exact") -> Claim:
    return Claim(
        "c1", "count", value, unit, bound, None, "current", "actual", None,
        (0, 1), "", 0, (0, 1), decimals, scale,
    )  # fmt: skip


# a written figure: its digits, how many of them follow the point, its scale word and its unit
_FIGURES = st.builds(
    lambda digits, decimals, scale, unit: _claim(
        Decimal(digits).scaleb(-decimals) * scale, decimals, scale, unit
    ),
    st.integers(0, 10**7),
    st.integers(0, 3),
    st.sampled_from(SCALES),
    st.sampled_from(("件", "人次", "元", "%")),
)


def _reported_near(value: Decimal, decimals: int, jitter: int, bound: str) -> Claim:
    """A reported figure written with ``decimals`` near ``value`` (``jitter`` units off)."""
    step = Decimal(1).scaleb(-decimals)
    written = (abs(value) / step).to_integral_value() + jitter
    return _claim(max(written, Decimal(0)) * step, decimals, Decimal(1), "%", bound)


_REPORTED = (st.integers(0, 3), st.integers(-1, 1), st.sampled_from(BOUNDS))
_TOLERANCES = st.sampled_from((Decimal(0), Decimal("0.05"), Decimal(1)))


@settings(max_examples=3000, deadline=None)
@given(_FIGURES, _FIGURES, st.sampled_from((1, 100, 1000, 10000)), *_REPORTED, _TOLERANCES)
def test_the_float_test_of_quotients_keeps_every_accepted_pair(
    x, y, factor, decimals, jitter, bound, tolerance
):
    # proportion (factor 100) and ratio (1, or per 1000 and 10000 people)
    a, b = operand(x), operand(y)
    exact = S._quotient(a, b, Decimal(factor))
    if exact is None:
        return
    reported = _reported_near(exact[0], decimals, jitter, bound)
    if not accepts(reported, *exact, tolerance):
        return
    fx, fy = S._as_floats(a), S._as_floats(b)
    low, high = S._quotients(S._accepted(reported, float(tolerance)), float(factor), 0)
    assert S._quotient_may(fx, fy, low, high)
    assert S._some_quotient([fx], [fy], low, high)


@settings(max_examples=3000, deadline=None)
@given(_FIGURES, _FIGURES, *_REPORTED, _TOLERANCES)
def test_the_float_test_of_changes_keeps_every_accepted_pair(
    now, before, decimals, jitter, bound, tolerance
):
    # as _Search.change computes a change from a current and a previous level
    a, b = operand(now), operand(before)
    ratio = S._quotient(a, b)
    if ratio is None:
        return
    low, high = (ratio[0] - 1) * 100, (ratio[1] - 1) * 100
    if low <= 0 <= high:
        return  # (neither a rise nor a fall)
    magnitude = (low, high) if low > 0 else (-high, -low)
    reported = _reported_near(magnitude[0], decimals, jitter, bound)
    if not accepts(reported, *magnitude, tolerance):
        return
    change = 1 if low > 0 else -1
    fx, fy = S._as_floats(a), S._as_floats(b)
    bounds = S._quotients(S._accepted(reported, float(tolerance)), 100.0, change)
    assert S._quotient_may(fx, fy, *bounds)
    assert S._some_quotient([fx], [fy], *bounds)


@settings(max_examples=3000, deadline=None)
@given(_FIGURES, _FIGURES, *_REPORTED, _TOLERANCES)
def test_the_float_test_of_differences_keeps_every_accepted_pair(
    now, before, decimals, jitter, bound, tolerance
):
    # as _Search.difference computes a difference of two levels
    a, b = operand(now), operand(before)
    low, high = a[0] - b[1], a[1] - b[0]
    if low <= 0 <= high:
        return
    down = high < 0
    magnitude = (low, high) if low > 0 else (-high, -low)
    reported = _reported_near(magnitude[0], decimals, jitter, bound)
    if not accepts(reported, *magnitude, tolerance):
        return
    fx, fy = S._as_floats(a), S._as_floats(b)
    bounds = S._differences(S._accepted(reported, float(tolerance)), down)
    assert S._difference_may(fx, fy, *bounds)
    assert S._some_difference([fx], [fy], *bounds)


@settings(max_examples=2000, deadline=None)
@given(*_REPORTED, st.integers(0, 10**6), st.integers(0, 10**6), _TOLERANCES)
def test_the_float_bounds_hold_every_accepted_interval(decimals, jitter, bound, a, b, tolerance):
    low, high = sorted((Decimal(a) / 1000, Decimal(b) / 1000))
    reported = _reported_near(low, decimals, jitter, bound)
    lower, upper = S._accepted(reported, float(tolerance))
    if accepts(reported, low, high, tolerance):
        assert float(high) >= lower and float(low) <= upper


def test_figures_past_floats_are_left_to_the_exact_search():
    assert S._as_floats((Decimal("1e400"), Decimal("1e400"))) is None
    assert S._as_floats((Decimal("1e-400"), Decimal("1e-400"))) is None
    assert S._as_floats((Decimal(0), Decimal("2.5"))) == (0.0, 2.5)


# -- what is made once per sentence or family is each figure's own reading ---------------------


def _searches():
    for path in sorted(REPORTS.glob("*.txt")):
        extraction, _ = _chained(extract(read_document(path).text))
        checker = _Checker(extraction, CheckOptions())
        yield checker, S._Search(checker)


@pytest.fixture(scope="module")
def searches():
    return list(_searches())


def test_windows_are_the_plain_windows(searches):
    for checker, search in searches:
        for claim in checker.index.claims:
            window, plain = search.window(claim), S._window(checker, claim)
            assert len(window) == len(plain)
            assert all(a is b for a, b in zip(window, plain, strict=True))


def test_marks_are_those_of_the_figures_after(searches):
    for checker, search in searches:
        index = checker.index
        for sentence in range(len(index.sentences)):
            part = index.part_of[sentence]
            claims = [
                claim
                for other in range(sentence, min(sentence + 3, len(index.sentences)))
                if index.part_of[other] == part
                for claim in index.by_sentence.get(other, [])
            ]
            rests = [c.norm_span[0] for c in claims if search.is_rest(c)]
            negated = [c.norm_span[0] for c in claims if "不" in c.lead or "未" in c.lead]
            assert search.following(sentence) == claims
            assert search.marks(sentence) == (max(rests, default=-1), max(negated, default=-1))


def test_later_runs_are_the_runs_of_each_sentence(searches):
    for checker, search in searches:
        index = checker.index
        for unit in sorted({c.unit for c in index.claims}):
            fam = family(_claim(Decimal(1), 0, Decimal(1), unit))
            sentences, runs = search.later_runs(fam, unit)
            assert sentences == sorted(runs)
            for later in range(len(index.sentences)):
                claims = [
                    claim
                    for other in (later, later + 1)
                    if other < len(index.sentences) and index.part_of[other] == index.part_of[later]
                    for claim in index.by_sentence.get(other, [])
                ]
                assert runs.get(later, []) == search._run(fam, unit, claims)


def test_alike_figures_are_the_figures_parts_reads(searches):
    # a total's runs before and after it are read from these (the figures _parts passes over
    # are left out once per sentence and family, not once per total)
    for checker, search in searches:
        index = checker.index
        families = sorted({family(c) for c in index.claims})
        for sentence in range(len(index.sentences)):
            part = index.part_of[sentence]
            before = [
                claim
                for other in range(sentence - 2, sentence + 1)
                if 0 <= other and index.part_of[other] == part
                for claim in index.by_sentence.get(other, [])
            ]
            for fam in families:

                def alike(claims, fam=fam):
                    return [c for c in claims if c.kind in ("count", "amount") and family(c) == fam]

                assert search.alike(sentence, fam, 0) == alike(search.following(sentence))
                assert search.alike(sentence, fam, 1) == alike(reversed(before))


def test_sum_bounds_hold_every_sum_of_two_or_more_parts(searches):
    # a later run is tried for a total only if the total lies within them
    for checker, search in searches:
        for unit in sorted({c.unit for c in checker.index.claims}):
            fam = family(_claim(Decimal(1), 0, Decimal(1), unit))
            for run in search.later_runs(fam, unit)[1].values():
                lowest, highest = search.sum_bounds(run)
                sums = []
                low = high = Decimal(0)
                for claim in run:
                    level = operand(claim)
                    low, high = low + level[0], high + level[1]
                    sums.append((low, high))
                for low, high in sums[1:]:
                    assert lowest <= low and high <= highest
                    # (a total equal to that sum is tried)
                    assert highest >= low and lowest <= high
                if len(run) < 2:
                    assert lowest > highest  # (no sum: no total is tried)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 80), unique=True, max_size=30).map(sorted),
    st.integers(0, 80),
    st.integers(0, 30),
)
def test_nearest_first_is_the_stable_sort_by_distance(positions, here, end):
    claims = [f"c{p}" for p in positions]
    end = min(end, len(claims))
    by_distance = sorted(claims[:end], key=lambda c: abs(int(c[1:]) - here))
    assert S._nearest_first(claims, positions, here, end) == by_distance  # type: ignore[arg-type]


def test_counts_before_are_the_counts_of_the_family_before(searches):
    for checker, _ in searches:
        claims, position = checker.index.claims, checker.index.position
        for fam in {family(c) for c in claims}:
            for claim in claims:
                plain = [
                    c for c in claims[: position[claim.id]] if _is_count(c) and family(c) == fam
                ]
                assert checker.counts_before(claim, fam) == plain
