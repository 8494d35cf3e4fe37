"""Records -> escaped HTML snippets for the page. Article text and titles are untrusted: every piece
of them goes through `escaped` before it is placed in markup, and through `markdown_text` before it
is shown by a Streamlit call that reads Markdown."""

from __future__ import annotations

from ..api import Comparison
from ..group import STATUS_ORDER, effective
from ..records import Article, Claim, Fact, Verdict
from ..summary import fact_summary
from ..wording import figure_words, time_words, what_words

STATUS_COLOURS = {"all agree": "#d8f0dc", "contradiction": "#f8d7da", "changes over time": "#fff1c9",
                  "unclear": "#e9ecef", "rejected": "#f1f1f1"}
STATUS_WORDS = {"all agree": "The articles agree", "contradiction": "The articles contradict each other",
                "changes over time": "The figures differ because they speak of different times",
                "unclear": "Matched, but not decidable", "rejected": "Rejected by you"}


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


GRID_LABEL_WIDTH = "19em"
GRID_CELL_WIDTH = "17em"
"""Fixed widths, so that every row's cells line up under their article however long its sentences are."""
_STICKY = "position:sticky;background:#fff;z-index:2;"
_SEPARATOR = "<hr style='margin:4px 0'>"
_CELL = "vertical-align:top;padding:6px;border-bottom:1px solid #ccc;overflow-wrap:anywhere"


def fact_grid(facts: list[Fact], comparison: Comparison, articles: list[str], labels: dict[str, str],
              reasons: dict[str, list[Verdict]]) -> str:
    """The side-by-side grid: one row per fact, one fixed-width column per article (named by outlet and
    title, the file name as a tooltip), the header and the fact column kept in view while the grid
    scrolls inside its own box, each row coloured by status and saying in one sentence why.
    `reasons`: fact id -> the verdicts on its pairs (summary.verdicts_by_fact)."""
    claims = {c.id: c for c in comparison.claims}
    questioned = {a.id for a in comparison.articles if "questioned" in a.published_basis}
    header = "".join(f"<th class='article-column' title='{escaped(a)}' style='{_STICKY}top:0;padding:4px;"
                     f"text-align:left;vertical-align:bottom;border-bottom:2px solid #bbb'>"
                     f"{escaped(labels.get(a, a))}</th>" for a in articles)
    rows = "".join(_grid_row(fact, claims, reasons.get(fact.id, []), articles, labels, questioned) for fact in facts)
    columns = f"<col style='width:{GRID_LABEL_WIDTH}'>" + f"<col style='width:{GRID_CELL_WIDTH}'>" * len(articles)
    return (f"<div class='fact-grid' style='overflow:auto;max-height:80vh;border:1px solid #ddd'>"
            f"<table style='table-layout:fixed;width:max-content;border-collapse:separate;border-spacing:0'>"
            f"<colgroup>{columns}</colgroup><thead><tr><th style='{_STICKY}top:0;left:0;z-index:3;"
            f"padding:4px;text-align:left;border-bottom:2px solid #bbb'>Fact</th>{header}</tr></thead>"
            f"<tbody>{rows}</tbody></table></div>")


def _grid_row(fact: Fact, claims: dict[str, Claim], verdicts: list[Verdict], articles: list[str],
              labels: dict[str, str], questioned: set[str]) -> str:
    colour = STATUS_COLOURS.get(fact.status, "#ffffff")
    cells = []
    for article_id in articles:
        doubt = article_id in questioned
        own = [_cell(claims[i], doubt) for i in fact.claims if i in claims and claims[i].article == article_id]
        own += [_cell(claims[i], doubt, left_out=True) for i in fact.left_out
                if i in claims and claims[i].article == article_id]
        cells.append(f"<td style='{_CELL}'>{_SEPARATOR.join(own) or '<small>—</small>'}</td>")
    why = "".join(f"<li>{escaped(_reason_line(v))}</li>" for v in verdicts)
    summary = fact_summary(fact, verdicts, claims, labels)
    head = (f"<td style='position:sticky;left:0;z-index:1;background:{colour};{_CELL}'>"
            f"<b>{escaped(fact.id)} · {escaped(fact.label)}</b>"
            f"<br><small>{escaped(STATUS_WORDS[fact.status])} ({escaped(tally_words(fact))})</small>"
            f"<br>{escaped(summary)}<details><summary>why, pair by pair</summary><ul>{why}</ul></details></td>")
    return f"<tr class='fact-row' id='fact-{escaped(fact.id)}' style='background:{colour}'>{head}{''.join(cells)}</tr>"


