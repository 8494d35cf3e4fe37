"""The page, driven by Streamlit's AppTest: it opens on the seeds already compared; every view and
setting runs without an exception; hostile text comes out escaped; downloads parse."""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from comparer.api import compare_articles, load_articles
from comparer.charts import agreement_heatmap, timeline
from comparer.export import parse_comparison_file, to_comparison_file, to_xlsx
from comparer.review import Decision, apply_decisions

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
HOSTILE = "Title <script>alert(1)</script>\n\n<img src=x onerror=alert(1)> said 40 US troops stayed in Iraq in 2020."


@pytest.fixture
def app():
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    assert not at.exception
    return at


def grid_rows(app) -> list[str]:
    """The side-by-side grid's rows, each as its HTML."""
    grids = [m.value for m in app.markdown if "fact-grid" in m.value]
    return [row for grid in grids for row in grid.split("<tr class='fact-row'")[1:]]


def grid_header(app) -> list[str]:
    """The grid's column names (outlet and title), with the file name each carries as its tooltip."""
    grid = next(m.value for m in app.markdown if "fact-grid" in m.value)
    return [html.unescape(h) for h in re.findall(r"<th class='article-column' title='([^']*)'", grid)]


def show(app, tab: str) -> None:
    """Open a tab: only the open tab is built."""
    app.session_state["view"] = tab
    app.run()
    assert not app.exception


def test_no_bare_string_in_the_page_script():
    """Streamlit's magic writes any bare string of app.py on the page: only the module docstring may be one."""
    import ast

    tree = ast.parse(Path(APP).read_text(encoding="utf-8"))
    bare = [node.lineno for node in tree.body[1:]
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)]
    assert bare == []


def test_no_stray_text_above_the_title(app):
    assert app.markdown[0].value.startswith("# Claim Comparer") or app.title[0].value == "Claim Comparer"
    assert not any("Fact rows shown" in m.value or "Up to this many" in m.value for m in app.markdown)


def test_opens_on_the_seeds_already_compared(app):
    labels = {m.label: m.value for m in app.metric}
    assert labels["Articles"] == "5"
    assert int(labels["Facts"]) >= 1
    assert [t.label for t in app.tabs] == ["Side by side", "Overview", "Claims", "Timeline", "Article", "Downloads"]


def test_troop_numbers_are_shown_as_differing_in_time(app):
    troop_rows = [row for row in grid_rows(app)
                  if "<mark>5,000-plus</mark>" in row and "<mark>some 2,500</mark>" in row]
    assert troop_rows and "people deployed — Iraq" in troop_rows[0] and "differs in time" in troop_rows[0]
    plain = html.unescape(troop_rows[0])
    assert "about 2,500 (2,250–2,750)" in plain and "4 February 2025" in plain  # numbers and days in words
    assert "e+0" not in plain and "[2,250 to 2,750]" not in plain


@pytest.mark.parametrize("value", [0, 40, 90, 100])
def test_threshold_setting(app, value):
    app.slider(key="threshold").set_value(value).run()
    assert not app.exception


def test_a_link_reproduces_settings_filters_tab_and_dates():
    """The address carries the view (the browser writes widget changes to it; tests/test_browser.py)."""
    at = AppTest.from_file(APP, default_timeout=90)
    for key, value in {"threshold": "55", "hedge": "30", "kinds": ["count", "date"], "filter_status":
                       "changes over time", "filter_text": "troops", "view": "Side by side", "samples": "1",
                       "date": "2025-02-05:002_b9db37d29ee8e94f.txt"}.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception
    assert at.slider(key="threshold").value == 55 and at.slider(key="hedge").value == 30
    assert at.multiselect(key="kinds").value == ["count", "date"]
    assert at.multiselect(key="filter_status").value == ["changes over time"]
    assert at.text_input(key="filter_text").value == "troops"
    assert at.session_state["dates"] == {"002_b9db37d29ee8e94f.txt": "2025-02-05"}
    assert all("troops" in row.lower() for row in grid_rows(at)) and grid_rows(at)


def test_a_link_made_from_uploaded_articles_says_it_cannot_carry_them():
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["own"] = "3"
    at.query_params["samples"] = "0"
    at.run()
    assert not at.exception
    assert any("made from 3 articles of the sender's own" in w.value for w in at.warning)
    assert any("Add articles" in i.value for i in at.info)  # not the samples, silently


def test_own_articles_are_counted_in_the_address(app):
    app.text_area(key="pasted").set_value("Flood report\n\nThe flood killed 40 people on Monday.").run()
    assert app.query_params["own"] in ("1", ["1"])
    assert any("not the 1 article you uploaded or pasted" in c.value for c in app.caption)


