"""Load a graph into a SPARQL 1.1 triple store, and query a store (`kg push`, `kg query --endpoint`).

Loading uses the SPARQL 1.1 Graph Store HTTP Protocol (GSP): `PUT ENDPOINT?graph=IRI`
(or `?default`) with the RDF as the request body, which every mainstream store
implements (Oxigraph, Fuseki, GraphDB/RDF4J, Virtuoso, Neptune; see docs/scale.md).
A dataset file (TriG, N-Quads: one named graph per article plus the merged default
graph) is sent graph by graph, so re-pushing replaces exactly those graphs and
leaves the store's other graphs alone; `mode="dataset"` instead POSTs the whole
file in one request, which stores with a dataset endpoint accept (Oxigraph
`/store`, Fuseki `/DATASET`, RDF4J/GraphDB `/statements`).

Queries go through the SPARQL 1.1 Protocol (URL-encoded POST). Parameters are never
pasted into the query text: they are RDF terms serialised by rdflib in a VALUES
block at the top of the WHERE clause, the same as binding them before evaluation.
Credentials, when a store needs them, come from the `auth` argument or the
environment variables NEWSKG_SPARQL_USER / NEWSKG_SPARQL_PASSWORD (HTTP basic;
NEWSKG_SPARQL_AUTH=digest for stores that want digest, such as Virtuoso).

For outputs too large for HTTP, `split_nquads` cuts a dataset into N-Quads files
of bounded size for the stores' bulk loaders.
"""

from __future__ import annotations

import io
import os
import re
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph
import requests
import requests.auth
from rdflib import Graph
from rdflib.query import Result
from rdflib.term import Variable

from kg.query import QueryError, Table, query_params, to_term

# Media types by file suffix (what the store is told the body is).
MEDIA_TYPES = {
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".trig": "application/trig",
    ".nq": "application/n-quads",
    ".jsonld": "application/ld+json",
    ".rdf": "application/rdf+xml",
    ".owl": "application/rdf+xml",
}
DATASET_SUFFIXES = {".trig", ".nq"}
GRAPHS, DATASET = "graphs", "dataset"
RESULT_TYPES = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


class PushError(QueryError):
    """The store could not be reached or refused the data or query (one line, says why).

    A `QueryError`, so `kg query --endpoint` reports it like any other query failure.
    """


def _auth(auth: tuple[str, str] | None):
    """requests auth from the argument or the environment (basic, or digest if NEWSKG_SPARQL_AUTH=digest)."""
    user = auth[0] if auth else os.environ.get("NEWSKG_SPARQL_USER")
    if not user:
        return None
    password = auth[1] if auth else os.environ.get("NEWSKG_SPARQL_PASSWORD", "")
    if os.environ.get("NEWSKG_SPARQL_AUTH", "basic").lower() == "digest":
        return requests.auth.HTTPDigestAuth(user, password)
    return (user, password)


def _check_url(endpoint: str) -> None:
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"endpoint must be an http(s) URL, got '{endpoint}'")


def _check_graph_iri(iri: str) -> None:
    # An absolute IRI without characters that IRIs forbid (it goes into a URL parameter, encoded).
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$", iri):
        raise PushError(f"--graph must be an absolute IRI, got '{iri}'")


def _hint(status: int) -> str:
    return {
        401: "; the store wants credentials (set NEWSKG_SPARQL_USER / NEWSKG_SPARQL_PASSWORD)",
        403: "; the account may not write to this store",
        404: "; is this the store's Graph Store Protocol URL? (see docs/scale.md)",
        405: "; this URL does not accept this method: use the store's Graph Store Protocol URL",
        413: "; the file is too large for one request: use the store's bulk loader (docs/scale.md)",
        415: "; the store does not accept this RDF format: try a .ttl or .nt file",
    }.get(status, "")


def _send(session: requests.Session, method: str, url: str, *, timeout: float, **kwargs) -> requests.Response:
    """One HTTP request; any failure becomes a one-line PushError naming the URL."""
    try:
        response = session.request(method, url, timeout=timeout, **kwargs)
    except requests.RequestException as exc:
        raise PushError(f"cannot reach {url}: {exc.__class__.__name__}: {exc}") from exc
    if response.status_code >= 400:
        body = " ".join(response.text.split())[:200]
        raise PushError(
            f"{method} {url} failed: HTTP {response.status_code} {response.reason}{_hint(response.status_code)}"
            + (f" ({body})" if body else "")
        )
    return response


