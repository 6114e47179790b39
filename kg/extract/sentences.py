"""Sentence spans with character offsets, quotation spans, and the boilerplate filter.

News pages carry text that is not the story: headlines repeated as lines, tags,
share buttons, comment prompts, "Check Also" teasers, tweet embeds, disclaimers.
Those sentences are marked so that no fact is taken from them; offsets always
refer to the untouched article text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, IS_UPPER, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.resolve.names import NAME_PARTICLES
from kg.resolve.text import doc_text

LINE_BREAKS_PIPE = "newskg_line_breaks"


_NEWLINE = re.compile("\n")


@Language.component(LINE_BREAKS_PIPE)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headings and paragraphs never merge, and none inside a
    line after a word that cannot end one (the parser otherwise cuts "China | and India have agreed ...").

    Runs before the parser, which keeps sentence starts (and non-starts) that are already set.
    """
    n = len(doc)
    if n < 2:
        return doc
    text = doc.text
    breaks: list[int] = []
    if "\n" in text:
        # the token holding each line break (in its text or its trailing space): the next one starts a sentence
        starts = doc.to_array("IDX").tolist()
        breaks = sorted({brk for m in _NEWLINE.finditer(text) for brk in [bisect.bisect_right(starts, m.start())]
                         if 0 < brk < n})
    # arrays, not Token objects: setting `is_sent_start` word by word costs more than a tenth of the parse
    orth, upper, punct, space = (a.tolist() for a in doc.to_array([ORTH, IS_UPPER, IS_PUNCT, IS_SPACE]).T)
    strings = doc.vocab.strings
    may_end = {h: strings[h].endswith(_MAY_END_SENTENCE) and strings[h] not in _BEFORE_NAMES for h in set(orth)}
    sent_start = numpy.zeros(n, dtype="int64")
    sent_start[0] = 1
    sent_start[1:] = [0 if may_end[h] else -1 for h in orth[:-1]]
    sent_start[breaks] = 1
    colon = strings[":"]
    for first in [0, *breaks]:  # an all-caps kicker ending in a colon ("BREAKING:", "GOYAL'S BRUSSELS DASH:")
        i = first
        while i < n - 1 and (upper[i] or punct[i] or space[i]):
            if orth[i] == colon and i > first and upper[i - 1]:
                sent_start[i + 1] = 1
                break
            i += 1
    doc.from_array([SENT_START], sent_start.view("uint64"))
    return doc


# What the last token of a sentence ends with (a stop, a closing quote or bracket, "Mr." and "U.S." too;
# a dash or bar after a dateline or a kicker: "Kinshasa (AFP) -").
_MAY_END_SENTENCE = tuple(".!?…:;\"”’)]'-–—|")
# Abbreviated styles and ranks stand before a name and never end a sentence ("led by H.E. Amb. X, Minister
# of ...": the parser otherwise starts a sentence at the name).
_BEFORE_NAMES = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "H.E.", "Gen.", "Sen.", "Rep.", "Gov.", "Rev.",
                           "Hon.", "Amb.", "Lt.", "Col.", "Maj.", "Pres.", "Rt.", "Sgt.", "Capt.", "Cmdr.", "Cdr.",
                           "Brig.", "Supt.", "Insp.", "Fr.", "Adm.", "Atty.", "Engr.", "Smt.", "H.H.", "H.R.H.",
                           "H.M."})


# "co-chaired", "co-hosted": the tokenizer splits these at the hyphen and the parser then reads "co" as
# the verb; kept whole, they parse as verbs, and their lemma is set here (the lemmatizer does not know them).
CO_VERBS = ("chair", "host", "sign", "sponsor", "organise", "organize")


def _verb_forms(stem: str) -> list[str]:
    """'host' -> host, hosts, hosted, hosting; 'organise' -> organise, organises, organised, organising."""
    base = stem[:-1] if stem.endswith("e") else stem
    return [stem, f"{stem}s", f"{base}ed", f"{base}ing"]


CO_VERB_FORMS = {f"co-{form}": f"co-{stem}" for stem in CO_VERBS for form in _verb_forms(stem)}
COMPOUND_VERBS_PIPE = "newskg_compound_verbs"
NAME_PARTICLES_PIPE = "newskg_name_particles"
# Abbreviated honorifics and ranks the tokenizer does not know: split from their period, they end the
# sentence in the middle of a name ("the Prime Minister of the Cook Islands, Hon. Mark Brown, ...").
HONORIFICS = ("Hon.", "Amb.", "Lt.", "Col.", "Maj.", "Pres.", "Sec.", "Rt.", "Sgt.", "Capt.", "Cmdr.", "Cdr.",
              "Brig.", "Supt.", "Insp.", "Fr.", "Sr.", "Ma.", "Adm.", "Atty.", "Engr.", "Smt.")


