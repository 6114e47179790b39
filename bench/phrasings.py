"""Score the extractor on the sentence-level phrasing battery (`tests/data/phrasings/phrasings.jsonl`).

    python bench/phrasings.py [-v] [--tag T ...] [--id ID ...] [--by-tag] [--json report.json]

Each passage (1-3 sentences of news copy with a publication date) is run through
`kg.extract.extract_text`, and its events are matched to the passage's expected events: same type
and a participant Jaccard of at least 0.5 on folded canonical names (case, accents and punctuation
ignored; for statements only the speakers count), greedily, best overlap first. Expected events
marked `optional` are neither misses nor false positives; an extra event that matches an
already-matched expected event (the same fact found twice, e.g. in two sentences) is counted as a
duplicate, not a false positive, since the merge stage folds those together.

Prints per-type precision/recall/F1, then over matched meetings and agreements the status, date
(null needs null, otherwise the found date must start with the expected one, as `kg evaluate`),
place and mode accuracy, and participant F1 over all matched events. `-v` lists every miss, false
positive and wrong attribute; `--by-tag` adds a table per tag; `--json` writes everything.
This is a tuning set, not a blind test: see `tests/data/phrasings/README.md`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

BATTERY = ROOT / "tests" / "data" / "phrasings" / "phrasings.jsonl"
TYPES = ("meeting", "agreement", "statement")
MIN_JACCARD = 0.5


def fold(name: str) -> str:
    """A name compared case-, accent- and punctuation-insensitively ("Erdoğan" == "erdogan")."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    kept = "".join(c if c.isalnum() else " " for c in plain)
    return " ".join(kept.split())


def jaccard(a: set[str], b: set[str]) -> float:
    """Jaccard overlap of two name sets (0 when both are empty)."""
    return len(a & b) / len(a | b) if a | b else 0.0


def set_f1(expected: set[str], found: set[str]) -> float:
    """F1 of the found names against the expected names."""
    hits = len(expected & found)
    if not hits:
        return 0.0
    p, r = hits / len(found), hits / len(expected)
    return 2 * p * r / (p + r)


