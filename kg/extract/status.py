"""Whether an event happened, and when relative to the telling: negation ("did not meet"), hypotheticals
("could sign", "hopes to meet"), status (planned / occurred) and tense of an event trigger."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.common import (AGREEMENT_NOUNS, AHEAD_WORDS, HYPOTHETICAL_AUX, MEETING_NOUNS, REPORTED_FUTURE_AUX,
                               SPEECH_VERBS, children, clause_head, verb_chain)
from kg.records import OCCURRED, PLANNED

# Verbs by which a planned event falls through ("the talks were cancelled", "postponed the ceremony").
CANCEL_VERBS = {"cancel", "postpone", "scrap", "delay", "shelve", "suspend", "abandon", "collapse", "defer",
                "adjourn", "drop", "axe", "nix"}
# Verbs that, negated, say an event did not take place ("the ceremony never happened").
HAPPEN_VERBS = {"happen", "take", "go", "occur", "materialise", "materialize", "proceed"}
# Things that stand for a planned event in the clause that cancels it ("but the ceremony was cancelled").
EVENT_STAND_INS = {"ceremony", "signing", "event", "plan", "trip", "visit", "it", "this", "that", "session", "round"}
# Nouns whose clause is unconfirmed talk ("reports that X and Y had met").
CLAIM_NOUNS = {"report", "claim", "rumour", "rumor", "speculation", "allegation", "suggestion"}
# Verbs by which an agreement comes into being: "has yet to be signed" means there is no agreement yet.
CONCLUDE_VERBS = {"sign", "conclude", "finalise", "finalize", "seal", "agree", "reach", "ink", "clinch", "strike"}
# Prepositions that put an event before the clause they modify ("after talks", "following a meeting").
EARLIER_PREPS = {"after", "following", "since"}

PLAN_WORDS = {"plan", "schedule", "expect", "due", "set", "prepare", "intend", "aim", "arrange", "propose",
              "upcoming", "forthcoming", "planned", "scheduled", "proposed", "expected", "next",
              "future", "possible", "potential", "prospective", "coming", "pencil", "slate", "slated", "tentative",
              "tentatively", "reschedule", "rescheduled", "suppose"}
WISH_VERBS = {"hope", "want", "wish", "seek", "try", "attempt", "urge", "call", "push", "press", "ask", "invite",
              "propose", "suggest", "offer", "consider", "discuss", "fail", "refuse", "decline", "reject", "deny",
              "need", "must", "demand", "threaten", "aim", "strive", "like"}
# Nouns whose object is wished for or talked about, not done ("hopes of a meeting").
WISH_NOUNS = {"hope", "prospect", "possibility", "chance", "likelihood", "idea", "proposal", "offer", "call",
              "request", "push", "bid", "demand", "appeal", "talk", "speculation", "rumour", "rumor", "question",
              "invitation", "suggestion", "need"}
NEGATING_ADJ = {"unlikely", "unable", "reluctant", "unwilling", "loath", "impossible"}
NEGATING_VERBS = {"fail", "refuse", "decline", "reject", "deny", "cancel", "postpone", "call", "scrap", "avoid",
                  "boycott", "miss", "skip", "abandon", "halt", "suspend"}


def is_negated(tok: Token) -> bool:
    """'did not meet', 'no agreement was reached', 'failed to agree', 'never signed'."""
    for t in (tok, *([tok.head] if tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "pobj") else [])):
        if any(c.dep_ == "neg" or c.lower_ in ("never", "no", "not", "n't") and c.dep_ in ("neg", "det", "advmod")
               for c in t.children):
            return True
    for obj in tok.children:  # "no agreement was reached", "reached no deal", "Neither X nor Y signed"
        if obj.dep_ in ("dobj", "nsubjpass") and obj.lemma_ in AGREEMENT_NOUNS | MEETING_NOUNS and any(
                d.lower_ in ("no", "neither") for d in obj.children if d.dep_ in ("det", "neg")):
            return True
        if obj.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in ("neither", "no", "none") and d.dep_ in (
                "preconj", "det", "neg") for d in obj.children):
            return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("without", "instead"):  # "without a deal between X and Y"
        return True
    # "had been due to meet", "had been expected to sign": a past plan, told because it fell through
    for t in verb_chain(tok)[1:3]:
        if _done_planning(tok, t):
            break  # "had prepared the summit in a phone call": the call is the setting of the planning, held
        if t.lemma_ in PLAN_WORDS | {"be"} and any(c.lower_ == "had" for c in t.children if c.dep_ == "aux") and (
                t.lemma_ in PLAN_WORDS or any(a.lemma_ in PLAN_WORDS for a in t.children if a.dep_ == "acomp")):
            return True
    # "is not expected to meet", "have yet to agree", "are unlikely to sign"
    t = tok
    while t.dep_ == "xcomp" and t.head.i != t.i:
        t = t.head
        if any(c.dep_ == "neg" or c.lower_ in ("yet", "never") for c in t.children) or t.lemma_ in NEGATING_ADJ:
            return True
    for t in verb_chain(tok)[1:3]:
        if t.lemma_ in NEGATING_VERBS and tok.dep_ in ("xcomp", "dobj") or (
                t.lemma_ in NEGATING_VERBS and tok.head.i == t.i):
            if t.lemma_ == "call" and not any(c.lower_ == "off" for c in t.children):
                continue
            return True
    return _no_longer(tok) or _fell_through(tok) or _denied_claim(tok) or _unconcluded(tok)


def _no_longer(tok: Token) -> bool:
    """'The meeting will no longer take place', 'will no longer sign'."""
    verbs = [tok, *([tok.head] if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else [])]
    return any(c.lower_ == "longer" and any(n.lower_ in ("no", "not") for n in c.children)
               for v in verbs for c in v.children)


def _cancels(verb: Token) -> bool:
    """Whether a clause says an event fell through: 'was cancelled', 'called off', 'never happened',
    'did not take place', 'failed to materialise'."""
    if verb.lemma_ in CANCEL_VERBS or verb.lemma_ == "call" and any(c.lower_ == "off" for c in verb.children):
        return True
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
    return verb.lemma_ in HAPPEN_VERBS and negated


# Verbs saying a planned event was moved elsewhere or to another time: the plan as told did not happen.
MOVE_VERBS = {"move", "relocate", "shift", "switch", "reschedule", "bring"}


def _moved(verb: Token) -> bool:
    """'the meeting was moved to the French capital', 'the talks were shifted to Friday'."""
    return verb.lemma_ in MOVE_VERBS and any(c.dep_ == "prep" and c.lower_ in ("to", "forward") or
                                               c.lower_ == "forward" for c in verb.children)


def _fell_through(tok: Token) -> bool:
    """'were due to meet on Thursday, but the talks were cancelled', 'were supposed to sign the treaty, but the
    ceremony never happened': a plan whose following clause (after 'but') says it did not take place. An event
    told as done stays ('signed a deal in 2019, but it collapsed within weeks': the deal failed, the signing
    happened)."""
    chain = [tok, *verb_chain(tok)[1:4]]
    chain += [t.head for t in chain if t.dep_ in ("acomp", "xcomp") and t.head.i != t.i]
    # "were due to / were to meet": a plan word or the 'be to' of an arrangement
    if not any(t.lemma_ in PLAN_WORDS or _plan_marker(t) or t.lemma_ == "be" and any(
            x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children) for x in t.children) for t in chain):
        return False
    for verb in chain:
        for conj in verb.children:
            if conj.dep_ != "conj" or conj.i < tok.i or not any(
                    c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.children):
                continue
            stand_ins = [c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                         and {c.lemma_.casefold(), c.lower_} & (MEETING_NOUNS | AGREEMENT_NOUNS | EVENT_STAND_INS)]
            if stand_ins and (_cancels(conj) or _moved(conj)):
                return True
    return False


def _denied_claim(tok: Token) -> bool:
    """'Reports that X and Y had met were denied': an event only claimed, and the claim denied."""
    claim = tok.head
    if tok.dep_ not in ("acl", "ccomp", "relcl") or claim.lemma_.casefold() not in CLAIM_NOUNS:
        return False
    verb = claim.head
    return claim.dep_ in ("nsubj", "nsubjpass", "dobj") and (
        verb.lemma_ in ("deny", "dismiss", "reject", "refute", "rebuff") or any(c.dep_ == "neg" for c in verb.children))


def _unconcluded(tok: Token) -> bool:
    """'The pact that X and Y negotiated has yet to be signed', 'the deal they discussed was never concluded':
    the agreement the clause describes does not exist yet."""
    noun = tok.head
    if tok.dep_ not in ("relcl", "acl") or noun.lemma_.casefold() not in AGREEMENT_NOUNS or \
            noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    done = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    if not any(v.lemma_ in CONCLUDE_VERBS for v in done):
        return False
    return any(c.dep_ == "neg" or c.lower_ in ("yet", "never") for v in done for c in v.children)


def is_hypothetical(tok: Token, reported: bool = False) -> bool:
    """'if they meet', 'could agree', 'hopes to sign', 'would meet' (unless reported future), 'likely to sign'."""
    chain = verb_chain(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to") and tok.head.head.lemma_.casefold() in WISH_VERBS:
        return True  # "called for talks between X and Y", "pushed for a ceasefire", "invited X to a summit"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for", "about") and \
            tok.head.head.lemma_.casefold() in WISH_NOUNS:
        return True  # "hopes of a meeting between X and Y", "the prospect of a deal"
    for t in [tok, *chain[:3]]:  # "are likely to sign", "remain ready to host talks"
        if t.dep_ == "xcomp" and t.head.lemma_ in ("likely", "able", "ready", "willing", "eager", "keen", "poised"):
            return True
    for i, t in enumerate(chain[:3]):
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "lest"):
                return True
            if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX:
                if c.lower_ == "would" and (reported or _under_reporting_verb(t)) and not _conditioned(t):
                    continue  # "said he would meet X" is a reported plan; "... would meet X if ..." is not
                return True
        wish = t.lemma_ in WISH_VERBS or (t.lower_.endswith("s") and t.lower_[:-1] in WISH_VERBS)  # "hopes" -> "hop"
        if i > 0 and wish and chain[i - 1].dep_ in ("xcomp", "ccomp", "dobj") and not _finite_past(chain[i - 1]):
            return True
    return False


def _conditioned(tok: Token) -> bool:
    """The verb has a condition clause ("would meet Kagame anywhere if Rwandan troops left"), also where
    the parser hangs it on the reporting verb after the clause ("X would meet Y if ..., an aide said")."""
    clauses = list(tok.children)
    if tok.dep_ == "ccomp" and tok.i < tok.head.i:
        clauses += [c for c in tok.head.children if tok.i < c.i < tok.head.i]
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in clauses)


def _finite_past(tok: Token) -> bool:
    """A verb in the simple past with a subject of its own ("X and Y spoke by phone") states a fact even
    when the parser hangs it under a wish verb of another clause."""
    return tok.tag_ == "VBD" and bool(children(tok, "nsubj")) and not children(tok, "aux", "mark")


def _under_reporting_verb(tok: Token) -> bool:
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("ccomp", "relcl", "acl") and (t.head.lemma_ in SPEECH_VERBS or t.head.lemma_ in PLAN_WORDS
                                                    or t.head.lemma_ in MEETING_NOUNS):
            return True
        t = t.head
    return False


# Verbs that bring a meeting or an agreement about ("to be signed", "to be held"), not later steps on a
# done one ("a deal to be implemented / ratified").
BRING_ABOUT_VERBS = CONCLUDE_VERBS | {"adopt", "hold", "convene", "host", "chair", "organise", "organize", "stage",
                                      "launch", "initial"}
# Words ranking a thing among others of its kind ("the first deal to be signed since 1990": done).
RANKING_WORDS = {"first", "last", "only", "latest"}


def _passive_infinitive(verb: Token) -> bool:
    """'to be signed', 'to be held': a passive infinitive of a verb that brings the event about."""
    return verb.tag_ == "VBN" and verb.lemma_.casefold() in BRING_ABOUT_VERBS and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)


def _to_be_done(tok: Token) -> bool:
    """'A draft accord, to be signed by A and B, ...', 'talks to be held in X', 'the memorandum to be signed
    next month': an event whose making is a passive infinitive on its noun is still to come. 'The first deal to
    be signed by A and B since 1990' (a noun ranked among others) was done; 'signed a deal to be implemented
    over five years' speaks of a later step."""
    if tok.pos_ == "VERB":
        verb, noun = tok, tok.head
    else:
        verb = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and _passive_infinitive(c)), None)
        noun = tok
    if verb is None or verb.dep_ not in ("acl", "relcl") or not _passive_infinitive(verb) or noun.pos_ not in (
            "NOUN", "PROPN"):
        return False
    return not any(c.lower_ in RANKING_WORDS or c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in noun.children)


