"""Attendees of a meeting already told: named people who attend, join or take part in it.

'The talks were attended by A and B', 'A and B also took part in the meeting', 'C was present at the talks',
'They were later joined by their delegations, including A', 'the Saudi side was attended by A',
'... held talks, joined by A and B': such a clause adds its named people to the meeting it refers to (the
meeting of its own sentence, else the one just told) and is no event of its own. `find(sent, resolver, quoted)`
reads the clauses of one sentence; the article stage picks the meeting they belong to.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.common import MEETING_NOUNS, PRONOUNS_GROUP, children, prep_objects, side_session_kinds
from kg.extract.coref import Mention, Resolver, unique_mentions
from kg.extract.frames import verb_subjects
from kg.extract.sentences import Sentence
from kg.extract.status import is_hypothetical, is_negated, status_of
from kg.records import PERSON, PLANNED

__all__ = ["Attendance", "find"]

# Verbs whose subject (or passive agent) sits in a meeting; "take part" and "be present" are read apart.
ATTEND_LEMMAS = {"attend", "join", "participate"}
# Nouns that restate a meeting told before: a summit or conference frames many meetings (a third party
# attending one is not at the pair's talks), a visit is a journey, a tete-a-tete has no one else by definition.
TOLD_MEETING_NOUNS = (MEETING_NOUNS - {"summit", "conference", "visit", "summitry", "meet", "tete-a-tete",
                                       "tête-à-tête", "tete-a-tetes", "tête-à-têtes"}) \
    | {"session", "plenary", "discussion", "discussions", "dialogue"}
# Passive subjects that stand for the meeting's own parties: "they were joined by", "both leaders were joined by"
PARTY_SUBJECTS = PRONOUNS_GROUP | {"leaders", "presidents", "ministers", "pair", "sides", "heads", "delegations"}
DEFINITE = {"the", "this", "that", "these", "those"}
# Prepositions whose objects are more attendees: "along with X", "together with X", "including X"
COMPANION_PREPS = {"along", "together", "including"}


@dataclass
class Attendance:
    """One attendance clause: its verb, the named people it adds, and whether it hangs on a meeting of its
    own sentence (a participle or relative clause: 'held talks, joined by A', 'talks which were attended by A')."""

    verb: Token
    people: list[Mention]
    within: bool
    told: bool = False  # the clause names the meeting by a meeting noun ('the talks were attended by A')


def find(sent: Sentence, resolver: Resolver, quoted: set[int]) -> list[Attendance]:
    """Every attendance clause of the sentence that names people (not 'a number of ministers', not 'members of
    the delegation'), told as done (not planned, negated or hypothetical)."""
    out = []
    for tok in sent.tokens:
        if tok.i in quoted or tok.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        found = _passive(tok, resolver) or _active(tok, resolver)
        if found is None or is_negated(tok) or is_hypothetical(tok) or status_of(tok) == PLANNED:
            continue
        people, within, told = found
        if people:
            out.append(Attendance(tok, people, within, told))
    return out


def _passive(verb: Token, resolver: Resolver) -> tuple[list[Mention], bool, bool] | None:
    """'The talks were attended by A', 'the X side was attended by A', 'they were joined by A', 'talks, joined
    by A', 'The meeting was chaired by X and also attended by A' (the subject is the first verb's)."""
    if verb.lemma_.casefold() not in ("attend", "join") or verb.tag_ != "VBN":
        return None
    agents = _agents(verb)
    if not agents or any(_meeting_word(n) for n in prep_objects(verb, "in", "for")):
        return None  # "joined by A for expanded talks", "joined in an expanded session by A": a session of its own
    people = [m for a in agents for o in children(a, "pobj") for m in named_people(o, resolver)]
    if not people:  # "joined by their ministers, A of X and B of Y": the parser may hang the list elsewhere
        people = _listed_after(verb, agents[0], resolver)
    subjects = children(verb, "nsubjpass") or (children(verb.head, "nsubjpass") if verb.dep_ == "conj" else [])
    if not subjects:  # a participle on the meeting clause: "held talks, joined by A"
        return (people, True, False) if verb.dep_ in ("acl", "advcl", "conj") else None
    subject = subjects[0]
    if subject.lower_ in ("which", "that"):  # "talks, which were attended by A"
        return (people, True, True) if verb.dep_ == "relcl" and _told_meeting(verb.head, relative=True) else None
    if _told_meeting(subject):
        return people, False, True
    if _side(subject) or subject.lower_ in PARTY_SUBJECTS:
        return people, False, False
    return None


_AGENT_HOLDERS = ("in", "at", "for", "on")  # "joined in the second half by A", "on the X side by A"


def _agents(verb: Token) -> list[Token]:
    """The 'by' phrases of a passive attendance verb: 'attended by A', 'joined in the second half by A', and each
    side's when the sides are told apart ('on the X side by A and on the Y side by B', 'by A on the X side and by
    B on the Y side')."""
    preps = [p for p in verb.children if p.dep_ in ("agent", "prep")]
    preps += [c for p in list(preps) for c in p.conjuncts if c.pos_ == "ADP" and c not in preps]
    out = [p for p in preps if p.lower_ == "by"]
    out += [b for p in preps if p.lower_ in _AGENT_HOLDERS for o in children(p, "pobj")
            for b in children(o, "prep") if b.lower_ == "by"]
    return sorted(set(out), key=lambda t: t.i)


def _active(verb: Token, resolver: Resolver) -> tuple[list[Mention], bool, bool] | None:
    """'A and B also took part in the talks', 'A participated in the meeting, along with B', 'A attended the
    talks', 'A was present at the talks': the meeting noun must be definite (the one just told)."""
    lemma = verb.lemma_.casefold()
    if lemma in ("attend", "join") and verb.tag_ != "VBN":
        nouns = children(verb, "dobj")
    elif lemma == "participate":
        nouns = prep_objects(verb, "in")
    elif lemma == "take" and any(o.lower_ == "part" for o in children(verb, "dobj")):
        nouns = prep_objects(verb, "in") + [n for o in children(verb, "dobj") for n in prep_objects(o, "in")]
    elif lemma == "be" and any(a.lower_ == "present" for a in children(verb, "acomp")):
        nouns = prep_objects(verb, "at") + [n for a in children(verb, "acomp") for n in prep_objects(a, "at")]
    else:
        return None
    if not any(_told_meeting(n) for n in nouns):
        return None
    people = [m for m in verb_subjects(verb, resolver) if m.entity.type == PERSON and not m.inferred]
    people += [m for p in children(verb, "prep") if p.lower_ in COMPANION_PREPS
               for o in [*children(p, "pobj"), *(x for w in children(p, "prep") for x in children(w, "pobj"))]
               for m in named_people(o, resolver)]
    return people, False, True


def named_people(tok: Token, resolver: Resolver) -> list[Mention]:
    """The people a phrase names, with those it lists ('their delegations, including A and B', 'their foreign
    ministers, A of X and B of Y', 'Sheikh A, Crown Prince of X, and Sayyid B'); never one supplied by
    coreference ('their ministers' alone names no one)."""
    listed, todo = [], [tok]
    while todo:  # the phrase, its conjuncts and appositions, and theirs
        t = todo.pop()
        listed.append(t)
        todo += [c for c in t.children if c.dep_ in ("conj", "appos")]
        todo += [o for p in children(t, "prep") if p.lower_ in COMPANION_PREPS for o in children(p, "pobj")]
    return _people(m for t in sorted(listed, key=lambda t: t.i) for m in resolver.actors(t, agent=True))


def _people(mentions) -> list[Mention]:
    """The named people among `mentions`, each once (none supplied by coreference)."""
    return unique_mentions([m for m in mentions if m.entity.type == PERSON and not m.inferred])


def _listed_after(verb: Token, agent: Token, resolver: Resolver) -> list[Mention]:
    """The people named after an agent that is no name ('joined by their foreign ministers, A of X and B of Y',
    'attended by HE the Prime Minister ... A': the parser may hang the names on the subject or on a title), up to
    the end of the clause (not in a clause of its own: ', while the other side was attended by B')."""
    if not any(o.pos_ in ("NOUN", "PRON") for o in children(agent, "pobj")):
        return []
    inner = {t.i for c in verb.children if c.dep_ in ("advcl", "ccomp", "relcl", "conj") and c.pos_ in ("VERB", "AUX")
             for t in c.subtree}
    names = [t for t in verb.doc[agent.i + 1 : verb.right_edge.i + 1]
             if t.pos_ == "PROPN" and t.dep_ != "compound" and t.i not in inner]
    # a name, not a title standing for someone ("the Prime Minister"): the word is part of the person's name
    return _people(m for t in names for m in resolver.actors(t, agent=True)
                   if t.text in m.entity.name or any(t.text in a for a in m.entity.aliases))


def _told_meeting(noun: Token, relative: bool = False) -> bool:
    """'the talks', 'the official talks', 'this meeting': a definite meeting noun naming no parties of its own
    ('the meeting between A and B', 'the meeting of the council' are other meetings) and no side session."""
    if not _meeting_word(noun):
        return False
    if not relative and not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) \
            and not any(c.dep_ == "poss" for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("between", "with", "of", "among") for c in noun.children):
        return False
    mods = " ".join(c.lower_ for c in noun.children if c.dep_ in ("amod", "compound"))
    return not side_session_kinds(f"{mods} {noun.lower_}")


def _meeting_word(noun: Token) -> bool:
    return noun.lemma_.casefold() in TOLD_MEETING_NOUNS or noun.lower_ in TOLD_MEETING_NOUNS


def _side(noun: Token) -> bool:
    """'the Indonesian side', 'the Qatari side': one party's bench at the talks."""
    return noun.lemma_.casefold() == "side" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) \
        and any(c.dep_ in ("amod", "compound", "poss") for c in noun.children)
