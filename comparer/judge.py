"""A pair of claims of one fact -> a verdict that explains itself.

Rules, in the order they are tried:
1. dates: periods that overlap or contain each other agree ("2020" contains "January 2020":
   granularity, not contradiction); a day named without its year is compared on month and day.
   Disjoint periods differ in time when one is a plan or deadline ("through Saturday") announced on
   another day; they are unclear when either is a statement's date (two statements, not one event)
   or was read against an uncertain anchor, or when the match is weak; else they contradict.
2. figures: bounds that overlap agree (a hedge or a rounding can explain the gap), but a projection
   whose bounds only meet a count's differs in time from it (a forecast of "up to 21%" and the "nearly
   15%" that came are two statements at two moments; the same value agrees). Disjoint bounds:
   - differ in time when the times they speak of differ: their own dates, or else the days their
     articles were published (figures of one day are of one time, figures of two days are not);
   - differ in time when one is an earlier level given for comparison ("up from 5,000"), an update
     ("has risen to"), a running count ("so far", "as of 2am"), or a projection set against a count
     ("forecast to win 131" against "won 121");
   - are unclear when one names a place and the other does not (a part is not the whole), when the
     time of either is unknown or inferred, or the match is weak;
   - two figures of texts that carry no date, neither saying when it holds, are read as of one time
     and contradict only when one sentence restates the other with another number;
   - otherwise they contradict.
Every reason names the rule, both values with their bounds, and both time scopes.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date
from functools import lru_cache

from . import settings
from .lexicon import FIXED_KINDS, FIXED_MEASURES
from .periods import day_or_none
from .records import OPEN_HIGH, Article, Claim, Verdict
from .similarity import holder_words, holders_differ, places
from .units import MEASURE_CLASSES, METRES_PER_UNIT, unit_of
from .wording import claim_words

DURATION_IN_YEARS = {"years": 1.0, "months": 1 / 12, "weeks": 1 / 52, "days": 1 / 365, "hours": 1 / 8760,
                     "minutes": 1 / 525600, "seconds": 1 / 31536000}
YEAR_IN_QUOTE_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
MONTH_IN_QUOTE_RE = re.compile(rf"\b{_MONTHS}[a-z]*\.?\s+\d|\d\s+{_MONTHS}", re.I)
SCOPE_REASONS = {
    "previous": "gives an earlier level for comparison",
    "update": "is an update of an earlier figure",
    "running total": "is a running count, taken at one moment of an evolving figure",
    "projection": "is a projection, not a count",
}


FIXED_FOR_DAYS = {"population": 366}
"""How many days apart two figures of a fixed measure may be and still be of one fixed value."""
FIXED_WORDS = "a height, a distance, the number aboard or a population"
"""FIXED_KINDS and FIXED_MEASURES in a reader's words, for the reason of a verdict."""


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
            text = self._described[claim.id] = claim_words(claim)
        return text

    def __call__(self, a: Claim, b: Claim, score: float, fact: tuple[Claim, ...] = ()) -> Verdict:
        """The verdict on two claims of one fact (`fact`: all its claims); the same whichever order they come in."""
        first, second = (a, b) if a.id < b.id else (b, a)
        both = f"{self.describe(first)}; {self.describe(second)}"
        if first.kind == "date" and second.kind == "date":
            verdict, rule, discrepancy, reason = self._dates(first, second, score, both)
        else:
            verdict, rule, discrepancy, reason = self._values(first, second, score, both)
            told = _told_both(first, second, fact) if verdict in ("contradict", "unclear") else None
            if told is not None:
                verdict, rule, discrepancy = "differs_in_time", "its own article gives both values", "time"
                reason = (f"differs in time: {told[0].article} itself gives the other figure too ({told[1].quote!r}), "
                          f"so the two are moments of one changing figure. {both}")
        return Verdict(first.id, second.id, score, verdict, reason, rule, discrepancy)

    def _dates(self, a: Claim, b: Claim, score: float, both: str) -> tuple[str, str, str, str]:
        days = _day_bounds(a, b)
        named = _weekday_against_day(a, b)
        if days is None and named is not None:
            return named
        if days is None:
            return "unclear", "date unresolved", "", f"unclear: a date could not be resolved. {both}"
        a_low, a_high, b_low, b_high = days
        if a_low <= b_high and b_low <= a_high:
            same = (a_low, a_high) == (b_low, b_high)
            discrepancy = "" if same else "granularity"
            rule = "dates overlap" if not same else "same date"
            return "agree", rule, discrepancy, f"agree ({rule}): {both}"
        planned = [c for c in (a, b) if self._is_ahead(c)]
        if planned and self._published(a) and self._published(b) and self._published(a) != self._published(b):
            return "differs_in_time", "plan announced on different days", "time", (
                f"differs in time: {planned[0].article} gives a date still ahead when it was published, and the "
                f"two articles were published on different days, so the plan may have moved. {both}")
        statements = [c for c in (a, b) if c.measure in ("statement", "report")]
        if statements:
            return "unclear", "dates of statements", "outright", (
                f"unclear: the dates differ, but {statements[0].article} dates a {statements[0].measure}, and "
                f"two statements on different days are not one event. {both}")
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
        a_period, b_period = self._period(a), self._period(b)
        apart = bool(a_period and b_period) and not (a_period[0] <= b_period[1] and b_period[0] <= a_period[1])
        fixed = a.kind in FIXED_KINDS or any(
            measure in FIXED_MEASURES and (not apart or measure not in FIXED_FOR_DAYS
                                           or _days_apart(a_period, b_period) <= FIXED_FOR_DAYS[measure])
            for measure in {a.measure, b.measure})
        if a_low <= b_high and b_low <= a_high:
            exact = a_low == a_high == b_low == b_high
            evolving = apart and not fixed  # only a count that moves can pass a bound set days before
            floor = _only_a_bound(a, b, (a_low, a_high, a_value), (b_low, b_high, b_value)) if evolving else None
            if floor is not None:
                return "differs_in_time", "a bound on another day", "time", (
                    f"differs in time: the two figures are of different days, and they overlap only because "
                    f"{floor.article}'s \"{floor.quote}\" gives a bound, not a count; the count it bounds moved "
                    f"in between. {both}")
            projected = _the_projection(a, b)
            if projected is not None and a_value != b_value:
                return "differs_in_time", "projection against a count", "time", (
                    f"differs in time: the figures overlap, but {projected.article}'s "
                    f"{SCOPE_REASONS['projection']} and the other's is not: a forecast and what came of it are two "
                    f"statements at two moments, and they meet here only within their bounds. {both}")
            rule = "same value" if exact else "bounds overlap"
            discrepancy = "" if exact else "hedge"
            return "agree", rule, discrepancy, f"agree ({rule}): {both}"
        scoped = _scope_difference(a, b)
        if scoped is not None:  # before rounding: an exit poll's 410 is not the count's 412 rounded
            claim, words = scoped
            return "differs_in_time", f"{claim.scope} against another figure", "time", (
                f"differs in time: the figures differ, but {claim.article}'s {words}. {both}")
        if _rounds_to(a_value, b_value) or _rounds_to(b_value, a_value):
            return "agree", "rounding", "rounding", f"agree (one figure is the other rounded): {both}"
        if apart and fixed and a.measure == b.measure and a.measure in FIXED_MEASURES and a.unit == b.unit \
                and score >= self.strict_threshold and _holders(a, b) is None and _part_and_whole(a, b) is None:
            return "contradict", "fixed at one moment", "outright", (
                f"contradict: the figures differ, and {FIXED_MEASURES[a.measure]} does not change from one day to "
                f"the next; they count the same {a.unit or 'people'} in words that match ({score:.0f}/100), so "
                f"they cannot both be right. {both}")  # (a height or distance may be another dam's or another town's)
        if holders_differ(holder_words(a), holder_words(b)):
            return "unclear", "holders not shown to be one", "outright", (
                f"unclear: the figures differ, but {_holders(a, b)}, so they may be different holders' figures, "
                f"whatever their times. {both}")  # United's 79 planes are not Alaska's 65 two days later
        if apart and fixed:
            return "unclear", "does not change with time", "outright", (
                f"unclear: the figures differ and were given on different days, but {FIXED_WORDS} does not "
                f"change from one day to the next, so they may measure different things. {both}")
        if apart:
            return "differs_in_time", "different times", "time", (
                f"differs in time: the figures differ, and so do the times they speak of. {both}")
        if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
            return "differs_in_time", "different days named", "time", (
                f"differs in time: the figures differ, and their sentences name different days "
                f"({calendar.day_name[a.weekday]}, {calendar.day_name[b.weekday]}). {both}")
        discrepancy = "off_by_one" if abs(a_value - b_value) == 1 else "outright"
        holders = _holders(a, b)
        if holders is not None:
            return "unclear", "holders not shown to be one", discrepancy, (
                f"unclear: the figures differ, but {holders}, so they may be different holders' figures. {both}")
        part = _part_and_whole(a, b)
        if part is not None:
            return "unclear", "a part and the whole", discrepancy, (
                f"unclear: the figures differ, but {part.article}'s names a place ({', '.join(sorted(places(part)))}) "
                f"and the other does not, so one may count a part of the other. {both}")
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
            f"contradict (the bounds do not overlap, and the times they speak of overlap): {both}")

    def _undated(self, claim: Claim) -> bool:
        """Neither the claim nor its article says when: a text pasted without its date."""
        article = self.articles.get(claim.article)
        return not claim.time_start and article is not None and article.published is None

    def _published(self, claim: Claim) -> date | None:
        article = self.articles.get(claim.article)
        return article.published if article is not None else None

    def _is_ahead(self, claim: Claim) -> bool:
        """A date after its article's publication date: a plan or a deadline ("through Saturday")."""
        published = self._published(claim)
        return published is not None and claim.low is not None and _day(claim.low) > published

    def _is_firm(self, claim: Claim) -> bool:
        """Whether the time a claim speaks of was stated, or read against a publication date to be trusted."""
        firm = self._firm.get(claim.id)
        if firm is None:
            article = self.articles.get(claim.article)
            firm = self._firm[claim.id] = claim.time_basis == "explicit" or (
                claim.time_basis in ("publication date", "context") and article is not None
                and article.anchor_is_reliable)
        return firm

    def _period(self, claim: Claim) -> tuple[date, date] | None:
        """The days a figure holds for, or None when it is not known. A figure dated only by its article's
        publication date holds for that day: figures of one day are of one time."""
        if claim.id in self._periods:
            return self._periods[claim.id]
        period = None
        if claim.time_start:
            period = (_day(claim.time_start), _day(claim.time_end or claim.time_start))
        self._periods[claim.id] = period
        return period