def test_several_named_paste_boxes(app):
    app.text_input(key="pasted_name").set_value("Herald").run()
    app.text_area(key="pasted").set_value("Flood report\n\nThe flood killed 40 people in the valley on Monday.")
    next(b for b in app.sidebar.button if b.label == "Add another paste box").click().run()
    app.text_input(key="pasted_name_2").set_value("Wire")
    app.text_area(key="pasted_2").set_value("Valley flood\n\nThe Monday flood in the valley killed 41 people.").run()
    assert not app.exception
    assert set(grid_header(app)) == {"Herald.txt", "Wire.txt"}  # each box named as the user named it
    assert {m.label: m.value for m in app.metric}["Articles"] == "2"  # two of one's own: the samples step aside


def test_kinds_setting(app):
    app.multiselect(key="kinds").set_value(["date"]).run()
    assert not app.exception
    cards = grid_rows(app)
    assert cards and all("<mark>5,000-plus</mark>" not in card for card in cards)


@pytest.mark.parametrize(("key", "value"), [("filter_status", ["contradiction"]), ("filter_kind", ["count"]),
                                            ("filter_article", ["001_ba0d1f7edb4551af.txt"])])
def test_side_by_side_filters(app, key, value):
    app.multiselect(key=key).set_value(value).run()
    assert not app.exception


def test_search_filter(app):
    app.text_input(key="filter_text").set_value("troops").run()
    assert not app.exception
    cards = grid_rows(app)
    assert cards and all("troops" in c.lower() for c in cards)


def test_every_article_view(app):
    show(app, "Article")
    for choice in app.selectbox(key="article_choice").options:
        app.selectbox(key="article_choice").set_value(choice).run()
        assert not app.exception
    app.selectbox(key="article_choice").set_value("000_b74ecef64b625c68.txt").run()
    text = next(m.value for m in app.markdown if "white-space:pre-wrap" in m.value)
    mark = re.search(r"<mark style='background:([^']+)' title='(F\d+)[^']*'>5,000-plus</mark><sup>", text)
    assert mark and mark[1] == "#fff1c9"  # coloured by its fact's status (changes over time), its fact named
    assert 'list of other headlines after "Related Articles"' in html.unescape(text) and "color:#9e9e9e" in text


def test_hostile_text_is_escaped_in_every_view(app):
    app.text_area(key="pasted").set_value(HOSTILE).run()
    show(app, "Article")
    app.selectbox(key="article_choice").set_value("pasted 1.txt").run()
    assert not app.exception
    rendered = " ".join(m.value for m in app.markdown)
    assert "<script>" not in rendered and "<img" not in rendered
    assert "<script>" in html.unescape(rendered) and "<img" in html.unescape(rendered)  # shown as text
    for tab in [t.label for t in app.tabs]:  # only the open tab is built: open each
        show(app, tab)
        rendered = " ".join(e.value for group in (app.markdown, app.caption, app.error) for e in group)
        assert "<script>" not in rendered and "<img" not in rendered, tab


MARKDOWN_HOSTILE = ("Title [Official figures here](http://evil.example/x)\n\nThe storm came.\n\n"
                    "![pixel](http://tracker.example/p.png) :red[alarm] 40 people died in 2023.")


def test_article_text_and_titles_are_never_rendered_as_markdown(app):
    app.text_area(key="pasted").set_value(MARKDOWN_HOSTILE).run()
    show(app, "Article")
    app.selectbox(key="article_choice").set_value("pasted 1.txt").run()
    assert not app.exception
    shown = [e.value for group in (app.markdown, app.caption, app.subheader, app.error, app.info) for e in group]
    assert any("Official figures here" in html.unescape(v) for v in shown)  # the title is shown...
    for value in shown:  # ...but nowhere as a link, an image or a colour shortcode
        assert "](" not in value and ":red[" not in value, value


def test_a_skipped_url_message_is_plain_text(app):
    app.text_area(key="urls").set_value("ftp://example.org/[click](http://evil.example)").run()
    assert not app.exception
    errors = [e.value for e in app.error]
    assert any("only http and https" in e for e in errors) and not any("](" in e for e in errors)


