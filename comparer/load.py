"""Bytes, pasted text, paths or URLs -> Article. The only module that reads files (the network is
reached through `fetch`).

Decoding is stated, never guessed silently: UTF-8 (with or without BOM), UTF-16 with a BOM,
then cp1252 as the fallback for old Windows files. Content decides the type, not the name:
an image renamed .txt is refused as binary.
"""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

from . import settings
from .dating import choose_publication_date
from .errors import BinaryInput, EmptyInput, InputError, MissingInput, TooLarge, Undecodable
from .fetch import fetch
from .fileheader import read_file_header
from .formats import Document, docx_document, html_document, pdf_document, sniff
from .metadata import read_header
from .records import Article
from .segment import excluded_regions

BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or Office file)", b"%PDF": "a PDF", b"\x7fELF": "a program",
    b"\x1f\x8b": "a gzip archive", b"BM": None, b"RIFF": "a media file", b"OggS": "a media file",
    b"ID3": "an MP3 file", b"\x00\x00\x01\x00": "an icon", b"Rar!": "a RAR archive", b"7z\xbc\xaf": "a 7z archive",
}


def read_path(path: str | Path) -> bytes:
    """The bytes of a file, refusing a missing path and anything over the size limit before reading it."""
    path = Path(path)
    if not path.is_file():
        raise MissingInput(f"{path}: no such file")
    check_file_size(path.name, path.stat().st_size)
    return path.read_bytes()


def check_file_size(name: str, size: int) -> None:
    """Refuse an input over settings.MAX_FILE_BYTES, naming the limit."""
    if size > settings.MAX_FILE_BYTES:
        raise TooLarge(f"{name}: {size / 1e6:.1f} MB is over the {settings.MAX_FILE_BYTES / 1e6:.0f} MB "
                       "file size limit (settings.MAX_FILE_BYTES)")


def check_text_length(name: str, length: int) -> None:
    """Refuse an article text over settings.MAX_TEXT_CHARS, naming the limit."""
    if length > settings.MAX_TEXT_CHARS:
        raise TooLarge(f"{name}: {length:,} characters is over the {settings.MAX_TEXT_CHARS:,} character "
                       "limit per article (settings.MAX_TEXT_CHARS)")


def source_kind_of(name: str) -> str:
    """"markdown" for a .md name, else "text": the name only tells these two apart."""
    return "markdown" if name.lower().endswith((".md", ".markdown")) else "text"


