"""Corrections an article states itself: "in 2018, not 2020 as the ministry first said", "3,958 dead
instead of 11,300", "171 passengers, rather than 174". The article reports a contradiction: the tool
flags it as one, with the article's own words as the reason, so the reader sees both values and which
one the article stands by.
"""

from __future__ import annotations

import re

from .records import Claim, Verdict

CORRECTION_RE = re.compile(r"^(?:\s+[\w’'-]+){0,2}?[,;]?\s*(?:and\s+|but\s+)?(?:not|instead\s+of|rather\s+than"
                           r"|as\s+opposed\s+to|correcting)\s+(?:the\s+)?$", re.I)
"""What stands between the value an article stands by and the one it corrects."""


def corrections(claims: list[Claim], text_of: dict[str, str]) -> list[tuple[Claim, Claim]]:
    """(the value the article stands by, the value it corrects) for each correction it states: two
    figures of one kind next to each other in one sentence, with "not", "instead of" or "rather than"
    between them.

    >>> from comparer.api import articles_from_texts, extract_each
    >>> texts = {"a.txt": "The dam was built in 1973, not 1977 as officials first said."}
    >>> [(a.quote, b.quote) for a, b in corrections(list(extract_each(articles_from_texts(texts)).claims), texts)]
    [('1973', '1977')]
    """
    found = []
    for first, second in zip(claims, claims[1:], strict=False):
        if first.article != second.article or first.sentence != second.sentence or first.kind != second.kind:
            continue
        between = text_of[first.article][first.end:second.start]
        if len(between) <= 40 and CORRECTION_RE.match(between) and first.value != second.value:
            found.append((first, second))
    return found


def correction_verdict(kept: Claim, corrected: Claim) -> Verdict:
    """The contradiction an article reports: what it says now against what it says was wrong."""
    first, second = (kept, corrected) if kept.id < corrected.id else (corrected, kept)
    return Verdict(first.id, second.id, 100.0, "contradict",
                   f'contradict (a correction the article itself reports): {kept.article} says "{kept.quote}", '
                   f'not "{corrected.quote}": "{kept.sentence}"', "correction reported by the article", "outright")
