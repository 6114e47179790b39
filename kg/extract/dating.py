"""Dating events: the date expression that belongs to each event, resolved against the publication date,
and the story's day for undated events of the story."""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.common import SPEECH_VERBS, children, clause_head, date_entities, nearest_trigger, verb_chain
from kg.extract.frames import Candidate
from kg.extract.sentences import Sentence
from kg.records import AGREEMENT, OCCURRED, PLANNED, STATEMENT

# Lead sentences: undated events there are the story's own events (news puts them first).
LEAD_SENTENCES = 3
# How far before publication the story's day may lie.
STORY_WINDOW_DAYS = 7
# Date expressions too vague to date an event ("last week", "in recent years"): no default either.
VAGUE_DATE = re.compile(r"week|recent|ago|soon|future|past|earlier|later|year|month|decade|centur|time|while",
                        re.IGNORECASE)
FUTURE_DATE = re.compile(r"\b(next|tomorrow|coming|upcoming|later this)\b", re.IGNORECASE)
REPORTING_VERBS = SPEECH_VERBS | {"report", "publish", "cite", "quote", "broadcast", "air", "print"}


def date_expression(ent) -> str:
    text = ent.text
    for app in ent.root.children:  # "on Saturday, 19 July 2025": the weekday and its full date
        if app.dep_ == "appos" and app.ent_type_ == "DATE" and app.i > ent.root.i:
            text = ent.doc[ent.start : app.right_edge.i + 1].text
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.pos_ == "ADP" and prev.lower_ in ("on", "in", "since", "during", "by", "until"):
        return f"{prev.text} {text}"
    return text


