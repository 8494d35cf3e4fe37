"""Verdict rules: pairs of phrases, each in its own dated article, and the verdict they must get.
Rows written by hand from the rules in comparer/judge.py's docstring."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comparer.api import compare_texts
from comparer.match import candidate_pairs
from comparer.pairs import pair_verdict

# text a, published a, text b, published b, expected verdict
ROWS = [
    ("Some 2,500 US troops remain in Iraq.", "2025-02-20", "About 2,400 US troops remain in Iraq.", "2025-02-22",
     "agree"),
    ("5,000 US troops were in Iraq in 2020.", "2020-10-01", "2,500 US troops were in Iraq in 2025.", "2025-02-20",
     "differs_in_time"),
    ("Today 5,000 US troops are in Iraq.", "2025-02-20", "Today 2,500 US troops are in Iraq.", "2025-02-21",
     "contradict"),
    ("The bridge opened in 1937.", "2020-01-01", "The bridge opened in May 1937.", "2020-01-02", "agree"),
    ("The treaty was signed in 1992.", "2020-01-01", "The treaty was signed in 1994.", "2020-01-02", "contradict"),
    ("Turnout was 61.5 percent in the 2022 election.", "2022-11-01", "Turnout was 62 percent in the 2022 election.",
     "2022-11-02", "agree"),
    ("More than 500 people died in the 2019 protests.", "2020-01-01",
     "In the 2019 protests 650 people died.", "2020-02-01", "agree"),
    ("The fire came within 200 metres of the school on Friday.", "2022-08-05",
     "On Friday the fire came within 2 kilometres of the school.", "2022-08-05", "contradict"),
    ("The factory closed in 2008.", "2019-01-01", "The mayor was elected in 2008.", "2019-01-01", "none"),
    # undated texts: one time is assumed, and only a restatement with another number contradicts
    ("The landslide buried 23 homes in the village.", None, "Officials said the landslide buried 9 homes in the "
     "village.", None, "contradict"),
    ("The striker has scored 31 goals this season.", None, "His team has scored 88 goals this season.", None,
     "unclear"),
    ("Today 5,000 US troops are in Iraq.", "2025-02-20", "2,500 US troops are in Iraq.", None, "unclear"),
    # a total against its parts is not a contradiction of either part
    ("The storm killed 12 people in Texas and 4 in Oklahoma.", "2024-05-02",
     "The storm killed 16 people across two states.", "2024-05-02", "unclear"),
]


@pytest.mark.parametrize(("a", "published_a", "b", "published_b", "expected"), ROWS,
                         ids=[f"{r[0][:40]}|{r[2][:20]}" for r in ROWS])
def test_verdict(a, published_a, b, published_b, expected):
    assert pair_verdict(a, b, published_a, published_b) == expected


def test_every_verdict_explains_itself():
    result = compare_texts({"a.txt": "Title one\n\nToday 5,000 US troops are in Iraq.",
                            "b.txt": "Title two\n\nToday 2,500 US troops are in Iraq."},
                           published={"a.txt": "2025-02-20", "b.txt": "2025-02-21"})
    reason = result.verdicts[0].reason
    for part in ('"5,000"', '"2,500"', "[5,000 to 5,000]", "[2,500 to 2,500]", "2025-02-20", "2025-02-21",
                 "contradict ("):
        assert part in reason


def test_an_undated_contradiction_says_what_it_assumed():
    result = compare_texts({"a.txt": "The landslide buried 23 homes in the village.",
                            "b.txt": "The landslide buried 9 homes in the village."})
    (verdict,) = result.verdicts
    assert (verdict.verdict, verdict.rule) == ("contradict", "disjoint bounds, undated texts")
    assert "neither text is dated" in verdict.reason and "give the articles their dates" in verdict.reason


SENTENCES = st.sampled_from(["Some 2,500 US troops remain in Iraq.", "In 2020 there were 5,000 troops in Iraq.",
                             "The treaty was signed in 1992.", "Over 100 attacks hit US forces in Syria.",
                             "Turnout was 61.5 percent.", "Nearly 150 drones were launched in 2024."])


@settings(max_examples=40, deadline=None)
@given(st.lists(SENTENCES, min_size=2, max_size=5))
def test_a_claim_never_matches_itself_or_its_own_article(sentences):
    texts = {f"{i}.txt": f"Title {i}\n\n{s}" for i, s in enumerate(sentences)}
    result = compare_texts(texts)
    by_id = {c.id: c for c in result.claims}
    for pair in candidate_pairs(list(result.claims)):
        assert pair.a != pair.b
        assert by_id[pair.a].article != by_id[pair.b].article
        assert 0 <= pair.score <= 100


def test_a_claim_is_judged_against_its_counterpart_not_the_other_facts_of_that_article():
    """An article states a fact once: the troops remaining in Iraq are judged against the other
    article's troops remaining in Iraq, not also against its weaker match, the troops on a ship."""
    a = "Title\n\nSome 2,500 US troops remain in Iraq, the Pentagon said."
    b = ("Title\n\nAbout 2,400 US troops remain in Iraq, the Pentagon said. "
         "A further 900 marines wait offshore on an amphibious ship.")
    published = {"a.txt": "2025-02-20", "b.txt": "2025-02-20"}
    result = compare_texts({"a.txt": a, "b.txt": b}, published=published, threshold=10)
    quotes = {c.id: c.quote for c in result.claims}
    assert {(quotes[v.a], quotes[v.b]) for v in result.verdicts} == {("Some 2,500", "About 2,400")}


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Police seized 3.5 tonnes of cocaine in the port raid.", "In the port raid, police seized 3,500 kg of cocaine.",
     "agree"),
    ("Police seized 3.5 tonnes of cocaine in the port raid.", "In the port raid, police seized 350 kg of cocaine.",
     "contradict"),
    ("The tanker spilled 2,000 barrels of oil.", "The tanker spilled about 320,000 litres of oil.", "agree"),
    ("The fire burned 500 hectares of forest.", "The fire burned 1,235 acres of forest.", "agree"),
])
def test_measures_compare_across_units(a, b, expected):
    assert pair_verdict(a, b, "2024-05-02", "2024-05-02") == expected


def test_a_figure_for_another_year_is_no_rival():
    """B gives the troop count for 2015 and for 2019; A's 2015 count disagrees with B's 2015 count.
    B's 2019 figure speaks of another time, so it does not make the 2015 match ambiguous."""
    a = "In 2015, 5,000 US troops were stationed in Iraq."
    b = "In 2015, 2,000 US troops were stationed in Iraq. In 2019, 5,200 US troops were stationed in Iraq."
    result = compare_texts({"a.txt": a, "b.txt": b}, published={"a.txt": "2020-01-10", "b.txt": "2020-01-10"})
    quotes = {c.id: c.quote for c in result.claims}
    verdicts = {(quotes[v.a], quotes[v.b]): v.verdict for v in result.verdicts if quotes[v.a] != "2015"}
    assert verdicts[("5,000", "2,000")] == "contradict", verdicts
