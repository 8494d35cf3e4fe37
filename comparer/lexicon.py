"""The news lexicon: what a figure measures and what it counts, as tables over lemmas.

Data, not rules: `measures` reads these tables. Every row must mean the same in any news story
("killed", "died" and "death toll" are deaths in a flood, a war or a crash); a word that names one
story's people, places or products never belongs here. Keys are lemmas (simplemma's, lower case)
unless a table says it holds surface words. Where the rows came from is said above each table;
`tests/test_measures.py` pins them with phrases from many kinds of news.
"""

from __future__ import annotations

# What happened to, or is true of, the thing counted. Rows: the verbs, nouns and adjectives news
# reports of disasters, crime, war, health, aviation, elections, business and sport put right before
# or after a figure ("killed 12", "12 were killed", "a death toll of 12"), gathered from wire-style
# copy across those beats; simplemma's lemmas as keys, plus the surface forms it leaves alone.
MEASURE_WORDS: dict[str, str] = {
    # deaths
    "kill": "deaths", "die": "deaths", "life": "deaths", "dead": "deaths", "death": "deaths", "toll": "deaths",
    "fatality": "deaths", "fatal": "deaths", "perish": "deaths", "slay": "deaths", "slain": "deaths", "drown": "deaths",
    "deceased": "deaths", "murder": "deaths", "execute": "deaths", "massacre": "deaths", "body": "deaths",
    # injuries
    "injure": "injuries", "injured": "injuries", "injury": "injuries", "wound": "injuries", "wounded": "injuries",
    "hurt": "injuries", "hospitalise": "injuries", "hospitalize": "injuries", "hospitalised": "injuries",
    "hospitalized": "injuries", "treat": "injuries",
    "casualty": "casualties",
    # people whose fate is open, or who were moved
    "missing": "missing", "unaccounted": "missing", "disappear": "missing",
    "rescue": "rescued", "save": "rescued", "evacuate": "evacuated", "evacuation": "evacuated",
    "evacuee": "evacuated", "displace": "displaced", "displaced": "displaced", "homeless": "displaced",
    "flee": "displaced", "uproot": "displaced", "strand": "stranded", "stranded": "stranded",
    "trap": "trapped", "trapped": "trapped", "survive": "survivors", "survivor": "survivors",
    "bury": "buried", "burial": "buried", "recover": "recovered", "retrieve": "recovered",
    # justice and security
    "arrest": "arrested", "detain": "arrested", "detention": "arrested", "detainee": "arrested",
    "charge": "charged", "convict": "convicted", "sentence": "sentenced", "jail": "sentenced", "imprison": "sentenced",
    "release": "released", "kidnap": "abducted", "seize": "seized", "confiscate": "seized", "smuggle": "seized",
    "abduct": "abducted",
    # presence of forces and people
    "deploy": "presence", "station": "presence", "stationed": "presence", "deployed": "presence",
    "base": "presence", "garrison": "presence", "aboard": "aboard", "onboard": "aboard", "carry": "aboard",
    "occupant": "aboard", "uninjured": "uninjured", "unhurt": "uninjured", "ban": "banned",
    # violence and operations
    "attack": "attacks", "strike": "attacks", "airstrike": "attacks", "raid": "attacks", "bombing": "attacks",
    "assault": "attacks", "shelling": "attacks", "launch": "launched", "intercept": "intercepted",
    # travel and operations
    "cancel": "cancelled", "cancell": "cancelled", "cancellation": "cancelled", "scrap": "cancelled",
    "axe": "cancelled", "delay": "delayed", "ground": "grounded", "grounding": "grounded",
    "divert": "diverted", "suspend": "suspended", "halt": "suspended", "shut": "closed",
    "reopen": "reopened", "resume": "resumed", "operate": "operated", "fly": "operated",
    "restore": "restored", "restoration": "restored",
    # reach of an event
    "affect": "affected", "impact": "affected", "hit": "affected", "crash": "affected", "disrupt": "affected",
    "offline": "affected", "shutdown": "affected", "find": "found", "uncover": "found", "discover": "found",
    "infect": "infections", "infection": "infections", "case": "cases", "vaccinate": "vaccinated",
    "destroy": "destroyed", "damage": "damaged", "flood": "flooded", "collapse": "destroyed",
    "burst": "destroyed", "breach": "destroyed", "rupture": "destroyed", "demolish": "destroyed", "raze": "destroyed",
    # elections
    "vote": "votes", "ballot": "votes", "seat": "seats", "turnout": "turnout", "majority": "majority",
    "elect": "elected", "candidate": "candidates", "constituency": "seats", "poll": "poll",
    "mp": "seats", "win": "won", "declare": "declared",
    # business and money
    "revenue": "revenue", "sales": "revenue", "sale": "revenue", "turnover": "revenue", "profit": "profit",
    "earnings": "profit", "income": "profit", "loss": "loss", "lose": "loss", "cost": "cost", "expense": "cost",
    "pay": "payment", "payment": "payment", "compensation": "payment", "compensate": "payment", "payout": "payment",
    "reimburse": "payment", "reimbursement": "payment", "refund": "payment", "settlement": "payment",
    "price": "price", "fare": "price", "valuation": "value", "value": "value", "worth": "value",
    "fine": "fine", "penalty": "fine", "damages": "damages", "aid": "aid", "funding": "aid", "grant": "aid",
    "assistance": "aid",
    "donate": "aid", "donation": "aid", "budget": "budget", "spend": "spending", "spending": "spending",
    "debt": "debt", "borrow": "debt", "loan": "debt", "invest": "investment", "investment": "investment",
    "salary": "pay", "wage": "pay", "bonus": "pay", "sell": "sold", "buy": "bought", "acquire": "bought",
    "hire": "hired", "lay": "laid off", "layoff": "laid off", "cut": "cut", "employ": "employed",
    "own": "fleet", "fleet": "fleet",
    # measurements
    "weigh": "weight", "weight": "weight", "altitude": "altitude", "height": "height", "tall": "height",
    "high": "height", "away": "distance away", "inland": "distance away", "offshore": "distance away",
    "depth": "depth", "deep": "depth", "long": "length", "length": "length", "wide": "width", "rain": "rainfall",
    "rainfall": "rainfall", "population": "population", "inhabitant": "population", "capacity": "capacity",
    # how long a thing has existed ("an eight-week old jet", "the 50-year-old dam"): durations only
    "old": "age", "aged": "age",
}

