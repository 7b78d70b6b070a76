"""The ``mougraph`` command: argument parsing, progress and printing over the library.

Each command opens the library object, calls one function and prints; library errors
(``MougraphError``) become one line on stderr and an exit code, never a traceback.
"""
from __future__ import annotations

import datetime as dt
import difflib
import signal
import sys
import threading
import warnings
from collections.abc import Callable, Sequence
from functools import wraps
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .errors import (
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    EXIT_USAGE,
    InputError,
    Interrupted,
    MougraphError,
    StoreNotice,
    Terminated,
    TerminatedRun,
    UnknownOrganisation,
)
from .folders import EXAMPLE_FILE, holds_only_example, remove_example
from .model import Extraction
from .sources import FIELDS, Columns
from .tables import counted

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Summary

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_OUT = Path("output")
EXAMPLE = EXAMPLE_FILE


def one_line_errors(command: F) -> F:
    """Turn library errors into ``mougraph: <message>`` and the error's exit code
    (the table is in ``mougraph.errors``); an output that cannot be written and Ctrl-C
    get one line too."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except MougraphError as exc:
            click.echo(f"mougraph: {exc}", err=True)
            sys.exit(exc.exit_code)
        except OSError as exc:  # inputs are read by sources (problems): this is the output
            where = f"{exc.filename}: " if exc.filename else ""
            reason = exc.strerror or " ".join(str(exc).split())
            click.echo(f"mougraph: {where}{reason}", err=True)
            sys.exit(EXIT_USAGE)
        except Terminated:
            click.echo("mougraph: terminated (SIGTERM)", err=True)
            sys.exit(EXIT_TERMINATED)
        except KeyboardInterrupt:
            click.echo("mougraph: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)

    return wrapper  # type: ignore[return-value]


def _on_sigterm(_signum: int, _frame: object) -> None:
    raise Terminated  # stopped where Ctrl-C is: workers, query processes, one line


def _handle_sigterm() -> None:
    """SIGTERM (``kill PID``, a supervisor, a closing session) handled like Ctrl-C."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _on_sigterm)


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None
              ) -> dt.date | None:
    if value is None:
        return None
    from .sources import PUBLISHED_YEARS

    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2019-04-20") from None
    if date.year not in PUBLISHED_YEARS:
        raise click.BadParameter(f"{value!r} is not a plausible publication date (years "
                                 f"{PUBLISHED_YEARS[0]}-{PUBLISHED_YEARS[-1]})")
    return date


class Choice(click.Choice):
    """click's Choice, case-insensitive (``--format GEXF``), naming the closest choice when
    a value is none of them (``--view organisation``: did you mean 'organisations'?)."""

    def __init__(self, choices: Sequence[str]) -> None:
        super().__init__(choices, case_sensitive=False)

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter as exc:
            close = difflib.get_close_matches(str(value).lower(), [str(c) for c in self.choices],
                                              n=1, cutoff=0.5)
            if not close:
                raise
            self.fail(f"{exc.message.rstrip('.')} (did you mean {close[0]!r}?)", param, ctx)


def _period_options(command: F) -> F:
    """``--since`` / ``--until``: keep the signings dated within the period (inclusive)."""
    for name, side in (("--until", "last"), ("--since", "first")):
        command = click.option(
            name, callback=_iso_date, metavar="YYYY-MM-DD",
            help=f"Only signings dated on or {'after' if side == 'first' else 'before'} this "
                 "day (undated ones are then left out).")(command)
    return command


out_option = click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
    show_default=True, help="Output folder (the graph and its exports).")

# network, export and viz: the same view as the rules alone read it
rules_only_option = click.option(
    "--rules-only", is_flag=True,
    help="Leave out the parties and people a learned model added (mou:modelReadParty, "
         "mou:modelReadPerson), as the rules alone read them.")


def column_options(command: F) -> F:
    """--text-column, --id-column, … : the table column each article field is read from."""
    what = {"text": "article text", "id": "article id", "title": "headline",
            "published": "publication date", "publisher": "publisher", "url": "URL"}
    defaults = {"text": "text, body, 본문, 내용 …", "id": "id, 뉴스 식별자 …; else FILE-ROW",
                "title": "title, 제목 …", "published": "published, date, 일자 …",
                "publisher": "publisher, 언론사 …", "url": "url, link …"}
    for field in reversed(FIELDS):
        command = click.option(f"--{field}-column", f"{field}_column", metavar="NAME",
                               help=f"Table column holding the {what[field]} "
                                    f"[default: the first of {defaults[field]}].")(command)
    return command


