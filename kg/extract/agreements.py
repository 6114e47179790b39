"""Agreement rules: 'X and Y agreed', 'X signed a deal with Y', 'an accord was signed between X and Y',
'X and Y reached/struck/brokered a deal', 'X pledged/committed to', 'X and Y restated their commitment',
'a ceasefire between X and Y'."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.common import (AGREEMENT_LIGHT_VERBS, AGREEMENT_NOUNS, COMMITMENT_NOUNS, DOCUMENT_NOUNS, HYPOTHETICAL_AUX,
                               MEETING_NOUNS, RENEW_VERBS, REPORTED_FUTURE_AUX,
                               agent_of,
                               children, entity_of, is_passive, mention_text, prep_objects, subjects_of)
from kg.extract.coref import Mention, Resolver, unique_mentions
from kg.extract.frames import Candidate, add_roles, noun_parties, separately, verb_subjects, with_objects
from kg.extract.sentences import Sentence
from kg.extract.status import PLAN_WORDS, WISH_VERBS, is_hypothetical
from kg.extract.statements import joint_sides
from kg.records import AGREEMENT, COUNTRY, ORGANIZATION, PARTY, PERSON

DIRECT_VERBS = {"agree", "pledge", "commit", "sign", "vow", "undertake"}
# Documents that are agreements when signed or concluded ("signed a strategic partnership"), though not when
# named alone ("their partnership").
SIGNED_NOUNS = {"partnership", "convention", "charter", "framework", "roadmap"}
# Deals between two named sides when signed or concluded ("signed a 30-year concession with the port authority",
# "concluded a package on airspace and extradition", "the three countries signed the master plan"); alone they are
# often one side's ("signed a contract to supply trains", "signed a package of bills", "signed the budget plan"), so
# they need two parties.
PAIR_NOUNS = {"contract", "concession", "lease", "package", "plan"}
SIGNING_VERBS = {"sign", "ink", "conclude", "seal", "clinch", "initial", "ratify"}
# Verbs that prolong an agreement in force ("extended the accord until 2035"): the parties agree to it anew.
EXTEND_VERBS = {"extend", "prolong"}
# Verbs by which two or more sides jointly approve a plan ("the two leaders approved a roadmap").
APPROVE_VERBS = {"approve", "adopt", "endorse"}
# Plans that are joint decisions when two sides approve them (not when one side does: "the cabinet approved a plan").
PLAN_NOUNS = {"plan", "programme", "program", "roadmap", "framework"}
# Heads of a counted set of documents ("a package of 14 documents was signed").
QUANTITY_HEADS = {"package", "set", "series", "number", "total", "raft", "slew", "batch", "range", "bundle", "host"}
# Changes made to an agreement in force, which its sides conclude like the agreement itself.
AMENDMENT_HEADS = {"amendment", "addendum", "annex", "revision", "extension", "update", "modification", "supplement"}
# The wording of a document that is initialled or finalised before the document is signed.
TEXT_HEADS = {"text", "draft", "wording"}
# Verbs by which leaders preside over a signing by others ("the two leaders witnessed the signing of ...").
WITNESS_VERBS = {"witness", "oversee", "attend", "observe", "preside"}
# What the witnesses see done to the documents.
SIGNING_NOUNS = {"signing", "exchange", "conclusion", "initialling", "initialing"}


def _agreement_objects(verb: Token, nouns: set[str]) -> list[Token]:
    objs = children(verb, "dobj", "nsubjpass")
    for prep in ("on", "to"):
        objs.extend(prep_objects(verb, prep))
    if verb.lemma_.casefold() in ("conclude", "complete", "finalise", "finalize", "wrap"):
        # "concluded negotiations on a visiting forces agreement": the talks were brought to a deal
        objs.extend(o for n in children(verb, "dobj") if n.lemma_.casefold() in ("negotiation", "talk", "talks")
                    for p in prep_objects(n, "on", "over", "for") for o in [p, *prep_objects(p, "of")])
    if verb.dep_ == "acl":  # "the accord, signed by X and Y", "the agreement reached by X and Y"
        objs.append(verb.head)
        objs.extend(_topic_owners(verb.head))  # "an accord on visa rules, signed by X": hung on the topic
        if verb.head.lemma_.casefold() in EXISTING_HEADS:  # "the implementation of the accord signed by X"
            objs.extend(prep_objects(verb.head, "of"))
    relcl = next((t for t in [verb, *verb.ancestors][:3] if t.dep_ == "relcl"), None)
    if relcl is not None:  # "the pact, which X and Y signed in 2016", "the plan, which X and Y are expected to sign"
        objs = [relcl.head if o.tag_ in ("WDT", "WP") else o for o in objs]
        if relcl is verb and not children(verb, "dobj", "nsubjpass", "xcomp", "ccomp"):
            objs.append(verb.head)  # "the pact Chile and Peru signed in 2019": a relative clause with no "which"
        # "the accord, which they put their signatures to / agreed to": a stranded preposition
        if any(p.lower_ in ("to", "on") and not list(p.children) for p in children(verb, "prep")):
            objs.append(relcl.head)
    # "a package of 14 documents was signed", "initialled the text of the treaty": the documents themselves
    objs.extend(d for o in list(objs) if o.lemma_.casefold() in QUANTITY_HEADS | TEXT_HEADS
                for d in prep_objects(o, "of"))
    # "concluded an amendment to their tax treaty", "ratified a revision of the accord": a change both sides
    # agree to the agreement changed
    objs.extend(d for o in list(objs) if o.lemma_.casefold() in AMENDMENT_HEADS for d in prep_objects(o, "to", "of"))
    # "sign a protocol upgrading the area": the parser may read the participle as a noun the agreement modifies
    objs.extend(c for o in list(objs) if o.pos_ == "NOUN" and o.lower_.endswith("ing")
                for c in children(o, "compound"))
    objs.extend(_described_object(verb))
    objs.extend(a for o in list(objs) if o.lower_ in ("it", "them") or _bare_one(o) or _bare_ordinal(o)
                for a in [_antecedent(o, nouns)] if a is not None)
    # ("the Joint Plan of Action": a titled plan is a named document, whose title words are no parties)
    return [o for o in objs if _noun_lemma(o) in nouns and not (o.pos_ == "PROPN" and o.lemma_.casefold() == "plan")
            or _named_agreement(o, nouns)
            or verb.lemma_ in ("sign", "initial", "ink") and (_exchange_of_notes(o) or _agreed_minutes(o))
            or _signing_lemma(verb) in SIGNING_VERBS and (_named_document(o) or _intent_document(o))
            or _initialled_text(verb, o)]


def _described_object(verb: Token) -> list[Token]:
    """'signed what both governments describe as the most significant accord', 'reached what officials called a
    landmark deal': the object is a free relative ('what') whose clause names the document."""
    return [o for c in children(verb, "ccomp") if c.i > verb.i and any(
        w.lower_ == "what" and w.dep_ in ("dobj", "nsubjpass") for w in c.children)
            for o in [*children(c, "oprd"), *prep_objects(c, "as")]]


def _bare_one(tok: Token) -> bool:
    """'X signed its own treaty in 2003, and Y and Z sealed one in 2011': 'one' standing alone for an agreement
    named before (not 'one of the deals', 'one more round'; the parser may hang 'in Montevideo' on it)."""
    return tok.lower_ == "one" and tok.dep_ == "dobj" and all(c.dep_ == "prep" and c.lower_ != "of"
                                                              for c in tok.children)


# Words that stand alone for one of several documents named just before ("A and B inked the first, on solar power";
# "the latter was signed by C and D").
ORDINAL_REFERENCES = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "last", "final", "latter",
                      "former", "other"}


def _bare_ordinal(tok: Token) -> bool:
    """'Two memorandums were signed. A and B inked the first, on solar power', 'signed the latter', 'the second of
    them': a definite ordinal with no noun of its own, signed or passively signed, stands for a document named
    before (not 'the first round', 'the first of two letters', which carry their own noun)."""
    if tok.lower_ not in ORDINAL_REFERENCES or tok.dep_ not in ("dobj", "nsubjpass") or not any(
            d.lower_ == "the" for d in children(tok, "det")):
        return False
    return all(c.dep_ in ("det", "punct", "prep", "advmod") for c in tok.children) and all(
        o.pos_ == "PRON" for o in prep_objects(tok, "of"))


# Documents that record a shared intention when they are "of intent" ("a letter / declaration of intent").
INTENT_WORDS = {"intent", "intention", "intentions"}


def _intent_document(tok: Token) -> bool:
    """'inked a letter of intent', 'sealed a declaration of intent': a preliminary instrument both sides sign (not a
    letter alone, which one writer may sign)."""
    return _noun_lemma(tok) in DOCUMENT_NOUNS | AGREEMENT_NOUNS and any(
        o.lemma_.casefold() in INTENT_WORDS for o in prep_objects(tok, "of"))


def _initialled_text(verb: Token, obj: Token) -> bool:
    """'Negotiators initialled the text on May 3': initialling is the formal act that fixes a treaty's agreed
    wording, so the bare text initialled is an agreement's (not 'signed the text', which may be any letter)."""
    return verb.lemma_.casefold() == "initial" and obj.dep_ == "dobj" and obj.lemma_.casefold() in TEXT_HEADS \
        and not prep_objects(obj, "of")


# Prepositions that attach a topic to the document it is about ("an accord on trade", "a memorandum of ...").
TOPIC_PREPS = ("on", "of", "for", "concerning", "regarding", "in")


def _topic_owners(noun: Token) -> list[Token]:
    """The nouns a topic phrase hangs from, nearest first ("the mutual recognition" -> "an agreement" in "an
    agreement on the mutual recognition of licences, signed by X"): the small parser attaches a participle after
    a long topic to the topic's last noun, not to the document."""
    owners = []
    tok = noun
    for _ in range(4):
        if tok.dep_ != "pobj" or tok.head.lower_ not in TOPIC_PREPS or tok.head.head.pos_ not in ("NOUN", "PROPN"):
            break
        tok = tok.head.head
        owners.append(tok)
    return owners


