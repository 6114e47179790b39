"""kg.push against a real Oxigraph server (PyPI `oxigraph`) on loopback: load the sample graph
through the Graph Store Protocol and get the same answers to the saved queries as the local file."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.push import PushError, bind_values, push_graph, query_endpoint
from kg.query import Table, load_graph, run_query, saved_queries


def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")  # installed in the venv by pip
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Base URL of a fresh Oxigraph server on loopback, stopped after the module."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server (pip install oxigraph, in the test extra) is not installed")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            if proc.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {proc.stderr.read().decode()[:500]}")
            try:
                requests.get(base + "/query", params={"query": "ASK {}"}, timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def sample_graph(nlp, sample_corpus, tmp_path_factory) -> Path:
    """The build outputs of the sample corpus, made with the pipeline's own functions."""
    from kg.export import write_build_outputs
    from kg.graph import build_dataset
    from kg.extract import prepare_nlp
    from kg.pipeline import extract_stream, read_inputs, resolve_and_merge
    from kg.resolve.places import Gazetteer

    out = tmp_path_factory.mktemp("build")
    articles, _ = read_inputs([sample_corpus])
    results, merged = resolve_and_merge(list(extract_stream(prepare_nlp(nlp), articles, Gazetteer())))
    write_build_outputs(out, results, merged, build_dataset(results, merged))
    assert (out / "graph.trig").is_file() and (out / "graph.ttl").is_file()
    return out


def _normal(value) -> object:
    """Comparable cell: blank nodes masked; GROUP_CONCAT lists sorted (SPARQL leaves their order open)."""
    if value is None or isinstance(value, BNode):
        return None if value is None else "_:b"
    if isinstance(value, Literal) and "; " in value:
        return ("; ".join(sorted(str(value).split("; "))), value.datatype)
    return value


def _answers(result) -> object:
    if isinstance(result, Table):
        return result.vars, sorted((tuple(map(_normal, row)) for row in result.rows), key=repr)
    return result


def _params(name: str, text: str, local: Graph) -> dict:
    """Values for a saved query's parameters, taken from the graph itself."""
    from kg.query import query_params

    params = {}
    for param, kind in query_params(text).items():
        if kind == "iri":  # an event that has evidence
            params[param] = next(iter(local.query("SELECT ?e WHERE { ?e <https://w3id.org/newskg/ontology#evidence> ?s } LIMIT 1")))[0]
        else:  # part of a speaker's name
            rows = list(local.query("SELECT ?n WHERE { ?e <https://w3id.org/newskg/ontology#speaker>/<http://www.w3.org/2000/01/rdf-schema#label> ?n } LIMIT 1"))
            params[param] = str(rows[0][0]).split()[-1] if rows else "nobody"
    return params


def test_pushed_dataset_answers_saved_queries_like_the_local_file(server, sample_graph):
    trig = sample_graph / "graph.trig"
    message = push_graph(trig, server + "/store")
    local = load_graph(trig)
    assert f"{len(list(local.graphs()))} graphs" in message or "graphs" in message
    queries = saved_queries()
    assert queries, "no saved queries found"
    non_empty = 0
    for name, text in sorted(queries.items()):
        params = _params(name, text, local)
        here = run_query(local, text, params)
        there = query_endpoint(server + "/query", text, params)
        assert _answers(there) == _answers(here), name
        non_empty += bool(isinstance(here, Table) and here.rows)
    assert non_empty >= 3  # the sample corpus has meetings, agreements and statements
    # Every named graph (one per article) arrived too, with the same size.
    for g in local.graphs():
        if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g):
            count = query_endpoint(
                server + "/query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": g.identifier}
            )
            assert int(count.rows[0][0]) == len(g), g.identifier


def test_put_into_a_named_graph_replaces_it(server, sample_graph):
    ttl = sample_graph / "graph.ttl"
    iri = "https://example.org/newskg/run-1"
    for _ in range(2):  # a second push replaces, it does not duplicate
        assert f"<{iri}>" in push_graph(ttl, server + "/store", iri)
    count = query_endpoint(server + "/query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(iri)})
    assert int(count.rows[0][0]) == len(Graph().parse(ttl))


def test_bound_values_cannot_change_the_query(server, sample_graph):
    hostile = '"} } ; DROP ALL ; SELECT * { ?s ?p ?o #'
    sparql = "SELECT ?s WHERE { ?s ?p ?label }"
    assert Literal(hostile).n3() in bind_values(sparql, {"label": hostile})  # one escaped literal
    answer = query_endpoint(server + "/query", sparql, {"label": hostile})
    assert answer.rows == []
    still = query_endpoint(server + "/query", "ASK { ?s ?p ?o }")
    assert still is True


def test_bind_values_goes_into_the_where_clause_not_the_template():
    text = 'CONSTRUCT { ?s <http://x/p> "{" } WHERE { ?s ?p ?o } # { comment'
    bound = bind_values(text, {"o": "a"})
    assert bound == 'CONSTRUCT { ?s <http://x/p> "{" } WHERE { VALUES (?o) { ("a") }  ?s ?p ?o } # { comment'
    with pytest.raises(PushError, match="needs a value for: speaker"):
        bind_values(saved_queries()["statements-by"], {})


def test_clear_errors(server, sample_graph, tmp_path):
    ttl = sample_graph / "graph.ttl"
    with pytest.raises(PushError, match="^cannot reach http://127.0.0.1:"):
        push_graph(ttl, f"http://127.0.0.1:{_free_port()}/store")
    with pytest.raises(PushError, match="^cannot reach http://127.0.0.1:"):  # a dataset goes graph by graph
        push_graph(sample_graph / "graph.trig", f"http://127.0.0.1:{_free_port()}/store")
    with pytest.raises(PushError, match="^PUT .* failed: HTTP 404.*Graph Store Protocol URL"):
        push_graph(ttl, server + "/no-such-service")
    with pytest.raises(PushError, match="absolute IRI"):
        push_graph(ttl, server + "/store", "not an iri")
    with pytest.raises(PushError, match="no such graph file"):
        push_graph(tmp_path / "missing.ttl", server + "/store")
    with pytest.raises(PushError, match="http"):
        push_graph(ttl, "file:///etc/passwd")
    bad = tmp_path / "bad.trig"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(PushError, match="not valid RDF"):
        push_graph(bad, server + "/store")
    with pytest.raises(PushError, match="HTTP 400"):
        query_endpoint(server + "/query", "SELECT WHERE")


def test_split_nquads_shards_load_back_to_the_same_dataset(sample_graph, tmp_path):
    import pyoxigraph

    from kg.push import split_nquads

    trig = sample_graph / "graph.trig"
    whole = set(pyoxigraph.parse(path=str(trig), format=pyoxigraph.RdfFormat.TRIG))
    parts = split_nquads(trig, tmp_path / "shards", max_quads=500)
    assert len(parts) == -(-len(whole) // 500) and len(parts) > 1
    back = [q for p in parts for q in pyoxigraph.parse(path=str(p), format=pyoxigraph.RdfFormat.N_QUADS)]
    assert len(back) == len(whole) and set(back) == whole
