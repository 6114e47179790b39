"""`--jobs N` against one process, beside the speed-up the machine gives a pure CPU task right now.

    python bench/jobs.py [--size 100] [--jobs 2] [--rounds 3] [--chunk-size 16]

Extracts the generated corpus (bench/corpus.py) in one process (`kg.pipeline.extract_stream`) and
with `kg.parallel.extract_parallel`, alternating the two `--rounds` times so that other programs
on the machine weigh on both alike, and checks that the outputs are equal. For each run it gives
wall seconds, CPU seconds of all processes, and the parent's own CPU seconds (the cost of handing
work out and collecting results). The ceiling is `jobs` copies of a fixed pure-Python loop in
`jobs` forked processes against one copy, measured before each round. On a machine shared with
other sessions the wall-clock speed-up is capped by the kernel's fair share per session (Linux
autogroup), whatever the ceiling said a moment before; `jobs` x (CPU of one process / CPU of all
processes) is the speed-up on otherwise idle cores, for perfectly balanced work.
This is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))  # run from a checkout without installing


def cpu_all() -> tuple[float, float]:
    """(CPU seconds of this process, CPU seconds of this process and its finished children)."""
    import os

    t = os.times()
    return t.user + t.system, t.user + t.system + t.children_user + t.children_system


def timed(fn) -> tuple[object, dict]:
    """Run `fn()`; its result and wall, total CPU and parent CPU seconds."""
    start, (own, total) = time.perf_counter(), cpu_all()
    result = fn()
    wall, (own2, total2) = time.perf_counter() - start, cpu_all()
    return result, {"wall": wall, "cpu": total2 - total, "parent_cpu": own2 - own}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--chunk-size", type=int, default=None, help="articles per task (default: kg.parallel's)")
    args = parser.parse_args(argv)

    from bench.run import ensure_corpus, parallel_ceiling
    from kg.nlp import DEFAULT_MODEL
    from kg.parallel import extract_parallel
    from kg.pipeline import extract_stream, load_prepared_model, read_inputs
    from kg.resolve.places import Gazetteer

    articles, _ = read_inputs([ensure_corpus(args.size, args.seed)])
    nlp, gazetteer = load_prepared_model(None), Gazetteer()
    list(extract_stream(nlp, articles[:8], gazetteer))  # warm-up, as a build's first batch
    options = {"chunk_size": args.chunk_size} if args.chunk_size else {}
    rows = []
    for r in range(args.rounds):
        ceiling = parallel_ceiling(args.jobs)
        one, t1 = timed(lambda: list(extract_stream(nlp, articles, gazetteer)))
        many, tn = timed(lambda: extract_parallel(articles, DEFAULT_MODEL, args.jobs, nlp=nlp, gazetteer=gazetteer,
                                                  **options))
        same = many == one
        rows.append((ceiling, t1, tn, same))
        print(f"round {r + 1}: ceiling {ceiling:.2f}x; 1 process {t1['wall']:.1f} s wall {t1['cpu']:.1f} s CPU; "
              f"--jobs {args.jobs} {tn['wall']:.1f} s wall {tn['cpu']:.1f} s CPU (parent {tn['parent_cpu']:.1f} s); "
              f"speed-up {t1['wall'] / tn['wall']:.2f}x; same output {same}", flush=True)
    speedups = [t1["wall"] / tn["wall"] for _, t1, tn, _ in rows]
    ceilings = [c for c, *_ in rows]
    overhead = statistics.median(tn["cpu"] / t1["cpu"] for _, t1, tn, _ in rows)
    print(f"{len(articles)} articles, --jobs {args.jobs}: speed-up median {statistics.median(speedups):.2f}x "
          f"(best {max(speedups):.2f}x) against a CPU-task ceiling of median {statistics.median(ceilings):.2f}x; "
          f"CPU of all processes / one process: {overhead:.2f}, so on idle cores at most "
          f"{args.jobs / overhead:.2f}x; same output every round: {all(s for *_, s in rows)}")


if __name__ == "__main__":
    main()
