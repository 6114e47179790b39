"""Where events happened: the city or venue read off the parse by `kg.extract.placing` on news phrasing."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.records import AGREEMENT, MEETING


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text, published="2024-05-15": extract_text(nlp, text, published=published).events


def place_of(events, type_):
    """The place name of the one event of this type (None when it has no place)."""
    (ev,) = [e for e in events if e.type == type_]
    return ev.place.name if ev.place is not None else None


# ---- 1. a trailing "in CITY" closing an object that has its own phrase ----------------------------

@pytest.mark.parametrize("text, type_, place", [
    ("Chile and Peru signed a memorandum of understanding on mining cooperation in Lima on Tuesday.",
     AGREEMENT, "Lima"),
    ("Morocco signed a fisheries agreement with Spain in Rabat on Friday.", AGREEMENT, "Rabat"),
    ("Prime Minister Anthony Albanese received a delegation led by Japanese Foreign Minister Takeshi Iwaya "
     "in Canberra on Monday.", MEETING, "Canberra"),
    ("German Chancellor Olaf Scholz held talks with Polish Prime Minister Donald Tusk on energy security "
     "in Warsaw on Tuesday.", MEETING, "Warsaw"),
])
def test_place_closing_the_object_phrase(run, text, type_, place):
    assert place_of(run(text), type_) == place


@pytest.mark.parametrize("text, type_", [
    # a country closing a topic is what the deal is about, not where it was signed
    ("Germany and Japan signed an agreement on investment in Vietnam on Friday.", AGREEMENT),
    # a clause about someone else places nothing
    ("French President Emmanuel Macron met Ukrainian President Volodymyr Zelensky, whose troops are "
     "fighting near Kharkiv, on Tuesday.", MEETING),
])
def test_no_place_from_topic_or_clause(run, text, type_):
    assert place_of(run(text), type_) is None
