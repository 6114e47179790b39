"""Consistency check of the heldout7 gold files (no extractor involved).

Checks, for every `gold/NAME.json`: the article and its sidecar exist; `article` is the file stem and `meta`
agrees with the sidecar; every event has the gold-format fields only, a known type, a well-formed date,
participants and place that are canonical names of declared entities, and evidence strings that are exact
substrings of the article text; no name or alias (folded as the scorer folds them) belongs to two entities;
and the folder loads with `kg.evaluate.load_gold`.

Run from the repository root: `.venv/bin/python tests/data/heldout7/check_gold.py` (exit 1 on any problem).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # repository root, for `kg`

from kg.evaluate import load_gold, name_key  # noqa: E402
from kg.records import ENTITY_TYPES, EVENT_TYPES  # noqa: E402

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_KEYS = {"type", "participants", "date", "place", "evidence", "optional", "status"}
REQUIRED_KEYS = {"type", "participants", "date", "place", "evidence"}


def check_entities(entities: list[dict]) -> list[str]:
    """Problems with the entity list: bad types, and folded names or aliases shared by two entities."""
    problems: list[str] = []
    owner: dict[str, str] = {}
    for ent in entities:
        if ent.get("type") not in ENTITY_TYPES:
            problems.append(f"entity {ent.get('name')!r}: bad type {ent.get('type')!r}")
        for form in [ent["name"], *ent.get("aliases", [])]:
            key = name_key(form)
            if key in owner and owner[key] != ent["name"]:
                problems.append(f"alias {form!r} shared by {owner[key]!r} and {ent['name']!r}")
            owner.setdefault(key, ent["name"])
    return problems


def check_event(i: int, event: dict, text: str, names: set[str]) -> list[str]:
    """Problems with one gold event against the article text and the declared entity names."""
    where = f"event {i} ({event.get('type')})"
    problems = [f"{where}: unknown key {k!r}" for k in set(event) - EVENT_KEYS]
    problems += [f"{where}: missing key {k!r}" for k in REQUIRED_KEYS - set(event)]
    if event.get("type") not in EVENT_TYPES:
        problems.append(f"{where}: bad type")
    date = event.get("date")
    if date is not None and not DATE_RE.match(date):
        problems.append(f"{where}: bad date {date!r}")
    if "optional" in event and event["optional"] is not True:
        problems.append(f"{where}: optional must be true when present")
    if "status" in event and event["status"] != "planned":
        problems.append(f"{where}: status must be 'planned' when present")
    parts = event.get("participants") or []
    if not parts:
        problems.append(f"{where}: no participants")
    if len(set(parts)) != len(parts):
        problems.append(f"{where}: repeated participant")
    problems += [f"{where}: participant {p!r} is not a declared entity" for p in parts if p not in names]
    place = event.get("place")
    if place is not None and place not in names:
        problems.append(f"{where}: place {place!r} is not a declared entity")
    evidence = event.get("evidence")
    texts = [evidence] if isinstance(evidence, str) else list(evidence or [])
    if not texts:
        problems.append(f"{where}: no evidence")
    problems += [f"{where}: evidence not in article: {t!r}" for t in texts if not t or t not in text]
    return problems


def check_file(path: Path) -> list[str]:
    """All problems of one gold file, each prefixed with the file name."""
    data = json.loads(path.read_text(encoding="utf-8"))
    stem = path.stem
    txt = HERE / "corpus" / f"{stem}.txt"
    meta_path = HERE / "corpus" / f"{stem}.meta.json"
    if not txt.exists() or not meta_path.exists():
        return [f"{stem}: article or sidecar missing"]
    text = txt.read_text(encoding="utf-8")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    if data.get("article") != stem:
        problems.append(f"article field {data.get('article')!r} is not the file stem")
    if data.get("meta") != meta:
        problems.append("meta differs from the sidecar")
    entities = data.get("entities", [])
    problems += check_entities(entities)
    names = {e["name"] for e in entities}
    for i, event in enumerate(data.get("events", [])):
        problems += check_event(i, event, text, names)
    return [f"{stem}: {p}" for p in problems]


def main() -> int:
    files = sorted((HERE / "gold").glob("*.json"))
    texts = sorted((HERE / "corpus").glob("*.txt"))
    problems = [p for f in files for p in check_file(f)]
    if {f.stem for f in files} != {t.stem for t in texts}:
        problems.append("gold files and corpus articles do not pair up")
    gold = load_gold(HERE / "gold")
    n_events = sum(len(json.loads(f.read_text(encoding="utf-8"))["events"]) for f in files)
    n_optional = sum(
        1 for f in files for e in json.loads(f.read_text(encoding="utf-8"))["events"] if e.get("optional")
    )
    for t in texts:
        words = len(t.read_text(encoding="utf-8").split())
        print(f"{t.stem}: {words} words")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(gold)} articles, {n_events} gold events ({n_optional} optional), {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
