"""The shape CONTRIBUTING.md promises a newcomer: cue words spelled once, in lexicons/cues.tsv;
no import cycle and no import hidden inside a function in extract/; no function over 60 lines."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from mougraph.extract import cues
from mougraph.lexicons import cue

EXTRACT = Path(__file__).resolve().parent.parent / "src" / "mougraph" / "extract"
# every module of extract/ and of its packages, by its dotted path in extract/ ("areas.prose";
# a package's own module is "areas.__init__", extract's is "__init__")
MODULES = {".".join(p.relative_to(EXTRACT).with_suffix("").parts): ast.parse(
    p.read_text(encoding="utf-8")) for p in sorted(EXTRACT.rglob("*.py"))}


def _strings(tree: ast.AST) -> list[str]:
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
            and isinstance(n.value, str)]


@pytest.mark.parametrize("family", ["agreement", "sign_verb", "ceremony", "adverb", "plan",
                                    "called_off"])
def test_no_module_spells_a_cue_family_itself(family: str) -> None:
    # three words of a family as alternatives of one pattern are a copy of the family (two
    # may be a different list that shares words: "서명|교환" among the signs of attendance)
    words = cue(family).split("|")

    def alternatives(pattern: str) -> int:
        return sum(bool(re.search(rf"(?:^|[|(:]){re.escape(w)}(?:$|[|)])", pattern))
                   for w in words)

    spelled = [(name, s) for name, tree in MODULES.items() for s in _strings(tree)
               if alternatives(s) >= 3]
    assert spelled == [], f"use cues.{family.upper()} instead of: {spelled}"


def test_a_cue_family_is_a_regex_alternation_of_its_words() -> None:
    pattern = re.compile(rf"(?:{cues.AGREEMENT})(?:을|를)")
    assert pattern.search("두 기관은 양해각서를 체결했다")
    assert pattern.search("두 기관은 양해 각서를 체결했다")     # optional spacing (cues.tsv)
    assert not pattern.search("두 기관은 양해  각서를 체결했다")
    assert pattern.search("MOU를 맺었다")
    assert not pattern.search("협력을 약속했다")


def _imports(name: str, tree: ast.Module) -> set[str]:
    """The modules of extract/ that module ``name`` imports when it is imported."""
    here = name.split(".")[:-1]   # the package the module sits in ([] for extract/ itself)
    out: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and 1 <= node.level <= len(here) + 1:
            base = here[: len(here) - node.level + 1]
            targets = [node.module] if node.module else [a.name for a in node.names]
            for target in targets:
                module = ".".join([*base, *target.split(".")])
                out.add(module if module in MODULES else f"{module}.__init__")
    return out & set(MODULES)


def test_extract_modules_import_each_other_without_a_cycle() -> None:
    graph = {name: _imports(name, tree) for name, tree in MODULES.items()}

    def reachable(start: str) -> set[str]:
        seen: set[str] = set()
        todo = list(graph[start])
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo += graph[name]
        return seen

    assert [name for name in graph if name in reachable(name)] == []


def test_no_extract_function_imports_a_sibling_lazily() -> None:
    lazy = [(name, fn.name) for name, tree in MODULES.items() for fn in ast.walk(tree)
            if isinstance(fn, ast.FunctionDef) for node in ast.walk(fn)
            if isinstance(node, ast.ImportFrom) and node.level >= 1]
    assert lazy == []


def test_no_extract_function_is_over_60_lines() -> None:
    long = [(name, fn.name, (fn.end_lineno or fn.lineno) - fn.lineno + 1)
            for name, tree in MODULES.items() for fn in ast.walk(tree)
            if isinstance(fn, ast.FunctionDef) and (fn.end_lineno or fn.lineno) - fn.lineno >= 60]
    assert long == []
