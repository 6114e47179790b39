"""Plain records that flow between the pipeline stages.

ingest -> Article; extract -> ArticleResult (entities, events, roles);
resolve -> the same records with corpus-wide canonical entities;
merge -> MergedEvent (one per real-world event); graph -> RDF.

Every stage takes and returns these dataclasses only, so each stage can be
tested on hand-made records and run in another process (they pickle).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

# Event types scored by the gold set; extractors may emit others later.
MEETING = "meeting"
AGREEMENT = "agreement"
STATEMENT = "statement"
EVENT_TYPES = (MEETING, AGREEMENT, STATEMENT)

# Entity kinds.
PERSON = "person"
ORGANIZATION = "organization"
COUNTRY = "country"
PLACE = "place"
GROUP = "group"  # unnamed collective actor ("Kurdish militants")
ENTITY_TYPES = (PERSON, ORGANIZATION, COUNTRY, PLACE, GROUP)

# Participant roles.
PARTICIPANT = "participant"
PARTY = "party"
SPEAKER = "speaker"
ADDRESSEE = "addressee"
HOST = "host"
VISITOR = "visitor"

OCCURRED = "occurred"
PLANNED = "planned"


def content_hash(text: str) -> str:
    """Stable identity of an article's content (sha256 hex)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One news article as read from disk, text normalised to str."""

    id: str  # file stem, or the `id` field of a JSON Lines record
    text: str
    source: str  # path the article came from ("path:LINE" for JSON Lines)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    date_published: str | None = None  # ISO yyyy-mm-dd when known
    date_source: str | None = None  # "meta", "html", "dateline", ...
    date_note: str | None = None  # doubt about the date, in words
    extra: tuple[tuple[str, str], ...] = ()  # other metadata, sorted key/value pairs

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class Evidence:
    """The sentence that states a fact, with character offsets in the article text."""

    article_id: str
    text: str  # exactly article.text[start:end]
    start: int
    end: int
    sentence_index: int


@dataclass
class Entity:
    """A canonical real-world actor or place.

    `key` is stable and derived from type and canonical name (see `entity_key`);
    it is what IRIs are minted from, so two runs give the same IRIs.
    """

    name: str
    type: str  # one of ENTITY_TYPES
    aliases: set[str] = field(default_factory=set)  # other surface forms seen
    country: str | None = None  # ISO 3166 alpha-2 for countries (and places/orgs where known)
    wikidata: str | None = None  # reserved for linking, never guessed

    @property
    def key(self) -> str:
        return entity_key(self.type, self.name)


def entity_key(type_: str, name: str) -> str:
    """Stable key for an entity: type plus case/space-folded name."""
    folded = " ".join(name.casefold().split())
    return f"{type_}:{folded}"


@dataclass
class Participant:
    entity: Entity
    role: str  # PARTICIPANT, PARTY, SPEAKER, ADDRESSEE, HOST, VISITOR
    mention: str | None = None  # surface form in the evidence sentence


@dataclass
class Event:
    """One fact as stated in one article."""

    type: str  # one of EVENT_TYPES
    participants: list[Participant]
    evidence: list[Evidence]
    date: str | None = None  # ISO at the precision the text gives: yyyy-mm-dd, yyyy-mm or yyyy
    date_raw: str | None = None  # the expression the date came from ("on Monday")
    place: Entity | None = None
    status: str = OCCURRED
    mode: str | None = None  # "in_person", "phone", ... for meetings
    confidence: float = 0.5
    trigger: str | None = None  # the word that signalled the event ("met", "agreed")
    content: str | None = None  # statement text: the quote or reported content
    extractor: str = ""  # rule that produced it, e.g. "meeting.verb"

    @property
    def article_id(self) -> str:
        return self.evidence[0].article_id


@dataclass
class RoleFact:
    """A person holds a post ("Defence Minister" of Russia), as stated in an article."""

    person: Entity
    title: str
    of: Entity | None  # the country or organisation the post belongs to
    evidence: Evidence
    date: str | None = None  # the article's publication date


@dataclass
class ArticleResult:
    """Everything extracted from one article."""

    article: Article
    entities: list[Entity]
    events: list[Event]
    roles: list[RoleFact] = field(default_factory=list)
    n_sentences: int = 0
    n_tokens: int = 0
    # Parts of the article the rules failed on (a bug in newskg): reported, never cached, never fatal
    errors: list[str] = field(default_factory=list)

    def all_entities(self) -> list[Entity]:
        """Every entity object the result refers to: listed, participants, event places, post holders and owners."""
        found = list(self.entities)
        for event in self.events:
            found.extend(p.entity for p in event.participants)
            if event.place is not None:
                found.append(event.place)
        for role in self.roles:
            found.append(role.person)
            if role.of is not None:
                found.append(role.of)
        return found


@dataclass
class MergedEvent:
    """One real-world event, possibly reported by several articles."""

    id: str  # stable hash used in the event IRI
    type: str
    members: list[Event]  # the per-article events merged into this one

    @property
    def articles(self) -> list[str]:
        return sorted({e.article_id for e in self.members})


@dataclass
class Skipped:
    """An input that could not be read, and why (one line, names the file).

    With `warning` set, only part of the input was ignored (e.g. a malformed
    sidecar) and the article itself was still read.
    """

    source: str
    reason: str
    warning: bool = False
