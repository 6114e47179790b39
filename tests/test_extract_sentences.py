"""Sentence offsets, quotation spans, datelines and the boilerplate filter."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract_text, prepare_nlp
from kg.extract.sentences import (LINE_BREAKS_PIPE, dateline_tokens, is_boilerplate, is_heading_line, quote_spans,
                                  split_sentences)

PAGE = """Russia And Turkey Pledge to Continue Campaign

Home / World / Russia And Turkey Pledge
Tags: Russia Turkey Talks
A+ A-
MOSCOW – Putin and Erdogan met in Moscow on Wednesday.
Share this article
It is remarkable how Putin welcomed Erdogan pic.twitter.com/kr2yZLi0Uh
— Ali Ozkok (@Ozkok_) February 11, 2019
Lavrov said the talks were useful.
Check Also

US Lawmakers Urge Trump to Meet Kim
WASHINGTON – Members of Congress signed a letter urging Trump to meet Kim Jong Un.
Please enter your comment!
"""


def test_prepare_nlp_is_idempotent_and_splits_lines(nlp):
    prepare_nlp(nlp)
    prepare_nlp(nlp)
    assert nlp.pipe_names.count(LINE_BREAKS_PIPE) == 1
    sents = split_sentences(nlp("A heading without a stop\nPutin met Erdogan in Moscow."))
    assert [s.text for s in sents] == ["A heading without a stop", "Putin met Erdogan in Moscow."]
    assert [s.boilerplate for s in sents] == [True, False]


def test_offsets_point_into_the_untouched_text(nlp):
    text = "  Leaders met.\n\n   Putin said on Monday that talks were useful.  "
    for s in split_sentences(nlp(text)):
        assert text[s.start : s.end] == s.text and s.text == s.text.strip()


def test_page_furniture_and_everything_after_a_cut_marker_is_flagged(nlp):
    flagged = {s.text: s.boilerplate for s in split_sentences(nlp(PAGE), title="Russia And Turkey Pledge to Continue Campaign")}
    story = [t for t, junk in flagged.items() if not junk]
    assert story == ["MOSCOW – Putin and Erdogan met in Moscow on Wednesday.", "Lavrov said the talks were useful."]


def test_no_facts_from_boilerplate(nlp):
    result = extract_text(nlp, PAGE, published="2019-01-24")
    facts = sorted((e.type, tuple(sorted(p.entity.name for p in e.participants))) for e in result.events)
    assert facts == [("meeting", ("Erdogan", "Putin")), ("statement", ("Lavrov",))]
    for event in result.events:
        for ev in event.evidence:
            assert PAGE[ev.start : ev.end] == ev.text


def test_dateline_is_not_an_actor(nlp):
    text = "MOSCOW – Russian President Vladimir Putin and Turkish President Tayyip Erdogan have agreed to work together."
    (ev,) = extract_text(nlp, text, published="2019-01-24").events
    assert sorted(p.entity.name for p in ev.participants) == ["Tayyip Erdogan", "Vladimir Putin"]
    sents = split_sentences(nlp(text))
    assert {nlp(text)[i].text for i in dateline_tokens(sents)} == {"MOSCOW", "–"}


def test_quote_spans_curly_straight_and_across_sentences():
    text = '“We agree,” he said. "Yes," she said.\n“First sentence. Second sentence,” Putin added.'
    assert [text[a:b] for a, b in quote_spans(text)] == ["We agree,", "Yes,", "First sentence. Second sentence,"]
    unclosed = "Unclosed “quote to the end\nnext"
    assert [unclosed[a:b] for a, b in quote_spans(unclosed)] == ["quote to the end"]


@pytest.mark.parametrize("line", ["Tags: Russia Turkey", "Please enter your comment!", "A+ A-",
                                  "— Jane Doe (@jdoe) March 3, 2024", "Click here to read more.",
                                  "The views expressed in this article belong to the author."])
def test_boilerplate_patterns(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["Putin said the comments were unhelpful.", "By Monday the sides had agreed.",
                                  "Countries that subscribe to the treaty met in Vienna."])
def test_story_sentences_are_not_boilerplate(line):
    assert not is_boilerplate(line)
    assert not is_heading_line(line)

@pytest.mark.parametrize("line", ["Later, the Emir received a call from the Omani Sultan, who wished the forum well. (end) hk.rs",
                                  "The two ministers signed the protocol in Lima. (END) ABC/DEF",
                                  "Both delegations left for Nairobi on Friday. -- END --"])
def test_wire_end_mark_after_the_last_sentence_keeps_it_prose(line):
    assert not is_heading_line(line)


@pytest.mark.parametrize("line", ["(END)", "Talks to end", "Summit (end)"])
def test_a_line_with_no_sentence_before_an_end_mark_is_no_prose(line):
    assert is_heading_line(line)


NEWSY = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:!?\n\"'“”‘’—–-()@#0123456789é")),
                max_size=300)
PHRASES = st.lists(st.sampled_from(["Putin", "met", "Erdogan", "said", "in Moscow", "on Monday", "“", "”", ",",
                                    "the two leaders", "agreed", "he added", "MOSCOW –", "\n", "Tags:", "talks between",
                                    "and", "Check Also", "did not", "if", "will", "."]), max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(NEWSY, PHRASES), published=st.sampled_from([None, "2019-02-11", "not a date"]))
def test_any_text_gives_well_formed_events(nlp, text, published):
    result = extract_text(nlp, text, published=published)
    for event in result.events:
        assert event.participants and event.evidence
        for ev in event.evidence:
            assert text[ev.start : ev.end] == ev.text
        assert all(p.entity.type != "place" for p in event.participants)


MID_STORY_TEASERS = """Ministers met in Nairobi on Monday to discuss the ceasefire.

