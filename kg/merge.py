"""Merge per-article events that describe the same real-world event.

Two events are the same when they have the same type, overlapping canonical
participants, compatible dates, places, modes and statuses (see `compatible`).
Clustering is complete-linkage (an event joins a group only when it is compatible
with every member), so "A ~ B" and "B ~ C" never drag an incompatible A and C
together, and it runs over the events in a canonical order, so the result does
not depend on the order of the input articles.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date as Date

from rapidfuzz import fuzz

from kg.extract.common import side_session_kinds
from kg.records import (
    AGREEMENT,
    COUNTRY,
    HOST,
    MEETING,
    OCCURRED,
    PERSON,
    PLANNED,
    SPEAKER,
    STATEMENT,
    ArticleResult,
    Entity,
    Event,
    MergedEvent,
)

MIN_JACCARD = 0.5  # participant overlap for meetings and agreements
STATEMENT_SIMILARITY = 90  # rapidfuzz token_set_ratio of the content/evidence of two statements
UNDATED_STATEMENT_SIMILARITY = 97  # stricter when one statement has no date
MAX_REPORT_LAG_DAYS = 7  # an undated report may refer to a dated event at most this long before
MAX_UNDATED_PUBLICATION_GAP_DAYS = 2  # two undated reports must be published this close


@dataclass(frozen=True)
class _Item:
    """An event with what merging needs precomputed."""

    event: Event
    published: str | None  # publication date of its article
    actors: frozenset[str]  # canonical entity keys that count for identity
    sort_key: tuple


def event_actors(event: Event) -> frozenset[str]:
    """Keys of the participants that identify the event (speakers only for statements)."""
    parts = event.participants
    if event.type == STATEMENT:
        speakers = [p for p in parts if p.role == SPEAKER]
        parts = speakers or parts
    return frozenset(p.entity.key for p in parts)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Set overlap |a ∩ b| / |a ∪ b| (0 for two empty sets)."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Both known and equal at their shared precision ("2019-02" ~ "2019-02-11", "2018" !~ "2020")."""
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    return longer.startswith(shorter)


def _parse_day(value: str | None) -> Date | None:
    try:
        return Date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def places_compatible(a: Entity | None, b: Entity | None) -> bool:
    """Unknown, equal, or a country and a place inside it (by ISO code)."""
    if a is None or b is None or a.key == b.key:
        return True
    for country, place in ((a, b), (b, a)):
        if country.type == COUNTRY and country.country and place.type != COUNTRY:
            if place.country == country.country:
                return True
    return False


def _same_place_known(a: Entity | None, b: Entity | None) -> bool:
    return a is not None and b is not None and places_compatible(a, b)


def _undated_link_ok(x: _Item, y: _Item) -> bool:
    """Whether an undated report (x) can be the same event as y: strong evidence only.

    Strong means the identical participant set (at least two actors) and, across
    articles, the same known place and a publication date within days of y's date
    (an undated mention of "the meeting" in an article from years later stays apart).
    """
    if x.actors != y.actors or len(x.actors) < 2:
        return False
    if x.event.article_id == y.event.article_id:
        return True
    if not _same_place_known(x.event.place, y.event.place):
        return False
    published = _parse_day(x.published)
    if published is None:
        return False
    if y.event.date:
        day = _parse_day(y.event.date)
        if day is not None:
            return 0 <= (published - day).days <= MAX_REPORT_LAG_DAYS
        return len(y.event.date) == 7 and x.published.startswith(y.event.date)
    other = _parse_day(y.published)
    return other is not None and abs((published - other).days) <= MAX_UNDATED_PUBLICATION_GAP_DAYS


def _statement_text(event: Event) -> str:
    return event.content or " ".join(e.text for e in event.evidence)


def _statements_compatible(x: _Item, y: _Item) -> bool:
    if not x.actors or x.actors != y.actors:
        return False
    similarity = fuzz.token_set_ratio(_statement_text(x.event), _statement_text(y.event))
    a, b = x.event.date, y.event.date
    if a and b:
        return a == b and similarity >= STATEMENT_SIMILARITY
    if x.event.article_id != y.event.article_id and not (a or b):
        return False
    return similarity >= UNDATED_STATEMENT_SIMILARITY


def _actors_overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    smaller, larger = sorted((a, b), key=len)
    return jaccard(a, b) >= MIN_JACCARD or (len(smaller) >= 2 and smaller <= larger)


