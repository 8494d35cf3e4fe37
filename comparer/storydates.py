"""Undated articles of a story read as of the story's first day.

An article with no publication date leaves "on Friday", "last week" and "July 19" unresolved, so its
figures can only ever be "unclear". When it belongs to a story whose other articles carry reliable dates
(metadata, a header line, the user) and broke on one day (FIRST_DAY_SPREAD), it is most often a copy of
the story's first reports: it is read as of that day (never before the latest date its own body names).
The basis says so ("story's first day, inferred"); like every inferred anchor it never decides a
contradiction, and the user can set the real date in the page.

A follow-up is not a copy of the first reports: "Delta canceled more than 600 flights on Monday", in an
article read as of Friday the 19th, is the Monday after, not the one before the story began. So an
undated article is read as of a later day of the story's first week when it names that day by its
weekday and the story's dated articles name that day too (by weekday, against their own dates), while
the same weekday before the first day is not a day of the story: the weekdays of the story's dated
articles tell which Monday the story's Monday is.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from .dayphrases import find_day_phrases, weekday_on
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
        undated = [by_id[i] for i in group if by_id[i].published is None]
        if not undated:
            continue  # nothing to date: the dated articles' weekdays need not be read
        story_days = _named_days([by_id[i] for i in group if by_id[i].anchor_is_reliable])
        week = [day for day in days if (day - days[0]).days <= FIRST_DAY_SPREAD]
        for article in undated:
            floor = max(days[0], article.earliest_written) if article.earliest_written else days[0]
            later = _later_story_day(article, week, story_days)
            anchor = max(floor, later) if later else floor
            note = (f"{anchor.isoformat()} guessed: no publication date in the text, so it is read as of the "
                    f"first day of its story's dated articles ({days[0].isoformat()})"
                    + (", not before the latest date it names" if anchor == floor != days[0] else "")
                    + (f", not before the {anchor:%A} of that week it names, as the story's dated articles do"
                       if later and anchor == later != floor else ""))
            dated[article.id] = replace(article, published=anchor, published_basis=STORY_BASIS,
                                        published_note="; ".join(filter(None, (note, article.published_note))))
    return [dated.get(a.id, a) for a in articles]


def _named_days(dated: list[Article]) -> set[date]:
    """The days the dated articles of a story name by a weekday, read against their own dates."""
    days = set()
    for article in dated:
        days.update(p.low for p in find_day_phrases(article.text, article.published)
                    if p.named_weekday is not None and p.low and article.section_at(p.start) == "body")
    return days


def _later_story_day(article: Article, week: list[date], story_days: set[date]) -> date | None:
    """The latest day after the story's first day (`week[0]`) that an undated article names by its weekday,
    or None. A weekday names the day after the first day when the same weekday before it is not a day of
    the story, and either the story's dated articles name that later day too, or it is the nearer of the
    two and the dated articles cover it (the "Monday" of an article on a Friday story is the next Monday,
    its "Friday night" quake the one three days before). Weekdays it writes as ahead ("through Saturday")
    say nothing of when it was written."""
    first_day, known = week[0], story_days | set(week)
    later = None
    for phrase in find_day_phrases(article.text, first_day):
        if phrase.named_weekday is None or phrase.low is None or phrase.low > first_day \
                or article.section_at(phrase.start) != "body" or phrase.low in known:
            continue
        after = weekday_on(first_day + timedelta(days=1), phrase.named_weekday, "after")
        nearer = (after - first_day) < (first_day - phrase.low) and after <= week[-1]
        if (after in story_days or nearer) and (later is None or after > later):
            later = after
    return later
