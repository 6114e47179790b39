"""Meeting rules: 'X met (with) Y', 'X and Y held talks', 'talks between X and Y', 'a summit of the
leaders of X, Y and Z', 'X visited Y', 'X hosted/received Y', 'X spoke by phone with Y'."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.common import (AGREEMENT_NOUNS, HOLD_VERBS, HOSTING_VERBS, MEETING_NOUNS, PHONE_WORDS, SPEECH_VERBS,
                               children, coordinated, entity_of, is_appeal, is_passive, mention_text, prep_objects,
                               subjects_of)
from kg.extract.coref import LEADER_TITLES, Mention, Resolver
from kg.extract.frames import (DELEGATION_NOUNS, GATHERING_NOUNS, SITE_NOUNS, SPLIT_NOUNS, Candidate, add_roles,
                               apposed_doer, countries_named, led_by, span_actor,
                               member_countries, not_venue, noun_parties, post_holder, private_people, separately,
                               verb_subjects, whose_antecedent, with_objects)
from kg.extract.sentences import Sentence
from kg.extract.status import is_negated
from kg.records import COUNTRY, HOST, MEETING, ORGANIZATION, PARTICIPANT, PERSON, VISITOR, Entity

TALK_VERBS = {"talk", "speak", "confer", "negotiate", "consult", "chat", "converse"}
# Talk verbs done with each other: their coordinated subjects talked together, with no partner named after them.
RECIPROCAL_TALK_VERBS = {"chat", "converse", "confer"}
VISIT_VERBS = {"visit", "tour"}
RECEIVE_VERBS = {"host", "receive", "welcome", "greet"}
PHONE_VERBS = {"phone", "telephone", "call", "ring"}
# Verbs of a journey, a meeting only when planned to a capital for talks ("will travel to Lima for talks").
TRIP_VERBS = {"travel", "fly", "head"}
# Heads of a planned act ("is expected to visit", "is due to travel", "plans to visit").
PLAN_HEADS = {"expect", "schedule", "due", "set", "plan", "slate", "go", "intend"}
# Titles of a head of state or government, whom a visit to a capital calls on.
_DEPUTY_TITLE = re.compile(r"\b(vice|deputy|former|ex|first lady)\b", re.IGNORECASE)
# Verbs of parties coming together (again), meetings when two or more parties are the subject.
GATHER_VERBS = {"reconvene", "convene", "regroup", "reunite", "gather", "assemble"}
# What the parties of a gathering verb may convene ("A and B are due to convene a session of the committee").
SESSION_NOUNS = {"session", "meeting", "round"}
# Verbs by which a third party brings the sides of talks together ("talks mediated by X"): a participant.
MEDIATE_VERBS = {"mediate", "broker", "facilitate", "host", "chair", "convene", "sponsor"}
# "attended the talks as observers": present at a meeting without being a party to it.
OBSERVER_NOUNS = {"observer", "witness", "monitor"}
# "called on the minister to discuss trade": a purpose that makes 'called on' a visit, not an appeal.
PURPOSE_VERBS = {"discuss", "review", "explore", "exchange"}
# Prepositions of an event noun that place the doers of the governing verb at the event.
ADJUNCT_PREPS = ("at", "during", "after", "in", "for", "following")
# hung on the verb's object, only the prepositions that cannot open a plan ("a date for talks", "a role in talks")
OBJECT_ADJUNCT_PREPS = ("at", "during", "after", "following")
# Modifiers that make a conversation a meeting in person ("a tete-a-tete conversation", "a one-on-one call").
PRIVATE_MODS = {"tete-a-tete", "tête-à-tête", "one-on-one", "face-to-face", "private", "bilateral", "four-eyes"}
# Verbs whose subjects jointly lead a meeting with partners ("X co-chaired the 2+2 with Y and Z").
COCHAIR_VERBS = {"co-chair", "cochair", "co-host", "cohost", "co-preside"}
# Verbs of leading a sitting that are no light verbs of a meeting noun ("led/presided over the third session of
# the X commission"; the tokenizer splits "co-presided", leaving "presided"); meetings only of a format's sitting.
LEAD_VERBS = {"preside", "lead", "co-preside"}
# Verbs of being somewhere on a visit ("X is in Kenya for a state visit at the invitation of Y"; an arrival
# "on a visit at the invitation of Y" is the journey, the talks with Y are told apart).
STAY_VERBS = {"be", "remain", "stay"}
# Modifiers of a round of talks that tell one sitting ("the next round", "a new round").
ROUND_MODS = {"next", "new", "last", "latest", "previous", "final", "first", "second", "third", "fourth", "fifth"}
# Spans of time spent in talks ("signed after more than two hours of talks").
DURATION_NOUNS = {"minute", "hour", "day", "week", "month", "night", "evening", "morning", "afternoon", "weekend"}
# Verbs that open or close a stretch of time with an event ("began the day with a private meeting").
SEQUENCE_VERBS = {"begin", "start", "open", "end", "close", "conclude", "wrap", "finish", "cap", "round", "kick"}
# Unnamed people who stand for their organisation or country ("met executives of X", "officials from Y").
STAFF_NOUNS = {"executive", "representative", "official", "delegate", "staff", "employee", "manager", "director",
               "management", "leadership", "member", "envoy", "diplomat", "negotiator", "chief", "head", "leader"}
# The office of presiding over a body or its meetings, which one holds for a term.
CHAIR_NOUNS = {"chair", "chairmanship", "chairpersonship", "presidency", "helm"}
# "exchanged views with X": what is exchanged in a conversation.
VIEW_NOUNS = {"view", "opinion", "idea", "assessment"}
# Standing bodies whose sitting two co-chairs lead ("are to co-chair the Joint Trade Committee").
BODY_NOUNS = {"commission", "committee", "council", "forum", "dialogue", "mechanism", "board", "conference"}
# Verbs of wishing: "said he hoped to visit X" is neither a visit nor a plan.
WISH_VERBS = {"hope", "wish", "want", "like", "love", "dream", "aspire"}
# Verbs by which the parties settle on a future sitting ("agreed to convene the committee in May").
AGREE_HEADS = {"agree", "decide", "resolve", "pledge", "undertake", "vow", "promise", "commit", "consent"}
# Participles naming who else sat in a meeting ("a meeting attended by X", "an expanded meeting joined by Y").
ATTEND_VERBS = {"attend", "join"}


def _phone(tok: Token) -> bool:
    """'by phone', 'over the telephone', 'a phone call', 'in a video conference', 'telephonically' (not in a
    coordinated event: "a meeting with X and a telephone conversation with Y")."""
    if tok.lower_ in ("videoconference", "video-conference", "teleconference"):
        return True
    other = {t.i for c in children(tok, "conj") if c.pos_ in ("NOUN", "PROPN") for t in c.subtree}
    for c in tok.subtree:
        if c.i in other:
            continue
        if c.lower_ in PHONE_WORDS or c.lower_ in ("telephonically", "phone", "videoconference"):
            near = c.head.i == tok.i or c.head.head.i == tok.i or c.head.head.head.i == tok.i
            if near or c.head.lemma_ in ("call", "conversation", "conference", "link", "summit"):
                return True
    return False


# Sessions kept to the principals ("a restricted session"): a meeting of its own, not the plenary.
CLOSED_MODS = {"closed-door", "restricted", "closed", "tête-à-tête", "intimate"}
# Media of a remote meeting that are meetings only with a named partner ("a video link with Y").
MEDIUM_NOUNS = {"link", "videolink", "video-link", "teleconference", "video-conference", "videocall", "video-call"}


def is_meeting_noun(tok: Token) -> bool:
    lemma, lower = tok.lemma_.casefold(), tok.lower_
    if lower in ("bilateral", "trilateral") and tok.dep_ == "dobj" and tok.head.lemma_.casefold() in HOLD_VERBS:
        return True  # "held a bilateral with X": the adjective stands for the meeting
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if lower == "discussions" and _partners(tok):
        return True  # "discussions between X and Y" (without a partner: "discussions are under way")
    if lower in ("discussions", "negotiations") and _timed(tok):
        return True  # "after four days of negotiations in Doha": a bounded sitting, not an open-ended process
    if lower == "talks":
        return True
    if lower == "negotiations" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lower_ == "round":
        return True  # "concluded a round of negotiations": one sitting, like "a round of talks" ("16 rounds": many)
    if lemma == "round" and tok.dep_ == "nsubjpass" and tok.head.lemma_.casefold() in HOLD_VERBS and \
            prep_objects(tok, "of"):
        return True  # "the last round of the dialogue was held in Tokyo"
    if lemma == "round" and tok.dep_ == "nsubjpass" and tok.head.lemma_.casefold() in HOLD_VERBS and \
            prep_objects(tok, "between", "among") + prep_objects(tok.head, "between", "among") and \
            any(c.lower_ in ROUND_MODS for c in tok.children):
        return True  # "the last round was held in Muscat between A and B"
    if lemma == "round" and tok.dep_ == "dobj" and tok.head.lemma_.casefold() in HOLD_VERBS and \
            not prep_objects(tok, "of") and any(c.lower_ in ROUND_MODS or c.ent_type_ == "ORDINAL"
                                                for c in tok.children):
        return True  # "agreed to hold the next round in Delhi" ("the next round of talks": the talks tell it)
    if lemma == "audience" and prep_objects(tok, "with"):
        return True  # "had an audience with the Pope", "in an audience with the King"
    if lower == "consultations":
        return True
    if lemma == "session" and _sitting_of_parties(tok):
        return True  # "held consultations with X" (the lemma "consultation" alone is advice, not a meeting)
    if lemma == "session" and _partners(tok) and any(c.lower_ in ("bilateral", "trilateral") for c in tok.children):
        return True  # "took part in a trilateral session with A and B"
    if lemma in ("dialogue", "forum") and tok.dep_ == "dobj" and tok.head.lemma_.casefold() in HOLD_VERBS and any(
            t.ent_type_ == "ORDINAL" for t in tok.doc[tok.left_edge.i : tok.i]):
        return True  # "hosted the seventh A-B-C Foreign Ministers' Dialogue": one sitting of the standing format
    if lemma == "session" and tok.dep_ in ("pobj", "dobj") and any(
            c.lower_ in PRIVATE_MODS | CLOSED_MODS for c in tok.children if c.dep_ in ("amod", "compound")):
        return True  # "the two leaders met in a closed-door session", "A and B held a private session"
    if lemma in MEDIUM_NOUNS and _partners(tok) and (lemma != "link" or any(
            c.lower_ in PHONE_WORDS for c in tok.children if c.dep_ in ("compound", "amod"))):
        return True  # "went over the accord via video link with Y", "a teleconference with A and B"
    if _numbered_sitting(tok):
        return True
    if lemma in CHAT_NOUNS and tok.tag_ == "NN" and tok.dep_ == "dobj" and \
            tok.head.lemma_.casefold() in HOLD_VERBS and (_partners(tok) or _had_together(tok)):
        return True  # "had a short chat with Y", "A and B held a lengthy discussion"
    if lemma not in MEETING_NOUNS or lemma == "talk":
        return False
    if tok.tag_ == "NNS" and lemma in SPLIT_NOUNS and _partners(tok):
        return True  # "held phone calls with A and B": one with each (see `frames.separately`)
    if tok.tag_ in ("NNS", "NNPS") and lemma not in ("negotiation", "consultation") and not lower.endswith(
            ("-tête", "-tete")) and not any(
            c.lower_ in ("separate", "individual", "bilateral") for c in tok.children):
        return False  # "annual summits", "many meetings": generic, not one event ("separate calls" are each one)
    mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma == "conference" and mods & {"press", "news", "donor", "donors", "climate", "security"} and \
            "joint" not in mods:
        return False  # a joint press conference is held by the parties that met
    if lemma == "call" and "courtesy" in mods and prep_objects(tok, "on"):
        return True  # "paid a courtesy call on X": a visit
    if lemma in ("call", "conversation") and mods & PRIVATE_MODS:
        return True  # "the two presidents held a tete-a-tete conversation"
    if lemma in ("call", "conversation") and not (mods & PHONE_WORDS or prep_objects(tok, "with", "between")) and not (
            tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "over") and tok.head.head.pos_ == "VERB") and \
            not (lemma == "conversation" and _had_together(tok)):  # "A and B had a brief conversation" 
        return False  # "X and Y discussed trade in a call": a call of the verb's doers
    return True


# Nouns of an exchange of words that are meetings only with a partner or between the coordinated doers of a light
# verb ("had a short chat with Y", "A and B had a brief discussion"; "a discussion about X is needed" is none).
CHAT_NOUNS = {"chat", "discussion"}


def _had_together(noun: Token) -> bool:
    """'A and B had a brief conversation', 'He and Y held a discussion': the object of a light verb whose
    subject coordinates two or more doers (the exchange was between them)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.casefold() not in HOLD_VERBS:
        return False
    return any(len(coordinated(s)) >= 2 for s in subjects_of(noun.head))


