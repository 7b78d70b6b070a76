"""The Oxigraph store: idempotent puts, replacement, persistence, deterministic streamed files."""
from __future__ import annotations

import gc
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS
from semantic_data import ALL, build, extraction_a, extraction_b, extraction_c

from mougraph import rdf, serialise
from mougraph.errors import StoreError
from mougraph.model import Extraction
from mougraph.store import Store


def union_of(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def test_put_is_idempotent_and_a_change_replaces_the_article(tmp_path: Path) -> None:
    with Store.open(tmp_path, create=True) as store:
        first = rdf.article_triples(extraction_c())
        assert store.put("c", first) is True
        assert store.put("c", first) is False
        assert store.put("c", rdf.article_triples(extraction_c())) is False
        changed = Extraction(extraction_c().article, extraction_a().agreements)
        assert store.put("c", rdf.article_triples(changed)) is True
        store.flush()
        graph = store.graph("c")
        assert (rdf.org_iri("한국전력기술"), None, None) not in graph
        assert (None, None, None) in graph
        # the union (default graph) lost the replaced triples too
        union = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        assert (rdf.org_iri("한국전력기술"), None, None) not in union


def test_rerunning_the_same_articles_changes_nothing(tmp_path: Path) -> None:
    build(tmp_path)
    before = [(tmp_path / n).read_bytes() for n in ("graph.trig", "graph.ttl")]
    with Store.open(tmp_path, create=True) as store:
        assert [store.put(e.article.id, rdf.article_triples(e))
                for e in (make() for make in ALL)] == [False] * len(ALL)
        store.flush()
    assert [(tmp_path / n).read_bytes() for n in ("graph.trig", "graph.ttl")] == before


def test_a_closed_store_leaves_no_database_connection_open(tmp_path: Path) -> None:
    """Nothing waits for the garbage collector: an open connection closed by it later
    removes SQLite's -wal file while someone may be copying the folder."""
    import gc
    import sqlite3

    build(tmp_path)
    gc.collect()
    gc.disable()
    try:
        with Store.open(tmp_path) as store:
            store.article_ids()
        still_open = []
        for conn in (o for o in gc.get_objects() if isinstance(o, sqlite3.Connection)):
            try:
                still_open.append(conn.execute("PRAGMA database_list").fetchall())
            except sqlite3.ProgrammingError:  # closed
                pass
    finally:
        gc.enable()
    assert still_open == []


def test_store_persists_and_reads_back_as_the_files_say(tmp_path: Path) -> None:
    build(tmp_path)
    with Store.open(tmp_path) as store:
        ds = store.dataset()
        assert store.article_ids() == ["a", "b", "c", "d", "e"]
        assert len(store) == len(union_of(ds))
    from_trig = Dataset(default_union=True)
    from_trig.parse(tmp_path / "graph.trig", format="trig")
    names = {g.identifier for g in from_trig.graphs() if len(g)}
    # one graph per article, and the signing layer in its own
    assert names == {rdf.article_iri(i) for i in "abcde"} | {rdf.SIGNINGS_GRAPH}
    for name in names:
        assert isomorphic(from_trig.graph(name), ds.graph(name))
    merged = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert isomorphic(merged, union_of(ds))


def test_merged_turtle_has_no_duplicate_statements(tmp_path: Path) -> None:
    build(tmp_path)
    text = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    subjects = [line.split(" ")[0] for line in text.splitlines()
                if line and not line.startswith((" ", "@"))]
    assert len(subjects) == len(set(subjects))  # one block per subject, shared nodes merged
    assert text.count('rdfs:label "대전광역시"@ko') == 1


def test_external_sort_gives_the_same_bytes(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    build(tmp_path / "big-chunks")
    monkeypatch.setattr(serialise, "SORT_CHUNK", 7)
    build(tmp_path / "small-chunks")
    for name in ("graph.trig", "graph.ttl"):
        assert ((tmp_path / "big-chunks" / name).read_bytes()
                == (tmp_path / "small-chunks" / name).read_bytes())


def test_fresh_clone_without_store_is_loaded_from_graph_trig(tmp_path: Path) -> None:
    build(tmp_path)
    before = (tmp_path / "graph.trig").read_bytes()
    shutil.rmtree(tmp_path / "store")   # store/ is not versioned
    with Store.open(tmp_path) as store:
        assert store.article_ids() == ["a", "b", "c", "d", "e"]
        store.flush()
    assert (tmp_path / "graph.trig").read_bytes() == before


def test_a_store_of_an_older_layout_is_rebuilt_from_graph_trig(tmp_path: Path) -> None:
    import sqlite3

    build(tmp_path)
    before = (tmp_path / "graph.trig").read_bytes()
    with sqlite3.connect(tmp_path / "store" / "articles.db") as db:
        db.execute("PRAGMA user_version=1")
    with Store.open(tmp_path) as store:
        assert store.article_ids() == ["a", "b", "c", "d", "e"]
        store.flush()
    assert (tmp_path / "graph.trig").read_bytes() == before


def test_a_store_of_the_previous_layout_is_upgraded_in_place(tmp_path: Path) -> None:
    import sqlite3

    build(tmp_path)
    before = [(tmp_path / n).read_bytes() for n in ("graph.trig", "graph.ttl")]
    with sqlite3.connect(tmp_path / "store" / "articles.db") as db:  # as version 3 left it
        for table in ("signing_blocks", "signing_stale", "pages", "written", "names",
                      "touched", "meta", "reports"):
            db.execute(f"DROP TABLE {table}")
        db.execute("DROP INDEX resolution_namekey")
        db.execute("ALTER TABLE resolution DROP COLUMN namekey")
        db.execute("PRAGMA user_version=3")
    (tmp_path / "graph.ttl").unlink()
    with Store.open(tmp_path) as store:
        store.flush()
        assert store._db.execute(
            "SELECT COUNT(*) FROM resolution WHERE namekey IS NULL").fetchone()[0] == 0
    assert [(tmp_path / n).read_bytes() for n in ("graph.trig", "graph.ttl")] == before


def test_a_store_of_version_4_is_upgraded_in_place_and_grows_as_a_fresh_one(
        tmp_path: Path) -> None:
    """Version 4 kept no records of the signing layer's reports: the table is added empty
    and filled as the layer reads them; nothing is rebuilt."""
    import sqlite3

    from semantic_data import extraction_kaist_only

    *first, last = [make() for make in ALL if make is not extraction_kaist_only]
    build(tmp_path / "fresh", [*first, last, extraction_kaist_only()])
    old = build(tmp_path / "old", [*first, last])
    with sqlite3.connect(old / "store" / "articles.db") as db:  # as version 4 left it
        db.execute("DROP TABLE reports")
        db.execute("PRAGMA user_version=4")
    with Store.open(old) as store:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == 6
        assert store.kept_reports([str(rdf.agreement_iri("a", 1))]) == {}
        store.put("d", rdf.article_triples(extraction_kaist_only()))
        store.flush()
        assert store.kept_reports([str(rdf.agreement_iri("d", 1))])
    for name in ("graph.trig", "graph.ttl"):
        assert (old / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes()


def test_an_unreadable_graph_trig_is_one_line_and_leaves_no_store(tmp_path: Path) -> None:
    (tmp_path / "graph.trig").write_text("<urn:a> { <urn:b> <urn:c> ", encoding="utf-8")
    with pytest.raises(StoreError, match="graph.trig: cannot be read"):
        Store.open(tmp_path)
    assert not (tmp_path / "store").exists()


def test_missing_output_and_a_second_writer_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no mougraph output here"):
        Store.open(tmp_path / "nothing")
    build(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from mougraph.store import Store; s = Store.open(Path(sys.argv[1])); "
         "print('open', flush=True); time.sleep(30)", str(tmp_path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError) as info:
            Store.open(tmp_path, create=True)   # a second writer
        assert "\n" not in str(info.value) and "in use" in str(info.value)
        with Store.open(tmp_path) as reader:   # a reader gets a read-only view
            assert reader.read_only and reader.article_ids() == ["a", "b", "c", "d", "e"]
            assert reader.query("ASK { ?o a org:Organization }").askAnswer is True
            with pytest.raises(StoreError, match="opened read-only"):
                reader.put("x", rdf.article_triples(extraction_c()))
            with pytest.raises(StoreError, match="opened read-only"):
                reader.flush()
    finally:
        holder.kill()
        holder.wait()


def test_query_reads_the_union_without_duplicates(tmp_path: Path) -> None:
    build(tmp_path, [extraction_a(), extraction_b()])
    with Store.open(tmp_path) as store:
        rows = list(store.query("SELECT ?l WHERE { ?o rdfs:label ?l ; mou:signs ?a }"))
        # 대전광역시 signs in both articles: two rows, one per agreement, not four
        assert [str(r[0]) for r in rows].count("대전광역시") == 2
        ask = store.query("ASK { ?o skos:altLabel \"대전시\"@ko }")
        assert ask.askAnswer is True
        per_graph = list(store.select(
            "SELECT ?g WHERE { GRAPH ?g { ?o rdfs:label \"대전광역시\"@ko } } ORDER BY ?g"))
        assert [r[0] for r in per_graph] == [rdf.article_iri("a"), rdf.article_iri("b")]


def read_to_the_end(rows: Iterator[object]) -> Iterator[object]:
    """The rows read to the end, the stream kept (as a caller's variable keeps it)."""
    assert list(rows) == []
    return rows


@pytest.mark.parametrize("ask", [
    lambda store: store.query("SELECT ?l WHERE { ?o rdfs:label ?l }"),
    lambda store: store.query("CONSTRUCT { ?o rdfs:label ?l } WHERE { ?o rdfs:label ?l }"),
    lambda store: read_to_the_end(store.select("SELECT ?l WHERE { ?o rdfs:label \"none\" }")),
], ids=["select", "construct", "streamed rows, none found"])
def test_a_query_leaves_no_oxigraph_answer_for_another_thread_to_drop(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        ask: Callable[[Store], object]) -> None:
    """A researcher queries the graph, then extracts on a Dask cluster in the same process:
    the garbage collector, running in a Dask thread, must find no Oxigraph answer the query
    left behind (Oxigraph refuses to drop one outside the thread that made it, and says so
    on stderr: "unsendable, but is being dropped on another thread")."""
    build(tmp_path, [extraction_a()])
    dropped: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: dropped.append(str(u.exc_value)))
    was_enabled = gc.isenabled()
    gc.disable()  # the collector runs when we say, not whenever this thread allocates
    try:
        gc.collect()
        with Store.open(tmp_path) as store:
            answer = ask(store)
            elsewhere = threading.Thread(target=gc.collect)  # as a Dask thread allocating
            elsewhere.start()
            elsewhere.join()
    finally:
        if was_enabled:
            gc.enable()
    assert answer is not None
    assert dropped == []


def test_dataset_is_an_rdflib_dataset_with_one_graph_per_article(tmp_path: Path) -> None:
    build(tmp_path, [extraction_a(), extraction_b()])
    with Store.open(tmp_path) as store:
        ds = store.dataset()
    assert isinstance(ds, Dataset)
    org = rdf.org_iri("대전광역시")
    assert set(ds.objects(org, RDFS.label)) == {Literal("대전광역시", lang="ko")}
    assert (org, None, None) in ds.graph(rdf.article_iri("a"))
    # article b as extracted, plus one altLabel: its 경복대 is labelled 경복대학교 corpus-wide
    expected = rdf.article_triples(extraction_b())
    assert len(ds.graph(rdf.article_iri("b"))) == len(expected) + 1


def test_closed_store_says_so(tmp_path: Path) -> None:
    build(tmp_path, [extraction_c()])
    store = Store.open(tmp_path)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.query("ASK { ?s ?p ?o }")


def test_dump_command_rewrites_the_files_from_the_store(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from mougraph.cli import cli

    build(tmp_path)
    before = [(tmp_path / n).read_bytes() for n in ("graph.trig", "graph.ttl")]
    for name in ("graph.trig", "graph.ttl"):
        (tmp_path / name).unlink()
    result = CliRunner().invoke(cli, ["dump", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output == f"{tmp_path / 'graph.trig'}\n{tmp_path / 'graph.ttl'}\n"
    assert [(tmp_path / n).read_bytes() for n in ("graph.trig", "graph.ttl")] == before
