"""newskg benchmark: throughput, parallel speed-up, graph and SPARQL times, peak memory.

    python bench/run.py --size 1000 [--jobs 2] [--dask]

In one run, on the same generated corpus (bench/corpus.py) and the same model:
bare `nlp.pipe` words/s against newskg extraction words/s (one process), with the
full pipeline and, when the model has components the extractors do not need
(`REQUIRED_PIPES`), with those disabled; the cost of each pipeline component;
`--jobs 1` against `--jobs N`; resolve+merge, graph build and output writing;
SPARQL latency of every saved query on the merged graph with rdflib's memory
store, rdflib over Oxigraph (oxrdflib) and pyoxigraph directly; peak memory per phase.
Every figure is also given as a ratio against a baseline measured in the same run.

Writes bench/results/bench-<size>.json and .md, then regenerates
bench/results/summary.md and bench/results/scaling.png from all sizes run so far.
This is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import psutil

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))  # run from a checkout without installing

from bench.corpus import generate_corpus  # noqa: E402

RESULTS = BENCH / "results"
BATCH = 16  # nlp.pipe batch size, the same for the bare parse and newskg (kg.pipeline.extract_stream)
COMPONENT_SAMPLE = 200  # articles timed component by component (the shares are stable well before that)


def _memory(proc: psutil.Process) -> int:
    """PSS where the OS reports it (pages shared by forked workers counted once), else RSS."""
    try:
        info = proc.memory_full_info()
        return getattr(info, "pss", info.rss)
    except psutil.AccessDenied:
        return proc.memory_info().rss


class PeakRss:
    """Samples the memory of this process and its children in a thread; `.peak` per phase, in bytes."""

    def __init__(self, interval: float = 0.1):
        self.interval, self.peak, self._stop = interval, 0, threading.Event()
        self._proc = psutil.Process()

    def _rss(self) -> int:
        total = _memory(self._proc)
        for child in self._proc.children(recursive=True):
            try:
                total += _memory(child)
            except psutil.Error:
                pass  # a worker that just ended
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._rss())
            time.sleep(self.interval)

    def __enter__(self) -> "PeakRss":
        self.peak = self._rss()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._rss())


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (user + system)."""
    t = psutil.Process().cpu_times()
    return t.user + t.system + t.children_user + t.children_system


