"""Date expressions resolved against the publication date, at the precision the text gives."""

from __future__ import annotations

import pytest

from kg.resolve.dates import ResolvedDate, resolve_date, resolve_dateline, weekday_date

MON = "2019-02-11"  # a Monday
THU = "2019-01-24"  # a Thursday


@pytest.mark.parametrize("expression, published, future, value, precision", [
    # weekdays: the one of the news week
    ("on Monday", MON, None, "2019-02-11", "day"),  # said on a Monday: that day
    ("Monday", MON, True, "2019-02-11", "day"),
    ("on Thursday", MON, True, "2019-02-14", "day"),  # a summit announced for Thursday
    ("on Thursday", MON, False, "2019-02-07", "day"),
    ("on Wednesday", THU, None, "2019-01-23", "day"),
    ("Wednesday's talks", THU, None, "2019-01-23", "day"),
    ("on Wednesday evening", THU, None, "2019-01-23", "day"),
    ("last Monday", MON, None, "2019-02-04", "day"),
    ("next Monday", MON, None, "2019-02-18", "day"),
    ("this past Sunday", MON, None, "2019-02-10", "day"),
    ("today", MON, None, "2019-02-11", "day"),
    ("yesterday", MON, None, "2019-02-10", "day"),
    ("last evening", MON, None, "2019-02-10", "day"),
    ("yesterday evening", MON, None, "2019-02-10", "day"),
    ("tomorrow", MON, None, "2019-02-12", "day"),
    ("two days ago", MON, None, "2019-02-09", "day"),
    # months
    ("last September", THU, None, "2018-09", "month"),
    ("in September", THU, None, "2018-09", "month"),
    ("in September", THU, True, "2019-09", "month"),
    ("in December", THU, None, "2018-12", "month"),
    ("in mid-December", THU, None, "2018-12", "month"),
    ("in January", THU, None, "2019-01", "month"),
    ("next March", THU, None, "2019-03", "month"),
    ("earlier this month", MON, None, "2019-02", "month"),
    ("later this month", MON, True, "2019-02", "month"),
    ("this month", MON, None, "2019-02", "month"),
    ("last month", MON, None, "2019-01", "month"),
    ("next month", "2019-12-05", True, "2020-01", "month"),
    # years
    ("in 2018", MON, None, "2018", "year"),
    ("last year", MON, None, "2018", "year"),
    ("earlier this year", MON, None, "2019", "year"),
    ("next year", MON, True, "2020", "year"),
    # days of a month
    ("February 14", MON, None, "2019-02-14", "day"),
    ("on 17 September", MON, None, "2018-09-17", "day"),
    ("the 14th of February", MON, None, "2019-02-14", "day"),
    ("Tuesday, February 12", MON, None, "2019-02-12", "day"),
    ("December 30", "2020-01-03", None, "2019-12-30", "day"),
    # absolute dates need no publication date
    ("February 11, 2019", None, None, "2019-02-11", "day"),
    ("11 February 2019", None, None, "2019-02-11", "day"),
    ("Sept. 17, 2018", None, None, "2018-09-17", "day"),
    ("2019-02-11", None, None, "2019-02-11", "day"),
    ("in September 2018", None, None, "2018-09", "month"),
    ("in 2017", None, None, "2017", "year"),
])
def test_resolve(expression, published, future, value, precision):
    assert resolve_date(expression, published, future=future) == ResolvedDate(value, precision, expression)


@pytest.mark.parametrize("expression, published", [
    ("recently", MON), ("soon", MON), ("in the near future", MON), ("next week", THU), ("last week", "2019-02-07"),
    ("in recent days", MON), ("in the coming weeks", MON), ("at the time", MON), ("two years ago", MON),
    ("the following month", MON), ("in the 1990s", MON), ("may", MON), ("", MON),
    # relative dates cannot be resolved without a publication date
    ("on Monday", None), ("last September", None), ("yesterday", None), ("February 14", None),
])
def test_vague_or_unanchored(expression, published):
    assert resolve_date(expression, published) is None


def test_future_flag_only_moves_unanchored_expressions():
    assert resolve_date("last Monday", MON, future=True).value == "2019-02-04"
    assert resolve_date("in 2018", MON, future=True).value == "2018"


def test_weekday_date_strict():
    from datetime import date

    assert weekday_date(0, date(2019, 2, 11), future=False) == date(2019, 2, 11)
    assert weekday_date(0, date(2019, 2, 11), future=False, strict=True) == date(2019, 2, 4)
    assert weekday_date(3, date(2019, 2, 11), future=True) == date(2019, 2, 14)


def test_dateline_weekday_decides():
    iso, note = resolve_dateline("11-02-2019", ["Monday"])
    assert iso == "2019-02-11"
    assert "Monday" in note and "month-day 2019-11-02" in note
    iso, note = resolve_dateline("02/11/2019", ["monday"])
    assert iso == "2019-02-11"


def test_dateline_undecidable_prefers_day_month_and_says_so():
    iso, note = resolve_dateline("05-06-2019", [])
    assert iso == "2019-06-05"
    assert "do not decide" in note and "day-month" in note
    iso, note = resolve_dateline("05-06-2019", [], us_outlet=True)
    assert iso == "2019-05-06" and "month-day" in note


def test_dateline_unambiguous_and_invalid():
    assert resolve_dateline("25.12.2019") == ("2019-12-25", "")
    assert resolve_dateline("12/25/19") == ("2019-12-25", "")
    assert resolve_dateline("no date here")[0] is None
    assert resolve_dateline("31-31-2019")[0] is None


