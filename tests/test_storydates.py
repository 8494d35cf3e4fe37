"""Undated articles of a story that broke on a known day are read as of that day, as a guess."""

from __future__ import annotations

from datetime import date

import pytest

from comparer.api import compare_texts, dated_by_story, read_texts

DATED = "Title of the piece\nDate: {day}\n---\nThe outage grounded flights on Friday, officials said."
UNDATED = "Another piece\n\nThe airline said on Friday that 1,000 flights were cancelled, and more on Saturday."


def _articles(texts: dict[str, str]):
    articles, failures = read_texts(texts)
    assert not failures
    return {a.id: a for a in dated_by_story(articles)}


def test_an_undated_copy_is_read_as_of_the_storys_first_day():
    articles = _articles({"a.txt": DATED.format(day="2024-07-20"), "b.txt": DATED.format(day="2024-07-22"),
                          "c.txt": UNDATED})
    undated = articles["c.txt"]
    assert undated.published == date(2024, 7, 20) and undated.published_basis == "story's first day, inferred"
    assert not undated.anchor_is_reliable and "guessed" in undated.published_note
    assert articles["a.txt"].anchor_is_reliable


def test_one_dated_article_or_dates_spread_over_months_give_no_first_day():
    one = _articles({"a.txt": DATED.format(day="2024-07-20"), "c.txt": UNDATED})
    assert one["c.txt"].published is None
    spread = _articles({"a.txt": DATED.format(day="2024-01-20"), "b.txt": DATED.format(day="2024-07-22"),
                        "c.txt": UNDATED})
    assert spread["c.txt"].published is None


def test_the_guess_is_never_before_a_date_the_article_names():
    named = UNDATED + " The airline was fined on August 2, 2024."
    articles = _articles({"a.txt": DATED.format(day="2024-07-20"), "b.txt": DATED.format(day="2024-07-21"),
                          "c.txt": named})
    assert articles["c.txt"].published == date(2024, 8, 2)


def test_its_weekdays_resolve_but_never_decide_a_contradiction():
    result = compare_texts({"a.txt": DATED.format(day="2024-07-20") + " Airlines cancelled 3,000 flights on Friday.",
                            "b.txt": DATED.format(day="2024-07-20") + " Airlines cancelled 3,000 flights on Friday.",
                            "c.txt": "A third piece\n\nAirlines cancelled 1,000 flights on Friday."})
    fridays = {c.article: c.time_start for c in result.claims if c.quote == "on Friday" or c.quote == "Friday"}
    assert fridays.get("c.txt") == "2024-07-19"
    assert not [v for v in result.verdicts if v.verdict == "contradict" and "c.txt" in (v.a.split("#")[0],
                                                                                       v.b.split("#")[0])]


FRIDAY_STORY = {"a.txt": "Outage report\nDate: 2024-07-19\n---\nThe outage hit airlines on Friday.",
                "b.txt": "Outage, day four\nDate: 2024-07-22\n---\nDelta was still cancelling flights on Monday."}


@pytest.mark.parametrize(("text", "day"), [
    # a follow-up's weekday after the story's first day: the Monday after, not the Monday before
    ("Delta follow-up\n\nThe issues continued on Monday, with Delta canceling more than 600 flights.", "2024-07-22"),
    ("Detroit\n\nA total of 133 flights had been canceled as of 11 p.m. Monday at the airport.", "2024-07-22"),
    # the nearer reading: a Sunday two days after rather than five days before
    ("Sunday\n\nThe carrier canceled 1,058 flights on Sunday.", "2024-07-21"),
    # a weekday just before the story began stays there: the quake "on Tuesday night", three days before
    ("Background\n\nThe outage came after a quake on Tuesday night that hit another region.", "2024-07-19"),
    # the story's own first day, and a weekday written as ahead, say nothing of when it was written
    ("Copy\n\nThe outage hit airlines on Friday.", "2024-07-19"),
    ("Ahead\n\nDelta expects to cancel flights through Wednesday.", "2024-07-19"),
    ("Planned\n\nBy Saturday evening Delta had canceled 1,000 flights; more are planned for Sunday.", "2024-07-20"),
])
def test_a_follow_up_is_read_as_of_the_later_day_its_weekdays_name(text, day):
    articles = _articles({**FRIDAY_STORY, "c.txt": text})
    assert articles["c.txt"].published == date.fromisoformat(day), articles["c.txt"].published_note
    assert articles["c.txt"].published_basis == "story's first day, inferred"
