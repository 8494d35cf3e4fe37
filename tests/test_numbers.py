"""Number phrases -> kind, value, bounds, qualifier, unit. Rows written by hand from the hedge rules
in comparer/numbers.py's docstring; each row is a phrase as it appears in news text."""

from __future__ import annotations

import pytest

from comparer.extract import extract
from comparer.load import article_from_text
from comparer.records import OPEN_HIGH

# phrase, expected quote inside the phrase, kind, value, low, high, qualifier, unit
ROWS = [
    ("some 2,500 U.S. troops remain", "some 2,500", "count", 2500, 2250, 2750, "approx", "troops"),
    ("the 5,000-plus US troops based there", "5,000-plus", "count", 5000, 5000, 5999, "at_least", "troops"),
    ("the loss of over 500 lives", "over 500", "count", 500, 500, OPEN_HIGH, "more_than", "deaths"),
    ("more than 1,200 people were hurt", "more than 1,200", "count", 1200, 1200, OPEN_HIGH, "more_than", "people"),
    ("at least 37 people died", "at least 37", "count", 37, 37, OPEN_HIGH, "at_least", "people"),
    ("up to 40 soldiers were sent", "up to 40", "count", 40, 0, 40, "at_most", "troops"),
    ("fewer than 300 votes separated them", "fewer than 300", "count", 300, 0, 300, "less_than", "votes"),
    ("nearly 150 occasions", "nearly 150", "count", 150, 127.5, 150, "nearly", "attacks"),
    ("almost 80 workers walked out", "almost 80", "count", 80, 68, 80, "nearly", "worker"),
    ("about 3,000 residents fled", "about 3,000", "count", 3000, 2700, 3300, "approx", "people"),
    ("around 45 civilians", "around 45", "count", 45, 40.5, 49.5, "approx", "civilian"),
    ("roughly 60 ships", "roughly 60", "count", 60, 54, 66, "approx", "ship"),
    # a possessive before a figure owns it, it does not name it ("Flight 1282" does)
    ("Labour's 412 seats", "412", "count", 412, 412, 412, "exact", "seats"),
    ("Delta’s 600 flights were cancelled", "600", "count", 600, 600, 600, "exact", "flight"),
    # a name right before a count of people, seats or votes is the count's holder, not a model number
    ("the poll gives Labour 61 seats", "61", "count", 61, 61, 61, "exact", "seats"),
    ("and the SNP 10 seats", "10", "count", 10, 10, 10, "exact", "seats"),
    ("Acme 300 workers lost their jobs", "300", "count", 300, 300, 300, "exact", "worker"),
    ("an estimated 10,000 protesters", "an estimated 10,000", "count", 10000, 9000, 11000, "approx", "protester"),
    ("between 3 and 5 people", "between 3 and 5", "count", 4, 3, 5, "range", "people"),
    ("3-5 people were detained", "3-5", "count", 4, 3, 5, "range", "people"),
    ("dozens of these militia attacks", "dozens", "count", 24, 24, 99, "vague", "attacks"),
    ("hundreds of homes burned", "hundreds", "count", 200, 200, 999, "vague", "home"),
    ("tens of thousands of migrants", "tens of thousands", "count", 20000, 20000, 99999, "vague", "migrant"),
    ("four Hashd members were held", "four", "count", 4, 4, 4, "exact", "member"),
    ("fourteen operatives", "fourteen", "count", 14, 14, 14, "exact", "operative"),
    ("twenty-five schools closed", "twenty-five", "count", 25, 25, 25, "exact", "school"),
    ("two thousand five hundred troops", "two thousand five hundred", "count", 2500, 2500, 2500, "exact", "troops"),
    ("$430 million in military assistance", "$430 million", "money", 430e6, 430e6, 430e6, "exact", "USD"),
    ("a €17 billion bid", "€17 billion", "money", 17e9, 17e9, 17e9, "exact", "EUR"),
    ("£2.5m in damages", "£2.5m", "money", 2.5e6, 2.5e6, 2.5e6, "exact", "GBP"),
    ("10m people watched", "10m", "count", 10e6, 10e6, 10e6, "exact", "people"),  # "m" is a million...
    ("the wave was 7m high", "7m", "distance", 7, 7, 7, "exact", "metres"),  # ...but metres before a length word
    ("more than 400mm of rain", "more than 400mm", "distance", 400, 400, 1e9, "more_than", "mm"),
    ("revenue of 12 million dollars", "12 million dollars", "money", 12e6, 12e6, 12e6, "exact", "USD"),
    ("millions in contracts", "millions", "money", 2e6, 2e6, 999e6, "vague", "unspecified currency"),
    ("cutting staff by 10 percent", "10 percent", "percent", 10, 10, 10, "exact", "percent"),
    ("turnout was 61.5%", "61.5%", "percent", 61.5, 61.5, 61.5, "exact", "percent"),
    ("rose 2 percentage points", "2 percentage points", "percent", 2, 2, 2, "exact", "percentage points"),
    ("took a third of the country", "a third", "ratio", 1 / 3, 1 / 3, 1 / 3, "exact", "share"),
    ("two-thirds of voters", "two-thirds", "ratio", 2 / 3, 2 / 3, 2 / 3, "exact", "share"),
    ("one in five adults", "one in five", "ratio", 0.2, 0.2, 0.2, "exact", "share"),
    ("within perhaps 450 feet", "perhaps 450 feet", "distance", 450, 405, 495, "approx", "feet"),
    ("a 12-mile stretch", "12-mile", "distance", 12, 12, 12, "exact", "miles"),
    ("nearly two decades of disaster", "nearly two decades", "duration", 20, 17, 20, "nearly", "years"),
    ("more than twenty years", "more than twenty years", "duration", 20, 20, OPEN_HIGH, "more_than", "years"),
    ("more than a decade of misery", "more than a decade", "duration", 10, 10, OPEN_HIGH, "more_than", "years"),
    ("the last fourteen months", "fourteen months", "duration", 14, 14, 14, "exact", "months"),
    ("A month into his second term", "A month", "duration", 1, 1, 1.5, "exact", "months"),
    ("the journey took a decade", "a decade", "duration", 10, 10, 10, "exact", "years"),
    ("a five-year prison term", "five-year", "duration", 5, 5, 5, "exact", "years"),
    ("have not launched a single missile", "not launched a single", "count", 0, 0, 0, "exact", "missile"),
]


