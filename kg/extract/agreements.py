"""Agreement rules: 'X and Y agreed', 'X signed a deal with Y', 'an accord was signed between X and Y',
'X and Y reached/struck/brokered a deal', 'X pledged/committed to', 'X and Y restated their commitment',
'a ceasefire between X and Y'."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.common import (AGREEMENT_LIGHT_VERBS, AGREEMENT_NOUNS, COMMITMENT_NOUNS, DOCUMENT_NOUNS, MEETING_NOUNS,
                               RENEW_VERBS,
                               agent_of,
                               children, entity_of, is_passive, prep_objects)
from kg.extract.coref import Resolver
from kg.extract.frames import Candidate, add_roles, noun_parties, separately, verb_subjects, with_objects
from kg.extract.sentences import Sentence
from kg.records import AGREEMENT, PARTY

DIRECT_VERBS = {"agree", "pledge", "commit", "sign", "vow", "undertake"}
# Documents that are agreements when signed or concluded ("signed a strategic partnership"), though not when
# named alone ("their partnership").
SIGNED_NOUNS = {"partnership", "convention", "charter"}
SIGNING_VERBS = {"sign", "ink", "conclude", "seal", "clinch", "initial", "ratify"}


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
    relcl = next((t for t in [verb, *verb.ancestors][:3] if t.dep_ == "relcl"), None)
    if relcl is not None:  # "the pact, which X and Y signed in 2016", "the plan, which X and Y are expected to sign"
        objs = [relcl.head if o.tag_ in ("WDT", "WP") else o for o in objs]
    return [o for o in objs if _noun_lemma(o) in nouns or _named_agreement(o, nouns)
            or verb.lemma_ in ("sign", "initial", "ink") and _named_document(o)]


def _named_agreement(tok: Token, nouns: set[str]) -> bool:
    """'the General Security of Military Information Agreement': a name whose last word is an agreement noun."""
    ent = entity_of(tok)
    return ent is not None and tok.pos_ == "PROPN" and ent[-1].lemma_.casefold() in nouns


def _named_document(tok: Token) -> bool:
    """A named document a signing produces ("the Duavata Partnership Action Plan", "the Paris Charter")."""
    ent = entity_of(tok)
    return ent is not None and tok.pos_ == "PROPN" and len(ent) >= 2 and ent[-1].lemma_.casefold() in \
        NAMED_DOCUMENT_HEADS and tok.ent_type_ in ("ORG", "LAW", "WORK_OF_ART", "PRODUCT", "EVENT")


# Last words of named documents that are signed ("the X Action Plan", "the Y Framework", "the Z Roadmap").
NAMED_DOCUMENT_HEADS = {"plan", "framework", "roadmap", "charter", "convention", "partnership", "compact", "strategy"}


def _noun_lemma(tok: Token) -> str:
    """Lemma, with plural abbreviations the lemmatizer keeps ("MoUs" -> "mou")."""
    lemma = tok.lemma_.casefold()
    return lemma[:-1] if lemma.endswith("s") and lemma[:-1] in AGREEMENT_NOUNS else lemma


def _verb_agreement(tok: Token, resolver: Resolver) -> list | None:
    lemma = tok.lemma_.casefold()
    nouns: list[Token] = []
    signed = AGREEMENT_NOUNS | SIGNED_NOUNS if lemma in SIGNING_VERBS else AGREEMENT_NOUNS
    if lemma == "exchange" and any(o.lemma_.casefold() == "instrument" and any(
            r.lemma_.casefold() == "ratification" for r in prep_objects(o, "of")) for o in children(tok, "dobj")):
        pass  # "X and Y exchanged instruments of ratification": the treaty enters into force between them
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
        nouns = _agreement_objects(tok, COMMITMENT_NOUNS)
        if not nouns:
            return None
    elif lemma in AGREEMENT_LIGHT_VERBS:
        if lemma == "broker" and (tok.dep_ == "acl" or is_passive(tok)):
            return None  # "a deal brokered by X": X mediated, the parties are elsewhere
        nouns = _agreement_objects(tok, signed)
        if not nouns and not _member_subject(tok):
            return None
    elif lemma in COLLECTIVE_VERBS and _member_subject(tok) and children(tok, "dobj"):
        pass  # "NATO leaders endorsed a new spending target": the members decided together
    elif lemma == "come" and any(_noun_lemma(o) in AGREEMENT_NOUNS - {"commitment", "pledge"}
                                 for o in prep_objects(tok, "to")):
        nouns = prep_objects(tok, "to")  # "came to an understanding / an agreement"
    else:
        return None
    roles: list = []
    add_roles(roles, verb_subjects(tok, resolver), PARTY)
    add_roles(roles, with_objects(tok, resolver, ("with", "between", "among")), PARTY)
    for noun in nouns:
        if not _named_agreement(noun, AGREEMENT_NOUNS | DOCUMENT_NOUNS):  # a title's words are no parties
            add_roles(roles, [m for m in noun_parties(noun, resolver)], PARTY)
    if not roles and is_passive(tok) and agent_of(tok) is None:
        # "the agreement was reached after talks in Doha between X and Y", "the deal was finalised during a
        # meeting between X and Y": those who met are the parties
        for talks in prep_objects(tok, "after", "during", "at", "following", "in"):
            if talks.lemma_.casefold() in MEETING_NOUNS or talks.lower_ == "talks":
                add_roles(roles, noun_parties(talks, resolver), PARTY)
    return roles


def _noun_agreement(tok: Token, resolver: Resolver) -> list | None:
    """A named agreement whose parties are inside the noun phrase ('a ceasefire between X and Y')."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.casefold() not in AGREEMENT_NOUNS - {"commitment", "pledge"}:
        return None
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass", "pobj") and (head.lemma_.casefold() in AGREEMENT_LIGHT_VERBS | DIRECT_VERBS
                                                     | RENEW_VERBS or head.head.lemma_.casefold() in DIRECT_VERBS):
        return None  # the verb rule covers it
    if _topic_of_noun(tok):
        return None  # "talks on a ceasefire", "an offer of a truce between X and Y": sought, not agreed
    roles: list = []
    add_roles(roles, noun_parties(tok, resolver), PARTY)
    return roles


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
        if tok.i in quoted:
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


# What the members of one organisation do together ("NATO leaders endorsed the declaration").
COLLECTIVE_VERBS = {"agree", "endorse", "adopt", "approve"}
MEMBER_NOUNS = {"leader", "member", "ally", "state", "country", "minister", "nation", "government"}


def _member_subject(verb: Token) -> bool:
    """The subject is the members of one organisation ("NATO leaders", "EU foreign ministers")."""
    subj = children(verb, "nsubj")
    return bool(subj) and subj[0].tag_ == "NNS" and subj[0].lemma_.casefold() in MEMBER_NOUNS and any(
        c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ == "ORG" for c in subj[0].children)


def _members_of_one(verb: Token, roles: list) -> bool:
    """'EU leaders agreed to ...', 'NATO allies agreed to ...': the members of one organisation."""
    if len(roles) != 1 or roles[0][0].entity.type != "organization" or verb.lemma_.casefold() not in COLLECTIVE_VERBS:
        return False
    subj = children(verb, "nsubj")
    return bool(subj) and subj[0].tag_ == "NNS" and subj[0].lemma_.casefold() in MEMBER_NOUNS