def _graphs_of(path: Path) -> dict[str | None, bytes]:
    """N-Triples of each graph in a dataset file (None = default graph), parsed with Oxigraph."""
    groups: dict[str | None, list] = defaultdict(list)
    for quad in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.from_extension(path.suffix[1:])):
        name = None if isinstance(quad.graph_name, pyoxigraph.DefaultGraph) else quad.graph_name.value
        groups[name].append(quad.triple)
    return {name: pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) for name, triples in groups.items()}


def _all_triples(path: Path) -> bytes:
    """The union of all graphs of a dataset file, as N-Triples."""
    fmt = pyoxigraph.RdfFormat.from_extension(path.suffix[1:])
    triples = {quad.triple for quad in pyoxigraph.parse(path=str(path), format=fmt)}
    return pyoxigraph.serialize(sorted(triples, key=str), format=pyoxigraph.RdfFormat.N_TRIPLES)


def push_graph(
    graph_path: Path | str,
    endpoint: str,
    graph_iri: str | None = None,
    *,
    replace: bool = True,
    mode: str = GRAPHS,
    auth: tuple[str, str] | None = None,
    timeout: float = 600.0,
) -> str:
    """Load a graph file into a store through its Graph Store Protocol URL; returns a one-line summary.

    - triples file (.ttl, .nt, .jsonld, .rdf): into `graph_iri`, or the default graph;
    - dataset file (.trig, .nq): with `graph_iri`, the union of all its graphs goes into that
      graph; without, each of its graphs goes into the graph of the same name (`mode="graphs"`),
      or the whole file is POSTed to `endpoint` in one request (`mode="dataset"`).
    `replace` uses PUT (the graph's old content is dropped); otherwise POST (added to it).
    """
    path = Path(graph_path)
    _check_url(endpoint)
    if graph_iri is not None:
        _check_graph_iri(graph_iri)
    if not path.is_file():
        raise PushError(f"{path}: no such graph file")
    media = MEDIA_TYPES.get(path.suffix.lower())
    if media is None:
        raise PushError(f"{path}: unknown RDF format (use one of {', '.join(sorted(MEDIA_TYPES))})")
    if mode not in (GRAPHS, DATASET):
        raise PushError(f"mode must be '{GRAPHS}' or '{DATASET}', got '{mode}'")
    method = "PUT" if replace else "POST"
    is_dataset = path.suffix.lower() in DATASET_SUFFIXES

    with requests.Session() as session:
        session.auth = _auth(auth)

        def put(body, content_type: str, name: str | None) -> None:
            params = {"graph": name} if name else {"default": ""}
            _send(session, method, endpoint, params=params, data=body, timeout=timeout,
                  headers={"Content-Type": content_type})

        try:
            if is_dataset and graph_iri is None and mode == DATASET:
                with path.open("rb") as body:
                    _send(session, method, endpoint, data=body, timeout=timeout, headers={"Content-Type": media})
                return f"loaded {path} ({path.stat().st_size:,} bytes) into {endpoint} in one request"
            if is_dataset and graph_iri is None:
                graphs = _graphs_of(path)
                for name in sorted(graphs, key=lambda n: n or ""):
                    put(graphs[name], "application/n-triples", name)
                return f"loaded {len(graphs)} graphs of {path} into {endpoint}"
            if is_dataset:
                put(_all_triples(path), "application/n-triples", graph_iri)
            else:
                with path.open("rb") as body:
                    put(body, media, graph_iri)
        except PushError:
            raise  # (a QueryError, hence a ValueError: not a parse error)
        except (SyntaxError, ValueError) as exc:  # pyoxigraph parse errors
            raise PushError(f"{path}: not valid RDF ({exc})") from exc
    return f"loaded {path} into {endpoint} ({'graph <' + graph_iri + '>' if graph_iri else 'default graph'})"


