"""The project an agreement serves: one row per construction, sentences written for these tests."""
from __future__ import annotations

from importlib.resources import files

import pytest

from mougraph.extract.project import find_project
from mougraph.text import prepare

CASES = [
    ("X 사업의 성공적 추진을 위한 이번 업무협약",
     "한빛시는 누리협회와 업무협약을 했다. 스마트 농업 실증단지 조성 사업의 성공적 추진을 위한 "
     "이번 업무협약은 지역 농가를 돕는 내용이다.",
     "스마트 농업 실증단지 조성 사업"),
    ("'X 협약식' in quotes",
     "한빛모금회는 복지기관 5곳과 '2024년도 이웃돕기 연합사업 협약식'을 진행했다.",
     "2024년도 이웃돕기 연합사업"),
    ("X 사업 추진을 위한 업무협약",
     "가람시와 누리공사는 수소도시 시범 사업 추진을 위한 업무협약을 체결했다.",
     "수소도시 시범 사업"),
    ("a quoted programme both sides will work for",
     "양 기관은 업무협약을 체결했다. 누리복지관이 내년에 처음 여는 ‘행복한 골목 만들기 사업’은 "
     "골목마다 쉼터를 두는 일로, 두 기관은 인력과 공간을 나누어 함께 추진한다.",
     "행복한 골목 만들기 사업"),
    ("two programmes: the one named last",
     "양 기관은 청년 창업 지원 계획 및 가람 산학연계지원체계(GRACE) 대응을 위해 협약을 맺었다.",
     "가람 산학연계지원체계(GRACE)"),
    ("a name with a noun ending like a particle (마을)",
     "양 기관은 협약을 맺었다. "
     "‘함께 사는 마을 사업’은 주민을 돕는 사업으로, 양 기관은 이에 협력한다.",
     "함께 사는 마을 사업"),
    ("only a purpose", "양 기관은 상호 발전을 위해 업무협약을 체결했다.", None),
    ("사업 alone is no name", "두 기관은 이 사업의 원활한 추진을 위해 협약을 맺었다.", None),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_project(text: str, expected: str | None) -> None:
    doc = prepare(text)
    signing = next(s for s in doc.sentences if "체결" in s.text or "협약" in s.text)
    assert find_project(doc, signing) == expected


def test_seed_project() -> None:
    text = files("mougraph.examples").joinpath("daejeon-special-video-mou.txt").read_text("utf-8")
    doc = prepare(text)
    signing = next(s for s in doc.sentences if "업무협약을 했" in s.text)
    assert find_project(doc, signing) == "융·복합 특수영상 콘텐츠 클러스터 사업"
