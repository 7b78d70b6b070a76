"""One signing, many reports: invented reports grouped the way a careful reader would."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import URIRef

from mougraph import rdf, signings
from mougraph.model import Agreement, Article, Extraction, Organisation, ReadBy, Span
from mougraph.rdf import MOU
from mougraph.signings import Report, cluster, cue_words
from mougraph.store import Store

D = dt.date


def org(name: str) -> str:
    return str(rdf.org_iri(name))


def report(article: str, *parties: str, signed: D | None = None, published: D | None = None,
           text: str = "", model: tuple[str, ...] = ()) -> Report:
    """``model``: the parties (among ``parties``) only a learned step read in it."""
    return Report(agreement=str(rdf.agreement_iri(article, 1)),
                  article=str(rdf.article_iri(article)),
                  parties=frozenset(org(p) for p in parties), label=f"{article} 협약",
                  signed_on=signed, published=published, cues=cue_words(text),
                  model_parties=frozenset(org(p) for p in model))


def groups(reports: list[Report]) -> list[list[str]]:
    """The signings as lists of article ids, for readable asserts."""
    return sorted(sorted(r.article.rsplit("/", 1)[-1] for r in s.reports)
                  for s in cluster(reports))


# --- who is one signing -------------------------------------------------------------------

def test_two_outlets_reporting_one_signing_are_one_signing() -> None:
    daily = report("daily", "가온시", "나래대학교", signed=D(2023, 5, 9), published=D(2023, 5, 9))
    weekly = report("weekly", "나래대학교", "가온시", published=D(2023, 5, 12))
    assert groups([daily, weekly]) == [["daily", "weekly"]]
    signing = cluster([daily, weekly])[0]
    assert (signing.signed_on, signing.date, signing.basis) == (D(2023, 5, 9), D(2023, 5, 9),
                                                                "signing")


def test_a_renewal_a_year_later_is_another_signing() -> None:
    first = report("first", "가온시", "나래대학교", signed=D(2022, 5, 9))
    renewal = report("renewal", "가온시", "나래대학교", signed=D(2023, 5, 10),
                     text="가온시와 나래대학교가 업무협약을 갱신했다")
    assert groups([first, renewal]) == [["first"], ["renewal"]]


def test_the_same_parties_at_two_ceremonies_a_month_apart_are_two_signings() -> None:
    march = report("march", "가온시", "나래대학교", signed=D(2023, 3, 2))
    april = report("april", "가온시", "나래대학교", signed=D(2023, 4, 3))
    march_again = report("march-again", "가온시", "나래대학교", published=D(2023, 3, 3))
    assert groups([march, april, march_again]) == [["april"], ["march", "march-again"]]


def test_an_undated_report_joins_only_on_strong_evidence() -> None:
    dated = report("dated", "가온시", "나래대학교", "다온기술", signed=D(2023, 3, 2))
    same_three = report("same-three", "다온기술", "가온시", "나래대학교")
    two_of_three = report("two-of-three", "가온시", "나래대학교")
    assert groups([dated, same_three, two_of_three]) == [["dated", "same-three"],
                                                        ["two-of-three"]]
    second = report("second", "가온시", "나래대학교", "다온기술",
                    text="가온시 등 3개 기관이 제2차 업무협약을 맺었다")
    assert groups([dated, second]) == [["dated"], ["second"]]


def test_an_undated_report_that_could_be_either_of_two_signings_stays_alone() -> None:
    one = report("one", "가온시", "나래대학교", signed=D(2021, 6, 1))
    two = report("two", "가온시", "나래대학교", signed=D(2023, 6, 1))
    undated = report("undated", "가온시", "나래대학교")
    assert groups([one, two, undated]) == [["one"], ["two"], ["undated"]]
    assert groups([one, undated]) == [["one", "undated"]]


def test_an_outlet_that_named_one_side_joins_the_signing_of_that_day() -> None:
    both = report("both", "가온도", "라온마트", signed=D(2020, 9, 3))
    one_side = report("one-side", "라온마트", signed=D(2020, 9, 3))
    other_store = report("other-store", "가온도", "라온백화점")
    assert groups([both, one_side, other_store]) == [["both", "one-side"], ["other-store"]]


def test_a_party_named_inside_a_longer_name_still_matches_on_the_same_day() -> None:
    clean = report("clean", "가온특별자치도", "나래도", signed=D(2024, 1, 8))
    noisy = report("noisy", "가온특별자치도", "다온시나래도", signed=D(2024, 1, 8))
    apart = report("apart", "가온특별자치도", "다온시나래도", signed=D(2024, 1, 20))
    assert groups([clean, noisy, apart]) == [["apart"], ["clean", "noisy"]]


def test_a_city_signing_with_different_partners_on_one_day_makes_different_signings() -> None:
    a = report("a", "가온시", "나래대학교", signed=D(2023, 3, 2))
    b = report("b", "가온시", "다온병원", signed=D(2023, 3, 2))
    assert groups([a, b]) == [["a"], ["b"]]


@pytest.mark.parametrize(("text", "cues"), [
    ("두 기관은 업무협약을 체결했다", set()),
    ("2차전지 소재 분야 협력을 위한 협약", set()),
    ("제2차 업무협약을 맺었다", {"ordinal:2"}),
    ("세 번째 협약이다", {"ordinal:3"}),
    ("지난해 맺은 협약을 재협약했다", {"renewal"}),
    ("기존 협약을 연장했다", {"renewal"}),
])
def test_cue_words(text: str, cues: set[str]) -> None:
    assert cue_words(text) == cues


def test_grouping_does_not_depend_on_the_order_of_reports() -> None:
    reports = [report("x", "가온시", "나래대학교", signed=D(2023, 3, 2)),
               report("y", "나래대학교", "가온시", published=D(2023, 3, 3)),
               report("z", "가온시", "나래대학교"),
               report("w", "나래대학교", signed=D(2023, 3, 2))]
    assert cluster(reports) == cluster(list(reversed(reports)))


def test_a_signing_many_outlets_told_alike_is_searched_once_per_way_of_telling() -> None:
    """The reports a changed one can regroup with: the same set, but a hundred outlets'
    identical reports of one signing are searched for partners once, not a hundred times."""
    told = [report(f"o{i}", "가온시", "나래대학교", published=D(2023, 3, 3)) for i in range(100)]
    other = [report("p1", "나래대학교", "다온은행", published=D(2023, 3, 3)),
             report("p2", "다온은행", "솔빛공사", published=D(2023, 3, 3)),
             report("q1", "솔빛공사", "한결대학교", signed=D(2021, 6, 1))]
    everyone = told + other
    searched: list[Report] = []

    def candidates(r: Report) -> list[Report]:
        searched.append(r)
        return [o for o in everyone if o is not r and o.parties & r.parties]

    def closure(seeds: list[Report]) -> list[Report]:
        found = {r.agreement: r for r in seeds}
        grew = True
        while grew:
            grew = False
            for r in list(found.values()):
                for o in candidates(r):
                    if o.agreement not in found and signings.link(r, o) is not None:
                        found[o.agreement], grew = o, True
        return sorted(found.values(), key=lambda r: r.agreement)

    expected = closure([told[0]])
    searched.clear()
    assert signings.block([told[0]], candidates) == expected
    assert len(searched) == len({r.profile for r in expected})


def test_a_signing_many_outlets_told_alike_is_grouped_without_comparing_every_pair(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A hundred identical reports of one signing: the search for partners runs once per
    way of telling it, not once per report (the pairs would grow with the square)."""
    told = [report(f"o{i:03d}", "가온시", "나래대학교", published=D(2023, 3, 3))
            for i in range(100)]
    others = [report("day", "나래대학교", signed=D(2023, 3, 3)),
              report("later", "가온시", "나래대학교", signed=D(2023, 9, 1))]
    searched: list[Report] = []
    blocking = signings._candidates

    def counted(items: list[Report]):  # noqa: ANN202 - the blocking step's own type
        find = blocking(items)

        def candidates(r: Report) -> list[Report]:
            searched.append(r)
            return find(r)

        return candidates

    monkeypatch.setattr(signings, "_candidates", counted)
    assert groups(told + others) == [sorted(r.article.rsplit("/", 1)[-1]
                                            for r in [*told, others[0]]), ["later"]]
    assert len(searched) == 3


