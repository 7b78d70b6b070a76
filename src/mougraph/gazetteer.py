"""Known Korean organisations, as data: every local government, the education offices,
universities and colleges, hospitals, ministries and agencies, public institutions and other
bodies that recur in agreement reports (``lexicons/gazetteer/*.tsv``; each file names its sources).

Pure: no Kiwi, no rdflib; the files are read once, on first use. Any known form finds its
body (``lookup("경북도")``, ``lookup("카이스트")``, ``lookup("서울 송파구")``); a form shared
by several bodies (중구, 고성군, 광주, bare 농협) is ambiguous and only resolved with
``within=`` naming the parent (``lookup("중구", within="부산")``). In running text,
``find_all`` recognises the *strong* forms, those that are not also common words; stems
such as 예산 (예산군) or 고대 (고려대학교) are lookup-only (written ``~form`` in the files).

Forms derived here, not written in the files:

- 시/군/구: the name, the name + 청 (송파구청), the stem of a 시/군 as a lookup-only form
  (금산), and each of these after each form of the parent (서울 송파구, 충남 부여군청,
  경기 광주), with or without the space;
- universities: X대학교/X대학 -> X대 (경북대), X여자대학교 -> X여대, X교육대학교 -> X교대,
  X과학기술대학교 -> X과기대, X외국어대학교 -> X외대, X공과대학교 -> X공대,
  X예술대학교 -> X예대; national ones also with 국립 before each name.

The gazetteer helps recognition, boundaries, kinds and canonical names; it is never required:
an organisation it does not know is still an organisation.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

from .model import OrgKind

FILES = ("local_governments", "education_offices", "universities", "hospitals",
         "central_government", "public_institutions", "other_bodies", "companies")

ORG_KINDS: dict[str, OrgKind] = {
    "metropolitan_city": OrgKind.LOCAL_GOVERNMENT, "province": OrgKind.LOCAL_GOVERNMENT,
    "city": OrgKind.LOCAL_GOVERNMENT, "county": OrgKind.LOCAL_GOVERNMENT,
    "district": OrgKind.LOCAL_GOVERNMENT, "administrative_city": OrgKind.LOCAL_GOVERNMENT,
    "education_office": OrgKind.CENTRAL_GOVERNMENT,  # as org_suffixes.tsv has 교육청
    "university": OrgKind.UNIVERSITY, "college": OrgKind.UNIVERSITY,
    "graduate_university": OrgKind.UNIVERSITY, "cyber_university": OrgKind.UNIVERSITY,
    "ministry": OrgKind.CENTRAL_GOVERNMENT, "ministry_office": OrgKind.CENTRAL_GOVERNMENT,
    "agency": OrgKind.CENTRAL_GOVERNMENT, "commission": OrgKind.CENTRAL_GOVERNMENT,
    "office": OrgKind.CENTRAL_GOVERNMENT, "legislature": OrgKind.CENTRAL_GOVERNMENT,
    "judiciary": OrgKind.CENTRAL_GOVERNMENT, "military": OrgKind.CENTRAL_GOVERNMENT,
    "public_corporation": OrgKind.PUBLIC_AGENCY, "public_agency": OrgKind.PUBLIC_AGENCY,
    "local_public_corporation": OrgKind.PUBLIC_AGENCY, "public_service": OrgKind.PUBLIC_AGENCY,
    "research_institute": OrgKind.RESEARCH_INSTITUTE, "hospital": OrgKind.HOSPITAL,
    "financial_institution": OrgKind.PUBLIC_AGENCY,
    "technopark": OrgKind.PUBLIC_AGENCY, "innovation_center": OrgKind.PUBLIC_AGENCY,
    "credit_guarantee_foundation": OrgKind.PUBLIC_AGENCY,
    "chamber_of_commerce": OrgKind.ASSOCIATION, "business_association": OrgKind.ASSOCIATION,
    "cooperative": OrgKind.ASSOCIATION,
    "bank": OrgKind.COMPANY, "financial_group": OrgKind.COMPANY, "company": OrgKind.COMPANY,
}
MUNICIPAL = ("city", "county", "district", "administrative_city")

# middle dots as news writes them; NFKC turns ㆍ (U+318D) into ᆞ (U+119E), so both are here
_DOTS = str.maketrans({"ㆍ": "·", "\u119e": "·", "・": "·", "･": "·", "•": "·", "․": "·",
                       "‧": "·", "∙": "·"})
_SPACE = re.compile(r"\s+")
# university name endings and their usual short forms (longest first)
_UNIVERSITY_SHORT = (("여자대학교", "여대"), ("교육대학교", "교대"), ("과학기술대학교", "과기대"),
                     ("외국어대학교", "외대"), ("공과대학교", "공대"), ("예술대학교", "예대"),
                     ("대학교", "대"), ("대학", "대"))


def key(form: str) -> str:
    """The lookup key of a form: NFKC, Latin case folded, one kind of middle dot, runs of
    whitespace as one space."""
    text = unicodedata.normalize("NFKC", form).translate(_DOTS).casefold()
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class Entry:
    """One body. ``forms``: every known form, canonical first; ``weak``: those that are
    lookup-only; ``parent``: the canonical name of the body it belongs to ('' for none)."""

    canonical: str
    kind: str
    parent: str
    forms: tuple[str, ...]
    weak: frozenset[str] = field(default=frozenset(), compare=False)
    tags: tuple[str, ...] = ()
    source: str = ""

    @property
    def org_kind(self) -> OrgKind:
        return ORG_KINDS.get(self.kind, OrgKind.OTHER)


@dataclass(frozen=True)
class Match:
    """A form found in text: ``text[start:end]`` and the bodies it may name."""

    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]
    ambiguous: bool

    @property
    def entry(self) -> Entry | None:
        """The one body named, or None when the form is ambiguous."""
        return None if self.ambiguous else self.entries[0]


Row = tuple[str, str, str, list[str], tuple[str, ...]]


def read_rows(text: str) -> Iterator[Row]:
    """(canonical, kind, parent, forms, tags) of each data line of a gazetteer TSV."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + ["", "", "", ""])[:5]
        canonical, kind, parent, forms, tags = (c.strip() for c in cells)
        if not canonical or not kind:
            raise ValueError(f"line {number}: a row needs a canonical name and a kind")
        yield (canonical, kind, parent, [f for f in forms.split("|") if f],
               tuple(t for t in tags.split(",") if t))


