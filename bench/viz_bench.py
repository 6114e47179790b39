"""Benchmark of the HTML network on a large synthetic graph, in headless Chromium.

Builds an RDF graph in the core vocabulary (docs/ARCHITECTURE.md) with about
5,000 actors and 20,000 events (actor popularity is heavy-tailed, as in news:
a few actors appear in many events), renders it with `kg.viz.render_html` in
both views and with `max_nodes` cuts, then opens each page offline in headless
Chromium and measures the time from navigation to a stable, frozen network
(`window.newskg.ready`). A page drawn from an empty graph (same scripts, no
data) is the baseline, measured in the same run.

    .venv/bin/python bench/viz_bench.py [--actors 5000] [--events 20000] [--max-nodes 200 1000]

With `--corpus DIR` it times instead the graph.html step of `kg build` on a real build of DIR
(e.g. `bench/corpora/1000-0` from `bench/corpus.py`): the page drawn from the rdflib view of the
`BuiltGraph` (how the build drew it before) and drawn from the `BuiltGraph` itself, in CPU
seconds, and checks the two pages are byte-identical (build date pinned). Extraction results
are cached next to the corpus (`DIR.results.jsonl`, `kg.cache.result_to_json`), so a second run
times only the page.

    .venv/bin/python bench/viz_bench.py --corpus bench/corpora/1000-0 [--runs 3]

Not a test: it prints figures. The browser part needs /usr/bin/chromium and the playwright package.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg import viz

NKG = Namespace("https://w3id.org/newskg/ontology#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ID = "https://w3id.org/newskg/id/"

EVENT_TYPES = (("Meeting", "participant"), ("Agreement", "party"), ("Statement", "speaker"))
ACTOR_KINDS = ("Person", "Person", "Person", "Organization", "Country")


def synthetic_graph(n_actors: int, n_events: int, seed: int = 1) -> Graph:
    """A deterministic graph of n_events events over n_actors actors."""
    rng = random.Random(seed)
    g = Graph()
    actors = []
    for i in range(n_actors):
        iri = URIRef(f"{ID}entity/actor-{i:05d}")
        g.add((iri, RDF.type, NKG[ACTOR_KINDS[i % len(ACTOR_KINDS)]]))
        g.add((iri, SKOS.prefLabel, Literal(f"Actor {i:05d}")))
        actors.append(iri)
    places = []
    for i in range(max(1, n_actors // 25)):
        iri = URIRef(f"{ID}entity/place-{i:04d}")
        g.add((iri, RDF.type, NKG.Place))
        g.add((iri, SKOS.prefLabel, Literal(f"Place {i:04d}")))
        places.append(iri)
    articles = []
    for i in range(max(1, n_events // 4)):
        iri = URIRef(f"{ID}article/article-{i:05d}")
        g.add((iri, RDF.type, NKG.Article))
        g.add((iri, DCTERMS.title, Literal(f"Article {i}")))
        g.add((iri, SCHEMA.publisher, Literal(f"Outlet {i % 40}")))
        g.add((iri, SCHEMA.url, URIRef(f"https://news.example/{i}")))
        articles.append(iri)
    # Heavy tail: weight 1/(rank+1), so a few actors are in many events.
    weights = [1 / (r + 1) ** 0.8 for r in range(n_actors)]
    for i in range(n_events):
        kind, role = EVENT_TYPES[rng.randrange(3)]
        ev = URIRef(f"{ID}event/{i:06d}")
        g.add((ev, RDF.type, NKG[kind]))
        g.add((ev, RDFS.label, Literal(f"{kind} {i}")))
        for actor in set(rng.choices(actors, weights, k=rng.choice((1, 2, 2, 2, 3)))):
            g.add((ev, NKG.hasActor, actor))
            g.add((ev, NKG[role], actor))
        month, day = rng.randrange(1, 13), rng.randrange(1, 29)
        g.add((ev, NKG.date, Literal(f"{2018 + rng.randrange(3)}-{month:02d}-{day:02d}", datatype=XSD.date)))
        if rng.random() < 0.6:
            g.add((ev, NKG.place, rng.choice(places)))
        g.add((ev, NKG.confidence, Literal("0.7", datatype=XSD.decimal)))
        article = rng.choice(articles)
        sent = URIRef(f"{ID}sentence/s-{i:06d}")
        g.add((sent, RDF.type, NKG.Sentence))
        g.add((sent, NKG.text, Literal(f"Synthetic evidence sentence number {i} about a {kind.lower()}.")))
        g.add((sent, NKG.article, article))
        g.add((ev, NKG.evidence, sent))
        g.add((ev, PROV.wasDerivedFrom, article))
    return g


def measure(browser, html: Path, runs: int) -> float:
    """Best-of-`runs` seconds from navigation to a stable, frozen network."""
    best = float("inf")
    for _ in range(runs):
        page, seconds, _ = viz.open_page(browser, html, timeout_s=600)
        best = min(best, seconds)
        page.context.close()
    return best


def cached_results(corpus: Path) -> list:
    """The corpus's extraction results, extracted once and then read from `<corpus>.results.jsonl`."""
    from kg.cache import result_from_json, result_to_json

    cache = corpus.with_name(corpus.name + ".results.jsonl")
    if cache.is_file():
        return [result_from_json(json.loads(line)) for line in cache.open(encoding="utf-8")]
    from kg.pipeline import extract_stream, load_prepared_model, read_inputs
    from kg.resolve.places import Gazetteer

    articles, _ = read_inputs([corpus])
    results = list(extract_stream(load_prepared_model(None), articles, Gazetteer()))
    cache.write_text("".join(json.dumps(result_to_json(r)) + "\n" for r in results), encoding="utf-8")
    return results


