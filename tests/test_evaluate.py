"""`mougraph eval`: scores against gold files, the same numbers as the shared score.py."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from semantic_data import build, extraction_a, extraction_b, extraction_c, no_signing

from mougraph.cli import cli
from mougraph.evaluate import EvalError, dice, evaluate_file, evaluate_output, norm, report

SCORE_PY = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"

GOLD = {
    "a": {"id": "a", "signing": True,
          "signatories": [["대전광역시", "대전시"], ["한국과학기술원", "KAIST"], ["경복대학교"]],
          "areas": ["인공지능 교육과정 공동 개발", "연구 장비 공동 활용"],
          "representatives": [{"name": "이장우", "title": "시장", "org": "대전광역시"},
                              {"name": "이광형", "title": "총장", "org": "한국과학기술원"}],
          "date": "2024-03-19", "venue": "시청 중회의실"},
    # the gold wants a third area and a person the graph lacks, and another date
    "b": {"id": "b", "signing": True,
          "signatories": [["경복대학교", "경복대"], ["대전광역시"]],
          "areas": ["평생교육 프로그램 운영", "지역 인재 채용 연계", "공동 연구"],
          "representatives": [{"name": "서하늘", "title": "총장", "org": "경복대학교"},
                              {"name": "이장우", "title": "시장", "org": "대전광역시"}],
          "date": "2024-05-04", "venue": None},
    "c": {"id": "c", "signing": True,
          "signatories": [["경봉대학교"], ["한국전력기술"]],
          "areas": [], "representatives": [], "date": None, "venue": None},
    "e": {"id": "e", "signing": False, "signatories": [], "areas": [],
          "representatives": [], "date": None, "venue": None},
}


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("eval")
    gold = base / "gold"
    gold.mkdir()
    for aid, record in GOLD.items():
        (gold / f"{aid}.json").write_text(json.dumps(record, ensure_ascii=False),
                                          encoding="utf-8")
    out = build(base / "out", [extraction_a(), extraction_b(), extraction_c(), no_signing()])
    return out, gold


def test_scores(scored: tuple[Path, Path]) -> None:
    out, gold = scored
    result = evaluate_output(out, gold)
    assert result["agreements"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["signatories"]["f1"] == 1.0
    assert result["areas"] == {"precision": 1.0, "recall": 0.8, "f1": 0.889}
    assert result["representatives"]["recall"] == 0.75
    assert result["titles"] == 1.0
    assert result["date_accuracy"] == 0.5 and result["venue_accuracy"] == 1.0
    assert "b: missed area '공동 연구'" in result["errors"]
    assert "b: date ['2024-05-03'] != 2024-05-04" in result["errors"]


def test_file_and_store_give_the_same_scores(scored: tuple[Path, Path]) -> None:
    out, gold = scored
    assert evaluate_file(out / "graph.trig", gold) == evaluate_output(out, gold)


@pytest.mark.skipif(not SCORE_PY.is_file(), reason="the shared score.py is not beside the repo")
def test_same_numbers_as_the_shared_score_py(scored: tuple[Path, Path]) -> None:
    out, gold = scored
    shared = subprocess.run([sys.executable, str(SCORE_PY), str(out / "graph.trig"), str(gold),
                             "--json", "--show-errors"], capture_output=True, text=True,
                            check=True)
    theirs = json.loads(shared.stdout[: shared.stdout.rindex("}") + 1])
    ours = evaluate_output(out, gold)
    assert ours == theirs
    assert shared.stdout.splitlines()[-1] == report(ours).splitlines()[-1]


def test_cli_eval(scored: tuple[Path, Path]) -> None:
    out, gold = scored
    result = CliRunner().invoke(cli, ["eval", str(gold), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["field", "P", "R", "F1"]
    assert lines[-1] == ("articles=4 agreements_f1=1.000 signatories_f1=1.000 "
                         "areas_f1=0.889 representatives_f1=0.857")
    as_json = CliRunner().invoke(cli, ["eval", str(gold), "--out", str(out), "--json"])
    assert json.loads(as_json.output)["areas"]["f1"] == 0.889


def test_bad_gold_is_one_line(tmp_path: Path, scored: tuple[Path, Path]) -> None:
    out, _ = scored
    with pytest.raises(EvalError, match="no gold files"):
        evaluate_output(out, tmp_path)
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 1 and result.output.startswith("mougraph: ")
    assert result.output.count("\n") == 1


def test_matching_helpers() -> None:
    assert norm("㈜ 한빛 (주)") == "한빛"
    assert dice("연구 장비 공동 활용", "연구장비 공동활용") == 1.0
    assert dice("인력 양성", "장비 활용") == 0.0
