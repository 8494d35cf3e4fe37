"""Article -> claims: every number or date the article states, with what it measures and when.

Rules, not a model: figures and dates come from `numbers` and `dates`; here each is given the
thing it counts (the noun after it, or before it), a subject, a time scope and a section.
What is not a claim, and why:
- a spelled-out number that counts nothing ("the two developed a relationship", "one of them");
  one that counts a noun is a claim even when it refers back ("the two pilots", "the four bolts");
- identifiers: "F-35", "COVID-19", "Article 5", "Flight 370", "MAX 9", "Windows 11", "Trump 2.0";
- clock times ("0:00", "9:30", "1 p.m."), ordinals ("7th"), page numbers;
- a year inside a larger figure, and a figure inside a date.
"""

from __future__ import annotations

import bisect
import re
import time
from dataclasses import dataclass, field, replace

from . import settings
from .dates import dates_what_follows, find_dates, opens_with_since
from .errors import TooSlow
from .identifiers import NAME_THEN_FIGURE_CLASSES, is_clock_time, is_identifier, is_score
from .lexicon import (
    COUNTED_WORDS,
    DISTANCE_AWAY_WORDS,
    ELAPSED_WORDS,
    LASTING_MEASURES,
    OWNERLESS_MEASURES,
    SHARE_OF_ANY_CLASS,
)
from .listings import with_listed_holders
from .measures import counted_class, fits_kind, lemma, measure_of, read_date_measure, read_measure
from .numbers import GLUED_UNITS, Quantity, find_fractions, find_numbers, find_vague, hedge_before, hedge_bounds
from .passes import (
    mark_time_scopes,
    with_derived,
    with_described_holders,
    with_elided_nouns,
    with_named_antecedents,
    with_paragraph_moments,
    with_relative_clause_times,
    with_shared_measures,
)
from .periods import DatePhrase
from .records import OPEN_HIGH, Article, Claim
from .scan import anchored_finditer, hits, register_anchor_words
from .scopes import read_scope
from .segment import Span, asides, sentences
from .subjects import (
    PLACE_AFTER_RE,
    canonical_subject,
    clause_span,
    context_words,
    event_words,
    holder_of,
    money_subject,
    noun_after,
    of_phrase,
    place_before,
    words_after,
    words_before,
)
from .units import COUNT_UNITS, MEASURE_NOUNS, MEASURE_UNITS, TIME_UNITS, is_plural, singular, unit_of

NEGATION_BEFORE_RE = re.compile(r"\b(?:not|n't|never|no|without)\s+(?:\w+\s+){0,2}$", re.I)
SINCE_BEFORE_RE = re.compile(r"\b(?:since|from|after)\s+(?:[A-Za-z][\w’']*\s+){0,3}$", re.I)
NAME_RIGHT_BEFORE_RE = re.compile(r"\b[A-Z][\w’'é-]+\s+$")
"""A name right before a number word: "Plaid Cymru four, Sinn Féin six" list holders' counts."""
GLUED_UNIT_RE = re.compile(rf"(?:{GLUED_UNITS}|m)\b")
"""A unit written against its figure ("400mm of rain", "a 20km road", "7m high": `numbers.GLUED_UNITS`)."""
APPOSITIVE_BEFORE_RE = re.compile(r"(?P<words>(?:[A-Za-z’'-]+\s+){0,2}(?P<noun>[A-Za-z’'-]+s))\s*[—–:(]\s*$")
ELLIPSIS_BEFORE_RE = re.compile(
    r"(?<![\w.,])(?P<number>\d[\d,]*(?:\.\d+)?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    r"[^\d;:()\[\]]{1,70}?(?:,|\b(?:and|or|to|but|while|versus|vs|against)\b)"
    r"(?:\s+[^\W\d_][\w’'-]*){0,3}(?:\s+(?:more|fewer|less|higher|lower|greater|smaller)\s+than(?:\s+the)?)?\s+$",
    re.I)
CHANGE_BEFORE_RE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|increas(?:ed|es|ing)|decreas(?:ed|es|ing)"
    r"|grew|grow(?:s|n|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|gain(?:ed|s|ing)?|declin(?:ed|es|ing)|shr[aiu]nk(?:s|ing)?"
    r"|plung(?:ed|es|ing)|soar(?:ed|s|ing)|slump(?:ed|s|ing)|surg(?:ed|es|ing)|tumbl(?:ed|es|ing)|slid(?:es|ing)?|up|down"
    r"|(?:(?:net\s+)?(?:increase|decrease|rise|fall|drop|gain|loss|decline|jump|growth|reduction|swing))\s+of)"
    r"(?:\s+[a-z]+ly)?(?:\s+(?:by|a\s+further|another))?\s+$", re.I)