Most read
- Storm closes airports across the region
- Prices rise for a third month

The Kenyan foreign minister said the two delegations would return to the table next week in Mombasa.

Diplomats said a draft text was being circulated among the delegations before the next round of talks.
"""


def test_story_resumes_after_a_mid_article_teaser_block(nlp):
    """Web pages put "Most read" lists between paragraphs: the prose after the list is the story again."""
    flagged = {s.text: s.boilerplate for s in split_sentences(prepare_nlp(nlp)(MID_STORY_TEASERS))}
    assert not flagged["Ministers met in Nairobi on Monday to discuss the ceasefire."]
    assert all(junk for text, junk in flagged.items() if "airports" in text or "Prices" in text)
    assert not flagged["The Kenyan foreign minister said the two delegations would return to the table next week "
                       "in Mombasa."]
    assert not flagged["Diplomats said a draft text was being circulated among the delegations before the next "
                       "round of talks."]


def test_span_ents_equals_spacy_span_ents(nlp):
    from kg.extract.common import span_ents

    doc = nlp("Putin met Erdogan in Moscow on Monday.\nMacron called Scholz from Paris on Tuesday.")
    for sent in doc.sents:
        assert [(e.start, e.end, e.label_) for e in span_ents(sent)] == [(e.start, e.end, e.label_) for e in sent.ents]


def test_a_comments_link_above_the_story_cuts_nothing_but_one_below_it_does(nlp):
    text = ("Leaders sign border accord\n\nBy Staff Reporter\n\nShare this article\nComments\n\n"
            "The presidents of Ghana and Togo signed a border accord in Lome on Sunday after two days of talks.\n\n"
            "Officials said the deal would reopen three crossings within a month.\n\n"
            "Comments\n\nThis is a reader's comment about the accord that was signed on Sunday.\n")
    sentences = split_sentences(prepare_nlp(nlp)(text), "Leaders sign border accord")
    kept = [s.text for s in sentences if not s.boilerplate]
    assert kept == [
        "The presidents of Ghana and Togo signed a border accord in Lome on Sunday after two days of talks.",
        "Officials said the deal would reopen three crossings within a month."]


def test_no_sentence_starts_inside_a_line_after_a_word_that_cannot_end_one(nlp):
    nlp = prepare_nlp(nlp)
    text = ("Share\n\nListen\n\nKenya and Somalia have agreed to set up a joint commission to settle an \"early "
            "harvest\" of their maritime dispute, after the two countries' envoys held talks in Nairobi.\n")
    (sent,) = [s for s in split_sentences(nlp(text)) if not s.boilerplate]
    assert sent.text.startswith("Kenya and Somalia") and len(list(sent.span.sents)) == 1
    events = extract_text(nlp, text, published="2025-05-20").events
    assert sorted(p.entity.name for e in events if e.type == "agreement" for p in e.participants) == [
        "Kenya", "Somalia"]


def test_an_all_caps_kicker_ending_in_a_colon_is_its_own_sentence(nlp):
    text = "RUTO'S LONDON TRIP: Kenyan President William Ruto met British Prime Minister Keir Starmer on Monday.\n"
    sents = [s.text for s in split_sentences(prepare_nlp(nlp)(text))]
    assert sents == ["RUTO'S LONDON TRIP:", "Kenyan President William Ruto met British Prime Minister Keir Starmer on "
                     "Monday."]


def test_a_title_case_city_with_its_agency_is_a_dateline(nlp):
    nlp = prepare_nlp(nlp)
    text = ("Phnom Penh (AKP) – Prime Minister Hun Manet received Thai Foreign Minister Maris Sangiampongsa on "
            "Monday.\n")
    sents = split_sentences(nlp(text))
    dateline = [sents[0].span.doc[i].text for i in sorted(dateline_tokens(sents))]
    assert dateline == ["Phnom", "Penh", "(", "AKP", ")", "–"]
    (meeting,) = [e for e in extract_text(nlp, text, published="2025-06-04").events if e.type == "meeting"]
    assert sorted(p.entity.name for p in meeting.participants) == ["Hun Manet", "Maris Sangiampongsa"]


def test_an_abbreviated_given_name_does_not_end_the_sentence(nlp):
    from kg.extract import extract_text
    text = "Foreign Affairs Secretary Ma. Theresa Lazaro met Singaporean Foreign Minister Vivian Balakrishnan on Thursday."
    meetings = [e for e in extract_text(nlp, text, published="2025-05-16").events if e.type == "meeting"]
    assert [sorted(p.entity.name for p in m.participants) for m in meetings] == [
        ["Ma. Theresa Lazaro", "Vivian Balakrishnan"]]


@pytest.mark.parametrize("text, cut, rest, name", [
    ("The head of the agency, Karin von der Laan, spoke first.", "Karin von der", "Laan", "Karin von der Laan"),
    ("Dutch envoy Sanne van der Veen Smit met the delegation.", "Sanne van der", "Veen", "Sanne van der Veen Smit"),
])
def test_a_name_cut_after_a_particle_is_made_whole(nlp, text, cut, rest, name):
    from kg.extract.sentences import mend_particle_names

    doc = nlp(text)
    # the tagger's cut, as it reads "Ursula von der" + "Leyen" (PERSON + GPE) in some sentences
    start = text.index(cut)
    first = doc.char_span(start, start + len(cut), label="PERSON")
    second = doc.char_span(text.index(rest, start + len(cut)), text.index(rest, start + len(cut)) + len(rest),
                           label="GPE")
    doc.ents = [first, second]
    mend_particle_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [(name, "PERSON")]


@pytest.mark.parametrize("text, pair", [
    ("President Rosa Ferreira held a one-on-one with Prime Minister Tomas Halvorsen on Monday.",
     {"Rosa Ferreira", "Tomas Halvorsen"}),
    ("Chancellor Petra Lindqvist and President Omar Haddad had a One-on-one in Vienna on Friday.",
     {"Petra Lindqvist", "Omar Haddad"}),
])
def test_one_on_one_is_one_word_and_a_meeting(nlp, text, pair):
    doc = prepare_nlp(nlp)(text)
    assert any(t.text.lower() == "one-on-one" for t in doc)
    meetings = [e for e in extract_text(nlp, text, published="2026-01-20").events if e.type == "meeting"]
    assert [{p.entity.name for p in e.participants} for e in meetings] == [pair]


def test_a_one_on_one_refused_is_no_meeting(nlp):
    text = "President Rosa Ferreira said she would not hold a one-on-one with Prime Minister Tomas Halvorsen."
    assert not [e for e in extract_text(nlp, text, published="2026-01-20").events if e.type == "meeting"]


@pytest.mark.parametrize("text, first", [
    ("The delegation was led by H.E. Amb. Nadia Karimi, Minister of Foreign Affairs, while the other side was led "
     "by H.E. Dr. Tomas Halvorsen. Talks went on.",
     "The delegation was led by H.E. Amb. Nadia Karimi, Minister of Foreign Affairs, while the other side was led "
     "by H.E. Dr. Tomas Halvorsen."),
    ("The talks were chaired by Prof. Ken Mori and Lt. Gen. Ivo Marek of the joint staff. Both left at noon.",
     "The talks were chaired by Prof. Ken Mori and Lt. Gen. Ivo Marek of the joint staff."),
])
def test_an_abbreviated_style_before_a_name_ends_no_sentence(nlp, text, first):
    sentences = split_sentences(prepare_nlp(nlp)(text), None)
    assert [s.span.text.strip() for s in sentences][0] == first
    assert len(sentences) == 2
