"""A corpus extracted on a Dask cluster (a scheduler and two workers on loopback) gives the
graph a local run gives, byte for byte, with the same problems reported; a worker killed
in the middle of the run loses no record."""
from __future__ import annotations

import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from dask_cluster import Cluster, local_cluster

from mougraph import cluster as cluster_module
from mougraph.cli import cli
from mougraph.cluster import Shipped, extract_on_cluster, plan, run_partition
from mougraph.pipeline import extract_all
from mougraph.sources import Columns, read_inputs

CORPUS = Path(__file__).parent / "corpus" / "raw"   # our own articles; the first 24 are read
MOUGRAPH = Path(sys.executable).parent / "mougraph"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    with local_cluster(tmp_path_factory.mktemp("dask")) as running:
        yield running
    assert all(p.poll() is not None for p in running.processes())  # nothing left running


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two copies of our corpus as JSON Lines, bad records among them, a folder of six of
    its articles, one .txt, a table whose ids are in column 'no', and an input that does
    not exist."""
    folder = tmp_path_factory.mktemp("inputs")
    articles = sorted(CORPUS.glob("*.json"))[:24]   # (the counts below are of these)
    records = [json.loads(p.read_text(encoding="utf-8")) for p in articles]
    lines = []
    for copy in range(2):
        lines += [json.dumps({**r, "id": f"c{copy}-{r['id']}"}, ensure_ascii=False)
                  for r in records]
    lines[10] = '{"id": "cut", "text": '                       # broken JSON
    lines[30] = json.dumps({"id": "no-text", "body": "본문"})  # a record without text
    lines.append(json.dumps({"id": "c0-001", "text": "나래시는 5일 가온대학교와 업무협약을 "
                                                       "체결했다."}, ensure_ascii=False))
    corpus = folder / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    note = folder / "memo.txt"
    note.write_text("한빛구는 12일 구청 회의실에서 새솔병원과 건강 증진 협약을 맺었다.",
                    encoding="utf-8")
    six = folder / "six"
    six.mkdir()
    for path in articles[::4]:
        (six / path.name).write_bytes(path.read_bytes())
    table = folder / "clips.csv"
    table.write_text("no,본문\n"
                     "k1,다온군은 3일 군청에서 미래농업연구원과 스마트팜 협약을 체결했다.\n"
                     "k2,\n", encoding="utf-8")   # the second row has no text
    return [corpus, six, note, table, folder / "missing.jsonl"]


def command(inputs: list[Path], out: Path, *more: str) -> list[str]:
    return ["extract", *map(str, inputs), "--out", str(out), "--id-column", "no", *more]


@pytest.fixture(scope="module")
def local_run(inputs: list[Path], tmp_path_factory: pytest.TempPathFactory
              ) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("local") / "out"
    result = CliRunner().invoke(cli, command(inputs, out))
    return out, subprocess.CompletedProcess([], result.exit_code, result.stdout, result.stderr)


def problems(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("mougraph: ")]


def summary(stderr: str) -> str:
    return stderr.splitlines()[-1].rpartition(" -> ")[0]


def test_a_cluster_run_writes_the_bytes_of_a_local_run(
        cluster: Cluster, inputs: list[Path], local_run: tuple[Path, Any], tmp_path: Path
) -> None:
    local_out, local = local_run
    out = tmp_path / "out"
    result = subprocess.run([MOUGRAPH, *command(inputs, out, "--scheduler", cluster.address)],
                            capture_output=True, text=True, timeout=120)
    assert (out / "graph.trig").read_bytes() == (local_out / "graph.trig").read_bytes()
    assert (out / "graph.ttl").read_bytes() == (local_out / "graph.ttl").read_bytes()
    assert result.stdout == local.stdout   # one line per article, in input order
    assert problems(result.stderr) == problems(local.stderr)
    assert summary(result.stderr) == summary(local.stderr) == \
        "55 articles, 48 agreements, 4 problems, 1 warning"
    assert result.returncode == local.returncode == 1  # some inputs were skipped


def test_the_scheduler_can_come_from_the_environment(
        cluster: Cluster, inputs: list[Path], tmp_path: Path) -> None:
    result = CliRunner(env={"MOUGRAPH_SCHEDULER": cluster.address}).invoke(
        cli, command(inputs[2:3], tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("memo: ")


def test_a_rerun_on_the_cluster_extracts_only_what_changed(
        cluster: Cluster, inputs: list[Path], local_run: tuple[Path, Any], tmp_path: Path
) -> None:
    # the researcher runs the same inputs again on the cluster: the records the store holds
    # are not extracted again (as in a local re-run), and the files do not change
    local_out, _ = local_run
    out, again_here = tmp_path / "out", tmp_path / "local"
    shutil.copytree(local_out, again_here)
    local = CliRunner().invoke(cli, command(inputs, again_here))
    scheduled = [MOUGRAPH, *command(inputs, out, "--scheduler", cluster.address)]
    subprocess.run(scheduled, capture_output=True, text=True, timeout=120)
    rerun = subprocess.run(scheduled, capture_output=True, text=True, timeout=120)
    skipped = [line for line in rerun.stdout.splitlines() if "unchanged (same record" in line]
    # all 55 but the two records of id c0-001: the later one replaced the earlier one, so
    # both are extracted again, in the same order (the last one still wins)
    assert len(skipped) == 53
    assert rerun.stdout == local.stdout
    assert summary(rerun.stderr) == summary(local.stderr) == \
        "55 articles (53 unchanged), 48 agreements, 4 problems, 1 warning"
    for name in ("graph.trig", "graph.ttl"):
        assert (out / name).read_bytes() == (local_out / name).read_bytes()


def items(iterable: Iterator[Any]) -> list[tuple[str, ...]]:
    """What a run yields, comparable: (id, source, agreements) or the problem's message."""
    return [(str(i),) if isinstance(i, Exception) else
            (i.extraction.article.id, str(i.extraction.article.source),
             str(len(i.extraction.agreements))) for i in iterable]


