"""Passes over an article's claims that look from one figure to its neighbours: a count listed with another
takes its measure, a paragraph's running count holds for its other figures, a fraction that changes a
stated figure gives the derived one, and a date that says when a figure holds is marked as such.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from itertools import takewhile

from .dates import dates_what_follows, opens_with_since
from .lexicon import ANTECEDENT_NOUNS, MEASURE_FAMILIES, OWNERLESS_MEASURES
from .measures import counted_class, measure_of
from .records import OPEN_HIGH, Claim
from .segment import Span
from .subjects import names_holder_by_kind, sentence_subject

COORDINATED_RE = re.compile(r"[^.;:()]{0,30}?(?:,|\(?\s*\band\b|\(?\s*\bor\b)(?:\s+[\w’'-]+){0,4}\s+$")
"""What may stand between two figures of one list ("174 passengers and six crew members"): a comma or a
conjunction, perhaps in brackets ("a majority of 209 (or 210)"), and no more than a few words
("forecast to win 61, with Reform UK on 13")."""


def with_shared_measures(claims: list[Claim], text: str) -> list[Claim]:
    """A count that names no measure of its own takes the measure of the count it is listed with, when
    nothing but a comma or a conjunction stands between them: "carrying 174 passengers and six crew
    members" carries both; "12 people in Texas and 4 in Oklahoma" were both killed; and, from the end of
    the list back, "the two pilots, the other three flight attendants and the remaining 164 passengers
    were uninjured", "the 171 passengers and 9 crew members on the flight"."""
    result = _shared_with_neighbour(claims, text)
    return _shared_with_neighbour(result[::-1], text, backward=True)[::-1]


def _shared_with_neighbour(claims: list[Claim], text: str, *, backward: bool = False) -> list[Claim]:
    """One pass along the list: each count takes the measure of the one before it in the pass (after it
    in the text when `backward`)."""
    result: list[Claim] = []
    for claim in claims:
        previous = result[-1] if result else None
        if previous is not None and claim.kind == "count" and not claim.measure and previous.kind == "count" \
                and previous.measure and previous.sentence == claim.sentence:
            between = text[claim.end:previous.start] if backward else text[previous.end:claim.start]
            if COORDINATED_RE.fullmatch(between) and not any(measure_of(w) for w in re.findall(r"[A-Za-z]+",
                                                                                            between)):
                counted = claim.counted or counted_class(claim.unit, claim.kind, previous.measure)
                claim = replace(claim, measure=previous.measure, counted=counted)
        result.append(claim)
    return result


ELIDED_NOUN_REACH = 400
"""How far back (characters) the count whose noun a bare count leaves out may be."""

NAMED_ANTECEDENT_REACH = 1200
"""How far back (characters) the count that "the number" or "that tally" names may be: a paragraph or two
(extract.ANTECEDENT_REACH is the shorter reach of "six of them")."""


def with_elided_nouns(claims: list[Claim]) -> list[Claim]:
    """A count that names no noun but says what happened counts what the count before it of the same measure
    counted: "Labour is expected to win 410 seats ... the Liberal Democrats are forecast to win 61" counts
    seats. Both must say a measure, and the same one or one of its family (lexicon.MEASURE_FAMILIES)."""
    result: list[Claim] = []
    for claim in claims:
        if claim.kind == "count" and not claim.unit and claim.measure:
            earlier = next((c for c in reversed(result[-4:]) if c.kind == "count" and c.unit and c.measure
                            and claim.start - c.end <= ELIDED_NOUN_REACH
                            and (c.measure == claim.measure
                                 or frozenset((c.measure, claim.measure)) in MEASURE_FAMILIES)), None)
            if earlier is not None:
                claim = replace(claim, unit=earlier.unit, counted=earlier.counted)
        result.append(claim)
    return result


