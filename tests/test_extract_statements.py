"""Statements: reported speech, quotes before and after the speaker, told reporters, according to,
cited as saying, documents speaking for their issuers, media attribution left out."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.records import ADDRESSEE, SPEAKER, STATEMENT


@pytest.fixture(scope="module")
def statements(nlp):

    def run(text, published="2023-03-15"):
        return [e for e in extract_text(nlp, text, published=published).events if e.type == STATEMENT]
    return run


def speakers(event):
    return sorted(p.entity.name for p in event.participants if p.role == SPEAKER)


def test_quote_then_speaker_with_title(statements):
    (ev,) = statements('"We are ready for dialogue," Chinese Foreign Ministry spokesman Wang Wenbin said on Tuesday.')
    assert (speakers(ev), ev.content, ev.date) == (["Wang Wenbin"], "We are ready for dialogue,", "2023-03-14")


def test_inverted_said_speaker(statements):
    (ev,) = statements('"This is a historic day," said Saudi Foreign Minister Prince Faisal bin Farhan.')
    assert speakers(ev) == ["Faisal bin Farhan"]
    assert ev.content == "This is a historic day,"


def test_reported_speech_keeps_the_clause(statements):
    (ev,) = statements("The Kremlin said on Monday that no decision had been taken.")
    assert (speakers(ev), ev.content, ev.date) == (["Russia"], "that no decision had been taken", "2023-03-13")


def test_told_reporters_and_addressee(statements):
    (ev,) = statements("Spokesman Ibrahim Kalin told reporters the operation will continue.")
    assert speakers(ev) == ["Ibrahim Kalin"]
    (ev,) = statements("Turkish President Recep Tayyip Erdogan told Russia that the offensive must stop.")
    assert [(p.entity.name, p.role) for p in ev.participants] == [("Recep Tayyip Erdogan", SPEAKER),
                                                                 ("Russia", ADDRESSEE)]


def test_according_to(statements):
    (ev,) = statements("According to a statement from the European Commission, the bloc will impose new sanctions.")
    assert speakers(ev) == ["European Commission"]


def test_cited_as_saying_gives_the_cited_person(statements):
    text = ('"We will continue the deployment," Saudi news outlet Al Arabiya cited Ibrahim Kalin as saying in '
            "Ankara on Tuesday.")
    (ev,) = statements(text, "2020-02-18")
    assert (speakers(ev), ev.date, ev.place.name) == (["Ibrahim Kalin"], "2020-02-18", "Ankara")


def test_news_agencies_are_sources_not_speakers(statements):
    assert statements("Reuters reported that the talks had stalled.") == []
    assert statements('"The ministry statement did not mention the demand," Reuters said.') == []


def test_multi_sentence_quote_keeps_both_sentences_as_evidence(statements):
    text = ('"In international law, there is nothing to indicate that they stay there. There is no invitation '
            'from a legitimate government," Putin added.')
    (ev,) = statements(text)
    assert speakers(ev) == ["Putin"]
    assert [e.sentence_index for e in ev.evidence] == [0, 1]
    assert ev.evidence[0].text.startswith('"In international law')


def test_he_added_resolves_to_the_last_speaker(statements):
    text = ("Erdogan said Turkey had no disagreement with Russia over the safe zone. "
            "He added that Turkey had the capacity to create the zone alone.")
    first, second = statements(text)
    assert speakers(first) == speakers(second) == ["Erdogan"]


def test_quote_continued_by_participle(statements):
    text = ('Erdogan, for his part, said it was of the utmost importance to stop terrorism.\n'
            '"Cooperation between Russia and Turkey is a touchstone of peace", adding that "we will go on".')
    first, second = statements(text)
    assert speakers(second) == ["Erdogan"]


def test_document_said_an_inner_speaker_stressed(statements):
    text = ("The statement said Defence Minister Hulusi Akar stressed during his meeting that Ankara will "
            "continue its response to provocations.")
    (ev,) = statements(text)
    assert speakers(ev) == ["Hulusi Akar"]


def test_joint_statement_after_meeting_speaks_for_both(statements):
    text = ("Russia's Defence Minister Sergei Shoigu met with his Turkish counterpart Hulusi Akar in Ankara on Monday.\n"
            '"Cooperation was underlined," read a joint statement issued after their meeting, '
            "published by the Russian Ministry of Defence.")
    (ev,) = statements(text, "2019-02-11")
    assert speakers(ev) == ["Hulusi Akar", "Russia", "Russian Ministry of Defence", "Sergei Shoigu", "Turkey"]


def test_two_leaders_said_in_a_joint_statement(statements):
    (ev,) = statements("Macron and Scholz met in Paris. The two leaders said in a joint statement that Europe must rearm.")
    assert speakers(ev) == ["Macron", "Scholz"]
    assert ev.content == "that Europe must rearm"


def test_called_for_and_urged(statements):
    text = "German Chancellor Olaf Scholz called for an immediate ceasefire. The chancellor also urged Moscow to withdraw."
    first, second = statements(text)
    assert speakers(first) == speakers(second) == ["Olaf Scholz"]
    assert first.content == "an immediate ceasefire"


def test_reduced_passive_is_background(statements):
    (ev,) = statements("Erdogan said there was no disagreement over a safe zone in northern Syria, suggested by Trump.")
    assert speakers(ev) == ["Erdogan"]


def test_unnamed_speakers_are_left_out(statements):
    assert statements('"There is no progress," a senior diplomat said.') == []
    assert statements("Officials said the two sides might meet in Jeddah later this month.") == []


def test_title_case_dateline_and_long_titles(statements):
    text = ("Doha, Qatar – Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani "
            "said on Monday that negotiations on a ceasefire were progressing.")
    (ev,) = statements(text, "2024-02-27")
    assert (speakers(ev), ev.date) == (["Mohammed bin Abdulrahman Al Thani"], "2024-02-26")


def test_joint_statement_saying(statements):
    (ev,) = statements("Brazil, Russia, India and China issued a joint statement saying they opposed sanctions.")
    assert speakers(ev) == ["Brazil", "China", "India", "Russia"]
    assert ev.content == "they opposed sanctions"


def test_quoted_as_saying_and_spokesman_for(statements):
    (ev,) = statements("Putin was quoted as saying by TASS that Russia was ready for talks.")
    assert speakers(ev) == ["Putin"]
    first = statements("A spokesman for the State Department said the talks were useful.")[0]
    assert speakers(first) == ["State Department"]


def test_joint_statement_of_two_countries_then_the_statement_and_it(statements):
    text = ("YEREVAN, Dec 4 (Reuters) - Armenia and Azerbaijan said on Thursday they had agreed to exchange "
            "prisoners of war, in a rare joint statement.\n"
            '"There is a historical chance to achieve peace in the region," the statement said.\n'
            "Azerbaijan will release 32 servicemen, while Armenia will free two soldiers, it said.")
    found = statements(text, "2023-12-04")
    assert [speakers(e) for e in found] == [["Armenia", "Azerbaijan"]] * 3


def test_fronted_participle_dates_the_statement(statements):
    (ev,) = statements('Speaking to reporters on Monday, Blinken said the talks were "constructive".', "2024-03-05")
    assert (speakers(ev), ev.date, ev.date_raw) == (["Blinken"], "2024-03-04", "on Monday")


def test_a_stance_inside_reported_speech_is_not_a_second_statement(nlp):
    events = extract_text(nlp, "Kremlin spokesman Dmitry Peskov said Moscow welcomed the deal but warned against "
                               "haste.", published="2025-08-09").events
    assert [(e.type, [p.entity.name for p in e.participants]) for e in events] == [("statement", ["Dmitry Peskov"])]
    assert events[0].content == "Moscow welcomed the deal but warned against haste"


def test_the_document_still_gives_the_inner_speaker_the_statement(nlp):
    events = extract_text(nlp, "The statement said Defence Minister Pakalitha Mosisili stressed that Lesotho "
                               "would respond.", published="2025-08-09").events
    assert [[p.entity.name for p in e.participants] for e in events if e.type == "statement"] == [
        ["Pakalitha Mosisili"]]


def test_speaker_the_parser_made_the_root(nlp):
    text = "China's ambassador, Fu Cong, abstained from criticism of either party but urged \"restraint by all\"."
    (ev,) = extract_text(nlp, text, published="2025-03-12").events
    assert ([p.entity.name for p in ev.participants], ev.content) == (["Fu Cong"], "restraint by all")


def test_quoted_verdict_is_a_statement_and_a_condition_is_not(nlp):
    (ev,) = extract_text(nlp, 'Wang Yi called the deal "a victory for dialogue, a victory for peace".',
                         published="2023-03-11").events
    assert ([p.entity.name for p in ev.participants], ev.content) == (
        ["Wang Yi"], "a victory for dialogue, a victory for peace")
    events = extract_text(nlp, "Britain would not table the draft unless Moscow signalled it would not use its veto.",
                          published="2025-03-12").events
    assert not [e for e in events if e.type == "statement"]


def test_speech_verb_set_into_the_clause_it_reports(nlp):
    text = ("US Ambassador Dorothy Shea spoke first. Washington, she said, would keep pressing both sides to return "
            "to the table.")
    (ev,) = [e for e in extract_text(nlp, text, published="2025-03-12").events if e.type == "statement"]
    assert ([p.entity.name for p in ev.participants], ev.content) == (
        ["Dorothy Shea"], "Washington would keep pressing both sides to return to the table")


def test_named_speaker_with_title_after_the_reported_clause(nlp):
    text = ("Such a swap could happen only if Moscow stopped delaying the return of wounded soldiers, Andriy Yermak, "
            "head of the Presidential Office, said on Wednesday.")
    (ev,) = extract_text(nlp, text, published="2025-02-06").events
    assert ([p.entity.name for p in ev.participants], ev.date) == (["Andriy Yermak"], "2025-02-05")
    assert ev.content == ("Such a swap could happen only if Moscow stopped delaying the return of wounded soldiers")


def test_thanks_with_a_reason_is_a_statement(nlp):
    (ev,) = extract_text(nlp, 'In a post on X, Pakistani Prime Minister Shehbaz Sharif thanked Trump for his '
                              '"proactive role".', published="2025-05-10").events
    assert ([p.entity.name for p in ev.participants if p.role == SPEAKER], ev.content) == (
        ["Shehbaz Sharif"], "proactive role")


def test_named_speaker_after_a_participle_clause_and_a_post(nlp):
    text = ("Speaking at a press conference in Addis Ababa, AU Commission chairperson Mahmoud Ali Youssouf said the "
            "summit had been historic.")
    (ev,) = extract_text(nlp, text, published="2025-02-16").events
    assert ([p.entity.name for p in ev.participants], ev.content) == (
        ["Mahmoud Ali Youssouf"], "the summit had been historic")


# ---- unseen-news attributions (session 3) ------------------------------------------------------

def test_a_ministry_speaking_for_its_country_is_one_statement(statements):
    text = ("Pakistan's Foreign Office said in a statement that Pakistan remained committed to the truce and "
            "accused Indian forces of violations.")
    found = statements(text, "2025-05-10")
    assert [speakers(s) for s in found] == [["Pakistan Foreign Office"]]


def test_speaker_lost_in_a_run_of_posts(statements):
    text = ("In Islamabad, Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar told Geo News that "
            "his country had \"always strived for peace\".")
    (statement,) = statements(text, "2025-05-10")
    assert speakers(statement) == ["Ishaq Dar"]


def test_an_acronym_tagged_as_a_noun_speaks_for_its_bank(statements):
    text = ("Pan Gongsheng, governor of the People's Bank of China (PBOC), met Brazil's central bank chief on "
            "Wednesday. The two sides agreed to extend a currency swap, the PBOC said in a statement.")
    assert [speakers(s) for s in statements(text, "2025-02-27")] == [["People's Bank of China"]]


def test_a_named_outcome_document_is_no_speaker(statements):
    text = ("According to the Outcomes Statement issued at the close of the meeting, the ministers "
            "\"reaffirmed that climate change remains the greatest threat\".")
    assert statements(text, "2025-08-15") == []


def test_a_given_name_and_address_word_name_the_full_person(statements):
    text = ("Abiy received Somali President Hassan Sheikh Mohamud at his office on Saturday.\n"
            '"We have turned a page," Hassan Sheikh told reporters after the meeting.')
    (statement,) = statements(text, "2025-02-16")
    assert speakers(statement) == ["Hassan Sheikh Mohamud"]


# ---- session 4: closing attributions, state agencies, framed quotes, acts and calls that are not statements

def test_closing_attribution_the_parser_hangs_on_the_words_before(statements):
    (ev,) = statements("Chancellor Olaf Scholz met Prime Minister Mark Rutte on Monday. "
                       "No more delays, he wrote.", published="2023-03-15")
    assert (speakers(ev), ev.content) == (["Olaf Scholz"], "No more delays")


def test_a_state_news_agency_reports_for_its_government(statements):
    (ev,) = statements("The trade talks between the two countries will resume next month, the Kenya News Agency "
                       "reported.")
    assert speakers(ev) == ["Kenya News Agency"]
    (ev,) = statements("Kenya and Ethiopia agreed to open a new border crossing, according to the Ethiopian News "
                       "Agency.")
    assert speakers(ev) == ["Ethiopian News Agency"]


def test_an_outlet_reporting_is_still_no_speaker(statements):
    assert statements("Brazil and Argentina agreed to cut tariffs on steel, RIA news agency reported.") == []
    assert statements("The two ministers held talks in Brasilia, the Reuters news agency reported.") == []


def test_a_document_named_by_its_country_speaks_for_it(statements):
    (ev,) = statements("The two sides agreed to set up a joint border commission, the Kenyan statement said.")
    assert speakers(ev) == ["Kenya"]


def test_a_quote_inside_a_congratulation(statements):
    (ev,) = statements('President William Ruto congratulated Prime Minister Abiy Ahmed on an accord that '
                       '"opens a new chapter for the region."')
    assert (speakers(ev), ev.content) == (["William Ruto"], "opens a new chapter for the region.")
    assert statements("President William Ruto congratulated Prime Minister Abiy Ahmed on his re-election.") == []


def test_described_as_is_a_verdict(statements):
    (ev,) = statements("Indian Foreign Minister Subrahmanyam Jaishankar described the talks as productive.")
    assert (speakers(ev), ev.content) == (["Subrahmanyam Jaishankar"], "the talks as productive")


def test_declaring_independence_or_an_emergency_is_an_act(statements):
    assert statements("South Sudan declared independence from Sudan in 2011.") == []
    assert statements("Peru declared a state of emergency in the capital on Sunday.") == []
    (ev,) = statements("Peru declared that the border would stay open.")
    assert speakers(ev) == ["Peru"]


def test_what_passed_in_a_phone_call_is_not_a_statement(statements):
    assert statements("Chancellor Friedrich Merz spoke with President Emmanuel Macron by telephone on Monday, "
                      "urging him to back the tariff plan.") == []
    assert statements("Foreign Minister Penny Wong and her Indonesian counterpart Sugiono spoke by phone on Monday "
                      "and confirmed that they would meet in Jakarta.") == []
    (ev,) = statements("Chancellor Friedrich Merz spoke with President Emmanuel Macron by telephone on Monday and "
                       "later told reporters that Europe must act.")
    assert speakers(ev) == ["Friedrich Merz"]


def test_a_speakers_own_office_relays_the_words(statements):
    (ev,) = statements('Turkish President Recep Tayyip Erdogan warned that any ceasefire "without guarantees" '
                       'would collapse, his office said.')
    assert speakers(ev) == ["Recep Tayyip Erdogan"]


def test_thanks_inside_a_meeting_needs_quoted_words(statements):
    assert statements("Chancellor Friedrich Merz met President Alexander Stubb in Berlin on Monday and thanked "
                      "him for his support.") == []
    (ev,) = statements('Chancellor Friedrich Merz held a phone call with President Alexander Stubb on Monday and '
                       'thanked him for "steadfast solidarity".')
    assert speakers(ev) == ["Friedrich Merz"]


def test_joint_statement_by_a_list_the_parser_hung_on_the_opening_phrase(statements):
    text = ("In a joint statement issued at the end of the summit, Kenya, Uganda and Tanzania stressed that the "
            "lake was a shared responsibility.")
    (ev,) = statements(text)
    assert (speakers(ev), ev.date) == (["Kenya", "Tanzania", "Uganda"], "2023-03-15")
    (ev,) = statements("In a joint statement, Canada, Mexico and Chile, the co-chairs of the talks, said the text "
                       "was balanced.")
    assert (speakers(ev), ev.content) == (["Canada", "Chile", "Mexico"], "the text was balanced")


def test_speaker_interrupted_by_a_participle(statements):
    text = ("Kenya's foreign ministry spokesperson Mary Wanjiru, asked about the summit, said Nairobi \"does not "
            "seek confrontation\".")
    (ev,) = statements(text)
    assert speakers(ev) == ["Mary Wanjiru"]


def test_closing_attribution_after_a_clause(statements):
    (ev,) = statements("After a long night, the 40 delegations sealed a deal on fishing quotas on Sunday, "
                       "conference chair Maria Lopez announced.")
    assert (speakers(ev), ev.date) == (["Maria Lopez"], "2023-03-12")


def test_words_before_a_closing_attribution_are_the_attributed_speakers(statements):
    text = ('The two presidents signed a border accord, in which they rejected "any use of force" in the '
            "region, presidential spokesman Ali Hassan said in a statement.")
    assert [speakers(ev) for ev in statements(text)] == [["Ali Hassan"]]


def test_an_office_reporting_thanks_is_the_speaker(statements):
    text = ('The State House said in a statement that President Ruto had thanked President Museveni for '
            '"Uganda\'s steady support".')
    assert [speakers(ev) for ev in statements(text)] == [["State House"]]
    text = ("President William Ruto telephoned Tanzanian President Samia Suluhu Hassan on Friday to thank her for "
            "hosting the talks.")
    assert statements(text) == []


def test_a_participle_inside_a_denial_is_the_deniers(statements):
    text = ("Government spokesperson Anna Berg denied that the ministers had agreed to reopen the border, saying "
            "that would only happen after the vote.")
    assert [speakers(ev) for ev in statements(text)] == [["Anna Berg"]]


def test_unnamed_officials_of_a_country_are_not_speakers(statements):
    assert statements("No meeting between Ruto and Abiy is planned, Kenyan officials said.") == []
    assert statements("The talks will resume in May, officials from both sides said.") == []


def test_the_following_communique_is_issued(statements):
    (ev,) = statements("The Apostolic Nunciature released the following communique on Friday.")
    assert (speakers(ev), ev.date) == (["Apostolic Nunciature"], "2023-03-10")


def test_closing_attribution_before_a_paragraph_break(statements):
    text = ("After a long night, the 40 delegations sealed a deal on fishing quotas on Sunday, conference chair "
            "Maria Lopez announced.\n\nThe next round opens in May.")
    (ev,) = statements(text)
    assert (speakers(ev), ev.date) == (["Maria Lopez"], "2023-03-12")


def test_a_clause_after_the_document_it_is_said_in(statements):
    # the parser hangs the clause on the document as a relative clause ('that' read as adverb or object)
    (ev,) = statements("The Swedish Foreign Ministry said in a readout that Ulf Kristersson had reaffirmed support "
                       "for Moldova's accession bid.")
    assert ev.content.startswith("that Ulf Kristersson had reaffirmed")
    (ev,) = statements("Chile's foreign ministry said in a press release that Gabriel Boric would travel to Lima "
                       "next week.")
    assert ev.content == "that Gabriel Boric would travel to Lima next week"


def test_verbs_that_speak_only_with_a_clause_or_quote(statements):
    text = ("The spokesperson of the Thai Foreign Ministry, Nikorndej Balankura, informed that the two ministers "
            "had discussed the border.")
    assert [speakers(ev) for ev in statements(text)] == [["Nikorndej Balankura"]]
    text = "Kenyan Foreign Minister Musalia Mudavadi further indicated that Nairobi will host the next round."
    assert [speakers(ev) for ev in statements(text)] == [["Musalia Mudavadi"]]
    text = '"We will not give up," Finnish President Alexander Stubb said. "Our patience is long," he continued.'
    assert [ev.content for ev in statements(text)] == ["We will not give up,", "Our patience is long,"]
    assert statements("The talks continued for three hours in Geneva.") == []
    assert statements("The map indicated the route of the new pipeline through Kenya.") == []


def test_conveyed_sentiments_are_statements(statements):
    text = "Prime Minister Anwar Ibrahim conveyed Malaysia's appreciation for Thailand's help during the floods."
    assert [speakers(ev) for ev in statements(text)] == [["Anwar Ibrahim"]]
    text = "Egyptian President Abdel Fattah al-Sisi extended his condolences to Moroccan King Mohammed VI."
    assert [speakers(ev) for ev in statements(text)] == [["Abdel Fattah al-Sisi"]]
    text = ("Egyptian President Abdel Fattah al-Sisi extended an invitation to Moroccan King Mohammed VI to visit "
            "Cairo.")
    assert statements(text) == []


def test_a_pledge_made_at_a_meeting_is_no_statement(statements):
    text = ("Chilean President Gabriel Boric and Argentine President Javier Milei met in Santiago on Monday, "
            "promising to settle the dispute over the glaciers.")
    assert statements(text) == []
    text = "Indonesian President Prabowo Subianto met Vietnamese leader To Lam in Hanoi, vowing to double trade."
    assert statements(text) == []
    text = ("Indonesian President Prabowo Subianto met Vietnamese leader To Lam in Hanoi, saying that trade must "
            "double by 2030.")
    assert [speakers(ev) for ev in statements(text)] == [["Prabowo Subianto"]]


def test_a_press_service_speaks_for_its_owner(statements):
    text = "The Kremlin press service reported that Vladimir Putin and Kassym-Jomart Tokayev had discussed energy."
    assert [speakers(ev) for ev in statements(text)] == [["Russia"]]
    text = "Azerbaijani President Ilham Aliyev's press service said the talks with Viktor Orban were constructive."
    # the service tells of the talks, not of its owner's own deed: it alone speaks
    assert [speakers(ev) for ev in statements(text)] == [["Aliyev's press service"]]
    text = "The press office of the Moldovan government said Prime Minister Dorin Recean would visit Kyiv on Friday."
    assert [speakers(ev) for ev in statements(text)] == [["Moldova"]]
    # a closing 'reported' relays the named speaker's words; a news agency's report is no statement
    text = "Vladimir Putin underlined that the pipeline must run without interruptions, the Kremlin press service reported."
    assert [speakers(ev) for ev in statements(text)] == [["Vladimir Putin"]]
    assert statements("Interfax reported that Vladimir Putin and Kassym-Jomart Tokayev had discussed energy.") == []


@pytest.mark.parametrize("text, speaker", [
    # the issuer of a document one cites speaks through it
    ("The two countries pledged to expand trade, according to a copy released by the Ministry of Foreign Affairs.",
     "Ministry of Foreign Affairs"),
    ("Kenya and Uganda will share the pipeline's costs, according to a transcript published by the Kenyan "
     "presidency.", "Kenyan presidency"),  # a presidency is a body of its own (country KE)
])
def test_documents_and_editorials_have_their_issuer_as_speaker(statements, text, speaker):
    (event,) = statements(text)
    assert speakers(event) == [speaker]


@pytest.mark.parametrize("text", [
    # a standing position in a present-tense relative clause, a claim to territory, an intent
    "China, which claims the islands as its own, has long pressured Manila to abandon its outposts.",
    "Morocco, which says the territory is its own, has long lobbied Madrid to back its autonomy plan.",
    "Egypt has expressed interest in joining the corridor project.",
    "Indonesia voiced a desire to join the BRICS bank.",
])
def test_positions_claims_and_intents_are_no_statements(statements, text):
    assert statements(text) == []


@pytest.mark.parametrize("text,first,second", [
    ('Senator Ted Cruz said the pact was "a disaster," and the American Farm Bureau Federation said in a statement '
     'that it was "gravely concerned" about the costs.', "Ted Cruz", "American Farm Bureau Federation"),
    ('Opposition leader Marta Lindqvist called the deal "a sell-out", and the Confederation of Swedish Enterprise '
     'said it was "deeply worried" by the tariffs.', "Marta Lindqvist", "Confederation of Swedish Enterprise"),
])
def test_second_speaker_after_comma_and(statements, text, first, second):
    """'X said ..., and Y said ...': the second speech verb, hung inside the first clause, is Y's own statement."""
    assert sorted(tuple(speakers(e)) for e in statements(text)) == sorted([(first,), (second,)])


