"""The stages of a comparison, one story at a time: the same functions run in this process
(api.compare_articles) and on a Dask cluster (dask_engine.py), so both engines give the same answers.

A story's comparison needs only its own articles: its undated articles are dated by the story
(storydates.py), then extracted, matched, judged and grouped. `merge` puts the stories of a batch back
into one Comparison in the batch's order, so its output does not depend on which story finished first.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

import numpy as np
from rapidfuzz import fuzz, process

from . import settings
from .corrections import correction_verdict, corrections
from .errors import failure_message
from .extract import extract
from .group import cluster, cross_article_pairs, make_facts, numbered
from .judge import Judge
from .match import blocks_of
from .records import Article, Claim, Fact, Verdict
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


def find_duplicates(articles: list[Article], claims: list[Claim]) -> list[tuple[str, str]]:
    """Pairs of articles of one story that are the same article twice: exactly the same figures (a copy
    whose numbers differ is a correction or an update, and is compared) and nearly the same text, so
    they are not reported as a hundred agreements. Texts are compared only within a set of articles
    with the same figures: linear in the story, not quadratic."""
    figures: dict[str, Counter] = defaultdict(Counter)
    for claim in claims:
        if claim.section == "body":
            figures[claim.article][claim.quote, str(claim.value)] += 1
    alike: dict[frozenset, list[int]] = defaultdict(list)
    for index, article in enumerate(articles):
        alike[frozenset(figures[article.id].items())].append(index)
    pairs = []
    for members in (m for m in alike.values() if len(m) > 1):
        heads = [articles[i].text[:DUPLICATE_PREFIX] for i in members]
        scores = process.cdist(heads, heads, scorer=fuzz.ratio, workers=-1,
                               score_cutoff=settings.DUPLICATE_ARTICLE_SIMILARITY)
        for i, j in zip(*np.nonzero(np.triu(scores, k=1)), strict=True):
            a, b = articles[members[int(i)]], articles[members[int(j)]]
            if abs(len(a.text) - len(b.text)) <= 0.1 * max(len(a.text), len(b.text)):
                pairs.append((members[int(i)], members[int(j)]))
    return [(articles[i].id, articles[j].id) for i, j in sorted(pairs)]


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


@dataclass(frozen=True)
class Options:
    """What a user chooses for a comparison; the same for every story of a batch."""

    threshold: float = settings.MATCH_THRESHOLD
    strict_threshold: float = settings.STRICT_MATCH_THRESHOLD
    kinds: tuple[str, ...] | None = None

    def as_settings(self) -> dict:
        return {"threshold": self.threshold, "strict_threshold": self.strict_threshold,
                "kinds": list(self.kinds) if self.kinds else "all"}


def compare_story(articles: list[Article], options: Options, claims: list[Claim] | None = None) -> Comparison:
    """The comparison of one story's articles: extracted first unless `claims` are given (an article that
    cannot be extracted is left out and listed in `skipped`)."""
    skipped: tuple[str, ...] = ()
    if claims is None:
        extraction = extract_each(with_story_dates(articles, [[a.id for a in articles]]))
        articles, claims, skipped = list(extraction.articles), list(extraction.claims), extraction.skipped
    with _collector_paused():
        return replace(_compare(articles, claims, options), skipped=skipped)


def _compare(articles: list[Article], claims: list[Claim], options: Options) -> Comparison:
    duplicates = find_duplicates(articles, claims)
    comparable = [c for c in claims if options.kinds is None or c.kind in options.kinds]
    judge = Judge({a.id: a for a in articles}, strict_threshold=options.strict_threshold)
    groups, verdicts = [], []
    written = {a.id: max(d for d in (a.published, a.earliest_written) if d) for a in articles
               if a.published or a.earliest_written}
    for block in blocks_of(comparable, same_article={b: a for a, b in duplicates}, written=written):
        for indexes in cluster(block, threshold=options.threshold):
            fact = tuple(block.members[i] for i in indexes)
            groups.append(tuple(sorted(c.id for c in fact)))
            for i, j in judged_pairs(block.members, indexes):
                verdicts.append(judge(block.members[i], block.members[j], round(float(block.scores[i, j]), 1), fact))
    text_of = {a.id: a.text for a in articles}
    for kept, corrected in corrections([c for c in comparable if c.section == "body"], text_of):
        verdicts.append(correction_verdict(kept, corrected))
        groups.append(tuple(sorted((kept.id, corrected.id))))
    verdicts.sort(key=_verdict_order)
    facts = make_facts(claims, groups, verdicts)
    return Comparison(tuple(articles), tuple(claims), tuple(verdicts), tuple(facts),
                      tuple(batch_notes(articles, claims, duplicates, 1)), tuple(duplicates), options.as_settings())


def judged_pairs(members: list[Claim], indexes: list[int]) -> list[tuple[int, int]]:
    """The pairs of a fact's claims (of different articles) that get a verdict: all of them, up to
    settings.MAX_FACT_VERDICTS; past it, each claim against one claim of its own value group (claims
    of the same bounds, unit and time) and of the most reported other values, as many as keep the fact
    within that bound, so that a fact told by two thousand outlets costs thousands of verdicts, not
    two million. The pairs left out are counted in Fact.unjudged_pairs."""
    if cross_article_pairs([members[i] for i in indexes]) <= settings.MAX_FACT_VERDICTS:
        return [(i, j) for position, i in enumerate(indexes) for j in indexes[position + 1:]
                if members[i].article != members[j].article]
    by_value: dict[tuple, list[int]] = defaultdict(list)
    for i in indexes:
        claim = members[i]
        by_value[claim.low, claim.high, claim.unit, claim.time_start, claim.time_end].append(i)
    largest = sorted(by_value.values(), key=lambda group: (-len(group), group[0]))
    main_values = [group[0] for group in largest[:max(1, settings.MAX_FACT_VERDICTS // len(indexes) - 1)]]
    pairs = set()
    for group in by_value.values():
        for i in group:
            pairs.update((min(i, r), max(i, r)) for r in (group[0], *main_values)
                         if r != i and members[r].article != members[i].article)
    return sorted(pairs)


def _verdict_order(verdict: Verdict) -> tuple:
    return -verdict.score, verdict.a, verdict.b


def batch_notes(articles: list[Article], claims: Iterable[Claim], duplicates: list[tuple[str, str]],
                stories: int, alone: list[str] = ()) -> list[str]:
    """What a reader of the comparison should know about the batch as a whole; `alone`: the articles
    that are a story by themselves in a batch of several stories (reported, not lost)."""
    notes = [f"{a} and {b} are the same article; they are not compared with each other" for a, b in duplicates]
    if stories > 1:
        notes.append(f"{len(articles)} articles were grouped into {stories} stories; claims are compared "
                     "within a story")
    if len(articles) < 2:
        notes.append("only one article: there is nothing to compare it with, so there are no verdicts")
    if alone:
        notes.append(f"articles alone in their story, with no other article to compare them with ({len(alone):,}): "
                     f"{some_names(alone, 5)}")
    with_claims = {c.article for c in claims if c.section == "body"}
    return notes + [f"{a.id}: no claims with a number or a date were found" for a in articles
                    if a.id not in with_claims]


def alone_in_story(stories: Sequence[Sequence[str]]) -> list[str]:
    """The articles (ids) that are the only article of their story, when the batch has several stories."""
    return [story[0] for story in stories if len(story) == 1] if len(stories) > 1 else []


def some_names(names: Sequence[str], shown: int) -> str:
    """The first `shown` names and how many more: "a, b, c and 12 more"."""
    return ", ".join(names[:shown]) + (f" and {len(names) - shown:,} more" if len(names) > shown else "")


def merge(stories: list[Comparison], order: list[str], options: Options) -> Comparison:
    """The stories of one batch as one comparison: articles and claims in the batch's order (`order`:
    article ids as given), verdicts best first, facts strongest disagreement first and numbered anew.
    A batch of one story is that story as it is (its verdicts and facts are in that order already)."""
    if len(stories) == 1:
        return replace(stories[0], settings=options.as_settings())
    position = {article_id: index for index, article_id in enumerate(order)}
    articles = sorted((a for s in stories for a in s.articles), key=lambda a: position[a.id])
    claims = sorted((c for s in stories for c in s.claims), key=lambda c: position[c.article])
    verdicts = sorted((v for s in stories for v in s.verdicts), key=_verdict_order)
    facts = numbered([f for s in stories for f in s.facts])
    duplicates = [pair for s in stories for pair in s.duplicates]
    told = [[a.id for a in s.articles] for s in stories if s.articles]
    return Comparison(tuple(articles), tuple(claims), tuple(verdicts), tuple(facts),
                      tuple(batch_notes(articles, claims, duplicates, len(told), alone_in_story(told))),
                      tuple(duplicates),
                      options.as_settings(), tuple(reason for s in stories for reason in s.skipped))


def compare_story_safely(index: int, articles: list[Article], options: Options) -> Comparison:
    """`compare_story`, with a failure of the whole story (a bug, memory) turned into a reason in `skipped`
    naming the story and its articles, so that one story never stops the others."""
    try:
        return compare_story(articles, options)
    except Exception as error:  # noqa: BLE001
        names = some_names([a.id for a in articles], 3)
        return Comparison((), (), (), (), settings=options.as_settings(),
                          skipped=(f"story {index + 1} ({names}) could not be compared "
                                   f"({type(error).__name__}: {str(error)[:200]})",))


@dataclass(frozen=True)
class Batch:
    """A batch read and cut into stories, before any story is compared: what both engines agree on."""

    order: tuple[str, ...]
    """Article ids in the order the inputs gave them."""
    stories: tuple[tuple[str, ...], ...]
    failures: tuple[str, ...]
    """Inputs that could not be read, each with its reason."""