def _stem(name: str) -> str:
    return name[:-1] if name[-1] in "시군" and len(name) > 2 else ""


def university_forms(canonical: str, tags: Iterable[str]) -> list[str]:
    """The regular short forms of a university name (see the module doc)."""
    if " " in canonical:
        return []
    forms = []
    for ending, short in _UNIVERSITY_SHORT:
        if canonical.endswith(ending):
            forms.append(canonical[: -len(ending)] + short)
            if ending not in ("대학교", "대학"):
                forms.append(canonical[: -len("대학교")] + "대")
            break
    if "national" in tags and "국립" not in canonical:
        forms += ["국립" + f for f in [canonical, *forms]]
    return forms


def municipal_forms(name: str, kind: str, parent: Entry | None) -> tuple[list[str], set[str]]:
    """(forms, weak forms) of a 시/군/구: see the module doc."""
    own = [name, name + "청"]
    stem = _stem(name) if kind in ("city", "county") else ""
    weak = {stem} if stem else set()
    forms = own + ([stem] if stem else [])
    if parent is not None:
        for prefix in (p for p in parent.forms if not p.endswith("청")):
            forms += [f"{prefix} {f}" for f in forms[: len(own) + bool(stem)]]
    return forms, weak


class Gazetteer:
    """The bodies of some gazetteer files, indexed by every form."""

    def __init__(self, tables: Iterable[tuple[str, str]], ambiguous: Iterable[str] = ()):
        self.entries: list[Entry] = []
        self._by_key: dict[str, list[tuple[Entry, bool]]] = {}
        self.declared_ambiguous = {key(a) for a in ambiguous}
        by_canonical: dict[str, Entry] = {}
        for source, text in tables:
            for row in read_rows(text):
                entry = self._entry(source, row, by_canonical)
                by_canonical.setdefault(entry.canonical, entry)
                self.entries.append(entry)
        for entry in self.entries:
            for form in entry.forms:
                self._index(form, entry, strong=form not in entry.weak)
        self._prefixes = {k[:i] for k in self._by_key for i in range(1, len(k) + 1)}

    @staticmethod
    def _entry(source: str, row: Row, known: dict[str, Entry]) -> Entry:
        canonical, kind, parent, written, tags = row
        weak = {f[1:] for f in written if f.startswith("~")}
        forms = [canonical] + [f.lstrip("~") for f in written]
        if kind in MUNICIPAL:
            derived, derived_weak = municipal_forms(canonical, kind, known.get(parent))
            forms += derived
            weak |= derived_weak
        elif source == "universities":
            forms += university_forms(canonical, tags)
        unique = tuple(dict.fromkeys(forms))
        return Entry(canonical, kind, parent, unique, frozenset(weak), tags, source)

    def _index(self, form: str, entry: Entry, *, strong: bool) -> None:
        for k in {key(form), key(form).replace(" ", "")}:
            bucket = self._by_key.setdefault(k, [])
            if all(e is not entry for e, _ in bucket):
                bucket.append((entry, strong))

    def candidates(self, name: str) -> tuple[Entry, ...]:
        """Every body ``name`` may be a form of (none when unknown)."""
        k = key(name)
        found = self._by_key.get(k) or self._by_key.get(k.replace(" ", "")) or []
        return tuple(e for e, _ in found)

    def is_ambiguous(self, name: str) -> bool:
        k = key(name)
        return len(self.candidates(name)) > 1 or k.replace(" ", "") in self.declared_ambiguous

    def lookup(self, name: str, within: str | None = None) -> Entry | None:
        """The body ``name`` names; an ambiguous form only with ``within`` naming its parent
        (any form of the parent: 부산, 부산시, 부산광역시)."""
        found = self.candidates(name)
        if found and not self.is_ambiguous(name):
            return found[0]
        if within is None:
            return None
        parents = {e.canonical for e in self.candidates(within)}
        chosen = [e for e in found if e.parent in parents]
        return chosen[0] if len(chosen) == 1 else None

    def longest_at(self, text: str, pos: int) -> Match | None:
        """The longest strong form starting at ``text[pos]`` (whitespace runs count as one
        space; a form ending in a Latin letter or digit must not continue into another)."""
        best: Match | None = None
        walked = ""
        end = pos
        while end < len(text):
            ch = text[end]
            walked += " " if ch.isspace() else key(ch)
            walked = walked.replace("  ", " ")
            end += 1
            if walked not in self._prefixes:
                break
            hits = [e for e, strong in self._by_key.get(walked, ()) if strong]
            if hits and not ch.isspace() and _ends_word(text, end):
                best = Match(pos, end, text[pos:end], tuple(hits),
                             self.is_ambiguous(text[pos:end]))
        return best

    def find_all(self, text: str) -> list[Match]:
        """Every strong form in ``text``, longest first, each starting at a word start."""
        found: list[Match] = []
        pos = 0
        while pos < len(text):
            if pos == 0 or not _is_word_char(text[pos - 1]):
                match = self.longest_at(text, pos)
                if match is not None:
                    found.append(match)
                    pos = match.end
                    continue
            pos += 1
        return found


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


