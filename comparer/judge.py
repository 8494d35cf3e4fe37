"""A matched pair of claims -> a verdict that explains itself.

Rules, in the order they are tried:
1. dates: periods that overlap or contain each other agree ("2020" contains "January 2020":
   granularity, not contradiction). Disjoint periods contradict only when both were stated
   outright or read against a reliable publication date, and the match is strong; else unclear.
2. figures: bounds that overlap agree (a hedge or a rounding can explain the gap). Disjoint
   bounds at different times differ in time; at the same time they contradict, when the match
   is strong and both times are known; otherwise unclear. Two figures of texts that carry no date,
   neither saying when it holds, are read as of one time (the time of the story the user put
   together), and contradict only when one sentence restates the other with another number;
   the reason says so, and dating the articles changes it.
3. a contradiction where one claim matches two or more claims of the other article about as well
   (a part and a total, two breakdowns) is only unclear.
Every reason names the rule, both values with their bounds, and both time scopes.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from functools import lru_cache

from . import settings
from .records import OPEN_HIGH, Article, Claim, Verdict
from .units import MEASURE_CLASSES, METRES_PER_UNIT, unit_of

PUBLICATION_SLACK = timedelta(days=7)
"""A figure dated only by its article's publication date holds for about a week either side."""

DURATION_IN_YEARS = {"years": 1.0, "months": 1 / 12, "weeks": 1 / 52, "days": 1 / 365, "hours": 1 / 8760,
                     "minutes": 1 / 525600, "seconds": 1 / 31536000}


