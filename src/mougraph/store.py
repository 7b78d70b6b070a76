"""Where the graph lives: an embedded, persistent Oxigraph store under the output folder.

Layout of ``OUT/``::

    store/oxigraph/      the system of record: one named graph per article (pyoxigraph, on disk)
    store/articles.db    SQLite: each article's graph as extracted (before resolution) with
                         its hash, the organisation names it uses, the current resolution,
                         the user's alias table and the signing layer's record of each report
    graph.trig           written by ``flush()``: one named graph per article
    graph.ttl            written by ``flush()``: the merged graph

Guarantees:

- ``put`` is idempotent per article: the same graph again returns ``False`` and changes
  nothing; a different graph for the same id replaces that article's named graph.
- ``flush`` resolves organisations across the whole corpus (``resolve.Resolver``), as
  one resolution of everything would, but computes only the clusters the new or changed
  articles' names touch (``names``) and re-resolves only the articles whose organisations'
  cluster or label changed, so adding articles costs in proportion to what they change.
  A long run also resolves the names put so far after 256, 512 … 16,384 new articles, so
  its final flush rewrites only what it still renames (the signing layer waits for it).
- ``graph.trig`` and ``graph.ttl`` are byte-deterministic: the same set of article graphs
  gives the same bytes, whatever the order or number of runs. They are concatenations of
  kept pieces (articles in sorted id order, each graph's triples sorted; the merged graph
  and the signings graph one block per subject, rendered again when the subject changes);
  what no piece of changed is copied from the files the last run wrote (``pages``), so
  the cost of writing them follows the change, not the store.
- A store whose folder another process holds raises a one-line ``StoreError``.
- An output folder that has ``graph.trig`` but no ``store/`` (a fresh clone: ``store/`` is
  not versioned) is loaded into a new store on first open.

Reading: ``query(sparql)`` (an rdflib ``Result``; the default graph is the union of all
article graphs), ``dataset()`` (everything as an rdflib ``Dataset``: fine for thousands of
articles, memory-bound for millions), and for large stores the streaming helpers
``quads()``, ``graph(article_id)``, ``article_ids()``, ``construct(sparql)``, ``select(sparql)``
and ``__len__``.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import shutil
import sqlite3
import tempfile
import warnings
import zlib
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, Variable
from rdflib.query import Result
from rdflib.term import Identifier, Node

from . import names, pages, rdf, runstate, serialise
from .atomic import atomic_paths
from .errors import QueryError, StoreError, StoreNotice
from .rdf import PREFIXES, article_iri, bind_prefixes
from .resolve import Resolver, normalise, read_alias_table

TRIG = "graph.trig"
TURTLE = "graph.ttl"
STORE_DIR = "store"
_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, hash TEXT NOT NULL, raw BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS orgs (article_id TEXT NOT NULL, label TEXT NOT NULL,
                                 aliases TEXT NOT NULL, kind TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS orgs_article ON orgs(article_id);
CREATE INDEX IF NOT EXISTS orgs_label ON orgs(label);
CREATE TABLE IF NOT EXISTS resolution (name TEXT PRIMARY KEY, key TEXT NOT NULL,
                                       label TEXT NOT NULL, kind TEXT NOT NULL, namekey TEXT);
CREATE TABLE IF NOT EXISTS dirty (id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS ungrouped (id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS user_aliases (alias TEXT PRIMARY KEY, canonical TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS inputs (id TEXT PRIMARY KEY, hash TEXT NOT NULL,
                                   agreements INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS segments (id TEXT PRIMARY KEY, trig BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS blocks (subject TEXT PRIMARY KEY, turtle BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS stale (subject TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS signing_blocks (subject TEXT PRIMARY KEY, turtle BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS signing_stale (subject TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS reports (agreement TEXT PRIMARY KEY, article TEXT NOT NULL,
                                    report TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS reports_article ON reports(article);
"""
_IDENTIFIER = ox.NamedNode("https://schema.org/identifier")
_AGREEMENT = ox.NamedNode(str(rdf.MOU.Agreement))
_SCHEMA_VERSION = 6   # a store of another version is rebuilt from graph.trig (3-5: upgraded)
_UPGRADABLE = {3, 4, 5, _SCHEMA_VERSION}  # versions opened in place (``Store._upgrade``)
_SEP = "\x1f"          # between aliases in orgs.aliases

# puts between two Oxigraph flushes: bounds the store's in-memory writes
_FLUSH_EVERY = 1000
# signing-layer triples between two Oxigraph flushes
_LAYER_FLUSH_EVERY = 20_000
# new articles written together (one Oxigraph and one SQLite transaction): a transaction
# per article cost more than the writing itself
_BATCH = 256
# new articles written before the names put so far are first resolved during a run; each
# next resolution waits for twice as many (``Store._resolve_so_far``)
_RESOLVE_FIRST = 256
# ... and none after this many: one holds the run's names so far while the workers are alive
# (a 100k run peaks at its final flush, after they exit; a resolution there stays the only
# one of that size)
_RESOLVE_LAST = 16_384
# stale subjects, as a share of the merged graph's blocks, beyond which all blocks are
# rendered in one sorted pass rather than one by one
_FULL_RENDER_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class _Pieces:
    """A kind of kept piece: one block per subject of a graph, in a table, re-rendered
    when the subject is marked in its stale table."""

    table: pages.Table
    stale: str
    graph_iri: str | None  # None: the default graph (the union)
    indent: str

    def graph(self) -> ox.NamedNode | ox.DefaultGraph:
        return ox.DefaultGraph() if self.graph_iri is None else ox.NamedNode(self.graph_iri)


# graph.ttl's blocks (the merged graph) and the signings graph's blocks in graph.trig
_SEGMENTS = pages.Table("segments", "id", "trig")
_MERGED = _Pieces(pages.Table("blocks", "subject", "turtle"), "stale", None, "")
_SIGNINGS = _Pieces(pages.Table("signing_blocks", "subject", "turtle"), "signing_stale",
                    str(rdf.SIGNINGS_GRAPH), serialise.INDENT)


