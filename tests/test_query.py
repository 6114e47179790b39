"""Saved SPARQL queries, safe parameter binding, result formatting, graph loading."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from factories import (
    LOPEZ,
    agreement,
    article,
    dataset_of,
    meeting,
    person,
    result,
    statement,
    two_reports,
)
from rdflib import Literal, URIRef

from kg import iris
from kg.export import serialize_dataset, serialize_graph
from kg.query import (
    QueryError,
    Table,
    concat_columns,
    date_bound,
    describe,
    for_endpoint,
    format_results,
    load_graph,
    load_store,
    optional_params,
    paged,
    query_params,
    run_query,
    saved_queries,
    sort_concatenations,
    with_params,
)
from kg.records import COUNTRY, PLACE, Entity

REQUIRED = {"meetings", "met-most-often", "agreements", "statements-by", "timeline", "evidence"}


@pytest.fixture(scope="module")
def graph():
    return dataset_of(two_reports()).default_graph


def test_saved_queries_are_documented():
    saved = saved_queries()
    assert REQUIRED <= set(saved)
    for name, text in saved.items():
        assert text.startswith("# ") and describe(text), name
    assert query_params(saved["statements-by"]) == {"speaker": "literal"}
    assert query_params(saved["evidence"]) == {"event": "iri"}


def test_meetings_query_lists_participants_date_place(graph):
    table = run_query(graph, saved_queries()["meetings"])
    assert table.vars[:4] == ["event", "date", "place", "participants"]
    (row,) = table.rows
    values = dict(zip(table.vars, row))
    assert str(values["date"]) == "2023-05-01" and str(values["place"]) == "Lisbon"
    assert sorted(str(values["participants"]).split("; ")) == ["Kenji Sato", "Maria Lopez"]
    assert int(values["sources"]) == 2


def test_met_most_often_and_timeline(graph):
    (pair,) = run_query(graph, saved_queries()["met-most-often"]).rows
    assert {str(pair[1]), str(pair[3])} == {"Maria Lopez", "Kenji Sato"} and int(pair[4]) == 1
    timeline = run_query(graph, saved_queries()["timeline"])
    assert [str(r[1]) for r in timeline.rows] == ["Meeting", "Statement"]


def test_statements_by_binds_the_speaker_safely(graph):
    text = saved_queries()["statements-by"]
    rows = run_query(graph, text, {"speaker": "lopez"}).rows
    assert len(rows) == 1 and str(rows[0][1]) == "Maria Lopez"
    assert "next steps" in str(rows[0][3])
    hostile = '") } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o FILTER("'
    assert run_query(graph, text, {"speaker": hostile}).rows == []
    with pytest.raises(QueryError, match="speaker"):
        run_query(graph, text)


def test_evidence_query_takes_an_event_iri(graph):
    event = next(iter(graph.subjects(iris.NKG.sourceCount, None)))
    meeting = str(run_query(graph, saved_queries()["meetings"]).rows[0][0])
    rows = run_query(graph, saved_queries()["evidence"], {"event": meeting}).rows
    assert len(rows) == 2 and event is not None
    assert {str(r[8]) for r in rows} == {
        "Foreign Minister Maria Lopez met Kenji Sato in Lisbon on Monday.",
        "Kenji Sato held talks with Maria Lopez in the Portuguese capital Lisbon on May 1, officials said.",
    }
    with pytest.raises(QueryError, match="IRI"):
        run_query(graph, saved_queries()["evidence"], {"event": "x> } <y"})


def test_format_results(graph):
    table = run_query(graph, saved_queries()["meetings"])
    text = format_results(table, "table")
    assert "event:" in text and "Lisbon" in text and text.endswith("(1 row)")
    csv_text = format_results(table, "csv")
    assert csv_text.splitlines()[0].startswith("event,date,place,participants")
    assert str(iris.EVENT) in csv_text
    rows = json.loads(format_results(table, "json"))
    assert rows[0]["place"] == "Lisbon"
    assert format_results(run_query(graph, "ASK { ?s a <https://w3id.org/newskg/ontology#Meeting> }")) == "yes"


def test_load_graph_by_extension_and_errors(tmp_path, graph):
    ds = dataset_of(two_reports())
    ttl, trig = tmp_path / "g.ttl", tmp_path / "g.trig"
    ttl.write_bytes(serialize_graph(ds.default_graph))
    trig.write_bytes(serialize_dataset(ds))
    assert len(load_graph(ttl)) == len(graph)
    # a TriG's default graph is the merged view, so saved queries give the same answers
    def meetings(g):  # GROUP_CONCAT order is unspecified: compare participant sets
        return [(r[:3], sorted(str(r[3]).split("; "))) for r in run_query(g, saved_queries()["meetings"]).rows]

    assert meetings(load_graph(trig)) == meetings(graph)
    with pytest.raises(QueryError, match="no such graph file"):
        load_graph(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(QueryError, match="bad.ttl"):
        load_graph(bad)
    with pytest.raises(QueryError, match="unknown graph format"):
        load_graph(tmp_path / "g.xyz")
    with pytest.raises(QueryError):
        run_query(graph, "SELECT WHERE {")
    assert str(iris.entity_iri(LOPEZ)) in format_results(run_query(graph, "SELECT ?s WHERE { ?s a <https://w3id.org/newskg/ontology#Person> }"), "csv")


def test_paging_is_checked_and_pages_do_not_overlap(tmp_path):
    results = two_reports()
    ttl = tmp_path / "g.ttl"
    ttl.write_bytes(serialize_graph(dataset_of(results).default_graph))
    timeline = saved_queries()["timeline"]
    store = load_store(ttl)
    for graph in (load_graph(ttl), store):  # rdflib and Oxigraph
        everything = run_query(graph, timeline).rows
        assert len(everything) == 2
        pages = [run_query(graph, timeline, limit=1, offset=n).rows for n in range(3)]
        assert pages == [everything[:1], everything[1:2], []]
        assert run_query(graph, timeline, limit=0).rows == []
    assert paged("SELECT * { ?s ?p ?o }") == "SELECT * { ?s ?p ?o }"
    assert paged("SELECT * { ?s ?p ?o } # note", "5", 10).endswith("# note\nLIMIT 5 OFFSET 10\n")
    for bad in (-1, "1; DROP ALL", "1 } UNION { ?s ?p ?o", 1.5, True, "1e3", " "):
        with pytest.raises(QueryError, match="whole number"):
            run_query(store, timeline, limit=bad)
    with pytest.raises(QueryError, match="offset"):
        run_query(store, timeline, offset="x")
    with pytest.raises(QueryError):  # a query with its own LIMIT cannot take another
        run_query(store, "SELECT * { ?s ?p ?o } LIMIT 3", limit=2)


def test_group_concat_values_are_sorted_whatever_the_engine(tmp_path):
    text = saved_queries()["meetings"]
    assert concat_columns(text) == {"participants": "; "}
    assert concat_columns("SELECT (group_concat(DISTINCT STR(?n)) AS ?a) (GROUP_CONCAT(?x; separator='\\n') AS $b)") == {
        "a": " ", "b": "\n"}
    ttl = tmp_path / "g.ttl"
    ttl.write_bytes(serialize_graph(dataset_of(two_reports()).default_graph))
    answers = {str(run_query(g, text).rows[0][3]) for g in (load_graph(ttl), load_store(ttl))}
    assert answers == {"Kenji Sato; Maria Lopez"}
    # whatever order an engine concatenates in, the cell comes out the same
    for cell in ("b; a; C", "C; b; a", "a; C; b"):
        table = sort_concatenations(Table(["event", "participants"], [("e", Literal(cell))]), text)
        assert table.rows == [("e", Literal("a; b; C"))]


# ------------------------------------------------------------------ optional parameters (actor, from, to)

ANA, OMAR, LI = person("Ana Ruiz"), person("Omar Haddad"), person("Li Wei")
ANA.aliases = {"Ruiz"}
NORDIA = Entity("Nordia", COUNTRY)
GEORGIA_COUNTRY, GEORGIA_PLACE = Entity("Georgia", COUNTRY), Entity("Georgia", PLACE)
GENEVA = Entity("Geneva", PLACE)


def _one(id_: str, make, sentence: str, *args, **kw):
    """An article of one sentence stating one event (separate articles, so nothing merges)."""
    art = article(id_, sentence, "2024-04-02")
    return result(art, make(art, sentence, 0, *args, **kw))


def dated_events() -> list:
    """Events at day, month and year precision, one undated, with overlapping actors."""
    return [
        _one("m1", meeting, "Ana Ruiz met Omar Haddad in Geneva on 3 March.", [ANA, OMAR], "2024-03-03", GENEVA),
        _one("m2", meeting, "Ruiz and Li Wei held talks in March.", [ANA, LI], "2024-03"),
        _one("m3", meeting, "Omar Haddad met Li Wei in Georgia last year.", [OMAR, LI], "2023", GEORGIA_PLACE),
        _one("m4", meeting, "Li Wei, Ana Ruiz and Omar Haddad met.", [LI, ANA, OMAR]),
        _one("a1", agreement, "Nordia and Georgia signed a pact on 5 March.", [NORDIA, GEORGIA_COUNTRY], "2024-03-05"),
        _one("a2", agreement, "Ruiz and Nordia agreed on 1 April.", [ANA, NORDIA], "2024-04-01"),
        _one("s1", statement, "Ruiz said on 4 March that talks went well.", ANA, "2024-03-04", content="talks went well"),
        _one("s2", statement, "Ruiz said on 28 February that talks would start.", ANA, "2024-02-28",
             content="talks would start"),
    ]


@pytest.fixture(scope="module")
def dated_engines(tmp_path_factory):
    """The dated events' merged graph on rdflib and on Oxigraph."""
    ttl = tmp_path_factory.mktemp("dated") / "g.ttl"
    ttl.write_bytes(serialize_graph(dataset_of(dated_events()).default_graph))
    return {"rdflib": load_graph(ttl), "oxigraph": load_store(ttl)}


