"""What an article says about an agreement, as plain frozen records.

Extraction produces these; ``rdf`` turns them into triples. No I/O, no rdflib here.
Every fact carries the ``Span`` of the sentence it came from, so any edge of the
graph can be checked against the article text.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class OrgKind(StrEnum):
    """Coarse organisation type, written as ``mou:orgKind`` (see ontology)."""

    LOCAL_GOVERNMENT = "LocalGovernment"   # 대전광역시, 송파구청, 고령군
    CENTRAL_GOVERNMENT = "CentralGovernment"  # 문화체육관광부, 중소벤처기업부, 경찰청
    PUBLIC_AGENCY = "PublicAgency"         # 공사, 공단, 진흥원, 정부출연연구원
    UNIVERSITY = "University"              # 대학교, 대학, 대학원, 산학협력단
    SCHOOL = "School"                      # 초·중·고등학교
    RESEARCH_INSTITUTE = "ResearchInstitute"  # 연구원, 연구소
    COMPANY = "Company"                    # ㈜, 주식회사, 은행, 그룹
    HOSPITAL = "Hospital"                  # 병원, 의료원
    ASSOCIATION = "Association"            # 협회, 조합, 연합회, 재단, 상공회의소
    NONPROFIT = "NonProfit"                # 복지관, 센터, 모금회, 단체
    FOREIGN = "Foreign"                    # names in Latin letters or 해외 기관
    OTHER = "Other"


class ReadBy(StrEnum):
    """Who read a party or a person: the rules, or a learned step beside them (written as
    ``mou:modelReadParty`` / ``mou:modelReadPerson`` on the agreement; see ontology)."""

    RULES = "rules"
    LEARNED_PARTY = "learned-party"    # the party scorer (extract/parties/learned.py)
    LEARNED_PERSON = "learned-person"  # the people tagger (extract/people/learned.py)


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of the article text: the sentence a fact was read from."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """One input record. ``text`` is the page text exactly as given."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    source: str = ""  # where it was read from (path, path:line), for messages


@dataclass(frozen=True)
class Organisation:
    name: str                          # canonical: the fullest form the article uses
    aliases: tuple[str, ...] = ()      # every other form seen (short forms, KAIST, …)
    kind: OrgKind | None = None
    parent: str | None = None          # canonical name of the body a unit belongs to
    evidence: Span | None = None
    read_by: ReadBy = ReadBy.RULES


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None = None
    organisation: str | None = None    # canonical name of the organisation represented
    evidence: Span | None = None
    read_by: ReadBy = ReadBy.RULES


@dataclass(frozen=True)
class Area:
    label: str                         # as the article words it, without bullet
    evidence: Span | None = None


@dataclass(frozen=True)
class Agreement:
    label: str                         # e.g. "대전광역시 외 11개 기관 … 업무협약"
    parties: tuple[Organisation, ...]
    representatives: tuple[Person, ...] = ()
    areas: tuple[Area, ...] = ()
    kind: str | None = None            # 업무협약, MOU, 산학협력 협약, 양해각서, …
    signed_on: dt.date | None = None   # only when the calendar date is fixed
    signed_at: dt.time | None = None   # time of day, when stated
    venue: str | None = None
    project: str | None = None
    evidence: Span | None = None       # the sentence reporting the signing


@dataclass(frozen=True)
class Extraction:
    """Everything mougraph read from one article."""

    article: Article
    agreements: tuple[Agreement, ...] = ()
    published: dt.date | None = None   # record's date, else a dateline in the text
    author: str | None = None          # the reporter, never a representative
    publisher: str | None = None
    notes: tuple[str, ...] = field(default=())  # why nothing was found, when nothing was
