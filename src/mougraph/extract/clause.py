"""A sentence as the extractors read it: parentheses lifted out, words with their particles.

"경복대학교(총장 서하늘)는" reads as the word "경복대학교는" plus the aside "총장 서하늘"
attached to it; legal-form marks ((주), ㈜, (사), (재), 주식회사) are cut from names but
remembered, since they mark a company or an association. Every word keeps its offsets into
the article text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..hangul import NO_FINAL, final_of, open_syllable
from ..lexicons import countries
from ..morph import Word, words
from ..text import Sentence
from .lexicon import ending, is_name, title_of

LEGAL_MARK = re.compile(r"\((주|사|재|유|합)\)|㈜|주식회사\s?"
                        r"|(?:사단|재단|의료|학교|사회복지)법인\s?")
_PAREN = re.compile(r"[(（\[<〈]([^()（）\[\]<>〈〉]{0,80})[)）\]>〉]")
# "‘누리대학교’와", "'누리숲'과", "'누리마을 자율방범대'와": quotes around a name of one or two
# words before its particle are no part of it
_QUOTED_WORD = re.compile(
    r"([‘'\"“])[^\s‘’'\"“”]{2,20}(?:\s[^\s‘’'\"“”]{2,12})?([’'\"”])"
    r"(?=(?:와|과|은|는|이|가|을|를|의|에|도)(?:\s|[,.]|$))")


@dataclass(frozen=True)
class Aside:
    """What stood in parentheses, and the word it followed (index into ``Clause.words``)."""

    text: str
    word: int
    start: int      # offsets of the content in the article text
    end: int


@dataclass(frozen=True)
class Clause:
    sentence: Sentence
    view: str                      # the sentence with parentheses and legal marks removed
    positions: tuple[int, ...]     # article offset of each character of ``view``
    marks: frozenset[tuple[int, int]]  # article spans of the legal marks cut
    quoted: frozenset[tuple[int, int]] = frozenset()   # article spans of quoted names

    @cached_property
    def words(self) -> list[Word]:
        found = _town_before_body(_particle_before_comma(words(self.view)))
        if self.quoted:
            found = [self._whole_inside_quotes(w) for w in found]
        if self.marks:
            found = [self._whole_before_mark(w) for w in found]
        if _PAREN.search(self.sentence.text):      # (not asides: they read the words)
            found = [self._whole_before_aside(w) for w in found]
        return found

    def _whole_before_aside(self, w: Word) -> Word:
        """Rule name-before-aside: "다누로(대표 김가온)는": a particle comes after the aside, so a
        syllable before it that Kiwi cut as a particle (다누 + 로는) belongs to the name; and
        (rule particle-after-aside) "누보(Nubo)가": the aside closes the name, so a particle
        after it that Kiwi read into one noun with the name ("누보가") is cut off."""
        at = next((k for k in range(w.start + 1, w.end)
                   if self.positions[k] - self.positions[k - 1] >= 3
                   and self.sentence.text[self.positions[k - 1] + 1 - self.sentence.start]
                   in "(（"), None)
        if at is None:
            return w
        name, rest = self.view[w.start : at], self.view[at : w.end].rstrip(".,")
        if rest in _AFTER_ASIDE and w.stem == name + rest and not w.particle and \
                re.fullmatch(r"[가-힣]{2,}", name) and all(t.startswith("NN") for t in w.tags):
            return Word(w.text, w.start, w.end, name, self.view[at : w.end], w.tags,
                        ("JKB",))   # rule particle-after-aside
        if len(name) <= len(w.stem) or rest not in _AFTER_ASIDE or \
                not re.fullmatch(r"[가-힣A-Za-z0-9]+", name):
            return w
        # (a syllable Kiwi read as a particle or a verb in the name is no verb: keep nouns)
        tags = tuple(t for t in w.tags if t.startswith(("NN", "SL", "SN", "XSN"))) or ("NNP",)
        return Word(w.text, w.start, w.end, name, self.view[at : w.end], tags, ("JKB",))

    def _whole_inside_quotes(self, w: Word) -> Word:
        """Rule quoted-name-words: "'찬드라 교육재단'과": a word inside a quoted name, before its
        last word, ends with no particle; a syllable Kiwi cut as one (찬드 + 라) is the name's."""
        if not w.stem or not w.particle:
            return w
        start, end = self.offset(w.start), self.offset(w.end - 1) + 1
        if not any(a <= start and end < b for a, b in self.quoted):
            return w
        return Word(w.text, w.start, w.end, w.text, "", ("NNP",))

    def _whole_before_mark(self, w: Word) -> Word:
        """Rule name-before-mark: "채로(주) 등": a legal mark right after the word closes a
        company's name, so a syllable Kiwi cut as a particle (채 + 로) belongs to the name."""
        if not w.stem or not re.fullmatch(r"[가-힣]", w.particle):
            return w
        after = self.offset(w.end - 1) + 1
        if not any(start == after for start, _ in self.marks):
            return w
        return Word(w.text, w.start, w.end, w.text, "", w.tags + w.cut_tags)

    @cached_property
    def memo(self) -> dict[tuple, object]:
        """Results of rules already read off this clause, by rule and arguments: every
        agreement, party slot and person rule of an article reads the same clauses."""
        return {}

    @cached_property
    def asides(self) -> list[Aside]:
        out = []
        for match in _PAREN.finditer(self.sentence.text):
            if LEGAL_MARK.fullmatch(match.group(0)):
                continue
            at = self.sentence.start + match.start()
            out.append(Aside(match.group(1).strip(), self._word_before(at),
                             self.sentence.start + match.start(1),
                             self.sentence.start + match.end(1)))
        return out

    def offset(self, view_index: int) -> int:
        """Article offset of a view position (one past the end maps past the last char)."""
        if view_index < len(self.positions):
            return self.positions[view_index]
        return (self.positions[-1] + 1) if self.positions else self.sentence.start

    def span_of(self, first: int, last: int) -> tuple[int, int]:
        """Article offsets covering words ``first..last`` (stems included)."""
        w0, w1 = self.words[first], self.words[last]
        return self.offset(w0.start), self.offset(w1.stem_end - 1) + 1

    def marked(self, word: int) -> bool:
        """True when a legal-form mark stood right before or after this word."""
        if not self.marks:          # most sentences: no legal mark at all
            return False
        w = self.words[word]
        if not w.stem:
            return False
        a, b = self.offset(w.start), self.offset(max(w.start, w.stem_end - 1))
        return any(a - 1 <= end <= a or start == b + 1 for start, end in self.marks)

    def _word_before(self, article_offset: int) -> int:
        best = -1
        for i, w in enumerate(self.words):
            if self.offset(w.start) < article_offset:
                best = i
        return best