def reference(reports: list[Report]) -> list[list[str]]:
    """The grouping rule as the module docstring states it, report by report: every linked
    pair, strongest first (ties by agreement IRI), weak links of a report torn between two
    incompatible partners dropped, two groups merged unless a pair across is incompatible."""
    items = sorted({r.agreement: r for r in reports}.values(), key=lambda r: r.agreement)
    found = {(a.agreement, b.agreement): s for i, a in enumerate(items) for b in items[i + 1:]
             if (s := signings.link(a, b)) is not None}
    index = {r.agreement: r for r in items}
    weak: dict[str, list[Report]] = {r.agreement: [] for r in items}
    for (a, b), (tier, _) in found.items():
        if tier > 0:
            weak[a].append(index[b])
            weak[b].append(index[a])
    torn = {a for a, partners in weak.items() if any(
        signings.incompatible(x, y) for i, x in enumerate(partners) for y in partners[i + 1:])}
    group = {r.agreement: [r] for r in items}
    for (tier, _), a, b in sorted((s, a, b) for (a, b), s in found.items()):
        ga, gb = group[a], group[b]
        if ga is gb or (tier > 0 and {a, b} & torn) or any(
                signings.incompatible(x, y) for x in ga for y in gb):
            continue
        ga.extend(gb)
        for r in gb:
            group[r.agreement] = ga
    return sorted({id(g): sorted(r.agreement for r in g) for g in group.values()}.values())


