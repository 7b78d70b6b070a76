"""SPARQL over the store: ad-hoc queries and the named queries shipped as ``queries/*.rq``.

A named query is a ``.rq`` file whose first comment line says what it answers; lines
``# param NAME: meaning`` declare parameters, written ``$NAME`` in the query and given as
``--param NAME=value`` (substituted as a string literal, so a value cannot inject SPARQL).
The prefixes of DATA-MODEL.md (mou, mgd, org, schema, prov, skos, rdfs, xsd, owl) are
predeclared. Queries are read-only: ``refuse_unsafe`` decides on the parsed query, and
SPARQL Update, ``LOAD`` and federated ``SERVICE`` are refused with a ``QueryError``.
"""
from __future__ import annotations

import csv
import difflib
import io
import json
import multiprocessing
import re
import signal
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from .errors import MougraphError, QueryError, StoreNotice
from .rdf import NAMESPACES, PREFIXES, bind_prefixes
from .tables import format_rows

FORMATS = ("table", "csv", "json")
DEFAULT_TIMEOUT = 60.0  # seconds a query may run (``mougraph query --timeout``)
_PARAM_LINE = re.compile(r"#\s*param\s+(\w+)\s*:\s*(.+)")
_PLACEHOLDER = re.compile(r"\$([A-Za-z_]\w*)")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: Mapping[str, str]   # name -> meaning
    text: str


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """The queries shipped with mougraph, by name (file stem), sorted."""
    found: dict[str, NamedQuery] = {}
    folder = files("mougraph").joinpath("queries")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            query = parse_named(entry.name[:-3], entry.read_text(encoding="utf-8"))
            found[query.name] = query
    return found


def parse_named(name: str, text: str) -> NamedQuery:
    comments = [line.strip() for line in text.splitlines() if line.strip().startswith("#")]
    params = {m.group(1): m.group(2).strip() for c in comments if (m := _PARAM_LINE.match(c))}
    description = next((c.lstrip("# ").strip() for c in comments
                        if not _PARAM_LINE.match(c)), "")
    return NamedQuery(name, description, params, text)


def bind_params(text: str, params: Mapping[str, str]) -> str:
    """Replace each ``$NAME`` with the given value as a SPARQL string literal."""
    wanted = set(_PLACEHOLDER.findall(_strip_strings(text)))
    missing = sorted(wanted - set(params))
    if missing:
        raise QueryError("missing --param " + ", ".join(f"{m}=VALUE" for m in missing))
    unknown = sorted(set(params) - wanted)
    if unknown:
        raise QueryError("the query has no parameter " + ", ".join(unknown))
    return _PLACEHOLDER.sub(lambda m: _literal(params[m.group(1)]), text)


def _strip_strings(text: str) -> str:
    return re.sub(r'"(?:[^"\\\n]|\\.)*"|#[^\n]*', "", text)


def _literal(value: str) -> str:
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"')
               .replace("\n", "\\n").replace("\r", "\\r"))
    return f'"{escaped}"'


def resolve_query(query: str | None = None, *, file: Path | None = None,
                  params: Mapping[str, str] | None = None) -> str:
    """The SPARQL to run: a named query, a file, or the text itself; params bound."""
    params = dict(params or {})
    if file is not None:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{file}: cannot read ({exc.__class__.__name__})") from None
    elif query is None or not query.strip():
        raise QueryError("give a SPARQL query, --file Q.rq or a named query (see --list)")
    elif query.strip() in named_queries():
        text = named_queries()[query.strip()].text
    elif re.fullmatch(r"[\w-]+", query.strip()):
        names = ", ".join(named_queries())
        raise QueryError(f"no named query {query.strip()!r} (there are: {names})")
    else:
        text = query
    return bind_params(text, params) if (params or _PLACEHOLDER.search(_strip_strings(text))) \
        else text


def run(out: Path, sparql: str, *, timeout: float | None = DEFAULT_TIMEOUT) -> Result:
    """Run a read-only query over the store in ``out``; ``QueryError`` if it is not one.

    The query runs in a child process (a fork: a few milliseconds), killed when it has
    run ``timeout`` seconds (None or 0: no limit) or when Ctrl-C (``KeyboardInterrupt``)
    reaches this process: Oxigraph does not look at signals while it evaluates, so a
    runaway query in this process could be stopped only by killing it.
    """
    refuse_unsafe(sparql)
    if "fork" not in multiprocessing.get_all_start_methods():
        return _run_here(out, sparql)  # no cheap child process here (Windows)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_answer, args=(sender, out, sparql), daemon=True)
    child.start()
    sender.close()
    try:
        return _receive(receiver, child, timeout)
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()  # a timeout, Ctrl-C or any error here: the query stops now
        child.join()


