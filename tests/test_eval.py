"""The evaluation gate: no figure of any gold set may fall below its floor in tests/floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from comparer.evaluate import PAIR_SETS, evaluate_set, format_details, gold_sets

FLOORS = json.loads((Path(__file__).resolve().parent / "floors.json").read_text(encoding="utf-8"))
SETS = {gold_set.name: gold_set for gold_set in gold_sets()}


def test_every_set_has_floors():
    assert set(SETS) | set(PAIR_SETS) == {name for name in FLOORS if not name.startswith("_")}


@pytest.fixture(scope="module")
def results():
    return {}


@pytest.mark.parametrize("name", list(SETS))
def test_floors(name, results):
    result = evaluate_set(SETS[name])
    short = []
    for key, bound in FLOORS[name].items():
        figure = key.removesuffix("_max")
        got = result.figures[figure]
        if (got > bound) if key.endswith("_max") else (got is None or got < bound):
            short.append(f"{key}: {got} (floor {bound})")
    assert not short, "\n".join(short) + "\n" + format_details(result)


@pytest.mark.parametrize("name", list(PAIR_SETS))
def test_hand_made_pairs_floor(name):
    from comparer.pairs import score_pairs

    figures, floor = score_pairs(Path(__file__).resolve().parent / "gold" / f"{name}.jsonl"), FLOORS[name]
    assert figures["accuracy"] >= floor["accuracy"], figures["wrong"]
    assert figures["false_contradictions"] <= floor["false_contradictions_max"], figures["wrong"]