def test_clause_joined_without_comma_stays_reported(statements):
    (ev,) = statements("Maria Zakharova said Moscow welcomed the deal and Tbilisi had rejected it.")
    assert speakers(ev) == ["Maria Zakharova"]


@pytest.mark.parametrize("text", [
    "Peru rejected the tribunal's 2019 ruling.",
    "Colombia has rejected the court's decision on the maritime border.",
    "Croatia dismissed the arbitration award as void.",
])
def test_rejecting_a_ruling_is_no_statement(statements, text):
    assert statements(text) == []


def test_rejecting_accusations_stays_a_statement(statements):
    (ev,) = statements("Chile rejected the accusations as baseless on Monday.")
    assert (speakers(ev), ev.date) == (["Chile"], "2023-03-13")


@pytest.mark.parametrize("text,speaker", [
    ("According to the Chilean Presidency's website, the two governments will expand trade in copper.",
     "Chilean Presidency"),
    ("The two ministers discussed grain exports, according to the Egyptian Foreign Ministry's website.",
     "Egyptian Foreign Ministry"),
    ('The meeting was "businesslike", according to a readout from the Kremlin press service.', "Russia"),
])
def test_according_to_a_bodys_website_or_press_service(statements, text, speaker):
    """The owner of the website, or of the press service, is the speaker."""
    (ev,) = statements(text)
    assert speakers(ev) == [speaker]


