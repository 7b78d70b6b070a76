"""`mougraph network`, `path` and `partners` on output folders built by hand."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from network_corpus import chain, signing, twelve, write

from mougraph.cli import cli
from mougraph.model import Organisation


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(write(tmp_path_factory.mktemp("chain") / "out", chain()))


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_network_table(out: str) -> None:
    code, stdout, stderr = run("network", "--out", out)
    assert code == 0, stderr
    assert stdout == (
        "label       degree  weighted_degree  betweenness  eigenvector  community  component\n"
        "나래연구원       2                2       0.1667       0.4243          0          0\n"
        "가온대학교       1                1            0       0.3000          0          0\n"
        "다솜전자         1                1            0       0.3000          0          0\n"
        "라온시           1                1            0       0.2828          1          1\n"
        "마루재단         1                1            0       0.2828          1          1\n")
    assert stderr == ("5 nodes, 3 edges, density 0.3000, 2 components (largest 3), "
                      "2 communities (modularity 0.4444)\n")


def test_network_top_sort_csv_json(out: str) -> None:
    code, stdout, _ = run("network", "--top", "2", "--sort", "label", "--format", "csv",
                          "--out", out)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert [r["label"] for r in rows] == ["가온대학교", "나래연구원"]
    assert rows[1]["betweenness"] == "0.166667" and rows[1]["id"].startswith("org:")
    code, stdout, _ = run("network", "--view", "full", "--format", "json", "--out", out)
    records = json.loads(stdout)
    assert {r["type"] for r in records} == {"Organization", "Agreement", "Signing",
                                            "NewsArticle"}
    assert code == 0


def test_network_on_a_twelve_party_agreement(tmp_path: Path) -> None:
    folder = str(write(tmp_path / "out", twelve()))
    code, stdout, stderr = run("network", "--format", "json", "--out", folder)
    assert code == 0
    records = json.loads(stdout)
    assert len(records) == 12
    assert {(r["degree"], r["betweenness"]) for r in records} == {(11, 0.0)}
    assert stderr.startswith("12 nodes, 66 edges, density 1, 1 component (largest 12), "
                             "1 community")


def test_path(out: str) -> None:
    code, stdout, _ = run("path", "가온대학교", "(주)다솜전자", "--out", out)
    assert code == 0
    assert stdout == ("가온대학교\n"
                      "  — 산학협력 업무협약 [art-1]\n"
                      "나래연구원\n"
                      "  — 기술이전 업무협약 [art-2]\n"
                      "다솜전자\n")
    code, stdout, _ = run("path", "nri", "다솜 전자", "--format", "json", "--out", out)
    assert code == 0
    assert json.loads(stdout)["hops"][0]["signings"][0]["articles"] == ["art-2"]


def test_path_between_components_is_a_one_line_error(out: str) -> None:
    code, stdout, stderr = run("path", "가온대학교", "라온시", "--out", out)
    assert (code, stdout) == (1, "")
    assert stderr == ("mougraph: 가온대학교 and 라온시 are not connected "
                      "by any chain of agreements\n")


def test_unknown_organisation_suggests_close_labels(out: str) -> None:
    code, stdout, stderr = run("path", "가온대학원", "라온시", "--out", out)
    assert (code, stdout) == (2, "")
    assert stderr == "mougraph: no organisation called '가온대학원' (did you mean: 가온대학교?)\n"
    code, _, stderr = run("partners", "나래", "--out", out)
    assert code == 2 and "나래연구원" in stderr and len(stderr.splitlines()) == 1


def test_partners(out: str) -> None:
    code, stdout, _ = run("partners", "가온대학교", "--out", out)
    assert code == 0
    assert stdout == ("partner     distance  signings  via\n"
                      "나래연구원         1         1\n"
                      "다솜전자           2         0  나래연구원\n")
    code, stdout, _ = run("partners", "가온대학교", "--depth", "1", "--format", "json",
                          "--out", out)
    assert code == 0
    data = json.loads(stdout)
    assert (data["organisation"], data["depth"]) == ("가온대학교", 1)
    assert [p["label"] for p in data["partners"]] == ["나래연구원"]


def test_missing_output_folder_is_a_one_line_error(tmp_path: Path) -> None:
    for args in (["network"], ["path", "a", "b"], ["partners", "a"]):
        code, _, stderr = run(*args, "--out", str(tmp_path / "none"))
        assert code != 0 and stderr.startswith("mougraph: ") and len(stderr.splitlines()) == 1


def test_an_organisation_that_signed_nothing_is_said_to_be_why(tmp_path: Path) -> None:
    unit = Organisation("가온대학교 공과대학", parent="가온대학교")  # the parent signs nothing
    folder = str(write(tmp_path / "out", [signing("p", "공동연구 협약", unit, "나래연구원")]))
    code, _, stderr = run("path", "가온대학교", "나래연구원", "--out", folder)
    assert code == 1
    assert stderr.endswith("are not connected by any chain of agreements "
                           "(가온대학교 signed none)\n")
    code, stdout, _ = run("path", "가온대학교 공과대학", "나래연구원", "--out", folder)
    assert code == 0 and stdout.splitlines()[1] == "  — 공동연구 협약 [p]"
