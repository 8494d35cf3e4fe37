"""Fast scanning: run a costly pattern only around the words a cheap index finds.

A big alternation (every date form, every number word) tried at each of a megabyte's positions
is what makes regex extractors slow. Instead the text is split into words once (one simple
regex pass, cached per text), the words that can start or anchor a phrase (a year, "ago", a
number word) are looked up in that index, and the full pattern runs only in a small window
around each. The result is what `pattern.finditer(text)` would give for matches that contain
one of those words.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

_ANCHOR_WORDS: set[str] = set()
"""Every word some finder anchors on; each module registers its words when it is imported."""


def register_anchor_words(words: Iterable[str]) -> tuple[str, ...]:
    """Declare words a finder will ask `hits` for (lower case); returns them for the caller's constant."""
    words = tuple(word.lower() for word in words)
    _ANCHOR_WORDS.update(words)
    _anchor_pattern.cache_clear()
    return words


@lru_cache(maxsize=1)
def _anchor_pattern() -> re.Pattern:
    alternatives = "|".join(sorted(map(re.escape, _ANCHOR_WORDS), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b|\d+")


@lru_cache(maxsize=4)
def word_index(text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of every registered anchor word (lower-cased) and every run of digits (under "#"),
    found in one pass over the lower-cased text."""
    index: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for match in _anchor_pattern().finditer(text.lower()):
        token = match.group(0)
        index["#" if token[0].isdigit() else token].append(match.span())
    return index


def hits(text: str, words: Iterable[str], *, digits: bool = False,
         keep: re.Pattern | None = None) -> list[tuple[int, int]]:
    """Sorted spans of the given words (and digit runs, if asked) in `text`; `keep` filters a
    digit run by its text (for example, four digits that can be a year).

    >>> words = register_anchor_words(["ago", "two"])
    >>> hits("Two years ago, 2019 and 7", words, digits=True)
    [(0, 3), (10, 13), (15, 19), (24, 25)]
    """
    index = word_index(text)
    runs = [index.get(word, []) for word in words]
    if digits:
        found = index.get("#", [])
        runs.append([s for s in found if keep.fullmatch(text, s[0], s[1])] if keep is not None else found)
    return list(heapq.merge(*runs))


def anchored_finditer(pattern: re.Pattern, anchors: list[tuple[int, int]], text: str, *, before: int = 48,
                      after: int = 48) -> Iterator[re.Match]:
    """Non-overlapping matches of `pattern` that contain an anchor span, leftmost first.

    >>> text = "in 2019 and 2020"
    >>> [m.group(0) for m in anchored_finditer(re.compile(r"(?:in\\s+)?\\d{4}"), hits(text, [], digits=True), text)]
    ['in 2019', '2020']
    """
    last_end = 0
    for hit_start, hit_end in anchors:
        if hit_start < last_end:
            continue
        start = max(last_end, hit_start - before)
        end = min(len(text), hit_end + after)
        for match in pattern.finditer(text, start, end):
            if match.start() < last_end:
                continue
            if match.start() <= hit_start and hit_end <= match.end():
                last_end = match.end()
                yield match
                break
            if match.start() > hit_start:
                break
