"""Extraction speed: words per second of `extract` on the seed articles and on the development sets'
real news, each repeated to 1 MB and to 10 MB of text, beside quantulum3 (a published quantity
extractor) fed the same articles one by one, in the same run. A script that prints figures; never a test.

    python benchmarks/extract.py [--repeats 5]

One core. Each rate is reported as the fastest and the median of `--repeats` runs: this machine is
shared and its timings vary. quantulum3 is fed article by article, as it is meant to be used (fed one
100,000-character string it slows down about 13-fold, which would flatter the ratio). "10 MB no slower
per word than 1 MB" is the check that no step grows with the square of a long text.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from comparer import settings  # noqa: E402
from comparer.extract import extract  # noqa: E402
from comparer.load import article_from_text  # noqa: E402
from comparer.scan import word_index  # noqa: E402

CORPORA = {"seeds": sorted((ROOT / "seeds").glob("*.txt")),
           "development news": sorted((ROOT / "tests" / "devsets").glob("*/docs/*.txt"))}


settings.ARTICLE_SECONDS = float("inf")  # a 10 MB text is no article; here it only measures speed per word


def repeated(texts: list[str], megabytes: float) -> str:
    joined = "\n\n".join(texts)
    target = int(megabytes * 1_000_000)
    return (joined * (target // len(joined) + 1))[:target]


def extract_seconds(text: str) -> tuple[float, int]:
    """Seconds of `extract` alone on one long article (the word index loading leaves is cleared first)."""
    article = article_from_text("bench.txt", text)
    word_index.cache_clear()
    start = time.perf_counter()
    claims = extract(article)
    return time.perf_counter() - start, len(claims)


def quantulum_seconds(texts: list[str]) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up 5 km")
        start = time.perf_counter()
        for text in texts:
            parser.parse(text)
    return time.perf_counter() - start


def rates(words: int, timings: list[float]) -> str:
    return f"{words / min(timings):,.0f} fastest, {words / statistics.median(timings):,.0f} median words/s"


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--repeats", type=int, default=5)
    args = options.parse_args()
    for name, paths in CORPORA.items():
        texts = [p.read_text(encoding="utf-8") for p in paths]
        base_words = sum(len(t.split()) for t in texts)
        base = [quantulum_seconds(texts) for _ in range(args.repeats)]
        base_rate = base_words / statistics.median(base)
        print(f"{name}: {len(texts)} articles, {base_words:,} words")
        print(f"  quantulum3, article by article: {rates(base_words, base)}")
        for megabytes in (1.0, 10.0):
            text = repeated(texts, megabytes)
            words = len(text.split())
            runs = [extract_seconds(text) for _ in range(args.repeats if megabytes < 10 else max(2, args.repeats // 2))]
            timings = [seconds for seconds, _ in runs]
            print(f"  comparer.extract, {megabytes:g} MB ({words:,} words, {runs[0][1]:,} claims): "
                  f"{rates(words, timings)}; {words / statistics.median(timings) / base_rate:.1f}x quantulum3")


if __name__ == "__main__":
    main()
