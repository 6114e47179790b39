"""Where an event happened: the city, region or named venue a meeting or agreement took place in.

`place_of(candidate, resolver)` reads the place off the dependency parse around the event's trigger
("met X in Ankara", "signed ... at the Grand Palais", "the Sochi summit", "held talks in Moscow, where
...") and returns a PLACE entity (or the country when only a country is given), or None.
`place_entity(token, resolver)` resolves one token's phrase to a place; `venue_of(token, resolver)`
names a venue the gazetteer does not know.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.common import (
    AGREEMENT_NOUNS,
    MEETING_NOUNS,
    PHONE_WORDS,
    children,
    coordinated,
    entity_of,
    prep_objects,
)
from kg.extract.coref import Resolver
from kg.extract.dating import scene_clause
from kg.extract.frames import Candidate
from kg.resolve.names import INTERNATIONAL_ORGS
from kg.resolve.text import fold
from kg.records import AGREEMENT, COUNTRY, ORGANIZATION, PERSON, PLACE, Entity

__all__ = ["place_entity", "place_of", "trailing_place", "venue_of"]

# Nouns whose own "in X" names the venue ("at the summit venue in X", "in separate sessions in X").
SESSION_NOUNS = {"session", "ceremony", "event", "gathering", "round", "meeting", "forum", "venue", "site", "hotel",
                 "palace", "audience", "residence", "headquarters", "resort",
                 # meals and a body's own building ("at a working lunch at the Villa X", "at the ministry in X")
                 "lunch", "dinner", "breakfast", "banquet", "reception", "ministry", "embassy"}
PLACE_NOUNS = {"city", "town", "capital", "village", "region", "province", "port", "resort", "state"}
TRAVEL_VERBS = {"travel", "fly", "go", "head", "come", "return", "arrive"}


def place_of(c: Candidate, resolver: Resolver) -> Entity | None:
    """'in Ankara', 'at the Kremlin', 'in the Turkish capital' attached to the trigger, its light verb
    or its participants; a city modifier of the event noun ('the Sochi summit')."""
    if c.mode == "phone" and any(t.lemma_.casefold() in PHONE_WORDS for t in c.sentence.tokens):
        return None  # a call or video link joins two places: it took place in neither
    trig = c.trigger
    hosts = [trig]
    if trig.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "xcomp") and trig.head.i != trig.i:
        hosts.append(trig.head)  # "held talks in X", "is expected to meet ... in X"
        if trig.dep_ in ("nsubj", "nsubjpass"):  # "the talks are set to resume in Oman", "are due to resume in X"
            hosts.extend(_predicate_chain(trig.head))
    if trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lemma_ in ("round", "session") \
            and trig.head.head.dep_ in ("nsubj", "nsubjpass"):  # "the next round of talks will take place in X"
        hosts.extend([trig.head.head.head, *_predicate_chain(trig.head.head.head)])
    # "He spoke at State House, Nairobi, when he hosted X"; not an infinitive's place ("committed to eliminate
    # militants in X when a deal was signed": what was pledged, not where)
    if scene_clause(trig) and trig.head.tag_ != "VB":
        hosts.append(trig.head)
    travel = False
    if trig.dep_ == "pobj" and trig.head.lower_ in ("for", "at", "during") and trig.head.head.pos_ == "VERB":
        hosts.append(trig.head.head)  # "arrived in Sochi for talks with X"
        travel = trig.head.lower_ == "for" and trig.head.head.lemma_ in TRAVEL_VERBS  # "travel to X for talks"
    # "will travel to X to meet Y", "travelled to X in May and met Y"
    if trig.dep_ in ("xcomp", "advcl", "conj") and trig.head.lemma_ in TRAVEL_VERBS:
        hosts.append(trig.head)
        travel = True
    if "face" in c.sentence.text:  # "met face to face in X"
        hosts.extend(t for t in trig.subtree if t.lower_ == "face" and (
            t.head.i in (trig.i, trig.i + 1, trig.i + 2) or t.head.lower_ == "to" and t.head.head.i == trig.i))
    hosts.extend(children(trig, "relcl"))  # "the meeting, which took place at the White House"
    scene_place = None
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head if trig.dep_ in ("dobj", "attr") else None
    if verb is not None:  # "agreed ... when their ministers met in Athens", "during his visit to Tokyo, A met B"
        clauses = [verb, *_predicate_chain(verb)]  # "agreed to resume talks when ..."
        hosts.extend(t for v in clauses for t in children(v, "advcl") if any(m.lower_ in SETTING_MARKS
                                                                             for m in t.children))
        # "sealed an agreement to set up X during Modi's visit to Jeddah": the parser may hang it on the object
        scene = clauses + [a for o in children(verb, "dobj") for a in children(o, "acl")]
        visited = [v for h in scene for v in prep_objects(h, "during", "on") if v.lemma_ in VISIT_NOUNS]
        # the visit's city or country, unless the event names its own venue below
        scene_place = next((p for p in (place_entity(o, resolver) for v in visited for o in prep_objects(v, "to", "in"))
                            if p is not None), None)
    if c.type == AGREEMENT and trig.pos_ == "VERB":  # "agreed ... after (a round of) negotiations in Muscat"
        for o in (o for v in [trig, *_predicate_chain(trig)] for o in prep_objects(v, "after", "following")):
            hosts.extend(t for t in [o, *prep_objects(o, "of")] if t.lemma_.casefold() in MEETING_NOUNS
                         or t.lower_ in ("talks", "negotiations"))
    if trig.pos_ == "VERB":  # "met X for talks at Y House", "hosted X for dinner at the Villa Y"
        for o in prep_objects(trig, "for", "during", "over"):
            hosts.extend(t for t in [o, *prep_objects(o, "of")] if t.lemma_.casefold() in MEETING_NOUNS | MEAL_NOUNS
                         or t.lower_ == "talks")
    hosts.extend(_after_action(trig))  # "shook hands in X after signing", "signed at X after hours of talks"
    hosts.extend(_arrival(trig))  # "Upon arrival at X Airport, P was welcomed by Y"
    if trig.pos_ == "VERB":  # "met on Monday evening in Sydney": the parser hangs the place on the time
        hosts.extend(o for o in prep_objects(trig, "on", "at") if o.ent_type_ in ("DATE", "TIME"))
    for prep in trig.children:  # "on the sidelines of the UN General Assembly in New York"
        for side in children(prep, "pobj"):
            if side.lemma_ in ("sideline", "margin"):  # not "..., where the two discussed X in Y"
                clauses = [t for t in side.subtree if t.dep_ in ("relcl", "acl") and t.i != side.i]
                hosts.extend(t for t in side.subtree if t.pos_ in ("NOUN", "PROPN")
                             and not any(c.i == t.i or c.is_ancestor(t) for c in clauses))
    for obj in children(trig, "dobj"):
        hosts.extend(t for t in obj.subtree if t.pos_ == "PROPN" and t.dep_ in ("dobj", "appos", "conj"))
        if trig.lemma_ == "meet":  # "met Hamas negotiators and an Israeli delegation in Doha"
            hosts.extend(t for t in coordinated(obj) if t.pos_ == "NOUN")
        if obj.lemma_ in AGREEMENT_NOUNS | MEETING_NOUNS:  # "inked a trade pact in New Delhi"
            hosts.append(obj)
    for h in _host_verbs(trig):  # "played host to X and Y at the Chancellery": the venue hung on a guest
        hosts.extend(t for o in prep_objects(h, "to") for t in o.subtree
                     if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("pobj", "conj", "appos"))
    for obj in trig.children:  # "a summit of the leaders of X, Y and Z in Sochi", "signed by X and Y at Z"
        if obj.dep_ in ("prep", "agent") and obj.lower_ in ("between", "with", "of", "among", "by"):
            about = {t.i for r in obj.subtree if _about_person(r) for t in r.subtree}
            hosts.extend(t for t in obj.subtree if (t.pos_ in ("NOUN", "PROPN") or t.dep_ == "relcl")
                         and t.i not in about)
    venue_preps = ("in", "at", "inside", "to") if trig.lemma_ in ("welcome", "invite", "receive") else (
        "in", "at", "inside")  # "welcomed X to Tokyo"
    for h in hosts:
        for prep in h.children:
            if prep.dep_ == "prep" and (prep.lower_ in venue_preps or travel and prep.lower_ == "to"
                                        and h.lemma_ in TRAVEL_VERBS or _on_venue(prep)) and not _matter_of(prep):
                for pobj in children(prep, "pobj"):
                    if pobj.ent_type_ == "DATE":
                        continue
                    if (pobj.lemma_.casefold() in MEETING_NOUNS | SESSION_NOUNS or _unnamed_site(pobj, prep)) \
                            and pobj not in hosts:
                        hosts.append(pobj)  # "in separate sessions in Doha", "at a border checkpoint in X"
                    # "signed at the end of a summit in X", "at the close of talks at Y": the session's own venue
                    hosts.extend(o for o in _session_of(pobj) if o not in hosts)
                    # "in Osaka, Japan": the city; "in the Turkish capital, Ankara": the named city
                    named = [o for o in prep_objects(pobj, "of") if pobj.lemma_ in PLACE_NOUNS]  # "the city of X"
                    if pobj.pos_ == "NOUN" and pobj.lemma_.casefold() in PLACE_LIKE:  # "at a resort near Pattaya"
                        named += _near_objects(pobj)
                    if pobj.lower_ == "front":  # "welcomed X in front of the Town Hall"
                        named += prep_objects(pobj, "of")
                    # "at the finance ministry in the Kelderhuis": the named building an institution sits in
                    named = _seat_building(pobj, resolver) + named
                    found = [p for p in (place_entity(c, resolver) for c in [*named[:1], pobj, *named[1:],
                                                                            *children(pobj, "appos")])
                             if p] or [p for p in [_same_place(pobj, resolver), _dateline_city(pobj, c, resolver)]
                                       if p]
                    if found and not (_is_topic(h) and all(p.type == COUNTRY or _is_region(p, resolver) for p in found)):
                        return next((p for p in found if p.type == PLACE), found[0])
    roots = [trig] if trig.pos_ in ("NOUN", "PROPN") else children(trig, "dobj") + prep_objects(trig, "with", "between")
    for root in roots:  # "signed a memorandum on fisheries in Hanoi", "received a delegation led by X in Baku"
        place = trailing_place(root, resolver)
        if place is not None:
            return place
    if scene_place is not None:  # "During his visit to Tokyo, A held talks with B"
        return scene_place
    place = _subject_whereabouts(trig, resolver)
    if place is not None:  # "The IMF mission, which was in Lusaka from June 2 to 9, met X"
        return place
    if any(_is_here(t, hosts[1] if len(hosts) > 1 and trig.pos_ != "VERB" else trig, resolver)
           for t in trig.sent if t.lower_ == "here"):
        place = _dateline_place(trig, resolver)  # "BEIJING (Xinhua) -- Xi met with X here on Wednesday"
        if place is not None:
            return place
    if trig.lemma_ in ("visit", "tour") or _visited(trig):  # "will visit Washington", "during his visit to Hanoi"
        for obj in _visited(trig) or children(trig, "dobj") + prep_objects(trig, "to"):
            place = place_entity(obj, resolver)
            if place is not None and place.type == PLACE:
                return place
    # "held talks in Moscow, where the two leaders pledged ..."
    clause = trig if trig.pos_ == "VERB" else trig.head
    chain = [clause]
    for _ in range(3):  # "..., where he is scheduled to meet X": up to the clause "where" opens
        if clause.dep_ not in ("xcomp", "ccomp", "conj") or clause.head.i == clause.i:
            break
        clause = clause.head
        chain.append(clause)
    where = next((c for t in chain for c in t.children if c.lower_ == "where"), None)
    if clause.dep_ in ("relcl", "advcl") and where is not None:
        # "for the annual Leaders' Retreat, where": an event's name is held somewhere, it is no place
        found = [p for p in (place_entity(t, resolver) for t in [clause.head, *list(clause.head.ancestors)[:4]]
                             if t.pos_ == "PROPN" and t.lower_ not in EVENT_NAME_WORDS) if p is not None]
        cities = [p for p in found if p.type == PLACE]
        if found and not cities and clause.head.head.lower_ == "of" and clause.head.head.head.lemma_ == "capital":
            country = resolver.gazetteer.country_by_code(found[0].country or "")
            capital = resolver.gazetteer.capital_city(country) if country else None
            if capital is not None:  # "in Moscow, the capital of Russia, where"
                return resolver.gazetteer.place_entity(capital)
        if found:
            return (cities or found)[0]
        main = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None)
        heads = [main, *children(main, "dobj")] if main is not None else []
        for prep in sorted((p for h in heads for p in children(h, "prep")), key=lambda p: p.i):
            # "met X at Y Palace on Monday, where", "travelled to X on Thursday, where"
            if prep.lower_ in ("in", "at") or prep.lower_ == "to" and prep.head.lemma_ in TRAVEL_VERBS:
                place = next((p for p in (place_entity(o, resolver) for o in children(prep, "pobj")
                                          if o.ent_type_ not in ("DATE", "TIME")) if p is not None), None)
                if place is not None:
                    return place
        for t in reversed(trig.doc[trig.sent.start : where.i]):  # "left for Washington in the evening, where"
            # "Rubio visited El Salvador on Monday, where": the country, never a person's name
            place = place_entity(t, resolver) if t.pos_ == "PROPN" and t.ent_type_ != "PERSON" \
                and t.ent_type_ not in ("DATE", "TIME") and not _in_name(t) and not _in_org_name(t) else None
            if place is not None and place.type in (PLACE, COUNTRY):
                return place
    if trig.pos_ in ("NOUN", "PROPN"):
        for m in trig.children:
            if m.dep_ == "compound" and m.pos_ == "PROPN":
                place = resolver.gazetteer.place(m.text)
                if place is not None and place.kind in ("city", "region", "site"):
                    return resolver.gazetteer.place_entity(place)
    return None


# Prepositions that introduce what an event is about: a region inside them is the topic, not the venue.
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
# Words opening a clause that sets the scene of the main event ("when they met in Athens").
SETTING_MARKS = {"when", "while", "as"}
VISIT_NOUNS = {"visit", "trip", "tour", "stay"}
# Meals a host gives a guest, whose own "at X" is the venue ("hosted X for dinner at the Grange").
MEAL_NOUNS = {"lunch", "luncheon", "dinner", "breakfast", "banquet", "reception", "supper", "tea"}
# Nouns after "at" that are no site: "at the invitation of", "at the level of", "at the end of".
NOT_SITES = {"invitation", "request", "behest", "level", "end", "start", "beginning", "height", "time", "moment",
             "close", "conclusion", "outset", "sideline", "sidelines", "margin", "margins", "urging", "initiative",
             "suggestion", "direction", "instance", "stage", "point", "rate", "cost", "expense", "risk", "table"}
# Verbs of being somewhere: "X, who was in Y", "X, who arrived in Y on Sunday".
WHEREABOUTS_VERBS = {"be", "arrive", "stay"}


# Moments of a session: "at the end of the summit", "at the close of talks", "at the opening of the forum".
SESSION_MOMENTS = {"end", "close", "conclusion", "start", "beginning", "outset", "opening"}


def _session_of(pobj) -> list:
    """The session a moment belongs to ("the end of a summit" -> summit), whose venue is the event's; [] else."""
    if pobj.lemma_.casefold() not in SESSION_MOMENTS:
        return []
    return [o for o in prep_objects(pobj, "of") if o.lemma_.casefold() in MEETING_NOUNS | SESSION_NOUNS
            or o.lower_ in ("talks", "negotiations", "consultations")]


