"""Regression on the hand-checked sample gold: the extractor alone, scored with the project's scorer."""

from __future__ import annotations

import pytest

from kg.evaluate import load_gold, score
from kg.extract import default_gazetteer, extract_article, prepare_nlp
from kg.ingest import iter_articles
from kg.records import Article


def records(result) -> list[dict]:
    """The fields of the events export that the scorer reads."""
    return [{"article": result.article.id, "type": e.type, "date": e.date, "status": e.status,
             "place": e.place.name if e.place else None,
             "participants": [{"name": p.entity.name, "role": p.role} for p in e.participants],
             "evidence": [{"text": ev.text, "start": ev.start, "end": ev.end} for ev in e.evidence]}
            for e in result.events]


@pytest.fixture(scope="module")
def report(nlp, sample_corpus, gold_dir):
    prepare_nlp(nlp)
    out: list[dict] = []
    for article in iter_articles([sample_corpus]):
        assert isinstance(article, Article), article
        result = extract_article(nlp(article.text), article, default_gazetteer())
        for event in result.events:  # evidence is always the exact article text
            assert all(article.text[ev.start : ev.end] == ev.text for ev in event.evidence)
        out.extend(records(result))
    return score(load_gold(gold_dir), out)


def test_overall_and_per_type_f1(report):
    assert report.overall.f1 >= 0.90
    for kind, counts in report.per_type.items():
        assert counts.f1 >= 0.85, kind


def test_dates_places_and_participants(report):
    assert report.date_accuracy >= 0.90
    assert report.place_accuracy >= 0.90
    assert report.participant_f1 >= 0.90