def _run_here(out: Path, sparql: str) -> Result:
    from .store import Store

    with Store.open_read_only(out) as store:
        try:
            return store.query(sparql)
        except QueryError as exc:
            if not str(exc).startswith("bad SPARQL"):
                raise
            raise QueryError(explain_error(sparql, str(exc))) from None


def _answer(sender: Connection, out: Path, sparql: str) -> None:
    """In the child: run the query, send (answer or error, notices) to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it kills us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", StoreNotice)
        try:
            message: tuple[str, object] = ("answer", _flatten(_run_here(out, sparql)))
        except MougraphError as exc:
            message = ("error", exc)
    notices = [str(w.message) for w in caught if issubclass(w.category, StoreNotice)]
    sender.send((*message, notices))
    sender.close()


def _receive(receiver: Connection, child: Any, timeout: float | None) -> Result:
    if not receiver.poll(timeout or None):
        raise QueryError(f"the query ran longer than {timeout:g} s and was stopped "
                         "(--timeout SECONDS allows more, 0 no limit)")
    try:
        kind, payload, notices = receiver.recv()
    except EOFError:
        child.join()
        raise QueryError(f"the query process ended without an answer (exit status "
                         f"{child.exitcode})") from None
    for notice in notices:
        warnings.warn(notice, StoreNotice, stacklevel=3)
    if kind == "error":
        raise payload
    return _rebuild(payload)


def _flatten(result: Result) -> tuple[Any, ...]:
    """A ``Result`` as plain picklable parts (rdflib terms pickle; a Result does not)."""
    if result.type == "ASK":
        return ("ASK", bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return (result.type, list(result.graph))
    return ("SELECT", list(result.vars or []), list(result.bindings))


def _rebuild(parts: tuple[Any, ...]) -> Result:
    result = Result(parts[0])
    if parts[0] == "ASK":
        result.askAnswer = parts[1]
    elif parts[0] == "SELECT":
        result.vars, result.bindings = parts[1], parts[2]
    else:
        graph = bind_prefixes(Graph())
        for triple in parts[1]:
            graph.add(triple)
        result.graph = graph
    return result


# --- the guard: only queries that read the local store ----------------------------------

UPDATE_REFUSED = "the store is read-only here: SPARQL Update is refused"
SERVICE_REFUSED = "federated queries (SERVICE) are refused: queries read the local store only"
# rdflib expands \uXXXX escapes everywhere before parsing; Oxigraph reads them only inside
# strings and IRIs. Written as another escape of the same length, the text rdflib parses
# has the tokens Oxigraph will run (a "\u0022" cannot close a string for one and not the
# other); outside strings both refuse it.
_UNICODE_ESCAPE = re.compile(r"\\[uU](?=[0-9A-Fa-f]{4})")


@lru_cache(maxsize=64)  # a query checked here is not parsed again (by the store, in the child)
def refuse_unsafe(sparql: str) -> None:
    """Raise ``QueryError`` unless ``sparql`` is a query that reads the local store only.

    Decided on rdflib's parse of the query, not on its text: an update (``INSERT``,
    ``LOAD``, …) or a ``SERVICE`` pattern anywhere (subqueries, ``OPTIONAL``, any case,
    ``SILENT``) is refused, while ``?service`` or a string holding "SERVICE" is not. A
    text rdflib cannot parse is left to Oxigraph's own syntax error, unless it contains
    the word "service": a query that cannot be checked is not run.
    """
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    text = _UNICODE_ESCAPE.sub(r"\\t", sparql)
    try:
        tree = parseQuery(text)
    except Exception:  # noqa: BLE001 - pyparsing's errors and rdflib's own
        try:
            parseUpdate(text)
        except Exception:  # noqa: BLE001 - neither a query nor an update rdflib knows
            if re.search("service", sparql, re.IGNORECASE):
                raise QueryError(SERVICE_REFUSED) from None
            return
        raise QueryError(UPDATE_REFUSED) from None
    if any(name == "ServiceGraphPattern" for name in _node_names(tree)):
        raise QueryError(SERVICE_REFUSED)


def _node_names(tree: object) -> Iterator[str]:
    """The name of every node of an rdflib parse tree (``CompValue``s), depth first."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node.name
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)


# --- printing ---------------------------------------------------------------------------

