"""The named project or programme an agreement serves ("… 클러스터 사업"), when stated.

The article names it in the purpose of the agreement: "X 사업의 성공적 추진을 위한 이번
업무협약", "X 사업 추진을 위해 협약을 맺었다", "'X 사업 협약식'", or introduces it in
quotes ("'모두의 마을 사업'은 …") before saying both sides will work for it.
"""
from __future__ import annotations

import re

from ..morph import Sentence
from ..text import Document

# What a project's name ends with.
_KIND = r"(?:사업|프로젝트|프로그램|계획|사업단|캠페인|플랫폼|체계|클러스터 조성)"
# Words of a name: Hangul, Latin, digits, "·", "-", parentheses ("(RISE)").
# (a word ending in a case particle, "양 기관은", ends the clause before the name)
_NAME_WORD = r"[가-힣A-Za-z0-9·ㆍ\-]+(?<![은는을를에과와가])(?:\([A-Za-z0-9가-힣]+\))?"
_NAME = rf"(?P<name>(?:{_NAME_WORD}\s){{0,5}}?[가-힣A-Za-z0-9·ㆍ\-]*{_KIND})"

# Rule branches, most explicit first.
_PATTERNS = (
    # X 사업의 성공적 추진을 위한 (이번) (업무)협약
    re.compile(
        _NAME + r"의\s*(?:성공적(?:인)?|원활한|차질\s*없는|효율적(?:인)?)\s*(?:추진|수행|운영|유치)"
    ),
    # 'X 사업' 협약식 / ‘X 사업 협약식’
    re.compile(r"[‘'\"“]" + _NAME + r"\s*(?:업무\s*)?(?:협약|MOU|협정)(?:식|서)?[’'\"”]"),
    # X 사업 추진을 위한 업무협약 / X 사업 (선도적) 대응을 위한 협약
    re.compile(
        _NAME + r"\s*(?:\S+\s){0,1}?(?:추진|참여|대응|유치|공동\s*추진)(?:을|를)\s*위(?:한|해)"
        r"\s*(?:\S+\s){0,2}?(?:업무\s*)?(?:협약|MOU|협정)"
    ),
    # ‘X 사업’은 …  (a quoted programme the sides will carry out together)
    re.compile(r"[‘'\"“]" + _NAME + r"[’'\"”]"),
)
_GENERIC = re.compile(r"^(?:이번|해당|본|이|그|관련|공동|협력|각종|다양한|주요)?\s*" + _KIND + "$")
_LEAD = re.compile(r"^(?:이번|해당|본|그|관련|각종|다양한|주요|특히|또한|및|이|및)\s+")


def _tidy(name: str) -> str | None:
    name = " ".join(name.split())
    while (shorter := _LEAD.sub("", name)) != name:
        name = shorter
    if _GENERIC.match(name) or len(name) < 4:
        return None
    return name


def find_project(doc: Document, signing: Sentence) -> str | None:
    """The named project/programme the agreement serves, else None."""
    ordered = [signing, *[s for s in doc.sentences if s != signing]]
    for pattern in _PATTERNS:
        for sentence in ordered:
            if pattern is _PATTERNS[-1] and not re.search(r"협력|협약|추진|노력", sentence.text):
                continue
            for m in pattern.finditer(sentence.text):
                if name := _tidy(m.group("name")):
                    return name
    return None
