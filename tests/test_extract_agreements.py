"""Agreements on real news phrasing: agreed, signed (active and passive), deals, commitments, negations."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.records import AGREEMENT


@pytest.fixture(scope="module")
def agreements(nlp):

    def run(text, published="2023-03-15"):
        return [e for e in extract_text(nlp, text, published=published).events if e.type == AGREEMENT]
    return run


def parties(event):
    return sorted(p.entity.name for p in event.participants)


def test_countries_agreed_on_weekday(agreements):
    (ev,) = agreements("Russia and Turkey agreed on Monday that they needed to take decisive measures.", "2019-02-11")
    assert (parties(ev), ev.date, ev.place, ev.status) == (["Russia", "Turkey"], "2019-02-11", None, "occurred")


def test_signed_an_agreement(agreements):
    (ev,) = agreements("Japan and South Korea signed an agreement on Tuesday to share military intelligence.")
    assert (parties(ev), ev.date) == (["Japan", "South Korea"], "2023-03-14")


def test_passive_signed_between_capitals_used_as_actors(agreements):
    text = "A ceasefire agreement was signed between Ankara and Moscow in Sochi on Monday."
    (ev,) = agreements(text)
    assert (parties(ev), ev.date, ev.place.name) == (["Russia", "Turkey"], "2023-03-13", "Sochi")


def test_signed_by_agent(agreements):
    (ev,) = agreements("The accord was signed by Armenia and Azerbaijan in Washington on Friday.")
    assert (parties(ev), ev.date, ev.place.name) == (["Armenia", "Azerbaijan"], "2023-03-10", "Washington")


def test_brokered_a_deal_last_september_is_history(agreements):
    text = "Russia, one of the Syrian regime's staunchest allies, and Turkey brokered a deal in September."
    (ev,) = agreements(text, "2019-02-11")
    assert (parties(ev), ev.date) == (["Russia", "Turkey"], "2018-09")


def test_commitment_and_signing_in_one_sentence_are_one_agreement(agreements):
    text = ("Last September, Turkey committed to disarm and eliminate terrorists in Idlib when an agreement "
            "was signed between Ankara and Moscow.")
    (ev,) = agreements(text, "2019-01-24")
    assert (parties(ev), ev.date) == (["Russia", "Turkey"], "2018-09")


def test_restated_commitment_takes_the_story_day(agreements):
    text = ("Ankara and Moscow have restated their commitment to existing agreements in Idlib, "
            "Russia's foreign ministry said on Tuesday.")
    (ev,) = agreements(text, "2020-02-18")
    assert (parties(ev), ev.date, ev.date_raw) == (["Russia", "Turkey"], "2020-02-18", "on Tuesday")


def test_agreed_in_a_year(agreements):
    (ev,) = agreements("Turkey and Russia agreed in 2018 to establish a demilitarised zone in Idlib.", "2020-02-18")
    assert (parties(ev), ev.date) == (["Russia", "Turkey"], "2018")


def test_people_agreed_and_two_leaders_pledged_are_two_commitments(agreements):
    text = ("Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan have agreed to "
            "take steps to stabilise Idlib.\nOn Wednesday, Putin and Erdogan held talks in Moscow, where the two "
            "leaders pledged to intensify their coordination.")
    agreed, pledged = agreements(text, "2019-01-24")
    assert (parties(agreed), agreed.date, agreed.place) == (["Recep Tayyip Erdogan", "Vladimir Putin"], "2019-01-23", None)
    assert (parties(pledged), pledged.date, pledged.place.name) == (parties(agreed), "2019-01-23", "Moscow")


def test_the_two_sides_agreed_after_talks(agreements):
    text = ("Turkey hosted talks between Russian and Ukrainian delegations in Istanbul on Tuesday. "
            "The two sides agreed to hold another round of negotiations.")
    (ev,) = agreements(text)
    assert (parties(ev), ev.date) == (["Russia", "Ukraine"], "2023-03-14")


def test_negated_failed_and_hypothetical_agreements_are_not_facts(agreements):
    assert agreements("Israel and Hamas did not reach a deal on a ceasefire, officials said.") == []
    assert agreements("The army and the rebels failed to agree on a truce.") == []
    assert agreements("If the talks succeed, Iran and the United States could sign a new nuclear deal.") == []
    assert agreements("No agreement was reached between Serbia and Kosovo.") == []


def test_one_party_pledge_is_not_an_agreement(agreements):
    assert agreements("Japan pledged to double its defence spending.") == []


def test_reuters_dateline_and_signed_deal(agreements):
    text = ("ISTANBUL (Reuters) - Russia and Ukraine signed a deal on Friday to reopen Black Sea ports for grain "
            "exports, in an agreement brokered by Turkey and the United Nations.")
    (ev,) = agreements(text, "2022-07-23")
    assert (parties(ev), ev.date) == (["Russia", "Ukraine"], "2022-07-22")


def test_government_and_rebels_sign_peace_accord(agreements):
    (ev,) = agreements("Ethiopia and Tigray rebels signed a peace accord in Pretoria on Wednesday, ending two years "
                       "of war.", "2022-11-03")
    assert (parties(ev), ev.date, ev.place.name) == (["Ethiopia", "Tigray rebels"], "2022-11-02", "Pretoria")


def test_leaders_inked_a_trade_pact(agreements):
    (ev,) = agreements("Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese inked "
                       "a trade pact in Canberra on Saturday.", "2023-04-04")
    assert (parties(ev), ev.date, ev.place.name) == (["Anthony Albanese", "Narendra Modi"], "2023-04-01", "Canberra")


def test_agreement_announced_by_officials_is_not_planned(agreements):
    (ev,) = agreements("The European Union and Japan reached a trade agreement, officials announced on Friday.")
    assert (parties(ev), ev.status) == (["European Union", "Japan"], "occurred")


def test_participle_signed_by_and_reached_by(agreements):
    (ev,) = agreements("The accord, signed by Rwanda and Kenya in Washington on Friday, aims to end the fighting.",
                       "2023-11-08")
    assert (parties(ev), ev.date, ev.place.name, ev.status) == (["Kenya", "Rwanda"], "2023-11-03", "Washington",
                                                               "occurred")
    (ev,) = agreements("Under the agreement reached by Israel and Lebanon last week, troops will withdraw.",
                       "2023-11-08")
    assert (parties(ev), ev.date, ev.status) == (["Israel", "Lebanon"], None, "occurred")


def test_brokers_of_a_deal_are_not_its_parties(agreements):
    assert agreements("The deal was brokered by Qatar and Egypt.") == []


def test_vowed_together_is_one_agreement_not_a_statement(nlp):
    from kg.extract import extract_text

    events = extract_text(nlp, "Putin and Xi vowed to deepen their partnership.", published="2023-11-08").events
    assert [(e.type, sorted(p.entity.name for p in e.participants)) for e in events] == [
        ("agreement", ["Putin", "Xi"])]


@pytest.mark.parametrize("text", [
    "Biden is not expected to meet Xi in Bali.",
    "Israel and Hamas have yet to agree on a ceasefire.",
    "Putin declined to meet Zelensky.",
    "Macron cancelled a planned meeting with Scholz.",
    "Talks between Serbia and Kosovo were postponed.",
    "Modi may visit Washington next month.",
    "Xi invited Lula to visit Beijing.",
    "Scholz hopes to meet Putin soon.",
    "Russia and Ukraine are unlikely to sign a deal this year.",
    "Without a deal between Iran and the United States, tensions will rise.",
    "Neither Russia nor Ukraine signed the accord.",
])
def test_negated_unlikely_and_wished_events_are_not_facts(nlp, text):
    from kg.extract import extract_text

    assert [e for e in extract_text(nlp, text, published="2023-03-15").events if e.type != "statement"] == []


def test_pti_dateline_memoranda_and_signed_joint_statement(agreements):
    text = ("New Delhi, Sep 10 (PTI) Prime Minister Narendra Modi on Sunday held talks with Bangladesh Prime "
            "Minister Sheikh Hasina at his residence.\n"
            "The two sides signed three MoUs in the areas of agriculture and culture.")
    (ev,) = agreements(text, "2023-09-10")
    assert len(ev.participants) == 2 and "India" not in parties(ev)
    text = ("MOSCOW, March 21 (Xinhua) -- Chinese President Xi Jinping and Russian President Vladimir Putin on "
            "Tuesday signed a joint statement on deepening their partnership.")
    (ev,) = agreements(text, "2023-03-22")
    assert (parties(ev), ev.date) == (["Vladimir Putin", "Xi Jinping"], "2023-03-21")


def test_accords_signed_by_three_and_ceasefire_between(agreements):
    (ev,) = agreements("The Abraham Accords were signed by Israel, the United Arab Emirates and Bahrain at the White "
                       "House on September 15, 2020.", "2023-11-08")
    assert (parties(ev), ev.date, ev.place.name) == (["Bahrain", "Israel", "United Arab Emirates"], "2020-09-15",
                                                     "White House")
    (ev,) = agreements("A ceasefire between Israel and Hamas took effect on Friday.", "2023-11-08")
    assert (parties(ev), ev.date) == (["Hamas", "Israel"], "2023-11-03")


def test_passive_signing_whose_agent_the_parser_cut_off(nlp):
    text = ("The agreement was signed on Friday in Beijing by Secretary of Iran's Supreme National Security Council "
            "(SNSC) Ali Shamkhani and Saudi National Security Adviser Musaed bin Mohammed Al-Aiban.")
    (ev,) = [e for e in extract_text(nlp, text, published="2023-03-11").events if e.type == "agreement"]
    assert sorted(p.entity.name for p in ev.participants) == ["Ali Shamkhani", "Musaed bin Mohammed Al-Aiban"]
    assert (ev.date, ev.place.name) == ("2023-03-10", "Beijing")


def test_separate_memorandums_with_each_country(nlp):
    text = ("Azerbaijan and Armenia signed a peace declaration at the White House on Friday. The United States also "
            "signed separate memorandums with each country on energy.")
    deals = [e for e in extract_text(nlp, text, published="2025-08-09").events if e.type == "agreement"]
    assert sorted(sorted(p.entity.name for p in e.participants) for e in deals) == [
        ["Armenia", "Azerbaijan"], ["Armenia", "United States"], ["Azerbaijan", "United States"]]


def test_passive_agreement_reached_during_talks_between_two_sides(nlp):
    text = ("The deal was finalized late last month during a meeting between Ukraine's human rights commissioner "
            "Dmytro Lubinets and Russian ombudsman Tatyana Moskalkova.")
    (deal,) = [e for e in extract_text(nlp, text, published="2025-02-06").events if e.type == "agreement"]
    assert sorted(p.entity.name for p in deal.participants) == ["Dmytro Lubinets", "Tatyana Moskalkova"]
    assert deal.date == "2025-01"


def test_initialled_agreement(nlp):
    (deal,) = extract_text(nlp, "Ethiopia and Eritrea initialled a border agreement in Riyadh on Tuesday.",
                           published="2025-02-06").events
    assert (sorted(p.entity.name for p in deal.participants), deal.date, deal.place.name) == (
        ["Eritrea", "Ethiopia"], "2025-02-04", "Riyadh")


def test_two_coordinated_by_phrases_are_both_signatories(nlp):
    text = ("The deal was signed in Nairobi by Defence Minister Soipan Tuya on behalf of the government and by "
            "Colonel Joseph Kimani for the rebels.")
    (deal,) = [e for e in extract_text(nlp, text, published="2025-04-12").events if e.type == "agreement"]
    assert sorted(p.entity.name for p in deal.participants) == ["Joseph Kimani", "Soipan Tuya"]
    assert deal.place.name == "Nairobi"


def test_members_of_one_organisation_endorsing_together(nlp):
    (deal,) = extract_text(nlp, "NATO leaders endorsed a new target to spend 5% of economic output on defense by 2035.",
                           published="2025-06-25").events
    assert ([p.entity.name for p in deal.participants], deal.date) == (["NATO"], "2025-06-25")
    assert not extract_text(nlp, "The president approved the plan.", published="2025-06-25").events


def test_came_to_an_understanding(nlp):
    (deal,) = extract_text(nlp, "Ethiopia and Somalia came to an understanding on port access on Tuesday.",
                           published="2025-06-11").events
    assert (sorted(p.entity.name for p in deal.participants), deal.date) == (["Ethiopia", "Somalia"], "2025-06-10")


# ---- unseen-news agreements (session 3) --------------------------------------------------------

def test_memorandum_of_understanding_between_governments_of(agreements):
    text = ("A Memorandum of Understanding on labour mobility was signed between the Government of Samoa and "
            "the Government of the Republic of Tuvalu on Monday.")
    (mou,) = agreements(text, "2025-08-13")
    assert parties(mou) == ["Samoa", "Tuvalu"]
    assert mou.date == "2025-08-11"


def test_korean_hyphenated_given_name_is_a_party(agreements):
    text = ("Japanese Prime Minister Ishiba Shigeru and new South Korean President Lee Jae-myung have agreed to "
            "develop bilateral relations in a stable manner.")
    (pact,) = agreements(text, "2025-06-09")
    assert parties(pact) == ["Ishiba Shigeru", "Lee Jae-myung"]


@pytest.mark.parametrize("text, expected", [
    ("Australian Prime Minister Anthony Albanese and Indian Prime Minister Narendra Modi sealed a free trade "
     "agreement on Tuesday.", ["Anthony Albanese", "Narendra Modi"]),
    ("Chile and South Korea concluded negotiations on an upgraded free trade agreement in Seoul on Wednesday.",
     ["Chile", "South Korea"]),
    ("Kenya and the United Kingdom signed a strategic prosperity partnership in Nairobi on Monday.",
     ["Kenya", "United Kingdom"]),
    ("The presidents of Uzbekistan and Kyrgyzstan exchanged instruments of ratification of their border treaty "
     "in Tashkent on Friday.", ["Kyrgyzstan", "Uzbekistan"]),
    ("Armenia's parliament ratified a border commission protocol with Azerbaijan on Thursday.",
     ["Armenia", "Azerbaijan"]),
    ("Saudi Arabia, Iraq and five other OPEC+ members agreed on Sunday to extend output cuts.",
     ["Iraq", "Saudi Arabia"]),
    ("A peace deal between the Colombian government and the Revolutionary Armed Forces of Colombia was signed "
     "in Havana.", ["Colombia", "Revolutionary Armed Forces of Colombia"]),
    ("The agreement was signed in Abu Dhabi on Monday by Indonesian Trade Minister Budi Santoso and UAE Minister "
     "of State for Foreign Trade Thani bin Ahmed Al Zeyoudi.", ["Budi Santoso", "Thani bin Ahmed Al Zeyoudi"]),
])
def test_agreement_phrasings_of_unseen_news(agreements, text, expected):
    (pact,) = agreements(text, "2025-06-10")
    assert parties(pact) == expected


def test_deepening_a_partnership_is_no_agreement(agreements):
    assert agreements("The two leaders pledged to deepen their partnership.") == []


def test_a_named_plan_the_leaders_are_expected_to_sign(agreements):
    text = ("The two sides finalised the text of a new Vuvale Partnership Action Plan, which Prime Minister James "
            "Marape and Prime Minister Anthony Albanese are expected to sign next month.")
    (plan,) = agreements(text, "2025-08-15")
    assert parties(plan) == ["Anthony Albanese", "James Marape"]
    assert plan.status == "planned"


# ---- session 4: phrasings of signing, entry into force, quoted and impersonal agreements, false friends ----

def test_put_their_signatures_to_in_relative_clause(agreements):
    text = ("Under the accord, which Chilean President Gabriel Boric and Argentine President Javier Milei put their "
            "signatures to in Santiago on Friday, the border crossing will reopen.")
    (ev,) = agreements(text, "2025-03-10")
    assert (parties(ev), ev.date, ev.place.name) == (["Gabriel Boric", "Javier Milei"], "2025-03-07", "Santiago")


def test_put_into_force_an_agreement(agreements):
    (ev,) = agreements("Canada and Mexico put into force a new fisheries agreement on Tuesday.", "2024-05-20")
    assert (parties(ev), ev.date, ev.status) == (["Canada", "Mexico"], "2024-05-14", "occurred")


def test_exchanged_notes_bringing_a_treaty_into_force(agreements):
    text = "Brazil and Paraguay exchanged diplomatic notes on Monday bringing into force the revised Itaipu treaty."
    (ev,) = agreements(text, "2024-06-12")
    assert (parties(ev), ev.date) == (["Brazil", "Paraguay"], "2024-06-10")


def test_exchanging_notes_alone_is_no_agreement(agreements):
    assert agreements("Brazil and Paraguay exchanged diplomatic notes on Monday about the border incident.") == []


def test_quoted_predicate_with_parties_outside_the_quote(agreements):
    text = 'Ghana and Togo had "agreed to set up a joint border commission", the minister wrote on Sunday.'
    (ev,) = agreements(text, "2024-02-12")
    assert (parties(ev), ev.status) == (["Ghana", "Togo"], "occurred")


def test_quote_of_the_speaker_own_words_stays_a_statement(agreements):
    text = 'The minister said: "We agreed to set up a joint border commission."'
    assert agreements(text) == []


def test_signed_it_takes_the_treaty_before(agreements):
    text = ("Norway's parliament approved a fisheries treaty with Iceland on Thursday, a year after the two "
            "governments' ministers signed it in Reykjavik.")
    evs = agreements(text, "2024-11-08")
    assert any(parties(ev) == ["Iceland", "Norway"] for ev in evs)


def test_memorandum_of_understanding_with_counterpart(agreements):
    text = "Kenyan President William Ruto signed a memorandum of understanding with Ugandan President Yoweri Museveni."
    (ev,) = agreements(text)
    assert parties(ev) == ["William Ruto", "Yoweri Museveni"]


def test_sign_a_protocol_upgrading(agreements):
    text = "Chile and South Korea are expected to sign a protocol upgrading their free trade agreement next month."
    (ev,) = agreements(text, "2024-08-01")
    assert (parties(ev), ev.status) == (["Chile", "South Korea"], "planned")


def test_implementation_of_a_declaration_signed_by(agreements):
    text = ("The ministers called for full implementation of the Lusaka Declaration, signed by Zambia and Malawi "
            "in 2019.")
    (ev,) = agreements(text)
    assert (parties(ev), ev.date) == (["Malawi", "Zambia"], "2019")


def test_impersonal_it_was_agreed_names_the_clause_subject(agreements):
    text = "It was agreed that Peru and Ecuador would reopen their consulates by June."
    (ev,) = agreements(text, "2024-03-02")
    assert parties(ev) == ["Ecuador", "Peru"]


def test_impersonal_it_was_agreed_at_the_meeting(agreements):
    text = ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Turkish Foreign Minister Hakan Fidan in "
            "Doha on Sunday. At the meeting, it was agreed that a joint committee would meet every year.")
    (ev,) = agreements(text, "2024-10-08")
    assert parties(ev) == ["Hakan Fidan", "Mohammed bin Abdulrahman Al Thani"]


def test_agreed_that_a_situation_is_grave_is_no_agreement(agreements):
    text = "The French and German foreign ministers agreed that the situation in Sudan was alarming."
    assert agreements(text) == []


def test_agreed_that_something_would_happen_is_an_agreement(agreements):
    (ev,) = agreements("France and Germany agreed that their finance ministers would meet monthly.")
    assert parties(ev) == ["France", "Germany"]


def test_reaffirmed_commitment_of_own_country_is_no_agreement(agreements):
    text = "President Ruto reaffirmed the commitment of Kenya to the security of Somalia."
    assert agreements(text) == []


def test_renewed_commitment_to_a_policy_is_no_agreement(agreements):
    text = "The presidents of Chile and Peru reaffirmed their commitment to free trade."
    assert agreements(text) == []


def test_renewed_commitment_to_an_accord(agreements):
    (ev,) = agreements("Japan and Vietnam reaffirmed their commitment to the maritime accord on Monday.",
                       "2024-04-10")
    assert parties(ev) == ["Japan", "Vietnam"]


def test_members_of_a_named_body_approved_a_declaration(agreements):
    (ev,) = agreements("ASEAN's ten members approved a declaration on the haze on Wednesday.", "2024-04-12")
    assert (parties(ev), ev.date) == (["Association of Southeast Asian Nations"], "2024-04-10")


def test_concluded_their_negotiations(agreements):
    (ev,) = agreements("Kenya and the European Union concluded their negotiations in Nairobi in June 2023.")
    assert (parties(ev), ev.date, ev.place.name) == (["European Union", "Kenya"], "2023-06", "Nairobi")


def test_concluded_talks_or_a_round_is_no_agreement(agreements):
    assert agreements("Kenya and the European Union concluded three days of talks in Nairobi on Friday.") == []
    assert agreements("Kenya and the European Union concluded a round of negotiations in Nairobi on Friday.") == []


def test_meeting_ended_with_an_agreement(agreements):
    text = ("The meeting between Thailand and Cambodia, attended by Chinese observers, ended with an agreement to "
            "reopen two border crossings on Monday.")
    (ev,) = agreements(text, "2024-09-04")
    assert (parties(ev), ev.date) == (["Cambodia", "Thailand"], "2024-09-02")


def test_unnamed_meeting_ending_with_an_agreement_takes_no_earlier_pair(agreements):
    text = ("Thai and Cambodian army commanders met at a border checkpoint on Monday. "
            "The meeting ended with an agreement to reopen two border crossings.")
    assert agreements(text, "2024-09-04") == []


def test_talks_between_named_sides_concluded_with_a_deal(agreements):
    (ev,) = agreements("Talks between Serbia and Kosovo in Brussels concluded with a deal on licence plates on Sunday.",
                       "2022-11-25")
    assert (parties(ev), ev.date) == (["Kosovo", "Serbia"], "2022-11-20")


def test_talks_ended_without_an_agreement(agreements):
    assert agreements("Talks between Serbia and Kosovo in Brussels ended without an agreement on Sunday.") == []


# --- session 5: signatories, exchanged documents, nested parties


def test_put_their_names_to_a_declaration_binding_two_countries(agreements):
    text = ("Presidents Gustavo Petro and Daniel Noboa met in Quito on Tuesday. Afterwards, Gustavo Petro and Daniel "
            "Noboa put their names to a joint declaration committing Colombia and Ecuador to reopen the border.")
    (ev,) = agreements(text)
    assert parties(ev) == ["Colombia", "Daniel Noboa", "Ecuador", "Gustavo Petro"]


def test_put_his_name_forward_is_no_signing(agreements):
    assert agreements("Kenyan President William Ruto put his name forward for the chairmanship of the bloc.") == []


def test_leaders_concurred_to_launch_negotiations(agreements):
    text = "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed concurred to launch talks on a port deal."
    (ev,) = agreements(text)
    assert parties(ev) == ["Abiy Ahmed", "William Ruto"]


def test_concurred_that_is_a_shared_view(agreements):
    assert agreements("Germany and Poland concurred that the situation was serious.") == []


def test_memorandum_exchanged_between_ministries(agreements):
    text = ("A memorandum of cooperation on fisheries was exchanged on Friday between the Ministry of Agriculture of "
            "Peru and the Ministry of Production of Ecuador.")
    (ev,) = agreements(text)
    assert (len(ev.participants), ev.date) == (2, "2023-03-10")
    assert all(p.entity.name.startswith("Ministry of") for p in ev.participants)


def test_mou_exchanged_by_two_ministers(agreements):
    text = ("The MoU on port security was exchanged by Foreign Minister Vivian Balakrishnan and Brunei's Foreign "
            "Minister Erywan Yusof.")
    (ev,) = agreements(text)
    assert parties(ev) == ["Erywan Yusof", "Vivian Balakrishnan"]


def test_exchanged_notes_on_a_loan(agreements):
    text = "On Monday Ambassador Kenji Hirata and Finance Minister Sunil Perera exchanged notes on a 5 billion yen loan."
    (ev,) = agreements(text)
    assert (parties(ev), ev.date) == (["Kenji Hirata", "Sunil Perera"], "2023-03-13")


def test_exchanging_views_or_letters_is_no_agreement(agreements):
    assert agreements("Chile and Peru exchanged views on the fisheries agreement on Monday.") == []
    assert agreements("Donald Trump and Kim Jong Un exchanged letters in 2019.") == []


def test_exchange_of_letters_signed_in_a_reduced_clause(agreements):
    (ev,) = agreements("Officials recalled the Exchange of Letters signed by Chile and Peru in 2011.")
    assert (parties(ev), ev.date) == (["Chile", "Peru"], "2011")


def test_between_phrase_inside_the_agreements_topic(agreements):
    text = ("An agreement on the facilitation of the issuance of visas between the European Union and Armenia was "
            "initialled by Kaja Kallas and Ararat Mirzoyan.")
    (ev,) = agreements(text)
    assert parties(ev) == ["Ararat Mirzoyan", "Armenia", "European Union", "Kaja Kallas"]


def test_any_process_agreed_by_the_parties_is_hypothetical(agreements):
    text = "The United Nations stands ready to support any process agreed by Guyana and Venezuela."
    assert agreements(text) == []


def test_title_words_of_a_named_partnership_are_no_party(agreements):
    text = "Japan and Mexico finalised the Japan-Mexico Comprehensive Economic Partnership Agreement on Friday."
    (ev,) = agreements(text)
    assert parties(ev) == ["Japan", "Mexico"]


def test_agreement_in_a_relative_clause_without_which(agreements):
    (ev,) = agreements("Officials praised the trade pact Chile and Peru signed in Lima in 2019.")
    assert (parties(ev), ev.date, ev.place.name) == (["Chile", "Peru"], "2019", "Lima")


def test_signed_a_roadmap_or_framework(agreements):
    (ev,) = agreements("Nigeria and Ghana signed a roadmap for a joint refinery on Tuesday.")
    assert (parties(ev), ev.date) == (["Ghana", "Nigeria"], "2023-03-14")
    assert agreements("The two ministers discussed a framework for cooperation.") == []


def test_first_of_two_titled_signatories_kept(agreements):
    text = ("Kenya's Energy Cabinet Secretary Opiyo Wandayi and Ethiopia's Water and Energy minister Habtamu Itefa "
            "put their signatures to a financing framework for the power line.")
    (ev,) = agreements(text)
    assert parties(ev) == ["Habtamu Itefa", "Opiyo Wandayi"]


# ---- round 2: phrasings found by probing other outlets' styles ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("President Luiz Inacio Lula da Silva and Chinese President Xi Jinping witnessed the signing of 20 cooperation "
     "agreements between Brazil and China on Tuesday.", ["Brazil", "China"]),
    ("German Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk witnessed the signing of five "
     "agreements on Wednesday.", ["Germany", "Poland"]),
    ("Ghana's President John Mahama and Nigeria's President Bola Tinubu presided over the exchange of three "
     "memoranda of understanding.", ["Ghana", "Nigeria"]),
])
def test_leaders_witnessing_a_signing_stand_for_their_countries(agreements, text, expected):
    (ev,) = agreements(text)
    assert parties(ev) == expected


@pytest.mark.parametrize("text", [
    "Japanese Prime Minister Shigeru Ishiba held talks with Indian Prime Minister Narendra Modi in Tokyo on Friday. "
    "Following the talks, a package of 13 documents was signed.",
    "Japanese Prime Minister Shigeru Ishiba held talks with Indian Prime Minister Narendra Modi in Tokyo on Friday. "
    "After the talks, a set of agreements on defence and semiconductors was signed.",
])
def test_documents_signed_following_the_talks_are_between_the_sides_that_met(agreements, text):
    (ev,) = agreements(text)
    assert parties(ev) == ["India", "Japan"]


@pytest.mark.parametrize("text, expected", [
    ("Egypt and Israel extended their gas supply deal on Monday.", ["Egypt", "Israel"]),
    ("Norway and Iceland prolonged the fisheries agreement for another six years.", ["Iceland", "Norway"]),
])
def test_extending_an_agreement(agreements, text, expected):
    (ev,) = agreements(text)
    assert parties(ev) == expected


@pytest.mark.parametrize("text, expected", [
    ("Serbia and Kosovo initialled the text of the normalisation agreement in Brussels on Monday.",
     ["Kosovo", "Serbia"]),
    ("Baku and Yerevan finalised the draft of the peace treaty in March.", ["Armenia", "Azerbaijan"]),
])
def test_the_text_of_an_agreement_initialled_or_finalised(agreements, text, expected):
    (ev,) = agreements(text)
    assert parties(ev) == expected


@pytest.mark.parametrize("text, count", [
    # witnesses of no signing, or of a signing whose signers are named: no agreement of theirs
    ("German Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk witnessed a military parade on "
     "Wednesday.", 0),
    ("Spanish Foreign Minister Jose Manuel Albares and his Moroccan counterpart Nasser Bourita signed the accord in "
     "a ceremony witnessed by the heads of government.", 1),
    # extending support is no agreement; agreeing to extend is one
    ("Japan extended support to the new government in Damascus.", 0),
    ("Israel and Lebanon have agreed to extend the ceasefire for another 60 days.", 1),
    # a plan approved by two sides, not by one, nor a statement on a partnership
    ("Mexico and Canada approved a joint action plan on critical minerals on Thursday.", 1),
    ("The two foreign ministers, Penny Wong of Australia and Winston Peters of New Zealand, endorsed a roadmap "
     "for Pacific security.", 1),
    ("The Kenyan cabinet approved a plan to build a new port at Lamu.", 0),
    ("The presidents of Russia and Kazakhstan adopted a statement on deepening the strategic partnership.", 0),
])
def test_how_many_agreements(agreements, text, count):
    assert len(agreements(text)) == count


@pytest.mark.parametrize("text, count", [
    ("Chile and Argentina reached a consensus on the management of shared glaciers.", 1),
    ("Chile and Argentina sought consensus on the management of shared glaciers.", 0),
])
def test_consensus_reached(agreements, text, count):
    found = agreements(text)
    assert len(found) == count and all(parties(e) == ["Argentina", "Chile"] for e in found)


@pytest.mark.parametrize("text, expected", [
    ("The ceasefire, brokered by Qatar and Egypt between Israel and Hamas, held through the weekend.",
     ["Hamas", "Israel"]),
    ("Turkey brokered a grain deal between Russia and Ukraine in July 2022.", ["Russia", "Ukraine"]),
])
def test_a_mediator_is_no_party(agreements, text, expected):
    (ev,) = agreements(text)
    assert parties(ev) == expected


def test_brokering_something_that_is_no_agreement(agreements):
    text = "The Emirati ministry said the prisoner exchange was the fifth it had helped to broker between the two countries."
    assert agreements(text) == []


def test_witnessed_exchange_of_notes_bringing_an_accord_into_force(agreements):
    text = ("Chilean President Gabriel Boric and Peruvian President Dina Boluarte on Friday witnessed the exchange of "
            "diplomatic notes bringing the Chile-Peru Fisheries Agreement into force.")
    evs = agreements(text, "2024-05-18")
    assert [(parties(e), e.date) for e in evs] == [(["Chile", "Peru"], "2024-05-17")]


def test_signed_the_agreed_minutes_of_the_talks(agreements):
    text = "At the end of the talks, Alexander Stubb and Ulf Kristersson signed the agreed minutes of the meeting."
    (ev,) = agreements(text)
    assert parties(ev) == ["Alexander Stubb", "Ulf Kristersson"]


def test_minutes_alone_signed_are_no_agreement(agreements):
    assert agreements("Ulf Kristersson signed the minutes and left Stockholm.") == []


def test_two_leaders_adopted_a_joint_statement(agreements):
    text = "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan adopted a Joint Vision Statement."
    (ev,) = agreements(text)
    assert parties(ev) == ["Samia Suluhu Hassan", "William Ruto"]


def test_one_sides_statement_adopted_is_no_agreement(agreements):
    assert agreements("The Kenyan cabinet adopted a statement on the drought on Monday.") == []


def test_signed_by_two_titled_ministers_names_the_people_not_the_posts(agreements):
    text = ("The agreement was signed by the Minister of State for Mines (Solid Minerals), Amara Okafor, and Ghana's "
            "Minister of Lands and Natural Resources, Kwame Mensah, in Accra.")
    (ev,) = agreements(text)
    assert (parties(ev), ev.place.name) == (["Amara Okafor", "Kwame Mensah"], "Accra")


def test_the_two_sides_exchanged_memoranda_are_the_countries(agreements):
    text = ("Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. "
            "In the presence of the two leaders, the two sides exchanged five memoranda of understanding.")
    evs = agreements(text, "2024-05-15")
    assert [parties(e) for e in evs] == [["Ethiopia", "Kenya"]]


@pytest.mark.parametrize("text, expected", [
    ("Among the papers exchanged was a memorandum of understanding on offshore wind power trade, signed by "
     "Vietnamese Industry Minister Nguyen Hong Dien and Danish Climate Minister Lars Aagaard.",
     ["Lars Aagaard", "Nguyen Hong Dien"]),
    ("The leaders welcomed an accord on the mutual recognition of university degrees, signed by Chilean Education "
     "Minister Nicolás Cataldo and Peruvian Education Minister Morgan Quero.", ["Morgan Quero", "Nicolás Cataldo"]),
])
def test_signed_by_hung_on_the_topic_of_the_accord(agreements, text, expected):
    (ev,) = agreements(text)
    assert parties(ev) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kenyan Trade Minister Rebecca Miano and Ethiopian Finance Minister Ahmed Shide put pen to paper on a framework "
     "for a joint border post.", ["Ahmed Shide", "Rebecca Miano"]),
    ("German Economy Minister Robert Habeck and Norwegian Energy Minister Terje Aasland countersigned the protocol on "
     "Tuesday.", ["Robert Habeck", "Terje Aasland"]),
    ("Greek Foreign Minister George Gerapetritis and Cypriot Foreign Minister Constantinos Kombos co-signed a "
     "memorandum on consular cooperation.", ["Constantinos Kombos", "George Gerapetritis"]),
])
def test_signing_idioms(agreements, text, expected):
    (ev,) = agreements(text)
    assert (parties(ev), ev.date) == (expected, "2023-03-14" if "Tuesday" in text else "2023-03-15")


@pytest.mark.parametrize("text, expected, date", [
    ("Siemens Energy signed a 20-year contract with the Egyptian Electricity Holding Company to build three power "
     "plants.", ["Egyptian Electricity Holding Company", "Siemens Energy"], "2023-03-15"),
    ("Kenya and Ethiopia concluded a landmark package on trade, water sharing and security in Nairobi in March 2021.",
     ["Ethiopia", "Kenya"], "2021-03"),
])
def test_contracts_and_packages_between_two_sides(agreements, text, expected, date):
    (ev,) = agreements(text)
    assert (parties(ev), ev.date) == (expected, date)


@pytest.mark.parametrize("text", [
    "The company signed a contract to supply 40 trains.",
    "The governor signed a package of tax bills on Friday.",
])
def test_one_sides_contract_or_package_is_no_agreement(agreements, text):
    assert agreements(text) == []


def test_broker_of_a_truce_between_unresolved_sides_is_no_party(agreements):
    text = "Qatar, which hosts Hamas's political office, brokered the first ceasefire between the army and the rebels."
    assert agreements(text) == []


def test_signers_of_two_documents_in_one_sentence_are_kept_apart(agreements):
    text = ("Among the texts signed were a treaty on the transfer of sentenced persons, signed by the two justice "
            "ministers, Carlos Mendes and Ana Ribeiro, and a memorandum on cultural exchange, inked by Angolan Culture "
            "Minister Filipe Zau and his Portuguese counterpart, Dalila Rodrigues.")
    assert sorted(parties(e) for e in agreements(text)) == [["Ana Ribeiro", "Carlos Mendes"],
                                                             ["Dalila Rodrigues", "Filipe Zau"]]


@pytest.mark.parametrize("text", [
    "The agreements were signed by the relevant ministers in the presence of the two presidents.",
    "Senior officials signed the memorandums in the presence of both prime ministers.",
])
def test_unnamed_signers_before_witnesses_are_no_agreement_of_the_witnesses(agreements, text):
    context = "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. "
    assert agreements(context + text, "2024-05-15") == []


def test_named_signers_beat_the_leader_a_post_would_point_to(agreements):
    text = ("Armenian Prime Minister Nikol Pashinyan met Iranian President Masoud Pezeshkian in Yerevan on Tuesday. "
            "Minister of Territorial Administration and Infrastructure Davit Khudatyan and Iran's Minister of Roads "
            "and Urban Development Farzaneh Sadegh inked a separate memorandum on the modernisation of the border "
            "crossing point.")
    (ev,) = agreements(text)
    assert parties(ev) == ["Davit Khudatyan", "Farzaneh Sadegh"]


def test_first_titled_signer_hung_on_the_verb(agreements):
    text = ("Chile's Foreign Minister Alberto van Klaveren (范) and his Argentine counterpart Diana Mondino later put "
            "their signatures to a memorandum on mining.")
    (ev,) = agreements(text)
    assert parties(ev) == ["Alberto van Klaveren", "Diana Mondino"]


def test_the_two_neighbours_are_the_countries(agreements):
    text = ("Chilean President Gabriel Boric hosted Argentine President Javier Milei in Santiago on Monday, where the "
            "two neighbours signed a raft of agreements on border security and trade.")
    (ev,) = agreements(text, "2025-06-10")
    assert (parties(ev), ev.date, ev.place.name) == (["Argentina", "Chile"], "2025-06-09", "Santiago")


@pytest.mark.parametrize("text, expected, date", [
    ("On Friday in Geneva, the UN envoy witnessed the signing of a protocol decision on the exchange of prisoners by "
     "the chief negotiators, Omar Haddad and Yusuf Kaya.", ["Omar Haddad", "Yusuf Kaya"], "2025-06-06"),
    ("The two presidents witnessed the signing of an agreement on the recognition of driving licences by Interior "
     "Minister Kamal Nasser and his Jordanian counterpart Mazen Faraya.", ["Kamal Nasser", "Mazen Faraya"],
     "2025-06-10"),
])
def test_witnessed_signing_by_named_signers_hung_on_the_topic(agreements, text, expected, date):
    (ev,) = agreements(text, "2025-06-10")
    assert (parties(ev), ev.date) == (expected, date)


@pytest.mark.parametrize("text, expected", [
    ("Foreign Minister Cho Tae-yul (조태열) and his Japanese counterpart Takeshi Iwaya later put their signatures to a "
     "memorandum on fisheries.", ["Cho Tae-yul", "Takeshi Iwaya"]),
    # the parser hangs "Foreign Minister" on the verb (npadvmod), the first name inside it
    ("Foreign Minister Lin Wei-ming (林偉明) and his Guatemalan counterpart Carlos Ramiro Martínez later put their "
     "signatures to a memorandum on fisheries.", ["Carlos Ramiro Martínez", "Lin Wei-ming"]),
])
def test_first_titled_signer_with_native_script(agreements, text, expected):
    (ev,) = agreements(text)
    assert parties(ev) == expected


@pytest.mark.parametrize("text, expected, date", [
    ("Trade Minister Helena Varga signed a memorandum on rare earths with Australian Resources Minister "
     "Tom Brennan on Tuesday.", ["Helena Varga", "Tom Brennan"], "2023-03-14"),
    ("Tharman, for his part, added his signature to a memorandum on water supply with Malaysian Economy Minister "
     "Rafizi Ramli.", ["Rafizi Ramli", "Tharman"], "2023-03-15"),
    ("Chile signed an agreement on cooperation in mining with Peru on Friday.", ["Chile", "Peru"], "2023-03-10"),
])
def test_counterpart_hung_on_the_documents_topic(agreements, text, expected, date):
    """'signed a memorandum on X with Y': the parser hangs 'with Y' on the topic, Y is still the counterpart."""
    (ev,) = agreements(text)
    assert (parties(ev), ev.date) == (expected, date)


def test_with_on_a_topic_needs_a_signing(agreements):
    """A decree or contract about relations with a country is no agreement with it."""
    assert agreements("The president signed a decree on relations with Russia on Monday.") == []


@pytest.mark.parametrize("text, expected", [
    ("Colombian President Gustavo Petro met Ecuadorian President Daniel Noboa in Quito in March 2021, during a visit "
     "in which the two countries signed six cooperation documents.", ["Colombia", "Ecuador"]),
    ("Malawian President Lazarus Chakwera hosted Slovenian Prime Minister Robert Golob on Monday, and the two "
     "governments signed a deal on farm exports.", ["Malawi", "Slovenia"]),
])
def test_the_two_countries_are_the_states_not_the_leaders_who_met(agreements, text, expected):
    (ev,) = agreements(text)
    assert parties(ev) == expected


# ---- session 7, round 2: initialled texts, hyphenated pairs, witnessed signings, 'visiting' co-signers ----

@pytest.mark.parametrize("text, expected, date", [
    ("Spanish Prime Minister Pedro Sanchez met Estonian Prime Minister Kristen Michal in Madrid on Monday. "
     "Negotiators of the two countries initialled the text on Tuesday after two rounds of talks.",
     ["Estonia", "Spain"], "2023-03-14"),
    ("Latvia's Prime Minister Evika Silina met Lithuania's Prime Minister Inga Ruginiene in Riga. Technical teams "
     "of the two countries initialled the draft on Friday.", ["Latvia", "Lithuania"], "2023-03-10"),
])
def test_an_initialled_text_is_an_agreement(agreements, text, expected, date):
    """Initialling is the formal act that fixes a treaty's agreed wording."""
    (ev,) = agreements(text)
    assert (parties(ev), ev.date) == (expected, date)


