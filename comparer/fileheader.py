"""What a saved article says about itself before its text begins: metadata, never body claims.

Saved and exported articles often open with metadata: a block of `Key: value` lines (`URL:`,
`TITLE:`, `Date:`) ended by a `---` line or a blank line, YAML front matter between two `---` lines
in Markdown, or the stored page's own ` date YYYY-MM-DD` line. A web address often carries the
publication day in its path (`/2024/01/26/`, `/2023-09-11/`). This module reads them as fields with
the basis each came from; the text they occupy becomes an excluded region, so their numbers are
never reported as the article's claims. What cannot be read is left empty with the reason, and the
text is still read as an article: nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dates import find_absolute
from .periods import day_or_none
from .records import Region

HEADER_KEYS = {
    "url": "url", "link": "url", "source url": "url", "canonical": "url", "address": "url",
    "title": "title", "headline": "title",
    "date": "date", "published": "date", "publication date": "date", "pubdate": "date", "date published": "date",
    "published at": "date", "published on": "date", "updated": "updated", "last updated": "updated",
    "modified": "updated", "author": "author", "authors": "author", "byline": "author", "by": "author",
    "outlet": "outlet", "site": "outlet", "source": "outlet", "publisher": "outlet", "site name": "outlet",
    "description": "", "summary": "", "tags": "", "categories": "", "category": "", "language": "", "lang": "",
    "id": "", "slug": "", "layout": "", "draft": "", "image": "",
}
"""Keys a metadata block is made of (lower case), and the field each fills ("" = kept out of the body, unused).
From the header conventions of saved news: web clippers, news dumps, Jekyll and Hugo front matter."""

KEY_LINE_RE = re.compile(r"^[ \t]*(?P<key>[A-Za-z][A-Za-z _-]{0,24}?)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
RULE_LINE_RE = re.compile(r"^[ \t]*(?:-{3,}|\.{3})[ \t]*$")
STORED_DATE_RE = re.compile(r"[ \t]*(?P<word>date)[ \t]+(?P<iso>\d{4}-\d{2}-\d{2})\b")
ISO_DAY_RE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
URL_DATE_RE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?=[/._-]|$)")
NOTE_VALUE_RE = re.compile(r"^\(.*\)$")
"""A value in parentheses is a note about the field ("(none in the excerpt)"), not its value."""
MAX_HEADER_LINES = 40
"""A metadata block is short: front matter that has not closed after this many lines is body text."""


@dataclass(frozen=True)
class HeaderDate:
    """A date the file gives for itself, and where it was read."""

    day: date
    basis: str


@dataclass(frozen=True)
class FileHeader:
    """The metadata a file opens with: where the body starts, the fields read, the dates, the
    regions kept out of the body and what could not be read."""

    body_start: int = 0
    title: str = ""
    url: str = ""
    author: str = ""
    outlet: str = ""
    dates: tuple[HeaderDate, ...] = ()
    regions: tuple[Region, ...] = ()
    notes: tuple[str, ...] = ()


def parse_day(value: str) -> date | None:
    """The day a metadata value names ("2024-01-26", "2024-01-26T10:00:00Z", "January 26, 2024"), or None.

    >>> parse_day("2024-01-26T10:00:00Z"), parse_day("Jan 12, 2024"), parse_day("2024-99-99")
    (datetime.date(2024, 1, 26), datetime.date(2024, 1, 12), None)
    """
    iso = ISO_DAY_RE.search(value)
    if iso:
        return day_or_none(int(iso.group("y")), int(iso.group("m")), int(iso.group("d")))
    days = [d for d in find_absolute(value) if d.granularity == "day"]
    return days[0].low if days else None


def date_in_url(url: str) -> tuple[date | None, str]:
    """(the day a web address's path names, a note when it names one that is no real day).

    >>> date_in_url("https://www.upi.com/Top_News/US/2024/01/26/alaska-airlines-returns/22117/")
    (datetime.date(2024, 1, 26), '')
    >>> date_in_url("https://example.com/2024/13/45/story")
    (None, 'the address holds /2024/13/45, which is not a date')
    """
    found = URL_DATE_RE.search(url)
    if not found:
        return None, ""
    day = day_or_none(int(found.group("y")), int(found.group("m")), int(found.group("d")))
    if day is None:
        return None, f"the address holds {found.group(0)}, which is not a date"
    return day, ""


def read_file_header(text: str) -> FileHeader:
    """The metadata block a text opens with, if any (see the module docstring).

    >>> h = read_file_header("URL: https://x.org/2024/01/26/a\\nTITLE: A headline\\n---\\nBody 5 words.")
    >>> (h.title, h.url, [d.basis for d in h.dates], h.body_start)
    ('A headline', 'https://x.org/2024/01/26/a', ['the date in its address'], 54)
    """
    lines = text.split("\n", MAX_HEADER_LINES + 1)[:MAX_HEADER_LINES]
    fields: dict[str, str] = {}
    notes: list[str] = []
    front_matter = len(lines) > 1 and RULE_LINE_RE.match(lines[0]) is not None
    offset = len(lines[0]) + 1 if front_matter else 0
    end, closed = 0, False
    for line in lines[1:] if front_matter else lines:
        line_end = offset + len(line) + 1
        if RULE_LINE_RE.match(line):
            end, closed = line_end, True
            break
        key_line = KEY_LINE_RE.match(line)
        key = key_line.group("key").strip().lower() if key_line else ""
        if key_line and key in HEADER_KEYS:
            if HEADER_KEYS[key] and HEADER_KEYS[key] not in fields:
                fields[HEADER_KEYS[key]] = key_line.group("value").strip("\"'")
            end = line_end
        elif not (front_matter and (key_line or not line.strip())):
            break  # inside front matter, other YAML keys and blank lines are still metadata
        offset = line_end
    if front_matter and not closed:
        notes.append(f"the text opens with '---' but the front matter never closes within {MAX_HEADER_LINES} "
                     "lines; it is read as part of the article")
        return _with_stored_date(text, FileHeader(notes=tuple(notes)))
    if not fields and not front_matter:
        return _with_stored_date(text, FileHeader())
    end = min(end, len(text))
    return _with_stored_date(text, _header_of(fields, end, notes))


def _header_of(fields: dict[str, str], end: int, notes: list[str]) -> FileHeader:
    title = fields.get("title", "")
    if NOTE_VALUE_RE.match(title):
        notes.append(f"the header's title is a note, not a title: {title}")
        title = ""
    url = fields.get("url", "")
    dates = []
    for field, basis in (("date", "the header's date line"), ("updated", "the header's update line")):
        if fields.get(field):
            day = parse_day(fields[field])
            if day is None:
                notes.append(f"the header's {field} '{fields[field][:40]}' is not a date; it is not used")
            else:
                dates.append(HeaderDate(day, basis))
    if url:
        day, note = date_in_url(url)
        if day is not None:
            dates.append(HeaderDate(day, "the date in its address"))
        if note:
            notes.append(note)
    regions = (Region(0, end, "metadata header of the file"),) if end else ()
    return FileHeader(end, title, url, fields.get("author", ""), fields.get("outlet", ""), tuple(dates),
                      regions, tuple(notes))


def _with_stored_date(text: str, header: FileHeader) -> FileHeader:
    """The stored page's own ` date YYYY-MM-DD` at the start of the body: a date of the page, kept out."""
    start = header.body_start
    while start < len(text) and text[start] == "\n":
        start += 1
    found = STORED_DATE_RE.match(text, start)
    if not found:
        return header
    day = parse_day(found.group("iso"))
    region = Region(found.start("word"), found.end(), "the stored page's date line")
    notes = header.notes if day else (*header.notes, f"the stored date '{found.group('iso')}' is not a date")
    dates = (*header.dates, HeaderDate(day, "the stored page's date")) if day else header.dates
    return FileHeader(header.body_start, header.title, header.url, header.author, header.outlet, dates,
                      (*header.regions, region), notes)
