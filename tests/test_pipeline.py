"""Orchestration details: long articles parsed in pieces, repeated inputs, the build summary."""

from __future__ import annotations

from kg import pipeline
from kg.extract import prepare_nlp
from kg.pipeline import extract_stream, piece_spans, split_inputs
from kg.records import Article, Skipped


def test_piece_spans_cover_the_text_and_cut_at_paragraphs():
    text = ("A paragraph of news text. " * 10 + "\n\n") * 20
    spans = piece_spans(text, limit=1000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(end - start <= 1000 for start, end in spans)
    assert all(text[end - 2 : end] == "\n\n" for _, end in spans[:-1])


def test_piece_spans_cut_even_without_separators():
    spans = piece_spans("x" * 2500, limit=1000)
    assert spans == [(0, 1000), (1000, 2000), (2000, 2500)]


def test_a_long_article_is_parsed_in_pieces_with_article_offsets(nlp, monkeypatch):
    filler = "Markets were calm and trading was light across the region on the day. " * 6 + "\n\n"
    text = (
        filler * 3
        + "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.\n\n"
        + filler * 3
        + "\"We agreed to deepen our partnership,\" Kishida told reporters.\n"
    )
    article = Article(id="long", text=text, source="long.txt", date_published="2023-03-22")
    from kg.resolve.places import Gazetteer

    gaz = Gazetteer()
    nlp = prepare_nlp(nlp)
    whole = next(extract_stream(nlp, [article], gaz))
    monkeypatch.setattr(pipeline, "MAX_PIECE_CHARS", 700)
    assert len(piece_spans(text)) > 3
    pieced = next(extract_stream(nlp, [article], gaz))
    assert pieced.article is article

    def summary(result):
        return sorted(
            (e.type, tuple(sorted(p.entity.name for p in e.participants)), e.date,
             tuple((ev.start, ev.end) for ev in e.evidence))
            for e in result.events
        )

    # Facts inside one piece come out as from the whole text; context across a cut (the full name
    # met in an earlier piece, the story's date) is what pieces give up, so only spans are compared there.
    meetings = [row for row in summary(pieced) if row[0] == "meeting"]
    assert meetings == [row for row in summary(whole) if row[0] == "meeting"]
    assert meetings[0][1:3] == (("Fumio Kishida", "Narendra Modi"), "2023-03-20")
    assert [row[3] for row in summary(pieced)] == [row[3] for row in summary(whole)]
    for event in pieced.events:
        for ev in event.evidence:
            assert text[ev.start : ev.end] == ev.text
    indexes = [ev.sentence_index for e in pieced.events for ev in e.evidence]
    assert len(set(indexes)) == len({(ev.start, ev.end) for e in pieced.events for ev in e.evidence})


def test_split_inputs_reads_repeated_content_once():
    a = Article(id="a", text="Same text.", source="a.txt")
    b = Article(id="b", text="Same text.", source="b.txt")
    articles, skipped = split_inputs([a, Skipped("c.txt", "empty file"), b])
    assert articles == [a]
    assert [s.source for s in skipped] == ["c.txt", "b.txt"]
    assert "same content as a.txt" in skipped[1].reason


def test_a_rule_failure_loses_only_that_article_and_is_reported(nlp, monkeypatch, tmp_path):
    """A bug in a rule (here a RecursionError, as a parse no rule foresaw once caused) must not stop a build:
    the other articles are extracted, the failed one is named in a warning, and nothing is cached for it."""
    import kg.extract

    real = kg.extract.extract_article

    def flaky(doc, article, gazetteer):
        if "Lisbon" in doc.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, article, gazetteer)

    monkeypatch.setattr(kg.extract, "extract_article", flaky)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday.\n", "utf-8")
    (tmp_path / "in" / "b.txt").write_text(
        "Portuguese Prime Minister Luis Montenegro met Spanish Prime Minister Pedro Sanchez in Lisbon.\n", "utf-8")
    monkeypatch.setattr(pipeline, "load_prepared_model", lambda name: prepare_nlp(nlp))
    summary = pipeline.build([tmp_path / "in"], tmp_path / "out", progress=False, html=False)
    assert summary.articles == 2
    assert summary.events_by_type == {"meeting": 1}
    [warning] = [s for s in summary.skipped if s.warning]
    assert warning.source.endswith("b.txt")
    assert "RecursionError" in warning.reason and "no events" in warning.reason
    assert "b.txt" in (tmp_path / "out" / "skipped.jsonl").read_text("utf-8")
    cached = list((tmp_path / "out").rglob("cache/*/*.json"))
    assert len(cached) == 1  # only the article that worked
