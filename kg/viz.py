"""Interactive, self-contained HTML network of a newskg graph (reads RDF only).

`render_html(graph, out_path, view=..., max_nodes=...)` reads events, actors,
places, evidence sentences and articles through the core vocabulary of
docs/ARCHITECTURE.md, so it draws any graph file, not only one built in this
process. `graph` is an rdflib graph (`kg viz FILE.ttl`, the notebook) or the
`kg.graph.BuiltGraph` of a build, whose plain triples are read directly (no rdflib
terms: five times faster at 1,000 articles); both give the same page, byte for
byte. Two views:

- ``actors``: people, organisations, countries (and groups) as nodes; an edge
  between two actors for the events they share, weighted by their number and
  labelled with counts by type;
- ``events``: one small node per event, linked to its participants, its place
  and its date.

Node size is importance from networkx (weighted degree in the actor network),
colour is kind. The page embeds vis-network (the copy bundled with pyvis) and
all of its own script and style inline, sets a Content-Security-Policy that
forbids every network request and every script but its own, and carries the
data as one JSON block that scripts read with `JSON.parse` and show with
`textContent` only, so text from articles is never parsed as HTML or code.
"""

from __future__ import annotations

import base64
import gc
import hashlib
import html
import json
import math
import os
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import SimpleNamespace
from typing import Iterable, Iterator
from urllib.parse import urlsplit

import networkx as nx
from rdflib import RDF, RDFS, BNode, ConjunctiveGraph, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg import graph as built_graph
from kg.atomic import atomic_write_text
from kg.graph import BuiltGraph

NKG = Namespace("https://w3id.org/newskg/ontology#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")

VIEWS = ("events", "actors")

# Class IRI (a plain string) -> kind shown on the page. Event kinds are the event types.
ENTITY_KINDS = {
    str(NKG.Person): "person",
    str(NKG.Organization): "organization",
    str(NKG.Country): "country",
    str(NKG.Group): "group",
    str(NKG.Place): "place",
}
EVENT_KINDS = {str(NKG.Meeting): "meeting", str(NKG.Agreement): "agreement", str(NKG.Statement): "statement"}
GENERIC_EVENT = "event"  # typed only nkg:Event (or a subclass this module does not know)

# Role sub-properties of nkg:hasActor (IRI strings).
ROLE_PROPERTIES = {
    str(NKG.participant): "participant",
    str(NKG.party): "party",
    str(NKG.speaker): "speaker",
    str(NKG.addressee): "addressee",
    str(NKG.host): "host",
    str(NKG.visitor): "visitor",
}

# The predicates read in hot loops, as plain strings in attributes: rdflib namespace
# attribute access is a method call each time, and a big graph makes millions of them.
P = SimpleNamespace(
    type=str(RDF.type), label=str(RDFS.label), prefLabel=str(SKOS.prefLabel), title=str(DCTERMS.title),
    issued=str(DCTERMS.issued), publisher=str(SCHEMA.publisher), url=str(SCHEMA.url),
    wasDerivedFrom=str(PROV.wasDerivedFrom),
    **{name: str(NKG[name]) for name in (
        "Event Article hasActor evidence text article start place date dateText status mode "
        "confidence sourceCount content holdsPost postOf"
    ).split()},
)

# Colour-blind-safe palette (Okabe-Ito); the legend shows the same table.
KIND_STYLE = {
    "person": ("Person", "#0072B2"),
    "organization": ("Organisation", "#009E73"),
    "country": ("Country", "#E69F00"),
    "group": ("Group", "#CC79A7"),
    "place": ("Place", "#56B4E9"),
    "meeting": ("Meeting", "#D55E00"),
    "agreement": ("Agreement", "#7B3294"),
    "statement": ("Statement", "#999933"),
    GENERIC_EVENT: ("Other event", "#777777"),
    "date": ("Date", "#BBBBBB"),
}

# Past this many nodes the page switches to the cheap drawing settings
# (straight edges, no edge labels, no improved initial layout).
LARGE_GRAPH = 300

# Stabilisation stops after this much layout time, whatever the iteration count,
# so big graphs become interactive within seconds (then physics is frozen).
LAYOUT_BUDGET_MS = 3000

ASSETS = Path(__file__).with_name("viz_assets")


