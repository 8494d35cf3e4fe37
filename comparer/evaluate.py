"""Score extraction and matching against a gold annotation: `python -m comparer.evaluate`.

Scoring follows tests/gold/README.md: a gold claim is found when a reported body claim of the
same article overlaps its quote; precision leaves out reported claims that overlap only `meta`
gold claims; a reported body claim overlapping an `excluded` gold claim is counted on its own
line. Relations: a gold relation is matched when a verdict links claims overlapping its two
ends; it is right when the verdict is in `accept`. Prints a table and writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from .normalize import content_words
from .records import Claim, Verdict

ROOT = Path(__file__).resolve().parent.parent
PAIR_SETS = {"pairs": "hand-made pairs", "undated_pairs": "hand-made undated pairs"}
"""Our own labelled sentence pairs in the gold folder (<name>.jsonl), and how the table names them."""


@dataclass(frozen=True)
class GoldClaim:
    id: str
    doc: str
    start: int
    end: int
    kind: str
    subject: str
    value: object
    low: object
    high: object
    section: str


def load_gold_claims(gold_dir: Path, texts: dict[str, str]) -> list[GoldClaim]:
    """Gold claims with their character spans (the quote's first occurrence unless `start` is given)."""
    claims = []
    for line in (gold_dir / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = texts[row["doc"]]
        start = row["start"] if row.get("start") is not None else text.find(row["quote"])
        if start < 0:
            raise ValueError(f"gold quote not in {row['doc']}: {row['quote']!r}")
        claims.append(GoldClaim(row["id"], row["doc"], start, start + len(row["quote"]), row["kind"],
                                row["subject"], row["value"], row.get("low"), row.get("high"), row["section"]))
    return claims


def load_relations(gold_dir: Path) -> list[dict]:
    path = gold_dir / "relations.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _overlaps(claim: Claim, gold: GoldClaim) -> bool:
    return claim.article == gold.doc and claim.start < gold.end and gold.start < claim.end


def value_ok(claim: Claim, gold: GoldClaim) -> bool:
    """Whether a reported value agrees with the gold one: inside its bounds, or sharing a date prefix.

    A fraction that changes a figure is right when either the fraction or the derived figure is.
    """
    if gold.value is None:
        return True
    if gold.kind == "date" or isinstance(gold.value, str):
        if not isinstance(claim.value, str):
            return False
        return claim.value.startswith(str(gold.value)) or str(gold.value).startswith(claim.value)
    if not isinstance(claim.value, (int, float)):
        return False
    low = gold.low if gold.low is not None else gold.value
    high = gold.high if gold.high is not None else gold.value
    inside = low - 1e-9 <= claim.value <= high + 1e-9
    derived = claim.derived_value is not None and low <= claim.derived_value <= high
    return inside or derived


def score_extraction(claims: list[Claim], gold: list[GoldClaim]) -> dict:
    """Recall, precision, value accuracy, subject agreement and per-kind figures."""
    body_gold = [g for g in gold if g.section == "body"]
    reported = [c for c in claims if c.section == "body"]
    found, values_right, subject_scores, missed, wrong_values = 0, 0, [], [], []
    recall_by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in reported:
        by_doc[claim.article].append(claim)
    for g in body_gold:
        overlapping = [c for c in by_doc[g.doc] if _overlaps(c, g)]
        recall_by_kind[g.kind][1] += 1
        if not overlapping:
            missed.append(g.id)
            continue
        found += 1
        recall_by_kind[g.kind][0] += 1
        if any(value_ok(c, g) for c in overlapping):
            values_right += 1
        else:
            wrong_values.append({"gold": g.id, "gold_value": g.value,
                                 "reported": [c.value for c in overlapping]})
        subject_scores.append(max(fuzz.token_set_ratio(" ".join(content_words(c.subject)),
                                                       " ".join(content_words(g.subject))) for c in overlapping))
    counted, true_positive, excluded_as_body, false_positives = 0, 0, 0, []
    precision_by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for claim in reported:
        hits = [g for g in gold if _overlaps(claim, g)]
        if any(g.section == "excluded" for g in hits):
            excluded_as_body += 1
        if hits and all(g.section == "meta" for g in hits):
            continue
        counted += 1
        precision_by_kind[claim.kind][1] += 1
        if any(g.section == "body" for g in hits):
            true_positive += 1
            precision_by_kind[claim.kind][0] += 1
        else:
            false_positives.append(f"{claim.article}: {claim.quote!r}")
    return {
        "gold_body_claims": len(body_gold),
        "reported_body_claims": len(reported),
        "recall": _ratio(found, len(body_gold)),
        "precision": _ratio(true_positive, counted),
        "value_accuracy": _ratio(values_right, found),
        "subject_agreement": _ratio(sum(s >= 60 for s in subject_scores), len(subject_scores)),
        "excluded_reported_as_body": excluded_as_body,
        "recall_by_kind": {k: _ratio(*v) for k, v in sorted(recall_by_kind.items())},
        "precision_by_kind": {k: _ratio(*v) for k, v in sorted(precision_by_kind.items())},
        "missed": missed,
        "false_positives": false_positives,
        "wrong_values": wrong_values,
    }


def score_relations(claims: list[Claim], verdicts: list[Verdict], gold: list[GoldClaim],
                    relations: list[dict]) -> dict:
    """Share of gold relations matched, verdict accuracy on those, and false contradictions."""
    by_id = {g.id: g for g in gold}
    claim_by_id = {c.id: c for c in claims}
    index: dict[frozenset, Verdict] = {}
    for verdict in verdicts:
        index[frozenset((verdict.a, verdict.b))] = verdict
    scored = [r for r in relations if r["relation"] != "related"]
    matched, right, details = 0, 0, []
    for relation in scored:
        ends = by_id[relation["a"]], by_id[relation["b"]]
        found = _verdict_between(verdicts, claim_by_id, *ends)
        if found is None:
            details.append({"a": relation["a"], "b": relation["b"], "found": None, "gold": relation["relation"]})
            continue
        matched += 1
        right += found.verdict in relation["accept"]
        details.append({"a": relation["a"], "b": relation["b"], "found": found.verdict, "gold": relation["relation"],
                        "right": found.verdict in relation["accept"]})
    accepting_contradiction = [(by_id[r["a"]], by_id[r["b"]]) for r in relations if "contradict" in r["accept"]]
    false_contradictions = []
    for verdict in verdicts:
        if verdict.verdict != "contradict":
            continue
        a, b = claim_by_id[verdict.a], claim_by_id[verdict.b]
        justified = any(_links(a, b, ga, gb) for ga, gb in accepting_contradiction)
        if not justified:
            false_contradictions.append(f"{a.article}: {a.quote!r} vs {b.article}: {b.quote!r}")
    return {
        "gold_relations": len(scored),
        "relation_recall": _ratio(matched, len(scored)),
        "verdict_accuracy": _ratio(right, matched),
        "false_contradictions": len(false_contradictions),
        "false_contradiction_pairs": false_contradictions,
        "verdicts": len(verdicts),
        "relation_details": details,
    }


def _verdict_between(verdicts: list[Verdict], claim_by_id: dict[str, Claim], ga: GoldClaim, gb: GoldClaim
                     ) -> Verdict | None:
    for verdict in verdicts:
        if _links(claim_by_id[verdict.a], claim_by_id[verdict.b], ga, gb):
            return verdict
    return None


def _links(a: Claim, b: Claim, ga: GoldClaim, gb: GoldClaim) -> bool:
    """Whether reported claims a and b overlap the two gold claims, in either order."""
    return (_overlaps(a, ga) and _overlaps(b, gb)) or (_overlaps(a, gb) and _overlaps(b, ga))


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 0.0


def evaluate(gold_dir: Path, articles_dir: Path) -> dict:
    """Run the whole pipeline on the gold's articles and score it."""
    from .api import compare_articles, load_articles

    docs = sorted({json.loads(line)["doc"] for line in (gold_dir / "claims.jsonl").read_text(encoding="utf-8")
                   .splitlines() if line.strip()})
    articles, failures = load_articles([articles_dir / doc for doc in docs])
    if failures:
        raise SystemExit("\n".join(failures))
    comparison = compare_articles(articles)
    gold = load_gold_claims(gold_dir, {a.id: a.text for a in articles})
    figures = {"extraction": score_extraction(list(comparison.claims), gold)}
    relations = load_relations(gold_dir)
    if relations:
        figures["relations"] = score_relations(list(comparison.claims), list(comparison.verdicts), gold, relations)
    figures["claims_by_kind"] = dict(Counter(c.kind for c in comparison.claims if c.section == "body"))
    return figures


def format_table(figures: dict) -> str:
    ext = figures["extraction"]
    rows = [
        ("claim recall (body)", ext["recall"]),
        ("claim precision (body)", ext["precision"]),
        ("value accuracy", ext["value_accuracy"]),
        ("subject agreement (>=60)", ext["subject_agreement"]),
        ("excluded reported as body", ext["excluded_reported_as_body"]),
    ]
    if "relations" in figures:
        rel = figures["relations"]
        rows += [("relation recall", rel["relation_recall"]), ("verdict accuracy", rel["verdict_accuracy"]),
                 ("false contradictions", rel["false_contradictions"])]
    for name, label in PAIR_SETS.items():
        if name in figures:
            rows += [(f"{label}: verdict accuracy", figures[name]["accuracy"]),
                     (f"{label}: false contradictions", figures[name]["false_contradictions"])]
    lines = [f"{name:<46} {value}" for name, value in rows]
    lines.append("recall by kind: " + ", ".join(f"{k} {v}" for k, v in ext["recall_by_kind"].items()))
    lines.append("precision by kind: " + ", ".join(f"{k} {v}" for k, v in ext["precision_by_kind"].items()))
    if ext["missed"]:
        lines.append("missed: " + ", ".join(ext["missed"]))
    if ext["false_positives"]:
        lines.append("false positives: " + "; ".join(ext["false_positives"]))
    if ext["wrong_values"]:
        lines.append("wrong values: " + json.dumps(ext["wrong_values"]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m comparer.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold", help="folder with claims.jsonl")
    parser.add_argument("--articles", type=Path, default=ROOT / "seeds", help="folder with the gold's articles")
    parser.add_argument("--out", type=Path, default=ROOT / "eval-results.json", help="where to write the figures")
    args = parser.parse_args(argv)
    figures = evaluate(args.gold, args.articles)
    from .pairs import score_pairs

    for name in PAIR_SETS:
        if (args.gold / f"{name}.jsonl").exists():
            figures[name] = score_pairs(args.gold / f"{name}.jsonl")
    print(format_table(figures))
    args.out.write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")
    print(f"figures written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
