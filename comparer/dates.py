"""Date phrases -> periods, resolved against a reference date that is given, never today's.

A date is a period [low, high] with a granularity (day, month, season, year, span). Relative
phrases ("last month", "this past November", "a year earlier") record what they were read
against: the article's publication date, or an explicit date nearby in the text ("context").
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from .dayphrases import MONTH_NUMBERS, WEEKDAYS, find_day_phrases
from .periods import DatePhrase, day_or_none
from .scan import anchored_finditer, hits, register_anchor_words

MONTHS = MONTH_NUMBERS
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
PARTS_OF_YEAR = {  # "early 2020", "the end of 2026": months covered
    "early": (1, 4), "the beginning of": (1, 2), "beginning of": (1, 2), "the start of": (1, 2),
    "start of": (1, 2), "mid": (5, 8), "mid-": (5, 8), "the middle of": (5, 8), "late": (9, 12),
    "the end of": (12, 12), "end of": (12, 12), "the first half of": (1, 6), "first half of": (1, 6),
    "the second half of": (7, 12), "second half of": (7, 12),
}
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}
SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                 "several": 3, "a few": 3, "few": 3, "some": 3}

_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_FULL = rf"(?:{_MONTH_NAMES})"
_MONTH_ANY = (_MONTH_FULL[:-1] + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_PARTS = r"(?:the\s+)?(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of|early|late|mid-?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|\d{1,3})"

ABSOLUTE_RE = re.compile(
    rf"""
      (?P<dmy>(?:{_WEEKDAY},?\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_ANY}),?\s+(?P<y1>{_YEAR})\b)
    | (?P<mdy>(?:{_WEEKDAY},?\s+)?(?P<m2>{_MONTH_ANY})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>{_YEAR})\b)
    | (?P<iso>\b(?P<y3>{_YEAR})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>[0-3]\d)\b)
    | (?P<mmy>\b(?P<m4a>{_MONTH_FULL})\s+(?:and|or|to|through|-|–)\s+(?P<m4b>{_MONTH_FULL}),?\s+(?P<y4>{_YEAR})\b)
    | (?P<my>\b(?P<part5>(?:{_PARTS})\s*)?(?P<m5>{_MONTH_ANY}),?\s+(?:of\s+)?(?P<y5>{_YEAR})\b)
    | (?P<season>\b(?:(?:the\s+)?(?P<part6>early|late|mid-?)\s*)?(?P<s6>{_SEASON})\s+(?:of\s+)?(?P<y6>{_YEAR})\b)
    | (?P<yspan>(?<![\d,.$€£-])\b(?P<y7a>{_YEAR})\s*(?:-|–|to|through)\s*(?P<y7b>{_YEAR}|\d\d)\b(?![\d,.%-]))
    | (?P<decade>\b(?:the\s+)?(?P<y8>1[89]\d0|20\d0)s\b)
    | (?P<year>(?<![\d,.$€£#/-])\b(?:(?P<part9>{_PARTS})\s*)?(?P<y9>{_YEAR})\b
        (?![\d%/]|,\d|-\d|\.\d|\s?(?:%|percent|per\s?cent)))
    """,
    re.VERBOSE | re.IGNORECASE,
)

RELATIVE_RE = re.compile(
    rf"""
      (?P<ago>\b(?:(?:almost|nearly|about|around|roughly|some|more\s+than|over|just\s+over|less\s+than)\s+)?
          (?P<n1>{_COUNT})\s+(?P<u1>day|week|month|year|decade)s?\s+ago\b)
    | (?P<comes>\b(?:comes|come|coming)\s+(?:(?:just|only|almost|nearly|about|barely|more\s+than|less\s+than)\s+)?
          (?P<n6>{_COUNT})\s+(?P<u6>day|week|month|year)s?\s+after\b)
    | (?P<shift>\b(?P<n2>{_COUNT}|days|weeks|months|years|hours)\s+(?:(?P<u2>day|week|month|year)s?\s+)?
        (?P<dir2>later|earlier)\b)
    | (?P<lastnext>\b(?:(?P<part3>late|early|earlier|later)\s+)?(?P<which3>last|next|this\s+past|this|past)\s+
          (?P<what3>week|month|year|{_SEASON}|{_MONTH_FULL})\b)
    | (?P<bare>\b(?:(?P<prep4>in|on|since|by|until|till|during|from|to|of|through|early|late|mid|before|after)[\s-]+)?
          (?P<m4>{_MONTH_FULL})\b(?![\s,]+\d))
    """,
    re.VERBOSE | re.IGNORECASE,
)

YEAR_DIGITS_RE = re.compile(_YEAR)
"""Every absolute date holds a year: the full pattern only runs around one, from 32 characters before
it ("Thursday, October 23, 2025", "the first half of 2020") to 12 after ("2014 to 2017")."""
COMES_AFTER_RE = re.compile(r"\bafter$", re.I)


def dates_what_follows(quote: str) -> bool:
    """Whether a date phrase dates the event named after it ("comes a week after CrowdStrike distributed a
    flawed update"): the date of that event, never the time of a figure near it ("comes just a day after
    airlines canceled 3,400 flights ... on Friday" leaves the 3,400 to its Friday)."""
    return bool(COMES_AFTER_RE.search(quote))


SINCE_QUOTE_RE = re.compile(r"since\b", re.I)


def opens_with_since(quote: str) -> bool:
    """Whether a date phrase holds its own "since" ("since Friday’s meltdown"): it opens a period that runs
    to publication."""
    return bool(SINCE_QUOTE_RE.match(quote))


RELATIVE_WORDS = register_anchor_words(("ago", "after", "later", "earlier", "last", "next", "this", "past", *MONTHS))
"""Every relative date holds one of these words."""

AMBIGUOUS_MONTHS = {"may", "march", "august"}
"""Also an ordinary word ("we may", "the march", "an august body"): a date only after a preposition."""


def month_end(year: int, month: int) -> date:
    """Last day of a month.

    >>> month_end(2024, 2)
    datetime.date(2024, 2, 29)
    """
    return date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    """The period from the first day of month `first` to the end of `last` (wrapping into next year)."""
    if last < first:
        return date(year, first, 1), month_end(year + 1, last)
    return date(year, first, 1), month_end(year, last)


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def parse_absolute(match: re.Match) -> tuple[date, date, str] | None:
    """Period of an absolute date match of ABSOLUTE_RE, or None when it names no real day.

    >>> parse_absolute(ABSOLUTE_RE.search("on October 7, 2023, Hamas"))
    (datetime.date(2023, 10, 7), datetime.date(2023, 10, 7), 'day')
    >>> parse_absolute(ABSOLUTE_RE.search("by the end of 2026"))
    (datetime.date(2026, 12, 1), datetime.date(2026, 12, 31), 'month')
    """
    g = match.groupdict()
    if g["dmy"] or g["mdy"] or g["iso"]:
        if g["iso"]:
            year, month, day = int(g["y3"]), int(g["m3"]), int(g["d3"])
        else:
            year = int(g["y1"] or g["y2"])
            month = MONTHS[(g["m1"] or g["m2"]).rstrip(".").lower()]
            day = int(g["d1"] or g["d2"])
        found = day_or_none(year, month, day)
        return (found, found, "day") if found else None
    if g["mmy"]:
        year = int(g["y4"])
        first, last = MONTHS[g["m4a"].lower()], MONTHS[g["m4b"].lower()]
        if last < first:
            return None
        return date(year, first, 1), month_end(year, last), "span"
    if g["my"]:
        month = MONTHS[g["m5"].rstrip(".").lower()]
        return date(int(g["y5"]), month, 1), month_end(int(g["y5"]), month), "month"
    if g["season"]:
        first, last = SEASONS[g["s6"].lower()]
        low, high = _months(int(g["y6"]), first, last)
        return low, high, "season"
    if g["yspan"]:
        first = int(g["y7a"])
        second = int(g["y7b"]) if len(g["y7b"]) == 4 else first // 100 * 100 + int(g["y7b"])
        if second <= first:
            return None
        return date(first, 1, 1), date(second, 12, 31), "span"
    if g["decade"]:
        start = int(g["y8"])
        return date(start, 1, 1), date(start + 9, 12, 31), "span"
    if g["year"]:
        year = int(g["y9"])
        part = re.sub(r"\s+", " ", (g["part9"] or "").strip().lower())
        if part:
            first, last = PARTS_OF_YEAR.get(part, PARTS_OF_YEAR.get(part.rstrip("-"), (1, 12)))
            low, high = _months(year, first, last)
            return low, high, "month" if first == last else "part"
        return date(year, 1, 1), date(year, 12, 31), "year"
    return None


def find_absolute(text: str) -> list[DatePhrase]:
    """Dates that need no reference: "October 7, 2023", "December 2019", "2014", "end of 2026".

    >>> [(d.value, d.granularity) for d in find_absolute("in December 2019 and January 2020")]
    [('2019-12', 'month'), ('2020-01', 'month')]
    >>> [d.value for d in find_absolute("In October and November 2024 alone")]
    ['2024-10']
    >>> [d.value for d in find_absolute("the summer of 2020, and $2020 and 2020%")]
    ['2020']
    """
    found = []
    for match in anchored_finditer(ABSOLUTE_RE, hits(text, (), digits=True, keep=YEAR_DIGITS_RE), text,
                                   before=32, after=12):
        period = parse_absolute(match)
        if period is not None:
            found.append(DatePhrase(match.start(), match.end(), period[0], period[1], period[2], "explicit"))
    return found


def _count(word: str) -> int:
    word = re.sub(r"\s+", " ", word.lower())
    return int(word) if word.isdigit() else SMALL_NUMBERS.get(word, 2)


def _latest_month_not_after(month: int, reference: date, *, strictly_before: bool) -> date:
    year = reference.year
    if month > reference.month or (strictly_before and month == reference.month):
        year -= 1
    return date(year, month, 1)


def resolve_relative(match: re.Match, reference: date | None, context: DatePhrase | None,
                     ) -> tuple[date | None, date | None, str, str]:
    """(low, high, granularity, basis) of a relative date match of RELATIVE_RE.

    >>> m = RELATIVE_RE.search("last month threatened")
    >>> resolve_relative(m, date(2020, 10, 22), None)[:3]
    (datetime.date(2020, 9, 1), datetime.date(2020, 9, 30), 'month')
    >>> m = RELATIVE_RE.search("this past November")
    >>> resolve_relative(m, date(2025, 2, 4), None)[0]
    datetime.date(2024, 11, 1)
    """
    g = match.groupdict()
    if g["shift"]:
        if context is None or context.low is None:
            return None, None, "span", "unknown"
        word = g["n2"].lower()
        unit = g["u2"] or word.rstrip("s")
        unit = unit if unit in UNIT_DAYS else "day"
        amount = 1 if word in ("days", "weeks", "months", "years", "hours") else _count(word)
        if unit in ("month", "year") and word not in ("months", "years"):
            step = amount * (12 if unit == "year" else 1)
            if g["dir2"] == "earlier":
                step = -step
            low, high = _shift_months(context.low, step), _shift_months(context.high, step)
            gran = "year" if unit == "year" and context.granularity == "year" else \
                "month" if context.granularity in ("month", "day") else context.granularity
            if gran == "month":
                low, high = low.replace(day=1), month_end(high.year, high.month)
            return low, high, gran, "context"
        reach = timedelta(days=max(UNIT_DAYS[unit] * (4 if word.endswith("s") else amount), 1))
        if g["dir2"] == "later":
            return context.low, context.high + reach, "span", "context"
        return context.low - reach, context.high, "span", "context"
    if reference is None:
        return None, None, "span", "unknown"
    if g["ago"] or g["comes"]:  # "the news comes a week after the outage": the outage was a week ago
        unit = g["u1"] or g["u6"]
        amount = _count(g["n1"] or g["n6"])
        if unit in ("month", "year", "decade"):
            months = amount * {"month": 1, "year": 12, "decade": 120}[unit]
            point = _shift_months(reference, -months)
            if unit == "month":
                return point.replace(day=1), month_end(point.year, point.month), "month", "publication date"
            return date(point.year, 1, 1), date(point.year, 12, 31), "year", "publication date"
        point = reference - timedelta(days=amount * UNIT_DAYS[unit])
        if unit == "day":
            return point, point, "day", "publication date"
        return point - timedelta(days=3), point + timedelta(days=3), "span", "publication date"
    if g["lastnext"]:
        which = re.sub(r"\s+", " ", g["which3"].lower())
        what = g["what3"].lower()
        part = (g["part3"] or "").lower()
        step = {"last": -1, "past": -1, "this past": -1, "this": 0, "next": 1}[which]
        if what == "year":
            year = reference.year + step
            if part in ("late", "later"):
                return date(year, 9, 1), date(year, 12, 31), "part", "publication date"
            if part in ("early", "earlier"):
                return date(year, 1, 1), date(year, 4, 30), "part", "publication date"
            return date(year, 1, 1), date(year, 12, 31), "year", "publication date"
        if what == "month":
            point = _shift_months(reference, step)
            return point.replace(day=1), month_end(point.year, point.month), "month", "publication date"
        if what == "week":
            point = reference + timedelta(days=7 * step)
            return point - timedelta(days=point.weekday()), point + timedelta(days=6 - point.weekday()), \
                "span", "publication date"
        if what in MONTHS:
            month = MONTHS[what]
            if step <= 0:
                low = _latest_month_not_after(month, reference, strictly_before=step < 0)
            else:
                low = date(reference.year + (month <= reference.month), month, 1)
            return low, month_end(low.year, low.month), "month", "publication date"
        if what in SEASONS:
            first, last = SEASONS[what]
            year = reference.year
            low, high = _months(year, first, last)
            if step < 0:
                while high >= reference:
                    year -= 1
                    low, high = _months(year, first, last)
            elif step > 0:
                while low <= reference:
                    year += 1
                    low, high = _months(year, first, last)
            return low, high, "season", "publication date"
    if g["bare"]:
        month = MONTHS[g["m4"].lower()]
        if context is not None and context.low is not None and context.granularity != "span":
            year = context.low.year
            return date(year, month, 1), month_end(year, month), "month", "context"
        low = _latest_month_not_after(month, reference, strictly_before=False)
        return low, month_end(low.year, low.month), "month", "publication date"
    return None, None, "span", "unknown"


def find_dates(text: str, reference: date | None) -> list[DatePhrase]:
    """Every date in `text`: absolute ones, then relative ones and days named without a year
    (`dayphrases`), resolved against `reference` (the publication date) or the nearest explicit date
    before them in the text. A weekday right before another date is part of it ("on Wednesday July 24").

    >>> [(d.value, d.basis) for d in find_dates("arrested fourteen last June", date(2020, 10, 22))]
    [('2020-06', 'publication date')]
    >>> [(d.value, d.basis) for d in find_dates("in 2023 they arrested four. A year earlier", None)]
    [('2023', 'explicit'), ('2022', 'context')]
    >>> [(d.value, d.start) for d in find_dates("on Wednesday July 24", date(2024, 7, 26))]
    [('2024-07-24', 0)]
    """
    absolute = find_absolute(text)
    ends = [d.end for d in absolute]
    starts = [d.start for d in absolute]
    found = list(absolute)
    for match in anchored_finditer(RELATIVE_RE, hits(text, RELATIVE_WORDS), text, before=32, after=24):
        index = bisect.bisect_left(ends, match.start() + 1)
        if index < len(starts) and starts[index] < match.end():
            continue  # inside or across an absolute date
        if match.group("bare") and (not match.group("m4")[0].isupper() or (
                match.group("m4").lower() in AMBIGUOUS_MONTHS and not match.group("prep4"))):
            continue
        context = _nearest_before(absolute, ends, match.start(), text)
        low, high, granularity, basis = resolve_relative(match, reference, context)
        start = match.start("m4") if match.group("bare") and match.group("prep4") is None else match.start()
        found.append(DatePhrase(start, match.end(), low, high, granularity, basis, relative=True))

    def context_of(offset: int) -> tuple[date | None, str]:
        context = _nearest_before(absolute, ends, offset, text)
        if context is None or context.low is None:
            return None, ""
        return context.low + (context.high - context.low) / 2, "context"

    found.sort(key=lambda d: d.start)
    read_ends = [d.end for d in found]
    days = []
    for phrase in find_day_phrases(text, reference, context_of):
        index = bisect.bisect_left(read_ends, phrase.start + 1)
        if index < len(found) and found[index].start < phrase.end:
            continue  # part of a date already read ("Thursday, Oct 23, 2025", "last week")
        days.append(phrase)
    return _joined_weekdays(text, sorted(found + days, key=lambda d: d.start))


def _joined_weekdays(text: str, found: list[DatePhrase]) -> list[DatePhrase]:
    """A weekday followed directly by the date it names is one phrase with that date's value; when that
    date has no year of its own, the weekday picks it: "Wednesday July 24" near 2010 is 2013's or 2024's
    July 24, whichever of the years that make it a Wednesday is nearer."""
    joined: list[DatePhrase] = []
    for phrase in found:
        previous = joined[-1] if joined else None
        tail = text[max(previous.start, previous.end - 12):previous.end] if previous else ""
        weekday = tail.split()[-1].rstrip(",").lower() if tail.strip() else ""
        if previous is not None and previous.granularity == "day" and weekday in WEEKDAYS and re.fullmatch(
                r",?\s{1,2}", text[previous.end:phrase.start]):
            joined[-1] = replace(_on_weekday(phrase, WEEKDAYS.index(weekday)), start=previous.start)
        else:
            joined.append(phrase)
    return joined


def _on_weekday(phrase: DatePhrase, weekday: int) -> DatePhrase:
    """A year-less month and day moved to the nearest year in which it falls on the named weekday."""
    if phrase.month_day is None or phrase.low is None or phrase.low.weekday() == weekday:
        return phrase
    month, day = phrase.month_day
    years = sorted(range(phrase.low.year - 11, phrase.low.year + 12), key=lambda y: abs(y - phrase.low.year))
    for year in years:
        found = day_or_none(year, month, day)
        if found is not None and found.weekday() == weekday:
            return replace(phrase, low=found, high=found)
    return phrase


def _nearest_before(explicit: list[DatePhrase], ends: list[int], offset: int, text: str) -> DatePhrase | None:
    """The last explicit date before `offset` within the same or the previous paragraph."""
    index = bisect.bisect_right(ends, offset) - 1
    if index < 0:
        return None
    last = explicit[index]
    between = text[last.end:offset]
    return last if between.count("\n") <= 2 and len(between) < 1500 else None
