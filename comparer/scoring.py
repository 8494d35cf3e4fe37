"""Scoring against a gold annotation, figure for figure as the reference scorer computes it.

The reference is `tests/devsets/score.py` (a copy of the shared `devsets/score.py`), which scores the
command line's output files. This module computes the same figures from the same data already in
memory, so `make eval` needs no temporary files and can also list what was missed;
`tests/test_scoring.py` runs both on one set and requires equal figures. Rules, as there:

- a gold claim is found when a reported body claim of the same document overlaps its span; a span is
  the quote at its `start` when that fits, else the quote's first occurrence;
- precision leaves out reported claims that overlap only `meta` gold claims; a reported body claim over
  an `excluded` gold claim is counted on its own ("excluded as body");
- value accuracy: some overlapping claim lies in the gold bounds, within 2% of the gold value, or (dates)
  shares its prefix;
- relations (not `related`): matched when a verdict joins claims overlapping both ends, right when its
  verdict is accepted; a false contradiction is a `contradict` verdict between claims of no gold pair
  accepting it (with `annotated_only`, only between two annotated claims); link precision is the
  share of verdicts between two annotated body claims that join one gold fact or a gold relation.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

FACT_TAG_RE = re.compile(r"-(F\d+)-\d+$")
"""Gold ids FILESTEM-F3-1: claims sharing "F3" are one fact reported by several outlets."""


@dataclass(frozen=True)
class GoldClaim:
    """One gold claim with its character span in its document."""

    id: str
    doc: str
    start: int
    end: int
    kind: str
    value: object
    low: object
    high: object
    section: str
    quote: str = ""
    subject: str = ""

    @property
    def fact(self) -> str | None:
        found = FACT_TAG_RE.search(self.id)
        return found.group(1) if found else None


def gold_claims(rows: list[dict], texts: dict[str, str]) -> list[GoldClaim]:
    """Gold rows with their spans; a quote that is not in its document is an error in the gold."""
    claims = []
    for row in rows:
        text = texts[row["doc"]]
        start = row.get("start")
        if start is None or text[start:start + len(row["quote"])] != row["quote"]:
            start = text.find(row["quote"])
        if start < 0:
            raise ValueError(f"gold quote not found: {row['id']} {row['quote']!r}")
        claims.append(GoldClaim(row["id"], row["doc"], start, start + len(row["quote"]), row.get("kind", ""),
                                row.get("value"), row.get("low"), row.get("high"), row.get("section", "body"),
                                row["quote"], row.get("subject", "")))
    return claims


def doc_of(claim: dict) -> str:
    """The document a reported claim belongs to: its article's file name without folders."""
    return Path(str(claim.get("article", ""))).name


def covers(claim: dict, gold: GoldClaim) -> bool:
    return doc_of(claim) == gold.doc and claim["start"] < gold.end and gold.start < claim["end"]


