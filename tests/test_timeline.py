"""Views count signings, stream from the store, and play over time (dynamic GEXF, periods).

The corpus is written by us: a city signs with a university in 2022 (reported by two
outlets), renews in 2023, and signs with a hospital in 2023; one more report has no date.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from xml.etree import ElementTree as ET

import networkx as nx
import pytest
from click.testing import CliRunner

from mougraph import rdf, views
from mougraph.cli import cli
from mougraph.export import export
from mougraph.model import Agreement, Area, Article, Extraction, Organisation, Span
from mougraph.store import Store

D = dt.date
G = "{http://gexf.net/1.3}"
CITY, UNIVERSITY, HOSPITAL, SCHOOL = "가온시", "나래대학교", "다온병원", "라온고등학교"


def report(article: str, parties: tuple[str, ...], *, signed: D | None = None,
           published: D | None = None, sentence: str = "두 기관은 업무협약을 체결했다.",
           area: str = "지역 인재 양성") -> Extraction:
    span = Span(0, len(sentence), sentence)
    agreement = Agreement(f"{'·'.join(parties)} 업무협약",
                          tuple(Organisation(p, evidence=span) for p in parties),
                          areas=(Area(area, evidence=span),), signed_on=signed, evidence=span)
    return Extraction(Article(article, sentence, published=published), (agreement,),
                      published=published)


CORPUS = [
    report("daily-2022", (CITY, UNIVERSITY), signed=D(2022, 5, 9), published=D(2022, 5, 9)),
    report("weekly-2022", (UNIVERSITY, CITY), published=D(2022, 5, 12), area="산학 협력"),
    report("renewal-2023", (CITY, UNIVERSITY), signed=D(2023, 5, 10),
           sentence="두 기관은 업무협약을 갱신했다."),
    report("hospital-2023", (CITY, HOSPITAL), published=D(2023, 8, 1)),
    report("school-undated", (CITY, SCHOOL)),
]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("timeline")
    with Store.open(folder, create=True) as store:
        for e in CORPUS:
            store.put(e.article.id, rdf.article_triples(e))
        store.flush()
    return folder


def node(g: nx.Graph, label: str) -> str:
    return next(n for n, d in g.nodes(data=True) if d["label"] == label)


def test_two_outlets_count_once_and_a_renewal_counts_again(out: Path) -> None:
    with Store.open(out) as store:
        g = views.organisations(store)
    pair = g.edges[node(g, CITY), node(g, UNIVERSITY)]
    assert pair["weight"] == 2.0  # 2022 (two reports) and the 2023 renewal
    assert pair["signings"] == "signing:daily-2022:1 signing:renewal-2023:1"
    assert (pair["first_signed"], pair["last_signed"]) == ("2022-05-09", "2023-05-10")
    assert pair["signing_dates"] == "2022-05-09 2023-05-10"
    city = g.nodes[node(g, CITY)]
    assert (city["signingCount"], city["first_signed"], city["last_signed"]) == (
        4, "2022-05-09", "2023-08-01")
    school = g.edges[node(g, CITY), node(g, SCHOOL)]
    assert "first_signed" not in school  # undated: no place on the timeline


def test_the_areas_of_one_signing_are_the_union_of_its_reports(out: Path) -> None:
    with Store.open(out) as store:
        g = views.areas(store)
    university = node(g, UNIVERSITY)
    assert g.edges[university, node(g, "산학 협력")]["weight"] == 1.0
    assert g.edges[university, node(g, "지역 인재 양성")]["weight"] == 2.0


@pytest.mark.parametrize("name", [*views.VIEWS, "parties"])
def test_views_streamed_from_the_store_equal_views_of_the_whole_dataset(
        out: Path, name: str) -> None:
    with Store.open(out) as store:
        build = views.parties if name == "parties" else lambda d: views.view(d, name)
        streamed, loaded = build(store), build(store.dataset())
    assert nx.utils.graphs_equal(streamed, loaded)
    assert list(streamed.nodes(data=True)) == list(loaded.nodes(data=True))


class Counting:
    """A store that notes what a view reads: how many triples, about what."""

    def __init__(self, store: Store) -> None:
        self.store, self.read = store, 0
        self.about: dict[str, set[str]] = {}  # kind of subject -> predicates read

    def triples(self, s=None, p=None, o=None):  # noqa: ANN001, ANN201
        for t in self.store.triples(s, p, o):
            self.read += 1
            iri = str(t[0])
            kind = "sentence" if "#" in iri else iri.split("/id/", 1)[-1].split("/", 1)[0]
            self.about.setdefault(kind, set()).add(str(t[1]).rsplit("#", 1)[-1])
            yield t


def test_a_network_view_reads_only_its_slice_of_the_store(out: Path) -> None:
    with Store.open(out) as store:
        organisations, full = Counting(store), Counting(store)
        views.organisations(organisations)
        views.full(full)
        assert full.read == len(store)
    assert organisations.read < full.read
    assert {"area", "article"} <= set(full.about)
    # who took part in which signing, and those nodes' own triples: no areas, no articles,
    # no people, of the agreement reports only the link to their signing
    assert set(organisations.about) == {"org", "signing", "sentence", "agreement"}
    assert organisations.about["agreement"] == {"reportOf"}


def test_a_period_keeps_the_signings_dated_within_it(out: Path) -> None:
    with Store.open(out) as store:
        period = views.Period(D(2023, 1, 1), D(2023, 12, 31))
        g = views.organisations(store, period=period)
        full = views.full(store, period=period)
    assert sorted(d["label"] for _, d in g.nodes(data=True)) == sorted(
        [CITY, UNIVERSITY, HOSPITAL])
    assert g.edges[node(g, CITY), node(g, UNIVERSITY)]["weight"] == 1.0
    kinds = {d["type"] for _, d in full.nodes(data=True)}
    assert "Signing" in kinds
    labels = {d["label"] for _, d in full.nodes(data=True)}
    assert SCHOOL not in labels and UNIVERSITY in labels
    assert not [n for n, d in full.nodes(data=True) if d.get("identifier") == "daily-2022"]


def test_organisations_gexf_is_dynamic_and_plays_the_weight_over_time(
        out: Path, tmp_path: Path) -> None:
    with Store.open(out) as store:
        export(store, tmp_path, formats=["gexf", "csv"], views=["organisations"])
    root = ET.parse(tmp_path / "organisations.gexf").getroot()
    assert root.get("version") == "1.3"
    graph = root.find(f"{G}graph")
    assert graph is not None
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    dynamic = [a for a in graph.findall(f"{G}attributes") if a.get("mode") == "dynamic"]
    assert [(b.get("class"), [a.get("id") for a in b]) for b in dynamic] == [
        ("edge", ["weight"])]
    labels = {n.get("id"): n.get("label") for n in graph.iter(f"{G}node")}
    starts = {labels[n.get("id")]: n.get("start") for n in graph.iter(f"{G}node")}
    assert starts == {CITY: "2022-05-09", UNIVERSITY: "2022-05-09", HOSPITAL: "2023-08-01",
                      SCHOOL: None}
    edges = {frozenset((labels[e.get("source")], labels[e.get("target")])): e
             for e in graph.iter(f"{G}edge")}
    pair = edges[frozenset((CITY, UNIVERSITY))]
    assert (pair.get("start"), pair.get("weight")) == ("2022-05-09", "2.0")
    spells = [(v.get("start"), v.get("end"), v.get("value"))
              for v in pair.iter(f"{G}attvalue") if v.get("for") == "weight"]
    assert spells == [("2022-05-09", "2023-05-09", "1.0"), ("2023-05-10", None, "2.0")]
    assert edges[frozenset((CITY, SCHOOL))].get("start") is None
    # an independent reader: networkx's own GEXF 1.3 parser sees a dynamic, dated graph
    read = nx.read_gexf(tmp_path / "organisations.gexf", version="1.3")
    assert read.graph["mode"] == "dynamic"
    by_label = {d["label"]: n for n, d in read.nodes(data=True)}
    assert read.nodes[by_label[HOSPITAL]]["start"] == "2023-08-01"
    assert read.edges[by_label[CITY], by_label[UNIVERSITY]]["start"] == "2022-05-09"
    assert "start" not in read.edges[by_label[CITY], by_label[SCHOOL]]
    rows = list(csv.DictReader(io.StringIO(
        (tmp_path / "organisations-edges.csv").read_text(encoding="utf-8-sig"))))
    dated = {(r["first_signed"], r["last_signed"]) for r in rows}
    assert ("2022-05-09", "2023-05-10") in dated and ("", "") in dated


def test_since_and_until_on_the_command_line(out: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["network", "--since", "2023-01-01", "--format", "csv",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    labels = {r["label"] for r in csv.DictReader(io.StringIO(result.stdout))}
    assert labels == {CITY, UNIVERSITY, HOSPITAL}
    result = runner.invoke(cli, ["network", "--until", "2019-1-1", "--out", str(out)])
    assert result.exit_code == 2
    target = tmp_path / "2022.svg"
    result = runner.invoke(cli, ["viz", "--view", "organisations", "--until", "2022-12-31",
                                 "--out", str(target), "--from", str(out)])
    assert result.exit_code == 0 and target.read_bytes().count(b"<svg") == 1
    result = runner.invoke(cli, ["query", "signings", "--format", "csv", "--out", str(out)])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    reports = sorted(sorted(r["reports"].split()) for r in rows)
    assert reports == [["daily-2022", "weekly-2022"], ["hospital-2023"], ["renewal-2023"],
                       ["school-undated"]]
    basis = {r["signing"].rsplit("/", 1)[0].rsplit("/", 1)[-1]: r["basis"] for r in rows}
    assert basis == {"daily-2022": "SigningDate", "hospital-2023": "PublicationDate",
                     "renewal-2023": "SigningDate", "school-undated": ""}
