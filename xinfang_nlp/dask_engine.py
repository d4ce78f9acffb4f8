"""``audit`` on a Dask cluster: a Dask Bag over file paths mapped with ``audit_document``.

The per-document function is the one the local engine runs
(:func:`xinfang_nlp.audit.audit_document`); it takes and returns plain data, so a result
computed on a worker is the same record the single-process path produces. Results come back in
the order of the input paths, a partition at a time, with a bounded number of partitions
computed ahead — or the workers write them as JSONL partitions (``part-00000.jsonl`` …) into a
folder they share with the caller.

Every worker must be able to read the input paths (give absolute paths on shared storage) and
have ``xinfang-nlp`` installed. Needs the ``dask`` extra: ``pip install "xinfang-nlp[dask]"``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import dask.bag as db
from distributed import Client

from .audit import AuditSettings, audit_document, in_order

__all__ = ["audit_bag", "connect", "read_partitions", "run_dask", "write_partitions"]

LOOPBACK_ANY_PORT = "127.0.0.1:0"
PARTITIONS_PER_THREAD = 2  # partitions computed ahead of the one being read, per worker thread


def connect(scheduler: str | None = None, *, workers: int = 1) -> Client:
    """A client of the scheduler at ``scheduler`` (``tcp://host:8786``), or of a private local
    cluster of ``workers`` single-threaded processes that closes with the client."""
    if scheduler:
        return Client(scheduler)
    return Client(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=LOOPBACK_ANY_PORT,  # never the shared default port 8787
    )


def audit_bag(
    paths: Sequence[str], settings: AuditSettings, *, npartitions: int | None = None
) -> db.Bag:
    """One audit result per path, in the order of ``paths`` (Dask chooses the number of
    partitions when ``npartitions`` is None)."""
    bag = db.from_sequence(list(paths), npartitions=npartitions)
    return bag.map(audit_document, settings)


def run_dask(
    paths: Sequence[str],
    settings: AuditSettings,
    *,
    client: Client,
    npartitions: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Audit ``paths`` on ``client``'s cluster; results in input order, as partitions finish.

    Only a few partitions per worker thread are in flight, so neither the workers nor this
    process hold the whole batch.
    """
    if not paths:
        return
    parts = audit_bag(paths, settings, npartitions=npartitions).to_delayed()
    threads = sum(client.nthreads().values()) or 1
    yield from in_order(client.compute, parts, PARTITIONS_PER_THREAD * threads)


def write_partitions(
    paths: Sequence[str],
    settings: AuditSettings,
    folder: str | Path,
    *,
    client: Client,
    npartitions: int | None = None,
) -> list[str]:
    """Have the workers write the results as JSONL partitions ``folder/part-00000.jsonl`` …, one
    line per input path (the ``--format jsonl`` line, plus ``raw`` when ``settings.keep_text``),
    in input order across the partitions. Returns the partition files in order."""
    if not paths:
        return []
    folder = Path(folder).resolve()  # the workers' working folder may not be ours
    folder.mkdir(parents=True, exist_ok=True)
    lines = audit_bag(paths, settings, npartitions=npartitions).map(_json_line)
    return lines.to_textfiles(
        str(folder / "part-*.jsonl"),
        name_function=lambda number: f"{number:05d}",
        encoding="utf-8",
        last_endline=True,
        scheduler=client,
    )


def read_partitions(names: Sequence[str]) -> Iterator[dict[str, Any]]:
    """The results written by :func:`write_partitions`, in order."""
    for name in names:
        with open(name, encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)


def _json_line(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False)