# ("on the sidelines of the summit" names the larger meeting itself; "on the sidelines." a meeting beside it)
_SIDE_MEETING = re.compile(r"\b(separate(ly)?|(sidelines?|margins?)(?!\s+of\b)|t[eê]te-[aà]-t[eê]te|one-on-one|"
                           r"one-to-one)\b", re.IGNORECASE)


def _side_meeting(event: Event) -> bool:
    """The report itself says it was a meeting apart from a larger one."""
    return any(_SIDE_MEETING.search(ev.text) for ev in event.evidence)


def _side_session(event: Event) -> str:
    """The kind of side session (meal, tete-a-tete, courtesy call) a meeting report names, or ""."""
    kinds = {kind for ev in event.evidence for kind in side_session_kinds(ev.text)}
    return "/".join(sorted(kinds - {"separate"}))


def _person_hosts(event: Event) -> frozenset[str]:
    return frozenset(p.entity.key for p in event.participants if p.role == HOST and p.entity.type == PERSON)


def _sentences(event: Event) -> frozenset[tuple[int, int]]:
    return frozenset((ev.start, ev.end) for ev in event.evidence)


def _same_day_across_articles(a: Event, b: Event) -> bool:
    """Both reports give the same full date and come from different articles."""
    return a.article_id != b.article_id and bool(a.date) and a.date == b.date and len(a.date) == 10


def compatible(x: _Item, y: _Item) -> bool:
    """Whether two event reports can be the same real-world event."""
    ex, ey = x.event, y.event
    if ex.type != ey.type:
        return False
    if ex.type == STATEMENT:
        return _statements_compatible(x, y)
    if ex.type == AGREEMENT and ex.article_id == ey.article_id:
        # one article's agreeing clauses ("agreed to restore ties", later "also agreed to activate the pact")
        # are the commitments it lists; the extractor already joined repeated mentions of one deal
        return False
    if not _actors_overlap(x.actors, y.actors):
        return False
    if ex.article_id == ey.article_id and ex.type == MEETING and _sentences(ex) == _sentences(ey):
        return False  # the extractor already joined what one sentence tells twice: two meetings it kept apart are two
    if ex.article_id == ey.article_id and ex.type == MEETING and _sentences(ex) != _sentences(ey) and \
            _side_session(ex) != _side_session(ey):
        return False  # the talks and a lunch, tete-a-tete or courtesy call of the same people: two meetings
    if ex.article_id == ey.article_id and x.actors != y.actors and _sentences(ex) != _sentences(ey) and \
            _side_meeting(ex if len(x.actors) < len(y.actors) else ey):
        # a summit and, in another sentence, a tete-a-tete of two of its leaders "on the sidelines": two meetings
        return False
    hosts_x, hosts_y = _person_hosts(ex), _person_hosts(ey)
    if ex.type == MEETING and hosts_x and hosts_y and not hosts_x & hosts_y:
        return False  # "X hosted A and B" and "Y received A and B": two receptions, whoever the guests
    if not places_compatible(ex.place, ey.place):
        return False
    if ex.mode and ey.mode and ex.mode != ey.mode:
        return False
    if effective_status(ex, x.published) != effective_status(ey, y.published) and not _same_day_across_articles(
        ex, ey
    ):
        return False  # an announcement and a report are the same event only on the same known day
    if ex.date and ey.date:
        if len(ex.date) != len(ey.date) and x.actors != y.actors:
            return False  # "2019-02" vs "2019-02-14" is too vague to join different actor sets
        return dates_compatible(ex.date, ey.date)
    if not ex.date:
        return _undated_link_ok(x, y)
    return _undated_link_ok(y, x)


def _event_sort_key(event: Event) -> tuple:
    """Total order on events that depends only on their content."""
    ev = [(e.article_id, e.start, e.end) for e in event.evidence]
    return (
        event.type,
        event.date is None,  # dated events first so undated ones attach to them
        ev,
        sorted(p.entity.key for p in event.participants),
        event.date or "",
        event.place.key if event.place else "",
        event.status,
        event.content or "",
        event.extractor,
    )


def _items(results: list[ArticleResult]) -> list[_Item]:
    items = []
    for result in results:
        published = result.article.date_published
        for event in result.events:
            if not event.evidence:
                continue  # an event without evidence cannot be placed in any article
            items.append(_Item(event, published, event_actors(event), _event_sort_key(event)))
    items.sort(key=lambda it: it.sort_key)
    return items


