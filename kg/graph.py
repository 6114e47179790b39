"""Turn extraction results and merged events into an RDF dataset.

`build_dataset` returns an `rdflib.Dataset` with one named graph per article (named
by the article IRI: what that article states, with its evidence and metadata) and a
default graph that is the merged view (one node per real-world event with every
piece of evidence and `nkg:sourceCount`). Event nodes use the merged event IRI in
both, so a statement in a named graph reads "this article reports this about that
event". Text from articles only ever lands in literals.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.store import TripleAddedEvent
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

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


def text_literal(text: str) -> Literal:
    """Plain literal of article text; lone surrogates and noncharacters become U+FFFD."""
    return Literal(_UNSAFE_CHARS.sub("\ufffd", text))


def date_literal(value: str | None) -> Literal | None:
    """`xsd:date`, `xsd:gYearMonth` or `xsd:gYear` literal for an ISO date at that precision."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            Date.fromisoformat(value)
        except ValueError:
            return None
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return None


def decimal_literal(value: float) -> Literal:
    """`xsd:decimal` in [0, 1] (NaN -> 0), three decimals at most, always a dot (Turtle reads it as decimal)."""
    value = float(value)
    value = min(1.0, max(0.0, value)) if math.isfinite(value) else 0.0
    text = f"{round(value, 3):.3f}".rstrip("0")
    return Literal(Decimal(text + "0" if text.endswith(".") else text), datatype=XSD.decimal)


def url_iri(url: str | None) -> URIRef | None:
    """The article URL as an IRI when it is http(s), normalised to a strict URI (else None)."""
    from kg.ingest import web_url

    safe = web_url(url) if url else None
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


def add_entity(g: Graph, key: str, index: EntityIndex) -> URIRef:
    """Describe one canonical entity (class, labels, aliases, country code, Wikidata link)."""
    entity = index.entities[key]
    node = iris.entity_iri(key)
    label = index.label(key)
    g.add((node, RDF.type, ENTITY_CLASSES.get(entity.type, NKG.Actor)))
    g.add((node, RDFS.label, text_literal(label)))
    g.add((node, SKOS.prefLabel, text_literal(label)))
    for alias in sorted((index.aliases[key] | set(index.names[key])) - {label}):
        g.add((node, SKOS.altLabel, text_literal(alias)))
    if entity.country:
        g.add((node, NKG.countryCode, Literal(entity.country)))
    if entity.wikidata and _WIKIDATA_ID.fullmatch(entity.wikidata):
        g.add((node, OWL.sameAs, URIRef(f"http://www.wikidata.org/entity/{entity.wikidata}")))
    return node


def add_article(g: Graph, article: Article) -> URIRef:
    """Describe an article: id, content hash, title, URL, outlet, publication date."""
    node = iris.article_iri(article.id)
    g.add((node, RDF.type, NKG.Article))
    g.add((node, NKG.articleId, text_literal(article.id)))
    g.add((node, NKG.contentHash, Literal(article.content_hash)))
    g.add((node, RDFS.label, text_literal(article.title or article.id)))
    if article.title:
        g.add((node, DCTERMS.title, text_literal(article.title)))
    url = url_iri(article.url)
    if url is not None:
        g.add((node, SCHEMA.url, url))
    if article.outlet:
        g.add((node, SCHEMA.publisher, text_literal(article.outlet)))
    issued = date_literal(article.date_published)
    if issued is not None and issued.datatype == XSD.date:
        g.add((node, DCTERMS.issued, issued))
    if article.date_note:
        g.add((node, NKG.dateNote, text_literal(article.date_note)))
    return node


