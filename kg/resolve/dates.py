"""Date expressions in news text, resolved against the article's publication date.

`resolve_date("on Monday", "2019-02-11")` -> ResolvedDate("2019-02-11", "day", "on Monday").
Relative expressions (weekdays, "last September", "earlier this month", "yesterday") follow
explicit rules, because a news weekday means "the one of this news week" (dateparser reads
"Monday" said on a Monday as a week earlier, and knows neither "last September" nor
"earlier this month"). Absolute dates with a year go to dateparser, whose reported period
gives the precision. Vague expressions ("recently", "in recent weeks", "soon") resolve to None; a news
week ("this week", "next week", "last week") resolves to its month when the week lies in one month.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

DAY, MONTH, YEAR = "day", "month", "year"

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_RE = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_EDGE = r"(?:early|late|mid|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"

_LEADING = re.compile(
    r"^(?:(?:on|in|at|during|by|from|until|till|since|before|after|between|as\s+of|over|this\s+past|"
    r"as\s+early\s+as|as\s+recently\s+as)\s+)+", re.IGNORECASE)
_VAGUE = re.compile(
    r"\b(?:recent(?:ly)?|soon|near\s+future|coming|upcoming|past|previous|few|several|some|"
    r"weekend|weeks?|decades?|centur(?:y|ies)|former|eventually|lately|meantime|"
    r"while|time|era|period|season|years?\s+ago|months?\s+ago)\b", re.IGNORECASE)

_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?$")
_YEAR_ONLY = re.compile(
    rf"^(?:the\s+year\s+|(?:{_EDGE}|the\s+(?:first|second)\s+half\s+of|the\s+(?:first|second|third|fourth)\s+"
    r"quarter\s+of|(?:the\s+)?(?:spring|summer|autumn|fall|winter))[\s-]+(?:of\s+)?)?(?P<y>(?:19|20)\d{2})$",
    re.IGNORECASE)
# "12-13 February", "February 12 and 13": a span of days is dated by its first day
_DAY_RANGE = re.compile(
    r"(?<![\d-])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?(?![\d-])")
_WEEKDAY = re.compile(
    rf"^(?:(?P<rel>last|next|this\s+coming|this|coming|early|late)\s+)?{_WEEKDAY_RE}(?:['’]s)?{_PART_OF_DAY}"
    r"(?:\s+(?P<after>next))?$",
    re.IGNORECASE)
_MONTH_ALONE = re.compile(
    rf"^(?:(?P<rel>last|next|this|coming)\s+)?(?:{_EDGE}[\s-]+(?:of\s+)?)?{_MONTH_RE}"
    r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{2}))?$", re.IGNORECASE)
_DAY_MONTH = re.compile(
    rf"^(?:{_WEEKDAY_RE},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}"
    r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?$", re.IGNORECASE)
_MONTH_DAY = re.compile(
    rf"^(?:{_WEEKDAY_RE},?\s+)?{_MONTH_RE}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?$", re.IGNORECASE)
_RELATIVE_PERIOD = re.compile(
    rf"^(?:(?P<edge>{_EDGE})\s+)?(?P<rel>this|last|next)\s+"
    r"(?P<unit>month|year)$", re.IGNORECASE)
_DAYS_AGO = re.compile(r"^(?P<n>\d+|one|two|three|four|five|six|a)\s+days?\s+(?P<dir>ago)$", re.IGNORECASE)
# Anaphoric offsets count from the date of the story's event, not from publication:
# "a day earlier", "two weeks later", "the previous day", "the following day", "that day".
_ANCHORED_OFFSET = re.compile(
    r"^(?P<n>\d+|one|two|three|four|five|six|a)\s+(?P<unit>days?|weeks?)\s+(?P<dir>earlier|before|later|after)$",
    re.IGNORECASE)
# Parts of a day before a weekday: "later Thursday", "late on Monday", "in the early hours of Sunday".
_DAY_PART_PREFIX = re.compile(
    r"^(?:(?:late|early|later|earlier)(?:\s+(?:on|in\s+the\s+day\s+on))?|overnight(?:\s+on)?|"
    r"(?:in\s+)?the\s+(?:early|small)\s+hours\s+of|(?:on\s+)?the\s+(?:morning|afternoon|evening|night)\s+of)\s+"
    r"(?=(?:last\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", re.IGNORECASE)
# The week of publication, the one before or after: its month is certain when the week lies in one month.
_NEWS_WEEK = re.compile(r"^(?:(?:twice|once|again|already)\s+)?(?:earlier\s+|later\s+|early\s+|late\s+)?"
                        r"(?P<rel>this|this\s+past|last|next)\s+week$", re.IGNORECASE)
_WEEK_SHIFT = {"this": 0, "this past": 0, "last": -1, "next": 1}
# A weekend: its two days may lie in two months, so it is dated at month precision only.
_WEEKEND = re.compile(r"^(?:the\s+|this\s+past\s+|(?P<rel>this|last|next|coming|the\s+coming)\s+)?weekend$",
                      re.IGNORECASE)
# A season without a year: its year is certain once the tense says which way it lies (winter spans two years).
_SEASON = re.compile(r"^(?:the\s+)?(?:(?P<rel>this|next|coming)\s+)?(?P<season>spring|summer|autumn|fall)$",
                     re.IGNORECASE)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_YEAR_SPAN = re.compile(r"^(?:19|20)(?P<a>\d{2})\s*[-–/]\s*(?P<b>\d{2})$")
_WEEKDAY_PAIR = re.compile(rf"^{_WEEKDAY_RE}\s+(?:and|to|or|-|–)\s+{_WEEKDAY_RE.replace('?P<weekday>', '?:')}$",
                           re.IGNORECASE)
_MONTH_OF_YEAR = re.compile(
    rf"^(?P<part>(?:earlier|later)\s+in\s+|the\s+(?:first|second|third|last|final)\s+(?:week|days|half)\s+of\s+)?"
    rf"{_MONTH_RE}(?:\s+(?P<rel>this|last|next)\s+year)?$", re.IGNORECASE)
_EDGE_OF_CURRENT = re.compile(
    r"^(?:the\s+)?(?:end|beginning|start|middle|turn)\s+of\s+(?:the|this)\s+(?P<unit>month|year)$", re.IGNORECASE)
_ANCHORED_DAY = {
    "the previous day": -1, "the day before": -1, "the prior day": -1, "the preceding day": -1,
    "the eve": -1, "the next day": 1, "the following day": 1, "the day after": 1, "a day after": 1,
    "that day": 0, "the same day": 0, "that same day": 0, "the same day as": 0,
    # a part of the day the story has just told of: "Earlier in the day, X met Y"
    "earlier in the day": 0, "later in the day": 0, "earlier that day": 0, "later that day": 0,
    "earlier the same day": 0, "later the same day": 0,
}
# "The following evening", "the previous night", "that same morning", "the evening before": read as the day
# ("the following day", ...); the part of the day adds nothing the day does not.
_ANCHORED_DAY_PART = re.compile(
    r"^((?:the|that)\s+(?:same\s+|following\s+|next\s+|previous\s+|preceding\s+|prior\s+)?|"
    r"(?:earlier|later)\s+(?:that|the\s+same)\s+)(?:morning|afternoon|evening|night)(?=$|\s+(?:before|after)$)")
_SIMPLE = {
    "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
    "earlier today": 0, "later today": 0, "yesterday": -1, "tomorrow": 1, "overnight": 0,
    "the day before yesterday": -2, "the day after tomorrow": 2, "last night": -1,
    "last evening": -1,  # print style for yesterday evening ("issued last evening")
    "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
    "tomorrow morning": 1, "tomorrow afternoon": 1, "tomorrow evening": 1,
}
# "on the 14th": a day of the month told alone, as wire copy does for a day close to the story's
_ORDINAL_DAY = re.compile(r"^(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)$", re.IGNORECASE)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True)
class ResolvedDate:
    """A resolved date: ISO `value` at `precision` ("day", "month" or "year"); `raw` is the expression."""

    value: str
    precision: str
    raw: str


def parse_iso_date(text: str | None) -> dt.date | None:
    """A `datetime.date` from "yyyy-mm-dd" (a longer ISO timestamp is cut to its date), else None."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _day(d: dt.date, raw: str) -> ResolvedDate:
    return ResolvedDate(d.isoformat(), DAY, raw)