class _OneLineUsage(click.Group):
    """Usage errors (unknown option, bad --format value, missing argument) in one line
    with exit status 2, like every other mougraph error, instead of click's usage block."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            # the command as the user types it, whatever name the program was run under
            path = " ".join(["mougraph", *(exc.ctx.command_path.split()[1:] if exc.ctx else [])])
            message = " ".join(exc.format_message().split())
            click.echo(f"mougraph: {message} (see '{path} --help')", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"mougraph: {' '.join(exc.format_message().split())}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:  # Ctrl-C while click itself was prompting or parsing
            click.echo("mougraph: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=_OneLineUsage, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="mougraph")
def cli() -> None:
    """Korean MOU news articles -> an RDF knowledge graph of who signed what with whom.

    \b
    Example:
      mougraph extract articles/ --out output
      mougraph query signatories --out output
      mougraph export --format graphml --out output
    """
    warnings.filterwarnings("once", category=StoreNotice)  # a command opens a store often
    warnings.showwarning = _show_notice
    _handle_sigterm()


_python_showwarning = warnings.showwarning


def _show_notice(message: Warning | str, category: type[Warning], filename: str,
                 lineno: int, file: Any = None, line: str | None = None) -> None:
    """A ``StoreNotice`` (unfinished run, a run writing meanwhile) as one line on stderr."""
    if issubclass(category, StoreNotice):
        click.echo(f"mougraph: note: {message}", err=True)
    else:
        _python_showwarning(message, category, filename, lineno, file, line)


def _article_line(extraction: Extraction) -> str:
    if not extraction.agreements:
        reason = "; ".join(extraction.notes) or "no signing reported"
        return f"{extraction.article.id}: no agreement ({reason})"
    parts = []
    for agreement in extraction.agreements:
        parts.append(f"{counted(len(agreement.parties), 'signatory')}, "
                     f"{counted(len(agreement.areas), 'area')}, "
                     f"{counted(len(agreement.representatives), 'person')}")
    return f"{extraction.article.id}: " + " | ".join(parts)


def _report_problem(problem: InputError) -> None:
    click.echo(f"mougraph: {problem}", err=True)


def _replace_example(out: Path, inputs: Sequence[Path]) -> None:
    """Real articles into a folder that holds only the built-in example take its place."""
    if holds_only_example(out) and all(p.name != EXAMPLE_FILE for p in inputs):
        remove_example(out)
        click.echo(f"mougraph: {out} held only the built-in example: it is replaced by these "
                   f"articles ('mougraph example --out {out}' brings it back)", err=True)


class _Progress:
    """What ``extract`` prints per article while it runs, counted for the Ctrl-C summary."""

    def __init__(self) -> None:
        self.articles = 0
        self.problems = 0

    def article(self, extraction: Extraction) -> None:
        self.articles += 1
        click.echo(_article_line(extraction))

    def problem(self, problem: InputError) -> None:
        self.problems += 1
        _report_problem(problem)

    def unchanged(self, article_id: str) -> None:
        self.articles += 1
        click.echo(f"{article_id}: unchanged (same record as in the store; not extracted again)")

    def stopped(self, stop: KeyboardInterrupt, out: Path) -> Interrupted:
        """The one-line error for a run stopped by Ctrl-C or SIGTERM."""
        how, error = ("terminated (SIGTERM)", TerminatedRun) if isinstance(stop, Terminated) \
            else ("interrupted", Interrupted)
        return error(f"{how} after {counted(self.articles, 'article')} "
                     f"({counted(self.problems, 'problem')}); "
                     f"{out / 'graph.trig'} is as the previous run left it; run the "
                     "same command again to complete it")


def _stopped() -> None:
    """The run has stopped (workers and files done with): a second Ctrl-C, from a user
    pressing it twice, would only end Python midway through its exit (a traceback, or
    no exit status of ours); ignored from here to the exit."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _summary_line(summary: Summary, out: Path) -> str:
    warnings = f", {counted(len(summary.warnings), 'warning')}" if summary.warnings else ""
    skipped = f" ({summary.skipped} unchanged)" if summary.skipped else ""
    return (f"{counted(summary.articles, 'article')}{skipped}, "
            f"{counted(summary.agreements, 'agreement')}, "
            f"{counted(len(summary.problems), 'problem')}{warnings} -> {out}")