def add_sentence(g: Graph, evidence: Evidence, article_text: str | None) -> URIRef:
    """Evidence sentence with offsets, plus Web Annotation position and quote selectors."""
    node = iris.sentence_iri(evidence.article_id, evidence.sentence_index)
    article = iris.article_iri(evidence.article_id)
    position = iris.selector_iri(evidence.article_id, evidence.sentence_index, "position")
    quote_sel = iris.selector_iri(evidence.article_id, evidence.sentence_index, "quote")
    g.add((node, RDF.type, NKG.Sentence))
    g.add((node, NKG.text, text_literal(evidence.text)))
    g.add((node, NKG.start, Literal(int(evidence.start))))
    g.add((node, NKG.end, Literal(int(evidence.end))))
    g.add((node, NKG.article, article))
    g.add((node, OA.hasSource, article))
    g.add((node, OA.hasSelector, position))
    g.add((node, OA.hasSelector, quote_sel))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(int(evidence.start), datatype=XSD.nonNegativeInteger)))
    g.add((position, OA.end, Literal(int(evidence.end), datatype=XSD.nonNegativeInteger)))
    g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
    g.add((quote_sel, OA.exact, text_literal(evidence.text)))
    if article_text is not None and article_text[evidence.start : evidence.end] == evidence.text:
        prefix = article_text[max(0, evidence.start - QUOTE_CONTEXT) : evidence.start]
        suffix = article_text[evidence.end : evidence.end + QUOTE_CONTEXT]
        if prefix:
            g.add((quote_sel, OA.prefix, text_literal(prefix)))
        if suffix:
            g.add((quote_sel, OA.suffix, text_literal(suffix)))
    return node


def event_label(type_: str, actor_labels: Iterable[str], date: str | None, place: str | None) -> str:
    """Readable label: "Meeting: A, B (2019-02-11, Ankara)"."""
    label = f"{type_.capitalize()}: {', '.join(actor_labels) or 'unknown actors'}"
    details = [d for d in (date, place) if d]
    return f"{label} ({', '.join(details)})" if details else label


