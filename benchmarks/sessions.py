"""Concurrent users of one page server, in a real headless Chromium. A script that prints figures.

    python benchmarks/sessions.py [--sessions 10] [--repeats 2]

Two servers are started in turn on 127.0.0.1: the page as shipped (loading, extraction and comparison
in worker processes, comparer/workers.py) and the same page with settings.WORKER_PROCESSES = 0 (all of
it in the session's script thread, as before): the named baseline, run by the same command. For each:

1. `--sessions` browser sessions open the page at once and each uploads three articles of a development
   story; the time is from opening the page to the overview counting the 3 uploads (the samples step
   aside once a user gives two articles of their own).
2. One session opens the page alone; then again while another session pastes a pathological 50 KB text
   (ranges, about 6 s of extraction): the second session's time against its time alone.

Times are min and median over sessions and repeats; this machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
UPLOADS = sorted((ROOT / "tests" / "devsets" / "derna" / "docs").glob("*.txt"))[:3]
PATHOLOGICAL = ("5-6 " * 12_500)[:50_000]
LAUNCH = ("import sys, comparer.settings as s; s.WORKER_PROCESSES = {workers}; "
          "from streamlit.web.cli import main; sys.argv = ['streamlit'] + sys.argv[1:]; main()")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(workers: str, app: Path = ROOT / "app.py") -> tuple[subprocess.Popen, str]:
    """A page server on a free port of 127.0.0.1 (`app`: the page as shipped unless told) and its address."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", LAUNCH.format(workers=workers), "run", str(app), "--server.port",
         str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.5)
    return process, url


async def _articles_counted(page, count: int, timeout: float = 300) -> None:
    await page.get_by_test_id("stMetricValue").first.filter(has_text=str(count)).wait_for(timeout=timeout * 1000)


async def upload_session(browser, url: str) -> float:
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await context.new_page()
    start = time.perf_counter()
    await page.goto(url, wait_until="domcontentloaded")
    await page.locator(".st-key-uploads input[type=file]").set_input_files([str(p) for p in UPLOADS])
    await _articles_counted(page, len(UPLOADS))  # two or more of one's own leave the samples out
    seconds = time.perf_counter() - start
    await context.close()
    return seconds


async def open_session(browser, url: str) -> float:
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await context.new_page()
    start = time.perf_counter()
    await page.goto(url, wait_until="domcontentloaded")
    await _articles_counted(page, 5)
    seconds = time.perf_counter() - start
    await context.close()
    return seconds


async def paste_session(browser, url: str, pasted: asyncio.Event) -> None:
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await context.new_page()
    await page.goto(url, wait_until="domcontentloaded")
    await _articles_counted(page, 5)
    box = page.locator(".st-key-pasted textarea")
    await box.fill(PATHOLOGICAL)
    await box.press("Control+Enter")
    await asyncio.sleep(0.5)
    pasted.set()
    await asyncio.sleep(8)
    await context.close()


async def measure(url: str, sessions: int, repeats: int) -> dict[str, list[float]]:
    from playwright.async_api import async_playwright

    figures: dict[str, list[float]] = {"concurrent": [], "alone": [], "beside a paste": []}
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        await open_session(browser, url)  # warm the server's imports and caches of the samples
        for _ in range(repeats):
            figures["concurrent"] += await asyncio.gather(*(upload_session(browser, url) for _ in range(sessions)))
            figures["alone"].append(await open_session(browser, url))
            pasted = asyncio.Event()
            paster = asyncio.create_task(paste_session(browser, url, pasted))
            await pasted.wait()
            figures["beside a paste"].append(await open_session(browser, url))
            await paster
        await browser.close()
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args(argv)
    for label, workers in (("worker processes (as shipped)", "None"), ("baseline: in the script thread", "0")):
        server, url = start_server(workers)
        try:
            figures = asyncio.run(measure(url, args.sessions, args.repeats))
        finally:
            server.terminate()
            server.wait(timeout=30)
        print(label)
        for name, values in figures.items():
            print(f"  {name:16s} min {min(values):6.2f} s  median {statistics.median(values):6.2f} s  "
                  f"({len(values)} sessions)")


if __name__ == "__main__":
    main()
