"""Build the annotated report corpus from its hand-written sources.

Reads every ``corpora/reports/src/NN_name.txt`` (report text with inline ``{{TEXT|attr=value …}}``
figure markup, then a ``=== checks ===`` section), strips the markup and writes, per source:

* ``NN_name.txt`` + ``NN_name.gold.jsonl`` — the clean simplified UTF-8 text and its gold;
* for the sources listed in :data:`VARIANTS`, noisy variants ``NN_name.VARIANT.txt`` +
  ``NN_name.VARIANT.gold.jsonl`` (traditional script with pinyin readings, full-width digits and
  signs, ``。`` as decimal point, thousands separators, ``??`` and private-use mojibake, CRLF,
  GB18030 / Big5 / UTF-16 / UTF-8-BOM bytes).

Gold spans are Python ``str`` offsets into the decoded variant text (BOM removed, no newline
translation), so ``decoded[s:e] == text`` always holds. Output is deterministic: every random
choice comes from a ``random.Random`` seeded with the CRC-32 of the variant's file name.

The markup and the conventions are documented in ``corpora/reports/README.md``.

Usage::

    python scripts/make_corpus.py            # rewrite corpora/reports/
    python scripts/make_corpus.py --out DIR  # write elsewhere (the test compares the two)
"""

from __future__ import annotations

import argparse
import codecs
import json
import random
import re
import sys
import zlib
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "corpora" / "reports"
SRC_DIR = CORPUS_DIR / "src"

# ---------------------------------------------------------------------------------------------
# Allowed attribute values (the JSON contract of docs/design.md plus the two non-claim kinds).
CLAIM_KINDS = (
    "count",
    "amount",
    "change",
    "difference",
    "share",
    "rate",
    "ratio",
    "progress",
    "other",
)
NON_CLAIM_KINDS = ("placeholder", "malformed")
KINDS = CLAIM_KINDS + NON_CLAIM_KINDS
BOUNDS = ("exact", "about", "at_least", "more_than", "at_most", "less_than")
DIRECTIONS = ("up", "down", "flat")
PERIODS = ("current", "previous")
MODALITIES = ("actual", "target")
CHECK_KINDS = (
    "change",
    "difference",
    "sum",
    "rate",
    "share",
    "share_sum",
    "granularity",
    "per_capita",
    "unit",
    "placeholder",
)
VERDICTS = ("consistent", "inconsistent", "unverifiable", "incomplete")
ATTRS = ("id", "kind", "value", "unit", "bound", "direction", "period", "modality", "subject")

SCALES = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "千": Decimal(10) ** 3}


# ---------------------------------------------------------------------------------------------
# Which sources get noisy variants, and how. Keys are the two-digit source prefix.
#   script     "simplified" | "traditional" (OpenCC s2t)
#   pinyin     share of converter-changed characters followed by "(pīnyīn)"
#   fullwidth  "all" (every digit run) | "some" (about half of the runs) | None
#   decimal    share of decimal points inside figures written as the ideographic full stop "。"
#   thousands  share of 4+-digit integers inside figures written with "," separators
#   punct      share of "," ":" ";" "%" turned full-width
#   mojibake   number of "??" / private-use insertions
#   pua        whether private-use characters may be inserted (Big5 cannot encode them)
#   newline    "\n" or "\r\n"
#   opencc     OpenCC configuration for the traditional script (s2tw.json for Big5: its forms
#              such as 為/裡 exist in Big5, the OpenCC standard forms 爲/裏 do not)
@dataclass(frozen=True)
class Variant:
    name: str
    encoding: str = "utf-8"
    script: str = "simplified"
    pinyin: float = 0.0
    fullwidth: str | None = None
    decimal: float = 0.0
    thousands: float = 0.0
    punct: float = 0.0
    mojibake: int = 0
    pua: bool = True
    newline: str = "\n"
    opencc: str = "s2t.json"


CLEAN = Variant("clean")
_NOISY = Variant(
    "noisy",
    encoding="gb18030",
    fullwidth="some",
    decimal=0.5,
    thousands=0.6,
    punct=0.7,
    mojibake=12,
)
_TRAD = Variant(
    "trad",
    script="traditional",
    pinyin=0.25,
    fullwidth="some",
    decimal=0.4,
    thousands=0.5,
    punct=0.5,
    mojibake=10,
)

# the variant specs several sources share
_BIG5_TW = replace(_TRAD, encoding="big5", pinyin=0.0, pua=False, opencc="s2tw.json")
_GB18030_CRLF = replace(
    _NOISY, encoding="gb18030", newline="\r\n", decimal=0.6, thousands=0.7, mojibake=12
)
_UTF16_FULLWIDTH = replace(
    _NOISY,
    encoding="utf-16",
    newline="\r\n",
    fullwidth="all",
    decimal=0.6,
    thousands=0.7,
    mojibake=10,
)
_UTF8_CRLF_PINYIN = replace(_TRAD, encoding="utf-8", newline="\r\n", pinyin=0.3)

