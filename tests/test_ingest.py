"""Ingest: every supported format, and every bad input of issue 7 gives one clear line naming the file."""

from __future__ import annotations

import json
import os
import random

import pytest

from kg.ingest import (
    IngestError,
    bundled_corpus,
    dateline_date,
    decode_bytes,
    iter_articles,
    parse_date,
    url_date,
)
from kg.records import Article, Skipped

NEWS = (
    "The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fishing quotas.\n"
    "\u201cWe agreed on a common approach,\u201d the Norwegian minister told reporters after the talks.\n"
)


def read(*paths, **kw):
    items = list(iter_articles(list(paths), **kw))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


def one_skip(path, **kw):
    articles, skipped = read(path, **kw)
    assert articles == []
    assert len(skipped) == 1, skipped
    assert skipped[0].source == str(path)
    assert "\n" not in skipped[0].reason
    return skipped[0].reason


# --- the bundled corpus -------------------------------------------------------------------------


def test_bundled_corpus_reads_five_articles_with_sidecar_metadata():
    articles, skipped = read(bundled_corpus())
    assert skipped == []
    assert [a.id for a in articles] == sorted(a.id for a in articles)
    assert len(articles) == 5
    rudaw = next(a for a in articles if a.id.startswith("001_"))
    assert (rudaw.outlet, rudaw.date_published, rudaw.date_source) == ("Rudaw", "2019-02-11", "meta")
    assert rudaw.title.startswith("Russian, Turkish defence chiefs")
    assert all("\r" not in a.text for a in articles)


# --- plain text and sidecars -------------------------------------------------------------------


def test_plain_text_without_sidecar(tmp_path):
    (tmp_path / "oslo-talks.txt").write_text(NEWS, encoding="utf-8")
    [article], skipped = read(tmp_path)
    assert skipped == []
    assert article.id == "oslo-talks"
    assert article.text == NEWS
    assert article.date_published is None and article.date_note is None
    assert article.source == str(tmp_path / "oslo-talks.txt")


def test_sidecar_metadata_and_extra_keys(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS)
    meta = {"date_published": "2023-05-09", "outlet": "Nordic Wire", "title": "Quota talks",
            "url": "https://example.org/a", "author": "K. Berg", "tags": ["fish", "trade"]}
    (tmp_path / "a.meta.json").write_text(json.dumps(meta))
    [article], skipped = read(tmp_path)
    assert skipped == []
    assert (article.date_published, article.outlet, article.title, article.url) == (
        "2023-05-09", "Nordic Wire", "Quota talks", "https://example.org/a")
    assert article.extra == (("author", "K. Berg"), ("tags", '["fish", "trade"]'))


def test_invalid_sidecar_json_is_a_notice_and_the_article_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS)
    (tmp_path / "a.meta.json").write_text('{"date_published": "2023-05-09",')
    [article], [notice] = read(tmp_path)
    assert notice.source == str(tmp_path / "a.meta.json")
    assert notice.reason.startswith("ignored metadata, not valid JSON")
    assert article.text == NEWS and article.date_published is None


def test_malformed_sidecar_date_keeps_valid_fields_and_notes_the_doubt(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS)
    (tmp_path / "a.meta.json").write_text(json.dumps(
        {"date_published": "2023-13-45", "outlet": "Nordic Wire", "url": "javascript:alert(1)"}))
    [article], notices = read(tmp_path)
    reasons = sorted(n.reason for n in notices)
    assert len(reasons) == 2
    assert "'date_published' '2023-13-45': not a date" in reasons[0]
    assert "'url': not an http(s) URL" in reasons[1]
    assert article.outlet == "Nordic Wire"
    assert article.date_published is None and article.url is None
    assert "malformed" in article.date_note


def test_sidecar_that_is_not_an_object(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS)
    (tmp_path / "a.meta.json").write_text("[1, 2]")
    [article], [notice] = read(tmp_path)
    assert "not a JSON object" in notice.reason


def test_explicit_sidecar_argument_is_not_an_article(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS)
    (tmp_path / "a.meta.json").write_text("{}")
    (tmp_path / "orphan.meta.json").write_text("{}")
    articles, skipped = read(tmp_path / "a.txt", tmp_path / "a.meta.json", tmp_path / "orphan.meta.json")
    assert [a.id for a in articles] == ["a"]
    assert [s.source for s in skipped] == [str(tmp_path / "orphan.meta.json")]


