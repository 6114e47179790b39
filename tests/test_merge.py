"""Merging reports of the same real-world event, and never merging different ones."""

from __future__ import annotations

import itertools

from factories import (
    LISBON,
    LOPEZ,
    PORTUGAL,
    SATO,
    article,
    evidence_of,
    meeting,
    person,
    result,
    two_reports,
)
from factories import agreement as agreement_event
from factories import statement as statement_event
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.merge import merge_events, merged_date, merged_place, merged_status
from kg.records import (
    HOST,
    MEETING,
    PLACE,
    PLANNED,
    VISITOR,
    ArticleResult,
    Entity,
    Event,
    Participant,
)

OSLO = Entity("Oslo", PLACE, country="NO")
PORTO = Entity("Porto", PLACE, country="PT")
NDIAYE = person("Awa Ndiaye")


def one_meeting(id_, published, people, date=None, place=None, **kw) -> ArticleResult:
    """An article whose single sentence reports one meeting."""
    names = " and ".join(p.name for p in people)
    text = f"{names} met{' in ' + place.name if place else ''}{' on ' + date if date else ''}."
    art = article(id_, text, published)
    return result(art, meeting(art, text, 0, people, date, place, **kw))


def agreement(id_, published, parties, date, text) -> ArticleResult:
    """An article whose single sentence reports one agreement."""
    art = article(id_, text, published)
    return result(art, agreement_event(art, text, 0, parties, date))


def statement(id_, published, speaker, date, text, content=None) -> ArticleResult:
    """An article whose single sentence reports one statement."""
    art = article(id_, text, published)
    return result(art, statement_event(art, text, 0, speaker, date, content=content))


def groups(results) -> list[list[str]]:
    """Article ids of each merged event, sorted (what merged with what)."""
    return sorted(sorted(e.evidence[0].article_id + f":{e.evidence[0].start}" for e in m.members)
                  for m in merge_events(results))


def test_same_meeting_in_two_articles_is_one_event():
    merged = merge_events(two_reports())
    meetings = [m for m in merged if m.type == MEETING]
    assert len(meetings) == 1 and meetings[0].articles == ["daily-7", "wire-1"]
    assert merged_date(meetings[0]) == "2023-05-01" and merged_place(meetings[0]) == LISBON


def test_result_does_not_depend_on_article_or_event_order():
    results = two_reports() + [
        one_meeting("c", "2023-05-02", [LOPEZ, SATO], "2023-05", LISBON),
        one_meeting("d", "2023-06-09", [LOPEZ, NDIAYE], "2023-06-08", OSLO),
    ]
    reference = [(m.id, m.type, sorted(id(e) for e in m.members)) for m in merge_events(results)]
    for perm in itertools.permutations(results):
        shuffled = [ArticleResult(r.article, r.entities, list(reversed(r.events)), r.roles) for r in perm]
        assert [(m.id, m.type, sorted(id(e) for e in m.members)) for m in merge_events(shuffled)] == reference


def test_agreement_and_its_restatement_years_later_stay_apart():
    a = agreement("a", "2018-09-18", [LOPEZ, SATO], "2018", "Lopez and Sato agreed on a ceasefire in 2018.")
    b = agreement("b", "2020-03-05", [LOPEZ, SATO], "2020-03-05",
                  "Lopez and Sato agreed again on Thursday to the ceasefire.")
    assert len(merge_events([a, b])) == 2


def test_dates_must_agree_at_the_shared_precision():
    a = one_meeting("a", "2023-05-02", [LOPEZ, SATO], "2023-05-01", LISBON)
    b = one_meeting("b", "2023-05-20", [LOPEZ, SATO], "2023-05", LISBON)
    c = one_meeting("c", "2023-05-03", [LOPEZ, SATO], "2023-05-02", LISBON)
    # b is compatible with both, but a and c are different days: complete linkage keeps a and c apart
    merged = merge_events([a, b, c])
    assert len(merged) == 2
    assert sorted(len(m.members) for m in merged) == [1, 2]


