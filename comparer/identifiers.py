"""Numbers that name rather than count, and scores: not claims.

"Flight 1282", "MAX 9", "Windows 11", "Fortune 500", "Route 66", "Article 5", "COVID-19", the "9" of
"737-9", "Trump 2.0", "7th", clock times ("1 p.m."), and the scores of games ("won 3-1") are numbers in
news that no other article would be said to agree or disagree with.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dayphrases import MONTH_NUMBERS, WEEKDAYS
from .lexicon import COUNTED_WORDS
from .measures import lemma
from .numbers import Quantity
from .segment import is_title_case
from .subjects import FUNCTION_WORDS

IDENTIFIER_BEFORE_RE = re.compile(
    r"\b(?:article|section|chapter|clause|resolution|page|pp?\.|no\.|number|flight|route|highway|interstate"
    r"|room|level|phase|stage|category|grade|class|model|version|v\.|vol\.|volume|issue|episode|season"
    r"|series|gate|platform|terminal|unit|ward|district|precinct|block|lot|item|figure|table|rule|paragraph"
    r"|amendment|tier|week|day|game|round|act|bill|order|decree|law|step|part|psalm|apollo|boeing"
    r"|airbus|iphone|windows|galaxy|covid|sars|mh|su|mig|f|b|c|t|g|h|k)[\s-]*$", re.IGNORECASE)
NAME_BEFORE_RE = re.compile(r"(?:^|[^\w’'.-])(?P<name>[A-Z][\w’'&.-]*)[ -]$")
"""A capitalised word right before a figure, with one space or a hyphen between: a name and its number."""
NOT_NAMES = frozenset((*FUNCTION_WORDS, "around", "some", "nearly", "almost", "over", "under", "about", "roughly",
                       "approximately", "only", "just", "another", "additional", "all", "least", "total",
                       *MONTH_NUMBERS, *WEEKDAYS, "us", "uk", "eu", "un"))
"""Capitalised words before a figure that do not name it: sentence openers, hedges, months, weekdays and
country abbreviations ("Only 3 people", "June 5", "US 500 troops")."""
SCORE_VERB_RE = re.compile(r"\b(?:won|beat|beats|lost|defeated|drew|tied|score[sd]?|edged|thrashed|routed)\s+"
                           r"(?:\w+\s+){0,3}$", re.I)

CLOCK_AFTER_RE = re.compile(r"\s?(?:[ap]\.m\.|[ap]m\b)", re.I)


def is_clock_time(text: str, end: int) -> bool:
    """Whether the number that ends here is an hour of the clock ("1 p.m.", "6pm"): part of a time, not a figure."""
    return bool(CLOCK_AFTER_RE.match(text, end, end + 5))


def is_identifier(text: str, q: Quantity, before: str) -> bool:
    """A number that names rather than counts: "Flight 1282", "MAX 9", "Windows 11", "Fortune 500",
    "Route 66", the "9" of "737-9", "Trump 2.0", "7th"."""
    if q.spelled or q.kind_hint != "count":
        return False
    quote = text[q.start:q.end]
    if IDENTIFIER_BEFORE_RE.search(before) and q.qualifier == "exact":
        return True
    if is_clock_time(text, q.end):
        return True
    if q.qualifier == "exact" and re.fullmatch(r"\d+", quote):
        name = NAME_BEFORE_RE.search(before)
        if name and name.group("name").lower().strip(".") not in NOT_NAMES \
                and not re.search(r"[’']s?$", name.group("name")) \
                and not is_title_case(before, min_words=3, share=0.75) \
                and not _counts_what_a_holder_has(text[q.end:q.end + 20]):  # in a headline a capital says nothing
            # (a possessive owns the figure, it does not name it: "Labour's 412 seats", "Delta's 600 flights")
            return True
        if re.search(r"\d[ -][A-Z][A-Za-z]*[ -]$", before):
            return True  # "737 MAX 9", "Galaxy S 24": a model's number after its name and number, headline or not
        if re.search(r"\d-$", before) or re.match(r"-\d", text[q.end:q.end + 2]):
            return True  # "737-9": a model and its variant, not a range (a range was read as one figure)
        if _names_a_model(text, q, quote):
            return True  # "its 737 Max 9 aircraft", where the article writes "Boeing 737 Max 9" too
    if re.fullmatch(r"\d\.0", quote.strip()) and re.search(r"[A-Z][\w’']*\s+$", before):
        return True  # "Trump 2.0", "Web 3.0": a version, not a quantity
    after = text[q.end:q.end + 3]
    return bool(re.match(r"(?:st|nd|rd|th)\b", after))


MODEL_RE = re.compile(r"(?:^|[^\w’'.-])(?P<name>[A-Z][\w’'&.-]*) (?P<model>\d{2,5}(?:-\d|[ -][A-Z][A-Za-z]*))")
"""A name, its number, and a variant or a capitalised word after it: a model's designation ("Boeing 737
Max 9", "Boeing 737-9")."""
MODEL_AFTER_RE = re.compile(r"(?:-\d|[ -][A-Z][A-Za-z]*)")
"""What follows a model's number: its variant or the next word of its name ("737-9", "737 Max")."""


@lru_cache(maxsize=16)
def model_numbers(text: str) -> frozenset[str]:
    """The models an article writes after a name, as their number and the word or variant after it ("737
    Max" of "Boeing 737 Max 9"): written again without the name ("its 737 Max 9 aircraft"), the number
    still names the model; "its 65 MAX 9 planes" counts, as the article writes no "65 MAX" after a name,
    and "Labour 412 Conservatives 121" makes no model of "412 MPs"."""
    return frozenset(m.group("model").replace("-", " ").lower() for m in MODEL_RE.finditer(text)
                     if m.group("name").lower().strip(".") not in NOT_NAMES)


def _names_a_model(text: str, q: Quantity, quote: str) -> bool:
    after = MODEL_AFTER_RE.match(text, q.end)
    return bool(after) and f"{quote}{after.group(0)}".replace("-", " ").lower() in model_numbers(text)


NAMED_FIGURE_NOUN_RE = re.compile(r"\s+([a-z]+s)\b")
NAME_THEN_FIGURE_CLASSES = frozenset({"people", "seats", "votes", "jobs"})
"""Classes of `lexicon.COUNTED_WORDS` that no model number counts: "gives Labour 61 seats", "the SNP 10
seats", "hands Reform 4 million votes" are a name's figure. Planes, weapons and ships are left out:
"Falcon 9 rockets", "Boeing 737 jets" name models."""


def _counts_what_a_holder_has(after: str) -> bool:
    """Whether a plural noun right after a figure counts people, seats, votes or jobs."""
    noun = NAMED_FIGURE_NOUN_RE.match(after)
    return bool(noun) and COUNTED_WORDS.get(lemma(noun.group(1))) in NAME_THEN_FIGURE_CLASSES


def is_score(before: str, q: Quantity) -> bool:
    return q.qualifier == "range" and bool(SCORE_VERB_RE.search(before))
