#!/usr/bin/env python3
"""mougraph's benchmarks, measured side by side in one run, printed with their ratios.

    python bench/run.py                    # all four, default sizes (~15 min on 2 cores)
    python bench/run.py --only extract --profile
    python bench/run.py --quick            # tiny sizes: checks the scripts work (seconds)

1. extract  articles/s of mougraph's extraction vs bare ``Kiwi().tokenize`` on the same
            texts, in this process, rounds interleaved (goal: ratio >= 0.5).
2. jobs     ``mougraph extract --jobs 1`` vs ``--jobs 2`` on the same corpus (subprocesses,
            Kiwi loading included), articles/s and speed-up.
3. rss      peak resident memory of ``mougraph extract`` over generated .jsonl corpora of
            two sizes: flat memory means the larger one peaks no higher.
4. sparql   a "top signatories" aggregate over >= 1M triples: the project's store
            (``mougraph.store.Store``) vs rdflib's in-memory ``Dataset`` (goal >= 10x).

The corpus is synthetic (``bench/generate.py``): never real articles. Timings are wall
clock on a shared machine: read the ratios, which are measured side by side.
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import itertools
import json
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import endtoend  # noqa: E402  (beside this script)
import generate  # noqa: E402
import views  # noqa: E402

from mougraph import rdf  # noqa: E402
from mougraph.model import (  # noqa: E402
    Agreement,
    Area,
    Article,
    Extraction,
    Organisation,
    OrgKind,
    Person,
    Span,
)

PREFIXES = """PREFIX mou: <https://w3id.org/mougraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# Two ways to ask for the top signatories: the project's shipped named query (joins every
# agreement with its organisation's label, then groups), and the same answer asked
# aggregate-first (count per organisation, keep ten, then fetch their labels).
SIGNATORIES_RQ = "signatories.rq"
AGGREGATE_FIRST = PREFIXES + """SELECT ?org ?name ?agreements WHERE {
  { SELECT ?org (COUNT(DISTINCT ?agreement) AS ?agreements)
    WHERE { ?org mou:signs ?agreement } GROUP BY ?org
    ORDER BY DESC(?agreements) ?org LIMIT 10 }
  ?org rdfs:label ?name .
}
ORDER BY DESC(?agreements) ?org ?name
"""


def sparql_queries() -> dict[str, str]:
    from importlib.resources import files

    shipped = files("mougraph.queries").joinpath(SIGNATORIES_RQ).read_text(encoding="utf-8")
    return {"signatories.rq + LIMIT 10": PREFIXES + shipped.rstrip() + "\nLIMIT 10\n",
            "aggregate first": AGGREGATE_FIRST}


FIGURES: dict[str, object] = {}


def say(text: str = "") -> None:
    print(text, flush=True)


def articles(count: int, seed: int) -> list[Article]:
    return [Article(id=s.id, text=s.text, published=s.published, publisher=s.publisher,
                    source=s.id) for s in generate.stories(count, seed)]


def best_rate(count: int, runs: list[float]) -> float:
    return count / min(runs)


# --- 1. extraction vs the analyser ----------------------------------------------------------

