"""Canonical actors: titles split from names, surnames linked, organisations and countries normalised.

- `split_title("Russian Defence Minister Sergey Shoigu", gazetteer)` ->
  TitledName("Sergey Shoigu", "Defence Minister", Country Russia).
- `EntityRegistry` (one per article): `observe(doc)` once, then `actor(text, label)` for
  agents and `place(text)` for locations; `entities` and `roles` collect what was used.
- `unify_entities(results)`: one canonical entity per real-world actor across articles.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Span

from kg.records import COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE, ArticleResult, Entity
from kg.resolve.names import (ABBREVIATED_POSTS, ADDRESS_ONLY, CAPITAL_HONORIFICS, HONORIFICS, STYLE_POSSESSIVES, TITLE_MODIFIERS,
                              styled_from, CONNECTORS, COUNTRY_BODIES, DESCRIPTORS, GROUP_NOUNS,
                              INTERNATIONAL_ORGS, NAME_PARTICLES, ORG_METONYMS, PAST_MODIFIERS, PRONOUNS,
                              PLURAL_POSTS, ROYAL_HONORIFICS, RULER_STYLES, drop_parentheticals, family_name_in_capitals, given_names_match,
                              after_patronymic, has_title_head, is_post_given_name, translit_key,
                              is_given_name, is_name_word, is_title_word, ministry_domain, name_score, name_token_tuple, post_key,
                              PATRONYMIC_PARTICLES, name_tokens,
                              same_person_name, strip_honorifics, title_case, token_variants, with_suffix_period)
from kg.resolve.places import Country, Gazetteer
from kg.resolve.text import clean_mention, doc_text, fold, memo_short, name_key, strip_article

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
_NON_ACTOR_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW",
                     "LANGUAGE", "WORK_OF_ART", "EVENT", "PRODUCT"}
_DATE_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|"
    r"january|february|march|april|june|july|august|september|october|november|december)\b", re.I)
_BODY_WORDS = re.compile(r"\b(?:ministry|department|office|agency|council|commission|committee)\b", re.I)
_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z.&-]{1,9})\)")
_OR_ACRONYM = re.compile(r",\s+or\s+(?:the\s+)?(?P<acr>[A-Z][A-Z0-9&-]{1,9})(?=[,.;:)]|\s)")  # "the X Army, or XA,"
_LONG_FORM_WORD = re.compile(r"^(?:[A-Z][\w'’-]*|al-\w+|of|the|for|and|de|du|la)$")
MAX_MENTION = 200  # characters: no name, post or place description is longer
_ORG_WORDS = re.compile(
    r"\b(?:ministry|department|office|agency|council|committee|commission|party|front|forces|army|"
    r"organi[sz]ation|union|league|bank|fund|court|parliament|assembly|congress|senate|observatory|"
    r"institute|foundation|company|corporation|group|movement|brigades?|alliance|coalition|association|"
    r"authority|service|news|times|post|press|tv|radio|channel|daily|diwan)\b",
    re.I)
_QUALIFIER = re.compile(r"\S+-(?:linked|backed|led|based|affiliated|allied|aligned|supported|sponsored)\s+")
_OFFICE_OF = re.compile(r"^(?P<owner>[A-Z][\w.'’ -]+?)['’]s?\s+(?:office|press\s+office|private\s+office)$")
_BODY_OF = re.compile(r"^(?P<body>[A-Za-z]+)\s+of\s+(?:the\s+)?(?P<owner>[A-Z].*)$")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_PERSON_AIDE = re.compile(r"^(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})['’]s (?P<rest>[a-z].+)$")
_OWNED_NAME = re.compile(r"^(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})['’]s (?P<name>[A-Z][\w.-]+(?: [A-Z][\w.-]+){1,3})$")
# A wire dateline: place, agency credit in brackets, dash ("JUBA (AFP) -", "Kuala Lumpur, Oct. 27 (Xinhua) --").
_DATELINE = re.compile(r"^[ \t]*[A-Z][\w .,'’-]{0,60}?\([A-Za-z][\w .&/-]{0,30}\)\s*[-–—]+", re.M)
# Ministries whose name lists domains with commas ("Ministry of Investment, Trade and Industry").
_MINISTRY_LIST = re.compile(r"(?:\b[A-Z][\w.-]*(?: [A-Z][\w.-]*)?['’]s )?\b(?:Ministry|Department) (?:of|for) [A-Z][\w-]+(?:, [A-Z][\w-]+(?: [A-Z][\w-]+)?)+,? "
                            r"and [A-Z][\w-]+(?: [A-Z][\w-]+)?")
# "Minister of Foreign Affairs, Regional Integration and International Trade": one post, a portfolio list
_PORTFOLIO = r"[A-Z][\w-]+(?:\s+(?:[A-Z][\w-]+|of|and|the))*?"
_POST_LIST = re.compile(rf"\b(?:Minister|Secretary|Commissioner|Cabinet Secretary)\s+(?:of|for)\s+(?:the\s+)?{_PORTFOLIO}"
                        rf"(?:,\s+{_PORTFOLIO})+,?\s+and\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*")
_CHAIN_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# a country used as a country: "in Georgia", "the government of Chad", "Jordan's foreign ministry"
_COUNTRY_CUE = r"\b(?:in|to|from|of|across|into|inside|throughout|visit|visits|visited|visiting)\s+(?:the\s+)?{n}\b"
_POSSESSIVE_CUE = r"\b{n}['’]s?\s+(?P<next>[a-z]+)"
# Ordinals and event nouns: "38th OPEC meeting", "the 47th ASEAN Summit" name meetings, not actors.
_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+",
                      re.I)
# the describing word is written in lower case: a capitalised one is part of a name ("Nigerian Television Authority")
_DESCRIBED_OUTLET = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}?(?:news\s+agency|agency|newspaper|broadcaster|television|(?:tv|TV)\s+channel|channel|"
    r"daily|news\s+outlet|outlet|website|think\s+tank)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})$")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty hundred".split())
_MEMBERS_OF = re.compile(r"^(?:leaders|heads|members|member states|representatives|delegates|envoys|ministers)"
                         r"\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)$", re.I)
# "G7 leaders", "ASEAN foreign ministers", "NATO allies": the members of a body act as the body.
_BODY_MEMBERS = re.compile(
    r"^(?P<body>[A-Z][\w.+&-]*(?:\s+[A-Z][\w.+&-]*){0,3})\s+(?:leaders|heads\s+of\s+state|(?:[a-z]+\s+)?ministers|"
    r"members|member\s+states|member\s+countries|allies|negotiators|mediators|envoys|delegates)$")
_OF_MINISTRY = re.compile(r"^(?:Ministry|Department) (?:of|for) [A-Z]")
_EVENT_HEADS = frozenset("""summit meeting meetings conference talks session agreement accord accords
treaty deal pact declaration protocol memorandum communique communiqué ceasefire truce statement readout
dialogue retreat roundtable""".split())
# A tagger span run on through a list of owned names: "Gabriel Boric, Peru's" (of "Chile's Gabriel Boric,
# Peru's Dina Boluarte and ..."): the tail after the comma is the next item's owner.
_RUNON_OWNER = re.compile(r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s?$")
# A tagger span run on into the next phrase: "Japarov and Rahmon in" (of "... in Bishkek").
_TRAILING_CONNECTORS = re.compile(r"(?:\s+(?:in|on|at|of|for|and|to|the|with|by|from|as))+\s*$")
# "President Lee's State Visit", "Putin's visit": the owner of an activity acts, the activity is no actor.
_OWNED_ACTIVITY = re.compile(r"^(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}?)['’]s?\s+(?:[A-Z][\w-]*\s+){0,3}"
                             r"(?P<head>[A-Za-z]+)$")
_ACTIVITY_HEADS = _EVENT_HEADS | frozenset("""visit visits trip tour arrival stay speech remarks address proposal
initiative invitation call message letter""".split())
# Words by which a story names the EU: its "the Commission" is then the European Commission.
_EU_NAMED = re.compile(r"\b(?:EU|European Union|European Commission|Brussels)\b")
# "the Lee-Li meeting", "the Modi-Xi talks": two people (or countries) joined by a hyphen.
# A state's offices and missions abroad speak in their own name ("the Office of the President of X said",
# "the X premier's media office said", "the X embassy in Y said")
_MISSION = r"(?:embassy|consulate(?:[- ]general)?|high\s+commission)"
_HEAD_OF = re.compile(rf"^(?P<head>{_MISSION}|office|chancellery)\s+of\s+(?:the\s+)?(?P<owner>[A-Z].*)$", re.I)
_OWNER_HEAD = re.compile(rf"^(?P<owner>.+?)\s+(?P<head>{_MISSION}|(?:(?:media|press|private)\s+)?office)$", re.I)
# A head of state's office named by its country's demonym ("the Czech presidential chancellery", "the Kenyan
# presidential press service", "Ghana's presidential palace"): the office speaking for its government.
_PRESIDENTIAL_HEAD = re.compile(r"^(?P<owner>(?:[A-Z][\w'’-]*\s+){1,2}presidential)\s+(?P<head>chancellery|palace|"
                                r"administration|(?:press\s+|media\s+)?(?:service|office|secretariat))$", re.I)
_MISSION_OWNER = re.compile(rf"(?i:{_MISSION})\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|[A-Z][\w'’-]*))*?"
                            r"(?=\s+in\s|[,.;:]|\s+(?!of\s)[a-z])")
_MISSION_HOST = re.compile(rf"\b(?i:{_MISSION})(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|[A-Z][\w'’-]*))*)?"
                           r"\s+in\s+(?P<host>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
_HYPHEN_PAIR = re.compile(r"^(?P<a>[A-Z][\w'’.]+)\s?[-–]\s?(?P<b>[A-Z][\w'’.]+)$")
_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and|&)\s+|,|\s+and\s+|\s+&\s+)\s*")


@dataclass(frozen=True)
class TitledName:
    """A name with its post split off: `of` is the Country or organisation name the post belongs to."""

    name: str | None
    title: str | None
    of: Country | str | None


# ---- titles ----------------------------------------------------------------------------------------

def _leading_owner(words: list[str], gazetteer: Gazetteer,
                   known_orgs: frozenset[str] = frozenset()) -> tuple[Country | str | None, int]:
    """The country or organisation that opens a titled name ("Russian", "UN", "Turkey's", "the
    Kremlin"; "TPLF" or "Hamas" when `known_orgs` holds their name keys)."""
    sizes = [n for n in (4, 3, 2, 1) if len(words) > n]
    for n in sizes:
        chunk = " ".join(words[:n])
        country = gazetteer.country(chunk) or gazetteer.seat_of_government(chunk)
        if country is not None:
            return country, n
        org = international_org(chunk)
        if org is not None:
            return org, n
    for n in sizes:
        bare = strip_article(clean_mention(" ".join(words[:n])))
        # a tagger "organisation" made of post words ("Presidential Spokesman") is no owner
        if bare and name_key(bare) in known_orgs and not has_title_head(bare.split()) and \
                not all(is_title_word(w) for w in bare.split()):
            return bare, n
    return None, 0


def _intl_index() -> tuple[dict[str, str], dict[str, str]]:
    """Look-up tables of INTERNATIONAL_ORGS: exact acronyms and name keys of full names."""
    acronyms, names = {}, {}
    for canonical, aliases in INTERNATIONAL_ORGS.items():
        for form in (canonical, *aliases):
            form = strip_article(form)
            if form.replace(".", "").isupper():
                acronyms[form] = canonical  # "WHO" as written, never the pronoun "who"
            else:
                names.setdefault(name_key(form), canonical)
    return acronyms, names


_INTL_ACRONYMS, _INTL_NAMES = _intl_index()
_METONYMS = {name_key(k): v for k, v in ORG_METONYMS.items()}


def international_org(text: str) -> str | None:
    """Canonical name of a well-known international organisation ("UN" -> "United Nations")."""
    text = strip_article(clean_mention(text))
    return _INTL_ACRONYMS.get(text) or _INTL_NAMES.get(name_key(text))


def _title_span(words: list[str]) -> int:
    """How many leading words form a post (0 if they contain no title head)."""
    n = 0
    while n < len(words):
        w = words[n]
        if is_title_word(w) or n + 1 < len(words) and (n == 0 or is_title_word(words[n + 1])) and \
                _POSSESSIVE_END.search(w) and _is_title_head(_POSSESSIVE_END.sub("", w)):
            # "King's Representative", "President's Special Envoy", "Governor's Chief of Staff": a post
            # named after another
            n += 1
            continue
        # "Minister of Foreign Affairs", "Secretary of State": connectors inside a post
        if fold(w) in CONNECTORS and n > 0 and n + 1 < len(words) and is_title_word(words[n + 1]):
            n += 1
            continue
        break
    while n and fold(words[n - 1]) in CONNECTORS:
        n -= 1
    return n if has_title_head(words[:n]) else 0


def _owner_after(words: list[str], gazetteer: Gazetteer) -> Country | str | None:
    """The owner in "of Turkey", "for the ruling Justice and Development Party (AKP)"."""
    text = drop_parentheticals(" ".join(words))
    text = re.sub(r"^(?:the\s+)?(?:ruling|governing|opposition|main)\s+", "", strip_article(text), flags=re.I)
    if not text:
        return None
    country = gazetteer.country_by_name(text)
    if country is not None:
        return country
    return international_org(text) or (text if _reads_as_org_name(text) else None)


def _reads_as_org_name(text: str) -> bool:
    """Capitalised words and connectors only, no list and no date: "Justice and Development Party"
    yes; "Kyrgyz Republic X in Astana on Thursday" or "Kazakhstan, Kyrgyzstan and Uzbekistan" no."""
    words = text.split()
    return bool(words) and "," not in text and not _DATE_WORDS.search(text) and words[0][:1].isupper() and \
        all(w[:1].isupper() or fold(w) in _ORG_CONNECTORS for w in words)


_ORG_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "du", "la", "des", "el", "al-", "&"})


def _split_words(words: list[str], gazetteer: Gazetteer,
                 known_orgs: frozenset[str] = frozenset()) -> TitledName | None:
    """Owner + post + name from words without commas; None if no post is found."""
    words = [w for w in words if w]
    if words and fold(words[0]) in ("the", "a", "an"):
        words = words[1:]
    # "former US President Barack Obama": qualifiers may come before the owner
    pre = 0
    while pre < len(words) and is_title_word(words[pre]) and not has_title_head(words[pre:pre + 1]):
        pre += 1
    owner, i = _leading_owner(words[pre:], gazetteer, known_orgs)
    if owner is None:
        pre = 0
        owner, i = _leading_owner(words, gazetteer, known_orgs)
    i += pre
    if i < len(words) and fold(words[i]) in DESCRIPTORS:
        # "Turkish counterpart Hulusi Akar": a relation, not a post; the name follows
        rest = words[i + 1:]
        if rest and all(is_name_word(w) for w in rest) and not has_title_head(rest):
            return TitledName(strip_honorifics(" ".join(rest)), None, owner)
        return None
    n = _title_span(words[i:])
    if n == 0:
        # "State Department spokesman Ned Price", "Iran's foreign ministry spokesman Nasser Kanaani":
        # an organisation (with its country), then the post
        for j in range(i + 1, min(len(words), i + 6)):
            n = _title_span(words[j:])
            body = " ".join(words[i:j])
            if n and _ORG_WORDS.search(body) and (all(w[:1].isupper() for w in words[i:j]) or _BODY_WORDS.search(body)):
                owner, i = " ".join(words[pre:j]) if isinstance(owner, Country) else body, j
                break
        else:
            n = 0
    if n == 0:
        if owner is not None and i < len(words) and _POSSESSIVE_END.search(" ".join(words[:i])) and \
                all(is_name_word(w) for w in words[i:]):
            return TitledName(strip_honorifics(" ".join(words[i:])), None, owner)  # "Ukraine's Zelensky"
        if isinstance(owner, Country) and i + 1 < len(words) and _is_honorific(words[i]):
            # "(President of) the Republic of Indonesia HE Prabowo Subianto": a style opens the name
            name = strip_honorifics(" ".join(words[i:]))
            return TitledName(name, None, owner) if name and all(is_name_word(w) for w in name.split()) else None
        return None
    if i + n < len(words) and is_post_given_name(words[i + n - 1]) and (
            has_title_head(words[i:i + n - 1]) or n == 1 and not is_given_name(words[i + n])
            and fold(words[i + n]) not in ROYAL_HONORIFICS) and \
            words[i + n][:1].isupper() and not is_title_word(words[i + n]):
        # "Foreign Minister Amir Khan Muttaqi", "Amir Khan Muttaqi": the given name opens the name, not
        # the post; a given name after it keeps it a post ("Amir Tamim bin Hamad")
        n -= 1
        if n == 0:
            return None
    title_words = words[:pre] + words[i:i + n]
    rest = words[i + n:]
    owner, title_words, rest = _post_complement(owner, title_words, rest, gazetteer)
    # "Prime Minister Narendra Modi of India"
    if "of" in rest:
        k = rest.index("of")
        tail = _owner_after(rest[k + 1:], gazetteer)
        if isinstance(tail, Country) and owner is None:
            owner, rest = tail, rest[:k]
    # "Prime Minister Sheikh Mohammed ...", "Foreign Minister Prince Faisal ...": the honorific
    # belongs to the name's bearer, not to the post
    # ("Minister of Sports and Youth Sheikh X" cut by the parser: "Youth Sheikh" is no post)
    while len(title_words) > 1 and fold(title_words[-1]) in ROYAL_HONORIFICS and (
            has_title_head(title_words[:-1]) or fold(title_words[-1]) in ADDRESS_ONLY and fold(title_words[-2]) != "crown"):
        if fold(title_words[-1]) in ADDRESS_ONLY and len(rest) == 1:
            # "Prime Minister Sheikh Hasina", "Energy Minister Prince Abdulaziz": with one word left the
            # form of address is part of how the person is named
            rest = [title_words[-1]] + rest
        title_words = title_words[:-1]
    name_words = [w for w in rest if w]
    name = " ".join(name_words) if name_words and all(is_name_word(w) for w in name_words) else None
    if name_words and name is None:
        return None
    if not has_title_head(title_words):
        return TitledName(strip_honorifics(name), None, owner) if name else None
    return TitledName(strip_honorifics(name) if name else None, title_case(title_words), owner)


def _address_inside(words: list[str]) -> int | None:
    """Index of the form of address between an organisation's name and a person's ("Ministry of Foreign Affairs
    Dr. | Ana Lima", "Ministry of Health HE Ana Lima"), else None; the name has 2-5 words."""
    for k in range(1, len(words) - 2):
        if _is_honorific(words[k]) and not _is_honorific(words[k - 1]) and _ORG_WORDS.search(" ".join(words[:k])) \
                and 2 <= len(words) - k - 1 <= 5 and all(w[:1].isupper() for w in words[:k] if fold(w) not in CONNECTORS):
            return k
    return None


def _is_honorific(word: str) -> bool:
    """A form of address ("HE", "H.E.", "Dr", "Sheikh") that opens a name."""
    bare = word.rstrip(".")
    return bare in CAPITAL_HONORIFICS or fold(bare) in HONORIFICS or fold(bare) in ADDRESS_ONLY


def _post_complement(owner, title_words: list[str], rest: list[str], gazetteer: Gazetteer):
    """"Special Envoy for Syria Geir Pedersen", "President of Russia Vladimir Putin": a country or
    organisation right after the post belongs to it; the name follows."""
    if rest and fold(rest[0]) not in ("for", "to", "of", "at") and any(fold(w) in ("of", "for") for w in title_words):
        # "Minister for European | Integration Ana Lima": the post's words ran into the portfolio's
        k = _name_after_body(["for", *rest], 1)
        return (owner, title_words + rest[:k - 1], rest[k - 1:]) if k is not None else (owner, title_words, rest)
    if not rest or fold(rest[0]) not in ("for", "to", "of", "at"):
        return owner, title_words, rest
    start = 2 if len(rest) > 1 and fold(rest[1]) == "the" else 1
    body_end = _name_after_body(rest, 1)
    for n in (4, 3, 2, 1):
        chunk = rest[start:start + n]
        if len(chunk) < n or len(rest) <= start + n or body_end is not None and start + n < body_end and \
                _ORG_WORDS.search(" ".join(rest[start + n:body_end])):
            continue  # "of the African Union | Commission X": the country or organisation opens a longer body
        text = " ".join(chunk)
        target = gazetteer.country_by_name(text) or international_org(text)
        if target is None:
            continue
        if fold(rest[0]) == "of" and owner is None:
            after = rest[start + n:]
            k = _name_after_owned_body(after) if _POSSESSIVE_END.search(chunk[-1]) else None
            if k is not None:  # "Senior Secretary of Nepal's Energy Division | Sita Karki"
                return target, title_words + ["of", *after[:k]], after[k:]
            return target, title_words, after
        return owner, title_words + rest[:start + n], rest[start + n:]
    k = body_end
    if k is not None:
        # "Speaker of the National Assembly X", "Deputy Prime Minister for Reintegration X": a named body
        # owns the post, a portfolio is part of it
        body = rest[start:k]
        if owner is None and _ORG_WORDS.search(" ".join(body)):
            return " ".join(body), title_words, rest[k:]
        return owner, title_words + [rest[0]] + body, rest[k:]
    return owner, title_words, rest


_BODY_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "on"})
# endings of the common nouns that end a body or portfolio ("Integration", "Assembly", "Trade", "Affairs"): a
# word without one may be a given name the dictionary lacks ("Abdoulkader Houssein Omar")
_BODY_WORD_END = re.compile(r"(?:tion|sion|ment|ance|ence|ity|ism|ure|ship|ing|ics|ies|airs|bly|try|gy|my|cy|ice|ade|"
                            r"ort|alth|our|ess|ate|cil|nse|ior|fare|ts|ds|ns|rs|ks)$", re.I)


# Government portfolios whose word has none of those endings ("Minister of Media X", "Minister of Petroleum X",
# "Minister of Youth X"): a portfolio, never a given name
_PORTFOLIO_WORDS = frozenset("""media youth women water oil gas power petroleum mines heritage food labor diaspora
    family children hajj awqaf""".split())


def _ends_body(word: str) -> bool:
    """A word that may close a body or portfolio before a name ("Integration", "Assembly", "Media")."""
    return bool(_BODY_WORD_END.search(word) or _ORG_WORDS.search(word)) or fold(word) in _PORTFOLIO_WORDS


