"""Claim Comparer: the Streamlit page. Widgets, session state and cached calls into `comparer`; no parsing here."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import streamlit as st

from comparer import settings, workers
from comparer.api import Comparison, Extraction, compare_articles, dated_by_story, extract_each, failure_message
from comparer.charts import agreement_heatmap, timeline
from comparer.errors import ComparerError, InputError
from comparer.export import parse_comparison_file, table_csv, to_comparison_file, to_json, to_xlsx
from comparer.extract import with_tolerances
from comparer.fetch import fetch
from comparer.load import article_from_bytes
from comparer.names import distinct_names
from comparer.review import DECISIONS, Decision, apply_decisions
from comparer.tables import all_tables
from comparer.ui.render import article_html, fact_card, markdown_text, sorted_facts

SEEDS = sorted((Path(__file__).resolve().parent / "seeds").glob("*.txt"))
UPLOAD_TYPES = ["txt", "md", "markdown", "html", "htm", "pdf", "docx"]
# Streamlit would print a bare string under a constant on the page, so these are comments.
FACTS_PER_PAGE = 40  # fact rows shown at once in the side-by-side view; the rest are a page away
EAGER_WORKBOOK_CLAIMS = 500  # up to this many claims the Excel workbook is made with the page; above, on request
KINDS = ["count", "money", "percent", "ratio", "distance", "duration", "date"]


@st.cache_data(show_spinner="Fetching…", ttl=3600)
def fetched(url: str) -> bytes | str:
    """The page's bytes, or the reason it could not be fetched; cached for an hour."""
    try:
        return fetch(url).content
    except InputError as error:
        return str(error)


@st.cache_data(show_spinner=False, max_entries=500)
def loaded(name: str, raw: bytes, published: date | None):
    """One article, or the reason it could not be read; cached by content and date."""
    try:
        return workers.run(article_from_bytes, name, raw, published=published)
    except Exception as error:  # noqa: BLE001 - one input's failure is that input's; the page goes on
        return failure_message(name, error)


@st.cache_data(show_spinner=False, max_entries=50)
def extracted(articles) -> Extraction:
    return workers.run(extract_each, list(articles))


@st.cache_data(show_spinner=False, max_entries=50)
def compared(articles, claims, threshold: float, kinds: tuple[str, ...]) -> Comparison:
    return workers.run(compare_articles, list(articles), threshold=threshold, kinds=kinds, claims=list(claims))


def reopened_file() -> None:
    """A comparison file puts its articles, dates, settings and decisions back into the session."""
    upload = st.sidebar.file_uploader("Reopen a comparison file (.json)", type=["json"], key="reopen")
    if upload is None or st.session_state.get("reopened") == upload.file_id:
        return
    try:
        saved = parse_comparison_file(upload.getvalue())
    except ComparerError as error:
        st.sidebar.error(str(error))
        return
    st.session_state.update(reopened=upload.file_id, use_seeds=False, seeds_chosen=True,
                            restored={a["name"]: a["text"].encode("utf-8") for a in saved["articles"]},
                            dates={a["name"]: a["published"] for a in saved["articles"] if a.get("published")},
                            decisions=[Decision(**d) for d in saved["decisions"]])
    if "threshold" in saved["settings"]:
        st.session_state["threshold"] = int(saved["settings"]["threshold"])


def own_input_count() -> int:
    """How many articles of their own the user has given so far (uploads, a paste, addresses, a reopened file),
    read from the widgets' state before they are drawn again."""
    urls = st.session_state.get("urls", "\n".join(st.query_params.get_all("url")))
    return (len(st.session_state.get("uploads") or []) + bool((st.session_state.get("pasted") or "").strip())
            + sum(1 for line in urls.splitlines() if line.strip()) + len(st.session_state.get("restored", {})))


