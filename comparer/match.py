"""Claims of different articles -> facts: blocked, scored with rapidfuzz, and grouped across every article.

Strings are only ever compared with the numbers masked: a string scorer rates "2,500 troops" and
"5,000 troops" as near twins, so values are compared numerically, after matching, in `judge`.

1. Blocking. Claims meet only inside a block of one story, one kind and one class of thing counted
   (`block_key`: people with people, planes with planes, sums with sums, shares with shares, dates
   with dates; a change never meets a level, a rate or average never meets a total, and what may be
   never meets what was counted). Inside a block two claims can be one fact only when
   their measures are compatible (`measures_compatible`: equal, related in `lexicon.MEASURE_FAMILIES`,
   or one unknown): "6 killed" never meets "40 injured". People of different specific kinds
   (passengers, crew) meet only through the generic "people". A date of a statement meets the date of
   an event only when all else matches.
2. Scoring, for all pairs of a block at once (rapidfuzz's `process.cdist` on all cores, then numpy):
   - what the figures say they are: the same measure, the same counted noun, the same place;
   - sums and shares without a counted noun: their subjects, by the mean of token_set_ratio, which rates
     a subject inside a longer one as equal, and token_sort_ratio, which does not ("flights" against
     "Delta flights cancelled in Atlanta": 100 and 38, so 69, not a perfect match);
   - the context words with the block's common words left out, and how many of their rarer words
     two claims share (inverse-document-frequency weighted cosine, one matrix product);
   - a place named on both sides and different ("in Derna" against "in Benghazi") takes PLACE_PENALTY off.
   Dates: the context alone, with EVENT_BONUS when both name the same kind of event, SAME_DAY_BONUS for
   the very same day, and the threshold lowered for two dates whose periods overlap.
3. Grouping (`group.cluster`): across every article of the story, average linkage, at most one claim
   per article in a fact, one measure and one kind of person per fact.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from . import settings
from .lexicon import GENERIC_PEOPLE, MEASURE_FAMILIES, PEOPLE_ROLES
from .measures import counted_class, lemma
from .normalize import EVENT_WORDS, content_words
from .records import Claim
from .units import MEASURE_CLASSES

PLACE_IN_SUBJECT_RE = re.compile(r"\b(?:in|at|across|inside)\s+((?:US|[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)")

COMMON_WORD_SHARE = 0.25
"""A context word found in more than this share of a block's claims is left out of the string score."""

EVENT_BONUS = 20.0
"""Added to two dates' score when their words name the same kind of event."""

PLACE_PENALTY = 20.0
"""Taken off the score of two figures whose subjects name different places."""

MEASURE_WEIGHT, NOUN_WEIGHT, PLACE_WEIGHT, HOLDER_WEIGHT = 0.30, 0.15, 0.10, 0.15
"""Shares of a figure's score given to its measure, its counted noun, its place and its holder; the rest (0.30)
goes to the words around it."""

VAGUE_PENALTY = 15.0
"""Taken off the score of a pair where one figure is only an order of magnitude ("thousands"): it fits
many figures, so precise ones are grouped first and take their article's place in a fact."""

TIME_PENALTY = 15.0
"""Taken off the score of two figures that say outright they hold in different years ("419 seats in
1997" and "412 seats" now): most often two facts, compared only when all else matches."""

STATEMENT_PENALTY = 10.0
"""Taken off the score of two dates when one dates a statement ("said Sunday") and the other does not."""

SAME_DAY_BONUS = 20.0
"""Added to two dates of the very same day: in one story, one day is most often one event."""

MIN_DOCUMENTS = 20
"""Word rarity is judged as if at least this many claims were compared."""

MAX_BLOCK = 4000
"""Blocks larger than this are split by their last subject word, so the score matrices stay small."""


def block_key(claim: Claim) -> str:
    """What a claim measures, coarsely: claims are only compared inside one block.

    >>> from comparer.records import Claim
    >>> c = Claim("x#1", "x", 0, 1, "5", "", "count", 5.0, 5.0, 5.0, "troops", "exact", "US troops", None, None, "",
    ...           counted="people")
    >>> block_key(c)
    'count:people'
    """
    if claim.kind == "date":
        return "date"
    if claim.kind in ("ratio", "percent") and claim.derived_unit:
        return f"count:{counted_class(claim.derived_unit, 'count', claim.measure)}"
    group = "share" if claim.kind in ("ratio", "percent") and claim.unit != "percentage points" else claim.kind
    if claim.change:
        return f"change:{group}:{claim.counted}"
    if claim.scope in ("possible", "rate"):
        return f"{claim.scope}:{group}:{claim.counted}"
    if claim.kind == "count":
        measured = MEASURE_CLASSES.get(claim.unit, (None,))[0]
        return f"count:{measured or claim.counted or '-'}"
    return group


