"""What a figure measures and what it counts, read from the words that govern it in its own clause.

"Four miners were killed" and "4 workers died" both measure deaths of people; "171 planes grounded"
and "171 passengers" measure different things of different classes. The measure comes from, in order:
the counted noun when it names one ("5,300 deaths", "141 cancellations"); otherwise the nearest word
of the lexicon (`lexicon.MEASURE_WORDS`, by lemma, or a phrase of `MEASURE_PHRASES`) after the
counted noun ("12 people were killed", passing only `BRIDGE_WORDS`) or before the figure ("killing
12", "the death toll rose to 12"), whichever is nearer, never across another figure or a clause
break. Nothing found is an empty measure: honest, where a guess would join facts that differ.
Each sentence is split into words once, however many figures it holds.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from .lexicon import (
    BRIDGE_WORDS,
    COUNTED_OF_MEASURE,
    COUNTED_WORDS,
    DATE_MEASURE_WORDS,
    DISTANCE_MEASURES,
    LEMMA_OVERRIDES,
    LEVEL_VERBS,
    MEASURE_NOUNS_BEFORE,
    MEASURE_OF_COUNTED,
    MEASURE_PHRASES,
    MEASURE_WORDS,
    MONEY_MEASURES,
    MOVE_WORDS,
    NUMBER_NOUNS,
    PEOPLE_ENDINGS,
    PRICED_NOUNS,
    SETTLEMENT_NOUNS,
    UNFOUND_VERBS,
    WEAK_NOUN_MEASURES,
)
from .units import MEASURE_CLASSES

TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z’'-]*|\d[\d,.]*|[^\sA-Za-z\d]")
"""Words ("U.S." is one), figures and single marks."""
BREAK_TOKENS = frozenset(";:()[]—–|")
"""Tokens no measure is read across: a clause ends there."""
REACH = 6
"""How many words away from the figure a measure word may be."""
DETERMINERS = frozenset({"all", "the", "a", "an", "some", "another", "its", "their", "his", "her"})
LONGEST_PHRASE = max(len(p) for p in MEASURE_PHRASES)


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    lemma: str
    start: int
    end: int

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The lemma a lexicon row is keyed by (simplemma, with `LEMMA_OVERRIDES` first).

    >>> [lemma(w) for w in ["killed", "Cancelled", "won", "passengers", "injured"]]
    ['kill', 'cancel', 'win', 'passenger', 'injured']
    """
    lower = word.lower().replace("’", "'")
    if lower in LEMMA_OVERRIDES:
        return LEMMA_OVERRIDES[lower]
    import simplemma

    return simplemma.lemmatize(lower, lang="en").lower()


@lru_cache(maxsize=4096)
def tokens_of(sentence: str) -> tuple[Token, ...]:
    """The words of a sentence with offsets into it, lemmatised once (cached by the sentence's text)."""
    found = []
    for match in TOKEN_RE.finditer(sentence):
        word = match.group(0)
        found.append(Token(word, word.lower(), lemma(word) if word[0].isalpha() else word, match.start(),
                           match.end()))
    return tuple(found)


PHRASE_STARTS = frozenset(phrase[0] for phrase in MEASURE_PHRASES)


def _phrase_at(tokens: tuple[Token, ...], index: int) -> tuple[str, int] | None:
    """(measure, length) of a lexicon phrase starting at `index`."""
    if index >= len(tokens) or tokens[index].lower not in PHRASE_STARTS:
        return None
    for length in range(LONGEST_PHRASE, 1, -1):
        words = tuple(t.lower for t in tokens[index:index + length])
        if len(words) == length and words in MEASURE_PHRASES:
            return MEASURE_PHRASES[words], length
    return None


def measure_of(word: str) -> str:
    """The measure one word says, if any ("killed" -> "deaths").

    >>> measure_of("killed"), measure_of("and")
    ('deaths', '')
    """
    return MEASURE_WORDS.get(word.lower()) or MEASURE_WORDS.get(lemma(word), "")


