"""Which figures the matcher keeps apart before any verdict: a phrase table from several kinds of news."""

from __future__ import annotations

import pytest
from documents import dated_sentence_claims

from comparer.apart import (
    far_apart_on_other_days,
    other_holders_values,
    parts_of_others,
    shares_of_other_things,
    tallies_of_other_days,
    too_far_apart,
    totals_against_tallies,
)
from comparer.api import compare_texts


def _figure(text: str, day: str, quote: str):
    """The claim of `quote` in a one-sentence article of that publication day."""
    return next(c for c in dated_sentence_claims(text, day, f"{day}.txt") if c.quote == quote)


@pytest.mark.parametrize(("a", "b", "apart"), [
    # counts of a measure that does not accumulate, days apart and far apart: two facts
    (("Delta canceled more than 600 flights.", "2024-07-22", "more than 600"),
     ("Delta canceled 133 flights.", "2024-07-19", "133"), True),
    (("Labour won 412 seats.", "2024-07-05", "412"), ("Labour won 170 seats.", "2024-07-08", "170"), True),
    (("The company sold 9 million phones.", "2024-03-02", "9 million"),
     ("The company sold 2 million phones.", "2024-03-09", "2 million"), True),
    # close enough to be one count said again or revised
    (("Labour won 412 seats.", "2024-07-05", "412"), ("Labour won 411 seats.", "2024-07-06", "411"), False),
    # one day: the judge decides (a contradiction is possible)
    (("Delta canceled 600 flights.", "2024-07-22", "600"), ("Delta canceled 133 flights.", "2024-07-22", "133"),
     False),
    # a toll accumulates: 2,300 dead on Tuesday and 11,300 on Thursday may be one toll
    (("The floods killed 2,300 people.", "2023-09-12", "2,300"),
     ("The floods killed 11,300 people.", "2023-09-14", "11,300"), False),
    (("Police arrested 40 protesters.", "2024-05-01", "40"), ("Police arrested 300 protesters.", "2024-05-04", "300"),
     False),
    # a figure that says it is a running count or an update is compared as such
    (("Delta has canceled 3,500 flights so far.", "2024-07-21", "3,500"),
     ("Delta canceled 600 flights.", "2024-07-19", "600"), False),
])
def test_far_apart_on_other_days(a, b, apart):
    members = [_figure(*a), _figure(*b)]
    assert bool(far_apart_on_other_days(members)[0, 1]) is apart


@pytest.mark.parametrize(("a", "b", "apart"), [
    # figures of another time more than four times apart are two facts
    (("Insurers put the losses at $5.4 billion.", "2024-07-24", "$5.4 billion"),
     ("The losses came to less than $6 million.", "2024-07-19", "less than $6 million"), True),
    (("The party won 412 seats.", "2024-07-05", "412"), ("The party won 36 seats.", "2024-07-04", "36"), True),
    # a bound is read at its value: "less than $10 million" is no share price, "more than 100" not 7,000
    (("Its lawyer said the liability was less than $10 million.", "2024-10-26", "less than $10 million"),
     ("The shares closed at $343.05.", "2024-07-18", "$343.05"), True),
    (("The carrier canceled more than 100 flights.", "2024-07-21", "more than 100"),
     ("The carrier canceled 7,000 flights.", "2024-08-09", "7,000"), True),
    # whatever their scopes, figures thirty times apart are two facts, unless both are tolls that grow
    (("Delta previously said it expected a $500 million impact.", "2024-08-09", "$500 million"),
     ("Delta shares fell 1.7% to $44.69.", "2024-07-22", "$44.69"), True),
    (("The storm killed 38 people, officials said.", "2023-09-11", "38"),
     ("The storm may have killed 20,000 people.", "2023-09-14", "20,000"), False),
    # ...but not a toll that grows, figures of one time, a running count, or figures within four times
    (("The floods killed 2,000 people.", "2023-09-11", "2,000"),
     ("The floods killed 11,300 people.", "2023-09-14", "11,300"), False),
    (("The fire came within 200 metres of the school.", "2022-08-01", "200 metres"),
     ("The fire came within 2 kilometres of the school.", "2022-08-01", "2 kilometres"), False),
    (("Labour has won 16 seats so far.", "2024-07-04", "16"), ("Labour won 412 seats.", "2024-07-05", "412"), False),
    (("The party won 412 seats.", "2024-07-05", "412"), ("The party won 121 seats.", "2024-07-04", "121"), False),
])
def test_figures_of_other_times_far_apart_are_two_facts(a, b, apart):
    members = [_figure(*a), _figure(*b)]
    assert bool(too_far_apart(members)[0, 1]) is apart


