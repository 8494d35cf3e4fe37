"""Articles -> stories: a large batch is first split into groups of articles that tell one story,
so that claims are compared only within a story and the work grows with the stories, not with
the square of the whole batch.

Each article is reduced to its most telling words (frequent in it, rare in the batch: names of
people and places, the story's own vocabulary). Two articles that share at least
`SHARED_WORDS` of them are linked, and linked articles form one story. A batch of up to
`settings.STORY_MIN_ARTICLES` articles (a newsroom's comparison) is one story as it is.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import combinations

from . import settings
from .normalize import content_words
from .records import Article

TELLING_WORDS = 30
"""How many words stand for an article."""

SHARED_WORDS = 4
"""Telling words two articles must share to be one story."""

GENERIC_SHARE = 0.05
"""A word among the telling words of more than this share of the batch tells nothing about a story."""


def story_groups(articles: list[Article], *, min_articles: int = settings.STORY_MIN_ARTICLES) -> list[list[str]]:
    """Article ids grouped by story; one group when the batch is small."""
    if len(articles) <= min_articles:
        return [[a.id for a in articles]]
    counts = [Counter(content_words(a.text[:20000])) for a in articles]
    frequency = Counter(word for article_counts in counts for word in article_counts)
    total = len(articles)
    holders: dict[str, list[int]] = defaultdict(list)
    for index, article_counts in enumerate(counts):
        weight = {w: n * math.log(total / frequency[w]) for w, n in article_counts.items() if frequency[w] > 1}
        for word in sorted(weight, key=lambda w: (-weight[w], w))[:TELLING_WORDS]:
            holders[word].append(index)
    shared: Counter = Counter()
    for members in holders.values():
        if len(members) <= max(2, GENERIC_SHARE * total):
            shared.update(combinations(members, 2))
    parent = list(range(total))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (i, j), count in shared.items():
        if count >= SHARED_WORDS:
            parent[root(i)] = root(j)
    groups: dict[int, list[str]] = {}
    for index, article in enumerate(articles):
        groups.setdefault(root(index), []).append(article.id)
    return list(groups.values())
