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
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.records import Article, ArticleResult, Entity, Evidence, MergedEvent, Skipped

STATE_DIR = ".newskg"  # inside the output folder
MANIFEST = "manifest.json"  # content hashes of the articles in the graph
# Below this many articles, worker processes cost more (one model load each) than they save.
PARALLEL_MIN_ARTICLES = 40
# graph.html draws at most this many actors (the most important); `kg viz --max-nodes` draws more.
HTML_MAX_ACTORS = 500


@dataclass
class BuildSummary:
    articles: int
    skipped: list[Skipped]  # unreadable inputs, and warnings about inputs read in part
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
        n_skipped = sum(not s.warning for s in self.skipped)
        skipped = f", {n_skipped} skipped" if n_skipped else ""
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


def read_inputs(inputs: list[Path], max_bytes: int | None = None) -> tuple[list[Article], list[Skipped]]:
    from kg.ingest import DEFAULT_MAX_BYTES, bundled_corpus, iter_articles

    return split_inputs(iter_articles(inputs or [bundled_corpus()], max_bytes=max_bytes or DEFAULT_MAX_BYTES))


# spaCy needs about 1 GB per 100,000 characters to parse (its own max_length is 1,000,000):
# longer articles are parsed in pieces of at most this many characters, cut at paragraph breaks.
MAX_PIECE_CHARS = 100_000


def piece_spans(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """Cut `text` into consecutive spans of at most `limit` (default `MAX_PIECE_CHARS`) characters,
    preferring to cut after a blank line, then a line break, then a sentence end, then a space."""
    limit = limit or MAX_PIECE_CHARS
    spans, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep)
            if at > limit // 2:
                cut = start + at + len(sep)
                break
        cut = cut if cut > start else start + limit
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


def shift_evidence(ev: Evidence, chars: int, sentences: int) -> Evidence:
    return replace(ev, start=ev.start + chars, end=ev.end + chars, sentence_index=ev.sentence_index + sentences)


def join_pieces(article: Article, parts: list[tuple[int, ArticleResult]]) -> ArticleResult:
    """One article's result from the results of its pieces (offsets made article-relative)."""
    if len(parts) == 1:
        return replace(parts[0][1], article=article)
    entities: dict[str, Entity] = {}
    events, roles = [], []
    n_sentences = n_tokens = 0
    for offset, part in parts:
        for entity in part.entities:
            known = entities.setdefault(entity.key, entity)
            if known is not entity:
                known.aliases |= entity.aliases
        for event in part.events:
            event.evidence = [shift_evidence(ev, offset, n_sentences) for ev in event.evidence]
            events.append(event)
        for role in part.roles:
            role.evidence = shift_evidence(role.evidence, offset, n_sentences)
            roles.append(role)
        n_sentences += part.n_sentences
        n_tokens += part.n_tokens
    errors = [error for _offset, part in parts for error in part.errors]
    return ArticleResult(article, list(entities.values()), events, roles, n_sentences, n_tokens, errors)


def extract_stream(
    nlp, articles: list[Article], gazetteer, batch_size: int = 16
) -> Iterator[ArticleResult]:
    """Extract articles in order in this process, parsing in batches with `nlp.pipe`.

    Long articles are parsed piece by piece (see `MAX_PIECE_CHARS`), so memory stays bounded.
    """
    from kg.extract import extract_article

    pieces = [
        (i, start, replace(article, text=article.text[start:end]))
        for i, article in enumerate(articles)
        for start, end in piece_spans(article.text)
    ]
    docs = nlp.pipe((piece.text for _, _, piece in pieces), batch_size=batch_size)
    parts: list[tuple[int, ArticleResult]] = []
    for n, ((i, start, piece), doc) in enumerate(zip(pieces, docs)):
        parts.append((start, _extract_piece(extract_article, doc, piece, gazetteer, start)))
        if n + 1 == len(pieces) or pieces[n + 1][0] != i:
            yield join_pieces(articles[i], parts)
            parts = []


