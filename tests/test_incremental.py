"""A store that grows: a researcher adds articles run after run, and the files are always
those a single fresh run over the same articles writes; an unchanged record is not
extracted again. (Invented articles; names made up.)"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mougraph import pages, pipeline, store
from mougraph.model import Article, Extraction
from mougraph.pipeline import build

BASE = {
    "a1": "한밭대학교(총장 오민준)는 3일 대학 본관에서 유성구청(구청장 김서연)과 지역 인재 양성을 "
          "위한 업무협약을 체결했다.\n양 기관은 ▲현장실습 ▲공동 연구 등에 협력하기로 했다.",
    "a2": "가온시는 5일 시청에서 KAIST와 인공지능 인재 양성을 위한 업무협약을 체결했다.",
    "a3": "세움의료원, 솔빛대학교, 한국로봇협회 등 3개 기관은 20일 의료 로봇 실증을 위한 "
          "업무협약을 체결했다.",
}
# learned from a later article: KAIST is 한국과학기술원, which renames a2's organisation
LATER = {"a4": "누리대학교는 12일 본관에서 한국과학기술원(KAIST)과 공동 연구 협약을 체결했다.",
         "a5": "고령군은 다음 달 한국관광협회와 관광 홍보 협약을 체결할 예정이라고 밝혔다."}
CHANGED = {"a1": BASE["a1"].replace("현장실습", "창업 지원")}


def corpus(path: Path, texts: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps({"id": k, "text": v, "published": "2021-05-20"},
                                       ensure_ascii=False) + "\n" for k, v in texts.items()),
                    encoding="utf-8")
    return path


def files(out: Path) -> tuple[bytes, bytes]:
    return (out / "graph.trig").read_bytes(), (out / "graph.ttl").read_bytes()


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids the extractor is run on."""
    seen: list[str] = []
    real = pipeline.extract

    def counting(article: Article) -> Extraction:
        seen.append(article.id)
        return real(article)

    monkeypatch.setattr(pipeline, "extract", counting)
    return seen


@pytest.mark.parametrize(("full_render_share", "page"), [
    (0.0, pages.PAGE),   # blocks rendered in one pass, files in one page
    (1e9, pages.PAGE),   # blocks one by one
    (1e9, 64)])          # files of many pages, the unchanged ones copied from the last files
def test_articles_added_run_after_run_give_the_files_of_one_fresh_run(
        tmp_path: Path, extracted: list[str], full_render_share: float, page: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "_FULL_RENDER_SHARE", full_render_share)
    monkeypatch.setattr(pages, "PAGE", page)
    grown = tmp_path / "grown"
    build([corpus(tmp_path / "1.jsonl", BASE)], grown)
    build([corpus(tmp_path / "2.jsonl", LATER)], grown)
    build([corpus(tmp_path / "3.jsonl", CHANGED)], grown)
    assert extracted == ["a1", "a2", "a3", "a4", "a5", "a1"]

    fresh = tmp_path / "fresh"
    build([corpus(tmp_path / "all.jsonl", BASE | LATER | CHANGED)], fresh)
    assert files(grown) == files(fresh)
    assert "skos:altLabel \"KAIST\"" in (grown / "graph.ttl").read_text(encoding="utf-8")


def test_files_changed_by_hand_are_written_whole_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages, "PAGE", 64)  # many pages: the next run would copy most
    out = tmp_path / "out"
    build([corpus(tmp_path / "1.jsonl", BASE)], out)
    trig = out / "graph.trig"
    # the same size, other bytes: what the last run wrote is no longer there to copy
    trig.write_bytes(trig.read_bytes().replace("협약".encode(), "협정".encode()))
    (out / "graph.ttl").unlink()
    build([corpus(tmp_path / "2.jsonl", LATER)], out)
    fresh = tmp_path / "fresh"
    build([corpus(tmp_path / "all.jsonl", BASE | LATER)], fresh)
    assert files(out) == files(fresh)


def test_an_unchanged_record_is_not_extracted_again(tmp_path: Path,
                                                     extracted: list[str]) -> None:
    out = tmp_path / "out"
    first = build([corpus(tmp_path / "c.jsonl", BASE)], out)
    before = files(out)
    extracted.clear()
    again = build([corpus(tmp_path / "c.jsonl", BASE)], out)
    assert extracted == []
    assert (again.articles, again.skipped, again.agreements) == (3, 3, first.agreements)
    assert files(out) == before
    # the same id with another text is extracted and replaces its graph
    build([corpus(tmp_path / "d.jsonl", BASE | CHANGED)], out)
    assert extracted == ["a1"]
    assert "창업 지원" in (out / "graph.trig").read_text(encoding="utf-8")


def test_a_later_duplicate_of_a_stored_record_still_wins(tmp_path: Path,
                                                          extracted: list[str]) -> None:
    out = tmp_path / "out"
    build([corpus(tmp_path / "c.jsonl", BASE)], out)
    # a1 changed first, then a1 exactly as stored: the later record wins, so it is kept
    build([corpus(tmp_path / "d.jsonl", CHANGED), corpus(tmp_path / "e.jsonl", BASE)], out)
    assert "창업 지원" not in (out / "graph.trig").read_text(encoding="utf-8")


@pytest.mark.parametrize(("last", "expected"), [
    (16_384, [False, False, True]),   # resolved after the first and the second article
    (1, [False, True])])              # none after the first: the bound on their size
def test_a_long_run_resolves_names_along_the_way_and_writes_the_same_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, last: int,
        expected: list[bool]) -> None:
    """A run of many articles resolves the names put so far now and then (so the final
    flush has few articles to rewrite); the files are those of one resolution at the end,
    with the signings of the articles put before each of those resolutions."""
    once = tmp_path / "once"
    build([corpus(tmp_path / "all.jsonl", BASE | LATER)], once)

    along = tmp_path / "along"
    build([corpus(tmp_path / "1.jsonl", BASE)], along)
    # then one article per batch, names resolved after the first and the second: a4 is
    # grouped into a signing only at the end, as a2 renamed by what a4 says
    monkeypatch.setattr(store, "_BATCH", 1)
    monkeypatch.setattr(store, "_RESOLVE_FIRST", 1)
    monkeypatch.setattr(store, "_RESOLVE_LAST", last)
    regroups: list[bool] = []
    real = store.Store._reresolve

    def spy(self: store.Store, *, regroup: bool = True) -> None:
        regroups.append(regroup)
        real(self, regroup=regroup)

    monkeypatch.setattr(store.Store, "_reresolve", spy)
    build([corpus(tmp_path / "2.jsonl", LATER)], along)
    assert regroups == expected
    assert files(along) == files(once)