class Judge:
    """Judges the pairs of one comparison. What a verdict needs to know about one claim (its words, its
    bounds, when it holds, whether that time is firm) is worked out once however many pairs it is in:
    a large comparison judges hundreds of thousands of pairs over a few tens of thousands of claims."""

    def __init__(self, articles: dict[str, Article], *, strict_threshold: float = settings.STRICT_MATCH_THRESHOLD):
        self.articles = articles
        self.strict_threshold = strict_threshold
        self._described: dict[str, str] = {}
        self._firm: dict[str, bool] = {}
        self._periods: dict[str, tuple[date, date] | None] = {}

    def describe(self, claim: Claim) -> str:
        text = self._described.get(claim.id)
        if text is None:
            text = self._described[claim.id] = describe(claim)
        return text

    def __call__(self, a: Claim, b: Claim, score: float, *, ambiguous: bool = False) -> Verdict:
        """The verdict on two matched claims; the same whichever order they come in. `ambiguous`: one of
        them matches two or more claims of the other's article about as well (see match.Candidate)."""
        first, second = (a, b) if a.id < b.id else (b, a)
        both = f"{self.describe(first)}; {self.describe(second)}"
        rules = self._dates if first.kind == "date" and second.kind == "date" else self._values
        verdict, rule, discrepancy, reason = rules(first, second, score, both)
        if verdict == "contradict" and ambiguous:
            verdict, rule, reason = "unclear", "ambiguous match", (
                f"unclear: the figures disagree, but one of them matches several figures of the other article "
                f"about as well (a part and a total, or two breakdowns), so this is not called a contradiction. "
                f"{both}")
        return Verdict(first.id, second.id, score, verdict, reason, rule, discrepancy)

    def _dates(self, a: Claim, b: Claim, score: float, both: str) -> tuple[str, str, str, str]:
        if a.low is None or b.low is None:
            return "unclear", "date unresolved", "", f"unclear: a date could not be resolved. {both}"
        a_low, a_high, b_low, b_high = map(_day, (a.low, a.high, b.low, b.high))
        if a_low <= b_high and b_low <= a_high:
            same = (a_low, a_high) == (b_low, b_high)
            discrepancy = "" if same else "granularity"
            rule = "dates overlap" if not same else "same date"
            return "agree", rule, discrepancy, f"agree ({rule}): {both}"
        shaky = [c for c in (a, b) if not self._is_firm(c)]
        if shaky:
            names = ", ".join(f"{c.article} ({c.time_basis})" for c in shaky)
            return "unclear", "date read against an uncertain anchor", "time", (
                f"unclear: the dates differ, but {names} was resolved against a publication date or context "
                f"that is not certain, so this is not called a contradiction. {both}")
        if score < self.strict_threshold:
            return "unclear", "weak match", "outright", (
                f"unclear: the dates differ, but the events match only at {score:.0f}/100 (a contradiction "
                f"needs {self.strict_threshold:.0f}), so they may be different events. {both}")
        return "contradict", "disjoint dates", "outright", f"contradict (disjoint dates for the same event): {both}"

    def _values(self, a: Claim, b: Claim, score: float, both: str) -> tuple[str, str, str, str]:
        (a_low, a_high, a_value), (b_low, b_high, b_value) = comparable_bounds(a, b), comparable_bounds(b, a)
        if a_low is None or b_low is None:
            return "unclear", "different measures", "", f"unclear: the two figures measure different things. {both}"
        if a_low <= b_high and b_low <= a_high:
            exact = a_low == a_high == b_low == b_high
            rule = "same value" if exact else "bounds overlap"
            discrepancy = "" if exact else "hedge"
            return "agree", rule, discrepancy, f"agree ({rule}): {both}"
        if _rounds_to(a_value, b_value) or _rounds_to(b_value, a_value):
            return "agree", "rounding", "rounding", f"agree (one figure is the other rounded): {both}"
        a_period, b_period = self._period(a), self._period(b)
        if a_period and b_period and not (a_period[0] <= b_period[1] and b_period[0] <= a_period[1]):
            return "differs_in_time", "different times", "time", (
                f"differs in time: the figures differ, and so do the times they speak of. {both}")
        discrepancy = "off_by_one" if abs(a_value - b_value) == 1 else "outright"
        undated = not (a_period or b_period) and self._undated(a) and self._undated(b)
        if not (a_period and b_period or undated):
            return "unclear", "time unknown", discrepancy, (
                f"unclear: the figures differ, but when one of them holds is not known. {both}")
        shaky = [] if undated else [c for c in (a, b) if c.time_basis != "explicit" and not self._is_firm(c)]
        if shaky:
            return "unclear", "time from an uncertain anchor", discrepancy, (
                f"unclear: the figures differ at what looks like the same time, but that time was inferred "
                f"for {', '.join(c.article for c in shaky)}. {both}")
        if score < self.strict_threshold:
            return "unclear", "weak match", discrepancy, (
                f"unclear: the figures differ, but the claims match only at {score:.0f}/100 (a contradiction "
                f"needs {self.strict_threshold:.0f}), so they may measure different things. {both}")
        if undated and not _restates(a, b):
            return "unclear", "undated, not a restatement", discrepancy, (
                f"unclear: the figures differ and neither text is dated, and each sentence says something about "
                f"the figure that the other does not, so they may not measure the same thing. {both}")
        if undated:
            return "contradict", "disjoint bounds, undated texts", discrepancy, (
                f"contradict (the bounds do not overlap; neither text is dated and neither figure says when it "
                f"holds, so both are read as of the time of the story: give the articles their dates if they "
                f"are not of one time): {both}")
        return "contradict", "disjoint bounds, same time", discrepancy, (
            f"contradict (the bounds do not overlap and the times are the same): {both}")

    def _undated(self, claim: Claim) -> bool:
        """Neither the claim nor its article says when: a text pasted without its date."""
        article = self.articles.get(claim.article)
        return not claim.time_start and article is not None and article.published is None

    def _is_firm(self, claim: Claim) -> bool:
        """Whether the time a claim speaks of was stated, or read against a publication date to be trusted."""
        firm = self._firm.get(claim.id)
        if firm is None:
            article = self.articles.get(claim.article)
            firm = self._firm[claim.id] = claim.time_basis == "explicit" or (
                claim.time_basis == "publication date" and article is not None and article.anchor_is_reliable)
        return firm

    def _period(self, claim: Claim) -> tuple[date, date] | None:
        """The days a figure holds for, or None when it is not known. A figure dated only by its
        article's publication date holds for PUBLICATION_SLACK either side."""
        if claim.id in self._periods:
            return self._periods[claim.id]
        period = None
        if claim.time_start:
            low, high = _day(claim.time_start), _day(claim.time_end or claim.time_start)
            if claim.time_basis == "publication date":
                low, high = low - PUBLICATION_SLACK, high + PUBLICATION_SLACK
            period = (low, high)
        self._periods[claim.id] = period
        return period


def judge(a: Claim, b: Claim, score: float, articles: dict[str, Article], *,
          strict_threshold: float = settings.STRICT_MATCH_THRESHOLD) -> Verdict:
    """The verdict on two matched claims; the same whichever order they come in."""
    return Judge(articles, strict_threshold=strict_threshold)(a, b, score)