class ScreenshotError(RuntimeError):
    """Headless Chromium (or Playwright) is missing or the page did not render."""


@dataclass
class VizSummary:
    """What `render_html` drew: counts as the page shows them on opening."""

    path: Path
    view: str
    nodes: int
    edges: int
    dropped: int = 0  # actors left out by max_nodes
    actors: int = 0  # actors in the graph before max_nodes
    events: int = 0  # events drawn (events view) or carried by edges (actors view)

    def __str__(self) -> str:
        text = f"{self.view} view: {self.nodes} nodes, {self.edges} edges"
        if self.dropped:
            text += f"; top {self.actors - self.dropped} of {self.actors} actors kept"
        return text


# ---------------------------------------------------------------- reading RDF


@dataclass
class ArticleInfo:
    title: str | None = None
    outlet: str | None = None
    url: str | None = None  # only http/https
    issued: str | None = None


@dataclass
class EvidenceInfo:
    text: str
    article: str | None  # article IRI
    start: int = 0


@dataclass
class EventInfo:
    iri: str
    type: str
    label: str | None = None
    date: str | None = None
    date_text: str | None = None
    place: str | None = None  # entity IRI
    status: str | None = None
    mode: str | None = None
    confidence: float | None = None
    sources: int | None = None
    content: str | None = None
    actors: list[tuple[str, str]] = field(default_factory=list)  # (entity IRI, role)
    evidence: list[EvidenceInfo] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)


@dataclass
class EntityInfo:
    iri: str
    label: str
    kind: str
    posts: list[str] = field(default_factory=list)  # "Defence Minister (Turkey)"


@dataclass
class GraphData:
    events: list[EventInfo]
    entities: dict[str, EntityInfo]
    articles: dict[str, ArticleInfo]


# A value in the reader's index, as `kg.graph` writes object terms: (IRI, text, ""), (LITERAL,
# lexical form, datatype IRI or "") or, from an rdflib graph, (BLANK, id, "").
Value = tuple[int, str, str]
IRI, LITERAL, BLANK = built_graph.IRI, built_graph.LITERAL, 2
# The predicates the page reads: the rest of a graph (selectors, aliases, hashes...) is skipped.
READ = frozenset(vars(P).values()) | frozenset(ROLE_PROPERTIES)
_READ_TERMS = frozenset(URIRef(p) for p in READ)


def _triples(graph: Graph) -> Iterable[tuple]:
    """The triples to draw: a dataset's default (merged) graph, else its union."""
    if not isinstance(graph, ConjunctiveGraph):
        return graph
    # rdflib 7.1+ names it default_graph and deprecates default_context.
    default = graph.default_graph if hasattr(type(graph), "default_graph") else graph.default_context
    if len(default) == 0:
        return ((s, p, o) for s, p, o, _ in graph.quads((None, None, None, None)))
    return default


def _value(term) -> Value:
    if isinstance(term, Literal):
        return (LITERAL, str(term), str(term.datatype or ""))
    return (BLANK if isinstance(term, BNode) else IRI, str(term), "")


def _index(graph: Graph) -> dict[str, dict[str, list[Value]]]:
    """subject -> predicate -> objects in rdflib's order, for the predicates the page reads, in one pass."""
    index: dict = defaultdict(lambda: defaultdict(set))
    for s, p, o in _triples(graph):
        if p in _READ_TERMS:
            index[str(s)][str(p)].add(o)
    return {
        s: {p: [_value(o) for o in (sorted(objs) if len(objs) > 1 else objs)] for p, objs in preds.items()}
        for s, preds in index.items()
    }


def _ordered(values: list[Value]) -> list[Value]:
    """A BuiltGraph's object terms in rdflib's order (IRIs before literals; plain strings by text)."""
    if all(o[0] == IRI for o in values) or all(o[0] == LITERAL and not o[2] for o in values):
        return sorted(values, key=lambda o: o[1])
    terms = {built_graph.to_rdflib(o): o for o in values}  # typed or mixed values: rdflib decides
    return [terms[t] for t in sorted(terms)]


