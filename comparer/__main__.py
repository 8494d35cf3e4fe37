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
from contextlib import ExitStack
from datetime import date
from pathlib import Path

from . import settings
from .api import dated_by_story, extract_each, load_articles
from .cells import safe_cell
from .engine import StoryResults, run_in_process
from .export import table_csv, to_json, to_xlsx, write
from .pipeline import Batch, Options, merge
from .records import Claim
from .streams import JsonlStream, ParquetStream, Progress
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
    compare.add_argument("--format", choices=["json", "csv", "xlsx", "jsonl", "parquet"], default="json",
                         help="json: the whole comparison; csv: the verdicts table; xlsx: one sheet per table; "
                              "jsonl: a record per line, written story by story as each finishes; parquet: "
                              "claims, verdicts and facts tables in the folder --out (needs pyarrow)")
    compare.add_argument("--out", help="write to this file instead of standard output")
    compare.add_argument("--threshold", type=float, default=settings.MATCH_THRESHOLD,
                         help=f"match threshold 0-100 (default {settings.MATCH_THRESHOLD})")
    compare.add_argument("--published", type=_date, help="publication date for all inputs (YYYY-MM-DD)")
    compare.add_argument("--engine", choices=["process", "dask"], default="process",
                         help="process: this process, nothing to start (default); dask: a Dask cluster "
                              "(pip install -r requirements-dask.txt)")
    compare.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: an existing cluster's scheduler (tcp://host:8786); "
                              "otherwise a local cluster starts and stops by itself")
    compare.add_argument("--workers", type=int, help="with --engine dask and no --scheduler: local worker "
                                                     "processes (default one per core)")
    compare.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                         help="print stories done and articles a second on standard error "
                              "(default: when it is a terminal)")
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
    problem = _unwritable(args.out, folder=args.format == "parquet")
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    try:
        return compare(args) if args.command == "compare" else extract(args)
    except OSError as error:  # the output could not be written (disk full, a path that went away)
        print(f"error: could not write {error.filename or args.out or 'the output'}: {error.strerror or error}",
              file=sys.stderr)
        return 1


def _unwritable(out: str | None, *, folder: bool) -> str:
    """Why --out cannot be written, checked before any work: a missing folder, a folder given for a file."""
    if not out:
        return ""
    path = Path(out)
    if not path.parent.is_dir():
        return f"--out {out}: the folder {path.parent} does not exist"
    if path.is_dir() and not folder:
        return f"--out {out} is a folder; give a file name"
    if path.exists() and not path.is_dir() and folder:
        return f"--out {out} is a file; parquet writes a folder of tables"
    return ""


def extract(args: argparse.Namespace) -> int:
    articles, failures = load_articles(args.inputs, published=args.published)
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    extraction = extract_each(dated_by_story(articles))
    claims, skipped = list(extraction.claims), extraction.skipped
    if args.format == "jsonl":
        data = "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in claims).encode("utf-8")
    else:
        data = claims_csv(claims)
    for reason in skipped:
        print(f"error: {reason}", file=sys.stderr)
    write(data, args.out, sys.stdout.buffer)
    return 1 if failures or skipped else 0


def compare(args: argparse.Namespace) -> int:
    problem = _bad_compare_arguments(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    options = Options(threshold=args.threshold)
    if args.engine == "dask" or args.scheduler:
        return _compare_on_dask(args, options)
    return _compare_batch(args, options, *run_in_process(args.inputs, published=args.published, options=options))


def _compare_on_dask(args: argparse.Namespace, options: Options) -> int:
    """The Dask engine, imported only here; a cluster that cannot be reached or fails is one line."""
    try:
        from .dask_engine import EngineError, dashboard_address, dask_client, run_on_dask
    except ImportError as error:
        print(f"error: {error.name or error} is not installed: pip install -r requirements-dask.txt", file=sys.stderr)
        return 1
    try:
        with dask_client(args.scheduler, workers=args.workers) as client:
            if args.progress is not False and dashboard_address(client):
                print(f"note: Dask dashboard at {dashboard_address(client)}", file=sys.stderr)
            return _compare_batch(args, options, *run_on_dask(args.inputs, published=args.published,
                                                             options=options, client=client))
    except EngineError as error:
        print(f"error: {error}", file=sys.stderr)
    except Exception as error:  # noqa: BLE001 - the cluster's own failure: a story lost past its retries, say
        print(f"error: the Dask run stopped ({type(error).__name__}: {str(error)[:300]})", file=sys.stderr)
    return 1


def _bad_compare_arguments(args: argparse.Namespace) -> str:
    if not 0 <= args.threshold <= 100:
        return "--threshold must be between 0 and 100"
    if args.format == "xlsx" and not args.out and sys.stdout.isatty():
        return "xlsx is binary; give --out FILE"
    if args.format == "parquet" and not args.out:
        return "parquet writes a folder of tables; give --out FOLDER"
    if args.workers is not None and args.workers < 1:
        return "--workers must be 1 or more"
    return ""


def _compare_batch(args: argparse.Namespace, options: Options, batch: Batch, results: StoryResults) -> int:
    """Write the comparison of every story: streamed as each finishes (jsonl, parquet), or merged into one
    comparison in the batch's order (json, csv, xlsx)."""
    for failure in batch.failures:
        print(f"error: {failure}", file=sys.stderr)
    progress = Progress(batch, enabled=sys.stderr.isatty() if args.progress is None else args.progress)
    skipped: list[str] = []
    if args.format in ("jsonl", "parquet"):
        with ExitStack() as stack:
            if args.format == "parquet":
                stream = ParquetStream(Path(args.out))
            else:
                stream = JsonlStream(stack.enter_context(open(args.out, "wb")) if args.out else sys.stdout.buffer)
            for index, comparison in results:
                stream.story(index, comparison)
                skipped += comparison.skipped
                progress.story_done(index)
            stream.close(batch, options, skipped)
    else:
        stories = {}
        for index, comparison in results:
            stories[index] = comparison
            progress.story_done(index)
        comparison = merge([stories[i] for i in sorted(stories)], list(batch.order), options)
        skipped = list(comparison.skipped)
        for note in comparison.notes:
            print(f"note: {note}", file=sys.stderr)
        data = {"json": to_json, "xlsx": to_xlsx}.get(args.format, lambda c: table_csv(verdicts_table(c)))(comparison)
        write(data, args.out, sys.stdout.buffer)
    progress.finish()
    for reason in skipped:
        print(f"error: {reason}", file=sys.stderr)
    return 1 if batch.failures or skipped else 0


if __name__ == "__main__":
    raise SystemExit(main())
