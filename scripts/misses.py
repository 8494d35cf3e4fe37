"""Why relations are missed: every gold relation of a set that the comparison misses or judges wrong, and
every verdict that joins claims of two different gold facts, sorted by its first cause. Work from this
table, not from hunches: fix the largest cause with a general rule, then rerun every set.

    python scripts/misses.py SET [--list CAUSE]   (SET: seeds or a folder name in tests/devsets)

Causes, tried in this order: not extracted (a gold claim has no reported body claim), wrong kind,
blocked apart (other block: counted class, change or level), wrong measure, other kind of person,
scored too low, not grouped (matched but left in other facts: average linkage or one claim per
article), then wrong verdicts by gold label, the verdict given and the rule that gave it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from comparer import settings  # noqa: E402
from comparer.api import compare_articles, load_articles  # noqa: E402
from comparer.evaluate import _read_jsonl, gold_sets  # noqa: E402
from comparer.match import block_key, blocks_of  # noqa: E402
from comparer.scoring import gold_claims  # noqa: E402
from comparer.similarity import kind_of_person, measures_compatible  # noqa: E402


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("set")
    options.add_argument("--list", help="print every case of this cause")
    args = options.parse_args()
    gold_set = next(s for s in gold_sets() if s.name == args.set)
    articles, _ = load_articles(gold_set.documents())
    comparison = compare_articles(articles)
    claims = [c for c in comparison.claims if c.section == "body"]
    gold = {g.id: g for g in gold_claims(_read_jsonl(gold_set.gold_dir / "claims.jsonl"),
                                          {a.id: a.text for a in articles})}

    def reported(gold_id: str) -> list:
        """Every body claim over the gold claim's span, as the reference scorer counts them."""
        g = gold[gold_id]
        return [c for c in claims if c.article == g.doc and c.start < g.end and g.start < c.end]

    scores = {}
    for block in blocks_of(claims):
        index = {c.id: i for i, c in enumerate(block.members)}
        scores.update({(a, b): float(block.scores[index[a], index[b]]) for a in index for b in index if a != b})
    fact_of = {claim_id: fact.id for fact in comparison.facts for claim_id in fact.claims}
    verdict_of = {frozenset((v.a, v.b)): v for v in comparison.verdicts}
    causes: dict[str, list[str]] = defaultdict(list)
    for relation in _read_jsonl(gold_set.gold_dir / "relations.jsonl"):
        if relation["relation"] == "related":
            continue
        over_a, over_b = reported(relation["a"]), reported(relation["b"])
        label = f"{relation['a']} ~ {relation['b']} (gold {relation['relation']})"
        if not over_a or not over_b:
            causes["not extracted"].append(label)
            continue
        pairs = [(x, y) for x in over_a for y in over_b]
        judged = [(x, y) for x, y in pairs if frozenset((x.id, y.id)) in verdict_of]
        a, b = (judged or sorted(pairs, key=lambda p: (p[0].kind != p[1].kind, -scores.get((p[0].id, p[1].id), 0))))[0]
        said = verdict_of.get(frozenset((a.id, b.id)))
        where = f"{label}: {a.quote!r} [{a.measure}/{a.counted}] ~ {b.quote!r} [{b.measure}/{b.counted}]"
        if said is not None:
            if said.verdict not in relation.get("accept", [relation["relation"]]):
                causes[f"wrong verdict: gold {relation['relation']}, said {said.verdict} ({said.rule})"].append(
                    f"{where}: {said.reason[:300]}")
            continue
        if a.kind != b.kind and {a.kind, b.kind} != {"percent", "ratio"}:
            cause = f"wrong kind ({a.kind} / {b.kind})"
        elif block_key(a) != block_key(b):
            cause = "blocked apart"
        elif not measures_compatible(a.measure, b.measure):
            cause = "wrong measure"
        elif kind_of_person(a) and kind_of_person(b) and kind_of_person(a) != kind_of_person(b):
            cause = "other kind of person"
        elif scores.get((a.id, b.id), 0) < settings.MATCH_THRESHOLD:
            cause = "scored too low"
        else:
            cause = "not grouped"
        causes[cause].append(f"{where} score {scores.get((a.id, b.id), 0):.0f}, facts {fact_of.get(a.id)} / "
                             f"{fact_of.get(b.id)}")
    by_id = {c.id: c for c in claims}
    for verdict in comparison.verdicts:
        a, b = by_id[verdict.a], by_id[verdict.b]
        ga, gb = (_overlapping(gold.values(), claim) for claim in (a, b))
        if ga and gb and not any(x.fact and x.fact == y.fact for x in ga for y in gb):
            causes[f"wrong link ({verdict.verdict})"].append(
                f"{ga[0].id} {_described(a)} ~ {gb[0].id} {_described(b)} score {verdict.score:.0f} {verdict.rule}")
    for cause, cases in sorted(causes.items(), key=lambda item: -len(item[1])):
        print(f"{len(cases):5}  {cause}")
        if args.list and args.list in cause:
            for case in cases:
                print(f"         {case}")
    print(Counter({k.split(":")[0].split(" (")[0]: len(v) for k, v in causes.items()}))


def _described(claim) -> str:
    """A claim as the wrong-link list shows it: what it measures, whose it is, when and of what scope."""
    when = claim.time_start if claim.time_start == claim.time_end else f"{claim.time_start}..{claim.time_end}"
    return (f"{claim.quote!r} [{claim.measure}/{claim.counted}] H={claim.holder or '-'} T={when}"
            f"({claim.time_basis}) {claim.scope or ''}")


def _overlapping(gold, claim) -> list:
    return [g for g in gold if g.section == "body" and g.doc == claim.article and g.start < claim.end
            and claim.start < g.end]


if __name__ == "__main__":
    main()
