"""Consistency check of the heldout13 gold files (no extractor involved).

Checks, for every `gold/NAME.json`: there is a `corpus/NAME.txt` and sidecar, `meta` equals the sidecar, the
article has 350-800 words, every event has the gold fields in the gold format, every evidence string is an
exact substring of the article, every participant and place is a declared entity's canonical name, no name or
alias (case-, accent- and punctuation-folded) belongs to two entities, and the folder loads with
`kg.evaluate.load_gold`.

Run: `.venv/bin/python tests/data/heldout13/check_gold.py` (exit status 1 on any problem).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
EVENT_TYPES = {"meeting", "agreement", "statement"}
ENTITY_TYPES = {"person", "organization", "country", "place", "group"}
EVENT_KEYS = {"type", "participants", "date", "place", "evidence", "optional", "status"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MIN_WORDS, MAX_WORDS = 350, 800


def fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name (how the scorer compares names)."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def check_entities(entities: list[dict]) -> tuple[set[str], list[str]]:
    """Canonical names declared, and problems: bad types, a folded name or alias owned by two entities."""
    problems: list[str] = []
    owner: dict[str, str] = {}
    names: set[str] = set()
    for ent in entities:
        name = ent.get("name")
        if not isinstance(name, str) or not name:
            problems.append(f"entity without a name: {ent}")
            continue
        if ent.get("type") not in ENTITY_TYPES:
            problems.append(f"entity {name!r}: bad type {ent.get('type')!r}")
        if name in names:
            problems.append(f"entity {name!r} declared twice")
        names.add(name)
        for form in {fold(f) for f in [name, *ent.get("aliases", [])]}:
            if form in owner and owner[form] != name:
                problems.append(f"alias {form!r} shared by {owner[form]!r} and {name!r}")
            owner[form] = name
    return names, problems


def check_event(i: int, event: dict, text: str, names: set[str]) -> list[str]:
    """Problems of one gold event against the article text and the declared entities."""
    where = f"event {i}"
    problems = [f"{where}: unknown key {k!r}" for k in event if k not in EVENT_KEYS]
    if event.get("type") not in EVENT_TYPES:
        problems.append(f"{where}: bad type {event.get('type')!r}")
    parts = event.get("participants")
    if not isinstance(parts, list) or not parts:
        problems.append(f"{where}: no participants")
        parts = []
    problems += [f"{where}: participant {p!r} is not a declared entity" for p in parts if p not in names]
    if len(set(parts)) != len(parts):
        problems.append(f"{where}: repeated participant")
    if event.get("place") is not None and event["place"] not in names:
        problems.append(f"{where}: place {event['place']!r} is not a declared entity")
    date = event.get("date")
    if date is not None and not DATE_RE.match(str(date)):
        problems.append(f"{where}: bad date {date!r}")
    if "status" in event and event["status"] != "planned":
        problems.append(f"{where}: status must be 'planned' when present")
    if "optional" in event and event["optional"] is not True:
        problems.append(f"{where}: optional must be true when present")
    evidence = event.get("evidence")
    alternatives = [evidence] if isinstance(evidence, str) else evidence
    if not isinstance(alternatives, list) or not alternatives:
        problems.append(f"{where}: no evidence")
        alternatives = []
    for quote in alternatives:
        if not isinstance(quote, str) or not quote.strip() or quote not in text:
            problems.append(f"{where}: evidence not in the article: {quote!r}")
    return problems


def check_file(path: Path) -> list[str]:
    """All problems of one gold file."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    stem = path.stem
    txt = HERE / "corpus" / f"{stem}.txt"
    sidecar = HERE / "corpus" / f"{stem}.meta.json"
    if gold.get("article") != stem:
        return [f"article field {gold.get('article')!r} is not the file stem"]
    if not txt.exists() or not sidecar.exists():
        return ["article text or sidecar missing"]
    text = txt.read_text(encoding="utf-8")
    problems: list[str] = []
    if gold.get("meta") != json.loads(sidecar.read_text(encoding="utf-8")):
        problems.append("meta differs from the sidecar")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"{words} words (want {MIN_WORDS}-{MAX_WORDS})")
    names, entity_problems = check_entities(gold.get("entities", []))
    problems += entity_problems
    for i, event in enumerate(gold.get("events", [])):
        problems += check_event(i, event, text, names)
    return problems


def main() -> int:
    files = sorted((HERE / "gold").glob("*.json"))
    failed = False
    totals = {"events": 0, "optional": 0, "planned": 0}
    for path in files:
        problems = check_file(path)
        events = json.loads(path.read_text(encoding="utf-8"))["events"]
        totals["events"] += len(events)
        totals["optional"] += sum(1 for e in events if e.get("optional"))
        totals["planned"] += sum(1 for e in events if e.get("status") == "planned")
        for problem in problems:
            print(f"{path.name}: {problem}")
        failed |= bool(problems)
    sys.path.insert(0, str(REPO))
    from kg.evaluate import load_gold

    loaded = load_gold(HERE / "gold")
    if len(loaded) != len(files):
        print(f"load_gold read {len(loaded)} articles of {len(files)} files")
        failed = True
    print(f"{len(files)} gold files, {totals['events']} events ({totals['optional']} optional, "
          f"{totals['planned']} planned): {'PROBLEMS' if failed else 'OK'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
