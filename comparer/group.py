"""Scored blocks -> facts: the claims of one fact across every article of a story, with a label and a status.

A fact reported by twelve outlets is one fact with twelve claims, not six pairs. Claims are grouped by average
linkage: pairs of two outlets are taken best first, then one article's own pairs, and two groups join when the
mean score over all their cross pairs reaches the threshold, no article is in both (an article states a fact
once, unless one of its figures updates the other or restates it: `match._same_article_members`), their
measures agree (a fact never mixes "killed" and "injured") and so do their kinds of person. A chain of weak
matches (A like B, B like C) does not pour unrelated figures into one fact, as the mean counts every pair, and
a fact of two outlets needs no more than one good match. Mentions said again in one article and dates that
scope a figure join the facts after (`_with_restatements`, `_with_scoping_dates`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

import numpy as np

from . import settings
from .lexicon import DISTANCE_MEASURES, MEASURE_LABELS
from .match import Block, holders_of_one_sentence
from .normalize import EVENT_WORDS, INCIDENT_WORDS, content_words, event_kinds
from .records import Claim, Fact, Verdict
from .similarity import (
    PLACE_IN_SUBJECT_RE,
    canonical_words,
    holders_differ,
    kind_of_person,
    measures_compatible,
    places,
    telling_measure,
)
from .wording import date_words

STATUS_ORDER = ("contradiction", "changes over time", "unclear", "all agree", "rejected")
"""Strongest disagreement first: the order the page sorts facts in."""


def cluster(block: Block, *, threshold: float = settings.MATCH_THRESHOLD) -> list[list[int]]:
    """Groups of member indexes of a block that are one fact each (two or more articles)."""
    members, scores, linkable = block.members, block.scores, block.linkable
    starts = np.array([not c.scopes_figure for c in members])  # a date that scopes a figure only joins
    rows, cols = np.nonzero(np.triu(linkable & (scores >= threshold) & starts[:, None] & starts[None, :], k=1))
    if rows.size == 0:
        return []
    # Pairs of two outlets first, best first, then one article's own pairs (an update, a restatement): two
    # mentions of one article that match each other best would otherwise found a fact that the other
    # outlets' figures cannot join on average (crowdstrike relation recall 0.829 -> 0.848, links 0.768 ->
    # 0.790; uk links 0.845 -> 0.860; derna relation recall 0.939 -> 0.947; alaska links 0.912 -> 0.908).
    articles = np.array([c.article for c in members])
    order = np.lexsort((-scores[rows, cols], articles[rows] == articles[cols]))
    sums = scores.astype(np.float32)
    # A group is named by its root (the member whose rows of `sums` and `allowed` hold the group's), found
    # in one step: `label` gives each member's group slot, `root` each slot's root; a join relabels the
    # smaller group's members. A union-find walk per pair cost half of clustering a 1,000-article story.
    label = list(range(len(members)))
    root = list(range(len(members)))
    held = [[index] for index in range(len(members))]
    size = [1] * len(members)
    measure = [telling_measure(c) for c in members]
    person = [kind_of_person(c) for c in members]
    allowed = linkable.copy()

    def join(a: int, b: int) -> None:
        if not allowed[a, b]:
            return
        if not measures_compatible(measure[a], measure[b]) or person[a] and person[b] and person[a] != person[b]:
            return
        if sums[a, b] / (size[a] * size[b]) < threshold:
            return
        sums[a, :] += sums[b, :]
        sums[:, a] += sums[:, b]
        allowed[a, :] &= allowed[b, :]
        allowed[:, a] &= allowed[:, b]
        size[a] += size[b]
        measure[a] = measure[a] or measure[b]
        person[a] = person[a] or person[b]
        kept, moved = (label[a], label[b]) if len(held[label[a]]) >= len(held[label[b]]) else (label[b], label[a])
        for index in held[moved]:
            label[index] = kept
        held[kept] += held[moved]
        held[moved] = []
        root[kept] = a

    for i, j in zip(rows[order].tolist(), cols[order].tolist(), strict=True):
        if label[i] != label[j]:
            join(root[label[i]], root[label[j]])
    groups: dict[int, list[int]] = {}
    for index in range(len(members)):
        groups.setdefault(root[label[index]], []).append(index)
    found = [g for g in groups.values() if len({members[i].article for i in g}) > 1]  # a fact needs two outlets
    return _with_scoping_dates(_with_restatements(found, block, threshold), block, threshold)


def _with_restatements(groups: list[list[int]], block: Block, threshold: float) -> list[list[int]]:
    """Each fact with the other mentions of its figures in their own articles (a headline and the body, a
    date named twice), when they match the fact's claims of other articles as well as the fact needs and
    may be one fact with each of them (`Block.linkable`: "until the end of January" is no restatement of
    "in January"), and not another holder's equal figure of the same sentence: whichever mention another
    outlet's words are closer to, the fact holds it."""
    members, scores = block.members, block.scores
    taken = {index for group in groups for index in group}
    mentions: dict[tuple, list[int]] = defaultdict(list)
    for index, claim in enumerate(members):
        if index not in taken and not claim.scopes_figure:
            mentions[claim.article, _value_key(claim)].append(index)
    for group in groups:
        candidates = sorted({index for i in group for index in mentions.get((members[i].article,
                                                                             _value_key(members[i])), ())})
        for index in candidates:
            if index in taken:
                continue
            others = [i for i in group if members[i].article != members[index].article]
            own = [members[i] for i in group if members[i].article == members[index].article]
            if others and float(np.mean(scores[index, others])) >= threshold and block.linkable[index, others].all() \
                    and not any(holders_of_one_sentence(members[index], claim) for claim in own):
                group.append(index)
                taken.add(index)
    return groups


