"""Number phrases -> value, bounds and qualifier.

Pure functions over strings. The rules for bounds, in one place so the page can show them:

- exact ("2,500"): [v, v]; "about", "some", "roughly", "around", "approximately", "an estimated",
  "perhaps": [v - t*v, v + t*v] with t = settings.HEDGE_TOLERANCE (10%).
- "nearly", "almost", "close to", "just under": [v - n*v, v] with n = settings.NEAR_TOLERANCE (15%).
- "over", "more than", "above", "in excess of": (v, open); "at least", "no fewer than": [v, open].
- "-plus" / "+" after a number ("5,000-plus"): [v, v + one unit of its leading digit - 1] (5,000-5,999).
- "up to", "at most", "no more than", "as many as": [0, v]; "less than", "fewer than", "under": [0, v).
- ranges ("between 3 and 5", "3-5", "3 to 5"): [3, 5], value the midpoint.
- vague plurals say only an order of magnitude: "dozens" [24, 99], "hundreds" [200, 999],
  "thousands" [2,000, 9,999], "tens of thousands" [20,000, 99,999], "millions" [2e6, 999e6],
  "several hundred" [200, 999] ("several" alone has no agreed bounds and is no claim);
  the value is the least the words commit to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import settings
from .records import OPEN_HIGH
from .scan import anchored_finditer, hits, register_anchor_words

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                "b": 1_000_000_000, "tn": 1_000_000_000_000}
FRACTIONS = {"half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
             "quarters": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10}
VAGUE = {
    # phrase: (low, high); the value is the low end, the least the words commit to
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2e6, 999e6), "tens of millions": (2e7, 99e6), "hundreds of millions": (2e8, 999e6),
    "billions": (2e9, 999e9), "a handful": (3, 6), "a dozen": (12, 12), "a couple of": (2, 2),
    "several hundred": (200, 999), "several thousand": (2_000, 9_999), "several million": (2e6, 9_999_999),
}
CURRENCIES = {"$": "USD", "us$": "USD", "usd ": "USD", "eur ": "EUR", "gbp ": "GBP", "a$": "AUD", "c$": "CAD",
              "nz$": "NZD", "hk$": "HKD",
              "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                  "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY", "rupees": "INR",
                  "rubles": "RUB", "roubles": "RUB", "francs": "CHF"}

GLUED_UNITS = "mm|cm|km|kg|kgs|ft|mi|lb|lbs|mph|kph"
"""Units a figure may be written against ("400mm", "20km", "5kg"): the figure ends before them, and the noun
reader takes them as its unit (a glued "m" is read as metres only before a length word, see `_metres`)."""

_WORD_ALT = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
_NUMBER_WORDS = rf"(?:{_WORD_ALT})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD_ALT}))*"

NUMBER_RE = re.compile(
    rf"""
    (?P<cur>(?:US|A|C|NZ|HK)?\$|[€£¥₹₩₽]|\b(?:USD|EUR|GBP)\s)?\s?  # a currency sign or code before the figure
    (?:
      (?P<digits>(?<![\w.,/:])(?<![A-Za-z]-)(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)   # 5,000 or 2.5
      (?P<short>(?:k|m|mn|mln|bn|b|tn)(?![a-z]))?       # 2.5m, 5bn
      (?!(?!(?:{GLUED_UNITS})\b)[\w/:]|\.\d|,\d)  # not 5G, 1/2, 0:00, 1,2; "400mm" ends at its glued unit
      |(?P<glued>(?<![\w.,/:])\d{{1,3}}(?:,\d{{3}})*)(?=[A-Z][a-z]{{2}})  # "Labour: 410Conservatives": run together
      |
      (?P<words>\b(?:a\s+(?=hundred|thousand|million|billion|trillion))?{_NUMBER_WORDS}\b)
    )
    (?P<scale>[\s-]+(?:hundred|thousand|million|billion|trillion)\b)?  # 430 million
    (?P<plus>-plus\b|\+)?                                 # 5,000-plus
    """,
    re.VERBOSE | re.IGNORECASE,
)

NUMBER_WORDS = register_anchor_words((*UNITS, *TENS, *SCALES))
"""With digits, what NUMBER_RE is anchored on."""
VAGUE_WORDS = register_anchor_words(("dozens", "scores", "hundreds", "thousands", "millions", "billions", "handful",
                                    "several",
                                    "dozen", "couple"))
FRACTION_WORDS = register_anchor_words(FRACTIONS)

VAGUE_RE = re.compile(
    r"""\b(?:
        (?:tens|hundreds)\s+of\s+(?:thousands|millions)
      | several\s+(?:hundred|thousand|million)
      | dozens | scores(?=\s+of\b) | hundreds | thousands | millions | billions
      | a\s+handful | a\s+dozen | a\s+couple\s+of
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)

FRACTION_RE = re.compile(
    r"""(?<![\w-])(?:(?P<count>a|one|two|three|four|nine)[\s-]+)?
        (?P<frac>half|halves|thirds?|quarters?|fifths?|tenths?)\b""",
    re.VERBOSE | re.IGNORECASE,
)

HALF_A_SCALE_RE = re.compile(r"\s+an?\s+(thousand|million|billion|trillion)\b", re.IGNORECASE)
RATIO_RE = re.compile(
    r"\b(?P<num>one|two|three|four|five|six|seven|eight|nine|\d{1,3})\s+(?:in|out\s+of)\s+"
    r"(?P<den>two|three|four|five|six|seven|eight|nine|ten|hundred|\d{1,4})\b",
    re.IGNORECASE,
)

# Hedges read backwards from the number: each pattern is anchored at the end of the text before it.
HEDGE_BEFORE = [
    (re.compile(r"\b(?:between|from)\s+$", re.I), "range_start"),
    (re.compile(r"\b(?:more\s+than|over|above|in\s+excess\s+of|upwards\s+of|north\s+of)\s+$", re.I),
     "more_than"),
    (re.compile(r"\b(?:at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|not\s+less\s+than)\s+$",
                re.I), "at_least"),
    (re.compile(r"\b(?:up\s+to|at\s+most|no\s+more\s+than|as\s+many\s+as|as\s+much\s+as|a\s+maximum\s+of"
                r"|not\s+more\s+than)\s+$", re.I), "at_most"),
    (re.compile(r"\b(?:less\s+than|fewer\s+than|under|below|just\s+under)\s+$", re.I), "less_than"),
    (re.compile(r"\b(?:nearly|almost|close\s+to|just\s+shy\s+of|approaching)\s+$", re.I), "nearly"),
    (re.compile(r"\b(?:about|around|roughly|approximately|some|an\s+estimated|estimated|perhaps"
                r"|an?\s+approximate|circa|ca\.|approx\.|maybe|possibly|upward\s+of|or\s+so)\s+$", re.I),
     "approx"),
]
RANGE_AFTER = re.compile(r"\s*(?:-|–|—|to|and)\s*$", re.I)
ANY_HEDGE_BEFORE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in HEDGE_BEFORE), re.I)
"""Whether any hedge ends the window: most figures have none, and one search tells it instead of seven
(a text of nothing but figures spent a third of its time in those seven)."""


