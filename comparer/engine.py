"""The in-process engine, the default: the batch read, cut into stories, and each story compared here,
one after another, yielded as it finishes (the command line streams them). `dask_engine.py` runs the
same stages on a Dask cluster and yields the same stories."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from .pipeline import Batch, Comparison, Options, compare_story_safely
from .sources import load_all
from .stories import story_groups

StoryResults = Iterator[tuple[int, Comparison]]
"""(story index in Batch.stories, its comparison), in the order stories finish."""


def run_in_process(inputs: list[str | Path], *, published: date | None, options: Options) -> tuple[Batch, StoryResults]:
    """The batch, read whole (every article is held; the Dask engine keeps articles on its workers),
    and its stories' comparisons, computed one at a time as the caller takes them."""
    articles, failures = load_all(inputs, published=published)
    stories = story_groups(articles)
    batch = Batch(tuple(a.id for a in articles), tuple(map(tuple, stories)), tuple(failures))
    by_id = {a.id: a for a in articles}

    def results() -> StoryResults:
        for index, story in enumerate(stories):
            yield index, compare_story_safely(index, [by_id[i] for i in story], options)

    return batch, results()
