"""Claims of different articles -> scored candidate pairs (rapidfuzz, blocked by kind and unit).

Strings are only ever compared with the numbers masked: a string scorer rates "2,500 troops"
and "5,000 troops" as near twins, so values are compared numerically, after matching, in `judge`.
Claims are blocked by what they measure (dates with dates, troops with troops, dollars with
dollars), so the work grows with plausible pairs. Inside a block, rapidfuzz's `process.cdist`
scores every pair at once on all cores: token_set_ratio over the subjects, token_sort_ratio
over the context words. Token scorers, not WRatio, which rates unrelated short strings above 85.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from . import settings
from .normalize import content_words
from .records import Claim

SUBJECT_WEIGHT = 0.55
"""Share of the score given to the subjects; the rest goes to the words around the claims."""

MAX_BLOCK = 4000
"""Blocks larger than this are split by their most telling word, so cdist matrices stay small."""


@dataclass(frozen=True)
class Candidate:
    a: str
    b: str
    score: float


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
    if claim.kind == "money":
        return "money"
    if claim.kind == "duration":
        return "duration"
    if claim.kind == "count":
        return f"count:{claim.unit or '-'}"
    return f"{claim.kind}:{claim.unit}"


def subject_text(claim: Claim) -> str:
    return " ".join(content_words(claim.subject)) or claim.unit


def candidate_pairs(claims: list[Claim], *, threshold: float = settings.MATCH_THRESHOLD,
                    skip_articles: frozenset[frozenset[str]] = frozenset()) -> list[Candidate]:
    """Pairs of body claims from different articles whose subjects and contexts score >= threshold.

    `skip_articles` holds pairs of article ids not to compare (duplicates of each other).
    """
    blocks: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.section == "body":
            blocks[block_key(claim)].append(claim)
    found: list[Candidate] = []
    for members in blocks.values():
        for chunk in _split(members):
            found.extend(_score_block(chunk, threshold, skip_articles))
    found.sort(key=lambda c: (-c.score, c.a, c.b))
    return found


def _split(members: list[Claim]) -> list[list[Claim]]:
    """A block too big for one matrix is split by each claim's first subject word."""
    if len(members) <= MAX_BLOCK:
        return [members]
    parts: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        words = subject_text(claim).split()
        parts[words[-1] if words else ""].append(claim)
    return [part for group in parts.values() for part in
            ([group] if len(group) <= MAX_BLOCK else
             [group[i:i + MAX_BLOCK] for i in range(0, len(group), MAX_BLOCK)])]


def _score_block(members: list[Claim], threshold: float, skip_articles: frozenset[frozenset[str]]
                 ) -> list[Candidate]:
    if len({c.article for c in members}) < 2:
        return []
    subjects = [subject_text(c) for c in members]
    contexts = [c.context for c in members]
    is_date = members[0].kind == "date"
    context_scores = process.cdist(contexts, contexts, scorer=fuzz.token_sort_ratio, workers=-1,
                                   dtype=np.float32)
    if is_date:
        event_scores = process.cdist(contexts, contexts, scorer=fuzz.token_set_ratio, workers=-1,
                                     dtype=np.float32)
        scores = (context_scores + event_scores) / 2
    else:
        subject_scores = process.cdist(subjects, subjects, scorer=fuzz.token_set_ratio, workers=-1,
                                       dtype=np.float32)
        scores = SUBJECT_WEIGHT * subject_scores + (1 - SUBJECT_WEIGHT) * context_scores
    articles = np.array([c.article for c in members])
    different = articles[:, None] != articles[None, :]
    upper = np.triu(np.ones_like(different, dtype=bool), k=1)
    rows, cols = np.nonzero((scores >= threshold) & different & upper)
    found = []
    for i, j in zip(rows.tolist(), cols.tolist()):
        a, b = members[i], members[j]
        if frozenset((a.article, b.article)) in skip_articles:
            continue
        first, second = (a, b) if a.id < b.id else (b, a)
        found.append(Candidate(first.id, second.id, round(float(scores[i, j]), 1)))
    return found
