"""The main job: inputs -> articles -> extraction -> RDF -> the store in the output folder.

It streams: articles are read one at a time, extracted (in ``jobs`` worker processes when
asked), and each article's graph goes to the store as soon as it is ready, so memory does
not grow with the corpus. Results are consumed in input order whatever ``jobs`` is, so the
output is the same for any number of workers.
"""
from __future__ import annotations

import ctypes
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, closing, contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from . import rdf, serialise
from .atomic import process_alive
from .errors import InputError, InputWarning
from .model import Article, Extraction
from .sources import TABLE_READERS, Columns, input_files, read_inputs
from .store import Store

# Articles per task sent to a worker: large enough that pickling and queueing cost little
# next to the analyser (~5 ms an article), small enough to keep workers evenly busy.
CHUNK = 8
# Tasks in flight per worker: keeps every worker fed while bounding memory whatever the
# corpus size (at most jobs * IN_FLIGHT * CHUNK articles are held at once). The main
# process writes to the store in bursts (a batch of 256 articles, a resolution of the
# names so far: ~0.3-0.5 s); the queue must outlast one (64 articles per worker: ~0.9 s).
IN_FLIGHT = 8
# Beyond this many bytes of .jsonl, counting lines for the progress bar's ETA is not cheap.
COUNT_LIMIT = 2 << 30
# Seconds one article's extraction may take (~10 ms is usual; text.py bounds the work on
# pathological text to a few seconds): beyond it the article is a problem, the run goes on.
ARTICLE_SECONDS = 60.0


@dataclass
class Summary:
    articles: int = 0
    agreements: int = 0
    unchanged: int = 0   # articles already in the store exactly as this run would make them
    skipped: int = 0     # of those, the ones not even extracted (same id, same record)
    problems: list[InputError] = field(default_factory=list)   # inputs skipped
    warnings: list[InputError] = field(default_factory=list)   # read, something ignored


@dataclass(frozen=True, slots=True)
class Extracted:
    """One article done by a worker: what the main process stores and reports."""

    extraction: Extraction
    graph: rdf.ArticleGraph   # its triples as sorted N-Triples (bytes: cheap to send back)
    source: str               # ``record_hash`` of the article it came from


@dataclass(frozen=True, slots=True)
class Unchanged:
    """An article the store already holds as extracted from this very record."""

    article_id: str
    agreements: int


def build(inputs: Iterable[Path], out: Path, *, published: dt.date | None = None,
          jobs: int = 1, progress: bool | None = None, strict: bool = False,
          aliases: Path | None = None, columns: Columns | None = None,
          scheduler: str | None = None,
          on_article: Callable[[Extraction], None] | None = None,
          on_problem: Callable[[InputError], None] | None = None,
          on_unchanged: Callable[[str], None] | None = None) -> Summary:
    """Extract every article under ``inputs`` into the store at ``out``.

    ``jobs`` worker processes extract in parallel (0: one per CPU). ``progress`` shows a
    bar on stderr; by default only when stderr is a terminal. Problems (unreadable
    inputs, an article the extractor fails on) are reported through ``on_problem`` and
    collected in the summary (``InputWarning``s apart); they never stop the run, unless
    ``strict``: then the first problem or warning is raised before anything is flushed.
    An article stored from the same record by the same mougraph is not extracted again
    (``on_unchanged`` is told its id).
    ``aliases``: a user alias table for entity resolution (``Store.open``), kept in the store.
    ``columns``: which columns of .csv/.tsv/.xlsx tables hold what (``sources.Columns``).
    ``scheduler``: the address of a Dask scheduler; its workers extract instead of ``jobs``
    local processes (``cluster.extract_on_cluster``), with the same output.
    """
    inputs = list(inputs)
    show = sys.stderr.isatty() if progress is None else progress
    bar = _progress_bar(inputs, show)
    # with a live bar, lines printed to the same terminal would tear it: clear it first
    printing = bar.external_write_mode if show and sys.stdout.isatty() else nullcontext
    try:
        # closing(): on an error or Ctrl-C the workers stop now, not when the traceback goes
        with Store.open(out, create=True, aliases=aliases) as store, \
                closing(_extracted(inputs, store, jobs=jobs, scheduler=scheduler,
                                   published=published, columns=columns)) as results:
            run = _Tally(store, strict, printing, on_article, on_problem, on_unchanged)
            for item in results:
                bar.update()
                run.take(item)
            store.flush()
    finally:
        bar.close()
    return run.summary