def _built_index(built: BuiltGraph) -> dict[str, dict[str, list[Value]]]:
    """`_index` of a BuiltGraph's merged view (the union of its graphs if that is empty), read from its
    plain triples: the same index without making an rdflib term for each of them."""
    triples = built.graphs.get(None) or set().union(*built.graphs.values())
    index: dict[str, dict[str, list[Value]]] = {}
    for s, p, o in triples:  # a set: no triple twice
        if p in READ:
            props = index.get(s)
            if props is None:
                props = index[s] = {}
            values = props.get(p)
            if values is None:
                props[p] = [o]
            else:
                values.append(o)
    for props in index.values():
        for p, values in props.items():
            if len(values) > 1:
                props[p] = _ordered(values)
    return index


@lru_cache(maxsize=65536)
def _lexical(value: str, datatype: str) -> str:
    """A typed literal's lexical form as rdflib gives it (rdflib normalises some, e.g. integers)."""
    return str(Literal(value, datatype=URIRef(datatype)))


def _first(props: dict, *predicates) -> str | None:
    """The text of the first value of the first of `predicates` the node has."""
    for p in predicates:
        values = props.get(p)
        if values:
            _, value, datatype = values[0]
            return _lexical(value, datatype) if datatype else value
    return None


def _props_of(index: dict, value: Value) -> dict:
    """The properties of the node a value names (none for a literal)."""
    return index.get(value[1], {}) if value[0] != LITERAL else {}


def _number(value: str | None, kind=float):
    try:
        return kind(value) if value is not None else None
    except ValueError:
        return None


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL with a host, else None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _local_name(iri) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _event_type(types: list[Value]) -> str | None:
    for kind, t, _ in types:
        if kind == IRI and t in EVENT_KINDS:
            return EVENT_KINDS[t]
    return GENERIC_EVENT if (IRI, P.Event, "") in types else None


def read_graph(graph: Graph | BuiltGraph) -> GraphData:
    """Events, their actors, places, evidence and articles, from the core vocabulary.

    Reads an rdflib graph (a dataset: its default graph, else the union of its graphs) or a
    `BuiltGraph` (see `read_built`)."""
    return read_index(_built_index(graph) if isinstance(graph, BuiltGraph) else _index(graph))


def read_built(built: BuiltGraph) -> GraphData:
    """`read_graph` of a build's merged view, straight from its plain triples (no rdflib graph)."""
    return read_index(_built_index(built))


def read_index(index: dict[str, dict[str, list[Value]]]) -> GraphData:
    """`read_graph` of a graph already indexed by `_index` or `_built_index`."""
    entities: dict[str, EntityInfo] = {}
    articles: dict[str, ArticleInfo] = {}
    for s, props in index.items():
        types = props.get(P.type, [])
        kind = next((ENTITY_KINDS[t] for k, t, _ in types if k == IRI and t in ENTITY_KINDS), None)
        if kind:
            label = _first(props, P.prefLabel, P.label) or _local_name(s)
            entities[s] = EntityInfo(s, label, kind)
        if (IRI, P.Article, "") in types:
            articles[s] = ArticleInfo(
                title=_first(props, P.title),
                outlet=_first(props, P.publisher),
                url=safe_url(_first(props, P.url)),
                issued=_first(props, P.issued),
            )

    def entity(value: Value) -> str:
        # An actor or place the graph names without typing it still gets a node.
        key = value[1]
        if key not in entities:
            label = _first(_props_of(index, value), P.prefLabel, P.label) or _local_name(key)
            entities[key] = EntityInfo(key, label, "group")
        return key

    for s, props in index.items():
        for post in props.get(P.holdsPost, []) if s in entities else ():
            pp = _props_of(index, post)
            title = _first(pp, P.label)
            of = pp.get(P.postOf)
            if title:
                where = entities[of[0][1]].label if of and of[0][1] in entities else None
                entities[s].posts.append(f"{title} ({where})" if where else title)
    for info in entities.values():
        # "Defence Minister" says nothing that "Defence Minister (Turkey)" does not.
        posts = set(info.posts)
        info.posts = sorted(p for p in posts if not any(q.startswith(p + " (") for q in posts))

    events = []
    for s, props in index.items():
        etype = _event_type(props.get(P.type, []))
        if etype is None:
            continue
        roles: dict[str, list[str]] = defaultdict(list)
        for prop, role in ROLE_PROPERTIES.items():
            for o in props.get(prop, []):
                roles[entity(o)].append(role)
        for o in props.get(P.hasActor, []):
            roles.setdefault(entity(o), [])
        evidence = []
        for node in props.get(P.evidence, []):
            sp = _props_of(index, node)
            text = _first(sp, P.text)
            if text:
                evidence.append(
                    EvidenceInfo(text, _first(sp, P.article), _number(_first(sp, P.start), int) or 0)
                )
        evidence.sort(key=lambda e: (e.article or "", e.start, e.text))
        place = props.get(P.place)
        events.append(
            EventInfo(
                iri=s,
                type=etype,
                label=_first(props, P.label),
                date=_first(props, P.date),
                date_text=_first(props, P.dateText),
                place=entity(place[0]) if place else None,
                status=_first(props, P.status),
                mode=_first(props, P.mode),
                confidence=_number(_first(props, P.confidence)),
                sources=_number(_first(props, P.sourceCount), int),
                content=_first(props, P.content),
                actors=[(iri, "/".join(sorted(set(r))) or "actor") for iri, r in sorted(roles.items())],
                evidence=evidence,
                articles=[a[1] for a in props.get(P.wasDerivedFrom, [])],
            )
        )
    for iri in {e.place for e in events if e.place}:
        if entities[iri].kind == "group":  # untyped place
            entities[iri].kind = "place"
    events.sort(key=lambda e: (e.date or "", e.type, e.iri))
    return GraphData(events, entities, articles)


