"""Atomic file writes: a reader sees the old file or the new one, never half of one.

Everything mougraph writes goes through here: write a temporary file in the same
folder, flush it to disk, then ``os.replace`` it over the target. A run killed with
``kill -9`` leaves the previous file intact and a hidden ``.NAME.PID.*.tmp`` beside it;
the next write to the same folder removes such leftovers of processes that no longer run.

Files that belong together (``graph.trig`` and ``graph.ttl``) are written with
``atomic_paths``: every temporary file is complete on disk before the first is renamed,
so the window in which one is new and the other old is a few microseconds of renames.
"""
from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

_TMP = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp$")


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; it replaces ``target`` only on success."""
    with atomic_paths([target]) as (tmp,):
        yield tmp


@contextmanager
def atomic_paths(targets: Sequence[Path]) -> Iterator[tuple[Path, ...]]:
    """Temporary paths beside each target; all replace their targets only if the block
    finishes without an exception (then each is synced to disk, then renamed)."""
    targets = [Path(t) for t in targets]
    temps: list[Path] = []
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            sweep(target.parent)
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.",
                                        suffix=".tmp", dir=target.parent)
            os.close(fd)
            temps.append(Path(name))
            # mkstemp makes the file private (0600): give it the target's mode, or the usual
            os.chmod(name, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        yield tuple(temps)
        for tmp in temps:
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
        for tmp, target in zip(temps, targets, strict=True):
            os.replace(tmp, target)
        for folder in {t.parent for t in targets}:
            _sync_folder(folder)
    finally:
        for tmp in temps:
            tmp.unlink(missing_ok=True)


def sweep(folder: Path) -> list[Path]:
    """Remove temporary files left in ``folder`` by mougraph processes that were killed."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TMP.match(entry.name)
        if match and not process_alive(int(match.group(1))):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (when that cannot be told: yes, to be safe)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's) or cannot tell: leave its file alone
    return True


def _sync_folder(folder: Path) -> None:
    # the rename itself must reach the disk for the new file to survive a power cut
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_bytes(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text(target: Path, text: str) -> None:
    write_bytes(target, text.encode("utf-8"))


def write_many(files: dict[Path, bytes]) -> None:
    """Write files that belong together: all are complete on disk before any is replaced."""
    paths = list(files)
    with atomic_paths(paths) as temps:
        for tmp, path in zip(temps, paths, strict=True):
            tmp.write_bytes(files[path])


def write_together(writers: dict[Path, Callable[[IO[bytes]], object]]) -> None:
    """Like ``write_with`` for files that belong together (``graph.trig`` and ``graph.ttl``):
    each writer fills its temporary file; only when all have finished are they renamed, so
    an interruption leaves every target as it was."""
    paths = list(writers)
    with atomic_paths(paths) as temps:
        for tmp, path in zip(temps, paths, strict=True):
            with open(tmp, "wb") as handle:
                writers[path](handle)


def write_with(target: Path, writer: Callable[[IO[bytes]], object]) -> None:
    """Call ``writer`` with a binary handle on the temporary file, then publish it."""
    with atomic_path(target) as tmp, open(tmp, "wb") as handle:
        writer(handle)
