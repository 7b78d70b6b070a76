"""The ontology and the shapes agree: the output still conforms once RDFS inference has
added what the ontology implies (``mou:evidence`` is a kind of ``prov:wasDerivedFrom``)."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset
from semantic_data import ALL, build

from mougraph.cli import cli
from mougraph.errors import EXIT_OK
from mougraph.validate import validate

SEED_OUTPUT = Path(__file__).parent.parent / "output" / "graph.trig"


def test_the_seed_output_conforms_with_rdfs_inference() -> None:
    dataset = Dataset(default_union=True)
    dataset.parse(SEED_OUTPUT, format="trig")
    report = validate(dataset, inference="rdfs")
    assert report.conforms, report.text


@pytest.mark.parametrize("make", ALL, ids=lambda make: make.__name__)
def test_each_article_conforms_with_rdfs_inference(make, tmp_path: Path) -> None:  # noqa: ANN001
    out = build(tmp_path, [make()])
    result = CliRunner().invoke(cli, ["validate", "--inference", "rdfs", "--out", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    assert result.output.startswith("valid: ")
