"""The extract stage: meetings, agreements and statements from one parsed article.

`extract_article(doc, article, gazetteer)` runs the rules sentence by sentence over the
dependency parse (`meetings`, `agreements`, `statements`), resolves actors through the
resolve stage's `EntityRegistry` plus a rule-based coreference resolver (`coref`),
dates every event against the publication date, merges mentions of the same event
within the article, and returns an `ArticleResult`.

Call `prepare_nlp(nlp)` once after loading the pipeline: it makes every line break a
sentence boundary before parsing (headings and paragraphs of web pages carry no
final punctuation and would otherwise be parsed into the next sentence).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Token

from kg.extract import agreements, attendance, meetings, statements
from kg.extract.common import (
    AGREEMENT_NOUNS,
    DOCUMENT_NOUNS,
    HOLD_VERBS,
    HOSTING_VERBS,
    RECEPTION_VERBS,
    ISSUE_VERBS,
    MEETING_NOUNS,
    SPEECH_VERBS,
    children,
    hyphenated_word,
    prep_objects,
    side_session_kinds,
    span_ents,
)
from kg.extract.coref import Mention, Resolver
from kg.extract.dating import LEAD_SENTENCES, date_expression, date_sentence, default_dates
from kg.extract.frames import Candidate, add_roles, verb_subjects
from kg.extract.placing import place_entity, place_of
from kg.extract.sentences import (
    COMPOUND_VERBS_PIPE,
    LINE_BREAKS_PIPE,
    NAME_PARTICLES_PIPE,
    Sentence,
    dateline_tokens,
    prepare_nlp,
    quote_spans,
    split_sentences,
)
from kg.extract.statements import QuoteContext
from kg.extract.status import is_hypothetical, is_negated, status_of, tense_of
from kg.records import (
    AGREEMENT,
    COUNTRY,
    HOST,
    MEETING,
    OCCURRED,
    PARTICIPANT,
    PERSON,
    PARTY,
    PLANNED,
    PLACE,
    STATEMENT,
    Article,
    ArticleResult,
    Entity,
    Event,
    Evidence,
    Participant,
    RoleFact,
)
from kg.resolve.dates import resolve_date
from kg.resolve.text import doc_text

# Part of the extraction cache key: change it whenever the rules change.
EXTRACTOR_VERSION = "extract-1.37"
REQUIRED_PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner", LINE_BREAKS_PIPE,
                  COMPOUND_VERBS_PIPE, NAME_PARTICLES_PIPE)

__all__ = ["EXTRACTOR_VERSION", "REQUIRED_PIPES", "extract_article", "extract_text", "prepare_nlp"]

MIN_PARTIES = {MEETING: 2, AGREEMENT: 2, STATEMENT: 1}


def extract_article(doc: Doc, article: Article, gazetteer) -> ArticleResult:
    """Every meeting, agreement and statement the article states, with canonical actors."""
    from kg.resolve.entities import EntityRegistry

    registry = EntityRegistry(gazetteer, outlet=article.outlet)
    registry.observe(doc)
    resolver = Resolver(registry, gazetteer, article.outlet)
    sentences = split_sentences(doc, article.title)
    text = doc_text(doc)
    quotes = quote_spans(text)
    quoted = _quoted_tokens(doc, [q for q in quotes if not _quoted_document(text, q)])
    ctx = QuoteContext(quoted, quotes, sentences)
    resolver.ignored = dateline_tokens(sentences, lambda name: _is_city(name, gazetteer))
    resolver.quoted = quoted

    found: list[Candidate] = []
    story_index = 0
    anchor: str | None = None
    published = article.date_published  # ingest fills it from the metadata, a dateline or the URL
    for sent in sentences:
        if sent.boilerplate:
            continue
        resolver.start_sentence(sent.span.start, sent.span.end)
        cands = _sentence_candidates(sent, resolver, ctx)
        _plan_next_sittings(cands, found, resolver)
        cands = _add_attendees(sent, cands, found, resolver, quoted)
        if not any(c.type == MEETING for c in cands):
            _describe_last_meeting(sent, found, resolver)
            cands += _next_sittings(sent, found, resolver, ctx)
        date_sentence(sent, cands, quoted, published, resolver.ignored, anchor)
        _date_sequenced(cands)
        _date_legs(cands, published)
        # "A day earlier, ...": the last day-precise event told so far anchors relative expressions
        anchor = next((c.date for c in reversed(cands) if c.date and len(c.date) == 10), anchor)
        for c in cands:
            c.lead = story_index < LEAD_SENTENCES
        _update_salience(sent, cands, resolver, ctx)
        found.extend(cands)
        story_index += 1

    default_dates(found, published)
    merged = _merge_article(found, resolver)
    events = [_to_event(c, article) for c in merged]
    roles = _role_facts(registry, sentences, article)
    entities = _entities(registry, events, roles)
    n_tokens = len(doc) - int(doc.to_array("IS_SPACE").sum())  # no Token object per word
    return ArticleResult(article, entities, events, roles, n_sentences=len(sentences), n_tokens=n_tokens)


def _is_city(name: str, gazetteer) -> bool:
    place = gazetteer.place(name)
    return place is not None and place.kind == "city"


# ---- per sentence --------------------------------------------------------------------------------

_FIRST_PERSON = re.compile(r"\b(I|we|We|our|Our|us|my|My|me)\b")
_INTRODUCED_DOCUMENT = re.compile(r"\b(" + "|".join(sorted(DOCUMENT_NOUNS)) + r")s?\b[^\n.]*:\s*$", re.IGNORECASE)


def _quoted_document(text: str, quote: tuple[int, int]) -> bool:
    """A communique quoted in full after "released the following communique:": the office's own account of
    what happened, in the third person, whose meetings are facts (not a speaker's words)."""
    start, end = quote
    intro = text[max(0, start - 300) : start - 1].rstrip().rsplit("\n", 1)[-1]  # the line before the opening mark
    body = text[start:end]
    return bool(_INTRODUCED_DOCUMENT.search(intro)) and not _FIRST_PERSON.search(body) and body.count(". ") >= 1


def _quoted_tokens(doc: Doc, quotes: list[tuple[int, int]]) -> set[int]:
    out = set()
    for start, end in quotes:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _sentence_candidates(sent: Sentence, resolver: Resolver, ctx: QuoteContext) -> list[Candidate]:
    cands = meetings.find(sent, resolver, ctx.quoted)
    # "X and Y held talks on Monday, the two leaders agreed ...": the group is known within the sentence
    _note_groups(sent, [c for c in cands if len(c.entities) >= 2], resolver, ctx)
    cands += agreements.find(sent, resolver, ctx.quoted)
    cands += statements.find(sent, resolver, ctx)
    kept = []
    for c in cands:
        if _negated(c):
            continue
        reported = c.trigger.dep_ in ("ccomp", "relcl") or c.trigger.pos_ == "NOUN"
        if c.type != STATEMENT and is_hypothetical(c.trigger, reported) or c.type == MEETING and _habitual(c.trigger):
            continue
        c.roles = [(m, r) for m, r in c.roles if m.entity.type != PLACE]
        if c.type == MEETING:  # "speaking to IRNA", "told CNN in an interview": an outlet is no party to talks
            c.roles = [(m, r) for m, r in c.roles if not resolver.is_media(m.entity, m.text)]
        c.status = OCCURRED if c.type == STATEMENT else status_of(c.trigger)
        c.tense = tense_of(c.trigger)
        c.place = c.place or place_of(c, resolver)  # a rule may have set it ("met A in X and B in Y": one each)
        kept.append(c)
    for c in kept:  # "agreed on Monday to ..., sealing a deal": the participle restates the governing event
        if c.trigger.tag_ == "VBG" and c.trigger.dep_ in ("advcl", "xcomp", "conj"):
            up = {c.trigger.head.i, c.trigger.head.head.i if c.trigger.head.dep_ == "xcomp" else -1}
            gov = next((o for o in kept if o.trigger.i in up and o.type == c.type and o is not c), None)
            if gov is not None:
                c.status = gov.status
    for c in kept:  # "signed a deal during a visit to Hanoi", "agreed ... after talks in Geneva": that venue
        if c.place is None and c.type != STATEMENT:
            hosts = {o.i for p in c.trigger.children if p.dep_ == "prep" and p.lower_ in ("during", "at", "on", "after")
                     for o in children(p, "pobj")}
            c.place = next((o.place for o in kept if o.trigger.i in hosts and o.place is not None), None)
    # one trigger, one event: "X and Y vowed to ..." is their agreement, not also a statement
    taken = {c.trigger.i for c in kept if c.type != STATEMENT and (len(c.entities) >= MIN_PARTIES[c.type]
                                                                    or c.collective)}
    kept = [c for c in kept if c.type != STATEMENT or c.trigger.i not in taken]
    return _merge_sentence(kept)


# "The meeting took place at X", "The talks were hosted by Y": a sentence about the meeting just told
SETTING_VERBS = HOSTING_VERBS | {"take", "hold"}
RECENT_SENTENCES = 3


def _describe_last_meeting(sent: Sentence, found: list[Candidate], resolver: Resolver) -> None:
    """'X and Y met on Monday. The meeting took place at Al-Salam Palace and was hosted by Z': a sentence
    whose subject is the definite meeting noun (and which names no other event) adds its venue, host or
    chairs and its evidence to the latest occurred meeting of the last sentences."""
    target = next((c for c in reversed(found) if c.type == MEETING and c.status == OCCURRED), None)
    if target is None or sent.index - target.sentence.index > RECENT_SENTENCES:
        return
    for tok in sent.tokens:
        if tok.lemma_.casefold() not in MEETING_NOUNS or tok.dep_ not in ("nsubj", "nsubjpass") \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
                or any(c.dep_ == "prep" and c.lower_ in ("between", "with", "of") for c in tok.children):
            continue
        verbs = [tok.head, *children(tok.head, "conj")]
        verbs = [v for v in verbs if v.lemma_.casefold() in SETTING_VERBS and v.tag_ in ("VBD", "VBN")
                 and not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall") for a in v.children)]
        # "The meeting took place at X", or the noun's own venue: "The meeting at X, which lasted three hours, ..."
        settled = bool(verbs) or tok.head.tag_ == "VBD"  # told in the past: the meeting just reported
        place = next((p for v in [*verbs, *([tok] if settled else [])] for o in prep_objects(v, "at")
                      for p in [place_entity(o, resolver)] if p is not None and p.type != COUNTRY), None) \
            or next((p for v in verbs for o in prep_objects(v, "in") for p in [place_entity(o, resolver)]
                     if p is not None and p.type != COUNTRY), None)
        hosts = [m for v in verbs if v.lemma_.casefold() != "take" for a in children(v, "agent")
                 for o in children(a, "pobj") for m in resolver.actors(o, agent=True) if m.entity.type != PLACE]
        if place is None and not hosts:
            continue
        if place is not None and (target.place is None or target.place.country and not place.country):
            target.place = place  # a venue is more precise than its city
        have = {m.entity.key for m, _ in target.roles}
        target.roles.extend((m, HOST) for m in hosts if m.entity.key not in have)
        if all(s.index != sent.index for s in target.extra):
            target.extra.append(sent)
        return


def _add_attendees(sent: Sentence, cands: list[Candidate], found: list[Candidate], resolver: Resolver,
                   quoted: set[int]) -> list[Candidate]:
    """'X and Y held talks on Monday. The talks were attended by A and B': the people an attendance clause
    names sit in the meeting it refers to (its own sentence's, else the occurred meeting just told); the
    clause is no meeting of its own ('A and B also took part in the talks' does not make A meet B)."""
    for att in attendance.find(sent, resolver, quoted):
        clause = {t.i for t in att.verb.subtree}
        own = [] if att.within else [c for c in cands if c.type == MEETING and c.trigger.i in clause]
        here = [c for c in cands if c.type == MEETING and c.status == OCCURRED and c not in own
                and c.trigger.i < att.verb.i and not (att.told and _arrival(c.trigger))]
        # "The talks were attended by A": the talks, not the welcome at the airport told in between
        told = [c for c in found if c.type == MEETING and c.status == OCCURRED and len(c.entities) >= 2
                and sent.index - c.sentence.index <= RECENT_SENTENCES and not (att.told and _arrival(c.trigger))]
        target = here[-1] if here else told[-1] if told else None
        if target is None or att.within and not here or _side_session(target.trigger):
            continue  # a participle belongs to its own sentence's meeting; people joining a lunch or a
            # tete-a-tete make a session of their own
        add_roles(target.roles, att.people, PARTICIPANT)
        if all(s.index != sent.index for s in [target.sentence, *target.extra]):
            target.extra.append(sent)
        cands = [c for c in cands if c not in own]
    return cands


# Words of an arrival: a welcome on landing is a ceremony of its own, apart from the talks
ARRIVAL_WORDS = {"arrive", "arrival", "airport", "airbase", "tarmac", "land", "landing", "disembark"}


def _arrival(trigger: Token) -> bool:
    """'was welcomed at the airport by A', 'greeted on arrival by A', 'arrived in X, where she was received by A':
    a reception verb whose own phrases, or the clause it hangs on, tell an arrival (not 'received B, who had
    arrived on Sunday': a relative clause about the guest)."""
    if trigger.lemma_.casefold() not in RECEPTION_VERBS:
        return False
    near = [*trigger.ancestors, *(t for p in trigger.children if p.dep_ in ("prep", "advcl") for t in p.subtree)]
    return any(t.lemma_.casefold() in ARRIVAL_WORDS or t.lower_ in ARRIVAL_WORDS for t in near)


_HABITUAL = {"annually", "regularly", "yearly", "monthly", "weekly", "periodically", "routinely"}


def _habitual(trigger: Token) -> bool:
    """'agreed to meet annually', 'the ministers meet regularly': a practice, not a meeting."""
    return any(c.lower_ in _HABITUAL for c in trigger.children if c.dep_ in ("advmod", "npadvmod")) or any(
        c.lower_ in ("every", "each") for t in trigger.children if t.dep_ == "npadvmod" for c in t.children)


def _negated(c: Candidate) -> bool:
    """A statement whose verb has its own subject is negated only by its own "not" ("..., in which they
    rejected X, spokesman Y said": the parser may hang "said" under the reported verb)."""
    if c.trigger.lower_ == "according":
        return False
    if c.type == STATEMENT and any(t.dep_ in ("nsubj", "nsubjpass") for t in c.trigger.children):
        return any(t.dep_ == "neg" or t.lower_ == "never" for t in c.trigger.children)
    return is_negated(c.trigger)


def _merge_sentence(cands: list[Candidate]) -> list[Candidate]:
    """One event per fact per sentence: 'Turkey committed ... when an agreement was signed between
    Ankara and Moscow' is one agreement; 'X stressed ... and condemned ...' one statement."""
    out: list[Candidate] = []
    for c in cands:
        keys = {e.key for e in c.entities}
        for o in out:
            okeys = {e.key for e in o.entities}
            if o.type == c.type and o.status == c.status and (keys <= okeys or okeys <= keys) and keys and okeys \
                    and not _told_apart(o.trigger, c.trigger) \
                    and not (c.type == AGREEMENT and _two_commitments(o.trigger, c.trigger)) \
                    and not (c.type == MEETING and (_ordered(o.trigger, c.trigger)
                                                    or keys != okeys and _sequenced(o.trigger, c.trigger))):
                _absorb(o, c)
                break
        else:
            out.append(c)
    return [c for c in out if (len(c.entities) >= MIN_PARTIES[c.type] or c.collective and len(c.entities) == 1)
            and not _hosts_only(c)]


def _ordered(a: Token, b: Token) -> bool:
    """'X was greeted by Y with a ceremony, before the pair sat down for talks', 'held a tete-a-tete, after which
    the talks continued': two sessions of one sentence, the clause of one ordered against the other's."""
    clause_a, clause_b = _clause_verb(a), _clause_verb(b)
    return clause_a is not None and clause_b is not None and clause_a.i != clause_b.i \
        and (_in_sequence(a) or _in_sequence(b))


def _sequenced(a: Token, b: Token) -> bool:
    """'A and B had a tete-a-tete, before a dinner C hosted', 'met privately, ahead of a lunch given by C', 'held
    talks, followed by a banquet hosted by C': one session is told in a phrase that orders it against the other's
    clause (the phrase, not a clause of its own, so `_ordered` does not see two clauses)."""
    for x, y in ((a, b), (b, a)):
        stop = {y.i, getattr(_clause_verb(y), "i", y.i)}
        for t in x.ancestors:
            if t.i in stop:
                break
            if t.lower_ in _SEQUENCE_WORDS | {"ahead"} or t.lemma_ == "follow" and t.tag_ == "VBN":
                return True
    return False


def _date_sequenced(cands: list[Candidate]) -> None:
    """'had a tete-a-tete on Wednesday evening, before a dinner X hosted': a session ordered against another of
    its sentence by a phrase, with no time of its own, is on that session's day."""
    for c in cands:
        if c.type != MEETING or c.date is not None or c.status != OCCURRED:
            continue
        dated = next((o for o in cands if o is not c and o.type == MEETING and o.date and len(o.date) == 10
                      and o.status == OCCURRED and _sequenced(o.trigger, c.trigger)), None)
        if dated is not None:
            c.date, c.date_raw = dated.date, dated.date_raw


def _date_legs(cands: list[Candidate], published: str | None) -> None:
    """'met A in X on Monday and B in Y on Tuesday': each leg of a trip takes the day told within it (the parse
    links every day to the one verb)."""
    for c in cands:
        if c.leg is None:
            continue
        lo, hi = c.leg
        ent = next((e for e in c.trigger.doc.ents if e.label_ == "DATE" and lo <= e.start and e.end <= hi), None)
        said = resolve_date(date_expression(ent), published, future=c.status == PLANNED) if ent is not None else None
        if said is not None:
            c.date, c.date_raw = said.value, ent.text


def _told_apart(a: Token, b: Token) -> bool:
    """Two clauses that each carry their own time ("X visited Y in December, and the pair met again in
    March"): two events of the same parties, not one told twice."""
    clause_a, clause_b = _clause_verb(a), _clause_verb(b)
    if clause_a is None or clause_b is None or clause_b.i not in {t.i for t in clause_a.conjuncts}:
        return False  # only coordinated clauses: "set to meet X on Friday, their second meeting this year" is one
    times_a, times_b = _clause_times(clause_a), _clause_times(clause_b)
    return bool(times_a) and bool(times_b) and times_a != times_b


_OWN_OBJECT_DEPS = ("dobj", "xcomp", "ccomp")


def _two_commitments(a: Token, b: Token) -> bool:
    """'signed 12 agreements and agreed to raise trade': coordinated agreeing verbs, each with its own
    object, are two agreements ('signed and ratified the treaty' shares one object: one agreement)."""
    if a.pos_ != "VERB" or b.pos_ != "VERB" or b.i not in {t.i for t in a.conjuncts}:
        return False
    return all(any(c.dep_ in _OWN_OBJECT_DEPS or c.dep_ == "prep" and c.lower_ == "on" for c in t.children)
               for t in (a, b))


def _clause_verb(tok: Token) -> Token | None:
    return next((t for t in [tok, *tok.ancestors] if t.pos_ in ("VERB", "AUX")), None)


def _clause_times(verb: Token) -> set[str]:
    """The time phrases of this verb's own clause (not of a clause inside it, nor a year naming a
    document: "bringing into force the 2025 Memorandum")."""
    return {ent.text.casefold() for ent in verb.doc.ents if ent.label_ == "DATE"
            and verb.left_edge.i <= ent.root.i <= verb.right_edge.i
            and ent.root.dep_ not in ("compound", "nummod", "amod", "nmod", "poss")
            and getattr(_clause_verb(ent.root.head), "i", None) == verb.i}


def _hosts_only(c: Candidate) -> bool:
    """'X and Y had hosted five rounds of talks between the two rivals' with the rivals unresolved: the
    hosts did not meet each other."""
    return c.type == MEETING and all(role == HOST for _m, role in c.roles)


def _absorb(into: Candidate, other: Candidate) -> None:
    have = {m.entity.key for m, _ in into.roles}
    for m, r in other.roles:
        if m.entity.key not in have:
            into.roles.append((m, r))
            have.add(m.entity.key)
    if other.leg is not None and into.leg is None:  # "toured X, Y and Z, meeting A in Y": the leg's own town
        into.place, into.leg = other.place or into.place, other.leg
    into.place = into.place or other.place
    into.mode = into.mode or other.mode
    if other.content and other.content != into.content and into.type == STATEMENT:
        into.content = f"{into.content} {other.content}" if into.content else other.content
    if into.date is None and other.date is not None:
        into.date, into.date_raw = other.date, other.date_raw
    for s in [other.sentence, *other.extra]:
        if s.index != into.sentence.index and all(s.index != x.index for x in into.extra):
            into.extra.append(s)
    into.tense = into.tense if into.tense != "none" else other.tense


def _note_groups(sent: Sentence, cands: list[Candidate], resolver: Resolver, ctx: QuoteContext) -> None:
    """Coordinated subjects ("Russia and Turkey ...") and multi-party events form groups for 'the two sides'."""
    for tok in sent.tokens:  # also objects: "spoke with A and B", "his Thai and Cambodian counterparts, A and B"
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") and any(c.dep_ == "conj" for c in tok.children) \
                and tok.i not in ctx.quoted:
            resolver.note_group([m.entity for m in resolver.actors(tok)])
    for c in cands:
        resolver.note_group(c.entities)


def _thing_done(subject: Token) -> bool:
    """'The joint statement was released', 'The talks were held': a passive subject that is a document or a
    meeting (its issuers or people are not the one a following 'he' continues; 'The minister is expected' is)."""
    return subject.lemma_.casefold() in DOCUMENT_NOUNS | AGREEMENT_NOUNS | MEETING_NOUNS


def _update_salience(sent: Sentence, cands: list[Candidate], resolver: Resolver, ctx: QuoteContext) -> None:
    """Record who was mentioned, grouped, met and spoke, for the next sentences' coreference."""
    mentions = []
    for ent in span_ents(sent.span):
        if ent.label_ in ("PERSON", "ORG") and ent.root.i not in ctx.quoted:
            found = resolver.actor(ent.root)
            if found is not None:
                mentions.append(found)
    resolver.note_mentions(mentions)
    # the main clause's subject is the most salient person for a following "he"/"she"
    for tok in sent.tokens:
        if tok.head.dep_ == "ROOT" and tok.i not in ctx.quoted and (tok.dep_ == "nsubj" or tok.dep_ == "nsubjpass"
                                                                   and not _thing_done(tok)):
            resolver.note_mentions([m for m in resolver.actors(tok) if m.entity.type == PERSON][:1])
    # "A telephoned B to thank him, the Prime Minister's Office said. He also spoke to C": under a closing
    # attribution by an office, the reported clause's subject is the one a following "he" continues
    root = sent.span.root
    if root.lemma_ in SPEECH_VERBS and not any(m.entity.type == PERSON for t in children(root, "nsubj")
                                               for m in resolver.actors(t)):
        for clause in children(root, "ccomp"):
            for tok in children(clause, "nsubj"):
                if tok.i not in ctx.quoted:
                    resolver.note_mentions([m for m in resolver.actors(tok) if m.entity.type == PERSON][:1])
    _note_groups(sent, [c for c in cands if c.type in (MEETING, AGREEMENT)], resolver, ctx)
    for c in cands:
        if c.type in (MEETING, AGREEMENT):
            resolver.note_event_parties(c.entities)
        if c.type == MEETING and c.status == OCCURRED:
            resolver.note_meeting(c.entities)
    for group in resolver.resolved_groups:  # named again: "with each leader" keeps the pair salient
        resolver.note_group(group)
    for c in cands:
        if c.type == STATEMENT:
            speakers = [m for m, r in c.roles if r == "speaker"]
            resolver.note_mentions(speakers)
            ctx.last_speakers = speakers
            # "X said in a statement", "X and Y said ... in a rare joint statement"
            if any(t.lemma_.casefold() in DOCUMENT_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "in"
                   for t in c.trigger.subtree):
                resolver.note_issuers([m.entity for m in speakers])
    for tok in sent.tokens:
        if tok.lemma_.casefold() not in DOCUMENT_NOUNS or tok.i in ctx.quoted:
            continue
        if tok.dep_ == "dobj" and tok.head.lemma_.casefold() in ISSUE_VERBS:
            issuers = [m.entity for m in verb_subjects(tok.head, resolver)]  # "X issued a joint statement"
            if issuers:
                resolver.note_issuers(issuers)
                continue
        if any(a.lower_ in ("joint", "common") for a in tok.children):
            resolver.note_issuers([m.entity for m in resolver.actors(tok)])


# ---- the next sitting of a recurring format ------------------------------------------------------

# Nouns for one sitting of a recurring format: a meeting only when ordered ("the next round", "the sixth session")
SITTING_NOUNS = {"round", "session", "edition", "sitting", "ministerial", "trilateral", "plenary"}
# Verbs that set a sitting in time or place ("will take place", "is scheduled for", "agreed to hold", "will host")
SITTING_VERBS = HOLD_VERBS | SETTING_VERBS | {"schedule", "set", "plan", "due", "expect", "be", "convene", "reconvene"}


def _next_sitting(noun: Token) -> str:
    """'the next summit' ("next"), 'the sixth round', 'the 16th Joint Commission' ("ordinal"): a sitting ordered
    after others; "" otherwise ('the first summit' starts a format, it follows none)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    mods = [c for c in noun.children if c.dep_ in ("amod", "advmod", "nummod")]
    if any(c.lower_ == "next" for c in mods):
        return "next"
    return "ordinal" if any(c.ent_type_ == "ORDINAL" and c.lower_ not in ("first", "1st") for c in mods) else ""


_OPEN_QUESTION = {"when", "whether", "if"}  # and "where", unless relative ("Lima, where the next summit will be held")


def _own_sitting(noun: Token) -> bool:
    """A sitting of a meeting format: a meeting noun ('the next summit'), or a round or session of one ('the next
    round of talks', 'the commission's next session', 'the sixth round'); not another body's ('the next
    parliamentary session')."""
    if noun.lemma_.casefold() not in SITTING_NOUNS:
        return True
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.lower_ != "next"
            and c.ent_type_ != "ORDINAL"]
    return not mods or any(o.lemma_.casefold() in MEETING_NOUNS for o in prep_objects(noun, "of"))


def _sitting_noun(trigger: Token) -> Token | None:
    """The ordered sitting a meeting trigger names: itself, the round or session it is 'of', or the object of a
    holding verb ('agreed to hold their next meeting in X')."""
    held = children(trigger, "dobj") if trigger.pos_ == "VERB" else []
    for tok in (trigger, trigger.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None, *held):
        if tok is not None and tok.dep_ == "prep":
            tok = tok.head
        if tok is not None and _next_sitting(tok):
            return tok
    return None


def _as_countries(mentions: list, resolver: Resolver) -> list | None:
    """The parties of a format as the states they act for ('the ministers agreed to hold their next meeting in
    X': the format's members meet, whoever represents them); None when one of them has no known state."""
    states = [resolver.country_of(m.entity) for m in mentions]
    if any(s is None for s in states):
        return None
    out, seen = [], set()
    for m, state in zip(mentions, states):
        if state.key not in seen:
            seen.add(state.key)
            out.append(m if m.entity.key == state.key else Mention(state, state.name, inferred=True))
    return out


def _plan_next_sittings(cands: list[Candidate], found: list[Candidate], resolver: Resolver) -> None:
    """'The two countries agreed to hold their next round of talks in X in May': the next sitting is planned,
    and its parties are the format's member states (left as found when their states are not known)."""
    for c in cands:
        noun = _sitting_noun(c.trigger) if c.type == MEETING else None
        if noun is None or is_negated(c.trigger) or _next_sitting(noun) != "next" and (
                c.status != PLANNED or status_of(_clause_verb(noun) or noun) != PLANNED):
            continue  # an ordinal alone orders nothing in time: "hosted X for the second annual summit"
        current = _current_sitting(noun.lemma_.casefold(), found)
        if current is not None and not _same_format(noun, current):
            continue  # "the next OPEC Ministerial Meeting" in a story of two members' talks: another format
        mentions = [m for m, _ in c.roles]
        members = _as_countries(mentions, resolver)
        current = current if members is None else None
        if current is not None and all(m.entity.type == PERSON for m in mentions):
            # "the ministers agreed to hold their next meeting": one envoy for each member state of the format
            states = _as_countries([m for m, _ in current.roles], resolver) or []
            if len(states) == len(mentions) and _nationalities(c.roles, resolver) <= {m.entity.key for m in states}:
                members = states
        if members is not None and len(members) >= MIN_PARTIES[MEETING]:
            c.status = PLANNED
            c.roles = [(m, PARTICIPANT) for m in members]


def _next_sittings(sent: Sentence, found: list[Candidate], resolver: Resolver, ctx: QuoteContext) -> list[Candidate]:
    """'The next summit will take place in X in 2027', 'the 16th Joint Commission, which is scheduled for X':
    a planned sitting that names no parties is one of the format the article told, between its member states
    (the people, when one of them is to host it)."""
    out = []
    for noun in sent.tokens:
        if noun.i in ctx.quoted or not _next_sitting(noun) or children(noun, "conj"):
            continue  # "the next X and Y Meeting": which sitting is named the parse does not tell
        lemma = noun.lemma_.casefold()
        verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else []
        verbs += [v for v in children(noun, "relcl", "acl")]
        if not any(v.lemma_.casefold() in SITTING_VERBS for v in verbs) or is_negated(noun) \
                or any(is_negated(v) or is_hypothetical(v, True) for v in verbs) \
                or any(c.lower_ in _OPEN_QUESTION or c.lower_ == "where" and v.dep_ != "relcl"
                       for v in verbs for c in v.children if c.dep_ in ("advmod", "mark")) \
                or not any(status_of(v) == PLANNED for v in verbs) and status_of(noun) != PLANNED:
            continue
        current = _current_sitting(lemma, found)
        if current is None or not _same_format(noun, current) or not (_own_sitting(noun) or _told_kind(noun, current)):
            continue
        hosts = [m for v in verbs if v.lemma_.casefold() in HOSTING_VERBS for m in verb_subjects(v, resolver)]
        if any(m.entity.type == PERSON for m in hosts):
            continue  # "he would host the next summit": whose summit (a bloc's, the pair's) the host does not say
        members = _as_countries([m for m, _ in current.roles], resolver) or []
        roles = [(m, HOST) for m in hosts]
        add_roles(roles, [Mention(m.entity, m.text, inferred=True) for m in members], PARTICIPANT)
        if len(members) < MIN_PARTIES[MEETING] or len({m.entity.key for m, _ in roles}) < MIN_PARTIES[MEETING]:
            continue
        c = Candidate(MEETING, noun, sent, roles, "meeting.next", status=PLANNED)
        c.tense = tense_of(noun)
        # "the 16th Commission, which is scheduled to take place in X": the place of the clause that sets it
        chain = [t for v in verbs for t in [v, *children(v, "xcomp")]]
        c.place = place_of(c, resolver) or next((p for v in chain for o in prep_objects(v, "in", "at")
                                                 for p in [place_entity(o, resolver)] if p is not None), None)
        out.append(c)
    return out


def _told_kind(noun: Token, current: Candidate) -> bool:
    """'held a joint session ... the next joint session will take place in X': a sitting described by the same
    words as the sitting the article told is the next one of that format ('the next parliamentary session' after
    'a joint session' is another body's)."""
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.lower_ != "next"
            and c.ent_type_ != "ORDINAL"}
    lemma = noun.lemma_.casefold()
    return any(t.lemma_.casefold() == lemma and mods <= {c.lower_ for c in t.children}
               for s in [current.sentence, *current.extra] for t in s.tokens if t.i != noun.i)