def _word_measure(token: Token) -> str:
    return MEASURE_WORDS.get(token.lower) or MEASURE_WORDS.get(token.lemma, "")


def _first_index(tokens: tuple[Token, ...], offset: int) -> int:
    """The first token that ends after `offset` (token ends only grow)."""
    return bisect.bisect_right(tokens, offset, key=_token_end)


def _token_end(token: Token) -> int:
    return token.end


PASSIVE_AUXILIARIES = frozenset({"were", "was", "are", "is", "been", "remain", "remained", "remains"})
"""Words right after a figure (or its noun) that open its own predicate ("40 were injured", "10,000 remain
missing"): the measure after them is the figure's, however near another verb stands before it."""

PREDICATE_OPENERS = PASSIVE_AUXILIARIES | {"have", "has", "had"}
"""Words right after a counted noun that open its own predicate, which says what last happened to the
things counted over a participle before the noun ("700 recovered bodies have been buried" counts burials)."""


def read_measure(sentence: str, start: int, end: int, noun_end: int | None = None, unit: str = "", *,
                 share: bool = False) -> str:
    """The measure of the figure at [start, end) of `sentence`; bodies found are bodies recovered ("12
    bodies were found", "found 12 bodies"), a lower bound on the dead and a fact of their own.

    >>> read_measure("Divers found 12 bodies.", 13, 15, 22), read_measure("12 bodies were found.", 0, 2, 9)
    ('recovered', 'recovered')
    """
    measure = _measure_in(sentence, start, end, noun_end, unit, share=share)
    tokens = tokens_of(sentence)  # cached: the tokens _measure_in read, not a second tokenising of a prefix
    after = _first_index(tokens, noun_end) if noun_end is not None and measure == "found" else 0
    return "recovered" if after and tokens[after - 1].lemma == "body" else measure


def _measure_in(sentence: str, start: int, end: int, noun_end: int | None = None, unit: str = "", *,
                share: bool = False) -> str:
    """The measure of the figure at [start, end) of `sentence` (offsets into it), whose counted noun, if
    any, ends at `noun_end`; `unit` is the noun it counts when that was read from elsewhere ("12 people
    in Texas and 4 in Oklahoma"). For a share (`share`), the words after it say what it is a share of ("won
    14.5% of the vote"), so they win a tie.

    >>> s = "The storm killed 4 people and injured 27 in the north."
    >>> read_measure(s, 17, 18, 25), read_measure(s, 38, 40)
    ('deaths', 'injuries')
    >>> read_measure("Some 600 flights had been cancelled by noon.", 0, 8, 16)
    'cancelled'
    >>> read_measure("The number of casualties in the city of Derna has risen to 11,300.", 59, 65)
    'casualties'
    >>> read_measure("He has 171 passengers and six crew.", 7, 10, 21)
    ''
    >>> read_measure("12 people died and 40 were injured.", 19, 21)
    'injuries'
    """
    tokens = tokens_of(sentence)
    first = _first_index(tokens, start)
    after = _first_index(tokens, noun_end if noun_end is not None else end)
    noun = tokens[after - 1] if noun_end is not None and after > 0 else None
    figure_end = _first_index(tokens, end)
    right_before = _right_before(tokens, first) or _compound_head(tokens, figure_end)
    if right_before:
        return right_before  # "a majority of 176 seats", "a toll of 83 people", "a 170-seat majority"
    pending = _phrase_at(tokens, after) if after < len(tokens) else None
    if pending is not None and pending[0] == "undeclared":
        return "undeclared"  # "150 seats still to declare": not a result, whatever the noun says
    if noun is not None and _word_measure(noun) and noun.lemma not in WEAK_NOUN_MEASURES:
        return _word_measure(noun)  # "launched 150 attacks", "won 412 seats": the noun says more than the verb
    modifiers = [_word_measure(t) for t in tokens[figure_end:after - 1] if _word_measure(t)]
    if modifiers:
        predicate = _scan_forward(tokens, after) if after < len(tokens) and tokens[after].lower in \
            PREDICATE_OPENERS and not _denied(tokens, after) else None
        return predicate[0] if predicate else modifiers[-1]  # "171 grounded planes"; "700 recovered bodies were buried"
    predicate = _predicate_past_modifier(tokens, after) if noun is not None else \
        _predicate_past_base(tokens, figure_end) if share else ""
    if predicate:
        return predicate  # "30 soldiers stationed in the town were killed": what happened to them
    if after + 1 < len(tokens) and tokens[after].lower in ("more", "others", "other", "again"):
        after += 1  # "thousands more are feared missing": "more" stands before the figure's own predicate
    scans = (_scan_backward(tokens, first), _scan_forward(tokens, after))
    if after < len(tokens) and tokens[after].lower in PASSIVE_AUXILIARIES:
        if _denied(tokens, after):
            return _predicate_at(tokens, after)  # "two fishermen were not recovered", "two cars were not damaged"
        if scans[1] is not None:
            return scans[1][0]  # "12 people died and 40 were injured": the figure's own predicate
    found = [m for m in (scans[::-1] if share else scans) if m is not None]
    nearest = min(found, key=lambda m: m[1])[0] if found else ""  # a tie goes to the first found
    if noun is not None and _word_measure(noun) and not nearest:
        return _word_measure(noun)  # "hundreds of bodies": the dead
    if nearest:
        return nearest
    return (measure_of(unit) if unit else "") or _subject_of_level(tokens, first) \
        or (_moved_price(tokens, first, figure_end) if share else "") or _fleet_had(tokens, first, noun) \
        or MEASURE_OF_UNIT_CLASS.get(MEASURE_CLASSES.get(unit, ("",))[0], "")


