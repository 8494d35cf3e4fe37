"""The evaluation: `python -m comparer.evaluate` (`make eval`) runs the whole pipeline on every gold set
and prints one row of figures per set, the same figures `tests/devsets/score.py` gives for the command
line's output (see `scoring`).

Sets: the five seed articles (`tests/gold/`, every claim annotated, so every false contradiction counts)
and each real-news development story in `tests/devsets/` (partly annotated: a false contradiction counts
only between annotated claims, as the reference is run with `--annotated-only`). The hand-made sentence
pairs of `tests/gold/` are scored too. `--details SET` lists what was missed and what was wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from .scoring import GoldClaim, covers, gold_claims, score_extraction, score_relations

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
PAIR_SETS = {"pairs": "hand-made pairs", "undated_pairs": "hand-made undated pairs"}
"""Our own labelled sentence pairs in the gold folder (<name>.jsonl), and how the table names them."""

COLUMNS = (("recall", "recall"), ("precision", "prec."), ("value_accuracy", "values"),
           ("excluded_as_body", "excl."), ("measure_coverage", "measure"), ("relation_recall", "rel.rec"),
           ("verdict_accuracy", "verdict"), ("link_precision", "links"), ("false_contradictions", "false c."))
"""The figures of a set's row, and their column headings."""


@dataclass(frozen=True)
class GoldSet:
    """A folder of gold claims and relations, and where its documents are."""

    name: str
    gold_dir: Path
    docs_dir: Path
    annotated_only: bool

    def documents(self) -> list[Path]:
        names = sorted({json.loads(line)["doc"] for line in
                        (self.gold_dir / "claims.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()})
        return [self.docs_dir / name for name in names]


def gold_sets() -> list[GoldSet]:
    """The seeds, then every development story, by name."""
    stories = sorted(p.parent for p in (TESTS / "devsets").glob("*/claims.jsonl"))
    return [GoldSet("seeds", TESTS / "gold", ROOT / "seeds", annotated_only=False)] + [
        GoldSet(path.name, path, path / "docs", annotated_only=True) for path in stories]


@dataclass(frozen=True)
class SetResult:
    figures: dict
    extraction: dict
    relations: dict
    gold: tuple[GoldClaim, ...]
    comparison: dict


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate_set(gold_set: GoldSet) -> SetResult:
    """Load the set's documents as the command line does, compare them, and score both stages."""
    from .api import compare_articles, load_articles

    articles, failures = load_articles(gold_set.documents())
    if failures:
        raise SystemExit("\n".join(failures))
    comparison = compare_articles(articles).to_dict()
    gold = gold_claims(_read_jsonl(gold_set.gold_dir / "claims.jsonl"), {a.id: a.text for a in articles})
    extraction, extraction_details = score_extraction(gold, comparison["claims"])
    relations, relation_details = score_relations(gold, _read_jsonl(gold_set.gold_dir / "relations.jsonl"),
                                                  comparison, annotated_only=gold_set.annotated_only)
    figures = {**extraction, **relations, "measure_coverage": measure_coverage(gold, comparison["claims"])}
    return SetResult(figures, extraction_details, relation_details, tuple(gold), comparison)


def measure_coverage(gold: list[GoldClaim], claims: list[dict]) -> float | None:
    """Of the reported body claims that find a gold count claim, the share that say what they measure."""
    counts = [g for g in gold if g.section == "body" and g.kind == "count"]
    found = [c for c in claims if c.get("section") == "body" and c["kind"] == "count"
             and any(covers(c, g) for g in counts)]
    return round(sum(1 for c in found if c.get("measure")) / len(found), 3) if found else None


def format_row(name: str, figures: dict) -> str:
    cells = [f"{figures.get(key) if figures.get(key) is not None else '-':>9}" for key, _ in COLUMNS]
    return f"{name:<16}" + "".join(cells)


def format_details(result: SetResult) -> str:
    """What a set's run missed and got wrong, one line each."""
    claims = {c["id"]: c for c in result.comparison["claims"]}
    lines = ["missed claims:"] + [f"  {g.id}: {g.quote!r}" for g in result.extraction["missed"]]
    lines += ["reported claims that are no gold claim:"] + [
        f"  {c['article']}: {c['quote']!r} ({c['kind']})" for c in result.extraction["false_positives"]]
    lines += ["wrong values:"] + [f"  {g.id}: {g.quote!r} gold {g.value}, said {said}"
                                  for g, said in result.extraction["wrong_values"]]
    lines.append("relations missed or judged wrong:")
    for outcome in result.relations["outcomes"]:
        if outcome["right"]:
            continue
        relation = outcome["relation"]
        said = ", ".join(v["verdict"] for v in outcome["said"]) or "not matched"
        lines.append(f"  {relation['a']} ~ {relation['b']}: gold {relation['relation']}, said {said}")
    for title, key in (("false contradictions:", "false_contradictions"), ("wrong links:", "wrong_links")):
        lines.append(title)
        for verdict in result.relations[key]:
            a, b = claims[verdict["a"]], claims[verdict["b"]]
            lines.append(f"  {verdict['verdict']}: {a['article']} {a['quote']!r} ~ {b['article']} {b['quote']!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m comparer.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--details", metavar="SET", help="also list the misses and errors of this set")
    parser.add_argument("--out", type=Path, default=ROOT / "eval-results.json", help="where to write the figures")
    args = parser.parse_args(argv)
    from .pairs import score_pairs

    print(f"{'set':<16}" + "".join(f"{heading:>9}" for _, heading in COLUMNS))
    everything = {}
    for gold_set in gold_sets():
        result = evaluate_set(gold_set)
        everything[gold_set.name] = result.figures
        print(format_row(gold_set.name, result.figures))
        if args.details == gold_set.name:
            print(format_details(result))
    for name, label in PAIR_SETS.items():
        figures = score_pairs(TESTS / "gold" / f"{name}.jsonl")
        everything[name] = figures
        print(f"{label}: accuracy {figures['accuracy']}, false contradictions {figures['false_contradictions']} "
              f"({figures['pairs']} pairs)")
    args.out.write_text(json.dumps(everything, indent=2, default=str), encoding="utf-8")
    print(f"figures written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