def status_of(tok: Token) -> str:
    """PLANNED for future or scheduled events ('will meet', 'ahead of a summit', 'to be held'), else OCCURRED."""
    if _to_be_done(tok):
        return PLANNED
    chain = verb_chain(tok)
    if simple_past(tok):  # "agreed to resume talks when their ministers met": the clause's own tense
        return OCCURRED
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tense_of(tok.head.head) in ("past", "perfect"):
        return OCCURRED  # "the deal was prepared by a phone call between X and Y": the means, done
    prep = tok.head.lower_ if tok.dep_ == "pobj" or tok.dep_ == "dobj" and tok.head.lower_ == "following" else ""
    if prep in EARLIER_PREPS or prep == "before" and simple_past(clause_head(tok.head)):
        # "agreed to reopen the border following a meeting", "inspected an honour guard before their talks":
        # the event is before the clause, and only a plan ahead (will, expected to) puts it in the future
        return PLANNED if any(_plan_marker(t) or t.lemma_ in PLAN_WORDS for t in chain[1:3]) else OCCURRED
    for t in chain[:3]:
        if _plan_marker(t):
            return PLANNED
        # "agreed to resume talks", "decided to hold a summit": an infinitive event is still to come
        if t.i != chain[0].i and (tok.pos_ == "VERB" or (tok.dep_ in ("dobj", "attr") and tok.head.i == t.i)) \
                or (t.i == tok.i and tok.pos_ == "VERB"):
            if t.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
                    and t.head.lemma_ not in ("meet", "travel", "arrive", "gather", "come", "go", "fly"):
                return PLANNED
        if t.lemma_ in PLAN_WORDS and t.i != tok.i and not _done_planning(tok, t):
            return PLANNED
        if t.lower_ == "going" and any(c.lower_ == "to" for c in tok.children):
            return PLANNED
    for c in tok.children:
        if c.lower_ in PLAN_WORDS and c.dep_ in ("amod", "compound", "advmod"):
            return PLANNED
        if c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children) and c.lemma_ in (
                "hold", "be", "take", "convene", "meet"):
            return PLANNED
    # "ahead of a summit", "before the talks" (the trigger is the object of such a preposition)
    head = tok.head
    if tok.dep_ == "pobj":
        if head.lower_ in AHEAD_WORDS or (head.head.i != head.i and head.head.lower_ in AHEAD_WORDS):
            return PLANNED
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and head.lower_ in AHEAD_WORDS:
        return PLANNED
    return OCCURRED


