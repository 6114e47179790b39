"""Vocabulary and small pure functions for people's names, titles and organisations.

Kept apart from `entities` so the title splitter and the name matcher can be tested and
reused on plain strings. All word lists are general English news usage.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from rapidfuzz.distance import Levenshtein

from kg.resolve.text import deaccent, fold, memo_short

# Head words of a post: a title must contain one of these.
TITLE_HEADS = frozenset("""
president vice-president president-elect premier minister ministers secretary secretary-general
under-secretary chancellor spokesman spokeswoman spokesperson king queen prince princess emir amir sultan
sheikh sayyid sayyida ambassador envoy representative commissioner chief commander commander-in-chief general gen admiral
marshal brigadier commodore
adm colonel col lieutenant lt major maj captain capt director director-general head leader chairman
chairwoman chairperson chair governor mayor senator sen rep congressman congresswoman speaker pope cardinal
patriarch ayatollah imam adviser advisor aide negotiator mediator coordinator ceo founder official diplomat
counsellor counselor officer attorney-general judge monarch ruler deputy vice-chairman undersecretary delegate ombudsman
specialist manager analyst strategist economist consultant attache attaché consul consul-general counsel administrator
superintendent inspector inspector-general auditor auditor-general comptroller treasurer registrar prosecutor
prosecutor-general solicitor-general governor-general rapporteur facilitator convener convenor liaison
presidents premiers mep mp lawmaker legislator taoiseach tanaiste emperor empress councillor councilor
pontiff pm dpm
duke duchess archduke archduchess grand-duke grand-duchess
""".split())

# Words that qualify a post ("Deputy Foreign Minister", "Presidential Spokesman"), portfolios included
# ("Minister of Energy and Mineral Resources X": the name starts after the last of them).
TITLE_MODIFIERS = frozenset("""
deputy vice acting former ex interim senior special assistant presidential first second third top lead supreme crown
prime then outgoing incoming permanent associate joint executive principal national foreign defence grand
defense interior home finance economy economic trade commerce energy oil justice health education
agriculture environment transport labour labor culture tourism security intelligence state treasury
information communications industry development military army navy naval air force forces armed staff
general regional affairs policy european parliamentary press public relations international cooperation
human rights political strategic high diplomatic emergency emergencies migration immigration digital science
technology sports youth women family social welfare water resources natural mining petroleum maritime
housing urban planning investment budget customs border cabinet government party ruling opposition
majority minority republican democratic chief de facto federal union foreign-policy counter-terrorism
counterterrorism nuclear climate external internal relations white house
mineral minerals mines hydrocarbons gas renewable transition sustainable fisheries forestry infrastructure
aviation telecommunications oceans marine heritage endowments irrigation livestock reconstruction media food diaspora
field
""".split())

CONNECTORS = frozenset({"of", "for", "and", "on", "to", "the", "in"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "professor", "mister", "madam",
                        "hon", "honourable", "honorable", "h.e", "excellency", "rt", "ratu", "datuk", "dato",
                        "dato'", "datin", "haji", "hajjah", "hajah", "pehin", "pengiran", "alhaji", "shri",
                        "shrimati", "smt", "eminence", "majesty", "highness", "holiness", "beatitude",
                        "h.h", "h.r.h", "h.m", "h.i.m", "bapak", "ustaz", "ustadh",
                        # untranslated forms of address (Thai, Cambodian, Bhutanese, Samoan, Fijian, Malay)
                        "khunying", "thanpuying", "samdech", "oknha", "lyonpo", "lyonchhoen", "lyonchen", "dasho",
                        "afioga", "susuga", "datu"})
# Styles written in capitals only ("HE Mr X", "HH Sheikh X", "HRH Prince X"): "He" and "Him" are pronouns.
CAPITAL_HONORIFICS = frozenset({"HE", "HH", "HRH", "HM", "HIM", "HMA", "YB", "YAB"})
# Honorifics that are also names, stripped only before another name word: "Tun Razak" (Malay), but a
# name of one word stays ("Tun" alone).
GUARDED_HONORIFICS = frozenset({"tun", "awang", "dayang",
                                "pak", "ibu", "ato", "khun"})  # Indonesian, Ethiopian, Thai "Mr"/"Mrs"
# Honorific runs whose first word is a common name on its own: "Tan Sri X" (but "Tan Kin Lian"),
# "Puan Sri X" (but "Puan Maharani").
HONORIFIC_PAIRS = frozenset({("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("yang", "berhormat"),
                             ("yang", "mulia"), ("yang", "amat")})
# Words that continue an honorific run ("Datuk Seri", "Dato' Sri", "Datuk Seri Utama"); alone they are
# given names ("Sri Mulyani Indrawati"), so only stripped right after an honorific or right before one
# ("Muda Haji X" of the Bruneian "Pengiran Muda Haji X", cut by the tagger).
HONORIFIC_SEQUELS = frozenset({"seri", "sri", "paduka", "setia", "utama", "panglima", "muda", "mahkota", "berhormat",
                               "anak", "puteri", "putera"})
# "His Excellency", "Her Majesty", "Their Royal Highnesses": the styles of address of heads of state,
# ministers and royals, written with the possessive in state media and protocol notices
STYLE_POSSESSIVES = frozenset({"his", "her", "their", "your"})
STYLES = frozenset({"excellency", "excellencies", "highness", "highnesses", "majesty", "majesties", "holiness",
                    "eminence", "beatitude"})
# Abbreviated posts that are also name words ("Sen." for senator, but "Hun Sen"): a post only before a name.
ABBREVIATED_POSTS = frozenset({"sen", "rep", "gen", "col", "lt", "maj", "capt", "adm"})
# Lower-case particles inside names ("Bashar al-Assad", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"al", "al-", "el", "bin", "ibn", "bint", "binti", "abu", "de", "da", "do", "di", "del", "della",
                            "van", "von", "der", "den", "la", "le", "du", "dos", "das", "ul", "ben", "y", "st"})
# Particles of a patronymic chain ("Saif bin Hamdan", "Siti binti Karim", "Sidi ould Brahim"): the
# word after one is a father's name, which never stands alone for the bearer (that is the given name).
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "binti", "ben", "ould"})
# A "former" post is not held now: no role fact for it.
PAST_MODIFIERS = frozenset({"former", "ex", "late", "then", "outgoing"})

# Honorifics of royals that come between a post and the name ("Foreign Minister Prince Faisal").
ROYAL_HONORIFICS = frozenset({"sheikh", "sheikha", "prince", "princess", "king", "queen", "emir", "sultan",
                              "ayatollah", "imam", "sayyid", "sayyida"})
# Styles of a reigning monarch or pontiff, who is known by one name after them ("King Abdullah", "Sultan
# Ibrahim", "Pope Leo"): that name is a given or regnal name, never another person's family name.
RULER_STYLES = frozenset({"king", "queen", "sultan", "emir", "amir", "pope", "shah",
                          "tsar", "czar", "raja", "maharaja"})
# ... of which these are forms of address only, never a post of their own.
ADDRESS_ONLY = frozenset({"sheikh", "sheikha", "prince", "princess", "ayatollah", "imam", "sayyid", "sayyida"})

# Relational nouns that precede a name without being a post ("his Turkish counterpart Hulusi Akar").
DESCRIPTORS = frozenset({"counterpart", "counterparts", "colleague", "host", "guest", "ally", "rival",
                         "predecessor", "successor", "opposite", "number"})

# Organisations named by their building, worldwide: metonym -> (canonical name, ISO country code).
ORG_METONYMS = {
    "Pentagon": ("US Defense Department", "US"),
    "Foggy Bottom": ("US State Department", "US"),
    "Quai d'Orsay": ("French Foreign Ministry", "FR"),
    # foreign ministries by their palace or street
    "Itamaraty": ("Brazilian Ministry of Foreign Affairs", "BR"),
    "Itamaraty Palace": ("Brazilian Ministry of Foreign Affairs", "BR"),
    "Farnesina": ("Italian Foreign Ministry", "IT"),
    "Gaimusho": ("Japanese Foreign Ministry", "JP"),
    "South Block": ("Indian Ministry of External Affairs", "IN"),
    "Capitol Hill": ("US Congress", "US"),
    "Bundestag": ("German Bundestag", "DE"),
    "Knesset": ("Knesset", "IL"),
    "Duma": ("State Duma", "RU"),
    # the seat of the EU's institutions: "Brussels said" is the EU, not Belgium
    "Brussels": ("European Union", None),
    "State Duma": ("State Duma", "RU"),
}

PRONOUNS = frozenset("""
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
this that these those who whom whose which what one ones someone somebody everyone everybody nobody
anyone anybody each both either neither all some another other others itself himself herself
themselves ourselves
""".split())

# Government bodies that stand for the country itself ("the Syrian government said").
COUNTRY_BODIES = frozenset("""
government governments administration authorities regime leadership side sides delegation delegations
officials official diplomats military army troops forces navy state cabinet presidency leaders people
parliament senate legislature junta
""".split())

# Collective nouns that make an unnamed group actor ("Kurdish militants", "Houthi rebels").
GROUP_NOUNS = frozenset("""
militants rebels fighters insurgents jihadists militia militias groups protesters demonstrators
separatists forces opposition factions tribes activists extremists terrorists
""".split())

# Domain words of ministries, normalised so every spelling gives one canonical name.
_MINISTRY_DOMAINS = {
    "foreign": "Foreign", "foreign affairs": "Foreign", "external affairs": "Foreign",
    "defence": "Defence", "defense": "Defence", "national defence": "Defence", "national defense": "Defence",
    "interior": "Interior", "internal affairs": "Interior", "home affairs": "Interior",
    "finance": "Finance", "finances": "Finance", "economy": "Economy", "trade": "Trade",
    "energy": "Energy", "justice": "Justice", "health": "Health", "state": "State",
}

# International organisations: canonical name -> other names (general news usage).
INTERNATIONAL_ORGS = {
    "United Nations": ["UN", "U.N.", "the UN", "United Nations Organization"],
    "United Nations Security Council": ["UN Security Council", "U.N. Security Council", "UNSC", "Security Council"],
    "United Nations General Assembly": ["UN General Assembly", "UNGA", "General Assembly"],
    "European Union": ["EU", "E.U."],
    "European Commission": ["EC"],
    "European Council": [],
    "European Parliament": [],
    "NATO": ["Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"],
    "African Union": ["AU"],
    "Arab League": ["League of Arab States"],
    "Association of Southeast Asian Nations": ["ASEAN", "Asean"],
    "OPEC": ["Organization of the Petroleum Exporting Countries", "Opec"],
    "OPEC+": ["OPEC Plus", "OPEC plus", "Opec+", "Opec Plus"],
    "International Atomic Energy Agency": ["IAEA"],
    "International Monetary Fund": ["IMF"],
    "World Bank": [],
    "World Trade Organization": ["WTO", "World Trade Organisation"],
    "World Health Organization": ["WHO", "World Health Organisation"],
    "Organisation of Islamic Cooperation": ["OIC", "Organization of Islamic Cooperation"],
    "Gulf Cooperation Council": ["GCC"],
    "Organization for Security and Co-operation in Europe": ["OSCE"],
    "International Criminal Court": ["ICC"],
    "International Court of Justice": ["ICJ"],
    "Shanghai Cooperation Organisation": ["SCO", "Shanghai Cooperation Organization"],
    "Collective Security Treaty Organization": ["CSTO"],
    "Group of Seven": ["G7", "G-7"],
    "Group of 20": ["G20", "G-20"],
    "BRICS": [],
    "ECOWAS": ["Economic Community of West African States"],
    "International Committee of the Red Cross": ["ICRC", "Red Cross"],
    "UNHCR": ["UN refugee agency", "U.N. refugee agency"],
    "UNICEF": [],
}

# The helpers below marked `memo_short` are pure and called again and again on the same words.
_PAREN = re.compile(r"\s*\((?:[^()]*)\)")
_HANDLE = re.compile(r"\s*@\w+")
_OPEN_PAREN = re.compile(r"\s*\([^()]*$")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ul|ad|as|ash|at|az|ar|an)-\w", re.IGNORECASE)
_MINISTRY_OF = re.compile(r"^(?:ministry|department)\s+(?:of|for)\s+(?:the\s+)?(?P<dom>.+)$")
_MINISTRY_END = re.compile(r"^(?P<dom>.+?)\s+(?:ministry|department)$")


@lru_cache(maxsize=1)
def _given_names():
    # gender-guesser ships a dictionary of ~40,000 first names from many countries; loaded on first use
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


@memo_short
def is_given_name(word: str) -> bool:
    """True for a first name in gender-guesser's international dictionary ("Ulrich", "Amara", "Xi").

    Particles ("Al"), post words ("Justice") and longer names it marks as used for both sexes are
    not counted: they are too often the first word of an organisation.
    """
    bare = word.strip(",.;:'’")
    key = fold(bare)
    if not bare[:1].isupper() or key in NAME_PARTICLES or key in TITLE_HEADS or key in TITLE_MODIFIERS:
        return False
    gender = _given_names().get_gender(bare)
    return gender in ("male", "female", "mostly_male", "mostly_female") or (gender == "andy" and len(bare) <= 4)


def name_tokens(name: str) -> list[str]:
    """Folded tokens of a person's name, hyphenated parts kept together ("Moon Jae-in")."""
    return list(name_token_tuple(name))


