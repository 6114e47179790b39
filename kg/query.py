"""Load graph files, run SPARQL (saved or ad hoc) with safely bound parameters, format results.

Saved queries live in `ontology/queries/*.rq`. Each starts with comment lines: the
first describes the query; `# @param NAME KIND [optional]  description` lines declare
parameters, which are bound as RDF terms (rdflib `initBindings`, Oxigraph
`substitutions`) and never pasted into the query text. KIND is `iri`, `literal`,
`start` or `end` (a day, month or year that begins or ends a date range: see
`date_bound`) or `actor` (an IRI, or a name that `run_query` resolves to the one
actor whose label or alias it is, ignoring case).

An optional parameter narrows the query through clauses that stay SPARQL comments
until it is given, so the file as written is the query without it (and any engine
or endpoint runs it unchanged): a line `#+NAME text` becomes `text` and a line
ending in `#-NAME` is dropped when NAME is bound. Narrowing has to happen in the
query text because Oxigraph plans a query without knowing the values substituted
into it: only a clause that names the bound variable in a triple pattern (placed
so the planner starts there) makes it look up the actor's events instead of
scanning all of them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date as Date
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.query import Result

from kg import iris

PARSE_FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".trig": "trig",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
DATASET_FORMATS = {"trig", "nquads", "json-ld"}
OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}
_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s+(iri|literal|start|end|actor)\b\s*(optional\b)?\s*(.*)$")
_WITH = re.compile(r"^(\s*)#\+(\w+) ?(.*)$")  # clause used only when the parameter is given
_WITHOUT = re.compile(r"#-(\w+)\s*$")  # clause used only when it is not
_DATE = re.compile(r"[0-9]{4}(-(0[1-9]|1[0-2])(-[0-9]{2})?)?")
_IRI_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S*|urn:\S+", re.IGNORECASE)
_SAFE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*")


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class QueryError(ValueError):
    """A graph that cannot be loaded or a query that cannot run (one-line message)."""


@dataclass
class Table:
    """SELECT results: variable names and rows of RDF terms (None where unbound)."""

    vars: list[str]
    rows: list[tuple]


def load_graph(path: str | Path) -> Graph:
    """Parse a graph file by extension: .ttl/.nt -> Graph; .trig/.nq/.jsonld -> Dataset (its default graph
    is what SPARQL queries see: the merged view in newskg's TriG)."""
    path = Path(path)
    fmt = PARSE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise QueryError(f"{path}: unknown graph format (use {', '.join(sorted(PARSE_FORMATS))})")
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file")
    try:
        graph = _parse(path, fmt)
    except Exception as exc:  # parsers raise many types (SyntaxError, ValueError, rdflib's own)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(f"{path}: cannot parse as {fmt} ({first[:300]})") from exc
    for prefix, ns in iris.PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def load_store(path: str | Path) -> ox.Store | Graph:
    """A graph file loaded for querying: an in-memory Oxigraph store where Oxigraph reads the
    format (Turtle, N-Triples, TriG, N-Quads: SPARQL there is 10-100x faster than rdflib's),
    else an rdflib graph (JSON-LD). Query results are the same either way."""
    path = Path(path)
    fmt = PARSE_FORMATS.get(path.suffix.lower())
    if fmt not in OX_FORMATS:
        return load_graph(path)
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=OX_FORMATS[fmt])
    except (SyntaxError, ValueError, OSError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(f"{path}: cannot parse as {fmt} ({first[:300]})") from exc
    return store


class _FromOx(dict):
    """pyoxigraph term -> rdflib term, each distinct term converted once."""

    def __missing__(self, term):
        value = self[term] = _from_ox(term)
        return value


def _parse(path: Path, fmt: str) -> Graph:
    """Parse with Oxigraph's fast, strict parsers into an in-memory rdflib graph or dataset."""
    if fmt not in OX_FORMATS:
        graph = Dataset() if fmt in DATASET_FORMATS else Graph()
        return graph.parse(path, format=fmt)
    conv = _FromOx()
    by_graph: dict[object, list[tuple]] = {}
    for quad in ox.parse(path=str(path), format=OX_FORMATS[fmt]):
        name = None if isinstance(quad.graph_name, ox.DefaultGraph) else conv[quad.graph_name]
        by_graph.setdefault(name, []).append((conv[quad.subject], conv[quad.predicate], conv[quad.object]))
    if fmt not in DATASET_FORMATS:
        graph = Graph()
        graph.addN((s, p, o, graph) for s, p, o in by_graph.get(None, []))
        return graph
    dataset = Dataset()
    for name in sorted(by_graph, key=lambda n: (n is not None, str(n))):
        target = dataset.default_graph if name is None else dataset.graph(name)
        target.addN((s, p, o, target) for s, p, o in by_graph[name])
    return dataset


def merged_view(graph: Graph) -> Graph:
    """The merged view: a dataset's default graph (the union of its graphs if that is empty)."""
    if not isinstance(graph, Dataset):
        return graph
    default = graph.default_graph
    if len(default):
        return default
    union = Graph()
    for g in graph.graphs():
        for triple in g:
            union.add(triple)
    return union


def saved_queries() -> dict[str, str]:
    """Saved queries by name (file stem) -> SPARQL text."""
    folder = files("kg") / "ontology" / "queries"
    return {
        item.name[: -len(".rq")]: item.read_text(encoding="utf-8")
        for item in sorted(folder.iterdir(), key=lambda i: i.name)
        if item.name.endswith(".rq")
    }


def describe(text: str) -> str:
    """The first comment line of a query (its one-line description)."""
    for line in text.splitlines():
        if line.startswith("#") and not _PARAM.match(line):
            return line.lstrip("# ").strip()
    return ""


def _declared(text: str) -> list[tuple[str, str, bool]]:
    """(name, kind, optional) of each `# @param` line."""
    return [(m.group(1), m.group(2), bool(m.group(3))) for m in map(_PARAM.match, text.splitlines()) if m]


def query_params(text: str) -> dict[str, str]:
    """Required parameters of a saved query: name -> "iri" | "literal" | "start" | "end" | "actor"."""
    return {name: kind for name, kind, optional in _declared(text) if not optional}


def optional_params(text: str) -> dict[str, str]:
    """Optional parameters of a saved query (they narrow it when given): name -> kind."""
    return {name: kind for name, kind, optional in _declared(text) if optional}


def to_term(value, kind: str = "literal"):
    """An RDF term for a parameter value: terms (rdflib or pyoxigraph) pass through as rdflib terms;
    strings become a literal, a checked IRI,
    a date bound (`start`, `end`: see `date_bound`), or for `actor` an IRI when the value looks like
    one, else a name."""
    if isinstance(value, (URIRef, Literal, BNode)):
        return value
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return _from_ox(value)
    value = str(value)
    if kind == "actor":
        value = value.strip()
        kind = "iri" if _IRI_LIKE.fullmatch(value) else "literal"
    if kind == "iri":
        if not _SAFE_IRI.fullmatch(value):
            raise QueryError(f"not a valid IRI: {value[:200]!r}")
        return URIRef(value)
    if kind in ("start", "end"):
        return Literal(date_bound(value, end=kind == "end"))
    return Literal(value)


def date_bound(value: str, *, end: bool) -> str:
    """A day, month or year (YYYY-MM-DD, YYYY-MM, YYYY) that starts (or ends) a date range, in the
    coarsest form with the same first (or last) day: 2024-03-01 starts like 2024-03, 2024-12-31 ends
    like 2024. Event dates keep the precision they were stated with, and the saved queries compare
    them as text at that precision, so a range given in days still holds a date known only to the
    month when it covers the whole month. QueryError when the value is not such a date."""
    value = value.strip()
    error = QueryError(f"not a date: {value[:40]!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    if not _DATE.fullmatch(value):
        raise error
    if len(value) == 10:
        try:
            day = Date.fromisoformat(value)
        except ValueError:
            raise error from None
        if day.day == (monthrange(day.year, day.month)[1] if end else 1):
            value = value[:7]
    if len(value) == 7 and value[5:] == ("12" if end else "01"):
        value = value[:4]
    return value


def _bind(sparql: str, bindings: dict | None) -> dict[str, object]:
    declared = {name: kind for name, kind, _ in _declared(sparql)}
    terms = {name.lstrip("?$"): to_term(value, declared.get(name.lstrip("?$"), "literal")) for name, value in (bindings or {}).items()}
    missing = sorted(set(query_params(sparql)) - set(terms))
    if missing:
        raise QueryError(f"this query needs a value for: {', '.join(missing)} (e.g. --param {missing[0]}=...)")
    return terms


def with_params(sparql: str, given) -> str:
    """The query with the clauses of the given optional parameters switched on and the clauses
    that stand in for them switched off (see the module docstring). Only fixed query text moves."""
    given = set(given)
    lines = []
    for line in sparql.splitlines(keepends=True):
        on = _WITH.match(line)
        if on and on.group(2) in given:
            line = on.group(1) + on.group(3) + ("\n" if line.endswith("\n") else "")
        elif not on and (off := _WITHOUT.search(line)) and off.group(1) in given:
            continue
        lines.append(line)
    return "".join(lines)


def for_endpoint(sparql: str, bindings: dict | None) -> tuple[str, dict]:
    """The query text and bound terms to send to a SPARQL endpoint (`kg.push.query_endpoint`): the
    clauses of the given optional parameters switched on and values checked as for a graph file.
    No name look-up is made there, so an `actor` must be an IRI."""
    terms = _bind(sparql, bindings)
    optional = optional_params(sparql)
    for name, term in terms.items():
        if optional.get(name) == "actor" and isinstance(term, Literal):
            raise QueryError(f"on an endpoint give the {name} as an IRI, not a name ({str(term)[:80]!r})")
    return with_params(sparql, [n for n in terms if n in optional]), terms


ACTOR_LOOKUP = """# The actors a name is the label or an alias of (ignoring case).
# @param name literal  the name
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?actor ?name
WHERE {
  ?actor skos:prefLabel|skos:altLabel ?label .
  FILTER (LCASE(STR(?label)) = LCASE(STR(?name)))
}
ORDER BY STR(?actor)
"""


def resolve_actor(graph, name) -> URIRef:
    """The one actor whose label or alias is `name` (ignoring case); QueryError for none or several."""
    table = run_query(graph, ACTOR_LOOKUP, {"name": Literal(str(name))})
    found = [row[0] for row in table.rows if isinstance(row[0], URIRef)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise QueryError(f"no actor is named {str(name)[:80]!r} in this graph (labels and aliases, ignoring case)")
    shown = ", ".join(str(iri) for iri in found[:5]) + (f" and {len(found) - 5} more" if len(found) > 5 else "")
    raise QueryError(f"{len(found)} actors are named {str(name)[:80]!r}: {shown}; give one IRI as the actor")


def _resolve_actors(graph, sparql: str, terms: dict) -> dict:
    """`actor` parameters given as names, replaced by the IRI of the actor they name."""
    kinds = {name: kind for name, kind, _ in _declared(sparql)}
    return {
        name: resolve_actor(graph, term) if kinds.get(name) == "actor" and isinstance(term, Literal) else term
        for name, term in terms.items()
    }


def _rdflib_table(result: Result) -> Table | bool | Graph:
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph
    names = [str(v) for v in result.vars]
    return Table(names, [tuple(row) for row in result])


def _from_ox(term):
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:
        return Literal(term.value)  # RDF 1.1 simple literal: keep rdflib's plain form
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def _ox_term(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)


def _ox_table(store: ox.Store, sparql: str, terms: dict) -> Table | bool:
    subs = {ox.Variable(k): _ox_term(v) for k, v in terms.items()}
    try:
        result = store.query(sparql, substitutions=subs)
    except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
        raise QueryError(f"query failed: {str(exc).splitlines()[0][:300]}") from exc
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        conv = _FromOx()  # repeated terms (types, statuses, dates, actors) converted once
        return Table(names, [tuple(conv[sol[n]] for n in names) for sol in result])
    graph = Graph()
    for t in result:
        graph.add((_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)))
    return graph


def _count(value, what: str) -> int | None:
    """A LIMIT/OFFSET value as a non-negative int (ints or digit strings only; None stays None)."""
    if value is None:
        return None
    text = str(value).strip() if not isinstance(value, bool) else ""
    if not (isinstance(value, (int, str)) and re.fullmatch(r"[0-9]{1,18}", text)):
        raise QueryError(f"{what} must be a whole number >= 0, not {str(value)[:40]!r}")
    return int(text)


def paged(sparql: str, limit=None, offset=None) -> str:
    """The query with `LIMIT`/`OFFSET` appended (checked whole numbers, never pasted text).

    SPARQL cannot bind LIMIT as a variable, so this is the one place a value enters the
    query text; the engines then stop after one page (saved queries are ordered, so pages
    do not overlap). A query with its own LIMIT/OFFSET cannot be paged again (QueryError
    when it runs).
    """
    limit, offset = _count(limit, "limit"), _count(offset, "offset")
    clauses = [f"{word} {n}" for word, n in (("LIMIT", limit), ("OFFSET", offset)) if n is not None]
    return f"{sparql.rstrip()}\n{' '.join(clauses)}\n" if clauses else sparql


# `GROUP_CONCAT(... ; separator="x") AS ?name`: the separator (default one space) and column name.
_CONCAT = re.compile(
    r"""GROUP_CONCAT\s*\((?:[^()"']|\([^()]*\))*?(?:;\s*SEPARATOR\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'))?\s*\)"""
    r"""\s*AS\s*[?$](\w+)""",
    re.IGNORECASE,
)


_ECHAR = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def concat_columns(sparql: str) -> dict[str, str]:
    """Columns a query fills with GROUP_CONCAT -> their separator."""
    columns = {}
    for m in _CONCAT.finditer(sparql):
        quoted = m.group(1) if m.group(1) is not None else m.group(2)
        sep = " " if quoted is None else re.sub(r"\\(.)", lambda e: _ECHAR.get(e.group(1), e.group(0)), quoted)
        columns[m.group(3)] = sep
    return columns


def sort_concatenations(table: Table, sparql: str) -> Table:
    """The table with each GROUP_CONCAT value's parts sorted: SPARQL leaves their order to the engine
    (rdflib and Oxigraph differ), so this makes the answer the same everywhere."""
    columns = {table.vars.index(name): sep for name, sep in concat_columns(sparql).items()
               if name in table.vars and sep}
    if not columns:
        return table

    def tidy(i, term):
        if i not in columns or not isinstance(term, Literal):
            return term
        parts = sorted(str(term).split(columns[i]), key=lambda part: (part.casefold(), part))
        return Literal(columns[i].join(parts), lang=term.language, datatype=term.datatype)

    return Table(table.vars, [tuple(tidy(i, t) for i, t in enumerate(row)) for row in table.rows])


def run_query(graph, sparql: str, bindings: dict | None = None, *, limit=None, offset=None) -> Table | bool | Graph:
    """Run SPARQL on an rdflib graph (a dataset: its default graph) or a pyoxigraph Store.

    `bindings` maps variable names to values; they are bound as RDF terms, never pasted.
    Optional parameters of a saved query switch on the clauses that use them (`with_params`);
    an `actor` given as a name is first resolved to the actor's IRI (`resolve_actor`).
    `limit`/`offset` page the results (see `paged`). Returns a `Table` for SELECT (parts
    of GROUP_CONCAT values sorted), a bool for ASK, a Graph for CONSTRUCT/DESCRIBE.
    """
    terms = _resolve_actors(graph, sparql, _bind(sparql, bindings))
    text = paged(with_params(sparql, [n for n in terms if n in optional_params(sparql)]), limit, offset)
    if isinstance(graph, ox.Store):
        result = _ox_table(graph, text, terms)
    else:
        try:
            result = _rdflib_table(graph.query(text, initBindings={Variable(k): v for k, v in terms.items()}))
        except Exception as exc:  # pyparsing / rdflib evaluation errors
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise QueryError(f"query failed: {first[:300]}") from exc
    return sort_concatenations(result, sparql) if isinstance(result, Table) else result


def _short(term) -> str:
    """Readable form for a table cell: prefixed IRI, plain literal text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in sorted(iris.PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(ns) and len(text) > len(ns):
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"
    return str(term)


TABLE_CELL_MAX = 100  # characters per table cell; csv and json keep whole values


def _cell(text: str) -> str:
    return text if len(text) <= TABLE_CELL_MAX else text[: TABLE_CELL_MAX - 1] + "…"


def _plain(term) -> str | None:
    return None if term is None else str(term)


def _as_table(result) -> Table | bool | Graph:
    if isinstance(result, (Table, bool, Graph)):
        return result
    if isinstance(result, Result):
        return _rdflib_table(result)
    raise QueryError(f"cannot format query results of type {type(result).__name__}")


def format_results(result, fmt: str = "table") -> str:
    """Results as an aligned text table (long cells shortened), CSV, or JSON (a list of {variable: value})."""
    result = _as_table(result)
    if isinstance(result, bool):
        return json.dumps(result) if fmt == "json" else ("yes" if result else "no")
    if isinstance(result, Graph):
        return result.serialize(format="turtle")
    if fmt == "json":
        rows = [dict(zip(result.vars, map(_plain, row))) for row in result.rows]
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.vars)
        writer.writerows([[_plain(t) or "" for t in row] for row in result.rows])
        return buffer.getvalue().rstrip("\n")
    cells = [[_cell(" ".join(_short(t).split())) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.vars)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.vars, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)
