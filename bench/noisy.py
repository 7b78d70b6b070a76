"""How much page clutter costs: the tune articles with invented clutter blocks put into them.

Reads the tune part of the dev set at run time (ids 001-075, and 101-335 not divisible by 3;
never the held-out ids divisible by 3 in 101-335). For each article and each seed it writes,
into --work (outside the repository), a copy of the article with blocks of invented page
clutter inserted where web pages put them, and the gold unchanged (clutter adds no fact).
Then it runs ``mougraph extract`` on the originals and on each noisy copy and scores all of
them with ``../shared/eval/score.py``, printing the original and the noisy mean side by side.

    .venv/bin/python bench/noisy.py --work /tmp/noisy                  # seeds 1,2,3
    .venv/bin/python bench/noisy.py --work /tmp/noisy --seeds 7,8,9 --jobs 2
    .venv/bin/python bench/noisy.py --family sites --work /tmp/sites --seeds 7,8,9 --jobs 2

``--family sites`` puts the second, independent family of clutter (``clutter_sites.py``) in
instead of this module's; the runner, the pools and the scoring are the same.

Where blocks go: one before the story's first paragraph (a menu path, a byline, a date
stamp, a share bar), one or two between paragraphs (a photo credit, an ad, a "related
article" list), and two or three after the story (a footer, related and most-read lists
whose headlines name OTHER invented organisations and agreements, widgets, an editor's or a
correction note). Every name in a block is invented from the pools of ``renamed.py``
(stems, company words, people), drawn again when it occurs in the article; the sentence
shapes are written here, not taken from any article.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import renamed  # noqa: E402  (beside this script: tune ids, extraction, scoring, name pools)

ORG_ENDINGS = ("대학교", "재단", "협회", "병원", "공사", "진흥원", "센터", "조합", "은행",
               "상공회의소", "연구원", "복지관", "공단", "협동조합")
PLACE_ENDINGS = ("시", "군", "구")
TOPICS = ("청년 창업 지원", "탄소중립 실천", "지역 인재 양성", "스마트팜 확산", "디지털 전환",
          "관광 활성화", "치매 예방", "취약계층 돌봄", "수소 산업 육성", "산학 협력",
          "문화예술 교류", "안전 문화 확산", "해양 쓰레기 저감", "의료 서비스 향상")
OTHER_NEWS = ("{P}시, 여름철 폭염 대비 종합상황실 운영", "{P}군 올해 첫 모내기 시작",
              "{A} 신임 이사장에 {N} 전 부원장 선임", "{P}구, 주민참여예산 설명회 열어",
              "{A} 개원 30주년 기념식 성료", "[날씨] 내일 전국 흐리고 곳곳 비",
              "{P}시 공무원 음주운전 적발…징계 착수", "주말 고속도로 정체 예상",
              "{A}, 상반기 신입 직원 공개 채용", "[포토] {P}시 벚꽃축제 개막",
              "{N} {P}시의원, 조례 개정안 대표 발의", "물가 상승에 외식비 부담 커져")
HEADERS = ("관련기사", "관련 기사", "많이 본 뉴스", "많이 본 기사",
           "이 기사와 함께 많이 본 뉴스", "인기기사", "최신기사", "추천 기사", "주요기사",
           "함께 보면 좋은 기사", "실시간 인기 뉴스",
           "이 시각 주요뉴스", "오늘의 핫뉴스", "다른 기사 보기", "기자의 다른 기사")
OUTLETS = ("누리일보", "가온뉴스", "한빛타임즈", "새봄신문", "다온경제", "솔빛뉴스1", "하람데일리")
WIDGETS = ("페이스북 트위터 카카오톡 URL복사", "SNS 기사보내기", "기사스크랩 인쇄하기 글자크기",
           "좋아요 0 훈훈해요 0 슬퍼요 0 화나요 0 후속요청 0", "이 기사를 추천합니다",
           "댓글 0", "구독하기", "네이버 메인에서 {O}를 구독하세요!",
           "카카오톡 채널 추가하고 소식 받기",
           "기사 공유하기", "로그인 회원가입", "URL 복사 완료", "+ 글씨 크게 - 글씨 작게",
           "기사 제보 및 보도자료 press@{o}.kr", "입력 {D} 14:22 수정 {D} 15:01")
MENUS = ("홈 > 지역 > 경제", "전체기사 정치 경제 사회 문화 지역 오피니언 포토",
         "HOME > 뉴스 > 지역", "사회 | 교육", "{O} 홈 전국 뉴스", "전체메뉴 검색")
FOOTERS = ("저작권자 © {O} 무단전재 및 재배포 금지", "<저작권자(c) {O}, 무단 전재-재배포 금지>",
           "Copyright ⓒ {O}. All rights reserved.", "ⓒ {O} 무단 전재 및 재배포, AI 학습 이용 금지",
           "<ⓒ{O}(www.{o}.kr) 무단전재 및 재배포금지>", "※ 이 기사의 저작권은 {O}에 있습니다.")
ADS = ("[광고] {C}몰 여름 특가, 최대 70% 할인", "AD {C}보험 다이렉트 견적 1분 만에 확인하기",
       "▶ 지금 가입하면 첫 달 무료 - {C}", "[AD] 무릎 통증, 이것 하나로 해결?",
       "{C} 신규 고객 이벤트 진행 중 > 자세히 보기")
CREDITS = ("사진=게티이미지뱅크", "[사진={O} DB]", "/사진={A} 제공", "ⓒ {O}",
           "사진 제공: {P}시청 홍보실", "(사진=아이클릭아트)", "그래픽={N} 기자")
BYLINES = ("{N} 기자 {m}@{o}.kr", "[{O}={N} 기자]", "{O} {N} 기자", "정리={N} 기자",
           "글·사진 {N} 기자", "{N} 기자의 다른 기사 보기", "{N} 기자 | 입력 {D} 10:15")
NOTES = ("[편집자주] {O}는 지역 상생 협력의 현장을 매주 연재합니다.",
         "※ 바로잡습니다: 이 기사의 최초 보도에서 기관명 표기에 오류가 있어 바로잡습니다.",
         "[정정] 기사 중 사진 설명의 일부 내용을 수정했습니다.",
         "※ 이 기사는 {A}의 보도자료를 바탕으로 작성되었습니다.",
         "* 본 기사는 지역 신문 발전 기금을 지원받았습니다.")


class Pools:
    """Invented names for one article's clutter, never ones that occur in the article."""

    def __init__(self, rng: random.Random, text: str, published: str = "") -> None:
        self.rng = rng
        self.rn = renamed.Renamer(rng, text)
        # the page's own time stamp shows the record's publication day (none when unknown)
        self.day = published[:10].replace("-", ".") if published else ""

    def org(self) -> str:
        if self.rng.random() < 0.3:
            return self.rn.company()
        return self.rn.hangul_stem() + self.rng.choice(ORG_ENDINGS)

    def place(self) -> str:
        return self.rn.hangul_stem()

    def person(self) -> str:
        r = self.rng
        return self.rn.fresh(lambda: r.choice(renamed.FAMILY) + "".join(r.sample(renamed.GIVEN, 2)))

    def fill(self, template: str) -> str:
        outlet = self.rng.choice(OUTLETS)
        return template.format(A=self.org(), N=self.person(), P=self.place(), C=self.rn.translit(),
                               O=outlet, o=self.rn.latin().lower(), m=self.rn.latin().lower(),
                               D=self.day)


