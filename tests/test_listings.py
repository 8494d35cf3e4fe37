"""Results lists flattened into text ("Labour: 410Conservatives: 131 ..."): each item is its name's figure,
and counts what the article says of the items it restates. Rows from election, sports, business and
weather copy."""

from __future__ import annotations

import pytest

from comparer.api import compare_texts
from comparer.listings import results_lists

ELECTION = ("Labour is predicted to win 410 seats, according to the exit poll.\n\n"
            "Here are the exit poll results in full:\n\nLabour: 410Conservatives: 131Liberal Democrats: 61SNP: 10")
LEAGUE = ("Arsenal finished on 89 points, two clear of their rivals.\n\n"
          "Final table: Arsenal: 89, Manchester City: 87, Liverpool: 82, Aston Villa: 68")
RAINFALL = "Rain gauges recorded the following: Derna: 414 Bayda: 170 Shahat: 240"


@pytest.mark.parametrize(("text", "names"), [
    (ELECTION, ["Labour", "Conservatives", "Liberal Democrats", "SNP"]),
    (LEAGUE, ["Arsenal", "Manchester City", "Liverpool", "Aston Villa"]),
    (RAINFALL, ["Derna", "Bayda", "Shahat"]),
    ("Score: 2. Then Note: 4.", []),  # two items are no list
    ("The meeting ran from 10:30 to 11:45 and Voting: 12:00.", []),  # clock times are no items
])
def test_results_lists_are_found(text, names):
    assert [item.name for run in results_lists(text) for item in run] == names


def test_a_list_counts_what_its_restated_item_says():
    claims = compare_texts({"a.txt": ELECTION, "b.txt": "Nothing here."}).claims
    listed = [c for c in claims if c.start > ELECTION.index("in full")]
    assert [(c.holder, c.measure, c.counted) for c in listed] == [
        ("Labour", "seats", "seats"), ("Conservatives", "seats", "seats"),
        ("Liberal Democrats", "seats", "seats"), ("SNP", "seats", "seats")]


def test_a_list_that_restates_nothing_keeps_its_own_words():
    claims = compare_texts({"a.txt": RAINFALL, "b.txt": "Nothing here."}).claims
    assert [(c.holder, c.measure) for c in claims] == [("Derna", ""), ("Bayda", ""), ("Shahat", "")]


def test_lists_of_two_outlets_meet_item_by_item():
    other = "The exit poll gives the Liberal Democrats 61 seats and the SNP 10 seats."
    result = compare_texts({"a.txt": ELECTION, "b.txt": other})
    fact_of = {claim_id: fact.id for fact in result.facts for claim_id in fact.claims}
    fact = {(c.article, c.holder): fact_of.get(c.id) for c in result.claims}
    assert fact[("a.txt", "Liberal Democrats")] == fact[("b.txt", "Liberal Democrats")] is not None
    assert fact[("a.txt", "SNP")] == fact[("b.txt", "SNP")] is not None
    assert fact[("a.txt", "SNP")] != fact[("a.txt", "Liberal Democrats")]
