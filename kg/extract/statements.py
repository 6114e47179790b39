"""Statement rules: reported speech ('X said that ...'), quotes with the speaker before or after,
'X told reporters', 'according to X', 'Y cited X as saying', documents speaking for their issuers
('the statement added', 'read a joint statement'), participles continuing a quote ('..., adding')."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.extract.common import (COMMITMENT_NOUNS, DOCUMENT_NOUNS, HYPOTHETICAL_AUX, INSTITUTION_NOUNS, PHONE_WORDS,
                               RENEW_VERBS, REPORTED_FUTURE_AUX, SPEECH_VERBS, WEAK_SPEECH, agent_of, children,
                               entity_of, is_appeal, is_passive, prep_objects, unique_entities)
from kg.extract.coref import Mention, Resolver, unique_mentions
from kg.resolve.text import deaccent, doc_text
from kg.extract.frames import Candidate, add_roles, verb_subjects
from kg.extract.sentences import Sentence
from kg.extract.status import is_hypothetical, is_negated, status_of
from kg.records import ADDRESSEE, ORGANIZATION, PERSON, PLANNED, SPEAKER, STATEMENT, Entity


@dataclass
class QuoteContext:
    """Quotation marks of the article, to attach multi-sentence quotes to their attribution."""

    quoted: set[int]  # token indices inside quotes
    quotes: list[tuple[int, int]]  # character ranges inside quotes
    sentences: list[Sentence] = field(default_factory=list)
    last_speakers: list[Mention] = field(default_factory=list)

    def quotes_in(self, sent: Sentence) -> list[tuple[int, int]]:
        return [q for q in self.quotes if q[0] < sent.end and q[1] > sent.start]

    def sentences_of(self, quote: tuple[int, int]) -> list[Sentence]:
        return [s for s in self.sentences if s.start < quote[1] and s.end > quote[0]]


# Where a speech is given: "said in an interview that ...", "told a briefing that ...".
SPEECH_SETTINGS = DOCUMENT_NOUNS | {"interview", "post", "briefing", "conference", "speech", "address"}


def _that_clause(tok: Token) -> Token | None:
    """A that-clause the parser hung lower ('said in a joint statement that ...'), also when it read the
    'that' as a relative word of the document ('said in a readout that X had ...', 'in a press release that
    X would travel'): a clause with its own subject, right after a relative adverb or a document the verb
    speaks in, is what was said."""
    for t in tok.subtree:
        if t.i == tok.i or t.dep_ not in ("relcl", "acl", "ccomp"):
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            return t
        if t.dep_ != "relcl" or t.left_edge.lower_ != "that" or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in t.children):
            continue
        setting = t.head.lemma_.casefold() in SPEECH_SETTINGS and t.head.head.dep_ == "prep" and \
            t.head.head.head.i == tok.i
        if t.left_edge.dep_ == "advmod" or setting:
            return t
    return None


# Verbs that report speech only with a that-clause or a quotation ('informed that ...', 'further indicated
# that ...', '"...," he continued'): otherwise acts ('the talks continued', 'indicated the route').
CLAUSE_SPEECH = {"inform", "indicate", "continue", "observe", "mention", "disclose", "reveal", "assure",
                 # verbs of arguing a position ("defended that the bloc speak with one voice", "reasoned that ...")
                 "defend", "advocate", "reason", "concede", "counter", "complain", "clarify", "specify", "allege",
                 "hint", "recommend", "opine"}
# Verbs that pass on a sentiment ('conveyed Malaysia's appreciation', 'extended condolences').
CONVEY_VERBS = {"convey", "extend"}
SENTIMENTS = {"appreciation", "gratitude", "thanks", "condolence", "condolences", "congratulation",
              "congratulations", "sympathy", "solidarity"}


def _extra_speech(tok: Token, ctx: QuoteContext, sent: Sentence) -> bool:
    """A verb outside SPEECH_VERBS used as speech here: a CLAUSE_SPEECH verb with a that-clause or (with its
    own subject and no object) a quotation, or a CONVEY_VERBS verb with a sentiment as object."""
    lemma = tok.lemma_.casefold()
    if lemma in CONVEY_VERBS:
        return any(o.lemma_.casefold() in SENTIMENTS or o.lower_ in SENTIMENTS for o in children(tok, "dobj"))
    if lemma not in CLAUSE_SPEECH or children(tok, "xcomp", "acomp", "nsubjpass"):
        return False
    clauses = children(tok, "ccomp") + [c for c in [_that_clause(tok)] if c is not None]
    if any(c.dep_ == "mark" and c.lower_ == "that" for cl in clauses for c in cl.children) or \
            any(cl.dep_ == "relcl" for cl in clauses):
        return True
    return bool(children(tok, "nsubj")) and not children(tok, "dobj", "prep") and any(
        t.i in ctx.quoted for t in sent.tokens if t.i != tok.i)


# Documents in which their issuers speak ("In a joint communique, the ministers pledged ...").
VOICING_DOCUMENTS = {"statement", "communique", "communiqué", "declaration", "readout"}
# Verbs that are events or the document's own making, not what the document says.
DOCUMENT_ACTS = {"agree", "sign", "meet", "hold", "reach", "conclude", "adopt", "issue", "release", "publish",
                 "be", "have", "say"}


def _voicing_document(tok: Token) -> Token | None:
    """'In a joint statement issued after the talks, X and Y reaffirmed ...', 'X and Y, in a joint communique,
    pledged to ...': a verb with its own subject, set in a statement the subject put out, is what that
    statement says, whatever the verb; returns that document. A verb in the future or a hypothetical is no
    statement yet."""
    subjects = children(tok, "nsubj")
    if tok.pos_ != "VERB" or not subjects or tok.lemma_.casefold() in DOCUMENT_ACTS:
        return None
    if any(a.lower_ in HYPOTHETICAL_AUX | REPORTED_FUTURE_AUX for a in children(tok, "aux")):
        return None
    # the parser may hang the adjunct between commas on the subject ("X and Y, in a joint declaration, ...")
    docs = prep_objects(tok, "in") + [d for s in subjects for d in prep_objects(s, "in")]
    return next((d for d in docs if d.lemma_.casefold() in VOICING_DOCUMENTS), None)


def _document_voice(tok: Token) -> bool:
    return _voicing_document(tok) is not None


def _has_content(tok: Token, ctx: QuoteContext, sent: Sentence) -> bool:
    if children(tok, "ccomp", "xcomp", "parataxis") or ctx.quotes_in(sent) or _that_clause(tok) is not None:
        return True
    if _interjected(tok) or _tail_content(tok) is not None or _described_as(tok):
        return True
    if tok.lemma_.casefold() in WEAK_SPEECH:
        return bool(children(tok, "dobj") and tok.lemma_.casefold() in ("express", "voice", "welcome", "reject",
                                                                          "praise", "hail", "dismiss", "propose",
                                                                          "suggest")
                    or prep_objects(tok, "for", "of", "about"))
    return bool(children(tok, "dobj", "dative") or prep_objects(tok, "for", "on", "of", "about", "to"))


# Pieces in which a newspaper states its own view ("the daily wrote in an editorial").
OPINION_PIECES = {"editorial", "commentary", "op-ed", "leader", "column"}
# Nouns of a wish or intent: "expressed interest in joining" tells an intent, not what was said.
INTENT_NOUNS = {"interest", "desire", "intention"}


def _opinion_piece(tok: Token) -> bool:
    """'X wrote in an editorial', 'said in a commentary': what a medium says in its own voice."""
    return any(o.lemma_.casefold() in OPINION_PIECES for o in prep_objects(tok, "in"))


def _background_speech(tok: Token) -> bool:
    """A speech verb that tells no statement: a standing position in a present-tense relative clause ("Beijing,
    which claims the islands as its own, ..."), a name given to a thing ("signed what both call a milestone"), a claim to a thing rather than a clause ("claims the islands"),
    an intent ("expressed interest in joining")."""
    lemma = tok.lemma_.casefold()
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP"):
        return True
    if _named_as(tok):
        return True
    if lemma == "claim" and children(tok, "dobj") and not children(tok, "ccomp") and _that_clause(tok) is None:
        return True
    return lemma in ("express", "voice", "signal") and any(
        o.lemma_.casefold() in INTENT_NOUNS for o in children(tok, "dobj"))


def _named_as(tok: Token) -> bool:
    """'signed what both governments describe as the most important deal', 'reached what officials called a
    breakthrough': a free relative naming the object of another verb, no statement of its own (unless it quotes
    the words: 'what X called "a historic day"')."""
    return tok.dep_ in ("ccomp", "dobj", "pobj", "pcomp", "xcomp") and tok.head.i != tok.i \
        and any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < tok.i for c in tok.children) \
        and not any(t.tag_ in ("``", "''") or t.text in ('"', "“", "”") for t in tok.subtree)


def _described_as(tok: Token) -> bool:
    """'described the talks as constructive': a verdict on something."""
    return tok.lemma_.casefold() == "describe" and bool(children(tok, "dobj")) and any(
        c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i for c in tok.children)


# Words that may follow a closing attribution: "..., he wrote on Sunday.", "..., the ministry said in a statement."
TAIL_DEPS = {"prep", "pobj", "npadvmod", "advmod", "det", "amod", "compound", "nummod", "punct", "poss", "case"}


def _tail_content(tok: Token) -> str | None:
    """"No exceptions, he wrote.": a subject and speech verb closing the sentence after a comma, which the
    parser hung on the words before; those words are what was said."""
    sent = tok.sent
    subj = children(tok, "nsubj")
    if tok.tag_ != "VBD" or not subj or children(tok, "ccomp", "xcomp", "parataxis", "dobj"):
        return None
    if any(t.i > tok.i and t.dep_ not in TAIL_DEPS and not t.is_space for t in tok.subtree):  # "\n\n" after it
        return None
    start = subj[-1].left_edge.i  # the subject next to the verb ('"..." measures, spokesman X said')
    if start - sent.start < 3 or tok.doc[start - 1].text != "," or any(
            t.pos_ in ("VERB", "AUX") or t.dep_ in ("relcl", "acl", "appos") for t in tok.doc[start:tok.i]):
        return None  # the words before the verb are not just its subject ("..., which he said")
    return tok.doc[sent.start : start - 1].text.strip(" ,")


def _interjected(tok: Token) -> bool:
    """'Washington, she said, would keep pressing': a speech verb set into the clause it reports."""
    return tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX") and bool(children(tok, "nsubj"))


def _trailing_speaker(tok: Token) -> Token | None:
    """'..., Andriy Yermak, head of the Presidential Office, said on Wednesday.': the parser may hang the
    name on the reported clause; the named person just before the verb (past a title) speaks."""
    if tok.tag_ != "VBD" or children(tok, "nsubj", "nsubjpass"):
        return None
    for t in reversed(tok.doc[max(tok.sent.start, tok.i - 16) : tok.i]):
        if t.pos_ in ("VERB", "AUX") or t.text in ('"', "”", "“"):
            return None
        if t.ent_type_ == "PERSON" and t.ent_iob_ in ("B", "I"):
            span = entity_of(t)
            if span is None:
                return None
            j = span.start - 1  # past the post before the name (", AU Commission chairperson Mahmoud Ali Youssouf said")
            while j > tok.sent.start and t.doc[j].dep_ in ("compound", "amod") and j < t.doc[j].head.i < span.end:
                j -= 1
            return span.root if j >= 0 and t.doc[j].text == "," else None
    return None


def _usable(tok: Token) -> bool:
    """Speech verbs whose particular use is speech ('called for', 'pointed out', 'spoke of')."""
    lemma = tok.lemma_.casefold()
    if lemma == "call":
        # "called for", "called on"; "called the deal "a victory"": a quoted verdict on something
        return is_appeal(tok) or _quoted_verdict(tok)
    if lemma == "point":
        return any(c.lower_ in ("out", "to") for c in tok.children)
    if lemma == "speak":
        return bool(prep_objects(tok, "of", "about")) or bool(children(tok, "ccomp"))
    if lemma == "read":  # '"...," read a joint statement'
        return any(c.dep_ in ("nsubj", "dobj") and c.lemma_.casefold() in DOCUMENT_NOUNS for c in tok.children)
    if lemma in RENEW_VERBS and any(o.lemma_.casefold() in COMMITMENT_NOUNS for o in children(tok, "dobj")):
        # "restated their commitment" is an agreement, unless a statement says it ("in a joint statement, X
        # and Y reaffirmed ...", "the joint statement said both leaders reaffirmed ...")
        outer = _outer_speaker(tok)
        return _document_voice(tok) or outer is not None and outer.lemma_.casefold() in DOCUMENT_NOUNS
    return True


# What a court or arbiter decides: rejecting one is a stance on a decision, no statement of one's own.
RULINGS = {"ruling", "verdict", "judgment", "judgement", "award", "decision", "sentence", "order", "injunction"}


def _rejected_ruling(tok: Token) -> bool:
    """'Kenya rejected the court's ruling', 'X dismissed the tribunal's award': no words of the rejecter's told."""
    return tok.lemma_.casefold() in ("reject", "dismiss") and any(
        o.lemma_.casefold() in RULINGS for o in children(tok, "dobj")) and not children(tok, "ccomp")


def _declared_act(tok: Token) -> bool:
    """'declared independence', 'declared a state of emergency', 'declared war': an act, not speech. A
    declaration that something is so has a clause, a quote or a complement ('declared the talks a success')."""
    objs = children(tok, "dobj")
    return tok.lemma_.casefold() == "declare" and bool(objs) and not (
        children(tok, "ccomp", "xcomp", "oprd") or _that_clause(tok) is not None
        or any(c.dep_ == "poss" for c in objs[0].children)
        or any(t.text in OPENING_QUOTES for t in tok.subtree))


def _quoted_verdict(tok: Token) -> bool:
    """'called the day "a milestone"': an object and a quoted description of it."""
    if not children(tok, "dobj"):
        return False
    rest = tok.doc[tok.i + 1 : tok.sent.end]
    return any(t.text in ('"', "“") for t in rest) and not children(tok, "nsubjpass")


def _misread_document(verb: Token) -> Token | None:
    """'A joint statement issued after the talks said ...': the parser read "after the talks said" as a clause
    of the participle, with the talks as subject; the document is the speaker."""
    if verb.dep_ == "advcl" and verb.head.dep_ == "acl" and verb.head.head.lemma_.casefold() in DOCUMENT_NOUNS and \
            any(m.lower_ in ("after", "following") for m in children(verb, "mark")):
        return verb.head.head
    return None


def _speaker_token(tok: Token, ctx: QuoteContext) -> tuple[Token | None, bool]:
    """The token naming the speaker, and whether the last speaker should be used instead."""
    # "Al Arabiya cited Kalin as saying": the cited person speaks
    if tok.head.lower_ == "as" and tok.head.head.lemma_.casefold() in ("cite", "quote"):
        objs = children(tok.head.head, "dobj", "nsubjpass")  # "cited X as saying", "X was quoted as saying"
        return (objs[0] if objs else None), False
    if tok.dep_ == "acl" and tok.head.lemma_.casefold() in DOCUMENT_NOUNS:  # "a joint statement saying ..."
        return tok.head, False
    if _misread_document(tok) is not None:
        return _misread_document(tok), False
    if tok.lemma_.casefold() == "read" and not (tok.tag_ == "VBG" and tok.dep_ == "advcl"):
        # '"...," read a joint statement'; not 'Reading out a joint statement, X said ...', where X speaks
        docs = [c for c in children(tok, "dobj", "nsubj") if c.lemma_.casefold() in DOCUMENT_NOUNS]
        return (docs[0] if docs else None), False
    if is_passive(tok):
        return agent_of(tok), False
    # a word inside a quotation is never its speaker ('"any measures", spokesman X said' with both subjects)
    subj = [s for s in children(tok, "nsubj") if s.i not in ctx.quoted] or children(tok, "nsubj")
    if subj:
        return subj[0], False
    if tok.dep_ in ("advcl", "conj", "xcomp") and tok.tag_ == "VBG" and tok.head.i in ctx.quoted:
        return None, True  # '"...", adding that ...': continues the last speaker's quote
    trailing = _trailing_speaker(tok)
    if trailing is not None:
        return trailing, False
    lost = _interrupted_subject(tok) or _lost_subject(tok, ctx)
    if lost is not None:
        return lost, False
    t = tok
    for _ in range(3):
        if t.dep_ in ("conj", "advcl", "xcomp") and t.head.i != t.i:
            t = t.head
            subj = children(t, "nsubj", "nsubjpass")
            if subj:
                return subj[0], False
        else:
            break
    if t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN") and tok.tag_ == "VBD":
        # "China's ambassador, Fu Cong, abstained ... but urged ...": the parser made the subject the root
        # and the verbs clauses of it
        return t.head, False
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if before is not None and before.ent_type_ in ("PERSON", "ORG") and before.ent_iob_ in ("B", "I") and \
            tok.dep_ == "ROOT" and not children(tok, "nsubj", "nsubjpass") and before.i not in ctx.quoted:
        return before, False  # "In X, Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar told ...":
        # the parser lost the subject in the run of posts; the name right before the verb speaks
    return _closing_subject(tok, ctx), False


def _closing_subject(tok: Token, ctx: QuoteContext) -> Token | None:
    """"X spoke with Y, the press service of Z said.": a closing attribution whose subject the parser hung on
    the words before (as an apposition of Y); the noun phrase between the last comma and the verb speaks."""
    if tok.dep_ != "ROOT" or tok.tag_ != "VBD" or children(tok, "nsubj", "nsubjpass", "dobj") or any(
            c.i > tok.i for c in children(tok, "ccomp")):
        return None
    comma = next((t.i for t in reversed(tok.doc[tok.sent.start : tok.i]) if t.text == ","), None)
    if comma is None or comma - tok.sent.start < 3 or not 0 < tok.i - comma - 1 <= 8:
        return None
    phrase = tok.doc[comma + 1 : tok.i]
    root = phrase.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i in ctx.quoted or any(
            t.i not in {x.i for x in root.subtree} for t in phrase):
        return None
    return root


def _interrupted_subject(tok: Token) -> Token | None:
    """"X, asked about the summit, said ...": the parser made the interruption a clause with X as its subject
    and left the speech verb without one."""
    if tok.i < 1 or tok.doc[tok.i - 1].text != ",":
        return None
    for c in tok.children:
        subj = children(c, "nsubj", "nsubjpass")
        if c.dep_ not in ("ccomp", "advcl") or c.tag_ not in ("VBN", "VBD", "VBG") or not subj or \
                not any(t.pos_ == "PROPN" for t in subj[0].subtree) or c.right_edge.i != tok.i - 2:
            continue
        edge = subj[0].right_edge.i  # "X, <clause>, said": the subject set off from its clause (the parser may
        comma = edge if tok.doc[edge].text == "," else edge + 1  # give the comma to the subject)
        if comma < c.i and tok.doc[comma].text == "," and all(
                t.i in {x.i for x in c.subtree} for t in tok.doc[comma + 1 : c.i]):
            return subj[0]
    return None


def _lost_subject(tok: Token, ctx: QuoteContext) -> Token | None:
    """"In a joint statement, A, B and C, the co-chairs, said ...": the parser hung the list of names on the
    opening phrase; a named phrase set off by a comma that runs right up to the verb is its subject."""
    if tok.dep_ != "ROOT" or children(tok, "nsubj", "nsubjpass", "expl"):
        return None
    sent = tok.sent
    for t in tok.doc[sent.start + 1 : tok.i]:
        if t.ent_type_ not in ("GPE", "ORG", "PERSON") or t.ent_iob_ != "B" or t.i in ctx.quoted \
                or tok.doc[t.i - 1].text != ",":
            continue
        span = entity_of(t)
        head = span.root if span is not None else t
        inside = {x.i for x in head.subtree}
        if head.dep_ in ("appos", "conj") and all(x.i in inside or x.is_punct for x in tok.doc[t.i : tok.i]):
            return head
    return None


ANONYMOUS_SOURCES = {"official", "source", "diplomat", "person", "people", "aide", "insider", "observer", "analyst"}


def _anonymous(tok: Token) -> bool:
    """An unnamed source: no person named in the phrase ("Japanese officials", "an AU diplomat", "officials
    from both sides" speak for nobody the reader can name)."""
    return tok.lemma_.casefold() in ANONYMOUS_SOURCES and tok.tag_ in ("NNS", "NN") and not any(
        t.ent_type_ == "PERSON" for t in tok.subtree)


def _inner_speech(tok: Token, quoted: set[int] = frozenset()) -> bool:
    """The content itself attributes speech to someone ('the statement said X stressed that ...'); a speech
    verb inside the document's own quoted words is not ('the statement said both leaders "reaffirmed ..."')."""
    for c in children(tok, "ccomp"):
        for t in c.subtree:
            if t.pos_ == "VERB" and t.lemma_.casefold() in SPEECH_VERBS and children(t, "nsubj") and t.i not in quoted:
                return True
    return False


def _content(tok: Token, sent: Sentence, ctx: QuoteContext) -> tuple[str | None, list[Sentence]]:
    doc = tok.doc
    quotes = ctx.quotes_in(sent)
    extra: list[Sentence] = []
    for q in quotes:
        extra.extend(s for s in ctx.sentences_of(q) if s.index != sent.index)
    tail = _tail_content(tok)
    if tail is not None and not quotes:
        return tail, extra
    trailing = _trailing_speaker(tok)
    if trailing is not None and not quotes and not children(tok, "ccomp", "xcomp", "parataxis"):
        # "<what was said>, Andriy Yermak, head of X, said"
        name = entity_of(trailing)
        return doc[sent.span.start : name.start].text.strip(" ,"), extra
    if _interjected(tok) and not quotes:  # the clause around "she said" is what she said
        inner = {t.i for t in tok.subtree}
        text = ""
        for t in tok.head.subtree:
            if t.i not in inner:
                text += t.text_with_ws
            elif text and not text.endswith(" "):
                text += " "
        return " ".join(text.split()).strip(" ,."), extra
    comp = children(tok, "ccomp", "xcomp", "parataxis") or [c for c in [_that_clause(tok)] if c is not None]
    if comp and comp[0].i not in ctx.quoted:  # reported speech; a quoted complement is taken whole below
        sub = list(comp[0].subtree)
        return doc[sub[0].i : sub[-1].i + 1].text.strip(" ,"), extra
    if quotes:
        return " ".join(doc_text(doc)[a:b].strip() for a, b in quotes), extra
    objs = children(tok, "dobj") or [o for o in prep_objects(tok, "for", "of", "about", "on")]
    if objs and _described_as(tok):  # "the talks as constructive"
        return doc[objs[0].left_edge.i : tok.right_edge.i + 1].text.strip(" ,."), extra
    if objs:
        sub = list(objs[0].subtree)
        return doc[sub[0].i : sub[-1].i + 1].text, extra
    return None, extra


# Verbs by which even a news outlet (state media) voices its own stand rather than reports others'.
EVALUATIVE = {"slam", "condemn", "denounce", "blast", "criticise", "criticize", "accuse", "lambast", "praise",
              "hail", "dismiss", "reject", "brand"}
OPENING_QUOTES = ('"', "“", "«", "„")
# Speech acts that carry the speaker's words only when a quotation is set inside their clause:
# 'congratulated X on a deal that "puts workers first"'.
QUOTE_FRAMED_VERBS = {"congratulate", "commend", "applaud", "compliment"}


def _framed_quote(tok: Token, ctx: QuoteContext) -> bool:
    """A quotation inside the clause of a congratulation ('congratulated X on a deal that "..."')."""
    return tok.lemma_.casefold() in QUOTE_FRAMED_VERBS and any(
        t.i in ctx.quoted for t in tok.subtree if t.i > tok.i)


# What a guest thanks a host for by courtesy ("thanked his host for the hospitality", "for the warm welcome").
COURTESIES = {"hospitality", "welcome", "reception", "host", "hosts", "invitation"}


def _courtesy_thanks(tok: Token) -> bool:
    """'X thanked his host for the hospitality', 'He thanked both hosts for ...', 'expressed his gratitude for the
    warm welcome': a guest's courtesy with no words reported, which news does not count as a statement."""
    lemma = tok.lemma_.casefold()
    if lemma in CONVEY_VERBS | {"express"}:
        if not any(o.lemma_.casefold() in SENTIMENTS or o.lower_ in SENTIMENTS for o in children(tok, "dobj")):
            return False
        thanked = [t for o in children(tok, "dobj") for t in prep_objects(o, "for", "to")]
    elif lemma == "thank":
        thanked = children(tok, "dobj") + prep_objects(tok, "for")
    else:
        return False
    if children(tok, "ccomp") or _that_clause(tok) is not None:
        return False
    return any(t.lemma_.casefold() in COURTESIES or t.lower_ in COURTESIES for t in thanked)


MEETING_HEADS = {"meet", "host", "receive", "hold", "visit", "talk", "speak"}
PLEDGES = {"promise", "vow", "pledge"}


def _call_content(tok: Token, speakers: list, ctx: QuoteContext) -> bool:
    """What passed in a phone call or meeting, not a statement: 'spoke with X by telephone, urging him to ...',
    'X and Y spoke by phone and confirmed that ...', 'met with X ... and thanked him for his support' (a
    thanks with no words quoted)."""
    if tok.dep_ not in ("advcl", "conj"):
        return False
    if tok.lemma_.casefold() == "thank" and (tok.head.lemma_.casefold() in MEETING_HEADS or _is_call(tok.head)) and not any(
            t.i in ctx.quoted for t in tok.subtree):
        return True
    if tok.tag_ == "VBG" and tok.lemma_.casefold() in PLEDGES and tok.head.lemma_.casefold() in MEETING_HEADS \
            and not any(t.i in ctx.quoted for t in tok.subtree):
        return True  # "X and Y met in Z, promising to ease tensions": what they undertook at the meeting
    return _is_call(tok.head) and (tok.tag_ == "VBG" or len(speakers) >= 2)


def _is_call(verb: Token) -> bool:
    """'spoke by phone', 'held a telephone conversation', 'telephoned', 'in a video call with'."""
    if verb.lemma_.casefold() in ("phone", "telephone"):
        return True
    media = PHONE_WORDS | {"phone", "telephone", "videoconference", "videolink"}
    for c in verb.children:
        if c.dep_ == "prep" and any(o.lemma_.casefold() in media for o in children(c, "pobj")):
            return True
        if c.dep_ == "dobj" and c.lemma_.casefold() in ("call", "conversation") and any(
                m.lower_ in media for m in c.children if m.dep_ in ("compound", "amod")):
            return True
    return False


def _colon_quotes(sent: Sentence, resolver: Resolver, ctx: QuoteContext, taken: set[int]) -> list[Candidate]:
    """'X hit back on Truth Social: "..."', 'Y struck a defiant tone: "..."': a clause ending in a colon
    that opens a quotation attributes the quotation to the clause's subject."""
    out = []
    toks = sent.tokens
    for k, colon in enumerate(toks[:-1]):
        if colon.text != ":" or colon.i in ctx.quoted or toks[k + 1].text not in OPENING_QUOTES:
            continue
        verbs = [t for t in toks[:k] if t.pos_ == "VERB" and children(t, "nsubj") and t.i not in ctx.quoted]
        named = toks[:k] if 0 < k <= 6 and all(t.pos_ == "PROPN" or t.is_punct for t in toks[:k]) else []
        if named and not verbs:  # 'Mudavadi: "We are making progress."' (live blogs, headlines)
            verb, subject = colon, next((t for t in reversed(named) if t.pos_ == "PROPN"), None)
            if subject is None or subject.ent_type_ in ("GPE", "LOC", "DATE", "NORP"):
                continue
        elif not verbs or verbs[-1].i in taken or is_negated(verbs[-1]):
            continue
        else:
            verb, subject = verbs[-1], children(verbs[-1], "nsubj")[0]
        speakers = [m for m in resolver.actors(subject, agent=True) if not resolver.is_media(m.entity, m.text)
                    and (verb.i != colon.i or m.entity.type in ("person", "organization"))]
        if not speakers:
            continue
        roles: list = []
        add_roles(roles, speakers, SPEAKER)
        content, extra = _content(verb, sent, ctx)
        quotes = [q for q in ctx.quotes_in(sent) if q[0] >= colon.idx]
        if quotes:
            content = " ".join(doc_text(sent.span.doc)[a:b].strip() for a, b in quotes)
        out.append(Candidate(STATEMENT, verb, sent, roles, "statement.colon", content=content, extra=extra))
    return out


STATEMENT_DOCUMENTS = {"statement", "communique", "communiqué", "readout", "release"}


def _issued_documents(sent: Sentence, resolver: Resolver, ctx: QuoteContext) -> list[Candidate]:
    """'X and Y issued a joint statement', 'the leaders adopted a communique': the issuers state it."""
    out = []
    for doc_tok in sent.tokens:
        if doc_tok.dep_ != "dobj" or doc_tok.lemma_.casefold() not in STATEMENT_DOCUMENTS or doc_tok.i in ctx.quoted:
            continue
        verb = doc_tok.head
        if verb.lemma_.casefold() not in ("issue", "release", "adopt", "publish") or is_negated(verb) or \
                is_hypothetical(verb) or status_of(doc_tok) == PLANNED:
            continue  # "are due to issue a joint statement on Friday": not issued yet
        if any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in doc_tok.children) and not any(
                d.dep_ == "amod" and d.lower_ == "following" for d in doc_tok.children):
            continue  # "the ministry released the statement": one already told
        if any(a.dep_ == "acl" and a.lemma_.casefold() in SPEECH_VERBS for a in doc_tok.children):
            continue  # "a joint statement saying ...": the participle carries it
        speakers = [m for m in verb_subjects(verb, resolver) if not resolver.is_media(m.entity, m.text)]
        if not speakers:
            continue
        roles: list = []
        add_roles(roles, speakers, SPEAKER)
        sub = list(doc_tok.subtree)
        content = sent.span.doc[sub[0].i : sub[-1].i + 1].text
        out.append(Candidate(STATEMENT, verb, sent, roles, "statement.document", content=content))
    return out