@contextmanager
def phase(report: dict, name: str):
    """Record a phase's wall seconds, CPU seconds and peak memory (MB) under `report[name]`.

    CPU seconds are what a one-process phase costs even when other programs share the cores.
    """
    with PeakRss() as mem:
        start, cpu = time.perf_counter(), _cpu_seconds()
        yield
        seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    report[name] = {"seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3), "peak_rss_mb": round(mem.peak / 2**20, 1)}
    print(f"{name}: {seconds:.1f} s wall, {cpu:.1f} s CPU, {mem.peak / 2**20:,.0f} MB", file=sys.stderr, flush=True)


def code_digest() -> str:
    """Hash of newskg's source: if it changes during a run, workers started later ran other code."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted((BENCH.parent / "kg").rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def ensure_corpus(size: int, seed: int) -> Path:
    """The generated corpus of `size` articles, made on first use (bench/corpora/ is not committed)."""
    folder = BENCH / "corpora" / f"{size}-{seed}"
    if len(list(folder.glob("*.txt"))) != size:
        generate_corpus(folder, size, seed)
    return folder


def bare_parse(nlp, texts: list[str]) -> int:
    """Parse every text with nlp.pipe and drop the docs; returns the token count."""
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH))


def component_seconds(nlp, texts: list[str]) -> list[dict]:
    """Wall seconds and share of each pipeline component (tokenizer first) over all texts."""
    start = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    costs = [("tokenizer", time.perf_counter() - start)]
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=BATCH)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        costs.append((name, time.perf_counter() - start))
    total = sum(c for _, c in costs)
    return [{"pipe": n, "seconds": round(c, 2), "share": round(c / total, 3)} for n, c in costs]


def _burn(_: object = None) -> float:
    """A fixed pure-Python CPU task; returns its wall seconds."""
    start, x = time.perf_counter(), 0
    for i in range(5_000_000):
        x += i
    return time.perf_counter() - start


def parallel_ceiling(jobs: int) -> float:
    """Speed-up the machine gives right now to `jobs` copies of a CPU task in `jobs` processes.

    The baseline for the `--jobs` speed-up: cores busy with other programs lower both alike.
    """
    import multiprocessing

    one = statistics.median(_burn() for _ in range(3))
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        start = time.perf_counter()
        pool.map(_burn, range(jobs))
        many = time.perf_counter() - start
    return jobs * one / many


def median_ms(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median wall time of `fn` in ms over `repeat` runs after one warm-up, and its last result.

    A query slower than a second is timed once (its warm-up run): the figure is what matters.
    """
    start = time.perf_counter()
    result = fn()
    first = (time.perf_counter() - start) * 1000
    if first > 1000:
        return first, result
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


XSD_STRING = "^^<http://www.w3.org/2001/XMLSchema#string>"


def rows_of(result) -> list[tuple[str, ...]]:
    """SPARQL answers as sorted tuples of N-Triples strings, comparable across engines.

    Blank nodes are masked, `xsd:string` is the plain literal it equals in RDF 1.1, and
    GROUP_CONCAT lists ("a; b") are sorted, since SPARQL leaves their order open.
    """

    def text(term) -> str:
        if term is None:
            return ""
        value = term.n3() if hasattr(term, "n3") else str(term)  # rdflib or pyoxigraph
        if value.startswith("_:"):
            return "_:b"
        value = value.removesuffix(XSD_STRING)
        if value.startswith('"') and "; " in value:
            body, _, tail = value[1:].rpartition('"')
            value = '"' + "; ".join(sorted(body.split("; "))) + '"' + tail
        return value

    return sorted(tuple(text(t) for t in row) for row in result)


def example_params(store, sparql: str) -> dict:
    """Values for a saved query's declared parameters, taken from the graph (an event IRI, a speaker's name)."""
    from rdflib import Literal, URIRef

    from kg.query import query_params

    nkg = "https://w3id.org/newskg/ontology#"
    params = {}
    for name, kind in query_params(sparql).items():
        if kind == "iri":
            found = list(store.query(f"SELECT ?e WHERE {{ ?e <{nkg}evidence> ?s }} LIMIT 1"))
            params[name] = URIRef(found[0][0].value)
        else:
            found = list(store.query(f"SELECT ?n WHERE {{ ?e <{nkg}speaker>/<http://www.w3.org/2000/01/rdf-schema#label> ?n }} LIMIT 1"))
            params[name] = Literal(found[0][0].value.split()[-1] if found else "nobody")
    return params


def _timed_in_child(fn: Callable[[], object], repeat: int, timeout: float) -> tuple[float | None, list | None]:
    """`median_ms(fn)` in a forked child, given up after `timeout` seconds: (ms, comparable rows) or (None, None).

    rdflib's memory store takes minutes on some saved queries over large graphs; the benchmark
    reports that it did not finish instead of waiting.
    """
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)

    def target() -> None:
        ms, result = median_ms(fn, repeat)
        sender.send((ms, rows_of(result)))

    child = ctx.Process(target=target, daemon=True)
    child.start()
    try:
        if receiver.poll(timeout):
            return receiver.recv()
        return None, None
    finally:
        child.terminate()
        child.join()


def replicated(graph_path: Path, copies: int) -> Path:
    """An N-Triples file with `copies` copies of a graph: every data IRI but entities' gets a copy suffix.

    A stand-in for the graph of a corpus `copies` times larger (same shape, same recurring actors).
    """
    import pyoxigraph

    data, entity = "https://w3id.org/newskg/id/", "https://w3id.org/newskg/id/entity/"
    triples = list(pyoxigraph.parse(path=str(graph_path), format=pyoxigraph.RdfFormat.TURTLE))

    def copy(term, k: int):
        if isinstance(term, pyoxigraph.NamedNode) and term.value.startswith(data) and not term.value.startswith(entity):
            return pyoxigraph.NamedNode(f"{term.value}-r{k}")
        return term

    out = graph_path.with_name(f"{graph_path.stem}-x{copies}.nt")
    every = (pyoxigraph.Triple(copy(t.subject, k), t.predicate, copy(t.object, k)) for k in range(copies) for t in triples)
    pyoxigraph.serialize(every, str(out), pyoxigraph.RdfFormat.N_TRIPLES)
    return out


