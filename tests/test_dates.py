"""Date phrases -> ISO value and basis, resolved against a given publication date (never the clock).
Rows written by hand from common news phrasings."""

from __future__ import annotations

from datetime import date

import pytest

from comparer.dates import find_dates

PUBLISHED = date(2025, 2, 20)

# text, expected quote, value, basis
ROWS = [
    ("Since Hamas’ October 7, 2023, attack", "October 7, 2023", "2023-10-07", "explicit"),
    ("on 7 October 2023 the attack began", "7 October 2023", "2023-10-07", "explicit"),
    ("Thursday, Oct 23, 2025", "Thursday, Oct 23, 2025", "2025-10-23", "explicit"),
    ("an attack in December 2019", "December 2019", "2019-12", "explicit"),
    ("the invasion in 2003", "2003", "2003", "explicit"),
    ("a withdrawal by the end of 2026", "the end of 2026", "2026-12", "explicit"),
    ("in the summer of 2020", "summer of 2020", "2020", "explicit"),
    ("In October and November 2024 alone", "October and November 2024", "2024-10", "explicit"),
    ("published 2024-03-05 online", "2024-03-05", "2024-03-05", "explicit"),
    ("growth in the 1990s", "the 1990s", "1990", "explicit"),
    ("from 2014 to 2017", "2014 to 2017", "2014", "explicit"),
    ("last month, officials said", "last month", "2025-01", "publication date"),
    ("last year, Washington provided", "last year", "2024", "publication date"),
    ("next year's elections", "next year", "2026", "publication date"),
    ("this past November, Israel sent", "this past November", "2024-11", "publication date"),
    ("operatives arrested last June", "last June", "2024-06", "publication date"),
    ("escalating since late last year", "late last year", "2024", "publication date"),
    ("the threat almost a month ago", "almost a month ago", "2025-01", "publication date"),
    ("three years ago the plant closed", "three years ago", "2022", "publication date"),
    ("They met in January to talk", "in January", "2025-01", "publication date"),
]


@pytest.mark.parametrize(("text", "quote", "value", "basis"), ROWS, ids=[r[0] for r in ROWS])
def test_date_phrase(text, quote, value, basis):
    found = find_dates(text, PUBLISHED)
    assert len(found) == 1, [(text[d.start:d.end]) for d in found]
    phrase = found[0]
    assert text[phrase.start:phrase.end] == quote
    assert phrase.value == value
    assert phrase.basis == basis


SUNDAY = date(2024, 7, 21)

# a weekday's lead and tense -> the day it names, for an article written on Sunday 21 July 2024
WEEKDAY_ROWS = [
    ("By Saturday evening, airlines had canceled 1,800 flights.", "2024-07-20"),
    ("By Saturday, the airline has rebooked most passengers.", "2024-07-20"),
    ("Crews hope to restore power by Tuesday.", "2024-07-23"),
    ("By Friday, crews will have restored power to most homes.", "2024-07-26"),
    ("Flights are suspended until Wednesday.", "2024-07-24"),
    ("The outage began on Friday.", "2024-07-19"),
    ("Cancellations have continued since Saturday.", "2024-07-20"),
    ("The airline will resume service on Thursday.", "2024-07-25"),
    ("Officials said on Sunday that the toll rose.", "2024-07-21"),
    # a plan names a day at or after the one it is written on
    ("Hundreds of additional cancellations are already planned for Tuesday.", "2024-07-23"),
    ("The carrier has canceled more than 100 planned flights for Wednesday.", "2024-07-24"),
    ("The strike is planned for Monday.", "2024-07-22"),
]


@pytest.mark.parametrize(("text", "value"), WEEKDAY_ROWS, ids=[r[0] for r in WEEKDAY_ROWS])
def test_weekday_resolved_by_lead_and_tense(text, value):
    days = [d for d in find_dates(text, SUNDAY) if d.basis == "publication date"]
    assert [d.value for d in days] == [value]


def test_relative_to_an_explicit_date_nearby():
    text = "The embassy was attacked in December 2019. Days later, the general was killed."
    later = find_dates(text, PUBLISHED)[1]
    assert (later.basis, later.value) == ("context", "2019-12")
    assert later.high > date(2019, 12, 31)


@pytest.mark.parametrize("text", ["We may agree.", "The march went on.", "an august body", "It has 2,500 troops",
                                  "$2020 in cash", "2020% growth"])
def test_not_dates(text):
    assert find_dates(text, PUBLISHED) == []


def test_no_reference_means_unresolved_not_today():
    phrase = find_dates("last month", None)[0]
    assert phrase.low is None and phrase.basis == "unknown"


@pytest.mark.parametrize(("text", "span"), [
    # the news "comes" some time after an event: that event was as long before the article
    ("The development comes a week after CrowdStrike distributed a flawed update.", ("2024-07-11", "2024-07-17")),
    ("The moves come two days after the storm hit the coast.", ("2024-07-19", "2024-07-19")),
    ("It comes just a day after airlines canceled 3,400 flights.", ("2024-07-20", "2024-07-20")),
    # in the past tense the event is dated from a moment the sentence does not give
    ("The resignation came two days after the storm hit the coast.", None),
])
def test_the_news_comes_some_time_after_an_event(text, span):
    found = [(d.low.isoformat(), d.high.isoformat()) for d in find_dates(text, SUNDAY) if d.low is not None]
    assert found == ([span] if span else [])