@pytest.mark.parametrize(("a", "b", "apart"), [
    # a much smaller figure of a named place is a part of the other, not it at another time
    (("The floods killed 12 people in the eastern town of Bayda.", "2023-09-11", "12"),
     ("The floods killed more than 5,000 people.", "2023-09-13", "more than 5,000"), True),
    (("Officials said 40 people died in Texas.", "2024-05-01", "40"),
     ("The storms killed 300 people.", "2024-05-03", "300"), True),
    # ...not a figure of the same place, nor one close in size
    (("The floods killed 3,000 people in Derna.", "2023-09-12", "3,000"),
     ("The floods killed 5,000 people in the city of Derna.", "2023-09-13", "5,000"), False),
    (("The floods killed 3,000 people in Derna.", "2023-09-12", "3,000"),
     ("The floods killed 5,000 people.", "2023-09-13", "5,000"), False),
])
def test_a_much_smaller_figure_of_a_place_is_a_part(a, b, apart):
    members = [_figure(*a), _figure(*b)]
    assert bool(parts_of_others(members)[0, 1]) is apart and bool(parts_of_others(members)[1, 0]) is apart


@pytest.mark.parametrize(("a", "b", "apart"), [
    # two holders' different figures of one time are two facts
    (("Reform UK won 14.3% of the vote.", "2024-07-05", "14.3%"),
     ("The Conservatives won 24% of the vote.", "2024-07-05", "24%"), True),
    (("Delta canceled 600 flights.", "2024-07-22", "600"), ("United canceled 262 flights.", "2024-07-22", "262"), True),
    # one holder, no holder on one side or equal values: left to the judge
    (("Labour won 412 seats.", "2024-07-05", "412"), ("Labour won 400 seats.", "2024-07-05", "400"), False),
    (("Delta canceled 600 flights.", "2024-07-22", "600"), ("Airlines canceled 262 flights.", "2024-07-22", "262"),
     False),
    (("Delta canceled 600 flights.", "2024-07-22", "600"), ("United canceled 600 flights.", "2024-07-22", "600"),
     False),
    # at other times, only far apart: a holder read another way ("Tories", "Conservatives") still meets
    (("Labour had 16 seats.", "2024-07-05", "16"), ("The Lib Dems won 71 seats.", "2024-07-04", "71"), True),
    (("Delta canceled 600 flights.", "2024-07-22", "600"), ("United canceled 262 flights.", "2024-07-21", "262"),
     True),
    (("The Tories won 144 seats.", "2024-07-05", "144"), ("The Conservatives won 121 seats.", "2024-07-06", "121"),
     False),
    # a forecast or an earlier level of one holder is not another holder's figure either
    (("The SNP is forecast to win eight seats.", "2024-07-05", "eight"),
     ("Labour won 412 seats.", "2024-07-05", "412"), True),
    (("The Tories fell from 372 seats.", "2024-07-05", "from 372"),
     ("The Liberal Democrats won 72 seats.", "2024-07-06", "72"), True),
])
def test_two_holders_figures_that_lie_apart_are_two_facts(a, b, apart):
    members = [_figure(*a), _figure(*b)]
    assert bool(other_holders_values(members)[0, 1]) is apart