def add_event(
    g: Graph,
    node: URIRef,
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
    g.add((node, RDF.type, EVENT_CLASSES.get(type_, NKG.Event)))
    actors: dict[str, None] = {}
    for event in members:
        for participant in event.participants:
            actor = iris.entity_iri(participant.entity)
            actors.setdefault(participant.entity.key)
            g.add((node, NKG.hasActor, actor))
            if participant.role in ROLE_PROPERTIES:
                g.add((node, ROLE_PROPERTIES[participant.role], actor))
        for evidence in event.evidence:
            g.add((node, NKG.evidence, iris.sentence_iri(evidence.article_id, evidence.sentence_index)))
            g.add((node, PROV.wasDerivedFrom, iris.article_iri(evidence.article_id)))
        if event.date_raw:
            g.add((node, NKG.dateText, text_literal(event.date_raw)))
        if event.mode:
            g.add((node, NKG.mode, text_literal(event.mode)))
        if event.content:
            g.add((node, NKG.content, text_literal(event.content)))
        if event.trigger:
            g.add((node, NKG.trigger, text_literal(event.trigger)))
        if event.extractor:
            g.add((node, NKG.extractor, text_literal(event.extractor)))
    place_label = index.label(place.key) if place is not None else None
    labels = sorted(index.label(key) for key in actors)
    g.add((node, RDFS.label, text_literal(event_label(type_, labels, date, place_label))))
    date_lit = date_literal(date)
    if date_lit is not None:
        g.add((node, NKG.date, date_lit))
    if place is not None:
        g.add((node, NKG.place, iris.entity_iri(place)))
    g.add((node, NKG.status, Literal(event_status(members, date, published))))
    g.add((node, NKG.confidence, decimal_literal(merged_confidence(view))))
    if extractor_version:
        g.add((node, NKG.extractorVersion, Literal(extractor_version)))
    if source_count is not None:
        g.add((node, NKG.sourceCount, Literal(source_count)))


def add_post(g: Graph, role: RoleFact) -> URIRef:
    """`?person nkg:holdsPost ?post`, the post with its title, organisation/country and evidence."""
    of_key = role.of.key if role.of is not None else None
    node = iris.post_iri(role.person.key, role.title, of_key)
    g.add((iris.entity_iri(role.person), NKG.holdsPost, node))
    g.add((node, RDF.type, NKG.Post))
    g.add((node, RDFS.label, text_literal(role.title)))
    if role.of is not None:
        g.add((node, NKG.postOf, iris.entity_iri(role.of)))
    g.add((node, NKG.evidence, iris.sentence_iri(role.evidence.article_id, role.evidence.sentence_index)))
    date = date_literal(role.date)
    if date is not None:
        g.add((node, NKG.date, date))
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


def _describe_article(g: Graph, result: ArticleResult, index: EntityIndex) -> None:
    """Article metadata, its entities, evidence sentences and posts (not its events)."""
    add_article(g, result.article)
    for key in sorted({e.key for e in result.all_entities()}):
        add_entity(g, key, index)
    evidence = [ev for event in result.events for ev in event.evidence] + [r.evidence for r in result.roles]
    seen: set[URIRef] = set()
    for ev in sorted(evidence, key=lambda e: (e.sentence_index, e.start, e.end)):
        node = iris.sentence_iri(ev.article_id, ev.sentence_index)
        if node not in seen:  # one description per sentence, the first span wins
            seen.add(node)
            add_sentence(g, ev, result.article.text if ev.article_id == result.article.id else None)
    for role in result.roles:
        add_post(g, role)


class TripleSet(set):
    """Collects triples with the `Graph.add` signature; far cheaper than adding to a store one by one."""

    def add(self, triple) -> None:  # type: ignore[override]
        super().add(triple)


def _fill(graph: Graph, triples: set) -> None:
    # Straight to the store: the terms are ours and valid, so skip Graph.addN's per-term checks.
    graph.store.addN((s, p, o, graph) for s, p, o in triples)


@dataclass
class BuiltTriples:
    """The triples `build_dataset` put in each graph (None = default graph), for fast export.

    Valid only while the dataset is unchanged: any later add marks it stale, and a removal
    shows as a graph whose size no longer matches (rdflib's store announces adds only).
    """

    graphs: dict[URIRef | None, set]
    stale: bool = False

    def mark_stale(self, event=None) -> None:
        self.stale = True


def built_triples(dataset: Dataset) -> dict[URIRef | None, set] | None:
    """The triples of each graph as built, when `dataset` is exactly what `build_dataset` made."""
    built = getattr(dataset, "newskg_built", None)
    if not isinstance(built, BuiltTriples) or built.stale:
        return None
    default_id = dataset.default_graph.identifier
    sizes = {None if g.identifier == default_id else g.identifier: len(g) for g in dataset.graphs()}
    sizes = {name: n for name, n in sizes.items() if n}
    expected = {name: len(t) for name, t in built.graphs.items() if t}
    return built.graphs if sizes == expected else None


def build_dataset(results: list[ArticleResult], merged: list[MergedEvent]) -> Dataset:
    """One named graph per article plus the merged view as the default graph."""
    ds = Dataset()
    bind_prefixes(ds)
    results = sorted(results, key=lambda r: r.article.id)
    version = _extractor_version()
    published = {r.article.id: r.article.date_published for r in results}
    index = EntityIndex.of(results)
    event_node = {id(e): iris.event_iri(m.id) for m in merged for e in m.members}
    default = TripleSet()
    graphs: dict[URIRef | None, set] = {}
    for result in results:
        g = TripleSet()
        _describe_article(g, result, index)
        default.update(g)  # the same description belongs in the merged view
        by_node: dict[URIRef, list[Event]] = {}
        for event in result.events:
            if id(event) in event_node:
                by_node.setdefault(event_node[id(event)], []).append(event)
        for node, members in by_node.items():
            add_event(g, node, members[0].type, members, index, version, published)
        name = iris.article_iri(result.article.id)
        _fill(ds.graph(name), g)
        graphs.setdefault(name, set()).update(g)
    for m in merged:
        add_event(default, iris.event_iri(m.id), m.type, m.members, index, version, published, len(m.articles))
    _fill(ds.default_graph, default)
    graphs[None] = default
    ds.newskg_built = BuiltTriples(graphs)
    ds.store.dispatcher.subscribe(TripleAddedEvent, ds.newskg_built.mark_stale)
    return ds