def test_undated_report_merges_only_with_strong_evidence():
    dated = one_meeting("a", "2023-05-02", [LOPEZ, SATO], "2023-05-01", LISBON)
    same_week = one_meeting("b", "2023-05-03", [SATO, LOPEZ], None, LISBON)
    years_later = one_meeting("c", "2026-01-10", [LOPEZ, SATO], None, LISBON)
    no_place = one_meeting("d", "2023-05-03", [LOPEZ, SATO], None, None)
    assert groups([dated, same_week]) == [["a:0", "b:0"]]
    assert len(merge_events([dated, years_later])) == 2
    assert len(merge_events([dated, no_place])) == 2


def test_places_must_be_compatible():
    a = one_meeting("a", "2023-05-02", [LOPEZ, SATO], "2023-05-01", LISBON)
    b = one_meeting("b", "2023-05-02", [LOPEZ, SATO], "2023-05-01", PORTO)
    c = one_meeting("c", "2023-05-02", [LOPEZ, SATO], "2023-05-01", PORTUGAL)
    assert len(merge_events([a, b])) == 2
    merged = merge_events([a, c])
    assert len(merged) == 1 and merged_place(merged[0]) == LISBON  # the city is more specific


def test_participants_must_overlap():
    a = one_meeting("a", "2023-05-02", [LOPEZ, SATO], "2023-05-01")
    b = one_meeting("b", "2023-05-02", [LOPEZ, NDIAYE], "2023-05-01")
    c = one_meeting("c", "2023-05-02", [LOPEZ, SATO, NDIAYE], "2023-05-01")
    assert len(merge_events([a, b])) == 2
    assert len(merge_events([a, c])) == 1  # a's participants are a subset of c's


def test_planned_and_mode_conflicts_stay_apart():
    planned = one_meeting("a", "2023-05-02", [LOPEZ, SATO], None, LISBON, status=PLANNED)
    same_day = one_meeting("b", "2023-05-03", [LOPEZ, SATO], None, LISBON)
    assert len(merge_events([planned, same_day])) == 2
    phone = one_meeting("c", "2023-05-02", [LOPEZ, SATO], "2023-05-01", mode="phone")
    visit = one_meeting("d", "2023-05-02", [LOPEZ, SATO], "2023-05-01", mode="in_person")
    assert len(merge_events([phone, visit])) == 2
    later = one_meeting("e", "2023-05-02", [LOPEZ, SATO], "2023-05-01", LISBON)
    announced = one_meeting("f", "2023-04-20", [LOPEZ, SATO], "2023-05-01", LISBON, status=PLANNED)
    merged = merge_events([later, announced])
    assert len(merged) == 1 and merged_status(merged[0]) == "occurred"
    # a report published before the event's day cannot have seen it happen
    early = one_meeting("g", "2023-04-28", [LOPEZ, SATO], "2023-05-01", LISBON)
    (only,) = merge_events([early])
    assert merged_status(only) == "occurred" and merged_status(only, {"g": "2023-04-28"}) == "planned"


def test_vague_dates_and_mixed_statuses_do_not_join_different_events():
    text = ("Experts of both sides met in Lisbon earlier this month. "
            "A summit of Lopez, Sato and Ndiaye will be held in Lisbon on Thursday.")
    art = article("a", text, "2023-05-08")
    experts = meeting(art, "Experts of both sides met in Lisbon earlier this month.", 0, [LOPEZ, SATO], "2023-05",
                      LISBON)
    summit = meeting(art, "A summit of Lopez, Sato and Ndiaye will be held in Lisbon on Thursday.", 1,
                     [LOPEZ, SATO, NDIAYE], "2023-05-11", LISBON, status=PLANNED)
    assert len(merge_events([result(art, experts, summit)])) == 2
    # the same article reporting an undated past meeting of the same actors: a different event
    past = meeting(art, "Experts of both sides met in Lisbon earlier this month.", 0, [LOPEZ, SATO, NDIAYE],
                   None, LISBON)
    assert len(merge_events([result(art, summit, past)])) == 2
    # "occurred" on a day after publication is a plan: another outlet's report joins the announced summit
    other = article("b", text, "2023-05-08")
    misread = meeting(other, "A summit of Lopez, Sato and Ndiaye will be held in Lisbon on Thursday.", 1,
                      [LOPEZ, SATO, NDIAYE], "2023-05-11", LISBON)
    (joined,) = merge_events([result(art, summit), result(other, misread)])
    assert merged_status(joined, {"a": "2023-05-08", "b": "2023-05-08"}) == "planned"


