"""One fact in one sentence a journalist would write: "Herald: 5,300 or more on 14 September 2023;
Wire: 11,300 on 14 September 2023: these cannot both be right."

The pair reasons (`Verdict.reason`) say everything a rule looked at; a row of the page and a line of
facts.csv needs the one pair that decides the fact's status, said plainly. Pure functions over records."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from .group import effective
from .lexicon import MEASURE_LABELS
from .records import Claim, Fact, Verdict
from .wording import figure_words, period_words

STATUS_VERDICT = {"contradiction": "contradict", "changes over time": "differs_in_time", "unclear": "unclear",
                  "all agree": "agree"}
"""The verdict of the pair that decides each status."""
TIME_RULE_WORDS = {
    "different times": "the figure changed between these times",
    "a bound on another day": "one gives only a bound, and the count moved between these days",
    "its own article gives both values": "one article gives both figures, as moments of one changing count",
    "different days named": "their sentences name different days",
    "plan announced on different days": "a plan announced on different days may have moved",
    "previous against another figure": "one gives an earlier level for comparison",
    "update against another figure": "one is an update of an earlier figure",
    "running total against another figure": "one is a running count, taken at another moment",
    "projection against another figure": "one is a projection, the other a count",
}
"""Why two figures differ in time, by the rule that decided it (`judge`), in a reader's words."""


def verdicts_by_fact(facts: list[Fact], verdicts: list[Verdict]) -> dict[str, list[Verdict]]:
    """Fact id -> the verdicts on its pairs (left-out claims' pairs included): the page shows each row's
    reasons without scanning every verdict for every row."""
    fact_of: dict[str, list[str]] = defaultdict(list)
    for fact in facts:
        for claim_id in (*fact.claims, *fact.left_out):
            fact_of[claim_id].append(fact.id)
    found: dict[str, list[Verdict]] = defaultdict(list)
    for verdict in verdicts:
        for fact_id in set(fact_of.get(verdict.a, ())) & set(fact_of.get(verdict.b, ())):
            found[fact_id].append(verdict)
    return found


def fact_summary(fact: Fact, verdicts: list[Verdict], claims: dict[str, Claim], labels: dict[str, str]) -> str:
    """The fact's status in one sentence, citing the pair that decides it and only claims of the fact."""
    if fact.status == "rejected":
        return "You rejected this match: its claims are kept apart."
    wanted = STATUS_VERDICT[fact.status]
    members = set(fact.claims)
    deciding = [v for v in verdicts if effective(v) == wanted and v.a in members and v.b in members]
    if fact.status == "all agree" or not deciding:
        return _agreement(fact, claims, labels)
    verdict = max(deciding, key=lambda v: _telling(v, claims))
    a, b = claims[verdict.a], claims[verdict.b]
    said = f"{_says(a, labels)}; {_says(b, labels)}"
    by_user = " (your decision)" if verdict.override else ""
    if wanted == "contradict":
        return f"{said}: these cannot both be right{by_user}."
    if wanted == "differs_in_time":
        return f"{said}: {TIME_RULE_WORDS.get(verdict.rule, 'they speak of different times')}{by_user}."
    return f"{said}: not decided{by_user}, because {_first_clause(verdict.reason)}."


def _telling(verdict: Verdict, claims: dict[str, Claim]) -> tuple:
    """How well a pair shows its fact's status: a decision of the user's first, then for a change over
    time the pair furthest apart in time (the first and the last reading), then the closest match."""
    a, b = claims[verdict.a], claims[verdict.b]
    gap = 0
    if _day_precise(a) and _day_precise(b):  # "since 1998" is no reading on a day
        gap = abs((date.fromisoformat(a.time_start[:10]) - date.fromisoformat(b.time_start[:10])).days)
    return bool(verdict.override), gap if effective(verdict) == "differs_in_time" else 0, verdict.score


def _day_precise(claim: Claim) -> bool:
    return bool(claim.time_start) and (claim.time_end or claim.time_start)[:10] == claim.time_start[:10]


def _agreement(fact: Fact, claims: dict[str, Claim], labels: dict[str, str]) -> str:
    members = [claims[i] for i in fact.claims if i in claims]
    articles = len({c.article for c in members})
    figures = list(dict.fromkeys(figure_words(c) for c in members))
    shown = "; ".join(figures[:3]) + (f"; and {len(figures) - 3} more forms" if len(figures) > 3 else "")
    if fact.status == "all agree":
        return f"{articles} articles agree: {shown}."
    return f"{articles} articles give {shown}; no pair decides more than that."


def _says(claim: Claim, labels: dict[str, str]) -> str:
    """ "Herald: 5,300 or more people killed (14 September 2023)"; a date as the day it names."""
    source = labels.get(claim.article, claim.article)
    if claim.kind == "date":
        return f"{source}: {figure_words(claim)}"
    figure = figure_words(claim)
    noun = claim.counted if claim.kind == "count" and claim.counted not in ("", claim.kind) else ""
    noun = "" if noun and figure.endswith(noun) else noun  # "22.5 million cubic metres", not "... cubic metres" twice
    verb = MEASURE_LABELS.get(claim.measure, claim.measure)
    if verb.split()[:1] == (noun or figure).split()[-1:]:
        verb = " ".join(verb.split()[1:])  # "412 seats won", not "412 seats seats won"
    what = " ".join(dict.fromkeys(filter(None, (figure, noun, verb))))
    when = period_words(claim.time_start, claim.time_end) or "time unknown"
    return f"{source}: {what} ({when})"


def _first_clause(reason: str) -> str:
    """The reason's explanation without its verdict word and without the claims it goes on to cite:
    "unclear: the figures differ, but when one of them holds is not known. a.txt says…" -> "the figures
    differ, but when one of them holds is not known"."""
    explanation = reason.split(": ", 1)[1] if ": " in reason[:40] else reason
    return explanation.split(". ", 1)[0].rstrip(".")
