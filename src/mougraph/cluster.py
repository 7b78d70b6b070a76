"""Extraction on a Dask cluster: ``mougraph extract … --scheduler tcp://HOST:PORT``.

The client (this process) cuts the inputs into bounded partitions, the cluster's workers
read and extract them, and the results come back here, in input order, to be loaded into
the store exactly as a local run loads them: the output is byte-identical whatever the
number of workers.

- **Partitions.** ``.txt``/``.json`` files go ``PARTITION_RECORDS`` files to a partition;
  a ``.jsonl`` file is cut at line boundaries into ranges of at most ``PARTITION_RECORDS``
  lines or ``PARTITION_BYTES`` bytes (a small one stays whole); a ``.csv``/``.tsv``/
  ``.xlsx`` table is one partition.
- **Read where the files are.** When every worker sees the input files (a shared file
  system: same path, same size and modification time), a partition is only a name and a
  byte range, and the worker reads it with the same rules and messages as a local run
  (``sources.read_file``, ``sources.jsonl_records``). Otherwise the client reads the
  inputs and ships the articles.
- **The same worker function.** A worker extracts a partition's articles with
  ``pipeline._extract_chunk``, the function the local ``--jobs N`` pool runs, and sends
  back what it returns, so both paths give the store the same results.
- **One Kiwi per worker process**: ``morph.analyser()`` is lazy and cached per process
  (Kiwi does not pickle), and a process-wide lock keeps threads of one worker from using
  it at once: run workers with ``--nthreads 1``, one process per core.
- **Retried.** Tasks are pure (a partition always gives the same result), so a partition
  whose worker dies is run again on another worker by the scheduler; one that kills
  workers again and again (``distributed.scheduler.allowed-failures``) is reported as a
  problem and the run goes on.
- **Bounded.** At most ``IN_FLIGHT`` partitions per worker thread are submitted at a time.
- **Unchanged records skipped.** As in a local run, a record the store already holds as
  extracted from the same record (``pipeline.record_hash``) is not extracted again: the
  workers get the stored hashes (short fingerprints, broadcast once) and send such records
  back unextracted; the client checks each against the store and says ``Unchanged`` (or,
  for an id extracted earlier in this run, extracts it itself, as a local run would).

``dask``/``distributed`` are an optional extra: ``pip install 'mougraph[dask]'`` on the
client and on every worker.
"""
from __future__ import annotations

import datetime as dt
import io
import logging
import os
import threading
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .errors import InputError, InputWarning, MougraphError
from .model import Article

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Extracted, Unchanged
    from .store import Store
from .sources import (
    NO_RECORDS,
    Columns,
    SeenIds,
    duplicate_warning,
    files_of,
    jsonl_records,
    read_file,
    read_inputs,
)

PARTITION_RECORDS = 64         # ~0.5 s of extraction: scheduling costs ~1 ms a task
PARTITION_BYTES = 4 << 20      # a .jsonl range holds at most this many bytes (one line aside)
IN_FLIGHT = 3                  # partitions submitted per worker thread
CONNECT_TIMEOUT = 20           # seconds to reach the scheduler and to see a worker


# --- partitions ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Files:
    """Whole ``.txt``/``.json`` (or small ``.jsonl``) files: (path to open, name in messages)."""
    files: tuple[tuple[str, str], ...]

    @property
    def where(self) -> str:
        more = f" (and {len(self.files) - 1} more files)" if len(self.files) > 1 else ""
        return self.files[0][1] + more


@dataclass(frozen=True)
class Lines:
    """Lines ``first``… of a ``.jsonl`` file, bytes ``start`` to ``end``."""
    path: str
    name: str
    start: int
    end: int
    first: int
    lines: int
    last: bool  # the file's last range: its record count is known when this one is back

    @property
    def where(self) -> str:
        return f"{self.name}:{self.first}-{self.first + self.lines - 1}"


@dataclass(frozen=True)
class Shipped:
    """Articles the client read itself (the workers do not see the files)."""
    articles: tuple[Article, ...]

    @property
    def where(self) -> str:
        return self.articles[0].source or self.articles[0].id


Partition = Files | Lines | Shipped
# What a worker sends back per item, in input order (plain tuples: InputError does not
# pickle): ("problem", where, reason, is_warning) or ("article", id, source, result) with
# result what pipeline._extract_chunk returned for it; and the records a Lines range held.
Entry = tuple[Any, ...]