@pytest.mark.parametrize(("a", "b", "apart"), [
    # a day's tally of a daily measure is not another day's, however close the numbers
    (("Airlines canceled 3,400 flights.", "2024-07-20", "3,400"),
     ("Airlines canceled 3,500 flights.", "2024-07-22", "3,500"), True),
    (("Rebels launched 40 attacks.", "2024-03-01", "40"), ("Rebels launched 45 attacks.", "2024-03-02", "45"), True),
    (("Some 1,200 trains were delayed.", "2024-01-08", "Some 1,200"),
     ("Some 900 trains were delayed.", "2024-01-09", "Some 900"), True),
    # a count "as of" an hour of a named day is still that day's tally; the share that restates it shares its day
    (("Delta canceled 1,058 flights as of 6 p.m. on Sunday, or 21.4% of its schedule.", "2024-07-22", "1,058"),
     ("Delta canceled 500 flights on Monday.", "2024-07-22", "500"), True),
    # a move in percent on one day is that day's move, not a reading of another day's
    (("Shares fell nearly 15% on Friday.", "2024-07-19", "nearly 15%"),
     ("Shares fell another 11.9% on Monday.", "2024-07-22", "11.9%"), True),
    (("Shares fell nearly 15% on Friday.", "2024-07-19", "nearly 15%"),
     ("Shares fell 14% on Friday.", "2024-07-19", "14%"), False),
    # tallies of days their words name, read at their values, even where a bound lets them meet
    (("The carrier has canceled more than 100 planned flights for Sunday.", "2024-07-21", "more than 100"),
     ("Delta has already canceled an additional 137 flights for Monday.", "2024-07-22", "137"), True),
    (("More than 1,000 flights were canceled on Friday morning.", "2024-07-19", "More than 1,000"),
     ("More than 1,800 flights were canceled on Saturday.", "2024-07-20", "More than 1,800"), True),
    (("Rebels launched more than 40 attacks on Monday.", "2024-03-05", "more than 40"),
     ("Rebels launched 45 attacks on Tuesday.", "2024-03-05", "45"), False),
    # the same tally said again later, bounds that meet, one day, or two running totals: compared
    (("The carrier canceled more than 100 flights.", "2024-07-21", "more than 100"),
     ("Delta canceled 137 flights.", "2024-07-22", "137"), False),
    (("Delta canceled about 7,000 flights.", "2024-07-26", "about 7,000"),
     ("Delta canceled 7,000 flights.", "2024-10-26", "7,000"), False),
    (("Airlines canceled 3,400 flights.", "2024-07-20", "3,400"),
     ("Airlines canceled 1,000 flights.", "2024-07-20", "1,000"), False),
    (("Airlines have canceled 3,400 flights so far.", "2024-07-20", "3,400"),
     ("Airlines have canceled 5,000 flights so far.", "2024-07-22", "5,000"), False),
    # a count that accumulates or holds (a toll, planes grounded) is one count at two times
    (("The floods killed 2,300 people.", "2023-09-12", "2,300"),
     ("The floods killed 5,300 people.", "2023-09-14", "5,300"), False),
])
def test_each_day_s_tally_is_its_own_fact(a, b, apart):
    members = [_figure(*a), _figure(*b)]
    assert bool(tallies_of_other_days(members)[0, 1]) is apart


@pytest.mark.parametrize(("a", "b", "apart"), [
    # a total over several days against one day's tally of a daily measure: the tally is a part of it
    (("The airline canceled about 7,000 flights over several days.", "2024-08-09", "about 7,000"),
     ("The airline canceled 262 flights on Sunday.", "2024-07-22", "262"), True),
    (("All told, 3,500 trains were delayed.", "2024-03-04", "3,500"),
     ("Some 400 trains were delayed on Monday.", "2024-03-04", "Some 400"), True),
    # a figure of a period longer than a day is a total of its days
    (("Airlines canceled 600 flights throughout the weekend.", "2024-01-08", "600"),
     ("Airlines canceled 120 flights on Monday.", "2024-01-08", "120"), True),
    # a count "as of" an hour of a named day is that day's tally, not a running total
    (("The airline canceled about 7,000 flights over several days.", "2024-08-09", "about 7,000"),
     ("The airline canceled 1,058 flights as of 6 p.m. on Sunday.", "2024-07-22", "1,058"), True),
    # a bound lets a day's tally meet a total far above it: read at their values they are two facts
    (("The airline canceled about 7,000 flights over several days.", "2024-08-09", "about 7,000"),
     ("More than 1,000 flights have been canceled as of Saturday evening.", "2024-07-20", "More than 1,000"),
     True),
    # a running total is no reading of a figure that does not say it is one, far below it at their values
    (("The airline has canceled almost 4,700 flights since Friday's meltdown.", "2024-07-22", "almost 4,700"),
     ("The airline said it was canceling 500 more flights.", "2024-07-22", "500"), True),
    (("So far, 3,000 trains have been delayed.", "2024-03-08", "3,000"),
     ("About 1,200 trains were delayed.", "2024-03-05", "About 1,200"), False),
    # a move in percent over several days is not one day's move
    (("The share price has decreased 16.69% over the last five days.", "2024-07-19", "16.69%"),
     ("Shares fell nearly 15% on Friday.", "2024-07-19", "nearly 15%"), True),
    (("The index has fallen 8% since Monday.", "2024-03-08", "8%"),
     ("The index fell 2% on Thursday.", "2024-03-08", "2%"), True),
    # bounds that meet, values near, two tallies, two totals, or a measure that is not a daily one: left over
    (("The index has fallen more than 2% since Monday.", "2024-03-08", "more than 2%"),
     ("The index fell 3% on Thursday.", "2024-03-08", "3%"), False),
    (("All told, more than 3,500 flights were canceled.", "2024-07-22", "more than 3,500"),
     ("More than 1,800 flights were canceled on Saturday.", "2024-07-22", "More than 1,800"), False),
    (("All told, more than 100 flights were canceled.", "2024-07-22", "more than 100"),
     ("The airline canceled 262 flights on Sunday.", "2024-07-22", "262"), False),
    (("The airline canceled 600 flights on Monday.", "2024-07-22", "600"),
     ("The airline canceled 262 flights on Sunday.", "2024-07-22", "262"), False),
    (("The floods have killed 5,300 people so far.", "2023-09-14", "5,300"),
     ("The floods killed 300 people on Monday.", "2023-09-14", "300"), False),
])
def test_a_total_is_not_one_day_s_tally(a, b, apart):
    members = [_figure(*a), _figure(*b)]
    assert bool(totals_against_tallies(members)[0, 1]) is apart