# Several words that say one measure together ("death toll", "lost their lives"): surface words, lower case,
# matched before single words. From the same beats as MEASURE_WORDS.
MEASURE_PHRASES: dict[tuple[str, ...], str] = {
    ("lost", "their", "lives"): "deaths", ("lost", "his", "life"): "deaths", ("lost", "her", "life"): "deaths",
    ("death", "toll"): "deaths", ("body", "count"): "deaths", ("found", "dead"): "deaths",
    ("feared", "dead"): "deaths", ("bodies", "recovered"): "recovered", ("bodies", "found"): "recovered",
    ("unaccounted", "for"): "missing", ("pulled", "from"): "rescued", ("on", "board"): "aboard",
    **{("on", "the", vehicle): "aboard" for vehicle in ("flight", "plane", "aircraft", "jet", "ship", "boat",
                                                        "bus", "train", "ferry", "vessel")},
    ("in", "service"): "age", ("in", "its", "fleet"): "fleet", ("in", "their", "fleet"): "fleet",
    ("in", "the", "fleet"): "fleet",
    ("taken", "to", "hospital"): "injuries", ("flown", "to", "hospital"): "injuries",
    ("treated", "for"): "injuries", ("vote", "share"): "vote share", ("share", "of", "the", "vote"): "vote share",
    ("of", "the", "vote"): "vote share", ("of", "votes", "cast"): "vote share", ("market", "value"): "value",
    ("market", "cap"): "value", ("market", "capitalisation"): "value", ("market", "capitalization"): "value",
    ("share", "price"): "price", ("stock", "price"): "price", ("laid", "off"): "laid off",
    ("back", "online"): "restored", ("back", "up", "and", "running"): "restored", ("back", "in", "service"): "restored",
    ("forced", "from", "their", "homes"): "displaced", ("left", "homeless"): "displaced",
    ("from", "their", "homes"): "displaced",
    ("home", "to"): "population", ("bodies", "were", "recovered"): "recovered",
    ("remain", "in"): "presence", ("remained", "in"): "presence", ("remains", "in"): "presence",
    ("there", "are"): "presence",
    # results not yet in: seats, votes or ballots still to declare or count are no result
    **{(*lead, verb): "undeclared" for lead in (("still", "to"), ("yet", "to"), ("left", "to"), ("still", "to", "be"),
                                                ("yet", "to", "be"))
       for verb in ("declare", "declared", "count", "counted", "report", "reported")},
}