def test_signing_a_text_alone_is_no_agreement(agreements):
    assert agreements("The minister signed the text of his resignation letter on Monday.") == []


@pytest.mark.parametrize("text, expected", [
    ("The ASEAN-Japan partnership agreement, first signed in 2008, is being upgraded.",
     ["Association of Southeast Asian Nations", "Japan"]),
    ("The Canada-EU trade agreement, signed in October 2016, removed most tariffs.", ["Canada", "European Union"]),
])
def test_a_hyphenated_pair_in_the_agreements_name_is_its_two_sides(agreements, text, expected):
    (ev,) = agreements(text)
    assert parties(ev) == expected


def test_a_hyphenated_company_name_is_no_pair(agreements):
    assert agreements("The Rolls-Royce deal was signed in Paris in 2019.") == []


@pytest.mark.parametrize("text, expected", [
    ("Witnessed by Sanchez and Michal, Economy Minister Carlos Cuerpo and Estonian Economy Minister Mart Tamm inked "
     "the Agreement on Digital Trade on Monday.", ["Carlos Cuerpo", "Mart Tamm"]),
    ("Witnessed by the two presidents, Energy Minister Ana Lopez and Peruvian Energy Minister Mario Diaz signed a "
     "memorandum on gas supplies.", ["Ana Lopez", "Mario Diaz"]),
])
def test_signers_after_an_opening_witnessed_by_clause(agreements, text, expected):
    """The witnesses of the opening participle are no parties; the names after its comma sign."""
    (ev,) = agreements(text)
    assert parties(ev) == expected


