"""The pipeline end to end, for the command line, the page and Python users.

`extract_texts` and `compare_texts` are the public Python interface (see DESIGN.md); they give
exactly what `python -m comparer extract` / `compare --format json` write.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from . import settings
from .errors import InputError, failure_message
from .load import article_from_bytes, article_from_string
from .pipeline import Comparison, Extraction, Options, article_summary, compare_story, extract_each, merge
from .records import Article, Claim
from .sources import load_all
from .stories import story_groups
from .storydates import with_story_dates

__all__ = ["Comparison", "Extraction", "article_summary", "compare_articles", "compare_stories", "compare_texts",
           "dated_by_story", "extract_each", "extract_texts", "failure_message", "load_articles", "read_texts"]


def load_articles(sources: list[str | Path], *, published: date | None = None) -> tuple[list[Article], list[str]]:
    """Articles from paths, URLs, folders, glob patterns and JSONL dumps (sources.py), each under a
    distinct name (names.py); an input that fails for any reason is listed as "<input>: <reason>" and
    the others still load."""
    return load_all(sources, published=published)


def read_texts(texts: dict[str, str | bytes], published: dict[str, str] | None = None
               ) -> tuple[list[Article], list[str]]:
    """Articles from {name: text or bytes} under the limits files get (empty, too long, a date that is not
    YYYY-MM-DD); a bytes value is read like a file of that name. Failures as in `load_articles`."""
    published = published or {}
    articles, failures = [], []
    for name, text in texts.items():
        try:
            when = _iso_date(name, published.get(name))
            if isinstance(text, bytes):
                articles.append(article_from_bytes(name, text, published=when))
            else:
                articles.append(article_from_string(name, text, published=when))
        except Exception as error:  # noqa: BLE001
            failures.append(failure_message(name, error))
    return articles, failures


def articles_from_texts(texts: dict[str, str | bytes], published: dict[str, str] | None = None) -> list[Article]:
    """Articles from {name: text}; InputError naming every input that could not be read."""
    articles, failures = read_texts(texts, published)
    if failures:
        raise InputError("; ".join(failures))
    return articles


def _iso_date(name: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(f"{name}: publication date {value!r} is not a date written YYYY-MM-DD") from None


def dated_by_story(articles: list[Article]) -> list[Article]:
    """The articles, an undated one read as of its story's first day when the story gives one
    (storydates.py). Applied before extraction by every caller that extracts a batch."""
    return with_story_dates(articles, story_groups(articles))


def compare_stories(articles: list[Article], options: Options, claims: list[Claim] | None = None
                    ) -> Iterator[Comparison]:
    """The comparison of each story of the batch (stories.story_groups), one at a time, in the order of
    their first articles: what the command line streams. `claims`, when given, are the batch's claims."""
    by_id = {a.id: a for a in articles}
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims or ():
        claims_of[claim.article].append(claim)
    for story in story_groups(articles):
        members = [by_id[i] for i in story]
        yield compare_story(members, options, None if claims is None else
                            [c for a in members for c in claims_of[a.id]])


def compare_articles(articles: list[Article], *, threshold: float = settings.MATCH_THRESHOLD,
                     strict_threshold: float = settings.STRICT_MATCH_THRESHOLD,
                     kinds: tuple[str, ...] | None = None, claims: list[Claim] | None = None) -> Comparison:
    """Extract (unless claims are given), match, judge and group, story by story. Articles that could not
    be extracted are left out and listed in the comparison's `skipped`."""
    options = Options(threshold, strict_threshold, kinds)
    return merge(list(compare_stories(articles, options, claims)), [a.id for a in articles], options)


def extract_texts(texts: dict[str, str], published: dict[str, str] | None = None) -> list[dict]:
    """Claims of {name: text} as dicts, exactly as `extract --format jsonl` writes them. InputError naming
    every text that could not be read or extracted (`read_texts` and `extract_each` give partial results)."""
    extraction = extract_each(articles_from_texts(texts, published))
    if extraction.skipped:
        raise InputError("; ".join(extraction.skipped))
    return [claim.to_dict() for claim in extraction.claims]


def compare_texts(texts: dict[str, str], published: dict[str, str] | None = None, *,
                  threshold: float = settings.MATCH_THRESHOLD) -> Comparison:
    """Compare {name: text}; `.to_dict()` of the result is what `compare --format json` writes. A text that
    cannot be read raises InputError; one that cannot be extracted is listed in `skipped`."""
    return compare_articles(articles_from_texts(texts, published), threshold=threshold)