# Words that may sit between a counted noun and the word that says what happened to it
# ("12 people were reportedly killed", "600 flights had been cancelled"): surface words.
BRIDGE_WORDS = frozenset("""
was were is are be been being has have had will would could may might reportedly still also now already
so far later since then confirmed believed thought reported said known feared officially initially
originally at least more than about nearly almost over who which that as of those all and in remain
remained remains the a an its their his her another other
""".split())

# Nouns right before a figure that say what it is, over the noun it counts ("a majority of 176 seats", "a
# toll of 83 people"); a verb there ("launched 150 attacks") says less than the noun does.
MEASURE_NOUNS_BEFORE = frozenset({"majority", "margin", "toll", "turnout", "lead", "deficit", "capacity",
                                  "population", "fleet", "budget"})

# Places whose "of" before a figure gives how many live there ("the city of some 90,000", "a nation of 5
# million"): general usage for settlements and territories; not "region" ("in the region of 20,000" is a hedge).
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "country", "nation", "island", "province", "state",
                              "district", "community", "port", "capital", "metropolis", "suburb"})

# Verbs whose denial says the things counted are missing ("four bolts ... were not recovered", "two
# climbers have not been located"): general news usage of searches, wrecks and disasters.
UNFOUND_VERBS = frozenset({"find", "recover", "locate", "trace"})

# Endings of nouns for people ("shopkeepers", "immigrants", "detainees", "physicians"), for counted nouns
# the table does not list.
PEOPLE_ENDINGS = ("keeper", "man", "men", "woman", "women", "ist", "ian", "ant", "ee", "goer", "seeker", "holder",
                  "dweller", "dent", "ier", "cian")

# Counted nouns that say what happened to them only weakly: a verb near the figure says more ("1,300 bodies
# were buried" counts burials, "hundreds of bodies" alone counts the dead).
WEAK_NOUN_MEASURES = frozenset({"body", "victim"})

# Verbs that give a running figure its new level ("the death toll has risen to 11,300", "stood at",
# "reached"): the figure measures the subject of the verb, however far back in the sentence it is.
LEVEL_VERBS = frozenset("reach rise climb jump soar stand hit top exceed surpass total increase grow put "
                        "near approach pass".split())

# Verbs and nouns of a move in percent ("shares fell nearly 15%", "a 15% drop in its shares"), and the nouns whose
# move is a move of a price: a company's shares or stock move when its share price does. From market copy.
MOVE_WORDS = frozenset("fall fell drop plunge plummet slide slid sink sank slump tumble decline dip lose shed "
                       "rise rose gain climb jump surge soar rally add".split())
PRICED_NOUNS = frozenset({"share", "stock"})

# Nouns that stand for "how many" of what follows them ("the number of casualties", "a total of 40 flights").
NUMBER_NOUNS = frozenset("number total tally count figure".split())

# Nouns by which a figure names one the text has just given ("put the number at 5,500", "put that figure
# higher, at 11,300", "a final tally could reach 20,000"): the number nouns and "toll", "estimate".
ANTECEDENT_NOUNS = NUMBER_NOUNS | {"toll", "estimate"}

# What a date dates, when the words next to it say: a statement ("said Sunday", "announced Friday") or a
# report is not the event it reports on, and the end of a period ("through Saturday", "until the end of
# January") is not an event at all. Lemmas; from the reporting verbs and period words of wire copy.
DATE_MEASURE_WORDS: dict[str, str] = {
    **{word: "statement" for word in """say said tell told announce stated statement confirm add write warn
       claim insist deny acknowledge admit explain note comment speak interview brief briefing""".split()},
    **{word: "report" for word in "report filing file publish release disclose".split()},
    **{word: "until" for word in "through thru until till end deadline".split()},
}

