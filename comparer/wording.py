"""Numbers, bounds, dates and articles in the words a person writes: "about 2,500 (2,250-2,750)",
"30 or more", "$430 million", "12-13 September 2023", "ITV · 2,000 feared dead after floods".

Everything a person reads (cells, reasons, the tables meant for people) goes through here; the machine
fields (value, low, high, ISO dates) stay as they are in the JSON and the claims table."""

from __future__ import annotations

import calendar
import re
from datetime import date
from urllib.parse import urlsplit

from .records import OPEN_HIGH, Article, Claim
from .units import MEASURE_CLASSES, singular

CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹", "KRW": "₩", "RUB": "₽",
                  "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "HKD": "HK$"}
"""How a reader expects each currency code written before its amount; other codes follow the amount."""
LARGE_NUMBER_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
UNIT_SIGNS = {"percent": "%", "share": "%"}
"""Units written as a sign after the number ("20%") rather than as a word ("20 feet")."""
SCOPE_WORDS = {"previous": "an earlier level", "update": "an update", "running total": "a running count",
               "projection": "a projection", "possible": "what may be", "rate": "a rate or average",
               "threshold": "what is needed, not a result"}
"""A figure's kind of statement (see `scopes`) in a reader's words."""
DASH = "–"
SINGULAR_UNITS = {"feet": "foot"}
"""Units whose singular `units.singular` leaves as it is (it reads "feet" as a singular of its own)."""
HEDGE_LEADS = {"approx": "about", "nearly": "nearly"}
"""Qualifiers whose figure is a point with room around it: the word, the figure, then its bounds."""


def number_words(value: float) -> str:
    """A number as newspapers print it: separators, no exponent, "million" and "billion" for large
    round amounts, at most three significant decimals for small ones.

    >>> [number_words(v) for v in (430_000_000, 8_500_000, 1_234_567, 45_000, 2.5, 0.0123, 12.75, 1e12)]
    ['430 million', '8.5 million', '1,234,567', '45,000', '2.5', '0.0123', '12.75', '1 trillion']
    """
    for size, word in LARGE_NUMBER_WORDS:
        if abs(value) >= size:
            scaled = value / size
            if abs(scaled - round(scaled, 2)) < 1e-9 * max(1.0, abs(scaled)):
                return f"{round(scaled, 2):,.2f}".rstrip("0").rstrip(".") + f" {word}"
            break
    if value == int(value):
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.4g}" if abs(value) >= 0.001 else f"{value:.6f}".rstrip("0")


def amount_words(value: float, claim: Claim) -> str:
    """One number of a claim with its unit: "$430 million", "20%", "16,000 feet", "1 month", "45,000".
    A count's noun is not repeated here: the cell and the reason say what is counted."""
    return f"{_signed(value, claim)}{_unit_after(value, claim)}"


def figure_words(claim: Claim) -> str:
    """A figure with the bounds its wording gives, in words: "45,000", "about 2,500 (2,250–2,750)",
    "30 or more", "up to 20,000", "thousands (2,000–9,999)", "110–150 km"; a date as `date_words`."""
    if claim.kind == "date":
        return date_words(claim)
    if not isinstance(claim.value, int | float) or not isinstance(claim.low, int | float):
        return str(claim.value)
    value, low, high = claim.value, claim.low, claim.high
    if low == high == value:
        words = amount_words(value, claim)
    elif high >= OPEN_HIGH:
        words = f"{amount_words(low, claim)} or more"
    elif low == 0:
        words = f"up to {amount_words(high, claim)}"
    elif claim.qualifier in HEDGE_LEADS:
        words = f"{HEDGE_LEADS[claim.qualifier]} {amount_words(value, claim)} ({_span(low, high, claim)})"
    elif claim.qualifier == "vague":
        words = f"{claim.quote.strip()} ({_span(low, high, claim)})"
    else:
        words = _span(low, high, claim)
    return f"a change of {words}" if claim.change else words


def _span(low: float, high: float, claim: Claim) -> str:
    """Two bounds with the unit written once: "14,400–17,600 feet", "$144 million–$176 million"."""
    return f"{_signed(low, claim)}{DASH}{_signed(high, claim)}{_unit_after(high, claim)}"


def _signed(value: float, claim: Claim) -> str:
    """The number with what is written before or right after it: a currency sign, a per cent sign."""
    number = number_words(value * 100 if claim.kind == "ratio" and claim.unit == "share" else value)
    if claim.kind == "money":
        sign = CURRENCY_SIGNS.get(claim.unit)
        return f"{sign}{number}" if sign else number
    return f"{number}{UNIT_SIGNS.get(claim.unit, '')}"


def _unit_after(value: float, claim: Claim) -> str:
    """The unit word after a number (" feet", " month", " GBP"), singular for one; "" for a count's noun."""
    if claim.kind == "money":
        return "" if claim.unit in CURRENCY_SIGNS else f" {claim.unit}"
    measured = claim.unit in MEASURE_CLASSES  # masses, volumes ("cubic metres"), areas, power
    if claim.unit in UNIT_SIGNS or not claim.unit or claim.kind in ("count", "ratio") and not measured:
        return ""
    if value == 1:
        return " " + SINGULAR_UNITS.get(claim.unit, singular(claim.unit))
    return f" {claim.unit}"


