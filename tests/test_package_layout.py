"""The shape of the whole package (tests/test_extract_layout.py holds extract/'s own rules):
no function over 60 lines, and modules that import each other without a cycle."""
from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "mougraph"


def _module_name(path: Path) -> str:
    parts = ("mougraph", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


SOURCES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
TREES = {name: ast.parse(p.read_text(encoding="utf-8")) for name, p in SOURCES.items()}

# Cycles closed only by an import inside a function (or under TYPE_CHECKING), with why
# each is still there; the test fails when one goes away too, so that this list stays true.
KNOWN_LAZY_CYCLES = {
    # the store runs the SPARQL guard that lives in query.py, which opens the store
    frozenset({"mougraph.query", "mougraph.store"}),
    # the pipeline hands a run to the cluster, whose workers run the pipeline's extraction
    frozenset({"mougraph.cluster", "mougraph.pipeline"}),
}


def test_no_function_in_mougraph_is_over_60_lines() -> None:
    long = [(name, fn.name, (fn.end_lineno or fn.lineno) - fn.lineno + 1)
            for name, tree in TREES.items() for fn in ast.walk(tree)
            if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef)
            and (fn.end_lineno or fn.lineno) - fn.lineno >= 60]
    assert long == []


def _imported(name: str, nodes: list[ast.stmt] | list[ast.AST]) -> set[str]:
    """The package's modules that these statements of module ``name`` import."""
    package = name if SOURCES[name].name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names} & set(SOURCES)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            submodules = {f"{base}.{a.name}" for a in node.names} & set(SOURCES)
            out |= submodules
            # "from . import a, b" of submodules does not run the package's own code again
            if base in SOURCES and not (node.module is None and len(submodules) == len(node.names)):
                out.add(base)
    return out - {name}


def _cycles(imports: dict[str, set[str]]) -> set[frozenset[str]]:
    """The groups of modules that reach each other (strongly connected, two or more)."""
    graph = nx.DiGraph([(name, other) for name, others in imports.items() for other in others])
    return {frozenset(group) for group in nx.strongly_connected_components(graph)
            if len(group) > 1}


def test_mougraph_modules_import_each_other_without_a_cycle() -> None:
    on_import = {name: _imported(name, tree.body) for name, tree in TREES.items()}
    assert _cycles(on_import) == set()


def test_the_cycles_closed_by_lazy_imports_are_the_known_ones() -> None:
    anywhere = {name: _imported(name, list(ast.walk(tree))) for name, tree in TREES.items()}
    assert _cycles(anywhere) == KNOWN_LAZY_CYCLES
