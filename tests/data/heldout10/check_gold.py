"""Consistency check of the heldout10 gold files (no extractor involved).

Checks, per article: the gold file names its article and the article text and
sidecar exist; `meta` equals the sidecar; every event follows the gold format of
`/work/shared/gold/README.md`; every evidence string is an exact substring of the
article text; every participant and place is a declared gold entity; no name or
alias (compared as the scorer compares names) belongs to two entities. Finally
the folder must load with `kg.evaluate.load_gold`. Prints counts; exits 1 on error.

Run: `.venv/bin/python tests/data/heldout10/check_gold.py`
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # repo root, for kg.evaluate

from kg.evaluate import load_gold, name_key  # noqa: E402

EVENT_TYPES = {"meeting", "agreement", "statement"}
ENTITY_TYPES = {"person", "organization", "country", "place", "group"}
EVENT_KEYS = {"type", "participants", "date", "place", "evidence", "optional", "status"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_article(gold_path: Path, corpus: Path) -> tuple[list[str], list[dict]]:
    """Problems found in one gold file, and its events."""
    errors: list[str] = []
    where = gold_path.name
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    if data.get("article") != gold_path.stem:
        errors.append(f"{where}: article field {data.get('article')!r} is not the file stem")
    text_path = corpus / f"{gold_path.stem}.txt"
    meta_path = corpus / f"{gold_path.stem}.meta.json"
    if not text_path.exists() or not meta_path.exists():
        return errors + [f"{where}: article text or sidecar missing"], []
    text = text_path.read_text(encoding="utf-8")
    if data.get("meta") != json.loads(meta_path.read_text(encoding="utf-8")):
        errors.append(f"{where}: meta differs from the sidecar")

    owner: dict[str, str] = {}
    for ent in data.get("entities", []):
        if ent.get("type") not in ENTITY_TYPES:
            errors.append(f"{where}: entity {ent.get('name')!r} has type {ent.get('type')!r}")
        for form in [ent["name"], *ent.get("aliases", [])]:
            key = name_key(form)
            if key in owner and owner[key] != ent["name"]:
                errors.append(f"{where}: {form!r} names both {owner[key]!r} and {ent['name']!r}")
            owner.setdefault(key, ent["name"])
    declared = {ent["name"] for ent in data.get("entities", [])}

    events = data.get("events", [])
    for i, ev in enumerate(events):
        tag = f"{where} event {i}"
        if set(ev) - EVENT_KEYS or not {"type", "participants", "date", "place", "evidence"} <= set(ev):
            errors.append(f"{tag}: keys {sorted(ev)}")
        if ev.get("type") not in EVENT_TYPES:
            errors.append(f"{tag}: type {ev.get('type')!r}")
        if ev.get("optional", True) is not True or ev.get("status", "planned") != "planned":
            errors.append(f"{tag}: optional/status values")
        if ev.get("date") is not None and not DATE_RE.match(ev["date"]):
            errors.append(f"{tag}: date {ev['date']!r}")
        parts = ev.get("participants") or []
        if not parts or len(set(parts)) != len(parts):
            errors.append(f"{tag}: empty or repeated participants")
        for name in parts + ([ev["place"]] if ev.get("place") else []):
            if name not in declared:
                errors.append(f"{tag}: {name!r} is not a declared entity")
        evidence = ev.get("evidence")
        quotes = [evidence] if isinstance(evidence, str) else list(evidence or [])
        if not quotes:
            errors.append(f"{tag}: no evidence")
        for quote in quotes:
            if not isinstance(quote, str) or not quote.strip() or quote not in text:
                errors.append(f"{tag}: evidence not in article: {quote!r}")
    return errors, events


def main() -> int:
    """Check every gold file; print counts and problems."""
    corpus, gold_dir = HERE / "corpus", HERE / "gold"
    errors: list[str] = []
    counts: Counter[str] = Counter()
    gold_files = sorted(gold_dir.glob("*.json"))
    texts = {p.stem for p in corpus.glob("*.txt")}
    if texts != {p.stem for p in gold_files}:
        errors.append(f"articles without gold or gold without article: {sorted(texts ^ {p.stem for p in gold_files})}")
    for path in gold_files:
        problems, events = check_article(path, corpus)
        errors.extend(problems)
        for ev in events:
            counts["events"] += 1
            counts["optional" if ev.get("optional") else f"scored {ev['type']}"] += 1
            if ev.get("status") == "planned":
                counts["planned"] += 1
                counts["planned scored"] += 0 if ev.get("optional") else 1
        print(f"{path.stem}: {len(events)} events, {sum(1 for e in events if not e.get('optional'))} scored")
    try:
        loaded = load_gold(gold_dir)
        if len(loaded) != len(gold_files):
            errors.append("load_gold read a different number of articles")
    except Exception as exc:  # any failure to load is a finding, not a crash
        errors.append(f"load_gold failed: {exc}")
    print(dict(sorted(counts.items())))
    for err in errors:
        print("ERROR", err)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