def _topic_nouns(noun: Token) -> list[Token]:
    """The nouns of a document's topic, a few on/of/for phrases down with no clause crossed ("a memorandum on
    trade in farm goods" -> "trade", "goods")."""
    found: list[Token] = []
    level = [noun]
    for _ in range(3):
        level = [o for t in level for o in prep_objects(t, *TOPIC_PREPS) if o.pos_ in ("NOUN", "PROPN")]
        found.extend(level)
    return found


def _agreed_minutes(tok: Token) -> bool:
    """'signed the agreed minutes of the meeting': the record of decisions both delegations sign (not minutes
    named alone, which a secretary may sign)."""
    return tok.lower_ == "minutes" and (any(a.lower_ == "agreed" for a in tok.children) or any(
        o.lemma_.casefold() in MEETING_NOUNS | {"talk", "talks", "consultation", "negotiation"}
        for o in prep_objects(tok, "of")))


def _exchange_of_notes(tok: Token) -> bool:
    """'the Exchange of Notes concerning grant aid', 'an exchange of letters signed by X and Y': the formal
    instrument two governments sign (only as the object of a signing verb: "their exchange of letters" alone is
    correspondence)."""
    # (a capitalised title keeps its plural lemma: "Letters")
    return tok.lemma_.casefold() == "exchange" and any(o.lower_ in ("notes", "letters")
                                                       for o in prep_objects(tok, "of"))


# What formal diplomatic notes are exchanged on ("exchanged notes on a 30 billion yen loan").
NOTE_TOPICS = {"loan", "grant", "aid", "credit", "assistance"}


def _exchanged_documents(verb: Token) -> list[Token]:
    """'a memorandum was exchanged between X and Y', 'X and Y exchanged the MoUs', 'exchanged notes on a loan':
    agreement documents handed over at a signing (not "exchanged views on the agreement")."""
    docs = children(verb, "dobj", "nsubjpass")
    if verb.dep_ == "acl":  # "the memorandum exchanged by X and Y"
        docs.append(verb.head)
    found = [d for d in docs if _noun_lemma(d) in AGREEMENT_NOUNS - {"commitment", "pledge"}
             or _named_agreement(d, AGREEMENT_NOUNS)]
    found.extend(d for d in docs if d.lemma_.casefold() == "note" and d.tag_ == "NNS" and any(
        _noun_lemma(t) in NOTE_TOPICS | AGREEMENT_NOUNS for p in children(d, "prep")
        if p.lower_ in ("on", "concerning", "regarding", "for") for t in prep_objects(d, p.lower_)))
    found.extend(d for d in docs if _notes_told_before(d) and d not in found)
    return found


def _antecedent(pron: Token, nouns: set[str]) -> Token | None:
    """'ratified a treaty ..., a process begun when the two presidents signed it': the nearest agreement noun
    before the pronoun, in its sentence or the one before."""
    start = pron.sent.start
    if start > 0:
        start = pron.doc[start - 1].sent.start
    return next((t for t in reversed(pron.doc[start:pron.i]) if t.pos_ in ("NOUN", "PROPN")
                 and (_noun_lemma(t) in nouns or _named_agreement(t, nouns))), None)


def _named_agreement(tok: Token, nouns: set[str]) -> bool:
    """'the General Security of Military Information Agreement': a name whose last word is an agreement noun."""
    ent = entity_of(tok)
    return ent is not None and tok.pos_ == "PROPN" and ent[-1].lemma_.casefold() in nouns


def _named_document(tok: Token) -> bool:
    """A titled instrument a signing produces: a proper name ending in an instrument word ("the Duavata
    Partnership Action Plan", "the Paris Charter", "the Lagos Final Act", "a General Consensus on the Process")."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.lemma_.casefold() not in NAMED_DOCUMENT_HEADS:
        return False
    ent = entity_of(tok)
    if tok.ent_type_ in ("PERSON", "GPE", "NORP", "LOC"):
        return False
    if ent is not None and len(ent) >= 2 and ent[-1] == tok:
        return True
    # (the small model often tags no entity, or a place, on a title: a capitalised modifier or an "of/on" phrase
    # makes it one)
    return any(c.dep_ in ("compound", "amod") and c.text[:1].isupper() for c in tok.children) or any(
        o.text[:1].isupper() for o in prep_objects(tok, "of", "on"))


# Last words of titled documents that are signed ("the X Action Plan", "the Y Framework", "the Z Final Act").
NAMED_DOCUMENT_HEADS = {"plan", "framework", "roadmap", "charter", "convention", "partnership", "compact", "strategy",
                        "act", "statute", "covenant", "protocol", "pact", "communiqué", "communique", "consensus",
                        "concordat", "accord", "accords", "declaration", "treaty", "agreement", "memorandum",
                        "entente", "understanding", "arrangement", "principles"}
# Titles that also name one state's laws ("signed the Finance Act into law"): an agreement only between two sides.
LAW_HEADS = {"act", "statute", "code", "law"}


def _noun_lemma(tok: Token) -> str:
    """Lemma, with plural abbreviations the lemmatizer keeps ("MoUs" -> "mou")."""
    lemma = tok.lemma_.casefold()
    if lemma == "memoranda":  # the Latin plural, which the lemmatizer keeps
        return "memorandum"
    return lemma[:-1] if lemma.endswith("s") and lemma[:-1] in AGREEMENT_NOUNS else lemma


def _signing_lemma(tok: Token) -> str:
    """'put their signatures / names to the accord', 'put into force an agreement' read as signing ('sign',
    'ratify'); 'concurred to launch talks' as 'agree'."""
    lemma = tok.lemma_.casefold()
    if lemma in ("put", "affix", "add") and any(o.lemma_.casefold() == "signature" or o.lemma_.casefold() == "name"
                                                and prep_objects(tok, "to") for o in children(tok, "dobj")):
        return "sign"
    if lemma in ("co-sign", "cosign", "countersign", "co-signed", "ink"):
        return "sign"  # the lemmatizer keeps the prefix ("co-signed" -> "co-sign"); "inked" is signed
    if lemma == "put" and any(o.lower_ == "pen" for o in children(tok, "dobj")) and any(
            o.lower_ == "paper" for o in prep_objects(tok, "to")):
        return "sign"  # "put pen to paper on a framework"
    if lemma == "concur" and any(any(a.lower_ == "to" for a in children(c, "aux"))
                                 for c in children(tok, "xcomp", "advcl")):
        return "agree"  # a decision to act ("concurred that ..." is a shared view)
    if lemma in ("put", "bring") and _into_force(tok):
        return "ratify"  # needs an agreement object, like a ratification
    return lemma


def _into_force(verb: Token) -> bool:
    """'brought into force', 'put into effect'."""
    return any(o.lemma_.casefold() in ("force", "effect") for o in prep_objects(verb, "into"))


def _exchanged_instruments(verb: Token) -> bool:
    """'exchanged instruments of ratification', 'exchanged diplomatic notes bringing the accord into force':
    the exchange puts a treaty into force between the two sides."""
    return any(_instrument_in_force(obj, verb) for obj in children(verb, "dobj"))


def _instrument_in_force(obj: Token, verb: Token | None = None) -> bool:
    """'instruments of ratification', 'diplomatic notes bringing the accord into force' (the clause on the note or
    on the verb that exchanges it)."""
    lemma = obj.lemma_.casefold()
    if lemma == "instrument" and any(r.lemma_.casefold() == "ratification" for r in prep_objects(obj, "of")):
        return True
    clauses = [*children(obj, "acl", "relcl"), *(children(verb, "advcl", "xcomp", "conj") if verb is not None else [])]
    # (the parser may hang "into force" on the verb above the clause: "witnessed the exchange of notes bringing X
    # into force")
    return lemma in ("note", "instrument", "letter") and any(
        c.lemma_.casefold() in ("bring", "put") and any(_into_force(v) for v in [c, *list(c.ancestors)[:4]])
        for c in clauses)


def _notes_told_before(note: Token) -> bool:
    """'The notes were exchanged by X and Y' after '... the exchange of diplomatic notes bringing the accord into
    force': the definite notes are the instruments the sentence before (or the one before it) told of."""
    if note.lemma_.casefold() != "note" or note.tag_ != "NNS" or not any(
            d.lower_ in ("the", "these", "those") for d in children(note, "det")):
        return False
    start = note.sent.start
    for _ in range(2):
        start = note.doc[start - 1].sent.start if start > 0 else start
    return any(t.lemma_.casefold() == "note" and _instrument_in_force(t) for t in note.doc[start:note.sent.start])


def _concluded_negotiations(verb: Token) -> bool:
    """'X and Y concluded their negotiations': negotiations brought to an end are a deal (not 'concluded talks',
    'concluded a round of negotiations', which may end without one)."""
    return verb.lemma_.casefold() in ("conclude", "complete", "finalise", "finalize") and any(
        o.lemma_.casefold() == "negotiation" and o.tag_ == "NNS" for o in children(verb, "dobj"))


def _towards_agreement(noun: Token) -> bool:
    """'their commitment to the accords', 'to establish peace' (a joint undertaking), not 'the commitment of the
    United States to the defense of Korea' or 'to open regionalism' (a policy)."""
    if _noun_lemma(noun) in AGREEMENT_NOUNS - {"commitment", "pledge"}:
        return True
    return any(_noun_lemma(t) in AGREEMENT_NOUNS - {"commitment", "pledge"} or _named_agreement(t, AGREEMENT_NOUNS)
               or t.pos_ == "VERB" and t.tag_ == "VB" for t in noun.subtree)


def _assessment(verb: Token) -> bool:
    """'agreed that the situation was dire': a shared view, not a decision ('agreed that talks would resume')."""
    clauses = [c for c in children(verb, "ccomp") if any(m.lower_ == "that" for m in children(c, "mark"))]
    return bool(clauses) and not children(verb, "dobj", "xcomp") and not prep_objects(verb, "on", "to") and all(
        c.lemma_ == "be" and not any(a.tag_ == "MD" for a in children(c, "aux")) for c in clauses)