@dataclass(frozen=True, slots=True)
class _New:
    """An article put and not yet written: its record and its graph as resolved."""

    digest: str
    graph: rdf.ArticleGraph
    resolved: set[ox.Triple]
    source: str | None


class Store:
    """The articles' named graphs under ``out``. Use as a context manager."""

    def __init__(self, out: Path, oxstore: ox.Store, db: sqlite3.Connection | None, *,
                 read_only: bool = False) -> None:
        self.out = out
        self.read_only = read_only
        self._ox: ox.Store | None = oxstore
        self._db: sqlite3.Connection = db  # type: ignore[assignment]  # None: readers
        self._lock: runstate.WriterLock | None = None
        self._marked = False  # the unfinished-run marker is there (made by this writer)
        self._rules: Resolver | None = None
        self._unflushed = 0  # puts since Oxigraph last wrote its memtables to disk
        self._pending: dict[str, _New] = {}  # new articles put but not yet written
        self._layer_writes = 0  # signing-layer triples written since Oxigraph last flushed
        self._written = 0  # new articles written in batches since the store was opened
        self._resolve_at = _RESOLVE_FIRST  # ... when the names are next resolved

    # --- opening ---------------------------------------------------------------------

    @classmethod
    def open(cls, out: Path, *, create: bool = False, aliases: Path | None = None) -> Store:
        """Open the store in ``out`` (``create``: make one if there is none).

        ``aliases``: a user alias table (``resolve.read_alias_table``); it is kept in the
        store and applied from the next ``flush`` on, until another table replaces it.

        A store another process is writing (it holds the lock) is opened as a reader
        (``open_read_only``) when ``create`` is false and no ``aliases`` are given; ``put``
        and ``flush`` then raise ``StoreError``. With ``create`` (a writer) a locked store
        is a ``StoreError`` at once. Readers should call ``open_read_only`` directly.
        """
        out = Path(out)
        folder = out / STORE_DIR
        database = folder / "articles.db"
        if not database.is_file() and not create and not (out / TRIG).is_file():
            raise StoreError(f"{out}: no mougraph output here (run 'mougraph extract' first)")
        table = read_alias_table(aliases) if aliases else None
        folder.mkdir(parents=True, exist_ok=True)
        read_only = False
        try:
            oxstore = ox.Store(str(folder / "oxigraph"))
        except OSError as exc:
            locked = "lock" in str(exc).lower()
            if not (locked and not create and table is None and database.is_file()):
                reason = "in use by another mougraph process" if locked \
                    else f"cannot be opened ({str(exc).splitlines()[0]})"
                raise StoreError(f"{folder}: the store is {reason}") from None
            return cls.open_read_only(out)
        version = _version(database) if database.is_file() else _SCHEMA_VERSION
        if not read_only and version not in _UPGRADABLE:
            del oxstore  # made by an older mougraph: rebuilt from graph.trig below
            shutil.rmtree(folder)
            folder.mkdir(parents=True)
            oxstore = ox.Store(str(folder / "oxigraph"))
            version = _SCHEMA_VERSION
        existed = database.is_file()
        db = sqlite3.connect(database, timeout=30)
        if not read_only:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA_SQL + pages.SCHEMA + names.SCHEMA)
        store = cls(out, oxstore, db, read_only=read_only)
        store._lock = runstate.WriterLock(folder)
        store._upgrade(version)
        if table is not None:
            store._mark_unfinished()
            with db:
                db.execute("DELETE FROM user_aliases")
                db.executemany("INSERT INTO user_aliases VALUES (?, ?)", sorted(table.items()))
                names.resolve_all(db)
            # a changed table changes how names resolve at the next flush
        if not existed and (out / TRIG).is_file():
            try:
                store._import_trig(out / TRIG)
            except BaseException:
                store.close()  # no half-imported store: the next open tries again
                shutil.rmtree(folder, ignore_errors=True)
                raise
        return store

    def _upgrade(self, version: int) -> None:
        """A version-3 store gets the signings graph's TriG blocks and its names' keys
        (both at the next flush) instead of being rebuilt from graph.trig; a version-4 one
        only the signing layer's kept reports, empty (filled as the layer reads them).
        (Version 5 because a mougraph of version 4 would change articles and leave their
        kept reports stale; it rebuilds a store of version 5 instead.) Versions 3-5 knew no
        mou:modelReadSigningParty: their kept reports are dropped (they lack the parties
        only a model read) and every article is regrouped at the next flush (``ungrouped``),
        as a fresh store would have grouped it."""
        graph = ox.NamedNode(str(rdf.SIGNINGS_GRAPH))
        if version == 3:
            with self._db:
                names.upgrade(self._db)
                self._db.executemany("INSERT OR IGNORE INTO signing_stale VALUES (?)", (
                    (f"{q.subject} ",) for q in
                    self._oxs.quads_for_pattern(None, None, None, graph)))
        if version < 6:
            with self._db:
                self._db.execute("DELETE FROM reports")
                self._db.execute("INSERT OR IGNORE INTO ungrouped SELECT id FROM articles")
        self._db.executescript(names.INDEXES)
        self._db.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")

    @classmethod
    def open_read_only(cls, out: Path) -> Store:
        """Open the store in ``out`` for reading: nothing is written, created or locked, so
        it works on a full disk or a read-only folder and never delays a writer.

        While another run writes the store, the last complete run (``graph.trig``) is read
        into memory instead; a folder with only ``graph.trig`` (a fresh clone) is read the
        same way. Both, and a store left by an interrupted run, emit a ``StoreNotice``.
        """
        out = Path(out)
        folder = out / STORE_DIR
        stored = (folder / "oxigraph" / "CURRENT").is_file()
        if stored and not runstate.writer_active(folder):
            try:
                oxstore = ox.Store.read_only(str(folder / "oxigraph"))
            except OSError as exc:
                raise StoreError(f"{folder}: the store cannot be opened "
                                 f"({str(exc).splitlines()[0]})") from None
            if runstate.unfinished(folder):
                warnings.warn(runstate.unfinished_notice(out), StoreNotice,
                              stacklevel=2)
            return cls(out, oxstore, None, read_only=True)
        if not (out / TRIG).is_file():
            if stored:
                raise StoreError(runstate.being_written_error(out))
            raise StoreError(f"{out}: no mougraph output here (run 'mougraph extract' first)")
        if stored:
            warnings.warn(runstate.being_written_notice(out), StoreNotice,
                          stacklevel=2)
        try:
            snapshot = runstate.snapshot(out / TRIG)
        except ValueError as exc:
            raise StoreError(f"{out / TRIG}: cannot be read ({exc})") from None
        return cls(out, snapshot, None, read_only=True)

    def _mark_unfinished(self) -> None:
        """Before the first change: until graph files are written, the run is unfinished."""
        if not self._marked:
            runstate.mark_unfinished(self.out / STORE_DIR)
            self._marked = True

    def _read_failed(self, exc: Exception) -> StoreError:
        """A read that failed: a writer that started meanwhile, or the store's reason."""
        if self.read_only and runstate.writer_active(self.out / STORE_DIR):
            return StoreError(f"{self.out}: another mougraph run started writing the store "
                              "during this read; run it again")
        return StoreError(f"{self.out}: {str(exc).splitlines()[0]}")

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.out / STORE_DIR}: the store is in use by another mougraph "
                             "process (opened read-only)")

    def _import_trig(self, path: Path) -> None:
        """Load a graph.trig written by ``flush`` (a fresh clone has no store/)."""
        graphs: dict[str, list[ox.Triple]] = {}
        identifiers: dict[str, str] = {}
        try:
            for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
                name = quad.graph_name
                if isinstance(name, ox.NamedNode):  # article graphs only
                    graphs.setdefault(name.value, []).append(quad.triple)
                    if quad.predicate == _IDENTIFIER and quad.subject == name:
                        identifiers[name.value] = quad.object.value
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"{path}: cannot be read ({str(exc).splitlines()[0]})") from None
        for name in sorted(graphs):
            if name in identifiers:
                self.put(identifiers[name], graphs.pop(name))
        self.flush(write_files=False)
        runstate.clear_unfinished(self.out / STORE_DIR)  # the store holds graph.trig: finished

    @property
    def _oxs(self) -> ox.Store:
        """The Oxigraph store, with every article ``put`` so far written to it."""
        if self._ox is None:
            raise StoreError(f"{self.out}: the store is closed")
        self._settle()
        return self._ox

    def _settle(self) -> None:
        """Write the articles put so far (before anything reads the store)."""
        if self._pending:
            self._write_new()

    # --- writing ---------------------------------------------------------------------

    def put(self, article_id: str, graph: Graph | Iterable[ox.Triple] | rdf.ArticleGraph, *,
            source: str | None = None) -> bool:
        """Make ``graph`` the article's named graph; False when it was already exactly that.

        ``source``: a fingerprint of the input record the graph was extracted from
        (``pipeline.record_hash``); ``unchanged(article_id, source)`` then tells a later
        run that the article need not be extracted again.
        """
        self._writable()
        self._mark_unfinished()
        if isinstance(graph, Graph):
            graph = rdf.ArticleGraph.of(ox.Triple(rdf.to_ox(s), rdf.to_ox(p), rdf.to_ox(o))
                                        for s, p, o in graph)
        elif not isinstance(graph, rdf.ArticleGraph):
            graph = rdf.ArticleGraph.of(graph)
        if article_id in self._pending:  # a second put of the id in this batch
            self._write_new()
        digest = hashlib.sha256(graph.ntriples).hexdigest()
        row = self._db.execute("SELECT hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is not None and row[0] == digest:
            if source is not None:
                with self._db:
                    self._record_input(article_id, source, graph)
            return False
        resolved = rdf.resolve_ox(graph.triples, self._current)
        # a new article is written with others, in one transaction each (unless a run
        # that crashed before its record left a graph to replace)
        if row is None and not self._ox.contains_named_graph(  # type: ignore[union-attr]
                ox.NamedNode(str(article_iri(article_id)))):  # (not _oxs: that would settle)
            self._pending[article_id] = _New(digest, graph, resolved, source)
            if len(self._pending) >= _BATCH:
                self._write_new()
                self._resolve_so_far()
            return True
        # the graph first, its record second: a crash between them leaves no record or a
        # blanked one, so the next run puts the article again (never a record that claims
        # a graph the store does not hold, which the next run would skip as unchanged)
        if row is not None:
            with self._db:
                self._db.execute("UPDATE articles SET hash = '' WHERE id = ?", (article_id,))
                self._db.execute("DELETE FROM inputs WHERE id = ?", (article_id,))
        self._write_graph(article_id, resolved)
        with self._db:
            self._record(article_id, _New(digest, graph, resolved, source))
        return True

    def _write_new(self) -> None:
        """Write the pending new articles: all their quads in one Oxigraph transaction,
        then all their records in one SQLite transaction (graphs first, as in ``put``)."""
        batch, self._pending = self._pending, {}
        # as N-Quads text, each triple in the article's graph and in the default graph:
        # Oxigraph parses it faster than Python builds the Quad objects (~25% of this);
        # when resolution changed nothing, the worker's N-Triples are that text already
        quads: list[bytes] = []
        kept: dict[str, bool] = {}
        for article_id, new in batch.items():
            name = f" <{article_iri(article_id)}> .\n"
            kept[article_id] = new.resolved == set(new.graph.triples)
            if kept[article_id]:
                quads += [new.graph.ntriples.replace(b" .\n", name.encode("utf-8")),
                          new.graph.ntriples]
            else:
                lines = [str(t) for t in new.resolved]
                quads.append("".join([line + name for line in lines]
                                     + [line + " .\n" for line in lines]).encode("utf-8"))
        store = self._ox
        assert store is not None
        # Oxigraph's bulk loader: 2x cheaper than a transaction, and all-or-nothing is not
        # needed here: records follow, and a graph left without one is replaced next run
        store.bulk_load(b"".join(quads), ox.RdfFormat.N_QUADS)
        with self._db:
            for article_id, new in batch.items():
                self._segment(article_id, new.resolved,
                              new.graph if kept[article_id] else None)
                self._record(article_id, new)
        self._flushed(len(batch))

    def _resolve_so_far(self) -> None:
        """Now and then during a run (after 256, 512, 1,024 ... 16,384 new articles: then
        no more, for memory), resolve the names put so far, as a flush does, and rewrite
        the articles that changes.

        Articles put afterwards are resolved with that table, so the final flush (the
        serial end of ``--jobs N``) rewrites only the articles whose organisations it still
        renames, instead of every article put with a name a cluster renames (a quarter of
        a fresh corpus). The signing layer waits for the flush (``ungrouped``). The same
        articles give the same store however a run is cut (``names``), so the output is
        the same; the doubling keeps the cost of these resolutions within that of one
        resolution of the whole run."""
        self._written += _BATCH
        if _RESOLVE_LAST >= self._resolve_at <= self._written:
            self._resolve_at *= 2
            self._reresolve(regroup=False)

    def _record(self, article_id: str, new: _New) -> None:
        """An article's rows: its graph as extracted, its organisations' names, its input."""
        self._db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?)",
                         (article_id, new.digest, zlib.compress(new.graph.ntriples, 1)))
        self._db.execute("DELETE FROM orgs WHERE article_id = ?", (article_id,))
        self._db.executemany("INSERT INTO orgs VALUES (?, ?, ?, ?)",
                             [(article_id, label, _SEP.join(aliases), kind)
                              for label, aliases, kind in new.graph.orgs])
        names.record(self._db, self._fallback(), article_id, new.graph.orgs)
        self._db.execute("INSERT OR IGNORE INTO dirty VALUES (?)", (article_id,))
        if new.source is not None:
            self._record_input(article_id, new.source, new.graph)

    def _record_input(self, article_id: str, source: str, graph: rdf.ArticleGraph) -> None:
        agreements = sum(1 for t in graph.triples if t.object == _AGREEMENT)
        self._db.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?)",
                         (article_id, source, agreements))

    def unchanged(self, article_id: str, source: str) -> int | None:
        """When the article is stored as extracted from exactly this input (``put``'s
        ``source``), how many agreements it has; else None."""
        row = self._db.execute("SELECT hash, agreements FROM inputs WHERE id = ?",
                               (article_id,)).fetchone()
        return row[1] if row is not None and row[0] == source else None

    def input_hashes(self) -> list[str]:
        """Every stored input's hash (``put``'s ``source``): what ``unchanged`` compares."""
        return [row[0] for row in self._db.execute("SELECT hash FROM inputs")]

    def _current(self, name: str) -> tuple[str, str, str]:
        """The resolution in force since the last flush (name rules for a new name;
        an empty kind keeps the article's own)."""
        row = self._db.execute("SELECT key, label, kind FROM resolution WHERE name = ?",
                               (normalise(name),)).fetchone()
        if row is not None:
            return row[0], row[1], row[2]
        return (*self._fallback().resolve(name), "")

    def _fallback(self) -> Resolver:
        """A resolver that knows only the name rules and the user's alias table."""
        if self._rules is None:
            table = self._db.execute("SELECT alias, canonical FROM user_aliases")
            self._rules = Resolver(dict(table))
        return self._rules

    def _write_graph(self, article_id: str, graph: set[ox.Triple]) -> None:
        """Replace the article's named graph (``_write_graphs`` of one)."""
        self._write_graphs({article_id: graph})

    def _write_graphs(self, graphs: dict[str, set[ox.Triple]]) -> None:
        """Replace these articles' named graphs, keeping the default graph = union of all,
        and their TriG segments and the merged graph's stale subjects with them.

        The union is materialised (a set, so no duplicates) because SPARQL's default graph
        must be the RDF merge: querying quads across graphs would repeat a triple once per
        article that states it and inflate every COUNT. All the graphs go in one
        transaction; a triple they no longer state leaves the union only when, after all
        of them are written, no named graph holds it: the state writing them one by one
        reaches, with one Oxigraph and one SQLite transaction instead of one per article
        (the flush re-resolves about a quarter of a fresh corpus).
        """
        store = self._oxs
        quads: list[ox.Quad] = []
        gone: set[ox.Triple] = set()
        for article_id, graph in graphs.items():
            name = ox.NamedNode(str(article_iri(article_id)))
            old = {q.triple for q in store.quads_for_pattern(None, None, None, name)}
            if old:
                # marked before the write: a crash after it still leaves them to re-render
                self._mark_stale(old | graph)
                store.remove_graph(name)
            quads += [ox.Quad(t.subject, t.predicate, t.object, name) for t in graph]
            quads += [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                      for t in graph - old]
            gone |= old - graph
        # one transaction: the articles' graphs and what the union gains from them
        store.extend(quads)
        for t in gone:
            holders = store.quads_for_pattern(t.subject, t.predicate, t.object, None)
            if not any(not isinstance(q.graph_name, ox.DefaultGraph) for q in holders):
                store.remove(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))
        with self._db:
            for article_id, graph in graphs.items():
                self._segment(article_id, graph)
        self._flushed(len(graphs))

    def _segment(self, article_id: str, graph: set[ox.Triple],
                 given: rdf.ArticleGraph | None = None) -> None:
        """Keep the article's TriG segment (``given``'s: the graph as extracted, when
        resolution left its triples as they were), and mark its subjects' Turtle blocks
        stale."""
        if given is not None and given.segment is not None:
            segment = given.segment
        else:
            segment = serialise.segment(str(article_iri(article_id)),
                                        sorted(str(t) for t in graph))
        self._db.execute("INSERT OR REPLACE INTO segments VALUES (?, ?)", (article_id, segment))
        pages.touch(self._db, _SEGMENTS, article_id)
        self._mark_stale(graph)

    def _flushed(self, articles: int) -> None:
        # Oxigraph keeps writes in memory until its own flush (~70 KB per article): write
        # them out now and then, so memory stays flat over a long extract and over a
        # flush that re-resolves the whole corpus
        self._unflushed += articles
        if self._unflushed >= _FLUSH_EVERY:
            assert self._ox is not None
            self._ox.flush()
            self._unflushed = 0

    def _mark_stale(self, triples: Iterable[ox.Triple]) -> None:
        """The merged graph's blocks of these triples' subjects must be rendered again."""
        with self._db:
            self._db.executemany("INSERT OR IGNORE INTO stale VALUES (?)",
                                 ((k,) for k in {f"{t.subject} " for t in triples}))

    def flush(self, *, write_files: bool = True) -> None:
        """Resolve organisations across the corpus, then write graph.trig and graph.ttl."""
        self._writable()
        self._settle()
        self._reresolve()
        self._oxs.flush()
        self._render_stale()
        if write_files:
            self.write_files()

    def _reresolve(self, *, regroup: bool = True) -> None:
        """Re-resolve the articles whose organisations' cluster, label or kind changed
        since they were written (``names``: only the clusters this run's articles touch),
        and keep the new resolution table. ``regroup``: then regroup the signings of every
        article changed since the last flush; else only note them (``ungrouped``)."""
        found = names.resolution(self._db, self._fallback())
        dirty = {r[0] for r in self._db.execute("SELECT id FROM dirty")}
        affected = self._affected(found.new, found.old)
        batch: dict[str, set[ox.Triple]] = {}
        for article_id in sorted(affected):
            row = self._db.execute("SELECT raw FROM articles WHERE id = ?",
                                   (article_id,)).fetchone()
            if row is None:
                continue
            graph = rdf.ArticleGraph(zlib.decompress(row[0]), ())
            batch[article_id] = rdf.resolve_ox(graph.triples, found.resolved)
            if len(batch) >= _BATCH:    # bounded memory, as ``put``'s batches
                self._write_graphs(batch)
                batch = {}
        if batch:
            self._write_graphs(batch)
        changed = dirty | affected
        if regroup:
            # before the marks go: a run killed in between regroups them again next time
            changed |= {r[0] for r in self._db.execute("SELECT id FROM ungrouped")}
            self._update_signings(changed)
        with self._db:
            if regroup:
                self._db.execute("DELETE FROM ungrouped")
            else:
                self._db.executemany("INSERT OR IGNORE INTO ungrouped VALUES (?)",
                                     ((a,) for a in sorted(changed)))
            found.keep()
            self._db.execute("DELETE FROM dirty")

    def _affected(self, new: dict[str, tuple[str, str, str]],
                  old: dict[str, tuple[str, str, str]]) -> set[str]:
        """The articles whose stored graph the resolution ``new`` changes."""
        fallback = self._fallback()
        affected: set[str] = set()
        # dirty articles were resolved at put() with the old table or the name rules
        for (article_id,) in self._db.execute("SELECT id FROM dirty").fetchall():
            for label, kind in self._db.execute(
                    "SELECT label, kind FROM orgs WHERE article_id = ?", (article_id,)):
                used = old.get(label) or (*fallback.resolve(label), "")
                if new.get(label) != used and new.get(label) != (*used[:2], kind):
                    affected.add(article_id)
                    break
        changed = [n for n, value in new.items() if old.get(n, value) != value]
        for name in changed:
            affected.update(r[0] for r in self._db.execute(
                "SELECT article_id FROM orgs WHERE label = ?", (name,)))
        return affected

    def _render_stale(self) -> None:
        """Render again the pieces whose subjects changed: the merged graph's Turtle blocks
        and the signings graph's TriG blocks."""
        self._render(_MERGED)
        self._render(_SIGNINGS)

    def _render(self, kind: _Pieces) -> None:
        """One kind of piece, stale subjects one by one from their graph when they are few,
        all in one sorted pass when they are many."""
        stale = self._db.execute(f"SELECT COUNT(*) FROM {kind.stale}").fetchone()[0]
        if not stale:
            return
        table = kind.table.name
        kept = self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        with self._db:
            if stale > kept * _FULL_RENDER_SHARE:
                self._db.execute(f"DELETE FROM {table}")
                self._db.executemany(f"INSERT INTO {table} VALUES (?, ?)",
                                     self._all_blocks(kind))
                pages.forget(self._db, kind.table)
            else:
                for (key,) in self._db.execute(f"SELECT subject FROM {kind.stale}").fetchall():
                    self._render_block(kind, key)
            self._db.execute(f"DELETE FROM {kind.stale}")

    def _render_block(self, kind: _Pieces, key: str) -> None:
        lines = sorted(self._subject_lines(kind, key))
        table = kind.table.name
        if lines:
            self._db.execute(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)",
                             (key, b"".join(serialise.blocks(lines, kind.indent))))
        else:
            self._db.execute(f"DELETE FROM {table} WHERE subject = ?", (key,))
        pages.touch(self._db, kind.table, key)

    def _subject_lines(self, kind: _Pieces, key: str) -> list[str]:
        """The subject's triples in ``kind``'s graph as ``s p o`` lines. An IRI's are asked
        of Oxigraph as one CONSTRUCT it serialises itself: a hub (an area every agreement
        about it links, ~9,000 triples at 100k articles) then costs a third less than a
        Python object per triple. (A blank node in a query would be a variable.)"""
        subject = _subject_term(key)
        if isinstance(subject, ox.BlankNode):
            return [str(q.triple) for q in
                    self._oxs.quads_for_pattern(subject, None, None, kind.graph())]
        pattern = f"{subject} ?p ?o"
        if kind.graph_iri is not None:
            pattern = f"GRAPH <{kind.graph_iri}> {{ {pattern} }}"
        found = self._oxs.query(f"CONSTRUCT {{ {subject} ?p ?o }} WHERE {{ {pattern} }}")
        assert isinstance(found, ox.QueryTriples)
        text = found.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
        return [line[:-2] for line in text.decode("utf-8").split("\n") if line]

    def _all_blocks(self, kind: _Pieces) -> Iterator[tuple[str, bytes]]:
        """Every block of a graph, from one sorted pass over it."""
        with tempfile.TemporaryDirectory(prefix="mougraph-union-") as tmp:
            union = Path(tmp) / "union.nt"
            self._oxs.dump(str(union), ox.RdfFormat.N_TRIPLES, from_graph=kind.graph())
            with open(union, encoding="utf-8", newline="\n") as lines:
                ordered = serialise.sorted_unique(serialise.strip_dot(line) for line in lines)
                for key, group in itertools.groupby(ordered, key=serialise.subject_key):
                    yield key, b"".join(serialise.blocks(group, kind.indent))

    def write_files(self) -> None:
        """Write graph.trig and graph.ttl from the store's pieces (deterministic), copying
        the pages no piece of which changed from the files the last run wrote (``pages``)."""
        self._writable()
        self._settle()
        self.out.mkdir(parents=True, exist_ok=True)
        fills = {self.out / TRIG: self._write_trig, self.out / TURTLE: self._write_turtle}
        olds = {path: pages.previous(self._db, path) for path in fills}
        writers: dict[Path, pages.Writer] = {}
        try:
            # published together: an interruption leaves both files as they were
            with atomic_paths(list(fills)) as temps:
                for tmp, (path, fill) in zip(temps, fills.items(), strict=True):
                    fd = os.open(tmp, os.O_WRONLY | os.O_TRUNC)
                    try:
                        writers[path] = pages.Writer(self._db, fd, olds[path])
                        fill(writers[path])
                    finally:
                        os.close(fd)
        finally:
            for old in olds.values():
                if old is not None:
                    os.close(old)
        with self._db:
            for path, writer in writers.items():
                writer.publish(path)
        runstate.clear_unfinished(self.out / STORE_DIR)
        self._marked = False

    def _write_trig(self, writer: pages.Writer) -> None:
        writer.write(serialise.prefix_header())
        writer.table(_SEGMENTS)
        # the signings graph's segment (none when it is empty)
        if self._db.execute("SELECT 1 FROM signing_blocks LIMIT 1").fetchone() is None:
            writer.skip(_SIGNINGS.table)
            return
        writer.write(serialise.segment_head(str(rdf.SIGNINGS_GRAPH)))
        writer.table(_SIGNINGS.table)
        writer.write(serialise.SEGMENT_TAIL)

    def _write_turtle(self, writer: pages.Writer) -> None:
        writer.write(serialise.prefix_header() + b"\n")
        writer.table(_MERGED.table)

    # --- the signing layer (signings.py decides; the store reads and writes for it) ---

    def _update_signings(self, article_ids: Iterable[str]) -> None:
        """Regroup the signings the changed articles touch (``signings.update``)."""
        from . import signings

        signings.update(self, article_ids)

    def triples(self, s: Node | None = None, p: Node | None = None, o: Node | None = None
                ) -> Iterator[tuple[Identifier, Identifier, Identifier]]:
        """Distinct triples of the union graph matching a pattern, streamed (rdflib terms)."""
        ox_s, ox_p, ox_o = (None if t is None else _to_ox(t) for t in (s, p, o))
        for q in self._oxs.quads_for_pattern(ox_s, ox_p, ox_o, ox.DefaultGraph()):
            yield _to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object)

    def named_triples(self, s: str | None = None, p: str | None = None, o: str | None = None
                      ) -> Iterator[tuple[str, str, str | tuple[str, str | None, str | None]]]:
        """Like ``triples`` but as plain values, for readers that hold many (the views): an
        IRI is its ``str``, a literal ``(lexical form, datatype, language)`` with datatype
        None for plain and language-tagged strings (as rdflib has it); the pattern's terms
        are IRIs. Triples with a blank node are left out."""
        ox_s, ox_p, ox_o = (None if t is None else ox.NamedNode(t) for t in (s, p, o))
        named, literal = ox.NamedNode, ox.Literal
        try:
            for q in self._oxs.quads_for_pattern(ox_s, ox_p, ox_o, ox.DefaultGraph()):
                subject, obj = q.subject, q.object
                if type(subject) is not named:
                    continue
                if type(obj) is named:
                    yield subject.value, q.predicate.value, obj.value
                elif type(obj) is literal:
                    kind = obj.datatype.value
                    yield subject.value, q.predicate.value, (
                        obj.value, None if kind in _PLAIN else kind, obj.language)
        except (OSError, RuntimeError) as exc:
            raise self._read_failed(exc) from None

    def kept_reports(self, agreements: list[str]) -> dict[str, str]:
        """The signing layer's record of each of these agreements that has one kept."""
        found: dict[str, str] = {}
        for start in range(0, len(agreements), 500):
            part = agreements[start:start + 500]
            found.update(self._db.execute(
                "SELECT agreement, report FROM reports WHERE agreement IN "
                f"({','.join('?' * len(part))})", part))
        return found

    def keep_reports(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """Keep the signing layer's records: (agreement, article IRI, record)."""
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO reports VALUES (?, ?, ?)", rows)

    def forget_reports(self, articles: Iterable[str]) -> None:
        """Drop the kept records of the reports of these articles (IRIs): their graphs
        changed (put again, or re-resolved), so the layer reads them again."""
        with self._db:
            self._db.executemany("DELETE FROM reports WHERE article = ?",
                                 ((a,) for a in articles))

    def plain_rows(self, sparql: str
                   ) -> Iterator[tuple[str | tuple[str, str | None, str | None] | None, ...]]:
        """A SELECT's rows as plain values, as ``named_triples`` gives them (None: unbound
        or a blank node), for the project's own queries (a user's goes through ``select``,
        which checks it first): the signing layer reads the reports of a block in a few
        queries rather than a few pattern reads per report."""
        try:
            answer = self._oxs.query(sparql, prefixes={k: str(v) for k, v in PREFIXES.items()})
            assert isinstance(answer, ox.QuerySolutions)  # the layer's queries are SELECTs
            names_ = [v.value for v in answer.variables]
            for row in answer:
                yield tuple(_plain(row[n]) for n in names_)
        except (OSError, RuntimeError) as exc:
            raise self._read_failed(exc) from None

    def replace_signings(self, remove: Iterable[rdf.Triple], add: Iterable[rdf.Triple]
                         ) -> None:
        """Take triples out of the signings graph and put others in (union kept equal).

        Only what changes is written, removals first, then additions, each in one
        transaction: a run killed in between leaves those signings out, and the articles'
        dirty marks (cleared after this) make the next run group them again. Additions go
        in as quads, not as one SPARQL text: that text, every signing triple twice, took
        ~600 MB at 10k records and grew with the store."""
        removed, added = set(remove), set(add)
        removed, added = removed - added, added - removed
        # the blocks of these subjects change, in the merged graph and in the signings graph
        # (marked first: a run killed after the write still renders them again)
        keys = [(k,) for k in sorted({f"{_to_ox(t[0])} " for t in removed | added})]
        with self._db:
            for kind in (_MERGED, _SIGNINGS):
                self._db.executemany(f"INSERT OR IGNORE INTO {kind.stale} VALUES (?)", keys)
        if removed:
            lines = "\n".join(f"{_to_ox(s)} {_to_ox(p)} {_to_ox(o)} ." for s, p, o in removed)
            self._oxs.update(
                f"DELETE DATA {{ {lines}\n GRAPH <{rdf.SIGNINGS_GRAPH}> {{ {lines} }} }}")
        layer = ox.NamedNode(str(rdf.SIGNINGS_GRAPH))
        self._oxs.extend(ox.Quad(_to_ox(s), _to_ox(p), _to_ox(o), graph)
                         for s, p, o in added for graph in (ox.DefaultGraph(), layer))
        # Oxigraph holds writes in memory until it flushes: a whole layer of a large store
        # (a fresh run regroups every report) is written in parts, flushed now and then
        self._layer_writes += len(removed) + len(added)
        if self._layer_writes >= _LAYER_FLUSH_EVERY:
            self._oxs.flush()
            self._layer_writes = 0

    def write_nquads(self, handle: IO[bytes]) -> int:
        """Every named graph (the articles', then the signings') as N-Quads for bulk
        loaders, streamed, in the order of graph.trig; the default graph (their union) is
        left out. Returns the quad count."""
        count = 0
        names = itertools.chain((article_iri(a) for a in self.article_ids()),
                                [rdf.SIGNINGS_GRAPH])
        for name in names:
            suffix = f" <{name}> .\n"
            lines = sorted(self._lines_of(ox.NamedNode(str(name))))
            handle.write("".join(line + suffix for line in lines).encode("utf-8"))
            count += len(lines)
        return count

    def _lines_of(self, graph: Any) -> list[str]:
        text = self._oxs.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""
        return [_strip_dot(line) for line in text.decode("utf-8").split("\n") if line]

    def snapshot(self, target: Path) -> None:
        """A consistent copy of the Oxigraph store at ``target`` (a new folder beside the
        store: its files are hard links, so it is quick and costs little space)."""
        self._writable()  # a copy of a store another process is writing is not consistent
        self._oxs.flush()
        self._oxs.backup(str(target))

    # --- reading ---------------------------------------------------------------------

    def article_ids(self) -> list[str]:
        """Every stored article id, sorted."""
        if self._db is None:  # a reader: the ids the article graphs carry
            rows = self._oxs.query("SELECT DISTINCT ?id WHERE { GRAPH ?g { ?g "
                                   f"{_IDENTIFIER} ?id }} }}")
            assert isinstance(rows, ox.QuerySolutions)
            return sorted(row["id"].value for row in rows)
        self._settle()
        return [r[0] for r in self._db.execute("SELECT id FROM articles ORDER BY id")]

    def graph(self, article_id: str) -> Graph:
        """One article's named graph (as resolved)."""
        graph = bind_prefixes(Graph(identifier=article_iri(article_id)))
        name = ox.NamedNode(str(article_iri(article_id)))
        for q in self._oxs.quads_for_pattern(None, None, None, name):
            graph.add((_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object)))
        return graph

    def quads(self) -> Iterator[tuple[Identifier, Identifier, Identifier, Identifier]]:
        """Every (s, p, o, graph) as rdflib terms, streamed from the store."""
        try:
            for q in self._oxs.quads_for_pattern(None, None, None, None):
                if not isinstance(q.graph_name, ox.DefaultGraph):  # the default graph: union
                    yield (_to_rdflib(q.subject), _to_rdflib(q.predicate),
                           _to_rdflib(q.object), _to_rdflib(q.graph_name))
        except (OSError, RuntimeError) as exc:
            raise self._read_failed(exc) from None

    def __len__(self) -> int:
        """Distinct triples over all articles."""
        answer = self._oxs.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert isinstance(answer, ox.QuerySolutions)  # a SELECT answers with rows
        return int(next(iter(answer))["n"].value)

    def dataset(self) -> Dataset:
        """Everything as an rdflib Dataset (one graph per article; default graph = union)."""
        ds = Dataset(default_union=True)
        bind_prefixes(ds)
        for s, p, o, g in self.quads():
            ds.graph(g).add((s, p, o))
        return ds

    def query(self, sparql: str) -> Result:
        """Run a read-only SPARQL query over the union of all article graphs.

        The default graph is the union of all article graphs (as a set); ``GRAPH ?g``
        reaches each article's named graph. Returns an rdflib ``Result`` (rows of rdflib
        terms; ``.graph`` for CONSTRUCT, ``.askAnswer`` for ASK).
        Raises ``QueryError`` for SPARQL Update or bad SPARQL.
        """
        answer = self._run(sparql)
        try:
            return _as_result(answer)  # the rows are computed while they are read
        except (OSError, RuntimeError) as exc:
            raise self._read_failed(exc) from None
        finally:
            del answer  # dropped here, in this thread (see _run)

    def select(self, sparql: str) -> Iterator[tuple[Node | None, ...]]:
        """A SELECT query's rows as tuples of rdflib terms, streamed (no Result object)."""
        answer = self._run(sparql)
        if not isinstance(answer, ox.QuerySolutions):
            raise QueryError("select() takes a SELECT query")
        names = [v.value for v in answer.variables]
        try:
            for row in answer:
                yield tuple(None if row[n] is None else _to_rdflib(row[n]) for n in names)
        except (OSError, RuntimeError) as exc:
            raise self._read_failed(exc) from None
        finally:
            del answer  # dropped when the rows are read or given up (see _run)

    def construct(self, sparql: str) -> Graph:
        """A CONSTRUCT query's graph (the cheap way to read a slice of a huge store)."""
        result = self.query(sparql)
        if result.type != "CONSTRUCT":
            raise QueryError("construct() takes a CONSTRUCT query")
        assert result.graph is not None
        return result.graph

    def _run(self, sparql: str) -> Any:
        """Oxigraph's answer to a user's query, checked first.

        The check parses the query with rdflib, whose parser (pyparsing's backtracking
        exceptions) leaves reference cycles holding the frames of its callers. A frame of
        ``query`` or ``select`` kept that way keeps its locals after it returns, until the
        garbage collector runs: in whatever thread happens to allocate then, such as a
        Dask client's, which cannot drop an Oxigraph answer made in this one ("unsendable,
        but is being dropped on another thread"). So the callers ``del`` the answer before
        they leave.
        """
        from .query import refuse_unsafe

        refuse_unsafe(sparql)  # the guard lives with the queries; it parses the query
        try:
            return self._oxs.query(sparql, prefixes={k: str(v) for k, v in PREFIXES.items()})
        except SyntaxError as exc:
            message = " ".join(str(exc).split())
            if len(message) > 160:  # the parser lists every token it expected
                message = message.split(": expected one of")[0] + ": unexpected text there"
            raise QueryError(f"bad SPARQL: {message}") from None
        except (OSError, RuntimeError) as exc:  # RuntimeError: RocksDB files gone (a writer)
            raise self._read_failed(exc) from None

    # --- closing ---------------------------------------------------------------------

    def close(self) -> None:
        if self._ox is not None and self._pending and not self.read_only:
            self._write_new()
        if self._ox is not None:
            self._ox = None  # dropping the last reference releases the on-disk lock
        if self._db is not None:
            self._db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