# Standing formats whose numbered sittings are meetings ("their 13th Annual Consultation", "the 15th Binational
# Cabinet", "the fourth Joint Commission session").
FORMAT_NOUNS = BODY_NOUNS | {"cabinet", "consultation", "dialogue", "forum"}


def _numbered_sitting(tok: Token) -> bool:
    """'their 9th Strategic Dialogue', 'the 11th Chile-Argentina Joint Commission held in Mendoza', 'the third Joint
    Committee session': a standing format's sitting counted by an ordinal is one meeting, in the singular
    ("the Fourth Committee", capitalised, names a body, not a sitting)."""
    lemma = tok.lemma_.casefold()
    if tok.tag_ in ("NNS", "NNPS") or not (lemma in FORMAT_NOUNS or lemma == "session" and any(
            c.dep_ == "compound" and c.lemma_.casefold() in FORMAT_NOUNS for c in tok.children)):
        return False
    return any(t.ent_type_ == "ORDINAL" and not t.text[:1].isupper() and tok.i in (t.head.i, t.head.head.i)
               for t in tok.doc[tok.left_edge.i : tok.i])


def _sitting_of_parties(noun: Token) -> bool:
    """'The previous joint session of the two governments was held in Warsaw', 'the last session of the two
    cabinets took place in May': one sitting, told by its place in a series, of the parties named after 'of'
    (a session of a body is the body's, see `_numbered_sitting`)."""
    verb = noun.head
    held = noun.dep_ == "nsubjpass" and verb.lemma_.casefold() in HOLD_VERBS or noun.dep_ == "nsubj" and \
        verb.lemma_.casefold() == "take" and any(o.lower_ == "place" for o in children(verb, "dobj"))
    parties = [o for o in prep_objects(noun, "of") if o.tag_ in ("NNS", "NNPS") or children(o, "conj")]
    return held and bool(parties) and any(c.lower_ in ROUND_MODS for c in noun.children if c.dep_ == "amod")


def _timed(noun: Token) -> bool:
    """'three days of negotiations', 'a night of talks': the noun measured by a span of time."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.casefold() in DURATION_NOUNS


def _partners(noun: Token) -> list[Token]:
    """Objects of 'between/with/among' on a meeting noun, also when the parser hangs the preposition on
    the noun's topic ("a meeting on shipping between A and B", "talks over the border with X")."""
    objs = prep_objects(noun, "between", "with", "among")
    for topic in prep_objects(noun, "on", "over", "about"):
        objs += prep_objects(topic, "between", "among")
    return objs


def _verb_meeting(tok: Token, resolver: Resolver) -> tuple[list, str | None] | None:
    """Participants of a meeting verb, or None when the verb is not used as a meeting."""
    lemma = tok.lemma_.casefold()
    roles: list = []
    if lemma == "meet":
        comma = _comma_subject(tok)
        add_roles(roles, _body_sides(tok, resolver) or (verb_subjects(tok, resolver) if comma is None else [
            m for m in resolver.actors(comma, agent=True) if m.entity.type == PERSON]), PARTICIPANT)
        add_roles(roles, _staff_sides(subjects_of(tok), resolver), PARTICIPANT)
        for obj in children(tok, "dobj", "nsubjpass") + _date_fronted_objects(tok) + _shared_passive_subject(tok) \
                + _name_modifiers(tok):
            found = resolver.actors(obj, agent=True)
            if private_people(obj):  # "met German business leaders": no meeting with Germany
                found = [m for m in found if m.entity.type == PERSON]
            add_roles(roles, found or _late_apposition(tok, obj, resolver) or _staff_of(obj, resolver), PARTICIPANT)
        # "met with the guest, in a meeting attended by Y": those attending are participants
        add_roles(roles, [m for n in prep_objects(tok, "in") if is_meeting_noun(n) for m in _attendees(n, resolver)],
                  PARTICIPANT)
        add_roles(roles, with_objects(tok, resolver, ("with", "between", "among")), PARTICIPANT)
        if len(roles) < 2:
            add_roles(roles, _sidelines_partners(tok, resolver), PARTICIPANT)
        return roles, "phone" if _phone(tok) else None
    if lemma == "sit" and any(c.lower_ == "down" for c in tok.children) and (
            prep_objects(tok, "with") or any(c.lower_ == "together" for c in tok.children)):
        add_roles(roles, verb_subjects(tok, resolver), PARTICIPANT)  # "sat down with X", "A and B sat down together"
        add_roles(roles, with_objects(tok, resolver, ("with",)), PARTICIPANT)
        return roles, None
    if lemma in TALK_VERBS or lemma == "discuss":
        if _inside_told_meeting(tok):
            return None
        partners = with_objects(tok, resolver, ("with",) if lemma == "discuss" else ("with", "to"))
        if lemma == "discuss" and not partners:  # "discussed the situation with X"
            partners = [m for obj in children(tok, "dobj") for m in with_objects(obj, resolver, ("with",))]
        if lemma in TALK_VERBS and not partners and not _phone(tok) and not _again_together(tok, resolver) and \
                not (lemma in RECIPROCAL_TALK_VERBS and _two_sides(tok, resolver)):
            return None
        add_roles(roles, verb_subjects(tok, resolver), PARTICIPANT)
        add_roles(roles, partners, PARTICIPANT)
        return roles, "phone" if _phone(tok) else None
    if lemma in VISIT_VERBS:
        add_roles(roles, verb_subjects(tok, resolver), VISITOR)
        if _meeting_told_within(tok):
            return None
        for obj in children(tok, "dobj"):
            add_roles(roles, [m for m in _visited(obj, resolver) if m.entity.type == COUNTRY or not _met_there(tok)],
                      HOST)
        if len(roles) == 1:
            add_roles(roles, _planned_capital_trip(tok, children(tok, "dobj"), roles[0][0], resolver), HOST)
        add_roles(roles, _visiting_together(tok, roles, resolver), PARTICIPANT)
        if len(roles) >= 2 and all(r == VISITOR for _, r in roles):
            return None  # "the presidents visited a museum": a site toured together, no one called on
        return roles, None
    if lemma == "brief":  # "X briefed Y on the talks (by telephone)": a meeting or call with a named person
        if _purpose_of_talk(tok):
            return None
        people = [m for o in children(tok, "dobj") for m in resolver.actors(o, agent=True) if m.entity.type == "person"]
        if not people:
            return None
        add_roles(roles, verb_subjects(tok, resolver), PARTICIPANT)
        add_roles(roles, people, PARTICIPANT)
        # "briefed X on the talks by telephone": the medium may hang on the topic
        by_phone = _phone(tok) or any(t.lower_ in PHONE_WORDS and t.head.lower_ in ("by", "over", "via")
                                      for t in tok.subtree)
        return roles, "phone" if by_phone else None
    ceremony = _welcome_ceremony(tok)
    if ceremony is not None:  # "X was accorded a welcome ceremony at Y, with Z in attendance"
        guests = children(tok, "nsubjpass") or (children(tok.head, "nsubj", "nsubjpass") if tok.dep_ == "conj" else [])
        add_roles(roles, _ceremony_hosts(ceremony, tok, resolver), HOST)
        add_roles(roles, [m for g in guests for m in resolver.actors(g, agent=True) if m.entity.type == PERSON],
                  VISITOR)
        return (roles, None) if {r for _, r in roles} == {HOST, VISITOR} else None
    if lemma in RECEIVE_VERBS or lemma == "play" and any(o.lemma_ == "host" for o in children(tok, "dobj")) or \
            lemma == "treat" and _meal_to(tok) is not None:  # "treated X to a state banquet"
        # "hosted X for dinner at the Grange, the minister's residence": the parser may add a second object
        objs = prep_objects(tok, "to") if lemma == "play" else children(tok, "dobj", "nsubjpass")
        objs = objs or _date_fronted_objects(tok)  # "X received on Tuesday the Speaker of Y, Z"
        objs = objs or _shared_passive_subject(tok)
        host_np = _host_as_modifier(tok)
        if host_np is not None:
            objs = [tok.head]
        # the verb's own subject; "CITY (AGENCY) - X received Y": the parser may make the dateline one too
        own = [s for s in children(tok, "nsubj") if s.i not in resolver.ignored][:1]
        hosts = apposed_doer(own[0], tok, resolver) or resolver.actors(own[0]) if own and not children(
            tok, "nsubjpass") else verb_subjects(tok, resolver)
        if not hosts and (comma := _comma_subject(tok)) is not None:
            hosts = [m for m in resolver.actors(comma, agent=True) if m.entity.type == PERSON]
        if host_np is not None:
            hosts = [m for m in resolver.actors(host_np, agent=True) if m.entity.type == "person"]
        # "received the two presidents, A and B, for lunch": the names the parser hangs on the verb
        guests = [m for obj in objs for m in (_guests(obj, hosts, resolver) + led_by(obj, resolver)
                                              or _late_apposition(tok, obj, resolver))
                  if m.entity.type in ("person", "country", "organization")]
        if not guests:
            guests = _displaced_guest(tok, hosts, resolver)
        if not guests:
            return None
        add_roles(roles, hosts, HOST)
        add_roles(roles, guests, VISITOR)
        return roles, None
    if lemma in GRANT_VERBS and (audience := _audience(tok)) is not None:
        return _granted_audience(tok, audience, resolver)
    if lemma in COCHAIR_VERBS:  # "X co-chaired the Economic 2+2 with Y and Z" (the parser may hang 'with' anywhere)
        partners = [m for t in [tok, *children(tok, "dobj", "dative")] for m in with_objects(t, resolver, ("with",))]
        if not partners:
            return _cochaired_session(tok, resolver)
        add_roles(roles, verb_subjects(tok, resolver), PARTICIPANT)
        add_roles(roles, partners, PARTICIPANT)
        return roles, None
    if lemma in LEAD_VERBS and not _planned(tok):
        # "A and B co-presided over the third session of the X Council", "A and B led the second round of the
        # X-Y dialogue": the two who led a sitting of a standing format met in it
        return _cochaired_session(tok, resolver)
    if lemma == "exchange" and any(o.lemma_.casefold() in VIEW_NOUNS for o in children(tok, "dobj")):
        # "X exchanged views with Y", "A and B exchanged views on trade": a conversation of named people
        partners = [m for t in [tok, *children(tok, "dobj")] for m in with_objects(t, resolver, ("with",))]
        # "the two leaders exchanged views": a group told before, most often the meeting already reported
        add_roles(roles, [m for m in verb_subjects(tok, resolver) if partners or not m.inferred], PARTICIPANT)
        add_roles(roles, partners, PARTICIPANT)
        roles = [(m, r) for m, r in roles if m.entity.type == "person"]
        return (roles, "phone" if _phone(tok) else None) if len(roles) >= 2 else None
    if lemma == "convene" and any(o.lemma_.casefold() in BODY_NOUNS for o in children(tok, "dobj")):
        # "The two leaders last convened the council in X in June" ("agreed to convene / will convene the
        # committee in May": a plan told as part of another event)
        return None if _agreed_plan(tok) or _planned(tok) else _cochaired_session(tok, resolver)
    if lemma in GATHER_VERBS and all(o.lemma_.casefold() in SESSION_NOUNS for o in children(tok, "dobj")) and \
            not _agreed_plan(tok):
        # "negotiators from both countries are due to reconvene in Stockholm", "leaders, including A, B and
        # C, gathered in Kazan", "A and B will convene a session of the border committee" (unnamed crowds
        # are no parties: "protesters gathered")
        add_roles(roles, verb_subjects(tok, resolver), PARTICIPANT)
        add_roles(roles, with_objects(tok, resolver, ("with",)), PARTICIPANT)
        roles = [(m, r) for m, r in roles if m.entity.type in ("person", "country", "organization")]
        return (roles, None) if len(roles) >= 2 else None
    if lemma in ("bring", "gather") and any(c.lower_ == "together" for c in tok.children) and not (
            tok.tag_ in ("VBZ", "VBP") and not any(s.lemma_.casefold() in GATHERING_NOUNS for s in subjects_of(tok))):
        # ("the format, which brings together A, B and C": what a standing format is, not a meeting)
        # "the summit brought together leaders including A, B and C"
        for obj in children(tok, "dobj"):
            add_roles(roles, resolver.actors(obj, agent=True), PARTICIPANT)
        return (roles, None) if len(roles) >= 2 else None
    if lemma == "join" and is_passive(tok):
        return _joined_by(tok, resolver)
    if lemma == "hold" and not is_passive(tok) and tok.dep_ != "xcomp":
        # "A and B held the eighth session of the A-B Council" (by name: "the sides agreed to hold the next
        # session" is a plan told as part of another event)
        found = _cochaired_session(tok, resolver)
        return found if found and not any(m.inferred for m, _ in found[0]) else None
    if lemma == "call" and _courtesy_call_on(tok, resolver):  # "X called on Premier Li in Beijing": a visit
        # "The visiting minister, X, called on Y", "the Brazilian envoy called on Y": the parser may hang the
        # verb on its subject as a modifier
        comma = _comma_subject(tok) or (tok.head if tok.dep_ == "acl" and tok.tag_ == "VBD" and
                                        tok.head.dep_ == "ROOT" and tok.head.i < tok.i else None)
        add_roles(roles, verb_subjects(tok, resolver) or ([m for m in resolver.actors(comma, agent=True)
                                                           if m.entity.type == PERSON] if comma is not None else []),
                  VISITOR)
        add_roles(roles, [m for o in _called_on(tok) for m in post_holder(o, resolver) or resolver.actors(o, agent=True)],
                  HOST)
        return roles, None
    if lemma in PHONE_VERBS and lemma != "call" or (lemma == "call" and children(tok, "dobj") and not children(
            tok, "oprd", "xcomp") and not is_appeal(tok) and not _bare_on_object(tok)):
        objs = [m for o in children(tok, "dobj") for m in resolver.actors(o) if m.entity.type in ("person", "country")]
        if not objs:
            return None
        add_roles(roles, verb_subjects(tok, resolver), PARTICIPANT)
        add_roles(roles, objs, PARTICIPANT)
        return roles, "phone"
    return None


