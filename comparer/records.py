"""The records that flow through the pipeline: frozen, so a stage can never change another's input.

Claim keeps its raw quote and offsets beside the normalised value, so every figure the tool shows
can be traced back to the words that said it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cached_property

KINDS = ("count", "money", "percent", "ratio", "distance", "duration", "date")
QUALIFIERS = (
    "exact", "approx", "nearly", "at_least", "more_than", "at_most", "less_than", "range", "vague",
)
"""DESIGN.md's qualifiers plus "nearly" ("nearly", "almost": up to the number, not past it), which the
extractor has always given its own bounds and which the phrase tables expect."""
VERDICTS = ("agree", "contradict", "differs_in_time", "unclear")
OPEN_HIGH = 1e9
"""Upper bound written for open-ended quantities ("more than 500"), as the gold data does."""


@dataclass(frozen=True)
class Region:
    """A stretch of an article's text that is not the article's own prose, and why."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Article:
    """One input document. `text` is what offsets refer to; excluded regions are marked, not cut."""

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: date | None = None
    published_basis: str = "unknown"
    """How `published` was found: metadata, header line, content, user or unknown."""
    published_note: str = ""
    """What was printed, what was chosen and why, in words."""
    printed_date: str = ""
    earliest_written: date | None = None
    """The latest date the body names in the past: the text cannot be older than this."""
    excluded: tuple[Region, ...] = ()
    source_kind: str = "text"

    @property
    def anchor_is_reliable(self) -> bool:
        """Whether relative dates ("last month") can be read against `published` with confidence."""
        return self.published is not None and self.published_basis in ("metadata", "header line", "user")

    @property
    def anchor_slack_days(self) -> int:
        """How much earlier than `published` the text may really have been written: the whole gap back
        to `earliest_written` when the printed date is questioned, else nothing."""
        if self.published_basis == "header line, questioned" and self.earliest_written and self.published:
            return max(0, (self.published - self.earliest_written).days)
        return 0

    def section_at(self, offset: int) -> str:
        """'excluded' when the offset falls in an excluded region, else 'body' (by bisection: an article
        may have thousands of regions and claims)."""
        index = bisect.bisect_right(self._region_starts, offset) - 1
        return "excluded" if index >= 0 and offset < self._region_reach[index] else "body"

    @cached_property
    def _region_starts(self) -> list[int]:
        return [r.start for r in sorted(self.excluded, key=lambda r: r.start)]

    @cached_property
    def _region_reach(self) -> list[int]:
        """The furthest end of the regions that start at or before each sorted region's start."""
        reach, furthest = [], -1
        for region in sorted(self.excluded, key=lambda r: r.start):
            furthest = max(furthest, region.end)
            reach.append(furthest)
        return reach



@dataclass(frozen=True)
class Claim:
    """A number or date stated in an article, with the bounds its wording implies."""

    id: str
    article: str
    start: int
    end: int
    quote: str
    sentence: str
    kind: str
    value: float | str | None
    low: float | str | None
    high: float | str | None
    unit: str
    qualifier: str
    subject: str
    time_start: str | None
    time_end: str | None
    time_basis: str
    event: str = ""
    section: str = "body"
    derived_value: float | None = None
    derived_low: float | None = None
    derived_high: float | None = None
    derived_unit: str = ""
    measure: str = ""
    """What happened to, or is true of, what is counted ("deaths", "cancelled", "seats", "revenue"), read
    from the words governing the figure in its clause; "" when they do not say (see `measures`)."""
    counted: str = ""
    """The class of thing counted ("people", "planes", "flights", "money"): figures of different classes
    are never one fact."""
    holder: str = ""
    """Whose figure it is, when a name says ("Labour" of "Labour won 412 seats", "Delta" of "Delta
    canceled 600 flights"); "" when none does."""
    context: str = field(default="", compare=False)
    """Normalised words around the claim, used for matching (not part of the public output)."""
    scopes_figure: bool = field(default=False, compare=False)
    """A date that says when a figure in its sentence holds ("revenue was $12 billion in 2019")."""
    change: bool = field(default=False, compare=False)
    """A figure that says how much something moved ("rose 8 percent", "gained 12 seats"), not where
    it stands ("rose to 5.2 percent", "holds 140 seats"): the two are never compared."""
    weekday: int | None = field(default=None, compare=False)
    """The day of the week a date names, or the date a figure is given for names ("canceled 262 flights on
    Sunday"), Monday 0; known even where the article's date, and so the day itself, is not."""
    share_of: str = field(default="", compare=False)
    """For a share, the class of what it is a share of ("75% of leading banks" -> "companies", "60% of its
    applications" -> "application"); "" when its words do not say."""
    scope: str = ""
    """What kind of statement the figure is: "projection", "running total", "update", "previous" (an
    earlier level given for comparison) or "" (a plain report); see `scopes`."""

    PUBLIC_FIELDS = (
        "id", "article", "start", "end", "quote", "sentence", "kind", "value", "low", "high",
        "unit", "qualifier", "subject", "measure", "counted", "holder", "time_start", "time_end", "time_basis", "event",
        "section", "scope", "derived_value", "derived_low", "derived_high", "derived_unit",
    )

    def __hash__(self) -> int:
        """Cheap: claims are looked up in caches by the thousand, and these fields tell them apart."""
        return hash((self.id, self.article, self.start, self.end))

    def to_dict(self) -> dict:
        """The claim as `extract --format jsonl` writes it (context left out). Its fields are plain values,
        so no deep copy is made (dataclasses.asdict spent a fifth of a 1,000-article run copying)."""
        return {name: getattr(self, name) for name in self.PUBLIC_FIELDS}


@dataclass(frozen=True)
class Verdict:
    """The judgement of one matched pair of claims, with the reason in words."""

    a: str
    b: str
    score: float
    verdict: str
    reason: str
    rule: str = ""
    discrepancy: str = ""
    """How the two differ when they do: rounding, off_by_one, granularity, hedge, time, outright."""
    override: str = ""
    note: str = ""

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Fact:
    """Matched claims from two or more articles that state the same thing."""

    id: str
    label: str
    status: str
    claims: tuple[str, ...]
    tally: dict = field(default_factory=dict)
    """How many of the fact's pairs got each verdict ({"agree": 10, "contradict": 1})."""
    left_out: tuple[str, ...] = ()
    """Claims the matcher put here and the user took out (every pair of theirs in the fact rejected)."""
    unjudged_pairs: int = 0
    """Pairs of claims from different articles with no verdict of their own: a fact of more pairs than
    settings.MAX_FACT_VERDICTS is judged by value group (pipeline.judged_pairs); 0 otherwise."""

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "status": self.status, "claims": list(self.claims),
                "tally": dict(self.tally), "left_out": list(self.left_out), "unjudged_pairs": self.unjudged_pairs}
