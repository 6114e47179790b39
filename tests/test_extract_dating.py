"""Event dates in context: which date expression dates which event, and what undated events of the story take."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.records import AGREEMENT, MEETING, OCCURRED, PLANNED


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text, published: extract_text(nlp, text, published=published).events


def of(events, type_, *names):
    """The one event of the type whose participants include all the names."""
    (event,) = [e for e in events if e.type == type_ and set(names) <= {p.entity.name for p in e.participants}]
    return event


def dated(event):
    return event.date, event.status


def test_undated_story_events_take_the_paragraphs_day_or_the_storys(run):
    text = ("Japan and Indonesia signed a maritime security pact on Wednesday in Tokyo.\n\n"
            "On Tuesday, Japanese Prime Minister Shigeru Ishiba hosted a dinner in Tokyo. At the dinner, Ishiba met "
            "Indonesian President Prabowo Subianto. The two leaders agreed to expand joint naval drills.\n\n"
            "Japan and the Philippines signed a separate logistics accord.")
    events = run(text, "2024-11-14")  # a Thursday
    assert dated(of(events, AGREEMENT, "Japan", "Indonesia")) == ("2024-11-13", OCCURRED)
    # the paragraph's "On Tuesday" dates what it goes on to tell, though no event was found in that sentence
    assert dated(of(events, MEETING, "Shigeru Ishiba", "Prabowo Subianto")) == ("2024-11-12", OCCURRED)
    assert dated(of(events, AGREEMENT, "Shigeru Ishiba", "Prabowo Subianto")) == ("2024-11-12", OCCURRED)
    # a new paragraph without a date is back on the story's day
    assert dated(of(events, AGREEMENT, "Japan", "Philippines")) == ("2024-11-13", OCCURRED)


def test_flashback_in_the_pluperfect_stays_undated(run):
    text = ("Chile and Peru signed a fisheries accord on Monday in Lima.\n\n"
            "Chilean President Gabriel Boric had met Peruvian President Dina Boluarte in Santiago to prepare it.")
    events = run(text, "2024-06-05")
    assert of(events, AGREEMENT, "Chile", "Peru").date == "2024-06-03"
    assert of(events, MEETING, "Gabriel Boric", "Dina Boluarte").date is None


def test_story_day_from_a_lead_sentence_without_an_event(run):
    text = ("Canada and Mexico have agreed to lift tariffs on steel, officials said.\n\n"
            "The accord was signed on Friday in Ottawa after three days of talks.")
    (event,) = [e for e in run(text, "2023-03-11") if e.type == AGREEMENT]  # published on a Saturday
    assert dated(event) == ("2023-03-10", OCCURRED)


def test_a_relative_clause_keeps_its_own_date(run):
    text = ("Kenyan President William Ruto, whose government took office in 2022, met Ethiopian Prime Minister "
            "Abiy Ahmed in Addis Ababa.")
    event = of(run(text, "2024-11-14"), MEETING, "William Ruto", "Abiy Ahmed")
    assert (event.date, event.date_raw) == ("2024-11-14", None)


def test_the_date_the_parse_links_to_the_event_wins(run):
    text = ("The council is due to meet in Geneva next week, and France and Germany will hold talks in Berlin "
            "on 20 March, officials said.")
    event = of(run(text, "2025-03-12"), MEETING, "France", "Germany")
    assert (event.date, event.date_raw, event.status) == ("2025-03-20", "on 20 March", PLANNED)


def test_next_week_of_a_trip_for_talks_is_its_month(run):
    text = ("Indian Foreign Minister S. Jaishankar said he would travel to Tokyo next week for talks with Japanese "
            "Foreign Minister Takeshi Iwaya.")
    event = of(run(text, "2024-12-05"), MEETING, "S. Jaishankar", "Takeshi Iwaya")
    assert (event.date, event.date_raw, event.status) == ("2024-12", "next week", PLANNED)


@pytest.mark.parametrize("offset, expected", [("a week", "2025-02"), ("two days", "2025-02-06")])
def test_a_clause_opened_by_before_lies_that_far_ahead(run, offset, expected):
    text = (f"The accord comes {offset} before Japanese Prime Minister Shigeru Ishiba and South Korean President "
            "Lee Jae Myung meet in Seoul.")
    event = of(run(text, "2025-02-04"), MEETING, "Shigeru Ishiba", "Lee Jae Myung")
    assert dated(event) == (expected, PLANNED)  # weeks: the month is certain, the day is not


def test_a_wire_dateline_date_is_not_the_events(run):
    text = "Nairobi, March 4th 2025 (Reuters) – Kenya and Uganda signed a rail agreement on Monday in Kampala."
    event = of(run(text, "2025-03-04"), AGREEMENT, "Kenya", "Uganda")
    assert (event.date, event.date_raw) == ("2025-03-03", "on Monday")


def test_a_season_the_ner_model_misses_dates_a_plan_to_its_year(run):
    text = ("The two leaders signed a ceasefire on Friday. Armenian Prime Minister Nikol Pashinyan and Azerbaijani "
            "President Ilham Aliyev are expected to meet again in Geneva in the autumn.")
    event = of(run(text, "2025-08-09"), MEETING, "Nikol Pashinyan", "Ilham Aliyev")
    assert (event.date, event.date_raw, event.status) == ("2025", "in the autumn", PLANNED)


@pytest.mark.parametrize("history, names", [
    # words that set the event before the story
    ("Chilean President Gabriel Boric previously met Peruvian President Dina Boluarte in Santiago.",
     ("Gabriel Boric", "Dina Boluarte")),
    ("Boric first met Argentine President Javier Milei in Buenos Aires.", ("Boric", "Javier Milei")),
    # a paragraph gone back in history
    ("In 2018, the two countries ended a fishing dispute. Peruvian President Dina Boluarte met Bolivian President "
     "Luis Arce in La Paz.", ("Dina Boluarte", "Luis Arce")),
])
def test_history_the_story_mentions_stays_undated(run, history, names):
    events = run("Chile and Peru signed a fisheries accord on Monday in Lima.\n\n" + history, "2024-06-05")
    assert of(events, AGREEMENT, "Chile", "Peru").date == "2024-06-03"
    assert of(events, MEETING, *names).date is None


def test_a_wire_dateline_dates_the_story_when_the_metadata_does_not(run):
    text = ("Nairobi, March 4th 2025 (Reuters) – Kenya and Uganda signed a rail agreement on Monday in Kampala.\n\n"
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni at the ceremony.")
    events = run(text, None)
    assert of(events, AGREEMENT, "Kenya", "Uganda").date == "2025-03-03"
    assert of(events, MEETING, "William Ruto", "Yoweri Museveni").date == "2025-03-03"


def test_a_first_meeting_is_the_storys_own(run):
    text = ("Chile and Peru signed a fisheries accord on Monday in Lima.\n\n"
            "Chilean President Gabriel Boric and Peruvian President Dina Boluarte held their first meeting in Lima.")
    event = of(run(text, "2024-06-05"), MEETING, "Gabriel Boric", "Dina Boluarte")
    assert event.date == "2024-06-03"


def test_a_story_told_this_week_dates_its_undated_events_to_the_month(run):
    text = ("Chinese President Xi Jinping and US President Joe Biden met at a California estate this week. "
            "They agreed to resume military-to-military communications.")
    events = run(text, "2023-11-20")  # Monday 20 to Sunday 26 November
    assert of(events, MEETING, "Xi Jinping", "Joe Biden").date == "2023-11"
    assert of(events, AGREEMENT, "Xi Jinping", "Joe Biden").date == "2023-11"


def test_weekdays_count_from_the_dateline_of_a_page_published_later(run):
    text = "Nairobi, March 4th 2025 (Reuters) – Kenya and Uganda signed a rail agreement on Monday in Kampala."
    event = of(run(text, "2025-03-07"), AGREEMENT, "Kenya", "Uganda")  # the page is dated three days later
    assert (event.date, event.date_raw) == ("2025-03-03", "on Monday")


def test_a_day_earlier_counts_from_the_day_the_story_last_named(run):
    text = ("The truce between Israel and Lebanon took effect on Sunday.\n\n"
            "A day earlier, Israeli and Lebanese military delegations met in Naqoura.")
    (event,) = [e for e in run(text, "2024-11-28") if e.type == MEETING]
    assert (event.date, event.date_raw) == ("2024-11-23", "A day earlier")  # Sunday 24 November, one day before


def test_a_time_entity_naming_a_day_dates_the_event(run):
    events = run("German Chancellor Friedrich Merz and French President Emmanuel Macron met in Berlin on Monday "
                 "night.", "2025-06-11")
    assert (of(events, MEETING, "Friedrich Merz").date, of(events, MEETING, "Friedrich Merz").date_raw) == (
        "2025-06-09", "on Monday night")


def test_a_length_is_no_date(run):
    event = of(run("Bolivia and Paraguay signed a 30-year water-sharing treaty in Asuncion on Thursday.",
                   "2025-06-11"), AGREEMENT, "Bolivia", "Paraguay")
    assert (event.date, event.date_raw) == ("2025-06-05", "on Thursday")


def test_a_weekend_is_dated_to_its_month(run):
    event = of(run("Nigerian President Bola Tinubu met Ghanaian President John Mahama in Abuja over the weekend.",
                   "2025-06-11"), MEETING, "Bola Tinubu")
    assert dated(event) == ("2025-06", OCCURRED)


def test_an_undated_participle_describing_an_accord_is_background(run):
    event = of(run("The accord, signed by Ethiopia and Eritrea, commits both countries to demarcating their "
                   "border.", "2025-06-11"), AGREEMENT, "Ethiopia", "Eritrea")
    assert dated(event) == (None, OCCURRED)


def test_a_meeting_during_a_planned_visit_takes_the_visits_date(run):
    events = run("Spanish Prime Minister Pedro Sanchez is due to visit Chile next week, where he is expected to "
                 "meet President Gabriel Boric.", "2025-06-11")
    assert dated(of(events, MEETING, "Pedro Sanchez", "Gabriel Boric")) == ("2025-06", PLANNED)


def test_a_when_clause_dates_the_agreement_not_the_plan_agreed(run):
    events = run("Serbia and Hungary agreed to resume talks on energy when their foreign ministers met in Belgrade "
                 "on Monday.", "2025-06-11")
    assert dated(of(events, AGREEMENT, "Serbia", "Hungary")) == ("2025-06-09", OCCURRED)
    assert all(e.date is None for e in events if e.status == PLANNED)


# ---- "earlier in the day", and a page header's date when the metadata has none ------------------

@pytest.mark.parametrize("text, names, day", [
    # the day the sentence before told of
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. Later that day, "
     "Ruto held talks with Tanzanian President Samia Suluhu Hassan.", ("William Ruto", "Samia Suluhu Hassan"),
     "2025-03-10"),
    # no day told yet: the story's day, not history for its "earlier"
    ("Earlier in the day, Brazilian Foreign Minister Mauro Vieira held a meeting with Chilean Foreign Minister "
     "Alberto van Klaveren.", ("Mauro Vieira", "Alberto van Klaveren"), "2025-03-12"),
])
def test_earlier_in_the_day_is_the_storys_day(run, text, names, day):
    assert dated(of(run(text, "2025-03-12"), MEETING, *names)) == (day, OCCURRED)


def test_page_header_date_stands_in_for_missing_metadata(run):
    text = ("GLOBAL WIRE - Mar 6, 2025 - 08:40 | Asia, Politics\n\n"
            "Vietnam and Singapore sign digital trade pact\n\n"
            "HANOI - Vietnam and Singapore on Wednesday signed a digital trade pact. In February, Vietnamese Prime "
            "Minister Pham Minh Chinh and Singaporean Prime Minister Lawrence Wong agreed to open negotiations.")
    events = run(text, None)
    assert dated(of(events, AGREEMENT, "Vietnam", "Singapore")) == ("2025-03-05", OCCURRED)
    assert dated(of(events, AGREEMENT, "Pham Minh Chinh", "Lawrence Wong")) == ("2025-02", OCCURRED)


def test_a_date_in_the_story_body_is_no_page_date(run):
    text = ("Ghana and Togo signed a border accord on 3 May 2024 after two years of talks, officials of both "
            "governments told reporters in the capital on the same day.")
    assert of(run(text, None), AGREEMENT, "Ghana", "Togo").date == "2024-05-03"


def test_a_length_after_an_untold_time_dates_nothing(run):
    # "two weeks after floods hit": the floods' time is not told, so the meeting takes the story's day
    text = ("Mexico and Guatemala signed a migration accord on Tuesday. Mexican President Claudia Sheinbaum hosted "
            "Guatemalan President Bernardo Arevalo in Mexico City two weeks after floods hit the border region.")
    events = run(text, "2025-06-11")
    assert dated(of(events, MEETING, "Claudia Sheinbaum", "Bernardo Arevalo")) == ("2025-06-10", OCCURRED)


def test_a_future_clauses_date_does_not_date_a_past_event(run):
    text = ("Under the accord, which Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
            "signed late on Friday, the border crossing will reopen to trucks from April.")
    assert of(run(text, "2025-03-10"), AGREEMENT, "Nikol Pashinyan", "Ilham Aliyev").date == "2025-03-07"


def test_a_term_of_office_is_no_date(run):
    text = ("Before the debate, Indonesian Foreign Minister Sugiono met the Security Council president for June, "
            "Guyana's Carolyn Rodrigues-Birkett, on Monday.")
    assert of(run(text, "2025-06-04"), MEETING, "Sugiono").date == "2025-06-02"


def test_a_past_agreement_on_a_plan_for_later_keeps_its_own_day(run):
    text = ("Ghana's Defence Minister Omane Boamah and Nigerian Defence Minister Mohammed Badaru met on Monday in "
            "Accra and agreed on a plan for joint border patrols later this year, officials said.")
    events = run(text, "2025-03-05")
    assert dated(of(events, AGREEMENT, "Omane Boamah", "Mohammed Badaru")) == ("2025-03-03", OCCURRED)
    assert dated(of(events, MEETING, "Omane Boamah", "Mohammed Badaru")) == ("2025-03-03", OCCURRED)


def test_a_part_of_the_next_day_counts_from_the_event_just_told(run):
    text = ("On Friday, Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi. "
            "The following evening, Ruto hosted Tanzanian President Samia Suluhu Hassan for a state dinner.")
    events = run(text, "2025-06-10")
    assert of(events, MEETING, "William Ruto", "Samia Suluhu Hassan").date == "2025-06-07"


def test_the_previous_day_counts_from_the_day_its_own_sentence_tells(run):
    text = ("The summit opened on Thursday after Brazilian President Luiz Inacio Lula da Silva received Colombian "
            "President Gustavo Petro at the Planalto Palace the previous day.")
    assert of(run(text, "2025-06-10"), MEETING, "Gustavo Petro").date == "2025-06-04"


def test_the_same_day_is_the_day_last_told_even_without_an_event(run):
    # the first sentence names no event the extractor keeps, but it tells the day the next one continues
    text = ("Britain and France pledged closer defence ties this week.\n\n"
            "On June 3, the royal couple hosted a banquet for the French delegation at Windsor.\n\n"
            "That night, British Foreign Secretary David Lammy held talks with French Foreign Minister "
            "Jean-Noel Barrot.")
    assert of(run(text, "2025-06-10"), MEETING, "David Lammy").date == "2025-06-03"


def test_a_span_of_days_gives_no_story_day(run):
    text = ("Nigerian President Bola Tinubu received Indian Foreign Minister S. Jaishankar, who is on a visit "
            "to Nigeria from June 8-11, at the State House in Abuja.\n\n"
            "Earlier the same day, Jaishankar held talks with Nigerian Foreign Minister Yusuf Tuggar.")
    events = run(text, "2025-06-10")
    assert of(events, MEETING, "Bola Tinubu", "S. Jaishankar").date == "2025-06-10"
    assert of(events, MEETING, "Yusuf Tuggar").date == "2025-06-10"


@pytest.mark.parametrize("text, published, names, date", [
    # a day of the month told alone
    ("Earlier, on the 14th, Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Odongo Jeje "
     "Abubakhar in Kampala.", "2025-06-30", ("Musalia Mudavadi", "Odongo Jeje Abubakhar"), "2025-06-14"),
    # the clause a 'when'/'as' event sets the scene of carries its day, even a verb of speaking
    ("Ghanaian President John Mahama spoke on Saturday at Jubilee House when he hosted Togolese President Faure "
     "Gnassingbe.", "2025-03-09", ("John Mahama", "Faure Gnassingbe"), "2025-03-08"),
    ("Egyptian President Abdel Fattah al-Sisi made the remarks on Sunday as he received Jordan's King "
     "Abdullah II.", "2025-03-11", ("Abdel Fattah al-Sisi", "Abdullah II"), "2025-03-09"),
])
def test_days_told_around_the_event(run, text, published, names, date):
    assert of(run(text, published), MEETING, *names).date == date


@pytest.mark.parametrize("text, published, names, date", [
    # the dateline's day, with the agency before the city or after the date, is the day weekdays count from
    ("(ANSA) - ROME, MAR 5 - Italian Foreign Minister Antonio Tajani met Greek Foreign Minister Giorgos "
     "Gerapetritis in Athens on Thursday.", "2025-03-07", ("Giorgos Gerapetritis",), "2025-02-27"),
    ("ROME, Mar. 5 (AGI) - Italian Foreign Minister Antonio Tajani met Greek Foreign Minister Giorgos Gerapetritis "
     "in Athens on Thursday.", "2025-03-07", ("Antonio Tajani", "Giorgos Gerapetritis"), "2025-02-27"),
    ("Accra, March 14, GNA - Ghanaian Foreign Minister Samuel Okudzeto Ablakwa held talks with Togolese Foreign "
     "Minister Robert Dussey on Saturday.", "2025-03-16", ("Samuel Okudzeto Ablakwa", "Robert Dussey"), "2025-03-08"),
    # a lead naming no day is told on the dateline's day, not on the day of a later event
    ("Accra, March 14, GNA - Ghana and Togo have signed a memorandum of understanding on border security.\n\n"
     "President John Mahama said the pact would curb smuggling.\n\n"
     "Ghana's Interior Minister Muntaka Mubarak had met Togolese Security Minister Calixte Madjoulba on the 12th "
     "in Lome.", "2025-03-14", ("Ghana", "Togo"), "2025-03-14"),
    # no publication date: a page footer line under the story states the day
    ("Ethiopian Prime Minister Abiy Ahmed held talks with Djiboutian President Ismail Omar Guelleh at the "
     "National Palace today.\n\nPublished: Thursday, 13 February 2025", None, ("Abiy Ahmed", "Ismail Omar Guelleh"),
     "2025-02-13"),
    ("Somali President Hassan Sheikh Mohamud and Kenyan President William Ruto met in Nairobi on Tuesday.\n\nGNA\n"
     "Published: 14/03/2025", None, ("Hassan Sheikh Mohamud", "William Ruto"), "2025-03-11"),
])
def test_the_day_a_dateline_or_page_line_states(run, text, published, names, date):
    (event,) = [e for e in run(text, published) if e.type != "statement"
                and set(names) <= {p.entity.name for p in e.participants}]
    assert event.date == date


def test_a_target_year_in_what_the_memorandum_aims_at_is_not_its_date(run):
    text = ("Energy Minister Kwame Mensah and his Togolese counterpart Ama Kodjo on Tuesday signed a memorandum aimed "
            "at doubling power trade by 2030.")
    ev = of(run(text, "2024-05-15"), AGREEMENT, "Kwame Mensah")
    assert ev.date == "2024-05-14"


def test_a_when_clause_takes_the_date_of_the_clause_it_sets_the_scene_of(run):
    text = ("The treaty ends a dispute that began in March 2021, when Chile signed a fishing accord with Argentina "
            "without consulting Peru.")
    ev = of(run(text, "2024-05-15"), AGREEMENT, "Chile", "Argentina")
    assert ev.date == "2021-03"


@pytest.mark.parametrize("text, names, date", [
    # a day-month-abbreviation-year dateline with the agency after it; the tagger reads only the year of it
    ("Nairobi, 12 Mar 2025 (Xinhua) – Kenyan President William Ruto and Ugandan President Yoweri Museveni today "
     "signed a pact on cross-border trade.", ("William Ruto", "Yoweri Museveni"), "2025-03-12"),
    ("Lima, 3 Sep 2024 (Andina) – Peruvian President Dina Boluarte and Chilean President Gabriel Boric today signed "
     "a joint declaration on mining cooperation.", ("Dina Boluarte", "Gabriel Boric"), "2024-09-03"),
])
def test_a_dateline_the_tagger_reads_in_part_dates_the_story(run, text, names, date):
    (event,) = [e for e in run(text, None) if e.type == AGREEMENT]
    assert set(names) <= {p.entity.name for p in event.participants}
    assert (event.date, event.status) == (date, OCCURRED)


@pytest.mark.parametrize("text, names, date", [
    # the event is the means of a passive past verb of planning: done, and a past month-day stays in its year
    ("The thaw was prepared by a phone call between Mr Erdogan and Mr Mitsotakis on March 2, officials said.",
     ("Erdogan", "Mitsotakis"), "2025-03-02"),
    ("The ceasefire was arranged by talks between Sudanese army chief Abdel Fattah al-Burhan and Kenyan President "
     "William Ruto on March 9.", ("Abdel Fattah al-Burhan", "William Ruto"), "2025-03-09"),
])
def test_an_event_that_prepared_something_has_happened(run, text, names, date):
    assert dated(of(run(text, "2025-04-20"), MEETING, *names)) == (date, OCCURRED)


def test_a_future_year_in_what_a_held_meeting_discussed_is_not_its_date(run):
    text = ("Indian Defence Minister Rajnath Singh and Australian Defence Minister Richard Marles also held a "
            "bilateral on the sidelines, during which they discussed joint exercises next year.")
    assert dated(of(run(text, "2025-06-01"), MEETING, "Rajnath Singh", "Richard Marles")) == ("2025-06-01", OCCURRED)


def test_the_main_clause_not_a_relative_clause_gives_the_day_that_follows(run):
    text = ("Kenyan President William Ruto, who arrived in Accra on Sunday for a three-day visit, was received by "
            "Ghanaian President John Mahama on Tuesday morning. The two presidents then held talks for an hour.")
    assert of(run(text, "2025-03-12"), MEETING, "John Mahama", "William Ruto").date == "2025-03-11"



@pytest.mark.parametrize("opening,day", [
    ("At the end of the talks, ", "2025-03-03"), ("After the meeting, ", "2025-03-03"),
    ("Following the talks, ", "2025-03-03"),
    ("", "2025-03-04"),  # a new paragraph that does not point back: the story's day
])
def test_sentence_pointing_back_at_the_talks_keeps_their_day_across_a_paragraph(run, opening, day):
    text = ("Chile and Japan signed a lithium pact on Tuesday.\n\n"
            "The previous day, Japanese Prime Minister Kenji Mori held talks with Senate President Manuel "
            f"Ossandon at the Congress.\n\n{opening}Ossandon and Mori signed a memorandum on fisheries.")
    events = run(text, "2025-03-06")
    assert dated(of(events, MEETING, "Manuel Ossandon", "Kenji Mori")) == ("2025-03-03", OCCURRED)
    assert dated(of(events, AGREEMENT, "Manuel Ossandon", "Kenji Mori")) == (day, OCCURRED)


def test_earlier_in_the_day_is_the_told_day_not_a_later_named_one(run):
    text = ("Chilean and Belgian ministers signed the deal in Brussels yesterday. Earlier in the day, Gabriel Boric "
            "paid a courtesy call on King Philippe at the Royal Palace of Laeken, and he met Foreign Minister Maxime "
            "Prevot at a hotel on Tuesday night.")
    events = run(text, "2025-03-06")
    assert dated(of(events, MEETING, "Gabriel Boric", "King Philippe")) == ("2025-03-05", OCCURRED)


@pytest.mark.parametrize("text, names", [
    ("Malawian President Lazarus Chakwera and Slovenian Prime Minister Robert Golob held talks in Lilongwe on Monday. "
     "The joint declaration, signed by both leaders, binds the two governments to opening talks on a farm trade "
     "pact.", ("Lazarus Chakwera", "Robert Golob")),
    ("Chilean President Gabriel Boric hosted Peruvian President Dina Boluarte in Santiago on Monday.\n\n"
     "The accord, signed by Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Elmer "
     "Schialer, sets up a joint border commission.", ("Alberto van Klaveren", "Elmer Schialer")),
])
def test_a_document_described_after_the_story_is_told_takes_its_day(run, text, names):
    assert dated(of(run(text, "2025-06-10"), AGREEMENT, *names)) == ("2025-06-09", OCCURRED)


def test_a_described_document_with_no_story_told_stays_undated(run):
    text = ("The treaty, signed by Malawian Foreign Minister Nancy Tembo and her Slovenian counterpart "
            "Tanja Fajon, commits both sides to joint patrols.")
    assert of(run(text, "2025-06-10"), AGREEMENT, "Nancy Tembo").date is None


@pytest.mark.parametrize("second", [
    "The two presidents had earlier held a tête-à-tête, followed by expanded talks with their delegations.",
    "The two leaders first held a one-on-one meeting, which was followed by talks between the delegations.",
    "The two leaders first held a tête-à-tête in the Blue Room before an expanded meeting of their delegations.",
    "The two leaders first held a private meeting, after which the talks continued with their ministers.",
])
def test_first_or_earlier_ordering_the_days_sessions_keeps_the_storys_day(run, second):
    # "first ..., followed by" / "had earlier held ..., followed by" orders the day's sessions: not history
    text = ("President Halvor Lind of Norway and Chilean President Ana Ruiz signed a fisheries agreement in Oslo on "
            "Tuesday. " + second)
    events = run(text, "2026-06-10")
    assert of(events, AGREEMENT, "Halvor Lind", "Ana Ruiz").date == "2026-06-09"
    assert dated(of(events, MEETING, "Halvor Lind", "Ana Ruiz")) == ("2026-06-09", OCCURRED)


@pytest.mark.parametrize("second, type_", [
    ("The two leaders first met on the sidelines of a summit in Lima.", MEETING),
    ("The two had earlier met twice in Geneva.", MEETING),
    # "before" opening a clause tells what ended it, not the next session of the day
    ("Norway and Chile first signed a fisheries agreement in Lima, before the talks collapsed.", AGREEMENT),
])
def test_first_or_earlier_without_a_sequel_stays_history(run, second, type_):
    text = "President Halvor Lind of Norway hosted Chilean President Ana Ruiz in Oslo on Tuesday. " + second
    events = run(text, "2026-06-10")
    (past,) = [e for e in events if e.type == type_ and e.place is not None and e.place.name != "Oslo"]
    assert past.date is None


@pytest.mark.parametrize("text, day", [
    # a guest received on arrival: the day the relative clause tells, not the story's day
    ("Chilean President Ana Ruiz and Prime Minister Halvor Lind signed a fisheries pact in Oslo on Tuesday. "
     "Ruiz, who arrived on Monday evening on a two-day official visit, was received at the airport by Lind.",
     "2026-06-08"),
    ("Kenya and Norway agreed on Wednesday to double trade. President Amani Otieno, who arrived in Oslo on Sunday "
     "for a three-day state visit, was welcomed at Gardermoen airport by Foreign Minister Halvor Lind.",
     "2026-06-07"),
    # the reception's own day comes first
    ("Chilean President Ana Ruiz, who arrived in Oslo on Sunday for a four-day state visit, was welcomed by Prime "
     "Minister Halvor Lind with full military honours on Tuesday morning.", "2026-06-09"),
])
def test_a_reception_on_arrival_takes_the_arrival_day(run, text, day):
    (welcome,) = [e for e in run(text, "2026-06-10")
                  if e.type == MEETING and any(p.entity.name == "Halvor Lind" for p in e.participants)]
    assert welcome.date == day


@pytest.mark.parametrize("text, names, day", [
    # the length dates the event of the clause it counts to, though the main clause's event is nearer
    ("Kenyan President William Ruto held talks with Chinese President Xi Jinping in Beijing on Tuesday, two days "
     "after he met Premier Li Qiang in Shanghai.", ("William Ruto", "Li Qiang"), "2026-03-08"),
    ("Kenyan President William Ruto held talks with Chinese President Xi Jinping in Beijing on Tuesday. The meeting "
     "came a day after Ruto and Premier Li Qiang co-chaired a business forum, at which the pair signed a memorandum "
     "on tea exports.", ("William Ruto", "Li Qiang"), "2026-03-09"),
])
def test_a_length_before_after_dates_the_clause_it_counts_to(run, text, names, day):
    events = run(text, "2026-03-10")  # a Tuesday
    assert {e.date for e in events if set(names) <= {p.entity.name for p in e.participants}} == {day}
    assert dated(of(events, MEETING, "William Ruto", "Xi Jinping")) == ("2026-03-10", OCCURRED)


def test_documents_listed_with_their_signatories_take_the_storys_day(run):
    text = ("Chilean President Gabriel Boric and Argentine President Javier Milei held talks in Buenos Aires on "
            "Thursday.\n\nAmong the documents signed was a memorandum on lithium mining, signed by the two foreign "
            "ministers, Alberto van Klaveren and Gerardo Werthein, and an accord on border crossings, inked by "
            "interior ministers Carolina Toha and Patricia Bullrich.")
    events = run(text, "2026-03-13")  # a Friday
    assert dated(of(events, AGREEMENT, "Alberto van Klaveren", "Gerardo Werthein")) == ("2026-03-12", OCCURRED)
    assert dated(of(events, AGREEMENT, "Carolina Toha", "Patricia Bullrich")) == ("2026-03-12", OCCURRED)


@pytest.mark.parametrize("second, day", [
    ("Milei and Boluarte then sat down for a 40-minute meeting without aides present.", "2026-03-09"),
    # a year a background paragraph named is no scene to go on from
    ("Chile and Peru agreed to hold a referendum on the border by 2027.\n\nBoric later hosted Milei and Boluarte "
     "at a working lunch.", "2026-03-10"),
])
def test_then_or_later_goes_on_from_the_day_told_before(run, second, day):
    text = ("Peruvian President Dina Boluarte and Argentine President Javier Milei visited Santiago on Tuesday.\n\n"
            "Before the summit opened on Monday morning, Chilean President Gabriel Boric received Milei and "
            f"Boluarte separately.\n\n{second}")
    events = run(text, "2026-03-11")
    last = [e for e in events if e.type == MEETING and e.evidence[0].text.startswith(second.split("\n")[-1][:20])]
    assert [e.date for e in last] == [day]


@pytest.mark.parametrize("between, day", [
    # paragraphs on from the arrival, "later in the day" is the story's day
    ("\n\n\"We are neighbours and partners,\" Boric said.\n\n", "2026-03-09"),
    # right after it, the arrival day
    (" ", "2026-03-08"),
])
def test_later_in_the_day_after_an_arrival(run, between, day):
    text = ("Chile and Peru signed a fisheries accord in Santiago on Monday.\n\nBoluarte, who arrived in Santiago on "
            f"Sunday evening, was received at the airport by Boric.{between}Later in the day, Boluarte called on "
            "Senate President Manuel Ossandon at the Congress.")
    assert dated(of(run(text, "2026-03-10"), MEETING, "Boluarte", "Manuel Ossandon")) == (day, OCCURRED)


@pytest.mark.parametrize("second", [
    "The two leaders earlier held bilateral talks at the Jubilee House, where they discussed grain exports.",
    "Earlier, the two leaders held a working breakfast with Vice President Jane Opoku-Agyemang.",
])
def test_a_bare_earlier_in_the_simple_past_is_the_storys_day(run, second):
    text = ("ACCRA, May 13 - Ghanaian President John Mahama and Kenyan President William Ruto signed four agreements "
            f"on trade and energy on Wednesday.\n\n{second}")
    assert dated(of(run(text, "2026-05-13"), MEETING, "John Mahama", "William Ruto")) == ("2026-05-13", OCCURRED)


def test_a_pluperfect_earlier_agreement_stays_history(run):
    text = ("Chancellor Olaf Scholz and Prime Minister Mark Rutte met in Berlin on Monday.\n\n"
            "Germany and the Netherlands had earlier agreed on a joint gas purchasing scheme that collapsed.")
    events = run(text, "2026-05-13")
    assert [e.date for e in events if e.type == AGREEMENT] == [None]


@pytest.mark.parametrize("text, names, day", [
    ("The last round of the dialogue was held in Oslo in September 2025, when Norwegian Foreign Minister Espen Barth "
     "Eide and Danish Foreign Minister Lars Rasmussen agreed to resume ferry links.",
     ("Espen Barth Eide", "Lars Rasmussen"), "2025-09"),
    ("The previous session was hosted in Lima in March 2024, when President Dina Boluarte and President Gabriel Boric "
     "agreed to open a border crossing.", ("Dina Boluarte", "Gabriel Boric"), "2024-03"),
])
def test_a_when_clause_takes_the_date_of_the_session_it_tells(run, text, names, day):
    assert of(run(text, "2026-05-13"), AGREEMENT, *names).date == day


@pytest.mark.parametrize("text, names, year", [
    ("Presidents William Ruto and Yoweri Museveni are expected to travel to Geneva in the coming weeks to sign an "
     "economic integration framework.", ("William Ruto", "Yoweri Museveni"), "2026"),
    ("Prime Minister Anthony Albanese and Prime Minister Christopher Luxon will sign a defence pact within 30 days.",
     ("Anthony Albanese", "Christopher Luxon"), "2026"),
])
def test_a_plan_for_the_coming_weeks_is_dated_to_the_year(run, text, names, year):
    assert dated(of(run(text, "2026-05-13"), AGREEMENT, *names)) == (year, PLANNED)


@pytest.mark.parametrize("text, type_, names", [
    ("On the sidelines of the forum, Ruto and Museveni held talks on a pipeline whose capacity they pledged to "
     "triple by 2027.", MEETING, ("Ruto", "Museveni")),
    ("Foreign ministers Ahmed Attaf and Nasser Bourita held a meeting in Algiers, where they agreed to reopen the "
     "border by 2026.", AGREEMENT, ("Ahmed Attaf", "Nasser Bourita")),
])
def test_a_deadline_in_a_clause_is_not_the_events_date(run, text, type_, names):
    """'pledged to triple by 2027': a target; the events keep the story's day."""
    assert of(run(text, "2025-06-10"), type_, *names).date == "2025-06-10"


