"""Other tools accept the output: rdflib, Oxigraph, and the independent C parsers rapper and serdi.

rapper comes from Debian `raptor2-utils`, serdi from Debian `serdi`; tests needing one skip with
a visible reason where it is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from importlib.resources import files

import pyoxigraph as ox
import pytest
from factories import dataset_of, two_reports
from rdflib import Dataset, Graph
from rdflib.compare import to_isomorphic

from kg.export import serialize_dataset, serialize_graph, write_build_outputs
from kg.graph import build_dataset
from kg.merge import merge_events
from kg.query import load_graph, run_query, saved_queries
from kg.records import (
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
from kg.validate import validate_graph

ONTOLOGY = files("kg") / "ontology"


def hostile_result() -> ArticleResult:
    """An article whose text, title, URL and names try to break Turtle, TriG and IRIs."""
    text = 'Ann said "a\\b" <x> {y} @prefix ; . nul\x00 vt\x0b \uffff \ufeff \u2028 \u202e\u05e9\u05dc\u05d5\u05dd 🚀\ttab\r\nline two \'q\'.'
    article = Article('odd "id" <1>', text, "x", title='T "1" <2>', url='https://e.example/a b"c', outlet="O;<>")
    ann = Entity("Ann O'Neil-\u00c5str\u00f6m <x>", PERSON, aliases={'"Ann"', "A\\nn"})
    event = Event(STATEMENT, [Participant(ann, SPEAKER)], [Evidence(article.id, text, 0, len(text), 0)],
                  date="2024", content=text, extractor="statement.said")
    return ArticleResult(article, [ann], [event])


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    results = two_reports() + [hostile_result()]
    merged = merge_events(results)
    dataset = dataset_of(results)
    out = tmp_path_factory.mktemp("interop")
    ttl, trig, _ = write_build_outputs(out, results, merged, dataset)
    return dataset, ttl, trig


def quad_count(dataset: Dataset) -> int:
    return sum(len(g) for g in dataset.graphs())


def test_turtle_and_trig_parse_back_in_rdflib(built):
    dataset, ttl, trig = built
    assert to_isomorphic(Graph().parse(ttl, format="turtle")) == to_isomorphic(dataset.default_graph)
    back = Dataset()
    back.parse(trig, format="trig")
    for g in dataset.graphs():
        assert to_isomorphic(back.graph(g.identifier)) == to_isomorphic(g), g.identifier


def test_oxigraph_loads_the_same_triples(built):
    dataset, ttl, trig = built
    store = ox.Store()
    store.load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(dataset.default_graph)
    quads = ox.Store()
    quads.load(path=str(trig), format=ox.RdfFormat.TRIG)
    assert len(quads) == quad_count(dataset)


def _normalised(table) -> list[tuple]:
    """Rows as comparable strings; GROUP_CONCAT order is unspecified in SPARQL, so sort its parts."""
    rows = []
    for row in table.rows:
        rows.append(tuple("; ".join(sorted(str(v).split("; "))) if v is not None else None for v in row))
    return sorted(rows)


def test_saved_queries_agree_between_rdflib_and_oxigraph(built):
    dataset, ttl, trig = built
    graph = Graph().parse(ttl, format="turtle")
    store, quads = ox.Store(), ox.Store()
    store.load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    quads.load(path=str(trig), format=ox.RdfFormat.TRIG)  # its default graph is the merged view
    meeting = str(next(iter(run_query(graph, saved_queries()["meetings"]).rows))[0])
    params = {"statements-by": {"speaker": "ann"}, "evidence": {"event": meeting}}
    non_empty = 0
    for name, text in saved_queries().items():
        a = run_query(graph, text, params.get(name))
        for other in (store, quads):
            b = run_query(other, text, params.get(name))
            assert a.vars == b.vars, name
            assert _normalised(a) == _normalised(b), name
        non_empty += bool(a.rows)
    assert non_empty >= 6


def _run(cmd: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, encoding="utf-8", errors="replace", timeout=60)


def _need(tool: str, package: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not installed (Debian package {package}); cannot check it accepts the output")


def _rapper_count(path, syntax: str) -> int:
    proc = _run(["rapper", "-i", syntax, "-c", str(path)])
    assert proc.returncode == 0, proc.stderr
    problems = [line for line in proc.stderr.splitlines() if "warning" in line.lower() or "error" in line.lower()]
    assert not problems, problems
    (count_line,) = [line for line in proc.stderr.splitlines() if "returned" in line]
    return int(count_line.split("returned")[1].split()[0])


def _serdi_count(path, syntax: str) -> int:
    proc = _run(["serdi", "-i", syntax, "-o", "nquads" if syntax == "trig" else "ntriples", str(path)])
    assert proc.returncode == 0 and not proc.stderr.strip(), proc.stderr
    return len([line for line in proc.stdout.split("\n") if line.strip()])  # not splitlines: U+2028 is data


@pytest.mark.parametrize("tool, package", [("rapper", "raptor2-utils"), ("serdi", "serdi")])
def test_c_parsers_read_turtle_trig_and_ontology_without_warnings(built, tool, package):
    _need(tool, package)
    count = {"rapper": _rapper_count, "serdi": _serdi_count}[tool]
    dataset, ttl, trig = built
    assert count(ttl, "turtle") == len(dataset.default_graph)
    assert count(trig, "trig") == quad_count(dataset)
    for name in ("newskg.ttl", "shapes.ttl"):
        path = ONTOLOGY / name
        assert count(path, "turtle") == len(Graph().parse(str(path), format="turtle"))


@pytest.fixture(scope="module")
def sample_build(nlp, sample_corpus, tmp_path_factory):
    """The bundled sample corpus through the real pipeline stages, written like `kg build` does."""
    from kg.pipeline import extract_stream, read_inputs, resolve_and_merge
    from kg.resolve.places import Gazetteer

    articles, _ = read_inputs([sample_corpus])
    results, merged = resolve_and_merge(list(extract_stream(nlp, articles, Gazetteer())))
    dataset = build_dataset(results, merged)
    out = tmp_path_factory.mktemp("sample")
    ttl, trig, events = write_build_outputs(out, results, merged, dataset)
    return results, merged, dataset, ttl, trig


def test_sample_meeting_reported_twice_is_one_node(sample_build):
    _, _, _, ttl, _ = sample_build
    graph = load_graph(ttl)
    table = run_query(graph, saved_queries()["meetings"])
    rows = [dict(zip(table.vars, row)) for row in table.rows]
    hits = [r for r in rows if "Akar" in str(r["participants"]) and "Shoigu" in str(r["participants"])
            and str(r["date"]) == "2019-02-11"]
    assert len(hits) == 1, rows
    (hit,) = hits
    assert str(hit["place"]) == "Ankara" and int(hit["sources"]) == 2
    evidence = run_query(graph, saved_queries()["evidence"], {"event": str(hit["event"])})
    assert len({str(row[1]) for row in evidence.rows}) == 2  # sentences from both articles
    assert len(evidence.rows) >= 2


def test_sample_graph_is_valid_deterministic_and_accepted(sample_build):
    results, merged, dataset, ttl, trig = sample_build
    for graph in (dataset, load_graph(ttl), load_graph(trig)):  # what `kg validate` sees, file by file
        conforms, text = validate_graph(graph)
        assert conforms, text
    again = build_dataset(list(reversed(results)), merge_events(list(reversed(results))))
    assert serialize_graph(again.default_graph) == ttl.read_bytes()
    assert serialize_dataset(again) == trig.read_bytes()
    store = ox.Store()
    store.load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(dataset.default_graph)
    if shutil.which("rapper"):
        assert _rapper_count(ttl, "turtle") == len(dataset.default_graph)
    if shutil.which("serdi"):
        assert _serdi_count(trig, "trig") == quad_count(dataset)