@cli.command()
@click.argument("inputs", nargs=-1, required=True,
                type=click.Path(path_type=Path))
@out_option
@click.option("--published", callback=_iso_date, metavar="YYYY-MM-DD",
              help="Publication date for inputs that do not carry one.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes extracting in parallel (0: one per CPU). "
                   "The output is the same whatever the number.")
@click.option("--strict", is_flag=True,
              help="Stop at the first problem or warning (exit status 1); the output "
                   "files are then not rewritten.")
@click.option("--aliases", type=click.Path(dir_okay=False, path_type=Path),
              help="Organisation alias table ('alias<TAB>canonical' lines), kept for later runs.")
@column_options
@click.option("--scheduler", envvar="MOUGRAPH_SCHEDULER", metavar="tcp://HOST:PORT",
              help="Extract on this Dask cluster instead of local processes (or set "
                   "MOUGRAPH_SCHEDULER; needs mougraph[dask]). The output is the same.")
@one_line_errors
def extract(inputs: tuple[Path, ...], out: Path, published: dt.date | None,
            jobs: int = 1, strict: bool = False, aliases: Path | None = None,
            scheduler: str | None = None, **columns: str | None) -> None:
    """Read articles and write their knowledge graph to OUT.

    INPUTS are .txt articles, .json records ({"id", "text", "url"?, "title"?,
    "published"?, "publisher"?}), .jsonl files of such records, tables with a header
    row (.csv, .tsv, .xlsx such as BigKinds exports: one article per row, columns found
    by name or given with --text-column …), or folders of them.
    Writes OUT/graph.trig (one named graph per article) and OUT/graph.ttl (merged).
    An input that cannot be read is named on stderr and skipped; the exit status is
    then 1. Ctrl-C stops cleanly: the files keep the previous run's graph.

    \b
    Example:
      mougraph extract news/2019-04-20.txt corpus.jsonl --out output
      mougraph extract corpus.jsonl --jobs 2 --out output
      mougraph extract corpus.jsonl --strict --out output
      mougraph extract bigkinds.xlsx --out output
      mougraph extract clips.csv --text-column 기사 --id-column no --out output
      mougraph extract corpus.jsonl --scheduler tcp://10.0.0.5:8786 --out output
    """
    from .pipeline import build

    if scheduler and jobs != 1:
        raise click.UsageError("--jobs and --scheduler exclude each other (the cluster's "
                               "workers are the jobs)")
    _replace_example(out, inputs)
    shown = _Progress()
    try:
        summary = build(list(inputs), out, published=published, jobs=jobs, strict=strict,
                        aliases=aliases, scheduler=scheduler or None,
                        on_article=shown.article, on_problem=shown.problem,
                        columns=Columns(**{k[:-len("_column")]: v for k, v in columns.items()}),
                        on_unchanged=shown.unchanged)
    except KeyboardInterrupt as stop:
        _stopped()
        raise shown.stopped(stop, out) from None
    except InputError as problem:  # only with --strict
        raise InputError(problem.where, f"{problem.reason} (--strict: stopped here; "
                         f"{out / 'graph.trig'} not rewritten)") from None
    click.echo(_summary_line(summary, out), err=True)
    if aliases is not None and summary.articles:
        _alias_hint(aliases, out)
    if summary.problems:
        sys.exit(EXIT_INPUT)


@cli.command()
@out_option
@click.pass_context
@one_line_errors
def example(ctx: click.Context, out: Path) -> None:
    """Run the whole job on the built-in example article (대전시 특수영상 MOU).

    Extracts the article into OUT, then writes every export (all views, all
    formats) and the pictures OUT/graph.png, OUT/organisations.png and the
    interactive OUT/graph.html. OUT must not hold articles of your own (the example
    never mixes with them); extracting your articles into a folder that holds only
    the example replaces it.

    \b
    Example:
      mougraph example --out output
    """
    from .folders import check_example_target

    check_example_target(out)
    article = files("mougraph.examples").joinpath(EXAMPLE)
    # the example is a bare .txt: no publication date, so no signing date either
    ctx.invoke(extract, inputs=(Path(str(article)),), out=out, published=None)
    ctx.invoke(export_command, fmt="all", view="all", measures=True, out=out)
    for view, fmt in (("full", "png"), ("organisations", "png"), ("full", "html")):
        ctx.invoke(viz, view=view, fmt=fmt, colour_by=None, out=out, source=None)


