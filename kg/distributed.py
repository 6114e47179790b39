"""Extraction as Dask tasks (`kg build --scheduler tcp://HOST:8786` or `--dask`).

Each task extracts a chunk of articles with `kg.parallel.extract_chunk`, the
same code the local build runs; every worker process loads the spaCy model
once (a per-process cache, `kg.parallel.worker_state`) and reuses it for all
its tasks. Results are gathered in input order, so resolving, merging and the
graph are exactly those of a local build.

Requirements on a remote cluster: every worker runs in an environment where
`newskg` and the spaCy model are installed (same versions as the client), and
workers are best started with one thread each (`dask worker --nthreads 1
--nworkers N`), since a spaCy model parses one text at a time per process.
`dask[distributed]` is the optional extra `newskg[dask]`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from kg.parallel import CHUNK_SIZE, IN_FLIGHT_PER_WORKER, chunked, default_jobs, extract_chunk, ordered_map
from kg.records import Article, ArticleResult

LOCAL = "local"
CONNECT_TIMEOUT = "20s"  # how long to keep trying a remote scheduler before giving up


class DaskUnavailable(RuntimeError):
    """Dask is not installed or the scheduler cannot be reached (one line, says what to do)."""


def _client(scheduler: str, n_workers: int | None):
    """A Dask client and the local cluster it owns (None for a remote scheduler)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise DaskUnavailable("Dask is not installed; `pip install 'newskg[dask]'` (dask[distributed])") from exc
    if scheduler == LOCAL:
        cluster = LocalCluster(
            n_workers=n_workers or default_jobs(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT), None
    except (OSError, TimeoutError) as exc:
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc


def iter_extract_with_dask(
    articles: Iterable[Article],
    model_name: str | None = None,
    scheduler: str = LOCAL,
    disable: Sequence[str] = (),
    chunk_size: int = CHUNK_SIZE,
    n_workers: int | None = None,
) -> Iterator[ArticleResult]:
    """Extract articles as Dask tasks, yielding results in input order as they are ready."""
    client, cluster = _client(scheduler, n_workers)
    disable = tuple(disable)
    try:
        workers = max(1, sum(client.nthreads().values()))

        def submit(chunk: list[Article]):
            # pure=False: two identical chunks are still two tasks (no result sharing by key).
            return client.submit(extract_chunk, chunk, model_name, disable, pure=False)

        yield from ordered_map(submit, chunked(articles, chunk_size), workers * IN_FLIGHT_PER_WORKER)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def extract_with_dask(
    articles: Iterable[Article], model_name: str | None = None, scheduler: str = LOCAL, **options
) -> list[ArticleResult]:
    """Extract articles on a Dask cluster (`scheduler` is "tcp://HOST:PORT" or "local"); results in input order.

    "local" starts a `LocalCluster` of single-threaded worker processes (`n_workers`, all cores
    by default) for the duration of the call. `options`: `disable`, `chunk_size`, `n_workers`.
    """
    return list(iter_extract_with_dask(articles, model_name, scheduler, **options))
