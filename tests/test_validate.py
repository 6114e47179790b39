"""SHACL validation of built graphs, readable violations, and the ontology's own completeness."""

from __future__ import annotations

from importlib.resources import files

from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from test_graph import dataset_of, two_reports

from kg import iris
from kg.iris import NKG
from kg.validate import ontology_graph, validate_graph


def test_built_dataset_conforms():
    conforms, text = validate_graph(dataset_of(two_reports()))
    assert conforms, text
    assert text.startswith("valid:") and "3 graphs" in text


def test_violations_are_reported_readably():
    g = Graph()
    for triple in dataset_of(two_reports()).default_graph:
        g.add(triple)
    event = next(g.subjects(RDF.type, NKG.Meeting))
    g.remove((event, NKG.evidence, None))
    g.remove((event, NKG.date, None))
    g.add((event, NKG.date, Literal("last Monday")))
    g.add((event, NKG.status, Literal("rumoured")))
    conforms, text = validate_graph(g)
    assert not conforms
    lines = text.splitlines()
    assert lines[0].startswith("invalid: ")
    local = str(event).rsplit("/", 1)[1]
    assert any(f"event:{local} nkg:evidence" in line and "evidence sentence" in line for line in lines)
    assert any("nkg:date" in line and "xsd:date" in line for line in lines)
    assert any("nkg:status" in line and "'rumoured'" in line for line in lines)


def test_other_event_types_are_valid_with_a_warning():
    from kg.records import Event, Participant

    results = two_reports()
    first = results[0].events[0]
    results[0].events.append(Event("visit", [Participant(p.entity, "visitor") for p in first.participants],
                                   first.evidence, date="2023-05-01"))
    conforms, text = validate_graph(dataset_of(results).default_graph)
    assert conforms, text
    assert "(1 warning)" in text and "expected to be typed nkg:Meeting" in text


def test_ontology_documents_every_term():
    onto = ontology_graph()
    assert onto.value(iris.URIRef("https://w3id.org/newskg/ontology"), OWL.versionInfo) is not None
    terms = set()
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        terms |= set(onto.subjects(RDF.type, kind))
    assert len(terms) > 30
    for term in terms:
        assert onto.value(term, RDFS.label) is not None, term
        assert onto.value(term, SKOS.definition) is not None, term
    for cls in (NKG.Meeting, NKG.Agreement, NKG.Statement):
        assert (cls, RDFS.subClassOf, NKG.Event) in onto
        assert onto.value(cls, NKG.cameoCode) is not None
    assert onto.value(NKG.Meeting, NKG.ploverCategory) == Literal("CONSULT")
    assert (NKG.Agreement, NKG.ploverCategory, Literal("AGREE")) in onto


def test_every_term_the_graph_uses_is_defined():
    onto = ontology_graph()
    used = {p for p in dataset_of(two_reports()).default_graph.predicates() if str(p).startswith(str(NKG))}
    used |= {o for o in dataset_of(two_reports()).default_graph.objects(None, RDF.type) if str(o).startswith(str(NKG))}
    assert used and all((term, RDFS.label, None) in onto for term in used), used
    assert (files("kg") / "ontology" / "README.md").is_file()
