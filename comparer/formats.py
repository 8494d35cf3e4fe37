"""Web pages, PDFs and Word files -> plain text and the metadata they carry. Pure: bytes in, text out.

HTML goes through trafilatura with reader comments left out (it keeps them unless told not to).
Its publication date is not trusted: with no date in the page's metadata, trafilatura and
htmldate fall back on the day the page was rendered, the masthead's "today". So the date is
read here, only from metadata (article:published_time, JSON-LD datePublished, <time datetime>),
with the field it came from, and is left unknown otherwise.
"""

from __future__ import annotations

import io
import json
import re
import time
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date

from . import settings
from .errors import BinaryInput, EmptyInput, InputError, TooLarge, TooSlow
from .periods import day_or_none

HTML_SNIFF_RE = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<meta|<title|<article|<div|<p>)",
    re.IGNORECASE | re.DOTALL)
MIN_PAGE_WORDS = 5
"""Fewer words than this taken out of a page is navigation residue ("Home"), not an article."""
META_DATE_NAMES = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "article.published", "published_time", "citation_publication_date",
)


@dataclass(frozen=True)
class Document:
    """Text taken out of a richer format, with what the format said about it."""

    text: str
    title: str = ""
    author: str = ""
    outlet: str = ""
    published: date | None = None
    published_field: str = ""
    """Where the date was read ("article:published_time", "JSON-LD datePublished", "PDF creation date")."""
    kind: str = "text"


def sniff(raw: bytes) -> str:
    """The format of some bytes by their content: "pdf", "docx", "html" or "text".

    >>> sniff(b"%PDF-1.7"), sniff(b"  <!DOCTYPE html><p>x"), sniff(b"Plain words"), sniff(b"<p>Hi</p>")
    ('pdf', 'html', 'text', 'html')
    """
    head = raw[:4096]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in raw[:200_000] else "zip"
    stripped = head.lstrip(b"\xef\xbb\xbf")
    if HTML_SNIFF_RE.match(stripped):
        return "html"
    return "text"


def html_document(html: str) -> Document:
    """Main text and metadata of a web page; navigation, related links and comments left out."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extracted = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True,
                                                include_tables=True, deduplicate=True)
    text = (getattr(extracted, "text", None) or "") if extracted is not None else ""
    if len(text.split()) < MIN_PAGE_WORDS:
        raise EmptyInput("no article text found in the page")
    published, field = metadata_date(html)
    return Document(text=text, title=getattr(extracted, "title", "") or "",
                    author=getattr(extracted, "author", "") or "", outlet=getattr(extracted, "sitename", "") or "",
                    published=published, published_field=field, kind="html")


TAG_REACH = 2000
"""Longest tag read (characters): every tag pattern stops there, so a page of unclosed tags is read in
time proportional to its length instead of rescanning the rest of the page from every "<"."""
META_TAG_RE = re.compile(rf"<meta\b[^<>]{{0,{TAG_REACH}}}>", re.IGNORECASE)
JSON_LD_OPENING_RE = re.compile(rf"<script\b[^<>]{{0,{TAG_REACH}}}?application/ld\+json[^<>]{{0,{TAG_REACH}}}>",
                                re.IGNORECASE)
TIME_TAG_RE = re.compile(rf"<time\b[^<>]{{0,{TAG_REACH}}}?datetime\s*=\s*[\"']([^\"'<>]{{1,100}})", re.IGNORECASE)


def metadata_date(html: str) -> tuple[date | None, str]:
    """The publication date a page's metadata states, and the field it came from; (None, "") if none.

    >>> metadata_date('<meta property="article:published_time" content="2024-01-29T10:00:00Z">')
    (datetime.date(2024, 1, 29), 'article:published_time')
    >>> metadata_date('<script type="application/ld+json">{"datePublished": "2020-10-22"}</script>')
    (datetime.date(2020, 10, 22), 'JSON-LD datePublished')
    >>> metadata_date('<p>Today is Thursday, Oct 23, 2025</p>')
    (None, '')
    """
    head = html[:500_000]
    for match in META_TAG_RE.finditer(head, 0, 200_000):
        tag = match.group(0)
        name = re.search(r"(?:property|name|itemprop)\s*=\s*[\"']([^\"']+)", tag, re.IGNORECASE)
        content = re.search(r"content\s*=\s*[\"']([^\"']+)", tag, re.IGNORECASE)
        if name and content and name.group(1).lower() in META_DATE_NAMES:
            found = _iso_day(content.group(1))
            if found:
                return found, name.group(1)
    for match in JSON_LD_OPENING_RE.finditer(head):
        closing = head.find("</script>", match.end())
        if closing < 0:
            break  # no closing tag after this one, so none after any later opening either
        found = _json_ld_date(head[match.end():closing])
        if found:
            return found, "JSON-LD datePublished"
    time_tag = TIME_TAG_RE.search(head)
    if time_tag and _iso_day(time_tag.group(1)):
        return _iso_day(time_tag.group(1)), "<time datetime>"
    return None, ""


def _json_ld_date(payload: str) -> date | None:
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError):  # RecursionError: JSON nested deeper than the parser's stack
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "datePublished" in item and isinstance(item["datePublished"], str):
                return _iso_day(item["datePublished"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def _iso_day(text: str) -> date | None:
    found = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", text)
    if not found:
        return None
    return day_or_none(int(found.group(1)), int(found.group(2)), int(found.group(3)))


def pdf_document(raw: bytes) -> Document:
    """The text layer of a PDF, lines joined back into paragraphs. Its page count is checked before any
    text is read, and reading stops past the text limit or the time budget (settings)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    started = time.monotonic()
    pages: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(raw))
        count = len(reader.pages)
        if count > settings.MAX_PDF_PAGES:
            raise TooLarge(f"{count:,} pages is over the {settings.MAX_PDF_PAGES:,} page limit "
                           "(settings.MAX_PDF_PAGES)")
        size = 0
        for number, page in enumerate(reader.pages, start=1):
            pages.append(page.extract_text() or "")
            size += len(pages[-1])
            if size > settings.MAX_TEXT_CHARS:
                raise TooLarge(f"more than {settings.MAX_TEXT_CHARS:,} characters of text by page {number} "
                               "(settings.MAX_TEXT_CHARS)")
            if time.monotonic() - started > settings.ARTICLE_SECONDS:
                raise TooSlow(f"reading its text took over {settings.ARTICLE_SECONDS:g} s by page {number} of "
                              f"{count} (settings.ARTICLE_SECONDS)")
        info = reader.metadata or {}
        created = getattr(info, "creation_date", None)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError, zlib.error,
            NotImplementedError) as error:
        raise InputError(f"not a readable PDF ({type(error).__name__})") from None
    text = "\n\n".join(_paragraphs_of_pdf_page(page) for page in pages if page.strip())
    if not text.strip():
        raise EmptyInput("the PDF has no text layer (scanned?)")
    return Document(text=text, title=str(getattr(info, "title", "") or ""),
                    author=str(getattr(info, "author", "") or ""),
                    published=created.date() if created else None,
                    published_field="PDF creation date" if created else "", kind="pdf")