MEASURE_OF_UNIT_CLASS = {"mass": "weight"}
"""What a figure in a unit of mass measures when its words say nothing else: "the 63-pound door plug" is
a weight, "a 10-ton truck" too. A volume or an area says what it is of ("cubic metres of water"), not
what happened to it, so it stays without a measure."""
FLEET_CLASSES = frozenset({"planes", "vessels", "vehicles"})
"""Counted classes whose things a holder "has" as its fleet ("United has 79 planes", "the navy has 12 ships")."""


def _fleet_had(tokens: tuple[Token, ...], index: int, noun: Token | None) -> str:
    """"fleet" for planes, ships or vehicles right after "has", "had" or "operates": what a holder has."""
    if noun is None or COUNTED_WORDS.get(noun.lemma) not in FLEET_CLASSES:
        return ""
    before = [t for t in tokens[max(0, index - 3):index]
              if t.lower not in ("a", "some", "only", "just", "now", "still")]
    return "fleet" if before and before[-1].lemma in ("have", "operate") else ""


def _predicate_past_modifier(tokens: tuple[Token, ...], index: int) -> str:
    """The measure of the predicate a counted noun's own clause reaches past a modifier: "4 bolts holding
    the door plug ... were missing", "four bolts that were supposed to hold the plug in place were not
    found": after "that", "which", "who" or a participle, the first "were", "was", "are", "is" or "remain"
    followed by a measure word (past "still"; "not found" or "not recovered" is missing, any other denial
    says nothing), within MODIFIER_REACH tokens and no other figure (a number after a name is part of
    the name: "737 MAX 9"). The predicate past the modifier, not the modifier's
    own verb, says what happened to the things counted."""
    if index >= len(tokens):
        return ""
    opener = tokens[index].lower
    if opener not in ("that", "which", "who") and not opener.endswith(("ing", "ed")):
        return ""
    for position in range(index + 1, min(len(tokens), index + MODIFIER_REACH)):
        token = tokens[position]
        if (token.is_number and not tokens[position - 1].text[0].isupper()) or token.text in BREAK_TOKENS \
                or token.text in ";:":
            return ""  # another figure; a number after a name is part of it ("the Boeing 737 MAX 9 door plug")
        if token.lower in PASSIVE_AUXILIARIES and position > index + 1:
            return _predicate_at(tokens, position)
    return ""


