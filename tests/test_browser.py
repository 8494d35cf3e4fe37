"""End to end in a real headless Chromium: start the page, upload an article, see the side-by-side
view, download the comparison and check the file. Uses Debian's /usr/bin/chromium (installed by
`make test` when missing); Playwright's own browser download does not work here."""

from __future__ import annotations

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
        page.get_by_text("uploaded article").first.wait_for(timeout=60_000)
        page.get_by_role("tab", name="Side by side").click()
        row = page.locator("div.fact-row", has_text="some 2,400")
        row.first.wait_for(timeout=60_000)
        assert "people deployed — Iraq" in row.first.inner_text()
        page.get_by_role("tab", name="Downloads").click()
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