def _seat_building(pobj, resolver: Resolver) -> list:
    """A proper-named building an institution is said to be in ("at the foreign ministry in the Quai d'Orsay",
    "at the finance ministry in the Kelderhuis"), the finer venue; [] when none or only a town or country is
    named ("at the Chief Minister's office in Mumbai": the office is the venue)."""
    if pobj.lemma_.casefold() not in SEAT_WORDS | {"office", "headquarters", "chancellery", "presidency"}:
        return []
    return [o for o in prep_objects(pobj, "in") if o.pos_ == "PROPN" and o.ent_type_ not in ("DATE", "TIME")
            and not _town_or_country(o, resolver)]


def _town_or_country(tok, resolver: Resolver) -> bool:
    """Whether a proper noun ends the name of a gazetteer town or country ("Addis Ababa", "Hà Nội")."""
    name = tok.doc[min(t.i for t in tok.subtree if t.dep_ in ("compound", "det") or t.i == tok.i) : tok.i + 1].text
    name = re.sub(r"^(?:the)\s+", "", name, flags=re.I)
    return resolver.gazetteer.place(name) is not None or resolver.gazetteer.country(name) is not None


def _unnamed_site(pobj, prep) -> bool:
    """'at a border checkpoint in X', 'at a military base outside X': a common noun an event was "at", whose own
    "in X" places it (not "at the invitation of X", "at the end of the talks")."""
    return prep.lower_ == "at" and pobj.pos_ == "NOUN" and pobj.lemma_.casefold() not in NOT_SITES \
        and pobj.ent_type_ not in ("DATE", "TIME")


