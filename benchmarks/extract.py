"""Extraction speed: words per second of `extract` on the seed articles repeated to 1 MB of text,
one core, beside quantulum3 (a published quantity extractor) on the same text in the same process.
Also the peak memory of extracting 10 MB. A script that prints figures; never run as a test.

    python benchmarks/extract.py [--megabytes 1] [--baseline-sample 100000]

quantulum3 is slow, so it runs on a sample of the text (default 100,000 characters) and its rate
is reported in words per second like ours; the ratio compares the two rates.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from comparer.extract import extract  # noqa: E402
from comparer.load import article_from_text  # noqa: E402
from comparer.scan import word_index  # noqa: E402


def corpus(megabytes: float) -> str:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    target = int(megabytes * 1_000_000)
    return (seeds * (target // len(seeds) + 1))[:target]


def ours(text: str) -> tuple[float, float, int]:
    """(seconds of extract alone, seconds from text to claims including loading, claims). The word
    index that loading leaves in the cache is cleared first, so extract pays for its own scan."""
    start = time.perf_counter()
    article = article_from_text("bench.txt", text)
    loaded = time.perf_counter() - start
    word_index.cache_clear()
    start = time.perf_counter()
    claims = extract(article)
    extracting = time.perf_counter() - start
    return extracting, loaded + extracting, len(claims)


def quantulum(text: str) -> tuple[float, int]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up 5 km")
        start = time.perf_counter()
        found = parser.parse(text)
    return time.perf_counter() - start, len(found)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--megabytes", type=float, default=1.0)
    options.add_argument("--baseline-sample", type=int, default=100_000)
    options.add_argument("--repeats", type=int, default=7)
    args = options.parse_args()
    text = corpus(args.megabytes)
    words = len(text.split())
    runs = sorted((ours(text) for _ in range(args.repeats)), key=lambda run: run[0])
    seconds, with_loading, claims = runs[len(runs) // 2]  # the median run: this machine's timings vary by 20%
    ours_rate = words / seconds
    print(f"median of {args.repeats} runs (fastest {words / runs[0][0]:,.0f}, slowest {words / runs[-1][0]:,.0f} "
          "words/s)")
    print(f"comparer.extract: {words:,} words ({len(text):,} chars) in {seconds:.2f} s = {ours_rate:,.0f} words/s, "
          f"{claims:,} claims")
    print(f"text to claims, loading included: {with_loading:.2f} s = {words / with_loading:,.0f} words/s")
    sample = text[:args.baseline_sample]
    base_seconds, base_found = quantulum(sample)
    base_rate = len(sample.split()) / base_seconds
    print(f"quantulum3 (same process, first {len(sample):,} chars): {base_rate:,.0f} words/s, "
          f"{base_found:,} quantities")
    print(f"ratio: comparer.extract is {ours_rate / base_rate:.1f}x quantulum3")
    big = corpus(10.0)
    tracemalloc.start()
    article = article_from_text("big.txt", big)
    extract(article)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory extracting 10 MB: {peak / 1e6:,.0f} MB (tracemalloc, Python allocations)")


if __name__ == "__main__":
    main()
