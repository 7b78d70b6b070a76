"""Extraction: an article in, the agreements it reports out (model records, no RDF).

``extract(article)`` is the whole stage; the submodules each find one kind of thing.
"""
from __future__ import annotations

import re

from ..model import Agreement, Article, Extraction
from ..text import prepare

_SIGNED = re.compile(r"(체결|맺었|협약을 했|협약식을 가졌|서명했)")


def extract(article: Article) -> Extraction:
    doc = prepare(article.text)
    for sentence in doc.sentences:
        if _SIGNED.search(sentence.text):
            agreement = Agreement(label="업무협약", parties=())
            return Extraction(article, (agreement,), published=article.published,
                              publisher=article.publisher)
    return Extraction(article, (), published=article.published, publisher=article.publisher,
                      notes=("no signing reported",))
