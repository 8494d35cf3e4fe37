"""The pipeline end to end, for the command line, the page and Python users.

`extract_texts` and `compare_texts` are the public Python interface (see DESIGN.md); they give
exactly what `python -m comparer extract` / `compare --format json` write.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from . import settings
from .corrections import correction_verdict, corrections
from .errors import ComparerError, InputError
from .extract import extract
from .group import cluster, make_facts
from .judge import Judge
from .load import article_from_bytes, article_from_source, article_from_string
from .match import blocks_of
from .names import distinct_names
from .records import Article, Claim, Fact, Verdict
from .stories import story_groups
from .storydates import with_story_dates

DUPLICATE_PREFIX = 5000
"""Characters of each article compared when looking for duplicates."""


@dataclass(frozen=True)
class Comparison:
    """Everything one comparison found, plus what it could not do and why."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    verdicts: tuple[Verdict, ...]
    facts: tuple[Fact, ...]
    notes: tuple[str, ...] = ()
    duplicates: tuple[tuple[str, str], ...] = ()
    settings: dict = field(default_factory=dict)
    skipped: tuple[str, ...] = ()
    """Inputs left out, each with its reason."""

    def to_dict(self) -> dict:
        """Exactly the object `compare --format json` writes."""
        return {
            "articles": [article_summary(a) for a in self.articles],
            "claims": [c.to_dict() for c in self.claims],
            "verdicts": [v.to_dict() for v in self.verdicts],
            "facts": [f.to_dict() for f in self.facts],
            "notes": list(self.notes),
            "skipped": list(self.skipped),
            "settings": dict(self.settings),
        }


def article_summary(article: Article) -> dict:
    return {
        "id": article.id, "title": article.title, "outlet": article.outlet, "author": article.author,
        "url": article.url, "published": article.published.isoformat() if article.published else None,
        "published_basis": article.published_basis, "published_note": article.published_note,
        "printed_date": article.printed_date, "source_kind": article.source_kind,
        "characters": len(article.text),
        "excluded": [{"start": r.start, "end": r.end, "reason": r.reason} for r in article.excluded],
    }


def failure_message(name: str, error: BaseException) -> str:
    """One line naming the input and what went wrong; never a traceback. The project's own errors say
    why in words; anything else is named by its type, so a bug in one input still leaves the rest."""
    if isinstance(error, ComparerError):
        message = str(error)
        return message if message.startswith(name) else f"{name}: {message}"
    return f"{name}: could not be read ({type(error).__name__}: {str(error)[:200]})"


def load_articles(sources: list[str | Path], *, published: date | None = None) -> tuple[list[Article], list[str]]:
    """Articles from paths or URLs, each under a distinct name (names.py); an input that fails for any
    reason is listed as "<input>: <reason>" and the others still load."""
    articles, failures = [], []
    for source, name in zip(sources, distinct_names([str(s) for s in sources]), strict=True):
        try:
            articles.append(article_from_source(source, published=published, name=name))
        except Exception as error:  # noqa: BLE001 - one input's failure, whatever it is, is that input's
            failures.append(failure_message(name, error))
    return articles, failures


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


