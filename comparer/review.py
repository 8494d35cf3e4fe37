"""The user's last word: confirmed or rejected matches, overridden verdicts with a note, and claims
added to a fact by hand. Pure functions over the comparison; the page keeps the decisions."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .api import Comparison
from .group import group_facts
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
    for decision in by_pair.values():
        if decision.a in claims and decision.b in claims and decision.a != decision.b:
            added = judge(claims[decision.a], claims[decision.b], 100.0)
            verdicts.append(_decided(replace(added, rule=f"{added.rule}; matched by hand"), decision))
    facts = group_facts(list(comparison.claims), verdicts)
    return replace(comparison, verdicts=tuple(verdicts), facts=tuple(facts))


def _decided(verdict: Verdict, decision: Decision) -> Verdict:
    override = "" if decision.decision == "confirmed" else decision.decision
    note = decision.note or ("match confirmed by the user" if decision.decision == "confirmed" else "")
    return replace(verdict, override=override, note=note)