def bench_extract(count: int, rounds: int, profile: bool) -> None:
    from kiwipiepy import Kiwi

    from mougraph.extract import extract
    from mougraph.morph import analyser

    docs = articles(count, seed=11)
    texts = [a.text for a in docs]
    kiwi = Kiwi()
    # mougraph's own analyser may be configured leaner than Kiwi(): timed too, so the
    # like-for-like ratio is printed beside the one (vs bare Kiwi())
    configured = analyser()
    for a in docs[:5]:  # warm both (first calls allocate caches)
        kiwi.tokenize(a.text)
        configured.tokenize(a.text)
        extract(a)

    def bare() -> None:
        for text in texts:
            kiwi.tokenize(text)

    def bare_configured() -> None:
        for text in texts:
            configured.tokenize(text)

    def ours() -> None:
        for article in docs:
            extract(article)

    def ours_rdf() -> None:
        for article in docs:
            rdf.article_triples(extract(article))

    times: dict[str, list[float]] = {"kiwi": [], "kiwi-as-used": [], "extract": [],
                                     "extract+rdf": []}
    for _ in range(rounds):  # interleaved, so load from other users hits all alike
        for name, job in (("kiwi", bare), ("kiwi-as-used", bare_configured), ("extract", ours),
                          ("extract+rdf", ours_rdf)):
            gc.collect()
            start = time.perf_counter()
            job()
            times[name].append(time.perf_counter() - start)
    rates = {name: best_rate(count, runs) for name, runs in times.items()}
    spread = {name: max(runs) / min(runs) - 1 for name, runs in times.items()}
    chars = sum(map(len, texts)) / count
    say(f"1. extraction vs bare Kiwi().tokenize — {count} articles (mean {chars:.0f} chars), "
        f"best of {rounds} interleaved rounds")
    for name in times:
        say(f"   {name:<12} {rates[name]:8.1f} articles/s   (rounds spread {spread[name]:.0%})")
    ratio = rates["extract"] / rates["kiwi"]
    say(f"   ratio extract / kiwi       = {ratio:.2f}   (goal >= 0.5)")
    say(f"   ratio extract+rdf / kiwi   = {rates['extract+rdf'] / rates['kiwi']:.2f}")
    like = rates["extract"] / rates["kiwi-as-used"]
    say(f"   ratio extract / kiwi-as-used = {like:.2f}   (mougraph's own Kiwi configuration)")
    FIGURES["extract"] = {"articles": count, "rates": rates, "ratio": ratio,
                          "ratio_as_used": like, "spread": spread}
    if profile or ratio < 0.5:
        profile_extract(docs)


def profile_extract(docs: list[Article]) -> None:
    """Where extraction spends its time: inside Kiwi, and the top functions outside it."""
    from mougraph.extract import extract

    profiler = cProfile.Profile()
    profiler.enable()
    for article in docs:
        extract(article)
    profiler.disable()
    stats = pstats.Stats(profiler)
    entries = stats.stats  # type: ignore[attr-defined]
    total = sum(tt for _cc, _nc, tt, _ct, _callers in entries.values())

    def in_kiwi(func: tuple[str, int, str]) -> bool:
        return "kiwipiepy" in func[0] or "Kiwi." in func[2]

    # time inside Kiwi = cumulative time of Kiwi functions entered from outside Kiwi
    kiwi_time, kiwi_calls = 0.0, {}
    for func, (_cc, _nc, _tt, _ct, callers) in entries.items():
        if not in_kiwi(func):
            continue
        for caller, (_ccc, ncalls, _ctt, cct) in callers.items():
            if not in_kiwi(caller):
                kiwi_time += cct
                key = f"{func[2]} <- {Path(caller[0]).name}:{caller[2]}"
                kiwi_calls[key] = kiwi_calls.get(key, 0) + ncalls
    say(f"   profile (cProfile, {len(docs)} articles): {kiwi_time / total:.0%} of the time "
        "inside kiwipiepy; Kiwi calls per article:")
    for key, calls in sorted(kiwi_calls.items(), key=lambda kv: -kv[1]):
        say(f"     {calls / len(docs):6.1f}  {key}")
    say("   top functions outside Kiwi by own time:")
    own = sorted(((tt, func) for func, (_cc, _nc, tt, _ct, _c) in entries.items()
                  if not in_kiwi(func)), reverse=True)[:12]
    for tt, (file, line, name) in own:
        where = f"{Path(file).parent.name}/{Path(file).name}:{line}" if line else file
        say(f"     {tt / total:6.1%}  {name}  ({where})")
    FIGURES["profile"] = {"kiwi_share": kiwi_time / total,
                          "kiwi_calls_per_article": {k: v / len(docs)
                                                     for k, v in kiwi_calls.items()}}


# --- 2 and 3. the CLI: --jobs scaling and peak memory --------------------------------------