def _state_agency(ent, resolver: Resolver) -> bool:
    """A government's own news agency, named after its country ("Saudi Press Agency", "Kenya News Agency"):
    it speaks for that government, unlike an outlet reporting others' words ("RIA news agency")."""
    words = ent.name.split()
    if ent.type == "country" or len(words) < 2 or words[-1] != "Agency":  # the registry may type it a person
        return False
    return any(resolver.gazetteer.country(" ".join(words[:n])) is not None for n in (1, 2) if n < len(words))


# A body's own press service speaks for it: "the Kremlin press service", "Aliyev's press office".
PRESS_OFFICES = {"service", "office"}


def _press_office(subj: Token) -> bool:
    """'the Kremlin press service', 'the press office of X': a body's press service, not a news outlet."""
    return subj.lemma_.casefold() in PRESS_OFFICES and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "press" for c in subj.children)


# Head nouns of public bodies that speak for a state when they "report" something: ministries, offices,
# armed forces, councils ("the Defence Ministry reported that ..."); news outlets are filtered apart.
REPORTING_BODIES = INSTITUTION_NOUNS - {"agency", "association", "bank", "delegation", "team", "negotiator"} | {
    "office", "presidency", "department", "headquarters", "command", "embassy", "cabinet", "chancellery",
    "administration", "mission", "ministry"}


