"""Shared fixtures: the seed articles and their comparison, computed once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.api import compare_articles, load_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def seed_articles():
    articles, failures = load_articles(SEEDS)
    assert not failures
    return articles


@pytest.fixture(scope="session")
def seed_comparison(seed_articles):
    return compare_articles(seed_articles)