def plan(inputs: Iterable[Path], *, on_workers: bool, published: dt.date | None = None,
         columns: Columns | None = None, records: int = PARTITION_RECORDS,
         size: int = PARTITION_BYTES) -> Iterator[Partition | InputError]:
    """The partitions of ``inputs`` in input order, and the problems found listing them.

    ``on_workers``: partitions name files for the workers to read; otherwise the articles
    are read here (``read_inputs``, with its duplicate warnings) and shipped.
    """
    if not on_workers:
        batch: list[Article] = []
        for item in read_inputs(inputs, published=published, columns=columns):
            if isinstance(item, Article):
                batch.append(item)
            if batch and (isinstance(item, InputError) or len(batch) == records):
                yield Shipped(tuple(batch))
                batch = []
            if isinstance(item, InputError):
                yield item
        if batch:
            yield Shipped(tuple(batch))
        return
    files: list[tuple[str, str]] = []
    for path in inputs:
        for found in files_of(Path(path)):
            whole = isinstance(found, Path) and found.suffix.lower() != ".jsonl"
            if isinstance(found, Path) and whole:
                files.append((str(found.absolute()), str(found)))
            if files and (not whole or len(files) == records):
                yield Files(tuple(files))
                files = []
            if isinstance(found, InputError):
                yield found
            elif not whole:
                yield from _jsonl_ranges(found, records, size)
    if files:
        yield Files(tuple(files))


def _jsonl_ranges(path: Path, records: int, size: int) -> Iterator[Partition]:
    """A .jsonl file cut at line boundaries; whole when it is small or not splittable."""
    name, absolute = str(path), str(path.absolute())
    try:
        ranges = list(_line_ranges(absolute, records, size))
    except OSError:
        ranges = []  # the worker's read_file reports why it cannot be read
    if len(ranges) <= 1:
        yield Files(((absolute, name),))
        return
    for index, (start, end, first, lines) in enumerate(ranges):
        yield Lines(absolute, name, start, end, first, lines, last=index == len(ranges) - 1)


def _line_ranges(path: str, records: int, size: int) -> Iterator[tuple[int, int, int, int]]:
    """(start, end, first line, line count) of consecutive ranges of whole lines."""
    with open(path, "rb") as stream:
        if stream.read(2) in (b"\xff\xfe", b"\xfe\xff"):
            return  # UTF-16: read whole, so the worker gives the usual message
        stream.seek(0)
        start = offset = tail = 0
        first, lines = 1, 0
        while block := stream.read(1 << 20):
            at = 0
            while (newline := block.find(b"\n", at)) >= 0:
                at = newline + 1
                lines += 1
                if lines == records or offset + at - start >= size:
                    yield start, offset + at, first, lines
                    start, first, lines = offset + at, first + lines, 0
            offset += len(block)
            tail = len(block) - at  # the unfinished line's bytes so far
        if offset > start:
            yield start, offset, first, lines + (tail > 0)


# --- on a worker ---------------------------------------------------------------------------

_KIWI = threading.Lock()  # one Kiwi per process; one thread at a time uses it


def fingerprint(digest: str) -> int:
    """A record hash shortened to 64 bits: what workers compare (the client checks the
    whole hash, so a collision only costs an extraction)."""
    return int(digest[:16], 16)


def run_partition(part: Partition, published: dt.date | None, columns: Columns | None = None,
                  stored: frozenset[int] | None = None) -> tuple[list[Entry], int]:
    """Read and extract one partition (on a worker): its entries in input order, and the
    number of records a ``Lines`` range held (for the "no records" check of its file).
    A record whose hash's ``fingerprint`` is in ``stored`` comes back unextracted."""
    from .pipeline import _extract_chunk, record_hash

    records = 0
    if isinstance(part, Shipped):
        items: list[Article | InputError] = list(part.articles)
    elif isinstance(part, Files):
        items = [item for absolute, name in part.files
                 for item in read_file(Path(absolute), published, columns=columns, where=name)]
    else:
        with open(part.path, "rb") as handle:
            reader = jsonl_records(_byte_range(handle, part.start, part.end), part.name,
                                   published, first_line=part.first)
            items, records = _drain(reader)
    kept = {index for index, item in enumerate(items) if isinstance(item, Article)
            and stored and fingerprint(record_hash(item)) in stored}
    articles = [item for index, item in enumerate(items)
                if isinstance(item, Article) and index not in kept]
    with _KIWI:
        results = iter(_extract_chunk(articles))
    entries: list[Entry] = []
    for index, item in enumerate(items):
        if isinstance(item, Article):
            entries.append(("stored", item.id, item.source, item) if index in kept else
                           ("article", item.id, item.source, next(results)))
        else:
            entries.append(("problem", item.where, item.reason,
                            isinstance(item, InputWarning)))
    return entries, records