def _body_report(tok: Token, subj: Token | None) -> bool:
    """"The Interior Ministry reported that ...", "..., the Office of the President reported": a public body
    reporting a clause speaks (a figure it reports, "reported a rise in exports", is no statement)."""
    if subj is None or not _public_body(subj):
        return False
    return _tail_content(tok) is not None or bool(children(tok, "ccomp")) or _that_clause(tok) is not None


def _surname(person: Entity, before: Token) -> str:
    """The word of a person's name the article uses alone last before `before` ("Brown" after "Mr Brown",
    "Lee" after "Lee said" for "Lee Jae-myung"); the last word of the name if it never stands alone."""
    words = person.name.split()
    for t in reversed(before.doc[: before.i]):
        if t.text in words and t.pos_ == "PROPN":
            return t.text
    return words[-1]


def _clause_subject(office: Token, resolver: Resolver) -> list[Entity]:
    """The person a closing "..., his office said" speaks for: the subject of the words before it ("Mr Brown
    had spoken by phone with X, his office said" is Brown's office, not X's)."""
    start = office.left_edge.i
    if start - office.sent.start < 3 or office.doc[start - 1].text != ",":
        return []  # no words before it: "his" is whoever the article spoke of last
    for t in office.doc[office.sent.start : start]:
        if t.dep_ == "nsubj":
            people = [m.entity for m in resolver.actors(t, agent=True) if m.entity.type == PERSON]
            return people if len(people) == 1 else []
    return []