# What a guest is accorded on arrival: a welcome ceremony, a reception, a guard of honour
WELCOME_NOUNS = {"ceremony", "welcome", "reception", "guard"}
GRANT_VERBS = {"accord", "give", "offer", "extend", "grant"}
HONOUR_NOUNS = {"honour", "honor", "honours", "honors"}
CEREMONY_HOST_VERBS = {"host", "lead", "attend", "preside", "conduct", "perform"}


def _welcome_ceremony(verb: Token) -> Token | None:
    """'X was accorded a welcome ceremony', 'X was given a guard of honour', 'X was welcomed with a traditional
    ceremony': the ceremony a guest was received with (its hosts are told on the noun, see `_ceremony_hosts`)."""
    lemma = verb.lemma_.casefold()
    if lemma in GRANT_VERBS and is_passive(verb):
        nouns = children(verb, "dobj")
    elif lemma == "welcome" and is_passive(verb) and not children(verb, "agent"):
        nouns = prep_objects(verb, "with")
    else:
        return None
    for noun in nouns:
        kind = noun.lemma_.casefold()
        if kind == "guard" and not any(o.lemma_.casefold() in HONOUR_NOUNS for o in prep_objects(noun, "of")):
            continue  # "a guard of honour", not a security guard
        if kind in WELCOME_NOUNS:
            return noun
    return None


def _shared_passive_subject(verb: Token) -> list[Token]:
    """'X arrived in Y and was met at the airport by Z', 'X is scheduled to be received by Z': a passive with no
    subject of its own shares the subject of the verb it hangs on, the guest."""
    if verb.dep_ not in ("xcomp", "conj") or not is_passive(verb) or children(verb, "nsubjpass", "nsubj"):
        return []
    return children(verb.head, "nsubjpass", "nsubj")


# Prepositions of a place or time adjunct that may come between a verb of receiving and its object.
DISPLACING_PREPS = {"at", "in", "on", "upon", "during"}


def _displaced_guest(verb: Token, hosts: list, resolver: Resolver) -> list:
    """'X received at his residence on Friday Sri Lankan President Y', 'X received at the palace HE Minister of
    Z Sheikh Y': with an adjunct before the object, the parser buries the guest's name inside it. The first person
    named after the adjunct, before any clause or object of the verb, is the guest."""
    if verb.i + 1 >= verb.sent.end or verb.doc[verb.i + 1].lower_ not in DISPLACING_PREPS or \
            not children(verb, "nsubj") or is_passive(verb):
        return []
    stop = min([o.i for o in children(verb, "dobj")] + [verb.sent.end])
    keys = {m.entity.key for m in hosts}
    for t in verb.doc[verb.i + 1 : stop]:
        if t.pos_ in ("VERB", "AUX", "SCONJ") or t.text in (".", ";", ":") or t.lower_ == "behalf":
            return []
        if t.ent_type_ == "PERSON" and t.dep_ != "poss" and t.ent_iob_ == "B":
            span = entity_of(t)
            gaz = resolver.gazetteer
            if gaz.demonym(span.text) or gaz.country_by_name(span.text):
                continue  # "Sri Lankan President Y": the tagger may take the demonym for a name
            found = [m for m in resolver.actors(span.root, agent=True) if m.entity.type == PERSON
                     and m.entity.key not in keys]
            if found:
                return found
    return []


def _audience(verb: Token) -> Token | None:
    """'granted an audience to X', 'X was given an audience by the King': the audience a verb of granting gives."""
    return next((o for o in children(verb, "dobj") if o.lemma_.casefold() == "audience"), None)


def _granted_audience(verb: Token, audience: Token, resolver: Resolver) -> tuple[list, None] | None:
    """'The King granted an audience to X' (X received), 'X was granted an audience by/with the Pope': a
    meeting of the person granting it and the one received ("granted an audience to the plaintiffs": a hearing,
    no one named)."""
    if is_passive(verb):
        hosts = [m for a in children(verb, "agent") for o in children(a, "pobj") for m in resolver.actors(o, agent=True)]
        # ("granted an audience by the King": the parser may hang 'by' on the noun)
        hosts += [m for o in prep_objects(audience, "with", "by") for m in resolver.actors(o, agent=True)]
        guests = [m for s in children(verb, "nsubjpass") for m in resolver.actors(s, agent=True)]
    else:
        hosts = verb_subjects(verb, resolver)
        keys = {m.entity.key for m in hosts}
        guests = [m for o in prep_objects(audience, "to") + prep_objects(verb, "to")
                  for m in (_guests(o, hosts, resolver) or _late_apposition(verb, o, resolver)) if m.entity.key not in keys]
    roles: list = []
    add_roles(roles, [m for m in hosts if m.entity.type == PERSON], HOST)
    add_roles(roles, [m for m in guests if m.entity.type in (PERSON, COUNTRY)], VISITOR)
    return (roles, None) if {r for _, r in roles} == {HOST, VISITOR} else None


def _ceremony_hosts(noun: Token, verb: Token, resolver: Resolver) -> list:
    """The people who welcomed a guest with a ceremony: 'a ceremony ... hosted/led by Z', 'with Z in
    attendance', or the passive's agent ('was accorded a reception by Z')."""
    found = [m for m in verb_subjects(verb, resolver) if m.entity.type == PERSON] if children(verb, "agent") else []
    for t in noun.subtree:  # ("at the palace grounds hosted by Z": the parser may hang the participle on the venue)
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.casefold() in CEREMONY_HOST_VERBS:
            found += [m for o in prep_objects(t, "by") for m in resolver.actors(o, agent=True)]
    attended = any(t.lower_ == "attendance" and t.head.lower_ == "in" for t in verb.subtree)
    if attended:  # "with Z and cabinet members in attendance" (on the noun or the verb)
        found += [m for h in (noun, verb) for o in prep_objects(h, "with") for m in resolver.actors(o, agent=True)]
    return [m for m in found if m.entity.type == PERSON]


def _body_sides(verb: Token, resolver: Resolver) -> list:
    """'The Kenya-Uganda Joint Commission will meet in Kampala': the countries a bilateral body's name is made
    of are the sides of its sitting (the body itself is no party)."""
    return [m for s in subjects_of(verb) if s.lemma_.casefold() in BODY_NOUNS for m in member_countries(s, resolver)]


