"""Whole-article steps of `kg.extract` (mentions of one meeting in several sentences joined, side sessions kept
apart), on sentences of our own."""

from __future__ import annotations

from kg.extract import extract_text


def test_a_welcome_with_military_honours_and_the_talks_after_it_are_two_meetings(nlp):
    text = ("Ruto, who arrived in Accra on Sunday, was welcomed by President John Mahama with full military honours "
            "at Jubilee House on Monday morning. The two presidents then held closed-door talks for two hours.")
    events = [e for e in extract_text(nlp, text, published="2026-03-10").events if e.type == "meeting"]
    assert len(events) == 2
    assert all(e.date == "2026-03-09" for e in events)


def _agreements(nlp, text, published):
    return [e for e in extract_text(nlp, text, published=published).events if e.type == "agreement"]


def test_two_agreeing_verbs_each_with_its_own_object_are_two_agreements(nlp):
    text = ("Chile and Peru on Monday signed nine accords on fisheries and customs and agreed to double "
            "bilateral trade by 2030.")
    agreements = _agreements(nlp, text, "2026-02-11")
    assert len(agreements) == 2
    assert all(sorted(p.entity.name for p in a.participants) == ["Chile", "Peru"] for a in agreements)
    assert all(a.date == "2026-02-09" for a in agreements)


def test_two_verbs_sharing_one_object_are_one_agreement(nlp):
    agreements = _agreements(nlp, "Kenya and Uganda signed and ratified the pipeline treaty on Monday.", "2026-02-11")
    assert [(sorted(p.entity.name for p in a.participants), a.date) for a in agreements] == \
        [(["Kenya", "Uganda"], "2026-02-09")]


def test_a_list_of_countries_read_as_an_apposition_speaks_together(nlp):
    # "A, the B, the C and D": the parser hangs "the B" on A as an apposition and the "and" on a later conjunct
    text = ("In a joint statement, Norway, the United Kingdom, the Netherlands and Canada - the four donors "
            "that fund the mission - said the ceasefire must hold.")
    (statement,) = [e for e in extract_text(nlp, text, published="2026-04-28").events if e.type == "statement"]
    assert sorted(p.entity.name for p in statement.participants) == \
        ["Canada", "Netherlands", "Norway", "United Kingdom"]