def _subject_whereabouts(trig, resolver: Resolver) -> Entity | None:
    """Where the event's subject is said to be in a relative clause: "The IMF mission, which was in Lusaka from
    June 2 to 9, met X", "Ruto, who arrived in Tokyo on Sunday, held talks with Y"."""
    verb = trig if trig.pos_ == "VERB" else trig.head if trig.dep_ in ("dobj", "attr") else None
    if verb is None:
        return None
    for subj in children(verb, "nsubj", "nsubjpass"):
        for rel in children(subj, "relcl"):
            if rel.lemma_ in WHEREABOUTS_VERBS:
                for o in prep_objects(rel, "in"):
                    place = place_entity(o, resolver) if o.ent_type_ not in ("DATE", "TIME") else None
                    if place is not None:
                        return place
    return None


def _host_verbs(trig) -> list:
    """'played host to X', 'was host to X': the verb whose 'to' names the guests."""
    verbs = [trig, trig.head] if trig.dep_ == "dobj" else [trig]
    return [v for v in verbs if v.pos_ in ("VERB", "AUX") and any(o.lemma_ == "host" for o in children(v, "dobj", "attr"))]


def _visited(trig) -> list:
    """What a visit told with the meeting went to: 'visited the Palace and met X', 'paid a visit to the Palace and
    met X'."""
    if trig.dep_ != "conj" or trig.pos_ != "VERB" or trig.head.i > trig.i:
        return []
    head = trig.head
    if head.lemma_ == "visit":
        return children(head, "dobj")
    return [o for v in children(head, "dobj") if head.lemma_ in ("pay", "make") and v.lemma_ in VISIT_NOUNS
            for o in prep_objects(v, "to")]