@pytest.mark.parametrize("text", [
    "The visit was cancelled, according to the ministry's Telegram channel.",  # nobody named
    'According to the Final Declaration adopted at the end of the forum, the delegates "endorsed" the roadmap.',
])
def test_according_to_an_unnamed_owner_gives_no_statement(statements, text):
    assert statements(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("Chakwera had a phone call with Golob on Saturday, the Malawian presidency said.", "Malawian presidency"),
    ("Boric spoke by phone with Chaves on Tuesday about coffee tariffs, Chile's presidency said.",
     "Chilean presidency"),
    ('The call was "warm and productive", the presidency of Latvia said in a statement.',
     "Presidency of Latvia"),
    ('The White House said the call had been "warm and productive".', "White House"),
    ("Trump later hosted both leaders for lunch in the Cabinet Room, according to the White House.",
     "White House"),
])
def test_a_presidency_or_the_white_house_speaks_as_a_body_of_its_own(statements, text, speaker):
    (event,) = statements(text)
    assert speakers(event) == [speaker]


def test_the_kremlin_still_speaks_for_its_country(statements):
    (event,) = statements("The Kremlin said the two leaders discussed grain exports.")
    assert speakers(event) == ["Russia"]


@pytest.mark.parametrize("text", [
    "Norway and Chile have signed what both governments describe as the most significant agreement in their history.",
    "Kenya and Ghana reached what officials called a breakthrough on Monday.",
    "Peru and Bolivia concluded what their foreign ministers described as a fair settlement of the border dispute.",
])
def test_a_name_given_in_a_free_relative_is_no_statement(statements, text):
    # "signed what both call X" names the thing signed; nobody is reported as saying anything
    assert statements(text) == []


