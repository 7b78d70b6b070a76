"""The only module that imports kiwipiepy: a lazily built analyser, plain tokens out.

Kiwi objects do not pickle and take ~1 s to load, so there is one per process,
built on first use.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import gazetteer

if TYPE_CHECKING:  # pragma: no cover
    from kiwipiepy import Kiwi


T = TypeVar("T")

@dataclass(frozen=True, slots=True)
class Token:
    form: str
    tag: str      # Sejong-style POS tag from Kiwi (NNP, NNG, JKS, SF, …)
    start: int    # character offset into the analysed text
    end: int

    @property
    def is_noun(self) -> bool:
        return self.tag in {"NNP", "NNG", "NNB", "NR", "SL", "SH", "SN", "XR"}


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def analyser() -> Kiwi:
    from kiwipiepy import Kiwi

    # without Kiwi's multi-word dictionary: ~180 MiB less per process (a worker's share of
    # --jobs memory) and no slower, with the same extractions (graph.trig byte-identical
    # on the dev set, the test corpus and 300 generated articles when this was chosen)
    kiwi = Kiwi(load_multi_dict=False)
    for word, tag, score in _user_words():
        kiwi.add_user_word(word, tag, score)
    for word in gazetteer.analyser_words():     # known companies as proper nouns
        kiwi.add_user_word(word, "NNP", 0.0)
    return kiwi


@lru_cache(maxsize=1 << 12)
def known_noun(word: str) -> bool:
    """Kiwi reads ``word`` alone as one common noun of its dictionary, no guess at an unknown
    word ("봉사", "교사", "기사" are; "온사", "빛사" are read as nouns too, but out of its
    vocabulary)."""
    ((tokens, _),) = analyser().analyze(word, top_n=1)
    return len(tokens) == 1 and tokens[0].tag == "NNG" and tokens[0].form == word \
        and not tokens[0].oov


def _user_words() -> list[tuple[str, str, float]]:
    """Entries of ``lexicons/user_dict.tsv`` (word, tag, score), if the file exists."""
    from importlib.resources import files

    resource = files("mougraph.lexicons").joinpath("user_dict.tsv")
    if not resource.is_file():
        return []
    rows = []
    for line in resource.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, tag, *rest = line.split("\t")
        rows.append((word, tag, float(rest[0]) if rest else 0.0))
    return rows


# Kiwi's tokens of the sentences ``sentences`` split lately, by sentence text, with the
# sentence's offset in the text it was split from. Splitting already analyses each
# sentence, and the extractors then tokenize those same sentences: keeping the split's
# tokens halves the Kiwi work. They are turned into ``Token``s only when a rule asks
# (a sentence read only through its parenthesis-free view is never converted). Bounded
# (least recently used dropped): an article's sentences are extracted right after they are
# split.
_SPLIT_TOKENS: OrderedDict[str, tuple[int, list[Any]]] = OrderedDict()
_SPLIT_TOKENS_KEPT = 1024


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Kiwi's tokens of ``text``, their offsets moved by ``offset`` (``text`` written there
    in a longer text)."""
    kept = _SPLIT_TOKENS.get(text)
    if kept is not None:
        _SPLIT_TOKENS.move_to_end(text)
        base = kept[0] - offset
        return [Token(t.form, t.tag, t.start - base, t.start - base + t.len) for t in kept[1]]
    return [Token(t.form, t.tag, offset + t.start, offset + t.start + t.len)
            for t in analyser().tokenize(text)]


def readings(word: str, n: int = 4) -> list[list[Token]]:
    """Kiwi's ``n`` best readings of ``word`` alone, best first (a word read out of context,
    when a rule asks whether it can be read otherwise at all)."""
    return [[Token(t.form, t.tag, t.start, t.start + t.len) for t in tokens]
            for tokens, _ in analyser().analyze(word, top_n=n)]


# the morpheme id Kiwi gives a noun outside its dictionary, whatever its form ("뤼이드",
# "솔내바이오"); tests/test_morph.py checks it still does
OUT_OF_DICTIONARY = 2