def _about_person(tok) -> bool:
    """`tok` heads a relative clause about a person ("Ruto, whose country hosts X in Nairobi", "who lives in Y")."""
    return tok.dep_ == "relcl" and any(t.lower_ in ("who", "whose", "whom") for t in tok.subtree
                                       if t.i < tok.i and t.head.i in (tok.i, *[c.i for c in tok.children]))


def _same_place(tok, resolver: Resolver) -> Entity | None:
    """"in the same (Saudi) city": the last city the text named before this sentence."""
    if tok.lemma_ not in PLACE_NOUNS or not any(a.lower_ == "same" for a in tok.children):
        return None
    # "the same Saudi city": a city of that country
    adjectives = [resolver.gazetteer.demonym(a.text) or resolver.gazetteer.country(a.text) for a in tok.children
                  if a.dep_ in ("amod", "compound") and a.text[:1].isupper()]
    countries = {c.iso2 for c in adjectives if c is not None}
    for ent in reversed([e for e in tok.doc.ents if e.end <= tok.sent.start and e.label_ == "GPE"]):
        place = resolver.registry.place(ent.text)
        known = resolver.gazetteer.place(place.name) if place is not None and place.type == PLACE else None
        if known is not None and known.kind == "city" and (not countries or known.iso2 in countries):
            return place
    return None


def _in_name(tok) -> bool:
    """`tok` is a word of a person's name or title ("Vice" in "Vice President JD Vance")."""
    t = tok
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
        if t.ent_type_ == "PERSON":
            return True
    return False


def _in_org_name(tok) -> bool:
    """`tok` is a word inside a longer organisation's name ("Shanghai" in "the Shanghai Cooperation Organisation
    summit"): the name does not place anything."""
    return tok.dep_ == "compound" and tok.ent_type_ == "ORG" and tok.head.ent_type_ == "ORG"


def _predicate_chain(verb) -> list:
    """The verbs a predicate continues into: "are due to resume", "is set to take place"."""
    out, frontier = [], [verb]
    while frontier:
        nxt = [t for v in frontier for t in v.children if t.dep_ in ("xcomp", "acomp")]
        out.extend(nxt)
        frontier = nxt
    return out


def _is_here(tok, verb, resolver: Resolver) -> bool:
    """`tok` is a "here" in `verb`'s own clause, outside quotes ("met with X here on Wednesday")."""
    if tok.dep_ != "advmod" or tok.i in getattr(resolver, "quoted", ()):
        return False
    t = tok.head
    while t.i != verb.i:
        if t.dep_ in ("relcl", "ccomp", "advcl", "xcomp") or t.head.i == t.i:
            return False
        t = t.head
    return True


# Nouns by which a lede names the city of its dateline again ("in the capital", "in this northern border city").
CITY_DESCRIPTIONS = {"capital", "city", "town", "port"}
# How far into the story a description still means the dateline city (the lede and the sentence after it).
LEDE_SENTENCES = 3


def _dateline_city(tok, c: Candidate, resolver: Resolver) -> Entity | None:
    """'NAIROBI (Reuters) - ... signed a pact in the capital on Monday', 'TUMBES, Peru - ... met in this northern
    border city': a bare description of a city in the lede is the dateline's city; 'the capital' only if that
    city is a capital. A description naming its country or owner ('the Austrian capital', 'the country's
    capital', 'the capital of X') or told later in the story is left alone."""
    if tok.lemma_.casefold() not in CITY_DESCRIPTIONS or c.sentence.index >= LEDE_SENTENCES or not any(
            d.dep_ == "det" and d.lower_ in ("the", "this") for d in tok.children):
        return None
    if any(d.dep_ in ("poss", "prep", "appos") or d.ent_type_ in ("NORP", "GPE") or
           d.dep_ in ("amod", "compound") and d.text[:1].isupper() for d in tok.children):
        return None
    place = _dateline_place(tok, resolver)
    if place is None or tok.lemma_.casefold() != "capital":
        return place
    country = resolver.gazetteer.country_by_code(place.country) if place.country else None
    capital = resolver.gazetteer.capital_city(country) if country else None
    return place if capital is not None and capital.name == place.name else None


def _dateline_place(trig, resolver: Resolver) -> Entity | None:
    """The city of the dateline the event's story runs under ("BEIJING, Sept. 3 (Xinhua) --")."""
    starts = [i for i in sorted(resolver.ignored) if i < trig.i and i - 1 not in resolver.ignored]
    if not starts:
        return None
    words = []
    for t in trig.doc[starts[-1] :]:
        if t.i not in resolver.ignored or t.is_punct or t.like_num:
            break
        words.append(t.text)
    name = " ".join(words)
    place = resolver.registry.place(name) or resolver.registry.place(name.title())
    return place if place is not None and place.type == PLACE else None


# How an "in X" may hang inside an object phrase and still close it: through nouns and prepositions,
# not through a clause about something else ("hostages held in Gaza", "..., whose office is in Nairobi").
PHRASE_DEPS = {"prep", "pobj", "conj", "appos", "compound", "agent", "dobj", "cc", "npadvmod", "pcomp"}


def _content_end(tok) -> int:
    """Index of the last word of `tok`'s phrase, not counting dates and punctuation after it."""
    words = [t for t in tok.subtree if not t.is_punct and t.ent_type_ not in ("DATE", "TIME")
             and not (t.dep_ == "prep" and all(o.ent_type_ in ("DATE", "TIME") for o in t.children))]
    return words[-1].i if words else tok.i


def _inside_phrase(prep, root) -> bool:
    """`prep` hangs from `root` through noun-phrase links or a passive reduced relative ("led by X")."""
    t = prep
    while t.i != root.i:
        if t.dep_ not in PHRASE_DEPS and not (t.dep_ == "acl" and children(t, "agent")):
            return False
        t = t.head
    return True