@pytest.mark.parametrize("seed", range(8))
def test_grouping_by_way_of_telling_equals_the_rule_applied_report_by_report(
        seed: int) -> None:
    """Random corpora of a few ways of telling, each by many outlets: same parties at
    dates days or weeks apart, names written inside others, renewals and second
    ceremonies, undated and one-sided reports."""
    import random

    rng = random.Random(seed)
    names = ["가온시", "가온시청", "나래대학교", "나래대", "다온기술", "라온병원"]
    for _ in range(60):
        ways = []
        for _ in range(rng.randint(1, 7)):
            day = D(2023, 3, 1) + dt.timedelta(days=rng.randint(0, 12))
            ways.append(dict(
                parties=rng.sample(names, rng.choice([1, 2, 2, 3, 3, 4])),
                signed=day if rng.random() < 0.5 else None,
                published=day + dt.timedelta(days=rng.randint(0, 3))
                if rng.random() < 0.7 else None,
                text=rng.choice(["", "", "", "협약을 갱신했다", "제2차 협약을 맺었다"])))
        told = []
        for number in rng.sample(range(10_000), rng.randint(1, 30)):
            way = rng.choice(ways)
            told.append(report(f"r{number:05d}", *way["parties"], signed=way["signed"],
                               published=way["published"], text=way["text"]))
        assert sorted(sorted(r.agreement for r in s.reports) for s in cluster(told)) \
            == reference(told)


def test_a_report_kept_as_a_record_reads_back_the_same() -> None:
    kept = [report("full", "가온시", "나래대학교", signed=D(2023, 5, 9),
                   published=D(2023, 5, 10), text="협약을 갱신했다", model=("나래대학교",)),
            report("bare", "가온시")]
    assert [signings.from_record(r.agreement, record)
            for r, (_, _, record) in zip(kept, signings.records(kept), strict=True)] == kept


# --- the layer in a store: incremental equals a full rebuild ---------------------------------