def _impersonal_parties(verb: Token, resolver: Resolver) -> list[Mention]:
    """'it was agreed that the two countries would ...': the subject of the agreed clause when it names two
    or more actors, else those who met in the sentence before ('At the meeting, it was agreed that ...')."""
    for clause in children(verb, "ccomp"):
        found = [m for s in subjects_of(clause) for m in resolver.actors(s, agent=True)]
        if len({m.entity.key for m in found}) >= 2:
            return found
    if any(o.lemma_.casefold() in MEETING_NOUNS | {"talk"} for o in prep_objects(verb, "at", "during")):
        return [Mention(e, verb.text, True) for e in resolver.state.last_meeting]
    return []


# Verbs that raise two sides' relations to a new formal level ("elevated their ties to a strategic partnership").
ELEVATE_VERBS = {"elevate", "upgrade", "raise", "lift"}
# What is raised: the relations themselves (not "raised trade to $10 billion").
RELATION_NOUNS = {"relation", "relations", "tie", "ties", "relationship", "partnership"}


def _elevated_ties(verb: Token) -> tuple[list[Token], list[Token]]:
    """'X and Y elevated their relationship to a Comprehensive Strategic Partnership', 'ties between X and Y were
    upgraded to a strategic partnership': the sides agree a new framework for their relations. Returns the
    relations raised and the partnership they are raised to (none unless both are there)."""
    ties = [t for t in children(verb, "dobj", "nsubjpass") if t.lemma_.casefold() in RELATION_NOUNS]
    targets = [o for t in [verb, *ties] for o in prep_objects(t, "to") if o.lemma_.casefold() == "partnership"]
    return (ties, targets) if ties and targets else ([], [])


def _ties_parties(ties: list[Token], resolver: Resolver) -> list[Mention]:
    """The sides named on the relations ('ties between X and Y', 'ties with X', 'the X-Y relationship')."""
    return [*(m for t in ties for m in with_objects(t, resolver, ("between", "with", "among"))),
            *_split_pairs([m for t in ties for c in t.children if c.dep_ in ("compound", "amod", "nmod")
                           for m in resolver.actors(c)], resolver)]


# Verbs by which the sides make their agreement public ("X and Y announced a ceasefire").
ANNOUNCE_VERBS = {"announce", "unveil"}


def _announced_agreement(verb: Token, resolver: Resolver) -> list[Token]:
    """'X and Y announced the political deal', 'X announced a trade pact with Y': the agreement announced by its own
    two sides (not 'X announced a ceasefire between A and B', a mediator's announcement, nor one side alone)."""
    nouns = [n for n in children(verb, "dobj") if _noun_lemma(n) in AGREEMENT_NOUNS - {"commitment", "pledge"}
             or _named_agreement(n, AGREEMENT_NOUNS)]
    if not nouns or any(p.lower_ in ("between", "among") for n in nouns for p in children(n, "prep")):
        return []
    sides = {m.entity.key for m in [*verb_subjects(verb, resolver),
                                    *(m for t in [verb, *nouns] for m in with_objects(t, resolver, ("with",)))]}
    return nouns if len(sides) >= 2 else []


def _under_agreement(verb: Token) -> bool:
    """'Under the agreement, the two sides committed to halting hostilities', 'under the terms of the deal, X pledged
    to ...': an obligation of an agreement already reported, not a new one. (Not 'under the declaration, the two
    sides agreed to open a route', which reports what they agreed.)"""
    return any(_noun_lemma(o) in AGREEMENT_NOUNS - {"commitment", "pledge"} or _named_agreement(o, AGREEMENT_NOUNS)
               or o.lemma_.casefold() == "term" and any(_noun_lemma(d) in AGREEMENT_NOUNS for d in prep_objects(o, "of"))
               for o in prep_objects(verb, "under"))


def _verb_agreement(tok: Token, resolver: Resolver) -> list | None:
    lemma = _signing_lemma(tok)
    nouns: list[Token] = []
    signed = AGREEMENT_NOUNS | SIGNED_NOUNS | PAIR_NOUNS if lemma in SIGNING_VERBS else AGREEMENT_NOUNS
    if tok.dep_ == "acl" and any(d.lower_ in ("any", "no") for d in children(tok.head, "det")):
        return None  # "any process agreed by the parties": none agreed yet
    if lemma in ("commit", "pledge", "undertake", "vow") and _under_agreement(tok):
        return None
    if tok.dep_ in ("relcl", "acl") and _sought(tok) and _document_noun(tok.head):
        return None  # "the deal the two countries are negotiating": sought, not made
    if lemma == "exchange" and _exchanged_instruments(tok):
        pass  # the treaty enters into force between the two sides
    elif lemma == "exchange":
        nouns = _exchanged_documents(tok)
        if not nouns:
            return None
    elif lemma == "agree" and _assessment(tok):
        return None
    elif lemma == "ratify":
        nouns = _agreement_objects(tok, signed)  # "Uzbekistan ratified a border treaty with Kazakhstan"
        if not nouns:
            return None
    elif lemma in DIRECT_VERBS:
        # "signed a deal", and "signed a joint statement / declaration" (a document both parties sign)
        nouns = _agreement_objects(tok, signed | (DOCUMENT_NOUNS if lemma == "sign" else set()))
        if lemma == "sign" and not nouns and not prep_objects(tok, "between", "with") and not (
                is_passive(tok) and agent_of(tok) is not None and not children(tok, "dobj")):
            return None  # "signed a letter"; "it was signed by X and Y" is kept
        to_clause = [c for c in children(tok, "xcomp", "ccomp", "advcl")
                     if c.dep_ != "advcl" or any(a.lower_ == "to" for a in c.children)]
        if lemma in ("pledge", "commit", "vow", "undertake") and not (to_clause or prep_objects(tok, "to") or nouns):
            return None
    elif lemma in RENEW_VERBS:
        # "restated their commitment to the accords": renewed towards an agreement, not a policy or an ally
        nouns = [n for n in _agreement_objects(tok, COMMITMENT_NOUNS) if _towards_agreement(n)]
        if not nouns:
            return None
    elif lemma in WITNESS_VERBS:
        return _witnessed_signing(tok, resolver)
    elif lemma in END_VERBS and _ended_with_agreement(tok, resolver) is not None:
        return _ended_with_agreement(tok, resolver)  # ("concluded a deal" falls through to the light verbs)
    elif lemma in ELEVATE_VERBS:
        ties, nouns = _elevated_ties(tok)
        if not nouns or _within_agreement_verb(tok):
            return None  # "agreed to elevate ties": the agreement verb reports it
        roles: list = []
        add_roles(roles, [*verb_subjects(tok, resolver), *with_objects(tok, resolver, ("with", "between")),
                          *_ties_parties(ties, resolver)], PARTY)
        return roles if len({m.entity.key for m, _ in roles}) >= 2 else None
    elif lemma in ANNOUNCE_VERBS:
        nouns = _announced_agreement(tok, resolver)
        if not nouns:
            return None
    elif lemma in EXTEND_VERBS:
        # "extended the accord until 2035" (not "extended support to the accord"; "agreed to extend" is the
        # agreement verb's)
        nouns = _approved(tok, AGREEMENT_NOUNS - {"commitment", "pledge"})
        if not nouns or _within_agreement_verb(tok):
            return None
    elif lemma in APPROVE_VERBS and not _member_subject(tok, resolver):
        # "approved an accord"; "the two leaders approved a roadmap" (a plan only when two sides approve it)
        nouns = _agreement_objects(tok, AGREEMENT_NOUNS) or [
            n for n in _approved(tok, PLAN_NOUNS | SIGNED_NOUNS | JOINT_DOCUMENT_NOUNS)
            if (n.lemma_.casefold() not in JOINT_DOCUMENT_NOUNS or _joint(n))
            and len({m.entity.key for m in verb_subjects(tok, resolver)}) >= 2]
        if not nouns or _within_agreement_verb(tok):
            return None
    elif lemma in AGREEMENT_LIGHT_VERBS:
        if lemma == "broker":
            sides = _brokered_sides(tok, resolver)
            if len({m.entity.key for m in sides}) >= 2:  # "brokered by X between A and B": X mediated
                roles: list = []
                add_roles(roles, sides, PARTY)
                return roles
            if tok.dep_ == "acl" or is_passive(tok) or _between_phrase(tok):
                # "a deal brokered by X": X mediated, the parties are elsewhere; "X brokered a truce between the
                # army and the rebels" with one side unresolved: X is still no party
                return None
        # "reached consensus on the key issues" (a consensus reached, not one sought or built)
        nouns = _agreement_objects(tok, signed | ({"consensus"} if lemma == "reach" else set()))
        if not nouns and not _member_subject(tok, resolver) and not _concluded_negotiations(tok):
            return None
    elif lemma in COLLECTIVE_VERBS and _member_subject(tok, resolver) and children(tok, "dobj"):
        pass  # "NATO leaders endorsed a new spending target": the members decided together
    elif lemma == "come" and any(_noun_lemma(o) in AGREEMENT_NOUNS - {"commitment", "pledge"}
                                 for o in prep_objects(tok, "to")):
        nouns = prep_objects(tok, "to")  # "came to an understanding / an agreement"
    else:
        return None
    roles: list = []
    add_roles(roles, _parties_of_subject(tok, resolver), PARTY)
    if roles:
        add_roles(roles, _member_states_of(tok, resolver), PARTY)
    if len(roles) == 1:
        add_roles(roles, _buried_first_conjunct(tok, resolver), PARTY)
    add_roles(roles, with_objects(tok, resolver, ("with", "between", "among")), PARTY)
    if not roles:
        add_roles(roles, _signers_after_witnesses(tok, resolver), PARTY)
    dateline = _signers_after_dateline(tok, resolver)
    if len({m.entity.key for m in dateline}) >= 2:  # the dateline's place, read as the subject, is no party
        roles = []
        add_roles(roles, dateline, PARTY)
    if lemma in SIGNING_VERBS and len({m.entity.key for m, _ in roles}) < 2:
        # "signed a memorandum on critical minerals with X": the parser hangs the counterpart on the topic
        add_roles(roles, [m for n in nouns for t in _topic_nouns(n) for m in with_objects(t, resolver, ("with",))],
                  PARTY)
    for noun in nouns:
        if noun.sent != tok.sent:
            continue  # "A and B signed the first": the document named before carries that sentence's names
        if lemma in RENEW_VERBS:  # "the commitment of the United States": the speaker's own side, no party
            add_roles(roles, with_objects(noun, resolver, ("with", "between", "among")), PARTY)
        elif not _named_agreement(noun, AGREEMENT_NOUNS | DOCUMENT_NOUNS):  # a title's words are no parties
            # ("the Joint Plan of Action": the words after a title's "of" neither)
            titled = {mention_text(o) for o in prep_objects(noun, "of")} if _named_document(noun) else set()
            add_roles(roles, [m for m in _document_parties(noun, resolver, len(roles) >= 2) if m.text not in titled],
                      PARTY)
        for part in prep_objects(noun, "of"):  # "a memorandum of understanding with X"
            if _noun_lemma(part) in AGREEMENT_NOUNS:
                add_roles(roles, with_objects(part, resolver, ("with", "between", "among")), PARTY)
    if not roles and _member_subject(tok, resolver):
        add_roles(roles, [m for s in children(tok, "nsubj") for c in s.children for m in _member_org(c, resolver)],
                  PARTY)
    if not roles and lemma == "agree" and is_passive(tok) and any(s.lower_ == "it" for s in children(tok, "nsubjpass")):
        add_roles(roles, _impersonal_parties(tok, resolver), PARTY)
    if not roles:
        add_roles(roles, _means_parties(tok, resolver), PARTY)
    if not roles:
        add_roles(roles, _replaced_parties(tok, resolver), PARTY)
    if not roles and is_passive(tok) and agent_of(tok) is None:
        # "the agreement was reached after talks in Doha between X and Y", "the deal was finalised during a
        # meeting between X and Y": those who met are the parties
        for talks in [*prep_objects(tok, "after", "during", "at", "following", "in"), *_following(tok)]:
            if talks.lemma_.casefold() in MEETING_NOUNS or talks.lower_ == "talks":
                add_roles(roles, noun_parties(talks, resolver), PARTY)
                if len(roles) < 2 and any(d.lower_ == "the" for d in children(talks, "det")):
                    # "Following the talks, 14 documents were signed": the talks just reported, as the sides
                    roles = []
                    add_roles(roles, _sides_of(resolver.state.last_meeting, resolver), PARTY)
    if _unnamed_signers_before_witnesses(tok):
        return None  # "signed by the relevant ministers in the presence of the two leaders": no named party
    if _plural_sides_subject(tok) and len({m.entity.key for m, _ in roles}) < 2:
        return None  # "the governments agreed" read as one office or one country: the sides are unknown
    if nouns and all(_noun_lemma(n) in PAIR_NOUNS | LAW_HEADS for n in nouns) and (
            len({m.entity.key for m, _ in roles}) < 2 or any(o.lower_ == "law" for o in prep_objects(tok, "into"))):
        return None  # "signed a contract to supply trains": one side's contract; "signed the Finance Act": a law
    if _partial_group(tok, roles):
        return None
    return roles


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12}