# --- helpers -------------------------------------------------------------------------------

def _as_result(answer: Any) -> Result:
    """An Oxigraph answer as an rdflib ``Result``."""
    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    if isinstance(answer, ox.QueryTriples):
        result = Result("CONSTRUCT")
        graph = bind_prefixes(Graph())
        for t in answer:
            graph.add((_to_rdflib(t.subject), _to_rdflib(t.predicate),
                       _to_rdflib(t.object)))
        result.graph = graph
        return result
    result = Result("SELECT")
    names = [v.value for v in answer.variables]
    result.vars = [Variable(n) for n in names]
    result.bindings = [
        {Variable(n): _to_rdflib(row[n]) for n in names if row[n] is not None}
        for row in answer]
    return result


def _version(path: Path) -> int:
    # closing(): a connection's own "with" only commits; left open, the garbage collector
    # closes it whenever it runs, and with it SQLite removes the -wal file under a reader
    with closing(sqlite3.connect(path)) as db:
        return int(db.execute("PRAGMA user_version").fetchone()[0])


def _subject_term(key: str) -> ox.NamedNode | ox.BlankNode:
    """The subject of a block key (``serialise.subject_key``: ``<iri> `` or ``_:id ``)."""
    term = key.rstrip(" ")
    if term.startswith("_:"):
        return ox.BlankNode(term[2:])
    return ox.NamedNode(term[1:-1])


_to_rdflib = rdf.to_rdflib
_to_ox = rdf.to_ox
_strip_dot = serialise.strip_dot
# datatypes of the literals rdflib holds without one: plain and language-tagged strings
_PLAIN = frozenset({"http://www.w3.org/2001/XMLSchema#string",
                    "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"})


def _plain(term: Any) -> str | tuple[str, str | None, str | None] | None:
    """An Oxigraph term as ``named_triples`` gives it; None for a blank node or nothing."""
    if type(term) is ox.NamedNode:
        return term.value
    if type(term) is ox.Literal:
        kind = term.datatype.value
        return term.value, None if kind in _PLAIN else kind, term.language
    return None


__all__ = ["Store", "TRIG", "TURTLE", "STORE_DIR"]