@pytest.mark.parametrize("text, expected, date", [
    ("President Alexander Stubb and visiting Costa Rican President Rodrigo Chaves on Tuesday signed a declaration "
     "reaffirming the two countries' ties.", ["Alexander Stubb", "Rodrigo Chaves"], "2023-03-14"),
    ("Chancellor Olaf Scholz and visiting Malawian President Lazarus Chakwera signed a migration pact in Hamburg on "
     "Friday.", ["Lazarus Chakwera", "Olaf Scholz"], "2023-03-10"),
])
def test_a_visiting_co_signer_is_a_party(agreements, text, expected, date):
    (ev,) = agreements(text)
    assert (parties(ev), ev.date) == (expected, date)


@pytest.mark.parametrize("text, expected, date", [
    ("Ghana and Togo have signed what both governments describe as the most important accord in their shared "
     "history.", ["Ghana", "Togo"], "2023-03-15"),
    ("Kenya and Ethiopia on Monday signed what officials called a landmark deal on power trade.",
     ["Ethiopia", "Kenya"], "2023-03-13"),
    ("Peru and Ecuador reached what diplomats hailed as a historic agreement on the border.",
     ["Ecuador", "Peru"], "2023-03-15"),
])
def test_a_free_relative_object_names_the_agreement(agreements, text, expected, date):
    """'signed what X called a deal': the document is named inside the 'what' clause."""
    (ev,) = agreements(text)
    assert (parties(ev), ev.date, ev.status) == (expected, date, "occurred")


