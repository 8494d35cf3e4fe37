"""Web pages, PDFs, Word files and URLs become articles with clean text and honest metadata; bad or
hostile input gives one clear message. Every fixture is built here; URLs are served from 127.0.0.1."""

from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path

import pytest
from documents import docx_bytes, pdf_bytes, scanned_pdf_bytes, web_page
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comparer import settings as limits
from comparer.api import load_articles
from comparer.errors import BinaryInput, EmptyInput, FetchError, InputError, TooLarge
from comparer.extract import extract
from comparer.fetch import check_url
from comparer.load import article_from_bytes, article_from_url

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS = ["Today, some 2,500 U.S. troops remain in Iraq, and last year, Washington provided $430 million in aid.",
              "In October and November 2024 alone, these groups attacked Israel on nearly 150 occasions."]
QUOTES = ["some 2,500", "last year", "$430 million", "October and November 2024", "nearly 150"]


def test_web_page_main_text_without_navigation_related_links_or_comments():
    page = web_page("Iraqis fear the US will depart", PARAGRAPHS, published="2025-02-20",
                    comments=["I loved it, 10 out of 10 and 5 stars from me"])
    article = article_from_bytes("page.html", page.encode())
    assert [c.quote for c in extract(article)] == QUOTES
    for boilerplate in ("Log in", "Related Articles", "Diamonds", "loved it", "Copyright"):
        assert boilerplate not in article.text
    assert (article.title, article.outlet) == ("Iraqis fear the US will depart", "Daily Example")
    assert (article.published.isoformat(), article.published_basis) == ("2025-02-20", "metadata")
    assert "article:published_time" in article.published_note


def test_web_page_without_date_metadata_does_not_take_the_masthead_today():
    page = web_page("A story", PARAGRAPHS, published=None, masthead_date="Thursday, Nov 23, 2026")
    article = article_from_bytes("page.html", page.encode())
    assert article.published_basis != "metadata"
    assert article.published is None or article.published.year != 2026


def test_pdf_text_layer_and_wrapped_lines():
    article = article_from_bytes("report.pdf", pdf_bytes(PARAGRAPHS * 3, title="Report"))
    assert article.source_kind == "pdf" and article.title == "Report"
    assert [c.quote for c in extract(article)][:5] == QUOTES
    assert "a file's creation date is not taken as its publication date" in article.published_note


def test_word_file():
    article = article_from_bytes("draft.docx", docx_bytes(PARAGRAPHS, title="Draft", author="Jane Roe"))
    assert (article.title, article.author, article.source_kind) == ("Draft", "Jane Roe", "docx")
    assert [c.quote for c in extract(article)] == QUOTES


def test_type_is_told_by_content_not_name():
    page = web_page("A story", PARAGRAPHS)
    assert article_from_bytes("saved.txt", page.encode()).source_kind == "html"
    with pytest.raises(BinaryInput, match="PNG"):
        article_from_bytes("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(200))


def nested(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + "Some 40 troops stayed." + "</div>" * depth + "</body></html>").encode()


BAD = [
    ("empty.txt", b"", EmptyInput, "empty"),
    ("blank.txt", b" \n \t ", EmptyInput, "whitespace"),
    ("binary.bin", bytes(range(256)) * 8, BinaryInput, "binary"),
    ("truncated.pdf", pdf_bytes(PARAGRAPHS)[:300], InputError, "PDF"),
    ("scanned.pdf", scanned_pdf_bytes(), EmptyInput, "no text layer (scanned?)"),
    ("archive.zip", b"PK\x03\x04" + bytes(100), BinaryInput, "ZIP"),
    ("empty.html", b"<html><body><nav>Home</nav></body></html>", EmptyInput, "no article text"),
]


@pytest.mark.parametrize(("name", "raw", "error", "words"), BAD, ids=[r[0] for r in BAD])
def test_bad_input_gives_its_message(name, raw, error, words):
    with pytest.raises(error) as caught:
        article_from_bytes(name, raw)
    assert str(caught.value).startswith(name) and words in str(caught.value)


def test_deeply_nested_html_does_not_raise_an_unexpected_error():
    try:
        article = article_from_bytes("deep.html", nested(10_000))
    except InputError as error:
        assert "deep.html" in str(error)
    else:
        assert "40 troops" in article.text


def test_thirty_megabyte_file_is_refused_by_the_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (30 * 1024 * 1024))
    articles, failures = load_articles([big, ROOT / "seeds" / "001_ba0d1f7edb4551af.txt"])
    assert len(articles) == 1 and "MAX_FILE_BYTES" in failures[0]


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16"])
def test_other_encodings(encoding):
    article = article_from_bytes("old.txt", "Title\n\nCafé: some 40 troops stayed.".encode(encoding))
    assert "Café" in article.text and [c.quote for c in extract(article)] == ["some 40"]


# -- URLs -------------------------------------------------------------------------------------

class _Handler(http.server.BaseHTTPRequestHandler):
    pages = {"/story.html": web_page("Served story", PARAGRAPHS, published="2025-02-20").encode(),
             "/empty": b"", "/report.pdf": pdf_bytes(PARAGRAPHS)}

    def do_GET(self):  # noqa: N802 - the name http.server calls
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/trickle":  # a byte every 0.3 s, each read well inside the read timeout
            self.send_response(200)
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.3)
            return
        if self.path.startswith("/redirect"):
            hops = int(self.path.split("/")[-1])
            self.send_response(302)
            self.send_header("Location", f"/redirect/{hops - 1}" if hops > 1 else "/story.html")
            self.end_headers()
            return
        body = self.pages.get(self.path)
        if body is None:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_url_page_is_fetched_and_read(server):
    article = article_from_url(f"{server}/story.html", allow_private=True)
    assert [c.quote for c in extract(article)] == QUOTES and article.url.endswith("/story.html")


