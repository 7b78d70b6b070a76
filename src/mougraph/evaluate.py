"""Score a mougraph graph against gold answers (the shared gold format).

A gold file ``NNN.json`` holds ``{"id", "signing", "signatories": [[canonical, alias…]…],
"areas": […], "representatives": [{"name", "title", "org"}…], "date", "venue"}`` (see the
evaluation guidelines). The graph is read with the SPARQL queries below, which follow
DATA-MODEL.md, and matched per article, one to one, then summed over all articles:

- signatories: a predicted organisation matches a gold one when any of its labels
  (``rdfs:label``, ``skos:altLabel``) equals any gold alias after ``norm`` (spaces,
  ㈜/(주)/주식회사, quotes dropped);
- areas: character-bigram Dice >= 0.6 between normalised labels;
- representatives: same normalised name and the person's organisation matches the gold
  organisation; titles are scored among matched people (one contains the other);
- date and venue: accuracy over the articles whose gold states them;
- agreements: an article with a predicted ``mou:Agreement`` vs. gold ``signing``.

These are the matching rules of the shared ``score.py``; on the same graph and gold the two
give the same numbers (tested).

Splits of the dev set (fixed, decided once; ``split``): ``heldout`` is the articles with a
numeric id from 101 to 335 divisible by 3 (102, 105, …, 333) — the never-read third whose
errors nobody looks at or tunes on; ``tune`` is every other article (ids 001-075 and the
ids 101-335 not divisible by 3); ``all`` is the whole gold folder.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import EXIT_USAGE, MougraphError
from .text import comparable

if TYPE_CHECKING:
    from .model import Extraction

FIELDS = ("agreements", "signatories", "areas", "representatives")
SPLITS = ("all", "tune", "heldout")
HELDOUT_IDS = range(101, 336)  # ids divisible by 3 in here are the held-out third

Q_AGREEMENTS = """
SELECT DISTINCT ?id ?ag ?date ?venue WHERE {
  ?ag a mou:Agreement ; prov:wasDerivedFrom ?art .
  ?art schema:identifier ?id .
  OPTIONAL { ?ag mou:signedOn ?date }
  OPTIONAL { ?ag mou:venue ?venue }
}"""

Q_SIGNATORIES = """
SELECT DISTINCT ?id ?org ?label WHERE {
  ?org mou:signs ?ag .
  ?ag prov:wasDerivedFrom ?art . ?art schema:identifier ?id .
  { ?org rdfs:label ?label } UNION { ?org skos:altLabel ?label }
}"""

Q_AREAS = """
SELECT DISTINCT ?id ?area ?label WHERE {
  ?ag mou:covers ?area ; prov:wasDerivedFrom ?art .
  ?art schema:identifier ?id .
  ?area rdfs:label ?label .
}"""

Q_REPRESENTATIVES = """
SELECT DISTINCT ?id ?p ?name ?title ?org ?orglabel WHERE {
  ?p mou:attended ?ag ; rdfs:label ?name .
  ?ag prov:wasDerivedFrom ?art . ?art schema:identifier ?id .
  OPTIONAL { ?p schema:jobTitle ?title }
  OPTIONAL { ?p mou:represents ?org .
             { ?org rdfs:label ?orglabel } UNION { ?org skos:altLabel ?orglabel } }
}"""


class EvalError(MougraphError):
    """A gold file cannot be read."""


class GoldFolderError(EvalError):
    """The gold folder does not exist, holds no gold files, or none in the chosen split."""

    exit_code = EXIT_USAGE


norm = comparable   # names, areas, titles and venues compared as score.py compares them


def bigrams(text: str) -> set[str]:
    t = norm(text)
    return {t[i: i + 2] for i in range(len(t) - 1)} or {t}


def dice(a: str, b: str) -> float:
    x, y = bigrams(a), bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def match(gold: list[Any], pred: list[Any], ok: Callable[[Any, Any], float]
          ) -> tuple[int, list[Any], list[Any]]:
    """Greedy one-to-one matching, best pairs first: (matched, gold left, predicted left)."""
    pairs = sorted(((ok(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                   key=lambda t: -t[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    for score, i, j in pairs:
        if score <= 0 or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
    return (len(used_g), [g for i, g in enumerate(gold) if i not in used_g],
            [p for j, p in enumerate(pred) if j not in used_p])


class Tally:
    def __init__(self) -> None:
        self.tp = self.gold = self.pred = 0

    def add(self, tp: int, gold: int, pred: int) -> None:
        self.tp += tp
        self.gold += gold
        self.pred += pred

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        r = self.tp / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _empty() -> dict[str, Any]:
    return {"agreement": False, "dates": set(), "venues": set(), "orgs": defaultdict(set),
            "areas": {}, "reps": {}}


def predictions(select: Callable[[str], Iterable[Any]]) -> dict[str, dict[str, Any]]:
    """What the graph says per article; ``select(sparql)`` yields rows with named fields."""
    arts: dict[str, dict[str, Any]] = defaultdict(_empty)
    for row in select(Q_AGREEMENTS):
        a = arts[str(row.id)]
        a["agreement"] = True
        if row.date is not None:
            a["dates"].add(str(row.date)[:10])
        if row.venue is not None:
            a["venues"].add(str(row.venue))
    for row in select(Q_SIGNATORIES):
        arts[str(row.id)]["orgs"][str(row.org)].add(str(row.label))
    for row in select(Q_AREAS):
        arts[str(row.id)]["areas"].setdefault(str(row.area), str(row.label))
    for row in select(Q_REPRESENTATIVES):
        rep = arts[str(row.id)]["reps"].setdefault(
            str(row.p), {"name": str(row.name), "title": "", "org": set()})
        if row.title is not None:
            rep["title"] = str(row.title)
        if row.orglabel is not None:
            rep["org"].add(str(row.orglabel))
    return arts


def predictions_of(extractions: Iterable[Extraction]) -> dict[str, dict[str, Any]]:
    """``predictions`` of extractions held in memory, with no store (the benches' A/B runs)."""
    from . import rdf  # here, not at the top: reading a store's answers needs no rdflib graph
    graph = rdf.to_dataset(extractions)
    graph.default_union = True   # the queries ask every article's graph at once
    return predictions(lambda q: graph.query(q, initNs=rdf.PREFIXES))


def is_heldout(article_id: str) -> bool:
    """Whether an article belongs to the held-out third of the dev set (see the module doc)."""
    if not (article_id.isascii() and article_id.isdigit()):
        return False
    return int(article_id) in HELDOUT_IDS and int(article_id) % 3 == 0


def in_split(article_id: str, split: str) -> bool:
    if split not in SPLITS:
        raise GoldFolderError(f"unknown split {split!r} (one of {', '.join(SPLITS)})")
    return split == "all" or is_heldout(article_id) == (split == "heldout")


def _gold_record(path: Path) -> dict[str, Any] | None:
    """The gold record in ``path``; None for JSON that is not gold (e.g. a raw article)."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalError(f"{path}: not a gold record ({exc.__class__.__name__})") from None
    if not isinstance(record, dict) or "signatories" not in record:
        return None
    if "id" not in record or not isinstance(record["signatories"], list):
        raise EvalError(f"{path}: not a gold record (no id, or signatories not a list)")
    return record


def load_gold(folder: Path, split: str = "all") -> dict[str, dict[str, Any]]:
    """The gold records in ``folder`` (``NNN.json`` with ``id`` and ``signatories``) whose
    article is in ``split``; a missing folder, or one without gold files, is an error."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldFolderError(f"{folder}: no such folder of gold files")
    gold: dict[str, dict[str, Any]] = {}
    for f in sorted(folder.glob("*.json")):
        record = _gold_record(f)
        if record is not None:
            gold[str(record["id"])] = record
    if not gold:
        raise GoldFolderError(f"{folder}: no gold files (NNN.json with \"id\" and "
                              "\"signatories\"; raw articles are not gold)")
    chosen = {aid: g for aid, g in gold.items() if in_split(aid, split)}
    if not chosen:
        raise GoldFolderError(f"{folder}: no gold files in the {split} split")
    return chosen


def _aliases_of(gold_article: dict[str, Any], name: str) -> set[str]:
    for group in gold_article.get("signatories", []):
        if norm(name) in {norm(x) for x in group}:
            return {norm(x) for x in group}
    return {norm(name)}


class Scoreboard:
    """Tallies and accuracy counts summed over articles, and one line per miss or extra."""

    def __init__(self) -> None:
        self.tally = {k: Tally() for k in FIELDS}
        self.counts = {k: [0, 0] for k in ("titles", "date_accuracy", "venue_accuracy")}
        self.errors: list[str] = []

    def hit(self, key: str, ok: bool) -> None:
        self.counts[key][0] += int(ok)
        self.counts[key][1] += 1

    def result(self, articles: int) -> dict[str, Any]:
        result: dict[str, Any] = {
            k: dict(zip(("precision", "recall", "f1"), (round(x, 3) for x in v.prf()),
                        strict=True))
            for k, v in self.tally.items()}
        for key, (ok, n) in self.counts.items():
            result[key] = round(ok / n, 3) if n else None
        result["articles"] = articles
        result["errors"] = self.errors
        return result


def _score_signatories(board: Scoreboard, aid: str, g: dict[str, Any], p: dict[str, Any]
                       ) -> None:
    gold_orgs = [{norm(x) for x in grp} for grp in g.get("signatories", [])]
    pred_orgs = [{norm(x) for x in labels} for labels in p["orgs"].values()]
    n, miss, extra = match(gold_orgs, pred_orgs, lambda a, b: float(bool(a & b)))
    board.tally["signatories"].add(n, len(gold_orgs), len(pred_orgs))
    board.errors += [f"{aid}: missed org {sorted(m)}" for m in miss]
    board.errors += [f"{aid}: extra org {sorted(e)}" for e in extra]


def _score_areas(board: Scoreboard, aid: str, g: dict[str, Any], p: dict[str, Any]) -> None:
    gold_areas = list(g.get("areas", []))
    pred_areas = list(p["areas"].values())
    n, miss, extra = match(gold_areas, pred_areas,
                           lambda a, b: d if (d := dice(a, b)) >= 0.6 else 0.0)
    board.tally["areas"].add(n, len(gold_areas), len(pred_areas))
    board.errors += [f"{aid}: missed area {m!r}" for m in miss]
    board.errors += [f"{aid}: extra area {e!r}" for e in extra]


def _score_representatives(board: Scoreboard, aid: str, g: dict[str, Any],
                           p: dict[str, Any]) -> None:
    gold_reps = list(g.get("representatives", []))
    pred_reps = list(p["reps"].values())

    def rep_ok(gr: dict[str, Any], pr: dict[str, Any]) -> float:
        if norm(gr["name"]) != norm(pr["name"]):
            return 0.0
        return float(bool(_aliases_of(g, gr["org"]) & {norm(x) for x in pr["org"]}))

    pairs = [(gr, pr) for gr in gold_reps for pr in pred_reps if rep_ok(gr, pr)]
    n, miss, extra = match(gold_reps, pred_reps, rep_ok)
    board.tally["representatives"].add(n, len(gold_reps), len(pred_reps))
    board.errors += [f"{aid}: missed person {m['name']} ({m['org']} {m.get('title', '')})"
                     for m in miss]
    board.errors += [f"{aid}: extra person {e['name']} ({sorted(e['org'])} {e['title']})"
                     for e in extra]
    seen: set[str] = set()
    for gr, pr in pairs:  # titles: among matched people, each gold name once
        if gr["name"] in seen:
            continue
        seen.add(gr["name"])
        gt, pt = norm(gr.get("title", "")), norm(pr["title"])
        board.hit("titles", bool(gt and pt and (gt in pt or pt in gt)))


def _score_date_venue(board: Scoreboard, aid: str, g: dict[str, Any], p: dict[str, Any]
                      ) -> None:
    if g.get("date"):
        board.hit("date_accuracy", g["date"] in p["dates"])
        if g["date"] not in p["dates"]:
            board.errors.append(f"{aid}: date {sorted(p['dates'])} != {g['date']}")
    if g.get("venue"):
        gv = norm(g["venue"])
        ok = any(gv in norm(v) or norm(v) in gv for v in p["venues"] if norm(v))
        board.hit("venue_accuracy", ok)
        if not ok:
            board.errors.append(f"{aid}: venue {sorted(p['venues'])} != {g['venue']!r}")


def score(pred: dict[str, dict[str, Any]], gold: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The scores, as a dict (``errors``: one line per miss or extra)."""
    board = Scoreboard()
    for aid, g in gold.items():
        p = pred.get(aid) or _empty()
        signing = bool(g.get("signing", True))
        board.tally["agreements"].add(int(signing and p["agreement"]), int(signing),
                                      int(p["agreement"]))
        if not p["agreement"] and signing:
            board.errors.append(f"{aid}: no agreement found")
        _score_signatories(board, aid, g, p)
        _score_areas(board, aid, g, p)
        _score_representatives(board, aid, g, p)
        if signing:
            _score_date_venue(board, aid, g, p)
    return board.result(len(gold))


def evaluate_output(out: Path, gold_dir: Path, split: str = "all") -> dict[str, Any]:
    """Score the store under ``out`` against the gold files in ``gold_dir`` of ``split``."""
    from .store import Store

    gold = load_gold(gold_dir, split)
    with Store.open_read_only(out) as store:
        return score(predictions(store.query), gold)


def evaluate_file(path: Path, gold_dir: Path, split: str = "all") -> dict[str, Any]:
    """Score an RDF file (.trig, .nq, .ttl, …) against the gold files in ``gold_dir`` of
    ``split``."""
    from rdflib import Dataset

    from .rdf import PREFIXES

    gold = load_gold(gold_dir, split)
    ds = Dataset(default_union=True)
    try:
        ds.parse(str(path))
    except Exception as exc:  # any parser failure: one line
        raise EvalError(f"{path}: cannot read ({exc.__class__.__name__})") from None
    return score(predictions(lambda q: ds.query(q, initNs=PREFIXES)), gold)


def summary_line(result: dict[str, Any]) -> str:
    line = " ".join(f"{k}_f1={result[k]['f1']:.3f}" for k in FIELDS)
    return f"articles={result['articles']} {line}"


def report(result: dict[str, Any], *, show_errors: bool = False) -> str:
    """The score table, as score.py prints it."""
    lines = list(result["errors"]) if show_errors else []
    lines.append(f"{'field':<16} {'P':>6} {'R':>6} {'F1':>6}")
    for k in FIELDS:
        r = result[k]
        lines.append(f"{k:<16} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}")
    for k in ("titles", "date_accuracy", "venue_accuracy"):
        lines.append(f"{k:<16} {result[k]}")
    lines.append(summary_line(result))
    return "\n".join(lines)