# Further commands are added below, one function each (query, export, viz, validate,
# eval, network, path, partners).


@cli.command()
@click.option("--view", type=Choice(["organisations", "full", "areas"]),
              default="organisations", show_default=True,
              help="organisations: co-signing network; full: the whole knowledge graph.")
@click.option("--top", type=click.IntRange(min=1), help="Show only the first N rows.")
@click.option("--sort", type=Choice(["degree", "weighted_degree", "betweenness",
                                           "eigenvector", "label"]),
              default="degree", show_default=True, help="Order of the rows, highest first.")
@click.option("--format", "fmt", type=Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@rules_only_option
@_period_options
@out_option
@one_line_errors
def network(view: str, top: int | None, sort: str, fmt: str, out: Path, rules_only: bool = False,
            since: dt.date | None = None, until: dt.date | None = None) -> None:
    """Centrality, components and communities of every node, as a table.

    Columns: degree, weighted degree, betweenness, eigenvector centrality, community
    (Louvain, seeded: the same every run) and connected component. A summary line
    goes to stderr.

    \b
    Example:
      mougraph network --top 10 --out output
      mougraph network --view full --sort betweenness --format csv --out output > nodes.csv
      mougraph network --since 2023-01-01 --until 2023-12-31 --out output
      mougraph network --rules-only --top 10 --out output
    """
    from .api import load

    with load(out) as kg:
        net = kg.network(view, since=since, until=until, rules_only=rules_only)
        click.echo(net.centrality(sort=sort, top=top).format(fmt), nl=False)  # type: ignore[arg-type]
        click.echo(str(net.summary()), err=True)


@cli.command()
@click.argument("org_a")
@click.argument("org_b")
@click.option("--format", "fmt", type=Choice(["text", "json"]), default="text",
              show_default=True)
@out_option
@one_line_errors
def path(org_a: str, org_b: str, fmt: str, out: Path) -> None:
    """How two organisations are connected: the shortest chain of signings.

    Organisations are found by any of their names (spaces and ㈜ ignored). Each step
    names the signings both took part in and the articles that report them.

    \b
    Example:
      mougraph path 대전시 KAIST --out output
    """
    from .api import load

    with load(out) as kg:
        connection = kg.path(org_a, org_b)
        if connection is None:
            a, b = kg.find(org_a), kg.find(org_b)
            idle = [o.label for o in (a, b) if not o.agreements]
            why = f" ({' and '.join(idle)} signed none)" if idle else ""
            raise MougraphError(
                f"{a.label} and {b.label} are not connected by any chain of agreements{why}")
        click.echo(connection.to_json() if fmt == "json" else str(connection),
                   nl=fmt != "json")


@cli.command()
@click.argument("org")
@click.option("--depth", type=click.IntRange(min=1), default=2, show_default=True,
              help="1: who signed with ORG; 2: also their partners; …")
@click.option("--format", "fmt", type=Choice(["table", "json"]), default="table",
              show_default=True)
@out_option
@one_line_errors
def partners(org: str, depth: int, fmt: str, out: Path) -> None:
    """The ego network of ORG: its partners up to DEPTH signings away.

    One row per partner: distance (1 = signed with ORG), signings together with ORG
    (several outlets' reports of one signing count once), and via which direct partner
    it is reached.

    \b
    Example:
      mougraph partners 대전시 --depth 2 --out output
    """
    from .api import load

    with load(out) as kg:
        ego = kg.partners(org, depth)
        click.echo(ego.to_json() if fmt == "json" else ego.to_text(), nl=fmt != "json")


EXPORT_FORMATS = ("graphml", "gexf", "csv", "json")
VIEWS = ("full", "organisations", "areas")
PICTURES = ("png", "svg", "html")


@cli.command("export")
@click.option("--format", "fmt", type=Choice([*EXPORT_FORMATS, "all"]), required=True,
              help="graphml, gexf (1.3, laid out and coloured), csv (Gephi's spreadsheet "
                   "import: nodes + edges), json (node-link), or all of them.")
@click.option("--view", type=Choice([*VIEWS, "all"]), default="full", show_default=True,
              help="full: the knowledge graph; organisations: who signed with whom, "
                   "weighted; areas: organisation–cooperation area (bipartite).")
@click.option("--measures/--no-measures", default=True, show_default=True,
              help="Add degree, betweenness, community, … to the nodes (slow on big graphs).")
@rules_only_option
@_period_options
@out_option
@one_line_errors
def export_command(fmt: str, view: str, measures: bool, out: Path, rules_only: bool = False,
                   since: dt.date | None = None, until: dt.date | None = None) -> None:
    """Write the graph in OUT as files Gephi (or igraph, d3, …) opens, into OUT.

    Files are named by view and format: OUT/graph.graphml (full view),
    OUT/organisations.gexf, OUT/areas-nodes.csv + OUT/areas-edges.csv,
    OUT/organisations.json, … Nodes carry label, type and network measures; edges say
    read_by=rules or model. --rules-only writes OUT/organisations-rules.gexf, … beside them.

    \b
    Example:
      mougraph export --format gexf --view organisations --out output
      mougraph export --format all --view all --out output
      mougraph export --format gexf --view organisations --since 2023-01-01 --out output
      mougraph export --format csv --view organisations --rules-only --out output
    """
    from .export import export
    from .store import Store
    from .views import Period

    formats = EXPORT_FORMATS if fmt == "all" else (fmt,)
    with Store.open_read_only(out) as store:  # the views stream from the store
        paths = export(store, out, formats=formats, views=VIEWS if view == "all" else (view,),
                       measures=measures, period=Period(since, until), rules_only=rules_only,
                       say=lambda estimated: click.echo(estimated, err=True))
    for written in paths:
        click.echo(str(written))


@cli.command("viz")
@click.option("--view", type=Choice(VIEWS), default="full", show_default=True,
              help="full: the knowledge graph; organisations: who signed with whom; "
                   "areas: organisation–cooperation area.")
@click.option("--format", "fmt", type=Choice(PICTURES),
              help="png or svg (a picture), html (an interactive page) [default: png, or "
                   "the suffix of an --out file].")
@click.option("--colour", "colour_by", type=Choice(["type", "kind", "community"]),
              help="Colour nodes by type, organisation kind or Louvain community "
                   "[default: kind in the organisations view, else type].")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT,
              show_default=True,
              help="Output folder: reads its graph, writes OUT/<view>.<format> (graph.* for "
                   "the full view). Or a FILE.png/.svg/.html, drawn from the graph of its folder.")