def measures_compatible(a: str, b: str) -> bool:
    """Whether two measures may be one fact's: equal, of one family ("deaths" and "casualties"), or one unknown.

    >>> measures_compatible("deaths", "injuries"), measures_compatible("deaths", ""), measures_compatible("", "")
    (False, True, True)
    """
    return a == b or not a or not b or frozenset((a, b)) in MEASURE_FAMILIES


def kind_of_person(claim: Claim) -> str:
    """The role a count of people counts when it excludes others ("passengers", "crew", "troops"), or ""
    when any role may be meant ("people", "miners", "workers")."""
    if claim.counted != "people" or claim.unit in GENERIC_PEOPLE:
        return ""
    return PEOPLE_ROLES.get(claim.unit) or PEOPLE_ROLES.get(lemma(claim.unit), "")


def subject_text(claim: Claim) -> str:
    """A claim's subject as canonical words, the string its subject score is computed on."""
    return _canonical_words(claim.subject) or claim.unit


@lru_cache(maxsize=65536)
def _canonical_words(text: str) -> str:
    """Canonical words of a short text, remembered: subjects and places repeat across claims."""
    return " ".join(content_words(text))


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


@dataclass(frozen=True)
class Block:
    """The claims of one block, how well each pair matches (0-100, symmetric) and which pairs may be one
    fact at all (different articles, compatible measures and kinds of person)."""

    members: tuple[Claim, ...]
    scores: np.ndarray
    linkable: np.ndarray


def blocks_of(claims: list[Claim], *, story_of: dict[str, int] | None = None,
              same_article: dict[str, str] | None = None,
              date_threshold_gap: float = settings.MATCH_THRESHOLD - settings.DATE_MATCH_THRESHOLD) -> list[Block]:
    """The scored blocks of a set of claims: body claims only, per story (`story_of`: article -> story).
    `same_article` maps an article to the one it duplicates: their claims are never one fact.
    `date_threshold_gap` is added to the score of two dates whose periods overlap, so that they match at
    the lower settings.DATE_MATCH_THRESHOLD (a wrong match of that kind can only say "agree")."""
    story_of, same_article = story_of or {}, same_article or {}
    grouped: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.section == "body" and not claim.scopes_figure:
            grouped[story_of.get(claim.article, 0), block_key(claim)].append(claim)
    vocabulary = WordStatistics.of([c for members in grouped.values() for c in members])
    found = []
    for members in grouped.values():
        for chunk in _split(members):
            if len({same_article.get(c.article, c.article) for c in chunk}) >= 2:
                found.append(_scored(chunk, vocabulary, same_article, date_threshold_gap))
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


def _scored(members: list[Claim], vocabulary: WordStatistics, same_article: dict[str, str],
            date_gap: float) -> Block:
    scores = pair_scores(members, vocabulary)
    articles = np.array([same_article.get(c.article, c.article) for c in members])
    linkable = (articles[:, None] != articles[None, :]) | _same_article_members(members, articles, scores)
    linkable &= _compatible(members, [c.measure for c in members], strict=False)
    if members[0].kind == "date":
        overlap = overlapping_periods(members)
        said = np.array([c.measure != "" for c in members])
        scores = scores - STATEMENT_PENALTY * (said[:, None] != said[None, :])
        words = [set(claim.context.split()) for claim in members]
        days = [_month_day(c) if c.low == c.high or c.low is None else "" for c in members]
        same_day = _label_matrix(days, lambda x, y: float(bool(x) and x == y))
        scores = scores + (EVENT_BONUS * _shared_event(words) + SAME_DAY_BONUS * same_day + date_gap) * overlap
    else:
        linkable &= _compatible(members, [kind_of_person(c) for c in members], strict=False)
        linkable &= _holder_agreement(members) > 0
        vague = np.array([c.qualifier == "vague" for c in members])
        scores = (scores - PLACE_PENALTY * _place_conflicts(members) - VAGUE_PENALTY * (vague[:, None] | vague[None, :])
                  - TIME_PENALTY * _other_years(members))
    np.fill_diagonal(linkable, False)
    return Block(tuple(members), np.clip(scores, 0, 100).astype(np.float32), linkable)


EVOLVING_KINDS = frozenset({"count", "money", "percent", "ratio"})
EVOLVING_SCOPES = frozenset({"update", "previous", "running total", "projection"})