def trailing_place(root, resolver: Resolver) -> Entity | None:
    """The city or venue of an "in X"/"at X" that closes the event's object phrase, however deep it hangs
    ("a memorandum of understanding on fisheries cooperation in Hanoi", "an agreement with the UAE in Abu
    Dhabi"). Countries are left out: "a deal on investment in Vietnam" is about Vietnam, not held there."""
    end = _content_end(root)
    for prep in root.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at") or _content_end(prep) != end \
                or not _inside_phrase(prep, root):
            continue
        for pobj in children(prep, "pobj"):
            place = place_entity(pobj, resolver) if pobj.ent_type_ not in ("DATE", "TIME") else None
            if place is not None and place.type == PLACE and not _matter_of(prep) \
                    and not ((_in_topic(prep, root) or _discussed(root) or _matter_of(prep, REGIONAL_MATTER_NOUNS))
                             and _is_region(place, resolver)):
                return place
    return None


# Nouns for a state of affairs somewhere: "the situation in X", "the war in X", "security in the Red Sea" name
# what was talked about, never where the talk was held.
MATTER_NOUNS = {"situation", "crisis", "conflict", "war", "tension", "violence", "fighting", "unrest", "escalation",
                "hostility", "offensive", "instability", "insurgency", "turmoil", "standoff"}
# ... and nouns that may also name what was held somewhere ("talks on energy security in Warsaw"): only a region
# or sea after them is the subject matter ("shipping security in the Red Sea").
REGIONAL_MATTER_NOUNS = {"security", "stability", "development", "ceasefire", "truce", "reconstruction", "peace"}


def _matter_of(prep, nouns: set[str] = MATTER_NOUNS) -> bool:
    """`prep` ("in X") says where a state of affairs is ("the situation in Gaza"), not an event's setting; the
    parser may hang it on the verb right after the object ("discussed the crisis | in the Sahel")."""
    if prep.head.pos_ == "NOUN":
        return prep.head.lemma_.casefold() in nouns
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return prep.lower_ == "in" and before is not None and any(
        o.right_edge.i == before.i and o.lemma_.casefold() in nouns for o in children(prep.head, "dobj"))


def _is_topic(tok) -> bool:
    """`tok` is what an event is about ("talks on the situation ...", "a deal over ..."), not its setting."""
    return tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS and tok.lemma_ not in ("sideline", "margin")


# Verbs whose object is what was talked about ("discussed the situation in X", "reviewed security in Y").
TOPIC_VERBS = {"discuss", "review", "address", "examine", "explore", "assess"}


def _discussed(root) -> bool:
    """`root` is the object of a purpose clause of discussion ("met X to discuss the situation of Y in Z"): what
    the meeting was for, so a region or sea inside it is the subject matter, not where the talk was."""
    verb = root.head
    return root.dep_ == "dobj" and verb.lemma_ in TOPIC_VERBS and verb.dep_ in ("advcl", "xcomp", "acl") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _after_action(trig) -> list:
    """The verb of the action an event led up to, which shares its setting: 'shook hands in X after signing
    the deal', 'signed the accord at X after more than two hours of talks'."""
    head = trig.head
    if trig.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "pobj":
        head = head.head.head  # "after (more than two hours) of talks"
    if trig.dep_ in ("pcomp", "pobj") and head.lower_ in ("after", "following") and head.head.pos_ == "VERB":
        # "signed by A and B at X after ...": the parser may hang the venue on the last signer
        return [head.head, *(t for a in children(head.head, "agent") for t in a.subtree if t.pos_ == "PROPN")]
    return []


# Words for a visitor's arrival ("upon arrival at X", "on landing at X", "after arriving at X").
ARRIVAL_WORDS = {"arrival", "arrive", "landing", "land", "touchdown", "touch"}
ARRIVAL_PREPS = {"upon", "on", "after", "following"}


def _arrival(trig) -> list:
    """'Upon (his) arrival at X Airport, P was welcomed by Y', 'On landing at X, P was greeted by Y', 'After
    arriving at X, P was received by Y', 'Arriving at X, P was met by Y': the arrival the welcome is set in,
    whose place is the welcome's."""
    if trig.pos_ != "VERB":
        return []
    found = [o for p in children(trig, "prep") if p.lower_ in ARRIVAL_PREPS for o in children(p, "pobj", "pcomp")
             if o.lemma_.casefold() in ARRIVAL_WORDS]
    # "Arriving at X, P was ..." (a participle clause of the verb itself)
    return found + [v for v in children(trig, "advcl") if v.tag_ == "VBG" and v.lemma_.casefold() in ARRIVAL_WORDS]


def _in_topic(prep, root) -> bool:
    """`prep` hangs inside what the event is about, below `root`."""
    return any(_is_topic(t) for t in prep.ancestors if root.is_ancestor(t))


def _is_region(place: Entity, resolver: Resolver) -> bool:
    """A region, sea or other area rather than a city or a named venue ("the South China Sea")."""
    known = resolver.gazetteer.place(place.name)
    if known is None:
        return not any(w in VENUE_WORDS for w in place.name.casefold().split())
    return known.kind not in ("city", "site")


def place_entity(tok, resolver: Resolver) -> Entity | None:
    """The place a phrase names: a gazetteer place, country or site, else a named venue (`venue_of`)."""
    if tok.pos_ == "NOUN" and children(tok, "poss") and tok.lemma_.casefold() not in PLACE_LIKE:
        return None  # "at Washington's request", "at Moscow's invitation": the owner is no venue
    glued = _glued_name(tok)
    inside = {t.i for t in tok.subtree}
    if glued is not None and any(t.i not in inside for t in glued):
        # "at the Aiwan-e-Nur": the parser split the name into several objects (not "Pearl Harbor-Hickam", whole)
        return resolver.registry.place(glued.text) or _glued_venue(glued, resolver)
    sub = [t for t in tok.subtree if t.dep_ not in ("prep", "relcl", "acl", "appos")]
    texts = [tok.doc[sub[0].i : tok.i + 1].text] if sub else []
    # "Joint Base Elmendorf-Richardson" is not the city Richardson: a venue-word name is read whole; so is a name
    # the tagger reads as one building or body ("at Hira Niwas" is no town "Niwas")
    span = entity_of(tok)
    one_name = span is not None and tok.ent_type_ in ("ORG", "FAC") and sub and span.start <= sub[0].i < tok.i
    whole = _tagged_name(tok)
    if whole is not None and whole.end - 1 > tok.i:
        texts = [whole.text]  # "at Hira Niwas" parsed as "at Hira" and a stray "Niwas": the tagged name
    elif not one_name and not any(t.lower_ in VENUE_WORDS for t in sub if t.i < tok.i and t.dep_ == "compound"):
        texts.append(tok.text)
    if tok.lower_ in VENUE_WORDS and _linked_tail(tok).i > tok.i:
        texts = []  # "Palacio do Planalto": a venue's name, though a town may be called "Palacio"
    for text in texts:
        ent = resolver.registry.place(text)
        if ent is not None and not (text == tok.text and _proper_run(tok) and fold(ent.name) == fold(tok.text)):
            return ent  # (a town named only by the last word of "Puerto Lindo" or "Bagh Bahar" is elsewhere)
    return venue_of(tok, resolver)