def sparql_latency(graph_path: Path, repeat: int, rdflib_timeout: float = 60.0, copies: int = 1) -> list[dict]:
    """Each saved query on the merged graph: rdflib memory store, rdflib+Oxigraph, pyoxigraph; ms and row counts.

    With `copies` > 1 the graph is replicated first (see `replicated`) and rdflib's memory store is
    left out (it would need minutes and gigabytes just to load it).
    """
    import pyoxigraph
    from rdflib import Graph, URIRef, Variable

    from kg.query import saved_queries

    if copies > 1:
        graph_path = replicated(graph_path, copies)
    fmt = "nt" if graph_path.suffix == ".nt" else "turtle"
    memory = Graph().parse(graph_path, format=fmt) if copies == 1 else None
    oxi = Graph(store="Oxigraph").parse(graph_path, format=f"ox-{fmt}")
    store = pyoxigraph.Store()
    store.bulk_load(path=str(graph_path), format=pyoxigraph.RdfFormat.from_extension(graph_path.suffix[1:]))
    rows = []
    for name, text in sorted(saved_queries().items()):
        params = example_params(store, text)
        bound = {Variable(k): v for k, v in params.items()}
        subs = {
            pyoxigraph.Variable(k): pyoxigraph.NamedNode(v) if isinstance(v, URIRef) else pyoxigraph.Literal(v)
            for k, v in params.items()
        }
        ms_mem, rows_mem = None, None
        if memory is not None:
            ms_mem, rows_mem = _timed_in_child(lambda: list(memory.query(text, initBindings=bound)), repeat, rdflib_timeout)
        ms_oxi, res_oxi = median_ms(lambda: list(oxi.query(text, initBindings=bound)), repeat)
        ms_raw, res_raw = median_ms(lambda: [tuple(s) for s in store.query(text, substitutions=subs)], repeat)
        same = rows_of(res_oxi) == rows_of(res_raw) and rows_mem in (None, rows_of(res_oxi))
        rows.append(
            {
                "query": name,
                "rows": len(res_oxi),
                "rdflib_ms": None if ms_mem is None else round(ms_mem, 2),
                "oxrdflib_ms": round(ms_oxi, 2),
                "pyoxigraph_ms": round(ms_raw, 2),
                "same_answers": same,
            }
        )
    return rows