def test_a_free_relative_naming_no_agreement_is_none(agreements):
    assert agreements("Kenya and Ethiopia on Monday signed what officials called a historic moment.") == []


@pytest.mark.parametrize("text, expected, date, place", [
    ("Norway signed its own treaty in 2003, and Iceland and Denmark sealed one in Reykjavik in May 2011.",
     ["Denmark", "Iceland"], "2011-05", "Reykjavík"),
    ("Chile has a fisheries pact with Peru. Argentina and Uruguay signed one in Montevideo in 2015.",
     ["Argentina", "Uruguay"], "2015", "Montevideo"),
])
def test_one_standing_for_an_agreement_named_before(agreements, text, expected, date, place):
    evs = [e for e in agreements(text) if parties(e) == expected]
    assert [(e.date, e.place.name if e.place else None) for e in evs] == [(date, place)]


def test_one_of_a_set_is_not_the_bare_pronoun(agreements):
    assert agreements("Argentina and Uruguay discussed trade. They visited one more port on Monday.") == []


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed a transit accord on Monday. Under the agreement, the two countries committed to "
    "cutting border delays.",
    "Ghana and Togo sealed a border deal in Lome on Friday. Under the terms of the deal, both governments pledged "
    "to remove checkpoints.",
])
def test_an_obligation_under_an_agreement_is_not_a_new_one(agreements, text):
    evs = agreements(text)
    assert len(evs) == 1 and evs[0].evidence[0].text.split()[0] != "Under"


