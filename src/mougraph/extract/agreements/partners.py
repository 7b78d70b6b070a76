"""Partners: the parties a signing sentence does not name, read from the sentences around it.

A lone partner word with no ending is a party when a person is written with it as their
body (headed_bare_partners: headed-bare-partner). When the signing still names fewer than
two, the assembly tries the rows of fallbacks.PARTNER_FALLBACKS in order: the bodies
written with the people who signed (from_people), a listing sentence
(lists.named_as_partners), the bullets after "다음 기관들과" (listed_after_pointer:
pointer-list), the government a bare title heads (by_bare_head: bare-head), the body of a
head attending beside the one named party (beside_the_party), the foreign city whose hall it
was held in (host_abroad). ATTENDANCE
tells a sentence of attending; a council attends as a guest, never as a party (council)."""
from __future__ import annotations

import re

from ...lexicons import countries
from ...model import OrgKind
from ...text import Document, Sentence
from .. import orgs, people
from ..clause import Clause
from ..cues import AGREEMENT
from ..lexicon import ending
from ..people.bodies import COMPANY_HEADS
from ..signing import Signing
from ..signing.find import signing_rule
from .events import Event

# a sentence of attending ("협약식에는 … 이 참석했다", "서명한 뒤 기념촬영을 했다")
ATTENDANCE = re.compile(r"참석|참여|참가|함께|자리|배석|서명|교환|기념촬영|왼쪽부터|오른쪽부터")


# "다음 기관들과", "아래 3개 기관과": the partners are listed after the sentence
_POINTER = re.compile(
    r"(?:다음|아래|하기)(?:의)?\s?(?:\d+\s?개\s?)?(?:기관|기업|단체|대학|학교|업체)들?(?:과|와)\s")
_BULLET_ITEM = re.compile(r"(?:^|[▲△•○◇◆■□▶])\s*([^▲△•○◇◆■□▶]+)")


def listed_after_pointer(doc: Document, event: Event,
                         names: list[orgs.Mention]) -> list[orgs.Mention]:
    """Rule pointer-list: "가온시는 다음 기관들과 협약을 체결했다. ▲누리대학교 ▲다온병원": the
    partners are the bulleted bodies of the line right after the signing sentence."""
    lead = event.signings[0].sentence
    if not _POINTER.search(lead.text):
        return []
    after = next((t for t in doc.sentences if t.start > lead.start), None)
    if after is None:
        return []
    out: list[orgs.Mention] = []
    for m in _BULLET_ITEM.finditer(after.text):
        name = m.group(1).strip().rstrip(".,")
        if orgs.looks_like_org(name, (), False, slot=True) and not any(
                orgs.same_body(name, n.name) for n in names + out):
            start = after.start + m.start(1)
            out.append(orgs.Mention.outside(name, start, start + len(name)))
    return out if len(out) >= 2 else []


# a local government's head by bare title, and the endings of the body they head
_LOCAL_HEADS = {"시장": ("시", "시청"), "군수": ("군", "군청"), "구청장": ("구", "구청"),
                "도지사": ("도", "도청"), "지사": ("도", "도청")}


def by_bare_head(doc: Document, clauses: dict[int, Clause], event: Event,
                 persons: list[tuple[Sentence, people.PersonMention]],
                 names: list[orgs.Mention]) -> list[orgs.Mention]:
    """Rule bare-head: "홍길동 시장이 … 가온군청을 찾아 … 협약을 체결했다" — the signing
    sentence names a local government's head by bare title only; the body is the one
    government of that kind the article names most (never one already a party)."""
    starts = {s.sentence.start for s in event.signings}
    for s, p in persons:
        ends = _LOCAL_HEADS.get(p.full_title)
        if s.start not in starts or p.org or p.carried or p.context or ends is None:
            continue
        seen: dict[str, int] = {}
        first: dict[str, orgs.Mention] = {}
        for t in doc.body():
            for m in orgs.mentions(clauses[t.start]):
                if m.name.endswith(ends) and " " not in m.name and len(m.name) >= 3 and \
                        not any(orgs.same_body(m.name, n.name) for n in names):
                    key = next((k for k in seen if orgs.same_body(k, m.name)), m.name)
                    seen[key] = seen.get(key, 0) + 1
                    first.setdefault(key, m)
        if seen:
            best = max(seen, key=lambda k: (seen[k], -first[k].start))
            return [orgs.Mention.outside(first[best].name, p.start, p.end)]
    return []