@pytest.mark.parametrize("on_workers", [True, False], ids=["read-on-workers", "shipped"])
def test_small_partitions_read_on_workers_or_shipped_keep_the_local_order(
        cluster: Cluster, inputs: list[Path], on_workers: bool) -> None:
    columns = Columns(id="no")
    local = items(extract_all(read_inputs(inputs, columns=columns)))
    # seven records a partition: the .jsonl is cut into line ranges (or shipped in batches)
    remote = items(extract_on_cluster(inputs, cluster.address, on_workers=on_workers,
                                      columns=columns, records=7))
    assert remote == local


def test_what_a_cluster_task_gets_and_gives_back_is_plain_data(inputs: list[Path]) -> None:
    """Only plain data crosses between the client and the workers: articles, names,
    results as bytes; no store and no Oxigraph answer or iterator, which may be dropped
    only in the thread that made them."""
    columns = Columns(id="no")
    part = next(p for p in plan(inputs[:1], on_workers=False, columns=columns, records=7)
                if isinstance(p, Shipped))
    sent = pickle.dumps((part, None, columns, frozenset({1})))  # what client.submit sends
    back = pickle.dumps(run_partition(part, None, columns))
    assert b"pyoxigraph" not in sent
    assert b"pyoxigraph" not in back
    assert b"rdflib" not in back


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path, inputs: list[Path],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from dask_cluster import free_port

    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 2)
    address = f"tcp://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(cli, command(inputs[2:3], tmp_path / "out",
                                             "--scheduler", address))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"mougraph: {address}: cannot reach the Dask scheduler")
    assert len(result.stderr.splitlines()) == 1


def test_a_worker_killed_mid_run_loses_no_record(
        cluster: Cluster, inputs: list[Path], local_run: tuple[Path, Any], tmp_path: Path
) -> None:
    # last in this file: it leaves the cluster one worker short
    from distributed import Client

    local_out, local = local_run
    out = tmp_path / "out"
    run = subprocess.Popen([MOUGRAPH, *command(inputs, out, "--scheduler", cluster.address)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        with Client(cluster.address, timeout=30, set_as_default=False) as client:
            busy = wait_for_a_busy_worker(client, run)
            name = client.scheduler_info()["workers"][busy]["name"]   # w0, w1
            victim = cluster.workers[int(str(name).removeprefix("w"))]
            os.kill(victim.pid, signal.SIGKILL)
            victim.wait(10)
        stdout, stderr = run.communicate(timeout=120)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert stdout == local.stdout
    assert problems(stderr) == problems(local.stderr)
    assert (out / "graph.trig").read_bytes() == (local_out / "graph.trig").read_bytes()


def wait_for_a_busy_worker(client: Any, run: subprocess.Popen[str]) -> str:
    """The address of a worker with a partition of this run in hand."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and run.poll() is None:
        busy = [worker for worker, tasks in client.processing().items()
                if any(str(task).startswith("run_partition") for task in tasks)]
        if busy:
            return str(sorted(busy)[0])
        time.sleep(0.02)
    raise AssertionError("the run never gave a worker a partition")


def test_jobs_and_a_scheduler_exclude_each_other(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--jobs", "2", "--out",
                                      str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert result.stderr.startswith("mougraph: --jobs and --scheduler exclude each other")
    assert not (tmp_path / "out").exists()
