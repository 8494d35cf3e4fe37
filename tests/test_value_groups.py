"""A fact told by very many outlets is judged by value group, not pair by pair (pipeline.judged_pairs)."""

from itertools import combinations

import pytest

from comparer import settings
from comparer.api import compare_texts

VALUES = [40, 40, 40, 40, 42, 42, 42, 40, 40, 45, 40, 42]
WORDS = ["fierce", "cold", "loud", "wet", "dark", "grim", "harsh", "long", "wild", "slow", "grey", "bitter"]


def texts() -> dict[str, str]:
    """Twelve outlets on one storm, each in its own words (not copies of one another)."""
    return {f"outlet{i:02d}.txt": f"A {word} storm\n\nPublished: 2024-03-02\n\nThe storm killed {n} people on "
            f"Friday, officials said. Witnesses called the night {word} and {WORDS[i - 1]}." for i, (n, word) in
            enumerate(zip(VALUES, WORDS, strict=True))}


@pytest.fixture
def by_group(monkeypatch):
    monkeypatch.setattr(settings, "MAX_FACT_VERDICTS", 40)  # 12 claims: their own value and the 2 most told
    return compare_texts(texts())


def deaths_fact(comparison):
    claims = {c.id: c for c in comparison.claims}
    return next(f for f in comparison.facts if claims[f.claims[0]].measure == "deaths"), claims


def test_past_the_bound_each_claim_meets_its_own_value_and_the_most_told_ones(by_group):
    fact, claims = deaths_fact(by_group)
    assert len(fact.claims) == 12
    pairs = {(v.a, v.b) for v in by_group.verdicts if v.a in fact.claims and v.b in fact.claims}
    for claim_id in fact.claims:
        met = {claims[other].value for a, b in pairs if claim_id in (a, b) for other in (a, b) if other != claim_id}
        assert met >= {40, 42}  # 45, told once, meets both; 40 and 42 meet their own value too
    assert len(pairs) + fact.unjudged_pairs == len(list(combinations(fact.claims, 2))) == 66
    assert fact.unjudged_pairs > 0 and len(pairs) <= 40


def test_the_verdicts_judged_by_group_are_the_verdicts_judged_pair_by_pair(by_group, monkeypatch):
    monkeypatch.setattr(settings, "MAX_FACT_VERDICTS", 5000)
    every = compare_texts(texts())
    fact, _ = deaths_fact(every)
    assert fact.unjudged_pairs == 0 and sum(fact.tally.values()) == 66
    whole = {(v.a, v.b): v.verdict for v in every.verdicts}
    assert all(whole[v.a, v.b] == v.verdict for v in by_group.verdicts)
    assert deaths_fact(by_group)[0].status == fact.status


def test_the_page_says_how_many_pairs_follow_from_groups(by_group):
    from comparer.ui.render import tally_words

    fact, _ = deaths_fact(by_group)
    assert f"{fact.unjudged_pairs:,} more pairs follow from value groups" in tally_words(fact)