# Hyphenated loan words the tokenizer would cut into pieces the parser misreads.
WHOLE_WORDS = ("tête-à-tête", "tête-à-têtes", "tete-a-tete", "tete-a-tetes", "one-on-one", "one-on-ones")


# Lower-case name particles: a name the tagger ends on one ("Ursula von der" + "Leyen") was cut short. Not "y",
# which also joins two names ("Lucia y Ana"), nor "st"; with "ter", "ten", "zu", which are never a name alone.
CUT_NAME_PARTICLES = (NAME_PARTICLES - {"y", "st"}) | {"ter", "ten", "zu"}


@Language.component(COMPOUND_VERBS_PIPE)
def compound_verb_lemmas(doc: Doc) -> Doc:
    """Lemmas of the hyphenated verbs kept whole by the tokenizer ("co-chaired" -> "co-chair")."""
    if "co-" not in doc.text.lower():
        return doc  # almost every text: no Token object made per word
    for token in doc:
        lemma = CO_VERB_FORMS.get(token.lower_)
        if lemma is not None:
            token.lemma_ = lemma
    return doc


@Language.component(NAME_PARTICLES_PIPE)
def particle_names(doc: Doc) -> Doc:
    """Names the tagger cut after a particle, made whole (`mend_particle_names`)."""
    mend_particle_names(doc)
    return doc


def mend_particle_names(doc: Doc) -> None:
    """'Ursula von der' (PERSON) + 'Leyen' (GPE): a person's name ending on a particle runs on to the
    capitalised words right after it, whatever the tagger made of them."""
    ents, out, mended = list(doc.ents), [], False
    for ent in ents:
        if out and out[-1].end > ent.start:
            continue  # taken into the name before it
        end = ent.end
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text in CUT_NAME_PARTICLES:
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end - 1].whitespace_:
                end += 1
        if end > ent.end:
            end = max([end, *(e.end for e in ents if ent.end <= e.start < end)])
            ent, mended = Span(doc, ent.start, end, label="PERSON"), True
        out.append(ent)
    if mended:
        doc.ents = out


def prepare_nlp(nlp: Language) -> Language:
    """Add the line-break sentence splitter before the parser, keep "co-" verbs and abbreviated honorifics
    ("Hon.", "Lt.") whole and lemmatise the verbs, mend names cut after a particle (idempotent); returns `nlp`."""
    if LINE_BREAKS_PIPE not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS_PIPE, before="parser")
    if COMPOUND_VERBS_PIPE not in nlp.pipe_names:
        for form in CO_VERB_FORMS:
            for variant in (form, form.capitalize()):
                nlp.tokenizer.add_special_case(variant, [{"ORTH": variant}])
        for abbreviation in HONORIFICS:
            nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
        for word in WHOLE_WORDS:  # "a tête-à-tête": one noun, not three
            for variant in (word, word.capitalize()):
                nlp.tokenizer.add_special_case(variant, [{"ORTH": variant}])
        nlp.add_pipe(COMPOUND_VERBS_PIPE, last=True)
    if NAME_PARTICLES_PIPE not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(NAME_PARTICLES_PIPE, after="ner")
    return nlp


@dataclass
class Sentence:
    """One sentence of the article: the spaCy span, its index and whether it is story text."""

    span: Span
    index: int
    start: int  # character offsets of the stripped sentence in the article text
    end: int
    boilerplate: bool = False
    text: str = ""  # exactly the article text between start and end

    @functools.cached_property
    def tokens(self) -> list:
        """The span's tokens, made once (spaCy makes a new Token object on every iteration of a span)."""
        return list(self.span)


# A line that is only one of these ends the story: what follows is comments.
_CUT_LINE = re.compile(
    r"^\s*(comments?|\d+\s+comments?|discussion about this post|leave a (comment|reply)|post a comment|"
    r"add a comment|join the (conversation|discussion))\s*:?\s*$",
    re.IGNORECASE,
)
# A line that is only one of these opens a block of teasers (headlines of other stories); web pages put such
# blocks in the middle of the story too ("Most read" between paragraphs), so the story resumes at the next
# line of prose.
_TEASER_LINE = re.compile(
    r"^\s*(check also|related( (articles?|posts?|news|stories|content|coverage))?|read (more|also)|also read|"
    r"see also|more (stories|news)|you (may|might) also like|recommended( for you)?|most (read|popular|viewed)|"
    r"trending( now)?|latest (news|stories)|more on this( story)?)\s*:?\s*$",
    re.IGNORECASE,
)
# Story prose after a teaser block: a long line that ends a sentence and is not a list item.
PROSE_MIN_WORDS = 12
_LIST_ITEM = re.compile(r"^\s*([-–—•*·▪►]|\d+[.)])\s")