def test_a_deadline_leaves_the_events_own_date(run):
    ev = of(run("Chile and Argentina signed the treaty in March 2024, committing to finish the tunnel by 2031.",
                "2025-06-10"), AGREEMENT, "Chile", "Argentina")
    assert ev.date == "2024-03"


def test_last_evening_is_the_day_before(nlp):
    """Print style: 'last evening' is yesterday's evening, in the sentence's own time entity too."""
    events = extract_text(nlp, "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Entebbe "
                          "last evening.", published="2025-06-10").events
    assert [(e.type, e.date) for e in events] == [("meeting", "2025-06-09")]


@pytest.mark.parametrize("text, expected", [
    ("Nairobi, Kenya, 5 March 2026 – Secretary-General Amina Yusuf today hosted Foreign Minister Jean Mugabo of "
     "Rwanda at the Secretariat. On Tuesday, Yusuf had also held a telephone conversation with President Samia "
     "Hassan.", "2026-03-03"),
    ("Port Louis, Mauritius, March 5, 2026 - Prime Minister Ravi Ramgoolam met his Indian counterpart Ajay Verma "
     "on Wednesday.", "2026-03-04"),
])
def test_a_dateline_with_town_and_country_dates_relative_days(run, text, expected):
    # no metadata date: the dateline's, whose place names a town and its country, anchors "on Tuesday"
    events = run(text, published=None)
    assert any(e.type == MEETING and e.date == expected for e in events)


