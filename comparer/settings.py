"""Every limit, tolerance and default in one place.

The page shows these values and the command line uses them; `.streamlit/config.toml`
repeats the upload limit because Streamlit reads it from there before any of our code runs.
"""

from __future__ import annotations

# -- input limits --------------------------------------------------------------------------
MAX_FILE_BYTES = 20 * 1024 * 1024
"""Largest file or download accepted (bytes). Matches server.maxUploadSize in config.toml."""

MAX_ARTICLES = 200
"""Most articles compared at once in the page; the command line has no such cap."""

MAX_TEXT_CHARS = 2_000_000
"""Longest article text kept after decoding (characters)."""

JSONL_CHUNK_BYTES = 1024 * 1024
"""A JSONL dump of articles is read in stretches of about this many bytes, each by the process that
compares it (sources.py): no single process reads a whole dump. Each line is one article, under the
limits a file gets."""

MAX_PDF_PAGES = 2000
"""Most pages read from a PDF; the count is checked before any page's text is read."""

MAX_ARCHIVE_MEMBERS = 2000
"""Most parts a Word file (a zip archive) may hold; checked before it is unpacked."""

MAX_UNPACKED_BYTES = 100 * 1024 * 1024
"""Most a Word file may unpack to, images included (a zip bomb of 1 MB can declare gigabytes)."""

MAX_UNPACKED_XML_BYTES = 20 * 1024 * 1024
"""Most XML a Word file may unpack to: its reader holds a tree several times this size in memory."""

FETCH_TIMEOUT_SECONDS = 15.0
"""How long a URL may take to answer (read timeout; connecting gets at most 5 s)."""

FETCH_DEADLINE_SECONDS = 30.0
"""Longest a whole fetch may take, redirects and a slow body included (the timeout above is per read,
so without this a server sending one byte every few seconds would hold a fetch for ever)."""

MAX_REDIRECTS = 5
"""Redirects followed when fetching a URL; each hop is checked like the first."""

ARTICLE_SECONDS = 20.0
"""Time budget for extracting one article's claims. Every stage is linear, but a text that is nothing
but figures (a table pasted as prose, a data dump) still costs about 0.5 ms a figure; past this budget
the article is skipped with that reason instead of holding the page. News reads at about 80,000 words
a second (benchmarks/extract.py), so a 2-million-character article takes about 5 s."""

MAX_SENTENCE_CHARS = 800
"""Longest stretch read as one sentence; a longer run without a full stop (a list, a table, a paste
without punctuation) is cut at a comma or space. The longest sentence in the seeds and the 56
development articles is 417 characters."""

WORKER_PROCESSES: int | None = None
"""Worker processes the page runs loading, extraction and comparison in (workers.py): None for one per
core, 0 to run them in the page's own thread."""

DASK_CONNECT_SECONDS = 10.0
"""How long `compare --scheduler ADDRESS` waits for a Dask scheduler to answer."""

DASK_RETRIES = 2
"""Times the Dask engine runs a story again when the worker that held it died."""

# -- matching and judging ------------------------------------------------------------------
MATCH_THRESHOLD = 45.0
"""Default similarity (0-100) of two claims' subjects and context for them to be compared. Chosen on
the seeds' gold (relation recall 0.92 at 45-48, 0.77 at 55-62; no false contradiction at any) and
checked on the hand-made pairs in tests/gold/pairs.jsonl (accuracy 0.925)."""

DATE_MATCH_THRESHOLD = 30.0
"""Two dates whose periods overlap (or may, when one was read against an uncertain anchor) match at
this lower similarity: a wrong match of that kind can only call two same-time events "agree"."""

STRICT_MATCH_THRESHOLD = 70.0
"""A `contradict` verdict needs at least this similarity; below it a disagreement is `unclear`.
A false contradiction costs a journalist more than a missed one."""

COUNTERPART_MARGIN = 10.0
"""A claim is judged against the claims of another article that match it within this many points of
its best match there (or whose own best match it is): an article states a fact once, and weaker
matches in the same article are its other facts."""

HEDGE_TOLERANCE = 0.10
"""Relative half-width given to "about", "some", "roughly", "around" (10% either side)."""

NEAR_TOLERANCE = 0.15
"""How far below its number "nearly" / "almost" reaches (15%)."""

STORY_MIN_ARTICLES = 60
"""Up to this many articles are one story (a newsroom's comparison); a larger batch is first split
into stories, and claims are only compared within a story."""

STORY_MAX_ARTICLES = 1000
"""A story of more articles is cut into windows of publication time of at most this many, compared apart,
so that no worker holds an unbounded story (a wire story reprinted by thousands of sites, say)."""

MAX_FACT_VERDICTS = 5000
"""A fact with more pairs of claims from different articles than this (a fact told by more than about
a hundred outlets) is judged by value group: each claim against one claim of its own group of equal
values at one time and of the most reported values, about this many verdicts in all
(pipeline.judged_pairs); the pairs left out are counted in the fact's `unjudged_pairs`. Below it
every pair gets its own verdict."""

DUPLICATE_ARTICLE_SIMILARITY = 95.0
"""Two articles whose texts are this similar (0-100) are the same article twice."""

# -- publication dates ---------------------------------------------------------------------
QUESTIONED_DATE_GAP_YEARS = 2
"""A printed date this many years after the latest year the body names is questioned:
mastheads of aggregators print the day the page was rendered, not the day it was written."""