@memo_short
def name_token_tuple(name: str) -> tuple[str, ...]:
    """`name_tokens` as a tuple, memoised: for loops that compare a name with every name of an article."""
    return tuple(fold(name).translate(_GLOTTAL_MARKS).replace(".", " ").split())


# the Polynesian ʻokina and the Arabic/Hebrew ʼ, written as plain apostrophes by other outlets ("Toʻomata" = "To'omata")
_GLOTTAL_MARKS = str.maketrans({"ʻ": "'", "ʼ": "'"})


@memo_short
def strip_honorifics(name: str) -> str:
    """Drop "Mr", "Dr." and honorific runs ("Datuk Seri", "Tan Sri", "Tun Dr") from the front of a name."""
    words = name.split()
    stripped = False
    while words:
        first = words[0].rstrip(".").casefold()
        if first in HONORIFICS or words[0].rstrip(".") in CAPITAL_HONORIFICS and len(words) > 1:
            n = 1
        elif first in STYLE_POSSESSIVES and len(words) > 2 and styled_from(words, 1) > 1:
            n = styled_from(words, 1)  # "His Royal Highness", "Her Excellency"
        elif len(words) > 2 and (first, words[1].rstrip(".").casefold()) in HONORIFIC_PAIRS:
            n = 2
        elif len(words) > 1 and (first in GUARDED_HONORIFICS and fold(words[1]) != first
                                 or first in HONORIFIC_SEQUELS and (stripped or _sequels_to_honorific(words))):
            n = 1
        else:
            break
        words, stripped = words[n:], True
    return " ".join(_patronymic_without_honorifics(words))


