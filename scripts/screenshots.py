"""Saves a screenshot of each view of the page under docs/screenshots/ (Debian's chromium, Playwright).

    .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
         "--no-first-run", "--disable-component-update", "--disable-sync"]
VIEWS = ["Side by side", "Overview", "Claims", "Timeline", "Article", "Downloads"]


def main() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port",
                               str(port), "--server.address", "127.0.0.1", "--server.headless", "true"],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(4)
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"http://127.0.0.1:{port}", wait_until="domcontentloaded")
            page.get_by_text("Claim Comparer").first.wait_for(timeout=60_000)
            page.locator("tr.fact-row").first.wait_for(state="attached", timeout=60_000)
            for view in VIEWS:
                page.get_by_role("tab", name=view).click()
                page.wait_for_timeout(500)
                page.locator("[data-testid='stStatusWidget']").wait_for(state="detached", timeout=60_000)
                time.sleep(1.5)  # charts finish drawing after the script run
                name = view.lower().replace(" ", "-")
                page.screenshot(path=str(OUT / f"{name}.png"))
                print(f"saved docs/screenshots/{name}.png")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
