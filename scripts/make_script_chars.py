"""Generate ``xinfang_nlp/resources/script_chars.txt``: the character tables that let
``normalize`` tell a text's script without running OpenCC's s2tw and s2hk over it.

``normalize._script`` counts the positions both s2tw and s2hk change (evidence of simplified
script). Conversion replaces dictionary keys by values of the same length (this script checks
that no entry of the dictionaries involved changes length), so from the dictionaries alone:

* ``changeable`` — every character either conversion may change at its position: a character of
  a key (s2tw/s2hk stage one, the Taiwan stage two, the compatibility normalization) at a
  position where the key's first value differs. A position whose character is not one of them
  is changed by neither: the count is at most the positions holding one.
* ``always`` — characters both conversions change wherever they stand: STCharacters changes
  them, every key holding one differs from its value there, and no stage-two value holds one
  (so stage two cannot turn a converted one back). The count is at least the positions holding
  one.

When both bounds give the same decision, it is the decision of the full conversion; otherwise
``_script`` converts as before. The tables hold for the OpenCC version named in the file
(another version converts as before).

Run ``python scripts/make_script_chars.py`` to regenerate (it needs the ``opencc_dict`` tool the
``opencc`` wheel ships); tests/test_normalize.py checks the committed file matches.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "xinfang_nlp" / "resources" / "script_chars.txt"
STAGE_ONE = ("STPhrases", "STPhrases_GeneratedFromRegionalPhrases", "STCharacters")
STAGE_TWO = ("TWVariantsPhrases", "TWVariants", "HKVariantsPhrases", "HKVariants")
TAIWAN_TWO = ("TWVariantsPhrases", "TWVariants")
NORMALIZATION = ("CJK_Compatibility_Ideographs",)


def opencc_home() -> Path:
    import opencc

    return Path(opencc.__file__).resolve().parent / "clib"


def load(name: str, folder: Path) -> list[tuple[str, str]]:
    """(key, first value) of every entry of one of OpenCC's dictionaries."""
    home = opencc_home()
    out = folder / f"{name}.txt"
    source = home / "share" / "opencc" / f"{name}.ocd2"
    tool = str(home / "bin" / "opencc_dict")
    subprocess.run(
        [tool, "-i", str(source), "-o", str(out), "-f", "ocd2", "-t", "text"],
        check=True,
        capture_output=True,
    )
    entries = []
    for line in out.read_text(encoding="utf-8").splitlines():
        key, values = line.split("\t")
        entries.append((key, values.split(" ")[0]))
    return entries


def build() -> str:
    with tempfile.TemporaryDirectory() as folder:
        names = STAGE_ONE + STAGE_TWO + NORMALIZATION
        dicts = {name: load(name, Path(folder)) for name in names}
    for name, entries in dicts.items():
        for key, value in entries:
            if len(key) != len(value):
                sys.exit(f"make_script_chars: {name} changes length ({key} → {value})")
    stage_one = [e for name in STAGE_ONE for e in dicts[name]]

    def differing(entries: list[tuple[str, str]]) -> set[str]:
        return {a for key, value in entries for a, b in zip(key, value, strict=True) if a != b}

    changeable = differing(stage_one) | differing([e for n in TAIWAN_TWO for e in dicts[n]])
    changeable |= {key for name in NORMALIZATION for key, _ in dicts[name]}
    always = {key for key, value in dicts["STCharacters"] if len(key) == 1 and value != key}
    for key, value in stage_one:
        always -= {a for a, b in zip(key, value, strict=True) if a == b}
    always -= {c for name in STAGE_TWO for _, value in dicts[name] for c in value}
    always -= {c for name in NORMALIZATION for key, value in dicts[name] for c in key + value}
    assert always <= changeable

    def block(name: str, chars: set[str]) -> list[str]:
        body = "".join(sorted(chars))
        return [f"[{name}]"] + [body[i : i + 80] for i in range(0, len(body), 80)]

    header = [
        "# Characters s2tw and s2hk may change / always change (see scripts/make_script_chars.py,",
        "# which generated this file from OpenCC's dictionaries — do not edit by hand).",
        f"opencc {importlib.metadata.version('opencc')}",
    ]
    return "\n".join(header + block("changeable", changeable) + block("always", always)) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        return 0 if TARGET.read_text(encoding="utf-8") == text else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
