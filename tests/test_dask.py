"""The Dask engine gives the same records as the single-process path (``audit --engine dask``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from xinfang_nlp.audit import AuditSettings, in_order, run_batch
from xinfang_nlp.cli import app

ROOT = Path(__file__).resolve().parent.parent
WRONG = "赴市越级访3批,较去年同期的5批上升40%。各类信访事项已办结42件,正在办理8件,结案率为86%。"
BLANK = "共办理来信 件,同比减少 %。"
TRADITIONAL = "全縣共受理來信來訪80批,較去年同期(100批)下降20%,其中集體訪12批,佔15%。"


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dask") / "reports"
    folder.mkdir()
    (folder / "a_sample.txt").write_bytes((ROOT / "examples" / "sample_report.txt").read_bytes())
    (folder / "b_wrong.txt").write_text(WRONG, encoding="utf-8")
    (folder / "c_blank.txt").write_text(BLANK, encoding="utf-8")
    (folder / "d_traditional.txt").write_bytes(TRADITIONAL.encode("big5"))
    (folder / "e_binary.txt").write_bytes(bytes(range(256)) * 4)  # unreadable
    (folder / "f_dev.txt").write_bytes(
        (ROOT / "corpora" / "reports" / "04_renshe_qianxin.txt").read_bytes()
    )
    return folder


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address="127.0.0.1:0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def files_of(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.glob("*.txt"))


def test_in_order_keeps_results_in_order_with_a_bounded_window():
    in_flight: list[int] = []

    class Done:
        def __init__(self, task: int) -> None:
            in_flight.append(task)
            self.task = task

        def result(self) -> list[int]:
            in_flight.remove(self.task)
            return [self.task, self.task]

    widest = 0

    def submit(task: int) -> Done:
        nonlocal widest
        done = Done(task)
        widest = max(widest, len(in_flight))
        return done

    assert list(in_order(submit, range(10), 3)) == [n for n in range(10) for _ in (0, 1)]
    assert widest == 3


def test_dask_cluster_gives_the_single_process_records(client, reports: Path, tmp_path: Path):
    from xinfang_nlp.dask_engine import read_partitions, run_dask, write_partitions

    files = files_of(reports)
    settings = AuditSettings(keep_text=True)
    local = list(run_batch(files, settings, workers=1))
    assert [r["error"] is not None for r in local] == [False] * 4 + [True, False]
    on_cluster = list(run_dask(files, settings, client=client, npartitions=4))
    assert len(on_cluster) == len(local)
    for ours, theirs in zip(on_cluster, local, strict=True):
        assert ours == theirs  # record by record, in input order

    names = write_partitions(files, settings, tmp_path / "parts", client=client, npartitions=3)
    assert [Path(n).name for n in names] == [f"part-0000{i}.jsonl" for i in range(3)]
    assert list(read_partitions(names)) == local  # JSON round trip loses nothing


def test_cli_engine_dask_output_is_the_local_output(client, reports: Path, tmp_path: Path):
    address = client.scheduler.address

    def audit(*args: str, engine: tuple[str, ...] = ()) -> tuple[int, str]:
        result = CliRunner().invoke(app, ["audit", str(reports), *args, *engine])
        return result.exit_code, result.stdout

    dask = ("--engine", "dask", "--scheduler", address, "--partitions", "4")
    for args in (("--format", "json"), ("--format", "csv"), ("--lang", "en")):
        local = audit(*args)
        assert local[0] == 2  # the binary file
        assert audit(*args, engine=dask) == local

    outputs = {}
    for name, engine in (("local", ()), ("dask", dask)):
        jsonl, page = tmp_path / f"{name}.jsonl", tmp_path / f"{name}.html"
        code, _ = audit("--format", "jsonl", "-o", str(jsonl), "--html", str(page), engine=engine)
        outputs[name] = (code, jsonl.read_bytes(), page.read_bytes())
    assert outputs["dask"] == outputs["local"]
    lines = outputs["local"][1].decode("utf-8").splitlines()
    assert [json.loads(line)["path"] for line in lines] == files_of(reports)

    # no --scheduler: a private local cluster; --partitions-dir: the workers write the parts
    parts = tmp_path / "parts"
    private = ("--engine", "dask", "--workers", "1", "--partitions-dir", str(parts))
    assert audit("--format", "json", engine=private) == audit("--format", "json")
    assert sorted(p.name for p in parts.iterdir()) == [f"part-{i:05d}.jsonl" for i in range(6)]


def test_missing_dask_is_a_clear_usage_error(reports: Path, monkeypatch):
    monkeypatch.delitem(sys.modules, "xinfang_nlp.dask_engine", raising=False)
    for name in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # import raises ImportError
    for lang, text in (("zh", "需要安装 Dask"), ("en", "needs Dask")):
        args = ["audit", str(reports), "--engine", "dask", "--lang", lang]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2
        assert text in result.stderr and 'pip install "xinfang-nlp[dask]"' in result.stderr


def test_engine_options_need_the_dask_engine(reports: Path):
    result = CliRunner().invoke(app, ["audit", str(reports), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "--engine dask" in result.stderr
