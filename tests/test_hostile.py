"""Hostile text: whatever an article or a name contains, every output still parses and nothing executes.

Hypothesis builds articles and entity names from quotes, backslashes, newlines, triple quotes,
markup and script payloads, Unicode controls, bidi marks, zero-width characters, emoji and very
long strings, mixed with arbitrary text. For each, the outputs of a build are checked: Turtle and
TriG parse back (rdflib and pyoxigraph) isomorphic to the graph that was written, every minted IRI
is a safe slug, events.jsonl parses with exact evidence offsets, the HTML carries no markup of the
input unescaped, and a saved SPARQL query finds a hostile speaker through a bound value.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.ingest import clean_text, iter_articles, web_url
from kg.records import (
    MEETING,
    PARTICIPANT,
    PERSON,
    PLACE,
    SPEAKER,
    STATEMENT,
    Article,
    ArticleResult,
    Entity,
    Event,
    Evidence,
    Participant,
    entity_key,
)

# NEWSKG_FUZZ_EXAMPLES raises the example budgets for a long local run (CI keeps the small default).
BUDGET = int(os.environ.get("NEWSKG_FUZZ_EXAMPLES", "0"))
MARK = "x1y2z3"  # a token no template contains, so it is found only where input landed
# Raw markup that must never reach the HTML as markup (escaped forms are fine).
MARKUP = (
    f'<script>alert("{MARK}")</script>',
    f"</script><script>{MARK}",
    f"<img src=x onerror={MARK}>",
    f'"><svg/onload={MARK}>',
    f"<!--{MARK}-->",
)
PAYLOADS = (
    *MARKUP,
    '"', "'", '"""', "'''", "\\", '\\"', "\\u0022", "\n", "\r\n", "\t", " . ", " ; ", "#", "@en", "^^xsd:string",
    '"^^<http://example.org/x>', "} . <a> <b> <c> . {", "?s ?p ?o", "} UNION {", "${x}", "{{x}}", "`x`",
    "&lt;", "&amp;", "]]>", "\u202e", "\u200f", "\u200b", "\u2066", "\ufeff", "\u2028", "\x00", "\x1b[31m",
    "\x7f", "\U0001f91d", "\U0001f1f7\U0001f1fa", "e\u0301", "\ufdd0", "\U0010fffe", "N" * 300,
)
hostile = (
    st.lists(
        st.one_of(st.sampled_from(PAYLOADS), st.text(st.characters(codec="utf-8"), max_size=12)),
        min_size=1,
        max_size=6,
    )
    .map("".join)
    .map(clean_text)  # what ingest does to every article (see kg/ingest.py)
    .filter(lambda s: s.strip())
)

