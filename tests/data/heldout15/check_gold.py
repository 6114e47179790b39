"""Consistency check of the heldout15 gold files (no extractor involved).

Run from anywhere: `.venv/bin/python tests/data/heldout15/check_gold.py`.
Checks, per article: the gold file names an existing article and its `meta` equals the sidecar;
the article has 350-800 words; every event has the gold-format fields; every evidence string is an
exact substring of the article; every participant and place is a declared gold entity; no name or
alias (compared the way the scorer compares names) belongs to two entities; and the whole folder
loads with `kg.evaluate.load_gold`. Exits non-zero and lists the problems if any check fails.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

from kg.evaluate import load_gold, name_key  # noqa: E402

EVENT_TYPES = {"meeting", "agreement", "statement"}
ENTITY_TYPES = {"person", "organization", "country", "place", "group"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_KEYS = {"type", "participants", "date", "place", "evidence", "optional", "status"}
MIN_WORDS, MAX_WORDS = 350, 800


def evidence_list(event: dict) -> list:
    """The evidence of an event as a list of alternatives."""
    ev = event.get("evidence")
    return [ev] if isinstance(ev, str) else list(ev or [])


def check_entities(entities: list[dict]) -> list[str]:
    """Entity records are well formed and no folded name or alias is shared by two entities."""
    problems, owner = [], {}
    for ent in entities:
        if ent.get("type") not in ENTITY_TYPES:
            problems.append(f"entity {ent.get('name')!r}: bad type {ent.get('type')!r}")
        for form in [ent["name"], *ent.get("aliases", [])]:
            key = name_key(form)
            if owner.setdefault(key, ent["name"]) != ent["name"]:
                problems.append(f"alias {form!r} shared by {owner[key]!r} and {ent['name']!r}")
    return problems


def check_event(i: int, event: dict, text: str, names: set[str]) -> list[str]:
    """One event follows the gold format and refers to the article and declared entities."""
    problems = []
    where = f"event {i}"
    if set(event) - EVENT_KEYS:
        problems.append(f"{where}: unknown keys {sorted(set(event) - EVENT_KEYS)}")
    if event.get("type") not in EVENT_TYPES:
        problems.append(f"{where}: bad type {event.get('type')!r}")
    parts = event.get("participants")
    if not isinstance(parts, list) or not parts:
        problems.append(f"{where}: participants must be a non-empty list")
        parts = []
    for name in parts:
        if name not in names:
            problems.append(f"{where}: participant {name!r} is not a gold entity")
    place = event.get("place")
    if place is not None and place not in names:
        problems.append(f"{where}: place {place!r} is not a gold entity")
    date = event.get("date")
    if date is not None and not DATE_RE.match(str(date)):
        problems.append(f"{where}: bad date {date!r}")
    if "optional" in event and event["optional"] is not True:
        problems.append(f"{where}: optional must be true when present")
    if "status" in event and event["status"] != "planned":
        problems.append(f"{where}: status must be 'planned' when present")
    alternatives = evidence_list(event)
    if not alternatives:
        problems.append(f"{where}: no evidence")
    for alt in alternatives:
        if not isinstance(alt, str) or alt not in text:
            problems.append(f"{where}: evidence not in article: {alt!r}")
    return problems


def check_article(gold_path: Path) -> list[str]:
    """All checks for one gold file."""
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    stem = gold_path.stem
    if data.get("article") != stem:
        return [f"article field {data.get('article')!r} differs from file name"]
    txt = HERE / "corpus" / f"{stem}.txt"
    sidecar = HERE / "corpus" / f"{stem}.meta.json"
    if not txt.exists() or not sidecar.exists():
        return ["article text or sidecar missing"]
    text = txt.read_text(encoding="utf-8")
    problems = []
    if data.get("meta") != json.loads(sidecar.read_text(encoding="utf-8")):
        problems.append("meta differs from the sidecar")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"{words} words (want {MIN_WORDS}-{MAX_WORDS})")
    entities = data.get("entities", [])
    problems += check_entities(entities)
    names = {ent["name"] for ent in entities}
    for i, event in enumerate(data.get("events", [])):
        problems += check_event(i, event, text, names)
    return problems


def main() -> int:
    gold_dir = HERE / "gold"
    failed = False
    stems = {p.stem for p in gold_dir.glob("*.json")}
    for txt in sorted((HERE / "corpus").glob("*.txt")):
        if txt.stem not in stems:
            print(f"{txt.stem}: no gold file")
            failed = True
    total = optional = 0
    for path in sorted(gold_dir.glob("*.json")):
        problems = check_article(path)
        events = json.loads(path.read_text(encoding="utf-8"))["events"]
        total += len(events)
        optional += sum(1 for e in events if e.get("optional"))
        for problem in problems:
            print(f"{path.stem}: {problem}")
        failed = failed or bool(problems)
    gold = load_gold(gold_dir)
    print(f"{len(gold)} gold files load; {total} events, {optional} optional")
    print("FAIL" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