def run(size: int, seed: int, jobs: int, use_dask: bool, repeat: int, rdflib_timeout: float = 60.0) -> dict:
    from kg.extract import REQUIRED_PIPES, prepare_nlp
    from kg.graph import build_graph
    from kg.nlp import DEFAULT_MODEL, load_model
    from kg.parallel import extract_parallel
    from kg.pipeline import extract_stream, read_inputs, resolve_and_merge
    from kg.resolve.places import Gazetteer

    corpus = ensure_corpus(size, seed)
    articles, skipped = read_inputs([corpus])
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    report: dict = {
        "size": size,
        "articles": len(articles),
        "skipped": len(skipped),
        "words": words,
        "jobs": jobs,
        "machine": f"{platform.processor() or platform.machine()}, {psutil.cpu_count()} cores, Python {platform.python_version()}",
        "load_before": round(os.getloadavg()[0], 2),
        "code_before": code_digest(),
    }
    # The bare baseline is the model as spaCy ships it; newskg's own model adds its line-break pipe.
    plain = load_model(DEFAULT_MODEL)
    disable = tuple(p for p in plain.pipe_names if p not in REQUIRED_PIPES)
    full = prepare_nlp(load_model(DEFAULT_MODEL))
    report["pipes"] = plain.pipe_names
    report["required_pipes"] = sorted(REQUIRED_PIPES)
    report["disabled_pipes"] = list(disable)
    gazetteer = Gazetteer()
    bare_parse(plain, texts[:8])  # warm-up: first calls allocate
    list(extract_stream(full, articles[:8], gazetteer))

    with phase(report, "bare_full"):
        report["tokens"] = bare_parse(plain, texts)
    report["components"] = component_seconds(plain, texts[:COMPONENT_SAMPLE])
    with phase(report, "newskg_full"):
        results = list(extract_stream(full, articles, gazetteer, batch_size=BATCH))
    if disable:  # only then is there a gain to measure
        plain_slim = load_model(DEFAULT_MODEL, disable=disable)
        slim = prepare_nlp(load_model(DEFAULT_MODEL, disable=disable))
        with phase(report, "bare_slim"):
            bare_parse(plain_slim, texts)
        with phase(report, "newskg_slim"):
            results_slim = list(extract_stream(slim, articles, gazetteer, batch_size=BATCH))
        report["slim_same_output"] = results_slim == results
        results = results_slim
        del results_slim
    report["parallel_ceiling"] = round(parallel_ceiling(jobs), 2)
    with phase(report, f"jobs{jobs}"):
        # as a build does: the parent's model and gazetteer are handed to the (forked) workers
        parallel = extract_parallel(
            articles, DEFAULT_MODEL, jobs, disable=disable, nlp=slim if disable else full, gazetteer=gazetteer
        )
    report["parallel_same_output"] = parallel == results
    del parallel
    if use_dask:
        from kg.distributed import extract_with_dask

        with phase(report, "dask_local"):
            distributed = extract_with_dask(articles, DEFAULT_MODEL, "local", disable=disable, n_workers=jobs)
        report["dask_same_output"] = distributed == results
        del distributed

    with phase(report, "resolve_merge"):
        results, merged = resolve_and_merge(results)
    with phase(report, "graph_build"):
        dataset = build_graph(results, merged)  # what `kg build` builds: triples, no rdflib store
    report["quads"] = sum(len(g) for g in dataset.graphs.values())
    report["merged_triples"] = dataset.merged_size
    report["events"] = len(merged)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        from kg.export import write_build_outputs

        with phase(report, "graph_write"):
            written = [Path(p) for p in write_build_outputs(out, results, merged, dataset) or []]
        report["outputs"] = {p.name: p.stat().st_size for p in written if p.is_file()}
        ttl = next((p for p in written if p.suffix == ".ttl"), None)
        if ttl is None:
            ttl = out / "graph.ttl"
            dataset.dataset().default_graph.serialize(ttl, format="turtle")
        report["sparql"] = sparql_latency(ttl, repeat, rdflib_timeout)
    report["load_after"] = round(os.getloadavg()[0], 2)
    report["code_after"] = code_digest()
    report["peak_rss_mb"] = max(v["peak_rss_mb"] for v in report.values() if isinstance(v, dict) and "peak_rss_mb" in v)
    return add_ratios(report)


def wps(report: dict, name: str) -> float:
    return report["words"] / report[name]["seconds"]


def used(report: dict, kind: str = "newskg") -> str:
    """The phase of the configuration a build uses: unused pipes disabled if there were any."""
    return f"{kind}_slim" if f"{kind}_slim" in report else f"{kind}_full"


def add_ratios(r: dict) -> dict:
    """Throughputs and the ratios the targets are stated in (issue 6)."""
    jobs = f"jobs{r['jobs']}"
    after_parse = r["resolve_merge"]["seconds"] + r["graph_build"]["seconds"]
    extraction = r[used(r)]["seconds"]
    r["ratios"] = {
        "newskg_vs_bare_full": wps(r, "newskg_full") / wps(r, "bare_full"),
        # the same on CPU time: robust when other programs share the cores
        "newskg_vs_bare_full_cpu": r["bare_full"]["cpu_seconds"] / r["newskg_full"]["cpu_seconds"],
        "newskg_used_vs_bare_full": wps(r, used(r)) / wps(r, "bare_full"),
        "newskg_used_vs_bare_used": wps(r, used(r)) / wps(r, used(r, "bare")),
        "disable_gain_bare": wps(r, used(r, "bare")) / wps(r, "bare_full"),
        "disable_gain_newskg": wps(r, used(r)) / wps(r, "newskg_full"),
        # whole pipeline up to the graph in memory, one process, against the bare parse
        "pipeline_vs_bare_full": r["words"] / (extraction + after_parse) / wps(r, "bare_full"),
        "parallel_speedup": extraction / r[jobs]["seconds"],
        # the speed-up N processes would give on otherwise idle cores, from the CPU they cost: other
        # programs (and the kernel's per-session fair share, autogroup) cap the wall-clock figure
        "parallel_speedup_cpu": r["jobs"] * r[used(r)]["cpu_seconds"] / r[jobs]["cpu_seconds"],
        "graph_vs_extraction": (after_parse + r["graph_write"]["seconds"]) / extraction,
    }
    if "dask_local" in r:
        r["ratios"]["dask_speedup"] = extraction / r["dask_local"]["seconds"]
    r["ratios"] = {k: round(v, 3) for k, v in r["ratios"].items()}
    return r


