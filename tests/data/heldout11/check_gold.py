"""Consistency check of the heldout11 gold files (no extractor involved).

Checks, per gold file: it loads with `kg.evaluate.load_gold`; `article` names an article
of `corpus/` and `meta` equals its sidecar; every event has a scored type, participants,
an ISO-shaped or null date, a known status; every evidence string is an exact substring
of the article text; every participant and place is a declared gold entity; no name or
alias (compared as the scorer compares names) belongs to two entities.

Run: .venv/bin/python tests/data/heldout11/check_gold.py   (exit status 1 on any problem)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # repo root, so `kg` imports from this checkout

from kg.evaluate import load_gold, name_key  # noqa: E402
from kg.records import ENTITY_TYPES, EVENT_TYPES  # noqa: E402

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_KEYS = {"type", "participants", "date", "place", "evidence", "optional", "status"}


def evidence_list(event: dict) -> list:
    """The gold evidence as a list of alternatives."""
    ev = event.get("evidence")
    return [ev] if isinstance(ev, str) else list(ev or [])


def check_file(path: Path, corpus: Path) -> list[str]:
    """Problems found in one gold file, as readable lines."""
    problems: list[str] = []
    data = json.loads(path.read_text(encoding="utf-8"))
    name = data.get("article")
    txt, meta = corpus / f"{name}.txt", corpus / f"{name}.meta.json"
    if name != path.stem or not txt.exists():
        return [f"{path.name}: article {name!r} has no corpus/{name}.txt"]
    text = txt.read_text(encoding="utf-8")
    if meta.exists() and json.loads(meta.read_text(encoding="utf-8")) != data.get("meta"):
        problems.append(f"{path.name}: meta differs from {meta.name}")

    owner: dict[str, str] = {}
    declared: set[str] = set()
    for ent in data.get("entities", []):
        if ent.get("type") not in ENTITY_TYPES:
            problems.append(f"{path.name}: entity {ent.get('name')!r} has type {ent.get('type')!r}")
        declared.add(ent["name"])
        for form in {ent["name"], *ent.get("aliases", [])}:
            key = name_key(form)
            if key in owner and owner[key] != ent["name"]:
                problems.append(f"{path.name}: {form!r} names both {owner[key]!r} and {ent['name']!r}")
            owner.setdefault(key, ent["name"])

    for i, ev in enumerate(data.get("events", [])):
        where = f"{path.name} event {i} ({ev.get('type')})"
        if set(ev) - EVENT_KEYS:
            problems.append(f"{where}: unknown keys {sorted(set(ev) - EVENT_KEYS)}")
        if ev.get("type") not in EVENT_TYPES:
            problems.append(f"{where}: bad type")
        if not ev.get("participants"):
            problems.append(f"{where}: no participants")
        if ev.get("date") is not None and not DATE.match(str(ev["date"])):
            problems.append(f"{where}: bad date {ev['date']!r}")
        if ev.get("status", "planned") != "planned" or ev.get("optional", True) is not True:
            problems.append(f"{where}: status/optional must be 'planned'/true when present")
        alternatives = evidence_list(ev)
        if not alternatives:
            problems.append(f"{where}: no evidence")
        for alt in alternatives:
            if alt not in text:
                problems.append(f"{where}: evidence not in article: {alt[:70]!r}")
        for who in [*ev.get("participants", []), *([ev["place"]] if ev.get("place") else [])]:
            if who not in declared:
                problems.append(f"{where}: {who!r} is not a declared entity")
    return problems


def main() -> int:
    gold_dir, corpus = HERE / "gold", HERE / "corpus"
    problems: list[str] = []
    files = sorted(gold_dir.glob("*.json"))
    stems = {p.name.removesuffix(".txt") for p in corpus.glob("*.txt")}
    if stems != {p.stem for p in files}:
        problems.append(f"articles without gold or gold without article: {sorted(stems ^ {p.stem for p in files})}")
    for path in files:
        problems.extend(check_file(path, corpus))
    loaded = load_gold(gold_dir)  # raises GoldError if the scorer cannot read a file
    events = [e for g in loaded.values() for e in g.events]
    scored = [e for e in events if not e.get("optional")]
    by_type = {t: sum(e["type"] == t for e in scored) for t in EVENT_TYPES}
    planned = [e for e in events if e.get("status") == "planned"]
    print(f"{len(loaded)} gold files, {len(events)} events, {len(events) - len(scored)} optional; "
          f"scored {len(scored)}: {by_type}; planned {len(planned)} "
          f"({sum(not e.get('optional') for e in planned)} scored)")
    for line in problems:
        print("PROBLEM", line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
