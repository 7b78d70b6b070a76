"""Output folders built by hand for the network, API and CLI tests.

Model records -> ``rdf.article_triples`` -> ``Store``, as the pipeline writes them, so these
tests do not depend on how well extraction reads articles.
"""
from __future__ import annotations

from pathlib import Path

from mougraph.model import Agreement, Article, Extraction, Organisation
from mougraph.rdf import article_triples
from mougraph.store import Store

# twelve made-up signatories: one agreement among them is a 12-clique
TWELVE = ("가람시", "나래연구원", "다솜대학교", "라온협회", "마루재단", "바다진흥원",
          "사랑병원", "아라전자", "자람학교", "차오름센터", "카라조합", "타래은행")


def signing(article_id: str, label: str, *parties: Organisation | str,
            title: str | None = None) -> Extraction:
    orgs = tuple(p if isinstance(p, Organisation) else Organisation(p) for p in parties)
    article = Article(article_id, "본문", title=title)
    return Extraction(article, (Agreement(label, orgs, kind="업무협약"),))


def write(out: Path, extractions: list[Extraction]) -> Path:
    with Store.open(out, create=True) as store:
        for extraction in extractions:
            store.put(extraction.article.id, article_triples(extraction))
        store.flush()
    return out


def chain() -> list[Extraction]:
    """가온대학교 – 나래연구원 – 다솜전자 (a path of three), and 라온시 – 마루재단 apart."""
    return [
        signing("art-1", "산학협력 업무협약", "가온대학교",
                Organisation("나래연구원", aliases=("나래연", "NRI")), title="가온대 나래연 협약"),
        signing("art-2", "기술이전 업무협약", Organisation("나래연구원", aliases=("NRI",)),
                Organisation("다솜전자", aliases=("㈜다솜전자",))),
        signing("art-3", "관광 활성화 협약", "라온시", "마루재단"),
    ]


def twelve() -> list[Extraction]:
    return [signing("twelve", "열두 기관 업무협약", *TWELVE)]
