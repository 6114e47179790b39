"""kg.parallel: worker processes give exactly the one-process results, in input order."""

from __future__ import annotations

from concurrent.futures import Future

import pytest

from kg.parallel import chunk_sizes, chunked, extract_parallel, guided_chunks, ordered_map


def _done(value) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


def test_chunked_keeps_order_and_the_tail():
    assert list(chunked(iter(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []


@pytest.mark.parametrize("total", [1, 5, 40, 100, 301, 1000])
def test_tasks_shrink_towards_the_end_so_workers_finish_together(total):
    sizes = chunk_sizes(total, jobs=2, largest=16)
    assert sum(sizes) == total and all(0 < s <= 16 for s in sizes)
    assert sizes == sorted(sizes, reverse=True)  # big batches first, small ones last
    if total >= 100:
        assert sizes[0] == 16 and sizes[-1] <= 2  # nlp.pipe batches while there is work; a small tail


def test_guided_chunks_keep_order():
    items = list(range(100))
    chunks = list(guided_chunks(items, jobs=2, largest=16))
    assert [x for c in chunks for x in c] == items
    assert [len(c) for c in chunks] == chunk_sizes(100, 2, 16)


def test_ordered_map_yields_in_submission_order_with_bounded_queue():
    submitted = []

    def submit(chunk):
        submitted.append(chunk)
        return _done([x * 10 for x in chunk])

    out = ordered_map(submit, chunked(range(10), 3), max_in_flight=2)
    assert next(out) == 0
    assert len(submitted) == 2  # streaming: only two chunks submitted before the first result
    assert [0, *out] == [x * 10 for x in range(10)]


@pytest.fixture(scope="module")
def sample(nlp, sample_corpus):
    """The sample articles and their one-process extraction results."""
    from kg.extract import prepare_nlp
    from kg.pipeline import extract_stream, read_inputs
    from kg.resolve.places import Gazetteer

    articles, _ = read_inputs([sample_corpus])
    gazetteer = Gazetteer()
    return articles, gazetteer, list(extract_stream(prepare_nlp(nlp), articles, gazetteer))


def test_two_workers_give_the_one_process_results_in_order(nlp, sample):
    from kg import parallel

    articles, gazetteer, local = sample
    assert any(r.events for r in local)  # the comparison is about real extractions
    loads = parallel.loads
    # chunks of 2 over 2 workers: chunks finish out of order, results must not
    results = extract_parallel(articles, None, jobs=2, chunk_size=2, nlp=nlp, gazetteer=gazetteer)
    assert parallel.loads == loads  # the caller's model was reused, not loaded again
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert results == local


def test_a_worker_error_reaches_the_caller(sample):
    from kg.nlp import ModelNotFound

    articles = sample[0]
    with pytest.raises(ModelNotFound, match="no-such-model"):
        extract_parallel(articles[:2], "no-such-model", jobs=2)