@lru_cache(maxsize=4096)
def unknown_noun(word: str) -> bool:
    """Whether Kiwi reads ``word`` alone as one noun its dictionary lacks: a coined name
    ("다온클라우드", "누리팜"), never a common word ("기업", "지역사회": known pieces)."""
    tokens = analyser().tokenize(word)
    return len(tokens) == 1 and tokens[0].tag in ("NNG", "NNP") and \
        tokens[0].id == OUT_OF_DICTIONARY and tokens[0].len == len(word)


def common_compound(word: str) -> bool:
    """Whether one of Kiwi's readings of ``word`` alone is two or more common nouns it knows,
    each of two syllables or more ("산업곤충": 산업 + 곤충), however it read it first."""
    return any(len(tokens) >= 2 and all(t.tag == "NNG" and len(t.form) >= 2 for t in tokens)
               and not any(unknown_noun(t.form) for t in tokens)
               for tokens in readings(word))


def sentences(text: str) -> list[Sentence]:
    return sentences_of([text])[0]


def sentences_of(texts: list[str]) -> list[list[Sentence]]:
    """``sentences`` of each text, each distinct text analysed once: a line repeated in an
    article (a caption, a repeated lead) costs no second analysis. Each sentence's tokens
    are kept for ``tokenize``, so the extractors analyse nothing again.

    (One call per text: Kiwi's iterable API measured slower on an article's few lines,
    its thread hand-off costing more than the calls it saves.)
    """
    split: dict[str, list[Any]] = {}
    for text in texts:
        if text not in split:
            split[text] = _split(text)
    return [_kept(text, split[text]) for text in texts]


@lru_cache(maxsize=512)
def _split(text: str) -> list[Any]:
    """Kiwi's sentences of ``text`` with their tokens. The splits of the texts split lately
    are kept: the learned people tagger reads an article's lines again after the rules
    (extract.people.learned) and is given the same split, not a second one."""
    # (no sub-sentences: nothing reads them, and Kiwi builds them token by token)
    found: list[Any] = analyser().split_into_sents(text, return_tokens=True,
                                                   return_sub_sents=False)
    return found


def _kept(text: str, split: list[Any]) -> list[Sentence]:
    out: list[Sentence] = []
    for before, s in zip([None, *split], split, strict=False):   # (each with the one before)
        if out and (_inside_word(text, out[-1].end, s.start)
                    or _name_read_as_ending(text, before, s.start)):
            # Kiwi read a syllable as a sentence ending inside a word ("해닮대학교" read
            # 해+달+ㅁ) or a name ("꽝남": 꽝+나+ㅁ): the sentence goes on; its tokens are
            # analysed again when asked for
            out[-1] = Sentence(out[-1].start, s.end, text[out[-1].start:s.end])
            continue
        out.append(Sentence(s.start, s.end, s.text))
        if text[s.start:s.end] == s.text:  # offsets rebased onto the sentence's own text
            _SPLIT_TOKENS[s.text] = (s.start, s.tokens)
            _SPLIT_TOKENS.move_to_end(s.text)
            if len(_SPLIT_TOKENS) > _SPLIT_TOKENS_KEPT:
                _SPLIT_TOKENS.popitem(last=False)
    return out


def _inside_word(text: str, end: int, start: int) -> bool:
    """Whether a sentence ending at ``end`` and the next starting at ``start`` split a word:
    Hangul on both sides with nothing between."""
    return (end == start and 0 < end < len(text)
            and "가" <= text[end - 1] <= "힣" and "가" <= text[start] <= "힣")


def _name_read_as_ending(text: str, before: Any, start: int) -> bool:
    """Rule name-read-as-ending: Kiwi closed a sentence with the nominal ending ㅁ it read in
    the last syllable of a name ("응우옌 티 란 꽝남 국립외국어대학교": 꽝/MAG + 나/VV + ㅁ/EF), a
    verb glued to a non-verbal syllable of the same word, no stop after it and the line going
    on after one space; not a note's real ending ("협약을 체결함": 하/XSV + ㅁ; "나눔": 나누/VV
    opening its word)."""
    tokens = before.tokens if before is not None else []
    if len(tokens) < 3 or start != before.end + 1 or text[before.end] != " " \
            or not "가" <= text[start] <= "힣":
        return False
    glued, verb, ending = tokens[-3:]
    return ending.tag == "EF" and ending.form == "ᆷ" and verb.tag == "VV" \
        and glued.end == verb.start and not glued.tag.startswith(_VERBAL)


