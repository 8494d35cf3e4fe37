"""Stories in a large batch (comparer/stories.py): articles of one story together, two stories never one."""

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from comparer.api import load_articles
from comparer.load import article_from_text
from comparer.stories import story_groups

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from match import corpus  # noqa: E402


def test_the_four_development_stories_mixed_are_never_joined():
    articles, story_of = [], {}
    for folder in sorted((ROOT / "tests" / "devsets").glob("*/docs")):
        loaded, _ = load_articles([folder])
        for article in loaded:
            renamed = replace(article, id=f"{folder.parent.name}/{article.id}")
            articles.append(renamed)
            story_of[renamed.id] = folder.parent.name
    groups = story_groups(articles, min_articles=0)
    assert all(len({story_of[i] for i in group}) == 1 for group in groups)
    largest = sorted(len(g) for g in groups)[-4:]
    assert min(largest) >= 11  # each story mostly whole: follow-ups weeks later may stand apart (LINK_DAYS)


@pytest.mark.parametrize(("articles", "stories"), [(100, 2), (130, 10), (300, 20)])
def test_synthetic_stories_are_found_whatever_their_share_of_the_batch(articles, stories):
    batch = [article_from_text(f"a{i:05d}.txt", text) for i, text in enumerate(corpus(articles, stories, 3))]
    groups = story_groups(batch)
    assert len(groups) == stories
    assert all(len({int(i[1:6]) % stories for i in group}) == 1 for group in groups)


def test_a_small_batch_is_one_story():
    batch = [article_from_text(f"a{i}.txt", text) for i, text in enumerate(corpus(20, 4, 3))]
    assert story_groups(batch) == [[a.id for a in batch]]