def _personal_office(tok: Token, resolver: Resolver) -> list[Mention]:
    """A person's own office or press service speaking as a body of its own, named as news names it:
    "Ruto's office said" ("Ruto's office"), "his office said" (the office of the person "his" stands for),
    "the press service of the Kyrgyz President" ("press service of the Kyrgyz President"); [] otherwise."""
    if tok.lemma_.casefold() not in PRESS_OFFICES or tok.lemma_.casefold() == "service" and not _press_office(tok):
        return []
    doc = tok.doc
    for owner in children(tok, "poss"):
        people = _clause_subject(tok, resolver) if owner.tag_ == "PRP$" else []
        people = people or [m.entity for o in (owner, tok) for m in resolver.actors(o, agent=True)
                            if m.entity.type == PERSON][:1]  # the small model may tag the owner a place
        if len(people) != 1 or owner.tag_ != "PRP$" and deaccent(owner.text) not in deaccent(people[0].name).split():
            return []  # "Pakistan's Foreign Office", "the President's Office": a body's own name
        surname = owner.text if owner.tag_ != "PRP$" else _surname(people[0], owner)
        rest = doc[owner.i + 1 : tok.i + 1].text if owner.tag_ == "PRP$" else doc[owner.i + 2 : tok.i + 1].text
        # the principal first, then its office (`_office_voice` picks who speaks)
        return [Mention(people[0], owner.text, owner.tag_ == "PRP$"),
                Mention(Entity(name=f"{surname}'s {rest}", type=ORGANIZATION, country=people[0].country),
                        doc[owner.i : tok.i + 1].text)]
    posts = [o for o in prep_objects(tok, "of") if o.ent_type_ in ("", "NORP") and o.i == o.right_edge.i]
    if tok.lemma_.casefold() == "service" and posts:
        name = doc[tok.left_edge.i : posts[0].right_edge.i + 1].text  # a post's service: nobody named
        name = re.sub(r"^(?:the|a)\s+", "", name, flags=re.I)
        return [Mention(Entity(name=name, type=ORGANIZATION), name)]
    return []


