"""User-facing messages in Chinese (default) and English (``--lang en``).

Each module keeps its own catalogue next to the code that uses it and renders through
:func:`message`; a missing English text falls back to Chinese, never to the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

Catalogue = Mapping[str, Mapping[str, str]]


def message(catalogue: Catalogue, key: str, lang: str = "zh", /, **fields: object) -> str:
    """Render ``catalogue[key][lang]`` with ``str.format`` fields.

    >>> cat = {"hello": {"zh": "你好,{name}", "en": "Hello, {name}"}}
    >>> message(cat, "hello", "en", name="A")
    'Hello, A'
    >>> message(cat, "hello", "fr", name="A")
    '你好,A'
    """
    texts = catalogue[key]
    template = texts.get(lang) or texts["zh"]
    return template.format(**fields)
