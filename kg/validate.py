"""Check a graph against the newskg SHACL shapes (pyshacl), with readable violation lines."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from pyshacl import validate
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH

from kg import iris

MAX_LINES = 50  # violations listed in the report; the count is always given


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """ontology/shapes.ttl, parsed once."""
    return Graph().parse(data=(files("kg") / "ontology" / "shapes.ttl").read_text(encoding="utf-8"), format="turtle")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """ontology/newskg.ttl, parsed once (mixed into the data so subclasses are targeted)."""
    return Graph().parse(data=(files("kg") / "ontology" / "newskg.ttl").read_text(encoding="utf-8"), format="turtle")


def _short(term) -> str:
    if term is None:
        return "?"
    text = str(term)
    if isinstance(term, URIRef):
        for prefix, ns in sorted(iris.PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(ns):
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"
    return repr(text[:80])


def violation_lines(results: Graph) -> list[str]:
    """One sorted line per SHACL result: severity, focus node, path, message."""
    lines = []
    for result in results.subjects(SH.resultSeverity, None):
        severity = results.value(result, SH.resultSeverity)
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        where = f"{_short(focus)}" + (f" {_short(path)}" if isinstance(path, URIRef) else "")
        got = f" (value {_short(value)})" if value is not None and value != focus else ""
        kind = str(severity).rsplit("#", 1)[-1]
        lines.append(f"{kind}: {where}: {messages[0] if messages else 'constraint violated'}{got}")
    return sorted(set(lines))


def _validate_one(graph: Graph) -> tuple[bool, list[str]]:
    data = Graph()
    for triple in graph:
        data.add(triple)
    conforms, results, _ = validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
    )
    return bool(conforms), violation_lines(results)


def validate_graph(graph: Graph) -> tuple[bool, str]:
    """Validate a graph (a dataset: its default graph and every named graph) -> (conforms, report text)."""
    if isinstance(graph, Dataset):
        parts = [(g.identifier, g) for g in graph.graphs() if len(g)]
        default_id = graph.default_graph.identifier
        parts.sort(key=lambda item: (item[0] != default_id, str(item[0])))
    else:
        parts = [(None, graph)]
    conforms, lines, triples = True, [], 0
    for name, g in parts:
        ok, found = _validate_one(g)
        triples += len(g)
        conforms &= ok
        label = "" if name is None or name == getattr(graph, "default_graph", graph).identifier else f"[{_short(name)}] "
        lines += [label + line for line in found]
    graphs = f" in {len(parts)} graphs" if len(parts) > 1 else ""
    if conforms:
        warned = f" ({len(lines)} warning{'s' if len(lines) != 1 else ''})" if lines else ""
        return True, "\n".join([f"valid: {triples} triples{graphs} conform to the newskg shapes{warned}", *lines[:MAX_LINES]])
    shown = lines[:MAX_LINES]
    more = [f"... and {len(lines) - MAX_LINES} more"] if len(lines) > MAX_LINES else []
    head = f"invalid: {len(lines)} violation{'s' if len(lines) != 1 else ''}{graphs}"
    return False, "\n".join([head, *shown, *more])
