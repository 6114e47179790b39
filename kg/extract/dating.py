"""Dating events: the date expression that belongs to each event, resolved against the publication date,
and the story's time for undated events of the story.

Per sentence (`date_sentence`): each date expression goes to the nearest event it can date (not into what a
statement or agreement is about), dates the parse links to an event first; a relative clause about something
else, a wire dateline and a reporting verb's date ("reported on Thursday") date no event.
Per article (`default_dates`): an undated event of the story takes the time its paragraph last told of, else
the story's day (the first day the lead names close before publication); history stays undated (pluperfect,
"previously met", a paragraph that went back to 2018), and so do plans.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from spacy.tokens import Span, Token

from kg.extract.common import (AGREEMENT_NOUNS, RECEPTION_VERBS, SPEECH_VERBS, children, clause_head, date_entities,
                               is_passive, nearest_trigger, span_ents, verb_chain)
from kg.extract.frames import Candidate
from kg.extract.sentences import Sentence
from kg.extract.status import simple_past, tense_of
from kg.records import AGREEMENT, OCCURRED, PLANNED, STATEMENT
from kg.resolve.text import doc_text

# Lead sentences: undated events there are the story's own events (news puts them first).
LEAD_SENTENCES = 3
# Lines at the end of a text that may be a page footer stating the day ("Published: 14/03/2025").
FOOTER_LINES = 3
# How far before publication the story's day may lie.
STORY_WINDOW_DAYS = 7
# Date expressions too vague to date an event ("last week", "in recent years"): no default either.
VAGUE_DATE = re.compile(r"week|recent|ago|soon|future|past|earlier|later|year|month|decade|centur|time|while",
                        re.IGNORECASE)
FUTURE_DATE = re.compile(r"\b(next|tomorrow|coming|upcoming|later this)\b", re.IGNORECASE)
REPORTING_VERBS = SPEECH_VERBS | {"report", "publish", "cite", "quote", "broadcast", "air", "print"}
# Where `date_sentence` leaves, per story sentence, (start, end, the first time it tells of) in Doc.user_data.
SENTENCE_TIMES = "newskg.sentence_times"
# ... and the day a dateline in the text states: what its relative dates count from ("on Monday").
DATELINE_DAY = "newskg.dateline_day"
# ... and (sentence index, day) of the last day a sentence told of: "a day earlier" counts from it if no event did.
LAST_DAY = "newskg.last_day"
# (sentence index, day) of the last event a sentence dated to the day by its own words
LAST_EVENT_DAY = "newskg.last_event_day"
# The day a guest's arrival was told ("who arrived on Monday evening"): the run-up to the story, not its day.
ARRIVAL_DAY = "newskg.arrival_day"
# "City, July 4th 2025 (Agency) – ...": a date between a place and an outlet opens the story; it is the report's.
# "GENEVA,", "Addis Ababa, Ethiopia,": a town, perhaps with its country or state, before a dateline's date
_DATELINE_TOWN = r"[A-Z][\w.'’ -]{0,40},\s*(?:[A-Z][\w.'’ -]{0,30},\s*)?"
_DATELINE_PLACE = re.compile(rf"^(?:\([A-Za-z]{{2,12}}\)\s*[–—-]{{1,2}}\s*)?(?:{_DATELINE_TOWN})?$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*|,\s*[A-Z]{2,10}\s*)?[–—-]{1,2}\s|^\s*\([^()]{1,40}\)\s")
# A dateline whose date the tagger may not read ("(ANSA) - ROME, MAR 5 -", "ROME, Mar. 5 (Agency) -"): place, date,
# an optional agency, a dash.
_OPENING_DATELINE = re.compile(
    rf"^\s*(?:\([A-Za-z]{{2,12}}\)\s*[–—-]{{1,2}}\s*)?{_DATELINE_TOWN}"
    r"(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+[A-Za-z]{3,9}\.?(?:,?\s+\d{4})?)"
    r"\s*(?:\([^()]{1,40}\)\s*|,\s*[A-Z]{2,10}\s*)?[–—-]{1,2}\s")
_DATELINE_AGENCY = re.compile(r"^\s*\([^()]{1,40}\)\s")
# Words that put an undated event before the story: "first met", "previously agreed", "their last meeting",
# "since the two sides signed the accord" (but "their first meeting" may well be the story's).
EARLIER_ADVERBS = {"previously", "first", "once", "formerly", "originally", "initially", "ever", "earlier", "last",
                   "since"}
EARLIER_ADJECTIVES = {"previous", "prior", "former", "past", "last", "earlier"}
SEASONS = {"spring", "summer", "autumn"}  # not "fall": "the fall of the city"
_SEASON_WORD = re.compile(r"\b(?:spring|summer|autumn)\b", re.IGNORECASE)
# A TIME entity that names its day: "Wednesday night", "late last night", "last evening", "tonight",
# "March 3 evening".
_DAY_TIME = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|last\s+(?:night|evening)|"
                       r"this\s+(?:morning|afternoon|evening)|"
                       r"january|february|march|april|may|june|july|august|september|october|november|december)\b",
                       re.IGNORECASE)
# A part of the day just told of: "Earlier in the day, X met Y", "later that day".
_SAME_DAY = re.compile(r"\b(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day\b", re.IGNORECASE)
# The day (or a part of it) just told of, or the one before or after it, which the NER model often leaves out:
# "The following evening", "that night", "the previous day" (`kg.resolve.dates.anchored_offset` reads them).
_TOLD_DAY = re.compile(r"\b(?:(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day|(?:(?:earlier|later)\s+)?"
                       r"(?:the|that)\s+(?:same\s+|following\s+|next\s+|previous\s+|preceding\s+)?"
                       r"(?:day|morning|afternoon|evening|night)(?:\s+before)?)\b(?!\s+(?:of|in|when|after)\b|')",
                       re.IGNORECASE)
# A span of days ("May 13-15", "from 4 to 18 February"): no one day of it is the day of what happened in it.
_DAY_SPAN = re.compile(r"\d\s*[-–]\s*\d|\b(?:to|until|till|through|and)\b", re.IGNORECASE)
# A length as a modifier: "20-year", "two-week", "decade-long", "five-day-old".
_DURATION = re.compile(r"(?:\w+\s*-\s*)?\w+\s*-\s*(?:years?|months?|weeks?|days?|hours?|decades?|long|old)"
                       r"(?:\s*-\s*(?:long|old))?", re.IGNORECASE)
# "a week before the leaders meet": a count of days or weeks that a subordinate clause's event lies from the main one.
_CLAUSE_OFFSET = re.compile(r"(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)", re.IGNORECASE)
# Any bare length ("eight months", "two years", "a decade"): counted from a time the sentence does not state.
_LENGTH = re.compile(r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|\d+)"
                     r"\s+(?:days?|weeks?|months?|years?|decades?)", re.IGNORECASE)
# A relative word the NER model may tag apart from the day it qualifies ("earlier on" + "Tuesday").
_RELATIVE_LEAD = re.compile(r"(?:earlier|later)(?:\s+(?:on|in|that|this))?", re.IGNORECASE)


def date_expression(ent) -> str:
    text = ent.text
    for app in ent.root.children:  # "on Saturday, 19 July 2025": the weekday and its full date
        if app.dep_ == "appos" and app.ent_type_ == "DATE" and app.i > ent.root.i:
            text = ent.doc[ent.start : app.right_edge.i + 1].text
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.pos_ == "ADP" and prev.lower_ in ("on", "in", "since", "during", "by", "until",
                                                               "within"):  # "within 30 days": a stretch ahead
        return f"{prev.text} {text}"
    return text


def _writing_day(stated, published: str | None) -> bool:
    """Whether a dateline's date is the day the text was written: a day, and when the metadata has a date, at
    most STORY_WINDOW_DAYS before it (a page updated or re-published later keeps the writer's "on Monday")."""
    if stated.precision != "day":
        return False
    if published is None:
        return True
    days = (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(stated.value)).days
    return 0 <= days <= STORY_WINDOW_DAYS


def page_day(text: str) -> str | None:
    """The day a dateline or page header line above the story states ("KYODO NEWS - Nov 13, 2025 - 19:05 |
    World"), or else a page footer line below it ("Published: Thursday, 13 February 2025"), for text passed without a publication date; read as ingest reads it (`kg.ingest.dateline_date`)."""
    from kg.ingest import dateline_date

    day = dateline_date(text)[0]
    if day is None:  # "Published: 14/03/2025" under the story: a page footer, read bottom-up like a header
        tail = [line for line in text.split("\n") if line.strip()][-FOOTER_LINES:]
        day = dateline_date("\n".join(reversed(tail)))[0]
    return day


def in_dateline(ent: Span, sent: Sentence) -> bool:
    """Whether a date expression is the dateline opening the story ("Buenos Aires, July 4th 2025 (MercoPress) –")."""
    text = doc_text(ent.doc)
    before, after = text[sent.span.start_char:ent.start_char], text[ent.end_char:ent.end_char + 60]
    if not before.strip():  # "March 11 (IRNA) – ...": only with the agency, "Tuesday – the day after" is prose
        return bool(_DATELINE_AGENCY.match(after))
    return bool(_DATELINE_PLACE.match(before) and _DATELINE_AFTER.match(after))


def clause_offset(ent: Span) -> str | None:
    """"The deal comes a week before X and Y meet": the clause that "before"/"after" opens lies that far after
    (before) the main clause; returned as the anaphoric offset "a week later" ("a week earlier"), else None."""
    if not _CLAUSE_OFFSET.fullmatch(ent.text):
        return None
    mark = _offset_mark(ent)
    if mark is None:
        return None
    return f"{ent.text} {'later' if mark.lower_ == 'before' else 'earlier'}"


def _offset_mark(ent: Span) -> Token | None:
    """The "before"/"after" that a length such as "a week" counts across ("a week before X and Y meet")."""
    head = ent.root.head
    marks = [head, *head.children] if head.lower_ in ("before", "after") else list(head.children)
    return next((m for m in marks if m.dep_ == "mark" and m.lower_ in ("before", "after")), None)


def in_offset_clause(ent: Span, trig: Token) -> bool:
    """Whether `trig` is in the clause "before"/"after" opens: the offset dates that clause's event ("the deal
    comes a week before X and Y meet"), not the main one ("X hosted Y two weeks after floods hit")."""
    mark = _offset_mark(ent)
    return mark is not None and trig.i in {t.i for t in mark.head.subtree}


def sentence_dates(sent: Sentence, skip: set[int]) -> list[Span]:
    """The sentence's DATE entities, the TIME entities that name a day ("on Wednesday night", "late last night"),
    plus the seasons the NER model leaves out ("meet in the autumn"); lengths are left out ("a 20-year treaty")."""
    found = [e for e in date_entities(sent.span, skip) if not is_duration(e) and not _rank(e)]
    found += [e for e in span_ents(sent.span) if e.label_ == "TIME" and e.root.i not in skip
              and _DAY_TIME.search(e.text)]
    found = _joined_relatives(sorted(found, key=lambda e: e.start))
    found = _with_same_day(sent, found, skip)
    if not _SEASON_WORD.search(sent.text):  # most sentences: no need to look at every token
        return found
    for tok in sent.tokens:
        if tok.lower_ in SEASONS and tok.pos_ == "NOUN" and tok.dep_ not in ("compound", "amod", "nmod") \
                and not tok.ent_type_ and tok.i not in skip \
                and tok.i > sent.span.start and tok.nbor(-1).lower_ in ("the", "this", "next", "in") \
                and (tok.i + 1 == len(tok.doc) or tok.nbor().lower_ != "of"):  # "the summer of love"
            start = tok.i - 1 if tok.nbor(-1).lower_ != "in" else tok.i
            found.append(Span(tok.doc, start, tok.i + 1, label="DATE"))
    return sorted(found, key=lambda e: e.start)


def _joined_relatives(found: list[Span]) -> list[Span]:
    """"earlier on Tuesday", "later on Friday" as one expression where the NER model split "earlier on" from the
    day: the relative word alone would date nothing and hide the day."""
    out: list[Span] = []
    for e in found:
        if out and out[-1].end == e.start and _RELATIVE_LEAD.fullmatch(out[-1].text):
            out[-1] = Span(e.doc, out[-1].start, e.end, label=e.label_)
        else:
            out.append(e)
    return out


def _since_scope(ent: Span) -> set[int] | None:
    """The tokens of the "since ..." phrase or clause a date is in ("her first visit since taking office last
    October", "the first meeting since 2019", "since she took office in May"): the start of a span of time, which
    dates only an event told inside that phrase ("since the two met in 2019"); None outside any."""
    for a in ent.root.ancestors:
        if a.pos_ == "NOUN":
            return None  # "since Abiy's visit to Asmara in 2022": the date of an event named in it
        if a.lower_ == "since" and a.dep_ == "prep":
            return {t.i for t in a.subtree}
        if a.pos_ in ("VERB", "AUX") and any(m.dep_ == "mark" and m.lower_ == "since" for m in a.children):
            return {t.i for t in a.subtree}
    return None


def _with_same_day(sent: Sentence, found: list[Span], skip: set[int]) -> list[Span]:
    """`found` plus the "earlier in the day" / "later that day" the NER model leaves out (or tags as "the day"
    alone): the day the story has just told of."""
    from kg.resolve.dates import anchored_offset, normalise_expression

    out = list(found)
    for m in _TOLD_DAY.finditer(sent.text):
        if anchored_offset(normalise_expression(m.group())) is None:
            continue  # "the day" alone, "the next day of talks"
        span = sent.span.doc.char_span(sent.span.start_char + m.start(), sent.span.start_char + m.end(),
                                       label="DATE", alignment_mode="expand")
        if span is None or span.root.i in skip:
            continue
        out = [e for e in out if e.end <= span.start or e.start >= span.end] + [span]
    return sorted(out, key=lambda e: e.start)


_ORDINAL = re.compile(r"^(?:the\s+)?\d{1,3}(?:st|nd|rd|th)$", re.IGNORECASE)


def _rank(ent: Span) -> bool:
    """Whether a date the tagger read is an ordinal ranking the name after it ("the 13th Five Year Plan", "the
    9th Joint Commission"): which one, not a day of the month ("on the 24th", "the 24th of May")."""
    if not _ORDINAL.match(ent.text) or ent.end >= len(ent.doc):
        return False
    after = ent.doc[ent.end]
    return after.is_alpha and after.lower_ != "of" and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


def is_duration(ent: Span) -> bool:
    """Whether a date expression is a length modifying a noun ("a 20-year treaty", "a two-week truce", "a
    decade-long dispute"): how long, not when."""
    return ent.root.dep_ in ("amod", "compound", "nmod") and ent.root.head.ent_type_ != "DATE" and \
        bool(_DURATION.fullmatch(ent.text))


def in_content(c: Candidate, ent: Span) -> bool:
    """Whether a date lies in what a statement or agreement is about, not on the event itself."""
    if c.type == STATEMENT:  # "X added that Israel had agreed ... during Ramadan": the content's date
        return any(ent.root.i in {t.i for t in comp.subtree} for comp in children(c.trigger, "ccomp"))
    # "agreed to postpone the increase until April": the date of what was agreed; but "agreed to resume talks
    # when their ministers met on Tuesday" narrates when the agreement was made
    verb = next((t for t in ent.root.ancestors if t.pos_ == "VERB"), None)
    if verb is not None and verb.dep_ == "advcl" and simple_past(verb):
        return False
    return c.type == AGREEMENT and c.trigger.pos_ == "VERB" and (any(
        ent.root.i in {t.i for t in comp.subtree} for comp in children(c.trigger, "xcomp", "ccomp"))
        or _in_document_clause(ent, c.trigger))


def _in_document_clause(ent: Span, trig: Token) -> bool:
    """'signed a memorandum aimed at raising trade to $10 billion by 2030', 'the pact, which took effect in 2016,
    was extended': a date in a clause that describes what the agreement verb acts on, below the verb."""
    for a in ent.root.ancestors:
        if a.i == trig.i:
            return False
        if a.dep_ in ("acl", "relcl") and a.pos_ in ("VERB", "AUX"):
            # (also a clause on another agreement noun: "put their signatures to a memorandum aimed at raising
            # trade by 2030, while a declaration was adopted")
            return trig.is_ancestor(a) or a.head.lemma_.casefold() in AGREEMENT_NOUNS
    return False


def date_owner(ent: Span, cands: list[Candidate]) -> tuple[Token | None, bool]:
    """The trigger a date expression belongs to, and whether the parse links the two.

    The nearest trigger in the text owns the date (`nearest_trigger`: the parser often hangs a trailing
    "on Thursday" on the wrong noun), skipping events whose content the date is in. The parse decides only
    which dates come first: one linked to an event ("will hold a meeting in Cairo on 20 March") before one of
    another clause ("due to meet next week"); and a relative clause about something else keeps its date
    ("X, whose country joined last year, met Y" leaves the meeting undated).
    """
    open_ = [c for c in cands if not in_content(c, ent)]
    verb = next((t for t in ent.root.ancestors if t.pos_ == "VERB"), None)
    # "a rift that began in March 2021, when X signed a pact with Y": a "when" clause on the date itself, unless the
    # date's own clause is an event ("the round was held in May 2021, when X and Y agreed": the round's)
    told = next((c.trigger for c in open_ if c.trigger.dep_ in ("relcl", "advcl") and ent.start <= c.trigger.head.i
                 < ent.end and any(m.lower_ == "when" for m in c.trigger.children)), None)
    if told is not None and not any(verb is not None and verb.i in (c.trigger.i, c.trigger.head.i) for c in cands):
        return told, True
    if verb is not None and simple_past(verb) and any(c.status == OCCURRED for c in open_):
        # "agreed to resume talks when their ministers met on Tuesday": a narrated day dates what happened
        open_ = [c for c in open_ if c.status == OCCURRED]
    own = {c.trigger.i for c in open_}
    held = set()  # "held talks on Monday", "travel next week for talks": the verb a noun trigger depends on
    for t in (c.trigger for c in open_):
        if t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            held.add(t.head.i)
        elif t.dep_ == "pobj" and t.head.dep_ == "prep":
            held.add(t.head.head.i)
    every = {c.trigger.i for c in cands}
    x, linked = ent.root, False
    while x.head.i != x.i and not linked:
        x = x.head
        linked = x.i in own or x.i in held
        if not linked and x.dep_ == "relcl" and x.lemma_ in ARRIVAL_VERBS:
            # "X, who arrived on Monday evening, was received at the airport by Y": the guest's arrival day
            welcome = next((c.trigger for c in open_ if c.trigger.lemma_ in RECEPTION_VERBS
                            and x.head.dep_ in ("nsubj", "nsubjpass") and x.head.head.i == c.trigger.i), None)
            if welcome is not None:  # after a day of the reception's own ("welcomed ... on Tuesday morning")
                return welcome, False
        if not linked and x.dep_ == "relcl" and x.i not in every and x.head.i not in every:
            # "a rift that began in February 2025, when X signed a pact with Y": the clause it sets the scene of
            scene = next((c.trigger for c in open_ if scene_clause(c.trigger) and c.trigger.head.i == x.i), None)
            return (scene, True) if scene is not None else (None, False)
    return nearest_trigger(ent, [c.trigger for c in open_]), linked


# A guest's arrival (its reception verbs are common.RECEPTION_VERBS: "X, who arrived on Monday, was received by Y").
ARRIVAL_VERBS = {"arrive", "land"}


def scene_clause(trig: Token) -> bool:
    """Whether an event is told in a 'when'/'as'/'while' clause of another verb, which shares its time and place."""
    return trig.dep_ == "advcl" and trig.head.pos_ in ("VERB", "AUX") and \
        any(m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "as", "while") for m in trig.children)


