"""Days and parts of a year named without their year: weekdays, weekends, month and day, quarters.

News names most days this way ("late Friday", "Sunday's vote", "through Saturday", "the Jan. 5
blowout", "22 May", "over the weekend", "in the first quarter"). Each is resolved against the
article's publication date, never the clock:

- a weekday is the latest such day on or before the publication date ("Friday" written on a Friday
  is that day); after "last" or "this past" the latest strictly before; after "next", "coming",
  or in a clause about what is to come ("through Saturday", "until Sunday", "will ... on Monday")
  the first on or after it;
- a weekend is the latest Saturday and Sunday not after the publication date ("next weekend": the
  first after it);
- a month and day take the year that puts them nearest the publication date (without one, an
  explicit date nearby): "Jan. 5" in a text of 12 January 2024 is 2024-01-05, in one of 28 December 2023 it is
  2024-01-05 too. Without an anchor the year stays unknown and the value is "--01-05" (ISO 8601's
  form for a month and day), which is still compared on month and day;
- a quarter ("Q1", "the first quarter") is the latest such quarter that began on or before the
  publication date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .periods import DatePhrase, day_or_none
from .scan import anchored_finditer, hits, register_anchor_words

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                    "q1": 1, "q2": 2, "q3": 3, "q4": 4}

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))"

WEEKDAY_RE = re.compile(
    rf"""(?P<lead>\b(?:(?:on|last|this\s+past|this|next|coming|this\s+coming|through|until|till|by|since|from
                       |before|after|early|late|earlier|later)\s+)+)?
         (?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
         (?P<poss>['’]s\b)?(?P<part>{_DAY_PART})?""",
    re.VERBOSE | re.IGNORECASE)
WEEKEND_RE = re.compile(r"\b(?P<lead>over|during|throughout|this|last|past|next|coming|at)\s+(?:the\s+)?"
                        r"(?:(?:past|coming|next)\s+)?weekend\b", re.IGNORECASE)
MONTH_DAY_RE = re.compile(
    rf"""(?<![\w-])(?:
          (?P<month>{_MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b
        | (?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH})(?![\w]))
        (?!\s*[-–/]\s*\d|,?\s+(?:1[89]|20)\d\d\b|:\d|\s*(?:%|percent|per\s?cent))""",
    re.VERBOSE | re.IGNORECASE)
QUARTER_RE = re.compile(r"\b(?:(?P<q>Q[1-4])|(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
                        r"[\s-]+quarter)\b(?!\s+(?:of\s+)?(?:1[89]|20)\d\d\b)", re.IGNORECASE)
FUTURE_CUE_RE = re.compile(r"\b(?:will|shall|plans?\s+to|planned(?:\s+\w+){0,2}\s+for|scheduled\s+(?:to|for)|set\s+to"
                           r"|is\s+expected\s+to"
                           r"|are\s+expected\s+to|going\s+to)\b[^.;,]{0,40}$", re.IGNORECASE)
"""Words of a clause about what is to come, before a weekday: it is at or after the publication date."""
AHEAD_LEADS = ("next", "coming", "through", "until", "till", "by")
"""Words right before a weekday that put it at or after the publication date ("canceling through Saturday")."""
AS_OF_PERFECT_RE = re.compile(r"[^.;]{0,60}?(?<!will\s)(?<!would\s)\b(?:had|has|have)\b", re.IGNORECASE)
"""After "by" + weekday, a perfect tense makes the weekday the moment a tally was taken, not a deadline:
"By Saturday evening, airlines had canceled 1,800 flights" looks back; "By Friday, crews will have
restored power" does not."""
BACK_LEADS = ("last", "past", "since")
"""Words right before a weekday that put it strictly before the publication date ("since Saturday")."""

WEEKDAY_WORDS = register_anchor_words(WEEKDAYS)
WEEKEND_WORDS = register_anchor_words(("weekend",))
MONTH_WORDS = register_anchor_words(MONTH_NUMBERS)
QUARTER_WORDS = register_anchor_words(("quarter", "q1", "q2", "q3", "q4"))


def weekday_on(reference: date, weekday: int, direction: str) -> date:
    """The named weekday near a reference day: "before" = latest strictly before, "after" = first on or
    after, else the latest on or before.

    >>> weekday_on(date(2024, 1, 10), 4, "")  # a Wednesday's "Friday"
    datetime.date(2024, 1, 5)
    >>> weekday_on(date(2024, 1, 10), 5, "after"), weekday_on(date(2024, 1, 5), 4, "before")
    (datetime.date(2024, 1, 13), datetime.date(2023, 12, 29))
    """
    if direction == "after":
        return reference + timedelta(days=(weekday - reference.weekday()) % 7)
    back = (reference.weekday() - weekday) % 7
    return reference - timedelta(days=back or (7 if direction == "before" else 0))


def nearest_year(month: int, day: int, reference: date) -> date | None:
    """The month and day in the year that puts them nearest the reference (None for "February 30").

    >>> nearest_year(1, 5, date(2023, 12, 28)), nearest_year(12, 30, date(2024, 1, 3))
    (datetime.date(2024, 1, 5), datetime.date(2023, 12, 30))
    """
    candidates = [found for year in (reference.year - 1, reference.year, reference.year + 1)
                  if (found := day_or_none(year, month, day)) is not None]
    return min(candidates, key=lambda d: abs((d - reference).days), default=None)


def _weekday_phrases(text: str, reference: date | None) -> list[DatePhrase]:
    found = []
    for match in anchored_finditer(WEEKDAY_RE, hits(text, WEEKDAY_WORDS), text, before=40, after=16):
        lead = re.sub(r"\s+", " ", (match.group("lead") or "").lower()).strip()
        if not match.group("day")[0].isupper() and not lead:
            continue  # "friday" in lower case is a date only after a preposition
        number = WEEKDAYS.index(match.group("day").lower())
        if reference is None:
            found.append(DatePhrase(match.start(), match.end(), None, None, "day", "unknown", relative=True,
                                    named_weekday=number))
            continue
        words = lead.split()
        if any(w in BACK_LEADS for w in words):
            direction = "before"
        elif FUTURE_CUE_RE.search(text[max(0, match.start() - 60):match.start()]):
            direction = "after"
        elif words[-1:] == ["by"] and AS_OF_PERFECT_RE.match(text, match.end()):
            direction = ""
        elif any(w in AHEAD_LEADS for w in words):
            direction = "after"
        else:
            direction = ""
        day = weekday_on(reference, number, direction)
        if direction == "after" and words and words[-1] == "next" and day == reference:
            day += timedelta(days=7)
        found.append(DatePhrase(match.start(), match.end(), day, day, "day", "publication date", relative=True,
                                named_weekday=number))
    return found


def _weekend_phrases(text: str, reference: date | None) -> list[DatePhrase]:
    found = []
    for match in anchored_finditer(WEEKEND_RE, hits(text, WEEKEND_WORDS), text, before=24, after=2):
        if reference is None:
            found.append(DatePhrase(match.start(), match.end(), None, None, "span", "unknown", relative=True))
            continue
        ahead = re.search(r"\b(?:next|coming)\b", match.group(0), re.I)
        saturday = weekday_on(reference, 5, "after" if ahead else "")
        if not ahead and reference.weekday() == 6:
            saturday = reference - timedelta(days=1)
        found.append(DatePhrase(match.start(), match.end(), saturday, saturday + timedelta(days=1), "span",
                                "publication date", relative=True))
    return found


def _month_day_phrases(text: str, reference: date | None, context_of) -> list[DatePhrase]:
    found = []
    for match in anchored_finditer(MONTH_DAY_RE, hits(text, MONTH_WORDS), text, before=8, after=8):
        month_word = match.group("month") or match.group("month2")
        if not month_word[0].isupper():
            continue
        month = MONTH_NUMBERS[month_word.rstrip(".").lower()]
        day = int(match.group("day") or match.group("day2"))
        if not 1 <= day <= 31 or (month_word.lower() == "may" and match.group("month2") is None
                                  and not re.search(r"\b(?:on|of|since|by|until|from|to|through)\s+$",
                                                    text[max(0, match.start() - 12):match.start()], re.I)):
            continue  # "May 5" after a verb is more often "may" than the month
        anchor, basis = (reference, "publication date") if reference else context_of(match.start())
        resolved = nearest_year(month, day, anchor) if anchor else None
        if anchor is not None and resolved is None:
            continue  # "February 30": no such day
        found.append(DatePhrase(match.start(), match.end(), resolved, resolved, "day",
                                basis if resolved else "unknown", relative=True, month_day=(month, day)))
    return found


def _quarter_phrases(text: str, reference: date | None) -> list[DatePhrase]:
    found = []
    for match in anchored_finditer(QUARTER_RE, hits(text, QUARTER_WORDS), text, before=16, after=4):
        number = QUARTER_ORDINALS[(match.group("q") or match.group("ord")).lower()]
        if reference is None:
            found.append(DatePhrase(match.start(), match.end(), None, None, "span", "unknown", relative=True))
            continue
        year = reference.year if reference >= date(reference.year, 3 * number - 2, 1) else reference.year - 1
        low = date(year, 3 * number - 2, 1)
        high = (date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)) - timedelta(days=1)
        found.append(DatePhrase(match.start(), match.end(), low, high, "span", "publication date", relative=True))
    return found


def find_day_phrases(text: str, reference: date | None, context_of=lambda offset: (None, "")) -> list[DatePhrase]:
    """Every weekday, weekend, month-and-day and quarter named without a year, in text order.
    `context_of(offset)` gives an explicit date nearby and its basis, which a month and day take their
    year from when there is no publication date.

    >>> [(p.low.isoformat(), p.basis) for p in find_day_phrases("said late Friday", date(2024, 1, 6))]
    [('2024-01-05', 'publication date')]
    >>> [p.low.isoformat() for p in find_day_phrases("canceling through Saturday", date(2024, 1, 10))]
    ['2024-01-13']
    >>> [(p.low, p.month_day) for p in find_day_phrases("the Jan. 5 blowout", None)]
    [(None, (1, 5))]
    """
    found = (_weekday_phrases(text, reference) + _weekend_phrases(text, reference)
             + _month_day_phrases(text, reference, context_of) + _quarter_phrases(text, reference))
    return sorted(found, key=lambda p: (p.start, -p.end))
