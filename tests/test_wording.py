"""Numbers, bounds, dates and articles in the words a person writes (comparer/wording.py), and one
sentence per fact (comparer/summary.py): phrase tables from many kinds of news."""

from __future__ import annotations

from datetime import date

import pytest

from comparer.api import articles_from_texts, compare_texts
from comparer.extract import extract
from comparer.records import Article
from comparer.summary import fact_summary, verdicts_by_fact
from comparer.wording import article_label, article_labels, figure_words, number_words, period_words


def _figure(sentence: str, quote: str) -> str:
    (article,) = articles_from_texts({"a.txt": f"A headline here\n\n{sentence}"}, published={"a.txt": "2024-03-02"})
    claim = next(c for c in extract(article) if c.quote == quote)
    return figure_words(claim)


@pytest.mark.parametrize(("sentence", "quote", "words"), [
    ("The deal is worth $430 million, the company said.", "$430 million", "$430 million"),
    ("The club paid £1.2 billion for the stadium.", "£1.2 billion", "£1.2 billion"),
    ("About 45,000 people fled the fighting.", "About 45,000", "about 45,000 (40,500–49,500)"),
    ("Some 2,500 US troops remain in the country.", "Some 2,500", "about 2,500 (2,250–2,750)"),
    ("More than 30 people were injured in the blast.", "More than 30", "30 or more"),
    ("At least 700 bodies were recovered.", "At least 700", "700 or more"),
    ("As many as 20,000 people may have died.", "As many as 20,000", "up to 20,000"),
    ("Thousands of homes were destroyed by the storm.", "Thousands", "Thousands (2,000–9,999)"),
    ("Between 110 and 150 flights were cancelled.", "Between 110 and 150", "110–150"),
    ("Turnout was 59.8% in the election.", "59.8%", "59.8%"),
    ("One-fifth of the flights were cancelled.", "One-fifth", "20%"),
    ("The plane was flying at about 16,000 feet.", "about 16,000 feet", "about 16,000 feet (14,400–17,600 feet)"),
    ("The strike lasted nearly a month.", "nearly a month", "nearly 1 month (0.85–1 month)"),
    ("The city is 13 kilometres from the dam.", "13 kilometres", "13 km"),
    ("The outage hit 8.5 million computers worldwide.", "8.5 million", "8.5 million"),
])
def test_figures_in_plain_words(sentence, quote, words):
    assert _figure(sentence, quote) == words


@pytest.mark.parametrize(("value", "words"), [
    (430_000_000, "430 million"), (1_234_567, "1,234,567"), (45_000.0, "45,000"), (2.5, "2.5"), (0.0123, "0.0123"),
    (3_958, "3,958"), (2_000_000_000, "2 billion"), (12.75, "12.75"), (1e9, "1 billion"),
])
def test_numbers_never_carry_an_exponent(value, words):
    assert number_words(value) == words and "e+" not in number_words(value)


@pytest.mark.parametrize(("start", "end", "words"), [
    ("2023-09-14", None, "14 September 2023"), ("2023-09-12", "2023-09-13", "12–13 September 2023"),
    ("2023-09-01", "2023-09-30", "September 2023"), ("2024-02-01", "2024-02-29", "February 2024"),
    ("2023-01-01", "2023-12-31", "2023"), ("2019-01-01", "2020-12-31", "2019–2020"),
    ("2023-08-30", "2023-09-02", "30 August – 2 September 2023"),
    ("2023-12-30", "2024-01-02", "30 December 2023 – 2 January 2024"), (None, None, ""),
])
def test_periods_in_words(start, end, words):
    assert period_words(start, end) == words


@pytest.mark.parametrize(("article", "label"), [
    (Article("itv_1.txt", "", title="2,000 feared dead after floods strike eastern Libya", outlet="ITV"),
     "ITV · 2,000 feared dead after floods strike…"),
    (Article("x.txt", "", title="Short title", url="https://www.business-standard.com/world/x"),
     "business-standard.com · Short title"),
    (Article("notes.txt", "", title=""), "notes"),
    (Article("a.txt", "", title="Reuters", outlet="Reuters"), "Reuters"),
])
def test_articles_are_named_by_outlet_and_title(article, label):
    assert article_label(article) == label


