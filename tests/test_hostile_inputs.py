"""Inputs built to break a run: special files, colliding ids, odd metadata, odd characters.

Each one is named on stderr or kept, never a hang, a silent loss or a lost article.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from mougraph.errors import EXIT_INPUT
from mougraph.model import Article
from mougraph.sources import read_inputs

SIGNING = "가온시는 20일 시청 상황실에서 나래대학교와 지역 인재 양성을 위한 업무협약을 체결했다."


def extract(*args: str | Path) -> subprocess.CompletedProcess[str]:
    # the timeout only keeps a hanging build from hanging the suite
    return subprocess.run([sys.executable, "-m", "mougraph.cli", "extract", *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "TERM": "dumb"})


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_folder_with_a_fifo_and_a_socket_finishes_and_names_them(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SIGNING, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.jsonl")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(folder / "sock.json"))
    try:
        result = extract(folder, "--out", tmp_path / "out")
    finally:
        listener.close()
    assert result.returncode == EXIT_INPUT, result.stderr
    lines = result.stderr.splitlines()
    assert f"mougraph: {folder / 'pipe.jsonl'}: a FIFO (named pipe), not a regular file; " \
           "skipped" in lines
    assert f"mougraph: {folder / 'pipe.txt'}: a FIFO (named pipe), not a regular file; " \
           "skipped" in lines
    assert f"mougraph: {folder / 'sock.json'}: a socket, not a regular file; skipped" in lines
    assert f"1 article, 1 agreement, 3 problems -> {tmp_path / 'out'}" in lines


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_on_the_command_line_is_skipped(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    items = list(read_inputs([tmp_path / "pipe.txt", Path("/dev/null")]))
    assert [str(i) for i in items] == [
        f"{tmp_path / 'pipe.txt'}: a FIFO (named pipe), not a regular file or folder; skipped",
        "/dev/null: a character device, not a regular file or folder; skipped"]


def records(path: Path, ids: list[str]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "text": f"{SIGNING} ({ascii(i)})"},
                                       ensure_ascii=False) + "\n"
                            for i in ids), encoding="utf-8")
    return path


COLLIDING = [
    ["a b", "a_b"],
    ["ａ1", "a1"],                   # fullwidth: equal after NFKC
    ["\u1100\u1161", "\uac00"],      # 가 written as jamo (NFD) and as a syllable (NFC)
    ["caf\u00e9", "cafe\u0301"],     # é precomposed and combining
    ["x%20y", "x y"],               # an escape and what it stands for
]


@pytest.mark.parametrize("ids", COLLIDING, ids=lambda ids: ascii(ids[1]))
def test_ids_that_normalise_alike_are_both_kept_whatever_the_order(
        tmp_path: Path, ids: list[str]) -> None:
    from rdflib import Dataset

    graphs = []
    for order in (ids, ids[::-1]):
        out = tmp_path / f"out-{len(graphs)}"
        result = extract(records(tmp_path / "in.jsonl", order), "--out", out)
        assert result.returncode == 0, result.stderr
        assert "2 articles" in result.stderr
        graphs.append((out / "graph.trig").read_bytes())
        dataset = Dataset()
        dataset.parse(out / "graph.trig", format="trig")
        names = {g.identifier for g in dataset.graphs() if "/article/" in g.identifier}
        assert len(names) == 2
    assert graphs[0] == graphs[1]


# --- pathological text --------------------------------------------------------------------

def many_signings(size: int) -> str:
    """Sentence after sentence, each a signing between two bodies never named before."""
    parts: list[str] = []
    length = 0
    while length < size:
        parts.append(f"가온시{len(parts)}는 나래대학교{len(parts)}와 업무협약을 체결했다. ")
        length += len(parts[-1])
    return "".join(parts)


def one_long_list(size: int) -> str:
    """One sentence whose party list goes on for ``size`` characters."""
    bodies = ["나래대학교", "가온연구원", "한솔진흥원", "다올병원", "아람전자", "초롱협회"]
    names: list[str] = []
    length = 0
    while length < size:
        names.append(f"{bodies[len(names) % len(bodies)]}{len(names)}")
        length += len(names[-1]) + 2
    return "가온시는 20일 " + ", ".join(names) + "와 업무협약을 체결했다."


def work(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """What extracting ``text`` costs, counted rather than timed: name comparisons, and
    characters given to the sentence splitter (Kiwi)."""
    from mougraph import text as text_module
    from mougraph.extract import extract as run_extraction
    from mougraph.extract import orgs
    from mougraph.model import Article

    counts = [0, 0]
    same_body, split = orgs.same_body, text_module.sentences_of

    def counted_same_body(a: str, b: str) -> bool:
        counts[0] += 1
        return same_body(a, b)

    def counted_split(segments: list[str]):  # noqa: ANN202 - whatever the splitter returns
        counts[1] += sum(len(segment) for segment in segments)
        return split(segments)

    with monkeypatch.context() as patch:
        patch.setattr(orgs, "same_body", counted_same_body)
        patch.setattr(text_module, "sentences_of", counted_split)
        run_extraction(Article(id="x", text=text))
    return counts[0], counts[1]


@pytest.mark.parametrize("make", [many_signings, one_long_list], ids=lambda m: m.__name__)
def test_extraction_work_grows_no_faster_than_the_text(make, monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:  # noqa: ANN001
    small, large = work(make(10_000), monkeypatch), work(make(20_000), monkeypatch)
    assert large[0] <= 2.2 * small[0] + 50, (small, large)  # twice the text: at most twice
    assert large[1] <= 2.2 * small[1], (small, large)


@pytest.mark.parametrize("make", [many_signings, one_long_list], ids=lambda m: m.__name__)
def test_a_1_mb_pathological_article_is_read_within_bounds(make) -> None:  # noqa: ANN001
    from mougraph.text import MAX_READ_CHARS, MAX_SENTENCE_CHARS, MAX_SENTENCES, prepare

    document = prepare(make(1_000_000))
    assert len(document.sentences) <= MAX_SENTENCES
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in document.sentences)
    assert all(s.start < MAX_READ_CHARS for s in document.sentences)


def test_an_article_over_its_time_budget_is_a_problem_and_the_run_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mougraph import pipeline

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [
        {"id": "slow", "text": many_signings(100_000)},
        {"id": "usual", "text": SIGNING}]), encoding="utf-8")
    real = pipeline._extractor()
    real(Article(id="warm", text=SIGNING))  # Kiwi, rules and lexicons load before the clock

    # how long the pathological article really takes changes with every rule (in a warm
    # suite process it once fit in the budget), so it stalls: what is tested is the budget
    def extract_or_stall(article: Article) -> Any:
        if article.id == "slow":
            time.sleep(30)   # interrupted by the budget
        return real(article)

    monkeypatch.setattr(pipeline, "extract", extract_or_stall)
    monkeypatch.setattr(pipeline, "ARTICLE_SECONDS", 1.0)
    problems: list[str] = []
    summary = pipeline.build([corpus], tmp_path / "out",
                             on_problem=lambda p: problems.append(str(p)))
    assert problems == [f"{corpus}:1: extraction took longer than 1 s; skipped"]
    assert summary.articles == 1