def _group_size(noun: Token) -> int | None:
    """The number a plural group noun counts ("the eight member countries", "the 3 leaders"), or None."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return None
    for num in children(noun, "nummod"):
        if num.lower_ in NUMBER_WORDS:
            return NUMBER_WORDS[num.lower_]
        if num.text.isdigit():
            return int(num.text)
    return None


def _partial_group(verb: Token, roles: list) -> bool:
    """'The previous declaration, signed by the eight member countries': the doers are a counted group of which the
    article's reading found only some (fewer than the count of every kind: people, states, bodies); the parties are
    unknown, and part of the group is no answer."""
    doer = agent_of(verb) if is_passive(verb) or verb.tag_ == "VBN" else next(iter(subjects_of(verb)), None)
    size = _group_size(doer) if doer is not None else None
    if size is None:
        return False
    kinds: dict[str, set] = {}
    for m, _ in roles:
        kinds.setdefault(m.entity.type, set()).add(m.entity.key)
    return sum(len(k) for k in kinds.values()) >= 2 and max(len(k) for k in kinds.values()) < size


# Verbs by which a new agreement takes the place of, or builds on, an earlier one ("The deal replaces a 2019
# arrangement", "The accord builds on a framework agreed in 2014").
SUCCESSION_VERBS = {"replace", "supersede", "succeed", "update", "renew", "upgrade", "revise", "amend", "expand",
                    "build", "extend"}


def _replaced_parties(verb: Token, resolver: Resolver) -> list[Mention]:
    """'The agreement replaces a 2019 arrangement signed in Kampala', 'It updates a memorandum signed in 2016': an
    agreement participle with no agent, on an earlier document that the article's agreement replaces or builds on,
    was made by that agreement's parties (the first agreement the article reports before the sentence)."""
    earlier = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or agent_of(verb) is not None or _noun_lemma(earlier) not in (
            AGREEMENT_NOUNS | SIGNED_NOUNS):
        return []
    succession = earlier.head.head if earlier.dep_ == "pobj" and earlier.head.lower_ in ("on", "upon") else earlier.head
    if earlier.dep_ not in ("dobj", "pobj") or succession.lemma_.casefold() not in SUCCESSION_VERBS or (
            earlier.dep_ == "pobj" and succession.lemma_.casefold() != "build") or is_hypothetical(succession):
        return []
    subj = children(succession, "nsubj")
    if len(subj) != 1 or not _definite_agreement(subj[0]):
        return []
    return _first_agreement(verb.doc[:verb.sent.start], resolver)


def _definite_agreement(tok: Token) -> bool:
    """'the agreement', 'the new deal', 'Monday's accord', 'it': the agreement the article reports, with no
    parties of its own ('the agreement with Kenya' is another)."""
    if tok.lower_ in ("it", "this"):
        return True
    return _noun_lemma(tok) in AGREEMENT_NOUNS and not any(p.lower_ in ("with", "between", "among")
                                                           for p in children(tok, "prep")) and (
        any(d.lower_ in ("the", "this") for d in children(tok, "det")) or bool(children(tok, "poss")))


def _first_agreement(before, resolver: Resolver) -> list[Mention]:
    """The parties of the first agreement between two or more sides found in a span (the article before a
    sentence)."""
    for tok in before:
        if tok.pos_ == "VERB" and _signing_lemma(tok) in SIGNING_VERBS | {"agree"}:
            with resolver.reading(tok.sent.start, tok.sent.end):  # the resolver reads one sentence at a time
                roles = _verb_agreement(tok, resolver)
            if roles and len({m.entity.key for m, _ in roles}) >= 2:
                return [m for m, _ in roles]
    return []


# Prepositions of the means by which the subject acts ("opened a new stage with a declaration signed in 2022").
MEANS_PREPS = {"with", "through", "under", "via", "by"}