@pytest.mark.parametrize(("text", "quote", "measure", "counted"), [
    # "the number" names the count given as a number before it, past a count of something else
    ("The number of casualties in the city has risen to 11,300. Another 10,100 people are missing. "
     "Health authorities had previously put the number at 5,500.", "5,500", "casualties", "people"),
    # "that number" names the count right before it
    ("Officials said about 6,000 people were confirmed to have died. But a charity put that number higher, "
     "at 11,300.", "11,300", "deaths", "people"),
    ("The airline cancelled 1,200 flights on Monday. By Tuesday the tally had reached 3,000.", "3,000",
     "cancelled", "flights"),
    # a count that says its own noun or measure keeps it
    ("The storm killed 40 people. The number of people evacuated reached 3,000.", "3,000", "evacuated", "people"),
    # nothing before it to name: its measure is left unknown, an honest blank
    ("Officials put the number at 5,500.", "5,500", "", None),
])
def test_a_number_noun_names_the_count_before_it(text, quote, measure, counted):
    claim = _figure(text, "2024-03-02", quote)
    assert claim.measure == measure and (counted is None or claim.counted == counted)


def test_one_day_named_twice_in_an_article_is_held_by_one_fact():
    from comparer.api import compare_texts

    result = compare_texts({
        "a.txt": "Outage report\nDate: 2024-07-20\n---\nA faulty update caused a global outage on Friday. "
                 "Airlines grounded flights for hours. Shares of the company fell sharply Friday.",
        "b.txt": "Outage\nDate: 2024-07-20\n---\nThe global outage began on Friday, when a faulty update shipped.",
        "c.txt": "Markets\nDate: 2024-07-21\n---\nThe company's shares fell Friday after the outage."})
    fridays = [f for f in result.facts if f.label.startswith("date:")]
    assert len(fridays) == 1 and len(fridays[0].claims) == 4
    assert not [v for v in result.verdicts if v.a.split("#")[0] == v.b.split("#")[0]]  # no verdict inside an article


def test_a_fact_needs_two_outlets():
    """Mentions of one day in one article that no other article dates are no fact: a row of one cell
    compares nothing and mixes whatever happened on that day."""
    from comparer.api import compare_texts

    result = compare_texts({
        "a.txt": "Airline report\nDate: 2024-08-09\n---\nThe airline said Thursday that sales fell. "
                 "On Thursday it also confirmed that it is pursuing legal claims.",
        "b.txt": "Weather\nDate: 2024-08-09\n---\nThe storm dropped 40 millimetres of rain on Tuesday."})
    articles = {c.id: c.article for c in result.claims}
    assert all(len({articles[i] for i in f.claims}) > 1 for f in result.facts), result.facts


