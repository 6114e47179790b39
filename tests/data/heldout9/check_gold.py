"""Consistency check for the heldout9 gold files (no extractor involved).

Checks, for every `gold/NAME.json`:
- a matching `corpus/NAME.txt` and `corpus/NAME.meta.json` exist, and `meta` equals the sidecar;
- every event has a known type, a participant list, a well-formed date, and only the allowed keys;
- every evidence string is an exact substring of the article text;
- every participant and every place is the canonical name of a declared gold entity;
- no name or alias (case-, accent- and punctuation-folded) belongs to two entities;
- the whole folder loads with `kg.evaluate.load_gold`.

Run: `.venv/bin/python tests/data/heldout9/check_gold.py` (exit status 1 on any problem).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # repo root, so `kg` imports without installing

from kg.evaluate import load_gold, name_key  # noqa: E402

EVENT_TYPES = {"meeting", "agreement", "statement"}
ENTITY_TYPES = {"person", "organization", "country", "place", "group"}
EVENT_KEYS = {"type", "participants", "date", "place", "evidence", "optional", "status"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def evidence_list(event: dict) -> list:
    """The event's evidence as a list of alternatives."""
    ev = event.get("evidence")
    return [ev] if isinstance(ev, str) else list(ev or [])


def entity_problems(entities: list[dict]) -> tuple[list[str], set[str]]:
    """Problems in the entity list, and the set of canonical names."""
    problems: list[str] = []
    owner: dict[str, str] = {}
    names: set[str] = set()
    for ent in entities:
        name = ent.get("name")
        if not name or ent.get("type") not in ENTITY_TYPES:
            problems.append(f"bad entity {ent!r}")
            continue
        if name in names:
            problems.append(f"entity declared twice: {name!r}")
        names.add(name)
        for form in {name, *ent.get("aliases", [])}:
            key = name_key(form)
            if key in owner and owner[key] != name:
                problems.append(f"alias {form!r} shared by {owner[key]!r} and {name!r}")
            owner.setdefault(key, name)
    return problems, names


def event_problems(i: int, event: dict, text: str, names: set[str]) -> list[str]:
    """Problems in one gold event."""
    where = f"event {i} ({event.get('type')})"
    problems: list[str] = []
    if event.get("type") not in EVENT_TYPES:
        problems.append(f"{where}: unknown type")
    extra = set(event) - EVENT_KEYS
    if extra:
        problems.append(f"{where}: unexpected keys {sorted(extra)}")
    parts = event.get("participants")
    if not isinstance(parts, list) or not parts:
        problems.append(f"{where}: no participants")
        parts = []
    for name in parts:
        if name not in names:
            problems.append(f"{where}: participant {name!r} is not a declared entity")
    place = event.get("place")
    if place is not None and place not in names:
        problems.append(f"{where}: place {place!r} is not a declared entity")
    date = event.get("date")
    if date is not None and not DATE_RE.match(str(date)):
        problems.append(f"{where}: bad date {date!r}")
    if "optional" in event and event["optional"] is not True:
        problems.append(f"{where}: 'optional' must be true when present")
    if "status" in event and event["status"] != "planned":
        problems.append(f"{where}: 'status' must be 'planned' when present")
    alternatives = evidence_list(event)
    if not alternatives:
        problems.append(f"{where}: no evidence")
    for alt in alternatives:
        if not isinstance(alt, str) or not alt.strip():
            problems.append(f"{where}: empty evidence")
        elif alt not in text:
            problems.append(f"{where}: evidence not in article: {alt[:70]!r}")
    return problems


def check_file(path: Path) -> list[str]:
    """All problems of one gold file, each prefixed with its file name."""
    data = json.loads(path.read_text(encoding="utf-8"))
    stem = path.stem
    corpus = HERE / "corpus"
    problems: list[str] = []
    if data.get("article") != stem:
        problems.append(f"article id {data.get('article')!r} differs from file name")
    txt, meta = corpus / f"{stem}.txt", corpus / f"{stem}.meta.json"
    if not txt.exists() or not meta.exists():
        return [f"{path.name}: missing corpus/{stem}.txt or its sidecar"]
    text = txt.read_text(encoding="utf-8")
    if data.get("meta") != json.loads(meta.read_text(encoding="utf-8")):
        problems.append("meta differs from the sidecar")
    ent_problems, names = entity_problems(data.get("entities", []))
    problems += ent_problems
    for i, event in enumerate(data.get("events", [])):
        problems += event_problems(i, event, text, names)
    return [f"{path.name}: {p}" for p in problems]


def main() -> int:
    gold_dir = HERE / "gold"
    files = sorted(gold_dir.glob("*.json"))
    problems: list[str] = []
    for path in files:
        problems += check_file(path)
    gold = load_gold(gold_dir)
    if len(gold) != len(files):
        problems.append(f"load_gold read {len(gold)} articles from {len(files)} files")
    total = scored = optional = planned = 0
    by_type: dict[str, int] = {}
    for path in files:
        for event in json.loads(path.read_text(encoding="utf-8"))["events"]:
            total += 1
            planned += event.get("status") == "planned"
            if event.get("optional"):
                optional += 1
            else:
                scored += 1
                by_type[event["type"]] = by_type.get(event["type"], 0) + 1
    for line in problems:
        print(line)
    counts = ", ".join(f"{n} {t}s" for t, n in sorted(by_type.items()))
    print(f"{len(files)} articles, {total} gold events ({optional} optional; scored: {counts}; {planned} planned)")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
