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


# The invented story the gauges' tests rewrite: a headline and three paragraphs of one signing
PARAS = ["가람대학교·누리텍 업무협약",
         "가람대학교(총장 홍길동)와 누리텍은 5일 가람시청에서 업무협약을 체결했다고 밝혔다.",
         "양 기관은 청년 창업 지원과 현장실습에 협력하기로 했다.",
         "홍길동 총장은 \"지역과 함께 성장하겠다\"고 말했다."]


def added_text(text: str) -> str:
    """What a gauge added to the story: its text with the story's paragraphs taken out."""
    for p in PARAS:
        text = text.replace(p, "")
    return text