@pytest.mark.parametrize(("text", "quote", "measure"), [
    ("It is smaller than the Conservative majority of 209 (or 210) seats in 1924.", "210", "majority"),
    ("The plane carried 174 passengers and six crew members.", "six", "aboard"),
    ("The storm killed 12 people in Texas and 4 in Oklahoma.", "4", "deaths"),
    # from the end of the list back
    ("The two pilots, the other three flight attendants and the remaining 164 passengers were uninjured.", "two",
     "uninjured"),
    ("The 171 passengers and 9 crew members on the flight were shaken.", "171", "aboard"),
    # a figure's own predicate is its measure, however near another verb stands before it
    ("Twelve people died and 40 were injured in the blast.", "40", "injuries"),
    ("At least 10,000 people remain missing after 5,000 died.", "At least 10,000", "missing"),
])
def test_a_figure_listed_with_another_shares_its_measure(text, quote, measure):
    assert _figure(text, "2024-03-02", quote).measure == measure


@pytest.mark.parametrize(("text", "quote", "derived"), [
    # a change word of the sentence before changes nothing after it
    ("Its vote share has not increased since 2019.\nThe party won 412 seats with a 34 per cent vote share.",
     "34 per cent", None),
    ("Its vote share has not increased since 2019. The party won 412 seats with a 34 per cent vote share.",
     "34 per cent", None),
    # a change in the figure's own sentence derives the changed figure
    ("The administration said it was cutting the 5,000-plus troops based there by roughly half.", "roughly half",
     2500.0),
    # the level a change reached is no base for the next one
    ("Shares fell another 11.9% to $268.62 on Monday after dropping 11% on Friday.", "11%", None),
])
def test_a_share_changes_only_a_figure_of_its_own_sentence(text, quote, derived):
    assert _figure(text, "2024-03-02", quote).derived_value == derived


@pytest.mark.parametrize(("text", "scoped"), [
    # a date in the figure's own phrase gives it its time: compared through the figure's verdict
    ("Shares fell nearly 15% in early trading on Friday.", True),
    ("Delta canceled 600 flights on Monday.", True),
    ("The government pledged $500 million in aid to the region last year.", True),
    ("On July 19 more than 3,000 flights were cancelled.", True),
    # a dash pair inside the figure's clause does not cut it from the date that ends the clause
    ("Airlines canceled 3,400 flights — and delayed a staggering 12,895 more — on Friday.", True),
    ("Strikes hit 12 towns — and 40 villages — last week.", True),
    # a date that opens the period a figure counts over is its time, even when it names an event too
    ("The airline grounded 900 flights since Friday's meltdown.", True),
    ("The total since Friday's meltdown rose to almost 4,700 flights.", True),
    # a date apart from the figure, or one that names an event, dates an event of its own
    ("A faulty update caused a global outage on Friday, affecting 8.5 million devices.", False),
    ("Delta canceled about 7,000 flights after the July 19 outage.", False),
    ("On Friday, the storm killed 40 people.", False),
    ("The outage began on Friday — affecting 8.5 million devices.", False),
    ("Airlines canceled 3,400 flights — more than ever — after the outage on Friday.", False),
])
def test_a_date_in_a_figure_s_phrase_scopes_it(text, scoped):
    dates = [c for c in dated_sentence_claims(text, "2024-07-22") if c.kind == "date"]
    assert dates and all(d.scopes_figure is scoped for d in dates), [(d.quote, d.scopes_figure) for d in dates]


@pytest.mark.parametrize(("a", "b", "linked"), [
    # dates of one period that name one kind of sudden event date that event
    ("A door plug blew out of the jet last week, officials said.", "The Jan. 5 blowout forced an emergency landing.",
     True),
    ("The dam collapsed last week.", "The Sept. 10 collapse flooded the city.", True),
    # the end of a period dates no event
    ("United grounded its planes until the end of January.", "The Jan. 5 blowout forced an emergency landing.",
     False),
])
def test_dates_of_one_event(a, b, linked):
    texts = {"a.txt": f"A headline\n\n{a}", "b.txt": f"A headline\n\n{b}"}
    published = {"a.txt": "2024-01-09", "b.txt": "2024-01-10"} if "Jan" in b else \
        {"a.txt": "2023-09-14", "b.txt": "2023-09-15"}
    result = compare_texts(texts, published=published)
    kinds = {c.id: c.kind for c in result.claims}
    assert any(kinds[v.a] == kinds[v.b] == "date" for v in result.verdicts) is linked