@dataclass(frozen=True)
class Quantity:
    """A number phrase found in text, with the bounds its wording implies.

    `start`/`end` cover the hedge and the number; `kind_hint` and `unit_hint` are what the phrase
    itself says (a currency sign, "percent"); the counted noun is found later by the extractor.
    """

    start: int
    end: int
    value: float
    low: float
    high: float
    qualifier: str
    kind_hint: str = "count"
    unit_hint: str = ""
    spelled: bool = False
    """Spelled out in words ("four"): such a number is a claim only when it counts something."""


def parse_number_words(words: str) -> float | None:
    """Value of an English number written in words, or None.

    >>> parse_number_words("two thousand five hundred")
    2500
    >>> parse_number_words("twenty-five")
    25
    >>> parse_number_words("a hundred")
    100
    >>> parse_number_words("one hundred and five")
    105
    >>> parse_number_words("fourteen")
    14
    >>> parse_number_words("hundred hundred") is None
    True
    """
    tokens = [t for t in re.split(r"[\s-]+", words.lower().strip()) if t and t != "and"]
    if tokens and tokens[0] == "a":
        tokens[0] = "one"
    total, current, seen = 0, 0, False
    last_scale = None
    for token in tokens:
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "hundred":
            if last_scale == "hundred" and current % 100 == 0:
                return None
            current = (current or 1) * 100
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
        else:
            return None
        last_scale = token if token in SCALES else None
        seen = True
    return total + current if seen else None