def with_named_antecedents(claims: list[Claim]) -> list[Claim]:
    """A count that says only that it is "the number", "that figure" or "a final tally" ("Health authorities
    had previously put the number at 5,500", "a Red Crescent representative put that number higher, at
    11,300") counts what the count before it in its article counted, with that count's measure: the noun
    names a figure the text has just given: "that number" the count right before it ("about 6,000 people
    were confirmed to have died. But ... put that number higher"); "the number" the nearest count before
    it that was itself given as a number ("The number of casualties ... has risen to 11,300. Another
    10,100 are missing. Health authorities had previously put the number at 5,500"), else the nearest.
    Within NAMED_ANTECEDENT_REACH characters; a count that says its own noun or measure is left as it is.
    `claims`: one article's, in text order."""
    result: list[Claim] = []
    for claim in claims:
        if claim.kind == "count" and not claim.unit and not claim.measure \
                and set(claim.subject.lower().split()) & ANTECEDENT_NOUNS:
            reach_start = claim.start - NAMED_ANTECEDENT_REACH
            within_reach = takewhile(lambda c, floor=reach_start: c.end >= floor, reversed(result))
            near = [c for c in within_reach if c.kind == "count" and c.measure and c.counted]
            named = [] if DEMONSTRATIVE_RE.search(claim.sentence) else [c for c in near if _names_a_number(c.sentence)]
            earlier = (named or near or [None])[0]
            if earlier is not None:
                claim = replace(claim, unit=earlier.unit, counted=earlier.counted, measure=earlier.measure)
        result.append(claim)
    return result


def _names_a_number(sentence: str) -> bool:
    return bool(ANTECEDENT_RE.search(sentence))


DEMONSTRATIVE_RE = re.compile(r"\b(?:that|this|the\s+same)\s+(?:" + "|".join(sorted(ANTECEDENT_NOUNS)) + r")\b", re.I)
ANTECEDENT_RE = re.compile(r"\b(?:" + "|".join(sorted(ANTECEDENT_NOUNS)) + r")s?\b", re.I)


HOLDER_LOOK_BACK = 3
"""Sentences read back for the holder that "the party" or "the airline" names again."""


def with_described_holders(claims: list[Claim], text: str, spans: list[Span],
                           sentence_index: Callable[[int], int]) -> list[Claim]:
    """A figure whose clause opens on a holder's kind ("The party won 412 seats", "The airline cancelled
    600 flights") and names no holder is the holder's that the sentences before it are about: the first
    name of the nearest of the HOLDER_LOOK_BACK sentences before it that names one ("Labour may have won a
    massive victory ... The party won 412 seats" is Labour's; "The Tories received 24 per cent ... The party
    won 121 seats" is the Tories'). `spans`: the article's sentences; `sentence_index`: offset -> index."""
    result = []
    for claim in claims:
        if claim.kind != "date" and not claim.holder and claim.measure not in OWNERLESS_MEASURES:
            index = sentence_index(claim.start)
            if names_holder_by_kind(text, claim.start, claim.end, spans[index]):
                before = range(index - 1, max(-1, index - 1 - HOLDER_LOOK_BACK), -1)
                earlier = (sentence_subject(text, spans[i]) for i in before)
                claim = replace(claim, holder=next((name for name in earlier if name), ""))
        result.append(claim)
    return result


def with_paragraph_moments(claims: list[Claim], text: str) -> list[Claim]:
    """A paragraph that says its figures are a running count ("With 545 election results declared,
    Labour won 372 seats ... The Conservatives have 90 seats") says so of every count and share after it
    in that paragraph that says nothing else of itself."""
    result, moment_at = [], None
    for claim in claims:
        line_start = text.rfind("\n", 0, claim.start)
        if moment_at is not None and moment_at != line_start:
            moment_at = None
        if claim.scope == "running total":
            moment_at = line_start
        elif moment_at is not None and not claim.scope and claim.kind in ("count", "percent"):
            claim = replace(claim, scope="running total")
        result.append(claim)
    return result


RELATIVE_CLAUSE_RE = re.compile(r"[^.;:()\d]{0,60}?,\s*(?:which|who)\b[^.;:()\d]{0,60}")
"""What stands between a figure and one in a relative clause after it: "Blair's 2005 victory with 35.2% of
the vote, which merely netted him 355 seats"."""