def _is_honorific_word(word: str) -> bool:
    key = word.rstrip(".").casefold()
    return key in HONORIFICS or key in GUARDED_HONORIFICS


def _patronymic_without_honorifics(words: list[str]) -> list[str]:
    """"Rosli bin Pehin Orang Kaya Laila Wijaya Haji Abdul Karim" -> "Rosli Abdul Karim": a father's name
    carrying a Malay/Bruneian title run (two words or more up to its last honorific) is written, in the press,
    without the run and without "bin"/"binti"; "Manaf bin Haji Metussin" and an Arabic patronymic ("Hamad bin
    Khalifa") stay."""
    for i, word in enumerate(words[:-2]):
        if fold(word) not in PATRONYMIC_PARTICLES or not _is_honorific_word(words[i + 1]):
            continue
        last = max(j for j in range(i + 1, len(words)) if _is_honorific_word(words[j]))
        if i + 1 < last < len(words) - 1:  # "bin Haji Jaafar" alone is how the father's name is written
            return words[:i] + words[last + 1:]
    return words


def styled_from(words: Sequence[str], i: int) -> int:
    """The index after a style of address starting at `words[i]` ("Excellency", "Royal Highness"), else `i`."""
    j = i + 1 if i < len(words) - 1 and words[i].casefold() == "royal" else i
    return j + 1 if j < len(words) and words[j].rstrip(".,").casefold() in STYLES else i


