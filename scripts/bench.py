"""Throughput benchmarks on a corpus built from the project's own ``corpora/`` text.

    python scripts/bench.py                 # all benchmarks, human-readable
    python scripts/bench.py --json          # the same figures as JSON
    python scripts/bench.py --only normalize --size 4000000
    python scripts/bench.py --only load --load-files 2000     # a quick load run

Each figure is the median of ``--repeats`` timed runs on one core (single process). The corpus is
every readable ``corpora/**/*.txt`` file concatenated, repeated until it reaches ``--size``
characters; the traditional-script corpus is the same text through OpenCC s2tw. Performance is
measured here, never by timed unit tests.

``load`` is not part of the default run (it takes minutes): it writes ``--load-files`` small
report files (default 100 000) to a temporary folder and times one ``xinfang audit DIR
--workers 2 --format jsonl -o OUT`` run, sampling the memory of the whole process tree as the
output grows, then checks that every input file has exactly one result line.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xinfang_nlp.errors import DocumentError  # noqa: E402
from xinfang_nlp.read import read_document  # noqa: E402


def build_corpus(size: int) -> str:
    texts = []
    for path in sorted((ROOT / "corpora").rglob("*.txt")):
        try:
            texts.append(read_document(path).text)
        except DocumentError:
            continue
    if not texts:
        sys.exit("bench: no readable .txt files under corpora/")
    base = "\n".join(texts)
    repeats = size // len(base) + 1
    return (base + "\n") * repeats


def median_seconds(function: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_normalize(corpus: str, repeats: int) -> dict[str, float]:
    import opencc

    from xinfang_nlp.normalize import normalize

    traditional = opencc.OpenCC("s2tw.json").convert(corpus)
    normalize(corpus[:1000])  # load OpenCC outside the timing
    normalize(traditional[:1000])
    simple_t = median_seconds(lambda: normalize(corpus), repeats)
    trad_t = median_seconds(lambda: normalize(traditional), repeats)
    return {
        "normalize_simplified_chars_per_s": len(corpus) / simple_t,
        "normalize_traditional_chars_per_s": len(traditional) / trad_t,
    }


def bench_jieba(corpus: str, repeats: int) -> dict[str, float]:
    """jieba's own segmentation speed on the same text (the reference other targets cite)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    sample = corpus[: min(len(corpus), 500_000)]
    seconds = median_seconds(lambda: list(tokenizer.cut(sample)), max(1, repeats // 2))
    return {"jieba_cut_chars_per_s": len(sample) / seconds}


def bench_extract(corpus: str, repeats: int) -> dict[str, float]:
    """normalize + segment + extract, the path every document takes (no jieba)."""
    from xinfang_nlp.extract import extract
    from xinfang_nlp.normalize import normalize

    extract(normalize(corpus[:5000]))  # build the grammar outside the timing
    seconds = median_seconds(lambda: extract(normalize(corpus)), repeats)
    return {"normalize_extract_chars_per_s": len(corpus) / seconds}


def bench_audit(corpus: str, repeats: int) -> dict[str, float]:
    """``audit`` throughput on >= 10 MB of report files, at 1 and 2 worker processes."""
    import tempfile

    from xinfang_nlp.audit import AuditSettings, run_batch

    per_file = 30_000
    target = max(10_000_000, len(corpus))
    texts = []
    position = 0
    while sum(len(t) for t in texts) < target:
        chunk = corpus[position : position + per_file]
        if len(chunk) < per_file:
            position = 0
            continue
        texts.append(chunk)
        position += per_file
    results: dict[str, float] = {"audit_corpus_chars": float(sum(len(t) for t in texts))}
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, text in enumerate(texts):
            path = Path(folder) / f"report_{number:05d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        list(run_batch(paths[:2], AuditSettings(), workers=1))  # warm the category cache
        for workers in (1, 2):
            seconds = median_seconds(
                lambda w=workers: list(run_batch(paths, AuditSettings(), workers=w)),
                max(1, repeats // 2),
            )
            results[f"audit_{workers}w_chars_per_s"] = results["audit_corpus_chars"] / seconds
            results[f"audit_{workers}w_files_per_s"] = len(paths) / seconds
    results["audit_2w_speedup"] = results["audit_2w_chars_per_s"] / results["audit_1w_chars_per_s"]
    return results


def bench_inspect(corpus: str, repeats: int) -> dict[str, float]:
    """Wall time of ``xinfang inspect`` on a 10 KB report, start-up included; cold = empty
    cache folder (first run on a machine), warm = median of later runs."""
    import os
    import shutil
    import subprocess
    import tempfile

    report = ROOT / "corpora" / "reports" / "01_qingyang_banian.txt"
    text = report.read_text(encoding="utf-8")
    while len(text) < 10_000:
        text += "\n" + text
    command = shutil.which("xinfang")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.txt"
        path.write_text(text[:10_240], encoding="utf-8")
        env = dict(os.environ, XDG_CACHE_HOME=str(Path(folder) / "cache"))
        argv = (
            [command, "inspect", str(path)]
            if command
            else [sys.executable, "-m", "xinfang_nlp.cli", "inspect", str(path)]
        )

        def run() -> None:
            subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)

        cold = median_seconds(run, 1)
        warm = median_seconds(run, max(3, repeats))
    return {"inspect_10kb_cold_s": cold, "inspect_10kb_warm_s": warm}


def load_fragments() -> list[str]:
    """Sentences of the dev-split reports, the material the synthetic load batch is built from."""
    import re

    split = ROOT / "corpora" / "reports" / "split.tsv"
    dev = [
        line.split("\t")[0].removeprefix("src/")
        for line in split.read_text(encoding="utf-8").splitlines()
        if line.endswith("\tdev")
    ]
    fragments = []
    for name in dev:
        text = read_document(ROOT / "corpora" / "reports" / name).text
        fragments += [s for s in re.findall(r"[^。\n]+。", text) if 10 <= len(s) <= 200]
    if not fragments:
        sys.exit("bench: no dev-split report text under corpora/reports/")
    return fragments


# Every BROKEN_EVERY-th load file is broken, cycling through these kinds.
BROKEN_EVERY = 97
BROKEN_KINDS = ("empty", "binary", "truncated_utf8")


def write_load_batch(folder: Path, count: int, seed: int = 6) -> list[Path]:
    """``count`` short reports (title + a few sentences, a few hundred characters; some in
    GB18030) and, every ``BROKEN_EVERY``-th file, an empty, binary or truncated one."""
    rng = random.Random(seed)
    fragments = load_fragments()
    paths = []
    for number in range(count):
        path = folder / f"r{number // 1000:03d}_{number:06d}.txt"
        if number % BROKEN_EVERY == BROKEN_EVERY - 1:
            kind = BROKEN_KINDS[(number // BROKEN_EVERY) % len(BROKEN_KINDS)]
            data = {
                "empty": b"",
                "binary": bytes(rng.randrange(256) for _ in range(300)) + b"\0" * 16,
                "truncated_utf8": "共受理来信来访12批".encode()[:-1],
            }[kind]
            path.write_bytes(data)
        else:
            text = f"某县信访局{2020 + number % 5}年第{number % 4 + 1}季度工作简报\n"
            while len(text) < rng.randrange(200, 600):
                text += rng.choice(fragments)
            encoding = "gb18030" if number % 5 == 0 else "utf-8"
            path.write_bytes(text.encode(encoding, errors="replace"))
        paths.append(path)
    return paths


def process_tree_rss(process) -> int:  # type: ignore[no-untyped-def]
    """Resident memory of a psutil process and all its descendants, in bytes."""
    import psutil

    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:  # a worker that just exited
            continue
    return total


def bench_load(corpus: str, repeats: int, *, files: int = 100_000) -> dict[str, float]:
    """``xinfang audit DIR --workers 2 --format jsonl -o OUT`` on ``files`` small files: files/s,
    peak memory and memory at 10/50/90 % of the batch, and one result line per input file."""
    import shutil
    import subprocess
    import tempfile

    try:
        import psutil
    except ImportError:
        psutil = None  # peak only, from getrusage (the largest single process, not the tree)
    command = shutil.which("xinfang")
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "batch"
        batch.mkdir()
        paths = write_load_batch(batch, files)
        out = Path(folder) / "out.jsonl"
        head = [command] if command else [sys.executable, "-m", "xinfang_nlp.cli"]
        argv = [*head, "audit", str(batch), "--workers", "2", "--format", "jsonl", "-o", str(out)]
        env = dict(os.environ, XDG_CACHE_HOME=str(Path(folder) / "cache"))
        samples: list[tuple[int, int]] = []  # (result lines written, tree RSS)
        lines = 0
        offset = 0
        system_load: list[float] = []  # other work on the machine lowers files/s
        start = time.perf_counter()
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
        watched = psutil.Process(child.pid) if psutil else None
        while True:
            finished = child.poll() is not None
            if out.exists():
                with out.open("rb") as handle:
                    handle.seek(offset)
                    chunk = handle.read()
                lines += chunk.count(b"\n")
                offset += len(chunk)
            if watched is not None and not finished:
                samples.append((lines, process_tree_rss(watched)))
            system_load.append(os.getloadavg()[0])
            if finished:
                break
            time.sleep(0.25)
        seconds = time.perf_counter() - start
        if child.returncode not in (0, 1, 2):
            sys.exit(f"bench: audit failed with exit code {child.returncode}")
        recorded = []
        error_rows = 0
        with out.open(encoding="utf-8") as handle:
            for line in handle:
                item = json.loads(line)
                recorded.append(item["path"])
                error_rows += item["error"] is not None
        one_each = sorted(recorded) == sorted(str(p) for p in paths)  # same files, none twice
    results: dict[str, float] = {
        "load_files": float(files),
        "load_seconds": seconds,
        "load_files_per_s": files / seconds,
        "load_result_lines": float(len(recorded)),
        "load_one_result_per_file": float(one_each),
        "load_error_rows": float(error_rows),
        "load_broken_files": float(files // BROKEN_EVERY),
        "load_mean_system_loadavg_1min": statistics.mean(system_load),
    }
    if samples:
        results["load_peak_tree_rss_mb"] = max(rss for _, rss in samples) / 2**20
        for percent in (10, 50, 90):
            target = files * percent / 100
            nearest = min(samples, key=lambda sample: abs(sample[0] - target))
            results[f"load_tree_rss_at_{percent}pct_mb"] = nearest[1] / 2**20
    else:
        import resource

        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB, largest process
        results["load_peak_process_rss_mb"] = peak / 1024
    return results


BENCHES: dict[str, Callable[..., dict[str, float]]] = {
    "normalize": bench_normalize,
    "jieba": bench_jieba,
    "extract": bench_extract,
    "audit": bench_audit,
    "inspect": bench_inspect,
    "load": bench_load,
}
SLOW = {"load"}  # run only when named in --only


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--size", type=int, default=2_000_000, help="corpus size in characters")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument(
        "--only", default="", help="comma-separated subset of: " + ",".join(BENCHES)
    )
    parser.add_argument(
        "--load-files", type=int, default=100_000, help="files in the load batch (--only load)"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    only = args.only.split(",") if args.only else []
    selected = [name for name in BENCHES if name in only or (not only and name not in SLOW)]
    corpus = build_corpus(args.size)
    results: dict[str, float] = {"corpus_chars": float(len(corpus))}
    for name in selected:
        bench = BENCHES[name]
        if name == "load":
            bench = functools.partial(bench_load, files=args.load_files)
        results.update(bench(corpus, args.repeats))
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for key, value in results.items():
            shown = f"{value:>16,.2f}" if value < 100 else f"{value:>16,.0f}"
            print(f"{key:40s} {shown}")
        if "jieba_cut_chars_per_s" in results:
            jieba_speed = results["jieba_cut_chars_per_s"]
            for key in ("normalize_extract_chars_per_s", "audit_1w_chars_per_s"):
                if key in results:
                    print(f"{key + ' / jieba':40s} {results[key] / jieba_speed:>16,.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
