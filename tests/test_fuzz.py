"""Fuzzing the entry points that take outside input: ingest (bytes of any kind, in every format,
with sidecars) and extraction (any text through spaCy and the rules).

The only failures allowed are the documented input errors: `IngestError` from `decode_bytes`,
and `Skipped` records from `iter_articles`. Example budgets are small by default so CI stays
fast; set NEWSKG_FUZZ_EXAMPLES (e.g. 5000) for a long local run.
"""

from __future__ import annotations

import json
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ingest import (
    IngestError,
    clean_text,
    dateline_date,
    decode_bytes,
    iter_articles,
    parse_date,
    validate_meta,
    web_url,
)
from kg.records import Article, Skipped

BUDGET = int(os.environ.get("NEWSKG_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=BUDGET or 60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

PREFIXES = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"%PDF-1.4\n", b"\x89PNG\r\n",
            b"\x00", b"<html><body><p>", b'{"id": "x", "text": "', b"PK\x03\x04"]
NEWSY = st.sampled_from([
    "The prime ministers of Spain and Portugal met in Madrid on Monday.",
    "\u201cWe will sign the accord,\u201d the minister said.",
    "Both sides agreed to a ceasefire, officials told reporters.",
    "11-02-2019", "Tags: talks summit", "Published: 9 May 2023 10:32 GMT",
])
text_parts = st.one_of(NEWSY, st.text(st.characters(codec="utf-8"), max_size=40),
                       st.sampled_from(["\n", "\r\n", "\u201c", "\u201d", '"', "'", "\u2028", "\x00", "\ufeff"]))
texts = st.lists(text_parts, max_size=12).map(" ".join)
encodings = st.sampled_from(["utf-8", "utf-16", "utf-32", "cp1252", "latin-1", "utf-8-sig"])


@st.composite
def file_bytes(draw) -> bytes:
    """Raw bytes of a would-be article: random, encoded text, or either behind a magic number/BOM."""
    kind = draw(st.sampled_from(["random", "text", "prefixed"]))
    if kind == "random":
        return draw(st.binary(max_size=2000))
    body = draw(texts).encode(draw(encodings), errors="replace")
    if kind == "prefixed":
        body = draw(st.sampled_from(PREFIXES)) + body
    return body


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
meta_objects = st.fixed_dictionaries(
    {},
    optional={
        "date_published": st.one_of(st.text(max_size=30), json_values, st.dates().map(str)),
        "title": st.one_of(st.text(max_size=30), json_values),
        "url": st.one_of(st.text(max_size=40), st.text(max_size=30).map(lambda s: "https://example.org/" + s)),
        "outlet": json_values,
        "id": json_values,
        "text": st.one_of(texts, json_values),
    },
).flatmap(lambda d: st.dictionaries(st.text(max_size=8), json_values, max_size=3).map(lambda extra: {**extra, **d}))


def check_records(items: list) -> None:
    """What every consumer relies on: only Articles and one-line Skipped, clean encodable text."""
    for item in items:
        assert isinstance(item, (Article, Skipped)), item
        if isinstance(item, Skipped):
            assert item.reason and "\n" not in item.reason and item.source
        else:
            assert item.text.strip() and not CONTROLS.search(item.text)
            item.text.encode("utf-8")
            assert item.id and item.content_hash
            for value in (item.title, item.outlet, item.date_note, item.id):
                if value is not None:
                    value.encode("utf-8")
            if item.date_published:
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", item.date_published)
            if item.url:
                assert web_url(item.url) == item.url


@FUZZ
@given(data=file_bytes())
def test_decode_bytes_returns_clean_text_or_the_documented_error(data):
    try:
        text, encoding = decode_bytes(data)
    except IngestError as err:
        assert str(err) and "\n" not in str(err)
        return
    assert text.strip() and not CONTROLS.search(text) and encoding


@FUZZ
@given(data=file_bytes(), suffix=st.sampled_from([".txt", ".html", ".htm", ".jsonl", ".dat"]),
       sidecar=st.one_of(st.none(), st.binary(max_size=200), meta_objects.map(lambda d: json.dumps(d).encode())))
def test_any_file_gives_articles_or_skips(tmp_path_factory, data, suffix, sidecar):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / f"a{suffix}"
    path.write_bytes(data)
    if sidecar is not None:
        (folder / "a.meta.json").write_bytes(sidecar)
    items = list(iter_articles([path]))
    check_records(items)
    assert items, "every input gives at least one record"


@FUZZ
@given(lines=st.lists(st.one_of(meta_objects.map(json.dumps), st.text(max_size=60), json_values.map(json.dumps)),
                      max_size=8))
def test_any_json_lines_feed(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    items = list(iter_articles([path], max_bytes=5000))
    check_records(items)
    articles = [i for i in items if isinstance(i, Article)]
    assert len({a.id for a in articles}) == len(articles)


@FUZZ
@given(raw=meta_objects)
def test_metadata_validation_never_raises(raw):
    meta, problems = validate_meta(raw)
    assert all(isinstance(p, str) and "\n" not in p for p in problems)
    json.dumps(meta)


@FUZZ
@given(text=texts)
def test_date_readers_never_raise(text):
    found = parse_date(text)
    assert found is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", found)
    found, note = dateline_date(clean_text(text))
    assert found is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", found)


@pytest.fixture(scope="module")
def extraction(nlp):
    """The extraction entry point exactly as `kg build` calls it, with one gazetteer."""
    from kg.extract import prepare_nlp
    from kg.pipeline import extract_stream
    from kg.resolve.places import Gazetteer

    prepare_nlp(nlp)
    gazetteer = Gazetteer()
    return lambda article: next(extract_stream(nlp, [article], gazetteer))


names = st.one_of(
    st.sampled_from(["Ana Soto", "Lars Berg", "the European Union", "Kenya", "O'Neil", "Jean-Luc D\u00e9j\u00e0"]),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=30),
)


@st.composite
def articles(draw) -> Article:
    """News-shaped text with arbitrary names, and arbitrary text, as ingest would hand it over."""
    a, b = draw(names), draw(names)
    templates = [
        f"{a} met {b} in Geneva on Monday.",
        f"\u201cWe agreed on a ceasefire,\u201d {a} said on Tuesday.",
        f"{a} and {b} signed a trade deal, {b} told reporters.",
        f"Talks between {a} and {b} will be held next week in {b}.",
    ]
    parts = draw(st.lists(st.one_of(st.sampled_from(templates), texts), min_size=1, max_size=6))
    text = clean_text("\n".join(parts))
    if not text.strip():
        text = templates[0]
    date = draw(st.one_of(st.none(), st.dates().map(str)))
    return Article(id="fuzz", text=text, source="fuzz.txt", outlet=draw(st.one_of(st.none(), names)),
                   date_published=date)


@settings(max_examples=BUDGET or 30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(article=articles())
def test_extraction_never_crashes_and_offsets_hold(extraction, article):
    from kg.records import ENTITY_TYPES

    result = extraction(article)
    assert result.article == article
    for event in result.events:
        assert event.evidence
        for ev in event.evidence:
            assert article.text[ev.start:ev.end] == ev.text
        for p in event.participants:
            assert p.entity.type in ENTITY_TYPES and p.entity.name.strip()
        assert event.date is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", event.date)
