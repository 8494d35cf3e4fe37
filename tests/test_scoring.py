"""`make eval` gives the reference scorer's figures: the command line's output of one development set,
scored by tests/devsets/score.py (a copy of the shared reference), against `comparer.evaluate`'s own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from comparer.evaluate import evaluate_set, gold_sets

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "tests" / "devsets" / "score.py"


def _reference(mode: str, gold_dir: Path, output: Path, *extra: str) -> dict:
    run = subprocess.run([sys.executable, str(REFERENCE), mode, str(gold_dir), str(output), *extra],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    figures.pop("short")
    return figures


def _command_line(command: str, docs: list[Path], fmt: str, out: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "comparer", command, *map(str, docs), "--format", fmt,
                          "--out", str(out)], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr


def test_evaluation_gives_the_reference_figures(tmp_path):
    gold_set = next(s for s in gold_sets() if s.name == "alaska1282")
    docs = sorted(gold_set.docs_dir.glob("*.txt"))
    _command_line("extract", docs, "jsonl", tmp_path / "x.jsonl")
    _command_line("compare", docs, "json", tmp_path / "c.json")
    reference = {**_reference("extract", gold_set.gold_dir, tmp_path / "x.jsonl"),
                 **_reference("compare", gold_set.gold_dir, tmp_path / "c.json", "--annotated-only")}
    ours = evaluate_set(gold_set).figures
    assert {key: ours[key] for key in reference} == reference
