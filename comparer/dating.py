"""Which date an article was written, and how sure we are: the anchor for "last month".

Printed dates are not always writing dates. An aggregator's masthead prints the day the page
was rendered ("Thursday, Oct 23, 2025" above a 2020 editorial); an editor's note may say a
piece was "originally featured" elsewhere. So the choice records what was printed, what was
chosen and why, and lets the content question it: the latest explicit date the body names in the
past tense is a floor for the writing date, never the date itself.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from . import settings
from .dates import find_absolute
from .dayphrases import WEEKDAYS
from .fileheader import HeaderDate
from .metadata import HeaderInfo
from .periods import day_or_none
from .records import Region
from .segment import lines, sentences

ORIGINALLY_RE = re.compile(r"\boriginally\s+(?:published|featured|appeared|ran|posted)\s+(?:in|on)\s+", re.I)
FUTURE_CUE_RE = re.compile(r"\b(?:will|would|shall|plans?|planned|scheduled|slated|expected|aims?|target"
                           r"|forecasts?|projected|deadline)\b", re.I)
"""A sentence about the future: a date in it does not show the text was written after it."""
WEEKDAY_RE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


@dataclass(frozen=True)
class DatingChoice:
    published: date | None
    basis: str
    note: str
    earliest: date | None = None
    """The content floor: the latest past date the body names."""


@dataclass(frozen=True)
class ContentFloor:
    """The latest past date the body names: the earliest the text can have been written."""

    day: date | None
    words: str
    """The words that name it, as printed."""
    names_a_day: bool
    """False for "in 2021" or "last March": a floor, but no day to read "yesterday" against."""
    distinct_years: int


def content_floor(text: str, excluded: tuple[Region, ...], skip_line: int = -1) -> ContentFloor:
    """The content floor of a text. Dates in excluded regions, on the printed date's line, or in sentences
    about the future ("by the end of 2026", "will hold elections in 2027") do not count.

    >>> floor = content_floor("They met on February 4, 2025. Troops leave by the end of 2026.", ())
    >>> floor.day, floor.words, floor.names_a_day
    (datetime.date(2025, 2, 4), 'February 4, 2025', True)
    """
    spans = lines(text)
    skip = spans[skip_line] if 0 <= skip_line < len(spans) else None
    sentence_spans = sentences(text)
    sentence_starts = [s.start for s in sentence_spans]
    region_starts = [r.start for r in excluded]
    best: ContentFloor = ContentFloor(None, "", False, 0)
    years = set()
    for phrase in find_absolute(text):
        region = bisect.bisect_right(region_starts, phrase.start) - 1
        if region >= 0 and phrase.start < excluded[region].end:
            continue
        if skip is not None and skip.start <= phrase.start <= skip.end:
            continue
        before = text[max(0, phrase.start - 20):phrase.start]
        sentence = sentence_spans[max(0, bisect.bisect_right(sentence_starts, phrase.start) - 1)]
        if re.search(r"\b(?:by|until|before|till)\s+(?:the\s+)?(?:end\s+of\s+)?$", before, re.I) or \
                FUTURE_CUE_RE.search(text, min(sentence.start, phrase.start), phrase.start) or ORIGINALLY_RE.search(
                    text[max(0, phrase.start - 40):phrase.start]):
            continue
        years.add(phrase.low.year)
        if best.day is None or phrase.low > best.day:
            best = ContentFloor(phrase.low, text[phrase.start:phrase.end], phrase.granularity == "day", 0)
    return ContentFloor(best.day, best.words, best.names_a_day, len(years))


def choose_publication_date(text: str, excluded: tuple[Region, ...], header: HeaderInfo, *,
                            file_dates: tuple[HeaderDate, ...] = (), metadata_date: date | None = None,
                            user_date: date | None = None) -> DatingChoice:
    """The publication date to read relative dates against, with its basis and the reasons.

    Every date the file and the page print for themselves is a candidate: a metadata block's date and
    update lines, the date in the address, the stored page's date line, a web page's metadata, the
    page timestamps above the text and the dateline. A page is read as of its latest such date (an
    "Updated Jan 12" page says "Wednesday" of the week of the 12th). A date the body names is a
    floor, never the anchor: it questions a printed date that comes before it, and with no printed
    date it only says "written on or after"."""
    content = content_floor(text, excluded, header.printed_date_line)
    floor, floor_words, distinct_years = content.day, content.words, content.distinct_years
    if user_date is not None:
        return DatingChoice(user_date, "user", "set by the user", floor)
    candidates = [(d.day, d.basis, "metadata") for d in file_dates]
    if metadata_date is not None:
        candidates.append((metadata_date, "the page's metadata", "metadata"))
    for stamp, day in zip(header.stamps, header.stamp_days, strict=True):
        what = "dateline" if stamp.reason.startswith("dateline") else "printed date"
        if day.startswith("--"):
            resolved = _year_for(day, [c[0] for c in candidates], floor, text)
            if resolved is not None:
                from_page = bool(candidates)
                candidates.append((resolved, f"{what} \"{text[stamp.start:stamp.end]}\", its year from "
                                   f"{'the other dates of the page' if from_page else 'the dates the body names'}",
                                   "header line" if from_page else "dateline, year inferred"))
        else:
            candidates.append((date.fromisoformat(day), f'{what} "{text[stamp.start:stamp.end]}"', "header line"))
    notes = _originally_note(text)
    if not candidates and floor is not None and content.names_a_day:
        notes.append(f'no publication date found; the body names "{floor_words}", so it was written on or after '
                     "that day, and relative dates are read against it as a guess that never decides a "
                     "contradiction")
        return DatingChoice(floor, "content floor", "; ".join(notes), floor)
    if not candidates:
        notes.append(f'no publication date found; the body names "{floor_words}", '
                     "so it was written after it, but that names no day to read relative dates against"
                     if floor else "no publication date found, and none in the text")
        return DatingChoice(None, "unknown", "; ".join(notes), floor)
    chosen, basis, category = max(candidates, key=lambda c: c[0])
    others = sorted({d.isoformat() for d, _, _ in candidates if d != chosen})
    notes.insert(0, f"{chosen.isoformat()} from {basis}" + (f" (the page also gives {', '.join(others)}; it is "
                                                          "read as of its latest date)" if others else ""))
    if floor is not None and floor > chosen:
        notes.append(f'questioned: the body names "{floor_words}", later than the printed date, so the text '
                     "was written on or after it")
        return DatingChoice(chosen, f"{category}, questioned", "; ".join(notes), floor)
    if category == "header line" and _looks_like_masthead(text, header, floor, distinct_years, chosen):
        notes.append("questioned: a weekday date above the title is usually the page's render date, "
                     f"and the latest year the body names is {floor.year if floor else 'none'}")
        return DatingChoice(chosen, "header line, questioned", "; ".join(notes), floor)
    return DatingChoice(chosen, category, "; ".join(notes), floor)


def _year_for(month_day: str, others: list[date], floor: date | None, text: str = "") -> date | None:
    """A dateline's month and day ("--04-04") in the year of the page's other dates; else, after the floor,
    the first year in which it falls on the one weekday the text names ("Seattle, April 4 ... said on
    Thursday", with a floor of 2021 from "a settlement reached in 2021", is 2024's Thursday, April 4),
    or failing that the first year on or after the floor; None without either.

    >>> _year_for("--04-04", [], date(2021, 1, 1), "The airline said on Thursday that it expects more.")
    datetime.date(2024, 4, 4)
    >>> _year_for("--04-04", [], date(2021, 1, 1), "The airline said it expects more.")
    datetime.date(2021, 4, 4)
    """
    month, day = int(month_day[2:4]), int(month_day[5:7])
    if not others and floor is not None:
        named = {found.group(0) for found in WEEKDAY_RE.finditer(text)}
        if len(named) == 1:
            weekday = WEEKDAYS.index(named.pop().lower())
            for year in range(floor.year, floor.year + WEEKDAY_YEARS_AHEAD):
                found = day_or_none(year, month, day)
                if found is not None and found >= floor and found.weekday() == weekday:
                    return found
    for year in sorted({d.year for d in others}) or ([floor.year, floor.year + 1] if floor else []):
        found = day_or_none(year, month, day)
        if found is not None and (others or floor is None or found >= floor):
            return found
    return None


WEEKDAY_YEARS_AHEAD = 7
"""How far after the content floor a dateline's weekday is looked for: a month and day falls on each
weekday once in at most seven years (more often around leap years)."""


def _originally_note(text: str) -> list[str]:
    original = ORIGINALLY_RE.search(text)
    if not original:
        return []
    said = find_absolute(text[original.end():original.end() + 40])
    if not said:
        return []
    return [f'the text says it was originally published "{text[original.end():][:said[0].end]}"; '
            "relative dates are still read against the date this copy carries"]


def _looks_like_masthead(text: str, header: HeaderInfo, floor: date | None, distinct_years: int,
                         printed: date) -> bool:
    """A printed date is questioned when it reads like a "today" widget or the body is years older."""
    before_title = header.title and text.find(header.title) > text.find(header.printed_date) >= 0
    widget = before_title and WEEKDAY_RE.search(header.printed_date) is not None
    stale = floor is not None and distinct_years >= 3 and \
        printed.year - floor.year >= settings.QUESTIONED_DATE_GAP_YEARS
    return bool(widget or stale)
