"""Claim Comparer: find the numbers and dates several articles state, and where they agree or differ."""

from .api import Comparison, compare_articles, compare_texts, extract_texts, load_articles
from .errors import ComparerError, InputError
from .records import Article, Claim, Fact, Region, Verdict

__all__ = [
    "Article", "Claim", "Comparison", "ComparerError", "Fact", "InputError", "Region", "Verdict",
    "compare_articles", "compare_texts", "extract_texts", "load_articles",
]