def _sequels_to_honorific(words: list[str]) -> bool:
    """"Seri Utama Haji X" (the tagger cut "Dato'" off): a run of honorific sequels that ends in an
    honorific before a name; "Sri Mulyani Indrawati" is a name."""
    i = 0
    while i < len(words) - 1 and words[i].rstrip(".").casefold() in HONORIFIC_SEQUELS:
        i += 1
    return 0 < i < len(words) - 1 and words[i].rstrip(".").casefold() in HONORIFICS


# Post words that are also given names ("Foreign Minister Amir Khan Muttaqi"): after a complete post
# they open the name. Royal styles and military ranks stay posts ("Prime Minister Sheikh ...", "Major General").
_POST_GIVEN_NAMES = frozenset({"amir"})


def is_post_given_name(word: str) -> bool:
    """A post word that is also a common given name ("Amir"), checked against gender-guesser."""
    bare = word.strip(",.")
    return fold(bare) in _POST_GIVEN_NAMES and _given_names().get_gender(bare) != "unknown"


_ROMAN = re.compile(r"^[IVXLC]+$")


def _is_caps_word(word: str) -> bool:
    """A family name in capitals ("TAKAICHI", "LEE"): three letters or more with two vowels or more, so
    not an initialism ("JD", "PM", "DGMO") nor a regnal number ("XIV")."""
    letters = [c for c in word if c.isalpha()]
    vowels = sum(fold(c) in "aeiouy" for c in letters)
    return len(letters) >= 3 and vowels >= 2 and all(c.isupper() for c in letters) and not _ROMAN.match(word)


