"""Consistency check for the heldout8 gold files (no extractor involved).

Checks, per article: the gold file and the corpus text/sidecar exist; event fields follow the gold
format of /work/shared/gold/README.md; every evidence string is an exact substring of the article;
every participant and place is a declared gold entity; no name or alias (compared as the scorer
compares names) belongs to two entities; `meta` equals the sidecar; and the folder loads with
`kg.evaluate.load_gold`. Run: .venv/bin/python tests/data/heldout8/check_gold.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # repo root, for kg.evaluate

from kg.evaluate import load_gold, name_key  # noqa: E402

TYPES = {"meeting", "agreement", "statement"}
ENTITY_TYPES = {"person", "country", "organization", "place", "group"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_KEYS = {"type", "participants", "date", "place", "evidence", "optional", "status"}


def check_article(gold_path: Path) -> list[str]:
    """Problems found in one gold file (an empty list when it is consistent)."""
    errors: list[str] = []
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    name = data.get("article")
    if name != gold_path.stem:
        errors.append(f"article id {name!r} differs from the file name")
    text_path = HERE / "corpus" / f"{gold_path.stem}.txt"
    meta_path = HERE / "corpus" / f"{gold_path.stem}.meta.json"
    if not text_path.exists() or not meta_path.exists():
        return errors + ["corpus text or sidecar missing"]
    text = text_path.read_text(encoding="utf-8")
    if data.get("meta") != json.loads(meta_path.read_text(encoding="utf-8")):
        errors.append("meta differs from the sidecar")

    owner: dict[str, str] = {}
    declared: set[str] = set()
    for ent in data.get("entities", []):
        if ent.get("type") not in ENTITY_TYPES:
            errors.append(f"entity {ent.get('name')!r}: bad type {ent.get('type')!r}")
        declared.add(ent["name"])
        for form in [ent["name"], *ent.get("aliases", [])]:
            key = name_key(form)
            if key in owner and owner[key] != ent["name"]:
                errors.append(f"name {form!r} shared by {owner[key]!r} and {ent['name']!r}")
            owner[key] = ent["name"]

    for i, ev in enumerate(data.get("events", [])):
        where = f"event {i} ({ev.get('type')})"
        if set(ev) - EVENT_KEYS or not {"type", "participants", "date", "place", "evidence"} <= set(ev):
            errors.append(f"{where}: unexpected or missing fields {sorted(ev)}")
        if ev.get("type") not in TYPES:
            errors.append(f"{where}: bad type")
        if ev.get("date") is not None and not DATE.match(str(ev["date"])):
            errors.append(f"{where}: bad date {ev['date']!r}")
        if "optional" in ev and ev["optional"] is not True:
            errors.append(f"{where}: optional must be true when present")
        if "status" in ev and ev["status"] != "planned":
            errors.append(f"{where}: status must be 'planned' when present")
        evidence = ev.get("evidence")
        quotes = evidence if isinstance(evidence, list) else [evidence]
        if not quotes or not all(isinstance(q, str) and q for q in quotes):
            errors.append(f"{where}: empty evidence")
        for q in quotes:
            if isinstance(q, str) and q not in text:
                errors.append(f"{where}: evidence not in article: {q[:70]!r}")
        if not ev.get("participants"):
            errors.append(f"{where}: no participants")
        for p in ev.get("participants", []):
            if p not in declared:
                errors.append(f"{where}: participant {p!r} is not a gold entity")
        if ev.get("place") is not None and ev["place"] not in declared:
            errors.append(f"{where}: place {ev['place']!r} is not a gold entity")
    return errors


def main() -> int:
    gold_files = sorted((HERE / "gold").glob("*.json"))
    texts = sorted((HERE / "corpus").glob("*.txt"))
    failed = 0
    if {p.stem for p in gold_files} != {p.stem for p in texts}:
        print("corpus and gold files do not pair up")
        failed += 1
    for path in gold_files:
        for err in check_article(path):
            print(f"{path.stem}: {err}")
            failed += 1
    loaded = load_gold(HERE / "gold")
    events = sum(len(a.events) for a in loaded.values())
    print(f"{len(loaded)} gold files loaded, {events} events; {failed} problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