def _restates(a: Claim, b: Claim) -> bool:
    """Whether one claim's words are all among the other's: the same statement with another number.
    Without dates this is what tells "the landslide buried 23 homes" against "... buried 9 homes" (a
    contradiction) from "the striker has 31 goals" against "his team has 88 goals" (two measures)."""
    a_words, b_words = _statement_words(a.context), _statement_words(b.context)
    return a_words <= b_words or b_words <= a_words


@lru_cache(maxsize=65536)
def _statement_words(context: str) -> frozenset[str]:
    """A claim's context words without units of measure: "3.5 tonnes" and "350 kilograms" restate one
    seizure, their units are compared as numbers."""
    return frozenset(w for w in context.split() if not _is_unit_word(w))


def _is_unit_word(word: str) -> bool:
    unit, _, kind = unit_of(word)
    return kind != "count" or unit in MEASURE_CLASSES


def comparable_bounds(claim: Claim, other: Claim) -> tuple[float | None, float | None, float]:
    """(low, high, value) of a claim in the units of the other: a fraction that changes a figure
    compares through its derived figure; durations compare in years, distances in metres."""
    if claim.kind in ("ratio", "percent") and claim.derived_value is not None and other.kind not in ("ratio",):
        if other.kind == "percent" and claim.kind == "percent":
            return claim.low, claim.high, claim.value
        return claim.derived_low, claim.derived_high, claim.derived_value
    if claim.kind == "distance" and other.kind == "distance":
        return _scaled(claim, METRES_PER_UNIT.get(claim.unit, 1.0))
    if claim.kind == "duration" and other.kind == "duration":
        return _scaled(claim, DURATION_IN_YEARS.get(claim.unit, 1.0))
    if claim.kind == other.kind == "count" and claim.unit in MEASURE_CLASSES and other.unit in MEASURE_CLASSES:
        (measure, factor), (other_measure, _) = MEASURE_CLASSES[claim.unit], MEASURE_CLASSES[other.unit]
        return _scaled(claim, factor) if measure == other_measure else (None, None, 0.0)
    if not isinstance(claim.value, (int, float)) or claim.kind != other.kind and not (
            other.kind in ("ratio", "percent") and other.derived_value is not None):
        return None, None, 0.0
    return claim.low, claim.high, claim.value


def _scaled(claim: Claim, factor: float) -> tuple[float, float, float]:
    """(low, high, value) times a unit's size; an open upper bound stays open."""
    high = claim.high if claim.high >= OPEN_HIGH else claim.high * factor
    return claim.low * factor, high, claim.value * factor


def _rounds_to(precise: float, rounded: float) -> bool:
    """Whether `rounded` is `precise` rounded half-up to its own one or two significant digits
    (7.15 -> 7.2, 94.5 -> 95, 103 -> 100).

    >>> _rounds_to(7.15, 7.2), _rounds_to(94.5, 95), _rounds_to(103, 100), _rounds_to(2500, 5000)
    (True, True, True, False)
    """
    if rounded <= 0 or precise <= 0 or precise == rounded or abs(precise - rounded) > 0.5 * max(precise, rounded):
        return precise == rounded
    digits = f"{rounded:.6g}".split("e")[0].replace(".", "").strip("0")
    if len(digits) > 2:
        return False
    step = 10 ** (math.floor(math.log10(rounded)) - len(digits) + 1)
    return math.isclose(math.floor(precise / step + 0.5 + 1e-9) * step, rounded, rel_tol=1e-9)


_day = lru_cache(maxsize=8192)(date.fromisoformat)
"""ISO text -> date, remembered: the same few dates recur across thousands of pairs."""


def describe(claim: Claim) -> str:
    """One claim in words: article, quote, value with bounds, and the time it speaks of."""
    if claim.kind == "date":
        value = f"{claim.value} ({claim.low} to {claim.high})"
    else:
        value = f"{_number(claim.value)} {claim.unit} [{_number(claim.low)} to {_number(claim.high)}]"
        if claim.change:
            value = f"a change of {value}"
        if claim.derived_value is not None:
            value += (f", giving {_number(claim.derived_value)} {claim.derived_unit} "
                      f"[{_number(claim.derived_low)} to {_number(claim.derived_high)}]")
    when = f"{claim.time_start} to {claim.time_end}" if claim.time_start else "unknown time"
    return f'{claim.article} says "{claim.quote}" = {value}, at {when} ({claim.time_basis})'


def _number(value: object) -> str:
    if isinstance(value, float):
        if value >= OPEN_HIGH:
            return "open"
        return f"{value:,.0f}" if value == int(value) or abs(value) >= 100 else f"{value:.3g}"
    return str(value)
