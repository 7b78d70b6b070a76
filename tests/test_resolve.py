"""Entity resolution: which names are one organisation, across articles and runs."""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib.namespace import RDFS, SKOS
from semantic_data import build, extraction_a, extraction_b, extraction_kaist_only

from mougraph import rdf
from mougraph.cli import cli
from mougraph.errors import InputError
from mougraph.rdf import MOU
from mougraph.resolve import Resolver, compatible, name_key, read_alias_table
from mougraph.store import Store

# (one name, another name): the same organisation by the name rules alone
MERGE = [
    ("대전시", "대전광역시"),
    ("서울시", "서울특별시"),
    ("세종시", "세종특별자치시"),
    ("제주도", "제주특별자치도"),
    ("경남도", "경상남도"),
    ("경복대", "경복대학교"),
    ("서울대", "서울대학교"),
    ("송파구청", "송파구"),
    ("한빛군청", "한빛군"),
    ("대전광역시청", "대전광역시"),
    ("㈜한빛소프트", "한빛소프트"),
    ("(주)한빛소프트", "주식회사 한빛소프트"),
    ("(사)한국드라마제작사협회", "한국드라마제작사협회"),
    ("재단법인 한빛문화재단", "(재)한빛문화재단"),
    ("한국과학기술원 문화기술대학원", "한국과학기술원문화기술대학원"),
    ("AR・VR 협회", "AR·VR 협회"),
    ("국립 한빛과학기술대학교", "한빛과학기술대학교"),
]

# pairs that must stay two organisations
KEEP_APART = [
    ("경봉대", "경복대"),
    ("경봉대학교", "경복대학교"),
    ("한국전력", "한국전력기술"),
    ("한국전력공사", "한국전력기술"),
    ("서울대", "서울교육대학교"),
    ("서울대학교", "서울대학교병원"),
    ("광주시", "광주광역시"),       # Gyeonggi's 광주시 is another city
    ("삼성", "삼성전자"),
    ("참여연대", "참여연대학교"),
    ("중구", "서울 중구청"),
    ("대전시", "대전광역시교육청"),
    ("국립중앙박물관", "중앙박물관"),
]