BASE_REACH = 5
"""Tokens after a share's "of" searched for the modifier that ends its base ("97% of the Windows servers
affected by the outage")."""


def _predicate_past_base(tokens: tuple[Token, ...], index: int) -> str:
    """The measure of the predicate of a share whose base carries a modifier: "97% of the Windows servers
    affected by the outage are now back online" says how many are back online (restored), not how many
    were affected; the base's own verb only says what it is a share of (`_predicate_past_modifier`)."""
    if index >= len(tokens) or tokens[index].lower != "of":
        return ""
    for position in range(index + 1, min(len(tokens), index + 1 + BASE_REACH)):
        token = tokens[position]
        if token.is_number or token.text in BREAK_TOKENS or token.text in ",;:":
            return ""
        if token.lower in ("that", "which", "who") or token.lower.endswith(("ing", "ed")):
            return _predicate_past_modifier(tokens, position)
    return ""


def _denied(tokens: tuple[Token, ...], position: int) -> bool:
    return any(t.lower in ("not", "never") for t in tokens[position + 1:position + 3])


def _predicate_at(tokens: tuple[Token, ...], position: int) -> str:
    """The measure of the predicate opened by the auxiliary at `position` ("were missing", "were still
    missing", "are now back online"): "not found" or "not recovered" is missing, any other denial says
    nothing."""
    denied = False
    for offset, following in enumerate(tokens[position + 1:position + 4], start=position + 1):
        if following.lower in ("not", "never"):
            denied = True
            continue
        if following.lower in ("still", "reported", "later", "now"):
            continue
        phrase = _phrase_at(tokens, offset)
        measure = phrase[0] if phrase is not None else _word_measure(following) or ""
        if denied:
            return "missing" if measure == "found" or following.lemma in UNFOUND_VERBS else ""
        return measure
    return ""


MODIFIER_REACH = 16
"""Tokens after a counted noun searched for its clause's predicate past a modifier."""


def _compound_head(tokens: tuple[Token, ...], index: int) -> str:
    """The measure of the noun a figure and its unit modify as one compound word ("a 170-seat majority",
    "a 10-point lead", "a 3-goal margin"): the noun says what the figure is, not the unit
    (`lexicon.MEASURE_NOUNS_BEFORE`)."""
    if index + 2 >= len(tokens) or tokens[index].text not in "-–" or not tokens[index + 1].text[0].isalpha():
        return ""
    head = tokens[index + 2]
    return MEASURE_WORDS.get(head.lemma, head.lemma) if head.lemma in MEASURE_NOUNS_BEFORE else ""


def _right_before(tokens: tuple[Token, ...], index: int) -> str:
    """The measure of a noun right before a figure (past "a", "of", "the"), which says more than the noun
    after it: "a majority of 176 seats" is a majority (`lexicon.MEASURE_NOUNS_BEFORE`), "the city of some
    90,000" its population (`lexicon.SETTLEMENT_NOUNS`)."""
    for position in range(index - 1, max(-1, index - 4), -1):
        token = tokens[position]
        if token.lower in ("a", "an", "of", "the", "some"):
            continue
        if token.lemma in MEASURE_NOUNS_BEFORE:
            return MEASURE_WORDS.get(token.lemma, token.lemma)
        if token.lemma in SETTLEMENT_NOUNS and tokens[position + 1].lower == "of":
            return "population"  # "the city of some 90,000": how many live there
        return ""
    return ""


def _subject_of_level(tokens: tuple[Token, ...], index: int) -> str:
    """The measure of a figure that gives its subject a new level: "the number of casualties ... has
    risen to 11,300", "the death toll, which ..., reached 5,200": the nearest measure noun before the verb,
    anywhere earlier in the sentence, or the noun after "the number of"."""
    before = [t for t in tokens[max(0, index - 3):index] if t.text[0].isalpha()]
    if not any(t.lemma in LEVEL_VERBS for t in before):
        return ""
    for position in range(index - 1, -1, -1):
        token = tokens[position]
        if token.is_number or token.text in BREAK_TOKENS:
            return ""
        if token.lemma in NUMBER_NOUNS and position + 2 < len(tokens) and tokens[position + 1].lower == "of":
            following = next((t for t in tokens[position + 2:position + 4] if t.lower not in ("the", "a")), None)
            if following is not None and _word_measure(following):
                return _word_measure(following)
        phrase = _phrase_at(tokens, position)
        if phrase is not None:
            return phrase[0]
        if _word_measure(token) and token.lemma not in LEVEL_VERBS:
            return _word_measure(token)
    return ""


