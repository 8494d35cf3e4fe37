"""Comparison -> plotly figures. The only plotly import; pure functions, so tests call them directly
(AppTest sees a chart only as an unknown element)."""

from __future__ import annotations

import plotly.graph_objects as go

from .api import Comparison
from .group import effective


def agreement_heatmap(comparison: Comparison) -> go.Figure:
    """Article by article: agreements minus contradictions, with both counts in the hover text."""
    ids = [a.id for a in comparison.articles]
    position = {article_id: i for i, article_id in enumerate(ids)}
    article_of = {c.id: c.article for c in comparison.claims}
    agree = [[0] * len(ids) for _ in ids]
    contradict = [[0] * len(ids) for _ in ids]
    for verdict in comparison.verdicts:
        i, j = position[article_of[verdict.a]], position[article_of[verdict.b]]
        table = agree if effective(verdict) == "agree" else contradict if effective(verdict) == "contradict" else None
        if table is not None:
            table[i][j] += 1
            table[j][i] += 1
    net = [[agree[i][j] - contradict[i][j] for j in range(len(ids))] for i in range(len(ids))]
    hover = [[f"{ids[i]} / {ids[j]}<br>agree: {agree[i][j]}<br>contradict: {contradict[i][j]}"
              for j in range(len(ids))] for i in range(len(ids))]
    labels = [_short(article_id) for article_id in ids]
    figure = go.Figure(go.Heatmap(z=net, x=labels, y=labels, text=hover, hoverinfo="text", zmid=0,
                                  colorscale=[[0, "#c62828"], [0.5, "#f5f5f5"], [1, "#2e7d32"]],
                                  colorbar={"title": "agree - contradict"}))
    figure.update_layout(title="Agreement between articles", height=420, margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return figure


def timeline(comparison: Comparison) -> go.Figure:
    """Dated events and time-scoped figures, one marker per article, so a figure that changed over
    time reads as a series. Each fact with a dated claim gets its own row."""
    in_fact = {claim_id: fact for fact in comparison.facts for claim_id in fact.claims}
    figure = go.Figure()
    for article in comparison.articles:
        xs, ys, texts = [], [], []
        for claim in comparison.claims:
            fact = in_fact.get(claim.id)
            if claim.article != article.id or claim.section != "body" or not claim.time_start or fact is None:
                continue
            xs.append(claim.time_start)
            ys.append(_short(fact.label, 40))
            texts.append(f"{claim.quote} ({claim.kind}) — {claim.time_basis}")
        if xs:
            figure.add_trace(go.Scatter(x=xs, y=ys, mode="markers", name=_short(article.id), text=texts,
                                        hovertemplate="%{x}<br>%{text}<extra>%{fullData.name}</extra>",
                                        marker={"size": 11, "opacity": 0.8}))
    figure.update_layout(title="When each matched claim speaks of", height=max(320, 40 * len(comparison.facts) + 120),
                         xaxis_title="time the claim speaks of", margin={"l": 10, "r": 10, "t": 50, "b": 10},
                         legend_title="article")
    return figure


def _short(text: str, width: int = 28) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
