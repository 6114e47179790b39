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


def _meetings(nlp, text, published):
    return [e for e in extract_text(nlp, text, published=published).events if e.type == "meeting"]


def _names(event):
    return sorted(p.entity.name for p in event.participants)


def _who_when_where(event):
    return _names(event), event.date, event.place.name if event.place else None


def test_talks_told_with_the_town_and_then_with_the_venue_are_one_meeting_at_the_venue(nlp):
    text = ("Norwegian Prime Minister Erik Dahl held talks in Madrid on Monday with his Spanish counterpart Lucia "
            "Ortega. Dahl and Ortega met for two hours at the Moncloa Palace, discussing fisheries and energy.")
    (meeting,) = _meetings(nlp, text, "2026-05-13")
    assert _who_when_where(meeting) == (["Erik Dahl", "Lucia Ortega"], "2026-05-11", "Moncloa Palace")
    assert len(meeting.evidence) == 2


def test_a_reception_at_the_venue_and_the_talks_after_it_in_the_town_stay_two_meetings(nlp):
    text = ("Chilean President Tomas Rojas received Uruguayan President Ines Ferreira at La Moneda Palace on "
            "Thursday. The two presidents later held talks in Santiago on copper and trade.")
    meetings = _meetings(nlp, text, "2026-03-14")
    assert len(meetings) == 2
    assert all(m.date == "2026-03-12" for m in meetings)


def test_the_meeting_at_a_venue_told_after_the_hosting_gives_the_venue(nlp):
    text = ("Ortega hosted Dahl near Madrid on Monday. The meeting at the Palacio de la Moncloa, which lasted "
            "three hours, was their first since 2023.")
    assert [_who_when_where(m) for m in _meetings(nlp, text, "2026-05-13")] == \
        [(["Dahl", "Ortega"], "2026-05-11", "Palacio de la Moncloa")]


def test_an_agreement_of_two_countries_takes_the_leaders_who_met_that_day(nlp):
    text = ("Kenya and Tanzania on Tuesday signed eight agreements on trade and energy. Kenyan President Amani "
            "Mwangi hosted Tanzanian President Neema Kisanga for talks at State House in Nairobi on Tuesday.")
    (agreement,) = _agreements(nlp, text, "2026-05-13")
    assert (_names(agreement), agreement.date) == \
        (["Amani Mwangi", "Kenya", "Neema Kisanga", "Tanzania"], "2026-05-12")


def test_agreements_exchanged_in_the_presence_of_the_leaders_stay_the_countries(nlp):
    text = ("Ghana and Togo on Friday signed five agreements on border trade in the presence of the two presidents. "
            "Ghanaian President Kofi Mensah received Togolese President Afi Lawson at Jubilee House on Friday.")
    (agreement,) = _agreements(nlp, text, "2026-05-18")
    assert (_names(agreement), agreement.date) == (["Ghana", "Togo"], "2026-05-15")


def test_an_agreement_of_two_countries_takes_the_signatories_told_next_not_the_leaders(nlp):
    text = ("Peru and Ecuador on Thursday signed an accord on shared water basins. President Sofia Paredes hosted "
            "Ecuadorian President Tomas Rivas for talks in Lima on Thursday. The accord was signed by Peruvian "
            "Foreign Minister Rosa Medina and Ecuadorian Foreign Minister Pablo Vera.")
    agreements = _agreements(nlp, text, "2026-05-16")
    assert sorted((_names(a), a.date) for a in agreements) == [
        (["Ecuador", "Pablo Vera", "Peru", "Rosa Medina"], "2026-05-14"),
        (["Pablo Vera", "Rosa Medina"], "2026-05-14")]


def _meetings(nlp, text, published):
    return [e for e in extract_text(nlp, text, published=published).events if e.type == "meeting"]


def test_what_the_two_discussed_after_a_courtesy_call_describes_that_call(nlp):
    text = ("Chilean Foreign Minister Alberto van Klaveren paid a courtesy call on Peruvian President Dina Boluarte "
            "at the Government Palace on Wednesday. The two discussed fisheries and border trade.")
    (meeting,) = _meetings(nlp, text, "2025-05-15")
    assert sorted(p.entity.name for p in meeting.participants) == ["Alberto van Klaveren", "Dina Boluarte"]
    assert (meeting.date, meeting.place.name, len(meeting.evidence)) == ("2025-05-14", "Government Palace", 2)


