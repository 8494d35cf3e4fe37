"""What a number counts or measures: small lexicons of units and counted nouns, and their classes.

Units in one class compare with each other: kilometres with feet (converted to metres), suspects
with people. Counted nouns not listed here keep their own singular as unit ("schools" -> school).
"""

from __future__ import annotations

TIME_UNITS = {"second": ("seconds", 1), "minute": ("minutes", 1), "hour": ("hours", 1), "day": ("days", 1),
              "week": ("weeks", 1), "month": ("months", 1), "year": ("years", 1), "decade": ("years", 10),
              "century": ("years", 100), "centurie": ("years", 100)}
DISTANCE_UNITS = {"foot": "feet", "feet": "feet", "ft": "feet", "mile": "miles", "km": "km", "kilometre": "km",
                  "kilometer": "km", "metre": "metres", "meter": "metres", "m": "metres", "yard": "yards",
                  "inch": "inches", "inche": "inches", "nautical mile": "nautical miles", "cm": "cm",
                  "millimetre": "mm", "millimeter": "mm", "mm": "mm"}
METRES_PER_UNIT = {"feet": 0.3048, "miles": 1609.344, "km": 1000.0, "metres": 1.0, "yards": 0.9144,
                   "inches": 0.0254, "nautical miles": 1852.0, "cm": 0.01, "mm": 0.001}
MEASURE_UNITS = {"tonne": "tonnes", "ton": "tonnes", "kg": "kg", "kilogram": "kg", "barrel": "barrels",
                 "acre": "acres", "hectare": "hectares", "gallon": "gallons", "litre": "litres", "liter": "litres",
                 "pound": "pounds", "lb": "pounds", "megawatt": "MW", "mw": "MW", "gigawatt": "GW"}
MEASURE_CLASSES = {"tonnes": ("mass", 1000.0), "kg": ("mass", 1.0), "pounds": ("mass", 0.45359237),
                   "litres": ("volume", 1.0), "gallons": ("volume", 3.785411784), "barrels": ("volume", 158.987295),
                   "acres": ("area", 4046.8564224), "hectares": ("area", 10000.0),
                   "MW": ("power", 1.0), "GW": ("power", 1000.0)}
"""Measures that convert into one another: (class, size of the unit in kg, litres, square metres or MW).
"Ton" is read as the metric tonne; a US short ton is 9% lighter. The volumes and areas of
DIMENSION_PREFIXES are added below."""
DIMENSION_PREFIXES = {"cubic": ("volume", 3, 1000.0), "square": ("area", 2, 1.0)}
"""A length unit after "cubic" or "square" is a volume or an area: (class, power of the length, and the
class's unit per cubic or square metre): "22.5 million cubic metres of water" is no distance."""
MEASURE_CLASSES.update({f"{prefix} {unit}": (measure, metres ** power * per_metre)
                        for prefix, (measure, power, per_metre) in DIMENSION_PREFIXES.items()
                        for unit, metres in METRES_PER_UNIT.items()})
COUNT_UNITS = {"troops": "troops", "soldier": "troops", "force": "troops", "personnel": "troops",
               "servicemen": "troops", "service member": "troops", "marine": "troops",
               "attack": "attacks", "strike": "attacks", "assault": "attacks", "raid": "attacks",
               "airstrike": "attacks", "bombing": "attacks", "occasion": "attacks", "incident": "incidents",
               "death": "deaths", "life": "deaths", "lives": "deaths", "fatality": "deaths", "casualty": "casualties",
               "people": "people", "person": "people", "individual": "people", "men": "people",
               "women": "people", "resident": "people", "citizen": "people", "inhabitant": "people",
               "spectator": "people", "fan": "people", "children": "children", "child": "children",
               "vote": "votes", "seat": "seats", "point": "points", "goal": "goals"}
PEOPLE_UNITS = {"people", "suspect", "protester", "worker", "employee", "student", "patient", "migrant",
                "refugee", "civilian", "prisoner", "detainee", "passenger", "voter", "member", "child", "children",
                "visitor", "tourist", "victim", "officer", "teacher", "doctor", "nurse", "pilgrim", "hostage",
                "operative", "fighter", "militant", "supporter", "staff", "journalist", "official", "adult"}
"""Counts of people: compared with each other when one side is the generic "people"."""
MEASURE_NOUNS = {"population": "people", "toll": "deaths", "attendance": "people", "crowd": "people",
                 "workforce": "people", "headcount": "people", "membership": "member", "electorate": "people"}
