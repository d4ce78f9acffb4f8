"""Numbers as written: parsing to :class:`~decimal.Decimal` with their precision kept.

Chinese numerals are converted only inside spans the grammar found (a whole-text converter
turns 一带一路 into 1带1路).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

__all__ = ["SCALES", "Number", "json_number", "parse_chinese_integer", "parse_number"]

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_DIGITS_AND_TEN = frozenset(_CN_DIGITS) | {"十"}  # a numeral holds at least one of these
_CN_BIG = {"万": 10_000, "亿": 100_000_000}

SCALES: dict[str, Decimal] = {
    "百": Decimal(100),
    "千": Decimal(1000),
    "万": Decimal(10_000),
    "十万": Decimal(100_000),
    "百万": Decimal(1_000_000),
    "千万": Decimal(10_000_000),
    "亿": Decimal(100_000_000),
    "十亿": Decimal(1_000_000_000),
    "百亿": Decimal(10_000_000_000),
    "千亿": Decimal(100_000_000_000),
    "万亿": Decimal(1_000_000_000_000),
}


@dataclass(frozen=True, slots=True)
class Number:
    """A written number: ``value`` with the scale folded in, and what it was written as.

    ``decimals`` counts the digits shown after the point; with ``scale`` it gives the width of
    the interval the written number stands for: ±0.5·10^-decimals·scale.
    """

    value: Decimal
    decimals: int
    scale: Decimal

    @property
    def half_width(self) -> Decimal:
        return Decimal(5).scaleb(-self.decimals - 1) * self.scale


def parse_chinese_integer(text: str) -> int | None:
    """Parse a Chinese integer numeral; ``None`` if it is not one.

    >>> numerals = ("十五", "二十", "一百零五", "两千三百", "三万五千", "八")
    >>> [parse_chinese_integer(t) for t in numerals]
    [15, 20, 105, 2300, 35000, 8]
    >>> parse_chinese_integer("十九"), parse_chinese_integer("万"), parse_chinese_integer("一二")
    (19, None, None)
    """
    if not text or _DIGITS_AND_TEN.isdisjoint(text):
        return None
    total = 0  # completed 万/亿 groups
    section = 0  # current group below 万
    digit: int | None = None
    previous_was_digit = False
    for ch in text:
        if ch in _CN_DIGITS:
            if previous_was_digit:
                return None  # "一二": a list of digits, not a numeral
            digit = _CN_DIGITS[ch]
            previous_was_digit = digit != 0  # 零 only marks a gap: 一百零五
        elif ch in _CN_UNITS:
            section += (digit if digit is not None else 1) * _CN_UNITS[ch]
            digit = None
            previous_was_digit = False
        elif ch in _CN_BIG:
            section += digit or 0
            if section == 0:
                return None
            total = (total + section) * _CN_BIG[ch]
            section = 0
            digit = None
            previous_was_digit = False
        else:
            return None
    return total + section + (digit or 0)


_ONE = Decimal(1)


# (pure, and its Number immutable: a report writes the same few numbers over and over, and a
# frozen dataclass costs most of a parse to build)
@lru_cache(maxsize=1024)
def parse_number(digits: str, scale_word: str = "") -> Number | None:
    """Parse Arabic (``2.4``) or Chinese (``三``) digits with an optional scale word (万, 亿…).

    >>> parse_number("2.4", "万")
    Number(value=Decimal('24000.0'), decimals=1, scale=Decimal('10000'))
    >>> parse_number("三")
    Number(value=Decimal('3'), decimals=0, scale=Decimal('1'))
    >>> parse_number("十二点五")
    Number(value=Decimal('12.5'), decimals=1, scale=Decimal('1'))
    """
    scale = SCALES.get(scale_word, _ONE) if scale_word else _ONE
    if digits and digits[0].isdigit():
        try:
            value = Decimal(digits)
        except ArithmeticError:
            return None
        decimals = len(digits.partition(".")[2])
        return Number(value * scale, decimals, scale)
    # 十二点五: a Chinese decimal, its fraction written digit by digit
    whole, _, fraction = digits.partition("点")
    integer = parse_chinese_integer(whole)
    if integer is None:
        return None
    if not fraction:
        return Number(Decimal(integer) * scale, 0, scale)
    if any(ch not in _CN_DIGITS or ch == "两" for ch in fraction):
        return None
    value = Decimal(f"{integer}.{''.join(str(_CN_DIGITS[ch]) for ch in fraction)}")
    return Number(value * scale, len(fraction), scale)


def json_number(value: Decimal) -> int | float:
    """A Decimal as a JSON number: integral values as ints, others via the shortest float repr.

    >>> json_number(Decimal("24000.0")), json_number(Decimal("92.31")), json_number(Decimal("1E+3"))
    (24000, 92.31, 1000)
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)
