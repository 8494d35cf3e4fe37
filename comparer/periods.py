"""A date or period stated in text, the record `dates` and `dayphrases` both find."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


def day_or_none(year: int, month: int, day: int) -> date | None:
    """The day, or None when the calendar has no such day ("February 30", 29 February of 2023).

    >>> day_or_none(2024, 2, 29), day_or_none(2023, 2, 29)
    (datetime.date(2024, 2, 29), None)
    """
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class DatePhrase:
    """A date or period stated in text. `basis`: explicit, publication date, context or unknown."""

    start: int
    end: int
    low: date | None
    high: date | None
    granularity: str
    basis: str
    relative: bool = False
    month_day: tuple[int, int] | None = None
    """For a month and day written without a year ("Jan. 5"): (1, 5), kept when the year is unknown."""
    named_weekday: int | None = None
    """For a weekday ("Friday"): its number, Monday 0, kept when its date is unknown."""

    @property
    def weekday(self) -> int | None:
        """The day of the week it names or falls on, when it is one day."""
        if self.named_weekday is not None:
            return self.named_weekday
        return self.low.weekday() if self.low is not None and self.low == self.high else None

    @property
    def value(self) -> str | None:
        """ISO text at the phrase's granularity: "2019-12-31", "2019-12" or "2019"; a month and day
        whose year is unknown is "--01-05", ISO 8601's form for a day of any year."""
        if self.low is None:
            if self.month_day:
                return f"--{self.month_day[0]:02d}-{self.month_day[1]:02d}"
            return calendar.day_name[self.named_weekday] if self.named_weekday is not None else None
        if self.granularity == "day":
            return self.low.isoformat()
        if self.granularity == "month":
            return self.low.isoformat()[:7]
        if self.granularity in ("year", "season", "part"):
            return str(self.low.year)
        if self.high is not None and (self.low.month, self.low.day, self.high.month, self.high.day) == (1, 1, 12, 31):
            return str(self.low.year)
        return self.low.isoformat()[:7]
