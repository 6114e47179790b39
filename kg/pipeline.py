"""Orchestration: ingest -> NLP -> extract -> resolve -> merge -> graph -> outputs.

The spaCy model and the gazetteer are built once per process and passed down.
Per-article extraction results are cached in the output folder by content hash
(`.newskg/cache/`), so `kg build --update` only extracts articles it has not
seen and a build killed half-way resumes where it stopped.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.records import Article, ArticleResult, MergedEvent, Skipped

STATE_DIR = ".newskg"  # inside the output folder
MANIFEST = "manifest.json"  # content hashes of the articles in the graph
# Below this many articles, worker processes cost more (one model load each) than they save.
PARALLEL_MIN_ARTICLES = 40
# graph.html draws at most this many actors (the most important); `kg viz --max-nodes` draws more.
HTML_MAX_ACTORS = 500


@dataclass
class BuildSummary:
    articles: int
    skipped: list[Skipped]
    sentences: int
    entities: int
    events_by_type: dict[str, int]
    triples: int
    seconds: float
    outputs: list[Path] = field(default_factory=list)
    reused: int = 0  # articles taken from the cache instead of being extracted again

    def line(self) -> str:
        events = sum(self.events_by_type.values())
        by_type = ", ".join(f"{t} {n}" for t, n in sorted(self.events_by_type.items()))
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        reused = f" ({self.reused} from cache)" if self.reused else ""
        return (
            f"{self.articles} articles{reused}{skipped}, {self.sentences} sentences, "
            f"{self.entities} entities, {events} events ({by_type or 'none'}), "
            f"{self.triples} triples in {self.seconds:.1f} s"
        )


def split_inputs(items: Iterable[Article | Skipped]) -> tuple[list[Article], list[Skipped]]:
    """Separate readable articles from skipped inputs, dropping repeated content."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
        elif item.content_hash in seen:
            skipped.append(Skipped(item.source, f"same content as {seen[item.content_hash]}; read once"))
        else:
            seen[item.content_hash] = item.source
            articles.append(item)
    return articles, skipped


def load_prepared_model(model_name: str | None):
    """The spaCy model set up for the extractors (line breaks end sentences)."""
    from kg.extract import prepare_nlp
    from kg.nlp import load_model

    return prepare_nlp(load_model(model_name))


def read_inputs(inputs: list[Path]) -> tuple[list[Article], list[Skipped]]:
    from kg.ingest import bundled_corpus, iter_articles

    return split_inputs(iter_articles(inputs or [bundled_corpus()]))


def extract_one(nlp, article: Article, gazetteer) -> ArticleResult:
    """Parse and extract one article (the unit of work for every executor)."""
    from kg.extract import extract_article

    return extract_article(nlp(article.text), article, gazetteer)


def extract_stream(
    nlp, articles: list[Article], gazetteer, batch_size: int = 16
) -> Iterator[ArticleResult]:
    """Extract articles in order in this process, parsing in batches with `nlp.pipe`."""
    from kg.extract import extract_article

    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    for article, doc in zip(articles, docs):
        yield extract_article(doc, article, gazetteer)


class ResultCache:
    """Per-article extraction results on disk, keyed by extractor, model and content hash."""

    def __init__(self, out_dir: Path, model_name: str):
        from kg.extract import EXTRACTOR_VERSION

        tag = "".join(c if c.isalnum() or c in "._-" else "_" for c in f"{model_name}-{EXTRACTOR_VERSION}")
        self.dir = out_dir / STATE_DIR / "cache" / tag

    def _path(self, article: Article) -> Path:
        return self.dir / f"{article.content_hash}.json"

    def get(self, article: Article) -> ArticleResult | None:
        from kg.cache import result_from_json

        path = self._path(article)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            result = result_from_json(data)
        except (OSError, ValueError, KeyError, TypeError):
            return None  # absent or half-written: extract again
        # The cached result belongs to this content; keep the article record of this run.
        result.article = article
        return result

    def put(self, result: ArticleResult) -> None:
        from kg.atomic import atomic_write_text
        from kg.cache import result_to_json

        self.dir.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self._path(result.article), json.dumps(result_to_json(result), ensure_ascii=False))


def read_manifest(out_dir: Path) -> list[dict]:
    try:
        return json.loads((out_dir / STATE_DIR / MANIFEST).read_text(encoding="utf-8"))["articles"]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def write_manifest(out_dir: Path, results: list[ArticleResult]) -> None:
    from kg.atomic import atomic_write_text

    entries = [{"id": r.article.id, "source": r.article.source, "hash": r.article.content_hash} for r in results]
    (out_dir / STATE_DIR).mkdir(parents=True, exist_ok=True)
    atomic_write_text(out_dir / STATE_DIR / MANIFEST, json.dumps({"articles": entries}, indent=1, ensure_ascii=False))


