"""Graph building: stable safe IRIs, named graphs per article, merged view, provenance, typed dates.

Records come from `tests/factories.py` (also importable from here, as older tests do).
"""

from __future__ import annotations

import re

from factories import LISBON, LOPEZ, PORTUGAL, SATO, dataset_of, two_reports
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.compare import to_isomorphic
from rdflib.namespace import PROV, RDF, SKOS

from kg import iris
from kg.export import serialize_dataset, serialize_graph
from kg.graph import date_literal, decimal_literal, url_iri
from kg.iris import NKG, OA, SCHEMA
from kg.records import (
    COUNTRY,
    PERSON,
    SPEAKER,
    STATEMENT,
    Article,
    ArticleResult,
    Entity,
    Event,
    Evidence,
    Participant,
)

SAFE_LOCAL = re.compile(r"[a-z0-9-]+")


def test_iris_are_flat_safe_and_stable_for_hostile_text():
    nasty = 'Dr. "Evil" <script>alert(1)</script> \u202e\u05e9\u05dc\u05d5\u05dd 🚀 ' + "x" * 10_000
    iri = iris.entity_iri(Entity(nasty, PERSON))
    assert iri == iris.entity_iri(Entity(nasty, PERSON))
    assert iri.startswith("https://w3id.org/newskg/id/entity/")
    local = iri[len("https://w3id.org/newskg/id/entity/"):]
    assert SAFE_LOCAL.fullmatch(local) and len(local) <= iris.SLUG_MAX + 9
    assert iris.entity_iri(Entity("Kenji  SATO", PERSON)) == iris.entity_iri(SATO)  # same key
    assert iris.entity_iri(Entity("Kenji Sato", COUNTRY)) != iris.entity_iri(SATO)
    assert iris.slugify("São Tomé & Príncipe") == "sao-tome-principe"
    assert iris.slugify("🚀🚀") == "x"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_valid_distinct_iri(text):
    for iri in (iris.entity_iri(Entity(text, PERSON)), iris.article_iri(text), iris.sentence_iri(text, 3),
                iris.post_iri("person:" + text, text, None)):
        local = iri.rsplit("/", 1)[1]
        assert SAFE_LOCAL.fullmatch(local), iri
    assert iris.article_iri(text) != iris.article_iri(text + " ")


def test_named_graph_per_article_and_merged_default_view():
    results = two_reports()
    ds = dataset_of(results)
    names = {g.identifier for g in ds.graphs()} - {ds.default_graph.identifier}
    assert names == {iris.article_iri("wire-1"), iris.article_iri("daily-7")}
    merged = ds.default_graph
    meetings = list(merged.subjects(RDF.type, NKG.Meeting))
    assert len(meetings) == 1
    event = meetings[0]
    assert merged.value(event, NKG.sourceCount) == Literal(2)
    assert len(set(merged.objects(event, NKG.evidence))) == 2
    assert set(merged.objects(event, PROV.wasDerivedFrom)) == names
    assert set(merged.objects(event, NKG.participant)) == {iris.entity_iri(LOPEZ), iris.entity_iri(SATO)}
    assert set(merged.objects(event, NKG.hasActor)) == set(merged.objects(event, NKG.participant))
    assert merged.value(event, NKG.date) == Literal("2023-05-01", datatype=iris.XSD.date)
    assert merged.value(event, NKG.place) == iris.entity_iri(LISBON)
    assert str(merged.value(event, NKG.confidence)) == "0.9"
    # the second article's graph holds only its own report of the event, no source count
    daily = ds.graph(iris.article_iri("daily-7"))
    assert set(daily.objects(event, NKG.evidence)) == {iris.sentence_iri("daily-7", 0)}
    assert daily.value(event, NKG.sourceCount) is None
    assert (None, RDF.type, NKG.Statement) not in daily


