"""Consistency check of the heldout14 gold files (no extractor involved).

Run: .venv/bin/python tests/data/heldout14/check_gold.py
Checks, per article: the sidecar and the gold `meta` agree; the text has 350-800 words;
every event has a known type, a list of participants, a valid date and status; every
evidence string is an exact substring of the article; every participant and place is
a declared gold entity; no name or alias belongs to two entities; and the whole folder
loads with `kg.evaluate.load_gold`. Exits non-zero on the first run with problems.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for `kg`

from kg.evaluate import load_gold, name_key  # noqa: E402

TYPES = {"meeting", "agreement", "statement"}
ENTITY_TYPES = {"person", "organization", "country", "place", "group"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_KEYS = {"type", "participants", "date", "place", "evidence", "optional", "status"}


def evidence_list(event: dict) -> list[str]:
    """The evidence of an event as a list of alternatives."""
    ev = event.get("evidence")
    return [ev] if isinstance(ev, str) else list(ev or [])


def check_article(gold_path: Path, corpus: Path) -> list[str]:
    """Problems found in one gold file, as readable lines."""
    problems: list[str] = []
    name = gold_path.stem
    say = problems.append
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = corpus / f"{name}.txt"
    meta_path = corpus / f"{name}.meta.json"
    if gold.get("article") != name:
        say(f"{name}: 'article' is {gold.get('article')!r}")
    if not text_path.is_file() or not meta_path.is_file():
        return [*problems, f"{name}: article text or sidecar missing"]
    text = text_path.read_text(encoding="utf-8")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if gold.get("meta") != meta:
        say(f"{name}: gold meta differs from the sidecar")
    words = len(text.split())
    if not 350 <= words <= 800:
        say(f"{name}: {words} words (want 350-800)")

    owner: dict[str, str] = {}
    for ent in gold.get("entities", []):
        if ent.get("type") not in ENTITY_TYPES:
            say(f"{name}: entity {ent.get('name')!r} has type {ent.get('type')!r}")
        for form in [ent["name"], *ent.get("aliases", [])]:
            key = name_key(form)
            if key in owner and owner[key] != ent["name"]:
                say(f"{name}: {form!r} names both {owner[key]!r} and {ent['name']!r}")
            owner[key] = ent["name"]
    declared = {ent["name"] for ent in gold.get("entities", [])}

    for i, event in enumerate(gold.get("events", [])):
        where = f"{name} event {i} ({event.get('type')})"
        if set(event) - EVENT_KEYS:
            say(f"{where}: unknown keys {sorted(set(event) - EVENT_KEYS)}")
        if event.get("type") not in TYPES:
            say(f"{where}: bad type")
        parts = event.get("participants")
        if not isinstance(parts, list) or not parts:
            say(f"{where}: no participants")
            parts = []
        date = event.get("date")
        if date is not None and not DATE.match(date):
            say(f"{where}: bad date {date!r}")
        if event.get("status", "planned") != "planned":
            say(f"{where}: status must be 'planned' when present")
        if event.get("optional", True) is not True:
            say(f"{where}: 'optional' must be true when present")
        alternatives = evidence_list(event)
        if not alternatives:
            say(f"{where}: no evidence")
        for ev in alternatives:
            if ev not in text:
                say(f"{where}: evidence not in article: {ev[:70]!r}")
        for part in parts:
            if part not in declared:
                say(f"{where}: participant {part!r} is not a gold entity")
        place = event.get("place")
        if place is not None and place not in declared:
            say(f"{where}: place {place!r} is not a gold entity")
    return problems


def main() -> int:
    """Check every gold file of the set; print a summary; return the exit status."""
    gold_dir, corpus = HERE / "gold", HERE / "corpus"
    problems: list[str] = []
    files = sorted(gold_dir.glob("*.json"))
    for path in files:
        problems.extend(check_article(path, corpus))
    texts = {p.stem for p in corpus.glob("*.txt")}
    if texts != {p.stem for p in files}:
        problems.append(f"articles without gold or gold without article: {sorted(texts ^ {p.stem for p in files})}")
    loaded = load_gold(gold_dir)
    if len(loaded) != len(files):
        problems.append(f"load_gold read {len(loaded)} of {len(files)} files")
    events = [e for p in files for e in json.loads(p.read_text(encoding="utf-8"))["events"]]
    scored = [e for e in events if not e.get("optional")]
    by_type = {t: sum(e["type"] == t for e in scored) for t in sorted(TYPES)}
    planned = [e for e in events if e.get("status") == "planned"]
    print(f"{len(files)} articles, {len(events)} gold events, {len(events) - len(scored)} optional; "
          f"scored {len(scored)} {by_type}; planned {len(planned)} "
          f"({sum(not e.get('optional') for e in planned)} scored)")
    for line in problems:
        print("PROBLEM:", line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
