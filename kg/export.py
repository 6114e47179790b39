"""Build outputs (graph.ttl, graph.trig, events.jsonl) and exports to other tools.

Turtle, TriG and N-Quads are written by Oxigraph from triples sorted by their
N-Triples form, so the same graph always gives byte-identical files, with the
readable newskg prefixes. Other formats: JSON-LD (with `ontology/context.jsonld`),
GraphML of the actor network (Gephi, networkx) and node/relationship CSVs in the
header format `neo4j-admin database import` reads.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterable
from importlib.resources import files
from itertools import combinations
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg import iris
from kg.atomic import atomic_write_bytes, atomic_write_text
from kg.graph import (
    ENTITY_CLASSES,
    EVENT_CLASSES,
    ROLE_PROPERTIES,
    BuiltGraph,
    EntityIndex,
    built_graph_of,
)
from kg.iris import NKG
from kg.merge import event_status, merged_date, merged_place
from kg.query import QueryError, load_graph, merged_view
from kg.records import ORGANIZATION, PERSON, ArticleResult, Entity, Event, MergedEvent

RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}
EXTENSIONS = {"ttl": ".ttl", "trig": ".trig", "nq": ".nq", "jsonld": ".jsonld", "graphml": ".graphml"}
KIND_BY_CLASS = {cls: kind for kind, cls in ENTITY_CLASSES.items()}
TYPE_BY_CLASS = {cls: kind for kind, cls in EVENT_CLASSES.items()}
ROLE_BY_PROPERTY = {prop: role for role, prop in ROLE_PROPERTIES.items()}


class ExportError(QueryError):
    """An export that cannot be done (unknown format, unreadable graph)."""


# --- RDF serialisation -----------------------------------------------------------------


def to_ox(term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term equal to an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ExportError(f"unsupported RDF term {term!r}")


def _object_key(term) -> tuple:
    if isinstance(term, Literal):
        return (1, str(term), str(term.datatype or ""), term.language or "")
    return (0, str(term), "", "")


def _triple_key(t: tuple) -> tuple:
    return (str(t[0]), str(t[1]), _object_key(t[2]))


def _sorted(graph: Iterable[tuple]) -> list[tuple]:
    """The triples in a total, content-only order (subject, predicate, object)."""
    return sorted(graph, key=_triple_key)


class _Converter(dict):
    """rdflib term -> pyoxigraph term, each distinct term converted once."""

    def __missing__(self, term):
        value = self[term] = to_ox(term)
        return value


def sorted_triples(graph: Graph | Iterable[tuple], conv: _Converter | None = None) -> list[ox.Triple]:
    """The graph's (or a set of rdflib triples') triples as Oxigraph triples, deterministically ordered."""
    conv = _Converter() if conv is None else conv
    return [ox.Triple(conv[s], conv[p], conv[o]) for s, p, o in _sorted(graph)]


def _graph_quads(graphs: Iterable[tuple[object, Iterable[tuple]]], conv: _Converter) -> list[ox.Quad]:
    """Quads of (graph name or None for the default graph, triples) pairs, each graph's triples sorted."""
    quads = []
    for name, triples in graphs:
        graph_name = ox.DefaultGraph() if name is None else conv[name]
        quads.extend(ox.Quad(conv[s], conv[p], conv[o], graph_name) for s, p, o in _sorted(triples))
    return quads


def _ordered(graphs: dict) -> list[tuple]:
    """(name, triples) with the default graph (None) first, then named graphs by name."""
    return sorted(graphs.items(), key=lambda item: (item[0] is not None, str(item[0])))


def sorted_quads(dataset: Dataset, conv: _Converter | None = None) -> list[ox.Quad]:
    """Every quad of a dataset, the default graph first, then named graphs by name."""
    built = built_graph_of(dataset)
    if built is not None:  # straight from what kg.graph built: no walk of rdflib's store
        return built.quads()
    conv = _Converter() if conv is None else conv
    default_id = dataset.default_graph.identifier
    graphs = {None if g.identifier == default_id else g.identifier: g for g in dataset.graphs()}
    return _graph_quads(_ordered(graphs), conv)