@pytest.mark.parametrize("expression, published, future, value", [
    ("early 2019", MON, None, "2019"),
    ("late 2018", MON, None, "2018"),
    ("the end of 2018", MON, None, "2018"),
    ("mid-2018", MON, None, "2018"),
    ("the first half of 2019", MON, None, "2019"),
    ("summer 2018", MON, None, "2018"),
    # a named weekday picks the year ("Tuesday 12 February" is 2019's, even if told as past)
    ("Tuesday 12 February", MON, False, "2019-02-12"),
    ("Sunday, 10 February", MON, True, "2019-02-10"),
    # a span of days is dated by its first day
    ("12-13 February", MON, True, "2019-02-12"),
    ("February 12-13", MON, True, "2019-02-12"),
    ("on 12 to 14 March 2019", None, None, "2019-03-12"),
])
def test_years_with_qualifiers_weekdays_and_ranges(expression, published, future, value):
    assert resolve_date(expression, published, future=future).value == value


def test_ranges_do_not_break_iso_dates():
    assert resolve_date("2019-02-11", None).value == "2019-02-11"
    assert resolve_date("2019-02", None) == ResolvedDate("2019-02", "month", "2019-02")
    assert resolve_date("2018-2019", MON) is None


def test_long_input_is_not_a_date():
    assert resolve_date("Monday " * 10_000, MON) is None


@pytest.mark.parametrize("expression, published, future, value", [
    # a news week is dated to its month when Monday to Sunday lie in one month
    ("next week", "2024-12-05", True, "2024-12"),  # 9-15 December
    ("last week", MON, None, "2019-02"),  # 4-10 February
    ("early next week", "2025-03-12", True, "2025-03"),
    ("next week's summit", "2025-03-12", True, "2025-03"),
    # seasons without a year: the tense says which one
    ("in the autumn", "2025-08-09", True, "2025"),
    ("in the autumn", "2025-08-09", None, "2024"),
    ("this summer", "2025-08-09", None, "2025"),
    ("next spring", "2025-08-09", True, "2026"),
    ("next spring", "2025-02-01", True, "2025"),
])
def test_news_weeks_and_seasons(expression, published, future, value):
    found = resolve_date(expression, published, future=future)
    assert (found.value, found.precision) == (value, "year" if len(value) == 4 else "month")


@pytest.mark.parametrize("expression, published", [
    ("next week", "2024-01-25"),  # 29 January - 4 February: no single month
    ("in the winter", "2024-10-01"),  # December to February spans two years
])
def test_weeks_across_months_and_winter_stay_undated(expression, published):
    assert resolve_date(expression, published, future=True) is None


@pytest.mark.parametrize("expression, published, future, value", [
    ("over the weekend", "2025-05-13", None, "2025-05"),  # Tue: the weekend just gone, 10-11 May
    ("the weekend", "2025-05-13", True, "2025-05"),  # planned: 17-18 May
    ("last weekend", "2025-06-03", None, None),  # 31 May - 1 June: two months, no month
    ("over the weekend", "2025-06-01", None, None),  # Sunday: this weekend, 31 May - 1 June
    ("next weekend", "2025-05-31", None, "2025-06"),  # Saturday: the following one, 7-8 June
    ("this weekend", "2025-06-11", True, "2025-06"),
])
def test_weekend_month(expression, published, future, value):
    resolved = resolve_date(expression, published, future=future)
    assert (resolved.value if resolved else None) == value
    assert resolved is None or resolved.precision == "month"


@pytest.mark.parametrize("expr", ["Earlier in the day", "later that day", "later the same day"])
def test_part_of_the_anchor_day(expr):
    assert resolve_date(expr, "2025-03-12", anchor="2025-03-10").value == "2025-03-10"
    assert resolve_date(expr, "2025-03-12") is None  # no day told: the extractor falls back to the story's day


@pytest.mark.parametrize("expr, day", [
    ("The following evening", "2025-03-11"), ("the next morning", "2025-03-11"), ("that night", "2025-03-10"),
    ("that same afternoon", "2025-03-10"), ("the previous night", "2025-03-09"), ("the evening before", "2025-03-09"),
])
def test_a_part_of_the_day_before_or_after_the_anchor(expr, day):
    assert resolve_date(expr, "2025-03-14", anchor="2025-03-10").value == day


def test_a_part_of_a_named_occasion_is_no_anchored_day():
    assert resolve_date("the night of the vote", "2025-03-14", anchor="2025-03-10") is None


@pytest.mark.parametrize("expression, published, future, value", [
    # a day of the month told alone: the last such day (the next one for a plan)
    ("the 14th", "2025-06-30", None, "2025-06-14"),
    ("on the 28th", "2025-03-05", False, "2025-02-28"),
    ("the 3rd", "2025-06-30", True, "2025-07-03"),
    ("the 30th", "2025-03-02", False, None),  # no 30 February
])
def test_an_ordinal_day_alone_is_a_day_of_the_news_month(expression, published, future, value):
    resolved = resolve_date(expression, published, future=future)
    assert (resolved.value if resolved else None) == value


@pytest.mark.parametrize("expression, published, future, value", [
    ("in the coming weeks", "2026-03-10", True, "2026"),
    ("the next few months", "2025-02-01", True, "2025"),
    ("within 30 days", "2024-07-20", True, "2024"),
    ("within two weeks", "2023-12-05", True, "2023"),
    ("within the year", "2026-10-01", True, "2026"),
    ("in the coming weeks", "2026-12-10", True, None),  # may fall in the next year
    ("within 30 days", "2024-07-20", False, None),  # a deadline dates no past event
    ("30 days", "2024-07-20", True, None),  # a length, not a time
    ("in recent weeks", "2026-03-10", True, None),
])
def test_a_stretch_ahead_dates_a_plan_to_the_year_it_ends_in(expression, published, future, value):
    resolved = resolve_date(expression, published, future=future)
    assert (resolved.value if resolved else None) == value
