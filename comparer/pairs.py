"""Pairs of short texts -> one verdict each: the hand-made pairs in tests/gold/pairs.jsonl and the
published EQUATE benchmark are scored through this, one text per article."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .api import compare_texts

NO_VERDICT = "none"
"""What a pair gets when no claim of one text was matched with a claim of the other."""

ORDER = {"contradict": 3, "differs_in_time": 2, "agree": 1, "unclear": 0}


def pair_verdict(text_a: str, text_b: str, published_a: str | None = None, published_b: str | None = None) -> str:
    """The verdict of the best-matched pair of claims between two texts, or "none". A figure's verdict
    is preferred to a date's: in "revenue was $12 billion in 2019" the year only says when."""
    published = {k: v for k, v in (("a.txt", published_a), ("b.txt", published_b)) if v}
    comparison = compare_texts({"a.txt": text_a, "b.txt": text_b}, published=published)
    if not comparison.verdicts:
        return NO_VERDICT
    kinds = {c.id: c.kind for c in comparison.claims}
    articles = {c.id: c.article for c in comparison.claims}
    between = [v for v in comparison.verdicts if articles[v.a] != articles[v.b]]  # not a text's own correction
    if not between:
        return NO_VERDICT
    figures = [v for v in between if kinds[v.a] != "date"]
    best = max(figures or between, key=lambda v: (v.score, ORDER[v.verdict]))
    return best.verdict


def accepted(label: str) -> set[str]:
    """Verdicts taken as right for a gold label: "none" also accepts "unclear"."""
    return {NO_VERDICT, "unclear"} if label == NO_VERDICT else {label}


def score_pairs(path: Path) -> dict:
    """Accuracy and false contradictions over a JSON-lines file of labelled pairs."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    right, false_contradictions, confusion, wrong = 0, 0, Counter(), []
    for row in rows:
        found = pair_verdict(row["a"], row["b"], row.get("published_a"), row.get("published_b"))
        confusion[f"{row['label']} -> {found}"] += 1
        if found in accepted(row["label"]):
            right += 1
        else:
            wrong.append(f"{row['id']}: gold {row['label']}, found {found}")
        if found == "contradict" and row["label"] != "contradict":
            false_contradictions += 1
    return {"pairs": len(rows), "accuracy": round(right / len(rows), 4) if rows else 0.0,
            "false_contradictions": false_contradictions, "confusion": dict(confusion), "wrong": wrong}
