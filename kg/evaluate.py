"""Score extracted events against hand-checked gold files.

Implements the rules of the gold set's README: per article, one-to-one matching
of gold and extracted events by type, evidence overlap (>= 50% of the gold
evidence's content words) and participant set F1 (>= 0.6, names mapped through
the gold entities' canonical names and aliases). Reports precision, recall and
F1 per type and overall (micro), date and place accuracy on matched meetings and
agreements, and participant F1 over matched events.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.records import EVENT_TYPES, SPEAKER, STATEMENT

MIN_EVIDENCE_OVERLAP = 0.5
MIN_PARTICIPANT_F1 = 0.6


class GoldError(ValueError):
    """A gold file that cannot be read."""


def fold(text: str) -> str:
    """Case- and accent-folded text (dotless i and friends folded too)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("ı", "i")


def name_key(name: str) -> str:
    """A name compared case-, accent- and punctuation-insensitively."""
    return " ".join(re.findall(r"\w+", fold(name)))


def content_words(text: str) -> set[str]:
    """Words longer than two letters, folded."""
    return {w for w in re.findall(r"\w+", fold(text)) if len(w) > 2}


@dataclass
class GoldArticle:
    article: str
    events: list[dict]
    aliases: dict[str, str]  # name_key(alias or name) -> canonical name

    def canonical(self, name: str) -> str:
        return self.aliases.get(name_key(name), name_key(name))