@click.option("--from", "source", type=click.Path(file_okay=False, path_type=Path),
              help="Read the graph from this folder instead of --out's.")
@rules_only_option
@_period_options
@one_line_errors
def viz(view: str, fmt: str | None, colour_by: str | None, out: Path, source: Path | None,
        rules_only: bool = False, since: dt.date | None = None,
        until: dt.date | None = None) -> None:
    """Draw the graph in OUT: a PNG/SVG picture or an interactive page that works offline.

    Organisations are coloured by kind (or community), other nodes by type, all sized by
    degree and named (up to 150; beyond, the best-connected) in the bundled Korean font.
    The HTML page pans, zooms, finds a name, and shows on hover (or click) the sentence
    each node was read from. A view of more than 2,500 nodes (10,000 in HTML) is drawn as
    its best-connected nodes, as the title and a line on stderr say. --rules-only draws
    OUT/<view>-rules.<format>, beside the picture with the model's facts.

    \b
    Example:
      mougraph viz --view organisations --out output
      mougraph viz --view organisations --format html --out output
      mougraph viz --colour community --out output/communities.svg
      mougraph viz --view organisations --since 2023-01-01 --out output/2023.png
      mougraph viz --view organisations --rules-only --out output
    """
    from .errors import ExportError
    from .export import RULES_ONLY, STEMS
    from .store import Store
    from .views import Period
    from .viz import draw

    if out.suffix and not out.is_dir():  # a file named by the user; its folder holds the graph
        if fmt and out.suffix.lower() != f".{fmt}":
            raise ExportError(f"{out}: --format {fmt} but the file ends in {out.suffix}")
        target, folder = out, out.parent
    else:
        stem = f"{STEMS[view]}{RULES_ONLY if rules_only else ''}"
        target, folder = out / f"{stem}.{fmt or 'png'}", out
    with Store.open_read_only(source or folder) as store:
        click.echo(str(draw(store, target, view=view, colour_by=colour_by,
                            period=Period(since, until), rules_only=rules_only,
                            notice=lambda line: click.echo(line, err=True))))