def test_an_ordinal_ranking_a_name_is_no_day_of_the_month(run):
    # "the 13th Five Year Plan" names a plan; the signing after the talks keeps the talks' day
    text = ("Foreign Minister Ana Rocha and Trade Minister Omar Haddad held talks in Lisbon yesterday. Haddad said "
            "Morocco valued Portugal's support for the 13th Five Year Plan. Following the talks, Portugal and "
            "Morocco signed an agreement on fisheries.")
    assert of(run(text, "2026-03-19"), AGREEMENT, "Portugal", "Morocco").date == "2026-03-18"


@pytest.mark.parametrize("text, expected", [
    ("President Amadou Sy will meet Prime Minister Hana Novak on the 24th.", "2026-03-24"),
    ("President Amadou Sy met Prime Minister Hana Novak on the 2nd of March.", "2026-03-02"),
])
def test_an_ordinal_day_of_the_month_stays_a_date(run, text, expected):
    assert of(run(text, "2026-03-19"), MEETING, "Amadou Sy", "Hana Novak").date == expected


@pytest.mark.parametrize("text, date", [
    ("Kenyan President Samuel Otieno paid a state visit to Ghana in March 2022, his first as president, during "
     "which the two countries signed three agreements.", "2022-03"),
    ("Norwegian Prime Minister Jonas Berg held talks with Icelandic Prime Minister Bjarni Olafsson in Oslo in April "
     "2024, the first in a decade, at which they signed a fisheries pact.", "2024-04"),
])
def test_an_event_in_a_relative_clause_on_an_apposition_takes_the_visits_date(run, text, date):
    (agreement,) = [e for e in run(text, "2025-06-10") if e.type == AGREEMENT]
    assert dated(agreement) == (date, OCCURRED)


