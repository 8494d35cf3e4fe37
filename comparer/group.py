"""Verdicts -> facts: connected groups of matched claims, each with a label and an overall status."""

from __future__ import annotations

from collections import defaultdict

from .records import Claim, Fact, Verdict

STATUS_ORDER = ("contradiction", "changes over time", "unclear", "all agree")
"""Strongest disagreement first: the order the page sorts facts in."""


def group_facts(claims: list[Claim], verdicts: list[Verdict]) -> list[Fact]:
    """Facts: groups of claims that all match one another, at most one claim per article.

    Verdicts are taken strongest first; two groups join only when every claim of one matched every
    claim of the other (complete linkage), so a chain of weak matches (A like B, B like C) does not
    pour unrelated events into one fact. A verdict left between two groups is shown as a fact of its
    own pair when it is a contradiction or links two claims that are in no fact yet; the others stay
    in the verdicts table. A fact's status is its strongest disagreement; overridden verdicts count as the user
    decided, and a rejected match links nothing.
    """
    live = sorted((v for v in verdicts if effective(v) != "rejected"), key=lambda v: (-v.score, v.a, v.b))
    article_of = {c.id: c.article for c in claims}
    neighbours: dict[str, set[str]] = defaultdict(set)
    for verdict in live:
        neighbours[verdict.a].add(verdict.b)
        neighbours[verdict.b].add(verdict.a)
    group_of = {claim_id: index for index, claim_id in enumerate(neighbours)}
    members: dict[int, list[str]] = {index: [claim_id] for claim_id, index in group_of.items()}
    articles: dict[int, set] = {index: {article_of.get(claim_id)} for claim_id, index in group_of.items()}
    for verdict in live:
        first, second = group_of[verdict.a], group_of[verdict.b]
        if first == second or articles[first] & articles[second]:
            continue
        ours, theirs = members[first], members[second]
        if all(neighbours[x].issuperset(theirs) for x in ours):
            ours.extend(theirs)
            articles[first] |= articles.pop(second)
            for claim_id in theirs:
                group_of[claim_id] = first
            del members[second]
    by_id = {c.id: c for c in claims}
    inside: dict[int, list[str]] = defaultdict(list)
    pairs = []
    for verdict in live:
        if group_of[verdict.a] == group_of[verdict.b]:
            inside[group_of[verdict.a]].append(effective(verdict))
        elif effective(verdict) == "contradict" or all(len(members[group_of[i]]) == 1 for i in (verdict.a, verdict.b)):
            pairs.append(((verdict.a, verdict.b), [effective(verdict)]))
    groups = [(tuple(sorted(ids)), inside[key]) for key, ids in members.items() if len(ids) > 1] + pairs
    facts = [Fact("", _label([by_id[i] for i in ids if i in by_id]), _status(statuses), tuple(ids))
             for ids, statuses in groups]
    facts.sort(key=lambda f: (STATUS_ORDER.index(f.status), -len(f.claims), f.label))
    return [Fact(f"F{n + 1}", f.label, f.status, f.claims) for n, f in enumerate(facts)]


def effective(verdict: Verdict) -> str:
    """The verdict that counts: the user's override when there is one."""
    return verdict.override or verdict.verdict


def _status(verdicts: list[str]) -> str:
    if "contradict" in verdicts:
        return "contradiction"
    if "differs_in_time" in verdicts:
        return "changes over time"
    if verdicts and all(v == "agree" for v in verdicts):
        return "all agree"
    return "unclear"


def _label(claims: list[Claim]) -> str:
    """The subject most claims share; dates are labelled "date of <event>"."""
    if not claims:
        return ""
    subjects = [c.subject for c in claims if c.subject]
    subject = max(subjects, key=subjects.count) if subjects else claims[0].unit  # first of the most common
    if all(c.kind == "date" for c in claims):
        shortest = min((c.event for c in claims if c.event), key=len, default=subject)
        return f"date of: {shortest}"
    return subject