def as_number(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    try:
        return float(str(value).replace(",", ""))
    except (TypeError, ValueError):
        return None


def value_ok(claim: dict, gold: GoldClaim) -> bool:
    """Whether a reported value is the gold one: in its bounds, within 2%, or sharing a date's prefix."""
    reported, expected = claim.get("value"), gold.value
    if expected is None:
        return True
    number, gold_number = as_number(reported), as_number(expected)
    if gold_number is not None and number is not None and gold.kind != "date":
        low, high = as_number(gold.low), as_number(gold.high)
        if low is not None and high is not None and low <= number <= high:
            return True
        return math.isclose(number, gold_number, rel_tol=0.02)
    said, wanted = str(reported or ""), str(expected)
    return bool(said) and (said.startswith(wanted) or wanted.startswith(said))


def score_extraction(gold: list[GoldClaim], reported: list[dict]) -> tuple[dict, dict]:
    """(figures, details): recall, precision, value accuracy, excluded claims reported as body; the
    details list the gold claims missed, the reported claims that match no gold claim and wrong values."""
    body = [g for g in gold if g.section == "body"]
    meta = [g for g in gold if g.section == "meta"]
    excluded = [g for g in gold if g.section == "excluded"]
    reported_body = [c for c in reported if c.get("section", "body") == "body"]
    by_doc: dict[str, list[dict]] = {}
    for claim in reported_body:
        by_doc.setdefault(doc_of(claim), []).append(claim)
    found = value_hits = 0
    missed, wrong_values = [], []
    for g in body:
        hits = [c for c in by_doc.get(g.doc, []) if covers(c, g)]
        if not hits:
            missed.append(g)
            continue
        found += 1
        if any(value_ok(c, g) for c in hits):
            value_hits += 1
        else:
            wrong_values.append((g, [c.get("value") for c in hits]))

    def hits_any(claim: dict, claims: list[GoldClaim]) -> bool:
        return any(covers(claim, g) for g in claims)

    counted = [c for c in reported_body if hits_any(c, body) or not hits_any(c, meta)]
    true_positive = [c for c in counted if hits_any(c, body)]
    figures = {
        "gold_body": len(body),
        "pred_body": len(counted),
        "recall": round(found / len(body), 3) if body else None,
        "precision": round(len(true_positive) / len(counted), 3) if counted else 0.0,
        "value_accuracy": round(value_hits / found, 3) if found else 0.0,
        "excluded_as_body": sum(1 for c in counted if hits_any(c, excluded)),
    }
    details = {"missed": missed, "false_positives": [c for c in counted if not hits_any(c, body)],
               "wrong_values": wrong_values}
    return figures, details


def score_relations(gold: list[GoldClaim], relations: list[dict], comparison: dict, *,
                    annotated_only: bool = False) -> tuple[dict, dict]:
    """(figures, details) of a comparison (`compare --format json`'s object) against gold relations."""
    by_id = {g.id: g for g in gold}
    scored = [r for r in relations if r["relation"] != "related"]
    claims = {c["id"]: c for c in comparison.get("claims", [])}
    verdicts = [(claims[v["a"]], claims[v["b"]], v) for v in comparison.get("verdicts", [])
                if v["a"] in claims and v["b"] in claims]
    covered: dict[str, set[str]] = {}
    for claim in claims.values():
        covered[claim["id"]] = {g.id for g in gold if covers(claim, g)}
    found = correct = 0
    outcomes = []
    for relation in scored:
        said = [v for a, b, v in verdicts
                if (relation["a"] in covered[a["id"]] and relation["b"] in covered[b["id"]])
                or (relation["b"] in covered[a["id"]] and relation["a"] in covered[b["id"]])]
        words = [v["verdict"] for v in said]
        if said:
            found += 1
            right = bool(set(relation.get("accept", [relation["relation"]])) & set(words))
            correct += right
        else:
            right = False
        outcomes.append({"relation": relation, "said": said, "right": right})
    accepting = {frozenset((r["a"], r["b"])) for r in scored if "contradict" in r.get("accept", [r["relation"]])}
    false_contradictions = []
    for a, b, verdict in verdicts:
        if verdict["verdict"] != "contradict":
            continue
        ids_a, ids_b = covered[a["id"]], covered[b["id"]]
        if annotated_only and not (ids_a and ids_b):
            continue
        if not any(frozenset((x, y)) in accepting for x in ids_a for y in ids_b):
            false_contradictions.append(verdict)
    every_relation = {frozenset((r["a"], r["b"])) for r in relations}
    body_ids = {g.id for g in gold if g.section == "body"}
    linked, wrong_links = 0, []
    for a, b, verdict in verdicts:
        ids_a, ids_b = covered[a["id"]] & body_ids, covered[b["id"]] & body_ids
        if not (ids_a and ids_b):
            continue
        linked += 1
        if not any(frozenset((x, y)) in every_relation or (by_id[x].fact and by_id[x].fact == by_id[y].fact)
                   for x in ids_a for y in ids_b):
            wrong_links.append(verdict)
    figures = {
        "gold_relations": len(scored),
        "matched": found,
        "relation_recall": round(found / len(scored), 3) if scored else None,
        "verdict_accuracy": round(correct / found, 3) if found else 0.0,
        "correct_over_gold": round(correct / len(scored), 3) if scored else None,
        "false_contradictions": len(false_contradictions),
        "verdicts_total": len(verdicts),
        "annotated_links": linked,
        "link_precision": round((linked - len(wrong_links)) / linked, 3) if linked else None,
    }
    details = {"outcomes": outcomes, "false_contradictions": false_contradictions, "wrong_links": wrong_links}
    return figures, details
