"""Which sentences report a signing, and who the parties named in them are.

A sentence reports a signing when it has an agreement word (협약, MOU, 양해각서, 협정,
자매결연, …) and a past or progressive signing verb (체결했다, 맺었다, 협약식을 가졌다/열었다/
개최했다/진행했다, 서명했다, 교환했다, 협약을 했다; in a photo caption also 체결하고 있다), or
a connective signing verb followed by a report-tense predicate ("체결하고 … 나섰다/나선다고
밝혔다", "맺고 … 모았다"; not "체결하고 … 추진할 계획이다"), or a ceremony held ("협약식을 갖고
…"), the occasion held ("체결하는 자리를 가졌다"), the ceremony finished or taken place
("체결식을 마쳤다", "체결식이 있었다", "MOU 체결은 … 이뤄졌다"). Where nothing else reports it,
a ceremony reported by its attendees ("열린 협약식에는 … 참석했다"), a caption of the signed
copy ("협약서를 들고 기념촬영") or a headline ("… 협약 체결", "… MOU 맞손") does. Each way is a
row of ``SIGNED_RULES``.
Rules that say *no*:
- *plan*: 체결할 예정, 체결하기로 했다, 체결한다, 체결을 앞두고, 서명하게 된다; a headline
  naming a time to come ("다음 주 … 협약", rule headline-ahead);
- *called-off*: 연기, 취소, 무산, 철회, 보류, 불발, 해지, 파기;
- *opinion*: a column or an editorial ("[칼럼]", "[사설]") reports none (``opinion_piece``)
  but one it tells as news, dated within the month before (rule opinion-news, in extract);
- *audit*: counts of past agreements ("19건의 MOU", "최근 5년간"), a year that is not the
  publication year ("2011년 … 협약을 체결했지만", "지난 2015년 2월 … 맺고"), 국정감사;
- quoted speech is not a report.

The parties are read from the sentence's slots: the topic/subject ("A는", "A가", "A와 B는")
and the partners ("B와", "B, C 등 세 개 기업과", "B와 함께"); a person in a slot stands for
their organisation ("달빛농협 한도윤 이사장과"); "N곳", "N개 기관" count partners the sentence
does not name ("A, B 등 관내 N개 기업": the named ones stand before "등"); a collective subject
("양 기관은", "두 기관이", "양측은") stands for the parties the sentence before named.

One module per family of rules, each importing only those above it (a new rule goes in the
module of its family):

  reports    the ways a sentence reports a signing: SIGNED_RULES, one row each
  refusals   what says no: a plan, called off, an audit of past agreements, another year,
             an opinion piece
  parts      what the slot readers share: Slots, a slot's item, counts (COUNT_HEADS)
  backed     bare names the article backs as bodies (BACKING_RULES: its head named with it,
             the headline's pair), for a partner Kiwi reads as an adjective and a noun
  fallbacks  an item that names no known organisation: FALLBACK_RULES, tried in order
  items      a slot's text into parties: marks, counts, a person for their body, short forms
  roles      which slot a word fills (subject, partner, "A와 B 간"; a watching witness none)
  parties    slots: the parties a signing sentence names, read slot by slot and settled
  find       signings, Signing, reports_signing, agreement_kind
"""
from __future__ import annotations

from .find import Signing, agreement_kind, reports_signing, signing_rule, signings
from .parties import slots
from .parts import Slots
from .refusals import opinion_piece
from .reports import SIGNED_RULES, SignedRule

__all__ = ["SIGNED_RULES", "SignedRule", "Signing", "Slots", "agreement_kind", "opinion_piece",
           "reports_signing", "signing_rule", "signings", "slots"]