# particles written after a name's aside ("…(대표 김가온)는")
_AFTER_ASIDE = frozenset("은 는 이 가 와 과 을 를 의 에 도 와의 과의 에서".split())


def _particle_before_comma(found: list[Word]) -> list[Word]:
    """Rule with-before-comma: "누리대와, 다온병원과 각각": before a comma Kiwi may read a short
    name and its particle 와/과 as one proper noun ("누리대와"); a word that ends with the
    particle its last syllable takes, after a name with an organisation ending, is the name
    and the particle ("기획예산과," stays: 기획예산 has no ending)."""
    out = list(found)
    for i, w in enumerate(found[:-1]):
        # (or before any word, a university's short name: "가온대와 3일 …", read as one noun)
        short = ending(w.stem[:-1]) if len(w.stem) >= 4 else None
        if w.particle or len(w.stem) < 3 or \
                w.stem[-1] != ("와" if open_syllable(w.stem[-2]) else "과") or \
                found[i + 1].text != "," and not (short is not None and short.suffix == "대"):
            continue
        whole, name = ending(w.stem), ending(w.stem[:-1])
        if name is None or (whole is not None and whole.suffix != w.stem[-1]):
            continue
        out[i] = Word(w.text, w.start, w.end, w.stem[:-1], w.stem[-1], w.tags, ("JKB",))
    return out


