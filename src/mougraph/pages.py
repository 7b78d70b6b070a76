"""Files written from kept pieces, copying from the previous file what has not changed.

``graph.trig`` and ``graph.ttl`` are concatenations of pieces the store keeps in SQLite
tables (an article's segment, a subject's block), in key order. The rows of a table are
grouped in *pages* of consecutive keys (about ``PAGE`` bytes of pieces each); the store
marks a page dirty (``touch``) in the transaction that changes one of its rows. Writing a
file again copies each clean page's bytes from the previous file with
``os.copy_file_range`` (inside the kernel: no SQLite read, no Python objects) and renders
only the dirty pages from their rows. A run that adds a hundred articles to a million
therefore reads a hundred articles' pieces (and their pages' neighbours), not the store.

The previous file is used only when it is the one last written (its size, modification
time and a digest of its last 64 KiB as ``Writer.publish`` recorded them); for any other
file, or none, the whole file is rendered from the rows, as the first time. Either way
the bytes are the rows' pieces in key order, so the file does not depend on how it was
written.
"""
from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

# bytes of pieces per page: the subjects a few articles touch are spread over the whole
# merged graph, so pages are small (a dirty page is rendered whole); runs of clean pages
# are copied in one call
PAGE = 1 << 14
_BUFFER = 1 << 18
_TAIL = 1 << 16  # bytes at the end of a file its stamp reads
# copy_file_range refused (an old kernel, another file system, not Linux): copy by hand
_NO_KERNEL_COPY = {errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EPERM}

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (pieces TEXT NOT NULL, start TEXT NOT NULL,
                                  pos INTEGER NOT NULL, size INTEGER NOT NULL,
                                  dirty INTEGER NOT NULL, PRIMARY KEY (pieces, start));
CREATE TABLE IF NOT EXISTS written (file TEXT PRIMARY KEY, stamp TEXT NOT NULL);
"""


@dataclass(frozen=True)
class Table:
    """A table of pieces: ``key`` orders them, ``piece`` holds their bytes."""

    name: str
    key: str
    piece: str


def touch(db: sqlite3.Connection, table: Table, key: str) -> None:
    """The row ``key`` of ``table`` changed (or was added or removed): its page is dirty."""
    db.execute("UPDATE pages SET dirty = 1 WHERE pieces = ? AND start = "
               "(SELECT MAX(start) FROM pages WHERE pieces = ? AND start <= ?)",
               (table.name, table.name, key))


def forget(db: sqlite3.Connection, table: Table) -> None:
    """Every row of ``table`` may have changed: the next write renders all of it."""
    db.execute("DELETE FROM pages WHERE pieces = ?", (table.name,))


def _stamp(path: Path) -> str:
    """Size, modification time and a digest of the end of the file (a copy made with
    ``cp -a`` keeps all three; an edited or another file does not)."""
    info = path.stat()
    with open(path, "rb") as handle:
        handle.seek(max(0, info.st_size - _TAIL))
        tail = hashlib.sha256(handle.read()).hexdigest()[:16]
    return f"{info.st_size}:{info.st_mtime_ns}:{tail}"


def previous(db: sqlite3.Connection, path: Path) -> int | None:
    """A read-only descriptor of ``path`` when it is the file last written, else None."""
    row = db.execute("SELECT stamp FROM written WHERE file = ?", (path.name,)).fetchone()
    try:
        if row is None or _stamp(path) != row[0]:
            return None
        return os.open(path, os.O_RDONLY)
    except OSError:
        return None


class Writer:
    """Writes one file: literal bytes and tables' pieces, clean pages copied from ``old``
    (a descriptor of the previous file, or None to render every page)."""

    def __init__(self, db: sqlite3.Connection, fd: int, old: int | None) -> None:
        self.db, self.fd, self.old = db, fd, old
        self.pos = 0
        self.pages: list[tuple[str, str, int, int]] = []  # (pieces, start, pos, size)
        self.tables: list[str] = []

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]
        self.pos += len(data)

    def _copy(self, pos: int, size: int) -> None:
        assert self.old is not None
        done = 0
        while done < size:
            copied = self._copy_some(pos + done, size - done)
            if copied == 0:
                raise OSError("the previous file ended before its recorded pages")
            done += copied
        self.pos += size

    def _copy_some(self, pos: int, size: int) -> int:
        assert self.old is not None
        if hasattr(os, "copy_file_range"):
            try:
                return os.copy_file_range(self.old, self.fd, size, pos)
            except OSError as exc:
                if exc.errno not in _NO_KERNEL_COPY:
                    raise
        data = os.pread(self.old, min(size, _BUFFER), pos)
        self.write(data)
        self.pos -= len(data)  # counted by the caller
        return len(data)

    def skip(self, table: Table) -> None:
        """``table`` is not in this file (now): its pages are forgotten."""
        self.tables.append(table.name)

    def table(self, table: Table) -> None:
        """All of ``table``'s pieces, in key order."""
        self.tables.append(table.name)
        kept = self.db.execute("SELECT start, pos, size, dirty FROM pages WHERE pieces = ? "
                               "ORDER BY start", (table.name,)).fetchall()
        if self.old is None or not kept:
            self._render(table, "", None)
            return
        run: list[int] = []  # a run of clean pages, consecutive in the previous file
        for i, (start, pos, size, dirty) in enumerate(kept):
            if run and (dirty or pos != run[0] + run[1]):
                self._copy(*run)
                run = []
            if dirty:
                self._render(table, start, kept[i + 1][0] if i + 1 < len(kept) else None)
                continue
            self.pages.append((table.name, start, self.pos + (run[1] if run else 0), size))
            run = [run[0], run[1] + size] if run else [pos, size]
        if run:
            self._copy(*run)

    def _render(self, table: Table, start: str, end: str | None) -> None:
        """The rows from ``start`` to before ``end``, cut into pages of ``PAGE`` bytes."""
        sql = f"SELECT {table.key}, {table.piece} FROM {table.name} WHERE {table.key} >= ?"
        args: tuple[str, ...] = (start,)
        if end is not None:
            sql, args = sql + f" AND {table.key} < ?", (start, end)
        page, at, size = start, self.pos, 0
        buffer: list[bytes] = []
        held = 0
        for key, piece in self.db.execute(sql + f" ORDER BY {table.key}", args):
            if size >= PAGE:
                self.pages.append((table.name, page, at, size))
                page, at, size = key, at + size, 0
            buffer.append(piece)
            size += len(piece)
            held += len(piece)
            if held >= _BUFFER:
                self.write(b"".join(buffer))
                buffer, held = [], 0
        self.write(b"".join(buffer))
        self.pages.append((table.name, page, at, size))

    def publish(self, path: Path) -> None:
        """After ``path`` replaced the previous file: remember its pages and stamp."""
        self.db.executemany("DELETE FROM pages WHERE pieces = ?",
                            [(name,) for name in self.tables])
        self.db.executemany("INSERT INTO pages VALUES (?, ?, ?, ?, 0)", self.pages)
        self.db.execute("INSERT OR REPLACE INTO written VALUES (?, ?)",
                        (path.name, _stamp(path)))
