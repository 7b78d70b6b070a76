#!/usr/bin/env python3
"""Set up and run mougraph from a fresh clone with nothing but Python 3.11+.

    python3 dev.py run     # install into .venv, extract the built-in example into output/
    python3 dev.py test    # install into .venv (with test extras), run the whole test suite
    python3 dev.py train-people   # install into .venv, rebuild the learned people model
    python3 dev.py train-parties  # install into .venv, rebuild the learned party model

All are idempotent and quiet: one line per step; what the tools printed goes to
.venv/dev.log. Only what is missing is installed: the virtual environment once, the
Python packages again only when pyproject.toml changed. System packages (Chromium for
the browser test) are installed only when Chromium is absent, only as root with apt-get,
never upgrading an installed package: when installing it would upgrade any, nothing is
installed and the browser test is skipped.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
LOG = VENV / "dev.log"
# System packages the browser test needs; installed only where apt-get and root are available.
BROWSER_PACKAGES = ["chromium", "fonts-noto-cjk"]


def step(name: str, outcome: str) -> None:
    print(f"{name:<9} {outcome}", flush=True)


def logged(*cmd: str | Path, env: dict[str, str] | None = None) -> str:
    """Run ``cmd`` with its output appended to the log; raise with the log's name on failure."""
    LOG.parent.mkdir(parents=True, exist_ok=True)
    with LOG.open("a", encoding="utf-8") as log:
        log.write(f"\n$ {' '.join(str(c) for c in cmd)}   # {time.strftime('%F %T')}\n")
        log.flush()
        done = subprocess.run([str(c) for c in cmd], cwd=ROOT, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        log.write(done.stdout)
    if done.returncode:
        sys.exit(f"dev.py: '{' '.join(str(c) for c in cmd[:4])} …' failed "
                 f"(exit {done.returncode}); see {LOG}")
    return done.stdout


def install(extras: str = "") -> None:
    if not (BIN / "python").exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
        step("venv", f"created {VENV.name}")
    else:
        step("venv", f"{VENV.name} present")
    # a stamp of what was installed: pip runs again only when pyproject.toml or the extras
    # changed (or the install was never finished)
    stamp = VENV / f".installed{('-' + extras) if extras else ''}"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.is_file() and stamp.read_text() == wanted:
        step("packages", "up to date (pyproject.toml unchanged)")
        return
    target = f".[{extras}]" if extras else "."
    logged(BIN / "python", "-m", "pip", "install", "--disable-pip-version-check",
           "-e", target)
    stamp.write_text(wanted)
    step("packages", f"installed mougraph{f'[{extras}]' if extras else ''} and its "
         f"dependencies (details in {LOG.relative_to(ROOT)})")


def install_browser() -> None:
    """Headless Chromium for the interactive-HTML test (Debian packages), if it can be had
    without upgrading anything already installed."""
    if shutil.which("chromium"):
        step("browser", "chromium present")
        return
    if not shutil.which("apt-get") or os.geteuid() != 0:
        os.environ["MOUGRAPH_NO_BROWSER"] = "no apt-get as root to install chromium"
        step("browser", "no chromium (and no apt-get as root): the browser test is skipped")
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    logged("apt-get", "update", "-qq", env=env)
    install = ["apt-get", "install", "-y", "--no-upgrade", "--no-install-recommends",
               *BROWSER_PACKAGES]
    plan = logged(*install, "--simulate", env=env)
    new, upgrades = planned(plan)
    if upgrades:
        os.environ["MOUGRAPH_NO_BROWSER"] = "installing chromium would upgrade system packages"
        step("browser", f"not installed: chromium would upgrade {len(upgrades)} system "
             f"packages ({', '.join(upgrades[:4])}{', …' if len(upgrades) > 4 else ''}); "
             "the browser test is skipped")
        return
    logged(*install, env=env)
    step("browser", f"installed chromium ({len(new)} new packages, none upgraded)")


def planned(simulation: str) -> tuple[list[str], list[str]]:
    """(packages new to the machine, installed packages that would be upgraded) in the
    output of ``apt-get install --simulate``: ``Inst libudev1 [252.17-1] (252.30-1 …)``
    names the installed version in brackets, a new package has none."""
    new, upgrades = [], []
    for line in simulation.splitlines():
        if line.startswith("Inst "):
            name = line.split()[1]
            (upgrades if "[" in line.split(" (")[0] else new).append(name)
    return new, upgrades


def run() -> None:
    install()
    logged(BIN / "mougraph", "example", "--out", "output")
    step("example", "output/ rewritten from the built-in example")


def test() -> None:
    install("test,dask,serve")
    install_browser()
    step("test", "pytest -q " + " ".join(sys.argv[2:]))
    started = time.monotonic()
    code = subprocess.run([str(BIN / "python"), "-m", "pytest", "-q", *sys.argv[2:]],
                          cwd=ROOT).returncode
    step("test", f"exit {code} after {time.monotonic() - started:.0f} s")
    sys.exit(code)


def train_people() -> None:
    """Rebuild src/mougraph/models/people.crfsuite from tests/corpus (the same bytes when
    neither changed: tests/test_people_learned.py checks it)."""
    install()
    out = logged(BIN / "python", "-m", "mougraph.extract.people.train")
    step("train", out.strip().splitlines()[-1])


def train_parties() -> None:
    """Rebuild src/mougraph/models/parties.json from tests/corpus (the same bytes when
    neither it nor the rules changed: tests/test_parties_learned.py checks it)."""
    install()
    out = logged(BIN / "python", "-m", "mougraph.extract.parties.train")
    step("train", out.strip().splitlines()[-1])


if __name__ == "__main__":
    commands = {"run": run, "test": test, "train-people": train_people,
                "train-parties": train_parties}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]]()