# How a measure reads in a fact's label ("people killed", "flights cancelled").
MEASURE_LABELS: dict[str, str] = {
    "deaths": "killed", "injuries": "injured", "casualties": "casualties", "missing": "missing",
    "rescued": "rescued", "evacuated": "evacuated", "displaced": "displaced", "stranded": "stranded",
    "trapped": "trapped", "survivors": "survived", "buried": "buried", "arrested": "arrested",
    "charged": "charged", "convicted": "convicted", "sentenced": "sentenced", "released": "released",
    "abducted": "abducted", "seized": "seized", "presence": "deployed", "aboard": "aboard", "attacks": "attacks",
    "launched": "launched", "intercepted": "intercepted", "cancelled": "cancelled", "delayed": "delayed",
    "grounded": "grounded", "diverted": "diverted", "suspended": "suspended", "closed": "closed",
    "affected": "affected", "infections": "infected", "cases": "cases", "vaccinated": "vaccinated",
    "destroyed": "destroyed", "damaged": "damaged", "votes": "votes", "seats": "seats won",
    "vote share": "vote share", "turnout": "turnout", "majority": "majority", "revenue": "revenue",
    "profit": "profit", "loss": "loss", "cost": "cost", "payment": "paid", "price": "price", "value": "value",
    "fine": "fine", "damages": "damages", "aid": "aid", "spending": "spent", "debt": "debt",
    "investment": "invested", "pay": "pay", "sold": "sold", "hired": "hired", "laid off": "laid off",
    "cut": "cut", "lead": "lead", "fleet": "in the fleet", "uninjured": "uninjured", "banned": "banned",
    "found": "found",
    "won": "won", "declared": "declared", "undeclared": "still to declare", "weight": "weight", "altitude": "altitude",
    "population": "population",
}

# The class of thing a noun counts. Rows: the counted nouns of the same beats; a noun not listed counts
# its own kind ("dams" -> dam). Lemmas.
COUNTED_WORDS: dict[str, str] = {
    **{word: "people" for word in """
        people person man woman child kid adult baby infant resident citizen inhabitant civilian victim passenger
        crew crewmember crewman pilot attendant worker employee staff miner soldier troop personnel serviceman
        marine sailor officer police policeman firefighter rescuer volunteer medic doctor nurse patient student
        pupil teacher voter member mp lawmaker candidate protester demonstrator migrant refugee asylum-seeker
        prisoner detainee inmate suspect hostage tourist visitor traveler traveller customer user fan spectator
        player athlete survivor evacuee fighter militant rebel other individual family household climber hiker
        driver journalist official minister delegate pilgrim death casualty fatality life body""".split()},
    "mp": "seats",
    **{word: "planes" for word in "plane aircraft jet jetliner airplane airliner helicopter drone".split()},
    "flight": "flights", "departure": "flights", "arrival": "flights",
    **{word: "vehicles" for word in "vehicle car truck lorry bus van train tank".split()},
    **{word: "vessels" for word in "ship boat vessel ferry".split()},
    **{word: "devices" for word in "device computer machine pc laptop server phone smartphone endpoint".split()},
    **{word: "buildings" for word in "building home house structure dwelling apartment flat school hospital".split()},
    **{word: "companies" for word in "company firm business airline carrier bank corporation".split()},
    **{word: "weapons" for word in "missile rocket shell bomb weapon".split()},
    "attack": "attacks", "strike": "attacks", "airstrike": "attacks", "raid": "attacks", "bombing": "attacks",
    "seat": "seats", "constituency": "seats", "vote": "votes", "ballot": "votes", "job": "jobs", "case": "cases",
}

# Nouns a share may be "of" that name no class of thing but the whole a share is taken of, whatever it
# counts: "20% of its schedule" and "about 20 per cent of its flights" are one share; "half of the total".
# Rows: the bases of shares in airline, rail, market and poll copy of the development sets and seeds.
SHARE_OF_ANY_CLASS = frozenset({"schedule", "timetable", "total", "number", "amount", "figure", "rest", "whole",
                                "sum", "tally", "count", "level"})