def test_a_free_relative_quoting_the_words_stays_a_statement(statements):
    (event,) = statements('Kenya and Ghana signed what President Amani Otieno called "a historic day for Africa".')
    assert speakers(event) == ["Amani Otieno"]


# ---- a person's office or press service speaking -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Mr Kagame had also spoken by phone with Ghana's President, John Mahama, on Sunday, his office said.",
     ["Kagame", "Kagame's office"]),
    ("German Chancellor Greta Albers will travel to Rome next week, her office said.",
     ["Greta Albers", "Albers's office"]),
    ("Prime Minister Lindiwe Dlamini raised water rights with the Namibian delegation, her office said in a "
     "statement.", ["Lindiwe Dlamini", "Dlamini's office"]),
])
def test_a_persons_office_telling_of_its_principal_speaks_with_it(statements, text, expected):
    """"X did ..., his office said": the office voices what its principal (the subject of the words it closes,
    not the last person named) did; both are speakers."""
    evs = statements(text)
    assert [speakers(ev) for ev in evs] == [sorted(expected)]


@pytest.mark.parametrize("text, expected", [
    ("Kenya will host the next round of talks in March, Ruto's office said on Monday.", ["Ruto's office"]),
    ("President Gustavo Petro met union leaders in Cali. His office said the talks would resume in May.",
     ["Petro's office"]),
    ("Latvian President Ilze Bērziņa hosted the Estonian premier in Riga on Monday. According to Berzina's office, "
     "the two leaders agreed to link their power grids.", ["Berzina's office"]),
    ("Prime Minister Lena Nystrom met the visiting Norwegian delegation on Monday. Nyström's office said the "
     "fishing accord would be extended for five years.", ["Nyström's office"]),
])
def test_a_persons_office_telling_of_others_is_the_one_speaker(statements, text, expected):
    """"Y accepted an invitation, X's office said", "according to X's office, the two agreed": the office speaks
    of someone else, so it alone is the speaker (named as written); its principal's name may be spelt with or without accents."""
    evs = statements(text)
    assert [speakers(ev) for ev in evs] == [expected]


