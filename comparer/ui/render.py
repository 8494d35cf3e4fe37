"""Records -> escaped HTML snippets for the page. Article text and titles are untrusted: every piece
of them goes through html.escape before it is placed in markup."""

from __future__ import annotations

import html

from ..api import Comparison
from ..group import STATUS_ORDER, effective
from ..judge import SCOPE_WORDS, plain_number
from ..records import Article, Claim, Fact

STATUS_COLOURS = {"all agree": "#d8f0dc", "contradiction": "#f8d7da", "changes over time": "#fff1c9",
                  "unclear": "#e9ecef"}
STATUS_WORDS = {"all agree": "The articles agree", "contradiction": "The articles contradict each other",
                "changes over time": "The figures differ because they speak of different times",
                "unclear": "Matched, but not decidable"}


def highlighted(sentence: str, quote: str) -> str:
    """The sentence, escaped, with the figure marked.

    >>> highlighted("<b>5</b> troops", "5")
    '&lt;b&gt;<mark>5</mark>&lt;/b&gt; troops'
    """
    if quote and quote in sentence:
        before, _, after = sentence.partition(quote)
        return f"{html.escape(before)}<mark>{html.escape(quote)}</mark>{html.escape(after)}"
    return html.escape(sentence)


def fact_card(fact: Fact, comparison: Comparison, articles: list[str]) -> str:
    """One fact: its label and status, then one cell per article with the claim in its sentence,
    then the reasons of its verdicts."""
    claims = {c.id: c for c in comparison.claims}
    members = [claims[i] for i in fact.claims if i in claims]
    cells = []
    for article_id in articles:
        own = [c for c in members if c.article == article_id]
        inner = "<br>".join(f"{highlighted(c.sentence, c.quote)}<br><small>{html.escape(_value(c))}</small>"
                            for c in own) or "<small>—</small>"
        cells.append(f"<td style='vertical-align:top;padding:4px;min-width:12em'><small><b>"
                     f"{html.escape(article_id)}</b></small><br>{inner}</td>")
    reasons = "".join(f"<li><b>{html.escape(effective(v).replace('_', ' '))}</b>"
                      f"{' (set by the user)' if v.override else ''}: {html.escape(v.reason)}"
                      f"{' — note: ' + html.escape(v.note) if v.note else ''}</li>"
                      for v in comparison.verdicts if v.a in fact.claims or v.b in fact.claims)
    colour = STATUS_COLOURS.get(fact.status, "#ffffff")
    return (f"<div class='fact-row' style='background:{colour};padding:0.5em;border-radius:4px;margin-bottom:0.6em'>"
            f"<b>{html.escape(fact.id)} · {html.escape(fact.label)}</b> — {html.escape(STATUS_WORDS[fact.status])}"
            f" <small>({html.escape(tally_words(fact))})</small>"
            f"<table style='width:100%'><tr>{''.join(cells)}</tr></table>"
            f"<details><summary>why</summary><ul>{reasons}</ul></details></div>")


def tally_words(fact: Fact) -> str:
    """How a fact's pairs were judged, in words: "10 agree, 2 contradict, 1 differs in time"."""
    return ", ".join(f"{count} {verdict.replace('_', ' ').replace('differs', 'differ' if count > 1 else 'differs')}"
                     for verdict, count in sorted(fact.tally.items(), key=lambda item: -item[1])) or "no pairs"


def _value(claim: Claim) -> str:
    if claim.kind == "date":
        return f"{claim.value} ({claim.low} to {claim.high}; {claim.time_basis})"
    when = f"{claim.time_start} to {claim.time_end}" if claim.time_start else "time unknown"
    what = ", ".join(filter(None, (claim.measure, claim.counted if claim.counted != claim.unit else "",
                                   claim.holder and f"of {claim.holder}", SCOPE_WORDS.get(claim.scope, ""))))
    if not isinstance(claim.value, float | int):
        return str(claim.value)
    return (f"{plain_number(claim.value)} {claim.unit} [{plain_number(claim.low)} to {plain_number(claim.high)}]"
            f"{' — ' + what if what else ''} at {when} ({claim.time_basis})")


def article_html(article: Article, claims: list[Claim]) -> str:
    """The article's text, escaped, with its claims marked and excluded regions greyed with their reason."""
    marks: list[tuple[int, int, str]] = [(r.start, r.end, r.reason) for r in article.excluded]
    marks += [(c.start, c.end, "claim") for c in claims if c.article == article.id and c.section == "body"]
    pieces, position = [], 0
    for start, end, what in sorted(marks, key=lambda m: (m[0], -m[1])):
        if start < position:
            continue
        pieces.append(html.escape(article.text[position:start]))
        inner = html.escape(article.text[start:end])
        if what == "claim":
            pieces.append(f"<mark>{inner}</mark>")
        else:
            pieces.append(f"<span style='color:#9e9e9e' title='{html.escape(what, quote=True)}'>"
                          f"<small>[{html.escape(what)}]</small> {inner}</span>")
        position = end
    pieces.append(html.escape(article.text[position:]))
    return f"<div style='white-space:pre-wrap;line-height:1.5'>{''.join(pieces)}</div>"


def sorted_facts(facts: list[Fact]) -> list[Fact]:
    """Strongest disagreement first."""
    return sorted(facts, key=lambda f: (STATUS_ORDER.index(f.status), -len(f.claims)))
