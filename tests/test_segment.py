"""Sentences, excluded regions and header reading."""

from __future__ import annotations

import pytest

from comparer.extract import extract
from comparer.load import article_from_text
from comparer.segment import excluded_regions, sentences

SENTENCE_ROWS = [
    ("The U.S. sent troops. They left.", ["The U.S. sent troops.", "They left."]),
    ("Mr. Smith and Gen. Jones met. Talks ended.", ["Mr. Smith and Gen. Jones met.", "Talks ended."]),
    ("It began at 9 a.m. Monday and ended at 5 p.m. on Tuesday.",
     ["It began at 9 a.m. Monday and ended at 5 p.m. on Tuesday."]),
    ("Growth was 2.5 percent. Inflation was 3.1 percent.", ["Growth was 2.5 percent.", "Inflation was 3.1 percent."]),
    ("J. R. R. Tolkien wrote it. It sold.", ["J. R. R. Tolkien wrote it.", "It sold."]),
    ("Title line\nBody sentence one. Body two!", ["Title line", "Body sentence one.", "Body two!"]),
    ("“We will stay,” he said. “No.”", ["“We will stay,” he said.", "“No.”"]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_ROWS, ids=[r[0][:30] for r in SENTENCE_ROWS])
def test_sentences(text, expected):
    assert [text[s.start:s.end] for s in sentences(text)] == expected


EXCLUSION_ROWS = [
    ("Body text.\nRelated Articles\nA headline with 7 words\nAnother one",
     "A headline with 7 words", "list of other headlines"),
    ("Body text.\n0:00\nClose\n×", "0:00", "media player"),
    ("top of page\nBody text about 5 things.", "top of page", "navigation"),
    ("Body.\nNewsletter\n", "Newsletter", "newsletter"),
    ("Body with 3 items.\nThe views expressed are the authors' own.\n\nI loved my first article here!",
     "I loved my first article", "reader comments"),
    ("Body.\nComments (12)\nGreat piece, 10 out of 10", "10 out of 10", "reader comments"),
    ("Body.\nAbout the author: Jane Doe\nJane Doe is a senior fellow at the institute.", "Jane Doe is",
     "author"),
]


@pytest.mark.parametrize(("text", "inside", "reason"), EXCLUSION_ROWS, ids=[r[2] for r in EXCLUSION_ROWS])
def test_excluded_regions(text, inside, reason):
    offset = text.index(inside)
    regions = [r for r in excluded_regions(text) if r.start <= offset < r.end]
    assert regions and reason in regions[0].reason


def test_body_is_not_excluded():
    text = "A long paragraph of prose that says 5,000 troops stayed.\nAnother paragraph of prose."
    assert excluded_regions(text) == ()


def test_claims_in_excluded_regions_are_kept_and_flagged():

    article = article_from_text("a.txt", "Body says 40 troops stayed.\nRelated Articles\nCrown with 2,000 Diamonds")
    sections = {c.quote: c.section for c in extract(article)}
    assert sections == {"40": "body", "2,000": "excluded"}


def test_header_fields_and_questioned_masthead_date():
    text = ("London Daily\n\nThursday, Oct 23, 2025\n\nUS threat to quit Iraq\n\n"
            "The invasion in 2003 and the war in 2014 and the elections in 2018 shaped it. " * 5)
    article = article_from_text("a.txt", text)
    assert (article.title, article.outlet) == ("US threat to quit Iraq", "London Daily")
    assert article.printed_date == "Thursday, Oct 23, 2025"
    assert article.published_basis == "header line, questioned"
    assert not article.anchor_is_reliable


def test_content_floor_when_no_date_is_printed():
    text = "Title of the piece\n\n" + ("On February 4, 2025, a memo was signed; troops leave by the end of 2026. " * 5)
    article = article_from_text("a.txt", text)
    assert article.published.isoformat() == "2025-02-04"
    assert article.published_basis == "content floor" and not article.anchor_is_reliable


def test_a_floor_without_a_day_is_no_anchor():
    article = article_from_text("a.txt", "Title of the piece\n\n" + "The vote in 2021 changed things. " * 8)
    assert article.published is None and article.earliest_written.isoformat() == "2021-01-01"
    assert "names no day" in article.published_note


def test_a_later_date_in_the_body_questions_the_printed_one():
    text = "Title of the piece here\nMarch 3, 2019\n\n" + ("The vote on June 5, 2021 changed things. " * 8)
    article = article_from_text("a.txt", text)
    assert article.published.isoformat() == "2019-03-03" and article.published_basis.endswith("questioned")
    assert "later than the printed date" in article.published_note and not article.anchor_is_reliable


@pytest.mark.parametrize(("text", "published", "basis"), [
    ("URL: https://x.org/2024/01/26/story\nTITLE: A title here\n---\nBody with 5 troops.", "2024-01-26",
     "metadata"),
    ("---\ntitle: A post\ndate: 2023-09-11\n---\nBody with 5 troops.", "2023-09-11", "metadata"),
    ("URL: https://x.org/a\nTITLE: T\n---\n date 2024-07-05 Labour won 412 seats.", "2024-07-05", "metadata"),
    ("Headline of the story here\n\nSEATTLE, April 4, 2024 (AP) — Boeing paid $160 million.", "2024-04-04",
     "header line"),
    ("URL: https://x.org/2024/01/10/a\nTITLE: T\n---\nUpdated Jan 12, 2024 - Economy\n\nBody 5 troops.",
     "2024-01-12", "header line"),
    ("URL: https://x.org/2024/13/45/a\nTITLE: T\nDate: soon\n---\nBody with 5 troops.", None, "unknown"),
    ("---\ntitle: never closed\n" + "line of text\n" * 50, None, "unknown"),
], ids=["url-path", "front-matter", "stored-date", "dateline", "latest-update", "bad-dates", "unclosed"])
def test_metadata_in_the_file(text, published, basis):
    article = article_from_text("a.md", text)
    assert (article.published.isoformat() if article.published else None, article.published_basis) == \
        (published, basis)
    claims = [c for c in extract(article) if c.section == "body"]
    assert all(c.kind != "date" or c.quote not in text.split("---")[0] for c in claims)


def test_bad_header_fields_are_named_and_nothing_is_lost():
    article = article_from_text("a.txt", "URL: https://x.org/2024/13/45/a\nTITLE: T\nDate: soon\n---\n5 troops.")
    assert "not a date" in article.published_note and "/2024/13/45" in article.published_note
    assert [c.value for c in extract(article) if c.section == "body"] == [5.0]


def test_user_date_overrides():
    from datetime import date

    article = article_from_text("a.txt", "Title here now\nMarch 3, 2019\n\nBody text.", published=date(2020, 1, 2))
    assert (article.published, article.published_basis) == (date(2020, 1, 2), "user")


def test_a_datelines_year_is_the_one_its_weekday_fits():
    text = ("AP\n\nSeattle, April 4\n\nThe airline says the maker has paid it $160 million in compensation.\n\n"
            "The airline said on Thursday that it expects more. The maker settled a case in 2021. " * 3)
    article = article_from_text("a.txt", text)
    assert article.published.isoformat() == "2024-04-04" and not article.anchor_is_reliable