def test_taking_office_is_no_speaker(statements):
    assert statements("Tembo took office in 2021 and promised to fight corruption.") == []


def test_an_office_relaying_its_principals_own_words_adds_nothing(statements):
    (ev,) = statements('In Cairo, Egyptian President Abdel Fattah al-Sisi warned that any deal "that ignores '
                       'Sudan" would fail, his office said.')
    assert speakers(ev) == ["Abdel Fattah al-Sisi"]


@pytest.mark.parametrize("text, expected, date", [
    ("On Tuesday, Kazakh President Kassym-Jomart Tokayev held a telephone conversation with Shavkat Mirziyoyev, "
     "the press service of the Uzbek President said.", "press service of the Uzbek President", "2023-03-14"),
    ("The two ministers discussed water sharing on Friday, the press service of the Tajik Prime Minister said.",
     "press service of the Tajik Prime Minister", "2023-03-10"),
])
def test_a_posts_press_service_is_its_own_speaker(statements, text, expected, date):
    """The parser hangs "the press service of X" on the name before it; the closing phrase still speaks."""
    (ev,) = statements(text)
    assert (speakers(ev), ev.date) == ([expected], date)


@pytest.mark.parametrize("text", [
    "President Emmerson Mnangagwa thanked his host for the hospitality.",
    "Chancellor Karl Nehammer thanked both hosts for what he called \"remarkable generosity\".",
    "King Abdullah expressed his gratitude to President Javier Milei for the warm welcome.",
])
def test_a_guests_courtesy_thanks_is_no_statement(statements, text):
    assert statements(text) == []