_PARTICLE = set("은는이가을를과와의에도만측")  # not 로: 세종대로, 강남대로 are roads
# a body's name run on into a word that makes it something else: 대전시민 (citizens),
# 대전시내 (downtown), 대전시의회 (the council, another body); for short forms in 대/연:
# 서울대공원, 인천대교, 세종대왕, 경기대회, 생명연장, 전기연결
_RESIDENTS = ("민", "내", "의회", "의원")


def _ends_word(text: str, end: int) -> bool:
    """Whether a form may end at ``end``. A Hangul form may be followed by particles and
    by what makes a unit or a title of the body (청, 산학협력단, 지사), but a short form in
    대 or 연 only by a particle or 병원, and a 시/군/구/도 not by 민/내/의회/의원. A form
    ending in a Latin letter or digit must not run on into another (KIST in KISTI)."""
    last, rest = text[end - 1], text[end:end + 2]
    if not rest:
        return True
    if last.isascii() and last.isalnum():
        return not (rest[0].isascii() and rest[0].isalnum())
    if last in "대연":
        return not _is_hangul(rest[0]) or rest[0] in _PARTICLE or rest == "병원"
    if last in "시군구도":
        return not rest.startswith(_RESIDENTS)
    return True


def _is_hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


@cache
def default() -> Gazetteer:
    """The shipped gazetteer, read on first use and kept for the process."""
    folder = files("mougraph.lexicons") / "gazetteer"
    tables = [(name, (folder / f"{name}.tsv").read_text(encoding="utf-8")) for name in FILES]
    ambiguous = (folder / "ambiguous.tsv").read_text(encoding="utf-8")
    forms = [line.split("\t")[0] for line in ambiguous.splitlines()
             if line.strip() and not line.startswith("#")]
    return Gazetteer(tables, forms)


def analyser_words() -> list[str]:
    """The companies' strong one-word forms with Hangul or a sign in them (현대오토에버,
    LS일렉트릭, LGU+), for the Korean analyser's user dictionary: without them Kiwi may read
    "메디톡스와" as one common noun, or "LGU+는" as a verb, and never cut the particle, so the
    name never reaches a party slot. (Plain Latin forms, KT or SKT, Kiwi already reads.)"""
    return sorted({form for entry in default().entries if entry.source == "companies"
                   for form in entry.forms
                   if form not in entry.weak and " " not in form
                   and not (form.isascii() and form.isalnum())})


def data_files() -> list[Path]:
    """The shipped TSV files (for tests and for readers)."""
    folder = Path(str(files("mougraph.lexicons") / "gazetteer"))
    return sorted(folder.glob("*.tsv"))


def lookup(name: str, within: str | None = None) -> Entry | None:
    """The body ``name`` is a form of (see ``Gazetteer.lookup``)."""
    return default().lookup(name, within)


def candidates(name: str) -> tuple[Entry, ...]:
    return default().candidates(name)


def canonical(name: str, within: str | None = None) -> str | None:
    """The canonical name of the body ``name`` is a form of."""
    entry = lookup(name, within)
    return entry.canonical if entry else None


def kind_of(name: str, within: str | None = None) -> str | None:
    """The gazetteer kind (``county``, ``university``, ``agency`` …) of ``name``'s body."""
    entry = lookup(name, within)
    return entry.kind if entry else None


def longest_at(text: str, pos: int) -> Match | None:
    return default().longest_at(text, pos)


def find_all(text: str) -> list[Match]:
    return default().find_all(text)