def page_step(corpus: Path, runs: int, out: Path) -> None:
    """CPU seconds of graph.html of a build: drawn from the BuiltGraph's rdflib view (made in the timed
    step, as the build made it before) and from the BuiltGraph itself (as the build draws it now)."""
    from kg.graph import build_graph
    from kg.pipeline import HTML_MAX_ACTORS, resolve_and_merge

    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"  # the same build date in both pages
    results, merged = resolve_and_merge(cached_results(corpus))
    pages, seconds = [], {}
    for name, direct in (("from its rdflib view", False), ("from the BuiltGraph", True)):
        best = float("inf")
        for _ in range(runs):
            built = build_graph(results, merged)  # fresh: no rdflib view made yet
            start = time.process_time()
            viz.render_html(built if direct else built.default_graph, out / "graph.html", max_nodes=HTML_MAX_ACTORS)
            best = min(best, time.process_time() - start)
        seconds[name] = best
        pages.append((out / "graph.html").read_bytes())
    print(f"{corpus}: {len(results)} articles, {build_graph(results, merged).merged_size:,} merged triples; "
          f"pages byte-identical: {pages[0] == pages[1]}")
    for name, value in seconds.items():
        print(f"  graph.html {name:22} {value:6.2f} s CPU (best of {runs})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--max-nodes", type=int, nargs="*", default=[200, 1000])
    parser.add_argument("--runs", type=int, default=1, help="page loads per case (best is reported)")
    parser.add_argument("--out", type=Path, default=None, help="keep the pages here")
    parser.add_argument("--corpus", type=Path, default=None, help="time graph.html of a build of this corpus")
    args = parser.parse_args()

    out = args.out or Path(tempfile.mkdtemp(prefix="viz_bench_"))
    if args.corpus:
        page_step(args.corpus, args.runs, out)
        return
    t = time.perf_counter()
    g = synthetic_graph(args.actors, args.events)
    print(f"synthetic graph: {args.actors} actors, {args.events} events, {len(g)} triples "
          f"({time.perf_counter() - t:.1f} s to build)")

    cases = [("baseline (empty graph)", Graph(), "actors", None)]
    for view in ("actors", "events"):
        cases += [(f"{view}, top {n}", g, view, n) for n in args.max_nodes]
        cases.append((f"{view}, all", g, view, None))
    with viz.chromium() as browser:
        rows = []
        for name, graph, view, max_nodes in cases:
            html = out / f"{name.replace(' ', '_').replace(',', '').replace('(', '').replace(')', '')}.html"
            t = time.perf_counter()
            summary = viz.render_html(graph, html, view=view, max_nodes=max_nodes)
            render_s = time.perf_counter() - t
            load_s = measure(browser, html, args.runs)
            rows.append((name, summary.nodes, summary.edges, html.stat().st_size / 1e6, render_s, load_s))
            print(f"  {name}: done", flush=True)
    baseline = rows[0][-1]
    print(f"\n{'case':28} {'nodes':>7} {'edges':>7} {'MB':>6} {'render s':>9} {'ready s':>8} {'x base':>7}")
    for name, nodes, edges, mb, render_s, load_s in rows:
        print(f"{name:28} {nodes:7d} {edges:7d} {mb:6.1f} {render_s:9.2f} {load_s:8.2f} {load_s / baseline:7.1f}")
    print(f"\npages in {out}")


if __name__ == "__main__":
    main()