def test_crlf_and_bom_are_normalised(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes(b"\xef\xbb\xbf" + NEWS.replace("\n", "\r\n").encode("utf-8"))
    [article], _ = read(path)
    assert article.text == NEWS


def test_control_characters_are_dropped_but_bidi_and_zero_width_kept(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_text("Talks\x07 ended\x1b[31m in \u200fRiyadh\u200b today with a \U0001F91D handshake.\n")
    [article], _ = read(path)
    assert article.text == "Talks ended[31m in \u200fRiyadh\u200b today with a \U0001F91D handshake.\n"


# --- bad input: one line naming the file, the others read -------------------------------------


def test_empty_and_whitespace_only(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\r\n  ")
    (tmp_path / "good.txt").write_text(NEWS)
    articles, skipped = read(tmp_path)
    assert [a.id for a in articles] == ["good"]
    assert {s.source: s.reason for s in skipped} == {
        str(tmp_path / "blank.txt"): "only whitespace, no text",
        str(tmp_path / "empty.txt"): "empty file",
    }


@pytest.mark.parametrize(
    "name, data, kind",
    [
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG"),
        ("noise.txt", random.Random(7).randbytes(4096), "binary file"),
    ],
)
def test_binary_files_are_skipped(tmp_path, name, data, kind):
    path = tmp_path / name
    path.write_bytes(data)
    reason = one_skip(path)
    assert "binary file" in reason or "not text" in reason
    assert kind in reason


def test_random_bytes_without_nul_are_not_taken_for_text(tmp_path):
    rng = random.Random(11)
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(4096)))
    assert "not text" in one_skip(path) or "binary" in one_skip(path)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16"])
def test_legacy_and_utf16_encodings_are_decoded(tmp_path, encoding):
    text = ("Le ministre fran\u00e7ais a rencontr\u00e9 son homologue \u00e0 Gen\u00e8ve, "
            "a d\u00e9clar\u00e9 M\u00fcller. Die Gespr\u00e4che in Z\u00fcrich waren gut.\n")
    if encoding == "cp1252":
        text += "\u201cWe agreed\u201d \u2013 the minister\u2019s visit ended.\n"
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    [article], skipped = read(path)
    assert skipped == []
    assert article.text == text
    assert dict(article.extra).get("encoding")


def test_utf16_without_bom_is_reported_not_garbled(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(NEWS.encode("utf-16-le"))
    assert "NUL bytes" in one_skip(path)


def test_too_large_file_is_refused_with_the_limit_named(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50_000_000)
    reason = one_skip(path)
    assert "50.0 MB" in reason and "20.0 MB" in reason and "limit" in reason


def test_the_limit_can_be_raised(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(NEWS * 200)
    assert "limit of 1000 bytes" in one_skip(path, max_bytes=1000)
    [article], _ = read(path, max_bytes=1_000_000)
    assert len(article.text) == len(NEWS) * 200


def test_html_page_without_article_body(tmp_path):
    path = tmp_path / "ads.html"
    path.write_text("<html><head><title>Deals</title></head><body><nav>Home | World</nav>"
                    "<div class='ad'>Buy now</div><footer>Share</footer></body></html>")
    assert "no article body" in one_skip(path)


def test_html_article_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Ministers meet | Nordic Wire</title>"
        "<meta property='og:title' content='Ministers meet in Oslo'>"
        "<meta property='og:site_name' content='Nordic Wire'>"
        "<meta property='og:url' content='https://example.org/news/oslo'>"
        "<meta property='article:published_time' content='2023-05-09T08:00:00Z'></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>Ministers meet in Oslo</h1>"
        + "".join(f"<p>{line}</p>" for line in NEWS.splitlines())
        + "</article><div class='share'>Share on Twitter</div></body></html>"
    )
    [article], skipped = read(path)
    assert skipped == []
    assert "met in Oslo on Tuesday" in article.text and "Share on Twitter" not in article.text
    assert (article.title, article.outlet, article.url) == (
        "Ministers meet in Oslo", "Nordic Wire", "https://example.org/news/oslo")
    assert (article.date_published, article.date_source) == ("2023-05-09", "html")


def test_jsonl_bad_lines_are_named_by_line_number(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": NEWS, "outlet": "Wire", "date_published": "2023-05-09"}),
        "{not json",
        "",
        json.dumps(["a list"]),
        json.dumps({"id": "a4", "title": "no text"}),
        json.dumps({"id": "a1", "text": NEWS.upper(), "date_published": "someday"}),
        json.dumps({"text": "Unnamed text about a ceasefire agreed by both sides on Friday."}),
    ]
    path.write_text("\n".join(lines) + "\n")
    articles, skipped = read(path)
    assert [(a.id, a.source) for a in articles] == [
        ("a1", f"{path}:1"), ("a1-2", f"{path}:6"), ("feed-7", f"{path}:7")]
    assert articles[0].outlet == "Wire" and articles[0].date_published == "2023-05-09"
    assert articles[1].date_published is None and "malformed" in articles[1].date_note
    reasons = {s.source: s.reason for s in skipped}
    assert reasons[f"{path}:2"].startswith("invalid JSON")
    assert reasons[f"{path}:4"] == "not a JSON object but list"
    assert reasons[f"{path}:5"] == "no 'text' string"
    assert "not a date" in reasons[f"{path}:6"]
    assert f"{path}:3" not in reasons  # blank lines are not articles


def test_jsonl_lone_surrogates_and_deep_nesting(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "x", "text": "Talks \\ud800 ended."}\n' + "[" * 100_000 + "\n")
    [article], [bad] = read(path)
    assert article.text == "Talks \ufffd ended."
    article.content_hash  # encodable
    assert bad.source == f"{path}:2" and "invalid JSON" in bad.reason


def test_jsonl_overlong_line_is_skipped_and_reading_continues(tmp_path):
    path = tmp_path / "feed.jsonl"
    long_line = json.dumps({"id": "big", "text": "x " * 5000})
    path.write_text(long_line + "\n" + json.dumps({"id": "ok", "text": NEWS}) + "\n")
    [article], [bad] = read(path, max_bytes=2000)
    assert article.id == "ok"
    assert bad.source == f"{path}:1" and "line too large" in bad.reason


def test_binary_jsonl_is_one_skip(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    assert "PNG" in one_skip(path)


def test_many_files_in_nested_folders_are_read_in_sorted_order(tmp_path):
    expected = []
    for d in range(20):
        sub = tmp_path / f"d{d:02}" / "inner"
        sub.mkdir(parents=True)
        for f in range(100):
            (sub / f"a{f:03}.txt").write_text(f"Story {d}-{f}: leaders met and agreed on a deal.\n")
            expected.append(f"a{f:03}")
    (tmp_path / "d00" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text(NEWS)
    articles, skipped = read(tmp_path)
    assert len(articles) == 2000
    assert [a.source for a in articles] == sorted(a.source for a in articles)
    assert articles[0].id == "a000" and articles[100].id == "a000-2"  # repeated stems made unique
    assert len({a.id for a in articles}) == 2000
    assert [s.reason.split(" (")[0] for s in skipped] == ["not an article file type"]


def test_symlink_loop_and_self_link(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(NEWS)
    (tmp_path / "sub" / "back").symlink_to(tmp_path)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    articles, skipped = read(tmp_path)
    assert [a.id for a in articles] == ["a"]
    reasons = {s.source: s.reason for s in skipped}
    assert "symlink loop" in reasons[str(tmp_path / "sub" / "back")]
    assert "symlink loop" in reasons[str(tmp_path / "self.txt")]


def test_same_file_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS)
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    articles, skipped = read(tmp_path, tmp_path / "a.txt")
    assert [a.id for a in articles] == ["a"]
    assert all("read once" in s.reason for s in skipped) and len(skipped) == 2


def test_missing_path_fifo_and_broken_link(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "dead.txt").symlink_to(tmp_path / "nowhere.txt")
    articles, skipped = read(tmp_path, tmp_path / "missing.txt", fifo)
    assert articles == []
    reasons = [(s.source, s.reason) for s in skipped]
    assert (str(tmp_path / "dead.txt"), "broken symlink (its target does not exist)") in reasons
    assert (str(fifo), "not a regular file (a named pipe)") in reasons
    assert (str(tmp_path / "missing.txt"), "no such file or folder") in reasons


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_unreadable_file_and_folder(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(NEWS)
    secret.chmod(0)
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(0)
    try:
        articles, skipped = read(tmp_path)
    finally:
        closed.chmod(0o755)
    assert articles == []
    assert {s.source: s.reason for s in skipped} == {
        str(closed): "cannot read folder: permission denied",
        str(secret): "permission denied (cannot read it)",
    }


def test_permission_error_while_opening_is_a_skip(tmp_path, monkeypatch):
    # Tests run as root in CI, where chmod cannot make a file unreadable: simulate the OS refusing.
    import kg.ingest

    (tmp_path / "a.txt").write_text(NEWS)
    (tmp_path / "b.txt").write_text(NEWS.upper())
    real_open = os.open

    def refuse(path, flags, *args):
        if str(path).endswith("a.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(kg.ingest.os, "open", refuse)
    articles, skipped = read(tmp_path)
    assert [a.id for a in articles] == ["b"]
    assert [(s.source, s.reason) for s in skipped] == [(str(tmp_path / "a.txt"), "permission denied (cannot read it)")]


def test_decode_bytes_raises_documented_error():
    with pytest.raises(IngestError, match="binary file"):
        decode_bytes(b"abc\x00def")
    text = "The minister\u2019s visit to Z\u00fcrich ended with a \u201cdeal\u201d \u2013 officials said."
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2019-02-11", "2019-02-11"),
        ("2019-02-11T10:30:00+03:00", "2019-02-11"),
        ("Mon, 11 Feb 2019 10:30:00 GMT", "2019-02-11"),
        ("11 February 2019", "2019-02-11"),
        ("February 11, 2019", "2019-02-11"),
        ("11-02-2019", None),  # ambiguous day/month order: not a metadata date
        ("2019-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_ambiguous_dateline_resolved_by_weekday_with_the_doubt_recorded():
    text = "Ministers meet\n\n11-02-2019\nWire\nThe ministers met in Ankara on Monday.\n"
    found, note = dateline_date(text)
    assert found == "2019-02-11"  # a Monday; 2019-11-02 is a Saturday
    assert "2019-11-02" in note and "Monday" in note


def test_month_first_reading_wins_when_the_weekdays_say_so():
    # 03-04-2024: 3 April is a Wednesday, 4 March a Monday.
    found, note = dateline_date("03-04-2024\nThe leaders signed the accord on Wednesday.\n")
    assert found == "2024-04-03" and "2024-03-04" in note


def test_undecided_dateline_states_its_assumption():
    found, note = dateline_date("03-04-2024\nThe leaders signed the accord.\n")
    assert found == "2024-04-03" and "do not decide" in note


def test_weekday_in_the_dateline_itself_decides():
    # 04/03/2024 printed with "Monday": 4 March 2024 is a Monday, 3 April a Wednesday.
    assert dateline_date("Monday, 04/03/2024\nTalks ended on Wednesday.\n")[0] == "2024-03-04"


def test_unambiguous_datelines_and_body_dates():
    assert dateline_date("Published: 9 May 2023 10:32 GMT\nStory.\n") == ("2023-05-09", None)
    assert dateline_date("25/12/2023\nStory.\n") == ("2023-12-25", None)
    assert dateline_date("2023-05-09\nStory.\n") == ("2023-05-09", None)
    # A date inside a sentence is an event date, not a dateline.
    assert dateline_date("The summit opened on 9 May 2023 in Oslo.\n") == (None, None)


def test_dateline_fills_a_missing_date_in_articles(tmp_path):
    (tmp_path / "x.txt").write_text("Accord signed\n11-02-2019\nThe two sides signed it on Monday.\n")
    [article], _ = read(tmp_path)
    assert (article.date_published, article.date_source) == ("2019-02-11", "dateline")
    assert "2019-11-02" in article.date_note



@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://news.example.org/world/live/2025/jun/17/summit-latest", "2025-06-17"),
        ("https://example.com/2024/03/05/trade-pact-signed/", "2024-03-05"),
        ("https://example.com/news/2021-9-8-ceasefire", "2021-09-08"),
        ("https://example.com/2023/sept/30/talks", "2023-09-30"),
        ("https://example.com/2024/02/30/bad-day", None),
        ("https://example.com/2024/05/only-a-month", None),
        ("https://example.com/story-12345", None),
        (None, None),
    ],
)
def test_url_date(url, expected):
    assert url_date(url) == expected


def test_url_date_fills_a_date_that_metadata_and_dateline_lack(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS)
    (tmp_path / "a.meta.json").write_text(json.dumps({"url": "https://example.com/2024/03/05/fish-talks"}))
    (tmp_path / "b.txt").write_text("5 March 2024\n" + NEWS)
    (tmp_path / "b.meta.json").write_text(json.dumps({"url": "https://example.com/2024/03/04/fish-talks"}))
    (tmp_path / "c.txt").write_text(NEWS)
    (tmp_path / "c.meta.json").write_text(
        json.dumps({"url": "https://example.com/2024/03/04/x", "date_published": "2024-03-06"}))
    a, b, c = read(tmp_path)[0]
    assert (a.date_published, a.date_source) == ("2024-03-05", "url")
    assert (b.date_published, b.date_source) == ("2024-03-05", "dateline")  # the dateline before the URL
    assert (c.date_published, c.date_source) == ("2024-03-06", "meta")  # the metadata before both


def test_url_date_in_json_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "x", "text": NEWS, "url": "https://example.com/2022/11/09/x"}) + "\n")
    [article], _ = read(path)
    assert (article.date_published, article.date_source) == ("2022-11-09", "url")


def test_jsonl_without_records_is_reported(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\xef\xbb\xbf\n\n")
    assert one_skip(path) == "no JSON Lines records (only blank lines)"


def test_unparseable_html_is_one_quiet_skip(tmp_path, caplog):
    path = tmp_path / "page.html"
    path.write_text("<<<>>>")
    assert "no article body" in one_skip(path)
    assert not [r for r in caplog.records if r.name.startswith(("trafilatura", "htmldate"))]


def test_jsonl_ids_without_visible_text_fall_back_to_file_and_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": NEWS}) for i in ["\x00", "  ", True]) + "\n")
    articles, _ = read(path)
    assert [a.id for a in articles] == ["feed-1", "feed-2", "feed-3"]


def test_a_page_header_line_with_a_date_between_separators_dates_the_article():
    text = ("Kyodo News\n\nJIJI PRESS - Feb 3, 2026 - 08:15 | Politics\n\n"
            "TOKYO - Japan and Vietnam agreed on Monday to expand defence ties, officials said.\n")
    assert dateline_date(text) == ("2026-02-03", "date read from a page header line")
    assert dateline_date("World | 2026-02-03\nStory.\n")[0] == "2026-02-03"
    # a date inside the story's first line is an event's, not the page's
    long_line = "The talks held on Feb 3, 2026 - the first in a year - ended with a joint statement by both sides.\n"
    assert dateline_date(long_line) == (None, None)


@pytest.mark.parametrize("header, day", [
    ("On 9:10 am March 4, 2026 | In Politics | Comments", "2026-03-04"),
    ("Posted 11:45 PM 12 May 2025 | Africa", "2025-05-12"),
    ("on 07.30 Sep 9, 2024 | Business", "2024-09-09"),
])
def test_a_page_header_with_a_clock_time_before_the_date_dates_the_article(header, day):
    text = f"Daily Courier\nNews\n\n{header}\n\nBy Staff Writer\n\nLAGOS — Ghana and Togo yesterday signed a border accord.\n"
    assert dateline_date(text) == (day, "date read from a page header line")


@pytest.mark.parametrize("text, day", [
    ("PRESS RELEASE\n\nAddis Ababa, Ethiopia, 12 November 2026 – The Chairperson of the Commission today hosted "
     "a ministerial meeting between the two neighbours at the headquarters.\n", "2026-11-12"),
    ("GENEVA, March 3, 2026 - The foreign ministers of the two countries met on Tuesday for a new round of talks "
     "on the text of the peace treaty.\n", "2026-03-03"),
    ("Dar es Salaam, Tanzania, 5 March 2026 (GIS) - Prime Minister Jonas Mbeki received the visiting trade minister "
     "at his office today to discuss port fees.\n", "2026-03-05"),
    # not datelines: a sentence of the story that happens to hold a full date and a dash
    ("The talks began in Vienna, Austria, 12 November 2026 - a date both sides had long resisted - and went on "
     "for three days.\n", None),
    ("Leaders met in Lisbon on Monday to review the plan for the coming year.\nParis, 3 March 2026 - a second "
     "round was held a week later with the same delegations present.\n", None),
])
def test_a_wire_dateline_opening_the_story_dates_the_article(text, day):
    assert dateline_date(text)[0] == day


@pytest.mark.parametrize("url, day", [
    ("https://example.int/en/pressreleases/20261112/two-states-sign-communique", "2026-11-12"),
    ("https://example.org/news/20250301", "2025-03-01"),
    ("https://example.org/news/12345678/story", None),  # an article number, not a date
    ("https://example.org/news/20261399/story", None),
])
def test_an_eight_digit_path_segment_dates_the_article(url, day):
    assert url_date(url) == day
