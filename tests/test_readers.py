"""Readers and writers of one output folder.

Read-only commands (query, validate, network, eval, export's reading) open the store
read-only: they write nothing (not even a RocksDB log), work on a full disk, never keep an
extract from starting, and never read a store while a run writes it (they read the last
complete run, ``graph.trig``, and say so). After an interrupted run every reader says that
the store holds an unfinished run and how to finish it.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from semantic_data import ALL, build

from mougraph.cli import cli
from mougraph.errors import EXIT_OK

READERS = [
    ["query", "signatories"],
    ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv"],
    ["validate"],
    ["network"],
    ["partners", "대전시"],
]


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def files_under(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


@pytest.fixture()
def out(tmp_path: Path) -> Path:
    return build(tmp_path / "out", [make() for make in ALL[:3]])


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_a_reader_leaves_nothing_behind(out: Path, command: list[str]) -> None:
    before = files_under(out)
    result = invoke(*command, "--out", out)
    assert result.exit_code == EXIT_OK, result.stderr
    assert files_under(out) == before
    assert result.stderr.count("note:") == 0


def test_a_fresh_clone_with_only_graph_trig_is_read_without_making_a_store(out: Path) -> None:
    shutil.rmtree(out / "store")
    result = invoke("query", "signatories", "--out", out)
    assert result.exit_code == EXIT_OK and "대전광역시" in result.stdout
    assert sorted(p.name for p in out.iterdir()) == ["graph.trig", "graph.ttl"]


def python(code: str, *args: str | Path) -> subprocess.Popen[str]:
    tests = str(Path(__file__).parent)  # for semantic_data
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([tests, os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)],
                            stdout=subprocess.PIPE, text=True, env=env)


@pytest.fixture()
def writer(out: Path) -> Iterator[subprocess.Popen[str]]:
    """Another run holding the store open for writing, with one article not yet flushed."""
    holder = python(
        "import sys, time; from pathlib import Path; from mougraph import rdf; "
        "from mougraph.store import Store; from semantic_data import ALL; "
        "s = Store.open(Path(sys.argv[1]), create=True); "
        "item = ALL[3](); s.put(item.article.id, rdf.article_triples(item)); "
        "print('open', flush=True); time.sleep(60)", out)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        yield holder
    finally:
        holder.kill()
        holder.wait()


def test_while_a_run_writes_readers_read_the_last_complete_run_and_say_so(
        out: Path, writer: subprocess.Popen[str]) -> None:
    result = invoke("query", "SELECT ?id WHERE { ?a schema:identifier ?id } ORDER BY ?id",
                    "--format", "csv", "--out", out)
    assert result.exit_code == EXIT_OK, result.stderr
    assert result.stdout.split() == ["id", "a", "b", "c"]  # not the unflushed fourth
    assert result.stderr == (f"mougraph: note: {out}: another mougraph run is writing this "
                             f"store; reading {out / 'graph.trig'}, the last complete run\n")


def test_an_extract_starts_while_a_long_query_reads(out: Path, tmp_path: Path) -> None:
    reader = subprocess.Popen(
        [sys.executable, "-m", "mougraph.cli", "query", "--timeout", "0", "--out", str(out),
         "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    (tmp_path / "new.txt").write_text("가온시는 나래대학교와 지역 인재 양성을 위한 업무협약을 "
                                      "체결했다.", encoding="utf-8")
    try:
        result = invoke("extract", tmp_path / "new.txt", "--out", out)
        assert reader.poll() is None, "the query was still reading"
    finally:
        os.killpg(reader.pid, signal.SIGKILL)
        reader.wait()
    assert result.exit_code == EXIT_OK, result.stderr
    assert "1 article," in result.stderr


def interrupted_run(out: Path) -> None:
    """A run killed (SIGKILL) after it put an article, before it wrote graph.trig."""
    killed = python(
        "import os, signal, sys; from pathlib import Path; from mougraph import rdf; "
        "from mougraph.store import Store; from semantic_data import ALL; "
        "s = Store.open(Path(sys.argv[1]), create=True); "
        "item = ALL[3](); s.put(item.article.id, rdf.article_triples(item)); "
        "os.kill(os.getpid(), signal.SIGKILL)", out)
    killed.wait()
    assert killed.returncode == -signal.SIGKILL


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_after_an_interrupted_run_every_reader_says_how_to_finish_it(
        out: Path, command: list[str]) -> None:
    interrupted_run(out)
    result = invoke(*command, "--out", out)
    assert result.exit_code == EXIT_OK, result.stderr
    notes = [line for line in result.stderr.splitlines() if "note:" in line]
    assert notes == [f"mougraph: note: {out}: the store holds an unfinished run (interrupted "
                     f"before {out / 'graph.trig'} was written); these results include it. "
                     "Run the same 'mougraph extract' again to finish it, or 'mougraph dump "
                     f"--out {out}' to keep what it holds"]
    assert invoke("dump", "--out", out).exit_code == EXIT_OK
    assert "note:" not in invoke(*command, "--out", out).stderr


def fill(folder: Path) -> None:
    with (folder / "filler").open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * (1 << 20))
                handle.flush()
        except OSError:
            pass
    for size in (65536, 4096, 512, 1):  # the last blocks too
        try:
            with (folder / f"filler-{size}").open("wb") as handle:
                while True:
                    handle.write(b"\0" * size)
                    handle.flush()
        except OSError:
            pass


@pytest.fixture()
def full_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small-disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("needs to mount a small tmpfs (root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_readers_work_on_a_full_disk(full_disk: Path, command: list[str]) -> None:
    out = build(full_disk / "out", [make() for make in ALL[:3]])
    fill(full_disk)
    for _ in range(3):
        result = invoke(*command, "--out", out)
        assert result.exit_code == EXIT_OK, result.stderr
