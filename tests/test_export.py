"""Build outputs (graph.ttl, graph.trig, events.jsonl) and `kg export` formats."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
from factories import LOPEZ, SATO, article, meeting, person, result, two_reports
from rdflib import Dataset, Graph
from rdflib.compare import to_isomorphic

from kg import iris
from kg.export import ExportError, event_records, export_graph, write_build_outputs
from kg.graph import build_dataset
from kg.merge import merge_events
from kg.records import PERSON, Entity

RECORD_KEYS = ["article", "event", "type", "participants", "date", "place", "evidence", "confidence", "status"]


def build(out_dir, results=None):
    results = results or two_reports()
    merged = merge_events(results)
    dataset = build_dataset(results, merged)
    return write_build_outputs(out_dir, results, merged, dataset), dataset


def test_event_records_have_exactly_the_gold_shape():
    results = two_reports()
    records = event_records(results, merge_events(results))
    assert all(list(r) == RECORD_KEYS for r in records)
    meetings = [r for r in records if r["type"] == "meeting"]
    # one line per article reporting the merged meeting, both pointing to the same node
    assert [r["article"] for r in meetings] == ["daily-7", "wire-1"]
    assert len({r["event"] for r in meetings}) == 1
    wire = meetings[1]
    assert wire["date"] == "2023-05-01" and wire["place"] == "Lisbon" and wire["status"] == "occurred"
    assert {p["name"] for p in wire["participants"]} == {"Maria Lopez", "Kenji Sato"}
    assert {p["id"] for p in wire["participants"]} == {str(iris.entity_iri(LOPEZ)), str(iris.entity_iri(SATO))}
    assert all(p["role"] == "participant" for p in wire["participants"])
    text = results[0].article.text
    for ev in wire["evidence"]:
        assert text[ev["start"]:ev["end"]] == ev["text"]
    assert wire["confidence"] == 0.9


def test_build_outputs_are_written_and_byte_identical(tmp_path):
    paths, dataset = build(tmp_path / "a")
    assert [p.name for p in paths] == ["graph.ttl", "graph.trig", "events.jsonl"]
    again, _ = build(tmp_path / "b", list(reversed(two_reports())))
    for p, q in zip(paths, again):
        assert p.read_bytes() == q.read_bytes(), p.name
    ttl = paths[0].read_text(encoding="utf-8")
    assert "@prefix nkg: <https://w3id.org/newskg/ontology#> ." in ttl and "nkg:sourceCount 2" in ttl
    assert to_isomorphic(Graph().parse(paths[0], format="turtle")) == to_isomorphic(dataset.default_graph)
    trig = Dataset()
    trig.parse(paths[1], format="trig")
    named = {g.identifier for g in trig.graphs() if len(g)} - {trig.default_graph.identifier}
    assert named == {iris.article_iri("wire-1"), iris.article_iri("daily-7")}
    lines = paths[2].read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and all(json.loads(line)["event"].startswith(str(iris.EVENT)) for line in lines)
    assert not [f for f in tmp_path.rglob("*") if f.name.endswith(".tmp")]  # atomic writes leave no temp files


def test_export_formats(tmp_path):
    paths, dataset = build(tmp_path)
    ttl = paths[0]
    (jsonld,) = export_graph(ttl, "jsonld")
    doc = json.loads(jsonld.read_text(encoding="utf-8"))
    assert doc["@context"]["nkg"] == str(iris.NKG)
    back = Graph().parse(jsonld, format="json-ld")
    assert to_isomorphic(back) == to_isomorphic(dataset.default_graph)

    (nq,) = export_graph(paths[1], "nq", tmp_path / "all.nq")
    quads = Dataset()
    quads.parse(nq, format="nquads")
    assert sum(len(g) for g in quads.graphs()) == sum(len(g) for g in dataset.graphs())

    (ttl_copy,) = export_graph(ttl, "ttl")
    assert ttl_copy != ttl and ttl_copy.read_bytes() == ttl.read_bytes()

    (graphml,) = export_graph(ttl, "graphml")
    net = nx.read_graphml(graphml)
    lopez, sato = str(iris.entity_iri(LOPEZ)), str(iris.entity_iri(SATO))
    assert net.nodes[lopez]["label"] == "Maria Lopez" and net.nodes[lopez]["kind"] == "person"
    assert net.edges[lopez, sato]["meeting"] == 1

    nodes, rels = export_graph(ttl, "csv", tmp_path / "neo4j")
    with nodes.open(encoding="utf-8") as f:
        node_rows = list(csv.DictReader(f))
    with rels.open(encoding="utf-8") as f:
        rel_rows = list(csv.DictReader(f))
    assert list(node_rows[0])[:3] == ["id:ID", "name", ":LABEL"]
    assert list(rel_rows[0]) == [":START_ID", ":END_ID", ":TYPE", "weight:int"]
    ids = {r["id:ID"] for r in node_rows}
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rel_rows)
    meeting = next(r for r in node_rows if r[":LABEL"] == "Event;Meeting")
    assert meeting["sourceCount:int"] == "2" and meeting["date"] == "2023-05-01"
    roles = {(r[":END_ID"], r[":TYPE"]) for r in rel_rows if r[":START_ID"] == meeting["id:ID"]}
    assert (lopez, "PARTICIPANT") in roles and (str(iris.entity_iri(LOPEZ)), "SPEAKER") not in roles


def test_export_errors_are_one_line(tmp_path):
    paths, _ = build(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot write"):
        export_graph(paths[0], "jsonld", blocker / "sub" / "g.jsonld")
    with pytest.raises(ExportError, match="unknown export format"):
        export_graph(paths[0], "rdfxml")



def test_an_event_line_names_people_as_its_article_does():
    """The merged entity's label comes from one article; another article's line uses the name it printed."""
    trump, lee = Entity("Donald J. Trump", PERSON, aliases={"Trump"}), person("Lee Jae Myung")
    a1 = article("readout", "President Donald J. Trump spoke with President Lee Jae Myung on Monday.", "2025-08-26")
    a2 = article("transcript", "President Trump met President Lee Jae Myung on Monday, anchors said.", "2025-08-26")
    r1 = result(a1, meeting(a1, a1.text, 0, [trump, lee], "2025-08-25"))
    r2 = result(a2, meeting(a2, a2.text, 0, [trump, lee], "2025-08-25"))
    records = event_records([r1, r2], merge_events([r1, r2]))
    names = {r["article"]: sorted(p["name"] for p in r["participants"]) for r in records}
    assert names == {"readout": ["Donald J. Trump", "Lee Jae Myung"], "transcript": ["Lee Jae Myung", "Trump"]}
    assert len({r["event"] for r in records}) == 1  # one node, whichever name a line shows
