"""Time to first full render of the page on the seeds, cold (fresh caches) and warm (a setting
changed, so nothing is re-extracted), with Streamlit's AppTest; and the same with 50 articles, and
with 200 articles of one story.
A script that prints figures; never run as a test.

    python benchmarks/page.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
import scale  # noqa: E402

APP = str(ROOT / "app.py")


def render(restored: dict[str, bytes] | None = None) -> tuple[float, float]:
    """(cold, warm) seconds: a first run with empty caches, then a run after the threshold changed."""
    st.cache_data.clear()
    app = AppTest.from_file(APP, default_timeout=600)
    if restored:
        app.session_state["restored"] = restored
        app.session_state["seeds_chosen"] = True  # keep the samples beside the copies, as before
        app.session_state["use_seeds"] = True
    start = time.perf_counter()
    app.run()
    cold = time.perf_counter() - start
    assert not app.exception, app.exception
    start = time.perf_counter()
    app.slider(key="threshold").set_value(55).run()
    warm = time.perf_counter() - start
    assert not app.exception, app.exception
    return cold, warm


def main() -> None:
    first, _ = render()
    print(f"first run in a new process (imports included): {first:.2f} s")
    cold, warm = render()
    print(f"seeds (5 articles): cold {cold:.2f} s, warm (threshold changed) {warm:.2f} s, warm/cold {warm / cold:.2f}")
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    copies = {f"copy{i:02d}.txt": (seeds[i % 5] + f"\n\nEdition {i}: some {1000 + 37 * i} troops were counted.")
              .encode("utf-8") for i in range(45)}
    cold, warm = render(copies)
    print(f"50 articles (5 seeds + 45 edited copies) in the page: cold {cold:.2f} s, warm {warm:.2f} s")
    story = {f"{r['id']}.txt": (f"Published: {r['published']}\n\n" + r["text"]).encode("utf-8")
             for r in scale.corpus(200, 1, 11, scale.model_sentences())}
    cold, warm = render(story)
    print(f"200 articles of one story (benchmarks/scale.py's corpus) and the seeds: cold {cold:.2f} s, "
          f"warm {warm:.2f} s")


if __name__ == "__main__":
    main()
