"""Latent false alarms: planted errors written right, and the engine asked again.

    python scripts/eval_corrected.py --split dev           # counts, and the dev items
    python scripts/eval_corrected.py --split eval          # counts only (held out)

A planted error is accused whatever operands the engine took, so verdict accuracy cannot tell a
right accusation from a lucky one. For every inconsistent gold check of a clean file (a share,
rate, per-capita ratio, change, difference or sum), this writes the value the gold formula gives
in the reported figure's place, at the figure's own precision, and analyzes the document again:
a check of that figure still inconsistent is a latent false alarm — the engine would accuse the
figure were it right. Skipped: formulas with a free integer (granularity), changes whose sign
the corrected value would flip, figures not written in Arabic digits, and a corrected total
that a second, stated breakdown no longer makes (that is the report's other relation, not an
engine error).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

import _gold_arith  # noqa: E402
import eval_claims  # noqa: E402

from xinfang_nlp.report import analyze_text  # noqa: E402

KINDS = ("share", "rate", "per_capita", "change", "difference", "sum")
_NUMBER = re.compile(r"(\d[\d,]*)(?:\.(\d+))?([万亿])?")
_SCALE = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, None: Decimal(1)}


def corrected_text(check: dict[str, Any], claims: dict[str, dict[str, Any]]) -> str | None:
    """The reported figure's text with the value the gold formula gives, or None to skip."""
    reported = claims.get(check.get("reported") or "")
    if reported is None or reported.get("value") is None:
        return None
    expr = _gold_arith.FORMULA.match(check["note"])[1]
    if "k" in {text for kind, text in _gold_arith._tokens(expr) if kind == "name"}:
        return None
    env = {
        cid: (Decimal(c["value"]), Decimal(c["value"]))
        for cid, c in claims.items()
        if c.get("value") is not None
    }
    try:
        low, high = _gold_arith.evaluate(expr, env)
    except (ZeroDivisionError, KeyError, SyntaxError):
        return None
    value = (low + high) / 2
    if reported.get("direction") == "down":
        value = -value
    if value < 0 or reported.get("direction") == "flat":
        return None
    found = _NUMBER.match(reported["text"])
    if found is None:
        return None
    decimals = len(found[2] or "")
    written = (value / _SCALE[found[3]]).quantize(
        Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP
    )
    digits = f"{written:,.{decimals}f}" if "," in found[1] else f"{written:.{decimals}f}"
    text = digits + reported["text"][found.end(2) if found[2] else found.end(1) :]
    if text == reported["text"]:
        return None
    fixed = dict(reported, value=str(written * _SCALE[found[3]]), text=text)
    if _gold_arith.recompute(check, {**claims, reported["id"]: fixed}) != "consistent":
        return None
    return text


def score(docs: list[eval_claims.GoldDoc]) -> dict[str, Any]:
    outcomes: Counter[tuple[str, str]] = Counter()
    latent: list[str] = []
    for doc in docs:
        claims = {c["id"]: c for c in doc.claims}
        for check in doc.checks:
            if check["verdict"] != "inconsistent" or check["kind"] not in KINDS:
                continue
            text = corrected_text(check, claims)
            if text is None:
                continue
            reported = claims[check["reported"]]
            start, end = reported["span"]
            report = analyze_text(doc.text[:start] + text + doc.text[end:])
            stop = start + len(text)
            found = [
                k
                for k in report.checks
                if k.kind == check["kind"] and k.span[0] < stop and k.span[1] > start
            ]
            verdict = found[0].verdict if found else "missing"
            if (
                verdict == "inconsistent"
                and check["kind"] == "sum"
                and found[0].computed is not None
                and Decimal(str(found[0].computed)) == Decimal(reported["value"])
            ):
                continue  # another stated breakdown of the old total (see the docstring)
            outcomes[(check["kind"], verdict)] += 1
            if verdict == "inconsistent":
                latent.append(
                    f"{doc.name}: {check['kind']} {reported['text']!r}->{text!r} "
                    f"{found[0].message()}"
                )
    return {
        "corrected": sum(outcomes.values()),
        "latent_false_alarms": len(latent),
        "outcomes": {f"{k}->{v}": n for (k, v), n in sorted(outcomes.items())},
        "items": latent,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=("dev", "eval"), default="dev")
    args = parser.parse_args(argv)
    docs = [
        d for d in eval_claims.load_gold() if d.split == args.split and d.path.name.count(".") == 1
    ]
    result = score(docs)
    print(f"split {args.split}: {result['corrected']} planted errors written right")
    print(f"latent false alarms: {result['latent_false_alarms']}")
    for outcome, n in result["outcomes"].items():
        print(f"  {outcome}: {n}")
    if args.split == "dev":
        for item in result["items"]:
            print(item)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
