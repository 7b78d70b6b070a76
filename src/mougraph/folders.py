"""One output folder per graph: the built-in example never mixes with a user's articles.

``mougraph example`` writes the built-in article's graph, exports and pictures into its
folder (``output/`` by default, committed to the repository). A user who then extracts
their own articles into that same folder wants *their* graph, not 대전시's MOU mixed into
it, so:

- extracting into a folder that holds the built-in example and nothing else first removes
  what ``mougraph example`` wrote there (the store, ``graph.trig``/``graph.ttl``, the
  exports and pictures by their names; no other file), and the CLI says so in one line;
- ``mougraph example`` into a folder that holds other articles is refused.

What a folder holds is read from the article graph names in its ``graph.trig`` (streamed,
stopping at the first article that is not the example), so nothing is opened for writing.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from .errors import StoreError

EXAMPLE_ID = "daejeon-special-video-mou"
EXAMPLE_FILE = f"{EXAMPLE_ID}.txt"
_GRAPH_HEAD = re.compile(rb"^<https://w3id\.org/mougraph/id/article/([^>]*)> \{$")
_STEMS = ("graph", "organisations", "areas") + tuple(  # and their rules-only exports
    f"{stem}-rules" for stem in ("graph", "organisations", "areas"))
_ENDINGS = (".graphml", ".gexf", "-nodes.csv", "-edges.csv", ".json", ".png", ".svg", ".html")


def articles_in(out: Path, *, stop_after: int = 2) -> list[str] | None:
    """The ids of the first ``stop_after`` articles in ``out/graph.trig`` (None when the
    folder has no graph.trig: nothing written yet, or a run that never finished)."""
    trig = Path(out) / "graph.trig"
    if not trig.is_file():
        return None
    found: list[str] = []
    with trig.open("rb") as stream:
        for line in stream:
            match = _GRAPH_HEAD.match(line.rstrip(b"\r\n"))
            if match:
                found.append(match.group(1).decode("utf-8", "replace"))
                if len(found) >= stop_after:
                    break
    return found


def holds_only_example(out: Path) -> bool:
    return articles_in(out) == [EXAMPLE_ID]


def remove_example(out: Path) -> list[Path]:
    """Remove what ``mougraph example`` wrote into ``out`` (only when it holds nothing
    else); the paths removed."""
    if not holds_only_example(out):
        return []
    out = Path(out)
    removed = []
    store = out / "store"
    if store.is_dir():
        shutil.rmtree(store)
        removed.append(store)
    names = ["graph.trig", "graph.ttl", *(stem + end for stem in _STEMS for end in _ENDINGS)]
    for name in names:
        path = out / name
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def check_example_target(out: Path) -> None:
    """``StoreError`` when ``out`` holds articles other than the built-in example."""
    ids = articles_in(out)
    if ids and ids != [EXAMPLE_ID]:
        raise StoreError(f"{out}: holds articles of your own; the built-in example goes into "
                         f"a folder of its own (e.g. --out example-output)")