@pytest.mark.parametrize("a, b", MERGE)
def test_name_rules_merge(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", KEEP_APART)
def test_name_rules_keep_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


# (alias seen beside a full name, full name, may it link the two?)
COMPATIBLE = [
    ("KAIST", "한국과학기술원", True),
    ("한전", "한국전력공사", True),
    ("한국전력", "한국전력공사", True),
    ("경복대", "경복대학교", True),
    ("서울 송파구청", "송파구청", True),
    ("대전시", "대전광역시", True),
    ("한국전력", "한국전력기술", False),
    ("경봉대", "경복대학교", False),
    ("서울대", "서울교육대학교", False),
    ("삼성", "삼성전자", False),
    ("문화기술대학원", "한국과학기술원 문화기술대학원", False),
    ("대구시", "대전광역시", False),
]


@pytest.mark.parametrize("alias, full, expected", COMPATIBLE)
def test_compatible_aliases(alias: str, full: str, expected: bool) -> None:
    assert compatible(alias, full) is expected


def test_alias_seen_beside_a_full_name_merges_everywhere() -> None:
    r = Resolver()
    r.observe("한국과학기술원", ["KAIST"])
    r.observe("KAIST")                      # another article says only KAIST
    assert r.resolve("KAIST") == r.resolve("한국과학기술원") == ("한국과학기술원", "한국과학기술원")


def test_an_ambiguous_alias_links_nothing() -> None:
    r = Resolver()
    r.observe("서울 중구청", ["중구"])
    r.observe("부산 중구청", ["중구"])
    keys = {r.resolve(n)[0] for n in ("서울 중구청", "부산 중구청", "중구")}
    assert len(keys) == 3


def test_an_incompatible_alias_stays_a_label_of_that_article_only() -> None:
    r = Resolver()
    r.observe("한국전력기술", ["한국전력"])  # an extractor's slip: not merged
    r.observe("한국전력공사", ["한전", "한국전력"])
    assert r.resolve("한국전력")[0] == "한국전력공사"
    assert r.resolve("한국전력기술")[0] == "한국전력기술"


def test_the_label_is_the_fullest_name_seen_and_hangul_wins() -> None:
    r = Resolver()
    r.observe("대전시")
    assert r.resolve("대전시") == ("대전광역시", "대전시")   # only the short form seen yet
    r.observe("대전광역시", ["대전시"])
    assert r.resolve("대전시") == ("대전광역시", "대전광역시")
    r.observe("KAIST")
    r.observe("한국과학기술원", ["KAIST"])
    assert r.resolve("KAIST")[1] == "한국과학기술원"


def test_a_place_word_before_a_name_is_not_its_label() -> None:
    r = Resolver()
    r.observe("서울 송파구청", ["송파구청", "송파구"])
    r.observe("국립 한빛과학기술대학교", ["한빛과학기술대학교"])
    assert r.resolve("송파구")[1] == "송파구청"
    assert r.resolve("한빛과학기술대학교")[1] == "한빛과학기술대학교"


OBSERVATIONS = [("한국과학기술원", ["KAIST"]), ("KAIST", []), ("대전시", []),
                ("대전광역시", ["대전시"]), ("한국전력공사", ["한전"]), ("한전", [])]


def test_result_does_not_depend_on_the_order_of_articles() -> None:
    results = set()
    for order in itertools.permutations(OBSERVATIONS):
        r = Resolver()
        for label, aliases in order:
            r.observe(label, aliases)
        results.add(tuple(r.mapping().items()))
    assert len(results) == 1


def test_alias_table(tmp_path: Path) -> None:
    table = tmp_path / "aliases.tsv"
    table.write_text("# alias\tcanonical\n포스텍\t포항공과대학교\nPOSTECH\t포항공과대학교\n\n",
                     encoding="utf-8")
    aliases = read_alias_table(table)
    assert aliases == {"포스텍": "포항공과대학교", "POSTECH": "포항공과대학교"}
    r = Resolver(aliases)
    r.observe("포스텍")
    assert r.resolve("포스텍") == ("포항공과대학교", "포항공과대학교")
    assert r.resolve("POSTECH") == ("포항공과대학교", "포항공과대학교")


def test_alias_table_errors_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("포스텍 포항공과대학교\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.tsv:1: expected 'alias<TAB>canonical name'"):
        read_alias_table(bad)
    with pytest.raises(InputError, match="cannot read alias table"):
        read_alias_table(tmp_path / "missing.tsv")


# --- across articles in the store --------------------------------------------------------

def labels(store: Store, name: str) -> tuple[set[str], set[str]]:
    org = rdf.org_iri(name)
    ds = store.dataset()
    return ({str(o) for o in ds.objects(org, RDFS.label)},
            {str(o) for o in ds.objects(org, SKOS.altLabel)})


def test_one_node_one_label_per_organisation_across_articles(tmp_path: Path) -> None:
    build(tmp_path, [extraction_a(), extraction_b(), extraction_kaist_only()])
    with Store.open(tmp_path) as store:
        assert labels(store, "대전시") == ({"대전광역시"}, {"대전시"})
        assert labels(store, "경복대") == ({"경복대학교"}, {"경복대"})
        assert labels(store, "한국과학기술원") == ({"한국과학기술원"}, {"KAIST"})
        # one kind per organisation: the KAIST-only article's guess (Foreign) gives way
        kinds = set(store.dataset().objects(rdf.org_iri("한국과학기술원"), MOU.orgKind))
        assert kinds == {MOU.University}
        # the KAIST-only article signs with the same node
        signers = {str(r[0]) for r in store.query(
            f"SELECT ?o WHERE {{ ?o mou:signs <{rdf.agreement_iri('d', 1)}> }}")}
        assert str(rdf.org_iri("한국과학기술원")) in signers
        # the person who spoke for 경복대 in one article is under the merged node
        people = store.query(f"SELECT ?p WHERE {{ ?p mou:represents "
                             f"<{rdf.org_iri('경복대학교')}> }}")
        assert {str(r[0]) for r in people} == {str(rdf.person_iri("서하늘", "경복대학교"))}


def test_names_written_unevenly_resolve_alike(tmp_path: Path) -> None:
    from mougraph.model import Agreement, Article, Extraction, Organisation

    def article(aid: str, name: str) -> Extraction:
        return Extraction(Article(id=aid, text="x"),
                          (Agreement("협약", (Organisation(name), Organisation("한빛대학교"))),))

    build(tmp_path, [article("p", "대전  광역시"), article("q", "ＫＡＩＳＴ"),
                     article("r", "대전광역시")])
    with Store.open(tmp_path) as store:
        assert labels(store, "대전광역시")[0] == {"대전광역시"}


def test_same_bytes_whatever_the_order_and_number_of_runs(tmp_path: Path) -> None:
    items = [extraction_a, extraction_b, extraction_kaist_only]
    outputs = []
    for number, order in enumerate([(0, 1, 2), (2, 1, 0), (1, 2, 0)]):
        out = tmp_path / f"run{number}"
        for i in order:  # one article per run: the corpus grows run by run
            build(out, [items[i]()])
        outputs.append(((out / "graph.trig").read_bytes(), (out / "graph.ttl").read_bytes()))
    one_run = build(tmp_path / "once", [make() for make in items])
    outputs.append(((one_run / "graph.trig").read_bytes(), (one_run / "graph.ttl").read_bytes()))
    assert len(set(outputs)) == 1


def test_aliases_command_re_resolves_and_keeps_the_table(tmp_path: Path) -> None:
    build(tmp_path, [extraction_b()])
    table = tmp_path / "aliases.tsv"
    table.write_text("경복대학교\t경복대학교 본교\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["aliases", str(table), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output == f"1 article re-resolved with {table} -> {tmp_path}\n"
    with Store.open(tmp_path) as store:
        assert labels(store, "경복대학교 본교") == ({"경복대학교 본교"}, {"경복대"})
    build(tmp_path, [extraction_a()])   # a later extract uses the stored table
    with Store.open(tmp_path) as store:
        assert labels(store, "경복대학교 본교") == ({"경복대학교 본교"}, {"경복대", "경복대학교"})


def test_extract_takes_an_alias_table(tmp_path: Path) -> None:
    article = tmp_path / "x.txt"
    article.write_text("경복대는 지난 3일 한빛시와 평생교육 업무협약을 체결했다.\n",
                       encoding="utf-8")
    table = tmp_path / "aliases.tsv"
    table.write_text("경복대학교\t경복대학교 본교\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(article), "--out", str(out),
                                      "--aliases", str(table)])
    assert result.exit_code == 0, result.output
    with Store.open(out) as store:   # (경복대학교: the gazetteer's name for 경복대)
        assert labels(store, "경복대학교 본교") == ({"경복대학교 본교"}, {"경복대", "경복대학교"})