@pytest.mark.parametrize(("a", "b", "compatible"), [
    # measures news uses for one another, in any story
    ("deaths", "casualties", True), ("cancelled", "grounded", True), ("seats", "won", True),
    ("fleet", "operated", True),  # "its fleet of 65 planes", "which operates 65 planes"
    ("affected", "grounded", True),  # "grounded the jets, affecting around 170 aircraft"
    ("poll", "seats", True),  # "the 61 seats predicted by the exit poll"
    ("affected", "deaths", False), ("affected", "cancelled", False),
    ("deaths", "injuries", False), ("grounded", "aboard", False), ("fleet", "cancelled", False),
    ("", "deaths", True),  # an unknown measure may meet any
])
def test_measures_one_fact_may_mix(a, b, compatible):
    from comparer.similarity import measures_compatible

    assert measures_compatible(a, b) is compatible and measures_compatible(b, a) is compatible


@pytest.mark.parametrize(("a", "b", "linked"), [
    # a deadline that moved: two ends of one measured thing, days apart, are one fact at two times
    (("Alaska Airlines is canceling all flights on its Boeing jets through Saturday, the carrier said.", "2024-01-10"),
     ("Inspections of the door plugs dragged on, and the airline extended its cancellations through Tuesday.",
      "2024-01-13"), True),
    (("Schools will stay shut until Friday.", "2024-03-04"),
     ("Officials extended the school closure through Monday, the ministry said.", "2024-03-07"), True),
    # ...but not two ends of different things
    (("The airline is canceling all flights on the jets through Saturday.", "2024-01-10"),
     ("The port will stay shut through Tuesday.", "2024-01-13"), False),
    # a day and a month that holds it are one event only when both name that kind of event
    (("The blowout on Friday forced an emergency landing.", "2024-01-09"),
     ("The blowout in January forced an emergency landing.", "2024-02-10"), True),
    (("Alaska Airlines resumed its Boeing flights on Sunday.", "2024-01-29"),
     ("Alaska Airlines reported its Boeing flights in January were down.", "2024-02-10"), False),
    # a statement is not the event it reports on, unless both are one day in words that match
    (("The FAA said on Saturday that the blowout would be investigated.", "2024-01-07"),
     ("The blowout in January forced an emergency landing.", "2024-02-10"), False),
    (("The FAA said Tuesday that Boeing was updating its instructions for inspections of the jets.", "2024-01-10"),
     ("On Tuesday the FAA ordered Boeing to update its instructions for inspections of the jets.", "2024-01-10"),
     True),
    # "secretary of state" is no statement: the threat of last month is the threat of almost a month ago
    (("Mike Pompeo, the secretary of state, last month threatened to close the embassy.", "2020-10-20"),
     ("Pompeo's threat to close the embassy almost a month ago shocked Iraq.", "2020-10-22"), True),
    # one day, two events: a deliberate act against a sudden incident; two incidents may be one event
    (("On July 19, 2024, the vendor released a software update to its customers.", "2024-07-21"),
     ("The global outage on Friday grounded flights.", "2024-07-20"), False),
    (("The ministers signed the trade accord on Tuesday in Geneva.", "2025-03-12"),
     ("The explosion on Tuesday destroyed the port.", "2025-03-13"), False),
    (("The storm made landfall on Sunday, flooding the city.", "2023-09-12"),
     ("The dam's collapse on Sunday flooded the city.", "2023-09-13"), True),
])
def test_dates_that_end_or_span_a_period(a, b, linked):
    texts = {"a.txt": f"A headline\n\n{a[0]}", "b.txt": f"A headline\n\n{b[0]}"}
    result = compare_texts(texts, published={"a.txt": a[1], "b.txt": b[1]})
    kinds = {c.id: c.kind for c in result.claims}
    assert any(kinds[v.a] == kinds[v.b] == "date" for v in result.verdicts) is linked


def test_a_restatement_joins_a_fact_only_where_it_may_be_one_with_its_claims():
    """"until the end of January" has the value of the article's "in January", but it ends a period: it is
    no second mention of the blowout's month, and the fact of that month does not take it."""
    texts = {"a.txt": "A headline\n\nThe blowout in January grounded the airline's fleet. After the blowout, the "
                      "airline grounded its fleet until the end of January.",
             "b.txt": "A headline\n\nThe blowout in January grounded the airline's fleet."}
    result = compare_texts(texts, published={"a.txt": "2024-02-10", "b.txt": "2024-02-11"})
    quotes = {c.id: c.quote for c in result.claims}
    linked = {frozenset((quotes[v.a], quotes[v.b])) for v in result.verdicts}
    assert frozenset(("in January", "in January")) in linked
    assert not any("of January" in q for pair in linked for q in pair), linked


