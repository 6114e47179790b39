"""Attendees of a meeting already told (`kg.extract.attendance` read by the article stage), on invented sentences
of several outlets' styles: the named people who attend, join or take part in the talks are participants of the
talks, and the attendance clause is no meeting of its own."""

from __future__ import annotations

import pytest

from kg.extract import extract_text

ATTENDED = [
    # a passive on the definite meeting noun, in the next sentence
    ("President Ana Lopes of Brazil and Chancellor Karl Weber of Austria held talks in Vienna on Monday. The talks "
     "were also attended by Brazilian Foreign Minister Mauro Vieira and Austrian Foreign Minister Petra Hofer.",
     ["Ana Lopes", "Karl Weber", "Mauro Vieira", "Petra Hofer"], 2),
    # "took part in the meeting", with a relative clause on the noun
    ("Kenyan President Daniel Mbeki met Ugandan President Joseph Okello at State House in Nairobi on Tuesday. "
     "Kenyan Trade Minister Grace Wanjiru and Ugandan Finance Minister Paul Ssempa also took part in the meeting, "
     "which lasted three hours.",
     ["Daniel Mbeki", "Grace Wanjiru", "Joseph Okello", "Paul Ssempa"], 2),
    # "participated in the meeting, along with"
    ("Jordan's King Abdullah held talks with Greek Prime Minister Nikos Andreou at Al Husseiniya Palace on Sunday. "
     "Jordanian Crown Prince Hussein participated in the meeting, along with Greek Foreign Minister Eleni Markou.",
     ["Eleni Markou", "Hussein", "King Abdullah", "Nikos Andreou"], 2),
    # each side's bench: "the X side was attended by"; "members of the delegation" name no one
    ("Saudi Crown Prince Mohammed bin Salman and Indonesian President Budi Santoso held official talks in Riyadh on "
     "Thursday. The Saudi side was attended by Energy Minister Faisal Al-Harbi, while the Indonesian side was "
     "attended by Foreign Minister Rina Wijaya and members of the official delegation.",
     ["Budi Santoso", "Faisal Al-Harbi", "Mohammed bin Salman", "Rina Wijaya"], 2),
    # "were present at the talks" (a phrasing in no evaluation set)
    ("Indian Prime Minister Arjun Rao met French President Claire Martin in Paris on Monday. Indian National "
     "Security Adviser Vikram Shah and French Defence Minister Paul Girard were present at the talks.",
     ["Arjun Rao", "Claire Martin", "Paul Girard", "Vikram Shah"], 2),
    # a participle on the meeting clause of the same sentence
    ("Colombian President Ines Duarte and Ecuadorian President Raul Vera held a bilateral meeting in Quito on "
     "Monday, attended by Colombian Foreign Minister Luis Mejia and Ecuadorian Foreign Minister Sofia Paz.",
     ["Ines Duarte", "Luis Mejia", "Raul Vera", "Sofia Paz"], 1),
    # "both leaders were joined ... by their ministers, A of X and B of Y"
    ("Mongolian President Bat Erdene and Kazakh President Nurlan Abenov held talks in Astana on Monday, and both "
     "leaders were joined in the second half by their foreign ministers, Tsend Munkh of Mongolia and Arman Seitov "
     "of Kazakhstan.",
     ["Arman Seitov", "Bat Erdene", "Nurlan Abenov", "Tsend Munkh"], 1),
    # each side's bench told apart: "on the X side by A and on the Y side by B"
    ("Emir Tamim met Kenyan President William Ruto at the Amiri Diwan on Sunday. The talks were attended on the "
     "Qatari side by Foreign Minister Sheikh Mohammed Al Thani and on the Kenyan side by Cabinet Secretary Musalia "
     "Mudavadi.",
     ["Emir Tamim", "Mohammed Al Thani", "Musalia Mudavadi", "William Ruto"], 2),
    # ... and "by A on the X side and by B on the Y side"
    ("King Felipe received Chilean President Gabriel Boric at the Royal Palace on Tuesday. The meeting was attended "
     "by Foreign Minister Jose Albares on the Spanish side and by Foreign Minister Alberto van Klaveren on the "
     "Chilean side.",
     ["Alberto van Klaveren", "Gabriel Boric", "Jose Albares", "King Felipe"], 2),
]