def _staff_sides(subjects: list[Token], resolver: Resolver) -> list:
    """'ECOWAS and AES defence chiefs will meet', 'between Iranian and Saudi security delegations': the bodies or
    countries whose unnamed people (chiefs, officials, delegations) meet, named as modifiers of the staff noun
    (the parser may coordinate the first name with the staff noun itself). A person named there is no side."""
    out: list = []
    for subj in subjects:
        for t in coordinated(subj):
            # ("the Kyrgyz leader met ...": one person, told by the name the noun resolves to)
            if t.lemma_.casefold() not in STAFF_NOUNS | DELEGATION_NOUNS or t.tag_ != "NNS" and \
                    t.lemma_.casefold() not in DELEGATION_NOUNS or any(m.entity.type == PERSON
                                                                      for m in resolver.actors(t)):
                continue
            # ("AU defence chiefs": the name may hang on the noun's own modifier)
            names = [c for c in t.subtree if c.i < t.i and c.dep_ in ("compound", "amod", "nmod", "conj") and
                     (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "ORG", "GPE"))]
            out.extend(m for c in names for m in resolver.actors(c) if m.entity.type in (ORGANIZATION, "country"))
    return out


def _planned(verb: Token) -> bool:
    """'will visit', 'is expected to travel', 'is due to visit', 'plans to fly': an act announced for later
    (not one offered: "accepted an invitation to visit X" is the inviter's, told by its own rule)."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.casefold() in PLAN_HEADS


def _agreed_plan(verb: Token) -> bool:
    """'agreed to convene the committee', 'decided to hold the next session', 'agreed to hold talks and to
    convene ...': a sitting the parties settled on while meeting, a term of that event rather than one of its own."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    return verb.dep_ == "xcomp" and verb.head.lemma_.casefold() in AGREE_HEADS


def _planned_capital_trip(verb: Token, places: list[Token], visitor: Mention, resolver: Resolver) -> list:
    """'X is scheduled to visit Cairo next month', 'X will travel to Lima for talks': the country whose capital a
    planned trip goes to, when the sentence names no one met there ("..., where he will meet Y", "to sign the
    deal" or "for talks with Y" tell whom, read by their own rules or from the article's people)."""
    if not _planned(verb) or len(places) != 1:
        return []
    for t in verb.sent:  # ("after the two countries signed a deal": a time clause names no one met)
        if t.i > verb.i and (t.lemma_.casefold() in ("meet", "where", "when") or is_meeting_noun(t) and _partners(t)
                             or t.pos_ == "VERB" and verb in t.ancestors and any(c.tag_ == "TO" for c in t.children)):
            return []
    gaz = resolver.gazetteer
    cities = coordinated(places[0])
    countries = [gaz.capital_of(mention_text(t)) for t in cities]
    own = resolver.country_of(visitor.entity)
    if None in countries or own is not None and any(gaz.country_entity(c).key == own.key for c in countries):
        return []  # a city that is no capital (the people met there are told) or the visitor's own capital
    out = [Mention(gaz.country_entity(c), mention_text(t)) for c, t in zip(countries, cities)]
    return out + [m for c in out for m in _known_leader(c.entity, resolver)]


def _known_leader(country: Entity, resolver: Resolver) -> list:
    """The one head of state or government of `country` the article has named so far: whom a planned trip
    to its capital is most likely to meet (none when the article names several, or none)."""
    titled = {person.key: person for person, title, of in getattr(resolver.registry, "roles", [])
              if of is not None and resolver.country_of(of) is not None and resolver.country_of(of).key == country.key
              and LEADER_TITLES.search(title or "") and not _DEPUTY_TITLE.search(title or "")}
    seen = [p for p in resolver.state.persons if p.key in titled]
    return [Mention(seen[0], seen[0].name, True)] if len({p.key for p in seen}) == 1 else []


def _trip_for(noun: Token, resolver: Resolver) -> list:
    """'X is expected to travel to Lima in May for a bilateral summit': a planned meeting of the traveller
    with the capital's country (a meeting noun naming no one, the purpose of a journey)."""
    trip = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or trip.lemma_.casefold() not in TRIP_VERBS or _partners(noun):
        return []
    doers = verb_subjects(trip, resolver)
    if len(doers) != 1:
        return []
    hosts = _planned_capital_trip(trip, prep_objects(trip, "to"), doers[0], resolver)
    return [(doers[0], VISITOR)] + [(m, HOST) for m in hosts] if hosts else []


def _again_together(verb: Token, resolver: Resolver) -> bool:
    """'A and B will speak again on May 12', 'the two ministers talked again on Sunday': two or more named
    sides talking again are a conversation with each other (with no 'again', "A and B spoke at the forum" are
    two speeches)."""
    audience = [o for o in prep_objects(verb, "at", "to", "before") if o.ent_type_ not in ("DATE", "TIME")]
    return any(c.lower_ == "again" for c in verb.children) and not audience and \
        sum(m.entity.type in (PERSON, "country") for m in verb_subjects(verb, resolver)) >= 2


def _two_sides(verb: Token, resolver: Resolver) -> bool:
    """'A and B chatted briefly', 'the two presidents conferred': two or more named people or countries as the
    subject of a verb that is done with each other (unlike "A and B spoke at the forum": two speeches)."""
    return sum(m.entity.type in (PERSON, COUNTRY) for m in verb_subjects(verb, resolver)) >= 2


def _inside_told_meeting(verb: Token) -> bool:
    """'held a phone call with X, during which the two discussed trade': the conversation the relative
    clause is in, told by its noun (the clause's "the two" may resolve to any pair)."""
    return verb.dep_ == "relcl" and is_meeting_noun(verb.head) and any(
        p.lower_ in ("during", "in", "at", "over") and any(o.lower_ == "which" for o in children(p, "pobj"))
        for p in children(verb, "prep"))


def _staff_of(obj: Token, resolver: Resolver) -> list:
    """'met executives of X', 'met officials from the IMF': the body whose unnamed people were met."""
    if obj.lemma_.casefold() not in STAFF_NOUNS:
        return []
    return [m for o in prep_objects(obj, "of", "from") for m in resolver.actors(o, agent=True)
            if m.entity.type in (ORGANIZATION, "country")]


def _cochaired_session(verb: Token, resolver: Resolver) -> tuple[list, None] | None:
    """'A and B co-chaired the fifth session of the A-B Joint Commission', 'A and B held the eighth session
    of the A-B Council', 'A and B convened the council', 'The two-day session, co-chaired by A and B, ...',
    'The meeting was co-chaired by A and B': the co-chairs met, with the countries the body is made of as sides."""
    passive = is_passive(verb) or verb.dep_ == "acl" and verb.tag_ == "VBN"
    if passive:  # the sitting is the passive subject or the noun the participle describes
        sittings = children(verb, "nsubjpass") or ([verb.head] if verb.dep_ == "acl" else [])
        # ("The meeting between X and Y was co-chaired by Z": the noun's own rule reads it)
        sessions = [o for o in sittings if GATHERING_NOUNS & {o.lemma_.casefold(), o.lower_} and not _partners(o)]
    else:  # ("presided over the session": the sitting is the object of 'over')
        sessions = [o for o in children(verb, "dobj") + prep_objects(verb, "over") if o.lemma_.casefold() in
                    GATHERING_NOUNS and not is_meeting_noun(o)]
    if verb.lemma_.casefold() in LEAD_VERBS:  # "led the round of applause": only a sitting of a format or talks
        sessions = [o for o in sessions if any(b.lemma_.casefold() in FORMAT_NOUNS or is_meeting_noun(b)
                                               for b in prep_objects(o, "of"))]
    # "A and B are to co-chair the Joint Trade Committee": a sitting of the body (a present "co-chairs
    # the committee" is an office held; one holds a session, not a body)
    bodies = [o for o in children(verb, "dobj") if o.lemma_.casefold() in BODY_NOUNS and not is_meeting_noun(o)
              and verb.tag_ not in ("VBZ", "VBP") and verb.lemma_.casefold() in COCHAIR_VERBS | {"convene"}]
    # ("co-presided": the tokenizer leaves "co" as the verb, "presided" conjoined to it)
    subjects = verb_subjects(verb, resolver) or (verb_subjects(verb.head, resolver) if verb.dep_ in ("xcomp", "conj")
                                                 else [])
    chairs = [m for m in subjects if m.entity.type in (PERSON, "country")]
    if not (sessions or bodies) or len(chairs) < 2:
        return None
    roles: list = []
    add_roles(roles, chairs, PARTICIPANT)
    if sessions:  # (a body named alone: its members are not told)
        add_roles(roles, [m for o in prep_objects(sessions[0], "of") for m in _name_sides(o, resolver)],
                  PARTICIPANT)
    return roles, None


def _name_sides(body: Token, resolver: Resolver) -> list:
    """'of the Ghana–Uruguay Joint Council': the two or more countries a body's name is made of, read off the
    whole phrase (with an en dash the parser may make the first country the object and the body its
    apposition)."""
    sides = member_countries(body, resolver)
    if sides or body.lemma_.casefold() in BODY_NOUNS:
        return sides
    return countries_named([t for a in children(body, "appos") if a.lemma_.casefold() in BODY_NOUNS
                            for t in [body, *a.subtree]], resolver)


def _attendees(noun: Token, resolver: Resolver) -> list:
    """'a meeting attended by Deputy Prime Minister X', 'an expanded meeting joined by A and B', 'the summit,
    which was chaired by X and attended by A and B': the named people who sat in the meeting (a delegation
    joining is the sides' own people, named or not)."""
    return [m for clause in _passive_clauses(noun) if clause.lemma_.casefold() in ATTEND_VERBS
            for o in prep_objects(clause, "by") for m in resolver.actors(o, agent=True) if m.entity.type == PERSON]


