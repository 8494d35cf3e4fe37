"""Claim Comparer: the Streamlit page. Widgets, session state and cached calls into `comparer`; no parsing here."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import streamlit as st

from comparer import settings, workers
from comparer.api import Comparison, Extraction, compare_articles, dated_by_story, extract_each, failure_message
from comparer.charts import EXPORT_WIDTH, agreement_heatmap, timeline
from comparer.errors import ComparerError, InputError
from comparer.export import TOLERANCE_SETTINGS, parse_comparison_file, table_csv, to_comparison_file, to_json, to_xlsx
from comparer.extract import with_tolerances
from comparer.fetch import fetch
from comparer.group import STATUS_ORDER, effective
from comparer.load import article_from_bytes
from comparer.names import distinct_names
from comparer.records import Fact, Verdict
from comparer.review import DECISIONS, Decision, apply_decisions
from comparer.summary import verdicts_by_fact
from comparer.tables import all_tables, claims_table
from comparer.ui.render import article_html, fact_grid, markdown_text, sorted_facts
from comparer.wording import article_labels, figure_words

SEEDS = sorted((Path(__file__).resolve().parent / "seeds").glob("*.txt"))
UPLOAD_TYPES = ["txt", "md", "markdown", "html", "htm", "pdf", "docx"]
# Streamlit would print a bare string under a constant on the page, so these are comments.
FACTS_PER_PAGE = 40  # fact rows shown at once in the side-by-side view; the rest are a page away
ROW_DECISIONS = {"confirmed": "Confirm", "rejected": "Reject", "agree": "Set: agree", "contradict": "Set: contradict",
                 "differs_in_time": "Set: differs in time", "unclear": "Set: unclear"}
# The first tab is where a link without ?view= opens: the grid is what a reader came for.
TABS = ["Side by side", "Overview", "Claims", "Timeline", "Article", "Downloads"]
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
def story_dated(articles) -> tuple:
    """The batch with its undated articles read as of their story's days (api.dated_by_story): its stories
    are found once per batch, not on every rerun (a quarter of a second for 250 articles)."""
    return tuple(dated_by_story(list(articles)))


@st.cache_data(show_spinner=False, max_entries=2000)
def extracted_article(article) -> Extraction:
    """One article's claims, cached by the article: adding an article to a batch extracts only that one."""
    return workers.run(extract_each, [article])


def extracted(articles) -> Extraction:
    """The claims of every article, with a progress bar while a batch of more than a few is read."""
    bar = st.progress(0.0, text=f"Reading the claims of {len(articles)} articles") if len(articles) > 3 else None
    parts = []
    for done, article in enumerate(articles, 1):
        parts.append(extracted_article(article))
        if bar is not None:
            bar.progress(done / len(articles), text=f"Reading claims: {done} of {len(articles)} articles")
    if bar is not None:
        bar.empty()
    return Extraction(tuple(a for p in parts for a in p.articles), tuple(c for p in parts for c in p.claims),
                      tuple(r for p in parts for r in p.skipped))


@st.cache_data(show_spinner="Matching and judging the claims across the articles…", max_entries=50)
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
                            actions=[(f"{d['decision']} (from the comparison file)", [Decision(**d)])
                                     for d in saved["decisions"]])
    found = saved["settings"]
    if "threshold" in found:
        st.session_state["threshold"] = int(found["threshold"])
    for name in TOLERANCE_SETTINGS:
        if name in found:
            st.session_state[name] = found[name]
    if isinstance(found.get("kinds"), list):
        st.session_state["kinds"] = [k for k in found["kinds"] if k in KINDS]


def own_input_count() -> int:
    """How many articles of their own the user has given so far (uploads, pastes, addresses, a reopened
    file), read from the widgets' state before they are drawn again."""
    urls = st.session_state.get("urls") or st.query_params.get("urls", "")
    return (len(st.session_state.get("uploads") or []) + len(pasted_articles())
            + sum(1 for line in urls.splitlines() if line.strip()) + len(st.session_state.get("restored", {})))