def test_what_the_sides_agreed_under_a_declaration_is_kept(agreements):
    text = "Under the declaration, Serbia and Kosovo agreed to open two border crossings."
    (ev,) = agreements(text)
    assert parties(ev) == ["Kosovo", "Serbia"]


@pytest.mark.parametrize("text, expected, date, status", [
    ("Peru and Chile signed the regional master plan for the border area in Arica in 2010.",
     ["Chile", "Peru"], "2010", "occurred"),
    ("Peru and Ecuador will meet again in March to sign the plan formally.", ["Ecuador", "Peru"], "2023-03",
     "planned"),
])
def test_a_plan_signed_by_two_sides(agreements, text, expected, date, status):
    (ev,) = agreements(text)
    assert (parties(ev), ev.date, ev.status) == (expected, date, status)


@pytest.mark.parametrize("text", [
    "The governor signed the budget plan into law on Monday.",
    "Iran and world powers concluded the Joint Comprehensive Plan of Action in Vienna in July 2015.",
])
def test_one_sides_plan_or_a_titled_plan_gives_no_pair_from_its_words(agreements, text):
    assert all("Action" not in parties(e) for e in agreements(text))
    assert all(len(e.participants) >= 2 for e in agreements(text))


@pytest.mark.parametrize("text, expected", [
    ("Colombian President Gustavo Petro held talks with Ecuadorian President Daniel Noboa in Bogota on Monday. "
     "Following the talks, the two presidents witnessed the signing of a number of agreements and memoranda of "
     "understanding between the governments of the two countries.", ["Colombia", "Ecuador"]),
    ("Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan in Nairobi on Friday. "
     "Several accords between the governments of the two countries were signed.", ["Kenya", "Tanzania"]),
])
def test_between_the_governments_of_the_two_countries_are_the_states(agreements, text, expected):
    """Coreference gives the leaders who met for 'the two countries'; the agreement's sides are their states."""
    (ev,) = agreements(text)
    assert parties(ev) == expected