def _portfolio_end(item: list[str]) -> int | None:
    """Where a name of two to four words starts after the last item of a portfolio list ("Maritime Affairs | Ana
    Lima" of "Minister for Mining, Blue Economy and Maritime Affairs Ana Lima"): after the last word that may close
    a portfolio, when only name words follow it; else None."""
    for k in range(len(item) - 2, 0, -1):
        name = item[k:]
        if _ends_body(item[k - 1]) and len(name) <= 4 and \
                all(is_name_word(w) and w[:1].isupper() and not is_title_word(w) and not _ORG_WORDS.search(w)
                    for w in name):
            return k
    return None


def _name_after_body(words: list[str], start: int = 0) -> int | None:
    """The index where a person's name starts after the body or portfolio completing a post, or None:
    "(Speaker of) the National Assembly | Ana Lima", "(Minister for) Trade and Industry | Kofi Mensah".
    The body is capitalised words and connectors; the name two to four name words opened by a given name
    (the tagger runs body and name into one span)."""
    if start < len(words) and fold(words[start]) == "the":
        start += 1
    for k in range(start + 1, len(words) - 1):
        w = words[k - 1]
        if not (w[:1].isupper() and w.replace("-", "").isalpha() or k - 1 > start and fold(w) in _BODY_CONNECTORS) \
                or has_title_head([w]):
            return None  # ("Spokesperson for UN Secretary-General X": a post of another person)
        name = words[k:]
        if fold(w) not in _BODY_CONNECTORS and len(name) <= 4 and is_given_name(words[k]) and not is_given_name(w) and \
                (len(name) == 4 or _ends_body(w)) and \
                all(fold(x) in NAME_PARTICLES or x[:1].isupper() and is_name_word(x) and not is_title_word(x)
                    for x in name):
            return k
    return None


def _name_after_owned_body(words: list[str]) -> int | None:
    """Where the name starts after a country's body ("Central Electricity Authority | Ghanshyam Prasad" of
    "Director General of India's ..."): as `_name_after_body`, or after the last word naming a body
    (Authority, Service, Senate) when two to four name words follow it."""
    k = _name_after_body(words)
    if k is not None:
        return k
    ends = [j for j, w in enumerate(words[:-2]) if _ORG_WORDS.fullmatch(w)]
    if ends and 2 <= len(words) - ends[-1] - 1 <= 4 and \
            all(is_name_word(w) and not is_title_word(w) for w in words[ends[-1] + 1:]):
        return ends[-1] + 1
    return None


def split_title(text: str, gazetteer: Gazetteer, known_orgs: frozenset[str] = frozenset()) -> TitledName:
    """Split a post off a name.

    "Russian Defence Minister Sergey Shoigu" -> ("Sergey Shoigu", "Defence Minister", Russia);
    "Prime Minister Narendra Modi of India" -> ("Narendra Modi", "Prime Minister", India);
    "Spokesman for the ruling Justice and Development Party (AKP), Ömer Celik" ->
    ("Ömer Celik", "Spokesman", "Justice and Development Party"). Without a post the cleaned text is
    the name; a post without a name ("the Russian defence minister") gives name None.
    `known_orgs` (name keys of organisations the article names) lets "Hamas leader X" keep its owner.
    """
    if len(text) > MAX_MENTION:
        return TitledName(None, None, None)
    cleaned = re.sub(r"^(?:his|her|their|its|our|my|an?|the)\s+", "", clean_mention(text), flags=re.I)
    if "," in cleaned:
        head, _, tail = cleaned.rpartition(",")
        head, tail = head.strip(), tail.strip()
        # "Title for Organisation, Name"
        first = _split_titled_owner(head, gazetteer)
        if first is not None and tail and all(is_name_word(w) for w in tail.split()) and \
                _split_words(tail.split(), gazetteer) is None:
            return TitledName(strip_honorifics(tail), first.title, first.of)
        # "his Russian counterpart, Sergei Shoigu"
        if head.split() and fold(head.split()[-1]) in DESCRIPTORS and tail and \
                all(is_name_word(w) for w in tail.split()) and _split_words(tail.split(), gazetteer) is None:
            owner, _ = _leading_owner(head.split(), gazetteer, known_orgs)
            return TitledName(strip_honorifics(tail), None, owner)
        # "Defence Minister, Hulusi Akar"
        post = _split_words(head.split(), gazetteer, known_orgs)
        if post is not None and post.name is None and tail and all(is_name_word(w) for w in tail.split()) \
                and _split_words(tail.split(), gazetteer) is None:
            return TitledName(strip_honorifics(tail), post.title, post.of)
        # "Name, Turkey's defence minister"
        second = _split_words(tail.split(), gazetteer, known_orgs)
        if second is not None and second.name is None and head and all(is_name_word(w) for w in head.split()):
            return TitledName(strip_honorifics(head), second.title, second.of)
    cleaned = drop_parentheticals(cleaned)
    # "His Eminence Cardinal X", "H.E. Mr. X": a form of address before the post
    found = _split_words(strip_honorifics(cleaned).split(), gazetteer, known_orgs)
    if found is None:
        found = _split_titled_owner(cleaned, gazetteer)
    if found is None:
        found = _split_post_list(cleaned)
    if found is not None:
        return found
    return TitledName(strip_honorifics(cleaned) or None, None, None)


def _split_post_list(text: str) -> TitledName | None:
    """A portfolio list run into a name whose given name the dictionary lacks: "Minister for Mining, Blue Economy
    and Maritime Affairs Ana Lima" -> ("Ana Lima", the post), split after the last item (`_portfolio_end`)."""
    if not _POST_LIST.fullmatch(text):
        return None
    head, _, last = text.rpartition(" and ")
    words = last.split()
    k = _portfolio_end(words)
    if k is None:
        return None
    return TitledName(" ".join(words[k:]), f"{head} and {' '.join(words[:k])}", None)


def _split_titled_owner(text: str, gazetteer: Gazetteer) -> TitledName | None:
    """"Spokesman for the ruling Justice and Development Party (AKP)" -> post and owner, no name."""
    m = re.match(r"^(?P<title>.+?)\s+(?:for|of|at|to)\s+(?P<owner>.+)$", drop_parentheticals(text))
    if not m:
        return None
    words = m["title"].split()
    owner, i = _leading_owner(words, gazetteer)
    if _title_span(words[i:]) != len(words) - i:
        return None
    after = _owner_after(m["owner"].split(), gazetteer)
    if after is None:
        return None  # "President of the Kyrgyz Republic X in Astana on Thursday, Akorda": no post phrase
    return TitledName(None, title_case(words[i:]), after)


# ---- respective lists ------------------------------------------------------------------------------

_ITEM = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|and|al-\w+|bin|de|da|van|von))*?"
_SERIES = rf"{_ITEM}(?:,\s+{_ITEM})*,?\s+and\s+{_ITEM}"
# "the presidents of Kazakhstan, Kyrgyzstan and Uzbekistan, X, Y and Z"
_RESPECTIVE_OF = re.compile(rf"\b(?P<post>(?:[a-z]+\s+){{0,2}}(?:{'|'.join(PLURAL_POSTS)}))\s+of\s+(?:the\s+)?"
                            rf"(?P<owners>{_SERIES}),\s+(?P<names>{_SERIES})(?=[,.;:)]|\s+[a-z]|$)", re.I)
# "the Indonesian and Malaysian foreign ministers, X and Y"
_RESPECTIVE_DEMONYM = re.compile(rf"(?P<owners>{_SERIES})\s+(?P<post>(?:[a-z]+\s+){{0,2}}(?:{'|'.join(PLURAL_POSTS)})),"
                                 rf"\s+(?P<names>{_SERIES})(?=[,.;:)]|\s+[a-z]|$)")


@dataclass(frozen=True)
class RespectivePost:
    """One person of a respective list, with the post and its owner: "Y" of "the presidents of A, B
    and C, X, Y and Z" is ("Y", "President", B)."""

    name: str
    title: str
    of: Country | str
    start: int
    end: int
    phrase: tuple[int, int]  # character span of the whole list phrase


_LIST_DETERMINERS = frozenset({"the", "a", "an", "their", "both", "two", "three", "four", "five"})
_LIST_LEAD_INS = frozenset({"with", "along", "by", "to", "from", "for", "and", "or", "between", "including", "as",
                            "at", "on", "in", "of", "were", "are", "was", "is", "met", "joined", "hosted"})


def _series(text: str) -> list[str]:
    return [p.strip() for p in _LIST_SPLIT.split(text) if p.strip()]


def respective_posts(text: str, gazetteer: Gazetteer) -> list[RespectivePost]:
    """People of respective lists in `text`, each paired with the owner in the same place of the
    other list: two lists of equal length, owners all countries or well-known organisations, names
    all plausible names (else nothing, precision first)."""
    out = []
    for m in (*_RESPECTIVE_OF.finditer(text), *_RESPECTIVE_DEMONYM.finditer(text)):
        owners, names = _series(m["owners"]), _series(m["names"])
        if len(owners) != len(names) or len(owners) < 2:
            continue
        owned = [gazetteer.country(o) or international_org(o) for o in owners]
        if not all(owned) or any(len(n.split()) > 5 or not all(is_name_word(w) for w in n.split())
                                 or gazetteer.country(n) or has_title_head(n.split()) for n in names):
            continue
        post = m["post"].split()
        while post and (fold(post[0]) in _LIST_DETERMINERS or fold(post[0]) in _LIST_LEAD_INS):
            post = post[1:]  # "along with the premiers of A and B, X and Y": the post is "premiers"
        title, start = title_case(post), m.start("names")
        for name, of in zip(names, owned):
            at = text.index(name, start)
            out.append(RespectivePost(strip_honorifics(name), title, of, at, at + len(name), m.span()))
            start = at + len(name)
    return out


# ---- the per-article registry ---------------------------------------------------------------------

