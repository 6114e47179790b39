"""Consistency check for the heldout4 gold files (run: .venv/bin/python tests/data/heldout4/check_gold.py).

Checks, for every gold file: its article and sidecar exist; every evidence string is an exact substring of the
article; every participant and place names a declared gold entity; no name or alias belongs to two entities;
event types, dates and statuses are well formed; and the folder loads with `kg.evaluate.load_gold`.
Exits non-zero and lists the problems when any check fails.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # repo root, so `kg` imports without installing

from kg.evaluate import load_gold, name_key  # noqa: E402

TYPES = {"meeting", "agreement", "statement"}
ENTITY_TYPES = {"person", "organization", "country", "place", "group"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def evidence_list(event: dict) -> list[str]:
    """The gold evidence of an event as a list of alternatives."""
    ev = event.get("evidence")
    return [ev] if isinstance(ev, str) else list(ev or [])


def check_file(path: Path) -> list[str]:
    """Every problem found in one gold file, as readable lines."""
    problems: list[str] = []
    data = json.loads(path.read_text(encoding="utf-8"))
    name = data["article"]
    text_path = HERE / "corpus" / f"{name}.txt"
    if name != path.stem or not text_path.exists() or not text_path.with_suffix(".meta.json").exists():
        return [f"{path.name}: article/sidecar missing or name mismatch"]
    text = text_path.read_text(encoding="utf-8")
    owner: dict[str, str] = {}
    for ent in data["entities"]:
        if ent["type"] not in ENTITY_TYPES:
            problems.append(f"{name}: entity {ent['name']!r} has bad type {ent['type']!r}")
        for form in {ent["name"], *ent.get("aliases", [])}:
            key = name_key(form)
            if owner.setdefault(key, ent["name"]) != ent["name"]:
                problems.append(f"{name}: {form!r} names both {owner[key]!r} and {ent['name']!r}")
    for i, event in enumerate(data["events"]):
        where = f"{name} event {i} ({event.get('type')})"
        if event.get("type") not in TYPES:
            problems.append(f"{where}: bad type")
        alternatives = evidence_list(event)
        if not alternatives:
            problems.append(f"{where}: no evidence")
        problems += [f"{where}: evidence not in article: {e[:70]!r}" for e in alternatives if e not in text]
        if not event.get("participants"):
            problems.append(f"{where}: no participants")
        names = [*event.get("participants", []), *([event["place"]] if event.get("place") else [])]
        problems += [f"{where}: undeclared entity {n!r}" for n in names if name_key(n) not in owner]
        if event.get("date") is not None and not DATE.match(event["date"]):
            problems.append(f"{where}: bad date {event['date']!r}")
        if event.get("status", "planned") != "planned":
            problems.append(f"{where}: bad status {event['status']!r}")
    return problems


def main() -> int:
    files = sorted((HERE / "gold").glob("*.json"))
    problems = [p for f in files for p in check_file(f)]
    texts = {p.stem for p in (HERE / "corpus").glob("*.txt")}
    problems += [f"{t}: article without gold" for t in sorted(texts - {f.stem for f in files})]
    gold = load_gold(HERE / "gold")
    n_events = sum(len(g.events) for g in gold.values())
    n_optional = sum(1 for g in gold.values() for e in g.events if e.get("optional"))
    for line in problems:
        print(line)
    print(f"{len(gold)} gold files, {n_events} events ({n_optional} optional), {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
