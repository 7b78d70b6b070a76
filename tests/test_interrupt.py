"""A run killed at any moment leaves the previous output whole, and the next run completes it.

``mougraph extract`` runs in a subprocess on a generated corpus and is killed with SIGKILL
(nothing of the process runs after it) or interrupted with SIGINT (Ctrl-C).
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import struct
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, Graph, Literal

from mougraph.model import Agreement, Article, Extraction, Organisation
from mougraph.rdf import SCHEMA, article_iri, article_triples
from mougraph.store import Store

ARTICLES = 80  # enough that extraction takes a few seconds, so a kill lands mid-run
LONGER = 2000  # the Ctrl-C test's corpus: stopped after ~20 of them, whatever the speed

# made-up bodies, cities and subjects: varied enough to exercise extraction, never real news
CITIES = ["한빛시", "누리군", "가람시", "별솔구", "온새미시", "다올군", "미리내시", "하람구"]
BODIES = ["누리대학교", "한솔연구원", "가온진흥원", "새봄병원", "아람전자", "다래재단",
          "초롱협회", "마중학교", "라온은행", "바름공사"]
SUBJECTS = ["인공지능 인재 양성", "관광 활성화", "탄소중립 실현", "지역 일자리 창출",
            "청년 창업 지원", "스마트팜 보급", "문화예술 교류", "재난 안전 대응"]


def article(number: int) -> dict[str, str]:
    city = CITIES[number % len(CITIES)]
    body = BODIES[(number * 3) % len(BODIES)]
    other = BODIES[(number * 7 + 1) % len(BODIES)]
    subject = SUBJECTS[(number * 5) % len(SUBJECTS)]
    day = number % 27 + 1
    text = (f"{city}는 {day}일 시청 대회의실에서 {body}, {other}와 {subject}을 위한 업무협약을 "
            f"체결했다고 밝혔다.\n이번 협약에 따라 세 기관은 {subject} 사업을 함께 추진한다.\n"
            f"▲{subject} 공동 연구 ▲전문 인력 교류 ▲시설 공동 활용 등에 협력하기로 했다.\n"
            f"{city}장은 \"{number}번째 협력 사업이 지역 발전의 계기가 되기를 바란다\"고 말했다.")
    return {"id": f"gen-{number:04d}", "text": text, "published": f"2021-03-{day:02d}"}


def corpus(path: Path, numbers: range) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for number in numbers:
            handle.write(json.dumps(article(number), ensure_ascii=False) + "\n")
    return path


def command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "mougraph.cli", "extract", *map(str, args)]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args), capture_output=True, text=True, timeout=300,
                          env=_env())


def start(*args: str | Path) -> subprocess.Popen[str]:
    # its own process group, so Ctrl-C can reach it and its workers as a terminal's would
    return subprocess.Popen(command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_env(), start_new_session=True)


def communicate_or_kill(process: subprocess.Popen[str]) -> tuple[str, str]:
    """The run's output once it ends; a run that does not end in 60 s is killed with its
    group (workers, forkserver) before the test fails, so no process outlives the test."""
    try:
        return process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise


def _env() -> dict[str, str]:
    # no progress bar, no colours: plain lines
    return {**os.environ, "PYTHONUNBUFFERED": "1", "TERM": "dumb"}


def wait_for_lines(process: subprocess.Popen[str], count: int) -> int:
    """Read the per-article lines until ``count`` have been printed (or the run ended)."""
    assert process.stdout is not None
    seen = 0
    while seen < count:
        line = process.stdout.readline()
        if not line:
            break
        seen += 1
    return seen


def parse(path: Path) -> Dataset:
    dataset = Dataset()
    dataset.parse(path, format="trig")
    return dataset


def article_ids(path: Path) -> set[str]:
    return {str(graph.identifier).rsplit("/", 1)[-1] for graph in parse(path).graphs()
            if len(graph) and "/article/" in str(graph.identifier)}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("corpora")
    return {"small": corpus(folder / "small.jsonl", range(10)),
            "big": corpus(folder / "big.jsonl", range(ARTICLES))}


@pytest.fixture(scope="module")
def fresh(corpora: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
          ) -> tuple[Path, float]:
    """The big corpus extracted in one uninterrupted run (what an interrupted one must
    reach), and how many seconds that took."""
    out = tmp_path_factory.mktemp("fresh")
    started = time.monotonic()
    result = run(corpora["big"], "--out", out)
    assert result.returncode == 0, result.stderr
    return out, time.monotonic() - started


@pytest.fixture(scope="module")
def small(corpora: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("small")
    result = run(corpora["small"], "--out", out)
    assert result.returncode == 0, result.stderr
    return out


def previous_output(small: Path, out: Path) -> bytes:
    """A copy of a finished run's output folder in ``out``: the previous output."""
    shutil.copytree(small, out, dirs_exist_ok=True)
    return (out / "graph.trig").read_bytes()