def council(name: str) -> bool:
    """"시의회", "가람군의회": a council whose chair attends a signing is a guest (GUIDELINES:
    witnesses are not parties) unless a signing sentence names it. A 협의회 ("가온구지역아동
    센터협의회") is an association of members, no legislature."""
    name = orgs.compact(name)
    return name.endswith("의회") and not name.endswith("협의회")


# the offices of a council's members ("가온군의회 의장", "부의장 홍길동", "가온군의원")
_COUNCIL_OFFICE = r"\s?(?:의장|부의장|의원|위원장|운영위원장)"


def councils_dropped(names: list[orgs.Mention], text: str) -> list[orgs.Mention]:
    """Rule council-of-a-party: "양지호 군수, … 노태경 가온군의회 의장 등이 참석한 가운데 … 체결식을
    가졌다" — the council of a government that signs, written only before its members'
    offices, is a guest (its chair attends), even in the signing sentence's list of heads."""
    kept = []
    for m in names:
        name = orgs.compact(m.name)
        government = name.removesuffix("의회")
        if council(name) and any(orgs.compact(n.name) == government for n in names) and all(
                re.match(_COUNCIL_OFFICE, text[w.end():])
                for w in re.finditer(re.escape(m.name), text)):
            continue
        kept.append(m)
    return kept


def beside_the_party(persons: list[tuple[Sentence, people.PersonMention]],
                     party: orgs.Mention) -> list[orgs.Mention]:
    """Rule beside-the-party: "A는 … 협약을 맺었다. 협약식에는 홍길동 가람도지사와 김철수 A
    대표가 참석했다": a signing with one party named; the first sentence where that party's
    head attends names the other side by the body written with its head (never a council).
    The party's head may attend by name and title alone when the article has named them with
    the party before ("A(병원장 이가람)은 …" + "이가람 병원장과 김누리 누리병원장이 참석했다")."""
    by_sentence: dict[Sentence, list[people.PersonMention]] = {}
    for s, p in persons:
        if ATTENDANCE.search(s.text):
            by_sentence.setdefault(s, []).append(p)
    heads = {p.name for _, p in persons if p.org and orgs.same_body(p.org, party.name)}
    for sentence, found in by_sentence.items():
        if not any(p.org and orgs.same_body(p.org, party.name)
                   or not p.org and p.name in heads
                   or _written_before_title(party.name, p, sentence.text) for p in found):
            continue
        out: list[orgs.Mention] = []
        for p in found:
            written = p.explicit or p.full_title.startswith(p.org.split(" ")[-1] if p.org else " ")
            if p.org and written and orgs.looks_like_org(p.org) and not council(p.org) \
                    and not any(orgs.same_body(p.org, m.name) for m in [party, *out]):
                out.append(orgs.Mention.outside(p.org, p.start, p.end))
        return out
    return []


def _written_before_title(name: str, p: people.PersonMention, text: str) -> bool:
    """"김누리 솔빛 대표": the party's bare name stands between the head and their title,
    though the person was read with no body (a name with no ending)."""
    return re.search(rf"{re.escape(p.name)}\s{re.escape(name)}\s?{re.escape(p.full_title)}",
                     text) is not None