def _with_scoping_dates(groups: list[list[int]], block: Block, threshold: float) -> list[list[int]]:
    """Each date that scopes a figure and names an event ("thousands of canceled flights in July" after "a
    worldwide outage") in the date fact whose days it holds, half of whose claims name that kind of event,
    and whose claims it matches as well as the fact needs (its own article's claims in the fact must be
    one fact with it: `Block.linkable`). Such a date starts no fact of its own and is weighed against the
    facts as they were before any such date joined, so that the dates of the figures a story scopes
    neither pull its event dates apart nor gather among themselves."""
    members, scores, linkable = block.members, block.scores, block.linkable
    if not any(claim.scopes_figure for claim in members):
        return groups
    kinds = [event_kinds(claim.context.split()) for claim in members]
    joins = []
    for index, claim in enumerate(members):
        if not claim.scopes_figure:
            continue

        def naming(group: list[int], index: int = index) -> int:
            return sum(bool(kinds[index] & kinds[i]) for i in group)

        fitting = [number for number, group in enumerate(groups)
                   if naming(group) * 2 >= len(group)
                   and float(np.mean(scores[index, group])) >= threshold
                   and all(linkable[index, i] for i in group if members[i].article == claim.article)
                   and all(_holds(claim, members[i]) for i in group)]
        if fitting:  # the fact most claims of that kind of event are in: the event's own date
            joins.append((max(fitting, key=lambda number: (naming(groups[number]),
                                                            float(np.mean(scores[index, groups[number]])))), index))
    for number, index in joins:
        groups[number].append(index)
    return groups


def _holds(period: Claim, day: Claim) -> bool:
    """Whether a date's period holds another date's and is longer (both resolved): "in July" holds "July
    19"; "in 2019" does not hold "2019", which is the same year said again by a claim of its own."""
    return bool(period.low and period.high and day.low and day.high) and period.low <= day.low \
        and day.high <= period.high and (period.low, period.high) != (day.low, day.high)


def _value_key(claim: Claim) -> tuple:
    """What two mentions of one article must share to be the same figure said again: a date's bounds and
    value, a figure's value and unit."""
    if claim.kind == "date":
        return claim.low, claim.high, claim.value
    return claim.value, claim.unit