def with_particle(name: str, pair: tuple[str, str]) -> str:
    return name + pair[0 if renamed.has_final(name[-1]) else 1]


def mou_headline(pools: Pools) -> str:
    """A headline about another (invented) agreement."""
    r = pools.rng
    a, b, topic = pools.org(), pools.org(), r.choice(TOPICS)
    shapes = (f"{a}·{b}, {topic} 업무협약 체결",
              f"{a}, {with_particle(b, ('과', '와'))} {topic} 맞손",
              f"{a}-{b} '{topic}' MOU",
              f"{a} {pools.person()} 이사장, {with_particle(b, ('과', '와'))} 협약…"
              f"\"{topic}에 힘 모은다\"",
              f"[포토] {a}·{b} {topic} 협약식",
              f"{pools.place()}시-{a}, {topic} 협약 맺어")
    return r.choice(shapes)


def headline(pools: Pools) -> str:
    r = pools.rng
    line = mou_headline(pools) if r.random() < 0.6 else pools.fill(r.choice(OTHER_NEWS))
    if r.random() < 0.25:     # a snippet cut short, as lists print them
        a, b = pools.org(), pools.org()
        line += (f"\n{with_particle(a, ('은', '는'))} {r.randint(1, 28)}일 "
                 f"{with_particle(b, ('과', '와'))} {with_particle(r.choice(TOPICS), ('을', '를'))}"
                 " 위한 업무협약을 체결했다고 …")
    if r.random() < 0.3:
        line += f" {r.choice(('2024.05.12', '05-13 10:21', '1시간 전', '2023-11-02'))}"
    return line


