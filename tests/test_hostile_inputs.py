"""Inputs built to break a run: special files, colliding ids, odd metadata, odd characters.

Each one is named on stderr or kept, never a hang, a silent loss or a lost article.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from mougraph.errors import EXIT_INPUT
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
    assert f"1 articles, 1 agreements, 3 problems -> {tmp_path / 'out'}" in lines


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
        names = {g.identifier for g in dataset.graphs() if len(g)}
        assert len(names) == 2
    assert graphs[0] == graphs[1]
