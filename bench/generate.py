#!/usr/bin/env python3
"""A synthetic corpus of Korean MOU news articles, for benchmarks only.

Nothing here is a real article: every sentence is composed from the small lexicons
below (invented names, regions combined with suffixes, made-up companies), so the
corpus can be as large as wanted and is the same for the same seed.

    python bench/generate.py 100000 corpus.jsonl            # 100k records
    python bench/generate.py 2000 small.jsonl --seed 7
    python bench/generate.py 100000 wide.jsonl --many-orgs   # 10k+ distinct organisations

Each record is {"id", "title", "published", "publisher", "url", "text"}. About one
article in seven reports no signing (a plan, a cancellation, unrelated news). The
generator also returns the truth behind each article (``Story``), which the benchmark
turns into mougraph records to load a large graph without paying for extraction.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# --- lexicons (invented; combined at random) ----------------------------------------------

SURNAMES = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 "
            "백 허 남 심 노").split()
GIVEN = ("민 서 준 지 현 우 수 영 진 호 성 은 경 재 상 동 혜 윤 태 희 석 철 규 원 연 미 선 "
         "훈 광 용 기 정 빈 하 도 주 아 찬 혁 범 국 병 순 옥 숙 남 종 인 환 승").split()

CITIES = ("대전 세종 청주 천안 포항 경주 창원 김해 전주 군산 목포 여수 순천 원주 춘천 강릉 "
          "제주 수원 성남 안양 부천 고양 용인 화성 평택 구미 안동 진주 통영 익산").split()
METROS = {"대전": "대전광역시", "세종": "세종특별자치시", "제주": "제주특별자치도"}
COUNTIES = "고령 예천 영월 정선 보은 옥천 괴산 부여 서천 해남 완도 고창 무주 청송 울진 하동".split()
DISTRICTS = "송파 강동 마포 노원 서초 유성 수성 해운대 연수 달서 동래 광산".split()
PROVINCES = "경기 강원 충북 충남 전북 전남 경북 경남".split()

SYLLABLES = ("한빛 누리 다온 세움 가온 미르 온새 새봄 푸름 하람 나래 이음 도담 라온 늘품 "
             "다솜 해솔 그린 솔빛 보람 아라 슬기 별빛 한결 윤슬 초록 바름 온누리 새길 으뜸").split()
COMPANY_TAILS = ("테크 바이오 소프트 에너지 모빌리티 로보틱스 푸드 건설 물산 솔루션 메디칼 "
                 "네트웍스").split()
UNIVERSITY_STEMS = ("한빛 새누리 동해 서해 중앙과학 미래 한마음 청람 금강 백두 태백 "
                    "가람 서라벌 솔뫼 동방 한울").split()
FIELDS = ("영상 드라마 관광 문화예술 반도체 수소 바이오 스마트팜 물류 게임 디자인 "
          "사회복지 평생교육 청년창업 탄소중립 도시재생 로봇 인공지능").split()
FOREIGN = ("Nordvik Systems", "Helion Labs", "Aster Robotics", "Baltic Maritime Group",
           "Kestrel Bio", "Orrin University", "Valemont Institute", "Tamsin Energy",
           "Quorra Analytics", "Lindqvist Foods")

TITLES = {
    "local": ("시장", "군수", "구청장", "도지사"),
    "university": ("총장", "산학협력단장"),
    "company": ("대표이사", "대표", "사장"),
    "hospital": ("병원장", "원장"),
    "association": ("회장", "이사장"),
    "agency": ("이사장", "원장", "사장"),
    "foreign": ("CEO", "대표"),
}

AREAS = ("지역 인재 양성", "공동 연구개발", "기술 교류 및 자문", "청년 일자리 창출",
         "탄소중립 실천 캠페인", "디지털 전환 지원", "문화예술 교류 활성화", "의료 서비스 향상",
         "현장실습 및 취업 연계", "시설 및 장비 공동 활용", "지역 관광 홍보", "창업 보육 지원",
         "취약계층 돌봄 서비스", "스마트 농업 기술 보급", "교육 프로그램 공동 운영",
         "재난 안전 협력체계 구축", "수출 판로 개척", "전문 인력 교류", "정보 공유 및 공동 홍보",
         "전통시장 활성화", "친환경 에너지 보급", "장학금 지원", "학술 세미나 공동 개최")
PURPOSES = ("지역 상생 발전", "산학 협력 강화", "지역경제 활성화", "미래 인재 양성",
            "ESG 경영 실천", "관광 산업 육성", "주민 복지 증진", "첨단 산업 생태계 조성")
VENUES = ("시청 대회의실", "군청 상황실", "대학 본관 회의실", "본사 접견실", "구청 기획상황실",
          "컨벤션센터 소회의실", "도청 브리핑룸", "병원 세미나실", "협회 회관 강당")
PUBLISHERS = ("가람일보", "한밭신문", "누리경제", "새벽뉴스", "도담타임즈", "중원일보",
              "바다신문", "한결방송", "이음뉴스", "별빛경제")
CLUTTER_TOP = ("홈 > 지역 > {region}", "메뉴 검색 로그인 회원가입", "글씨크기 인쇄 공유",
               "카카오톡 페이스북 트위터 URL복사", "입력 {date_dot} {hh}:{mm}", "기사공유")
CLUTTER_BOTTOM = ("저작권자 © {publisher} 무단전재 및 재배포 금지", "많이 본 뉴스",
                  "댓글 0", "관련기사", "구독하기 후원하기", "{reporter} 기자 다른기사 보기",
                  "ⓒ {publisher}. All rights reserved.")
QUOTES = ("이번 협약으로 지역 발전의 새로운 계기가 마련되길 기대한다",
          "양 기관이 가진 역량을 모아 실질적인 성과를 내겠다",
          "앞으로도 긴밀히 협력해 주민이 체감하는 변화를 만들겠다",
          "청년들이 지역에서 꿈을 키울 수 있도록 적극 지원하겠다",
          "협력 관계를 꾸준히 넓혀 나가겠다")
BACKGROUND = ("{org} {year}년 문을 연 이후 {field} 분야에서 꾸준히 성과를 쌓아 왔다.",
              "이번 협약은 {purpose}을 위한 협력 기반을 마련하려는 취지에서 추진됐다.",
              "양 기관은 앞으로 실무협의체를 꾸려 세부 과제를 정하고 분기마다 추진 상황을 "
              "점검할 계획이다.",
              "{org} 올해 {field} 관련 사업 {count}건을 새로 시작했다.",
              "협약식이 끝난 뒤 참석자들은 주요 시설을 함께 둘러보며 협력 방안을 논의했다.",
              "업계에서는 이번 협력이 {field} 분야의 지역 간 격차를 줄이는 데 도움이 될 것으로 "
              "보고 있다.",
              "{org} 지난 {count}년 동안 지역 기관 여러 곳과 비슷한 협약을 맺어 왔다.")
UNRELATED = ("{city}시는 오는 주말 {field} 축제를 연다고 밝혔다.",
             "{city} 지역에 올해 첫 한파주의보가 내려졌다.",
             "{org}는 신임 {title}으로 {person}을 선임했다고 밝혔다.",
             "{org}는 지난해 매출이 전년보다 늘었다고 공시했다.")


@dataclass(frozen=True)
class Party:
    name: str                 # canonical: fullest form
    short: str | None         # another form the text uses, if any
    kind: str                 # key of TITLES
    person: str
    title: str


@dataclass
class Story:
    """What an article reports (the truth the text was written from)."""

    id: str
    signing: bool
    parties: list[Party] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    venue: str | None = None
    signed_on: dt.date | None = None
    published: dt.date | None = None
    publisher: str = ""
    title: str = ""
    text: str = ""

    def record(self) -> dict[str, str]:
        return {"id": self.id, "title": self.title,
                "published": self.published.isoformat() if self.published else "",
                "publisher": self.publisher,
                "url": f"https://news.example.org/article/{self.id}", "text": self.text}


# --- composition --------------------------------------------------------------------------

def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)


def _party(rng: random.Random, many: bool = False) -> Party:
    """One signing party. ``many``: names drawn from a space of tens of thousands
    (companies, universities and agencies named from two syllables), so that a large
    corpus holds 10k+ distinct organisations, not a few hundred met again and again."""
    roll = rng.random()
    person = _person(rng)
    if many and 0.2 <= roll < 0.95:
        return _wide_party(rng, roll, person)
    if roll < 0.25:
        kind = "local"
        shape = rng.random()
        if shape < 0.4:
            city = rng.choice(CITIES)
            name = METROS.get(city, city + "시")
            short, title = (city + "시" if city in METROS else None), "시장"
        elif shape < 0.7:
            county = rng.choice(COUNTIES)
            name, short, title = county + "군", None, "군수"
        elif shape < 0.9:
            district = rng.choice(DISTRICTS)
            name, short, title = district + "구청", district + "구", "구청장"
        else:
            province = rng.choice(PROVINCES)
            name, short, title = province + "도", None, "도지사"
    elif roll < 0.45:
        kind = "university"
        stem = rng.choice(UNIVERSITY_STEMS)
        name, short, title = stem + "대학교", stem + "대", rng.choice(TITLES[kind])
    elif roll < 0.65:
        kind = "company"
        name = rng.choice(SYLLABLES) + rng.choice(COMPANY_TAILS)
        short, title = None, rng.choice(TITLES[kind])
    elif roll < 0.73:
        kind = "hospital"
        name = rng.choice(CITIES) + rng.choice(("의료원", "중앙병원", "기독병원"))
        short, title = None, rng.choice(TITLES[kind])
    elif roll < 0.85:
        kind = "association"
        name = "한국" + rng.choice(FIELDS) + rng.choice(("협회", "연합회", "진흥협회"))
        short, title = None, rng.choice(TITLES[kind])
    elif roll < 0.95:
        kind = "agency"
        name = rng.choice(CITIES) + rng.choice(FIELDS) + rng.choice(("진흥원", "재단", "공사"))
        short, title = None, rng.choice(TITLES[kind])
    else:
        kind = "foreign"
        name, short, title = rng.choice(FOREIGN), None, rng.choice(TITLES["foreign"])
    return Party(name, short, kind, person, title)


def _wide_party(rng: random.Random, roll: float, person: str) -> Party:
    pair = rng.choice(SYLLABLES) + rng.choice(SYLLABLES)
    if roll < 0.4:
        name, short, kind = pair + "대학교", pair + "대", "university"
    elif roll < 0.75:
        name, short, kind = pair + rng.choice(COMPANY_TAILS), None, "company"
    else:
        name = rng.choice(CITIES) + pair + rng.choice(FIELDS) + rng.choice(("진흥원", "재단"))
        short, kind = None, "agency"
    return Party(name, short, kind, person, rng.choice(TITLES[kind]))


def _topic(word: str, rng: random.Random) -> str:
    """``word`` with the topic/subject particle its last syllable takes (받침-aware)."""
    last = word[-1]
    if "가" <= last <= "힣":
        has_final = (ord(last) - 0xAC00) % 28 != 0
        return word + ("은" if has_final else "는") if rng.random() < 0.7 else \
            word + ("이" if has_final else "가")
    return word + rng.choice(("는", "은"))


def _and(word: str) -> str:
    return word + _and_particle(word)


def _object(word: str) -> str:
    """``word`` with the object particle; "양해각서(MOU)" takes the one of "양해각서"."""
    stem = word.split("(")[0]
    last = stem[-1]
    if "가" <= last <= "힣":
        return word + ("을" if (ord(last) - 0xAC00) % 28 else "를")
    return word + "를"


def _headed(party: Party, company_mark: bool, particle: str) -> str:
    """"송파구청(구청장 홍길동)과": the head in parentheses, the particle after them."""
    name = _named(party, company_mark)
    return f"{name}({party.title} {party.person}){particle}"


def _topic_particle(word: str) -> str:
    last = word[-1]
    if "가" <= last <= "힣":
        return "은" if (ord(last) - 0xAC00) % 28 else "는"
    return "는"


def _and_particle(word: str) -> str:
    last = word[-1]
    if "가" <= last <= "힣":
        return "과" if (ord(last) - 0xAC00) % 28 else "와"
    return "와"


def _named(party: Party, company_mark: bool) -> str:
    if party.kind == "company" and company_mark:
        return "㈜" + party.name
    return party.name


def _areas_block(areas: list[str], rng: random.Random) -> list[str]:
    style = rng.random()
    if style < 0.35:
        bullet = rng.choice(("▲", "△", "-", "·"))
        return ["주요 협약 내용은 다음과 같다."] + [f"{bullet} {area}" for area in areas]
    if style < 0.55:
        return ["협약 내용은 " + " ".join(f"▲{area}" for area in areas) + " 등이다."]
    listed = ", ".join(areas[:-1]) + (" 및 " if len(areas) > 1 else "") + areas[-1]
    return [f"이번 협약에 따라 양측은 {listed} 등에 협력하기로 했다."]


def compose(number: int, rng: random.Random, many_orgs: bool = False) -> Story:
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(365 * 9))
    publisher = rng.choice(PUBLISHERS)
    reporter = _person(rng)
    story = Story(id=f"gen-{number:07d}", signing=rng.random() >= 0.15,
                  published=published if rng.random() < 0.8 else None, publisher=publisher)
    count = rng.choices((2, 3, 4, 6), weights=(70, 18, 8, 4))[0]
    parties: list[Party] = []
    while len(parties) < count:
        party = _party(rng, many_orgs)
        if party.name not in {p.name for p in parties}:
            parties.append(party)
    first, others = parties[0], parties[1:]
    day = max(1, published.day - rng.randrange(3))
    region = rng.choice(CITIES)
    context = {"region": region, "date_dot": published.strftime("%Y.%m.%d"),
               "hh": f"{rng.randrange(7, 22):02d}", "mm": f"{rng.randrange(60):02d}",
               "publisher": publisher, "reporter": reporter}
    lines: list[str] = [rng.choice(CLUTTER_TOP).format(**context)
                        for _ in range(rng.randrange(0, 4))]
    mark = rng.random() < 0.5
    purpose = rng.choice(PURPOSES)

    if not story.signing:
        story.title = f"{first.name}, {rng.choice(others).name} {purpose} 논의"
        lines.append(story.title)
        kind = rng.random()
        if kind < 0.4:
            lines.append(f"{_topic(_named(first, mark), rng)} {_and(others[0].name)} "
                         f"{purpose}을 위한 업무협약을 다음 달 체결할 예정이라고 밝혔다.")
        elif kind < 0.6:
            lines.append(f"{_and(_named(first, mark))} {others[0].name}의 업무협약 체결이 "
                         "일정 문제로 무기한 연기됐다.")
        else:
            filler = {"city": region, "field": rng.choice(FIELDS), "org": first.name,
                      "title": first.title, "person": first.person}
            lines.append(rng.choice(UNRELATED).format(**filler))
        lines.append(f"{first.person} {first.title}은 \"{rng.choice(QUOTES)}\"고 말했다.")
        lines += [rng.choice(CLUTTER_BOTTOM).format(**context) for _ in range(rng.randrange(3))]
        story.text = "\n".join(lines)
        return story

    story.parties = parties
    story.areas = rng.sample(AREAS, rng.randrange(0, 6))
    story.venue = rng.choice(VENUES) if rng.random() < 0.6 else None
    story.signed_on = published.replace(day=day) if story.published else None
    agreement = rng.choice(("업무협약", "업무협약(MOU)", "상호협력 협약", "양해각서(MOU)",
                            "산학협력 협약"))
    story.title = (f"{first.short or first.name}-{others[0].short or others[0].name}, "
                   f"{purpose} {agreement.split('(')[0]} 체결")
    lines.append(story.title)
    if rng.random() < 0.5:
        lines.append(f"{first.person} {first.title}(왼쪽)과 {others[0].person} "
                     f"{others[0].title}이 협약서에 서명한 뒤 기념촬영을 하고 있다. "
                     f"<사진제공={first.short or first.name}>")
    lines.append(f"[{publisher}={reporter} 기자]" if rng.random() < 0.5
                 else f"{publisher} {reporter} 기자 =")
    where = f"{story.venue}에서 " if story.venue else ""
    if len(others) == 1 and rng.random() < 0.7:
        other = others[0]
        lead = (f"{_headed(first, mark, _topic_particle(first.name))} {day}일 {where}"
                f"{_headed(other, mark, _and_particle(other.name))} {purpose}을 위한 "
                f"{_object(agreement)} 체결했다고 밝혔다.")
    else:
        names = ", ".join(_named(p, mark) for p in parties)
        lead = (f"{names} 등 {len(parties)}개 기관은 {day}일 {where}{purpose}을 위한 "
                f"{_object(agreement)} {rng.choice(('체결했다', '맺었다'))}.")
    lines.append(lead)
    if rng.random() < 0.6:
        lines.append(f"이날 협약식에는 {first.person} {first.title}과 {others[0].person} "
                     f"{others[0].title} 등 관계자 {rng.randrange(1, 9) * 10}여 명이 참석했다.")
    subject = rng.choice(parties)
    subject_name = subject.short or subject.name
    lines += [template.format(org=subject_name + _topic_particle(subject_name),
                              field=rng.choice(FIELDS), year=rng.randrange(1960, 2015),
                              purpose=purpose, count=rng.randrange(2, 12))
              for template in rng.sample(BACKGROUND, rng.randrange(0, 7))]
    if story.areas:
        lines += _areas_block(story.areas, rng)
    for party in parties[: rng.randrange(1, 3)]:
        name = party.short or party.name
        said, added = rng.sample(QUOTES, 2)
        lines.append(f"{party.person} {name} {party.title}은 \"{said}\"며 "
                     f"\"{added}\"고 말했다.")
    if rng.random() < 0.4:
        lines.append(f"한편 {_topic(first.short or first.name, rng)} 지난해에도 "
                     f"{rng.choice(FIELDS)} 분야 기관들과 협력 사업을 추진해 왔다.")
    lines += [rng.choice(CLUTTER_BOTTOM).format(**context) for _ in range(rng.randrange(4))]
    story.text = "\n".join(lines)
    return story


def stories(count: int, seed: int = 1, many_orgs: bool = False) -> Iterator[Story]:
    """``count`` stories, the same ones for the same seed."""
    rng = random.Random(seed)
    for number in range(1, count + 1):
        yield compose(number, rng, many_orgs)


def write_jsonl(path: Path, count: int, seed: int = 1, many_orgs: bool = False) -> Path:
    """Write ``count`` records to ``path`` (streamed: memory does not grow with count)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for story in stories(count, seed, many_orgs):
            handle.write(json.dumps(story.record(), ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of records")
    parser.add_argument("out", type=Path, help="the .jsonl file to write")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--many-orgs", action="store_true",
                        help="draw organisation names from a space of 10k+ (resolution at scale)")
    args = parser.parse_args(argv)
    write_jsonl(args.out, args.count, args.seed, args.many_orgs)
    print(f"{args.count} records -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
