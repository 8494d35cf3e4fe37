"""What a user waits for: the real page server and a real headless Chromium. A script that prints figures.

    python benchmarks/browser_page.py [--repeats 3]

One server is started on 127.0.0.1 (as benchmarks/sessions.py starts the page as shipped). Each
repeat opens a new page session on the side-by-side tab (a link with ?view=Side+by+side), twice:
in a new browser (an empty cache: a first visit, every script of the frontend fetched) and in one
browser kept open (a returning visitor, the frontend's scripts cached):
- samples, the first session on a fresh server (cold) and later sessions (warm): seconds until the
  first fact row of the grid is drawn, and until the script run is over (the page complete);
- 50 articles (the 5 samples and 45 edited copies) uploaded into a session: seconds from the upload
  to the first row, and to the page complete.
Two named baselines, run by this command, are printed beside it: the AppTest time of the same work
(benchmarks/page.py, no browser), which shows how much of the wait is the browser drawing the page, and
the framework floor: a page of one fact row and nothing else (FLOOR_APP), served and opened the same two
ways, the least any Streamlit page takes to show its first row on this machine.
Min and median over repeats; this machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


FLOOR_APP = """import streamlit as st
st.set_page_config(layout="wide")
st.markdown("<table><tr class='fact-row'><td>one fact</td></tr></table>", unsafe_allow_html=True)
"""
"""The framework floor: Streamlit's own start in a new browser session, with one row to wait for."""


def _wait_complete(page) -> None:
    page.wait_for_timeout(200)
    page.locator("[data-testid='stStatusWidget']").wait_for(state="detached", timeout=300_000)


def _until_done(page, start: float) -> tuple[float, float]:
    """(first row, complete) seconds since `start`; closes the page (and a browser of its own)."""
    page.locator("tr.fact-row").first.wait_for(timeout=300_000)
    first = time.perf_counter() - start
    _wait_complete(page)
    done = time.perf_counter() - start
    page.close()
    return first, done


def _new_browser(browser):
    """A page in a new browser context: an empty cache, as on a first visit."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.on("close", lambda _: context.close())
    return page


def open_samples(new_page, url: str) -> tuple[float, float]:
    """(first row, complete) seconds for a new session on the samples, in the page `new_page()` gives."""
    page = new_page()
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    return _until_done(page, start)


def upload_fifty(browser, url: str, files: list[str]) -> tuple[float, float]:
    """(first row, complete) seconds from uploading 45 copies beside the samples."""
    page = _new_browser(browser)
    page.goto(url + "&samples=1", wait_until="domcontentloaded")  # the samples stay beside the copies
    page.locator("tr.fact-row").first.wait_for(timeout=300_000)
    _wait_complete(page)
    start = time.perf_counter()
    page.locator(".st-key-uploads input[type=file]").set_input_files(files)
    page.get_by_text("Read 50 articles").first.wait_for(timeout=300_000)
    return _until_done(page, start)


def copies(folder: Path) -> list[str]:
    """The 45 edited copies benchmarks/page.py uses, written as files to upload."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    paths = []
    for i in range(45):
        path = folder / f"copy{i:02d}.txt"
        path.write_text(seeds[i % 5] + f"\n\nEdition {i}: some {1000 + 37 * i} troops were counted.", encoding="utf-8")
        paths.append(str(path))
    return paths


def _line(name: str, values: list[float]) -> str:
    return f"{name}: min {min(values):.2f} s, median {statistics.median(values):.2f} s"


def main() -> None:
    from playwright.sync_api import sync_playwright

    from benchmarks.page import render
    from benchmarks.sessions import start_server
    from comparer import settings

    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    repeats = parser.parse_args().repeats
    with sync_playwright() as driver, tempfile.TemporaryDirectory() as folder:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        first_visit = lambda: _new_browser(browser)  # noqa: E731
        returning = browser.new_context(viewport={"width": 1400, "height": 1000})
        process, root = start_server(str(settings.WORKER_PROCESSES))  # the page as shipped
        url = root + "/?view=Side+by+side"
        try:
            cold_first, cold_done = open_samples(first_visit, url)
            warm = [open_samples(first_visit, url) for _ in range(repeats)]
            again = [open_samples(returning.new_page, url) for _ in range(repeats)]
            files = copies(Path(folder))
            fifty = [upload_fifty(browser, url, files) for _ in range(repeats)]
        finally:
            process.terminate()
            process.wait(timeout=30)
        floor_app = Path(folder) / "floor.py"
        floor_app.write_text(FLOOR_APP, encoding="utf-8")
        process, root = start_server(str(settings.WORKER_PROCESSES), floor_app)
        try:
            open_samples(first_visit, root)  # the floor's own cold start is not the figure
            floor = [open_samples(first_visit, root)[0] for _ in range(repeats)]
            floor_again = [open_samples(returning.new_page, root)[0] for _ in range(repeats)]
        finally:
            process.terminate()
            process.wait(timeout=30)
        browser.close()
    _, apptest_warm = render()
    apptest_cold, _ = render()
    print(f"samples, first session on a fresh server: first row {cold_first:.2f} s, complete {cold_done:.2f} s")
    print(_line("samples, warm server, first visit, first row", [w[0] for w in warm]))
    print(_line("samples, warm server, first visit, complete", [w[1] for w in warm]))
    print(_line("samples, warm server, returning visitor, first row", [w[0] for w in again]))
    print(_line("samples, warm server, returning visitor, complete", [w[1] for w in again]))
    print(_line("50 articles uploaded, first row", [f[0] for f in fifty]))
    print(_line("50 articles uploaded, complete", [f[1] for f in fifty]))
    print(f"baseline, AppTest on the samples (no browser): cold {apptest_cold:.2f} s, warm {apptest_warm:.2f} s; "
          f"browser complete / AppTest cold = {statistics.median(w[1] for w in warm) / apptest_cold:.1f}")
    print(_line("baseline, framework floor (a page of one row), first visit", floor)
          + f"; samples first row / floor = {min(w[0] for w in warm) / min(floor):.2f} (min / min)")
    print(_line("baseline, framework floor (a page of one row), returning visitor", floor_again)
          + f"; samples first row / floor = {min(w[0] for w in again) / min(floor_again):.2f} (min / min)")

if __name__ == "__main__":
    main()