"""Nouns that say what a bare figure counts: "the city's population was 1.4 million" counts people."""
IRREGULAR_PLURALS = {"people", "personnel", "police", "children", "men", "women", "staff", "troops", "cattle",
                     "feet", "lives", "data", "media", "crew", "youth", "clergy", "fish", "sheep",
                     "aircraft", "offspring", "deer"}
MEN_SINGULARS = frozenset({"specimen", "abdomen", "regimen", "omen", "amen", "stamen", "hymen", "semen", "acumen",
                           "yemen", "bitumen", "lumen", "albumen", "cyclamen", "germen", "gravamen"})
"""Words ending in "men" that are not plurals of "-man" ("fishermen", "gunmen", "policewomen" are)."""
F_PLURALS = {"lives": "life", "wives": "wife", "knives": "knife", "halves": "half", "wolves": "wolf",
             "leaves": "leaf", "thieves": "thief", "selves": "self", "shelves": "shelf", "loaves": "loaf"}


USE_WORDS = frozenset({"houses", "causes", "uses", "pauses", "clauses", "cruises", "excuses", "abuses", "fuses",
                       "muses", "refuses", "spouses", "blouses", "warehouses", "greenhouses", "courthouses",
                       "lighthouses"})
"""Words ending in "uses" whose singular ends in "use" ("houses"), not in "us" ("buses", "viruses", "campuses")."""


def singular(word: str) -> str:
    """A plural noun's singular, by rule.

    >>> [singular(w) for w in ["troops", "cities", "wolves", "churches", "status", "gunmen", "buses", "houses"]]
    ['troops', 'city', 'wolf', 'church', 'status', 'gunman', 'bus', 'house']
    """
    if word in IRREGULAR_PLURALS:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word in F_PLURALS:
        return F_PLURALS[word]
    if word.endswith("men") and len(word) > 5 and word not in MEN_SINGULARS:
        return word[:-3] + "man"  # "fishermen", "gunmen", "policewomen"
    if word.endswith(("ches", "shes", "xes", "sses", "zzes", "uses")) and word not in USE_WORDS:
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    return word


def is_plural(word: str) -> bool:
    """Whether a noun is plural; an acronym with an "s" ("MPs", "PCs") is.

    >>> is_plural("seats"), is_plural("MPs"), is_plural("bus")
    (True, True, False)
    """
    if len(word) >= 3 and word.endswith("s") and word[:-1].isupper():
        return True
    return word in IRREGULAR_PLURALS or (singular(word) != word and len(word) > 3)


def dimensioned(prefix: str, unit: str) -> str:
    """The volume or area unit a length unit makes after "cubic" or "square", or "" for none.

    >>> dimensioned("cubic", "metres"), dimensioned("square", "miles"), dimensioned("big", "metres")
    ('cubic metres', 'square miles', '')
    """
    name = f"{prefix.lower()} {unit}"
    return name if name in MEASURE_CLASSES else ""


def unit_of(word: str) -> tuple[str, float, str]:
    """(unit, factor, kind) of a noun: time units are durations, lengths distances, others counts.

    >>> unit_of("decades"), unit_of("kilometres"), unit_of("soldiers"), unit_of("schools")
    (('years', 10, 'duration'), ('km', 1, 'distance'), ('troops', 1, 'count'), ('', 1, 'count'))
    """
    one = singular(word)
    if one in TIME_UNITS:
        unit, factor = TIME_UNITS[one]
        return unit, factor, "duration"
    if one in DISTANCE_UNITS:
        return DISTANCE_UNITS[one], 1, "distance"
    if one in MEASURE_UNITS:
        return MEASURE_UNITS[one], 1, "count"
    if word in COUNT_UNITS or one in COUNT_UNITS:
        return COUNT_UNITS.get(word, COUNT_UNITS.get(one)), 1, "count"
    return "", 1, "count"


def unit_class(unit: str) -> str:
    """The class a count's unit compares in: every kind of person is "people", tonnes and kilograms
    are "mass", and so on (MEASURE_CLASSES)."""
    if unit in MEASURE_CLASSES:
        return MEASURE_CLASSES[unit][0]
    return "people" if unit in PEOPLE_UNITS else unit


def units_comparable(a: str, b: str) -> bool:
    """Whether two counts' units can be compared: equal, or one is the generic "people"."""
    return a == b or (unit_class(a) == unit_class(b) == "people" and "people" in (a, b))