@memo_short
def family_name_in_capitals(name: str) -> str:
    """A name whose family name is written in capitals, in given-family order and title case.

    Official releases (Japanese, Mongolian, Hungarian styles) write "TAKAICHI Sanae" or "Ukhnaagiin
    KHURELSUKH": -> "Sanae Takaichi", "Ukhnaagiin Khurelsukh", so later "Prime Minister Takaichi"
    links to it. Names without such a capital block (or all capitals) are returned unchanged.
    """
    words = name.split()
    caps = [_is_caps_word(w) for w in words]
    if len(words) < 2 or all(caps) or not any(caps):
        return name
    lead = caps.index(False)
    trail = len(caps) - 1 - caps[::-1].index(False)
    if lead and not any(caps[lead:]):
        words = words[lead:] + words[:lead]  # family name first
    elif not (trail < len(caps) - 1 and not any(caps[:trail + 1])):
        return name  # capitals in the middle: an acronym, not a family name
    return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) if _is_caps_word(w) else w
                    for w in words)


@memo_short
def drop_parentheticals(text: str) -> str:
    """'Justice and Development Party (AKP)' -> 'Justice and Development Party'; also '@handles' and a
    parenthesis left open by a cut span ('... Agency (IAEA')."""
    return " ".join(_OPEN_PAREN.sub("", _HANDLE.sub("", _PAREN.sub("", text))).split())


def after_patronymic(tokens: Sequence[str], i: int) -> bool:
    """Whether token `i` of a folded name follows a patronymic particle: a father's name ("hamdan" of
    "saif bin hamdan"), not the bearer's given or family name."""
    return i > 0 and tokens[i - 1] in PATRONYMIC_PARTICLES