def _town_before_body(found: list[Word]) -> list[Word]:
    """Rule town-read-as-verb: "누리면 이장협의회는": Kiwi may read a township (면) as a verb
    with the ending 면 ("if …"); before a word with an organisation ending it is the place
    the body serves, one word of a name; so too before the title of a body's head fused with
    it ("누리면 부녀회장과": 부녀회's 회장)."""
    out = list(found)
    for i, w in enumerate(found[:-1]):
        nxt = found[i + 1]
        # (or as a noun with the copula's 면 after it: "새내면" as 새내 + (이)면)
        read_as_if = w.verbal or w.cut_tags[:1] == ("VCP",)
        if w.particle == "면" and read_as_if and re.fullmatch(r"[가-힣]{1,4}면", w.text) and \
                not nxt.verbal and (ending(nxt.stem) is not None or _fused_head(nxt.stem)):
            out[i] = Word(w.text, w.start, w.end, w.text, "", ("NNP",))
    return out


def _fused_head(stem: str) -> bool:
    """A head's title with its body's name fused before it ("새마을부녀회장": 부녀회 + 회장)."""
    hit = title_of(stem)
    return hit is not None and bool(hit[1]) and ending(hit[0].body_of(hit[1])) is not None


# rule unglued-name: a page that lost the commas or spaces between people ("박가람 가온부시장
# 김누리 …" printed as "가온부시장김누리", "누리방송홍길동 사무국장"): a three-syllable name
# glued after a title, or after a body's name when a title follows, is read as its own word
_GLUED = re.compile(r"([가-힣]{2,})([가-힣]{3})(?=[\s,]|$)(\s+[가-힣]+)?")


def _glued_at(text: str) -> list[int]:
    """Where a space stands for the separator a page lost (see rule unglued-name)."""
    out = []
    for m in _GLUED.finditer(text):
        head, name, nxt = m.group(1), m.group(2), (m.group(3) or "").strip()
        if m.start() and not text[m.start() - 1].isspace() and text[m.start() - 1] not in ",·":
            continue
        if not is_name(name) or title_of(name) is not None or ending(name) is not None or \
                any(title_of(head + name[:k]) is not None for k in (1, 2, 3)) or \
                ending(head + name) is not None:
            continue    # "대표이사는", "가온테크노파크": a title or body goes on into the word
        hit = title_of(head)
        after_title = hit is not None and len(head) >= 2 and not is_name(head)
        titled = bool(nxt) and (title_of(nxt) is not None or title_of(nxt[:-1]) is not None)
        after_body = ending(head) is not None and len(head) >= 4 and titled
        if after_title or after_body:
            out.append(m.start(2))
    return out


# "홍길동총장", "김누리대표이사와": a name glued to a title of its own (never one that names a
# place's office, 시장 or 군수: "김해시장" is the mayor of 김해; nor one whose body the name
# could end: "가온협회장" is 회장 of 가온협회)
_NAME_TITLE = re.compile(
    r"(?<![가-힣])([가-힣]{3})([가-힣]{2,4}?)(?=(?:은|는|이|가|과|와|을|를|의)?[\s,.]|$)")
_PLACE_FUSE = frozenset("시 군 구 도 동 면 읍 리".split())
_NOT_GLUED = frozenset({"이사", "위원", "부장", "과장", "대리"})   # also parts of ordinary words


def _name_title_at(text: str) -> list[int]:
    out = []
    for m in _NAME_TITLE.finditer(text):
        name, title = m.group(1), m.group(2)
        hit = title_of(title)
        if hit is None or hit[1] or title in _NOT_GLUED or \
                any(f in _PLACE_FUSE or ending(name + f) is not None for f in hit[0].fuse) or \
                not is_name(name) or ending(name) is not None or title_of(name) is not None \
                or title_of(name + title) != (hit[0], name):
            continue
        out.append(m.start(2))
    return out


# A middle dot between the items of a list of parties, where a name of two or more words
# stands on either side of it ("가람대학교(총장 홍길동)·서울 누리구청(구청장 김바다)은"): the
# words around it would read as one ("가람대학교·서울"), so it parts them as a comma does.
_DOT = "·ㆍ‧"
_ASIDE_DOT = re.compile(rf"[)）](?=[{_DOT}][^\s{_DOT}])")
_BODY_DOT = re.compile(rf"(?<![가-힣A-Za-z0-9{_DOT}])([가-힣]{{3,}})[{_DOT}]"
                       r"([가-힣A-Za-z0-9]{2,})\s+(\S+)")


