"""Profile newskg's post-parse work: `kg.extract.extract_article` on documents parsed beforehand.

    python bench/profile_extract.py [--size 200] [--real] [--top 30] [--repeat 3]

Parses the articles once (not timed), then times extraction alone (best of `--repeat` runs, so
other programs on the machine count as little as possible) and prints the milliseconds per
article, the parse's own milliseconds per article beside it, and a cProfile listing of the
hottest functions (cumulative and own time). `--real` adds the sample corpus and the held-out
corpora of the tests (real news text) to the generated bench corpus.
This is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

REAL_CORPORA = ("kg/data/corpus", "tests/data/heldout/corpus", "tests/data/heldout2/corpus")


def load_articles(size: int, seed: int, real: bool) -> list:
    """The generated corpus of `size` articles (0: none), plus the real corpora with `real`."""
    from bench.run import ensure_corpus
    from kg.pipeline import read_inputs

    folders = [ensure_corpus(size, seed)] if size else []
    folders += [ROOT / p for p in REAL_CORPORA if real and (ROOT / p).is_dir()]
    articles, _ = read_inputs(folders)
    return articles


def cpu_best(fn, repeat: int) -> float:
    """The least process CPU seconds `fn()` took over `repeat` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=200, help="generated articles (0: only --real)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--real", action="store_true", help="add the sample and held-out corpora")
    parser.add_argument("--top", type=int, default=30, help="functions listed by the profile")
    parser.add_argument("--repeat", type=int, default=3, help="timed extraction runs (best counts)")
    parser.add_argument("--no-profile", action="store_true", help="only the timings")
    args = parser.parse_args(argv)

    from kg.extract import extract_article
    from kg.pipeline import load_prepared_model
    from kg.resolve.places import Gazetteer

    articles = load_articles(args.size, args.seed, args.real)
    nlp = load_prepared_model(None)
    gazetteer = Gazetteer()
    start = time.process_time()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    parse = time.process_time() - start
    pairs = list(zip(docs, articles))

    def extract_all() -> None:
        for doc, article in pairs:
            extract_article(doc, article, gazetteer)

    extract_all()  # warm-up: lazy tables and caches are filled once per process, as in a build
    best = cpu_best(extract_all, args.repeat)
    n = len(pairs)
    print(f"{n} articles: parse {parse / n * 1000:.1f} ms CPU/article, extraction {best / n * 1000:.2f} ms "
          f"CPU/article (best of {args.repeat}); extraction = {best / parse:.1%} of the parse")
    if args.no_profile:
        return
    profile = cProfile.Profile()
    profile.runcall(extract_all)
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(order).print_stats(args.top)
        print(out.getvalue())


if __name__ == "__main__":
    main()