# ---------------------------------------------------------------- building views


def actor_graph(data: GraphData) -> nx.Graph:
    """Actors as nodes; an edge per pair sharing events, `events` = their indices."""
    g = nx.Graph()
    for i, event in enumerate(data.events):
        actors = sorted({iri for iri, _ in event.actors})
        for iri in actors:
            if iri not in g:
                g.add_node(iri, events=[])
            g.nodes[iri]["events"].append(i)
        for a_i, a in enumerate(actors):
            for b in actors[a_i + 1 :]:
                if g.has_edge(a, b):
                    g.edges[a, b]["events"].append(i)
                else:
                    g.add_edge(a, b, events=[i])
    for _, _, attrs in g.edges(data=True):
        attrs["weight"] = len(attrs["events"])
    return g


def importance(g: nx.Graph) -> dict[str, float]:
    """Weighted degree plus own event count (so an actor who only speaks still counts)."""
    degree = dict(g.degree(weight="weight"))
    return {n: degree[n] + len(g.nodes[n]["events"]) for n in g}


def top_actors(scores: dict[str, float], labels: dict[str, str], max_nodes: int | None) -> list[str]:
    """Actors by importance, highest first (ties by name), cut to max_nodes."""
    ranked = sorted(scores, key=lambda n: (-scores[n], labels[n].casefold(), n))
    return ranked if max_nodes is None else ranked[: max(0, max_nodes)]


def _size(score: float, top: float, low: float = 8, high: float = 40) -> float:
    return round(low + (high - low) * math.sqrt(score / top), 1) if top > 0 else low


def _node(id_: str, label: str, kind: str, size: float, events: list[int], **extra) -> dict:
    return {"id": id_, "label": label, "kind": kind, "size": size, "ev": events, **extra}


def _actor_node(entity: EntityInfo, size: float, events: list[int]) -> dict:
    extra = {"posts": entity.posts} if entity.posts else {}
    return _node(entity.iri, entity.label, entity.kind, size, events, **extra)


def build_actor_view(data: GraphData, g: nx.Graph, keep: list[str]) -> tuple[list[dict], list[dict]]:
    """Actor nodes and weighted actor-actor edges among the kept actors."""
    scores = importance(g)
    top = max((scores[n] for n in keep), default=0)
    kept = set(keep)
    nodes = [_actor_node(data.entities[n], _size(scores[n], top), g.nodes[n]["events"]) for n in keep]
    edges = []
    for a, b, attrs in sorted(g.edges(data=True), key=lambda e: tuple(sorted(e[:2]))):
        if a in kept and b in kept:
            a, b = sorted((a, b))
            edges.append({"from": a, "to": b, "ev": attrs["events"]})
    return nodes, edges


