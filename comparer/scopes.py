"""What kind of statement a figure is: a rate or average, what may be, a projection, a running count, an
update, an earlier level, or a plain report (""). Read from the words of its clause around the figure
(`lexicon.SCOPE_PHRASES`).

A figure of what may be ("the toll could reach 20,000") and a rate or average ("$44 million per company",
"150 flights a day") are facts of their own, never compared with counts and totals.
The verdict needs the others: a projection that missed is no contradiction of the result ("forecast to win
131 seats" against "won 121"), two counts taken during a count are two moments ("so far", "as of 2am"),
"has risen to 11,300" updates "5,300", and "up from 5,000" gives an earlier level beside the new one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import SCOPE_PHRASES

BEFORE_CHARS = 70
AFTER_CHARS = 50


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern, re.Pattern], ...]:
    """(scope, pattern for the words before the figure, pattern for the words after it) per scope."""
    compiled = []
    for scope, phrases in SCOPE_PHRASES.items():
        before, after = [], []
        for phrase in phrases:
            words = r"\s+".join(re.escape(w) for w in phrase.replace("{}", " {} ").split())
            if "\\{\\}" in words:
                head, _, tail = words.partition("\\{\\}")
                if head.strip():
                    before.append(rf"\b{head.rstrip()}\s*$")
                if tail.strip():
                    after.append(rf"^\s*{tail.lstrip()}\b(?!\s+(?:earlier|ago|later|before|after)\b)")
            else:
                before.append(rf"\b{words}\b")
                after.append(rf"\b{words}\b")
        compiled.append((scope, re.compile("|".join(before) or "(?!)", re.I), re.compile("|".join(after) or "(?!)",
                                                                                         re.I)))
    return tuple(compiled)


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
    """
    before, after = clause_before[-BEFORE_CHARS:], clause_after[:AFTER_CHARS]
    for scope, before_pattern, after_pattern in _patterns():
        if before_pattern.search(before) or after_pattern.search(after):
            return scope
    return ""