def _passive_clauses(noun: Token) -> list[Token]:
    """Participles telling a meeting noun ('the summit, attended by X', 'which was chaired by X and attended by
    Y'), also when the parser hangs the relative clause on the venue or the day named right after the noun
    ('the summit at the Grand Hall, which was attended by X', 'hosted the summit on Friday, which was ...')."""
    venues = [o for o in prep_objects(noun, "at", "in") if o.ent_type_ in ("FAC", "GPE", "LOC", "ORG")]
    days = prep_objects(noun, "on") + (prep_objects(noun.head, "on") if noun.dep_ == "dobj" else []) + (
        prep_objects(noun.head.head, "on") if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" else [])
    venues += [d for d in days if d.ent_type_ == "DATE" and d.i > noun.i]
    clauses = [c for t in [noun, *venues] for c in children(t, "acl", "relcl") if c.tag_ == "VBN"
               and (c.dep_ == "acl" or t is noun or children(c, "nsubjpass"))]
    return clauses + [c for cl in clauses for c in children(cl, "conj") if c.tag_ == "VBN"]


def _date_fronted_objects(verb: Token) -> list[Token]:
    """'X received on Tuesday the Speaker of Y, Z': with the date before the object, the parser hangs the
    object on the date as an apposition."""
    dates = children(verb, "npadvmod") + prep_objects(verb, "on")
    return [a for d in dates if d.ent_type_ in ("DATE", "TIME") for a in children(d, "appos") if a.i > d.i]


def _name_modifiers(verb: Token) -> list[Token]:
    """'... and met A and King B': the parser may read a person named right after the verb as a bare-noun
    modifier (npadvmod) instead of its object; a person's name is never a time or a measure."""
    return [t for t in children(verb, "npadvmod") if t.i > verb.i and t.ent_type_ == "PERSON"
            and not children(verb, "dobj")]


def _comma_subject(verb: Token) -> Token | None:
    """'President X, received on Friday the Speaker of Y, Z': a comma after the subject makes the parser read
    the verb as a modifier of the name; the name, the root of a sentence with no other verb, is the doer."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.dep_ != "ROOT" or head.i > verb.i \
            or verb.doc[verb.i - 1].text != "," or is_passive(verb) or children(verb, "agent"):
        return None
    # "The President of X, Name, received on Tuesday ...": the named apposition of the title is the doer
    doer = head if head.ent_type_ == "PERSON" else next(
        (a for a in children(head, "appos") if a.pos_ == "PROPN" and a.i < verb.i), None)
    return doer if children(verb, "dobj") or prep_objects(verb, "with", "on") or _date_fronted_objects(verb) else None


def _wished(verb: Token) -> bool:
    """'said he hoped to visit X', 'wants to meet Y': a wish, no meeting held or planned."""
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lemma_.casefold() in WISH_VERBS or head.lower_ in ("hoped", "hopes", "hoping"))


def _told_by_verb(noun: Token) -> bool:
    """'X met with Y on Monday, in a meeting attended by Z', 'the two ministers met ..., in the first visit to
    X by a minister of Y': the noun restates the meeting the verb tells, whose rule reads it."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.casefold() == "meet" and \
        noun.head.head.pos_ == "VERB"


def _guests_journey(noun: Token) -> bool:
    """'X received Y, who is paying an official visit to Z', 'X met Y, who is in Z on a state visit': the visit
    told of the guest is the journey the meeting is part of, not a meeting of its own with Z."""
    if noun.lemma_.casefold() != "visit":
        return False
    clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
    if clause is None or not any(c.lower_ in ("who", "which") for c in children(clause, "nsubj")):
        return False
    verb = clause.head.head if clause.head.dep_ == "dobj" else clause.head.head.head if clause.head.dep_ == "pobj" \
        else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.casefold() in RECEIVE_VERBS | {"meet"}


def _meeting_told_within(visit: Token) -> bool:
    """'X last visited Y in 2024, when he held talks with Z', 'had visited Y in May, where he met Z', 'A and B last
    held a summit in 2023, when X travelled to C and met Y': the meeting the 'when/where' clause tells (on its verb
    or a verb coordinated with it) is what the visit or the countries' meeting was; no second meeting."""
    return _told_meeting_clause(visit) is not None


def _told_meeting_clause(verb: Token) -> Token | None:
    """The 'when/where' clause after `verb` that tells a meeting (on its own verb or one coordinated with it)."""
    for t in verb.subtree:
        clause = t.head
        if t.lower_ in ("when", "where") and t.dep_ == "advmod" and clause.i > verb.i and any(
                v.lemma_.casefold() == "meet" or any(is_meeting_noun(o) for o in children(v, "dobj"))
                for v in [clause, *children(clause, "conj")] if v.pos_ == "VERB"):
            return clause
    return None


def _countries_met_within(noun: Token, found: tuple) -> bool:
    """'India and the UK last held a summit in July, when X travelled to London and met Y': a meeting noun whose
    only sides are countries, held by a verb whose 'when' clause tells the named people who met (read by the verb's
    own rule), is that meeting told twice ("when their foreign ministers met": no one named, the countries stay)."""
    roles = found[0]
    if noun.dep_ != "dobj" or not roles or any(m.entity.type != COUNTRY for m, _ in roles):
        return False
    clause = _told_meeting_clause(noun.head)
    return clause is not None and any(t.ent_type_ == "PERSON" for t in clause.subtree)


def _met_there(visit: Token) -> bool:
    """'paid a visit to the parliament and met Speaker X', 'visited the ministry and held talks with Y': the
    people met are told by the next verb; the body toured (whatever type its unknown name got) is only where
    they were met. A country visited stays the host."""
    # (the next verb shares the visitor: "visited X, and the pair met again in Y" is another meeting)
    return any(c.lemma_.casefold() == "meet" or c.lemma_.casefold() in TALK_VERBS
               or any(is_meeting_noun(o) for o in children(c, "dobj"))
               for c in children(visit, "conj") if not children(c, "nsubj", "nsubjpass"))


def _counted_trip(noun: Token) -> bool:
    """'X, on his second visit to Y as premier, said', 'in the first visit by a minister of X since 2019': a trip
    counted among the visitor's trips describes the journey whose meetings the article tells, not one of its own
    (a planned "will make his first visit to Y" is announced as an event)."""
    if noun.lemma_.casefold() != "visit" or not any(
            c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ == "maiden") for c in noun.children):
        return False
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is None or not _planned(verb)


def _joined_by(verb: Token, resolver: Resolver) -> tuple[list, None] | None:
    """'They were later joined by their delegations, including A and B': the named members joined the
    meeting of the subject ("they", "the two leaders": the parties of the meeting told last)."""
    # "were joined in an expanded session by A and B": the parser may hang "by" on the session
    agents = children(verb, "agent") + [p for n in prep_objects(verb, "in", "at", "for") for p in children(n, "prep")
                                        if p.lower_ == "by"]
    joiners = [m for a in agents for o in children(a, "pobj")
               for m in resolver.actors(o, agent=True) + [x for inc in o.children if inc.lower_ == "including"
                                                          for p in children(inc, "pobj") for x in resolver.actors(p, agent=True)]
               if m.entity.type == PERSON]
    if not joiners:
        return None
    subjects = [m for s in children(verb, "nsubjpass") for m in resolver.actors(s, agent=True)]
    if len(subjects) < 2 and any(s.lower_ in ("they", "leaders", "pair", "sides") for s in children(verb, "nsubjpass")):
        subjects = [Mention(e, e.name, True) for e in resolver.state.last_meeting]
    if len(subjects) < 2:
        return None
    roles: list = []
    add_roles(roles, subjects, PARTICIPANT)
    add_roles(roles, joiners, PARTICIPANT)
    return roles, None


def _each_with(verb: Token, roles: list, resolver: Resolver, noun: Token | None = None) -> list[list] | None:
    """'X met on Tuesday with A, and with B at the Congress', 'X held talks with A, and later with B' (the first
    'with' on the verb's meeting noun `noun`): one meeting with each repeated 'with'."""
    firsts = [p for t in ([noun] if noun is not None else []) + [verb] for p in children(t, "prep") if p.lower_ == "with"]
    preps = firsts + [c for p in firsts for c in children(p, "conj") if c.lower_ == "with"]
    if len(preps) < 2:
        return None
    doers = {m.entity.key for m in verb_subjects(verb, resolver)}
    mine = [(m, r) for m, r in roles if m.entity.key in doers]
    out = []
    for p in preps:
        group: list = list(mine)
        add_roles(group, [m for o in children(p, "pobj") for m in post_holder(o, resolver) or resolver.actors(o, agent=True)],
                  PARTICIPANT)
        out.append(group)
    return out if mine and all(len(o) > len(mine) for o in out) else None


def _purpose_of_talk(verb: Token) -> bool:
    """'spoke by phone with X on Sunday to brief him on the text': the purpose of a conversation already
    told, not a second one."""
    # the clause may hang on the verb or on its partner ("spoke with X, on Sunday, to brief him")
    head = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
    return head is not None and any(c.tag_ == "TO" for c in verb.children) \
        and head.lemma_.casefold() in TALK_VERBS | PHONE_VERBS | {"meet", "visit", "call", "hold", "have"}