def _same_format(noun: Token, current: Candidate) -> bool:
    """'the next G20 summit', 'the next OPEC Ministerial Meeting': a sitting named by a format's proper name
    belongs to the sitting told only if that told it by the same name."""
    names = {w.lower_ for mod in noun.children if mod.dep_ in ("compound", "nmod", "amod") and mod.pos_ == "PROPN"
             for w in mod.subtree if not w.is_punct}
    told = {t.lower_ for s in [current.sentence, *current.extra] for t in s.tokens}
    if noun.pos_ == "PROPN":  # "the next Ministerial Meeting": the capitalised name, as told ("Binational Cabinet")
        start = noun.i
        while start > 0 and noun.doc[start - 1].pos_ == "PROPN" and noun.doc[start - 1].head.i == noun.i:
            start -= 1
        name = noun.doc[start : noun.i + 1].text.casefold()
        if not any(name in s.text.casefold() for s in [current.sentence, *current.extra]):
            return False
    return names <= told


def _current_sitting(lemma: str, found: list[Candidate]) -> Candidate | None:
    """The sitting the article is about: for a generic noun ('the next summit', 'the next round') the first
    occurred meeting of the story's lead; for a format's own name ('the 16th Joint Commission') the first
    occurred meeting or agreement told with that name ('signed at the close of the 15th Joint Commission')."""
    told = [c for c in found if c.type in (MEETING, AGREEMENT) and c.status == OCCURRED and c.mode != "phone"
            and len(c.entities) >= MIN_PARTIES[c.type]]
    if lemma in MEETING_NOUNS | SITTING_NOUNS:
        return next((c for c in told if c.type == MEETING and c.lead), None)
    return next((c for c in told if any(t.lemma_.casefold() == lemma for s in [c.sentence, *c.extra]
                                        for t in s.tokens)), None)