def _tells_of_others(office: Token, person: Entity, resolver: Resolver) -> bool:
    """Whether the clause an office gives has a subject other than its principal ("Y accepted an invitation, X's
    office said", "X's office said the talks were called off", "according to X's office, the two agreed"), not
    the principal's own deed ("X spoke by phone with Y, his office said") nor a mere description ("X's office
    described it as ...")."""
    head = office.head
    if office.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        clauses = [head.head.head]  # "According to X's office, A and B agreed ...": the main clause
    else:
        clauses = children(head, "ccomp")  # "X's office said (that) ..."
        if head.dep_ in ("parataxis", "ccomp") and head.head.i < office.i:
            clauses.append(head.head)  # "..., his office said": the clause before it
    subjects = [s for c in clauses for s in children(c, "nsubj", "nsubjpass")]
    return bool(subjects) and not any(m.entity.key == person.key for s in subjects
                                      for m in resolver.actors(s, agent=True))


def _relayed(verb: Token, speakers: list[Mention], resolver: Resolver) -> bool:
    """"X warned that ..., his office said": the office only relays words X has a statement of his own for."""
    return any(t.i != verb.i and t.pos_ == "VERB" and t.lemma_.casefold() in SPEECH_VERBS - MEETING_HEADS and any(
        m.entity.key == speakers[0].entity.key for s in children(t, "nsubj") for m in resolver.actors(s, agent=True))
        for t in verb.sent)


