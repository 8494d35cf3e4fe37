"""What a user names on the command line -> sources to read: files, URLs, folders, glob patterns and
JSONL dumps of articles (`{"id", "text", "url", "published", "title"}` per line, the shape of common
news dumps).

A JSONL file is read in stretches of about settings.JSONL_CHUNK_BYTES, each cut at a line end, so that
a dump of a million articles is never read whole by one process: each stretch is a source of its own,
read where it is processed (in this process, or on a Dask worker). A line that fails is named by its
byte offset where it is read (a reader knows it without the lines before), and by its number once
all are read (`reasons`).
"""

from __future__ import annotations

import glob
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from . import settings
from .errors import InputError, failure_message
from .load import article_from_source, article_from_string, check_file_size
from .names import distinct_names, with_counters
from .records import Article

JSONL_SUFFIXES = (".jsonl", ".ndjson")
GLOB_CHARACTERS = frozenset("*?[")


@dataclass(frozen=True)
class Source:
    """One file or URL (one article), or the stretch [start, end) of a JSONL file (many)."""

    location: str
    name: str = ""
    start: int = 0
    end: int = -1

    @property
    def is_jsonl(self) -> bool:
        return self.end >= 0


@dataclass(frozen=True)
class Loaded:
    """What one input gave: an article, or the reason it could not be read (never both)."""

    article: Article | None = None
    failure: str = ""
    line: tuple[str, int] | None = None
    """For a JSONL line that could not be read: its file and byte offset, numbered by `reasons`."""


def line_at(path: str, offset: int) -> str:
    """How a JSONL line is named where it is read: its offset is known there, its number is not."""
    return f"{Path(path).name}, the line at byte {offset:,}"


def reasons(failed: list[Loaded]) -> list[str]:
    """The reasons of inputs that failed, a JSONL line named by its number as well as its offset
    ("news.jsonl line 2 (byte 61): not JSON"). Lines are counted here, once per file with a failing
    line, in one pass up to its last failing line."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for loaded in failed:
        if loaded.line:
            wanted[loaded.line[0]].add(loaded.line[1])
    numbers = {}
    for path, offsets in wanted.items():
        with open(path, "rb") as file:
            line, position = 1, 0
            for offset in sorted(offsets):
                while position < offset:
                    block = file.read(min(1 << 20, offset - position))
                    if not block:
                        break
                    line, position = line + block.count(b"\n"), position + len(block)
                numbers[path, offset] = line
    return [loaded.failure.replace(line_at(*loaded.line), f"{Path(loaded.line[0]).name} line "
                                   f"{numbers[loaded.line]:,} (byte {loaded.line[1]:,})", 1)
            if loaded.line else loaded.failure for loaded in failed]


def expand(inputs: list[str | Path], *, chunk_bytes: int = settings.JSONL_CHUNK_BYTES
           ) -> tuple[list[Source], list[str]]:
    """The sources named by `inputs`, in order: a folder gives its files (sorted, hidden ones left out), a
    pattern with * ? or [ the files it matches, a .jsonl file its stretches; a pattern that matches
    nothing and an empty folder are failures, each one line naming the input."""
    single, failures = [], []
    sources: list[Source | int] = []  # an int stands for the single source of that index
    for item in map(str, inputs):
        if "://" in item[:12]:
            files = [item]
        elif Path(item).is_dir():
            files = sorted(str(p) for p in Path(item).rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(item).parts))
            if not files:
                failures.append(f"{item}: the folder holds no files")
        elif GLOB_CHARACTERS & set(item) and not Path(item).exists():
            files = sorted(p for p in glob.glob(item, recursive=True) if Path(p).is_file())
            if not files:
                failures.append(f"{item}: no file matches this pattern")
        else:
            files = [item]
        for file in files:
            if file.lower().endswith(JSONL_SUFFIXES) and Path(file).is_file():
                sources += [Source(file, start=start, end=end) for start, end in stretches(Path(file), chunk_bytes)]
            else:
                sources.append(len(single))
                single.append(file)
    names = distinct_names(single)
    return [Source(single[s], names[s]) if isinstance(s, int) else s for s in sources], failures


def stretches(path: Path, chunk_bytes: int) -> Iterator[tuple[int, int]]:
    """Byte ranges of about `chunk_bytes` that cover the file, each ending just after a newline."""
    size = path.stat().st_size
    with path.open("rb") as file:
        start = 0
        while start < size:
            file.seek(min(start + chunk_bytes, size))
            file.readline()
            end = min(file.tell(), size)
            yield start, end
            start = end


def read_source(source: Source, *, published: date | None = None) -> Iterator[Loaded]:
    """The articles of one source, each input that fails listed with its reason instead."""
    if not source.is_jsonl:
        try:
            yield Loaded(article_from_source(source.location, published=published, name=source.name))
        except Exception as error:  # noqa: BLE001 - one input's failure, whatever it is, is that input's
            yield Loaded(failure=failure_message(source.name or source.location, error))
        return
    with open(source.location, "rb") as file:
        file.seek(source.start)
        offset = source.start
        while offset < source.end:
            line = file.readline()
            where, start = line_at(source.location, offset), offset
            offset += len(line)
            if line.strip():
                try:
                    yield Loaded(article_from_record(line, where, published))
                except Exception as error:  # noqa: BLE001
                    yield Loaded(failure=failure_message(where, error), line=(source.location, start))


def article_from_record(line: bytes, where: str, published: date | None = None) -> Article:
    """An article from one JSONL line; InputError naming the line when it is not a JSON object with a text."""
    check_file_size(where, len(line))
    try:
        record = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{where}: not JSON ({error})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: a JSON {type(record).__name__}, not an object with a \"text\"")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: no \"text\" field" if text is None else f"{where}: \"text\" is not a string")
    name = str(record.get("id") or "").strip() or where
    article = article_from_string(name, text, published=published or _record_date(record.get("published"), name))
    return replace(article, title=_field(record, "title") or article.title, url=_field(record, "url") or article.url)


def _field(record: dict, key: str) -> str:
    value = record.get(key)
    return value.strip() if isinstance(value, str) else ""


def _record_date(value: object, name: str) -> date | None:
    """A record's publication date: YYYY-MM-DD, or the date part of an ISO timestamp."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"{name}: \"published\" is {value!r}, not a date written YYYY-MM-DD") from None


def with_distinct_ids(articles: list[Article]) -> list[Article]:
    """The articles, any id given twice (two dump lines with one id, a file and a line) numbered apart."""
    ids = with_counters([a.id for a in articles])
    return [a if a.id == new else replace(a, id=new) for a, new in zip(articles, ids, strict=True)]


def load_all(inputs: list[str | Path], *, published: date | None = None) -> tuple[list[Article], list[str]]:
    """Every article the inputs name, under distinct ids, and one line for each input that failed."""
    sources, failures = expand(inputs)
    articles, failed = [], []
    for source in sources:
        for loaded in read_source(source, published=published):
            if loaded.article is not None:
                articles.append(loaded.article)
            else:
                failed.append(loaded)
    return with_distinct_ids(articles), failures + reasons(failed)