def _same_article_members(members: list[Claim], articles: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """True for two claims of one article that may sit in one fact:
    - an update: their values differ and one says it updates or recalls the other ("initially 20 ... has
      risen to 31", "health authorities had previously put the number at 5,500", "up from 4.1"), or two
      sentences give one measure two values (a toll that rose while the story was written); they may
      not name different holders or places ("Labour 412, the Conservatives 121" are two facts, as are
      "12 in Texas and 4 in Oklahoma"); durations, distances and dates of one article are never updates;
    - a restatement: the same value said again, perhaps more loosely (the headline's "over 11,000" and the
      body's "11,300"), in words that match; a date only when named twice in words that match as well as
      a contradiction needs. So the fact holds whichever mention another outlet's words are closer to. No
      verdict joins two claims of one article."""
    found = np.zeros((len(members), len(members)), dtype=bool)
    by_article: dict[str, list[int]] = defaultdict(list)
    for index in range(len(members)):
        by_article[articles[index]].append(index)
    for indexes in by_article.values():
        for position, i in enumerate(indexes):
            for j in indexes[position + 1:]:
                a, b = members[i], members[j]
                if a.kind == "date":
                    linked = a.low == b.low and a.high == b.high and scores[i, j] >= settings.STRICT_MATCH_THRESHOLD
                elif a.high < b.low or b.high < a.low:
                    said_to_change = a.scope in EVOLVING_SCOPES or b.scope in EVOLVING_SCOPES or (
                        a.measure and a.measure == b.measure and a.sentence != b.sentence)
                    linked = a.kind in EVOLVING_KINDS and said_to_change \
                        and not _differ(_canonical_words(a.holder), _canonical_words(b.holder)) \
                        and not (places(a) and places(b) and places(a) != places(b))
                else:
                    linked = scores[i, j] >= settings.MATCH_THRESHOLD
                found[i, j] = found[j, i] = linked
    return found


def _compatible(members: list[Claim], labels: list[str], *, strict: bool) -> np.ndarray:
    """True where two claims' labels may be one fact's: equal, or (unless strict) one empty, or a family."""
    distinct = sorted(set(labels))
    table = np.array([[a == b or (not strict and measures_compatible(a, b)) for b in distinct] for a in distinct])
    index = np.array([distinct.index(label) for label in labels])
    return table[index[:, None], index[None, :]]


def pair_scores(members: list[Claim], vocabulary: WordStatistics | None = None) -> np.ndarray:
    """The 0-100 similarity of every pair of claims in one block (a symmetric matrix).

    Dates: the words around them. Figures: what they say they are (their measures, the nouns they count,
    the places they name: MEASURE_WEIGHT, NOUN_WEIGHT, PLACE_WEIGHT) and the words around them (the rest):
    two articles that both say "171 planes grounded" are likely one fact however differently they word it."""
    vocabulary = vocabulary or WordStatistics.of(members)
    words = [sorted(set(claim.context.split())) for claim in members]
    distinctive = [" ".join(w for w in claim_words if not vocabulary.is_common(w)) for claim_words in words]
    context = (_string_matrix(distinctive, fuzz.token_set_ratio)
               + np.minimum(100, 200 * _rare_word_cosine(words, vocabulary))) / 2
    if members[0].kind == "date":
        return context
    structure = (MEASURE_WEIGHT * _measure_agreement(members) + NOUN_WEIGHT * _noun_agreement(members)
                 + PLACE_WEIGHT * _place_agreement(members) + HOLDER_WEIGHT * _holder_agreement(members))
    return 100 * structure + (1 - MEASURE_WEIGHT - NOUN_WEIGHT - PLACE_WEIGHT - HOLDER_WEIGHT) * context


def _holder_agreement(members: list[Claim]) -> np.ndarray:
    """1 where two figures are the same holder's ("Alaska" and "Alaska Airlines"), 0.7 where neither names
    one, 0.6 where one does, 0.3 where both do and they differ. Two holders that the story's articles name
    as holders again and again ("Labour" and "Conservatives", "Delta" and "United") differ for certain:
    such a pair is left at 0."""
    holders = [_canonical_words(c.holder) for c in members]
    articles_of: dict[str, set[str]] = defaultdict(set)
    for holder, claim in zip(holders, members, strict=True):
        if holder:
            articles_of[holder].add(claim.article)
    recurring = {holder for holder, named in articles_of.items() if len(named) >= 2}

    def agreement(a: str, b: str) -> float:
        if a and b:
            if not _differ(a, b):
                return 1.0
            return 0.0 if a in recurring and b in recurring else 0.3
        return 0.6 if a or b else 0.7

    return _label_matrix(holders, agreement)


def _differ(a: str, b: str) -> bool:
    """Whether two holders are two: both named, and neither's words all among the other's ("Alaska" and
    "Alaska Airlines" are one)."""
    return bool(a and b) and not (set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()))