def _means_parties(verb: Token, resolver: Resolver) -> list[Mention]:
    """'The two countries opened a new stage with a joint declaration signed in April 2022', 'X and Y settled the
    dispute through a treaty signed in 1998': an agreement past participle with no agent, on the means by which
    two or more sides act, was made by those sides (not 'X criticised the pact signed in 2019')."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or agent_of(verb) is not None or verb.head.dep_ != "pobj" \
            or verb.head.head.lower_ not in MEANS_PREPS or verb.head.head.head.pos_ != "VERB":
        return []
    sides = verb_subjects(verb.head.head.head, resolver)
    return sides if len({m.entity.key for m in sides}) >= 2 else []


# Verbs by which a meeting closes with its outcome ("the summit ended with a joint declaration").
END_VERBS = {"end", "conclude", "close", "culminate", "wrap"}


def _ended_with_agreement(verb: Token, resolver: Resolver) -> list | None:
    """'The summit between X and Y ended with a joint declaration', 'talks between X and Y, which concluded with a
    ceasefire deal': the meeting's named participants agreed the document (not 'ended without a deal', 'ended with no agreement')."""
    docs = [o for o in prep_objects(verb, "with", "in") if not any(d.lower_ in ("no", "any") for d in children(o, "det"))
            and (_noun_lemma(o) in AGREEMENT_NOUNS - {"commitment", "pledge"} or _named_agreement(o, AGREEMENT_NOUNS)
                 or o.lemma_.casefold() in JOINT_DOCUMENT_NOUNS and _joint(o))]
    meetings = [verb.head] if verb.dep_ == "relcl" else children(verb, "nsubj")
    meetings = [m for m in meetings if m.lemma_.casefold() in MEETING_NOUNS | {"talk", "talks"}]
    if not docs or not meetings:
        return None
    # (only sides the phrase names: "the meeting ended with an agreement" after an unnamed pair met takes no
    # earlier pair)
    sides = [m for t in meetings for m in noun_parties(t, resolver)]
    sides.extend(m for d in docs for m in with_objects(d, resolver, ("between", "among", "with")))
    if len({m.entity.key for m in sides}) < 2:
        return None
    roles: list = []
    add_roles(roles, sides, PARTY)
    return roles


def _signers_after_witnesses(verb: Token, resolver: Resolver) -> list[Mention]:
    """'Witnessed by A and B, C and D signed the accord': the parser may read the whole name list as the agent of
    the opening participle, leaving the verb no subject; the people named after the comma are the signers."""
    if children(verb, "nsubj", "nsubjpass"):
        return []
    for clause in children(verb, "advcl"):
        agent = agent_of(clause)
        if clause.lemma_.casefold() not in WITNESS_VERBS or clause.tag_ != "VBN" or agent is None:
            continue
        comma = next((t.i for t in agent.subtree if t.text == ","), None)
        if comma is not None:
            return _named_people([t for t in agent.subtree if t.i > comma], resolver)
    return []


def _signers_after_dateline(verb: Token, resolver: Resolver) -> list[Mention]:
    """'Lima, May 4 (Andina) President A and visiting President B signed ...': a wire dateline left at the head of
    the lead sentence becomes the verb's subject, the signers hanging inside it; the people named after the
    agency's closing parenthesis (within the dateline's first few words) are the signers."""
    subj = children(verb, "nsubj")
    if len(subj) != 1 or subj[0].ent_type_ != "GPE" or subj[0].left_edge.i != verb.sent.start:
        return []
    close = next((t.i for t in verb.doc[subj[0].i:subj[0].i + 8] if t.text == ")"), None)
    if close is None or not any(t.text == "," for t in verb.doc[subj[0].i:close]):
        return []
    return _named_people([t for t in subj[0].subtree if t.i > close], resolver)


def _unnamed_signers_before_witnesses(verb: Token) -> bool:
    """'The documents were signed by the relevant ministers in the presence of the two leaders': the signers are
    unnamed officials (no name in the phrase, not 'the two sides'), the named are witnesses, not parties."""
    if not any(o.lemma_.casefold() == "presence" for o in prep_objects(verb, "in")):
        return False
    doer = agent_of(verb) if is_passive(verb) else next(iter(children(verb, "nsubj")), None)
    return doer is not None and doer.tag_ == "NNS" and doer.lemma_.casefold() not in SIDE_NOUNS | NEIGHBOUR_NOUNS \
        | {"side"} and not any(t.ent_type_ or t.pos_ == "PROPN" for t in doer.subtree)


def _parties_of_subject(verb: Token, resolver: Resolver) -> list[Mention]:
    """The doers of the agreement verb as parties: the countries for 'the two sides' / 'ministers of the two
    countries' (the sides are the states, whoever signs); only the people for 'signed by the Minister of X, A, and
    Y's Minister of Z, B' (the words of their posts are no parties)."""
    listed = _listed_members(verb, resolver)
    if len({m.entity.key for m in listed}) >= 2:
        return listed
    doers = verb_subjects(verb, resolver)
    if _sides_subject(verb):
        return _sides_of([m.entity for m in doers], resolver) or doers
    agent = agent_of(verb)
    if agent is not None and (is_passive(verb) or verb.dep_ == "acl" and verb.tag_ == "VBN"):
        # "an accord on X, signed by A and B, and a memorandum on Y, inked by C and D": the names of the next
        # document's signers are no agents of this one
        cut = {t.i for d in agent.subtree if d.dep_ == "conj" and _document_noun(d) for t in d.subtree}
        sides = _side_agents(verb)
        listed = {t.i: t for t in [*agent.subtree, *_agent_list(agent), *(t for a in sides for t in a.subtree)]
                  if t.i not in cut}
        people = _listed_people(sorted(listed.values(), key=lambda t: t.i), resolver) + [
            m for a in sides for m in resolver.actors(a, agent=True) if m.entity.type == PERSON]
        posts = any(m.entity.type not in (PERSON, COUNTRY) for m in doers)  # a post's words read as a party
        if len({m.entity.key for m in people}) >= 2 and (
                posts or cut or len([m for m in doers if m.entity.type == PERSON]) < 2):
            return people
    subject = [t for s in children(verb, "nsubj") for t in s.subtree]
    people = [m for m in doers if m.entity.type == PERSON and not m.inferred] + _named_people(subject, resolver)
    if len({m.entity.key for m in people}) >= 2 and any(
            m.inferred and m.entity.type == PERSON and m.entity.key not in {p.entity.key for p in people}
            for m in doers):
        # "A and Iran's Minister of Roads B inked": the subject names both signers; a holder of a post that
        # coreference found for the post's words is none of them
        return people
    return _whole_list(verb, doers, resolver) or doers


# Words that join the items of a list of names ("A, B and C", "A and B, as well as C").
LIST_JOINTS = {",", "and", "as", "well"}


def _names_before(verb: Token) -> list[list[Token]]:
    """The items of the list of names that ends right before the verb ('A, B, C and D signed'; 'At the end of the
    talks, A, B, C and D adopted'), read along the text: the small parser breaks long lists (an item hung as a noun
    modifier or an apposition, the whole list hung on a fronted phrase's noun), so the word order is the surer guide.
    An item is a run of proper names with their titles ("President A", "the B", "C's Minister D"); the list stops at
    any other word, and at a name that is a preposition's object ("In Nairobi, A and B signed")."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ in ("AUX", "ADV", "PART") and verb.doc[i].lower_ != "'s":
        i -= 1  # "A, B and C have jointly signed"
    items: list[list[Token]] = []
    item: list[Token] = []
    for tok in reversed(verb.doc[verb.sent.start:i + 1]):
        if tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME"):
            if tok.dep_ in ("pobj", "dobj") or tok.head.pos_ == "ADP" and tok.head.i < tok.i and tok.head.lower_ != "of" \
                    or any(a.dep_ in ("pobj", "dobj") and a.pos_ == "PROPN" for a in tok.ancestors):
                break  # "Witnessed by A and B, C and D signed": the names of another phrase
            item.insert(0, tok)
        elif item and (tok.tag_ == "POS" or tok.lower_ == "the" or tok.ent_type_ == "NORP"):
            item.insert(0, tok)  # "Egypt's Minister A", "the Philippines", "Kenyan President B"
        elif tok.lower_ in LIST_JOINTS and tok.pos_ in ("PUNCT", "CCONJ", "ADP", "ADV", "SCONJ"):
            if item:
                items.insert(0, item)
                item = []
        else:
            break
    if item:
        items.insert(0, item)
    return items


def _whole_list(verb: Token, doers: list[Mention], resolver: Resolver) -> list[Mention]:
    """Every item of a long list of names before the verb when the parse read only part of it ('Norway, Sweden,
    Finland and Iceland signed' read as Norway; 'After the talks, A, B, C and D adopted' read as C and D): the
    items' actors when they include all the doers found and more. Empty otherwise."""
    if is_passive(verb) or any(s.i > verb.i for s in children(verb, "nsubj")):
        return []
    items = _names_before(verb)
    joints = {t.lower_ for t in verb.doc[items[0][0].i:items[-1][-1].i]} if items else set()
    if len(items) < 3 or not joints & {"and", "well"}:
        return []
    found = unique_mentions([m for item in items for tok in item if not item[0].i <= tok.head.i <= item[-1].i
                             for m in resolver.actors(tok, agent=True) if m.entity.type != "place"])
    keys = {m.entity.key for m in found}
    if not {m.entity.key for m in doers} < keys:
        return []
    return found


def _side_agents(verb: Token) -> list[Token]:
    """The signers after the first 'by' when each side's signer has its own: 'signed for Kenya by A and for Ethiopia
    by B' (a second agent), 'signed on the Omani side by A and on the Moldovan side by B', 'signed by A, and on the
    Lao side by B' (a 'by' inside a conjoined preposition on the verb or on the first agent)."""
    preps = children(verb, "agent")
    found = [o for p in preps[1:] for o in children(p, "pobj")]
    for top in [verb, *preps]:
        found.extend(o for c in top.children if c.dep_ == "conj" and c.pos_ == "ADP" for t in c.subtree
                     if t.lower_ == "by" and t.dep_ in ("prep", "agent") for o in children(t, "pobj"))
    return found


def _listed_members(verb: Token, resolver: Resolver) -> list[Mention]:
    """Signers named in a list after a plural role noun: 'their energy ministers - A of X, B of Y and C of Z -
    signed', 'the grid operators of the three countries, K, L and M, signed', 'the chief executives of K and L
    signed' (the named members, not the role's words; a named subject beside them stays). Empty when no subject is
    such a plural."""
    found: list[Mention] = []
    listed = False
    for subj in [c for s in subjects_of(verb) for c in [s, *s.conjuncts]]:
        if subj.pos_ != "NOUN" or subj.tag_ != "NNS":
            found.extend(resolver.actors(subj, agent=True) if subj.pos_ == "PROPN" else [])
            continue
        holders = [subj, *prep_objects(subj, "of")]
        items = [i for h in holders for a in children(h, "appos") for i in [a, *a.conjuncts]]
        if not items:  # "the chief executives of K and L": the named bodies whose heads they are (not "supporters
            # of Ghana and Nigeria", which the usual reading of the subject takes)
            items = [i for o in prep_objects(subj, "of") if o.pos_ == "PROPN" for i in [o, *o.conjuncts]
                     if i.ent_type_ not in ("GPE", "NORP", "LOC")]
        items = _list_run(items)
        listed = listed or bool(items)
        found.extend(m for i in items if _name_like(i) for m in _member_actors(i, resolver))
    return found if listed else []


def _list_run(items: list[Token]) -> list[Token]:
    """A list of names with the items the parser hung on an earlier item's "of" phrase ("K, the Operator of
    Ukraine, L and M"; "A of X, B of Y and C of Z", read as B apposed to X)."""
    found = list(items)
    for item in found:  # (grows as it goes: each hung item may carry the next)
        found.extend(c for o in prep_objects(item, "of") for a in [o, *children(o, "appos")]
                     for c in [a, *a.conjuncts] if c is not o and c not in found)
    return found


def _name_like(tok: Token) -> bool:
    """A proper name in a list, or an acronym the tagger read as a common noun ("ZGRT")."""
    return tok.pos_ == "PROPN" or tok.is_upper and len(tok) > 1 and tok.pos_ == "NOUN"


def _member_actors(item: Token, resolver: Resolver) -> list[Mention]:
    """The actors of one listed member; a name the tagger left untagged is a body (a list under an operators', a
    companies' or a banks' plural names organisations or people, and the people are tagged)."""
    found = resolver.actors(item, agent=True)
    if found or item.ent_type_ not in ("", "ORG", "PERSON"):  # (the small model tags unknown acronyms as people)
        return found
    text = mention_text(item)
    ent = resolver.registry.actor(text, ORGANIZATION_LABEL, position=item.idx)
    return [Mention(ent, text)] if ent is not None else []


# The NER label of an organisation, for a name the small model left untagged.
ORGANIZATION_LABEL = "ORG"


# Words other than names and titles that sit inside a list of signers ("by then President A, his counterpart B").
LIST_WORDS = {"then", "former", "of", "for", ",", "and", "'s", "-"}


def _agent_list(agent: Token) -> list[Token]:
    """The passive agent's list of signers read along the text: the small parser breaks a long list of titled names
    ('signed by then President A, then President B and then Prime Minister C', 'by the Minister of X, Ambassador A,
    and Y's Minister of Z, Mr B'), hanging the later names on the verb. The list runs over names, titles, commas and
    'and' to the first word of another kind (a preposition other than a title's of/for, a verb, a document), or to a
    comma after the name that follows 'and' ("signed by A and B, President C said")."""
    found: list[Token] = []
    closed = False  # a name after "and": the list's last item has begun
    for tok in agent.doc[agent.left_edge.i:agent.sent.end]:
        if tok.text == "," and closed or _document_noun(tok) or not (
                tok.lower_ in LIST_WORDS or tok.ent_type_ == "PERSON"
                or tok.pos_ in ("PROPN", "ADJ", "DET", "NOUN", "NUM") and tok.tag_ not in ("WDT", "WP")
                or tok.tag_ == "PRP$"):
            break
        closed = closed or tok.ent_type_ == "PERSON" and any(t.lower_ == "and" for t in found)
        found.append(tok)
    return found


def _listed_people(tokens: list[Token], resolver: Resolver) -> list[Mention]:
    """The people named among the tokens of a list of signers, the names the small model mistagged or left
    untagged included ("by A, Egypt's Minister of X B and Iraq's Minister of Y C" with A read as a place): the end of
    each run of proper names that stands for a person of the article whose name has that word."""
    found = _named_people(tokens, resolver)
    for tok in tokens:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
        if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON" or nxt is not None and nxt.lower_ not in (",", "and", "."):
            continue  # (only a name that ends a list item: "General (Retired) A" has a title before the bracket)
        found.extend(m for m in resolver.actors(tok, agent=True) if m.entity.type == PERSON
                     and len(m.entity.name.split()) > 1 and tok.text == m.entity.name.split()[-1])
    return unique_mentions(found)


def _named_people(tokens: list[Token], resolver: Resolver) -> list[Mention]:
    """The people named (PERSON entities) among the tokens, one mention per name."""
    names = {id(s): s for t in tokens if t.ent_type_ == "PERSON" for s in [entity_of(t)] if s is not None}
    return [m for s in names.values() for m in resolver.actors(s.root, agent=True) if m.entity.type == PERSON]


def _document_noun(tok: Token) -> bool:
    """An agreement or a signed document ("a memorandum", "the joint declaration")."""
    return tok.pos_ in ("NOUN", "PROPN") and _noun_lemma(tok) in AGREEMENT_NOUNS | SIGNED_NOUNS | DOCUMENT_NOUNS


# Nouns that name the sides of an agreement as the states they act for ("the two sides", "ministers of the two
# countries").
SIDE_NOUNS = {"side", "country", "nation", "government"}


# Plural nouns for two states acting together ("the two neighbours").
NEIGHBOUR_NOUNS = {"neighbor", "neighbour"}


def _sides_subject(verb: Token) -> bool:
    """The subject is 'the two sides' or people 'of the two countries'."""
    for s in children(verb, "nsubj"):
        if s.tag_ == "NNS" and s.lemma_.casefold() == "side":
            return True
        if s.tag_ == "NNS" and s.lemma_.casefold() in NEIGHBOUR_NOUNS | SIDE_NOUNS and any(
                n.lower_ in ("two", "both") or n.like_num for n in s.children):
            # "the two neighbours / countries / governments signed": the states (coreference may give the leaders
            # who met in the same sentence: "during a visit in which the two countries signed")
            return True
        if s.tag_ == "NNS" and any(o.tag_ == "NNS" and o.lemma_.casefold() in SIDE_NOUNS
                                   and any(n.like_num or n.lower_ in ("both", "two") for n in o.children)
                                   for o in prep_objects(s, "of")):
            return True
    return False


def _plural_sides_subject(verb: Token) -> bool:
    """The subject is a plural noun for the sides ('the governments', 'both countries', 'the neighbours'),
    which stands for two or more parties."""
    return any(s.tag_ == "NNS" and s.lemma_.casefold() in NEIGHBOUR_NOUNS | SIDE_NOUNS
               for s in children(verb, "nsubj"))


def _approved(verb: Token, nouns: set[str]) -> list[Token]:
    """The agreement or plan that is itself approved or extended ("extended the accord", "the roadmap approved
    by X and Y"), not the topic of the act ("adopted a statement on deepening the partnership")."""
    return [n for n in _agreement_objects(verb, nouns)
            if n.dep_ in ("dobj", "nsubjpass") and n.head == verb or n == verb.head]


# Documents that two sides adopt together as their agreement when the document is joint ("adopted a joint
# statement / a Joint Vision Statement"); one side's statement is a statement.
JOINT_DOCUMENT_NOUNS = {"statement", "communique", "communiqué", "vision"}


def _joint(noun: Token) -> bool:
    """'a joint statement', 'a Joint Vision Statement': the document is the sides' common text."""
    return any(t.lower_ == "joint" for t in noun.lefts for t in t.subtree)


def _within_agreement_verb(verb: Token) -> bool:
    """'agreed to extend the truce', 'agreed to raise trade and endorsed a plan': inside a clause of an agreement
    verb, which reports the agreement already."""
    return any(a.lemma_.casefold() in DIRECT_VERBS for a in verb.ancestors if a.sent == verb.sent)


def _following(verb: Token) -> list[Token]:
    """'Following the talks, ... was signed': the parser reads 'following' as a verb clause."""
    return [o for c in children(verb, "advcl", "prep") if c.lower_ in ("following", "after")
            for o in children(c, "dobj", "pobj")]


def _sides_of(entities: list, resolver: Resolver) -> list[Mention]:
    """The countries two or more leaders act for ('the two presidents' -> the two countries); none unless each
    has a known country and they are at least two."""
    countries = [resolver.country_of(e) for e in entities]
    if None in countries or len({c.key for c in countries}) < 2:
        return []
    return [Mention(c, c.name, True) for c in countries]


def _brokered_sides(verb: Token, resolver: Resolver) -> list[Mention]:
    """'a truce brokered by X between A and B', 'X brokered a deal between A and B': the sides named by
    'between'/'among', on the verb or on the agreement noun."""
    nouns = _agreement_objects(verb, AGREEMENT_NOUNS)
    if not nouns:
        return []  # "the exchange it helped to broker between the two countries": no agreement brokered
    return [*with_objects(verb, resolver, ("between", "among")),
            *(m for n in nouns for m in with_objects(n, resolver, ("between", "among")))]


def _between_phrase(verb: Token) -> bool:
    """'brokered a truce between A and B' (on the verb or on the agreement noun), whether or not A and B resolve."""
    return any(p.lower_ in ("between", "among") for t in [verb, *_agreement_objects(verb, AGREEMENT_NOUNS)]
               for p in children(t, "prep"))


def _witnessed_signing(verb: Token, resolver: Resolver) -> list | None:
    """'The two leaders witnessed the signing of seven agreements', 'Both leaders witnessed the exchange of four
    MoUs': the witnesses preside, the parties are the sides: signers named in the phrase ('the signing of the
    accord by X and Y'), else sides named with 'between' ('agreements ... between Kenya and Ethiopia'), else
    the countries the witnesses lead (the convention for leaders witnessing their ministers' signatures)."""
    acts = [o for o in [*children(verb, "dobj", "nsubjpass"), *prep_objects(verb, "over")]
            if o.lemma_.casefold() in SIGNING_NOUNS or o.lemma_.casefold() == "ceremony"
            and any(c.lemma_.casefold() in SIGNING_NOUNS | {"sign"} for c in children(o, "compound", "amod"))]
    acts = [a for a in acts if _signed_documents(a)]
    if not acts:
        return None
    roles: list = []
    signers = [o for act in acts for o in _signers(act)]
    named = _named_people([t for o in signers for t in o.subtree], resolver)
    if len({m.entity.key for m in named}) >= 2:  # "by the Chief Negotiators, A and B": the names, not the title
        add_roles(roles, named, PARTY)
    else:
        add_roles(roles, [m for o in signers for m in resolver.actors(o, agent=True)], PARTY)
    if len(roles) < 2:
        roles = []
        add_roles(roles, [m for act in acts for t in act.subtree if t.dep_ == "prep" and t.lower_ in ("between", "among")
                          for o in children(t, "pobj") for m in _as_states(o, resolver) or resolver.actors(o)], PARTY)
    if len(roles) < 2:
        roles = []
        add_roles(roles, _led_states(verb_subjects(verb, resolver), resolver, verb.doc), PARTY)
    if len(roles) < 2:  # "witnessed the exchange of notes bringing the Chile-Peru Fisheries Agreement into force"
        roles = []
        add_roles(roles, [c for act in acts for d in _signed_documents(act) for n in _titles_of(d)
                          for m in noun_parties(n, resolver) for c in _pair_countries(m, resolver)], PARTY)
    return roles if len(roles) >= 2 else None


def _between_states(noun: Token, resolver: Resolver) -> list[Mention]:
    """'memoranda between the governments of the two countries', 'a deal between the two sides': the states, when
    the agreement's 'between' phrase names states by description and each actor has a known country."""
    objs = [c for p in children(noun, "prep") if p.lower_ in ("between", "among") for c in children(p, "pobj")]
    return _as_states(objs[0], resolver) if len(objs) == 1 else []


def _as_states(noun: Token, resolver: Resolver) -> list[Mention]:
    """The states a plural side noun stands for ('the governments of the two countries', 'the two sides'), from the
    actors coreference finds for it (it may give the leaders who met); none for any other phrase."""
    if noun.tag_ != "NNS" or noun.lemma_.casefold() not in SIDE_NOUNS | {"side"}:
        return []
    return _led_states(resolver.actors(noun), resolver, noun.doc)


def _led_states(leaders: list[Mention], resolver: Resolver, doc) -> list[Mention]:
    """The countries two or three leaders act for; a leader whose country the article never states ('His Highness
    the Amir') takes the story's clearly most-named other country, as for a joint statement's sides."""
    sides = _sides_of([m.entity for m in leaders], resolver)
    if sides or not 2 <= len(leaders) <= 3:
        return sides
    states = [m for m in joint_sides(leaders, resolver, doc) if m.entity.type == COUNTRY]
    if len({m.entity.key for m in states}) != len(leaders):
        return []
    # a side named far less than the known sides is a passing mention, not the other party
    counts = {key: n for key, (_ent, n) in resolver.story_countries(doc).items()}
    known = {c.key for c in (resolver.country_of(m.entity) for m in leaders) if c is not None}
    if not known:
        return []  # no side stated at all: the story's two most-named countries may be neither
    least = min(counts.get(key, 0) for key in known)
    return states if all(2 * counts.get(m.entity.key, 0) >= least for m in states) else []


def _signers(act: Token) -> list[Token]:
    """'the signing of the accord by X and Y', also when the parser hangs 'by' on the accord's topic ('the signing of
    a protocol on the recognition of documents by X and Y')."""
    return [*prep_objects(act, "by"), *(o for d in _signed_documents(act) for t in d.subtree
                                        if t.dep_ == "prep" and t.lower_ == "by" and _no_clause_between(t, d)
                                        for o in children(t, "pobj"))]


def _no_clause_between(tok: Token, top: Token) -> bool:
    """No verb on the path from the token up to the phrase head (the 'by' is the topic's, not a clause's)."""
    # (a gerund in a topic, "the recognition of driving licences", is no clause)
    return not any(a.pos_ in ("VERB", "AUX") and a.dep_ != "pcomp" for a in tok.ancestors
                   if a.i != top.i and top in a.ancestors)


def _pair_countries(mention: Mention, resolver: Resolver) -> list[Mention]:
    """A country, or the countries of a hyphenated pair read as one name ("the Chile-Peru accord")."""
    if mention.entity.type == COUNTRY:
        return [mention]
    parts = _hyphen_pair(mention, resolver)
    return parts if all(m.entity.type == COUNTRY for m in parts) else []


def _hyphen_pair(mention: Mention, resolver: Resolver) -> list[Mention]:
    """The sides of a hyphenated pair the tagger read as one name ("the EU-Pacifica agreement", "the ASEAN-Japan
    partnership"): each part a known country or organisation, else none (a name like "Rolls-Royce" stays whole)."""
    if mention.entity.type == COUNTRY or "-" not in mention.text:
        return []
    words = [p.strip() for p in mention.text.split("-")]
    parts = [resolver.registry.actor(w, None) for w in words]
    if len(parts) == 2 and parts.count(None) == 1:
        # a bloc the registry does not list, beside a known side ("EU-Pacifica"): one capitalised name (not a
        # word of a longer name, "the Export-Import Bank of Korea")
        other = words[parts.index(None)]
        if other[:1].isupper() and " " not in other and " " not in words[1 - parts.index(None)]:
            parts[parts.index(None)] = resolver.registry.actor(other, "ORG")
    if len(parts) < 2 or any(e is None or e.type not in (COUNTRY, ORGANIZATION) or e.key == mention.entity.key
                             for e in parts):
        return []  # (a part that is the pair's own entity: the registry kept the pair as one name)
    return [Mention(e, e.name, True) for e in parts]


def _split_pairs(mentions: list[Mention], resolver: Resolver) -> list[Mention]:
    """The mentions with each hyphenated pair read as one name split into its two sides."""
    return [p for m in mentions for p in _hyphen_pair(m, resolver) or [m]]


def _titles_of(doc: Token) -> list[Token]:
    """The document and the agreement it brings into force (with the "of" head of a title: "the Status of Visiting
    Forces Agreement"), whose names may carry the countries that are its sides."""
    found = [doc, *(o for c in children(doc, "acl", "relcl") for o in children(c, "dobj"))]
    return [*found, *(o for t in found[1:] for o in prep_objects(t, "of"))]


def _signed_documents(act: Token) -> list[Token]:
    """The agreements or documents of a signing ('the signing of 14 documents', 'the exchange of four MoUs')."""
    docs = prep_objects(act, "of", "for")
    docs.extend(d for o in list(docs) if o.lemma_.casefold() in QUANTITY_HEADS for d in prep_objects(o, "of"))
    return [d for d in docs if _noun_lemma(d) in (AGREEMENT_NOUNS - {"commitment", "pledge"}) | SIGNED_NOUNS
            | DOCUMENT_NOUNS or _named_agreement(d, AGREEMENT_NOUNS) or _named_document(d) or _instrument_in_force(d)
            # "the signing of a protocol decision": a decision in the form of an agreement
            or any(_noun_lemma(c) in AGREEMENT_NOUNS - {"commitment", "pledge"} for c in children(d, "compound"))]


def _buried_first_conjunct(verb: Token, resolver: Resolver) -> list[Mention]:
    """'Economy Minister Luis Caputo and Chilean Finance Minister Jorge Quiroz signed': the small parser may hang
    the first titled name as a modifier ("nmod", "appos") inside the second title, so the subject names one person. A
    person modifier with its own "and", inside a title of the named subject, is the first conjunct of the subject.
    (A workaround: the subject finder in frames/coref is the place for it.)"""
    # ("President A and visiting Chilean President B": the first name may hang on the subject itself)
    found = [m for s in children(verb, "nsubj", "nsubjpass") if s.ent_type_ == "PERSON" for t in s.subtree
             if t.dep_ in ("nmod", "appos") and (t.head.i != s.i or t.i < s.i) and t.ent_type_ == "PERSON"
             and any(c.lower_ == "and" for c in children(t, "cc"))
             for m in resolver.actors(t, agent=True) if m.entity.type == PERSON]
    # "Chancellor A and visiting Kenyan President B signed": the parser may read "visiting" as a verb conjunct
    # whose object is the second signer
    found.extend(m for s in children(verb, "nsubj") for c in children(s, "conj")
                 if c.lower_ in ("visiting", "incoming", "outgoing") and c.tag_ == "VBG"
                 for o in children(c, "dobj") if o.ent_type_ == "PERSON"
                 for m in resolver.actors(o, agent=True) if m.entity.type == PERSON)
    # "President A (native script) and visiting Chilean President B signed": or as a clausal subject of the verb
    found.extend(m for c in children(verb, "csubj") if c.lower_ in ("visiting", "incoming", "outgoing")
                 and c.tag_ == "VBG" for o in children(c, "dobj") if o.ent_type_ == "PERSON"
                 for m in resolver.actors(o, agent=True) if m.entity.type == PERSON)
    # "Foreign Minister A (native script) and his counterpart B put their signatures": the first title may hang
    # on the verb as a bare noun modifier, its name inside it
    found.extend(m for n in children(verb, "npadvmod") if n.pos_ == "PROPN" for t in n.subtree
                 if t.ent_type_ == "PERSON" and any(c.lower_ == "and" for c in children(t, "cc"))
                 for m in resolver.actors(t, agent=True) if m.entity.type == PERSON)
    return found


def _document_parties(noun: Token, resolver: Resolver, named: bool) -> list[Mention]:
    """Parties inside the agreement's noun phrase. When the verb already names two sides, a modifier adds only a
    country ("the India-UK deal"): "the Itaipu treaty", "the Ras Tanura deal" name a place or project."""
    nested = _nested_between(noun, resolver) + _committed_parties(noun, resolver) + _in_principle(noun, resolver)
    found = _hyphened_modifiers(noun, resolver) + _split_pairs(noun_parties(noun, resolver), resolver) + nested
    # "the EU-Indonesia Comprehensive Economic Partnership Agreement": a title's words are no party
    found = [m for m in found if m.text.split()[-1].casefold() not in NAMED_DOCUMENT_HEADS | AGREEMENT_NOUNS]
    if not named:
        return found
    explicit = {m.entity.key for m in [*with_objects(noun, resolver, ("with", "between", "among")), *nested]}
    return [m for m in found if m.entity.key in explicit or m.entity.type == COUNTRY]


def _hyphened_modifiers(noun: Token, resolver: Resolver) -> list[Mention]:
    """'the Canada-Peru free trade agreement': the parser may split a hyphenated pair of sides into two one-word
    modifiers of the document, tagging one side or neither; each word a known country or organisation."""
    for right in noun.lefts:
        left = next((c for c in right.lefts if c.i == right.i - 2 and c.dep_ in ("nmod", "compound")), None)
        if left is None or right.dep_ not in ("nmod", "compound") or noun.doc[right.i - 1].text != "-":
            continue
        sides = [resolver.registry.actor(t.text, None) for t in (left, right)]
        pair = f"{left.text}-{right.text}".casefold()  # a side that is the pair's own name ("EU-Mercosur") is none
        if all(e is not None and e.type in (COUNTRY, ORGANIZATION) and pair not in e.name.casefold() for e in sides) \
                and sides[0].key != sides[1].key:
            return [Mention(e, e.name, True) for e in sides]
    return []


def _nested_between(noun: Token, resolver: Resolver) -> list[Mention]:
    """'an agreement on the facilitation of visas between the EU and Kazakhstan': the parties named by a
    'between' phrase deeper in the agreement's topic (a few of/on/for phrases down, no clause crossed)."""
    out: list[Mention] = []
    level = [noun]
    for _ in range(4):
        level = [o for t in level for o in prep_objects(t, "on", "of", "for", "concerning", "regarding")]
        out.extend(m for t in level for m in with_objects(t, resolver, ("between",)))
    return out


def _in_principle(noun: Token, resolver: Resolver) -> list[Mention]:
    """'an agreement in principle between X and Y': the parser hangs the sides on 'principle'."""
    return [m for p in prep_objects(noun, "in") if p.lemma_.casefold() == "principle"
            for m in with_objects(p, resolver, ("between", "with", "among"))]


def _committed_parties(noun: Token, resolver: Resolver) -> list[Mention]:
    """'a joint declaration committing Argentina and Chile to expand gas exports': those the document binds."""
    return [m for v in children(noun, "acl") if v.lemma_.casefold() in ("commit", "bind", "oblige", "obligate")
            for o in children(v, "dobj") for m in resolver.actors(o, agent=True)]


def _noun_agreement(tok: Token, resolver: Resolver) -> list | None:
    """A named agreement whose parties are inside the noun phrase ('a ceasefire between X and Y')."""
    relative = _relative_clause(tok) if tok.pos_ in ("NOUN", "PROPN") else None
    if relative is not None and _noun_lemma(tok) in AGREEMENT_NOUNS | SIGNED_NOUNS:
        if _sought(relative[1]):
            return None  # "the deal the two countries are negotiating": not made yet
        if relative[1].dep_ == "acl":  # (a clause read properly is the verb rule's)
            return _relative_parties(tok, resolver)
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.casefold() not in AGREEMENT_NOUNS - {"commitment", "pledge"}:
        return None
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass", "pobj") and (_signing_lemma(head) in AGREEMENT_LIGHT_VERBS | DIRECT_VERBS
                                                     | RENEW_VERBS | EXTEND_VERBS | {"ratify", "exchange"} or head.head.lemma_.casefold()
                                                     in DIRECT_VERBS or _exchanged_instruments(head.head)):
        return None  # the verb rule covers it
    if _topic_of_noun(tok):
        return None  # "talks on a ceasefire", "an offer of a truce between X and Y": sought, not agreed
    roles: list = []
    add_roles(roles, _between_states(tok, resolver) or _split_pairs(noun_parties(tok, resolver), resolver)
              + _in_principle(tok, resolver), PARTY)
    if not roles:
        add_roles(roles, _outcome_of_talks(tok, resolver), PARTY)
    return roles