def split_nquads(graph_path: Path | str, out_dir: Path | str, max_quads: int = 1_000_000) -> list[Path]:
    """Write a graph or dataset file as N-Quads files of at most `max_quads` lines, for bulk loaders.

    Streams the input (Oxigraph parser), so memory stays flat; triples of a triples file go
    to the default graph. Returns the files written (`part-00000.nq`, ...) in order.
    """
    path, out = Path(graph_path), Path(out_dir)
    fmt = pyoxigraph.RdfFormat.from_extension(path.suffix[1:]) if path.suffix else None
    if fmt is None:
        raise PushError(f"{path}: unknown RDF format")
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    batch: list = []

    def flush() -> None:
        part = out / f"part-{len(written):05d}.nq"
        quads = [q if isinstance(q, pyoxigraph.Quad) else pyoxigraph.Quad(q.subject, q.predicate, q.object) for q in batch]
        pyoxigraph.serialize(quads, str(part), pyoxigraph.RdfFormat.N_QUADS)
        written.append(part)
        batch.clear()

    try:
        for quad in pyoxigraph.parse(path=str(path), format=fmt):
            batch.append(quad)
            if len(batch) >= max_quads:
                flush()
    except (SyntaxError, ValueError, OSError) as exc:
        raise PushError(f"{path}: cannot read as {fmt} ({exc})") from exc
    if batch or not written:
        flush()
    return written


def _top_level_braces(sparql: str) -> list[int]:
    """Offsets of the `{` that open top-level groups, skipping strings, IRIs and comments."""
    skip = re.compile(
        r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
        r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
    )
    found, depth, i = [], 0, 0
    while i < len(sparql):
        m = skip.match(sparql, i)
        if m:
            i = m.end()
            continue
        ch = sparql[i]
        if ch == "{":
            if depth == 0:
                found.append(i)
            depth += 1
        elif ch == "}":
            depth -= 1
        i += 1
    return found


def bind_values(sparql: str, bindings: Mapping[str, object]) -> str:
    """The query with `bindings` as a VALUES block at the start of its WHERE clause.

    Values become RDF terms as for a local query (`kg.query.to_term`: a literal, or a checked
    IRI for parameters the saved query declares `iri`); each is serialised by rdflib (`n3()`),
    so it cannot change the query's structure.
    """
    declared = query_params(sparql)
    bindings = {name.lstrip("?$"): value for name, value in bindings.items()}
    missing = sorted(set(declared) - set(bindings))
    if missing:
        raise PushError(f"this query needs a value for: {', '.join(missing)} (e.g. --param {missing[0]}=...)")
    if not bindings:
        return sparql
    names = list(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise PushError(f"not a SPARQL variable name: '{name}'")
    terms = [to_term(value, declared.get(name, "literal")) for name, value in bindings.items()]
    block = "VALUES (" + " ".join(Variable(n).n3() for n in names) + ") { (" + " ".join(t.n3() for t in terms) + ") } "
    braces = _top_level_braces(sparql)
    head = sparql[: braces[0]] if braces else ""
    # CONSTRUCT { template } WHERE { ... }: the pattern is the second top-level group.
    template = re.search(r"\bCONSTRUCT\s*$", head, re.IGNORECASE) is not None
    index = 1 if template else 0
    if len(braces) <= index:
        raise PushError("cannot find the WHERE clause of the query to bind parameters")
    at = braces[index] + 1
    return sparql[:at] + " " + block + sparql[at:]


def query_endpoint(
    endpoint: str,
    sparql: str,
    bindings: Mapping[str, object] | None = None,
    *,
    auth: tuple[str, str] | None = None,
    timeout: float = 120.0,
) -> Table | bool | Graph:
    """Run a query on a SPARQL endpoint; returns what `kg.query.run_query` returns for a file.

    A `Table` for SELECT, a bool for ASK, a Graph for CONSTRUCT/DESCRIBE. Answers are read
    as SPARQL JSON results or as RDF.
    """
    _check_url(endpoint)
    text = bind_values(sparql, bindings or {})
    with requests.Session() as session:
        session.auth = _auth(auth)
        response = _send(session, "POST", endpoint, data={"query": text}, timeout=timeout,
                         headers={"Accept": RESULT_TYPES})
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    try:
        results_format = {
            "application/sparql-results+json": "json",
            "application/json": "json",
            "application/sparql-results+xml": "xml",
        }.get(content_type)
        if results_format:
            result = Result.parse(io.BytesIO(response.content), format=results_format)
            if result.type == "ASK":
                return bool(result.askAnswer)
            return Table([str(v) for v in result.vars], [tuple(row) for row in result])
        rdf_format = {"application/n-triples": "nt", "text/turtle": "turtle", "text/plain": "nt"}.get(content_type)
        if rdf_format:
            return Graph().parse(data=response.content, format=rdf_format)
    except Exception as exc:  # any parser error on the store's answer
        raise PushError(f"{endpoint}: unreadable {content_type} answer ({exc})") from exc
    raise PushError(f"{endpoint}: unexpected answer type '{content_type or 'none'}' (is this a SPARQL query URL?)")