@dataclass
class _Tally:
    """A run's results as they come: each new graph into the store, each result counted in
    the summary and told to the caller (printed without tearing the progress bar)."""

    store: Store
    strict: bool
    printing: Callable[[], AbstractContextManager[Any]]
    on_article: Callable[[Extraction], None] | None
    on_problem: Callable[[InputError], None] | None
    on_unchanged: Callable[[str], None] | None
    summary: Summary = field(default_factory=Summary)

    def take(self, item: _Done) -> None:
        if isinstance(item, Unchanged):
            self._unchanged(item)
        elif isinstance(item, InputError):
            self._problem(item)
        else:
            self._extracted(item)

    def _unchanged(self, item: Unchanged) -> None:
        self.summary.articles += 1
        self.summary.unchanged += 1
        self.summary.skipped += 1
        self.summary.agreements += item.agreements
        if self.on_unchanged:
            with self.printing():
                self.on_unchanged(item.article_id)

    def _problem(self, item: InputError) -> None:
        if self.strict:
            raise item
        (self.summary.warnings if isinstance(item, InputWarning)
         else self.summary.problems).append(item)
        if self.on_problem:
            with self.printing():
                self.on_problem(item)

    def _extracted(self, item: Extracted) -> None:
        extraction = item.extraction
        if not self.store.put(extraction.article.id, item.graph, source=item.source):
            self.summary.unchanged += 1
        self.summary.articles += 1
        self.summary.agreements += len(extraction.agreements)
        if self.on_article:
            with self.printing():
                self.on_article(extraction)


def _extracted(inputs: list[Path], store: Store, *, jobs: int, scheduler: str | None,
               published: dt.date | None, columns: Columns | None
               ) -> Generator[_Done, None, None]:
    """The run's results in input order: on a Dask cluster when ``scheduler`` is given
    (its workers read the inputs), else in ``jobs`` local processes; either way skipping
    the records the store already holds."""
    if scheduler:
        from .cluster import extract_on_cluster

        return extract_on_cluster(inputs, scheduler, published=published, columns=columns,
                                  stored=store)
    items = read_inputs(inputs, published=published, columns=columns)
    return extract_all(_new_only(items, store), jobs=jobs)


def _new_only(items: Iterable[Article | InputError], store: Store
              ) -> Iterator[Article | InputError | Unchanged]:
    """The articles the store does not already hold as extracted from the same record
    (``Unchanged`` for the others). An id extracted earlier in this run is never skipped:
    a later duplicate record must replace it."""
    extracted: set[str] = set()
    for item in items:
        if isinstance(item, Article) and item.id not in extracted:
            agreements = store.unchanged(item.id, record_hash(item))
            if agreements is not None:
                yield Unchanged(item.id, agreements)
                continue
            extracted.add(item.id)
        yield item