def build_event_view(data: GraphData, g: nx.Graph, keep: list[str]) -> tuple[list[dict], list[dict]]:
    """Event nodes among the kept actors, linked to them, their place and their date."""
    scores = importance(g)
    top = max((scores[n] for n in keep), default=0)
    kept = set(keep)
    nodes = [_actor_node(data.entities[n], _size(scores[n], top), []) for n in keep]
    by_id = {n["id"]: n for n in nodes}
    edges: list[dict] = []

    def link(event_id: str, i: int, other: str, label: str, kind: str, name: str) -> None:
        if other not in by_id:
            by_id[other] = _node(other, name, kind, 0, [])
            nodes.append(by_id[other])
        by_id[other]["ev"].append(i)
        edges.append({"from": event_id, "to": other, "label": label, "ev": [i]})

    for i, event in enumerate(data.events):
        # Only events among kept actors: a top actor's events with dropped
        # actors would bring back the crowd max_nodes is there to remove.
        if not all(iri in kept for iri, _ in event.actors):
            continue
        eid = event.iri
        short = f"{event.type}\n{event.date}" if event.date else event.type
        by_id[eid] = _node(eid, short, event.type, 6 + 2 * min(event.sources or 1, 5), [i])
        nodes.append(by_id[eid])
        for iri, role in event.actors:
            link(eid, i, iri, role, "", "")
        if event.place:
            link(eid, i, event.place, "place", "place", data.entities[event.place].label)
        if event.date:
            link(eid, i, f"date:{event.date}", "date", "date", event.date)
    # Places and dates are sized by how many events they gather.
    top_ev = max((len(n["ev"]) for n in nodes if n["kind"] in ("place", "date")), default=0)
    for n in nodes:
        if n["kind"] in ("place", "date"):
            n["size"] = _size(len(n["ev"]), top_ev, 6, 24)
    return nodes, edges


# ---------------------------------------------------------------- page data


def _event_json(event: EventInfo, data: GraphData, article_ids: dict[str, int]) -> dict:
    """One event as the page shows it; article indices point into `articles`."""
    ent = data.entities
    return {
        "type": event.type,
        "label": event.label,
        "date": event.date,
        "dateText": event.date_text,
        "place": ent[event.place].label if event.place else None,
        "status": event.status,
        "mode": event.mode,
        "confidence": event.confidence,
        "sources": event.sources,
        "content": event.content,
        "actors": [[ent[iri].label, role] for iri, role in event.actors],
        "evidence": [[ev.text, article_ids.get(ev.article or "", -1)] for ev in event.evidence],
    }


def _corpus_line(articles: dict[str, ArticleInfo]) -> str:
    """'5 articles from 3 outlets (A, B, C), published 2019-02-11 – 2019-02-13'."""
    if not articles:
        return "corpus: no article metadata in this graph"
    outlets = sorted({a.outlet for a in articles.values() if a.outlet})
    dates = sorted(a.issued for a in articles.values() if a.issued)
    text = f"{len(articles)} article{'s' if len(articles) != 1 else ''}"
    if outlets:
        shown = ", ".join(outlets[:5]) + (f" and {len(outlets) - 5} more" if len(outlets) > 5 else "")
        text += f" from {len(outlets)} outlet{'s' if len(outlets) != 1 else ''} ({shown})"
    if dates:
        text += f", published {dates[0]}" + (f" – {dates[-1]}" if dates[-1] != dates[0] else "")
    return text


def build_date() -> str:
    """Today (UTC), or the date of SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return moment.date().isoformat()


def vis_options(n_nodes: int) -> dict:
    """vis-network options from pyvis, with stabilisation bounded by graph size."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    net.barnes_hut(gravity=-4000, spring_length=140, spring_strength=0.02, damping=0.3)
    options = json.loads(net.options.to_json())
    large = n_nodes > LARGE_GRAPH
    # Fewer iterations the bigger the graph: each one costs O(n log n).
    iterations = 400 if n_nodes <= 200 else 200 if n_nodes <= 2000 else 80
    # Small batches on big graphs (an iteration costs more), so the page checks
    # its layout time budget often.
    batch = 25 if n_nodes <= 500 else 10 if n_nodes <= 2000 else 1
    options["physics"]["stabilization"].update(iterations=iterations, updateInterval=batch, fit=True)
    options["edges"] = {
        "color": {"inherit": False, "color": "#9aa3ad", "highlight": "#333333"},
        "smooth": {"enabled": not large, "type": "continuous"},
        "font": {"size": 10, "align": "middle", "strokeWidth": 3},
    }
    options["nodes"] = {"shape": "dot", "font": {"size": 12 if not large else 10}}
    options["layout"] = {"improvedLayout": n_nodes <= 100, "randomSeed": 7}
    options["interaction"].update(hover=True, tooltipDelay=150, hideEdgesOnDrag=large, hideEdgesOnZoom=large)
    return options