def load_battery(path: Path = BATTERY) -> list[dict]:
    """The passages of the battery, one dict per JSON line."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _date_text(value) -> str | None:
    """An event date as ISO text, whether the record holds a string or a resolved-date object."""
    if value is None or isinstance(value, str):
        return value
    for attr in ("iso", "value", "date"):
        if isinstance(getattr(value, attr, None), str):
            return getattr(value, attr)
    return str(value)


def event_view(event) -> dict:
    """The scored fields of an extracted `kg.records.Event` as a plain dict.

    For statements only the speakers are kept when the rule gave roles (the gold's rule).
    """
    people = event.participants
    if event.type == "statement" and any(p.role == "speaker" for p in people):
        people = [p for p in people if p.role == "speaker"]
    return {
        "type": event.type,
        "participants": sorted({p.entity.name for p in people}),
        "status": event.status,
        "mode": event.mode,
        "date": _date_text(event.date),
        "place": event.place.name if event.place is not None else None,
        "trigger": event.trigger,
        "extractor": event.extractor,
    }


def _names(event: dict) -> set[str]:
    return {fold(n) for n in event["participants"]}


def _candidates(expected: list[dict], found: list[dict], exp_ids, found_ids) -> list[tuple[float, int, int]]:
    """(overlap, i, j) for every same-type pair reaching the Jaccard threshold, best first."""
    pairs = []
    for i in exp_ids:
        for j in found_ids:
            if expected[i]["type"] != found[j]["type"]:
                continue
            overlap = jaccard(_names(expected[i]), _names(found[j]))
            if overlap >= MIN_JACCARD:
                pairs.append((overlap, _agreement(expected[i], found[j]), i, j))
    # Equal overlaps go to the pair agreeing on more attributes (two meetings of the same
    # parties in one passage), then to document order, so matching is deterministic.
    return [(o, i, j) for o, _, i, j in sorted(pairs, key=lambda t: (-t[0], -t[1], t[2], t[3]))]


def _agreement(expected: dict, found: dict) -> int:
    """How many of status, date and place a found event gets right for an expected one."""
    return sum(CHECKS[name](expected, found) for name in ("status", "date", "place"))


def _greedy(pairs, used_exp: set[int], used_found: set[int]) -> list[tuple[int, int]]:
    matched = []
    for _, i, j in pairs:
        if i not in used_exp and j not in used_found:
            used_exp.add(i)
            used_found.add(j)
            matched.append((i, j))
    return matched


@dataclass
class PassageResult:
    """How one passage scored: matched pairs, misses, false positives and ignored extras."""

    id: str
    text: str
    tags: list[str]
    expected: list[dict]
    found: list[dict]
    matched: list[tuple[int, int]] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    false_pos: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    optional_hits: list[int] = field(default_factory=list)


def match_passage(passage: dict, found: list[dict]) -> PassageResult:
    """Match a passage's expected events to the found ones (see the module docstring)."""
    expected = passage["events"]
    res = PassageResult(passage["id"], passage["text"], passage.get("tags", []), expected, found)
    required = [i for i, e in enumerate(expected) if not e.get("optional")]
    optional = [i for i, e in enumerate(expected) if e.get("optional")]
    used_exp: set[int] = set()
    used_found: set[int] = set()
    res.matched = _greedy(_candidates(expected, found, required, range(len(found))), used_exp, used_found)
    res.missed = [i for i in required if i not in used_exp]
    rest = [j for j in range(len(found)) if j not in used_found]
    opt = _greedy(_candidates(expected, found, optional, rest), set(), used_found)
    res.optional_hits = [j for _, j in opt]
    matched_exp = [i for i, _ in res.matched]
    for j in (j for j in range(len(found)) if j not in used_found):
        if _candidates(expected, found, matched_exp, [j]):
            res.duplicates.append(j)
        else:
            res.false_pos.append(j)
    return res


def date_ok(expected: str | None, found: str | None) -> bool:
    """`kg evaluate`'s date rule: null needs null, otherwise the found date starts with the expected."""
    if expected is None:
        return found is None
    return found is not None and found.startswith(expected)


def place_ok(expected: str | None, found: str | None) -> bool:
    """Places compared folded; null needs null."""
    if expected is None:
        return found is None
    return found is not None and fold(found) == fold(expected)


def mode_ok(expected: str | None, found: str | None) -> bool:
    """A meeting's mode: a phone (or video) call must be found as such; in person may be left unset."""
    if expected is None:
        return found in (None, "in_person")
    return found == expected


CHECKS = {
    "status": lambda e, f: e["status"] == f["status"],
    "date": lambda e, f: date_ok(e["date"], f["date"]),
    "place": lambda e, f: place_ok(e["place"], f["place"]),
    "mode": lambda e, f: mode_ok(e.get("mode"), f["mode"]),
}


def attribute_errors(res: PassageResult) -> list[tuple[str, dict, dict]]:
    """(attribute, expected, found) for every wrong attribute of a matched meeting/agreement."""
    errors = []
    for i, j in res.matched:
        e, f = res.expected[i], res.found[j]
        if e["type"] == "statement":
            continue
        for name, ok in CHECKS.items():
            if name == "mode" and e["type"] != "meeting":
                continue
            if not ok(e, f):
                errors.append((name, e, f))
    return errors


def summarise(results: list[PassageResult]) -> dict:
    """Per-type P/R/F1, attribute accuracy and participant F1 over the given passages."""
    tp, fp, miss = Counter(), Counter(), Counter()
    right, total = Counter(), Counter()
    part_f1 = []
    dups = 0
    for res in results:
        for i, j in res.matched:
            e, f = res.expected[i], res.found[j]
            tp[e["type"]] += 1
            part_f1.append(set_f1(_names(e), _names(f)))
            if e["type"] == "statement":
                continue
            for name, ok in CHECKS.items():
                if name == "mode" and e["type"] != "meeting":
                    continue
                total[name] += 1
                right[name] += ok(e, f)
        for i in res.missed:
            miss[res.expected[i]["type"]] += 1
        for j in res.false_pos:
            fp[res.found[j]["type"]] += 1
        dups += len(res.duplicates)
    per_type = {t: _prf(tp[t], fp[t], miss[t]) for t in TYPES}
    per_type["overall"] = _prf(sum(tp.values()), sum(fp.values()), sum(miss.values()))
    return {
        "passages": len(results),
        "types": per_type,
        "accuracy": {k: {"right": right[k], "of": total[k], "acc": _ratio(right[k], total[k])} for k in CHECKS},
        "participant_f1": round(sum(part_f1) / len(part_f1), 3) if part_f1 else None,
        "duplicates": dups,
        "clean_negatives": _clean_negatives(results),
    }


def _clean_negatives(results: list[PassageResult]) -> dict:
    """Passages with no required event: how many produced no false positive."""
    negatives = [r for r in results if not any(not e.get("optional") for e in r.expected)]
    return {"passages": len(negatives), "clean": sum(1 for r in negatives if not r.false_pos)}


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _prf(tp: int, fp: int, miss: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + miss) if tp + miss else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"expected": tp + miss, "found": tp + fp, "tp": tp, "p": round(p, 3), "r": round(r, 3), "f1": round(f1, 3)}