# Verbs of an agreement still sought in a relative clause ("the deal the two countries are negotiating").
SOUGHT_VERBS = WISH_VERBS | PLAN_WORDS | {"negotiate", "discuss", "draft", "debate", "consider", "study", "pursue",
                                         "explore", "work"}


def _relative_clause(noun: Token) -> tuple[Token, Token] | None:
    """(doer, verb) of a relative clause told about a document ('the accord that A and B signed', 'the deal the two
    countries are negotiating'), the parser's misreadings of a clause without "that" included: the doer read as an
    apposition of the document or as a second subject right after it, the clause's verb hung on the doer."""
    for verb in children(noun, "relcl"):
        doers = [d for d in children(verb, "nsubj") if d.i > noun.i and d.tag_ not in ("WDT", "WP")]
        if doers:
            return doers[0], verb
    after = [d for d in children(noun, "appos") if d.i > noun.i] + [
        d for d in noun.head.children if d.dep_ == noun.dep_ == "nsubj" and d.i > noun.i and d.left_edge.i == noun.i + 1]
    for doer in after:
        if doer.pos_ in ("NOUN", "PROPN", "PRON"):
            verbs = [v for v in children(doer, "acl", "relcl") if v.pos_ == "VERB" and v.i > doer.i]
            if verbs:
                return doer, verbs[0]
    return None


