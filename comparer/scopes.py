"""What kind of statement a figure is: a threshold, a rate or average, what may be, a projection, a running
count, an update, an earlier level, or a plain report (""). Read from the words of its clause around the figure
(`lexicon.SCOPE_PHRASES`).

A figure of what may be ("the toll could reach 20,000"), a rate or average ("$44 million per company",
"150 flights a day") and a threshold ("the 326 seats needed to govern") are facts of their own, never
compared with counts and totals.
The verdict needs the others: a projection that missed is no contradiction of the result ("forecast to win
131 seats" against "won 121"), two counts taken during a count are two moments ("so far", "as of 2am"),
"has risen to 11,300" updates "5,300", and "up from 5,000" gives an earlier level beside the new one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import SCOPE_PHRASES

SCOPES = tuple(SCOPE_PHRASES)
WORD_RE = re.compile(r"[a-z][a-z'-]*|\d+")
NOT_AFTER = frozenset({"earlier", "ago", "later", "before", "after"})
"""Words after "{} a year" that make it a time ("a year earlier"), not a rate."""
BEFORE_CHARS = 70
AFTER_CHARS = 50


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[int, tuple[str, ...], tuple[str, ...], bool], ...]:
    """(scope number, words before the figure, words after it, whether the phrase must touch the figure) of
    every phrase of `SCOPE_PHRASES`, in order."""
    found = []
    for number, phrases in enumerate(SCOPE_PHRASES.values()):
        for phrase in phrases:
            head, touching, tail = phrase.partition("{}")
            found.append((number, tuple(head.split()), tuple(tail.split()), bool(touching)))
    return tuple(found)


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, list[tuple[int, tuple[str, ...], tuple[str, ...], bool]]]:
    """The phrases of `_phrases` by their first word, in order: a figure's window only tries the phrases
    whose first word it holds."""
    index: dict[str, list] = {}
    for phrase in _phrases():
        index.setdefault((phrase[1] or phrase[2])[0], []).append(phrase)
    return index


def _without_possessive(word: str) -> str:
    """"friday's" -> "friday": "since Friday's meltdown" opens a running total as "since Friday" does (a
    curly apostrophe already splits the word)."""
    return word[:-2] if word.endswith("'s") else word


def read_scope(clause_before: str, clause_after: str) -> str:
    """The scope of a figure from its clause's words before and after it.

    >>> read_scope("Labour is predicted to win ", " seats, giving a majority")
    'projection'
    >>> read_scope("The death toll has risen to ", ", the Red Crescent said")
    'update'
    >>> read_scope("bringing its total since Friday's meltdown to almost ", ".")
    'running total'
    >>> read_scope("Sales reached $5 billion, up from ", " a year earlier")
    'previous'
    >>> read_scope("The storm killed ", " people in the north")
    ''
    >>> read_scope("costs rose to ", " a year"), read_scope("it had ", " a year earlier")
    ('rate', 'previous')
    """
    before = [_without_possessive(w) for w in WORD_RE.findall(clause_before[-BEFORE_CHARS:].lower())]
    after = [_without_possessive(w) for w in WORD_RE.findall(clause_after[:AFTER_CHARS].lower())]
    index = _by_first_word()
    candidates = sorted(phrase for word in set(before) | set(after) for phrase in index.get(word, ()))
    if not candidates:
        return ""
    joined = f" {' '.join(before)} | {' '.join(after)} "
    for number, head, tail, touching in candidates:
        if touching:
            if head and before[-len(head):] != list(head):
                continue
            if tail and (after[:len(tail)] != list(tail) or after[len(tail):len(tail) + 1] and
                         after[len(tail)] in NOT_AFTER):
                continue
            return SCOPES[number]
        if f" {' '.join(head)} " in joined:
            return SCOPES[number]
    return ""
