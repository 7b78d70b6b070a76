"""A query can only read the local store: no SERVICE, LOAD or update, however it is spelled.

The decision is taken on the parsed query, so a keyword hidden by a tokeniser trick is
still found and a variable that happens to be called ``?service`` is not refused. A
loopback HTTP server, started and stopped here, records every request: a refused query
must not have sent one.
"""
from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from semantic_data import build

from mougraph import query as q
from mougraph.cli import cli
from mougraph.errors import EXIT_OK, EXIT_USAGE, QueryError


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("guard-out"))


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self.requests.append(self.path)
        body = b'{"head": {"vars": ["s"]}, "results": {"bindings": []}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def endpoint() -> Iterator[tuple[str, list[str]]]:
    """A SPARQL endpoint on 127.0.0.1 that answers every request and remembers it."""
    requests: list[str] = []
    handler = type("Recorder", (_Recorder,), {"requests": requests})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql", requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


TRICKS = [
    # a backslash-quote inside a prefixed name looked like the start of a string
    "PREFIX ex: <http://e/> SELECT * WHERE {{ BIND(ex:a\\' AS ?q) "
    "SERVICE <{url}?'> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ sErViCe silent <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ OPTIONAL {{ {{ SELECT ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} "
    "}} }}",
    "ASK {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    # rdflib expands \\u escapes before parsing, Oxigraph reads them only inside strings:
    # each must see the same query
    'SELECT * WHERE {{ BIND("\\u0022" AS ?x) SERVICE <{url}> {{ ?s ?p ?o }} '
    'BIND("\\u0022" AS ?y) }}',
    "SELECT * WHERE {{ BIND('''\\u0027''' AS ?x) SERVICE <{url}> {{ ?s ?p ?o }} }}",
]


@pytest.mark.parametrize("trick", TRICKS)
def test_a_federated_query_is_refused_and_sends_nothing(
        out: Path, endpoint: tuple[str, list[str]], trick: str) -> None:
    url, requests = endpoint
    result = CliRunner().invoke(cli, ["query", trick.format(url=url), "--out", str(out)])
    assert result.exit_code == EXIT_USAGE, result.output
    assert "SERVICE" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert requests == []


@pytest.mark.parametrize("update", [
    "LOAD <{url}>",
    "load silent <{url}> into graph <urn:g>",
    "INSERT DATA {{ <urn:a> <urn:b> <urn:c> }}",
    "PREFIX ex: <http://e/> DELETE {{ ?s ?p ?o }} WHERE {{ BIND(ex:a\\' AS ?q) ?s ?p ?o }}",
    "CLEAR ALL ; LOAD <{url}>",
])
def test_updates_and_load_are_refused_and_send_nothing(
        out: Path, endpoint: tuple[str, list[str]], update: str) -> None:
    url, requests = endpoint
    with pytest.raises(QueryError, match="read-only"):
        q.run(out, update.format(url=url))
    assert requests == []


@pytest.mark.parametrize("sparql", [
    "SELECT ?service WHERE { ?service a org:Organization } LIMIT 1",
    'SELECT ?o WHERE { ?o rdfs:label ?l FILTER(?l != "SERVICE <http://x/> { }") } LIMIT 1',
    "PREFIX service: <urn:service:> SELECT ?o WHERE { ?o a org:Organization "
    "FILTER(?o != service:load) } LIMIT 1",
    "SELECT ?o WHERE { ?o a org:Organization } LIMIT 1 # SERVICE <http://x/> LOAD",
])
def test_the_words_service_and_load_elsewhere_are_allowed(out: Path, sparql: str) -> None:
    result = CliRunner().invoke(cli, ["query", sparql, "--out", str(out)])
    assert result.exit_code == EXIT_OK, result.stderr
    assert "(1 row)" in result.stdout