def related(pools: Pools) -> str:
    """A list of other articles: a header (now and then none, only bullets) and 3-6 lines."""
    r = pools.rng
    bullet = r.choice(("", "", "▶ ", "· ", "- ", "■ "))
    lines = [bullet + headline(pools) for _ in range(r.randint(3, 6))]
    if r.random() < 0.8:
        lines.insert(0, r.choice(HEADERS))
    return "\n".join(lines)


def block(pools: Pools, kind: str) -> str:
    r = pools.rng
    if kind == "related":
        return related(pools)
    table = {"widget": WIDGETS, "menu": MENUS, "footer": FOOTERS, "ad": ADS,
             "credit": CREDITS, "byline": BYLINES, "note": NOTES}[kind]
    if not pools.day:
        table = tuple(t for t in table if "{D}" not in t)
    n = r.randint(1, 3) if kind in ("widget", "menu") else 1
    return "\n".join(pools.fill(r.choice(table)) for _ in range(n))


BEFORE = ("menu", "byline", "widget")
BETWEEN = ("credit", "ad", "related", "credit", "widget")
AFTER = ("footer", "related", "related", "widget", "byline", "note", "ad")


def add_clutter(raw: dict, seed: int) -> dict:
    """A copy of one article with clutter blocks inserted between its paragraphs."""
    text = raw.get("text", "")
    rng = random.Random(f"noisy:{seed}:{raw.get('id')}")
    pools = Pools(rng, text + "\n" + raw.get("title", ""), str(raw.get("published") or ""))
    sep = "\n\n" if "\n\n" in text else "\n"
    paras = [p for p in text.split(sep)]
    body_at = next((i for i, p in enumerate(paras) if len(p.strip()) > 40), 0)
    inserts: dict[int, list[str]] = {}
    inserts.setdefault(body_at, []).append(block(pools, rng.choice(BEFORE)))
    inner = list(range(body_at + 1, len(paras)))
    for at in rng.sample(inner, min(len(inner), rng.randint(1, 2))):
        inserts.setdefault(at, []).append(block(pools, rng.choice(BETWEEN)))
    tail = [block(pools, k) for k in rng.sample(AFTER, rng.randint(2, 3))]
    out: list[str] = []
    for i, p in enumerate(paras):
        out += inserts.get(i, []) + [p]
    return dict(raw, text=sep.join(out + tail))


def noisy_article(raw: dict, gold: dict, seed: int) -> tuple[dict, dict]:
    """The article with clutter; the gold as it was (clutter states no fact)."""
    return add_clutter(raw, seed), gold


def family_article(family: str):
    """The ``change`` of one clutter family: "tuned" (this module's, the one the cleaning rules
    were written against) or "sites" (``clutter_sites.py``, written apart)."""
    if family == "tuned":
        return noisy_article
    import clutter_sites  # beside this script; imports this module for its pools

    return lambda raw, gold, seed: (clutter_sites.add_clutter(raw, seed), gold)


def main(argv: list[str] | None = None) -> int:
    import argparse
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--family", choices=("tuned", "sites"), default="tuned")
    args, rest = ap.parse_known_args(argv)
    label = "noisy" if args.family == "tuned" else "sites"
    return renamed.main(rest, change=family_article(args.family), label=label, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