@pytest.mark.parametrize("text, expected", [
    ("President Emmerson Mnangagwa thanked Japan for its support on drought relief.", ["Emmerson Mnangagwa"]),
    ("Chancellor Karl Nehammer thanked his host and said Austria would \"never forget\" the help.", ["Karl Nehammer"]),
])
def test_thanks_for_a_stand_or_with_words_is_a_statement(statements, text, expected):
    (ev,) = statements(text)
    assert speakers(ev) == expected


# ---- public bodies reporting; a body closing a named person's words ----------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Ghana's Ministry of Trade and Industry reported that exports to the bloc had doubled since the accord was "
     "signed.", "Ghana's Ministry of Trade and Industry"),
    ("The two delegations agreed to reopen the crossing, the Chilean Ministry of the Interior reported.",
     "Chilean Interior Ministry"),
    ("The Finnish Defence Forces reported that two drones had crossed the border on Sunday.", "Finnish Defence Forces"),
])
def test_public_body_reporting_a_clause_speaks(statements, text, speaker):
    (ev,) = statements(text)
    assert speakers(ev) == [speaker]


@pytest.mark.parametrize("text", [
    "Reuters reported that the talks had stalled.",
    "The company reported a 12 percent rise in quarterly profit.",
    "The ministry reported 40 violations of the truce in the past week.",
    "The ministry is expected to report its findings next week.",
])
def test_outlets_and_reported_figures_are_no_statement(statements, text):
    assert statements(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("President Ruto told the envoys that Kenya would host the next round, the State House press service said.",
     "Ruto"),
    ("Prime Minister Sato stressed that the deal protected farmers, the Japanese cabinet office said in a statement.",
     "Sato"),
    ("Dlamini assured his guest that Eswatini would ratify the treaty, the government's communications office said.",
     "Dlamini"),
])
def test_body_closing_a_named_persons_words_only_relays_them(statements, text, speaker):
    (ev,) = statements(text)
    assert speakers(ev) == [speaker]