def _office_voice(tok: Token, resolver: Resolver) -> list[Mention]:
    """A head of state's office speaking as a body of its own, as news names it: "the Malian presidency said"
    ("Malian presidency"), "Egypt's presidency" ("Egyptian presidency"), "the presidency of Zimbabwe"
    ("Presidency of Zimbabwe"), "the White House said" ("White House"); [] for anything else. The country it
    serves is kept on the entity."""
    personal = _personal_office(tok, resolver)
    if len(personal) == 2 and _tells_of_others(tok, personal[0].entity, resolver):
        return personal[1:]  # "Luxon's office said Modi had accepted": the office speaks, not of its principal
    if personal:
        return personal  # the office voices what its principal did: both speak (news names either as the source)
    if tok.lemma_.casefold() == "presidency":
        for mod in tok.children:
            country = resolver.gazetteer.demonym(mod.text) if mod.dep_ in ("amod", "compound") else \
                resolver.gazetteer.country(mod.text) if mod.dep_ == "poss" else None
            if country is not None:  # "Egypt's presidency": named with the adjective, as the office calls itself
                name = f"{mod.text if mod.dep_ != 'poss' else resolver.gazetteer.demonym_of(country)} {tok.text}"
                return [Mention(Entity(name=name, type=ORGANIZATION, country=country.iso2), tok.text)]
        for of in prep_objects(tok, "of"):
            named = tok.doc[of.left_edge.i : of.i + 1].text  # "the presidency of the Republic of X"
            country = resolver.gazetteer.country(named)
            if country is not None:
                name = f"Presidency of {named}"
                return [Mention(Entity(name=name, type=ORGANIZATION, country=country.iso2), tok.text)]
    if tok.lower_ == "house" and any(c.dep_ == "compound" and c.text == "White" for c in tok.children):
        return [Mention(Entity(name="White House", type=ORGANIZATION, country="US"), "White House")]
    return []


