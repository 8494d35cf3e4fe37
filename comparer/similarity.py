"""How alike two claims of one block are, 0-100, for all pairs of the block at once.

Strings are only ever compared with the numbers masked: a string scorer rates "2,500 troops" and
"5,000 troops" as near twins, so values are compared numerically, after matching, in `judge`.
Figures: what they say they are (their measures, the nouns they count, the places and holders they
name) and the words around them; dates: the words around them. rapidfuzz's `process.cdist` on all
cores computes the string scores, once per distinct string; numpy the rest.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from .lexicon import COUNTED_OF_MEASURE, COUNTED_WORDS, GENERIC_PEOPLE, HOLDER_ALIASES, MEASURE_FAMILIES, PEOPLE_ROLES
from .measures import lemma
from .normalize import content_words
from .records import Claim
from .units import MEASURE_CLASSES

ONE_HOLDER_AMONG_MANY = 0.3
"""A figure that names its holder against one that names none, where the block's articles name two or more
holders again and again (the parties of an election, the airlines of a disruption)."""

TELLING_CLASSES = frozenset({*COUNTED_WORDS.values(), *COUNTED_OF_MEASURE.values()})
PLACE_IN_SUBJECT_RE = re.compile(r"\b(?:in|at|across|inside)\s+((?:US|[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)")

COMMON_WORD_SHARE = 0.25
"""A context word found in more than this share of a block's claims is left out of the string score."""

MEASURE_WEIGHT, NOUN_WEIGHT, PLACE_WEIGHT, HOLDER_WEIGHT = 0.30, 0.15, 0.10, 0.15
"""Shares of a figure's score given to its measure, its counted noun, its place and its holder; the rest (0.30)
goes to the words around it."""

MIN_DOCUMENTS = 20
"""Word rarity is judged as if at least this many claims were compared."""

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
    return canonical_words(claim.subject) or claim.unit


@lru_cache(maxsize=65536)
def canonical_words(text: str) -> str:
    """Canonical words of a short text, remembered: subjects and places repeat across claims."""
    return " ".join(content_words(text))


def holder_words(claim: Claim) -> str:
    """A figure's holder as canonical words; a holder made only of common words ("Other" of "Other: 19" in a
    results list) keeps its lowercased words, so that it is still another holder than "Conservatives"."""
    return canonical_words(claim.holder) or " ".join(claim.holder.lower().split())


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


def pair_scores(members: list[Claim], vocabulary: WordStatistics | None = None, *,
                place: np.ndarray | None = None, holder: np.ndarray | None = None) -> np.ndarray:
    """The 0-100 similarity of every pair of claims in one block (a symmetric matrix).

    Dates: the words around them. Figures: what they say they are (their measures, the nouns they count,
    the places and holders they name: MEASURE_WEIGHT, NOUN_WEIGHT, PLACE_WEIGHT, HOLDER_WEIGHT) and the
    words around them (the rest): two articles that both say "171 planes grounded" are likely one fact
    however differently they word it. `place` and `holder` are `place_agreement` and `holder_agreement`
    of the members when the caller has them already (matching also uses them to keep figures apart)."""
    vocabulary = vocabulary or WordStatistics.of(members)
    words = [sorted(set(claim.context.split())) for claim in members]
    distinctive = [" ".join(w for w in claim_words if not vocabulary.is_common(w)) for claim_words in words]
    context = (_string_matrix(distinctive, fuzz.token_set_ratio)
               + np.minimum(100, 200 * _rare_word_cosine(words, vocabulary))) / 2
    if members[0].kind == "date":
        return context
    place = place_agreement(members) if place is None else place
    holder = holder_agreement(members) if holder is None else holder
    structure = (MEASURE_WEIGHT * _measure_agreement(members) + NOUN_WEIGHT * _noun_agreement(members)
                 + PLACE_WEIGHT * place + HOLDER_WEIGHT * holder)
    return 100 * structure + (1 - MEASURE_WEIGHT - NOUN_WEIGHT - PLACE_WEIGHT - HOLDER_WEIGHT) * context


def holder_agreement(members: list[Claim]) -> np.ndarray:
    """1 where two figures are the same holder's ("Alaska" and "Alaska Airlines"), 0.7 where neither names
    one, 0.6 where one does, 0.3 where both do and they differ. Two holders that the story's articles name
    as holders again and again ("Labour" and "Conservatives", "Delta" and "United") differ for certain:
    such a pair is left at 0. A name the block's figures also give as a place ("in Derna") is where a
    figure holds, not whose it is, and counts as none."""
    named_places = {place for claim in members for place in places(claim)}
    holders = [h if h not in named_places else "" for h in (holder_words(c) for c in members)]
    articles_of: dict[str, set[str]] = defaultdict(set)
    for holder, claim in zip(holders, members, strict=True):
        if holder:
            articles_of[holder].add(claim.article)
    recurring = {holder for holder, named in articles_of.items() if len(named) >= 2}

    one_sided = ONE_HOLDER_AMONG_MANY if len(recurring) >= 2 else 0.6

    def agreement(a: str, b: str) -> float:
        if a and b:
            if not holders_differ(a, b):
                return 1.0
            return 0.0 if a in recurring and b in recurring else 0.3
        return one_sided if a or b else 0.7

    return label_matrix(holders, agreement)


