"""Whether an event happened: negated, cancelled and denied events are not emitted; planned ones are 'planned';
a subordinate event keeps its own tense."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.records import AGREEMENT, MEETING, OCCURRED, PLANNED

PUB = "2025-06-11"  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text: [(e.type, e.status, sorted(p.entity.name for p in e.participants), e.date)
                         for e in extract_text(nlp, text, published=PUB).events if e.type != "statement"]


@pytest.mark.parametrize("text", [
    # no longer
    "The summit between Argentine President Javier Milei and Chilean President Gabriel Boric will no longer "
    "take place.",
    # a plan, then a clause saying it fell through
    "Kenya and Tanzania were due to sign a border accord in Nairobi on Friday, but the ceremony was cancelled.",
    "Bolivian and Peruvian officials were due to meet in La Paz on Thursday, but the talks were postponed.",
    "Peruvian President Dina Boluarte and Ecuadorian President Daniel Noboa were supposed to meet in Lima, but "
    "the meeting never happened.",
    # the plan moved elsewhere or to another day: the plan as told did not happen
    "Dutch Prime Minister Dick Schoof was originally expected to meet Belgian Prime Minister Bart De Wever in "
    "Antwerp, but the meeting was moved to Brussels.",
    "Greek and Cypriot ministers were due to sign a cable deal in Nicosia on Friday, but the signing was shifted "
    "to next month.",
    # the agreement a clause describes does not exist yet
    "The trade pact that Canada and Mexico negotiated last year has yet to be signed.",
    # a denied claim
    "Reports that Indian and Pakistani officials had met secretly in Dubai were denied by both governments.",
])
def test_events_that_did_not_happen_are_not_emitted(run, text):
    assert [e for e in run(text) if e[0] in (MEETING, AGREEMENT)] == []


def test_a_ratification_still_pending_keeps_the_signing(run):
    # only "signed"/"concluded" and the like undo the agreement; ratification comes after it
    assert run("The pact that Canada and Mexico signed in 2023 has yet to be ratified.") == [
        (AGREEMENT, OCCURRED, ["Canada", "Mexico"], "2023")]


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Tanzania signed a border accord in Nairobi in 2019, but it collapsed within weeks.",
     (AGREEMENT, OCCURRED, ["Kenya", "Tanzania"], "2019")),
    ("Chile and Peru agreed a truce in Lima in May, but it collapsed within days.",
     (AGREEMENT, OCCURRED, ["Chile", "Peru"], "2025-05")),
])
def test_a_done_event_whose_result_later_failed_still_happened(run, text, expected):
    # only a plan falls through; the failed deal was still signed
    assert run(text) == [expected]


def test_a_be_to_arrangement_that_was_cancelled_is_not_emitted(run):
    assert run("The leaders of Chile and Peru were to meet in Lima on Friday, but the meeting was cancelled.") == []


def test_a_when_clause_keeps_its_past_tense(run):
    events = run("Serbia and Hungary agreed to expand energy ties when their foreign ministers met in Belgrade "
                 "on Monday.")
    assert (AGREEMENT, OCCURRED, ["Hungary", "Serbia"], "2025-06-09") in events


def test_an_event_before_or_after_a_narrated_clause_happened(run):
    assert run("Chilean President Gabriel Boric inspected an honour guard on Monday before his talks with "
               "Argentine President Javier Milei.") == [
        (MEETING, OCCURRED, ["Gabriel Boric", "Javier Milei"], "2025-06-09")]


def test_a_due_plan_is_planned_and_points_forward(run):
    assert run("Talks between Sudan and South Sudan are due to resume in Juba on Saturday.") == [
        (MEETING, PLANNED, ["South Sudan", "Sudan"], "2025-06-14")]


@pytest.mark.parametrize("text, names", [
    # the setting of a finished plan verb took place, wherever the parser hangs it
    ("Norway's Foreign Minister Espen Barth Eide and Chile's Foreign Minister Alberto van Klaveren had prepared "
     "the summit in a phone call on June 3.", ["Alberto van Klaveren", "Espen Barth Eide"]),
    ("Officials from Ghana and Togo set the agenda for the trade summit at a meeting in Accra on Monday.",
     ["Ghana", "Togo"]),
    ("At talks in Hanoi last week, Vietnamese Foreign Minister Bui Thanh Son and Thai Foreign Minister Maris "
     "Sangiampongsa scheduled a leaders' summit for December.", ["Bui Thanh Son", "Maris Sangiampongsa"]),
    ("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan have prepared the ground for a "
     "customs deal in a video call on Friday.", ["Samia Suluhu Hassan", "William Ruto"]),
])
def test_setting_of_done_planning_occurred(run, text, names):
    assert any(t == MEETING and s == OCCURRED and p == names for t, s, p, _ in run(text))


@pytest.mark.parametrize("text", [
    # the planned thing itself, and planning still running or to come, stay planned
    "Egyptian Foreign Minister Badr Abdelatty and Jordanian Foreign Minister Ayman Safadi will prepare the "
    "summit at a meeting in Amman next week.",
    "The summit between Brazilian President Lula and Argentine President Javier Milei was scheduled for June 20.",
])
def test_planning_ahead_stays_planned(run, text):
    events = run(text)
    assert events and all(s == PLANNED for _, s, _, _ in events)


@pytest.mark.parametrize("text", [
    "A draft accord, to be signed by Peru and Bolivia, is still under discussion.",
    "A framework agreement to be concluded between Indonesia and Malaysia would settle the maritime boundary.",
    "The memorandum to be signed by Greek Energy Minister Nikos Pappas and his Egyptian counterpart Tarek Mulla "
    "covers hydrogen exports.",
])
def test_an_event_made_by_a_passive_infinitive_on_its_noun_is_planned(run, text):
    assert [s for _t, s, _p, _d in run(text)] == [PLANNED]


@pytest.mark.parametrize("text", [
    "The agreement, signed by Chile and Argentina in 2019, expires next year.",
    "It was the first deal to be signed by Norway and Iceland since 1990.",  # ranked among others: done
    "Ghana and Togo on Monday signed a border deal to be implemented over five years.",  # a later step
])
def test_a_done_event_with_an_infinitive_nearby_stays_occurred(run, text):
    assert [s for _t, s, _p, _d in run(text)] == [OCCURRED]
