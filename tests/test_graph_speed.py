"""The fast graph path: `build_graph` triples written through N-Triples/N-Quads give exactly what the rdflib
dataset holds, article text cannot break out of its literal, and the fast path steps aside once a dataset changes.

Not timed: the figures are in bench/README.md.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from factories import two_reports
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import to_isomorphic

from kg.export import (
    serialize_dataset,
    serialize_graph,
    sorted_quads,
    write_build_outputs,
)
from kg.graph import IRI, LITERAL, build_graph, built_graph_of, nt_term
from kg.merge import merge_events
from kg.query import load_graph


def built_of(results):
    return build_graph(results, merge_events(results))


def store_only_trig(dataset) -> bytes:
    """TriG from a copy of the dataset's quads, which has no build_graph triples attached."""
    copy = Dataset()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        target = copy.default_graph if g == dataset.default_graph.identifier else copy.graph(g)
        target.add((s, p, o))
    return serialize_dataset(copy)


def test_fast_path_gives_the_same_bytes_as_walking_the_store(tmp_path):
    built = built_of(two_reports())
    ds = built.dataset()
    assert built_graph_of(ds) is built
    assert serialize_dataset(ds) == store_only_trig(ds)
    # write_build_outputs from the BuiltGraph, from its dataset and from a plain copy: same files
    results = two_reports()
    merged = merge_events(results)
    for name, graph in (("built", built), ("dataset", ds)):
        write_build_outputs(tmp_path / name, results, merged, graph)
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "graph.trig").write_bytes(store_only_trig(ds))
    for file in ("graph.ttl", "graph.trig", "events.jsonl"):
        assert (tmp_path / "built" / file).read_bytes() == (tmp_path / "dataset" / file).read_bytes(), file
    assert (tmp_path / "built" / "graph.trig").read_bytes() == (tmp_path / "copy" / "graph.trig").read_bytes()
    assert (tmp_path / "built" / "graph.ttl").read_bytes() == serialize_graph(ds.default_graph)


def test_rdflib_views_hold_the_built_triples():
    built = built_of(two_reports())
    assert len(built.default_graph) == built.merged_size == len(built.dataset().default_graph)
    assert to_isomorphic(built.default_graph) == to_isomorphic(built.dataset().default_graph)
    quads = built.quads()
    assert len(quads) == sum(len(t) for t in built.graphs.values())
    assert isinstance(quads[0].graph_name, ox.DefaultGraph) and not isinstance(quads[-1].graph_name, ox.DefaultGraph)
    assert [q.triple for q in quads[: built.merged_size]] == built.default_triples()


def test_written_files_read_back_as_the_dataset(tmp_path):
    results = two_reports()
    built = built_of(results)
    ttl, trig, _ = write_build_outputs(tmp_path, results, merge_events(results), built)
    back = load_graph(trig)
    assert {str(g.identifier) for g in back.graphs() if len(g)} - {str(back.default_graph.identifier)} == {
        name for name in built.graphs if name is not None
    }
    assert to_isomorphic(load_graph(ttl)) == to_isomorphic(built.default_graph)


@pytest.mark.parametrize(
    "text",
    [
        'He said "stop" \\ and left.',
        'x" .\n<https://evil.example/s> <https://evil.example/p> "injected',
        "line one\r\nline two\ttab \u0000 nul \u202e rtl 🚀",
        "\\u0041 is not an escape here\\",
    ],
)
def test_literals_round_trip_through_n_triples_unchanged(text):
    line = f"<https://e.example/s> <https://e.example/p> {nt_term((LITERAL, text, ''))} .\n".encode()
    (quad,) = list(ox.parse(line, format=ox.RdfFormat.N_TRIPLES))
    assert quad.object.value == text


def test_a_malformed_iri_is_refused_not_written():
    for bad in ("https://e.example/a b", "https://e.example/>", 'https://e.example/"', "https://e.example/\n"):
        with pytest.raises(ValueError):
            nt_term((IRI, bad, ""))


def test_fast_path_steps_aside_after_an_add_or_a_removal():
    ds = built_of(two_reports()).dataset()
    extra = (URIRef("https://example.org/x"), URIRef("https://example.org/p"), Literal("added later"))
    ds.default_graph.add(extra)
    assert built_graph_of(ds) is None
    assert b"added later" in serialize_graph(ds.default_graph)
    assert b"added later" in serialize_dataset(ds)

    ds = built_of(two_reports()).dataset()
    triple = next(iter(ds.default_graph))
    ds.default_graph.remove(triple)
    assert built_graph_of(ds) is None
    assert len(sorted_quads(ds)) == sum(len(g) for g in ds.graphs())
