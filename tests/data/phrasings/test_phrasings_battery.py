"""The phrasing battery is well-formed, and `bench/phrasings.py` matches and scores events as documented.

No model is loaded: these check the data and the scorer's rules, not the extractor.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench_phrasings", REPO / "bench" / "phrasings.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


bench = _load_bench()
PASSAGES = bench.load_battery()
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def test_battery_size_and_spread():
    required = Counter(e["type"] for p in PASSAGES for e in p["events"] if not e.get("optional"))
    negatives = [p for p in PASSAGES if not any(not e.get("optional") for e in p["events"])]
    assert len(PASSAGES) >= 250
    assert required["meeting"] >= 100 and required["agreement"] >= 70 and required["statement"] >= 60
    assert len(negatives) >= 40


def test_ids_unique_and_fields_valid():
    assert len({p["id"] for p in PASSAGES}) == len(PASSAGES)
    for p in PASSAGES:
        dt.date.fromisoformat(p["published"])
        assert p["text"].strip() and p["tags"], p["id"]
        for e in p["events"]:
            assert e["type"] in bench.TYPES, p["id"]
            assert e["participants"] and all(n.strip() for n in e["participants"]), p["id"]
            assert e["status"] in ("occurred", "planned"), p["id"]
            assert e["mode"] in (None, "phone"), p["id"]
            assert e["date"] is None or DATE.fullmatch(e["date"]), p["id"]
            assert e["place"] is None or isinstance(e["place"], str), p["id"]
            assert e.get("optional", False) in (True, False), p["id"]


def test_planned_events_are_not_before_publication():
    for p in PASSAGES:
        for e in p["events"]:
            if e["status"] == "planned" and e["date"]:
                assert e["date"] >= p["published"][: len(e["date"])], p["id"]


def test_fold_ignores_case_accents_and_punctuation():
    assert bench.fold("Recep Tayyip Erdoğan") == bench.fold("recep tayyip erdogan")
    assert bench.fold("Ferdinand Marcos Jr.") == "ferdinand marcos jr"
    assert bench.fold("S. Jaishankar") == "s jaishankar"


def _ev(type_, names, **kw):
    return {"type": type_, "participants": names, "status": "occurred", "mode": None, "date": None, "place": None, **kw}


def test_matching_counts_misses_false_positives_duplicates_and_optional():
    passage = {
        "id": "t1",
        "text": "...",
        "events": [
            _ev("meeting", ["Keir Starmer", "Emmanuel Macron"], date="2025-03-02"),
            _ev("agreement", ["France", "United Kingdom"]),
            _ev("statement", ["France"], optional=True),
        ],
    }
    found = [
        _ev("meeting", ["Emmanuel Macron", "Keir Starmer"], date="2025-03-02"),
        _ev("meeting", ["Keir Starmer", "Emmanuel Macron", "Olaf Scholz"]),  # same fact again
        _ev("statement", ["France"]),  # optional: neither hit nor false positive
        _ev("statement", ["Keir Starmer"]),
    ]
    res = bench.match_passage(passage, found)
    assert res.matched == [(0, 0)]
    assert res.missed == [1]
    assert res.duplicates == [1]
    assert res.optional_hits == [2]
    assert res.false_pos == [3]


def test_jaccard_threshold_is_half():
    passage = {"id": "t2", "text": "...", "events": [_ev("meeting", ["A B", "C D", "E F", "G H"])]}
    assert bench.match_passage(passage, [_ev("meeting", ["A B", "C D"])]).matched == [(0, 0)]
    assert bench.match_passage(passage, [_ev("meeting", ["A B"])]).missed == [0]


def test_equal_overlap_prefers_the_pair_with_matching_attributes():
    passage = {
        "id": "t3",
        "text": "...",
        "events": [
            _ev("meeting", ["A B", "C D"], mode="phone", date="2025-05-10"),
            _ev("meeting", ["A B", "C D"], date="2025-03", place="Paris"),
        ],
    }
    found = [_ev("meeting", ["A B", "C D"], date="2025-03-14", place="Paris"), _ev("meeting", ["A B", "C D"], date="2025-05-10")]
    assert sorted(bench.match_passage(passage, found).matched) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("expected", "found", "ok"),
    [(None, None, True), (None, "2025-03-01", False), ("2025-03", "2025-03-14", True), ("2025-03-14", "2025-03", False)],
)
def test_date_rule_matches_kg_evaluate(expected, found, ok):
    assert bench.date_ok(expected, found) is ok


def test_summary_scores_and_formats():
    passage = {"id": "t4", "text": "...", "tags": ["x"], "events": [_ev("meeting", ["A B", "C D"], place="Paris")]}
    res = bench.match_passage(passage, [_ev("meeting", ["A B", "C D"], place="paris"), _ev("agreement", ["A B"])])
    summary = bench.summarise([res])
    assert summary["types"]["meeting"]["f1"] == 1.0
    assert summary["types"]["agreement"]["found"] == 1 and summary["types"]["agreement"]["tp"] == 0
    assert summary["accuracy"]["place"]["acc"] == 1.0
    assert "overall" in bench.format_summary(summary)
    assert bench.format_tags([res]).splitlines()[1].startswith("x ")