def _sought(verb: Token) -> bool:
    """A relative clause's verb for an agreement not yet made: sought, planned, in progress or hypothetical."""
    return verb.lemma_.casefold() in SOUGHT_VERBS or verb.tag_ == "VBG" or any(
        a.lower_ in HYPOTHETICAL_AUX | REPORTED_FUTURE_AUX for a in children(verb, "aux"))


def _relative_parties(noun: Token, resolver: Resolver) -> list | None:
    """The parties of an agreement told in a relative clause the parser misread ('the accord the two sides signed at
    the last summit': the clause's doers, when its verb concluded the agreement), or None."""
    doer, verb = _relative_clause(noun)
    if _signing_lemma(verb) not in SIGNING_VERBS | DIRECT_VERBS | AGREEMENT_LIGHT_VERBS or _sought(verb):
        return None
    found = resolver.actors(doer, agent=True)
    if doer.lemma_.casefold() in SIDE_NOUNS:  # "the two sides": states or bodies, not the people last named
        found = _sides_of([m.entity for m in found], resolver) or [m for m in found if m.entity.type != PERSON]
        met = resolver.state.last_meeting or []
        last = _sides_of(met, resolver) or [Mention(e, e.name, True) for e in met if e.type != PERSON]
        if len(found) < 2 and _group_size(doer) == len({m.entity.key for m in last}):
            found = last  # the sides of the talks reported
    roles: list = []
    add_roles(roles, [*found, *with_objects(verb, resolver, ("with",))], PARTY)
    return roles if len({m.entity.key for m, _ in roles}) >= 2 else None


