"""The whole command on real article text: ``bench/run.py --only e2e scaling grow``.

5. e2e      CPU seconds of ``mougraph extract --jobs 1`` vs a bare-Kiwi script (load Kiwi,
            one ``tokenize`` per article) on the same records, rounds interleaved; on the
            dev set's first 40 articles repeated to N records (read from
            ``../shared/eval/dev/raw`` at run time, never copied) and on the generator's.
6. scaling  wall time of ``--jobs 1/2/4`` on the real records; outputs compared byte for byte.
7. grow     a store of N records: the same N again (unchanged records are not extracted),
            100 new records added to it vs to an empty store (CPU seconds, medians).

CPU is the user+system time of the command and every process under it (workers
included: ``RUSAGE_CHILDREN`` of this process, which reaps them all), so it does not
depend on how busy the machine is the way wall time does; the ratios are what to read.
"""
from __future__ import annotations

import json
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import generate

HERE = Path(__file__).resolve().parent
DEV_RAW = HERE.parent.parent / "shared" / "eval" / "dev" / "raw"
BARE_KIWI = """
import json, sys
from kiwipiepy import Kiwi
kiwi = Kiwi()
for line in open(sys.argv[1], encoding="utf-8"):
    kiwi.tokenize(json.loads(line)["text"])
"""