# Counted classes whose things belong to someone a name before the noun can say: "121 Conservative MPs",
# "600 Delta flights", "40 US troops", "12 Israeli airstrikes". Not devices, buildings or cases, where a
# capitalised word before the noun is a kind ("Windows devices", "Covid cases"). From the same beats.
HELD_CLASSES = frozenset({"people", "seats", "planes", "flights", "vessels", "weapons", "attacks", "votes", "jobs"})

# Nicknames English news uses for a party in any story of its country (UK and Canada: Tory for
# Conservative; US: GOP for Republican), as canonical words: "the Tories" and "the Conservatives" are one
# holder. Used for holders only: in a sentence's other words "Tory" may describe ("Tory strongholds").
HOLDER_ALIASES = {"tory": "conservative", "gop": "republican"}

# Nouns by which a story names a holder again after naming it: "Labour won 412 seats ... The party won 121
# seats" is not Labour's, but "Labour ... The party won 412 seats" is. Rows: the second mentions of wire
# copy on elections, companies, airlines, governments, armed groups, sports and institutions.
HOLDER_NOUNS = frozenset("""party airline carrier company firm group government ministry agency team club bank
insurer union retailer lender automaker carmaker manufacturer operator broadcaster network studio utility
hospital university council administration coalition alliance militia army military league
""".split())

# The class counted when a figure names no noun of its own but says what happened: "at least 12 were
# injured" counts people; "a majority of between 174 and 176" counts seats (a majority of votes says
# "votes"). Measures not listed say nothing about what is counted.
COUNTED_OF_MEASURE: dict[str, str] = {
    measure: "people" for measure in ("deaths", "injuries", "casualties", "missing", "rescued", "evacuated",
                                      "displaced", "stranded", "trapped", "survivors", "buried", "arrested",
                                      "charged", "convicted", "sentenced", "released", "abducted", "aboard",
                                      "infections", "vaccinated", "hired", "laid off", "population")
} | {"seats": "seats", "votes": "votes", "attacks": "attacks", "cancelled": "flights", "majority": "seats"}

# Surface forms simplemma lemmatises in a way these tables do not expect ("cancelled" -> "cancell",
# "won" stays "won", "lives" -> "live").
LEMMA_OVERRIDES: dict[str, str] = {
    "cancelled": "cancel", "cancelling": "cancel", "won": "win", "lives": "life", "missing": "missing",
    "dead": "dead", "injured": "injured", "wounded": "wounded", "displaced": "displaced", "homeless": "homeless",
    "sales": "sales", "earnings": "earnings", "damages": "damages", "grounded": "ground", "grounding": "grounding",
    "stationed": "stationed", "deployed": "deployed", "others": "other", "mps": "mp", "aboard": "aboard",
    "left": "leave", "axed": "axe", "struck": "struck", "striking": "striking", "data": "data", "news": "news",
    "series": "series", "species": "species",
}