def previous_articles(out_dir: Path, cache: ResultCache) -> list[ArticleResult]:
    """The results of the articles already in an existing output's graph (for --update)."""
    results = []
    for entry in read_manifest(out_dir):
        path = cache.dir / f"{entry.get('hash')}.json"
        try:
            from kg.cache import result_from_json

            results.append(result_from_json(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return results


def extract_corpus(
    articles: list[Article],
    nlp_factory: Callable[[], object],
    gazetteer,
    *,
    model_name: str,
    jobs: int = 1,
    scheduler: str | None = None,
    cache: ResultCache | None = None,
    reuse: bool = False,
    on_done: Callable[[ArticleResult], None] | None = None,
) -> tuple[list[ArticleResult], int]:
    """Extract every article, in input order; returns the results and how many came from the cache."""
    results: dict[int, ArticleResult] = {}
    todo: list[int] = []
    for i, article in enumerate(articles):
        cached = cache.get(article) if (cache and reuse) else None
        if cached is not None:
            results[i] = cached
            if on_done:
                on_done(cached)
        else:
            todo.append(i)
    pending = [articles[i] for i in todo]

    def record(i: int, result: ArticleResult) -> None:
        results[i] = result
        if cache:
            cache.put(result)
        if on_done:
            on_done(result)

    if pending and scheduler:
        from kg.distributed import extract_with_dask

        for i, result in zip(todo, extract_with_dask(pending, model_name, scheduler)):
            record(i, result)
    elif pending and jobs > 1 and len(pending) >= PARALLEL_MIN_ARTICLES:
        from kg.parallel import extract_parallel

        for i, result in zip(todo, extract_parallel(pending, model_name, jobs)):
            record(i, result)
    elif pending:
        for i, result in zip(todo, extract_stream(nlp_factory(), pending, gazetteer)):
            record(i, result)
    return [results[i] for i in range(len(articles))], len(articles) - len(todo)


def resolve_and_merge(results: list[ArticleResult]) -> tuple[list[ArticleResult], list[MergedEvent]]:
    from kg.merge import merge_events
    from kg.resolve.entities import unify_entities

    results = unify_entities(results)
    return results, merge_events(results)


def write_skipped(out_dir: Path, skipped: list[Skipped]) -> Path:
    from kg.atomic import atomic_write_text

    path = out_dir / "skipped.jsonl"
    lines = [json.dumps({"source": s.source, "reason": s.reason}, ensure_ascii=False) for s in skipped]
    atomic_write_text(path, "".join(line + "\n" for line in lines))
    return path


def build(
    inputs: list[Path],
    out_dir: Path,
    *,
    model_name: str | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    update: bool = False,
    progress: bool = True,
    html: bool = True,
) -> BuildSummary:
    """Run the whole pipeline and write graph.ttl, graph.trig, events.jsonl, graph.html."""
    from kg.export import write_build_outputs
    from kg.graph import build_dataset
    from kg.nlp import DEFAULT_MODEL
    from kg.resolve.places import Gazetteer

    started = time.perf_counter()
    model_name = model_name or DEFAULT_MODEL
    # Fail on a missing model before reading anything.
    nlp = load_prepared_model(model_name) if not scheduler else None
    articles, skipped = read_inputs(inputs)
    out_dir.mkdir(parents=True, exist_ok=True)
    gazetteer = Gazetteer()
    cache = ResultCache(out_dir, model_name)

    previous: list[ArticleResult] = []
    if update:
        new_hashes = {a.content_hash for a in articles}
        previous = [r for r in previous_articles(out_dir, cache) if r.article.content_hash not in new_hashes]

    with _progress(len(articles), enabled=progress and len(articles) > 3) as advance:
        results, reused = extract_corpus(
            articles,
            lambda: nlp,
            gazetteer,
            model_name=model_name,
            jobs=jobs,
            scheduler=scheduler,
            cache=cache,
            reuse=update,
            on_done=lambda r: advance(),
        )
    results = sorted(previous + results, key=lambda r: (r.article.id, r.article.content_hash))
    results, merged = resolve_and_merge(results)
    dataset = build_dataset(results, merged)
    outputs = list(write_build_outputs(out_dir, results, merged, dataset) or [])
    if html:
        outputs.append(write_html(dataset, out_dir / "graph.html"))
    outputs.append(write_skipped(out_dir, skipped))
    write_manifest(out_dir, results)

    entities = {p.entity.key for r in results for e in r.events for p in e.participants}
    return BuildSummary(
        articles=len(results),
        skipped=skipped,
        sentences=sum(r.n_sentences for r in results),
        entities=len(entities),
        events_by_type=dict(Counter(m.type for m in merged)),
        triples=merged_triple_count(dataset),
        seconds=time.perf_counter() - started,
        outputs=outputs,
        reused=reused + len(previous),
    )


def merged_triple_count(dataset) -> int:
    """Triples in the merged view (the default graph of the dataset, i.e. graph.ttl)."""
    return len(dataset.default_graph)


def write_html(dataset, path: Path) -> Path:
    from kg.viz import render_html

    render_html(dataset.default_graph, path, max_nodes=HTML_MAX_ACTORS)
    return path


def extract_for_evaluation(inputs: list[Path], model_name: str | None = None) -> tuple[list[dict], list[Skipped]]:
    """Extract, resolve and merge in memory; return the events.jsonl records."""
    from kg.export import event_records
    from kg.resolve.places import Gazetteer

    nlp = load_prepared_model(model_name)
    articles, skipped = read_inputs(inputs)
    results = list(extract_stream(nlp, articles, Gazetteer()))
    results, merged = resolve_and_merge(results)
    return event_records(results, merged), skipped


class _progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled = total, enabled

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(file=sys.stderr),
            transient=True,
        )
        self._bar.start()
        task = self._bar.add_task("extract", total=self.total)
        return lambda: self._bar.advance(task)

    def __exit__(self, *exc):
        if self.enabled:
            self._bar.stop()
        return False
