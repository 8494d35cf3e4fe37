"""Builds the fixture documents the tests read: realistic web pages, PDFs and Word files made
from text, so no test downloads anything."""

from __future__ import annotations

import html
import io

LATIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-", "…": "...", "×": "x",
                       "🖤": "", "\u00a0": " "})


def web_page(title: str, paragraphs: list[str], *, published: str | None = None,
             masthead_date: str = "Thursday, Oct 23, 2025", comments: list[str] = ()) -> str:
    """A news page with navigation, a masthead date, the article, a related-links block and comments."""
    meta = f'<meta property="article:published_time" content="{published}T08:00:00Z">' if published else ""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    related = "\n".join(f'<li><a href="/r{i}">Crown with {2000 + i} Diamonds Vanishes in {i + 2} Minutes</a></li>'
                        for i in range(8))
    thread = "\n".join(f'<div class="comment"><p>{html.escape(c)}</p></div>' for c in comments)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | Daily Example</title>
<meta property="og:site_name" content="Daily Example">{meta}</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/login">Log in</a></li>
</ul></nav><div class="masthead-date">{masthead_date}</div></header>
<main><article><h1>{html.escape(title)}</h1>
{body}
</article>
<aside class="related"><h2>Related Articles</h2><ul>{related}</ul></aside>
<section id="comments" class="comments"><h2>Comments</h2>{thread}</section>
</main>
<footer><p>Copyright 2025 Daily Example. All rights reserved. 12 Example Street.</p></footer>
</body></html>"""


def pdf_bytes(paragraphs: list[str], *, title: str = "") -> bytes:
    """A text PDF (core font, so text is folded to Latin-1)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    if title:
        pdf.set_title(title.translate(LATIN))
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph.translate(LATIN).encode("latin-1", "replace").decode("latin-1"))
        pdf.ln(4)
    return bytes(pdf.output())


def scanned_pdf_bytes() -> bytes:
    """A PDF with a page but no text layer, as a scan without OCR has."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


def docx_bytes(paragraphs: list[str], *, title: str = "", author: str = "") -> bytes:
    from docx import Document

    document = Document()
    document.core_properties.title = title
    document.core_properties.author = author
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def dated_sentence_claims(text: str, day: str, name: str = "a.txt") -> list:
    """The claims of an article of one sentence under a headline, published on `day` (YYYY-MM-DD)."""
    from comparer.api import articles_from_texts
    from comparer.extract import extract

    (article,) = articles_from_texts({name: f"A headline\n\n{text}"}, published={name: day})
    return extract(article)