def make_facts(claims: list[Claim], groups: list[tuple[str, ...]], verdicts: list[Verdict]) -> list[Fact]:
    """Facts of the groups, labelled, with their status and the count of each verdict among their pairs;
    overridden verdicts count as the user decided, rejected ones not at all: a claim whose every pair in
    its fact was rejected leaves the fact (`Fact.left_out`), and a fact left with fewer than two claims
    is "rejected". Strongest disagreement first."""
    by_id = {c.id: c for c in claims}
    groups_of: dict[str, set[int]] = defaultdict(set)
    for index, group in enumerate(groups):
        for claim_id in group:
            groups_of[claim_id].add(index)  # a claim may also stand in a correction its article reports
    said: dict[int, list[str]] = {index: [] for index in range(len(groups))}
    kept: dict[int, set[str]] = {index: set() for index in range(len(groups))}
    paired: dict[int, set[str]] = {index: set() for index in range(len(groups))}
    judged: Counter = Counter()
    for verdict in verdicts:
        for index in groups_of.get(verdict.a, set()) & groups_of.get(verdict.b, set()):
            judged[index] += 1
            paired[index].update((verdict.a, verdict.b))
            if effective(verdict) != "rejected":
                said[index].append(effective(verdict))
                kept[index].update((verdict.a, verdict.b))
    facts = []
    for index, group in enumerate(groups):
        left_out = tuple(i for i in group if i in paired[index] and i not in kept[index])
        members = tuple(i for i in group if i not in left_out)
        status = _status(said[index])
        if left_out and len(members) < 2:
            status, members, left_out = "rejected", (), tuple(group)
        known = [by_id[i] for i in group if i in by_id]
        facts.append(Fact("", fact_label(known), status, members, dict(Counter(said[index])), left_out,
                          max(0, cross_article_pairs(known) - judged[index])))
    return numbered(facts)


def numbered(facts: list[Fact]) -> list[Fact]:
    """The facts strongest disagreement first, then the most claims first, numbered F1, F2, ... in that
    order: the order of one comparison, and of a batch's stories put together (pipeline.merge)."""
    ordered = sorted(facts, key=lambda f: (STATUS_ORDER.index(f.status), -len(f.claims), f.label))
    return [replace(f, id=f"F{n + 1}") for n, f in enumerate(ordered)]


def cross_article_pairs(claims: list[Claim]) -> int:
    """Pairs of the claims that come from different articles."""
    articles = Counter(c.article for c in claims)
    return (len(claims) * (len(claims) - 1) - sum(n * (n - 1) for n in articles.values())) // 2


def effective(verdict: Verdict) -> str:
    """The verdict that counts: the user's override when there is one."""
    return verdict.override or verdict.verdict


def _status(verdicts: list[str]) -> str:
    if "contradict" in verdicts:
        return "contradiction"
    if "differs_in_time" in verdicts:
        return "changes over time"
    if verdicts and all(v == "agree" for v in verdicts):
        return "all agree"
    return "unclear"


def fact_label(claims: list[Claim]) -> str:
    """What a fact is about, in the words of its claims' holder, measure, counted class and place: "people
    killed — Derna", "Labour: seats won", "flights cancelled", "date: blowout". Never a fragment of a
    sentence; a holder or a place only when at least half the claims name it."""
    if not claims:
        return ""
    if all(c.kind == "date" for c in claims):
        return "date: " + (_event_kind(claims) or _the_day(claims)) + (
            f" ({claims[0].measure})" if claims[0].measure else "")
    measures = Counter(c.measure for c in claims if c.measure)
    measure = measures.most_common(1)[0][0] if measures else ""
    things = Counter(_thing(c) for c in claims if _thing(c))
    thing = things.most_common(1)[0][0] if things else claims[0].kind
    verb = MEASURE_LABELS.get(measure, measure)
    if thing in verb.split() or measure in SELF_NAMED_MEASURES:
        thing = ""  # "attacks", not "attacks attacks"; "seats won", not "seats seats won"; "vote share";
        # "population", not "people population"; "height", not "distance height"
    if thing in ("share", "points") and verb:
        label = f"{verb} ({thing})"  # "seats won (share)", "vote share (points)", not "share seats won"
    else:
        label = f"{thing} {verb}".strip() if verb or measure else (_common_nouns(claims) or thing)
    label = label or claims[0].kind
    named = Counter(p for c in claims for p in places(c))
    place = named.most_common(1)[0][0] if named and named.most_common(1)[0][1] * 2 >= len(claims) else ""
    holder = _label_holder(claims)
    kind = {"possible": " (what may be)", "rate": " (a rate)",
            "threshold": " (what is needed)"}.get(claims[0].scope, "")
    return (f"{holder}: " if holder else "") + (f"{label} — {_place_name(claims, place)}" if place else label) + kind


