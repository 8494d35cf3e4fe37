"""Comparison -> plotly figures. The only plotly import; pure functions, so tests call them directly
(AppTest sees a chart only as an unknown element). Figures carry full article names and a colour per
verdict in their layout, so an exported PNG or HTML reads without the page around it."""

from __future__ import annotations

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .api import Comparison
from .group import effective
from .wording import article_labels, figure_words, period_words

VERDICT_COLOURS = {"contradiction": "#c62828", "changes over time": "#e0a100", "unclear": "#757575",
                   "all agree": "#2e7d32", "rejected": "#bdbdbd"}
"""One colour per status, the same in every chart (the page's rows use paler tints of them: ui/render.py)."""
SHARED_LAYOUT = {"font": {"size": 12}, "paper_bgcolor": "#ffffff", "plot_bgcolor": "#ffffff"}
EXPORT_WIDTH = 1400
"""PNG width in pixels: wide enough for full article names beside the plot."""


def agreement_heatmap(comparison: Comparison) -> go.Figure:
    """Article by article, two matrices side by side: how many of their pairs agree, and how many
    contradict, with the count written in each cell (a net score would let two contradictions hide
    behind two agreements)."""
    ids = [a.id for a in comparison.articles]
    labels = article_labels(list(comparison.articles))
    names = [labels[i] for i in ids]
    position = {article_id: i for i, article_id in enumerate(ids)}
    article_of = {c.id: c.article for c in comparison.claims}
    counts = {"agree": [[0] * len(ids) for _ in ids], "contradict": [[0] * len(ids) for _ in ids]}
    for verdict in comparison.verdicts:
        table = counts.get(effective(verdict))
        if table is not None and verdict.a in article_of and verdict.b in article_of:
            i, j = position[article_of[verdict.a]], position[article_of[verdict.b]]
            table[i][j] += 1
            table[j][i] += 1
    figure = make_subplots(rows=1, cols=2, subplot_titles=("pairs that agree", "pairs that contradict"),
                           horizontal_spacing=0.12)
    for column, (verdict, colour) in enumerate((("agree", VERDICT_COLOURS["all agree"]),
                                                 ("contradict", VERDICT_COLOURS["contradiction"])), start=1):
        figure.add_trace(go.Heatmap(
            z=counts[verdict], x=names, y=names, colorscale=[[0, "#f5f5f5"], [1, colour]], showscale=False,
            zmin=0, zmax=max(1, max(map(max, counts[verdict]), default=1)),
            texttemplate="%{z}", hovertemplate="%{y}<br>%{x}<br>" + verdict + ": %{z}<extra></extra>"),
            row=1, col=column)
    figure.update_xaxes(tickangle=-40, automargin=True)
    figure.update_yaxes(automargin=True, autorange="reversed")
    figure.update_yaxes(showticklabels=False, row=1, col=2)
    side = 260 + 28 * len(ids)
    figure.update_layout(title="Agreement between articles: counts of judged pairs", height=side + 200,
                         margin={"l": 10, "r": 10, "t": 70, "b": 10}, **SHARED_LAYOUT)
    return figure


def timeline(comparison: Comparison) -> go.Figure:
    """Matched claims at the time they speak of, one row per fact, coloured by the fact's status: a
    figure the text dates (or a date it names) as a filled marker, a figure dated only by its
    article's publication as a hollow one; a figure whose time is unknown is left out. Markers of one
    row at one time are stacked a little apart so that agreeing ones do not hide each other."""
    in_fact = {claim_id: fact for fact in comparison.facts for claim_id in fact.claims}
    labels = article_labels(list(comparison.articles))
    dated = [c for c in comparison.claims if c.id in in_fact and c.section == "body" and c.time_start]
    having = {in_fact[c.id].id for c in dated}
    rows = [f for f in comparison.facts if f.id in having]
    row_of = {fact.id: i for i, fact in enumerate(rows)}
    stacked: dict[tuple[str, str], int] = {}
    points: dict[tuple[str, bool], dict[str, list]] = {}
    for claim in dated:
        fact = in_fact[claim.id]
        stated = claim.time_basis == "explicit" or claim.kind == "date"
        bucket = points.setdefault((fact.status, stated), {"x": [], "y": [], "text": []})
        bucket["x"].append(claim.time_start)
        place = stacked[fact.id, claim.time_start] = stacked.get((fact.id, claim.time_start), -1) + 1
        bucket["y"].append(row_of[fact.id] + _stack_offset(place))
        when = period_words(claim.time_start, claim.time_end)
        bucket["text"].append(f"{labels[claim.article]}<br>\"{claim.quote}\": {figure_words(claim)}<br>{when} "
                              f"({claim.time_basis})")
    figure = go.Figure()
    for (status, stated), bucket in sorted(points.items(), key=lambda item: (item[0][0], not item[0][1])):
        figure.add_trace(go.Scatter(
            x=bucket["x"], y=bucket["y"], mode="markers", text=bucket["text"],
            name=f"{status}: {'dated by the text' if stated else 'as of publication'}",
            hovertemplate="%{text}<extra>%{fullData.name}</extra>",
            marker={"size": 11, "color": VERDICT_COLOURS.get(status, "#757575"),
                    "symbol": "circle" if stated else "circle-open", "line": {"width": 2}}))
    figure.update_yaxes(tickmode="array", tickvals=list(range(len(rows))), automargin=True,
                        ticktext=[f"{f.id} · {_short(f.label, 48)}" for f in rows], autorange="reversed")
    figure.update_layout(title="When each matched claim speaks of", height=max(320, 40 * len(rows) + 160),
                         xaxis_title="time the claim speaks of", margin={"l": 10, "r": 10, "t": 50, "b": 10},
                         legend_title="status of the fact", **SHARED_LAYOUT)
    return figure


def _stack_offset(place: int) -> float:
    """Where the n-th marker at one time of one row goes: 0, +0.1, -0.1, +0.2, ... within the row's band."""
    step = (place % 9 + 1) // 2
    return round(0.1 * step * (1 if place % 2 else -1), 2)


def _short(text: str, width: int = 28) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