@memo_short
def is_name_word(word: str) -> bool:
    """A word that can be part of a person's name: capitalised, or a known particle ("al-", "bin")."""
    bare = word.strip(",.;:")
    if not bare:
        return False
    if fold(bare) in NAME_PARTICLES or _ARABIC_ARTICLE.match(bare):
        return True
    return bare[0].isupper() and any(c.isalpha() for c in bare)


@memo_short
def is_title_word(word: str) -> bool:
    """A word that belongs to a post ("Defence", "Minister", "Secretary-General")."""
    key = _bare_post(fold(word.strip(",.;:")).rstrip("."))
    return key in TITLE_HEADS or key in TITLE_MODIFIERS


def has_title_head(words: list[str]) -> bool:
    """True when one of the words is the head of a post ("Minister", "ex-President")."""
    return any(_is_title_head(w) for w in words)


@memo_short
def _is_title_head(word: str) -> bool:
    return _bare_post(fold(word.strip(",.")).rstrip(".")) in TITLE_HEADS


def _bare_post(key: str) -> str:
    """'ex-president', 'chancellor-designate', 'president-elect', 'chairman-in-office' (a rotating
    chair: OSCE, EU Council) -> the post itself."""
    key = key[3:] if key.startswith("ex-") else key
    for suffix in ("-designate", "-elect", "-in-waiting", "-in-office"):
        if key.endswith(suffix) and key != suffix:
            return key[: -len(suffix)]
    return key


# "Presidents X and Y", "Foreign Ministers X and Y": one post each
_PLURAL_HEADS = {"presidents": "president", "premiers": "premier", "ministers": "minister", "leaders": "leader",
                 "chancellors": "chancellor", "envoys": "envoy", "ambassadors": "ambassador"}
# Plural posts that open a respective list ("the presidents of A and B, X and Y").
PLURAL_POSTS = tuple(_PLURAL_HEADS)


# One post under several words: the label is the first's ("PM X", "the Pontiff", "the Amir").
_POST_SYNONYMS = {"pm": "Prime Minister", "dpm": "Deputy Prime Minister", "pontiff": "Pope"}
# Spellings of one post kept as written in labels but the same when a holder is looked up.
_POST_SPELLINGS = {"amir": "emir"}


def post_key(title: str) -> str:
    """A post folded for comparison, its spellings made one ("Amir" ~ "Emir")."""
    return " ".join(_POST_SPELLINGS.get(w, w) for w in fold(title).split())


def title_case(words: list[str]) -> str:
    """A post as a label: "defence minister" -> "Defence Minister", connectors lower case, a plural head
    singular (each person holds the post), an abbreviation or synonym as the usual word ("PM" -> "Prime
    Minister", "Pontiff" -> "Pope")."""
    out = []
    for w in words:
        w = _PLURAL_HEADS.get(fold(w), w)
        w = _POST_SYNONYMS.get(fold(w).rstrip("."), w)
        if fold(w) in CONNECTORS:
            out.append(w.lower())
        elif w.isupper() and len(w) > 1:
            out.append(w)  # acronyms as written ("CEO")
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


@memo_short
def ministry_domain(text: str) -> str | None:
    """The normalised domain of a ministry name ("Ministry of Foreign Affairs" -> "Foreign"), else None."""
    t = fold(text)
    m = _MINISTRY_OF.match(t) or _MINISTRY_END.match(t)
    if not m:
        return None
    dom = m["dom"].strip()
    if dom in _MINISTRY_DOMAINS:
        return _MINISTRY_DOMAINS[dom]
    if len(dom.split()) <= 3 and all(w.isalpha() or w == "and" for w in dom.split()):
        return title_case(dom.split())
    return None