def gather_inputs() -> tuple[list[tuple[str, bytes]], list[str]]:
    """(name, bytes) of every input, and the reasons for the ones left out."""
    st.sidebar.header("Articles")
    reopened_file()
    own = own_input_count()
    if not st.session_state.get("seeds_chosen"):
        st.session_state["use_seeds"] = own < 2  # the samples are a first look; two of one's own make a story
    use_seeds = st.sidebar.checkbox("Include the sample articles", key="use_seeds",
                                    on_change=lambda: st.session_state.update(seeds_chosen=True))
    if own >= 2 and not use_seeds and not st.session_state.get("seeds_chosen"):
        st.sidebar.caption("The samples are left out while you compare your own articles; tick the box to add them.")
    uploads = st.sidebar.file_uploader("Upload articles", type=UPLOAD_TYPES, accept_multiple_files=True,
                                       key="uploads")
    pasted = st.sidebar.text_area("…or paste an article", key="pasted", height=110)
    urls = st.sidebar.text_area("…or give web addresses (one per line)", key="urls", height=70,
                                value="\n".join(st.query_params.get_all("url")))
    named = [(p.name, p.read_bytes()) for p in SEEDS] if use_seeds else []
    named += list(st.session_state.get("restored", {}).items())
    named += [(u.name, u.getvalue()) for u in uploads or []]
    if pasted.strip():
        named.append(("pasted.txt", pasted.encode("utf-8")))
    skipped = []
    for url in filter(None, (line.strip() for line in urls.splitlines())):
        content = fetched(url)
        if isinstance(content, bytes):
            named.append((url, content))
        else:
            skipped.append(content)
    names = distinct_names([name for name, _ in named])
    renamed = [f"{name} as {new}" for (name, _), new in zip(named, names, strict=True) if new != name]
    if renamed:
        st.sidebar.caption(markdown_text("Inputs with the same name are kept apart: " + "; ".join(renamed)))
    named = [(new, raw) for (_, raw), new in zip(named, names, strict=True)]
    if len(named) > settings.MAX_ARTICLES:
        left_out = ", ".join(name for name, _ in named[settings.MAX_ARTICLES:])
        skipped.append(f"{len(named)} articles is more than the page compares at once (settings.MAX_ARTICLES = "
                       f"{settings.MAX_ARTICLES}); left out: {left_out}. The command line has no such limit.")
    return named[: settings.MAX_ARTICLES], skipped


def sidebar_settings() -> tuple[float, tuple[str, ...], float, float]:
    """Match threshold, kinds and hedge tolerances, kept in the page's address so a link reproduces the view."""
    st.sidebar.header("Settings")
    params = st.query_params
    if "threshold" not in st.session_state and params.get("threshold", "").isdigit():
        st.session_state["threshold"] = min(100, int(params["threshold"]))
    if "kinds" not in st.session_state and params.get("kinds"):
        st.session_state["kinds"] = [k for k in params["kinds"].split(",") if k in KINDS]
    threshold = st.sidebar.slider("Match threshold", 0, 100, int(settings.MATCH_THRESHOLD), key="threshold",
                                  help="How alike two claims' subjects and context must be to be compared (0-100). "
                                  f"A contradiction also needs {settings.STRICT_MATCH_THRESHOLD:.0f}.")
    kinds = st.sidebar.multiselect("Kinds to compare", KINDS, default=KINDS, key="kinds")
    for key, default in (("hedge", settings.HEDGE_TOLERANCE), ("near", settings.NEAR_TOLERANCE)):
        if key not in st.session_state and params.get(key, "").isdigit():
            st.session_state[key] = min(50, int(params[key]))
        st.session_state.setdefault(key, round(default * 100))
    hedge = st.sidebar.slider("\"about\", \"some\", \"roughly\": ± %", 0, 50, key="hedge",
                              help="How far either side of its figure a hedged number may lie.")
    near = st.sidebar.slider("\"nearly\", \"almost\": up to % below", 0, 50, key="near",
                             help="How far below its figure \"nearly 150\" may lie.")
    st.sidebar.caption(f"Limits: {settings.MAX_FILE_BYTES // 1_000_000} MB a file, {settings.MAX_ARTICLES} articles.")
    params.update(threshold=str(threshold), kinds=",".join(kinds), hedge=str(hedge), near=str(near))
    return float(threshold), tuple(kinds), hedge / 100, near / 100


