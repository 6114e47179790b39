"""Whether an event happened, and when relative to the telling: negation ("did not meet"), hypotheticals
("could sign", "hopes to meet"), status (planned / occurred) and tense of an event trigger."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.common import (AGREEMENT_NOUNS, AHEAD_WORDS, HYPOTHETICAL_AUX, MEETING_NOUNS, REPORTED_FUTURE_AUX,
                               SPEECH_VERBS, children, clause_head, verb_chain)
from kg.records import OCCURRED, PLANNED

PLAN_WORDS = {"plan", "schedule", "expect", "due", "set", "prepare", "intend", "aim", "arrange", "propose",
              "upcoming", "forthcoming", "planned", "scheduled", "proposed", "expected", "next",
              "future", "possible", "potential", "prospective", "coming", "pencil", "slate", "slated", "tentative",
              "tentatively", "reschedule", "rescheduled"}
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
    return False


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


def status_of(tok: Token) -> str:
    """PLANNED for future or scheduled events ('will meet', 'ahead of a summit', 'to be held'), else OCCURRED."""
    chain = verb_chain(tok)
    for t in chain[:3]:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in REPORTED_FUTURE_AUX | {"would"}:
                return PLANNED
        # "agreed to resume talks", "decided to hold a summit": an infinitive event is still to come
        if t.i != chain[0].i and (tok.pos_ == "VERB" or (tok.dep_ in ("dobj", "attr") and tok.head.i == t.i)) \
                or (t.i == tok.i and tok.pos_ == "VERB"):
            if t.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
                    and t.head.lemma_ not in ("meet", "travel", "arrive", "gather", "come", "go", "fly"):
                return PLANNED
        if t.lemma_ in PLAN_WORDS and t.i != tok.i:
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
