"""The published EQUATE benchmark (../shared/benchmarks/equate): each sentence pair run as two
one-sentence articles, the verdict of the best-matched claims compared with the pair's label.
A test set: figures are reported, no rule or threshold is tuned on its items.

    python benchmarks/equate.py [--path ../shared/benchmarks/equate/equate.jsonl] [--out equate-results.json]

Per subset: how often a `contradict` verdict is right (precision), how often a pair labelled
`agree` gets `agree` (real-text subsets: RTE_Quant, NewsNLI, RedditNLI), and the false-contradiction
rate on pairs that do not contradict. AWPNLI (arithmetic word problems) is reported apart.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from comparer.pairs import pair_verdict  # noqa: E402

REAL_TEXT = ("RTE_Quant", "NewsNLI", "RedditNLI")


def figures(rows: list[dict], found: list[str]) -> dict:
    said_contradict = [r["label"] for r, f in zip(rows, found, strict=True) if f == "contradict"]
    not_contradicting = [f for r, f in zip(rows, found, strict=True) if r["label"] != "contradict"]
    agreeing = [f for r, f in zip(rows, found, strict=True) if r["label"] == "agree"]
    return {
        "pairs": len(rows),
        "contradict_verdicts": len(said_contradict),
        "contradiction_precision": round(said_contradict.count("contradict") / len(said_contradict), 4)
        if said_contradict else None,
        "agree_found": round(agreeing.count("agree") / len(agreeing), 4) if agreeing else None,
        "false_contradiction_rate": round(not_contradicting.count("contradict") / len(not_contradicting), 4)
        if not_contradicting else None,
        "verdicts": dict(Counter(found)),
    }


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--path", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "equate" / "equate.jsonl")
    options.add_argument("--out", type=Path, default=ROOT / "equate-results.json")
    args = options.parse_args()
    rows = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line.strip()]
    start = time.perf_counter()
    found = [pair_verdict(row["text_a"], row["text_b"]) for row in rows]
    seconds = time.perf_counter() - start
    by_subset: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        by_subset[row["subset"]].append(index)
    report = {name: figures([rows[i] for i in idx], [found[i] for i in idx]) for name, idx in sorted(by_subset.items())}
    real = [i for name in REAL_TEXT for i in by_subset.get(name, [])]
    news_like = [i for i in range(len(rows)) if rows[i]["subset"] != "AWPNLI"]
    report["real text (RTE_Quant+NewsNLI+RedditNLI)"] = figures([rows[i] for i in real], [found[i] for i in real])
    report["all but AWPNLI"] = figures([rows[i] for i in news_like], [found[i] for i in news_like])
    print(f"{len(rows):,} pairs in {seconds:.1f} s")
    print(f"{'subset':<42} {'pairs':>6} {'contra':>6} {'c.prec':>7} {'agree':>7} {'false-c':>8}")
    for name, row in report.items():
        print(f"{name:<42} {row['pairs']:>6} {row['contradict_verdicts']:>6} {_fmt(row['contradiction_precision']):>7} "
              f"{_fmt(row['agree_found']):>7} {_fmt(row['false_contradiction_rate']):>8}")
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    main()
