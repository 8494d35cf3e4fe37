"""Claims of different articles -> scored candidate pairs (rapidfuzz, blocked by kind and unit).

Strings are only ever compared with the numbers masked: a string scorer rates "2,500 troops"
and "5,000 troops" as near twins, so values are compared numerically, after matching, in `judge`.
Claims are blocked by what they measure (dates with dates, troops with troops, dollars with
dollars), so the work grows with plausible pairs. Inside a block two signals are computed for
all pairs at once:
- rapidfuzz's `process.cdist` (all cores): token_set_ratio over the subjects ("US troops in Iraq"),
  and over the context words with the block's common words left out. Token scorers, not WRatio,
  which rates unrelated short strings above 85.
- how much of their rarer context words two claims share (inverse document frequency weighted
  cosine, one matrix product): naming "Soleimani" or "Pompeo" in both says more than "Iraq" does.
For dates the score is the mean of the two; for figures the subject weighs 60% and the context
40%. Two dates whose periods overlap (or that could, because one was read
against an uncertain anchor) are matched at a lower threshold: a wrong match of that kind can
only say "agree" about two things that happened at the same time, while a pair that would
disagree must match well.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from . import settings
from .judge import comparable_bounds
from .normalize import EVENT_WORDS, content_words
from .records import Claim
from .units import unit_class, units_comparable

PLACE_IN_SUBJECT_RE = re.compile(r"\b(?:in|at|across|inside)\s+((?:US|[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)")

COMMON_WORD_SHARE = 0.25
"""A context word found in more than this share of a block's claims is left out of the string score."""

EVENT_BONUS = 20.0
"""Added to two dates' score when their words name the same kind of event."""

SUBJECT_WEIGHT = 0.6
"""Share of a figure's score given to its subject; the rest to the words around it."""

MIN_DOCUMENTS = 20
"""Word rarity is judged as if at least this many claims were compared."""

MAX_BLOCK = 4000
"""Blocks larger than this are split by their last subject word, so the score matrices stay small."""


class Candidate(NamedTuple):
    """Two claims worth judging (ids in order) and how well they match, 0-100. A tuple: a large
    comparison makes hundreds of thousands."""

    a: str
    b: str
    score: float
    ambiguous: bool = False
    """Either claim matches two or more claims of the other's article about as well."""


def block_key(claim: Claim) -> str:
    """What a claim measures, coarsely: claims are only compared inside one block.

    >>> from comparer.records import Claim
    >>> c = Claim("x#1", "x", 0, 1, "5", "", "count", 5.0, 5.0, 5.0, "troops", "exact", "US troops", None, None, "")
    >>> block_key(c)
    'count:troops'
    """
    if claim.kind == "date":
        return "date"
    if claim.kind in ("ratio", "percent") and claim.derived_unit:
        return f"count:{claim.derived_unit}"
    if claim.change:
        return f"change:{claim.kind}:{unit_class(claim.unit)}"
    if claim.kind == "money":
        return "money"
    if claim.kind == "duration":
        return "duration"
    if claim.kind == "count":
        return f"count:{unit_class(claim.unit) or '-'}"
    if claim.kind == "distance":
        return "distance"
    return f"{claim.kind}:{claim.unit}"


def subject_text(claim: Claim) -> str:
    """A claim's subject as canonical words, the string its subject score is computed on."""
    return _canonical_words(claim.subject) or claim.unit


@lru_cache(maxsize=65536)
def _canonical_words(text: str) -> str:
    """Canonical words of a short text, remembered: subjects and places repeat across claims."""
    return " ".join(content_words(text))


def candidate_pairs(claims: list[Claim], *, threshold: float = settings.MATCH_THRESHOLD,
                    date_threshold: float = settings.DATE_MATCH_THRESHOLD,
                    skip_articles: frozenset[frozenset[str]] = frozenset(),
                    anchor_slack: dict[str, int] | None = None,
                    story_of: dict[str, int] | None = None) -> list[Candidate]:
    """Pairs of body claims from different articles whose score reaches the threshold.

    `story_of` maps article ids to the story they tell; claims of different stories are not compared.
    `skip_articles` holds pairs of article ids not to compare (duplicates of each other);
    `anchor_slack` how many days earlier than its printed date an article may have been written,
    for articles whose printed date is questioned (their relative dates may be that much earlier).
    """
    anchor_slack, story_of = anchor_slack or {}, story_of or {}
    blocks: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.section == "body":
            blocks[story_of.get(claim.article, 0), block_key(claim)].append(claim)
    vocabulary = WordStatistics.of([c for members in blocks.values() for c in members])
    found: list[Candidate] = []
    for members in blocks.values():
        for chunk in _split(members):
            found.extend(_score_block(chunk, vocabulary, threshold, date_threshold, skip_articles, anchor_slack))
    found.sort(key=lambda c: (-c.score, c.a, c.b))
    return found


def _split(members: list[Claim]) -> list[list[Claim]]:
    """A block too big for one matrix is split by each claim's last subject word."""
    if len(members) <= MAX_BLOCK:
        return [members]
    parts: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        words = subject_text(claim).split()
        parts[words[-1] if words else ""].append(claim)
    return [part for group in parts.values() for part in
            ([group] if len(group) <= MAX_BLOCK else
             [group[i:i + MAX_BLOCK] for i in range(0, len(group), MAX_BLOCK)])]