def _paragraphs_of_pdf_page(page: str) -> str:
    """PDF text comes as wrapped lines: a line that does not end a sentence continues on the next;
    a word hyphenated at a line end is joined."""
    paragraphs: list[list[str]] = [[]]
    for raw_line in page.splitlines():
        line = raw_line.strip()
        current = paragraphs[-1]
        if not line:
            if current:
                paragraphs.append([])
        elif current and not re.search(r"[.!?:\"”’)]$", current[-1]):
            if current[-1].endswith("-"):
                current[-1] = current[-1][:-1]
                current.append(line)
            else:
                current += [" ", line]
        elif current:
            paragraphs.append([line])
        else:
            current.append(line)
    return "\n".join("".join(parts) for parts in paragraphs if parts)


def docx_document(raw: bytes) -> Document:
    """Paragraph text of a Word file, and its core properties. The archive's table of contents is
    checked before anything is unpacked (see `check_archive`)."""
    from docx import Document as WordDocument
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    check_archive(raw)
    try:
        word = WordDocument(io.BytesIO(raw))
        text = "\n".join(p.text for p in word.paragraphs if p.text.strip())
        props = word.core_properties
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, KeyError, ValueError, OSError,
            PackageNotFoundError, LxmlError, RecursionError) as error:
        raise BinaryInput(f"not a readable Word file ({type(error).__name__})") from None
    if not text.strip():
        raise EmptyInput("the Word file has no text")
    return Document(text=text, title=props.title or "", author=props.author or "",
                    published=props.created.date() if props.created else None,
                    published_field="Word file creation date" if props.created else "", kind="docx")


def check_archive(raw: bytes) -> None:
    """Refuse a zip bomb before unpacking it: too many members, or members that unpack to more than
    settings.MAX_UNPACKED_BYTES in all or settings.MAX_UNPACKED_XML_BYTES of XML (the part a Word
    reader builds a tree of, several times its size in memory). The sizes are the archive's own
    declarations, and zipfile never unpacks a member past its declared size."""
    try:
        members = zipfile.ZipFile(io.BytesIO(raw)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError, EOFError) as error:  # "zip file version 6.4"
        raise BinaryInput(f"not a readable Word file ({type(error).__name__})") from None
    if len(members) > settings.MAX_ARCHIVE_MEMBERS:
        raise TooLarge(f"{len(members):,} parts in the file is over the {settings.MAX_ARCHIVE_MEMBERS:,} limit "
                       "(settings.MAX_ARCHIVE_MEMBERS)")
    unpacked = sum(m.file_size for m in members)
    xml = sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels")))
    for size, limit, what in ((unpacked, settings.MAX_UNPACKED_BYTES, "MAX_UNPACKED_BYTES"),
                              (xml, settings.MAX_UNPACKED_XML_BYTES, "MAX_UNPACKED_XML_BYTES")):
        if size > limit:
            raise TooLarge(f"it unpacks to {size / 1e6:,.0f} MB, over the {limit / 1e6:.0f} MB limit "
                           f"(settings.{what}); a Word file of text is far smaller")
