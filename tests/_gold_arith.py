"""Recompute the gold check verdicts of the report corpus (a test helper, not the product).

Every check note starts with its formula in brackets, written over claim ids: ``[a1/a2*100-100]``.
The letter ``k`` stands for "some whole number" (granularity checks: ``[k/a3*100]`` asks whether
any integer numerator out of ``a3`` gives the reported rate). A share_sum check without a
reported claim is compared with exactly 100.

A written figure stands for an interval: ``84%`` → [83.5, 85) (rounded half-up/half-even, or
truncated), ``2.46亿`` → [2.455亿, 2.47亿), a plain integer count is exact. The recomputed interval
is consistent with the reported figure when it meets the reported figure's interval (for a change
or difference, with the sign given by its direction).
"""

from __future__ import annotations

import re
from decimal import Decimal, getcontext
from typing import Any

getcontext().prec = 40

Interval = tuple[Decimal, Decimal]

_NUMBER = re.compile(r"(\d[\d,]*)(?:\.(\d+))?([万亿千])?")
_SCALE = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "千": Decimal(1000)}
_RELATIVE_UNITS = {"%", "pp", "‰", "倍"}


def precision(claim: dict[str, Any]) -> Decimal:
    """Width of the last written digit of a figure (0 for an exact integer count)."""
    text = claim["text"]
    if text == "持平":
        return Decimal(1)
    m = _NUMBER.search(text)
    if m is None:  # Chinese numerals
        if "成" in text:
            return Decimal(10)
        if "分之" in text or "百分" in text or "番" in text:
            return Decimal(1)
        return Decimal(1) if claim["unit"] in _RELATIVE_UNITS else Decimal(0)
    decimals = len(m[2] or "")
    step = Decimal(1).scaleb(-decimals)
    if m[3]:
        return step * _SCALE[m[3]]
    # an average written as a whole number (人均接访7批) is rounded like any other ratio
    if decimals or claim["unit"] in _RELATIVE_UNITS or claim.get("kind") == "ratio":
        return step
    return Decimal(0)


def operand_interval(claim: dict[str, Any]) -> Interval:
    value = Decimal(claim["value"])
    h = precision(claim)
    return (value - h / 2, value + h)


def acceptance(claim: dict[str, Any]) -> Interval:
    """Signed interval of true values a reported figure is consistent with."""
    value = Decimal(claim["value"])
    h = precision(claim)
    lo, hi = value - h / 2, value + h
    if h == 0:
        lo = hi = value
    direction = claim.get("direction")
    if direction == "down":
        return (-hi, -lo)
    if direction == "flat":
        return (-h, h) if h else (Decimal(0), Decimal(0))
    return (lo, hi)


# -- a tiny interval expression evaluator --------------------------------------------------
_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(.))")


def _tokens(expr: str) -> list[tuple[str, str]]:
    out = []
    for num, name, op in _TOKEN.findall(expr):
        if num:
            out.append(("num", num))
        elif name:
            out.append(("name", name))
        elif op.strip():
            out.append(("op", op))
    return out


def _mul(a: Interval, b: Interval) -> Interval:
    products = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]
    return (min(products), max(products))


def _div(a: Interval, b: Interval) -> Interval:
    if b[0] <= 0 <= b[1]:
        raise ZeroDivisionError("denominator interval contains 0")
    # each bound divided directly (1/9 first would turn 63/9 into 6.999…)
    quotients = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]]
    return (min(quotients), max(quotients))


def evaluate(expr: str, env: dict[str, Interval]) -> Interval:
    tokens = _tokens(expr)
    pos = 0

    def peek() -> tuple[str, str] | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> tuple[str, str]:
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def atom() -> Interval:
        kind, text = take()
        if kind == "num":
            return (Decimal(text), Decimal(text))
        if kind == "name":
            return env[text]
        if text == "(":
            value = add()
            if take() != ("op", ")"):
                raise SyntaxError(expr)
            return value
        if text == "-":
            lo, hi = atom()
            return (-hi, -lo)
        raise SyntaxError(expr)

    def mul() -> Interval:
        value = atom()
        while peek() in (("op", "*"), ("op", "/")):
            op = take()[1]
            right = atom()
            value = _mul(value, right) if op == "*" else _div(value, right)
        return value

    def add() -> Interval:
        value = mul()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            right = mul()
            value = (
                (value[0] + right[0], value[1] + right[1])
                if op == "+"
                else (value[0] - right[1], value[1] - right[0])
            )
        return value

    result = add()
    if pos != len(tokens):
        raise SyntaxError(expr)
    return result


FORMULA = re.compile(r"^\[([^\]]*)\]")


def recompute(check: dict[str, Any], claims: dict[str, dict[str, Any]]) -> str:
    """'consistent' or 'inconsistent' as recomputed from the formula at the head of the note."""
    m = FORMULA.match(check["note"])
    if m is None:
        raise ValueError(f"note without [formula]: {check['note']!r}")
    expr = m[1]
    env = {cid: operand_interval(c) for cid, c in claims.items() if c.get("value") is not None}
    if check["reported"]:
        target = acceptance(claims[check["reported"]])
    else:
        target = (Decimal(100), Decimal(100))
    uses_k = "k" in {text for kind, text in _tokens(expr) if kind == "name"}
    candidates = range(1, 20001) if uses_k else [None]
    for k in candidates:
        if k is not None:
            env["k"] = (Decimal(k), Decimal(k))
        try:
            lo, hi = evaluate(expr, env)
        except ZeroDivisionError:
            continue
        if lo <= target[1] and target[0] <= hi:
            return "consistent"
    return "inconsistent"