# ---- whole article -----------------------------------------------------------------------------

def _country_view(c: Candidate, resolver: Resolver) -> frozenset[str]:
    return frozenset((resolver.country_of(e) or e).key for e in c.entities)


def _compatible(a: Candidate, b: Candidate, resolver: Resolver) -> bool:
    if a.type != b.type or a.type == STATEMENT or a.status != b.status:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if a.place and b.place and a.place.key != b.place.key and not _venue_in_town(a, b, resolver):
        return False
    if a.type == AGREEMENT and a.sentence.index != b.sentence.index and \
            a.trigger.pos_ == "VERB" and b.trigger.pos_ == "VERB":
        return False  # two agreeing clauses are two commitments ("agreed to X", later "also agreed to Y")
    if a.type == AGREEMENT and a.sentence.index == b.sentence.index and _two_commitments(a.trigger, b.trigger):
        return False  # ... also in one sentence ("signed six accords and agreed to raise trade")
    if (a.mode == "phone") != (b.mode == "phone") and (a.place or b.place):
        return False  # a phone call and a meeting in a city are two events
    if a.type == MEETING and a.sentence.index != b.sentence.index and _side_session(a.trigger) != \
            _side_session(b.trigger):
        return False  # the talks and, in another sentence, a lunch or tete-a-tete of the same people that day
    keys_a, keys_b = {e.key for e in a.entities}, {e.key for e in b.entities}
    if keys_a == keys_b:
        return True
    people_a = {e.key for e in a.entities if e.type == PERSON}
    people_b = {e.key for e in b.entities if e.type == PERSON}
    if people_a and people_b and not (people_a <= people_b or people_b <= people_a):
        return False  # different people from the same two countries met separately
    # "The Defence Ministers of Turkey and Russia" and "Akar ... his Russian counterpart Shoigu"
    return _country_view(a, resolver) == _country_view(b, resolver)


