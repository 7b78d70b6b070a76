"""What a user meets when something is wrong: one line on stderr, no traceback, a known
exit status (the table in ``mougraph.errors``)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mougraph.cli import cli
from mougraph.errors import EXIT_INPUT, EXIT_OK, EXIT_USAGE

SIGNING = ("한빛시는 20일 시청 대회의실에서 누리대학교, 한솔연구원과 인공지능 인재 양성을 위한 "
           "업무협약을 체결했다.\n세 기관은 ▲교육과정 공동 개발 ▲연구 인력 교류에 협력한다.")
WEATHER = "내일은 전국이 대체로 맑겠고 낮 최고기온은 18도에서 24도 사이로 예상된다."
SCORES = "프로야구 잠실 경기에서 홈팀이 7대 3으로 이겼다. 승리 투수는 6이닝 2실점을 기록했다."


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def one_line(result: Result) -> str:
    """The single line the command printed on stderr (and nothing that looks like a crash)."""
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.output + result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mougraph: "), lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("built")
    (folder / "signing.txt").write_text(SIGNING, encoding="utf-8")
    result = invoke("extract", folder / "signing.txt", "--out", folder / "out")
    assert result.exit_code == 0, result.stderr
    return folder / "out"


def triple_count(out: Path) -> int:
    result = invoke("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                    "--format", "json", "--out", out)
    assert result.exit_code == 0, result.stderr
    return int(next(iter(json.loads(result.stdout)[0].values())))


# --- extract: exit status and per-input lines -------------------------------------------

def test_every_input_read_exits_0(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SIGNING, encoding="utf-8")
    result = invoke("extract", tmp_path / "a.txt", "--out", tmp_path / "out")
    assert result.exit_code == EXIT_OK
    assert result.stdout.startswith("a: ")
    assert result.stderr.strip() == f"1 article, 1 agreement, 0 problems -> {tmp_path / 'out'}"


def test_non_articles_yield_no_agreement_and_are_not_failures(tmp_path: Path) -> None:
    (tmp_path / "weather.txt").write_text(WEATHER, encoding="utf-8")
    (tmp_path / "scores.txt").write_text(SCORES, encoding="utf-8")
    result = invoke("extract", tmp_path, "--out", tmp_path / "out")
    assert result.exit_code == EXIT_OK, result.stderr
    assert result.stdout.splitlines() == ["scores: no agreement (no signing reported)",
                                          "weather: no agreement (no signing reported)"]


def test_bad_inputs_are_named_one_line_each_and_the_rest_is_written(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SIGNING, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    (tmp_path / "c.jsonl").write_text('{"id": "j1", "text": "본문"}\n{oops\n{"id": "j3"}\n',
                                      encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("extract", tmp_path, tmp_path / "missing.txt", "--out", out)
    assert result.exit_code == EXIT_INPUT
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"mougraph: {tmp_path / 'c.jsonl'}:2: broken JSON (Expecting property name enclosed in "
        "double quotes at column 2)",
        f"mougraph: {tmp_path / 'c.jsonl'}:3: record has no 'text' (its keys: id)",
        f"mougraph: {tmp_path / 'empty.txt'}: empty file",
        f"mougraph: {tmp_path / 'photo.txt'}: binary file (PNG image), not text",
        f"mougraph: {tmp_path / 'missing.txt'}: no such file or folder",
        f"2 articles, 1 agreement, 5 problems -> {out}",
    ]
    assert (out / "graph.trig").is_file()


def test_warnings_are_reported_but_do_not_fail_the_run(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x", "text": WEATHER, "published": "어제"}) + "\n"
                      + json.dumps({"id": "x", "text": SCORES}) + "\n", encoding="utf-8")
    result = invoke("extract", corpus, "--out", tmp_path / "out")
    assert result.exit_code == EXIT_OK
    assert result.stderr.splitlines() == [
        f"mougraph: {corpus}:1: warning: 'published' '어제' is not a date; ignored",
        f"mougraph: {corpus}:2: warning: duplicate id 'x' (also at {corpus}:1); "
        "this later record wins",
        f"2 articles, 0 agreements, 0 problems, 2 warnings -> {tmp_path / 'out'}",
    ]


@pytest.mark.parametrize("bad", ['{"id": "b", "text": 5}', '{"id": "b", "text": "x", '
                                 '"published": "2019-02-30"}'])
def test_strict_stops_at_the_first_problem_and_writes_nothing(built: Path, tmp_path: Path,
                                                               bad: str) -> None:
    out = tmp_path / "out"
    (out).mkdir()
    for name in ("graph.trig", "graph.ttl"):
        (out / name).write_bytes((built / name).read_bytes())
    before = (out / "graph.trig").read_bytes()
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": SIGNING}, ensure_ascii=False) + "\n"
                      + bad + "\n" + json.dumps({"id": "c", "text": SCORES}) + "\n",
                      encoding="utf-8")
    result = invoke("extract", corpus, "--strict", "--out", out)
    assert result.exit_code == EXIT_INPUT
    line = one_line(result)
    assert line.startswith(f"mougraph: {corpus}:2: ")
    assert line.endswith(f"(--strict: stopped here; {out / 'graph.trig'} not rewritten)")
    assert "c: " not in result.stdout, "nothing after the problem was read"
    assert (out / "graph.trig").read_bytes() == before


def test_an_output_that_cannot_be_a_folder_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SIGNING, encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = invoke("extract", tmp_path / "a.txt", "--out", tmp_path / "file" / "out")
    assert result.exit_code == EXIT_USAGE
    assert one_line(result) == f"mougraph: {tmp_path / 'file' / 'out'}: Not a directory" or \
        one_line(result).startswith(f"mougraph: {tmp_path / 'file'}")


def test_out_naming_a_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SIGNING, encoding="utf-8")
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    result = invoke("extract", tmp_path / "a.txt", "--out", tmp_path / "taken")
    assert result.exit_code == EXIT_USAGE
    assert "is a file" in one_line(result)


# --- usage errors -----------------------------------------------------------------------

@pytest.mark.parametrize(("args", "expected"), [
    (("export", "--format", "xlsx"), "mougraph: Invalid value for '--format': 'xlsx' is not "
     "one of 'graphml', 'gexf', 'csv', 'json', 'all'. (see 'mougraph export --help')"),
    (("export", "--format", "gexf", "--view", "people"), "mougraph: Invalid value for "
     "'--view': 'people' is not one of 'full', 'organisations', 'areas', 'all'. "
     "(see 'mougraph export --help')"),
    (("extract",), "mougraph: Missing argument 'INPUTS...'. (see 'mougraph extract --help')"),
    (("extract", "x.txt", "--published", "2019-99-01"), "mougraph: Invalid value for "
     "'--published': '2019-99-01' is not a date like 2019-04-20 "
     "(see 'mougraph extract --help')"),
    (("frobnicate",), "mougraph: No such command 'frobnicate'. (see 'mougraph --help')"),
    (("extract", "x.txt", "--jobs", "-1"), "mougraph: Invalid value for '--jobs' / '-j': "
     "-1 is not in the range x>=0. (see 'mougraph extract --help')"),
])
def test_usage_errors_are_one_line_with_exit_2(args: tuple[str, ...], expected: str) -> None:
    result = invoke(*args)
    assert result.exit_code == EXIT_USAGE
    assert one_line(result) == expected


# --- commands on a missing output folder ------------------------------------------------

@pytest.mark.parametrize("args", [
    ("query", "signatories"),
    ("export", "--format", "graphml"),
    ("validate",),
])
def test_a_missing_output_folder_is_one_line(tmp_path: Path, args: tuple[str, ...]) -> None:
    missing = tmp_path / "nowhere"
    result = invoke(*args, "--out", missing)
    assert result.exit_code == EXIT_USAGE
    assert one_line(result) == (f"mougraph: {missing}: no mougraph output here "
                                "(run 'mougraph extract' first)")
    assert not missing.exists(), "reading must not create the folder"


def test_viz_from_a_missing_output_folder_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = invoke("viz", "--from", missing, "--out", tmp_path / "g.png")
    assert result.exit_code == EXIT_USAGE
    assert one_line(result).startswith(f"mougraph: {missing}: no mougraph output here")


# --- SPARQL -----------------------------------------------------------------------------

@pytest.mark.parametrize("sparql", [
    "SELEC ?s WHERE { ?s ?p ?o }",
    "SELECT ?s WHERE { ?s ?p ?o ",
    "SELECT ?s WHERE { ?s nope:p ?o }",
    "",
])
def test_bad_sparql_is_one_line(built: Path, sparql: str) -> None:
    result = invoke("query", sparql, "--out", built)
    assert result.exit_code == EXIT_USAGE
    one_line(result)


UPDATES = [
    "DELETE WHERE { ?s ?p ?o }",
    "delete where { ?s ?p ?o }",
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX ex: <urn:ex:>\nINSERT DATA { ex:a ex:b ex:c }",
    "# a comment first\nCLEAR ALL",
    "DROP ALL",
    "DROP GRAPH <https://w3id.org/mougraph/id/article/signing>",
    "LOAD <file:///etc/hosts>",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } ; DELETE WHERE { ?s ?p ?o }",
    "BASE <urn:x:>\nCLEAR DEFAULT",
]


@pytest.mark.parametrize("sparql", UPDATES)
def test_sparql_update_is_refused_and_the_store_unchanged(built: Path, sparql: str) -> None:
    before = triple_count(built)
    trig = (built / "graph.trig").read_bytes()
    result = invoke("query", sparql, "--out", built)
    assert result.exit_code == EXIT_USAGE
    one_line(result)
    assert triple_count(built) == before > 0
    assert (built / "graph.trig").read_bytes() == trig


def test_update_words_inside_a_query_are_not_refused(built: Path) -> None:
    result = invoke("query", 'SELECT ?s WHERE { ?s ?p "DELETE WHERE" } # INSERT DATA',
                    "--out", built)
    assert result.exit_code == EXIT_OK, result.stderr


def test_a_federated_query_does_not_leave_the_store(built: Path) -> None:
    result = invoke("query", "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> "
                    "{ ?s ?p ?o } }", "--out", built)
    assert result.exit_code == EXIT_USAGE
    assert "SERVICE" in one_line(result)


@pytest.mark.parametrize("sparql", [
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/>" }',
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/>",
])
def test_the_word_service_inside_a_string_or_comment_is_no_federation(built: Path,
                                                                     sparql: str) -> None:
    result = invoke("query", sparql, "--out", built)
    assert result.exit_code == EXIT_OK, result.stderr


def test_an_output_in_use_by_another_run_is_one_line(built: Path, tmp_path: Path) -> None:
    from mougraph.store import Store

    (tmp_path / "a.txt").write_text(SIGNING, encoding="utf-8")
    with Store.open(built):  # another run holds the store
        result = invoke("extract", tmp_path / "a.txt", "--out", built)
    assert result.exit_code == EXIT_USAGE
    assert "in use by another mougraph process" in one_line(result)


def test_a_full_disk_is_one_line_and_the_previous_files_stay(
        built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import shutil

    from mougraph.store import Store

    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = (out / "graph.trig").read_bytes(), (out / "graph.ttl").read_bytes()

    def full(_store: Store, handle: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(out / "graph.ttl"))

    monkeypatch.setattr(Store, "_write_turtle", full)
    (tmp_path / "b.txt").write_text(SCORES, encoding="utf-8")
    result = invoke("extract", tmp_path / "b.txt", "--out", out)
    assert result.exit_code == EXIT_USAGE
    assert one_line(result) == f"mougraph: {out / 'graph.ttl'}: No space left on device"
    assert ((out / "graph.trig").read_bytes(), (out / "graph.ttl").read_bytes()) == before