def with_relative_clause_times(claims: list[Claim], text: str) -> list[Claim]:
    """A figure in a relative clause ("…, which netted him 355 seats") speaks of the time of what the
    clause describes: it takes the time a written date gave the figure just before it, when its own
    words give none (its time is the publication date's)."""
    result: list[Claim] = []
    for claim in claims:
        previous = result[-1] if result else None
        if previous is not None and "date" not in (claim.kind, previous.kind) \
                and (claim.time_basis, previous.time_basis) == ("publication date", "explicit") \
                and previous.sentence == claim.sentence \
                and RELATIVE_CLAUSE_RE.fullmatch(text[previous.end:claim.start]):
            claim = replace(claim, time_start=previous.time_start, time_end=previous.time_end,
                            time_basis=previous.time_basis)
        result.append(claim)
    return result


RESULT_LEVEL_RE = re.compile(r"\b(?:to|at)\s+$", re.I)
"""Words right before a figure that make it the level a change reached or stood at, not a base a later
fraction changes."""


def with_derived(claims: list[Claim], text: str, sentence_start: Callable[[int], int]) -> list[Claim]:
    """A fraction or percentage that changes a figure stated just before it ("cutting the 5,000-plus
    troops by roughly half") also gives the derived figure (about 2,500 troops). The change word is read
    in the fraction's own sentence (`sentence_start`: offset -> where its sentence starts): "its
    vote share hasn't increased since 2019. The party won 412 seats with a 34 per cent vote share"
    changes nothing."""
    result = []
    latest: dict[tuple[str, str], Claim] = {}
    """The last count or sum of each (sentence, section) so far: what a fraction after it may change."""
    for claim in claims:
        if claim.kind in ("count", "money") and not RESULT_LEVEL_RE.search(text, max(0, claim.start - 12),
                                                                             claim.start):
            latest[claim.sentence, claim.section] = claim  # a level a change reached ("to $268.62") is no base
        if claim.kind in ("ratio", "percent") and isinstance(claim.value, float):
            own_sentence = text[max(sentence_start(claim.start), claim.start - 120):claim.start]
            change = re.search(r"\b(cut\w*|reduc\w*|slash\w*|trim\w*|lower\w*|shrink\w*|halv\w*|drop\w*|fell|fall\w*"
                               r"|decreas\w*|increas\w*|rais\w*|boost\w*|grow\w*|grew|ris\w*|rose|expand\w*)\b",
                               own_sentence, re.I)
            reference = latest.get((claim.sentence, claim.section))
            if change and reference is not None:
                share = claim.value / 100 if claim.kind == "percent" else claim.value
                share_low = claim.low / 100 if claim.kind == "percent" else claim.low
                share_high = claim.high / 100 if claim.kind == "percent" else claim.high
                shrink = not re.match(r"(?:increas|rais|boost|grow|grew|ris|rose|expand)", change.group(1), re.I)
                if shrink:
                    low = reference.low * (1 - min(share_high, 1))
                    high = min(reference.high, OPEN_HIGH) * (1 - share_low)
                    value = reference.value * (1 - share)
                else:
                    low = reference.low * (1 + share_low)
                    high = min(reference.high, OPEN_HIGH) * (1 + share_high)
                    value = reference.value * (1 + share)
                claim = replace(claim, subject=reference.subject or claim.subject, derived_value=value,
                                derived_low=low, derived_high=high, derived_unit=reference.unit,
                                scope=claim.scope or "update")  # its weekday, change and share kept
        result.append(claim)
    return result