@pytest.mark.parametrize("text, people, n_sentences", ATTENDED)
def test_named_attendees_sit_in_the_meeting_told(nlp, text, people, n_sentences):
    (meeting,) = [e for e in extract_text(nlp, text, published="2025-06-10").events if e.type == "meeting"]
    assert sorted(p.entity.name for p in meeting.participants) == people
    assert len(meeting.evidence) == n_sentences


NOT_ATTENDED = [
    # planned
    "Egyptian President Omar Farouk met Sudanese General Ali Hamid in Cairo on Monday. The talks will be attended "
    "by Egyptian Foreign Minister Sameh Adel on Tuesday.",
    # a side session of its own
    "Polish President Adam Nowak held talks with Czech Prime Minister Petr Kral in Warsaw on Monday. Polish "
    "Foreign Minister Anna Zielinska later attended a dinner hosted by the president.",
    # no one named
    "The Emir of Kuwait held talks with Turkish President Kemal Aydin at Bayan Palace on Monday. A number of "
    "ministers and members of the official delegation attended the talks.",
    # negated
    "Thai Prime Minister Somchai Wong met Lao President Khamphet Vong in Vientiane on Monday. Thai opposition "
    "leader Pita Chai did not attend the meeting.",
]


@pytest.mark.parametrize("text", NOT_ATTENDED)
def test_no_attendee_is_added_when_the_clause_is_planned_negated_another_session_or_names_no_one(nlp, text):
    meetings = [e for e in extract_text(nlp, text, published="2025-06-10").events if e.type == "meeting"]
    assert len(meetings[0].participants) == 2
    assert len(meetings[0].evidence) == 1


def test_a_third_party_at_a_summit_with_no_meeting_told_adds_no_one(nlp):
    text = "Dutch Prime Minister Jan de Vries attended the NATO summit in Madrid on Thursday."
    assert [e for e in extract_text(nlp, text, published="2025-06-10").events if e.type == "meeting"] == []


ARRIVAL_THEN_TALKS = [
    # the welcome at the airport told between the talks and the attendance clause
    ("Prime Minister Lena Holm received President Tomas Varga at Government House on Friday. Varga had earlier been "
     "welcomed at the airport by Deputy Foreign Minister Pia Lund. The talks were attended by Finance Minister Olaf "
     "Berg and Trade Minister Mira Kask.", ["Lena Holm", "Mira Kask", "Olaf Berg", "Tomas Varga"]),
    ("Chancellor Ruth Adler hosted President Karim Haddad in Vienna on Monday. Haddad was greeted on arrival at "
     "Schwechat Airport by Interior Minister Paul Grau. The meeting was also attended by Defence Minister Eva Lind.",
     ["Eva Lind", "Karim Haddad", "Ruth Adler"]),
]


@pytest.mark.parametrize("text, people", ARRIVAL_THEN_TALKS)
def test_attendees_of_the_talks_skip_the_welcome_on_arrival(nlp, text, people):
    meetings = [e for e in extract_text(nlp, text, published="2026-03-06").events if e.type == "meeting"]
    assert sorted(p.entity.name for p in meetings[0].participants) == people
    assert len(meetings[1].participants) == 2  # the welcome keeps its two people


def test_attendees_of_the_talks_are_not_given_to_an_arrival_welcome_alone(nlp):
    text = ("Prime Minister Ana Silva was welcomed at the airport by Minister Rui Bento on Monday. The talks were "
            "attended by Ambassador Carla Dias.")
    (welcome,) = [e for e in extract_text(nlp, text, published="2026-03-06").events if e.type == "meeting"]
    assert sorted(p.entity.name for p in welcome.participants) == ["Ana Silva", "Rui Bento"]


def test_a_welcome_in_the_palace_is_the_talks_its_attendees_join(nlp):
    text = ("Foreign Minister Ana Costa was welcomed at the palace by President Rui Lopes on Monday. The talks were "
            "attended by Defence Minister Joao Reis.")
    (meeting,) = [e for e in extract_text(nlp, text, published="2026-03-06").events if e.type == "meeting"]
    assert sorted(p.entity.name for p in meeting.participants) == ["Ana Costa", "Joao Reis", "Rui Lopes"]
