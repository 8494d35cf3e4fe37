"""Words -> canonical words, so that two articles' ways of naming one thing compare equal.

The synonym table is small and general on purpose: news about any topic names the same
people, forces, events and measures in these few interchangeable ways. It is not keyed to
any sample article; add a row only when the words are interchangeable in any story.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Multi-word names (patterns over lower-cased text): rewritten before single words are looked up.
PHRASES = [
    (r"\bu\.\s?s\.(?:\s?a\.)?", "us"),
    (r"\bu\.\s?k\.", "uk"),
    (r"\bu\.\s?n\.", "un"),
    (r"\be\.\s?u\.", "eu"),
    (r"\bunited\s+states(?:\s+of\s+america)?\b", "us"),
    (r"\bunited\s+kingdom\b|\bbritain\b|\bgreat\s+britain\b", "uk"),
    (r"\bunited\s+nations\b", "un"),
    (r"\beuropean\s+union\b", "eu"),
    (r"\bservice\s?(?:wo)?(?:men|members|personnel)\b", "troops"),
    (r"\bislamic\s+state\b|\bisil\b|\bdaesh\b", "isis"),
    (r"\bdeath\s+toll\b|\bbody\s+count\b", "deaths"),
    (r"\bper\s?cent(?:age)?\b|%", "percent"),
    (r"\b(?:sworn\s+in|took\s+office|taking\s+office|takes\s+office)\b", "inaugurated"),
]

SYNONYMS = {
    # nationality adjectives that name the country
    "american": "us", "americans": "us", "america": "us", "usa": "us", "washington's": "us",
    "british": "uk", "britons": "uk", "english": "uk",
    # armed people
    "troop": "troops", "soldier": "troops", "soldiers": "troops", "forces": "troops", "force": "troops",
    "personnel": "troops", "servicemen": "troops", "military": "troops", "marines": "troops",
    # violent acts
    "attack": "attack", "attacks": "attack", "strike": "attack", "strikes": "attack", "assault": "attack",
    "assaults": "attack", "raid": "attack", "raids": "attack", "hits": "attack", "bombing": "attack",
    "bombings": "attack", "airstrike": "attack", "airstrikes": "attack",
    # killing
    "killing": "kill", "killed": "kill", "kills": "kill", "assassination": "kill", "assassinated": "kill",
    "assassinating": "kill", "assassinate": "kill", "murder": "kill", "murdered": "kill", "slain": "kill",
    "slaying": "kill", "death": "kill",
    # dying, as a count
    "deaths": "deaths", "dead": "deaths", "fatalities": "deaths", "lives": "deaths", "casualties": "deaths",
    "victims": "deaths",
    # taking territory or power
    "conquered": "seize", "conquest": "seize", "seized": "seize", "captured": "seize", "overran": "seize",
    "occupied": "seize", "invaded": "invade", "invading": "invade",
    "invasion": "invade", "toppled": "invade", "toppling": "invade", "overthrew": "invade",
    # people and money
    "people": "people", "persons": "people", "individuals": "people", "residents": "people",
    "citizens": "people", "civilians": "people", "spectators": "people", "fans": "people", "supporters": "people",
    "attendees": "people", "inhabitants": "people",
    "revenue": "revenue", "revenues": "revenue", "sales": "revenue", "turnover": "revenue",
    "aid": "assistance", "assistance": "assistance", "funding": "assistance",
    "withdrawal": "withdraw", "withdrawing": "withdraw", "withdrew": "withdraw", "pullout": "withdraw",
    "exit": "withdraw", "departure": "withdraw", "leave": "withdraw",
    "election": "election", "elections": "election", "vote": "election", "polls": "election",
    "turnout": "turnout", "won": "win", "wins": "win", "victory": "win", "beat": "win", "defeated": "win",
    "threatened": "threat", "threatens": "threat", "threats": "threat",
    "inaugurated": "inaugurate", "inauguration": "inaugurate", "inaugural": "inaugurate",
    "signed": "sign", "signing": "sign", "launched": "launch", "launching": "launch", "opened": "open",
    "opening": "open", "founded": "found", "established": "found", "died": "die",
    "released": "release", "releasing": "release", "release": "release", "rolled": "release",
}

EVENT_WORDS = frozenset({"attack", "kill", "seize", "invade", "withdraw", "election", "threat", "win", "inaugurate",
                         "sign", "launch", "open", "found", "die", "release"})
"""Canonical words (values of SYNONYMS) that name what happened: two dates of the same period
described by the same one are likely the same event."""

DELIBERATE_ACTS = frozenset({"release", "sign", "open", "found", "inaugurate"})
"""Of EVENT_WORDS, the acts someone decides on and dates (an update released, a deal signed, a bridge
opened): never the same event as a sudden incident of INCIDENT_WORDS on the same day, whose causes and
consequences (attacks, deaths, a storm and a dam's collapse) often are."""

INCIDENT_WORDS: dict[str, str] = {
    **{word: "incident" for word in """blew blown blowout blowouts blast blasts explosion explosions exploded
       crash crashed crashes collision collided accident accidents mishap collapse collapsed derailment derailed
       malfunction malfunctioned incident incidents""".split()},
    **{word: "outage" for word in "outage outages meltdown blackout blackouts offline".split()},
    **{word: "flood" for word in "flood floods flooding flooded floodwaters deluge".split()},
    **{word: "earthquake" for word in "earthquake earthquakes quake quakes tremor tremors".split()},
    **{word: "storm" for word in "storm storms hurricane cyclone typhoon tornado".split()},
    **{word: "fire" for word in "fire fires blaze wildfire wildfires".split()},
    **{word: "shooting" for word in "shooting shootings gunfire gunman gunmen".split()},
}
"""Context words -> the kind of sudden event they name (accidents and failures, outages, disasters,
shootings): read only to tell whether two dates of one period date one event, not for figures, whose
words must keep "a bomb exploded" apart from "two blasts". Rows: the event nouns and verbs of wire copy
on accidents, infrastructure failures and natural disasters."""

def event_kinds(words) -> frozenset[str]:
    """The kinds of event a claim's content words name: an incident's kind (INCIDENT_WORDS: "blew" ->
    "incident", "outage") or an event word ("election", "attack", "release")."""
    return frozenset(INCIDENT_WORDS[w] for w in words if w in INCIDENT_WORDS) | frozenset(
        w for w in words if w in EVENT_WORDS)


STOPWORDS = frozenset("""
a about above after again against all along also although am an and another any are around as at
be because been before being below between both but by can could did do does doing done down during
each either else even ever every few for from further had has have having he her here hers him his how
however i if in into is it its itself just least less like may me might more most much must my near nearly
neither no nor not now of off on once one only or other our out over own per perhaps rather said same
say says she should since so some still such than that the their them then there these they this those
though through thus to too under until up upon us_ very was we were what when where whether which while
who whom whose why will with within without would yet you your roughly almost approximately some
today currently last next this past ago later earlier year years month months week weeks day days
already then new just s t
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion
dozen dozens hundreds thousands millions billions half third quarter plus
""".split())

_TOKEN_RE = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")


_PHRASES_RE = re.compile("|".join(f"(?P<p{i}>{pattern})" for i, (pattern, _) in enumerate(PHRASES)))
"""All of PHRASES in one pass over lower-cased text: each match becomes its group's canonical word."""
_PHRASE_TRIGGERS = ("u.", "e.", "united", "britain", "european", "service", "islamic", "isil", "daesh", "toll",
                    "body", "cent", "%", "sworn", "office")
"""Every PHRASES pattern contains one of these; a text without any needs no rewriting (most don't)."""


def canonical_text(text: str) -> str:
    """Lower-case text with multi-word names rewritten to one canonical word.

    >>> canonical_text("The U.S. and the United States sent service members")
    'the us and the us sent troops'
    """
    lowered = text.lower()
    if not any(trigger in lowered for trigger in _PHRASE_TRIGGERS):
        return lowered
    return _PHRASES_RE.sub(lambda m: PHRASES[int(m.lastgroup[1:])][1], lowered)


def stem(word: str) -> str:
    """A light plural/possessive stripper: enough to make "militias" meet "militia".

    >>> [stem(w) for w in ["militias", "attacks", "iraq's", "cities", "bus", "us"]]
    ['militia', 'attack', 'iraq', 'city', 'bus', 'us']
    """
    word = re.sub(r"['’]s?$", "", word)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """Canonical content words of `text`, numbers and stopwords dropped, synonyms merged.

    >>> content_words("5,000-plus US troops based in Iraq")
    ['us', 'troops', 'based', 'iraq']
    >>> content_words("the American soldiers in Iraq")
    ['us', 'troops', 'iraq']
    """
    return [word for word in map(_canonical_word, _TOKEN_RE.findall(canonical_text(text))) if word]


@lru_cache(maxsize=65536)
def _canonical_word(token: str) -> str:
    """A token's canonical form, or "" for a stopword (cached: news reuses a small vocabulary)."""
    token = token.strip("'’-")
    mapped = SYNONYMS.get(token)
    if mapped is None:
        mapped = SYNONYMS.get(stem(token), stem(token))
    return "" if mapped in STOPWORDS or len(mapped) < 2 else mapped