def load_all(named: list[tuple[str, bytes]]):
    dates = st.session_state.setdefault("dates", {})
    articles, failures = [], []
    with st.status(f"Reading {len(named)} articles…", expanded=False) as status:
        for index, (name, raw) in enumerate(named):
            status.update(label=markdown_text(f"Reading {name} ({index + 1} of {len(named)})"))
            user_date = date.fromisoformat(dates[name]) if dates.get(name) else None
            result = loaded(name, raw, user_date)
            (articles if not isinstance(result, str) else failures).append(result)
        status.update(label=f"Read {len(articles)} articles", state="complete")
    return articles, failures


def overview(comparison: Comparison, tables, heatmap) -> None:
    verdicts = tables["verdicts"]["verdict"].value_counts()
    cols = st.columns(6)
    cols[0].metric("Articles", len(comparison.articles))
    cols[1].metric("Claims", int((tables["claims"]["section"] == "body").sum()))
    cols[2].metric("Facts", len(comparison.facts))
    cols[3].metric("Agree", int(verdicts.get("agree", 0)))
    cols[4].metric("Contradict", int(verdicts.get("contradict", 0)))
    cols[5].metric("Differ in time", int(verdicts.get("differs_in_time", 0)))
    if len(comparison.articles) > 1:
        st.plotly_chart(heatmap, key="heatmap")
    st.caption("Publication dates decide how \"last month\" is read. Correct one in the table and the comparison "
               "updates.")
    shown = tables["articles"][["id", "title", "outlet", "author", "published", "published_basis", "published_note",
                                "claims"]].copy()
    shown["published"] = [date.fromisoformat(d) if d else None for d in shown["published"]]
    edited = st.data_editor(shown, hide_index=True, key="articles_editor",
                            disabled=[c for c in shown if c != "published"],
                            column_config={"published": st.column_config.DateColumn("published", format="YYYY-MM-DD")})
    dates = st.session_state.setdefault("dates", {})
    changed = False
    for (_, before), (_, after) in zip(shown.iterrows(), edited.iterrows(), strict=True):
        if after["published"] != before["published"] and after["published"] is not None:
            dates[after["id"]] = after["published"].isoformat()[:10]
            changed = True
    if changed:
        st.rerun()


