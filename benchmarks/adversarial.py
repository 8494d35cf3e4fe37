"""Pathological inputs: does any stage grow faster than its input? A script that prints figures, never a test.

    python benchmarks/adversarial.py [--sizes 50000,500000] [--timeout 60] [--only NAME]

Each pattern is repeated to each size (characters) and run through the stage a user's input reaches:
loading and extraction of a pasted text, the HTML date reader, or the PDF line rejoiner. Each run is a
child process killed at `--timeout` seconds, so one hang does not stop the table. The columns are the
seconds at each size (fastest of `--repeats`) and the ratio of the largest to the smallest: 10x the
input may cost at most 12x the time (`ok`), and no 1 MB input may take over 5 s. This machine is shared
and noisy; the minimum of a few runs is the figure to read.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MAX_RATIO = 12.0
MAX_SECONDS_PER_MB = 5.0


def _extract(text: str) -> int:
    from comparer.extract import extract
    from comparer.load import article_from_text

    return len(extract(article_from_text("adversarial.txt", text)))


def _html_date(text: str) -> int:
    from comparer.formats import metadata_date

    metadata_date(text)
    return 0


def _html_page(text: str) -> int:
    from comparer.load import article_from_bytes

    return len(article_from_bytes("adversarial.html", text.encode()).text)


def _pdf_lines(text: str) -> int:
    from comparer.formats import _paragraphs_of_pdf_page

    return len(_paragraphs_of_pdf_page(text))


PATTERNS: dict[str, tuple[str, Callable[[str], int]]] = {
    "dots": (".", _extract),
    "dots and spaces": (". ", _extract),
    "abbreviations": ("Mr. ", _extract),
    "per cent": ("5 per cent ", _extract),
    "short lines": ("a\n", _extract),
    "blank lines": ("a\n\n", _extract),
    "numbers in one sentence": ("12, ", _extract),
    "numbers with nouns": ("12 people, ", _extract),
    "ranges": ("5-6 ", _extract),
    "worded ranges": ("between 5 and 6 ", _extract),
    "years": ("2020 ", _extract),
    "decades": ("1990s ", _extract),
    "months": ("January ", _extract),
    "dates": ("January 5, 2024 ", _extract),
    "slash dates": ("5/6/2024 ", _extract),
    "weekdays": ("on Friday ", _extract),
    "dated figures": ("40 people died on Friday. ", _extract),
    "named antecedents": ("It put the number at 40. ", _extract),
    "plus": ("20-plus ", _extract),
    "dotted digits": ("1.", _extract),
    "digit run": ("1", _extract),
    "money": ("$5 million ", _extract),
    "hyphens": ("- ", _extract),
    "quotes": ('"a" ', _extract),
    "capitals": ("Word ", _extract),
    "title lines": ("Breaking News Today\n", _extract),
    "html script tags": ("<script ", _html_date),
    "html meta tags": ('<meta property="article:published_time" content="2024-01-0', _html_date),
    "html nested divs": ("<div>", _html_page),
    "pdf lines": ("word\n", _pdf_lines),
    "pdf hyphen lines": ("hyphen-\n", _pdf_lines),
}


def _child(function: Callable[[str], int], text: str, repeats: int, out) -> None:
    """Times `function` after one warm-up call on a short text, so imports and caches are not counted.
    An error the project raises on purpose (an empty page, say) is a result like any other."""
    from comparer.errors import InputError

    def run(argument: str) -> None:
        try:
            function(argument)
        except InputError:
            pass

    run(text[:100])
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run(text)
        best = min(best, time.perf_counter() - start)
    out.send(best)


def timed(function: Callable[[str], int], text: str, repeats: int, timeout: float) -> float | None:
    """Fastest of `repeats` runs in a child process, or None when it ran past `timeout`."""
    receive, send = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.Process(target=_child, args=(function, text, repeats, send), daemon=True)
    process.start()
    if receive.poll(timeout):
        seconds = receive.recv()
        process.join()
        return seconds
    process.kill()
    process.join()
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50000,500000", help="characters, comma-separated")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", default="", help="run only patterns whose name contains this")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'pattern':26s}" + "".join(f"{f'{s // 1000} KB':>10s}" for s in sizes) + "     ratio")
    failures = 0
    for name, (unit, function) in PATTERNS.items():
        if args.only not in name:
            continue
        seconds: list[float | None] = []
        for size in sizes:
            previous = seconds[-1] if seconds else 0.0
            if previous is None:
                seconds.append(None)
                continue
            seconds.append(timed(function, (unit * (size // len(unit) + 1))[:size], args.repeats, args.timeout))
        cells = "".join(f"{s:10.3f}" if s is not None else f"{'>' + str(int(args.timeout)):>10s}" for s in seconds)
        if any(s is None for s in seconds):
            verdict, too_slow = "TIMEOUT", True
        else:
            ratio = seconds[-1] / max(seconds[0], 1e-3)
            scale = sizes[-1] / sizes[0]
            slowest_per_mb = max(s / (size / 1_000_000) for s, size in zip(seconds, sizes, strict=True))
            too_slow = ratio > MAX_RATIO * scale / 10 or slowest_per_mb > MAX_SECONDS_PER_MB
            verdict = f"{ratio:6.1f}x {'SLOW' if too_slow else 'ok'}"
        failures += too_slow
        print(f"{name:26s}{cells}  {verdict}", flush=True)
    print(f"{failures} pattern(s) over the bound (10x input at most {MAX_RATIO:g}x time, "
          f"at most {MAX_SECONDS_PER_MB:g} s per MB)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