def extraction(article: str, parties: tuple[str, ...], *, signed: D | None = None,
               published: D | None = None, sentence: str = "두 기관은 업무협약을 체결했다.",
               model: tuple[str, ...] = ()) -> Extraction:
    """``model``: the parties (among ``parties``) the learned party step added."""
    span = Span(0, len(sentence), sentence)
    agreement = Agreement(f"{'·'.join(parties)} 업무협약",
                          tuple(Organisation(p, evidence=span, read_by=ReadBy.LEARNED_PARTY
                                             if p in model else ReadBy.RULES)
                                for p in parties),
                          signed_on=signed, evidence=span)
    return Extraction(Article(article, sentence, published=published), (agreement,),
                      published=published)


CORPUS = [
    extraction("a1", ("가온시", "나래대학교"), signed=D(2023, 3, 2), published=D(2023, 3, 2)),
    extraction("a2", ("나래대학교", "가온시"), published=D(2023, 3, 4)),
    extraction("a3", ("가온시", "나래대학교"), signed=D(2024, 3, 5),
               sentence="두 기관은 업무협약을 갱신했다."),
    extraction("b1", ("다온병원", "라온기술", "가온시"), signed=D(2023, 7, 1)),
    extraction("b2", ("라온기술", "다온병원", "가온시")),
    extraction("c1", ("마루전자", "바다항만공사"), published=D(2022, 1, 10)),
]
LATER = [
    extraction("a4", ("가온시", "나래대학교"), published=D(2024, 3, 6)),
    extraction("c2", ("바다항만공사", "마루전자"), signed=D(2022, 1, 9)),
    # an outlet that named one side only: joined through the date, not two shared parties
    extraction("d1", ("나래대학교",), signed=D(2024, 3, 5)),
    # a1 again, now read with the 2024 date: it leaves the 2023 signing
    extraction("a1", ("가온시", "나래대학교"), signed=D(2024, 3, 5), published=D(2024, 3, 5)),
]


def layer(store: Store) -> set[tuple[str, str, str]]:
    graph = URIRef(str(rdf.SIGNINGS_GRAPH))
    return {(q.subject.value, q.predicate.value, str(q.object)) for q in
            store._oxs.quads_for_pattern(None, None, None, _ox(graph))}


def _ox(iri: URIRef):  # noqa: ANN202 - pyoxigraph term
    import pyoxigraph as ox
    return ox.NamedNode(str(iri))


def put_all(store: Store, extractions: list[Extraction]) -> None:
    for e in extractions:
        store.put(e.article.id, rdf.article_triples(e))
    store.flush(write_files=False)


def test_adding_articles_regroups_as_a_full_rebuild_would(tmp_path: Path) -> None:
    with Store.open(tmp_path / "grown", create=True) as grown:
        put_all(grown, CORPUS)
        put_all(grown, LATER)
        incremental = layer(grown)
        signings.rebuild(grown)
        assert layer(grown) == incremental
    final = {e.article.id: e for e in CORPUS + LATER}  # the later a1 replaces the first
    with Store.open(tmp_path / "fresh", create=True) as fresh:
        put_all(fresh, list(final.values()))
        assert layer(fresh) == incremental
    a_2024 = str(rdf.signing_iri("a1/1"))
    for joined in ("a4", "d1"):
        assert (str(rdf.agreement_iri(joined, 1)), str(MOU.reportOf), f"<{a_2024}>") \
            in incremental


def test_every_agreement_reports_exactly_one_signing(tmp_path: Path) -> None:
    with Store.open(tmp_path, create=True) as store:
        put_all(store, CORPUS)
        rows = list(store.select(
            "SELECT ?ag (COUNT(?s) AS ?n) WHERE { ?ag a mou:Agreement . "
            "OPTIONAL { ?ag mou:reportOf ?s } } GROUP BY ?ag"))
        assert len(rows) == len(CORPUS)
        assert {int(n) for _, n in rows} == {1}  # type: ignore[arg-type]
        groups_found = {str(s).rsplit("signing/", 1)[-1]: sorted(
            str(a).split("agreement/")[1] for a, in store.select(
                f"SELECT ?a WHERE {{ ?a mou:reportOf <{s}> }}"))
            for s, in store.select("SELECT ?s WHERE { ?s a mou:Signing }")}
        assert groups_found == {"a1/1": ["a1/1", "a2/1"], "a3/1": ["a3/1"],
                                "b1/1": ["b1/1", "b2/1"], "c1/1": ["c1/1"]}