def _days_apart(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two periods that do not overlap."""
    return max(b[0] - a[1], a[0] - b[1]).days


def _told_both(a: Claim, b: Claim, fact: tuple[Claim, ...]) -> tuple[Claim, Claim] | None:
    """(a claim, another of its article in the fact) when that article also states the other claim's value:
    "sales reached $5.4 billion, up from $4.1 billion" against "sales were $4.1 billion"."""
    for claim, other in ((a, b), (b, a)):
        for member in fact:
            if member.article == claim.article and member.id != claim.id and member.kind == other.kind:
                (low, high, _), (other_low, other_high, _) = comparable_bounds(member, other), comparable_bounds(
                    other, member)
                if low is not None and other_low is not None and low <= other_high and other_low <= high:
                    return claim, member
    return None


def _only_a_bound(a: Claim, b: Claim, a_bounds: tuple[float, float, float],
                  b_bounds: tuple[float, float, float]) -> Claim | None:
    """Of two different figures of different days that overlap, the claim whose one-sided bound ("more than
    5,000", "as many as 20,000") is all that makes them overlap, or None. An evolving count passes any
    floor set days before it: "more than 5,000" on the 13th and "11,000" on the 15th are two moments, not
    one count. A bound within a hedge of the other figure is that figure said loosely, and is left to agree."""
    a_value, b_value = a_bounds[2], b_bounds[2]
    if abs(a_value - b_value) <= settings.HEDGE_TOLERANCE * max(a_value, b_value):
        return None  # "more than 8 million" beside "8.5 million": the bound is the count, said loosely
    for claim, (low, high, _) in ((a, a_bounds), (b, b_bounds)):
        if high >= OPEN_HIGH or low == 0:
            return claim
    return None


def _scope_difference(a: Claim, b: Claim) -> tuple[Claim, str] | None:
    """The claim whose kind of statement explains a difference, and how: an earlier level, an update, a
    running count, or a projection set against a count (two projections are compared as they are)."""
    for scope in ("previous", "update", "running total"):
        for claim in (a, b):
            if claim.scope == scope:
                return claim, f"figure {SCOPE_REASONS[scope]}"
    projected = _the_projection(a, b)
    if projected is not None:
        return projected, f"figure {SCOPE_REASONS['projection']}, and the other's is not"
    return None


def _the_projection(a: Claim, b: Claim) -> Claim | None:
    """The one of two claims that is a projection when the other is not (two projections compare as they
    are)."""
    projected = [c for c in (a, b) if c.scope == "projection"]
    return projected[0] if len(projected) == 1 else None


def _holders(a: Claim, b: Claim) -> str | None:
    """Why two figures may be different holders' ("Labour" and "the Greens"), or None: a contradiction
    needs the same holder named on both sides, or none on either."""
    first, second = holder_words(a), holder_words(b)
    if holders_differ(first, second):
        return f"{a.article} names {a.holder} and {b.article} names {b.holder}"
    if bool(first) != bool(second):
        named = a if first else b
        return f"only {named.article} says whose figure it is ({named.holder})"
    return None


def _part_and_whole(a: Claim, b: Claim) -> Claim | None:
    """The claim that names a place when the other names none: it may count a part of the other's whole."""
    named_a, named_b = places(a), places(b)
    if bool(named_a) != bool(named_b):
        return a if named_a else b
    return None


def _weekday_against_day(a: Claim, b: Claim) -> tuple[str, str, str, str] | None:
    """A weekday whose date is unknown ("Friday" in a text without a date) against a known day or the same
    weekday: it fits or not. It can agree, never contradict: which Friday is not known."""
    if a.low is None and b.low is None and a.weekday is not None and a.weekday == b.weekday:
        return "agree", "the same weekday named", "granularity", (
            f"agree (both name a {calendar.day_name[a.weekday]}; the articles carry no date, so which one is not "
            f"known): {a.article} and {b.article}")
    for weekday, day in ((a, b), (b, a)):
        if weekday.low is None and weekday.weekday is not None and day.low is not None and day.low == day.high:
            both = f"{weekday.article} names a {calendar.day_name[weekday.weekday]} of unknown date; {day.article} " \
                   f"says {day.low}, a {calendar.day_name[_day(day.low).weekday()]}"
            if _day(day.low).weekday() == weekday.weekday:
                return "agree", "the weekday fits", "granularity", f"agree (the weekday fits the day): {both}"
            return "unclear", "the weekday does not fit", "time", (
                f"unclear: {both}; the days differ, but which {calendar.day_name[weekday.weekday]} is meant is not "
                "known, so this is not called a contradiction")
    return None


def _yearless(claim: Claim) -> bool:
    """A day named by month and day alone ("Jan. 5", "September 10"), whose year was inferred."""
    return claim.low is not None and claim.low == claim.high and claim.time_basis != "explicit" \
        and not YEAR_IN_QUOTE_RE.search(claim.quote) and MONTH_IN_QUOTE_RE.search(claim.quote) is not None


def _day_bounds(a: Claim, b: Claim) -> tuple[date, date, date, date] | None:
    """Both dates' first and last days; a day named without its year takes the other's year, so that
    "Jan. 5" and "January 5, 2024" compare on month and day. None when either is unresolved."""
    def bounds(claim: Claim, other: Claim) -> tuple[date, date] | None:
        if claim.low is not None and other.low is not None and other.low == other.high and _yearless(claim):
            return _in_year(claim.low[5:], _day(other.low).year)  # "January 5" against "January 5, 2024"
        if claim.low is not None:
            return _day(claim.low), _day(claim.high)
        if isinstance(claim.value, str) and claim.value.startswith("--"):
            return _in_year(claim.value[2:], _day(other.low).year if other.low else 2000)
        return None

    first, second = bounds(a, b), bounds(b, a)
    if first is None or second is None:
        return None
    return (*first, *second)


def _in_year(month_day: str, year: int) -> tuple[date, date] | None:
    """The day "MM-DD" of a year, as first and last day; None when that year has no such day (29 February)."""
    day = day_or_none(year, int(month_day[:2]), int(month_day[3:5]))
    return (day, day) if day is not None else None


def judge(a: Claim, b: Claim, score: float, articles: dict[str, Article], *,
          strict_threshold: float = settings.STRICT_MATCH_THRESHOLD) -> Verdict:
    """The verdict on two claims of one fact; the same whichever order they come in."""
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
    compares through its derived figure; a share written as a fraction ("one-fifth") compares with a
    percentage as one (20); durations compare in years, distances in metres."""
    if claim.kind in ("ratio", "percent") and claim.derived_value is not None and other.kind not in ("ratio",):
        if other.kind == "percent" and claim.kind == "percent":
            return claim.low, claim.high, claim.value
        return claim.derived_low, claim.derived_high, claim.derived_value
    if claim.kind == "distance" and other.kind == "distance":
        return _scaled(claim, METRES_PER_UNIT.get(claim.unit, 1.0))
    if claim.kind == "duration" and other.kind == "duration":
        return _scaled(claim, DURATION_IN_YEARS.get(claim.unit, 1.0))
    if {claim.kind, other.kind} == {"ratio", "percent"} and claim.derived_value is None \
            and other.derived_value is None:
        return _scaled(claim, 100.0) if claim.kind == "ratio" else (claim.low, claim.high, claim.value)
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
    """Whether `rounded` is `precise` rounded half-up to its own one, two or three significant digits,
    fewer than `precise` has (7.15 -> 7.2, 94.5 -> 95, 103 -> 100, 43.64 -> 43.6), and no further from it
    than a hedge reaches (settings.HEDGE_TOLERANCE): nobody writes 10 for 5, or 20 for 15.

    >>> _rounds_to(7.15, 7.2), _rounds_to(94.5, 95), _rounds_to(103, 100), _rounds_to(2500, 5000)
    (True, True, True, False)
    >>> _rounds_to(5, 10), _rounds_to(15, 20), _rounds_to(412, 410)
    (False, False, True)
    >>> _rounds_to(43.64e6, 43.6e6), _rounds_to(412, 411), _rounds_to(1149, 1150), _rounds_to(4569, 4570)
    (True, False, True, True)
    """
    if rounded <= 0 or precise <= 0 or precise == rounded or \
            abs(precise - rounded) > settings.HEDGE_TOLERANCE * max(precise, rounded):
        return precise == rounded
    digits, written = _significant(rounded), _significant(precise)
    if len(digits) > 3 or len(digits) >= len(written):
        return False  # "$43.6 million" rounds "$43.64 million"; 411 is no rounding of 412
    step = 10 ** (math.floor(math.log10(rounded)) - len(digits) + 1)
    return math.isclose(math.floor(precise / step + 0.5 + 1e-9) * step, rounded, rel_tol=1e-9)


def _significant(value: float) -> str:
    """The significant digits of a number as written: 43,640,000 -> "4364", 410 -> "41", 7.15 -> "715"."""
    return f"{value:.6g}".split("e")[0].replace(".", "").strip("0")


_day = lru_cache(maxsize=8192)(date.fromisoformat)
"""ISO text -> date, remembered: the same few dates recur across thousands of pairs."""
