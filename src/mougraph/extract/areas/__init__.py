"""The cooperation areas an agreement covers, worded as in the article.

Three constructions carry them, tried in this order:

* bullet lists — "▲A ▲B ▲C 등이다", "△A △B 등을 추진하기로 했다", "1. A, 2. B", "①A ②B",
  bullets on their own lines after "다음과 같다"; one item per bullet, the closing
  "등이다" / "을 주요 내용으로 담았다" cut off the last one;
* prose lists — "A, B와 C 등에 협력하기로 했다", "주요 내용은 A, B 등이다", "A와 B를 위해 공동
  노력키로 했다", "A와 B에 대해 상호 협력한다", split at commas and at 과/와 between items;
* clauses of what each side will do — "협약에 따라 A는 X에 앞장서고, B는 Y를 제공하기로 했다";
* when none of these states an area, the agreement's own name, if it names activities —
  "'청년 창업기금 지원 업무협약'을 체결했다", "A 지원 및 B 확대를 위한 협약" — and
  else the headline's words before its verb ("가온시-한별대, 지역 인재 양성 맞손").

A bullet list wins over the prose lists that repeat it; a prose list told in a sentence of
its own counts beside it when it adds to it (``duties.BESIDE_BULLETS``: "또한 …에 대한 합의도
이루어졌다", "협약에 따라 A와 B가 X를 약속했다", "A는 X를, B는 Y를 맡는다").

Items come from the signing sentence and the sentences after it, up to a later signing (past
it, the sentences whose topic lists this agreement's own parties; never one that lists another
agreement's: told-for-own-parties);
quotes, asides ("한편 …"), what was done before ("…해 왔다", "바 있다"), the general
purpose ("상호 발전") and vague objects ("다양한 정책") are left out.

One module per family of rules, each importing only those above it:

  items       a list's text into items (split at commas, 과/와, 및, ·), an item cleaned
  parties     the parties as a sentence names them (its topic, "양 기관은", "시는")
  refusals    what is worded like an area but is none (done before, one party's plan, …)
  verbs       a clause of doing worded as an item ("A를 판매하고" -> "A를 판매")
  duties      each party's duties told in clauses ("A는 X를 맡고, B는 Y를 제공")
  deung       prose lists closed by 등 ("A, B 등에 협력하기로 했다")
  prose       prose lists closed by a predicate: PROSE_RULES, tried in order
  bullets     bullet and numbered lists, and whether they state the agreement's areas
  blocks      the article read as blocks after the signing, bullet lines joined
  fallbacks   when nothing is stated: the agreement's name, a caption, the headline, …
  find        find_areas: the stated areas, else an earlier report's, else the fallbacks
"""
from __future__ import annotations

from .find import find_areas
from .prose import PROSE_RULES, ProseRule

__all__ = ["PROSE_RULES", "ProseRule", "find_areas"]