# What kind of statement a figure is, when its clause says: a rate or average ("$44 million each", "110 flights a
# day", "95 cents per share"), what may be ("could reach 20,000", "feared dead"), a projection of a result to come
# ("forecast to win 410", "the exit poll"), a running count ("so far", "as of 2am", "with 545 results declared",
# "bringing its total to"), an update of an earlier figure ("has risen to", "now", "revised"), or an earlier level
# given for comparison ("up from 5,000", "had previously put the number at"). Surface phrases, lower case; "{}"
# marks where the figure stands when the phrase must touch it. From election, disaster, business and health copy;
# the first table that matches wins, in this order. A threshold says what a result needs, not what it is
# ("the 326 seats needed to govern", "60 votes required to pass"): a fact of its own, as a rate is.
SCOPE_PHRASES: dict[str, tuple[str, ...]] = {
    "threshold": ("needed to govern", "needed to form", "needed for a majority", "needed for an overall majority",
                  "needed to win", "needed to pass", "required to pass", "required for a majority",
                  "required for an overall majority"),
    "previous": ("up from {}", "down from {}", "from {} in", "compared with {}", "compared to {}", "previously",
                 "initially", "had put", "had previously", "earlier figure", "first said", "was initially",
                 "last year's {}", "a year earlier", "lower than the {}", "higher than the {}",
                 "down from the {}", "up from the {}"),
    "rate": ("an average of", "on average", "average", "averaged", "{} each", "{} apiece", "{} per", "{} a day",
             "{} a week", "{} a month", "{} a year", "{} an hour", "{} daily", "{} annually", "per capita",
             "per share", "per person", "per day", "per year", "each company", "each year", "every day"),
    "possible": ("could reach", "could rise", "could climb", "could exceed", "could top", "could be", "may reach",
                 "might reach", "may rise", "may have", "might have", "could have", "likely to", "feared",
                 "fears", "is feared", "are feared", "worst case", "as high as"),
    "projection": ("forecast", "forecasts", "projected", "projection", "projections", "predicted", "prediction",
                   "predictions",
                   "predicts", "exit poll", "expected to", "is expected", "are expected", "set to win",
                   "set to fall", "set to", "on course", "on track", "estimates that", "would win", "will win",
                   "poll suggests", "polls suggest"),
    "running total": ("so far", "to date", "in all", "all-in", "overall", "in total", "altogether", "cumulative",
                      "as of", "declared", "bringing its total", "bringing the total", "running total",
                      "since friday", "since monday", "since tuesday", "since wednesday", "since thursday",
                      "since saturday", "since sunday", "since the", "this year", "year to date", "by then",
                      "there have been", "there has been", "all told", "over several days", "over the past",
                      "over the last", "over the course of", "in the days since", "in the days after",
                      "in the days following",
                      *(f"{n}-day period" for n in ("two", "three", "four", "five", "six", "seven", "several"))),
    "update": ("has risen to", "have risen to", "had risen to", "rose to", "risen to", "climbed to", "jumped to",
               "increased to", "has reached", "have reached", "now stands", "now at", "now", "latest", "updated",
               "revised", "new toll", "new figure", "amended"),
}

# Measures that news uses for one another: "casualties" most often means the dead; "grounded" flights are
# cancelled ones; "won" in a count of seats is the seats; the planes a grounding "affects" are the ones
# grounded ("grounded the jets ..., affecting around 170 aircraft"); the seats a poll gives a party are
# seats ("the 61 predicted by the exit poll"). Pairs of MEASURE_WORDS' values.
MEASURE_FAMILIES = frozenset(frozenset(pair) for pair in (
    ("deaths", "casualties"), ("cancelled", "grounded"), ("seats", "won"), ("fleet", "operated"),
    ("affected", "grounded"), ("poll", "seats"), ("poll", "won"),
))

# A measure that, of one counted class, is another measure: a flight that is grounded is a cancelled flight
# ("grounded nearly 900 flights", "the airline grounded 1,000 flights"), while a plane grounded is a plane
# out of service. From air-travel copy; MEASURE_FAMILIES still lets the two meet in other classes.
MEASURE_OF_COUNTED: dict[tuple[str, str], str] = {("grounded", "flights"): "cancelled"}

# Counted nouns that stand for people of any kind: "people", "others", "individuals" can be passengers or
# crew, troops or civilians, so a count of them meets a count of any specific kind of person.
GENERIC_PEOPLE = frozenset({"", "people", "person", "other", "individual", "resident", "civilian", "victim",
                            "deaths", "casualties", "life", "body"})

# Kinds of people that exclude one another in any story: a count of passengers is never a count of crew,
# troops are not civilians, children not adults. Kinds not listed (miners, workers, residents) may be any.
PEOPLE_ROLES: dict[str, str] = {
    **{word: "passengers" for word in ("passenger", "traveler", "traveller")},
    **{word: "crew" for word in ("crew", "crewmember", "crewman", "pilot", "attendant")},
    **{word: "troops" for word in ("troops", "troop", "soldier", "serviceman", "marine", "sailor", "personnel")},
    **{word: "civilians" for word in ("civilian",)},
    **{word: "children" for word in ("child", "children", "kid", "baby", "infant", "pupil")},
    **{word: "adults" for word in ("adult",)},
    **{word: "police" for word in ("police", "policeman", "officer")},
}

