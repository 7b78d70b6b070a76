"""Organisation names: where a name starts and ends, its kind, and which forms are one body.

Rules (each named where it is applied):
- *ending*: a word is a name when it ends in an organisation ending from
  ``lexicons/org_suffixes.tsv`` (대학교, 협회, 구청, 공단, 병원, 그룹, …) after a specific
  part ("경복" + 대학교), or carries a legal-form mark ((주), ㈜, (사), (재)).
- *place-before*: place words and descriptors (서울, 충남, 국립, 단성면) before a name belong
  to the written form ("충북 가람군"); the canonical name drops a leading region/descriptor.
- *unit-of*: a unit (산학협력단, 사업단, 대학원, 지역본부, 센터) written after its body keeps
  the body in its name ("한국과학기술원 문화기술대학원"), and the body is its ``parent``.
- *same-body*: short and long forms of one body are merged ("경복대"/"경복대학교",
  "남도경총"/"남도경영자총협회", "측량공사"/"대한측량공사", "가람군"/"가람군청"), never two
  bodies that are listed side by side as separate parties.
- *metro-city*: a party written 대전시 is named 대전광역시 (``lexicons/metro_cities.tsv``).
- *known*: a form the gazetteer knows (``mougraph.gazetteer``: 산림청, 경북도, 카이스트) is a
  name without an ending rule, gives the kind when no ending does, and two forms of one known
  body are one body (충북 / 충북도). The gazetteer helps; an unknown name still counts.

One module per stage or concern, each importing only those above it (a new rule goes in the
module of its family):

  words      what one word is: a place, a region, a generic head, an ordinary word ending
             like a body, a count, a verb form, a denomination, a form the gazetteer knows
  looks      rule ending (``looks_like_org``): one word or name names a body; military units,
             bare units, event committees; the kind a name gives (``kind_of``)
  mention    Mention, the record of one name as written, and what the readers share
  alone      a last word that names no body alone, read with the word before it (rows of
             find.ALONE_RULES: foreign region, office of a place, Latin brand, mission,
             spaced-ending, temple, …)
  left       LEFT_RULES: the words a name takes on its left (place-before, unit-of, service,
             denomination, owned-by, marked-head, event-committee, attached-body, …)
  lists      names written together in one word: dots, a shared ending, a hyphen's pair
  find       org_at and mentions: a clause's names, read leftwards from their last word, and
             the rules that read a whole body before their own word (branch, campus,
             department, attached body), which call org_at again
  forms      rule same-body: two forms of one body (short forms, abbreviations, descriptors)
  record     the Organisation record: canonical name, aliases, kind, parent
  spaced     rules spaced-unit, spaced-kind, spaced-title: a name or title written with an
             optional space ("누리 대학교", "산학 협력단", "대표 이사"), read as one word by the
             clause's view (``spaced_view``)
"""
from __future__ import annotations

from ..lexicon import compact
from .find import brand_at, kind_after_list, mentions, org_at
from .forms import (
    PEOPLES_BODIES,
    is_abbreviation,
    same_body,
    school_in_full,
    strip_descriptors,
    subsequence,
)
from .lists import HYPHEN, joined_parts, list_parts
from .looks import (
    event_committee,
    is_bare_unit,
    kind_of,
    lab_by_task,
    looks_like_org,
    military_unit,
)
from .mention import BULLETS, DOTS, NO_WORD, Mention
from .record import canonical, organisation
from .spaced import one_title, spaced_view
from .words import (
    KIND_FIRST,
    SHOP_KINDS,
    city_like_family,
    clock_or_count,
    denomination,
    describes,
    is_generic,
    is_known_form,
    is_place,
    is_region,
    known,
    mixed_name,
    ordinary_noun,
    place_of_genitive,
    relation_adnominal,
    verb_form,
)

__all__ = ["BULLETS", "DOTS", "HYPHEN", "KIND_FIRST", "NO_WORD", "PEOPLES_BODIES", "SHOP_KINDS",
           "Mention", "brand_at", "canonical", "city_like_family",
           "clock_or_count", "compact", "denomination", "describes", "event_committee",
           "is_abbreviation", "is_bare_unit", "is_generic", "is_known_form", "is_place",
           "is_region", "joined_parts",
           "kind_after_list", "kind_of", "known", "lab_by_task", "list_parts", "looks_like_org",
           "mentions",
           "military_unit", "mixed_name", "one_title", "ordinary_noun", "org_at", "organisation",
           "place_of_genitive", "relation_adnominal",
           "same_body", "school_in_full", "spaced_view", "strip_descriptors", "subsequence",
           "verb_form"]