def test_a_later_sentence_keeps_its_own_day_after_an_apposition(run):
    events = run("Kenyan President Samuel Otieno visited Ghana in March 2022, his first trip abroad. On Monday the "
                 "two countries signed a trade deal.", "2025-06-10")
    (agreement,) = [e for e in events if e.type == AGREEMENT]
    assert agreement.date == "2025-06-09"


# ---- session 12: clauses about another time ----

@pytest.mark.parametrize("text, date", [
    # a "since" phrase starts a span of time: not the meeting's day
    ("Prime Minister Carla Bettencourt, on her first trip to Kenya since taking office last November, held talks "
     "with President William Ruto.", "2025-09-18"),
    ("Chancellor Hans Meyer, making his first visit abroad since winning the election in February, met President "
     "Andrzej Nowak in Warsaw on Wednesday.", "2025-09-17"),
    # a deadline dates what was agreed on, not the agreement
    ("Foreign Minister Paulo Dias held a separate meeting with his Ghanaian counterpart Samuel Ablakwa, and the two "
     "agreed to set up a joint trade commission before the end of the year.", "2025-09-18"),
    # a bare length counted from an untold time gives way to the clause's own date
    ("The visit comes a year after President Ruto flew to Seoul in May 2024 and held talks with Yoon Suk Yeol.",
     "2024-05"),
])
def test_another_times_clause_does_not_date_the_event(run, text, date):
    events = [e for e in run(text, "2025-09-18") if e.type in (MEETING, AGREEMENT)]
    assert events and all(e.date == date for e in events)