def test_statements_merge_only_when_speaker_date_and_content_match():
    q = "Lopez said the talks were constructive and would continue next month."
    a = statement("a", "2023-05-02", LOPEZ, "2023-05-01", q)
    b = statement("b", "2023-05-02", LOPEZ, "2023-05-01", "Lopez said the talks were constructive and would continue next month .")
    other_words = statement("c", "2023-05-02", LOPEZ, "2023-05-01", "Lopez said she expected no deal before the summer.")
    other_speaker = statement("d", "2023-05-02", SATO, "2023-05-01", q.replace("Lopez", "Sato"))
    other_day = statement("e", "2023-05-05", LOPEZ, "2023-05-04", q)
    assert len(merge_events([a, b])) == 1
    assert len(merge_events([a, other_words])) == 2
    assert len(merge_events([a, other_speaker])) == 2
    assert len(merge_events([a, other_day])) == 2


def test_duplicate_reports_within_one_article_merge():
    text = "Lopez met Sato in Lisbon on Monday. The meeting between Sato and Lopez lasted two hours."
    art = article("a", text, "2023-05-02")
    first = meeting(art, "Lopez met Sato in Lisbon on Monday.", 0, [LOPEZ, SATO], "2023-05-01", LISBON)
    again = meeting(art, "The meeting between Sato and Lopez lasted two hours.", 1, [SATO, LOPEZ])
    merged = merge_events([result(art, first, again)])
    assert len(merged) == 1 and len(merged[0].members) == 2


def test_two_meetings_in_one_sentence_get_distinct_ids():
    text = "Lopez met Sato in Lisbon on Monday and again in Porto on Wednesday."
    art = article("a", text, "2023-05-08")
    monday = meeting(art, text, 0, [LOPEZ, SATO], "2023-05-08", LISBON)
    wednesday = meeting(art, text, 0, [LOPEZ, SATO], "2023-05-10", PORTO)
    merged = merge_events([result(art, monday, wednesday)])
    assert len(merged) == 2 and merged[0].id != merged[1].id


def test_ids_are_stable_and_distinct():
    a = merge_events(two_reports())
    b = merge_events(list(reversed(two_reports())))
    assert [m.id for m in a] == [m.id for m in b]
    assert len({m.id for m in a}) == len(a)


PEOPLE = [LOPEZ, SATO, NDIAYE, person("Omar Haddad")]
DATES = [None, "2022", "2023", "2023-05", "2023-06", "2023-05-01", "2023-05-02"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.sets(st.sampled_from(range(4)), min_size=1),
                          st.sampled_from(DATES), st.sampled_from([None, LISBON, PORTO, PORTUGAL])),
                max_size=12), st.randoms(use_true_random=False))
def test_merging_is_a_deterministic_partition_that_never_mixes_years(reports, rnd):
    by_article: dict[str, list] = {}
    for n, (art_id, who, date, place) in enumerate(reports):
        by_article.setdefault(art_id, []).append((n, who, date, place))
    results = []
    for art_id, items in sorted(by_article.items()):
        text = " ".join(f"Sentence {n} reports a meeting." for n, *_ in items)
        art = article(art_id, text, "2023-05-03")
        events = [meeting(art, f"Sentence {n} reports a meeting.", i, [PEOPLE[k] for k in sorted(who)], date, place)
                  for i, (n, who, date, place) in enumerate(items)]
        results.append(result(art, *events))
    merged = merge_events(results)
    members = [id(e) for m in merged for e in m.members]
    assert sorted(members) == sorted(id(e) for r in results for e in r.events)  # a partition
    for m in merged:
        years = {e.date[:4] for e in m.members if e.date}
        assert len(years) <= 1
    shuffled = list(results)
    rnd.shuffle(shuffled)
    assert [(m.id, len(m.members)) for m in merge_events(shuffled)] == [(m.id, len(m.members)) for m in merged]


