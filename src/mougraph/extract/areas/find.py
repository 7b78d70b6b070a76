"""The areas of one agreement: stated in the signing sentence and the blocks after it
(bullets, prose lists, duties), else by an earlier report of the signing, else by a
fallback."""
from __future__ import annotations

import re
from dataclasses import replace

from ...hangul import NO_FINAL, final_of
from ...lexicons import count_words_pattern, lexicon_words
from ...model import Area, Span
from ...text import Document, Sentence
from ..cues import ADVERB, AGREEMENT, CEREMONY, EARLIER, HANDS_JOINED, SIGN_VERB, STRENGTH_POOLED
from .blocks import read_blocks
from .bullets import bullet_items, bullet_labels, last_sentence, prose_after_bullets
from .duties import (
    BOTH_SIDES,
    PARTNER_WITH,
    adds_to_list,
    also_supported,
    answer_of,
    beside_bullets,
    clause_eligible,
    clause_items,
    listed_span,
    names_a_party,
    one_partys_topic,
    other_share,
)
from .fallbacks import FALLBACKS, teaser_beside
from .items import GO_ON, POLITE_ENDINGS, QUOTE, THEN_TURNS_TO_THIS, as_areas, clean
from .parties import PARTIES
from .prose import CONTENTS_ANNOUNCED, announced_list, contents_clauses, prose_items
from .refusals import (
    ATTACHMENTS,
    SIGNED,
    done_before,
    earlier_agreement,
    one_sides_plan,
    states_no_terms,
)


def _not_agreed(doc: Document, block: Sentence, lead: str, signing: Sentence) -> bool:
    """A bullet block that lists no areas: one side's own programme ("가온시는 올해 다음
    사업을 추진한다. ▲A ▲B", ``lead`` the text before the first bullet), or a release's
    attachments (rule attachments), opened by "붙임" on its first line or on the line above
    it ("[첨부]")."""
    above = doc.text[:block.start].rstrip().rsplit("\n", 1)[-1]
    return one_sides_plan(last_sentence(lead), signing) or bool(
        ATTACHMENTS.match(block.text) or ATTACHMENTS.match(above))


def find_areas(doc: Document, signing: Sentence, *,
               parties: tuple[str, ...] = (), others: tuple[str, ...] = ()) -> list[Area]:
    """The cooperation areas of the agreement reported in ``signing``, in article order:
    those stated after it, else after an earlier sentence reporting the same signing (the
    lead may be a summary at the end: "…와 잇따라 협약을 체결했다"), else what the agreement's
    name, a caption or the headline says (``FALLBACKS``, in order). ``parties``: the names
    (and aliases) of the agreement's parties, which tell its own name where one sentence
    reports two; a topic among them ("한웰은", "누리농협은") names a party even where the
    signing sentence does not ("세 회사는 … 체결식을 가졌다"). ``others``: the names of the
    parties of the article's other agreements that are no party of this one; a block whose
    topic lists one is that agreement's (rule told-for-own-parties)."""
    if stated := _stated(doc, signing, parties, others):
        return teaser_beside(doc, signing, parties, stated)
    earlier = _earlier_report(doc, signing)
    if earlier is not None and (stated := _stated(doc, earlier, parties, others)):
        return stated
    joined = _hands_joined(doc, signing, parties)
    if joined is not None and (stated := _stated(doc, joined, parties, others)):
        return stated
    if stated := [a for s in _told_in_turn(doc, signing, parties)
                  for a in _stated(doc, s, parties, others)]:
        return stated
    for fallback in FALLBACKS:
        if found := fallback(doc, signing, parties):
            return found
    return []


# Rule counted-in-turn: "가온시는 지역 기관 세 곳과 차례로 협약을 맺었다. 시는 23일 누리대와
# … 체결했다. 대학은 X를 운영하고 … 이어 25일에는 한결소재와 … 맺었다. 한결소재는 Y를 …": a lead
# that counts its partners, then each signing told in turn: each one's areas, read after it
_COUNTED_PARTNERS = re.compile(r"(?:" + count_words_pattern(2, 6)
                               + r"|\d+)\s?(?:곳|개\s?기관|개사|개\s?기업|기관)"
                               r"(?:과|와)\s(?:\S+\s)?(?:차례로|잇따라|연이어|릴레이)")


# the last signing of a relay told with what follows it in one past sentence: "27일에는 다온
# 체육회와 협약을 맺고 X 확대에 힘을 모으기로 했다" (not a plan: "…맺고 X를 할 예정이다")
_SIGNED_THEN = re.compile(rf"(?:맺|(?:{SIGN_VERB})하|(?:{CEREMONY})을\s*갖)고\s"
                          r".*(?:했|였|었|았)다\.?\s*$")


