"""Comparison -> bytes of CSV, Excel and JSON downloads. Writes no files itself except `write`."""

from __future__ import annotations

import json
from pathlib import Path

from .api import Comparison
from .errors import ComparisonFileError
from .tables import all_tables, excel_bytes


def to_json(comparison: Comparison) -> bytes:
    return json.dumps(comparison.to_dict(), indent=2, ensure_ascii=False, default=str).encode("utf-8")


def table_csv(frame) -> bytes:
    """CSV in UTF-8 with a BOM, so spreadsheet programs read accented names right."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def to_xlsx(comparison: Comparison) -> bytes:
    """One workbook, one sheet per table."""
    return excel_bytes(all_tables(comparison))


def write(data: bytes, out: str | Path | None, stream) -> None:
    """Write to a file, or to the given binary stream when no file is named."""
    if out:
        Path(out).write_bytes(data)
    else:
        stream.write(data)
        stream.flush()


COMPARISON_FILE_FORMAT = "claim-comparer/1"


def to_comparison_file(comparison: Comparison, sources: dict[str, str], *, user_dates: dict[str, str],
                       decisions: list[dict]) -> bytes:
    """A file that reopens the same view: the articles' texts, the dates the user set, the settings and
    the user's decisions, with the comparison itself for readers that only want the results."""
    payload = {
        "format": COMPARISON_FILE_FORMAT,
        "articles": [{"name": name, "text": text, "published": user_dates.get(name)} for name, text in sources.items()],
        "settings": comparison.settings,
        "decisions": decisions,
        "comparison": comparison.to_dict(),
    }
    return json.dumps(payload, indent=2, ensure_ascii=False, default=str).encode("utf-8")


def parse_comparison_file(raw: bytes) -> dict:
    """The parts of a comparison file needed to reopen it; ComparisonFileError when it is not one."""
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ComparisonFileError("not a comparison file: not JSON") from None
    if not isinstance(payload, dict) or payload.get("format") != COMPARISON_FILE_FORMAT:
        raise ComparisonFileError(f"not a comparison file: no \"format\": \"{COMPARISON_FILE_FORMAT}\"")
    articles = payload.get("articles")
    if not isinstance(articles, list) or not all(isinstance(a, dict) and isinstance(a.get("name"), str)
                                                 and isinstance(a.get("text"), str) for a in articles):
        raise ComparisonFileError("comparison file: \"articles\" must list objects with a name and a text")
    return {"articles": articles, "settings": payload.get("settings") or {},
            "decisions": [d for d in payload.get("decisions") or [] if isinstance(d, dict)]}