def _drain(reader: Generator[Article | InputError, None, int]
           ) -> tuple[list[Article | InputError], int]:
    items: list[Article | InputError] = []
    while True:
        try:
            items.append(next(reader))
        except StopIteration as done:
            return items, done.value


class _Range(io.RawIOBase):
    """Bytes ``start`` to ``end`` of an open file, read in bounded pieces."""

    def __init__(self, handle: IO[bytes], start: int, end: int) -> None:
        handle.seek(start)
        self._handle, self._left = handle, end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._handle.read(min(len(buffer), self._left))
        buffer[:len(data)] = data
        self._left -= len(data)
        return len(data)


def _byte_range(handle: IO[bytes], start: int, end: int) -> IO[bytes]:
    return io.BufferedReader(_Range(handle, start, end))


def _sees(files: list[tuple[str, int | None, int | None]]) -> bool:
    """On a worker: does it see these paths as the client does (size, mtime; None: folder)?"""
    for path, size, mtime in files:
        try:
            stat = os.stat(path)
        except OSError:
            return False
        if size is not None and (stat.st_size, stat.st_mtime_ns) != (size, mtime):
            return False
    return True


# --- on the client -------------------------------------------------------------------------

def extract_on_cluster(inputs: Iterable[Path], scheduler: str, *,
                       published: dt.date | None = None, columns: Columns | None = None,
                       on_workers: bool | None = None,
                       records: int = PARTITION_RECORDS, stored: Store | None = None
                       ) -> Generator[Extracted | InputError | Unchanged, None, None]:
    """Each article's extraction (or the problem with it), in input order, from the
    cluster at ``scheduler``: what ``pipeline.extract_all`` yields for a local run.

    ``on_workers``: whether workers read the files (default: when they all see them).
    ``stored``: the store the run goes to; its unchanged records are not extracted.
    """
    inputs = list(inputs)
    client = connect(scheduler)
    levels = _quiet_dask_logs()
    try:
        if on_workers is None:
            on_workers = _workers_see(client, inputs)
        threads = sum(client.nthreads().values()) or 1
        parts = plan(inputs, on_workers=on_workers, published=published, columns=columns,
                     records=records)
        known = frozenset(map(fingerprint, stored.input_hashes())) if stored else None
        # broadcast once (not pickled into every task); in a list, or Dask would scatter
        # each element of the set apart; None when nothing can be skipped
        shared = client.scatter([known], broadcast=True)[0] if known else None
        reading = (published, columns, shared)
        results = _Results(client, on_workers, stored)
        yield from _ordered(client, parts, reading, threads * IN_FLIGHT, results)
    finally:
        client.close()
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def _quiet_dask_logs() -> dict[str, int]:
    """Dask logs its own tracebacks (a lost connection, a dead worker) on stderr; here each
    problem is one line of ours, so its loggers keep to critical records during a run.
    Returns their levels before."""
    names = ["distributed", *(n for n in logging.root.manager.loggerDict
                              if n.startswith("distributed."))]
    levels = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return levels


def connect(scheduler: str) -> Any:
    """A ``distributed.Client`` on ``scheduler`` with at least one worker, or a one-line error."""
    try:
        from distributed import Client
    except ImportError:
        raise MougraphError("--scheduler needs Dask: pip install 'mougraph[dask]' (here and "
                            "on every worker)") from None
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = " ".join(str(exc).split())[:200]
        raise MougraphError(f"{scheduler}: cannot reach the Dask scheduler ({reason})") from None
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except TimeoutError:
        client.close()
        raise MougraphError(f"{scheduler}: no Dask worker joined within "
                            f"{CONNECT_TIMEOUT} s") from None
    return client