def side_by_side(comparison: Comparison) -> None:
    articles = [a.id for a in comparison.articles]
    cols = st.columns(4)
    statuses = cols[0].multiselect("Status", ["contradiction", "changes over time", "unclear", "all agree"],
                                   key="filter_status")
    kinds = cols[1].multiselect("Kind", KINDS, key="filter_kind")
    chosen = cols[2].multiselect("Article", articles, key="filter_article")
    text = cols[3].text_input("Search", key="filter_text").strip().lower()
    claims = {c.id: c for c in comparison.claims}
    kept = []
    for fact in sorted_facts(list(comparison.facts)):
        members = [claims[i] for i in fact.claims if i in claims]
        if statuses and fact.status not in statuses or kinds and not any(c.kind in kinds for c in members):
            continue
        if chosen and not any(c.article in chosen for c in members):
            continue
        if text and text not in fact.label.lower() and not any(text in c.sentence.lower() for c in members):
            continue
        kept.append(fact)
    if not kept:
        st.info("No matched facts" + (" with these filters." if statuses or kinds or chosen or text else "."))
    pages = max(1, -(-len(kept) // FACTS_PER_PAGE))
    page = st.number_input(f"Page (of {pages}; {len(kept)} facts, {FACTS_PER_PAGE} a page)", 1, pages, 1,
                           key="facts_page") if pages > 1 else 1
    for fact in kept[(page - 1) * FACTS_PER_PAGE: page * FACTS_PER_PAGE]:
        st.markdown(fact_card(fact, comparison, articles), unsafe_allow_html=True)
    review(comparison)


def review(comparison: Comparison) -> None:
    """Confirm or reject a match, override a verdict with a note, or link two claims by hand."""
    claims = {c.id: c for c in comparison.claims}
    with st.expander("Your decision on a pair (confirm, reject, override, or link claims the matcher missed)"):
        body = [c for c in comparison.claims if c.section == "body"]
        label = {c.id: f"{c.id}: {c.quote} — {c.subject[:50]}" for c in body}
        with st.form("decision"):
            a = st.selectbox("Claim", [c.id for c in body], format_func=label.get, key="decision_a")
            b = st.selectbox("and claim", [c.id for c in body], format_func=label.get, key="decision_b")
            decision = st.selectbox("Decision", DECISIONS, key="decision_kind")
            note = st.text_input("Note (why)", key="decision_note")
            if st.form_submit_button("Save decision"):
                if a == b or claims[a].article == claims[b].article:
                    st.error("Pick two claims from different articles.")
                else:
                    kept = [d for d in st.session_state.get("decisions", []) if {d.a, d.b} != {a, b}]
                    st.session_state["decisions"] = [*kept, Decision(a, b, decision, note)]
                    st.rerun()
        for index, saved in enumerate(st.session_state.get("decisions", [])):
            cols = st.columns([5, 1])
            cols[0].write(markdown_text(f"{saved.a} ↔ {saved.b}: {saved.decision}"
                                        f"{(' — ' + saved.note) if saved.note else ''}"))
            if cols[1].button("Undo", key=f"undo_{index}"):
                st.session_state["decisions"].pop(index)
                st.rerun()


def claims_view(tables) -> None:
    shown = tables["claims"].astype({"value": str, "low": str, "high": str})  # dates and numbers share columns
    st.dataframe(shown, hide_index=True, key="claims_table", column_config={
        "quote": st.column_config.TextColumn("quote", help="the words as the article wrote them"),
        "sentence": st.column_config.TextColumn("sentence", width="large"),
        "start": None, "end": None, "derived_low": None, "derived_high": None,
        "fact": st.column_config.TextColumn("fact", help="the fact it was matched into; empty if none"),
    })


def downloads(comparison: Comparison, tables, figures: dict) -> None:
    """Files are made with the page (they take milliseconds); a PNG, which starts a headless browser on
    the server, only when asked for."""
    st.caption("Every download includes your decisions (columns override and note).")
    cols = st.columns(4)
    for index, (name, frame) in enumerate(tables.items()):
        cols[index % 4].download_button(f"{name}.csv", table_csv(frame), file_name=f"{name}.csv", mime="text/csv",
                                        key=f"download_{name}")
    small = len(comparison.claims) <= EAGER_WORKBOOK_CLAIMS
    if small or st.toggle("Prepare the Excel workbook", key="prepare_xlsx",
                          help="A large comparison takes a few seconds to write as a workbook."):
        st.download_button("comparison.xlsx (one sheet per table)", to_xlsx(comparison),
                           file_name="comparison.xlsx", key="download_xlsx",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    st.download_button("comparison.json (everything)", to_json(comparison), file_name="comparison.json",
                       mime="application/json", key="download_json")
    sources = {a.id: a.text for a in comparison.articles}
    dates = dict(st.session_state.get("dates", {}))
    decisions = [d.to_dict() for d in st.session_state.get("decisions", [])]
    st.download_button("comparison file (reopens this view)",
                       to_comparison_file(comparison, sources, user_dates=dates, decisions=decisions),
                       file_name="claim-comparison.json", mime="application/json", key="download_reopen")
    png_ready = png_export_available()
    for name, figure in figures.items():
        cols = st.columns(2)
        cols[0].download_button(f"{name}.html", figure.to_html(include_plotlyjs="cdn"), file_name=f"{name}.html",
                                mime="text/html", key=f"download_{name}_html")
        if not png_ready:
            cols[1].caption(f"{name}.png is not available here: PNG export needs kaleido and a Chrome or Chromium "
                            "on the server. The HTML chart has a camera button that saves a PNG.")
        elif cols[1].toggle(f"Prepare {name}.png", key=f"prepare_{name}_png",
                            help="Drawing a PNG starts a headless browser on the server: a few seconds."):
            cols[1].download_button(f"{name}.png", figure.to_image(format="png"), file_name=f"{name}.png",
                                    mime="image/png", key=f"download_{name}_png")


@st.cache_resource
def png_export_available() -> bool:
    """Whether kaleido can draw PNGs here: it is installed and finds a Chrome or Chromium."""
    try:
        import kaleido  # noqa: F401
    except ImportError:
        return False
    return any(shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome", "chrome"))


def main() -> None:
    st.set_page_config(page_title="Claim Comparer", layout="wide")
    st.title("Claim Comparer")
    st.caption("Numbers and dates that several articles state, matched across them: where they agree, "
               "contradict each other, or only differ in time.")
    named, skipped = gather_inputs()
    threshold, kinds, hedge, near = sidebar_settings()
    for reason in skipped:
        st.error(markdown_text(f"Skipped: {reason}"))
    articles, failures = load_all(named)
    for reason in failures:
        st.error(markdown_text(f"Skipped {reason}"))
    uploaded = len(named) - (len(SEEDS) if st.session_state.get("use_seeds", True) else 0)
    if uploaded > 0:
        st.caption(f"{uploaded} uploaded article{'s' if uploaded > 1 else ''} included.")
    if not articles:
        st.info("Add articles in the sidebar to start.")
        return
    extraction = extracted(tuple(dated_by_story(articles)))
    for reason in extraction.skipped:
        st.error(markdown_text(f"Skipped {reason}"))
    articles = list(extraction.articles)
    if not articles:
        st.info("None of the articles could be read; see the reasons above.")
        return
    claims = with_tolerances(list(extraction.claims), hedge=hedge, near=near)
    comparison = apply_decisions(compared(tuple(articles), tuple(claims), threshold, kinds),
                                 st.session_state.get("decisions", []))
    for note in comparison.notes:
        st.caption(markdown_text(f"Note: {note}"))
    tables = all_tables(comparison)
    figures = {"heatmap": agreement_heatmap(comparison), "timeline": timeline(comparison)}
    tabs = st.tabs(["Overview", "Side by side", "Claims", "Timeline", "Article", "Downloads"])
    with tabs[0]:
        overview(comparison, tables, figures["heatmap"])
    with tabs[1]:
        side_by_side(comparison)
    with tabs[2]:
        claims_view(tables)
    with tabs[3]:
        st.plotly_chart(figures["timeline"], key="timeline")
    with tabs[4]:
        chosen = st.selectbox("Article", [a.id for a in comparison.articles], key="article_choice")
        article = next(a for a in comparison.articles if a.id == chosen)
        st.subheader(markdown_text(article.title or article.id))
        st.caption(markdown_text(f"Published: {article.published or 'unknown'} ({article.published_basis}). "
                                 f"{article.published_note}"))
        st.markdown(article_html(article, [c for c in comparison.claims if c.article == article.id]),
                    unsafe_allow_html=True)
    with tabs[5]:
        downloads(comparison, tables, figures)


# Streamlit runs this file as "__main__"; the worker processes (comparer/workers.py) import it as
# "__mp_main__" when they start, and must not draw a page.
if __name__ == "__main__":
    main()