M1 = "Meeting: Ana Ruiz, Omar Haddad (2024-03-03, Geneva)"
M2 = "Meeting: Ana Ruiz, Li Wei (2024-03)"
M3 = "Meeting: Li Wei, Omar Haddad (2023, Georgia)"
M4 = "Meeting: Ana Ruiz, Li Wei, Omar Haddad"
A1 = "Agreement: Georgia, Nordia (2024-03-05)"
A2 = "Agreement: Ana Ruiz, Nordia (2024-04-01)"
S1, S2 = "Statement: Ana Ruiz (2024-03-04)", "Statement: Ana Ruiz (2024-02-28)"


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
@pytest.mark.parametrize(
    ("params", "labels"),
    [
        ({}, [M3, S2, M2, M1, S1, A1, A2, M4]),  # undated last
        ({"from": "2024-03", "to": "2024-03"}, [M2, M1, S1, A1]),  # a month: its days and the month itself
        ({"from": "2024-03-01", "to": "2024-03-31"}, [M2, M1, S1, A1]),  # the same month, given in days
        ({"from": "2024-03-02", "to": "2024-03-31"}, [M1, S1, A1]),  # 2024-03 may start before the 2nd
        ({"from": "2024"}, [S2, M2, M1, S1, A1, A2]),
        ({"to": "2024-03-04"}, [M3, S2, M1, S1]),  # 2024-03 may end after the 4th
        ({"actor": "ANA RUIZ"}, [S2, M2, M1, S1, A2, M4]),  # any case
        ({"actor": "ruiz"}, [S2, M2, M1, S1, A2, M4]),  # an alias
        ({"actor": "Li Wei", "from": "2024-03", "to": "2024-03-31"}, [M2]),
    ],
)
def test_timeline_narrowed_by_actor_and_dates(dated_engines, engine, params, labels):
    table = run_query(dated_engines[engine], saved_queries()["timeline"], params)
    assert table.vars == ["date", "type", "event", "label", "status", "sources", *params]
    assert [str(row[3]) for row in table.rows] == labels
    for name, value in params.items():  # each given date comes back as a last column, in its coarsest form
        column = {str(row[table.vars.index(name)]) for row in table.rows}
        assert name == "actor" or column == {date_bound(value, end=name == "to")}
    assert date_bound("2024-03-01", end=False) == date_bound("2024-03-31", end=True) == "2024-03"
    assert date_bound("2024-01-01", end=False) == date_bound("2024-12-31", end=True) == "2024"
    assert date_bound("2024-02-29", end=True) == "2024-02" and date_bound("2023-02-28", end=True) == "2023-02"
    assert date_bound("2024-02-28", end=True) == "2024-02-28" and date_bound("2024-12", end=False) == "2024-12"


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_meetings_agreements_statements_narrowed(dated_engines, engine):
    graph, saved = dated_engines[engine], saved_queries()
    ana = iris.entity_iri_str(ANA)

    def cells(name, params, *columns):
        table = run_query(graph, saved[name], params)
        return [tuple(str(row[table.vars.index(c)]) for c in columns) for row in table.rows]

    assert cells("meetings", {"actor": ana, "to": "2024-03"}, "date", "participants", "actor") == [
        ("2024-03", "Ana Ruiz; Li Wei", ana), ("2024-03-03", "Ana Ruiz; Omar Haddad", ana)]
    assert cells("meetings", {"actor": "omar haddad"}, "participants") == [
        ("Li Wei; Omar Haddad",), ("Ana Ruiz; Omar Haddad",), ("Ana Ruiz; Li Wei; Omar Haddad",)]
    assert cells("agreements", {"actor": "Nordia", "from": "2024-04"}, "date", "parties") == [
        ("2024-04-01", "Ana Ruiz; Nordia")]
    assert cells("agreements", {}, "parties") == [("Georgia; Nordia",), ("Ana Ruiz; Nordia",)]
    assert cells("statements-by", {"speaker": "ruiz", "from": "2024-03"}, "date", "content", "from") == [
        ("2024-03-04", "talks went well", "2024-03")]
    assert cells("statements-by", {"speaker": "ruiz"}, "date") == [("2024-02-28",), ("2024-03-04",)]


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_bad_or_unknown_parameter_values_are_refused(dated_engines, engine):
    graph, timeline = dated_engines[engine], saved_queries()["timeline"]
    with pytest.raises(QueryError, match="2 actors are named 'georgia'"):
        run_query(graph, timeline, {"actor": "georgia"})  # a country and a place: give the IRI
    country = iris.entity_iri_str(GEORGIA_COUNTRY)
    for actor in (country, URIRef(country), ox.NamedNode(country)):  # text, rdflib or pyoxigraph term
        assert [str(r[3]) for r in run_query(graph, timeline, {"actor": actor}).rows] == [A1]
    hostile = '") } UNION { ?event ?p ?o } FILTER("'
    with pytest.raises(QueryError, match="no actor is named"):
        run_query(graph, timeline, {"actor": hostile})  # a name, bound as a literal: nothing is pasted
    for bad in ("2024-13", "2024-02-30", "March 2024", "2024-3", "2024-03-01T00:00", '2024") || ("'):
        with pytest.raises(QueryError, match="not a date"):
            run_query(graph, timeline, {"from": bad})
    with pytest.raises(QueryError, match="IRI"):
        run_query(graph, timeline, {"actor": "https://x.example/a>}<c"})