def _common_nouns(claims: list[Claim]) -> str:
    """The words most claims' subjects share, but for names (a holder's words, or a word a subject writes
    with a capital past its first: "Tony Blair", "CrowdStrike"), which say whose or where, not what: ""
    when only names are shared."""
    shared = _shared_words([c.subject for c in claims]).split()
    named = {w.lower() for c in claims for w in re.findall(r"(?<=\S\s)[A-Z][\w’'-]*", c.subject)}
    held = {w for c in claims for w in canonical_words(c.holder).split()}
    return " ".join(w for w in shared if w not in held and not any(n.startswith(w) for n in named))


def _label_holder(claims: list[Claim]) -> str:
    """The holder at least half the claims name, however each writes it ("the Tories", "the
    Conservatives", "Conservative Party" are one: `holders_differ`), in the form most of them use; none
    when another holder is named as often ("Brits" and "General" for the 650 seats)."""
    written = Counter(c.holder for c in claims if c.holder)
    if not written:
        return ""
    canonical = {name: canonical_words(name) for name in written}

    def support(name: str) -> int:
        return sum(n for other, n in written.items() if not holders_differ(canonical[name], canonical[other]))

    best = max(written, key=lambda name: (support(name), written[name]))
    tied = any(support(name) == support(best) and holders_differ(canonical[name], canonical[best]) for name in written)
    return best if support(best) * 2 >= len(claims) and not tied else ""


def _place_name(claims: list[Claim], place: str) -> str:
    """A place as the claims write it ("Wales", not the canonical "wale")."""
    written = (name for c in claims for name in PLACE_IN_SUBJECT_RE.findall(c.subject)
               if canonical_words(name) == place)
    return next(written, place.title())


def _thing(claim: Claim) -> str:
    """What a claim counts, for a label: "people", "bodies", "flights", "money", "share", a noun's plural."""
    if claim.kind == "count":
        if claim.unit == "body":
            return "bodies"  # "bodies recovered", "bodies buried": the dead counted as bodies, not people
        return claim.counted if claim.counted in ("people", "money") or not claim.unit else _plural(claim.counted)
    return {"money": "money", "percent": "share", "ratio": "share"}.get(claim.kind, claim.kind)


def _plural(word: str) -> str:
    return word if word.endswith("s") or word in ("people", "money", "aircraft", "crew", "staff") else word + "s"


SELF_NAMED_MEASURES = DISTANCE_MEASURES | {"population", "weight", "capacity", "turnout", "majority", "age"}
"""Measures that name what they measure: the counted class adds nothing ("population", "height")."""
EVENT_NOUNS = {"kill": "killing", "die": "deaths", "seize": "seizure", "invade": "invasion", "withdraw": "withdrawal",
               "win": "win", "inaugurate": "inauguration", "sign": "signing", "open": "opening", "found": "founding"}
"""How the canonical event words of `normalize.EVENT_WORDS` read after "date:" ("date: invasion")."""


def _event_kind(claims: list[Claim]) -> str:
    """The kind of event at least half of a date fact's claims name in their words: an incident
    (`normalize.INCIDENT_WORDS`: "outage", "flood", "incident" for a blowout) or an event word ("election",
    "attack", "invasion") written as such, not through a synonym ("exit door" is no withdrawal); "" when none
    does. A reader sees "date: flood", not the words the claims happen to share ("date: libya storm")."""
    kinds: Counter = Counter()
    for claim in claims:
        surface = set(re.findall(r"[a-z]+", claim.event.lower()))
        kinds.update({INCIDENT_WORDS[w] for w in surface if w in INCIDENT_WORDS} | {
            event for w in surface for event in content_words(w) if event in EVENT_WORDS and w[:3] == event[:3]})
    if not kinds:
        return ""
    kind, count = kinds.most_common(1)[0]
    return EVENT_NOUNS.get(kind, kind) if count * 2 >= len(claims) else ""


def _the_day(claims: list[Claim]) -> str:
    """A date fact whose claims name no kind of event, by the day or period most of them give ("22 July
    2024"): what a reader can check, not the words the claims happen to share ("date: continued delta")."""
    days = Counter(date_words(c) for c in claims)
    return days.most_common(1)[0][0] if days else "event"


def _shared_words(texts: list[str]) -> str:
    """The one or two content words most of the texts share, in the order they come."""
    counts = Counter(word for text in texts for word in dict.fromkeys(content_words(text)))
    common = [w for w, n in counts.most_common(6) if n >= max(2, len(texts) // 2) and len(w) > 2][:2]
    return " ".join(common)