def _ms(value: float | None) -> str:
    return "not run / gave up" if value is None else f"{value:.1f}"


def sparql_markdown(rows: list[dict]) -> list[str]:
    """The saved-query latency table."""
    lines = [
        "| saved query | rows | rdflib memory ms | rdflib+Oxigraph ms | pyoxigraph ms | same answers |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for q in rows:
        lines.append(
            f"| {q['query']} | {q['rows']} | {_ms(q['rdflib_ms'])} | {q['oxrdflib_ms']:.1f} | {q['pyoxigraph_ms']:.1f} "
            f"| {q['same_answers']} |"
        )
    return lines


def markdown(r: dict) -> str:
    """One run as Markdown tables."""
    jobs = f"jobs{r['jobs']}"
    base = wps(r, "bare_full")
    lines = [
        f"### {r['articles']:,} articles, {r['words']:,} words ({r['machine']}; "
        f"load average {r.get('load_before', '?')} before, {r.get('load_after', '?')} after)",
        *(
            ["", "**newskg's code changed during this run: 'same output' flags compare different code.**"]
            if r.get("code_before") != r.get("code_after")
            else []
        ),
        "",
        f"Pipes: {', '.join(r['pipes'])}; the extractors need {', '.join(r['required_pipes'])}; "
        f"disabled: {', '.join(r['disabled_pipes']) or 'none (every component is used)'}"
        + (f" (same output: {r['slim_same_output']})." if r["disabled_pipes"] else ".")
        + " Share of the bare parse by component: "
        + ", ".join(f"{c['pipe']} {c['share']:.0%}" for c in r["components"])
        + ".",
        "",
        "| phase | wall s | CPU s | words/s (wall) | vs bare parse (full model) | peak memory MB (PSS) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    names = {
        "bare_full": "bare `nlp.pipe`, full model",
        "bare_slim": "bare `nlp.pipe`, unused pipes disabled",
        "newskg_full": "newskg extraction, full model, 1 process",
        "newskg_slim": "newskg extraction, unused pipes disabled, 1 process",
        jobs: f"newskg extraction, `--jobs {r['jobs']}` (same output: {r['parallel_same_output']})",
        "dask_local": f"newskg extraction, Dask LocalCluster {r['jobs']} workers (same output: {r.get('dask_same_output')})",
    }
    for key, label in names.items():
        if key in r:
            w = wps(r, key)
            lines.append(
                f"| {label} | {r[key]['seconds']:.1f} | {r[key].get('cpu_seconds', 0):.1f} | {w:,.0f} | {w / base:.2f} "
                f"| {r[key]['peak_rss_mb']:,.0f} |"
            )
    extraction = r[used(r)]["seconds"]
    for key, label in (("resolve_merge", "resolve + merge"), ("graph_build", "graph build"), ("graph_write", "write outputs")):
        lines.append(
            f"| {label} | {r[key]['seconds']:.2f} | {r[key].get('cpu_seconds', 0):.2f} | | "
            f"{r[key]['seconds'] / extraction:.1%} of extraction | {r[key]['peak_rss_mb']:,.0f} |"
        )
    ratios = r["ratios"]
    lines += [
        "",
        f"Ratios: newskg extraction / bare parse {ratios['newskg_vs_bare_full']:.2f} (full model; "
        f"{ratios.get('newskg_vs_bare_full_cpu', 0):.2f} on CPU time)"
        + (
            f", {ratios['newskg_used_vs_bare_full']:.2f} (unused pipes disabled, against the full-model parse), "
            f"{ratios['newskg_used_vs_bare_used']:.2f} (both disabled); disabling gains "
            f"{ratios['disable_gain_newskg']:.2f}x"
            if r["disabled_pipes"]
            else ""
        )
        + f"; whole pipeline to the graph in memory / bare parse {ratios['pipeline_vs_bare_full']:.2f}; "
        f"`--jobs {r['jobs']}` speed-up {ratios['parallel_speedup']:.2f}x (a pure CPU task got "
        f"{r.get('parallel_ceiling', float('nan')):.2f}x from {r['jobs']} processes in this run"
        + (f"; on idle cores, from the CPU seconds: {ratios['parallel_speedup_cpu']:.2f}x"
           if "parallel_speedup_cpu" in ratios else "")
        + "); graph build+write "
        f"{ratios['graph_vs_extraction']:.1%} of extraction. Graph: {r['quads']:,} quads, "
        f"{r['merged_triples']:,} merged triples, {r['events']:,} events.",
        "",
        *sparql_markdown(r["sparql"]),
    ]
    return "\n".join(lines) + "\n"


def all_reports() -> list[dict]:
    reports = [json.loads(p.read_text()) for p in RESULTS.glob("bench-*.json")]
    return sorted(reports, key=lambda r: r["size"])


def plot(reports: list[dict], path: Path) -> None:
    """Throughput and peak memory against corpus size, one line per configuration."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["size"] for r in reports]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for key, label in (
        ("bare_full", "bare nlp.pipe (full model)"),
        ("newskg_full", "newskg, 1 process, full model"),
        ("newskg_slim", "newskg, 1 process, unused pipes off"),
    ):
        if all(key in r for r in reports):
            left.plot(sizes, [wps(r, key) for r in reports], marker="o", label=label)
    left.plot(sizes, [wps(r, f"jobs{r['jobs']}") for r in reports], marker="o", label="newskg --jobs N")
    for key, label in (("bare_full", "bare nlp.pipe, per CPU second"), ("newskg_full", "newskg, per CPU second")):
        if all(r[key].get("cpu_seconds") for r in reports):
            left.plot(sizes, [r["words"] / r[key]["cpu_seconds"] for r in reports], ls="--", marker="x", label=label)
    left.set(xscale="log", xlabel="articles", ylabel="words / second", title="Extraction throughput")
    left.legend(fontsize=8)
    right.plot(sizes, [r[used(r)]["peak_rss_mb"] for r in reports], marker="o", label="extraction, 1 process")
    for key, label in (("graph_build", "graph build"), ("graph_write", "write outputs")):
        right.plot(sizes, [r[key]["peak_rss_mb"] for r in reports], marker="o", label=label)
    right.plot(sizes, [r[f"jobs{r['jobs']}"]["peak_rss_mb"] for r in reports], marker="o", label="extraction --jobs N (all processes)")
    right.set(xscale="log", xlabel="articles", ylabel="peak memory, PSS (MB)", title="Peak memory by phase")
    right.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100, help="articles in the generated corpus (default 100)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="worker processes to compare with 1")
    parser.add_argument("--dask", action="store_true", help="also time a local Dask cluster of --jobs workers")
    parser.add_argument("--repeat", type=int, default=5, help="runs per saved query (median)")
    parser.add_argument("--rdflib-timeout", type=float, default=60.0, help="give up on an rdflib memory-store query after S seconds")
    parser.add_argument(
        "--sparql", type=Path, metavar="GRAPH_TTL", help="only time the saved queries on an existing graph.ttl"
    )
    parser.add_argument("--copies", type=int, default=1, help="with --sparql: replicate the graph N times first")
    args = parser.parse_args(argv)
    if args.sparql:  # e.g. the graph of `kg build bench/corpora/1000-0`, or with --copies 10 a 10,000-article stand-in
        rows = sparql_latency(args.sparql, args.repeat, args.rdflib_timeout, args.copies)
        size = args.sparql.stat().st_size / 2**20
        text = f"### Saved queries on {args.sparql} ({size:,.1f} MB of Turtle) x {args.copies}\n\n"
        text += "\n".join(sparql_markdown(rows)) + "\n"
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / f"sparql-{args.sparql.parent.name}-x{args.copies}.md").write_text(text)
        print(text)
        return
    started = time.perf_counter()
    report = run(args.size, args.seed, args.jobs, args.dask, args.repeat, args.rdflib_timeout)
    report["total_seconds"] = round(time.perf_counter() - started, 1)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"bench-{args.size}.json").write_text(json.dumps(report, indent=1) + "\n")
    (RESULTS / f"bench-{args.size}.md").write_text(markdown(report))
    reports = all_reports()
    (RESULTS / "summary.md").write_text("\n".join(markdown(r) for r in reports))
    plot(reports, RESULTS / "scaling.png")
    print(markdown(report))
    print(f"total {report['total_seconds']} s; wrote {RESULTS}/bench-{args.size}.md, summary.md, scaling.png")


if __name__ == "__main__":
    main()