def test_since_clause_dates_the_event_told_inside_it(run):
    events = run("Chancellor Hans Meyer met President Andrzej Nowak in Warsaw on Wednesday, their first meeting since "
                 "the two signed a border treaty in March 2023.", "2025-09-18")
    assert dated(of(events, MEETING, "Hans Meyer")) == ("2025-09-17", OCCURRED)
    assert of(events, AGREEMENT, "Hans Meyer").date == "2023-03"


def test_earlier_on_a_day_split_by_the_tagger(run):
    events = run("President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Wednesday.\n\nMacron had hosted "
                 "Scholz for dinner at the Elysee earlier on Tuesday.", "2025-09-18")
    assert sorted(e.date for e in events if e.type == MEETING) == ["2025-09-16", "2025-09-17"]


def test_pluperfect_arrival_reception_belongs_to_the_visit(run):
    events = run("Prime Minister Kenji Sato arrived in Hanoi on Tuesday.\n\nSato had earlier been welcomed at Noi Bai "
                 "airport by Deputy Prime Minister Tran Hong Ha.", "2025-09-18")
    assert dated(of(events, MEETING, "Kenji Sato")) == ("2025-09-16", OCCURRED)


def test_then_goes_on_through_an_undated_sequenced_paragraph(run):
    events = run("President Paul Kagame arrived in Nairobi on Tuesday evening.\n\nOn Wednesday, President William Ruto "
                 "hosted Kagame at State House.\n\nThe two leaders first held a private meeting, and were later joined "
                 "by their delegations.\n\nKenya and Rwanda then signed four agreements on trade and transport.",
                 "2025-09-18")
    assert of(events, AGREEMENT, "Kenya", "Rwanda").date == "2025-09-17"
