"""The graph behind a standard SPARQL endpoint (``mougraph serve``: any SPARQL client gets
the rows ``mougraph query`` gives, updates are refused) and as N-Quads for other stores."""
from __future__ import annotations

import csv
import io
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from dask_cluster import free_port, wait_for_port
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from mougraph.cli import cli

EXAMPLE = Path(__file__).parents[1] / "output" / "graph.trig"   # the built-in example's graph
MOUGRAPH = Path(sys.executable).parent / "mougraph"
SIGNATORIES = """
PREFIX mou: <https://w3id.org/mougraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name ?kind WHERE {
  ?org mou:signs ?agreement ; rdfs:label ?name ; mou:orgKind ?kind .
} ORDER BY ?name
"""


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An output folder as a fresh clone has it: graph.trig only (the store is built from it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "graph.trig")
    return folder


@pytest.fixture
def server(out: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    port = free_port()
    process = subprocess.Popen([MOUGRAPH, "serve", "--out", str(out), "--port", str(port)],
                               stderr=subprocess.PIPE, text=True)
    try:
        wait_for_port(port, process, "mougraph serve", timeout=30)
        yield f"http://127.0.0.1:{port}", process
    finally:
        if process.poll() is None:
            process.terminate()   # SIGTERM: mougraph serve stops its server too
            process.wait(20)


def test_a_sparql_client_gets_the_rows_of_mougraph_query(
        server: tuple[str, subprocess.Popen[str]], out: Path) -> None:
    url, _ = server
    endpoint = SPARQLStore(f"{url}/query", returnFormat="json")
    served = [tuple(str(value) for value in row) for row in endpoint.query(SIGNATORIES)]
    local = CliRunner().invoke(cli, ["query", SIGNATORIES, "--format", "csv", "--out", str(out)])
    assert local.exit_code == 0, local.stderr
    rows = [tuple(row) for row in csv.reader(io.StringIO(local.stdout))][1:]
    assert served == [row for row in rows if row]
    assert len(served) == 12 and ("대전광역시", "https://w3id.org/mougraph/ontology#"
                                  "LocalGovernment") in served


def test_an_update_is_refused_and_changes_nothing(
        server: tuple[str, subprocess.Popen[str]]) -> None:
    url, _ = server
    update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    request = urllib.request.Request(f"{url}/update", data=update.encode("utf-8"),
                                     headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
    ask = urllib.parse.urlencode({"query": "ASK { <urn:x:a> ?p ?o }"}).encode()
    with urllib.request.urlopen(urllib.request.Request(
            f"{url}/query", data=ask, headers={"Accept": "application/sparql-results+json"}),
            timeout=10) as answer:
        assert b'"boolean":false' in answer.read().replace(b" ", b"")


def test_ctrl_c_stops_the_server_and_removes_its_snapshot(
        server: tuple[str, subprocess.Popen[str]], out: Path) -> None:
    url, process = server
    assert [p.name for p in (out / "store").glob("serve-*")] == [f"serve-{process.pid}"]
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0
    assert stderr.splitlines()[-1] == "mougraph: server stopped"
    assert not list((out / "store").glob("serve-*"))
    with pytest.raises(OSError):  # the Oxigraph server went with it
        urllib.request.urlopen(f"{url}/", timeout=2)


def test_the_server_goes_when_mougraph_serve_is_killed(
        server: tuple[str, subprocess.Popen[str]]) -> None:
    url, process = server
    process.kill()   # SIGKILL: no clean-up in mougraph at all
    process.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/", timeout=1).close()
            time.sleep(0.1)
        except OSError:
            return
    raise AssertionError("the Oxigraph server outlived mougraph serve")


def test_serve_listens_on_loopback_unless_told() -> None:
    bind = next(p for p in cli.commands["serve"].params if p.name == "bind")
    assert bind.default == "127.0.0.1"


def test_dump_nq_streams_every_named_graph(out: Path) -> None:
    result = CliRunner().invoke(cli, ["dump", "--format", "nq", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    dumped = set(ox.parse(result.stdout_bytes, format=ox.RdfFormat.N_QUADS))
    named = {q for q in ox.parse(path=str(EXAMPLE), format=ox.RdfFormat.TRIG)
             if isinstance(q.graph_name, ox.NamedNode)}
    assert dumped == named
    assert {q.graph_name.value.rpartition("/")[2] for q in named} == {
        "daejeon-special-video-mou", "signings"}   # the article's graph and the signings'
    assert result.stderr == f"{len(named)} quads: 1 article graph and the signings graph\n"
    again = CliRunner().invoke(cli, ["dump", "--format", "nq", "--out", str(out)])
    assert again.stdout == result.stdout   # deterministic, like graph.trig