def load_gold(gold_dir: Path) -> dict[str, GoldArticle]:
    """Read every `*.json` gold file in a folder, keyed by article id."""
    gold: dict[str, GoldArticle] = {}
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise GoldError(f"{gold_dir}: no gold files (*.json) found")
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            article = data["article"]
            events = list(data["events"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise GoldError(f"{path}: not a gold file ({exc})") from exc
        aliases: dict[str, str] = {}
        for ent in data.get("entities", []):
            canonical = name_key(ent["name"])
            for form in [ent["name"], *ent.get("aliases", [])]:
                aliases.setdefault(name_key(form), canonical)
        gold[article] = GoldArticle(article, events, aliases)
    return gold


def _evidence_texts(gold_event: dict) -> list[str]:
    ev = gold_event.get("evidence") or []
    return [ev] if isinstance(ev, str) else list(ev)


def evidence_overlap(gold_event: dict, extracted_text: str) -> float:
    """Best share of a gold evidence's content words found in the extracted evidence."""
    found = content_words(extracted_text)
    best = 0.0
    for alternative in _evidence_texts(gold_event):
        words = content_words(alternative)
        if words:
            best = max(best, len(words & found) / len(words))
    return best


def set_f1(predicted: set[str], gold: set[str]) -> float:
    if not predicted and not gold:
        return 1.0
    tp = len(predicted & gold)
    if tp == 0:
        return 0.0
    p, r = tp / len(predicted), tp / len(gold)
    return 2 * p * r / (p + r)


def scored_participants(record: dict, gold: GoldArticle) -> set[str]:
    """Canonical names of an extracted event's participants that the scorer counts."""
    parts = record.get("participants") or []
    if record.get("type") == STATEMENT and any(p.get("role") for p in parts):
        parts = [p for p in parts if p.get("role") == SPEAKER]
    return {gold.canonical(p["name"]) for p in parts if p.get("name")}


def gold_participants(event: dict, gold: GoldArticle) -> set[str]:
    return {gold.canonical(n) for n in event.get("participants", [])}


def _record_text(record: dict) -> str:
    return " ".join(e.get("text", "") for e in record.get("evidence") or [])


@dataclass
class Match:
    gold: dict
    record: dict
    participant_f1: float
    overlap: float


@dataclass
class ArticleScore:
    article: str
    matches: list[Match] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)  # required gold events not found
    false_positives: list[dict] = field(default_factory=list)
    gold_article: "GoldArticle | None" = None  # for place names (aliases) in the verbose report


def match_article(gold: GoldArticle, records: list[dict]) -> ArticleScore:
    """One-to-one matching of gold events and extracted records of one article.

    All admissible pairs are ranked by participant F1 + evidence overlap and taken
    greedily, best first (required gold events before optional ones on ties), so
    the result does not depend on the order of either list.
    """
    records = [r for r in records if r.get("type") in EVENT_TYPES]
    pairs: list[tuple[float, int, int, int, float, float]] = []
    for gi, g in enumerate(gold.events):
        gp = gold_participants(g, gold)
        for ri, r in enumerate(records):
            if r.get("type") != g.get("type"):
                continue
            overlap = evidence_overlap(g, _record_text(r))
            if overlap < MIN_EVIDENCE_OVERLAP:
                continue
            pf1 = set_f1(scored_participants(r, gold), gp)
            if pf1 < MIN_PARTICIPANT_F1:
                continue
            optional = 1 if g.get("optional") else 0
            pairs.append((-(pf1 + overlap), optional, gi, ri, pf1, overlap))
    pairs.sort()
    used_gold: set[int] = set()
    used_rec: set[int] = set()
    score = ArticleScore(gold.article, gold_article=gold)
    for _, _, gi, ri, pf1, overlap in pairs:
        if gi in used_gold or ri in used_rec:
            continue
        used_gold.add(gi)
        used_rec.add(ri)
        score.matches.append(Match(gold.events[gi], records[ri], pf1, overlap))
    score.misses = [g for gi, g in enumerate(gold.events) if gi not in used_gold and not g.get("optional")]
    score.false_positives = [r for ri, r in enumerate(records) if ri not in used_rec]
    return score


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    per_type: dict[str, Counts]
    overall: Counts
    date_correct: int
    date_total: int
    place_correct: int
    place_total: int
    participant_f1: float
    participant_n: int
    articles: list[ArticleScore]
    unscored_articles: list[str]  # extracted articles with no gold file

    @property
    def date_accuracy(self) -> float:
        return self.date_correct / self.date_total if self.date_total else 0.0

    @property
    def place_accuracy(self) -> float:
        return self.place_correct / self.place_total if self.place_total else 0.0


def date_correct(gold_date: str | None, extracted: str | None) -> bool:
    if gold_date is None:
        return extracted is None
    return extracted is not None and str(extracted).startswith(str(gold_date))


def place_correct(gold_place: str | None, extracted: str | None, gold: GoldArticle) -> bool:
    if gold_place is None:
        return extracted is None
    return extracted is not None and gold.canonical(extracted) == gold.canonical(gold_place)


def score(gold: dict[str, GoldArticle], records: Iterable[dict]) -> Report:
    """Score event records (the events.jsonl shape) against the gold articles."""
    by_article: dict[str, list[dict]] = {}
    for r in records:
        by_article.setdefault(str(r.get("article")), []).append(r)
    per_type = {t: Counts() for t in EVENT_TYPES}
    date_ok = date_n = place_ok = place_n = 0
    pf1_sum = 0.0
    pf1_n = 0
    articles = []
    for article_id in sorted(gold):
        result = match_article(gold[article_id], by_article.get(article_id, []))
        articles.append(result)
        for m in result.matches:
            if m.gold.get("optional"):
                continue
            per_type[m.gold["type"]].tp += 1
            pf1_sum += m.participant_f1
            pf1_n += 1
            if m.gold["type"] != STATEMENT:
                date_n += 1
                date_ok += date_correct(m.gold.get("date"), m.record.get("date"))
                place_n += 1
                place_ok += place_correct(m.gold.get("place"), m.record.get("place"), gold[article_id])
        for g in result.misses:
            per_type[g["type"]].fn += 1
        for r in result.false_positives:
            per_type[r["type"]].fp += 1
    overall = Counts(
        tp=sum(c.tp for c in per_type.values()),
        fp=sum(c.fp for c in per_type.values()),
        fn=sum(c.fn for c in per_type.values()),
    )
    return Report(
        per_type=per_type,
        overall=overall,
        date_correct=date_ok,
        date_total=date_n,
        place_correct=place_ok,
        place_total=place_n,
        participant_f1=pf1_sum / pf1_n if pf1_n else 0.0,
        participant_n=pf1_n,
        articles=articles,
        unscored_articles=sorted(set(by_article) - set(gold)),
    )


def _describe(event: dict) -> str:
    parts = event.get("participants") or []
    names = [p if isinstance(p, str) else f"{p.get('name')}({p.get('role')})" for p in parts]
    ev = event.get("evidence")
    if isinstance(ev, list) and ev and isinstance(ev[0], dict):
        ev = ev[0].get("text", "")
    elif isinstance(ev, list):
        ev = ev[0] if ev else ""
    return f"{event.get('type')} [{', '.join(names)}] date={event.get('date')} place={event.get('place')} | {str(ev)[:110]}"


def format_report(report: Report, verbose: bool = False) -> str:
    """Human-readable report; the last lines are the overall figures."""
    lines = []
    if verbose:
        for a in report.articles:
            for g in a.misses:
                lines.append(f"MISS {a.article}: {_describe(g)}")
            for r in a.false_positives:
                lines.append(f"FP   {a.article}: {_describe(r)}")
            for m in a.matches:
                if m.gold["type"] != STATEMENT and not m.gold.get("optional"):
                    if not date_correct(m.gold.get("date"), m.record.get("date")):
                        lines.append(f"DATE {a.article}: gold {m.gold.get('date')} got {m.record.get('date')} | {_describe(m.gold)}")
                    if not place_correct(m.gold.get("place"), m.record.get("place"), a.gold_article):
                        lines.append(f"PLACE {a.article}: gold {m.gold.get('place')} got {m.record.get('place')} | "
                                     f"{_describe(m.gold)}")
        lines.append("")
    if report.unscored_articles:
        lines.append(f"note: {len(report.unscored_articles)} extracted article(s) have no gold file and are not scored")
    lines.append(f"{'type':<10} {'gold':>5} {'found':>6} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6}")
    rows = [*report.per_type.items(), ("overall", report.overall)]
    for name, c in rows:
        lines.append(
            f"{name:<10} {c.tp + c.fn:>5} {c.tp + c.fp:>6} {c.tp:>4} "
            f"{c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}"
        )
    lines.append(f"date accuracy   {report.date_accuracy:.3f} ({report.date_correct}/{report.date_total} matched meetings and agreements)")
    lines.append(f"place accuracy  {report.place_accuracy:.3f} ({report.place_correct}/{report.place_total} matched meetings and agreements)")
    lines.append(f"participant F1  {report.participant_f1:.3f} (over {report.participant_n} matched events)")
    return "\n".join(lines)