def test_body_opening_a_persons_words_keeps_its_statement(statements):
    evs = statements("The Chilean Foreign Ministry said Minister Alvarez had urged both sides to return to the table.")
    assert sorted(s for ev in evs for s in speakers(ev)) == ["Alvarez", "Chilean Foreign Ministry"]


@pytest.mark.parametrize("text, names", [
    # a verb set in a statement its subject put out is what the statement says, whatever the verb
    ("In a joint statement issued after the talks, Indonesian President Prabowo Subianto and Australian Prime "
     "Minister Anthony Albanese reaffirmed their commitment to a free and open Indo-Pacific.",
     ["Anthony Albanese", "Prabowo Subianto"]),
    ("In a joint communique released on Sunday, the foreign ministers of Egypt and Jordan pledged to press for a "
     "ceasefire in Gaza.", ["Egypt", "Jordan"]),
    ("Chilean President Gabriel Boric and Peruvian President Dina Boluarte, in a joint declaration published on "
     "Monday, committed to a shared plan against illegal mining.", ["Dina Boluarte", "Gabriel Boric"]),
])
def test_document_voices_its_issuers(statements, text, names):
    assert [speakers(e) for e in statements(text)] == [names]


@pytest.mark.parametrize("text", [
    "In a joint venture, Toyota and Suzuki will build electric cars in India.",
    "Kenyan President William Ruto and Ugandan President Yoweri Museveni are due to issue a joint statement on "
    "Friday.",
])
def test_no_statement_yet(statements, text):
    assert statements(text) == []


