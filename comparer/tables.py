"""Comparison -> pandas DataFrames: the tables the page shows and every download is made from.

The only pandas import in the core.
"""

from __future__ import annotations

import io

import pandas as pd

from .api import Comparison, article_summary
from .cells import safe_cell
from .group import effective
from .records import Claim
from .summary import fact_summary, verdicts_by_fact
from .wording import article_labels, figure_words, time_words

CLAIM_COLUMNS = list(Claim.PUBLIC_FIELDS)
VERDICT_COLUMNS = ["a", "b", "score", "verdict", "reason", "rule", "discrepancy", "override", "note",
                   "a_article", "a_quote", "b_article", "b_quote", "fact"]
FACT_COLUMNS = ["id", "label", "status", "why", "claims", "left_out", "unjudged_pairs", "articles"]


def articles_table(comparison: Comparison) -> pd.DataFrame:
    rows = []
    for article in comparison.articles:
        row = article_summary(article)
        row["excluded"] = "; ".join(f"{r['start']}-{r['end']}: {r['reason']}" for r in row["excluded"])
        row["claims"] = sum(1 for c in comparison.claims if c.article == article.id and c.section == "body")
        rows.append(row)
    return pd.DataFrame(rows)


def _fact_of(comparison: Comparison) -> dict[str, str]:
    """Claim id -> id of the fact it was matched into."""
    return {claim_id: fact.id for fact in comparison.facts for claim_id in fact.claims}


def claims_table(comparison: Comparison) -> pd.DataFrame:
    """Every claim, with its figure and time in words beside the machine fields, and the fact it belongs
    to ("" when it matched nothing)."""
    fact_of = _fact_of(comparison)
    frame = pd.DataFrame([c.to_dict() for c in comparison.claims], columns=CLAIM_COLUMNS)
    frame.insert(CLAIM_COLUMNS.index("quote") + 1, "figure", [figure_words(c) for c in comparison.claims])
    frame.insert(CLAIM_COLUMNS.index("quote") + 2, "when", ["" if c.kind == "date" else time_words(c)
                                                           for c in comparison.claims])
    frame["fact"] = [fact_of.get(claim_id, "") for claim_id in frame["id"]]
    for column in ("value", "low", "high"):
        frame[column] = frame[column].astype(object)
    return frame


def verdicts_table(comparison: Comparison) -> pd.DataFrame:
    by_id = {c.id: c for c in comparison.claims}
    fact_of = _fact_of(comparison)
    rows = []
    for verdict in comparison.verdicts:
        row = verdict.to_dict()
        row["verdict"] = effective(verdict)
        row["machine_verdict"] = verdict.verdict
        a, b = by_id[verdict.a], by_id[verdict.b]
        row.update(a_article=a.article, a_quote=a.quote, b_article=b.article, b_quote=b.quote,
                   fact=fact_of.get(verdict.a, ""))
        rows.append(row)
    return pd.DataFrame(rows, columns=[*VERDICT_COLUMNS, "machine_verdict"])


def facts_table(comparison: Comparison) -> pd.DataFrame:
    """One row per fact: its status and why in one sentence, then for every article the figure it gives
    (in words) and its quote, so the sheet reads like the page's grid."""
    by_id = {c.id: c for c in comparison.claims}
    labels = article_labels(list(comparison.articles))
    reasons = verdicts_by_fact(list(comparison.facts), list(comparison.verdicts))
    rows = []
    for fact in comparison.facts:
        row = {"id": fact.id, "label": fact.label, "status": fact.status,
               "why": fact_summary(fact, reasons.get(fact.id, []), by_id, labels),
               "claims": ", ".join(fact.claims), "left_out": ", ".join(fact.left_out),
               "unjudged_pairs": fact.unjudged_pairs,
               "articles": ", ".join(sorted({by_id[c].article for c in fact.claims if c in by_id}))}
        for article in comparison.articles:
            own = [(by_id[c], c in fact.left_out) for c in (*fact.claims, *fact.left_out)
                   if c in by_id and by_id[c].article == article.id]
            row[f"{labels[article.id]}: figure"] = "; ".join(
                figure_words(c) + (" (left out by you)" if out else "") for c, out in own)
            row[f"{labels[article.id]}: sentence"] = "; ".join(c.sentence for c, _ in own)
        rows.append(row)
    columns = FACT_COLUMNS + [f"{labels[a.id]}: {part}" for a in comparison.articles
                              for part in ("figure", "sentence")]
    return pd.DataFrame(rows, columns=columns)


def all_tables(comparison: Comparison) -> dict[str, pd.DataFrame]:
    """The four tables by name, in the order of the Excel workbook's sheets."""
    return {"articles": articles_table(comparison), "claims": claims_table(comparison),
            "verdicts": verdicts_table(comparison), "facts": facts_table(comparison)}


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """The table with every text cell and column name made safe for a spreadsheet (see cells.py)."""
    safe = frame.map(safe_cell) if not frame.empty else frame.copy()
    safe.columns = [safe_cell(str(c)) for c in frame.columns]
    return safe


def excel_bytes(tables: dict[str, pd.DataFrame]) -> bytes:
    """An Excel workbook with one sheet per table, every cell spreadsheet-safe."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in tables.items():
            spreadsheet_safe(frame).to_excel(writer, sheet_name=name[:31], index=False)
    return buffer.getvalue()