MOVE_REACH = 3
"""Tokens between a move's verb and its figure ("fell another 11.9%", "dropped by nearly 2.5%")."""
MOVER_REACH = 5
"""Tokens between what moved and the verb ("Shares of the insurer fell")."""


def _moved_price(tokens: tuple[Token, ...], first: int, figure_end: int) -> str:
    """"price" for a move in percent of a company's shares or stock: "CrowdStrike shares fell another
    11.9%", "its stock dropped by 2.5%", "a 15% drop in its shares" say how far the share price moved."""
    verb = next((position for position in range(first - 1, max(-1, first - 1 - MOVE_REACH), -1)
                 if _is_move(tokens[position])), None)
    if verb is not None:
        for position in range(verb - 1, max(-1, verb - 1 - MOVER_REACH), -1):
            if tokens[position].text in BREAK_TOKENS or tokens[position].is_number:
                return ""
            if tokens[position].lemma in PRICED_NOUNS:
                return "price"
        return ""
    after = tokens[figure_end:figure_end + 5]
    if len(after) > 2 and _is_move(after[0]) and after[1].lower == "in":
        return "price" if any(t.lemma in PRICED_NOUNS for t in after[2:]) else ""
    return ""


def _is_move(token: Token) -> bool:
    """Whether a word says a figure moved ("fell", "dropped", "a drop"), by its lemma or as written."""
    return token.lemma in MOVE_WORDS or token.lower in MOVE_WORDS


def _scan_forward(tokens: tuple[Token, ...], index: int) -> tuple[str, int] | None:
    content = 0
    for distance, position in enumerate(range(index, min(len(tokens), index + REACH + 2))):
        token = tokens[position]
        if token.text in BREAK_TOKENS or token.text in ",." or token.is_number:
            return None
        phrase = _phrase_at(tokens, position)
        if phrase is not None:
            return phrase[0], distance
        if _word_measure(token):
            return _word_measure(token), distance
        content += token.lower not in BRIDGE_WORDS
        if content > 3:
            return None  # past the noun phrase: "600 United and Alaska airlines flights were canceled" is not
    return None


def _scan_backward(tokens: tuple[Token, ...], index: int) -> tuple[str, int] | None:
    """The nearest measure word before a figure. A figure that restates the one before it ("cancelled 20%
    of its schedule, or 141 flights") reads past that figure; a figure that opens a bracket reads the word
    the bracket explains ("all occupants (2 flight crewmembers, 4 cabin crewmembers and 171 passengers)")."""
    restates = index > 0 and tokens[index - 1].lower == "or"
    skipped = 1 if index > 0 and tokens[index - 1].text == "(" else 0
    index -= skipped
    for distance, position in enumerate(range(index - 1, max(-1, index - 1 - REACH - 4 * restates), -1)):
        token = tokens[position]
        if token.lower in DETERMINERS:
            skipped += 1  # "killed all 62 people": the determiner does not put the verb further away
            continue
        distance -= skipped
        if token.text in BREAK_TOKENS or token.text == "." or (
                not restates and (token.text == "," or token.is_number)):
            return None
        for start in range(max(0, position - LONGEST_PHRASE + 1), position + 1):
            phrase = _phrase_at(tokens, start)
            if phrase is not None and start + phrase[1] - 1 == position:
                return phrase[0], distance
        if _word_measure(token):
            return _word_measure(token), distance
    return None