def merged_id(type_: str, members: list[Event]) -> str:
    """Order-independent id: hash of the type, the participants and every member report.

    A report is identified by its evidence spans plus its date, place, status and content,
    so two different events stated in the same sentence still get different ids.
    """
    actors = sorted({p.entity.key for e in members for p in e.participants})
    reports = sorted(
        repr((
            sorted((ev.article_id, ev.start, ev.end) for ev in e.evidence),
            e.date or "", e.place.key if e.place else "", e.status, e.content or "",
        ))
        for e in members
    )
    signature = "\x1f".join([type_, "\x1e".join(actors), *reports])
    return hashlib.sha256(signature.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _best_cluster(item: _Item, clusters: list[list[_Item]], candidates: list[int]) -> int | None:
    """Index of the compatible cluster with the most similar participants (earliest on ties)."""
    best, best_score = None, -1.0
    for i in candidates:
        cluster = clusters[i]
        if all(compatible(item, other) for other in cluster):
            score = max(jaccard(item.actors, other.actors) for other in cluster)
            if score > best_score:  # strict: ties go to the earliest cluster (deterministic)
                best, best_score = i, score
    return best


def _cluster(items: list[_Item]) -> list[list[_Item]]:
    """Complete-linkage grouping of same-type items in their canonical order.

    Only clusters sharing an actor with the item are candidates (any compatible pair
    shares one), which keeps large corpora near-linear.
    """
    clusters: list[list[_Item]] = []
    by_actor: dict[str, set[int]] = {}
    for item in items:
        candidates = sorted({i for key in item.actors for i in by_actor.get(key, ())})
        best = _best_cluster(item, clusters, candidates)
        if best is None:
            best = len(clusters)
            clusters.append([])
        clusters[best].append(item)
        for key in item.actors:
            by_actor.setdefault(key, set()).add(best)
    return clusters


def merge_events(results: list[ArticleResult]) -> list[MergedEvent]:
    """Group the events of all articles into real-world events (deterministic, order-independent)."""
    by_type: dict[str, list[_Item]] = {}
    for item in _items(results):
        by_type.setdefault(item.event.type, []).append(item)
    merged = []
    for type_, items in by_type.items():
        for cluster in _cluster(items):
            members = [it.event for it in cluster]
            merged.append(MergedEvent(id=merged_id(type_, members), type=type_, members=members))
    merged.sort(key=lambda m: (m.type, _event_sort_key(m.members[0]), m.id))
    return merged


def merged_date(merged: MergedEvent) -> str | None:
    """The most precise date the members agree on (they are compatible by construction)."""
    dates = sorted({e.date for e in merged.members if e.date}, key=lambda d: (-len(d), d))
    return dates[0] if dates else None


def merged_place(merged: MergedEvent) -> Entity | None:
    """The most specific place reported: a place over a country, then the most reported, then by name."""
    counts: dict[str, tuple[int, Entity]] = {}
    for event in merged.members:
        if event.place is not None:
            n, _ = counts.get(event.place.key, (0, event.place))
            counts[event.place.key] = (n + 1, event.place)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (kv[1][1].type == COUNTRY, -kv[1][0], kv[0]))
    return ranked[0][1][1]


def effective_status(event: Event, published: str | None, date: str | None = None) -> str:
    """The event's status corrected by the calendar: a report published before the event's
    day cannot have seen it happen (planned), and a plan dated before publication is past (occurred).

    `date` overrides the event's own date (e.g. the merged date).
    """
    date = date or event.date
    if not (published and date):
        return event.status
    if event.status == OCCURRED and len(date) == 10 and published < date:
        return PLANNED
    if event.status == PLANNED and date < published[: len(date)]:
        return OCCURRED
    return event.status


def event_status(members: list[Event], date: str | None, published: dict[str, str | None] | None = None) -> str:
    """Occurred as soon as one report says so (after calendar correction); planned otherwise."""
    published = published or {}
    statuses = {effective_status(e, published.get(e.article_id), date) for e in members}
    return OCCURRED if OCCURRED in statuses else sorted(statuses)[0]


def merged_status(merged: MergedEvent, published: dict[str, str | None] | None = None) -> str:
    """Status of a merged event (see `event_status`); `published` maps article id -> publication date."""
    return event_status(merged.members, merged_date(merged), published)


def merged_confidence(merged: MergedEvent) -> float:
    """Highest member confidence (corroboration is reported separately as the source count)."""
    return max(e.confidence for e in merged.members)