def test_the_layer_uses_only_terms_the_ontology_defines_and_passes_the_shapes(
        tmp_path: Path) -> None:
    from rdflib.namespace import RDF

    from mougraph.validate import ontology_graph, validate_output

    used = {t for s in cluster([report("x", "가온시", "나래대학교", published=D(2023, 1, 2),
                                       model=("나래대학교",))])
            for triple in signings.signing_triples(s) for t in triple
            if isinstance(t, URIRef) and str(t).startswith(str(MOU))}
    defined = set(ontology_graph().subjects(RDF.type, None))
    assert used and used <= defined, sorted(used - defined)
    with Store.open(tmp_path, create=True) as store:
        put_all(store, [*CORPUS, *MODEL_READ])
    report_ = validate_output(tmp_path)
    assert report_.conforms and report_.warnings == 0, report_.text


def test_a_store_written_before_signings_gets_its_layer_at_the_next_flush(
        tmp_path: Path) -> None:
    from rdflib.namespace import RDF

    with Store.open(tmp_path, create=True) as store:
        put_all(store, CORPUS)
        built = layer(store)
        nodes = {s for s, _, _ in store.triples(None, RDF.type, MOU.Signing)}
        store.replace_signings([t for s in nodes for t in (
            *store.triples(s, None, None), *store.triples(None, MOU.reportOf, s),
            *store.triples(None, MOU.partyTo, s))], [])
        assert layer(store) == set()  # as an older mougraph left it
        store.flush(write_files=False)  # nothing new, yet the layer is built
        assert layer(store) == built