def test_optional_clauses_are_comments_until_their_parameter_is_given():
    saved = saved_queries()
    for name in ("timeline", "meetings", "agreements", "statements-by"):
        assert set(optional_params(saved[name])) >= {"from", "to"}, name
        assert with_params(saved[name], []) == saved[name]  # the file as written is the unnarrowed query
    assert optional_params(saved["meetings"]) == {"actor": "actor", "from": "start", "to": "end"}
    assert query_params(saved["meetings"]) == {}
    text = "SELECT ?a\n#+x ?x\nWHERE {\n  ?a ?b ?c .  #-x\n  #+x ?a ?b ?x .\n}\n"
    assert with_params(text, ["x"]) == "SELECT ?a\n?x\nWHERE {\n  ?a ?b ?x .\n}\n"
    assert with_params(text, ["y"]) == text


def test_endpoint_queries_are_narrowed_the_same_way(dated_engines):
    """What `kg query --endpoint` sends (clauses switched, values in a VALUES block) answers like a file."""
    from kg.push import bind_values

    store, timeline = dated_engines["oxigraph"], saved_queries()["timeline"]
    params = {"actor": iris.entity_iri_str(ANA), "from": "2024-03-01", "to": "2024-03-31"}
    text, terms = for_endpoint(timeline, params)
    assert "#+" not in text.split("WHERE", 1)[1] and str(terms["from"]) == "2024-03"
    sent = [tuple(s) for s in store.query(bind_values(text, terms))]
    here = run_query(store, timeline, params)
    assert [str(row[3]) for row in here.rows] == [M2, M1, S1]
    assert [str(row[3].value) for row in sent] == [str(row[3]) for row in here.rows]
    with pytest.raises(QueryError, match="as an IRI"):
        for_endpoint(timeline, {"actor": "Ana Ruiz"})  # no name look-up on an endpoint
    assert for_endpoint(timeline, {}) == (timeline, {})