# Measures that only sums of money have, and the only measures a distance has: a count "lost" or a height
# "operated" is a misreading of a nearby word, and is left empty instead.
MONEY_MEASURES = frozenset({"revenue", "profit", "loss", "cost", "payment", "price", "value", "fine", "damages",
                            "aid", "budget", "spending", "debt", "investment", "pay"})
DISTANCE_MEASURES = frozenset({"altitude", "height", "depth", "length", "width", "rainfall", "distance away"})

# Words right after a distance that make it how far one place is from another ("13 kilometres from the city",
# "560 miles east of Tripoli", "20 km inland"), from the seeds, the development sets and wire copy in general.
DISTANCE_AWAY_WORDS = frozenset("""from away east west north south northeast northwest southeast southwest inland
offshore upstream downstream off outside""".split())

# Measures of a state that lasts, which a span of time after "for" can measure ("grounded the jets for
# nearly a month", "detained for two weeks", "deployed for 20 years"); not events ("on strike for six
# weeks" is no attack). Values of MEASURE_WORDS.
LASTING_MEASURES = frozenset({"grounded", "suspended", "closed", "delayed", "cancelled", "stranded", "trapped",
                              "banned", "arrested", "sentenced", "missing", "displaced", "evacuated", "affected",
                              "operated", "presence", "age", "released"})

# Words right after a duration that make it the time between two moments, not how long something lasted
# ("one year after the flood", "two days later", "three weeks since the vote"): measure "elapsed".
ELAPSED_WORDS = frozenset("after later since ago before earlier on".split())

# Measures of what happened to people, which no one owns: a name before "killed 40" or "40 were evacuated"
# is the agent, the source or the place ("Emergency workers uncovered hundreds of bodies", "the death toll of
# Storm Daniel"), never whose figure it is, so such a figure has no holder (a holder keeps "Labour won 412"
# and "the Conservatives 121" apart, and would split one toll into as many facts as names near it). Results
# declared or still to declare are the count's, not a party's ("Labour crossed the line with more than 150
# seats still to declare").
OWNERLESS_MEASURES = frozenset({"deaths", "casualties", "injuries", "missing", "rescued", "evacuated", "displaced",
                                "stranded", "recovered", "buried", "declared", "undeclared"})

# Measures of things that happen anew each day and are counted per day or per period: the cancellations
# of Sunday are not Monday's, nor their total. Rows: the daily tallies of travel disruption and of
# conflict in wire copy (cancelled, delayed or diverted flights and trains; attacks, launches,
# interceptions).
# Kinds of figure that time does not change: a dam is as high, and a city as far, on Monday as on Friday,
# so two such figures of different days that differ are not an earlier and a later reading.
FIXED_KINDS = frozenset({"distance"})
# Measures that do not move from one day to the next, in a reader's words: how many were aboard a flight is
# settled when it lands, and a city's population is the same in Monday's report as in Friday's (not in two
# censuses ten years apart: judge.FIXED_FOR_DAYS).
FIXED_MEASURES = {"aboard": "the number aboard", "population": "a place's population"}

DAILY_MEASURES = frozenset({"cancelled", "delayed", "diverted", "attacks", "launched", "intercepted"})

# Measures whose count only grows while a story unfolds, so that two outlets' figures of different days may
# be two readings of one count however far apart (a toll of 2,300 on Tuesday and 11,300 on Thursday): the
# tolls of disasters, conflicts and epidemics, and what the searches find. Any other figure that comes back
# days later three times larger is another fact (the cancellations of another day, another party's seats).
# Rows: the evolving counts of wire copy on floods, quakes, wars, outbreaks and crackdowns.
ACCUMULATING_MEASURES = frozenset({
    "deaths", "casualties", "injuries", "missing", "rescued", "evacuated", "displaced", "stranded", "trapped",
    "survivors", "buried", "found", "recovered", "arrested", "charged", "abducted", "released", "affected",
    "infections", "cases", "vaccinated", "destroyed", "damaged"})
