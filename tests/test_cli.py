"""Every `kg` command, end to end, on the bundled sample corpus and on small hand-written inputs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    """One `kg build` of the bundled corpus (no INPUT argument), shared by the tests below."""
    out = tmp_path_factory.mktemp("build")
    result = run("build", "-o", out, "--quiet")
    assert result.exit_code == 0, result.output
    return out, result.output


def test_build_writes_the_four_outputs_and_a_summary(built):
    out, output = built
    for name in ("graph.ttl", "graph.trig", "events.jsonl", "graph.html"):
        assert (out / name).stat().st_size > 0, name
    summary = output.splitlines()[0]
    assert re.match(
        r"5 articles, \d+ sentences, \d+ entities, \d+ events \(agreement \d+, meeting \d+, statement \d+\), "
        r"\d+ triples in [\d.]+ s",
        summary,
    ), summary


def test_events_jsonl_has_the_gold_readme_shape(built):
    out, _ = built
    records = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records
    text = {p.stem: p.read_text(encoding="utf-8") for p in (Path(__file__).parents[1] / "kg/data/corpus").glob("*.txt")}
    for r in records:
        assert set(r) >= {"article", "event", "type", "participants", "date", "place", "evidence", "confidence", "status"}
        assert r["type"] in {"meeting", "agreement", "statement"}
        assert r["event"].startswith("https://")
        assert r["participants"] and all({"name", "id", "role"} <= set(p) for p in r["participants"])
        for ev in r["evidence"]:
            # offsets point at the sentence in the article text
            assert text[r["article"]][ev["start"]:ev["end"]] == ev["text"]


def test_turtle_parses_back_with_rdflib_and_oxigraph(built):
    import pyoxigraph

    out, output = built
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    triples = int(re.search(r"(\d+) triples", output).group(1))
    assert len(g) == triples
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g)


def test_saved_meetings_query_returns_akar_shoigu_in_ankara(built):
    out, _ = built
    result = run("query", out / "graph.ttl", "--name", "meetings", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    hits = [
        r for r in rows
        if "Akar" in json.dumps(r, ensure_ascii=False) and "Shoigu" in json.dumps(r, ensure_ascii=False)
        and "Ankara" in json.dumps(r, ensure_ascii=False) and "2019-02-11" in json.dumps(r)
    ]
    assert hits, rows


def test_query_pages_with_limit_and_offset(built):
    out, _ = built
    everything = json.loads(run("query", out / "graph.ttl", "--name", "timeline", "--format", "json").output)
    first = run("query", out / "graph.ttl", "--name", "timeline", "--format", "json", "--limit", "3")
    assert first.exit_code == 0, first.output
    second = run("query", out / "graph.ttl", "--name", "timeline", "--format", "json", "--limit", "3", "--offset", "3")
    assert json.loads(first.output) + json.loads(second.output) == everything[:6]
    assert run("query", out / "graph.ttl", "--name", "timeline", "--limit", "-1").exit_code != 0


def test_query_accepts_a_query_string_and_a_file(built, tmp_path):
    out, _ = built
    sparql = "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT (COUNT(?e) AS ?n) WHERE { ?e a nkg:Meeting }"
    by_string = run("query", out / "graph.ttl", sparql, "--format", "csv")
    assert by_string.exit_code == 0, by_string.output
    rq = tmp_path / "count.rq"
    rq.write_text(sparql, encoding="utf-8")
    by_file = run("query", out / "graph.ttl", rq, "--format", "csv")
    assert by_file.output == by_string.output
    assert int(by_string.output.split()[-1]) >= 3


def test_query_errors_are_one_line(built):
    out, _ = built
    result = run("query", out / "graph.ttl", "SELECT WHERE {")
    assert result.exit_code != 0
    assert len(result.output.strip().splitlines()) == 1
    missing = run("query", out / "graph.ttl", "--name", "no-such-query")
    assert missing.exit_code != 0 and "no saved query" in missing.output


def test_viz_draws_an_existing_graph_self_contained(built, tmp_path):
    out, _ = built
    html = tmp_path / "net.html"
    result = run("viz", out / "graph.ttl", "-o", html)
    assert result.exit_code == 0, result.output
    page = html.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=[\"']?https?:", page)
    assert not re.search(r"<link[^>]+href=[\"']?https?:", page)
    assert "Shoigu" in page


def test_evaluate_on_sample_gold_beats_the_baseline(gold_dir, sample_corpus):
    result = run("evaluate", gold_dir, sample_corpus)
    assert result.exit_code == 0, result.output
    overall = re.search(r"^overall\s+\d+\s+\d+\s+\d+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$", result.output, re.M)
    assert overall, result.output
    assert float(overall.group(3)) >= 0.70


def test_build_hand_written_inputs_with_bad_files(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "talks.txt").write_text(
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.\n"
        "\"We agreed to deepen our cooperation,\" Scholz told reporters after the talks.\n",
        encoding="utf-8",
    )
    (src / "talks.meta.json").write_text('{"date_published": "2023-06-07", "outlet": "Test Wire"}', encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "binary.txt").write_bytes(b"%PDF-1.4\x00\x01\x02\x03" * 10)
    (src / "latin.txt").write_bytes("Le président a déclaré: «Nous avons signé».".encode("cp1252") + b"\xff\xfe\x00")
    out = tmp_path / "out"
    result = run("build", src, "-o", out, "--quiet")
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped:")]
    assert any("empty.txt" in line for line in skipped)
    assert any("binary.txt" in line for line in skipped)
    records = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    meetings = [r for r in records if r["type"] == "meeting"]
    assert meetings
    names = {p["name"] for p in meetings[0]["participants"]}
    assert names == {"Olaf Scholz", "Emmanuel Macron"}
    assert meetings[0]["date"] == "2023-06-06"
    assert meetings[0]["place"] == "Paris"
    reported = [json.loads(line) for line in (out / "skipped.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {Path(r["source"]).name for r in reported} >= {"empty.txt", "binary.txt"}


def test_build_exits_non_zero_only_when_nothing_could_be_read(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    result = run("build", tmp_path / "empty.txt", tmp_path / "missing.txt", "-o", tmp_path / "out", "--quiet")
    assert result.exit_code == 1
    assert "no article could be read" in result.output
    assert "missing.txt" in result.output


def test_a_run_with_nothing_readable_keeps_the_previous_graph(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing.\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    assert run("build", good, "-o", out, "--quiet").exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = run("build", bad, "-o", out, "--quiet")
    assert result.exit_code == 1
    assert "previous outputs" in result.output
    assert (out / "graph.ttl").read_bytes() == before


def test_size_limit_can_be_raised(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Officials met in Geneva on Monday, the ministry said.\n" * 40_000, encoding="utf-8")  # ~2 MB
    refused = run("build", big, "-o", tmp_path / "a", "--quiet", "--max-mb", "1", "--no-html")
    assert refused.exit_code == 1 and "too large" in refused.output
    accepted = run("build", big, "-o", tmp_path / "b", "--quiet", "--max-mb", "5", "--no-html")
    assert accepted.exit_code == 0, accepted.output


def test_missing_model_is_a_one_line_error(tmp_path):
    result = run("build", "-o", tmp_path, "--model", "en_core_web_nonexistent")
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "en_core_web_nonexistent" in lines[0] and "not installed" in lines[0]


def test_every_command_has_help():
    for command in ("build", "query", "evaluate", "viz", "validate", "export", "push"):
        result = run(command, "--help")
        assert result.exit_code == 0, command
        assert "Usage" in result.output


@pytest.mark.skipif(shutil.which("kg") is None and not (Path(sys.executable).parent / "kg").exists(),
                    reason="kg console script not installed")
def test_console_script_runs():
    kg = shutil.which("kg") or str(Path(sys.executable).parent / "kg")
    proc = subprocess.run([kg, "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "build" in proc.stdout
