"""Claim Comparer: the Streamlit page. Widgets, session state and cached calls into `comparer`; no parsing here."""

from __future__ import annotations

import html
from pathlib import Path

import streamlit as st

from comparer import settings
from comparer.api import compare_articles, extract_all
from comparer.errors import InputError
from comparer.export import table_csv, to_json, to_xlsx
from comparer.fetch import fetch
from comparer.load import article_from_bytes
from comparer.tables import all_tables

SEEDS = sorted((Path(__file__).resolve().parent / "seeds").glob("*.txt"))
VERDICT_COLOURS = {"agree": "#d8f0dc", "contradict": "#f8d7da", "differs_in_time": "#fff1c9", "unclear": "#e9ecef"}

st.set_page_config(page_title="Claim Comparer", layout="wide")


@st.cache_data(show_spinner=False)
def load_inputs(named_bytes: tuple[tuple[str, bytes], ...]):
    """Articles from (name, bytes) pairs; failures as (name, reason). Cached by content."""
    articles, failures = [], []
    for name, raw in named_bytes:
        try:
            articles.append(article_from_bytes(name, raw))
        except InputError as error:
            failures.append((name, str(error)))
    return articles, failures


@st.cache_data(show_spinner="Fetching…", ttl=3600)
def fetched(url: str) -> bytes | str:
    """The page's bytes, or the reason it could not be fetched; cached for the session's hour."""
    try:
        return fetch(url).content
    except InputError as error:
        return str(error)


@st.cache_data(show_spinner=False)
def cached_claims(articles):
    return extract_all(articles)


@st.cache_data(show_spinner=False)
def cached_comparison(articles, claims, threshold: float, kinds: tuple[str, ...]):
    return compare_articles(articles, threshold=threshold, kinds=kinds, claims=claims)


def gather_inputs() -> tuple[tuple[str, bytes], ...]:
    st.sidebar.header("Articles")
    use_seeds = st.sidebar.checkbox("Include the sample articles", value=True, key="use_seeds")
    uploads = st.sidebar.file_uploader("Upload articles", type=["txt", "md", "markdown", "html", "htm", "pdf", "docx"],
                                       accept_multiple_files=True, key="uploads")
    pasted = st.sidebar.text_area("…or paste an article", key="pasted", height=120)
    urls = st.sidebar.text_area("…or give web addresses (one per line)", key="urls", height=80,
                                value="\n".join(st.query_params.get_all("url")))
    named = [(p.name, p.read_bytes()) for p in SEEDS] if use_seeds else []
    for url in filter(None, (line.strip() for line in urls.splitlines())):
        content = fetched(url)
        if isinstance(content, bytes):
            named.append((url, content))
        else:
            st.error(f"Skipped {content}")
    named += [(u.name, u.getvalue()) for u in uploads or []]
    if pasted.strip():
        named.append(("pasted.txt", pasted.encode("utf-8")))
    if len(named) > settings.MAX_ARTICLES:
        left_out = ", ".join(name for name, _ in named[settings.MAX_ARTICLES:])
        st.error(f"{len(named)} articles is more than the page compares at once (settings.MAX_ARTICLES = "
                 f"{settings.MAX_ARTICLES}); these were left out: {left_out}. The command line has no such limit.")
    return tuple(named[: settings.MAX_ARTICLES])


def sidebar_settings() -> tuple[float, tuple[str, ...]]:
    st.sidebar.header("Settings")
    threshold = st.sidebar.slider("Match threshold", 0, 100, int(settings.MATCH_THRESHOLD), key="threshold",
                                  help="How similar two claims' subjects and context must be to be compared.")
    kinds = st.sidebar.multiselect("Kinds to compare", ["count", "money", "percent", "ratio", "distance",
                                                        "duration", "date"],
                                   default=["count", "money", "percent", "ratio", "distance", "duration", "date"],
                                   key="kinds")
    return float(threshold), tuple(kinds)


