"""Crashes and re-runs: a `kg build` killed by a real signal leaves the previous outputs intact,
and `kg build --update` afterwards gives the same graph as a clean build.

Each test runs `python -m kg build` in a real subprocess. The corpus is the bundled sample plus a
few articles from the benchmark generator (`bench/corpus.py`), so a build takes long enough to be
caught half-way: the kill is sent once the build has cached its first new extraction results.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

REPO = Path(__file__).resolve().parents[1]
OUTPUTS = ("graph.ttl", "graph.trig", "events.jsonl", "graph.html", "skipped.jsonl")
GENERATED = 16  # extra articles in the bigger corpus: enough that a kill after two lands mid-extraction
KILL_AFTER_NEW_RESULTS = 2

pytestmark = pytest.mark.timeout(600)


def kg_build(*args: str | Path) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "kg", "build", *map(str, args), "-j", "1", "--quiet"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=REPO)


def cached_results(out: Path) -> int:
    return len(list((out / ".newskg" / "cache").glob("*/*.json")))


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def assert_readable(out: Path) -> None:
    """Every output is complete: the RDF parses, each JSON line parses, the page is whole."""
    assert len(Graph().parse(out / "graph.ttl", format="turtle")) > 0
    Dataset().parse(out / "graph.trig", format="trig")
    for name in ("events.jsonl", "skipped.jsonl"):
        for line in (out / name).read_text(encoding="utf-8").split("\n"):
            if line:
                json.loads(line)
    assert (out / "graph.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


@pytest.fixture(scope="module")
def corpora(tmp_path_factory, sample_corpus):
    """(small, big): the sample corpus, and the sample plus generated articles."""
    generator = REPO / "bench" / "corpus.py"
    if not generator.is_file():
        pytest.skip("bench/corpus.py (article generator) not found")
    big = tmp_path_factory.mktemp("big")
    shutil.copytree(sample_corpus, big, dirs_exist_ok=True)
    cmd = [sys.executable, str(generator), "--size", str(GENERATED), "--seed", "7", "--out", str(big / "generated")]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    return sample_corpus, big


@pytest.fixture(scope="module")
def previous_build(tmp_path_factory, corpora):
    """An output folder holding a complete build of the small corpus."""
    out = tmp_path_factory.mktemp("previous") / "out"
    done = kg_build(corpora[0], "-o", out)
    assert done.returncode == 0, done.stderr
    assert_readable(out)
    return out


def start_and_kill(corpus: Path, out: Path, sig: signal.Signals) -> tuple[int, str]:
    """Start a build, send `sig` once it has extracted a few new articles; returns (exit status, stderr)."""
    before = cached_results(out)
    cmd = [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "-j", "1", "--quiet"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while proc.poll() is None and cached_results(out) < before + KILL_AFTER_NEW_RESULTS:
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("the build did not start extracting within 240 s")
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.fail(f"the build finished before it could be interrupted: {proc.stderr.read()[-500:]}")
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=120)
    return proc.returncode, stderr


def test_sigkill_mid_build_keeps_previous_outputs_and_update_resumes(tmp_path, corpora, previous_build):
    small, big = corpora
    out = tmp_path / "out"
    shutil.copytree(previous_build, out)
    before = snapshot(out)

    status, _ = start_and_kill(big, out, signal.SIGKILL)
    assert status == -signal.SIGKILL

    assert snapshot(out) == before  # nothing half-written, nothing replaced
    assert_readable(out)
    extracted_before_kill = cached_results(out)

    resumed = kg_build(big, "-o", out, "--update")
    assert resumed.returncode == 0, resumed.stderr
    assert "from cache" in resumed.stdout
    assert_readable(out)
    assert cached_results(out) > extracted_before_kill

    clean = tmp_path / "clean"
    fresh = kg_build(big, "-o", clean)
    assert fresh.returncode == 0, fresh.stderr
    # The resumed build equals a clean build, byte for byte (sorted, deterministic outputs).
    for name in ("graph.ttl", "graph.trig", "events.jsonl"):
        assert (out / name).read_bytes() == (clean / name).read_bytes(), first_difference(out / name, clean / name)


def first_difference(a: Path, b: Path) -> str:
    """Where two text files first differ (for a readable failure)."""
    import difflib

    diff = difflib.unified_diff(a.read_text().splitlines(), b.read_text().splitlines(), "resumed", "clean", n=1, lineterm="")
    return f"{a.name} differs:\n" + "\n".join(list(diff)[:30])


def test_ctrl_c_keeps_previous_outputs_and_leaves_no_temp_files(tmp_path, corpora, previous_build):
    out = tmp_path / "out"
    shutil.copytree(previous_build, out)
    before = snapshot(out)

    status, _ = start_and_kill(corpora[1], out, signal.SIGINT)
    assert status != 0

    assert snapshot(out) == before
    assert_readable(out)
    leftovers = [p for p in out.rglob("*.tmp")]
    assert leftovers == []
