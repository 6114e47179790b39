"""The gold scorer follows the rules of the gold README."""

from __future__ import annotations

import json

import pytest

from kg.evaluate import (
    evidence_overlap,
    format_report,
    load_gold,
    name_key,
    score,
    set_f1,
)


def as_records(gold) -> list[dict]:
    """Turn gold events into the events.jsonl shape, as a perfect extractor would."""
    records = []
    for art in gold.values():
        for ev in art.events:
            text = ev["evidence"] if isinstance(ev["evidence"], str) else ev["evidence"][0]
            role = "speaker" if ev["type"] == "statement" else "participant"
            records.append(
                {
                    "article": art.article,
                    "type": ev["type"],
                    "participants": [{"name": n, "role": role} for n in ev["participants"]],
                    "date": ev["date"],
                    "place": ev["place"],
                    "evidence": [{"text": text, "start": 0, "end": len(text)}],
                }
            )
    return records


def test_name_key_folds_case_accents_and_punctuation():
    assert name_key("İbrahim Kalın") == name_key("ibrahim kalin")
    assert name_key("Ömer Çelik") == "omer celik"
    assert name_key("Russia's") == "russia s"


def test_evidence_overlap_counts_content_words_of_gold():
    gold = {"evidence": ["Putin and Erdogan held talks in Moscow", "unrelated alternative words"]}
    # 'in' is too short to count ('and' is not): 6 of 6 content words present
    assert evidence_overlap(gold, "On Wednesday, Putin and Erdogan held talks in Moscow, the capital.") == 1.0
    assert evidence_overlap(gold, "Putin held nothing") == pytest.approx(2 / 6)


def test_set_f1():
    assert set_f1({"a", "b"}, {"a", "b"}) == 1.0
    assert set_f1({"a"}, {"a", "b"}) == pytest.approx(2 / 3)
    assert set_f1(set(), {"a"}) == 0.0


def test_perfect_records_score_one(gold_dir):
    gold = load_gold(gold_dir)
    report = score(gold, as_records(gold))
    assert report.overall.fp == 0 and report.overall.fn == 0
    assert report.overall.f1 == 1.0
    assert report.date_accuracy == 1.0 and report.place_accuracy == 1.0


def test_aliases_map_to_gold_entities_and_wrong_dates_are_counted(tmp_path):
    gold_file = {
        "article": "a1",
        "events": [
            {"type": "meeting", "participants": ["Sergei Shoigu", "Hulusi Akar"], "date": "2019-02-11",
             "place": "Ankara", "evidence": "Shoigu met Akar in Ankara on Monday"},
            {"type": "statement", "participants": ["Hulusi Akar"], "date": None, "place": None,
             "evidence": "Akar said the talks were useful", "optional": True},
        ],
        "entities": [{"name": "Sergei Shoigu", "type": "person", "aliases": ["Sergey Shoigu", "Shoigu"]},
                     {"name": "Hulusi Akar", "type": "person", "aliases": ["Akar"]}],
    }
    (tmp_path / "a1.json").write_text(json.dumps(gold_file), encoding="utf-8")
    gold = load_gold(tmp_path)
    records = [
        {"article": "a1", "type": "meeting", "date": "2019-02-12", "place": "Ankara",
         "participants": [{"name": "Sergey Shoigu", "role": "participant"}, {"name": "AKAR", "role": "participant"}],
         "evidence": [{"text": "Russian Defence Minister Sergey Shoigu met Hulusi Akar in Ankara on Monday."}]},
        # matches the optional statement: neither a hit nor a false positive
        {"article": "a1", "type": "statement", "participants": [{"name": "Akar", "role": "speaker"}],
         "evidence": [{"text": "Akar said the talks were useful."}]},
        # a statement nobody made in the gold: false positive
        {"article": "a1", "type": "statement", "participants": [{"name": "Shoigu", "role": "speaker"}],
         "evidence": [{"text": "Shoigu said nothing of note."}]},
    ]
    report = score(gold, records)
    assert report.per_type["meeting"].tp == 1
    assert report.per_type["statement"].tp == 0
    assert report.per_type["statement"].fp == 1
    assert report.date_correct == 0 and report.date_total == 1
    assert report.place_correct == 1
    text = format_report(report, verbose=True)
    assert "FP   a1: statement [Shoigu(speaker)]" in text
    assert text.splitlines()[-1].startswith("participant F1  1.000")


def test_verbose_report_lists_wrong_places(tmp_path):
    import json

    from kg.evaluate import format_report, load_gold, score

    (tmp_path / "a.json").write_text(json.dumps({
        "article": "a", "entities": [{"name": "Ankara"}, {"name": "Turkey"}, {"name": "Russia"}, {"name": "Moscow"}],
        "events": [{"type": "meeting", "participants": ["Turkey", "Russia"], "place": "Ankara",
                    "evidence": "Turkey and Russia met."}]}), encoding="utf-8")
    records = [{"article": "a", "type": "meeting", "participants": [{"name": "Turkey"}, {"name": "Russia"}],
                "place": "Moscow", "evidence": [{"text": "Turkey and Russia met."}]}]
    text = format_report(score(load_gold(tmp_path), records), verbose=True)
    assert "PLACE a: gold Ankara got Moscow" in text