@pytest.mark.parametrize("text, expected, date", [
    ("The leaders called for the implementation of the Charter on Maritime Conduct, signed by Japan and EU member "
     "states in 2004.", ["European Union", "Japan"], "2004"),
    ("The fisheries protocol was signed by Morocco and EU member countries in May 2019.",
     ["European Union", "Morocco"], "2019-05"),
    ("India and ASEAN member states agreed on Friday to review their goods trade pact.",
     ["Association of Southeast Asian Nations", "India"], "2023-03-10"),
])
def test_the_member_states_of_an_organisation_beside_a_named_side(agreements, text, expected, date):
    """'X and ASEAN member states': the members of one organisation are the organisation as a side."""
    (ev,) = agreements(text)
    assert (parties(ev), ev.date) == (expected, date)


@pytest.mark.parametrize("text, expected, date, place", [
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni announced the political deal in Nairobi "
     "in July.", ["William Ruto", "Yoweri Museveni"], "2022-07", "Nairobi"),
    ("Britain announced a trade pact with India on Monday.", ["India", "United Kingdom"], "2023-03-13", None),
    ("Peru and Chile on Monday unveiled a new fisheries accord.", ["Chile", "Peru"], "2023-03-13", None),
])
def test_an_agreement_announced_by_its_two_sides(agreements, text, expected, date, place):
    (ev,) = agreements(text)
    assert (parties(ev), ev.date, ev.place.name if ev.place else None) == (expected, date, place)


@pytest.mark.parametrize("text, expected", [
    ("Qatar announced a ceasefire between Israel and Hamas on Monday.", [["Hamas", "Israel"]]),
    ("Kenya announced a new deal to buy fuel on Monday.", []),
    ("Kenya and Uganda announced plans for a trade deal on Monday.", []),
])
def test_a_mediator_or_one_side_announcing_is_no_party(agreements, text, expected):
    assert [parties(e) for e in agreements(text)] == expected


@pytest.mark.parametrize("text, expected, date", [
    ("Ghana and Togo elevated their relationship to a Comprehensive Strategic Partnership in March 2021.",
     ["Ghana", "Togo"], "2021-03"),
    ("The ministers welcomed the progress made since Norway and Chile elevated their ties to a \"Green Strategic "
     "Partnership\" in October 2020.", ["Chile", "Norway"], "2020-10"),
    ("The relationship between Kenya and Ethiopia was upgraded to a comprehensive strategic partnership during "
     "a state visit in June 2022.", ["Ethiopia", "Kenya"], "2022-06"),
    ("Portugal upgraded its ties with Angola to a strategic partnership on Monday.", ["Angola", "Portugal"],
     "2023-03-13"),
])
def test_relations_raised_to_a_partnership_are_an_agreement(agreements, text, expected, date):
    (ev,) = agreements(text)
    assert (parties(ev), ev.date) == (expected, date)


@pytest.mark.parametrize("text", [
    "Ghana and Togo raised bilateral trade to $2 billion last year.",  # no relations raised to a partnership
    "Uruguay wants to upgrade its partnership with Paraguay.",  # a wish, and no new level named
    "Tunisia elevated its ties to a strategic partnership, the ministry said.",  # one side only
])
def test_raised_trade_and_one_sided_upgrades_are_no_agreement(agreements, text):
    assert agreements(text) == []


def test_agreed_to_elevate_ties_is_one_agreement(agreements):
    (ev,) = agreements("Ghana and Togo agreed on Tuesday to elevate relations to a strategic partnership.")
    assert (parties(ev), ev.date) == (["Ghana", "Togo"], "2023-03-14")



@pytest.mark.parametrize("text, expected, date", [
    ("The rugby federations of France, Italy and Portugal signed an agreement in Rome on Thursday to bid for "
     "the 2035 tournament.", ["France", "Italy", "Portugal"], "2023-03-09"),
    ("The central banks of Ghana and Nigeria agreed on Monday to extend their currency swap line.",
     ["Ghana", "Nigeria"], "2023-03-13"),
    ("The hotline builds on a reporting mechanism agreed by the defence ministries of Vietnam and Indonesia in "
     "2021.", ["Indonesia", "Vietnam"], "2021"),
])
def test_institutions_of_two_states_act_for_the_states(agreements, text, expected, date):
    (ev,) = agreements(text)
    assert (parties(ev), ev.date) == (expected, date)


def test_people_of_two_states_are_no_institutions(agreements):
    assert agreements("Supporters of Ghana and Nigeria agreed to meet at the stadium gates.") == []


@pytest.mark.parametrize("text, expected, date, place", [
    ("The charter, which was signed in Lima in May 2019 by then Peruvian President Martin Vizcarra, then Chilean "
     "President Sebastian Pinera and then Colombian President Ivan Duque, remains in force.",
     ["Ivan Duque", "Martin Vizcarra", "Sebastian Pinera"], "2019-05", "Lima"),
    ("The agreements were signed by the Minister of Trade, Ambassador Amina Yusuf, and Ghana's Minister of Finance, "
     "Mr Kofi Mensah.", ["Amina Yusuf", "Kofi Mensah"], "2023-03-15", None),
    ("The accord was signed in Hanoi in 2017 by then Vietnamese Prime Minister Nguyen Xuan Phuc and then Lao "
     "Prime Minister Thongloun Sisoulith.", ["Nguyen Xuan Phuc", "Thongloun Sisoulith"], "2017", "Hanoi"),
])
def test_passive_agent_list_of_titled_signers(agreements, text, expected, date, place):
    """The small parser breaks a long list of titled names after 'by', hanging later names on the verb: every
    signer named in the list is a party, the words of a post are none."""
    (ev,) = agreements(text)
    assert (parties(ev), ev.date, ev.place.name if ev.place else None) == (expected, date, place)


def test_agent_list_ends_at_the_last_conjunct(agreements):
    """'signed by A and B, President C said': the speaker after the list is no signer."""
    evs = agreements("The treaty was signed by Trade Minister Ana Costa and Foreign Minister Paulo Lima, "
                     "President Luis Mendes said on Monday.")
    assert [parties(e) for e in evs] == [["Ana Costa", "Paulo Lima"]]


@pytest.mark.parametrize("text, expected", [
    ("The talks follow an agreement in principle between Ghana and the Paris Club.", ["Ghana", "Paris Club"]),
    ("Investors welcomed an agreement in principle between Ecuador and the International Monetary Fund.",
     ["Ecuador", "International Monetary Fund"]),
])
def test_agreement_in_principle_between(agreements, text, expected):
    """'an agreement in principle between X and Y': the parser hangs the sides on 'principle'."""
    (ev,) = agreements(text)
    assert parties(ev) == expected


def test_hyphen_inside_a_long_name_is_no_pair(agreements):
    """'the Export-Import Bank of Korea' is one lender, not the pair 'Export' and 'Import Bank of Korea'."""
    (ev,) = agreements("Finance Minister Kofi Mensah on Friday signed a loan agreement with the Export-Import Bank "
                       "of Korea.", "2023-03-15")
    assert parties(ev) == ["Export-Import Bank of Korea", "Kofi Mensah"]


@pytest.mark.parametrize("text, expected, date", [
    ("The Canada-Peru free trade agreement, which was signed in March 2009, has lifted exports.",
     ["Canada", "Peru"], "2009-03"),
    ("Officials said the Japan-Mexico economic partnership agreement, which was signed in 2004, had cut tariffs.",
     ["Japan", "Mexico"], "2004"),
])
def test_hyphenated_pair_split_into_two_modifiers(agreements, text, expected, date):
    """'the A-B free trade agreement, which was signed in ...': the parser splits the pair into two modifiers and
    tags one side or neither; each word a known country is a side."""
    (ev,) = agreements(text)
    assert (parties(ev), ev.date) == (expected, date)


def test_hyphenated_brand_is_no_pair(agreements):
    assert agreements("The Rolls-Royce supply contract, which was signed in March, runs to 2030.") == []