def _document_issuer(subj: Token, resolver: Resolver) -> list[Mention]:
    """"the Saudi statement said", "a Kremlin readout said": a document nobody was said to issue speaks
    for the country or body its modifier names; a press service for the person or body that owns it
    ("Aliyev's press service", "the press service of the Azerbaijani President")."""
    if _press_office(subj):
        owners = children(subj, "poss") + prep_objects(subj, "of")
        if owners:
            return [m for o in owners for m in resolver.actors(o, agent=True)]
    elif subj.lemma_.casefold() not in DOCUMENT_NOUNS:
        return []
    mods = [c for c in subj.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")]
    return [m for c in mods for m in resolver.actors(c, as_countries=True)]


# What may stand for a document its issuer speaks through: "according to a copy released by X".
SOURCE_DOCUMENTS = DOCUMENT_NOUNS | STATEMENT_DOCUMENTS | {"copy", "transcript", "summary", "version"}


# Where a body publishes its own words: "according to the presidency's website".
ONLINE_SOURCES = {"website", "site", "account", "page", "channel", "portal"}


def _inferred_joint(document: Token) -> bool:
    """'a joint statement issued after the visit', 'the common communique': the sides' common text whose
    issuers the sentence does not name (no 'X's', 'by X', 'from X', 'X and Y issued ...')."""
    if document.lemma_.casefold() not in VOICING_DOCUMENTS | STATEMENT_DOCUMENTS or \
            not any(c.lower_ in ("joint", "common") for c in document.children):
        return False
    if children(document, "poss") or prep_objects(document, "by", "from", "of") or any(
            a.dep_ == "agent" for acl in children(document, "acl") for a in acl.children):
        return False
    return not (document.dep_ == "dobj" and children(document.head, "nsubj"))


def joint_sides(speakers: list[Mention], resolver: Resolver, doc) -> list[Mention]:
    """The parties of an unnamed joint statement with the countries they act for: a side whose person's
    country the article never states is the story's most-named other country, when the story's countries
    clearly rank ("President X of Y held talks with Z" -> Z's country is the one named most after Y)."""
    people = [m.entity for m in speakers if m.entity.type == PERSON]
    known = unique_entities([c for c in (resolver.country_of(m.entity) for m in speakers) if c is not None])
    missing = len(people) - len(known)
    if missing <= 0 or len(people) > 3:
        return speakers
    others = resolver.leading_countries(doc, missing, exclude={k.key for k in known})
    if not others:
        return speakers
    sides = known + others
    return unique_mentions([m for m in speakers if m.entity.type == PERSON] +
                           [Mention(c, speakers[0].text, True) for c in sides])


def _document_source(obj: Token) -> Token | None:
    """The issuer of a document one cites ("a copy released by the ministry", "a statement from the ministry",
    "a transcript published by X"), else None."""
    if obj.lemma_.casefold() in ONLINE_SOURCES:  # "the Chilean Presidency's website", "the ministry's X account"
        return next(iter(children(obj, "poss") + prep_objects(obj, "of")), None)
    if obj.lemma_.casefold() not in SOURCE_DOCUMENTS:
        return None
    for verb in children(obj, "acl"):  # "released by X", "issued by X"
        agent = next((o for a in children(verb, "agent") for o in children(a, "pobj")), None)
        if agent is not None:
            return agent
    return next(iter(prep_objects(obj, "from", "by")), None)


def _according_to(sent: Sentence, resolver: Resolver, ctx: QuoteContext) -> list[Candidate]:
    out = []
    for tok in sent.tokens:
        if tok.lower_ == "according" and tok.i not in ctx.quoted:
            objs = prep_objects(tok, "to") or [o for c in tok.children if c.lower_ == "to" for o in
                                               children(c, "pobj")]
            if not objs:
                continue
            source = _document_source(objs[0]) or objs[0]
            # "according to a statement by the Kremlin press service": the service speaks for its owner
            # "according to a Kremlin readout", "a State House statement": the modifier names the issuer (not in
            # a document's title, "the Outcomes Statement", "the Final Communique")
            titled = source.text[:1].isupper() and source.i > sent.span.start
            found = _office_voice(source, resolver) or resolver.actors(source) or (
                _document_issuer(source, resolver) if not titled or _press_office(source) else [])
            if _inferred_joint(source):
                found = joint_sides(found, resolver, sent.span.doc)
            speakers = [m for m in found if not resolver.is_media(m.entity, m.text)
                        or _state_agency(m.entity, resolver)]
            if speakers:
                roles: list = []
                add_roles(roles, speakers, SPEAKER)
                content = sent.text
                out.append(Candidate(STATEMENT, tok, sent, roles, "statement.according", content=content))
    return out


def _outer_speaker(tok: Token) -> Token | None:
    """The subject of the speech verb whose reported clause `tok` belongs to ("Peskov" of "Peskov said
    Moscow welcomed the deal"), if any. A closing attribution ("..., spokesman X said.") has none, whatever
    the parser hung it on."""
    if _tail_content(tok) is not None or _own_clause(tok):
        return None
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            return None
        outer = [d for d in [_misread_document(t.head)] if d is not None] or children(t.head, "nsubj", "nsubjpass")
        if t.dep_ == "ccomp" and t.head.pos_ == "VERB" and t.head.lemma_.casefold() in SPEECH_VERBS and outer:
            return outer[0]
        if t.dep_ not in ("conj", "ccomp", "xcomp") and not (t.i == tok.i and t.dep_ == "advcl" and t.tag_ == "VBG"):
            return None  # '"denied that the leaders had agreed ..., saying ...": the participle is the denier's
        t = t.head
    return None


def _own_clause(tok: Token) -> bool:
    """'X said the deal was "a disaster," and the farmers' union said in a statement that ...': a speech verb with a
    subject of its own after a comma and "and" opens a new sentence of its own, however the parser hung it inside
    the first speaker's clause."""
    if tok.dep_ != "conj" or not children(tok, "nsubj"):
        return False
    cc = tok.left_edge.i - 1  # the parser may hang the "and" on the first clause's last verb
    if cc < 2 or tok.doc[cc].dep_ != "cc":
        return False
    before = tok.doc[cc - 1]
    return before.text == "," or before.is_quote and tok.doc[cc - 2].text == ","


def _tail_speaker(tok: Token) -> Token | None:
    """The subject of a closing attribution after `tok` ("..., in which they rejected X, spokesman Y said in a
    statement."): the words before it are Y's, whatever the parser hung them on."""
    for v in tok.sent:
        if v.i > tok.i and v.pos_ == "VERB" and v.lemma_.casefold() in SPEECH_VERBS and \
                _tail_content(v) is not None:
            return children(v, "nsubj")[-1]
    return None


def _own_body(speakers: list, outer: Token | None, resolver: Resolver) -> bool:
    """"Pakistan's Foreign Office said ... Pakistan remained committed and accused ...": the country a
    ministry speaks for, inside the ministry's own statement, is not a second speaker."""
    if outer is None:
        return False
    owners = {k for m in resolver.actors(outer, agent=True)
              for k in (m.entity.key, (resolver.country_of(m.entity) or m.entity).key)}
    return bool(speakers) and all(m.entity.key in owners for m in speakers)


def _reported(tok: Token) -> bool:
    """The verb is part of what someone else is reported to have said ("Peskov said Moscow welcomed the
    deal"): the outer speaker's statement, not one of its own. "the statement said X stressed ...", "it said
    X ...": a document only carries X's words, so X keeps a statement."""
    outer = _outer_speaker(tok) or _tail_speaker(tok)
    if outer is None:
        return False
    if tok.lemma_.casefold() in WEAK_SPEECH - {"add"}:
        return True  # "X had thanked Y for ...", "they rejected ...": an act the outer source reports
    return outer.lemma_.casefold() not in DOCUMENT_NOUNS | {"it", "report", "agency"} and \
        outer.ent_type_ != "ORG" and not _own_office(outer)


# A person's own staff who relay the person's words ("his office", "her spokeswoman", "his aides").
STAFF_NOUNS = {"office", "spokesman", "spokeswoman", "spokesperson", "aide", "staff", "secretary", "team", "wing",
               "service", "adviser", "advisor", "camp", "representative"}
# Modifiers that make any unit a press unit ("his press wing", "her media team", "his communications director").
PRESS_WORDS = {"press", "media", "communications", "communication"}


def _own_office(outer: Token) -> bool:
    """"X warned that ..., his office said", "..., her press wing said", "..., his media team said": the
    speaker's own office, staff or press unit relays X's words; so does any public body's office ("X told the
    envoys that ..., the government's press office said")."""
    own = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in outer.children)
    staff = outer.lemma_.casefold() in STAFF_NOUNS or any(
        c.dep_ in ("compound", "amod") and c.lower_ in PRESS_WORDS for c in outer.children)
    return own and staff or _public_body(outer)


