"""Invariants of the parsers and the judge, checked with hypothesis on arbitrary text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comparer.extract import extract
from comparer.judge import judge
from comparer.load import article_from_text
from comparer.records import KINDS, QUALIFIERS, VERDICTS
from comparer.segment import asides

NEWSY = st.sampled_from([
    "some", "about", "nearly", "over", "more than", "at least", "up to", "between", "and", "to", "-", "$", "€",
    "5,000", "2.5", "million", "billion", "percent", "%", "-plus", "dozens", "of", "troops", "attacks", "people",
    "last", "month", "year", "in", "January", "December 2019", "October 7, 2023", "2014", "days", "later",
    "a", "third", "half", "by", "roughly", "two", "thousand", "fourteen", "feet", "decades", "ago", ".", ",",
    "\n", "Related Articles", "0:00", "U.S.", "Mr.", "the", "end", "of", "2026", "since",
    "URL:", "TITLE:", "Date:", "---", "date 2024-01-06", "/2024/13/45/", "Friday", "late", "Sunday's", "Jan. 5",
    "22 May", "weekend", "Q1", "first quarter", "killed", "injured", "were", "passengers", "Labour", "won",
    "seats", "not", "instead of", "six of them", "the other", "MAX 9", "(Reuters) -", "SEATTLE,", "—", "(", ")",
    " - ",
])
TEXT = st.one_of(st.text(max_size=400), st.lists(NEWSY, max_size=60).map(" ".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_extraction_never_raises_and_spans_point_into_the_text(text):
    article = article_from_text("t.txt", text) if text.strip() else None
    if article is None:
        return
    for claim in extract(article):
        assert article.text[claim.start:claim.end] == claim.quote
        assert 0 <= claim.start < claim.end <= len(article.text)
        assert claim.kind in KINDS and claim.qualifier in QUALIFIERS
        if claim.kind != "date":
            assert claim.low <= claim.value <= claim.high
        elif claim.low is not None:
            assert claim.low <= claim.high


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_asides_are_set_off_spans_in_text_order(text):
    found = asides(text)
    assert [a.start for a in found] == sorted(a.start for a in found)
    for aside in found:
        assert 0 <= aside.start < aside.end <= len(text)
        assert text[aside.start] in "(—" or text[aside.start].isspace()
        assert text[aside.end - 1] in ")—" or text[aside.end - 1].isspace()


PHRASES = st.sampled_from(["about 2,500 troops", "5,000 troops", "over 100 troops", "nearly 150 troops",
                           "dozens of troops", "between 3 and 5 troops", "in 2020", "in January 2020",
                           "in December 2019", "last month", "some 2,400 troops"])


@settings(max_examples=150, deadline=None)
@given(PHRASES, PHRASES, st.floats(min_value=0, max_value=100))
def test_verdicts_are_symmetric(first, second, score):
    a = extract(article_from_text("a.txt", f"Title here\n\nOn March 3, 2024 there were {first} in Iraq."))
    b = extract(article_from_text("b.txt", f"Title here\n\nOn March 5, 2024 there were {second} in Iraq."))
    pairs = [(x, y) for x in a for y in b if (x.kind == "date") == (y.kind == "date")]
    articles = {}
    for x, y in pairs:
        one, other = judge(x, y, score, articles), judge(y, x, score, articles)
        assert (one.a, one.b, one.verdict, one.reason) == (other.a, other.b, other.verdict, other.reason)
        assert 0 <= one.score <= 100 and one.verdict in VERDICTS


HEADER_PARTS = st.sampled_from(["URL: https://x.org/2024/01/26/a\n", "TITLE: A title\n", "Date: 2024-13-45\n",
                                "---\n", "title: x\n", " date 2024-01-06 ", "Updated Jan 12, 2024\n",
                                "SEATTLE, April 4 (AP) — ", "\n", "Body with 5 troops. "])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(HEADER_PARTS, max_size=12).map("".join), st.text(max_size=80))
def test_metadata_never_raises_and_loses_nothing(head, tail):
    """Whatever a file's metadata block looks like, the article is read and its excluded regions lie inside
    the text; a claim outside them is body."""
    text = head + tail
    if not text.strip():
        return
    article = article_from_text("t.txt", text)
    assert article.text == text.replace("\r\n", "\n").replace("\r", "\n")
    for region in article.excluded:
        assert 0 <= region.start <= region.end <= len(article.text)
    for claim in extract(article):
        assert article.text[claim.start:claim.end] == claim.quote