def real_corpus(path: Path, count: int, raw: Path = DEV_RAW) -> Path:
    """The first 40 dev articles repeated to ``count`` records (ids made unique)."""
    files = sorted(raw.glob("*.json"))[:40]
    if not files:
        raise SystemExit(f"no dev articles under {raw} (--real-dir)")
    records = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            record = dict(records[number % len(records)], id=f"r{number:07d}")
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def measure(command: list[str], watch: Any = None, limit: float | None = None
            ) -> dict[str, float]:
    """Run ``command``: CPU seconds (it and all under it), wall seconds, peak PSS.

    ``limit``: kill it after that many wall seconds (SystemExit says so).
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = watch(process.pid) if watch else None
    timer = threading.Timer(limit, process.kill) if limit else None
    if timer:
        timer.start()
    error = process.stderr.read().decode() if process.stderr else ""
    process.wait()
    if timer:
        timer.cancel()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode not in (0, 1):
        if peak:
            peak.stop()
        why = f"killed after {limit:.0f} s" if process.returncode == -9 and limit else "failed"
        raise SystemExit(f"{' '.join(command)} {why}:\n{error}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    total = peak.stop()[0] if peak else 0
    if peak:  # workers a forkserver left unreaped are only seen by the sampler
        cpu = max(cpu, peak.cpu)
    return {"cpu": cpu, "wall": wall, "pss": total}


def mougraph(corpus: Path, out: Path, jobs: int = 1) -> list[str]:
    return [str(Path(sys.executable).with_name("mougraph")), "extract", str(corpus),
            "--out", str(out), "--jobs", str(jobs)]


def bench_e2e(count: int, rounds: int, work: Path, raw: Path, say: Any) -> dict[str, Any]:
    corpora = {"real": real_corpus(work / f"real-{count}.jsonl", count, raw),
               "generated": generate.write_jsonl(work / f"gen-{count}.jsonl", count, seed=5)}
    say(f"5. mougraph extract --jobs 1 vs bare Kiwi (load + one tokenize per article), "
        f"CPU seconds, {count} records each, median of {rounds} interleaved rounds")
    figures = {}
    for name, corpus in corpora.items():
        cpu: dict[str, list[float]] = {"kiwi": [], "mougraph": []}
        for round_ in range(rounds):
            cpu["kiwi"].append(measure([sys.executable, "-c", BARE_KIWI, str(corpus)])["cpu"])
            out = work / f"e2e-{name}-{round_}"
            shutil.rmtree(out, ignore_errors=True)
            cpu["mougraph"].append(measure(mougraph(corpus, out))["cpu"])
        kiwi, ours = statistics.median(cpu["kiwi"]), statistics.median(cpu["mougraph"])
        say(f"   {name:<9} bare Kiwi {kiwi:6.1f} s   mougraph extract {ours:6.1f} s   "
            f"ratio {kiwi / ours:.2f}  (goal >= 0.8; rounds: kiwi "
            f"{', '.join(f'{c:.1f}' for c in cpu['kiwi'])}; mougraph "
            f"{', '.join(f'{c:.1f}' for c in cpu['mougraph'])})")
        figures[name] = {"kiwi_cpu": kiwi, "mougraph_cpu": ours, "ratio": kiwi / ours}
    return figures


def bench_scaling(count: int, jobs_list: list[int], work: Path, raw: Path,
                  say: Any, watch: Any) -> dict[str, Any]:
    corpus = real_corpus(work / f"real-{count}.jsonl", count, raw)
    say(f"6. mougraph extract --jobs {'/'.join(map(str, jobs_list))} on {count} real records "
        "(wall seconds; peak PSS of all processes)")
    runs = {}
    for jobs in jobs_list:
        out = work / f"scale-{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        runs[jobs] = measure(mougraph(corpus, out, jobs), watch)
    base = runs[jobs_list[0]]["wall"]
    first = (work / f"scale-{jobs_list[0]}" / "graph.trig").read_bytes()
    for jobs, run in runs.items():
        same = (work / f"scale-{jobs}" / "graph.trig").read_bytes() == first
        cpu = f"cpu {run['cpu']:6.1f} s" if jobs == 1 else "(workers' cpu not counted)"
        say(f"   --jobs {jobs}  wall {run['wall']:6.1f} s  {cpu}  "
            f"speed-up {base / run['wall']:.2f}x  peak {run['pss'] / 2**20:5.0f} MiB  "
            f"graph.trig identical: {'yes' if same else 'NO'}")
    return {str(j): {**r, "speedup": base / r["wall"]} for j, r in runs.items()}


def split(whole: Path, count: int) -> tuple[Path, Path]:
    """The first ``count`` records of ``whole``, and the rest (new ids)."""
    lines = whole.read_text(encoding="utf-8").splitlines(keepends=True)
    head, tail = whole.with_suffix(".head.jsonl"), whole.with_suffix(".tail.jsonl")
    head.write_text("".join(lines[:count]), encoding="utf-8")
    tail.write_text("".join(lines[count:]), encoding="utf-8")
    return head, tail


def bench_grow(count: int, add: int, rounds: int, work: Path, raw: Path | None,
               say: Any) -> dict[str, Any]:
    """``raw``: real records from there; None: generated, with 10k+ distinct organisations."""
    kind = "real" if raw else "generated (many organisations)"
    whole = work / f"grow-{count}-{add}.jsonl"
    if raw:
        real_corpus(whole, count + add, raw)
    else:
        generate.write_jsonl(whole, count + add, seed=9, many_orgs=True)
    corpus, extra = split(whole, count)
    store = work / "grow-store"
    shutil.rmtree(store, ignore_errors=True)
    first = measure(mougraph(corpus, store))["cpu"]
    again = [measure(mougraph(corpus, store))["cpu"] for _ in range(rounds)]
    to_big, to_empty = [], []
    for round_ in range(rounds):  # interleaved, each on a fresh copy
        big, empty = work / f"grow-big-{round_}", work / f"grow-empty-{round_}"
        shutil.rmtree(big, ignore_errors=True)
        shutil.rmtree(empty, ignore_errors=True)
        shutil.copytree(store, big)
        to_big.append(measure(mougraph(extra, big))["cpu"])
        to_empty.append(measure(mougraph(extra, empty))["cpu"])
    rerun, big, empty = (statistics.median(x) for x in (again, to_big, to_empty))
    say(f"7. a growing store of {count} {kind} records (CPU seconds, medians of {rounds})")
    say(f"   first run {first:6.1f} s;  the same {count} records again {rerun:5.1f} s "
        f"= {rerun / first:.1%} of the first (goal <= 10%)")
    say(f"   {add} new records: into the {count}-record store {big:5.1f} s, into an empty "
        f"store {empty:5.1f} s  -> {big / empty:.2f}x (goal <= 1.5x)")
    return {"records": count, "added": add, "first_cpu": first, "rerun_cpu": rerun,
            "rerun_share": rerun / first, "add_to_store_cpu": big, "add_to_empty_cpu": empty,
            "add_ratio": big / empty}