def _workers_see(client: Any, inputs: list[Path]) -> bool:
    """Whether every worker sees the inputs (the top-level paths and the first file of
    each folder) as the client does."""
    probe: list[tuple[str, int | None, int | None]] = []
    for path in inputs:
        candidates = [path]
        if path.is_dir():
            candidates.append(next((f for f in files_of(path) if isinstance(f, Path)), path))
        for candidate in candidates:
            try:
                stat = candidate.stat()
            except OSError:
                continue  # missing: reported by the plan, on either side
            folder = candidate.is_dir()
            probe.append((str(candidate.absolute()), None if folder else stat.st_size,
                          None if folder else stat.st_mtime_ns))
    try:
        answers = client.run(_sees, probe)
    except Exception as exc:  # noqa: BLE001 - e.g. mougraph missing on a worker
        raise MougraphError(f"the Dask workers cannot run mougraph ({type(exc).__name__}: "
                            f"{exc}); install mougraph[dask] on every worker") from None
    return bool(answers) and all(answers.values())


def _ordered(client: Any, parts: Iterable[Partition | InputError], reading: tuple[Any, ...],
             limit: int, results: _Results) -> Iterator[Extracted | InputError | Unchanged]:
    pending: deque[tuple[Partition, Any] | InputError] = deque()
    try:
        for part in parts:
            pending.append(part if isinstance(part, InputError) else
                           (part, client.submit(run_partition, part, *reading, pure=True)))
            while len(pending) >= limit:
                yield from results.of(pending.popleft())
        while pending:
            yield from results.of(pending.popleft())
    finally:
        for slot in pending:  # Ctrl-C or a closed consumer: drop the queued work
            if not isinstance(slot, InputError):
                slot[1].cancel()


class _Results:
    """Turns partitions' entries into the items a local run yields, in order: duplicate-id
    warnings and the "no records" problem of a split .jsonl are decided here, where every
    record passes."""

    def __init__(self, client: Any, dedupe: bool, stored: Store | None = None) -> None:
        self._client = client
        self._address = str(getattr(client.scheduler, "address", "the cluster"))
        self._seen = SeenIds() if dedupe else None
        self._records = 0  # records so far in the split .jsonl being read
        self._stored = stored
        self._extracted: set[str] = set()  # ids extracted in this run: never skipped again

    def of(self, slot: tuple[Partition, Any] | InputError
           ) -> Iterator[Extracted | InputError | Unchanged]:
        from .pipeline import Unchanged, from_worker

        if isinstance(slot, InputError):
            yield slot
            return
        part, future = slot
        try:
            entries, records = future.result()
        except Exception as exc:  # noqa: BLE001 - a partition lost is reported, not fatal
            if self._client.status != "running":   # the scheduler is gone: so is the run
                raise MougraphError(f"{self._address}: lost the Dask scheduler; the graph "
                                    "files are as the previous run left them") from None
            yield InputError(part.where, f"lost on the cluster ({_reason(exc)})")
            entries, records = [], 1
        for entry in entries:
            if entry[0] == "problem":
                kind = InputWarning if entry[3] else InputError
                yield kind(entry[1], entry[2])
                continue
            kind, ident, source, result = entry
            earlier = self._seen.remember(ident, source) if self._seen else None
            if earlier is not None:
                yield duplicate_warning(ident, source, earlier)
            done = self._stored_or_new(result) if kind == "stored" else from_worker(result)
            if not isinstance(done, Unchanged):
                self._extracted.add(ident)
            yield done
        if isinstance(part, Lines):
            self._records += records
            if part.last:
                if not self._records:
                    yield InputError(part.name, NO_RECORDS)
                self._records = 0


    def _stored_or_new(self, article: Article) -> Extracted | InputError | Unchanged:
        """A record a worker found in the store: ``Unchanged`` when the store holds it as
        extracted from exactly this record and no earlier record of this run had its id
        (as ``pipeline._new_only`` decides), else extracted here."""
        from .pipeline import Unchanged, extract_record, record_hash

        if self._stored is not None and article.id not in self._extracted:
            agreements = self._stored.unchanged(article.id, record_hash(article))
            if agreements is not None:
                return Unchanged(article.id, agreements)
        return extract_record(article)


def _reason(exc: BaseException) -> str:
    name = type(exc).__name__
    if name == "KilledWorker":
        return "its workers died each time it ran"
    return f"{name}: {' '.join(str(exc).split())[:200]}"


__all__ = ["extract_on_cluster", "plan", "run_partition", "connect", "PARTITION_RECORDS"]
