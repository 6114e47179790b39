"""The candidate event a rule proposes, and argument collection shared by the rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.extract.common import (AGREEMENT_NOUNS, AHEAD_WORDS, MEETING_NOUNS, PHONE_WORDS, agent_of, children,
                               coordinated, entity_of, is_passive, mention_text, prep_objects, subjects_of, unique_entities)
from kg.extract.coref import Mention, Resolver, unique_mentions
from kg.extract.sentences import Sentence
from kg.records import COUNTRY, OCCURRED, ORGANIZATION, PERSON, Entity


@dataclass
class Candidate:
    """An event proposed by a rule, before dating, merging and conversion to `Event`."""

    type: str
    trigger: Token
    sentence: Sentence
    roles: list[tuple[Mention, str]]  # (actor, role)
    extractor: str
    status: str = OCCURRED
    mode: str | None = None
    content: str | None = None
    place: Entity | None = None
    extra: list[Sentence] = field(default_factory=list)  # more evidence sentences (multi-sentence quotes)
    date: str | None = None
    date_raw: str | None = None
    tense: str = "none"
    lead: bool = False  # in the first sentences of the story
    vague: bool = False  # has a date expression too vague to resolve ("last week")
    collective: bool = False  # the members of one organisation agreed among themselves ("EU leaders agreed")
    governor: "Candidate | None" = None  # the undated statement whose reported clause this event is in
    leg: tuple[int, int] | None = None  # token bounds of one leg of a trip told with others ("A in X on Monday")

    @property
    def entities(self) -> list[Entity]:
        return unique_entities(m.entity for m, _ in self.roles)

    @property
    def inferred(self) -> bool:
        return any(m.inferred for m, _ in self.roles)


def add_roles(roles: list[tuple[Mention, str]], mentions: list[Mention], role: str) -> None:
    """Append mentions under a role, skipping entities already present."""
    have = {m.entity.key for m, _ in roles}
    for m in mentions:
        if m.entity.key not in have:
            roles.append((m, role))
            have.add(m.entity.key)


def verb_subjects(verb: Token, resolver: Resolver) -> list[Mention]:
    """The doer(s) of a verb: its subject, or the agent of a passive ("was signed by X")."""
    agent = agent_of(verb)
    if agent is not None and not is_passive(verb) and agent.lemma_.casefold() in MEDIUM_WORDS:
        agent = None  # "had spoken by telephone": the parser's agent is the medium
    if is_passive(verb) or (agent is not None and verb.tag_ == "VBN"):  # "the deal, signed by X and Y"
        if agent is None:
            return []
        doers = resolver.actors(agent, agent=True)
        if not any(m.entity.type == PERSON for m in doers):
            doers = _late_agent_name(verb, agent, resolver) or doers
        named = _continuation(agent)
        if named is not None and (agent.ent_type_ == "ORG" or not any(m.entity.type == PERSON for m in doers)):
            # "signed by Secretary of Iran's Supreme National Security Council (SNSC) | Ali Shamkhani and ...":
            # the parser ended the sentence inside the agent; the names after the break are the signatories
            doers = [m for m in resolver.actors(named, agent=True) if m.entity.type != "place"] or doers
        # "signed by X and his counterpart Y": the parser may hang the second agent on the verb
        for c in children(verb, "conj"):
            if c.pos_ in ("NOUN", "PROPN") and c.i > agent.i:
                doers.extend(resolver.actors(c, agent=True))
        # "signed by X on behalf of the government and by Y for the rebels": a second "by" coordinated
        for by in verb.subtree:
            if by.lower_ == "by" and by.dep_ == "conj" and by.i > agent.i:
                doers.extend(m for o in children(by, "pobj") for m in resolver.actors(o, agent=True))
        return doers
    doers = [m for subj in subjects_of(verb) for m in apposed_doer(subj, verb, resolver) or [
        *_split_subject(subj, resolver), *_names_in_title(subj, resolver), *resolver.actors(subj, agent=True),
        *led_by(subj, resolver)] or delegation_of(subj, resolver)]
    for p in verb.children:  # "X, along with Y, attended"; "X, together with Y, signed"
        if p.lower_ in ("along", "together") and p.dep_ in ("prep", "advmod"):
            for w in p.children:
                if w.lower_ == "with":
                    doers.extend(m for o in children(w, "pobj") for m in resolver.actors(o, agent=True))
    if not doers and not subjects_of(verb):
        doers = _subjects_in_fronted_phrase(verb, resolver)
    listed = fronted_name_list(verb, resolver)
    if len(listed) > len(doers) and all(listed_span(verb)[0] <= s.i for s in subjects_of(verb)):
        doers = unique_mentions([*listed, *doers])
    return doers


DELEGATION_NOUNS = {"delegation", "negotiator", "team"}
# Words that may sit inside a long title between capitalised words ("Minister of State for Foreign Affairs").
TITLE_GLUE = {"of", "for", "and", "the", "&", "-", "'s"}


def _late_agent_name(verb: Token, agent: Token, resolver: Resolver) -> list[Mention]:
    """'was received by HE Minister of State for Foreign Affairs Dr X': after a long title the parser may hang the
    holder's name on the verb, or give 'by' a second object; the named person right after the title (nothing but
    title words between) is the doer."""
    # "by Chilean deputy-minister X": with a lower-case hyphenated post the parser may give 'by' two objects,
    # the post word first and the name second
    late = [c for c in agent.head.children if c.dep_ == "pobj" and c.i > agent.i] if agent.head.dep_ == "agent" else []
    for c in [*verb.children, *late]:
        if c.i > agent.i and c.dep_ in ("npadvmod", "appos", "dobj", "conj", "dep", "attr", "pobj") and \
                c.ent_type_ == "PERSON":
            between = verb.doc[agent.i + 1 : c.left_edge.i]
            if all(t.text[:1].isupper() or t.lower_ in TITLE_GLUE for t in between):
                return [m for m in resolver.actors(c, agent=True) if m.entity.type == PERSON]
    return []


def apposed_doer(subj: Token, verb: Token, resolver: Resolver) -> list[Mention]:
    """'Manama: President X received Y' (the dateline's city made the subject), 'Emir His Highness Sheikh X
    received Y' (the honorific read as the title's object): the parser hangs the named doer under a proper-noun
    subject as an apposition. When the subject itself names no person, that person is the doer."""
    if subj.pos_ != "PROPN" or subj.i > verb.i or any(m.entity.type == PERSON for m in resolver.actors(subj)):
        return []
    for t in subj.subtree:
        if t.dep_ == "appos" and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN") and t.i < verb.i:
            people = [m for m in resolver.actors(t, agent=True) if m.entity.type == PERSON]
            if people:
                return people
    return []


def delegation_of(noun: Token, resolver: Resolver) -> list[Mention]:
    """'the Taliban delegation', 'the group's negotiating team', 'Iranian negotiators' (no one named): the side
    the delegation speaks for."""
    if noun.lemma_.casefold() not in DELEGATION_NOUNS:
        return []
    return [m for c in noun.children if c.dep_ in ("poss", "compound", "amod") for m in resolver.actors(c, agent=True)
            if m.entity.type != PERSON]


def _subjects_in_fronted_phrase(verb: Token, resolver: Resolver) -> list[Mention]:
    """'On the sidelines of the G7, A and B held talks', 'During the trilateral, A and B held a bilateral': the
    parser, left without a subject, hangs A and B (as conjuncts or an apposition) under the fronted phrase's
    object; the names between the phrase's last comma and the verb are the verb's doers."""
    for p in verb.children:
        if p.dep_ != "prep" or p.i > verb.i or p.right_edge.i != verb.i - 1:
            continue
        commas = [t for t in p.subtree if t.text == ","]
        if not commas:
            continue
        tail = verb.doc[commas[-1].i + 1 : verb.i]
        # only names and their joints: "A and B", "A, B and C" (a clause or a description is no bare subject)
        if not tail or not any(t.pos_ == "PROPN" for t in tail) or \
                any(t.pos_ not in ("PROPN", "CCONJ", "PUNCT") for t in tail):
            continue
        roots = [t for t in tail if t.pos_ == "PROPN" and not tail.start <= t.head.i < tail.end]
        roots += [t for t in tail if t.pos_ == "PROPN" and t.dep_ in ("conj", "appos") and t not in roots]
        return unique_mentions([m for t in roots for m in resolver.actors(t, agent=True)])
    for p in verb.children:  # "In Doha, the Emir of Qatar, Sheikh X, hosted Y": the first name conjoined after a comma
        if p.dep_ != "prep" or p.i > verb.i:
            continue
        for o in p.subtree:
            tail = [c for c in children(o, "conj") if c.i > o.i and c.pos_ == "PROPN"]
            if tail and any(t.text == "," for t in verb.doc[o.i : tail[0].left_edge.i]):
                return [m for m in resolver.actors(tail[0], agent=True)]
    return []


_LIST_GLUE = {",", "and", "&", "-", "."}


def _list_word(tok: Token) -> bool:
    """A word of a bare list of names: a proper noun, a nationality ('Kenyan'), a comma, 'and'."""
    return tok.pos_ == "PROPN" or tok.ent_type_ == "NORP" or tok.lower_ in _LIST_GLUE


def listed_span(verb: Token) -> tuple[int, int]:
    """Bounds of the bare list of names between a fronted phrase and its verb ('Following the summit, A, B, C
    and D met': A to D), else (verb.i, verb.i). The list starts at the earliest comma after which the text up
    to the verb is only names, commas and 'and', and which closes a phrase that is no name itself."""
    doc, start = verb.doc, verb.sent.start
    for comma in doc[start : verb.i]:
        if comma.text != "," or comma.i == start or comma.i + 1 >= verb.i:
            continue
        before = doc[comma.i - 1]
        if _list_word(before) and before.dep_ != "pobj":
            continue  # "A, B and C met": the list has no fronted phrase
        if all(_list_word(t) for t in doc[comma.i + 1 : verb.i]) and doc[verb.i - 1].pos_ == "PROPN":
            return comma.i + 1, verb.i
    return verb.i, verb.i


def span_actor(ent, resolver: Resolver) -> Mention | None:
    """The actor a named-entity span stands for, read from its text alone (not from the parse around it)."""
    got = resolver.registry.actor(ent.text, ent.label_, position=ent.start_char)
    return Mention(got, ent.text) if got is not None else resolver.actor(ent[-1])


def fronted_name_list(verb: Token, resolver: Resolver) -> list[Mention]:
    """The actors of a bare list of two or more names that a fronted phrase leaves before its verb ('During
    the conference, A, B, C and D held talks', 'In a rare show of unity, A, B and C met'): the parser hangs
    some names on the phrase or as appositions, so each item is read from the text itself. Places in a
    list of people are the fronted phrase's town ('In X, Y, A and B met')."""
    lo, hi = listed_span(verb)
    doc = verb.doc
    items, item = [], []
    for t in doc[lo:hi]:
        if t.text == "," or t.lower_ in ("and", "&"):
            items, item = items + [item] * bool(item), []
        else:
            item.append(t)
    items += [item] * bool(item)
    if len(items) < 2:
        return []
    found = []
    for words in items:
        ents = [e for e in doc.ents if words[0].i <= e.start and e.end <= words[-1].i + 1]
        ent = max(ents, key=len, default=None)
        mention = span_actor(ent, resolver) if ent is not None else resolver.actor(words[-1])
        if mention is None:
            return []  # an item that names no actor: not a list of doers
        found.append(mention)
    people = [m for m in found if m.entity.type == PERSON]
    return unique_mentions(people + [m for m in found if m.entity.type != "place" and not people])


def _continuation(tok: Token) -> Token | None:
    """The root of a verbless noun phrase that the parser cut off right after `tok`'s phrase, on the
    same line (see `_split_subject`)."""
    end = tok.right_edge
    sent = tok.sent
    while end.i > sent.start and end.is_punct:
        end = end.doc[end.i - 1]
    after = tok.doc[sent.end] if sent.end < len(tok.doc) else None
    if after is None or any(t.i > end.i and not t.is_punct for t in sent) or "\n" in sent[-1].whitespace_:
        return None
    nxt = after.sent
    return nxt.root if nxt.root.pos_ in ("PROPN", "NOUN") else None


def _split_subject(subj: Token, resolver: Resolver) -> list[Mention]:
    """'UK Prime Minister Keir Starmer, French President Emmanuel Macron and German Chancellor Friedrich Merz
    met': a long list of titled names can make the parser end a sentence inside the subject. When the subject
    opens its parser sentence and the text before it, on the same line, is a verbless noun phrase with no
    final punctuation, that phrase is the front of the subject."""
    start = subj.left_edge
    sent = subj.sent
    if start.i != sent.start or start.i == 0:
        return []
    prev = start.doc[start.i - 1]
    if prev.is_punct and prev.text in ".!?…\"”'’" or "\n" in prev.text or "\n" in prev.whitespace_:
        return []
    front = prev.sent
    if front.root.pos_ not in ("PROPN", "NOUN") or any(t.pos_ in ("VERB", "AUX") for t in front):
        return []
    return [m for m in resolver.actors(front.root, agent=True) if m.entity.type != "place"]


def _names_in_title(subj: Token, resolver: Resolver) -> list[Mention]:
    """'Trade minister A and agriculture minister B met', 'Foreign Minister A and EU policy chief B held': with
    lower-case or long titles the parser may read the first name as a modifier inside the second one's title, so
    the subject is B alone. A person named inside the subject's own phrase, before it and followed by 'and' or a
    comma, is a doer too (a possessive is not: "A's deputy B")."""
    if subj.ent_type_ != "PERSON":
        return []
    own = entity_of(subj)
    start = own.start if own is not None else subj.i
    out: list[Mention] = []
    for t in subj.subtree:
        span = entity_of(t)
        # the last word of a name before the subject's own, then a coordination
        if t.i < start and t.ent_type_ == "PERSON" and t.dep_ != "poss" and span is not None and \
                span.end == t.i + 1 and t.doc[t.i + 1].lower_ in ("and", ","):
            out.extend(m for m in resolver.actors(t, agent=True) if m.entity.type == PERSON)
    return out


def with_objects(tok: Token, resolver: Resolver, preps=("with", "between", "among", "to")) -> list[Mention]:
    """Counterparties: 'met *with* X', 'talks *between* X and Y', 'a deal *with* X'."""
    out: list[Mention] = []
    objs = prep_objects(tok, *preps)
    # "spoke with X on Saturday, and separately with Y": the second "with" conjoined to the verb
    objs += [o for c in children(tok, "conj") if c.pos_ == "ADP" and c.lower_ in preps for o in children(c, "pobj")]
    # "spoke by telephone with X", "on the phone with X": the parser hangs the partner on the medium
    for medium in prep_objects(tok, "by", "over", "on", "via"):
        if medium.lower_ in PHONE_WORDS or medium.lemma_ in ("phone", "telephone", "videolink", "video"):
            objs.extend(prep_objects(medium, *preps))
    # "held calls with A, President of X, and B, President of Y": the parser may hang the last partner on the verb
    if objs and tok.dep_ == "dobj":
        objs += [c for c in children(tok.head, "conj") if c.pos_ == "PROPN" and c.i > objs[0].i]
    for obj in objs:
        if _absolute_with(obj):
            continue
        # "with the European Union delegation, led by X": a body's side, and its leader (`led_by`) (a country's
        # delegation led by a named person is told by its people)
        found = (post_holder(obj, resolver) or resolver.actors(obj, agent=True)) + [
            m for m in delegation_of(obj, resolver) if m.entity.type == ORGANIZATION]
        if private_people(obj):  # "met with German business leaders": not Germany
            found = [m for m in found if m.entity.type != COUNTRY]
        out.extend(found)
        out.extend(led_by(obj, resolver))
    return out


def post_holder(obj: Token, resolver: Resolver) -> list[Mention]:
    """'with the president of the Senate, X,': the person named after a post, not the body of the post (the
    parser may hang the name on the post or on the body)."""
    bodies = prep_objects(obj, "of")
    if obj.pos_ != "NOUN" or not bodies:  # ("his Russian counterpart, X": the country is the side's, kept)
        return []
    late = []  # "met with the president of the Senate, X, at ...": the parser may hang the name on the verb
    if obj.dep_ == "pobj" and obj.head.head.pos_ in ("VERB", "AUX"):
        late = [c for c in obj.head.head.children if c.dep_ in ("npadvmod", "appos")
                and c.left_edge.i == obj.right_edge.i + 2 and obj.doc[obj.right_edge.i + 1].text == ","]
    for t in [obj, *bodies]:
        for ap in children(t, "appos") + late:
            # (a name the tagger missed is taken when the registry knows it as a person)
            named = ap.ent_type_ == "PERSON" or ap.pos_ == "PROPN" and not ap.ent_type_
            if ap.i > t.i and named and obj.doc[ap.left_edge.i - 1].text == ",":
                return [m for m in resolver.actors(ap, agent=True) if m.entity.type == PERSON]
    return []


# What a conversation goes over, which the parser may read as the agent of a verb ("spoken by telephone").
MEDIUM_WORDS = PHONE_WORDS | {"link", "videolink", "video-link", "teleconference", "videoconference"}


def _absolute_with(obj: Token) -> bool:
    """'discussed Syria, with X expressing support for talks': X is the subject of a clause set off by a
    comma, not a partner of the conversation."""
    prep = obj.head
    if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i == 0 or obj.doc[prep.i - 1].text != ",":
        return False
    return any(c.tag_ == "VBG" and c.i > obj.i and c.dep_ in ("acl", "relcl", "advcl") for c in obj.children) or \
        any(c.tag_ == "VBG" and c.dep_ == "pcomp" and c.i > obj.i for c in prep.children)


# Groups that a named person leads ("a delegation led by X", "a panel headed by X").
LED_NOUNS = {"delegation", "team", "panel", "mission", "group", "side"}


def led_by(noun: Token, resolver: Resolver) -> list[Mention]:
    """The named leaders of a group: 'delegations led by A and B', 'a delegation from the World Bank, led
    by X' (the participle may hang on the verb), who stand for the group at a meeting or signing."""
    if noun.lemma_.casefold() not in LED_NOUNS:
        return []
    verb = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else None
    # "talks with the EU delegation, led by X": the parser may hang the participle on the word governing 'with'
    gov = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    late = [v for v in children(gov, "acl", "advcl") if v.i > noun.right_edge.i and
            noun.doc[v.i - 1].text == ","] if gov is not None else []
    leads = [v for v in children(noun, "acl", "relcl")
             + (children(verb, "advcl") if verb is not None and noun.dep_ == "dobj" else []) + late
             if v.lemma_.casefold() in ("lead", "head") and v.tag_ == "VBN"]
    out: list[Mention] = []
    for lead in leads:
        for by in children(lead, "agent"):
            objs = children(by, "pobj")
            found = [m for o in objs for m in resolver.actors(o, agent=True) if m.entity.type == PERSON]
            if not found:  # "led by Vice President for Africa X": the name may sit deeper than the title
                stop = verb.i if verb is not None and verb.i > by.i else max((t.i for o in objs for t in o.subtree),
                                                                            default=by.i) + 1
                found = [m for e in noun.doc.ents if e.label_ == "PERSON" and by.i < e.start and e.end <= stop
                         for m in resolver.actors(e.root, agent=True) if m.entity.type == PERSON]
            out.extend(found)
    return out


def noun_parties(noun: Token, resolver: Resolver) -> list[Mention]:
    """Parties named inside an event noun phrase: between/with/of objects, possessor, demonym or
    country modifiers ("Turkish-Russian meeting", "the Putin-Erdogan summit", "their meeting")."""
    out: list[Mention] = []
    out.extend(with_objects(noun, resolver, ("between", "among", "with")))
    for obj in prep_objects(noun, "of"):  # "a Memorandum of Understanding": part of the document's name
        if obj.lemma_.casefold() not in AGREEMENT_NOUNS | {"cooperation", "principle", "intent", "intention"}:
            # ("hosted X for the sixth meeting of the A-B Council": the purpose of a meeting already told)
            purpose = noun.dep_ == "pobj" and noun.head.lower_ == "for"
            members = member_countries(obj, resolver) if noun.lemma_.casefold() in GATHERING_NOUNS and \
                not purpose else []
            out.extend(members or resolver.actors(obj, agent=True))
    if noun.lemma_ in ("call", "visit", "message", "letter"):  # "a phone call from X", "a call to X"
        # ("received a call on Monday from X": the caller hung on the verb)
        late = prep_objects(noun.head, "from") if noun.dep_ == "dobj" and noun.head.lemma_ == "receive" else []
        for obj in prep_objects(noun, "from", "to") + late:
            place = resolver.gazetteer.place(mention_text(obj))
            if place is None or place.kind not in ("city", "region", "site"):  # "a visit to Tokyo": the venue
                out.extend(not_venue(obj, resolver.actors(obj, agent=True)))
    explicit = bool(out)
    modified: list[Mention] = []
    for c in noun.children:
        if c.dep_ == "poss":
            out.extend(resolver.actors(c) or whose_antecedent(c, resolver))
        elif c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in AHEAD_WORDS and not explicit:
            # "Turkish-Russian meeting" names parties; in "a Syrian summit between X and Y" it is the topic
            # ("an EU-India summit": the first name of a hyphenated pair hangs on the second)
            paired = [g for m in coordinated(c) for g in m.children
                      if g.dep_ == "compound" and g.i == m.i - 2 and m.nbor(-1).text == "-"]
            for m in sorted(paired + coordinated(c), key=lambda t: t.i):
                if m.pos_ == "PROPN" or m.ent_type_ in ("NORP", "GPE", "PERSON", "ORG"):
                    if _is_place_modifier(m, resolver):
                        continue
                    modified.extend(resolver.actors(m))
    name = entity_of(noun)
    if name is not None and noun.pos_ == "PROPN":  # "the AI Action Summit": words of the event's own name
        modified = [m for m in modified if m.entity.type in (COUNTRY, PERSON)]
    if len(modified) == 1 and modified[0].entity.type == ORGANIZATION and noun.lemma_.casefold() in MEETING_NOUNS:
        modified = []  # "the NATO summit", "his first Mercosur summit": the body's gathering, not a party to it
    return out + modified


# Nouns of one sitting of a standing body ("the 17th meeting of the A-B Joint Commission").
GATHERING_NOUNS = MEETING_NOUNS | {"session", "round", "sitting"}


def member_countries(body: Token, resolver: Resolver) -> list[Mention]:
    """'the Kenya-Uganda Joint Permanent Commission': the two or more countries a bilateral body's name
    is made of, who are the sides at its meetings (a name with one country is that country's own body)."""
    return countries_named([t for t in body.subtree if t.i < body.i and t.dep_ in ("compound", "amod", "nmod", "conj")],
                           resolver)


def countries_named(words: list[Token], resolver: Resolver) -> list[Mention]:
    """The countries named (or named by demonym) by two or more of `words`; none when fewer than two."""
    gaz = resolver.gazetteer
    out = [Mention(gaz.country_entity(c), t.text) for t in words
           for c in [gaz.country_by_name(t.text) or gaz.demonym(t.text)] if c is not None]
    return unique_mentions(out) if len({m.entity.key for m in out}) >= 2 else []


# Head nouns of a named building or grounds one visits ("the Presidential Palace", "Government House").
VENUE_NOUNS = {"palace", "house", "hall", "building", "complex", "residence", "castle", "mansion", "villa", "museum",
               "memorial", "temple", "mosque", "cathedral", "church", "shrine", "mausoleum", "cemetery", "monument",
               "fort", "fortress", "compound", "estate", "lodge", "tower", "square", "park", "garden", "gardens",
               "alley", "tomb", "grave", "statue", "cenotaph", "pantheon", "gate", "plaza"}


# Head nouns of an institution one tours ("visited the Institute of Tropical Medicine"): a site, not a host.
SITE_NOUNS = {"institute", "center", "centre", "university", "college", "school", "academy", "hospital", "clinic",
              "factory", "plant", "laboratory", "lab", "port", "farm", "facility", "exhibition", "zone", "park",
              "embassy", "consulate"}  # (a mission abroad is a place visited: "visited the Kenyan embassy")
# People who stand for no state: "met German business leaders", "will meet Indian investors" (their country
# named by an adjective is no party to the meeting).
PRIVATE_PEOPLE = {"executive", "investor", "entrepreneur", "businessman", "businessmen", "businesswoman",
                  "businesspeople", "ceo", "industrialist", "student", "journalist", "academic", "scholar",
                  "expatriate", "diaspora", "artist", "athlete", "worker", "farmer"}
CIVIL_MODS = {"business", "industry", "corporate", "community", "diaspora", "student", "civil", "religious",
              "faith", "tech", "private", "sector", "media", "youth", "cultural"}


def private_people(obj: Token) -> bool:
    """An unnamed group of private people: 'business leaders', 'Indian executives', 'community members'."""
    lemma = obj.lemma_.casefold()
    mods = {c.lower_ for c in obj.children if c.dep_ in ("compound", "amod", "nmod")}
    return obj.pos_ == "NOUN" and (lemma in PRIVATE_PEOPLE or obj.lower_ in PRIVATE_PEOPLE or bool(mods & CIVIL_MODS))


def not_venue(obj: Token, mentions: list[Mention]) -> list[Mention]:
    """The actors of a visited phrase, less the building itself ("a visit to the Presidential Palace" is a
    visit to whoever receives the visitor there, told apart)."""
    # "the Tomb of X and the Alley of Y": each site of a list, its head noun leading or ending its name
    heads = {t.text for t in obj.subtree if t.lemma_.casefold() in VENUE_NOUNS and (t is obj or t.dep_ == "conj")}
    if obj.lemma_.casefold() not in VENUE_NOUNS:
        return mentions
    # the building's own name, whatever type the registry gave it (an unknown name may be read as a person)
    return [m for m in mentions if m.entity.type == COUNTRY or not heads & set(m.text.split())]


def whose_antecedent(poss: Token, resolver: Resolver) -> list[Mention]:
    """'X, whose lunch with Y ran over': the person the relative 'whose' stands for."""
    if poss.lower_ != "whose":
        return []
    clause = next((t for t in poss.ancestors if t.dep_ == "relcl"), None)
    return resolver.actors(clause.head, agent=True) if clause is not None else []


def _is_place_modifier(tok: Token, resolver: Resolver) -> bool:
    """'the Astana conference', 'the Sochi summit': a city modifier names the venue, not a party."""
    if tok.ent_type_ == "NORP" or resolver.gazetteer.demonym(tok.text):
        return False
    if resolver.gazetteer.country_by_name(tok.text):
        return False
    place = resolver.gazetteer.place(tok.text)
    return place is not None and place.kind in ("city", "region", "site")


# Event nouns whose plural with several partners is one event per partner ("held phone calls with A and B").
SPLIT_NOUNS = {"call", "meeting", "conversation"}


def separately(tok: Token, roles: list, resolver: Resolver) -> list[list]:
    """'X met A and B in separate sessions', 'X held separate talks with each leader', 'X signed separate
    memorandums with each country', 'X held calls with A and B': one event of the doers with each counterpart."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    plural = tok.tag_ == "NNS" and tok.lemma_.casefold() in SPLIT_NOUNS
    # ("an expanded bilateral meeting joined by A and B": one meeting)
    if verb is None or not plural and not any(t.lower_ in ("separate", "separately", "individual", "bilateral") and not (
            t.lower_ == "bilateral" and t.head.i == tok.i and tok.tag_ == "NN") and (
            t.head.i in (tok.i, verb.i) or t.head.head.i == verb.i and t.head.dep_ in ("dobj", "conj", "prep")
            or t.head.lemma_.casefold() in MEETING_NOUNS | {"session", "meeting", "talk"})
            for t in verb.subtree):
        return [roles]
    doers = {m.entity.key for m in verb_subjects(verb, resolver)}
    mine = [(m, r) for m, r in roles if m.entity.key in doers]
    others = [(m, r) for m, r in roles if m.entity.key not in doers]
    people = sum(m.entity.type == PERSON for m, _ in others)
    if people >= 2 and people >= len(others) - people:
        # "calls with his Thai and Cambodian counterparts, A and B": the named people, not their countries
        others = [(m, r) for m, r in others if m.entity.type != COUNTRY]
    if plural and (not mine or verb is None):
        return []  # "calls with A and B" by an unnamed doer: who called whom is unknown
    if not mine or len(others) < 2:
        return [roles]
    return [mine + [o] for o in others]