# ---- a joint statement of a visit speaks for both sides -------------------------------------------------------

VISIT = ("Ghana's President Kofi Mensah received Togolese President Yao Adjo in Accra on Monday. Ghana and Togo "
         "have long disputed fishing rights. Togo's delegation included three ministers. ")


@pytest.mark.parametrize("closing", [
    # the parser reads "after the talks said" as a clause of the participle
    "A joint communique issued after the talks said the two presidents agreed to set up a border commission.",
    "A joint statement issued after the visit said the two countries would open a new border post.",
    # the document's own quoted words about its issuers are its statement
    'A joint press statement released after the visit said both leaders "reaffirmed their commitment" to trade.',
])
def test_a_joint_statement_after_a_visit_speaks_for_both_sides(statements, closing):
    (ev,) = [e for e in statements(VISIT + closing) if "joint" in e.evidence[0].text]
    assert {"Ghana", "Togo"} <= set(speakers(ev))


def test_a_joint_statement_fills_the_side_whose_country_is_unstated(statements):
    text = ("Prime Minister Rui Costa of Portugal flew to Rabat on Monday and met Aziz Akhannouch. Morocco and "
            "Portugal share a gas pipeline project. Morocco hopes to export power. The ministers signed a memorandum "
            "on energy, according to a joint statement issued at the end of the visit.")
    (ev,) = [e for e in statements(text) if "according to a joint" in e.evidence[0].text]
    assert {"Morocco", "Portugal"} <= set(speakers(ev))


@pytest.mark.parametrize("text", [
    "Indonesian President Budi Santoso will visit Canberra next month to meet Australian Prime Minister Helen "
    "Grant. A joint statement is expected to be issued at the end of the visit.",
    "The opposition parties issued a joint statement on Sunday criticising the budget.",
])
def test_no_statement_from_a_joint_statement_still_to_come_or_without_content(statements, text):
    assert not [e for e in statements(text) if "joint" in e.evidence[0].text]


def test_who_reads_out_a_joint_statement_speaks_for_himself(statements):
    text = ("Norwegian Foreign Minister Jonas Berg hosted Icelandic Foreign Minister Anna Jonsdottir in Oslo on "
            "Monday. Reading out a joint statement after the talks, Berg said the two countries had agreed to share "
            "fishing data.")
    (ev,) = [e for e in statements(text) if "Reading" in e.evidence[0].text]
    assert speakers(ev) == ["Jonas Berg"]


# ---- session 12: a person's own press unit relaying, stance verbs with a clause, a document's issuer ----

@pytest.mark.parametrize("text, speaker", [
    ('Prime Minister Ana Ruiz told Mr. Obi that Spain "stands ready to help", her press secretary said.', "Ana Ruiz"),
    ("President Kofi Mensah assured his guest that Ghana would honour the deal, his media team said.", "Kofi Mensah"),
    ("President Lydia Mwangi stressed that the ceasefire must hold, her press service said.", "Lydia Mwangi"),
])
def test_own_press_unit_relays_the_principal(statements, text, speaker):
    (ev,) = statements(text)
    assert speakers(ev) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('In his address, President Rafael Ortega defended that the coastal states "must act together".', "Rafael Ortega"),
    ("Minister Pablo Ferrer conceded that the talks had been difficult.", "Pablo Ferrer"),
])
def test_stance_verb_with_a_that_clause(statements, text, speaker):
    (ev,) = statements(text)
    assert speakers(ev) == [speaker]


@pytest.mark.parametrize("text", [
    "The minister defended the budget in parliament on Tuesday.",
    "Ruiz will tell Obi that Spain is ready to help, her press secretary said.",
])
def test_stance_verb_without_clause_or_future_is_no_statement(statements, text):
    assert statements(text) == []


def test_according_to_a_document_named_by_its_issuer(statements):
    (ev,) = statements("The talks focused on grain exports, according to a Kremlin readout.")
    assert speakers(ev) == ["Russia"]


def test_according_to_a_titled_document_has_no_issuer_from_the_title(statements):
    assert statements("According to the Outcomes Statement issued at the close of the meeting, the Ministers "
                      "reaffirmed their support.") == []
