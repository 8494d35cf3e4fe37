"""The words around a figure: the noun it counts, its subject ("US troops in Iraq"), the clause it
sits in and the canonical context words it is matched on. Pure functions over text and offsets."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import COUNTED_WORDS, HELD_CLASSES, HOLDER_NOUNS
from .measures import lemma, measure_of
from .normalize import content_words
from .numbers import NUMBER_WORDS
from .segment import Span
from .units import COUNT_UNITS, MEASURE_UNITS, dimensioned, is_plural, singular, unit_of

FUNCTION_WORDS = frozenset("""
a an the of in on at to from by for with against since during across over into onto under about as and or
but than that which who whom whose is are was were be been being have has had do does did will would can could
may might must shall should remain remained remains stay stayed stays based stationed deployed left each
per more less fewer most least this these those its their his her our your my it they them he she we you i
not no if when while where after before until so such also still just only even then there here what
although though because unless whereas despite
""".split())

PLACE_BEFORE_RE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Aa]cross|[Ii]nside)\s+(?:the\s+)?((?:U\.S\.|[A-Z][\w’'-]*)"
                             r"(?:\s+[A-Z][\w’'-]*)*)")

NAME_ENDS_RE = re.compile(r"\b[A-Z][\w’'-]*\s+$")
"""A capitalised word right before "in": the place that follows says where that one lies."""
OTHER_EVENT_BREAK = (r",\s+(?:just\s+)?(?:the|a|one|two|three|four|five|six|several)\s+"
                     r"(?:days?|weeks?|months?|hours?)\s+(?:after|before)\s")
"""A phrase that dates one event from another ("grounded the jets on Saturday, the day after a panel blew
off"): what follows it is the other event, no part of the clause before."""
OTHER_EVENT_BREAK_RE = re.compile(OTHER_EVENT_BREAK)
CLAUSE_BREAK_RE = re.compile(r";|:|\s[-–—]\s|—|,\s+(?:and|but|while|whereas)\s|" + OTHER_EVENT_BREAK)

WORD_RE = re.compile(r"[A-Za-z][A-Za-z.'’-]*|\d[\w-]*|\S")
POSSESSIVE_RE = re.compile(r"[A-Za-z][’']s?$")
WHOLE_AFTER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")

PLACE_AFTER_RE = re.compile(
    r"^(?:\s+(?:(?:have|has|had)\s+been|were|was|are|is))?"
    r"(?:\s+(?:\w+ed|remain|remains|stationed|deployed|based|now|still|currently)){0,2}\s+"
    r"(?P<prep>in|on|at|against|across|from|to|into|inside|near|outside)\s+(?:the\s+)?"
    r"(?:(?:[a-z]+\s+){0,2}(?:town|city|village|province|region|district|state|county|port|capital|suburb"
    r"|island|neighbou?rhood)\s+of\s+)?"  # "in the eastern town of Bayda"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b)"  # a time, not a place
    r"(?P<obj>(?:U\.S\.|[A-Z][\w’'-]*)(?:\s+(?:U\.S\.|[A-Z][\w’'-]*|forces|troops|bases|targets|personnel))*"
    r"|(?:\w+\s+){0,1}(?:forces|troops|bases|targets|personnel|civilians)\b)")


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _starts_with_letter(word: str) -> bool:
    """Whether a token is a word, not a number or a sign (a set lookup: this runs for every word of every
    figure's clause)."""
    return bool(word) and word[0] in _ASCII_LETTERS

def place_before(text: str, start: int, sentence: Span) -> list[str]:
    """A place named earlier in the clause ("In Gaza, 30 people were killed" -> ["in", "Gaza"]); not one that
    says where another place lies ("en route for Ontario in California, … with 171 passengers": the
    passengers are not in California)."""
    clause = clause_span(text, start, start, sentence)
    region = text[clause.start:start]
    found = [m.group(1) for m in PLACE_BEFORE_RE.finditer(region) if not NAME_ENDS_RE.search(region, 0, m.start())]
    return ["in", found[-1]] if found else []

def of_phrase(text: str, end: int, sentence: Span) -> list[str]:
    """The words of "... of X" or "... into X" after a measure: "two decades of political disaster"."""
    lead = re.match(r"\s+(?:of|into|in)\s+(?:the\s+|a\s+|an\s+)?", text[end:sentence.end])
    if not lead:
        return []
    words = []
    for token in WORD_RE.finditer(text, end + lead.end(), sentence.end):
        word = token.group(0)
        if not _starts_with_letter(word) or word.lower() in FUNCTION_WORDS or len(words) == 5:
            break
        words.append(word if re.fullmatch(r"(?:[A-Z]\.)+", word) else word.rstrip("."))
        if word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            break
    return words

def noun_after(text: str, end: int, *, one_item: bool = False) -> tuple[int, list[str], str, str, float] | None:
    """The noun a number counts: (end offset, words, unit, kind, factor), or None.

    Skips "of the" and up to four modifiers: "dozens of these militia attacks" -> attacks. A
    possessive modifies, it is not the noun ("the mayor's deputies"); in a partitive the noun is the
    whole's ("212 of the parliament's 400 seats" counts seats).
    """
    window = text[end:end + 90]
    compound = re.match(r"-(year|month|week|day|hour|mile|km|foot|metre|meter|inch|pound|kilogram|kg|ton|tonne"
                        r"|gallon|litre|liter|seat|vote|goal|member|storey|bed|page)s?-?(?:old|long)?\b", window, re.I)
    if compound:
        word = compound.group(1).lower()
        unit, factor, kind = unit_of(word)
        return end + compound.end(), [], unit, kind, factor
    match = re.match(r"\s*(?:of\s+)?(?:(?:the|these|those|their|its|his|her|our|all)\s+)?"
                     r"(?:(?:more|fewer|less|additional|extra|further|other|new)\s+)?", window, re.I)
    offset = match.end() if match else 0
    words: list[str] = []
    partitive = bool(match) and match.group(0).lstrip().lower().startswith("of")
    for token in WORD_RE.finditer(window, offset):
        word = token.group(0)
        lower = word.lower().strip(".")
        if partitive and word.isdigit():
            whole = WHOLE_AFTER_RE.match(window, token.start())
            found = noun_after(text, end + whole.end()) if whole else None
            return found if found is not None and found[3] == "count" else None
        if re.fullmatch(r"\d[\w-]*", word) and (words and words[-1][0].isupper() or re.match(
                r"\s+[A-Z]", window[token.end():])):
            continue  # a model number inside a name: "171 Boeing 737 Max 9 planes", "65 737 Max 9 aircraft"
        if not _starts_with_letter(word) or (lower in FUNCTION_WORDS and lower not in ("us", "u.s")):
            break
        words.append(word)
        if POSSESSIVE_RE.search(word):
            continue
        unit, factor, kind = unit_of(lower)
        if kind == "distance" and len(words) > 1 and dimensioned(words[-2], unit):
            unit, kind = dimensioned(words[-2], unit), "count"  # "cubic metres", "square miles"
        if word[0].isupper() and kind == "count" and not unit and (
                next_is_noun(window, token.end()) or re.match(r"\s+\d", window[token.end():])):
            continue  # a name that modifies the noun: "8.5 million Windows devices", "Boeing 737 jets"
        last = one_item and not next_is_noun(window, token.end())
        if kind != "count" or unit in COUNT_UNITS.values() or unit in MEASURE_UNITS.values() or is_plural(lower) \
                or is_plural(word) or last:
            if kind == "count" and not unit:
                unit = singular(lower)
            token_end = token.end() - (len(word) - len(word.rstrip(".")) if "." not in word.rstrip(".") else 0)
            return end + token_end, words, unit, kind, factor
        if len(words) >= 4:
            break
    return None

def next_is_noun(window: str, offset: int) -> bool:
    """Whether another content word follows directly ("a single missile launcher": not yet the noun)."""
    following = re.match(r"\s+([A-Za-z][A-Za-z’'-]*)", window[offset:])
    return bool(following) and following.group(1).lower() not in FUNCTION_WORDS

def words_before(text: str, start: int, sentence: Span) -> list[str]:
    """The nearest nouns before a figure in its clause ("institutions - thirteen", "death toll rose to 12"):
    the clause cut at ";", ":", dashes and ", while", ", but" (`clause_span`), so that "the healthcare sector lost $1.9
    billion, while airlines lost $860 million" gives the second sum "airlines lost", not the first's words."""
    words = [w for w in WORD_RE.findall(text[clause_span(text, start, start, sentence).start:start])
             if _starts_with_letter(w)]
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    return content[-4:]

def words_after(text: str, end: int, sentence: Span) -> list[str]:
    """The first content words after a phrase in its sentence ("For 20 years, the US has invested ...")."""
    words = [w for w in WORD_RE.findall(text[end:sentence.end]) if _starts_with_letter(w)]
    return [w for w in words if w.lower() not in FUNCTION_WORDS][:4]

def money_subject(text: str, start: int, end: int, sentence: Span) -> list[str]:
    """What a sum or share is of: the words before it in its clause, and what follows "in", "on",
    "of" or "for" when that is a noun phrase, not a date ("$430 million in military assistance")."""
    words = words_before(text, start, sentence)
    after = re.match(r"\s+(?:in|of|for|on|worth\s+of)\s+(?:the\s+)?([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,4}?)"
                     r"(?=[,.;]|\s+(?:to|for|from|in|by|that|which|and\s+the|last|this|next)\b|\s+and\s+[$€£¥\d]|$)",
                     text[end:sentence.end])
    if after:
        words = words + [w for w in after.group(1).split() if w.lower() not in FUNCTION_WORDS]
    bracket = re.match(r"\s*\(([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})\)", text[end:sentence.end])
    if bracket:  # "ranging from $6 million (manufacturing) to $143 million (airlines)": what each sum is for
        words = [w for w in bracket.group(1).split() if w.lower() not in FUNCTION_WORDS]
    return words

def canonical_subject(words: list[str]) -> str:
    """A short subject: "U.S. troops in Iraq" -> "US troops in Iraq"."""
    phrase = " ".join(words)
    phrase = re.sub(r"\bU\.\s?S\.(?=\s|$)", "US", phrase)
    phrase = re.sub(r"\bU\.\s?K\.(?=\s|$)", "UK", phrase)
    return re.sub(r"\s+", " ", phrase).strip(" ,.;:-—")

def event_words(text: str, start: int, end: int, sentence: Span) -> str:
    """What happened at a date, in the words of its clause, shortened: the date's own words left out."""
    clause = clause_text(text, start, end, sentence)
    words = clause.replace(text[start:end], " ").split()
    return " ".join(words[:16]).strip(" ,.;:-—")

def clause_text(text: str, start: int, end: int, sentence: Span) -> str:
    left = max(sentence.start, *(text.rfind(mark, sentence.start, start) + 1 for mark in ";:—("))
    right_candidates = [text.find(mark, end, sentence.end) for mark in ";:—)"]
    right = min([r for r in right_candidates if r != -1] or [sentence.end])
    return text[left:right]

CONTEXT_REACH = 300
"""Characters of its clause read either side of a phrase for its context: every clause of the seeds and
development sets fits, and a figure in a long list reads its neighbourhood, not the whole list."""


def context_words(text: str, start: int, end: int, sentence: Span, subject: str = "") -> str:
    """Canonical words of the clause around a phrase, the phrase itself masked; a clause of fewer than
    six content words borrows from its sentence (within 120 characters either side)."""
    clause = clause_span(text, start, end, sentence)
    words = content_words(text[max(clause.start, start - CONTEXT_REACH):start] + " " +
                          text[end:min(clause.end, end + CONTEXT_REACH)])
    if len(words) < 6:
        left, right = _sides_of_one_event(text, start, end, sentence)
        words = content_words(text[max(left, start - 120):start] + " " + text[end:min(right, end + 120)])
    return " ".join(content_words(subject) + words)

def _sides_of_one_event(text: str, start: int, end: int, sentence: Span) -> tuple[int, int]:
    """The sentence around a phrase, without the part an OTHER_EVENT_BREAK gives to another event."""
    left, right = sentence.start, sentence.end
    for match in OTHER_EVENT_BREAK_RE.finditer(text, sentence.start, sentence.end):
        if match.start() >= end:
            right = min(right, match.start())
        elif match.end() <= start:
            left = max(left, match.end())
    return left, right


@lru_cache(maxsize=4096)
def clause_span(text: str, start: int, end: int, sentence: Span) -> Span:
    """The clause around a phrase: the sentence cut at ";", ":", dashes and ", and"/", but"."""
    left, right = sentence.start, sentence.end
    for match in CLAUSE_BREAK_RE.finditer(text, sentence.start, sentence.end):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return Span(left, right)

NAME_RE = re.compile(r"(?<![\w’'])(?:[A-Z][\w’'&.-]*|[A-Z]{2,})"
                     r"(?:\s+(?:of\s+|&\s+|and\s+(?=[A-Z]))?(?:[A-Z][\w’'&.-]*))*")
NAME_AFTER_FIGURE_RE = re.compile(r"[A-Z][a-z]|[A-Z]{2,}\b")
"""A name after a figure starts with a capital and a small letter or is an acronym ("Labour", "US"), never a
unit written in capitals ("km", "MW" are not names; "MW" is caught as a unit before this is asked)."""
NOT_HOLDERS = frozenset("""
the a an in on at but and it he she they we this that these those after before since with as by for from of to
according officials police authorities some many more most all both each his her their its our such then there
here while when where why how what which who if although though also however meanwhile overall earlier later
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december today yesterday tomorrow mr mrs ms dr sir whereas being considered
despite given unlike like among including following under over about around nearly almost just only even
once now still yet so thus last next this millions thousands hundreds dozens tens scores during amid
shares stocks stock prices price sales revenue revenues profits profit earnings all-in altogether in-all
""".split()) | frozenset(NUMBER_WORDS)
"""Capitalised words that are no one's name: sentence openers, weekdays, months, titles, numbers ("Two dams")."""


def holder_of(text: str, start: int, end: int, sentence: Span) -> str:
    """Whose figure it is, when a name says: the nearest name before the figure in its part of the
    clause ("Labour won 412 seats", "Delta canceled 600 flights", "the Conservatives on 121"), else the
    name after "for", "by" or "of" right after it ("412 seats for Labour"). "" when none.

    >>> s = "Labour won 412 seats, the Conservatives 121 and the Liberal Democrats 72."
    >>> [holder_of(s, s.index(n), s.index(n) + len(n), Span(0, len(s))) for n in ("412", "121", "72")]
    ['Labour', 'Conservatives', 'Liberal Democrats']
    """
    clause = clause_span(text, start, end, sentence)
    modifier = _name_before_counted_noun(text[end:clause.end]) or _label_before(text, start, sentence)
    if modifier:
        return modifier
    segment_start = max(clause.start, text.rfind(",", clause.start, start) + 1, _last_list_and(text, clause.start,
                                                                                                start) + 1)
    for offset in (segment_start, clause.start):
        region = text[offset:start]
        names = [n for n in (_name(m.group(0)) for m in NAME_RE.finditer(region) if _may_hold(region, m)) if n
                 and not _counts(n)]
        if names:
            return names[-1]
    after = re.match(r"(?:\s+[a-z][\w’'-]*){0,3}\s+(?:for|by|of|at)\s+(?:the\s+)?(" + NAME_RE.pattern + ")",
                     text[end:clause.end])
    if after:
        return _name(after.group(1))
    return _subject_before_dash_pair(text, clause, sentence) or _subject_after_fronted_with(text, start, end, sentence)


LABEL_BEFORE_RE = re.compile(r"(?:^|(?<=[\s,;(]))(" + NAME_RE.pattern + r")\s*:\s*$")
"""A name and a colon right before a figure: a row of a results list ("Labour: 410", "Other: 19")."""


def _label_before(text: str, start: int, sentence: Span) -> str:
    """The holder a results list names for a figure: "Labour: 410 seats, Conservatives: 131" -> "Labour"
    for 410; "" unless a name and a colon stand right before the figure."""
    found = LABEL_BEFORE_RE.search(text, max(sentence.start, start - 60), start)
    name = _name(found.group(1)) if found else ""
    return name if name and not _counts(name) else ""


APPOSITIVE_BEFORE_RE = re.compile(r"(?:^|[.;:]\s+|\b[Tt]he\s+)(" + NAME_RE.pattern
                                  + r")\s+[–—-]\s+[^–—]{1,120}?\s+[–—-]\s*$")
"""A clause's subject named before a dash pair that describes it: "Reform UK – the new name of the Brexit
Party – won five seats"."""


def _subject_before_dash_pair(text: str, clause: Span, sentence: Span) -> str:
    """The holder of a figure whose clause opens right after a dash pair that follows a name: that name
    ("Reform UK – the new name of the Brexit Party – won five seats" -> "Reform UK")."""
    found = APPOSITIVE_BEFORE_RE.search(text[sentence.start:clause.start])
    name = _name(found.group(1)) if found else ""
    return name if name and not _counts(name) else ""


NAME_AND_RE = re.compile(r"[A-Z][\w’'.-]*\sand\s[A-Z]")
"""An "and" between two capitalised words: part of one name ("the Green Party of England and Wales",
"Procter and Gamble"), not a join of two parts of a clause."""


def _last_list_and(text: str, start: int, end: int) -> int:
    """Where the last "and" between `start` and `end` that is no part of a name starts, -1 when none."""
    at = text.rfind(" and ", start, end)
    while at >= 0:
        word_start = text.rfind(" ", start, at) + 1
        if not NAME_AND_RE.match(text, max(start, word_start), at + 6):
            return at
        at = text.rfind(" and ", start, at)
    return -1


FRONTED_WITH_RE = re.compile(r"\W*With\s+(?:(?:just|only|almost|nearly|about|some|more\s+than|over)\s+)?$")
"""A sentence that opens on "With" and the figure: "With 71 seats, the Lib Dems have won their highest
tally", "With just 144 MPs, the party faces…"."""


def _subject_after_fronted_with(text: str, start: int, end: int, sentence: Span) -> str:
    """The holder of a figure in a sentence's opening "With …" phrase: the name that opens the main clause
    right after the phrase's comma ("With 71 seats, the Lib Dems have won" -> "Lib Dems"); "" when the
    main clause opens on anything else ("With two results yet to be declared, the outcome is…")."""
    if not FRONTED_WITH_RE.fullmatch(text, sentence.start, start):
        return ""
    comma = text.find(",", end, sentence.end)
    opening = re.match(r",\s+(?:the\s+)?(" + NAME_RE.pattern + r")(?=[\s,.;:!?’'])", text[comma:sentence.end]) \
        if comma >= 0 else None  # a name the text ends on may be cut off mid-word ("the Li")
    name = _name(opening.group(1)) if opening else ""
    return name if name and not _counts(name) else ""


DESCRIBED_HOLDER_RE = re.compile(r"\W*(?:(?:however|but|meanwhile|overall|so|now|still|also|and|yet)\W+)*the\s+(?:"
                                 + "|".join(sorted(HOLDER_NOUNS)) + r")\b(?![’'-])", re.IGNORECASE)
"""A clause that opens on a holder's kind ("The party won 121 seats", "However, the airline cancelled 600"),
with no comma or verb of saying before the figure (REPORTED_CLAUSE_RE): its figure is the holder's that
the text has just named."""
DATELINE_RE = re.compile(r"[A-Z][A-Z .,'-]+(?:\([^)]{1,40}\))?\s*[—–-]")
"""A wire dateline opening a sentence ("ATLANTA (AP) —", "LONDON -"): a place, not the sentence's subject."""


SAYING_VERBS = "said|says|say|told|tells|reported|reports|announced|estimated|estimates|added|warned"
"""Verbs of saying, for the patterns that tell a source from a holder (REPORTED_CLAUSE_RE, SAYS_AFTER_RE)."""
REPORTED_CLAUSE_RE = re.compile(rf"[,;]|\b(?:{SAYING_VERBS}|noted|claimed|claims|argued|argues|alleged|alleges)\b",
                                re.I)
"""Between "the airline" and a figure, a comma or a verb of saying: the figure may be another's ("The
airline said the outage crashed 8.5 million computers")."""


def names_holder_by_kind(text: str, start: int, end: int, sentence: Span) -> bool:
    """Whether a figure's clause opens on "the party", "the airline" and the like, with no name before the
    figure (see DESCRIBED_HOLDER_RE)."""
    clause = clause_span(text, start, end, sentence)
    opening = DESCRIBED_HOLDER_RE.match(text, clause.start, start)
    return bool(opening) and not REPORTED_CLAUSE_RE.search(text, opening.end(), start)


def sentence_subject(text: str, sentence: Span) -> str:
    """The first name of a sentence that can hold a figure (not a place, a source or a leader after the
    holder, see `_may_hold`): most often its grammatical subject ("Labour has taken a huge chunk out of
    the SNP" -> "Labour"). "" when the sentence opens on a holder's kind itself or names none."""
    if DESCRIBED_HOLDER_RE.match(text, sentence.start, sentence.end):
        return ""
    region = text[sentence.start:sentence.end]
    dateline = DATELINE_RE.match(region)
    for match in NAME_RE.finditer(region, dateline.end() if dateline else 0):
        name = _name(match.group(0))
        if name and not _counts(name) and _may_hold(region, match):
            return name
    return ""


def _name_before_counted_noun(after: str) -> str:
    """A name between a figure and the noun it counts: "121 Conservative MPs", "411 Labour MPs", "600 Delta
    flights", "40 US troops" are that name's. Only before a noun of people or of things a holder has
    (HELD_CLASSES): "8.5 million Windows devices" is no one's figure but a kind of device."""
    found = re.match(r"\s+(" + NAME_RE.pattern + r")(?:\s+([a-z][\w-]*))?", after)
    if not found or not NAME_AFTER_FIGURE_RE.match(found.group(1)):
        return ""
    words = found.group(1).rstrip(".,;:").split()
    noun = found.group(2) or ""
    if len(words) > 1 and _held(words[-1]):  # the capitalised noun is part of the match: "Labour MPs"
        words, noun = words[:-1], words[-1]
    name = _name(" ".join(words))
    return name if name and not _counts(name) and _held(noun) else ""


def _held(noun: str) -> bool:
    return bool(noun) and COUNTED_WORDS.get(lemma(noun.lower())) in HELD_CLASSES


NOT_HOLDER_BEFORE_RE = re.compile(r"\b(?:in|at|from|to|into|across|near|outside|inside|out\s+of|according\s+to|told"
                                  r"|tells|per|via|on|excluding|except|besides|including|without|under"
                                  r"|(?:en\s+route|bound|headed|destined)\s+for"
                                  r"|(?:led|headed|run|chaired|owned|founded|backed)\s+by"
                                  r"|(?:(?:caused|triggered|sparked|prompted)\s+by|due\s+to|because\s+of|owing\s+to)"
                                  r"(?:\s+(?:an?|the))?(?:\s+[a-z][\w-]*)?)\s+(?:the\s+)?$", re.I)
"""Words before a name that make it a place, a source or the leader of the holder named before it, not whose
figure it is ("in California", "out of Portland", "en route for Ontario", "told FOX Business",
"according to FlightAware", "The Conservative Party under Rishi Sunak", "Reform UK led by Nigel Farage"), or
the cause of what is counted ("outages caused by a botched CrowdStrike update", "losses due to the Boeing
grounding")."""
ABBREVIATION_BEFORE_RE = re.compile(r"\s*[A-Z][\w.’'-]*\s*\(\s*$")
"""A name and the bracket that opens its abbreviation or ticker ("excluding Microsoft (MSFT)"): the
abbreviation stands where the name stands, so the words before the name decide."""
REGION_OF_PLACE_RE = re.compile(r"([A-Z][\w.’'-]*),\s+$")
"""A place and, between commas, the region it lies in: "out of Portland, Oregon, en route": a place as well."""
SAYS_AFTER_RE = re.compile(rf"(?:\s+\w+){{0,2}}?\s+(?:{SAYING_VERBS}"
                           r"|stated|confirmed|put|puts|showed|shows|show|found|finds|counted|counts"
                           r"|tallied|tracked|tracks|estimating|saying|reporting|putting"
                           r"|showing|counting)\b", re.I)
"""Words after a name that make it the source of a figure ("the Libyan Red Crescent said"), not its holder."""


def _may_hold(region: str, match: re.Match) -> bool:
    """Whether a name found before a figure can be whose figure it is: not a place or a source ("in
    California", "from Portland, Oregon,", "the Red Crescent said"), not a product with its number ("737 Max 9")."""
    before = ABBREVIATION_BEFORE_RE.sub(" ", region[:match.start()])
    if NOT_HOLDER_BEFORE_RE.search(before) or SAYS_AFTER_RE.match(region[match.end():]):
        return False
    place = REGION_OF_PLACE_RE.search(before)
    if place and region[match.end():].startswith(",") and NOT_HOLDER_BEFORE_RE.search(before[:place.start()]):
        return False
    if POSSESSIVE_RE.search(match.group(0)) and LEADERS_HOLDER_RE.match(region, match.end()):
        return False
    return not re.match(r"\s*\d", region[match.end():])


LEADERS_HOLDER_RE = re.compile(r"\s+(?:" + "|".join(sorted(HOLDER_NOUNS)) + r")\b", re.I)
"""A holder's kind after a possessive name: "John Swinney's party", "Musk's company" name the leader or
owner of an unnamed holder, not the holder."""


def _counts(name: str) -> bool:
    """Whether a capitalised word is a counted noun or a measure word, not a name ("MPs", "Officials",
    "Shares fell nearly 15%", "Turnout was 60%")."""
    return " " not in name and (lemma(name) in COUNTED_WORDS or bool(measure_of(name.lower())))


def _describes(word: str) -> bool:
    """A capitalised word that describes rather than names: a verb's -ing form opening a sentence
    ("Losing $5.4 billion", "Canceling 600 flights"; "Boeing" is no verb) or a "-based" adjective ("The
    Atlanta-based airline")."""
    lower = word.lower().strip(".,’'")
    return lower.endswith("-based") or (lower.endswith("ing") and lemma(lower) != lower)


def _name(words: str) -> str:
    """A name without the capitalised words that name no one ("The", "On Monday", a sentence's opening
    "Whereas" or "Considered": `NOT_HOLDERS`), without a possessive, and without the owner a possessive
    inside it names ("Nigel Farage’s Reform" is Reform)."""
    kept = [w for w in words.split() if re.sub(r"[’']s?$", "", w.lower().strip(".")) not in NOT_HOLDERS
            and not _describes(w)]  # "That’s the second lowest since 1885": no one's figure
    owners = [i for i, w in enumerate(kept[:-1]) if re.search(r"[’']s$", w)]
    if owners:
        kept = kept[owners[-1] + 1:]  # "Nigel Farage’s Reform", "Musk's Tesla": what is owned holds the figure
    while kept and kept[0].lower() in ("of", "and", "&"):
        kept = kept[1:]
    name = " ".join(kept)
    return re.sub(r"[’']s?$", "", name).strip(" .,")