def mark_time_scopes(claims: list[Claim], text: str, sentence_start: Callable[[int], int]) -> list[Claim]:
    """Flag the dates that give a measured figure (a count, a sum, a percentage) its time: such a date
    is compared through the figure's verdict, not as an event of its own. The date must stand in the
    figure's own phrase: after it, or before it, with nothing between but words ("Shares fell nearly 15%
    in early trading on Friday", "canceled 600 flights on Monday"). A date a comma or a clause break
    keeps apart dates an event of its own ("a global IT outage on Friday, affecting 8.5 million
    devices"), as does a date that names an event ("Friday's outage", "the July 19 outage"), unless it opens
    the period the figure counts over ("its total since Friday's meltdown to almost 4,700": crowdstrike links
    0.532 -> 0.564, no relation lost; the figure keeps the date as its time). A share
    ("took a third of the country in 2014") is left out: its date is the date of an event."""
    figures = sorted((c for c in claims if c.kind in ("count", "money", "percent") and c.time_basis != "unknown"),
                     key=lambda c: c.start)
    starts = [c.start for c in figures]

    def near(date: Claim) -> list[Claim]:  # the figures that can stand in its phrase: a window, not a rescan
        low = bisect.bisect_left(starts, date.start - SCOPE_REACH - MAX_FIGURE_CHARS)
        return figures[low:bisect.bisect_right(starts, date.end + SCOPE_REACH)]

    scoped = {date.id for date in claims if date.kind == "date"
              and (not _names_an_event(text, date) or _starts_a_count(text, date))
              and any(_in_phrase_of(text, figure, date, sentence_start) for figure in near(date))}
    return [replace(c, scopes_figure=True) if c.id in scoped else c for c in claims]


MAX_FIGURE_CHARS = 120
"""Longer than any figure's quote ("between 110 to 150", "an estimated $5.4 billion"): how far before a date
a figure that ends near it may start."""


SCOPE_REACH = 80
"""Characters between a figure and the date of its own phrase, at most."""
PHRASE_BREAK_RE = re.compile(r"[,;:()\[\]—–]|\s-\s")


CLOSING_DASH_RE = re.compile(r"[^,;:()\[\]—–]{0,40}\s[—–]\s*")
"""What may stand between a figure inside a dash pair and a date right after the pair closes: "delayed a
staggering 12,895 more — on Friday" (the pair opened before the figure: OPENING_DASH_RE)."""
OPENING_DASH_RE = re.compile(r"\s[—–]\s")


def _in_phrase_of(text: str, figure: Claim, date: Claim, sentence_start: Callable[[int], int]) -> bool:
    if figure.sentence != date.sentence or figure.time_start != date.low:
        return False  # the figure's time must start where the date does: it is that date's figure
    between = text[figure.end:date.start] if figure.end <= date.start else text[date.end:figure.start]
    if len(between) > SCOPE_REACH:
        return False
    if not PHRASE_BREAK_RE.search(between):
        return True
    # a figure inside a dash pair ("canceled 3,400 flights — and delayed 12,895 more — on Friday") is dated
    # by the date right after the pair: the pair only adds to the clause the date ends
    return figure.end <= date.start and bool(CLOSING_DASH_RE.fullmatch(between)) \
        and bool(OPENING_DASH_RE.search(text, sentence_start(figure.start), figure.start))


SINCE_BEFORE_RE = re.compile(r"\bsince\s+$", re.I)


def _starts_a_count(text: str, date: Claim) -> bool:
    """Whether a date opens the period a figure of its phrase counts over ("its total since Friday's
    meltdown to almost 4,700"): the figure's time, even when it names an event too."""
    return opens_with_since(date.quote) or bool(SINCE_BEFORE_RE.search(text[max(0, date.start - 7):date.start]))


DAY_PARTS = ("morning", "afternoon", "evening", "night", "overnight")


def _names_an_event(text: str, date: Claim) -> bool:
    """Whether a date names an event as its modifier: "Friday's outage", "the
    July 19 outage", "the Jan. 5 blowout" (not "the morning of July 19" or "on Friday night")."""
    if re.search(r"[’']s?$", date.quote) or re.match(r"[’']s\b", text[date.end:date.end + 2]):
        return True
    if dates_what_follows(date.quote):
        return True
    following = re.match(r"\s+([a-z][a-z-]+)", text[date.end:date.end + 30])
    return bool(re.search(r"\bthe\s+$", text[max(0, date.start - 5):date.start], re.I)) and bool(following) \
        and following.group(1) not in DAY_PARTS
