"""Extraction in several worker processes on one machine (`kg build --jobs N`).

Workers extract chunks of articles with the same code the one-process build uses
(`kg.pipeline.extract_stream`), so the results are identical; they come back in
input order. Articles are streamed: only a few chunks per worker are in flight
at any time, so memory does not grow with the corpus beyond the results kept.

Each process holds one spaCy model and gazetteer (`worker_state`). Where the OS
can fork (Linux), the model is loaded once in the parent (or the caller's own
`nlp` and `gazetteer` are adopted) and workers are forked from it: they start at
once and share the model's weights copy-on-write. Elsewhere workers are spawned
and each loads the model once in its initializer.
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
import sys
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from kg.records import Article, ArticleResult

T = TypeVar("T")
R = TypeVar("R")

CHUNK_SIZE = 16  # articles per task: big enough for nlp.pipe batching, small enough to balance load
MIN_CHUNK_SIZE = 2  # the smallest task at the end of a corpus of known size (see `guided_chunks`)
IN_FLIGHT_PER_WORKER = 3  # queued chunks per worker: keeps workers busy without holding the corpus


class ParallelError(RuntimeError):
    """A worker process died or could not start (one line, says what to do)."""


# Per-process cache of (nlp, gazetteer, lock) by (model name, disabled pipes); a worker process
# (multiprocessing or Dask) fills it once. `loads` counts real model loads (read by tests).
_STATE: dict[tuple[str, tuple[str, ...]], tuple[object, object, threading.Lock]] = {}
_STATE_LOCK = threading.Lock()
loads = 0


def _key(model_name: str | None, disable: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    from kg.nlp import DEFAULT_MODEL

    return model_name or DEFAULT_MODEL, tuple(disable)


def worker_state(model_name: str | None, disable: Sequence[str] = ()) -> tuple[object, object, threading.Lock]:
    """The spaCy model, gazetteer and a lock for this process, built on first use and then reused.

    The lock keeps two threads of one worker from using the model at the same time.
    """
    global loads
    key = _key(model_name, disable)
    with _STATE_LOCK:
        if key not in _STATE:
            from kg.extract import prepare_nlp
            from kg.nlp import load_model
            from kg.resolve.places import Gazetteer

            # prepare_nlp (idempotent) sets the model up exactly as the one-process build uses it.
            _STATE[key] = (prepare_nlp(load_model(key[0], disable=key[1])), Gazetteer(), threading.Lock())
            loads += 1
        return _STATE[key]


def adopt(model_name: str | None, disable: Sequence[str], nlp, gazetteer) -> None:
    """Use a model and gazetteer this process already has as its worker state (no second load)."""
    from kg.extract import prepare_nlp

    with _STATE_LOCK:
        _STATE[_key(model_name, disable)] = (prepare_nlp(nlp), gazetteer, threading.Lock())


def extract_chunk(articles: Sequence[Article], model_name: str | None, disable: tuple[str, ...] = ()) -> list[ArticleResult]:
    """Extract a list of articles in this process with its cached model (the unit of work of every executor)."""
    from kg.pipeline import extract_stream

    nlp, gazetteer, lock = worker_state(model_name, disable)
    with lock:
        return list(extract_stream(nlp, list(articles), gazetteer, batch_size=CHUNK_SIZE))


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items, read lazily."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def chunk_sizes(total: int, jobs: int, largest: int, smallest: int = MIN_CHUNK_SIZE) -> list[int]:
    """Task sizes for `total` items over `jobs` workers: `largest` first, then shrinking towards the end.

    Each task takes about an (2 x jobs)-th of what is left (guided self-scheduling), so the last
    tasks are small and the workers finish together instead of one waiting for another's last
    full chunk (100 articles in chunks of 16 are 7 tasks: 4 on one worker, 3 on the other).
    """
    sizes = []
    remaining = total
    while remaining > 0:
        size = min(remaining, max(smallest, min(largest, -(-remaining // (2 * jobs)))))
        sizes.append(size)
        remaining -= size
    return sizes


def guided_chunks(items: Sequence[T], jobs: int, largest: int) -> Iterator[list[T]]:
    """Consecutive lists of `items` sized by `chunk_sizes`."""
    start = 0
    for size in chunk_sizes(len(items), jobs, largest):
        yield list(items[start : start + size])
        start += size


def ordered_map(submit: Callable[[list[T]], object], chunks: Iterable[list[T]], max_in_flight: int) -> Iterator[R]:
    """Submit chunks as futures, at most `max_in_flight` at once, and yield their items in submission order.

    `submit` returns anything with `.result()` (concurrent.futures or Dask futures).
    """
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= max_in_flight:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _can_fork() -> bool:
    # fork is safe here (the parent does no extraction while forking) and lets workers share the model;
    # macOS and Windows lack a safe fork, so they spawn.
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _init_worker(model_name: str | None, disable: tuple[str, ...]) -> None:
    try:
        worker_state(model_name, disable)
    except Exception:  # noqa: BLE001 - raised again by the first task, where the caller sees it
        pass  # (an initializer that raises breaks the whole pool with no message)


def iter_extract_parallel(
    articles: Iterable[Article],
    model_name: str | None = None,
    jobs: int | None = None,
    disable: Sequence[str] = (),
    chunk_size: int = CHUNK_SIZE,
    nlp=None,
    gazetteer=None,
) -> Iterator[ArticleResult]:
    """Extract articles in `jobs` worker processes, yielding results in input order as they are ready.

    `nlp` and `gazetteer`, if the caller has them loaded already, are used in this process and
    handed to forked workers instead of loading the model again.
    """
    jobs = jobs or default_jobs()
    disable = tuple(disable)
    if nlp is not None and gazetteer is not None:
        adopt(model_name, disable, nlp, gazetteer)
    if jobs <= 1:
        for chunk in chunked(articles, chunk_size):
            yield from extract_chunk(chunk, model_name, disable)
        return
    fork = _can_fork()
    if fork:
        worker_state(model_name, disable)  # loaded once here, inherited by every forked worker
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    # a list of known length is cut into shrinking tasks, so that the workers finish together
    chunks = guided_chunks(articles, jobs, chunk_size) if isinstance(articles, Sequence) else \
        chunked(articles, chunk_size)
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(model_name, disable)) as pool:
        if fork:
            _start_workers_frozen(pool)
        submit = functools.partial(pool.submit, extract_chunk, model_name=model_name, disable=disable)
        try:
            yield from ordered_map(submit, chunks, jobs * IN_FLIGHT_PER_WORKER)
        except BrokenProcessPool as exc:
            raise ParallelError(
                f"an extraction worker process died ({exc}); out of memory? retry with fewer --jobs"
            ) from exc
        finally:  # a consumer that stops early (or an error) must not wait for the queued chunks
            pool.shutdown(wait=True, cancel_futures=True)


def _start_workers_frozen(pool: ProcessPoolExecutor) -> None:
    """Fork the pool's workers with the garbage collector's objects frozen, then unfreeze them here.

    The workers never scan the objects they inherit (the model, the gazetteer), so those memory
    pages stay shared instead of being copied into each worker.
    """
    gc.freeze()
    try:
        pool.submit(os.getpid)  # a fork-context pool starts all its workers on the first task
    finally:
        gc.unfreeze()


def extract_parallel(
    articles: Iterable[Article], model_name: str | None = None, jobs: int | None = None, **options
) -> list[ArticleResult]:
    """Extract articles in `jobs` worker processes (all cores by default); results in input order.

    The output equals the one-process build's; with `jobs == 1` everything runs in this process.
    `options`: `disable` (spaCy components not to load), `chunk_size` (articles per task),
    `nlp` and `gazetteer` (already loaded by the caller: reused, not loaded again).
    """
    return list(iter_extract_parallel(articles, model_name, jobs, **options))