def test_kill_9_mid_run_keeps_the_previous_output_and_the_rerun_completes_it(
        corpora: dict[str, Path], fresh: tuple[Path, float], small: Path, tmp_path: Path
        ) -> None:
    before = previous_output(small, tmp_path)
    before_ttl = (tmp_path / "graph.ttl").read_bytes()

    process = start(corpora["big"], "--out", tmp_path)
    printed = wait_for_lines(process, ARTICLES // 3)
    process.kill()
    process.wait(timeout=60)
    assert printed == ARTICLES // 3, "the run ended before it could be killed mid-way"

    assert (tmp_path / "graph.trig").read_bytes() == before
    assert (tmp_path / "graph.ttl").read_bytes() == before_ttl
    assert article_ids(tmp_path / "graph.trig") == {f"gen-{n:04d}" for n in range(10)}

    result = run(corpora["big"], "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "graph.trig").read_bytes() == (fresh[0] / "graph.trig").read_bytes()
    assert (tmp_path / "graph.ttl").read_bytes() == (fresh[0] / "graph.ttl").read_bytes()
    assert leftovers(tmp_path) == []


def test_kill_9_at_any_moment_leaves_old_or_new_never_half(
        corpora: dict[str, Path], fresh: tuple[Path, float], small: Path, tmp_path: Path
        ) -> None:
    before = previous_output(small, tmp_path)
    before_ttl = (tmp_path / "graph.ttl").read_bytes()
    after = (fresh[0] / "graph.trig").read_bytes()
    after_ttl = (fresh[0] / "graph.ttl").read_bytes()
    duration = fresh[1]
    # moments spread over the run, the final writing of the files included
    for fraction in (0.75, 0.95):
        process = start(corpora["big"], "--out", tmp_path)
        time.sleep(duration * fraction)
        process.kill()
        process.wait(timeout=60)
        now = (tmp_path / "graph.trig").read_bytes()
        assert now in (before, after), f"graph.trig is neither old nor new after {fraction:.0%}"
        parse(tmp_path / "graph.trig")
        assert (tmp_path / "graph.ttl").read_bytes() in (before_ttl, after_ttl)
        assert (now == after) == ((tmp_path / "graph.ttl").read_bytes() == after_ttl), \
            "graph.trig and graph.ttl are from different runs"
        if now == after:
            before, before_ttl = after, after_ttl  # a run that finished is the new "previous"
    # (that the next run completes the output is checked after the mid-run kill above)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_prints_a_one_line_summary_and_keeps_the_previous_output(
        corpora: dict[str, Path], small: Path, tmp_path: Path, jobs: str) -> None:
    before = previous_output(small, tmp_path)
    # a longer corpus than the kill tests': the Ctrl-C must land while articles remain
    longer = corpus(tmp_path.parent / f"longer-{jobs}.jsonl", range(LONGER))
    process = start(longer, "--jobs", jobs, "--out", tmp_path)
    wait_for_lines(process, ARTICLES // 4)
    os.killpg(process.pid, signal.SIGINT)  # the whole group, workers included, as Ctrl-C does
    _, stderr = communicate_or_kill(process)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("mougraph: interrupted after ")
    done = int(last.split("interrupted after ", 1)[1].split()[0])
    assert ARTICLES // 4 <= done < LONGER
    assert f"{tmp_path / 'graph.trig'} is as the previous run left it" in last
    assert (tmp_path / "graph.trig").read_bytes() == before


skip_without_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


def group(pgid: int) -> list[str]:
    """The live processes of process group ``pgid``: each one's command line."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command_line = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue  # ended meanwhile
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(command_line.replace(b"\0", b" ").decode(errors="replace"))
    return found


def outlived(pgid: int) -> list[str]:
    """The processes of a run's group still alive once it has ended (the fork server and
    the resource tracker notice within a moment that their run is gone; workers die with
    the fork server): killed with their group when there are any."""
    for _ in range(100):
        if not (alive := group(pgid)):
            return []
        time.sleep(0.1)
    os.killpg(pgid, signal.SIGKILL)
    return alive


def interrupt(process: subprocess.Popen[str], moment: str) -> None:
    """Ctrl-C at ``moment``: as soon as the run starts its workers (the fork server appears
    in its group), after some articles, or twice in a row after some articles."""
    if moment == "workers starting":
        while process.poll() is None and not any("forkserver" in c for c in group(process.pid)):
            time.sleep(0.001)
    else:
        wait_for_lines(process, ARTICLES // 4)
    os.killpg(process.pid, signal.SIGINT)
    if moment == "twice":
        os.killpg(process.pid, signal.SIGINT)


@skip_without_proc
@pytest.mark.parametrize("moment", ["workers starting", "mid-run", "twice"])
def test_ctrl_c_ends_a_run_with_workers_whenever_it_comes_and_leaves_no_process_behind(
        corpora: dict[str, Path], small: Path, tmp_path: Path, moment: str) -> None:
    before = previous_output(small, tmp_path)
    longer = corpus(tmp_path.parent / f"longer-{moment[:4]}.jsonl", range(LONGER))
    process = start(longer, "--jobs", "2", "--out", tmp_path)
    interrupt(process, moment)
    _, stderr = communicate_or_kill(process)  # a run that does not end fails here
    assert outlived(process.pid) == []
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1].startswith("mougraph: interrupted")
    assert (tmp_path / "graph.trig").read_bytes() == before


# --- Ctrl-C while the command loads ----------------------------------------------------

MOUGRAPH = Path(sys.executable).with_name("mougraph")  # the console command, as installed


def handles(pid: int, signum: int) -> bool:
    """Whether process ``pid`` has a handler of its own for ``signum`` (/proc: SigCgt)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (signum - 1) & 1)
    return False


