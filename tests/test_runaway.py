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
