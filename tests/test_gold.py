"""The evaluation gate: figures against the hand-made gold annotation may not fall below the floors
pinned in tests/gold/floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from comparer.evaluate import PAIR_SETS, evaluate

GOLD = Path(__file__).resolve().parent / "gold"
FLOORS = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def figures():
    return evaluate(GOLD, GOLD.parent.parent / "seeds")


def test_extraction_floors(figures):
    ext, floor = figures["extraction"], FLOORS["extraction"]
    assert ext["recall"] >= floor["recall"], ext["missed"]
    assert ext["precision"] >= floor["precision"], ext["false_positives"]
    assert ext["value_accuracy"] >= floor["value_accuracy"], ext["wrong_values"]
    assert ext["excluded_reported_as_body"] <= floor["excluded_reported_as_body_max"]


def test_relation_floors(figures):
    rel, floor = figures["relations"], FLOORS["relations"]
    assert rel["relation_recall"] >= floor["relation_recall"], rel["relation_details"]
    assert rel["verdict_accuracy"] >= floor["verdict_accuracy"], rel["relation_details"]
    assert rel["false_contradictions"] <= floor["false_contradictions_max"], rel["false_contradiction_pairs"]


@pytest.mark.parametrize("name", list(PAIR_SETS))
def test_hand_made_pairs_floor(name):
    from comparer.pairs import score_pairs

    figures, floor = score_pairs(GOLD / f"{name}.jsonl"), FLOORS[name]
    assert figures["accuracy"] >= floor["accuracy"], figures["wrong"]
    assert figures["false_contradictions"] <= floor["false_contradictions_max"], figures["wrong"]
