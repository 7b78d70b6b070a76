"""The named project or programme an agreement serves ("… 클러스터 사업"), when stated.

The article names it in the purpose of the agreement: "X 사업의 성공적 추진을 위한 이번
업무협약", "X 사업 추진을 위해 협약을 맺었다", "'X 사업 협약식'", or introduces it in
quotes ("'이웃의 마을 사업'은 …") before saying both sides will work for it.
"""
from __future__ import annotations

import re

from ..morph import tokenize
from ..text import Document, Sentence
from .cues import AGREEMENT

# What a project's name ends with.
_KIND = r"(?:사업|프로젝트|프로그램|계획|사업단|캠페인|플랫폼|체계|클러스터 조성)"
# Words of a name: Hangul, Latin, digits, "·", "-", parentheses ("(GRACE)").
_NAME_WORD = r"[가-힣A-Za-z0-9·ㆍ\-]+(?:\([A-Za-z0-9가-힣]+\))?"
_NAME = rf"(?P<name>(?:{_NAME_WORD}\s){{0,5}}?[가-힣A-Za-z0-9·ㆍ\-]*{_KIND}(?:\([A-Za-z0-9]+\))?)"

# Rule branches, most explicit first.
_PATTERNS = (
    # X 사업의 성공적 추진을 위한 (이번) (업무)협약
    re.compile(
        _NAME + r"의\s*(?:성공적(?:인)?|원활한|차질\s*없는|효율적(?:인)?)\s*(?:추진|수행|운영|유치)"
    ),
    # 'X 사업' 협약식 / ‘X 사업 협약식’
    re.compile(r"[‘'\"“]" + _NAME + rf"\s*(?:업무\s*)?(?:{AGREEMENT})(?:식|서)?[’'\"”]"),
    # X 사업 추진을 위한 업무협약 / X 사업 (적극적) 대응을 위한 협약
    re.compile(
        _NAME + r"\s*(?:\S+\s){0,1}?(?:추진|참여|대응|유치|공동\s*추진)(?:을|를)\s*위(?:한|해)"
        rf"\s*(?:\S+\s){{0,2}}?(?:업무\s*)?(?:{AGREEMENT})"
    ),
    # ‘X 사업’은 …  (a quoted programme the sides will carry out together)
    re.compile(r"[‘'\"“]" + _NAME + r"[’'\"”]"),
)
_HAS_KIND = re.compile(_KIND)
_TOGETHER = re.compile(r"협력|협약|추진|노력")
_GENERIC = re.compile(r"^(?:이번|해당|본|이|그|관련|공동|협력|각종|다양한|주요)?\s*" + _KIND + "$")
_LEAD = re.compile(r"^(?:이번|해당|본|그|관련|각종|다양한|주요|특히|또한|및|이|및)\s+")


def _after_clause(name: str) -> str:
    """Drop the words up to the last one ending in a particle ("양 기관은 사업" -> "사업");
    "이웃의 마을 사업" keeps its genitive and its 마을 (a noun, not 을)."""
    cut = 0
    for token in tokenize(name):
        if token.tag.startswith("J") and token.tag != "JKG" or token.tag in {"EC", "EF"}:
            cut = token.end
    return name[cut:]


def _tidy(name: str) -> str | None:
    name = " ".join(_after_clause(name).split())
    # "A 계획 및 B 지원체계(GRACE)": the programme named last, in full
    last = re.split(r"\s(?:및|과|와|그리고)\s", name)[-1]
    if re.search(_KIND + r"(?:\([A-Za-z0-9]+\))?$", last):
        name = last
    while (shorter := _LEAD.sub("", name)) != name:
        name = shorter
    if _GENERIC.match(name) or len(name) < 4:
        return None
    return name


def find_project(doc: Document, signing: Sentence) -> str | None:
    """The named project/programme the agreement serves, else None."""
    # every pattern ends its name with a kind word: a sentence without one cannot match
    ordered = [s for s in [signing, *[s for s in doc.sentences if s != signing]]
               if _HAS_KIND.search(s.text)]
    for pattern in _PATTERNS:
        for sentence in ordered:
            if pattern is _PATTERNS[-1] and not _TOGETHER.search(sentence.text):
                continue
            for m in pattern.finditer(sentence.text):
                if name := _tidy(m.group("name")):
                    return name
    return None