def _reason_line(verdict: Verdict) -> str:
    """A pair's reason as the page lists it: the rules' reason, and the user's decision when there is one."""
    if not verdict.override:
        return verdict.reason + (f" — note: {verdict.note}" if verdict.note else "")
    decided = effective(verdict).replace("_", " ")
    return (f"{decided}, your decision{': ' + verdict.note if verdict.note else ''}. "
            f"The rules said: {verdict.reason}")


def _cell(claim: Claim, date_questioned: bool, *, left_out: bool = False) -> str:
    """A claim in its sentence with the figure marked, then the figure, what it counts and when, in words;
    a warning when that time rests on a publication date the article itself puts in doubt."""
    what = what_words(claim) if claim.kind != "date" else ""
    line = " · ".join(filter(None, (figure_words(claim), what, "" if claim.kind == "date" else time_words(claim))))
    if date_questioned and claim.time_basis in ("publication date", "context"):
        line += " · ⚠ read against a publication date the text puts in doubt (see the Overview's dates)"
    sentence = highlighted(claim.sentence, claim.quote)
    if left_out:
        return f"<s>{sentence}</s><br><small><b>left out by you</b> · {escaped(line)}</small>"
    return f"{sentence}<br><small>{escaped(line)}</small>"


def tally_words(fact: Fact) -> str:
    """How a fact's pairs were judged, in words: "10 agree, 2 contradict, 1 differs in time"."""
    words = ", ".join(f"{count} {verdict.replace('_', ' ').replace('differs', 'differ' if count > 1 else 'differs')}"
                      for verdict, count in sorted(fact.tally.items(), key=lambda item: -item[1])) or "no pairs"
    if fact.unjudged_pairs:
        words += (f"; {fact.unjudged_pairs:,} more pairs follow from value groups (each claim was judged against "
                  "one claim of every group of equal values)")
    return words


def article_html(article: Article, claims: list[Claim], facts: list[Fact] = ()) -> str:
    """The article's text, escaped, with its claims marked in the colour of their fact's status (and the
    fact's id after them, its label as a tooltip), and excluded regions greyed with their reason."""
    fact_of = {claim_id: fact for fact in facts for claim_id in fact.claims}
    marks: list[tuple[int, int, str, Claim | None]] = [(r.start, r.end, r.reason, None) for r in article.excluded]
    marks += [(c.start, c.end, "", c) for c in claims if c.article == article.id and c.section == "body"]
    pieces, position = [], 0
    for start, end, reason, claim in sorted(marks, key=lambda m: (m[0], -m[1])):
        if start < position:
            continue
        pieces.append(escaped(article.text[position:start]))
        inner = escaped(article.text[start:end])
        if claim is not None:
            pieces.append(_claim_mark(inner, fact_of.get(claim.id)))
        else:
            pieces.append(f"<span style='color:#9e9e9e' title='{escaped(reason)}'>"
                          f"<small>[{escaped(reason)}]</small> {inner}</span>")
        position = end
    pieces.append(escaped(article.text[position:]))
    return f"<div style='white-space:pre-wrap;line-height:1.5'>{''.join(pieces)}</div>"


def _claim_mark(inner: str, fact: Fact | None) -> str:
    if fact is None:
        return f"<mark style='background:#fff3b0' title='matched into no fact'>{inner}</mark>"
    return (f"<mark style='background:{STATUS_COLOURS.get(fact.status, '#fff3b0')}' "
            f"title='{escaped(fact.id)} · {escaped(fact.label)}: {escaped(fact.status)}'>{inner}</mark>"
            f"<sup><small>{escaped(fact.id)}</small></sup>")


def sorted_facts(facts: list[Fact]) -> list[Fact]:
    """Strongest disagreement first."""
    return sorted(facts, key=lambda f: (STATUS_ORDER.index(f.status), -len(f.claims)))
