"""Entity resolution: one canonical organisation for every way articles name it.

Two layers, both deterministic (the result depends on the *set* of names seen, never on
the order in which articles arrive):

1. **Name rules** (``name_key``) turn one name into a key, with no corpus knowledge:

   - NFKC, middle dots unified, quotes and spaces dropped;
   - legal-form marks dropped: ㈜, (주), 주식회사, (사), 사단법인, (재), 재단법인, and a
     leading 국립/공립/사립 word (국립 경상대학교 = 경상대학교);
   - 청 after 시/군/구/도 dropped: 송파구청 = 송파구, 경기도청 = 경기도;
   - short forms of the metropolitan and special governments expanded:
     대전시 = 대전광역시, 서울시 = 서울특별시, 세종시 = 세종특별자치시, 제주도 = 제주특별자치도,
     경남 / 경남도 = 경상남도, … (광주시 is left alone: Gyeonggi has a 광주시 too);
   - a university short form ``X대`` becomes ``X대학교`` (경복대 = 경복대학교), except for
     words that end in 대 without meaning a university (시민연대, 군부대, …).

   Names with the same key are one organisation: that alone merges 대전시/대전광역시 and
   경복대/경복대학교 across articles, and never merges 경봉대 with 경복대 (different keys).

2. **Learned aliases** (``Resolver``): an article that names an organisation in full and
   also gives a short form beside it (``한국과학기술원(KAIST)``: label 한국과학기술원, alias
   KAIST) teaches that the short form means that organisation everywhere. An alias links
   its key to the full name's key only when

   - it is *compatible* with the full name (``compatible``): a Latin acronym of a Hangul
     name (KAIST / 한국과학기술원); the full name minus a generic ending (한국전력 /
     한국전력공사 — but not 한국전력 / 한국전력기술, whose rest 기술 is not generic); the
     full name after a region word (송파구청 / 서울 송파구청); or, for an alias that no name
     rule rewrites, its syllables in order with the same first one (한전 / 한국전력공사); and
   - it is *unambiguous*: an alias seen beside two different organisations (중구 beside
     서울 중구청 and beside 부산 중구청) links neither.

   Links are closed transitively (union-find).
3. **The user's alias table** (``read_alias_table``; TSV ``alias<TAB>canonical``, ``#``
   comments) is applied before anything else and always wins: the alias joins the
   canonical's organisation, and the canonical is its label.

Each cluster of keys gets its IRI from its best key and its ``rdfs:label`` from its best
name actually seen (``_rank``: Hangul before Latin; a bare name before one led by a place
or 국립 — 송파구청 over 서울 송파구청; longer before shorter; then code-point order); every
other name becomes a ``skos:altLabel``. Its ``mou:orgKind`` is the kind most
articles gave it, a specific kind before Foreign/Other (an acronym alone suggests those).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from pathlib import Path

from .errors import InputError
from .lexicons import descriptors, regional_governments, regions

# --- name rules -------------------------------------------------------------------------

_LEGAL = re.compile(r"㈜|㈔|㈕|\(주\)|\(유\)|\(사\)|\(재\)|\(의\)|주식회사|유한회사|"
                    r"사단법인|재단법인|사회복지법인|의료법인|학교법인")
_DROP = re.compile(r"[\s'\"‘’“”「」『』《》〈〉<>\[\]]")
_DOTS = str.maketrans({"ㆍ": "·", "・": "·", "･": "·", "•": "·", "․": "·", "‧": "·", "∙": "·"})
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN_ACRONYM = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*")

# the regional governments with an unambiguous short form (lexicons/metro_cities.tsv and
# provinces.tsv), the words put before a body's name to say where it is (서울 송파구청, 경기
# 수원시: lexicons/regions.txt) and those that are not part of it (국립 한빛과학기술대학교:
# lexicons/descriptors.txt) are the extractors' own lists


@cache
def _region_words() -> frozenset[str]:
    """The bare place words (서울, 경남) and the regional governments' short and full names;
    not 광주시 (Gyeonggi has a 광주시 too)."""
    regional = regional_governments()
    bare = {w for w in regions() if not w.endswith(("시", "도"))}
    short = {k for k in regional if k.endswith(("시", "도"))}
    return frozenset(bare | set(regional.values()) | short)


# endings that leave a name's meaning unchanged (한국전력 = 한국전력공사)
GENERIC_ENDINGS = ("학교", "공사", "공단", "재단", "협회", "조합", "연합회", "진흥원", "연구원",
                   "광역시", "특별시", "특별자치시", "특별자치도", "청", "본사")
# words ending in 대 that do not abbreviate a university
_NOT_UNIVERSITY = ("연대", "부대", "군대", "지대", "무대", "시대", "본대", "소대", "중대", "대대",
                   "사단대", "함대", "선대", "경비대", "봉사대", "의용대", "악대", "합창대",
                   "지구대", "순찰대", "방범대", "구조대")


_SPACE_RUN = re.compile(r"\s+")
_PUBLIC_LEAD = re.compile(r"^(국립|공립|사립)\s+")
_OFFICE_OF = re.compile(r"(?<=[시군구도])청$")


def normalise(name: str) -> str:
    """The name as written, tidied: NFKC, one kind of middle dot, single spaces, no ㈜."""
    text = unicodedata.normalize("NFKC", name).translate(_DOTS)
    text = _LEGAL.sub(" ", text)
    return _SPACE_RUN.sub(" ", text).strip()


@lru_cache(maxsize=1 << 16)    # every mention of a body is keyed, by workers and the store
def name_key(name: str) -> str:
    """The key of one name under the name rules (see module docstring)."""
    # a leading 국립/공립/사립 word is how a name is said, not part of it (국립 경상대학교)
    key = _DROP.sub("", _PUBLIC_LEAD.sub("", normalise(name)))
    key = _OFFICE_OF.sub("", key) if len(key) > 2 else key
    regional = regional_governments()
    if key in regional:
        return regional[key]
    if (key.endswith("대") and len(key) >= 3 and _HANGUL.fullmatch(key[-2])
            and not key.endswith(_NOT_UNIVERSITY)):
        return key + "학교"
    return key or name


def _is_acronym(name: str) -> bool:
    return bool(_LATIN_ACRONYM.fullmatch(name))


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def compatible(alias: str, full: str) -> bool:
    """Could ``alias`` be another way of writing ``full``? (rules in the module docstring)"""
    a, f = name_key(alias), name_key(full)
    if a == f:
        return True
    if _is_acronym(a) and _HANGUL.search(f):
        return True
    if f.startswith(a) and f[len(a):] in GENERIC_ENDINGS:
        return True
    if f.endswith(a) and f[: len(f) - len(a)] in _region_words():
        return True
    if a.endswith(f) and a[: len(a) - len(f)] in _region_words():
        return True
    plain = _DROP.sub("", normalise(alias))
    return (plain == a and 2 <= len(a) <= 4 and len(f) >= len(a) + 2 and a[0] == f[0]
            and not f.startswith(a) and _subsequence(a, f))


def _rank(name: str) -> tuple[int, int, int, int, str]:
    """Sort key: the best name sorts first: Hangul, not led by a place or 국립 (서울 송파구청
    is 송파구청 said with where it is), fullest, then code-point order."""
    key = _DROP.sub("", name)
    first = name.split(" ", 1)[0]
    qualified = " " in name and (first in _region_words() or first in descriptors())
    return (0 if _HANGUL.search(name) else 1, int(qualified), -len(key), -len(name), name)


# --- the user's alias table --------------------------------------------------------------

def read_alias_table(path: Path) -> dict[str, str]:
    """``alias<TAB>canonical`` lines (``#`` comments, blank lines ignored) -> {alias: canonical}."""
    table: dict[str, str] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read alias table ({exc.__class__.__name__})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 2 or not all(cells):
            raise InputError(f"{path}:{number}", "expected 'alias<TAB>canonical name'")
        table[normalise(cells[0])] = normalise(cells[1])
    return table


_WEAK_KINDS = frozenset({"Foreign", "Other"})
# (key, name, target key of an alias, kind of a label): what one name teaches a Resolver
Keyed = tuple[str, str, str | None, str | None]

# --- the resolver ------------------------------------------------------------------------

class Resolver:
    """Clusters organisation names over a whole corpus.

    Feed it every organisation as one article names it (``observe(label, aliases)``), then
    ask ``resolve(name)`` for ``(key, label)``: the cluster's key (its IRI is minted from it)
    and its canonical label. Names never observed resolve by the name rules alone.
    """

    def __init__(self, user_aliases: Mapping[str, str] | None = None) -> None:
        user = user_aliases or {}
        self._user = {name_key(a): name_key(c) for a, c in user.items()}
        self._user_labels = {name_key(c): normalise(c) for c in user.values()}
        self._names: dict[str, set[str]] = defaultdict(set)   # key -> surface names
        self._links: dict[str, set[str]] = defaultdict(set)   # alias key -> full-name keys
        self._kinds: dict[str, Counter[str]] = defaultdict(Counter)  # key -> kinds given
        self._roots: dict[str, str] | None = None              # key -> cluster key
        self._members: dict[str, set[str]] = {}                # cluster key -> surface names
        self._cluster_kinds: dict[str, Counter[str]] = {}      # cluster key -> kinds given

    def observe(self, label: str, aliases: Iterable[str] = (), kind: str | None = None, *,
                count: int = 1) -> None:
        """One organisation as one article names it (``kind``: its ``OrgKind`` value);
        ``count``: as that many articles name it."""
        for key, name, target, given in self.keyed(label, aliases, kind):
            self.add(key, name, target, given, count=count)

    def keyed(self, label: str, aliases: Iterable[str] = (), kind: str | None = None
              ) -> list[Keyed]:
        """What ``observe`` learns from one organisation, as rows ``(key, name, target,
        kind)``: the label under its key (with the kind), each alias under its own key
        (with the label's key as target when the alias may stand for it)."""
        label = normalise(label)
        full = self.key(label)
        rows: list[Keyed] = [(full, label, None, kind or None)]
        for alias in aliases:
            alias = normalise(alias)
            if not alias:
                continue
            key = self.key(alias)
            rows.append((key, alias, full if key != full and compatible(alias, label)
                         else None, None))
        return rows

    def add(self, key: str, name: str, target: str | None = None, kind: str | None = None,
            *, count: int = 1) -> None:
        """One row of ``keyed`` (``count`` times): the resolver over a set of rows is the
        resolver over the organisations they came from."""
        self._names[key].add(name)
        if kind:
            self._kinds[key][kind] += count
        if target is not None:
            self._links[key].add(target)
        self._roots = None

    def key(self, name: str) -> str:
        """The name-rule key, after the user's alias table."""
        key = name_key(name)
        return self._user.get(key, key)

    def _cluster(self) -> dict[str, str]:
        parent: dict[str, str] = {k: k for k in self._names}

        def find(k: str) -> str:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        for alias_key in sorted(self._links):
            targets = self._links[alias_key]
            if len(targets) != 1:   # an alias beside two different organisations links none
                continue
            ra, rb = find(alias_key), find(next(iter(targets)))
            if ra != rb:
                # the better key becomes the root, so the cluster key never depends on order
                first, second = sorted((ra, rb), key=_rank)
                parent[second] = first
        roots = {k: find(k) for k in parent}
        members: dict[str, set[str]] = defaultdict(set)
        kinds: dict[str, Counter[str]] = defaultdict(Counter)
        for k, root in roots.items():
            members[root] |= self._names[k]
            kinds[root].update(self._kinds.get(k, {}))
        self._members = dict(members)
        self._cluster_kinds = dict(kinds)
        return roots

    def resolve(self, name: str) -> tuple[str, str]:
        """``(cluster key, canonical label)`` for one name."""
        if self._roots is None:
            self._roots = self._cluster()
        key = self.key(name)
        root = self._roots.get(key, key)
        if root in self._user_labels:
            return root, self._user_labels[root]
        names = self._members.get(root) or {normalise(name)}
        return root, min(names, key=_rank)

    def kind(self, name: str) -> str | None:
        """The cluster's organisation kind: the one most articles gave, a specific kind
        (not Foreign/Other, which an acronym alone suggests) first, ties by name."""
        root = self.resolve(name)[0]
        counts = self._cluster_kinds.get(root)
        if not counts:
            return None
        return min(counts, key=lambda k: (k in _WEAK_KINDS, -counts[k], k))

    def mapping(self) -> dict[str, tuple[str, str, str | None]]:
        """Every observed name -> ``(cluster key, canonical label, kind)``, sorted by name."""
        names = sorted({n for ns in self._names.values() for n in ns})
        kinds: dict[str, str | None] = {}
        result = {}
        for n in names:
            key, label = self.resolve(n)
            if key not in kinds:
                kinds[key] = self.kind(n)
            result[n] = (key, label, kinds[key])
        return result