def record_hash(article: Article) -> str:
    """A fingerprint of what an article's extraction depends on: the record's fields and
    this mougraph (its code and lexicons) with its analyser's version."""
    fields = [article.id, article.text, article.url, article.title,
              article.published.isoformat() if article.published else None, article.publisher]
    digest = hashlib.sha256(_code_fingerprint().encode())
    digest.update(json.dumps(fields, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


# what an extraction depends on: code, lexicons, queries and the learned people and party models
_EXTRACTION_FILES = {".py", ".tsv", ".txt", ".rq", ".crfsuite", ".json"}


@cache
def _code_fingerprint() -> str:
    from importlib.metadata import version

    root = Path(__file__).parent
    digest = hashlib.sha256(version("kiwipiepy").encode())
    for path in sorted(root.rglob("*")):
        if path.suffix in _EXTRACTION_FILES and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


_Item = Article | InputError | Unchanged
_Done = Extracted | InputError | Unchanged


def extract_all(items: Iterable[_Item], *, jobs: int = 1) -> Generator[_Done, None, None]:
    """Each article's extraction (or the problem that stopped it), in input order;
    anything that is not an ``Article`` passes through in its place.

    Lazy and bounded: ``items`` is consumed only as fast as results are taken, so a
    generator over a corpus of any size is never materialised.
    """
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        for item in items:
            yield extract_record(item) if isinstance(item, Article) else item
        return
    yield from _extract_parallel(items, jobs)


def extract_record(article: Article) -> Extracted | InputError:
    """One record -> its extraction and its serialised graph (the unit of work a worker,
    or any other executor, runs); a failure is an ``InputError`` naming the record."""
    # one article the extractor cannot handle is a problem to report, not the end of a corpus
    try:
        with _time_budget(ARTICLE_SECONDS):
            extraction = _extractor()(article)
    except _OverBudget:
        return InputError(article.source or article.id, f"extraction took longer than "
                          f"{ARTICLE_SECONDS:g} s; skipped")
    except Exception as exc:  # noqa: BLE001 - any failure is reported with its reason
        return InputError(article.source or article.id,
                          f"extraction failed ({type(exc).__name__}: {exc})")
    try:
        graph = rdf.article_graph(extraction)
    except ValueError as exc:  # a term no RDF store can hold: this article only
        return InputError(article.source or article.id,
                          f"cannot be stored ({' '.join(str(exc).split())})")
    # rendered here, in the worker: the store keeps it unless resolution renames something
    graph.segment = serialise.segment(str(rdf.article_iri(article.id)), graph.lines())
    return Extracted(extraction, graph, record_hash(article))


extract: Callable[[Article], Extraction]  # bound by ``_extractor`` on first use


def _extractor() -> Callable[[Article], Extraction]:
    """``extract.extract``, imported on first use: the main process of a run with workers
    never extracts, and importing the rules (~0.3 s) would delay starting the workers."""
    global extract
    try:
        return extract
    except NameError:
        from .extract import extract as found

        extract = found
        return found


def __getattr__(name: str) -> Any:
    if name == "extract":  # ``pipeline.extract`` before the first extraction
        return _extractor()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _OverBudget(BaseException):
    """An article's extraction ran out of time (BaseException: no rule's ``except`` eats it)."""


@contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """Raise ``_OverBudget`` in the block after ``seconds`` of wall time (SIGALRM; only in
    a main thread, as in the CLI and in workers; elsewhere the block runs unbounded)."""
    if threading.current_thread() is not threading.main_thread() or \
            not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# A pending slot in input order: a worker's future, or an item already known here.
_Pending = Future | InputError | Unchanged
# What a worker sends back per article: the result, or (where, reason) of a failure.
# (InputError itself does not survive pickling: its __init__ takes two arguments.)
_Result = Extracted | tuple[str, str]


def _extract_parallel(items: Iterable[_Item], jobs: int) -> Iterator[_Done]:
    pending: deque[_Pending] = deque()
    batch: list[Article] = []
    with _pool(jobs) as pool:
        try:
            for item in items:
                if not isinstance(item, Article):
                    if batch:
                        pending.append(_submit(pool, batch))
                        batch = []
                    pending.append(item)
                else:
                    batch.append(item)
                    if len(batch) == CHUNK:
                        pending.append(_submit(pool, batch))
                        batch = []
                # bounded: wait for the oldest task before reading further
                while len(pending) >= jobs * IN_FLIGHT:
                    yield from _results(pending.popleft())
            if batch:
                pending.append(_submit(pool, batch))
            while pending:
                yield from _results(pending.popleft())
        except BaseException:
            # Ctrl-C, SIGTERM, a closed consumer or a failure: drop queued work, stop the
            # workers now rather than after the articles they are on
            _stop_workers(pool)
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _submit(pool: ProcessPoolExecutor, batch: list[Article]) -> Future:
    # the pool starts a worker inside submit: a Ctrl-C landing after the fork server forked
    # it and before the pool recorded it left a worker nobody stopped, starting up after
    # the run had ended (a traceback under the one-line message)
    with _signals_held():
        return pool.submit(_extract_chunk, batch)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C (and SIGTERM) arriving in the block take effect when it ends (only in the
    main thread, the one Python runs signal handlers in)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = {number: signal.signal(number, lambda signum, _frame: held.append(signum))
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for signum in dict.fromkeys(held):
            signal.raise_signal(signum)  # as its own handler would have taken it


def _results(slot: _Pending) -> Iterator[_Done]:
    if not isinstance(slot, Future):
        yield slot
        return
    for result in slot.result():
        yield from_worker(result)


def from_worker(result: _Result) -> Extracted | InputError:
    """What ``_extract_chunk`` sent back for one article, as the main process uses it."""
    return InputError(*result) if isinstance(result, tuple) else result


def _pool(jobs: int) -> ProcessPoolExecutor:
    """``jobs`` worker processes that ignore Ctrl-C and die with this process."""
    return ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_worker_start,
                               initargs=(os.getpid(),))


def _context() -> Any:
    # a clean process per worker (not a fork of a parent that may hold a Kiwi and threads)
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    _start_forkserver()
    return multiprocessing.get_context("forkserver")


def _start_forkserver() -> None:
    """Start multiprocessing's fork server with SIGINT blocked: a mask that it, and every
    worker it forks, inherits. Ctrl-C reaches the whole process group; without the mask it
    could land in the fork server while it imports (a traceback, no workers) or in a worker
    before ``_worker_start`` ignores it. Blocked here for a moment, not ignored: a Ctrl-C
    meanwhile still reaches this process."""
    from multiprocessing import forkserver, resource_tracker

    resource_tracker.ensure_running()  # first: it unblocks SIGINT when it has started
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _worker_start(run: int) -> None:
    # Ctrl-C is the parent's to handle: workers would otherwise each print a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with(run)
    from .morph import analyser

    _extractor()  # import the rules and load the Kiwi model now, while the parent reads
    analyser()


# --- worker lifetime --------------------------------------------------------------------

def _die_with(run: int) -> None:
    """End this worker as soon as the run (process ``run``) ends, however it ends.

    A worker's parent is the process that forked it (the forkserver), which exits when
    the run does; on Linux the kernel then kills the worker (``PR_SET_PDEATHSIG``).
    Elsewhere, and as a second guard, a thread looks twice a second whether the run or
    the forkserver is gone. Without this a ``kill -9`` of the run left workers (~360 MB
    each) finishing queued work for minutes.
    """
    spawner = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass  # no prctl: the thread below still watches

    def watch() -> None:
        while os.getppid() == spawner and process_alive(run):
            time.sleep(0.5)
        os._exit(1)  # the run is gone: nobody wants what this worker would produce

    threading.Thread(target=watch, name="mougraph-watch-run", daemon=True).start()


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's workers at once (their results are not wanted any more).

    A worker killed while sending a result leaves half a message in the result pipe; the
    pool's manager thread, having read its length, waits for the rest as long as a write
    end of the pipe is open, and ``pool.shutdown`` waits for that thread: Ctrl-C then
    never ended the run. The killed workers hold the other write ends; closing this
    process's own (it never writes) turns the half message into an end of file, which the
    pool takes for a broken worker and cleans up after. Closed first: a second Ctrl-C
    landing among the kills cannot leave a killed worker's half message waited for.
    """
    _close_result_writer(pool)
    kill = getattr(pool, "kill_workers", None)  # public since Python 3.14
    if kill is not None:
        kill()  # it also shuts the pool down, not waiting: Python's exit waits instead
    else:
        _kill_each_worker(pool)


def _close_result_writer(pool: ProcessPoolExecutor) -> None:
    """Close this process's write end of the pool's result pipe. No public call does
    (3.14's ``kill_workers`` neither): ``_result_queue._writer`` is private, checked on
    3.11.7; where a Python lacks it, nothing is closed (Ctrl-C still ends the run, unless
    a worker dies halfway through sending a result)."""
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        writer.close()


def _kill_each_worker(pool: ProcessPoolExecutor) -> None:
    """Before Python 3.14 (no ``kill_workers``): kill each process of the private
    ``_processes`` (checked on 3.11.7). Where it is missing, no worker is killed here:
    ``shutdown`` then waits for each to finish the articles in hand."""
    processes = getattr(pool, "_processes", None)
    for process in list(processes.values() if isinstance(processes, dict) else ()):
        try:
            process.kill()
        except (OSError, AttributeError):
            pass


def _extract_chunk(articles: list[Article]) -> list[_Result]:
    results: list[_Result] = []
    for article in articles:
        result = extract_record(article)
        results.append((result.where, result.reason) if isinstance(result, InputError)
                       else result)
    return results


# --- progress --------------------------------------------------------------------------

def _progress_bar(inputs: list[Path], show: bool) -> Any:
    from tqdm import tqdm

    total = _count_records(inputs) if show else None
    return tqdm(total=total, disable=not show, file=sys.stderr, unit=" articles",
                dynamic_ncols=True, smoothing=0.05, mininterval=0.5)


def _count_records(inputs: list[Path]) -> int | None:
    """How many records ``inputs`` hold, when that is cheap to know (else None: rate only)."""
    files: list[Path] = []
    for path in inputs:
        if path.is_dir():
            files += input_files(path)  # the files read_inputs will read, no others
        elif path.is_file():
            files.append(path)
    jsonl = [p for p in files if p.suffix.lower() == ".jsonl"]
    if any(p.suffix.lower() in TABLE_READERS for p in files):
        return None  # rows of a table are not worth counting twice
    try:
        if sum(p.stat().st_size for p in jsonl) > COUNT_LIMIT:
            return None
        return len(files) - len(jsonl) + sum(_count_lines(p) for p in jsonl)
    except OSError:
        return None


def _count_lines(path: Path) -> int:
    lines, last = 0, b"\n"
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            lines += block.count(b"\n")
            last = block[-1:]
    return lines + (last != b"\n")