def pasted_articles() -> list[tuple[str, bytes]]:
    """(name, bytes) of every paste box with text in it, named as the user named the box."""
    found = []
    for index in range(st.session_state.get("paste_boxes", 1)):
        text = st.session_state.get(_paste_key(index)) or ""
        if text.strip():
            name = (st.session_state.get(_paste_key(index, "name")) or "").strip() or f"pasted {index + 1}"
            found.append((name if "." in name else f"{name}.txt", text.encode("utf-8")))
    return found


def _paste_key(index: int, part: str = "") -> str:
    """The first paste box keeps the keys "pasted" and "pasted_name"; the next are "pasted_2"..."""
    return ("pasted" + (f"_{part}" if part else "")) + (f"_{index + 1}" if index else "")


def paste_boxes() -> None:
    """Paste boxes, each with a name for its article; one more on request."""
    for index in range(st.session_state.setdefault("paste_boxes", 1)):
        st.sidebar.text_input("Name of the pasted article" if not index else f"Name of pasted article {index + 1}",
                              key=_paste_key(index, "name"), placeholder=f"pasted {index + 1}")
        st.sidebar.text_area("…or paste an article" if not index else f"Pasted article {index + 1}",
                             key=_paste_key(index), height=110)
    if st.sidebar.button("Add another paste box", key="more_paste"):
        st.session_state["paste_boxes"] += 1
        st.rerun()


def link_state() -> None:
    """What the address carries besides the bound widgets: whether the samples are in, the dates the
    user corrected, and how many articles of their own (which a link cannot carry) the view was made
    from. Read once, when a session opens a link; written on every run."""
    params = st.query_params
    if "link_read" not in st.session_state:
        st.session_state["link_read"] = True
        if params.get("samples") in ("0", "1"):
            st.session_state.update(use_seeds=params["samples"] == "1", seeds_chosen=True)
        dates = {}
        for entry in params.get_all("date"):
            day, _, name = entry.partition(":")
            if name and _iso_or_none(day):
                dates[name] = day
        st.session_state.setdefault("dates", {}).update(dates)
        if params.get("url") and "urls" not in st.session_state:
            st.session_state["urls"] = "\n".join(params.get_all("url"))  # links made before `urls`
        if params.get("own", "").isdigit() and int(params["own"]) > 0:
            st.session_state["link_without_articles"] = int(params["own"])
    params.pop("url", None)


def write_link_state(own: int) -> None:
    params = st.query_params
    params["samples"] = "1" if st.session_state.get("use_seeds") else "0"
    dates = [f"{day}:{name}" for name, day in sorted(st.session_state.get("dates", {}).items())]
    if dates:
        params["date"] = dates
    else:
        params.pop("date", None)
    if own:
        params["own"] = str(own)
    else:
        params.pop("own", None)


