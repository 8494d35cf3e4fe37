"""End to end in a real headless Chromium: start the page, upload an article, see the side-by-side
view, download the comparison and check the file. Uses Debian's /usr/bin/chromium (installed by
`make test` when missing); Playwright's own browser download does not work here."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
         "--no-first-run", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser


def _browser_or_skip():
    if CHROMIUM.exists():
        return
    message = "no Chromium at /usr/bin/chromium: run `apt-get install chromium` (make test does it as root)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    _browser_or_skip()
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.3)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=20)


def test_upload_compare_and_download(server, tmp_path):
    from playwright.sync_api import sync_playwright

    article = tmp_path / "extra.txt"
    article.write_text("Extra report\nMarch 1, 2025\n\nToday, some 2,400 U.S. troops remain in Iraq, officials said.",
                       encoding="utf-8")
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        page = browser.new_page(accept_downloads=True)
        page.goto(server, wait_until="domcontentloaded")
        page.get_by_text("Claim Comparer").first.wait_for(timeout=60_000)
        page.locator(".st-key-uploads input[type=file]").set_input_files(str(article))
        page.get_by_text("you uploaded or pasted").first.wait_for(timeout=60_000)
        page.get_by_role("tab", name="Side by side").click()
        row = page.locator("tr.fact-row", has_text="some 2,400")
        row.first.wait_for(timeout=60_000)
        assert "people deployed — Iraq" in row.first.inner_text()
        page.get_by_role("tab", name="Downloads").click()
        _settled(page)
        with page.expect_download(timeout=60_000) as waiting:
            page.get_by_role("button", name="comparison.json (everything)").click()
        saved = tmp_path / "comparison.json"
        waiting.value.save_as(saved)
        result = json.loads(saved.read_text(encoding="utf-8"))
        assert "extra.txt" in {a["id"] for a in result["articles"]}
        assert any(v["a"].startswith("extra.txt") or v["b"].startswith("extra.txt") for v in result["verdicts"])
        with page.expect_download(timeout=60_000) as waiting:  # a chart, drawn only when asked for
            page.get_by_role("button", name="heatmap.html").click()
        chart = tmp_path / "heatmap.html"
        waiting.value.save_as(chart)
        assert "plotly" in chart.read_text(encoding="utf-8").lower()
        browser.close()


STORY = {
    "herald.txt": "URL: https://www.herald-news.com/2025/03/03/valley-flood\nTITLE: Valley flood kills 40\n---\n"
                  "The flood killed 40 people in the valley on Monday, officials said. About 2,000 homes were damaged.",
    "wire.txt": "URL: https://wire.example.org/2025/03/03/flood\nTITLE: Flood toll rises in the valley\n---\n"
                "The Monday flood in the valley killed 52 people, officials said. Some 2,000 homes were damaged.",
    "gazette.txt": "URL: https://gazette.example.net/2025/03/03/flood\nTITLE: Valley counts the cost of flood\n---\n"
                   "Officials said 40 people were killed by the flood in the valley on Monday. About 1,900 homes "
                   "were damaged.",
}


def _settled(page) -> None:
    """Wait until the page's script run is over (switching a tab bound to the address reruns it): a button
    clicked during a rerun may be replaced before its download starts."""
    page.wait_for_timeout(300)
    page.locator("[data-testid='stStatusWidget']").wait_for(state="detached", timeout=60_000)
    page.wait_for_timeout(300)


def _download(page, name: str, target: Path) -> bytes:
    _settled(page)
    with page.expect_download(timeout=60_000) as waiting:
        page.get_by_role("button", name=name, exact=True).click()
    waiting.value.save_as(target)
    return target.read_bytes()


def test_three_articles_grid_decisions_link_and_downloads(server, tmp_path):
    """A journalist's round: three articles of one story in, one named column each, a row confirmed and
    another rejected, the link opened elsewhere, and every download read back."""
    import openpyxl
    from playwright.sync_api import sync_playwright

    files = []
    for name, text in STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(str(tmp_path / name))
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        page = browser.new_page(accept_downloads=True, viewport={"width": 1400, "height": 1000})
        page.goto(server, wait_until="domcontentloaded")
        page.get_by_text("Claim Comparer").first.wait_for(timeout=60_000)
        page.locator(".st-key-uploads input[type=file]").set_input_files(files)
        page.get_by_text("not the 3 articles you uploaded").first.wait_for(timeout=60_000)
        page.get_by_role("tab", name="Side by side").click()
        grid = page.locator("div.fact-grid")
        grid.wait_for(timeout=60_000)
        header = grid.locator("th.article-column").all_inner_texts()
        assert len(header) == 3 and any(h.startswith("herald-news.com · Valley flood kills 40") for h in header)
        assert sorted(grid.locator("th.article-column").evaluate_all("hs => hs.map(h => h.title)")) == sorted(STORY)
        widths = grid.locator("tr.fact-row").first.locator("td").evaluate_all(
            "cells => cells.map(c => Math.round(c.getBoundingClientRect().width))")
        assert len(set(widths[1:])) == 1  # fixed widths: the article columns line up
        killed = grid.locator("tr.fact-row", has_text="people killed")
        assert "these cannot both be right" in killed.inner_text() and "52" in killed.inner_text()

        page.get_by_role("button", name="Confirm", exact=True).click()  # the first row: the contradiction
        page.get_by_text("Your decision: people killed: confirm").first.wait_for(timeout=30_000)
        page.locator(".st-key-decide_fact").click()
        page.get_by_role("option", name="buildings damaged", exact=False).click()
        page.get_by_role("button", name="Reject", exact=True).click()
        page.get_by_text("Rejected by you").first.wait_for(timeout=30_000)

        page.locator(".st-key-filter_text input").fill("valley")
        page.locator(".st-key-filter_text input").press("Enter")
        page.wait_for_function("() => location.search.includes('filter_text=valley')", timeout=30_000)
        link = page.url
        assert "own=3" in link and "samples=0" in link

        tables = {}
        page.get_by_role("tab", name="Downloads").click()
        tables["facts"] = _download(page, "facts.csv", tmp_path / "facts.csv").decode("utf-8")
        workbook = openpyxl.load_workbook(io.BytesIO(_download(page, "comparison.xlsx (one sheet per table)",
                                                               tmp_path / "c.xlsx")))
        saved = json.loads(_download(page, "comparison.json (everything)", tmp_path / "c.json"))
        page.get_by_text("Prepare heatmap.png").click()
        png = _download(page, "heatmap.png", tmp_path / "heatmap.png")
        browser.close()

        assert "herald-news.com · Valley flood kills 40: figure" in tables["facts"]
        assert "these cannot both be right" in tables["facts"]
        assert "about 2,000 (1,800–2,200) (left out by you)" in tables["facts"]
        assert set(workbook.sheetnames) == {"articles", "claims", "verdicts", "facts"}
        assert any(v["override"] == "rejected" for v in saved["verdicts"])
        assert any(f["status"] == "rejected" for f in saved["facts"])
        assert png.startswith(b"\x89PNG")

        other = driver.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        fresh = other.new_page(viewport={"width": 1400, "height": 1000})
        fresh.goto(link, wait_until="domcontentloaded")
        fresh.get_by_text("made from 3 articles of the sender's own").first.wait_for(timeout=60_000)
        fresh.get_by_text("Add articles in the sidebar").first.wait_for(timeout=30_000)  # drawn a moment later
        assert fresh.get_by_text("Add articles in the sidebar").count() == 1  # not the samples, silently
        other.close()


def test_a_link_reproduces_the_view(server):
    """Settings, filters and the tab travel in the address: a second browser opening the link sees the
    same rows in the same tab."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(server, wait_until="domcontentloaded")
        page.get_by_role("tab", name="Side by side").click(timeout=60_000)
        page.locator(".st-key-filter_text input").fill("troops")
        page.locator(".st-key-filter_text input").press("Enter")
        page.wait_for_function("() => location.search.includes('filter_text=troops')", timeout=30_000)
        _settled(page)
        rows = page.locator("tr.fact-row").all_inner_texts()
        link = page.url
        assert rows and "filter_text=troops" in link
        fresh = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        fresh.goto(link, wait_until="domcontentloaded")
        fresh.locator("tr.fact-row").first.wait_for(timeout=60_000)
        _settled(fresh)
        # the input takes its value from the address in the run that draws the rows; under load it may be
        # painted a moment later, so wait for it (up to 30 s) rather than read it at once
        fresh.wait_for_function(
            "() => document.querySelector('.st-key-filter_text input')?.value === 'troops'", timeout=30_000)
        assert fresh.locator(".st-key-filter_text input").input_value() == "troops"
        assert fresh.get_by_role("tab", name="Side by side").get_attribute("aria-selected") == "true"
        assert fresh.locator("tr.fact-row").all_inner_texts() == rows
        fresh.get_by_role("tab", name="Article").click()
        fresh.wait_for_function("() => location.search.includes('view=Article')", timeout=30_000)
        third = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        third.goto(fresh.url, wait_until="domcontentloaded")
        third.get_by_text("Each figure is marked in the colour of its fact").first.wait_for(timeout=60_000)
        assert third.get_by_role("tab", name="Article").get_attribute("aria-selected") == "true"
        browser.close()