def test_two_articles_of_ones_own_leave_the_samples_out_until_asked_for(app):
    app.session_state["restored"] = {
        "one.txt": b"Flood report\n\nThe flood killed 40 people in the valley on Monday, officials said.",
        "two.txt": b"Valley flood\n\nOfficials said the Monday flood in the valley killed 41 people."}
    app.run()
    assert not app.exception
    assert {m.label: m.value for m in app.metric}["Articles"] == "2"
    assert any("samples are left out" in c.value for c in app.sidebar.caption)
    app.checkbox(key="use_seeds").check().run()
    assert {m.label: m.value for m in app.metric}["Articles"] == "7"
    app.slider(key="threshold").set_value(50).run()  # the user's choice stays
    assert {m.label: m.value for m in app.metric}["Articles"] == "7"


def test_no_articles_says_so(app):
    app.checkbox(key="use_seeds").uncheck().run()
    assert not app.exception
    assert any("Add articles" in i.value for i in app.info)


def _troop_row(app) -> str:
    """Choose the troops row in the decision panel and return its fact id."""
    options = app.selectbox(key="decide_fact").options
    fact_id = next(o.split(" · ")[0] for o in options if "people deployed" in o)
    app.selectbox(key="decide_fact").set_value(fact_id)
    return fact_id


def _row(app, fact_id: str) -> str:
    return html.unescape(next(r for r in grid_rows(app) if r.startswith(f" id='fact-{fact_id}'")))


def test_the_grid_has_one_named_column_per_article(app):
    header = grid_header(app)
    assert len(header) == 5 and "000_b74ecef64b625c68.txt" in header  # the file name is the tooltip
    grid = html.unescape(next(m.value for m in app.markdown if "fact-grid" in m.value))
    assert "London Daily · US threat to quit Iraq" in grid  # the column is named by outlet and title
    assert "position:sticky;background:#fff;z-index:2;top:0" in grid and "overflow:auto" in grid
    assert grid.count("<col style='width:17em'>") == 5  # fixed widths: every row lines up


def test_a_row_says_in_one_sentence_why(app):
    row = _row(app, _troop_row(app))
    assert "London Daily · US threat to quit Iraq" in row and "5,000–5,999 people deployed (September 2025)" in row
    assert "the figure changed between these times" in row


def test_a_row_can_be_given_a_verdict_with_a_note(app):
    fact_id = _troop_row(app)
    app.text_input(key="decide_note").set_value("checked with the Pentagon")
    next(b for b in app.button if b.label == "Set: contradict").click().run()
    assert not app.exception
    row = next(r for r in (html.unescape(r) for r in grid_rows(app)) if "checked with the Pentagon" in r)
    assert "contradict, your decision: checked with the Pentagon" in row and "The articles contradict" in row
    assert any("Your decision" in c.value and "checked with the Pentagon" in c.value for c in app.caption)
    assert fact_id


def test_a_rejected_row_keeps_its_claims_apart_and_can_be_undone(app):
    _troop_row(app)
    before = len(grid_rows(app))
    next(b for b in app.button if b.label == "Reject").click().run()
    assert not app.exception
    rejected = [html.unescape(r) for r in grid_rows(app) if "Rejected by you" in r]
    assert rejected and "left out by you" in rejected[0] and "<s>" in rejected[0]
    assert len(grid_rows(app)) == before  # shown as rejected, not dropped
    next(b for b in app.button if b.label == "Undo").click().run()
    assert not any("Rejected by you" in r for r in grid_rows(app))


def test_one_claim_can_be_left_out_of_a_row(app):
    fact_id = _troop_row(app)
    app.run()
    choice = next(o for o in app.multiselect(key="decide_out").options if "some 2,500" in o)
    app.multiselect(key="decide_out").set_value([choice]).run()
    next(b for b in app.button if b.label == "Leave the chosen claims out").click().run()
    assert not app.exception
    rows = [html.unescape(r) for r in grid_rows(app) if "5,000-plus" in r]
    assert any("left out by you" in r and "some 2,500" in r for r in rows), fact_id


def test_two_claims_are_linked_by_picking_them_from_their_articles(app):
    before = len(grid_rows(app))
    app.selectbox(key="link_article_first").set_value("003_e13953ad82a57313.txt").run()
    app.selectbox(key="link_article_second").set_value("004_617e8be21920131a.txt").run()
    first = app.selectbox(key="link_first")
    assert all(":" in o and "“" in o for o in first.options)  # picked by article and figure, not by id
    next(b for b in app.button if b.label == "Link these two claims").click().run()
    assert not app.exception
    assert len(grid_rows(app)) >= before and any("linked" in c.value for c in app.caption)


# -- what the page offers to download, built by the same functions ------------------------------

@pytest.fixture(scope="module")
def comparison():
    articles, _ = load_articles(sorted((ROOT / "seeds").glob("*.txt")))
    return compare_articles(articles)