def parse_digits(digits: str) -> float:
    """Value of a figure with thousands separators.

    >>> parse_digits("5,000")
    5000.0
    >>> parse_digits("2.5")
    2.5
    """
    return float(digits.replace(",", ""))


def plus_bounds(value: float) -> tuple[float, float]:
    """Bounds of "N-plus": from N up to one unit of its leading digit more, exclusive.

    >>> plus_bounds(5000)
    (5000, 5999)
    >>> plus_bounds(20)
    (20, 29)
    >>> plus_bounds(7)
    (7, 7.99)
    """
    if value < 10:
        return value, value + 0.99
    place = 10 ** (len(str(int(value))) - 1)
    return value, value + place - 1


def hedge_bounds(value: float, qualifier: str, *, hedge: float | None = None, near: float | None = None
                 ) -> tuple[float, float]:
    """Bounds implied by a hedge word, per the module docstring; `hedge` and `near` replace the
    tolerances of settings (the page lets the user set them).

    >>> hedge_bounds(2500, "approx")
    (2250.0, 2750.0)
    >>> hedge_bounds(150, "nearly")
    (127.5, 150)
    >>> hedge_bounds(500, "more_than")
    (500, 1000000000.0)
    >>> hedge_bounds(10, "less_than")
    (0, 10)
    """
    if qualifier == "approx":
        spread = abs(value) * (settings.HEDGE_TOLERANCE if hedge is None else hedge)
        return value - spread, value + spread
    if qualifier == "nearly":
        return value - abs(value) * (settings.NEAR_TOLERANCE if near is None else near), value
    if qualifier in ("more_than", "at_least"):
        return value, max(OPEN_HIGH, value)
    if qualifier in ("less_than", "at_most"):
        return 0, value
    return value, value


def hedge_before(text: str, start: int) -> tuple[str, int]:
    """The hedge that ends right before `start`, as (qualifier, start of the hedge), or ("exact", start).

    >>> hedge_before("there were some 2,500", 16)
    ('approx', 11)
    >>> hedge_before("the loss of over 500", 17)
    ('more_than', 12)
    """
    window = text[max(0, start - 30):start]
    if not window[-1:].isspace() or not ANY_HEDGE_BEFORE.search(window):  # every hedge ends in a space
        return "exact", start
    for pattern, qualifier in HEDGE_BEFORE:
        found = pattern.search(window)
        if found:
            return qualifier, start - (len(window) - found.start())
    return "exact", start


LENGTH_AFTER_M_RE = re.compile(r"\s*(?:high|tall|deep|long|wide|away|above|below|in\s+(?:height|diameter|length))\b",
                               re.I)
"""Words after a figure glued to "m" that make the "m" metres, not millions ("a 10m wave", "10m high")."""


def _metres(text: str, match: re.Match) -> bool:
    """Whether the "m" glued to a figure without a currency is metres ("the wave was 7m high")."""
    return match.group("short") is not None and match.group("short").lower() == "m" and not match.group("cur") \
        and bool(LENGTH_AFTER_M_RE.match(text, match.end("short")))


def _scale_of(match: re.Match) -> float:
    if match.group("scale"):
        return SCALES[re.sub(r"[\s-]", "", match.group("scale")).lower()]
    if match.group("short"):
        return SHORT_SCALES[match.group("short").lower()]
    return 1


def _percent_after(text: str, end: int) -> int | None:
    found = re.match(r"\s?(?:%|per\s?cent\b|percentage\s+points?\b|pct\b)", text[end:end + 25], re.I)
    return end + found.end() if found else None


