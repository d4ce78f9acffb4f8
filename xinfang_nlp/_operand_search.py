"""The linker's last resort: look for the operands a reported figure was computed from.

The structural linker in :mod:`.checks` links a derived figure (a rate, a share, a change, a
difference, an average, a total) to its operands only when the sentence says how: 其中…, 占…的,
与去年同期(…)相比. Reports often leave the link implicit — the denominator two sentences back,
a total followed by its parts with no 其中. For every derived figure the linker left without
operands, this module tries the few most plausible operand combinations among the figures the
report states nearby (same sentence, the three before, the one after, and the part's headline
totals), nearest first, and accepts the first whose arithmetic gives the reported value. A rate
or share written to a tenth of a point that none of them gives is searched once more among the
figures of the whole document before it, taking only parts named like it
(:meth:`_Search.far_levels`).

The same search reconsiders the linker's ``inconsistent`` verdicts on changes, rates, shares,
averages and differences: when nearby figures give the reported value, the linker most likely
took the wrong operands (measured on reports written after the linker: it halves the false
alarms and loses no planted error). A share that names its whole (占全市信访总量的…,
占来访批次的…) is not reconsidered — a report that divided by the wrong whole is exactly the error
to catch — unless the linker's whole bears no word of that name, or the name only points back
(占该类的…): then only another whole in the share's sentence or the one before, over the same
part, may excuse it (:meth:`_Search.other_whole`; on the reports of ten sessions as each first
arrived, this removed 17 of 136 false alarms and lost 2 planted errors).

A search never accuses. A figure it cannot support keeps its verdict (``unverifiable``, or the
linker's ``inconsistent``), because "no nearby pair of figures gives this value" is no proof the
report is wrong. A supported figure becomes ``consistent`` with ``basis="inferred"``; its message
shows the arithmetic and says that the operands were inferred, so a reader can judge the
pairing. The number of combinations tried is capped, which bounds the chance that an unrelated
pair fits by coincidence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from heapq import heapify, heappop, heapreplace
from itertools import accumulate, islice
from math import inf

import regex

from ._patterns import REGEX_TIMEOUT, has_digit, remembered
from .checks import (
    _BOUND_ONLY,
    _TOTAL_LEAD,
    _TOTAL_LEAD_FIRST_CHARS,
    _WITHIN,
    HUNDRED,
    Check,
    Interval,
    _bigrams,
    _both,
    _change_fields,
    _Checker,
    _complementary,
    _difference_messages,
    _fmt,
    _in_scale,
    _inferred_check,
    _is_count,
    _listed_runs,
    _local_lead,
    _proportion_messages,
    _total_lead,
    _whole_noun,
    _written,
    accepts,
    family,
    operand,
)
from .extract import Claim

__all__ = ["corroborate"]

BACK = 3  # sentences before the reported figure's sentence
AHEAD = 1  # sentences after it
TRIES = 6  # operand combinations tried per reported figure
MAX_PARTS = 12
# inconsistent verdicts of these kinds are reconsidered: the linker may have taken the wrong
# operands, and a report whose own figures give the value is not accused
RECONSIDER = ("change", "rate", "share", "per_capita", "difference")
COMMON_PAIR = 8  # leads that may hold a character pair before it is a common word (far search)
LATER = 40  # sentences after a total in which a breakdown of it may open a sentence

# (asked of the last two characters of a lead: few distinct, remembered)
_total_lead_at_start = remembered(_TOTAL_LEAD.match)
_NAMED_TOTAL = regex.compile(r"占(?:全[市县区镇乡街]|总|所有|全部)")
_named_total = remembered(_NAMED_TOTAL.search)
_REST = regex.compile(r"^(?:其余|剩余|余下|另有|尚有|还有|仍有|未)")  # (each holds 余, 有 or 未)
_REST_FIRST_CHARS = frozenset("其剩余另尚还仍未")  # (a lead with none of them is not the rest)
_MONEY = frozenset({"元", "美元"})
_PERCENTISH = frozenset({"%", "pp", "‰", "倍"})
_PER_TEN_THOUSAND = regex.compile(r"万人|每万")
_PER_THOUSAND = regex.compile(r"千人|每千")
_NO_SUM = (Decimal("Infinity"), Decimal("-Infinity"))  # (lowest, highest) of no sum at all
_HEADLINE_FAMILIES = frozenset({"case", "visit", "person"})  # (looked for in every window)
_NOTE = {
    "zh": "(核算所用数据按上下文推断)",
    "en": " (operands inferred from the context)",
}


def _window(checker: _Checker, reported: Claim) -> list[Claim]:
    """Figures of the reported figure's sentence, the BACK before and AHEAD after (same part),
    plus the part's headline totals; nearest (in figure order) first."""
    index = checker.index
    sentence = reported.sentence
    part = index.part_of[sentence] if index.part_of else 0
    found: dict[str, Claim] = {}
    for other in range(sentence - BACK, sentence + AHEAD + 1):
        if 0 <= other < len(index.sentences) and (
            not index.part_of or index.part_of[other] == part
        ):
            for claim in index.by_sentence.get(other, []):
                if claim.id != reported.id:
                    found[claim.id] = claim
    for fam in sorted(_HEADLINE_FAMILIES | {family(c) for c in found.values()}):
        total = index.headline_total(reported, fam)
        if total is not None:
            found.setdefault(total.id, total)
    here = index.position[reported.id]
    return sorted(found.values(), key=lambda c: abs(index.position[c.id] - here))


def _level(claim: Claim, period: str = "current") -> Interval | None:
    """The interval of a plain count or amount of ``period``; None for anything else."""
    if not _is_count(claim, period) or claim.unit in _PERCENTISH:
        return None
    return operand(claim)


def _average(claim: Claim, period: str = "current") -> Interval | None:
    """The interval of an average (平均办理时长21.6天) of ``period``."""
    if claim.kind != "ratio" or claim.period != period or claim.unit in _PERCENTISH:
        return None
    return operand(claim) if claim.modality == "actual" else None


def _affinity(a: str, b: str, shared: Iterable[str] | None = None) -> int:
    """Length of the longest run of characters two leads share (城关镇 … 城关镇); 0 below 2.

    ``shared``: the character pairs both leads hold, when known. A shared run of two or more
    starts with one of them, so only the places where one occurs in ``a`` are tried (the
    longest run is the same whatever order its starts are tried in)."""
    best = 0
    for start in range(len(a)) if shared is None else _pair_starts(a, shared):
        for end in range(start + max(best, 1) + 1, len(a) + 1):
            if a[start:end] in b:
                best = end - start
            else:
                break
    return best if best >= 2 else 0


def _quotient(a: Interval, b: Interval, factor: Decimal = Decimal(1)) -> Interval | None:
    if b[0] <= 0:
        return None
    return a[0] / b[1] * factor, a[1] / b[0] * factor


def _same_kind_of_thing(a: Claim, b: Claim) -> bool:
    return a.unit == b.unit or family(a) == family(b)  # (the cheap test first)


def _pair_starts(text: str, pairs: Iterable[str]) -> Iterator[int]:
    """Every place in ``text`` where one of ``pairs`` (two-character strings) occurs."""
    for pair in pairs:
        at = text.find(pair)
        while at >= 0:
            yield at
            at = text.find(pair, at + 1)


def _nearest_first(claims: list[Claim], positions: list[int], here: int, end: int) -> list[Claim]:
    """``claims[:end]`` (in order, at ``positions``) by distance from position ``here``, the
    earlier first at equal distance: the order a stable sort by distance gives, made without
    one. Those before ``here`` are the run read backwards; each of those after it (few: up to
    the sentence after a reported figure) goes in after the ones before it that are no
    nearer."""
    split = bisect_left(positions, here, 0, end)
    nearest = claims[split - 1 :: -1] if split else []
    for k in range(split, end):
        distance = positions[k] - here
        no_nearer = split - bisect_left(positions, here - distance, 0, split)
        nearest.insert(no_nearer + k - split, claims[k])
    return nearest