def _joined_meeting(noun: Token, verb: Token, resolver: Resolver) -> list:
    """'X joined (part of) the talks by video link': the definite talks are the meeting told last, whose
    parties X joined."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
    if verb.lemma_.casefold() != "join" or verb.tag_ != "VBD" or not definite:  # "expected to join the talks": which?
        return []
    return [Mention(e, noun.text, True) for e in resolver.state.last_meeting]


def _when_doers(verb: Token, resolver: Resolver) -> list:
    """'The last round was held in Beijing in August, when A and B agreed to ...': the people of the
    'when' clause were at the meeting."""
    for t in verb.subtree:
        if t.lower_ == "when" and t.dep_ == "advmod" and t.head.pos_ == "VERB" and t.head.i > verb.i:
            people = [m for m in verb_subjects(t.head, resolver) if m.entity.type == PERSON]
            return people if len(people) >= 2 else []
    return []


def _visiting_together(visit: Token, roles: list, resolver: Resolver) -> list:
    """'X visited the memorial with Y' (the parser may hang 'with' on the site): Y, a person of another
    country than the visitors, went with them ("visited Japan with his wife" is one side's entourage)."""
    own = {c.key for m, _ in roles for c in [resolver.country_of(m.entity)] if c is not None}
    found = [m for t in [visit, *children(visit, "dobj")] for m in with_objects(t, resolver, ("with",))]
    return [m for m in found if m.entity.type == "person" and (c := resolver.country_of(m.entity)) is not None
            and c.key not in own]


def _sidelines_partners(verb: Token, resolver: Resolver) -> list:
    """'X met on the sidelines of the visit with Y': the parser may hang the partner on the frame's noun."""
    out = []
    for frame in prep_objects(verb, "on", "at"):
        if frame.lemma_.casefold() in ("sideline", "sidelines", "margin", "margins"):
            out.extend(m for t in frame.subtree if t.lower_ == "with" and t.dep_ == "prep"
                       for o in children(t, "pobj") for m in resolver.actors(o, agent=True))
    return out


def _host_as_modifier(verb: Token) -> Token | None:
    """'X on Wednesday hosted European leaders, including A and B, ...': the parser may read the verb as a
    modifier of its object and X as a bare noun phrase. The named head of that phrase is the host."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.head.i < verb.i:
        return None
    own = [c for c in children(verb, "nsubj") if c.i < verb.i and c.pos_ == "PROPN"]
    if own and verb.tag_ == "VBD":
        return own[0]  # "Boko hosted Ramaphosa at a banquet": the parser kept the subject on the modifier
    prev = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if prev is not None and prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head.i == verb.head.i and \
            verb.head.ent_type_ == "PERSON":
        return prev  # or glued it to the guest's name ("Ruto hosted Museveni": one name to the parser)
    if any(t.dep_ == "det" and t.i < verb.i for t in verb.head.children):
        return None  # "the hosted leaders"
    root = verb.sent.root
    if root.pos_ != "PROPN" or root.i > verb.i or root.ent_type_ != "PERSON" or \
            root.i not in {a.i for a in verb.ancestors}:
        return None
    return root


def _late_apposition(verb: Token, obj: Token, resolver: Resolver) -> list:
    """'met the council president for March, Denmark's X, to discuss ...': the name set off by a comma
    after an unnamed object, which the parser hangs on the verb instead of the object."""
    for c in verb.children:
        # ("..., His Highness X,": the name is the style's own apposition, or one the tagger missed, a person
        # only if the resolver knows it as one)
        name = c if c.ent_type_ == "PERSON" or c.dep_ == "appos" and c.pos_ == "PROPN" else next(
            (a for a in children(c, "appos") if a.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)
        if c.dep_ in ("npadvmod", "appos") and c.i > obj.i and name is not None and \
                verb.doc[c.left_edge.i - 1].text == ",":
            return [m for m in resolver.actors(name, agent=True) if m.entity.type == "person"]
    return []


def _visited(obj: Token, resolver: Resolver) -> list:
    """Who a visit to `obj` calls on: a country or person named; a city is only the venue ("visited
    Washington", "a visit to Tokyo": the capital's country is no party when the article names whom they met)."""
    place = resolver.gazetteer.place(mention_text(obj))
    if place is not None and place.kind in ("city", "region", "site") or obj.lemma_.casefold() in SITE_NOUNS:
        return []  # ("visited the Institute of Tropical Medicine": a site toured)
    return not_venue(obj, [m for m in resolver.actors(obj, agent=True) if m.entity.type != "place"])


def _called_on(call: Token) -> list[Token]:
    """Whom 'called on' names: the object of 'on', or the name the parser takes for the verb's object after a
    bare 'on' ("called on Chief Adviser X at the guest house": 'on' left with no object of its own)."""
    return _bare_on_object(call) or [o for o in prep_objects(call, "on") if o.ent_type_ not in ("DATE", "TIME")]


def _bare_on_object(call: Token) -> list[Token]:
    """'called on Chief Adviser X': the object the parser hangs on the verb right after an 'on' left bare."""
    bare = [c.i for c in call.children if c.lower_ == "on" and c.dep_ in ("prep", "prt") and not list(c.children)]
    return [o for o in children(call, "dobj") if o.left_edge.i - 1 in bare]


def _courtesy_call_on(call: Token, resolver: Resolver) -> bool:
    """'called on X' with a person as X and nothing asked of them ("called on X to withdraw" is an appeal)."""
    hosts = _called_on(call)
    # "called on X on Wednesday to discuss trade": the purpose of a visit (an appeal asks for an act); "called on
    # X and reviewed the preparations for the visit": a coordinated clause asks nothing of X
    aside = {t.i for v in children(call, "advcl") if v.lemma_.casefold() in PURPOSE_VERBS for t in v.subtree} | {
        t.i for v in children(call, "conj") if v.pos_ in ("VERB", "AUX") for t in v.subtree}
    if not hosts or children(call, "xcomp", "ccomp") or any(o.i not in {h.i for h in hosts}
                                                            for o in children(call, "dobj")) or any(
            (t.tag_ == "TO" or t.lower_ in ("for", "over")) and t.i not in aside
            for t in call.doc[hosts[0].i : call.sent.end]):
        return False
    found = post_holder(hosts[0], resolver) or resolver.actors(hosts[0], agent=True)
    return bool(found) and all(m.entity.type == "person" for m in found)


MEAL_NOUNS = {"dinner", "lunch", "luncheon", "breakfast", "banquet", "supper", "tea"}
MEAL_VERBS = {"host", "give", "offer", "throw", "have", "hold", "attend", "share", "co-host"}


def _meal_to(verb: Token) -> Token | None:
    """'hosted X to a working lunch', 'treated X to a state banquet': the meal a guest was hosted to."""
    if verb.lemma_.casefold() not in ("host", "treat"):
        return None
    return next((o for o in prep_objects(verb, "to") if o.lemma_.casefold() in MEAL_NOUNS), None)


def _meal_meeting(tok: Token, resolver: Resolver) -> list | None:
    """'X hosted a dinner for Y', 'X had lunch with Y', 'a working breakfast with Y': a meal with a named
    guest is a meeting (a meal alone is not)."""
    whose = [m for c in tok.children if c.dep_ == "poss" for m in whose_antecedent(c, resolver)]
    if whose and tok.lemma_.casefold() in MEAL_NOUNS:  # "X, whose lunch with Y ran over, said"
        roles: list = []
        add_roles(roles, whose, PARTICIPANT)
        add_roles(roles, [m for o in prep_objects(tok, "with") for m in resolver.actors(o, agent=True)], PARTICIPANT)
        return roles if len(roles) >= 2 else None
    if tok.lemma_.casefold() in MEAL_NOUNS and (offered := _offered_by(tok)) is not None:
        return _meal_offered(tok, offered, resolver)
    # "before a dinner X hosted for his guests": the meal told by a relative clause of its host
    played = _played_host_to(tok)  # "played host to a working lunch for X"
    verb = next((r for r in children(tok, "relcl") if r.lemma_.casefold() in OFFER_VERBS and children(r, "nsubj")),
                tok.head if tok.dep_ in ("dobj", "nsubjpass") else played)
    if tok.lemma_.casefold() not in MEAL_NOUNS or verb is None or verb.lemma_.casefold() not in MEAL_VERBS and \
            verb is not played:
        return None
    hosting = verb.lemma_.casefold() in OFFER_VERBS or verb is played
    doers = verb_subjects(verb, resolver)
    # "hosted a luncheon in honour of X and his delegation" (the parser may hang "of X" on the meal or the verb),
    # "a banquet in the King's honour"
    honoured = [o for h in prep_objects(tok, "in") + prep_objects(verb, "in")
                if h.lemma_.casefold() in ("honour", "honor")
                for o in prep_objects(h, "of") or prep_objects(h.head.head, "of") or prep_objects(tok, "of")
                or children(h, "poss")]
    # "offered a working breakfast to Y": the one a meal is given to
    given = prep_objects(verb, "to") if hosting and verb.lemma_.casefold() != "host" else []
    guests = [m for o in prep_objects(tok, "for", "with") + prep_objects(verb, "with", "for") + honoured + given
              for m in (_guests(o, doers, resolver) if hosting else resolver.actors(o, agent=True))
              if m.entity.type in ("person", "country", "organization")]
    if not guests:
        return None
    roles: list = []
    add_roles(roles, doers, HOST if hosting else PARTICIPANT)
    add_roles(roles, guests, VISITOR if hosting else PARTICIPANT)
    return roles


OFFER_VERBS = {"host", "give", "offer", "throw", "co-host"}


def _played_host_to(meal: Token) -> Token | None:
    """'X played host to a working lunch': the verb 'play' whose 'host' the meal is given by."""
    verb = meal.head.head
    if meal.dep_ == "pobj" and meal.head.lower_ == "to" and verb.lemma_.casefold() == "play" and any(
            o.lemma_.casefold() == "host" for o in children(verb, "dobj")):
        return verb
    return None
# Nouns that tell a guest by their standing as one ("his guest", "her guests", "the visitors").
GUEST_NOUNS = {"guest", "visitor"}


def _guests(obj: Token, hosts: list, resolver: Resolver) -> list:
    """Whom a host received or entertained: the people `obj` names other than the hosts; told only by
    description ('his guest', 'her guests', 'the visiting dignitary', 'the visiting leaders'), the others
    of the latest group the one host was part of (the article told whom he met before)."""
    keys = {m.entity.key for m in hosts}
    found = [m for m in resolver.actors(obj, agent=True) if m.entity.key not in keys]
    if obj.lemma_.casefold() in DELEGATION_NOUNS and obj.tag_ == "NN" and found and all(
            m.entity.type == COUNTRY for m in found):
        # "a working lunch for the Ghanaian delegation": the side, and the one leader of it the article named
        # ("for the two delegations": the sides)
        found += [m for c in found for m in _known_leader(c.entity, resolver)]
    described = obj.pos_ == "NOUN" and (
        obj.lemma_.casefold() in GUEST_NOUNS and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
        or any(c.dep_ == "amod" and c.lower_ == "visiting" for c in obj.children))
    if found or not described or len(hosts) != 1 or hosts[0].entity.type != PERSON:
        return found
    # (one guest for a singular noun, two or more for a plural one)
    return [Mention(e, mention_text(obj), True)
            for e in resolver.partners_of(hosts[0].entity, plural=obj.tag_ == "NNS")]
FOLLOW_VERBS = {"follow", "precede"}


def _offered_by(meal: Token) -> Token | None:
    """'a working lunch hosted by X': the participle that names the meal's host ("by X"), or None."""
    return next((a for a in children(meal, "acl") if a.tag_ == "VBN" and a.lemma_.casefold() in OFFER_VERBS
                 and prep_objects(a, "by")), None)


def _meal_offered(meal: Token, offered: Token, resolver: Resolver) -> list | None:
    """'a dinner hosted by X in honour of Y'; 'The talks were followed by a working lunch hosted by X': the
    guests are the people of the talks the meal followed (named there, or the talks told last); 'Y attended a
    dinner hosted by X': Y."""
    hosts = [m for o in prep_objects(offered, "by") for m in resolver.actors(o, agent=True)
             if m.entity.type in (PERSON, "country")]
    honoured = [o for h in prep_objects(meal, "in") + prep_objects(offered, "in", "for")
                if h.lemma_.casefold() in ("honour", "honor") for o in prep_objects(h, "of")]
    guests = [m for o in prep_objects(meal, "for", "with") + prep_objects(offered, "for", "with") + honoured
              for m in resolver.actors(o, agent=True)]
    verb = meal.head.head if meal.dep_ == "pobj" and meal.head.lower_ == "by" else None
    talks = [s for s in children(verb, "nsubjpass", "nsubj") if is_meeting_noun(s)] if verb is not None and \
        verb.lemma_.casefold() in FOLLOW_VERBS else []
    if not guests and talks:
        guests = noun_parties(talks[0], resolver)
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in talks[0].children)
        if not guests and definite:
            guests = [Mention(e, talks[0].text, True) for e in resolver.state.last_meeting]
    if meal.dep_ == "dobj" and meal.head.lemma_.casefold() in ATTEND_VERBS:
        # "he attended a state banquet hosted by X", "joined a working dinner given by X": who came is the guest
        guests += verb_subjects(meal.head, resolver)
    host_keys = {m.entity.key for m in hosts}
    guests = [m for m in guests if m.entity.key not in host_keys and m.entity.type in (PERSON, "country", ORGANIZATION)]
    if not hosts or not guests:
        return None
    roles: list = []
    add_roles(roles, hosts, HOST)
    add_roles(roles, guests, VISITOR)
    return roles


def _noun_meeting(tok: Token, resolver: Resolver) -> tuple[list, str | None]:
    roles: list = []
    head = tok.head
    hosting = tok.dep_ == "dobj" and head.lemma_.casefold() in HOSTING_VERBS
    inviters = _inviters(tok, resolver) if tok.lemma_.casefold() == "visit" else []
    if tok.lemma_.casefold() == "visit":  # "a visit to China": the host, before the other noun parties
        for obj in prep_objects(tok, "to"):  # "a visit to Tokyo": a venue, not the host
            add_roles(roles, _visited(obj, resolver), HOST)
        add_roles(roles, inviters, HOST)
        stay = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for") else None
        if inviters and stay is not None and stay.lemma_.casefold() in STAY_VERBS:
            add_roles(roles, verb_subjects(stay, resolver), VISITOR)  # "X is on a working visit ... at the invitation of Y"
    if tok.lemma_.casefold() == "call" and any(c.lower_ == "courtesy" for c in tok.children):
        # "X paid a courtesy call on Y": Y received X
        if tok.dep_ == "dobj" and head.lemma_.casefold() in RECEIVE_VERBS:
            # "X received a courtesy call from Y": X is the host
            add_roles(roles, verb_subjects(head, resolver), HOST)
            callers = prep_objects(tok, "from") or prep_objects(head, "from")
            add_roles(roles, [m for o in callers for m in resolver.actors(o, agent=True)], VISITOR)
            return roles, None
        # "a courtesy call on the Head of State, His Highness X,": the name the parser hangs on the call noun
        # ("on the speaker of X's parliament, Y": the holder named after the post, not the body)
        add_roles(roles, [m for o in prep_objects(tok, "on") for m in post_holder(o, resolver)
                          or _late_apposition(tok, o, resolver) or resolver.actors(o, agent=True)], HOST)
        if tok.dep_ == "dobj":
            add_roles(roles, verb_subjects(head, resolver), VISITOR)
        elif tok.dep_ == "pobj" and head.lower_ in (*ADJUNCT_PREPS, "with", "before") and head.head.pos_ == "VERB":
            # "flew home after a courtesy call on X", "started the day with a courtesy call on X": the doer visited
            add_roles(roles, verb_subjects(head.head, resolver), VISITOR)
        return roles, None
    # ("their 15th Joint Commission": the body whose sitting it is is no party to it)
    add_roles(roles, [m for m in noun_parties(tok, resolver) if not (_numbered_sitting(tok) and m.entity.type ==
              ORGANIZATION and FORMAT_NOUNS & set(m.entity.name.casefold().split()))], PARTICIPANT)
    add_roles(roles, _group_partners(tok, resolver), PARTICIPANT)
    if len(roles) < 2 and _numbered_sitting(tok):  # "the 9th Mexico-Guatemala Binational Commission held in X"
        add_roles(roles, member_countries(tok, resolver), PARTICIPANT)
    own = bool(roles)  # the sides the noun names itself (mediators and attendees are not sides)
    for ap in children(tok, "appos"):  # "the talks, the first between A and B in five years, were held"
        add_roles(roles, [m for o in prep_objects(ap, "between", "among") for m in resolver.actors(o, agent=True)],
                  PARTICIPANT)
    for topic in prep_objects(tok, "on", "over", "about"):  # "a meeting on shipping between A and B"
        add_roles(roles, [m for o in prep_objects(topic, "between", "among")
                          for m in resolver.actors(o, agent=True)], PARTICIPANT)
    # "indirect talks mediated by X and Y" (the participle may hang on the light verb): the mediators took part
    # ("six hours of talks hosted by X": the parser may hang the participle on the span of time)
    spans = [tok, head.head] if _timed(tok) else [tok]
    verbal = [a for t in spans for a in children(t, "acl")] + (children(head, "advcl") if tok.dep_ == "dobj" else [])
    verbal += [c for c in _passive_clauses(tok) if c not in verbal]  # "the summit, which was chaired by X"
    for acl in verbal:
        if acl.lemma_.casefold() in MEDIATE_VERBS and acl.tag_ == "VBN":
            add_roles(roles, [m for o in prep_objects(acl, "by") for m in resolver.actors(o, agent=True)],
                      PARTICIPANT)
            # "after hours of talks hosted by X": a host's talks are told as its own event, most often apart
            own = own or acl.lemma_.casefold() == "host"
    add_roles(roles, _attendees(tok, resolver), PARTICIPANT)
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("dobj", "attr") and \
            head.head.lemma_.casefold() in CHAIR_NOUNS:
        pass  # "when Italy holds the rotating chair of the ministers' meeting": an office, not a sitting
    elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("dobj", "attr") and \
            head.head.lemma_.casefold() not in MEETING_NOUNS and head.head.head.lemma_.casefold() in HOLD_VERBS:
        # "attend the heads of state summit", "attended the opening session of the summit"
        head = head.head.head
        hosting = head.lemma_.casefold() in HOSTING_VERBS
        add_roles(roles, verb_subjects(head, resolver), HOST if hosting else PARTICIPANT)
        if len(roles) == 1:  # "X joined part of the talks"
            add_roles(roles, _joined_meeting(tok, head, resolver), PARTICIPANT)
    elif tok.dep_ == "nsubjpass" and head.lemma_.casefold() in HOLD_VERBS:  # "the talks were attended by X"
        if not roles:  # "talks were held in Doha between A and B delegations": the sides hang on the verb
            between = prep_objects(tok, "between", "among") + prep_objects(head, "between", "among")
            add_roles(roles, with_objects(head, resolver, ("between", "among")) or _staff_sides(between, resolver),
                      PARTICIPANT)
        doers = verb_subjects(head, resolver)
        if not roles and _staff_of_last_meeting(tok, head, doers, resolver):
            doers = []
        when = [] if doers or any(m.entity.type == PERSON for m, _ in roles) else _when_doers(head, resolver)
        if when:  # the body's name stands for the people who met in it
            roles = [(m, r) for m, r in roles if m.entity.type != ORGANIZATION]
            doers = when
        # "The meeting was co-chaired by A and B": co-chairs of a meeting no one else is named at are its sides
        cochairs = head.lemma_.casefold() in COCHAIR_VERBS and not roles
        add_roles(roles, doers, HOST if head.lemma_.casefold() in HOSTING_VERBS and not cochairs else PARTICIPANT)
    elif tok.dep_ in ("dobj", "attr") and (head.lemma_.casefold() in HOLD_VERBS or
                                           head.lemma_.casefold() == "pay" and tok.lemma_.casefold() == "visit"):
        # "paid a state visit to China": the subject visits
        doer = HOST if hosting else VISITOR if tok.lemma_.casefold() == "visit" and head.lemma_ != "host" else PARTICIPANT
        doers = [] if _as_observers(head) else verb_subjects(head, resolver)
        if hosting and sum(m.entity.type in ("person", "country") for m in doers) >= 2 and not roles and \
                not _partners(tok) and tok.lower_ != "talks":
            doer = PARTICIPANT  # "A and B co-chaired the summit": the co-hosts met there
        add_roles(roles, doers, doer)
        if len(roles) == 1:  # "X joined the talks by video link"
            add_roles(roles, _joined_meeting(tok, head, resolver), PARTICIPANT)
        # "held talks in Cairo on Wednesday with X": the partner hangs on the light verb
        add_roles(roles, with_objects(head, resolver, ("with",)), VISITOR if hosting else PARTICIPANT)
    elif tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.casefold() == "play" and any(
            o.lemma_.casefold() == "host" for o in children(head.head, "dobj")):
        # "X played host to the summit, which was attended by A and B": the host sat in it
        add_roles(roles, verb_subjects(head.head, resolver), HOST)
    elif (shared := _shared_hold_verb(tok)) is not None and not _as_observers(shared):
        # "held a meeting with X, and a telephone conversation with Y": the second noun shares the verb
        add_roles(roles, verb_subjects(shared, resolver), PARTICIPANT)
    elif not roles and (trip := _trip_for(tok, resolver)):
        roles = trip
    elif (prep := _adjunct_prep(tok, own)) is not None and (len(roles) < 2 or _taking_part(prep)) and \
            not is_negated(verb := _clause_verb(prep)):
        # "X, Y and Z agreed on Friday ... at a summit", "in a phone call with Y, X discussed ...",
        # "A and B agreed ... following bilateral talks" (the parser makes 'following' a verb):
        # the doers of the governing verb were at the meeting
        subjects = [] if _event_subject(verb) else verb_subjects(verb, resolver)
        if not roles and _restated(tok) and subjects and (all(m.inferred for m in subjects) or not any(
                m.entity.type == PERSON for m in subjects) and resolver.state.last_meeting):
            # "Following the talks, the two governments signed ...", "After the bilateral meeting, A and B signed"
            # (countries, with a meeting told before): the talks told before, by the people who met
            subjects = []
        if prep.head.i != verb.i and prep.lower_ not in OBJECT_ADJUNCT_PREPS:
            # a call hung deep in the object ("finalized the agenda of X in a call"): the doers must be
            # named, as a group read off earlier sentences is too loose a guess at that distance
            subjects = [m for m in subjects if not m.inferred]
        if len(subjects) + len(roles) >= 2:
            add_roles(roles, subjects, PARTICIPANT)
    if tok.lemma_.casefold() == "visit" and tok.dep_ == "dobj" and _met_there(head):
        roles = [(m, r) for m, r in roles if r == VISITOR or m.entity.type == COUNTRY]
    if any(m.entity.type == "person" for m in inviters):
        # "a state visit to China at the invitation of President Xi": the inviter is the host, not the country
        roles = [(m, r) for m, r in roles if m.entity.type != "country"]
    # "took part in a session with A and B by video link": the medium may hang on the verb
    joined_remotely = tok.dep_ == "pobj" and _taking_part(tok.head) and _phone(tok.head.head)
    mode = "phone" if _phone(tok) or tok.lemma_.casefold() == "call" or joined_remotely else None
    return roles, mode


# Nouns of events that a clause may set in time against another ("the announcement came after X's visit").
EVENT_NOUNS = GATHERING_NOUNS | AGREEMENT_NOUNS | {"trip", "tour", "announcement", "decision", "move", "signing"}


def _event_subject(verb: Token) -> bool:
    """'The A-B meeting came four months after X's visit to Y', 'the deal follows X's trip': the subject is
    itself an event, so the names it carries are that event's parties, not doers of the one in the adjunct."""
    # ("The A–B meeting came ...": the parser may make the first name the subject and the noun its apposition)
    # (a passive's subject is what was done: "the accord was signed by A and B after a meeting")
    return not is_passive(verb) and any(t.lemma_.casefold() in EVENT_NOUNS and t.pos_ == "NOUN" for s in subjects_of(verb)
               for t in [s, *children(s, "appos")])


def _group_partners(noun: Token, resolver: Resolver) -> list:
    """'hosted a meeting of Gulf ministers with A, B and C', 'a meeting of the bloc's leaders with X': the
    parser hangs the group's partners on the group's noun; they sat in the meeting."""
    return [m for g in prep_objects(noun, "of") if g.lemma_.casefold() in STAFF_NOUNS | {"minister"}
            for m in with_objects(g, resolver, ("with",))]


def _shared_hold_verb(noun: Token) -> Token | None:
    """'held a meeting with X, and a telephone conversation with Y': the light verb of the first meeting noun,
    which the second shares (the parser coordinates the second with the first noun or with the verb)."""
    if noun.dep_ != "conj":
        return None
    head = noun.head
    if head.dep_ == "dobj" and head.head.lemma_.casefold() in HOLD_VERBS and is_meeting_noun(head):
        return head.head
    if head.pos_ == "VERB" and head.lemma_.casefold() in HOLD_VERBS and any(
            is_meeting_noun(o) for o in children(head, "dobj") if o.i < noun.i):
        return head
    return None


def _adjunct_prep(noun: Token, framed: bool) -> Token | None:
    """The preposition that sets a meeting noun beside a clause whose doers were at the meeting: 'at a
    summit', 'following bilateral talks', 'signed after more than two hours of talks' (not when the timed
    talks name sides of their own, `framed`: "after hours of talks between X and Y" may be the talks told
    apart, whose sides the clause may name differently, as may "talks hosted by X"; "talks brokered by X"
    names only a mediator)."""
    if _timed(noun) and noun.head.head.dep_ == "pobj":
        if framed:
            return None
        noun = noun.head.head
    head = noun.head
    if (noun.dep_ == "pobj" or noun.dep_ == "dobj" and head.dep_ == "prep") and head.lower_ in ADJUNCT_PREPS and \
            head.head.pos_ == "VERB":
        return head
    if noun.dep_ == "pobj" and head.lower_ in OBJECT_ADJUNCT_PREPS and head.head.dep_ == "dobj" and \
            head.head.head.pos_ == "VERB":
        return head  # "A and B signed a truce at talks hosted by C": the parser hung the talks on the object
    if noun.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.casefold() in SEQUENCE_VERBS:
        return head  # "began the day with a private meeting at the palace"
    if noun.dep_ == "pobj" and head.lower_ in CALL_PREPS and _phone(noun) and _governing_verb(head) is not None:
        # "reviewed the draft in a phone call with Y", "finalized the agenda of the summit in a telephone
        # conversation": the parser hangs the call on the object (or deeper); the call is the medium of the clause
        return head
    return None


# Prepositions that make a call or video conference the medium of a clause ("in/during/over/via a call").
CALL_PREPS = ("in", "during", "over", "via", "through")


def _governing_verb(prep: Token) -> Token | None:
    """The verb a preposition belongs to, climbing through the nouns and prepositions of its object ('finalized
    the agenda of the meeting in a call': finalized), or None past three steps or a clause of its own."""
    tok = prep.head
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ not in ("dobj", "pobj", "prep", "compound", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _taking_part(prep: Token) -> bool:
    """'took part in talks with A and B', 'participated in a trilateral session with A and B': the doer is a
    side too, however many partners the noun names."""
    verb = prep.head
    return prep.lower_ == "in" and (verb.lemma_.casefold() == "participate" or verb.lemma_.casefold() == "take" and any(
        o.lower_ == "part" for o in children(verb, "dobj")))


def _restated(noun: Token) -> bool:
    """'the talks', 'the meeting', 'the bilateral meeting', 'the official talks': a definite meeting noun with
    nothing of its own but words of its kind (no side, name, place or clause: "the Chinese-hosted talks", "the
    talks in Doha" tell which) is a meeting the article has told already."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children) and not any(
        c.dep_ in ("compound", "nmod", "poss", "prep", "acl", "relcl") or c.dep_ == "amod" and (
            c.pos_ != "ADJ" or c.ent_type_ or c.text[:1].isupper() or list(c.children)) for c in noun.children)


def _clause_verb(prep: Token) -> Token:
    """The verb whose doers were at the meeting an adjunct preposition introduces (on the verb or its object)."""
    return prep.head if prep.head.pos_ == "VERB" else _governing_verb(prep) or prep.head.head


def _inviters(visit: Token, resolver: Resolver) -> list:
    """'a state visit ... at the invitation of Y' (the phrase may hang on the visit's verb): Y."""
    heads = [visit, visit.head, visit.head.head]
    return [m for h in heads for inv in prep_objects(h, "at", "upon", "on")
            if inv.lemma_.casefold() == "invitation" for o in prep_objects(inv, "of")
            for m in resolver.actors(o, agent=True) if m.entity.type in ("person", "country")]


def _staff_of_last_meeting(noun: Token, verb: Token, attendees: list, resolver: Resolver) -> bool:
    """'X held talks with Y. The talks were attended by A, B and C': the definite talks are the ones told
    before, and the attendees named apart from their principals are delegation members, not the parties."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
    met = {e.key for e in resolver.state.last_meeting}
    return verb.lemma_.casefold() == "attend" and definite and bool(met) and \
        not met & {m.entity.key for m in attendees}


def _as_observers(verb: Token) -> bool:
    """'attended the talks as observers': the verb's doers were present without being parties."""
    return any(o.lemma_.casefold() in OBSERVER_NOUNS for o in prep_objects(verb, "as"))


def _ruled_out(noun: Token) -> bool:
    """'No date has been set for a A-B meeting', 'there are no plans for talks with X': not an event."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    gov = noun.head.head
    heads = [gov] if gov.pos_ == "NOUN" else children(gov, "nsubj", "nsubjpass", "attr", "dobj")
    return any(c.dep_ == "det" and c.lower_ == "no" for h in heads for c in h.children)


def _companions(tok: Token, resolver: Resolver) -> list:
    """'X met Y, accompanied by Z', 'X hosted a lunch for Y, accompanied by A and B': the named people
    accompanying a side took part in the meeting."""
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" else tok
    if verb.pos_ != "VERB":
        return []
    out = []
    for acc in verb.subtree:
        if acc.lemma_.casefold() != "accompany" or acc.tag_ != "VBN" or acc.dep_ not in ("advcl", "acl"):
            continue
        # on the verb, or on one of its arguments ("met with X, Secretary of State, accompanied by Z")
        if acc.head.i != verb.i and acc.head.dep_ not in ("pobj", "dobj", "appos", "nsubj"):
            continue
        out.extend(m for o in prep_objects(acc, "by") for m in resolver.actors(o, agent=True)
                   if m.entity.type == "person")
    return out


def find(sent: Sentence, resolver: Resolver, quoted: set[int]) -> list[Candidate]:
    """Meeting candidates in one sentence (triggers inside quotations are the speaker's words, skipped)."""
    out = []
    for tok in sent.tokens:
        if tok.i in quoted:
            continue
        if tok.pos_ == "VERB":
            found = None if _wished(tok) else _verb_meeting(tok, resolver)
            rule = "meeting.verb"
        elif is_meeting_noun(tok):
            if _told_by_verb(tok) or _guests_journey(tok) or _counted_trip(tok):
                continue
            # "held an official talks session with X": the session carries the noun's arguments
            session = tok.dep_ == "compound" and tok.head.lemma_.casefold() in SESSION_NOUNS
            found = _noun_meeting(tok.head if session else tok, resolver)
            rule = "meeting.noun"
        elif tok.lemma_.casefold() in MEAL_NOUNS:
            roles = _meal_meeting(tok, resolver)
            found = (roles, None) if roles else None
            rule = "meeting.meal"
        else:
            continue
        if found is None or rule == "meeting.noun" and (_ruled_out(tok) or _countries_met_within(tok, found)):
            continue
        roles, mode = found
        add_roles(roles, _companions(tok, resolver), PARTICIPANT)
        legs = _capital_legs(tok, resolver) if rule != "meeting.meal" else []
        if legs:  # "met A in X on Monday and B in Y on Tuesday": one meeting, with its place, per capital
            out.extend(Candidate(MEETING, tok, sent, roles, rule, mode=mode, place=place, leg=leg)
                       for roles, place, leg in legs)
            continue
        groups = _each_with(tok, roles, resolver) if rule == "meeting.verb" else _each_with(
            tok.head, roles, resolver, tok) if rule == "meeting.noun" and tok.dep_ == "dobj" else None
        # "was accorded a welcome ceremony at Y", "hosted X to a working lunch at Y": the noun carries the venue
        trigger = (_welcome_ceremony(tok) or _meal_to(tok) if rule == "meeting.verb" else None) or tok
        out.extend(Candidate(MEETING, trigger, sent, r, rule, mode=mode)
                   for r in groups or separately(tok, roles, resolver))
    return [c for c in out if not _framing_visit(c, out, resolver)]


LEG_SPAN = 8  # most words between "with" and the name of the person met ("with Iceland's Foreign Minister X")


def _capital_legs(trigger: Token, resolver: Resolver) -> list[tuple[list, Entity, tuple[int, int]]]:
    """'met A in X on Monday and B in Y on Tuesday', 'meeting A in X, B in Y and C in Z', 'held talks in X with A
    and in Y with B': a trip's meetings, each with a person in a town of its own. The parser hangs the later
    legs anywhere, so they are read from the text after the trigger (up to another verb): each person named
    right before 'in <place>', or right after '<place> with'. Returns (roles, place, token bounds) per leg when
    the legs are in two or more places, else []."""
    if trigger.lemma_.casefold() not in {"meet", "talk", "hold"} | MEETING_NOUNS:
        return []
    doc, sent = trigger.doc, trigger.sent
    stop = next((t.i for t in doc[trigger.i + 1 : sent.end] if t.pos_ == "VERB"), sent.end)
    ents = [e for e in doc.ents if trigger.i < e.start and e.end <= stop]
    pairs = []
    for k, e in enumerate(ents):
        town = resolver.gazetteer.place(e.text)
        if e.label_ not in ("GPE", "LOC", "FAC") or doc[e.start - 1].lower_ != "in" or town is None or \
                town.kind not in ("city", "region", "country"):
            continue
        person = None
        if k and ents[k - 1].label_ == "PERSON" and ents[k - 1].end == e.start - 1:
            person = ents[k - 1]  # "A in X"
        elif e.end < stop and doc[e.end].lower_ == "with":  # "in X with A"
            person = next((p for p in ents[k + 1 :] if p.label_ == "PERSON" and p.start - e.end <= LEG_SPAN
                           and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[e.end : p.start])), None)
        if person is not None:
            pairs.append((person, e))
    places = {e.text.casefold() for _p, e in pairs}
    if len(pairs) < 2 or len(places) < len(pairs):
        return []
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    doers = verb_subjects(verb, resolver)
    if not doers and verb.dep_ in ("advcl", "conj", "xcomp"):  # "toured X, meeting A in X, ...": the tour's doer
        doers = verb_subjects(verb.head, resolver)
    legs = []
    starts = [min(p.start, t.start) for p, t in pairs] + [stop]
    for k, (person, town) in enumerate(pairs):
        met, place = span_actor(person, resolver), resolver.registry.place(town.text)
        if met is None or place is None or not doers or any(m.entity.key == met.entity.key for m in doers):
            return []
        roles: list = []
        add_roles(roles, doers, PARTICIPANT)
        add_roles(roles, [met], PARTICIPANT)
        legs.append((roles, place, (starts[k], starts[k + 1])))
    return legs


def _framing_visit(visit: Candidate, found: list[Candidate], resolver: Resolver) -> bool:
    """'A held talks with B, who is on a state visit to A's country': the visit frames the talks told in the same
    sentence; its visitor is in them and its host country is the country of one of their people, so it adds no
    meeting of its own (its country host would keep it from merging with the talks told elsewhere)."""
    if visit.trigger.lemma_.casefold() != "visit" or visit.extractor != "meeting.noun":
        return False
    for other in found:
        if other is visit or other.trigger.lemma_.casefold() == "visit":
            continue
        keys = {e.key for e in other.entities}
        countries = {c.key for e in other.entities if e.type == PERSON for c in [resolver.country_of(e)] if c}
        # (only a country host adds nothing: "since X's visit to Y", the talks' people alone, tells its own place)
        if any(e.type == COUNTRY and e.key in countries - keys for e in visit.entities) and \
                all(e.key in keys or e.type == COUNTRY and e.key in countries for e in visit.entities):
            return True
    return False