@dataclass(frozen=True)
class Extraction:
    """The claims of a batch, the articles they came from, and the articles that could not be read."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    skipped: tuple[str, ...] = ()


def extract_each(articles: list[Article]) -> Extraction:
    """Claims of every article, each extracted on its own: one that fails (past the time budget, or a bug)
    is listed in `skipped` with its reason and left out of the comparison; the others go on."""
    kept, claims, skipped = [], [], []
    for article in articles:
        try:
            found = extract(article)
        except Exception as error:  # noqa: BLE001
            skipped.append(failure_message(article.id, error))
            continue
        kept.append(article)
        claims += found
    return Extraction(tuple(kept), tuple(claims), tuple(skipped))


def find_duplicates(articles: list[Article], claims: list[Claim],
                    groups: list[list[str]] | None = None) -> list[tuple[str, str]]:
    """Pairs of articles that are the same article twice: nearly the same text, and exactly the same
    figures (a copy whose numbers differ is a correction or an update, and is compared). Looked for
    within each story group, so they are not reported as a hundred agreements."""
    by_id = {a.id: a for a in articles}
    figures: dict[str, Counter] = defaultdict(Counter)
    for claim in claims:
        if claim.section == "body":
            figures[claim.article][claim.quote, str(claim.value)] += 1
    pairs = []
    for group in groups or [[a.id for a in articles]]:
        members = [by_id[i] for i in group]
        heads = [a.text[:DUPLICATE_PREFIX] for a in members]
        scores = process.cdist(heads, heads, scorer=fuzz.ratio, workers=-1,
                               score_cutoff=settings.DUPLICATE_ARTICLE_SIMILARITY)
        for i, j in zip(*np.nonzero(np.triu(scores, k=1)), strict=True):
            a, b = members[int(i)], members[int(j)]
            if abs(len(a.text) - len(b.text)) <= 0.1 * max(len(a.text), len(b.text)) \
                    and figures[a.id] == figures[b.id]:
                pairs.append((a.id, b.id))
    return pairs


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a comparison runs. Matching and judging make a few objects
    for each of up to hundreds of thousands of pairs and no reference cycles, yet every full pass of
    the collector walks the whole growing heap: a quarter of the time of a 50,000-claim comparison
    (benchmarks/match.py). Nothing is lost: a cycle made meanwhile is collected after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def compare_articles(articles: list[Article], *, threshold: float = settings.MATCH_THRESHOLD,
                     strict_threshold: float = settings.STRICT_MATCH_THRESHOLD,
                     kinds: tuple[str, ...] | None = None, claims: list[Claim] | None = None) -> Comparison:
    """Extract (unless claims are given), match, judge and group. Articles that could not be extracted
    are left out and listed in the comparison's `skipped`."""
    skipped: tuple[str, ...] = ()
    stories = story_groups(articles)
    if claims is None:
        extraction = extract_each(with_story_dates(articles, stories))
        articles, claims, skipped = list(extraction.articles), list(extraction.claims), extraction.skipped
        kept = {a.id for a in articles}
        stories = [story for story in ([i for i in group if i in kept] for group in stories) if story]
    with _collector_paused():
        comparison = _compare(articles, claims, threshold, strict_threshold, kinds, stories)
    return replace(comparison, skipped=skipped)


def _compare(articles: list[Article], claims: list[Claim], threshold: float, strict_threshold: float,
             kinds: tuple[str, ...] | None, groups: list[list[str]]) -> Comparison:
    """`groups`: the articles' stories (stories.story_groups), found once for dating and for comparing."""
    story_of = {article_id: index for index, group in enumerate(groups) for article_id in group}
    duplicates = find_duplicates(articles, claims, groups)
    notes = [f"{a} and {b} are the same article; they are not compared with each other" for a, b in duplicates]
    if len(groups) > 1:
        notes.append(f"{len(articles)} articles were grouped into {len(groups)} stories; claims are compared "
                     "within a story")
    if len(articles) < 2:
        notes.append("only one article: there is nothing to compare it with, so there are no verdicts")
    with_claims = {c.article for c in claims if c.section == "body"}
    notes += [f"{a.id}: no claims with a number or a date were found" for a in articles if a.id not in with_claims]
    comparable = [c for c in claims if kinds is None or c.kind in kinds]
    judge = Judge({a.id: a for a in articles}, strict_threshold=strict_threshold)
    groups, verdicts = [], []
    written = {a.id: max(d for d in (a.published, a.earliest_written) if d) for a in articles
               if a.published or a.earliest_written}
    for block in blocks_of(comparable, story_of=story_of, same_article={b: a for a, b in duplicates},
                           written=written):
        for indexes in cluster(block, threshold=threshold):
            fact = tuple(block.members[i] for i in indexes)
            groups.append(tuple(sorted(c.id for c in fact)))
            for position, i in enumerate(indexes):
                for j in indexes[position + 1:]:
                    if block.members[i].article != block.members[j].article:
                        verdicts.append(judge(block.members[i], block.members[j],
                                              round(float(block.scores[i, j]), 1), fact))
    text_of = {a.id: a.text for a in articles}
    for kept, corrected in corrections([c for c in comparable if c.section == "body"], text_of):
        verdicts.append(correction_verdict(kept, corrected))
        groups.append(tuple(sorted((kept.id, corrected.id))))
    verdicts.sort(key=lambda v: (-v.score, v.a, v.b))
    facts = make_facts(claims, groups, verdicts)
    return Comparison(tuple(articles), tuple(claims), tuple(verdicts), tuple(facts), tuple(notes),
                      tuple(duplicates), {"threshold": threshold, "strict_threshold": strict_threshold,
                                          "kinds": list(kinds) if kinds else "all"})


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