def test_provenance_selectors_and_article_metadata():
    ds = dataset_of(two_reports())
    g = ds.graph(iris.article_iri("wire-1"))
    sentence = iris.sentence_iri("wire-1", 1)
    text = str(g.value(sentence, NKG.text))
    assert text.startswith('"We agreed') and g.value(sentence, NKG.article) == iris.article_iri("wire-1")
    article_text = two_reports()[0].article.text
    start, end = g.value(sentence, NKG.start).toPython(), g.value(sentence, NKG.end).toPython()
    assert article_text[start:end] == text
    selectors = set(g.objects(sentence, OA.hasSelector))
    kinds = {g.value(s, RDF.type) for s in selectors}
    assert kinds == {OA.TextPositionSelector, OA.TextQuoteSelector}
    quote = next(s for s in selectors if g.value(s, RDF.type) == OA.TextQuoteSelector)
    assert str(g.value(quote, OA.exact)) == text and str(g.value(quote, OA.prefix)).endswith("Monday. ")
    article = iris.article_iri("wire-1")
    assert g.value(article, SCHEMA.url) == URIRef("https://news.example/a1")
    assert g.value(article, SCHEMA.publisher) == Literal("Wire")
    assert g.value(article, NKG.contentHash) == Literal(two_reports()[0].article.content_hash)
    event = next(g.subjects(RDF.type, NKG.Meeting))
    assert g.value(event, NKG.extractor) == Literal("meeting.verb")
    assert g.value(event, NKG.dateText) == Literal("on Monday")
    # a non-http URL never becomes an IRI
    assert ds.default_graph.value(iris.article_iri("daily-7"), SCHEMA.url) is None


def test_posts_and_entities():
    g = dataset_of(two_reports()).default_graph
    post = g.value(iris.entity_iri(LOPEZ), NKG.holdsPost)
    assert post is not None and g.value(post, RDF.type) == NKG.Post
    assert str(g.value(post, iris.RDFS.label)) == "Foreign Minister"
    assert g.value(post, NKG.postOf) == iris.entity_iri(PORTUGAL)
    assert g.value(post, NKG.evidence) == iris.sentence_iri("wire-1", 0)
    lisbon = iris.entity_iri(LISBON)
    assert g.value(lisbon, RDF.type) == NKG.Place and g.value(lisbon, SKOS.prefLabel) == Literal("Lisbon")


def test_dates_are_typed_at_their_precision():
    assert date_literal("2019-02-11").datatype == iris.XSD.date
    assert date_literal("2019-02").datatype == iris.XSD.gYearMonth
    assert date_literal("2018").datatype == iris.XSD.gYear
    assert date_literal("2019-02-30") is None and date_literal("next week") is None


def test_urls_only_http_and_escaped():
    assert url_iri("javascript:alert(1)") is None and url_iri("file:///etc/passwd") is None
    # the same strict normaliser as ingest: raw spaces and markup mean no URL; brackets are encoded
    assert url_iri("https://x.example/a b<c>") is None
    assert url_iri("https://x.example/a[1]") == URIRef("https://x.example/a%5B1%5D")
    assert url_iri("https://x.example/100%/é?q=%41") == URIRef("https://x.example/100%25/%C3%A9?q=%41")


def test_confidence_is_a_decimal_in_the_unit_interval():
    assert [str(decimal_literal(v)) for v in (0.8999, 1, 1.7, -2, float("nan"))] == ["0.9", "1.0", "1.0", "0.0", "0.0"]
    assert decimal_literal(0.25).datatype == iris.XSD.decimal


def test_hostile_article_text_stays_in_literals():
    text = 'He said "</script><script>alert(1)</script>" \\ ok\n\u202eevil\u0000 end.'
    article = Article('id with "quotes" <and> spaces', text, "x", title="<b>Title</b>",
                      url='https://e.example/"><script>')
    ev = Evidence(article.id, text, 0, len(text), 0)
    speaker = Entity('Ann "<O\'Neil>"', PERSON, aliases={"<img src=x>"})
    event = Event(STATEMENT, [Participant(speaker, SPEAKER)], [ev], content=text)
    result = ArticleResult(article, [speaker], [event])
    ds = dataset_of([result])
    for s, p, o in ds.default_graph:
        for term in (s, p, o):
            if isinstance(term, URIRef):
                assert not re.search(r'[\s<>"{}|\\^`]', str(term)), term
    g = ds.default_graph
    from rdflib import Graph

    back = Graph().parse(data=serialize_graph(g).decode("utf-8"), format="turtle")
    assert to_isomorphic(back) == to_isomorphic(g)
    assert any(str(o) == text for o in back.objects(None, NKG.text))


def test_same_input_twice_gives_identical_output():
    first, second = dataset_of(two_reports()), dataset_of(list(reversed(two_reports())))
    assert serialize_graph(first.default_graph) == serialize_graph(second.default_graph)
    assert serialize_dataset(first) == serialize_dataset(second)
