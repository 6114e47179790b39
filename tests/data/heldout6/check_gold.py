"""Consistency check of the heldout6 gold files (no extractor involved).

Checks, for every gold file: its article and sidecar exist; every evidence string is an
exact substring of the article text; every participant and place is a declared gold
entity (by canonical name); no name or alias (folded as the scorer folds them) belongs to
two entities; event fields use the gold format; and the folder loads with
`kg.evaluate.load_gold`. Exit status 1 and one line per problem when anything is wrong.

Run: .venv/bin/python tests/data/heldout6/check_gold.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # repo root, so `kg` imports from this checkout

from kg.evaluate import load_gold, name_key  # noqa: E402

EVENT_TYPES = {"meeting", "agreement", "statement"}
ENTITY_TYPES = {"person", "organization", "country", "place", "group"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_KEYS = {"type", "participants", "date", "place", "evidence", "optional", "status"}


def check_file(path: Path, corpus: Path) -> list[str]:
    """Return the problems found in one gold file (empty when it is consistent)."""
    problems: list[str] = []
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = gold["article"]
    text_path = corpus / f"{article}.txt"
    if article != path.stem:
        problems.append(f"{path.name}: article id {article!r} differs from the file name")
    if not text_path.exists() or not (corpus / f"{article}.meta.json").exists():
        return problems + [f"{path.name}: article or sidecar missing in {corpus}"]
    text = text_path.read_text(encoding="utf-8")

    declared: dict[str, str] = {}
    owner: dict[str, str] = {}
    for ent in gold["entities"]:
        if ent["type"] not in ENTITY_TYPES:
            problems.append(f"{path.name}: entity {ent['name']!r} has unknown type {ent['type']!r}")
        declared[ent["name"]] = ent["type"]
        for form in {ent["name"], *ent.get("aliases", [])}:
            key = name_key(form)
            if key in owner and owner[key] != ent["name"]:
                problems.append(f"{path.name}: {form!r} names both {owner[key]!r} and {ent['name']!r}")
            owner.setdefault(key, ent["name"])

    for i, event in enumerate(gold["events"]):
        where = f"{path.name} event {i}"
        if set(event) - EVENT_KEYS:
            problems.append(f"{where}: unexpected keys {sorted(set(event) - EVENT_KEYS)}")
        if event["type"] not in EVENT_TYPES:
            problems.append(f"{where}: unknown type {event['type']!r}")
        if event.get("status", "planned") != "planned":
            problems.append(f"{where}: status must be 'planned' when present")
        if event.get("date") is not None and not DATE_RE.match(event["date"]):
            problems.append(f"{where}: bad date {event['date']!r}")
        if not event["participants"]:
            problems.append(f"{where}: no participants")
        for name in event["participants"]:
            if name not in declared:
                problems.append(f"{where}: participant {name!r} is not a declared entity")
        if event.get("place") is not None and event["place"] not in declared:
            problems.append(f"{where}: place {event['place']!r} is not a declared entity")
        evidence = event["evidence"]
        for quote in [evidence] if isinstance(evidence, str) else evidence:
            if not quote or quote not in text:
                problems.append(f"{where}: evidence not in the article: {quote[:70]!r}")
    return problems


def main() -> int:
    corpus, gold_dir = HERE / "corpus", HERE / "gold"
    problems: list[str] = []
    files = sorted(gold_dir.glob("*.json"))
    for path in files:
        problems.extend(check_file(path, corpus))
    stems = {p.stem for p in corpus.glob("*.txt")}
    for missing in sorted(stems - {p.stem for p in files}):
        problems.append(f"{missing}: article has no gold file")
    loaded = load_gold(gold_dir)
    if len(loaded) != len(files):
        problems.append(f"load_gold read {len(loaded)} articles, expected {len(files)}")
    for line in problems:
        print(line)
    n_events = sum(len(json.loads(p.read_text(encoding="utf-8"))["events"]) for p in files)
    print(f"{len(files)} gold files, {n_events} events: {'OK' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