def headed_bare_partners(event: Event, persons: list[tuple[Sentence, people.PersonMention]],
                         names: list[orgs.Mention], doc: Document) -> list[orgs.Mention]:
    """Rule headed-bare-partner: "누리시는 솔빛과 … 협약을 체결했다. … 이한결 솔빛 대표가
    참석했다": a lone partner word with no ending is a party when a person is written with it
    as their body somewhere in the article."""
    out: list[orgs.Mention] = []
    bare = [m for s in event.signings for m in s.slots.bare_partners]
    for s in event.signings:
        for m in s.slots.bare_partners:
            headed = any(p.explicit and p.org and orgs.compact(p.org) == orgs.compact(m.name)
                         or p.beside == m.name for _, p in persons)
            if (headed or _described(m.name, doc, s.sentence.text)
                    or _corroborated(m, s, doc)
                    or len(bare) == 1 and _company_head_attends(persons, names, m, s)) and \
                    not any(orgs.same_body(m.name, n.name) for n in names + out):
                out.append(m)
    return out


def _company_head_attends(persons: list[tuple[Sentence, people.PersonMention]],
                          names: list[orgs.Mention], m: orgs.Mention, s: Signing) -> bool:
    """Rule headless-company-head: "가온대학교는 한빛정공과 … 체결했다. 협약식에는 이가온
    총장과 최한빛 대표이사 … 참석했다": a company's head with no body written attends the
    signing while no named party is a company: the lone bare partner is theirs."""
    if _joined_nouns(s.clause, m.last_word) or _NOT_A_COMPANY_NAME.search(m.name):
        return False
    if any(orgs.kind_of(n.name) in (OrgKind.COMPANY, None, OrgKind.OTHER) for n in names):
        return False
    return any(not p.org and not p.carried and not p.context and p.full_title == p.title
               and p.rank.title in COMPANY_HEADS and ATTENDANCE.search(t.text)
               for t, p in persons)


# "한빛세미콘은 반도체 장비 제조기업으로 …", "솔빛은 … 스타트업이다"
_A_COMPANY = (r"(?:기업|업체|회사|제조사|스타트업|법인|운영사|개발사|협동조합)"
              r"(?:으로|이다|이며|이고|로서|이자|다)")
_QUOTES_AROUND = "‘’'\"“”「」『』"


def _described(name: str, doc: Document, signing: str) -> bool:
    """Rule described-partner: a lone partner word is a party when the article says what
    company it is ("X는 … 제조기업으로"), or when the signing sentence quotes it ("'X'와")."""
    quoted = re.search(rf"[{_QUOTES_AROUND}]{re.escape(name)}[{_QUOTES_AROUND}]", signing)
    said = re.compile(rf"(?<![가-힣]){re.escape(name)}(?:은|는|이|가)\s(?:[^.]{{0,40}}\s)?"
                      rf"\S*{_A_COMPANY}")
    return quoted is not None or any(said.search(t.text) for t in doc.sentences)


def _joined_nouns(cl: Clause, k: int) -> bool:
    """"원활한 소통과 화합을 다지는": a word after a modifier, or joined by 와/과 to a noun that
    is the object of something other than the agreement, is no partner."""
    words = cl.words
    if not 0 <= k < len(words):
        return True
    before = words[k - 1] if k else None
    modified = before is not None and not before.particle and "ETM" in before.cut_tags + before.tags
    while k + 2 < len(words) and words[k + 1].text == "," and not words[k].particle:
        k += 2                          # a listed word: what follows the list's last item
    after = words[k + 1] if k + 1 < len(words) else None
    joined = after is not None and after.particle in ("을", "를", "의", "에") and \
        not _AGREEMENT_NOUN.search(after.stem)
    # "누리페이와 연계한 협약": 와 is of the modifier after it, not of the signing
    linked = after is not None and after.verbal and not after.connective and \
        after.text[-1:] in "한된는던할" and not after.stem.startswith(("체결", "맺", "서명"))
    return modified or joined or linked


_AGREEMENT_NOUN = re.compile(rf"{AGREEMENT}|협약|각서|결연")
# an event or a programme is no company, wherever its name stands
_NOT_A_COMPANY_NAME = re.compile(r"(?:축제|박람회|대회|행사|페스티벌|엑스포|캠프|포럼|사업|프로젝트"
                                 r"|프로그램|캠페인|챌린지|주간|의날"
                                 # a ceremony ("이날 출범식과 함께 …")
                                 r"|(?:출범|발대|발족|개소|개원|개막|폐막|기념|준공|착공|기공|협약"
                                 r"|체결|창립|시상|수료|입학|졸업|선포|취임|제막|전달|출정)식)$")