def _currency_word_after(text: str, end: int) -> tuple[str, int, float] | None:
    """(currency, end of its word, the word's size in that currency) of a currency word after a figure:
    "160 million dollars", "95 cents" (0.01 USD each), "40 pence"."""
    found = re.match(r"\s+(?:(?:US|U\.S\.|American|Canadian|Australian)\s+)?(dollars?|euros?|pounds\s+sterling"
                     r"|yen|yuan|rupees|rubles|roubles|francs|cents?|pence)\b", text[end:end + 40], re.I)
    if not found:
        return None
    word = found.group(1).lower()
    if word in ("cent", "cents", "pence"):
        return ("GBP" if word == "pence" else "USD"), end + found.end(), 0.01
    return CURRENCY_WORDS.get(word, "USD"), end + found.end(), 1.0


def find_numbers(text: str) -> list[Quantity]:
    """Every figure and number word in `text`, with hedges, ranges, scales, currency and percent.

    >>> [(q.value, q.low, q.high, q.qualifier) for q in find_numbers("some 2,500 troops")]
    [(2500.0, 2250.0, 2750.0, 'approx')]
    >>> [(q.value, q.kind_hint, q.unit_hint) for q in find_numbers("$430 million in aid")]
    [(430000000.0, 'money', 'USD')]
    >>> [(q.value, q.low, q.high) for q in find_numbers("between 3 and 5 people")]
    [(4.0, 3.0, 5.0)]
    """
    found: list[Quantity] = []
    matches = list(anchored_finditer(NUMBER_RE, hits(text, NUMBER_WORDS, digits=True), text, before=4, after=64))
    skip_next = False
    for index, match in enumerate(matches):
        if skip_next:
            skip_next = False
            continue
        quantity = _quantity_from_match(text, match)
        if quantity is None:
            continue
        following = matches[index + 1] if index + 1 < len(matches) else None
        if following is not None and RANGE_AFTER.fullmatch(text[match.end():following.start()]) \
                and not _is_year(match) and quantity.qualifier in ("exact", "range_start"):
            upper = _quantity_from_match(text, following)
            if upper is not None and (not quantity.spelled or upper.spelled):
                low = quantity.value
                scale = _scale_of(following)
                if _scale_of(match) == 1 and scale > 1 and low * scale < upper.value * 1.0001:
                    low *= scale  # "3 to 5 million": the scale belongs to both
                if low < upper.value:
                    quantity = Quantity(quantity.start, upper.end, (low + upper.value) / 2, low, upper.value,
                                        "range", upper.kind_hint, upper.unit_hint, quantity.spelled)
                    skip_next = True
        if quantity.qualifier == "range_start":
            quantity = Quantity(quantity.start, quantity.end, quantity.value, quantity.value,
                                quantity.value, "exact", quantity.kind_hint, quantity.unit_hint,
                                quantity.spelled)
        found.append(quantity)
    return found


def _is_year(match: re.Match) -> bool:
    digits = match.group("digits")
    return bool(digits) and len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


def _quantity_from_match(text: str, match: re.Match) -> Quantity | None:
    digits, words = match.group("digits") or match.group("glued"), match.group("words")
    if digits:
        value = parse_digits(digits)
    else:
        value = parse_number_words(words)
        if value is None:
            return None
    metres = _metres(text, match)
    value *= 1 if metres else _scale_of(match)
    start = match.start("words") if words else match.start("digits" if match.group("digits") else "glued")
    end = match.start("short") if metres else match.end()  # the "m" is then read as the unit
    if match.group("cur"):
        start = match.start("cur")
    kind, unit = "count", ""
    currency = match.group("cur")
    if currency:
        kind, unit = "money", CURRENCIES.get(currency.lower(), "USD")
    else:
        after_currency = _currency_word_after(text, end)
        if after_currency:
            kind, unit, end = "money", after_currency[0], after_currency[1]
            value = value / 100 if after_currency[2] == 0.01 else value
    percent_end = _percent_after(text, end)
    if percent_end is not None and kind == "count":
        kind, end = "percent", percent_end
        unit = "percentage points" if "point" in text[match.end():percent_end].lower() else "percent"
    qualifier, hedge_start = hedge_before(text, start)
    if match.group("plus"):
        low, high = plus_bounds(value)
        qualifier = "at_least"
    else:
        low, high = hedge_bounds(value, qualifier)
    return Quantity(hedge_start, end, value, low, high, qualifier, kind, unit, spelled=bool(words))