def test_what_two_leaders_discussed_on_a_phone_call_keeps_the_call_s_day(nlp):
    text = ("Kenyan President William Ruto spoke by phone on Monday with Tanzanian President Samia Suluhu Hassan. "
            "The two leaders discussed the border dispute, according to a statement. "
            "Ruto met Ugandan President Yoweri Museveni in Kampala on Wednesday.")
    meetings = _meetings(nlp, text, "2025-05-15")
    assert [(sorted(p.entity.name for p in m.participants), m.date, m.mode, len(m.evidence)) for m in meetings] == [
        (["Samia Suluhu Hassan", "William Ruto"], "2025-05-12", "phone", 2),
        (["William Ruto", "Yoweri Museveni"], "2025-05-14", None, 1)]


def test_a_discussion_with_its_own_day_is_not_folded_into_the_meeting_before(nlp):
    text = ("Indian Foreign Minister Subrahmanyam Jaishankar met Japanese Foreign Minister Takeshi Iwaya in Tokyo "
            "on Monday. The two ministers discussed maritime security again on Thursday in Osaka.")
    meetings = _meetings(nlp, text, "2025-03-15")
    assert sorted((m.date, m.place.name) for m in meetings) == [("2025-03-10", "Tokyo"), ("2025-03-13", "Osaka")]


def _meetings(nlp, text, published):
    return [e for e in extract_text(nlp, text, published=published).events if e.type == "meeting"]


def test_a_passive_subject_is_the_one_a_following_he_continues(nlp):
    # "The Minister is expected to ...": the passive subject, not the ambassador quoted before, is "he"
    text = ("Finance Minister Tomas Varga on Friday signed a loan agreement with the Asian Infrastructure Investment "
            "Bank, represented by Indian Ambassador to Peru Rohan Mehta. Ambassador Mehta said the bank had always "
            "been a patient lender. The Minister is expected to travel to Tokyo next month to sign a final protocol. "
            "He last visited the Japanese capital in May, when he held talks with Vice Minister of Finance Kenji Sato.")
    (meeting,) = _meetings(nlp, text, "2026-07-15")
    assert sorted(p.entity.name for p in meeting.participants) == ["Kenji Sato", "Tomas Varga"]
    assert meeting.date == "2026-05"


def test_a_meeting_told_before_a_journey_does_not_take_the_journey_s_place(nlp):
    texts = ["Kenyan President William Ruto is scheduled to meet Senate Speaker Amason Kingi on Friday before "
             "travelling to Mombasa, where he will tour a container terminal.",
             "Chilean President Gabriel Boric will hold talks with Argentine President Javier Milei on Thursday before "
             "flying to Mendoza, where he will visit a wine cooperative."]
    found = [[(sorted(p.entity.name for p in e.participants), e.date, e.place, e.status)
              for e in _meetings(nlp, text, "2026-07-15")] for text in texts]
    assert found == [[(["Amason Kingi", "William Ruto"], "2026-07-17", None, "planned")],
                     [(["Gabriel Boric", "Javier Milei"], "2026-07-16", None, "planned")]]


def _planned_meetings(nlp, text, published="2026-05-12"):
    return [(sorted(p.entity.name for p in e.participants), e.date, e.place.name if e.place else None)
            for e in extract_text(nlp, text, published=published).events
            if e.type == "meeting" and e.status == "planned"]


def test_the_next_summit_of_a_format_is_planned_between_the_parties_of_the_one_told(nlp):
    text = ("The presidents of Chile, Argentina and Bolivia met in Santiago on Monday for their annual lithium "
            "summit. They discussed prices and export quotas. The next summit will be held in La Paz in 2027.")
    assert _planned_meetings(nlp, text) == [(["Argentina", "Bolivia", "Chile"], "2027", "La Paz")]


def test_an_ordinal_round_scheduled_later_is_the_next_sitting(nlp):
    text = ("The foreign ministers of Indonesia, Malaysia and the Philippines gathered in Manila on Monday for the "
            "fifth round of their maritime security consultations. The sixth round is scheduled to take place in "
            "Kuala Lumpur next year.")
    assert _planned_meetings(nlp, text) == [(["Indonesia", "Malaysia", "Philippines"], "2027", "Kuala Lumpur")]


