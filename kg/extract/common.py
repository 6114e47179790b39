"""Shared parse helpers for the event rules: trigger lexicons, mention text, date and place attachment
(negation, hypotheticals, status and tense are in `kg.extract.status`)."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from kg.records import Entity
from kg.resolve.names import STYLES

# ---- lexicons (general English news usage) -------------------------------------------------------

MEETING_NOUNS = {"meeting", "talks", "summit", "conference", "negotiations", "visit", "call", "conversation",
                 "consultations", "encounter", "meet", "summitry", "tete-a-tete", "tête-à-tête", "tete-a-tetes",
                 "tête-à-têtes", "videoconference", "one-on-one", "one-on-ones"}
# Verbs whose object is the meeting and whose subject holds or attends it ("held talks").
HOLD_VERBS = {"hold", "have", "host", "attend", "end", "conclude", "convene", "open", "start", "begin", "chair",
              "join", "wrap", "organise", "organize", "resume", "launch", "finish", "complete", "stage", "co-chair",
              "conduct", "receive", "make", "get", "place", "co-host", "cohost", "co-organise", "co-organize"}
# A guest received on arrival: a ceremony of its own, not the talks after it.
RECEPTION_VERBS = {"receive", "welcome", "greet"}
HOSTING_VERBS = {"host", "chair", "convene", "organise", "organize", "co-chair", "co-host", "cohost", "co-organise",
                 "co-organize"}
PHONE_WORDS = {"phone", "telephone", "telephonic", "hotline", "video", "virtual", "videoconference", "online"}

AGREEMENT_NOUNS = {"agreement", "deal", "accord", "treaty", "pact", "ceasefire", "cease-fire", "truce",
                   "memorandum", "armistice", "understanding", "compact", "protocol", "arrangement", "declaration",
                   "commitment", "pledge", "settlement", "mou"}
# Verbs that make an agreement out of an agreement noun object ("reached a deal", "signed an accord").
AGREEMENT_LIGHT_VERBS = {"reach", "strike", "seal", "conclude", "clinch", "ink", "initial", "finalise", "finalize",
                         "broker", "sign", "agree", "negotiate", "hammer", "secure", "forge", "adopt", "approve"}
# Verbs that renew a commitment ("restated their commitment to the deal").
RENEW_VERBS = {"reaffirm", "restate", "renew", "reiterate", "confirm", "recommit", "underline", "stress",
               "express", "voice"}
COMMITMENT_NOUNS = {"commitment", "pledge", "support", "adherence", "dedication", "agreement", "deal", "accord",
                    "ceasefire", "truce"}

SPEECH_VERBS = {"say", "stress", "tell", "add", "announce", "call", "underline", "urge", "warn", "state", "note",
                "insist", "emphasise", "emphasize", "declare", "claim", "confirm", "deny", "condemn", "recall",
                "speak", "explain", "argue", "assert", "acknowledge", "reiterate", "affirm", "reaffirm", "comment",
                "remark", "reply", "tweet", "accuse", "criticise", "criticize", "point", "highlight", "voice",
                "demand", "express", "underscore", "reject", "denounce", "vow", "promise", "threaten", "caution",
                "admit", "predict", "suggest", "propose", "describe", "write", "respond", "read", "contend",
                "maintain", "signal", "lament", "hail", "praise", "welcome", "slam", "blast", "dismiss", "post",
                "thank"}
# Verbs that need an explicit that-clause, quote or speech object to be statements.
WEAK_SPEECH = {"add", "write", "read", "post", "describe", "point", "maintain", "signal", "respond", "suggest", "propose",
               "welcome", "hail", "praise", "reject", "dismiss", "express", "voice", "speak", "call", "recall",
               "vow", "promise", "threaten", "admit", "predict", "thank"}
# Verbs by which actors put out a document ("issued a joint statement").
ISSUE_VERBS = {"issue", "release", "publish", "adopt", "sign", "put", "send", "circulate", "endorse"}
# Nouns for documents that "say" things on behalf of their issuers.
DOCUMENT_NOUNS = {"statement", "communique", "communiqué", "declaration", "readout", "release", "letter", "text",
                  "report", "document", "note", "message"}

REPORTED_FUTURE_AUX = {"will", "shall", "'ll"}
HYPOTHETICAL_AUX = {"could", "might", "may", "should", "must", "would", "can", "ought"}
AHEAD_WORDS = {"ahead", "before", "prior", "pending", "until", "towards", "toward"}

MEDIA_WORDS = {"news", "agency", "newspaper", "outlet", "channel", "broadcaster", "television", "tv", "daily",
               "magazine", "website", "media", "radio", "times", "post", "herald", "gazette", "journal",
               "tribune", "telegraph", "guardian", "reuters", "afp", "ap", "xinhua", "tass", "ria", "interfax",
               "sputnik", "anadolu", "irna", "yonhap", "kyodo", "bloomberg", "dpa", "efe", "ansa", "pti", "wafa",
               "bbc", "cnn", "aljazeera", "jazeera", "arabiya", "bernama", "fars", "tasnim", "mehr", "isna",
               "kcna", "sana", "petra", "spa", "wam", "mena", "trt", "rudaw", "ani", "apa", "ukrinform", "unian",
               "cctv", "cgtn", "nhk", "abc", "nbc", "cbs", "fox", "axios", "politico"}

PERSON_ROLE_NOUNS = {"leader", "president", "minister", "counterpart", "chancellor", "premier", "king", "queen",
                     "prince", "emir", "sultan", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
                     "secretary", "chief", "head", "official", "diplomat", "general", "commander", "prime",
                     "monarch", "ruler", "mayor", "foreign", "defence", "defense", "host", "guest",
                     "vice", "deputy", "representative", "negotiator", "sheikh", "ayatollah", "pope", "director",
                     "governor", "commissioner", "ombudsman", "delegate", "adviser", "advisor", "secretary-general"}
GROUP_NOUNS = {"leader", "president", "minister", "side", "country", "nation", "party", "government", "delegation",
               "mediator",
               "official", "expert", "head", "ally", "state", "power", "team", "panel", "negotiator", "diplomat",
               "counterpart", "envoy", "representative", "chief", "capital", "neighbour", "neighbor", "guarantor",
               "partner", "signatory", "member", "participant", "premier", "commander", "military", "army",
               "force", "administration", "sides", "foe", "rival", "adversary", "pair", "duo", "trio", "man",
               "woman", "director", "delegate", "governor"}
COUNTRY_GROUP_NOUNS = {"country", "nation", "state", "government", "capital", "power", "neighbour", "neighbor",
                       "guarantor", "signatory", "ally", "partner", "administration", "rival", "adversary"}
PERSON_GROUP_NOUNS = {"leader", "president", "minister", "premier", "head", "chief", "counterpart", "envoy",
                      "diplomat", "negotiator", "commander", "pair", "duo", "trio", "man", "woman"}
# Bodies that act for their state ("the central banks of X and Y"), unlike people ("supporters of X and Y").
INSTITUTION_NOUNS = {"ministry", "federation", "bank", "army", "navy", "force", "guard", "parliament", "legislature",
                     "agency", "authority", "association", "council", "delegation", "team", "negotiator", "commission",
                     "regulator", "chamber", "committee", "government", "secretariat", "police", "service"}
# Collectives acting for their countries ("experts from both sides" are the two countries).
DELEGATE_NOUNS = {"delegation", "expert", "official", "team", "panel", "negotiator", "diplomat", "representative", "mediator",
                  "military", "army", "force", "troop", "side", "party", "envoy"}
# Sessions a report sets beside the main talks: a meal, a tete-a-tete, a courtesy call, a separate meeting.
SIDE_SESSIONS = {"meal": ("lunch", "luncheon", "dinner", "banquet", "breakfast", "supper"),
                 "private": ("tête-à-tête", "tete-a-tete", "one-on-one", "one-to-one", "four-eyes", "four-eye"),
                 "courtesy": ("courtesy",), "separate": ("separate", "separately"),
                 "ceremony": ("ceremony", "honours", "honors")}
SIDE_KINDS = {word: kind for kind, words in SIDE_SESSIONS.items() for word in words}  # word -> kind
# Session formats named by a phrase: the small-format talks and the delegations' session that follows them.
_SIDE_PHRASES = (
    ("private", re.compile(r"\b(restricted|narrow|limited)[- ]format\b", re.IGNORECASE)),
    ("delegation", re.compile(r"\b(extended|expanded|enlarged|broad|broader|wider)[- ]format\b|"
                              r"\bjoined by (?:(?:their|the|both|the two) )?(?:respective )?delegations\b",
                              re.IGNORECASE)),
)
PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
PRONOUNS_GROUP = {"they", "them", "their", "theirs", "themselves"}
PRONOUNS_IT = {"it", "its"}
NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4}

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


def side_session_kinds(text: str) -> set[str]:
    """Kinds of side session (see SIDE_SESSIONS) a piece of text names, by a word or a format phrase."""
    words = {w.strip(".,;:()\"'").casefold() for w in text.split()}
    kinds = {kind for word, kind in SIDE_KINDS.items() if word in words}
    kinds.update(kind for kind, pattern in _SIDE_PHRASES if pattern.search(text))
    if {"private", "delegation"} <= kinds:  # "talks in a restricted, then an extended format": the talks as a whole
        kinds -= {"private", "delegation"}
    return kinds


# ---- structure ------------------------------------------------------------------------------------

def hyphenated_word(tok: Token) -> str:
    """The whole hyphenated word a token belongs to ("one-on-one" from its "on"), as written."""
    doc, start, end = tok.doc, tok.i, tok.i
    while start > 0 and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text):
        start -= 1
    while end + 1 < len(doc) and not doc[end].whitespace_ and "-" in (doc[end].text, doc[end + 1].text):
        end += 1
    return doc[start : end + 1].text


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def prep_objects(tok: Token, *preps: str) -> list[Token]:
    """Objects of the given prepositions attached to `tok` ("talks *between* X")."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            for obj in children(c, "pobj", "pcomp"):
                # "talks with visiting Prime Minister X": the participle's object is the partner
                out.extend(children(obj, "dobj") if obj.tag_ == "VBG" and children(obj, "dobj") else [obj])
    return out


