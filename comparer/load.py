"""Bytes, pasted text or paths -> Article. The only module that reads files.

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
from .errors import BinaryInput, EmptyInput, MissingInput, TooLarge, Undecodable
from .metadata import read_header
from .records import Article, Region
from .segment import excluded_regions, lines

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
    size = path.stat().st_size
    if size > settings.MAX_FILE_BYTES:
        raise TooLarge(f"{path.name}: {size / 1e6:.1f} MB is over the {settings.MAX_FILE_BYTES / 1e6:.0f} MB "
                       "file size limit (settings.MAX_FILE_BYTES)")
    return path.read_bytes()


def decode(raw: bytes, name: str = "input") -> tuple[str, str]:
    """(text with newlines normalised to \\n, encoding used). Raises an InputError with a reason.

    >>> decode("café".encode("utf-8-sig"))
    ('café', 'utf-8 (with BOM)')
    >>> decode("café".encode("cp1252"))
    ('café', 'cp1252 (not valid UTF-8)')
    """
    if len(raw) > settings.MAX_FILE_BYTES:
        raise TooLarge(f"{name}: {len(raw) / 1e6:.1f} MB is over the {settings.MAX_FILE_BYTES / 1e6:.0f} MB "
                       "file size limit (settings.MAX_FILE_BYTES)")
    if not raw.strip():
        raise EmptyInput(f"{name}: the file is empty")
    text, encoding = _decode_bytes(raw, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInput(f"{name}: the file holds only whitespace")
    if len(text) > settings.MAX_TEXT_CHARS:
        raise TooLarge(f"{name}: {len(text):,} characters is over the {settings.MAX_TEXT_CHARS:,} character "
                       "limit per article (settings.MAX_TEXT_CHARS)")
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
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise Undecodable(f"{name}: not UTF-8, UTF-16 or cp1252 text (byte {error.start})") from None
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > len(text[:8192]) * 0.01:
        raise BinaryInput(f"{name}: binary content, not text")
    return text, "cp1252 (not valid UTF-8)"


def _strict(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise Undecodable(f"{name}: invalid {encoding} at byte {error.start}") from None


def article_from_text(name: str, text: str, *, published: date | None = None, url: str = "",
                      source_kind: str = "text", encoding: str = "") -> Article:
    """An Article from decoded text: header fields, excluded regions and the publication date."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    header = read_header(text)
    excluded = excluded_regions(text)
    if header.printed_date_line >= 0:
        line = lines(text)[header.printed_date_line]
        excluded = tuple(sorted((*excluded, Region(line.start, line.end, "dateline: the printed publication date")),
                                key=lambda r: r.start))
    choice = choose_publication_date(text, excluded, header, user_date=published)
    note = "; ".join(filter(None, [choice.note, encoding and f"decoded as {encoding}"]))
    return Article(id=name, text=text, title=header.title, outlet=header.outlet, author=header.author,
                   url=url, published=choice.published, published_basis=choice.basis, published_note=note,
                   printed_date=header.printed_date, earliest_written=choice.earliest, excluded=excluded,
                   source_kind=source_kind)


def article_from_bytes(name: str, raw: bytes, *, published: date | None = None) -> Article:
    """An Article from raw file bytes (plain text or Markdown)."""
    text, encoding = decode(raw, name)
    kind = "markdown" if name.lower().endswith((".md", ".markdown")) else "text"
    return article_from_text(name, text, published=published, source_kind=kind, encoding=encoding)


def article_from_path(path: str | Path, *, published: date | None = None) -> Article:
    return article_from_bytes(Path(path).name, read_path(path), published=published)
