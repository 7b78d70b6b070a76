"""A large store and every view over it: ``bench/run.py --only views --views-records N``.

8. views    N generated records with many distinct organisations (``generate.py
            --many-orgs``) extracted into one store (``--jobs J``); the same N again
            (unchanged records are skipped); 100 new records added to that store vs to an
            empty one (CPU); then each view command over the grown store: CPU and wall
            seconds and the peak PSS of the whole process tree, one command at a time.

The store is kept in ``--work`` (``views-store``), so its graph can be looked at after.
With ``truth`` (``run.py --views-truth``) the first N go into the store without Kiwi: each
record's perfect-reader graph (``run.truth``) is put with the record's hash, in this
process, as the CLI would store its extraction, so the re-run still skips them; the
re-run, the 100 new records and the views are the CLI's, as above.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import endtoend
import generate

FORMATS = ("gexf", "graphml", "csv")
VIEWS = ("organisations", "areas", "full")


def view_commands(out: Path, first: str, second: str) -> list[tuple[str, list[str]]]:
    """(name, arguments) of each view command: one of each kind first (on a large store
    a run cut short has measured every kind), then the other views and formats."""
    where = ["--out", str(out)]
    exports = [(f"export --format {fmt} --view {view}",
                ["export", "--format", fmt, "--view", view, *where])
               for view in VIEWS for fmt in FORMATS]
    return [("query signatories", ["query", "signatories", "--timeout", "0", *where]),
            ("query signings", ["query", "signings", "--timeout", "0", *where]),
            exports[0],
            ("network --top 10", ["network", "--top", "10", *where]),
            (f"partners {first}", ["partners", first, *where]),
            (f"path {first} {second}", ["path", first, second, *where]),
            ("viz", ["viz", *where]),
            ("viz --format html", ["viz", "--format", "html", *where]),
            *exports[1:]]


def _cli() -> str:
    return str(Path(sys.executable).with_name("mougraph"))


def top_two(out: Path) -> tuple[str, str]:
    """The two organisations in the most signings (for ``partners`` and ``path``)."""
    answer = subprocess.run([_cli(), "query", "signatories", "--format", "csv", "--timeout",
                             "0", "--out", str(out)], capture_output=True, text=True, check=True)
    names = [row["name"] for row in csv.DictReader(io.StringIO(answer.stdout))]
    return (names + ["-", "-"])[0], (names + ["-", "-"])[1]


def load_truth(corpus: Path, count: int, out: Path, truth: Callable[..., Any]
               ) -> dict[str, float]:
    """Put each record of ``corpus`` (the first ``count`` of ``generate``'s seed 17) into
    the store at ``out`` as its perfect reader's graph, with the hash ``extract`` keeps."""
    from mougraph import rdf
    from mougraph.model import Article
    from mougraph.pipeline import record_hash
    from mougraph.sources import read_inputs
    from mougraph.store import Store

    before, start = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    stories = generate.stories(count, seed=17, many_orgs=True)
    with Store.open(out, create=True) as store:
        for article, story in zip(read_inputs([corpus]), stories, strict=True):
            assert isinstance(article, Article) and article.id == story.id
            extraction = dataclasses.replace(truth(story), article=article)
            store.put(article.id, rdf.article_graph(extraction), source=record_hash(article))
        store.flush()
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return {"cpu": cpu, "wall": time.perf_counter() - start, "pss": 0}


def _grow(count: int, add: int, jobs: int, work: Path, say: Any, watch: Any,
          truth: Callable[..., Any] | None) -> dict[str, Any]:
    """The first run, the re-run and add-``add`` (to the store, to an empty one)."""
    whole = generate.write_jsonl(work / f"views-{count}-{add}.jsonl", count + add, seed=17,
                                 many_orgs=True)
    corpus, extra = endtoend.split(whole, count)
    store, empty = work / "views-store", work / "views-empty"
    for folder in (store, empty):
        shutil.rmtree(folder, ignore_errors=True)
    if truth:
        first = load_truth(corpus, count, store, truth)
        say(f"   {count} records' true graphs put into the store (no Kiwi, in this process): "
            f"cpu {first['cpu']:7.1f} s, wall {first['wall']:7.1f} s")
    else:
        first = endtoend.measure(endtoend.mougraph(corpus, store, jobs), watch)
        say(f"   first run: {count} records, cpu {first['cpu']:7.1f} s, wall "
            f"{first['wall']:7.1f} s, peak {first['pss'] / 2**20:5.0f} MiB")
    again = endtoend.measure(endtoend.mougraph(corpus, store, jobs), watch)
    say(f"   the same {count} again: cpu {again['cpu']:6.1f} s = {again['cpu'] / first['cpu']:.1%}"
        f" of the first, wall {again['wall']:6.1f} s, peak {again['pss'] / 2**20:5.0f} MiB")
    to_empty = endtoend.measure(endtoend.mougraph(extra, empty, jobs), watch)
    to_store = endtoend.measure(endtoend.mougraph(extra, store, jobs), watch)
    ratio = to_store["cpu"] / to_empty["cpu"]
    say(f"   {add} new records: into the store cpu {to_store['cpu']:5.1f} s (wall "
        f"{to_store['wall']:5.1f} s, peak {to_store['pss'] / 2**20:4.0f} MiB), into an empty "
        f"store cpu {to_empty['cpu']:5.1f} s -> {ratio:.2f}x (one run each)")
    return {"first": first, "truth": bool(truth), "rerun": again,
            "rerun_share": again["cpu"] / first["cpu"],
            "add_to_store": to_store, "add_to_empty": to_empty, "add_ratio": ratio}


def bench_views(count: int, add: int, jobs: int, work: Path, say: Any, watch: Any,
                limit: float | None = None, truth: Callable[..., Any] | None = None
                ) -> dict[str, Any]:
    say(f"8. a store of {count} generated records (many organisations), --jobs {jobs}: "
        "growth, then each view command (CPU and wall seconds, peak PSS of all processes)")
    figures = _grow(count, add, jobs, work, say, watch, truth)
    store = work / "views-store"
    first, second = top_two(store)
    runs: dict[str, Any] = {}
    for name, arguments in view_commands(store, first, second):
        try:
            run = endtoend.measure([_cli(), *arguments], watch, limit)
        except SystemExit as stopped:
            lines = str(stopped).splitlines()
            reason = lines[0][len(" ".join([_cli(), *arguments])):].strip(" :")
            reason += f" ({lines[-1].strip()})" if len(lines) > 1 else ""
            say(f"   {name:<44} did not finish: {reason}")
            runs[name] = {"failed": reason}
            continue
        runs[name] = run
        say(f"   {name:<44} cpu {run['cpu']:7.1f} s  wall {run['wall']:7.1f} s  "
            f"peak {run['pss'] / 2**20:6.0f} MiB")
    size = sum(f.stat().st_size for f in (store / "store").rglob("*") if f.is_file())
    say(f"   store: {size / 2**20:.0f} MiB on disk for {count + add} records")
    return {**figures, "records": count, "added": add, "jobs": jobs, "views": runs,
            "store_bytes": size}