def date_sentence(sent: Sentence, cands: list[Candidate], quoted: set[int], published: str | None,
                   ignored: set[int] = frozenset(), anchor: str | None = None) -> None:
    """Give each event the date expression that belongs to it, resolved against the publication date."""
    from kg.resolve.dates import resolve_date

    triggers = [c.trigger for c in cands]
    owners = {t.i for t in triggers} | {t.head.i for t in triggers if t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")}
    # "Speaking to reporters on Tuesday, X said": a participle of the trigger dates it
    owners |= {c.i for t in triggers for c in t.children if c.dep_ in ("advcl", "xcomp", "conj")}
    for ent in date_entities(sent.span, quoted | ignored):
        if len(ent) == 1 and ent.root.pos_ == "ADJ" and ent.root.dep_ == "amod":
            continue  # "a weekly news conference", "the annual summit": how often, not when
        governor = ent.root.head.head if ent.root.head.dep_ == "prep" else ent.root.head
        if governor.pos_ == "VERB" and governor.i not in owners and governor.lemma_.casefold() in REPORTING_VERBS:
            continue  # "Press TV reported Thursday": the date of the report, not of the event
        trig = nearest_trigger(ent, triggers)
        if trig is None:
            continue
        for c in cands:
            if c.type == STATEMENT and any(ent.root.i in {t.i for t in comp.subtree}
                                           for comp in children(c.trigger, "ccomp")):
                continue  # "X added that Israel had agreed ... during Ramadan": the content's date
            if c.type == AGREEMENT and c.trigger.pos_ == "VERB" and any(
                    ent.root.i in {t.i for t in comp.subtree} for comp in children(c.trigger, "xcomp", "ccomp")):
                continue  # "agreed to postpone the increase until April": the date of what was agreed
            if c.trigger.i == trig.i and c.date_raw is None:
                expr = date_expression(ent)
                resolved = resolve_date(expr, published, future=c.status == PLANNED, anchor=anchor)
                if resolved is None and "," in expr:  # NER ran on: "Wednesday, ending two years"
                    expr = expr.split(",")[0]
                    resolved = resolve_date(expr, published, future=c.status == PLANNED, anchor=anchor)
                if c.type != STATEMENT and FUTURE_DATE.search(expr) and c.status == OCCURRED:
                    c.status = PLANNED  # "next week's summit", "talks tomorrow"
                    resolved = resolve_date(expr, published, future=True)
                c.date_raw = expr
                c.date = resolved.value if resolved else None
                c.vague = resolved is None and VAGUE_DATE.search(expr) is not None
                if c.date and published and c.type != STATEMENT and c.date > published and len(c.date) == 10:
                    c.status = PLANNED
    inherit_dates(cands, quoted)
    for c in cands:  # "X and Y agreed on Friday ... at a summit": the summit was that day
        trig = c.trigger
        if c.date_raw is None and trig.dep_ == "pobj" and trig.head.lower_ in ("at", "during"):
            for other in cands:
                if other.date_raw and other.trigger.i in {t.i for t in verb_chain(trig.head)[1:3]}:
                    c.date, c.date_raw = other.date, other.date_raw


def inherit_dates(cands: list[Candidate], quoted: set[int]) -> None:
    """An undated event in a clause governed by a dated one takes its date (and venue): "met in Geneva last
    month and agreed to ...", "told reporters on Thursday that the two had agreed", "held talks on Sunday,
    during which X and Y signed a deal", "said on Monday, where he was hosting X"."""
    by_trigger = {c.trigger.i: c for c in cands}
    for c in cands:
        if c.date_raw is not None or c.trigger.i in quoted:
            continue
        t = c.trigger if c.trigger.pos_ in ("VERB", "AUX") else clause_head(c.trigger)
        for _ in range(5):
            if t.dep_ not in ("conj", "relcl", "ccomp", "advcl", "pobj", "prep", "npadvmod") or t.head.i == t.i:
                break
            t = t.head
            gov = by_trigger.get(t.i) or next((o for o in cands if o.trigger.head.i == t.i
                                               and o.trigger.dep_ in ("dobj", "attr")), None)
            if gov is not None and gov is not c and gov.type == STATEMENT and gov.date_raw is None and \
                    c.status == OCCURRED and t.i == gov.trigger.i:
                c.governor = gov  # "X said (today) that the two had agreed ...": dated with the statement later
                break
            if gov is not None and gov.date_raw is not None and gov is not c and gov.status == c.status:
                c.date, c.date_raw, c.vague = gov.date, gov.date_raw, gov.vague
                where = any(w.lower_ == "where" for w in c.trigger.children)  # "..., where he was hosting X"
                if gov.type != STATEMENT and c.type != STATEMENT or where and c.type != STATEMENT:
                    c.place = c.place or gov.place
                break


def story_day(found: list[Candidate], published: str | None) -> str | None:
    """The day the story is about: the first explicitly dated event close before publication."""
    from kg.resolve.dates import parse_iso_date

    pub = parse_iso_date(published)
    if pub is None:  # no publication date: the first event dated in full by the text itself ("19 July 2025")
        return next((c.date for c in found if c.date and len(c.date) == 10 and c.status == OCCURRED
                     and c.date_raw and re.search(r"\b\d{4}\b", c.date_raw)), None)
    for c in found:
        day = parse_iso_date(c.date) if c.date and len(c.date) == 10 and c.status == OCCURRED else None
        if day is not None and dt.timedelta(0) <= pub - day <= dt.timedelta(days=STORY_WINDOW_DAYS):
            return c.date
    return pub.isoformat()


def default_dates(found: list[Candidate], published: str | None) -> None:
    """Undated events of the story take the story's day; mentioned history and plans stay undated."""
    day = story_day(found, published)
    if day is None:
        return
    for c in found:
        if c.date is not None or c.vague or c.status != OCCURRED or c.tense in ("pluperfect", "future"):
            continue
        if c.type == STATEMENT or c.tense == "perfect" or c.lead:
            c.date = day
        if c.tense == "perfect" and published and any(a.lower_ in ("now", "just") for a in c.trigger.children):
            c.date = published  # "have now met", "has just signed": at the time of writing (live pages)
    for c in found:  # the story's statement "X said that the two had agreed" dates what it reports
        if c.date is None and not c.vague and c.governor is not None and c.governor.date == day:
            c.date = day
