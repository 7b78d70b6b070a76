"""Resolution kept up to date run after run: a researcher adds and corrects articles, and
each flush resolves only the clusters their names touch, yet the store ends exactly as
one resolution of everything (invented organisations, chosen to merge and split)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from mougraph import names, rdf
from mougraph.model import Agreement, Article, Extraction, Organisation, OrgKind, Span
from mougraph.store import Store

# (name, aliases, kind): an acronym two bodies claim (ambiguous: links neither), short forms
# the name rules join, a short form of a short form, a place before a name
BODIES = [
    ("한빛과학기술원", ("HBIST",), OrgKind.RESEARCH_INSTITUTE),
    ("한빛과학원", ("HBIST",), OrgKind.UNIVERSITY),
    ("한빛과학기술원", (), OrgKind.UNIVERSITY),
    ("누리전력공사", ("누리전력",), OrgKind.PUBLIC_AGENCY),
    ("누리전력", (), OrgKind.COMPANY),
    ("누리전력공사", ("누전",), None),
    ("서울 가온구청", ("가온구청",), OrgKind.LOCAL_GOVERNMENT),
    ("부산 가온구청", ("가온구청",), OrgKind.LOCAL_GOVERNMENT),
    ("가온구", (), OrgKind.LOCAL_GOVERNMENT),
    ("다솜시", (), OrgKind.LOCAL_GOVERNMENT),
    ("다솜시청", ("다솜시",), None),
    ("마루대", (), OrgKind.UNIVERSITY),
    ("마루대학교", ("마루대",), OrgKind.UNIVERSITY),
    ("바다은행", ("BB",), OrgKind.COMPANY),
    ("바다병원", ("BB",), OrgKind.HOSPITAL),
]


def article(article_id: str, picks: list[int]) -> Extraction:
    sentence = "여러 기관이 업무협약을 체결했다."
    span = Span(0, len(sentence), sentence)
    parties = tuple(Organisation(BODIES[i][0], BODIES[i][1], BODIES[i][2], evidence=span)
                    for i in dict.fromkeys(picks))
    agreement = Agreement("업무협약", parties, evidence=span)
    return Extraction(Article(article_id, sentence), (agreement,))


def runs(seed: int) -> list[dict[str, Extraction]]:
    """Five runs of a few articles each; later runs also correct earlier articles."""
    rng = random.Random(seed)
    batches: list[dict[str, Extraction]] = []
    for run in range(5):
        batch = {}
        for n in range(rng.randint(1, 4)):
            article_id = f"r{run}-{n}" if run == 0 or rng.random() < 0.6 \
                else f"r{rng.randrange(run)}-{rng.randint(0, 3)}"
            batch[article_id] = article(article_id, rng.sample(range(len(BODIES)), 2))
        batches.append(batch)
    return batches


def state(store: Store) -> tuple[list[tuple[str, ...]], bytes, bytes]:
    table = store._db.execute("SELECT name, key, label, kind, namekey FROM resolution "
                              "ORDER BY name").fetchall()
    return table, (store.out / "graph.trig").read_bytes(), (store.out / "graph.ttl").read_bytes()


@pytest.mark.parametrize("seed", range(8))
def test_resolving_only_what_each_run_touched_ends_as_one_resolution_of_all(
        tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names, "WHOLE_SHARE", 1e9)  # never everything again, however many
    final: dict[str, Extraction] = {}
    with Store.open(tmp_path / "grown", create=True) as grown:
        for batch in runs(seed):
            for article_id, extraction in batch.items():
                grown.put(article_id, rdf.article_graph(extraction))
            grown.flush()
            final |= batch
        kept = state(grown)
    with Store.open(tmp_path / "fresh", create=True) as fresh:
        for article_id, extraction in sorted(final.items()):
            fresh.put(article_id, rdf.article_graph(extraction))
        fresh.flush()
        assert state(fresh) == kept


def test_the_runs_above_do_merge_and_split_clusters(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(So the test above is about something: an acronym joins a body, then a second
    body claiming it splits them again.)"""
    monkeypatch.setattr(names, "WHOLE_SHARE", 1e9)
    with Store.open(tmp_path, create=True) as store:
        store.put("a", rdf.article_graph(article("a", [0, 8])))
        store.flush()
        assert store._current("HBIST")[1] == "한빛과학기술원"
        store.put("b", rdf.article_graph(article("b", [1, 8])))
        store.flush()
        assert store._current("HBIST")[1] == "HBIST"
        # a body's better name came from an alias another body now claims too
        store.put("c", rdf.article_graph(article("c", [6, 9])))
        store.flush()
        assert store._current("서울 가온구청")[1] == "가온구청"
        store.put("d", rdf.article_graph(article("d", [7, 9])))
        store.flush()
        assert store._current("서울 가온구청")[1] == "서울 가온구청"