def _sorted_prefix_header(data: bytes) -> bytes:
    """Sort the leading @prefix lines (Oxigraph writes them in its own map order)."""
    lines = data.split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix "):
        n += 1
    return b"\n".join(sorted(lines[:n]) + lines[n:])


def _serialize(statements: Iterable, fmt: str) -> bytes:
    prefixes = iris.PREFIXES if fmt in ("ttl", "trig") else None
    return _sorted_prefix_header(ox.serialize(statements, format=RDF_FORMATS[fmt], prefixes=prefixes))


def serialize_graph(graph: Graph, fmt: str = "ttl") -> bytes:
    """Turtle (or N-Quads) of one graph, sorted, with the newskg prefixes."""
    return _serialize(sorted_triples(graph), fmt)


def serialize_dataset(dataset: Dataset, fmt: str = "trig") -> bytes:
    """TriG or N-Quads of a whole dataset, sorted, with newskg prefixes where the format has them."""
    return _serialize(sorted_quads(dataset), fmt)


# --- events.jsonl ---------------------------------------------------------------------


def _name_in_article(entity: Entity, index: EntityIndex, text: str) -> str:
    """The name an article uses for a person or organisation: the graph's label when the text has it, else
    the longest of the entity's other names that it has ("President Trump" where another article made the
    label "Donald J. Trump"). Countries and places keep the label."""
    label = index.label(entity.key)
    if entity.type not in (PERSON, ORGANIZATION) or _mentions(text, label):
        return label
    names = sorted(set(index.names[entity.key]) | index.aliases[entity.key], key=lambda n: (-len(n), n))
    return next((n for n in names if _mentions(text, n)), label)


def _mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _record(
    article_id: str, m: MergedEvent, members: list[Event], index: EntityIndex, published: dict[str, str | None],
    text: str = "",
) -> dict:
    """One events.jsonl line: what one article reports about one merged event."""
    participants, seen = [], set()
    for event in members:
        for p in event.participants:
            if (p.entity.key, p.role) not in seen:
                seen.add((p.entity.key, p.role))
                name = _name_in_article(p.entity, index, text)
                participants.append({"name": name, "id": str(iris.entity_iri(p.entity)), "role": p.role})
    evidence, spans = [], set()
    for event in members:
        for ev in event.evidence:
            if (ev.start, ev.end) not in spans:
                spans.add((ev.start, ev.end))
                evidence.append({"text": ev.text, "start": ev.start, "end": ev.end})
    evidence.sort(key=lambda e: (e["start"], e["end"]))
    # What this article itself says: its own place and date (the merged node in the graph
    # carries the most precise values across all reports).
    own = MergedEvent(m.id, m.type, members)
    place, date = merged_place(own), merged_date(own)
    return {
        "article": article_id,
        "event": str(iris.event_iri(m.id)),
        "type": m.type,
        "participants": participants,
        "date": date,
        "place": index.label(place.key) if place is not None else None,
        "evidence": evidence,
        "confidence": round(max(e.confidence for e in members), 3),
        "status": event_status(members, date, published),
    }


def event_records(results: list[ArticleResult], merged: list[MergedEvent]) -> list[dict]:
    """The events.jsonl records: one per merged event per article reporting it, sorted."""
    index = EntityIndex.of(results)
    published = {r.article.id: r.article.date_published for r in results}
    texts = {r.article.id: r.article.text for r in results}
    records = []
    for m in merged:
        by_article: dict[str, list[Event]] = {}
        for event in m.members:
            by_article.setdefault(event.article_id, []).append(event)
        for article_id, members in by_article.items():
            records.append(_record(article_id, m, members, index, published, texts.get(article_id, "")))
    records.sort(key=lambda r: (r["article"], r["evidence"][0]["start"] if r["evidence"] else -1, r["type"], r["event"]))
    return records


