"""Title, outlet, author and printed date of a plain-text article, read from its first and last lines.

Saved articles start with a masthead, a date line, the title (sometimes twice) and a dek before
the first paragraph of prose; they end with an author box or bio. These rules read that shape.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .dates import find_absolute, find_dates
from .records import Region
from .segment import AUTHOR_BIO_RE, NAVIGATION_RE, lines

PROSE_MIN_CHARS = 250
"""A line this long is article prose: the header ends before the first one."""

HEADER_MAX_LINES = 60
"""Short lines read as the header at most (the longest header in the seeds and the 56 development articles
has 33): a text of short lines only (a list, a poem, a paste of a table) has no header of its length."""

BYLINE_RE = re.compile(r"^\s*(?:by|written\s+by|words\s+by)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\b",
                       re.IGNORECASE)
ABOUT_AUTHOR_RE = re.compile(r"^\s*about\s+the\s+author\s*:\s*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})",
                             re.IGNORECASE)
DATELINE_PREFIX_RE = re.compile(r"\s*(?:(?:published|updated|posted|last\s+updated|date|first\s+published)"
                                r"(?:\s+on)?\s*:?\s*|by\s+[^,|•·]{2,60}[,|•·]\s*)?", re.IGNORECASE)
POWERED_BY_RE = re.compile(r"^\s*(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})\s+is\s+(?:powered|published)\s+by\b")


TIMESTAMP_TAIL_RE = re.compile(
    r"(?:,?\s*(?:at\s+)?\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?|\s*\d{1,2}\s*[ap]\.?m\.?"
    r"(?:\s+[A-Z]{2,4}\b)?)?", re.IGNORECASE)
"""The time after a page's date ("Sat 13 Jan 2024, 8:36 AM", "January 18, 2024 — 02:45 pm EST", "2:21PM")."""
TIMESTAMP_SEPARATOR_RE = re.compile(r"\s*(?:[—–|•·-]+|,)?\s*")
NUMERIC_DATE_RE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}\b")
DATELINE_BEFORE_RE = re.compile(
    r"\s*(?:[A-Z][A-Za-z.’'-]*(?:[ ,]+[A-Z][A-Za-z.’'-]*){0,3},?\s+)?(?:\((?:[A-Za-z][\w .&-]{0,24})\)\s*)?\(?")
"""What may open a dateline before its date: a place in capitals ("SEATTLE,", "Portland, Ore.") and an agency."""
DATELINE_AFTER_RE = re.compile(r"\)?(?:\s*\((?:[A-Za-z][\w .&-]{0,24})\))?\s*(?:[-—–:]+|$)")
"""What may close a dateline after its date: an agency in brackets and a dash, or the end of the line."""


@dataclass(frozen=True)
class HeaderInfo:
    title: str
    outlet: str
    author: str
    printed_date: str
    """The printed date as written ("Thursday, Oct 23, 2025"), or ""."""
    printed_date_iso: str
    printed_date_line: int
    """Index of the line that printed the date (-1 when none)."""
    stamps: tuple[Region, ...] = ()
    """Page timestamps and datelines: the printed dates themselves, kept out of the body."""
    stamp_days: tuple[str, ...] = ()
    """What those stamps say, as ISO days or "--MM-DD" for a dateline without a year."""


