"""Record builders shared by the tests: small hand-made ArticleResults, no spaCy needed.

Evidence offsets are always found in the article text, so every record is consistent
(`article.text[start:end] == evidence.text`), as extraction makes them.
"""

from __future__ import annotations

from kg.records import (
    AGREEMENT,
    COUNTRY,
    MEETING,
    PARTICIPANT,
    PARTY,
    PERSON,
    PLACE,
    SPEAKER,
    STATEMENT,
    Article,
    ArticleResult,
    Entity,
    Event,
    Evidence,
    Participant,
    RoleFact,
)


def person(name: str) -> Entity:
    return Entity(name, PERSON)


def article(id_: str, text: str, published: str | None = None, **kw) -> Article:
    """An article read from `<id>.txt`, published on `published` (ISO date or None)."""
    return Article(id_, text, id_ + ".txt", date_published=published, **kw)


def evidence_of(art: Article, sentence: str, index: int) -> Evidence:
    """Evidence for `sentence`, which must occur in the article text."""
    start = art.text.index(sentence)
    return Evidence(art.id, sentence, start, start + len(sentence), index)


def meeting(art: Article, sentence: str, index: int, people, date=None, place=None, **kw) -> Event:
    """A meeting of `people` stated by `sentence` (sentence number `index`) of the article."""
    parts = [Participant(p, PARTICIPANT) for p in people]
    return Event(MEETING, parts, [evidence_of(art, sentence, index)], date=date, place=place, **kw)


def agreement(art: Article, sentence: str, index: int, parties, date=None, **kw) -> Event:
    """An agreement of `parties` stated by `sentence` of the article."""
    parts = [Participant(p, PARTY) for p in parties]
    return Event(AGREEMENT, parts, [evidence_of(art, sentence, index)], date=date, **kw)


def statement(art: Article, sentence: str, index: int, speaker: Entity, date=None, **kw) -> Event:
    """A statement by `speaker` reported by `sentence` of the article."""
    return Event(STATEMENT, [Participant(speaker, SPEAKER)], [evidence_of(art, sentence, index)], date=date, **kw)


def result(art: Article, *events: Event, roles: tuple[RoleFact, ...] = ()) -> ArticleResult:
    """The article's result: its events and posts, listing every participant once as an entity."""
    entities = {p.entity.key: p.entity for e in events for p in e.participants}
    return ArticleResult(art, list(entities.values()), list(events), roles=list(roles))


LOPEZ, SATO = person("Maria Lopez"), person("Kenji Sato")
LISBON = Entity("Lisbon", PLACE, country="PT")
PORTUGAL = Entity("Portugal", COUNTRY, country="PT")


def two_reports() -> list[ArticleResult]:
    """Two outlets report the same Lisbon meeting; the first also quotes Lopez and names her post."""
    t1 = (
        "LISBON (Wire) - Foreign Minister Maria Lopez met Kenji Sato in Lisbon on Monday. "
        '"We agreed on the next steps," Lopez said after the talks.'
    )
    a1 = Article("wire-1", t1, "wire-1.txt", title="Lopez and Sato meet", url="https://news.example/a1",
                 outlet="Wire", date_published="2023-05-02")
    s1 = "Foreign Minister Maria Lopez met Kenji Sato in Lisbon on Monday."
    q1 = '"We agreed on the next steps," Lopez said after the talks.'
    m1 = meeting(a1, s1, 0, [LOPEZ, SATO], "2023-05-01", LISBON, date_raw="on Monday", confidence=0.9,
                 extractor="meeting.verb", trigger="met")
    stmt = statement(a1, q1, 1, LOPEZ, "2023-05-01", content="We agreed on the next steps", confidence=0.8,
                     extractor="statement.quote")
    role = RoleFact(LOPEZ, "Foreign Minister", PORTUGAL, evidence_of(a1, s1, 0), "2023-05-02")
    r1 = ArticleResult(a1, [LOPEZ, SATO, LISBON, PORTUGAL], [m1, stmt], roles=[role])
    t2 = "Kenji Sato held talks with Maria Lopez in the Portuguese capital Lisbon on May 1, officials said."
    a2 = Article("daily-7", t2, "daily-7.txt", outlet="Daily", date_published="2023-05-03", url="ftp://x/y")
    m2 = meeting(a2, t2, 0, [SATO, LOPEZ], "2023-05-01", LISBON, confidence=0.7, extractor="meeting.talks")
    r2 = ArticleResult(a2, [LOPEZ, SATO, LISBON], [m2])
    return [r1, r2]


def dataset_of(results):
    """The rdflib dataset `kg build` would make of `results` (merged as it merges them)."""
    from kg.graph import build_dataset
    from kg.merge import merge_events

    return build_dataset(results, merge_events(results))