_LEGAL_BEFORE = r"(?:㈜|\(주\)|주식회사)\s?"
_LEGAL_AFTER = r"\s?(?:㈜|\(주\))"


def _corroborated(m: orgs.Mention, s: Signing, doc: Document) -> bool:
    """Rule corroborated-bare-partner: "가온시는 3일 한빛정밀과 업무협약을 체결했다" — a lone
    partner word with no ending is a party when the article writes it again as a body: with
    a company mark ("㈜한빛정밀"), with its people ("한빛정밀 관계자"), as the subject of
    another sentence ("한빛정밀은 …", not "주민 소통이"), or paired with another name in the
    headline ("가온시-한빛정밀, …"). Never an event, nor a noun joined to another
    ("원활한 소통과 화합을 다지는")."""
    name, signing = m.name, s.sentence
    if _NOT_A_COMPANY_NAME.search(name) or _joined_nouns(s.clause, m.last_word):
        return False
    n = re.escape(name)
    if _school_written_out(name, doc.text):
        return True
    if re.search(rf"{_LEGAL_BEFORE}{n}(?=[은는이가과와의도을를에로\s,.)’”'\"]|$)"
                 rf"|(?<![가-힣]){n}{_LEGAL_AFTER}", doc.text):
        return True
    # its people ("마켓잇 관계자가"), its side ("솔빛 측은")
    if re.search(rf"(?<![가-힣]){n}\s(?:관계자|임직원|직원|측)", doc.text):
        return True
    # the subject opens its sentence, or follows a word closed by a particle or a comma
    # (or opens a clause after another's: "가온시는 … 맡으며 한빛정밀은 …")
    subject = re.compile(rf"(?:^\s*|(?:[은는이가에서도,]|\d일|며|면서)\s)[‘'\"“]?{n}[’'\"”]?"
                         r"(?:은|는|이|가)\s")
    if any(subject.search(t.text) for t in doc.body() if t.start != signing.start):
        return True
    paired = re.compile(rf"(?:^|[\s‘'\"“,·\-–]){n}[’'\"”]?(?:\s?[-–·,]|와\s|과\s)"
                        rf"|[-–·,]\s?{n}(?![가-힣])")
    return any(paired.search(t.text) for t in _headlines(doc) if t.start != signing.start)


def _school_written_out(name: str, text: str) -> bool:
    """"누리중" (Kiwi reads 중 as a bound noun, as in "진행중"): a short school name is one
    where the article writes the school out ("누리중학교")."""
    full = orgs.school_in_full(name)
    return full is not None and re.search(rf"(?<![가-힣]){re.escape(full)}", text) is not None


def _headlines(doc: Document) -> list[Sentence]:
    """The lines that open the article before its first told sentence (the headline, a
    subtitle, a section line of the page): up to three, none ending in 다."""
    out = []
    for t in doc.sentences[:3]:
        if re.search(r"다[.!?]?[\s\"”’']*$", t.text):
            break
        out.append(t)
    return out


def from_people(event: Event, persons: list[tuple[Sentence, people.PersonMention]],
                names: list[orgs.Mention]) -> list[orgs.Mention]:
    """A signing sentence without two named parties: the people who signed name them."""
    out: list[orgs.Mention] = []
    starts = {s.sentence.start for s in event.signings}
    for s, p in persons:
        if s.start in starts and p.org and not any(
                orgs.same_body(p.org, m.name) for m in names + out):
            out.append(orgs.Mention.outside(p.org, p.start, p.end))
    return out


# a signing verb in its adnominal form right before a person ("협약을 맺은 박솔 대표를 만났다")
_SIGNED_ADNOMINAL = re.compile(r"(?:맺은|체결한|서명한)\s+$")


