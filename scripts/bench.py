"""Throughput benchmarks on a corpus built from the project's own ``corpora/`` text.

    python scripts/bench.py                 # all benchmarks, human-readable
    python scripts/bench.py --json          # the same figures as JSON
    python scripts/bench.py --only normalize --size 4000000

Each figure is the median of ``--repeats`` timed runs on one core (single process). The corpus is
every readable ``corpora/**/*.txt`` file concatenated, repeated until it reaches ``--size``
characters; the traditional-script corpus is the same text through OpenCC s2tw. Performance is
measured here, never by timed unit tests.
"""

from __future__ import annotations

import argparse
import json
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
        argv = [command, "inspect", str(path)] if command else [
            sys.executable, "-m", "xinfang_nlp.cli", "inspect", str(path)]

        def run() -> None:
            subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)

        cold = median_seconds(run, 1)
        warm = median_seconds(run, max(3, repeats))
    return {"inspect_10kb_cold_s": cold, "inspect_10kb_warm_s": warm}


BENCHES: dict[str, Callable[[str, int], dict[str, float]]] = {
    "normalize": bench_normalize,
    "jieba": bench_jieba,
    "extract": bench_extract,
    "audit": bench_audit,
    "inspect": bench_inspect,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--size", type=int, default=2_000_000, help="corpus size in characters")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument(
        "--only", default="", help="comma-separated subset of: " + ",".join(BENCHES)
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    selected = [name for name in BENCHES if not args.only or name in args.only.split(",")]
    corpus = build_corpus(args.size)
    results: dict[str, float] = {"corpus_chars": float(len(corpus))}
    for name in selected:
        results.update(BENCHES[name](corpus, args.repeats))
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