def _proper_run(tok) -> bool:
    """`tok` ends a name of several capitalised proper nouns ("Puerto Lindo", "Bagh Bahar"), whose last word alone
    is no place, though a town elsewhere may bear it."""
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return before is not None and before.dep_ == "compound" and before.head.i == tok.i and before.pos_ == "PROPN" \
        and before.is_title and tok.is_title and before.ent_type_ in ("", tok.ent_type_)


# Labels of the tagger's names that may name a venue or a town.
PLACE_LABELS = {"ORG", "FAC", "GPE", "LOC"}


def _tagged_name(tok) -> Span | None:
    """The tagger's place or building name around `tok` when it is made of name words only and goes on past it,
    so the parser cut it: "at Hira Niwas" (a stray "Niwas"), "at Hotel Crane & Lotus", "at the Ministry of Foreign
    Affairs and External Trade"; None otherwise."""
    span = entity_of(tok)
    if span is None or tok.ent_type_ not in PLACE_LABELS or span.start > tok.i or span.end - 1 <= tok.i:
        return None
    tail = list(tok.doc[tok.i + 1 : span.end])
    if tail[-1].text[:1].isupper() and all(_name_word(t) or t.text in ("&", "and") for t in tail):
        return tok.doc[span.start : span.end]
    return None


def _glued_name(tok) -> Span | None:
    """The hyphen-joined proper name `tok` is a piece of ("Aiwan-e-Nur", "Qasr al-Nur"): capitalised at both ends,
    lower-case pieces only short links; None when `tok` is in no such name."""
    doc, start, end = tok.doc, tok.i, tok.i
    while start > tok.sent.start and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text):
        start -= 1
    while end + 1 < tok.sent.end and not doc[end].whitespace_ and "-" in (doc[end].text, doc[end + 1].text):
        end += 1
    if end > start and doc[start].text.islower():  # "Qasr al-Watan", "Bayt al-Hikma": capitalised words before
        while start > tok.sent.start and end - start < 6 and doc[start - 1].is_alpha and doc[start - 1].is_title \
                and (doc[start - 1].ent_type_ != "PERSON" or doc[start - 1].lower_ in VENUE_WORDS):
            start -= 1
    words = [t for t in doc[start : end + 1] if t.text != "-"]
    if end == start or len(words) < 2 or not (words[0].text[:1].isupper() and words[-1].text[:1].isupper()) \
            or any(not t.is_alpha or t.text.islower() and len(t) > 3 for t in words):
        return None
    return doc[start : end + 1]


def _glued_venue(name: Span, resolver: Resolver) -> Entity | None:
    """A hyphen-joined name the gazetteer lacks, told as where an event was ("at the Aiwan-e-Nur"): a venue,
    unless it names an actor ("talks at Al-Shabaab" is no place)."""
    if not any(_after_at(t) and t.head.lower_ in ("at", "inside") for t in name):
        return None
    actor = resolver.registry.actor(name.text, None)
    return Entity(name=name.text, type=PLACE) if actor is None or actor.type == PERSON else None


# Words of a named venue ("the Grand Palais", "Lancaster House", "Camp David", "Joint Base Andrews").
VENUE_WORDS = {"palace", "palais", "palacio", "palazzo", "house", "hall", "centre", "center", "hotel", "castle",
               "residence", "villa", "chateau", "château", "manor", "lodge", "pavilion", "building", "headquarters",
               "room", "office", "complex", "fortress", "estate", "embassy", "base", "camp", "fort", "airport",
               "stadium", "square", "garden", "gardens", "buildings", "guesthouse", "chancellery",
               # the same words in the languages venues keep their names in ("Qasr al-Alam", "Palacio de Narino",
               # "Schloss Elmau", "Istana Merdeka", "Rashtrapati Bhavan", "Hotel Matignon")
               "qasr", "kasr", "palácio", "palazzo", "paleis", "pałac", "palác", "casa", "schloss", "istana",
               "bhavan", "saray", "sarayı", "quinta", "diwan", "castillo", "castello", "hôtel", "maison", "huis"}
# Last words of the names of events, which are held somewhere but are not a place ("the Andean Summit", "the
# Leaders' Forum", "the Coastal Dialogue"); not "Congress" or "Assembly", whose buildings share the name.
EVENT_NAME_WORDS = {"summit", "forum", "conference", "meeting", "talks", "dialogue", "session", "retreat",
                    "consultations", "symposium", "roundtable", "negotiations", "games", "olympics", "expo", "week"}
# Last words of a street address given with its number ("at 10 Downing Street", "at 24 Sussex Drive").
STREET_WORDS = {"street", "avenue", "road", "drive", "lane", "boulevard", "square", "way", "crescent", "terrace",
                # the same in the languages addresses keep ("7 X Marg", "Jalan X", "X Strasse")
                "marg", "path", "jalan", "strasse", "straße", "calle", "avenida", "rua", "rue", "via", "ulitsa"}
# Common nouns that may name where an event was held.
PLACE_LIKE = VENUE_WORDS | PLACE_NOUNS | SESSION_NOUNS | MEETING_NOUNS
# Lower-case words inside a venue's proper name ("Great Hall of the People", "Palacio de las Garzas").
NAME_LINKS = {"of", "the", "de", "del", "la", "las", "los", "le", "les", "des", "du", "di", "ten", "van", "von", "-",
              "do", "da", "dos", "das", "della", "al", "el"}
