"""Who is using an output folder's store, and whether the last run that wrote it finished.

Two small files under ``OUT/store/``, both written by writers only:

- ``writer.lock``: a writer (``extract``, ``dump``, ``aliases``) holds an exclusive
  ``flock`` on it while the store is open. A reader asks for a shared lock without
  waiting and lets it go at once: refused means a run is writing now. Readers never
  create or write it, and never hold it long enough to delay a writer.
- ``unfinished-run``: made before a run's first change to the store, removed once
  ``graph.trig``/``graph.ttl`` have been written from it. Present while no writer holds
  the lock: the last run was interrupted (Ctrl-C, ``kill -9``, a full disk), and the store
  holds more than the graph files. Every reader says so (a ``StoreNotice``).

While a run writes, readers do not open its store (RocksDB read-only beside a writer is
undefined behaviour): they read the last complete run, ``graph.trig``, into memory.
"""
from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no writer detection, readers read the store
    fcntl = None  # type: ignore[assignment]

WRITER_LOCK = "writer.lock"
UNFINISHED = "unfinished-run"


class WriterLock:
    """The writer's claim on a store folder, held until ``release``."""

    def __init__(self, folder: Path) -> None:
        self._fd: int | None = os.open(folder / WRITER_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        if fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_EX)  # readers only ever hold it for an instant

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None


def writer_active(folder: Path) -> bool:
    """Whether a writer holds ``folder``'s store now (the lock file is never created here)."""
    if fcntl is None:
        return False
    try:
        fd = os.open(folder / WRITER_LOCK, os.O_RDONLY)
    except OSError:
        return False  # no lock file: no writer since this mougraph version made the store
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # also releases the shared lock, if it was granted
    return False


def mark_unfinished(folder: Path) -> None:
    (folder / UNFINISHED).touch()


def clear_unfinished(folder: Path) -> None:
    (folder / UNFINISHED).unlink(missing_ok=True)


def unfinished(folder: Path) -> bool:
    return (folder / UNFINISHED).exists()


def unfinished_notice(out: Path) -> str:
    return (f"{out}: the store holds an unfinished run (interrupted before "
            f"{out / 'graph.trig'} was written); these results include it. Run the same "
            f"'mougraph extract' again to finish it, or 'mougraph dump --out {out}' to keep "
            "what it holds")


def being_written_notice(out: Path) -> str:
    return (f"{out}: another mougraph run is writing this store; reading "
            f"{out / 'graph.trig'}, the last complete run")


def being_written_error(out: Path) -> str:
    return (f"{out}: the store is being written by another mougraph run and has no complete "
            "run yet; try again when it finishes")


def snapshot(trig: Path) -> ox.Store:
    """``graph.trig`` in an in-memory store (nothing written to disk): each named graph as
    written, the default graph their union, as in the on-disk store."""
    store = ox.Store()
    try:
        store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    except (SyntaxError, OSError) as exc:
        raise ValueError(str(exc).splitlines()[0]) from None
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store