def _params(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]
            ) -> dict[str, str]:
    pairs = {}
    for value in values:
        key, sep, val = value.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{value!r} is not key=value")
        pairs[key.strip()] = val
    return pairs


@cli.command()
@click.argument("sparql", required=False)
@click.option("--file", "file", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the SPARQL query from a .rq file.")
@click.option("--param", "params", multiple=True, callback=_params, metavar="KEY=VALUE",
              help="A value for a $KEY of the query (named queries list theirs).")
@click.option("--format", "fmt", type=Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit.")
@click.option("--timeout", type=click.FloatRange(min=0), default=60, show_default=True,
              metavar="SECONDS", help="Stop a query that runs longer (0: no limit).")
@out_option
@one_line_errors
def query(sparql: str | None, file: Path | None, params: dict[str, str], fmt: str,
          list_queries: bool, timeout: float, out: Path) -> None:
    """Run a read-only SPARQL query (or a named query) over the graph in OUT.

    SPARQL is a query text, or the NAME of a shipped query (see --list). The
    prefixes mou, mgd, org, schema, prov, skos, rdfs, xsd are predeclared; the
    default graph is the union of all articles, GRAPH ?g reaches each article.

    \b
    Example:
      mougraph query --list
      mougraph query signatories --out output
      mougraph query partners --param org=대전시 --format csv
      mougraph query evidence --param of=대전광역시
      mougraph query "SELECT ?o WHERE { ?o a org:Organization }" --format json
    """
    from . import query as q

    if list_queries:
        named = q.named_queries()
        width = max(len(n) for n in named)
        for name, item in named.items():
            params_text = "".join(f" --param {p}=…" for p in item.params)
            click.echo(f"{name:<{width}}  {item.description}{params_text}")
        return
    shipped = q.named_queries().get((sparql or "").strip()) if file is None else None
    unknown: UnknownOrganisation | None = None
    if shipped is not None and "org" in shipped.params and "org" in params:
        params = {**params, "org": _organisation(out, params["org"])}
    if shipped is not None and "of" in shipped.params and "of" in params \
            and not params["of"].startswith("http"):
        try:  # an organisation by any of its names, else an agreement's label
            params = {**params, "of": _organisation(out, params["of"])}
        except UnknownOrganisation as exc:
            unknown = exc
    result = q.run(out, q.resolve_query(sparql, file=file, params=params),
                   timeout=timeout)
    if unknown is not None and not len(result):
        raise unknown  # neither: one line with the organisations it may have meant
    click.echo(q.format_result(result, fmt))


def _organisation(out: Path, name: str) -> str:
    """The canonical label of the organisation going by ``name`` (as ``partners`` finds
    it); ``UnknownOrganisation`` (exit 2, with suggestions) when there is none."""
    from .api import load

    with load(out) as kg:
        return kg.find(name).label


@cli.command()
@out_option
@click.option("--details", is_flag=True, help="Print pyshacl's full report even when valid.")
@click.option("--inference", type=click.Choice(["none", "rdfs"]), default="none",
              show_default=True, help="rdfs: first add what the ontology implies.")
@one_line_errors
def validate(out: Path, details: bool, inference: str) -> None:
    """Check the graph in OUT against the mougraph SHACL shapes (exit 1 on violation).

    \b
    Example:
      mougraph validate --out output
      mougraph validate --inference rdfs --out output
    """
    from .validate import validate_output

    report = validate_output(out, inference=inference)
    if details or not report.conforms:
        click.echo(report.text.rstrip())
    click.echo(report.verdict())
    if not report.conforms:
        sys.exit(1)


@cli.command("eval")
@click.argument("gold", type=click.Path(file_okay=False, path_type=Path))
@out_option
@click.option("--split", type=Choice(["all", "tune", "heldout"]), default="all",
              show_default=True,
              help="Score only part of GOLD: heldout = ids 101-335 divisible by 3 (never "
                   "read, never tuned on), tune = every other id.")
@click.option("--show-errors", is_flag=True, help="List every miss and extra first.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@one_line_errors
def eval_command(gold: Path, out: Path, split: str, show_errors: bool, as_json: bool) -> None:
    """Score the graph in OUT against gold answers (GOLD holds NNN.json files).

    Same matching rules and numbers as the shared score.py: precision, recall, F1
    for agreements, signatories, areas and representatives; title, date and venue
    accuracy. GOLD must exist and hold gold files (exit 2 otherwise).

    \b
    Example:
      mougraph extract annotated/raw --out scored
      mougraph eval annotated/gold --out scored --show-errors
      mougraph eval annotated/gold --out scored --split heldout
    """
    import json

    from .evaluate import evaluate_output, report

    result = evaluate_output(out, gold, split)
    if as_json:
        if not show_errors:
            result.pop("errors")
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        click.echo(report(result, show_errors=show_errors))


@cli.command()
@out_option
@click.option("--format", "fmt", type=click.Choice(["trig", "nq"]), default="trig",
              show_default=True, help="trig: rewrite OUT/graph.trig and OUT/graph.ttl; "
              "nq: N-Quads of every named graph on stdout, for bulk loaders.")
@one_line_errors
def dump(out: Path, fmt: str = "trig") -> None:
    """Rewrite OUT/graph.trig and OUT/graph.ttl from the store (streamed, deterministic),
    or stream the graph as N-Quads (QLever, Jena tdb2.xloader, Virtuoso load them).

    \b
    Example:
      mougraph dump --out output
      mougraph dump --format nq --out output | gzip > corpus.nq.gz
    """
    from .store import TRIG, TURTLE, Store

    if fmt == "nq":  # a reader: the store opened read-only
        with Store.open_read_only(out) as store:
            count = store.write_nquads(sys.stdout.buffer)
            click.echo(f"{count} quads: {counted(len(store.article_ids()), 'article graph')} "
                       "and the signings graph", err=True)
            return
    with Store.open(out) as store:
        store.flush()
    click.echo(f"{out / TRIG}\n{out / TURTLE}")


@cli.command()
@out_option
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option("--bind", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every network, reachable by others).")
@one_line_errors
def serve(out: Path, port: int, bind: str) -> None:
    """Serve the graph in OUT as a read-only SPARQL endpoint (the Oxigraph server).

    Any SPARQL 1.1 client works (curl, rdflib's SPARQLStore, SPARQLWrapper, YASGUI);
    the query page is at the root URL. It serves a snapshot taken at start: restart it
    after an extract. Updates are refused. Needs mougraph[serve]. Ctrl-C stops it.

    \b
    Example:
      mougraph serve --out output --port 7878
      curl http://127.0.0.1:7878/query --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3'
    """
    from .serve import serve as run_server

    def ready(url: str) -> None:
        click.echo(f"serving {out} at {url} (SPARQL endpoint {url}query; Ctrl-C stops)",
                   err=True)

    try:
        run_server(out, bind=bind, port=port, on_ready=ready)
    except KeyboardInterrupt:
        click.echo("mougraph: server stopped", err=True)


@cli.command()
@click.argument("table", type=click.Path(dir_okay=False, path_type=Path))
@out_option
@one_line_errors
def aliases(table: Path, out: Path) -> None:
    """Use a table of organisation aliases for OUT, and re-resolve its graph now.

    TABLE is a tab-separated file: one 'alias<TAB>canonical name' per line (# for
    comments). The alias becomes the same organisation as the canonical name, whose
    name is its label. The table is kept in the store and used by later extracts.

    \b
    Example:
      printf '포스텍\\t포항공과대학교\\n' > aliases.tsv
      mougraph aliases aliases.tsv --out output
    """
    from .store import Store

    with Store.open(out, aliases=table) as store:
        store.flush()
        count = len(store.article_ids())
    click.echo(f"{counted(count, 'article')} re-resolved with {table} -> {out}")
    _alias_hint(table, out)


def _alias_hint(table: Path, out: Path) -> None:
    """A hint on stderr when no line of the alias table names an organisation in OUT (a
    misspelling, or the table of another corpus): it then changes nothing."""
    from .api import load
    from .resolve import read_alias_table

    rows = read_alias_table(table)
    with load(out) as kg:
        for alias, canonical in rows.items():
            for name in (alias, canonical):
                try:
                    kg.find(name)
                    return
                except UnknownOrganisation:
                    continue
    click.echo(f"mougraph: {table}: no line names an organisation in {out} "
               f"({counted(len(rows), 'alias')} read), so nothing changed; check the spelling "
               f"against 'mougraph query organisations --out {out}'", err=True)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