# "of" in the languages venues keep their names in ("Palacio do Planalto", "Palais des Nations")
FOREIGN_OF = ("de", "do", "da", "dos", "das", "des", "du", "di", "del", "della")
# An elided article or "of" before a name: "Palais de l'Elysee", "Quai d'Orsay".
_ELIDED = re.compile(r"^[ldLD]['’]\w")


def _name_word(t) -> bool:
    """A word a proper name is made of: capitalised, a number, a venue word or a linking word ("of the", "do")."""
    return t.text[:1].isupper() or t.is_digit or t.lower_ in VENUE_WORDS | NAME_LINKS or bool(_ELIDED.match(t.text)) \
        or t.tag_ == "POS"  # "the Governor's Palace"
# Organisations whose name is also their building: "talks at the State Department", "at the Foreign Ministry".
SEAT_WORDS = {"department", "ministry", "parliament", "secretariat"}
# A country's legislature, met at in its own building ("met the Speaker at the National Assembly"); not an
# international body's session ("at the UN General Assembly" is the event, held in its host city).
LEGISLATURE_WORDS = {"assembly", "congress", "senate", "duma", "knesset", "bundestag", "sejm", "majlis", "storting"}


def _name_words(tok) -> list:
    """The words of `tok`'s proper name: its modifiers to the left and an "of the People" to the right."""
    left = [t for t in tok.subtree if t.i <= tok.i and (t.dep_ in ("compound", "amod", "nmod", "punct") or t.i == tok.i
                                                         or t.dep_ == "nummod" and t.is_digit and tok.lower_ in STREET_WORDS
                                                         or _titled_owner(t, tok))]
    first = next((t for t in left if not t.is_punct), tok)
    the = first.doc[first.i - 1] if first.i > first.sent.start else None
    if the is not None and the.text == "The" and the.dep_ == "det" and the.head.i == tok.i:
        first = the  # "The Grange", "The Valley": a capitalised article inside a sentence is part of the name
    last = tok
    for of in prep_objects(tok, "of", *FOREIGN_OF):
        tail = list(of.subtree)
        if all(t.text[:1].isupper() or t.lower_ in NAME_LINKS or _ELIDED.match(t.text) for t in tail):
            last = tail[-1]
    if tok.lower_ in VENUE_WORDS:
        last = _linked_tail(last)
    return [t for t in tok.doc[first.i : last.i + 1] if t.dep_ != "det" or t.i > tok.i or t.i == first.i]


def _titled_owner(t, tok) -> bool:
    """"the Governor's Palace", "the King's House": a capitalised title with its article owning a capitalised
    building name is part of the name; a place or person owning it is not ("Nairobi's Kenyatta Hall", "Ruto's
    residence", "the Netherlands' Peace Palace"). The tagger's labels on such titles are noise; the article is not."""
    return t.dep_ == "poss" and t.head.i == tok.i and tok.pos_ == "PROPN" and tok.text[:1].isupper() and \
        t.text[:1].isupper() and t.ent_type_ != "GPE" and any(c.tag_ == "POS" for c in t.children) and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def _linked_tail(last):
    """The end of a venue name that goes on with a foreign "of" and a capitalised word ("Palacio do Planalto"),
    which the parser often reads as a verb and its object."""
    doc, j = last.doc, last.i + 1
    while j + 1 < len(doc) and doc[j].lower_ in FOREIGN_OF and doc[j + 1].text[:1].isupper():
        last, j = doc[j + 1], j + 2
    return last


def _proper_part(words: list) -> list:
    """The proper name of a venue told with what kind of place it is: "the Casa Rosada cultural centre" ->
    "Casa Rosada"; other names as they are."""
    lower = [i for i, t in enumerate(words) if t.text[:1].islower() and t.lower_ not in NAME_LINKS]
    if not lower or lower[0] == 0 or not words[-1].text[:1].islower() or words[-1].lower_ not in VENUE_WORDS:
        return words
    if any(not t.text[:1].islower() for t in words[lower[0]:]) or all(words[i].lower_ in VENUE_WORDS for i in lower):
        return words  # "the Grand Palais des Sports", "the Party Central Committee headquarters": the name whole
    return words[:lower[0]]


# Last words of a named place one is "on" rather than "in" ("on Parliament Hill", "on Capitol Hill"); not islands,
# which talks are so often about ("talks on Thitu Island"); a ceremonial avenue ("welcomed on X Boulevard").
ON_VENUE_WORDS = {"hill", "campus", "boulevard", "avenue"}


def _on_venue(prep) -> bool:
    """'met X on Capitol Hill': 'on' before a proper name ending in a hill word; not a topic ('talks on the Hill's
    budget fight', whose head is the topic noun)."""
    return prep.lower_ == "on" and any(o.pos_ == "PROPN" and o.lower_ in ON_VENUE_WORDS for o in children(prep, "pobj"))


def _near_objects(tok) -> list:
    """What an unnamed venue lies by: 'a resort near X', 'a villa outside X', 'a hotel on the outskirts of X'."""
    near = prep_objects(tok, "near", "outside")
    edges = [o for p in ("on", "in") for o in prep_objects(tok, p) if o.lemma_ in ("outskirt", "outskirts", "edge")]
    return near + [o for e in edges for o in prep_objects(e, "of")]