SAFE_MINTED = re.compile(r"https://w3id\.org/newskg/id/[a-z]+/[a-z0-9-]+")
SAFE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`\x00-\x1f\x7f-\x9f]*")


def hostile_result(name_a: str, name_b: str, place: str, quote: str, article_id: str, title: str) -> ArticleResult:
    """One article in which two hostile-named people meet and one of them says something hostile."""
    first = f"{name_a} met {name_b} in {place} on Tuesday."
    second = f"\u201c{quote},\u201d said {name_b}."
    text = f"{title}\n{first}\n{second}\n"
    start_a = len(title) + 1
    start_b = start_a + len(first) + 1
    article = Article(id=article_id, text=text, source=f"{article_id}.txt", title=title,
                      url=web_url("https://example.org/a?q=" + quote), outlet=name_a, date_published="2023-05-09")
    a, b = Entity(name_a, PERSON, aliases={quote}), Entity(name_b, PERSON)
    where = Entity(place, PLACE)
    meeting = Event(MEETING, [Participant(a, PARTICIPANT, name_a), Participant(b, PARTICIPANT, name_b)],
                    [Evidence(article_id, first, start_a, start_a + len(first), 1)],
                    date="2023-05-09", date_raw="on Tuesday", place=where, trigger="met", confidence=0.9)
    statement = Event(STATEMENT, [Participant(b, SPEAKER, name_b)],
                      [Evidence(article_id, second, start_b, start_b + len(second), 2)],
                      date="2023-05-09", content=quote, trigger="said", confidence=0.8)
    return ArticleResult(article, [a, b, where], [meeting, statement], n_sentences=3, n_tokens=20)


def build_outputs(results: list[ArticleResult], out: Path, merged=None):
    """Merge (unless given), build the dataset and write every output as `kg build` does."""
    from kg.export import write_build_outputs
    from kg.graph import build_dataset
    from kg.merge import merge_events
    from kg.viz import render_html

    merged = merge_events(results) if merged is None else merged
    dataset = build_dataset(results, merged)
    write_build_outputs(out, results, merged, dataset)
    render_html(dataset.default_graph, out / "graph.html")
    return dataset


def check_turtle(path: Path, expected: Graph) -> Graph:
    parsed = Graph().parse(path, format="turtle")
    assert isomorphic(parsed, expected)
    assert len(list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))) == len(expected)
    return parsed


def check_trig(path: Path, expected: Dataset) -> None:
    parsed = Dataset()
    parsed.parse(path, format="trig")
    names = {g.identifier for g in expected.graphs() if len(g)}
    assert names == {g.identifier for g in parsed.graphs() if len(g)}
    for name in names:
        assert isomorphic(parsed.graph(name), expected.graph(name)), name
    assert len(list(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))) == sum(
        len(expected.graph(n)) for n in names)


def check_iris(graph: Graph) -> None:
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef):
                text = str(term)
                assert SAFE_IRI.fullmatch(text), text
                if text.startswith("https://w3id.org/newskg/id/"):
                    assert SAFE_MINTED.fullmatch(text), text


def check_events_jsonl(path: Path, results: list[ArticleResult]) -> list[dict]:
    texts = {r.article.id: r.article.text for r in results}
    # JSON Lines separates records by "\n" only (U+2028 inside a string is not a line break).
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]
    for record in records:
        for ev in record["evidence"]:
            assert texts[record["article"]][ev["start"]:ev["end"]] == ev["text"]
    return records


def check_html(path: Path) -> None:
    page = path.read_text(encoding="utf-8")
    for markup in MARKUP:
        assert markup not in page
    # Each MARK landed escaped: never right after a raw '<' or an attribute '='.
    assert not re.search(rf"<[^>]*{MARK}", page.replace("\\u003c", "&lt;"))


@settings(max_examples=BUDGET or 40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(name_a=hostile, name_b=hostile, place=hostile, quote=hostile, article_id=hostile, title=hostile)
def test_hostile_records_give_valid_outputs(tmp_path_factory, name_a, name_b, place, quote, article_id, title):
    out = tmp_path_factory.mktemp("hostile")
    result = hostile_result(name_a, name_b, place, quote, article_id, title)
    dataset = build_outputs([result], out)

    records = check_all_outputs(out, dataset, [result])
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    labels = {str(o) for o in graph.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    # The names survive exactly (up to the case/space folding that makes two names one entity).
    assert {entity_key(PERSON, n) for n in (name_a, name_b)} <= {entity_key(PERSON, label) for label in labels}
    assert {r["type"] for r in records} == {MEETING, STATEMENT}


def check_all_outputs(out: Path, dataset, results: list[ArticleResult]) -> list[dict]:
    graph = check_turtle(out / "graph.ttl", dataset.default_graph)
    check_trig(out / "graph.trig", dataset)
    check_iris(graph)
    check_html(out / "graph.html")
    return check_events_jsonl(out / "events.jsonl", results)


@pytest.fixture(scope="module")
def prepared(nlp):
    """The spaCy pipeline set up as `kg build` uses it, and one gazetteer (built once: it is slow)."""
    from kg.extract import prepare_nlp
    from kg.resolve.places import Gazetteer

    return prepare_nlp(nlp), Gazetteer()


@settings(max_examples=BUDGET or 8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                         HealthCheck.too_slow])
@given(name_a=hostile, name_b=hostile, quote=hostile)
def test_hostile_articles_through_ingest_and_extraction(tmp_path_factory, prepared, name_a, name_b, quote):
    from kg.pipeline import extract_stream, resolve_and_merge

    nlp, gazetteer = prepared
    folder = tmp_path_factory.mktemp("hostile-feed")
    text = (f"{name_a} met {name_b} in Geneva on Monday.\n\u201c{quote},\u201d {name_a} said.\n"
            f"Ana Soto and {name_b} signed a trade deal on Tuesday, Lars Berg told reporters.")
    record = {"id": name_a, "text": text, "title": quote, "url": "https://example.org/" + quote,
              "outlet": name_b, "date_published": "2023-05-09"}
    (folder / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = [a for a in iter_articles([folder]) if isinstance(a, Article)]
    results, merged = resolve_and_merge(list(extract_stream(nlp, [article], gazetteer)))
    out = folder / "out"
    dataset = build_outputs(results, out, merged)
    check_all_outputs(out, dataset, results)


def test_hostile_speaker_is_found_through_a_bound_value(tmp_path):
    from kg.query import load_graph, run_query, saved_queries

    speaker = f'Lars "}} UNION {{ ?s ?p ?o }} #\\ {MARKUP[0]}'
    out = tmp_path / "out"
    build_outputs([hostile_result("Ana Soto", speaker, "Oslo", "We agreed", "a1", "Talks")], out)
    graph = load_graph(out / "graph.ttl")
    table = run_query(graph, saved_queries()["statements-by"], {"speaker": speaker})
    assert [str(row[1]) for row in table.rows] == [speaker]
    # A value that would change the query if it were pasted into it matches nothing instead.
    assert run_query(graph, saved_queries()["statements-by"], {"speaker": '") || true || ("'}).rows == []
    assert isinstance(run_query(graph, "ASK { ?s ?p ?v }", {"v": Literal(speaker)}), bool)


@settings(max_examples=BUDGET or 25, deadline=None)
@given(text=st.text(st.characters(codec="utf-8"), min_size=1, max_size=300), ident=hostile)
def test_ingest_keeps_hostile_jsonl_text_exactly_cleaned(tmp_path_factory, text, ident):
    folder = tmp_path_factory.mktemp("feed")
    (folder / "feed.jsonl").write_text(json.dumps({"id": ident, "text": text}) + "\n", encoding="utf-8")
    items = list(iter_articles([folder]))
    if not clean_text(text).strip():
        assert [type(i).__name__ for i in items] == ["Skipped"]
        return
    [article] = items
    assert article.text == clean_text(text)
    assert article.id == " ".join(clean_text(ident).split())
    article.content_hash  # always encodable
