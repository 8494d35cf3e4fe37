"""The page, driven by Streamlit's AppTest: it opens on the seeds already compared; every view and
setting runs without an exception; hostile text comes out escaped; downloads parse."""

from __future__ import annotations

import html
import io
import json
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


def test_no_stray_text_above_the_title(app):
    assert app.markdown[0].value.startswith("# Claim Comparer") or app.title[0].value == "Claim Comparer"
    assert not any("Fact rows shown" in m.value or "Up to this many" in m.value for m in app.markdown)


def test_opens_on_the_seeds_already_compared(app):
    labels = {m.label: m.value for m in app.metric}
    assert labels["Articles"] == "5"
    assert int(labels["Facts"]) >= 1
    assert [t.label for t in app.tabs] == ["Overview", "Side by side", "Claims", "Timeline", "Article", "Downloads"]


def test_troop_numbers_are_shown_as_differing_in_time(app):
    troop_rows = [m.value for m in app.markdown
                  if "<mark>5,000-plus</mark>" in m.value and "<mark>some 2,500</mark>" in m.value]
    assert troop_rows and "people deployed — Iraq" in troop_rows[0] and "differs in time" in troop_rows[0]


@pytest.mark.parametrize("value", [0, 40, 90, 100])
def test_threshold_setting(app, value):
    app.slider(key="threshold").set_value(value).run()
    assert not app.exception
    assert app.query_params["threshold"] == [str(value)] or app.query_params["threshold"] == str(value)


def test_kinds_setting(app):
    app.multiselect(key="kinds").set_value(["date"]).run()
    assert not app.exception
    cards = [m.value for m in app.markdown if "fact-row" in m.value]
    assert cards and all("<mark>5,000-plus</mark>" not in card for card in cards)


@pytest.mark.parametrize(("key", "value"), [("filter_status", ["contradiction"]), ("filter_kind", ["count"]),
                                            ("filter_article", ["001_ba0d1f7edb4551af.txt"])])
def test_side_by_side_filters(app, key, value):
    app.multiselect(key=key).set_value(value).run()
    assert not app.exception


def test_search_filter(app):
    app.text_input(key="filter_text").set_value("troops").run()
    assert not app.exception
    cards = [m.value for m in app.markdown if "fact-row" in m.value]
    assert cards and all("troops" in c.lower() for c in cards)


def test_every_article_view(app):
    for choice in app.selectbox(key="article_choice").options:
        app.selectbox(key="article_choice").set_value(choice).run()
        assert not app.exception
    app.selectbox(key="article_choice").set_value("000_b74ecef64b625c68.txt").run()
    text = next(m.value for m in app.markdown if "white-space:pre-wrap" in m.value)
    assert "<mark>5,000-plus</mark>" in text
    assert 'list of other headlines after "Related Articles"' in html.unescape(text) and "color:#9e9e9e" in text


def test_hostile_text_is_escaped_in_every_view(app):
    app.text_area(key="pasted").set_value(HOSTILE).run()
    app.selectbox(key="article_choice").set_value("pasted.txt").run()
    assert not app.exception
    rendered = " ".join(m.value for m in app.markdown)
    assert "<script>" not in rendered and "<img" not in rendered
    assert "<script>" in html.unescape(rendered) and "<img" in html.unescape(rendered)  # shown as text


MARKDOWN_HOSTILE = ("Title [Official figures here](http://evil.example/x)\n\nThe storm came.\n\n"
                    "![pixel](http://tracker.example/p.png) :red[alarm] 40 people died in 2023.")


def test_article_text_and_titles_are_never_rendered_as_markdown(app):
    app.text_area(key="pasted").set_value(MARKDOWN_HOSTILE).run()
    app.selectbox(key="article_choice").set_value("pasted.txt").run()
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


def test_a_decision_overrides_a_verdict(app):
    app.selectbox(key="decision_a").set_value("000_b74ecef64b625c68.txt#10")
    app.selectbox(key="decision_b").set_value("002_b9db37d29ee8e94f.txt#3")
    app.selectbox(key="decision_kind").set_value("contradict")
    app.text_input(key="decision_note").set_value("checked with the Pentagon")
    form_button = next(b for b in app.button if b.label == "Save decision")
    form_button.click().run()
    assert not app.exception
    cards = " ".join(m.value for m in app.markdown)
    assert "set by the user" in cards and "checked with the Pentagon" in cards


# -- what the page offers to download, built by the same functions ------------------------------

@pytest.fixture(scope="module")
def comparison():
    articles, _ = load_articles(sorted((ROOT / "seeds").glob("*.txt")))
    return compare_articles(articles)


def test_charts_are_built(comparison):
    heat = agreement_heatmap(comparison)
    assert len(heat.data[0].z) == 5
    line = timeline(comparison)
    assert line.data and all(len(trace.x) for trace in line.data)


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
    assert app.query_params["hedge"] in (["30"], "30")
    cards = html.unescape(" ".join(m.value for m in app.markdown if "fact-row" in m.value))
    assert "[1,750 to 3,250]" in cards  # "some 2,500" at ±30%
