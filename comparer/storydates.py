"""Undated articles of a story read as of the story's first day.

An article with no publication date leaves "on Friday", "last week" and "July 19" unresolved, so its
figures can only ever be "unclear". When it belongs to a story whose other articles carry reliable dates
(metadata, a header line, the user) and broke on one day (FIRST_DAY_SPREAD), it is most often a copy of
the story's first reports: it is read as of that day (never before the latest date its own body names).
The basis says so ("story's first day, inferred"); like every inferred anchor it never decides a
contradiction, and the user can set the real date in the page.
"""

from __future__ import annotations

from dataclasses import replace

from .records import Article

STORY_BASIS = "story's first day, inferred"

FIRST_DAY_SPREAD = 7
"""A story broke on its first day when at least two of its reliably dated articles were published within
this many days of it (its first week); a batch with one dated article, or with dates spread over months
(opinion pieces on one topic across years, as in the seeds), gives no day to read an undated article
against."""


def with_story_dates(articles: list[Article], groups: list[list[str]]) -> list[Article]:
    """The articles, each undated one given its story's first reliable publication date as a guess."""
    by_id = {a.id: a for a in articles}
    dated: dict[str, Article] = {}
    for group in groups:
        days = sorted(by_id[i].published for i in group if by_id[i].anchor_is_reliable)
        if len(days) < 2 or (days[1] - days[0]).days > FIRST_DAY_SPREAD:
            continue  # no day on which the story broke: one dated article, or dates spread over time
        for article_id in group:
            article = by_id[article_id]
            if article.published is not None:
                continue
            anchor = max(days[0], article.earliest_written) if article.earliest_written else days[0]
            note = (f"{anchor.isoformat()} guessed: no publication date in the text, so it is read as of the "
                    f"first day of its story's dated articles ({days[0].isoformat()})"
                    + (", not before the latest date it names" if anchor != days[0] else ""))
            dated[article_id] = replace(article, published=anchor, published_basis=STORY_BASIS,
                                        published_note="; ".join(filter(None, (note, article.published_note))))
    return [dated.get(a.id, a) for a in articles]
