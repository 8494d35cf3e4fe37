"""Which date an article was written, and how sure we are: the anchor for "last month".

Printed dates are not always writing dates. An aggregator's masthead prints the day the page
was rendered ("Thursday, Oct 23, 2025" above a 2020 editorial); an editor's note may say a
piece was "originally featured" elsewhere. So the choice records what was printed, what was
chosen and why, and lets the content win where it clearly dates the text: the latest explicit
date the body names in the past tense is a floor for the writing date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import settings
from .dates import find_absolute
from .metadata import HeaderInfo
from .records import Region
from .segment import lines

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


def content_floor(text: str, excluded: tuple[Region, ...], skip_line: int = -1) -> tuple[date | None, str, int]:
    """(earliest possible writing date, the words that set it, how many distinct years the body names).

    Dates in excluded regions, on the printed date's line, or in sentences about the future
    ("by the end of 2026", "will hold elections in 2027") do not count.

    >>> content_floor("They met on February 4, 2025. Troops leave by the end of 2026.", ())[:2]
    (datetime.date(2025, 2, 4), 'February 4, 2025')
    """
    spans = lines(text)
    skip = spans[skip_line] if 0 <= skip_line < len(spans) else None
    best: tuple[date | None, str] = (None, "")
    years = set()
    for phrase in find_absolute(text):
        if any(r.start <= phrase.start < r.end for r in excluded):
            continue
        if skip is not None and skip.start <= phrase.start <= skip.end:
            continue
        before = text[max(0, phrase.start - 20):phrase.start]
        sentence_start = max(text.rfind(".", 0, phrase.start), text.rfind("\n", 0, phrase.start)) + 1
        if re.search(r"\b(?:by|until|before|till)\s+(?:the\s+)?(?:end\s+of\s+)?$", before, re.I) or \
                FUTURE_CUE_RE.search(text[sentence_start:phrase.start]) or ORIGINALLY_RE.search(
                    text[max(0, phrase.start - 40):phrase.start]):
            continue
        years.add(phrase.low.year)
        if best[0] is None or phrase.low > best[0]:
            best = (phrase.low, text[phrase.start:phrase.end])
    return best[0], best[1], len(years)


def choose_publication_date(text: str, excluded: tuple[Region, ...], header: HeaderInfo, *,
                            metadata_date: date | None = None, user_date: date | None = None) -> DatingChoice:
    """The publication date to read relative dates against, with its basis and the reasons."""
    floor, floor_words, distinct_years = content_floor(text, excluded, header.printed_date_line)
    choice = _choose(text, header, floor, floor_words, distinct_years, metadata_date, user_date)
    return DatingChoice(choice.published, choice.basis, choice.note, floor)


def _choose(text: str, header: HeaderInfo, floor: date | None, floor_words: str, distinct_years: int,
            metadata_date: date | None, user_date: date | None) -> DatingChoice:
    notes = []
    original = ORIGINALLY_RE.search(text)
    if original:
        said = find_absolute(text[original.end():original.end() + 40])
        if said:
            notes.append(f'the text says it was originally published "{text[original.end():][:said[0].end]}"; '
                         "relative dates are still read against the date this copy carries")
    if user_date is not None:
        return DatingChoice(user_date, "user", "set by the user")
    printed, printed_basis = metadata_date, "metadata"
    if printed is None and header.printed_date_iso:
        printed, printed_basis = date.fromisoformat(header.printed_date_iso), "header line"
        notes.insert(0, f'printed "{header.printed_date}"')
    if printed is not None:
        if floor is not None and floor > printed:
            notes.append(f'the body names "{floor_words}", later than the printed date, so the text '
                         "was written on or after it")
            return DatingChoice(floor, "content", "; ".join(notes))
        if printed_basis == "header line" and _looks_like_masthead(text, header, floor, distinct_years, printed):
            notes.append("questioned: a weekday date above the title is usually the page's render date, "
                         f"and the latest year the body names is {floor.year if floor else 'none'}")
            return DatingChoice(printed, "header line, questioned", "; ".join(notes))
        return DatingChoice(printed, printed_basis, "; ".join(notes))
    if floor is not None:
        notes.append(f'no date printed; the latest date the body names, "{floor_words}", is the earliest '
                     "it can have been written")
        return DatingChoice(floor, "content", "; ".join(notes))
    notes.append("no date printed and none in the text")
    return DatingChoice(None, "unknown", "; ".join(notes))


def _looks_like_masthead(text: str, header: HeaderInfo, floor: date | None, distinct_years: int,
                         printed: date) -> bool:
    """A printed date is questioned when it reads like a "today" widget or the body is years older."""
    before_title = header.title and text.find(header.title) > text.find(header.printed_date) >= 0
    widget = before_title and WEEKDAY_RE.search(header.printed_date) is not None
    stale = floor is not None and distinct_years >= 3 and \
        printed.year - floor.year >= settings.QUESTIONED_DATE_GAP_YEARS
    return bool(widget or stale)