def aside_before_dot(text: str) -> list[int]:
    """Rule aside-before-dot: "누리협회(회장 김바다)·가온재단 복지본부(본부장 박솔)는": the
    aside closed a name, so the dot after it parts two items (not after a legal mark, "(주)·",
    which rule marked-list reads)."""
    out = []
    for m in _ASIDE_DOT.finditer(text):
        opened = max(text.rfind("(", 0, m.start()), text.rfind("（", 0, m.start()))
        if opened >= 0 and not LEGAL_MARK.fullmatch(text[opened : m.start() + 1]):
            out.append(m.start() + 1)
    return out


def body_before_dot(text: str) -> list[int]:
    """Rule body-before-dot: "가람대학교·서울 누리구청은": a whole body's name (an organisation
    ending after a stem, 가람대학교, 누리시청) before the dot, and a name going on past the
    word after it, part at the dot (not "가람·누리신협", one ending shared; nor "가람대·누리대
    산학협력단", a unit two bodies of one kind share)."""
    out = []
    for m in _BODY_DOT.finditer(text):
        head, nxt = ending(m.group(1)), ending(m.group(3).rstrip(",."))
        if head is None or head.suffix == m.group(1):
            continue
        second = ending(m.group(2))
        if nxt is not None and nxt.unit and second is not None and second.kind == head.kind:
            continue
        out.append(m.end(1))
    return out


# the word right before a dot, and where its item opened (after a comma, an aside or a dot)
_WORD_DOT = re.compile(rf"([가-힣]{{2,}})[{_DOT}](?=[가-힣A-Za-z])")
_ITEM_OPEN = re.compile(rf"[,()（）{_DOT}]")


def _item_words(text: str, end: int) -> list[str]:
    """The words of the list item that runs up to ``end`` (at most three)."""
    opened = max((m.end() for m in _ITEM_OPEN.finditer(text, 0, end)), default=0)
    return text[opened:end].split()[-3:]


def person_before_dot(text: str) -> list[int]:
    """Rule person-before-dot: "박하늘 누리소방서장ㆍ한빛농협(…)", "가온대학교 총장 홍길동ㆍ누리시
    시장 김누리는": a whole mention of a person (a name in the item, and a title closing it; or
    a name closing it right after a title) ends the item before the dot, which parts two items
    (not "교수·학생", no name; nor "이한결·정다솜 대표", two names sharing one title)."""
    out = []
    for m in _WORD_DOT.finditer(text):
        word, before = m.group(1), _item_words(text, m.start(1))
        titled = title_of(word) is not None and not is_name(word) and \
            any(is_name(w) for w in before)
        named = is_name(word) and bool(before) and title_of(before[-1]) is not None and \
            not is_name(before[-1])
        if titled or named:
            out.append(m.end(1))
    return out


_LATIN_DOT = re.compile(rf"(?<![^\s])[A-Za-z][A-Za-z0-9&.+\-]* [A-Za-z][A-Za-z0-9&+\-]*"
                        rf"([{_DOT}])([가-힣]{{2,}})(?=[\s,]|$)")


def latin_before_dot(text: str) -> list[int]:
    """Rule latin-before-dot: "AB C&D·한빛진흥원 양 기관은": a Latin name of two words before
    the dot and a body's name (a stem and an organisation ending, its particle aside) after it
    are two items; Kiwi would read "C&D·한빛진흥원" as one word."""
    return [m.start(1) for m in _LATIN_DOT.finditer(text) if _body_word(m.group(2))]


# a province (성), state (주) or prefecture (현) of a foreign country, written after it
_REGION_DOT = re.compile(rf"(?<![^\s])([가-힣]{{2,5}}) ([가-힣]{{2,5}}(?:성|주|현))[{_DOT}]"
                         r"([가-힣]{2,})(?=[\s,]|$)")


def region_before_dot(text: str) -> list[int]:
    """Rule region-before-dot: "베트남 박란성·미또시와", "중국 누리성·다솜시는": a foreign
    province, state or prefecture right after its country, then a body's name (a stem and an
    organisation ending, its particle aside) after the dot, are two items; the province has
    no ending of its own and may read as a Korean name (박 + 란성)."""
    return [m.end(2) for m in _REGION_DOT.finditer(text)
            if m.group(1) in countries() and _body_word(m.group(3))]