@dataclass(frozen=True, slots=True)
class Word:
    """One space- or comma-delimited word (어절) with Kiwi's reading of its last particles.

    ``stem`` is the word without trailing particles and punctuation ("대전시는" -> "대전시",
    "협회장," -> "협회장"); ``particle`` is what was cut ("는"). Offsets index the analysed text.
    """

    text: str
    start: int
    end: int
    stem: str
    particle: str
    tags: tuple[str, ...]     # Kiwi tags of the tokens inside the stem
    cut_tags: tuple[str, ...] = ()  # Kiwi tags of what was cut (particles, endings)

    @property
    def verbal(self) -> bool:
        """True when Kiwi reads a verb, adjective or verbal ending in the stem."""
        for tag in self.tags:   # (a loop, not any(): asked of every word by many rules)
            if tag.startswith(_VERBAL):
                return True
        return False

    @property
    def connective(self) -> bool:
        """A verb closing a clause with a connective ending ("건의해", "공감하고")."""
        return self.verbal and "EC" in self.cut_tags

    @property
    def stem_end(self) -> int:
        return self.start + len(self.stem)


_VERBAL = ("V", "E", "XSV", "XSA")
# a word is what spaces and commas set off; a bullet glued to the front of a word
# ("△가온대 김가온 사업단장", "▲누리시") is a word of its own, as when a space follows it
_BULLET = "△▲▽▼○●◎◇◆□■▶▷►※•∙⊙·ㆍ"
_WORD = __import__("re").compile(rf"[{_BULLET}](?=[^\s,{_BULLET}])|[^\s,]+|,")
# particles, copulas and punctuation that may close a word
_CLOSING = ("J", "SF", "SP", "SS", "SE", "SO", "SW", "VCP", "EF", "EC", "ETM", "ETN")


_PUNCTUATION = ("SF", "SP", "SS", "SE", "SO", "SW")
# the one-syllable particles Kiwi may misread (or leave on a word)
PARTICLE_FORMS = frozenset({"이", "가", "은", "는", "을", "를", "와", "과", "의", "도"})


def _between(before: Token, last: Token) -> bool:
    """"가람시·누리대학교간": the bound noun 간 (between) glued to a noun closes the word like a
    particle, so the names before it stay names (Kiwi may tag it NNG after a name it does not
    know: "가람·미루·새마찬새마을금고간")."""
    return last.form == "간" and last.tag in {"NNB", "NNG"} and before.end == last.start and \
        before.tag in {"NNG", "NNP", "SL"}


_NOUN_SUFFIXES = frozenset({"님", "들"})   # the honorific and the plural (rule honorific-particle)


def _misread_particle(before: Token, last: Token) -> bool:
    """Kiwi reads "산학협력단이" as 산학협력단 + 이/MM ("this"), "누리나눔21과" as … 21 + 과/NNG:
    after a noun, a number or a Latin word it is a particle; so after the honorific or the
    plural suffix ("관장님이": 관장 + 님 + 이/MM, rule honorific-particle)."""
    return last.form in PARTICLE_FORMS and last.tag in {"MM", "MAG", "NNB", "NNG"} and \
        (before.tag in {"NNG", "NNP", "SN", "SL"}
         or before.tag == "XSN" and before.form in _NOUN_SUFFIXES) and before.end == last.start


