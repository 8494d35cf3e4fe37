"""Comparison -> bytes of CSV, Excel and JSON downloads. Writes no files itself except `write`."""

from __future__ import annotations

import json
from pathlib import Path

from .api import Comparison
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