def test_agreeing_to_hold_the_next_round_plans_it_between_the_member_states(nlp):
    text = ("Norway and Iceland held fisheries talks in Oslo on Friday. The two countries agreed to hold their "
            "next round of talks in Reykjavik in September.")
    assert _planned_meetings(nlp, text) == [(["Iceland", "Norway"], "2026-09", "Reykjavík")]


def test_a_state_hosting_the_next_summit_hosts_the_parties_of_the_last(nlp):
    text = ("Egypt and Jordan held talks on water sharing in Aqaba on Sunday. Egypt will host the next summit in "
            "Cairo in October, officials said.")
    assert _planned_meetings(nlp, text) == [(["Egypt", "Jordan"], "2026-10", "Cairo")]


def test_an_unset_conditional_or_other_bodys_next_sitting_is_no_meeting(nlp):
    lead = ("Greek Prime Minister Kyriakos Mitsotakis and Cypriot President Nikos Christodoulides held talks in "
            "Nicosia on Monday. ")
    for follow in ("No date has been set for the next summit.",
                   "The next summit could be held in Athens if the budget allows.",
                   "Neither side said when the next round of talks would take place.",
                   "The next parliamentary session will open in Athens in October.",
                   "The next election in Cyprus will take place in 2027.",
                   "The next G20 summit will take place in Johannesburg in November.",
                   "Mitsotakis said he would host the next summit in the autumn."):
        assert _planned_meetings(nlp, lead + follow) == [], follow


def test_the_envoys_agreeing_to_hold_the_next_meeting_plan_it_for_their_states(nlp):
    text = ("The foreign ministers of Peru, Chile and Colombia met in Lima on Monday for their yearly consultations. "
            "The ministers agreed to hold their next trilateral meeting in Bogota in 2027.")
    assert _planned_meetings(nlp, text) == [(["Chile", "Colombia", "Peru"], "2027", "Bogotá")]


def test_a_format_named_by_its_ordinal_takes_the_parties_of_the_sitting_so_named(nlp):
    text = ("Indonesia and Timor-Leste signed a border protocol on Friday at the close of the 7th Joint Ministerial "
            "Commission held in Dili. The 8th Joint Ministerial Commission, which is scheduled to take place in "
            "Bali in 2027, will review the demarcation.")
    assert _planned_meetings(nlp, text, "2026-05-16") == [(["Indonesia", "Timor-Leste"], "2027", "Bali")]


def test_one_meeting_told_with_its_purpose_stays_one(nlp):
    text = "Peruvian President Rosa Vargas met Bolivian President Evo Quispe in Lima on Monday before flying to Quito."
    assert [_who_when_where(m) for m in _meetings(nlp, text, "2025-06-10")] == \
        [(["Evo Quispe", "Rosa Vargas"], "2025-06-09", "Lima")]


def _meeting_people(nlp, text, published="2026-03-06"):
    events = [e for e in extract_text(nlp, text, published=published).events if e.type == "meeting"]
    return [(sorted(p.entity.name for p in e.participants), e.date) for e in events]


def test_a_meal_ordered_against_a_side_session_of_its_sentence_is_a_meeting_of_its_own(nlp):
    text = ("Tokayev welcomed Aliyev and Mirziyoyev in Burabay on Wednesday. Aliyev and Mirziyoyev also had a "
            "tête-à-tête on Wednesday evening, before a dinner Tokayev hosted for his guests.")
    assert _meeting_people(nlp, text) == [(["Aliyev", "Mirziyoyev", "Tokayev"], "2026-03-04"),
                                          (["Aliyev", "Mirziyoyev"], "2026-03-04"),
                                          (["Aliyev", "Mirziyoyev", "Tokayev"], "2026-03-04")]


def test_one_session_of_the_same_people_told_with_its_purpose_stays_one(nlp):
    text = ("Chancellor Ruth Adler hosted President Karim Haddad in Vienna on Monday for talks on energy, before a "
            "press conference.")
    assert _meeting_people(nlp, text) == [(["Karim Haddad", "Ruth Adler"], "2026-03-02")]