@pytest.mark.parametrize("text, expected, date, place", [
    ("Premier Chen Wei-lin (陳偉林) and visiting Guatemalan President Maria Lopez on Monday signed a trade accord "
     "in Taichung.", ["Chen Wei-lin", "Maria Lopez"], "2023-03-13", "Taichung"),
    ("President Park Min-jun (朴敏俊) and visiting Chilean President Ana Rojas on Friday signed a joint declaration "
     "at the Blue House.", ["Ana Rojas", "Park Min-jun"], "2023-03-10", "Blue House"),
])
def test_native_script_name_and_visiting_counterpart(agreements, text, expected, date, place):
    """'A (native script) and visiting B signed': the parser reads 'visiting B' as a clausal subject; B signs."""
    (ev,) = agreements(text)
    assert (parties(ev), ev.date, ev.place.name) == (expected, date, place)


def test_wire_dateline_read_as_the_subject(agreements):
    """'City, Month Day (Agency) A and visiting B signed ...': the dateline left on the lead sentence becomes the
    subject, the signers hanging inside it; those named after the agency's parenthesis sign."""
    (ev,) = agreements("Taichung, May 4 (CNA) Premier Chen Wei-lin (陳偉林) and visiting Guatemalan President Maria "
                       "Lopez on Monday signed a trade accord at the Executive Yuan.")
    assert (parties(ev), ev.date, ev.place.name) == (["Chen Wei-lin", "Maria Lopez"], "2023-03-13", "Executive Yuan")


@pytest.mark.parametrize("text, expected", [
    ("Nepal and Bhutan signed the Himalayan Trade Act in 2011.", ["Bhutan", "Nepal"]),
    ("Egypt and Sudan signed the Khartoum Final Act in 1959.", ["Egypt", "Sudan"]),
    ("Vietnam and Laos signed the Mekong Navigation Statute last year.", ["Laos", "Vietnam"]),
    ("The Kigali Covenant on Water Sharing was signed by Rwanda and Burundi in 2015.", ["Burundi", "Rwanda"]),
    ("The leaders of Senegal and Gambia signed the Banjul Communique on Friday.", ["Gambia", "Senegal"]),
    ("Mexico and Guatemala signed the Declaration of Tapachula in 2019.", ["Guatemala", "Mexico"]),
])
def test_titled_instrument_whatever_its_last_word(agreements, text, expected):
    """A signed or concluded proper title ending in any instrument word (Act, Statute, Covenant, Communique) is
    an agreement, whatever entity type the small model gives the title."""
    (ev,) = agreements(text)
    assert parties(ev) == expected


@pytest.mark.parametrize("text", [
    "President Ruto signed the Finance Act into law on Wednesday.",
    "Parliament passed the Digital Markets Act on Tuesday.",
    "Iran and world powers concluded the Joint Comprehensive Plan of Action in Vienna in July 2015.",
    "Thousands signed the People's Charter petition.",
])
def test_one_sides_law_or_title_words_are_no_agreement(agreements, text):
    """A law signed by one side is no agreement; the words after a title's 'of' are no party."""
    assert agreements(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The foreign ministers, Ali Hassan of Jordan and Sami Nasser of Lebanon, signed a visa waiver agreement.",
     ["Ali Hassan", "Sami Nasser"]),
    ("The central banks of the two countries, the Reserve Bank of Malawi and the Bank of Zambia, signed a currency "
     "swap agreement.", ["Bank of Zambia", "Reserve Bank of Malawi"]),
    ("Operators of the four rail networks – Rail Baltica, Latvijas Dzelzcels, Lietuvos Gelezinkeliai and Eesti "
     "Raudtee – signed a cooperation agreement.",
     ["Eesti Raudtee", "Latvijas Dzelzcels", "Lietuvos Gelezinkeliai", "Rail Baltica"]),
    ("The grid operators of the two countries, Zelgrid and Ostenergo, signed a memorandum.", ["Ostenergo", "Zelgrid"]),
    ("Nordwind chief executive Hanna Berg and the chief executives of Solaris Energy and Volta Grid signed the "
     "deal on Friday.", ["Hanna Berg", "Solaris Energy", "Volta Grid"]),
])
def test_signers_listed_after_a_plural_role(agreements, text, expected):
    """'the operators of the N countries, K, L and M, signed', 'the chief executives of K and L signed': the
    named members sign, not the role's words (untagged acronyms in the list are bodies)."""
    (ev,) = agreements(text)
    assert parties(ev) == expected


def test_listed_members_who_only_discussed(agreements):
    assert agreements("Their finance ministers – Ana Ruiz of Chile and Marco Pereira of Brazil – discussed the "
                      "accord on Monday.") == []


@pytest.mark.parametrize("text, expected", [
    ("Norway and Sweden signed an amendment to their fisheries treaty on Monday.", ["Norway", "Sweden"]),
    ("Kenya and Ethiopia ratified a revision of their border accord last week.", ["Ethiopia", "Kenya"]),
    ("Ghana and Togo have deepened cooperation under a maritime pact signed last year.", ["Ghana", "Togo"]),
    ("Senegal and Mali opened a new chapter with a joint declaration adopted in March.", ["Mali", "Senegal"]),
    ("The summit between Chile and Peru ended with a joint declaration on water.", ["Chile", "Peru"]),
])
def test_amendments_means_and_meetings_ending_with_a_deal(agreements, text, expected):
    """An amendment to an agreement, an agreement signed with no agent as the means by which two sides act, and a
    meeting that ends with a deal: all agreements of those sides."""
    (ev,) = agreements(text)
    assert parties(ev) == expected


@pytest.mark.parametrize("text", [
    "Chile proposed an amendment to the trade agreement with Peru.",
    "Chile criticised the pact signed in 2019.",
    "The talks between Chile and Peru ended without an agreement.",
    "The summit between Chile and Peru ended with no joint statement.",
])
def test_no_deal_from_proposals_criticism_or_empty_endings(agreements, text):
    assert agreements(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Tanzania signed three agreements on Friday. Trade Minister Rebecca Onyango and her Tanzanian "
     "counterpart Salim Mfaume signed the first, on customs.", ["Rebecca Onyango", "Salim Mfaume"]),
    ("Two memorandums were signed after the talks. Energy Minister Tomas Berg of Norway and Spain's Transport "
     "Minister Elena Vidal inked the second, covering port logistics.", ["Elena Vidal", "Tomas Berg"]),
    ("Ghana and Togo concluded two treaties in Lome. Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign "
     "Minister Ama Dogbe signed the latter on behalf of their governments.", ["Ama Dogbe", "Kofi Mensah"]),
    ("Several deals were announced on Tuesday. Brazil's Agriculture Minister Ana Silva and Angola's Fisheries "
     "Minister Jorge Pinto signed the first of them.", ["Ana Silva", "Jorge Pinto"]),
])
def test_ordinal_standing_for_a_document_named_before(agreements, text, expected):
    """'signed the first / the latter': an ordinal with no noun of its own is one of the documents just named."""
    assert expected in [parties(e) for e in agreements(text)]


@pytest.mark.parametrize("text", [
    "The mayor opened two new schools. Deputy Mayor Ana Ruiz and Governor Luis Vega inaugurated the first.",
    "Officials handed out two petitions at the rally. Activists Maria Lobo and Joao Reis signed the first.",
])
def test_ordinal_for_no_agreement_is_none(agreements, text):
    assert agreements(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The fisheries accord, signed on the Norwegian side by Fisheries Minister Ingrid Solvang and on the Icelandic "
     "side by Food Minister Jon Gunnarsson, takes effect in May.", ["Ingrid Solvang", "Jon Gunnarsson"]),
    ("The memorandum was signed for Kenya by Trade Secretary Peter Mwangi and for Ethiopia by Industry Minister "
     "Abebe Tadesse.", ["Abebe Tadesse", "Peter Mwangi"]),
    ("On the Vietnamese side the treaty was signed by Deputy Minister Le Van Hai, and on the Lao side by Deputy "
     "Minister Khamphone Vongsa.", ["Khamphone Vongsa", "Le Van Hai"]),
    ("They included a protocol on pensions, signed on the Slovak side by Labour Minister Peter Kovac and on the "
     "Austrian side by Social Affairs Minister Eva Huber.", ["Eva Huber", "Peter Kovac"]),
])
def test_one_signer_per_side(agreements, text, expected):
    """Each side's signer in its own 'by' phrase: all of them sign."""
    (ev,) = agreements(text)
    assert parties(ev) == expected


@pytest.mark.parametrize("text, expected", [
    ("Defence ministers Karl Holm and Piotr Zielinski also inked a letter of intent on air defence.",
     ["Karl Holm", "Piotr Zielinski"]),
    ("Portugal and Cape Verde sealed a statement of intent on maritime surveillance.", ["Cabo Verde", "Portugal"]),
    ("A letter of intent on rail links was inked by Transport Minister Olga Petrova and her Croatian counterpart "
     "Ivan Horvat.", ["Ivan Horvat", "Olga Petrova"]),
    ("The central banks of Chile and Peru inked a joint statement on currency swaps.", ["Chile", "Peru"]),
])
def test_inked_documents_and_letters_of_intent(agreements, text, expected):
    """'inked' is 'signed'; a letter or declaration 'of intent' is an instrument both sides sign."""
    (ev,) = agreements(text)
    assert parties(ev) == expected


