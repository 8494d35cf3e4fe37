"""Shared fixtures: the seed articles and their comparison, computed once per test session, and a broken extraction."""

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


@pytest.fixture
def bad_txt_breaks_extraction(monkeypatch):
    """Extraction raises a bug's error for the article named "bad.txt" and works for every other."""
    from comparer import pipeline

    real = pipeline.extract

    def broken(article):
        if article.id == "bad.txt":
            raise RuntimeError("a bug")
        return real(article)

    monkeypatch.setattr(pipeline, "extract", broken)