def test_two_holders_equal_figures_in_one_sentence_are_no_restatement():
    """"Plaid Cymru four ... and the DUP four": the fact of Plaid Cymru's seats holds Plaid Cymru's four,
    not the DUP's, though the value and the words match."""
    texts = {"a.txt": "A headline\n\nThe SNP has five seats, Plaid Cymru four, Sinn Féin six and the DUP four.",
             "b.txt": "A headline\n\nPlaid Cymru won 4 seats, the party said."}
    result = compare_texts(texts, published={"a.txt": "2024-07-05", "b.txt": "2024-07-05"})
    holders = {c.id: c.holder for c in result.claims}
    facts = [{holders[i] for i in f.claims} for f in result.facts if "Plaid Cymru" in {holders[i] for i in f.claims}]
    assert facts == [{"Plaid Cymru"}], facts


@pytest.mark.parametrize(("a", "b", "apart"), [
    # shares of different things are two facts
    (("The outage hit about 75% of leading banks.", "2024-07-25", "about 75%"),
     ("The outage hit about 60% of its “mission critical” applications.", "2024-08-09", "about 60%"), True),
    (("Labour won 33.7% of the voters.", "2024-07-05", "33.7%"),
     ("Labour won 63.2% of the seats.", "2024-07-05", "63.2%"), True),
    # a share of a whole named by one noun, not only a plural one
    (("At the end of 2023, the firm held only 15% of the market.", "2024-07-25", "15%"),
     ("Only 21% of companies experienced outages.", "2024-07-25", "21%"), True),
    (("The party took 40% of the vote.", "2024-07-05", "40%"), ("The party won 60% of the seats.", "2024-07-05", "60%"),
     True),
    # shares of one thing, of a whole that may hold anything ("its schedule"), or of unknown base: compared
    (("The airline canceled 20% of its schedule.", "2024-01-08", "20%"),
     ("The airline canceled about 20 per cent of its flights.", "2024-01-08", "about 20 per cent"), False),
    (("Turnout was 60% of the total.", "2024-07-05", "60%"), ("Labour won 63.2% of the seats.", "2024-07-05", "63.2%"),
     False),
    (("Delta canceled 21% of its flights.", "2024-07-21", "21%"),
     ("Delta canceled more than a quarter of its flights.", "2024-07-21", "more than a quarter"), False),
    (("Shares fell 15% on Friday.", "2024-07-19", "15%"), ("Shares fell 11% on Monday.", "2024-07-22", "11%"), False),
])
def test_shares_of_different_things_are_two_facts(a, b, apart):
    members = [_figure(*a), _figure(*b)]
    assert bool(shares_of_other_things(members)[0, 1]) is apart


@pytest.mark.parametrize(("sentence", "quote", "subject"), [
    # a figure's subject comes from its own clause, not from the clause and figure before it
    ("The healthcare sector lost $1.9 billion, while airlines lost approximately $860 million.",
     "approximately $860 million", "airlines lost"),
    ("Revenue rose to $12 billion, but costs climbed to $9 billion.", "$9 billion", "costs climbed"),
    ("Exports reached $3 billion; imports fell to $2 billion.", "$2 billion", "imports fell"),
])
def test_a_sum_s_subject_is_of_its_own_clause(sentence, quote, subject):
    claims = compare_texts({"a.txt": sentence, "b.txt": "Nothing here."}).claims
    assert next(c.subject for c in claims if c.quote == quote) == subject


def test_two_sources_values_in_one_sentence_sit_in_one_fact():
    """A sentence that gives one toll from two sources holds two readings of one fact, each compared with
    the other outlets' figure."""
    texts = {"a.txt": "A headline\n\nThe floods left 11,400 dead according to local authorities; 4,000 people "
                      "were killed according to the United Nations.",
             "b.txt": "A headline\n\nThe floods killed 11,300 people, officials said."}
    result = compare_texts(texts, published={"a.txt": "2023-09-19", "b.txt": "2023-09-19"})
    quotes = {c.id: c.quote for c in result.claims}
    assert any({"11,400", "4,000", "11,300"} <= {quotes[i] for i in f.claims} for f in result.facts), \
        [[quotes[i] for i in f.claims] for f in result.facts]