def format_summary(summary: dict) -> str:
    """The summary as a fixed-width table (the same layout as `kg evaluate`)."""
    lines = [f"{'type':<11} {'exp':>5} {'found':>6} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, row in summary["types"].items():
        lines.append(
            f"{name:<11} {row['expected']:>5} {row['found']:>6} {row['tp']:>5} "
            f"{row['p']:>6.3f} {row['r']:>6.3f} {row['f1']:>6.3f}"
        )
    for name, acc in summary["accuracy"].items():
        scope = "matched meetings" if name == "mode" else "matched meetings and agreements"
        value = "n/a" if acc["acc"] is None else f"{acc['acc']:.3f}"
        lines.append(f"{name + ' accuracy':<16} {value} ({acc['right']}/{acc['of']} {scope})")
    lines.append(f"participant F1   {summary['participant_f1']} (over all matched events)")
    neg = summary["clean_negatives"]
    lines.append(f"duplicates       {summary['duplicates']} (extra events repeating a matched one; not counted)")
    lines.append(f"clean negatives  {neg['clean']}/{neg['passages']} (event-free passages with no false positive)")
    return "\n".join(lines)


def format_tags(results: list[PassageResult]) -> str:
    """One row per tag: passages, expected events, tp, misses, false positives, F1; worst first."""
    by_tag: dict[str, list[PassageResult]] = {}
    for res in results:
        for tag in res.tags:
            by_tag.setdefault(tag, []).append(res)
    rows = []
    for tag, group in by_tag.items():
        row = summarise(group)["types"]["overall"]
        rows.append((row["f1"] if row["expected"] or row["found"] else 1.0, tag, len(group), row))
    lines = [f"{'tag':<32} {'pass':>4} {'exp':>4} {'tp':>4} {'miss':>4} {'fp':>4} {'F1':>6}"]
    for f1, tag, n, row in sorted(rows, key=lambda t: (t[0], -t[2], t[1])):
        miss, fp = row["expected"] - row["tp"], row["found"] - row["tp"]
        lines.append(f"{tag:<32} {n:>4} {row['expected']:>4} {row['tp']:>4} {miss:>4} {fp:>4} {f1:>6.3f}")
    return "\n".join(lines)


def _show(event: dict) -> str:
    bits = [event["type"], "[" + ", ".join(event["participants"]) + "]"]
    for key in ("status", "mode", "date", "place"):
        if event.get(key) is not None:
            bits.append(f"{key}={event[key]}")
    if event.get("extractor"):
        bits.append(f"rule={event['extractor']}")
    return " ".join(bits)


def format_errors(results: list[PassageResult]) -> str:
    """Every miss, false positive and wrong attribute, passage by passage."""
    out = []
    for res in results:
        attrs = attribute_errors(res)
        if not (res.missed or res.false_pos or attrs):
            continue
        out.append(f"--- {res.id} [{', '.join(res.tags)}]\n    {res.text}")
        for i in res.missed:
            out.append(f"    MISS  {_show(res.expected[i])}")
        for j in res.false_pos:
            out.append(f"    FP    {_show(res.found[j])}")
        for name, e, f in attrs:
            out.append(f"    {name.upper():<5} expected {e.get(name)!r}, found {f.get(name)!r}  ({_show(f)})")
        if res.missed or res.false_pos:
            others = [res.found[j] for j in range(len(res.found)) if j not in res.false_pos]
            for f in others:
                out.append(f"    found {_show(f)}")
    return "\n".join(out)


def run(passages: list[dict], model: str | None = None) -> list[PassageResult]:
    """Extract every passage with one loaded model and match its events."""
    from kg.extract import extract_text, prepare_nlp
    from kg.nlp import load_model

    nlp = prepare_nlp(load_model(model))
    results = []
    for passage in passages:
        article = extract_text(nlp, passage["text"], published=passage["published"], article_id=passage["id"])
        found = [event_view(e) for e in article.events if e.type in TYPES]
        results.append(match_passage(passage, found))
    return results


def select(passages: list[dict], tags: list[str], ids: list[str]) -> list[dict]:
    """The passages carrying any of `tags` and/or listed in `ids` (all when both are empty)."""
    if not tags and not ids:
        return passages
    return [p for p in passages if p["id"] in ids or set(tags) & set(p.get("tags", []))]


def report_json(results: list[PassageResult], summary: dict) -> dict:
    """Machine-readable report: the summary plus every passage's expected, found and outcome."""
    return {
        "summary": summary,
        "passages": [
            {
                "id": r.id,
                "tags": r.tags,
                "text": r.text,
                "expected": r.expected,
                "found": r.found,
                "matched": r.matched,
                "missed": r.missed,
                "false_positives": r.false_pos,
                "duplicates": r.duplicates,
                "attribute_errors": [
                    {"attribute": name, "expected": e.get(name), "found": f.get(name), "type": e["type"]}
                    for name, e, f in attribute_errors(r)
                ],
            }
            for r in results
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--battery", type=Path, default=BATTERY, help="JSON Lines file of passages")
    parser.add_argument("--tag", action="append", default=[], help="score only passages with this tag (repeatable)")
    parser.add_argument("--id", action="append", default=[], help="score only this passage (repeatable)")
    parser.add_argument("--model", default=None, help="spaCy model name (default: kg.nlp's)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss, false positive and wrong attribute")
    parser.add_argument("--by-tag", action="store_true", help="add a table per tag, worst first")
    parser.add_argument("--json", type=Path, default=None, help="write a machine-readable report here")
    args = parser.parse_args(argv)

    passages = select(load_battery(args.battery), args.tag, args.id)
    if not passages:
        parser.error("no passage has that tag or id")
    started = time.perf_counter()
    results = run(passages, args.model)
    elapsed = time.perf_counter() - started
    summary = summarise(results)
    if args.verbose:
        print(format_errors(results), end="\n\n")
    print(format_summary(summary))
    if args.by_tag:
        print("\n" + format_tags(results))
    print(f"\n{len(passages)} passages in {elapsed:.1f} s (model load included)")
    if args.json:
        args.json.write_text(json.dumps(report_json(results, summary), ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