def test_two_articles_of_one_outlet_are_told_apart():
    same = [Article("a.txt", "", title="Storm", outlet="Wire"), Article("b.txt", "", title="Storm", outlet="Wire")]
    assert list(article_labels(same).values()) == ["Wire · Storm", "Wire · Storm (2)"]


@pytest.mark.parametrize(("a", "b", "words"), [
    ("About 5,300 people died in the floods, officials said today.",
     "The floods killed 11,300 people, officials said today.", "these cannot both be right"),
    ("At least 5,300 people died in the floods, officials said today.",
     "At least 5,300 people died in the floods, officials said today.", "2 articles agree: 5,300 or more"),
])
def test_a_fact_in_one_sentence(a, b, words):
    result = compare_texts({"herald.txt": f"Herald report\n\n{a}", "wire.txt": f"Wire report\n\n{b}"},
                           published={"herald.txt": "2023-09-14", "wire.txt": "2023-09-14"})
    fact = result.facts[0]
    claims = {c.id: c for c in result.claims}
    labels = article_labels(list(result.articles))
    summary = fact_summary(fact, verdicts_by_fact(list(result.facts), list(result.verdicts))[fact.id], claims, labels)
    assert words in summary and "[" not in summary and "e+" not in summary
    if "cannot" in words:
        assert "Herald report: about 5,300 (4,770–5,830) people killed (14 September 2023)" in summary
        assert "Wire report: 11,300 people killed (14 September 2023)" in summary


def test_a_day_is_written_with_its_month_in_words():
    assert period_words(date(2024, 7, 5).isoformat()) == "5 July 2024"


def test_a_changing_count_is_told_by_its_first_and_last_reading():
    body = "The floods have killed {} people, officials said."
    texts = {f"{name}.txt": f"{name.title()} report\nDate: {day}\n---\n" + body.format(toll)
             for name, day, toll in (("herald", "2023-09-12", "2,300"), ("wire", "2023-09-13", "5,300"),
                                     ("gazette", "2023-09-15", "11,300"))}
    result = compare_texts(texts)
    fact = next(f for f in result.facts if f.status == "changes over time")
    labels = article_labels(list(result.articles))
    summary = fact_summary(fact, verdicts_by_fact(list(result.facts), list(result.verdicts))[fact.id],
                           {c.id: c for c in result.claims}, labels)
    assert "2,300 people killed (12 September 2023)" in summary
    assert "11,300 people killed (15 September 2023)" in summary


def _row_sentences(texts: dict[str, str], day: str):
    """The comparison of `texts`, all published on `day`, and the sentence of each of its rows."""
    result = compare_texts(texts, published={name: day for name in texts})
    labels = article_labels(list(result.articles))
    claims = {c.id: c for c in result.claims}
    reasons = verdicts_by_fact(list(result.facts), list(result.verdicts))
    return result, [fact_summary(f, reasons[f.id], claims, labels) for f in result.facts]


def test_a_unit_is_written_once_in_a_rows_sentence():
    body = "The dam held {} million cubic metres of water, engineers said."
    _, sentences = _row_sentences({"a.txt": "Dam report\n\n" + body.format("22.5"),
                                   "b.txt": "Dam story\n\n" + body.format("1.5")}, "2023-09-14")
    assert sentences and any("22.5 million cubic metres" in s for s in sentences)
    assert not any("cubic metres cubic metres" in s for s in sentences)


def test_a_word_of_the_count_is_not_said_twice():
    """ "412 seats won", not "412 seats seats won"; "seats, of Labour", not "seats, seats, of Labour"."""
    from comparer.wording import what_words

    result, sentences = _row_sentences({"a.txt": "Results\n\nLabour won 412 seats, officials said.",
                                        "b.txt": "Results in\n\nLabour has won 411 constituencies, officials said."},
                                       "2024-07-05")
    assert any("412 seats won" in s for s in sentences) and not any("seats seats" in s for s in sentences)
    assert {what_words(c) for c in result.claims if c.kind == "count"} == {"seats, of Labour"}