def test_two_commitments_listed_by_one_article_stay_two():
    """'Lopez and Sato agreed to restore ties.' ... 'They also agreed to reopen embassies.': the extractor
    keeps one article's agreeing clauses apart, and the merge does not join them again."""
    first, second = "Lopez and Sato agreed to restore ties.", "Lopez and Sato also agreed to reopen embassies."
    art = article("a", f"{first} {second}", "2023-05-02")
    deals = [agreement_event(art, first, 0, [LOPEZ, SATO], "2023-05-01"),
             agreement_event(art, second, 1, [LOPEZ, SATO], "2023-05-01")]
    assert len(merge_events([result(art, *deals)])) == 2
    # the same deal told by two articles is still one event
    other = article("b", first, "2023-05-02")
    both = merge_events([result(art, deals[0]), result(other, agreement_event(other, first, 0, [LOPEZ, SATO],
                                                                               "2023-05-01"))])
    assert len(both) == 1


def test_a_side_meeting_of_two_summit_leaders_stays_apart_from_the_summit():
    text = ("Lopez, Sato and Ndiaye held a summit in Lisbon on Monday. "
            "Lopez later held a tete-a-tete with Sato on the sidelines.")
    art = article("a", text, "2023-05-02")
    summit = meeting(art, "Lopez, Sato and Ndiaye held a summit in Lisbon on Monday.", 0, [LOPEZ, SATO, NDIAYE],
                     "2023-05-01", LISBON)
    side = meeting(art, "Lopez later held a tete-a-tete with Sato on the sidelines.", 1, [LOPEZ, SATO], "2023-05-01")
    assert len(merge_events([result(art, summit, side)])) == 2
    # without a word that sets it apart, the two-person report is the summit told again
    told = "Lopez, Sato and Ndiaye held a summit in Lisbon on Monday. Lopez held talks with Sato there."
    art2 = article("b", told, "2023-05-02")
    summit2 = meeting(art2, "Lopez, Sato and Ndiaye held a summit in Lisbon on Monday.", 0, [LOPEZ, SATO, NDIAYE],
                      "2023-05-01", LISBON)
    again = meeting(art2, "Lopez held talks with Sato there.", 1, [LOPEZ, SATO], "2023-05-01")
    assert len(merge_events([result(art2, summit2, again)])) == 1


def test_a_meal_or_tete_a_tete_of_the_same_two_people_that_day_is_a_meeting_of_its_own():
    text = "Lopez held talks with Sato in Lisbon on Monday. In the evening Lopez hosted a state banquet for Sato."
    art = article("a", text, "2023-05-02")
    talks = meeting(art, "Lopez held talks with Sato in Lisbon on Monday.", 0, [LOPEZ, SATO], "2023-05-01", LISBON)
    banquet = meeting(art, "In the evening Lopez hosted a state banquet for Sato.", 1, [LOPEZ, SATO], "2023-05-01")
    assert len(merge_events([result(art, talks, banquet)])) == 2
    # the same words in both reports (the talks "followed by a lunch", then the lunch) do not set them apart
    told = "Lopez held talks with Sato, followed by a lunch. The lunch lasted two hours."
    art2 = article("b", told, "2023-05-02")
    first = meeting(art2, "Lopez held talks with Sato, followed by a lunch.", 0, [LOPEZ, SATO], "2023-05-01")
    again = meeting(art2, "The lunch lasted two hours.", 1, [LOPEZ, SATO], "2023-05-01")
    assert len(merge_events([result(art2, first, again)])) == 1


