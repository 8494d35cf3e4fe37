"""What kind of statement a figure is (comparer/scopes.py): a phrase table from several kinds of news."""

from __future__ import annotations

import pytest

from comparer.extract import extract
from comparer.load import article_from_text


@pytest.mark.parametrize(("sentence", "quote", "scope"), [
    # a threshold: what a result needs, not what it is
    ("Labour has won the key 326 Westminster seats needed to govern the country.", "326", "threshold"),
    ("The bill fell short of the 60 votes required to pass in the Senate.", "60", "threshold"),
    ("By 5am the party had passed the 326 seats needed for a majority.", "326", "threshold"),
    # a running count: the figure so far, taken at one moment
    ("There have been dozens of attacks on the bases.", "dozens", "running total"),
    ("There has been 12 arrests since the protests began.", "12", "running total"),
    ("Airlines have canceled 3,400 flights so far.", "3,400", "running total"),
    ("In all, 40 homes were destroyed.", "40", "running total"),
    # a total over a span of days
    ("All told, more than 5,000 flights have been canceled.", "more than 5,000", "running total"),
    ("Delta has canceled almost 4,700 flights since Friday's meltdown.", "almost 4,700", "running total"),
    ("Shares have fallen 30% since Monday’s open.", "30%", "running total"),
    ("The airline canceled about 7,000 flights over several days.", "about 7,000", "running total"),
    ("The airline canceled about 7,000 flights over a five-day period.", "about 7,000", "running total"),
    ("Rebels carried out 90 attacks over the past month.", "90", "running total"),
    ("The share price has decreased 16.69% over the last five days.", "16.69%", "running total"),
    # an update, an earlier level, a projection, what may be, a rate
    ("The death toll has risen to 5,300.", "5,300", "update"),
    ("Sales reached $5 billion, up from $4 billion.", "from $4 billion", "previous"),
    ("Some 10,000 people are still missing, lower than the 20,000 a spokesman gave on Thursday.", "20,000",
     "previous"),  # the figure another gave earlier, set beside the new one
    ("The toll is 4,000, higher than the 3,000 reported on Monday.", "3,000", "previous"),
    ("More than 20,000 people fled.", "More than 20,000", ""),  # a hedge, not a comparison
    ("Labour is forecast to win 410 seats.", "410", "projection"),
    ("The toll could reach 20,000.", "20,000", "possible"),
    ("Overnight predictions saw up to 21% knocked off the stock price.", "up to 21%", "projection"),
    ("The airline cancels 150 flights per day.", "150", "rate"),
    ("The airline said it would cancel 110 to 150 flights a day.", "110 to 150", "rate"),  # after the noun
    ("The leader gets two questions each week.", "two", "rate"),
    ("Both parties won four seats each.", "four", ""),  # each party's count, not a rate
    # a plain report
    ("The storm killed 40 people in the north.", "40", ""),
    ("Rescuers said there were 12 survivors.", "12", ""),
])
def test_the_kind_of_statement_a_figure_is(sentence, quote, scope):
    (claim,) = [c for c in extract(article_from_text("t.txt", sentence)) if c.quote == quote]
    assert claim.scope == scope