def test_a_signing_gaining_a_report_reads_only_that_reports_triples(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The other reports of a signing are read from the records the store kept of them,
    until their article is put again."""
    outlets = [extraction(f"o{i:02d}", ("가온시", "나래대학교"), published=D(2023, 3, 3))
               for i in range(30)]
    read: list[str] = []
    from_triples = signings._report

    def counted(ag: str, *args: object) -> Report | None:
        found = from_triples(ag, *args)  # type: ignore[arg-type]
        if found is not None:
            read.append(found.article.rsplit("/", 1)[-1])
        return found

    monkeypatch.setattr(signings, "_report", counted)
    with Store.open(tmp_path, create=True) as store:
        put_all(store, outlets)
        read.clear()
        put_all(store, [extraction("late", ("나래대학교", "가온시"), published=D(2023, 3, 4))])
        assert read == ["late"]
        again = extraction("o07", ("가온시", "나래대학교"), signed=D(2023, 3, 2),
                           published=D(2023, 3, 3))
        put_all(store, [again])  # put again, changed: read again
        assert read == ["late", "o07"]
        grown = layer(store)
    with Store.open(tmp_path / "fresh", create=True) as fresh:
        put_all(fresh, [*outlets[:7], again, *outlets[8:],
                        extraction("late", ("나래대학교", "가온시"), published=D(2023, 3, 4))])
        assert layer(fresh) == grown


# --- a party only a learned step read, in every report of a signing ---------------------------

def test_a_signing_marks_a_party_no_report_has_by_the_rules() -> None:
    day = {"signed": D(2023, 6, 1), "published": D(2023, 6, 1)}
    model_here = report("m1", "가온시", "한결", "다온", "나래", model=("한결", "다온", "나래"),
                        **day)
    rules_there = report("m2", "가온시", "한결", "다온", model=("다온",), **day)  # 한결 by rules
    model_too = report("m3", "가온시", "한결", "다온", model=("다온",), **day)
    [signing] = cluster([model_here, rules_there, model_too])
    assert signing.parties == {org("가온시"), org("한결"), org("다온"), org("나래")}
    assert signing.model_parties == {org("다온"), org("나래")}  # 나래: named by m1 alone
    [alone] = cluster([model_here])
    assert alone.model_parties == {org("한결"), org("다온"), org("나래")}
    node = rdf.signing_iri(signing.key)
    triples = signings.signing_triples(signing)
    assert (node, MOU.modelReadSigningParty, URIRef(org("다온"))) in triples
    assert (URIRef(org("다온")), MOU.partyTo, node) in triples     # stated plainly too
    # NOT: a report's own marker is no signing's when the rules read the party elsewhere
    assert (node, MOU.modelReadSigningParty, URIRef(org("한결"))) not in triples
    assert not signing_model_triples(cluster([report("r1", "가온시", "한결", **day)]))


def signing_model_triples(found: list[signings.Signing]) -> list[signings.Triple]:
    return [t for s in found for t in signings.signing_triples(s)
            if t[1] == MOU.modelReadSigningParty]


THREE = ("가온시", "한결", "다온")
MODEL_READ = [
    extraction("m1", THREE, signed=D(2023, 6, 1), model=("한결", "다온")),
    extraction("m2", THREE, signed=D(2023, 6, 1), model=("한결", "다온")),
]
MODEL_LATER = [
    # another outlet's rules read 한결: the signing no longer marks it
    extraction("m3", THREE, signed=D(2023, 6, 1), model=("다온",)),
    # m2 again, now with 다온 by the rules too: 다온 is no longer marked either
    extraction("m2", THREE, signed=D(2023, 6, 1), model=("한결",)),
]


def markers(store: Store) -> set[tuple[str, str]]:
    return {(s.rsplit("signing/", 1)[-1], o.strip("<>").rsplit("/", 1)[-1])
            for s, p, o in layer(store) if p == str(MOU.modelReadSigningParty)}


def test_the_marker_follows_the_reports_run_after_run_as_a_full_rebuild_would(
        tmp_path: Path) -> None:
    from urllib.parse import unquote

    with Store.open(tmp_path / "grown", create=True) as grown:
        put_all(grown, [*CORPUS, *MODEL_READ])
        assert {(k, unquote(o)) for k, o in markers(grown)} == {("m1/1", "한결"),
                                                                ("m1/1", "다온")}
        put_all(grown, MODEL_LATER[:1])            # incremental: a report joins
        assert {(k, unquote(o)) for k, o in markers(grown)} == {("m1/1", "다온")}
        incremental = layer(grown)
        signings.rebuild(grown)
        assert layer(grown) == incremental
        put_all(grown, MODEL_LATER[1:])            # incremental: a report put again
        assert markers(grown) == set()
        final = layer(grown)
    with Store.open(tmp_path / "fresh", create=True) as fresh:
        put_all(fresh, [*CORPUS, MODEL_READ[0], *MODEL_LATER])
        assert layer(fresh) == final
    with Store.open(tmp_path / "half", create=True) as half:
        put_all(half, [*CORPUS, *MODEL_READ, MODEL_LATER[0]])
        assert layer(half) == incremental


def test_a_store_of_version_5_gets_the_marker_at_the_next_flush(tmp_path: Path) -> None:
    """Version 5 knew no signing marker: its kept reports are dropped and every article
    regrouped at the next flush, giving the files of a fresh run."""
    import sqlite3

    corpus = [*CORPUS, *MODEL_READ]
    for name in ("fresh", "old"):
        with Store.open(tmp_path / name, create=True) as store:
            put_all(store, corpus)
            store.flush()
    with Store.open(tmp_path / "old") as store:   # as version 5 left it: no marker
        store.replace_signings(list(store.triples(None, MOU.modelReadSigningParty, None)), [])
        store.flush()
        assert markers(store) == set()
    old = tmp_path / "old"
    assert b"modelReadSigningParty" not in (old / "graph.trig").read_bytes()
    with sqlite3.connect(old / "store" / "articles.db") as db:
        db.execute("PRAGMA user_version=5")
    with Store.open(old) as store:
        assert store._db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 0
        store.flush()
        assert len(markers(store)) == 2
    for name in ("graph.trig", "graph.ttl"):
        assert (old / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes()
