"""The user's last word: confirmed or rejected matches, overridden verdicts with a note, and claims
added to a fact by hand. Pure functions over the comparison; the page keeps the decisions."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .api import Comparison
from .group import make_facts
from .judge import Judge
from .records import Verdict

DECISIONS = ("confirmed", "rejected", "agree", "contradict", "differs_in_time", "unclear")


@dataclass(frozen=True)
class Decision:
    """What the user said about the pair (a, b): a verdict of their own, or that the match is right
    ("confirmed") or wrong ("rejected"), with a note saying why."""

    a: str
    b: str
    decision: str
    note: str = ""

    def to_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "decision": self.decision, "note": self.note}


def apply_decisions(comparison: Comparison, decisions: list[Decision]) -> Comparison:
    """The comparison with the user's decisions on its verdicts; a decision about a pair the matcher
    missed adds that pair (judged by the rules, marked as added by hand)."""
    by_pair = {frozenset((d.a, d.b)): d for d in decisions}
    verdicts = []
    for verdict in comparison.verdicts:
        decision = by_pair.pop(frozenset((verdict.a, verdict.b)), None)
        verdicts.append(_decided(verdict, decision) if decision else verdict)
    claims = {c.id: c for c in comparison.claims}
    judge = Judge({a.id: a for a in comparison.articles})
    groups = [list(f.claims) for f in comparison.facts]
    for decision in by_pair.values():
        if decision.a in claims and decision.b in claims and decision.a != decision.b:
            added = judge(claims[decision.a], claims[decision.b], 100.0)
            verdicts.append(_decided(replace(added, rule=f"{added.rule}; matched by hand"), decision))
            _join(groups, decision.a, decision.b)
    facts = make_facts(list(comparison.claims), [tuple(g) for g in groups], verdicts)
    return replace(comparison, verdicts=tuple(verdicts), facts=tuple(facts))


def _join(groups: list[list[str]], a: str, b: str) -> None:
    """Put two claims the user matched by hand in one fact: the other's fact when one has a fact, else a
    fact of their own (a claim already in another fact stays there)."""
    holder = {claim_id: group for group in groups for claim_id in group}
    if holder.get(a) is not None and holder.get(a) is holder.get(b):
        return
    for inside, outside in ((a, b), (b, a)):
        if inside in holder and outside not in holder:
            holder[inside].append(outside)
            return
    groups.append([a, b])


def _decided(verdict: Verdict, decision: Decision) -> Verdict:
    override = "" if decision.decision == "confirmed" else decision.decision
    note = decision.note or ("match confirmed by the user" if decision.decision == "confirmed" else "")
    return replace(verdict, override=override, note=note)