_SEQUENCE_WORDS = {"before", "after", "then", "later", "earlier", "subsequently", "afterwards", "following", "prior"}


def _venue_in_town(a: Candidate, b: Candidate, resolver: Resolver) -> bool:
    """'held talks in Tehran on Tuesday' and 'met for three hours at the Foreign Ministry': one meeting of exactly
    the same people that day, told once with its town and once with its venue. A reception, or a session told
    as before/after another, is a session of its own ('received at the palace ... before the talks')."""
    if a.type != MEETING or not a.date or len(a.date) != 10 or a.date != b.date:
        return False
    people_a = {e.key for e in a.entities if e.type == PERSON}
    if len(people_a) < 2 or people_a != {e.key for e in b.entities if e.type == PERSON}:
        return False
    if _broad_place(a.place, resolver) == _broad_place(b.place, resolver):
        return False
    return not any(_in_sequence(c.trigger) or c.trigger.lemma_.casefold() in RECEPTION_VERBS
                   or _side_session(c.trigger) for c in (a, b))


def _broad_place(place: Entity, resolver: Resolver) -> bool:
    """A town, region or country (a venue, a palace or ministry, is not)."""
    known = resolver.gazetteer.place(place.name)
    return known is not None and known.kind in ("city", "region", "country")


def _in_sequence(trigger: Token) -> bool:
    """'then held talks', 'met before the banquet', 'later received': a session ordered against another."""
    verb = _clause_verb(trigger) or trigger
    return any(t.lower_ in _SEQUENCE_WORDS for v in {trigger, verb} for t in v.children
               if t.dep_ in ("advmod", "prep", "mark", "npadvmod"))