def test_charts_are_built(comparison):
    heat = agreement_heatmap(comparison)
    agree, contradict = heat.data  # agreements and contradictions apart, never netted
    assert len(agree.z) == len(contradict.z) == 5 and agree.texttemplate == "%{z}"
    assert "London Daily · US threat to quit Iraq leaves…" in agree.x  # full article names on the axes
    line = timeline(comparison)
    assert line.data and all(len(trace.x) for trace in line.data)
    colours = {trace.marker.color for trace in line.data}
    assert len(colours) == len({trace.name.split(":")[0] for trace in line.data}) > 1  # a colour per status
    points = [point for trace in line.data for point in zip(trace.x, trace.y, strict=True)]
    assert len(set(points)) == len(points)  # markers at one time of one row are stacked apart, none hidden


def test_excel_has_one_sheet_per_table(comparison):
    sheets = pd.read_excel(io.BytesIO(to_xlsx(comparison)), sheet_name=None)
    assert set(sheets) == {"articles", "claims", "verdicts", "facts"}
    assert len(sheets["claims"]) == len(comparison.claims)
    assert zipfile.is_zipfile(io.BytesIO(to_xlsx(comparison)))


def test_comparison_file_round_trip_keeps_decisions(comparison):
    decided = apply_decisions(comparison, [Decision("000_b74ecef64b625c68.txt#10", "002_b9db37d29ee8e94f.txt#3",
                                                    "rejected", "different measures")])
    raw = to_comparison_file(decided, {a.id: a.text for a in decided.articles}, user_dates={"x": "2020-01-01"},
                             decisions=[{"a": "000_b74ecef64b625c68.txt#10", "b": "002_b9db37d29ee8e94f.txt#3",
                                         "decision": "rejected", "note": "different measures"}])
    saved = parse_comparison_file(raw)
    assert len(saved["articles"]) == 5 and saved["decisions"][0]["decision"] == "rejected"
    verdicts = json.loads(raw)["comparison"]["verdicts"]
    assert any(v["override"] == "rejected" and v["note"] == "different measures" for v in verdicts)


def test_a_missed_pair_can_be_linked_by_hand(comparison):
    before = len(comparison.verdicts)
    linked = apply_decisions(comparison, [Decision("003_e13953ad82a57313.txt#5", "000_b74ecef64b625c68.txt#16",
                                                   "confirmed", "same cut")])
    assert len(linked.verdicts) == before + 1 and "matched by hand" in linked.verdicts[-1].rule


def test_hedge_tolerance_setting_changes_bounds(app):
    app.slider(key="hedge").set_value(30).run()
    assert not app.exception
    cards = html.unescape(" ".join(grid_rows(app)))
    assert "about 2,500 (1,750–3,250)" in cards  # "some 2,500" at ±30%


def test_claims_can_be_linked_when_no_fact_is_shown(app):
    app.text_input(key="filter_text").set_value("no such words anywhere").run()
    assert not app.exception and any("No matched facts" in i.value for i in app.info)
    assert app.selectbox(key="link_article_first").options  # the link form is still there


def test_confirming_a_row_keeps_the_claims_left_out_of_it_out(app):
    _troop_row(app)
    app.run()
    choice = next(o for o in app.multiselect(key="decide_out").options if "some 2,500" in o)
    app.multiselect(key="decide_out").set_value([choice]).run()
    next(b for b in app.button if b.label == "Leave the chosen claims out").click().run()
    _troop_row(app)
    next(b for b in app.button if b.label == "Confirm").click().run()
    assert not app.exception
    rows = [html.unescape(r) for r in grid_rows(app) if "5,000-plus" in r]
    assert any("left out by you" in r and "some 2,500" in r for r in rows)


@pytest.mark.usefixtures("bad_txt_breaks_extraction")
def test_the_page_extracts_article_by_article_what_the_batch_extraction_gives(monkeypatch):
    """The page extracts each article on its own (cached per article, a progress bar meanwhile): together
    they are exactly the batch's extraction, in order, skipped articles included."""
    import importlib
    import sys

    from comparer import settings
    from comparer.api import dated_by_story, extract_each, read_texts

    monkeypatch.setattr(settings, "WORKER_PROCESSES", 0)
    monkeypatch.syspath_prepend(str(ROOT))
    page = importlib.import_module("app")
    articles, _ = load_articles(sorted((ROOT / "seeds").glob("*.txt")))
    bad, _ = read_texts({"bad.txt": "Title\n\n40 people died."})
    batch = tuple(dated_by_story(articles[:2] + bad + articles[2:]))
    assert page.extracted(batch) == extract_each(list(batch))
    assert page.extracted(batch).skipped and "app" in sys.modules