"""Words right before a figure that make it a change ("rose 8 percent", "up 6 percent", "an increase of
$300 million"); "rose to 5.2 percent" is a level."""
SEATS_CHANGE_BEFORE_RE = re.compile(r"\b(?:lost|lose[sd]?|losing|picked\s+up|picks?\s+up|picking\s+up|shed|sheds"
                                    r"|flipped|flips?)\s+(?:another\s+|a\s+further\s+)?$", re.I)
"""Words before a count of seats that move a standing tally ("the SNP lost 38 seats", "Labour picked up
36 seats", "flipped 20 seats"): a change, where "won 412 seats" or "took 412 seats" is the tally itself."""
CHANGE_AFTER_RE = re.compile(r"\s*-?(?:(?:drop|fall|decline|rise|increase|jump|gain|plunge|slump|surge|slide"
                             r"|decrease|reduction|cut|loss|tumble|climb)s?\b|(?:being\s+)?(?:knocked|wiped|shaved)"
                             r"\s+off\b)", re.I)
"""Words right after a percentage that make it a change ("a 15% drop in its shares", "a 20 percent
rise", "up to 21% being knocked off the stock price"); after a count or a sum they name what is counted
("a $500 million loss")."""
RATE_AFTER_NOUN_RE = re.compile(r"\s+(?:(?:a|an|per|each|every)\s+(?:day|night|week|month|year|hour|minute)\b"
                                r"|per\s+[a-z]+)", re.I)
"""Words right after a figure's noun that make it a rate ("150 flights a day", "two questions each week",
"1,000 votes per seat"). A bare "each" is left out: "both parties winning four seats each" is each
party's count."""
NOW_RE = re.compile(r"\b(?:today|now|currently|at\s+present|as\s+of\s+now|these\s+days|so\s+far)\b", re.I)
SINGLE_RE = re.compile(r"\ba\s+single\b", re.I)
REFERS_BACK_AFTER_RE = re.compile(r"\s+of\s+(?:them|those|these|whom|which)\b", re.I)
REFERS_BACK_BEFORE_RE = re.compile(r"\b(?:the\s+other|another|the\s+remaining|the\s+last|the\s+first)\s+$", re.I)
ALTERNATIVE_AFTER_RE = re.compile(r"\s*\(?\s*(?:or|to|and|-)\s+\d[\d,.]*\s*\)?")
"""An alternative figure right after a bare one ("165 or 167 seats", "209 (or 210) seats")."""
MOVE_TO_RE = re.compile(r"\s+to\s+")
"""What joins a move in percent to the level it ends at ("fell 11.9% to $268.62")."""
BARE_FIGURE_AFTER_RE = re.compile(r"\b(?:on|at|of|with|to|totall?ing|reaching)\s+(?:some\s+|about\s+|around\s+)?$",
                                  re.I)
ANTECEDENT_REACH = 400
"""How far back (characters) the count that "six of them" refers to may be."""
DURATION_A_RE = re.compile(
    r"(?P<lead>\b(?:just|only|nearly|almost|about|around|roughly|more\s+than|over|less\s+than|under"
    r"|for|some|at\s+least|took|takes|lasted|lasts|spent|spanned|spans)\s+)?\b(?P<a>an?)\s+"
    r"(?P<unit>day|week|month|year|decade|century)\b"
    r"(?=\s+(?:into|of|after|since|long|old)\b)?", re.I)
VAGUE_MONEY_RE = re.compile(
    r"\s+(?:of\s+(?P<currency>dollars|euros|pounds|yen|yuan|rupees)|in\s+(?:\w+\s+){0,2}?(?:contracts|aid|funding"
    r"|revenue|sales|profits?|damages|fines|investments?|assistance|loans|payments|bribes|donations|spending|taxes"
    r"|salaries|compensation|subsidies|bonuses|debts?|losses))\b", re.I)
CURRENCY_OF_WORD = {"dollars": "USD", "euros": "EUR", "pounds": "GBP", "yen": "JPY", "yuan": "CNY", "rupees": "INR"}
DURATION_WORDS = register_anchor_words((*TIME_UNITS, "centuries"))
SINGLE_WORDS = register_anchor_words(("single",))
NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
       "tenth": 10}
NTH_WORDS = register_anchor_words(tuple(NTH))
NTH_SPAN_RE = re.compile(r"\b(?:into|enter(?:s|ed|ing)?)\s+(?:a|its|the|their)\s+(?P<nth>" + "|".join(NTH) + r")\s+"
                         r"(?:straight\s+|consecutive\s+)?(?P<unit>day|week|month|year)\b", re.I)