@dataclass(frozen=True)
class WordStatistics:
    """How many of the compared claims use each context word: rare words say more."""

    frequency: Counter
    total: int

    @classmethod
    def of(cls, claims: list[Claim]) -> WordStatistics:
        return cls(Counter(word for claim in claims for word in set(claim.context.split())), len(claims))

    def weight(self, word: str) -> float:
        """Inverse document frequency, counted as if there were at least MIN_DOCUMENTS claims, so that
        comparing two short texts does not make every shared word look common."""
        return math.log((max(self.total, MIN_DOCUMENTS) + 1) / (self.frequency[word] + 1)) + 0.05

    def is_common(self, word: str) -> bool:
        return self.frequency[word] > COMMON_WORD_SHARE * max(self.total, MIN_DOCUMENTS)


def pair_scores(members: list[Claim], vocabulary: WordStatistics | None = None) -> np.ndarray:
    """The 0-100 similarity of every pair of claims in one block (a symmetric matrix)."""
    vocabulary = vocabulary or WordStatistics.of(members)
    words = [sorted(set(claim.context.split())) for claim in members]
    distinctive = [" ".join(w for w in claim_words if not vocabulary.is_common(w)) for claim_words in words]
    context = _token_set_matrix(distinctive)
    shared = np.minimum(100, 200 * _rare_word_cosine(words, vocabulary))
    if members[0].kind == "date":
        return (context + shared) / 2
    subject = _token_set_matrix([subject_text(c) for c in members])
    return SUBJECT_WEIGHT * subject + (1 - SUBJECT_WEIGHT) * (context + shared) / 2


def _token_set_matrix(texts: list[str]) -> np.ndarray:
    """token_set_ratio of every pair of texts, computed once per distinct text: subjects such as
    "troops" or "people killed" recur across hundreds of claims of a block."""
    distinct, index = np.unique(np.array(texts, dtype=object), return_inverse=True)
    scores = process.cdist(distinct.tolist(), distinct.tolist(), scorer=fuzz.token_set_ratio, workers=-1,
                           dtype=np.float32)
    return scores[index[:, None], index[None, :]]


def overlapping_periods(members: list[Claim], anchor_slack: dict[str, int] | None = None) -> np.ndarray:
    """True where two dates overlap; with `anchor_slack`, also where they could: a relative date read
    against a questioned printed date may lie as far back as the latest date its article's body
    names. Unresolved dates fit any."""
    slack = anchor_slack or {}
    unknown = np.array([c.low is None for c in members])
    lows = np.array([date.fromisoformat(c.low).toordinal() - (slack.get(c.article, 0)
                     if c.time_basis != "explicit" else 0) if c.low else 0 for c in members])
    highs = np.array([date.fromisoformat(c.high).toordinal() if c.high else 0 for c in members])
    overlap = (lows[:, None] <= highs[None, :]) & (lows[None, :] <= highs[:, None])
    return overlap | unknown[:, None] | unknown[None, :]


def places(claim: Claim) -> frozenset[str]:
    """The places a figure's subject names ("US troops in Iraq" -> {"iraq"})."""
    return frozenset(_canonical_words(p) for p in PLACE_IN_SUBJECT_RE.findall(claim.subject))


def _place_conflicts(members: list[Claim]) -> np.ndarray:
    """True where both figures name where they hold and the places differ: "deaths in Gaza" is not
    "deaths in Lebanon", however alike the words around them."""
    named = [places(c) for c in members]
    columns = {p: i for i, p in enumerate({p for ps in named for p in ps})}
    if not columns:
        return np.zeros((len(members), len(members)), dtype=bool)
    incidence = np.zeros((len(members), len(columns)), dtype=np.float32)
    for row, found in enumerate(named):
        for place in found:
            incidence[row, columns[place]] = 1
    has = incidence.any(axis=1)
    return has[:, None] & has[None, :] & ((incidence @ incidence.T) == 0)


def _shared_event(words: list[set[str]]) -> np.ndarray:
    """1 where two claims name the same kind of event ("invade", "kill", "election"), else 0."""
    kinds = sorted(EVENT_WORDS)
    named = np.array([[kind in claim_words for kind in kinds] for claim_words in words], dtype=np.float32)
    return (named @ named.T > 0).astype(np.float32)


def _rare_word_cosine(words: list[list[str]], vocabulary: WordStatistics) -> np.ndarray:
    """Cosine of the claims' word sets weighted by inverse document frequency, as one matrix product."""
    columns = {word: index for index, word in enumerate({w for claim_words in words for w in claim_words})}
    weights = np.zeros((len(words), max(len(columns), 1)), dtype=np.float32)
    for row, claim_words in enumerate(words):
        for word in claim_words:
            weights[row, columns[word]] = vocabulary.weight(word)
    norms = np.linalg.norm(weights, axis=1)
    norms[norms == 0] = 1
    weights /= norms[:, None]
    return weights @ weights.T


