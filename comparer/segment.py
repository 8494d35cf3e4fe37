"""Sentences, paragraphs and excluded regions of an article's text, all as character offsets.

Excluded regions are page furniture that is not the article's own prose: lists of other
headlines ("Related Articles"), reader comments after the article, newsletter prompts, media
player controls ("0:00", "Close", "×"), navigation ("top of page"), author boxes and footers.
They are marked, never cut, so offsets stay valid; claims found there are flagged, not lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import settings
from .records import Region

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj",
    "adm", "cmdr", "st", "jr", "sr", "inc", "corp", "ltd", "co", "no", "vs", "etc", "e.g", "i.e",
    "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "d.c", "mt", "ft", "fig", "approx", "est", "dept", "univ", "rev", "hon",
    "pres", "gov't", "sq", "km", "vol", "pp", "cf", "al", "ave", "blvd",
}

_BOUNDARY_RE = re.compile(r"""(?<![.!?])[.!?]++["'”’)\]]*+(?=\s+["'“‘(\[]?[A-Z0-9])|\n""")
"""A run of closing marks, taken whole (possessive, and never entered halfway): a run of 40,000 dots is
one failed attempt, not 40,000 attempts that each rescan the rest of the run."""
_CUT_BEFORE_RE = re.compile(r"[;,]\s|\s")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def sentences(text: str) -> list[Span]:
    """Sentence spans, never split after abbreviations ("U.S.", "Mr.", "Gen.", "a.m."), initials or decimals.

    >>> t = "Mr. Smith met Gen. Jones at 9 a.m. Monday. The U.S. sent 2.5 million. J. R. Doe left."
    >>> [t[s.start:s.end] for s in sentences(t)]
    ['Mr. Smith met Gen. Jones at 9 a.m. Monday.', 'The U.S. sent 2.5 million.', 'J. R. Doe left.']
    """
    spans, start = [], 0
    for match in _BOUNDARY_RE.finditer(text):
        end = match.end()
        if match.group(0) != "\n" and _ends_with_abbreviation(text, match.start()):
            continue
        spans += _bounded(text, start, end)
        start = end
    spans += _bounded(text, start, len(text))
    return spans


def _bounded(text: str, start: int, end: int) -> list[Span]:
    """The sentence from start to end, cut into pieces of at most settings.MAX_SENTENCE_CHARS at the last
    "; ", ", " or space before the bound: every rule that reads a figure's sentence then does bounded
    work, so an article costs time in proportion to its length whatever its punctuation."""
    pieces = []
    while end - start > settings.MAX_SENTENCE_CHARS:
        window = text[start:start + settings.MAX_SENTENCE_CHARS]
        cuts = [m.end() for m in _CUT_BEFORE_RE.finditer(window, settings.MAX_SENTENCE_CHARS // 2)]
        separators = [c for c in cuts if window[c - 2] in ";,"]
        cut = start + ((separators or cuts or [len(window)])[-1])
        if text[start:cut].strip():
            pieces.append(_trimmed(text, start, cut))
        start = cut
    if text[start:end].strip():
        pieces.append(_trimmed(text, start, end))
    return pieces


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([A-Za-z][A-Za-z.']*)$", text[max(0, dot - 12):dot])
    if not word:
        return False
    token = word.group(1).lower()
    if token in ABBREVIATIONS or token.rstrip(".") in ABBREVIATIONS:
        return True
    if len(token) == 1 and word.group(1).isupper():
        return True  # an initial: "J. R. Doe"
    return "." in token and len(token) <= 6  # "U.S", "a.m", "D.C"


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


@lru_cache(maxsize=8)
def lines(text: str) -> tuple[Span, ...]:
    """Every line (without its newline) as a span, empty ones included. Remembered for the last few
    texts: loading one article asks for its lines five times (header, dating, regions, outlet)."""
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append(Span(start, match.start()))
        start = match.end()
    spans.append(Span(start, len(text)))
    return tuple(spans)


ASIDE_RE = re.compile(r"\([^()\n]{1,200}\)|(?P<dash>—|\s[–-]\s)[^—–\n.;!?]{1,200}?(?P=dash)")
"""An aside: words in parentheses, or between two dashes of one kind in one sentence."""


def asides(text: str) -> list[Span]:
    """The spans, in text order, of the asides a writer set off from a sentence: "airlines canceled 3,400
    flights — and delayed 12,895 more — on Friday" dates both figures, as the sentence outside the aside
    reads on past it. Bounded lengths keep the scan linear."""
    return [Span(m.start(), m.end()) for m in ASIDE_RE.finditer(text)]


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines: in plain-text articles one line is one paragraph."""
    return [_trimmed(text, s.start, s.end) for s in lines(text) if text[s.start:s.end].strip()]


RELATED_HEADER_RE = re.compile(
    r"^\s*(?:related(?:\s+(?:articles?|stories|posts|news|content|coverage))?|read\s+more|more\s+from\b.*"
    r"|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)|trending(?:\s+now)?"
    r"|more\s+stories|latest\s+news|top\s+stories|also\s+read|see\s+also|further\s+reading)\s*:?\s*$",
    re.IGNORECASE,
)
COMMENTS_HEADER_RE = re.compile(r"^\s*(?:\d+\s+)?(?:comments?|reader\s+comments|responses|discussion"
                                r"|join\s+the\s+(?:conversation|discussion)|leave\s+a\s+(?:comment|reply))"
                                r"\s*(?:\(\d+\))?\s*:?\s*$", re.IGNORECASE)
CONTROL_RE = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2})?|close|×|x|✕|play|pause|mute|unmute|share"
    r"|advertisement|ad|skip\s+ad|loading\.*|watch|listen|fullscreen|volume|replay|next|previous|cookies?"
    r"|accept(?:\s+all)?(?:\s+cookies)?)\s*$",
    re.IGNORECASE,
)
NEWSLETTER_RE = re.compile(r"^\s*(?:newsletters?|sign\s+up.*|subscribe.*|get\s+our\s+newsletter.*"
                           r"|enter\s+your\s+e-?mail.*)\s*$", re.IGNORECASE)
NAVIGATION_RE = re.compile(r"^\s*(?:top\s+of\s+page|bottom\s+of\s+page|skip\s+to\s+(?:main\s+)?content|menu"
                           r"|home|search|log\s*in|sign\s+in|back\s+to\s+top|print|email|share\s+this)\s*$",
                           re.IGNORECASE)
AUTHOR_BOX_RE = re.compile(r"^\s*(?:about\s+the\s+authors?\b|image\s*:|photo\s*:|credit\s*:|image\s+credit)",
                           re.IGNORECASE)
AUTHOR_BIO_RE = re.compile(
    r"^\s*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+(?:is|was)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,4}(?i:scholar|fellow|professor|correspondent|reporter|editor|writer|journalist"
    r"|columnist|analyst|director|author|contributor|researcher|lecturer)\b")
"""A closing line about the writer ("Jane Roe is the Taube Senior Fellow at ..."): greyed as the
author's biography, and where the metadata reads the author's name."""
FOOTER_RE = re.compile(r"(?:the\s+views\s+expressed|all\s+rights\s+reserved|©|copyright\s+\d{4}"
                       r"|\bis\s+powered\s+by\b|terms\s+of\s+(?:use|service)|privacy\s+policy)", re.IGNORECASE)
FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|my|me)\b")
READING_TIME_RE = re.compile(r"^\s*\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?\s+(?:read|to\s+read|time\s+to\s+read"
                             r"|read\s+time)\s*$", re.IGNORECASE)
COUNTER_RE = re.compile(r"^.{0,60}\b\d[\d,.]*[kKmM]?\s+(?:views|reads|shares|comments|likes)\s*$")
TICKER_HEADING_RE = re.compile(r"^\s*(?:ticker|symbol)\s+(?:security|name|company)\b.*\bchange\b", re.IGNORECASE)
PRICE_RE = re.compile(r"(?<![\w.])[-+]?\$?\d[\d ,]*\.\d+")
SIGNED_CHANGE_RE = re.compile(r"(?:^|[\s(])[-+−]\d[\d,]*(?:\.\d+)?\s?%?|\(\s*[-+]?\d+(?:\.\d+)?\s?%\s*\)")
HEADLINE_LINE_RE = re.compile(r"^[A-Z0-9‘'“\"].{10,140}[^.!?:;,]$")
"""A line shaped like a headline: capitalised, short, no closing full stop."""


def excluded_regions(text: str, start: int = 0) -> tuple[Region, ...]:
    """Page furniture found in `text` (from `start`, after any metadata block), each with the reason it
    is not article prose.

    >>> t = "Body text about 5 things.\\nRelated Articles\\nHeadline one\\nHeadline 2 with 7 words"
    >>> [(t[r.start:r.end], r.reason) for r in excluded_regions(t)][0][1]
    'list of other headlines after "Related Articles"'
    """
    spans = [span for span in lines(text) if span.start >= start]
    short_after = _only_short_lines_after(text, spans)
    regions: list[Region] = []
    index = 0
    body_ended = False
    while index < len(spans):
        span = spans[index]
        line = text[span.start:span.end]
        if not line.strip():
            index += 1
            continue
        if RELATED_HEADER_RE.match(line):
            end_index = _end_of_headline_list(text, spans, index + 1)
            regions.append(Region(span.start, spans[end_index].end,
                                  f'list of other headlines after "{line.strip()}"'))
            index = end_index + 1
            continue
        if COMMENTS_HEADER_RE.match(line):
            regions.append(Region(span.start, len(text), "reader comments"))
            break
        if body_ended:
            regions.append(Region(span.start, len(text), _after_article_reason(text[span.start:])))
            break
        reason = _line_reason(line, is_last=short_after[index])
        if reason:
            regions.append(Region(span.start, span.end, reason))
            if reason == "page footer":
                body_ended = True
        index += 1
    regions += _runs_of_teasers(text, spans) + _closing_headlines(text, spans)
    return tuple(_merged(regions))


def _only_short_lines_after(text: str, spans: list[Span]) -> list[bool]:
    """For each line, whether only short or empty lines follow it (an author bio closes an article)."""
    flags = [True] * len(spans)
    for index in range(len(spans) - 2, -1, -1):
        following = spans[index + 1]
        flags[index] = flags[index + 1] and len(text[following.start:following.end].strip()) < 80
    return flags


def _runs_of_teasers(text: str, spans: list[Span]) -> list[Region]:
    """Two or more lines in a row cut off with an ellipsis ("Apple released the third beta of iOS 18.2…"):
    the teasers of other articles, not this one's prose."""
    regions, run = [], []
    for span in [*spans, None]:
        line = text[span.start:span.end].strip() if span else ""
        if span is not None and not line:
            continue
        if line.endswith(("…", "...")) and len(line) < 300:
            run.append(span)
            continue
        if len(run) >= 2:
            regions.append(Region(run[0].start, run[-1].end, "teasers of other articles"))
        run = []
    return regions


def _closing_headlines(text: str, spans: list[Span]) -> list[Region]:
    """Three or more short title-case lines after the last line of prose: other stories' headlines,
    even without a "Related" heading above them."""
    run: list[Span] = []
    for span in reversed(spans):
        line = text[span.start:span.end].strip()
        if not line:
            continue
        if not HEADLINE_LINE_RE.match(line) or not is_title_case(line):
            break
        run.append(span)
    return [Region(run[-1].start, run[0].end, "list of other headlines")] if len(run) >= 3 else []


def is_title_case(text: str, *, min_words: int = 2, share: float = 0.7) -> bool:
    """Whether at least `share` of the words longer than three letters are capitalised, as in a headline
    ("FAA Grounds 171 Boeing Airplanes"), and there are at least `min_words` of them."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) > 3]
    return len(words) >= min_words and sum(w[0].isupper() for w in words) >= share * len(words)


def _line_reason(line: str, *, is_last: bool) -> str:
    if CONTROL_RE.match(line):
        return "media player or page control"
    if NEWSLETTER_RE.match(line):
        return "newsletter prompt"
    if NAVIGATION_RE.match(line):
        return "navigation"
    if AUTHOR_BOX_RE.match(line):
        return "author box or image credit"
    if FOOTER_RE.search(line) and len(line) < 600:
        return "page footer"
    if is_last and AUTHOR_BIO_RE.match(line) and len(line) < 600:
        return "author biography"
    if READING_TIME_RE.match(line) or COUNTER_RE.match(line):
        return "reading time or page counter"
    if _is_ticker(line):
        return "stock or price ticker"
    return ""


def _is_ticker(line: str) -> bool:
    """A short line of prices and signed changes ("ALK ALASKA AIR GROUP INC. 52.30 -0.84 -1.58%",
    "• btc = $94 437.00 -11.76 (-0.01 %)") or a ticker table's heading ("Ticker Security Last Change")."""
    if TICKER_HEADING_RE.match(line):
        return True
    words = line.split()
    return len(words) <= 14 and len(PRICE_RE.findall(line)) >= 2 and bool(SIGNED_CHANGE_RE.search(line))


def _after_article_reason(rest: str) -> str:
    return "reader comments" if FIRST_PERSON_RE.search(rest) else "page footer"


def _end_of_headline_list(text: str, spans: list[Span], index: int) -> int:
    """Index of the last line of a run of headline-like lines (short, no final full stop)."""
    last = index - 1
    for position in range(index, len(spans)):
        line = text[spans[position].start:spans[position].end].strip()
        if not line:
            continue
        if len(line) > 250 or (line.endswith(".") and len(line) > 120):
            break
        last = position
    return max(last, index - 1)


def _merged(regions: list[Region]) -> list[Region]:
    """Adjacent regions with the same reason become one."""
    merged: list[Region] = []
    for region in sorted(regions, key=lambda r: r.start):
        if merged and merged[-1].reason == region.reason and region.start - merged[-1].end <= 2:
            merged[-1] = Region(merged[-1].start, region.end, region.reason)
        else:
            merged.append(region)
    return merged
