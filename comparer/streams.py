"""Writers for comparisons that arrive one story at a time: JSONL records and Parquet tables, each
written as its story finishes so a run of a million articles never holds all its verdicts, plus the
progress line a long run prints.

JSONL: one object per line, its "record" saying what it is ("story", "article", "claim", "verdict",
"fact", and one "batch" line at the end), each with the index of its story ("story"); fact ids are
numbered within their story. Parquet (needs pyarrow, requirements-dask.txt): claims.parquet,
verdicts.parquet and facts.parquet in one folder, a row group per story.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import BinaryIO

from .pipeline import Batch, Comparison, Options, alone_in_story, article_summary

INT_COLUMNS = frozenset({"story", "start", "end", "unjudged_pairs"})
FLOAT_COLUMNS = frozenset({"score", "derived_value", "derived_low", "derived_high"})
"""The numeric columns of the Parquet tables; every other column is text (`value`, `low` and `high`
hold a number for a figure and an ISO date for a date)."""


def story_records(index: int, comparison: Comparison) -> list[dict]:
    """The JSONL records of one story: a header, then its articles, claims, verdicts and facts."""
    header = {"record": "story", "story": index, "articles": [a.id for a in comparison.articles],
              "claims": len(comparison.claims), "verdicts": len(comparison.verdicts), "facts": len(comparison.facts),
              "notes": list(comparison.notes), "skipped": list(comparison.skipped)}
    return [header,
            *({"record": "article", "story": index, **article_summary(a)} for a in comparison.articles),
            *({"record": "claim", "story": index, **c.to_dict()} for c in comparison.claims),
            *({"record": "verdict", "story": index, **v.to_dict()} for v in comparison.verdicts),
            *({"record": "fact", "story": index, **f.to_dict()} for f in comparison.facts)]


def batch_record(batch: Batch, options: Options, skipped: list[str]) -> dict:
    """The last record: the batch's size, every input left out with its reason, and the articles that
    are a story by themselves (nothing was compared with them)."""
    return {"record": "batch", "articles": len(batch.order), "stories": len(batch.stories),
            "alone": alone_in_story(batch.stories), "skipped": list(batch.failures) + skipped,
            "settings": options.as_settings()}


class JsonlStream:
    """JSONL records to a binary stream, flushed after every story."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def story(self, index: int, comparison: Comparison) -> None:
        self.stream.write("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n"
                                  for r in story_records(index, comparison)).encode("utf-8"))
        self.stream.flush()

    def close(self, batch: Batch, options: Options, skipped: list[str]) -> None:
        self.stream.write((json.dumps(batch_record(batch, options, skipped), ensure_ascii=False) + "\n").encode())
        self.stream.flush()


class ParquetStream:
    """claims, verdicts and facts tables in a folder, a row group per story; the schema of each table is
    fixed by its record type, so that a story with no dates and one with only dates write one table."""

    def __init__(self, folder: Path) -> None:
        import pyarrow  # noqa: F401 - fails here, before any work, when pyarrow is missing

        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.writers = folder, {}

    def story(self, index: int, comparison: Comparison) -> None:
        for name, rows in (("claims", [c.to_dict() for c in comparison.claims]),
                           ("verdicts", [v.to_dict() for v in comparison.verdicts]),
                           ("facts", [f.to_dict() for f in comparison.facts])):
            if rows:
                self._write(name, [{"story": index, **_plain(row)} for row in rows])

    def _write(self, name: str, rows: list[dict]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if name not in self.writers:
            schema = pa.schema([(key, _arrow_type(key)) for key in rows[0]])
            self.writers[name] = pq.ParquetWriter(self.folder / f"{name}.parquet", schema)
        writer = self.writers[name]
        writer.write_table(pa.Table.from_pylist(rows, schema=writer.schema))

    def close(self, batch: Batch, options: Options, skipped: list[str]) -> None:
        for writer in self.writers.values():
            writer.close()
        (self.folder / "batch.json").write_text(json.dumps(batch_record(batch, options, skipped), indent=2,
                                                           ensure_ascii=False), encoding="utf-8")


def _plain(row: dict) -> dict:
    """A record with every column of its Parquet type: text columns as text (a number or an ISO date in
    `value`), nested values as JSON."""
    return {key: value if value is None or key in INT_COLUMNS | FLOAT_COLUMNS
            else json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list | tuple) else str(value)
            for key, value in row.items()}


def _arrow_type(key: str):
    """The column's type by its name, not by the values of the first story: a story whose claims have no
    derived value must not make that column text for the stories after it."""
    import pyarrow as pa

    return pa.int64() if key in INT_COLUMNS else pa.float64() if key in FLOAT_COLUMNS else pa.string()


class Progress:
    """Stories done of all, articles read and articles a second, on one line of standard error that
    rewrites itself on a terminal (a line per tenth of the stories elsewhere)."""

    def __init__(self, batch: Batch, *, enabled: bool, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.enabled, self.total = enabled, len(batch.stories)
        self.articles = {i: len(story) for i, story in enumerate(batch.stories)}
        self.done, self.read, self.started = 0, 0, time.perf_counter()
        self.terminal = enabled and self.stream.isatty()

    def story_done(self, index: int) -> None:
        self.done += 1
        self.read += self.articles.get(index, 0)
        if not self.enabled:
            return
        if self.terminal or self.done == self.total or self.done % max(1, self.total // 10) == 0:
            rate = self.read / max(time.perf_counter() - self.started, 1e-9)
            line = f"stories {self.done:,}/{self.total:,} done, {self.read:,} articles, {rate:,.0f} articles/s"
            self.stream.write(f"\r{line}" if self.terminal else f"{line}\n")
            self.stream.flush()

    def finish(self) -> None:
        if self.terminal:
            self.stream.write("\n")
            self.stream.flush()