"""A span counted by its ordinal: "lingered into a fourth day", "entered its second week" (two weeks)."""
SEVERAL_WORDS = register_anchor_words(("several",))
SEVERAL_SPAN_RE = re.compile(r"\bseveral\s+(?P<unit>hour|day|week|month|year|decade)s\b", re.I)
SEVERAL_BOUNDS = (2, 9)
"""What "several days" spans, in its unit: the development sets' convention (README: several 2-9). Only a span
of time: "several people" or "several towns" names no figure another outlet would give."""
RESTATEMENT_BEFORE_RE = re.compile(r",\s+or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+"
                                   r"|more\s+than\s+|over\s+|less\s+than\s+)?$", re.I)
"""Words before a figure that restate the one before it in other terms ("1,058 flights as of 6 p.m. on
Sunday, or 21.4% of its schedule"): a date between the two dates both."""


@dataclass(frozen=True)
class _Dates:
    """The article's date phrases in text order, with their starts for bisection."""

    phrases: list[DatePhrase]
    starts: list[int]
    figures: list[int]
    """Where each figure of the article starts, in text order."""
    nows: list[int]
    """Where each "today", "now", "so far" of the article starts, in text order."""
    restatements: frozenset[int] = frozenset()
    """Where each figure starts that restates the one before it (`RESTATEMENT_BEFORE_RE`)."""
    asides: list[Span] = field(default_factory=list)
    """The article's asides in text order (`segment.asides`): a figure in one stands between no others."""
    aside_starts: list[int] = field(default_factory=list)
    """Where each aside starts, for bisection (as `starts` is for `phrases`)."""

    def nows_between(self, start: int, end: int) -> list[int]:
        return self.nows[bisect.bisect_left(self.nows, start):bisect.bisect_left(self.nows, end)]

    def between(self, start: int, end: int) -> list[DatePhrase]:
        return self.phrases[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def nearest_figure(self, phrase: DatePhrase, figure_start: int, scope: Span) -> bool:
        """Whether this figure is the one next to a date: none stands between them, and none on the date's
        other side in the scope read (a clause, a sentence) is nearer to it. A date scopes the figure next
        to it ("the 419 Tony Blair won in 1997" dates the 419, not the 412 before it; "a 170-seat majority,
        short of Blair's 1997 record of 179" dates the 179); the next sentence's figures are not beside it."""
        at = bisect.bisect_right(self.figures, figure_start) - 1
        if at >= 0 and self.figures[at] != figure_start:
            figure_start = self.figures[at]  # an alternative ("146 or 147") is dated with the figure it qualifies
        low, high = sorted((phrase.start, figure_start))
        inside = self.figures[bisect.bisect_right(self.figures, low):bisect.bisect_left(self.figures, high)]
        if [f for f in inside if f != figure_start and not self._set_apart(f, low, high)]:
            return False
        distance = abs(phrase.start - figure_start)
        if figure_start < phrase.start:
            index = bisect.bisect_right(self.figures, phrase.start)
            other = self.figures[index] if index < len(self.figures) else None
        else:
            index = bisect.bisect_left(self.figures, phrase.start) - 1
            other = self.figures[index] if index >= 0 else None
        if other is not None and not scope.start <= other < scope.end:
            other = None
        return other is None or other == figure_start or abs(other - phrase.start) >= distance or (
            figure_start < phrase.start and other in self.restatements) or (  # "1,058 flights on Sunday, or 21.4%"
            self._dated_beyond(other, phrase, figure_start < phrase.start))

    def _set_apart(self, figure_start: int, low: int, high: int) -> bool:
        """Whether a figure lies in an aside that holds neither end of the stretch from `low` to `high`."""
        index = bisect.bisect_right(self.aside_starts, figure_start) - 1
        if index < 0 or figure_start >= self.asides[index].end:
            return False
        aside = self.asides[index]
        return not (aside.start <= low < aside.end or aside.start <= high < aside.end)

    def _dated_beyond(self, other: int, phrase: DatePhrase, forward: bool) -> bool:
        """Whether the figure on a date's other side has a date of its own on its far side, nearer to it and
        before the next figure ("fell 11.9% on Monday after dropping 11% on Friday": Friday dates the 11%,
        so Monday is the 11.9%'s)."""
        gap = abs(other - phrase.start)
        index = bisect.bisect_right(self.figures, other)
        if forward:
            limit = self.figures[index] if index < len(self.figures) else other + gap
            return any(other < start < min(limit, other + gap) for start in self.starts[
                bisect.bisect_right(self.starts, other):bisect.bisect_left(self.starts, other + gap)])
        previous = self.figures[index - 2] if index >= 2 else other - gap
        return any(max(previous, other - gap) < start < other for start in self.starts[
            bisect.bisect_left(self.starts, other - gap):bisect.bisect_left(self.starts, other)])


def _standalone_figures(text: str, found: list[_Found]) -> list[int]:
    """Where each figure starts, but for an alternative given right after another ("209 (or 210) seats in
    1924", "165 or 167") or the price a move in percent ends at ("fell 11.9% to $268.62 on Monday"), whom a
    date next to it dates too, and for an hour of the clock."""
    starts, previous = [], None
    for item in found:
        if item.quantity is None or is_clock_time(text, item.end):
            continue  # "as of 6 p.m. on Sunday": the hour is part of the date, not a figure between
        if previous is None or not (ALTERNATIVE_AFTER_RE.fullmatch(text, previous.end, item.end) or (
                previous.kind_hint == "percent" and item.quantity.kind_hint == "money"
                and MOVE_TO_RE.fullmatch(text, previous.end, item.start))):
            starts.append(item.start)
        previous = item.quantity
    return starts


@dataclass(frozen=True)
class _Found:
    """A number or date phrase before it is turned into a claim."""

    start: int
    end: int
    quantity: Quantity | None = None
    date: DatePhrase | None = None


def extract(article: Article) -> list[Claim]:
    """Every claim in the article, in text order; claims in excluded regions carry section="excluded"."""
    started = time.monotonic()
    text = article.text
    sentence_spans = sentences(text)
    sentence_starts = [s.start for s in sentence_spans]
    dates = find_dates(text, article.published)
    found = _resolve_overlaps(text, dates, _quantities(text))
    figures = _standalone_figures(text, found)
    set_apart = asides(text)
    indexed = _Dates(dates, [d.start for d in dates], figures, [m.start() for m in NOW_RE.finditer(text)],
                     frozenset(f for f in figures if RESTATEMENT_BEFORE_RE.search(text, max(0, f - 40), f)),
                     set_apart, [a.start for a in set_apart])
    claims: list[Claim] = []
    for position, item in enumerate(found):
        if position % BUDGET_CHECK_EVERY == 0:
            _check_budget(article, started, position, len(found))
        sentence = _sentence_of(sentence_spans, sentence_starts, item.start)
        counted = [c for c in claims[-3:] if c.kind == "count" and c.unit and item.start - c.end < ANTECEDENT_REACH]
        claim = _to_claim(article, item, sentence, indexed, len(claims), counted[-1].unit if counted else "")
        if claim is not None:
            claims.append(claim)
    claims = with_paragraph_moments(with_named_antecedents(with_elided_nouns(with_shared_measures(claims, text))),
                                    text)
    claims = with_relative_clause_times(claims, text)
    claims = with_listed_holders(with_described_holders(
        claims, text, sentence_spans, lambda offset: _sentence_index(sentence_starts, offset)), text)
    def sentence_start(offset: int) -> int:
        return _sentence_of(sentence_spans, sentence_starts, offset).start

    return mark_time_scopes(with_derived(claims, text, sentence_start), text, sentence_start)


BUDGET_CHECK_EVERY = 200
"""Figures read between two looks at the clock (a look costs about as much as a figure's 1/1000th)."""


def _check_budget(article: Article, started: float, done: int, total: int) -> None:
    """TooSlow once an article has taken longer than settings.ARTICLE_SECONDS, saying how far it got."""
    spent = time.monotonic() - started
    if spent > settings.ARTICLE_SECONDS:
        raise TooSlow(f"{article.id}: skipped after {spent:.0f} s (settings.ARTICLE_SECONDS = "
                      f"{settings.ARTICLE_SECONDS:g}), with {done:,} of its {total:,} figures read; a text this dense "
                      "with figures is more likely a table or a data file than an article")


def _quantities(text: str) -> list[Quantity]:
    quantities = [q for q in find_numbers(text)]
    quantities += find_vague(text)
    quantities += find_fractions(text)
    for match in anchored_finditer(DURATION_A_RE, hits(text, DURATION_WORDS), text, before=40, after=2):
        after = text[match.end():match.end() + 12].lower()
        lead = (match.group("lead") or "").strip().lower()
        if not lead and not re.match(r"\s+(?:into|long|old)\b", after):
            continue
        if re.match(r"\s+(?:ago|later|earlier|before)\b", after):
            continue
        qualifier, start = hedge_before(text, match.start("a"))
        unit, factor = TIME_UNITS[match.group("unit").lower()]
        low, high = hedge_bounds(factor, qualifier)
        if re.match(r"\s+into\b", after):
            low, high = factor, factor * 1.5  # "a month into": at least a month, well short of two
        quantities.append(Quantity(start, match.end(), factor, low, high, qualifier, "duration", unit,
                                   spelled=True))
    for match in anchored_finditer(SEVERAL_SPAN_RE, hits(text, SEVERAL_WORDS), text, before=2, after=12):
        unit, factor = TIME_UNITS[match.group("unit").lower()]
        low, high = SEVERAL_BOUNDS
        quantities.append(Quantity(match.start(), match.end(), low * factor, low * factor, high * factor, "vague",
                                   "duration", unit, spelled=True))
    for match in anchored_finditer(NTH_SPAN_RE, hits(text, NTH_WORDS), text, before=16, after=8):
        unit, factor = TIME_UNITS[match.group("unit").lower()]
        value = NTH[match.group("nth").lower()] * factor
        quantities.append(Quantity(match.start(), match.end(), value, value, value, "exact", "duration", unit,
                                   spelled=True))
    for match in anchored_finditer(SINGLE_RE, hits(text, SINGLE_WORDS), text, before=4, after=2):
        negated = NEGATION_BEFORE_RE.search(text[max(0, match.start() - 40):match.start()])
        value = 0.0 if negated else 1.0
        start = match.start() - (len(text[max(0, match.start() - 40):match.start()]) - negated.start()) \
            if negated else match.start()
        quantities.append(Quantity(start, match.end(), value, value, value, "exact", "count", "", spelled=True))
    return quantities


def _resolve_overlaps(text: str, dates: list[DatePhrase], quantities: list[Quantity]) -> list[_Found]:
    """One reading per stretch of text: dates win over the figures inside them, except a bare year
    that is really a count ("2000 troops"); a longer number phrase wins over a shorter one."""
    ends = [d.end for d in dates]
    beaten: set[int] = set()
    items = []
    for q in quantities:
        index = bisect.bisect_right(ends, q.start)
        clash = dates[index] if index < len(dates) and dates[index].start < q.end else None
        if clash is not None and not (clash.granularity == "year" and not clash.relative
                                      and _counts_something(text, q) and q.qualifier != "exact"):
            continue
        if clash is not None:
            beaten.add(index)
        items.append(_Found(q.start, q.end, quantity=q))
    items += [_Found(d.start, d.end, date=d) for index, d in enumerate(dates) if index not in beaten]
    items.sort(key=lambda i: (i.start, -(i.end - i.start)))
    kept: list[_Found] = []
    for item in items:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


def _counts_something(text: str, quantity: Quantity) -> bool:
    noun = noun_after(text, quantity.end)
    return noun is not None and noun[2] in COUNT_UNITS.values()


def _sentence_index(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _sentence_of(spans: list[Span], starts: list[int], offset: int) -> Span:
    return spans[_sentence_index(starts, offset)] if spans else Span(0, 0)


def _to_claim(article: Article, item: _Found, sentence: Span, dates: _Dates, n: int, antecedent: str = ""
              ) -> Claim | None:
    text = article.text
    sentence_text = text[sentence.start:sentence.end]
    common = dict(id=f"{article.id}#{n + 1}", article=article.id, start=item.start, end=item.end,
                  quote=text[item.start:item.end], sentence=sentence_text,
                  section=article.section_at(item.start))
    if item.date is not None:
        return _date_claim(text, item.date, sentence, common)
    return _quantity_claim(article, item.quantity, sentence, dates, common, antecedent)


def _date_claim(text: str, phrase: DatePhrase, sentence: Span, common: dict) -> Claim:
    event = event_words(text, phrase.start, phrase.end, sentence)
    value = phrase.value
    low = phrase.low.isoformat() if phrase.low else None
    high = phrase.high.isoformat() if phrase.high else None
    measure = read_date_measure(common["sentence"], phrase.start - sentence.start, phrase.end - sentence.start)
    return Claim(**common, kind="date", value=value, low=low, high=high, unit="date",
                 qualifier="range" if phrase.granularity == "span" else "exact", subject=event,
                 time_start=low, time_end=high, time_basis=phrase.basis, event=event, measure=measure,
                 counted="date", weekday=phrase.weekday,
                 context=context_words(text, phrase.start, phrase.end, sentence))


def _quantity_claim(article: Article, q: Quantity, sentence: Span, dates: _Dates,
                    common: dict, antecedent: str = "") -> Claim | None:
    """The claim of a figure; `antecedent` is the noun the last count before it counted, which "six of them"
    or "the other nine" count too."""
    text = article.text
    before = text[max(sentence.start, q.start - 40):q.start]
    if is_identifier(text, q, before) and not _listed_holders_count(text, q, sentence) or is_score(before, q):
        return None
    kind, unit = q.kind_hint, q.unit_hint
    value, low, high = q.value, q.low, q.high
    glued = text[q.end:q.end + 1].isalpha() and not GLUED_UNIT_RE.match(text, q.end)
    # "410Conservatives": the next cell's word, not a noun; but "400mm", "20km", "7m high" carry their unit
    noun = noun_after(text, q.end, one_item=value <= 1) if kind in ("count", "duration") and not glued else None
    subject_words: list[str] = []
    if noun is not None:
        noun_end, words, noun_unit, noun_kind, factor = noun
        if noun_kind != "count" or kind == "count":
            kind = noun_kind if kind in ("count", "duration") else kind
        unit = noun_unit or unit
        if unit == "time":  # "won the title 19 times" counts titles
            object_words = words_before(text, q.start, sentence)
            unit = singular(object_words[-1].lower()) if object_words else unit
            words = object_words or words
        open_ended = high >= OPEN_HIGH
        value, low = value * factor, low * factor
        high = max(OPEN_HIGH, value) if open_ended else high * factor
        subject_words = words
        if kind != "count" or noun_unit in MEASURE_UNITS.values():
            common = {**common, "end": noun_end, "quote": text[common["start"]:noun_end]}
            subject_words = of_phrase(text, noun_end, sentence) or words_before(text, q.start, sentence) \
                or words_after(text, noun_end, sentence)
        else:
            subject_words = words + (_place_after(text, noun_end, sentence) or place_before(text, q.start, sentence))
    elif kind == "count" and not unit and antecedent and _refers_back(text, q):
        unit, subject_words = antecedent, [antecedent]
    elif kind == "count" and not unit and (not q.spelled or NAME_RIGHT_BEFORE_RE.search(text, max(0, q.start - 40),
                                                                                        q.start)) \
            and (elliptic := _elliptic_noun(text, q.start, sentence)):
        unit, words = elliptic
        subject_words = words + _place_after(text, q.end, sentence)
    elif kind == "count" and not unit and not q.spelled and (shared := _noun_of_the_next(text, q.end, sentence)):
        unit, subject_words = shared[2], shared[1]
    elif kind == "count" and not unit and not q.spelled and (named := _noun_named_before(text, q.start, sentence)):
        unit, subject_words = named, [named]
    elif kind == "duration":
        unit = unit or "months"
    elif q.spelled and kind == "count" and q.unit_hint == "" and q.qualifier != "vague" \
            and not SINGLE_RE.search(common["quote"]):
        appositive = APPOSITIVE_BEFORE_RE.search(before)
        if not appositive:
            return None  # a number word that counts nothing is not a claim
        subject_words, unit = appositive.group("words").split(), singular(appositive.group("noun").lower())
    if q.spelled and kind == "count" and value == 1 and q.qualifier == "exact" \
            and not SINGLE_RE.search(common["quote"]):
        return None  # "one official", "one of": an article, not a count
    if q.qualifier == "vague" and kind == "count":
        money = VAGUE_MONEY_RE.match(text[q.end:q.end + 40])
        if money:
            kind, unit = "money", CURRENCY_OF_WORD.get((money.group("currency") or "").lower(), "unspecified currency")
    if kind == "count" and not subject_words:
        subject_words = words_before(text, q.start, sentence)
        measured = [MEASURE_NOUNS[w.lower()] for w in subject_words if w.lower() in MEASURE_NOUNS]
        unit = unit or (measured[-1] if measured else "")
    if kind in ("money", "percent", "ratio") and not subject_words:
        subject_words = money_subject(text, q.start, q.end, sentence)
    if kind == "duration" and not subject_words:
        subject_words = of_phrase(text, q.end, sentence) or words_before(text, q.start, sentence)
    subject = canonical_subject(subject_words) or unit
    clause = clause_span(text, q.start, q.end, sentence)
    time_start, time_end, basis = _time_scope(article, q, clause, sentence, dates)
    change = kind in ("count", "money", "percent") and bool(
        CHANGE_BEFORE_RE.search(before) or kind == "percent" and CHANGE_AFTER_RE.match(text, q.end)
        or kind == "count" and SEATS_CHANGE_BEFORE_RE.search(before) and unit_of(unit)[0] == "seats") \
        and not common["quote"].lower().startswith("from")  # "up from 5,000" is an earlier level
    measure = read_measure(common["sentence"], q.start - sentence.start, q.end - sentence.start,
                           noun[0] - sentence.start if noun is not None else None, unit,
                           share=kind in ("percent", "ratio"))
    measure = fits_kind(measure, kind, counted_class(unit, kind, measure))
    figure_start = q.start + _hedge_length(common["quote"])
    if not measure and kind in ("distance", "duration"):
        following = _word_after_unit(text, noun[0] if noun else q.end)
        if kind == "distance" and following in DISTANCE_AWAY_WORDS:
            measure = "distance away"
        elif kind == "duration" and following in ELAPSED_WORDS:
            measure = "elapsed"
        elif kind == "duration" and FOR_BEFORE_RE.search(text, clause.start, q.start):
            measure = _clause_verb_measure(text[clause.start:q.start])
    scope = read_scope(text[clause.start:figure_start], text[q.end:clause.end])
    if not scope and noun is not None and RATE_AFTER_NOUN_RE.match(text, noun[0]):
        scope = "rate"  # "150 flights a day", "40 questions each week": the rate words follow the noun
    return Claim(**common, kind=kind, value=value, low=low, high=high, unit=unit, qualifier=q.qualifier,
                 subject=subject, time_start=time_start, time_end=time_end, time_basis=basis, event="",
                 measure=measure, counted=counted_class(unit, kind, measure), scope=scope,
                 holder="" if measure in OWNERLESS_MEASURES else holder_of(text, q.start, q.end, sentence),
                 weekday=_weekday_of(q, clause, dates), share_of=_share_of(text, q.end) if kind in SHARE_KINDS else "",
                 context=context_words(text, q.start, q.end, sentence, subject), change=change)


SHARE_KINDS = ("percent", "ratio")
SHARE_OF_RE = re.compile(r"\s+of\s")
QUOTE_MARKS_RE = re.compile(r"[“”\"‘’]")


def _share_of(text: str, end: int) -> str:
    """The class of what a share ending at `end` is a share of: the noun of its "of" phrase ("21% of
    companies", "about 60% of its “mission critical” applications", "15% of the market"), "" when no "of"
    follows or its noun names only a whole (lexicon.SHARE_OF_ANY_CLASS: "20% of its schedule")."""
    if not SHARE_OF_RE.match(text, end):
        return ""
    window = QUOTE_MARKS_RE.sub(" ", text[end:end + 90])
    noun = noun_after(window, 0, one_item=True)
    if noun is None or noun[3] != "count" or not noun[2] or lemma(noun[2]) in SHARE_OF_ANY_CLASS:
        return ""
    return counted_class(noun[2], "count", "")


def _word_after_unit(text: str, offset: int) -> str:
    """The first word after a figure's unit, past a parenthesis ("13 kilometres (just over nine miles) from")."""
    found = re.match(r"\s*(?:\([^()]{0,60}\)\s*)?([A-Za-z]+)", text[offset:offset + 90])
    return found.group(1).lower() if found else ""


FOR_BEFORE_RE = re.compile(r"\bfor\s+$", re.I)
"""A span of time after "for" ("grounded the jets for nearly a month") lasts as long as its clause's verb."""
CLAUSE_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")


def _clause_verb_measure(before: str) -> str:
    """The measure of the nearest word before a "for" span in its clause that says a state that lasts (`lexicon.
    LASTING_MEASURES`: "the FAA grounded the MAX 9 aircraft featuring the door plugs for nearly a month" ->
    "grounded"); "" when none does ("on strike for six weeks")."""
    for word in reversed(CLAUSE_WORD_RE.findall(before)):
        found = measure_of(word)
        if found in LASTING_MEASURES:
            return found
    return ""


def _hedge_length(quote: str) -> int:
    """How many characters of a figure's quote are its hedge ("from ", "more than ") before the number."""
    found = re.search(r"[\d$€£¥₹]|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
                      r"thousands|millions|half)\b", quote, re.I)
    return found.start() if found else 0


def _place_after(text: str, end: int, sentence: Span) -> list[str]:
    """The place a figure's noun is said to be in, right after it ("troops stationed in Iraq" ->
    ["in", "Iraq"]), or nothing."""
    place = PLACE_AFTER_RE.match(text[end:min(sentence.end, end + 80)])
    return [place.group("prep"), place.group("obj")] if place else []


def _refers_back(text: str, q: Quantity) -> bool:
    """Whether a figure counts what an earlier one did: "six of them", "two of whom", "the other nine"."""
    return bool(REFERS_BACK_AFTER_RE.match(text, q.end) or REFERS_BACK_BEFORE_RE.search(text[max(0, q.start - 20):
                                                                                              q.start]))


def _noun_of_the_next(text: str, end: int, sentence: Span) -> tuple | None:
    """The noun of the figure right after a bare one, joined by "or", "to" or "and": "165 or 167 seats",
    "209 (or 210) seats", "177 or 178 people" count seats, seats and people."""
    joined = ALTERNATIVE_AFTER_RE.match(text, end, sentence.end)
    if not joined:
        return None
    noun = noun_after(text, joined.end())
    return noun if noun is not None and noun[3] == "count" and noun[2] else None


def _noun_named_before(text: str, start: int, sentence: Span) -> str:
    """The counted noun a bare figure's sentence names before it, with no other figure between, when the
    figure stands after a preposition: "the worst result in terms of seats, with the party on 121" counts
    seats. Only the lexicon's counted nouns."""
    before = text[sentence.start:start]
    if re.search(r"\d", before[-60:]) or not BARE_FIGURE_AFTER_RE.search(before):
        return ""
    for word in reversed(re.findall(r"[A-Za-z]+", before)[-12:]):
        if is_plural(word.lower()) and lemma(word) in COUNTED_WORDS:
            unit, _, kind = unit_of(word.lower())
            return unit or singular(word.lower()) if kind == "count" else ""
    return ""


def _listed_holders_count(text: str, q: Quantity, sentence: Span) -> bool:
    """Whether a figure right after a name is the next item of a list of holders' counts ("Labour won 412
    seats, the Conservatives 121 and the Liberal Democrats 72"), not a name's number ("Flight 1282"): the
    noun it shares with the figure before it counts people, seats or votes."""
    shared = _elliptic_noun(text, q.start, sentence)
    return shared is not None and COUNTED_WORDS.get(lemma(shared[0])) in NAME_THEN_FIGURE_CLASSES


LIST_REACH = 6
"""How many bare figures back a list may share its first figure's noun ("412 seats, the Conservatives 121 and
the Liberal Democrats 72")."""


def _elliptic_noun(text: str, start: int, sentence: Span, reach: int = LIST_REACH) -> tuple[str, list[str]] | None:
    """(unit, noun words) of a bare figure that shares the noun of the figure just before it, or of the
    first of a list of them: "12 people in Texas and 4 in Oklahoma", "61 votes to 38", "30 villages, and
    the army 12", "412 seats, the Conservatives 121 and the Liberal Democrats 72"."""
    before = text[max(sentence.start, start - 90):start]
    match = ELLIPSIS_BEFORE_RE.search(before)
    if not match:
        return None
    number_start = start - len(before) + match.start("number")
    noun = noun_after(text, number_start + len(match.group("number")))
    if noun is None and reach > 1:
        return _elliptic_noun(text, number_start, sentence, reach - 1)  # a bare figure too: its list's noun
    if noun is None or noun[3] != "count" or not noun[2]:
        return None
    return noun[2], noun[1]


def _time_scope(article: Article, q: Quantity, clause: Span, sentence: Span, dates: _Dates
                ) -> tuple[str | None, str | None, str]:
    """When a figure holds: the nearest date in its clause, else in its sentence ("since X" runs to
    publication), that no other figure stands nearer to; "today", "now" or no date at all mean the
    publication date; else unknown."""
    text = article.text
    published = article.published.isoformat() if article.published else None
    for scope in (clause, sentence):
        in_scope = [d for d in dates.between(scope.start, scope.end) if d.low is not None
                    and not dates_what_follows(text[d.start:d.end]) and dates.nearest_figure(d, q.start, scope)]
        now = dates.nows_between(scope.start, scope.end)
        if not in_scope and not now:
            continue
        nearest = min(in_scope, key=lambda d: _gap(q, d.start, d.end), default=None)
        if now and (nearest is None or min(_gap(q, n, n + 3) for n in now) < _gap(q, nearest.start, nearest.end)):
            return published, published, "publication date" if published else "unknown"
        if published and (SINCE_BEFORE_RE.search(text[max(scope.start, nearest.start - 40):nearest.start])
                          or opens_with_since(text[nearest.start:nearest.end])):
            return nearest.low.isoformat(), published, nearest.basis
        return nearest.low.isoformat(), nearest.high.isoformat(), nearest.basis
    if published:
        return published, published, "publication date"
    return None, None, "unknown"


def _weekday_of(q: Quantity, clause: Span, dates: _Dates) -> int | None:
    """The day of the week the date next to a figure in its clause names ("canceled 262 flights on Sunday"),
    known even when the article's date, and so the day itself, is not."""
    named = [d for d in dates.between(clause.start, clause.end) if d.weekday is not None and dates.nearest_figure(
        d, q.start, clause)]
    nearest = min(named, key=lambda d: _gap(q, d.start, d.end), default=None)
    return nearest.weekday if nearest is not None else None


def _gap(q: Quantity, start: int, end: int) -> int:
    """How far a phrase (start, end) lies from a figure: the nearer of its distances to the figure's end
    (a phrase after it) and to the figure's start (a phrase before it)."""
    return min(abs(start - q.end), abs(q.start - end))


def with_tolerances(claims: list[Claim], *, hedge: float, near: float) -> list[Claim]:
    """The claims with the bounds of "about"/"some" and "nearly"/"almost" figures recomputed for other
    tolerances (relative half-width of "about", reach below of "nearly")."""
    result = []
    for claim in claims:
        if claim.qualifier in ("approx", "nearly") and isinstance(claim.value, float | int) \
                and claim.kind not in ("ratio", "date"):
            low, high = hedge_bounds(claim.value, claim.qualifier, hedge=hedge, near=near)
            claim = replace(claim, low=low, high=high)
        result.append(claim)
    return result
