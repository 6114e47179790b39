"""Turn extraction results and merged events into RDF: one named graph per article plus a merged view.

`build_graph` returns a `BuiltGraph`: one named graph per article (named by the article
IRI: what that article states, with its evidence and metadata) and a default graph that
is the merged view (one node per real-world event with every piece of evidence and
`nkg:sourceCount`). Event nodes use the merged event IRI in both, so a statement in a
named graph reads "this article reports this about that event". Text from articles only
ever lands in literals.

The triples are plain tuples of strings (see `Obj`), turned into pyoxigraph quads for
writing (`BuiltGraph.quads`) and into an rdflib `Dataset`/`Graph` only when a reader asks
(`BuiltGraph.dataset()`, `BuiltGraph.default_graph`): filling rdflib's store and making
rdflib terms cost more than everything else in building the graph. `build_dataset` is
the rdflib view of the same build.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from functools import cached_property

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.store import TripleAddedEvent

from kg import iris
from kg.iris import NKG, OA, SCHEMA
from kg.merge import event_status, merged_confidence, merged_date, merged_place
from kg.records import (
    ADDRESSEE,
    AGREEMENT,
    COUNTRY,
    GROUP,
    HOST,
    MEETING,
    ORGANIZATION,
    PARTICIPANT,
    PARTY,
    PERSON,
    PLACE,
    SPEAKER,
    STATEMENT,
    VISITOR,
    Article,
    ArticleResult,
    Entity,
    Event,
    Evidence,
    MergedEvent,
    RoleFact,
)

EVENT_CLASSES = {MEETING: NKG.Meeting, AGREEMENT: NKG.Agreement, STATEMENT: NKG.Statement}
ENTITY_CLASSES = {
    PERSON: NKG.Person,
    ORGANIZATION: NKG.Organization,
    COUNTRY: NKG.Country,
    PLACE: NKG.Place,
    GROUP: NKG.Group,
}
ROLE_PROPERTIES = {
    PARTICIPANT: NKG.participant,
    PARTY: NKG.party,
    SPEAKER: NKG.speaker,
    ADDRESSEE: NKG.addressee,
    HOST: NKG.host,
    VISITOR: NKG.visitor,
}
QUOTE_CONTEXT = 32  # characters of prefix/suffix in a TextQuoteSelector
# Unicode noncharacters: legal in Turtle's grammar but rejected by common parsers (raptor).
_UNSAFE_CHARS = re.compile("[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(p + 0xFFFE)}{chr(p + 0xFFFF)}" for p in range(0x10000, 0x110000, 0x10000)) + "]")
_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")

# An object term: (0, IRI, "") or (1, lexical form, datatype IRI, "" for a plain string).
# Subjects and predicates are IRI strings. Tuples of strings sort in the order the files are
# written in (subject, predicate, IRIs before literals, then text, then datatype).
Obj = tuple[int, str, str]
Triple = tuple[str, str, Obj]
IRI, LITERAL = 0, 1


class _Names:
    """A namespace whose terms are plain strings (`_Names(NKG).hasActor`), each made once."""

    def __init__(self, base: str):
        self._base = str(base)

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):  # introspection (copy, pickle, mocks) must not mint terms
            raise AttributeError(name)
        value = self._base + name
        setattr(self, name, value)
        return value


_NKG, _RDF, _RDFS, _SKOS, _DCT, _PROV, _OA, _SCHEMA, _XSD, _OWL = (
    _Names(ns) for ns in (NKG, RDF, RDFS, SKOS, DCTERMS, PROV, OA, SCHEMA, XSD, OWL)
)
_EVENT_CLASS = {k: str(v) for k, v in EVENT_CLASSES.items()}
_ENTITY_CLASS = {k: str(v) for k, v in ENTITY_CLASSES.items()}
_ROLE_PROPERTY = {k: str(v) for k, v in ROLE_PROPERTIES.items()}


def iri_obj(iri: str) -> Obj:
    return (IRI, iri, "")


def text_obj(text: str) -> Obj:
    """Plain literal of (article) text; lone surrogates and noncharacters become U+FFFD."""
    return (LITERAL, _UNSAFE_CHARS.sub("\ufffd", text), "")


def int_obj(value: int, datatype: str = _XSD.integer) -> Obj:
    return (LITERAL, str(int(value)), datatype)


def date_obj(value: str | None) -> Obj | None:
    """`xsd:date`, `xsd:gYearMonth` or `xsd:gYear` literal for an ISO date at that precision."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            Date.fromisoformat(value)
        except ValueError:
            return None
        return (LITERAL, value, _XSD.date)
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        return (LITERAL, value, _XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return (LITERAL, value, _XSD.gYear)
    return None


def decimal_obj(value: float) -> Obj:
    """`xsd:decimal` in [0, 1] (NaN -> 0), three decimals at most, always a dot (Turtle reads it as decimal)."""
    value = float(value)
    value = min(1.0, max(0.0, value)) if math.isfinite(value) else 0.0
    text = f"{round(value, 3):.3f}".rstrip("0")
    return (LITERAL, text + "0" if text.endswith(".") else text, _XSD.decimal)


def url_str(url: str | None) -> str | None:
    """The article URL when it is http(s), normalised to a strict URI (else None)."""
    from kg.ingest import web_url

    return web_url(url) if url else None


def to_rdflib(o: Obj) -> URIRef | Literal:
    """The rdflib term of an object term."""
    kind, value, datatype = o
    if kind == IRI:
        return URIRef(value)
    return Literal(value, datatype=URIRef(datatype)) if datatype else Literal(value)


def to_pyoxigraph(o: Obj) -> ox.NamedNode | ox.Literal:
    """The pyoxigraph term of an object term."""
    kind, value, datatype = o
    if kind == IRI:
        return ox.NamedNode(value)
    return ox.Literal(value, datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(value)


def text_literal(text: str) -> Literal:
    """rdflib form of `text_obj`."""
    return to_rdflib(text_obj(text))


def date_literal(value: str | None) -> Literal | None:
    """rdflib form of `date_obj`."""
    obj = date_obj(value)
    return None if obj is None else to_rdflib(obj)


def decimal_literal(value: float) -> Literal:
    """rdflib form of `decimal_obj`."""
    return to_rdflib(decimal_obj(value))


def url_iri(url: str | None) -> URIRef | None:
    """rdflib form of `url_str`."""
    safe = url_str(url)
    return URIRef(safe) if safe else None


@dataclass
class EntityIndex:
    """Corpus-wide view of entities by key: one canonical label, all aliases."""

    names: dict[str, Counter] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=dict)

    def add(self, entity: Entity) -> None:
        key = entity.key
        self.names.setdefault(key, Counter())[entity.name] += 1
        self.entities.setdefault(key, entity)
        self.aliases.setdefault(key, set()).update(entity.aliases)

    @classmethod
    def of(cls, results: list[ArticleResult]) -> EntityIndex:
        """The index of every entity the results mention."""
        index = cls()
        for result in results:
            for entity in result.all_entities():
                index.add(entity)
        return index

    def label(self, key: str) -> str:
        counts = self.names[key]
        return min(counts, key=lambda name: (-counts[name], name))


def add_entity(g: set[Triple], key: str, index: EntityIndex) -> str:
    """Describe one canonical entity (class, labels, aliases, country code, Wikidata link)."""
    entity = index.entities[key]
    node = iris.entity_iri_str(key)
    label = index.label(key)
    g.add((node, _RDF.type, iri_obj(_ENTITY_CLASS.get(entity.type, _NKG.Actor))))
    g.add((node, _RDFS.label, text_obj(label)))
    g.add((node, _SKOS.prefLabel, text_obj(label)))
    for alias in sorted((index.aliases[key] | set(index.names[key])) - {label}):
        g.add((node, _SKOS.altLabel, text_obj(alias)))
    if entity.country:
        g.add((node, _NKG.countryCode, text_obj(entity.country)))
    if entity.wikidata and _WIKIDATA_ID.fullmatch(entity.wikidata):
        g.add((node, _OWL.sameAs, iri_obj(f"http://www.wikidata.org/entity/{entity.wikidata}")))
    return node


def add_article(g: set[Triple], article: Article) -> str:
    """Describe an article: id, content hash, title, URL, outlet, publication date."""
    node = iris.article_iri_str(article.id)
    g.add((node, _RDF.type, iri_obj(_NKG.Article)))
    g.add((node, _NKG.articleId, text_obj(article.id)))
    g.add((node, _NKG.contentHash, text_obj(article.content_hash)))
    g.add((node, _RDFS.label, text_obj(article.title or article.id)))
    if article.title:
        g.add((node, _DCT.title, text_obj(article.title)))
    url = url_str(article.url)
    if url is not None:
        g.add((node, _SCHEMA.url, iri_obj(url)))
    if article.outlet:
        g.add((node, _SCHEMA.publisher, text_obj(article.outlet)))
    issued = date_obj(article.date_published)
    if issued is not None and issued[2] == _XSD.date:
        g.add((node, _DCT.issued, issued))
    if article.date_note:
        g.add((node, _NKG.dateNote, text_obj(article.date_note)))
    return node


def add_sentence(g: set[Triple], evidence: Evidence, article_text: str | None) -> str:
    """Evidence sentence with offsets, plus Web Annotation position and quote selectors."""
    article_id, index = evidence.article_id, evidence.sentence_index
    node = iris.sentence_iri_str(article_id, index)
    article = iri_obj(iris.article_iri_str(article_id))
    position = iris.selector_iri_str(article_id, index, "position")
    quote_sel = iris.selector_iri_str(article_id, index, "quote")
    exact = text_obj(evidence.text)
    g.add((node, _RDF.type, iri_obj(_NKG.Sentence)))
    g.add((node, _NKG.text, exact))
    g.add((node, _NKG.start, int_obj(evidence.start)))
    g.add((node, _NKG.end, int_obj(evidence.end)))
    g.add((node, _NKG.article, article))
    g.add((node, _OA.hasSource, article))
    g.add((node, _OA.hasSelector, iri_obj(position)))
    g.add((node, _OA.hasSelector, iri_obj(quote_sel)))
    g.add((position, _RDF.type, iri_obj(_OA.TextPositionSelector)))
    g.add((position, _OA.start, int_obj(evidence.start, _XSD.nonNegativeInteger)))
    g.add((position, _OA.end, int_obj(evidence.end, _XSD.nonNegativeInteger)))
    g.add((quote_sel, _RDF.type, iri_obj(_OA.TextQuoteSelector)))
    g.add((quote_sel, _OA.exact, exact))
    if article_text is not None and article_text[evidence.start : evidence.end] == evidence.text:
        prefix = article_text[max(0, evidence.start - QUOTE_CONTEXT) : evidence.start]
        suffix = article_text[evidence.end : evidence.end + QUOTE_CONTEXT]
        if prefix:
            g.add((quote_sel, _OA.prefix, text_obj(prefix)))
        if suffix:
            g.add((quote_sel, _OA.suffix, text_obj(suffix)))
    return node


def event_label(type_: str, actor_labels: Iterable[str], date: str | None, place: str | None) -> str:
    """Readable label: "Meeting: A, B (2019-02-11, Ankara)"."""
    label = f"{type_.capitalize()}: {', '.join(actor_labels) or 'unknown actors'}"
    details = [d for d in (date, place) if d]
    return f"{label} ({', '.join(details)})" if details else label


def add_event(
    g: set[Triple],
    node: str,
    type_: str,
    members: list[Event],
    index: EntityIndex,
    extractor_version: str | None,
    published: dict[str, str | None],
    source_count: int | None = None,
) -> None:
    """Describe an event from the reports (`members`) that make it up in this graph.

    `published` maps article ids to publication dates (to judge "occurred" reports).
    """
    view = MergedEvent(id="", type=type_, members=members)
    date, place = merged_date(view), merged_place(view)
    g.add((node, _RDF.type, iri_obj(_EVENT_CLASS.get(type_, _NKG.Event))))
    actors: dict[str, None] = {}
    for event in members:
        for participant in event.participants:
            actor = iri_obj(iris.entity_iri_str(participant.entity))
            actors.setdefault(participant.entity.key)
            g.add((node, _NKG.hasActor, actor))
            if participant.role in _ROLE_PROPERTY:
                g.add((node, _ROLE_PROPERTY[participant.role], actor))
        for evidence in event.evidence:
            g.add((node, _NKG.evidence, iri_obj(iris.sentence_iri_str(evidence.article_id, evidence.sentence_index))))
            g.add((node, _PROV.wasDerivedFrom, iri_obj(iris.article_iri_str(evidence.article_id))))
        if event.date_raw:
            g.add((node, _NKG.dateText, text_obj(event.date_raw)))
        if event.mode:
            g.add((node, _NKG.mode, text_obj(event.mode)))
        if event.content:
            g.add((node, _NKG.content, text_obj(event.content)))
        if event.trigger:
            g.add((node, _NKG.trigger, text_obj(event.trigger)))
        if event.extractor:
            g.add((node, _NKG.extractor, text_obj(event.extractor)))
    place_label = index.label(place.key) if place is not None else None
    labels = sorted(index.label(key) for key in actors)
    g.add((node, _RDFS.label, text_obj(event_label(type_, labels, date, place_label))))
    date_value = date_obj(date)
    if date_value is not None:
        g.add((node, _NKG.date, date_value))
    if place is not None:
        g.add((node, _NKG.place, iri_obj(iris.entity_iri_str(place))))
    g.add((node, _NKG.status, text_obj(event_status(members, date, published))))
    g.add((node, _NKG.confidence, decimal_obj(merged_confidence(view))))
    if extractor_version:
        g.add((node, _NKG.extractorVersion, text_obj(extractor_version)))
    if source_count is not None:
        g.add((node, _NKG.sourceCount, int_obj(source_count)))


def add_post(g: set[Triple], role: RoleFact) -> str:
    """`?person nkg:holdsPost ?post`, the post with its title, organisation/country and evidence."""
    of_key = role.of.key if role.of is not None else None
    node = iris.post_iri_str(role.person.key, role.title, of_key)
    g.add((iris.entity_iri_str(role.person), _NKG.holdsPost, iri_obj(node)))
    g.add((node, _RDF.type, iri_obj(_NKG.Post)))
    g.add((node, _RDFS.label, text_obj(role.title)))
    if role.of is not None:
        g.add((node, _NKG.postOf, iri_obj(iris.entity_iri_str(role.of))))
    g.add((node, _NKG.evidence, iri_obj(iris.sentence_iri_str(role.evidence.article_id, role.evidence.sentence_index))))
    date = date_obj(role.date)
    if date is not None:
        g.add((node, _NKG.date, date))
    return node


def bind_prefixes(g: Graph) -> None:
    """Bind the readable newskg prefixes (replacing rdflib's defaults for the same names)."""
    for prefix, ns in iris.PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def _extractor_version() -> str | None:
    try:
        from kg.extract import EXTRACTOR_VERSION  # optional: the extract package may be absent
    except ImportError:
        return None
    return str(EXTRACTOR_VERSION)


def _describe_article(g: set[Triple], result: ArticleResult, index: EntityIndex) -> None:
    """Article metadata, its entities, evidence sentences and posts (not its events)."""
    add_article(g, result.article)
    for key in sorted({e.key for e in result.all_entities()}):
        add_entity(g, key, index)
    evidence = [ev for event in result.events for ev in event.evidence] + [r.evidence for r in result.roles]
    seen: set[tuple[str, int]] = set()
    for ev in sorted(evidence, key=lambda e: (e.sentence_index, e.start, e.end)):
        if (ev.article_id, ev.sentence_index) not in seen:  # one description per sentence, the first span wins
            seen.add((ev.article_id, ev.sentence_index))
            add_sentence(g, ev, result.article.text if ev.article_id == result.article.id else None)
    for role in result.roles:
        add_post(g, role)


class _Terms(dict):
    """Term cache for one conversion: object term or IRI string -> its form in the target, made once."""

    def __init__(self, convert):
        super().__init__()
        self.convert = convert

    def __missing__(self, key):
        value = self[key] = self.convert(key if isinstance(key, tuple) else iri_obj(key))
        return value


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_NT_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def nt_term(o: Obj) -> str:
    """The N-Triples form of an object term: `<iri>`, `"text"` or `"lexical"^^<datatype>`."""
    kind, value, datatype = o
    if kind == IRI:
        if _NT_BAD_IRI.search(value):  # never let a malformed IRI end the term early
            raise ValueError(f"not a valid IRI: {value[:200]!r}")
        return f"<{value}>"
    text = f'"{value.translate(_NT_ESCAPES)}"'
    return f"{text}^^<{datatype}>" if datatype else text


@dataclass
class BuiltGraph:
    """The triples of each graph as built: `graphs[None]` is the merged (default) graph, the others
    are named by article IRI. Writers get sorted N-Triples/N-Quads (which Oxigraph reads far faster
    than Python can make its term objects) or pyoxigraph quads; readers get rdflib views
    (`dataset()`, `default_graph`), made once and only when asked."""

    graphs: dict[str | None, set[Triple]]

    @property
    def merged_size(self) -> int:
        """Triples in the merged view (graph.ttl)."""
        return len(self.graphs.get(None, ()))

    def names(self) -> list[str | None]:
        """Graph names in writing order: the default graph (None) first, then named graphs by IRI."""
        return sorted(self.graphs, key=lambda name: (name is not None, name or ""))

    def _lines(self, name: str | None, terms: _Terms) -> str:
        """One graph's statements, sorted, one per line (N-Triples for the default graph, else N-Quads)."""
        end = " .\n" if name is None else f" {terms[name]} .\n"
        return "".join([f"{terms[s]} {terms[p]} {terms[o]}{end}" for s, p, o in sorted(self.graphs[name])])

    def ntriples(self) -> bytes:
        """The merged view as sorted N-Triples (what graph.ttl holds)."""
        return self._lines(None, _Terms(nt_term)).encode("utf-8") if None in self.graphs else b""

    def named_nquads(self) -> bytes:
        """The named (per-article) graphs as N-Quads, each graph's lines sorted, graphs by name."""
        terms = _Terms(nt_term)
        return "".join([self._lines(name, terms) for name in self.names() if name is not None]).encode("utf-8")

    def nquads(self) -> bytes:
        """Every graph as N-Quads: the merged view first, then `named_nquads()` (what graph.trig holds)."""
        return self.ntriples() + self.named_nquads()

    def quads(self) -> list[ox.Quad]:
        """Every quad as pyoxigraph quads, in `nquads()` order."""
        return list(ox.parse(self.nquads(), format=ox.RdfFormat.N_QUADS))

    def default_triples(self) -> list[ox.Triple]:
        """The merged view's triples as pyoxigraph triples, sorted."""
        return [q.triple for q in ox.parse(self.ntriples(), format=ox.RdfFormat.N_TRIPLES)]

    def dataset(self) -> Dataset:
        """The rdflib `Dataset` (named graphs + merged default graph), made on first call."""
        if "_dataset" not in self.__dict__:
            ds = Dataset()
            bind_prefixes(ds)
            terms = _Terms(to_rdflib)
            for name in self.names():
                _fill(ds.default_graph if name is None else ds.graph(terms[name]), self.graphs[name], terms)
            ds.newskg_built = _BuiltMarker(self)
            ds.store.dispatcher.subscribe(TripleAddedEvent, ds.newskg_built.mark_stale)
            self.__dict__["_dataset"] = ds
        return self.__dict__["_dataset"]

    @cached_property
    def default_graph(self) -> Graph:
        """The merged view as an rdflib `Graph` (the dataset's default graph once that exists)."""
        if "_dataset" in self.__dict__:
            return self.__dict__["_dataset"].default_graph
        graph = Graph(store="SimpleMemory")  # one graph, no contexts: the cheapest rdflib store to fill
        bind_prefixes(graph)
        _fill(graph, self.graphs.get(None, ()), _Terms(to_rdflib))
        return graph


def _fill(graph: Graph, triples: Iterable[Triple], terms: _Terms) -> None:
    # Straight to the store: the terms are ours and valid, so skip Graph.addN's per-term checks.
    graph.store.addN((terms[s], terms[p], terms[o], graph) for s, p, o in triples)


@dataclass
class _BuiltMarker:
    """Ties an rdflib dataset to the `BuiltGraph` it was made from, until the dataset changes.

    rdflib's store announces adds only, so a removal shows as a graph whose size no longer matches.
    """

    built: BuiltGraph
    stale: bool = False

    def mark_stale(self, event=None) -> None:
        self.stale = True


def built_graph_of(dataset: Dataset) -> BuiltGraph | None:
    """The `BuiltGraph` an rdflib dataset was made from, when the dataset is still exactly that."""
    marker = getattr(dataset, "newskg_built", None)
    if not isinstance(marker, _BuiltMarker) or marker.stale:
        return None
    default_id = dataset.default_graph.identifier
    sizes = {None if g.identifier == default_id else str(g.identifier): len(g) for g in dataset.graphs()}
    sizes = {name: n for name, n in sizes.items() if n}
    expected = {name: len(t) for name, t in marker.built.graphs.items() if t}
    return marker.built if sizes == expected else None


def build_graph(results: list[ArticleResult], merged: list[MergedEvent]) -> BuiltGraph:
    """One named graph per article plus the merged view as the default graph."""
    results = sorted(results, key=lambda r: r.article.id)
    version = _extractor_version()
    published = {r.article.id: r.article.date_published for r in results}
    index = EntityIndex.of(results)
    event_node = {id(e): iris.event_iri_str(m.id) for m in merged for e in m.members}
    default: set[Triple] = set()
    graphs: dict[str | None, set[Triple]] = {}
    for result in results:
        g: set[Triple] = set()
        _describe_article(g, result, index)
        default.update(g)  # the same description belongs in the merged view
        by_node: dict[str, list[Event]] = {}
        for event in result.events:
            if id(event) in event_node:
                by_node.setdefault(event_node[id(event)], []).append(event)
        for node, members in by_node.items():
            add_event(g, node, members[0].type, members, index, version, published)
        graphs.setdefault(iris.article_iri_str(result.article.id), set()).update(g)
    for m in merged:
        add_event(default, iris.event_iri_str(m.id), m.type, m.members, index, version, published, len(m.articles))
    graphs[None] = default
    return BuiltGraph(graphs)


def build_dataset(results: list[ArticleResult], merged: list[MergedEvent]) -> Dataset:
    """`build_graph(...)` as an rdflib `Dataset` (named graph per article + merged default graph)."""
    return build_graph(results, merged).dataset()