def given_names_match(a: list[str], b: list[str]) -> bool:
    """Given names compatible: each of the shorter list matches one of the longer in order.

    Tokens match when equal, when one is an initial of the other ("S" / "sergei") or when they
    are transliteration variants ("sergey" / "sergei", "mohammad" / "mohammed"): same first
    letter and Levenshtein similarity >= 0.8.
    """
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    i = 0
    for tok in short:
        while i < len(long_) and not token_variants(tok, long_[i]):
            i += 1
        if i == len(long_):
            return False
        i += 1
    return True


# "gh"/"q": the Persian and Arabic ghain/qaf written either way ("Araghchi"/"Araqchi", "Ghalibaf"/"Qalibaf");
# "q"/"k": the Turkic and Arabic qaf in Latin script or in the Russian-style romanisation ("Qasimov"/"Kasimov")
_TRANSLIT_RULES = ((re.compile(r"dzh|zh"), "j"), (re.compile(r"gh"), "q"), (re.compile(r"q"), "k"),
                   (re.compile(r"kh"), "h"), (re.compile(r"(?<=[aeiou])y(?=e)"), ""),
                   (re.compile(r"y"), "i"), (re.compile(r"off$"), "ov"), (re.compile(r"(\w)\1"), r"\1"))


@memo_short
def translit_key(token: str) -> str:
    """A folded name token with the usual romanisation choices of Cyrillic and Arabic names levelled
    ("zhaparov"/"japarov", "kulubayev"/"kulubaev", "kasymaliyev"/"kasymaliev", "zelenskyy"/"zelensky",
    "qasimov"/"kasimov").

    Used as an exact key, only on tokens of six letters or more: short names that differ so
    ("Zhang"/"Jang", "Khan"/"Han") are often different names.
    """
    key = fold(token)
    if len(key) < 6:
        return key
    for pattern, repl in _TRANSLIT_RULES:
        key = pattern.sub(repl, key)
    return key


# Arabic short vowels have no letter of their own: romanisations write the damma "u" or "o" and the fatha
# "a" or "e" ("Muhammad"/"Mohammed", "Hussein"/"Hossein"); the kasra "i" is kept, so "Hassan" !~ "Hussein"
_SHORT_VOWELS = str.maketrans("ue", "oa")


def _vowel_key(token: str) -> str:
    return translit_key(token).translate(_SHORT_VOWELS)


def token_variants(a: str, b: str) -> bool:
    """Two name tokens that spell the same name (see `given_names_match`)."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if len(a) >= 6 and len(b) >= 6 and (translit_key(a) == translit_key(b) or
                                        a[0] == b[0] and _vowel_key(a) == _vowel_key(b)):
        return True
    return a[0] == b[0] and Levenshtein.normalized_similarity(a, b) >= 0.8


def same_person_name(a: str, b: str) -> bool:
    """Two full names (two or more tokens each) that can only be one person.

    Same family name (up to transliteration) and compatible given names: "Sergey Shoigu" ~
    "Sergei Shoigu", "Tayyip Erdogan" ~ "Recep Tayyip Erdoğan"; "Kim Jong Un" !~ "Kim Yo Jong",
    "Donald Trump" !~ "Ivanka Trump".
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if ta == tb:
        return True
    if len(ta) < 2 or len(tb) < 2 or not token_variants(ta[-1], tb[-1]):
        return False
    if ta[-1] != tb[-1] and len(ta[-1]) < 5:
        return False  # short family names differ by one letter too often (Kim/Lim)
    return given_names_match(ta[:-1], tb[:-1])


_SUFFIX_END = re.compile(r"(?<=\s)(Jr|Sr)$")


def with_suffix_period(name: str) -> str:
    """"Gilberto Teodoro Jr" (its period lost when the mention was cleaned) -> "Gilberto Teodoro Jr.":
    a generational suffix is written abbreviated."""
    return _SUFFIX_END.sub(r"\1.", name)


def name_score(name: str) -> tuple:
    """Sort key for choosing a canonical form among variants: most tokens, then diacritics kept."""
    return (len(name.split()), deaccent(name) != name)
