"""Meetings on real news phrasing: verbs, nouns, light verbs, phone calls, visits, hosts, plans, negations."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.records import HOST, MEETING, PLANNED, VISITOR


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text, published="2023-03-15": extract_text(nlp, text, published=published).events


def meetings(events):
    return [e for e in events if e.type == MEETING]


def names(event):
    return sorted(p.entity.name for p in event.participants)


def country_parties(events):
    """The countries taking part in any of the events (a trip or visit read as a meeting with a country)."""
    return [p.entity.name for e in events for p in e.participants if p.entity.type == "country"]


def test_met_with_titles_date_and_place(run):
    (ev,) = meetings(run("Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on Thursday."))
    assert names(ev) == ["Emmanuel Macron", "Xi Jinping"]
    assert (ev.date, ev.date_raw, ev.place.name, ev.status) == ("2023-03-09", "on Thursday", "Beijing", "occurred")


def test_held_talks_fronted_date(run):
    text = "On Wednesday, Putin and Erdogan held talks in Moscow, the capital of Russia."
    (ev,) = meetings(run(text, "2019-01-24"))
    assert names(ev) == ["Erdogan", "Putin"]
    assert (ev.date, ev.place.name) == ("2019-01-23", "Moscow")


def test_talks_between_delegations_are_countries(run):
    text = "Turkey hosted talks between Russian and Ukrainian delegations in Istanbul on Tuesday."
    (ev,) = meetings(run(text))
    assert {"Russia", "Ukraine"} <= set(names(ev))
    assert (ev.date, ev.place.name) == ("2023-03-14", "Istanbul")


def test_phone_call_has_phone_mode(run):
    text = ("US Secretary of State Antony Blinken spoke by phone with Ukrainian Foreign Minister Dmytro Kuleba "
            "on Monday, the State Department said.")
    (ev,) = meetings(run(text))
    assert names(ev) == ["Antony Blinken", "Dmytro Kuleba"]
    assert (ev.mode, ev.date, ev.place) == ("phone", "2023-03-13", None)


def test_planned_phone_call(run):
    text = "Macron and Scholz will hold a phone call on Friday to discuss the aid package, the Elysee said."
    (ev,) = meetings(run(text, "2024-03-05"))
    assert names(ev) == ["Macron", "Scholz"]
    assert (ev.status, ev.mode, ev.date) == (PLANNED, "phone", "2024-03-08")


def test_expected_to_meet_is_planned_with_place(run):
    text = "British Prime Minister Rishi Sunak is expected to meet US President Joe Biden in Washington on Thursday."
    (ev,) = meetings(run(text))
    assert names(ev) == ["Joe Biden", "Rishi Sunak"]
    assert (ev.status, ev.date, ev.place.name) == (PLANNED, "2023-03-16", "Washington")


def test_summit_of_leaders_of_three_countries_ahead_of(run):
    text = ("The ministers met in Ankara ahead of a summit of the presidents of Russia, Turkey, and Iran "
            "in Sochi on February 14.")
    summit = [e for e in meetings(run(text, "2019-02-11")) if len(e.participants) == 3]
    assert len(summit) == 1
    assert names(summit[0]) == ["Iran", "Russia", "Turkey"]
    assert (summit[0].status, summit[0].date, summit[0].place.name) == (PLANNED, "2019-02-14", "Sochi")


def test_future_meeting_of_foreign_ministers_next_week_is_dated_to_the_month(run):
    text = "The foreign ministers of Egypt, Jordan and Saudi Arabia will meet in Cairo next week to discuss Gaza."
    (ev,) = meetings(run(text))
    assert names(ev) == ["Egypt", "Jordan", "Saudi Arabia"]
    assert (ev.status, ev.date, ev.place.name) == (PLANNED, "2023-03", "Cairo")  # the whole week is in March


def test_passive_meeting_noun_held_in_city_in_month(run):
    text = "The last meeting between Putin, Erdogan and Iranian President Hassan Rouhani was held in Tehran in September."
    (ev,) = meetings(run(text, "2019-01-24"))
    assert names(ev) == ["Erdogan", "Hassan Rouhani", "Putin"]
    assert (ev.date, ev.place.name, ev.status) == ("2018-09", "Tehran", "occurred")


def test_host_and_unnamed_counterpart(run):
    (ev,) = meetings(run("Russian President Vladimir Putin hosted his Finnish counterpart in Moscow on Monday.",
                         "2018-07-17"))
    roles = sorted((p.entity.name, p.role) for p in ev.participants)
    assert roles == [("Finland", VISITOR), ("Vladimir Putin", HOST)]
    assert (ev.date, ev.place.name) == ("2018-07-16", "Moscow")


def test_visit_to_country_last_week_is_dated_to_the_month(run):
    (ev,) = meetings(run("Brazil's President Luiz Inácio Lula da Silva visited China last week."))
    assert sorted((p.entity.name, p.role) for p in ev.participants) == [("China", HOST),
                                                                      ("Luiz Inácio Lula da Silva", VISITOR)]
    assert (ev.date, ev.date_raw) == ("2023-03", "last week")  # a week within one month: that month


def test_negated_and_hypothetical_meetings_are_not_facts(run):
    assert meetings(run("Putin did not meet Zelensky in Istanbul on Monday.")) == []
    assert meetings(run("Officials said the two sides might meet in Jeddah later this month.")) == []
    assert meetings(run("If the talks succeed, Biden could meet Xi in Bali.")) == []


def test_meeting_inside_a_quote_is_the_speakers_words(run):
    events = run('"Turkey is talking with Russia at all levels," Hulusi Akar said.')
    assert meetings(events) == []


def test_mentions_of_the_same_meeting_merge_into_one_event(run):
    text = ("Russia's Defence Minister Sergei Shoigu met with his Turkish counterpart Hulusi Akar in Ankara on Monday.\n"
            "The ministers have also discussed the future of the region.\n"
            "The defence ministers' meeting comes ahead of a summit in Sochi.")
    (ev,) = meetings(run(text, "2019-02-11"))
    assert names(ev) == ["Hulusi Akar", "Sergei Shoigu"]
    assert (ev.date, ev.place.name) == ("2019-02-11", "Ankara")
    assert [e.sentence_index for e in ev.evidence] == [0, 1, 2]


def test_wire_datelines_do_not_hide_the_subject(run):
    text = ("BEIJING, April 3 (Xinhua) -- Chinese President Xi Jinping held talks with visiting Spanish Prime "
            "Minister Pedro Sanchez in Beijing on Friday.")
    (ev,) = meetings(run(text, "2023-04-04"))
    assert names(ev) == ["Pedro Sanchez", "Xi Jinping"]
    assert (ev.date, ev.place.name) == ("2023-03-31", "Beijing")


def test_phone_conversation_fronted(run):
    text = ("In a phone conversation with Turkish President Recep Tayyip Erdogan on Monday, Russian President "
            "Vladimir Putin discussed the grain deal.")
    (ev,) = meetings(run(text, "2023-04-04"))
    assert names(ev) == ["Recep Tayyip Erdogan", "Vladimir Putin"]
    assert (ev.mode, ev.date) == ("phone", "2023-04-03")


def test_summit_attended_by_those_who_agreed_there(run):
    text = ("CAMP DAVID, Md. (AP) — President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean "
            "President Yoon Suk Yeol agreed on Friday to expand security cooperation, at a summit at Camp David.")
    (ev,) = meetings(run(text, "2023-08-19"))
    assert names(ev) == ["Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"]
    assert (ev.date, ev.status) == ("2023-08-18", "occurred")


def test_generic_plural_meetings_are_not_events(run):
    assert meetings(run("Biden, Kishida and Yoon agreed to hold annual trilateral summits.")) == []


def test_visit_for_talks_is_a_planned_meeting_in_the_city(run):
    (ev,) = meetings(run("Netanyahu will visit Washington on Monday for talks with Biden.", "2023-09-20"))
    assert names(ev) == ["Biden", "Netanyahu"]
    assert (ev.status, ev.date, ev.place.name) == (PLANNED, "2023-09-25", "Washington")


def test_due_to_meet(run):
    (ev,) = meetings(run("Blinken and Wang Yi are due to meet in Washington.", "2023-09-20"))
    assert (len(ev.participants), ev.status, ev.place.name) == (2, PLANNED, "Washington")


def test_place_in_relative_clause_and_on_the_sidelines(run):
    (ev,) = meetings(run("The meeting between Lula and Biden, which took place at the White House on Friday, "
                         "focused on climate.", "2023-09-20"))
    assert (names(ev), ev.date, ev.place.name) == (["Biden", "Lula"], "2023-09-15", "White House")
    (ev,) = meetings(run("Biden held a bilateral meeting with Zelensky on the sidelines of the UN General Assembly "
                         "in Paris on Tuesday.", "2023-09-20"))
    assert (names(ev), ev.date, ev.place.name) == (["Biden", "Zelensky"], "2023-09-19", "Paris")


def test_denied_meeting_is_not_a_fact(run):
    assert meetings(run("Kremlin spokesman Dmitry Peskov denied that Putin had met Prigozhin.")) == []


def test_discussed_with_partner_in_a_phone_call(run):
    text = ("Egyptian President Abdel Fattah el-Sisi discussed the situation with Jordan's King Abdullah II in a "
            "phone call on Sunday, the Egyptian presidency said.")
    (ev,) = meetings(run(text, "2024-02-26"))
    assert (names(ev), ev.mode, ev.date) == (["Abdel Fattah el-Sisi", "Abdullah II"], "phone", "2024-02-25")


def test_phone_call_from_and_to(run):
    (ev,) = meetings(run("Putin received a phone call from Erdogan on Monday, the Kremlin said.", "2024-02-27"))
    assert (names(ev), ev.mode, ev.date) == (["Erdogan", "Putin"], "phone", "2024-02-26")
    (ev,) = meetings(run("Biden made a phone call to Netanyahu on Sunday.", "2024-02-27"))
    assert (names(ev), ev.mode, ev.date) == (["Biden", "Netanyahu"], "phone", "2024-02-25")


def test_welcomed_a_visitor_is_a_meeting_not_a_statement(run):
    events = run("Japanese Prime Minister Fumio Kishida welcomed Indian Prime Minister Narendra Modi to Tokyo on "
                 "Thursday.", "2024-02-27")
    assert [e.type for e in events] == [MEETING]
    assert sorted((p.entity.name, p.role) for p in events[0].participants) == [("Fumio Kishida", HOST),
                                                                             ("Narendra Modi", VISITOR)]
    assert (events[0].date, events[0].place.name) == ("2024-02-22", "Tokyo")


def test_future_date_expressions_make_plans(run):
    (ev,) = meetings(run("Putin and Erdogan will hold talks tomorrow in Sochi.", "2023-11-08"))
    assert (ev.status, ev.date, ev.place.name) == (PLANNED, "2023-11-09", "Sochi")
    (ev,) = meetings(run("The talks between Iran and the United States are set to resume next month in Oman.",
                         "2023-11-08"))
    assert (names(ev), ev.status, ev.date, ev.place.name) == (["Iran", "United States"], PLANNED, "2023-12", "Oman")


def test_after_meeting_x_the_speaker_met_x(run):
    text = 'President Lula said: "Brazil wants peace." He spoke after meeting Argentine President Javier Milei in Brasilia.'
    (ev,) = meetings(run(text, "2024-03-05"))
    assert (names(ev), ev.place.name) == (["Javier Milei", "Lula"], "Brasília")


def test_joint_press_conference_is_a_meeting_a_plain_one_is_not(run):
    (ev,) = meetings(run("Biden and Trudeau held a joint news conference in Ottawa on Friday.", "2023-11-08"))
    assert (names(ev), ev.date, ev.place.name) == (["Biden", "Trudeau"], "2023-11-03", "Ottawa")
    assert meetings(run("Putin told a news conference in Moscow that the talks were useful.")) == []


def test_along_with_and_officials_from_and_demonym_lists(run):
    (ev,) = meetings(run("Putin, along with Xi Jinping, attended the summit in Kazan on Tuesday.", "2023-11-08"))
    assert (names(ev), ev.date, ev.place.name) == (["Putin", "Xi Jinping"], "2023-11-07", "Kazan")
    (ev,) = meetings(run("Officials from Russia and Turkey met in Moscow on Monday.", "2023-11-08"))
    assert (names(ev), ev.date, ev.place.name) == (["Russia", "Turkey"], "2023-11-06", "Moscow")
    (ev,) = meetings(run("Iranian, Russian and Turkish presidents met in Tehran in July.", "2023-11-08"))
    assert (names(ev), ev.date, ev.place.name) == (["Iran", "Russia", "Turkey"], "2023-07", "Tehran")


def test_co_chaired_summit_with_a_named_partner(run):
    (ev,) = meetings(run("On Tuesday, Modi co-chaired the AI Action Summit in Paris with Macron.", "2025-02-12"))
    assert names(ev) == ["Macron", "Modi"]  # not "AI" or "Action": words of the summit's name
    assert ev.date == "2025-02-11"


def test_a_meal_with_a_named_guest_is_a_meeting(run):
    (ev,) = meetings(run("Macron had hosted a dinner for Modi at the Elysee Palace on Monday evening.", "2025-02-12"))
    assert (names(ev), ev.date) == (["Macron", "Modi"], "2025-02-10")
    assert {p.entity.name: p.role for p in ev.participants} == {"Macron": "host", "Modi": "visitor"}
    assert not meetings(run("The president hosted a dinner at the embassy on Monday.", "2025-02-12"))


def test_the_body_of_a_summit_is_not_a_party(run):
    assert not meetings(run("Orsi, attending his first Mercosur summit, spoke about trade.", "2025-07-04"))


def test_three_titled_names_the_parser_split(run):
    text = ("Separately, UK Prime Minister Keir Starmer, French President Emmanuel Macron and German Chancellor "
            "Friedrich Merz met to coordinate their position on Iran's nuclear program.")
    (ev,) = meetings(run(text, "2025-06-25"))
    assert names(ev) == ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer"]


def test_called_someone_on_a_day_is_a_phone_call_and_called_for_talks_is_not_a_meeting(run):
    (ev,) = meetings(run("President Donald Trump called Russian President Vladimir Putin on Tuesday.", "2025-02-06"))
    assert (names(ev), ev.mode, ev.date) == (["Donald Trump", "Vladimir Putin"], "phone", "2025-02-04")
    assert not meetings(run("Macron called for talks between Israel and Iran on Monday.", "2025-02-06"))


def test_hosts_alone_did_not_meet(run):
    assert not meetings(run("Iraq and Oman had hosted five rounds of talks between the two regional heavyweights "
                            "since April 2021.", "2023-03-11"))


def test_separate_talks_with_each_leader_are_one_meeting_each(run):
    text = ("Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a peace "
            "declaration at the White House on Friday. Before the ceremony, Trump held separate talks in the Oval "
            "Office with each leader.")
    found = sorted(names(e) for e in meetings(run(text, "2025-08-09")))
    assert found == [["Ilham Aliyev", "Trump"], ["Nikol Pashinyan", "Trump"]]


def test_hotline_and_separate_calls(run):
    (ev,) = meetings(run("The Indian and Pakistani military commanders spoke by hotline on Monday.", "2025-05-10"))
    assert (names(ev), ev.mode, ev.date) == (["India", "Pakistan"], "phone", "2025-05-05")
    calls = meetings(run("US Secretary of State Marco Rubio held separate calls with Indian External Affairs Minister "
                         "S. Jaishankar and Japanese Foreign Minister Takeshi Iwaya on Friday.", "2025-05-10"))
    assert sorted(names(e) for e in calls) == [["Marco Rubio", "S. Jaishankar"], ["Marco Rubio", "Takeshi Iwaya"]]
    assert {e.mode for e in calls} == {"phone"}


def test_venues_and_small_towns_the_gazetteer_does_not_know(run):
    (ev,) = meetings(run("On Tuesday, Modi co-chaired the AI Action Summit at the Grand Palais in Paris with Macron.",
                         "2025-02-12"))
    assert ev.place.name == "Grand Palais" and ev.place.type == "place"
    (ev,) = meetings(run("Carney and Starmer are expected to meet at the G7 summit in Kananaskis, Canada, in June.",
                         "2025-02-12"))
    assert (ev.place.name, ev.place.country, ev.date) == ("Kananaskis", "CA", "2025-06")
    (ev,) = meetings(run("President Donald Trump met Russian President Vladimir Putin at the White House on Monday.",
                         "2025-02-12"))
    assert ev.place.name == "White House"


def test_where_clause_after_a_travel_verb_names_the_place(run):
    text = ("The prime minister Narendra Modi left for Washington in the evening, where he is scheduled to meet "
            "President Donald Trump on Thursday.")
    (ev,) = meetings(run(text, "2025-02-12"))
    assert (names(ev), ev.status, ev.date, ev.place.name) == (
        ["Donald Trump", "Narendra Modi"], "planned", "2025-02-13", "Washington")


def test_abbreviated_honorifics_do_not_end_the_sentence(run):
    text = ("The Prime Minister of Fiji, Hon. Sitiveni Rabuka, received the Prime Minister of the Cook Islands, "
            "Hon. Mark Brown, in Suva on Tuesday.")
    (ev,) = meetings(run(text, "2025-06-11"))
    assert {p.entity.name: p.role for p in ev.participants} == {"Sitiveni Rabuka": "host", "Mark Brown": "visitor"}
    assert (ev.date, ev.place.name) == ("2025-06-10", "Suva")


def test_not_meeting_during_a_summit_and_hoped_for_meetings_are_not_facts(run):
    assert not meetings(run("Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung did "
                            "not meet during the summit.", "2025-06-11"))
    assert not meetings(run("Hopes of a meeting between Israeli Prime Minister Benjamin Netanyahu and Palestinian "
                            "President Mahmoud Abbas have faded.", "2025-06-11"))


def test_courtesy_call_reconvening_and_pencilled_in_meetings(run):
    (ev,) = meetings(run("Tongan Prime Minister Aisake Eke paid a courtesy call on Fijian Prime Minister Sitiveni "
                         "Rabuka in Suva on Monday.", "2025-06-11"))
    assert {p.entity.name: p.role for p in ev.participants} == {"Sitiveni Rabuka": "host", "Aisake Eke": "visitor"}
    assert (ev.mode, ev.date, ev.place.name) == (None, "2025-06-09", "Suva")
    found = meetings(run("Ethiopia and Eritrea held talks in Jeddah on Monday. The two delegations will reconvene on "
                         "Friday.", "2025-06-11"))
    assert [(names(e), e.status, e.date) for e in found] == [
        (["Eritrea", "Ethiopia"], "occurred", "2025-06-09"), (["Eritrea", "Ethiopia"], "planned", "2025-06-13")]
    (ev,) = meetings(run("A follow-up meeting between Canadian Prime Minister Mark Carney and Mexican President "
                         "Claudia Sheinbaum has been pencilled in for October.", "2025-06-11"))
    assert (ev.status, ev.date) == ("planned", "2025-10")


def test_place_of_the_talks_the_verb_was_for(run):
    (ev,) = meetings(run("Vice Premier He Lifeng met Treasury Secretary Scott Bessent for six hours of talks at "
                         "Lancaster House.", "2025-06-11"))
    assert (names(ev), ev.place.name) == (["He Lifeng", "Scott Bessent"], "Lancaster House")


# ---- unseen-news phrasings (session 3) ---------------------------------------------------------

def test_bilateral_meetings_with_two_titled_guests_are_two_meetings(run):
    text = ("On the margins of the forum, Prime Minister Mark Brown held bilateral meetings with the Honourable "
            "Nanaia Mahuta, Minister of Foreign Affairs of New Zealand, and the Rt Hon David Lammy, Secretary of "
            "State for Foreign Affairs of the United Kingdom.")
    found = sorted(names(m) for m in meetings(run(text, "2024-08-20")))
    assert found == [["David Lammy", "Mark Brown"], ["Mark Brown", "Nanaia Mahuta"]]


def test_received_a_courtesy_call_from_an_envoy_named_after_a_comma(run):
    text = ("President Hilda Heine received a courtesy call on Tuesday from the Special Envoy of the Japanese "
            "Government for Pacific Affairs, Ambassador Kenji Suzuki.")
    (meeting,) = meetings(run(text, "2024-05-16"))
    roles = sorted((p.entity.name, p.role) for p in meeting.participants)
    assert roles == [("Hilda Heine", HOST), ("Kenji Suzuki", VISITOR)]
    assert meeting.date == "2024-05-14"


def test_spoke_by_telephone_with_and_separately_with(run):
    text = ("Secretary of State Antony Blinken spoke by telephone with Egyptian Foreign Minister Sameh Shoukry "
            "on Sunday, and separately with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.")
    found = sorted(names(m) for m in meetings(run(text, "2024-01-08")))
    assert found == [["Antony Blinken", "Mohammed bin Abdulrahman Al Thani"], ["Antony Blinken", "Sameh Shoukry"]]
    assert all(m.mode == "phone" for m in meetings(run(text, "2024-01-08")))


def test_would_meet_if_is_a_condition_not_a_plan(run):
    text = ("Sudanese army chief Abdel Fattah al-Burhan would meet RSF leader Mohamed Hamdan Dagalo "
            "\"at any time\" if the paramilitaries left the capital, his adviser said on Monday.")
    assert meetings(run(text, "2024-02-12")) == []


def test_the_emir_of_qatar_named_after_his_country(run):
    text = ("Presidents William Ruto and Yoweri Museveni last met in Doha in March, where they were hosted by "
            "the emir of Qatar, Sheikh Tamim bin Hamad Al Thani.")
    (meeting,) = meetings(run(text, "2024-06-20"))
    assert names(meeting) == ["Tamim bin Hamad Al Thani", "William Ruto", "Yoweri Museveni"]


def test_received_by_his_excellency_the_president_name(run):
    text = ("Australian Foreign Minister Penny Wong was received by His Excellency the President of the "
            "Republic of Vanuatu, Nikenike Vurobaravu, on Wednesday.")
    (meeting,) = meetings(run(text, "2024-05-09"))
    assert sorted((p.entity.name, p.role) for p in meeting.participants) == [
        ("Nikenike Vurobaravu", HOST), ("Penny Wong", VISITOR)]


def test_called_on_a_leader_is_a_visit_not_an_appeal(run):
    visit = meetings(run("Vietnamese President Luong Cuong called on Chinese Premier Li Qiang in Beijing on "
                         "Monday.", "2025-03-12"))
    assert [sorted((p.entity.name, p.role) for p in m.participants) for m in visit] == [
        [("Li Qiang", HOST), ("Luong Cuong", VISITOR)]]
    assert meetings(run("The minister called on Japan to lift its ban.")) == []
    assert meetings(run("Zelensky called on Putin on Monday to withdraw his troops.")) == []


def test_tete_a_tete_and_consultations(run):
    text = ("Spanish Prime Minister Pedro Sanchez and Moroccan Prime Minister Aziz Akhannouch held a tête-à-tête "
            "in Rabat on Friday. COP29 President Mukhtar Babayev held consultations with Brazil's climate envoy "
            "Ana Toni in Baku on Saturday.")
    found = sorted(names(m) for m in meetings(run(text, "2024-10-07")))
    assert found == [["Ana Toni", "Mukhtar Babayev"], ["Aziz Akhannouch", "Pedro Sanchez"]]


def test_subjects_after_a_fronted_phrase(run):
    text = ("On the sidelines of the G20, Brazilian President Luiz Inacio Lula da Silva and Argentine President "
            "Javier Milei held their first bilateral meeting on Monday.")
    (meeting,) = meetings(run(text, "2024-11-20"))
    assert names(meeting) == ["Javier Milei", "Luiz Inacio Lula da Silva"]


def test_received_a_phone_call_on_a_day_from(run):
    text = "Oman's Sultan Haitham bin Tarik received a phone call on Monday from Iranian President Masoud Pezeshkian."
    (call,) = meetings(run(text, "2025-09-10"))
    assert names(call) == ["Haitham bin Tarik", "Masoud Pezeshkian"]
    assert call.mode == "phone" and call.date == "2025-09-08"


def test_possessive_countries_before_names_that_look_like_places(run):
    text = ("Spain's Pedro Sanchez and Portugal's Luís Montenegro held talks in Huelva on Tuesday. "
            "Egypt's President Abdel Fattah al-Sisi and Jordan's King Abdullah II met in Cairo on Wednesday.")
    found = sorted(names(m) for m in meetings(run(text, "2025-09-25")))
    assert found == [["Abdel Fattah al-Sisi", "Abdullah II"], ["Luís Montenegro", "Pedro Sanchez"]]


def test_mediators_named_by_their_countries(run):
    (meeting,) = meetings(run("Hamas negotiators met Egyptian and Qatari mediators in Cairo on Monday.",
                              "2025-03-26"))
    assert names(meeting) == ["Egypt", "Hamas", "Qatar"]


def test_a_hyphenated_pair_names_the_summit(run):
    (summit,) = meetings(run("Officials said an EU-Japan summit is pencilled in for early 2026.", "2025-09-12"))
    assert names(summit) == ["European Union", "Japan"]
    assert summit.status == PLANNED and summit.date == "2026"


# ---- session 4: hosts, per-partner calls, mediators, observers, co-chairs, briefings -------------------

def test_played_host_to_a_leader_and_his_counterpart(run):
    text = ("Emir Tamim bin Hamad Al Thani played host to Armenian Prime Minister Nikol Pashinyan and his "
            "Azerbaijani counterpart Ali Asadov in Doha on Sunday.")
    (ev,) = meetings(run(text))
    assert names(ev) == ["Ali Asadov", "Nikol Pashinyan", "Tamim bin Hamad Al Thani"]
    assert {p.role for p in ev.participants} == {HOST, VISITOR}
    assert ev.date == "2023-03-12"


@pytest.mark.parametrize("text, guest", [
    ("Chancellor Olaf Scholz hosted Spanish Prime Minister Pedro Sanchez for lunch at the chancellery, "
     "his official residence, on Friday.", "Pedro Sanchez"),
    ("President Lula received Chilean President Gabriel Boric for a state dinner at the Alvorada Palace, "
     "the presidential residence, on Friday.", "Gabriel Boric"),
])
def test_hosted_for_a_meal_with_a_second_object(run, text, guest):
    (ev,) = meetings(run(text))
    assert guest in names(ev) and len(ev.participants) == 2
    assert ev.date == "2023-03-10"


def test_phone_calls_with_two_named_counterparts_are_two_calls(run):
    text = ("Indian External Affairs Minister S. Jaishankar held phone calls with his Saudi and Iranian "
            "counterparts, Faisal bin Farhan and Abbas Araghchi, on Tuesday.")
    evs = meetings(run(text))
    assert sorted(names(e) for e in evs) == [["Abbas Araghchi", "S. Jaishankar"], ["Faisal bin Farhan", "S. Jaishankar"]]
    assert all(e.mode == "phone" and e.date == "2023-03-14" for e in evs)


def test_meetings_with_two_leaders_are_two_meetings(run):
    text = ("Dutch Prime Minister Dick Schoof held meetings with Belgian Prime Minister Bart De Wever and "
            "Luxembourg Prime Minister Luc Frieden in Brussels on Thursday.")
    evs = meetings(run(text))
    assert len(evs) == 2 and all("Dick Schoof" in names(e) and len(e.participants) == 2 for e in evs)


def test_calls_by_an_unnamed_doer_are_not_guessed(run):
    text = "The minister had phone conversations with his counterparts from Chile and Peru on Monday."
    assert meetings(run(text)) == []


def test_held_a_bilateral_with(run):
    text = "Japanese Prime Minister Shigeru Ishiba held a bilateral with Canadian Prime Minister Mark Carney on Monday."
    (ev,) = meetings(run(text))
    assert names(ev) == ["Mark Carney", "Shigeru Ishiba"]
    assert ev.date == "2023-03-13"


def test_talks_mediated_by_third_parties_include_the_mediators(run):
    text = "Sudanese and South Sudanese delegations held indirect talks in Juba on Sunday mediated by Kenya and Uganda."
    (ev,) = meetings(run(text))
    assert {"Kenya", "Uganda", "Sudan"} <= set(names(ev))
    assert ev.place.name == "Juba"


def test_meeting_on_a_topic_between_ministers(run):
    text = ("A trilateral meeting on border security between the interior ministers of Chile, Peru and Bolivia "
            "was held in Lima on Friday.")
    (ev,) = meetings(run(text))
    assert {"Chile", "Peru", "Bolivia"} <= set(names(ev))
    assert (ev.date, ev.place.name) == ("2023-03-10", "Lima")


def test_discussions_between_named_sides(run):
    text = "The deal followed two weeks of discussions in Nairobi between Kenya and the World Bank."
    (ev,) = meetings(run(text))
    assert set(names(ev)) == {"Kenya", "World Bank"}


def test_observers_at_talks_are_not_parties(run):
    text = "The ambassadors of France and Germany attended the talks as observers, a ministry statement said."
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text, status", [
    ("German Chancellor Olaf Scholz and Brazilian President Lula co-chaired the climate summit in Berlin on Tuesday.",
     "occurred"),
    ("Kenyan President William Ruto and Ghanaian President John Mahama will co-host the investment summit in "
     "Nairobi on Tuesday.", "planned"),
])
def test_co_chairs_of_a_summit_met(run, text, status):
    (ev,) = meetings(run(text))
    assert len(ev.participants) == 2 and {p.role for p in ev.participants} == {"participant"}
    assert ev.status == status


def test_named_leaders_gathered(run):
    text = ("Leaders of the Nordic countries, including Norway's Jonas Gahr Store, Sweden's Ulf Kristersson and "
            "Finland's Petteri Orpo, gathered in Reykjavik on Monday.")
    (ev,) = meetings(run(text))
    assert {"Jonas Gahr Store", "Ulf Kristersson", "Petteri Orpo"} & set(names(ev))
    assert len(ev.participants) >= 2 and ev.place.name == "Reykjavík"


def test_a_crowd_gathering_is_no_meeting(run):
    assert meetings(run("Thousands of farmers gathered outside the parliament in Warsaw on Tuesday.")) == []


@pytest.mark.parametrize("text, mode", [
    ("Ukrainian President Volodymyr Zelensky briefed Polish President Andrzej Duda on the talks by telephone "
     "on Friday.", "phone"),
    ("French President Emmanuel Macron briefed German Chancellor Olaf Scholz on the summit in Berlin on Friday.", None),
])
def test_briefing_a_named_leader_is_a_meeting(run, text, mode):
    (ev,) = meetings(run(text))
    assert len(ev.participants) == 2 and ev.mode == mode and ev.date == "2023-03-10"


def test_briefing_reporters_is_no_meeting(run):
    assert meetings(run("The spokesman briefed reporters on the outcome of the talks on Friday.")) == []


def test_a_second_event_noun_shares_the_light_verb(run):
    text = ("On Tuesday, Spanish Prime Minister Pedro Sanchez held a meeting with Chancellor Friedrich Merz, and "
            "a telephone conversation with Prime Minister Keir Starmer.")
    evs = sorted(meetings(run(text)), key=names)
    assert [names(e) for e in evs] == [["Friedrich Merz", "Pedro Sanchez"], ["Keir Starmer", "Pedro Sanchez"]]
    assert [e.mode for e in evs] == [None, "phone"]


def test_name_after_an_unnamed_object_of_met(run):
    text = ("Before the vote, Secretary of State Marco Rubio met the alliance's envoy for Asia, Japan's Taro Kono, "
            "to discuss trade.")
    (ev,) = meetings(run(text))
    assert names(ev) == ["Marco Rubio", "Taro Kono"]


def test_sat_down_together(run):
    text = "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev sat down together in Abu Dhabi on Friday."
    (ev,) = meetings(run(text))
    assert names(ev) == ["Ilham Aliyev", "Nikol Pashinyan"]
    assert (ev.date, ev.place.name) == ("2023-03-10", "Abu Dhabi")


# ---- session 4 (lead): a following sentence about "the meeting" -----------------------------------------

def test_the_meeting_took_place_at_a_venue_and_was_hosted_by_adds_both(run):
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi on "
            "Thursday.\nThe meeting took place at the Emirates Palace and was hosted by UAE President "
            "Mohamed bin Zayed.")
    (meeting,) = meetings(run(text, "2025-07-11"))
    assert names(meeting) == ["Ilham Aliyev", "Mohamed bin Zayed", "Nikol Pashinyan"]
    assert meeting.place.name == "Emirates Palace" and meeting.date == "2025-07-10"
    assert [p.role for p in meeting.participants if p.entity.name == "Mohamed bin Zayed"] == [HOST]
    assert len(meeting.evidence) == 2


def test_a_future_or_other_meeting_is_not_the_one_just_told(run):
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi on "
            "Thursday.\nThe next meeting will be hosted by Kazakh President Kassym-Jomart Tokayev in Astana.")
    events = run(text, "2025-07-11")
    occurred = [m for m in meetings(events) if m.status != PLANNED]
    assert [names(m) for m in occurred] == [["Ilham Aliyev", "Nikol Pashinyan"]]
    assert occurred[0].place.name == "Abu Dhabi"


# ---- session 5 (meetings helper): meals, audiences, accompanied-by, ruled-out meetings ---------------------

@pytest.mark.parametrize("text, host, guest", [
    ("King Abdullah later hosted a luncheon in honour of President William Ruto and his delegation.",
     "King Abdullah", "William Ruto"),
    ("Prime Minister Mark Carney hosted a state dinner in honor of President Lula at Rideau Hall on Friday.",
     "Mark Carney", "Lula"),
])
def test_a_meal_in_honour_of_a_guest(run, text, host, guest):
    (ev,) = meetings(run(text, "2025-06-14"))
    assert {p.entity.name: p.role for p in ev.participants} == {host: HOST, guest: VISITOR}


@pytest.mark.parametrize("text, host, guest, date", [
    ("President Bola Tinubu is scheduled to be received by King Charles at Windsor Castle on Friday.",
     "King Charles", "Bola Tinubu", "2025-06-13"),
    ("Spanish Prime Minister Pedro Sanchez is expected to be received by Pope Leo on Thursday, the Vatican said.",
     "Pope Leo", "Pedro Sanchez", "2025-06-12"),
])
def test_to_be_received_by_a_host_is_a_planned_audience(run, text, host, guest, date):
    (ev,) = meetings(run(text, "2025-06-10"))
    assert {p.entity.name: p.role for p in ev.participants} == {host: HOST, guest: VISITOR}
    assert (ev.status, ev.date) == (PLANNED, date)


def test_called_on_a_minister_to_discuss_is_a_visit(run):
    text = ("Japanese Ambassador Kenji Tanaka called on Foreign Minister Ali Sabry on Tuesday to discuss the "
            "debt restructuring, the ministry said.")
    (ev,) = meetings(run(text, "2025-06-12"))
    assert {p.entity.name: p.role for p in ev.participants} == {"Ali Sabry": HOST, "Kenji Tanaka": VISITOR}
    assert ev.date == "2025-06-10"


def test_called_on_a_leader_to_release_is_an_appeal(run):
    assert not meetings(run("The UN chief called on President Salva Kiir on Monday to release the detained "
                            "ministers."))


@pytest.mark.parametrize("text, people", [
    ("President Michel Aoun met with Cardinal Pietro Parolin, Secretary of State, accompanied by Foreign "
     "Minister Youssef Rajji.", ["Michel Aoun", "Pietro Parolin", "Youssef Rajji"]),
    ("Prime Minister Keir Starmer hosted a working lunch for Chancellor Friedrich Merz at Chequers, accompanied "
     "by Foreign Secretary David Lammy and Chancellor Rachel Reeves.",
     ["David Lammy", "Friedrich Merz", "Keir Starmer", "Rachel Reeves"]),
    ("President William Ruto, accompanied by Foreign Minister Musalia Mudavadi, met Chinese Premier Li Qiang in "
     "Beijing on Thursday.", ["Li Qiang", "Musalia Mudavadi", "William Ruto"]),
])
def test_people_accompanying_a_side_took_part(run, text, people):
    (ev,) = meetings(run(text))
    assert names(ev) == people


def test_an_accompanying_delegation_is_no_participant(run):
    (ev,) = meetings(run("Narendra Modi met Vladimir Putin in Moscow, accompanied by a large business delegation."))
    assert names(ev) == ["Narendra Modi", "Vladimir Putin"]


def test_leaders_agreeing_following_bilateral_talks_met(run):
    text = ("Anthony Albanese and Christopher Luxon agreed on Monday to deepen defence cooperation, following "
            "bilateral talks on the margins of the Pacific Islands Forum in Honiara.")
    (ev,) = meetings(run(text, "2025-09-10"))
    assert names(ev) == ["Anthony Albanese", "Christopher Luxon"]
    assert (ev.date, ev.place.name) == ("2025-09-08", "Honiara")


@pytest.mark.parametrize("text", [
    "No date has been set for a Biden-Xi meeting this year, officials said.",
    "There are no plans for a meeting between Vladimir Putin and Volodymyr Zelensky, the Kremlin said.",
    "Washington has no plans for talks with Nicolas Maduro, a State Department spokesman said.",
])
def test_a_meeting_ruled_out_is_no_event(run, text):
    assert not meetings(run(text))


@pytest.mark.parametrize("text, people", [
    ("Kenyan Defence Minister Soipan Tuya and Ugandan Defence Minister Jacob Oboth are due to convene a session "
     "of the Joint Permanent Commission in Nairobi on Friday.", ["Jacob Oboth", "Soipan Tuya"]),
    ("Foreign ministers Penny Wong and Sugiono will convene a meeting of the bilateral ministerial forum in "
     "Jakarta on Friday.", ["Penny Wong", "Sugiono"]),
])
def test_two_named_parties_convening_a_session_meet(run, text, people):
    (ev,) = meetings(run(text, "2025-06-10"))
    assert names(ev) == people
    assert (ev.status, ev.date) == (PLANNED, "2025-06-13")


def test_a_body_convening_a_session_alone_is_no_meeting(run):
    assert not meetings(run("The Security Council convened an emergency session on Sunday."))


def test_parties_named_in_an_apposition_of_the_talks(run):
    text = ("The talks, the first between Chinese and Indian defence ministers in five years, were held in "
            "Qingdao on Thursday.")
    (ev,) = meetings(run(text, "2025-06-27"))
    assert names(ev) == ["China", "India"]
    assert ev.place.name == "Qingdao"


@pytest.mark.parametrize("text, hosts, guests", [
    ("Spanish Prime Minister Pedro Sanchez on Monday hosted Latin American leaders, including Brazilian President "
     "Luiz Inacio Lula da Silva and Colombian President Gustavo Petro, for talks on migration.",
     ["Pedro Sanchez"], {"Gustavo Petro", "Luiz Inacio Lula da Silva"}),
    ("Kenyan President William Ruto on Friday received African Union leaders, including Ghanaian President John "
     "Mahama and Senegalese President Bassirou Diomaye Faye, at State House.",
     ["William Ruto"], {"Bassirou Diomaye Faye", "John Mahama"}),
])
def test_host_read_as_a_modifier_of_the_guests(run, text, hosts, guests):
    (ev,) = meetings(run(text))
    assert sorted(p.entity.name for p in ev.participants if p.role == HOST) == hosts
    assert {p.entity.name for p in ev.participants if p.role == VISITOR} == guests


@pytest.mark.parametrize("text, people", [
    ("Brazilian President Luiz Inacio Lula da Silva, whose dinner with Spanish Prime Minister Pedro Sanchez lasted "
     "three hours, praised the agreement.", ["Luiz Inacio Lula da Silva", "Pedro Sanchez"]),
    ("Indian Prime Minister Narendra Modi, whose meeting with Japanese Prime Minister Shigeru Ishiba ran late, "
     "left for Delhi.", ["Narendra Modi", "Shigeru Ishiba"]),
])
def test_whose_meeting_or_meal_with_a_person(run, text, people):
    (ev,) = meetings(run(text))
    assert names(ev) == people


@pytest.mark.parametrize("text, people", [
    ("Delegations led by Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun "
     "Bayramov met in Almaty on Friday to discuss the peace treaty.", {"Ararat Mirzoyan", "Jeyhun Bayramov"}),
    ("Belarusian Prime Minister Roman Golovchenko met with the Iranian delegation led by First Vice President "
     "Mohammad Mokhber.", {"Mohammad Mokhber", "Roman Golovchenko"}),
])
def test_delegations_stand_for_their_named_leaders(run, text, people):
    (ev,) = meetings(run(text))
    assert people <= set(names(ev))


@pytest.mark.parametrize("text, people", [
    ("Indian External Affairs Minister Subrahmanyam Jaishankar co-chaired the Joint Commission with his Saudi "
     "counterpart Faisal bin Farhan in Riyadh on Sunday.", ["Faisal bin Farhan", "Subrahmanyam Jaishankar"]),
    ("Kenyan President William Ruto exchanged views with Ethiopian Prime Minister Abiy Ahmed on regional security.",
     ["Abiy Ahmed", "William Ruto"]),
    ("Chinese Foreign Minister Wang Yi met on the sidelines of the forum with Brazilian Foreign Minister Mauro "
     "Vieira.", ["Mauro Vieira", "Wang Yi"]),
    ("Kazakh President Kassym-Jomart Tokayev held an official talks session with Uzbek President Shavkat "
     "Mirziyoyev in Tashkent.", ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]),
    ("French President Emmanuel Macron and German Chancellor Olaf Scholz held a tete-a-tete conversation in Paris.",
     ["Emmanuel Macron", "Olaf Scholz"]),
])
def test_wire_formulas_of_talks(run, text, people):
    (ev,) = meetings(run(text))
    assert names(ev) == people


def test_a_videoconference_is_remote(run):
    (ev,) = meetings(run("Turkish President Recep Tayyip Erdogan and Azerbaijani President Ilham Aliyev held a "
                         "videoconference on Sunday."))
    assert ev.mode == "phone"


@pytest.mark.parametrize("text", [
    "Brazilian President Luiz Inacio Lula da Silva is in Japan on a state visit at the invitation of Prime "
    "Minister Shigeru Ishiba.",
    "Brazilian President Luiz Inacio Lula da Silva arrived in Tokyo on Monday for a state visit at the invitation "
    "of Japanese Prime Minister Shigeru Ishiba.",
])
def test_a_visit_at_the_invitation_of_a_person_meets_the_inviter(run, text):
    (ev,) = meetings(run(text))
    assert names(ev) == ["Luiz Inacio Lula da Silva", "Shigeru Ishiba"]


def test_attendees_of_the_talks_told_before_are_no_meeting_of_their_own(run):
    # they sit in the talks themselves (kg/extract/attendance.py): one meeting of four
    text = ("Vietnamese President Luong Cuong held talks with Chilean President Gabriel Boric in Hanoi on Monday. "
            "The talks were attended by Foreign Minister Bui Thanh Son and Chilean Foreign Minister Alberto van "
            "Klaveren.")
    (ev,) = meetings(run(text))
    assert names(ev) == ["Alberto van Klaveren", "Bui Thanh Son", "Gabriel Boric", "Luong Cuong"]


def test_two_leaders_exchanging_views_after_a_call_is_the_same_call(run):
    text = ("Kazakh President Kassym-Jomart Tokayev had a telephone conversation with Kyrgyz President Sadyr Japarov "
            "on Monday. The two leaders exchanged views on water management.")
    assert [names(e) for e in meetings(run(text))] == [["Kassym-Jomart Tokayev", "Sadyr Japarov"]]


@pytest.mark.parametrize("text", [
    "On Friday, Japanese Prime Minister Shigeru Ishiba visited the Hiroshima memorial with Indian Prime Minister "
    "Narendra Modi.",
    "Indian Prime Minister Narendra Modi visited a semiconductor plant in Miyagi with Japanese Prime Minister "
    "Shigeru Ishiba on Saturday.",
])
def test_visiting_a_site_together_is_a_meeting(run, text):
    (ev,) = meetings(run(text))
    assert {"Narendra Modi", "Shigeru Ishiba"} <= set(names(ev))


def test_visiting_with_a_companion_of_ones_own_side_is_no_meeting(run):
    text = "US President Donald Trump visited the Arlington cemetery with Vice President JD Vance on Monday."
    assert meetings(run(text)) == []


def test_a_meeting_of_a_bilateral_body_is_a_meeting_of_its_countries(run):
    text = "The decisions were taken at the fifth meeting of the Kenya-Uganda Joint Permanent Commission in Kampala."
    (ev,) = meetings(run(text))
    assert names(ev) == ["Kenya", "Uganda"]


def test_hosting_for_a_meeting_of_a_bilateral_body_makes_no_meeting_of_its_countries(run):
    text = ("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Monday for the "
            "fifth meeting of the Kenya-Uganda Joint Permanent Commission.")
    found = [names(e) for e in meetings(run(text))]
    assert ["William Ruto", "Yoweri Museveni"] in found and ["Kenya", "Uganda"] not in found


def test_a_round_held_when_two_people_agreed_is_their_meeting(run):
    text = ("The last round of the dialogue was held in Tokyo in May 2021, when Australian Defence Minister "
            "Richard Marles and Japanese Defence Minister Minoru Kihara agreed to expand joint drills.")
    (ev,) = meetings(run(text))
    assert names(ev) == ["Minoru Kihara", "Richard Marles"]
    assert (ev.date, ev.place.name) == ("2021-05", "Tokyo")


def test_joining_the_talks_by_video_joins_the_meeting_just_told(run):
    text = ("German Chancellor Olaf Scholz hosted Italian Prime Minister Giorgia Meloni and Spanish Prime Minister "
            "Pedro Sanchez in Berlin on Monday. Canadian Prime Minister Justin Trudeau joined part of the talks by "
            "video link from Ottawa.")
    joined = [e for e in meetings(run(text)) if "Justin Trudeau" in names(e)]
    assert [names(e) for e in joined] == [["Giorgia Meloni", "Justin Trudeau", "Olaf Scholz", "Pedro Sanchez"]]
    assert joined[0].mode == "phone"


@pytest.mark.parametrize("text", [
    "Meloni also paid a visit to the Royal Palace and met King Felipe, who praised the talks.",
    "Meloni visited the Moncloa Palace and met King Felipe on Tuesday.",
])
def test_a_visited_building_is_no_host(run, text):
    evs = meetings(run(text))
    assert [names(e) for e in evs] == [["King Felipe", "Meloni"]]


def test_signing_after_hours_of_talks_is_a_meeting_of_the_signatories(run):
    text = ("The treaty was signed by Kenyan President William Ruto and Ugandan President Yoweri Museveni at "
            "State House in Entebbe on Friday, after more than three hours of talks.")
    (ev,) = meetings(run(text))
    assert names(ev) == ["William Ruto", "Yoweri Museveni"]
    assert not meetings(run("The treaty was signed by Kenyan President William Ruto and Ugandan President Yoweri "
                            "Museveni at State House on Friday."))


def test_expecting_to_join_the_talks_joins_no_meeting_told_before(run):
    text = ("Scholz met Meloni in Berlin on Monday. Trudeau is expected to travel to Rome later this week to join "
            "the talks.")
    assert [names(e) for e in meetings(run(text))] == [["Meloni", "Scholz"]]


def test_spoken_by_telephone_is_not_a_passive(run):
    (ev,) = meetings(run("Albanese and Luxon had last spoken by telephone on 12 March."))
    assert names(ev) == ["Albanese", "Luxon"]
    assert (ev.date, ev.mode) == ("2023-03-12", "phone")


def test_briefing_as_the_purpose_of_a_call_is_the_same_call(run):
    text = "Mr Albanese had also spoken by phone with Fiji's Prime Minister, Sitiveni Rabuka, on Sunday to brief him."
    evs = meetings(run(text))
    assert [(names(e), e.status) for e in evs] == [(["Albanese", "Sitiveni Rabuka"], "occurred")]


def test_with_clause_of_its_own_names_no_partner(run):
    text = "Officials said Erdogan and Putin had also discussed Syria, with Lavrov expressing support for talks."
    assert [names(e) for e in meetings(run(text))] == [["Erdogan", "Putin"]]


def test_courtesy_call_as_adjunct_of_another_verb(run):
    text = ("Ghana's President John Mahama was due to fly home on Friday after a courtesy call on Vice President "
            "Kithure Kindiki.")
    (ev,) = meetings(run(text))
    assert {(p.entity.name, p.role) for p in ev.participants} == {("John Mahama", VISITOR), ("Kithure Kindiki", HOST)}
    text = "Chilean President Gabriel Boric had started the day with a courtesy call on former president Ricardo Lagos."
    (ev,) = meetings(run(text))
    assert names(ev) == ["Gabriel Boric", "Ricardo Lagos"]


def test_day_begun_with_a_meeting(run):
    text = ("Mexican President Claudia Sheinbaum and Canadian Prime Minister Mark Carney began the day with a private "
            "meeting at the National Palace on Monday.")
    (ev,) = meetings(run(text))
    assert names(ev) == ["Claudia Sheinbaum", "Mark Carney"]
    assert (ev.date, ev.place.name) == ("2023-03-13", "National Palace")


def test_joined_by_delegations_including_named_ministers(run):
    text = ("Vietnamese Prime Minister Pham Minh Chinh and Thai Prime Minister Paetongtarn Shinawatra met in Hanoi on "
            "Monday. They were later joined by their delegations, including Foreign Minister Bui Thanh Son and "
            "Commerce Minister Pichai Naripthaphan.")
    evs = meetings(run(text))
    assert ["Bui Thanh Son", "Paetongtarn Shinawatra", "Pham Minh Chinh", "Pichai Naripthaphan"] in [names(e) for e in evs]
    assert not meetings(run("The two ministers were joined by their delegations later in the day."))


def test_cochaired_session_of_a_binational_commission(run):
    text = ("Kenyan President William Ruto and his Ugandan counterpart, Yoweri Museveni, co-chaired the fifth session "
            "of the Kenya-Uganda Joint Permanent Commission in Mombasa on Tuesday.")
    (ev,) = meetings(run(text))
    assert names(ev) == ["Kenya", "Uganda", "William Ruto", "Yoweri Museveni"]
    assert (ev.date, ev.place.name) == ("2023-03-14", "Mombasa")


def test_repeated_with_is_one_meeting_each_and_names_after_posts(run):
    text = ("Turkish Foreign Minister Hakan Fidan met on Tuesday with the speaker of the Parliament, Numan Kurtulmus, "
            "and with the president of the Constitutional Court, Kadir Ozkaya, at the parliament building.")
    assert sorted(names(e) for e in meetings(run(text))) == [["Hakan Fidan", "Kadir Ozkaya"],
                                                             ["Hakan Fidan", "Numan Kurtulmus"]]
    text = ("German Chancellor Friedrich Merz met on Friday with Italian Prime Minister Giorgia Meloni and with "
            "Spanish Prime Minister Pedro Sanchez.")
    assert sorted(names(e) for e in meetings(run(text))) == [["Friedrich Merz", "Giorgia Meloni"],
                                                             ["Friedrich Merz", "Pedro Sanchez"]]


def test_met_executives_of_a_company_is_a_meeting_with_the_company(run):
    text = "Japanese Prime Minister Shigeru Ishiba visited Nagoya and met executives of Toyota Motor Corp. on Monday."
    (ev,) = meetings(run(text))
    assert names(ev) == ["Shigeru Ishiba", "Toyota Motor Corp"]


def test_host_glued_to_guest_by_the_parser(run):
    text = ("Kenyan President William Ruto welcomed Ugandan President Yoweri Museveni on Tuesday. On Wednesday evening "
            "Ruto hosted Museveni at a state banquet at the State House, where the two leaders exchanged toasts.")
    evs = meetings(run(text, "2023-03-16"))
    assert sorted(e.date for e in evs) == ["2023-03-14", "2023-03-15"]
    assert all({(p.entity.name, p.role) for p in e.participants} == {("William Ruto", HOST), ("Yoweri Museveni", VISITOR)}
               for e in evs)


def test_standing_format_and_arrival_are_no_meetings(run):
    assert not meetings(run("The Weimar Triangle, which brings together France, Germany and Poland, was founded in 1991."))
    text = ("French President Emmanuel Macron arrived in Lagos on Monday on a two-day state visit at the invitation of "
            "President Bola Tinubu.")
    assert not meetings(run(text))


def test_relative_clause_inside_a_told_call_is_that_call(run):
    text = ("Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera met in Lusaka on Monday. "
            "Before flying to Nairobi, Blinken held a telephone conversation with Egypt's Foreign Minister Badr Abdelatty "
            "on Tuesday, during which the two discussed the situation in Sudan.")
    evs = meetings(run(text))
    assert sorted(names(e) for e in evs) == [["Badr Abdelatty", "Blinken"], ["Hakainde Hichilema", "Lazarus Chakwera"]]
    (call,) = [e for e in evs if "Blinken" in names(e)]
    assert (call.date, call.mode) == ("2023-03-14", "phone")


def test_holding_the_chair_of_a_meeting_is_no_attendance(run):
    text = ("Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Luis Montenegro held talks in Madrid on "
            "Monday. The two leaders agreed to meet again in Lisbon next year, when Portugal holds the rotating presidency "
            "of the Iberian summit.")
    evs = meetings(run(text))
    assert all(names(e) == ["Luis Montenegro", "Pedro Sanchez"] for e in evs)
    assert {(e.status, e.place.name) for e in evs} == {("occurred", "Madrid"), (PLANNED, "Lisbon")}


def test_planned_trip_where_he_will_meet(run):
    text = ("Turkish President Recep Tayyip Erdogan arrived in Baku on Monday. Erdogan is expected to travel to "
            "Nakhchivan on Wednesday, where he will visit a gas plant and meet regional leader Fuad Najafli.")
    (ev,) = meetings(run(text))
    assert names(ev) == ["Fuad Najafli", "Recep Tayyip Erdogan"]
    assert (ev.status, ev.date) == (PLANNED, "2023-03-15")


def test_a_tete_a_tete_or_dinner_beside_the_talks_is_its_own_meeting(nlp):
    from kg.extract import extract_text

    text = ("President Gustavo Petro hosted Ecuadorian President Daniel Noboa at the Casa de Narino in Bogota on "
            "Monday for talks on border security. Before the talks, Petro and Noboa held a tete-a-tete lasting about "
            "an hour. Petro later hosted a dinner for Noboa.")
    events = [e for e in extract_text(nlp, text, published="2026-02-03").events if e.type == "meeting"]
    assert len(events) == 3
    assert all(sorted(p.entity.name for p in e.participants) == ["Daniel Noboa", "Gustavo Petro"] for e in events)
    told = ("President Gustavo Petro hosted Ecuadorian President Daniel Noboa in Bogota on Monday. "
            "The two leaders discussed border security.")
    assert len([e for e in extract_text(nlp, told, published="2026-02-03").events if e.type == "meeting"]) == 1


@pytest.mark.parametrize("text, host, guests", [
    ("Foreign Minister Penny Wong held talks with her Vietnamese counterpart Bui Thanh Son in Hanoi on Monday. "
     "The talks were followed by a working lunch hosted by Vietnamese Deputy Prime Minister Tran Hong Ha.",
     "Tran Hong Ha", ["Bui Thanh Son", "Penny Wong"]),
    ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday. "
     "The meeting was followed by a state dinner hosted by Abiy.", "Abiy Ahmed", ["William Ruto"]),
    ("On Friday, a state banquet hosted by King Abdullah in honour of President Ruto closed the visit.",
     "King Abdullah", ["Ruto"]),
])
def test_a_meal_hosted_by_someone_has_the_guests_of_the_talks_before(run, text, host, guests):
    (meal,) = [e for e in meetings(run(text, "2025-06-10")) if e.extractor == "meeting.meal"]
    assert [p.entity.name for p in meal.participants if p.role == HOST] == [host]
    assert sorted(p.entity.name for p in meal.participants if p.role == VISITOR) == guests


@pytest.mark.parametrize("text, sides, date", [
    ("The Sudanese army and the RSF signed a ceasefire at talks hosted by Saudi Arabia in the city of Jeddah "
     "on Monday, the two sides and Saudi officials said.", ["RSF", "Saudi Arabia", "Sudan"], "2025-06-09"),
    ("The Houthis and the Yemeni government agreed a prisoner swap during talks mediated by Oman in Muscat on "
     "Sunday, officials said.", ["Houthis", "Oman", "Yemen"], "2025-06-08"),
])
def test_sides_that_signed_at_hosted_talks_took_part_in_them(run, text, sides, date):
    (ev,) = meetings(run(text, "2025-06-10"))
    assert (names(ev), ev.date) == (sides, date)


def test_a_named_delegation_is_its_side_and_a_plan_for_talks_is_no_meeting(run):
    text = "The Taliban delegation held a separate meeting with Chinese Foreign Minister Wang Yi on Sunday."
    (ev,) = meetings(run(text, "2025-06-10"))
    assert (names(ev), ev.date) == (["Taliban", "Wang Yi"], "2025-06-08")
    assert not meetings(run("The two sides set a date for talks with the rebels.", "2025-06-10"))


def test_one_on_one_talks_and_the_delegations_session_are_two_meetings(run):
    text = ("Chilean President Gabriel Boric hosted Costa Rican President Rodrigo Chaves at Cerro Castillo on Monday. "
            "The two leaders held a one-on-one meeting that lasted roughly an hour. "
            "The pair were then joined by their delegations, including Interior Minister Carolina Toha.")
    found = meetings(run(text, "2025-06-10"))
    assert len(found) == 3
    assert all({"Gabriel Boric", "Rodrigo Chaves"} <= set(names(e)) for e in found)
    assert {e.date for e in found} == {"2025-06-09"}


@pytest.mark.parametrize("text", [
    "The two presidents later went to the national gallery, where they were shown a set of tapestries.",
    "Afterwards Boric and Chaves toured the old port together.",
])
def test_leaders_touring_a_site_together_is_no_meeting(run, text):
    assert not meetings(run(text, "2025-06-10"))


@pytest.mark.parametrize("text, host, guest, place", [
    ("Budapest: His Excellency President Tamas Sulyok received His Majesty King Letsie III of Lesotho at the Sandor "
     "Palace on Monday.", "Tamas Sulyok", "Letsie III", "Sandor Palace"),
    ("Kuwait City: Emir His Highness Sheikh Fahad bin Salem Al Sabah received His Majesty Sultan Hassan bin Idris "
     "of Brunei at Bayan Palace on Monday.", "Fahad bin Salem Al Sabah", "Hassan bin Idris", "Bayan Palace"),
    # the date before the object ('received on Monday the Speaker of X, Y'), a comma after the subject
    ("Sulyok received on Monday the Speaker of the Parliament of Estonia, Lauri Hussar, at Sandor Palace.",
     "Sulyok", "Lauri Hussar", "Sandor Palace"),
    ("President Tamas Sulyok, received on Monday the Speaker of the Parliament of Estonia, Lauri Hussar, "
     "at Sandor Palace.", "Tamas Sulyok", "Lauri Hussar", "Sandor Palace"),
])
def test_host_and_guest_through_datelines_honorifics_and_fronted_dates(run, text, host, guest, place):
    (ev,) = meetings(run(text))
    roles = {(p.entity.name, p.role) for p in ev.participants}
    assert roles == {(host, HOST), (guest, VISITOR)}
    assert (ev.date, ev.place.name) == ("2023-03-13", place)


def test_received_by_on_arrival_is_a_meeting(run):
    text = ("Tsahkna arrived at Haneda Airport on Monday evening and was received by Deputy Foreign Minister "
            "Hiroshi Tanaka.")
    (ev,) = meetings(run(text))
    assert {(p.entity.name, p.role) for p in ev.participants} == {("Hiroshi Tanaka", HOST), ("Tsahkna", VISITOR)}
    assert (ev.date, ev.place.name) == ("2023-03-13", "Haneda Airport")


@pytest.mark.parametrize("text, people", [
    ("Sanchez and Michal later held a wider bilateral meeting joined by Economy Minister Carlos Cuerpo and "
     "Estonian Foreign Minister Margus Tsahkna.", ["Carlos Cuerpo", "Margus Tsahkna", "Michal", "Sanchez"]),
    ("The two presidents held a meeting on Friday attended by Finance Minister Lars Klingbeil.", None),
    ("Prime Minister Pedro Sanchez met with Chilean President Gabriel Boric on Monday, in a meeting attended "
     "by Deputy Prime Minister Nadia Calvino.", ["Gabriel Boric", "Nadia Calvino", "Pedro Sanchez"]),
])
def test_people_attending_a_meeting_are_participants(run, text, people):
    found = meetings(run(text))
    if people is None:  # no sides named: attendance alone is no meeting
        assert found == []
        return
    (ev,) = found
    assert names(ev) == people


@pytest.mark.parametrize("text, people, status", [
    ("Spain's industry minister Jordi Hereu and Trade Adviser Rahim Chowdhury are set to co-chair the Joint Trade "
     "Committee in Madrid in November, officials said.", ["Jordi Hereu", "Rahim Chowdhury"], PLANNED),
    ("Spanish Prime Minister Pedro Sanchez and Estonian Prime Minister Kristen Michal co-chaired the annual energy "
     "forum in Tallinn on Monday.", ["Kristen Michal", "Pedro Sanchez"], "occurred"),
])
def test_co_chairs_of_a_sitting_met(run, text, people, status):
    (ev,) = meetings(run(text))
    assert (names(ev), ev.status) == (people, status)


def test_co_chairing_a_body_as_an_office_is_no_meeting(run):
    text = "Malawian Foreign Minister Nancy Tembo and her Slovenian counterpart co-chair the joint commission."
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text", [
    "Scholz met German business leaders over breakfast in Chennai on Wednesday.",
    "Sanchez will meet Japanese business executives in Nagoya on Friday.",
    "Chakwera later met with Chinese investors in Guangzhou.",
    "The prime minister also met Nepali community leaders in Leeds on Sunday.",
])
def test_private_people_of_a_country_are_not_that_country(run, text):
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text", [
    "Mr Michal also said he would like to travel to Japan, though no dates had been set.",
    "Boric said he wants to meet Chaves soon.",
])
def test_a_wish_to_meet_is_no_meeting(run, text):
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text", [
    "The Estonian delegation also visited the Pasteur Institute in Lyon.",
    "Scholz later visited the University of Tokyo.",
])
def test_an_institution_toured_is_no_host(run, text):
    assert meetings(run(text)) == []


def test_a_visit_restating_the_meeting_adds_no_host(run):
    text = ("Estonian Foreign Minister Margus Tsahkna met his Spanish counterpart, Jose Manuel Albares, at the Palacio "
            "de Santa Cruz on Thursday, in the first visit to Spain by an Estonian foreign minister since 2015.")
    (ev,) = meetings(run(text))
    assert names(ev) == ["Jose Manuel Albares", "Margus Tsahkna"]
    assert ev.place.name == "Palacio de Santa Cruz"


@pytest.mark.parametrize("text, host, guest", [
    ("Tbilisi (IPN) – Prime Minister Irakli Kobakhidze received Estonian Foreign Minister Margus Tsahkna, who "
     "is paying an official visit to Georgia, on Monday.", "Irakli Kobakhidze", "Margus Tsahkna"),
    ("King Harald received Chilean President Gabriel Boric, who is on a state visit to Norway, at Skaugum.",
     "King Harald", "Gabriel Boric"),
])
def test_the_guests_visit_is_the_journey_of_the_reception(run, text, host, guest):
    (ev,) = meetings(run(text))
    assert {(p.entity.name, p.role) for p in ev.participants} == {(host, HOST), (guest, VISITOR)}


@pytest.mark.parametrize("text, parties, date, place", [
    ("Estonia and Latvia have agreed to restore their joint border commission within three months, following "
     "five days of intensive negotiations in the Polish capital.", ["Estonia", "Latvia"], None, "Warsaw"),
    ("Mozambique's army and the rebel group Renamo agreed a ceasefire on Friday after two days of talks brokered by "
     "the African Union in the Malawian capital.", ["African Union", "Mozambique", "Renamo"], "2023-03-10",
     "Lilongwe"),
    ("Belize and Honduras signed the fisheries accord on Monday after a night of negotiations in Tegucigalpa.",
     ["Belize", "Honduras"], "2023-03-13", "Tegucigalpa"),
])
def test_a_span_of_talks_before_a_deal_is_a_meeting_of_its_parties(run, text, parties, date, place):
    (ev,) = meetings(run(text))
    assert names(ev) == parties
    assert ev.date == date and ev.place.name == place


def test_talks_hosted_by_a_third_party_before_a_deal_are_told_apart(run):
    text = ("The leaders of Latvia and Estonia agreed to restore the rail link after more than five hours of "
            "talks in Ljubljana hosted by the OSCE.")
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text, parties, date", [
    ("The two army chiefs, Gen. Ahmed Ali and Gen. Omar Said, will speak again at 10 hours on June 14, he added.",
     ["Ahmed Ali", "Omar Said"], "2023-06-14"),
    ("The two foreign ministers, Sofia Marin and Jonas Lind, talked again on Sunday.",
     ["Jonas Lind", "Sofia Marin"], "2023-03-12"),
])
def test_two_sides_speaking_again_talk_with_each_other(run, text, parties, date):
    (ev,) = meetings(run(text))
    assert names(ev) == parties and ev.date == date


@pytest.mark.parametrize("text", [
    "Macron and Scholz spoke again at the closing session.",
    "Macron and Scholz spoke on Monday.",
])
def test_sides_speaking_to_an_audience_hold_no_conversation(run, text):
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text, parties, place, planned", [
    ("Lithuania and Poland agreed to hold the next round in Riga later this year.", ["Lithuania", "Poland"],
     "Riga", True),
    ("Estonia and Latvia held a second round in Brussels on Monday.", ["Estonia", "Latvia"], "Brussels", False),
])
def test_a_numbered_round_held_is_a_meeting(run, text, parties, place, planned):
    (ev,) = meetings(run(text))
    assert names(ev) == parties and ev.place.name == place and (ev.status == PLANNED) == planned


def test_a_round_of_applause_is_no_meeting(run):
    assert meetings(run("Chakwera and Golob received a round of applause at the stadium.")) == []


@pytest.mark.parametrize("text, first, second", [
    ("On Monday, Borrell held a long meeting with Foreign Minister Elina Valtonen, and a phone call with Minister "
     "Baiba Braze, who was travelling in the Baltics.", "Elina Valtonen", "Baiba Braze"),
    ("UN chief Antonio Guterres held a bilateral meeting with President Lazarus Chakwera on Monday and a video call "
     "with President Rodrigo Chaves.", "Lazarus Chakwera", "Rodrigo Chaves"),
])
def test_a_second_session_coordinated_with_the_verb_shares_its_doer(run, text, first, second):
    evs = meetings(run(text))
    doer = "Borrell" if "Borrell" in text else "Antonio Guterres"
    assert sorted(names(e) for e in evs) == sorted([sorted([doer, first]), sorted([doer, second])])
    assert [e.mode for e in evs if second in names(e)] == ["phone"]


@pytest.mark.parametrize("text, visitor, hosts, date, place", [
    ("Peruvian President Dina Boluarte spoke on Monday. Boluarte is scheduled to visit Quito next month.",
     "Dina Boluarte", ["Ecuador"], "2026-04", "Quito"),
    ("Chilean President Gabriel Boric met Argentine President Javier Milei in Buenos Aires on Monday. Milei is "
     "expected to travel to Santiago in October for a bilateral summit, officials said.",
     "Javier Milei", ["Chile", "Gabriel Boric"], "2026-10", "Santiago"),
    ("Canadian Prime Minister Mark Carney spoke on Monday. Carney will travel to Canberra in January for a meeting "
     "of the two countries' cabinets.", "Mark Carney", ["Australia"], "2027-01", "Canberra"),
    ("Kaja Kallas spoke on Monday. Ms Kallas also plans to visit Tirana and Skopje in May.",
     "Kaja Kallas", ["Albania", "North Macedonia"], "2026-05", "Tirana"),
])
def test_a_planned_trip_to_a_capital_meets_its_government(run, text, visitor, hosts, date, place):
    (ev,) = [e for e in meetings(run(text, "2026-03-10")) if e.status == PLANNED]
    assert {p.entity.name: p.role for p in ev.participants} == {visitor: VISITOR, **{h: HOST for h in hosts}}
    assert (ev.date, ev.place.name) == (date, place)


@pytest.mark.parametrize("text", [
    "Thai Foreign Minister Maris Sangiampongsa spoke on Monday. Maris is expected to visit Vientiane next month "
    "for talks with his counterpart Thongsavanh Phomvihane.",
    "Japanese Defence Minister Gen Nakatani spoke on Monday. Nakatani is due to visit Canberra in June, where he "
    "could hold talks with Richard Marles.",
    "French Interior Minister Bruno Retailleau spoke on Monday. Retailleau is due to travel to Rabat in June to "
    "sign a new protocol.",
    "Kenyan President William Ruto spoke in Accra on Monday. Ruto will fly back to Nairobi on Tuesday for a cabinet "
    "meeting.",
    "Brazilian President Lula da Silva spoke on Monday. Lula will travel to Sao Paulo next week for talks.",
])
def test_a_trip_naming_whom_it_meets_or_no_foreign_capital_gives_no_country_host(run, text):
    assert not country_parties(meetings(run(text, "2026-03-10")))


@pytest.mark.parametrize("text, sides, place", [
    ("The Kenya-Uganda Joint Permanent Commission will meet in Kampala next month, officials said.",
     ["Kenya", "Uganda"], "Kampala"),
    ("The Egypt-Jordan Joint Economic Committee on Trade and Investment will meet in Amman in April.",
     ["Egypt", "Jordan"], "Amman"),
])
def test_a_bilateral_body_meeting_is_a_meeting_of_its_countries(run, text, sides, place):
    (ev,) = meetings(run(text, "2026-03-10"))
    assert (names(ev), ev.place.name, ev.status) == (sides, place, PLANNED)


def test_a_titled_doer_named_in_apposition_receives_after_a_comma(run):
    text = ("Havana, March 10 (Agency) The First Secretary of the Workers' Party and President of the Republic, "
            "Carlos Mendes, received on Tuesday the Speaker of the Parliament of Laos, Saysomphone Phomvihane, who "
            "is on an official visit to the island.")
    (ev,) = meetings(run(text, "2026-03-10"))
    assert {p.entity.name: p.role for p in ev.participants} == {"Carlos Mendes": HOST,
                                                                "Saysomphone Phomvihane": VISITOR}


@pytest.mark.parametrize("text", [
    "Chinese Premier Li Qiang met Kenyan President William Ruto in Nairobi on Monday. Li, making his first visit to "
    "Kenya as premier, said China was ready to expand trade.",
    "Kenyan President William Ruto is on his second visit to Ghana since taking office.",
    "Ruto, on his second visit to Ghana as president, was greeted by Mahama with a ceremony at the Jubilee House on "
    "Monday.",
])
def test_a_visit_counted_among_the_visitors_trips_is_no_meeting_with_the_country(run, text):
    assert not country_parties(meetings(run(text, "2026-03-10")))


def test_a_planned_first_visit_is_still_announced(run):
    (ev,) = meetings(run("Indian Prime Minister Narendra Modi will make his first visit to Chile next month.",
                         "2026-03-10"))
    assert (names(ev), ev.status, ev.date) == (["Chile", "Narendra Modi"], PLANNED, "2026-04")


@pytest.mark.parametrize("text, met", [
    ("Kenyan President William Ruto visited Ghana on Monday. Mr Ruto last visited Ghana for the African Union "
     "summit in October 2024, when he held talks with then-President Nana Akufo-Addo.", "Nana Akufo-Addo"),
    ("Mexican President Claudia Sheinbaum arrived in Lima on Monday. Sheinbaum had visited Peru in May 2025, where "
     "she met President Dina Boluarte.", "Dina Boluarte"),
])
def test_a_past_visit_told_by_the_meeting_in_it_is_that_meeting(run, text, met):
    past = [e for e in meetings(run(text, "2026-03-10")) if e.date and e.date < "2026"]
    assert len(past) == 1 and met in names(past[0]) and not country_parties(past)


@pytest.mark.parametrize("text, parties, date, place", [
    ("NATO and Russian military officials met in Vienna on Monday.", ["NATO", "Russia"], "2023-03-13", "Vienna"),
    ("EU and UK negotiators are due to meet in London next week.", ["European Union", "United Kingdom"], "2023-03",
     "London"),
    ("AU and EU defence chiefs are scheduled to meet in Nairobi on April 4.", ["African Union", "European Union"],
     "2023-04-04", "Nairobi"),
])
def test_unnamed_chiefs_of_two_named_sides_meet_as_those_sides(run, text, parties, date, place):
    (ev,) = meetings(run(text))
    assert (names(ev), ev.date, ev.place.name) == (parties, date, place)


@pytest.mark.parametrize("text, parties, date, place", [
    ("The last round was held in Muscat in April 2021 between Egyptian and Turkish security delegations.",
     ["Egypt", "Turkey"], "2021-04", "Muscat"),
    ("Talks were held in Doha on Monday between Ethiopian and Eritrean delegations.", ["Eritrea", "Ethiopia"],
     "2023-03-13", "Doha"),
    ("The next round will be held in Geneva in May between AU and EU officials.", ["African Union", "European Union"],
     "2023-05", "Geneva"),
])
def test_round_held_between_delegations_of_two_sides(run, text, parties, date, place):
    (ev,) = meetings(run(text))
    assert (names(ev), ev.date, ev.place.name) == (parties, date, place)


def test_unnamed_staff_without_a_named_side_is_no_meeting(run):
    assert meetings(run("The defence chiefs met in Accra on Monday.")) == []


def test_a_named_leader_told_by_nationality_is_no_country_side(run):
    text = ("Ugandan President Grace Okello arrived in Nairobi on Monday. The Ugandan leader then met separately "
            "with the President of Kenya.")
    assert "Uganda" not in country_parties(meetings(run(text)))


@pytest.mark.parametrize("text, expected, date, place", [
    ("Saudi Foreign Minister Khalid Saud hosted a meeting of Arab League ministers with Jordanian Foreign Minister "
     "Omar Nasser and Egyptian Foreign Minister Samir Fahmy in Riyadh on Monday.",
     ["Arab League", "Khalid Saud", "Omar Nasser", "Samir Fahmy"], "2023-03-13", "Riyadh"),
    ("A meeting of EU foreign ministers with Canadian Foreign Minister Claire Dubois took place in Brussels on "
     "Thursday.", ["Claire Dubois", "European Union"], "2023-03-09", "Brussels"),
])
def test_partners_of_a_group_met_are_participants(run, text, expected, date, place):
    (ev,) = meetings(run(text))
    assert (names(ev), ev.date, ev.place.name) == (expected, date, place)


# Sittings of a standing body held or co-chaired by two named people, and welcome ceremonies (session 9)

def test_held_the_session_of_a_bilateral_council(run):
    text = ("President Andrés Rivera and Prime Minister Kwame Mensah held the fifth session of the Ghana–Uruguay "
            "Joint Cooperation Council in Accra on Wednesday, with the two governments signing four agreements.")
    (ev,) = meetings(run(text, "2024-05-10"))
    assert names(ev) == ["Andrés Rivera", "Ghana", "Kwame Mensah", "Uruguay"]
    assert (ev.date, ev.place.name) == ("2024-05-08", "Accra")


def test_session_co_chaired_by_two_ministers(run):
    text = ("The three-day session, co-chaired by Foreign Ministers Kwame Mensah and Amadou Coulibaly at the "
            "Kempinski Hotel, ended on Thursday.")
    (ev,) = meetings(run(text, "2024-05-10"))
    assert names(ev) == ["Amadou Coulibaly", "Kwame Mensah"]
    assert (ev.date, ev.place.name) == ("2024-05-09", "Kempinski Hotel")


@pytest.mark.parametrize("noun", ["meeting", "talks"])
def test_meeting_was_co_chaired_by_two_ministers(run, noun):
    text = (f"The {noun} {'was' if noun == 'meeting' else 'were'} co-chaired by Ghanaian Foreign Minister Kwame "
            "Mensah and Ivorian Foreign Minister Amadou Coulibaly in Abidjan on Monday.")
    (ev,) = meetings(run(text, "2024-05-10"))
    assert names(ev) == ["Amadou Coulibaly", "Kwame Mensah"]
    assert all(p.role != HOST for p in ev.participants)
    assert (ev.date, ev.place.name) == ("2024-05-06", "Abidjan")


def test_co_hosts_of_a_meeting_between_named_sides_stay_hosts(run):
    (ev,) = meetings(run("The meeting between Armenia and Azerbaijan was co-hosted by Norway and Chile in Oslo."))
    assert {p.entity.name: p.role for p in ev.participants}["Norway"] == HOST


def test_a_body_co_chaired_by_two_states_is_no_meeting(run):
    assert meetings(run("The contact group is co-chaired by Norway and Chile.")) == []


def test_concluded_a_round_of_negotiations(run):
    text = ("The trade ministers of Brazil, Argentina and Chile concluded a two-day round of negotiations on "
            "tariffs in Santiago on Friday.")
    (ev,) = meetings(run(text, "2024-05-13"))
    assert names(ev) == ["Argentina", "Brazil", "Chile"]
    assert (ev.date, ev.place.name) == ("2024-05-10", "Santiago")


def test_accorded_a_welcome_ceremony_with_the_host_in_attendance(run):
    text = ("Prime Minister Kwame Mensah arrived in Montevideo on Sunday and was accorded an official welcome "
            "ceremony at the Estévez Palace, with President Andrés Rivera and cabinet ministers in attendance.")
    (ev,) = meetings(run(text, "2024-05-13"))
    assert {p.entity.name: p.role for p in ev.participants} == {"Andrés Rivera": HOST, "Kwame Mensah": VISITOR}
    assert (ev.date, ev.place.name) == ("2024-05-12", "Estévez Palace")


def test_welcomed_with_a_ceremony_hosted_by(run):
    text = "President Andrés Rivera was welcomed with a traditional ceremony hosted by Prime Minister Kwame Mensah."
    (ev,) = meetings(run(text))
    assert {p.entity.name: p.role for p in ev.participants} == {"Kwame Mensah": HOST, "Andrés Rivera": VISITOR}


def test_given_a_guard_of_honour_by_the_host(run):
    text = ("Prime Minister Kwame Mensah was given a guard of honour by President Andrés Rivera at the "
            "presidential palace in Montevideo on Thursday.")
    (ev,) = meetings(run(text, "2024-05-13"))
    assert {p.entity.name: p.role for p in ev.participants} == {"Andrés Rivera": HOST, "Kwame Mensah": VISITOR}
    assert ev.date == "2024-05-09"


@pytest.mark.parametrize("text", [
    "The soldier was given a guard of honour at his funeral.",
    "The players were given a heroes' reception by fans at the airport.",
    "Kwame Mensah was given a standing ovation by the delegates.",
])
def test_honours_without_a_named_host_are_no_meeting(run, text):
    assert meetings(run(text)) == []


def test_last_convened_the_council_is_a_past_meeting(run):
    text = ("President Andrés Rivera and Prime Minister Kwame Mensah held talks in Accra on Monday. "
            "The two leaders last convened the council in Montevideo in May 2023.")
    past = [e for e in meetings(run(text, "2024-05-10")) if e.date == "2023-05"]
    assert len(past) == 1
    assert (names(past[0]), past[0].place.name) == (["Andrés Rivera", "Kwame Mensah"], "Montevideo")


def test_one_official_convening_a_council_is_no_meeting(run):
    assert meetings(run("The UN secretary-general convened the Security Council on Monday.")) == []


@pytest.mark.parametrize("text", [
    "The sides agreed to hold the next session of the Intergovernmental Commission in Accra in December.",
    "The two countries held 12 rounds of trade negotiations between 2019 and 2023.",
])
def test_planned_or_counted_sessions_are_no_meeting(run, text):
    assert meetings(run(text)) == []


@pytest.mark.parametrize("verb", ["hosted", "treated"])
def test_hosted_a_guest_to_a_meal_at_a_venue(run, verb):
    text = (f"President Kwame Mensah {verb} Prime Minister Andrés Rivera to a working lunch at the Jubilee House "
            "on Thursday.")
    (ev,) = meetings(run(text, "2024-05-10"))
    assert {p.entity.name: p.role for p in ev.participants} == {"Kwame Mensah": HOST, "Andrés Rivera": VISITOR}
    assert (ev.date, ev.place.name) == ("2024-05-09", "Jubilee House")


def test_hosted_a_tea_in_honour_of_a_guest(run):
    (ev,) = meetings(run("President Kwame Mensah hosted a high tea in honour of Prime Minister Andrés Rivera."))
    assert {p.entity.name: p.role for p in ev.participants} == {"Kwame Mensah": HOST, "Andrés Rivera": VISITOR}


@pytest.mark.parametrize("text", [
    "The company treated its staff to a dinner at the Jubilee House on Thursday.",
    "The first lady hosted a tea party for schoolchildren on Thursday.",
])
def test_meals_without_a_named_guest_are_no_meeting(run, text):
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text, guest", [
    ("Foreign Minister Anna Berg paid a visit to the Storting on Tuesday and met Speaker Lars Holm.", "Lars Holm"),
    ("Trade Minister Anna Berg visited the Folketing on Tuesday and held talks with Speaker Lars Holm.",
     "Lars Holm"),
])
def test_a_parliament_visited_is_where_its_speaker_was_met(run, text, guest):
    (ev,) = meetings(run(text, "2024-05-10"))
    assert names(ev) == sorted(["Anna Berg", guest])
    assert ev.date == "2024-05-07"


def test_a_country_visited_stays_the_host_of_the_visit(run):
    evs = meetings(run("President Ali Demir paid a state visit to Kenya and met President William Ruto."))
    assert "Kenya" in country_parties(evs)
    assert ["Ali Demir", "William Ruto"] in [names(e) for e in evs]


def test_visiting_a_monument_is_no_meeting(run):
    text = "President Omar Haddad is expected to visit the Tomb of the Unknown Soldier and the Alley of Heroes."
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text", [
    "The speaker of the Senate, Maria Costa, met on Tuesday with the president of the Chamber of Deputies, "
    "Rui Lopes, at the parliament.",
    "Prime Minister Maria Costa met on Tuesday with the governor of the central bank, Rui Lopes, in Lisbon.",
])
def test_met_with_a_post_holder_named_after_a_comma(run, text):
    (ev,) = meetings(run(text, "2024-05-10"))
    assert names(ev) == ["Maria Costa", "Rui Lopes"]
    assert ev.date == "2024-05-07"


@pytest.mark.parametrize("text", [
    "Interior Minister Paolo Rossi took part in a trilateral session with Jan Novak and Omar Haddad by video "
    "conference, the ministry said.",
    "Interior Minister Paolo Rossi participated in talks with Jan Novak and Omar Haddad via video link.",
])
def test_took_part_in_a_session_with_two_partners_by_video(run, text):
    (ev,) = meetings(run(text))
    assert names(ev) == ["Jan Novak", "Omar Haddad", "Paolo Rossi"]
    assert ev.mode == "phone"


def test_took_part_in_talks_in_person(run):
    (ev,) = meetings(run("Energy Minister Lina Haddad took part in talks with Sven Olsen and Tariq Aziz in Oslo."))
    assert names(ev) == ["Lina Haddad", "Sven Olsen", "Tariq Aziz"]
    assert (ev.place.name, ev.mode) == ("Oslo", None)


def test_hosted_a_numbered_sitting_of_a_named_dialogue(run):
    text = ("Foreign Minister Ravi Kumar hosted the fifth India-Nepal-Bhutan Trilateral Dialogue in New Delhi "
            "on Wednesday, with Nepali Foreign Minister Arzu Deuba in attendance.")
    (ev,) = meetings(run(text, "2024-05-10"))
    people = sorted(p.entity.name for p in ev.participants if p.entity.type == "person")
    assert people == ["Arzu Deuba", "Ravi Kumar"]
    assert set(country_parties([ev])) <= {"India", "Nepal", "Bhutan"}  # the countries the format is named for
    assert (ev.date, ev.place.name) == ("2024-05-08", "New Delhi")


def test_a_dialogue_without_a_sitting_is_no_meeting(run):
    assert meetings(run("Foreign Minister Ravi Kumar hosted a dialogue on climate finance for students.")) == []


@pytest.mark.parametrize("text", [
    "Foreign Minister Kwame Boateng and his Peruvian counterpart Ana Salcedo agreed to convene the joint committee "
    "in Accra in May.",
    "Trade ministers Lars Eklund and Mirela Novak decided to convene the joint economic commission in Oslo next year.",
    "Ministers Lars Eklund and Mirela Novak will convene the joint council in Zagreb in September.",
    "The presidents agreed to deepen trade ties, and Foreign Ministers Lars Eklund and Mirela Novak agreed to "
    "convene a session of the border committee in Riga in June.",
])
def test_a_sitting_agreed_for_later_is_no_meeting(run, text):
    assert meetings(run(text, "2025-03-10")) == []


def test_a_council_last_convened_by_two_named_ministers_met(run):
    text = ("Foreign Ministers Lars Eklund and Mirela Novak last convened the joint council in Zagreb on "
            "12 June 2024.")
    (ev,) = meetings(run(text, "2025-03-10"))
    assert names(ev) == ["Lars Eklund", "Mirela Novak"]
    assert (ev.date, ev.place.name, ev.status) == ("2024-06-12", "Zagreb", "occurred")


@pytest.mark.parametrize("verb", ["chaired", "hosted"])
def test_a_summit_led_by_one_and_attended_by_named_leaders(run, verb):
    text = (f"On Monday, President Amara Diallo {verb} the summit at the Grand Conference Hall, which was attended "
            "by Ghanaian President Kofi Mensah and Togolese President Yao Agbeko.")
    (ev,) = meetings(run(text, "2025-03-12"))
    assert names(ev) == ["Amara Diallo", "Kofi Mensah", "Yao Agbeko"]
    assert (ev.date, ev.place.name) == ("2025-03-10", "Grand Conference Hall")


def test_playing_host_to_a_summit_chaired_and_attended_by_others(run):
    text = ("Kenyan President Daniel Mwangi played host to the summit in Nairobi on Friday, which was chaired by "
            "Uganda's President Joseph Okello and attended by leaders including Rwanda's Paul Mugisha and "
            "Tanzania's Grace Mushi.")
    (ev,) = meetings(run(text, "2025-03-10"))
    assert names(ev) == ["Daniel Mwangi", "Grace Mushi", "Joseph Okello", "Paul Mugisha"]
    assert (ev.date, ev.place.name) == ("2025-03-07", "Nairobi")
    assert {p.entity.name for p in ev.participants if p.role == HOST} == {"Daniel Mwangi"}


def test_a_venue_attended_by_no_one_named_adds_no_meeting(run):
    text = "President Amara Diallo chaired the summit at the Grand Conference Hall, which was attended by thousands."
    assert meetings(run(text, "2025-03-12")) == []


@pytest.mark.parametrize("text, host", [
    ("Prime Minister Rina Marsh arrived in Apia on Monday. Ms Marsh later paid a courtesy call on the Head of State, "
     "His Highness Tui Vaaleto, at his residence.", "Tui Vaaleto"),
    ("President Anna Berg arrived in Suva on Monday. President Berg later paid a courtesy call on the Prime "
     "Minister, Mr Joel Tane, at his office.", "Joel Tane"),
])
def test_courtesy_call_on_a_post_named_after_a_comma(run, text, host):
    (ev,) = meetings(run(text, "2026-08-11"))
    roles = {p.entity.name: p.role for p in ev.participants}
    assert {n for n, r in roles.items() if r == HOST} == {host} and len(roles) == 2
    assert ev.date == "2026-08-10"


@pytest.mark.parametrize("text", [
    "The day before, Chancellor Greta Lindqvist had reviewed the draft communique in a phone call with Prime Minister "
    "Tomas Ferreira.",
    "Over a phone call on Wednesday, Premier Chen Liwei and Chancellor Otto Brandt reviewed progress on the treaty.",
    "President Andre Mbeki went over the details of the accord via video link with President Jean Kabila.",
    "Minister Sofia Reyes spoke to the peace process in a videoconference with Secretary Jonas Eklund.",
])
def test_a_call_in_an_adjunct_is_a_phone_meeting_of_the_doer_and_the_partner(run, text):
    (ev,) = meetings(run(text))
    assert len(ev.participants) == 2 and ev.mode == "phone" and ev.place is None


def test_a_call_hung_deep_in_the_object_names_the_doers(run):
    text = "Pedro Alvarez and Aziz Karimi had discussed the agenda of the summit in a phone call on May 21."
    (ev,) = meetings(run(text, "2026-10-22"))
    assert names(ev) == ["Aziz Karimi", "Pedro Alvarez"] and ev.mode == "phone" and ev.date == "2026-05-21"


@pytest.mark.parametrize("text", [
    "President Andre Mbeki declined a phone call from President Jean Kabila on Tuesday.",
    "President Andre Mbeki did not discuss the accord in a phone call with President Jean Kabila.",
    "President Andre Mbeki said a phone call with President Jean Kabila would be useful.",
    "President Andre Mbeki addressed the forum via video link.",
])
def test_a_declined_negated_or_wished_call_is_no_meeting(run, text):
    assert not [e for e in meetings(run(text)) if e.status == "occurred"]


def test_principals_joined_in_a_session_by_named_ministers(run):
    text = ("President Kofi Mensah welcomed President Alassane Traore at the palace. The two leaders were later "
            "joined in an expanded session by Foreign Minister Ama Boateng and Trade Minister Idrissa Diop.")
    found = [names(e) for e in meetings(run(text))]
    assert ["Alassane Traore", "Ama Boateng", "Idrissa Diop", "Kofi Mensah"] in found


@pytest.mark.parametrize("text", [
    "Chancellor Ana Weber and Premier Luis Soto met in a closed-door session on Monday.",
    "Chancellor Ana Weber and Premier Luis Soto held a restricted session before the plenary.",
])
def test_a_closed_session_of_two_named_leaders(run, text):
    (ev,) = meetings(run(text))
    assert names(ev) == ["Ana Weber", "Luis Soto"]


# ---- 'called on X' is a courtesy visit in person, whatever the parser makes of 'on' ----

@pytest.mark.parametrize("text, visitor, host, place", [
    ("Foreign Minister Ana Duarte called on President Kofi Mensah at the Jubilee House in Accra on Tuesday.",
     "Ana Duarte", "Kofi Mensah", "Jubilee House"),
    ("The visiting Kenyan foreign secretary, Musalia Odinga, called on Premier Li Wei at the Great Hall of the People.",
     "Musalia Odinga", "Li Wei", "Great Hall of the People"),
    ("Brazilian Ambassador Pedro Lima arrived in Kigali on Monday. Later in the evening, the Brazilian envoy called "
     "on Chief Executive Officer Dr Amina Bello at the State Lodge Kigali.", "Pedro Lima", "Amina Bello",
     "State Lodge Kigali"),
    ("Trade Commissioner Dr. K. Mwangi called on Prime Minister Olsen shortly after his arrival in Oslo on 3 May and "
     "reviewed the plans for the summit.", "K. Mwangi", "Olsen", None),
])
def test_called_on_is_a_visit_in_person(run, text, visitor, host, place):
    (ev,) = meetings(run(text))
    roles = {p.entity.name: p.role for p in ev.participants}
    assert roles == {visitor: VISITOR, host: HOST}
    assert ev.mode != "phone"
    if place:
        assert ev.place.name == place


def test_called_on_planned_before_a_trip_and_phone_calls_stay_calls(run):
    (ev,) = meetings(run("Danish Foreign Minister Lars Holm landed in Jakarta on Sunday. Holm is expected to call on "
                         "President Budi Santoso on Tuesday before flying to Bali."))
    assert names(ev) == ["Budi Santoso", "Lars Holm"] and ev.status == PLANNED
    (call,) = meetings(run("Japanese Prime Minister Ken Sato called President Maria Ruiz on Monday to discuss the truce."))
    assert names(call) == ["Ken Sato", "Maria Ruiz"] and call.mode == "phone"


@pytest.mark.parametrize("text", [
    "Opposition leader Tom Baker called on President Maria Ruiz to resign.",
    "Foreign Minister Lars Berg called on President Omar Haddad to release the detained journalists.",
    "The union called on Prime Minister Mark Jansen at his office for higher wages.",
    "Nigerian Foreign Minister Yusuf Tuggar landed in Accra on Friday. Later that day, the Nigerian minister called on "
    "President Ama Boateng to demand the release of the crew.",
])
def test_called_on_as_an_appeal_is_no_meeting(run, text):
    assert meetings(run(text)) == []


# ---- a meal or reception for a guest told by description: the host's partners told before ----

def test_hosted_his_guest_to_a_state_dinner(run):
    evs = meetings(run("President Nana Osei welcomed Liberian President George Weah to Accra on Monday. The Ghanaian "
                       "leader later hosted his guest to a state dinner at the Jubilee House."))
    dinner = [e for e in evs if e.place and e.place.name == "Jubilee House"]
    assert len(dinner) == 1
    assert {p.entity.name: p.role for p in dinner[0].participants} == {"Nana Osei": HOST, "George Weah": VISITOR}


def test_dinner_a_host_gave_for_her_guests_in_a_relative_clause(run):
    evs = meetings(run("Chancellor Anna Berg received Prime Ministers Tomas Novak and Janis Ozols in Berlin on Tuesday. "
                       "Later the talks ended before a dinner that Berg hosted for her guests at the Chancellery."))
    dinner = [e for e in evs if e.place and e.place.name == "Chancellery"]
    assert [names(e) for e in dinner] == [["Anna Berg", "Janis Ozols", "Tomas Novak"]]


def test_received_named_guests_for_lunch_and_a_luncheon_for_the_visiting_dignitary(run):
    (ev,) = meetings(run("King Felipe received the two presidents, Luis Arce and Gabriel Boric, for lunch at the Royal "
                         "Palace on Thursday."))
    assert {p.entity.name for p in ev.participants if p.role == VISITOR} == {"Luis Arce", "Gabriel Boric"}
    evs = meetings(run("Prime Minister Ravi Kumar met Sri Lankan President Anura Dissanayake on Friday. Kumar also "
                       "hosted a luncheon in honour of the visiting dignitary."))
    assert any(names(e) == ["Anura Dissanayake", "Ravi Kumar"] and e.participants[0].role == HOST for e in evs)


@pytest.mark.parametrize("text", [
    "The hotel hosted a dinner for its guests on New Year's Eve.",
    "President Nana Osei attended a charity lunch at the Jubilee House.",
])
def test_meals_without_a_guest_of_state_are_no_meeting(run, text):
    assert meetings(run(text)) == []


# ---- a numbered sitting of a standing format named inside another event's sentence ----

@pytest.mark.parametrize("text, sides", [
    ("Chile and Argentina issued a joint statement at the conclusion of their fifth binational ministerial meeting "
     "in Santiago.", ["Argentina", "Chile"]),
    ("Mexico and Guatemala adopted a joint declaration at the end of the 9th Mexico-Guatemala Binational Commission "
     "held in Tapachula.", ["Guatemala", "Mexico"]),
    ("Vietnam and Laos signed 12 cooperation documents during their third Intergovernmental Committee session in "
     "Vientiane.", ["Laos", "Vietnam"]),
    ("The 9th Mexico-Guatemala Binational Commission held in Tapachula on Friday reviewed border trade.",
     ["Guatemala", "Mexico"]),
])
def test_numbered_sitting_framing_a_signing_is_a_meeting(run, text, sides):
    (ev,) = meetings(run(text))
    assert names(ev) == sides and ev.status == "occurred"


@pytest.mark.parametrize("text", [
    "Spain and Morocco have held 13 High-Level Meetings since 1993.",
    "At the close of the trading session, shares of Acme rose 3 percent.",
    "The Fourth Committee of the General Assembly adopted the draft on Tuesday.",
])
def test_counted_formats_and_other_closes_are_no_meeting(run, text):
    assert meetings(run(text)) == []


def test_next_numbered_sitting_agreed_is_no_occurred_meeting(run):
    assert all(e.status != "occurred" for e in meetings(run(
        "The two countries agreed to hold their 9th Strategic Dialogue in Madrid in 2027.")))


@pytest.mark.parametrize("text, host, guest", [
    ("Chancellor Friedrich Merz landed in Nairobi on Sunday and was met at Jomo Kenyatta International Airport by "
     "Kenyan Foreign Minister Musalia Mudavadi.", "Musalia Mudavadi", "Friedrich Merz"),
    ("Kuwaiti Crown Prince Sabah Al-Khalid arrived in Rabat on Monday evening, and was received upon arrival at "
     "Rabat-Sale Airport by HE Minister of State for Foreign Affairs Dr Nasser Bourita.", "Nasser Bourita",
     "Sabah Al-Khalid"),
    ("Kenyan President William Ruto was received upon arrival at Entebbe by Ugandan Vice President Jessica Alupo.",
     "Jessica Alupo", "William Ruto"),
])
def test_a_visitor_received_on_arrival_by_a_named_host(run, text, host, guest):
    (ev,) = meetings(run(text))
    assert names(ev) == sorted([host, guest])


@pytest.mark.parametrize("text", [
    "The minister arrived in Nairobi on Sunday and was met at the airport by a crowd of supporters.",
    "The Pope was not welcomed at the airport by President Javier Milei, who was travelling.",
])
def test_an_arrival_met_by_no_named_host_or_negated_is_no_meeting(run, text):
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text, guest", [
    ("Prime Minister Narendra Modi received at his residence on Friday Sri Lankan President Anura Kumara "
     "Dissanayake.", "Anura Kumara Dissanayake"),
    ("Later in the day, Chancellor Karl Nehammer received at the Federal Chancellery HE Minister of Economy and "
     "Trade Sheikh Salman bin Khalid, and the two discussed energy supplies.", "Salman bin Khalid"),
])
def test_a_guest_named_after_a_place_adjunct_of_received(run, text, guest):
    (ev,) = meetings(run(text))
    assert guest in names(ev) and {p.role for p in ev.participants} == {HOST, VISITOR}


def test_received_a_letter_after_a_place_adjunct_is_no_meeting(run):
    text = "Modi received at his residence on Friday a letter from Sri Lankan President Anura Kumara Dissanayake."
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text, host, guest", [
    ("King Abdullah II granted an audience to Chinese Foreign Minister Wang Yi at the Husseiniya Palace on Sunday.",
     "Abdullah II", "Wang Yi"),
    ("Emperor Naruhito granted an audience to the visiting Brazilian president, Luiz Inacio Lula da Silva, at the "
     "Imperial Palace.", "Naruhito", "Luiz Inacio Lula da Silva"),
    ("Australian Foreign Minister Penny Wong was granted an audience by King Charles III at Buckingham Palace on "
     "Tuesday.", "Charles III", "Penny Wong"),
])
def test_an_audience_granted_is_a_meeting_of_host_and_guest(run, text, host, guest):
    (ev,) = meetings(run(text))
    assert {p.entity.name: p.role for p in ev.participants} == {host: HOST, guest: VISITOR}


def test_an_audience_with_a_named_person_is_a_meeting(run):
    (ev,) = meetings(run("Argentine President Javier Milei had an audience with Pope Leo XIV at the Vatican on Monday."))
    assert names(ev) == ["Javier Milei", "Leo XIV"]


@pytest.mark.parametrize("text", [
    "The tribunal granted an audience to the plaintiffs' lawyers on Friday.",
    "The senator addressed an audience of students at the university on Monday.",
])
def test_an_audience_of_no_named_person_is_no_meeting(run, text):
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text, host, guests", [
    ("President Emmanuel Macron hosted a state dinner in honour of Indonesian President Prabowo Subianto at the "
     "Elysee Palace on Wednesday.", "Emmanuel Macron", {"Prabowo Subianto"}),
    ("King Charles met Nigerian President Bola Tinubu on Tuesday. Later that evening the King hosted a state banquet "
     "in the President's honour at Windsor Castle.", "King Charles", {"Bola Tinubu"}),
    ("Chilean President Gabriel Boric arrived in Lima on Monday for a two-day visit. Peruvian President Dina Boluarte "
     "later hosted a working lunch for the Chilean delegation.", "Dina Boluarte", {"Chile", "Gabriel Boric"}),
])
def test_a_meal_in_honour_of_or_for_the_delegation_of_a_guest(run, text, host, guests):
    evs = [e for e in meetings(run(text)) if any(p.entity.name == host and p.role == HOST for p in e.participants)]
    assert any({p.entity.name for p in e.participants if p.role == VISITOR} == guests for e in evs)


def test_played_host_to_a_meal_for_a_delegation(run):
    text = ("Brazilian President Lula met Colombian President Gustavo Petro in Leticia on Friday. Lula then played "
            "host to a working dinner for the Colombian delegation at the border post.")
    evs = meetings(run(text))
    assert any(names(e) == ["Colombia", "Gustavo Petro", "Lula"] for e in evs)


def test_a_meal_for_two_delegations_names_the_sides(run):
    text = ("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti arrived in Brussels on Monday. "
            "Before the talks, EU foreign policy chief Kaja Kallas hosted a working lunch for the two delegations.")
    lunch = [e for e in meetings(run(text)) if "Kaja Kallas" in names(e)]
    assert all("Albin Kurti" not in names(e) and "Aleksandar Vucic" not in names(e) for e in lunch)


@pytest.mark.parametrize("text", [
    "The embassy hosted a reception in honour of the national day on Sunday.",
    "The hotel hosted a charity lunch for the flood victims on Saturday.",
])
def test_meals_in_honour_of_no_guest_of_state_are_no_meeting(run, text):
    assert meetings(run(text)) == []


def test_calls_with_two_titled_partners_are_two_calls(run):
    text = ("On Monday, UN Secretary-General Antonio Guterres held telephone conversations with H.E. Gustavo Petro, "
            "President of Colombia, and H.E. Daniel Noboa, President of Ecuador.")
    assert sorted(names(e) for e in meetings(run(text))) == [["Antonio Guterres", "Daniel Noboa"],
                                                              ["Antonio Guterres", "Gustavo Petro"]]


def test_a_bodys_delegation_led_by_a_named_person(run):
    text = ("The Pacific Islands Forum held talks with the European Union delegation, led by Commissioner Jutta "
            "Urpilainen, in Suva on Friday.")
    (ev,) = meetings(run(text))
    assert names(ev) == ["European Union", "Jutta Urpilainen", "Pacific Islands Forum"]
    text = "The African Union held a closed-door meeting with the European Union delegation on Wednesday."
    (ev,) = meetings(run(text))
    assert names(ev) == ["African Union", "European Union"]


def test_a_past_sitting_of_two_governments(run):
    text = ("Estonian Prime Minister Kristen Michal and Latvian Prime Minister Evika Silina met in Riga on Monday. "
            "The previous joint session of the two governments was held in Tallinn in 2023.")
    evs = meetings(run(text, "2025-06-10"))
    assert any(names(e) == ["Estonia", "Latvia"] and e.date == "2023" and e.place.name == "Tallinn" for e in evs)


def test_a_signing_following_the_talks_told_before_adds_no_meeting(run):
    text = ("Estonian Prime Minister Kristen Michal and Latvian Prime Minister Evika Silina held talks in Riga on "
            "Monday. Following the talks, the two governments signed a memorandum on energy.")
    assert [names(e) for e in meetings(run(text))] == [["Evika Silina", "Kristen Michal"]]


@pytest.mark.parametrize("text, pair", [
    ("His Highness the Amir Sheikh Khalid bin Nasser al-Rumaihi and President of the Republic of Moldova Ion Ceban "
     "held official talks at the palace yesterday morning.", ["Ion Ceban", "Khalid bin Nasser al-Rumaihi"]),
    ("His Majesty the King Abdullah and President of Cyprus Nikos Christodoulides held talks at the Royal Palace on "
     "Monday.", ["King Abdullah", "Nikos Christodoulides"]),
])
def test_a_second_party_hung_on_the_name_after_a_style_meets_the_first(run, text, pair):
    # the style ("His Highness") is the subject, the name its apposition, and the parser hangs "and Y" on the name
    (ev,) = meetings(run(text))
    assert names(ev) == pair


@pytest.mark.parametrize("text, pair", [
    ("On the sidelines of the trilateral, Weber and Mario Costa held a bilateral at which they reviewed progress "
     "on the pipeline.", ["Mario Costa", "Weber"]),
    ("During the ministerial, Tsai Wen and Kofi Mensah held a bilateral on fisheries.", ["Kofi Mensah", "Tsai Wen"]),
    ("After the plenary, Lopez and Ana Ruiz held a one-on-one in the hotel lobby.", ["Ana Ruiz", "Lopez"]),
])
def test_doers_the_parser_hangs_under_a_fronted_phrase_held_the_bilateral(run, text, pair):
    (ev,) = meetings(run(text))
    assert names(ev) == pair


def test_no_bilateral_when_negated_and_adjective_bilateral_is_no_meeting(run):
    assert not meetings(run("On the sidelines of the trilateral, Sato and Holm did not meet, officials said."))
    assert not meetings(run("Bilateral trade between Chile and Peru rose by 12 percent, Minister Diego Ruiz said."))


@pytest.mark.parametrize("text", [
    "The Tobias–Ferreira meeting came two months after President Ramon Diaz's visit to Lima in March.",
    "The talks came a week after Chancellor Hans Vogel's visit to Oslo.",
    "The announcement came days after Prime Minister Amina Yusuf's trip to Nairobi.",
])
def test_a_visit_an_event_is_dated_against_names_no_host(run, text):
    assert not meetings(run(text))


def test_a_visit_in_an_adjunct_of_a_doer_still_meets(run):
    (ev,) = meetings(run("Foreign Minister Berg met Foreign Minister Nyström during Nyström's visit to Oslo."))
    assert names(ev) == ["Berg", "Nyström"]


@pytest.mark.parametrize("text", [
    "President of Mongolia Bat Erdene held official talks with President of Kazakhstan Nur Tokayev, who is on a "
    "State Visit to Mongolia.",
    "Chilean President Gabriel Soto, who is on a state visit to Argentina, held talks with Argentine President "
    "Javier Mora at the Casa Rosada.",
])
def test_a_visit_framing_the_talks_adds_no_country_host(run, text):
    (ev,) = meetings(run(text))
    assert all(p.entity.type == "person" for p in ev.participants)


@pytest.mark.parametrize("second, place", [
    ("The governments agreed that the next joint session will take place in Lithuania in 2027.", "Lithuania"),
    ("Leaders then flew to Vilnius, where the next joint session will take place in 2027.", "Vilnius"),
])
def test_the_next_sitting_described_like_the_one_told(run, second, place):
    text = "The Polish and Lithuanian governments held a joint session in Warsaw on Monday. " + second
    held, planned = meetings(run(text))
    assert names(planned) == ["Lithuania", "Poland"] and planned.status == PLANNED
    assert (planned.date, planned.place.name) == ("2027", place)


@pytest.mark.parametrize("second", [
    "The next parliamentary session will open in September.",
    "The governments did not agree on where the next joint session will take place.",
])
def test_another_bodys_session_or_an_open_question_is_no_next_sitting(run, second):
    text = "The Polish and Lithuanian governments held a joint session in Warsaw on Monday. " + second
    assert len(meetings(run(text))) == 1


@pytest.mark.parametrize("text, pair", [
    ("South Korean Trade Minister Lee Jun-ho and Chilean Economy Minister Pedro Alvarez co-presided over the third "
     "session of the Korea-Chile Economic Council in Santiago.", ["Lee Jun-ho", "Pedro Alvarez"]),
    ("Irish Trade Minister Niamh Byrne and Canadian Trade Minister Paul Ferris led the second round of the "
     "Ireland-Canada trade dialogue in Ottawa.", ["Niamh Byrne", "Paul Ferris"]),
    ("Swedish trade minister Lena Holm and Brazilian agriculture minister Paulo Reis co-chaired a session of the "
     "Joint Agricultural Committee (JAC) in Brasilia on Tuesday evening, where both sides reviewed the tariff "
     "schedule.", ["Lena Holm", "Paulo Reis"]),
    ("Norwegian Defence Minister Jan Berg and Finnish defence chief Laura Finch held the first round of a new "
     "Norway-Finland cyber and space security dialogue in Oslo on Monday.", ["Jan Berg", "Laura Finch"]),
])
def test_the_leaders_of_a_formats_sitting_met(run, text, pair):
    (ev,) = meetings(run(text))
    assert set(pair) <= set(names(ev))


@pytest.mark.parametrize("text", [
    "German Chancellor Olaf Weber and French President Claire Dubois led the round of applause for the athletes.",
    "Spanish Foreign Minister Ana Ruiz chairs the Spain-Morocco Joint Commission, a body set up in 1991.",
])
def test_leading_no_sitting_is_no_meeting(run, text):
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text", [
    "Ghanaian President John Mahama arrived in Addis Ababa on Friday. He and South African President Cyril "
    "Ramaphosa had a brief conversation before the opening session, according to the presidency.",
    "Ghanaian President John Mahama had a short chat with South African President Cyril Ramaphosa on the "
    "sidelines of the summit.",
    "Ghanaian President John Mahama held a lengthy discussion with South African President Cyril Ramaphosa on "
    "regional shipping.",
    "Ghanaian President John Mahama and South African President Cyril Ramaphosa chatted briefly before the group "
    "photo on Saturday.",
    "Ghanaian President John Mahama and South African President Cyril Ramaphosa conferred on the sidelines of the "
    "summit.",
])
def test_a_conversation_of_named_people_is_a_meeting(run, text):
    (ev,) = meetings(run(text))
    assert names(ev) == ["Cyril Ramaphosa", "John Mahama"]


@pytest.mark.parametrize("text", [
    "A conversation about trade between Chile and Argentina is needed, Chilean President Diego Rojas said.",
    "Argentine President Sofia Campos said she had no conversation with Chilean President Diego Rojas.",
    "Swedish Prime Minister Erik Lund and Polish President Marek Zielinski spoke at the opening of the forum.",
    "A panel discussion with Polish President Marek Zielinski is planned for the afternoon.",
])
def test_talk_of_a_conversation_is_no_meeting(run, text):
    assert meetings(run(text)) == []


def test_talks_with_one_and_later_with_another_are_two_meetings(run):
    text = ("Brazilian President Carla Mendes held one-on-one talks with Peruvian President Jorge Quispe, and later "
            "with Colombian President Andrea Vargas.")
    assert sorted(names(e) for e in meetings(run(text))) == [["Andrea Vargas", "Carla Mendes"],
                                                             ["Carla Mendes", "Jorge Quispe"]]
    text = "Brazilian President Carla Mendes held talks with Peruvian President Jorge Quispe and Colombian " \
           "President Andrea Vargas in Lima."
    assert len(meetings(run(text))) == 1


@pytest.mark.parametrize("second", [
    "Following the bilateral meeting, Senegal and Portugal signed three agreements on fisheries.",
    "After the official talks, the two countries issued a joint statement on maritime security.",
])
def test_a_meeting_told_before_in_a_time_adjunct_adds_no_country_meeting(run, second):
    text = "Senegalese President Amina Diallo met Portuguese Prime Minister Rui Costa in Lisbon on Monday. " + second
    (ev,) = meetings(run(text))
    assert names(ev) == ["Amina Diallo", "Rui Costa"]


@pytest.mark.parametrize("text, people", [
    ("Peru and Chile last held a leaders' summit in May 2023, when Peruvian President Rosa Quispe travelled to "
     "Santiago and met Chilean President Tomas Vidal.", True),
    ("Peru and Chile held their last summit in May 2023, when Peruvian President Rosa Quispe met Chilean President "
     "Tomas Vidal in Santiago.", True),
    ("Peru and Chile last held a leaders' summit in May 2023, when copper prices were at a record high.", False),
])
def test_a_countries_summit_told_by_who_met_when(run, text, people):
    (ev,) = meetings(run(text))
    expected = ["Rosa Quispe", "Tomas Vidal"] if people else ["Chile", "Peru"]
    assert (names(ev), ev.date) == (expected, "2023-05")


@pytest.mark.parametrize("text, visitor", [
    ("Ghanaian President John Mahama arrived in Nairobi on Wednesday. On Friday, Mahama paid a courtesy call on the "
     "speaker of Kenya's parliament, Grace Wanjiru, before visiting the Ghanaian high commission, where he met "
     "members of the diaspora.", "John Mahama"),
    ("Kenyan Foreign Minister Amina Wekesa called on the speaker of Uganda's parliament, Grace Wanjiru, at her "
     "office in Kampala on Monday.", "Amina Wekesa"),
])
def test_a_courtesy_call_on_a_post_is_on_its_named_holder(run, text, visitor):
    (ev,) = meetings(run(text))
    assert {(p.entity.name, p.role) for p in ev.participants} == {("Grace Wanjiru", HOST), (visitor, VISITOR)}


def test_a_visit_to_a_mission_abroad_is_no_meeting(run):
    text = ("Ghanaian President John Mahama visited the Ghanaian embassy in Paris on Monday, where he addressed "
            "members of the diaspora.")
    assert meetings(run(text)) == []


# ---- session 12, round 2: name lists after a fronted phrase, trips with one meeting per capital ----------------

@pytest.mark.parametrize("text, people", [
    ("During the Munich conference, Kaja Kallas, Antony Blinken, David Lammy and Annalena Baerbock held a meeting "
     "on Ukraine.", ["Annalena Baerbock", "Antony Blinken", "David Lammy", "Kaja Kallas"]),
    ("In a rare show of unity, Pedro Sanchez, Giorgia Meloni and Kyriakos Mitsotakis met in Rome on Sunday.",
     ["Giorgia Meloni", "Kyriakos Mitsotakis", "Pedro Sanchez"]),
    ("Earlier in the day, Emmanuel Macron, Olaf Scholz, Donald Tusk held talks in Paris.",
     ["Donald Tusk", "Emmanuel Macron", "Olaf Scholz"]),
])
def test_fronted_phrase_then_a_list_of_names_all_met(run, text, people):
    (ev,) = meetings(run(text))
    assert names(ev) == people


def test_place_and_its_country_after_a_fronted_phrase_are_no_doers(run):
    (ev,) = meetings(run("In Nairobi, Kenya, President William Ruto met President Samia Suluhu Hassan on Monday."))
    assert names(ev) == ["Samia Suluhu Hassan", "William Ruto"]


def test_name_read_as_a_modifier_of_met_is_its_object(run):
    # the parser labels "Starmer" an npadvmod of "met"
    text = ("Kenya and Japan last held a summit-level meeting in May 2024, when William Ruto flew to Tokyo "
            "and met Fumio Kishida and Emperor Naruhito.")
    (ev,) = meetings(run(text, "2026-10-09"))
    assert {"Fumio Kishida", "William Ruto"} <= set(names(ev))
    assert ev.date == "2024-05"


@pytest.mark.parametrize("text, legs", [
    ("Indian Prime Minister Narendra Modi met German Chancellor Olaf Scholz in Berlin on Monday and French President "
     "Emmanuel Macron in Paris on Tuesday.",
     {("Narendra Modi", "Olaf Scholz", "Berlin", "2023-03-13"), ("Emmanuel Macron", "Narendra Modi", "Paris",
                                                                 "2023-03-14")}),
    ("Chinese Foreign Minister Wang Yi held talks in Berlin with German Foreign Minister Anna Lührmann and in Rome "
     "with Italian Foreign Minister Paolo Rossi on Friday.",
     {("Anna Lührmann", "Wang Yi", "Berlin", "2023-03-10"), ("Paolo Rossi", "Wang Yi", "Rome", "2023-03-10")}),
    ("Egyptian Foreign Minister Badr Abdelatty met Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh and then "
     "Emirati Foreign Minister Sheikh Abdullah bin Zayed in Abu Dhabi on Sunday.",
     {("Badr Abdelatty", "Faisal bin Farhan", "Riyadh", "2023-03-12"),
      ("Abdullah bin Zayed", "Badr Abdelatty", "Abu Dhabi", "2023-03-12")}),
])
def test_one_meeting_per_capital_on_a_trip(run, text, legs):
    assert {(*names(e), e.place.name, e.date) for e in meetings(run(text))} == legs


def test_tour_meetings_each_in_its_capital(run):
    text = ("Japanese Foreign Minister Kenji Mori toured Hanoi, Vientiane and Phnom Penh last week, meeting Lao "
            "President Khamla Vong in Vientiane and Cambodian Prime Minister Sok Heng in Phnom Penh.")
    got = {(tuple(names(e)), e.place.name) for e in meetings(run(text))}
    assert {(("Kenji Mori", "Khamla Vong"), "Vientiane"), (("Kenji Mori", "Sok Heng"), "Phnom Penh")} <= got


def test_one_capital_with_two_people_is_one_meeting(run):
    text = ("Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum and US President Donald "
            "Trump in Washington on Friday.")
    (ev,) = meetings(run(text))
    assert names(ev) == ["Claudia Sheinbaum", "Donald Trump", "Mark Carney"]


def test_negated_trip_meetings_stay_out(run):
    text = ("The envoy did not meet Israeli Prime Minister Benjamin Netanyahu in Jerusalem or Palestinian President "
            "Mahmoud Abbas in Ramallah.")
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text, host, guest, status", [
    ("Kenyan President William Ruto arrived in Accra on Monday for a state visit. In the evening, he attended a "
     "state banquet hosted by Ghanaian President John Mahama.", "John Mahama", "William Ruto", "occurred"),
    ("Swedish Prime Minister Ulf Kristersson was in Helsinki on Tuesday, where he joined a working dinner given by "
     "Finnish President Alexander Stubb.", "Alexander Stubb", "Ulf Kristersson", "occurred"),
    ("Japanese Prime Minister Shigeru Ishiba will attend a banquet given by Chinese President Xi Jinping next week.",
     "Xi Jinping", "Shigeru Ishiba", "planned"),
])
def test_guest_attending_a_meal_given_by_a_host(run, text, host, guest, status):
    (ev,) = meetings(run(text))
    roles = {p.entity.name: p.role for p in ev.participants}
    assert (roles, ev.status) == ({host: HOST, guest: VISITOR}, status)


@pytest.mark.parametrize("text", [
    "Vieira did not attend the dinner hosted by Argentine President Javier Milei on Friday.",
    "Thousands of guests attended the wedding dinner hosted by the businessman.",
])
def test_meal_not_attended_or_without_named_people_is_no_meeting(run, text):
    assert meetings(run(text)) == []


@pytest.mark.parametrize("text, host, guest", [
    ("President Hakainde Hichilema arrived in Lilongwe on Monday, where he was welcomed by Malawian vice-president "
     "Michael Usi.", "Michael Usi", "Hakainde Hichilema"),
    ("Chancellor Anna Weber was greeted by Spanish deputy prime-minister Carlos Ortega at the Moncloa Palace.",
     "Carlos Ortega", "Anna Weber"),
])
def test_host_named_after_a_lower_case_hyphenated_post(run, text, host, guest):
    (ev,) = meetings(run(text))
    assert {p.entity.name: p.role for p in ev.participants} == {host: HOST, guest: VISITOR}


def test_negated_welcome_by_a_hyphenated_post_is_no_meeting(run):
    assert meetings(run("The delegation was not received by Nigerian vice-president Kashim Shettima.")) == []
