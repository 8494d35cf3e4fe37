"""Matching speed: claims from synthetic articles matched and judged, beside a plain Python double
loop that calls rapidfuzz once per pair (timed on a sample, in the same run). Prints how the time
grows from 500 to 2,000 articles and the peak memory. A script that prints figures; never a test.

    python benchmarks/match.py [--articles 2000] [--stories 100] [--seed 7]

The synthetic corpus: `stories` news stories, each with its own places, people and 16 facts (a
count, a sum or a date); every article tells one story, stating each fact with its own hedge and
a little noise, about 25 claims an article (50,000 from 2,000 articles).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402
from rapidfuzz.utils import default_process  # noqa: E402

from comparer.api import compare_articles, extract_each  # noqa: E402
from comparer.load import article_from_text  # noqa: E402
from comparer.match import blocks_of  # noqa: E402
from comparer.stories import story_groups  # noqa: E402

SYLLABLES = ["ka", "lo", "mi", "ra", "to", "ve", "su", "an", "el", "or", "ba", "di", "ne", "qu", "za", "fi", "gor",
             "tem", "vil", "sha", "pre", "dun", "mar", "kel", "ost", "ri", "ul", "yan", "bre", "ch", "io", "wex"]
NOUNS = ["troops", "attacks", "deaths", "people", "schools", "hospitals", "votes", "workers", "refugees", "arrests",
         "homes", "flights", "patients", "students", "vehicles", "drones", "ships", "farms", "seats", "wells",
         "bridges", "permits", "doctors", "tents", "buses", "clinics", "loans", "fines", "villages", "mines"]
VERBS = ["reported", "counted", "recorded", "confirmed", "estimated", "listed", "tallied", "registered"]
FACTS_PER_STORY = 16
"""With about 1.6 claims a fact, 2,000 articles give the 50,000 claims the target speaks of."""
HEDGES = ["", "about ", "some ", "nearly ", "more than ", "at least ", "roughly "]
MONTHS = ["January", "February", "March", "April", "June", "July", "September", "October", "November"]
COUNT_FORMS = ["Officials in {place} {verb} {hedge}{value} {noun} linked to {person} in {year}.",
               "In {year}, {hedge}{value} {noun} in {place} were tied to {person}, officials {verb}.",
               "{person} was linked to {hedge}{value} {noun} in {place} in {year}, according to records."]
MONEY_FORMS = ["The {place} fund paid {hedge}${value} million to {person} for the {topic} programme.",
               "{person} received {hedge}${value} million from the {place} fund for {topic}."]
DATE_FORMS = ["{person} met the council of {place} in {month} {year} to discuss {topic}.",
              "The council of {place} first hosted {person} in {month} {year}, a meeting on {topic}."]


def name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()


def story(rng: random.Random) -> dict:
    """A story: its own places, people, topic words and FACTS_PER_STORY facts (a count, a sum or a date)."""
    tale = {"places": [name(rng) for _ in range(4)], "people": [name(rng) for _ in range(3)],
            "topic": name(rng).lower(), "nouns": rng.sample(NOUNS, 5), "facts": []}
    for _ in range(FACTS_PER_STORY):
        kind = rng.random()
        fact = {"place": rng.choice(tale["places"]), "person": rng.choice(tale["people"]),
                "year": rng.randint(2010, 2024), "month": rng.choice(MONTHS), "noun": rng.choice(tale["nouns"])}
        if kind < 0.6:
            fact.update(kind="count", base=rng.choice([12, 40, 150, 2500, 5000, 18000]))
        elif kind < 0.8:
            fact.update(kind="money", base=rng.choice([3, 45, 430, 1200]))
        else:
            fact.update(kind="date")
        tale["facts"].append(fact)
    return tale


def article(rng: random.Random, tale: dict) -> str:
    """One outlet's telling: its own order, phrasing, hedges and a little noise in each figure."""
    sentences = []
    for fact in tale["facts"]:
        value = f"{max(1, round(fact.get('base', 1) * rng.uniform(0.9, 1.1))):,}"
        forms = {"count": COUNT_FORMS, "money": MONEY_FORMS, "date": DATE_FORMS}[fact["kind"]]
        sentences.append(rng.choice(forms).format(hedge=rng.choice(HEDGES), value=value, verb=rng.choice(VERBS),
                                                  topic=tale["topic"], **fact))
    rng.shuffle(sentences)
    return f"{tale['topic'].capitalize()} report from {rng.choice(tale['places'])}\n\n" + " ".join(sentences)


def corpus(articles: int, stories: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    tales = [story(rng) for _ in range(stories)]
    return [article(rng, tales[i % stories]) for i in range(articles)]


def double_loop_rate(claims, sample: int) -> float:
    """Pairs per second of the obvious way: for each pair, rapidfuzz on the subjects and contexts."""
    chosen = claims[:sample]
    start = time.perf_counter()
    pairs = 0
    for i, a in enumerate(chosen):
        for b in chosen[i + 1:]:
            if a.article != b.article and a.kind == b.kind:
                fuzz.token_set_ratio(a.subject, b.subject, processor=default_process)
                fuzz.token_set_ratio(a.context, b.context)
            pairs += 1
    return pairs / (time.perf_counter() - start)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=2000)
    options.add_argument("--stories", type=int, default=100)
    options.add_argument("--seed", type=int, default=7)
    args = options.parse_args()
    texts = corpus(args.articles, args.stories, args.seed)
    articles = [article_from_text(f"a{i:05d}.txt", text) for i, text in enumerate(texts)]
    all_claims = list(extract_each(articles).claims)
    print(f"{len(articles):,} synthetic articles, {len(all_claims):,} claims (extraction not timed)")
    timings = {}
    for count in sorted({500, 1000, args.articles}):
        subset = articles[:count]
        claims = [c for c in all_claims if c.article in {a.id for a in subset}]
        start = time.perf_counter()
        comparison = compare_articles(subset, claims=claims)
        timings[count] = time.perf_counter() - start
        print(f"{count:>5} articles, {len(claims):>6,} claims: matched and judged in {timings[count]:6.2f} s, "
              f"{len(comparison.verdicts):,} verdicts, {len(comparison.facts):,} facts")
    total_pairs = len(all_claims) * (len(all_claims) - 1) / 2
    rate = double_loop_rate(all_claims, 1500)
    loop_estimate = total_pairs / rate
    groups = story_groups(articles)
    story_of = {article_id: index for index, group in enumerate(groups) for article_id in group}
    block_pairs = sum(len(b.members) * (len(b.members) - 1) / 2 for b in blocks_of(all_claims, story_of=story_of))
    print(f"plain double loop with rapidfuzz per pair: {rate:,.0f} pairs/s on a 1,500-claim sample; "
          f"all {total_pairs:,.0f} pairs would take about {loop_estimate:,.0f} s, and the {block_pairs:,.0f} pairs "
          f"inside the same blocks about {block_pairs / rate:,.1f} s")
    print(f"ratio: comparer is {loop_estimate / timings[args.articles]:,.0f}x the double loop over all pairs, "
          f"{block_pairs / rate / timings[args.articles]:,.1f}x the loop over the same blocks (which scores only, "
          "without grouping or verdicts)")
    smallest = min(timings)
    growth = timings[args.articles] / timings[smallest]
    print(f"growth: {args.articles / smallest:.0f}x the articles took {growth:.1f}x the time")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