def coordinated(tok: Token) -> list[Token]:
    """`tok` and every token coordinated with it ("Russia, Turkey and Iran")."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON", "ADJ"))
        # the parser may attach the first of two names as a modifier: "Keir Starmer and Emmanuel Macron met"
        stack.extend(c for c in t.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
                     and c.ent_type_ and any(g.dep_ == "cc" for g in c.children))
        # "Saudi Arabia, Russia and six other members": a list read as an apposition with its own conjuncts
        # ("A, the B, the C and D": the "and" may hang on a later conjunct of the apposition)
        stack.extend(c for c in t.children if c.dep_ == "appos" and c.ent_type_ in ("GPE", "NORP", "ORG") and
                     t.ent_type_ == c.ent_type_ and any(g.dep_ == "cc" for x in _conj_chain(c) for g in x.children))
        # "His Highness the Amir X and President of Y Z held talks": the style is the subject, the name its
        # apposition, and the parser hangs the second party on the name
        if t.lower_ in STYLES and t.pos_ in ("NOUN", "PROPN"):
            stack.extend(g for c in t.children if c.dep_ == "appos" and c.i > t.i
                         for g in c.children if g.dep_ == "conj" and g.pos_ in ("PROPN", "NOUN"))
    return sorted(out, key=lambda t: t.i)


def _conj_chain(tok: Token) -> list[Token]:
    """`tok` and the conjuncts hung under it, one below the other ("the B, the C and D")."""
    out = [tok]
    while len(out) < 12:
        nxt = [c for c in out[-1].children if c.dep_ == "conj"]
        if not nxt:
            break
        out.append(nxt[0])
    return out


def subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects (the parser may give several: "Russia, ..., and Turkey brokered"), inherited
    from a coordinated or governing verb when it has none ("X met Y and *said*", "X said ..., *adding*")."""
    seen = 0
    while verb is not None and seen < 4:
        subj = children(verb, "nsubj", "nsubjpass")
        if subj:
            # "Starmer and Indian Prime Minister Narendra Modi sealed": the parser may hang the first
            # subject (and its conjuncts) on the second as an "nsubj" of a noun
            inner = [c for s in subj if s.pos_ == "PROPN" for c in s.children if c.dep_ == "nsubj" and c.i < s.i]
            return inner + subj if inner else subj
        if verb.dep_ in ("conj", "advcl", "xcomp", "acomp") and verb.head.i != verb.i and \
                verb.head.pos_ in ("VERB", "AUX", "ADJ"):  # "are due to meet", "is set to sign"
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "He spoke after meeting X": the speaker met X
            seen += 1
            continue
        return []
    return []


