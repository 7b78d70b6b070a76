"""The store's organisation names and their resolution, kept up to date by what changed.

Each article's organisations are kept as the rows ``Resolver.keyed`` makes of them
(``names``: key, name, the key an alias stands for, kind). A ``Resolver`` fed all rows is
the resolver of the whole corpus. Resolution only ever joins keys through those rows
(an alias's single target) and a cluster's label, IRI and kind depend only on its own
keys' rows, so when articles change only the clusters of the keys their rows use
(``touched``) can change: those keys, every key linked to them now, and every key they
were clustered with until now, closed transitively (``closure``). A resolver fed the
rows of those keys alone gives their names exactly what the whole corpus's resolver
gives; every other name keeps its row in the ``resolution`` table.

The whole corpus is resolved again when that is cheaper (a fresh store, many keys
touched) or needed (a new user alias table, a store written before ``names`` existed).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .resolve import Resolver, normalise

SCHEMA = """
CREATE TABLE IF NOT EXISTS names (article_id TEXT NOT NULL, key TEXT NOT NULL,
                                  name TEXT NOT NULL, target TEXT, kind TEXT);
CREATE INDEX IF NOT EXISTS names_article ON names(article_id);
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS names_target ON names(target);
CREATE TABLE IF NOT EXISTS touched (key TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
# after SCHEMA and after a version-3 table has its namekey column (``upgrade``)
INDEXES = """
CREATE INDEX IF NOT EXISTS resolution_key ON resolution(key);
CREATE INDEX IF NOT EXISTS resolution_namekey ON resolution(namekey);
"""
# touched keys, as a share of the resolved names, beyond which all are resolved again
WHOLE_SHARE = 0.25
Resolved = tuple[str, str, str]  # (cluster key, label, kind; "" keeps the article's own)


def user_table(db: sqlite3.Connection) -> dict[str, str]:
    return dict(db.execute("SELECT alias, canonical FROM user_aliases"))


def upgrade(db: sqlite3.Connection) -> None:
    """A version-3 store: its resolution rows get their names' keys at the next flush,
    which resolves everything again (``names`` is filled from ``orgs`` then)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(resolution)")}
    if "namekey" not in columns:
        db.execute("ALTER TABLE resolution ADD COLUMN namekey TEXT")
    resolve_all(db)


def resolve_all(db: sqlite3.Connection) -> None:
    """The next flush resolves the whole corpus again (the keys themselves may change)."""
    db.execute("INSERT OR REPLACE INTO meta VALUES ('resolve', 'all')")


def record(db: sqlite3.Connection, rules: Resolver, article_id: str,
           orgs: Iterable[tuple[str, Iterable[str], str]]) -> None:
    """The article's organisations (label, aliases, kind) replace its rows; the keys of
    the old rows and the new are touched."""
    old = db.execute("SELECT key, target FROM names WHERE article_id = ?",
                     (article_id,)).fetchall()
    db.execute("DELETE FROM names WHERE article_id = ?", (article_id,))
    rows = [(article_id, *row) for label, aliases, kind in orgs
            for row in rules.keyed(label, aliases, kind or None)]
    db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?)", rows)
    keys = {k for row in old for k in row if k} | {row[1] for row in rows}
    db.executemany("INSERT OR IGNORE INTO touched VALUES (?)", ((k,) for k in sorted(keys)))


@dataclass
class Resolution:
    """The resolution after this flush, for ``keys`` (None: every key)."""

    db: sqlite3.Connection
    resolver: Resolver          # fed the rows of ``keys``
    new: dict[str, Resolved]    # name -> resolution, every name of ``keys``
    old: dict[str, Resolved]    # the same names as the table has them
    keys: set[str] | None

    def resolved(self, name: str) -> Resolved:
        """Any name as the whole corpus's resolver resolves it (``_renamed_orgs``)."""
        found = self.new.get(normalise(name))
        if found is not None:
            return found
        key = self.resolver.key(name)
        if self.keys is None or key in self.keys:
            return (*self.resolver.resolve(name), "")
        # a key this flush did not touch: as the table has it (a name never seen, of a
        # key seen, takes its cluster as the whole resolver would)
        row = self.db.execute("SELECT key, label, kind FROM resolution WHERE name = ?",
                              (normalise(name),)).fetchone()
        if row is not None:
            return row[0], row[1], row[2]
        row = self.db.execute("SELECT key, label FROM resolution WHERE namekey = ? LIMIT 1",
                              (key,)).fetchone()
        return (row[0], row[1], "") if row is not None else (*self.resolver.resolve(name), "")

    def keep(self) -> None:
        """Write the new rows in place of the old (inside the caller's transaction) and
        forget what was touched."""
        if self.keys is None:
            self.db.execute("DELETE FROM resolution")
        else:
            self.db.executemany("DELETE FROM resolution WHERE namekey = ?",
                                ((k,) for k in sorted(self.keys)))
        self.db.executemany("INSERT INTO resolution VALUES (?, ?, ?, ?, ?)", (
            (n, k, label, kind, self.resolver.key(n)) for n, (k, label, kind) in self.new.items()))
        self.db.execute("DELETE FROM touched")
        self.db.execute("DELETE FROM meta WHERE name = 'resolve'")


def resolution(db: sqlite3.Connection, rules: Resolver) -> Resolution:
    """What this flush resolves: the clusters of the touched keys, or everything.
    ``rules``: the name rules and user table (``Store._fallback``)."""
    everything = db.execute("SELECT 1 FROM meta WHERE name = 'resolve'").fetchone()
    if everything is not None:
        _rekey(db, rules)
    touched = {row[0] for row in db.execute("SELECT key FROM touched")}
    known = db.execute("SELECT COUNT(*) FROM resolution").fetchone()[0]
    rows: Iterable[tuple[str, str, str | None, str | None, int]]
    if everything is not None or len(touched) > known * WHOLE_SHARE:
        rows = db.execute("SELECT key, name, target, kind, COUNT(*) FROM names "
                          "GROUP BY key, name, target, kind")
        keys = None
    else:
        keys = closure(db, touched)
        rows = _rows_of(db, keys)
    resolver = Resolver(user_table(db))
    for key, name, target, kind, count in rows:
        resolver.add(key, name, target, kind, count=count)
    new = {n: (k, label, kind or "") for n, (k, label, kind) in resolver.mapping().items()}
    if keys is None:
        old = {n: (k, label, kind) for n, k, label, kind in
               db.execute("SELECT name, key, label, kind FROM resolution")}
    else:
        old = {n: (k, label, kind) for key in sorted(keys) for n, k, label, kind in db.execute(
            "SELECT name, key, label, kind FROM resolution WHERE namekey = ?", (key,))}
    return Resolution(db, resolver, new, old, keys)


def _rows_of(db: sqlite3.Connection, keys: set[str]
             ) -> Iterator[tuple[str, str, str | None, str | None, int]]:
    for key in sorted(keys):
        for name, target, kind, count in db.execute(
                "SELECT name, target, kind, COUNT(*) FROM names WHERE key = ? "
                "GROUP BY name, target, kind", (key,)):
            yield key, name, target, kind, count


def closure(db: sqlite3.Connection, keys: set[str]) -> set[str]:
    """``keys``, every key linked to them (an alias to its single target, both ways) and
    every key clustered with them in the table, transitively."""
    found, queue = set(keys), sorted(keys)
    while queue:
        for other in _linked(db, queue.pop()):
            if other not in found:
                found.add(other)
                queue.append(other)
    return found


def _targets(db: sqlite3.Connection, key: str) -> list[str]:
    return [t for (t,) in db.execute(
        "SELECT DISTINCT target FROM names WHERE key = ? AND target IS NOT NULL", (key,))]


def _linked(db: sqlite3.Connection, key: str) -> set[str]:
    targets = _targets(db, key)
    linked = set(targets) if len(targets) == 1 else set()  # an ambiguous alias links none
    for (alias,) in db.execute("SELECT DISTINCT key FROM names WHERE target = ?", (key,)):
        if _targets(db, alias) == [key]:
            linked.add(alias)
    linked.update(k for (k,) in db.execute(
        "SELECT DISTINCT b.namekey FROM resolution a JOIN resolution b ON b.key = a.key "
        "WHERE a.namekey = ? AND b.namekey IS NOT NULL", (key,)))
    return linked


def _rekey(db: sqlite3.Connection, rules: Resolver) -> None:
    """Every article's rows again, from the organisations the store keeps (``orgs``)."""
    separator = "\x1f"  # as store._SEP
    orgs = db.execute("SELECT article_id, label, aliases, kind FROM orgs").fetchall()
    db.execute("DELETE FROM names")
    db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?)", (
        (article_id, *row) for article_id, label, aliases, kind in orgs
        for row in rules.keyed(label, aliases.split(separator) if aliases else (),
                               kind or None)))