def start_command(*args: str | Path, **env: str) -> subprocess.Popen[str]:
    """``mougraph ARGS`` started as a user starts it, returned once the command's entry
    handles Ctrl-C (it takes SIGTERM too from then on, which Python itself leaves alone)."""
    process = subprocess.Popen([MOUGRAPH, *map(str, args)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env={**_env(), **env},
                               start_new_session=True)
    while process.poll() is None and not handles(process.pid, signal.SIGTERM):
        time.sleep(0.001)
    return process


def test_the_console_command_is_the_entry_that_handles_ctrl_c_first() -> None:
    from importlib.metadata import entry_points

    (command,) = entry_points(group="console_scripts", name="mougraph")
    assert command.value == "mougraph.entry:main"


@skip_without_proc
@pytest.mark.parametrize(("signum", "line", "status"), [
    (signal.SIGINT, "mougraph: interrupted", 130),
    (signal.SIGTERM, "mougraph: terminated (SIGTERM)", 143),
], ids=["ctrl-c", "sigterm"])
def test_a_signal_while_the_command_loads_is_the_commands_one_line(
        signum: int, line: str, status: int) -> None:
    # the test hook holds the command in its loading for 30 s: the signal lands there (a
    # command already loaded would print its version and end)
    process = start_command("--version", MOUGRAPH_TEST_IMPORT_SLEEP="30")
    os.killpg(process.pid, signum)
    stdout, stderr = communicate_or_kill(process)
    assert (process.returncode, stdout, stderr) == (status, "", line + "\n")
    assert outlived(process.pid) == []


@skip_without_proc
def test_a_command_started_ignoring_ctrl_c_keeps_ignoring_it_while_it_loads() -> None:
    # as nohup or a shell's background job (``cmd &``) starts it
    process = subprocess.Popen(
        [MOUGRAPH, "--version"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**_env(), "MOUGRAPH_TEST_IMPORT_SLEEP": "2"}, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    while process.poll() is None and not handles(process.pid, signal.SIGTERM):
        time.sleep(0.001)
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = communicate_or_kill(process)
    assert (process.returncode, stderr) == (0, "")
    assert stdout.startswith("mougraph, version")


@skip_without_proc
@pytest.mark.parametrize("after", [0.0, 0.05, 0.2, 0.5, 1.0])
def test_ctrl_c_in_the_first_second_is_one_line_and_leaves_nothing_behind(
        corpora: dict[str, Path], tmp_path: Path, after: float) -> None:
    """Ctrl-C at moments from the command's first line on: the command loading, its
    options read, the run's libraries loading, workers starting, the first articles.
    (Before it, Python starting up prints a traceback of its own, within tens of ms.)"""
    process = start_command("extract", corpora["big"], "--jobs", "2", "--out", tmp_path)
    time.sleep(after)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = communicate_or_kill(process)
    assert "Traceback" not in stderr
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1].startswith("mougraph: interrupted")
    assert outlived(process.pid) == []


def test_workers_killed_while_sending_a_result_do_not_keep_the_pool_from_stopping() -> None:
    """Ctrl-C kills the workers at once; one may be halfway through sending its result
    (a run was found alive an hour after Ctrl-C, waiting for the rest of it)."""
    from mougraph.pipeline import _pool, _stop_workers

    pool = _pool(2)
    assert pool.submit(os.getpid).result() != os.getpid()  # workers up, results being read
    writer = pool._result_queue._writer  # type: ignore[attr-defined]
    # the length of a result and its first bytes, as a worker killed mid-send leaves them
    os.write(writer.fileno(), struct.pack("!i", 1 << 20) + b"half a result")

    def ctrl_c() -> None:
        _stop_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)

    stopping = threading.Thread(target=ctrl_c, daemon=True)
    stopping.start()
    stopping.join(60)
    try:
        assert not stopping.is_alive(), "stopping the pool waits for a result never coming"
    finally:
        writer.close()  # what frees the pool's thread if it did wait (pytest must exit)
        stopping.join()