def _by_rank(firsts: list[int], seconds: list[int]) -> Iterator[tuple[int, int]]:
    """Every index pair (i, j) by rank ``firsts[i] + seconds[j]``, equal ranks in listing order
    (i, then j): the order a stable sort of all the pairs gives, made lazily (callers take the
    first few). The seconds are sorted once by score; for each first, a cursor runs through
    them, so its pairs come in that order; a heap of the cursors' next pairs, keyed by (rank,
    listing index), merges them."""
    width = len(seconds)
    if not width:
        return
    order = sorted(range(width), key=seconds.__getitem__)  # stable: equal scores in order
    best = order[0]
    heap = [(score + seconds[best], i * width + best, i, 0) for i, score in enumerate(firsts)]
    heapify(heap)
    while heap:
        _, at, i, k = heap[0]
        yield i, at - i * width
        k += 1
        if k < width:
            j = order[k]
            heapreplace(heap, (firsts[i] + seconds[j], i * width + j, i, k))
        else:
            heappop(heap)


# -- which searches cannot succeed ---------------------------------------------------------------
#
# Most searches find nothing (five in six searches for a rate or share): no pair of the window's
# figures gives the reported value at all, let alone one of the TRIES best ranked. Whether any
# pair may give it is asked first, in floating point, of every pair at once (the operands sorted
# by their lows); only then are the pairs ranked and computed exactly. Every float threshold is
# widened by far more than float (and Decimal) rounding can move it, so the test never turns
# down a pair the exact arithmetic accepts (tests/test_search_shortcuts.py); a figure a float may
# not hold leaves the decision to the exact search.

_SLACK = 1e-9  # relative widening (float rounding is below 1e-15 of the magnitudes involved)
_FLOOR = 1e-12  # absolute widening
_BEYOND = 1e300  # a magnitude a float may not hold: the test gives up (the exact search decides)
_ANYTHING = (-inf, inf)
_UNHELD = (inf, -inf)  # (Search.floats: an interval past what the test trusts a float with)
FloatRange = tuple[float, float]


def _accepted(reported: Claim, tolerance: float) -> FloatRange:
    """``(lower, upper)``: :func:`accepts` takes ``[low, high]`` as ``reported`` only if
    ``high >= lower`` and ``low <= upper`` (its bounds in floats, a little wider; an open side
    is infinite)."""
    r = abs(float(reported.value))
    if not r < _BEYOND or reported.decimals > 300:
        return _ANYTHING
    unit = 10.0**-reported.decimals * float(reported.scale)
    slack = (r + unit + abs(tolerance)) * _SLACK + _FLOOR
    bound = reported.bound
    if bound in ("at_least", "more_than"):
        return r - unit / 2 - tolerance - slack, inf
    if bound in ("at_most", "less_than"):
        return -inf, r + unit + tolerance + slack
    if bound == "about":
        return r * 0.9 - unit / 2 - tolerance - slack, r * 1.1 + unit / 2 + tolerance + slack
    return r - unit / 2 - tolerance - slack, r + unit + tolerance + slack


def _as_floats(interval: Interval) -> FloatRange | None:
    """The interval in floats; None when a bound is past what the test trusts a float with."""
    low, high = float(interval[0]), float(interval[1])
    for value, exact in ((low, interval[0]), (high, interval[1])):
        # (past the largest, or a figure other than 0 too near 0)
        if not abs(value) < _BEYOND or (exact and abs(value) < 1 / _BEYOND):
            return None
    return low, high


def _sorted_by_low(xs: list[FloatRange]) -> tuple[list[float], list[float]]:
    """The lows of ``xs`` in order, and the highest high among the first k of them."""
    ordered = sorted(xs)
    return [x[0] for x in ordered], list(accumulate([x[1] for x in ordered], max))


def _quotients(accepted: FloatRange, factor: float, change: int) -> FloatRange:
    """The quotients ``x / y`` whose value times ``factor`` ``accepted`` may take; with ``change``
    1, those whose excess over 1 it may take (a rise, in hundredths with ``factor`` 100), with
    -1, those whose shortfall (a fall)."""
    lower, upper = accepted
    if change < 0:
        lower, upper = -upper, -lower
    return abs(change) + lower / factor, abs(change) + upper / factor


def _differences(accepted: FloatRange, down: bool) -> FloatRange:
    """The differences ``x - y`` whose size ``accepted`` may take (a fall when ``down``)."""
    lower, upper = accepted
    return (-upper, -lower) if down else (lower, upper)


def _some_quotient(xs: list[FloatRange], ys: list[FloatRange], low: float, high: float) -> bool:
    """Whether some ``x / y`` (y > 0) may fall in ``[low, high]``: ``x_high >= low * y_low``
    and ``x_low <= high * y_high``."""
    lows, highest = _sorted_by_low(xs)
    for y_low, y_high in ys:
        if y_low > 0:
            a, b = low * y_low, high * y_high
            k = bisect_right(lows, b + abs(b) * _SLACK + _FLOOR)
            if k and highest[k - 1] >= a - abs(a) * _SLACK - _FLOOR:
                return True
    return False


def _quotient_may(x: FloatRange, y: FloatRange, low: float, high: float) -> bool:
    """:func:`_some_quotient` of one pair."""
    if y[0] <= 0:
        return False
    a, b = low * y[0], high * y[1]
    return x[1] >= a - abs(a) * _SLACK - _FLOOR and x[0] <= b + abs(b) * _SLACK + _FLOOR


def _some_difference(xs: list[FloatRange], ys: list[FloatRange], low: float, high: float) -> bool:
    """Whether some ``x - y`` may fall in ``[low, high]``: ``x_high >= y_low + low`` and
    ``x_low <= y_high + high``."""
    lows, highest = _sorted_by_low(xs)
    for y_low, y_high in ys:
        a, b = y_low + low, y_high + high
        k = bisect_right(lows, b + (abs(y_high) + abs(high)) * _SLACK + _FLOOR)
        if k and highest[k - 1] >= a - (abs(y_low) + abs(low)) * _SLACK - _FLOOR:
            return True
    return False


def _difference_may(x: FloatRange, y: FloatRange, low: float, high: float) -> bool:
    """:func:`_some_difference` of one pair."""
    a, b = y[0] + low, y[1] + high
    return (
        x[1] >= a - (abs(y[0]) + abs(low)) * _SLACK - _FLOOR
        and x[0] <= b + (abs(y[1]) + abs(high)) * _SLACK + _FLOOR
    )


