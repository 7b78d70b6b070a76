#!/usr/bin/env python3
"""Extraction on a Dask cluster vs local processes, and the store loader's throughput.

    .venv/bin/python bench/cluster.py                        # 2,000 records, one round
    .venv/bin/python bench/cluster.py --records 200 --rounds 2 --json figures.json

1. cluster  the same 2,000 real-article records (the first 40 articles of the shared dev
            set, repeated with new ids) through ``mougraph extract --jobs 1``, ``--jobs 2``
            and ``--scheduler`` on a local Dask cluster (a scheduler and 2 single-threaded
            worker processes on loopback, started fresh for each round and not timed:
            Kiwi loading is inside every timed run); articles/s side by side, rounds
            interleaved, and a check that the three ``graph.trig`` are byte-identical.
2. loader   the store's ingestion: the same 2,000 extractions (40 extracted here, copied
            under new ids) put into a fresh store (triples/s), then its corpus-wide
            resolution and the writing of graph.trig/graph.ttl, ``dump --format nq``, and the
            store's size on disk per article.

Real articles are read from the shared dev set at run time (``--raw``); nothing of them
is kept. Timings are wall clock on a shared machine: read the ratios.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from dask_cluster import local_cluster  # noqa: E402  (the tests' loopback cluster)
from run import _tree  # noqa: E402  (a process and its descendants)

from mougraph import rdf  # noqa: E402
from mougraph.extract import extract  # noqa: E402
from mougraph.model import Extraction  # noqa: E402
from mougraph.sources import read_inputs  # noqa: E402
from mougraph.store import STORE_DIR, Store  # noqa: E402

RAW = HERE.parent.parent / "shared" / "eval" / "dev" / "raw"
MOUGRAPH = Path(sys.executable).with_name("mougraph")
FIGURES: dict[str, Any] = {}


def say(text: str = "") -> None:
    print(text, flush=True)


def write_corpus(raw: Path, target: Path, count: int, unique: int = 40) -> Path:
    """``count`` records: the first ``unique`` articles of ``raw``, repeated, new ids."""
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(raw.glob("*.json"))]
    records = records[:unique]
    with target.open("w", encoding="utf-8") as out:
        for number in range(count):
            record = records[number % len(records)]
            out.write(json.dumps({**record, "id": f"{record['id']}-r{number // len(records)}"},
                                 ensure_ascii=False) + "\n")
    return target


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of running processes (Linux /proc; 0 elsewhere)."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def timed_extract(corpus: Path, out: Path, *options: str, others: list[int] | None = None
                  ) -> tuple[float, float]:
    """Wall seconds of ``mougraph extract`` and the CPU seconds it took: its own and its
    descendants' (sampled every 0.1 s: the pool's workers are the forkserver's children),
    and those of the already running ``others`` (a Dask cluster)."""
    others = others or []
    others_before = cpu_seconds(others)
    start = time.perf_counter()
    process = subprocess.Popen([str(MOUGRAPH), "extract", str(corpus), "--out", str(out),
                                *options], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen: dict[int, float] = {}
    while process.poll() is None:
        for pid in _tree(process.pid):
            seen[pid] = max(seen.get(pid, 0.0), cpu_seconds([pid]))
        time.sleep(0.1)
    wall = time.perf_counter() - start
    error = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"mougraph extract {' '.join(options)} failed:\n{error}")
    return wall, sum(seen.values()) + cpu_seconds(others) - others_before


def bench_cluster(corpus: Path, count: int, rounds: int, work: Path) -> None:
    runs: dict[str, list[float]] = {"--jobs 1": [], "--jobs 2": [], "dask, 2 workers": []}
    cpus: dict[str, list[float]] = {name: [] for name in runs}
    outs: dict[str, Path] = {}
    for round_ in range(rounds):   # interleaved: 1, 2, dask, 1, 2, dask, …
        for name, options in (("--jobs 1", ("--jobs", "1")), ("--jobs 2", ("--jobs", "2"))):
            outs[name] = work / f"out-{name[-1]}-{round_}"
            wall, cpu = timed_extract(corpus, outs[name], *options)
            runs[name].append(wall)
            cpus[name].append(cpu)
        started = time.perf_counter()
        with local_cluster(work / f"dask-{round_}", workers=2) as cluster:
            startup = time.perf_counter() - started
            outs["dask"] = work / f"out-dask-{round_}"
            wall, cpu = timed_extract(corpus, outs["dask"], "--scheduler", cluster.address,
                                      others=[p.pid for p in cluster.processes()])
            runs["dask, 2 workers"].append(wall)
            cpus["dask, 2 workers"].append(cpu)
    trig = {name: (path / "graph.trig").read_bytes() for name, path in outs.items()}
    same = len(set(trig.values())) == 1
    rate = {name: count / min(times) for name, times in runs.items()}
    say(f"1. {count} records, whole command (Kiwi loading, store, graph.trig), best of "
        f"{rounds} interleaved round(s)")
    for name, times in runs.items():
        say(f"   {name:<16} {rate[name]:7.1f} articles/s   {min(cpus[name]) / count * 1000:6.1f} "
            f"CPU s per 1,000 articles, {sum(cpus[name]) / sum(times):.2f} cores busy on "
            f"average   (runs: {', '.join(f'{t:.1f}s' for t in times)})")
    say(f"   dask / --jobs 1 = {rate['dask, 2 workers'] / rate['--jobs 1']:.2f}x, "
        f"dask / --jobs 2 = {rate['dask, 2 workers'] / rate['--jobs 2']:.2f}x, "
        f"--jobs 2 / --jobs 1 = {rate['--jobs 2'] / rate['--jobs 1']:.2f}x   "
        f"(cluster start-up, not timed above: {startup:.1f}s)")
    say(f"   graph.trig byte-identical across the three: {'yes' if same else 'NO'}")
    FIGURES["cluster"] = {"records": count, "rates": rate, "runs": runs, "cpu_s": cpus,
                          "identical": same,
                          "cluster_startup_s": startup}


def extractions(corpus: Path, count: int) -> list[Extraction]:
    """``count`` extractions: one per distinct article, copied under its other ids."""
    articles = [a for a in read_inputs([corpus]) if not isinstance(a, Exception)][:count]
    done: dict[str, Extraction] = {}
    copies = []
    for article in articles:
        base = article.id.rsplit("-r", 1)[0]   # write_corpus's ids: ID-rN
        if base not in done:
            done[base] = extract(article)
        copies.append(dataclasses.replace(done[base], article=article))
    return copies


def bulk_load(nquads: Path, location: Path) -> float | None:
    """Seconds ``oxigraph load`` takes for ``nquads`` into a new store (None: no server)."""
    binary = Path(sys.executable).with_name("oxigraph")
    if not binary.is_file():
        return None
    start = time.perf_counter()
    subprocess.run([str(binary), "load", "--location", str(location), "--file", str(nquads)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def store_size(out: Path, *, compact: bool = False) -> int:
    """Bytes under OUT/store (``compact``: after RocksDB's compaction, which drops its
    write-ahead logs: what a store settles to)."""
    if compact:
        import pyoxigraph

        oxstore = pyoxigraph.Store(str(out / STORE_DIR / "oxigraph"))
        oxstore.optimize()
        del oxstore
    return sum(p.stat().st_size for p in (out / STORE_DIR).rglob("*") if p.is_file())


def bench_loader(corpus: Path, count: int, work: Path) -> None:
    done = extractions(corpus, count)
    graphs = [(x.article.id, rdf.article_triples(x)) for x in done]
    triples = sum(len(g) for _, g in graphs)
    tenth = work / "loader-tenth"   # for the size an article adds, past fixed overheads
    with Store.open(tenth, create=True) as small:
        for ident, graph in graphs[:count // 10]:
            small.put(ident, graph)
        small.flush()
    out = work / "loader"
    with Store.open(out, create=True) as store:
        start = time.perf_counter()
        for ident, graph in graphs:
            store.put(ident, graph)
        put = time.perf_counter() - start
        start = time.perf_counter()
        store.flush(write_files=False)
        resolve = time.perf_counter() - start
        start = time.perf_counter()
        store.write_files()
        files = time.perf_counter() - start
        start = time.perf_counter()
        with (work / "dump.nq").open("wb") as sink:
            quads = store.write_nquads(sink)
        dump = time.perf_counter() - start
    bulk = bulk_load(work / "dump.nq", work / "bulk")
    size = store_size(out)
    compact = store_size(out, compact=True)
    marginal = (compact - store_size(tenth, compact=True)) / (count - count // 10)
    say(f"2. loader: {count} articles, {triples} triples (quads in article graphs)")
    say(f"   put (one article graph + the union, per article)  {triples / put:9.0f} "
        f"triples/s  ({count / put:.0f} articles/s, {put:.1f}s)")
    say(f"   flush: corpus-wide resolution {resolve:.1f}s, graph.trig + graph.ttl "
        f"{files:.1f}s;  dump --format nq {quads / dump:.0f} quads/s ({dump:.1f}s)")
    if bulk:
        say(f"   Oxigraph's own bulk loader (oxigraph load, Rust, the server mougraph serve "
            f"runs) on that N-Quads file: {quads / bulk:9.0f} quads/s ({bulk:.1f}s)")
    say(f"   store on disk for {count} articles: {size / 2**20:.1f} MiB as the run leaves it, "
        f"{compact / 2**20:.1f} MiB compacted; each article past the first {count // 10} "
        f"adds {marginal / 1024:.1f} KiB -> {marginal * 1e6 / 2**30:.0f} GiB per million "
        "articles (linear, compacted)")
    FIGURES["loader"] = {"articles": count, "triples": triples, "put_s": put,
                         "triples_per_s": triples / put, "resolve_s": resolve,
                         "files_s": files, "nq_quads_per_s": quads / dump,
                         "oxigraph_load_quads_per_s": quads / bulk if bulk else None,
                         "store_bytes": size, "compacted_bytes": compact,
                         "marginal_bytes_per_article": marginal}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raw", type=Path, default=RAW, help="folder of real .json records")
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--only", nargs="+", choices=["cluster", "loader"],
                        default=["cluster", "loader"])
    parser.add_argument("--work", type=Path, help="keep corpora and outputs here")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    say(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="mougraph-cluster-") as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        corpus = write_corpus(args.raw, work / "corpus.jsonl", args.records)
        if "cluster" in args.only:
            bench_cluster(corpus, args.records, args.rounds, work)
        if "loader" in args.only:
            bench_loader(corpus, args.records, work)
    say(f"load average at the end {os.getloadavg()[0]:.1f}")
    if args.json:
        args.json.write_text(json.dumps(FIGURES, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
