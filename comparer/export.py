"""Comparison -> bytes of CSV, Excel and JSON downloads. Writes no files itself except `write`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from .api import Comparison
from .errors import ComparisonFileError
from .review import DECISIONS
from .tables import all_tables, excel_bytes, spreadsheet_safe


def to_json(comparison: Comparison) -> bytes:
    return json.dumps(comparison.to_dict(), indent=2, ensure_ascii=False, default=str).encode("utf-8")


def table_csv(frame) -> bytes:
    """CSV in UTF-8 with a BOM, so spreadsheet programs read accented names right; no cell runs as a formula."""
    return spreadsheet_safe(frame).to_csv(index=False).encode("utf-8-sig")


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
                       decisions: list[dict], tolerances: dict[str, int] | None = None) -> bytes:
    """A file that reopens the same view: the articles' texts, the dates the user set, the settings (the
    page's hedge tolerances in per cent among them) and the user's decisions, with the comparison itself
    for readers that only want the results."""
    payload = {
        "format": COMPARISON_FILE_FORMAT,
        "articles": [{"name": name, "text": text, "published": user_dates.get(name)} for name, text in sources.items()],
        "settings": {**comparison.settings, **(tolerances or {})},
        "decisions": decisions,
        "comparison": comparison.to_dict(),
    }
    return json.dumps(payload, indent=2, ensure_ascii=False, default=str).encode("utf-8")


def parse_comparison_file(raw: bytes) -> dict:
    """The parts of a comparison file needed to reopen it, checked field by field; ComparisonFileError
    naming the first field that is wrong (the page says so instead of failing on it later)."""
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ComparisonFileError("not a comparison file: not JSON") from None
    if not isinstance(payload, dict) or payload.get("format") != COMPARISON_FILE_FORMAT:
        raise ComparisonFileError(f"not a comparison file: no \"format\": \"{COMPARISON_FILE_FORMAT}\"")
    articles = payload.get("articles")
    if not isinstance(articles, list) or not all(isinstance(a, dict) and isinstance(a.get("name"), str)
                                                 and isinstance(a.get("text"), str) for a in articles):
        raise ComparisonFileError("comparison file: \"articles\" must list objects with a name and a text")
    for index, article in enumerate(articles):
        _check_date(article.get("published"), f"articles[{index}].published")
    settings = payload.get("settings") or {}
    if not isinstance(settings, dict):
        raise ComparisonFileError("comparison file: \"settings\" must be an object")
    threshold = settings.get("threshold")
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, int | float)
                                  or not 0 <= threshold <= 100):
        raise ComparisonFileError(f"comparison file: settings.threshold is {threshold!r}, not a number from 0 to 100")
    for name in TOLERANCE_SETTINGS:
        value = settings.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 50):
            raise ComparisonFileError(f"comparison file: settings.{name} is {value!r}, not a whole number from 0 "
                                      "to 50 (per cent)")
    kinds = settings.get("kinds")
    if kinds not in (None, "all") and not (isinstance(kinds, list) and all(isinstance(k, str) for k in kinds)):
        raise ComparisonFileError(f"comparison file: settings.kinds is {kinds!r}, not a list of kinds")
    decisions = payload.get("decisions") or []
    if not isinstance(decisions, list):
        raise ComparisonFileError("comparison file: \"decisions\" must be a list")
    return {"articles": articles, "settings": settings,
            "decisions": [_checked_decision(d, index) for index, d in enumerate(decisions)]}


TOLERANCE_SETTINGS = ("hedge", "near")
"""The page's hedge tolerances, saved in per cent: how far "about 40" and "nearly 40" may lie from 40."""
DECISION_FIELDS = ("a", "b", "decision", "note")
"""Every field of a saved decision is text; "note" may be left out."""


def _checked_decision(decision: object, index: int) -> dict:
    where = f"comparison file: decisions[{index}]"
    if not isinstance(decision, dict):
        raise ComparisonFileError(f"{where} is not an object")
    unknown = sorted(set(decision) - set(DECISION_FIELDS))
    if unknown:
        raise ComparisonFileError(f"{where} has unknown field(s) {', '.join(unknown)}; "
                                  f"a decision has {', '.join(DECISION_FIELDS)}")
    for key in DECISION_FIELDS:
        if not isinstance(decision.get(key, "" if key == "note" else None), str):
            raise ComparisonFileError(f"{where}.{key} must be text")
    if decision["decision"] not in DECISIONS:
        raise ComparisonFileError(f"{where}.decision is {decision['decision']!r}; it must be one of "
                                  f"{', '.join(DECISIONS)}")
    return decision


def _check_date(value: object, where: str) -> None:
    if value is None:
        return
    try:
        date.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ComparisonFileError(f"comparison file: {where} is {value!r}, not a date written YYYY-MM-DD") from None
