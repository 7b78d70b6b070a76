"""Runaway queries and dying runs: nothing outlives the command that started it.

A cartesian query over the store runs for hours; ``--timeout`` stops it and Ctrl-C stops
it at once, with its query process. ``extract --jobs 2`` killed with SIGKILL or SIGTERM
leaves no worker process behind, and SIGTERM gets Ctrl-C's one-line message.
Processes run as subprocesses in their own session; the timeouts given to ``wait`` only
keep a broken build from hanging the suite.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from semantic_data import build

from mougraph.errors import EXIT_INTERRUPTED, EXIT_USAGE

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                reason="reads the process table in /proc")

CARTESIAN = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l "
             ". ?m ?n2 ?o }")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("runaway-out"))


def mougraph(*args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "mougraph.cli", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1", "TERM": "dumb"})


def descendants(pid: int) -> set[int]:
    """Every living process below ``pid``, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier}
        found |= frontier
    return found


def alive(pids: set[int]) -> set[int]:
    living = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            living.add(pid)
    return living


def wait_for_children(process: subprocess.Popen[str], count: int, patience: float = 20
                      ) -> set[int]:
    """The process's descendants once there are ``count`` of them (or it ended, or
    ``patience`` seconds passed)."""
    deadline = time.monotonic() + patience
    while process.poll() is None and time.monotonic() < deadline:
        found = descendants(process.pid)
        if len(found) >= count:
            return found
        time.sleep(0.1)
    return descendants(process.pid)


def stop(process: subprocess.Popen[str]) -> None:
    """Whatever happened in the test, the group it started is gone afterwards."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.communicate()


def test_a_cartesian_query_is_stopped_by_its_timeout(out: Path) -> None:
    process = mougraph("query", CARTESIAN, "--timeout", "2", "--out", out)
    try:
        _, stderr = process.communicate(timeout=120)
    finally:
        stop(process)
    assert process.returncode == EXIT_USAGE
    assert stderr.strip() == ("mougraph: the query ran longer than 2 s and was stopped "
                              "(--timeout SECONDS allows more, 0 no limit)")


def test_ctrl_c_stops_a_running_query_and_its_process(out: Path) -> None:
    process = mougraph("query", CARTESIAN, "--out", out)
    try:
        helpers = wait_for_children(process, 1)  # the query is running (in a child)
        time.sleep(0.5)
        os.killpg(process.pid, signal.SIGINT)  # a terminal's Ctrl-C reaches the whole group
        _, stderr = process.communicate(timeout=30)
    finally:
        stop(process)
    assert process.returncode == EXIT_INTERRUPTED
    assert stderr.strip() == "mougraph: interrupted"
    assert not alive(helpers)


# --- extract --jobs 2 killed -------------------------------------------------------------

ARTICLES = 120


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from test_interrupt import corpus

    return corpus(tmp_path_factory.mktemp("corpus") / "big.jsonl", range(ARTICLES))


def running_with_workers(big: Path, out: Path) -> tuple[subprocess.Popen[str], set[int]]:
    """``extract --jobs 2`` once it has printed articles, and its processes below it."""
    process = mougraph("extract", big, "--jobs", "2", "--out", out)
    assert process.stdout is not None
    for _ in range(4):  # articles are coming back from the workers
        assert process.stdout.readline(), "the run ended early"
    workers = descendants(process.pid)
    assert len(workers) >= 2, "two workers (and the process that forks them)"
    return process, workers


def gone_soon(pids: set[int], patience: float = 30) -> set[int]:
    """The processes of ``pids`` still alive after ``patience`` seconds at most."""
    deadline = time.monotonic() + patience
    while alive(pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    return alive(pids)


def test_no_worker_outlives_a_kill_9_of_its_run(big: Path, tmp_path: Path) -> None:
    process, workers = running_with_workers(big, tmp_path)
    try:
        process.kill()  # SIGKILL: nothing of the parent runs after it
        process.wait(timeout=30)
        assert gone_soon(workers) == set()
    finally:
        for pid in alive(workers):
            os.kill(pid, signal.SIGKILL)
        stop(process)


def test_sigterm_stops_a_run_like_ctrl_c_and_its_workers_with_it(big: Path,
                                                                 tmp_path: Path) -> None:
    process, workers = running_with_workers(big, tmp_path)
    try:
        process.terminate()  # SIGTERM to the parent only, as `kill PID` or a supervisor does
        process.wait(timeout=60)
        assert gone_soon(workers) == set()
        _, stderr = process.communicate(timeout=30)
    finally:
        for pid in alive(workers):
            os.kill(pid, signal.SIGKILL)
        stop(process)
    assert process.returncode == 128 + signal.SIGTERM
    assert "Traceback" not in stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("mougraph: terminated (SIGTERM) after ")
    assert last.endswith(f"{tmp_path / 'graph.trig'} is as the previous run left it; run the "
                         "same command again to complete it")