def events_jsonl(records: Iterable[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def write_build_outputs(
    out_dir: Path, results: list[ArticleResult], merged: list[MergedEvent], graph: BuiltGraph | Dataset
) -> list[Path]:
    """Write graph.ttl (merged view), graph.trig (named graph per article + merged default) and events.jsonl.

    `graph` is what `kg.graph.build_graph` made, or an rdflib dataset (`build_dataset`, or any other).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / "graph.ttl", out_dir / "graph.trig", out_dir / "events.jsonl"]
    if isinstance(graph, Dataset):
        graph = built_graph_of(graph) or graph
    if isinstance(graph, BuiltGraph):
        # Oxigraph parses the sorted N-Triples/N-Quads and writes them: no Python term objects at all.
        merged_nt = graph.ntriples()
        default = ox.parse(merged_nt, format=ox.RdfFormat.N_TRIPLES)
        quads = ox.parse(merged_nt + graph.named_nquads(), format=ox.RdfFormat.N_QUADS)
    else:
        quads = sorted_quads(graph)
        # The default graph comes first; its quads as triples are graph.ttl.
        n_default = next((i for i, q in enumerate(quads) if not isinstance(q.graph_name, ox.DefaultGraph)), len(quads))
        default = [q.triple for q in quads[:n_default]]
    atomic_write_bytes(paths[0], _serialize(default, "ttl"))
    atomic_write_bytes(paths[1], _serialize(quads, "trig"))
    atomic_write_text(paths[2], events_jsonl(event_records(results, merged)))
    return paths


# --- actor network --------------------------------------------------------------------


def _label(graph: Graph, node) -> str:
    label = graph.value(node, RDFS.label)
    return str(label) if label is not None else str(node)


def event_actors(graph: Graph) -> list[tuple[URIRef, str, list[URIRef]]]:
    """(event, type, sorted actors) for every typed event of the graph."""
    events = []
    for cls, type_ in [*TYPE_BY_CLASS.items(), (NKG.Event, "event")]:  # plain nkg:Event: other event types
        for event in set(graph.subjects(RDF.type, cls)):
            events.append((event, type_, sorted(set(graph.objects(event, NKG.hasActor)))))
    return sorted(events)


def entity_kind(graph: Graph, node) -> str:
    """person / organization / country / place / group (or "actor" when untyped)."""
    kinds = sorted(KIND_BY_CLASS[c] for c in graph.objects(node, RDF.type) if c in KIND_BY_CLASS)
    return kinds[0] if kinds else "actor"


def actor_network(graph: Graph) -> nx.Graph:
    """Undirected graph of actors; an edge per pair sharing events, weighted by how many (and by type)."""
    net = nx.Graph()
    for event, type_, actors in event_actors(graph):
        for actor in actors:
            if actor not in net:
                net.add_node(str(actor), label=_label(graph, actor), kind=entity_kind(graph, actor), iri=str(actor))
        for a, b in combinations(actors, 2):
            data = net.get_edge_data(str(a), str(b)) or {"weight": 0, "meeting": 0, "agreement": 0, "statement": 0,
                                                          "event": 0}
            data["weight"] += 1
            data[type_] = data.get(type_, 0) + 1
            net.add_edge(str(a), str(b), **data)
    return net


def graphml_bytes(graph: Graph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(actor_network(graph), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


# --- Neo4j CSV ------------------------------------------------------------------------

NODE_HEADER = ["id:ID", "name", ":LABEL", "date", "status", "confidence:float", "sourceCount:int", "url"]
REL_HEADER = [":START_ID", ":END_ID", ":TYPE", "weight:int"]


def _csv_text(header: list[str], rows: Iterable[list]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _value(graph: Graph, node, prop) -> str:
    value = graph.value(node, prop)
    return "" if value is None else str(value)


def neo4j_rows(graph: Graph) -> tuple[list[list], list[list]]:
    """Node rows (entities, events, articles) and relationship rows (roles, place, source, shared events)."""
    nodes: dict[str, list] = {}
    rels: Counter = Counter()
    for event, type_, actors in event_actors(graph):
        nodes[str(event)] = [
            str(event), _label(graph, event), f"Event;{type_.capitalize()}", _value(graph, event, NKG.date),
            _value(graph, event, NKG.status), _value(graph, event, NKG.confidence),
            _value(graph, event, NKG.sourceCount), "",
        ]
        for prop, role in ROLE_BY_PROPERTY.items():
            for actor in graph.objects(event, prop):
                rels[(str(event), str(actor), role.upper())] += 1
        for actor in actors:
            if not any((event, prop, actor) in graph for prop in ROLE_BY_PROPERTY):
                rels[(str(event), str(actor), "HAS_ACTOR")] += 1
        for place in graph.objects(event, NKG.place):
            rels[(str(event), str(place), "PLACE")] += 1
        for article in graph.objects(event, PROV.wasDerivedFrom):
            rels[(str(event), str(article), "SOURCE")] += 1
        for a, b in combinations(actors, 2):
            rels[(str(a), str(b), "SHARED_EVENT")] += 1
    for cls, kind in KIND_BY_CLASS.items():
        for entity in graph.subjects(RDF.type, cls):
            nodes.setdefault(str(entity), [str(entity), _label(graph, entity), f"Entity;{cls.fragment}", "", "", "", "", ""])
    for article in graph.subjects(RDF.type, NKG.Article):
        nodes[str(article)] = [str(article), _label(graph, article), "Article", "", "", "", "", _value(graph, article, iris.SCHEMA.url)]
    wanted = set(nodes)
    rel_rows = [[s, e, t, n] for (s, e, t), n in sorted(rels.items()) if s in wanted and e in wanted]
    return [nodes[k] for k in sorted(nodes)], rel_rows


def write_neo4j_csv(graph: Graph, out_dir: Path) -> list[Path]:
    """nodes.csv and relationships.csv for `neo4j-admin database import full --nodes=... --relationships=...`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    node_rows, rel_rows = neo4j_rows(graph)
    nodes, rels = out_dir / "nodes.csv", out_dir / "relationships.csv"
    atomic_write_text(nodes, _csv_text(NODE_HEADER, node_rows))
    atomic_write_text(rels, _csv_text(REL_HEADER, rel_rows))
    return [nodes, rels]


# --- kg export ------------------------------------------------------------------------


def jsonld_context() -> dict:
    """The JSON-LD context shipped in ontology/context.jsonld."""
    text = (files("kg") / "ontology" / "context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]


def default_output(graph_path: Path, fmt: str) -> Path:
    """Beside the input, never overwriting a file: graph.ttl -> graph.jsonld, or graph.export.ttl if taken."""
    if fmt == "csv":
        return graph_path.with_name(graph_path.stem + "-neo4j")
    out = graph_path.with_suffix(EXTENSIONS[fmt])
    return graph_path.with_name(graph_path.stem + ".export" + EXTENSIONS[fmt]) if out.exists() else out


def export_graph(graph_path: Path, fmt: str, out: Path | None = None) -> list[Path]:
    """Export a graph file to ttl | trig | nq | jsonld | graphml | csv; returns the files written."""
    if fmt not in (*EXTENSIONS, "csv"):
        raise ExportError(f"unknown export format '{fmt}'; use one of {', '.join([*EXTENSIONS, 'csv'])}")
    graph_path = Path(graph_path)
    out = Path(out) if out is not None else default_output(graph_path, fmt)
    loaded = load_graph(graph_path)
    view = merged_view(loaded)
    try:
        if fmt == "csv":
            return write_neo4j_csv(view, out)
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(out, _export_bytes(loaded, view, fmt))
    except OSError as exc:
        raise ExportError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    return [out]


def _export_bytes(loaded: Graph, view: Graph, fmt: str) -> bytes:
    if fmt == "ttl":
        return serialize_graph(view)
    if fmt in ("trig", "nq"):
        return serialize_dataset(loaded if isinstance(loaded, Dataset) else _as_dataset(view), fmt)
    if fmt == "jsonld":
        return view.serialize(format="json-ld", context=jsonld_context(), indent=1).encode("utf-8")
    return graphml_bytes(view)


def _as_dataset(graph: Graph) -> Dataset:
    ds = Dataset()
    for triple in graph:
        ds.default_graph.add(triple)
    return ds
