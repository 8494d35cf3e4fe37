"""The public surface: what `comparer` exports, and the command-line contract's fields."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import comparer
from comparer import compare_texts, extract_texts

ROOT = Path(__file__).resolve().parent.parent
CLAIM_FIELDS = ["id", "article", "start", "end", "quote", "sentence", "kind", "value", "low", "high", "unit",
                "qualifier", "subject", "measure", "counted", "holder", "time_start", "time_end", "time_basis", "event",
                "section"]


def test_public_surface():
    assert sorted(comparer.__all__) == sorted(name for name in comparer.__all__ if hasattr(comparer, name))
    assert {"compare_texts", "extract_texts", "Article", "Claim", "Verdict", "Fact"} <= set(comparer.__all__)


def test_extract_texts_has_the_contract_fields():
    rows = extract_texts({"a.txt": "Title here\n\nSome 2,500 troops remain."})
    assert rows and list(rows[0])[:len(CLAIM_FIELDS)] == CLAIM_FIELDS
    assert rows[0]["quote"] == "Some 2,500" and rows[0]["id"] == "a.txt#1"


def test_compare_texts_matches_the_command_line(tmp_path):
    texts = {"a.txt": "Title A here\nMarch 2, 2024\n\nSome 2,500 US troops remain in Iraq.",
             "b.txt": "Title B here\nMarch 3, 2024\n\nAbout 2,400 US troops remain in Iraq."}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = compare_texts(texts).to_dict()
    assert set(result) >= {"articles", "claims", "verdicts", "facts"}
    assert result["verdicts"][0]["verdict"] == "agree"
    assert set(result["verdicts"][0]) >= {"a", "b", "score", "verdict", "reason"}
    assert set(result["facts"][0]) == {"id", "label", "status", "claims", "tally", "left_out", "unjudged_pairs"}
    cli = subprocess.run([sys.executable, "-m", "comparer", "compare", "a.txt", "b.txt"], capture_output=True,
                         text=True, cwd=tmp_path, timeout=120, env={"PYTHONPATH": str(ROOT)})
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout)["verdicts"] == result["verdicts"]


def test_one_article_gives_no_verdicts_and_says_so():
    result = compare_texts({"a.txt": "Title here\n\nSome 2,500 troops remain."})
    assert result.verdicts == () and any("only one article" in n for n in result.notes)


def test_duplicate_articles_are_not_a_hundred_agreements():
    text = "Title here\n\nSome 2,500 troops remain. In 2020 there were 5,000 troops."
    result = compare_texts({"a.txt": text, "b.txt": text})
    assert result.verdicts == () and result.duplicates == (("a.txt", "b.txt"),)


def test_articles_without_claims_are_listed():
    result = compare_texts({"a.txt": "Title here\n\nNothing numeric at all.", "b.txt": "Title\n\n5 troops."})
    assert any(n.startswith("a.txt: no claims") for n in result.notes)
