"""Figures of a results list: "Labour: 410 Conservatives: 131 Liberal Democrats: 61 ...", the way a page
prints a table of parties, teams, companies or regions once its layout is gone. Each item is its name's
figure, and what the list counts is what the article says in words of any item it restates.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from .normalize import content_words
from .records import Claim
from .similarity import canonical_words, holders_differ

ITEM_RE = re.compile(r"(?P<name>[A-Z][\w’'&.-]*(?:[ \t]+[A-Z][\w’'&.-]*){0,3})[ \t]*:[ \t]*"
                     r"(?P<figure>\d[\d,]*(?:\.\d+)?%?)(?![\d:])")
"""One item: a capitalised name of up to four words, a colon, a figure ("Reform UK: 13", "SNP: 10")."""

ITEM_GAP_RE = re.compile(r"[\s,;|•·/-]*")
"""What may stand between two items of one list: nothing at all (a flattened table), spaces, line breaks,
commas, bullets."""

MIN_ITEMS = 3
"""Items a list needs: two "Name: N" in a row are as often a sentence's ("Score: 2. Note: 4")."""


@dataclass(frozen=True)
class ListItem:
    name: str
    start: int
    end: int


def results_lists(text: str) -> list[list[ListItem]]:
    """The runs of at least MIN_ITEMS "Name: N" items that follow each other with only ITEM_GAP_RE between.

    >>> [[i.name for i in run] for run in results_lists("Here they are: Labour: 410Conservatives: 131SNP: 10")]
    [['Labour', 'Conservatives', 'SNP']]
    """
    runs: list[list[ListItem]] = []
    current: list[ListItem] = []
    previous_end = -1
    for match in ITEM_RE.finditer(text):
        item = ListItem(match.group("name"), match.start("figure"), match.end("figure"))
        if current and ITEM_GAP_RE.fullmatch(text, previous_end, match.start()):
            current.append(item)
        else:
            if len(current) >= MIN_ITEMS:
                runs.append(current)
            current = [item]
        previous_end = match.end()
    if len(current) >= MIN_ITEMS:
        runs.append(current)
    return runs


def with_listed_holders(claims: list[Claim], text: str) -> list[Claim]:
    """Each figure of a results list is its item's name's ("Liberal Democrats: 61" is the Liberal Democrats'),
    and counts what the article's own sentences say of the items they restate: when "Labour is predicted
    to win 410 seats" stands above "Labour: 410", every item of the list takes that claim's measure, noun
    and scope (seats, projected). A list that restates nothing keeps its figures' own words.
    `claims`: one article's."""
    by_start = {claim.start: claim for claim in claims if claim.kind != "date"}
    by_value: dict[tuple, list[Claim]] = defaultdict(list)  # looked up per item: linear in a long text
    for claim in claims:
        if claim.measure and claim.holder:
            by_value[claim.kind, claim.value].append(claim)
    changed: dict[str, Claim] = {}
    for run in results_lists(text):
        items = [(item, by_start[item.start]) for item in run if item.start in by_start]
        listed = {claim.id for _, claim in items}
        restated = Counter(
            (other.measure, other.counted, other.unit, other.scope)
            for item, claim in items for other in by_value.get((claim.kind, claim.value), ())
            if other.id not in listed
            and not holders_differ(canonical_words(other.holder), canonical_words(item.name)))
        measure, counted, unit, scope = restated.most_common(1)[0][0] if restated else (None, None, None, None)
        for item, claim in items:
            if measure is None:
                changed[claim.id] = replace(claim, holder=item.name)
                continue
            changed[claim.id] = replace(claim, holder=item.name, measure=measure, counted=counted, unit=unit,
                                        scope=scope, subject=f"{item.name} {unit}".strip(),
                                        context=" ".join(content_words(f"{item.name} {unit} {measure}")))
    return [changed.get(claim.id, claim) for claim in claims]