def _month(year: int, month: int, raw: str) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}-{month:02d}", MONTH, raw)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def normalise_expression(expression: str) -> str:
    """The date part of an expression: no leading preposition, possessive or trailing noun.

    "on Monday" -> "Monday", "Wednesday's talks" -> "Wednesday", "in early September" -> "early September".
    """
    text = " ".join(expression.replace("’", "'").replace("(", " ").replace(")", " ").split()).strip(" ,.;:\"'")
    text = _LEADING.sub("", text)
    if re.search(_MONTH_RE, text, re.IGNORECASE):
        text = _DAY_RANGE.sub(lambda m: m["d"], text)
    # "Wednesday's talks", "Monday's statement": only the date before the possessive matters.
    m = re.match(r"^(.*?)'s\b", text)
    if m and m.group(1):
        text = m.group(1)
    return text.strip(" ,.")


def weekday_date(weekday: int, published: dt.date, *, future: bool, strict: bool = False) -> dt.date:
    """The weekday of the news week: past = on or before publication, future = on or after.

    `strict` excludes the publication day itself ("last Monday", "next Monday").
    """
    if future:
        delta = (weekday - published.weekday()) % 7
        if strict and delta == 0:
            delta = 7
        return published + dt.timedelta(days=delta)
    delta = (published.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return published - dt.timedelta(days=delta)


def _month_year(month: int, published: dt.date, rel: str | None, future: bool) -> int:
    """Year of a month named without one ("in September", "last September")."""
    rel = (rel or "").lower()
    if rel == "this":
        return published.year
    if rel in ("next", "coming") or (future and not rel):
        strict = rel in ("next", "coming")
        after = month > published.month or (month == published.month and not strict)
        return published.year if after else published.year + 1
    strict = rel == "last"
    before = month < published.month or (month == published.month and not strict)
    return published.year if before else published.year - 1


def _day_month_year(day: int, month: int, published: dt.date, future: bool | None,
                    weekday: int | None = None) -> int | None:
    """Year of "February 14" without a year: the one whose weekday fits when the text names one
    ("Tuesday 12 February"), else past/future as told, else the nearest to publication."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        fitting = [c for c in candidates if c.weekday() == weekday]
        if fitting:
            return min(fitting, key=lambda c: (abs((c - published).days), c)).year
    if future is True:
        candidates = [c for c in candidates if c >= published]
    elif future is False:
        candidates = [c for c in candidates if c <= published]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs((c - published).days), c)).year


@lru_cache(maxsize=4)
def _dateparser(prefer: str):
    # Built once per preference: constructing a DateDataParser loads its language data.
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": prefer,
                                                       "PREFER_DAY_OF_MONTH": "first",
                                                       "DATE_ORDER": "DMY"})


def _absolute(text: str, raw: str) -> ResolvedDate | None:
    """A date that carries its own year, read with dateparser (precision from its period)."""
    if not re.search(r"\b(?:1[89]|20)\d{2}\b", text):
        return None
    data = _dateparser("past").get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == DAY:
        return _day(d, raw)
    if data.period == MONTH:
        return _month(d.year, d.month, raw)
    if data.period == YEAR:
        return ResolvedDate(f"{d.year:04d}", YEAR, raw)
    return None


def _month_of(m: re.Match) -> int | None:
    """Month number of a match; month names count only capitalised ("may" is a verb)."""
    name = m["month"]
    return _MONTHS[name.lower()] if name[:1].isupper() else None


def _resolve_absolute_rules(text: str, raw: str) -> ResolvedDate | None:
    """ISO dates, bare years and "11 February 2019"-style dates, which need no publication date."""
    m = _ISO.match(text)
    if m:
        try:
            if m.group("d"):
                return _day(dt.date(int(m["y"]), int(m["m"]), int(m["d"])), raw)
            if 1 <= int(m["m"]) <= 12:
                return _month(int(m["y"]), int(m["m"]), raw)
        except ValueError:
            return None
        return None
    m = _YEAR_ONLY.match(text)
    if m:
        return ResolvedDate(m["y"], YEAR, raw)
    for pattern in (_DAY_MONTH, _MONTH_DAY, _MONTH_ALONE):
        m = pattern.match(text)
        if m and m.group("y") and _month_of(m):
            month = _month_of(m)
            if "d" not in m.groupdict():
                return _month(int(m["y"]), month, raw)
            try:
                return _day(dt.date(int(m["y"]), month, int(m["d"])), raw)
            except ValueError:
                return None
    return None


def _resolve_relative(text: str, raw: str, published: dt.date, future: bool | None) -> ResolvedDate | None:
    """Expressions that need the publication date."""
    lowered = text.lower()
    if lowered in _SIMPLE:
        return _day(published + dt.timedelta(days=_SIMPLE[lowered]), raw)
    m = _WEEKDAY.match(text)
    if m:
        rel = " ".join((m["rel"] or ("next" if m["after"] else "")).lower().split())
        if rel == "this coming":
            rel = "coming"
        ahead = rel in ("next", "coming") or (bool(future) and rel not in ("last",))
        weekday = WEEKDAYS.index(m["weekday"].lower())
        return _day(weekday_date(weekday, published, future=ahead, strict=rel in ("last", "next")), raw)
    m = _MONTH_ALONE.match(text)
    if m and _month_of(m):
        month = _month_of(m)
        return _month(_month_year(month, published, m["rel"], bool(future)), month, raw)
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        m = pattern.match(text)
        if m and _month_of(m):
            month, day = _month_of(m), int(m["d"])
            weekday = WEEKDAYS.index(m["weekday"].lower()) if m["weekday"] else None
            year = _day_month_year(day, month, published, future, weekday)
            return _day(dt.date(year, month, day), raw) if year else None
    m = _RELATIVE_PERIOD.match(text)
    if m:
        rel = " ".join(m["rel"].lower().split())
        delta = {"this": 0, "last": -1, "next": 1}[rel]
        if m["unit"].lower() == "year":
            return ResolvedDate(f"{published.year + delta:04d}", YEAR, raw)
        year, month = _shift_month(published.year, published.month, delta)
        return _month(year, month, raw)
    m = _DAYS_AGO.match(text)
    if m:
        n = int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"].lower()]
        return _day(published - dt.timedelta(days=n), raw)
    return None


def _season_year(text: str, raw: str, published: dt.date, future: bool | None) -> ResolvedDate | None:
    """"in the autumn", "this summer", "next spring" -> the year of that season (northern-hemisphere months)."""
    m = _SEASON.match(text)
    if not m:
        return None
    first, last = _SEASON_MONTHS[m["season"].lower()]
    rel = (m["rel"] or "").lower()
    if rel == "this":
        year = published.year
    elif rel:  # "next summer": the coming one, not the one under way
        year = published.year if published.month < first else published.year + 1
    elif future:
        year = published.year if published.month <= last else published.year + 1
    else:
        year = published.year if published.month >= first else published.year - 1
    return ResolvedDate(f"{year:04d}", YEAR, raw)


def _in_month_of_year(text: str, raw: str, published: dt.date, future: bool) -> ResolvedDate | None:
    """"May this year", "May last year", "earlier in June", "the first week of June" (a bare month
    is left to the month rules)."""
    m = _MONTH_OF_YEAR.match(text)
    if not m or not _month_of(m) or not (m["rel"] or m["part"]):
        return None
    rel = (m["rel"] or "").lower()
    if rel:
        return _month(published.year + {"this": 0, "last": -1, "next": 1}[rel], _month_of(m), raw)
    return _month(_month_year(_month_of(m), published, None, future), _month_of(m), raw)


def _ordinal_day(text: str, raw: str, published: dt.date, future: bool) -> ResolvedDate | None:
    """'the 14th': that day of the publication month, or of the month before (after, for a plan) when the day
    has not come yet (has passed)."""
    m = _ORDINAL_DAY.match(text)
    if not m:
        return None
    day = int(m["day"])
    year, month = published.year, published.month
    if future and day < published.day:
        year, month = _shift_month(year, month, 1)
    elif not future and day > published.day:
        year, month = _shift_month(year, month, -1)
    found = _safe_date(year, month, day)
    return _day(found, raw) if found else None


# A stretch of time ahead of the writing: "the coming weeks", "the next few months", "within 30 days", "within the
# year". Its far end, at the most, in days (a "few"/"coming" count is taken as two months of weeks, etc.).
_COMING_SPAN = re.compile(
    r"^(?:within\s+)?(?:the\s+)?(?:(?:coming|next)\s+(?:few\s+|couple\s+of\s+)?(?P<unit>days|weeks|months)|"
    r"(?<=within\s)(?:the\s+next\s+)?(?P<n>\d{1,3}|a|one|two|three|four|five|six|a\s+few)\s+(?P<nunit>days?|weeks?|months?)|"
    r"(?<=within\s)(?:the|this)\s+(?P<year>year))$", re.IGNORECASE)
_SPAN_DAYS = {"day": 1, "week": 7, "month": 31}
_SPAN_COUNT = {"days": 14, "weeks": 8, "months": 6}  # how many of a unit "the coming ..." reaches at most


def _coming_span(text: str, raw: str, published: dt.date) -> ResolvedDate | None:
    """"in the coming weeks", "within 30 days", "within the year" -> the publication year, when the stretch
    ends within it (a plan announced in December "for the coming weeks" may fall in either year: None). Only
    for a planned event: "reopen embassies within two months, following talks" does not date the talks."""
    m = _COMING_SPAN.match(text)
    if not m:
        return None
    if m["year"]:
        return ResolvedDate(f"{published.year:04d}", YEAR, raw)
    if m["unit"]:
        unit, count = m["unit"].lower(), _SPAN_COUNT[m["unit"].lower()]
    else:
        word = " ".join(m["n"].lower().split())
        unit = m["nunit"].lower()
        count = int(word) if word.isdigit() else 3 if word == "a few" else _NUMBERS[word]
    end = published + dt.timedelta(days=count * _SPAN_DAYS[unit.rstrip("s")])
    return ResolvedDate(f"{published.year:04d}", YEAR, raw) if end.year == published.year else None


def _edge_of_current(text: str, raw: str, published: dt.date) -> ResolvedDate | None:
    """"the end of the month" -> the publication month; "the start of the year" -> its year."""
    m = _EDGE_OF_CURRENT.match(text)
    if not m:
        return None
    if m["unit"].lower() == "year":
        return ResolvedDate(f"{published.year:04d}", YEAR, raw)
    return _month(published.year, published.month, raw)


def _week_month(day: dt.date, raw: str) -> ResolvedDate | None:
    """The month of the week (Monday to Sunday) that holds `day` when the week lies in one month:
    "this week", "next week", "last week" are dated at month precision, never to a guessed day."""
    monday = day - dt.timedelta(days=day.weekday())
    sunday = monday + dt.timedelta(days=6)
    return _month(monday.year, monday.month, raw) if (monday.year, monday.month) == (sunday.year, sunday.month) \
        else None


def _weekend_month(pub: dt.date, rel: str | None, future: bool, raw: str) -> ResolvedDate | None:
    """The month of the weekend meant, when its Saturday and Sunday share one: "over the weekend" is the last
    one up to publication (a planned event's the next one), "last weekend" the one before the week of
    publication, "next weekend" / "this coming weekend" the one after, "this weekend" the week's own."""
    rel = " ".join((rel or "").lower().split())
    this_saturday = pub + dt.timedelta(days=5 - pub.weekday())
    if rel == "last":
        saturday = this_saturday - dt.timedelta(weeks=1)
    elif rel in ("next", "coming", "the coming"):
        saturday = this_saturday if pub.weekday() < 5 else this_saturday + dt.timedelta(weeks=1)
    elif rel == "this" or future or pub.weekday() >= 5:
        saturday = this_saturday
    else:  # "over the weekend" told in the past: the one just gone
        saturday = this_saturday - dt.timedelta(weeks=1)
    sunday = saturday + dt.timedelta(days=1)
    return _month(saturday.year, saturday.month, raw) if saturday.month == sunday.month else None


def anchored_offset(text: str) -> int | None:
    """Days from the story's date that an anaphoric expression means ("a day earlier" -> -1,
    "two weeks later" -> 14, "the previous day" -> -1), or None when it is not one."""
    lowered = _ANCHORED_DAY_PART.sub(r"\1day", " ".join(text.lower().split()))
    if lowered in _ANCHORED_DAY:
        return _ANCHORED_DAY[lowered]
    m = _ANCHORED_OFFSET.match(lowered)
    if not m:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"]]
    days = n * (7 if m["unit"].startswith("week") else 1)
    return days if m["dir"] in ("later", "after") else -days


@lru_cache(maxsize=4096)  # pure, and the extractor asks again for the same expression of a sentence
def resolve_date(expression: str, published: str | None, *, future: bool | None = None,
                 anchor: str | None = None) -> ResolvedDate | None:
    """Resolve a date expression against the publication date (ISO "yyyy-mm-dd" or None).

    `future` says which way an unanchored expression points: False/None = the past event
    reading ("on Monday" = the most recent Monday on or before publication), True = the
    planned event reading (the next one on or after). For "February 14" without a year,
    None picks the nearest such date. Without a publication date only absolute dates
    resolve. Vague expressions ("recently", "in recent weeks", "in the near future") give None; "next week"
    and "last week" give the month when that week lies in one month.

    Anaphoric offsets ("a day earlier", "a week before", "the previous day", "two days later")
    count from `anchor`, the ISO day of the event the story is telling (the extractor passes it);
    without a day-precise anchor they give None, never a date counted from publication.
    """
    if not expression or not expression.strip() or len(expression) > 120:
        return None  # a date expression is a few words; longer input is not one
    raw = " ".join(expression.split())
    text = normalise_expression(raw)
    offset = anchored_offset(text) if text else None
    if offset is not None:
        base = parse_iso_date(anchor) if anchor and len(anchor) == 10 else None
        return _day(base + dt.timedelta(days=offset), raw) if base else None
    text = _DAY_PART_PREFIX.sub("", text)
    week = _NEWS_WEEK.match(text)
    if week:
        pub = parse_iso_date(published)
        shift = _WEEK_SHIFT[" ".join(week["rel"].lower().split())]
        return _week_month(pub + dt.timedelta(weeks=shift), raw) if pub else None
    weekend = _WEEKEND.match(text)
    if weekend:
        pub = parse_iso_date(published)
        return _weekend_month(pub, weekend["rel"], bool(future), raw) if pub else None
    span = _YEAR_SPAN.match(text)
    if span and int(span["b"]) == (int(span["a"]) + 1) % 100:
        return None  # "2023-24": a season or fiscal year, not the 24th of a month
    text = _WEEKDAY_PAIR.sub(r"\1", text)  # "Tuesday and Wednesday": the first day
    text = re.sub(rf"^(?:this\s+)?coming\s+(?={_WEEKDAY_RE.replace('?P<weekday>', '?:')}\b)", "next ", text,
                  flags=re.IGNORECASE)  # "this coming Sunday" is next Sunday, not a vague "coming" time
    pub = parse_iso_date(published)
    if pub is not None:
        rel = _in_month_of_year(text, raw, pub, bool(future)) or _edge_of_current(text, raw, pub) or \
            _season_year(text, raw, pub, future) or _ordinal_day(text, raw, pub, bool(future)) or \
            (_coming_span(text, raw, pub) if future else None)  # a deadline ahead dates only what is planned
        if rel is not None:
            return rel
    if not text or _VAGUE.search(text):
        return None
    resolved = _resolve_absolute_rules(text, raw)
    if resolved is not None:
        return resolved
    pub = parse_iso_date(published)
    if pub is not None:
        resolved = _resolve_relative(text, raw, pub, future)
        if resolved is not None:
            return resolved
    return _absolute(text, raw)


_NUMERIC_DATE = re.compile(r"(?<!\d)(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4}|\d{2})(?!\d)")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_dateline(text: str, weekdays_mentioned=(), *, us_outlet: bool = False) -> tuple[str | None, str]:
    """Read an ambiguous numeric dateline ("11-02-2019") as day-month or month-day.

    `weekdays_mentioned` are weekday names (or 0=Monday numbers) that the article says of its
    publication day ("on Monday"): the reading that falls on one of them wins. Returns the ISO
    date (None if no numeric date is found) and a note that records any doubt in words.
    """
    m = _NUMERIC_DATE.search(text or "")
    if not m:
        return None, "no numeric date found"
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if year < 100:
        year += 2000
    day_month, month_day = _safe_date(year, b, a), _safe_date(year, a, b)
    if day_month is None and month_day is None:
        return None, f"'{m.group(0)}' is not a valid date"
    if day_month is None or month_day is None or day_month == month_day:
        chosen = day_month or month_day
        return chosen.isoformat(), ""
    mentioned = {WEEKDAYS.index(w.lower()) if isinstance(w, str) else int(w)
                 for w in weekdays_mentioned if not isinstance(w, str) or w.lower() in WEEKDAYS}
    dm_ok, md_ok = day_month.weekday() in mentioned, month_day.weekday() in mentioned
    readings = f"day-month {day_month.isoformat()} ({WEEKDAYS[day_month.weekday()].title()}) or " \
               f"month-day {month_day.isoformat()} ({WEEKDAYS[month_day.weekday()].title()})"
    if dm_ok != md_ok:
        chosen = day_month if dm_ok else month_day
        return chosen.isoformat(), (f"dateline '{m.group(0)}' could be {readings}; chose "
                                    f"{chosen.isoformat()}, the {WEEKDAYS[chosen.weekday()].title()} "
                                    "the article mentions")
    chosen = month_day if us_outlet else day_month
    order = "month-day (US outlet)" if us_outlet else "day-month (non-US outlet)"
    return chosen.isoformat(), (f"dateline '{m.group(0)}' could be {readings}; the weekdays in the "
                                f"text do not decide, so assumed {order}")