def signer_of_the_clause(event: Event, persons: list[tuple[Sentence, people.PersonMention]],
                         names: list[orgs.Mention]) -> list[orgs.Mention]:
    """Rule signer-of-the-clause: "가온군, 가온군농업인연합회와 협약을 맺은 박솔 대표를 만났다" —
    a signing told as a clause on the person who signed, with no subject of its own: the
    body written with that person (here or, by the same name, elsewhere in the article) is
    the party the partners signed with."""
    out: list[orgs.Mention] = []
    for s in event.signings:
        if s.slots.subject:
            continue
        text, at = s.sentence.text, s.sentence.start
        signers = [p for t, p in persons if t.start == at
                   and _SIGNED_ADNOMINAL.search(text[: p.start - at])]
        for p in signers:
            body = p.org or next((q.org for _, q in persons if q.name == p.name and q.org), None)
            if body and not any(orgs.same_body(body, m.name) for m in names + out):
                out.append(orgs.Mention.outside(body, p.start, p.end))
    return out


# a city's or province's hall, where a body abroad is visited ("메이플폴스시 시청에서")
_HALLS = ("시청", "군청", "구청", "도청", "주청사", "시청사", "청사", "현청")


def host_abroad(event: Event, party: orgs.Mention) -> list[orgs.Mention]:
    """Rule host-abroad: "가온군은 미국 오리건주 누리빌(Nuriville)시 시청에서 자매결연 협정서에
    서명했다": a signing with one party named, held in the hall of a foreign city (its country
    written before it), has that city as the other party."""
    for s in event.signings:
        cl = s.clause
        for k, w in enumerate(cl.words):
            if w.particle != "에서" or w.stem not in _HALLS or k == 0:
                continue
            host = orgs.org_at(cl, k - 1)
            if host is None or orgs.kind_of(host.name) is not OrgKind.LOCAL_GOVERNMENT or \
                    orgs.same_body(host.name, party.name) or not any(
                        cl.words[j].stem in countries()
                        for j in range(max(0, host.first_word - 3), host.first_word)):
                continue
            return [host]
    return []


# an interview's tag before its headline ("[인터뷰] …", "[대담]", "[가온 초대석]")
_INTERVIEW = re.compile(r"^\W*[\[【〔<]\s*(?:[^\]】〕>]{0,12}\s)?"
                        r"(?:인터뷰|대담|초대석|만나봅시다)\s*[\]】〕>]")
# an interviewer's line: a dash or a Q before the question ("-최근 … 협약을 맺었다고 들었다.")
_QUESTION = re.compile(r"^\s*(?:[-—–]|Q\s?[.:]?)\s*\S")


# a subject of the question's own before its partner ("-가온시가 최근 누리대와 …"): another
# body's signing, not the interviewee's
_OWN_SUBJECT = re.compile(r"[가-힣A-Za-z)](?:이|가|은|는)\s")
# an answer that sets the agreement years back ("3년 전에 맺은 협약이다"): no news of it
_YEARS_BACK = re.compile(r"(?:\d+|몇|수|두|세)\s*년\s*전|지난해|작년|재작년")


def interviewee(doc: Document, event: Event, persons: list[tuple[Sentence, people.PersonMention]],
                names: list[orgs.Mention]) -> list[orgs.Mention]:
    """Rule interviewee: an interview ("[인터뷰] 한다온 솔빛테크 대표 …") whose interviewer asks
    about a signing ("-최근 누리대와 협약을 맺었다고 들었다."): the body of the person the
    headline names signed it, as the answer's "저희" says. Not when the question gives the
    signing a subject of its own, nor when the answer sets it years back."""
    asked = [s.sentence for s in event.signings if _QUESTION.match(s.sentence.text)]
    if not asked or not _asks_the_interviewee(doc, asked[0], names):
        return []
    first = next((line for line in doc.text.splitlines() if line.strip()), "")
    headline = doc.sentences[0] if doc.sentences else None
    if headline is None or not _INTERVIEW.match(first) or headline.end > len(first) + 1:
        return []
    return [orgs.Mention.outside(p.org, p.start, p.end) for s, p in persons
            if s.start == headline.start and p.org
            and not any(orgs.same_body(p.org, m.name) for m in names)][:1]