def is_prose_line(line: str) -> bool:
    """A paragraph of story text, not a teaser headline or list item."""
    return (len(line.split()) >= PROSE_MIN_WORDS and _ENDS_SENTENCE.search(line.strip()) is not None
            and not _LIST_ITEM.match(line))


# Sentences that are page furniture wherever they occur: what a line starts with, and what it contains
# anywhere (two patterns, because one regex of both kinds is tried at every position of every line).
_JUNK_START = re.compile(
    r"\s*(?:share (?:this|on)\b|[—–-]\s*[^()\n]{1,60}\(@\w+\)|tags?\s*:|a\+\s*a-\s*$|"
    r"(?:share|tweet|email|print|whatsapp)\s*$|©|home\s*/|advertisement\s*$|source\s*:|"
    r"follow [\w ]{1,40} on\b|(?:read|see) more\s*:)",
    re.IGNORECASE,
)
_JUNK_ANYWHERE = re.compile(
    r"pic\.twitter\.com|please (?:enter|leave|write) your|required\s*$|"
    r"\bcookies?\b.*\b(?:consent|accept|policy|use)\b|all rights reserved|copyright\s+\d{4}|"
    r"the views expressed in this|do not necessarily reflect|click here|sign up (?:for|to) (?:our|the) newsletter|"
    r"subscribe to (?:our|the) (?:newsletter|channel)|follow us on|"
    r"moderates all comments|community guidelines|your comments? must",
    re.IGNORECASE,
)

_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$|[\"”’]\s*$")
# A wire story's end mark after its last sentence, with the desk's initials: "... success. (end) ab.cd",
# "(END) XYZ/ABC", "-- END --". The line is still prose.
_WIRE_END = re.compile(r"\s+(?:[(\[]\s*(?:end|ends)\s*[)\]]|[-–—]{1,2}\s*end\s*[-–—]{1,2})(?:\s+[\w./-]{1,16})?\s*$",
                       re.IGNORECASE)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _next_line(text: str, pos: int) -> str:
    """The next non-empty line after position `pos` (a line end)."""
    for line in text[pos:pos + 5000].split("\n"):
        if line.strip():
            return line
    return ""


def is_heading_line(line: str, title: str | None = None) -> bool:
    """A line with no sentence-final punctuation is a heading, kicker or byline, not story prose."""
    stripped = line.strip()
    if not stripped:
        return True
    if title and stripped.casefold().startswith(title.strip().casefold()):
        return True
    return _ENDS_SENTENCE.search(_WIRE_END.sub("", stripped)) is None


def is_boilerplate(text: str) -> bool:
    """Page furniture: tweet embeds, tags, share buttons, comment prompts, cookie notices, bylines."""
    return _JUNK_START.match(text) is not None or _JUNK_ANYWHERE.search(text) is not None


def _strip_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_at_newlines(span: Span) -> list[Span]:
    """Fallback when the pipeline did not split at line breaks: cut spaCy sentences at newlines."""
    last = span[-1]
    if "\n" not in doc_text(span.doc)[span.start_char : last.idx]:  # a break at most after the last word:
        return [span] if span.text.strip() else []  # the usual case, without making a Token per word
    parts, start, prev = [], span.start, None
    for token in span:
        if prev is not None and ("\n" in prev.text or "\n" in prev.whitespace_):
            parts.append(span.doc[start : token.i])
            start = token.i
        prev = token
    parts.append(span.doc[start : span.end])
    return [p for p in parts if p.text.strip()]


# A real sentence is shorter than this; text with no punctuation at all is not joined into one giant span.
MAX_JOINED_TOKENS = 150


def _mid_line_break(prev: Span, part: Span) -> bool:
    """The parser ended a sentence inside a line with no final punctuation (long lists of titled names
    do that): the two parts are one sentence."""
    last = prev[-1]
    return prev.end == part.start and "\n" not in last.text + last.whitespace_ and \
        len(prev) + len(part) <= MAX_JOINED_TOKENS and _ENDS_SENTENCE.search(prev.text) is None


