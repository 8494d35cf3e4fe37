"""Verdicts -> facts: connected groups of matched claims, each with a label and an overall status."""

from __future__ import annotations

from collections import Counter, defaultdict

from .records import Claim, Fact, Verdict

STATUS_ORDER = ("contradiction", "changes over time", "unclear", "all agree")
"""Strongest disagreement first: the order the page sorts facts in."""


def group_facts(claims: list[Claim], verdicts: list[Verdict]) -> list[Fact]:
    """Union the claims that verdicts link; a fact's status is its strongest disagreement.

    Overridden verdicts count as the user decided; a rejected match does not link its claims.
    """
    live = [v for v in verdicts if effective(v) != "rejected"]
    index: dict[str, int] = {}
    for verdict in live:
        index.setdefault(verdict.a, len(index))
        index.setdefault(verdict.b, len(index))
    parent = list(range(len(index)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for verdict in live:
        parent[find(index[verdict.a])] = find(index[verdict.b])
    names = sorted(index)
    members: dict[int, list[str]] = defaultdict(list)
    for claim_id in names:
        members[find(index[claim_id])].append(claim_id)
    by_id = {c.id: c for c in claims}
    verdicts_of: dict[int, list[str]] = defaultdict(list)
    for verdict in live:
        verdicts_of[find(index[verdict.a])].append(effective(verdict))
    facts = []
    for root, ids in members.items():
        status = _status(verdicts_of[root])
        label = _label([by_id[i] for i in ids if i in by_id])
        facts.append(Fact("", label, status, tuple(ids)))
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
    subjects = Counter(c.subject for c in claims if c.subject)
    subject = subjects.most_common(1)[0][0] if subjects else claims[0].unit
    if all(c.kind == "date" for c in claims):
        shortest = min((c.event for c in claims if c.event), key=len, default=subject)
        return f"date of: {shortest}"
    return subject