def read_header(text: str, start: int = 0) -> HeaderInfo:
    """What the first and last lines of a plain-text article (from `start`, after any metadata block) say
    about it: title, outlet, author, and the page's printed dates (timestamps above the text, and the
    dateline that opens its first paragraph).

    >>> h = read_header("London Daily\\n\\nThursday, Oct 23, 2025\\n\\nUS threat to quit Iraq\\n\\n" + "Body. " * 60)
    >>> (h.title, h.outlet, h.printed_date_iso)
    ('US threat to quit Iraq', 'London Daily', '2025-10-23')
    """
    spans = lines(text)
    header: list[tuple[int, str]] = []
    first_prose = None
    for index, span in enumerate(spans):
        if span.end < start:
            continue
        line = text[max(span.start, start):span.end].strip()
        if len(line) >= PROSE_MIN_CHARS:
            first_prose = index
            break
        if line:
            header.append((index, line))
            if len(header) == HEADER_MAX_LINES:
                break
    printed, printed_iso, printed_line = "", "", -1
    stamps: list[Region] = []
    days: list[str] = []
    for index, _ in header:
        span = spans[index]
        stamp = _timestamp(text, max(span.start, start), span.end)
        if stamp is not None:
            stamps.append(Region(stamp[0], stamp[1], "page timestamp: the printed date"))
            days.append(stamp[2])
            if not printed:
                printed, printed_iso, printed_line = text[stamp[0]:stamp[1]], stamp[2], index
    dateline = _dateline(text, spans, [i for i, _ in header] + ([first_prose] if first_prose is not None else []),
                         start, {r.start for r in stamps})
    if dateline is not None:
        stamps.append(Region(dateline[0], dateline[1], "dateline: the printed date"))
        days.append(dateline[2])
    title_candidates = [line for index, line in header
                        if index != printed_line and 3 <= len(line.split()) <= 25
                        and not line.endswith(".") and not NAVIGATION_RE.match(line)]
    # the most repeated candidate, the first of them on ties
    title = Counter(title_candidates).most_common(1)[0][0] if title_candidates else ""
    outlet = _outlet(header, title, printed_line, text)
    return HeaderInfo(title, outlet, _author(text, header), printed, printed_iso, printed_line, tuple(stamps),
                      tuple(days))


def _timestamp(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, ISO day) of the page timestamp opening a short line, or None: "Updated Jan 12, 2024 -
    Economy", "Published On: Fri, Jul 5th, 2024", "09/14/2023 September 14, 2023 Over 11,000 found dead"."""
    line = text[start:end]
    lead = DATELINE_PREFIX_RE.match(line)
    position = lead.end() if lead else 0
    day, first = "", None
    while True:
        numeric = NUMERIC_DATE_RE.match(line, position)
        dates = [d for d in find_absolute(line[position:position + 60]) if d.start == 0]
        if numeric:
            position = numeric.end()
        elif dates and dates[0].granularity == "day":
            day = day or dates[0].value or ""
            position += dates[0].end
        else:
            break
        first = position if first is None else first
        while True:  # times and separators, in any order ("2024 — 02:45 pm EST", "2024, 8:36 AM")
            after = TIMESTAMP_SEPARATOR_RE.match(line, TIMESTAMP_TAIL_RE.match(line, position).end()).end()
            after_time = TIMESTAMP_TAIL_RE.match(line, after).end()
            if max(after, after_time) == position:
                break
            position = after_time if after_time > after else after
    if not day:
        return None
    return start, start + len(line[:position].rstrip(" ,—–|•·-")), day


def _dateline(text: str, spans: list, indexes: list[int], start: int, taken: set[int]
              ) -> tuple[int, int, str] | None:
    """The date of the dateline that opens the first paragraph ("SEATTLE, April 4", "Jan 18 (Reuters) -",
    "WASHINGTON (June 24, 2025) —", "(AFP) Sept 16, 2023"): (start, end, ISO day or "--MM-DD")."""
    for index in indexes[:8]:
        span = spans[index]
        line_start = max(span.start, start)
        head = text[line_start:min(span.end, line_start + 80)]
        for phrase in find_dates(head, None):
            if phrase.granularity != "day" or (phrase.low is None and phrase.month_day is None):
                continue
            if DATELINE_BEFORE_RE.fullmatch(head[:phrase.start]) and DATELINE_AFTER_RE.match(head, phrase.end) \
                    and line_start + phrase.start not in taken:
                return line_start + phrase.start, line_start + phrase.end, phrase.value or ""
            break
    return None


def _outlet(header: list[tuple[int, str]], title: str, printed_line: int, text: str) -> str:
    for index, line in header:
        if line == title:
            break
        if index != printed_line and 1 <= len(line.split()) <= 4 and line[0].isupper() \
                and not line.endswith(".") and not NAVIGATION_RE.match(line):
            return line
    for span in lines(text):
        found = POWERED_BY_RE.match(text[span.start:span.end])
        if found:
            return found.group("name")
    return ""


def _author(text: str, header: list[tuple[int, str]]) -> str:
    for _, line in header:
        found = BYLINE_RE.match(line)
        if found:
            return found.group("name")
    tail = [text[s.start:s.end] for s in lines(text)[-8:]]
    for line in tail:
        found = ABOUT_AUTHOR_RE.match(line)
        if found:
            return found.group("name")
    for line in tail:
        found = AUTHOR_BIO_RE.match(line)
        if found:
            return found.group("name")
    return ""
