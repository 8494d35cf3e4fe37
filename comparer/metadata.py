"""Title, outlet, author and printed date of a plain-text article, read from its first and last lines.

Saved articles start with a masthead, a date line, the title (sometimes twice) and a dek before
the first paragraph of prose; they end with an author box or bio. These rules read that shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_absolute
from .segment import AUTHOR_BIO_RE, NAVIGATION_RE, lines

PROSE_MIN_CHARS = 250
"""A line this long is article prose: the header ends before the first one."""

BYLINE_RE = re.compile(r"^\s*(?:by|written\s+by|words\s+by)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\b",
                       re.IGNORECASE)
ABOUT_AUTHOR_RE = re.compile(r"^\s*about\s+the\s+author\s*:\s*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})",
                             re.IGNORECASE)
DATELINE_PREFIX_RE = re.compile(r"\s*(?:(?:published|updated|posted|last\s+updated|date|first\s+published)"
                                r"(?:\s+on)?\s*:?\s*|by\s+[^,|•·]{2,60}[,|•·]\s*)?", re.IGNORECASE)
POWERED_BY_RE = re.compile(r"^\s*(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})\s+is\s+(?:powered|published)\s+by\b")


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


def read_header(text: str) -> HeaderInfo:
    """What the first and last lines of a plain-text article say about it.

    >>> h = read_header("London Daily\\n\\nThursday, Oct 23, 2025\\n\\nUS threat to quit Iraq\\n\\n" + "Body. " * 60)
    >>> (h.title, h.outlet, h.printed_date_iso)
    ('US threat to quit Iraq', 'London Daily', '2025-10-23')
    """
    spans = lines(text)
    header: list[tuple[int, str]] = []
    for index, span in enumerate(spans):
        line = text[span.start:span.end].strip()
        if len(line) >= PROSE_MIN_CHARS:
            break
        if line:
            header.append((index, line))
    printed, printed_iso, printed_line = "", "", -1
    for index, line in header:
        days = [d for d in find_absolute(line) if d.granularity == "day" and _is_dateline(line, d.start, d.end)]
        if days:
            printed = line[days[0].start:days[0].end]
            printed_iso, printed_line = days[0].value or "", index
            break
    title_candidates = [line for index, line in header
                        if index != printed_line and 3 <= len(line.split()) <= 25
                        and not line.endswith(".") and not NAVIGATION_RE.match(line)]
    title = max(title_candidates, key=title_candidates.count) if title_candidates else ""
    outlet = _outlet(header, title, printed_line, text)
    return HeaderInfo(title, outlet, _author(text, header), printed, printed_iso, printed_line)


def _is_dateline(line: str, start: int, end: int) -> bool:
    """Whether a date in a header line is the line's point (a dateline), not part of a sentence:
    it opens the line (perhaps after "Published:" or a byline), or is most of it."""
    return bool(DATELINE_PREFIX_RE.fullmatch(line[:start])) or (end - start) >= 0.5 * len(line.strip())


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