def words(text: str) -> list[Word]:
    """Split ``text`` into words and cut each word's trailing particles (Kiwi tags)."""
    tokens = tokenize(text)
    tags = [t.tag for t in tokens]
    count = len(tokens)
    out: list[Word] = []
    index = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        # the word's tokens: tokens[first:index] (offsets never decrease; a token begun
        # before the word is passed over)
        first = index
        while index < count and tokens[index].start < end:
            index += 1
        while first < index and tokens[first].start < start:
            first += 1
        size = index - first
        cut = size
        kept_noun = _misread_ending(tokens[first:index])
        # strip particles / punctuation from the right, but keep at least one token
        # (a copula or ending after a noun, "…이다", is not part of a name either)
        while cut > max(1, kept_noun):
            last = tokens[first + cut - 1]
            if not (tags[first + cut - 1].startswith(_CLOSING) or last.form == "및"
                    or (last.form == "님" and tags[first + cut - 1] == "XSN")   # 원장님
                    or _misread_particle(tokens[first + cut - 2], last)
                    or _between(tokens[first + cut - 2], last)):
                break
            cut -= 1
        stem_end = end
        if size:
            kept = tokens[first + cut - 1]
            stem_end = kept.start if kept.tag.startswith(_PUNCTUATION) else kept.end
            stem_end = max(start, min(stem_end, end))
            if cut == size >= 2 and tokens[index - 1].form == "청과" \
                    and tokens[index - 1].end == stem_end:
                stem_end -= 1   # "○○구청과": Kiwi may read ○○구 + 청과 (fruit), not 구청 + 과
        stem_tags = tuple(tags[first:first + cut])
        if kept_noun and cut == kept_noun:
            stem_tags = (*stem_tags[:-2], "NNG")
        word = Word(text[start:end], start, end, text[start:stem_end], text[stem_end:end],
                    stem_tags, tuple(tags[first + cut:index]))
        out.append(_hashtag_unmarked(_do_of_the_noun(_gwa_of_the_noun(
            _school_before_comma(_name_before_with(word, tokens[first:index]), text)))))
    return out


def _gwa_of_the_noun(word: Word) -> Word:
    """Rule reread-gwa-wa: Kiwi may cut "수산생명의학과와" as 수산생명의학 + 과와; two particles
    of joining never follow each other, so the 과 is the noun's own last syllable (학과, 교과)."""
    if not word.particle.startswith(("과와", "과과")) or not word.stem:
        return word
    return Word(word.text, word.start, word.end, word.stem + "과", word.particle[1:],
                word.tags, word.cut_tags[1:])


def _do_of_the_noun(word: Word) -> Word:
    """Rule reread-do: "가람도는" (a province Kiwi does not know: 가람/NNP + 도/NNG + 는) is
    cut as 가람 + 도는 when 도 is read as the particle "also" (rule honorific-particle's
    misread particles); 도 stacks before no other particle ("도는", "도가", "도와" are never
    "also" and a topic), so the 도 is the noun's own last syllable (a province: 가람도)."""
    if len(word.particle) < 2 or not word.particle.startswith("도") or not word.stem or \
            len(word.cut_tags) < 2 or not word.cut_tags[1].startswith("J"):
        return word
    return Word(word.text, word.start, word.end, word.stem + "도", word.particle[1:],
                word.tags, word.cut_tags[1:])


def _hashtag_unmarked(word: Word) -> Word:
    """Rule hashtag-mark: "#누리대학교" (Kiwi: one W_HASHTAG token) is the word after the mark;
    the mark is no part of a body's or a person's name (a label "#누리대학교" in the graph)."""
    if word.tags[:1] != ("W_HASHTAG",) or not word.stem.startswith("#") or len(word.stem) < 2:
        return word
    return Word(word.text[1:], word.start + 1, word.end, word.stem[1:], word.particle,
                word.tags, word.cut_tags)


def _school_before_comma(word: Word, text: str) -> Word:
    """Rule reread-dae: Kiwi may read a university's short form before a comma ("가온대,")
    as a verb and its hearsay ending (가 + 온대); news writes no hearsay ending right before
    a list's comma, so the word is a name."""
    if word.particle != "대" or word.cut_tags != ("EC",) or not word.tags or \
            word.tags[0] != "VV" or not text.startswith(",", word.end):
        return word
    return Word(word.text, word.start, word.end, word.text, "", ("NNP",), ())