# Prepositions naming what a plan is for ("prepared for the summit", "set a date for talks"), not its setting.
PURPOSE_PREPS = {"for", "to", "toward", "towards", "ahead", "before"}


def _done_planning(tok: Token, verb: Token) -> bool:
    """Planning told as done ('had prepared the summit in a phone call', 'set the agenda at a meeting on
    Monday', 'have laid plans during talks'): the trigger is the setting of a finished plan verb (the object of
    one of its prepositions other than 'for'/'to'), so that setting took place. The planned thing itself (the
    verb's object, 'scheduled a summit') and a plan still running ('are preparing', 'will prepare') stay
    planned."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ in PURPOSE_PREPS:
        return False
    # the parser often hangs the setting on the plan's object ("prepared [the summit in a phone call]")
    t = tok.head.head
    for _ in range(3):
        if t.i == verb.i:
            return tense_of(verb) in ("past", "perfect", "pluperfect") and not _plan_marker(verb)
        if t.dep_ == "dobj" or t.dep_ == "pobj" and t.head.dep_ == "prep":
            t = t.head.head if t.dep_ == "pobj" else t.head
        else:
            break
    return False


def _plan_marker(verb: Token) -> bool:
    """'will meet', 'would sign' (reported plan), 'are due to resume'."""
    return any(c.dep_ == "aux" and c.lower_ in REPORTED_FUTURE_AUX | {"would"} or
               c.dep_ == "acomp" and c.lemma_ in PLAN_WORDS for c in verb.children)


def simple_past(verb: Token) -> bool:
    """A finite verb in the simple past with its own subject and no auxiliary ("their ministers met")."""
    return verb.tag_ == "VBD" and verb.pos_ == "VERB" and bool(children(verb, "nsubj", "nsubjpass")) and \
        not children(verb, "aux", "auxpass")


def tense_of(tok: Token) -> str:
    """'perfect' (has met), 'pluperfect' (had met), 'past', 'present', 'future' or 'none' for nouns."""
    verb = clause_head(tok) if tok.pos_ not in ("VERB", "AUX") else tok
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if "had" in aux:
        return "pluperfect"
    if "have" in aux or "has" in aux or "'ve" in aux:
        return "perfect"
    if any(a in REPORTED_FUTURE_AUX for a in aux):
        return "future"
    if verb.tag_ == "VBD" or "was" in aux or "were" in aux or "did" in aux:
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return "none"
