"""How much distracting sentences of the genre cost: the tune articles with invented ones added.

Reads the tune part of the dev set at run time (ids 001-075, and 101-335 not divisible by 3;
never the held-out ids divisible by 3 in 101-335). For each article and each seed it writes,
into --work (outside the repository), a copy of the article with 2-4 invented sentences of the
kind press releases carry around a signing, and the gold unchanged: each sentence adds no fact
the gold records (no party, area, representative, date or venue of the reported signing).
Then it runs ``mougraph extract`` on the originals and on each copy and scores all of them
with ``../shared/eval/score.py``, printing the original and the distracted mean side by side.

    .venv/bin/python bench/distract.py --work /tmp/distract                  # seeds 1,2,3
    .venv/bin/python bench/distract.py --work /tmp/distract --seeds 7,8,9 --jobs 2

The sentence shapes (``SHAPES``) are written here from general knowledge of Korean press
releases, not taken from any article: one party's background, record, statistics or plan of
its own; guests and congratulators; the ceremony's programme; a guest's quote; an award or
another event the same day; the purpose; a past agreement of a party with another body;
another body's agreement in the region; a programme's definition; a contact note. Where they
go: right after the signing sentence's paragraph (or at its end), before the first quote, and
at the end of the story. A party is named by a form the article itself uses for it (the gold
lists it); every other name is invented from the pools of ``renamed.py`` (drawn again when it
occurs in the article), through ``noisy.Pools``.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import noisy  # noqa: E402  (beside this script: invented name pools, topics, particles)
import renamed  # noqa: E402  (tune ids, extraction, scoring)

# {X} a party of the article, {A} {B} invented bodies, {N} {M} invented people, {P} an invented
# place stem, {T} a topic, {K} {L} {S} numbers, {Y} a year; a particle written after a slot
# ({X은}, {A과}, {T을}, {N이}) follows the last syllable of what fills it.
SHAPES: dict[str, tuple[str, ...]] = {
    "background": (
        "{X은} 그동안 {T} 사업을 꾸준히 추진해 왔다.",
        "{X은} 지난해 {A과} 협약을 맺은 데 이어 협력 기관을 꾸준히 넓혀 가고 있다.",
        "{X은} {Y}년 설립된 이후 지역의 {T} 분야에서 활동해 왔다.",
        "{X은} 지난해 {P}시로부터 {T} 우수기관으로 선정된 바 있다.",
        "{X은} {Y}년부터 {A}, {B} 등과 함께 {T} 네트워크를 꾸려 왔다.",
    ),
    "record": (
        "{X은} 지난해에만 {K}건의 {T} 사업을 진행했으며, 참여 인원은 {L}명에 달했다.",
        "{X은} 현재 {K}개 지역에서 {T} 관련 프로그램을 운영하고 있다.",
        "{P}시에 따르면 지역 내 청년 고용률은 지난해 기준 {K}% 수준에 머물러 있다.",
        "{A} 조사에 따르면 {P}군 주민의 {K}%가 {T이} 필요하다고 답했다.",
        "{X}의 {T} 프로그램에는 지난해 {L}명이 참여해 만족도 {K}점을 기록했다.",
    ),
    "guests": (
        "이날 협약식에는 {P}시의회 의장과 {A} 관계자 등 {K}여 명이 참석했다.",
        "이날 행사에는 {N} {P}시의원과 {A} {M} 이사장 등이 참석해 협약을 축하했다.",
        "협약식에는 {A} {N} 상임이사 등 내빈 {K}여 명이 자리를 함께했다.",
        "이 자리에는 {P}군수와 {A} 임직원들도 참석해 축하의 뜻을 전했다.",
        "이날 협약식에는 {N} {P}시의회 의장, {M} {A} 원장 등 내외빈이 함께했다.",
    ),
    "programme": (
        "협약식은 경과보고, 협약서 서명, 기념촬영 순으로 진행됐다.",
        "이날 행사는 기관 소개와 협약서 교환, 현판 전달식 순으로 진행됐다.",
        "서명을 마친 뒤 참석자들은 기념촬영을 하고 {T} 관련 시설을 둘러봤다.",
        "행사는 내빈 소개, 경과보고, 축사, 기념촬영 순으로 이어졌다.",
    ),
    "guest_quote": (
        "축사에 나선 {N} {P}시의회 의장은 \"두 기관의 협력이 지역의 좋은 본보기가 되길 "
        "바란다\"고 말했다.",
        "{A} {N} 사무국장은 \"앞으로도 지역사회와 함께하겠다\"며 환영의 뜻을 밝혔다.",
        "행사에 참석한 {N} {P}시의원은 \"{T}에 힘을 보태겠다\"고 밝혔다.",
    ),
    "other_event": (
        "이날 협약식에 앞서 열린 시상식에서는 {A이} {T} 유공기관으로 선정돼 표창을 받았다.",
        "한편 이날 오후에는 같은 장소에서 {T을} 주제로 한 세미나가 열렸다.",
        "협약식에 이어 {A} 주관으로 {T} 설명회가 진행됐다.",
        "{X은} 이날 {A으로}부터 {T}에 기여한 공로로 감사패를 받았다.",
        "이어 {X은} {A}에 이웃돕기 성금 {K}00만 원을 전달했다.",
    ),
    "purpose": (
        "이번 협약은 상호 발전과 지역사회 공헌을 위해 마련됐다.",
        "이번 협약은 두 기관이 서로의 강점을 나누는 기반을 닦기 위해 추진됐다.",
        "양 기관은 상호 신뢰를 바탕으로 긴밀한 협력 관계를 이어가기로 뜻을 모았다.",
        "양 기관은 이번 협약을 계기로 지역사회 발전에 함께 힘써 나갈 계획이다.",
    ),
    "own_plan": (
        "{X은} 내년까지 {T} 예산을 {K}억 원으로 늘릴 계획이다.",
        "{X은} 올해 하반기 {T} 전담 조직을 새로 만들 예정이다.",
        "{X은} 앞으로 {T} 대상을 인근 지역으로 넓혀 나갈 방침이다.",
        "{X은} 이와 별도로 올해 {T} 사업에 {K}억 원을 투입하기로 했다.",
    ),
    "past_agreement": (
        "앞서 {X은} 지난 {Y}년 {A과} {T} 업무협약을 체결한 바 있다.",
        "{X은} 지난해에도 {A}, {B과} 협약을 맺고 {T} 사업을 함께 펼쳤다.",
        "{X은} 지난 {Y}년 {N} 이사장이 이끄는 {A과}도 {T} 협약을 맺은 바 있다.",
    ),
    "regional": (
        "한편 {A}도 지난달 {B과} {T을} 위한 업무협약을 맺은 바 있다.",
        "지역에서는 지난해 {A과} {B이} 비슷한 협약을 맺고 {T} 사업을 벌이고 있다.",
        "한편 {P}시도 지난달 {A과} {T} 협약을 체결하고 {K}억 원을 지원하기로 했다.",
    ),
    "definition": (
        "'{T} 사업'은 {P}시가 {Y}년부터 추진하고 있는 사업으로, 지역 청년의 정착을 돕는 데 "
        "목적이 있다.",
        "{T} 프로그램은 만 19세 이상 39세 이하 주민을 대상으로 교육과 상담을 제공하는 "
        "사업이다.",
        "{T} 사업은 교육, 상담, 일자리 연계 등을 한곳에서 지원하는 {P}시의 대표 사업이다.",
    ),
    "effect": (
        "이번 협약으로 지역 청년의 취업 기회 확대와 기업의 인력난 해소가 기대된다.",
        "양 기관은 이번 협약이 {T}과 지역 경제 활성화에 큰 도움이 될 것으로 내다봤다.",
        "협약이 본격 시행되면 해마다 {K}명 이상이 혜택을 받을 것으로 보인다.",
    ),
    "need": (
        "최근 고령화와 인구 감소로 지역의 {T} 수요가 꾸준히 늘고 있다.",
        "업계에 따르면 {T} 분야 전문 인력은 해마다 {K}% 안팎 부족한 실정이다.",
    ),
    "own_programme": (
        "{X은} 올해 청년 창업 지원, 주거비 지원, 일자리 박람회 등 {S}개 사업에 {K}억 원을 "
        "투입한다.",
        "{X은} 현재 {T}, 취약계층 돌봄, 장학 사업 등을 펼치고 있다.",
    ),
    "term": (
        "협약 기간은 체결일로부터 {S}년이며, 이견이 없으면 1년씩 자동 연장된다.",
        "협약의 효력은 서명한 날부터 발생한다.",
    ),
    "past_cooperation": (
        "두 기관은 그동안 봉사활동, 장학금 전달, 시설 개방 등으로 꾸준히 교류해 왔다.",
        "{X은} 지난 {Y}년부터 {T} 캠프와 현장 견학 등을 운영해 왔다.",
    ),
    "former_post": (
        "이날 협약식에는 {N} 전 {P}군수와 {A} {M} 고문 등이 참석했다.",
        "행사에는 {N} 전 {P}시장도 자리를 함께했다.",
    ),
    "host_sponsor": (
        "이번 협약식은 {A} 주최, {B} 후원으로 마련됐다.",
        "이번 협약은 {A}의 제안으로 추진됐다.",
    ),
    "caption": (
        "▲ 협약식에 참석한 {N} {P}시의회 의장(왼쪽 세 번째)과 내빈들이 기념촬영을 하고 있다.",
        "사진은 {A} {N} 이사장이 인사말을 하는 모습.",
    ),
    "note": (
        "(문의: {A} 대외협력팀)",
        "※ 이 기사는 {A}의 보도자료를 바탕으로 작성했습니다.",
        "{N} 기자의 취재 메모: 협약 내용은 {A} 누리집에서 볼 수 있다.",
    ),
}
# Where each kind goes: after the signing paragraph, before the first quote, at the end.
PLACES: dict[str, tuple[str, ...]] = {
    "background": ("signing", "end"), "record": ("signing", "end"),
    "guests": ("signing", "quote"), "programme": ("signing", "quote"),
    "guest_quote": ("quote", "end"), "other_event": ("quote", "end"),
    "purpose": ("signing",), "own_plan": ("end", "quote"), "past_agreement": ("end", "signing"),
    "regional": ("end",), "definition": ("signing", "end"), "note": ("end",),
    "effect": ("signing", "end"), "need": ("signing", "end"), "own_programme": ("end", "quote"),
    "term": ("signing", "end"), "past_cooperation": ("signing", "end"),
    "former_post": ("signing", "quote"), "host_sponsor": ("signing", "end"),
    "caption": ("quote", "end"),
}
# Kinds that tell of the ceremony itself: an article that reports no signing (a plan, a past
# agreement in passing) gets none of them, or they would report one.
CEREMONY_KINDS = ("guests", "programme", "guest_quote", "other_event", "purpose", "former_post",
                  "host_sponsor", "caption")
_SLOT = re.compile(r"\{([XABNMPTKLYS])(은|이|을|과|으로)?\}")
_PAIRS = {"은": ("은", "는"), "이": ("이", "가"), "을": ("을", "를"), "과": ("과", "와"),
          "으로": ("으로", "로")}
_SIGNING = re.compile(r"체결|맺|협약식|서명|맞손")
_PROSE = re.compile(r"다[.”\"']*\s*$|다\. ")
_QUOTE = re.compile(r"[\"“”]")


def party_forms(gold: dict, text: str) -> list[str]:
    """For each party, the shortest form the article itself writes (longer than one syllable)."""
    forms = []
    for group in gold.get("signatories", []):
        used = [f for f in group if len(f) > 1 and f in text]
        if used:
            forms.append(min(used, key=len))
    return forms


def fill(template: str, pools: noisy.Pools, parties: list[str]) -> str:
    r = pools.rng
    drawn: dict[str, str] = {}

    def value(slot: str) -> str:
        if slot not in drawn:
            drawn[slot] = {"X": lambda: r.choice(parties), "A": pools.org, "B": pools.org,
                           "N": pools.person, "M": pools.person, "P": pools.place,
                           "T": lambda: r.choice(noisy.TOPICS),
                           "K": lambda: str(r.choice((3, 12, 25, 40, 60))),
                           "Y": lambda: str(r.choice((2009, 2015, 2019, 2021))),
                           "S": lambda: str(r.choice((2, 3, 5))),
                           "L": lambda: f"{r.randint(2, 90) * 100:,}"}[slot]()
        return drawn[slot]

    def repl(m: re.Match) -> str:
        word, p = value(m.group(1)), m.group(2)
        if p == "으로" and "가" <= word[-1] <= "힣" and (ord(word[-1]) - 0xAC00) % 28 == 8:
            return word + "로"                                  # a final ㄹ takes 로
        return noisy.with_particle(word, _PAIRS[p]) if p else word

    return _SLOT.sub(repl, template)


def find_places(paras: list[str]) -> dict[str, int]:
    """Paragraph index before which each place's sentences go (signing: after its paragraph)."""
    prose = [i for i, p in enumerate(paras) if len(p.strip()) > 15 and _PROSE.search(p)]
    prose = prose or [len(paras) - 1]
    body = [i for i in prose if len(paras[i].strip()) > 40] or prose
    signing = next((i for i in body if _SIGNING.search(paras[i])), body[0])
    end = max(prose[-1], signing) + 1
    quote = next((i for i in prose if i > signing and _QUOTE.search(paras[i])), end)
    return {"signing": signing + 1, "quote": quote, "end": end}