def find_vague(text: str) -> list[Quantity]:
    """Vague quantities ("dozens of", "tens of thousands") with their order-of-magnitude bounds.

    >>> [(q.value, q.low, q.high) for q in find_vague("tens of thousands-strong")]
    [(20000, 20000, 99999)]
    """
    found = []
    for match in anchored_finditer(VAGUE_RE, hits(text, VAGUE_WORDS), text, before=24, after=24):
        phrase = re.sub(r"\s+", " ", match.group(0).lower())
        low, high = VAGUE[phrase]
        qualifier = "approx" if phrase == "a dozen" else "exact" if phrase == "a couple of" else "vague"
        found.append(Quantity(match.start(), match.end(), low, low, high, qualifier, spelled=True))
    return found


def find_fractions(text: str) -> list[Quantity]:
    """Fractions of something ("a third of", "by roughly half", "two-thirds", "one in five").

    Only fractions that are read as a share: followed by "of"/"the", or after "by"/"in"/a hedge,
    so "the second half" or "a third term" are left alone.

    >>> [(q.value, q.qualifier) for q in find_fractions("cut by roughly half")]
    [(0.5, 'approx')]
    >>> [round(q.value, 3) for q in find_fractions("took a third of the country")]
    [0.333]
    >>> find_fractions("a third term"), find_fractions("rose in the spring quarter.")
    ([], [])
    """
    found = []
    for match in anchored_finditer(FRACTION_RE, hits(text, FRACTION_WORDS), text, before=12, after=4):
        before = text[max(0, match.start() - 20):match.start()].lower()
        after = text[match.end():match.end() + 12].lower()
        count_word = (match.group("count") or "a").lower()
        share_context = re.match(r"\s+(?:of|the|a|an|its|their|his|her)\b", after) or \
            (match.group("count") and re.match(r"[.,;:)]|\s*$", after)) or \
            re.search(r"\b(?:by|in|to|cut|halved|about|roughly|nearly|almost|around|some)\s+$", before)
        if not share_context or re.search(r"\b(?:first|second|last|latter|other|the)\s+$", before):
            continue
        if count_word == "a" and match.group("frac").lower().endswith("s"):
            continue
        multiple = 1 if count_word in ("a", "one") else UNITS[count_word]
        value = multiple * FRACTIONS[match.group("frac").lower()]
        qualifier, hedge_start = hedge_before(text, match.start())
        scaled = HALF_A_SCALE_RE.match(text, match.end())
        if scaled:  # "half a million": a number, not a share; "half a billion dollars" a sum
            number = value * SCALES[scaled.group(1).lower()]
            low, high = hedge_bounds(number, qualifier)
            currency = _currency_word_after(text, scaled.end())
            kind, unit, end = ("money", currency[0], currency[1]) if currency and currency[2] == 1.0 \
                else ("count", "", scaled.end())
            found.append(Quantity(hedge_start, end, number, low, high, qualifier, kind, unit, spelled=True))
            continue
        if qualifier == "approx":
            low, high = value * 0.9, value * 1.1
        else:
            low, high = hedge_bounds(value, qualifier)
        found.append(Quantity(hedge_start, match.end(), value, low, high, qualifier, "ratio", "share",
                              spelled=True))
    for match in anchored_finditer(RATIO_RE, hits(text, NUMBER_WORDS, digits=True), text, before=2, after=40):
        num, den = (parse_number_words(g) if not g.isdigit() else float(g)
                    for g in (match.group("num"), match.group("den")))
        if num and den and num < den:
            qualifier, hedge_start = hedge_before(text, match.start())
            low, high = hedge_bounds(num / den, qualifier)
            found.append(Quantity(hedge_start, match.end(), num / den, low, high, qualifier, "ratio", "share",
                                  spelled=True))
    return found