def _in_relative_clause(ent: Span) -> bool:
    """Whether a date is told in a relative clause ("X, who arrived on Sunday, ..."): background to its
    sentence's own time."""
    return any(t.dep_ in ("relcl", "acl") for t in ent.root.ancestors)


def _arrival(ent: Span) -> bool:
    """Whether a date is the day someone arrived ("arrived in X on Monday", "who landed on Sunday")."""
    verb = next((t for t in ent.root.ancestors if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_ in ARRIVAL_VERBS


def _narrated(ent: Span) -> bool:
    """Whether a date is told of the story's past in its own right: not a flashback ("had met on Monday"), a plan
    ("will meet on Monday") or a schedule ("meets on Monday")."""
    verb = next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is None or tense_of(verb) in ("past", "perfect", "none")


def _future_elsewhere(ent: Span, trig: Token, cands: list[Candidate]) -> bool:
    """Whether a date the parse does not link to its nearest event is told in the future tense of another clause
    while that event has happened: it dates what is to come ("the bridge will open from February")."""
    verb = next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.i != trig.i and tense_of(verb) == "future" and \
        all(c.status == OCCURRED for c in cands if c.trigger.i == trig.i)


# Prepositions that set a deadline or an end ("raise trade by 2030", "suspended until March"): a target, never when
# the event took place, unless the event's own trigger carries it.
DEADLINE_PREPS = {"by", "until", "till", "before"}


def date_sentence(sent: Sentence, cands: list[Candidate], quoted: set[int], published: str | None,
                   ignored: set[int] = frozenset(), anchor: str | None = None) -> None:
    """Give each event the date expression that belongs to it, resolved against the publication date."""
    from kg.resolve.dates import resolve_date

    user_data = sent.span.doc.user_data
    if published is None and DATELINE_DAY not in user_data:  # "KYODO NEWS - Nov 13, 2025 - 19:05 | World"
        user_data[DATELINE_DAY] = page_day(doc_text(sent.span.doc))
    published = user_data.get(DATELINE_DAY) or published
    opening = _OPENING_DATELINE.match(sent.span.text[:120])
    # "Brasilia, 17 Jun 2026 (Agency) -": the tagger may take "2026" alone, which is the dateline's all the same
    dateline_end = sent.span.start_char + opening.end("date") if opening else -1
    if opening and not user_data.get(DATELINE_DAY):
        stated = resolve_date(opening["date"], published)
        if stated is not None and _writing_day(stated, published):
            published = user_data[DATELINE_DAY] = stated.value
    anchor = latest_day(user_data, sent.index) or anchor
    told_anchor = anchor
    # "Earlier in the day" paragraphs after the last day told ("who arrived on Monday"): the story's own day
    stale = _told_far_back(user_data, sent) and told_anchor is not None and told_anchor == user_data.get(ARRIVAL_DAY)
    # "The conference opened on Thursday after X received Y the previous day": the sentence's own day
    own = _own_day(sent, quoted, published, ignored)
    anchor = own[0] if own else anchor
    triggers = [c.trigger for c in cands]
    heads = {t.i for t in triggers} | {t.head.i for t in triggers if t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")}
    owners = set(heads)
    # "Speaking to reporters on Tuesday, X said": a participle of the trigger dates it
    owners |= {c.i for t in triggers for c in t.children if c.dep_ in ("advcl", "xcomp", "conj")}
    # "He spoke on Saturday at State House when he hosted X": the clause the event sets the scene of dates it
    owners |= {t.head.i for t in triggers if scene_clause(t)}
    attached = []
    sentence_day, side_day = None, False  # side_day: the day so far is a relative clause's
    every_cand = cands
    for ent in sentence_dates(sent, quoted):
        if len(ent) == 1 and ent.root.pos_ == "ADJ" and ent.root.dep_ == "amod":
            continue  # "a weekly news conference", "the annual summit": how often, not when
        since = _since_scope(ent)
        cands = every_cand if since is None else [c for c in every_cand if c.trigger.i in since]
        if since is not None and not cands:
            continue  # "in his first trip abroad since his election in May, X met Y": not the meeting's day
        if ent.root.i in ignored or in_dateline(ent, sent) or ent.start_char < dateline_end:
            stated = resolve_date(ent.text, published)
            if stated is not None and _writing_day(stated, published):
                published = user_data[DATELINE_DAY] = stated.value
            continue
        governor = ent.root.head.head if ent.root.head.dep_ == "prep" else ent.root.head
        held_by = ent.doc[ent.root.head.i - 1]  # "the council president for March", however the parser hangs it
        if ent.root.head.lower_ == "for" and held_by.pos_ == "NOUN" and held_by.i not in {t.i for t in triggers}:
            continue  # a term of office, not the event's date
        if ent.root.head.lower_ in DEADLINE_PREPS and ent.root.head.dep_ == "prep" and governor.i not in heads:
            continue  # "a pipeline whose capacity they pledged to triple by 2027": a target, not the event's day
        reporting = governor.pos_ == "VERB" and governor.lemma_.casefold() in REPORTING_VERBS
        if reporting and governor.i not in owners:
            continue  # "Press TV reported Thursday": the date of the report, not of the event
        if (sentence_day is None or side_day) and not reporting and _narrated(ent) and \
                not _DAY_SPAN.search(ent.text) and not (side_day and _in_relative_clause(ent)):
            said = resolve_date(date_expression(ent), published, anchor=anchor)
            sentence_day = said.value if said else sentence_day
            side_day = _in_relative_clause(ent) and said is not None
            if said is not None and _arrival(ent):
                user_data[ARRIVAL_DAY] = said.value
        # "held talks on Tuesday, two days after he met Y", "came a day after A and B co-chaired the summit, at
        # which they signed ...": the length dates every event of the clause it counts to, whichever is nearer
        counted = [c.trigger for c in cands if clause_offset(ent) is not None and in_offset_clause(ent, c.trigger)]
        if counted:
            attached.extend((False, ent.start, ent, t) for t in counted)
            continue
        trig, linked = date_owner(ent, cands)
        if trig is not None and not linked and _future_elsewhere(ent, trig, cands):
            continue  # "Under the deal, which they signed on Monday, the bridge will open from February"
        if trig is not None:
            attached.append((not linked, ent.start, ent, trig))
    cands = every_cand
    if any(t.pos_ in ("VERB", "AUX") for t in sent.tokens):  # a clause, not a stray dateline or heading
        user_data.setdefault(SENTENCE_TIMES, {})[sent.index] = (sent.start, sent.end, sentence_day)
        if sentence_day and len(sentence_day) == 10:
            user_data[LAST_DAY] = (sent.index, sentence_day)
    # dates the parse links to an event first, so a date of another clause never takes their place
    for _, _, ent, trig in sorted(attached, key=lambda a: a[:2]):
        for c in cands:
            if in_content(c, ent):
                continue
            if c.trigger.i == trig.i and c.date_raw is None:
                expr = date_expression(ent)
                offset = clause_offset(ent)
                if offset is not None and not in_offset_clause(ent, c.trigger):
                    continue  # the length separates the main event from another: it dates the other
                if offset is not None:  # counted from the main clause's time, which the story has told
                    resolved = resolve_date(offset, published, anchor=anchor or published)
                else:
                    # "Earlier in the day, X met Y, and he met Z on Tuesday night": the day told before the
                    # sentence, not the one it names after the expression
                    day = told_anchor if told_anchor and own and own[1] > ent.start and _SAME_DAY.search(expr) \
                        else anchor
                    resolved = None if stale and not own and _SAME_DAY.search(expr) else \
                        resolve_date(expr, published, future=c.status == PLANNED, anchor=day)
                if resolved is None and "," in expr:  # NER ran on: "Wednesday, ending two years"
                    expr = expr.split(",")[0]
                    resolved = resolve_date(expr, published, future=c.status == PLANNED, anchor=anchor)
                if resolved is None and (_CLAUSE_OFFSET.fullmatch(ent.text) or _LENGTH.fullmatch(ent.text)
                                         and _offset_mark(ent) is not None):
                    continue  # "a week after fighting flared", "eight months after X travelled to Y in July 2024
                    # and met Z": a length from an untold time dates nothing (a date of the clause may)
                if c.type != STATEMENT and FUTURE_DATE.search(expr) and c.status == OCCURRED:
                    # "agreed on a plan for exercises later this year", "held talks, during which they discussed
                    # a deployment next year": the time of what was talked of
                    if _past_finite(c.trigger) or _past_finite(clause_head(c.trigger)):
                        continue
                    c.status = PLANNED  # "next week's summit", "talks tomorrow"
                    resolved = resolve_date(expr, published, future=True)
                c.date_raw = expr
                c.date = resolved.value if resolved else None
                # "earlier in the day" with no day told yet: the story's day (`default_dates`)
                c.vague = resolved is None and VAGUE_DATE.search(expr) is not None and not _SAME_DAY.search(expr)
                if c.date and published and c.type != STATEMENT and c.date > published and len(c.date) == 10:
                    c.status = PLANNED
                if offset is not None and c.date and "week" in offset.casefold():
                    c.date = c.date[:7]  # "a week before": the month is certain, the day is not
    inherit_dates(cands, quoted)
    told = [c.date for c in cands if c.date_raw and c.date and len(c.date) == 10 and not _DAY_SPAN.search(c.date_raw)]
    if told:
        user_data[LAST_EVENT_DAY] = (sent.index, told[-1])
    for c in cands:  # "X and Y agreed on Friday ... at a summit": the summit was that day
        trig = c.trigger
        if c.date_raw is None and trig.dep_ == "pobj" and trig.head.lower_ in ("at", "during"):
            for other in cands:
                if other.date_raw and other.trigger.i in {t.i for t in verb_chain(trig.head)[1:3]}:
                    c.date, c.date_raw = other.date, other.date_raw


def latest_day(user_data: dict, index: int) -> str | None:
    """The day the story told last before sentence `index`: of the last event dated to the day by its own words,
    or of the last sentence that narrates a day, whichever came later ("On June 8, the Emperor received X. On the
    same day, ...")."""
    told = [d for d in (user_data.get(LAST_EVENT_DAY), user_data.get(LAST_DAY)) if d and d[0] < index]
    return max(told, key=lambda d: d[0])[1] if told else None


def _told_far_back(user_data: dict, sent: Sentence) -> bool:
    """Whether a whole paragraph lies between the sentence that told the story's last day and `sent`: when that
    was a guest's arrival ("X, who arrived on Monday, ..."), "later in the day" paragraphs on means the day the
    story is about."""
    told = [d for d in (user_data.get(LAST_EVENT_DAY), user_data.get(LAST_DAY)) if d and d[0] < sent.index]
    times = user_data.get(SENTENCE_TIMES, {})
    last = max(told, key=lambda d: d[0])[0] if told else None
    if last not in times:
        return False
    between = doc_text(sent.span.doc)[times[last][1]:sent.start].split("\n")[1:-1]
    return any(line.strip() for line in between)


def own_day(sent: Sentence, quoted: set[int], published: str | None, ignored: set[int] = frozenset()) -> str | None:
    """The first day the sentence itself narrates in words that need no anchor ("on Thursday (26 March)")."""
    own = _own_day(sent, quoted, published, ignored)
    return own[0] if own else None


def _own_day(sent: Sentence, quoted: set[int], published: str | None,
             ignored: set[int] = frozenset()) -> tuple[str, int] | None:
    """`own_day` and the token index its expression starts at."""
    from kg.resolve.dates import anchored_offset, normalise_expression, resolve_date

    for ent in sentence_dates(sent, quoted):
        if ent.root.i in ignored or in_dateline(ent, sent):
            continue
        if anchored_offset(normalise_expression(ent.text)) is None and not _DAY_SPAN.search(ent.text) \
                and _narrated(ent):
            told = resolve_date(date_expression(ent), published)
            if told is not None and len(told.value) == 10:
                return told.value, ent.start
    return None


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
            # (and through an apposition on the event: "made a state visit in May 2023, his first as president,
            # during which the two sides signed four agreements")
            if t.dep_ not in ("conj", "relcl", "ccomp", "advcl", "pobj", "prep", "npadvmod", "xcomp", "appos") or \
                    t.head.i == t.i:
                break
            t = t.head
            # "The last round was held in X in May 2024, when A and B agreed": the session a passive tells of
            gov = by_trigger.get(t.i) or next((o for o in cands if o.trigger.head.i == t.i
                                               and o.trigger.dep_ in ("dobj", "attr", "nsubjpass")), None) or \
                next((o for o in cands if o is not c and _planned_under(o.trigger, t)), None)
            if gov is not None and gov is not c and gov.type == STATEMENT and gov.date_raw is None and \
                    c.status == OCCURRED and t.i == gov.trigger.i:
                c.governor = gov  # "X said (today) that the two had agreed ...": dated with the statement later
                break
            if gov is not None and gov.date_raw is not None and gov is not c and gov.status == c.status:
                c.date, c.date_raw, c.vague = gov.date, gov.date_raw, gov.vague
                where = any(w.lower_ == "where" for w in c.trigger.children)  # "..., where he was hosting X"
                phone = "phone" in (c.mode, gov.mode) and c.mode != gov.mode  # a call is not where the meeting was
                if (gov.type != STATEMENT and c.type != STATEMENT or where and c.type != STATEMENT) and not phone:
                    c.place = c.place or gov.place
                break


def _planned_under(trig: Token, verb: Token) -> bool:
    """Whether a verb trigger is the plan a copula states: "X is due to visit India next week, where ..."
    (visit -> due -> is)."""
    return trig.dep_ == "xcomp" and trig.head.dep_ == "acomp" and trig.head.head.i == verb.i


def story_day(found: list[Candidate], published: str | None, *, months: bool = False) -> str | None:
    """The day the story is about: the first day a lead sentence names close before publication (even when no
    event was found there: "have agreed ... . The agreement was signed on Friday"), else the first explicitly
    dated event close before publication, else the publication day. A day stated by the dateline (or a page
    line) comes after the lead's own days. With `months`, a lead that names only the
    month of publication ("met this week") gives that month: the day is not certain."""
    from kg.resolve.dates import parse_iso_date

    pub = parse_iso_date(published)
    if pub is None:  # no publication date: the first event dated in full by the text itself ("19 July 2025")
        return next((c.date for c in found if c.date and len(c.date) == 10 and c.status == OCCURRED
                     and c.date_raw and re.search(r"\b\d{4}\b", c.date_raw)), None)
    lead = [time for _, _, _, time in _sentence_times(found)[:LEAD_SENTENCES]]
    # "Accra, March 14, GNA - X and Y have signed ...": a lead naming no day is told on the day its dateline states
    stated = found[0].trigger.doc.user_data.get(DATELINE_DAY) if found else None
    times = lead + [stated] + [c.date for c in found if c.status == OCCURRED]
    precise = (7, 10) if months else (10,)
    return next((d for d in times if d and len(d) in precise and _in_window(d, pub)), pub.isoformat())


def _sentence_times(found: list[Candidate]) -> list[tuple[int, int, int, str | None]]:
    """(index, start, end, time) of the story's sentences, in order."""
    told = found[0].trigger.doc.user_data.get(SENTENCE_TIMES, {}) if found else {}
    return [(i, *told[i]) for i in sorted(told)]


def _in_window(date: str | None, pub: dt.date | None) -> bool:
    """Whether a time belongs to the story: a day on or up to STORY_WINDOW_DAYS before publication (any day when
    the publication date is unknown), the month or the year of publication."""
    from kg.resolve.dates import parse_iso_date

    if date and pub is not None and len(date) < 10:
        return date == pub.isoformat()[:len(date)]
    day = parse_iso_date(date) if date and len(date) == 10 else None
    if day is None or pub is None:
        return day is not None
    return dt.timedelta(0) <= pub - day <= dt.timedelta(days=STORY_WINDOW_DAYS)


def paragraph_time(c: Candidate, told: list[tuple[int, int, int, str | None]]) -> str | None:
    """The time the paragraph last told of before the event's sentence: "On Tuesday, X co-chaired the summit.
    On its sidelines, he met Y" (Y was met on Tuesday); "In 2015, ... . The two sides agreed to ..." (history)."""
    text = doc_text(c.trigger.doc)
    after = c.sentence.start
    told_event = _TOLD_EVENT.match(c.sentence.text) is not None
    sequel = not told_event and _goes_on(c.sentence.span.root)
    follows = chain = told_event or sequel
    for _, start, end, time in reversed(told[:bisect.bisect_left(told, (c.sentence.index,))]):
        crossed = "\n" in text[end:after]
        if crossed and not follows:  # only the gap to the next sentence: a paragraph of any
            return None  # length stays linear
        # "On Wednesday, A hosted B. / The two first held a tete-a-tete, and were later joined by ... / A and B
        # then signed ...": an undated sentence that itself goes on in sequence passes the time on
        follows = chain and time is None and _sequenced(c.trigger.doc, start, end)
        if time is not None:
            # "X later hosted Y" goes on from a scene's day, not from a year or month a background paragraph named
            return None if crossed and sequel and len(time) != 10 else time
        after = start
    return None


# A sentence that opens by pointing back at the session just told goes on with its time, though it starts a new
# paragraph ("At the end of the talks, X and Y signed ...", "After the meeting, ...", "Following the talks, ...").
_TOLD_EVENT = re.compile(r"^\W*(?:at\s+the\s+(?:end|close|conclusion)\s+of|after|following)\s+(?:the|that|those)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:talks|meeting|session|negotiations|discussions|consultations|ceremony)\b",
                         re.IGNORECASE)


# Adverbs by which a sentence tells what came next, on the time of the sentence before ("X received A and B
# separately. The two leaders then sat down for talks", "Y later hosted a dinner for X").
SEQUEL_ADVERBS = {"then", "later", "afterwards", "afterward", "subsequently", "thereafter"}


def _goes_on(root: Token) -> bool:
    """Whether a sentence's main verb goes on from the sentence before ("then sat down", "later hosted")."""
    return any(c.dep_ == "advmod" and c.lower_ in SEQUEL_ADVERBS and not list(c.children) for c in root.children)


def _sequenced(doc, start: int, end: int) -> bool:
    """Whether the sentence at characters start..end orders its clauses within one session ("first held a
    tete-a-tete, and were later joined ...", "then sat down for talks")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.dep_ == "advmod" and t.lower_ in SEQUEL_ADVERBS | {"first"} and not list(t.children)
        and t.head.dep_ in ("ROOT", "conj") for t in span)


def told_as_history(c: Candidate) -> bool:
    """Whether an undated event is set before the story by its own words ("the two first met in Geneva",
    "their previous meeting", "since the two sides signed the accord")."""
    if c.date_raw and _SAME_DAY.search(c.date_raw):
        return False  # "Earlier in the day, X met Y": earlier than the story's last event, on its day
    verb = clause_head(c.trigger)
    if described(c.trigger):
        return True
    return any((t.lower_ in EARLIER_ADVERBS and t.dep_ in ("advmod", "mark", "npadvmod")
                and not _earlier_in_story(t, c)) or
               (t.lower_ in EARLIER_ADJECTIVES and t.dep_ == "amod") for t in (*c.trigger.children, *verb.children))


def _earlier_in_story(adverb: Token, c: Candidate) -> bool:
    """Whether a bare "earlier" on a verb in the simple past orders the event within the story ("Earlier, the two
    leaders held a breakfast meeting", "The two leaders earlier held talks at X"), as news uses it; a pluperfect
    ("had earlier agreed to a truce") still goes back before the story."""
    return adverb.lower_ == "earlier" and not list(adverb.children) and c.tense == "past"


# What a session went on with, told after it in the same sentence ("first held a tete-a-tete, followed by expanded
# talks", "..., after which the talks continued", "..., then chaired ...").
_SEQUEL = re.compile(r"\b(?:followed\s+by|after\s+which|then)\b", re.IGNORECASE)
# Sessions a "before" may name as what came next ("... in the Blue Room before an expanded meeting").
_SEQUEL_NOUNS = {"talk", "talks", "meeting", "session", "discussion", "round", "lunch", "luncheon", "dinner",
                 "ceremony", "signing"}


def told_in_sequence(c: Candidate) -> bool:
    """Whether "first"/"earlier" orders the event within the story's own session rather than setting it in the
    past: "The two leaders first held a one-on-one meeting, followed by delegation talks", "had earlier held a
    tete-a-tete, followed by expanded talks" (not "the two first met in Geneva", "had earlier met twice")."""
    verb = clause_head(c.trigger)
    if c.date_raw or not any(t.lower_ in ("first", "earlier", "initially") and t.dep_ == "advmod"
                             for t in (*c.trigger.children, *verb.children)):
        return False
    if c.trigger.lemma_.casefold() in RECEPTION_VERBS and is_passive(c.trigger):
        return True  # "X had earlier been welcomed at the airport by Y": the guest's arrival, within the visit
    rest = c.trigger.doc[c.trigger.i : c.trigger.sent.end]
    # "before an expanded meeting", not "before the talks collapsed" (a clause: what ended it)
    return _SEQUEL.search(rest.text) is not None or any(
        t.lower_ == "before" and t.dep_ == "prep" and any(o.lemma_.casefold() in _SEQUEL_NOUNS for o in children(t, "pobj"))
        for t in rest)


def described(trig: Token) -> bool:
    """Whether the event is a participle describing a thing the sentence talks about in the present ("The
    accord, signed by A and B, commits both sides to ..."): background, not the story's news."""
    if trig.tag_ != "VBN" or trig.dep_ != "acl" or children(trig, "aux", "auxpass"):
        return False
    verb = trig.head.head if trig.head.dep_ in ("nsubj", "nsubjpass") else None
    return verb is not None and verb.tag_ in ("VBZ", "VBP")


# Past clauses that list the story's documents ("Among the accords signed were ...", "The two sides exchanged
# a memorandum, ..."), unlike one that recalls an old one ("He recalled the declaration, adopted by ...").
LISTING_VERBS = {"be", "sign", "exchange", "ink", "seal", "conclude", "adopt", "witness", "include"}


def _described_in_past(trig: Token) -> bool:
    """Whether the event is a participle describing a thing a past clause tells of ("Among the documents exchanged
    was a memorandum, signed by A and B"; "The two sides adopted a plan, drawn up by X and Y"): told as part of
    the story's past, so it takes the story's time like a verb in the past would."""
    if trig.tag_ != "VBN" or trig.dep_ != "acl" or children(trig, "aux", "auxpass"):
        return False
    # past the other participles of a list ("an accord, signed by A and B, and a memorandum, inked by C")
    verb = next((t for t in trig.ancestors if t.pos_ in ("VERB", "AUX") and not (t.tag_ == "VBN" and t.dep_ == "acl")),
                None)
    return verb is not None and verb.tag_ == "VBD" and verb.lemma_ in LISTING_VERBS and \
        not children(verb, "aux", "auxpass")


def _context_time(c: Candidate, told: list[tuple[int, int, int, str | None]], pub: dt.date | None,
                  story: str) -> str | None:
    """The story's time for an undated event, or None when its paragraph has just gone back in history."""
    time = paragraph_time(c, told)
    if time is None:
        return story
    return time if _in_window(time, pub) else None


def default_dates(found: list[Candidate], published: str | None) -> None:
    """Undated events of the story take the day their paragraph has just named, else the story's day; mentioned
    history (pluperfect) and plans stay undated. News tells its story in the simple past, and history it
    mentions carries a date ("signed in 2001")."""
    from kg.resolve.dates import parse_iso_date

    if found:
        published = found[0].trigger.doc.user_data.get(DATELINE_DAY) or published
    day = story_day(found, published)
    if day is None:
        return
    story = story_day(found, published, months=True)
    pub = parse_iso_date(published)
    told = _sentence_times(found)
    for c in found:
        if c.date is not None or c.vague or c.status != OCCURRED or c.tense == "future" \
                or c.tense == "pluperfect" and not told_in_sequence(c):
            continue
        if c.type == STATEMENT:
            c.date = day
        elif described(c.trigger) and _story_under_way(c, told, pub):
            c.date = _context_time(c, told, pub, story)  # "X met Y on Monday. The accord, signed by both, commits"
        elif told_as_history(c) and not told_in_sequence(c):
            continue
        elif c.lead or (c.tense in ("perfect", "past", "pluperfect") or _described_in_past(c.trigger)) \
                and c.governor is None:
            c.date = _context_time(c, told, pub, story)
        if c.tense == "perfect" and published and any(a.lower_ in ("now", "just") for a in c.trigger.children):
            c.date = published  # "have now met", "has just signed": at the time of writing (live pages)
    for c in found:  # the story's statement "X said that the two had agreed" dates what it reports
        if c.date is None and not c.vague and c.governor is not None and c.governor.date == day:
            c.date = _context_time(c, told, pub, story)


def _story_under_way(c: Candidate, told: list[tuple[int, int, int, str | None]], pub: dt.date | None) -> bool:
    """Whether sentences before the event's have told the story's own time: a document then described in the
    present ("The accord, signed by A and B, commits ...") is the one the story is about, not background."""
    return any(time is not None and _in_window(time, pub) for index, _, _, time in told if index < c.sentence.index)


def _past_finite(verb: Token) -> bool:
    """A verb in the simple past with no auxiliary ("met ... and agreed"): whatever it tells has happened."""
    return verb.tag_ == "VBD" and verb.pos_ == "VERB" and not children(verb, "aux", "auxpass")
