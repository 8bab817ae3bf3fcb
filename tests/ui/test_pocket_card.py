"""The pocket card's PDF: one page however long the plan, the person's words as written (never
read as markup), the region's paper and emergency number."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader

from wellness_journal.core.crisis import region
from wellness_journal.core.safety_plan import PlanSection
from wellness_journal.reports import pocket_card


def text_of(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(p.extract_text() for p in reader.pages)
    return len(reader.pages), " ".join(unicodedata.normalize("NFKC", text).split())


def lowest_text(data: bytes) -> float:
    """How high above the page's bottom edge the lowest text sits (negative: off the page)."""
    page = PdfReader(io.BytesIO(data)).pages[0]
    heights: list[float] = []

    def visit(text, cm, tm, *_):  # type: ignore[no-untyped-def]
        if text.strip():
            heights.append(cm[3] * tm[5] + cm[5])

    page.extract_text(visitor_text=visit)
    return min(heights)


def test_a_long_plan_still_fits_on_one_page(qapp):
    steps = [
        (s, tuple(f"{s.value} line {i} " + "words " * 12 for i in range(14))) for s in PlanSection
    ]
    us = region("us")
    card = pocket_card.build_card(steps, us.lines, us)
    data = pocket_card.pdf_bytes(card)
    pages, text = text_of(data)
    assert pages == 1
    assert "reasons_for_living line 13" in text
    assert "call 911" in text
    assert lowest_text(data) > 0  # drawn smaller, not cut off at the bottom


def test_the_words_are_shown_as_written(qapp):
    steps = [(PlanSection.COPING_ALONE, ("<b>Walk</b> & breathe", "Call Mom <br> later"))]
    uk = region("uk-ie")
    card = pocket_card.build_card(steps, uk.lines, uk)
    assert "&lt;b&gt;Walk&lt;/b&gt; &amp; breathe" in pocket_card.card_html(card)
    _pages, text = text_of(pocket_card.pdf_bytes(card))
    assert "<b>Walk</b> & breathe" in text
    assert "Call Mom <br> later" in text
    assert "Samaritans" in text
    assert "call 999 or 112." in text
    reader = PdfReader(io.BytesIO(pocket_card.pdf_bytes(card)))
    assert round(float(reader.pages[0].mediabox.height)) == 842  # A4