def _told_in_turn(doc: Document, signing: Sentence, parties: tuple[str, ...]) -> list[Sentence]:
    """The later sentences reporting each signing a counting lead told (rule counted-in-turn):
    each names a party of the agreement the lead leaves unnamed; none when the lead names all."""
    if not _COUNTED_PARTNERS.search(signing.text):
        return []
    unnamed = [p for p in parties if len(p) >= 3 and p not in signing.text]
    return [s for s in doc.sentences if s.start > signing.start and not doc.is_caption(s)
            and (SIGNED.search(s.text) or _SIGNED_THEN.search(s.text))
            and re.search(AGREEMENT, s.text)
            and any(p in s.text for p in unnamed) and not EARLIER.search(s.text)]


def _earlier_report(doc: Document, signing: Sentence) -> Sentence | None:
    """The first body sentence before ``signing`` that reports a signing of an agreement."""
    for s in doc.sentences:
        if s.start >= signing.start:
            return None
        if not doc.is_caption(s) and re.search(AGREEMENT, s.text) and SIGNED.search(s.text) \
                and not EARLIER.search(s.text):
            return s
    return None


# "공사는 서해물류협회와 손을 맞잡았다": the partnering told in the body, in the past
_JOINED = re.compile(rf"(?:{HANDS_JOINED}았|{STRENGTH_POOLED}았|뭉쳤|맞들었)다")


def _hands_joined(doc: Document, signing: Sentence,
                  parties: tuple[str, ...]) -> Sentence | None:
    """Where only a caption reports the signing ("…이 19일 협약서에 서명한 뒤 기념촬영을 하고
    있다"), the body sentence that tells the parties joined hands ("이를 위해 공사는
    서해물류협회와 손을 맞잡았다"), naming one of them, or that opens on the parties together
    ("기관들은 A, B에 함께하기로 했다", rule caption-only-topic): the areas follow it."""
    if not doc.is_caption(signing):
        return None
    for s in doc.sentences[1:]:
        if doc.is_caption(s):
            continue
        if _JOINED.search(s.text) and any(len(p) >= 3 and p in s.text for p in parties) \
                or PARTIES.match(s.text) and not EARLIER.search(s.text):
            return s   # rule caption-only-topic: "기관들은 A, B에 함께하기로 했다" too
    return None


def _stated(doc: Document, signing: Sentence, parties: tuple[str, ...] = (),
            others: tuple[str, ...] = ()) -> list[Area]:
    """The areas stated in ``signing`` and after it (``parties``, ``others``: see find_areas);
    a bullet list wins over the prose lists repeating it, what adds to it counts too."""
    names = " " + " ".join(parties) + " " if parties else ""
    bulleted: list[tuple[tuple[int, int], Area]] = []   # (where, area): article order
    prose: list[tuple[tuple[int, int], Area]] = []
    clauses: list[tuple[tuple[int, int], Area]] = []
    duty_topic: str | None = None   # the party whose duty the block before told
    previous_ok, last_block = False, -1   # (last_block: where the last prose block starts)
    right_after = False   # the block follows the signing, or duties told right after it
    announced = False   # the block before announced the contents ("내용은 크게 세 가지다")
    answer = False   # the next block answers a question about the contents (interview-contents)
    for index, block in enumerate(blocks := read_blocks(doc, signing, parties, others)):
        span = Span(block.start, block.end, block.text)
        block = plain_ending(block)
        after_announcement, announced = announced, False
        answered, answer = answer_of(block.text, answer)   # an answer is the sides' share
        found = bullet_items(block.text)
        if found is not None and _not_agreed(doc, block, found[0], signing):
            continue   # one side's own programme, or what the release comes with
        if found is not None:
            labels = _list_labels(block, found, index == 1 or answered is not None, signing,
                                  parties)
            bulleted += [((block.start, k), Area(label, span)) for k, label in enumerate(labels)
                         if len(label) >= 2]
            if labels and GO_ON.match(block.text):   # "A, B에 … 아울러 ▲C ▲D": A, B too
                clauses += [a for a in prose if a[0][0] == last_block]
            previous_ok = previous_ok or bool(labels)   # "또 …" goes on after the list
            continue
        share = answered is not None or other_share(block.text, duty_topic, signing, names)
        if not share and one_sides_plan(block.text, signing, apart=not right_after) \
                or earlier_agreement(block, signing, blocks[:index]) \
                or states_no_terms(block.text) or done_before(block, signing):
            previous_ok, duty_topic, right_after = False, None, False   # "또 …" goes on with it
            continue
        # the signing sentence names the parties itself ("A와 B는 협약을 맺고 C에 손을 맞잡았다")
        listed = _prose_of(block, answered, signing, parties) \
            or contents_clauses(block.text, signing.text) \
            or (announced_list(block.text) if after_announcement else [])
        announced, last_block = bool(CONTENTS_ANNOUNCED.search(block.text)), block.start
        previous_ok = share or after_announcement or clause_eligible(   # announced-clause
            block.text, signing, previous_ok, right_after, names)
        duty_topic, right_after = None, index == 0   # the next duty follows the signing, a duty
        if previous_ok:
            covered = listed_span(listed, block.text)
            found_clauses = clause_items(answered or block.text, covered, signing.text + names,
                                         parties)
            right_after = right_after or bool(found_clauses)
            duty_topic = one_partys_topic(block.text, found_clauses)
            if adds_to_list(block.text, names):
                clauses += as_areas(found_clauses, block)
            listed = sorted(listed + found_clauses)
        # "A, B 등의 교류도 적극 지원한다. 아울러 C를 …": a list of the agreement read here,
        # the next sentence may go on with it
        previous_ok = previous_ok or bool(listed) and not QUOTE.search(block.text)
        prose += (read := as_areas(listed, block))
        if index and beside_bullets(block.text):   # rule prose-beside-bullets: it adds to them
            clauses += read
    return _once(doc, sorted(bulleted + clauses if bulleted else prose, key=lambda keyed: keyed[0]))