def fits_kind(measure: str, kind: str, counted: str = "") -> str:
    """The measure if a figure of this kind (counting this class) can have it, else "": only sums have money
    measures, a distance only measures a length or height, and only attacks are "attacks".

    >>> fits_kind("loss", "count"), fits_kind("loss", "money"), fits_kind("operated", "distance")
    ('', 'loss', '')
    >>> fits_kind("height", "count"), fits_kind("height", "distance")
    ('', 'height')
    """
    if kind == "distance":
        return measure if measure in DISTANCE_MEASURES else ""
    if measure == "age" and kind != "duration":
        return ""  # "40 old buses": only a span of time is an age
    if measure in DISTANCE_MEASURES and measure != "rainfall":
        return ""  # "a record high of 5,000": only a length is high, deep or away
    if measure == "attacks" and counted not in ("attacks", "", "people"):
        return ""  # "searched 40 homes in the raid": the raid is where, not what is counted
    if kind in ("count", "duration") and measure in MONEY_MEASURES:
        return ""
    return MEASURE_OF_COUNTED.get((measure, counted), measure)  # "grounded 900 flights": cancelled


DATE_PHRASE_BREAKS = BREAK_TOKENS | {","}
"""Tokens past which a word no longer says what a date dates: "blew out last week, officials said" dates the
blowout, "officials said last week" the saying."""
PERIOD_END_WORDS = frozenset({"the", "end", "of", "close", "late", "early", "mid", "middle", "next", "this"})
"""Words that may stand between "until" or "through" and the date whose period they end ("until the end of
January", "through next Tuesday")."""


def read_date_measure(sentence: str, start: int, end: int) -> str:
    """What a date dates, when the words right next to it say: "statement" ("said Sunday", "announced
    Friday", "in a statement Wednesday"), "report", "until" (the end of a period: "until the end of
    January"; a phrase that says it itself, "through Saturday", is left as it is: measured, keeping
    those apart lost alaska relations), or "" (an event, or not known).

    >>> read_date_measure("NTSB Chair Jennifer Homendy said Sunday night.", 33, 45)
    'statement'
    >>> read_date_measure("The Jan. 5 blowout left a hole.", 4, 10)
    ''
    >>> read_date_measure("United grounded its planes until the end of January.", 41, 51)
    'until'
    >>> read_date_measure("The flood swept through the city on Sunday.", 33, 42)
    ''
    """
    tokens = tokens_of(sentence)
    first, last = _first_index(tokens, start), _first_index(tokens, end)
    before = list(tokens[max(0, first - 3):first])
    while any(t.text in DATE_PHRASE_BREAKS for t in before):
        before = before[1:]
    after = list(takewhile(lambda t: t.text not in DATE_PHRASE_BREAKS, tokens[last:last + 3]))
    for position, token in enumerate([*before, *after]):
        found = DATE_MEASURE_WORDS.get(token.lower) or DATE_MEASURE_WORDS.get(token.lemma)
        if found == "until" and not (position < len(before) and all(
                t.lower in PERIOD_END_WORDS for t in before[position + 1:])):
            continue  # "swept through the city on Sunday": a place is crossed, no period ends
        if found:
            return found
    return ""


def counted_class(unit: str, kind: str, measure: str) -> str:
    """The class of thing a figure counts: "people" for passengers, troops or an elided noun of a people
    measure ("12 were injured"), "planes", "flights", "money" for sums, and so on.

    >>> counted_class("passenger", "count", "aboard"), counted_class("", "count", "injuries")
    ('people', 'people')
    >>> counted_class("jet", "count", "grounded"), counted_class("USD", "money", "payment")
    ('planes', 'money')
    """
    if kind == "money":
        return "money"
    if kind in ("percent", "ratio"):
        return "share"
    if kind != "count":
        return kind
    if unit:
        found = COUNTED_WORDS.get(unit) or COUNTED_WORDS.get(lemma(unit))
        if found:
            return found
        return "people" if lemma(unit).endswith(PEOPLE_ENDINGS) and len(unit) > 4 else unit
    return COUNTED_OF_MEASURE.get(measure, "")