def split_sentences(doc: Doc, title: str | None = None) -> list[Sentence]:
    """All sentences of the article with offsets; heading lines, junk, everything after a comments marker
    ("Comments", "Discussion about this post", ...) that follows story prose, and teaser blocks ("Most read",
    "Related", "Read more", up to the next line of prose) are flagged as boilerplate."""
    text = doc_text(doc)
    spans: list[Span] = []
    for sent in doc.sents:
        for part in _split_at_newlines(sent):
            if spans and _mid_line_break(spans[-1], part):
                part = doc[spans.pop().start : part.end]
            spans.append(part)
    out: list[Sentence] = []
    cut = teasers = told = False
    for span in spans:
        start, end = _strip_bounds(text, span.start_char, span.end_char)
        if start >= end:
            continue
        line_start, line_end = _line_bounds(text, start)
        line = text[line_start:line_end]
        if _CUT_LINE.match(line):
            cut = told  # a "Comments" link in the share bar above the story cuts nothing
        elif _TEASER_LINE.match(line):
            teasers = True
        elif teasers and is_prose_line(line) and is_prose_line(_next_line(text, line_end)):
            teasers = False  # two paragraphs of prose in a row: a teaser has one summary line at most
        junk = cut or teasers or is_heading_line(line, title) or is_boilerplate(line)
        told = told or not junk and is_prose_line(line)
        out.append(Sentence(span, len(out), start, end, junk, text[start:end]))
    return out


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside double quotation marks (curly or straight), per paragraph.

    An opening mark with no closing one in its paragraph quotes to the paragraph's end,
    and a closing mark with no opening one quotes from the paragraph's start (quotes that
    span sentences)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        open_at: int | None = None
        straight_open = False
        for i, ch in enumerate(para):
            if ch == "“" or (ch == '"' and not straight_open and open_at is None):
                if open_at is None:
                    open_at = i + 1
                    straight_open = ch == '"'
            elif ch == "”" or (ch == '"' and straight_open):
                spans.append((pos + (open_at if open_at is not None else 0), pos + i))
                open_at, straight_open = None, False
        if open_at is not None:
            spans.append((pos + open_at, pos + len(para)))
        pos += len(para) + 1
    return [s for s in spans if s[1] > s[0]]


# "MOSCOW –", "ERBIL, Kurdistan Region –", "WASHINGTON (Reuters) -": where the story was filed, not an actor.
# ("MADRID (EFE).- ": some agencies put a full stop before the dash)
# ("(ANSA) - ROME, MAR 5 - ": or the agency first)
_DATELINE = re.compile(r"^(?:\([A-Za-z]{2,15}\)\s*[–—-]{1,2}\s*)?[A-Z][A-Z.'’ ]{1,40}(?:,\s*[A-Za-z0-9.'’ ]{1,40})?"
                       r"(?:\s*\([^)]{1,40}\)\.?)?\s*[–—-]{1,2}\s")


# "Doha, Qatar – ": a title-case dateline needs its region to be told from prose.
_DATELINE_TITLE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][A-Za-z ]{1,30}\s[–—]\s|"
                             # "New Delhi, Sep 10 (PTI) ": agency wires without a dash
                             r"^[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}, [A-Z][a-z]{2,8}\.? \d{1,2} \([A-Z]{2,10}\)\s|"
                             # "Buenos Aires, July 4th 2025 (MercoPress) – ", "Nairobi, 12 March 2024 – "
                             r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?|"
                             r"\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}),? (?:\d{4} )?(?:\([A-Za-z]{2,15}\)\.? ?)?"
                             r"[–—-]{1,2}\s|"
                             # "Hà Nội (VNA) – ", "Kinshasa (AFP) - ": a city and its agency
                             r"^[A-ZÀ-ÞĐ][^\W\d_]+(?: [A-ZÀ-ÞĐ][^\W\d_]+){0,2} "
                             r"\([A-Za-z]{2,15}\)\.?\s*[–—-]{1,2}\s")


# "Manama: President X received ...": Gulf and Asian outlets; only a known city, since "Read more:",
# "Photo:" and "Tags:" open lines the same way.
_DATELINE_COLON = re.compile(r"^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):\s+(?=[A-Z])")


def dateline_tokens(sentences: list[Sentence], is_city: Callable[[str], bool] | None = None) -> set[int]:
    """Token indices of datelines opening a sentence (`is_city` tells a "City: " dateline from a label)."""
    out: set[int] = set()
    for sent in sentences:
        m = _DATELINE.match(sent.text) or _DATELINE_TITLE.match(sent.text)
        if m is None and is_city is not None:
            m = _DATELINE_COLON.match(sent.text)
            m = m if m is not None and is_city(m.group(1)) else None
        if m:
            limit = sent.start + m.end()
            out.update(t.i for t in sent.tokens if t.idx < limit)
    return out
