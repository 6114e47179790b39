"""Result cache: lossless JSON round trip of ArticleResult, corrupt entries refused."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.cache import CacheError, result_from_json, result_to_json
from kg.records import (
    AGREEMENT,
    COUNTRY,
    MEETING,
    PERSON,
    PLACE,
    PLANNED,
    Article,
    ArticleResult,
    Entity,
    Event,
    Evidence,
    Participant,
    RoleFact,
)

TEXT = (
    "Chilean Foreign Minister Ana Soto met her Norwegian counterpart Lars Berg in Oslo on Tuesday. "
    "Both countries agreed to hold a summit next year."
)


def sample_result(text: str = TEXT, name: str = "Ana Soto") -> ArticleResult:
    article = Article(
        id="oslo-talks", text=text, source="corpus/oslo-talks.txt", title="Talks", url="https://example.org/x",
        outlet="Wire", date_published="2023-05-09", date_source="meta", date_note=None,
        extra=(("author", "K. Berg"), ("encoding", "cp1252")),
    )
    soto = Entity(name, PERSON, aliases={"Soto", "Foreign Minister Soto"})
    berg = Entity("Lars Berg", PERSON, aliases={"Berg"})
    chile = Entity("Chile", COUNTRY, country="CL")
    norway = Entity("Norway", COUNTRY, country="NO", wikidata="Q20")
    oslo = Entity("Oslo", PLACE, country="NO")
    first = Evidence("oslo-talks", text[:93], 0, 93, 0)
    second = Evidence("oslo-talks", text[94:], 94, len(text), 1)
    meeting = Event(MEETING, [Participant(soto, "participant", "Ana Soto"), Participant(berg, "participant")],
                    [first], date="2023-05-09", date_raw="on Tuesday", place=oslo, confidence=0.9,
                    trigger="met", extractor="meeting.verb", mode="in_person")
    agreement = Event(AGREEMENT, [Participant(chile, "party"), Participant(norway, "party")], [second, first],
                      date="2024", status=PLANNED, confidence=0.75, trigger="agreed", extractor="agreement.verb")
    role = RoleFact(soto, "Foreign Minister", chile, first, date="2023-05-09")
    return ArticleResult(article, [soto, berg, chile, norway, oslo], [meeting, agreement], [role],
                         n_sentences=2, n_tokens=31)


def roundtrip(result: ArticleResult) -> ArticleResult:
    # Through real JSON text, as the cache stores it.
    return result_from_json(json.loads(json.dumps(result_to_json(result), ensure_ascii=False)))


def test_round_trip_is_lossless():
    original = sample_result()
    again = roundtrip(original)
    assert again == original
    assert again.events[1].status == PLANNED and again.events[0].place.name == "Oslo"
    assert again.article.extra == original.article.extra and isinstance(again.article.extra[0], tuple)
    assert isinstance(again.entities[0].aliases, set)


def test_shared_entities_stay_shared():
    again = roundtrip(sample_result())
    soto = again.entities[0]
    assert again.events[0].participants[0].entity is soto
    assert again.roles[0].person is soto
    assert again.roles[0].of is again.entities[2]
    assert again.events[0].place is again.entities[4]


def test_json_is_deterministic_with_sorted_sets():
    data = result_to_json(sample_result())
    assert data == result_to_json(sample_result())
    soto = data["entity_table"][data["result"]["entities"][0]]
    assert soto["aliases"] == ["Foreign Minister Soto", "Soto"]


def test_empty_result_round_trips():
    article = Article(id="a", text="Nothing happened.", source="a.txt")
    empty = ArticleResult(article, [], [])
    assert roundtrip(empty) == empty


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda d: d.pop("format"),
        lambda d: d.update(format=99),
        lambda d: d["result"].pop("article"),
        lambda d: d["result"]["events"][0].update(confidence="high"),
        lambda d: d["result"]["events"][0]["participants"][0].update(entity=999),
        lambda d: d["result"]["events"][0]["participants"][0].update(entity=True),
        lambda d: d["result"]["events"][0].update(surprise=1),
        lambda d: d["result"]["article"].update(text="edited text"),
        lambda d: d["result"]["article"].update(extra=[["only-one"]]),
        lambda d: d.update(entity_table={}),
    ],
)
def test_corrupt_entries_raise_cache_error(corrupt):
    data = json.loads(json.dumps(result_to_json(sample_result())))
    corrupt(data)
    with pytest.raises(CacheError):
        result_from_json(data)


def test_cache_error_is_a_value_error():
    with pytest.raises(ValueError):
        result_from_json([])


hostile = st.text(st.characters(codec="utf-8"), min_size=1, max_size=200)


@settings(max_examples=60, deadline=None)
@given(text=hostile, name=hostile)
def test_any_text_round_trips(text, name):
    result = sample_result(text=text, name=name)
    assert roundtrip(result) == result


def test_real_extraction_round_trips(nlp, sample_corpus):
    extract = pytest.importorskip("kg.extract")
    if not hasattr(extract, "extract_article"):
        pytest.skip("kg.extract.extract_article is not written yet")
    from kg.ingest import iter_articles
    from kg.resolve.places import Gazetteer

    gazetteer = Gazetteer()
    articles = [a for a in iter_articles([sample_corpus]) if isinstance(a, Article)]
    for article in articles:
        result = extract.extract_article(nlp(article.text), article, gazetteer)
        assert roundtrip(result) == result
