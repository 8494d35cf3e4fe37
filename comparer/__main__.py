"""The command line: `python -m comparer extract|compare PATH_OR_URL...` (see README).

Parses arguments, calls the library, writes the output. Exit status: 0 on success, 2 on bad
arguments, 1 when an input could not be read (after processing the others; one line each on stderr).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import date

from . import settings
from .api import compare_articles, dated_by_story, extract_each, load_articles
from .cells import safe_cell
from .export import table_csv, to_json, to_xlsx, write
from .records import Claim
from .tables import verdicts_table


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m comparer",
                                     description="Find the numbers and dates in news articles and compare them.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="list every claim with a number or a date")
    extract.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
    extract.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    extract.add_argument("--published", type=_date, help="publication date for all inputs (YYYY-MM-DD)")
    extract.add_argument("--out", help="write to this file instead of standard output")
    compare = commands.add_parser("compare", help="match claims across articles and judge them")
    compare.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
    compare.add_argument("--format", choices=["json", "csv", "xlsx"], default="json",
                         help="json: the whole comparison; csv: the verdicts table; xlsx: one sheet per table")
    compare.add_argument("--out", help="write to this file instead of standard output")
    compare.add_argument("--threshold", type=float, default=settings.MATCH_THRESHOLD,
                         help=f"match threshold 0-100 (default {settings.MATCH_THRESHOLD})")
    compare.add_argument("--published", type=_date, help="publication date for all inputs (YYYY-MM-DD)")
    return parser


def claims_csv(claims: list[Claim]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(Claim.PUBLIC_FIELDS), lineterminator="\n")
    writer.writeheader()
    for claim in claims:
        writer.writerow({key: safe_cell(value) for key, value in claim.to_dict().items()})
    return buffer.getvalue().encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "compare" and not 0 <= args.threshold <= 100:
        print("error: --threshold must be between 0 and 100", file=sys.stderr)
        return 2
    if args.command == "compare" and args.format == "xlsx" and not args.out and sys.stdout.isatty():
        print("error: xlsx is binary; give --out FILE", file=sys.stderr)
        return 2
    articles, failures = load_articles(args.inputs, published=args.published)
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    if args.command == "extract":
        extraction = extract_each(dated_by_story(articles))
        claims, skipped = list(extraction.claims), extraction.skipped
        if args.format == "jsonl":
            data = "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in claims).encode("utf-8")
        else:
            data = claims_csv(claims)
    else:
        comparison = compare_articles(articles, threshold=args.threshold)
        skipped = comparison.skipped
        for note in comparison.notes:
            print(f"note: {note}", file=sys.stderr)
        data = {"json": to_json, "xlsx": to_xlsx}.get(args.format, lambda c: table_csv(verdicts_table(c)))(comparison)
    for reason in skipped:
        print(f"error: {reason}", file=sys.stderr)
    write(data, args.out, sys.stdout.buffer)
    return 1 if failures or skipped else 0


if __name__ == "__main__":
    raise SystemExit(main())
