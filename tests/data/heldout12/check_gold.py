"""Consistency check of the heldout12 gold files (no extractor involved).

Checks, for every `gold/NAME.json` against `corpus/NAME.txt` and its sidecar:
- the gold file has the fields of the gold format and names its own article;
- `meta` equals the sidecar `corpus/NAME.meta.json`;
- every event has a known type, a participant list, a date of the allowed shapes,
  evidence strings that are exact substrings of the article text, and only the
  optional keys `optional` / `status: planned`;
- every participant and place is the canonical name of a declared gold entity;
- entity types are known and no name or alias (compared as the scorer compares
  names) belongs to two entities;
- the article is 350-800 words long;
- the folder loads with `kg.evaluate.load_gold`.

Run: `.venv/bin/python tests/data/heldout12/check_gold.py` (exit status 1 on any problem).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repo root, so `kg` imports without installing

from kg.evaluate import load_gold, name_key  # noqa: E402
from kg.records import ENTITY_TYPES, EVENT_TYPES, PLANNED  # noqa: E402

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_KEYS = {"type", "participants", "date", "place", "evidence", "optional", "status"}
MIN_WORDS, MAX_WORDS = 350, 800


def evidence_list(event: dict) -> list:
    """The evidence of a gold event as a list of alternatives."""
    ev = event.get("evidence")
    return [ev] if isinstance(ev, str) else list(ev or [])


def entity_problems(entities: list[dict]) -> tuple[list[str], set[str]]:
    """Problems in the entity list, and the set of declared canonical names."""
    problems: list[str] = []
    owner: dict[str, str] = {}
    names: set[str] = set()
    for ent in entities:
        name = ent.get("name")
        if not isinstance(name, str) or not name:
            problems.append(f"entity without a name: {ent}")
            continue
        if name in names:
            problems.append(f"entity declared twice: {name}")
        names.add(name)
        if ent.get("type") not in ENTITY_TYPES:
            problems.append(f"entity {name}: unknown type {ent.get('type')!r}")
        aliases = ent.get("aliases", [])
        if not isinstance(aliases, list):
            problems.append(f"entity {name}: aliases is not a list")
            aliases = []
        for form in {name, *aliases}:
            key = name_key(form)
            # Compared as the scorer compares names, so a shared alias would make two entities one.
            if key in owner and owner[key] != name:
                problems.append(f"name or alias {form!r} belongs to both {owner[key]!r} and {name!r}")
            owner.setdefault(key, name)
    return problems, names


def event_problems(i: int, event: dict, text: str, names: set[str]) -> list[str]:
    """Problems in one gold event, given the article text and the declared entity names."""
    where = f"event {i} ({event.get('type')})"
    problems: list[str] = []
    extra = set(event) - EVENT_KEYS
    if extra:
        problems.append(f"{where}: unknown keys {sorted(extra)}")
    if event.get("type") not in EVENT_TYPES:
        problems.append(f"{where}: unknown type")
    parts = event.get("participants")
    if not isinstance(parts, list) or not parts:
        problems.append(f"{where}: no participants")
        parts = []
    for name in parts:
        if name not in names:
            problems.append(f"{where}: participant {name!r} is not a declared entity")
    if len(set(parts)) != len(parts):
        problems.append(f"{where}: a participant is listed twice")
    place = event.get("place")
    if place is not None and place not in names:
        problems.append(f"{where}: place {place!r} is not a declared entity")
    date = event.get("date")
    if date is not None and not (isinstance(date, str) and DATE.match(date)):
        problems.append(f"{where}: bad date {date!r}")
    if "optional" in event and event["optional"] is not True:
        problems.append(f"{where}: optional must be true when present")
    if "status" in event and event["status"] != PLANNED:
        problems.append(f"{where}: status must be {PLANNED!r} when present")
    alternatives = evidence_list(event)
    if not alternatives:
        problems.append(f"{where}: no evidence")
    for ev in alternatives:
        if not isinstance(ev, str) or not ev.strip():
            problems.append(f"{where}: empty evidence")
        elif ev not in text:
            problems.append(f"{where}: evidence not in article: {ev[:70]!r}")
    return problems


def check_article(gold_path: Path) -> list[str]:
    """All problems of one gold file, each prefixed with the file stem."""
    stem = gold_path.stem
    text_path = HERE / "corpus" / f"{stem}.txt"
    meta_path = HERE / "corpus" / f"{stem}.meta.json"
    if not text_path.exists() or not meta_path.exists():
        return [f"{stem}: article or sidecar missing"]
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    text = text_path.read_text(encoding="utf-8")
    problems: list[str] = []
    if set(data) != {"article", "meta", "events", "entities"}:
        problems.append(f"top-level keys are {sorted(data)}")
    if data.get("article") != stem:
        problems.append(f"article id {data.get('article')!r} is not the file stem")
    if data.get("meta") != json.loads(meta_path.read_text(encoding="utf-8")):
        problems.append("meta differs from the sidecar")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"article has {words} words (wanted {MIN_WORDS}-{MAX_WORDS})")
    ent_problems, names = entity_problems(data.get("entities", []))
    problems.extend(ent_problems)
    for i, event in enumerate(data.get("events", [])):
        problems.extend(event_problems(i, event, text, names))
    return [f"{stem}: {p}" for p in problems]


def summary(gold_dir: Path) -> str:
    """One line of counts: events, optional, scored per type, planned."""
    events = [e for p in sorted(gold_dir.glob("*.json"))
              for e in json.loads(p.read_text(encoding="utf-8"))["events"]]
    scored = [e for e in events if not e.get("optional")]
    per_type = ", ".join(f"{sum(e['type'] == t for e in scored)} {t}s" for t in EVENT_TYPES)
    planned = [e for e in events if e.get("status") == PLANNED]
    return (f"{len(events)} gold events, {len(events) - len(scored)} optional "
            f"(scored: {per_type}; {len(planned)} planned, "
            f"{sum(not e.get('optional') for e in planned)} of them scored)")


def main() -> int:
    gold_dir = HERE / "gold"
    files = sorted(gold_dir.glob("*.json"))
    problems = [p for path in files for p in check_article(path)]
    texts = {p.stem for p in (HERE / "corpus").glob("*.txt")}
    problems += [f"{stem}: article without gold" for stem in sorted(texts - {p.stem for p in files})]
    try:
        loaded = load_gold(gold_dir)
        if len(loaded) != len(files):
            problems.append(f"load_gold read {len(loaded)} articles from {len(files)} files")
    except Exception as exc:  # any failure to load is a problem to report, not a crash
        problems.append(f"load_gold failed: {exc}")
    for line in problems:
        print(line)
    print(f"{len(files)} gold files, {len(problems)} problems; {summary(gold_dir)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