def _side_session(trigger: Token) -> str:
    """The kind of side session a meeting trigger reports ("" for the talks themselves): the trigger or what
    it governs directly says so ("held a tete-a-tete", "hosted a state banquet for", "a courtesy call on")."""
    near = [trigger, *trigger.children]
    near += [o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    near += [m for t in list(near) if t.dep_ in ("dobj", "pobj", "attr", "nsubj", "nsubjpass") or t is trigger
             for m in t.children if m.dep_ in ("amod", "compound", "advmod")]
    # words in order, hyphenated ones whole ("a one-on-one meeting"), so format phrases read too
    text = " ".join(hyphenated_word(t) for t in sorted(set(near), key=lambda t: t.i))
    return "/".join(sorted(side_session_kinds(text)))


def _merge_article(found: list[Candidate], resolver: Resolver) -> list[Candidate]:
    """Mentions of the same meeting or agreement in several sentences become one event."""
    out: list[Candidate] = []
    for c in found:
        described = _meeting_discussed(c, out)
        if described is not None:
            _absorb(described, c)
            continue
        for o in out:
            if _compatible(o, c, resolver):
                venue = o.place and c.place and o.place.key != c.place.key and _broad_place(o.place, resolver)
                _absorb(o, c)
                if venue:
                    o.place = c.place  # the venue rather than its town
                break
        else:
            out.append(c)
    for c in out:
        if c.type == AGREEMENT:
            _add_signatories(c, out, resolver)
    return out


# Verbs that tell what was said at a meeting ("The two ministers discussed ...", "... reviewed ties").
DISCUSSION_VERBS = {"discuss", "review"}


def _meeting_discussed(c: Candidate, told: list[Candidate]) -> Candidate | None:
    """'A paid a courtesy call on B on Wednesday. The two ministers discussed X.': a sentence that tells only what
    the people of the meeting told in the sentence before discussed, with no time or place of its own, describes
    that meeting (whatever kind of session it was, phone calls included)."""
    if c.type != MEETING or c.trigger.lemma_.casefold() not in DISCUSSION_VERBS or c.date_raw or c.place is not None:
        return None
    people = {e.key for e in c.entities if e.type == PERSON}
    if len(people) < 2:
        return None
    return next((o for o in reversed(told) if o.type == MEETING and o.status == c.status
                 and any(s.index == c.sentence.index - 1 for s in [o.sentence, *o.extra])
                 and people <= {e.key for e in o.entities}), None)


_EARLIER_DOCUMENT = {"original", "previous", "earlier", "first", "former", "old", "existing", "last", "prior"}


def _signing_restated(trigger: Token) -> bool:
    """'The accord was signed by A and B', 'The protocol, signed by A and B at ...': a passive signing whose
    subject is a definite agreement noun tells who signed an agreement told before."""
    if trigger.tag_ != "VBN" or not children(trigger, "agent"):
        return False
    nouns = [trigger.head] if trigger.dep_ == "acl" else children(trigger, "nsubjpass")
    return any(n.lemma_.casefold() in AGREEMENT_NOUNS
               and any(d.dep_ == "det" and d.lower_ in ("the", "this", "these") for d in n.children)
               and not any(m.lower_ in _EARLIER_DOCUMENT or m.ent_type_ == "DATE" for m in n.children
                           if m.dep_ in ("amod", "compound", "nummod", "nmod"))
               for n in nouns)


def _add_signatories(agreement: Candidate, events: list[Candidate], resolver: Resolver) -> None:
    """'A and B on Tuesday signed 12 agreements': an agreement of countries only was made by people too: the
    signatories a next sentence names ('The accord was signed by X and Y'), else the people of the day's
    meeting of those countries."""
    countries = {e.key for e in agreement.entities}
    if agreement.status != OCCURRED or not agreement.date or len(agreement.date) != 10 or len(countries) < 2 \
            or any(e.type != COUNTRY for e in agreement.entities) \
            or any(t.lemma_.casefold() in ("witness", "presence") for t in agreement.sentence.tokens):
        return  # "the two sides exchanged MoUs in the presence of the leaders": the leaders only watched
    signing = next((o for o in events if o.type == AGREEMENT and o is not agreement and _signing_restated(o.trigger)
                    and 0 < o.sentence.index - agreement.sentence.index <= RECENT_SENTENCES
                    and o.date in (None, agreement.date) and _people(o)), None)
    if signing is not None:  # one signatory for each party, none of another country
        people = _people(signing)
        if len(people) == len(countries) and _nationalities(people, resolver) <= countries:
            agreement.roles.extend((m, PARTY) for m, _ in people)
        return
    verb = agreement.trigger.head if agreement.trigger.dep_ == "conj" else agreement.trigger
    if (children(agreement.trigger, "nsubj") or children(verb, "nsubj")) and not agreement.inferred:
        # the named countries did it ("A and B signed"); not "documents were signed" after the talks, nor "the
        # two neighbours signed" read back from the leaders' countries
        agreement.roles.extend((m, PARTY) for m, _ in _day_meeting_people(agreement, countries, events, resolver))


def _people(c: Candidate) -> list:
    return [(m, r) for m, r in c.roles if m.entity.type == PERSON]


def _nationalities(people: list, resolver: Resolver) -> set[str]:
    """The countries the people are stated to act for (a person with none stated adds nothing)."""
    return {v.key for m, _ in people for v in [resolver.country_of(m.entity)] if v is not None}


def _day_meeting_people(agreement: Candidate, countries: set[str], events: list[Candidate],
                        resolver: Resolver) -> list:
    """The people, one for each of the countries, who met that day: of the meeting told in the agreement's own
    sentence, else of the one meeting whose people all have a stated nationality, else of the one meeting where
    only one (the host, often) has none. Two different sets of people at one level: which of them signed is
    not told, so none."""
    levels: list[dict[frozenset, list]] = [{}, {}, {}]
    told_in = {s.index for s in [agreement.sentence, *agreement.extra]}
    for m in events:
        people = _people(m)
        others = [e for e in m.entities if e.type != PERSON and e.key not in countries]
        if m.type != MEETING or m.status != OCCURRED or m.date != agreement.date or others \
                or len(people) != len(countries):
            continue
        views = _nationalities(people, resolver)
        if not views <= countries or len(views) < len(countries) - 1:
            continue
        key = frozenset(m_.entity.key for m_, _ in people)
        if told_in & {s.index for s in [m.sentence, *m.extra]}:
            levels[0][key] = people
        levels[1 if len(views) == len(countries) else 2][key] = people
    for i, level in enumerate(levels):
        if len(level) == 1:
            return next(iter(level.values()))
        if level and i > 0:
            return []
    return []


def _confidence(c: Candidate) -> float:
    score = {"meeting.verb": 0.85, "agreement.verb": 0.85, "statement.verb": 0.85,
             "statement.according": 0.8}.get(c.extractor, 0.75)
    if c.inferred:
        score -= 0.15
    if c.extra and c.type != STATEMENT:
        score += 0.05
    return round(max(0.3, min(score, 0.95)), 2)


def _evidence(s: Sentence, article: Article) -> Evidence:
    return Evidence(article.id, article.text[s.start : s.end], s.start, s.end, s.index)


def _to_event(c: Candidate, article: Article) -> Event:
    """The record passed on: evidence sentences in text order, exact slices of the article text."""
    sents = sorted({s.index: s for s in [c.sentence, *c.extra]}.values(), key=lambda s: s.index)
    return Event(
        type=c.type,
        participants=[Participant(m.entity, r, m.text) for m, r in c.roles],
        evidence=[_evidence(s, article) for s in sents],
        date=c.date,
        date_raw=c.date_raw,
        place=c.place,
        status=c.status,
        mode=c.mode,
        confidence=_confidence(c),
        trigger=c.trigger.text,
        content=c.content,
        extractor=c.extractor,
    )


def _role_facts(registry, sentences: list[Sentence], article: Article) -> list[RoleFact]:
    """Posts the registry split off names ('Defence Minister' of Russia), with the first sentence stating them."""
    out: list[RoleFact] = []
    stated = {(p.key, t) for p, t, of in getattr(registry, "roles", []) if of is not None}
    for person, title, of in getattr(registry, "roles", []):
        if of is None and (person.key, title) in stated:
            continue  # the same post stated with its country elsewhere
        forms = [person.name, *sorted(person.aliases)]
        evidence = None
        for s in sentences:
            text = s.text.casefold()
            if title.casefold() in text and any(f.casefold() in text for f in forms):
                evidence = s
                break
        if evidence is None:
            continue
        out.append(RoleFact(person, title, of, _evidence(evidence, article), article.date_published))
    return out


def _entities(registry, events: list[Event], roles: list[RoleFact]) -> list[Entity]:
    seen: dict[str, Entity] = {}
    for ent in getattr(registry, "entities", []):
        seen.setdefault(ent.key, ent)
    for ev in events:
        for p in ev.participants:
            seen.setdefault(p.entity.key, p.entity)
        if ev.place is not None:
            seen.setdefault(ev.place.key, ev.place)
    for r in roles:
        seen.setdefault(r.person.key, r.person)
        if r.of is not None:
            seen.setdefault(r.of.key, r.of)
    return sorted(seen.values(), key=lambda e: e.key)


@functools.cache
def default_gazetteer():
    """One shared `Gazetteer` for `extract_text` callers that do not bring their own (it takes seconds
    to build and never changes)."""
    from kg.resolve.places import Gazetteer

    return Gazetteer()


def extract_text(nlp, text: str, gazetteer=None, *, published: str | None = None, title: str | None = None,
                 article_id: str = "text") -> ArticleResult:
    """Parse and extract a piece of text (for notebooks and tests): adds the line-break splitter first."""
    prepare_nlp(nlp)
    article = Article(article_id, text, article_id, title=title, date_published=published)
    return extract_article(nlp(text), article, gazetteer or default_gazetteer())
