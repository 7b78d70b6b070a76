"""Extraction: an article in, the agreements it reports out (model records, no RDF).

``extract(article)`` is the whole stage; the submodules each find one kind of thing:
``signing`` (which sentences report a signing, and the parties in them), ``orgs`` (names,
forms, kinds), ``people`` (name, title, organisation), ``areas``, ``dates``, ``venue``,
``project`` and ``byline``.
Agreement assembly (which signing sentences report one agreement, who its parties and
representatives are) is ``agreements.assemble``. Last, a learned tagger adds the people the
rules missed for the parties found (``people.learned``; ``learned_people=False``: rules only),
and a learned scorer adds the parties the rules missed (``parties.learned``;
``learned_parties=False``: the rules' parties only).
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from ..form import readable
from ..model import Agreement, Article, Extraction
from ..text import Document, prepare
from . import byline as _byline
from . import dates as _dates
from .agreements import assemble
from .clause import Clause, clause
from .orgs import spaced_view
from .parties.learned import add_learned_parties
from .people.learned import add_learned_people
from .roundup import roundup_items, shifted
from .signing import opinion_piece, signings
from .signing.backed import mark_backed


def extract(article: Article, *, learned_people: bool = True,
            learned_parties: bool = True) -> Extraction:
    """The agreements ``article`` reports, with its date, author and publisher; read in the
    usual form (``form.readable``: entities decoded, odd spaces and full-width letters made
    plain, wrapped lines joined), which the sentence offsets index.

    ``learned_people``: add the representatives the learned tagger finds for the parties
    where the rules found none of that name (``people.learned``); False reads by the rules
    alone (to compare the two). ``learned_parties``: then add the parties the learned scorer
    finds that the rules did not take (``parties.learned``); False: the rules' parties."""
    article = _readable(article)
    doc = prepare(article.text)
    clauses = sentence_clauses(doc)
    found = _rules(article, doc, clauses)
    if not found.agreements or not (learned_people or learned_parties):
        return found
    agreements = list(found.agreements)
    if learned_people:
        agreements = add_learned_people(article.text, agreements, doc)
    if learned_parties:   # on what the rules read; after the people: it adds no person
        agreements = add_learned_parties(article, agreements, doc, clauses)
    return dataclasses.replace(found, agreements=tuple(agreements))


def sentence_clauses(doc: Document) -> dict[int, Clause]:
    """Each sentence's words as the rules read them, by start: names written with an optional
    space read as one word (rules of orgs.spaced)."""
    clauses = {s.start: spaced_view(clause(s)) for s in doc.sentences}
    mark_backed(clauses, doc.text)    # bare partners the article backs (signing.backed)
    return clauses


def _rules(article: Article, doc: Document, clauses: dict[int, Clause]) -> Extraction:
    """``extract`` by the rules alone, of an article already in its usual form (``doc``: its
    text prepared, ``clauses``: its sentences read)."""
    published = _dates.publication_date(article)
    written = _dates.written_on(article)   # what the text's "지난 29일" counts from
    author = _byline.find_author(article.text)
    publisher = article.publisher or _byline.find_publisher(article.text)
    if opinion_piece(article.title, article.text):
        fresh = _told_as_news(_agreements(doc, written, author, clauses), written)
        if not fresh:
            return Extraction(article, (), published, author, publisher,
                              notes=("an opinion piece: the agreements it names are background",))
        return Extraction(article, tuple(fresh), published, author, publisher)
    items = roundup_items(article.text)
    if items:      # a roundup: each item read alone, so no item's facts reach another's
        agreements = [shifted(a, item.start) for item in items
                      for a in _agreements(prepare(item.text), written, author)]
    else:
        agreements = _agreements(doc, written, author, clauses)
    if not agreements:
        return Extraction(article, (), published, author, publisher,
                          notes=("no signing reported",))
    notes = ("signing reported, parties not named",) if not any(
        a.parties for a in agreements) else ()
    return Extraction(article, tuple(agreements), published, author, publisher, notes=notes)


def _agreements(doc: Document, written: dt.date | None, author: str | None,
                clauses: dict[int, Clause] | None = None) -> list[Agreement]:
    """The agreements the signing sentences of ``doc`` report (``clauses``: its sentences
    read, when at hand)."""
    # each sentence's words are read here, as the signing rules then do anyway (a dev run
    # took the same time before and after)
    clauses = sentence_clauses(doc) if clauses is None else clauses
    found = signings(list(doc.sentences), doc.captions,
                     year=written.year if written else None, clauses=clauses)
    return assemble(doc, clauses, found, written, author) if found else []


# how far back a column's signing may lie and still be the news it tells
_NEWS_DAYS = 31


def _told_as_news(agreements: list[Agreement], written: dt.date | None) -> list[Agreement]:
    """Rule opinion-news: a column names agreements as background, except one it tells as
    news, with its day, signed within the month before the column ("지난 12일 … 체결했다"),
    and told whole: what the parties agreed to do, and where or by whom it was signed. An
    undated or older agreement, or one named only to argue about it, stays background."""
    if written is None:
        return []
    return [a for a in agreements if a.signed_on is not None
            and dt.timedelta(0) <= written - a.signed_on <= dt.timedelta(days=_NEWS_DAYS)
            and a.areas and (a.venue or a.representatives)]


def _readable(article: Article) -> Article:
    text = readable(article.text)
    title = readable(article.title) if article.title else article.title
    if text == article.text and title == article.title:
        return article
    return dataclasses.replace(article, text=text, title=title)