class _Search:
    def __init__(self, checker: _Checker) -> None:
        self.checker = checker
        self.tolerance = checker.options.tolerance
        self._tolerance = float(self.tolerance)  # (for the float test, :func:`_accepted`)
        # per claim id: its local lead and that lead's character pairs (every figure is ranked
        # against many reported figures, so its words are read once)
        self._leads: dict[str, str] = {}
        self._lead_pairs: dict[str, frozenset[str]] = {}  # lead_pairs() per reported figure
        # _level(claim) per claim id, of every figure (read for every figure of many windows)
        self._levels: dict[str, Interval | None] = {c.id: _level(c) for c in checker.index.claims}
        self._rests: dict[str, bool] = {}  # per claim id: its own words say it is the rest
        # family → later_runs(family, unit)
        self._later_runs: dict[str, tuple[list[int], dict[int, list[Claim]]]] = {}
        self._sum_bounds: dict[int, tuple[Decimal, Decimal]] = {}  # sum_bounds() per run
        self._alike: dict[tuple[int, str, int], list[Claim]] = {}  # alike() per its arguments
        self._part_ends: list[int] | None = None  # part_end per sentence
        self._amounts: dict[str, dict[int, list[Claim]]] | None = None  # amounts()
        self._following: dict[int, list[Claim]] = {}  # following() per sentence
        self._marks: dict[int, tuple[int, int]] = {}  # marks() per sentence
        self._own_marks: dict[int, tuple[int, int]] = {}  # marks() of one sentence's figures
        self._windows: dict[str, list[Claim]] = {}  # _window per claim id (read, never changed)
        self._around: dict[int, tuple[int, int, dict[str, int], list[tuple[str, Claim, int]]]] = {}
        self._heads: dict[int, list[tuple[str, Claim]]] = {}  # heads() per part
        self._by_part: dict[int, list[Claim]] | None = None  # the figures of each part
        # per claim id: operand(claim) in floats (_ANYTHING: none; _UNHELD: one past floats)
        self._floats: dict[str, FloatRange] = {}
        self._unheld = False  # whether a figure of the document is past floats
        self._all_levels: (
            tuple[list[Claim], list[int], list[int], dict[str, list[Claim]]] | None
        ) = None
        self._far_lists: dict[tuple[str, str], list[list[Claim]]] = {}  # far_lists() by key

    def window(self, reported: Claim) -> list[Claim]:
        """:func:`_window` of the reported figure, once per figure (a share is searched as a
        proportion and then for a unit slip)."""
        found = self._windows.get(reported.id)
        if found is None:
            found = self._windows[reported.id] = self._window(reported)
        return found

    def _window(self, reported: Claim) -> list[Claim]:
        """:func:`_window`, from what is the same for every figure of the sentence (made once):
        the figures of the sentences around it, a run of the index's figures, so that nearest
        first is the run read outwards from the reported figure, earlier first at equal
        distance; and the first totals of the part, put in their place by distance."""
        index = self.checker.index
        here = index.position[reported.id]
        low, high, counts, heads = self.around(reported.sentence)
        if not low <= here < high:
            return _window(self.checker, reported)  # (the index out of document order)
        claims = index.claims
        before, after = claims[low:here][::-1], claims[here + 1 : high]
        found = [c for pair in zip(before, after, strict=False) for c in pair]
        both = len(found) // 2
        found += before[both:] or after[both:]
        own = family(reported)
        start = reported.norm_span[0]
        far = [
            total
            for fam, total, at in heads
            # (a family of the window: one of the three, or of a figure besides the reported)
            if (fam in _HEADLINE_FAMILIES or counts.get(fam, 0) > (fam == own))
            and total.norm_span[0] < start  # (index.headline_total)
            and not low <= at < high
        ]
        if far:
            # distances in the run: 1, 1, 2, 2, … while both sides last, then one by one
            distances = [k // 2 + 1 for k in range(2 * both)]
            distances += range(both + 1, len(found) - both + 1)
            for total in far:
                distance = abs(index.position[total.id] - here)
                at = bisect_right(distances, distance)
                distances.insert(at, distance)
                found.insert(at, total)
        return found

    def around(
        self, sentence: int
    ) -> tuple[int, int, dict[str, int], list[tuple[str, Claim, int]]]:
        """For the windows of the sentence's figures: the positions ``[low, high)`` of the
        figures of the sentence, the BACK before and the AHEAD after it (same part), how many of
        them each family has, and per family in order, the first total of the part
        (:meth:`_Index.headline_total` of a figure after it) and its position. ``low == high``
        when the figures are not a run of the index."""
        found = self._around.get(sentence)
        if found is None:
            index = self.checker.index
            part = index.part_of[sentence] if index.part_of else 0
            members = [
                claim
                for other in range(sentence - BACK, sentence + AHEAD + 1)
                if 0 <= other < len(index.sentences)
                and (not index.part_of or index.part_of[other] == part)
                for claim in index.by_sentence.get(other, [])
            ]
            low = index.position[members[0].id] if members else 0
            high = low + len(members)
            if index.claims[low:high] != members:
                high = low
            counts: dict[str, int] = {}
            for claim in members:
                fam = family(claim)
                counts[fam] = counts.get(fam, 0) + 1
            heads = [
                (fam, total, index.position[total.id])
                for fam, total in self.heads(part)
                if fam in _HEADLINE_FAMILIES or fam in counts
            ]
            found = self._around[sentence] = (low, high, counts, heads)
        return found

    def heads(self, part: int) -> list[tuple[str, Claim]]:
        """Per family of the part's figures and the three of every window, in order: the first
        total of the part, which :meth:`_Index.headline_total` gives every figure after it."""
        found = self._heads.get(part)
        if found is None:
            index = self.checker.index
            if self._by_part is None:  # (the figures of each part, grouped once)
                self._by_part = {}
                for c in index.claims:
                    key = index.part_of[c.sentence] if index.part_of else 0
                    self._by_part.setdefault(key, []).append(c)
            claims = self._by_part.get(part, [])
            found = []
            if claims:
                last = max(claims, key=lambda c: c.norm_span[0])
                for fam in sorted(_HEADLINE_FAMILIES | {family(c) for c in claims}):
                    # (the last figure is after every other: None only when the part has no
                    # such total, or it is the last figure, before no figure of the part)
                    total = index.headline_total(last, fam)
                    if total is not None:
                        found.append((fam, total))
            self._heads[part] = found
        return found

    def level(self, claim: Claim) -> Interval | None:
        """:func:`_level` of the current period (made for every figure up front)."""
        try:
            return self._levels[claim.id]
        except KeyError:
            found = self._levels[claim.id] = _level(claim)
            return found

    def is_rest(self, claim: Claim) -> bool:
        """Whether the figure's own words mark it as the rest (其余, 剩余, 未…)."""
        found = self._rests.get(claim.id)
        if found is None:
            # the local lead is the end of the lead: only a lead that holds one of the rest's
            # words needs it (each holds 余, 有 or 未: three substring tests, which make no
            # string per character as a test of a character set does)
            # (and a match starts the local lead: one whose first character is none of them is
            # not the rest either)
            lead = claim.lead
            found = ("余" in lead or "有" in lead or "未" in lead) and (
                (words := self.lead(claim))[:1] in _REST_FIRST_CHARS
                and _REST.search(words, timeout=REGEX_TIMEOUT) is not None
            )
            self._rests[claim.id] = found
        return found

    def following(self, sentence: int) -> list[Claim]:
        """The figures of ``sentence`` and the two after it in its part."""
        found = self._following.get(sentence)
        if found is None:
            index = self.checker.index
            part = index.part_of[sentence] if index.part_of else 0
            found = self._following[sentence] = [
                claim
                for other in range(sentence, min(sentence + 3, len(index.sentences)))
                if not index.part_of or index.part_of[other] == part
                for claim in index.by_sentence.get(other, [])
            ]
        return found

    def marks(self, sentence: int) -> tuple[int, int]:
        """Of the figures of :meth:`following`: the normalized start of the last that is the
        rest (:meth:`is_rest`), -1 if none is, and that of the last whose lead holds 不 or 未 (a
        negated act, :func:`_complementary`), -1 if none does."""
        found = self._marks.get(sentence)
        if found is None:
            index = self.checker.index
            part_of = index.part_of
            part = part_of[sentence] if part_of else 0
            rest = negated = -1
            for other in range(sentence, min(sentence + 3, len(index.sentences))):
                if not part_of or part_of[other] == part:
                    own = self._own_marks.get(other)
                    if own is None:
                        own = self._own_marks[other] = self._marks_of(other)
                    if own[0] > rest:
                        rest = own[0]
                    if own[1] > negated:
                        negated = own[1]
            found = self._marks[sentence] = (rest, negated)
        return found

    def _marks_of(self, sentence: int) -> tuple[int, int]:
        """:meth:`marks` of the figures of one sentence."""
        rest = negated = -1
        for claim in self.checker.index.by_sentence.get(sentence, ()):
            lead = claim.lead
            at = claim.norm_span[0]
            if at > negated and ("不" in lead or "未" in lead):
                negated = at
            # (is_rest's first test, without the call)
            if at > rest and ("余" in lead or "有" in lead or "未" in lead) and self.is_rest(claim):
                rest = at
        return rest, negated

    def floats(self, claims: Sequence[Claim]) -> list[FloatRange] | None:
        """The operand intervals of ``claims`` (:func:`operand`) in floats, those without one
        left out; None when one of them cannot be held in floats."""
        cache = self._floats
        try:
            # (_ANYTHING: no interval, a figure every search passes over)
            found = [x for claim in claims if (x := cache[claim.id]) is not _ANYTHING]
        except KeyError:
            for claim in claims:
                if claim.id not in cache:
                    exact = operand(claim)
                    held = _ANYTHING if exact is None else _as_floats(exact)
                    if held is None:
                        held, self._unheld = _UNHELD, True
                    cache[claim.id] = held
            found = [x for claim in claims if (x := cache[claim.id]) is not _ANYTHING]
        if self._unheld and any(x is _UNHELD for x in found):
            return None
        return found

    def quotients(
        self,
        reported: Claim,
        numerators: Sequence[Claim],
        denominators: Sequence[Claim],
        factor: float = 1.0,
        change: int = 0,
    ) -> FloatRange | None:
        """The quotients a pair may give to be accepted as ``reported`` (:func:`_quotients`);
        None when no numerator over a denominator does (so no search among them finds one)."""
        xs = self.floats(numerators)
        ys = xs if denominators is numerators else self.floats(denominators)
        if xs is None or ys is None:
            return _ANYTHING
        low, high = _quotients(_accepted(reported, self._tolerance), factor, change)
        return (low, high) if xs and ys and _some_quotient(xs, ys, low, high) else None

    def differences(
        self, reported: Claim, minuends: Sequence[Claim], subtrahends: Sequence[Claim]
    ) -> FloatRange | None:
        """The differences a pair may give to be accepted as ``reported`` (its size: a rise
        when its direction is up, a fall when down); None when no minuend less a subtrahend
        does."""
        xs = self.floats(minuends)
        ys = xs if subtrahends is minuends else self.floats(subtrahends)
        if xs is None or ys is None:
            return _ANYTHING
        down = reported.direction == "down"
        low, high = _differences(_accepted(reported, self._tolerance), down)
        return (low, high) if xs and ys and _some_difference(xs, ys, low, high) else None

    def may(
        self,
        a: Claim,
        b: Claim,
        bounds: FloatRange,
        test: Callable[[FloatRange, FloatRange, float, float], bool],
    ) -> bool:
        """Whether the pair may give a value in ``bounds`` (``test``: :func:`_quotient_may` or
        :func:`_difference_may`); True when a figure is past floats."""
        x, y = self._floats.get(a.id), self._floats.get(b.id)
        if x is None or y is None or x is _UNHELD or y is _UNHELD:
            return True
        return test(x, y, *bounds)

    def lead(self, claim: Claim) -> str:
        """The claim's local lead (:func:`_local_lead`)."""
        found = self._leads.get(claim.id)
        if found is None:
            found = self._leads[claim.id] = _local_lead(claim)
        return found

    def lead_pairs(self, claim: Claim) -> frozenset[str]:
        """The character pairs in the claim's local lead (of a reported figure: a figure it is
        ranked against is asked which of them its lead holds, as substrings, so that its own
        pairs, a string each, are never made)."""
        found = self._lead_pairs.get(claim.id)
        if found is None:
            found = self._lead_pairs[claim.id] = _bigrams(self.lead(claim))
        return found

    def ranked_pairs(
        self,
        reported: Claim,
        firsts: Sequence[Claim],
        seconds: Sequence[Claim],
        keep: Callable[[Claim, Claim], bool] = lambda a, b: True,
        sharing: set[str] | None = None,
    ) -> Iterator[tuple[Claim, Claim]]:
        """Ordered pairs of distinct figures: those whose words match the reported figure's
        words first (城关镇万人信访量 ↔ 城关镇386件, 城关镇21.4万人), then the nearest; ties in
        the order the pairs are listed (firsts, then seconds). The pairs the sentence aligns
        (:meth:`_Checker.aligned_pairs`) come before all others. Lazy: ``keep`` is asked only
        of the pairs a caller reaches, in rank order (no caller takes more than TRIES).
        ``sharing``, when given, holds every figure whose lead shares a character pair with the
        reported figure's (the others are ranked by distance alone without reading them)."""
        position = self.checker.index.position
        here = position[reported.id]
        words, pairs_of_words = self.lead(reported), self.lead_pairs(reported)
        # rank (-(match_a + match_b), far_a + far_b) as one integer: -match * wide + far, where
        # wide exceeds any sum of two distances
        wide = 2 * len(position) + 1

        def score(claim: Claim) -> int:
            far = abs(position[claim.id] - here)
            if not pairs_of_words or (sharing is not None and claim.id not in sharing):
                return far  # no two characters in common: _affinity is 0
            lead = self.lead(claim)
            # (the reported figure's character pairs the lead holds: a pair is in the lead's
            # pairs exactly when it is a substring of the lead)
            shared = [pair for pair in pairs_of_words if pair in lead]
            if not shared:
                return far  # no two characters in common: _affinity is 0
            return far - _affinity(words, lead, shared) * wide

        aligned = self.checker.aligned_pairs(reported)
        if aligned:
            allowed = {c.id for c in firsts}, {c.id for c in seconds}
            for a, b in aligned:
                if a.id in allowed[0] and b.id in allowed[1] and keep(a, b):
                    yield a, b

        def scores(claims: Sequence[Claim]) -> list[int]:
            if sharing is None:
                return [score(c) for c in claims]
            # (the far search's hundreds of figures: one that shares no character pair with
            # the reported figure is ranked by distance alone, without the call)
            return [score(c) if c.id in sharing else abs(position[c.id] - here) for c in claims]

        first_scores = scores(firsts)
        # rates, shares and ratios pair a list with itself
        second_scores = first_scores if seconds is firsts else scores(seconds)
        taken = 0
        for i, j in _by_rank(first_scores, second_scores):
            a, b = firsts[i], seconds[j]
            if a is not b and keep(a, b):
                yield a, b
                taken += 1
                if taken == TRIES:
                    return

    def fits(self, reported: Claim, interval: Interval | None) -> bool:
        return interval is not None and accepts(reported, *interval, self.tolerance)

    def tries(self, reported: Claim) -> int:
        # a bound (超过三成, 不足5%) is met by many pairs: only the most plausible one counts
        if reported.bound not in ("exact", "about"):
            return 1
        return TRIES

    # -- a part over a whole: rates and shares ------------------------------------------------

    def proportion(self, reported: Claim, kind: str, *, far: bool = False) -> Check | None:
        """A pair of the window's figures (with ``far``, of the document's figures up to the
        sentence after the reported one: see :meth:`far_levels`) whose quotient is the reported
        rate or share."""
        if reported.unit != "%" or reported.value > HUNDRED:
            return None
        if far:
            found = self.far_levels(reported)
            if found is None:
                return None
            parts, levels, sharing = found
            near = {c.id for c in self.window(reported)}

            def keep(part: Claim, whole: Claim) -> bool:
                return (
                    _same_kind_of_thing(part, whole)
                    and part.value <= whole.value
                    and (part.id not in near or whole.id not in near)
                )
        else:
            levels = parts = [c for c in self.window(reported) if self._levels[c.id] is not None]
            sharing = None
            named = self.lead_pairs(reported) if kind == "rate" else frozenset()

            def keep(part: Claim, whole: Claim) -> bool:
                if not (_same_kind_of_thing(part, whole) and part.value <= whole.value):
                    return False
                # (纳入存管的经营者1,364家,存管覆盖率62.4%: the figure a rate's words name is
                # no whole of a part they do not name from another sentence — 派发抢修工单
                # 2,846件,按规定时限到达现场2,781件,抢修及时率…: of one in its own, it may be)
                return (
                    not named
                    or part.sentence == whole.sentence
                    or not (
                        any(pair in self.lead(whole) for pair in named)
                        and not any(pair in self.lead(part) for pair in named)
                    )
                )

        bounds = self.quotients(reported, parts, levels, 100.0)
        if bounds is None:
            return None
        pairs = self.ranked_pairs(reported, parts, levels, keep, sharing)
        for part, whole in islice(pairs, self.tries(reported)):
            if not self.may(part, whole, bounds, _quotient_may):
                continue  # (the float test of the pair: no need to compute it)
            interval = _quotient(self.level(part), self.level(whole), HUNDRED)  # type: ignore[arg-type]
            if self.fits(reported, interval):
                computed = part.value / whole.value * HUNDRED
                messages = _proportion_messages(
                    kind,
                    _written(part),
                    _written(whole),
                    computed,
                    reported,
                    "consistent",
                    name=reported.subject or "",
                )
                return self.make(kind, reported, [part, whole], computed, messages)
        return None

    def other_whole(self, reported: Claim, linked: Check) -> Check | None:
        """For a share the linker found inconsistent over (part, whole): another count or
        amount of the whole's unit, in the share's sentence or the one before, larger than the
        part, that the part is the reported share of — nearest first. The part stays the one
        the linker took; only the whole is in doubt (占该类的51.8% after two categories, a
        proportion per town after the county's total)."""
        if len(linked.claims) != 3 or reported.unit != "%":
            return None
        by_id = self.checker.index.by_id
        part, whole = by_id.get(linked.claims[0]), by_id.get(linked.claims[1])
        p = operand(part) if part is not None else None
        if part is None or whole is None or p is None:
            return None
        index = self.checker.index
        here = index.position[reported.id]
        candidates = [
            c
            for s in (reported.sentence - 1, reported.sentence)
            for c in index.by_sentence.get(s, [])
            if c.id not in (part.id, whole.id)
            and c.unit == whole.unit
            and c.kind in ("count", "amount")
            and c.value > part.value
        ]
        for other in sorted(candidates, key=lambda c: abs(index.position[c.id] - here)):
            w = operand(other)
            if w is None or w[0] <= 0:
                continue
            if self.checker.proportion_fits(reported, p, w):
                computed = part.value / other.value * HUNDRED
                messages = _proportion_messages(
                    "share",
                    _written(part),
                    _written(other),
                    computed,
                    reported,
                    "consistent",
                    name=reported.subject or "",
                )
                return self.make("share", reported, [part, other], computed, messages)
        return None

    def far_levels(self, reported: Claim) -> tuple[list[Claim], list[Claim], set[str]] | None:
        """For a rate or share written to a tenth of a point or finer (96.7%, not 50% or 九成):
        the counts and amounts of the document up to the sentence after it that may be its part,
        and all of them (its whole), nearest first — None for a coarser figure, which too many
        pairs of a whole document would fit, or when no figure may be its part. Also the ids of
        the figures whose lead shares such a character pair with the rate's (for
        :meth:`ranked_pairs`: every other figure is ranked by distance alone).

        A report often states the counts in its first part and their rate in a later one
        (及时受理率99.3% in 三、工作成效 of 应受理1,187件 and 按期受理1,179件 in 一、总体情况).
        The pairs tried are still the TRIES best ranked, and the part must share a word of two
        characters or more with the rate (按期办结率 ↔ 按期办结1,071件), so that a far pair is
        taken only when the report names it."""
        if reported.bound != "exact" or reported.decimals < 1:
            return None
        index = self.checker.index
        position = index.position
        here = position[reported.id]
        last = reported.sentence + AHEAD
        all_levels, sentences, positions, by_pair = self.all_levels()
        # the figures whose lead shares a word of two characters with the rate's: a character
        # pair of the rate's lead that is no common word of the document (信访, 办结: a pair
        # more than COMMON_PAIR figures' leads, and a tenth of them, hold names nothing)
        seen: set[str] = set()
        parts = []
        common = max(COMMON_PAIR, len(all_levels) // 10)
        for pair in self.lead_pairs(reported):
            holders = by_pair.get(pair, ())
            if len(holders) > common:
                continue
            for c in holders:
                if c.id not in seen:
                    seen.add(c.id)
                    if c.sentence <= last and c.id != reported.id:
                        parts.append(c)
        if not parts:
            return None
        # (a whole less than every part is the whole of none of them)
        least = min(c.value for c in parts)
        levels = [
            c
            for c in _nearest_first(all_levels, positions, here, bisect_right(sentences, last))
            if c.value >= least and c.id != reported.id
        ]
        parts.sort(key=lambda c: (abs(position[c.id] - here), position[c.id]))
        return parts, levels, seen

    def all_levels(self) -> tuple[list[Claim], list[int], list[int], dict[str, list[Claim]]]:
        """The document's counts and amounts (:func:`_level`) in order, their sentences, their
        positions in the index, and per character pair, those whose local lead holds it. Made
        once."""
        if self._all_levels is None:
            position = self.checker.index.position
            claims = [c for c in self.checker.index.claims if self._levels[c.id] is not None]
            claims.sort(key=lambda c: position[c.id])
            by_pair: dict[str, list[Claim]] = {}
            for c in claims:
                for pair in _bigrams(self.lead(c)):
                    by_pair.setdefault(pair, []).append(c)
            self._all_levels = (
                claims,
                [c.sentence for c in claims],
                [position[c.id] for c in claims],
                by_pair,
            )
        return self._all_levels

    def unit_slip(self, reported: Claim) -> bool:
        """A share of money the nearest money figures give only with 万/亿 swapped or 万 left out
        (药品案件罚没1057亿元,占12.3% of 0.86亿元): reported as a probable unit error."""
        if reported.kind != "share" or reported.unit != "%" or reported.bound != "exact":
            return False
        window = self.window(reported)
        # (小区均53.4万元 is an average, neither the part nor the whole of a share)
        money = [
            c
            for c in window
            if self.level(c) is not None and c.unit in _MONEY and c.kind == "amount"
        ]
        own = [
            c
            for c in money
            if c.sentence == reported.sentence and c.norm_span[0] < reported.norm_span[0]
        ]
        if not own:
            return False
        part = own[0]  # the money figure the share follows (the window is nearest first)
        wholes = [c for c in money if c is not part and c.unit == part.unit]
        stated = [c for c in wholes if _total_lead(c.lead)]
        for whole in (stated or wholes)[:1]:  # 罚没款合计0.86亿元 before any nearer figure
            p, w = self.level(part), self.level(whole)
            ratio = _quotient(p, w, HUNDRED) if p and w else None
            if ratio is None or self.fits(reported, ratio):
                return False
            computed = part.value / whole.value * HUNDRED
            return self.checker.unit_error(reported, part, whole, computed)
        return False

    # -- changes and differences ---------------------------------------------------------------

    def change(self, reported: Claim) -> Check | None:
        if reported.unit != "%" or reported.direction not in ("up", "down"):
            return None
        window = self.window(reported)
        currents = [c for c in window if self._levels[c.id] is not None]
        previous = [c for c in window if _level(c, "previous") is not None]
        change = 1 if reported.direction == "up" else -1
        bounds = self.quotients(reported, currents, previous, 100.0, change)
        if bounds is None:
            return None
        pairs = self.ranked_pairs(
            reported, currents, previous, lambda now, before: now.unit == before.unit
        )
        for now, before in islice(pairs, self.tries(reported)):
            if not self.may(now, before, bounds, _quotient_may):
                continue
            ratio = _quotient(self.level(now), _level(before, "previous"))  # type: ignore[arg-type]
            if ratio is None:
                continue
            low, high = (ratio[0] - 1) * HUNDRED, (ratio[1] - 1) * HUNDRED
            if (reported.direction == "up" and low <= 0) or (
                reported.direction == "down" and high >= 0
            ):
                continue
            magnitude = (low, high) if low > 0 else (-high, -low)
            if self.fits(reported, magnitude):
                computed = (now.value / before.value - 1) * HUNDRED
                messages = _both(
                    "change",
                    **_change_fields(
                        reported, _written(now), _written(before), computed, "consistent"
                    ),
                )
                return self.make("change", reported, [now, before], computed, messages)
        return None

    def difference(self, reported: Claim) -> Check | None:
        if reported.direction not in ("up", "down"):
            return None
        window = self.window(reported)
        points = reported.unit == "pp"
        if points:
            levels = [
                c
                for c in window
                if c.unit == "%" and c.kind in ("rate", "share", "other") and c.modality == "actual"
            ]
            bounds = self.differences(reported, levels, levels)
            if bounds is None:
                return None
            pairs = self.ranked_pairs(
                reported,
                levels,
                levels,
                lambda a, b: b.period == "previous" or a.period == b.period,
            )
        else:
            # counts and amounts (增加88件), or averages (平均办理时长…缩短了4.3天)
            currents = [c for c in window if (self.level(c) or _average(c)) is not None]
            previous = [
                c for c in window if (_level(c, "previous") or _average(c, "previous")) is not None
            ]
            bounds = self.differences(reported, currents, previous)
            if bounds is None:
                return None
            pairs = self.ranked_pairs(
                reported,
                currents,
                previous,
                lambda a, b: (
                    a.unit == b.unit == reported.unit and (a.kind == "ratio") == (b.kind == "ratio")
                ),
            )
        for now, before in islice(pairs, self.tries(reported)):
            if not self.may(now, before, bounds, _difference_may):
                continue
            a, b = operand(now), operand(before)
            if a is None or b is None:
                continue
            low, high = a[0] - b[1], a[1] - b[0]
            if (reported.direction == "up" and low <= 0) or (
                reported.direction == "down" and high >= 0
            ):
                continue
            magnitude = (low, high) if low > 0 else (-high, -low)
            if self.fits(reported, magnitude):
                messages = _difference_messages(reported, now, before, "consistent", points=points)
                computed = now.value - before.value
                return self.make("difference", reported, [now, before], computed, messages)
        return None

    # -- averages and multiples ----------------------------------------------------------------

    def ratio(self, reported: Claim) -> Check | None:
        if reported.unit in ("%", "pp", "‰"):
            return None
        context = (reported.subject or "") + reported.lead
        factor = Decimal(1)
        # (a match of _PER_TEN_THOUSAND holds 万, one of _PER_THOUSAND 千)
        if "万" in context and _PER_TEN_THOUSAND.search(context, timeout=REGEX_TIMEOUT):
            factor = Decimal(10000)
        elif "千" in context and _PER_THOUSAND.search(context, timeout=REGEX_TIMEOUT):
            factor = Decimal(1000)
        window = self.window(reported)
        levels = [c for c in window if self._levels[c.id] is not None]
        bounds = self.quotients(reported, levels, levels, float(factor))
        if bounds is None:
            return None
        multiple = reported.unit == "倍"
        pairs = self.ranked_pairs(
            reported,
            levels,
            levels,
            # an average counts what its numerator counts (人均2456元: 元 over people)
            lambda a, b: (
                (multiple and _same_kind_of_thing(a, b))
                or (not multiple and a.unit == reported.unit and not _same_kind_of_thing(a, b))
            ),
        )
        for numerator, denominator in islice(pairs, self.tries(reported)):
            if not self.may(numerator, denominator, bounds, _quotient_may):
                continue
            interval = _quotient(self.level(numerator), self.level(denominator), factor)  # type: ignore[arg-type]
            if self.fits(reported, interval):
                computed = numerator.value / denominator.value * factor
                messages = _both(
                    "per_capita",
                    numerator=_written(numerator),
                    denominator=_written(denominator),
                    computed=_fmt(computed),
                    reported=_written(reported) + reported.unit,
                    verdict="consistent",
                )
                return self.make(
                    "per_capita", reported, [numerator, denominator], computed, messages
                )
        return None

    # -- totals followed or preceded by their parts --------------------------------------------

    def total(self, reported: Claim) -> Check | None:
        """:meth:`near_total`, else :meth:`far_total`."""
        return self.near_total(reported) or self.far_total(reported)

    def far_total(self, reported: Claim) -> Check | None:
        """A total whose parts are a whole 分别 list further on (another part of the report, or
        past LATER sentences): 督办事项已办结161件 … (三)办理情况。…已分别办结36件、28件、19件、
        21件、13件和44件. Only a list of three or more that makes the total exactly, whose own
        words name the total's act (办结 … 已分别办结) unless the total is a stated one
        (共受理…)."""
        period = reported.period or "current"
        whole = _level(reported, period)
        if whole is None:
            return None
        act = self.lead(reported)[-2:]
        stated = bool(_total_lead(reported.lead))
        if not stated and len(act) < 2:
            return None
        for listed in self.far_lists(family(reported), period):
            if listed[0].sentence <= reported.sentence + 2:
                continue
            if not stated and act not in listed[0].lead:
                continue
            found = self._whole_list(reported, whole, listed)
            if found is not None:
                return found
        return None

    def far_lists(self, fam: str, period: str) -> list[list[Claim]]:
        """The 分别 lists of three or more counts or amounts of ``period`` and family ``fam``,
        each in one sentence, joined by 、/和/及, in order (上年同期
        六个县(区)分别为2,476件、1,902件…: a list of the previous period). Made once per family
        and period."""
        found = self._far_lists.get((fam, period))
        if found is None:
            text = self.checker.normalized.text
            found = [
                run
                for _, claims in sorted(self.amounts().get(fam, {}).items())
                for run in _listed_runs(
                    [c for c in claims if _level(c, period) is not None], text, 3
                )
            ]
            self._far_lists[(fam, period)] = found
        return found

    def near_total(self, reported: Claim) -> Check | None:
        """A stated total whose parts are listed as a run of the same kind of figure: right
        after it (its sentence and the next two), right before it (合计 after its parts, in its
        sentence and the two before), or as the breakdown opening a later sentence of the part
        (按渠道分。电话渠道12,107件,网站渠道…), adding up to it.

        The runs are read from :meth:`alike`, the figures :meth:`_parts` would take of each
        sentence (it passes over every other figure); a later sentence's run is tried only when
        its sums may reach the total (:meth:`sum_bounds`; most totals have no parts)."""
        whole = self.level(reported)
        if whole is None:
            return None
        # 积案12件,年内化解10件,…剩余2件: without 共/受理…, only parts that end with the rest
        closed_only = not _total_lead(reported.lead)
        sentence = reported.sentence
        start = reported.norm_span[0]
        last_rest, last_negated = self.marks(sentence) if closed_only else (-1, -1)
        if closed_only and last_rest <= start and last_negated <= start:
            # no rest after it, and no negated act among the figures after it, which the parts
            # _complementary needs (the parts are some of those figures)
            return None
        fam = family(reported)
        # (_parts of the figures of following(sentence) after it)
        after = self._run(
            fam, reported.unit, [c for c in self.alike(sentence, fam, 0) if c.norm_span[0] > start]
        )
        # (any(self.is_rest(c) for c in after) is last_rest > start)
        if closed_only and not (last_rest > start or _complementary(after)):
            return None  # no rest after it: an unmarked figure is not taken for a total
        found = self._adds_up(reported, whole, after, closed_only=closed_only)
        if found is not None or closed_only:
            return found  # 积案12件,化解10件,剩余2件: an unmarked total's parts follow it
        # (_parts of the figures of its sentence and the two before, before it, nearest first)
        before = self._run(
            fam, reported.unit, [c for c in self.alike(sentence, fam, 1) if c.norm_span[0] < start]
        )
        found = self._adds_up(reported, whole, before, closed_only=False)
        if found is not None:
            return found
        # the later sentences of the part, up to LATER after it, whose breakdown run is not
        # empty (the runs are the same for every total of this kind of figure: made once)
        index = self.checker.index
        first, limit = sentence + 3, min(len(index.sentences), sentence + LATER)
        if index.part_of and first < limit:
            part = index.part_of[sentence]
            limit = min(limit, self.part_end(first)) if index.part_of[first] == part else first
        later_sentences, later_runs = self.later_runs(fam, reported.unit)
        low, high = whole
        for at in range(bisect_left(later_sentences, first), len(later_sentences)):
            later = later_sentences[at]
            if later >= limit:
                break
            run = later_runs[later]
            if len(run) >= 3 or index.headline_total(run[0], fam) is reported:
                # (_adds_up finds nothing in a run none of whose sums of two or more parts
                # may reach the total)
                lowest, highest = self.sum_bounds(run)
                if highest >= low and lowest <= high:
                    found = self._adds_up(reported, whole, run, closed_only=False)
                    if found is not None:
                        return found
        return None

    def _whole_list(self, reported: Claim, whole: Interval, run: list[Claim]) -> Check | None:
        """A consistent sum when all of ``run`` (of the total's period) makes the total."""
        low = high = Decimal(0)
        for claim in run:
            level = _level(claim, reported.period or "current")
            if level is None:
                return None
            low, high = low + level[0], high + level[1]
        if not (high >= whole[0] and low <= whole[1]):
            return None
        computed = sum((c.value for c in run), Decimal(0))
        messages = _both(
            "sum",
            parts="+".join(_written(c) for c in run),
            computed=_in_scale(computed, reported),
            reported=_written(reported) + reported.unit,
            verdict="consistent",
        )
        return self.make("sum", reported, run, computed, messages)

    def sum_bounds(self, run: list[Claim]) -> tuple[Decimal, Decimal]:
        """The lowest low and the highest high of the sums of the first two or more figures of
        a run of parts (:meth:`later_runs`), as :meth:`_adds_up` adds them: a total outside
        them is the sum of none of its first two or more parts. Once per run."""
        key = id(run)  # (the runs of later_runs are kept, and never changed, by this search)
        found = self._sum_bounds.get(key)
        if found is None:
            lowest, highest = _NO_SUM
            low = high = Decimal(0)
            for count, claim in enumerate(run, start=1):
                level = self._levels[claim.id]
                low, high = low + level[0], high + level[1]  # type: ignore[index]
                if count >= 2:
                    lowest, highest = min(lowest, low), max(highest, high)
            found = self._sum_bounds[key] = (lowest, highest)
        return found

    def alike(self, sentence: int, fam: str, side: int) -> list[Claim]:
        """The counts and amounts of family ``fam`` (those :meth:`_parts` reads) among, with
        ``side`` 0, the figures of :meth:`following` (the sentence and the two after it in its
        part), in order; with ``side`` 1, among the figures of the sentence and the two before
        it in its part, last first."""
        key = (sentence, fam, side)
        found = self._alike.get(key)
        if found is None:
            index = self.checker.index
            part_of, count = index.part_of, len(index.sentences)
            part = part_of[sentence] if part_of else 0
            by_sentence = self.amounts().get(fam, {})
            found = []
            others = (
                range(sentence, min(sentence + 3, count))
                if side == 0
                else range(sentence - 2, sentence + 1)
            )
            for other in others:
                if 0 <= other < count and (not part_of or part_of[other] == part):
                    found.extend(by_sentence.get(other, ()))
            if side:
                found.reverse()
            self._alike[key] = found
        return found

    def part_end(self, sentence: int) -> int:
        """The first sentence after ``sentence`` in another part (the number of sentences when
        there is none)."""
        if self._part_ends is None:
            part_of = self.checker.index.part_of
            ends = self._part_ends = [len(part_of)] * len(part_of)
            for at in range(len(part_of) - 2, -1, -1):
                ends[at] = at + 1 if part_of[at + 1] != part_of[at] else ends[at + 1]
        return self._part_ends[sentence]

    def later_runs(self, fam: str, unit: str) -> tuple[list[int], dict[int, list[Claim]]]:
        """For a total of family ``fam`` and unit ``unit``: the sentences whose figures, with
        those of the next sentence of the part, open with a run of its parts (:meth:`_parts`),
        in order, and those runs. Made once per family (a figure's family follows from its
        unit, so a figure of the total's unit is of its family)."""
        found = self._later_runs.get(fam)
        if found is None:
            index = self.checker.index
            part_of, count = index.part_of, len(index.sentences)
            # the figures _parts reads (it passes over every other figure), per sentence
            alike = self.amounts().get(fam, {})
            runs: dict[int, list[Claim]] = {}
            for sentence in sorted({s for t in alike for s in (t - 1, t) if s >= 0}):
                claims = alike.get(sentence, [])
                following = sentence + 1
                if following < count and (not part_of or part_of[following] == part_of[sentence]):
                    claims = claims + alike.get(following, [])
                run = self._run(fam, unit, claims)
                if run:
                    runs[sentence] = run
            found = self._later_runs[fam] = (list(runs), runs)
        return found

    def amounts(self) -> dict[str, dict[int, list[Claim]]]:
        """The counts and amounts by family, then by sentence (in the index's order)."""
        if self._amounts is None:
            index = self.checker.index
            self._amounts = {}
            for sentence, claims in index.by_sentence.items():
                if 0 <= sentence < len(index.sentences):
                    for claim in claims:
                        if claim.kind in ("count", "amount"):
                            by_sentence = self._amounts.setdefault(family(claim), {})
                            by_sentence.setdefault(sentence, []).append(claim)
        return self._amounts

    def _parts(self, reported: Claim, claims: Iterable[Claim]) -> list[Claim]:
        """Same-kind figures in order, up to the next figure of the same kind that is a total."""
        return self._run(family(reported), reported.unit, claims)

    def _run(self, fam: str, unit: str, claims: Iterable[Claim]) -> list[Claim]:
        """:meth:`_parts` for a total of family ``fam`` and unit ``unit``."""
        parts = []
        levels = self._levels
        # (_same_kind_of_thing(claim, reported), with the reported figure's side read once)
        for claim in claims:
            if claim.kind not in ("count", "amount") or (
                claim.unit != unit and family(claim) != fam
            ):
                continue
            tail = claim.lead[-2:]
            if levels[claim.id] is None or (
                tail[:1] in _TOTAL_LEAD_FIRST_CHARS and _total_lead_at_start(tail)
            ):
                break
            parts.append(claim)
            if len(parts) >= MAX_PARTS:
                break
        return parts

    def _adds_up(
        self, reported: Claim, whole: Interval, run: list[Claim], *, closed_only: bool
    ) -> Check | None:
        low = high = Decimal(0)
        for count, claim in enumerate(run, start=1):
            level = self.level(claim)
            if level is None:
                return None
            low, high = low + level[0], high + level[1]
            if low > whole[1]:
                return None
            if (
                count >= 2
                and high >= whole[0]
                and low <= whole[1]
                and not (
                    closed_only and not self.is_rest(claim) and not _complementary(run[:count])
                )
            ):
                parts = run[:count]
                computed = sum((c.value for c in parts), Decimal(0))
                messages = _both(
                    "sum",
                    parts="+".join(_written(c) for c in parts),
                    computed=_fmt(computed),
                    reported=_written(reported) + reported.unit,
                    verdict="consistent",
                )
                return self.make("sum", reported, parts, computed, messages)
        return None

    def make(
        self,
        kind: str,
        reported: Claim,
        operands: Sequence[Claim],
        computed: Decimal,
        messages: tuple[str, str],
    ) -> Check:
        return _inferred_check(
            kind, reported, operands, computed, messages, (_NOTE["zh"], _NOTE["en"])
        )


def _check_kind(claim: Claim) -> str | None:
    """The kind of check a search for ``claim`` would produce; None when none is searched."""
    if claim.kind in ("rate", "share") and claim.period != "current":
        return None  # a previous period's level; its operands are not in the report
    if claim.kind in ("rate", "share"):
        return claim.kind
    if claim.kind == "change" and claim.unit == "%":
        return "change"
    if claim.kind == "difference" or (claim.kind == "change" and claim.unit == "pp"):
        return "difference"
    return {"ratio": "per_capita", "count": "sum"}.get(claim.kind)


def _search_for(search: _Search, claim: Claim, kind: str) -> Check | None:
    """The check a search for ``claim`` finds, if any."""
    if kind in ("rate", "share"):
        return search.proportion(claim, kind)
    if kind == "change":
        return search.change(claim)
    if kind == "difference":
        return search.difference(claim)
    if kind == "per_capita":
        return search.ratio(claim)
    return search.total(claim)


def _own_clause_operands(
    checker: _Checker, claim: Claim, kind: str, open_: dict[tuple[str, str], int]
) -> bool:
    """Whether the open check of ``claim`` took operands that all stand in its own clause."""
    position = open_.get((kind, claim.id))
    if position is None:
        return False
    operands = [checker.index.by_id.get(i) for i in checker.checks[position].claims[:-1]]
    return len(operands) >= 2 and all(
        o is not None and checker.same_clause(o, claim) for o in operands
    )


# a share's whole named by pointing back (占该类的…, 占其…, 占此类…), not by its name
_POINTER = regex.compile(r"^(?:该|此|其|本类|上述|同类)")


def _names_linked_whole(lead: str, before: str, whole: Claim | None) -> bool:
    """Whether the whole a share's lead names (占经营环节举报的…) is the linker's: a pair of its
    characters stands in the whole's subject or the words right before it. A pointer (占该类
    的…) names the whole its sentence opened with (理赔纠纷中,…占该类的), if any: ``before`` is
    the sentence up to the share."""
    match = _whole_noun(lead)
    if match is None or whole is None:
        return False
    noun = match.group("noun")
    if _POINTER.match(noun, timeout=REGEX_TIMEOUT):
        # (the last opening: the nearest one)
        openings = list(_WITHIN.finditer(before, timeout=REGEX_TIMEOUT)) if "中," in before else []
        if not openings:
            return False
        noun = openings[-1].group("noun")
    words = (whole.subject or "") + whole.lead[-20:]
    return any(pair in words for pair in _bigrams(noun))


def _coarse(claim: Claim) -> bool:
    """Whether a percentage is written so roughly (近四成, 三成多: tens with a bound) that many
    pairs of figures would fit it."""
    return claim.unit == "%" and claim.scale >= 10 and claim.bound != "exact"


def _names_whole(lead: str) -> bool:
    """Whether a share's lead names its whole (占来访批次的…), not only a bound (占近四成) or a
    figure (占全区环比增量78件的…)."""
    if _named_total(lead):
        return True
    match = _whole_noun(lead)
    if match is None:
        return False
    noun = match.group("noun")
    return (
        len(noun) >= 2
        and not _BOUND_ONLY.fullmatch(noun, timeout=REGEX_TIMEOUT)
        and not has_digit(noun)
    )


def corroborate(checker: _Checker) -> None:
    """Replace the linker's ``unverifiable`` verdicts (and fill its silences) with a consistent
    verdict wherever a nearby combination of the report's own figures gives the reported value."""
    settled: set[tuple[str, str]] = set()
    open_: dict[tuple[str, str], int] = {}
    for position, existing in enumerate(checker.checks):
        key = (existing.kind, existing.claims[-1] if existing.claims else "")
        if existing.verdict == "unverifiable" or (
            existing.verdict == "inconsistent" and existing.kind in RECONSIDER
        ):
            open_.setdefault(key, position)
        else:
            settled.add(key)
            if existing.kind == "unit":  # a share already found off by 万/亿
                settled.add(("share", key[1]))
    # the figures whose inconsistent verdict of a RECONSIDER kind is open
    reconsidered = {
        key[1]
        for key, position in open_.items()
        if key[0] in RECONSIDER and checker.checks[position].verdict == "inconsistent"
    }
    search = _Search(checker)
    replaced: dict[int, Check] = {}
    dropped: set[int] = set()
    added: list[Check] = []
    for claim in checker.index.claims:
        kind = _check_kind(claim) if claim.modality == "actual" else None
        key = (kind or "", claim.id)
        if kind is None or key in settled:
            continue
        reconsidering = claim.id in reconsidered
        if reconsidering and claim.id in checker.prescribed:
            continue  # 按常住人口计算: the report chose the operand; the other one is no excuse
        if (
            reconsidering
            and claim.kind == "share"
            and "占" in claim.lead  # (every match of _NAMED_TOTAL starts with 占)
            and _names_whole(claim.lead)
        ):
            # 占全市信访总量的10.8%, 占乡镇登记总量的40.7%, 占来访批次的0.5%: the whole is named;
            # another whole that gives the value is no excuse — unless the name is a pointer
            # (占该类的…) or not the linker's whole's, so that the linker chose it some other
            # way: then a whole beside it that gives the value is the likelier one
            linked = checker.checks[open_[key]]
            sentence = checker.index.sentences[claim.sentence]
            before = sentence.text[: claim.norm_span[0] - sentence.start]
            whole = checker.index.by_id.get(linked.claims[1]) if len(linked.claims) == 3 else None
            if not _names_linked_whole(claim.lead, before, whole):
                found = search.other_whole(claim, linked)
                if found is not None:
                    replaced[open_[key]] = found
            continue
        if (
            reconsidering
            and kind in ("difference", "rate")
            and _own_clause_operands(checker, claim, kind, open_)
        ):
            # 集体访四批,上年九批,减少四批: both levels stand beside it; 3−7 is no excuse — and
            # 到期应办结180件,按期办结176件,按期办结率94.6%: 176/186 (受理) is no excuse either
            continue
        if reconsidering and kind in ("share", "rate") and _coarse(claim):
            # 五十二件,占近四成 (27.96%): a band of ten points that another pair of nearby
            # figures fits by chance (24/52 = 46.2% "≈40%") is no excuse for the linker's pair
            continue
        found = _search_for(search, claim, kind)
        if found is None and kind in ("rate", "share") and not reconsidering:
            found = search.proportion(claim, kind, far=True)
        if found is None and kind == "share" and reconsidering:
            found = search.other_whole(claim, checker.checks[open_[key]])
        if found is None:
            if kind == "share" and not reconsidering and search.unit_slip(claim):
                if key in open_:
                    dropped.add(open_[key])
            continue
        if key in open_:
            replaced[open_[key]] = found
        else:
            added.append(found)
    checker.checks = [
        replaced.get(i, c) for i, c in enumerate(checker.checks) if i not in dropped
    ] + added