# (rule polite-ending, items.POLITE_ENDINGS) A newsletter, a bulletin or a blog tells the
# contents in the polite registers ("…을 함께 합니다.", "…지원이에요."): read as the plain
# ending the list rules know ("…을 함께 한다.", "…지원이다."), padded so the offsets hold
_POLITE_ENDINGS = tuple((re.compile(polite + r"(?P<end>[.!]?\s*)$"), plain)
                        for polite, plain in POLITE_ENDINGS)


def plain_ending(block: Sentence) -> Sentence:
    """``block`` with its last polite ending read as the plain one (rule polite-ending), an
    activity marked by 도 read as the object (rule also-object) and an opening "앞서 …고,"
    blanked before "이날 협약에 따라" (rule aside-then-this-one; offsets hold)."""
    block = _also_as_object(block)
    if turn := THEN_TURNS_TO_THIS.match(block.text):   # rule aside-then-this-one: the aside
        block = replace(block, text=" " * turn.end("aside") + block.text[turn.end("aside"):])
    for polite, plain in _POLITE_ENDINGS:
        if m := polite.search(block.text):
            padding = " " * (m.end("end") - m.start() - len(plain) - len(m["end"]))
            return replace(block, text=block.text[: m.start()] + plain + m["end"] + padding)
    return block


# (rule also-object) "A와 B 교육도 함께 운영하기로 했다": 도 ("too") stands where the object
# particle would after a noun of doing (activity_nouns.txt) right before the verb of
# cooperating; read as 을/를 (one syllable for one: the offsets hold)
_ALSO_OBJECT = re.compile(
    rf"(?<=[가-힣])도(?=\s+(?:(?:{ADVERB}|또)\s+)*"
    r"(?:(?:운영|추진|실시|진행|지원|제공|펼치|펼쳐|마련|맡)(?:하|해|키|한|할|는|기|아|을)?"
    r"|한다|하기로))")


def _also_as_object(block: Sentence) -> Sentence:
    """``block`` with each 도 of rule also-object after a noun of doing read as 을/를, as the
    batchim of the syllable before asks, so the prose rules see the object they look for."""
    text = block.text
    if also_supported(text):
        return block   # "…조성도 함께 추진할 계획이다": rule also-supported reads it as it is
    activities = lexicon_words("activity_nouns.txt")
    spots = [m.start() for m in _ALSO_OBJECT.finditer(text)
             if any(text[: m.start()].endswith(a) for a in activities)]
    for at in spots:
        particle = "를" if final_of(text[at - 1]) == NO_FINAL else "을"
        text = text[:at] + particle + text[at + 1:]
    return replace(block, text=text) if spots else block