def show(term: Node | None, *, compact: bool = True) -> str:
    """A term as a person reads it: prefixed IRIs, literal values without quotes."""
    if term is None:
        return ""
    if isinstance(term, URIRef) and compact:
        for ns, prefix in NAMESPACES:
            if str(term).startswith(ns):
                return f"{prefix}:{str(term)[len(ns):]}"
    if isinstance(term, Literal):
        return str(term)
    return str(term)


def rows(result: Result) -> tuple[list[str], list[list[Node | None]]]:
    """(column names, rows) of a SELECT result."""
    names = [str(v) for v in (result.vars or [])]
    return names, [[row[i] for i in range(len(names))] for row in result]  # type: ignore[index]


def format_result(result: Result, fmt: str = "table") -> str:
    """A query result as ``table`` (aligned), ``csv`` or ``json`` text."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    if result.type == "ASK":
        answer = bool(result.askAnswer)
        return json.dumps(answer) if fmt == "json" else str(answer).lower()
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return result.graph.serialize(format="turtle")
    names, table = rows(result)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([[show(v, compact=False) for v in row] for row in table])
        return buffer.getvalue().rstrip("\n")
    if fmt == "json":
        records = [{n: _json_value(v) for n, v in zip(names, row, strict=True) if v is not None}
                   for row in table]
        return json.dumps(records, ensure_ascii=False, indent=1)
    cells = [[show(v) for v in row] for row in table]
    count = f"({len(table)} row{'s' if len(table) != 1 else ''})"
    return format_rows(names, cells, rule=True) + "\n" + count


def _json_value(term: Node) -> object:
    if isinstance(term, Literal) and isinstance(term.toPython(), (int, float, bool)):
        return term.toPython()
    return show(term, compact=False)



# --- saying what is wrong with a query ----------------------------------------------------

# the words SPARQL 1.1 knows outside names, variables and literals (keywords and functions)
_KEYWORDS = frozenset("""
SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED PREFIX BASE DISTINCT REDUCED AS GROUP BY
HAVING ORDER ASC DESC LIMIT OFFSET VALUES OPTIONAL GRAPH UNION MINUS FILTER BIND SERVICE
SILENT EXISTS NOT IN UNDEF TRUE FALSE A COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR
STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN
UCASE LCASE ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS
MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE IF
STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE
INSERT DELETE DATA LOAD CLEAR CREATE DROP COPY MOVE ADD WITH USING DEFAULT ALL TO INTO
""".split())
_WELL_KNOWN = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
               "dcterms": "http://purl.org/dc/terms/", "foaf": "http://xmlns.com/foaf/0.1/",
               "dc": "http://purl.org/dc/elements/1.1/"}
_LITERALS_AND_IRIS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*")
_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?:")
_PREFIXED = re.compile(r"(?<![\w?$:])([A-Za-z][\w.-]*)?:(?=[\w%\\]|\s|$)")
_BARE_WORD = re.compile(r"(?<![\w?$:@^.-])([A-Za-z_]\w*)(?![\w:(])")
_CALL = re.compile(r"(?<![\w?$:@^.-])([A-Za-z_]\w*)\s*\(")


def explain_error(sparql: str, message: str) -> str:
    """A parser's "bad SPARQL" message, made to name the likely cause when it is one a
    person makes often: a prefix used but never declared, or a misspelled keyword."""
    body = _LITERALS_AND_IRIS.sub(" ", sparql)
    declared = {m.group(1) or "" for m in _DECLARED.finditer(body)} | set(PREFIXES)
    used = [m.group(1) or "" for m in _PREFIXED.finditer(body)]
    undeclared = sorted({p for p in used if p not in declared}, key=used.index)
    if undeclared:
        prefix = undeclared[0]
        known = f" <{_WELL_KNOWN[prefix]}>" if prefix in _WELL_KNOWN else " <…>"
        extra = " (or write 'a' for rdf:type)" if prefix == "rdf" else ""
        return (f"bad SPARQL: prefix '{prefix}:' is not declared; add 'PREFIX {prefix}:"
                f"{known}'{extra} — predeclared are {', '.join(PREFIXES)}")
    words = [m.group(1) for m in _BARE_WORD.finditer(body)]
    words += [m.group(1) for m in _CALL.finditer(body)]
    for word in words:
        if word.upper() in _KEYWORDS:
            continue
        close = difflib.get_close_matches(word.upper(), sorted(_KEYWORDS), n=1, cutoff=0.7)
        if close:
            return f"bad SPARQL: {word!r} is not a SPARQL keyword (did you mean {close[0]}?)"
    return message