def holders_differ(a: str, b: str) -> bool:
    """Whether two holders are two: both named, neither's words all among the other's ("Alaska" and
    "Alaska Airlines" are one), not one the other shortened word by word ("Lib Dem" and "Liberal
    Democrat", "Int Rescue Committee" and "International Rescue Committee") and not one the other's
    initials ("SNP" and "Scottish National Party", "FAA" and "Federal Aviation Administration")."""
    if not (a and b):
        return False
    first, second = [HOLDER_ALIASES.get(w, w) for w in a.split()], [HOLDER_ALIASES.get(w, w) for w in b.split()]
    return not (set(first) <= set(second) or set(second) <= set(first) or _shortened(first, second)
                or _initials_of(first, second) or _initials_of(second, first))


INITIALS_SKIP = frozenset({"of", "and", "the", "for", "&"})
"""Words a name's initials leave out ("National Transportation Safety Board" is NTSB, "Party of Wales")."""


def _initials_of(short: list[str], name: list[str]) -> bool:
    """Whether a one-word holder is the initials of a longer name's words."""
    words = [w for w in name if w not in INITIALS_SKIP]
    return len(short) == 1 and len(words) >= 2 and short[0] == "".join(w[0] for w in words)


def _shortened(first: list[str], second: list[str]) -> bool:
    """Whether two names of as many words are one written short: each word the start of the other's, in
    three letters at least ("Lib Dem"; "UN" is no "United")."""
    return len(first) == len(second) and all(min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x))
                                             for x, y in zip(first, second, strict=True))


def _measure_agreement(members: list[Claim]) -> np.ndarray:
    """1 where two measures are known and equal, 0.8 for one family, 0.5 where one is unknown, else 0."""
    def agreement(a: str, b: str) -> float:
        if a and a == b:
            return 1.0
        if not a or not b:
            return 0.5
        return 0.8 if measures_compatible(a, b) else 0.0

    return label_matrix([telling_measure(c) for c in members], agreement)


def telling_measure(claim: Claim) -> str:
    """A claim's measure where it tells facts apart: for counts of people, flights, planes, money and the
    other classes of `lexicon.COUNTED_WORDS`, and for weights and volumes. For a count of other things
    ("two dams") the words near it say what happened around it ("the flooding", "buried") more often
    than what is counted, so the measure is left out of matching."""
    if claim.kind == "count" and claim.counted not in TELLING_CLASSES and claim.unit not in MEASURE_CLASSES:
        return ""
    return claim.measure


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

    return label_matrix([(c.unit, c.counted) for c in members], agreement)


def label_matrix(labels: list, agreement) -> np.ndarray:
    """`agreement` of every pair of labels, computed once per pair of distinct labels."""
    position = {label: index for index, label in enumerate(dict.fromkeys(labels))}
    table = np.array([[agreement(a, b) for b in position] for a in position], dtype=np.float32)
    index = np.array([position[label] for label in labels])
    return table[index[:, None], index[None, :]]


def place_agreement(members: list[Claim]) -> np.ndarray:
    """1 where two figures name the same place, 0.8 where neither names one, 0.6 where one does, 0 where
    both do and the places differ: "deaths in Gaza" is not "deaths in Lebanon", however alike the words
    around them."""
    named = [places(c) for c in members]
    has = np.array([bool(p) for p in named])
    columns = {p: i for i, p in enumerate(sorted({p for ps in named for p in ps}))}
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


def places(claim: Claim) -> frozenset[str]:
    """The places a figure's subject names ("US troops in Iraq" -> {"iraq"})."""
    return frozenset(canonical_words(p) for p in PLACE_IN_SUBJECT_RE.findall(claim.subject))


def _rare_word_cosine(words: list[list[str]], vocabulary: WordStatistics) -> np.ndarray:
    """Cosine of the claims' word sets weighted by inverse document frequency, as one matrix product. The
    columns are in sorted order: in set order the float sums would depend on the process's hash seed, and
    a score could round to 80.6 in one process and 80.7 in another."""
    columns = {word: index for index, word in enumerate(sorted({w for claim_words in words for w in claim_words}))}
    weights = np.zeros((len(words), max(len(columns), 1)), dtype=np.float32)
    for row, claim_words in enumerate(words):
        for word in claim_words:
            weights[row, columns[word]] = vocabulary.weight(word)
    norms = np.linalg.norm(weights, axis=1)
    norms[norms == 0] = 1
    weights /= norms[:, None]
    return weights @ weights.T
