"""Phrasings of other outlets the first rules missed: relative-clause and noun events, led delegations,
agents the parser mis-coordinates, facts under a mis-parsed wish verb, group subjects, planned events."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.records import AGREEMENT, MEETING, PLANNED, STATEMENT


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text, published="2024-05-10": extract_text(nlp, text, published=published).events


def of_type(events, type_):
    return [e for e in events if e.type == type_]


def names(event):
    return sorted(p.entity.name for p in event.participants)


def test_relative_clause_meeting_takes_the_described_person(run):
    text = ("Brazilian President Luiz Inacio Lula da Silva, who met Argentine President Javier Milei in Brasilia "
            "on Tuesday, said trade would grow.")
    (ev,) = of_type(run(text), MEETING)
    assert names(ev) == ["Javier Milei", "Luiz Inacio Lula da Silva"]
    assert (ev.date, ev.place.name) == ("2024-05-07", "Brasília")


def test_delegation_led_by_a_person_and_partner_on_the_light_verb(run):
    text = "Norway's envoy Tor Wennesland held talks in Oslo on Monday with a rebel delegation led by Pablo Rivas."
    (ev,) = of_type(run(text), MEETING)
    assert names(ev) == ["Pablo Rivas", "Tor Wennesland"]
    assert (ev.date, ev.place.name) == ("2024-05-06", "Oslo")


def test_second_agent_hung_on_the_verb(run):
    text = ("The accord was signed in Nairobi by Interior Minister Kithure Kindiki and his Ugandan counterpart "
            "Kahinda Otafiire after a two-hour meeting.")
    events = run(text)
    (agr,) = of_type(events, AGREEMENT)
    assert names(agr) == ["Kahinda Otafiire", "Kithure Kindiki"]
    assert agr.place.name == "Nairobi"
    (meet,) = of_type(events, MEETING)
    assert names(meet) == ["Kahinda Otafiire", "Kithure Kindiki"]


def test_past_fact_under_a_misparsed_wish_verb(run):
    text = ("Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida spoke by phone on Wednesday, "
            "their second call this year, as the two countries try to widen defence ties.")
    (ev,) = of_type(run(text), MEETING)
    assert names(ev) == ["Fumio Kishida", "Narendra Modi"]
    assert (ev.mode, ev.date, ev.place) == ("phone", "2024-05-08", None)