def decode(raw: bytes, name: str = "input") -> tuple[str, str]:
    """(text with newlines normalised to \\n, encoding used). Raises an InputError with a reason.

    >>> decode("café".encode("utf-8-sig"))
    ('café', 'utf-8 (with BOM)')
    >>> decode("café".encode("cp1252"))
    ('café', 'cp1252 (not valid UTF-8)')
    """
    check_file_size(name, len(raw))
    if not raw:
        raise EmptyInput(f"{name}: the file is empty")
    if not raw.strip():
        raise EmptyInput(f"{name}: the file holds only whitespace")
    text, encoding = _decode_bytes(raw, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInput(f"{name}: the file holds only whitespace")
    check_text_length(name, len(text))
    return text, encoding


def _decode_bytes(raw: bytes, name: str) -> tuple[str, str]:
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw[3:], "utf-8", name), "utf-8 (with BOM)"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(raw, "utf-16", name), "utf-16"
    for signature, what in BINARY_SIGNATURES.items():
        if what and raw.startswith(signature):
            raise BinaryInput(f"{name}: this is {what}, not text")
    sample = raw[:8192]
    if b"\x00" in sample:
        raise BinaryInput(f"{name}: binary content (NUL bytes), not text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        first_bad = error.start
    mostly_utf8 = _utf8_with_bad_bytes(raw, first_bad)
    if mostly_utf8 is not None:
        return mostly_utf8
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise Undecodable(f"{name}: not UTF-8, UTF-16 or cp1252 text (byte {error.start})") from None
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > len(text[:8192]) * 0.01:
        raise BinaryInput(f"{name}: binary content, not text")
    return text, "cp1252 (not valid UTF-8)"


def _utf8_with_bad_bytes(raw: bytes, first_bad: int) -> tuple[str, str] | None:
    """UTF-8 text with a few broken bytes, each shown as "�" and reported; None when the text has no
    valid UTF-8 beyond ASCII, or more broken sequences than valid ones: then it is another encoding.
    Reading "€5 million" with one bad byte elsewhere as cp1252 would turn it into "â‚¬5 million".

    >>> _utf8_with_bad_bytes("€5 million ".encode() + bytes([0xFF]), 13)
    ('€5 million �', 'utf-8 (1 invalid byte, the first at byte 13, shown as �)')
    """
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    valid = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    if valid == 0 or bad > valid:
        return None
    return text, (f"utf-8 ({bad} invalid byte{'s' if bad > 1 else ''}, the first at byte {first_bad}, "
                  "shown as �)")


def _strict(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise Undecodable(f"{name}: invalid {encoding} at byte {error.start}") from None


def article_from_text(name: str, text: str, *, published: date | None = None, url: str = "",
                      source_kind: str = "text", encoding: str = "", document: Document | None = None) -> Article:
    """An Article from decoded text: its metadata block, header fields, excluded regions and publication
    date. `document` carries what a richer format said (a web page's title, author, site and date)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    file_header = read_file_header(text)
    header = read_header(text, file_header.body_start)
    excluded = tuple(sorted((*excluded_regions(text, file_header.body_start), *file_header.regions, *header.stamps),
                            key=lambda r: r.start))
    from_page = document is not None and document.kind == "html" and document.published is not None
    choice = choose_publication_date(text, excluded, header, user_date=published, file_dates=file_header.dates,
                                     metadata_date=document.published if from_page else None)
    notes = [choice.note, *file_header.notes, encoding and f"decoded as {encoding}"]
    if from_page:
        notes.insert(0, f"the page's metadata ({document.published_field}) says {document.published.isoformat()}")
    elif document is not None and document.published is not None:
        notes.append(f"the file says it was created on {document.published.isoformat()} ({document.published_field}); "
                     "a file's creation date is not taken as its publication date")
    found = document or Document(text)
    return Article(id=name, text=text, title=found.title or file_header.title or header.title,
                   outlet=found.outlet or file_header.outlet or header.outlet,
                   author=found.author or file_header.author or header.author, url=url or file_header.url,
                   published=choice.published, published_basis=choice.basis,
                   published_note="; ".join(filter(None, notes)), printed_date=header.printed_date,
                   earliest_written=choice.earliest, excluded=excluded, source_kind=source_kind)


def article_from_string(name: str, text: str, *, published: date | None = None) -> Article:
    """An Article from a Python string, under the limits a file gets: refused when empty or over
    settings.MAX_TEXT_CHARS. The name's suffix says markdown or plain text."""
    if not isinstance(text, str):
        raise InputError(f"{name}: the text is a {type(text).__name__}, not a string or bytes")
    if not text.strip():
        raise EmptyInput(f"{name}: the text is empty" if not text else f"{name}: the text holds only whitespace")
    check_text_length(name, len(text))
    return article_from_text(name, text, published=published, source_kind=source_kind_of(name))


def article_from_bytes(name: str, raw: bytes, *, published: date | None = None, url: str = "") -> Article:
    """An Article from raw bytes of any supported format, told apart by content, not by name:
    a web page saved as .txt is read as HTML, an image renamed .txt is refused."""
    check_file_size(name, len(raw))
    kind = sniff(raw)
    try:
        if kind == "pdf":
            document = pdf_document(raw)
        elif kind == "docx":
            document = docx_document(raw)
        elif kind == "zip":
            raise BinaryInput("this is a ZIP archive, not an article")
        else:
            text, encoding = decode(raw, name)
            if kind == "text":
                return article_from_text(name, text, published=published, url=url,
                                         source_kind=source_kind_of(name), encoding=encoding)
            document = html_document(text)
    except InputError as error:
        message = str(error)
        raise type(error)(message if message.startswith(name) else f"{name}: {message}") from None
    check_text_length(name, len(document.text))
    return article_from_text(name, document.text, published=published, url=url, source_kind=document.kind,
                             document=document)


def article_from_path(path: str | Path, *, published: date | None = None, name: str = "") -> Article:
    """An Article from a file, named `name` (by default the file's own name)."""
    return article_from_bytes(name or Path(path).name, read_path(path), published=published)


def article_from_url(url: str, *, published: date | None = None, allow_private: bool = False) -> Article:
    """An Article from a web address (see `fetch` for what is refused and why)."""
    fetched = fetch(url, allow_private=allow_private)
    return article_from_bytes(url, fetched.content, published=published, url=fetched.url)


def article_from_source(source: str | Path, *, published: date | None = None, name: str = "") -> Article:
    """A path or an http(s) URL; anything with a scheme is treated as a URL (and refused unless http/https)."""
    text = str(source)
    if "://" in text[:12]:
        return article_from_url(text, published=published)
    return article_from_path(source, published=published, name=name)
