"""The benchmark scripts keep working (tiny sizes; nothing here is timed or compared)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_generator_writes_varied_deterministic_records(tmp_path: Path) -> None:
    for name in ("a", "b"):
        subprocess.run([sys.executable, BENCH / "generate.py", "60", tmp_path / f"{name}.jsonl",
                        "--seed", "5"], check=True, capture_output=True)
    data = (tmp_path / "a.jsonl").read_bytes()
    assert data == (tmp_path / "b.jsonl").read_bytes()  # same seed, same corpus
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert len(records) == 60 and len({r["id"] for r in records}) == 60
    texts = [r["text"] for r in records]
    assert len(set(texts)) == 60
    signs = ["체결했다" in t or "맺었다" in t for t in texts]
    assert any(signs) and not all(signs)  # some articles report no signing
    assert any("㈜" in t for t in texts) and any("대학교" in t for t in texts)


def test_quick_benchmark_runs(tmp_path: Path) -> None:
    figures = tmp_path / "figures.json"
    result = subprocess.run(
        [sys.executable, BENCH / "run.py", "--quick", "--only", "extract", "sparql",
         "--json", figures, "--work", tmp_path / "work"],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "ratio extract / kiwi" in result.stdout
    assert "signatories.rq + LIMIT 10:  store" in result.stdout
    numbers = json.loads(figures.read_text(encoding="utf-8"))
    assert numbers["extract"]["ratio"] > 0
    sparql = numbers["sparql"]
    assert sparql["triples"] >= 3000
    assert all(q["same_answer"] for q in sparql["queries"].values())


def test_quick_views_benchmark_runs_every_view_command(tmp_path: Path) -> None:
    figures = tmp_path / "figures.json"
    result = subprocess.run(
        [sys.executable, BENCH / "run.py", "--quick", "--only", "views",
         "--json", figures, "--work", tmp_path / "work"],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    views = json.loads(figures.read_text(encoding="utf-8"))["views"]
    assert views["records"] == 12 and views["added"] == 4
    assert views["first"]["cpu"] > 0 and views["add_to_store"]["pss"] > 0
    commands = views["views"]
    assert len(commands) == 16   # 9 exports, network, 2 viz, partners, path, 2 queries
    assert not [name for name, run in commands.items() if "failed" in run]
    assert {"export --format gexf --view organisations", "viz --format html",
            "query signatories", "network --top 10"} <= set(commands)
    work = tmp_path / "work" / "views-store"
    assert (work / "organisations.gexf").is_file() and (work / "graph.html").is_file()


def test_cluster_benchmark_loader_runs(tmp_path: Path) -> None:
    figures = tmp_path / "figures.json"
    corpus = Path(__file__).parent / "corpus" / "raw"   # our own articles, not the dev set
    result = subprocess.run(
        [sys.executable, BENCH / "cluster.py", "--raw", corpus, "--records", "20",
         "--only", "loader", "--json", figures, "--work", tmp_path / "work"],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    loader = json.loads(figures.read_text(encoding="utf-8"))["loader"]
    assert loader["articles"] == 20 and loader["triples"] > 0
    assert loader["oxigraph_load_quads_per_s"] > 0