def claims_of(text: str):
    return extract(article_from_text("t.txt", text))


@pytest.mark.parametrize(("phrase", "quote", "kind", "value", "low", "high", "qualifier", "unit"), ROWS,
                         ids=[row[0] for row in ROWS])
def test_phrase(phrase, quote, kind, value, low, high, qualifier, unit):
    claims = [c for c in claims_of(phrase) if c.kind != "date"]
    assert len(claims) == 1, [c.quote for c in claims]
    claim = claims[0]
    assert claim.quote == quote
    assert (claim.kind, claim.qualifier, claim.unit) == (kind, qualifier, unit)
    assert claim.value == pytest.approx(value)
    assert claim.low == pytest.approx(low)
    assert claim.high == pytest.approx(high)


NOT_CLAIMS = [
    "Several people were hurt and several towns were hit.",  # "several" names a figure only as a span of time
    "In that capacity, the two developed a good working relationship.",
    "One Iraqi official likened the closures to a cascade.",
    "It curtailed one of Tehran's principal sources of currency.",
    "The F-35 and the Su-27 flew past.",
    "Article 5 of the treaty and Section 230 of the act.",
    "COVID-19 spread quickly.",
    "Falcon 9 rockets and Windows 11 devices were shown.",
    "Alaska Airlines Extends Boeing 737 MAX 9 Flight Cancellations",  # a headline: capitals say nothing, the model does
    "Airbus A350 XWB 1000 orders are up.",
    # a model's number written again without its maker, where the article names the model in full
    "The Boeing 737 Max 9 was grounded. The airline has returned its 737 Max 9 aircraft to service.",
    "The Boeing 737-9 was grounded. The 737-9 jets are back.",
    "The player showed 0:00 and then 9:30.",
    "He finished 7th in the race.",
    "The Trump 2.0 policy toward Iraq hardened.",
    "a third term in office",
    "The second half of the match was dull.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(text):
    assert [c.quote for c in claims_of(text)] == []


@pytest.mark.parametrize(("text", "quote"), [
    # ...but the fleet counted before the model, and a party's count after its name, are figures
    ("The Boeing 737 Max 9 was grounded. Alaska has 65 MAX 9 planes.", "65"),
    ("The results were Labour 412 Conservatives 121. In all, 412 Labour MPs were elected.", "412"),
])
def test_a_count_beside_a_model_is_still_a_claim(text, quote):
    assert quote in [c.quote for c in claims_of(text)]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Paradoxically, it removed the two people who could control the militias.", 2, "people"),
    ("The two pilots and four flight attendants were not hurt.", 2, "pilot"),
    ("Investigators said the four bolts were missing.", 4, "bolt"),
])
def test_a_count_that_refers_back_is_still_a_claim(text, value, unit):
    """"The two pilots" counts pilots, as "two pilots" does: two articles that say so agree."""
    claim = claims_of(text)[0]
    assert (claim.value, claim.unit) == (value, unit)