def started_pool() -> tuple[ProcessPoolExecutor, list[Any]]:
    """A run's pool with its two workers up, and their processes."""
    from mougraph.pipeline import _pool

    pool = _pool(2)
    list(pool.map(time.sleep, [0.2, 0.2]))  # two at once: both workers started
    return pool, list(pool._processes.values())  # type: ignore[union-attr]


def test_ctrl_c_kills_the_workers_with_pythons_own_call_where_there_is_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Python 3.14 has ``kill_workers``: used, not the pool's private list of processes
    (a Python that renames it loses nothing)."""
    from mougraph import pipeline

    called: list[ProcessPoolExecutor] = []

    def kill_workers(self: ProcessPoolExecutor) -> None:
        called.append(self)

    monkeypatch.setattr(ProcessPoolExecutor, "kill_workers", kill_workers, raising=False)
    monkeypatch.setattr(pipeline, "_kill_each_worker", lambda _pool: pytest.fail("private"))
    pool, _ = started_pool()
    try:
        pipeline._stop_workers(pool)
        assert called == [pool]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def test_ctrl_c_kills_the_workers_one_by_one_on_a_python_before_3_14(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from mougraph.pipeline import _stop_workers

    monkeypatch.delattr(ProcessPoolExecutor, "kill_workers", raising=False)
    pool, workers = started_pool()
    try:
        _stop_workers(pool)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    # read after shutdown: the pool's own thread joins the workers once one has died, and
    # two threads joining a forkserver child race for its one exit report (the loser
    # reads 255). That thread may also SIGTERM the second worker before its kill lands;
    # a worker left alone would have exited 0, when the pool's shutdown asked it to.
    first, second = (worker.exitcode for worker in workers)
    assert first == -signal.SIGKILL
    assert second in (-signal.SIGKILL, -signal.SIGTERM)


def _signing_graph() -> Graph:
    extraction = Extraction(
        Article("a", "본문"),
        (Agreement("업무협약", (Organisation("한빛시"), Organisation("누리대학교"))),))
    return article_triples(extraction)


def test_an_article_interrupted_inside_put_is_stored_by_the_next_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    graph = _signing_graph()

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt  # Ctrl-C landing after the graph is written, before its record

    with Store.open(tmp_path, create=True) as store:
        monkeypatch.setattr(Store, "_record", interrupted)
        store.put("a", graph)
        with pytest.raises(KeyboardInterrupt):
            store.flush()
    monkeypatch.undo()
    changed = _signing_graph()
    changed.add((article_iri("a"), SCHEMA.headline, Literal("새 제목", lang="ko")))
    with Store.open(tmp_path) as store:  # the next run, the same article changed meanwhile
        assert store.put("a", changed) is True
        store.flush()
        assert len(store.graph("a")) == len(changed)  # replaced, not merged with the old


# --- atomic writes ----------------------------------------------------------------------

def test_files_written_together_change_together_or_not_at_all(tmp_path: Path) -> None:
    from mougraph.atomic import write_together

    first, second = tmp_path / "graph.trig", tmp_path / "graph.ttl"
    first.write_bytes(b"old trig")
    second.write_bytes(b"old ttl")

    def broken(_handle: object) -> None:
        raise KeyboardInterrupt  # Ctrl-C while the second file is being written

    with pytest.raises(KeyboardInterrupt):
        write_together({first: lambda h: h.write(b"new trig"), second: broken})
    assert (first.read_bytes(), second.read_bytes()) == (b"old trig", b"old ttl")
    assert leftovers(tmp_path) == []
    write_together({first: lambda h: h.write(b"new trig"), second: lambda h: h.write(b"new")})
    assert (first.read_bytes(), second.read_bytes()) == (b"new trig", b"new")
    assert oct(first.stat().st_mode & 0o777) == "0o644"


def test_temporary_files_of_a_killed_run_are_swept(tmp_path: Path) -> None:
    from mougraph.atomic import sweep, write_bytes

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    stale = tmp_path / f".graph.trig.{dead.stdout.strip()}.abc123.tmp"
    stale.write_bytes(b"half a graph")
    mine = tmp_path / f".graph.ttl.{os.getpid()}.xyz789.tmp"  # a live writer's: kept
    mine.write_bytes(b"being written")
    write_bytes(tmp_path / "graph.trig", b"whole")
    assert not stale.exists() and mine.exists()
    assert sweep(tmp_path) == []


def test_an_interrupted_flush_leaves_graph_trig_and_ttl_agreeing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(tmp_path, create=True) as store:
        store.put("a", _signing_graph())
        store.flush()
    before = (tmp_path / "graph.trig").read_bytes(), (tmp_path / "graph.ttl").read_bytes()

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "_write_turtle", interrupted)
    with Store.open(tmp_path) as store:
        graph = _signing_graph()
        graph.add((article_iri("a"), SCHEMA.headline, Literal("새 제목", lang="ko")))
        store.put("a", graph)
        with pytest.raises(KeyboardInterrupt):
            store.flush()
    after = (tmp_path / "graph.trig").read_bytes(), (tmp_path / "graph.ttl").read_bytes()
    assert after == before