def _measure_agreement(members: list[Claim]) -> np.ndarray:
    """1 where two measures are known and equal, 0.8 for one family, 0.5 where one is unknown, else 0."""
    def agreement(a: str, b: str) -> float:
        if a and a == b:
            return 1.0
        if not a or not b:
            return 0.5
        return 0.8 if measures_compatible(a, b) else 0.0

    return _label_matrix([c.measure for c in members], agreement)


def _noun_agreement(members: list[Claim]) -> np.ndarray:
    """How alike the things two figures count are: the same noun 1, the same class (or generic people)
    0.7; sums, shares and measures without a counted noun are compared on their subjects' words."""
    if members[0].kind != "count":
        subjects = [subject_text(c) for c in members]
        return (_string_matrix(subjects, fuzz.token_set_ratio) + _string_matrix(subjects, fuzz.token_sort_ratio)) / 200

    def agreement(a: tuple[str, str], b: tuple[str, str]) -> float:
        if a[0] and a[0] == b[0]:
            return 1.0
        return 0.7 if a[1] == b[1] and a[1] else 0.3

    return _label_matrix([(c.unit, c.counted) for c in members], agreement)


def _label_matrix(labels: list, agreement) -> np.ndarray:
    """`agreement` of every pair of labels, computed once per pair of distinct labels."""
    position = {label: index for index, label in enumerate(dict.fromkeys(labels))}
    table = np.array([[agreement(a, b) for b in position] for a in position], dtype=np.float32)
    index = np.array([position[label] for label in labels])
    return table[index[:, None], index[None, :]]


def _place_agreement(members: list[Claim]) -> np.ndarray:
    """1 where two figures name the same place, 0.8 where neither names one, 0.6 where one does, 0 where
    both do and the places differ."""
    named = [places(c) for c in members]
    has = np.array([bool(p) for p in named])
    columns = {p: i for i, p in enumerate({p for ps in named for p in ps})}
    incidence = np.zeros((len(members), max(len(columns), 1)), dtype=np.float32)
    for row, found in enumerate(named):
        for place in found:
            incidence[row, columns[place]] = 1
    shared = (incidence @ incidence.T) > 0
    both = has[:, None] & has[None, :]
    neither = ~has[:, None] & ~has[None, :]
    return np.where(both, shared.astype(np.float32), np.where(neither, 0.8, 0.6)).astype(np.float32)


def _string_matrix(texts: list[str], scorer) -> np.ndarray:
    """A rapidfuzz scorer over every pair of texts, computed once per distinct text: subjects such as
    "troops" or "people killed" recur across hundreds of claims of a block."""
    distinct, index = np.unique(np.array(texts, dtype=object), return_inverse=True)
    scores = process.cdist(distinct.tolist(), distinct.tolist(), scorer=scorer, workers=-1, dtype=np.float32)
    return scores[index[:, None], index[None, :]]


def overlapping_periods(members: list[Claim]) -> np.ndarray:
    """True where two dates' periods overlap; a date that could not be resolved fits any, and two
    year-less days ("--01-05") overlap when they name the same month and day."""
    unknown = np.array([c.low is None and not _month_day(c) for c in members])
    lows = np.array([date.fromisoformat(c.low).toordinal() if c.low else 0 for c in members])
    highs = np.array([date.fromisoformat(c.high).toordinal() if c.high else 0 for c in members])
    overlap = (lows[:, None] <= highs[None, :]) & (lows[None, :] <= highs[:, None])
    days = [_month_day(c) for c in members]
    same_day = np.array([[bool(a) and a == b for b in days] for a in days]) if any(days) else False
    return overlap | same_day | unknown[:, None] | unknown[None, :]


def _other_years(members: list[Claim]) -> np.ndarray:
    """True where both figures were dated outright and their years do not overlap."""
    years = [(int(c.time_start[:4]), int((c.time_end or c.time_start)[:4])) if c.time_start and
             c.time_basis == "explicit" else None for c in members]
    return _label_matrix(years, lambda a, b: float(a is not None and b is not None and (a[1] < b[0] or b[1] < a[0])))


def _month_day(claim: Claim) -> str:
    """"MM-DD" of a date claim: of its value when the year is unknown ("--01-05"), else of its day."""
    if isinstance(claim.value, str) and claim.value.startswith("--"):
        return claim.value[2:]
    if claim.low and claim.low == claim.high:
        return claim.low[5:]
    return ""


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