def _after_at(tok) -> bool:
    """`tok` is what an event was "at"/"in" (or where a visitor was welcomed "to"): the object of such a preposition."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("at", "in", "inside", "to")


def venue_of(tok, resolver: Resolver) -> Entity | None:
    """A place the gazetteer does not know: a named venue ('at the Grand Palais', 'at Huis ten Bosch palace',
    'at the Istana', 'in the Oval Office', 'at the State Department') or a small town given with its country
    or region ('in Kananaskis, Canada', 'in Turnberry, Scotland')."""
    if tok.pos_ != "PROPN" and tok.lower_ not in VENUE_WORDS or tok.lower_ in EVENT_NAME_WORDS:
        return None  # "at the Andean Summit in X": an event's name, whose "in X" is the place
    full = _name_words(tok)
    words = _proper_part(full)
    if not words or not all(_name_word(t) for t in words):
        return None
    aside = {t.i for c in tok.children if c.dep_ in ("appos", "relcl", "acl", "conj") for t in c.subtree}
    if any(t.tag_ == "POS" and t.i > words[-1].i and t.i not in aside for t in tok.subtree):
        return None  # "at the Head of State's lodge": the name stops at the venue's owner
    whole = _tagged_name(tok)
    last = max(words[-1].i, whole.end - 1) if whole is not None and words[-1].i >= tok.i else words[-1].i
    name = tok.doc[words[0].i : last + 1].text
    span = entity_of(tok)
    label = span.label_ if span is not None else ""
    region = next((r for r in (_region_of(c.text, resolver) for c in children(tok, "appos", "conj")) if r), None)
    named = [t for t in full if t.lower_ not in NAME_LINKS]
    if not named:
        return None  # link words only ("al-" cut from its name by the parser)
    hill = len(named) >= 2 and named[-1].lower_ in ON_VENUE_WORDS  # "Parliament Hill" is ground, not a body
    is_venue = label == "FAC" or any(t.lower_ in VENUE_WORDS for t in named) and len(named) >= 2 or hill or \
        named[0].is_digit and named[-1].lower_ in STREET_WORDS
    actor = resolver.registry.actor(name, None)
    if actor is not None and actor.type == ORGANIZATION and (hill or _after_at(tok) and (
            named[-1].lower_ in SEAT_WORDS or tok.lower_ in SEAT_WORDS | VENUE_WORDS
            or _national_legislature(named, actor))):
        # the organisation's seat ("at the Department of Commerce"), a building named like a body ("Parliament House")
        return Entity(name=name, type=PLACE)
    if actor is not None and actor.type == ORGANIZATION and _after_at(tok) and _residence_court(named, tok):
        return Entity(name=name, type=PLACE)
    if actor is not None and actor.type in (COUNTRY, ORGANIZATION):
        return None  # "the White House", "the Kremlin" speak for a government: the registry places those
    # "at the Istana", "at Sunnylands", "in the Berlaymont": an unknown name an event was held at or in
    # (a name the tagger reads as a building or body is no person, whatever the registry guesses: "at Hira Niwas")
    unknown = actor is None or actor.type == PERSON and tok.ent_type_ in ("ORG", "FAC")
    at_name = unknown and tok.pos_ == "PROPN" and _after_at(tok) and (tok.head.lower_ == "at" or children(tok, "det")
                                                                        or _welcomed_to(tok)) \
        and label in ("", "FAC", "ORG", "LOC", "GPE")
    if not (is_venue or at_name or region is not None and tok.ent_type_ in ("GPE", "LOC")):
        region = _small_town(tok, words, actor, resolver)
        if region is None:
            return None
    return Entity(name=name, type=PLACE, country=region or None)


# Words that make a "Court" a tribunal ("the Supreme Court", "the High Court", "Westminster Magistrates' Court").
TRIBUNAL_WORDS = {"supreme", "high", "constitutional", "appeal", "appeals", "appellate", "district", "federal",
                  "criminal", "civil", "international", "magistrates", "magistrate", "crown", "circuit", "justice",
                  "arbitration", "arbitral", "county", "superior", "administrative", "military", "family", "labour",
                  "labor", "tax", "commercial", "sharia", "electoral", "juvenile", "claims", "trial", "regional",
                  "provincial", "state", "national", "industrial", "special", "cassation", "human", "rights", "court",
                  "courts", "judicial", "tribunal", "peoples", "people", "land", "environment", "sessions"}
# What a court named as a place may be described as ("Y Court, the prime minister's official residence").
RESIDENCE_WORDS = {"residence", "home", "house", "estate", "mansion", "villa", "lodge", "palace", "retreat"}


def _residence_court(named: list, tok) -> bool:
    """'at Y Court, the prime minister's official residence', 'held talks at Y Court': a house named "Court"
    after a proper name with no tribunal word ('the Supreme Court', 'the Court of Appeal' are tribunals),
    or described as a residence in apposition."""
    if named[-1].lower_ != "court":
        return False
    if any(c.dep_ == "appos" and c.lemma_.casefold() in RESIDENCE_WORDS for c in tok.children):
        return True
    owners = named[:-1]
    return bool(owners) and not prep_objects(tok, "of") and all(
        t.pos_ == "PROPN" and t.lower_.strip("'’s") not in TRIBUNAL_WORDS for t in owners)


def _national_legislature(named: list, actor: Entity) -> bool:
    """`named` is a country's legislature ("the Grand National Assembly", "the National Congress"), not an
    international organisation's body."""
    return named[-1].lower_ in LEGISLATURE_WORDS and actor.name not in INTERNATIONAL_ORGS


def _welcomed_to(tok) -> bool:
    """`tok` is where a guest was welcomed or received "to" ("welcomed X to Aso Rock"), a name told as a place."""
    return tok.head.lower_ == "to" and tok.head.head.lemma_ in ("welcome", "receive")


def _small_town(tok, words, actor, resolver: Resolver) -> str | None:
    """A town the gazetteer lacks, told as one: "the border town of X", "Thailand's X" (the country's code), or a
    place name alone after "in" ("met in X"). Returns the country code, "" when unknown, None when not a town."""
    if actor is not None and not (actor.type == PERSON and tok.ent_type_ in ("GPE", "LOC", "FAC")) or len(words) > 3:
        return None  # a name the tagger reads as a place is no person, whatever the registry guesses ("Puerto Lindo")
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in PLACE_NOUNS:
        return ""  # "the border town of X", "the port city of X"
    owner = next((o for o in children(tok, "poss") if o.i < words[0].i or o in words), None)
    if owner is not None and owner.lemma_.casefold() in PLACE_NOUNS:
        return ""  # "a hotel in the capital's X", "the city's X district": a part of the town just told
    if owner is not None:  # "a checkpoint in Thailand's X"
        country = resolver.gazetteer.country(owner.text)
        return country.iso2 if country is not None else None
    if tok.ent_type_ == "GPE" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and not children(tok, "det"):
        return ""  # "met in X": the model reads a place name the gazetteer does not have
    return None


def _region_of(text: str, resolver: Resolver) -> str | None:
    """ISO code of a country or first-level region named after a town ("Canada", "Scotland")."""
    country = resolver.gazetteer.country(text)
    if country is not None:
        return country.iso2
    place = resolver.gazetteer.place(text)
    return place.iso2 if place is not None and place.kind == "region" else None
