"""Does Ctrl-C always end ``mougraph extract --jobs N``? Counts the runs that do not.

Runs the Ctrl-C test's generated corpus (tests/test_interrupt.py) with ``--jobs``, under
CPU load (busy Python loops), and sends SIGINT to the run's process group (as a terminal's
Ctrl-C does) at random moments: at the start (``start``: the first ``--start-window``
seconds, Python starting and the command loading), early (workers starting), mid-run,
twice in a row, and late (while the files are written). A run still alive ``--timeout``
seconds after the signal is a hang: every process of its group is dumped with py-spy (when
installed) into ``--work``, then the group is killed. Prints one line per trial and a tally.

``--entry script`` (default) runs the installed ``mougraph`` command (``mougraph.entry``);
``--entry module`` runs ``python -m mougraph.cli``, which loads the command with no
Ctrl-C handling of its own (how the console command started before the entry module).

    .venv/bin/python bench/interrupt.py --trials 40 --load 2 --work /tmp/me-intr
    .venv/bin/python bench/interrupt.py --modes start --trials 60 --entry module --work …
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_interrupt import article  # noqa: E402  (the test's generator: the same articles)

MODES = ("early", "mid", "double", "late")  # and "start", asked for with --modes
STARTUP = "PY-STARTUP"  # a traceback of Python starting up, before any mougraph code


def corpus(path: Path, numbers: range, longer: int) -> Path:
    """The test's articles, their middle lines ``longer`` times over (bigger results take
    longer to send back: more chances for Ctrl-C to catch a worker sending one)."""
    with path.open("w", encoding="utf-8") as handle:
        for number in numbers:
            record = article(number)
            lines = record["text"].split("\n")
            record["text"] = "\n".join(lines[:1] + lines[1:3] * longer + lines[3:])
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def group_members(pgid: int) -> list[int]:
    """The live processes of process group ``pgid`` (zombies excluded)."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry))
    return members


def lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except OSError:
        return 0


def wait_lines(path: Path, process: subprocess.Popen[bytes], count: int) -> None:
    while lines(path) < count and process.poll() is None:
        time.sleep(0.005)


def trial(number: int, mode: str, args: argparse.Namespace, rng: random.Random,
          inputs: dict[str, Path]) -> tuple[str, str]:
    """One run interrupted in ``mode``: (outcome, detail)."""
    out, log = args.work / f"out-{number}", args.work / f"stdout-{number}"
    shutil.rmtree(out, ignore_errors=True)
    source = inputs["big"] if mode == "late" else inputs["longer"]
    entry = [str(Path(sys.executable).with_name("mougraph"))] if args.entry == "script" \
        else [sys.executable, "-m", "mougraph.cli"]
    command = [*entry, "extract", str(source), "--jobs", str(args.jobs), "--out", str(out)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "TERM": "dumb"}
    with log.open("wb") as stdout:
        process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE, env=env,
                                   start_new_session=True)
    if mode == "start":
        time.sleep(rng.uniform(0.0, args.start_window))
    elif mode == "early":
        time.sleep(rng.uniform(0.0, 1.5))
    elif mode == "late":
        wait_lines(log, process, 80 - rng.randrange(3))
        time.sleep(rng.uniform(0.0, 0.3))
    else:
        wait_lines(log, process, rng.randrange(1, 300))
    signalled = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)
    if mode == "double":
        time.sleep(rng.uniform(0.0, 0.2))
        try:
            os.killpg(process.pid, signal.SIGINT)
        except ProcessLookupError:
            pass
    try:
        _, stderr = process.communicate(timeout=args.timeout)
    except subprocess.TimeoutExpired:
        dump(process.pid, args.work / f"hang-{number}.txt")
        os.killpg(process.pid, signal.SIGKILL)
        with (args.work / f"hang-{number}.txt").open("ab") as report:
            report.write(b"=== stderr\n" + process.communicate()[1])
        return "HANG", f"dump in {args.work / f'hang-{number}.txt'}"
    left = _leftovers(process.pid)
    if left:
        os.killpg(process.pid, signal.SIGKILL)
        return "LEFTOVER", f"processes {left} alive after the run ended"
    return outcome(process.returncode, stderr, time.monotonic() - signalled,
                   args.work / f"noisy-{number}.txt")


def outcome(code: int, stderr: bytes, ended: float, noisy: Path) -> tuple[str, str]:
    """How a run that ended ``ended`` seconds after the signal took it."""
    text = stderr.decode(errors="replace")
    last = (text.strip().splitlines() or [""])[-1]
    if code == 0:
        return "finished", f"before the signal ({ended:.1f} s)"
    if code == -signal.SIGINT and not text:
        return "unstarted", "killed by SIGINT before Python ran (nothing printed)"
    if "Traceback" in text:
        noisy.write_bytes(stderr)
        if "/mougraph/" not in text and "mougraph:" not in text:
            return STARTUP, f"exit {code}, Python's own traceback, before mougraph ({noisy.name})"
        if "mougraph:" not in text:
            return "IMPORTING", f"exit {code}, a traceback while the command loaded ({noisy.name})"
        return "NOISY", f"exit {code}, a traceback on stderr ({noisy.name})"
    if code == 130 and last.startswith("mougraph: interrupted"):
        return "ok", f"ended {ended:.1f} s after the signal"
    return "BAD-EXIT", f"exit {code}: {last[:160]}"


def _leftovers(pgid: int) -> list[int]:
    """Processes of the run's group still alive a few seconds after it ended."""
    deadline = time.monotonic() + 5
    while (left := group_members(pgid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def dump(pgid: int, path: Path) -> None:
    """py-spy's stacks of every process of the group (all threads), into ``path``."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    with path.open("w") as report:
        for pid in group_members(pgid):
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
            report.write(f"=== pid {pid}: {cmdline.decode(errors='replace')[:200]}\n")
            report.flush()
            subprocess.run([spy, "dump", "--pid", str(pid)], stdout=report,
                           stderr=subprocess.STDOUT, timeout=60, check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=40)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--load", type=int, default=2, help="busy Python loops meanwhile")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--longer", type=int, default=1,
                        help="articles this many times longer than the test's")
    parser.add_argument("--entry", choices=("script", "module"), default="script",
                        help="the mougraph command (script) or python -m mougraph.cli")
    parser.add_argument("--start-window", type=float, default=0.5,
                        help="mode start: Ctrl-C within this many seconds of the start")
    parser.add_argument("--work", type=Path, required=True)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    # a shell's background job (``cmd &`` without job control) ignores SIGINT, and so would
    # every run started from here: its Ctrl-C would be lost by design, not by a bug.
    # A handled signal is reset to the default in a child, an ignored one is inherited.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    inputs = {"big": corpus(args.work / "big.jsonl", range(80), args.longer),
              "longer": corpus(args.work / "longer.jsonl", range(2000), args.longer)}
    rng = random.Random(args.seed)
    modes = args.modes.split(",")
    load = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
            for _ in range(args.load)]
    tally: Counter[str] = Counter()
    try:
        for number in range(args.trials):
            mode = modes[number % len(modes)]
            outcome, detail = trial(number, mode, args, rng, inputs)
            tally[outcome] += 1
            print(f"{number:3d} {mode:6s} {outcome:8s} {detail}  load {os.getloadavg()[0]:.1f}",
                  flush=True)
    finally:
        for busy in load:
            busy.kill()
            busy.wait()
    print(json.dumps({"trials": args.trials, "jobs": args.jobs, "load": args.load,
                      "longer": args.longer, "entry": args.entry,
                      **dict(sorted(tally.items()))}))


if __name__ == "__main__":
    main()
