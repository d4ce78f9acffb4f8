"""Cyclic garbage collection held off while one document is audited or extracted (shared by
:mod:`.audit` and :mod:`.extract`, so that nesting one inside the other costs nothing)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collection_paused"]


class CollectionPause:
    """Automatic cyclic garbage collection held off while a batch's document is audited.

    Auditing a document makes tens of thousands of objects and no reference cycles: all of it is
    freed by reference counting once the result is made, so a collection during it finds
    nothing. Yet each collection walks the young objects, and every hundredth or so the whole
    heap, every result a caller keeps included (``xinfang audit --format json`` and ``--html``
    keep them all, as does scripts/bench.py): with 10 MB of reports, an eighth of the time went
    to collections that found nothing. Between documents collection runs as before (what a
    document leaves is looked at once, young, right after it). Threads auditing at the same
    time share one pause: collection resumes when the last of their documents is done, and
    only if it was on when the first began."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0  # documents under way
        self._was_enabled = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0 and self._was_enabled:
                    gc.enable()


collection_paused = CollectionPause()