VARIANTS: dict[str, tuple[Variant, ...]] = {
    "01": (replace(_NOISY, newline="\r\n"), replace(_TRAD, encoding="utf-8")),
    "02": (
        replace(_TRAD, encoding="big5", pinyin=0.0, pua=False, fullwidth="all", opencc="s2tw.json"),
    ),
    "03": (replace(_NOISY, encoding="utf-16", fullwidth="all"),),
    "04": (replace(_TRAD, encoding="gb18030", pinyin=0.35),),
    "05": (replace(_NOISY, encoding="utf-8-sig", decimal=0.8),),
    "06": (replace(_NOISY, encoding="gb18030"), replace(_TRAD, encoding="utf-8", pinyin=0.3)),
    "08": (replace(_NOISY, encoding="gb18030", fullwidth="all", newline="\r\n"),),
    "09": (replace(_TRAD, encoding="gb18030", newline="\r\n"),),
    "11": (replace(_NOISY, encoding="utf-8", mojibake=20),),
    "13": (replace(_TRAD, encoding="utf-8", pinyin=0.5, fullwidth=None),),
    "15": (replace(_NOISY, encoding="gb18030", newline="\r\n", decimal=0.7, mojibake=16),),
    "16": (replace(_TRAD, encoding="utf-8", pinyin=0.4),),
    "20": (_BIG5_TW,),
    "22": (replace(_NOISY, encoding="gb18030", newline="\r\n", mojibake=14),),
    "25": (replace(_TRAD, encoding="utf-8", pinyin=0.3),),
    "29": (replace(_NOISY, encoding="utf-16", newline="\r\n", decimal=0.7, mojibake=14),),
    "32": (replace(_NOISY, encoding="utf-8-sig", fullwidth="all", newline="\r\n", mojibake=14),),
    "34": (replace(_TRAD, encoding="gb18030", newline="\r\n", pinyin=0.3),),
    "37": (replace(_NOISY, encoding="gb18030", newline="\r\n", mojibake=14),),
    "38": (replace(_NOISY, encoding="utf-8", decimal=0.7, thousands=0.8),),
    "39": (
        replace(_TRAD, encoding="big5", pinyin=0.0, pua=False, fullwidth="all", opencc="s2tw.json"),
    ),
    "40": (replace(_TRAD, encoding="gb18030", newline="\r\n", pinyin=0.35),),
    "42": (replace(_NOISY, encoding="gb18030", newline="\r\n", decimal=0.7, mojibake=16),),
    "43": (replace(_NOISY, encoding="utf-8-sig", fullwidth="all", thousands=0.8, mojibake=14),),
    "44": (_BIG5_TW,),
    "46": (replace(_NOISY, encoding="gb18030", newline="\r\n", decimal=0.7, mojibake=14),),
    "48": (replace(_TRAD, encoding="utf-16", newline="\r\n", pinyin=0.3),),
    "50": (replace(_NOISY, encoding="gb18030", decimal=0.7, thousands=0.8, mojibake=16),),
    "52": (
        replace(
            _NOISY, encoding="gb18030", newline="\r\n", decimal=0.6, thousands=0.7, mojibake=14
        ),
    ),
    "54": (replace(_TRAD, encoding="utf-8", pinyin=0.3),),
    "56": (replace(_NOISY, encoding="gb18030", newline="\r\n", decimal=0.6, mojibake=14),),
    "57": (replace(_TRAD, encoding="utf-8", pinyin=0.35),),
    "58": (_BIG5_TW,),
    "59": (replace(_NOISY, encoding="utf-16", fullwidth="all", newline="\r\n", mojibake=12),),
    "60": (replace(_TRAD, encoding="gb18030", newline="\r\n", pinyin=0.3),),
    "62": (replace(_NOISY, encoding="gb18030", newline="\r\n", decimal=0.6, mojibake=14),),
    "64": (replace(_TRAD, encoding="utf-8", pinyin=0.3),),
    "68": (
        replace(
            _NOISY, encoding="utf-8-sig", newline="\r\n", fullwidth="all", decimal=0.6, mojibake=12
        ),
    ),
    "69": (replace(_NOISY, encoding="gb18030", newline="\r\n", mojibake=14),),
    "71": (replace(_NOISY, encoding="gb18030", newline="\r\n", decimal=0.6, mojibake=14),),
    "72": (replace(_TRAD, encoding="utf-8", pinyin=0.3),),
    "70": (
        replace(_TRAD, encoding="big5", pinyin=0.0, pua=False, opencc="s2tw.json", fullwidth="all"),
    ),
    "75": (
        replace(
            _NOISY, encoding="utf-8-sig", newline="\r\n", decimal=0.6, thousands=0.7, mojibake=12
        ),
    ),
    "77": (replace(_TRAD, encoding="utf-8", pinyin=0.3),),
    "79": (
        replace(
            _NOISY, encoding="gb18030", newline="\r\n", decimal=0.6, thousands=0.7, mojibake=14
        ),
    ),
    "80": (replace(_TRAD, encoding="gb18030", newline="\r\n", pinyin=0.3),),
    "83": (replace(_NOISY, encoding="utf-16", decimal=0.6, thousands=0.7, mojibake=12),),
    "86": (_BIG5_TW,),
    "87": (
        replace(
            _NOISY, encoding="utf-8", newline="\r\n", fullwidth="all", decimal=0.7, mojibake=16
        ),
    ),
    "88": (replace(_TRAD, encoding="gb18030", pinyin=0.3),),
    "91": (
        replace(
            _NOISY, encoding="utf-16", newline="\r\n", fullwidth="all", decimal=0.5, mojibake=10
        ),
    ),
    "93": (replace(_TRAD, encoding="utf-8-sig", newline="\r\n", pinyin=0.2),),
    "97": (
        replace(_TRAD, encoding="big5", pinyin=0.0, pua=False, fullwidth="all", opencc="s2tw.json"),
    ),
    "98": (replace(_NOISY, encoding="gb18030", newline="\r\n", mojibake=10),),
    "95": (
        replace(
            _NOISY, encoding="utf-8-sig", newline="\r\n", decimal=0.6, thousands=0.7, mojibake=14
        ),
    ),
    "101": (_UTF8_CRLF_PINYIN,),
    "102": (replace(_NOISY, encoding="utf-8-sig", newline="\r\n", fullwidth="all", mojibake=8),),
    "99": (replace(_NOISY, encoding="gb18030", decimal=0.6, thousands=0.7, mojibake=10),),
    "104": (replace(_TRAD, encoding="utf-8", pinyin=0.3, newline="\r\n"),),
    "105": (replace(_NOISY, encoding="gb18030", newline="\r\n", decimal=0.6, mojibake=14),),
    "106": (replace(_TRAD, encoding="gb18030", pinyin=0.3),),
    "103": (
        replace(
            _NOISY, encoding="utf-8-sig", newline="\r\n", decimal=0.6, thousands=0.7, mojibake=12
        ),
    ),
    "107": (replace(_NOISY, encoding="gb18030", newline="\r\n", thousands=0.7, mojibake=10),),
    "108": (replace(_TRAD, encoding="utf-16", newline="\r\n", pinyin=0.25),),
    "109": (
        replace(_TRAD, encoding="big5", newline="\r\n", pinyin=0.0, pua=False, opencc="s2tw.json"),
    ),
    "110": (
        replace(
            _NOISY, encoding="gb18030", fullwidth="all", decimal=0.5, thousands=0.7, mojibake=12
        ),
    ),
    "111": (
        replace(_NOISY, encoding="utf-16", newline="\r\n", decimal=0.6, thousands=0.7, mojibake=12),
    ),
    "114": (replace(_TRAD, encoding="gb18030", newline="\r\n", pinyin=0.3),),
    "115": (
        replace(
            _NOISY, encoding="utf-8-sig", newline="\r\n", decimal=0.6, thousands=0.7, mojibake=12
        ),
    ),
    "118": (replace(_NOISY, encoding="gb18030", newline="\r\n", decimal=0.6, mojibake=8),),
    "119": (replace(_TRAD, encoding="utf-8", newline="\r\n", pinyin=0.2),),
    "121": (replace(_NOISY, encoding="utf-16", decimal=0.5, thousands=0.7, mojibake=10),),
    "122": (replace(_TRAD, encoding="gb18030", newline="\r\n", pinyin=0.3),),
    "123": (replace(_NOISY, encoding="utf-8-sig", decimal=0.5, thousands=0.6, mojibake=6),),
    "126": (
        replace(
            _NOISY, encoding="utf-16", newline="\r\n", fullwidth="all", thousands=0.6, mojibake=10
        ),
    ),
    "124": (replace(_TRAD, encoding="utf-8", newline="\r\n", pinyin=0.2),),
    "125": (
        replace(
            _NOISY, encoding="utf-16", fullwidth="all", decimal=0.6, thousands=0.7, mojibake=10
        ),
    ),
    "130": (replace(_NOISY, encoding="gb18030", newline="\r\n", mojibake=12),),
    "132": (_BIG5_TW,),
    "135": (replace(_NOISY, encoding="gb18030", newline="\r\n", decimal=0.6, mojibake=10),),
    "134": (replace(_TRAD, encoding="gb18030", newline="\r\n", pinyin=0.3),),
    "127": (
        replace(
            _NOISY, encoding="utf-8-sig", newline="\r\n", decimal=0.6, thousands=0.7, mojibake=12
        ),
    ),
    "128": (replace(_TRAD, encoding="utf-8", pinyin=0.3),),
    "136": (
        replace(_NOISY, encoding="utf-16", newline="\r\n", decimal=0.6, thousands=0.7, mojibake=10),
    ),
    "137": (
        replace(_TRAD, encoding="big5", newline="\r\n", pinyin=0.0, pua=False, opencc="s2tw.json"),
    ),
    "138": (replace(_TRAD, encoding="utf-8-sig", pinyin=0.3),),
    "139": (_UTF8_CRLF_PINYIN,),
    "140": (_GB18030_CRLF,),
    "141": (_BIG5_TW,),
    "142": (
        replace(
            _TRAD,
            encoding="big5",
            newline="\r\n",
            pinyin=0.0,
            pua=False,
            fullwidth="all",
            opencc="s2tw.json",
        ),
    ),
    "143": (
        replace(_NOISY, encoding="utf-16", newline="\r\n", decimal=0.6, thousands=0.7, mojibake=12),
    ),
    "144": (replace(_TRAD, encoding="utf-8-sig", newline="\r\n", pinyin=0.3),),
    "145": (_UTF8_CRLF_PINYIN,),
    "146": (_GB18030_CRLF,),
    "148": (_UTF16_FULLWIDTH,),
    "149": (_BIG5_TW,),
    "151": (_UTF8_CRLF_PINYIN,),
    "152": (_GB18030_CRLF,),
    "153": (_BIG5_TW,),
    "154": (_UTF16_FULLWIDTH,),
    "155": (_BIG5_TW,),
    "156": (_GB18030_CRLF,),
    "157": (_UTF8_CRLF_PINYIN,),
    "158": (_GB18030_CRLF,),
    "159": (_UTF16_FULLWIDTH,),
    "160": (replace(_TRAD, encoding="utf-8-sig", newline="\r\n", pinyin=0.3),),
    "161": (_BIG5_TW,),
    "162": (_GB18030_CRLF,),
    "163": (_UTF8_CRLF_PINYIN,),
    "164": (_GB18030_CRLF,),
    "165": (_BIG5_TW,),
    "166": (_GB18030_CRLF,),
    "167": (_UTF16_FULLWIDTH,),
    "168": (replace(_TRAD, encoding="utf-8-sig", newline="\r\n", pinyin=0.3),),
    "169": (_BIG5_TW,),
    "170": (_GB18030_CRLF,),
    "171": (_UTF16_FULLWIDTH,),
    "172": (_UTF8_CRLF_PINYIN,),
    "173": (_BIG5_TW,),
    "174": (replace(_TRAD, encoding="utf-8-sig", newline="\r\n", pinyin=0.3),),
    "175": (_GB18030_CRLF,),
    "176": (_UTF8_CRLF_PINYIN,),
    "177": (_BIG5_TW,),
    "178": (_UTF16_FULLWIDTH,),
    "179": (_BIG5_TW,),
    "180": (replace(_TRAD, encoding="gb18030", newline="\r\n", pinyin=0.2),),
    "181": (_GB18030_CRLF,),
    "182": (_UTF8_CRLF_PINYIN,),
    "183": (_UTF16_FULLWIDTH,),
    "184": (_BIG5_TW,),
    "185": (_GB18030_CRLF,),
    "186": (replace(_TRAD, encoding="utf-8-sig", newline="\r\n", pinyin=0.3),),
    "187": (_BIG5_TW,),
    "188": (_UTF16_FULLWIDTH,),
    "189": (_GB18030_CRLF,),
    "190": (_GB18030_CRLF,),
    "191": (_UTF8_CRLF_PINYIN,),
    "192": (_BIG5_TW,),
    "193": (_UTF16_FULLWIDTH,),
    "194": (_BIG5_TW,),
    "195": (_UTF8_CRLF_PINYIN,),
    "196": (_GB18030_CRLF,),
    "197": (_UTF8_CRLF_PINYIN,),
    "198": (_BIG5_TW,),
    "199": (_BIG5_TW,),
    "200": (_GB18030_CRLF,),
    "201": (_UTF16_FULLWIDTH,),
    "202": (_GB18030_CRLF,),
    "203": (_BIG5_TW,),
    "204": (_UTF16_FULLWIDTH,),
    "205": (_UTF8_CRLF_PINYIN,),
    "206": (_UTF16_FULLWIDTH,),
    "207": (_GB18030_CRLF,),
    "208": (_BIG5_TW,),
    "209": (_GB18030_CRLF,),
    "210": (_UTF8_CRLF_PINYIN,),
    "211": (_BIG5_TW,),
    "212": (_UTF8_CRLF_PINYIN,),
    "213": (_BIG5_TW,),
    "214": (_GB18030_CRLF,),
    "215": (_UTF16_FULLWIDTH,),
    "216": (_UTF8_CRLF_PINYIN,),
    "217": (_UTF16_FULLWIDTH,),
    "218": (_BIG5_TW,),
    "219": (_GB18030_CRLF,),
    "220": (_BIG5_TW,),
    "221": (_UTF8_CRLF_PINYIN,),
    "222": (_GB18030_CRLF,),
    "223": (_GB18030_CRLF,),
    "224": (_UTF16_FULLWIDTH,),
    "225": (_BIG5_TW,),
    "226": (_UTF8_CRLF_PINYIN,),
    "227": (_BIG5_TW,),
    "228": (_UTF16_FULLWIDTH,),
    "229": (_UTF16_FULLWIDTH,),
    "230": (_GB18030_CRLF,),
    "231": (_UTF8_CRLF_PINYIN,),
    "232": (_BIG5_TW,),
    "233": (_UTF16_FULLWIDTH,),
    "234": (_GB18030_CRLF,),
    "235": (_UTF8_CRLF_PINYIN,),
    "236": (_BIG5_TW,),
    "237": (_UTF16_FULLWIDTH,),
    "238": (_GB18030_CRLF,),
    "239": (_UTF8_CRLF_PINYIN,),
    "240": (_BIG5_TW,),
    "241": (_UTF16_FULLWIDTH,),
    "242": (_GB18030_CRLF,),
    "243": (_UTF8_CRLF_PINYIN,),
    "244": (_BIG5_TW,),
    "245": (_UTF16_FULLWIDTH,),
    "246": (_GB18030_CRLF,),
    "247": (_UTF8_CRLF_PINYIN,),
    "248": (_BIG5_TW,),
    "249": (_UTF16_FULLWIDTH,),
    "250": (_GB18030_CRLF,),
    "251": (_UTF8_CRLF_PINYIN,),
    "252": (_BIG5_TW,),
    "253": (_UTF16_FULLWIDTH,),
    "254": (_GB18030_CRLF,),
    "255": (_UTF8_CRLF_PINYIN,),
    "256": (_BIG5_TW,),
    "257": (_UTF16_FULLWIDTH,),
    "258": (_GB18030_CRLF,),
    "259": (_UTF8_CRLF_PINYIN,),
    "260": (_BIG5_TW,),
    "261": (_UTF16_FULLWIDTH,),
    "262": (_GB18030_CRLF,),
    "263": (_UTF8_CRLF_PINYIN,),
    "264": (_BIG5_TW,),
    "265": (_UTF16_FULLWIDTH,),
    "266": (_GB18030_CRLF,),
    "267": (_UTF8_CRLF_PINYIN,),
    "268": (_BIG5_TW,),
    "269": (_UTF16_FULLWIDTH,),
    "270": (_GB18030_CRLF,),
    "271": (_UTF8_CRLF_PINYIN,),
    "272": (_BIG5_TW,),
    "273": (_UTF16_FULLWIDTH,),
}