def _misread_ending(tokens: list[Token]) -> int:
    """Rule reread-ending: Kiwi may read "미르전자," as 미르/NNP 전/MM 자/EC. A determiner never
    takes an ending, so glued after a noun the two are the rest of that noun: how many of the
    word's tokens its stem keeps (0 when the word is read otherwise)."""
    for j in range(1, len(tokens) - 1):
        noun, det, ending = tokens[j - 1 : j + 2]
        if noun.tag in ("NNP", "NNG") and det.tag == "MM" and ending.tag.startswith("E") and \
                noun.end == det.start and det.end == ending.start and \
                all(t.tag.startswith(_PUNCTUATION) for t in tokens[j + 2 :]):
            return j + 2
    return 0


_WITH = ("과", "와")


def _name_before_with(word: Word, tokens: list[Token]) -> Word:
    """Rule reread-with: a name closed by 과/와 that Kiwi swallowed into a word of its own,
    read again from the surface as name + particle:

    - "다솜병원과는", "누리재단과도": 과/와 glued to a proper noun before 는/도 (다솜병원과/NNP);
    - "한결과 협약을": a whole word read as a verb, its ending and a noun (하 + ㄴ + 결과),
      which two words glued together would be, never one name;
    - "박다온 시장과 김누리 원장은", "김누리 가온공사 부산본부장과": a head's title (…장)
      closed by 과 that Kiwi reads as one noun;
    - "가온시는 누리상의, 하늘빛항공과 지역 공항 …": a proper noun with its 과/와 read as one
      (하늘빛항공과/NNP) where the next word leaves it ambiguous, that Kiwi reads as name +
      particle before a word of the genre ("하늘빛항공과 협약을"): the name and its particle.
    """
    if not tokens or not word.stem.endswith(_WITH) or len(word.stem) < 3:
        return word
    if not word.particle and len(tokens) == 1 and tokens[0].tag == "NNP" and \
            _name_and_with(word.stem):
        return Word(word.text, word.start, word.end, word.stem[:-1], word.text[-1:],
                    ("NNP",), ("JKB",))
    if not word.particle and len(tokens) == 1 and tokens[0].tag in ("NNP", "NNG") and \
            word.stem.endswith("장과"):
        return Word(word.text, word.start, word.end, word.stem[:-1], word.text[-1:],
                    ("NNG",), ("JKB",))
    glued = len(tokens) >= 2 and tokens[-2].tag == "NNP" and tokens[-2].end == word.stem_end \
        and tokens[-1].tag == "JX" and tokens[-1].form in ("는", "도")
    verb_noun = not word.particle and len(tokens) == 3 and tokens[0].tag == "VV" and \
        tokens[1].tag == "ETM" and tokens[2].tag == "NNG"
    if not (glued or verb_noun):
        return word
    return Word(word.text, word.start, word.end, word.stem[:-1], word.text[len(word.stem) - 1:],
                ("NNP",), ("JKB", *word.cut_tags))


@lru_cache(maxsize=1 << 12)   # one Kiwi analysis per name, not per mention
def _name_and_with(stem: str) -> bool:
    """Whether Kiwi reads ``stem`` (a proper noun ending in 과/와) as a name and its particle
    before "협약을", a word that leaves no other reading (rule reread-with)."""
    again = tokenize(stem + " 협약을")
    return len(again) >= 2 and again[0].end == len(stem) - 1 and \
        again[0].tag in ("NNP", "NNG") and again[1].form == stem[-1] and \
        again[1].tag in ("JKB", "JC")


class SuffixIndex(Generic[T]):
    """Entries keyed by a suffix (an organisation ending, a title), found for a word by
    looking its last n characters up, longest first (the first listed wins a tie),
    instead of testing every suffix with ``endswith``."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        groups: dict[int, dict[str, T]] = {}
        for suffix, value in entries:
            groups.setdefault(len(suffix), {}).setdefault(suffix, value)
        self._groups = sorted(groups.items(), key=lambda item: -item[0])

    def longest(self, word: str) -> tuple[T, int] | None:
        """The entry of the longest suffix ``word`` ends with, and that suffix's length."""
        size = len(word)
        for n, by_suffix in self._groups:
            if n <= size and (value := by_suffix.get(word[size - n:])) is not None:
                return value, n
        return None