def _public_body(tok: Token) -> bool:
    """The head noun of a public body that speaks for a state: "the Interior Ministry", "the Defence Forces",
    "the presidential press service"."""
    head = tok.lemma_.casefold()
    return head in REPORTING_BODIES or head.removesuffix("s") in REPORTING_BODIES or _press_office(tok)


def _relays_person(tok: Token, subj: Token, resolver: Resolver) -> bool:
    """"X told the envoys that ..., the government's press office said": a public body closing a named person's
    words only passes them on; the person speaks."""
    start = subj.left_edge.i
    closing = start - tok.sent.start > 3 and tok.doc[start - 1].text == "," and tok.i > start and not any(
        c.i > tok.i for c in children(tok, "ccomp", "dobj"))
    if not _public_body(subj) or not closing:
        return False  # "The ministry said X had underlined ...": the ministry's own statement, naming X's words
    inner = [t for t in tok.doc[tok.sent.start : subj.left_edge.i] if t.pos_ == "VERB"
             and t.lemma_.casefold() in SPEECH_VERBS - WEAK_SPEECH]
    # a named subject ("..., and the two confirmed that ..., the ministry said" is the ministry's account)
    return any(m.entity.type == PERSON for v in inner for s in children(v, "nsubj") if s.pos_ == "PROPN"
               for m in resolver.actors(s, agent=True))


def find(sent: Sentence, resolver: Resolver, ctx: QuoteContext) -> list[Candidate]:
    """Statement candidates in one sentence."""
    out = _according_to(sent, resolver, ctx)
    for tok in sent.tokens:
        if tok.i in ctx.quoted or tok.pos_ != "VERB" or tok.lemma_.casefold() not in SPEECH_VERBS | {"report"} \
                and not _framed_quote(tok, ctx) and not _extra_speech(tok, ctx, sent) and not _document_voice(tok):
            continue
        if _reported(tok) or _background_speech(tok):
            continue
        if not _usable(tok) or not _has_content(tok, ctx, sent) or _declared_act(tok) or _rejected_ruling(tok):
            continue
        if _courtesy_thanks(tok) or tok.dep_ == "pcomp" and _courtesy_thanks(tok.head.head):
            continue  # (also "thanked both hosts for what he called ...": the thanks' own words)
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | REPORTED_FUTURE_AUX for c in tok.children):
            continue  # "Beijing would respond", "she will announce": not yet said
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "until", "whether") for c in tok.children):
            continue  # "unless Moscow signalled it would not use its veto": a condition, not a statement
        if tok.lemma_.casefold() in ("welcome", "hail", "praise", "greet") and any(
                m.entity.type == "person" for o in children(tok, "dobj") for m in resolver.actors(o, agent=True)):
            continue  # "X welcomed Y to Tokyo" is a meeting, not a statement
        if tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl", "amod", "relcl") and not children(tok, "aux", "auxpass"):
            continue  # "a safe zone suggested by X": a reduced passive is background, not a statement
        subj_tok, continues = _speaker_token(tok, ctx)
        office: list[Mention] = []
        if continues:
            speakers = [Mention(m.entity, m.text, True) for m in ctx.last_speakers]
        elif subj_tok is None:
            continue
        else:
            # the document is the source; the inner speaker gets the statement (a joint statement's own quoted
            # words about its issuers are its statement: 'a joint statement said both leaders "reaffirmed ..."')
            if subj_tok.lemma_.casefold() in DOCUMENT_NOUNS | {"it"} and _inner_speech(
                    tok, ctx.quoted if _inferred_joint(subj_tok) else frozenset()):
                continue
            if _anonymous(subj_tok):
                continue  # "officials from both sides said", "sources said": nobody named
            # every subject the parser gave (a dateline may come first: "YEREVAN (Reuters) - Armenia ... said")
            subjects = [s for s in children(tok, "nsubj") if s.i != subj_tok.i and s.i not in ctx.quoted] \
                if subj_tok.dep_ == "nsubj" else []  # a word inside the quote is never its speaker
            office = _personal_office(subj_tok, resolver)
            office = office if len(office) == 2 else []  # a named person's office, not a post's press service
            if office and _relayed(tok, office, resolver) or _relays_person(tok, subj_tok, resolver):
                continue
            speakers = _office_voice(subj_tok, resolver) or \
                [m for s in [subj_tok, *subjects] for m in resolver.actors(s, agent=True)] or \
                _document_issuer(subj_tok, resolver)
            if _inferred_joint(subj_tok):
                speakers = joint_sides(speakers, resolver, sent.span.doc)
        if tok.lemma_.casefold() not in EVALUATIVE and not _opinion_piece(tok):
            # "KCNA slammed the pact": state media taking a stand; "X wrote in an editorial": the paper's own view
            speakers = [m for m in speakers if not resolver.is_media(m.entity, m.text) or (
                _state_agency(m.entity, resolver) and not _inner_speech(tok))]
        if tok.lemma_.casefold() == "report" and not _body_report(tok, subj_tok):
            # "..., the Saudi Press Agency reported": only a state agency, or a public body reporting
            # a clause ("the Interior Ministry reported that ...", "..., the presidential office reported")
            speakers = [m for m in speakers if _state_agency(m.entity, resolver)]
        if not speakers or not continues and _own_body(speakers, _outer_speaker(tok), resolver):
            continue
        if _call_content(tok, office[:1] or speakers, ctx):  # an office and its principal: the principal's voice
            continue
        roles: list = []
        add_roles(roles, speakers, SPEAKER)
        if tok.lemma_.casefold() == "tell":
            for obj in children(tok, "dobj", "dative"):
                add_roles(roles, resolver.actors(obj), ADDRESSEE)
        content, extra = _content(tok, sent, ctx)
        trigger = tok
        if tok.lemma_.casefold() not in SPEECH_VERBS and _document_voice(tok):
            # "in a joint communique, X and Y pledged to ...": the pledge may also be an agreement on the verb;
            # the statement is the document's
            trigger = _voicing_document(tok)
        cand = Candidate(STATEMENT, trigger, sent, roles, "statement.verb", content=content, extra=extra)
        out.append(cand)
    out.extend(_colon_quotes(sent, resolver, ctx, {c.trigger.i for c in out}))
    out.extend(_issued_documents(sent, resolver, ctx))
    # "According to X, Y told Z that ...": Y is the speaker, X only the source
    speech = {c.trigger.i for c in out if c.extractor == "statement.verb"}
    return [c for c in out if c.extractor != "statement.according" or c.trigger.head.i not in speech]