def _body_word(word: str) -> bool:
    """A body's name after the dot: a stem and an organisation ending, with or without a
    one-syllable particle ("한빛진흥원", "미또시와")."""
    hit = ending(word) or (ending(word[:-1]) if len(word) > 2 else None)
    return hit is not None and not word.startswith(hit.suffix)


ITEM_DOT_RULES = (aside_before_dot, body_before_dot, person_before_dot, latin_before_dot,
                  region_before_dot)


def clause(sentence: Sentence, spaced: frozenset[int] = frozenset()) -> Clause:
    """The clause of a sentence; ``spaced``: offsets in the sentence of spaces inside a name
    (``orgs.spaced_view``), which the view leaves out."""
    text = sentence.text
    glued = _glued_at(text) + _name_title_at(text)
    dots = {i for rule in ITEM_DOT_RULES for i in rule(text)} if any(
        d in text for d in _DOT) else set()
    if not glued and not dots and not spaced and not LEGAL_MARK.search(text) and \
            not _PAREN.search(text) and not _QUOTED_WORD.search(text):
        # most sentences: nothing to lift out, the view is the sentence itself
        return Clause(sentence, text, tuple(range(sentence.start, sentence.start + len(text))),
                      frozenset())
    keep = [True] * len(text)
    marks = set()
    particles: dict[int, str] = {}
    for match in LEGAL_MARK.finditer(text):
        start = _mark_before_particle(text, match, particles)
        marks.add((sentence.start + start, sentence.start + match.end()))
        for i in range(start, match.end()):
            keep[i] = False
    for match in _PAREN.finditer(text):
        for i in range(match.start(), match.end()):
            keep[i] = False
    for i in spaced:
        keep[i] = False
    quoted = set()
    for match in _QUOTED_WORD.finditer(text):
        keep[match.start(1)] = keep[match.start(2)] = False
        quoted.add((sentence.start + match.start(1) + 1, sentence.start + match.start(2)))
    chars: list[str] = []
    positions: list[int] = []
    spaces = set(glued)
    for i, ch in enumerate(text):
        if i in spaces and keep[i]:
            chars.append(" ")
            positions.append(sentence.start + i)
        if i in dots:                  # the dot parts two items: ", " in the view
            chars += [",", " "]
            positions += [sentence.start + i, sentence.start + i]
            continue
        if keep[i]:
            # "공단(이하 공단)12일": the aside stood for a space
            if i and not keep[i - 1] and ch.isdigit() and chars and not chars[-1].isspace():
                chars.append(" ")
                positions.append(sentence.start + i)
            chars.append(particles.get(i, ch))
            positions.append(sentence.start + i)
    return Clause(sentence, "".join(chars), tuple(positions), frozenset(marks), frozenset(quoted))


_AFTER_MARK = re.compile(r"(와|과|은|는|이|가|을|를)(?=[\s,.]|$)")
# each particle as written after an open syllable and after a closed one
_PARTICLE_FORMS = (("와", "과"), ("는", "은"), ("가", "이"), ("를", "을"))


def _mark_before_particle(text: str, match: re.Match[str], particles: dict[int, str]) -> int:
    """Rule mark-before-particle: "대원산업(주)와", "대원산업 주식회사와": a legal mark between a
    name and its particle; the particle fits the mark's sound (주 + 와), so with the mark
    lifted out it is written the way the name takes it ("대원산업과"), and a space before a
    trailing 주식회사 goes with the mark. Returns where the lifted span starts."""
    start = match.start()
    after = _AFTER_MARK.match(text, match.end())
    if after is None or start == 0:
        return start
    if text[start - 1] == " " and match.group(0).startswith("주식회사") and start >= 2:
        start -= 1
    name_end = text[start - 1]
    if not "가" <= name_end <= "힣":
        return match.start()
    closed = final_of(name_end) != NO_FINAL
    forms = next(f for f in _PARTICLE_FORMS if after.group(1) in f)
    particles[after.start()] = forms[1] if closed else forms[0]
    return start