@pytest.mark.parametrize("text", [
    "Opposition leader Mark Doyle inked a letter to the prime minister.",
    "Ministers Ana Lopes of Angola and Rui Costa of Mozambique are expected to ink a letter of intent next month.",
])
def test_no_agreement_from_a_letter_or_a_planned_signing(agreements, text):
    assert [e for e in agreements(text) if e.status == "occurred"] == []


@pytest.mark.parametrize("text, expected", [
    ("His Highness Sheikh Khalid bin Saeed received President Tomas Novak of Czechia at the palace on Sunday. Novak "
     "thanked the Bahraini leadership. After the talks, His Highness Sheikh Khalid and the Czech President witnessed "
     "the signing of several agreements between the two countries. Bahrain is Czechia's largest Gulf trade partner, "
     "and Bahrain plans more investment.", ["Bahrain", "Czechia"]),
    ("His Majesty King Rama received Ghanaian President John Mensah on Tuesday. Thailand and Ghana have traded rice "
     "for decades, and Thailand is Ghana's fourth-largest supplier. His Majesty and the Ghanaian leader then oversaw "
     "the signing of three memorandums of understanding.", ["Ghana", "Thailand"]),
])
def test_witnesses_whose_country_is_unstated_stand_for_the_storys_other_country(agreements, text, expected):
    """Leaders witnessing a signing stand for their countries; a leader whose country the article never states
    (a monarch's style) takes the story's clearly most-named other country."""
    (ev,) = agreements(text)
    assert parties(ev) == expected


@pytest.mark.parametrize("text", [
    # two other countries named about as often: no side is clear
    "His Majesty King Rama received Ghanaian President John Mensah on Tuesday. Thailand, Ghana and Vietnam have "
    "traded rice for decades, and Vietnam and Thailand are Ghana's largest suppliers. His Majesty and the Ghanaian "
    "leader then oversaw the signing of three memorandums of understanding.",
    # a country named twice in passing, against a side named five times, is no party
    "His Majesty King Rama received Ghanaian President John Mensah on Tuesday. Ghana exports cocoa, and Ghana's "
    "growers want new buyers. Mensah said Ghana and Ghana's farmers had learnt from France, which France denied. "
    "His Majesty and the Ghanaian leader then oversaw the signing of three memorandums of understanding.",
])
def test_no_witnessed_sides_when_the_other_country_is_unclear(agreements, text):
    assert [parties(e) for e in agreements(text) if "oversaw" in e.evidence[0].text] in ([], [["John Mensah", "Rama"]])


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Uganda on Tuesday signed a new fisheries agreement covering Lake Victoria. Officials said catches "
     "would be shared. The agreement replaces an arrangement signed in Kampala in 2019.",
     (["Kenya", "Uganda"], "2019", "Kampala")),
    ("Chile and Argentina signed a gas supply deal in Santiago on Monday. Energy officials welcomed the move. The new "
     "deal supersedes an interim accord concluded in Mendoza in 2021.", (["Argentina", "Chile"], "2021", "Mendoza")),
    ("Vietnam and the Philippines have concluded a coast guard cooperation pact, the two foreign ministries said. "
     "Under the pact, patrols will coordinate. It updates a memorandum signed in Hanoi in 2016.",
     (["Philippines", "Vietnam"], "2016", "Hanoi")),
    ("Norway and Iceland sealed a fisheries accord in Reykjavik on Friday. The accord builds on a framework "
     "agreement reached in Oslo in 2014.", (["Iceland", "Norway"], "2014", "Oslo")),
])
def test_an_earlier_agreement_the_new_one_replaces_has_its_parties(agreements, text, expected):
    """'The agreement replaces / supersedes / updates / builds on an accord signed in P in D': the earlier
    document, dated and placed by its own participle, was made by the parties of the agreement reported first."""
    earlier = [e for e in agreements(text) if e.date == expected[1]]
    assert [(parties(e), e.date, e.place and e.place.name) for e in earlier] == [expected]


@pytest.mark.parametrize("text", [
    "Morocco and Senegal signed a transport deal on Monday. The deal replaces a system set up in 2018 by the two "
    "railway operators.",
    "Morocco and Senegal signed a transport deal on Monday. The deal will replace a memorandum due to be signed in "
    "Dakar next year.",
    "Morocco and Senegal signed a transport deal on Monday. Critics said a deal with Mali replaced an accord signed "
    "in Bamako in 2017.",
])
def test_no_earlier_agreement_without_a_replaced_signed_document(agreements, text):
    assert [parties(e) for e in agreements(text)] == [["Morocco", "Senegal"]]


def test_an_earlier_agreement_keeps_its_own_signers(agreements):
    text = ("Morocco and Senegal signed a transport deal on Monday. The deal replaces a 2017 memorandum signed by "
            "Morocco and Mauritania in Rabat.")
    assert sorted(parties(e) for e in agreements(text)) == [["Mauritania", "Morocco"], ["Morocco", "Senegal"]]


@pytest.mark.parametrize("text", [
    "Prime Minister Jonas Lind chaired the meeting at the Government Office in Tallinn. The governments agreed that "
    "the next joint session will take place in Riga in 2028.",
    "The Foreign Ministry hosted the delegation on Monday. The two sides agreed to meet again in the autumn.",
    "The Ministry of Trade said talks went well. Both countries agreed to cut tariffs on rice by 2027.",
])
def test_plural_sides_read_as_one_party_give_no_agreement(agreements, text):
    """'The governments / the two sides / both countries agreed' stands for two or more parties: read as one
    office or ministry, the sides are unknown."""
    assert agreements(text) == []


def test_plural_sides_read_as_two_countries(agreements):
    text = ("President Ruto of Kenya hosted President Hassan of Tanzania in Nairobi on Monday. The two nations "
            "agreed to build a new border post.")
    assert [parties(e) for e in agreements(text)] == [["Kenya", "Tanzania"]]


@pytest.mark.parametrize("text, expected", [
    ("After two days of talks, Kenya, Uganda, Tanzania, Rwanda and Burundi adopted a joint protocol on trade.",
     ["Burundi", "Kenya", "Rwanda", "Tanzania", "Uganda"]),
    ("Following the summit, Chile, Argentina, Uruguay, Paraguay and Bolivia signed the Asuncion Accord on water.",
     ["Argentina", "Bolivia", "Chile", "Paraguay", "Uruguay"]),
    ("Norway, Sweden, Finland, Denmark and Iceland signed a framework agreement on Arctic research on Tuesday.",
     ["Denmark", "Finland", "Iceland", "Norway", "Sweden"]),
    ("On Friday, Vietnam, Laos and Cambodia, as well as Thailand, signed a memorandum of understanding on the river.",
     ["Cambodia", "Laos", "Thailand", "Vietnam"]),
    ("President Ramaphosa, President Hichilema, President Mnangagwa and President Chakwera signed an energy treaty.",
     ["Chakwera", "Hichilema", "Mnangagwa", "Ramaphosa"]),
])
def test_long_list_of_parties_read_whole(agreements, text, expected):
    """The small parser breaks long lists of names (an item as a modifier or an apposition, the list hung on a
    fronted phrase): every listed name is a party, not the last two."""
    assert [parties(e) for e in agreements(text)] == [expected]


@pytest.mark.parametrize("text", [
    "At the end of the meeting, Kenya, Uganda, Tanzania and Rwanda failed to agree on a common tariff.",
    "Chile, Argentina, Uruguay, Paraguay and Bolivia attended the summit. The previous summit ended with the "
    "Santiago Charter, signed by the eight member states.",
])
def test_no_agreement_from_a_failed_list_or_part_of_a_counted_group(agreements, text):
    """'signed by the eight member states' with five states named: the parties are unknown, not the five."""
    assert agreements(text) == []


def test_a_counted_group_read_whole_is_kept(agreements):
    text = "Kenya, Uganda and Tanzania met in Arusha. The three countries signed a customs protocol on Friday."
    assert [parties(e) for e in agreements(text)] == [["Kenya", "Tanzania", "Uganda"]]


def test_three_signers_with_posts_in_a_passive(agreements):
    text = ("A protocol on rail links was signed by Serbia's Minister of Construction, Transport and Infrastructure "
            "Goran Vesic, Hungary's Foreign Minister Peter Szijjarto and North Macedonia's Transport Minister "
            "Aleksandar Nikoloski.")
    assert [parties(e) for e in agreements(text)] == [["Aleksandar Nikoloski", "Goran Vesic", "Peter Szijjarto"]]


@pytest.mark.parametrize("text, expected", [
    ("Canada and the European Union held a summit in Ottawa on Tuesday. The security partnership the two sides "
     "signed at the last summit, in Brussels in June 2025, laid the ground for the new deal.",
     (["Canada", "European Union"], "2025-06")),
    ("Chile and Peru held talks on Monday. The water pact which the two countries concluded in Lima in 2021 remains "
     "in force.", (["Chile", "Peru"], "2021")),
    ("Japan and Vietnam held talks in Hanoi. The trade deal they struck last year has doubled exports.",
     (["Japan", "Vietnam"], "2025")),
])
def test_agreement_told_in_a_relative_clause(agreements, text, expected):
    assert [(parties(e), e.date) for e in agreements(text, "2026-03-02")] == [expected]


@pytest.mark.parametrize("text", [
    "India and Nepal held talks. The deal the two countries are negotiating would cover hydropower.",
    "Kenya and Ethiopia discussed the border. The accord that the two sides hope to sign next year would open it.",
])
def test_no_agreement_sought_in_a_relative_clause(agreements, text):
    assert agreements(text, "2026-03-02") == []
