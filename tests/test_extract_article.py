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