def _outcome_of_talks(noun: Token, resolver: Resolver) -> list[Mention]:
    """'The meeting ended with an agreement to reopen the hotline', 'talks between X and Y concluded with a
    deal': those who met, named in the meeting phrase, are the parties. (Not the meeting reported before: a
    wrong pair there would become a wrong agreement.)"""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or verb.lemma_.casefold() not in (
            "end", "conclude", "close", "wrap", "finish", "culminate"):
        return []
    talks = [*subjects_of(verb), *([verb.head] if verb.dep_ == "acl" else [])]
    talks = [t for t in talks if t.lemma_.casefold() in MEETING_NOUNS | {"talk", "talks", "negotiation"}]
    if not talks:
        return []
    return [m for t in talks for m in noun_parties(t, resolver)]


# Nouns whose "of"-object is an agreement that exists ("the signing of the accord between X and Y").
EXISTING_HEADS = {"signing", "conclusion", "implementation", "terms", "text", "anniversary", "violation",
                  "breach", "part", "provision", "extension", "renewal", "collapse", "signatory", "architect"}


def _topic_of_noun(tok: Token) -> bool:
    """The agreement noun is the topic of another noun (talks, offer, proposal, push, hopes)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("on", "for", "of", "about", "over", "toward", "towards"):
        return False
    owner = prep.head
    return owner.pos_ in ("NOUN", "PROPN") and owner.lemma_.casefold() not in EXISTING_HEADS | AGREEMENT_NOUNS


def find(sent: Sentence, resolver: Resolver, quoted: set[int]) -> list[Candidate]:
    out = []
    for tok in sent.tokens:
        if tok.i in quoted and not _quoted_predicate(tok, quoted):
            continue
        if tok.pos_ in ("VERB", "ADJ", "AUX"):
            roles, rule = _verb_agreement(tok, resolver), "agreement.verb"
        else:
            roles, rule = _noun_agreement(tok, resolver), "agreement.noun"
        if roles is None:
            continue
        for part in separately(tok, roles, resolver):  # "signed separate memorandums with each country"
            cand = Candidate(AGREEMENT, tok, sent, part, rule)
            cand.collective = rule == "agreement.verb" and _members_of_one(tok, part)
            out.append(cand)
    return out


def _quoted_predicate(verb: Token, quoted: set[int]) -> bool:
    """'Iran and the United States had "agreed to move to technical talks"': the writer quotes the words of the
    predicate but names the parties outside the quotation; the agreement is reported, not a speaker's claim."""
    subj = subjects_of(verb)
    return verb.lemma_.casefold() in ("agree", "sign") and bool(subj) and verb.sent.start <= subj[0].i and all(
        t.i not in quoted for s in subj for t in s.subtree)


# What the members of one organisation do together ("NATO leaders endorsed the declaration").
COLLECTIVE_VERBS = {"agree", "endorse", "adopt", "approve"}
MEMBER_NOUNS = {"leader", "member", "ally", "state", "country", "minister", "nation", "government"}


def _member_subject(verb: Token, resolver: Resolver) -> bool:
    """The subject is the members of one organisation ("NATO leaders", "EU foreign ministers", "the alliance's
    32 members")."""
    subj = children(verb, "nsubj")
    return bool(subj) and subj[0].tag_ == "NNS" and subj[0].lemma_.casefold() in MEMBER_NOUNS and any(
        c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ == "ORG" or _member_org(c, resolver)
        for c in subj[0].children)


def _member_org(tok: Token, resolver: Resolver) -> list[Mention]:
    """'the alliance's members': the one organisation a possessive names."""
    if tok.dep_ != "poss" or tok.tag_ == "PRP$":
        return []
    found = resolver.actors(tok)
    return found if [m.entity.type for m in found] == [ORGANIZATION] else []


def _member_states_of(verb: Token, resolver: Resolver) -> list[Mention]:
    """'signed by China and ASEAN member states', 'Japan and EU countries agreed': a conjunct naming the members of
    one organisation stands for the organisation beside the other named side."""
    agent = agent_of(verb)
    heads = [*children(verb, "nsubj", "nsubjpass"), *([agent] if agent is not None else [])]
    conjuncts = [c for h in heads for c in [h, *h.conjuncts]]
    return [m for t in conjuncts if t.tag_ == "NNS" and t.lemma_.casefold() in MEMBER_NOUNS
            for c in t.subtree if c.i < t.i and c.ent_type_ == "ORG" and c.dep_ in ("compound", "nmod", "amod")
            for m in resolver.actors(c) if m.entity.type == ORGANIZATION]


def _members_of_one(verb: Token, roles: list) -> bool:
    """'EU leaders agreed to ...', 'NATO allies agreed to ...': the members of one organisation."""
    if len(roles) != 1 or roles[0][0].entity.type != "organization" or verb.lemma_.casefold() not in COLLECTIVE_VERBS:
        return False
    subj = children(verb, "nsubj")
    return bool(subj) and subj[0].tag_ == "NNS" and subj[0].lemma_.casefold() in MEMBER_NOUNS
