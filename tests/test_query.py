"""Saved SPARQL queries, safe parameter binding, result formatting, graph loading."""

from __future__ import annotations

import json

import pytest
from factories import LOPEZ, dataset_of, two_reports
from rdflib import Literal

from kg import iris
from kg.export import serialize_dataset, serialize_graph
from kg.query import (
    QueryError,
    Table,
    concat_columns,
    describe,
    format_results,
    load_graph,
    load_store,
    paged,
    query_params,
    run_query,
    saved_queries,
    sort_concatenations,
)

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