class PeakMemory:
    """Peak memory of a process and its descendants, sampled while it runs (Linux /proc).

    ``total`` sums PSS (shared pages split between the processes sharing them, so a
    parent and its workers are not double-counted); ``largest`` is the largest RSS of
    any one of them; ``main`` the RSS of the command's own process (the store's side);
    ``cpu`` the CPU seconds of all of them (each one's last sample: workers whose
    parent does not reap them, as ``--jobs 2``'s forkserver, escape ``RUSAGE_CHILDREN``).
    """

    def __init__(self, pid: int, every: float = 0.1) -> None:
        self.pid, self.every, self.total, self.largest, self.main = pid, every, 0, 0, 0
        self._ticks: dict[int, int] = {}
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._done.is_set():
            pids = list(_tree(self.pid))
            sizes = [_memory(pid) for pid in pids]
            self._ticks.update((pid, ticks) for pid in pids if (ticks := _cpu_ticks(pid)))
            self.total = max(self.total, sum(pss for pss, _rss in sizes))
            self.largest = max([self.largest] + [rss for _pss, rss in sizes])
            self.main = max(self.main, sizes[0][1])
            time.sleep(self.every)

    @property
    def cpu(self) -> float:
        return sum(self._ticks.values()) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> tuple[int, int, int]:
        self._done.set()
        self._thread.join()
        return self.total, self.largest, self.main


def _tree(pid: int) -> Iterator[int]:
    yield pid
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                for child in handle.read().split():
                    yield from _tree(int(child))
    except OSError:
        return


def _cpu_ticks(pid: int) -> int:
    """User + system clock ticks ``pid`` has used so far; 0 once it has gone."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rpartition(")")[2].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def _memory(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of ``pid`` in bytes; zeros once it has gone."""
    found = {"Pss:": 0, "Rss:": 0}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                key = line.split(maxsplit=1)[0]
                if key in found:
                    found[key] = int(line.split()[1]) * 1024
    except OSError:
        pass
    return found["Pss:"], found["Rss:"]


