"""The page, driven by Streamlit's AppTest: it opens on the seeds already compared, and its
settings and views run without an exception."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture
def app():
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def test_opens_on_the_seeds_already_compared(app):
    labels = {m.label: m.value for m in app.metric}
    assert labels["Articles"] == "5"
    assert int(labels["Facts"]) >= 1
    assert any("US troops in Iraq" in m.value for m in app.markdown)


def test_troop_numbers_are_shown_as_differing_in_time(app):
    troop_rows = [m.value for m in app.markdown
                  if "<mark>5,000-plus</mark>" in m.value and "<mark>some 2,500</mark>" in m.value]
    assert troop_rows and "differs in time" in troop_rows[0]


def test_threshold_change_keeps_the_page_working(app):
    app.slider(key="threshold").set_value(90).run()
    assert not app.exception


def test_pasted_hostile_text_is_escaped(app):
    app.text_area(key="pasted").set_value("Title <script>alert(1)</script>\n\n<img src=x onerror=alert(1)> "
                                          "said 40 troops stayed in 2020.").run()
    assert not app.exception
    rendered = " ".join(m.value for m in app.markdown)
    assert "<script>" not in rendered and "<img" not in rendered
    assert "&lt;script&gt;" in rendered or "&lt;img" in rendered


def test_bad_upload_shows_an_error_not_a_traceback(app):
    app.checkbox(key="use_seeds").uncheck().run()
    assert not app.exception
    assert any("Add articles" in i.value for i in app.info)