def subject_of(verb: Token) -> Token | None:
    subj = subjects_of(verb)
    return subj[0] if subj else None


def agent_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            objs = children(c, "pobj")
            if objs:
                return objs[0]
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "was signed in the city of X by A and B": the parser may hang "by" on the venue phrase
        for prep in children(verb, "prep"):
            if prep.lower_ not in ("in", "at", "on"):
                continue
            for by in prep.subtree:
                if by.lower_ == "by" and by.dep_ == "prep" and by.head.dep_ in ("pobj", "appos") and \
                        by.head.ent_type_ not in ("DATE", "TIME"):
                    objs = children(by, "pobj")
                    if objs:
                        return objs[0]
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def clause_head(tok: Token) -> Token:
    """The verb that heads the clause `tok` is in (itself for a verb)."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def verb_chain(tok: Token) -> list[Token]:
    """The trigger and the verbs governing it up to the main clause ("planning" -> "said")."""
    out, t = [tok], tok
    for _ in range(10):
        if t.head.i == t.i or t.dep_ in ("acl", "relcl") and t.pos_ == "VERB":
            break  # a participle or relative clause has its own modality ("the accord, signed by X, aims ...")
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            out.append(t)
    return out


def entity_of(tok: Token) -> Span | None:
    """The named-entity span containing the token (bounds indexed once per Doc in `doc.user_data`, as plain
    integers so the Doc still serialises)."""
    doc = tok.doc
    index = doc.user_data.get("newskg_entity_of")
    if index is None:
        index = {i: (ent.start, ent.end) for ent in doc.ents for i in range(ent.start, ent.end)}
        doc.user_data["newskg_entity_of"] = index
    bounds = index.get(tok.i)
    return doc[bounds[0] : bounds[1]] if bounds else None


def mention_text(tok: Token) -> str:
    """The name phrase headed by `tok`: the named entity around it plus the contiguous modifiers on its
    left ("Russia's Defence Minister Sergei Shoigu", "the Turkish Ministry of Defence"), never crossing a
    conjunction, comma, determiner or participle ("visiting", "Starmer and")."""
    doc = tok.doc
    start = tok.i
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        t = doc[i]
        if t.pos_ in ("CCONJ", "VERB", "DET", "PRON") or t.tag_ in ("VBG", "VBN", "PRP$") or t.text in (",", ";", "(", ")") \
                or t.dep_ in ("cc", "conj", "appos") or not tok.is_ancestor(t):
            break
        start = i
    end = tok.i + 1
    ent = entity_of(tok)
    if ent is not None and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        between = doc[ent.start : start]
        if not any(t.pos_ == "CCONJ" or t.text == "," for t in between):
            start = min(start, ent.start)
        end = max(end, ent.end)
    words = [t for t in doc[start:end] if not (t.dep_ == "det" and t.lower_ in ("the", "a", "an"))
             and t.tag_ != "PRP$" and not (t.is_punct and t.i in (start, end - 1))]
    if not words:
        return tok.text
    return doc[words[0].i : words[-1].i + 1].text


# ---- modality ----------------------------------------------------------------------------------

def is_appeal(call: Token) -> bool:
    """'called on X to ...', 'called for talks': an appeal, not a phone call or a verdict ('called X on Tuesday'
    is a call; a date after "on" is not whom the appeal is to)."""
    return any(o.ent_type_ not in ("DATE", "TIME") for o in prep_objects(call, "for", "on")) or any(
        c.lower_ in ("for", "on") and c.dep_ == "prt" for c in call.children)


# ---- dates and places ------------------------------------------------------------------------

_ENTS = "newskg_ents"


def span_ents(span: Span) -> list[Span]:
    """The named entities inside a span. `Span.ents` walks every entity of the document on each call;
    this sorts them once per document and bisects."""
    doc = span.doc
    cached = doc.user_data.get(_ENTS)
    if cached is None:
        ents = list(doc.ents)
        cached = doc.user_data[_ENTS] = (ents, [e.start for e in ents])
    ents, starts = cached
    lo, hi = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)
    return [e for e in ents[lo:hi] if e.end <= span.end]


def date_entities(sent: Span, quoted: set[int]) -> list[Span]:
    """DATE entities of the sentence outside quotations."""
    return [e for e in span_ents(sent) if e.label_ == "DATE" and e.root.i not in quoted]


def nearest_trigger(date: Span, triggers: list[Token]) -> Token | None:
    """The trigger a date expression belongs to: the nearest one before it, else the nearest after it.

    News syntax puts the date right after the event it dates ("met in Ankara on Monday",
    "a summit in Sochi on February 14"), or fronts it ("On Wednesday, X and Y held talks")."""
    before = [t for t in triggers if t.i < date.start]
    if before:
        return max(before, key=lambda t: t.i)
    after = [t for t in triggers if t.i >= date.end]
    return min(after, key=lambda t: t.i) if after else None


def unique_entities(entities) -> list[Entity]:
    """Entities in first-seen order, one per key (Entity is mutable, hence not hashable)."""
    seen: dict[str, Entity] = {}
    for e in entities:
        seen.setdefault(e.key, e)
    return list(seen.values())
