"""Records -> escaped HTML snippets for the page. Article text and titles are untrusted: every piece
of them goes through `escaped` before it is placed in markup, and through `markdown_text` before it
is shown by a Streamlit call that reads Markdown."""

from __future__ import annotations

from ..api import Comparison
from ..group import STATUS_ORDER, effective
from ..judge import SCOPE_WORDS, plain_number
from ..records import Article, Claim, Fact

STATUS_COLOURS = {"all agree": "#d8f0dc", "contradiction": "#f8d7da", "changes over time": "#fff1c9",
                  "unclear": "#e9ecef"}
STATUS_WORDS = {"all agree": "The articles agree", "contradiction": "The articles contradict each other",
                "changes over time": "The figures differ because they speak of different times",
                "unclear": "Matched, but not decidable"}


MARKDOWN_SPECIALS = "\\`*_{}[]()#+-.!|~$:<>&"
"""Characters that start Markdown syntax in Streamlit: links and images, emphasis, code, headings, lists,
tables, LaTeX ("$"), emoji and colour shortcodes (":"), autolinks ("https:"), raw HTML."""
_AS_ENTITIES = str.maketrans({ch: f"&#{ord(ch)};" for ch in "&<>\"'`*_[]()#!|~$:\\\n"})


def escaped(text: str) -> str:
    r"""Text as inert HTML: tags and quotes escaped, and every Markdown mark and newline written as a
    character reference. Streamlit reads the page's HTML snippets as Markdown, and a blank line would end
    the HTML block: "![x](http://tracker)" after one would load an image in the reader's browser.

    >>> print(escaped("<b>5</b>\n\n![x](http://t.co/p.png)"))
    &#60;b&#62;5&#60;/b&#62;&#10;&#10;&#33;&#91;x&#93;&#40;http&#58;//t.co/p.png&#41;
    """
    return text.translate(_AS_ENTITIES)


def markdown_text(text: str) -> str:
    r"""Text for a Streamlit call that renders Markdown (st.error, st.caption, st.subheader...), shown
    exactly as written: every Markdown mark backslash-escaped, so no link, image or formatting is made.

    >>> print(markdown_text("[Official figures](http://x.co) *now*"))
    \[Official figures\]\(http\://x\.co\) \*now\*
    """
    return "".join("\\" + ch if ch in MARKDOWN_SPECIALS else ch for ch in text)


def highlighted(sentence: str, quote: str) -> str:
    """The sentence, escaped, with the figure marked.

    >>> highlighted("<b>5</b> troops", "5")
    '&#60;b&#62;<mark>5</mark>&#60;/b&#62; troops'
    """
    if quote and quote in sentence:
        before, _, after = sentence.partition(quote)
        return f"{escaped(before)}<mark>{escaped(quote)}</mark>{escaped(after)}"
    return escaped(sentence)


def fact_card(fact: Fact, comparison: Comparison, articles: list[str]) -> str:
    """One fact: its label and status, then one cell per article with the claim in its sentence,
    then the reasons of its verdicts."""
    claims = {c.id: c for c in comparison.claims}
    members = [claims[i] for i in fact.claims if i in claims]
    cells = []
    for article_id in articles:
        own = [c for c in members if c.article == article_id]
        inner = "<br>".join(f"{highlighted(c.sentence, c.quote)}<br><small>{escaped(_value(c))}</small>"
                            for c in own) or "<small>—</small>"
        cells.append(f"<td style='vertical-align:top;padding:4px;min-width:12em'><small><b>"
                     f"{escaped(article_id)}</b></small><br>{inner}</td>")
    reasons = "".join(f"<li><b>{escaped(effective(v).replace('_', ' '))}</b>"
                      f"{' (set by the user)' if v.override else ''}: {escaped(v.reason)}"
                      f"{' — note: ' + escaped(v.note) if v.note else ''}</li>"
                      for v in comparison.verdicts if v.a in fact.claims or v.b in fact.claims)
    colour = STATUS_COLOURS.get(fact.status, "#ffffff")
    return (f"<div class='fact-row' style='background:{colour};padding:0.5em;border-radius:4px;margin-bottom:0.6em'>"
            f"<b>{escaped(fact.id)} · {escaped(fact.label)}</b> — {escaped(STATUS_WORDS[fact.status])}"
            f" <small>({escaped(tally_words(fact))})</small>"
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
        pieces.append(escaped(article.text[position:start]))
        inner = escaped(article.text[start:end])
        if what == "claim":
            pieces.append(f"<mark>{inner}</mark>")
        else:
            pieces.append(f"<span style='color:#9e9e9e' title='{escaped(what)}'>"
                          f"<small>[{escaped(what)}]</small> {inner}</span>")
        position = end
    pieces.append(escaped(article.text[position:]))
    return f"<div style='white-space:pre-wrap;line-height:1.5'>{''.join(pieces)}</div>"


def sorted_facts(facts: list[Fact]) -> list[Fact]:
    """Strongest disagreement first."""
    return sorted(facts, key=lambda f: (STATUS_ORDER.index(f.status), -len(f.claims)))
