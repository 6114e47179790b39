"""Consistency check of the heldout5 gold files (no extractor involved).

Run from the repository root: `.venv/bin/python tests/data/heldout5/check_gold.py`.
Checks, for every gold file: it names an article of `corpus/` that has a sidecar;
every evidence string is an exact substring of the article text (and stays on one
line); every participant and place is the canonical name of a declared entity; no
name or alias (folded as the scorer folds it) belongs to two entities; event types,
dates, statuses and flags are well formed; and the folder loads with
`kg.evaluate.load_gold`. Exits 1 and lists every problem found.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for `kg`

from kg.evaluate import load_gold, name_key  # noqa: E402
from kg.records import ENTITY_TYPES, EVENT_TYPES, PLANNED  # noqa: E402

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_KEYS = {"type", "participants", "date", "place", "evidence", "optional", "status"}


def evidence_list(event: dict) -> list[str]:
    """The evidence of a gold event as a list of alternatives."""
    ev = event.get("evidence")
    return ev if isinstance(ev, list) else [ev]


def check_file(path: Path) -> list[str]:
    """Problems found in one gold file, as readable lines."""
    problems: list[str] = []
    data = json.loads(path.read_text(encoding="utf-8"))
    name = data.get("article")
    if name != path.stem:
        problems.append(f"article id {name!r} is not the file stem")
    txt = HERE / "corpus" / f"{path.stem}.txt"
    sidecar = HERE / "corpus" / f"{path.stem}.meta.json"
    if not txt.is_file() or not sidecar.is_file():
        return problems + ["article text or sidecar missing"]
    text = txt.read_text(encoding="utf-8")
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    if data.get("meta") != meta:
        problems.append("gold meta differs from the sidecar")
    owner: dict[str, str] = {}
    for ent in data.get("entities", []):
        if ent.get("type") not in ENTITY_TYPES:
            problems.append(f"entity {ent.get('name')!r}: bad type {ent.get('type')!r}")
        for form in [ent["name"], *ent.get("aliases", [])]:
            key = name_key(form)
            if owner.setdefault(key, ent["name"]) != ent["name"]:
                problems.append(f"form {form!r} is shared by {owner[key]!r} and {ent['name']!r}")
    names = {ent["name"] for ent in data.get("entities", [])}
    for i, event in enumerate(data.get("events", [])):
        where = f"event {i} ({event.get('type')})"
        if set(event) - EVENT_KEYS:
            problems.append(f"{where}: unknown keys {sorted(set(event) - EVENT_KEYS)}")
        if event.get("type") not in EVENT_TYPES:
            problems.append(f"{where}: bad type")
        if not event.get("participants"):
            problems.append(f"{where}: no participants")
        for who in event.get("participants", []) + ([event["place"]] if event.get("place") else []):
            if who not in names:
                problems.append(f"{where}: {who!r} is not a declared entity")
        date = event.get("date")
        if date is not None and not DATE.match(date):
            problems.append(f"{where}: bad date {date!r}")
        if "status" in event and event["status"] != PLANNED:
            problems.append(f"{where}: status must be {PLANNED!r} when present")
        if "optional" in event and event["optional"] is not True:
            problems.append(f"{where}: optional must be true when present")
        for quote in evidence_list(event):
            if not isinstance(quote, str) or not quote.strip():
                problems.append(f"{where}: empty evidence")
            elif quote not in text:
                problems.append(f"{where}: evidence not in the article: {quote!r}")
            elif "\n" in quote:
                problems.append(f"{where}: evidence spans lines: {quote!r}")
    return problems


def main() -> int:
    files = sorted((HERE / "gold").glob("*.json"))
    texts = sorted((HERE / "corpus").glob("*.txt"))
    bad = 0
    if {p.stem for p in files} != {p.stem for p in texts}:
        print("gold files and corpus articles do not pair up")
        bad += 1
    for path in files:
        for problem in check_file(path):
            print(f"{path.name}: {problem}")
            bad += 1
    gold = load_gold(HERE / "gold")
    events = [e for g in gold.values() for e in g.events]
    optional = sum(1 for e in events if e.get("optional"))
    print(f"{len(gold)} articles, {len(events)} gold events ({optional} optional), {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