def test_derived_value_from_a_fraction_of_a_stated_figure():
    claims = claims_of("The administration said it was cutting the 5,000-plus US troops based in Iraq by roughly half.")
    ratio = next(c for c in claims if c.kind == "ratio")
    assert ratio.value == pytest.approx(0.5)
    assert ratio.derived_unit == "troops"
    assert ratio.derived_value == pytest.approx(2500)
    assert ratio.derived_low <= 2500 <= ratio.derived_high
    assert ratio.subject == "US troops in Iraq"


def test_subject_carries_modifiers_and_place():
    claim = claims_of("Today, some 2,500 U.S. troops remain in Iraq.")[0]
    assert claim.subject == "US troops in Iraq"


# sentence, quote of one figure in it, the unit it counts, its subject
UNITS_IN_CONTEXT = [
    ("The storm killed 12 people in Texas and 4 in Oklahoma.", "4", "people", "people in Oklahoma"),
    ("The bill passed by 61 votes to 38.", "38", "votes", "votes"),
    ("Rebels hold 30 villages, and the army 12.", "12", "village", "villages"),
    ("The force shrank from 5,000 troops to 2,500.", "2,500", "troops", "troops"),
    ("The ruling party won 212 of the parliament's 400 seats.", "212", "seats", "seats"),
    ("She won 7 of her 10 matches.", "7", "match", "matches"),
    ("The mayor's 3 deputies resigned.", "3", "deputy", "deputies"),
    ("12 people died and 4 were hurt.", "4", "people", "people"),
    ("He served 10 years and paid 5,000 in fines.", "5,000", "", ""),
    ("Police arrested 12 people on Monday and 4 on Tuesday.", "4", "people", "people"),
    # a comparison names the same noun again: "56 MPs, slightly fewer than the 61 predicted"
    ("The party is predicted to get 56 MPs, slightly fewer than the 61 predicted by the exit poll.", "61", "mp",
     "MPs"),
    ("Rebels hold 30 villages, more than the 12 they held in May.", "12", "village", "villages"),
    # a list of holders' counts shares its first figure's noun, spelled or not, however long the names
    ("Labour won 412 seats, the Conservatives 121 and the Liberal Democrats 72.", "72", "seats", "seats"),
    ("Labour won 412 seats and the Tories 121.", "121", "seats", "seats"),
    ("The SNP has five seats, Plaid Cymru four, Sinn Féin six and the DUP four.", "six", "seats", "seats"),
]


@pytest.mark.parametrize(("sentence", "quote", "unit", "subject"), UNITS_IN_CONTEXT,
                         ids=[row[0][:40] for row in UNITS_IN_CONTEXT])
def test_unit_read_from_the_sentence(sentence, quote, unit, subject):
    """A bare figure after "N things ... and" counts the same things (ellipsis); "N of the M things"
    counts things (partitive); a possessive modifies the counted noun, it is not the noun."""
    found = [c for c in claims_of(sentence) if c.quote == quote and c.kind == "count"]
    if not unit:
        assert not found or found[0].unit == "", found
        return
    assert found, [c.quote for c in claims_of(sentence)]
    assert (found[0].unit, found[0].subject) == (unit, subject)


@pytest.mark.parametrize(("sentence", "quote", "change"), [
    ("Sales rose 8 percent to $3.4 billion.", "8 percent", True),
    ("Sales rose 8 percent to $3.4 billion.", "$3.4 billion", False),
    ("Unemployment rose to 5.2 percent.", "5.2 percent", False),
    ("The index was up 6 percent.", "6 percent", True),
    ("Profit fell by about $300 million.", "about $300 million", True),
    ("The party gained 12 seats and now holds 140.", "12", True),
    ("The stock saw a 15% drop in its value.", "15%", True),  # a change named after a percentage
    ("Predictions saw up to 21% being knocked off the stock price.", "up to 21%", True),
    ("Shares had fallen sharply by 20% by noon.", "20%", True),  # an adverb between
    ("Prices recorded a 20 percent rise in May.", "20 percent", True),
    ("The airline posted a $500 million loss.", "$500 million", False),  # after a sum, it names the sum
    ("The party gained 12 seats and now holds 140.", "140", False),
    ("An increase of 40 percent was reported.", "40 percent", True),
    ("Up to 40 soldiers were sent.", "Up to 40", False),
    # seats lost or picked up move a party's tally; seats won or taken are the tally
    ("The SNP lost 38 seats.", "38", True),
    ("Labour picked up 36 seats in Scotland.", "36", True),
    ("Labour took 412 seats.", "412", False),
    ("Delta lost $500 million.", "$500 million", False),
])
def test_a_change_is_told_from_a_level(sentence, quote, change):
    (claim,) = [c for c in claims_of(sentence) if c.quote == quote]
    assert claim.change is change
