"""Shared regex settings. Every pattern that runs on document text uses the ``regex`` module
with this timeout (seconds), so a pathological input cannot hang a batch."""

from __future__ import annotations

REGEX_TIMEOUT = 5.0