# Pinyin readings (with tone marks) of traditional characters that OpenCC s2t produces from
# common simplified ones; only these get a reading inserted after them.
PINYIN = {
    "來": "lái",
    "訪": "fǎng",
    "網": "wǎng",
    "經": "jīng",
    "濟": "jì",
    "體": "tǐ",
    "訴": "sù",
    "務": "wù",
    "縣": "xiàn",
    "區": "qū",
    "級": "jí",
    "責": "zé",
    "現": "xiàn",
    "進": "jìn",
    "問": "wèn",
    "題": "tí",
    "時": "shí",
    "處": "chǔ",
    "開": "kāi",
    "會": "huì",
    "發": "fā",
    "從": "cóng",
    "導": "dǎo",
    "關": "guān",
    "實": "shí",
    "據": "jù",
    "數": "shù",
    "與": "yǔ",
    "為": "wèi",
    "爲": "wèi",
    "對": "duì",
    "這": "zhè",
    "們": "men",
    "動": "dòng",
    "機": "jī",
    "構": "gòu",
    "領": "lǐng",
    "黨": "dǎng",
    "議": "yì",
    "點": "diǎn",
    "層": "céng",
    "幹": "gàn",
    "強": "qiáng",
    "聯": "lián",
    "設": "shè",
    "報": "bào",
    "協": "xié",
    "調": "tiáo",
    "辦": "bàn",
    "結": "jié",
    "東": "dōng",
    "電": "diàn",
    "話": "huà",
    "線": "xiàn",
    "熱": "rè",
    "質": "zhì",
    "確": "què",
    "鎮": "zhèn",
    "鄉": "xiāng",
    "勞": "láo",
    "資": "zī",
    "糾": "jiū",
    "紛": "fēn",
    "環": "huán",
    "境": "jìng",
    "護": "hù",
    "權": "quán",
    "補": "bǔ",
    "償": "cháng",
    "遷": "qiān",
    "員": "yuán",
    "積": "jī",
    "種": "zhǒng",
    "應": "yīng",
    "決": "jué",
    "總": "zǒng",
    "計": "jì",
    "統": "tǒng",
    "門": "mén",
    "項": "xiàng",
    "標": "biāo",
    "達": "dá",
    "復": "fù",
    "覆": "fù",
    "範": "fàn",
    "規": "guī",
    "認": "rèn",
    "識": "shí",
    "穩": "wěn",
    "險": "xiǎn",
    "維": "wéi",
    "參": "cān",
    "於": "yú",
    "親": "qīn",
    "戶": "hù",
}

FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
FULLWIDTH_PUNCT = {",": "，", ":": "：", ";": "；", "%": "％"}
MOJIBAKE = ("??", "?", "\ue0a3", "\ue5e5", "\uf8f5", "\ue000", "??", "\ue7c7")

# ---------------------------------------------------------------------------------------------
# Parsing the sources


@dataclass(frozen=True)
class Claim:
    id: str
    start: int  # offsets in the clean text
    end: int
    text: str
    kind: str
    value: str | None
    unit: str | None
    bound: str | None
    direction: str | None
    period: str | None
    modality: str | None
    subject: str | None


@dataclass(frozen=True)
class Check:
    kind: str
    verdict: str
    reported: str | None
    operands: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class Source:
    stem: str
    text: str
    claims: tuple[Claim, ...]
    checks: tuple[Check, ...]


class CorpusError(ValueError):
    pass


MARKUP = re.compile(r"\{\{([^|{}]*)\|([^{}]*)\}\}")
# An Arabic figure: digits (with optional "," groups and decimals), an optional scale, an
# optional 余/多 and the unit as written.
ARABIC_FIGURE = re.compile(
    r"^(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>[万亿千])?(?P<approx>[余多])?(?P<unit>.*)$"
)


def plain_decimal(value: Decimal) -> str:
    """Render ``value`` without exponent; integral values without a fractional part."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def derive_value(text: str) -> tuple[str | None, str | None, bool]:
    """(value, unit, has 余/多) of an Arabic figure, or (None, None, False) if not Arabic."""
    m = ARABIC_FIGURE.match(text)
    if not m:
        return None, None, False
    number = Decimal(m["num"].replace(",", ""))
    if m["scale"]:
        value = plain_decimal(number * SCALES[m["scale"]])
    else:
        value = m["num"].replace(",", "")
    unit = m["unit"].strip()
    if unit == "个百分点":
        unit = "pp"
    elif unit.endswith("元") and unit in ("元", "美元", "港元", "欧元"):
        pass
    return value, unit or None, bool(m["approx"])


def parse_attrs(raw: str, where: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for item in raw.split():
        key, sep, value = item.partition("=")
        if not sep or key not in ATTRS:
            raise CorpusError(f"{where}: bad attribute {item!r}")
        if key in attrs:
            raise CorpusError(f"{where}: duplicate attribute {key!r}")
        attrs[key] = value
    return attrs


def build_claim(text: str, attrs: dict[str, str], start: int, number: int, where: str) -> Claim:
    kind = attrs.get("kind")
    if kind not in KINDS:
        raise CorpusError(f"{where}: kind {kind!r} not in {KINDS}")
    claim_id = attrs.get("id") or f"c{number}"
    if "id" in attrs and re.fullmatch(r"c\d+", attrs["id"]):
        raise CorpusError(f"{where}: explicit ids must not look like automatic ones: {claim_id}")
    if kind in NON_CLAIM_KINDS:
        for key in ("value", "bound", "direction", "period", "modality"):
            if key in attrs:
                raise CorpusError(f"{where}: {kind} takes no {key}")
        return Claim(
            claim_id,
            start,
            start + len(text),
            text,
            kind,
            None,
            attrs.get("unit"),
            None,
            None,
            None,
            None,
            attrs.get("subject"),
        )
    derived_value, derived_unit, approx = derive_value(text)
    value = attrs.get("value", derived_value)
    if value is None:
        raise CorpusError(f"{where}: non-Arabic figure {text!r} needs an explicit value")
    try:
        Decimal(value)
    except InvalidOperation as exc:
        raise CorpusError(f"{where}: value {value!r} is not a decimal") from exc
    if derived_value is not None and Decimal(derived_value) != Decimal(value):
        raise CorpusError(f"{where}: value {value} disagrees with text {text!r}")
    unit = attrs.get("unit", derived_unit)
    if not unit:
        raise CorpusError(f"{where}: {text!r} needs a unit")
    bound = attrs.get("bound", "more_than" if approx else "exact")
    if bound not in BOUNDS:
        raise CorpusError(f"{where}: bound {bound!r}")
    direction = attrs.get("direction")
    if kind in ("change", "difference"):
        if direction not in DIRECTIONS:
            raise CorpusError(f"{where}: {kind} needs direction, got {direction!r}")
        if "period" in attrs:
            raise CorpusError(f"{where}: {kind} takes no period")
        period = None
    else:
        if direction is not None:
            raise CorpusError(f"{where}: direction only for change/difference")
        period = attrs.get("period", "current")
        if period not in PERIODS:
            raise CorpusError(f"{where}: period {period!r}")
    modality = attrs.get("modality", "actual")
    if modality not in MODALITIES:
        raise CorpusError(f"{where}: modality {modality!r}")
    return Claim(
        claim_id,
        start,
        start + len(text),
        text,
        kind,
        value,
        unit,
        bound,
        direction,
        period,
        modality,
        attrs.get("subject"),
    )


CHECK_LINE = re.compile(
    r"^check\s+(?P<kind>\S+)\s+(?P<verdict>\S+)\s+reported=(?P<reported>\S*)\s+"
    r"operands=(?P<operands>\S*)\s+note=(?P<note>.+)$"
)


def parse_source(path: Path) -> Source:
    raw = path.read_text(encoding="utf-8")
    body, sep, check_part = raw.partition("\n=== checks ===\n")
    if not sep:
        raise CorpusError(f"{path.name}: missing '=== checks ===' section")
    body = body.rstrip() + "\n"
    pieces: list[str] = []
    claims: list[Claim] = []
    pos = 0
    out_len = 0
    for m in MARKUP.finditer(body):
        pieces.append(body[pos : m.start()])
        out_len += m.start() - pos
        text = m[1]
        line = body.count("\n", 0, m.start()) + 1
        where = f"{path.name}:{line}: {m[0]}"
        if not text:
            raise CorpusError(f"{where}: empty figure text")
        attrs = parse_attrs(m[2], where)
        claims.append(build_claim(text, attrs, out_len, len(claims) + 1, where))
        pieces.append(text)
        out_len += len(text)
        pos = m.end()
    pieces.append(body[pos:])
    text = "".join(pieces)
    if "{{" in text or "}}" in text:
        line = text[: text.find("{{") if "{{" in text else text.find("}}")].count("\n") + 1
        raise CorpusError(f"{path.name}:{line}: unbalanced markup")
    ids = [c.id for c in claims]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise CorpusError(f"{path.name}: duplicate ids {sorted(dupes)}")
    checks: list[Check] = []
    for line in check_part.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = CHECK_LINE.match(line.strip())
        if not m:
            raise CorpusError(f"{path.name}: bad check line {line!r}")
        if m["kind"] not in CHECK_KINDS or m["verdict"] not in VERDICTS:
            raise CorpusError(f"{path.name}: bad check kind/verdict in {line!r}")
        operands = tuple(o for o in m["operands"].split(",") if o)
        reported = m["reported"] or None
        for ref in ([reported] if reported else []) + list(operands):
            if ref not in ids:
                raise CorpusError(f"{path.name}: check refers to unknown id {ref!r}: {line!r}")
        checks.append(Check(m["kind"], m["verdict"], reported, operands, m["note"].strip()))
    for claim in claims:
        if text[claim.start : claim.end] != claim.text:
            raise CorpusError(f"{path.name}: internal span error for {claim.id}")
    return Source(path.stem, text, tuple(claims), tuple(checks))


# ---------------------------------------------------------------------------------------------
# Noise. The text is a list of [char, tag] cells, tag = index of the claim the char belongs to
# (or -1). Noise is only inserted between two cells that are not in the same claim; inside a
# claim only the deliberate forms are produced (full-width digits and ％, "。" as decimal point,
# thousands separators), and inserted cells take the claim's tag.

Cells = list[tuple[str, int]]

_DIGIT = re.compile(r"[0-9０-９]")


def _is_digitish(ch: str) -> bool:
    return bool(_DIGIT.match(ch)) or ch in ".,%。％，"


def _to_traditional(cells: Cells, converter: object) -> tuple[Cells, list[bool]]:
    simplified = "".join(c for c, _ in cells)
    traditional = converter.convert(simplified)  # type: ignore[attr-defined]
    if len(traditional) != len(simplified):
        raise CorpusError("OpenCC changed the text length; rewrite the offending phrase")
    changed = [a != b for a, b in zip(simplified, traditional, strict=True)]
    return [(t, tag) for t, (_, tag) in zip(traditional, cells, strict=True)], changed


def _insert_pinyin(cells: Cells, changed: list[bool], share: float, rng: random.Random) -> Cells:
    out: Cells = []
    depth = 0  # inside a real "(…)": readings there are what trips parsers, so make them common
    for i, (ch, tag) in enumerate(cells):
        out.append((ch, tag))
        depth += (ch == "(") - (ch == ")")
        if not (changed[i] and ch in PINYIN and tag < 0):
            continue
        next_tag = cells[i + 1][1] if i + 1 < len(cells) else -1
        if next_tag >= 0 and next_tag == tag:
            continue
        if rng.random() < (max(share, 0.8) if depth > 0 else share):
            out.extend((c, -1) for c in f"({PINYIN[ch]})")
    return out


def _number_runs(cells: Cells) -> list[tuple[int, int]]:
    runs, i = [], 0
    while i < len(cells):
        if cells[i][0].isascii() and cells[i][0].isdigit():
            j = i
            while j < len(cells) and (
                (cells[j][0].isascii() and cells[j][0].isdigit())
                or (
                    cells[j][0] in ".,"
                    and j + 1 < len(cells)
                    and cells[j + 1][0].isdigit()
                    and cells[j + 1][0].isascii()
                )
            ):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _figure_forms(
    cells: Cells, claims: tuple[Claim, ...], variant: Variant, rng: random.Random
) -> Cells:
    """Thousands separators and "。" decimals inside figures, then full-width digits."""
    protected = {i for i, c in enumerate(claims) if c.kind in NON_CLAIM_KINDS}
    runs = _number_runs(cells)
    edits: dict[int, list[tuple[str, int]]] = {}
    for start, end in runs:
        tag = cells[start][1]
        run = "".join(c for c, _ in cells[start:end])
        if tag < 0 or tag in protected:
            continue
        if "." in run and rng.random() < variant.decimal:
            k = start + run.index(".")
            edits[k] = [("。", tag)]
        integer = run.split(".")[0]
        if (
            "," not in run
            and len(integer) >= 4
            and claims[tag].kind in ("count", "amount")
            and rng.random() < variant.thousands
        ):
            new: list[tuple[str, int]] = []
            for offset, ch in enumerate(integer):
                if offset and (len(integer) - offset) % 3 == 0:
                    new.append((",", tag))
                new.append((ch, tag))
            edits[start] = new
            for k in range(start + 1, start + len(integer)):
                edits[k] = []
    out: Cells = []
    for i, cell in enumerate(cells):
        out.extend(edits.get(i, [cell]))
    if variant.fullwidth:
        runs = _number_runs(out)
        for start, end in runs:
            tag = out[start][1]
            if tag in protected:
                continue
            if variant.fullwidth == "some" and rng.random() < 0.5:
                continue
            for k in range(start, end):
                ch, t = out[k]
                if ch.isdigit():
                    out[k] = (ch.translate(FULLWIDTH_DIGITS), t)
    return out


def _punctuation(cells: Cells, share: float, rng: random.Random) -> Cells:
    out: Cells = []
    for i, (ch, tag) in enumerate(cells):
        if ch in FULLWIDTH_PUNCT:
            prev = cells[i - 1][0] if i else ""
            nxt = cells[i + 1][0] if i + 1 < len(cells) else ""
            inside_number = ch in ",." and _is_digitish(prev) and nxt.isdigit()
            if not inside_number and rng.random() < share:
                ch = FULLWIDTH_PUNCT[ch]
        out.append((ch, tag))
    return out


def _mojibake(cells: Cells, count: int, pua: bool, rng: random.Random) -> Cells:
    def ok(i: int) -> bool:  # may we insert before cell i?
        left, right = cells[i - 1], cells[i]
        if left[1] >= 0 and left[1] == right[1]:
            return False
        for ch in (left[0], right[0]):
            if _is_digitish(ch) or (ch.isascii() and ch.isalnum()) or ch in "()\r\n*_ ":
                return False
        return True

    candidates = [i for i in range(1, len(cells)) if ok(i)]
    chosen = sorted(rng.sample(candidates, min(count, len(candidates))))
    pool = MOJIBAKE if pua else tuple(m for m in MOJIBAKE if m.isascii())
    out: Cells = []
    k = 0
    for i, cell in enumerate(cells):
        while k < len(chosen) and chosen[k] == i:
            out.extend((c, -1) for c in rng.choice(pool))
            k += 1
        out.append(cell)
    return out


def render(
    source: Source, variant: Variant, converters: dict[str, object]
) -> tuple[str, list[tuple[int, int]]]:
    """Decoded text of a variant and the span of every claim in it."""
    cells: Cells = [(ch, -1) for ch in source.text]
    for index, claim in enumerate(source.claims):
        for k in range(claim.start, claim.end):
            cells[k] = (cells[k][0], index)
    rng = random.Random(zlib.crc32(f"{source.stem}.{variant.name}".encode()))
    if variant.script == "traditional":
        cells, changed = _to_traditional(cells, converters[variant.opencc])
        if variant.pinyin:
            cells = _insert_pinyin(cells, changed, variant.pinyin, rng)
    cells = _figure_forms(cells, source.claims, variant, rng)
    if variant.punct:
        cells = _punctuation(cells, variant.punct, rng)
    if variant.mojibake:
        cells = _mojibake(cells, variant.mojibake, variant.pua, rng)
    if variant.newline != "\n":
        cells = [
            cell
            for ch, tag in cells
            for cell in ([(c, tag) for c in variant.newline] if ch == "\n" else [(ch, tag)])
        ]
    text = "".join(ch for ch, _ in cells)
    spans: list[tuple[int, int]] = []
    for index, claim in enumerate(source.claims):
        where = [i for i, (_, tag) in enumerate(cells) if tag == index]
        if not where or where[-1] - where[0] + 1 != len(where):
            raise CorpusError(f"{source.stem}.{variant.name}: claim {claim.id} lost or split")
        spans.append((where[0], where[-1] + 1))
    return text, spans


# ---------------------------------------------------------------------------------------------
# Output


def variant_stem(source: Source, variant: Variant) -> str:
    return source.stem if variant is CLEAN else f"{source.stem}.{variant.name}"


def gold_lines(
    source: Source, variant: Variant, file_name: str, text: str, spans: list[tuple[int, int]]
) -> list[dict[str, object]]:
    header: dict[str, object] = {
        "type": "doc",
        "file": file_name,
        "encoding": variant.encoding,
        "script": variant.script,
        "source": f"src/{source.stem}.txt",
        "variant": variant.name,
        "newline": "crlf" if variant.newline == "\r\n" else "lf",
        "chars": len(text),
    }
    lines: list[dict[str, object]] = [header]
    for claim, (s, e) in zip(source.claims, spans, strict=True):
        if text[s:e] == "":
            raise CorpusError(f"{file_name}: empty span for {claim.id}")
        lines.append(
            {
                "type": "claim",
                "id": claim.id,
                "span": [s, e],
                "text": text[s:e],
                "kind": claim.kind,
                "value": claim.value,
                "unit": claim.unit,
                "bound": claim.bound,
                "direction": claim.direction,
                "period": claim.period,
                "modality": claim.modality,
                "subject": claim.subject,
            }
        )
    for check in source.checks:
        lines.append(
            {
                "type": "check",
                "kind": check.kind,
                "verdict": check.verdict,
                "reported": check.reported,
                "operands": list(check.operands),
                "note": check.note,
            }
        )
    return lines


def encode(text: str, encoding: str) -> bytes:
    """Bytes of a variant; UTF-16 is always little-endian with a BOM, whatever the platform."""
    if encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(encoding)


def build(out_dir: Path, src_dir: Path = SRC_DIR) -> list[Path]:
    """Write every variant of every source into ``out_dir``; return the written paths."""
    import opencc  # imported here so that parsing works without OpenCC

    sources = [parse_source(p) for p in sorted(src_dir.glob("*.txt"))]
    if not sources:
        raise CorpusError(f"no sources in {src_dir}")
    known = {s.stem.split("_")[0] for s in sources}
    unknown = set(VARIANTS) - known
    if unknown:
        raise CorpusError(f"VARIANTS names missing sources: {sorted(unknown)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    converters: dict[str, object] = {}
    for source in sources:
        for variant in (CLEAN, *VARIANTS.get(source.stem.split("_")[0], ())):
            stem = variant_stem(source, variant)
            if variant.opencc not in converters:
                converters[variant.opencc] = opencc.OpenCC(variant.opencc)
            text, spans = render(source, variant, converters)
            data = encode(text, variant.encoding)
            if data.decode(variant.encoding) != text:
                raise CorpusError(f"{stem}: {variant.encoding} round trip failed")
            txt_path = out_dir / f"{stem}.txt"
            txt_path.write_bytes(data)
            gold_path = out_dir / f"{stem}.gold.jsonl"
            lines = gold_lines(source, variant, txt_path.name, text, spans)
            gold_path.write_text(
                "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in lines),
                encoding="utf-8",
                newline="\n",
            )
            written += [txt_path, gold_path]
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CORPUS_DIR, help="output directory")
    parser.add_argument("--src", type=Path, default=SRC_DIR, help="source directory")
    args = parser.parse_args(argv)
    try:
        written = build(args.out, args.src)
    except (CorpusError, UnicodeEncodeError) as exc:
        print(f"make_corpus: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {len(written)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