def highlighted(sentence: str, quote: str) -> str:
    """The sentence, escaped, with the quoted figure marked."""
    if quote and quote in sentence:
        before, _, after = sentence.partition(quote)
        return f"{html.escape(before)}<mark>{html.escape(quote)}</mark>{html.escape(after)}"
    return html.escape(sentence)


def main() -> None:
    st.title("Claim Comparer")
    st.caption("Numbers and dates that several articles state, matched across them: where they agree, "
               "contradict each other, or only differ in time.")
    named = gather_inputs()
    threshold, kinds = sidebar_settings()
    articles, failures = load_inputs(named)
    for name, reason in failures:
        st.error(f"Skipped {name}: {reason}")
    uploaded = len(named) - (len(SEEDS) if st.session_state.get("use_seeds", True) else 0)
    if uploaded > 0:
        st.caption(f"{uploaded} uploaded article{'s' if uploaded > 1 else ''} included.")
    if not articles:
        st.info("Add articles in the sidebar to start.")
        return
    claims = cached_claims(articles)
    comparison = cached_comparison(articles, claims, threshold, kinds)
    for note in comparison.notes:
        st.caption(f"Note: {note}")
    tables = all_tables(comparison)
    overview, side, claims_tab, article_tab, downloads = st.tabs(
        ["Overview", "Side by side", "Claims", "Article", "Downloads"])
    with overview:
        verdicts = tables["verdicts"]["verdict"].value_counts()
        cols = st.columns(6)
        cols[0].metric("Articles", len(comparison.articles))
        cols[1].metric("Claims", int((tables["claims"]["section"] == "body").sum()))
        cols[2].metric("Facts", len(comparison.facts))
        cols[3].metric("Agree", int(verdicts.get("agree", 0)))
        cols[4].metric("Contradict", int(verdicts.get("contradict", 0)))
        cols[5].metric("Differ in time", int(verdicts.get("differs_in_time", 0)))
        st.dataframe(tables["articles"][["id", "title", "outlet", "author", "published", "published_basis",
                                         "published_note", "claims"]], hide_index=True, key="articles_table")
    with side:
        by_id = {c.id: c for c in comparison.claims}
        for verdict in comparison.verdicts:
            a, b = by_id[verdict.a], by_id[verdict.b]
            colour = VERDICT_COLOURS.get(verdict.verdict, "#ffffff")
            st.markdown(
                f"<div class='verdict-row' style='background:{colour};padding:0.5em;border-radius:4px;"
                f"margin-bottom:0.4em'>"
                f"<b>{html.escape(verdict.verdict.replace('_', ' '))}</b> — {html.escape(a.subject)}<br>"
                f"<small>{html.escape(a.article)}</small>: {highlighted(a.sentence, a.quote)}<br>"
                f"<small>{html.escape(b.article)}</small>: {highlighted(b.sentence, b.quote)}<br>"
                f"<small>{html.escape(verdict.reason)}</small></div>", unsafe_allow_html=True)
        if not comparison.verdicts:
            st.info("No claims matched across articles.")
    with claims_tab:
        shown = tables["claims"].astype({"value": str, "low": str, "high": str})  # dates and numbers share columns
        st.dataframe(shown, hide_index=True, key="claims_table")
    with article_tab:
        chosen = st.selectbox("Article", [a.id for a in comparison.articles], key="article_choice")
        article = next(a for a in comparison.articles if a.id == chosen)
        st.subheader(article.title or article.id)
        st.caption(f"Published: {article.published or 'unknown'} ({article.published_basis}). "
                   f"{article.published_note}")
        st.markdown(f"<div style='white-space:pre-wrap'>{html.escape(article.text)}</div>", unsafe_allow_html=True)
    with downloads:
        for name, frame in tables.items():
            st.download_button(f"{name}.csv", table_csv(frame), file_name=f"{name}.csv", mime="text/csv",
                               key=f"download_{name}")
        st.download_button("comparison.xlsx", to_xlsx(comparison), file_name="comparison.xlsx", key="download_xlsx",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        st.download_button("comparison.json", to_json(comparison), file_name="comparison.json",
                           mime="application/json", key="download_json")


main()