def asks_of_a_signing(doc: Document) -> bool:
    """Whether an interviewer's line of ``doc`` ("-최근 누리대와 협약을 맺었다고 들었다.")
    reports a signing: the text whose headline's body rule interviewee weighs, its tag,
    subject and answer aside (the learned party scorer asks it: parties.learned)."""
    return any(_QUESTION.match(s.text) and signing_rule(s.text) is not None
               for s in doc.sentences)


def _asks_the_interviewee(doc: Document, question: Sentence, names: list[orgs.Mention]) -> bool:
    """Whether the question is about the interviewee's own recent signing: no subject before
    its partner, and the answer after it (up to the next question) does not set the agreement
    years back."""
    partner = min((m.start for m in names if question.start <= m.start < question.end),
                  default=question.end)
    if _OWN_SUBJECT.search(question.text[: partner - question.start]):
        return False
    for s in (s for s in doc.sentences if s.start >= question.end):
        if _QUESTION.match(s.text):
            break       # the next question: the answer is over
        if _YEARS_BACK.search(s.text):
            return False
    return True


# rule headline-counted: "가온대·누리TP·한결협회 3자 협약" over a body that signs "누리TP 등과":
# the headline lists every party and counts them; the body names some and leaves the list open
_HEADLINE_ITEM = r"[^\s·ㆍ,\-–\[\]\"“”'‘’]+"
_HEADLINE_COUNTED = re.compile(
    rf"(?:^|\]\s?)(?P<list>{_HEADLINE_ITEM}(?:\s{_HEADLINE_ITEM})??"
    rf"(?:\s?[·ㆍ,\-–]\s?{_HEADLINE_ITEM}(?:\s{_HEADLINE_ITEM})??)+)"
    r"(?:\s[^·ㆍ,\-–\d]{1,12}?)?\s?(?P<n>[2-9]|두|세|네|다섯)\s?자\s?"
    rf"(?:간\s?)?(?:업무\s?)?(?:{AGREEMENT}|협력)")
_COUNTS = {"두": 2, "세": 3, "네": 4, "다섯": 5}
_HEADLINE_PARTS = re.compile(r"\s?[·ㆍ,\-–]\s?")
_OPEN_PARTNERS = re.compile(r"(?<![가-힣])등(?:과|와)\s")
_HANGUL_THEN_LATIN = re.compile(r"([가-힣]{2,})([A-Z]{1,4})")


def headline_counted(doc: Document, event: Event, names: list[orgs.Mention]
                     ) -> list[orgs.Mention]:
    """Rule headline-counted: the parties the headline lists and counts ("N자 협약") that the
    signing sentence leaves behind its open "…등과"; only when every other item of the
    headline is a form of a party named and the headline's count is what the names make."""
    if not any(_OPEN_PARTNERS.search(s.sentence.text) for s in event.signings):
        return []
    for t in _headlines(doc):
        found = _HEADLINE_COUNTED.search(t.text)
        if found is None:
            continue
        counted = _COUNTS.get(found["n"]) or int(found["n"])
        items = [x.strip() for x in _HEADLINE_PARTS.split(found["list"]) if x.strip()]
        if len(items) == counted + 1 and ending(items[-1]) is None:
            items.pop()         # "A·B·C, 소상공인 지원 3자 협약": what the list is for
        if len(items) != counted:
            continue
        new = [x for x in items if not any(_form_of(x, k.name) for k in names)]
        if len(new) != counted - len(names) or not all(
                orgs.looks_like_org(x) and ending(x) is not None for x in new):
            continue
        return [orgs.Mention.outside(x, t.start + t.text.index(x),
                                     t.start + t.text.index(x) + len(x)) for x in new]
    return []


def _form_of(short: str, name: str) -> bool:
    """A headline's item naming a party the body names: any form of it, or its first Hangul
    part with the initials of the rest ("누리TP" of 누리테크노파크)."""
    if orgs.same_body(short, name):
        return True
    glued = _HANGUL_THEN_LATIN.fullmatch(short)
    return glued is not None and orgs.compact(name).startswith(glued[1]) and \
        len(orgs.compact(name)) > len(glued[1]) + 2
