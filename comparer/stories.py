"""Articles -> stories: a large batch is first split into groups of articles that tell one story,
so that claims are compared only within a story and the work grows with the stories, not with
the square of the whole batch.

Each article is reduced to its most telling words (frequent in it, rare in the batch: names of
people and places, the story's own vocabulary). Two articles that share at least `SHARED_WORDS`
of them, rare enough together (`SHARED_WEIGHT`), are linked, and linked articles form one story. A batch of up to
`settings.STORY_MIN_ARTICLES` articles (a newsroom's comparison) is one story as it is.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import date

import numpy as np

from . import settings
from .normalize import content_words
from .records import Article

TELLING_WORDS = 30
"""How many words stand for an article."""

SHARED_WORDS = 4
"""Telling words two articles must share to be one story."""

ANCHORS = 50
"""Pairs are counted between every holder of a word and the first ANCHORS articles that hold it (not between
all its holders): linear in the batch, and the first articles of a story stand for it."""

SHARED_WEIGHT = 10.0
"""Least sum of the shared words' rarity, log(articles / articles using the word), for a link: four
words each used by a quarter of the batch (1.4 each) are not enough, four names used by one article
in twenty (3.0 each) are. On the four development stories mixed in one batch it keeps them apart
(8 would join the airline accident and the outage through their airline words)."""

MANY_SHARED_WORDS = 8
"""Telling words two articles share that link them however common the words are: in a batch of two
big stories no story word is rare. Of the 1,176 pairs of articles of different development stories
none shares more than 6; one pair in seven within a story shares 8 or more."""

LINK_DAYS = 14
"""Two dated articles published further apart than this are not linked directly, whatever words they
share: two floods of one season are two stories. A story that goes on for months still holds together
through the articles in between; an undated article links by its words alone."""

GENERIC_SHARE = 0.5
"""A word used by more than this share of the batch tells nothing about a story."""


def story_groups(articles: list[Article], *, min_articles: int = settings.STORY_MIN_ARTICLES,
                 max_articles: int = settings.STORY_MAX_ARTICLES) -> list[list[str]]:
    """Article ids grouped by story, in the order of each story's first article; one group when the
    batch is small. A story of more than `max_articles` is cut into time windows (`by_time_window`)."""
    published = {a.id: a.published for a in articles}
    if len(articles) <= min_articles:
        return by_time_window([[a.id for a in articles]], published, max_articles)
    counts = [article_words(a) for a in articles]
    frequency = document_frequency(counts)
    telling = [telling_words(c, frequency, len(articles)) for c in counts]
    ids = [a.id for a in articles]
    return by_time_window(linked_stories(ids, telling, frequency, [published[i] for i in ids]), published,
                          max_articles)


def article_words(article: Article) -> Counter:
    """The content words of an article's opening (where a story names its people and places)."""
    return Counter(content_words(article.text[:20000]))


def document_frequency(counts: list[Counter]) -> Counter:
    """How many articles use each word."""
    return Counter(word for article_counts in counts for word in article_counts)


def telling_words(counts: Counter, frequency: Mapping[str, int], total: int) -> tuple[str, ...]:
    """The TELLING_WORDS words of an article that are frequent in it and rare in the batch (a word no
    other article uses links nothing and is left out)."""
    weight = {w: n * math.log(total / frequency[w]) for w, n in counts.items() if frequency[w] > 1}
    return tuple(sorted(weight, key=lambda w: (-weight[w], w))[:TELLING_WORDS])


def linked_stories(ids: list[str], telling: list[tuple[str, ...]], frequency: Mapping[str, int],
                   published: list[date | None]) -> list[list[str]]:
    """Articles that share SHARED_WORDS telling words whose rarity in the batch (log of articles over
    articles using the word) adds up to SHARED_WEIGHT, or that share MANY_SHARED_WORDS, and the articles
    linked to those, form one story.

    Rarity, not a count alone: two stories of one field (an airline's accident and an outage that
    grounded flights) share "airline", "flight", "carrier", "canceled", each used by a good part of the
    batch; one story's articles share its names, used by few. The pairs of a word are counted between
    all its holders and its first ANCHORS holders only, in arrays: the work grows with the articles,
    not their square."""
    total = len(ids)
    holders: dict[str, list[int]] = defaultdict(list)
    for index, words in enumerate(telling):
        for word in words:
            holders[word].append(index)
    firsts, seconds, rarities = [], [], []
    for word, members in holders.items():
        if len(members) < 2 or frequency[word] > GENERIC_SHARE * total:
            continue
        held = np.asarray(members, dtype=np.int64)
        anchors, rest = held[:ANCHORS], held[ANCHORS:]
        upper, lower = np.triu_indices(len(anchors), 1)
        firsts += [anchors[upper], np.repeat(anchors, len(rest))]
        seconds += [anchors[lower], np.tile(rest, len(anchors))]
        rarities.append(np.full(len(upper) + len(anchors) * len(rest), math.log(total / frequency[word])))
    parent = list(range(total))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if rarities:
        pairs, inverse, counts = np.unique(np.concatenate(firsts) * total + np.concatenate(seconds),
                                           return_inverse=True, return_counts=True)
        weights = np.bincount(inverse, weights=np.concatenate(rarities))
        days = np.array([d.toordinal() if d else -LINK_DAYS - 1 for d in published], dtype=np.int64)
        first, second = days[pairs // total], days[pairs % total]
        near = (first < 0) | (second < 0) | (np.abs(first - second) <= LINK_DAYS)
        linked = near & ((counts >= SHARED_WORDS) & (weights >= SHARED_WEIGHT) | (counts >= MANY_SHARED_WORDS))
        for pair in pairs[linked].tolist():
            parent[root(pair // total)] = root(pair % total)
    groups: dict[int, list[str]] = {}
    for index, article_id in enumerate(ids):
        groups.setdefault(root(index), []).append(article_id)
    return list(groups.values())


def by_time_window(groups: list[list[str]], published: dict[str, date | None], max_articles: int
                   ) -> list[list[str]]:
    """Each story of more than `max_articles` cut into consecutive windows of publication time of at most
    that many articles (undated articles first), so that no comparison holds an unbounded story; the
    windows are compared apart."""
    cut = []
    for group in groups:
        if len(group) <= max_articles:
            cut.append(group)
            continue
        position = {article_id: index for index, article_id in enumerate(group)}
        timeline = sorted(group, key=lambda i: (published[i] or date.min, position[i]))
        windows = [timeline[start:start + max_articles] for start in range(0, len(timeline), max_articles)]
        cut += [sorted(window, key=position.__getitem__) for window in windows]
    return cut