def _compact(nodes: list[dict], edges: list[dict]) -> tuple[list[dict], list[dict]]:
    """Number nodes and edges (IRIs as ids would double the page); IRIs stay on the nodes."""
    number = {n["id"]: i for i, n in enumerate(nodes)}
    for n in nodes:
        if not n["id"].startswith("date:"):
            n["iri"] = n["id"]
        n["id"] = number[n["id"]]
    for i, e in enumerate(edges):
        e.update(id=i, **{"from": number[e["from"]], "to": number[e["to"]]})
    return nodes, edges


def page_data(data: GraphData, view: str, max_nodes: int | None) -> tuple[dict, VizSummary]:
    """Everything the page needs (both views, opening on `view`) as one JSON-ready dict."""
    g = actor_graph(data)
    labels = {n: data.entities[n].label for n in g}
    keep = top_actors(importance(g), labels, max_nodes)
    views = {}
    for name, build in (("actors", build_actor_view), ("events", build_event_view)):
        nodes, edges = _compact(*build(data, g, keep))
        views[name] = {"nodes": nodes, "edges": edges, "options": vis_options(len(nodes)),
                       "large": len(nodes) > LARGE_GRAPH}
    items = [item for v in views.values() for item in (*v["nodes"], *v["edges"])]
    used = sorted({i for item in items for i in item["ev"]})
    # Re-number events so the page only carries the events it draws.
    renumber = {old: new for new, old in enumerate(used)}
    for item in items:
        item["ev"] = [renumber[i] for i in item["ev"]]
    article_list = sorted(data.articles)
    article_ids = {iri: i for i, iri in enumerate(article_list)}
    dropped = len(g) - len(keep)
    note = (
        f"Showing the {len(keep)} most important of {len(g)} actors (by weighted degree); "
        f"{dropped} left out."
        if dropped
        else ""
    )
    payload = {
        "view": view,
        "views": views,
        "note": note,
        "kinds": {k: {"label": v[0], "color": v[1]} for k, v in KIND_STYLE.items()},
        "events": [_event_json(data.events[i], data, article_ids) for i in used],
        "articles": [vars(data.articles[iri]) for iri in article_list],
        "layoutBudgetMs": LAYOUT_BUDGET_MS,
    }
    shown = views[view]
    n_events = len({i for item in (*shown["nodes"], *shown["edges"]) for i in item["ev"]})
    summary = VizSummary(Path(), view, len(shown["nodes"]), len(shown["edges"]), dropped, len(g), n_events)
    return payload, summary


# ---------------------------------------------------------------- HTML

_SCRIPT_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def json_for_script(obj) -> str:
    """JSON that is safe inside a <script> element.

    ASCII-only output escapes U+2028/2029 and every non-ASCII character;
    escaping <, > and & means no `</script>` or `<!--` can end the block.
    """
    return json.dumps(obj, ensure_ascii=True, separators=(",", ":"), allow_nan=False).translate(
        _SCRIPT_JSON_ESCAPES
    )


def _vis_asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def _script_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _inline_script(code: str) -> str:
    if "</script" in code.lower():
        raise ValueError("inline script would end its own element")
    return f"<script>{code}</script>"


def _legend_kinds(nodes: list[dict]) -> list[tuple[str, str]]:
    present = {n["kind"] for n in nodes}
    return [KIND_STYLE[k] for k in KIND_STYLE if k in present]