def _extract_piece(extract_article, doc, piece: Article, gazetteer, start: int) -> ArticleResult:
    """The rules' result for one piece; a failure of the rules (a bug, e.g. on a parse no rule foresaw) loses
    only this piece's events, is reported with the article's name, and never stops the run."""
    try:
        return extract_article(doc, piece, gazetteer)
    except Exception as exc:  # noqa: BLE001 - any rule failure: report it, keep the other articles
        from kg.extract.sentences import split_sentences

        message = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        reason = (f"extraction failed on the text from character {start} ({message}); "
                  "no events from that part (a newskg bug: please report it)")
        try:  # sentence numbers of later pieces stay right
            n_sentences = len(split_sentences(doc, piece.title))
        except Exception:  # noqa: BLE001
            n_sentences = 0
        return ArticleResult(piece, [], [], n_sentences=n_sentences, n_tokens=len(doc), errors=[reason])


def extraction_warnings(results: list[ArticleResult]) -> list[Skipped]:
    """The articles some rule failed on, as warnings (the article itself was read and is in the graph)."""
    return [Skipped(r.article.source, error, warning=True) for r in results for error in r.errors]


def extractor_fingerprint() -> str:
    """A short hash of the extract and resolve source code: cached results of other rules are never reused."""
    import hashlib

    import kg

    digest = hashlib.sha256()
    root = Path(kg.__file__).parent
    for folder in ("extract", "resolve"):
        for path in sorted((root / folder).glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


class ResultCache:
    """Per-article extraction results on disk, keyed by extractor code, model and content hash."""

    def __init__(self, out_dir: Path, model_name: str):
        from kg.extract import EXTRACTOR_VERSION

        key = f"{model_name}-{EXTRACTOR_VERSION}-{extractor_fingerprint()}"
        tag = "".join(c if c.isalnum() or c in "._-" else "_" for c in key)
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
        if cache and not result.errors:  # a failed part is extracted again next run
            cache.put(result)
        if on_done:
            on_done(result)

    if pending and scheduler:
        from kg.distributed import iter_extract_with_dask

        for i, result in zip(todo, iter_extract_with_dask(pending, model_name, scheduler)):
            record(i, result)
    elif pending and jobs > 1 and len(pending) >= PARALLEL_MIN_ARTICLES:
        from kg.parallel import iter_extract_parallel

        # Workers are forked from this process and share its model and gazetteer.
        stream = iter_extract_parallel(pending, model_name, jobs, nlp=nlp_factory(), gazetteer=gazetteer)
        for i, result in zip(todo, stream):
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
    max_bytes: int | None = None,
) -> BuildSummary:
    """Run the whole pipeline and write graph.ttl, graph.trig, events.jsonl, graph.html."""
    from kg.export import write_build_outputs
    from kg.graph import build_graph
    from kg.nlp import DEFAULT_MODEL
    from kg.resolve.places import Gazetteer

    started = time.perf_counter()
    model_name = model_name or DEFAULT_MODEL
    # Fail on a missing model before reading anything.
    nlp = load_prepared_model(model_name) if not scheduler else None
    articles, skipped = read_inputs(inputs, max_bytes)
    out_dir.mkdir(parents=True, exist_ok=True)
    gazetteer = Gazetteer()
    cache = ResultCache(out_dir, model_name)

    previous: list[ArticleResult] = []
    if update:
        new_hashes = {a.content_hash for a in articles}
        previous = [r for r in previous_articles(out_dir, cache) if r.article.content_hash not in new_hashes]

    if not articles and not previous:
        # Nothing readable: report why, and leave the previous graph untouched.
        return BuildSummary(0, skipped, 0, 0, {}, 0, time.perf_counter() - started, [write_skipped(out_dir, skipped)])

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
    skipped = skipped + extraction_warnings(results)
    results = sorted(previous + results, key=lambda r: (r.article.id, r.article.content_hash))
    results, merged = resolve_and_merge(results)
    dataset = build_graph(results, merged)  # rdflib views are made only when a reader asks
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
    return dataset.merged_size


def write_html(dataset, path: Path) -> Path:
    from kg.viz import render_html

    render_html(dataset, path, max_nodes=HTML_MAX_ACTORS)  # reads the BuiltGraph's triples directly
    return path


def extract_for_evaluation(inputs: list[Path], model_name: str | None = None) -> tuple[list[dict], list[Skipped]]:
    """Extract, resolve and merge in memory; return the events.jsonl records."""
    from kg.export import event_records
    from kg.resolve.places import Gazetteer

    nlp = load_prepared_model(model_name)
    articles, skipped = read_inputs(inputs)
    results = list(extract_stream(nlp, articles, Gazetteer()))
    skipped = skipped + extraction_warnings(results)
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
