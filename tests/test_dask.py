"""kg.distributed on a real Dask LocalCluster of two worker processes: same output as a local build."""

from __future__ import annotations

import pytest

distributed = pytest.importorskip("dask.distributed", reason="dask[distributed] is in the test extra")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local_cluster:
        yield local_cluster


def _model_loads() -> int:
    """Run on a worker: how many times it loaded a spaCy model."""
    from kg import parallel

    return parallel.loads


def _dataset(results):
    from kg.graph import build_dataset
    from kg.pipeline import resolve_and_merge

    results, merged = resolve_and_merge(results)
    return build_dataset(results, merged)


def _isomorphic(a, b) -> bool:
    """Two datasets are isomorphic graph by graph (same graph names, isomorphic contents)."""
    from rdflib.compare import isomorphic

    graphs_a = {g.identifier: g for g in a.graphs() if len(g)}
    graphs_b = {g.identifier: g for g in b.graphs() if len(g)}
    return graphs_a.keys() == graphs_b.keys() and all(isomorphic(graphs_a[k], graphs_b[k]) for k in graphs_a)


def test_dask_build_equals_the_local_build(nlp, sample_corpus, cluster):
    from kg.distributed import extract_with_dask
    from kg.extract import prepare_nlp
    from kg.pipeline import extract_stream, read_inputs
    from kg.resolve.places import Gazetteer

    articles, _ = read_inputs([sample_corpus])
    local = list(extract_stream(prepare_nlp(nlp), articles, Gazetteer()))
    remote = extract_with_dask(articles, None, cluster.scheduler_address, chunk_size=2)
    assert [r.article.id for r in remote] == [a.id for a in articles]
    assert remote == local
    # Each worker that ran tasks loaded the model once and reused it for its other chunks.
    with distributed.Client(cluster) as client:
        loads = client.run(_model_loads)
    assert len(loads) == 2 and all(n <= 1 for n in loads.values()) and sum(loads.values()) >= 1
    local_graph, remote_graph = _dataset(local), _dataset(remote)
    assert len(local_graph) > 0
    assert _isomorphic(local_graph, remote_graph)


def test_unreachable_scheduler_is_a_clear_error(monkeypatch):
    from kg import distributed as kd
    from kg.distributed import DaskUnavailable, extract_with_dask

    monkeypatch.setattr(kd, "CONNECT_TIMEOUT", "1s")

    with pytest.raises(DaskUnavailable, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        extract_with_dask([], None, "tcp://127.0.0.1:9")