def run_cli(corpus: Path, out: Path, jobs: int) -> dict[str, float]:
    """``mougraph extract`` in a subprocess: wall time and peak memory.

    (Not ``ru_maxrss``: Linux carries it over from the forked copy of this process
    across exec, so it would report this benchmark's own memory.)
    """
    command = [str(Path(sys.executable).with_name("mougraph")), "extract", str(corpus),
               "--out", str(out), "--jobs", str(jobs)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watch = PeakMemory(process.pid) if sys.platform == "linux" else None
    error = process.stderr.read().decode() if process.stderr else ""
    process.wait()
    seconds = time.perf_counter() - start
    total, largest, main = watch.stop() if watch else (0, 0, 0)
    if process.returncode not in (0, 1):  # 1: some records were reported as problems
        raise SystemExit(f"{' '.join(command)} failed:\n{error}")
    return {"seconds": seconds, "total": total, "largest": largest, "main": main}


def bench_jobs(count: int, work: Path) -> None:
    corpus = generate.write_jsonl(work / f"jobs-{count}.jsonl", count, seed=21)
    runs: dict[int, list[float]] = {1: [], 2: []}
    for round_ in range(2):  # interleaved: 1, 2, 1, 2
        for jobs in (1, 2):
            out = work / f"jobs-out-{jobs}-{round_}"
            runs[jobs].append(run_cli(corpus, out, jobs)["seconds"])
    rate = {jobs: best_rate(count, times) for jobs, times in runs.items()}
    same = (work / "jobs-out-1-0" / "graph.trig").read_bytes() == \
        (work / "jobs-out-2-0" / "graph.trig").read_bytes()
    say(f"2. mougraph extract --jobs 1 vs --jobs 2 — {count} articles, whole command "
        "(Kiwi loading, store, graph.trig), best of 2 interleaved runs")
    for jobs in (1, 2):
        say(f"   --jobs {jobs}  {rate[jobs]:8.1f} articles/s   "
            f"(runs: {', '.join(f'{t:.1f}s' for t in runs[jobs])})")
    say(f"   speed-up --jobs 2 / --jobs 1 = {rate[2] / rate[1]:.2f}x   "
        f"(graph.trig identical: {'yes' if same else 'NO'})")
    FIGURES["jobs"] = {"articles": count, "rates": rate, "speedup": rate[2] / rate[1],
                       "identical": same, "cpus": os.cpu_count()}


def bench_rss(sizes: list[int], jobs: int, work: Path, many_orgs: bool = False) -> None:
    wide = ", 10k+ distinct organisations" if many_orgs else ""
    say(f"3. peak memory of mougraph extract --jobs {jobs} over generated .jsonl corpora{wide}")
    rows = []
    for count in sizes:
        corpus = generate.write_jsonl(work / f"rss-{count}{'w' if many_orgs else ''}.jsonl",
                                      count, seed=31, many_orgs=many_orgs)
        out = work / f"rss-out-{count}-{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        result = run_cli(corpus, out, jobs)
        rows.append({"articles": count, **result})
        mb = corpus.stat().st_size / 1e6
        say(f"   {count:>8} records ({mb:6.1f} MB)  {count / result['seconds']:7.1f} articles/s"
            f"   peak: all processes {result['total'] / 2**20:5.0f} MiB (PSS), "
            f"largest {result['largest'] / 2**20:4.0f} MiB, "
            f"main process {result['main'] / 2**20:4.0f} MiB (RSS)")
    growth = rows[-1]["total"] / rows[0]["total"] if rows[0]["total"] else 0
    say(f"   {sizes[-1] / sizes[0]:.0f}x the records -> {growth:.2f}x the peak RSS "
        "(flat memory: ~1.0x; limit 1.5 GB)")
    say("   (each process holding a Kiwi model takes ~0.5 GB of it: --jobs N costs ~N x 0.5 GB)")
    FIGURES[f"rss-jobs{jobs}"] = rows


# --- 4. SPARQL on >= 1M triples -------------------------------------------------------------

KINDS = {"local": OrgKind.LOCAL_GOVERNMENT, "university": OrgKind.UNIVERSITY,
         "company": OrgKind.COMPANY, "hospital": OrgKind.HOSPITAL,
         "association": OrgKind.ASSOCIATION, "agency": OrgKind.PUBLIC_AGENCY,
         "foreign": OrgKind.FOREIGN}


def truth(story: generate.Story) -> Extraction:
    """The extraction a perfect reader would make of ``story``: a realistic graph, no Kiwi."""
    article = Article(id=story.id, text=story.text, published=story.published,
                      publisher=story.publisher, title=story.title, source=story.id)
    if not story.signing:
        return Extraction(article, (), published=story.published, publisher=story.publisher)
    lead = next((line for line in story.text.splitlines() if "협약" in line and "체결" in line
                 or "맺었다" in line), story.title)
    start = story.text.find(lead)
    span = Span(start, start + len(lead), lead)
    parties = tuple(Organisation(p.name, (p.short,) if p.short else (), KINDS[p.kind],
                                 evidence=span) for p in story.parties)
    people = tuple(Person(p.person, p.title, p.name, evidence=span) for p in story.parties)
    agreement = Agreement(label=f"{story.parties[0].name} 외 {len(parties) - 1}개 기관 업무협약",
                          parties=parties, representatives=people,
                          areas=tuple(Area(a, evidence=span) for a in story.areas),
                          kind="업무협약", signed_on=story.signed_on, venue=story.venue,
                          evidence=span)
    return Extraction(article, (agreement,), published=story.published,
                      publisher=story.publisher)


def _load(store: Any, memory: Any, triples: int) -> tuple[int, int, dict[str, float]]:
    """Put generated articles into both until the store's union holds ``triples``."""
    stated = articles_loaded = 0
    load = {"store": 0.0, "rdflib": 0.0}
    for story in generate.stories(10**9, seed=41):
        graph = rdf.article_triples(truth(story))
        start = time.perf_counter()
        store.put(story.id, graph)
        middle = time.perf_counter()
        named = memory.graph(rdf.article_iri(story.id))
        named.addN((s, p, o, named) for s, p, o in graph)
        load["store"] += middle - start
        load["rdflib"] += time.perf_counter() - middle
        stated += len(graph)
        articles_loaded += 1
        if articles_loaded % 1000 == 0:
            print(f"   ... {articles_loaded} articles, {stated:,} triples stated",
                  file=sys.stderr, flush=True)
        if stated >= triples and articles_loaded % 500 == 0 or stated >= 2 * triples:
            if len(store) >= triples:  # distinct triples in the union: what queries see
                break
    start = time.perf_counter()
    store.flush()
    load["flush"] = time.perf_counter() - start
    # the signing layer the flush added (what signatories.rq counts) goes to rdflib too
    layer = memory.graph(rdf.SIGNINGS_GRAPH)
    layer.addN((s, p, o, layer) for s, p, o, g in store.quads() if g == rdf.SIGNINGS_GRAPH)
    return stated, articles_loaded, load


def bench_sparql(triples: int, work: Path, reuse: bool = False) -> None:
    from rdflib import Dataset

    from mougraph.store import Store

    memory = Dataset(default_union=True)
    rdf.bind_prefixes(memory)
    stated = articles_loaded = 0
    load = {"store": 0.0, "rdflib": 0.0}
    queries = sparql_queries()
    out = work / "sparql-out"
    reused = reuse and (out / "store").is_dir()
    with Store.open(out, create=True) as store:
        if reused:  # a store left by an earlier run with --work: rdflib gets the same quads
            start = time.perf_counter()
            for graph_name, quads in itertools.groupby(store.quads(), key=lambda q: q[3]):
                named = memory.graph(graph_name)
                before = len(named)
                named.addN((s, p, o, named) for s, p, o, _g in quads)
                stated += len(named) - before
            load["rdflib"] = time.perf_counter() - start
            articles_loaded, load["flush"] = len(store.article_ids()), 0.0
        else:
            stated, articles_loaded, load = _load(store, memory, triples)
        distinct = len(store)
        say(f"4. SPARQL top signatories over {distinct:,} distinct triples (the union; "
            f"{stated:,} stated in {articles_loaded:,} article graphs), best of 3 "
            "interleaved runs")
        if reused:
            say(f"   store reused from {out}; rdflib Dataset loaded from it in "
                f"{load['rdflib']:.0f} s")
        else:
            say(f"   load: store.put {load['store']:.0f} s + flush {load['flush']:.0f} s "
                f"(graph.trig, graph.ttl); rdflib Dataset {load['rdflib']:.0f} s")
        results = {}
        for label, sparql in queries.items():
            times: dict[str, list[float]] = {"store": [], "rdflib": []}
            answers: dict[str, list[tuple[str, int]]] = {}
            engines: dict[str, Callable[[str], Any]] = {"store": store.query,
                                                        "rdflib": memory.query}
            for _ in range(3):  # interleaved; the first run of each includes any warm-up
                for name, query in engines.items():
                    start = time.perf_counter()
                    rows = [(str(row[1]), int(row[2])) for row in query(sparql)]
                    times[name].append(time.perf_counter() - start)
                    answers[name] = rows
            best = {name: min(runs) for name, runs in times.items()}
            same = answers["store"] == answers["rdflib"]
            say(f"   {label}:  store {best['store'] * 1000:.0f} ms, rdflib "
                f"{best['rdflib'] * 1000:.0f} ms  -> store {best['rdflib'] / best['store']:.1f}x "
                f"faster  (goal >= 10x; same answer: {'yes' if same else 'NO'})")
            say(f"      runs ms: store {', '.join(f'{t * 1000:.0f}' for t in times['store'])}; "
                f"rdflib {', '.join(f'{t * 1000:.0f}' for t in times['rdflib'])}; top: "
                f"{answers['store'][0] if answers['store'] else None}")
            results[label] = {"best_s": best, "speedup": best["rdflib"] / best["store"],
                              "same_answer": same}
    FIGURES["sparql"] = {"triples": distinct, "stated": stated, "articles": articles_loaded,
                         "load_s": load, "queries": results}


# --- 5 to 7. the whole command on real text (bench/endtoend.py) -----------------------------

def _real_text(args: argparse.Namespace, work: Path) -> None:
    if not any(args.real_dir.glob("*.json")):
        if {"e2e", "scaling", "grow"} & set(args.only):
            say(f"5-7. skipped: no real articles (.json records) in {args.real_dir}")
        return
    if "e2e" in args.only:
        FIGURES["e2e"] = endtoend.bench_e2e(args.e2e_records, args.rounds, work,
                                            args.real_dir, say)
    if "scaling" in args.only:
        jobs = [int(j) for j in args.scaling_jobs.split(",")]
        FIGURES["scaling"] = endtoend.bench_scaling(args.scaling_records, jobs, work,
                                                    args.real_dir, say, PeakMemory)
    if "grow" in args.only:
        raw = None if args.grow_generated else args.real_dir
        FIGURES["grow"] = endtoend.bench_grow(args.grow_records, args.grow_add, args.rounds,
                                              work, raw, say)


# --- main -------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    every = ["extract", "jobs", "rss", "sparql", "e2e", "scaling", "grow", "views"]
    parser.add_argument("--only", nargs="+", choices=every, default=every)
    parser.add_argument("--articles", type=int, default=400,
                        help="articles for the extraction-vs-Kiwi comparison")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs-articles", type=int, default=2000,
                        help="articles for the --jobs 1 vs 2 comparison")
    parser.add_argument("--rss-sizes", default="5000,25000",
                        help="corpus sizes for peak RSS, comma-separated")
    parser.add_argument("--rss-jobs", default="2", help="worker counts, comma-separated")
    parser.add_argument("--many-orgs", action="store_true",
                        help="(rss) generated corpora with 10k+ distinct organisations")
    parser.add_argument("--e2e-records", type=int, default=1600,
                        help="(e2e) real and generated records compared with bare Kiwi")
    parser.add_argument("--scaling-records", type=int, default=1600)
    parser.add_argument("--scaling-jobs", default="1,2,4")
    parser.add_argument("--grow-records", type=int, default=4000,
                        help="(grow) records in the store that 100 new ones are added to")
    parser.add_argument("--grow-add", type=int, default=100)
    parser.add_argument("--grow-generated", action="store_true",
                        help="(grow) generated records with many organisations, not real ones")
    parser.add_argument("--views-records", type=int, default=2000,
                        help="(views) generated records in the store the views are run on")
    parser.add_argument("--views-jobs", type=int, default=2, help="(views) --jobs of extract")
    parser.add_argument("--views-limit", type=float, default=1800,
                        help="(views) stop a view command after this many seconds")
    parser.add_argument("--views-truth", action="store_true",
                        help="(views) put the records' true graphs into the store (no Kiwi) "
                        "instead of extracting them: a large store in minutes")
    parser.add_argument("--real-dir", type=Path, default=endtoend.DEV_RAW,
                        help="real articles (.json records): the first 40 are repeated")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--reuse-store", action="store_true",
                        help="(sparql) query the store an earlier run left in --work "
                        "instead of loading a new one (loading 1M triples takes minutes)")
    parser.add_argument("--profile", action="store_true",
                        help="profile extraction (always done when the ratio is < 0.5)")
    parser.add_argument("--quick", action="store_true",
                        help="tiny sizes, to check that the scripts run")
    parser.add_argument("--work", type=Path, help="folder for corpora and outputs "
                        "(default: a temporary one, removed afterwards)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.rounds, args.jobs_articles = 10, 1, 20
        args.rss_sizes, args.triples = "20,40", 3000
        args.e2e_records = args.scaling_records = 12
        args.grow_records, args.grow_add, args.scaling_jobs = 16, 4, "1,2"
        args.views_records, args.views_jobs = 12, 1
    sizes = [int(s) for s in args.rss_sizes.split(",")]

    import platform

    say(f"mougraph benchmarks — {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="mougraph-bench-") as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        if "extract" in args.only:
            bench_extract(args.articles, args.rounds, args.profile)
        if "jobs" in args.only:
            bench_jobs(args.jobs_articles, work)
        if "rss" in args.only:
            for jobs in (int(j) for j in args.rss_jobs.split(",")):
                bench_rss(sizes, jobs, work, args.many_orgs)
        if "sparql" in args.only:
            bench_sparql(args.triples, work, args.reuse_store)
        _real_text(args, work)
        if "views" in args.only:
            add = args.grow_add
            FIGURES["views"] = views.bench_views(args.views_records, add, args.views_jobs, work,
                                                 say, PeakMemory, args.views_limit,
                                                 truth if args.views_truth else None)
    say(f"load average at the end {os.getloadavg()[0]:.1f}")
    if args.json:
        args.json.write_text(json.dumps(FIGURES, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
