"""The HTML network (kg.viz) on small hand-made graphs in the core RDF vocabulary."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg import viz

NKG = Namespace("https://w3id.org/newskg/ontology#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ID = "https://w3id.org/newskg/id/"

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
HOSTILE_NAME = f"{SCRIPT} O'Brien \\ \"Jr\""
NON_LATIN = "محمد بن سلمان 习近平"
HOSTILE_SENTENCE = f"{IMG} met {SCRIPT} in \u2028 </script><!-- \\ 'x' \"y\" — {NON_LATIN} 说"


class GraphBuilder:
    """Writes events, entities, sentences and articles the way ARCHITECTURE.md says."""

    def __init__(self) -> None:
        self.g = Graph()
        self.n = 0

    def entity(self, slug: str, kind: str, name: str) -> URIRef:
        iri = URIRef(f"{ID}entity/{slug}")
        self.g.add((iri, RDF.type, NKG[kind]))
        self.g.add((iri, RDFS.label, Literal(name)))
        self.g.add((iri, SKOS.prefLabel, Literal(name)))
        return iri

    def article(self, slug: str, title: str, outlet: str, url: str | None, issued: str) -> URIRef:
        iri = URIRef(f"{ID}article/{slug}")
        self.g.add((iri, RDF.type, NKG.Article))
        self.g.add((iri, DCTERMS.title, Literal(title)))
        self.g.add((iri, SCHEMA.publisher, Literal(outlet)))
        self.g.add((iri, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
        if url:
            self.g.add((iri, SCHEMA.url, Literal(url)))
        return iri

    def event(self, kind, actors, article, sentence, date=None, place=None, **extra) -> URIRef:
        self.n += 1
        ev = URIRef(f"{ID}event/e{self.n}")
        self.g.add((ev, RDF.type, NKG[kind]))
        self.g.add((ev, RDFS.label, Literal(f"{kind} {self.n}")))
        for actor, role in actors:
            self.g.add((ev, NKG.hasActor, actor))
            self.g.add((ev, NKG[role], actor))
        if date:
            dtype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(date)]
            self.g.add((ev, NKG.date, Literal(date, datatype=dtype)))
        if place:
            self.g.add((ev, NKG.place, place))
        self.g.add((ev, NKG.confidence, Literal("0.85", datatype=XSD.decimal)))
        for key, value in extra.items():
            self.g.add((ev, NKG[key], Literal(value)))
        sent = URIRef(f"{ID}sentence/s{self.n}")
        self.g.add((sent, RDF.type, NKG.Sentence))
        self.g.add((sent, NKG.text, Literal(sentence)))
        self.g.add((sent, NKG.start, Literal(self.n * 100, datatype=XSD.integer)))
        self.g.add((sent, NKG.end, Literal(self.n * 100 + len(sentence), datatype=XSD.integer)))
        self.g.add((sent, NKG.article, article))
        self.g.add((ev, NKG.evidence, sent))
        self.g.add((ev, PROV.wasDerivedFrom, article))
        return ev


def summit_graph() -> Graph:
    """Two ministers, two countries, an organisation: 2 meetings, 1 agreement, 2 statements."""
    b = GraphBuilder()
    art = b.article("a1", "Ministers meet ahead of summit", "Example Wire", "https://news.example/a1", "2021-05-04")
    art2 = b.article("a2", "Trade pact signed", "Daily Example", "ftp://bad.example/x", "2021-06-02")
    alice = b.entity("alice", "Person", "Alice Martin")
    bo = b.entity("bo", "Person", "Bo Chen")
    nordia = b.entity("nordia", "Country", "Nordia")
    union = b.entity("union", "Organization", "Coastal Union")
    city = b.entity("port", "Place", "Port Town")
    b.event("Meeting", [(alice, "participant"), (bo, "participant")], art,
            "Alice Martin met Bo Chen in Port Town on Monday.", "2021-05-03", city, status="occurred")
    b.event("Meeting", [(alice, "participant"), (bo, "participant"), (union, "participant")], art,
            "Martin and Chen held talks with the Coastal Union.", "2021-05", city)
    b.event("Agreement", [(alice, "party"), (nordia, "party")], art2,
            "Martin and Nordia signed a trade pact.", "2021-06-01")
    b.event("Statement", [(bo, "speaker")], art, "Chen said the talks were useful.", "2021-05-03",
            content="the talks were useful")
    b.event("Statement", [(union, "speaker"), (nordia, "addressee")], art2,
            "The Coastal Union told Nordia it welcomed the pact.")
    post = URIRef(f"{ID}post/alice-minister")
    b.g.add((alice, NKG.holdsPost, post))
    b.g.add((post, RDF.type, NKG.Post))
    b.g.add((post, RDFS.label, Literal("Trade Minister")))
    b.g.add((post, NKG.postOf, nordia))
    return b.g


def hostile_graph() -> Graph:
    """An article whose every text field tries to break out of HTML or JS."""
    b = GraphBuilder()
    art = b.article("evil", f"{SCRIPT} title {IMG}", IMG, "javascript:alert(1)", "2022-01-01")
    x = b.entity("x", "Person", HOSTILE_NAME)
    y = b.entity("y", "Person", NON_LATIN)
    place = b.entity("p", "Place", IMG)
    b.event("Meeting", [(x, "participant"), (y, "participant")], art, HOSTILE_SENTENCE, "2022-01-01", place,
            content=SCRIPT)
    return b.g


def data_block(html_text: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html_text, re.S)
    return json.loads(block.group(1))


def opening_view(html_text: str) -> dict:
    """Nodes and edges of the view the page opens on."""
    payload = data_block(html_text)
    return payload["views"][payload["view"]]


@pytest.fixture
def fixed_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14


# ------------------------------------------------------------------ reading RDF


def test_read_graph_finds_events_roles_evidence_and_articles():
    data = viz.read_graph(summit_graph())
    assert [e.type for e in data.events].count("meeting") == 2
    assert len(data.events) == 5
    agreement = next(e for e in data.events if e.type == "agreement")
    names = {data.entities[iri].label: role for iri, role in agreement.actors}
    assert names == {"Alice Martin": "party", "Nordia": "party"}
    assert agreement.date == "2021-06-01" and agreement.confidence == 0.85
    assert agreement.evidence[0].text == "Martin and Nordia signed a trade pact."
    statement = next(e for e in data.events if e.content)
    assert statement.content == "the talks were useful"
    by_title = {a.title: a for a in data.articles.values()}
    assert by_title["Ministers meet ahead of summit"].url == "https://news.example/a1"
    assert by_title["Trade pact signed"].url is None  # ftp: never becomes a link
    assert by_title["Trade pact signed"].outlet == "Daily Example"


def test_dataset_reads_its_default_graph_or_else_the_union():
    g = summit_graph()
    ds = Dataset()
    named = ds.graph(URIRef(f"{ID}graph/a1"))
    for t in g:
        named.add(t)
    assert len(viz.read_graph(ds).events) == 5  # default graph empty: union of named graphs
    for t in g:
        ds.add(t)
    assert len(viz.read_graph(ds).events) == 5


@pytest.mark.parametrize(
    "url, ok",
    [("https://a.example/x?q=1", True), ("HTTP://a.example", True), ("javascript:alert(1)", False),
     ("data:text/html,<b>", False), ("//a.example/x", False), ("http://", False), ("", False)],
)
def test_only_absolute_http_urls_are_links(url, ok):
    assert (viz.safe_url(url) is not None) == ok


# ------------------------------------------------------------------ views


def test_actor_view_weights_edges_by_shared_events(tmp_path, fixed_date):
    summary = viz.render_html(summit_graph(), tmp_path / "a.html", view="actors")
    payload = opening_view((tmp_path / "a.html").read_text(encoding="utf-8"))
    labels = {n["id"]: n["label"] for n in payload["nodes"]}
    edges = {frozenset((labels[e["from"]], labels[e["to"]])): e["ev"] for e in payload["edges"]}
    assert len(edges[frozenset(("Alice Martin", "Bo Chen"))]) == 2
    assert len(edges[frozenset(("Alice Martin", "Nordia"))]) == 1
    assert frozenset(("Bo Chen", "Nordia")) not in edges
    assert (summary.nodes, summary.edges, summary.dropped) == (4, 5, 0)
    posts = {n["label"]: n.get("posts") for n in payload["nodes"]}
    assert posts["Alice Martin"] == ["Trade Minister (Nordia)"] and posts["Bo Chen"] is None
    size = {n["label"]: n["size"] for n in payload["nodes"]}
    assert size["Alice Martin"] > size["Nordia"]  # more shared events, bigger node


def test_event_view_links_events_to_participants_place_and_date(tmp_path):
    summary = viz.render_html(summit_graph(), tmp_path / "e.html", view="events")
    payload = opening_view((tmp_path / "e.html").read_text(encoding="utf-8"))
    kinds = {n["kind"] for n in payload["nodes"]}
    assert {"meeting", "agreement", "statement", "person", "country", "organization", "place", "date"} <= kinds
    # 5 events + 4 actors + 1 place + 3 distinct dates
    assert summary.nodes == 13 and len(payload["nodes"]) == 13
    # actor links 2+3+2+1+2, place links 2, date links 4
    assert summary.edges == 16
    dates = sorted(n["label"] for n in payload["nodes"] if n["kind"] == "date")
    assert dates == ["2021-05", "2021-05-03", "2021-06-01"]


def test_max_nodes_keeps_the_most_important_actors_and_says_so(tmp_path):
    summary = viz.render_html(summit_graph(), tmp_path / "m.html", view="actors", max_nodes=2)
    text = (tmp_path / "m.html").read_text(encoding="utf-8")
    payload = opening_view(text)
    assert sorted(n["label"] for n in payload["nodes"]) == ["Alice Martin", "Bo Chen"]
    assert summary.dropped == 2 and "top 2 of 4 actors" in str(summary)
    assert "Showing the 2 most important of 4 actors" in text
    # The events view keeps the events among kept actors only: Martin–Chen's
    # first meeting and Chen's statement (the second meeting had the Union too).
    events_view = viz.render_html(summit_graph(), tmp_path / "m2.html", view="events", max_nodes=2)
    assert (events_view.dropped, events_view.events) == (2, 2)
    shown = opening_view((tmp_path / "m2.html").read_text(encoding="utf-8"))
    assert sorted(n["kind"] for n in shown["nodes"] if n["kind"] in ("meeting", "statement")) == [
        "meeting", "statement"]


def test_one_page_carries_both_views(tmp_path):
    viz.render_html(summit_graph(), tmp_path / "v.html", view="actors")
    payload = data_block((tmp_path / "v.html").read_text(encoding="utf-8"))
    assert payload["view"] == "actors" and set(payload["views"]) == {"actors", "events"}
    assert len(payload["views"]["events"]["nodes"]) == 13


def test_unknown_view_is_refused(tmp_path):
    with pytest.raises(ValueError, match="actors"):
        viz.render_html(summit_graph(), tmp_path / "x.html", view="map")


def test_empty_graph_gives_a_page(tmp_path):
    summary = viz.render_html(Graph(), tmp_path / "empty.html")
    assert (summary.nodes, summary.edges) == (0, 0)
    assert "no article metadata" in (tmp_path / "empty.html").read_text(encoding="utf-8")


# ------------------------------------------------------------------ the page itself


def test_page_is_self_contained(tmp_path):
    viz.render_html(summit_graph(), tmp_path / "p.html")
    text = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]*\bsrc=", text, re.I)
    assert not re.search(r"<link[^>]*stylesheet", text, re.I)
    assert "node_modules" not in text and "cdn.jsdelivr" not in text and "cdnjs" not in text
    assert "default-src 'none'" in text and "connect-src 'none'" in text


def test_csp_allows_exactly_the_inline_scripts(tmp_path):
    viz.render_html(summit_graph(), tmp_path / "p.html")
    text = (tmp_path / "p.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    assert len(scripts) == 2  # vis-network and the page script; the data block is not executable
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', text).group(1)
    for code in scripts:
        digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";")[0]


def test_page_shows_title_corpus_and_build_date(tmp_path, fixed_date):
    viz.render_html(summit_graph(), tmp_path / "p.html", title="Coastal summit")
    text = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "<title>Coastal summit</title>" in text
    assert "2 articles from 2 outlets (Daily Example, Example Wire), published 2021-05-04 – 2021-06-02" in text
    assert "built <span id=\"kg-built\">2023-11-14</span>" in text


def test_same_graph_gives_the_same_page(tmp_path, fixed_date):
    viz.render_html(summit_graph(), tmp_path / "1.html", view="actors")
    viz.render_html(summit_graph(), tmp_path / "2.html", view="actors")
    assert (tmp_path / "1.html").read_bytes() == (tmp_path / "2.html").read_bytes()


def test_hostile_text_never_appears_raw_and_round_trips(tmp_path):
    viz.render_html(hostile_graph(), tmp_path / "h.html", title=f"{SCRIPT}")
    text = (tmp_path / "h.html").read_text(encoding="utf-8")
    assert "alert(1)</script>" not in text and "<img" not in text and "<!--" not in text
    assert "\u2028" not in text
    assert text.count("</script>") == 3  # data block, vis-network, page script
    payload = data_block(text)  # still valid JSON carrying the exact text
    event = payload["events"][0]
    assert event["evidence"][0][0] == HOSTILE_SENTENCE
    assert sorted(a[0] for a in event["actors"]) == sorted([HOSTILE_NAME, NON_LATIN])
    assert payload["articles"][0]["url"] is None and payload["articles"][0]["outlet"] == IMG
    assert "&lt;script&gt;alert(1)&lt;/script&gt; title" not in text  # header shows corpus, not titles
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in text


def test_lone_surrogate_in_metadata_does_not_break_the_page(tmp_path):
    b = GraphBuilder()
    art = b.article("s", "Title \ud800 broken", "Outlet \udfff", None, "2020-01-01")
    who = b.entity("w", "Person", "Name \ud800")
    b.event("Statement", [(who, "speaker")], art, "It said \ud800 this.")
    summary = viz.render_html(b.g, tmp_path / "s.html")
    assert summary.nodes == 2 and "Outlet ?" in (tmp_path / "s.html").read_text(encoding="utf-8")


def test_json_for_script_escapes_markup_and_line_separators():
    out = viz.json_for_script({"t": "</script><!--&\u2028\u2029"})
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == {"t": "</script><!--&\u2028\u2029"}


# ------------------------------------------------------------------ on kg.graph's real output


def _records():
    from kg.records import (
        AGREEMENT,
        COUNTRY,
        MEETING,
        PERSON,
        STATEMENT,
        Article,
        ArticleResult,
        Entity,
        Event,
        Evidence,
        Participant,
    )

    ana = Entity("Ana Duarte", PERSON)
    ravi = Entity("Ravi Sen", PERSON)
    velia = Entity("Velia", COUNTRY)
    results = []
    for i, (outlet, url) in enumerate([("Wire One", "https://one.example/x"), ("Wire Two", "javascript:alert(1)")]):
        met = "Ana Duarte met Ravi Sen in Velia on Monday."
        quote = f"Sen said {HOSTILE_SENTENCE}"
        text = f"{met} {quote}"
        article = Article(id=f"art{i}", text=text, source=f"art{i}.txt", title=f"Talks {i} {SCRIPT}",
                          url=url, outlet=outlet, date_published="2023-03-08")
        ev_met = Evidence(article.id, met, 0, len(met), 0)
        ev_quote = Evidence(article.id, quote, len(met) + 1, len(text), 1)
        events = [
            Event(MEETING, [Participant(ana, "participant"), Participant(ravi, "participant")], [ev_met],
                  date="2023-03-06", date_raw="on Monday", place=velia, confidence=0.9),
            Event(STATEMENT, [Participant(ravi, "speaker")], [ev_quote], content=HOSTILE_SENTENCE),
        ]
        if i == 0:
            events.append(Event(AGREEMENT, [Participant(ana, "party"), Participant(velia, "party")], [ev_met]))
        results.append(ArticleResult(article, [ana, ravi, velia], events))
    return results


def test_draws_the_graph_that_kg_graph_builds(tmp_path):
    from kg.graph import build_dataset
    from kg.merge import merge_events

    results = _records()
    merged = merge_events(results)
    ds = build_dataset(results, merged)
    default = ds.default_graph if hasattr(ds, "default_graph") else ds.default_context
    turtle = tmp_path / "graph.ttl"
    default.serialize(turtle, format="turtle")
    for name, graph in (("dataset", ds), ("turtle", Graph().parse(turtle))):
        summary = viz.render_html(graph, tmp_path / f"{name}.html", view="events")
        payload = data_block((tmp_path / f"{name}.html").read_text(encoding="utf-8"))
        assert summary.events == len(merged)
        meeting = next(e for e in payload["events"] if e["type"] == "meeting")
        assert meeting["date"] == "2023-03-06" and meeting["place"] == "Velia"
        assert sorted(a[0] for a in meeting["actors"]) == ["Ana Duarte", "Ravi Sen"]
        cited = {payload["articles"][i]["outlet"] for _, i in meeting["evidence"]}
        assert cited == {"Wire One", "Wire Two"}  # one merged meeting, evidence from both articles
        urls = {a["outlet"]: a["url"] for a in payload["articles"]}
        assert urls == {"Wire One": "https://one.example/x", "Wire Two": None}
        statements = [e for e in payload["events"] if e["type"] == "statement"]
        assert any(HOSTILE_SENTENCE in ev[0] for s in statements for ev in s["evidence"])


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_any_article_text_stays_inside_its_json_string(text):
    out = viz.json_for_script({"label": text, "evidence": [[text, 0]]})
    assert "<" not in out and "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == {"label": text, "evidence": [[text, 0]]}


# ------------------------------------------------------------------ reading a BuiltGraph directly

def _hostile_records():
    """Two articles whose names, titles, outlets, sentences and contents are hostile or non-ASCII text."""
    from factories import article, evidence_of

    from kg.records import (
        COUNTRY,
        MEETING,
        PERSON,
        PLACE,
        SPEAKER,
        STATEMENT,
        ArticleResult,
        Entity,
        Event,
        Participant,
    )

    quote = 'He said: "back\\slash" </script><!-- and\na new line \u2028 ok'
    text = f"{HOSTILE_SENTENCE} {quote}"
    art = article("evil-1", text, "2022-01-03", title=f"{SCRIPT} \"quoted\" title\nline two", outlet='O\'Brien \\ "Wire"',
                  url="https://evil.example/a?x=1&y=</script>")
    other = article("plain-2", HOSTILE_SENTENCE, "2022-01-04", title=NON_LATIN, outlet="Ünïcode Daily", url="javascript:x")
    x, y = Entity(HOSTILE_NAME, PERSON, aliases={"X\\Y"}), Entity(NON_LATIN + "\nsecond line", COUNTRY)
    place = Entity(IMG, PLACE)
    met = Event(MEETING, [Participant(x, "participant"), Participant(y, "participant")],
                [evidence_of(art, HOSTILE_SENTENCE, 0)], date="2022-01", place=place, date_raw='in "January"\\',
                content=SCRIPT)
    met2 = Event(MEETING, [Participant(x, "participant"), Participant(y, "participant")],
                 [evidence_of(other, HOSTILE_SENTENCE, 0)], date="2022-01", place=place, date_raw="a\u00a0month ago")
    said = Event(STATEMENT, [Participant(x, SPEAKER)], [evidence_of(art, quote, 1)], date="2022-01-02",
                 content='"back\\slash" </script>\r\n\ud800 end')
    return [ArticleResult(art, [x, y, place], [met, said]), ArticleResult(other, [x, y, place], [met2])]


def test_page_from_a_built_graph_is_byte_identical_to_the_rdflib_pages(tmp_path, fixed_date):
    from kg.export import serialize_graph
    from kg.graph import build_graph
    from kg.merge import merge_events
    from kg.query import load_graph

    results = _hostile_records()
    merged = merge_events(results)
    built = build_graph(results, merged)
    turtle = tmp_path / "graph.ttl"
    turtle.write_bytes(serialize_graph(build_graph(results, merged).default_graph))
    pages = {}
    for name, graph in (("built", built), ("rdflib", build_graph(results, merged).default_graph),
                        ("dataset", build_graph(results, merged).dataset()), ("turtle", load_graph(turtle))):
        viz.render_html(graph, tmp_path / f"{name}.html", max_nodes=500)
        pages[name] = (tmp_path / f"{name}.html").read_bytes()
    assert pages["built"] == pages["rdflib"] == pages["dataset"] == pages["turtle"]
    # the text is the article's own, unescaped once and escaped again only for the page
    payload = data_block(pages["built"].decode("utf-8"))
    labels = {label for e in payload["events"] for label, _ in e["actors"]}
    assert labels == {HOSTILE_NAME, NON_LATIN + "\nsecond line"}
    statement = next(e for e in payload["events"] if e["type"] == "statement")
    assert statement["content"] == '"back\\slash" </script>\r\n\ufffd end'
    assert statement["evidence"][0][0].startswith('He said: "back\\slash" </script><!-- and\na new line \u2028')
    meeting = next(e for e in payload["events"] if e["type"] == "meeting")
    assert meeting["place"] == IMG and meeting["sources"] == 2
    assert {a["outlet"] for a in payload["articles"]} == {'O\'Brien \\ "Wire"', "Ünïcode Daily"}
    assert b"</script><!--" not in pages["built"].split(b'id="kg-data">', 1)[1].split(b"</script>", 1)[0]


def _triple_graph(*extra) -> viz.BuiltGraph:
    """A BuiltGraph of one event with several values for properties the page shows one of."""
    from kg.graph import BuiltGraph

    nkg, xsd = str(NKG), str(XSD)
    ev, who = f"{ID}event/e1", f"{ID}entity/p1"

    def lit(text: str, dt: str = "") -> tuple:
        return (1, text, dt)

    triples = {
        (ev, str(RDF.type), (0, nkg + "Meeting", "")),
        (ev, nkg + "hasActor", (0, who, "")),
        (who, str(RDF.type), (0, nkg + "Person", "")),
        (who, str(SKOS.prefLabel), lit("Zed")),
        (who, str(SKOS.prefLabel), lit("Ann")),
        (ev, nkg + "sourceCount", lit("10", xsd + "integer")),  # as numbers 9 < 10, as text "10" < "9"
        (ev, nkg + "sourceCount", lit("9", xsd + "integer")),
        (ev, nkg + "confidence", lit("0.85", xsd + "decimal")),
        (ev, nkg + "confidence", lit("0.125", xsd + "decimal")),
        (ev, nkg + "dateText", lit("on Tuesday")),
        (ev, nkg + "dateText", lit("Monday")),
        (ev, nkg + "date", lit("2021", xsd + "gYear")),
        (ev, nkg + "date", lit("2020-05-01", xsd + "date")),
        (ev, nkg + "content", lit("said so")),
        (ev, nkg + "content", (0, "https://example.org/said", "")),  # an IRI sorts before any literal
        *extra,
    }
    return BuiltGraph({None: triples})


def test_built_graph_values_are_read_in_rdflibs_order():
    built = _triple_graph()
    data = viz.read_built(built)
    assert data == viz.read_graph(built.default_graph)
    (event,) = data.events
    assert (event.sources, event.confidence, event.date_text) == (9, 0.125, "Monday")
    assert event.content == "https://example.org/said" and data.entities[f"{ID}entity/p1"].label == "Ann"
    assert event.date == viz.read_graph(built.default_graph).events[0].date


def test_built_graph_with_an_empty_default_graph_reads_the_union_of_its_graphs():
    from kg.graph import BuiltGraph

    named = _triple_graph().graphs[None]
    built = BuiltGraph({None: set(), f"{ID}article/a": named})
    assert len(viz.read_built(built).events) == 1 and viz.read_built(BuiltGraph({})).events == []


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_any_text_reads_the_same_from_a_built_graph_and_from_rdflib(name, content):
    built = _triple_graph((f"{ID}entity/p1", str(RDFS.label), (1, name, "")),
                          (f"{ID}event/e1", str(NKG) + "content", (1, content, "")))
    built.graphs[None] = {(s, p, (o[0], o[1].encode("utf-8", "replace").decode("utf-8"), o[2]) if o[0] else o)
                          for s, p, o in built.graphs[None]}  # as kg.graph.text_obj keeps them: no lone surrogates
    assert viz.read_built(built) == viz.read_graph(built.default_graph)