def _prose_of(block: Sentence, answered: str | None, signing: Sentence,
              parties: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """The prose list of ``block``; an interview's answer (``answered``, its quote marks
    blanked) tells the sides' share, so it names them ("A도 함께 하기로 했습니다")."""
    items = prose_items(answered or block.text, parties=answered is not None,
                        signing=block.start == signing.start)
    if parties and not BOTH_SIDES.search(block.text):   # "양 기관은 A와 B를": no partner
        items = [cut for o, i in items if (cut := _without_partner_with(o, i, parties))]
    return [(o, i) for o, i in items if not _named_purpose(i, block.text, signing.text)]


# Rule partner-with: "시는 누리대와 A, B 등에 협력하기로 했다": the partner the subject acts
# with, a party the signing sentence names, is no part of the first item, nor an item
def _without_partner_with(offset: int, item: str, parties: tuple[str, ...]
                          ) -> tuple[int, str] | None:
    """``item`` without a party named before it with 과/와 ("누리대와 창업 교육"); None for an
    item that is only a party's name ("누리대")."""
    if item.strip() in parties:   # (exactly: "산학협력" is a field, though "산학협력단" signs)
        return None
    m = PARTNER_WITH.match(item)
    if m and names_a_party(m.group(1), parties) and len(item[m.end() :].strip()) >= 2:
        return offset + m.end(), item[m.end() :]
    return offset, item


def _named_purpose(item: str, text: str, signing: str) -> bool:
    """Rule named-purpose: "양 기관은 X를 위해 상호 협력한다" where the signing sentence names
    the agreement for X ("X를 위한 상생협약을 체결했다"): X is the agreement's purpose told
    again, not an area (GUIDELINES: not the general purpose); an X the agreement is not named
    for stays an area."""
    words = item.strip()
    return bool(words and _written_before(words, _PURPOSE_TOLD, text)
                and _written_before(words, _NAMED_FOR, signing))


_PURPOSE_TOLD = re.compile(r"(?:을|를)\s+위(?:해|하여)\s")
_NAMED_FOR = re.compile(r"(?:을|를)\s+위한\s")


def _written_before(words: str, after: re.Pattern[str], text: str) -> bool:
    """``words`` written in ``text`` right before what ``after`` matches: the search of
    ``re.escape(words) + after`` without compiling a pattern per item (str.find instead)."""
    at = text.find(words)
    while at >= 0:
        if after.match(text, at + len(words)):
            return True
        at = text.find(words, at + 1)
    return False


def _list_labels(block: Sentence, found: tuple[str, list[tuple[int, str]]], cued: bool,
                 signing: Sentence, parties: tuple[str, ...]) -> list[str]:
    """The areas of a bullet block; ``cued``: right after the signing, or in an answer to what
    was agreed, where a list needs no cue of its own ("첫째는 A, 둘째는 B입니다")."""
    labels = _not_parties(bullet_labels(block.text, *found, after_signing=cued,
                                        names=signing.text), parties)
    if labels:   # "▲A ▲B 등에 합의하고 C, D 등을 협력할 예정이다": C, D too
        labels += [clean(i) for _, i in prose_after_bullets(block.text, found[1])]
    return labels


def _cited(doc: Document, area: Area) -> Area:
    """``area`` citing the article's own words: a block read as one partner's share (rule
    per-partner-shares) spans its whole sentence but reads only that share."""
    e = area.evidence
    if e is None or doc.text[e.start:e.end] == e.text:
        return area
    return replace(area, evidence=Span(e.start, e.end, doc.text[e.start:e.end]))


def _not_parties(labels: list[str], parties: tuple[str, ...]) -> list[str]:
    """Rule parties-bulleted: no labels when every bullet names a party of the agreement
    ("협약 기관은 ▲A ▲B다": who signed, not what on; a copula after the last one)."""
    named = all(any(label == p or label.startswith(p) and len(label) - len(p) <= 3
                    for p in parties if len(p) >= 2) for label in labels)
    return [] if named else labels


def _once(doc: Document, keyed: list[tuple[tuple[int, int], Area]]) -> list[Area]:
    """The areas in order, the same list repeated (subtitle, caption, body) giving each once,
    each citing the article's own words (``_cited``)."""
    unique: list[Area] = []
    for _, area in keyed:
        if all(_dice(area.label, kept.label) < 0.7 for kept in unique):
            unique.append(area)
    return [_cited(doc, area) for area in unique]


def _dice(a: str, b: str) -> float:
    x, y = (re.sub(r"\s+", "", t) for t in (a, b))
    bx = {x[i : i + 2] for i in range(len(x) - 1)} or {x}
    by = {y[i : i + 2] for i in range(len(y) - 1)} or {y}
    return 2 * len(bx & by) / (len(bx) + len(by))