def test_two_meetings_the_extractor_kept_apart_in_one_sentence_stay_apart():
    # the extractor already joins what one sentence tells twice; two meetings it returns for the same sentence are
    # two sessions ("first held a tete-a-tete, then talks joined by Ndiaye")
    text = "Lopez and Sato first held a tete-a-tete in Lisbon on Monday, then talks joined by Ndiaye."
    art = article("a", text, "2023-05-02")
    private = meeting(art, text, 0, [LOPEZ, SATO], "2023-05-01", LISBON)
    wider = meeting(art, text, 0, [LOPEZ, SATO, NDIAYE], "2023-05-01", LISBON)
    assert len(merge_events([result(art, private, wider)])) == 2
    # the same sentence reported by another article still joins the first article's event
    other = article("b", text, "2023-05-02")
    both = merge_events([result(art, private), result(other, meeting(other, text, 0, [LOPEZ, SATO], "2023-05-01",
                                                                      LISBON))])
    assert len(both) == 1


def test_a_four_eyes_meeting_is_a_private_session_of_its_own():
    # "four-eyes" (unter vier Augen) names the leaders' private format, like "tete-a-tete" and "one-on-one"
    hosted = "Lopez hosted Sato in Lisbon on Monday for official talks."
    private = "Sato also held a four-eyes meeting with Lopez."
    art = article("a", f"{hosted} {private}", "2023-05-02")
    talks = meeting(art, hosted, 0, [LOPEZ, SATO], "2023-05-01", LISBON)
    side = meeting(art, private, 1, [LOPEZ, SATO], "2023-05-01")
    assert len(merge_events([result(art, talks, side)])) == 2
    # a plain restatement of the talks joins them
    again = "Sato also held a meeting with Lopez."
    art2 = article("b", f"{hosted} {again}", "2023-05-02")
    assert len(merge_events([result(art2, meeting(art2, hosted, 0, [LOPEZ, SATO], "2023-05-01", LISBON),
                                     meeting(art2, again, 1, [LOPEZ, SATO], "2023-05-01"))])) == 1


def test_the_delegations_session_after_the_one_on_one_is_a_meeting_of_its_own():
    first = "Lopez held one-on-one talks with Sato in Lisbon on Monday."
    then = "Afterwards they were joined by their delegations, among them Ndiaye."
    art = article("a", f"{first} {then}", "2023-05-02")
    talks = meeting(art, first, 0, [LOPEZ, SATO], "2023-05-01", LISBON)
    wider = meeting(art, then, 1, [LOPEZ, SATO, NDIAYE], "2023-05-01")
    assert len(merge_events([result(art, talks, wider)])) == 2
    # one sentence telling both formats tells the talks as a whole: a later mention of them joins it
    both = "Lopez and Sato talked first in a narrow format and then in an extended format including their delegations."
    again = "Welcoming Sato, Lopez spoke of old friendship."
    art2 = article("b", f"{both} {again}", "2023-05-02")
    whole = meeting(art2, both, 0, [LOPEZ, SATO], "2023-05-01")
    welcome = meeting(art2, again, 1, [LOPEZ, SATO], "2023-05-01")
    assert len(merge_events([result(art2, whole, welcome)])) == 1


def test_two_receptions_by_different_named_hosts_stay_apart():
    kimura, otieno = person("Hana Kimura"), person("Peter Otieno")
    first = "Kimura hosted Lopez and Sato at her residence on Monday."
    second = "Otieno received Lopez and Sato at his office on Monday."
    art = article("a", f"{first} {second}", "2023-05-02")
    a = Event(MEETING, [Participant(kimura, HOST), Participant(LOPEZ, VISITOR), Participant(SATO, VISITOR)],
              [evidence_of(art, first, 0)], date="2023-05-01")
    b = Event(MEETING, [Participant(otieno, HOST), Participant(LOPEZ, VISITOR), Participant(SATO, VISITOR)],
              [evidence_of(art, second, 1)], date="2023-05-01")
    assert len(merge_events([result(art, a, b)])) == 2
    # the same host named in two articles is one reception
    art2 = article("b", first, "2023-05-02")
    c = Event(MEETING, [Participant(kimura, HOST), Participant(LOPEZ, VISITOR), Participant(SATO, VISITOR)],
              [evidence_of(art2, first, 0)], date="2023-05-01")
    assert len(merge_events([result(art, a), result(art2, c)])) == 1