def add_distractors(raw: dict, gold: dict, seed: int) -> dict:
    """A copy of one article with 2-4 invented sentences at plausible places."""
    text = raw.get("text", "")
    rng = random.Random(f"distract:{seed}:{raw.get('id')}")
    pools = noisy.Pools(rng, text + "\n" + raw.get("title", ""))
    parties = party_forms(gold, text)
    shapes = {k: [t for t in v if parties or "{X" not in t] for k, v in SHAPES.items()}
    kinds = [k for k, v in shapes.items() if v and (gold.get("signing") or k not in CEREMONY_KINDS)]
    sep = "\n\n" if "\n\n" in text else "\n"
    paras = text.split(sep)
    places = find_places(paras)
    inserts: dict[int, list[str]] = {}
    appended: list[str] = []
    for kind in rng.sample(kinds, rng.randint(2, 4)):
        sentence = fill(rng.choice(shapes[kind]), pools, parties)
        place = rng.choice(PLACES[kind])
        at = places[place]
        if place == "signing" and rng.random() < 0.3 and paras[at - 1].rstrip().endswith("다.") \
                and gold.get("signing"):
            appended.append(sentence)                 # the signing paragraph's own last sentence
        else:
            inserts.setdefault(at, []).append(sentence)
    if appended:
        i = places["signing"] - 1
        paras = paras[:i] + [paras[i].rstrip() + " " + " ".join(appended)] + paras[i + 1:]
    out: list[str] = []
    for i, p in enumerate(paras):
        out += inserts.get(i, []) + [p]
    return dict(raw, text=sep.join(out + inserts.get(len(paras), [])))


def distracted_article(raw: dict, gold: dict, seed: int) -> tuple[dict, dict]:
    """The article with distracting sentences; the gold as it was (they state no fact of it)."""
    return add_distractors(raw, gold, seed), gold


if __name__ == "__main__":
    sys.exit(renamed.main(change=distracted_article, label="distract", doc=__doc__))
