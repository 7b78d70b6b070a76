"""The built-in example end to end against its gold answers."""
from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest

from mougraph.extract import extract
from mougraph.extract.orgs import compact
from mougraph.model import Article

GOLD = json.loads((Path(__file__).parent / "gold" / "daejeon-special-video-mou.gold.json")
                  .read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def extraction():
    text = files("mougraph.examples").joinpath("daejeon-special-video-mou.txt").read_text(
        encoding="utf-8")
    return extract(Article("daejeon-special-video-mou", text))


def test_one_agreement(extraction) -> None:
    assert len(extraction.agreements) == 1
    assert extraction.agreements[0].label == \
        "대전광역시 외 11개 기관 융·복합 특수영상 콘텐츠 클러스터 업무협약"


def test_signatories_exactly(extraction) -> None:
    parties = extraction.agreements[0].parties
    got = sorted(compact(p.name) for p in parties)
    assert got == sorted(compact(group[0]) for group in GOLD["signatories"])
    daejeon = next(p for p in parties if p.name == "대전광역시")
    assert "대전시" in daejeon.aliases


def test_representatives_exactly(extraction) -> None:
    got = sorted((p.name, p.title, p.organisation) for p in extraction.agreements[0].representatives)
    want = sorted((r["name"], r["title"], r["org"]) for r in GOLD["representatives"])
    assert got == want


def test_reporter_is_the_author_not_a_representative(extraction) -> None:
    assert extraction.author == "박희송"
    names = {p.name for p in extraction.agreements[0].representatives}
    assert "박희송" not in names


def test_unit_has_its_parent(extraction) -> None:
    unit = next(p for p in extraction.agreements[0].parties if p.name.endswith("문화기술대학원"))
    assert unit.name == "한국과학기술원 문화기술대학원" and unit.parent == "한국과학기술원"


def test_every_fact_points_at_its_sentence(extraction) -> None:
    text = extraction.article.text
    agreement = extraction.agreements[0]
    facts = [agreement, *agreement.parties, *agreement.representatives]
    for fact in facts:
        span = fact.evidence
        assert span is not None and text[span.start : span.end] == span.text


def test_captions_double_nothing(extraction) -> None:
    agreement = extraction.agreements[0]
    assert len({p.name for p in agreement.representatives}) == len(agreement.representatives)
    assert agreement.venue == "시청 대회의실"