def _iso_or_none(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def gather_inputs() -> tuple[list[tuple[str, bytes]], list[str], int]:
    """(name, bytes) of every input, the reasons for the ones left out, and how many of them are the
    user's own uploads, pastes or reopened articles (which a link cannot carry)."""
    st.sidebar.header("Articles")
    link_state()
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
    paste_boxes()
    urls = st.sidebar.text_area("…or give web addresses (one per line)", key="urls", height=70,
                                bind="query-params")
    named = [(p.name, p.read_bytes()) for p in SEEDS] if use_seeds else []
    carried = len(named)
    named += list(st.session_state.get("restored", {}).items())
    named += [(u.name, u.getvalue()) for u in uploads or []]
    named += pasted_articles()
    own_articles = len(named) - carried
    write_link_state(own_articles)
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
    return named[: settings.MAX_ARTICLES], skipped, own_articles


def link_notice(own: int) -> None:
    """Say plainly what a link to this view can and cannot carry."""
    missing = st.session_state.get("link_without_articles", 0)
    if missing and not own:
        st.warning(f"This link was made from {plural(missing, 'article')} of the sender's own (uploaded, pasted "
                   "or reopened from a file), which a link cannot carry. Ask for their comparison file "
                   "(Downloads tab) and reopen it in the sidebar; until then the page shows what the link holds.")
    elif own:
        st.caption(f"A link to this page carries its settings, filters, tab, corrected dates and web addresses, "
                   f"not the {plural(own, 'article')} you uploaded or pasted: to share those, download the "
                   "comparison file (Downloads tab).")


def sidebar_settings() -> tuple[float, tuple[str, ...], float, float]:
    """Match threshold, kinds and hedge tolerances, bound to the page's address so a link reproduces the view."""
    st.sidebar.header("Settings")
    threshold = st.sidebar.slider("Match threshold", 0, 100, int(settings.MATCH_THRESHOLD), key="threshold",
                                  bind="query-params",
                                  help="How alike two claims' subjects and context must be to be compared (0-100). "
                                  f"A contradiction also needs {settings.STRICT_MATCH_THRESHOLD:.0f}.")
    kinds = st.sidebar.multiselect("Kinds to compare", KINDS, default=KINDS, key="kinds", bind="query-params")
    hedge = st.sidebar.slider("\"about\", \"some\", \"roughly\": ± %", 0, 50, round(settings.HEDGE_TOLERANCE * 100),
                              key="hedge", bind="query-params",
                              help="How far either side of its figure a hedged number may lie.")
    near = st.sidebar.slider("\"nearly\", \"almost\": up to % below", 0, 50, round(settings.NEAR_TOLERANCE * 100),
                             key="near", bind="query-params", help="How far below its figure \"nearly 150\" may lie.")
    st.sidebar.caption(f"Limits: {settings.MAX_FILE_BYTES // 1_000_000} MB a file, {settings.MAX_ARTICLES} articles.")
    return float(threshold), tuple(kinds), hedge / 100, near / 100


def load_all(named: list[tuple[str, bytes]]):
    dates = st.session_state.setdefault("dates", {})
    articles, failures = [], []
    with st.status(f"Reading {plural(len(named), 'article')}…", expanded=False) as status:
        for index, (name, raw) in enumerate(named):
            status.update(label=markdown_text(f"Reading {name} ({index + 1} of {len(named)})"))
            user_date = date.fromisoformat(dates[name]) if dates.get(name) else None
            result = loaded(name, raw, user_date)
            (articles if not isinstance(result, str) else failures).append(result)
        status.update(label=f"Read {plural(len(articles), 'article')}", state="complete")
    return articles, failures


def counts(comparison: Comparison) -> None:
    """The comparison in six numbers, above every tab."""
    verdicts = Counter(effective(v) for v in comparison.verdicts)
    cols = st.columns(6)
    cols[0].metric("Articles", len(comparison.articles))
    cols[1].metric("Claims", sum(1 for c in comparison.claims if c.section == "body"))
    cols[2].metric("Facts", len(comparison.facts))
    cols[3].metric("Agree", verdicts["agree"])
    cols[4].metric("Contradict", verdicts["contradict"])
    cols[5].metric("Differ in time", verdicts["differs_in_time"])


def overview(comparison: Comparison, tables) -> None:
    if len(comparison.articles) > 1:
        st.plotly_chart(agreement_heatmap(comparison), key="heatmap")
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


def side_by_side(comparison: Comparison, labels: dict[str, str]) -> None:
    articles = [a.id for a in comparison.articles]
    cols = st.columns(4)
    statuses = cols[0].multiselect("Status", list(STATUS_ORDER), key="filter_status", bind="query-params")
    kinds = cols[1].multiselect("Kind", KINDS, key="filter_kind", bind="query-params")
    chosen = cols[2].multiselect("Article", articles, format_func=lambda a: labels.get(a, a), key="filter_article",
                                 bind="query-params")
    text = cols[3].text_input("Search", key="filter_text", bind="query-params").strip().lower()
    claims = {c.id: c for c in comparison.claims}
    kept = []
    for fact in sorted_facts(list(comparison.facts)):
        members = [claims[i] for i in (*fact.claims, *fact.left_out) if i in claims]
        if statuses and fact.status not in statuses or kinds and not any(c.kind in kinds for c in members):
            continue
        if chosen and not any(c.article in chosen for c in members):
            continue
        if text and text not in fact.label.lower() and not any(text in c.sentence.lower() for c in members):
            continue
        kept.append(fact)
    if not kept:
        st.info("No matched facts" + (" with these filters." if statuses or kinds or chosen or text else "."))
        link_decision(comparison, labels)
        decision_list()
        return
    pages = max(1, -(-len(kept) // FACTS_PER_PAGE))
    page = st.number_input(f"Page (of {pages}; {len(kept)} facts, {FACTS_PER_PAGE} a page)", 1, pages, 1,
                           key="facts_page") if pages > 1 else 1
    shown = kept[(page - 1) * FACTS_PER_PAGE: page * FACTS_PER_PAGE]
    present = {claims[i].article for f in shown for i in (*f.claims, *f.left_out) if i in claims}
    columns = [a for a in articles if a in present]
    if len(columns) < len(articles):
        st.caption(plural(len(articles) - len(columns), "article") + " with no claim in these rows "
                   "not shown as columns.")
    reasons = verdicts_by_fact(shown, list(comparison.verdicts))  # once, for the grid and the decisions
    st.markdown(fact_grid(shown, comparison, columns, labels, reasons), unsafe_allow_html=True)
    row_decisions(comparison, shown, labels, reasons)
    link_decision(comparison, labels)
    decision_list()


def plural(count: int, noun: str) -> str:
    """ "1 article", "3 articles" """
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def decide(pairs: list[tuple[str, str]], decision: str, note: str, what: str) -> None:
    """Save one decision of the user's (on a row, a claim or a hand-made link) as a decision per pair,
    replacing earlier ones on the same pairs, and show the page again."""
    made = [Decision(a, b, decision, note) for a, b in pairs]
    touched = {frozenset(p) for p in pairs}
    actions = [(label, [d for d in saved if frozenset((d.a, d.b)) not in touched])
               for label, saved in st.session_state.get("actions", [])]
    st.session_state["actions"] = [(label, saved) for label, saved in actions if saved] + [(what, made)]
    st.rerun()


def saved_decisions() -> list[Decision]:
    """Every decision of the user's, in the order made: those of each action they have not undone."""
    return [d for _, saved in st.session_state.get("actions", []) for d in saved]


def cell_namer(comparison: Comparison, labels: dict[str, str]):
    """Claim id -> how a reader picks it: its article, its figure and the start of its sentence."""
    claims = {c.id: c for c in comparison.claims}

    def cell_label(claim_id: str) -> str:
        claim = claims[claim_id]
        return f"{labels.get(claim.article, claim.article)}: {figure_words(claim)} — “{claim.sentence[:70]}”"

    return cell_label


def row_decisions(comparison: Comparison, shown: list[Fact], labels: dict[str, str],
                  pairs_of: dict[str, list[Verdict]]) -> None:
    """Confirm, reject or set the verdict of a row, or leave some of its claims out, in one click once the
    row is chosen. A row's decision is about the claims it holds, not those already left out.
    `pairs_of`: fact id -> its verdicts (summary.verdicts_by_fact)."""
    cell_label = cell_namer(comparison, labels)
    with st.container(border=True):
        st.markdown("**Your decision on a row**")
        by_id = {f.id: f for f in shown}
        fact = by_id[st.selectbox("Row", list(by_id), format_func=lambda i: f"{i} · {by_id[i].label} — "
                                  f"{by_id[i].status}", key="decide_fact")]
        note = st.text_input("Note (why), kept with the decision", key="decide_note")
        members = set(fact.claims)
        pairs = [(v.a, v.b) for v in pairs_of.get(fact.id, []) if v.a in members and v.b in members]
        buttons = st.columns(6)
        for column, (decision, words) in zip(buttons, ROW_DECISIONS.items(), strict=False):
            if column.button(words, key=f"row_{decision}", disabled=not pairs):
                decide(pairs, decision, note, f"{fact.label}: {words.lower()}")
        out = st.multiselect("Leave claims out of this row", list(fact.claims), format_func=cell_label,
                             key="decide_out")
        if st.button("Leave the chosen claims out", key="row_leave_out", disabled=not out):
            decide([p for p in pairs if set(p) & set(out)], "rejected", note,
                   f"{fact.label}: left out " + "; ".join(cell_label(c) for c in out))


def link_decision(comparison: Comparison, labels: dict[str, str]) -> None:
    """Link two claims the matcher missed, picked by article and then by figure and sentence; offered
    even when no fact was found."""
    claims = {c.id: c for c in comparison.claims}
    cell_label = cell_namer(comparison, labels)
    with st.expander("Link two claims the matcher missed"):
        body = [c for c in comparison.claims if c.section == "body"]
        articles = [a.id for a in comparison.articles]
        cols = st.columns(2)
        picked = []
        for column, side in zip(cols, ("first", "second"), strict=True):
            article = column.selectbox(f"Article of the {side} claim", articles,
                                       format_func=lambda a: labels.get(a, a), key=f"link_article_{side}",
                                       index=min(len(articles) - 1, int(side == "second")))
            own = [c.id for c in body if c.article == article]
            picked.append(column.selectbox(f"The {side} claim", own, format_func=cell_label, key=f"link_{side}")
                          if own else None)
        decision = st.selectbox("Decision", DECISIONS, format_func=lambda d: d.replace("_", " "), key="link_kind")
        note = st.text_input("Note (why)", key="link_note")
        if st.button("Link these two claims", key="link_save", disabled=None in picked):
            a, b = picked
            if claims[a].article == claims[b].article:
                st.error("Pick claims of two different articles.")
            else:
                decide([(a, b)], decision, note, f"linked {cell_label(a)} with {cell_label(b)}: {decision}")


def decision_list() -> None:
    """The user's decisions so far, each with its undo."""
    for index, (what, saved) in enumerate(st.session_state.get("actions", [])):
        cols = st.columns([6, 1])
        cols[0].caption(markdown_text(f"Your decision: {what}" + (f" — {saved[0].note}" if saved[0].note else "")))
        if cols[1].button("Undo", key=f"undo_{index}"):
            st.session_state["actions"].pop(index)
            st.rerun()


def claims_view(table) -> None:
    shown = table.astype({"value": str, "low": str, "high": str})  # dates and numbers share columns
    st.dataframe(shown, hide_index=True, key="claims_table", column_config={
        "quote": st.column_config.TextColumn("quote", help="the words as the article wrote them"),
        "sentence": st.column_config.TextColumn("sentence", width="large"),
        "start": None, "end": None, "derived_low": None, "derived_high": None,
        "fact": st.column_config.TextColumn("fact", help="the fact it was matched into; empty if none"),
    })


def downloads(comparison: Comparison, tables, figures: dict) -> None:
    """Every file is made when its button is clicked (Streamlit runs the callable then, beside the page),
    so a rerun never pays for files nobody asked for; a PNG, which starts a headless browser on the
    server, is drawn when asked for, with a spinner while it is."""
    st.caption("Every download includes your decisions (columns override and note).")
    cols = st.columns(4)
    for index, (name, frame) in enumerate(tables.items()):
        cols[index % 4].download_button(f"{name}.csv", lambda frame=frame: table_csv(frame), file_name=f"{name}.csv",
                                        mime="text/csv", key=f"download_{name}", on_click="ignore")
    st.download_button("comparison.xlsx (one sheet per table)", lambda: to_xlsx(comparison),
                       file_name="comparison.xlsx", key="download_xlsx", on_click="ignore",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    st.download_button("comparison.json (everything)", lambda: to_json(comparison), file_name="comparison.json",
                       mime="application/json", key="download_json", on_click="ignore")
    sources = {a.id: a.text for a in comparison.articles}
    dates = dict(st.session_state.get("dates", {}))
    decisions = [d.to_dict() for d in saved_decisions()]
    tolerances = {k: st.session_state.get(k) for k in TOLERANCE_SETTINGS}
    st.download_button("comparison file (reopens this view)",
                       lambda: to_comparison_file(comparison, sources, user_dates=dates, decisions=decisions,
                                                  tolerances=tolerances),
                       file_name="claim-comparison.json", mime="application/json", key="download_reopen",
                       on_click="ignore")
    png_ready = png_export_available()
    for name, figure in figures.items():
        cols = st.columns(2)
        cols[0].download_button(f"{name}.html", lambda figure=figure: figure.to_html(include_plotlyjs="cdn"),
                                file_name=f"{name}.html", mime="text/html", key=f"download_{name}_html",
                                on_click="ignore")
        if not png_ready:
            cols[1].caption(f"{name}.png is not available here: PNG export needs kaleido and a Chrome or Chromium "
                            "on the server. The HTML chart has a camera button that saves a PNG.")
        elif cols[1].toggle(f"Prepare {name}.png", key=f"prepare_{name}_png",
                            help="Drawing a PNG starts a headless browser on the server: a few seconds."):
            with cols[1], st.spinner(f"Drawing {name}.png (a few seconds)…"):
                image = figure.to_image(format="png", width=EXPORT_WIDTH)
            cols[1].download_button(f"{name}.png", image, file_name=f"{name}.png", mime="image/png",
                                    key=f"download_{name}_png", on_click="ignore")


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
    named, skipped, own = gather_inputs()
    threshold, kinds, hedge, near = sidebar_settings()
    for reason in skipped:
        st.error(markdown_text(f"Skipped: {reason}"))
    articles, failures = load_all(named)
    for reason in failures:
        st.error(markdown_text(f"Skipped {reason}"))
    link_notice(own)
    if not articles:
        st.info("Add articles in the sidebar to start.")
        return
    extraction = extracted(story_dated(tuple(articles)))
    for reason in extraction.skipped:
        st.error(markdown_text(f"Skipped {reason}"))
    articles = list(extraction.articles)
    if not articles:
        st.info("None of the articles could be read; see the reasons above.")
        return
    claims = with_tolerances(list(extraction.claims), hedge=hedge, near=near)
    comparison = apply_decisions(compared(tuple(articles), tuple(claims), threshold, kinds), saved_decisions())
    for note in comparison.notes:
        st.caption(markdown_text(f"Note: {note}"))
    labels = article_labels(list(comparison.articles))
    counts(comparison)
    # Only the open tab is built (the tabs are bound to the address, so they track which one is open):
    # charts, tables and downloads cost nothing while the reader is on the grid.
    tabs = dict(zip(TABS, st.tabs(TABS, key="view", bind="query-params"), strict=True))
    if tabs["Side by side"].open:
        with tabs["Side by side"]:
            side_by_side(comparison, labels)
    if tabs["Overview"].open:
        with tabs["Overview"]:
            overview(comparison, all_tables(comparison))
    if tabs["Claims"].open:
        with tabs["Claims"]:
            claims_view(claims_table(comparison))
    if tabs["Timeline"].open:
        with tabs["Timeline"]:
            st.plotly_chart(timeline(comparison), key="timeline")
    if tabs["Article"].open:
        with tabs["Article"]:
            article_view(comparison, labels)
    if tabs["Downloads"].open:
        with tabs["Downloads"]:
            downloads(comparison, all_tables(comparison),
                      {"heatmap": agreement_heatmap(comparison), "timeline": timeline(comparison)})


def article_view(comparison: Comparison, labels: dict[str, str]) -> None:
    chosen = st.selectbox("Article", [a.id for a in comparison.articles], format_func=lambda a: labels.get(a, a),
                          key="article_choice")
    article = next(a for a in comparison.articles if a.id == chosen)
    st.subheader(markdown_text(article.title or article.id))
    st.caption(markdown_text(f"Published: {article.published or 'unknown'} ({article.published_basis}). "
                             f"{article.published_note}"))
    st.caption("Each figure is marked in the colour of its fact's status, with the fact's number after it "
               "(its label on hover); yellow marks a figure matched into no fact.")
    st.markdown(article_html(article, [c for c in comparison.claims if c.article == article.id],
                             list(comparison.facts)), unsafe_allow_html=True)


# Streamlit runs this file as "__main__"; the worker processes (comparer/workers.py) import it as
# "__mp_main__" when they start, and must not draw a page.
if __name__ == "__main__":
    main()