def test_shares_of_one_thing_score_higher():
    """What a share is of says what it measures, as a counted noun does: the same pair scores
    SHARE_OF_BONUS higher when both say they are shares of devices."""
    from dataclasses import replace

    from comparer.match import SHARE_OF_BONUS, blocks_of

    a = _figure("The number represents less than one percent of all Windows machines.", "2024-07-21",
                "less than one percent")
    b = _figure("Microsoft said the update affected less than 1% of Windows devices.", "2024-07-22", "less than 1%")
    assert a.share_of == b.share_of == "devices"

    def score(x, y):
        (block,) = blocks_of([x, y])
        return float(block.scores[0, 1])

    assert score(a, b) == pytest.approx(score(replace(a, share_of=""), replace(b, share_of="")) + SHARE_OF_BONUS,
                                        abs=0.01)


def test_a_date_that_scopes_a_figure_joins_the_date_of_the_event_it_names():
    """"the outage that led to thousands of canceled flights in July" scopes the count, and dates the
    outage too: it joins the outage's fact (a month holds the day), though it starts no fact of its own."""
    texts = {"a.txt": "A headline\n\nThe global outage on Friday grounded flights around the world.",
             "b.txt": "A headline\n\nThe outage on July 19 stranded travellers across the world.",
             "c.txt": "A headline\n\nDelta sued, saying the worldwide outage led to thousands of canceled flights "
                      "in July."}
    result = compare_texts(texts, published={"a.txt": "2024-07-20", "b.txt": "2024-07-22", "c.txt": "2024-10-26"})
    quotes = {c.id: c.quote for c in result.claims}
    fact = next(f for f in result.facts if "in July" in {quotes[i] for i in f.claims})
    assert {quotes[i] for i in fact.claims} == {"on Friday", "July 19", "in July"}
    assert all(v.verdict == "agree" for v in result.verdicts if "in July" in (quotes[v.a], quotes[v.b]))


def test_dates_that_scope_figures_start_no_fact_of_their_own():
    texts = {"a.txt": "A headline\n\nThe outage led to thousands of canceled flights in July.",
             "b.txt": "A headline\n\nAfter the outage, airlines canceled 7,000 flights in July."}
    result = compare_texts(texts, published={"a.txt": "2024-10-26", "b.txt": "2024-08-09"})
    kinds = {c.id: c.kind for c in result.claims}
    assert not [f for f in result.facts if all(kinds[i] == "date" for i in f.claims)]


def test_an_order_of_magnitude_with_no_precise_rival_in_its_article_meets_the_precise_figures():
    """"several million Microsoft computers" is the only count of computers its article gives: it joins
    the fact of the 8.5 million devices the other outlets report, as they match in words."""
    texts = {"a.txt": "A headline\n\nThe faulty update affected 8.5 million Windows devices, Microsoft said.",
             "b.txt": "A headline\n\nThe faulty update affected an estimated 8.5 million Windows devices.",
             "c.txt": "A headline\n\nLawyers say the outage began when an update went out to several million "
                      "Microsoft computers around the world."}
    result = compare_texts(texts, published=dict.fromkeys(texts, "2024-07-22"))
    quotes = {c.id: c.quote for c in result.claims}
    assert any("several million" in {quotes[v.a], quotes[v.b]} for v in result.verdicts)


def test_an_articles_two_mentions_do_not_seed_a_fact():
    """Outlets' pairs are joined before one article's own: two mentions of one article that match each
    other best would otherwise found a fact the other outlets' figures cannot join on average, and each
    would lose the counterpart it has elsewhere."""
    from dataclasses import replace

    import numpy as np

    from comparer.group import cluster
    from comparer.match import Block

    base = _figure("Delta canceled 600 flights.", "2024-07-22", "600")
    members = tuple(replace(base, id=f"{article}#{n}", article=article)
                    for n, article in enumerate(("a.txt", "a.txt", "b.txt", "c.txt")))
    scores = np.array([[0, 90, 70, 10], [90, 0, 10, 70], [70, 10, 0, 10], [10, 70, 10, 0]], dtype=np.float32)
    groups = cluster(Block(members, scores, ~np.eye(4, dtype=bool)), threshold=45.0)
    assert sorted(sorted(group) for group in groups) == [[0, 2], [1, 3]]
