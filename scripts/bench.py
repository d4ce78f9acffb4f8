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


BENCHES: dict[str, Callable[[str, int], dict[str, float]]] = {
    "normalize": bench_normalize,
    "jieba": bench_jieba,
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
            print(f"{key:40s} {value:>16,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
