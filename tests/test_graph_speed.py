"""The fast export path (triples kept by build_dataset) gives the store's content, and steps aside once it changes.

Not timed: the figures are in bench/README.md.
"""

from __future__ import annotations

from rdflib import Dataset, Literal, URIRef

from kg.export import serialize_dataset, serialize_graph, sorted_quads
from kg.graph import built_triples
from test_graph import dataset_of, two_reports


def store_only_trig(dataset) -> bytes:
    """TriG from a copy of the dataset's quads, which has no build_dataset triples attached."""
    copy = Dataset()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        target = copy.default_graph if g == dataset.default_graph.identifier else copy.graph(g)
        target.add((s, p, o))
    return serialize_dataset(copy)


def test_fast_path_gives_the_same_bytes_as_walking_the_store():
    ds = dataset_of(two_reports())
    assert built_triples(ds) is not None
    assert serialize_dataset(ds) == store_only_trig(ds)


def test_fast_path_steps_aside_after_an_add_or_a_removal():
    ds = dataset_of(two_reports())
    extra = (URIRef("https://example.org/x"), URIRef("https://example.org/p"), Literal("added later"))
    ds.default_graph.add(extra)
    assert built_triples(ds) is None
    assert b"added later" in serialize_graph(ds.default_graph)
    assert b"added later" in serialize_dataset(ds)

    ds = dataset_of(two_reports())
    triple = next(iter(ds.default_graph))
    ds.default_graph.remove(triple)
    assert built_triples(ds) is None
    assert len(sorted_quads(ds)) == sum(len(g) for g in ds.graphs())
