"""The Dask engine (`compare --engine dask`): the in-process engine's stages run on a Dask cluster.

Dask Bag carries the articles: sources are read and articles' words counted on the workers (`map`),
the batch's word frequencies are reduced there, and only each article's id, date and telling words
come back to this process, which links them into stories (stories.linked_stories, linear in the
telling words). The articles are then shuffled by story (`groupby`), each story is compared on a
worker (pipeline.compare_story_safely) and its comparison streams back as it finishes. The story
of each article, the order of articles in a story and the ids are decided exactly as in-process,
so both engines give the same claims, verdicts and facts (tests/test_engines.py).

Only this module imports dask and distributed (requirements-dask.txt); the page and the default
command line never load it. Workers of an existing cluster (`--scheduler`) must be able to import
this package (the same checkout on their PYTHONPATH, or the package installed).
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

import dask
import dask.bag as db
from distributed import Client, LocalCluster, as_completed

from . import settings
from .engine import StoryResults
from .errors import ComparerError
from .names import with_counters
from .pipeline import Batch, Options, compare_story_safely
from .records import Article
from .sources import Loaded, Source, expand, read_source, reasons
from .stories import article_words, by_time_window, linked_stories, telling_words

Position = tuple[int, int]
"""(index of the source, index of the article within it): the order the in-process engine reads in."""


class EngineError(ComparerError):
    """The cluster could not be reached or started."""


@contextmanager
def dask_client(scheduler: str | None, *, workers: int | None = None) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` processes (one per core
    by default) started here and stopped when the block ends."""
    if scheduler:
        try:
            client = Client(scheduler, timeout=f"{settings.DASK_CONNECT_SECONDS}s")
        except (OSError, TimeoutError, ValueError) as error:
            raise EngineError(f"{scheduler}: no Dask scheduler answered there within "
                              f"{settings.DASK_CONNECT_SECONDS:.0f} s ({type(error).__name__}: {error})") from None
        with client:
            yield client
        return
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=logging.ERROR)
    with cluster, Client(cluster) as client:
        yield client


def dashboard_address(client: Client) -> str:
    """Where Dask's dashboard shows the run, or "" when it is not served (bokeh not installed)."""
    try:
        import bokeh  # noqa: F401
    except ImportError:
        return ""
    return client.dashboard_link or ""


def _load_partition(items: list[tuple[int, Source]], published: date | None) -> list[tuple[Position, object]]:
    return [((index, k), loaded.article if loaded.article is not None else loaded)
            for index, source in items for k, loaded in enumerate(read_source(source, published=published))]


def _head(item: tuple[Position, object]) -> tuple[Position, str | None, Loaded | None, date | None]:
    position, value = item
    if isinstance(value, Article):
        return position, value.id, None, value.published
    return position, None, value, None


def _telling(item: tuple[Position, Counter], frequency: dict, total: int) -> tuple[Position, tuple[str, ...]]:
    return item[0], telling_words(item[1], frequency, total)


def _keyed(item: tuple[Position, object], ids: dict, story_of: dict) -> tuple[int, tuple[Position, Article]]:
    position, article = item
    renamed = article if article.id == ids[position] else replace(article, id=ids[position])
    return story_of[ids[position]], (position, renamed)


def _compare_group(group: tuple[int, list[tuple[int, tuple[Position, Article]]]], options: Options):
    index, members = group
    articles = [article for _, (_, article) in sorted(members, key=lambda m: m[1][0])]
    return index, compare_story_safely(index, articles, options)


def story_partitions(stories: int, workers: int) -> int:
    """Tasks the stories are compared in: enough for every worker to stay busy and for results to
    stream back (four a worker at least, about ten stories a task in a big batch), never more than
    the stories."""
    return max(1, min(stories, max(4 * workers, stories // 10)))


def run_on_dask(inputs: list[str | Path], *, published: date | None, options: Options,
                client: Client) -> tuple[Batch, StoryResults]:
    """The batch and its stories' comparisons as they finish on the cluster (see the module's docstring)."""
    sources, failures = expand(inputs)
    if not sources:
        return Batch((), (), tuple(failures)), iter(())
    workers = max(1, len(client.scheduler_info()["workers"]))
    partitions = max(1, min(len(sources), 4 * workers))
    loaded = db.from_sequence(list(enumerate(sources)), npartitions=partitions)
    loaded = loaded.map_partitions(_load_partition, published).persist()
    heads = sorted(loaded.map(_head).compute())
    failures += reasons([failed for _, article_id, failed, _ in heads if article_id is None])
    kept = [(position, article_id, when) for position, article_id, _, when in heads if article_id is not None]
    ids = dict(zip((p for p, _, _ in kept), with_counters([i for _, i, _ in kept]), strict=True))
    order = [ids[p] for p, _, _ in kept]
    articles = loaded.filter(lambda item: isinstance(item[1], Article))
    if len(order) <= settings.STORY_MIN_ARTICLES:
        groups = [order]
    else:
        counts = articles.map(lambda item: (item[0], article_words(item[1]))).persist()
        frequency = dict(counts.map(lambda item: list(item[1])).flatten().frequencies().compute())
        telling = dict(counts.map(_telling, dask.delayed(frequency, traverse=False), len(order)).compute())
        groups = linked_stories(order, [telling[p] for p, _, _ in kept], frequency, [w for _, _, w in kept])
    groups = by_time_window(groups, {ids[p]: when for p, _, when in kept}, settings.STORY_MAX_ARTICLES)
    batch = Batch(tuple(order), tuple(map(tuple, groups)), tuple(failures))
    if not order:
        return batch, iter(())
    story_of = {article_id: index for index, group in enumerate(groups) for article_id in group}
    stories = (articles.map(_keyed, dask.delayed(ids, traverse=False), dask.delayed(story_of, traverse=False))
               .groupby(lambda item: item[0], shuffle="tasks", npartitions=story_partitions(len(groups), workers))
               .map(_compare_group, options))
    futures = client.compute(stories.to_delayed(), retries=settings.DASK_RETRIES)

    def results() -> StoryResults:
        for future in as_completed(futures):
            yield from future.result()
            future.release()

    return batch, results()