class EntityRegistry:
    """Canonical actors and places for one article.

    Call `observe(doc)` once with the parsed article, then `actor(text, label)` for each agent
    mention and `place(text)` for each location mention. `entities` lists every entity handed
    out (aliases filled from the surface forms); `roles` lists (person, title, of) posts found.
    """

    def __init__(self, gazetteer: Gazetteer, outlet: str | None = None) -> None:
        """`outlet` (the publisher from the article's metadata) is always an organisation, however the
        tagger labels it ("Evening Courier" as PERSON)."""
        self.gazetteer = gazetteer
        self._outlet = name_key(strip_article(clean_mention(outlet))) if outlet else None
        self._by_key: dict[str, Entity] = {}
        self._used: dict[str, Entity] = {}
        self._people: list[str] = []  # full names (2+ tokens) seen in the article, first-seen order
        self._styled: dict[str, str] = {}  # a ruler's one name -> the styled name he is known by ("King X")
        self._address_words: frozenset[str] = frozenset()  # forms of address of this article (`_address_words`)
        self._former: dict[str, str] = {}  # a full name replaced by a longer form -> that form
        self._match_memo: dict[tuple, list[str]] = {}  # `_matching_people`; cleared when `_people` changes
        self._person_positions: dict[str, list[int]] = {}
        self._acronyms: dict[str, str] = {}  # "HTS" -> "Hayat Tahrir al-Sham"
        self._org_names: set[str] = set()  # name keys of organisations named in the article
        self._org_memo: dict[str, frozenset[str]] = {}  # sets derived from the two; cleared when they change
        self._titled_memo: dict[tuple[str, frozenset[str]], TitledName] = {}  # see `_split_title`
        self._org_forms: dict[str, str] = {}  # name key -> the name as written
        self._not_people: set[str] = set()  # PERSON spans the tagger got wrong (not proper nouns)
        self._person_words: frozenset[str] = frozenset()  # folded words of the article's PERSON spans
        self._post_refs: set[str] = set()  # posts the tagger read as names ("the Amir"): their holder acts
        self._place_heads: dict[str, str] = {}  # folded first word -> a place of 2+ words the article names
        self._roles: dict[tuple[str, str, str | None], tuple[Entity, str, Entity | None]] = {}
        self._role_positions: dict[tuple[str, str, str | None], int] = {}  # role key -> last position stated
        self._surname_owner: dict[str, str] = {}  # bare family name -> the person it was first used for
        self._datelines: list[tuple[int, int]] = []
        self._text = ""  # the article, for a mention's wider context
        self._ministry_lists: list[str] = []
        self._ministries: dict[tuple[str | None, str], Entity] = {}  # (country, normalised name) -> entity  # character spans of wire datelines ("JUBA (AFP) -")
        self.role_spans: list[tuple[Entity, str, Entity | None, int, int]] = []

    # ---- observing the article ------------------------------------------------------------------

    def observe(self, doc) -> None:
        """Scan the article once: full names, acronym definitions and posts, so later look-ups can link.
        The tagger's run-on spans in `doc.ents` are split first (`repair_runon_entities`).

        spaCy's small model often tags a surname as ORG or GPE: names are also found from posts
        ("Minister Akar") and linked by surname, whatever label a later mention gets.
        """
        repair_runon_entities(doc)
        mend_title_chain_names(doc)
        mend_function_word_names(doc)
        mend_post_of_country_names(doc, self.gazetteer)
        mend_cut_bodies(doc, self.gazetteer)
        mend_body_remits(doc)
        mend_particle_org_names(doc, self.gazetteer)
        mend_country_named_companies(doc, self.gazetteer)
        mend_between_pairs(doc, self.gazetteer)
        mend_hyphen_cut_names(doc)
        mend_cut_given_names(doc, self.gazetteer)
        mend_facility_names(doc)
        mend_known_family_names(doc, self.gazetteer)
        mend_joined_country_names(doc, self.gazetteer)
        mend_post_to_country_names(doc, self.gazetteer)
        text = self._text = doc_text(doc)
        self._address_words = _address_words(doc)
        self._person_words = frozenset(fold(t.text) for e in doc.ents if e.label_ == "PERSON" for t in e)
        people = [e.text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2]
        for acr, long in _acronym_definitions(text):
            # "NEW DELHI (Reuters)", "ANKARA (AFP)" are datelines, not definitions
            if len(long.split()) >= 2 and not _DATE_WORDS.search(long) and not long.isupper() and \
                    (self.gazetteer.place(long) is None or _ORG_WORDS.search(long)) and \
                    not _party_initials(long, acr, people):
                self._acronyms[acr] = long
                self._org_names.add(name_key(long))
                self._org_memo.clear()
        titled_spans = []
        proper_people: set[str] = set()
        self._note_place_heads(doc.ents)
        for ent in _joined_people(doc.ents):
            if ent.label_ not in ACTOR_LABELS:
                continue
            ent = self._runon_person(ent)
            label = ent.label_
            if self._post_reference(ent):
                continue
            if label == "ORG" and _company_named_by_post(strip_article(clean_mention(ent.text)).split(),
                                                         self._person_words):
                continue  # "General Motors", "Duke Energy": a company, no post and no person
            if label == "ORG" and (self._name_tagged_org(ent.text) or _after_post(ent)):
                label = "PERSON"  # "Ulrich Petrov" tagged ORG by the small model; "delegate Chandni Raina"
            elif label == "ORG" and not all(is_title_word(w) for w in clean_mention(ent.text).split()):
                written = strip_article(clean_mention(ent.text))
                self._org_names.add(name_key(written))
                self._org_forms.setdefault(name_key(written), written)
                self._org_memo.clear()
            if ent.label_ == "PERSON":
                # "He Lifeng": a capitalised word the tagger reads as a pronoun, inside a name
                proper = all(t.pos_ == "PROPN" or t.is_punct or t.is_space or t.tag_ == "POS"
                             or fold(t.text) in NAME_PARTICLES
                             or t.i == ent.start and len(ent) > 1 and is_given_name(t.text)  # "Olivier" as INTJ
                             or t.i == ent.start and len(ent) > 1 and t.is_stop and t.text.istitle()  # "To Lam"
                             or t.i > ent.start and doc[t.i - 1].text in ("-", "‐")  # "Lee Jae-myung"
                             or t.pos_ == "PRON" and t.text[:1].isupper() and t.i + 1 < ent.end for t in ent)
                (proper_people if proper else self._not_people).add(name_key(clean_mention(ent.text)))
            start = self._title_start(ent)
            end = _name_end(ent) if label == "PERSON" else ent.end
            titled_spans.append((doc[start:end], ent, label))
        titled_spans.extend((span, span, "PERSON") for span in _names_after_posts(doc))
        # "Remain Engaged" tagged PERSON in a headline: not a name unless also written as proper nouns,
        # alone or as part of a name ("Antonio Guterres" ... "Guterres said" with the surname tagged a noun)
        proper_words = {w for key in proper_people for w in key.split()}
        self._not_people = {k for k in self._not_people - proper_people if not set(k.split()) <= proper_words}
        respective = respective_posts(text, self.gazetteer)
        post_lists = [m.span() for m in _POST_LIST.finditer(text)]
        holders = {span: self._post_list_holder(*span) for span in post_lists}
        for span, ent, label in titled_spans:
            if self._holder_part(ent, holders) or self._observe_post_list(ent, label, post_lists):
                continue
            if any(a <= ent.start_char < b for r in respective for a, b in [r.phrase]):
                # a name in a respective list: its post is the one in its place (see below), not the list's
                self._observe_name(ent.text, label, ent.start_char, ent.end_char)
                continue
            if span.start == ent.start:
                span = self._post_before_comma(ent) or span
            self._observe_name(span.text, label, span.start_char, span.end_char)
            self._observe_appositive_title(ent)
            if label == "PERSON":
                self._observe_first_chained_post(ent)
        for (a, _), holder in holders.items():
            if holder is not None:
                self._observe_name(text[a:holder[1]], "", a, holder[1])
        # a surname the tagger called ORG ("Lavrov said") is no organisation name
        self._org_names = {o for o in self._org_names if self._full_name_for(o, None) is None}
        self._org_memo.clear()
        self._note_surname_owners(doc)
        for found in respective:
            person = self._person(found.name, found.start)
            if person is not None:
                self._add_role(person, TitledName(found.name, found.title, found.of), found.start, found.end)
        # a dateline opens with a place ("JUBA", "Kuala Lumpur, Oct. 27"), not with "The European Union (EU) -"
        self._datelines = [m.span() for m in _DATELINE.finditer(text)
                           if self._is_dateline_place(m.group(0).split("(")[0].split(",")[0])]
        # "Ministry of Investment, Trade and Industry": the tagger cuts such names at the comma
        self._ministry_lists = sorted({m.group(0) for line in text.splitlines()
                                       if "Ministry" in line or "Department" in line  # the regex is slow
                                       for m in _MINISTRY_LIST.finditer(line)})  # (no match spans lines)

    def _note_place_heads(self, ents) -> None:
        """Remember the first word of each place of two or more words the article names ("Rio" of "Rio de
        Janeiro"): that word alone is the place, not a person the tagger took it for."""
        for ent in ents:
            words = clean_mention(ent.text).split()
            if ent.label_ in ("GPE", "LOC", "FAC") and len(words) >= 2 and self.gazetteer.place(ent.text) is not None:
                self._place_heads.setdefault(fold(words[0]), ent.text)

    def _runon_person(self, ent):
        """A place or organisation span that runs from a person's name into the next list item ("Gabriel Boric,
        Peru's" tagged LOC) -> the name alone as PERSON; other spans unchanged."""
        if ent.label_ == "PERSON" or not _RUNON_OWNER.search(ent.text):
            return ent
        comma = next(t.i for t in ent if t.text == ",")
        words = ent.doc[ent.start:comma].text.split()
        if 2 <= len(words) <= 3 and is_given_name(words[0]) and self._plausible_person(" ".join(words), "PERSON") \
                and self.gazetteer.place(" ".join(words)) is None:
            return Span(ent.doc, ent.start, comma, label="PERSON")
        return ent

    def _is_dateline_place(self, head: str) -> bool:
        head = head.strip()
        return bool(head) and (head.isupper() or self.gazetteer.place(head) is not None)

    def _note_surname_owners(self, doc) -> None:
        """A bare family name used while only one person bearing it had been named belongs to that
        person for the rest of the article ("Trump" before "first lady Melania Trump" appears)."""
        # the first word too: family-first names ("Lee" of "Lee Jae-myung")
        families = {word for full in self._people for word in _bare_reference_words(full)}
        for tok in _tokens_folding_to(doc, families):
            # a capitalised word standing alone (the tagger often misses "Okafor said" at a sentence start)
            if (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN") or \
                    (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper()):
                continue
            family = fold(tok.text)
            if family in self._surname_owner:
                continue
            before = [full for full in self._people if family in _bare_reference_words(full)
                      and min(self._person_positions.get(full, [tok.idx])) < tok.idx]
            if len(before) == 1:
                self._surname_owner[family] = before[0]

    def _post_reference(self, ent) -> bool:
        """"His Highness the Amir" tagged PERSON: a lone post word after "the" names the post's holder,
        not a person called so; remembered so that `actor` hands out the holder."""
        words = clean_mention(ent.text).split()
        if len(words) != 1 or not has_title_head(words) or ent.start == 0 or \
                ent.doc[ent.start - 1].lower_ != "the":
            return False
        self._post_refs.add(name_key(words[0]))
        self._not_people.add(name_key(words[0]))
        return True

    def _title_start(self, ent) -> int:
        """Extend a name to the left over its post and the post's owner.

        "Turkish Defence Minister" + "Hulusi Akar", "Russia's Defence Minister" + "Sergei Shoigu",
        "Defence Minister, Hulusi Akar"; a headline run-on ("Lawmakers Urge President Trump")
        keeps only the post.
        """
        doc, floor = ent.doc, ent.sent.start
        start = ent.start
        if is_given_name(doc[start].text):
            start = _body_start(doc, start, floor)  # "Speaker of the National Assembly" + "Ana Lima"
        start = self._post_of_country_start(doc, start, floor)  # "President of the Republic of X" + "Ana Lima"
        if start - 1 > floor and doc[start - 1].text == "," and is_title_word(doc[start - 2].text):
            start -= 1  # "Defence Minister, Hulusi Akar"
        # "Deputy Prime Minister and Foreign Minister": two posts of one person
        while start > floor and (is_title_word(doc[start - 1].text) or (
                doc[start - 1].lower_ in ("of", "for", "and") and start - 2 >= floor
                and is_title_word(doc[start - 2].text))):
            start -= 1
        if start == ent.start or not has_title_head([t.text for t in doc[start:ent.start]]):
            return ent.start
        # the owner before the post: "Turkish", "Russia's", "UN", "the United States'"
        owner = start
        while owner > floor and (doc[owner - 1].ent_type_ in ("NORP", "GPE", "ORG")
                                 # the tagger misses demonyms after a dateline ("(Reuters) - Ethiopian ...")
                                 or doc[owner - 1].text[:1].isupper() and owner == start
                                 and self.gazetteer.country(doc[owner - 1].text) is not None
                                 or doc[owner - 1].tag_ == "POS" and owner - 2 >= floor
                                 and doc[owner - 2].ent_type_ in ("GPE", "ORG")):
            owner -= 1
        owner_words = doc[owner:start].text.split()
        if owner < start and _leading_owner(owner_words + ["_"], self.gazetteer, self._known_orgs())[1] == \
                len(owner_words):
            start = owner
        while start > floor and is_title_word(doc[start - 1].text):
            start -= 1  # "Former" before "British Prime Minister"
        return start

    def _post_of_country_start(self, doc, start: int, floor: int) -> int:
        """Where "of" stands in "President of the Republic of X" + a name at `start` (the post's own words are
        taken by the caller); `start` itself when no country of a post comes right before."""
        country = start
        while country > floor and (doc[country - 1].ent_type_ == "GPE" or doc[country - 1].lower_ == "the"):
            country -= 1
        if country == start or country - 2 < floor or doc[country - 1].lower_ != "of" or \
                not is_title_word(doc[country - 2].text) or \
                self.gazetteer.country_by_name(doc[country:start].text) is None:
            return start
        return country - 1

    def _post_list_holder(self, a: int, b: int) -> tuple[int, int] | None:
        """The character span of the name a portfolio list runs into ("Minister for Energy, Water Resources and
        Irrigation | Ana Lima"), when the post splits off a name of two or more words, else None."""
        written = self._text[a:b]
        titled = self._split_title(written, with_orgs=False)
        if titled.title and titled.name and len(name_tokens(titled.name)) >= 2 and written.endswith(titled.name):
            return b - len(titled.name), b
        return None

    @staticmethod
    def _holder_part(ent, holders: dict[tuple[int, int], tuple[int, int] | None]) -> bool:
        """Whether `ent` lies in a portfolio list whose holder was split off (`_post_list_holder`): an item the
        tagger took for a name ("Food Safety"), or the holder's name, possibly run into the last item; both are
        read from the list alone."""
        return any(holder is not None and a <= ent.start_char and ent.end_char <= holder[1]
                   for (a, _), holder in holders.items())

    def _observe_post_list(self, ent, label: str, post_lists: list[tuple[int, int]]) -> bool:
        """"Minister of Foreign Affairs, Regional Integration and International Trade Mr. X": a portfolio
        list is one post. Its items the tagger took for names are no names; the person right after it
        holds the whole post. True when `ent` was handled here."""
        for a, b in post_lists:
            if a <= ent.start_char and ent.end_char <= b + 1 and label != "PERSON":
                # "Regional Integration and": an item of the list
                self._not_people.add(name_key(_TRAILING_CONNECTORS.sub("", clean_mention(ent.text))))
                return True
            # the holder's name inside the list's last item, or after forms of address ("Mr.")
            between = self._text[b:ent.start_char] if b <= ent.start_char < b + 30 else "?"
            if label != "PERSON" or not a < ent.start_char <= b + 1 and \
                    not all(_is_honorific(w) or not w.strip(".") for w in between.split()):
                continue
            post = self._text[a:min(b, ent.start_char)].split()
            while post and _is_honorific(post[-1]):
                post.pop()  # "... and International Trade Mr."
            name = strip_honorifics(clean_mention(ent.text))
            if not post or not name or not self._plausible_person(name, "PERSON", titled=True):
                return False
            before = self._text[max(0, a - 30):a].split()
            owner = self.gazetteer.country(before[-1]) if before and before[-1][:1].isupper() else None
            if len(name_tokens(name)) >= 2:
                self._add_full_name(name, a)
            person = self._person(name, a)
            if person is not None:
                self._add_role(person, TitledName(name, " ".join(post), owner), a, ent.end_char)
            return True
        return False

    def _observe_first_chained_post(self, ent) -> None:
        """"Chair-in-Office of the Council, Federal Minister and Head of the Ministry of Foreign Affairs
        X": a chain of posts before a name are all the person's; the first (the one a
        release leads with, and later refers back to) is given here, the nearest is the usual path's."""
        doc = ent.doc
        prefix = self._text[ent.sent.start_char:ent.start_char]
        if not prefix.endswith(" "):
            return
        cuts = [0] + [m.end() for m in _CHAIN_SEPARATOR.finditer(prefix)]
        parts = [(c, prefix[c:d].strip()) for c, d in zip(cuts, cuts[1:] + [len(prefix)])]
        chain: list[tuple[int, str]] = []
        for c, part in reversed(parts):
            words = part.split()
            if not words or not has_title_head(words):
                break
            if all(w[:1].isupper() or w in CONNECTORS for w in words):
                chain.insert(0, (c, part))
                continue
            # the first post after lower-case words ("..., said UN Special Envoy")
            k = len(words)
            while k > 0 and words[k - 1][:1].isupper():
                k -= 1
            if k < len(words) and has_title_head(words[k:]) and (k == 0 or words[k - 1] != "as"):
                # "X, in his capacity as Swiss Foreign Minister, and Minister Y": X's post, not Y's
                chain.insert(0, (c + len(part) - len(" ".join(words[k:])), " ".join(words[k:])))
            break
        if len(chain) < 2:
            return
        start = ent.sent.start_char + chain[0][0]
        if any(e.label_ == "PERSON" and start <= e.start_char < ent.start_char for e in doc.ents):
            return  # "President X, Prime Minister Y and Minister Z": several people, each with a post
        self._observe_name(f"{chain[0][1]} {ent.text}", "PERSON", start, ent.end_char)

    def _post_before_comma(self, ent):
        """"Spokesman for the ruling Justice and Development Party (AKP), Ömer Celik": the post phrase
        before a comma, when it starts with a post and splits off cleanly with this name (forms of
        address between them: "The Prime Minister of the Republic of X, H.E. Dr. Y")."""
        doc, floor = ent.doc, max(ent.sent.start, ent.start - 16)
        comma = ent.start - 1
        while comma > floor and _is_honorific(doc[comma].text):
            comma -= 1
        if comma <= floor or doc[comma].text != ",":
            return None
        for k in range(floor, comma):
            if not has_title_head([doc[k].text]):
                continue
            while k > floor and is_title_word(doc[k - 1].text):
                k -= 1
            span = doc[k:ent.end]
            titled = self._split_title(span.text)
            if titled.title and titled.name and fold(titled.name) == fold(clean_mention(ent.text)):
                return span
            # "the foreign minister ... on the King's Representative, Sir X": a later post may be the one
        return None

    def _split_title(self, text: str, with_orgs: bool = True) -> TitledName:
        """`split_title` with the article's organisations (`with_orgs`), remembered: an article
        repeats its names and posts."""
        key = (text, self._known_orgs() if with_orgs else frozenset())
        found = self._titled_memo.get(key)
        if found is None:
            found = self._titled_memo[key] = split_title(text, self.gazetteer, key[1])
        return found

    def _known_orgs(self) -> frozenset[str]:
        """Name keys of the organisations this article names (and their acronyms)."""
        if "known" not in self._org_memo:
            self._org_memo["known"] = frozenset(self._org_names | {name_key(a) for a in self._acronyms})
        return self._org_memo["known"]

    def _expansion_keys(self) -> frozenset[str]:
        """Name keys of the long forms of the article's acronyms ("Hayat Tahrir al-Sham" of "HTS")."""
        if "expansions" not in self._org_memo:
            self._org_memo["expansions"] = frozenset(name_key(v) for v in self._acronyms.values())
        return self._org_memo["expansions"]

    def _body_org_keys(self) -> frozenset[str]:
        """Name keys of the article's organisations that a person's name may hide in: long forms of
        acronyms and names with an organisation word ("Hayat Tahrir al-Sham", "Wagner Group")."""
        if "bodies" not in self._org_memo:
            self._org_memo["bodies"] = self._expansion_keys() | {o for o in self._org_names if _ORG_WORDS.search(o)}
        return self._org_memo["bodies"]

    def _observe_name(self, text: str, label: str, start: int, end: int) -> None:
        titled = self._split_title(text)
        name = self._unaddressed(strip_honorifics(titled.name or ""))  # "the Honourable Nanaia Mahuta"
        if not name:
            return
        looks_person = label == "PERSON" or titled.title is not None
        # "Kassym-Jomart Tokayev" tagged ORG in a list, then "President of Kazakhstan Kassym-Jomart Tokayev"
        if not looks_person or not self._plausible_person(name, label, titled=titled.title is not None):
            return
        if len(name_tokens(name)) >= 2:
            self._add_full_name(name, start)
        if titled.title:
            person = self._person(name, start, style=_written_style(text, name, titled.title))
            if person is not None:
                self._add_role(person, titled, start, end)

    def _observe_appositive_title(self, ent) -> None:
        """"Hulusi Akar, Turkey's defence minister," -> a post for Akar."""
        if ent.label_ != "PERSON":
            return
        root = ent.root
        for child in root.children:
            if child.dep_ != "appos":
                continue
            sub = _phrase(child)
            titled = self._split_title(sub.text)
            if titled.title and titled.name is None:
                own = self._split_title(ent.text, with_orgs=False)  # "the monarch, King X,": X keeps his style
                person = self._person(own.name or ent.text, ent.start_char, style=own.title)
                if person is not None:
                    self._add_role(person, titled, ent.start_char, sub.end_char)

    def _plausible_person(self, name: str, label: str, titled: bool = False) -> bool:
        """Reject names that are organisations, places or sentence fragments in disguise (`titled`: named
        after a post, so a span the tagger called ORG elsewhere may still be a person's name)."""
        words = self._person_form(name).split()  # "TAKAICHI Sanae" is no dateline
        # particles do not count: "Hamad bin Khalifa bin Ahmed al-Thani" is a name of four words
        if not words or sum(fold(w) not in NAME_PARTICLES for w in words) > 5 or not all(is_name_word(w) for w in words):
            return False
        key = name_key(name)
        if key in self._not_people or key == self._outlet or name in self._acronyms or _ORG_WORDS.search(name) \
                or is_namesake_name(words):
            return False  # "Nelson Mandela University": named after a person, not one
        if key in self._org_names and not (titled and len(words) >= 2 and not _ORG_WORDS.search(name)) or \
                any(f" {key} " in f" {org} " for org in self._body_org_keys()):
            return False  # "Tahrir al-Sham" inside "Hayat Tahrir al-Sham"
        # "Sheikh Tamim", "Hassan Sheikh Mohamud": a form of address inside a name is no post
        named = [w for i, w in enumerate(words) if not (fold(w) in ADDRESS_ONLY and (i > 0 or len(words) == 2))
                 and not (i == 0 and len(words) > 1 and is_post_given_name(w))  # "Amir Khan Muttaqi"
                 # "Hun Sen": an abbreviated post ends no titled name, it is a name word there
                 and not (i == len(words) - 1 and i > 0 and fold(w) in ABBREVIATED_POSTS)]
        if has_title_head(named):
            return False
        if _DATE_WORDS.search(name) or all(is_title_word(w) for w in words):
            return False
        # "Akar Idlib Rojava", "Malawi Azerbaijan Felipe Quintero": run-ons through place names (tag lines)
        # ("Luís Montenegro", "Wang Yi ... Jordan": a known first name before a family name that is also a
        # country is still a name)
        given_then_family = len(words) == 2 and is_given_name(words[0]) and not self.gazetteer.country_by_name(words[0])
        if any(self.gazetteer.is_major_place(w) for w in words[1:-1]) or \
                not given_then_family and any(self.gazetteer.country_by_name(w) for w in words) or \
                any(self.gazetteer.country_by_name(" ".join(words[i:i + 2])) for i in range(len(words) - 1)):
            return False
        if any(w.isupper() and len(w) > 3 for w in words):
            return False  # "ASHGABAT": a dateline
        if len(words) == 1 and key in self._place_heads:
            return False  # "after Rio" where the article names "Rio de Janeiro"
        if len(words) == 1 and (self.gazetteer.capital_of(name) or self.gazetteer.is_country_word(name)):
            return False  # "Lanka" of "Sri Lanka", "Sanaa"
        if len(words) == 1 and (self.gazetteer.country(name) or self.gazetteer.place(name)) and label != "PERSON":
            return False
        return True

    def _unaddressed(self, name: str) -> str:
        """`name` without a leading form of address the article showed to be one (`_address_words`)."""
        words = name.split()
        if len(words) >= 2 and any(_respelt(words[0], w) for w in self._address_words):
            return " ".join(words[1:])
        return name

    def _name_tagged_org(self, text: str) -> bool:
        """An ORG span that is a person's name: two or three name words starting with a known first
        name, and nothing of an organisation ("Ulrich Petrov" yes; "Al Arabiya", "Press TV" no)."""
        written = strip_article(clean_mention(text))
        words = self._unaddressed(strip_honorifics(written)).split()  # "the Honourable Penny Wong"
        if not 2 <= len(words) <= 3 or not all(is_name_word(w) and w[:1].isupper() for w in words):
            return False
        addressed = len(words) < len(written.split())  # a form of address makes it a person's name
        name = " ".join(words)
        if name in self._acronyms or name_key(name) in self._expansion_keys() or \
                international_org(name) or _ORG_WORDS.search(name) or any(is_title_word(w) for w in words) or \
                words[-1].casefold() in _BUILDING_HEADS or is_palace_led(words):  # "Marcus Palace", "Istana X"
            return False
        # "RIA Novosti": an acronym is no given name
        return not words[0].isupper() and (addressed or is_given_name(words[0])) and \
            self._plausible_person(name, "PERSON")

    def _person_form(self, name: str) -> str:
        """`family_name_in_capitals` unless a word in capitals is an organisation's acronym ("OPEC Secretariat")."""
        if any(w in self._acronyms or international_org(w) for w in name.split() if w.isupper()):
            return name
        return with_suffix_period(family_name_in_capitals(name))

    def _add_full_name(self, name: str, position: int) -> None:
        name = self._person_form(name)
        for known in self._people:
            a, b = _free_tokens(name), _free_tokens(known)
            if same_person_name(known, name) or _partial_match(a, b, given_first=True) or \
                    _partial_match(b, a, given_first=True):
                if name_score(name) > name_score(known) and len(name.split()) > len(known.split()) or \
                        _has_initial(known) and not _has_initial(name) and len(_free_tokens(name)) >= 2:
                    self._rename_person(known, name)
                    known = name
                    self._absorb_parts(name)
                self._person_positions.setdefault(known, []).append(position)
                return
        self._people.append(name)
        self._match_memo.clear()
        self._person_positions.setdefault(name, []).append(position)

    def _absorb_parts(self, full: str) -> None:
        """Drop the article's other names that are parts of a longer name just learnt ("Abdoulkader
        Houssein" once "Houssein Omar" became "Abdoulkader Houssein Omar"), when no other name fits them."""
        for other in [p for p in self._people if p != full]:
            part = _free_tokens(other)
            if _partial_match(part, _free_tokens(full), given_first=True) and not any(
                    p not in (other, full) and _partial_match(part, _free_tokens(p), given_first=True)
                    for p in self._people):
                self._people.remove(other)
                self._match_memo.clear()
                self._person_positions.setdefault(full, []).extend(self._person_positions.pop(other, []))

    def _rename_person(self, old: str, new: str) -> None:
        """A longer form of a name seen earlier becomes the article's canonical form."""
        self._people[self._people.index(old)] = new
        self._former[old] = new
        self._match_memo.clear()
        self._person_positions[new] = self._person_positions.pop(old, [])
        ent = self._by_key.pop(_person_key(old), None)
        if ent is not None:
            ent.aliases.add(ent.name)
            ent.name = new
            ent.aliases.discard(new)
            self._by_key[_person_key(new)] = ent

    def _add_role(self, person: Entity, titled: TitledName, start: int, end: int) -> None:
        if not titled.title or fold(titled.title) in ADDRESS_ONLY or any(
                fold(w) in PAST_MODIFIERS or fold(w).startswith("ex-") for w in titled.title.split()):
            return
        of = self._owner_entity(titled.of)
        key = (person.key, fold(titled.title), of.key if of else None)
        if key not in self._roles:
            self._roles[key] = (person, titled.title, of)
        if start >= 0:
            self._role_positions[key] = max(start, self._role_positions.get(key, -1))
        self.role_spans.append((person, titled.title, of, start, end))

    def _owner_entity(self, owner: Country | str | None) -> Entity | None:
        if owner is None:
            return None
        if isinstance(owner, Country):
            return self._keep(self.gazetteer.country_entity(owner), None)
        return self._org(owner)

    # ---- entity bookkeeping -----------------------------------------------------------------------

    def _keep(self, ent: Entity, alias: str | None) -> Entity:
        """The registry's one object for this entity; the surface form becomes an alias."""
        known = self._by_key.get(ent.key)
        if known is None:
            self._by_key[ent.key] = known = ent
        if alias and alias != known.name:
            known.aliases.add(alias)
        return known

    def _use(self, ent: Entity | None) -> Entity | None:
        if ent is not None:
            self._used[ent.key] = ent
        return ent

    @property
    def entities(self) -> list[Entity]:
        """Every entity handed out by `actor`/`place` or holding a post, in first-use order."""
        out = dict(self._used)
        for person, _title, of in self._roles.values():
            out.setdefault(person.key, person)
            if of is not None:
                out.setdefault(of.key, of)
        return list(out.values())

    @property
    def roles(self) -> list[tuple[Entity, str, Entity | None]]:
        """(person, post title, country or organisation of the post) for every post stated.

        A bare "Minister" is dropped when the same person is also "Defence Minister" here, and a post
        without owner when the article states it with one.
        """
        roles = list(self._roles.values())
        return [(p, t, o) for p, t, o in roles
                if not any(p2 is p and (t2 != t and fold(t2).endswith(" " + fold(t)) or t2 == t and o2 is not None)
                           and (o is None or o2 is o) and (t2, o2) != (t, o)
                           for p2, t2, o2 in roles)]

    # ---- people -----------------------------------------------------------------------------------

    def _full_name_for(self, name: str, position: int | None) -> str | None:
        """The article's full name for a partial one ("Shoigu", "Tayyip Erdogan"), if unambiguous."""
        tokens = _free_tokens(name)
        if not tokens:
            return None
        matches = self._matching_people(tokens)
        if not matches and self._former:
            # "Sánchez" of "Pedro Sánchez", learnt later as "Pedro Sánchez Pérez-Castejón"
            matches = sorted({self._current(new) for old, new in self._former.items()
                              if _partial_match(tokens, _free_tokens(old))})
        if not matches and len(tokens) >= 2:  # "Hassan Sheikh" for "Hassan Sheikh Mohamud"
            matches = self._matching_people(tokens, given_first=True)
            return matches[0] if len(matches) == 1 else None
        if not matches and len(tokens) == 1:
            # "Anwar" for "Anwar Ibrahim", "Prince Abdulaziz" for "Abdulaziz bin Salman": a given name
            # alone, when exactly one person of the article bears it
            matches = self._matching_people(tokens, given_first=True)
            return matches[0] if len(matches) == 1 else self._patronymic_bearer(matches, position)
        if len(tokens) == 1 and len(matches) > 1:
            # a family name in last position beats a given name in first position
            last = [full for full in matches if name_token_tuple(full)[-1] == tokens[0]]
            matches = last or matches
        if len(matches) == 1:
            return matches[0]
        owner = self._surname_owner.get(tokens[0]) if len(tokens) == 1 else None
        if owner in matches:
            # "Trump" was used for Donald Trump before Melania Trump was named: it stays his
            return owner
        if len(matches) > 1 and position is not None:
            # Two people share the name: the one named most recently before this mention.
            before = [(max((p for p in self._person_positions.get(m, []) if p <= position), default=-1), m)
                      for m in matches]
            best = max(before)
            if best[0] >= 0 and sum(1 for b in before if b[0] == best[0]) == 1:
                return best[1]
        return None

    def _patronymic_bearer(self, matches: list[str], position: int | None) -> str | None:
        """Of several people a lone given name fits, the one with a patronymic name ("Sheikh Khalid" is
        "Khalid bin Saud Al Qasimi", not "Khalid Ahmed Mansour": only there is the given name the
        usual short form); of several such, the one named most recently before `position`."""
        chained = [m for m in matches if name_token_tuple(m)[1:2] and name_token_tuple(m)[1] in NAME_PARTICLES]
        if len(chained) == 1:
            return chained[0]
        if len(chained) < 2 or position is None:
            return None
        before = [(max((p for p in self._person_positions.get(m, []) if p <= position), default=-1), m)
                  for m in chained]
        best = max(before)
        return best[1] if best[0] >= 0 and sum(1 for b in before if b[0] == best[0]) == 1 else None

    def _current(self, name: str) -> str:
        """The article's present form of a name that may have been replaced by longer forms since."""
        while name in self._former:
            name = self._former[name]
        return name

    def _matching_people(self, tokens: tuple[str, ...], given_first: bool = False) -> list[str]:
        """The article's full names that `tokens` is a part of (see `_partial_match`), in first-seen
        order; remembered until a name is added, since every mention asks again."""
        key = (tokens, given_first)
        found = self._match_memo.get(key)
        if found is None:
            found = self._match_memo[key] = [full for full in self._people
                                             if _partial_match(tokens, _free_tokens(full), given_first=given_first)]
        return found

    def _person(self, name: str, position: int | None = None, surface: str | None = None,
                style: str | None = None) -> Entity | None:
        """The article's person a name stands for (`style`: the post written before it, if any)."""
        if strip_honorifics(f"{clean_mention(name)} Xx") == "Xx":
            return None  # "Datuk Seri" cut off its name by the tagger: titles alone name no one
        name = self._person_form(self._unaddressed(strip_honorifics(clean_mention(name))))
        if not name:
            return None
        ruler = self._styled_ruler(name, style)
        if ruler is not None:
            ent = self._keep(Entity(name=ruler, type=PERSON), None)
            if surface and surface != ruler:
                ent.aliases.add(surface)
            return ent
        known = self._known_tail(name)
        if known is not None:
            name = known  # "Social Protection Ana Lopes": the end of a portfolio glued to a name the tagger knew
        full = self._full_name_for(name, position)
        if full is None and len(name_token_tuple(name)) >= 3 and self._plausible_person(name, "PERSON"):
            # "Pedro Sánchez Pérez-Castejón" where the scan only saw "Pedro Sánchez" (the tagger cut the
            # mother's surname off): the known person, with this form as an alias
            shorter = [p for p in self._people if _partial_match(_free_tokens(p), _free_tokens(name), given_first=True)]
            full = shorter[0] if len(shorter) == 1 else None
        if full is None and name in self._styled:
            full = self._styled[name]  # "King X ... X said": the ruler named with his style before
        if full is None and len(name_token_tuple(name)) == 1:
            # A bare surname shared by several people of the article stays unresolved.
            if sum(1 for p in self._people if name_token_tuple(name)[0] in name_token_tuple(p)) > 1:
                return None
        if full is not None and len(name_token_tuple(name)) > len(name_token_tuple(full)) and \
                _partial_match(_free_tokens(full), _free_tokens(name), given_first=True) and \
                self._plausible_person(name, "PERSON"):
            # "Defense Secretary Gilberto Teodoro Jr." after the tagger's "Teodoro Jr.": the longer form
            self._add_full_name(name, position if position is not None else -1)
            full = self._current(full)
        canonical = full or name
        ent = self._keep(Entity(name=canonical, type=PERSON), None)
        for alias in {name, surface} - {None, canonical}:
            ent.aliases.add(alias)
        return ent

    def _styled_ruler(self, name: str, style: str | None) -> str | None:
        """The person a monarch's style and one name stand for ("King Abdullah", "Sultan Rahman", "Pope Leo"):
        only a ruler of the article whose given name it is ("King Hamad" for "Hamad bin Isa Al Khalifa",
        seen as King), never someone whose family name it is ("Sultan Rahman" is not Prime Minister "Aziz
        Rahman"); else the styled name itself, as such monarchs are known and written (a bare regnal name is
        ambiguous). None unless a ruler's style and one name ("King Charles III" keeps its plain name)."""
        words = (style or "").split()
        tokens = name_token_tuple(name)
        if not words or fold(words[-1]) not in RULER_STYLES or len(tokens) != 1 or \
                is_namesake_name((words[-1], name)):  # "King Street", "Queen Square": a place
            return None
        rulers = {p.name for p, title, _ in self._roles.values()
                  if fold(title.split()[-1]) in RULER_STYLES and len(_free_tokens(p.name)) >= 2
                  and _free_tokens(p.name)[0] == tokens[0]}
        if len(rulers) == 1:
            return self._current(rulers.pop())
        styled = self._styled[name] = f"{words[-1][:1].upper()}{words[-1][1:].lower()} {name}"
        return styled

    def _known_tail(self, name: str) -> str | None:
        """The article's full name that `name` ends with, when the words before it are capitalised post or
        portfolio words no name of the article contains ("Specialist Ana Lima", "Protection Ana Lima" of
        "Minister for Women, Children and Social Protection Ana Lima"); None otherwise."""
        words = name.split()
        if len(words) < 3:
            return None
        for k in range(1, len(words) - 1):
            tail = " ".join(words[k:])
            if tail not in self._people:
                continue
            lead = words[:k]
            named = {fold(w) for p in self._people if p != tail for w in p.split()}
            if all(w[:1].isupper() and w.isalpha() and not is_given_name(w) and fold(w) not in named
                   for w in lead):
                return tail
            return None
        return None

    def is_acronym(self, text: str) -> bool:
        """The article defines `text` as an acronym ("the People's Bank of China (PBOC)")."""
        return text in self._acronyms

    def person_by_word(self, word: str, position: int | None = None) -> Entity | None:
        """The article's person one of whose name words is `word`, even a word that is also a pronoun
        ("He" of "He Lifeng"): for mentions the tagger did not read as names."""
        if not any(fold(word) in name_token_tuple(p) for p in self._people):
            return None
        return self._use(self._known_person(word, position))

    def _owned_known_person(self, words: list[str], position: int | None) -> Entity | None:
        """"Kazakhstan Kassym-Jomart Tokayev", "Sports Dito Ariotedjo" (the tagger's spans of "President of
        Kazakhstan Kassym-Jomart Tokayev", "Minister of Youth and Sports Dito Ariotedjo"): a country's name
        or the tail of a post before the full name of a person of the article is that person."""
        owner, n = _leading_owner(words, self.gazetteer)
        if not isinstance(owner, Country):
            n = 0
            while n < len(words) and (is_title_word(words[n]) and not has_title_head(words[n:n + 1])
                                      or fold(words[n]) in ("of", "and", "for")):
                n += 1
        if n and len(words) - n >= 2:
            tail = " ".join(words[n:])
            known = self._known_person(tail, position)
            if known is None and not isinstance(owner, Country) and self._plausible_person(tail, "PERSON"):
                # "Mineral Resources Emmanuel Buah" of "Minister of Lands and Mineral Resources Emmanuel Buah",
                # a name the scan missed: the words after the post's tail
                return self._person(tail, position)
            if known is not None:
                return known
        # "Reintegration Ana Lima", "National Assembly Ana Lima" (of "Minister for Reintegration Ana Lima"):
        # a body or portfolio before a name the article gives in full
        k = _name_after_body(words)
        return self._known_person(" ".join(words[k:]), position) if k is not None else None

    def _known_person(self, text: str, position: int | None) -> Entity | None:
        """A person of this article named by full name or a unique part of it."""
        if self._full_name_for(text, position) is None:
            return None
        return self._person(text, position)

    def _role_holder(self, titled: TitledName, position: int | None = None) -> Entity | None:
        """'the Russian defence minister' -> the one person of the article holding that post.

        A bare head ("the Pakistani minister") falls back to the holders of a post ending in it
        ("Foreign Minister"), a prime minister excepted (news call a premier "the prime minister"):
        the one named most recently before `position`, or the only one.
        """
        owner = self._owner_entity(titled.of) if titled.of is not None else None
        want = post_key(titled.title or "")

        def owned(of):
            return owner is None or (of is not None and of.key == owner.key)

        holders = {p.key: p for p, title, of in self._roles.values() if post_key(title) == want and owned(of)}
        if len(holders) == 1:
            return next(iter(holders.values()))
        if not holders and owner is not None:
            # "the Chinese foreign minister" after "Foreign Minister Wang Yi": the only holder of the post,
            # stated without a country, when no holder of it is stated with another country
            same = [(p, of) for p, title, of in self._roles.values() if post_key(title) == want]
            if len({p.key for p, _ in same}) == 1 and all(of is None for _, of in same):
                return same[0][0]
        if holders or len(want.split()) != 1:
            return None
        last: dict[str, tuple[int, Entity]] = {}
        for key, (p, title, of) in self._roles.items():
            t = post_key(title)
            # a post stated without its country may be the one meant
            if t.endswith(" " + want) and not t.endswith("prime " + want) and (of is None or owned(of)):
                at = self._role_positions.get(key, -1)
                if position is None or at <= position:
                    last[p.key] = max(last.get(p.key, (-1, p)), (at, p), key=lambda x: x[0])
        if len(last) == 1:
            return next(iter(last.values()))[1]
        ranked = sorted(last.values(), key=lambda x: x[0], reverse=True)
        if position is not None and ranked and ranked[0][0] >= 0 and ranked[0][0] > ranked[1][0]:
            return ranked[0][1]
        return None

    def _hyphen_pair(self, text: str, position: int | None) -> list[Entity]:
        """"Lee-Li" (of "the Lee-Li meeting"): two different people of the article, or two countries
        ("US-China"), joined by a hyphen; [] for a hyphenated name ("Al-Muhtadee", "Lee Jae-myung")."""
        m = _HYPHEN_PAIR.match(text)
        if not m:
            return []
        a, b = self._known_person(m["a"], position), self._known_person(m["b"], position)
        if a is None or b is None:
            ca, cb = self.gazetteer.country_by_name(m["a"]), self.gazetteer.country_by_name(m["b"])
            a = self._keep(self.gazetteer.country_entity(ca), None) if ca else None
            b = self._keep(self.gazetteer.country_entity(cb), None) if cb else None
        return [a, b] if a is not None and b is not None and a.key != b.key else []

    # ---- organisations ---------------------------------------------------------------------------

    def _org(self, text: str, surface: str | None = None) -> Entity | None:
        """Canonical organisation: ministries normalised, acronyms expanded, country kept."""
        text = drop_parentheticals(strip_article(clean_mention(text)))
        listed = self._listed_ministry(text)
        if listed is not None:
            text = listed
        if text and not text[:1].isupper() and ministry_domain(self._split_owner(text)[1]) and \
                self._split_owner(text)[0] is not None:
            text = text[:1].upper() + text[1:]  # "foreign ministry of Japan"
        if not text or not (text[:1].isupper() or text[:1].isdigit() or re.match(r"^(?:al|el)-[A-Z]", text)):
            return None
        if re.search(r"[/|<>{}\[\]@#=*]", text):
            return None  # navigation crumbs and markup, not a name
        words = text.split()
        if len(words) == 1 and (self.gazetteer.is_country_word(text) or _ORG_WORDS.fullmatch(text)):
            return None  # "Coast" of "Ivory Coast", "Republic", "Party": no organisation's name
        owner, n = _leading_owner(words, self.gazetteer)
        if isinstance(owner, Country) and n < len(words) and all(is_title_word(w) for w in words[n:]) and \
                not _ORG_WORDS.search(" ".join(words[n:])):
            return None  # "Ivory Coast Energy": a country and a post's words
        if text in self._acronyms:
            text = self._acronyms[text]
        intl = international_org(text)
        if intl is not None:
            alias = strip_article(surface) if surface else None
            return self._keep(Entity(name=intl, type=ORGANIZATION), alias if alias != intl else None)
        country, body = self._split_owner(text)
        domain = ministry_domain(body) if body else None
        if domain is None and _OF_MINISTRY.match(body):
            domain = body  # "Ministry of Investment, Trade and Industry": its own name
        if domain is not None:
            kind = "Department" if re.search(r"\bdepartment\b", body, re.I) else "Ministry"
            prefix = self.gazetteer_demonym(country) if country else None
            normal = f"{prefix} {domain} {kind}" if prefix else f"{domain} {kind}"
            if domain == body:
                normal = text
            known = self._ministries.get((country.iso2 if country else None, fold(normal)))
            if known is not None:
                for alias in {text, strip_article(surface) if surface else None} - {None, "", known.name}:
                    known.aliases.add(alias)
                return known
            # "India's Ministry of External Affairs" keeps the name as written (without "the"); the
            # normalised "Indian Foreign Ministry" is an alias, so articles that write it so still join
            name = text if _OF_MINISTRY.match(body) or _OF_MINISTRY.match(text) else normal
            ent = self._keep(Entity(name=name, type=ORGANIZATION, country=country.iso2 if country else None), None)
            if normal != ent.name:
                ent.aliases.add(normal)
            self._ministries[(country.iso2 if country else None, fold(normal))] = ent
        else:
            name = text
            ent = Entity(name=name, type=ORGANIZATION, country=country.iso2 if country else None)
        kept = self._keep(ent, None)
        for alias in {strip_article(surface) if surface else None, text} - {None, "", kept.name}:
            kept.aliases.add(alias)
        return kept

    def _listed_ministry(self, text: str) -> str | None:
        """The article's ministry with commas in its name that this mention is, or a cut-off tail of
        ("Trade and Industry" of "Malaysia's Ministry of Investment, Trade and Industry")."""
        key = name_key(text)
        owned = name_key(self._split_owner(text)[1])  # "Ministry of X, Y and Z of Japan": the owner after it
        for form in self._ministry_lists:
            if name_key(form) == owned:
                return text  # the whole name (the tagger keeps it; the parser cuts at its comma)
            full = name_key(form)
            if key != full and (full.endswith(" " + key) and len(key.split()) >= 3 or key.endswith(" " + full)):
                # the owner as written before the name ("Indonesia's") is part of the form found
                return text if key.endswith(" " + full) else form
        return None

    def _body_tail(self, text: str) -> str | None:
        """The article's one ministry, office or agency whose name ends with this text after its "and" or comma
        ("Natural Resources of Peru" of "the Ministry of Energy and Natural Resources of Peru", which the parser
        cuts at its "and"), or None."""
        key = name_key(text)
        fits = {form for k, form in self._org_forms.items()
                if k in self._org_names and k != key and _BODY_WORDS.search(form.split(" of ", 1)[0]) and
                re.search(r"\S of .*(?:,| and) " + re.escape(text) + "$", form)}
        return fits.pop() if len(fits) == 1 else None

    def _longer_org(self, text: str) -> str | None:
        """The article's one organisation whose name ends with this single word ("Arabiya" ->
        "Al Arabiya"), or None."""
        if len(text.split()) != 1:
            return None
        key = name_key(text)
        fits = {form for k, form in self._org_forms.items()
                if k in self._org_names and k != key and k.split()[-1] == key and len(k.split()) <= 4
                and not _ORG_WORDS.fullmatch(text) and name_key(form.split()[-1]) == key}
        # (not "Canada-Caricom" for "Caricom": a name joined by a hyphen is no meaning of its own last word)
        return fits.pop() if len(fits) == 1 else None

    def _definite_body(self, bare: str, surface: str) -> str | None:
        """'the Commission', 'the Council' (capitalised, with 'the'): the article's one organisation whose
        name ends in that word; 'the Commission' of a story on the EU is the European Commission."""
        if len(bare.split()) != 1 or not bare.istitle() or not _ORG_WORDS.fullmatch(bare) or \
                not re.match(r"(?i)the\s", surface):
            return None
        key = name_key(bare)
        fits = {form for k, form in self._org_forms.items()
                if k in self._org_names and k != key and k.split()[-1] == key and len(k.split()) <= 6}
        if len(fits) == 1:
            return fits.pop()
        if not fits and key == "commission" and _EU_NAMED.search(self._text):
            return "European Commission"
        return None

    def _split_owner(self, text: str) -> tuple[Country | None, str]:
        """("Russia's foreign ministry") -> (Russia, "foreign ministry"); also "... of Russia"."""
        words = text.split()
        for n in (3, 2, 1):
            if len(words) > n:
                country = self.gazetteer.country(" ".join(words[:n]))
                if country is not None:
                    return country, " ".join(words[n:])
        body, sep, owner = text.rpartition(" of ")
        if sep and body:
            country = self.gazetteer.country_by_name(owner)
            if country is not None:
                return country, body
        return None, text

    def gazetteer_demonym(self, country: Country) -> str:
        """Adjective used in canonical organisation names ("Russian Foreign Ministry")."""
        return self.gazetteer.demonym_of(country)

    # ---- public look-ups ---------------------------------------------------------------------------

    def actor(self, text: str, label: str | None = None, *, position: int | None = None) -> Entity | None:
        """The canonical actor for a mention used as an agent, or None for non-actors.

        People (posts stripped, surname -> full name), organisations (canonical names, country
        kept), countries (names, demonyms, capitals and seats of government standing for a
        government: "the Kremlin said" -> Russia). `position` (a character offset) picks the
        right person when two share a surname. Dates, numbers, pronouns and common nouns -> None.
        """
        return self._use(self._actor(text, label, position))

    def actors(self, text: str, label: str | None = None, *, position: int | None = None) -> list[Entity]:
        """Every actor of a coordinated mention ("Ankara and Moscow", "Russian and Turkish delegations")."""
        if len(text) > MAX_MENTION:
            return []
        cleaned = _TRAILING_CONNECTORS.sub("", clean_mention(text))
        pair = self._hyphen_pair(cleaned, position)
        if pair:
            return [self._use(e) for e in pair]
        respective = respective_posts(cleaned, self.gazetteer)
        if respective:
            # "the presidents of A, B and C, X, Y and Z": the people act, their countries are their posts'
            people = [self._person(r.name, position, None) for r in respective]
            return [self._use(p) for p in people if p is not None]
        found = self.actor(cleaned, label, position=position)
        if found is not None or not _LIST_SPLIT.search(cleaned):
            return [found] if found is not None else []
        parts = [p for p in _LIST_SPLIT.split(cleaned) if p]
        words = parts[-1].split()
        shared_head = words[-1] if len(words) >= 2 and fold(words[-1]) in COUNTRY_BODIES | GROUP_NOUNS else None
        out: list[Entity] = []
        for part in parts:
            if shared_head and part != parts[-1]:
                part = f"{part} {shared_head}"
            ent = self.actor(part, None, position=position)
            if ent is not None and ent not in out:
                out.append(ent)
        return out

    def _actor(self, text: str, label: str | None, position: int | None) -> Entity | None:
        if label in _NON_ACTOR_LABELS or len(text) > MAX_MENTION or is_facility_name(clean_mention(text)):
            return None
        # a tagger span that runs over a line break keeps its first line only
        text = next((line for line in text.splitlines() if line.strip()), "")
        if position is not None and any(a <= position < b for a, b in self._datelines):
            return None  # "JUBA (AFP) -": the place and agency of a wire dateline are never actors
        dateline = _DATELINE.match(text)
        if dateline and self._is_dateline_place(dateline.group(0).split("(")[0].split(",")[0]):
            text = text[dateline.end():]
        if label != "PERSON" and _RUNON_OWNER.search(text.rstrip()):
            text = _RUNON_OWNER.sub("", text.rstrip())  # "Chile's Gabriel Boric, Peru's": the next item's owner
        surface = _ORDINAL.sub("", _TRAILING_CONNECTORS.sub("", clean_mention(text)))  # "38th OPEC" -> "OPEC"
        bare = drop_parentheticals(strip_article(surface))
        words = bare.split()
        if len(words) > 1 and fold(words[0]) in STYLE_POSSESSIVES and styled_from(words, 1) > 1:
            # "His Royal Highness Prince Faisal", "Her Excellency Ana Lima": the style is no part of the name
            words = words[styled_from(words, 1):]
            if not words:
                return None  # "His Excellency" alone names no one
            bare = surface = " ".join(words)
        if words and styled_from(words, 0) == len(words):
            return None  # "Royal Highness", "Excellency": a style the tagger cut from its "His" names no one
        if words and fold(words[-1]) in _EVENT_HEADS and words[-1][:1].isupper():
            return None  # "the 47th ASEAN Summit", "Trade and Cooperation Agreement": events, not actors
        if fold(bare) in _NUMBER_WORDS:
            return None  # "Three" of "ASEAN Plus Three": a number, not a name
        members = _MEMBERS_OF.match(bare) or _BODY_MEMBERS.match(bare)
        if members and not _LIST_SPLIT.search(members["body"]):
            # "Leaders of the African Union", "members of NATO": the body acts
            body = self._actor(members["body"], None, position)
            if body is not None and (body.type == ORGANIZATION or body.type == COUNTRY and
                                     members.re is _MEMBERS_OF):
                return body  # "Russian ministers" stay with the country rules
        parts = [q for q in _LIST_SPLIT.split(bare) if q] if _LIST_SPLIT.search(bare) else []
        if len(parts) >= 2 and all(self._full_name_for(q, position) for q in parts):
            return None  # "Kiir and Machar" tagged as one name: `actors` splits it
        outlet = _DESCRIBED_OUTLET.match(bare)
        if outlet and not _LIST_SPLIT.search(outlet["name"]):
            # "Russian state news agency RIA Novosti", "the Qatari broadcaster Al Jazeera"
            return self._org(outlet["name"], outlet["name"])
        aide = _PERSON_AIDE.match(bare)
        if aide and self._known_person(aide["owner"], position) is not None:
            # "Lee's spokesperson Kang Yu-jung": a person's aide is named after the post
            titled = self._split_title(aide["rest"], with_orgs=False)
            if titled.title and titled.name and self._plausible_person(titled.name, "PERSON"):
                person = self._person(titled.name, position, None)
                if person is not None:
                    self._add_role(person, TitledName(titled.name, titled.title, None), position or -1, -1)
                return person
        activity = _OWNED_ACTIVITY.match(bare)
        if activity and fold(activity["head"]) in _ACTIVITY_HEADS:
            owner = self._actor(activity["owner"], None, position)
            return owner if owner is not None and owner.type in (PERSON, COUNTRY) else None
        if self._hyphen_pair(bare, position):
            return None  # "Lee-Li": two people, see `actors`
        owned = _OWNED_NAME.match(bare)
        if owned and self._plausible_person(owned["name"], "PERSON") and \
                self._full_name_for(owned["owner"], position) is None:
            # "Al Jazeera's Nour Odeh": an outlet's or organisation's person is the person
            return self._person(owned["name"], position, None)
        if self._outlet and name_key(bare) == self._outlet:
            return self._org(bare, surface)
        if name_key(bare) in self._post_refs:
            return self._role_holder(TitledName(None, title_case([bare]), None), position)
        office = self._state_office(bare, position) if bare else None
        if office is not None or re.fullmatch(_MISSION, bare, re.I):
            return office  # a bare "Embassy" names no one
        if not bare or (fold(bare) in PRONOUNS and not bare.isupper()) or not any(c.isupper() for c in bare) or \
                name_key(bare) in self._not_people or \
                re.fullmatch(r"[\d\s.,%-]+", bare) or _DATE_WORDS.fullmatch(bare):
            return None
        gz = self.gazetteer
        body_of = _BODY_OF.match(bare)
        owner = gz.country_by_name(body_of["owner"]) if body_of and fold(body_of["body"]) in COUNTRY_BODIES else None
        if owner is not None:  # "the Government of Fiji", "the Presidency of the Republic of Angola"
            return self._keep(gz.country_entity(owner), None)
        country = gz.country_by_name(bare)
        if country is not None and self._family_name_of_person(bare, country, position):
            country = None  # "Jordan said" after "Foreign Minister Ana Jordan": the person
        if country is not None and label != "PERSON":
            # a country name is the country, even if a tag-line run-on made it part of a "name"
            return self._keep(gz.country_entity(country), bare if fold(bare) != fold(country.name) else None)
        addressed = strip_honorifics(bare)  # "Pak Prabowo", "H.E. Dr. X" tagged ORG
        if bare and not addressed:
            return None  # "H.E. Dr.": a form of address the tagger cut from its name
        person = self._known_person(bare, position) or self._owned_known_person(words, position) or (
            self._known_person(addressed, position) if addressed and addressed != bare else None)
        if person is not None:
            return person
        if bare in self._acronyms or name_key(bare) in self._expansion_keys():
            return self._org(bare, surface)
        if international_org(bare) is not None:
            return self._org(bare, surface)
        metonym = _METONYMS.get(name_key(bare))
        if metonym is not None:
            return self._keep(Entity(name=metonym[0], type=ORGANIZATION, country=metonym[1]), None)
        seat = gz.seat_of_government(bare)
        if seat is not None:
            return self._keep(gz.country_entity(seat), None)
        if country is not None:
            return self._keep(gz.country_entity(country), bare if fold(bare) != fold(country.name) else None)
        if label != "PERSON":
            capital = gz.capital_of(bare)
            if capital is not None:
                return self._keep(gz.country_entity(capital), None)
        addressed_at = _address_inside(words)
        if addressed_at and self._plausible_person(" ".join(words[addressed_at + 1:]), "PERSON"):
            # "the Ministry of Foreign Affairs Dr. Ana Lima" (the object of "Minister of State at"): a body, then a
            # form of address and a name: the person
            return self._person(" ".join(words[addressed_at + 1:]), position, None)
        if label == "ORG" and _company_named_by_post(words, self._person_words):
            return self._org(bare, surface)  # "General Dynamics", "Captain Fresh": the post word opens its name
        titled = self._split_title(surface)
        if titled.title is None and titled.of is not None and titled.name:
            # "his Turkish counterpart Hulusi Akar", "Ukraine's Zelensky"
            if self._plausible_person(titled.name, "PERSON"):
                return self._person(titled.name, position, None)
            if isinstance(titled.of, Country) and _owned_company(surface, titled.name, label):
                return self._owned_org(titled.name, titled.of)
            return None
        if titled.title is not None:
            if titled.name and _ORG_WORDS.search(titled.name) and not self._plausible_person(titled.name, "PERSON"):
                if all(w[:1].isupper() or fold(w) in CONNECTORS for w in words) and \
                        not _leading_owner(words, gz, self._known_orgs())[1]:
                    return self._org(bare, surface)  # "Official Creditor Committee": a capitalised post word is the name's
                return self._org(titled.name, titled.name)  # "the official Saudi Press Agency": "official" is no post
            if titled.name:
                person = self._person(titled.name, position, None, style=titled.title)
                if person is not None:
                    self._add_role(person, titled, position or -1, -1)
                return person
            return self._role_holder(titled, position)
        return self._unnamed_or_org(bare, surface, label, position)

    def _state_office(self, bare: str, position: int | None) -> Entity | None:
        """A post's or a person's office ("Office of the Prime Minister", "the Greek premier's office", "the
        presidential office", "Ulrich Petrov's office") or a country's mission abroad ("the Embassy of Chile",
        "the Chilean embassy in Lima"): an organisation of its own, which speaks in its own name. An office keeps
        the name as written; a mission is named by its country's demonym and, when the text says so, its host."""
        if re.fullmatch(_MISSION, bare, re.I) and position is not None:
            # "the Embassy | of the Republic of X": the parser hung the owner elsewhere; read it from the text
            after = _MISSION_OWNER.match(self._text, self._text.find(bare, position, position + len(bare) + 1))
            bare = after.group(0) if after is not None else bare
        found = _HEAD_OF.match(bare) or _OWNER_HEAD.match(bare) or _PRESIDENTIAL_HEAD.match(bare)
        if found is None:
            return None
        gz = self.gazetteer
        owner, head = found["owner"], found["head"]
        if re.fullmatch(_MISSION, head, re.I):
            stem = _POSSESSIVE_END.sub("", owner)
            country = gz.country_by_name(stem) or gz.demonym(stem)
            if country is None:
                return None
            name = f"{self.gazetteer_demonym(country)} {title_case(head.split())}"
            host = self._mission_host(position, len(bare))
            if host is None or gz.country_by_name(host) == country:
                return self._keep(Entity(name=name, type=ORGANIZATION, country=country.iso2), bare)
            # the form as written with its host is kept too: the longest form an article has names it there
            ent = self._keep(Entity(name=f"{name} in {host}", type=ORGANIZATION, country=country.iso2), bare)
            ent.aliases.add(f"{bare} in {host}")
            return ent
        country = self._office_owner(owner, found.re is _HEAD_OF, position)
        if country is False:
            return None
        name = bare[:1].upper() + bare[1:]
        return self._keep(Entity(name=name, type=ORGANIZATION, country=country.iso2 if country else None), None)

    def _office_owner(self, owner: str, written_of: bool, position: int | None) -> Country | None | bool:
        """Whose office `owner` names: the country of a post ("President of Nepal", "Greek premier's") or None
        (a person's, or a post with no country); False when it names no post or person ("Foreign", "Cabinet")."""
        gz = self.gazetteer
        if not written_of and fold(owner).split()[-1:] == ["presidential"]:
            lead = owner.split()[:-1]
            lead = " ".join(lead)  # "the (South Korean) presidential office", "Ghana's presidential office"
            return (gz.demonym(lead) or gz.country_by_name(_POSSESSIVE_END.sub("", lead))) if lead else None
        if not written_of and not _POSSESSIVE_END.search(owner):
            return False  # "Foreign Office", "Cabinet Office": an office's own name
        post, _, of = _POSSESSIVE_END.sub("", owner).partition(" of ")
        country = gz.country_by_name(strip_article(of)) if of else None
        if of and country is None:
            return False
        words = post.split()
        lead, n = _leading_owner(words, gz)
        if n < len(words) and has_title_head(words[n:]) and all(is_title_word(w) for w in words[n:]):
            return country or (lead if isinstance(lead, Country) else None)
        return False  # "Ulrich Petrov's office" speaks for the person (see `_unnamed_or_org`)

    def _mission_host(self, position: int | None, width: int) -> str | None:
        """The place a mission named at `position` is in ("the Embassy of Chile in Lima" -> "Lima")."""
        if position is None:
            return None
        found = _MISSION_HOST.search(self._text, max(0, position - width), position + width + 120)
        if found is None or found.start() > position:
            return None
        host = found["host"]
        return host if self.gazetteer.place(host) is not None else None

    def _owned_org(self, name: str, country: Country) -> Entity | None:
        """The organisation `name`, of `country` ("Peru's Andes Logistics Group" -> Andes Logistics Group, PE): the possessive
        is no part of the name."""
        ent = self._org(name, name)
        if ent is not None and ent.country is None:
            ent.country = country.iso2
        return ent

    def _family_name_of_person(self, word: str, country: Country, position: int | None) -> bool:
        """A country's name ("Jordan", "Georgia", "Chad") that is the family name of a person the article
        named before this mention stands for that person as an actor, unless the article also uses the
        country as a country ("in Chad", "the government of Chad", "Chad's president", "Chadian")."""
        tokens = name_token_tuple(word)
        if len(tokens) != 1:
            return False
        bearers = [p for p in self._people if tokens[0] in _bare_reference_words(p)]
        if position is not None:
            bearers = [p for p in bearers if min(self._person_positions.get(p, [position + 1])) < position]
        if not bearers or self._full_name_for(word, position) is None:
            return False
        return not _country_in_use(self._text, word, self.gazetteer.demonym_of(country))

    def _unnamed_or_org(self, bare: str, surface: str, label: str | None, position: int | None) -> Entity | None:
        """Demonym phrases, organisations, and names the tagger calls PERSON."""
        gz = self.gazetteer
        words = bare.split()
        demonym = gz.demonym(bare)
        if demonym is not None:
            return self._keep(gz.country_entity(demonym), None)
        if len(words) >= 2:
            owner, n = _leading_owner(words, gz)
            rest = " ".join(words[n:])
            if isinstance(owner, Country) and (fold(rest) in COUNTRY_BODIES or _qualified_body(rest)):
                return self._keep(gz.country_entity(owner), None)
            if isinstance(owner, Country) and ministry_domain(rest):
                return self._org(bare, surface)
            if owner is None and fold(words[-1]) in GROUP_NOUNS and (
                    label == "NORP" or words[0][:1].isupper() and not all(w[:1].isupper() for w in words)):
                return self._keep(Entity(name=bare, type=GROUP), None)
            if isinstance(owner, Country) and fold(words[-1]) in GROUP_NOUNS and all(w.islower() for w in words[n:]):
                # "Syrian forces", "Turkish troops"; not the named "Syrian Democratic Forces"
                return self._keep(gz.country_entity(owner), None)
        tail = self._body_tail(bare)
        if tail is not None:
            return self._org(tail, tail)
        if ministry_domain(bare) or ministry_domain(self._split_owner(bare)[1]) or self._listed_ministry(bare):
            return self._org(bare, surface)  # "the foreign ministry of Japan"
        office = _OFFICE_OF.match(bare)
        if office:
            # "Netanyahu's office said": the office speaks for the person
            owner = self._actor(office.group("owner"), "PERSON", position)
            return owner if owner is not None and owner.type == PERSON else None
        if label == "ORG" and self._name_tagged_org(bare):
            return self._person(bare, position, None)
        longer = self._longer_org(bare) or self._definite_body(bare, surface)
        if longer is not None:
            return self._org(longer, surface)
        if label == "ORG" or (label in (None, "PERSON") and _ORG_WORDS.search(bare) and all(
                w[:1].isupper() or fold(w) in CONNECTORS for w in words)):
            if "," in bare:
                # "Idlib, RIA news agency": a tagger span over a list; keep the one part that is no place
                parts = [p.strip() for p in bare.split(",") if p.strip() and not gz.place(p.strip())]
                return self._unnamed_or_org(parts[0], parts[0], label, position) if len(parts) == 1 else None
            owner, n = _leading_owner(words, gz)
            rest = " ".join(words[n:])
            if (all(is_title_word(w) for w in words[n:]) and not _ORG_WORDS.search(rest)) or gz.is_major_place(bare):
                return None  # "Defence", "Russian Defence": a post's words, not an organisation
            if len(words) == 1 and _ORG_WORDS.fullmatch(bare):
                return None  # "Party", "Ministry": a kind of organisation, not a name
            if re.search(r"\s[—–-]\s", bare) or any(
                    w[:1].islower() and fold(w) not in CONNECTORS and not _ORG_WORDS.fullmatch(w)
                    and fold(w) not in _NAME_PARTICLES_OF and not re.match(r"^(?:al|el)-", w) for w in words):
                return None  # "Moreau trade", "X — X": tag lines and headlines, not a name
            return self._org(bare, surface)
        if label == "PERSON" or (label is None and 2 <= len(words) <= 4 and all(is_name_word(w) for w in words)
                                 and gz.place(bare) is None and not _ORG_WORDS.search(bare)
                                 and words[-1].casefold() not in _BUILDING_HEADS and not is_palace_led(words)):
            if self._plausible_person(strip_honorifics(bare), "PERSON"):
                return self._person(_after_post_words(words, self._people), position, None)
        return None

    def place(self, text: str) -> Entity | None:
        """A mention used as a location stays a place ("in Moscow" -> the city of Moscow).

        A city keeps the article's spelling when it is a variant of the gazetteer's name
        ("Raqqa" rather than "Ar Raqqah"); the gazetteer's name becomes an alias, so
        `unify_entities` still joins the spellings across articles.
        """
        found = self.gazetteer.place(text)
        if found is None and fold(clean_mention(text)) in self._place_heads:
            found = self.gazetteer.place(self._place_heads[fold(clean_mention(text))])  # "Rio" of "Rio de Janeiro"
        if found is None:
            return None
        spelling = self.gazetteer.news_spelling(text, found)
        if spelling is not None:
            ent = self._keep(Entity(name=spelling, type=PLACE, country=found.iso2), None)
            ent.aliases.add(found.name)
            return self._use(ent)
        return self._use(self._keep(self.gazetteer.place_entity(found), None))


_BODY_QUALIFIERS = frozenset({"military", "ruling", "interim", "transitional"})


def _qualified_body(text: str) -> bool:
    """"military junta", "ruling military": a country's governing body with a qualifier."""
    words = fold(text).split()
    return len(words) >= 2 and words[-1] in COUNTRY_BODIES and all(w in _BODY_QUALIFIERS for w in words[:-1])


def _country_in_use(text: str, name: str, demonym: str | None) -> bool:
    """Whether `text` uses the country `name` as a country: after a preposition of place or "visit",
    owning a government body or a post, or through its demonym."""
    n = re.escape(name)
    if re.search(_COUNTRY_CUE.format(n=n), text):
        return True
    if any(fold(m["next"]) in COUNTRY_BODIES or has_title_head([m["next"]])
           for m in re.finditer(_POSSESSIVE_CUE.format(n=n), text)):
        return True
    return bool(demonym) and fold(demonym) != fold(name) and re.search(rf"\b{re.escape(demonym)}\b", text) is not None


# Words of a state's own bodies, whose canonical names keep the country ("Russia's Armed Forces")
_STATE_WORDS = re.compile(r"\b(?:ministry|department|office|agency|council|commission|committee|forces|army|navy|"
                          r"parliament|assembly|congress|senate|court|central|national|state|federal|government|"
                          r"police|guard|embassy|consulate|presidency|cabinet|party)\b", re.I)


def _owned_company(surface: str, name: str, label: str | None) -> bool:
    """"Peru's Andes Logistics Group", "Japan's Mitsubishi Heavy Industries": a country's possessive before a
    capitalised name that is an organisation's (tagged so, or an organisation word in it), but not a state
    body, which keeps its owner in its canonical name ("Russia's Foreign Ministry", "China's State Council")."""
    words = name.split()
    return bool(re.search(r"['’]s?\s", surface)) and all(w[:1].isupper() or w[:1].isdigit() or fold(w) in CONNECTORS
                                                         for w in words) and \
        (label == "ORG" or bool(_ORG_WORDS.search(name))) and not _STATE_WORDS.search(name) and \
        ministry_domain(name) is None and not has_title_head(words)


def _joined_people(ents):
    """The tagger's entities, with two PERSON spans that touch joined into one ("Hassan Sheikh" +
    "Mohamud")."""
    out = []
    for ent in ents:
        end = ent.end
        while end - 1 > ent.start and ent.doc[end - 1].is_lower and ent.doc[end - 1].pos_ in ("ADP", "CCONJ", "DET"):
            end -= 1  # "Japarov and Rahmon in" (of "... in Bishkek"): the tagger ran into the next phrase
        if end < ent.end:
            ent = Span(ent.doc, ent.start, end, label=ent.label_)
        before = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
        if ent.label_ == "PERSON" and before is not None and fold(ent[0].text) in NAME_PARTICLES and \
                before.pos_ == "PROPN" and before.text[:1].isupper() and not is_title_word(before.text):
            ent = Span(ent.doc, ent.start - 1, ent.end, label="PERSON")  # "Thani" + "bin Ahmed Al Zeyoudi"
        elif ent.label_ == "PERSON" and _name_word_read_as_function_word(ent):
            ent = Span(ent.doc, ent.start - 1, ent.end, label="PERSON")  # "leader To Lam" tagged "Lam"
        if out and ent.label_ == "PERSON" and out[-1].label_ == "PERSON" and out[-1].end == ent.start:
            out[-1] = Span(ent.doc, out[-1].start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _capitalised(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _name_runs(doc) -> list[list[str]]:
    """Runs of capitalised words in `doc`, cut at post words ("Foreign Minister Lyonpo Karma Dorji" -> "Lyonpo
    Karma Dorji"): the article's name-shaped phrases, whatever the tagger labelled them."""
    runs, run = [], []
    for t in doc:
        if _capitalised(t) and not is_title_word(t.text) and t.ent_type_ not in ("NORP", "GPE", "DATE") and \
                not (t.i == t.sent.start and t.is_stop):
            run.append(t.text)
            continue
        if run:
            runs.append(run)
        run = []
    return runs + ([run] if run else [])


def _respelt(a: str, b: str) -> bool:
    """The same word, or one letter apart in a long word ("Tuanku"/"Tuangku"): an article's two spellings."""
    a, b = fold(a), fold(b)
    return a == b or min(len(a), len(b)) >= 6 and Levenshtein.distance(a, b) <= 1


def _address_words(doc) -> frozenset[str]:
    """Untranslated forms of address the article itself shows to be no names: the first word W of a name
    of three words or more ("W Karma Dorji") that is no known given name and that the article also writes
    before the family name alone ("W Dorji", in any spelling)."""
    runs = _name_runs(doc)
    found = set()
    for long in (r for r in runs if len(r) >= 3 and _name_shaped(r[0])):
        first = long[0]
        if is_given_name(first) or fold(first) in NAME_PARTICLES:
            continue
        before_family = any(2 <= len(r) < len(long) and r[-1] == long[-1] and _respelt(r[0], first)
                            for r in runs)
        if before_family:  # (a word used alone is no sign: "Prabowo said" of "Prabowo Subianto Djojohadikusumo")
            found.add(first)
    return frozenset(found)


def _chain_cut(a, b) -> bool:
    """Whether PERSON spans `a` and `b`, touching, are pieces of one name with a title run the tagger cut:
    `a` is or ends on honorifics ("Datuk Seri" + "Mohamad Hasan", "... bin Pehin Datu" + "Pekerma Jaya Haji
    Mohd Yusof") or the two hold a
    patronymic particle before an honorific ("Rosli bin Pehin Orang" + "Kaya Laila" + "Haji Abdul Karim")."""
    words = [t.text for t in a] + [t.text for t in b]
    in_patronymic = any(fold(w) in PATRONYMIC_PARTICLES and strip_honorifics(" ".join(words[i + 1:i + 2])) == ""
                        for i, w in enumerate(words[:-1]))
    only_titles = len(strip_honorifics(" ".join(words)).split()) <= len(b)  # "Datuk Seri" + "Mohamad Hasan"
    return a.end == b.start and (strip_honorifics(a[-1].text) == "" or only_titles or in_patronymic)


def mend_title_chain_names(doc) -> None:
    """Join the tagger's PERSON pieces of one name cut inside a title run (see `_chain_cut`) into one span
    of `doc.ents`, so the name's honorifics can be stripped as a whole."""
    out, changed = [], False
    for ent in doc.ents:
        if out and ent.label_ == "PERSON" and out[-1].label_ == "PERSON" and _chain_cut(out[-1], ent):
            out[-1], changed = Span(doc, out[-1].start, ent.end, label="PERSON"), True
        else:
            out.append(ent)
    if changed:
        doc.ents = out


def _name_word_read_as_function_word(ent, tagged_proper: bool = False) -> bool:
    """The capitalised word before a PERSON span is the name's first word that the tagger read as a function
    word ("Vietnamese leader To Lam", "Vietnam's To Lam"): a short stop word in title case, not opening the
    sentence, after a lower-case word, a post or a possessive (a title-case headline is left alone).
    `tagged_proper`: also when the tagger called the word a proper noun ("met Do Quoc Bao")."""
    doc, i = ent.doc, ent.start - 1
    if i - 1 < ent.sent.start:
        return False
    word, before = doc[i], doc[i - 1]
    return word.is_stop and word.text.istitle() and len(word.text) <= 3 and (tagged_proper or word.pos_ != "PROPN") and \
        not word.whitespace_ == "" and (before.text.islower() and before.is_alpha or before.tag_ == "POS"
                                        or is_title_word(before.text) or strip_honorifics(before.text) == "")


def _after_post_words(words: list[str], people: list[str]) -> str:
    """'Finance Enoch Godongwana' (the end of "Minister of Finance" cut off by the parser) -> the known
    name after the post's words."""
    for i, w in enumerate(words[:-2]):
        if not is_title_word(w):
            break
        if " ".join(words[i + 1:]) in people:
            return " ".join(words[i + 1:])
    return " ".join(words)


def _after_post(ent) -> bool:
    """An ORG span of two or three name words right after a post ("India's delegate Chandni Raina",
    "Minister Ahmed Attaf"): the tagger's label is wrong, it is the post holder's name."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    words = [t.text for t in ent]
    return before is not None and has_title_head([before.text]) and 2 <= len(words) <= 3 and \
        all(is_name_word(w) and w[:1].isupper() and not is_title_word(w) for w in words) and \
        not _ORG_WORDS.search(ent.text)


def _tokens_folding_to(doc, keys: set[str]) -> list:
    """The capitalised tokens of `doc` whose folded text is one of `keys`, in order.

    Reads the token texts as an array and tests each distinct word once: building a spaCy Token
    for every word of the article costs more than the test.
    """
    if not keys:
        return []
    strings = doc.vocab.strings
    if len(_CAPITALISED_FOLD) > 1 << 18:
        _CAPITALISED_FOLD.clear()  # bounded: a long build meets ever new words
    out = []
    for i, orth in enumerate(doc.to_array("ORTH").tolist()):
        folded = _CAPITALISED_FOLD.get(orth, "")
        if folded == "":
            text = strings[orth]
            folded = _CAPITALISED_FOLD[orth] = fold(text) if text[:1].isupper() else None
        if folded in keys:
            out.append(doc[i])
    return out


# word hash (spaCy ORTH) -> the folded word if it is capitalised, else None; see `_tokens_folding_to`
_CAPITALISED_FOLD: dict[int, str | None] = {}


def _phrase(tok):
    """The noun phrase headed by `tok` without what is coordinated with it or hangs off it as a
    clause ("China's top diplomat", not "... , and Sergei Lavrov, Russia's foreign minister")."""
    keep = [tok]
    stack = [c for c in tok.children if c.dep_ not in ("conj", "cc", "relcl", "acl", "punct", "appos")]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("conj", "cc", "relcl", "acl"))
    lo, hi = min(t.i for t in keep), max(t.i for t in keep)
    return tok.doc[lo:hi + 1]


def _name_end(ent) -> int:
    """Extend a PERSON span over name particles and the capitalised words after them, which the
    tagger often cuts off ("Ursula von" + "der Leyen", "Mohammed bin Abdulrahman" + "Al Thani")."""
    doc, end = ent.doc, ent.end
    while end < ent.sent.end:
        tok = doc[end]
        after_particle = fold(doc[end - 1].text) in NAME_PARTICLES
        if tok.text in ("-", "‐") and end + 1 < ent.sent.end and not doc[end - 1].whitespace_ and \
                not tok.whitespace_ and doc[end + 1].is_alpha and doc[end + 1].text.islower():
            end += 2  # "Kim Min" + "-seok": the second part of a hyphenated given name
        elif tok.text in ("-", "‐") and end + 1 < ent.sent.end and not doc[end - 1].whitespace_ and \
                not tok.whitespace_ and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper() and \
                doc[end + 1].ent_type_ == "" and not (
                    end + 2 < ent.sent.end and doc[end + 2].pos_ == "NOUN"):
            end += 2  # "Pérez" + "-Castejón", "Al" + "-Mutairi"; not "Xi-Biden meeting"
        elif fold(tok.text) in NAME_PARTICLES and end + 1 < ent.sent.end and doc[end + 1].text[:1].isupper():
            end += 1
        elif after_particle and tok.text[:1].isupper() and tok.pos_ == "PROPN":
            end += 1
        elif end == ent.end and _untagged_family_name(tok):
            end += 1  # "Amir Khan" + "Muttaqi": the tagger left the family name out
        else:
            break
    return end


def _names_after_posts(doc) -> list:
    """Names the tagger missed, anchored on a post right before them: "Minister of Industry and Trade
    Nguyễn Hồng Diên" (the small model reads "Nguyễn" as a verb). The name is two to four capitalised
    words outside any non-person entity, ended by a lower-case word, "and" or punctuation, in a sentence
    that is not a title-case headline. Returns the spans from the post's first word."""
    out = []
    for sent in doc.sents:
        if sum(t.is_lower for t in sent) < 3:
            continue
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            styled = _style_end(doc, i, sent.end)
            if (not _is_title_head(tok.text) and not styled) or tok.ent_type_ == "PERSON":
                i += 1
                continue
            j = styled or i + 1
            while j < sent.end and (is_title_word(doc[j].text) or doc[j].lower_ in ("of", "for", "and")
                                    and j + 1 < sent.end and is_title_word(doc[j + 1].text)):
                j += 1
            j = _past_post_owner(doc, j, sent.end)
            j = _past_post_body(doc, j, sent.end)
            k = j
            while k < sent.end and k - j < 5 and _name_shaped(doc[k].text) and \
                    not is_title_word(doc[k].text) and doc[k].ent_type_ in ("", "PERSON"):
                k += 1
            if j < k < sent.end and _REGNAL.match(doc[k].text):
                k += 1  # "Letsie III", "Sualauvi II": the regnal number closes the name
            ends = k == sent.end or doc[k].is_punct or doc[k].is_lower
            if 2 <= k - j <= 4 and ends and any(doc[m].ent_type_ != "PERSON" for m in range(j, k)) and \
                    not is_namesake_name([t.text for t in doc[j:k]]):
                start = i
                while start > sent.start and is_title_word(doc[start - 1].text):
                    start -= 1
                out.append(doc[start:k])
            i = max(k, i + 1)
    return out


_REGNAL = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$")


def _style_end(doc, i: int, end: int) -> int | None:
    """The token after "His Highness", "Her Excellency", "His Royal Highness" starting at `i`, else None:
    a style of address stands before a name as a post does."""
    if doc[i].lower_ not in STYLE_POSSESSIVES or not doc[i].text[:1].isupper():
        return None
    k = i + 1 + styled_from([t.text for t in doc[i + 1:min(end, i + 3)]], 0)
    return k if k > i + 1 else None


def _past_post_owner(doc, j: int, end: int) -> int:
    """The token after "of [the] <country>" closing a post ("Foreign Minister of Tajikistan X"), else `j`."""
    if j + 1 >= end or doc[j].lower_ != "of":
        return j
    m = j + 2 if doc[j + 1].lower_ == "the" else j + 1
    if m >= end or doc[m].ent_iob_ != "B" or doc[m].ent_type_ not in ("GPE", "NORP"):
        return j
    m += 1
    while m < end and doc[m].ent_iob_ == "I":
        m += 1
    return m


def _past_post_body(doc, j: int, end: int) -> int:
    """The token opening the name after "of|for [the] <body>" closing a post ("Minister for Trade and
    Industry X", "Speaker of the National Assembly X"), else `j`."""
    if j >= end or doc[j].lower_ not in ("of", "for"):
        return j
    stop = j + 1
    while stop < min(end, j + 14) and (doc[stop].text[:1].isupper() and doc[stop].is_alpha
                                       or doc[stop].lower_ in _BODY_CONNECTORS or doc[stop].text in ("-", "‐")):
        stop += 1
    words = [t.text for t in doc[j:stop]]
    for n in range(len(words), 3, -1):  # the longest run first; "X and Y" may end it ("... Ana Lima and Bo Li")
        k = _name_after_body(words[:n], 1)
        if k is not None:
            return j + k
    return j


def _body_start(doc, start: int, floor: int) -> int:
    """The "of|for" after a post that opens the body before a name starting at `start` ("Speaker | of the
    National Assembly | Ana Lima"), else `start`."""
    k = start
    while k > floor and start - k < 12 and (doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha
                                            or doc[k - 1].lower_ in _BODY_CONNECTORS):
        k -= 1
    for p in range(k, start - 1):
        if p - 1 >= floor and doc[p].lower_ in ("of", "for") and is_title_word(doc[p - 1].text) and \
                _name_after_body([t.text for t in doc[p:start + 2]], 1) == start - p:
            return p
    return start


def _runon_parts(ent) -> list | None:
    """A tagger span over two phrases, split: "Ana Lima, Costa" ("During his talks with Ana Lima, Costa
    said") -> two PERSON spans; "the National Assembly Ana Lima" after "Speaker of" -> the body (ORG, if it
    names an organisation) and the PERSON. None if the span is not such a run-on."""
    doc = ent.doc
    post_cut = _post_cut_off(ent)
    if post_cut is not None:
        return [post_cut]
    bodies = _two_bodies(ent)
    if bodies is not None:
        return bodies
    commas = [t.i for t in ent if t.text == ","]
    if len(commas) == 1:
        before, after = doc[ent.start:commas[0]], doc[commas[0] + 1:ent.end]
        if 2 <= len(before) <= 3 and 1 <= len(after) <= 3 and is_given_name(before[0].text) and \
                all(t.text[:1].isupper() and is_name_word(t.text) and not is_title_word(t.text)
                    and t.pos_ == "PROPN" for t in [*before, *after]) and fold(after[-1].text) not in ("jr", "sr"):
            return [Span(doc, before.start, before.end, label="PERSON"), Span(doc, after.start, after.end, label="PERSON")]
        return None
    at = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
    if at >= 2 and doc[at - 1].tag_ == "POS" and doc[at - 2].ent_type_ in ("GPE", "ORG"):
        at -= 2  # "of | Bangladesh's | Power Division X": the owner's name, back to where it starts
        while at > 0 and doc[at].ent_iob_ == "I":
            at -= 1
    if commas or at < 2 or doc[at - 1].lower_ not in ("of", "for") or not is_title_word(doc[at - 2].text):
        return None
    k = _name_after_body([t.text for t in ent], 0)
    if k is None:
        return None
    name = Span(doc, ent.start + k, ent.end, label="PERSON")
    body = doc[ent.start:ent.start + k]
    return [Span(doc, body.start, body.end, label="ORG"), name] if _ORG_WORDS.search(body.text) else [name]


def _two_bodies(ent):
    """"the Ministry of Trade and Industry and the Ministry of Mines": an ORG span over two bodies joined by "and
    the", split in two. None if the span is not such a pair."""
    doc = ent.doc
    if ent.label_ != "ORG":
        return None
    for t in ent[1:-2]:
        if t.lower_ == "and" and doc[t.i + 1].lower_ == "the" and _BODY_WORDS.fullmatch(doc[t.i + 2].text) and \
                _BODY_WORDS.search(doc[ent.start:t.i].text):
            return [Span(doc, ent.start, t.i, label="ORG"), Span(doc, t.i + 1, ent.end, label="ORG")]
    return None


def _post_cut_off(ent):
    """"Mensah and International" + "Trade Minister Kofi Boateng": a span of a name, "and" and the first
    words of the next item's post, which goes on after the span. Returns the name before "and" (same label)."""
    doc = ent.doc
    ands = [t.i for t in ent if t.lower_ == "and"]
    if len(ands) != 1:
        return None
    before, after = doc[ent.start:ands[0]], doc[ands[0] + 1:ent.end]
    post = [t.text for t in after]
    k = ent.end
    while k < ent.sent.end and is_title_word(doc[k].text) and doc[k].text[:1].isupper():
        post.append(doc[k].text)
        k += 1
    if not (1 <= len(before) <= 3 and after and k > ent.end and has_title_head(post[len(after):])):
        return None
    if not all(is_title_word(t.text) for t in after) or \
            not all(t.text[:1].isupper() and is_name_word(t.text) and not is_title_word(t.text) for t in before):
        return None
    return Span(doc, before.start, before.end, label=ent.label_)


def repair_runon_entities(doc) -> None:
    """Split the tagger's run-on PERSON/ORG spans in `doc.ents` (see `_runon_parts`), so that every stage
    reads the name alone."""
    out, changed = [], False
    for ent in doc.ents:
        parts = _runon_parts(ent) if ent.label_ in ("ORG", "PERSON") else None
        cut = (_address_cut_off(ent) or _cut_short_org(ent) or _body_cut_at_and(ent)) if not parts else None
        out.extend(parts or [cut or ent])
        changed = changed or bool(parts) or cut is not None
    if changed:
        doc.ents = out


def _address_cut_off(ent):
    """"Spokesperson for | the Ministry of Foreign Affairs Dr. | Ana Lima": an ORG span the tagger ran on into the
    form of address opening the next name, ended before it."""
    doc, k = ent.doc, ent.end
    if ent.label_ != "ORG" or k >= len(doc) or not doc[k].text[:1].isupper() or not is_name_word(doc[k].text):
        return None
    while k > ent.start + 1 and (_is_honorific(doc[k - 1].text) or doc[k - 1].text == "."):
        k -= 1
    if k == ent.end or not _ORG_WORDS.search(doc[ent.start:k].text):
        return None
    return Span(doc, ent.start, k, label=ent.label_)


def _cut_short_org(ent):
    """"the Office of the Prime | Minister": an ORG span the tagger ended on a compound of the next, untagged
    proper noun, extended to that noun (the name's head)."""
    if ent.label_ != "ORG" or ent.end >= len(ent.doc):
        return None
    last, nxt = ent.doc[ent.end - 1], ent.doc[ent.end]
    if last.dep_ == "compound" and last.head.i == nxt.i and nxt.pos_ == "PROPN" and not nxt.ent_type_ and \
            nxt.text[:1].isupper():
        return Span(ent.doc, ent.start, ent.end + 1, label=ent.label_)
    return None


def _body_cut_at_and(ent):
    """"Kenya's National Office of Hydrocarbons | and Mines": an ORG span of a body's name the tagger ended at the
    "and" inside its domains, extended over the one or two capitalised, untagged nouns conjoined to its last
    word when a lower-case word or punctuation follows them (so not "... and Finance Minister X")."""
    doc, k = ent.doc, ent.end
    if ent.label_ != "ORG" or k + 2 > ent.sent.end or doc[k].lower_ != "and" or " of " not in ent.text or \
            not _BODY_WORDS.search(ent.text.split(" of ", 1)[0]) or not doc[k - 1].text[:1].isupper():
        return None
    j = k + 1
    while j < min(k + 3, ent.sent.end) and doc[j].pos_ in ("PROPN", "NOUN") and not doc[j].ent_type_ and \
            _name_shaped(doc[j].text) and not is_given_name(doc[j].text) and not has_title_head([doc[j].text]):
        j += 1
    if j == k + 1 or j < ent.sent.end and doc[j].text[:1].isupper() or \
            not any(t.dep_ == "conj" and ent.start <= t.head.i < ent.end for t in doc[k + 1:j]):
        return None
    return Span(doc, ent.start, j, label="ORG")


def _is_title_head(word: str) -> bool:
    return has_title_head([word])


def _untagged_family_name(tok) -> bool:
    """A capitalised proper noun right after a person's name, outside any entity and not a post word,
    followed by a lower-case word or punctuation (so not a run of title-case headline words)."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    return tok.pos_ == "PROPN" and not tok.ent_type_ and _name_shaped(tok.text) and \
        doc[tok.i - 1].whitespace_ != "" and not is_title_word(tok.text) and \
        (after is None or after.is_punct or after.text[:1].islower())


_NAME_APOSTROPHES = re.compile(r"(?<=[^\W\d_])['’ʻʼ](?=[^\W\d_])")


def _name_shaped(word: str) -> bool:
    """One capitalised name word: letters, and apostrophes only inside it ("O'Brien", and the
    Polynesian glottal stop of "Fa'asolo", "Tu'ivakano", which leaves a lower-case letter after it)."""
    bare = _NAME_APOSTROPHES.sub("", word)
    return bare.isalpha() and (word.istitle() or bare.istitle())


def _acronym_definitions(text: str):
    """("HTS", "Hayat Tahrir al-Sham") for each "Long Name (ACR)" in the text, in one linear pass:
    only the dozen words before each parenthesis are read."""
    for m in [*_ACRONYM.finditer(text), *_OR_ACRONYM.finditer(text)]:
        letters = [c for c in m["acr"] if c.isalpha()]
        upper = sum(c.isupper() for c in letters)
        if upper < 2 or upper * 2 < len(letters):
            continue  # "(Reuters)" is a credit, "(AfD)" and "(HTS)" are acronyms
        before = text[max(0, m.start() - 160):m.start()]
        # never across a line break: a share row or byline above is no part of the name ("Listen\n\nName (ACR)")
        words = before[before.rfind("\n") + 1:].split()[-12:]
        run: list[str] = []
        for w in reversed(words):
            if not _LONG_FORM_WORD.match(w):
                break
            run.insert(0, w)
        while run and not run[0][:1].isupper():
            run.pop(0)
        if len(run) >= 2:
            # "al-Qaeda-linked Hayat Tahrir al-Sham": the name starts after the qualifier
            long = _QUALIFIER.split(" ".join(run))[-1].strip()
            members = _MEMBERS_OF.match(long)
            if members:
                long = members["body"]  # "Leaders of the Association of Southeast Asian Nations (ASEAN)"
            long = _acronym_expansion(strip_article(long), m["acr"])
            if m.re is _OR_ACRONYM and _initials(long.split()) != m["acr"].replace("&", ""):
                continue  # ", or X" also offers an alternative: only initials that spell it define it
            yield m["acr"], long


def _party_initials(long: str, acronym: str, people: list[str]) -> bool:
    """"Prime Minister Jane Roe (ABC)": a person's name followed by their party's initials, which do not
    spell the name; not the definition of an acronym."""
    letters = re.sub(r"[^A-Za-z]", "", acronym).upper()
    return _initials(long.split()) != letters and any(long.endswith(p) for p in people)


def _initials(words: list[str]) -> str:
    """"Hayat Tahrir al-Sham" -> "HTS": capitalised words and the part after "al-"."""
    out = []
    for w in words:
        w = re.sub(r"^(?:al|el|ad|as|ash|at|az|ar|an)-", "", w)
        if w[:1].isupper():
            out.append(w[0])
    return "".join(out).upper()


def _acronym_expansion(long: str, acronym: str) -> str:
    """The longest tail of `long` whose initials spell the acronym ("Fighters of Hayat Tahrir
    al-Sham" + "HTS" -> "Hayat Tahrir al-Sham"); the whole phrase when none does ("Justice and
    Development Party" for the Turkish "AKP")."""
    words = long.split()
    letters = re.sub(r"[^A-Za-z]", "", acronym).upper()
    for i in range(len(words) - 1):
        if words[i][:1].isupper() and _initials(words[i:]) == letters:
            return " ".join(words[i:])
    return long


def _compound_family_start(token: str, full: list[str]) -> bool:
    """True when `token` opens a compound family name: a middle word of a name of three or more
    words followed by a particle ("Lula da Silva") or by the last word only ("Lopez Obrador")."""
    if len(full) < 3 or token not in full[1:-1] or token in NAME_PARTICLES:
        return False
    i = full.index(token, 1)
    if after_patronymic(full, i):
        return False  # "Hamdan" of "Saif bin Hamdan bin Saeed": the father's name, not a family name
    return full[i + 1] in NAME_PARTICLES or i == len(full) - 2 and len(full) >= 4


def _bare_reference_words(full: str) -> tuple[str, ...]:
    """The words of a full name that stand alone for the person: the last, and the first of a
    family-first name whose given name is hyphenated ("Lee" of "Lee Jae-myung")."""
    tokens = name_token_tuple(full)
    if len(tokens) == 2 and "-" in tokens[1]:
        return tokens[0], tokens[-1]
    return tokens[-1:]


def _person_key(name: str) -> str:
    return Entity(name=name, type=PERSON).key


@memo_short
def _free_tokens(name: str) -> tuple[str, ...]:
    """`_address_free(name_tokens(name))` as a tuple, memoised: every mention of an article is
    compared with every person the article names."""
    return _address_free(name_token_tuple(name))


def _address_free(tokens: Sequence[str]) -> Sequence[str]:
    """Name tokens without a leading form of address ("prince abdulaziz" -> "abdulaziz"), unless
    nothing else is left."""
    i = 0
    while i < len(tokens) - 1 and (tokens[i] in ADDRESS_ONLY or tokens[i] in _NAME_ABBREVIATIONS):
        i += 1
    return tokens[i:]


# "Md. Touhid Hossain", "Mohd Najib": an abbreviated "Muhammad" that short references leave out ("Touhid")
_NAME_ABBREVIATIONS = frozenset({"md", "mohd", "muhd"})


def _partial_match(part: Sequence[str], full: Sequence[str], *, given_first: bool = False) -> bool:
    """"shoigu" or "tayyip erdogan" is a part of "recep tayyip erdogan" (family name equal or variant).

    `given_first` also accepts a lone given name ("anwar" of "anwar ibrahim", "abdulaziz" of
    "abdulaziz bin salman"): only used inside one article, where the full name is in sight.
    """
    if given_first and len(part) == 1 and len(full) >= 2 and part[0] == full[0] and len(part[0]) >= 3 and \
            (len(full) == 2 or full[1] in NAME_PARTICLES):
        return True
    if given_first and len(part) == 1 and len(full) >= 3 and part[0] == full[0] and len(part[0]) >= 4:
        # "President Samia" of "Samia Suluhu Hassan": a given name used with a post or honorific; the
        # chiefly title that heads a Samoan or Tongan name and stands for the bearer ("Tuilaepa" of
        # "Tuilaepa Sailele Malielegaoi"); the caller asks that only one person of the article fits
        return True
    if given_first and len(part) == 1 and len(full) == 3 and part[0] == full[1] and len(part[0]) >= 4:
        return True  # "Petro" of "Gustavo Petro Urrego", "Sánchez" of "Pedro Sánchez Pérez-Castejón"
    if not part or len(part) > len(full):
        return False
    if _initialled_match(part, full):
        return True
    if given_first and 2 <= len(part) < len(full) - 1 and tuple(full[1:1 + len(part)]) == tuple(part):
        return True  # "Van Klaveren" of "Alberto van Klaveren Stork": the family name without the mother's
    if given_first and len(part) == len(full) and tuple(part[:-1]) == tuple(full[:-1]) and \
            full[-1].startswith(part[-1] + "-"):
        return True  # "Kim Min" of "Kim Min-seok": the tagger cut the name at the hyphen
    if len(part) == len(full):
        return all(token_variants(a, b) for a, b in zip(part, full)) and \
            translit_key(part[-1])[:1] == translit_key(full[-1])[:1]
    if len(part) >= 2 and tuple(full[:len(part)]) == tuple(part) and (full[len(part)] in NAME_PARTICLES
                                                                       or given_first):
        # "Mohammed bin Salman" of "Mohammed bin Salman Al Saud", "Ursula von" of "... der Leyen"; within an
        # article also the name without its last part ("Hassan Sheikh" of "Hassan Sheikh Mohamud")
        return True
    if len(part) == 1:
        # Family name last ("Shoigu") or first ("Kim", "Xi" in East Asian order), or the first part of
        # a compound family name ("Lula" of "Luiz Inacio Lula da Silva", "Lopez" of "... Lopez Obrador")
        # (a family name in another romanisation too: "Kulubayev" of "Zheenbek Kulubaev")
        # ("Hamad" is not "Jassim bin Hamad": a father's name after "bin" never stands for the bearer)
        family_last = not after_patronymic(full, len(full) - 1) and (
            part[0] == full[-1] or len(part[0]) >= 6 and translit_key(part[0]) == translit_key(full[-1]))
        return family_last or (part[0] == full[0] and len(full) in (2, 3) and len(part[0]) <= 4) or \
            _compound_family_start(part[0], full)
    return token_variants(part[-1], full[-1]) and all(p in full[:-1] for p in part[:-1])


def _initialled_match(part: Sequence[str], full: Sequence[str]) -> bool:
    """"U. Batbold" or "U.Batbold" of "Batbold Ulziibayar", "K. Osmonov" of "Kanat Osmonov": one name and the
    initial of another name of the bearer, in either order (the Mongolian style puts the father's initial first)."""
    if len(part) != 2 or len(full) < 2 or (len(part[0]) == 1) == (len(part[1]) == 1):
        return False
    initial, word = sorted(part, key=len)
    return word in full and any(t != word and t[:1] == initial for t in full)


def _has_initial(name: str) -> bool:
    return any(len(t) == 1 for t in _free_tokens(name))


# ---- corpus-wide unification ----------------------------------------------------------------------

class _UnionFind:
    def __init__(self, items) -> None:
        self.parent = {i: i for i in items}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller root wins, so the result does not depend on the order of unions.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _group_key(ent: Entity) -> tuple[str, str]:
    """Entities of different kinds never merge; countries merge by ISO code."""
    if ent.type == COUNTRY and ent.country:
        return (COUNTRY, ent.country)
    if ent.type == PLACE:
        return (PLACE, ent.country or "")
    return (ent.type, "")


def _family_classes(families: list[str]) -> dict[str, str]:
    """Group family names that are spellings of one another ("shoigu"/"shoygu", "zelensky"/"zelenskyy")."""
    uf = _UnionFind(families)
    by_initial: dict[str, list[str]] = {}
    for fam in families:
        by_initial.setdefault(translit_key(fam)[:1], []).append(fam)  # "zhaparov" with "japarov"
    for group in by_initial.values():
        group.sort(key=len)
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if len(b) - len(a) > 2:
                    break  # sorted by length: no closer spelling further on
                if (a == b or len(a) >= 5 or len(b) >= 5) and token_variants(a, b):
                    uf.union(a, b)
    return {f: uf.find(f) for f in families}


def _cluster_people(names: list[str]) -> dict[str, str]:
    """Map each person name to a cluster representative: full names by guarded fuzzy match,
    then bare names (one token) to the single full-name cluster they fit, if exactly one does.

    Only names whose family names are spellings of each other are compared, and the clan-name
    rule ("Mohammed bin Salman" in "Mohammed bin Salman Al Saud") is an exact look-up, so this
    stays fast on large corpora.
    """
    # "Prince Abdulaziz" is matched as "Abdulaziz": a form of address is not part of the name
    tokens = {n: tuple(_address_free(name_tokens(n))) for n in names}
    full = sorted(n for n in names if len(tokens[n]) >= 2)
    bare = sorted(n for n in names if len(tokens[n]) == 1)
    family = _family_classes(sorted({tokens[n][-1] for n in full}))
    blocks: dict[str, list[str]] = {}
    for n in full:
        blocks.setdefault(family[tokens[n][-1]], []).append(n)
    uf = _UnionFind(full)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                ta, tb = tokens[a], tokens[b]
                if uf.find(a) != uf.find(b) and (given_names_match(list(ta[:-1]), list(tb[:-1])) or
                                                 _partial_match(list(ta), list(tb)) or
                                                 _partial_match(list(tb), list(ta))):
                    uf.union(a, b)
    by_tokens: dict[tuple[str, ...], list[str]] = {}
    for n in full:
        by_tokens.setdefault(tokens[n], []).append(n)
    for n in full:
        t = tokens[n]
        for k in range(2, len(t)):
            if t[k] in NAME_PARTICLES:
                for other in by_tokens.get(t[:k], []):
                    uf.union(other, n)
    rep = {n: uf.find(n) for n in full}
    by_token: dict[str, list[str]] = {}
    for n in full:
        for tok in {tokens[n][0], tokens[n][-1]}:
            by_token.setdefault(tok, []).append(n)
    for n in bare:
        clusters = {rep[f] for f in by_token.get(tokens[n][0], []) if _partial_match(list(tokens[n]), list(tokens[f]))}
        if not clusters:
            # a given name before a clan particle ("Abdulaziz" of "Abdulaziz bin Salman"), if only one fits
            clusters = {rep[f] for f in by_token.get(tokens[n][0], []) if tokens[f][1:2] and
                        tokens[f][1] in NAME_PARTICLES and _partial_match(list(tokens[n]), list(tokens[f]),
                                                                          given_first=True)}
        rep[n] = clusters.pop() if len(clusters) == 1 else n
    return rep


def _cluster_by_alias(ents: list[Entity]) -> dict[str, str]:
    """Organisations, places and groups: one cluster when a name of one is a name of the other."""
    keys = sorted({e.key for e in ents})
    uf = _UnionFind(keys)
    owner: dict[tuple[str, str], str] = {}
    for e in sorted(ents, key=lambda e: e.key):
        for form in sorted({e.name, *e.aliases}):
            k = (name_key(form), e.country or "")
            if k in owner:
                uf.union(owner[k], e.key)
            else:
                owner[k] = e.key
    return {k: uf.find(k) for k in keys}


def _canonical_name(forms: Counter, kind: str) -> str:
    """Most complete, then most frequent form; ties broken alphabetically (deterministic)."""
    if kind == PERSON:
        return max(forms, key=lambda f: (name_score(f)[0], forms[f], name_score(f)[1], f))
    return max(forms, key=lambda f: (forms[f], len(f), f))


def unify_entities(results: list[ArticleResult]) -> list[ArticleResult]:
    """One canonical entity per real-world actor across articles; returns rewritten copies.

    People match by guarded fuzzy names (transliterations, accents, partial names; a bare
    surname joins only when exactly one person fits); organisations, places and groups match
    when one's name is a name of the other; countries by ISO code. The canonical name is the
    most complete, most frequent form; every Participant, place and RoleFact points to the
    canonical objects, with aliases merged. Independent of the order of `results`.
    """
    everything = [e for r in results for e in r.all_entities()]
    # a form counts once per article that uses it: one article repeating a spelling is one vote
    votes = {(i, id(e)): e.name for i, r in enumerate(results) for e in r.all_entities()}
    by_group: dict[tuple[str, str], list[Entity]] = {}
    for e in everything:
        by_group.setdefault(_group_key(e), []).append(e)

    cluster_of: dict[int, tuple] = {}  # id(entity) -> cluster id
    for gkey, ents in by_group.items():
        if gkey[0] == PERSON:
            rep = _cluster_people(sorted({e.name for e in ents}))
            for e in ents:
                cluster_of[id(e)] = (gkey, rep[e.name])
        elif gkey[0] == COUNTRY and gkey[1]:
            for e in ents:
                cluster_of[id(e)] = (gkey, gkey[1])
        else:
            rep = _cluster_by_alias(ents)
            for e in ents:
                cluster_of[id(e)] = (gkey, rep[e.key])

    members: dict[tuple, list[Entity]] = {}
    for e in everything:
        members.setdefault(cluster_of[id(e)], []).append(e)
    forms_of: dict[tuple, Counter] = {}
    seen_votes: set[tuple] = set()
    for (i, eid), name in votes.items():
        cid = cluster_of[eid]
        if (i, cid, name) not in seen_votes:
            seen_votes.add((i, cid, name))
            forms_of.setdefault(cid, Counter())[name] += 1
    canonical: dict[tuple, Entity] = {}
    for cid, ents in members.items():
        forms = forms_of[cid]
        name = _canonical_name(forms, ents[0].type)
        aliases = set().union(*(e.aliases | {e.name} for e in ents)) - {name}
        countries = sorted({e.country for e in ents if e.country})
        wikidata = sorted({e.wikidata for e in ents if e.wikidata})
        canonical[cid] = Entity(name=name, type=ents[0].type, aliases=aliases,
                                country=countries[0] if len(countries) == 1 else None,
                                wikidata=wikidata[0] if len(wikidata) == 1 else None)

    def canon(e: Entity | None) -> Entity | None:
        return None if e is None else canonical[cluster_of[id(e)]]

    out = []
    for r in results:
        events = [dataclasses.replace(ev, participants=[dataclasses.replace(p, entity=canon(p.entity))
                                                        for p in ev.participants], place=canon(ev.place))
                  for ev in r.events]
        roles = [dataclasses.replace(rf, person=canon(rf.person), of=canon(rf.of)) for rf in r.roles]
        seen: dict[str, Entity] = {}
        for e in r.all_entities():
            c = canon(e)
            seen.setdefault(c.key, c)
        out.append(dataclasses.replace(r, entities=list(seen.values()), events=events, roles=roles))
    return out


# Dependencies a name's word gets when the parser read it as a function word ("To" of "To Minh Khoa" as a
# preposition).
_FUNCTION_DEPS = frozenset({"prep", "agent", "aux", "auxpass", "mark", "det", "advmod", "case", "intj", "dep",
                            "cc", "pobj", "punct", "npadvmod", "nmod", "poss", "predet"})
# ... and those of a word standing for the whole name in the clause ("He" of "He Weiming met X" as subject).
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "dative", "ROOT"})


def _function_word_names(ents) -> set[tuple[str, ...]]:
    """Word sequences of the article's people whose name holds a title-case stop word ("To Minh Khoa", "Do
    Quoc Bao", "He Weiming"): the words the parser misreads wherever the name recurs."""
    names = set()
    for ent in ents:
        if ent.label_ == "PERSON" and _name_word_read_as_function_word(ent, tagged_proper=True):
            ent = Span(ent.doc, ent.start - 1, ent.end, label="PERSON")
        words = tuple(t.text for t in ent)
        if ent.label_ == "PERSON" and len(ent) >= 2 and all(t.is_alpha and t.text.istitle() for t in ent) and \
                any(t.is_stop and len(t) <= 3 for t in ent) and all(len(t) <= 3 or not t.is_stop for t in ent) and \
                not any(is_title_word(w) or strip_honorifics(w) == "" for w in words):
            names.add(words)
    return names


def _occurrences(doc, names: set[tuple[str, ...]]):
    """(start, end) of every recurrence of a name's words, not run on into a further capitalised word."""
    firsts = {n[0]: [m for m in names if m[0] == n[0]] for n in names}
    for tok in doc:
        for name in firsts.get(tok.text, ()):
            end = tok.i + len(name)
            if end <= len(doc) and tuple(t.text for t in doc[tok.i:end]) == name and \
                    not (end < len(doc) and doc[end].is_alpha and doc[end].text.istitle() and doc[end - 1].whitespace_) \
                    and not (tok.i > 0 and doc[tok.i - 1].is_alpha and doc[tok.i - 1].text.istitle() and
                             not is_title_word(doc[tok.i - 1].text) and not doc[tok.i - 1].is_sent_start):
                yield tok.i, end


def _rehang_name(doc, start: int, end: int) -> None:
    """Make a name the parser broke ("Lee and To Minh Khoa met": 'To' a preposition, 'Khoa' its object) one flat
    proper noun: its last word takes the name's place in the tree, the others are its compounds.
    A post right before the name ("General Secretary To Minh Khoa held") becomes the name's compound; a word the
    parser hung under the name ("Ruto" of "Ruto and He Weiming met") takes the name's place instead.
    The parse is left as it was if the change would move a sentence boundary."""
    sent = doc[start].sent
    saved = [(t, t.head.i, t.dep_, t.pos_, t.tag_) for t in sent]
    starts = [t.is_sent_start for t in doc]
    inside = range(start, end)
    last = doc[end - 1]
    outer = [t for t in doc[start:end] if t.head.i not in inside or t.head.i == t.i]
    nominal = [t for t in outer if t.dep_ in _NOMINAL_DEPS]  # "He" of "Ruto and He Weiming met" as subject
    anchor = last if last in (nominal or outer) else (nominal or outer)[0]
    head, dep = anchor.head, anchor.dep_
    under = head.i not in inside and any(t.is_ancestor(head) for t in doc[start:end])
    if under:
        # the name's other outward word says where the pair stands ("Weiming" -> "met")
        away = [t for t in outer if t.head.i not in inside and not any(u.is_ancestor(t.head) for u in doc[start:end])]
        if not away:
            return
        up, up_dep = away[0].head, away[0].dep_
        if up_dep in _FUNCTION_DEPS or up_dep in ("auxpass", "aux"):
            up_dep = "nsubj" if up.i > last.i and up.pos_ in ("VERB", "AUX") else "dobj"
    before = doc[start - 1] if start > sent.start else None
    if not under and anchor is not last and dep in _FUNCTION_DEPS:
        if before is not None and head.i == before.i and before.pos_ in ("PROPN", "NOUN"):
            # "Secretary To Minh Khoa": the name stands where the post stood, the post modifies it
            head, dep = (before.head, before.dep_) if before.head.i != before.i else (last, "ROOT")
            before.head, before.dep_ = last, "compound"
        elif before is not None and before.pos_ == "ADP" and not any(c.dep_ == "pobj" for c in before.children):
            head, dep = before, "pobj"  # "for To Minh Khoa": the preposition left without its object
        elif dep in ("prep", "aux", "mark", "advmod", "dep", "intj"):
            dep = "nsubj" if head.i > last.i and head.pos_ in ("VERB", "AUX") else "appos" \
                if head.pos_ in ("PROPN", "NOUN") else "dobj" if head.pos_ == "VERB" else "dep"
    if head.i in inside:
        head = last
    for tok in doc[start:end]:
        for child in list(tok.children):
            if child.i not in inside and not (under and child.i == head.i):
                child.head = last  # the words hung on a misread word belong to the name
    if under:
        head.head, head.dep_ = up, up_dep
    for tok in doc[start:end - 1]:
        tok.head, tok.dep_, tok.pos_, tok.tag_ = last, "compound", "PROPN", "NNP"
    last.head, last.dep_, last.pos_, last.tag_ = head if head.i != last.i else last, dep, "PROPN", "NNP"
    if [t.is_sent_start for t in doc] != starts:
        for tok, h, d, p, g in saved:
            tok.head, tok.dep_, tok.pos_, tok.tag_ = doc[h], d, p, g


def mend_function_word_names(doc) -> None:
    """Wherever the words of a person's name holding a stop word recur ("To Minh Khoa", "Do Quoc Bao"), tag them
    PERSON and repair the parse around them (`_rehang_name`); the tagger found the name at least once."""
    names = _function_word_names(_joined_people(doc.ents))
    if not names:
        return
    ents, changed = list(doc.ents), False
    for start, end in _occurrences(doc, names):
        overlapping = [e for e in ents if e.start < end and start < e.end]
        if any(e.start < start or e.end > end for e in overlapping):
            continue  # part of a longer name ("To Minh Khoa Foundation")
        if not any(e.start == start and e.end == end and e.label_ == "PERSON" for e in overlapping):
            ents = [e for e in ents if e not in overlapping] + [Span(doc, start, end, label="PERSON")]
            changed = True
        if any(t.pos_ != "PROPN" or (t.i < end - 1 and t.head.i not in range(start, end)) for t in doc[start:end]):
            _rehang_name(doc, start, end)
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


_MAX_COUNTRY_WORDS = 6  # "the United Republic of Tanzania", "the Lao People's Democratic Republic"


def _name_after(doc, j: int) -> int:
    """End of the name that starts at token `j`: capitalised words (an inner hyphen kept, "Kassym-Jomart"),
    forms of address included ("HE Ana Lima"); `j` when there is none."""
    end = j
    while end < len(doc):
        tok = doc[end]
        if tok.text in ("-", "‐") and end > j and not doc[end - 1].whitespace_ and not tok.whitespace_:
            end += 1
            continue
        if not (tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ") and not tok.is_punct) or \
                tok.ent_type_ in ("DATE", "TIME", "CARDINAL") or is_title_word(tok.text):
            break
        end += 1
    return end


def mend_post_of_country_names(doc, gazetteer: Gazetteer) -> None:
    """"President of the Republic of X Ana Lima met ...": the style of state news agencies, which the parser reads
    as one "of" phrase ending in the name. The name becomes the post's appositive ("President of the Republic of X,
    Ana Lima,") and a PERSON entity; the country stays the post's "of" object. Left as it was if a sentence
    boundary would move."""
    ents, changed = list(doc.ents), False
    for post in doc:
        of = post.nbor(1) if post.i + 1 < len(doc) else None
        if of is None or of.lower_ != "of" or of.head.i != post.i or not has_title_head([post.text]) or \
                not post.text[:1].isupper():
            continue
        start = of.i + 2 if of.i + 1 < len(doc) and doc[of.i + 1].lower_ == "the" else of.i + 1
        country_end = next((j for j in range(min(len(doc), start + _MAX_COUNTRY_WORDS), start, -1)
                            if gazetteer.country_by_name(doc[start:j].text) is not None), None)
        if country_end is None:
            continue
        end = _name_after(doc, country_end)
        names = [t for t in doc[country_end:end] if t.is_alpha and strip_honorifics(t.text)]
        last = doc[end - 1] if end > country_end else None
        if len(names) < 2 or last is None or not of.is_ancestor(last) or \
                any(e.start < end and country_end < e.end and e.label_ not in _NAME_LABELS for e in ents):
            continue
        the = of.i + 1 if start > of.i + 1 else start
        if _hang_as_appositive(doc, post, of, doc[the:country_end], doc[country_end:end]):
            ents = _cut_entities(doc, ents, country_end, end) + [Span(doc, country_end, end, label="PERSON")]
            changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _cut_entities(doc, ents, start: int, end: int) -> list:
    """`ents` without tokens `start`..`end`: a span reaching in from the left ends at `start`, spans inside go."""
    out = []
    for e in ents:
        if e.end <= start or e.start >= end:
            out.append(e)
        elif e.start < start:
            out.append(Span(doc, e.start, start, label=e.label_))
    return out


def _company_named_by_post(words: list[str], person_words: frozenset[str]) -> bool:
    """A tagger's ORG of two words whose first is a post and whose second is no one's name ("General Motors",
    "Duke Energy", "King Power", "Captain Fresh"): a company. "Minister Okafor" tagged ORG stays a person when
    the article names anyone with that word or it is a given name."""
    return len(words) == 2 and _is_title_head(words[0]) and words[0][:1].isupper() and words[1][:1].isupper() and \
        words[1].isalpha() and not is_given_name(words[1]) and fold(words[1]) not in person_words


def mend_joined_country_names(doc, gazetteer: Gazetteer) -> None:
    """A country named by two names joined by "and" ("Trinidad and Tobago", "Antigua and Barbuda", "Saint Vincent
    and the Grenadines"), which the tagger splits into two entities or runs into the next one ("Nevis and
    Barbados"): one GPE span, read as one proper noun; what ran on past it keeps its label."""
    ents, spans = list(doc.ents), []
    for tok in doc:
        if tok.lower_ != "and" or tok.i == 0 or not doc[tok.i - 1].text[:1].isupper() or \
                any(a <= tok.i < b for a, b in spans):
            continue
        sent = tok.sent
        found = max(((s, e) for s in range(max(sent.start, tok.i - 3), tok.i)
                     for e in range(tok.i + 2, min(sent.end, tok.i + 5) + 1)
                     if doc[s].text[:1].isupper() and doc[e - 1].text[:1].isupper() and
                     gazetteer.country_by_name(doc[s:e].text) is not None),
                    key=lambda se: se[1] - se[0], default=None)
        if found is None:
            continue
        start, end = found
        spans.append(found)
        kept = []
        for e in ents:
            if e.end <= start or e.start >= end:
                kept.append(e)
                continue
            if e.start < start:
                kept.append(Span(doc, e.start, start, label=e.label_))
            rest = end + 1 if e.end > end + 1 and doc[end].lower_ in ("and", ",") else end
            if e.end > rest and doc[rest].text[:1].isupper():
                label = "GPE" if gazetteer.country_by_name(doc[rest:e.end].text) is not None else e.label_
                kept.append(Span(doc, rest, e.end, label=label))
        ents = kept + [Span(doc, start, end, label="GPE")]
    if spans:
        doc.ents = sorted(ents, key=lambda e: e.start)
        for start, end in spans:
            _rehang_name(doc, start, end)


# Posts held "to" or "for" a country, written before the holder's name ("Ambassador to Kenya Zhou Ping",
# "Special Envoy for Sudan Tom Harlan", "High Commissioner to Ghana Ravi Menon").
_POST_TO = frozenset({"to", "for"})


def mend_post_to_country_names(doc, gazetteer: Gazetteer) -> None:
    """"Ambassador to Kenya Zhou Ping": the tagger reads the country and the name as one entity ("Kenya Zhou
    Ping", PERSON or ORG). The country becomes a GPE and the two or more name words after it a PERSON."""
    ents, changed = list(doc.ents), False
    for n, ent in enumerate(ents):
        if ent.label_ not in ("PERSON", "ORG") or ent.start < 2 or doc[ent.start - 1].lower_ not in _POST_TO or \
                not _is_title_head(doc[ent.start - 2].text):
            continue
        cut = next((j for j in range(min(ent.end - 2, ent.start + _MAX_COUNTRY_WORDS), ent.start, -1)
                    if gazetteer.country_by_name(doc[ent.start:j].text) is not None), None)
        if cut is None or not all(t.is_alpha and t.text[:1].isupper() or t.text in ("-", "‐") for t in doc[cut:ent.end]):
            continue
        ents[n:n + 1] = [Span(doc, ent.start, cut, label="GPE"), Span(doc, cut, ent.end, label="PERSON")]
        changed = True
    if changed:
        doc.ents = ents


def _hang_as_appositive(doc, post, of, country, name) -> bool:
    """Re-hang `country` (with its "the") under `of` and `name` as `post`'s appositive; False, with the parse
    untouched, if that would move a sentence boundary."""
    sent = post.sent
    saved = [(t, t.head.i, t.dep_, t.pos_, t.tag_) for t in sent]
    starts = [t.is_sent_start for t in doc]
    inside = range(country.start, country.end)
    root = next(t for t in country if t.lower_ != "the" and (t.head.i not in inside or t.head.i == t.i))
    last = name[-1]
    for tok in country:
        if tok is not root and tok.head.i not in inside:
            tok.head = root
    root.head, root.dep_ = of, "pobj"
    for tok in name[:-1]:
        tok.head, tok.dep_ = last, "punct" if tok.is_punct else "compound"
    last.head, last.dep_, last.pos_, last.tag_ = post, "appos", "PROPN", "NNP"
    if [t.is_sent_start for t in doc] != starts:
        for tok, h, d, p, g in saved:
            tok.head, tok.dep_, tok.pos_, tok.tag_ = doc[h], d, p, g
        return False
    return True


# ---- names the tagger cut or misread (issue 3, session 10) -------------------------------------------------

# The last word of a body's portfolio ("... and International Cooperation", "... and Diaspora Affairs", "... and
# Mines"): a domain noun, never a person's or company's name.
def _domain_word(word: str) -> bool:
    return fold(word) in TITLE_MODIFIERS or bool(_BODY_WORD_END.search(fold(word)))


# Adjectives of a portfolio that need their noun: a body's name never ends on one ("Ministry of Foreign").
_OPEN_PORTFOLIO = frozenset("foreign home internal external economic social public international national regional".split())


def _cut_body_join(doc, a, b, gazetteer: Gazetteer) -> bool:
    """Whether the ORG span `a` and the next span `b` are one body's name the tagger cut at its "of" or "and":
    "the Ministry of Foreign Affairs of | Chile", "the National Grid of | Ghana" (a country after "of"), "the
    Ministry of Foreign Affairs and | International Cooperation", "Ministry of Foreign | and | Diaspora Affairs"
    (a portfolio after "and", not another body, a company or a person)."""
    if a.label_ != "ORG" or a.sent.start != b.sent.start or len(a) < 2:
        return False
    gap = [t.lower_ for t in doc[a.end:b.start]]
    described = _BODY_WORDS.search(a.text) or a[0].lower_ == "the" or a.start > 0 and doc[a.start - 1].lower_ == "the"
    if a[-1].lower_ == "of" and gap in ([], ["the"]) or gap in (["of"], ["of", "the"]) and described:
        return b.label_ == "GPE" and gazetteer.country_by_name(strip_article(b.text)) is not None
    if gap == ["and"]:
        joins = fold(a[-1].text) in _OPEN_PORTFOLIO  # "Ministry of Foreign | and | Diaspora Affairs"
    else:  # "Ministry of Foreign Affairs and | International Cooperation"
        joins = a[-1].lower_ == "and" and not gap and all(_domain_word(t.text) or t.lower_ in _BODY_CONNECTORS for t in b)
    after = doc[b.end] if b.end < len(doc) else None
    return bool(joins and b.label_ == "ORG" and _BODY_WORDS.search(a.text) and " of " in f" {a.text} "
                and not _ORG_WORDS.search(b.text) and _domain_word(b[-1].text)
                and all(t.text[:1].isupper() or t.lower_ in _BODY_CONNECTORS for t in b)
                and not (after is not None and after.text[:1].isupper() and after.is_alpha))


def mend_cut_bodies(doc, gazetteer: Gazetteer) -> None:
    """Join the tagger's pieces of one body's name (see `_cut_body_join`) into one ORG span in `doc.ents`, so the
    ministry keeps its whole name and its country ("Ministry of Foreign Affairs of Peru")."""
    ents, out, changed = list(doc.ents), [], False
    for ent in ents:
        if out and _cut_body_join(doc, out[-1], ent, gazetteer):
            out[-1], changed = Span(doc, out[-1].start, ent.end, label="ORG"), True
        else:
            out.append(ent)
    if changed:
        doc.ents = out


# Head nouns of a body whose name goes on with "for"/"of" and its remit ("Office for National Statistics",
# "Agency for International Development", "Commission for Africa", "Bureau of Standards").
_REMIT_BODIES = frozenset("""office agency commission council committee authority bureau directorate institute
    centre center foundation fund board secretariat service department ministry observatory""".split())
_NAME_CONNECTORS = frozenset({"and", "of", "&"})


def _name_word(tok) -> bool:
    """A capitalised word that may go on a body's name: no person's name, date or post."""
    return tok.text[:1].isupper() and tok.text.replace("-", "").isalpha() and \
        tok.ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL") and not _is_title_head(tok.text)


# Endings of the abstract nouns a remit is made of ("Information", "Development", "Security", "Tourism", "Culture")
_REMIT_NOUN_END = re.compile(r"(?:tions?|sions?|ments?|ity|ities|ism|ure|ship|ances?|ences?|ics)$")


def _cut_remit_word(doc, i: int) -> bool:
    """Whether the one-word span the tagger made of `doc[i]` is the last item of a body's remit it cut off ("the
    Ministry of Information and | Media", "... of Planning and | Development"): a portfolio word or an abstract
    noun, not a name ("and | UNICEF", "and | Siemens")."""
    word = doc[i].text
    alone = i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I"
    return alone and not word.isupper() and (fold(word) in _PORTFOLIO_WORDS or bool(_REMIT_NOUN_END.search(word)))


def _remit_end(doc, j: int, end: int) -> int:
    """Where the capitalised remit from `j` ends ("National Statistics", "Trade and Industry"): over name words and
    connectors joining two of them, not over an "and" before the next tagged name ("... for Trade and Kenya
    Airways") or before a post ("... of Trade and Finance Minister X")."""
    k = j
    while k < end:
        if _name_word(doc[k]):
            k += 1
        elif doc[k].lower_ in _NAME_CONNECTORS and k > j and k + 1 < end and _name_word(doc[k + 1]) and \
                not (doc[k].lower_ != "of" and doc[k + 1].ent_iob_ == "B" and not _cut_remit_word(doc, k + 1)):
            k += 1
        else:
            break
    while k > j and doc[k - 1].lower_ in _NAME_CONNECTORS:
        k -= 1
    if k < end and _is_title_head(doc[k].text):
        connectors = [i for i in range(j, k) if doc[i].lower_ in _NAME_CONNECTORS]
        k = connectors[-1] if connectors else j  # the post's own portfolio, not the body's
    return k


def _remit_span(doc, i: int) -> tuple[int, int] | None:
    """The tokens of a body's name around the capitalised body noun at `i` that a lower-case "for"/"of" and a
    capitalised remit follow ("the Royal Office for Media", "the Agency for International Development"), or None.
    A possessive after the remit ("the Council for Africa's ...") or a lone "the" leaves it alone."""
    tok, end = doc[i], doc[i].sent.end
    if fold(tok.text) not in _REMIT_BODIES or not tok.text[:1].isupper() or i + 2 >= end or \
            doc[i + 1].text not in ("for", "of") or tok.ent_type_ == "PERSON":
        return None
    j = i + 2 + (doc[i + 2].lower_ == "the")
    k = _remit_end(doc, j, end)
    if k == j or k < len(doc) and doc[k].tag_ == "POS":
        return None
    start = i
    while start > tok.sent.start and _name_word(doc[start - 1]) and doc[start - 1].ent_type_ != "GPE":
        start -= 1
    return start, k


def mend_body_remits(doc) -> None:
    """A body's name with its "for"/"of" remit the tagger cut or missed ("the Royal Office | for Media", "the Agency
    for | International Development") as one ORG span in `doc.ents`; spans inside it go, a leading "the" of the
    tagger's span stays, and nothing changes where a tagged span reaches out of it."""
    ents, changed = list(doc.ents), False
    for i, tok in enumerate(doc):
        found = _remit_span(doc, i)
        if found is None:
            continue
        start, end = found
        inside = [e for e in ents if e.start < end and e.end > start]
        if any(e.end > end or e.start < start and not (e.start == start - 1 and doc[e.start].lower_ == "the")
               for e in inside) or any(e.start <= start and e.end == end and e.label_ == "ORG" for e in inside):
            continue
        start = min([start, *(e.start for e in inside)])
        ents = [e for e in ents if e not in inside] + [Span(doc, start, end, label="ORG")]
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


# The "of" of names in French, Spanish, Portuguese and Italian ("Banco do Brasil", "Electricité de France"), and the
# articles that may follow it ("Compagnie de la ...").
_NAME_PARTICLES_OF = frozenset({"de", "du", "des", "do", "da", "dos", "das", "del", "della", "di", "d'", "d’"})
_PARTICLE_ARTICLES = frozenset({"la", "las", "los", "le", "les", "l'", "l’"})


def _capitalised_name_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha and tok.ent_type_ not in ("PERSON", "DATE", "TIME")


def _particle_name_end(doc, i: int, end: int) -> int:
    """Where a name of capitalised words joined by "de"/"du"/"do" ... from `i` ends ("Societe des Eaux du Niger"),
    or `i` when no particle joins two capitalised words there."""
    k, last = i, i
    while k < end and _capitalised_name_word(doc[k]):
        k += 1
    while k > i and k < end and fold(doc[k].text) in _NAME_PARTICLES_OF:
        j = k + 1 + int(k + 1 < end and fold(doc[k + 1].text) in _PARTICLE_ARTICLES)
        if not (j < end and _capitalised_name_word(doc[j])):
            break
        k = j
        while k < end and _capitalised_name_word(doc[k]):
            k += 1
        last = k
    return last


def mend_particle_org_names(doc, gazetteer: Gazetteer) -> None:
    """A name in a Romance language joined by "de"/"du"/"do"/"del" that the tagger cut or missed ("Energie du | Mali",
    "Banco do | Nordeste", "Petroleos de | Venezuela") as one ORG span in `doc.ents`. Not a person's name (a given
    name before the particle: "Ana de Souza"), a place ("Rio de Janeiro"), a venue the tagger saw ("Palacio de
    Congresos"), or where a tagged span reaches out of it."""
    ents, changed, i = list(doc.ents), False, 0
    while i < len(doc):
        tok = doc[i]
        if not (tok.text[:1].isupper() and tok.is_alpha) or i > 0 and doc[i - 1].text[:1].isupper() and \
                doc[i - 1].is_alpha:
            i += 1
            continue
        end = _particle_name_end(doc, i, tok.sent.end)
        span = doc[i:end]
        particles = [t.i for t in span if fold(t.text) in _NAME_PARTICLES_OF]
        inside = [e for e in ents if e.start < end and e.end > i]
        if not particles or any(is_given_name(t.text) or _is_title_head(t.text) for t in doc[i:particles[0]]) or \
                gazetteer.place(span.text) is not None or \
                any(e.start < i and not (e.start == i - 1 and doc[e.start].lower_ == "the") or e.end > end
                    or e.label_ in ("PERSON", "FAC", "LOC") or e.label_ == "GPE" and e.start == i for e in inside):
            i = max(end, i + 1)
            continue
        if not (len(inside) == 1 and (inside[0].start, inside[0].end) == (i, end) and inside[0].label_ == "ORG"):
            start = min([i, *(e.start for e in inside)])
            ents = [e for e in ents if e not in inside] + [Span(doc, start, end, label="ORG")]
            changed = True
        i = end
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


def mend_country_named_companies(doc, gazetteer: Gazetteer) -> None:
    """A PERSON span that opens with a country's name which is no given name ("Zambia Railways", "Nepal
    Doorsanchar", "Malawi Posts") names a company: relabelled ORG, unless a word after the country is a place
    or a word of a person the article names ("Kenya Ruto" of a tag line)."""
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    out, changed = [], False
    for ent in doc.ents:
        words = [t.text for t in ent]
        if ent.label_ == "PERSON" and 2 <= len(words) <= 3 and gazetteer.country_by_name(words[0]) is not None and \
                not is_given_name(words[0]) and all(w[:1].isupper() and w.isalpha() and not is_title_word(w)
                                                    and gazetteer.place(w) is None for w in words[1:]) and \
                not any(fold(t.text) == fold(w) for p in people if p != ent for t in p for w in words[1:]):
            ent, changed = Span(doc, ent.start, ent.end, label="ORG"), True
        out.append(ent)
    if changed:
        doc.ents = out


def _between_pair(ent, gazetteer: Gazetteer):
    """"between Kazakhtelecom and Mobicom Corporation": an ORG span that is the whole object of "between", which
    needs two parties, and holds one "and": its two parties as ORG spans. None for one name with "and" in it (a
    country, "Trinidad and Tobago"; a body's remit, "Ministry of Trade and Industry") or when "between" has
    another object outside the span."""
    doc = ent.doc
    ands = [t.i for t in ent if t.lower_ in ("and", "&")]
    if ent.label_ != "ORG" or len(ands) != 1 or ands[0] in (ent.start, ent.end - 1) or \
            any(t.lower_ in ("of", "for") for t in doc[ent.start:ands[0]]) or \
            gazetteer.place(strip_article(ent.text)) is not None:
        return None
    prep = ent.root.head if ent.root.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "between" or \
            any(not ent.start <= c.i < ent.end for t in ent for c in t.conjuncts):
        return None
    left, right = doc[ent.start:ands[0]], doc[ands[0] + 1:ent.end]
    if not all(t.text[:1].isupper() for t in (*left, *right)
               if t.lower_ != "the" and fold(t.text) not in _NAME_PARTICLES_OF | _PARTICLE_ARTICLES):
        return None
    return [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]


def mend_between_pairs(doc, gazetteer: Gazetteer) -> None:
    """Split the tagger's one span over both parties of "between" (see `_between_pair`) in `doc.ents`."""
    out, changed = [], False
    for ent in doc.ents:
        pair = _between_pair(ent, gazetteer)
        out.extend(pair or [ent])
        changed = changed or pair is not None
    if changed:
        doc.ents = out


# Words that end a facility's name: an airport, a hotel or a venue is where leaders meet, never one of them.
_FACILITY_HEADS = frozenset("""airport airbase aerodrome airfield hotel resort stadium arena causeway bridge
    mosque cathedral basilica shrine terminal seaport harbour harbor pavilion auditorium""".split())
# "Conference Centre", "Convention Center", "Exhibition Hall": a venue only with such a word before the head
# (a bare "Carter Center" or "Wilson Center" is an organisation that speaks)
_VENUE_KINDS = frozenset("conference convention congress exhibition expo events sports".split())
_VENUE_HEADS = frozenset("centre center hall complex".split())
# Buildings and seats of government named after a person or with a given-name-like word ("Marcus Palace",
# "Royal Diwan"): never a person's name, though they may still stand for their office ("the Palace said").
_BUILDING_HEADS = _FACILITY_HEADS | _VENUE_HEADS | frozenset("""palace chancellery diwan house castle residence
    secretariat cabinet""".split())
# Local words for a palace or a seat of power that open a building's name ("Qasr Al ...", "Istana ...", "Palacio
# de ...", "Palais de ...", "Schloss ...", "Casa Rosada"): a building, never a person's given name.
_LEADING_BUILDING_HEADS = frozenset("""qasr kasr istana palacio palais palazzo paleis palac palatul schloss
    dvorets casa maison villa""".split())
_LOCAL_PALACE_TAILS = frozenset({"sarayi", "kosku"})  # "X Sarayı", "X Köşkü": never family names
# Institutions, streets and honours commonly named after a person ("Nelson Mandela University", "Indira Gandhi
# Stadium", "Sir Dawda Jawara Building"): the name is theirs, not the person's.
# ("Hall", "House", "Castle", "Park", "Church" are also family names: not here)
# (seats of government, "X Palace said", are read for their office elsewhere: not here)
_NAMESAKE_HEADS = _FACILITY_HEADS | _VENUE_HEADS - {"hall"} | frozenset("""university college school academy
    institute hospital clinic museum library building street avenue boulevard road highway square gardens
    memorial mausoleum monument prize award foundation""".split())


def _written_style(text: str, name: str, title: str) -> str:
    """The style a name is known by: a ruler's style written right before it, which the post then drops
    for its bearer ("Jordan's monarch, King X": "King"); else the post `title`."""
    words, own = text.split(), name.split()
    k = len(words) - len(own) - 1
    if k >= 0 and words[k + 1:] == own and fold(words[k]) in RULER_STYLES:
        return words[k]
    return title


def is_facility_name(text: str) -> bool:
    """"Colonel Y Z International Airport", "the Grand Hotel", "King X Causeway", "Queen Y Conference Centre":
    a venue's name, never an actor."""
    words = fold(text).split()
    return len(words) >= 2 and (words[-1] in _FACILITY_HEADS
                                or words[-1] in _VENUE_HEADS and words[-2] in _VENUE_KINDS)


def is_namesake_name(words: Sequence[str]) -> bool:
    """Words of a name ending in a building's, an institution's or a street's head ("X Y University"):
    named after a person, never that person; or opening with a local word for a palace ("Istana X")."""
    return len(words) >= 2 and (fold(words[-1]) in _NAMESAKE_HEADS or is_palace_led(words))


def is_palace_led(words: Sequence[str]) -> bool:
    """"Qasr Al X", "Palacio de X", "Schloss X", "X Sarayı": a building named by a local word for a palace."""
    return len(words) >= 2 and (fold(words[0]) in _LEADING_BUILDING_HEADS or fold(words[-1]) in _LOCAL_PALACE_TAILS)


def _capitalised_word(tok) -> bool:
    """"Abdullah", "I", "A." (an initial): a word that may stand inside a proper name."""
    return tok.text[:1].isupper() and (tok.is_alpha or tok.text[:-1].isalpha() and tok.text.endswith("."))


def _facility_start(doc, head: int, ents: list) -> int:
    """First token of the capitalised run ending at the facility's head word `head` ("King | Faisal II Airport",
    "Dr | X Y Z International Airport"), widened left over capitalised words and over whole entities the tagger
    made of part of it ("[Jomo Kenyatta] International Airport"); never over "the", a lower-case word or a
    sentence's first word."""
    owner = {t.i: e for e in ents for t in e}
    start, floor = head, doc[head].sent.start
    if doc[floor].pos_ != "PROPN":
        floor += 1  # a sentence's first word is capitalised anyway: part of the name only if a proper noun
    while start > floor and doc[start - 1].lower_ != "the" and _capitalised_word(doc[start - 1]):
        ent = owner.get(start - 1)
        if ent is None:
            start -= 1
        elif ent.end == start and ent.start >= floor and ent.label_ in ACTOR_LABELS:
            start = ent.start
        else:
            break
    return start


def mend_facility_names(doc) -> None:
    """Relabel FAC a span the tagger took for a person or body whose last word is a facility's ("Jorge Quinones
    Airport" as PERSON), or that it left untagged or cut ("King X I Airport", "[Jomo Kenyatta] International
    Airport"), widened back over the capitalised words before it, so the venue is read as a place with its full
    name and never as an actor, and the person it is named after is not read into the article's people."""
    ents = list(doc.ents)
    heads = [t.i for t in doc if t.text[:1].isupper() and t.i > t.sent.start
             and is_facility_name(f"{doc[t.i - 1].text} {t.text}")]
    changed = False
    for head in heads:
        holder = next((e for e in ents if e.start <= head < e.end), None)
        if holder is not None and (holder.label_ == "FAC" or holder.end - 1 != head):
            continue  # already a venue, or a longer name going on past the head word
        others = [e for e in ents if e is not holder]
        start = min(_facility_start(doc, head, others), holder.start if holder is not None else head)
        if start == head:
            continue  # "Airport" alone: no name
        ents = [e for e in others if not start <= e.start < head + 1] + [Span(doc, start, head + 1, label="FAC")]
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


def _hyphen_tail_end(doc, end: int) -> int:
    """End of a name whose last word the tokenizer split at its hyphen ("Ji | - | hoon" of "Park Ji-hoon"), else
    `end`; "-led", "-backed" are qualifiers, not name parts."""
    if end + 1 < len(doc) and doc[end].text in ("-", "‑") and not doc[end - 1].whitespace_ and \
            not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower and \
            not doc[end + 1].ent_type_ and not _QUALIFIER.fullmatch(f"x-{doc[end + 1].text} "):
        return end + 2
    return end


def _cut_given_name_start(doc, ent, gazetteer: Gazetteer) -> int:
    """Start of a PERSON span extended left over given names the tagger left out but the parser compounded into the
    name ("Ewa | Nowak-Lis" tagged "Nowak-Lis" only): untagged capitalised proper nouns that are known given names,
    no post, place or country."""
    start = ent.start
    while start > 0:
        tok = doc[start - 1]
        if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_alpha or not tok.text.istitle() or \
                tok.dep_ != "compound" or not start <= tok.head.i < ent.end or not is_given_name(tok.text) or \
                is_title_word(tok.text) or gazetteer.place(tok.text) is not None or gazetteer.is_country_word(tok.text):
            break
        start -= 1
    return start


def mend_cut_given_names(doc, gazetteer: Gazetteer) -> None:
    """Extend a PERSON span over the given names the tagger cut off its front (`_cut_given_name_start`), so the
    full name is learnt and a later bare family name links to it."""
    ents, changed = list(doc.ents), False
    for n, ent in enumerate(ents):
        start = _cut_given_name_start(doc, ent, gazetteer) if ent.label_ == "PERSON" else ent.start
        if start != ent.start:
            ents[n], changed = Span(doc, start, ent.end, label="PERSON"), True
    if changed:
        doc.ents = ents


def mend_hyphen_cut_names(doc) -> None:
    """Extend a PERSON span the tagger ended at the hyphen inside its last word ("Park Ji" of "Park Ji-hoon") over
    that word, and make the name one flat proper noun in the parse (`_rehang_name`)."""
    ents, changed = list(doc.ents), False
    for n, ent in enumerate(ents):
        end = _hyphen_tail_end(doc, ent.end) if ent.label_ == "PERSON" else ent.end
        if end != ent.end:
            ents[n], changed = Span(doc, ent.start, end, label="PERSON"), True
            _rehang_name(doc, ent.start, end)
    if changed:
        doc.ents = ents


# Dependencies of a word standing alone for its clause's agent the parser misread ("Xhafaj, for his part, said":
# "Xhafaj" an adverb of "said").
_ADVERBIAL_DEPS = frozenset({"advmod", "npadvmod", "dep", "intj", "nmod", "amod"})


def _family_names(doc, gazetteer: Gazetteer) -> set[str]:
    """The last words of the article's full personal names (2+ words) that can only be a name here: not a stop
    word, month, day or place, and never written in lower case in the article ("Rose", "Young" as words)."""
    lowered = {t.lower_ for t in doc if t.is_lower}
    names = set()
    for ent in doc.ents:
        last = ent[-1]
        if ent.label_ == "PERSON" and len(ent) >= 2 and last.is_alpha and last.text.istitle() and len(last) > 2 and \
                not last.is_stop and last.lower_ not in lowered and not _DATE_WORDS.search(last.text) and \
                gazetteer.place(last.text) is None and not is_title_word(last.text):
            names.add(last.text)
    return names


def _bare_family_name(tok) -> bool:
    """Whether `tok` (a known family name outside any entity) stands alone as a noun phrase: not run into another
    capitalised word (part of another name) and not a modifier of a noun ("Rose petals")."""
    doc = tok.doc
    for k in (tok.i - 1, tok.i + 1):
        if 0 <= k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and not doc[k].is_sent_start \
                and not (k == tok.i - 1 and is_title_word(doc[k].text)):
            return False
    return tok.dep_ not in ("compound", "poss") or tok.head.pos_ not in ("NOUN", "PROPN")


def mend_known_family_names(doc, gazetteer: Gazetteer) -> None:
    """Tag PERSON every bare recurrence of a family name the article gave in full ("Aziz Karimov" ... "Karimov,
    for his part, said") that the tagger left untagged; one the parser read as an adverb of a verb without a
    subject becomes that verb's subject."""
    names = _family_names(doc, gazetteer)
    if not names:
        return
    tagged = {t.i for e in doc.ents for t in e}
    ents = list(doc.ents)
    for tok in doc:
        if tok.text not in names or tok.i in tagged or not _bare_family_name(tok):
            continue
        head = tok.head
        if tok.dep_ in _ADVERBIAL_DEPS and head.i > tok.i and head.pos_ in ("VERB", "AUX") and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in head.children) and \
                (doc[tok.i + 1].text == "," or doc[tok.i + 1].i == head.i or doc[tok.i + 1].dep_ in ("aux", "advmod")):
            tok.dep_ = "nsubj"
        elif tok.dep_ not in _NOMINAL_DEPS or tok.dep_ == "ROOT":
            continue
        tok.pos_, tok.tag_ = "PROPN", "NNP"
        ents.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    if len(ents) != len(doc.ents):
        doc.ents = sorted(ents, key=lambda e: e.start)
