#!/usr/bin/env python3
"""Set up and run mougraph from a fresh clone with nothing but Python 3.11+.

    python3 dev.py run     # install into .venv, extract the built-in example into output/
    python3 dev.py test    # install into .venv (with test extras), run the whole test suite

Both are idempotent: the virtual environment is created once and reused.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
# System packages the browser test needs; installed only where apt-get and root are available.
BROWSER_PACKAGES = ["chromium", "fonts-noto-cjk"]


def sh(*cmd: str | Path) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT)


def install(extras: str = "") -> None:
    if not (BIN / "python").exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    target = f".[{extras}]" if extras else "."
    sh(BIN / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
       "-e", target)


def install_browser() -> None:
    """Headless Chromium for the interactive-HTML test (Debian packages)."""
    if shutil.which("chromium") or not shutil.which("apt-get") or os.geteuid() != 0:
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *BROWSER_PACKAGES], check=True, env=env)


def run() -> None:
    install()
    sh(BIN / "mougraph", "example", "--out", "output")


def test() -> None:
    install("test")
    install_browser()
    sh(BIN / "python", "-m", "pytest", "-q", *sys.argv[2:])


if __name__ == "__main__":
    commands = {"run": run, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]]()
