"""Input collection and atomic output for the batch commands."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

_DOCUMENT_SUFFIXES = {".txt", ".text", ".docx", ".pdf", ".md"}


def collect_paths(paths: list[Path], *, recursive: bool) -> Iterator[Path]:
    """Files named on the command line, and documents inside named folders (one level, or all
    levels with ``recursive``), in sorted order. Symlinked folders are not followed, so a
    symlink loop cannot trap the walk; a link back to its own folder (or above) is yielded, so
    reading it reports the loop. A missing path is yielded as is: reading it reports it."""
    from ..read import is_symlink_loop

    for path in paths:
        if path.is_dir():
            pattern = "**/*" if recursive else "*"
            found = []
            for candidate in path.glob(pattern):
                if any(part.startswith(".") for part in candidate.relative_to(path).parts):
                    continue
                if candidate.is_symlink() and candidate.is_dir():
                    if is_symlink_loop(candidate):
                        found.append(candidate)
                    continue
                if candidate.suffix.lower() in _DOCUMENT_SUFFIXES and not candidate.is_dir():
                    found.append(candidate)
            yield from sorted(found)
        else:
            yield path


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a file so that readers never see it half-written."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary files
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