def period_words(start: str | None, end: str | None = None) -> str:
    """An ISO day or span in words: "14 September 2023", "12–13 September 2023", "September 2023",
    "2023", "30 August – 2 September 2023"; "" when there is none.

    >>> [period_words(*p) for p in (("2023-09-14", None), ("2023-09-12", "2023-09-13"),
    ...                             ("2023-09-01", "2023-09-30"), ("2023-01-01", "2023-12-31"))]
    ['14 September 2023', '12–13 September 2023', 'September 2023', '2023']
    """
    if not start:
        return ""
    first = date.fromisoformat(start[:10])
    last = date.fromisoformat((end or start)[:10])
    if first == last:
        return f"{first.day} {calendar.month_name[first.month]} {first.year}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return str(first.year) if first.year == last.year else f"{first.year}{DASH}{last.year}"
    month_end = calendar.monthrange(last.year, last.month)[1]
    if first.day == 1 and last.day == month_end and (first.year, first.month) == (last.year, last.month):
        return f"{calendar.month_name[first.month]} {first.year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}{DASH}{last.day} {calendar.month_name[first.month]} {first.year}"
    if first.year == last.year:
        return f"{first.day} {calendar.month_name[first.month]} {DASH} {period_words(last.isoformat())}"
    return f"{period_words(first.isoformat())} {DASH} {period_words(last.isoformat())}"


MONTH_DAY_RE = re.compile(r"^--(\d\d)-(\d\d)$")


def date_words(claim: Claim) -> str:
    """A date claim in words: its days when they were resolved, else what is known of it."""
    if isinstance(claim.low, str) and isinstance(claim.high, str):
        return period_words(claim.low, claim.high)
    found = MONTH_DAY_RE.match(str(claim.value or ""))
    if found:
        return f"{int(found[2])} {calendar.month_name[int(found[1])]}, year unknown"
    return f"{claim.quote} (not resolved to a day)"


def what_words(claim: Claim) -> str:
    """What a figure counts and what happened to it, whose it is and what kind of statement it is:
    "people, deaths, of Labour, a running count"; "" when nothing is known."""
    counted = claim.counted if claim.counted not in (claim.unit, claim.kind, "duration", "distance", "share") else ""
    measure = claim.measure if claim.measure != counted else ""  # "seats, of Labour", not "seats, seats"
    return ", ".join(filter(None, (counted, measure, claim.holder and f"of {claim.holder}",
                                   SCOPE_WORDS.get(claim.scope, ""))))


def claim_words(claim: Claim) -> str:
    """One claim as a reason cites it: article, quote, figure with its bounds, what it counts, and when.

    'a.txt says "some 2,500": about 2,500 (2,250–2,750), people, presence, for 4 February 2025 (publication date)'
    """
    figure = figure_words(claim)
    if claim.derived_value is not None:
        figure += (f", giving {number_words(claim.derived_value)} {claim.derived_unit} "
                   f"({number_words(claim.derived_low)}{DASH}{number_words(claim.derived_high)})")
    what = what_words(claim) if claim.kind != "date" else claim.measure
    when = "" if claim.kind == "date" else f", for {time_words(claim)}"
    return f'{claim.article} says "{claim.quote}": {figure}' + (f", {what}" if what else "") + when


def time_words(claim: Claim) -> str:
    """When a figure holds, in words, with how that was found: "14 September 2023 (publication date)"."""
    when = period_words(claim.time_start, claim.time_end)
    return f"{when} ({claim.time_basis})" if when else "time unknown"


def article_label(article: Article, width: int = 48) -> str:
    """An article as a reader names it: its web site (or the outlet its text names, or the file's name)
    and a short title: "itv.com · 2,000 feared dead after floods strike…". The address is preferred: an
    outlet read from a page's first lines is sometimes a heading ("Key Takeaways")."""
    outlet = _site(article.url) or article.outlet or article.id.rsplit(".", 1)[0]
    title = " ".join(article.title.split())
    if not title or title.lower() == outlet.lower():
        return outlet
    room = max(12, width - len(outlet) - 3)
    if len(title) > room:
        cut = title[: room - 1]
        title = (cut.rsplit(" ", 1)[0] if " " in cut[room // 2:] else cut).rstrip(" ,;:-") + "…"
    return f"{outlet} · {title}"


def article_labels(articles: list[Article]) -> dict[str, str]:
    """Article id -> label, told apart by a number when two labels would read the same."""
    labels = {a.id: article_label(a) for a in articles}
    seen: dict[str, int] = {}
    for article_id, label in labels.items():
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            labels[article_id] = f"{label} ({seen[label]})"
    return labels


def _site(url: str) -> str:
    """The web site of an address without its "www." or "amp.": "business-standard.com"."""
    host = (urlsplit(url).hostname or "") if url else ""
    return re.sub(r"^(?:www\d?|amp|m|mobile)\.", "", host)
