"""The scripts under bench/, loaded as modules for the tests that check what they write."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench"


def load(script: str, name: str | None = None) -> ModuleType:
    """bench/SCRIPT.py as the module NAME (default SCRIPT; another name where SCRIPT is also a
    module of Python's or ours: dates, format). The scripts import each other (renamed.py's
    runner, noisy.py's name pools), so bench/ goes on the path first."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    name = name or script
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{script}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
