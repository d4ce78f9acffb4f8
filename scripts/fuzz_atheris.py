"""Coverage-guided fuzzing of read → normalize → extract → categorize → check with atheris.

    pip install -e ".[fuzz]"
    python scripts/fuzz_atheris.py                      # 60 s, seeds from the dev reports
    python scripts/fuzz_atheris.py --seconds 600 --corpus fuzz-corpus
    python scripts/fuzz_atheris.py --reproduce fuzz-artifacts/crash-1a2b…   # rerun one input

Every input is written to a scratch ``.txt`` file and read with ``read_document`` (so a ``%PDF-``
or ``PK`` signature reaches the PDF and .docx readers too), then analyzed. The invariants are
those of ``tests/test_fuzz.py``: only a ``DocumentError`` may come out of reading; analysis never
raises; every claim, anomaly and check span lies in the raw text and ``raw[start:end]`` is the
figure as written; a second run renders identical JSON. A violation is a crash: libFuzzer stops,
prints the traceback and saves the input under ``--artifacts``.

Only the ``xinfang_nlp`` package is instrumented for coverage (not jieba, OpenCC, scikit-learn).
Seeds are the dev-split report files of ``corpora/reports`` (never the eval split) as they are
stored (UTF-8, GB18030, Big5, UTF-16 …). New interesting inputs go to ``--corpus`` (default: a
temporary folder), so a later run with the same ``--corpus`` continues where this one stopped.
libFuzzer prints its figures (executions, ``cov``, ``ft``, corpus size) on stderr; the last
line ``Done N runs in S second(s)`` is the budget actually used.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import atheris  # noqa: E402

with atheris.instrument_imports(include=["xinfang_nlp"]):
    # The pipeline imports some stages lazily; import them all here so all are instrumented.
    import xinfang_nlp.categorize
    import xinfang_nlp.checks
    import xinfang_nlp.extract
    import xinfang_nlp.normalize
    import xinfang_nlp.numbers
    import xinfang_nlp.read
    import xinfang_nlp.render
    import xinfang_nlp.report
    import xinfang_nlp.segment
    from xinfang_nlp.errors import DocumentError
    from xinfang_nlp.extract import Anomaly, Claim

REPORTS = ROOT / "corpora" / "reports"
VERDICTS = {"consistent", "inconsistent", "unverifiable", "incomplete"}
# Small hand-written seeds in the encodings the reader must tell apart.
_SEED_SIMPLIFIED = "共受理来信来访50批195人次,同比上升9.2%。结案率为84%,满意率提高2.3个百分点。"
_SEED_TRADITIONAL = "共受理來信來訪50批195人次,同比上升9.2%。結案率為84%,滿意率提高2.3個百分點。"
_SEEDS = (
    (_SEED_SIMPLIFIED, "utf-8"),
    (_SEED_SIMPLIFIED, "gb18030"),
    (_SEED_SIMPLIFIED, "utf-16"),
    (_SEED_SIMPLIFIED, "utf-8-sig"),
    (_SEED_TRADITIONAL, "big5"),
)

# Words of the report grammar, given to libFuzzer as a dictionary (UTF-8 and GB18030 bytes) so
# mutations splice whole tokens instead of hoping to hit three UTF-8 bytes of 批 at random.
_TOKENS = (
    "批", "人次", "件", "件次", "名", "%", "％", "‰", "个百分点", "万", "亿", "元", "万元", "倍",
    "成", "同比", "环比", "上升", "下降", "增长", "减少", "增加", "持平", "占", "率为", "结案率",
    "满意率", "分别", "其中", "去年同期", "较上年", "比", "约", "余", "以上", "力争", "目标",
    "(", ")", "（", "）", "【", "】", ",", "、", "。", ";", "\n", "fǎng", "１２", "８．６",
    "三成", "百分之", "分之", "翻一番", "每万人", "批均", "合计", "共",
)  # fmt: skip


def write_dictionary(path: Path) -> None:
    """A libFuzzer dictionary: one quoted, hex-escaped token per line."""
    lines = []
    for token in _TOKENS:
        for encoding in ("utf-8", "gb18030"):
            data = token.encode(encoding)
            lines.append('"' + "".join(f"\\x{byte:02x}" for byte in data) + '"')
    path.write_text("\n".join(dict.fromkeys(lines)) + "\n", encoding="ascii")


class InvariantError(AssertionError):
    """A fuzzing invariant was violated (reported by libFuzzer as a crash)."""


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise InvariantError(what)


def check_invariants(raw: str, report: xinfang_nlp.report.Report) -> None:
    """Spans in bounds and exact, verdicts known, messages in both languages."""
    figures: list[Claim | Anomaly] = [*report.claims, *report.anomalies]
    for item in figures:
        start, end = item.span
        _require(0 <= start <= end <= len(raw), f"span {item.span} outside 0..{len(raw)}: {item}")
        _require(raw[start:end] == item.text, f"raw{item.span}={raw[start:end]!r} ≠ {item.text!r}")
    for check in report.checks:
        start, end = check.span
        _require(0 <= start <= end <= len(raw), f"check span {check.span} outside 0..{len(raw)}")
        _require(check.verdict in VERDICTS, f"unknown verdict {check.verdict!r}")
        _require(bool(check.message("zh") and check.message("en")), f"no message: {check}")


class Harness:
    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch / "input.txt"

    def __call__(self, data: bytes) -> None:
        self.scratch.write_bytes(data)
        try:
            document = xinfang_nlp.read.read_document(self.scratch)
        except DocumentError as err:
            _require(bool(err.code and err.message("zh") and err.message("en")), "bare error")
            return
        report = xinfang_nlp.report.analyze_document(document)
        check_invariants(document.text, report)
        first = xinfang_nlp.render.to_json([report])
        again = xinfang_nlp.render.to_json([xinfang_nlp.report.analyze_document(document)])
        _require(first == again, "output differs between two runs")
        json.loads(first)


def dev_seed_files() -> list[Path]:
    stems = [
        Path(row.split("\t")[0]).stem
        for row in (REPORTS / "split.tsv").read_text(encoding="utf-8").splitlines()
        if row.startswith("src/") and row.endswith("\tdev")
    ]
    return [path for stem in stems for path in sorted(REPORTS.glob(f"{stem}*.txt"))]


def write_seeds(folder: Path) -> int:
    for path in dev_seed_files():
        shutil.copyfile(path, folder / path.name)
    for text, encoding in _SEEDS:
        (folder / f"seed.{encoding}.txt").write_bytes(text.encode(encoding))
    return len(list(folder.iterdir()))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="time budget (default 60)")
    parser.add_argument("--corpus", type=Path, help="working corpus folder (kept between runs)")
    parser.add_argument("--artifacts", type=Path, default=Path("fuzz-artifacts"))
    parser.add_argument("--max-len", type=int, default=8192, help="largest input in bytes")
    parser.add_argument("--timeout", type=int, default=30, help="seconds one input may take")
    parser.add_argument("--reproduce", type=Path, nargs="+", help="run these inputs and stop")
    parser.add_argument("libfuzzer", nargs="*", help="extra libFuzzer flags after --")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="xinfang-fuzz-") as temporary:
        work = Path(temporary)
        harness = Harness(work)
        if args.reproduce:
            for path in args.reproduce:
                harness(path.read_bytes())
                print(f"{path}: ok")
            return
        seeds = work / "seeds"
        seeds.mkdir()
        print(f"seeds: {write_seeds(seeds)} files", file=sys.stderr)
        corpus = args.corpus or work / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        args.artifacts.mkdir(parents=True, exist_ok=True)
        dictionary = work / "tokens.dict"
        write_dictionary(dictionary)
        flags = [
            sys.argv[0],
            f"-max_total_time={args.seconds}",
            f"-max_len={args.max_len}",
            f"-timeout={args.timeout}",
            f"-artifact_prefix={args.artifacts}/",
            f"-dict={dictionary}",
            "-print_final_stats=1",
            *args.libfuzzer,
            str(corpus),
            str(seeds),
        ]
        atheris.Setup(flags, harness)
        atheris.Fuzz()


if __name__ == "__main__":
    main()