def _counterparts(scores: np.ndarray, keep: np.ndarray, articles: np.ndarray, *, mutual: bool
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Which kept pairs to judge, and which of those are ambiguous.

    A pair is judged when it is within COUNTERPART_MARGIN of each claim's best match in the other's
    article (`mutual`), or of at least one of the two. An article states a figure once, so a figure has
    one counterpart per article; its weaker matches there are the story's other figures ("troops in
    Iraq" against "marines offshore") and would only add doubtful verdicts. Articles do repeat dates
    ("January 3, 2020" early on, "in 2020" later), so for dates one side's choice is enough.
    A pair is ambiguous when either claim has two or more such near-best matches in the other's
    article ("16 killed across two states" against "12 in Texas and 4 in Oklahoma"): a disagreement
    with one of them may be a part against a total, not a contradiction."""
    names, codes = np.unique(articles, return_inverse=True)
    order = np.argsort(codes, kind="stable")
    starts = np.searchsorted(codes[order], np.arange(len(names)))
    kept = np.where(keep, scores, -1.0).astype(np.float32)
    best = np.maximum.reduceat(kept[:, order], starts, axis=1)
    near = keep & (kept >= best[:, codes] - settings.COUNTERPART_MARGIN)
    several = np.add.reduceat(near[:, order].astype(np.int32), starts, axis=1)[:, codes] > 1
    return (near & near.T if mutual else near | near.T), several | several.T


def _disagreeing_rivals(members: list[Claim], rivals: np.ndarray) -> np.ndarray:
    """Of the pairs whose claim has several near-best matches in one article, those where the matches
    that may speak of its time disagree with one another: "November 26" and "two days later" (the
    same day) leave nothing ambiguous, "12 in Texas" and "4 in Oklahoma" do."""
    ambiguous = np.zeros_like(rivals)
    by_row: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, j in zip(*np.nonzero(rivals), strict=True):
        by_row[int(i), members[j].article].append(int(j))
    for (i, _), rivals_of_i in by_row.items():
        found = [j for j in rivals_of_i if _may_hold_together(members[i], members[j])]
        if len(found) > 1:
            bounds = [_bounds_for(members[j], members[i]) for j in found]
            if max(low for low, _ in bounds) > min(high for _, high in bounds):
                ambiguous[i, found] = True
    return ambiguous | ambiguous.T


def _may_hold_together(a: Claim, b: Claim) -> bool:
    """Whether two figures may speak of one time (a date always may): a figure for 2019 is no rival
    to the counterpart for 2015 of a figure for 2015."""
    if a.kind == "date" or not a.time_start or not b.time_start:
        return True
    return a.time_start <= (b.time_end or b.time_start) and b.time_start <= (a.time_end or a.time_start)


def _bounds_for(claim: Claim, other: Claim) -> tuple:
    """A claim's bounds in the other's terms (ISO days for dates); unknown bounds fit anything."""
    if claim.kind == "date":
        return (claim.low or "0000", claim.high or "9999")
    low, high, _ = comparable_bounds(claim, other)
    return (-math.inf, math.inf) if low is None else (low, high)


def _score_block(members: list[Claim], vocabulary: WordStatistics, threshold: float, date_threshold: float,
                 skip_articles: frozenset[frozenset[str]], anchor_slack: dict[str, int]) -> list[Candidate]:
    if len({c.article for c in members}) < 2:
        return []
    scores = pair_scores(members, vocabulary)
    if members[0].kind == "date":
        overlap = overlapping_periods(members)
        possible = overlapping_periods(members, anchor_slack) & ~overlap
        words = [set(claim.context.split()) for claim in members]
        scores = np.minimum(100, scores + EVENT_BONUS * _shared_event(words) * overlap)
        scope = np.array([c.scopes_figure for c in members])
        either_scope = scope[:, None] | scope[None, :]
        strong = scores >= max(threshold, settings.STRICT_MATCH_THRESHOLD)
        keep = (overlap & (scores >= date_threshold) | possible & (scores >= threshold) | strong) & ~either_scope
    else:
        keep = (scores >= threshold) & ~_place_conflicts(members)
        if block_key(members[0]).endswith("count:people"):
            units = [c.unit for c in members]
            keep &= np.array([[units_comparable(a, b) for b in units] for a in units])
    articles = np.array([c.article for c in members])
    keep &= articles[:, None] != articles[None, :]
    judged, several = _counterparts(scores, keep, articles, mutual=members[0].kind != "date")
    ambiguous = _disagreeing_rivals(members, several & judged) if several.any() else several
    rows, cols = np.nonzero(np.triu(judged, k=1))
    ids = [c.id for c in members]
    found = []
    rounded = np.round(scores[rows, cols].astype(np.float64), 1).tolist()
    for i, j, score, unsure in zip(rows.tolist(), cols.tolist(), rounded, ambiguous[rows, cols].tolist(), strict=True):
        if skip_articles and frozenset((articles[i], articles[j])) in skip_articles:
            continue
        first, second = (ids[i], ids[j]) if ids[i] < ids[j] else (ids[j], ids[i])
        found.append(Candidate(first, second, score, unsure))
    return found
