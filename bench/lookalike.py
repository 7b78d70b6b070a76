"""Names that only look like parties: the tune articles with invented bodies that sign nothing.

Reads the tune part of the dev set at run time (ids 001-075, and 101-335 not divisible by 3;
never the held-out ids divisible by 3 in 101-335). For each article and each seed it writes,
into --work (outside the repository), a copy with 2-4 invented sentences that name a body of a
shape the rules read as a party (a gallery, a university's faculty, a company ending in
시스템즈/솔루션즈/테크놀로지스, a Latin brand before 대표, a volunteers' or a profession's group
ending in 사단) in a role that is no party's: a place visited, students who take part, a
supplier, a product's maker, a sponsor, a parent body, a customer, a brand, an award winner,
a past partner. The gold is unchanged (no sentence adds a party, area, representative, date or
venue of the reported signing), so every party or person these names add costs precision.

    .venv/bin/python bench/lookalike.py --work /tmp/lookalike --seeds 1,2,3,4,5,6   # read
    .venv/bin/python bench/lookalike.py --work /tmp/lookalike --seeds 7,8,9         # score only

The shapes (``SHAPES``) are written here from general knowledge of Korean regional news, the
way a hurried reporter strings them (a body's name glued to its role, a brand before 대표,
commas instead of sentences), not taken from any article. Where they go is distract.py's:
after the signing paragraph, before the first quote, at the end of the story.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import distract  # noqa: E402  (places in an article, the parties' own forms)
import noisy  # noqa: E402  (invented name pools, topics, particles)
import renamed  # noqa: E402  (tune ids, extraction, scoring)

# {X} a party of the article, {G} an invented gallery, {U} a faculty of an invented
# university, {V} {W} invented companies with an English plural ending, {L} a Latin brand,
# {J} a profession's or volunteers' group ending in 사단, {N} an invented person, {M} a Latin
# one, {P} a place stem, {T} a topic, {K} a number, {Y} a year; a particle after a slot follows
# its last syllable.
SHAPES: dict[str, tuple[str, ...]] = {
    "gallery_visit": (
        "협약식을 마친 참석자들은 인근 {G}에서 열리고 있는 {T} 사진전을 둘러봤다.",
        "{G}에서는 이달 말까지 {T}을 주제로 한 기획전이 이어진다.",
        "{X은} 지난해 {G}에서 연 {T} 전시회로 관람객 {K}00여 명을 모으기도 했다.",
    ),
    "faculty_takes_part": (
        "{U} 학생들도 이번 프로그램에 참여한다.",
        "현장실습에는 {U} 재학생 {K}명이 참여할 예정이며, 학점도 인정된다.",
        "이날 행사 안내는 {U} 학생회가 맡았다.",
    ),
    "supplier": (
        "{X은} {V이} 개발한 {T} 플랫폼을 도입해 쓰고 있다.",
        "이번 사업에 쓰일 장비는 {V}에서 납품받는다.",
        "시스템 구축은 지난해 입찰을 따낸 {V이} 맡는다.",
    ),
    "sponsor": (
        "이날 행사는 {V}, {G} 후원으로 열렸다.",
        "기념품은 {W이} 협찬했다.",
    ),
    "parent_body": (
        "{W은} {V}의 자회사로 {Y}년 설립됐다.",
        "{V은} 코스닥 상장사인 {W}의 계열사다.",
    ),
    "customer": (
        "{V}의 주요 고객사로는 {W}, {P}도청 등이 있다.",
        "{X}의 납품처인 {V}도 관계자를 보내 협약을 축하했다.",
    ),
    "brand": (
        "행사장 한쪽에는 {V}의 대표 브랜드 '{L}' 제품이 전시됐다.",
        "{L} 대표 모델은 지난해 {K}만 대가 팔렸다.",
        "{L은} {V이} {Y}년 내놓은 {T} 브랜드다.",
    ),
    "award": (
        "{V은} 지난해 {P}시 {T} 대상을 받은 데 이어 올해 장관 표창도 받았다.",
        "{G}는 올해 {P}시 문화예술상 단체 부문을 수상했다.",
    ),
    "past_partner": (
        "{X은} {Y}년 {U}, {V과} 산학협력 협약을 맺은 바 있다.",
        "앞서 {V과} {W은} 지난해 {T} 분야 기술 제휴를 맺었다.",
    ),
    "volunteers": (
        "이날 행사장 안내는 {J} 단원 {K}명이 맡았다.",
        "{J은} {Y}년 꾸려져 지역 행사에서 봉사해 왔다.",
        "{X}에는 {J} 소속 회원 {K}명이 있다.",
    ),
    "clergy_guest": (
        "축사는 {P}교회 {N} 목사가 했다.",
        "이날 기도는 {N} 목사가 맡았다.",
    ),
    # written as a hurried reporter strings them: a head with the body beside, an aside, a quote
    "supplier_quote": (
        "장비를 공급하는 {V} {N} 대표는 \"현장에 맞는 제품을 내놓겠다\"고 말했다.",
        "{V} {N} 대표도 \"기술 지원을 아끼지 않겠다\"며 힘을 보탰다.",
    ),
    "unit_head": (
        "{U}(학부장 {N}) 학생 {K}명도 이날 자리를 함께했다.",
        "{U} {N} 학부장은 \"학생들에게 좋은 기회\"라고 했다.",
    ),
    "parent_of_party": (
        "{X은} {V}의 자회사로, {V} {N} 회장이 이사회 의장을 맡고 있다.",
        "{V} 계열사인 {X은} {Y}년 문을 열었다.",
    ),
    "past_partner_bare": (
        "{X은} {V}와는 {Y}년 MOU를 체결한 바 있고 {G}와도 교류 중이다.",
        "{V}·{W과}도 지난해 비슷한 협약을 맺었던 {X은} 이번에도 적극적이었다.",
    ),
    "foreign_guest": (
        "{V} CEO {M}는 영상으로 축사를 보냈다.",
        "행사엔 {L} 아시아법인 {N} 지사장도 얼굴을 비쳤다.",
    ),
}
PLACES: dict[str, tuple[str, ...]] = {
    "gallery_visit": ("signing", "end"), "faculty_takes_part": ("signing", "end"),
    "supplier": ("signing", "end"), "sponsor": ("signing", "end"),
    "parent_body": ("end",), "customer": ("quote", "end"), "brand": ("quote", "end"),
    "award": ("end",), "past_partner": ("end", "signing"), "volunteers": ("signing", "end"),
    "clergy_guest": ("signing", "quote"),
    "supplier_quote": ("quote", "end"), "unit_head": ("signing", "quote"),
    "parent_of_party": ("signing", "end"), "past_partner_bare": ("end", "signing"),
    "foreign_guest": ("signing", "quote"),
}
CEREMONY_KINDS = ("gallery_visit", "sponsor", "customer", "volunteers", "clergy_guest",
                  "supplier_quote", "unit_head", "foreign_guest")
PLURAL_ENDINGS = ("시스템즈", "솔루션즈", "테크놀로지스", "인더스트리즈", "일렉트로닉스", "게임즈")
FACULTIES = ("공학부", "경영학부", "간호학부", "AI융합학부", "미디어커뮤니케이션학부",
             "자유전공학부")
# a profession's or a task's group written NAME + …사단: no division of an army
GROUPS = ("해설사단", "상담사단", "조리사단", "통역사단", "사회복지사단", "치료사단", "미용사단",
          "봉사단")
_SLOT = re.compile(r"\{([XGUVWLJNMPTKY])(은|이|을|과)?\}")
_PAIRS = {"은": ("은", "는"), "이": ("이", "가"), "을": ("을", "를"), "과": ("과", "와")}


def fill(template: str, pools: noisy.Pools, parties: list[str]) -> str:
    r, rn = pools.rng, pools.rn
    drawn: dict[str, str] = {}
    makers = {"X": lambda: r.choice(parties), "G": lambda: rn.hangul_stem() + "갤러리",
              "U": lambda: (rn.hangul_stem() + r.choice(("대학교", "대")) + " "
                            + r.choice(FACULTIES)),
              "V": lambda: rn.company() + r.choice(PLURAL_ENDINGS),
              "W": lambda: rn.company() + r.choice(PLURAL_ENDINGS),
              "L": rn.latin, "J": lambda: rn.hangul_stem() + r.choice(GROUPS),
              "N": pools.person, "M": lambda: rn.latin() + " " + rn.latin(),
              "P": pools.place, "T": lambda: r.choice(noisy.TOPICS),
              "K": lambda: str(r.choice((3, 12, 25, 40, 60))),
              "Y": lambda: str(r.choice((2009, 2015, 2019, 2021)))}

    def repl(m: re.Match) -> str:
        slot, p = m.group(1), m.group(2)
        if slot not in drawn:
            drawn[slot] = makers[slot]()
        word = drawn[slot]
        return noisy.with_particle(word, _PAIRS[p]) if p else word

    return _SLOT.sub(repl, template)


def add_lookalikes(raw: dict, gold: dict, seed: int) -> dict:
    """A copy of one article with 2-4 invented sentences naming bodies that sign nothing."""
    text = raw.get("text", "")
    rng = random.Random(f"lookalike:{seed}:{raw.get('id')}")
    pools = noisy.Pools(rng, text + "\n" + raw.get("title", ""))
    parties = distract.party_forms(gold, text)
    shapes = {k: [t for t in v if parties or "{X" not in t] for k, v in SHAPES.items()}
    kinds = [k for k, v in shapes.items() if v and (gold.get("signing") or k not in CEREMONY_KINDS)]
    sep = "\n\n" if "\n\n" in text else "\n"
    paras = text.split(sep)
    places = distract.find_places(paras)
    inserts: dict[int, list[str]] = {}
    for kind in rng.sample(kinds, rng.randint(2, 4)):
        sentence = fill(rng.choice(shapes[kind]), pools, parties)
        inserts.setdefault(places[rng.choice(PLACES[kind])], []).append(sentence)
    out: list[str] = []
    for i, p in enumerate(paras):
        out += inserts.get(i, []) + [p]
    return dict(raw, text=sep.join(out + inserts.get(len(paras), [])))


def lookalike_article(raw: dict, gold: dict, seed: int) -> tuple[dict, dict]:
    """The article with look-alike sentences; the gold as it was (they state no fact of it)."""
    return add_lookalikes(raw, gold, seed), gold


if __name__ == "__main__":
    sys.exit(renamed.main(change=lookalike_article, label="lookalike", doc=__doc__))