def page_html(payload: dict, title: str, corpus: str, built: str) -> str:
    """The whole page. Text is HTML-escaped; scripts are allowed only by hash."""
    vis_js = _vis_asset("vis-network.min.js")
    page_js = (ASSETS / "page.js").read_text(encoding="utf-8")
    css = _vis_asset("vis-network.css") + "\n" + (ASSETS / "page.css").read_text(encoding="utf-8")
    csp = (
        "default-src 'none'; "
        f"script-src {_script_hash(vis_js)} {_script_hash(page_js)}; "
        "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
        "connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    e = html.escape
    legend = "".join(
        f'<li><span class="swatch" style="background:{colour}"></span>{e(label)}</li>'
        for label, colour in _legend_kinds([n for v in payload["views"].values() for n in v["nodes"]])
    )
    template = (ASSETS / "page.html").read_text(encoding="utf-8")
    replacements = {
        "{{csp}}": e(csp, quote=False),
        "{{title}}": e(title),
        "{{corpus}}": e(corpus),
        "{{built}}": e(built),
        "{{note}}": e(payload["note"]),
        "{{legend}}": legend,
        "{{css}}": css.replace("</", "<\\/"),
        "{{data}}": json_for_script(payload),
        "{{vis_js}}": _inline_script(vis_js),
        "{{page_js}}": _inline_script(page_js),
    }
    # One pass, so text substituted in cannot be mistaken for a later placeholder.
    out, pos = [], 0
    while (start := template.find("{{", pos)) != -1:
        end = template.index("}}", start) + 2
        out += [template[pos:start], replacements[template[start:end]]]
        pos = end
    out.append(template[pos:])
    return "".join(out)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector: drawing makes hundreds of thousands of small containers and
    no cycles to free, and each collection walks the whole heap (a big graph is most of it)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def render_html(
    graph: Graph | BuiltGraph,
    out_path,
    *,
    view: str = "events",
    max_nodes: int | None = None,
    title: str | None = None,
) -> VizSummary:
    """Write the interactive network of `graph` (an rdflib graph or a `BuiltGraph`) to `out_path`
    and say what it drew."""
    if view not in VIEWS:
        raise ValueError(f"view must be one of {', '.join(VIEWS)}, not {view!r}")
    with _collector_paused():
        data = read_graph(graph)
        payload, summary = page_data(data, view, max_nodes)
        title = title or f"newskg — {'actor network' if view == 'actors' else 'events'}"
        text = page_html(payload, title, _corpus_line(data.articles), build_date())
    # A lone surrogate in a title or outlet name must not make the page unwritable.
    text = text.encode("utf-8", "replace").decode("utf-8")
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(out, text)
    summary.path = out
    return summary


# ---------------------------------------------------------------- headless Chromium

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--headless",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def browser_missing() -> str | None:
    """Why headless Chromium cannot be driven here, or None when it can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Python package 'playwright' is not installed (pip install playwright)"
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} not found (apt-get install -y chromium)"
    return None


@contextmanager
def chromium() -> Iterator:
    """A Playwright browser on the system Chromium, offline, never downloading one."""
    reason = browser_missing()
    if reason:
        raise ScreenshotError(reason)
    from playwright.sync_api import Error, sync_playwright

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                yield browser
            finally:
                browser.close()
    except Error as exc:
        raise ScreenshotError(f"headless Chromium failed: {exc}") from exc


# A function, not an expression: Playwright evals expression strings in the
# page when polling, which the page's CSP (rightly) forbids.
READY = "() => window.newskg !== undefined && window.newskg.ready === true"


def only_page(page, url: str) -> None:
    """Let the page load its own file and abort every other request it makes."""
    page.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())


def open_page(browser, html_path, *, timeout_s: float = 60, viewport=(1400, 900)):
    """Open a page offline and wait until the network is drawn and frozen.

    Returns (page, seconds to ready, requests seen). Every request is recorded,
    and any that is not the page file itself (or inline data) is aborted.
    """
    context = browser.new_context(offline=True, viewport={"width": viewport[0], "height": viewport[1]})
    requests: list[str] = []
    page = context.new_page()
    url = Path(html_path).resolve().as_uri()
    page.on("request", lambda r: requests.append(r.url))
    only_page(page, url)
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function(READY, timeout=timeout_s * 1000)
    return page, time.perf_counter() - start, requests


def screenshot(html_path, png_path) -> Path:
    """Render the page in headless Chromium and save a PNG of it."""
    png = Path(png_path)
    png.parent.mkdir(parents=True, exist_ok=True)
    with chromium() as browser:
        page, _, _ = open_page(browser, html_path)
        data = page.screenshot(full_page=False)
    from kg.atomic import atomic_write_bytes

    atomic_write_bytes(png, data)
    return png