def test_url_redirects_are_followed_up_to_the_limit(server):
    assert article_from_url(f"{server}/redirect/3", allow_private=True).url.endswith("/story.html")
    with pytest.raises(FetchError, match="redirects"):
        article_from_url(f"{server}/redirect/{limits.MAX_REDIRECTS + 2}", allow_private=True)


@pytest.mark.parametrize(("path", "error", "words"), [
    ("/missing", FetchError, "404"), ("/empty", EmptyInput, "empty"),
])
def test_url_failures(server, path, error, words):
    with pytest.raises(error, match=words):
        article_from_url(f"{server}{path}", allow_private=True)


def test_url_timeout(server, monkeypatch):
    monkeypatch.setattr(limits, "FETCH_TIMEOUT_SECONDS", 1.0)
    from comparer import fetch

    with pytest.raises(FetchError, match="timed out"):
        fetch.fetch(f"{server}/slow", allow_private=True, timeout=1.0)


def test_a_trickling_server_is_cut_off_by_the_total_deadline(server):
    from comparer import fetch

    start = time.perf_counter()
    with pytest.raises(FetchError, match="FETCH_DEADLINE_SECONDS"):
        fetch.fetch(f"{server}/trickle", allow_private=True, deadline=1.5)
    assert time.perf_counter() - start < 4


def test_url_size_cap(server):
    from comparer import fetch

    with pytest.raises(TooLarge, match="MAX_FILE_BYTES"):
        fetch.fetch(f"{server}/report.pdf", allow_private=True, max_bytes=100)


@pytest.mark.parametrize(("url", "words"), [
    ("http://127.0.0.1/x", "loopback"), ("http://10.0.0.1/x", "private"),
    ("http://169.254.169.254/latest", "link-local"),
    ("http://[::1]/x", "loopback"), ("http://0.0.0.0/x", "unspecified"), ("file:///etc/passwd", "only http and https"),
    ("ftp://example.com/x", "only http and https"), ("http:///nohost", "no host"),
])
def test_private_and_odd_urls_are_refused(url, words):
    with pytest.raises(FetchError, match=words):
        check_url(url)


def test_failed_url_does_not_block_the_other_inputs():
    articles, failures = load_articles(["http://127.0.0.1:1/x", ROOT / "seeds" / "001_ba0d1f7edb4551af.txt"])
    assert len(articles) == 1 and "refused" in failures[0]


# -- fuzzing ----------------------------------------------------------------------------------

WORDS = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x2FFF), min_size=1, max_size=40)
TAGS = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<nav>", "<!--", "-->", "<br>",
                        "<article>", "<html>", "<body>", "&amp;", "&#x0;", "<<", ">"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(WORDS, TAGS), max_size=40))
def test_html_loader_never_leaks_an_exception(parts):
    raw = ("<html><body>" + "".join(parts)).encode("utf-8", "replace")
    try:
        article = article_from_bytes("fuzz.html", raw)
    except InputError:
        return
    assert article.text.strip()


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")))
def test_text_loader_never_leaks_an_exception(raw):
    try:
        article = article_from_bytes("fuzz.txt", raw)
    except InputError:
        return
    if any(ch.isalnum() for ch in raw.decode("utf-8", "ignore")):
        assert article.text.strip()


# -- the seeds in other formats ----------------------------------------------------------------

def seed_as_formats(path: Path) -> tuple[list[str], str, bytes]:
    """(quotes of the plain-text run's body claims, the seed as a web page, the seed as a PDF). The page
    puts the article's lines in <article> and the excluded ones (related headlines, comments, footers)
    where a real page has them."""
    from comparer.load import article_from_path

    article = article_from_path(path)
    quotes = [c.quote for c in extract(article) if c.section == "body"]
    body, furniture = [], []
    offset = 0
    for line in article.text.split("\n"):
        if line.strip():
            (furniture if article.section_at(offset) == "excluded" else body).append(line.strip())
        offset += len(line) + 1
    title = article.title or body[0]
    page = web_page(title, [line for line in body if line != title], comments=furniture)
    return quotes, page, pdf_bytes(body)


def agreement(expected: list[str], found: list[str]) -> float:
    remaining = list(found)
    hits = 0
    for quote in expected:
        if quote in remaining:
            remaining.remove(quote)
            hits += 1
    return hits / len(expected) if expected else 1.0


def test_seeds_give_the_same_claims_as_web_pages_and_pdfs():
    from documents import LATIN

    scores = {"html": [], "pdf": []}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        quotes, page, pdf = seed_as_formats(path)
        html_quotes = [c.quote for c in extract(article_from_bytes(path.stem + ".html", page.encode()))
                       if c.section == "body"]
        pdf_quotes = [c.quote for c in extract(article_from_bytes(path.stem + ".pdf", pdf)) if c.section == "body"]
        scores["html"].append((agreement(quotes, html_quotes), len(quotes)))
        scores["pdf"].append((agreement([q.translate(LATIN) for q in quotes], pdf_quotes), len(quotes)))
    overall = {kind: sum(s * n for s, n in rows) / sum(n for _, n in rows) for kind, rows in scores.items()}
    print(f"claim-span agreement with the plain-text run: {overall}")
    assert overall["html"] >= 0.95 and overall["pdf"] >= 0.95, scores
